/**
 * An operation's input object checked against the spec's own schemas, then split into what goes into the path,
 * the query and the body. The check is the one Ajv compiled at generation time (generated/validators.ts); this
 * module words its first finding as a `ValidationError` that names the field and the rule.
 */
import { type InputCheck, type InputIssue, inputChecks, type Operation } from "./api.ts";
import { ValidationError } from "./errors.ts";

/** MongoDB's id pattern, which every id in the spec uses. */
const ID_PATTERN = "^([a-f0-9]{24})$";
/** The id rule in words, as the CLI and the errors say it. */
export const ID_RULE = "24 hexadecimal digits in lower case (0-9, a-f), e.g. 5f3a1c2b9d4e8f7a6b5c4d3e";
/** Query parameters taken from the call options, not from the input object. */
const CALL_OPTION_QUERY = new Set(["pretty", "envelope"]);

type Schema = Readonly<Record<string, unknown>>;

/** How one operation's input is checked and split; built once per operation when a client is made. */
export interface InputPlan {
  readonly operation: Operation;
  readonly check: InputCheck;
  readonly pathNames: readonly string[];
  readonly queryNames: readonly string[];
  readonly bodyFields: readonly string[] | undefined;
  /** Every field's schema, for wording a finding about it. */
  readonly fields: ReadonlyMap<string, Schema>;
  /** Every field name, for the message about an unknown one. */
  readonly names: readonly string[];
  /** The operation's path with the path parameters put in, each percent-encoded. */
  readonly url: (path: Readonly<Record<string, string>>) => string;
}

/** The parts of a checked input. */
export interface SplitInput {
  readonly path: Record<string, string>;
  readonly query: Record<string, unknown> | undefined;
  readonly body: Record<string, unknown> | undefined;
}

/** Builds the plan of one operation from its row in the generated table. */
export function planInput(operation: Operation): InputPlan {
  const check = inputChecks[operation.operationId];
  if (check === undefined) throw new Error(`no input check generated for ${operation.operationId}`);
  const fields = new Map<string, Schema>();
  const pathNames = operation.pathParams.map(({ name, pattern }) => {
    fields.set(name, { type: "string", ...(pattern === null ? {} : { pattern }) });
    return name;
  });
  const queryNames: string[] = [];
  for (const { name, schema } of operation.queryParams) {
    if (CALL_OPTION_QUERY.has(name)) continue;
    queryNames.push(name);
    fields.set(name, schema as Schema);
  }
  let bodyFields: string[] | undefined;
  if (operation.body !== null) {
    const properties = (operation.body.schema as { properties?: Record<string, Schema> }).properties ?? {};
    bodyFields = Object.keys(properties);
    for (const [name, schema] of Object.entries(properties)) fields.set(name, schema);
  }
  return {
    operation,
    check,
    pathNames,
    queryNames,
    bodyFields,
    fields,
    names: [...fields.keys()],
    url: urlOf(operation.path),
  };
}

/** Compiles a path template such as `/groups/{groupId}/invites` into a function that fills it in. */
function urlOf(template: string): (path: Readonly<Record<string, string>>) => string {
  // split() with a capturing group alternates literal text and parameter names: ["/groups/", "groupId", "/invites"].
  const parts = template.split(/\{([^}]+)\}/);
  return (path) => {
    let url = parts[0] ?? "";
    for (let index = 1; index < parts.length; index += 2) {
      url += encodeURIComponent(path[parts[index] ?? ""] ?? "") + (parts[index + 1] ?? "");
    }
    return url;
  };
}

/** Checks `input` and splits it; throws the `ValidationError` of the first problem found. */
export function checkInput(plan: InputPlan, input: unknown): SplitInput {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new ValidationError({ parameter: "params", rule: `an object with ${listWords(plan.names)}` });
  }
  if (!plan.check(input)) throw describeIssue(plan, input, plan.check.errors?.[0]);
  const given = input as Record<string, unknown>;
  const path: Record<string, string> = {};
  for (const name of plan.pathNames) path[name] = given[name] as string;
  let query: Record<string, unknown> | undefined;
  for (const name of plan.queryNames) {
    if (given[name] === undefined) continue;
    query ??= {};
    query[name] = given[name];
  }
  let body: Record<string, unknown> | undefined;
  if (plan.bodyFields !== undefined) {
    body = {};
    for (const name of plan.bodyFields) if (given[name] !== undefined) body[name] = given[name];
  }
  return { path, query, body };
}

/** Words an Ajv finding as a `ValidationError` about the field it concerns. */
function describeIssue(plan: InputPlan, input: object, issue: InputIssue | undefined): ValidationError {
  const operationName = plan.operation.name;
  if (issue === undefined) return new ValidationError({ parameter: "params", rule: "the operation's input" });
  const params = issue.params;
  if (issue.keyword === "required") {
    const name = String(params.missingProperty);
    const rule = ruleFor(plan.fields.get(name));
    return new ValidationError({ parameter: name, rule }, `${name} is required: ${rule}`);
  }
  if (issue.keyword === "additionalProperties") {
    const name = String(params.additionalProperty);
    const where = issue.instancePath === "" ? "" : `${fieldName(issue.instancePath)}.`;
    if (where !== "") {
      return new ValidationError({ parameter: `${where}${name}`, rule: "a field the spec declares" });
    }
    return new ValidationError(
      { parameter: name, rule: `one of ${plan.names.join(", ")}` },
      `${operationName} takes no parameter ${JSON.stringify(name)}; it takes ${listWords(plan.names)}`,
    );
  }
  const parameter = fieldName(issue.instancePath);
  const value = valueAt(input, issue.instancePath);
  const shown = showable(value);
  const schema = schemaAt(plan, issue.instancePath);
  switch (issue.keyword) {
    case "pattern":
    case "minLength":
    case "maxLength":
    case "format":
    case "type":
      return new ValidationError({ parameter, rule: ruleFor(schema), ...shown });
    case "enum":
      return new ValidationError({
        parameter,
        rule: `one of ${(params.allowedValues as unknown[]).join(", ")}`,
        ...shown,
      });
    case "minItems":
      return new ValidationError({ parameter, rule: `a list of at least ${String(params.limit)} (got none)` });
    case "uniqueItems":
      return new ValidationError(
        { parameter, rule: "a list without duplicates" },
        `${parameter} must be a list without duplicates: ${parameter}[${String(params.j)}] and ${parameter}[${String(params.i)}] are the same`,
      );
    default:
      return new ValidationError({ parameter, rule: issue.message ?? issue.keyword, ...shown });
  }
}

/** `/roles/1` → `roles[1]`; `/groupRoleAssignments/0/groupId` → `groupRoleAssignments[0].groupId`. */
function fieldName(instancePath: string): string {
  const parts = instancePath.split("/").slice(1);
  let name = "";
  for (const part of parts) name += /^\d+$/.test(part) ? `[${part}]` : name === "" ? part : `.${part}`;
  return name === "" ? "params" : name;
}

function valueAt(input: object, instancePath: string): unknown {
  let node: unknown = input;
  for (const part of instancePath.split("/").slice(1)) {
    node = node !== null && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined;
  }
  return node;
}

/** The schema of the field at `instancePath`, looking through arrays and nested objects. */
function schemaAt(plan: InputPlan, instancePath: string): Schema | undefined {
  const [first, ...rest] = instancePath.split("/").slice(1);
  let schema = first === undefined ? undefined : plan.fields.get(first);
  for (const part of rest) {
    if (schema === undefined) return undefined;
    schema = /^\d+$/.test(part)
      ? (schema.items as Schema | undefined)
      : (schema.properties as Record<string, Schema> | undefined)?.[part];
  }
  return schema;
}

function showable(value: unknown): { value?: string } {
  if (typeof value === "string") return { value: value.slice(0, 64) };
  if (typeof value === "number" || typeof value === "boolean") return { value: String(value) };
  return {};
}

/** A field's rule in words, from its schema. */
function ruleFor(schema: Schema | undefined): string {
  if (schema === undefined) return "a value the spec declares";
  const inner = (schema.allOf as Schema[] | undefined)?.[0];
  if (inner !== undefined) return ruleFor({ ...inner, ...schema, allOf: undefined });
  if (schema.type === "string") {
    if (schema.pattern === ID_PATTERN) return ID_RULE;
    if (schema.format === "email") return "an email address, e.g. jane.doe@example.com";
    if (Array.isArray(schema.enum)) return `one of ${schema.enum.join(", ")}`;
    if (typeof schema.pattern === "string") return `a string matching /${schema.pattern}/`;
    return "a string";
  }
  if (schema.type === "array") {
    const items = schema.items as Schema | undefined;
    const itemRule = ruleFor(items);
    const atLeast = typeof schema.minItems === "number" && schema.minItems > 0 ? "a non-empty " : "a ";
    const distinct = schema.uniqueItems === true ? "list of distinct values, each " : "list, each ";
    return `${atLeast}${distinct}${itemRule}`;
  }
  if (schema.type === "boolean") return "true or false";
  if (schema.type === "object") {
    const required = (schema.required as string[] | undefined) ?? [];
    return required.length === 0 ? "an object" : `an object with ${listWords(required)}`;
  }
  return typeof schema.type === "string" ? `a ${schema.type}` : "a value the spec declares";
}

function listWords(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/**
 * Derives everything in generated/ from spec/openapi.yaml:
 *   generated/openapi.ts     types, by openapi-typescript
 *   generated/operations.ts  the runtime table of operations the clients are built from
 *   generated/validators.ts  one input check per operation, compiled by Ajv into standalone code, so a client pays
 *                            no schema compilation at start-up and ships no validator library
 * Usage: tsx scripts/generate.ts [--spec <file>] [--out <dir>]
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { Ajv } from "ajv";
import standaloneCode from "ajv/dist/standalone/index.js";
import addFormats from "ajv-formats";
import openapiTS, { astToString } from "openapi-typescript";
import { parse } from "yaml";
import { IDEMPOTENT_METHODS } from "../src/retry.ts";
import { type TargetId, targetForTagGroup, targets } from "../src/targets.ts";

const HEADER = "// Generated from spec/openapi.yaml by scripts/generate.ts: do not edit. Run `npm run generate`.\n";
const METHODS = ["get", "put", "post", "delete", "patch", "options", "head"] as const;
/** Query parameters every operation takes, read from the call options rather than from the input object. */
const CALL_OPTION_QUERY = new Set(["pretty", "envelope"]);
/** OpenAPI keywords that are not JSON Schema validation keywords (Ajv's strict mode refuses unknown keywords). */
const NOT_JSON_SCHEMA = new Set(["example", "externalDocs", "xml", "discriminator", "description"]);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: JsonObject;
}

interface OperationObject {
  operationId?: string;
  tags?: string[];
  summary?: string;
  parameters?: JsonObject[];
  requestBody?: JsonObject;
  responses?: Record<string, JsonObject>;
  deprecated?: boolean;
  "x-sunset"?: string;
}

/** One row of the generated table, before it is written out. */
export interface OperationRow {
  /** The spec's operationId (unique in the document). */
  operationId: string;
  /** The client's method name: the operationId without its target's prefix (MongoDB's v1 name). */
  name: string;
  method: string;
  path: string;
  target: TargetId;
  summary: string;
  /** GET, DELETE and PATCH (which replaces the roles) may be resent after a network failure or a 5xx; POST never. */
  idempotent: boolean;
  pathParams: { name: string; pattern: string | null }[];
  queryParams: { name: string; schema: Json }[];
  body: { required: boolean; fields: string[]; schema: Json } | null;
  /**
   * The 2xx statuses: whether each carries a body, the JSON type of the body once unwrapped from an envelope, and
   * whether the body is only ever an envelope (a delete's `200`, which stands for its `204`).
   */
  success: { status: number; body: boolean; bodyType: "array" | "object" | null; envelopeOnly: boolean }[];
  /** Whether the spec marks the operation deprecated, and its `x-sunset` date (`YYYY-MM-DD`), if any. */
  deprecated: boolean;
  sunset: string | null;
}

function pointer(doc: JsonObject, ref: string): Json {
  let node: Json = doc;
  for (const part of ref.replace(/^#\//, "").split("/")) {
    const key = part.replace(/~1/g, "/").replace(/~0/g, "~");
    if (node === null || typeof node !== "object" || Array.isArray(node) || !(key in node)) {
      throw new Error(`unresolvable $ref ${ref}`);
    }
    node = node[key] as Json;
  }
  return node;
}

/** The node with every `$ref` inside it replaced by what it points to (the spec has no recursive schemas). */
function deref(doc: JsonObject, node: Json, seen: readonly string[] = []): Json {
  if (Array.isArray(node)) return node.map((item) => deref(doc, item, seen));
  if (node === null || typeof node !== "object") return node;
  if (typeof node.$ref === "string") {
    if (seen.includes(node.$ref)) throw new Error(`recursive $ref ${node.$ref}`);
    return deref(doc, pointer(doc, node.$ref), [...seen, node.$ref]);
  }
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, deref(doc, value, seen)]));
}

/** A resolved OpenAPI schema reduced to JSON Schema validation keywords. */
function jsonSchema(node: Json): Json {
  if (Array.isArray(node)) return node.map(jsonSchema);
  if (node === null || typeof node !== "object") return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (NOT_JSON_SCHEMA.has(key) || key.startsWith("x-")) continue;
    // `properties` maps names to schemas: its keys are field names, never keywords to drop.
    out[key] =
      key === "properties" && value !== null && typeof value === "object" && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, jsonSchema(schema)]))
        : jsonSchema(value);
  }
  return out;
}

function asObject(value: Json | undefined, what: string): JsonObject {
  if (value === null || value === undefined || typeof value !== "object" || Array.isArray(value)) {
    throw new Error(`${what} is not an object`);
  }
  return value;
}

/** The client's method name for an operationId, checked against the target's prefix rule. */
function methodName(operationId: string, target: TargetId): string {
  const prefix = targets[target].operationIdPrefix;
  if (prefix === "") {
    if (
      /^[a-z]+[A-Z]/.test(operationId) &&
      Object.values(targets).some((t) => t.operationIdPrefix !== "" && operationId.startsWith(t.operationIdPrefix))
    ) {
      throw new Error(`${operationId}: a ${targets[target].title} operationId carries another target's prefix`);
    }
    return operationId;
  }
  if (!operationId.startsWith(prefix) || !/^[A-Z]/.test(operationId.slice(prefix.length))) {
    throw new Error(`${operationId}: a ${targets[target].title} operationId starts with "${prefix}" and a capital`);
  }
  const rest = operationId.slice(prefix.length);
  return rest.charAt(0).toLowerCase() + rest.slice(1);
}

/** The JSON type of a success body, looking past the envelope a `oneOf` may offer beside it. */
function bodyType(schema: JsonObject | undefined): "array" | "object" | null {
  if (schema === undefined) return null;
  const isEnvelope = (node: Json) => {
    const required = (node as JsonObject | null)?.required;
    return Array.isArray(required) && required.includes("status") && required.includes("content");
  };
  const branches = Array.isArray(schema.oneOf) ? schema.oneOf.filter((branch) => !isEnvelope(branch)) : [schema];
  const types = new Set(branches.map((branch) => (branch as JsonObject).type));
  if (types.size !== 1) return null;
  const [type] = types;
  return type === "array" || type === "object" ? type : null;
}

/**
 * Which target each tag's operations belong to: a tag belongs to the `x-tagGroups` entry that lists it, and a group
 * is named by a target's `tagGroup` (one group per target, one tag per scope, which is also how the docs page is
 * grouped).
 */
function targetsByTag(doc: JsonObject): Map<string, TargetId> {
  const byTag = new Map<string, TargetId>();
  const groups = (doc["x-tagGroups"] ?? []) as { name?: Json; tags?: Json }[];
  if (!Array.isArray(groups)) throw new Error("x-tagGroups is not a list");
  for (const { name, tags } of groups) {
    const target = typeof name === "string" ? targetForTagGroup(name) : undefined;
    if (target === undefined || !Array.isArray(tags)) continue;
    for (const tag of tags) {
      if (typeof tag !== "string") continue;
      const other = byTag.get(tag);
      if (other !== undefined && other !== target) throw new Error(`tag ${tag} is in the tag groups of two targets`);
      byTag.set(tag, target);
    }
  }
  return byTag;
}

/** Reads every operation of a parsed OpenAPI document into table rows, plus the JSON Schema of each one's input. */
export function operationRows(doc: JsonObject): { rows: OperationRow[]; inputs: Map<string, JsonObject> } {
  const rows: OperationRow[] = [];
  const inputs = new Map<string, JsonObject>();
  const names = new Map<string, string>();
  const paths = asObject(doc.paths ?? {}, "paths");
  const targetOfTag = targetsByTag(doc);
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = asObject(rawItem, path);
    for (const method of METHODS) {
      if (item[method] === undefined) continue;
      const op = asObject(item[method], `${method} ${path}`) as unknown as OperationObject;
      if (!op.operationId) throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
      const { operationId } = op;
      const tag = op.tags?.[0];
      const target = tag === undefined ? undefined : targetOfTag.get(tag);
      if (!target) {
        throw new Error(
          `${operationId}: tag ${JSON.stringify(tag)} is in no x-tagGroups entry named for a target in src/targets.ts`,
        );
      }
      const name = methodName(operationId, target);
      const clash = names.get(`${target}:${name}`);
      if (clash) throw new Error(`${operationId} and ${clash} give ${target} the same method name ${name}`);
      names.set(`${target}:${name}`, operationId);

      const params = [...((item.parameters as Json[] | undefined) ?? []), ...(op.parameters ?? [])].map(
        (p) => deref(doc, p) as unknown as Parameter,
      );
      const properties: JsonObject = {};
      const required: string[] = [];
      const field = (fieldName: string, schema: Json, isRequired: boolean) => {
        if (fieldName in properties) throw new Error(`${operationId}: two inputs are named ${fieldName}`);
        properties[fieldName] = jsonSchema(schema);
        if (isRequired) required.push(fieldName);
      };
      const pathParams = params
        .filter((p) => p.in === "path")
        .map((p) => {
          field(p.name, p.schema ?? { type: "string" }, true);
          const pattern = p.schema?.pattern;
          return { name: p.name, pattern: typeof pattern === "string" ? pattern : null };
        });
      const queryParams = params
        .filter((p) => p.in === "query")
        .map((p) => {
          if (!CALL_OPTION_QUERY.has(p.name)) field(p.name, p.schema ?? { type: "string" }, p.required ?? false);
          return { name: p.name, schema: jsonSchema(p.schema ?? { type: "string" }) };
        });
      let body: OperationRow["body"] = null;
      if (op.requestBody !== undefined) {
        const requestBody = asObject(deref(doc, op.requestBody as Json), `${operationId} requestBody`);
        const media = asObject(
          asObject(requestBody.content, `${operationId} requestBody.content`)["application/json"],
          `${operationId} application/json body`,
        );
        const schema = asObject(
          jsonSchema(asObject(media.schema, `${operationId} body schema`)),
          `${operationId} body schema`,
        );
        if (schema.type !== "object" || schema.properties === undefined) {
          throw new Error(
            `${operationId}: the body must be an object schema with properties to be spread into the input`,
          );
        }
        const bodyRequired = requestBody.required === true;
        const bodyFields = Object.keys(asObject(schema.properties, `${operationId} body properties`));
        const requiredFields = new Set((schema.required as string[] | undefined) ?? []);
        for (const [fieldName, fieldSchema] of Object.entries(asObject(schema.properties, "properties"))) {
          field(fieldName, fieldSchema, bodyRequired && requiredFields.has(fieldName));
        }
        body = { required: bodyRequired, fields: bodyFields, schema };
      }
      const success = Object.entries(op.responses ?? {})
        .filter(([status]) => /^2\d\d$/.test(status))
        .map(([status, rawResponse]) => {
          const response = asObject(deref(doc, rawResponse as Json), `${operationId} ${status}`);
          const content = response.content as JsonObject | undefined;
          const schema = (content?.["application/json"] as JsonObject | undefined)?.schema as JsonObject | undefined;
          const requiredKeys = (schema?.required as string[] | undefined) ?? [];
          const envelopeOnly =
            schema !== undefined && requiredKeys.includes("status") && requiredKeys.includes("content");
          return { status: Number(status), body: content !== undefined, bodyType: bodyType(schema), envelopeOnly };
        });
      if (success.length === 0) throw new Error(`${operationId} declares no success status`);
      const upper = method.toUpperCase();
      rows.push({
        operationId,
        name,
        method: upper,
        path,
        target,
        summary: op.summary ?? "",
        idempotent: IDEMPOTENT_METHODS.has(upper),
        pathParams,
        queryParams,
        body,
        success,
        deprecated: op.deprecated === true,
        sunset: typeof op["x-sunset"] === "string" ? op["x-sunset"] : null,
      });
      inputs.set(operationId, { type: "object", additionalProperties: false, required, properties });
    }
  }
  return { rows, inputs };
}

/** Builds the operation table's source text from a parsed OpenAPI document. */
export function operationTable(doc: JsonObject): string {
  const { rows } = operationRows(doc);
  const body = rows
    .map((row) => `  ${row.operationId}: ${JSON.stringify(row, null, 2).replace(/\n/g, "\n  ")},`)
    .join("\n");
  return `${HEADER}
/** Every operation of the spec: what the clients build their methods from. */
export const operations = {
${body}
} as const;

/** The operationId of every operation in the spec. */
export type OperationId = keyof typeof operations;
`;
}

/**
 * Compiles one input check per operation into standalone ES module code. The code needs nothing at run time: a
 * check that would import a helper from Ajv (a deep-equality test, a Unicode string length) fails generation.
 */
export function inputValidators(doc: JsonObject): string {
  const { inputs } = operationRows(doc);
  // `unicode: false` counts lengths in UTF-16 units, as String#length does, instead of importing Ajv's Unicode
  // length helper at run time; the only length-bounded inputs are ASCII ids. Ajv calls the option deprecated: that
  // one warning is expected, and any other warning fails generation.
  const ajv = new Ajv({
    code: { source: true, esm: true, lines: true },
    strict: true,
    allErrors: false,
    unicode: false,
    logger: {
      log: () => {},
      warn: (...args: unknown[]) => {
        if (!String(args[0]).startsWith("DEPRECATED: option unicode")) throw new Error(`Ajv: ${args.join(" ")}`);
      },
      error: (...args: unknown[]) => {
        throw new Error(`Ajv: ${args.join(" ")}`);
      },
    },
  } as ConstructorParameters<typeof Ajv>[0]);
  addFormats.default(ajv, ["email"]);
  const refs: Record<string, string> = {};
  for (const [operationId, schema] of inputs) {
    ajv.addSchema(schema as object, operationId);
    refs[operationId] = operationId;
  }
  const code = standaloneCode.default(ajv, refs);
  if (/\brequire\(/.test(code)) {
    throw new Error(
      "an input check needs an Ajv runtime helper (require(...)); simplify the schema or extend the generator",
    );
  }
  // Ajv exports each check under its schema id; only the typed `inputChecks` is exported, because the
  // declarations TypeScript emits for Ajv's untyped functions do not type-check in a consumer's project.
  const entries = [...inputs.keys()].map((id) => `  ${id},`).join("\n");
  return `${HEADER}// @ts-nocheck: Ajv's standalone output is untyped JavaScript; the typed view is \`inputChecks\` below.
${code.replace(/^"use strict";/, "").replace(/^export const (\w+) = (validate\d+);$/gm, "const $1 = $2;")}

/** One problem an input check found, as Ajv reports it. */
export interface InputIssue {
  readonly instancePath: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly message?: string;
}

/** A compiled check of one operation's input object: true when valid, else \`errors\` holds the first problem. */
export interface InputCheck {
  (input: unknown): boolean;
  errors?: readonly InputIssue[] | null;
}

/** The input check of every operation, by operationId. */
export const inputChecks: Readonly<Record<string, InputCheck>> = {
${entries}
};
`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { spec: { type: "string", default: "spec/openapi.yaml" }, out: { type: "string", default: "generated" } },
  });
  const specPath = resolve(values.spec);
  const outDir = resolve(values.out);
  const doc = parse(await readFile(specPath, "utf8")) as JsonObject;
  const ast = await openapiTS(doc as never, { alphabetize: false, exportType: false });
  await mkdir(outDir, { recursive: true });
  await writeFile(resolve(outDir, "openapi.ts"), HEADER + astToString(ast));
  await writeFile(resolve(outDir, "operations.ts"), operationTable(doc));
  await writeFile(resolve(outDir, "validators.ts"), inputValidators(doc));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await main();
}

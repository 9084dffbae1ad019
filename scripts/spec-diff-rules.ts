/**
 * The breaking-change rules openapi-diff does not check, applied to two `$ref`-free OpenAPI 3.0 documents:
 * parameters (removed or renamed, newly required, narrowed type, enum, pattern, format or bounds), the success
 * status, the security requirement and the operationId. openapi-diff covers removed operations and responses,
 * narrowed request bodies, widened response bodies and removed required response headers; spec-diff.ts runs both.
 */
import { isDeepStrictEqual } from "node:util";
import type { OpenAPIV3 } from "openapi-types";

/** What kind of break a rule found. */
export type BreakKind =
  | "removed-operation"
  | "removed-response"
  | "removed-parameter"
  | "new-required-parameter"
  | "narrowed-parameter"
  | "changed-success-status"
  | "changed-security"
  | "changed-operation-id"
  | "other";

/** One breaking change, worded for the person whose CI just failed. */
export interface Break {
  readonly kind: BreakKind;
  /** `DELETE /api/…` and the operationId, or the document part the change is in. */
  readonly where: string;
  readonly message: string;
  /** Which check found it. */
  readonly by: "openapi-diff" | "spec-diff";
}

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/** An operation with what it inherits from its path and the document already applied. */
export interface ResolvedOperation {
  readonly key: string;
  readonly label: string;
  readonly operationId: string | undefined;
  readonly parameters: ReadonlyMap<string, OpenAPIV3.ParameterObject>;
  readonly responses: OpenAPIV3.ResponsesObject;
  readonly security: readonly OpenAPIV3.SecurityRequirementObject[];
}

function isReference(value: unknown): value is OpenAPIV3.ReferenceObject {
  return typeof value === "object" && value !== null && "$ref" in value;
}

/** The operation's path with parameter names blanked, so renaming `{groupId}` still matches the same operation. */
export function pathShape(path: string): string {
  return path.replace(/\{[^}]*\}/g, "{}");
}

/** Every operation of a resolved document, keyed by method and path shape. */
export function operationsOf(doc: OpenAPIV3.Document): Map<string, ResolvedOperation> {
  const found = new Map<string, ResolvedOperation>();
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    if (!item) continue;
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const parameters = new Map<string, OpenAPIV3.ParameterObject>();
      for (const parameter of [...(item.parameters ?? []), ...(op.parameters ?? [])]) {
        if (isReference(parameter)) throw new Error(`${method.toUpperCase()} ${path}: unresolved ${parameter.$ref}`);
        parameters.set(`${parameter.in} ${parameter.name}`, parameter);
      }
      const label = `${method.toUpperCase()} ${path}${op.operationId ? ` (${op.operationId})` : ""}`;
      found.set(`${method.toUpperCase()} ${pathShape(path)}`, {
        key: `${method.toUpperCase()} ${pathShape(path)}`,
        label,
        operationId: op.operationId,
        parameters,
        responses: op.responses ?? {},
        security: op.security ?? doc.security ?? [],
      });
    }
  }
  return found;
}

function shown(value: unknown): string {
  return value === undefined ? "(none)" : JSON.stringify(value);
}

type Schema = OpenAPIV3.SchemaObject;

/**
 * How `head` accepts less than `base` (empty when it accepts at least as much, as far as these rules can tell).
 * Conservative: a change it cannot prove wider (a different pattern, a new format, a changed composition) counts.
 */
export function narrowings(base: Schema, head: Schema, at = ""): string[] {
  const found: string[] = [];
  const say = (what: string) => found.push(at ? `${at}: ${what}` : what);

  if (head.type !== undefined && head.type !== base.type && !(base.type === "integer" && head.type === "number")) {
    say(`type ${base.type ?? "(any)"} → ${head.type}`);
  }
  if (head.enum !== undefined) {
    const dropped = base.enum?.filter((value) => !head.enum?.some((kept) => isDeepStrictEqual(kept, value)));
    if (base.enum === undefined) say(`enum added: only ${shown(head.enum)} accepted`);
    else if (dropped && dropped.length > 0) say(`enum no longer accepts ${dropped.map((v) => shown(v)).join(", ")}`);
  }
  if (head.pattern !== undefined && head.pattern !== base.pattern) {
    say(`pattern ${shown(base.pattern)} → ${shown(head.pattern)}`);
  }
  if (head.format !== undefined && head.format !== base.format)
    say(`format ${shown(base.format)} → ${shown(head.format)}`);

  for (const key of ["minLength", "minimum", "minItems", "minProperties"] as const) {
    const before = base[key] ?? Number.NEGATIVE_INFINITY;
    const after = head[key] ?? Number.NEGATIVE_INFINITY;
    if (after > before) say(`${key} ${shown(base[key])} → ${shown(head[key])}`);
  }
  for (const key of ["maxLength", "maximum", "maxItems", "maxProperties"] as const) {
    const before = base[key] ?? Number.POSITIVE_INFINITY;
    const after = head[key] ?? Number.POSITIVE_INFINITY;
    if (after < before) say(`${key} ${shown(base[key])} → ${shown(head[key])}`);
  }
  for (const key of ["exclusiveMinimum", "exclusiveMaximum", "uniqueItems"] as const) {
    if (head[key] === true && base[key] !== true) say(`${key} false → true`);
  }
  if (base.nullable === true && head.nullable !== true) say("no longer nullable");
  if (
    head.multipleOf !== undefined &&
    head.multipleOf !== base.multipleOf &&
    !(base.multipleOf !== undefined && base.multipleOf % head.multipleOf === 0)
  ) {
    say(`multipleOf ${shown(base.multipleOf)} → ${shown(head.multipleOf)}`);
  }

  const baseItems = "items" in base ? (base.items as Schema | undefined) : undefined;
  const headItems = "items" in head ? (head.items as Schema | undefined) : undefined;
  if (headItems !== undefined) found.push(...narrowings(baseItems ?? {}, headItems, `${at}[]`));

  const added = (head.required ?? []).filter((name) => !(base.required ?? []).includes(name));
  if (added.length > 0) say(`now requires ${added.join(", ")}`);
  if (head.additionalProperties === false && base.additionalProperties !== false) say("additional properties refused");
  for (const [name, property] of Object.entries(head.properties ?? {})) {
    const before = base.properties?.[name];
    if (before !== undefined) found.push(...narrowings(before as Schema, property as Schema, `${at}.${name}`));
  }
  for (const key of ["allOf", "oneOf", "anyOf", "not"] as const) {
    if (head[key] !== undefined && !isDeepStrictEqual(head[key], base[key])) say(`${key} changed`);
  }
  return found;
}

function parameterLabel(parameter: OpenAPIV3.ParameterObject): string {
  return `${parameter.in} parameter "${parameter.name}"`;
}

/** Style and explode as the spec defines their defaults, so leaving out a default is not a change. */
function serialisation(parameter: OpenAPIV3.ParameterObject): string {
  const style = parameter.style ?? (parameter.in === "query" || parameter.in === "cookie" ? "form" : "simple");
  const explode = parameter.explode ?? style === "form";
  return `style=${style}, explode=${explode}`;
}

function parameterBreaks(base: ResolvedOperation, head: ResolvedOperation): Break[] {
  const found: Break[] = [];
  const add = (kind: BreakKind, message: string) => found.push({ kind, where: head.label, message, by: "spec-diff" });
  for (const [key, before] of base.parameters) {
    const after = head.parameters.get(key);
    if (!after) {
      add("removed-parameter", `${parameterLabel(before)} was removed or renamed`);
      continue;
    }
    if (after.required === true && before.required !== true)
      add("new-required-parameter", `${parameterLabel(after)} became required`);
    if (serialisation(after) !== serialisation(before)) {
      add(
        "narrowed-parameter",
        `${parameterLabel(after)} is serialised differently: ${serialisation(before)} → ${serialisation(after)}`,
      );
    }
    if (!isDeepStrictEqual(after.content, before.content))
      add("narrowed-parameter", `${parameterLabel(after)} changed its content`);
    const schemaBefore = (before.schema ?? {}) as Schema;
    const schemaAfter = (after.schema ?? {}) as Schema;
    for (const narrowing of narrowings(schemaBefore, schemaAfter)) {
      add("narrowed-parameter", `${parameterLabel(after)} narrowed: ${narrowing}`);
    }
  }
  for (const [key, after] of head.parameters) {
    if (!base.parameters.has(key) && after.required === true) {
      add("new-required-parameter", `new required ${parameterLabel(after)}`);
    }
  }
  return found;
}

function successStatuses(responses: OpenAPIV3.ResponsesObject): string[] {
  return Object.keys(responses)
    .filter((status) => /^2(\d\d|XX)$/i.test(status))
    .sort();
}

/**
 * The security alternatives an operation accepts (a client satisfies any one of them), each written out with its
 * schemes' definitions, so a redefined scheme shows. No requirement at all is the one alternative `(none)`.
 */
function securityOf(doc: OpenAPIV3.Document, requirements: readonly OpenAPIV3.SecurityRequirementObject[]): string[] {
  const schemes = doc.components?.securitySchemes ?? {};
  if (requirements.length === 0) return ["(none)"];
  return requirements
    .map((requirement) =>
      Object.entries(requirement)
        .map(([name, scopes]) => {
          const scheme = schemes[name];
          const definition = scheme === undefined || isReference(scheme) ? "(undefined)" : describeScheme(scheme);
          return `${name} (${definition})${scopes.length > 0 ? ` [${[...scopes].sort().join(", ")}]` : ""}`;
        })
        .sort()
        .join(" + "),
    )
    .map((alternative) => alternative || "(none)")
    .sort();
}

function describeScheme(scheme: OpenAPIV3.SecuritySchemeObject): string {
  switch (scheme.type) {
    case "http":
      return `http ${scheme.scheme.toLowerCase()}${scheme.bearerFormat ? ` ${scheme.bearerFormat}` : ""}`;
    case "apiKey":
      return `apiKey in ${scheme.in} ${scheme.name}`;
    case "oauth2":
      return `oauth2 ${JSON.stringify(scheme.flows)}`;
    case "openIdConnect":
      return `openIdConnect ${scheme.openIdConnectUrl}`;
  }
}

/** The breaks in `head` that openapi-diff does not look for. Removed operations are left to openapi-diff. */
export function findBreaks(base: OpenAPIV3.Document, head: OpenAPIV3.Document): Break[] {
  const found: Break[] = [];
  const headOperations = operationsOf(head);
  for (const [key, before] of operationsOf(base)) {
    const after = headOperations.get(key);
    if (!after) continue;
    const add = (kind: BreakKind, message: string) =>
      found.push({ kind, where: after.label, message, by: "spec-diff" });
    if (before.operationId !== after.operationId) {
      add(
        "changed-operation-id",
        `operationId ${shown(before.operationId)} → ${shown(after.operationId)} (generated clients rename the method)`,
      );
    }
    found.push(...parameterBreaks(before, after));

    const successBefore = successStatuses(before.responses);
    const successAfter = successStatuses(after.responses);
    if (successBefore.some((status) => !successAfter.includes(status))) {
      add(
        "changed-success-status",
        `success status changed from ${successBefore.join(", ")} to ${successAfter.join(", ") || "(none)"}`,
      );
    }

    // A client authenticates with one of the alternatives: a new one breaks nobody, a lost or changed one does.
    const securityBefore = securityOf(base, before.security);
    const securityAfter = securityOf(head, after.security);
    if (securityBefore.some((alternative) => !securityAfter.includes(alternative))) {
      add("changed-security", `security changed from ${securityBefore.join(" or ")} to ${securityAfter.join(" or ")}`);
    }
  }
  return found;
}

/** The changes in `head` the rules above looked at and found harmless: a security alternative added. */
export function findAdditions(base: OpenAPIV3.Document, head: OpenAPIV3.Document): string[] {
  const found: string[] = [];
  const headOperations = operationsOf(head);
  for (const [key, before] of operationsOf(base)) {
    const after = headOperations.get(key);
    if (!after) continue;
    const securityBefore = securityOf(base, before.security);
    const added = securityOf(head, after.security).filter((alternative) => !securityBefore.includes(alternative));
    if (added.length > 0) found.push(`${after.label}: security also accepts ${added.join(" or ")}`);
  }
  return found;
}

/** The major number of a semantic version, or undefined when `version` is not one. */
export function majorOf(version: string): number | undefined {
  const match = /^v?(\d+)\.\d+\.\d+(?:[-+].*)?$/.exec(version.trim());
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/** Whether a changelog has a heading for `version` (`## 2.0.0`, `## [2.0.0] - 2026-01-01`, `## v2.0.0`). */
export function changelogHas(changelog: string, version: string): boolean {
  const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^#{1,6}\\s+\\[?v?${escaped}\\]?(?=\\s|$)`, "m").test(changelog);
}

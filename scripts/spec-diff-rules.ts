/**
 * The breaking-change rules oasdiff misses, applied to two `$ref`-free OpenAPI 3.0 documents. oasdiff
 * (`breaking --fail-on ERR`, with spec/oasdiff-severity-levels.txt) finds the rest; spec-diff.ts runs both. Each rule
 * here has a test in test/spec-diff.test.ts showing oasdiff's miss:
 *   - a parameter serialised differently (`style`, `explode`): oasdiff 1.37 has no rule for either, so a client
 *     built from the old document sends a value the server no longer reads.
 */
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
  readonly by: "oasdiff" | "spec-diff";
}

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/** An operation with what it inherits from its path and the document already applied. */
export interface ResolvedOperation {
  readonly key: string;
  readonly label: string;
  readonly operationId: string | undefined;
  readonly parameters: ReadonlyMap<string, OpenAPIV3.ParameterObject>;
  readonly responses: OpenAPIV3.ResponsesObject;
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
      });
    }
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

/** The breaks in `head` that oasdiff does not report as errors. */
export function findBreaks(base: OpenAPIV3.Document, head: OpenAPIV3.Document): Break[] {
  const found: Break[] = [];
  const headOperations = operationsOf(head);
  for (const [key, before] of operationsOf(base)) {
    const after = headOperations.get(key);
    if (!after) continue;
    const add = (kind: BreakKind, message: string) =>
      found.push({ kind, where: after.label, message, by: "spec-diff" });
    for (const [name, parameter] of before.parameters) {
      const counterpart = after.parameters.get(name);
      if (counterpart !== undefined && serialisation(counterpart) !== serialisation(parameter)) {
        add(
          "narrowed-parameter",
          `${parameterLabel(counterpart)} is serialised differently: ${serialisation(parameter)} → ${serialisation(counterpart)}`,
        );
      }
    }
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

/**
 * The per-target OpenAPI document `mms-invites verify` checks answers against: the fully dereferenced one that
 * `npm run bundle` writes and the package ships (`mms-invites/<target>/openapi.dereferenced.json`), read from the
 * installed package or, in a checkout, from `dist/`.
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { ValidationError } from "../errors.ts";
import { type TargetId, targets } from "../targets.ts";

/** The parts of an OpenAPI 3.0 document verify reads; every `$ref` is already resolved. */
export interface VerifyDocument {
  readonly openapi: string;
  readonly info: { readonly title: string; readonly version: string };
  readonly paths: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

/** One operation of the document, as verify reads it. */
export interface DocumentOperation {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly responses: Readonly<Record<string, DocumentResponse>>;
  readonly requestSchema?: JsonSchema;
}

/** One declared response: its headers and its body per media type. */
export interface DocumentResponse {
  readonly headers?: Readonly<Record<string, { readonly required?: boolean; readonly schema?: JsonSchema }>>;
  readonly content?: Readonly<Record<string, { readonly schema?: JsonSchema }>>;
}

/** A JSON Schema (OpenAPI 3.0 dialect) as parsed JSON. */
export type JsonSchema = Readonly<Record<string, unknown>>;

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"] as const;

/** The file-name slug of a target, as the package's exports name it: `atlas`, `ops-manager`. */
export function targetSlug(target: TargetId): string {
  return target.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/**
 * Where the target's dereferenced document may be, first hit wins: beside the compiled code in an installed
 * package (`dist/src/verify/` → `dist/<slug>/`), then a checkout's `dist/` after `npm run bundle`.
 */
export function documentCandidates(target: TargetId): string[] {
  const file = `${targetSlug(target)}/openapi.dereferenced.json`;
  return [new URL(`../../${file}`, import.meta.url), new URL(`../../dist/${file}`, import.meta.url)].map((url) =>
    fileURLToPath(url),
  );
}

/** Reads the target's document from `file`, or from the first of {@link documentCandidates} that exists. */
export async function loadDocument(target: TargetId, file?: string): Promise<{ file: string; doc: VerifyDocument }> {
  const candidates = file === undefined ? documentCandidates(target) : [file];
  for (const candidate of candidates) {
    let text: string;
    try {
      text = await readFile(candidate, "utf8");
    } catch {
      continue;
    }
    const rule = `the dereferenced ${targetSlug(target)} document`;
    let doc: VerifyDocument;
    try {
      doc = JSON.parse(text) as VerifyDocument;
    } catch {
      throw new ValidationError({ parameter: "--spec", rule }, `${candidate} is not JSON`);
    }
    if (typeof doc?.openapi !== "string" || typeof doc.paths !== "object" || JSON.stringify(doc).includes('"$ref"')) {
      throw new ValidationError(
        { parameter: "--spec", rule },
        `${candidate} is not a dereferenced OpenAPI document (use mms-invites/${targetSlug(target)}/openapi.dereferenced.json)`,
      );
    }
    // Another target's document has the same operationIds but other paths: no answer would match an operation,
    // and nothing would be validated.
    const prefix = targets[target].pathPrefix;
    const paths = Object.keys(doc.paths);
    if (paths.length === 0 || !paths.every((path) => path.startsWith(`${prefix}/`))) {
      throw new ValidationError(
        { parameter: "--spec", rule },
        `${candidate} is not the ${targets[target].title} document: its paths must start with ${prefix}/`,
      );
    }
    return { file: candidate, doc };
  }
  throw new ValidationError(
    { parameter: "--spec", rule: "a readable file" },
    file === undefined
      ? `the ${targetSlug(target)} document is missing (looked in ${candidates.join(", ")}); in a checkout, run npm run bundle`
      : `cannot read --spec ${file}`,
  );
}

/** Every operation of `doc`, keyed by operationId. */
export function documentOperations(doc: VerifyDocument): Map<string, DocumentOperation> {
  const found = new Map<string, DocumentOperation>();
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method] as
        | {
            operationId?: string;
            responses?: Record<string, DocumentResponse>;
            requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
          }
        | undefined;
      if (op?.operationId === undefined || op.responses === undefined) continue;
      const requestSchema = op.requestBody?.content?.["application/json"]?.schema;
      found.set(op.operationId, {
        operationId: op.operationId,
        method: method.toUpperCase(),
        path,
        responses: op.responses,
        ...(requestSchema === undefined ? {} : { requestSchema }),
      });
    }
  }
  return found;
}

/** Finds the operation `method` and the URL path `pathname` (any mount path in front) are a call of. */
export function matchOperation(
  operations: ReadonlyMap<string, DocumentOperation>,
  method: string,
  pathname: string,
): DocumentOperation | undefined {
  for (const op of operations.values()) {
    if (op.method !== method.toUpperCase()) continue;
    const pattern = op.path
      .split(/(\{[^}]+\})/)
      .map((part) => (part.startsWith("{") ? "[^/]+" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
      .join("");
    if (new RegExp(`${pattern}$`).test(pathname)) return op;
  }
  return undefined;
}

/**
 * Derives everything in generated/ from spec/openapi.yaml:
 *   generated/openapi.ts     types, by openapi-typescript
 *   generated/operations.ts  the runtime table of operations the clients are built from
 * Usage: tsx scripts/generate.ts [--spec <file>] [--out <dir>]
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import openapiTS, { astToString } from "openapi-typescript";
import { parse } from "yaml";
import { targetForTag } from "../src/targets.ts";

const HEADER = "// Generated from spec/openapi.yaml by scripts/generate.ts: do not edit. Run `npm run generate`.\n";
const METHODS = ["get", "put", "post", "delete", "patch", "options", "head"] as const;

interface Parameter {
  $ref?: string;
  name?: string;
  in?: string;
  required?: boolean;
  schema?: { type?: string; pattern?: string; default?: unknown };
}

function resolveRef<T>(doc: Record<string, unknown>, value: T & { $ref?: string }): T {
  if (!value.$ref) return value;
  const parts = value.$ref.replace(/^#\//, "").split("/");
  let node: unknown = doc;
  for (const part of parts) node = (node as Record<string, unknown>)[part.replace(/~1/g, "/").replace(/~0/g, "~")];
  if (node === undefined) throw new Error(`unresolvable $ref ${value.$ref}`);
  return resolveRef(doc, node as T & { $ref?: string });
}

/** Builds the operation table's source text from a parsed OpenAPI document. */
export function operationTable(doc: Record<string, unknown>): string {
  const rows: string[] = [];
  const paths = (doc.paths ?? {}) as Record<string, Record<string, unknown>>;
  for (const [path, item] of Object.entries(paths)) {
    for (const method of METHODS) {
      const op = item[method] as
        | { operationId?: string; tags?: string[]; summary?: string; parameters?: Parameter[] }
        | undefined;
      if (!op) continue;
      if (!op.operationId) throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
      const tag = op.tags?.[0];
      const target = tag === undefined ? undefined : targetForTag(tag);
      if (!target) throw new Error(`${op.operationId}: tag ${JSON.stringify(tag)} names no target in src/targets.ts`);
      const params = [...((item.parameters as Parameter[] | undefined) ?? []), ...(op.parameters ?? [])].map((p) =>
        resolveRef(doc, p),
      );
      const pathParams = params
        .filter((p) => p.in === "path")
        .map((p) => ({ name: p.name, pattern: p.schema?.pattern ?? null }));
      const queryParams = params
        .filter((p) => p.in === "query")
        .map((p) => ({ name: p.name, type: p.schema?.type ?? "string", required: p.required ?? false }));
      rows.push(
        `  ${op.operationId}: ${JSON.stringify(
          {
            operationId: op.operationId,
            method: method.toUpperCase(),
            path,
            target,
            summary: op.summary ?? "",
            pathParams,
            queryParams,
          },
          null,
          2,
        ).replace(/\n/g, "\n  ")},`,
      );
    }
  }
  return `${HEADER}
/** Every operation of the spec: what the clients build their methods from. */
export const operations = {
${rows.join("\n")}
} as const;

/** The operationId of every operation in the spec. */
export type OperationId = keyof typeof operations;
`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { spec: { type: "string", default: "spec/openapi.yaml" }, out: { type: "string", default: "generated" } },
  });
  const specPath = resolve(values.spec);
  const outDir = resolve(values.out);
  const doc = parse(await readFile(specPath, "utf8")) as Record<string, unknown>;
  const ast = await openapiTS(doc as never, { alphabetize: false, exportType: false });
  await mkdir(outDir, { recursive: true });
  await writeFile(resolve(outDir, "openapi.ts"), HEADER + astToString(ast));
  await writeFile(resolve(outDir, "operations.ts"), operationTable(doc));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await main();
}

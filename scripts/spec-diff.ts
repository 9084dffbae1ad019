/**
 * The breaking-change gate: compares spec/openapi.yaml with the spec at a git ref and fails on a breaking change,
 * unless the change comes with a major bump of `info.version` and an entry for that version in spec/CHANGELOG.md.
 *
 * Two checks run on the two `$ref`-free documents and their findings are merged:
 *   openapi-diff       removed operations and responses, narrowed request bodies, widened response bodies,
 *                      removed required response headers
 *   spec-diff-rules    removed or renamed parameters, new required parameters, narrowed parameter type, enum,
 *                      pattern, format or bounds, changed success status, changed security, changed operationId
 *
 * Usage:
 *   tsx scripts/spec-diff.ts [--release]                    spec/openapi.yaml against the last release's (see
 *                                                           spec-release.ts: the newest v* tag, else the last
 *                                                           commit that changed info.version)
 *   tsx scripts/spec-diff.ts <git ref>                      spec/openapi.yaml against <ref>:spec/openapi.yaml
 *   tsx scripts/spec-diff.ts --base-file a.yaml --head-file b.yaml
 *   options: --changelog <file> (default spec/CHANGELOG.md)
 * Exit status: 0 no break (or an accepted one), 1 an unaccepted break, 2 a usage or input error.
 */
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { isDeepStrictEqual, parseArgs, promisify } from "node:util";
import SwaggerParser from "@apidevtools/swagger-parser";
import openapiDiff from "openapi-diff";
import type { OpenAPIV3 } from "openapi-types";
import { parse } from "yaml";
import { type Break, changelogHas, findAdditions, findBreaks, majorOf, pathShape } from "./spec-diff-rules.ts";
import { findRelease, type Release, ShallowHistoryError } from "./spec-release.ts";

const run = promisify(execFile);

/** One side of the comparison: the spec's text and where it came from. */
export interface SpecSource {
  readonly text: string;
  /** Shown in messages, e.g. `HEAD~1:spec/openapi.yaml`. */
  readonly label: string;
}

/** What the gate decided and why. */
export interface GateResult {
  readonly ok: boolean;
  readonly breaks: readonly Break[];
  /** Changes that break nothing (new operations, responses, optional parameters), for the log. */
  readonly additions: readonly string[];
  /** The report, one line each, as the command prints it. */
  readonly lines: readonly string[];
}

async function resolveSpec(source: SpecSource): Promise<OpenAPIV3.Document> {
  let parsed: unknown;
  try {
    parsed = parse(source.text);
  } catch (error) {
    throw new Error(`${source.label} is not YAML or JSON: ${(error as Error).message}`, { cause: error });
  }
  if (
    typeof parsed !== "object" ||
    parsed === null ||
    !String((parsed as { openapi?: unknown }).openapi).startsWith("3.")
  ) {
    throw new Error(`${source.label} is not an OpenAPI 3 document`);
  }
  const resolved = await SwaggerParser.dereference(parsed as OpenAPIV3.Document);
  return resolved as OpenAPIV3.Document;
}

/** A location inside an operation, in words: `responses.404` → `response 404`. */
function part(location: string | undefined): string {
  if (location === undefined) return "";
  const body = /^responses\.([^.]+)\.content\.(.+)\.schema$/.exec(location);
  if (body) return `response ${body[1]} body (${body[2]})`;
  const header = /^responses\.([^.]+)\.headers\.(.+)$/.exec(location);
  if (header) return `response ${header[1]} header ${header[2]}`;
  const request = /^requestBody\.content\.(.+)\.schema$/.exec(location);
  if (request) return `request body (${request[1]})`;
  return location.replace(/^responses\./, "response ");
}

/** openapi-diff's finding, worded like ours: where, then what. */
function describeDiff(result: {
  code: string;
  sourceSpecEntityDetails: { location: string }[];
  destinationSpecEntityDetails: { location: string }[];
}): { where: string; message: string } {
  const location =
    result.sourceSpecEntityDetails[0]?.location ?? result.destinationSpecEntityDetails[0]?.location ?? "(document)";
  const match = /^paths\.(\/.*?)(?:\.(get|put|post|delete|options|head|patch|trace)(?:\.(.*))?)?$/.exec(location);
  const where = match ? `${match[2] === undefined ? "path" : match[2].toUpperCase()} ${match[1]}` : location;
  const what = part(match?.[3]);
  const words: Record<string, string> = {
    "path.add": "new path",
    "path.remove": "the path was removed",
    "method.add": "new operation",
    "method.remove": "the operation was removed",
    "response.status-code.add": `new ${what}`,
    "response.status-code.remove": `${what} was removed`,
    "response.required.header.remove": `required ${what} was removed`,
    "response.body.scope.add": `${what} allows more than before (clients may meet values they do not handle)`,
    "response.body.scope.remove": `${what} allows less than before`,
    "request.body.scope.add": `${what} accepts more than before`,
    "request.body.scope.remove": `${what} accepts less than before (requests that worked may now fail)`,
  };
  const message = words[result.code] ?? `${result.code} ${what}`.trim();
  return { where, message: `${message} [openapi-diff ${result.code}]` };
}

function kindOf(code: string): Break["kind"] {
  if (code === "path.remove" || code === "method.remove") return "removed-operation";
  if (code === "response.status-code.remove") return "removed-response";
  return "other";
}

type Responses = Record<string, unknown>;
type Operations = Record<string, Record<string, { responses?: Responses; requestBody?: unknown } | undefined>>;

/**
 * Copies of the two documents for openapi-diff without the responses and request bodies that are the same on both
 * sides. openapi-diff compares each pair on its own, so an identical pair can yield no finding, and a pair missing
 * on both sides yields none either; leaving them out spares a JSON-schema comparison per pair (it builds a fresh
 * Ajv each time), which is most of its run time.
 */
export function withoutUnchangedBodies(base: OpenAPIV3.Document, head: OpenAPIV3.Document): [unknown, unknown] {
  const copy = (doc: OpenAPIV3.Document) => JSON.parse(JSON.stringify(doc)) as { paths?: Operations };
  const before = copy(base);
  const after = copy(head);
  const headPaths = new Map(Object.keys(after.paths ?? {}).map((path) => [pathShape(path), path]));
  for (const [path, item] of Object.entries(before.paths ?? {})) {
    const other = after.paths?.[headPaths.get(pathShape(path)) ?? ""];
    if (!other) continue;
    for (const [method, operation] of Object.entries(item)) {
      const counterpart = other[method];
      if (typeof operation !== "object" || typeof counterpart !== "object" || !operation || !counterpart) continue;
      if (operation.requestBody !== undefined && isDeepStrictEqual(operation.requestBody, counterpart.requestBody)) {
        delete operation.requestBody;
        delete counterpart.requestBody;
      }
      const responses = operation.responses ?? {};
      const counterparts = counterpart.responses ?? {};
      let dropped: string | undefined;
      for (const [status, response] of Object.entries(responses)) {
        if (isDeepStrictEqual(response, counterparts[status])) {
          delete responses[status];
          delete counterparts[status];
          dropped ??= status;
        }
      }
      // openapi-diff validates its input, and an operation needs one response: keep a bodiless stand-in.
      if (dropped !== undefined && (Object.keys(responses).length === 0 || Object.keys(counterparts).length === 0)) {
        responses[dropped] = { description: "unchanged" };
        counterparts[dropped] = { description: "unchanged" };
      }
    }
  }
  return [before, after];
}

/** Compares two specs and applies the version rule; throws only when a document cannot be read. */
export async function checkSpecChange(
  base: SpecSource,
  head: SpecSource,
  changelog: { text: string | undefined; label: string },
): Promise<GateResult> {
  const [baseDoc, headDoc] = await Promise.all([resolveSpec(base), resolveSpec(head)]);
  const [baseForDiff, headForDiff] = withoutUnchangedBodies(baseDoc, headDoc);
  const diff = await openapiDiff.diffSpecs({
    sourceSpec: { content: JSON.stringify(baseForDiff), location: base.label, format: "openapi3" },
    destinationSpec: { content: JSON.stringify(headForDiff), location: head.label, format: "openapi3" },
  });
  const breaks: Break[] = [];
  if (diff.breakingDifferencesFound) {
    for (const result of diff.breakingDifferences) {
      breaks.push({ kind: kindOf(result.code), ...describeDiff(result), by: "openapi-diff" });
    }
  }
  breaks.push(...findBreaks(baseDoc, headDoc));
  const additions = [...diff.nonBreakingDifferences, ...diff.unclassifiedDifferences].map((result) => {
    const { where, message } = describeDiff(result);
    return `${where}: ${message}`;
  });
  additions.push(...findAdditions(baseDoc, headDoc));

  const lines: string[] = [`spec:diff ${base.label} → ${head.label}`];
  for (const addition of additions) lines.push(`  + ${addition}`);
  if (breaks.length === 0) {
    lines.push(`no breaking change (${additions.length} other change${additions.length === 1 ? "" : "s"})`);
    return { ok: true, breaks, additions, lines };
  }

  for (const found of breaks) lines.push(`  ✗ ${found.where}: ${found.message}`);
  const before = baseDoc.info.version;
  const after = headDoc.info.version;
  const majorBefore = majorOf(before);
  const majorAfter = majorOf(after);
  const bumped = majorBefore !== undefined && majorAfter !== undefined && majorAfter > majorBefore;
  const wanted = bumped ? after : majorBefore === undefined ? "a new major version" : `${majorBefore + 1}.0.0`;
  const logged = changelog.text !== undefined && changelogHas(changelog.text, wanted);
  const count = `${breaks.length} breaking change${breaks.length === 1 ? "" : "s"}`;
  if (bumped && logged) {
    lines.push(
      `${count} accepted: info.version ${before} → ${after}, and ${changelog.label} has an entry for ${after}`,
    );
    return { ok: true, breaks, additions, lines };
  }
  const missing = changelog.text === undefined ? " (file not found)" : "";
  lines.push(`${count}. A breaking change ships only with both:`);
  lines.push(`  ${bumped ? "✓" : "✗"} a major bump of info.version (${before} → ${wanted}; now ${after})`);
  lines.push(`  ${logged ? "✓" : "✗"} an entry for ${wanted} in ${changelog.label}${missing}`);
  return { ok: false, breaks, additions, lines };
}

async function git(args: readonly string[]): Promise<string> {
  const { stdout } = await run("git", args, { maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      release: { type: "boolean", default: false },
      "base-file": { type: "string" },
      "head-file": { type: "string", default: "spec/openapi.yaml" },
      changelog: { type: "string", default: "spec/CHANGELOG.md" },
    },
  });
  const headPath = resolve(values["head-file"]);
  const head: SpecSource = { text: await readFile(headPath, "utf8"), label: relative(process.cwd(), headPath) };

  let base: SpecSource;
  const ways = [values.release, values["base-file"] !== undefined, positionals.length > 0].filter(Boolean).length;
  if (ways > 1) throw new UsageError("give one of --release, a git ref or --base-file");
  if (values["base-file"] !== undefined) {
    const basePath = resolve(values["base-file"]);
    base = { text: await readFile(basePath, "utf8"), label: relative(process.cwd(), basePath) };
  } else if (positionals.length === 0) {
    let release: Release | undefined;
    try {
      release = await findRelease({
        cwd: process.cwd(),
        specPath: relative(process.cwd(), headPath),
        headText: head.text,
      });
    } catch (error) {
      if (error instanceof ShallowHistoryError) throw new UsageError(error.message);
      throw error;
    }
    if (release === undefined) {
      console.log(
        `spec:diff: no release before this ${head.label} yet; nothing to compare against, so nothing can break.`,
      );
      return 0;
    }
    const record = release.record === "tag" ? "the newest v* tag" : "the last commit that changed info.version";
    console.log(
      `spec:diff: the last release is ${release.name} (${record}; info.version ${release.version ?? "none"})`,
    );
    base = { text: release.text, label: `${release.name}:${head.label}` };
  } else {
    const [ref, ...extra] = positionals;
    if (ref === undefined || extra.length > 0)
      throw new UsageError("give one git ref, e.g. `npm run spec:diff -- v1.0.0`");
    try {
      await git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
    } catch {
      throw new UsageError(`${ref} is not a commit in this repository`);
    }
    const inRepo = `./${relative(process.cwd(), headPath)}`;
    try {
      await git(["cat-file", "-e", `${ref}:${inRepo}`]);
    } catch {
      console.log(`spec:diff: ${ref} has no ${head.label}; nothing to compare against, so nothing can break.`);
      return 0;
    }
    base = { text: await git(["show", `${ref}:${inRepo}`]), label: `${ref}:${head.label}` };
  }

  const changelogPath = resolve(values.changelog);
  const result = await checkSpecChange(base, head, {
    text: await readIfExists(changelogPath),
    label: relative(process.cwd(), changelogPath),
  });
  const print = result.ok ? console.log : console.error;
  for (const line of result.lines) print(line);
  return result.ok ? 0 : 1;
}

class UsageError extends Error {}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    process.exitCode = await main();
  } catch (error) {
    console.error(`spec:diff: ${error instanceof UsageError ? "" : "cannot compare: "}${(error as Error).message}`);
    process.exitCode = 2;
  }
}

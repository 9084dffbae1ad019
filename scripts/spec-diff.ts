/**
 * The breaking-change gate: compares spec/openapi.yaml with the spec at a git ref and fails on a breaking change,
 * unless the change comes with a major bump of `info.version` and an entry for that version in spec/CHANGELOG.md.
 *
 * Two checks run and their findings are merged:
 *   oasdiff            `oasdiff breaking --fail-on ERR` (MongoDB's own gate), with spec/oasdiff-severity-levels.txt
 *                      raising four of its warnings and infos to errors; `oasdiff changelog` lists the other changes
 *   spec-diff-rules    the breaks oasdiff misses: authentication asked where none was, a changed style/explode
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
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs, promisify } from "node:util";
import SwaggerParser from "@apidevtools/swagger-parser";
import type { OpenAPIV3 } from "openapi-types";
import { parse } from "yaml";
import { type Break, type BreakKind, changelogHas, findBreaks, majorOf } from "./spec-diff-rules.ts";
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

/** Where oasdiff is: `go install` put it in .tools/go/bin (scripts/setup.sh, GO_TOOLS). */
export const OASDIFF = resolve(import.meta.dirname, "..", ".tools", "go", "bin", "oasdiff");

/** One finding of oasdiff's JSON output (`breaking` and `changelog` share the shape). */
interface OasdiffFinding {
  readonly id: string;
  readonly text: string;
  /** 3 error, 2 warning, 1 info. */
  readonly level: number;
  readonly operation?: string;
  readonly operationId?: string;
  readonly path?: string;
}

const ERR = 3;

/** The kind of break an oasdiff rule id names, for the messages and the tests. */
function kindOf(id: string): BreakKind {
  if (/^(api-path-removed|api-removed|endpoint-removed)/.test(id)) return "removed-operation";
  if (id === "response-success-status-removed") return "changed-success-status";
  if (/status-removed$/.test(id)) return "removed-response";
  if (id === "request-parameter-removed") return "removed-parameter";
  if (id === "new-required-request-parameter" || id === "request-parameter-became-required")
    return "new-required-parameter";
  if (id.startsWith("request-parameter-") || id.startsWith("new-request-path-parameter")) return "narrowed-parameter";
  if (id.includes("security")) return "changed-security";
  if (id.includes("operation-id")) return "changed-operation-id";
  return "other";
}

function whereOf(finding: OasdiffFinding): string {
  if (finding.operation === undefined || finding.path === undefined) return "(document)";
  return `${finding.operation} ${finding.path}${finding.operationId ? ` (${finding.operationId})` : ""}`;
}

/** Runs oasdiff with `args` and returns its JSON findings; exit 1 with output is how `--fail-on` reports them. */
async function oasdiff(args: readonly string[]): Promise<OasdiffFinding[]> {
  if (!existsSync(OASDIFF)) {
    throw new Error(
      `oasdiff is not installed (no ${OASDIFF}); run: npm run setup (or GOBIN=.tools/go/bin go install ${OASDIFF_MODULE})`,
    );
  }
  let stdout: string;
  try {
    ({ stdout } = await run(OASDIFF, [...args, "--format", "json"], {
      maxBuffer: 64 * 1024 * 1024,
    }));
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    if (failed.code !== 1 || !failed.stdout) throw new Error(`oasdiff ${args[0]} failed: ${failed.stderr ?? error}`);
    stdout = failed.stdout;
  }
  const parsed: unknown = JSON.parse(stdout.trim() === "" ? "[]" : stdout);
  return Array.isArray(parsed) ? (parsed as OasdiffFinding[]) : [];
}

/** oasdiff rules whose level this project raises to ERR, one `<rule id> err` a line. */
export const SEVERITY_LEVELS = resolve(import.meta.dirname, "..", "spec", "oasdiff-severity-levels.txt");

/** The module and version scripts/setup.sh installs; the message for a missing binary names it. */
const OASDIFF_MODULE = "github.com/oasdiff/oasdiff@v1.37.0";

/** Compares two specs and applies the version rule; throws only when a document cannot be read. */
export async function checkSpecChange(
  base: SpecSource,
  head: SpecSource,
  changelog: { text: string | undefined; label: string },
): Promise<GateResult> {
  const [baseDoc, headDoc] = await Promise.all([resolveSpec(base), resolveSpec(head)]);
  // oasdiff reads files: the two texts as JSON in a scratch folder (the spec is one file, its $refs all local).
  const work = await mkdtemp(join(tmpdir(), "mms-invites-spec-diff-"));
  let errors: OasdiffFinding[];
  let changes: OasdiffFinding[];
  try {
    const baseFile = join(work, "base.json");
    const headFile = join(work, "head.json");
    await writeFile(baseFile, JSON.stringify(parse(base.text)));
    await writeFile(headFile, JSON.stringify(parse(head.text)));
    // --include-path-params: a renamed path parameter is another endpoint, not the same one.
    // The severity file raises to errors what oasdiff only warns about and we count as breaks (spec/README).
    const shared = [baseFile, headFile, "--include-path-params", "--severity-levels", SEVERITY_LEVELS];
    [errors, changes] = await Promise.all([
      oasdiff(["breaking", ...shared, "--fail-on", "ERR"]),
      oasdiff(["changelog", ...shared]),
    ]);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  const breaks: Break[] = errors
    .filter((finding) => finding.level >= ERR)
    .map((finding) => ({
      kind: kindOf(finding.id),
      where: whereOf(finding),
      message: `${finding.text} [oasdiff ${finding.id}]`,
      by: "oasdiff",
    }));
  breaks.push(...findBreaks(baseDoc, headDoc));
  const additions = changes
    .filter((finding) => finding.level < ERR)
    .map((finding) => `${whereOf(finding)}: ${finding.text} [oasdiff ${finding.id}]`);

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

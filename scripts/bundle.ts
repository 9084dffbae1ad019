/**
 * Writes the spec for teams that never import our TypeScript (their own generators, contract checks in their CI):
 *   dist/openapi.json, dist/openapi.yaml       the whole two-target document, fully resolved
 *                                              (`mms-invites/openapi.json`, `mms-invites/openapi.yaml`)
 *   dist/<target>/openapi.json, .yaml          one target's document (`atlas`, `ops-manager`): one server, its own
 *                                              operations, MongoDB's operationIds, shared `$ref`s kept
 *   dist/<target>/openapi.dereferenced.json, .yaml   the same, every `$ref` resolved
 * (exported as `mms-invites/<target>/openapi.json` and so on). Redocly CLI resolves every `$ref`
 * (`bundle --dereferenced`); each YAML file is written from the same JSON, so the two always hold the same document.
 * Usage: tsx scripts/bundle.ts [--spec <file>] [--out <dir>]
 */
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs, promisify } from "node:util";
import { parse, stringify } from "yaml";
import { type TargetId, targets } from "../src/targets.ts";
import { type OpenApiDocument, targetDocument, targetSlug } from "./target-document.ts";

const run = promisify(execFile);

/** The package root: scripts/ sits directly under it. */
export const ROOT = resolve(import.meta.dirname, "..");

const REDOCLY = join(ROOT, "node_modules", "@redocly", "cli", "bin", "cli.js");

/**
 * Runs the Redocly CLI with telemetry off and returns its output; throws with that output when it fails.
 * Redocly prints a banner on every run, so the output is shown only when something went wrong.
 */
export async function runRedocly(args: readonly string[]): Promise<string> {
  try {
    const { stdout, stderr } = await run(process.execPath, [REDOCLY, ...args], {
      cwd: ROOT,
      env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
      maxBuffer: 16 * 1024 * 1024,
    });
    return `${stdout}${stderr}`;
  } catch (error) {
    const output = error as { stdout?: string; stderr?: string };
    throw new Error(`redocly ${args[0] ?? ""} failed:\n${output.stdout ?? ""}${output.stderr ?? ""}`, {
      cause: error,
    });
  }
}

/** Where a bundle was written. */
export interface BundleResult {
  readonly json: string;
  readonly yaml: string;
}

/** Writes `doc` as `<base>.json` and `<base>.yaml`, the YAML headed with where it came from. */
async function writeDocument(doc: unknown, base: string, source: string): Promise<BundleResult> {
  const json = `${base}.json`;
  const yaml = `${base}.yaml`;
  await writeFile(json, `${JSON.stringify(doc, null, 2)}\n`);
  await writeFile(
    yaml,
    `# Generated from ${source} by \`npm run bundle\`: do not edit.\n${stringify(doc, {
      aliasDuplicateObjects: false,
      lineWidth: 0,
    })}`,
  );
  return { json, yaml };
}

/** Resolves every `$ref` of the document in `file` with Redocly and returns it; throws if one is left. */
async function dereference(file: string): Promise<unknown> {
  const work = await mkdtemp(join(tmpdir(), "mms-invites-bundle-"));
  try {
    const raw = join(work, "openapi.json");
    await runRedocly(["bundle", resolve(file), "--dereferenced", "--ext", "json", "-o", raw]);
    const doc: unknown = JSON.parse(await readFile(raw, "utf8"));
    if (JSON.stringify(doc).includes('"$ref"')) throw new Error(`the bundle of ${file} still holds a $ref`);
    return doc;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Resolves `spec` into one `$ref`-free document and writes it as `openapi.json` and `openapi.yaml` in `outDir`. */
export async function bundleSpec(spec: string, outDir: string): Promise<BundleResult> {
  const doc = await dereference(spec);
  await mkdir(outDir, { recursive: true });
  return writeDocument(doc, join(outDir, "openapi"), relative(ROOT, resolve(spec)));
}

/** Where one target's documents were written. */
export interface TargetBundle {
  readonly target: TargetId;
  /** The target's document with its shared `$ref`s. */
  readonly bundled: BundleResult;
  /** The same document with every `$ref` resolved. */
  readonly dereferenced: BundleResult;
}

/** Writes each target's document, bundled and dereferenced, under `outDir/<target slug>/`. */
export async function bundleTargets(spec: string, outDir: string): Promise<TargetBundle[]> {
  const source = parse(await readFile(spec, "utf8")) as OpenApiDocument;
  const from = relative(ROOT, resolve(spec));
  const ids = Object.keys(targets) as TargetId[];
  return Promise.all(
    ids.map(async (target) => {
      const dir = join(outDir, targetSlug(target));
      await mkdir(dir, { recursive: true });
      const bundled = await writeDocument(targetDocument(source, target), join(dir, "openapi"), from);
      const dereferenced = await writeDocument(
        await dereference(bundled.json),
        join(dir, "openapi.dereferenced"),
        from,
      );
      return { target, bundled, dereferenced };
    }),
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      spec: { type: "string", default: join(ROOT, "spec", "openapi.yaml") },
      out: { type: "string", default: join(ROOT, "dist") },
    },
  });
  const out = resolve(values.out);
  const [whole, perTarget] = await Promise.all([bundleSpec(values.spec, out), bundleTargets(values.spec, out)]);
  const written = [whole, ...perTarget.flatMap((entry) => [entry.bundled, entry.dereferenced])];
  console.log(
    `bundled ${relative(process.cwd(), values.spec)} → ${written.map((file) => relative(process.cwd(), file.json)).join(", ")} (and .yaml)`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}

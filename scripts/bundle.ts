/**
 * Writes the spec as one fully resolved document for teams that never import our TypeScript (their own
 * generators, contract checks in their CI):
 *   dist/openapi.json   exported as `mms-invites/openapi.json`
 *   dist/openapi.yaml   exported as `mms-invites/openapi.yaml`
 * Redocly CLI resolves every `$ref` (`bundle --dereferenced`); the YAML is written from the same JSON, so the two
 * files always hold the same document.
 * Usage: tsx scripts/bundle.ts [--spec <file>] [--out <dir>]
 */
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs, promisify } from "node:util";
import { stringify } from "yaml";

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

/** Resolves `spec` into one `$ref`-free document and writes it as `openapi.json` and `openapi.yaml` in `outDir`. */
export async function bundleSpec(spec: string, outDir: string): Promise<BundleResult> {
  const work = await mkdtemp(join(tmpdir(), "mms-invites-bundle-"));
  try {
    const raw = join(work, "openapi.json");
    await runRedocly(["bundle", resolve(spec), "--dereferenced", "--ext", "json", "-o", raw]);
    const doc: unknown = JSON.parse(await readFile(raw, "utf8"));
    const text = JSON.stringify(doc);
    if (text.includes('"$ref"')) throw new Error(`the bundle of ${spec} still holds a $ref`);

    await mkdir(outDir, { recursive: true });
    const json = join(outDir, "openapi.json");
    const yaml = join(outDir, "openapi.yaml");
    const source = relative(ROOT, resolve(spec));
    await writeFile(json, `${JSON.stringify(doc, null, 2)}\n`);
    await writeFile(
      yaml,
      `# Generated from ${source} by \`npm run bundle\`: do not edit.\n${stringify(doc, {
        aliasDuplicateObjects: false,
        lineWidth: 0,
      })}`,
    );
    return { json, yaml };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      spec: { type: "string", default: join(ROOT, "spec", "openapi.yaml") },
      out: { type: "string", default: join(ROOT, "dist") },
    },
  });
  const { json, yaml } = await bundleSpec(values.spec, resolve(values.out));
  console.log(
    `bundled ${relative(process.cwd(), values.spec)} → ${relative(process.cwd(), json)}, ${relative(process.cwd(), yaml)}`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}

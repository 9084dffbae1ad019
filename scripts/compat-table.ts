/**
 * The README's compatibility table of generated clients, written from what test/generated-clients.test.ts ran:
 * the test saves artifacts/compat.json, and `npm run compat:readme` puts the table it renders between the
 * `<!-- compat:start -->` and `<!-- compat:end -->` markers of README.md. The test fails while the README's table
 * differs from the one its run renders, so the table cannot drift from what was run.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

/** The package root: scripts/ sits directly under it. */
const ROOT = resolve(import.meta.dirname, "..");
/** Where the generated-client test writes what it ran. */
export const COMPAT_FILE = join(ROOT, "artifacts", "compat.json");
const README = join(ROOT, "README.md");
const START = "<!-- compat:start -->";
const END = "<!-- compat:end -->";

/** What one language's generated clients did in the test run. */
export interface CompatResult {
  readonly lang: string;
  readonly language: string;
  readonly generator: string;
  readonly version: string;
  readonly options: string;
  readonly auth: string;
  /** Per target (`Atlas`, `Ops Manager`), the steps that did what the spec says, in order. */
  readonly passed: Readonly<Record<string, readonly string[]>>;
  /** The typed error of the second delete, per target, e.g. `400 INVALID_INVITATION_ID`. */
  readonly notFound: Readonly<Record<string, string>>;
  readonly workarounds: readonly string[];
}

/** Renders the table: one row per language, in the order given. */
export function renderCompatTable(results: readonly CompatResult[]): string {
  const rows = results.map((result) => {
    const ran = Object.entries(result.passed)
      .map(([target, steps]) => `${target}: ${steps.join(", ")} (${result.notFound[target] ?? "no typed error"})`)
      .join("; ");
    const workarounds = result.workarounds.length === 0 ? "none" : result.workarounds.join("; ");
    return `| ${result.language} | ${result.generator} (${result.options}) | ${result.version} | ${ran}; Digest: ${result.auth} | ${workarounds} |`;
  });
  return [
    "| language | generator | version | what ran against the sandbox | workarounds |",
    "|---|---|---|---|---|",
    ...rows,
  ].join("\n");
}

/** The README's text with `table` between the markers. */
export function withCompatTable(readme: string, table: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end < start) throw new Error(`README.md has no ${START} … ${END} section`);
  return `${readme.slice(0, start + START.length)}\n${table}\n${readme.slice(end)}`;
}

/** The table currently between the README's markers. */
export async function readmeCompatTable(): Promise<string> {
  const readme = await readFile(README, "utf8");
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end < start) throw new Error(`README.md has no ${START} … ${END} section`);
  return readme.slice(start + START.length, end).trim();
}

async function main(): Promise<void> {
  const results = JSON.parse(await readFile(COMPAT_FILE, "utf8")) as CompatResult[];
  await writeFile(README, withCompatTable(await readFile(README, "utf8"), renderCompatTable(results)));
  console.log(`README.md: compatibility table of ${results.length} generators from ${COMPAT_FILE}`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}

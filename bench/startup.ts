/**
 * Section 4: start-up and tooling.
 * - Process start to the first completed delete (import, client creation, the challenge and the signed delete), in
 *   a fresh `node` each time: from the TypeScript sources through tsx, and from the built `dist/` when it exists.
 * - `npm run generate`, writing into a temporary directory (`-- --out <tmp>`): the same work as the real command,
 *   without touching `generated/` in a checkout others may be working in.
 * - The contract suite: `npx vitest run --project contract` (it starts its own Prism).
 */
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BenchConfig } from "./config.ts";
import { type ChildRun, median, runChild } from "./measure.ts";
import { type Figure, figure } from "./report.ts";
import {
  BENCH_GROUP_ID,
  BENCH_PRIVATE_KEY,
  BENCH_PUBLIC_KEY,
  invitationId,
  startSandboxProcess,
} from "./sandbox-process.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const FIRST_DELETE = join(ROOT, "bench", "first-delete.mjs");

interface Variant {
  readonly key: string;
  readonly label: string;
  readonly nodeArgs: readonly string[];
  readonly module: string;
}

/** What the child reported, plus the parent's spawn-to-exit time. */
export interface StartupSample {
  readonly variant: string;
  readonly wallMs: number;
  readonly sinceStartMs: number;
  readonly bootMs: number;
  readonly importMs: number;
  readonly firstDeleteMs: number;
}

export interface ToolingRun {
  readonly tool: "generate" | "contract";
  readonly wallMs: number;
  readonly code: number | null;
  readonly timedOut: boolean;
}

function variants(): Variant[] {
  const list: Variant[] = [
    {
      key: "tsx",
      label: "sources through tsx",
      nodeArgs: ["--import", "tsx"],
      module: join(ROOT, "src", "index.ts"),
    },
  ];
  const dist = join(ROOT, "dist", "src", "index.js");
  if (existsSync(dist)) list.push({ key: "dist", label: "built dist/", nodeArgs: [], module: dist });
  return list;
}

export async function measureStartup(
  config: BenchConfig,
): Promise<{ figures: Figure[]; details: { samples: StartupSample[]; tooling: ToolingRun[] } }> {
  const list = variants();
  const samples: StartupSample[] = [];
  const figures: Figure[] = [];
  const sandbox = await startSandboxProcess({ invitations: config.startup.repeats * list.length });
  try {
    let next = 0;
    const env = {
      ...process.env,
      MONGODB_ATLAS_PUBLIC_API_KEY: BENCH_PUBLIC_KEY,
      MONGODB_ATLAS_PRIVATE_API_KEY: BENCH_PRIVATE_KEY,
    };
    for (let repeat = 0; repeat < config.startup.repeats; repeat++) {
      for (const variant of list) {
        const run = await runChild(
          process.execPath,
          [...variant.nodeArgs, FIRST_DELETE, variant.module, sandbox.url, BENCH_GROUP_ID, invitationId(next++)],
          { env, timeoutMs: config.childTimeoutMs, cwd: ROOT },
        );
        const reported = parseReport(run, variant.label);
        samples.push({ variant: variant.key, wallMs: run.wallMs, ...reported });
      }
    }
  } finally {
    await sandbox.close();
  }

  for (const variant of list) {
    const mine = samples.filter((sample) => sample.variant === variant.key);
    const med = (pick: (sample: StartupSample) => number) => median(mine.map(pick));
    figures.push(
      figure({
        id: `startup.${variant.key}.processStartToFirstDelete`,
        section: "startup",
        label: `process start → first completed delete (${variant.label})`,
        value: med((s) => s.sinceStartMs),
        unit: "ms",
        note: `median of ${mine.length}: node${variant.key === "tsx" ? " + tsx" : ""} boot ${med((s) => s.bootMs).toFixed(0)} ms, import ${med((s) => s.importMs).toFixed(0)} ms, challenge + delete ${med((s) => s.firstDeleteMs).toFixed(0)} ms`,
      }),
      figure({
        id: `startup.${variant.key}.firstDelete`,
        section: "startup",
        label: `client creation + challenge + first delete (${variant.label})`,
        value: med((s) => s.firstDeleteMs),
        unit: "ms",
      }),
      figure({
        id: `startup.${variant.key}.spawnToExit`,
        section: "startup",
        label: `spawn → exit of that process, seen by the parent (${variant.label})`,
        value: med((s) => s.wallMs),
        unit: "ms",
      }),
    );
  }
  if (!list.some((variant) => variant.key === "dist")) {
    figures.push(
      figure({
        id: "startup.dist.processStartToFirstDelete",
        section: "startup",
        label: "process start → first completed delete (built dist/)",
        value: null,
        unit: "ms",
        note: "dist/src/index.js not built (npm run build)",
      }),
    );
  }

  const tooling: ToolingRun[] = [];
  if (!config.startup.tooling) {
    for (const tool of ["generate", "contract"] as const) {
      figures.push(toolFigure(tool, null, "not timed in the smoke run"));
    }
    return { figures, details: { samples, tooling } };
  }

  const out = await mkdtemp(join(tmpdir(), "mms-bench-generate-"));
  try {
    for (let repeat = 0; repeat < 3; repeat++) {
      const run = await runChild("npm", ["run", "--silent", "generate", "--", "--out", out], {
        timeoutMs: config.childTimeoutMs,
        cwd: ROOT,
      });
      tooling.push({ tool: "generate", wallMs: run.wallMs, code: run.code, timedOut: run.timedOut });
    }
  } finally {
    await rm(out, { recursive: true, force: true });
  }
  const generateRuns = tooling.filter((run) => run.tool === "generate");
  const generateFailed = generateRuns.find((run) => run.code !== 0);
  figures.push(
    toolFigure(
      "generate",
      median(generateRuns.map((run) => run.wallMs)),
      generateFailed === undefined
        ? `median of ${generateRuns.length}; written to a temporary --out directory`
        : `exit ${generateFailed.code}${generateFailed.timedOut ? " (timed out)" : ""}`,
    ),
  );

  if (!existsSync(join(ROOT, "contract-tests"))) {
    figures.push(toolFigure("contract", null, "the contract suite does not exist yet"));
  } else {
    const run = await runChild("npx", ["--no-install", "vitest", "run", "--project", "contract"], {
      timeoutMs: config.childTimeoutMs,
      cwd: ROOT,
    });
    tooling.push({ tool: "contract", wallMs: run.wallMs, code: run.code, timedOut: run.timedOut });
    figures.push(
      toolFigure(
        "contract",
        run.wallMs,
        run.code === 0
          ? `one run, Prism start included${summariseVitest(run.stdout)}`
          : `suite exited ${run.code}${run.timedOut ? " (timed out)" : ""}${summariseVitest(run.stdout)}`,
      ),
    );
  }
  return { figures, details: { samples, tooling } };
}

function toolFigure(tool: "generate" | "contract", value: number | null, note: string): Figure {
  return figure({
    id: `startup.tooling.${tool}`,
    section: "startup",
    label:
      tool === "generate" ? "npm run generate, wall time" : "contract suite (vitest --project contract), wall time",
    value: value === null ? null : value / 1000,
    unit: "s",
    note,
  });
}

function parseReport(
  run: ChildRun,
  label: string,
): { sinceStartMs: number; bootMs: number; importMs: number; firstDeleteMs: number } {
  const line = run.stdout.trim().split("\n").at(-1) ?? "";
  let parsed: { status?: number; sinceStartMs?: number; bootMs?: number; importMs?: number; firstDeleteMs?: number };
  try {
    parsed = JSON.parse(line) as typeof parsed;
  } catch {
    throw new Error(`first delete (${label}) exited ${run.code} without a report: ${run.stderr.slice(-2_000)}`);
  }
  if (parsed.status !== 204) throw new Error(`first delete (${label}) answered ${parsed.status}`);
  return {
    sinceStartMs: parsed.sinceStartMs ?? Number.NaN,
    bootMs: parsed.bootMs ?? Number.NaN,
    importMs: parsed.importMs ?? Number.NaN,
    firstDeleteMs: parsed.firstDeleteMs ?? Number.NaN,
  };
}

/** Picks vitest's "Tests  12 passed (12)" line out of its output, for the note. */
function summariseVitest(stdout: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: strips the ANSI colour codes vitest writes.
  const plain = stdout.replace(/\u001b\[[0-9;]*m/g, "");
  const tests = /^\s*Tests\s+(.+)$/m.exec(plain)?.[1]?.trim();
  return tests === undefined ? "" : `; tests: ${tests}`;
}

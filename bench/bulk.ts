/**
 * Section 3: bulk delete under a rate limit. The sandbox allows `ratePerSecond` requests per second for the project
 * and holds `invitations` pending invitations; the real `mms-invites delete` command, run as a child process the way
 * a user runs it (`--from-file`, `--rate <n>/s`, `--concurrency`, `--json`), deletes all of them. The wall time is
 * measured from spawn to exit, so the CLI's own start-up counts against the 1.1× budget; a `--dry-run` of the same
 * command shows how much of it that start-up is.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BenchConfig } from "./config.ts";
import { type ChildRun, runChild } from "./measure.ts";
import { type Figure, figure } from "./report.ts";
import {
  BENCH_GROUP_ID,
  BENCH_PRIVATE_KEY,
  BENCH_PUBLIC_KEY,
  invitationId,
  type StateCounts,
  startSandboxProcess,
} from "./sandbox-process.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CLI = join(ROOT, "src", "cli", "main.ts");

export interface BulkDetails {
  readonly command: string;
  readonly wallMs: number;
  readonly dryRunWallMs: number;
  readonly exitCode: number | null;
  readonly timedOut: boolean;
  readonly requests: number;
  readonly byStatus: Record<number, number>;
  readonly states: StateCounts;
  /** The CLI's own `summary` from its `--json` report. */
  readonly summary?: unknown;
}

export async function measureBulk(config: BenchConfig): Promise<{ figures: Figure[]; details: BulkDetails }> {
  const { invitations, ratePerSecond, concurrency } = config.bulk;
  const idealS = invitations / ratePerSecond;
  const sandbox = await startSandboxProcess({ invitations, rateLimit: { limit: ratePerSecond, windowMs: 1_000 } });
  const dir = await mkdtemp(join(tmpdir(), "mms-bench-bulk-"));
  let run: ChildRun;
  let dryRun: ChildRun;
  let args: string[];
  try {
    const file = join(dir, "ids.txt");
    await writeFile(file, `${Array.from({ length: invitations }, (_, i) => invitationId(i)).join("\n")}\n`);
    args = [
      "delete",
      "--target",
      "atlas",
      "--base-url",
      sandbox.url,
      "--project",
      BENCH_GROUP_ID,
      "--from-file",
      file,
      "--concurrency",
      String(concurrency),
      "--rate",
      `${ratePerSecond}/s`,
      "--json",
    ];
    const env = {
      ...process.env,
      MONGODB_ATLAS_PUBLIC_API_KEY: BENCH_PUBLIC_KEY,
      MONGODB_ATLAS_PRIVATE_API_KEY: BENCH_PRIVATE_KEY,
    };
    const node = (extra: string[]) =>
      runChild(process.execPath, ["--import", "tsx", CLI, ...args, ...extra], {
        env,
        cwd: ROOT,
        timeoutMs: Math.max(config.childTimeoutMs, idealS * 3_000),
      });
    dryRun = await node(["--dry-run"]);
    run = await node([]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  let counts: { stats: { requests: number; byStatus: Record<number, number> } };
  let states: StateCounts;
  try {
    counts = await sandbox.stats();
    states = await sandbox.states(0, invitations);
  } finally {
    await sandbox.close();
  }

  const summary = parseSummary(run.stdout);
  const tooMany = counts.stats.byStatus[429] ?? 0;
  const requests = counts.stats.requests;
  const exitNote =
    run.code === 0 ? "" : `CLI exited ${run.code}${run.timedOut ? " (timed out)" : ""}: ${lastLine(run.stderr)}`;
  const wallS = run.wallMs / 1000;
  const details: BulkDetails = {
    command: `mms-invites ${args.join(" ")}`,
    wallMs: run.wallMs,
    dryRunWallMs: dryRun.wallMs,
    exitCode: run.code,
    timedOut: run.timedOut,
    requests,
    byStatus: counts.stats.byStatus,
    states,
    ...(summary === undefined ? {} : { summary }),
  };
  const figures = [
    figure({
      id: "bulk.wallToIdeal",
      section: "bulk",
      label: `bulk delete of ${invitations.toLocaleString("en-US")} at ${ratePerSecond}/s: wall time / ideal ${idealS} s`,
      value: wallS / idealS,
      unit: "×",
      ratio: true,
      target: { op: "<=", value: 1.1 },
      note: exitNote || `concurrency ${concurrency}, spawn to exit`,
    }),
    figure({
      id: "bulk.wall",
      section: "bulk",
      label: "bulk delete: wall time, spawn to exit",
      value: wallS,
      unit: "s",
      note: `ideal ${idealS} s`,
    }),
    figure({
      id: "bulk.cliStartup",
      section: "bulk",
      label: "of which CLI start-up and id checks (same command with --dry-run)",
      value: dryRun.wallMs / 1000,
      unit: "s",
    }),
    figure({
      id: "bulk.undeleted",
      section: "bulk",
      label: "invitations left undeleted (sandbox store)",
      value: states.pending + states.other,
      unit: "",
      target: { op: "<=", value: 0 },
    }),
    figure({
      id: "bulk.rateLimitedShare",
      section: "bulk",
      label: "requests answered 429",
      value: requests === 0 ? null : (tooMany / requests) * 100,
      unit: "%",
      ratio: true,
      target: { op: "<=", value: 1 },
      note: `${tooMany} of ${requests} requests`,
    }),
    figure({
      id: "bulk.requestsPerDelete",
      section: "bulk",
      label: "bulk delete: requests per invitation",
      value: requests / invitations,
      unit: "",
      note: statusNote(counts.stats.byStatus),
    }),
  ];
  return { figures, details };
}

function parseSummary(stdout: string): unknown {
  try {
    return (JSON.parse(stdout) as { summary?: unknown }).summary;
  } catch {
    return undefined;
  }
}

function statusNote(byStatus: Record<number, number>): string {
  return Object.entries(byStatus)
    .map(([status, n]) => `${n}× ${status}`)
    .join(", ");
}

function lastLine(text: string): string {
  return text.trim().split("\n").at(-1)?.slice(0, 200) ?? "";
}

/**
 * Section 6: an offboarding-style prune across many projects, each with its own rate limit. The sandbox holds
 * `projects` projects, each with `matched` pending invitations sent 10 days ago and `unmatched` sent 1 day ago, and
 * allows `ratePerSecond` requests a second per project. The real `mms-invites prune --older-than 7d --yes` runs as a
 * child process at `--rate <ratePerSecond>/s`: every project's list and deletes are paced on their own and all
 * projects run at once, so the whole prune should take about as long as one project's deletes
 * (`matched / ratePerSecond`), not `projects` times that.
 *
 * The wall time is the prune's own, as the sandbox saw it: from the first request it answered to the last. The CLI's
 * start-up is left out (the bulk and startup sections measure it); spawn to exit is reported beside it.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { type SandboxInvitation, startSandbox } from "../src/sandbox/index.ts";
import type { BenchConfig } from "./config.ts";
import { type Figure, figure } from "./report.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const PUBLIC_KEY = "prunekey";
// A public sample value of this benchmark's sandbox, safe to print.
const PRIVATE_KEY = "00000000-0000-4000-8000-0000000000f1";
const ORG_ID = "ce0000000000000000000000";
const DAY = 86_400_000;

/** The `index`th project: `ce…<index in hex>`. */
const projectId = (index: number) => `ce${(index + 1).toString(16).padStart(22, "0")}`;
/** The `index`th invitation of project `project`: `c1<project><index>`. */
const pruneInvitationId = (project: number, index: number) =>
  `c1${project.toString(16).padStart(4, "0")}${index.toString(16).padStart(18, "0")}`;

/** What the prune section measured. */
export interface PruneDetails {
  readonly command: string;
  readonly wallMs: number;
  /** From the first request the sandbox answered to the last. */
  readonly pruneMs: number;
  readonly dryRunWallMs: number;
  readonly exitCode: number | null;
  readonly requests: number;
  readonly byStatus: Record<number, number>;
  readonly matchedLeft: number;
  readonly unmatchedDeleted: number;
  /** The CLI's own `summary` from its `--json` report. */
  readonly summary?: unknown;
  readonly stderrTail?: string;
}

/** Runs the prune section and returns its figures. */
export async function measurePrune(config: BenchConfig): Promise<{ figures: Figure[]; details: PruneDetails }> {
  const { projects, matched, unmatched, ratePerSecond, concurrency } = config.prune;
  const idealS = matched / ratePerSecond;
  const now = Date.now();
  const invitations: SandboxInvitation[] = [];
  for (let project = 0; project < projects; project++) {
    for (let index = 0; index < matched + unmatched; index++) {
      invitations.push({
        id: pruneInvitationId(project, index),
        target: "atlas",
        groupId: projectId(project),
        createdAt: new Date(now - (index < matched ? 10 : 1) * DAY).toISOString(),
      });
    }
  }
  const groupIds = Array.from({ length: projects }, (_, index) => projectId(index));
  const sandbox = await startSandbox({
    seed: {
      organizations: [{ id: ORG_ID, projects: groupIds.map((id) => ({ id })) }],
      keys: [{ publicKey: PUBLIC_KEY, privateKey: PRIVATE_KEY, projectOwner: groupIds }],
      invitations,
    },
    rateLimit: { limit: ratePerSecond, windowMs: 1_000 },
  });
  const args = [
    "prune",
    "--target",
    "atlas",
    "--base-url",
    sandbox.url,
    ...groupIds.flatMap((id) => ["--project", id]),
    "--older-than",
    "7d",
    "--rate",
    `${ratePerSecond}/s`,
    "--concurrency",
    String(concurrency),
    "--json",
  ];
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    MONGODB_ATLAS_AUTH_TYPE: "api_keys",
    MONGODB_ATLAS_PUBLIC_API_KEY: PUBLIC_KEY,
    MONGODB_ATLAS_PRIVATE_API_KEY: PRIVATE_KEY,
  };
  const timeoutMs = Math.max(config.childTimeoutMs, idealS * 5_000);
  let run: Timed;
  let dryRun: Timed;
  let stats: { requests: number; byStatus: Record<number, number> };
  let matchedLeft = 0;
  let unmatchedDeleted = 0;
  let firstMs = 0;
  let lastMs = 0;
  try {
    dryRun = await timedCli([...args, "--dry-run"], env, timeoutMs);
    // A fresh window for every project, so the dry run's lists do not count against the measured run.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    sandbox.resetStats();
    // The sandbox runs in this process: sample its request count to see when the first and the last were answered.
    let seen = 0;
    const watch = setInterval(() => {
      const now = performance.now();
      if (sandbox.stats.requests === seen) return;
      if (seen === 0) firstMs = now;
      seen = sandbox.stats.requests;
      lastMs = now;
    }, 2);
    try {
      run = await timedCli([...args, "--yes"], env, timeoutMs);
    } finally {
      clearInterval(watch);
    }
    stats = { requests: sandbox.stats.requests, byStatus: { ...sandbox.stats.byStatus } };
    for (let project = 0; project < projects; project++) {
      for (let index = 0; index < matched + unmatched; index++) {
        const state = sandbox.invitationState(pruneInvitationId(project, index));
        if (index < matched && state !== "deleted") matchedLeft += 1;
        if (index >= matched && state !== "pending") unmatchedDeleted += 1;
      }
    }
  } finally {
    await sandbox.close();
  }

  const summary = parseSummary(run.stdout);
  const tooMany = stats.byStatus[429] ?? 0;
  const pruneS = (lastMs - firstMs) / 1000;
  const exitNote = run.code === 0 ? "" : `CLI exited ${run.code}: ${run.stderr.trim().split("\n").at(-1) ?? ""}`;
  const details: PruneDetails = {
    command: `mms-invites ${args.join(" ")} --yes`,
    wallMs: run.wallMs,
    pruneMs: lastMs - firstMs,
    dryRunWallMs: dryRun.wallMs,
    exitCode: run.code,
    requests: stats.requests,
    byStatus: stats.byStatus,
    matchedLeft,
    unmatchedDeleted,
    ...(summary === undefined ? {} : { summary }),
    ...(run.code === 0 ? {} : { stderrTail: run.stderr.slice(-2_000) }),
  };
  const figures = [
    figure({
      id: "prune.wallToIdeal",
      section: "prune",
      label: `prune of ${projects} projects × ${matched} at ${ratePerSecond}/s each: wall time / ideal ${idealS} s`,
      value: pruneS / idealS,
      unit: "×",
      ratio: true,
      target: { op: "<=", value: 1.1 },
      note: exitNote || `first request to last, as the sandbox saw them: ${pruneS.toFixed(2)} s`,
    }),
    figure({
      id: "prune.wall",
      section: "prune",
      label: "prune: wall time, spawn to exit",
      value: run.wallMs / 1000,
      unit: "s",
      note: `dry run ${(dryRun.wallMs / 1000).toFixed(2)} s`,
    }),
    figure({
      id: "prune.rateLimited",
      section: "prune",
      label: "prune: requests answered 429",
      value: tooMany,
      unit: "",
      target: { op: "<=", value: 0 },
      note: `of ${stats.requests} requests`,
    }),
    figure({
      id: "prune.matchedLeft",
      section: "prune",
      label: "prune: matching invitations left pending",
      value: matchedLeft,
      unit: "",
      target: { op: "<=", value: 0 },
    }),
    figure({
      id: "prune.unmatchedDeleted",
      section: "prune",
      label: "prune: invitations deleted that did not match",
      value: unmatchedDeleted,
      unit: "",
      target: { op: "<=", value: 0 },
    }),
  ];
  return { figures, details };
}

interface Timed {
  readonly code: number | null;
  readonly wallMs: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI from the sources as a child process, timed from spawn to exit. */
function timedCli(args: readonly string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
      cwd: ROOT,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr = (stderr + chunk).slice(-20_000);
    });
    const timer = setTimeout(() => child.kill("SIGTERM"), timeoutMs);
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once("close", (code) => {
      clearTimeout(timer);
      resolve({ code, wallMs: performance.now() - start, stdout, stderr });
    });
  });
}

function parseSummary(stdout: string): unknown {
  try {
    return (JSON.parse(stdout) as { summary?: unknown }).summary;
  } catch {
    return undefined;
  }
}

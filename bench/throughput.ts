/**
 * Section 2: throughput against the sandbox, sequential and concurrent, our client against a raw `fetch` that sends
 * ready-made valid `Authorization` headers (and, for scale, the same raw fetch with a per-request timeout signal,
 * and a challenge-per-call client).
 *
 * The sandbox runs in a child process, so `process.cpuUsage()` here is the client's CPU time alone (the sandbox's
 * own CPU time is read in its process and reported beside it). Runs alternate between clients in the same process
 * against the same server, in an order rotated every round, and each figure is a median over rounds; a ratio to raw
 * is the median of each round's paired ratio, so a change of load on the machine between rounds affects both sides
 * of a ratio alike.
 *
 * The raw baseline: the sandbox refuses a replayed `nc`, so a header cannot be reused. Before each timed run the
 * baseline fetches one challenge and computes one header per delete under that nonce with `nc` 1, 2, 3, … (outside
 * the timer); the timed loop then only sends `fetch(url, { method: "DELETE", headers: { authorization } })` and reads
 * the answer. That is the cheapest client the server accepts: one request per delete and no work but HTTP.
 */
import { type AtlasClient, createAtlasClient } from "../src/clients.ts";
import type { BenchConfig } from "./config.ts";
import { atlasDeleteTarget, challengePerCallAuth, precomputedAuthorizations } from "./digest-clients.ts";
import { median, type TimedRun, timedRun } from "./measure.ts";
import { measureNoNetwork } from "./overhead.ts";
import { type Figure, figure } from "./report.ts";
import {
  BENCH_GROUP_ID,
  BENCH_PRIVATE_KEY,
  BENCH_PUBLIC_KEY,
  invitationId,
  type SandboxProcess,
  startSandboxProcess,
} from "./sandbox-process.ts";

export const CREDENTIALS = { publicKey: BENCH_PUBLIC_KEY, privateKey: BENCH_PRIVATE_KEY };

export const THROUGHPUT_CLIENTS = {
  raw: "raw fetch, precomputed header",
  rawSignal: "raw fetch, precomputed header, timeout signal",
  ours: "mms-invites",
  challengePerCall: "challenge per call (Go SDK style)",
} as const;
type Client = keyof typeof THROUGHPUT_CLIENTS;
export type Mode = "sequential" | "concurrent";

/** Deletes invitations `from … from+count-1` at `concurrency` and times exactly that. */
export type Runner = (from: number, count: number, concurrency: number) => Promise<TimedRun>;

/** One timed run. */
export interface ThroughputRun extends TimedRun {
  readonly round: number;
  readonly mode: Mode;
  readonly client: string;
  readonly deletes: number;
  /** Requests the sandbox answered during the run, per delete (the raw baseline's untimed challenge excluded). */
  readonly requestsPerDelete: number;
  /** The sandbox process's CPU time during the run, per delete, in µs. */
  readonly serverCpuPerDeleteUs: number;
}

/** A raw `fetch` per delete with a precomputed header; `withSignal` adds `AbortSignal.timeout(30 s)` per request. */
export function rawRunner(baseUrl: string, withSignal: boolean): Runner {
  return async (from, count, concurrency) => {
    const targets = Array.from({ length: count }, (_, index) =>
      atlasDeleteTarget(BENCH_GROUP_ID, invitationId(from + index)),
    );
    const urls = targets.map((target) => `${baseUrl}${target}`);
    const challenge = await fetch(urls[0] ?? baseUrl, { method: "DELETE", signal: AbortSignal.timeout(10_000) });
    await challenge.arrayBuffer();
    const header = challenge.headers.get("www-authenticate");
    if (challenge.status !== 401 || header === null) {
      throw new Error(`raw: expected a challenge, got ${challenge.status}`);
    }
    const authorizations = precomputedAuthorizations(header, CREDENTIALS, "DELETE", targets);
    // Without `withSignal`, no signal and no timer per request: either is work a minimal client need not do.
    // Node's fetch still bounds each request (undici's 300 s headers and body timeouts).
    return timedRun(count, concurrency, async (index) => {
      const response = await fetch(urls[index] as string, {
        method: "DELETE",
        headers: { authorization: authorizations[index] as string },
        ...(withSignal ? { signal: AbortSignal.timeout(30_000) } : {}),
      });
      await response.arrayBuffer();
      return response.status === 204;
    });
  };
}

/** Deletes through a client's `deleteProjectInvitation` (ours, or a candidate copy of it). */
export function clientRunner(client: Pick<AtlasClient, "deleteProjectInvitation">): Runner {
  return (from, count, concurrency) =>
    timedRun(count, concurrency, async (index) => {
      const call = { groupId: BENCH_GROUP_ID, invitationId: invitationId(from + index) };
      return (await client.deleteProjectInvitation(call)).status === 204;
    });
}

/** How many deletes each mode runs per client and round. */
export interface Plan {
  readonly rounds: number;
  readonly warmup: number;
  readonly modes: readonly { readonly mode: Mode; readonly deletes: number; readonly concurrency: number }[];
}

/** Invitations a plan deletes: enough to seed the sandbox with. */
export function invitationsFor(plan: Plan, clients: number): number {
  const perRound = plan.modes.reduce((sum, mode) => sum + mode.deletes, 0);
  return clients * (plan.rounds * perRound + plan.warmup);
}

/**
 * Warms every runner up, then runs `plan.rounds` rounds; in each, every mode runs every client once, in an order
 * rotated by one each round. Each run deletes invitations no other run touches.
 */
export async function alternate(
  sandbox: SandboxProcess,
  runners: Readonly<Record<string, Runner>>,
  plan: Plan,
): Promise<ThroughputRun[]> {
  const names = Object.keys(runners);
  let cursor = 0;
  const take = (count: number): number => {
    const from = cursor;
    cursor += count;
    return from;
  };
  for (const name of names) {
    const warm = await (runners[name] as Runner)(take(plan.warmup), plan.warmup, 1);
    if (warm.failed > 0) throw new Error(`${name}: ${warm.failed} of ${plan.warmup} warm-up deletes failed`);
  }
  const runs: ThroughputRun[] = [];
  for (let round = 0; round < plan.rounds; round++) {
    const order = names.map((_, i) => names[(i + round) % names.length] as string);
    for (const { mode, deletes, concurrency } of plan.modes) {
      for (const name of order) {
        const before = await sandbox.stats();
        const run = await (runners[name] as Runner)(take(deletes), deletes, concurrency);
        const after = await sandbox.stats();
        const challenge = name.startsWith("raw") ? 1 : 0;
        runs.push({
          round,
          mode,
          client: name,
          deletes,
          wallMs: run.wallMs,
          cpuMs: run.cpuMs,
          ok: run.ok,
          failed: run.failed,
          requestsPerDelete: (after.stats.requests - before.stats.requests - challenge) / deletes,
          serverCpuPerDeleteUs: (after.cpuUs - before.cpuUs) / deletes,
        });
      }
    }
  }
  return runs;
}

/** Deletes per second of one run. */
export function rate(run: ThroughputRun): number {
  return (run.deletes / run.wallMs) * 1000;
}

/** The median over rounds of `client`'s rate divided by `base`'s rate in the same round and mode. */
export function pairedRatios(runs: readonly ThroughputRun[], mode: Mode, client: string, base: string): number[] {
  return runs
    .filter((run) => run.mode === mode && run.client === client)
    .flatMap((run) => {
      const other = runs.find((r) => r.mode === mode && r.client === base && r.round === run.round);
      return other === undefined ? [] : [rate(run) / rate(other)];
    });
}

export async function measureThroughput(
  config: BenchConfig["throughput"],
): Promise<{ figures: Figure[]; details: { runs: ThroughputRun[]; noNetwork: unknown } }> {
  const clients = Object.keys(THROUGHPUT_CLIENTS) as Client[];
  const plan: Plan = {
    rounds: config.rounds,
    warmup: config.warmup,
    modes: [
      { mode: "sequential", deletes: config.sequentialDeletes, concurrency: 1 },
      { mode: "concurrent", deletes: config.concurrentDeletes, concurrency: config.concurrency },
    ],
  };
  const sandbox = await startSandboxProcess({ invitations: invitationsFor(plan, clients.length) });
  let runs: ThroughputRun[];
  try {
    const baseUrl = sandbox.url;
    const runners: Record<Client, Runner> = {
      raw: rawRunner(baseUrl, false),
      rawSignal: rawRunner(baseUrl, true),
      ours: clientRunner(createAtlasClient({ ...CREDENTIALS, baseUrl, timeoutMs: 10_000 })),
      challengePerCall: clientRunner(
        createAtlasClient({ auth: challengePerCallAuth(CREDENTIALS), baseUrl, timeoutMs: 10_000 }),
      ),
    };
    runs = await alternate(sandbox, runners, plan);
  } finally {
    await closeQuietly(sandbox);
  }
  const noNetwork = await measureNoNetwork(createAtlasClient, {
    calls: Math.max(200, config.sequentialDeletes * 2),
    rounds: Math.max(3, config.rounds),
  });
  const figures = throughputFigures(runs, config);
  figures.push(
    figure({
      id: "throughput.noNetwork.ours.cpuPerCall",
      section: "throughput",
      label: "mms-invites: client CPU per call with a no-op transport (no network, no server)",
      value: noNetwork.client,
      unit: "µs",
      note: `median of ${noNetwork.rounds} rounds of ${noNetwork.calls} calls; the 401 challenge once, then 204s`,
    }),
    figure({
      id: "throughput.noNetwork.raw.cpuPerCall",
      section: "throughput",
      label: "raw baseline: CPU per call to build its Request, same no-op transport",
      value: noNetwork.baseline,
      unit: "µs",
    }),
  );
  return { figures, details: { runs, noNetwork } };
}

function throughputFigures(runs: readonly ThroughputRun[], config: BenchConfig["throughput"]): Figure[] {
  const figures: Figure[] = [];
  const of = (mode: Mode, client: Client) => runs.filter((run) => run.mode === mode && run.client === client);
  const failures = runs.reduce((sum, run) => sum + run.failed, 0);
  for (const mode of ["sequential", "concurrent"] as const) {
    const modeLabel = mode === "sequential" ? "sequential" : `concurrency ${config.concurrency}`;
    for (const [client, base] of [
      ["ours", "raw"],
      ["ours", "rawSignal"],
      ["rawSignal", "raw"],
      ["challengePerCall", "raw"],
    ] as const) {
      const paired = pairedRatios(runs, mode, client, base);
      const target = client === "ours" && base === "raw";
      figures.push(
        figure({
          id: `throughput.${mode}.${client}.ratioTo${base === "raw" ? "Raw" : "RawSignal"}`,
          section: "throughput",
          label: `${THROUGHPUT_CLIENTS[client]} / ${THROUGHPUT_CLIENTS[base]}, deletes per second, ${modeLabel}`,
          value: median(paired),
          unit: "×",
          ratio: true,
          ...(target ? { target: { op: ">=" as const, value: 0.8 } } : {}),
          note: `median of ${paired.length} paired rounds (min ${fmt(Math.min(...paired))}, max ${fmt(Math.max(...paired))})`,
        }),
      );
    }
    for (const client of Object.keys(THROUGHPUT_CLIENTS) as Client[]) {
      const mine = of(mode, client);
      figures.push(
        figure({
          id: `throughput.${mode}.${client}.deletesPerSecond`,
          section: "throughput",
          label: `${THROUGHPUT_CLIENTS[client]}: deletes per second, ${modeLabel}`,
          value: median(mine.map(rate)),
          unit: "/s",
          note: `median of ${mine.length} runs of ${mine[0]?.deletes ?? 0}`,
        }),
        figure({
          id: `throughput.${mode}.${client}.cpuPerDelete`,
          section: "throughput",
          label: `${THROUGHPUT_CLIENTS[client]}: client CPU per delete, ${modeLabel}`,
          value: median(mine.map((run) => (run.cpuMs / run.deletes) * 1000)),
          unit: "µs",
          note: `sandbox CPU per delete meanwhile: ${fmt(median(mine.map((run) => run.serverCpuPerDeleteUs)), 0)} µs`,
        }),
      );
    }
    figures.push(
      figure({
        id: `throughput.${mode}.ours.requestsPerDelete`,
        section: "throughput",
        label: `mms-invites: requests per delete at the sandbox, ${modeLabel}`,
        value: median(of(mode, "ours").map((run) => run.requestsPerDelete)),
        unit: "",
        ratio: true,
      }),
    );
  }
  figures.push(
    figure({
      id: "throughput.failedDeletes",
      section: "throughput",
      label: "deletes that did not end in 204, all throughput runs",
      value: failures,
      unit: "",
      target: { op: "<=", value: 0 },
    }),
  );
  return figures;
}

function fmt(value: number, digits = 2): string {
  return Number.isFinite(value) ? value.toFixed(digits) : "n/a";
}

async function closeQuietly(sandbox: SandboxProcess): Promise<void> {
  try {
    await sandbox.close();
  } catch {
    // The child is already gone; nothing to release.
  }
}

/**
 * Section 2: throughput against the sandbox, sequential and concurrent, our client against a raw `fetch` that sends
 * ready-made valid `Authorization` headers (and, for scale, a challenge-per-call client).
 *
 * The sandbox runs in a child process, so `process.cpuUsage()` here is the client's CPU time alone. Runs alternate
 * between clients in the same process against the same server, in an order rotated every round, and each figure is
 * a median over rounds; the ratio to raw is the median of each round's paired ratio, so a load change on the
 * machine between rounds affects both sides of a ratio alike.
 *
 * The raw baseline: the sandbox refuses a replayed `nc`, so a header cannot be reused. Before each timed run the
 * baseline fetches one challenge and computes one header per delete under that nonce with `nc` 1, 2, 3, … (outside
 * the timer); the timed loop then only sends `fetch(url, { method: "DELETE", headers: { authorization } })` and reads
 * the answer. That is the cheapest client the server accepts: one request per delete and no work but HTTP.
 */
import { createAtlasClient } from "../src/clients.ts";
import type { BenchConfig } from "./config.ts";
import { atlasDeleteTarget, challengePerCallAuth, precomputedAuthorizations } from "./digest-clients.ts";
import { median, type TimedRun, timedRun } from "./measure.ts";
import { type Figure, figure } from "./report.ts";
import {
  BENCH_GROUP_ID,
  BENCH_PRIVATE_KEY,
  BENCH_PUBLIC_KEY,
  invitationId,
  type SandboxProcess,
  startSandboxProcess,
} from "./sandbox-process.ts";

const CREDENTIALS = { publicKey: BENCH_PUBLIC_KEY, privateKey: BENCH_PRIVATE_KEY };

export const THROUGHPUT_CLIENTS = {
  raw: "raw fetch, precomputed header",
  ours: "mms-invites",
  challengePerCall: "challenge per call (Go SDK style)",
} as const;
type Client = keyof typeof THROUGHPUT_CLIENTS;
type Mode = "sequential" | "concurrent";

/** One timed run. */
export interface ThroughputRun extends TimedRun {
  readonly round: number;
  readonly mode: Mode;
  readonly client: Client;
  readonly deletes: number;
  /** Requests the sandbox answered during the run, per delete. */
  readonly requestsPerDelete: number;
}

export async function measureThroughput(
  config: BenchConfig["throughput"],
): Promise<{ figures: Figure[]; details: { runs: ThroughputRun[]; sandboxPid: number } }> {
  const clients = Object.keys(THROUGHPUT_CLIENTS) as Client[];
  const perRound = clients.length * (config.sequentialDeletes + config.concurrentDeletes);
  const sandbox = await startSandboxProcess({
    invitations: config.rounds * perRound + clients.length * config.warmup,
  });
  let cursor = 0;
  const take = (count: number): number => {
    const from = cursor;
    cursor += count;
    return from;
  };

  const runs: ThroughputRun[] = [];
  try {
    const baseUrl = sandbox.url;
    const ours = createAtlasClient({ ...CREDENTIALS, baseUrl, timeoutMs: 10_000 });
    const perCall = createAtlasClient({ auth: challengePerCallAuth(CREDENTIALS), baseUrl, timeoutMs: 10_000 });
    const runners: Record<Client, (from: number, count: number, concurrency: number) => Promise<TimedRun>> = {
      raw: (from, count, concurrency) => rawRun(baseUrl, from, count, concurrency),
      ours: (from, count, concurrency) =>
        timedRun(count, concurrency, async (index) => {
          const call = { groupId: BENCH_GROUP_ID, invitationId: invitationId(from + index) };
          return (await ours.deleteProjectInvitation(call)).status === 204;
        }),
      challengePerCall: (from, count, concurrency) =>
        timedRun(count, concurrency, async (index) => {
          const call = { groupId: BENCH_GROUP_ID, invitationId: invitationId(from + index) };
          return (await perCall.deleteProjectInvitation(call)).status === 204;
        }),
    };

    for (const client of clients) {
      const warm = await runners[client](take(config.warmup), config.warmup, 1);
      if (warm.failed > 0) throw new Error(`${client}: ${warm.failed} of ${config.warmup} warm-up deletes failed`);
    }
    for (let round = 0; round < config.rounds; round++) {
      const order = clients.map((_, i) => clients[(i + round) % clients.length] as Client);
      for (const [mode, deletes, concurrency] of [
        ["sequential", config.sequentialDeletes, 1],
        ["concurrent", config.concurrentDeletes, config.concurrency],
      ] as const) {
        for (const client of order) {
          const before = (await sandbox.stats()).stats.requests;
          const run = await runners[client](take(deletes), deletes, concurrency);
          const after = (await sandbox.stats()).stats.requests;
          runs.push({
            round,
            mode,
            client,
            deletes,
            wallMs: run.wallMs,
            cpuMs: run.cpuMs,
            ok: run.ok,
            failed: run.failed,
            requestsPerDelete: (after - before - (client === "raw" ? 1 : 0)) / deletes,
          });
        }
      }
    }
    return { figures: throughputFigures(runs, config), details: { runs, sandboxPid: sandbox.pid } };
  } finally {
    await closeQuietly(sandbox);
  }
}

/** The raw baseline's run: challenge and headers first (untimed), then only the requests. */
async function rawRun(baseUrl: string, from: number, count: number, concurrency: number): Promise<TimedRun> {
  const targets = Array.from({ length: count }, (_, index) =>
    atlasDeleteTarget(BENCH_GROUP_ID, invitationId(from + index)),
  );
  const urls = targets.map((target) => `${baseUrl}${target}`);
  const challenge = await fetch(urls[0] ?? baseUrl, { method: "DELETE", signal: AbortSignal.timeout(10_000) });
  await challenge.arrayBuffer();
  const header = challenge.headers.get("www-authenticate");
  if (challenge.status !== 401 || header === null)
    throw new Error(`raw: expected a challenge, got ${challenge.status}`);
  const authorizations = precomputedAuthorizations(header, CREDENTIALS, "DELETE", targets);
  // No signal and no timer per request: either would be work the baseline does and a minimal client need not.
  // Node's fetch still bounds each request (undici's 300 s headers and body timeouts).
  return timedRun(count, concurrency, async (index) => {
    const response = await fetch(urls[index] as string, {
      method: "DELETE",
      headers: { authorization: authorizations[index] as string },
    });
    await response.arrayBuffer();
    return response.status === 204;
  });
}

function throughputFigures(runs: readonly ThroughputRun[], config: BenchConfig["throughput"]): Figure[] {
  const figures: Figure[] = [];
  const of = (mode: Mode, client: Client) => runs.filter((run) => run.mode === mode && run.client === client);
  const rate = (run: ThroughputRun) => (run.deletes / run.wallMs) * 1000;
  const failures = runs.reduce((sum, run) => sum + run.failed, 0);
  for (const mode of ["sequential", "concurrent"] as const) {
    const modeLabel = mode === "sequential" ? "sequential" : `concurrency ${config.concurrency}`;
    const raw = of(mode, "raw");
    for (const client of ["ours", "challengePerCall"] as const) {
      const mine = of(mode, client);
      const paired = mine.flatMap((run) => {
        const base = raw.find((r) => r.round === run.round);
        return base === undefined ? [] : [rate(run) / rate(base)];
      });
      figures.push(
        figure({
          id: `throughput.${mode}.${client}.ratioToRaw`,
          section: "throughput",
          label: `${THROUGHPUT_CLIENTS[client]} / raw fetch, deletes per second, ${modeLabel}`,
          value: median(paired),
          unit: "×",
          ratio: true,
          ...(client === "ours" ? { target: { op: ">=" as const, value: 0.8 } } : {}),
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

function fmt(value: number): string {
  return Number.isFinite(value) ? value.toFixed(2) : "n/a";
}

async function closeQuietly(sandbox: SandboxProcess): Promise<void> {
  try {
    await sandbox.close();
  } catch {
    // The child is already gone; nothing to release.
  }
}

/**
 * Section 2: what the client costs on top of the wire. Deletes per second against the sandbox, sequential and at
 * concurrency N, our client against a raw `fetch` that sends ready-made valid `Authorization` headers (and, for
 * scale, the same raw fetch with a per-request timeout signal); the same with the sandbox in this process; a list
 * of 100 invitations, parsing included, against raw `fetch` + `JSON.parse`; and the client's CPU per call with the
 * network taken out (overhead.ts).
 *
 * With the sandbox in a child process, `process.cpuUsage()` here is the client's CPU time alone (the sandbox's is
 * read in its process and shown beside it). Runs alternate between clients against the same server, in an order
 * rotated every round; each figure is a median over rounds, and a ratio is the median of each round's paired
 * ratio, so a change of load on the machine between rounds affects both sides of a ratio alike.
 *
 * The raw baseline: the sandbox refuses a replayed `nc`, so a header cannot be reused. Before each timed run the
 * baseline fetches one challenge and computes one header per request under that nonce with `nc` 1, 2, 3, …
 * (outside the timer); the timed loop then only sends `fetch(url, { method, headers: { authorization } })` and
 * reads the answer: one request per call and no work but HTTP, the cheapest client the server accepts.
 */
import { type AtlasClient, createAtlasClient } from "../src/clients.ts";
import { startSandbox } from "../src/sandbox/index.ts";
import type { BenchConfig } from "./config.ts";
import { atlasDeleteTarget, precomputedAuthorizations } from "./digest-clients.ts";
import { median, type TimedRun, timedRun } from "./measure.ts";
import { measureNoNetwork } from "./overhead.ts";
import { type Figure, figure } from "./report.ts";
import {
  BENCH_GROUP_ID,
  BENCH_PRIVATE_KEY,
  BENCH_PUBLIC_KEY,
  benchSeed,
  invitationId,
  LIST_GROUP_ID,
  type SandboxProcess,
  startSandboxProcess,
} from "./sandbox-process.ts";

export const CREDENTIALS = { publicKey: BENCH_PUBLIC_KEY, privateKey: BENCH_PRIVATE_KEY };

const CLIENTS = {
  raw: "raw fetch, precomputed header",
  rawSignal: "raw fetch, precomputed header, timeout signal",
  ours: "mms-invites",
} as const;
type Client = keyof typeof CLIENTS;
export type Mode = "sequential" | "concurrent" | "list";

/** Runs calls `from … from+count-1` at `concurrency` and times exactly that; a call is a delete, or a list. */
export type Runner = (from: number, count: number, concurrency: number) => Promise<TimedRun>;

/** One timed run. */
export interface ThroughputRun extends TimedRun {
  readonly round: number;
  readonly mode: Mode;
  readonly client: string;
  readonly calls: number;
  /** Requests the server answered during the run, per call (the raw baseline's untimed challenge excluded). */
  readonly requestsPerCall: number;
  /** The sandbox process's CPU time during the run, per call, in µs (0 with the sandbox in this process). */
  readonly serverCpuPerCallUs: number;
}

/** What a server gives the alternating runs: its request count and CPU time so far. */
interface Counted {
  stats(): Promise<{ stats: { requests: number }; cpuUs: number }>;
}

/** Raw `fetch` with precomputed headers: a delete per call, or (list) a GET of the list project parsed as JSON. */
export function rawRunner(baseUrl: string, withSignal: boolean, list = false): Runner {
  return async (from, count, concurrency) => {
    const method = list ? "GET" : "DELETE";
    const targets = Array.from({ length: count }, (_, index) =>
      list
        ? `/api/atlas/v1.0/groups/${LIST_GROUP_ID}/invites`
        : atlasDeleteTarget(BENCH_GROUP_ID, invitationId(from + index)),
    );
    const urls = targets.map((target) => `${baseUrl}${target}`);
    const challenge = await fetch(urls[0] ?? baseUrl, { method, signal: AbortSignal.timeout(10_000) });
    await challenge.arrayBuffer();
    const header = challenge.headers.get("www-authenticate");
    if (challenge.status !== 401 || header === null) {
      throw new Error(`raw: expected a challenge, got ${challenge.status}`);
    }
    const authorizations = precomputedAuthorizations(header, CREDENTIALS, method, targets);
    // Without `withSignal`, no signal and no timer per request: either is work a minimal client need not do.
    // Node's fetch still bounds each request (undici's 300 s headers and body timeouts).
    return timedRun(count, concurrency, async (index) => {
      const response = await fetch(urls[index] as string, {
        method,
        headers: { authorization: authorizations[index] as string },
        ...(withSignal ? { signal: AbortSignal.timeout(30_000) } : {}),
      });
      if (!list) {
        await response.arrayBuffer();
        return response.status === 204;
      }
      const body: unknown = JSON.parse(await response.text());
      return response.status === 200 && Array.isArray(body);
    });
  };
}

/** Deletes through a client's `deleteProjectInvitation`, or lists through its `listProjectInvitations`. */
export function clientRunner(
  client: Pick<AtlasClient, "deleteProjectInvitation" | "listProjectInvitations">,
  list = false,
): Runner {
  return (from, count, concurrency) =>
    timedRun(count, concurrency, async (index) => {
      if (list) return Array.isArray((await client.listProjectInvitations({ groupId: LIST_GROUP_ID })).data);
      const call = { groupId: BENCH_GROUP_ID, invitationId: invitationId(from + index) };
      return (await client.deleteProjectInvitation(call)).status === 204;
    });
}

/** How many calls each mode runs per client and round. */
export interface Plan {
  readonly rounds: number;
  readonly warmup: number;
  readonly modes: readonly { readonly mode: Mode; readonly calls: number; readonly concurrency: number }[];
}

/** Invitations a plan deletes: enough to seed the sandbox with. */
export function invitationsFor(plan: Plan, clients: number): number {
  const perRound = plan.modes.reduce((sum, mode) => sum + (mode.mode === "list" ? 0 : mode.calls), 0);
  return clients * (plan.rounds * perRound + plan.warmup);
}

/**
 * Warms every runner up, then runs `plan.rounds` rounds; in each, every mode runs every client once, in an order
 * rotated by one each round. Each delete run deletes invitations no other run touches.
 */
export async function alternate(
  server: Counted,
  runners: Readonly<Record<string, Runner>>,
  plan: Plan,
  mode: (name: string, mode: Mode) => Runner | undefined = (name) => runners[name],
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
    for (const { mode: kind, calls, concurrency } of plan.modes) {
      for (const name of order) {
        const runner = mode(name, kind);
        if (runner === undefined) continue;
        const before = await server.stats();
        const run = await runner(kind === "list" ? 0 : take(calls), calls, concurrency);
        const after = await server.stats();
        const challenge = name.startsWith("raw") ? 1 : 0;
        runs.push({
          round,
          mode: kind,
          client: name,
          calls,
          wallMs: run.wallMs,
          cpuMs: run.cpuMs,
          ok: run.ok,
          failed: run.failed,
          requestsPerCall: (after.stats.requests - before.stats.requests - challenge) / calls,
          serverCpuPerCallUs: (after.cpuUs - before.cpuUs) / calls,
        });
      }
    }
  }
  return runs;
}

/** Calls per second of one run. */
export function rate(run: ThroughputRun): number {
  return (run.calls / run.wallMs) * 1000;
}

/** Each round's rate of `client` divided by `base`'s rate in the same round and mode. */
export function pairedRatios(runs: readonly ThroughputRun[], mode: Mode, client: string, base: string): number[] {
  return runs
    .filter((run) => run.mode === mode && run.client === client)
    .flatMap((run) => {
      const other = runs.find((r) => r.mode === mode && r.client === base && r.round === run.round);
      return other === undefined ? [] : [rate(run) / rate(other)];
    });
}

/** The runners of one server: raw, raw with a signal, ours; and, for the list mode, raw and ours. */
function runnersFor(baseUrl: string): { runners: Record<string, Runner>; lists: Record<string, Runner> } {
  const client = createAtlasClient({ ...CREDENTIALS, baseUrl, timeoutMs: 10_000 });
  return {
    runners: { raw: rawRunner(baseUrl, false), rawSignal: rawRunner(baseUrl, true), ours: clientRunner(client) },
    lists: { raw: rawRunner(baseUrl, false, true), ours: clientRunner(client, true) },
  };
}

export async function measureThroughput(
  config: BenchConfig["throughput"],
): Promise<{ figures: Figure[]; details: { runs: ThroughputRun[]; inProcess: ThroughputRun[]; noNetwork: unknown } }> {
  const modes = [
    { mode: "sequential", calls: config.sequentialDeletes, concurrency: 1 },
    { mode: "concurrent", calls: config.concurrentDeletes, concurrency: config.concurrency },
  ] as const;
  const plan: Plan = {
    rounds: config.rounds,
    warmup: config.warmup,
    modes: [...modes, { mode: "list", calls: config.lists, concurrency: 1 }],
  };
  const clients = Object.keys(CLIENTS).length;
  const sandbox = await startSandboxProcess({ invitations: invitationsFor(plan, clients), listed: 100 });
  let runs: ThroughputRun[];
  try {
    const { runners, lists } = runnersFor(sandbox.url);
    runs = await alternate(sandbox, runners, plan, (name, mode) => (mode === "list" ? lists[name] : runners[name]));
  } finally {
    await closeQuietly(sandbox);
  }
  // The same deletes with the sandbox in this process: client and server then share one event loop.
  const local: Plan = { rounds: config.rounds, warmup: config.warmup, modes };
  const server = await startSandbox({
    port: 0,
    seed: benchSeed(invitationsFor(local, clients)),
    rateLimit: { limit: 1_000_000_000, windowMs: 60_000 },
  });
  let inProcess: ThroughputRun[];
  try {
    const counted: Counted = { stats: async () => ({ stats: { requests: server.stats.requests }, cpuUs: 0 }) };
    inProcess = await alternate(counted, runnersFor(server.url).runners, local);
  } finally {
    await server.close();
  }
  const noNetwork = await measureNoNetwork(createAtlasClient, {
    calls: Math.max(200, config.sequentialDeletes * 2),
    rounds: Math.max(3, config.rounds),
  });
  const figures = [...throughputFigures(runs, inProcess, config), ...noNetworkFigures(noNetwork)];
  return { figures, details: { runs, inProcess, noNetwork } };
}

function throughputFigures(
  runs: readonly ThroughputRun[],
  inProcess: readonly ThroughputRun[],
  config: BenchConfig["throughput"],
): Figure[] {
  const figures: Figure[] = [];
  const ratio = (id: string, label: string, paired: number[], target: number | undefined, where: string): Figure =>
    figure({
      id,
      section: "throughput",
      label,
      value: median(paired),
      unit: "×",
      ratio: true,
      ...(target === undefined ? {} : { target: { op: ">=" as const, value: target } }),
      note: `${where}; median of ${paired.length} paired rounds (min ${fmt(Math.min(...paired))}, max ${fmt(Math.max(...paired))})`,
    });
  for (const mode of ["sequential", "concurrent"] as const) {
    const modeLabel = mode === "sequential" ? "sequential" : `concurrency ${config.concurrency}`;
    for (const [client, base] of [
      ["ours", "raw"],
      ["ours", "rawSignal"],
      ["rawSignal", "raw"],
    ] as const) {
      figures.push(
        ratio(
          `throughput.${mode}.${client}.ratioTo${base === "raw" ? "Raw" : "RawSignal"}`,
          `${CLIENTS[client]} / ${CLIENTS[base]}, deletes per second, ${modeLabel}`,
          pairedRatios(runs, mode, client, base),
          client === "ours" && base === "raw" ? 0.9 : undefined,
          "sandbox in another process",
        ),
      );
    }
    figures.push(
      ratio(
        `throughput.inProcess.${mode}.ours.ratioToRaw`,
        `${CLIENTS.ours} / ${CLIENTS.raw}, deletes per second, ${modeLabel}, sandbox in the same process`,
        pairedRatios(inProcess, mode, "ours", "raw"),
        0.85,
        "sandbox in this process",
      ),
    );
    for (const client of Object.keys(CLIENTS) as Client[]) {
      const mine = runs.filter((run) => run.mode === mode && run.client === client);
      figures.push(
        figure({
          id: `throughput.${mode}.${client}.deletesPerSecond`,
          section: "throughput",
          label: `${CLIENTS[client]}: deletes per second, ${modeLabel}`,
          value: median(mine.map(rate)),
          unit: "/s",
          note: `median of ${mine.length} runs of ${mine[0]?.calls ?? 0}`,
        }),
        figure({
          id: `throughput.${mode}.${client}.cpuPerDelete`,
          section: "throughput",
          label: `${CLIENTS[client]}: client CPU per delete, ${modeLabel}`,
          value: median(mine.map((run) => (run.cpuMs / run.calls) * 1000)),
          unit: "µs",
          note: `sandbox CPU per delete meanwhile: ${fmt(median(mine.map((run) => run.serverCpuPerCallUs)), 0)} µs`,
        }),
      );
    }
    figures.push(
      figure({
        id: `throughput.${mode}.ours.requestsPerDelete`,
        section: "throughput",
        label: `mms-invites: requests per delete at the sandbox, ${modeLabel}`,
        value: median(runs.filter((run) => run.mode === mode && run.client === "ours").map((r) => r.requestsPerCall)),
        unit: "",
        ratio: true,
        // The client renews its nonce after 1,000 uses: one challenge per 1,000 deletes.
        target: { op: "<=", value: 1.001 },
      }),
    );
  }
  figures.push(
    ratio(
      "throughput.list.ours.ratioToRaw",
      "mms-invites / raw fetch + JSON.parse, lists of 100 invitations per second, sequential",
      pairedRatios(runs, "list", "ours", "raw"),
      0.9,
      "sandbox in another process",
    ),
  );
  const failures = [...runs, ...inProcess].reduce((sum, run) => sum + run.failed, 0);
  figures.push(
    figure({
      id: "throughput.failedCalls",
      section: "throughput",
      label: "calls that did not end in 204 (a delete) or 200 with 100 invitations (a list), all runs",
      value: failures,
      unit: "",
      target: { op: "<=", value: 0 },
    }),
  );
  return figures;
}

function noNetworkFigures(noNetwork: Awaited<ReturnType<typeof measureNoNetwork>>): Figure[] {
  return [
    figure({
      id: "throughput.noNetwork.ours.cpuPerCall",
      section: "throughput",
      label: "mms-invites: client CPU per call with a no-op transport (no network, no server)",
      value: noNetwork.client,
      unit: "µs",
      target: { op: "<=", value: 15 },
      note: `median of ${noNetwork.rounds} rounds of ${noNetwork.calls} calls; the 401 challenge once, then 204s`,
    }),
    figure({
      id: "throughput.noNetwork.raw.cpuPerCall",
      section: "throughput",
      label: "raw baseline: CPU per call to build its Request, same no-op transport",
      value: noNetwork.baseline,
      unit: "µs",
    }),
  ];
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

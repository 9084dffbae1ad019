/**
 * How big each section's runs are: the full run the README's table comes from, and the smoke run that checks the
 * harness itself in seconds. Every count is bounded here, and every wait has a time limit.
 */

export interface BenchConfig {
  readonly mode: "full" | "smoke";
  readonly wire: {
    /** Deletes per scenario. */
    readonly deletes: number;
    readonly concurrency: number;
    /** The server expires each nonce after this many uses in the expiry scenarios. */
    readonly nonceUses: number;
  };
  readonly throughput: {
    /** Rounds of alternating runs; each round runs every client once per mode. */
    readonly rounds: number;
    readonly sequentialDeletes: number;
    readonly concurrentDeletes: number;
    readonly concurrency: number;
    /** Lists of the 100-invitation project per client and round. */
    readonly lists: number;
    /** Untimed deletes per client before the first round (JIT, connections, the first challenge). */
    readonly warmup: number;
  };
  readonly bulk: {
    readonly invitations: number;
    /** Requests per second the sandbox allows for the project, and the rate the CLI is told. */
    readonly ratePerSecond: number;
    readonly concurrency: number;
  };
  readonly startup: {
    readonly repeats: number;
    /** Build `dist/` (tsc) when it is missing or older than the sources; without it, a stale build is not timed. */
    readonly build: boolean;
  };
  readonly memory: {
    readonly deletes: number;
    readonly concurrency: number;
    readonly sampleEvery: number;
  };
  readonly prune: {
    /** Projects pruned at once, each with its own rate limit. */
    readonly projects: number;
    /** Pending invitations per project the prune's filter matches, and ones it must leave alone. */
    readonly matched: number;
    readonly unmatched: number;
    /** Requests per second the sandbox allows each project, and the `--rate` the CLI is told. */
    readonly ratePerSecond: number;
    /** Calls in flight per project. */
    readonly concurrency: number;
  };
  /** Limit on any one child process (CLI, contract suite, memory run), in ms. */
  readonly childTimeoutMs: number;
}

export const FULL: BenchConfig = {
  mode: "full",
  wire: { deletes: 1_000, concurrency: 32, nonceUses: 100 },
  throughput: {
    rounds: 13,
    sequentialDeletes: 1_000,
    concurrentDeletes: 4_000,
    concurrency: 32,
    lists: 300,
    warmup: 300,
  },
  bulk: { invitations: 2_000, ratePerSecond: 100, concurrency: 8 },
  startup: { repeats: 5, build: true },
  memory: { deletes: 100_000, concurrency: 32, sampleEvery: 10_000 },
  prune: { projects: 20, matched: 50, unmatched: 10, ratePerSecond: 10, concurrency: 4 },
  childTimeoutMs: 300_000,
};

export const SMOKE: BenchConfig = {
  mode: "smoke",
  wire: { deletes: 40, concurrency: 4, nonceUses: 10 },
  throughput: { rounds: 2, sequentialDeletes: 20, concurrentDeletes: 40, concurrency: 4, lists: 5, warmup: 5 },
  bulk: { invitations: 20, ratePerSecond: 20, concurrency: 2 },
  startup: { repeats: 1, build: false },
  memory: { deletes: 1_000, concurrency: 4, sampleEvery: 250 },
  prune: { projects: 2, matched: 5, unmatched: 2, ratePerSecond: 20, concurrency: 2 },
  childTimeoutMs: 60_000,
};

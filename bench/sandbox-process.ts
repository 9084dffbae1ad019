/**
 * The sandbox in a child process, driven over IPC. Throughput figures read `process.cpuUsage()` of the benchmark
 * process; a server in the same process (or in a worker thread, which shares the process) would add its own CPU
 * time and event-loop turns to the client's, so the server always runs in a process of its own.
 */
import { type ChildProcess, fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { SandboxSeed, SandboxStats } from "../src/sandbox/index.ts";

/** The key every benchmark authenticates with: Project Owner on {@link BENCH_GROUP_ID}. */
export const BENCH_PUBLIC_KEY = "benchkey";
/** The private key of {@link BENCH_PUBLIC_KEY}: a public sample value, safe to print. */
export const BENCH_PRIVATE_KEY = "00000000-0000-4000-8000-0000000000be";
/** The one project every benchmark deletes in, so one rate limit applies to all of them. */
export const BENCH_GROUP_ID = "be0000000000000000000001";

/** The id of the `index`th seeded invitation: 24 lower-case hex digits, readable as `bb…<index in hex>`. */
export function invitationId(index: number): string {
  return `bb${index.toString(16).padStart(22, "0")}`;
}

/** The project whose pending invitations the list figure reads (never deleted). */
export const LIST_GROUP_ID = "be0000000000000000000002";

/**
 * A seed of `count` pending invitations in {@link BENCH_GROUP_ID}, ids `invitationId(0 … count-1)`, and `listed`
 * more in {@link LIST_GROUP_ID}.
 */
export function benchSeed(count: number, listed = 0): SandboxSeed {
  const invitations = [];
  for (let index = 0; index < count; index++) invitations.push({ id: invitationId(index), groupId: BENCH_GROUP_ID });
  for (let index = 0; index < listed; index++) {
    invitations.push({ id: `cc${index.toString(16).padStart(22, "0")}`, groupId: LIST_GROUP_ID });
  }
  return {
    keys: [
      { publicKey: BENCH_PUBLIC_KEY, privateKey: BENCH_PRIVATE_KEY, projectOwner: [BENCH_GROUP_ID, LIST_GROUP_ID] },
    ],
    invitations,
  };
}

/** How the child starts its sandbox. */
export interface HostOptions {
  /** Pending invitations to seed, ids `invitationId(0 … invitations-1)`. */
  readonly invitations: number;
  /** Pending invitations in {@link LIST_GROUP_ID}, for the list figure. */
  readonly listed?: number;
  /** Rate limit per project; default: high enough never to apply. */
  readonly rateLimit?: { readonly limit: number; readonly windowMs: number };
  readonly nonceMaxUses?: number;
}

/** What the parent asks; each request carries an id that its answer echoes. */
export type HostRequest =
  | { readonly id: number; readonly type: "start"; readonly options: HostOptions }
  | { readonly id: number; readonly type: "stats" }
  | { readonly id: number; readonly type: "resetStats" }
  | { readonly id: number; readonly type: "states"; readonly from: number; readonly count: number }
  | { readonly id: number; readonly type: "close" };

/** Invitations by state over a range of seeded ids. */
export interface StateCounts {
  pending: number;
  deleted: number;
  other: number;
}

export type HostAnswer =
  | { readonly id: number; readonly type: "started"; readonly url: string }
  | {
      readonly id: number;
      readonly type: "stats";
      readonly stats: SandboxStats;
      readonly nonceCount: number;
      /** The server process's CPU time so far (user + system), in µs. */
      readonly cpuUs: number;
    }
  | { readonly id: number; readonly type: "states"; readonly counts: StateCounts }
  | { readonly id: number; readonly type: "done" }
  | { readonly id: number; readonly type: "error"; readonly message: string };

/** A sandbox running in a child process. */
export interface SandboxProcess {
  readonly url: string;
  /** The child's process id (for `ps`, never for killing by name). */
  readonly pid: number;
  stats(): Promise<{ stats: SandboxStats; nonceCount: number; cpuUs: number }>;
  resetStats(): Promise<void>;
  /** Counts the states of invitations `invitationId(from … from+count-1)`. */
  states(from: number, count: number): Promise<StateCounts>;
  close(): Promise<void>;
}

const HOST = fileURLToPath(new URL("./sandbox-host.ts", import.meta.url));
/** Effectively no rate limit: 1e9 requests per minute. */
const UNLIMITED = { limit: 1_000_000_000, windowMs: 60_000 };

/** Forks the sandbox host (through tsx) and starts a sandbox in it on 127.0.0.1, port 0. */
export async function startSandboxProcess(options: HostOptions): Promise<SandboxProcess> {
  const child = fork(HOST, [], {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const pending = new Map<number, { resolve: (answer: HostAnswer) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let exited = false;
  child.on("message", (message: HostAnswer) => {
    const waiter = pending.get(message.id);
    if (waiter === undefined) return;
    pending.delete(message.id);
    if (message.type === "error") waiter.reject(new Error(`sandbox host: ${message.message}`));
    else waiter.resolve(message);
  });
  child.on("exit", (code, signal) => {
    exited = true;
    for (const waiter of pending.values()) waiter.reject(new Error(`sandbox host exited (${code ?? signal})`));
    pending.clear();
  });

  const ask = (request: DistributiveOmit<HostRequest, "id">): Promise<HostAnswer> =>
    new Promise((resolve, reject) => {
      if (exited) {
        reject(new Error("sandbox host has exited"));
        return;
      }
      const id = nextId++;
      pending.set(id, { resolve, reject });
      child.send({ ...request, id });
    });

  let started: HostAnswer;
  try {
    started = await ask({ type: "start", options: { rateLimit: UNLIMITED, ...options } });
  } catch (error) {
    stop(child);
    throw error;
  }
  if (started.type !== "started") throw new Error(`sandbox host answered ${started.type}`);
  return {
    url: started.url,
    pid: child.pid ?? -1,
    async stats() {
      const answer = await ask({ type: "stats" });
      if (answer.type !== "stats") throw new Error(`sandbox host answered ${answer.type}`);
      return { stats: answer.stats, nonceCount: answer.nonceCount, cpuUs: answer.cpuUs };
    },
    async resetStats() {
      await ask({ type: "resetStats" });
    },
    async states(from, count) {
      const answer = await ask({ type: "states", from, count });
      if (answer.type !== "states") throw new Error(`sandbox host answered ${answer.type}`);
      return answer.counts;
    },
    async close() {
      if (exited) return;
      const gone = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      await ask({ type: "close" }).catch(() => undefined);
      const timer = setTimeout(() => stop(child), 5_000);
      await gone;
      clearTimeout(timer);
    },
  };
}

function stop(child: ChildProcess): void {
  if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * Load and consistency of the sandbox under the real client: 10,000 deletes from 64 client instances at once,
 * across thousands of invitations, some ids requested twice (sometimes at the same moment). No timing is asserted;
 * what must hold is that nothing crashes, memory stays flat, every invitation is answered 204 exactly once and "gone"
 * ever after, and rate limits let exactly their limit through.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterEach, describe, expect, it } from "vitest";
import { type ApiError, createAtlasClient, createOpsManagerClient, isApiError } from "../../src/index.ts";
import { type Sandbox, type SandboxInvitation, type SandboxSeed, startSandbox } from "../../src/sandbox/index.ts";
import { seededRandom } from "../support/random.ts";

const KEY = { publicKey: "loadkey1", privateKey: "5e1f0c2a-9b8d-4e7f-a6c5-0d1e2f3a4b5c" };

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

/** A readable 24-hex-digit id: a 4-digit prefix naming its kind, then a counter. */
const id = (prefix: string, n: number) => `${prefix}${n.toString(16).padStart(20, "0")}`;

function shuffle<T>(items: T[], next: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

/** Runs V8's garbage collector; the flag is set at run time, so the test needs no special Node options. */
function collectGarbage(): void {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
}

type Target = "atlas" | "opsManager";
interface Job {
  readonly target: Target;
  readonly scope: string;
  readonly invitationId: string;
}
/** `gone`: the target's answer to a missing invitation (Atlas 400 INVALID_INVITATION_ID, Ops Manager 404). */
type Outcome = 204 | "gone" | string;

function clientsFor(url: string, count: number, retry: false | { retries: number } = false) {
  return Array.from({ length: count }, (_, index) =>
    index % 2 === 0
      ? { target: "atlas" as const, client: createAtlasClient({ baseUrl: url, ...KEY, retry }) }
      : { target: "opsManager" as const, client: createOpsManagerClient({ baseUrl: url, ...KEY, retry }) },
  );
}

async function send(
  entry: ReturnType<typeof clientsFor>[number],
  job: Job,
): Promise<{ outcome: Outcome; error?: ApiError }> {
  try {
    if (entry.target === "atlas" && "deleteProjectInvitation" in entry.client) {
      await entry.client.deleteProjectInvitation({ groupId: job.scope, invitationId: job.invitationId });
    } else if ("deleteOrganizationInvitation" in entry.client) {
      await entry.client.deleteOrganizationInvitation({ orgId: job.scope, invitationId: job.invitationId });
    }
    return { outcome: 204 };
  } catch (error) {
    if (
      isApiError(error) &&
      ((error.status === 400 && error.errorCode === "INVALID_INVITATION_ID") ||
        (error.status === 404 && error.errorCode === "RESOURCE_NOT_FOUND"))
    )
      return { outcome: "gone" };
    if (isApiError(error)) return { outcome: `${error.status} ${error.errorCode}`, error };
    return { outcome: String(error) };
  }
}

describe("sandbox under load", () => {
  it("answers 10,000 deletes from 64 clients: each invitation 204 exactly once, then gone, memory flat", {
    timeout: 120_000,
  }, async () => {
    const next = seededRandom(8);
    const scopes = {
      atlas: Array.from({ length: 16 }, (_, n) => id("a0a0", n)),
      opsManager: Array.from({ length: 16 }, (_, n) => id("b0b0", n)),
    };
    const pending: Job[] = [];
    const accepted: Job[] = [];
    const invitations: SandboxInvitation[] = [];
    for (let n = 0; n < 8000; n++) {
      const target: Target = n % 2 === 0 ? "atlas" : "opsManager";
      const scope = scopes[target][n % 16] ?? "";
      const isAccepted = n % 80 === 1;
      const invitationId = id(isAccepted ? "acce" : "c0de", n);
      (isAccepted ? accepted : pending).push({ target, scope, invitationId });
      invitations.push({
        id: invitationId,
        ...(target === "atlas" ? { groupId: scope } : { orgId: scope }),
        state: isAccepted ? "accepted" : "pending",
      });
    }
    const seed: SandboxSeed = {
      keys: [{ ...KEY, projectOwner: scopes.atlas, orgUserAdmin: scopes.opsManager }],
      invitations,
    };
    sandbox = await startSandbox({ seed, rateLimit: { limit: 1_000_000, windowMs: 60_000 } });

    // 8,000 first requests plus 2,000 repeats of pending ids: half right after the first (often in flight at the
    // same time, on another client), half anywhere later.
    const jobs = shuffle([...pending, ...accepted], next);
    for (let repeat = 0; repeat < 2000; repeat++) {
      const job = pending[Math.floor(next() * pending.length)] as Job;
      const at = repeat % 2 === 0 ? jobs.indexOf(job) + 1 : Math.floor(next() * jobs.length);
      jobs.splice(at, 0, job);
    }
    expect(jobs).toHaveLength(10_000);

    const clients = clientsFor(sandbox.url, 64);
    const queues: Record<Target, Job[]> = {
      atlas: jobs.filter((job) => job.target === "atlas"),
      opsManager: jobs.filter((job) => job.target === "opsManager"),
    };
    const taken: Record<Target, number> = { atlas: 0, opsManager: 0 };
    const outcomes = new Map<string, Outcome[]>();
    const unexpected: string[] = [];
    const heap: number[] = [];
    let done = 0;
    collectGarbage();
    heap.push(process.memoryUsage().heapUsed);

    await Promise.all(
      clients.map(async (entry) => {
        const queue = queues[entry.target];
        while (taken[entry.target] < queue.length) {
          const job = queue[taken[entry.target]++] as Job;
          const { outcome } = await send(entry, job);
          if (outcome !== 204 && outcome !== "gone") unexpected.push(`${job.invitationId}: ${outcome}`);
          const list = outcomes.get(job.invitationId);
          if (list === undefined) outcomes.set(job.invitationId, [outcome]);
          else list.push(outcome);
          done++;
          if (done % 2000 === 0) {
            collectGarbage();
            heap.push(process.memoryUsage().heapUsed);
          }
        }
      }),
    );

    expect(unexpected).toEqual([]);
    expect(done).toBe(10_000);
    const wrong: string[] = [];
    for (const job of pending) {
      const list = outcomes.get(job.invitationId) ?? [];
      const created = list.filter((outcome) => outcome === 204).length;
      const state = sandbox.invitationState(job.invitationId);
      if (created !== 1 || state !== "deleted") wrong.push(`${job.invitationId}: ${list.join(",")} ${state}`);
    }
    for (const job of accepted) {
      const list = outcomes.get(job.invitationId) ?? [];
      const state = sandbox.invitationState(job.invitationId);
      if (list.join() !== "gone" || state !== "accepted") wrong.push(`${job.invitationId}: ${list.join(",")} ${state}`);
    }
    expect(wrong).toEqual([]);
    // Afterwards, every deleted invitation is gone: a sample, asked again by every client.
    const again = await Promise.all(
      pending.slice(0, 640).map((job, index) => {
        const entry = clients.filter((candidate) => candidate.target === job.target)[index % 32];
        return entry === undefined ? Promise.resolve({ outcome: "no client" }) : send(entry, job);
      }),
    );
    expect(new Set(again.map((result) => result.outcome))).toEqual(new Set(["gone"]));

    // Nothing crashed: only challenges (one per client: every later call reused its nonce), 204s and the two targets' answers to a missing invitation.
    const { byStatus, requests } = sandbox.stats;
    expect(Object.keys(byStatus).sort()).toEqual(["204", "400", "401", "404"]);
    expect(byStatus[401]).toBe(64);
    expect(byStatus[204]).toBe(pending.length);
    expect(requests).toBe(10_000 + 640 + 64);
    // Memory stays flat: samples are taken after a full collection, every 2,000 deletes. After warm-up the live
    // heap may grow by the test's own bookkeeping (a few MB here); 2 KB kept per delete would already break the bound.
    const warm = heap[1] ?? 0;
    const peak = Math.max(...heap.slice(1));
    expect(heap).toHaveLength(6);
    expect(peak - warm).toBeLessThan(16 * 1024 * 1024);
    expect(sandbox.nonceCount).toBeLessThanOrEqual(64);
  });
});

describe("sandbox rate limits under concurrency", () => {
  it("lets exactly the limit through per project and per organization in each window, from 64 clients", async () => {
    let now = 1_000_000;
    const group = id("a1a1", 1);
    const org = id("b1b1", 1);
    const invitations: SandboxInvitation[] = [];
    for (let n = 0; n < 256; n++) {
      invitations.push({ id: id("1111", n), groupId: group }, { id: id("2222", n), orgId: org });
    }
    sandbox = await startSandbox({
      seed: { keys: [{ ...KEY, projectOwner: [group], orgUserAdmin: [org] }], invitations },
      rateLimit: { limit: 25, windowMs: 1000 },
      clock: () => now,
    });
    const clients = clientsFor(sandbox.url, 64);
    const used: Record<Target, number> = { atlas: 0, opsManager: 0 };

    async function burst(): Promise<Outcome[][]> {
      // Every client sends two deletes at once: 64 Atlas and 64 Ops Manager requests in flight together.
      const results = await Promise.all(
        clients.flatMap((entry) =>
          [0, 1].map(() => {
            const n = used[entry.target]++;
            const job: Job =
              entry.target === "atlas"
                ? { target: "atlas", scope: group, invitationId: id("1111", n) }
                : { target: "opsManager", scope: org, invitationId: id("2222", n) };
            return send(entry, job).then((result) => ({ ...result, target: entry.target }));
          }),
        ),
      );
      for (const result of results) {
        if (result.outcome === 204) continue;
        expect(result.outcome).toBe("429 RATE_LIMITED");
        expect(result.error?.retryAfter).toBe(1);
      }
      return (["atlas", "opsManager"] as const).map((target) =>
        results.filter((result) => result.target === target).map((result) => result.outcome),
      );
    }

    for (let window = 0; window < 3; window++) {
      const [atlas = [], opsManager = []] = await burst();
      expect(atlas.filter((outcome) => outcome === 204)).toHaveLength(25);
      expect(opsManager.filter((outcome) => outcome === 204)).toHaveLength(25);
      expect(atlas.filter((outcome) => outcome !== 204)).toHaveLength(64 - 25);
      now += 1000;
    }
    const deleted = invitations.filter((invitation) => sandbox?.invitationState(invitation.id) === "deleted");
    expect(deleted).toHaveLength(3 * 2 * 25);
  });
});

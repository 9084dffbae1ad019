/**
 * Child-process entry of `sandbox-process.ts`: runs one sandbox and answers the parent's IPC requests.
 * Started with `fork(…, { execArgv: ["--import", "tsx"] })`; exits when asked to close or when the parent goes.
 */
import { type Sandbox, startSandbox } from "../src/sandbox/index.ts";
import { benchSeed, type HostAnswer, type HostRequest, invitationId, type StateCounts } from "./sandbox-process.ts";

let sandbox: Sandbox | undefined;

function answer(message: HostAnswer): void {
  process.send?.(message);
}

async function handle(request: HostRequest): Promise<HostAnswer> {
  switch (request.type) {
    case "start": {
      if (sandbox !== undefined) throw new Error("already started");
      const { invitations, listed, rateLimit, nonceMaxUses } = request.options;
      sandbox = await startSandbox({
        port: 0,
        seed: benchSeed(invitations, listed),
        ...(rateLimit === undefined ? {} : { rateLimit: { limit: rateLimit.limit, windowMs: rateLimit.windowMs } }),
        ...(nonceMaxUses === undefined ? {} : { nonceMaxUses }),
      });
      return { id: request.id, type: "started", url: sandbox.url };
    }
    case "stats": {
      const cpu = process.cpuUsage();
      return {
        id: request.id,
        type: "stats",
        stats: { requests: running().stats.requests, byStatus: { ...running().stats.byStatus } },
        nonceCount: running().nonceCount,
        cpuUs: cpu.user + cpu.system,
      };
    }
    case "resetStats":
      running().resetStats();
      return { id: request.id, type: "done" };
    case "states": {
      const counts: StateCounts = { pending: 0, deleted: 0, other: 0 };
      for (let index = request.from; index < request.from + request.count; index++) {
        const state = running().invitationState(invitationId(index));
        if (state === "pending") counts.pending++;
        else if (state === "deleted") counts.deleted++;
        else counts.other++;
      }
      return { id: request.id, type: "states", counts };
    }
    case "close":
      await sandbox?.close();
      sandbox = undefined;
      return { id: request.id, type: "done" };
  }
}

function running(): Sandbox {
  if (sandbox === undefined) throw new Error("not started");
  return sandbox;
}

process.on("message", (request: HostRequest) => {
  handle(request).then(
    (message) => {
      answer(message);
      if (request.type === "close") process.disconnect();
    },
    (error: unknown) => answer({ id: request.id, type: "error", message: String(error) }),
  );
});
// The parent went away (crashed, interrupted): do not outlive it.
process.on("disconnect", () => {
  void (sandbox?.close() ?? Promise.resolve()).finally(() => process.exit(0));
});

/**
 * The bulk runner behind `mms-invites delete`, driven with a deleteOne of our own that fails the way the client does.
 */
import { Writable } from "node:stream";
import { describe, expect, it, vi } from "vitest";
import { ATLAS_PATH_TEMPLATE } from "../../test/support/samples.ts";
import { ApiError, AuthenticationError, NetworkError } from "../errors.ts";
import { runBulk } from "./bulk.ts";
import { Pacer } from "./pacer.ts";
import { startProgress } from "./progress.ts";

function ids(count: number): string[] {
  return Array.from({ length: count }, (_, i) => i.toString(16).padStart(24, "0"));
}

function rateLimited(retryAfter: number): ApiError {
  return new ApiError({
    method: "DELETE",
    path: ATLAS_PATH_TEMPLATE,
    status: 429,
    errorCode: "RATE_LIMITED",
    retryAfter,
  });
}

describe("runBulk", () => {
  it("under a rate, never lets more than n sends into any window, even when calls are instant", async () => {
    // A fake clock: the time a send is seen here is the time the pacer recorded it, however busy the machine is.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
    try {
      const sent: number[] = [];
      const rate = { limit: 5, windowMs: 200 };
      const running = runBulk({
        ids: ids(16),
        concurrency: 8,
        rate,
        deleteOne: async () => {
          sent.push(performance.now());
        },
      });
      await vi.runAllTimersAsync();
      const run = await running;
      expect(run.results.every((result) => result.outcome === "deleted")).toBe(true);
      expect(sent).toHaveLength(16);
      for (let i = 0; i + rate.limit < sent.length; i++) {
        expect((sent[i + rate.limit] ?? 0) - (sent[i] ?? 0)).toBeGreaterThanOrEqual(rate.windowMs);
      }
    } finally {
      vi.useRealTimers();
    }
  });

  it("gives up on an id after its rate-limited answers run out, and keeps deleting the others", async () => {
    const calls = new Map<string, number>();
    const [stubborn = ""] = ids(1);
    const run = await runBulk({
      ids: ids(3),
      concurrency: 2,
      maxRateLimitWaits: 2,
      deleteOne: async (id) => {
        calls.set(id, (calls.get(id) ?? 0) + 1);
        if (id === stubborn) throw rateLimited(0.01);
      },
    });
    expect(calls.get(stubborn)).toBe(3);
    expect(run.rateLimited).toBe(3);
    expect(run.results[0]).toMatchObject({
      outcome: "failed",
      status: 429,
      errorCode: "RATE_LIMITED",
      message: "still 429 RATE_LIMITED after 2 waits",
      attempts: 3,
    });
    expect(run.results.slice(1).map((result) => result.outcome)).toEqual(["deleted", "deleted"]);
  });

  it("waits out a 503 the same way and sends the id again", async () => {
    let calls = 0;
    const run = await runBulk({
      ids: ids(1),
      concurrency: 1,
      deleteOne: async () => {
        calls += 1;
        if (calls === 1) {
          throw new ApiError({
            method: "DELETE",
            path: ATLAS_PATH_TEMPLATE,
            status: 503,
            errorCode: "UNAVAILABLE",
            retryAfter: 0.01,
          });
        }
      },
    });
    expect(run.results).toEqual([{ invitationId: ids(1)[0], outcome: "deleted", status: 204, attempts: 2 }]);
    expect(run.rateLimited).toBe(1);
  });

  it("stops after a 401 and reports every id it did not send", async () => {
    const run = await runBulk({
      ids: ids(6),
      concurrency: 1,
      deleteOne: async () => {
        throw new AuthenticationError("rejected", {
          method: "DELETE",
          path: ATLAS_PATH_TEMPLATE,
          status: 401,
          errorCode: "NOT_AUTHORIZED",
        });
      },
    });
    expect(run.results[0]).toMatchObject({ outcome: "failed", status: 401, errorCode: "NOT_AUTHORIZED", attempts: 1 });
    expect(run.results.slice(1).every((result) => result.errorCode === "NOT_SENT" && result.attempts === 0)).toBe(true);
    expect(run.stoppedBecause).toContain("401 NOT_AUTHORIZED");
  });

  it("keeps going after a failure that concerns one id only, and names it", async () => {
    const run = await runBulk({
      ids: ids(3),
      concurrency: 1,
      deleteOne: async (id) => {
        if (id.endsWith("1"))
          throw new NetworkError(
            { method: "DELETE", path: ATLAS_PATH_TEMPLATE },
            { cause: new Error("socket hang up") },
          );
      },
    });
    expect(run.results.map((result) => result.outcome)).toEqual(["deleted", "failed", "deleted"]);
    expect(run.results[1]).toMatchObject({
      status: null,
      errorCode: "NETWORK_ERROR",
      message: "failed before an answer arrived: socket hang up",
    });
    expect(run.stoppedBecause).toBeUndefined();
  });

  it("when interrupted, lets calls in flight finish and reports the rest as not sent", async () => {
    const controller = new AbortController();
    const run = await runBulk({
      ids: ids(10),
      concurrency: 2,
      signal: controller.signal,
      deleteOne: async (id) => {
        if (id.endsWith("3")) controller.abort();
        await new Promise((resolve) => setTimeout(resolve, 5));
      },
    });
    const outcomes = run.results.map((result) => result.errorCode ?? result.outcome);
    expect(outcomes.slice(0, 4)).toEqual(["deleted", "deleted", "deleted", "deleted"]);
    expect(outcomes.slice(5)).toEqual(["NOT_SENT", "NOT_SENT", "NOT_SENT", "NOT_SENT", "NOT_SENT"]);
    expect(run.stoppedBecause).toBe("interrupted");
  });
});

describe("Pacer", () => {
  it("spaces slots by the window over the limit, plus the headroom, and never bunches them", () => {
    const pacer = new Pacer({ limit: 100, windowMs: 1_000 }, 0.03);
    expect(pacer.intervalMs).toBeCloseTo(10.3);
    const slots = [0, 0, 0, 500].map((now) => pacer.reserve(now));
    expect(slots[0]).toBe(0);
    expect(slots[1]).toBeCloseTo(10.3);
    expect(slots[2]).toBeCloseTo(20.6);
    expect(slots[3]).toBe(500);
  });

  it("holds the (n+1)th send until a whole stretched window has passed since the first", () => {
    const pacer = new Pacer({ limit: 3, windowMs: 100 }, 0.1);
    for (const now of [0, 1, 2]) pacer.record(now);
    expect(pacer.waitMs(50)).toBeCloseTo(60);
    expect(pacer.waitMs(111)).toBe(0);
  });

  it("holds sends until the server's window ends when an answer reports it full, instead of earning a 429", () => {
    const pacer = new Pacer({ limit: 100, windowMs: 1_000 });
    expect(pacer.observe({ limit: 100, remaining: 99 }, 5_000)).toBeUndefined();
    expect(pacer.observe({ limit: 100, remaining: 1 }, 5_950)).toBeUndefined();
    expect(pacer.observe({ limit: 100, remaining: 0 }, 5_960)).toBe(6_000);
  });

  it("takes no hold it cannot justify: no headers, no window seen opening, or a window far from its end", () => {
    const pacer = new Pacer({ limit: 100, windowMs: 1_000 });
    expect(pacer.observe(undefined, 0)).toBeUndefined();
    expect(pacer.observe({ limit: 100, remaining: 0 }, 10)).toBeUndefined();
    pacer.observe({ limit: 100, remaining: 99 }, 1_000);
    expect(pacer.observe({ limit: 100, remaining: 0 }, 1_200)).toBeUndefined();
    expect(pacer.observe({ limit: 100, remaining: 0 }, 2_001)).toBeUndefined();
  });
});

describe("startProgress", () => {
  function sink(isTTY: boolean): { stream: Writable & { isTTY: boolean; columns: number }; text: () => string } {
    let text = "";
    const stream = Object.assign(
      new Writable({
        write(chunk, _encoding, callback) {
          text += String(chunk);
          callback();
        },
      }),
      { isTTY, columns: 160 },
    );
    return { stream, text: () => text };
  }

  it("draws a bar with the counts on a terminal", () => {
    const { stream, text } = sink(true);
    const progress = startProgress(2, stream);
    progress.tick({ deleted: 1, notFound: 0, failed: 0 });
    progress.stop();
    expect(text()).toContain("0/2 | 0 deleted, 0 not found, 0 failed");
    expect(text()).toContain("1/2 | 1 deleted, 0 not found, 0 failed");
  });

  it("writes nothing when the stream is not a terminal (a pipe or a log file)", () => {
    const { stream, text } = sink(false);
    const progress = startProgress(2, stream);
    progress.tick({ deleted: 1, notFound: 0, failed: 0 });
    progress.paused(1000);
    progress.stop();
    expect(text()).toBe("");
  });
});

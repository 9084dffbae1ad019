import { describe, expect, it } from "vitest";
import { RateLimiter } from "./rate-limit.ts";

describe("RateLimiter", () => {
  it("lets exactly limit requests through per window and counts down what remains", () => {
    const now = 0;
    const limiter = new RateLimiter({ limit: 3, windowMs: 60_000 }, () => now);
    const decisions = Array.from({ length: 5 }, () => limiter.take("group:a"));
    expect(decisions.map((d) => [d.allowed, d.remaining])).toEqual([
      [true, 2],
      [true, 1],
      [true, 0],
      [false, 0],
      [false, 0],
    ]);
    expect(decisions[3]?.resetMs).toBe(60_000);
  });

  it("keeps one window per scope", () => {
    const limiter = new RateLimiter({ limit: 1, windowMs: 1_000 }, () => 0);
    expect(limiter.take("group:a").allowed).toBe(true);
    expect(limiter.take("group:a").allowed).toBe(false);
    expect(limiter.take("group:b").allowed).toBe(true);
    expect(limiter.take("org:a").allowed).toBe(true);
  });

  it("opens a new window windowMs after the first request of the last one, and says how long is left", () => {
    let now = 1_000;
    const limiter = new RateLimiter({ limit: 1, windowMs: 1_000 }, () => now);
    limiter.take("k");
    now = 1_750;
    expect(limiter.take("k")).toEqual({ allowed: false, limit: 1, remaining: 0, resetMs: 250 });
    now = 2_000;
    expect(limiter.take("k")).toEqual({ allowed: true, limit: 1, remaining: 0, resetMs: 1_000 });
  });

  it("describes its window in the unit MongoDB's message uses", () => {
    expect(new RateLimiter({ limit: 1, windowMs: 60_000 }).describeWindow()).toEqual([1, "minutes"]);
    expect(new RateLimiter({ limit: 1, windowMs: 1_000 }).describeWindow()).toEqual([1, "seconds"]);
    expect(new RateLimiter({ limit: 1, windowMs: 250 }).describeWindow()).toEqual([250, "milliseconds"]);
  });

  it("refuses a limit or window that is not positive", () => {
    expect(() => new RateLimiter({ limit: 0, windowMs: 1_000 })).toThrow(RangeError);
    expect(() => new RateLimiter({ limit: 1.5, windowMs: 1_000 })).toThrow(RangeError);
    expect(() => new RateLimiter({ limit: 1, windowMs: 0 })).toThrow(RangeError);
  });
});

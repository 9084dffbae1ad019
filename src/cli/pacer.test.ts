import { describe, expect, it } from "vitest";
import { Pacer } from "./pacer.ts";

describe("Pacer and the server's RateLimit-Remaining", () => {
  it("holds the send the server's window has no room for, however late that window opened", () => {
    const pacer = new Pacer({ limit: 10, windowMs: 1_000 });
    // The first send's answer came back late (a stall): the server's window opened at most then.
    const first = pacer.record(0);
    pacer.observe({ limit: 10, remaining: 9 }, 40, first);
    for (let send = 1; send < 10; send++) pacer.record(send * 103);
    // The client's own log would let an eleventh send go at 1 031; the server has room for ten until 1 040.
    expect(pacer.waitMs(1_031)).toBe(9);
    expect(pacer.waitMs(1_041)).toBe(0);
    // That window is over: the next send may go, and opens another.
    expect(pacer.waitMs(1_041)).toBe(0);
  });

  it("takes the least room any later answer of the window reported", () => {
    const pacer = new Pacer({ limit: 10, windowMs: 1_000 });
    const opener = pacer.record(0);
    pacer.observe({ limit: 10, remaining: 9 }, 1, opener);
    // Another client of the same project used some of the window: after send 2, room for 2 more.
    const second = pacer.record(103);
    pacer.observe({ limit: 10, remaining: 2 }, 104, second);
    pacer.record(206);
    expect(pacer.waitMs(309)).toBe(0);
    pacer.record(309);
    expect(pacer.waitMs(412)).toBe(589);
  });

  it("ignores the budget without send numbers, as before", () => {
    const pacer = new Pacer({ limit: 2, windowMs: 1_000 });
    pacer.observe({ limit: 2, remaining: 1 }, 0);
    pacer.record(0);
    pacer.observe({ limit: 2, remaining: 0 }, 10);
    expect(pacer.waitMs(600)).toBe(0);
  });
});

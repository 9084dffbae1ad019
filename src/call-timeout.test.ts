import { describe, expect, it } from "vitest";
import { startCallTimeout } from "./call-timeout.ts";

describe("startCallTimeout", () => {
  it("reuses the signal of a call that ended without a timeout, for a bounded number of calls", () => {
    const signals = new Set<AbortSignal>();
    for (let call = 0; call < 40; call++) {
      const timeout = startCallTimeout(60_000);
      expect(timeout.signal.aborted).toBe(false);
      signals.add(timeout.signal);
      timeout.end();
    }
    // 16 calls per controller: 40 sequential calls need 3.
    expect(signals.size).toBe(3);
  });

  it("aborts with a TimeoutError when the time is up, and never hands that signal out again", async () => {
    const timeout = startCallTimeout(1);
    await new Promise<void>((resolve) => timeout.signal.addEventListener("abort", () => resolve(), { once: true }));
    expect(timeout.fired).toBe(true);
    expect(timeout.signal.reason).toMatchObject({ name: "TimeoutError", message: "timed out after 1 ms" });
    timeout.end();
    const next = startCallTimeout(60_000);
    expect(next.signal).not.toBe(timeout.signal);
    expect(next.signal.aborted).toBe(false);
    next.end();
  });

  it("gives calls in flight at the same time signals of their own", () => {
    const first = startCallTimeout(60_000);
    const second = startCallTimeout(60_000);
    expect(second.signal).not.toBe(first.signal);
    first.end();
    second.end();
  });
});

import { describe, expect, it } from "vitest";
import type { DigestChallenge } from "./digest.ts";
import { NonceCache } from "./nonce-cache.ts";

const challenge = (nonce: string, realm = "MMS Public API"): DigestChallenge =>
  ({ realm, nonce, algorithm: "MD5", qop: "auth", stale: false, userhash: false }) as DigestChallenge;
const A = "https://cloud.mongodb.com";
const B = "https://om.example.com";

function cache(now: { t: number }, maxUses = 1000) {
  let ha1s = 0;
  const nonces = new NonceCache({
    maxAgeMs: 1000,
    maxUses,
    ha1: () => `ha1-${++ha1s}`,
    now: () => now.t,
  });
  return { nonces, ha1s: () => ha1s };
}

describe("NonceCache", () => {
  it("sends nothing up front before a challenge, then the adopted nonce to that origin only", () => {
    const { nonces } = cache({ t: 0 });
    expect(nonces.current(A)).toBeUndefined();
    const state = nonces.adopt(A, challenge("n1"));
    expect(nonces.current(A)).toBe(state);
    expect(nonces.current(B)).toBeUndefined();
  });

  it("keeps the nc of a nonce the server hands out again, and computes HA1 once for it", () => {
    const { nonces, ha1s } = cache({ t: 0 });
    const first = nonces.adopt(A, challenge("n1"));
    first.nc = 5;
    nonces.adopt(A, challenge("n2"));
    expect(nonces.adopt(A, challenge("n1")).nc).toBe(5);
    expect(ha1s()).toBe(2);
  });

  it("drops a nonce once it is too old or used too often", () => {
    const now = { t: 0 };
    const { nonces } = cache(now, 3);
    const state = nonces.adopt(A, challenge("n1"));
    state.nc = 3;
    expect(nonces.current(A)).toBeUndefined();
    nonces.adopt(A, challenge("n2"));
    now.t = 1000;
    expect(nonces.current(A)).toBeUndefined();
  });

  it("never sends a forgotten nonce again, and starts its nc over if the server offers it anew", () => {
    const { nonces } = cache({ t: 0 });
    const state = nonces.adopt(A, challenge("n1"));
    state.nc = 7;
    nonces.forget(A, state);
    expect(nonces.current(A)).toBeUndefined();
    expect(nonces.adopt(A, challenge("n1")).nc).toBe(0);
  });
});

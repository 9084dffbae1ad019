import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseChallenges, sign } from "../../test/support/sandbox-signer.ts";
import { DigestVerifier, type DigestVerifierOptions, REALM } from "./digest-verifier.ts";

const PASSWORDS: Record<string, string> = { ownerkey: "right-password" };
const URI = "/api/atlas/v1.0/groups/32b6e34b3d91647abb20e7b8/invites/aaaa00000000000000000001";

function verifier(options: Partial<DigestVerifierOptions> = {}): DigestVerifier {
  return new DigestVerifier({ password: (username) => PASSWORDS[username], ...options });
}

function nonceOf(challenge: string[]): string {
  return parseChallenges(challenge.join(", "))[0]?.nonce ?? "";
}

function header(nonce: string, nc: number, overrides: { password?: string; method?: string; uri?: string } = {}) {
  return sign({
    username: "ownerkey",
    password: overrides.password ?? "right-password",
    method: overrides.method ?? "DELETE",
    uri: overrides.uri ?? URI,
    challenge: { realm: REALM, nonce },
    nc,
  });
}

describe("DigestVerifier", () => {
  it("challenges like MongoDB's servers: one MD5 challenge by default", () => {
    const [challenge, ...rest] = verifier().challenge(false);
    expect(rest).toEqual([]);
    expect(challenge).toMatch(
      /^Digest realm="MMS Public API", domain="", nonce="[0-9a-f]{32}", algorithm=MD5, qop="auth", stale=false$/,
    );
  });

  it("accepts a correctly signed request and names its user", () => {
    const digest = verifier();
    const nonce = nonceOf(digest.challenge(false));
    expect(digest.verify(header(nonce, 1), "DELETE", URI)).toEqual({ ok: true, username: "ownerkey" });
  });

  it("accepts an nc that was skipped and arrives late, once, and refuses an nc that was already used", () => {
    const digest = verifier();
    const nonce = nonceOf(digest.challenge(false));
    const results = [5, 2, 5, 2, 1, 6, 4, 3, 3].map((nc) => digest.verify(header(nonce, nc), "DELETE", URI).ok);
    expect(results).toEqual([true, true, false, false, true, true, true, true, false]);
  });

  it("forgets the oldest skipped nc values beyond 1024", () => {
    const digest = verifier();
    const nonce = nonceOf(digest.challenge(false));
    expect(digest.verify(header(nonce, 1), "DELETE", URI).ok).toBe(true);
    expect(digest.verify(header(nonce, 2_000), "DELETE", URI).ok).toBe(true);
    expect(digest.verify(header(nonce, 2), "DELETE", URI).ok).toBe(false);
    expect(digest.verify(header(nonce, 1_999), "DELETE", URI).ok).toBe(true);
    expect(digest.verify(header(nonce, 976), "DELETE", URI).ok).toBe(true);
    expect(digest.verify(header(nonce, 975), "DELETE", URI).ok).toBe(false);
  });

  it("drops expired nonces as new ones are issued, and keeps at most maxNonces", () => {
    let now = 0;
    const digest = verifier({ nonceTtlMs: 1_000, maxNonces: 3, now: () => now });
    const first = nonceOf(digest.challenge(false));
    for (let i = 0; i < 4; i += 1) digest.challenge(false);
    expect(digest.nonceCount).toBe(3);
    expect(digest.verify(header(first, 1), "DELETE", URI)).toEqual({ ok: false, failure: "stale-nonce", stale: true });
    now = 1_000;
    digest.challenge(false);
    expect(digest.nonceCount).toBe(1);
  });

  it("answers stale once a nonce has been used nonceMaxUses times", () => {
    const digest = verifier({ nonceMaxUses: 2 });
    const nonce = nonceOf(digest.challenge(false));
    expect([1, 2, 3].map((nc) => digest.verify(header(nonce, nc), "DELETE", URI))).toEqual([
      { ok: true, username: "ownerkey" },
      { ok: true, username: "ownerkey" },
      { ok: false, failure: "stale-nonce", stale: true },
    ]);
    expect(digest.nonceCount).toBe(0);
  });

  it("refuses a wrong password on an expired nonce without saying stale", () => {
    let now = 0;
    const digest = verifier({ nonceTtlMs: 10, now: () => now });
    const nonce = nonceOf(digest.challenge(false));
    now = 10;
    expect(digest.verify(header(nonce, 1, { password: "wrong" }), "DELETE", URI)).toEqual({
      ok: false,
      failure: "bad-credentials",
      stale: false,
    });
  });

  it("never accepts a response computed with a wrong password, method, uri or nonce", () => {
    const digest = verifier();
    const nonce = nonceOf(digest.challenge(false));
    let nc = 0;
    fc.assert(
      fc.property(
        fc.record({
          password: fc.string(),
          method: fc.constantFrom("DELETE", "GET", "POST", "delete", "PUT"),
          uri: fc.oneof(fc.constant(URI), fc.webPath(), fc.string()),
          nonce: fc.oneof(
            fc.constant(nonce),
            fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: 32, maxLength: 32 }),
          ),
        }),
        (wrong) => {
          fc.pre(
            wrong.password !== "right-password" ||
              wrong.method !== "DELETE" ||
              wrong.uri !== URI ||
              wrong.nonce !== nonce,
          );
          nc += 1;
          const signed = sign({
            username: "ownerkey",
            password: wrong.password,
            method: wrong.method,
            uri: wrong.uri,
            challenge: { realm: REALM, nonce: wrong.nonce },
            nc,
          });
          expect(digest.verify(signed, "DELETE", URI).ok).toBe(false);
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it("never throws on an arbitrary Authorization header, and never accepts one", () => {
    const digest = verifier();
    digest.challenge(false);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((text) => `Digest ${text}`),
        ),
        (text) => {
          expect(digest.verify(text, "DELETE", URI).ok).toBe(false);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});

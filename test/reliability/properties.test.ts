/**
 * Properties over thousands of generated inputs (fast-check), each sized to run in well under a few seconds.
 *
 * src/digest.test.ts already proves that the challenge parser never throws on arbitrary strings or on strings built
 * from header syntax, and that one challenge and one Authorization header round-trip; src/envelope.test.ts proves
 * that the envelope reader never throws on arbitrary JSON. What is added here: several challenges in one header
 * round-trip in order; the id rule holds at the client's edge (what reaches `fetch`); the client turns any status
 * and JSON body into success or a typed error, never anything else; and the sandbox's verifier refuses every
 * response computed with a wrong password, method, uri or nonce.
 */
import { createHash, randomBytes } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type DigestAlgorithm, formatChallenge, parseChallenges, selectDigestChallenge } from "../../src/digest.ts";
import {
  createAtlasClient,
  createOpsManagerClient,
  isApiError,
  isMmsError,
  isUnexpectedResponseError,
  isValidationError,
} from "../../src/index.ts";
import { DigestVerifier, REALM } from "../../src/sandbox/digest-verifier.ts";
import { CANARY_PRIVATE_KEY, CANARY_PUBLIC_KEY, GROUP_ID, INVITATION_ID, ORG_ID } from "../support/samples.ts";

const ALGORITHMS: DigestAlgorithm[] = ["MD5", "MD5-sess", "SHA-256", "SHA-256-sess"];
const STRENGTH: Record<DigestAlgorithm, number> = { MD5: 1, "MD5-sess": 1, "SHA-256": 2, "SHA-256-sess": 2 };
const ID = /^[a-f0-9]{24}$/;

const printable = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)) });
const nonEmptyPrintable = printable.filter((value) => value.length > 0);

/** Candidate ids: valid ones, near misses of the right length and shape, and anything at all. */
const candidateId = fc.oneof(
  fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: 24, maxLength: 24 }),
  fc.string({ unit: fc.constantFrom(..."0123456789abcdefABCDEF/%.é５ \n\u0000"), minLength: 22, maxLength: 26 }),
  fc
    .tuple(fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: 24, maxLength: 24 }), fc.nat(23))
    .chain(([id, at]) =>
      fc
        .constantFrom("/", "%2F", "..", "é", "A", "0", "", "\u202e", "?", "#")
        .map((piece) => id.slice(0, at) + piece + id.slice(at + 1)),
    ),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
);

describe("the id rule at the client's edge", () => {
  const targets = [
    ["Atlas", "groupId"],
    ["Atlas", "invitationId"],
    ["Ops Manager", "orgId"],
    ["Ops Manager", "invitationId"],
  ] as const;

  it("sends exactly the ids of 24 lower-case hexadecimal digits, and refuses every other before fetch", async () => {
    let fetched: string[] = [];
    const counting = async (url: string) => {
      fetched.push(new URL(url).pathname);
      return new Response(null, { status: 204 });
    };
    const options = {
      baseUrl: "https://api.example.test",
      publicKey: CANARY_PUBLIC_KEY,
      privateKey: CANARY_PRIVATE_KEY,
    };
    const atlas = createAtlasClient({ ...options, fetch: counting });
    const om = createOpsManagerClient({ ...options, fetch: counting });
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(candidateId, fc.constantFrom(...targets), async (id, [target, parameter]) => {
        fetched = [];
        const call =
          target === "Atlas"
            ? atlas.deleteProjectInvitation({ groupId: GROUP_ID, invitationId: INVITATION_ID, [parameter]: id })
            : om.deleteOrganizationInvitation({ orgId: ORG_ID, invitationId: INVITATION_ID, [parameter]: id });
        if (ID.test(id)) {
          accepted++;
          await expect(call).resolves.toMatchObject({ status: 204 });
          expect(fetched).toHaveLength(1);
          // The id travels verbatim as one whole path segment.
          expect(fetched[0]?.split("/")).toContain(id);
        } else {
          const error = await call.then(
            () => undefined,
            (reason: unknown) => reason,
          );
          expect(isValidationError(error)).toBe(true);
          expect(error).toMatchObject({ parameter });
          expect(fetched).toEqual([]);
        }
      }),
      { numRuns: 2000 },
    );
    // The generator reaches both sides of the rule.
    expect(accepted).toBeGreaterThan(150);
  });
});

describe("the challenge parser", () => {
  const challenge = fc.record(
    {
      realm: printable,
      nonce: nonEmptyPrintable,
      algorithm: fc.constantFrom(...ALGORITHMS),
      qop: fc.constant("auth" as const),
      stale: fc.boolean(),
      domain: printable,
      opaque: printable,
      qopParameterName: fc.constantFrom("qop" as const, "op" as const),
    },
    { requiredKeys: ["realm", "nonce", "algorithm", "stale"] },
  );
  const basic = printable.map((realm) => `Basic realm="${realm.replace(/[\\"]/g, "\\$&")}"`);

  it("reads back, in order, every challenge of a header that joins several with Basic ones", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(challenge, basic), { minLength: 1, maxLength: 5 }), (items) => {
        const header = items.map((item) => (typeof item === "string" ? item : formatChallenge(item))).join(", ");
        const parsed = parseChallenges(header);
        expect(parsed).toHaveLength(items.length);
        for (const [index, item] of items.entries()) {
          const read = parsed[index];
          if (typeof item === "string") {
            expect(read?.scheme).toBe("Basic");
            continue;
          }
          const expected: Record<string, string> = {
            realm: item.realm,
            nonce: item.nonce,
            algorithm: item.algorithm,
            stale: String(item.stale),
          };
          if (item.domain !== undefined) expected.domain = item.domain;
          if (item.opaque !== undefined) expected.opaque = item.opaque;
          if (item.qop !== undefined) expected.qop = item.qop;
          expect(read).toEqual({ scheme: "Digest", params: expected });
        }
        // The strongest algorithm wins; the server's order decides between equals.
        const digests = items.filter((item) => typeof item !== "string");
        const strongest = Math.max(0, ...digests.map((item) => STRENGTH[item.algorithm]));
        const first = digests.find((item) => STRENGTH[item.algorithm] === strongest);
        expect(selectDigestChallenge(parsed)?.nonce).toBe(first?.nonce);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("the client's reading of any answer", () => {
  const NULL_BODY = new Set([204, 205, 304]);
  /** An independent reading of the spec's envelope: `{status: <HTTP status>, content: …}`. */
  function envelopeStatus(text: string): number | undefined {
    try {
      const value: unknown = JSON.parse(text);
      if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
      const { status } = value as { status?: unknown };
      if (!Object.hasOwn(value, "content") || typeof status !== "number") return undefined;
      return Number.isInteger(status) && status >= 100 && status <= 599 ? status : undefined;
    } catch {
      return undefined;
    }
  }
  const json = fc.json({ maxDepth: 3 });
  const jsonValue = fc.jsonValue({ maxDepth: 3 });
  const body = fc.oneof(
    json,
    jsonValue.map((content) => JSON.stringify({ status: 204, content })),
    fc
      .record({ status: fc.oneof(fc.integer({ min: 0, max: 700 }), fc.double(), fc.string()), content: jsonValue })
      .map((envelope) => JSON.stringify(envelope)),
    fc.string({ maxLength: 30 }),
    fc.constantFrom("", "{}", " {} ", "null", "[]"),
  );

  it("turns any status and body into success or a typed error, and succeeds only for a 2xx that allows it", async () => {
    let answer = { status: 200, text: "" };
    const transport = async () =>
      new Response(NULL_BODY.has(answer.status) ? null : answer.text, {
        status: answer.status,
        headers: { "Content-Type": "application/json" },
      });
    const atlas = createAtlasClient({
      baseUrl: "https://api.example.test",
      publicKey: CANARY_PUBLIC_KEY,
      privateKey: CANARY_PRIVATE_KEY,
      fetch: transport,
      retry: false,
    });
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 200, max: 599 }), body, async (status, text) => {
        answer = { status, text };
        const outcome = await atlas.deleteProjectInvitation({ groupId: GROUP_ID, invitationId: INVITATION_ID }).then(
          (result) => ({ ok: true as const, result }),
          (error: unknown) => ({ ok: false as const, error }),
        );
        const trimmed = NULL_BODY.has(status) ? "" : text.trim();
        const inner = envelopeStatus(trimmed);
        const successAllowed =
          status >= 200 &&
          status < 300 &&
          (status === 204 ||
            trimmed === "" ||
            trimmed === "{}" ||
            (inner !== undefined && inner < 300 && inner >= 200));
        if (outcome.ok) {
          expect(successAllowed, `resolved for ${status} ${JSON.stringify(text)}`).toBe(true);
        } else {
          expect(isMmsError(outcome.error), `untyped ${String(outcome.error)}`).toBe(true);
          expect(isApiError(outcome.error) || isUnexpectedResponseError(outcome.error)).toBe(true);
          expect(successAllowed, `rejected for ${status} ${JSON.stringify(text)}`).toBe(false);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe("the sandbox's Digest verifier", () => {
  const USERNAME = "propkey1";
  const URI = `/api/atlas/v1.0/groups/${GROUP_ID}/invites/${INVITATION_ID}`;
  const NODE_HASH: Record<string, string> = {
    MD5: "md5",
    "MD5-sess": "md5",
    "SHA-256": "sha256",
    "SHA-256-sess": "sha256",
  };

  /** An independent signer (node:crypto only): what is hashed and what is written can differ, to forge a mismatch. */
  function authorization(
    algorithm: DigestAlgorithm,
    hashed: { password: string; method: string; uri: string; nonce: string },
    written: { uri: string; nonce: string },
    nc: string,
  ): string {
    const h = (text: string) =>
      createHash(NODE_HASH[algorithm] ?? "md5")
        .update(text, "utf8")
        .digest("hex");
    const cnonce = randomBytes(8).toString("hex");
    let ha1 = h(`${USERNAME}:${REALM}:${hashed.password}`);
    if (algorithm.endsWith("-sess")) ha1 = h(`${ha1}:${hashed.nonce}:${cnonce}`);
    const response = h(`${ha1}:${hashed.nonce}:${nc}:${cnonce}:auth:${h(`${hashed.method}:${hashed.uri}`)}`);
    const quote = (value: string) => `"${value.replace(/[\\"]/g, "\\$&")}"`;
    return (
      `Digest username=${quote(USERNAME)}, realm=${quote(REALM)}, uri=${quote(written.uri)}, algorithm=${algorithm}, ` +
      `nonce=${quote(written.nonce)}, nc=${nc}, cnonce=${quote(cnonce)}, qop=auth, response=${quote(response)}`
    );
  }

  function nonceOf(challenge: string | undefined): string {
    const nonce = /nonce="([^"]+)"/.exec(challenge ?? "")?.[1];
    if (nonce === undefined) throw new Error(`no nonce in ${challenge}`);
    return nonce;
  }

  const wrong = fc.oneof(
    fc.record({ kind: fc.constant("password" as const), value: fc.string({ maxLength: 40 }) }),
    fc.record({
      kind: fc.constant("method" as const),
      value: fc.oneof(fc.constantFrom("GET", "POST", "PUT", "PATCH", "HEAD", "delete", "DELETE "), printable),
    }),
    fc.record({
      kind: fc.constantFrom("hashed-uri" as const, "written-uri" as const),
      value: fc.oneof(
        fc.constantFrom(`${URI}?envelope=true`, `${URI}/`, URI.replace(INVITATION_ID, "5f3a1c2b9d4e8f7a6b5c4d3f")),
        nonEmptyPrintable,
      ),
    }),
    fc.record({
      kind: fc.constantFrom("hashed-nonce" as const, "written-nonce" as const, "other-issued-nonce" as const),
      value: nonEmptyPrintable,
    }),
  );

  it("never accepts a response computed with a wrong password, method, uri or nonce", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ALGORITHMS),
        fc.string({ minLength: 1, maxLength: 40 }),
        wrong,
        (algorithm, password, mutation) => {
          const verifier = new DigestVerifier({
            password: (username) => (username === USERNAME ? password : undefined),
            algorithms: [algorithm],
          });
          const nonce = nonceOf(verifier.challenge(false)[0]);
          const right = { password, method: "DELETE", uri: URI, nonce };
          const hashed = { ...right };
          const written = { uri: URI, nonce };
          switch (mutation.kind) {
            case "password":
              hashed.password = mutation.value;
              break;
            case "method":
              hashed.method = mutation.value;
              break;
            case "hashed-uri":
              hashed.uri = mutation.value;
              break;
            case "written-uri":
              written.uri = mutation.value;
              break;
            case "hashed-nonce":
              hashed.nonce = mutation.value;
              break;
            case "written-nonce":
              written.nonce = mutation.value;
              break;
            case "other-issued-nonce":
              // Signed correctly, but under another nonce this verifier issued: the header names the first one.
              hashed.nonce = nonceOf(verifier.challenge(false)[0]);
              break;
          }
          const changed =
            hashed.password !== right.password ||
            hashed.method !== right.method ||
            hashed.uri !== right.uri ||
            hashed.nonce !== right.nonce ||
            written.uri !== right.uri ||
            written.nonce !== right.nonce;
          fc.pre(changed);
          const forged = verifier.verify(authorization(algorithm, hashed, written, "00000001"), "DELETE", URI);
          expect(forged.ok).toBe(false);
          // The same request signed right, with the same nc, passes: only the one wrong input made the difference.
          const genuine = verifier.verify(
            authorization(algorithm, right, { uri: URI, nonce }, "00000001"),
            "DELETE",
            URI,
          );
          expect(genuine).toEqual({ ok: true, username: USERNAME });
        },
      ),
      { numRuns: 3000 },
    );
  });
});

/**
 * Server-side HTTP Digest (RFC 7616): issues challenges the way MongoDB's servers word them, keeps the nonces it
 * issued, and checks each `Authorization` header against them.
 *
 * Nonces come from `node:crypto`, expire after `nonceTtlMs` or `nonceMaxUses` successful uses (the next use is
 * answered with `stale=true`), and are bounded in number: expired ones are dropped as new ones are issued, and
 * beyond `maxNonces` the oldest go first. A nonce's `nc` values are tracked so that a replayed `nc` is refused
 * while requests sent concurrently under one nonce may still arrive out of order.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7616
 */
import { randomBytes, timingSafeEqual } from "node:crypto";
import { type DigestAlgorithm, digestResponse, formatChallenge, parseAuthorization } from "../digest.ts";

/** The realm MongoDB's servers challenge with. */
export const REALM = "MMS Public API";

/** How many skipped `nc` values below the highest seen are remembered per nonce, to be accepted once if they arrive late. */
const MAX_SKIPPED = 1024;

/** Why a request failed authentication; sent to the client in `X-Sandbox-Auth-Failure` to help debugging. */
export type DigestFailure =
  | "no-credentials"
  | "malformed"
  | "wrong-realm"
  | "unsupported-algorithm"
  | "unsupported-qop"
  | "uri-mismatch"
  | "bad-credentials"
  | "stale-nonce"
  | "nonce-count-replayed";

/** The outcome of checking one request. */
export type DigestVerdict = { ok: true; username: string } | { ok: false; failure: DigestFailure; stale: boolean };

/** How the verifier issues and retires nonces. */
export interface DigestVerifierOptions {
  /** The private key of a public key, or `undefined` for an unknown key. */
  password(username: string): string | undefined;
  /** Algorithms offered, one challenge each, in order of preference. Default `["MD5"]`, as the vendor. */
  algorithms?: readonly DigestAlgorithm[];
  /** A nonce's lifetime in ms. Default 300 000. */
  nonceTtlMs?: number;
  /** Successful uses of one nonce before it goes stale. Default unlimited. */
  nonceMaxUses?: number;
  /** Nonces kept at most; the oldest are dropped first. Default 10 000. */
  maxNonces?: number;
  now?: () => number;
}

interface NonceState {
  readonly issuedAt: number;
  uses: number;
  maxNc: number;
  /** `nc` values below `maxNc` not used yet, in the order they were skipped; created on the first skip. */
  skipped?: Set<number>;
}

// Answers an unknown username with a hash over a value no key can have, so that it takes as long as a wrong
// password and says nothing about which public keys exist.
const UNKNOWN_USER_PASSWORD = randomBytes(32).toString("hex");

/** Issues Digest challenges and verifies `Authorization` headers. */
export class DigestVerifier {
  readonly algorithms: readonly DigestAlgorithm[];
  readonly #password: (username: string) => string | undefined;
  readonly #ttlMs: number;
  readonly #maxUses: number;
  readonly #maxNonces: number;
  readonly #now: () => number;
  /** Insertion order is issue order, and every nonce lives equally long: the oldest expire first. */
  readonly #nonces = new Map<string, NonceState>();

  constructor(options: DigestVerifierOptions) {
    this.algorithms = options.algorithms ?? ["MD5"];
    if (this.algorithms.length === 0) throw new RangeError("algorithms must name at least one algorithm");
    this.#password = options.password;
    this.#ttlMs = options.nonceTtlMs ?? 300_000;
    this.#maxUses = options.nonceMaxUses ?? Number.POSITIVE_INFINITY;
    this.#maxNonces = options.maxNonces ?? 10_000;
    this.#now = options.now ?? Date.now;
    if (!(this.#ttlMs > 0)) throw new RangeError(`nonceTtlMs must be positive (got ${this.#ttlMs})`);
    if (!(this.#maxUses >= 1)) throw new RangeError(`nonceMaxUses must be at least 1 (got ${this.#maxUses})`);
  }

  /** How many nonces are kept right now. */
  get nonceCount(): number {
    return this.#nonces.size;
  }

  /** Issues a fresh nonce and returns one `WWW-Authenticate` value per offered algorithm. */
  challenge(stale: boolean): string[] {
    const now = this.#now();
    this.#sweep(now);
    const nonce = randomBytes(16).toString("hex");
    this.#nonces.set(nonce, { issuedAt: now, uses: 0, maxNc: 0 });
    return this.algorithms.map((algorithm) =>
      formatChallenge({ realm: REALM, domain: "", nonce, algorithm, qop: "auth", stale }),
    );
  }

  /**
   * Checks an `Authorization` header sent with `method` to request target `uri` (path and query, as received).
   * Only a response computed with the right key, method, uri and nonce passes; a right response on an expired
   * nonce is refused with `stale: true`.
   */
  verify(header: string | undefined, method: string, uri: string): DigestVerdict {
    if (header === undefined || header === "") return fail("no-credentials");
    const params = parseAuthorization(header);
    if (params === undefined) return fail("malformed");
    const { username, realm, nonce, cnonce, nc, qop, response } = params;
    if (
      username === undefined ||
      realm === undefined ||
      nonce === undefined ||
      params.uri === undefined ||
      response === undefined ||
      cnonce === undefined ||
      nc === undefined ||
      !/^[0-9a-fA-F]{8}$/.test(nc)
    ) {
      return fail("malformed");
    }
    if (realm !== REALM) return fail("wrong-realm");
    const algorithm = this.algorithms.find(
      (offered) => offered.toLowerCase() === (params.algorithm ?? "MD5").toLowerCase(),
    );
    if (algorithm === undefined) return fail("unsupported-algorithm");
    if (qop !== "auth") return fail("unsupported-qop");
    if (params.uri !== uri) return fail("uri-mismatch");

    const known = this.#password(username);
    const expected = digestResponse({
      algorithm,
      username,
      password: known ?? UNKNOWN_USER_PASSWORD,
      realm,
      nonce,
      cnonce,
      nc,
      qop,
      method,
      uri,
    });
    if (!sameHex(expected, response) || known === undefined) return fail("bad-credentials");

    const now = this.#now();
    const state = this.#nonces.get(nonce);
    if (state === undefined || now - state.issuedAt >= this.#ttlMs || state.uses >= this.#maxUses) {
      if (state !== undefined) this.#nonces.delete(nonce);
      return { ok: false, failure: "stale-nonce", stale: true };
    }
    if (!acceptNc(state, Number.parseInt(nc, 16))) return fail("nonce-count-replayed");
    state.uses += 1;
    if (state.uses >= this.#maxUses) this.#nonces.delete(nonce);
    return { ok: true, username };
  }

  #sweep(now: number): void {
    for (const [nonce, state] of this.#nonces) {
      if (now - state.issuedAt < this.#ttlMs && this.#nonces.size < this.#maxNonces) break;
      this.#nonces.delete(nonce);
    }
  }
}

function fail(failure: Exclude<DigestFailure, "stale-nonce">): DigestVerdict {
  return { ok: false, failure, stale: false };
}

/** Constant-time comparison of two hex digests (case-insensitive, as RFC 7616 §3.4.1 allows lower-case hex only, but clients vary). */
function sameHex(expected: string, given: string): boolean {
  const a = Buffer.from(expected.toLowerCase(), "latin1");
  const b = Buffer.from(given.toLowerCase(), "latin1");
  // timingSafeEqual needs equal lengths; comparing `a` with itself keeps the time the same for a wrong length.
  return a.length === b.length ? timingSafeEqual(a, b) : !timingSafeEqual(a, a);
}

/**
 * Records `nc` as used and returns true, or returns false for a replayed `nc`. An `nc` above the highest seen so
 * far is always new; one below it is new only if it was skipped (a request that was signed earlier but arrived
 * later, e.g. on a connection that was slower to open). Skipped values are kept up to `MAX_SKIPPED` per nonce,
 * the oldest forgotten first, so a client that skips values for good (digest-fetch counts in decimal) costs
 * bounded memory.
 */
function acceptNc(state: NonceState, nc: number): boolean {
  if (nc < 1) return false;
  if (nc > state.maxNc) {
    if (nc > state.maxNc + 1) {
      state.skipped ??= new Set();
      for (let n = Math.max(state.maxNc + 1, nc - MAX_SKIPPED); n < nc; n += 1) state.skipped.add(n);
      for (const oldest of state.skipped) {
        if (state.skipped.size <= MAX_SKIPPED) break;
        state.skipped.delete(oldest);
      }
    }
    state.maxNc = nc;
    return true;
  }
  return state.skipped?.delete(nc) ?? false;
}

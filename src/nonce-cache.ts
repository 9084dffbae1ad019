/**
 * The Digest nonces a client has learned, per protection space (origin and realm): which nonce to send up front,
 * the last `nc` used with each, and when a nonce must no longer be used (too old, used too often, or refused).
 *
 * @see https://www.rfc-editor.org/rfc/rfc7616#section-3.3
 */
import type { DigestChallenge } from "./digest.ts";

/** One server nonce and the last `nc` this client used with it. */
export interface NonceState {
  readonly challenge: DigestChallenge;
  readonly createdAt: number;
  /** `H(username:realm:password)` for this challenge's algorithm and realm: the same for every request. */
  readonly ha1: string;
  nc: number;
}

/** The nonces of one protection space (origin + realm); `current` is the one sent up front. */
interface ProtectionSpace {
  readonly nonces: Map<string, NonceState>;
  current: NonceState | undefined;
}

/** Limits of a {@link NonceCache}. */
export interface NonceCacheOptions {
  /** A nonce older than this is dropped. */
  readonly maxAgeMs: number;
  /** A nonce is dropped after this many requests. */
  readonly maxUses: number;
  /** Computes HA1 for a new challenge; the cache never sees the password itself. */
  readonly ha1: (challenge: DigestChallenge) => string;
  /** The clock, in ms. Default `Date.now`. */
  readonly now?: () => number;
}

/** Nonces remembered per protection space, so a nonce a server hands out twice keeps counting up. */
const NONCES_PER_SPACE = 16;

/** The nonce state of one Digest strategy, across every origin it talks to. */
export class NonceCache {
  private readonly spaces = new Map<string, ProtectionSpace>();
  /** The space of the realm last seen per origin: where a request with no challenge yet belongs. */
  private readonly spaceByOrigin = new Map<string, ProtectionSpace>();
  private readonly options: NonceCacheOptions;
  private readonly now: () => number;

  constructor(options: NonceCacheOptions) {
    this.options = options;
    this.now = options.now ?? (() => Date.now());
  }

  /** The nonce to send up front to `origin`, or `undefined` when the next request must go without one. */
  current(origin: string): NonceState | undefined {
    const state = this.spaceByOrigin.get(origin)?.current;
    if (state === undefined) return undefined;
    if (this.usable(state)) return state;
    this.forget(origin, state);
    return undefined;
  }

  /** Records a fresh challenge and returns the state to answer it with; a nonce seen before keeps its `nc`. */
  adopt(origin: string, challenge: DigestChallenge): NonceState {
    const space = this.space(origin, challenge.realm);
    this.spaceByOrigin.set(origin, space);
    let state = space.nonces.get(challenge.nonce);
    if (state === undefined || !this.usable(state) || state.challenge.algorithm !== challenge.algorithm) {
      state = { challenge, createdAt: this.now(), ha1: this.options.ha1(challenge), nc: 0 };
      space.nonces.delete(challenge.nonce);
      space.nonces.set(challenge.nonce, state);
      if (space.nonces.size > NONCES_PER_SPACE) {
        const oldest = space.nonces.keys().next().value;
        if (oldest !== undefined) space.nonces.delete(oldest);
      }
    }
    space.current = state;
    return state;
  }

  /** Drops a nonce the server refused (stale, unknown, or wrong keys): it is never sent again. */
  forget(origin: string, state: NonceState): void {
    const space = this.space(origin, state.challenge.realm);
    if (space.nonces.get(state.challenge.nonce) === state) space.nonces.delete(state.challenge.nonce);
    if (space.current === state) space.current = undefined;
  }

  private usable(state: NonceState): boolean {
    return this.now() - state.createdAt < this.options.maxAgeMs && state.nc < this.options.maxUses;
  }

  private space(origin: string, realm: string): ProtectionSpace {
    const key = `${origin} ${realm}`;
    let space = this.spaces.get(key);
    if (space === undefined) {
      space = { nonces: new Map(), current: undefined };
      this.spaces.set(key, space);
    }
    return space;
  }
}

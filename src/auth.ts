/**
 * The Digest strategy: turns one `fetch` into another that answers HTTP Digest challenges (RFC 7616).
 *
 * It owns the nonce state, so that after the first challenge every call costs one round trip: the next request goes
 * out with `Authorization` already set and the next `nc` of the cached nonce.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7616
 */
import {
  type AuthorizationWriter,
  authorizationWriter,
  classifyChallenge,
  createCnonce,
  type DigestChallenge,
  digestHa1,
  digestResponse,
  formatNc,
  hashUsername,
  parseChallenges,
  selectDigestChallenge,
} from "./digest.ts";
import { type AuthenticationFailure, ValidationError } from "./errors.ts";
import { NonceCache, type NonceState } from "./nonce-cache.ts";
import { type Outgoing, type SendLayer, withHeader, withSendLayer } from "./transport.ts";

/** A programmatic API key pair: the public key is the Digest username, the private key its password. */
export interface Credentials {
  readonly publicKey: string;
  readonly privateKey: string;
}

/** The shape of `fetch` a strategy wraps: one `Request` in, one `Response` out. */
export type FetchLike = (request: Request) => Promise<Response>;

/** Adds authentication to a transport: `wrapFetch(next)` returns a `fetch` that authenticates through `next`. */
export interface AuthStrategy {
  wrapFetch(next: FetchLike): FetchLike;
  /**
   * Says why a `401` that came back through `wrapFetch` failed, from its headers: each scheme reads its own
   * refusals. A strategy without it gets the Digest reading (`classifyChallenge`).
   */
  classifyUnauthorized?(headers: Headers): AuthenticationFailure;
  /** Ends what the strategy holds open (a service account revokes its token); `client.close()` calls it. */
  close?(): Promise<void>;
}

/** Options of {@link digestAuth}. */
export interface DigestAuthOptions {
  /** How many times one call may resend after a `stale=true` answer to its own resend. Default 2. */
  readonly maxStaleRefreshes?: number;
  /** A cached nonce older than this is dropped and the next call pays a fresh challenge. Default 5 minutes. */
  readonly nonceMaxAgeMs?: number;
  /** A cached nonce is dropped after this many requests. Default 1000. */
  readonly nonceMaxUses?: number;
}

const DEFAULT_MAX_STALE_REFRESHES = 2;
const DEFAULT_NONCE_MAX_AGE_MS = 5 * 60 * 1000;
const DEFAULT_NONCE_MAX_USES = 1000;
/**
 * Creates the Digest strategy for a key pair.
 *
 * Behaviour: a request's body is read once and sent again from that copy; the caller's `Request` is never changed
 * (each attempt is a new one with its own `Authorization`). Inside the package's clients no `Request` is built at
 * all: they use the strategy's `Request`-free form (src/transport.ts). On a 401 with a Digest challenge this
 * client can answer, it resends once with the computed response (method, headers, body, URL and signal kept); a
 * `stale=true` answer to that resend refreshes the nonce and resends again, at most `maxStaleRefreshes` times. A 401
 * to a correct response with `stale=false`, and a 401 offering only Basic, `auth-int` or an unknown algorithm, are
 * returned as they are (no credential of any form is sent for those): the caller classifies them with
 * `classifyChallenge`. Nonces are kept per origin and realm, never sent to another origin, and dropped after
 * `nonceMaxAgeMs`, after `nonceMaxUses` requests, and whenever the server refuses them.
 *
 * @throws {ValidationError} when a key is empty or not a string, or an option is out of range; the keys are never
 * part of the error.
 * @example
 * const auth = digestAuth({ publicKey: "abcdefgh", privateKey: process.env.MONGODB_ATLAS_PRIVATE_API_KEY ?? "" });
 * const authedFetch = auth.wrapFetch((request) => fetch(request));
 * const response = await authedFetch(new Request(url, { method: "DELETE" }));
 */
export function digestAuth(credentials: Credentials, options: DigestAuthOptions = {}): AuthStrategy {
  // Read each key once; only these two closure variables hold them from here on.
  const username = readKey(credentials, "publicKey");
  const password = readKey(credentials, "privateKey");
  const maxStaleRefreshes = readCount(options.maxStaleRefreshes, "maxStaleRefreshes", DEFAULT_MAX_STALE_REFRESHES, 0);
  const nonceMaxAgeMs = readCount(options.nonceMaxAgeMs, "nonceMaxAgeMs", DEFAULT_NONCE_MAX_AGE_MS, 0);
  const nonceMaxUses = Math.min(readCount(options.nonceMaxUses, "nonceMaxUses", DEFAULT_NONCE_MAX_USES, 1), 0xffffffff);

  const nonces = new NonceCache({
    maxAgeMs: nonceMaxAgeMs,
    maxUses: nonceMaxUses,
    ha1: (challenge) => digestHa1(challenge.algorithm, username, challenge.realm, password),
  });
  /**
   * Origins with an unauthenticated request out to learn a challenge. Calls that start meanwhile wait for it and
   * use the nonce it brings, instead of each paying a challenge of its own.
   */
  const challenging = new Map<string, Promise<void>>();
  /** Origins that answered a request without credentials with something other than a challenge: nobody waits there. */
  const unchallenged = new Set<string>();

  /** The header writer of each nonce: the fields that stay the same under it are written once. */
  const writers = new WeakMap<NonceState, AuthorizationWriter>();
  function writerFor(state: NonceState): AuthorizationWriter {
    let writer = writers.get(state);
    if (writer === undefined) {
      const { challenge } = state;
      writer = authorizationWriter({
        algorithm: challenge.algorithm,
        username: challenge.userhash ? hashUsername(challenge.algorithm, username, challenge.realm) : username,
        realm: challenge.realm,
        nonce: challenge.nonce,
        ...(challenge.qop === undefined ? {} : { qop: challenge.qop }),
        ...(challenge.opaque === undefined ? {} : { opaque: challenge.opaque }),
        ...(challenge.userhash ? { userhash: true } : {}),
      });
      writers.set(state, writer);
    }
    return writer;
  }

  /** Builds the `Authorization` header for one request, taking the nonce's next `nc` synchronously. */
  function authorize(state: NonceState, method: string, uri: string): string {
    state.nc += 1;
    const { challenge } = state;
    const nc = formatNc(state.nc);
    const cnonce = createCnonce();
    const response = digestResponse({
      algorithm: challenge.algorithm,
      username,
      password,
      realm: challenge.realm,
      nonce: challenge.nonce,
      cnonce,
      nc,
      ...(challenge.qop === undefined ? {} : { qop: challenge.qop }),
      method,
      uri,
      ha1: state.ha1,
    });
    return writerFor(state)(uri, nc, cnonce, response);
  }

  /** Each attempt is the caller's request with its own Authorization header: nothing is cloned. */
  const signed = (request: Outgoing, state: NonceState): Outgoing =>
    withHeader(request, "authorization", authorize(state, request.method, request.target));

  const layer: SendLayer = (next) => {
    /** Everything but the common case; `first` is the 401 the common case met, sent with `firstState`. */
    const full = async (request: Outgoing, first?: Response, firstState?: NonceState): Promise<Response> => {
      const { origin } = request;
      const attempt = (state: NonceState | undefined): Outgoing =>
        state === undefined ? request : signed(request, state);

      let sentWith = first === undefined ? nonces.current(origin) : firstState;
      let release: (() => void) | undefined;
      if (first === undefined && sentWith === undefined && !unchallenged.has(origin)) {
        const inFlight = challenging.get(origin);
        if (inFlight !== undefined) {
          await settledOrAborted(inFlight, request.signal);
          sentWith = nonces.current(origin);
        }
        if (sentWith === undefined && !challenging.has(origin)) {
          let wake = (): void => {};
          challenging.set(origin, new Promise<void>((resolve) => (wake = resolve)));
          release = () => {
            release = undefined;
            challenging.delete(origin);
            wake();
          };
        }
      }

      try {
        let response = first ?? (await next(attempt(sentWith)));
        if (sentWith === undefined && response.status !== 401) unchallenged.add(origin);
        let resent = false;
        let staleRefreshes = 0;

        while (response.status === 401) {
          const challenge = answerableChallenge(response.headers.get("www-authenticate"));
          // The server refused what we sent with this nonce (stale, unknown, or wrong keys): never send it again.
          if (sentWith !== undefined) nonces.forget(origin, sentWith);
          if (challenge === undefined) return response;
          if (resent) {
            if (!challenge.stale || staleRefreshes >= maxStaleRefreshes) return response;
            staleRefreshes++;
          }
          resent = true;
          sentWith = nonces.adopt(origin, challenge);
          unchallenged.delete(origin);
          // Sign before waking the calls waiting for this challenge, and send without waiting for the 401's body
          // to be released: the waiting calls can use up a short-lived nonce before a slow resend arrives.
          const resend = attempt(sentWith);
          release?.();
          void discard(response);
          response = await next(resend);
        }
        return response;
      } finally {
        release?.();
      }
    };

    return (request) => {
      const state = nonces.current(request.origin);
      if (state === undefined) return full(request);
      // The common case, a known nonce and an answer that is no 401, without an async frame of its own.
      return next(signed(request, state)).then((response) =>
        response.status === 401 ? full(request, response, state) : response,
      );
    };
  };

  const strategy: Omit<AuthStrategy, "wrapFetch"> = {
    classifyUnauthorized: (headers) => classifyChallenge(headers.get("www-authenticate")),
  };
  return withSendLayer(strategy, layer);
}

/** Waits for `promise` (which never rejects), or rejects with the signal's reason if the call is aborted first. */
function settledOrAborted(promise: Promise<void>, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<void>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    void promise.then(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    });
  });
}

function answerableChallenge(header: string | null): DigestChallenge | undefined {
  return header === null ? undefined : selectDigestChallenge(parseChallenges(header));
}

/** Releases a 401's body, so its connection can be reused; a failure there changes nothing. */
async function discard(response: Response): Promise<void> {
  try {
    await response.body?.cancel();
  } catch {
    // The body was already gone or the connection closed: nothing to release.
  }
}

function readKey(credentials: Credentials, name: keyof Credentials): string {
  const value: unknown = (credentials as Partial<Record<keyof Credentials, unknown>> | undefined)?.[name];
  if (typeof value !== "string" || value === "") {
    throw new ValidationError({ parameter: name, rule: "a non-empty string" });
  }
  // A public key with a control character is a paste mistake (a trailing newline); the value is never shown.
  if (name === "publicKey" && hasControlCharacter(value)) {
    throw new ValidationError({ parameter: name, rule: "free of control characters" });
  }
  return value;
}

/** Whether `value` holds a C0 control character or DEL: in a pasted credential, a paste mistake. */
export function hasControlCharacter(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

function readCount(value: number | undefined, name: string, fallback: number, minimum: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) && value !== Number.POSITIVE_INFINITY) {
    throw new ValidationError({ parameter: name, rule: `an integer of at least ${minimum}`, value: String(value) });
  }
  if (value < minimum) {
    throw new ValidationError({ parameter: name, rule: `an integer of at least ${minimum}`, value: String(value) });
  }
  return value;
}

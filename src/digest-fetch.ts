/**
 * A standard `fetch` that answers HTTP Digest challenges, for clients this package did not generate (openapi-fetch,
 * @hey-api/openapi-ts, orval, swagger-typescript-api, …): they all take a `fetch`, and none of them answers a Digest
 * challenge. Inside is the same RFC 7616 strategy the package's own clients use (`digestAuth`), so a generated
 * client gets its nonce reuse, per-nonce `nc`, `stale=true` handling and its refusals of Basic and unknown
 * algorithms.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7616
 */
import { type Credentials, type DigestAuthOptions, digestAuth } from "./auth.ts";
import { ValidationError } from "./errors.ts";

import type { StandardFetch } from "./transport.ts";

export type { StandardFetch } from "./transport.ts";

/** Options of {@link createDigestFetch}: the key pair, the transport, and the strategy's nonce limits. */
export interface DigestFetchOptions extends Credentials, DigestAuthOptions {
  /** The transport the requests go through; default the global `fetch` at the time of each call. */
  readonly fetch?: StandardFetch;
}

/**
 * Creates a `fetch` that authenticates every request with HTTP Digest (public key as username, private key as
 * password). One instance keeps the nonces it learns, so after the first challenge each call costs one round trip;
 * calls that start together share one challenge. Any `input` `fetch` takes works (a `Request`, a `URL`, a string),
 * with `init` applied as `fetch` applies it; a request body is replayed on the authenticated resend.
 *
 * A `401` the strategy cannot answer (a Basic-only challenge, only unknown algorithms or `auth-int`, wrong keys) is
 * returned as the `Response` it is, after sending no credential of any form: the calling client reports it as it
 * reports any `401`. The keys are never part of an error, a log line or the returned function.
 *
 * @throws {ValidationError} when a key is empty or not a string, `fetch` is not a function, or a limit is out of
 * range; the keys are never part of the error.
 * @example
 * import { createDigestFetch } from "mms-invites";
 * const digestFetch = createDigestFetch({
 *   publicKey: process.env.MONGODB_ATLAS_PUBLIC_API_KEY ?? "",
 *   privateKey: process.env.MONGODB_ATLAS_PRIVATE_API_KEY ?? "",
 * });
 * const response = await digestFetch("https://cloud.mongodb.com/api/atlas/v1.0/groups/…/invites", { method: "GET" });
 */
export function createDigestFetch(options: DigestFetchOptions): StandardFetch {
  const given: Partial<DigestFetchOptions> = options ?? {};
  const transport: unknown = given.fetch;
  if (transport !== undefined && typeof transport !== "function") {
    throw new ValidationError({ parameter: "fetch", rule: "a function with the signature of fetch" });
  }
  const next = transport as StandardFetch | undefined;
  const { publicKey, privateKey, maxStaleRefreshes, nonceMaxAgeMs, nonceMaxUses } = given;
  const limits: DigestAuthOptions = {
    ...(maxStaleRefreshes === undefined ? {} : { maxStaleRefreshes }),
    ...(nonceMaxAgeMs === undefined ? {} : { nonceMaxAgeMs }),
    ...(nonceMaxUses === undefined ? {} : { nonceMaxUses }),
  };
  // digestAuth checks the keys and says which one is wrong without showing it.
  const authed = digestAuth({ publicKey, privateKey } as Credentials, limits).wrapFetch((request) =>
    next === undefined ? fetch(request) : next(request),
  );
  return function digestFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    let request: Request;
    try {
      request = new Request(input, init);
    } catch (error) {
      return Promise.reject(error);
    }
    return authed(request);
  };
}

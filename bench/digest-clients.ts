/**
 * The clients our client is compared with, built the way a user would build them:
 * - a challenge-per-call strategy, as MongoDB's Go SDK's digest transport works (every call sends unauthenticated
 *   first, then answers that call's own challenge: 2 requests per call);
 * - digest-fetch 3.1.1 used through openapi-fetch, with the adapter it needs (it hashes a `Request` as GET, so the
 *   adapter hands it a URL string and `{ method, headers }`);
 * - a batch of ready-made `Authorization` headers for a raw `fetch` baseline.
 */
import DigestClient from "digest-fetch";
import createClient from "openapi-fetch";
import type { PathsOf } from "../src/api.ts";
import type { AuthStrategy, Credentials, FetchLike } from "../src/auth.ts";
import {
  createCnonce,
  type DigestChallenge,
  digestResponse,
  formatAuthorization,
  formatNc,
  parseChallenges,
  selectDigestChallenge,
} from "../src/digest.ts";

/** The Atlas delete path, as the spec writes it. */
export const ATLAS_DELETE_PATH = "/api/atlas/v1.0/groups/{groupId}/invites/{invitationId}";

/** The request target (path) of one Atlas delete. */
export function atlasDeleteTarget(groupId: string, invitationId: string): string {
  return `/api/atlas/v1.0/groups/${groupId}/invites/${invitationId}`;
}

/**
 * A strategy that pays a fresh challenge on every call, as MongoDB's Go SDK does: send without credentials, read
 * the 401's challenge, answer it with `nc=00000001` and a new cnonce. Plugged into our client through its `auth`
 * option, so the only difference from our Digest strategy is the round trips.
 */
export function challengePerCallAuth(credentials: Credentials): AuthStrategy {
  return {
    wrapFetch(next: FetchLike): FetchLike {
      return async (request) => {
        const first = await next(request.clone());
        if (first.status !== 401) return first;
        const challenge = selectDigestChallenge(parseChallenges(first.headers.get("www-authenticate") ?? ""));
        if (challenge === undefined) return first;
        await first.body?.cancel();
        const url = new URL(request.url);
        const uri = `${url.pathname}${url.search}`;
        const retry = request.clone();
        retry.headers.set("authorization", authorization(challenge, credentials, request.method, uri, 1));
        return next(retry);
      };
    },
  };
}

/**
 * Deletes through openapi-fetch with digest-fetch as its `fetch`. The adapter passes the URL as a string and the
 * method and headers as plain options: given the `Request` openapi-fetch builds, digest-fetch would hash `GET`.
 * Resolves to the final HTTP status.
 */
export function digestFetchDeleter(
  baseUrl: string,
  credentials: Credentials,
): (groupId: string, invitationId: string) => Promise<number> {
  const digest = new DigestClient(credentials.publicKey, credentials.privateKey);
  const api = createClient<PathsOf<"atlas">>({
    baseUrl,
    fetch: async (request: Request) => {
      const response: unknown = await digest.fetch(request.url, {
        method: request.method,
        headers: Object.fromEntries(request.headers),
      });
      return response as Response;
    },
  });
  return async (groupId, invitationId) => {
    const { response } = await api.DELETE(ATLAS_DELETE_PATH, { params: { path: { groupId, invitationId } } });
    return response.status;
  };
}

/**
 * Authorization headers for `targets`, all under one nonce with `nc` 1, 2, 3, … in order: what a raw `fetch`
 * baseline sends, computed before the timed loop so that the baseline costs only the HTTP round trip. A server that
 * refuses replayed `nc` accepts each exactly once.
 */
export function precomputedAuthorizations(
  challengeHeader: string,
  credentials: Credentials,
  method: string,
  targets: readonly string[],
): string[] {
  const challenge = selectDigestChallenge(parseChallenges(challengeHeader));
  if (challenge === undefined) throw new Error(`no answerable Digest challenge in ${JSON.stringify(challengeHeader)}`);
  return targets.map((uri, index) => authorization(challenge, credentials, method, uri, index + 1));
}

/** The Digest `Authorization` header answering `challenge` for one request, with the given nonce count. */
function authorization(
  challenge: DigestChallenge,
  credentials: Credentials,
  method: string,
  uri: string,
  count: number,
): string {
  const nc = formatNc(count);
  const cnonce = createCnonce();
  const qop = challenge.qop === undefined ? {} : { qop: challenge.qop };
  const response = digestResponse({
    algorithm: challenge.algorithm,
    username: credentials.publicKey,
    password: credentials.privateKey,
    realm: challenge.realm,
    nonce: challenge.nonce,
    cnonce,
    nc,
    method,
    uri,
    ...qop,
  });
  return formatAuthorization({
    algorithm: challenge.algorithm,
    username: credentials.publicKey,
    realm: challenge.realm,
    nonce: challenge.nonce,
    cnonce,
    nc,
    uri,
    response,
    ...qop,
    ...(challenge.opaque === undefined ? {} : { opaque: challenge.opaque }),
  });
}

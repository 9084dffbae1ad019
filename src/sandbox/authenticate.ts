/**
 * The authentication step of the sandbox's request pipeline, on its own: it reads a request's credentials and
 * answers either who made it (the public key, or a service account) or the 401 to send. HTTP Digest is the scheme
 * both targets take; a Bearer token of an Atlas service account is an `AuthScheme` tried by `firstOf` before
 * Digest, which challenges whatever no other scheme claims.
 */
import type { IncomingMessage } from "node:http";
import type { TargetId } from "../targets.ts";
import type { DigestVerifier } from "./digest-verifier.ts";
import type { SandboxOAuth } from "./oauth.ts";
import { type Answer, apiError } from "./responses.ts";

/** Who a request authenticated as, or the answer that refuses it. */
export type Authentication =
  | { readonly ok: true; readonly principal: string }
  | { readonly ok: false; readonly answer: Answer };

/** The pipeline's authentication step: every request to an operation of `target` comes out authenticated or refused. */
export type Authenticator = (req: IncomingMessage, uri: string, target: TargetId) => Authentication;

/**
 * One further scheme. `undefined` means the request carries no credentials of this scheme, so the next one may
 * look at it; an `Authentication` is that scheme's final word.
 */
export type AuthScheme = (req: IncomingMessage, uri: string, target: TargetId) => Authentication | undefined;

/** The Digest scheme: checks `Authorization: Digest …`, and challenges every request that does not carry one. */
export function digestAuthenticator(verifier: DigestVerifier): Authenticator {
  return (req, uri) => {
    const verdict = verifier.verify(req.headers.authorization, req.method ?? "", uri);
    if (verdict.ok) return { ok: true, principal: verdict.username };
    return { ok: false, answer: challenge(verifier, verdict.stale, verdict.failure) };
  };
}

/**
 * The service-account scheme: claims every `Authorization: Bearer …` and checks the token (Atlas paths only: Ops
 * Manager takes API keys). A refused token is answered as Atlas answers it, with the Digest challenge, so that an
 * API key client can still authenticate.
 */
export function bearerScheme(oauth: SandboxOAuth, verifier: DigestVerifier): AuthScheme {
  return (req, _uri, target) => {
    const verdict = oauth.verify(req.headers.authorization, target);
    if (verdict === undefined) return undefined;
    if (verdict.ok) return { ok: true, principal: verdict.username };
    return { ok: false, answer: challenge(verifier, false, verdict.failure) };
  };
}

/** Tries each scheme in order; the first that recognises the request decides, else `fallback` does. */
export function firstOf(schemes: readonly AuthScheme[], fallback: Authenticator): Authenticator {
  return (req, uri, target) => {
    for (const scheme of schemes) {
      const outcome = scheme(req, uri, target);
      if (outcome !== undefined) return outcome;
    }
    return fallback(req, uri, target);
  };
}

/** The 401 with the vendor's challenge and, for debugging, why the request failed. */
function challenge(verifier: DigestVerifier, stale: boolean, failure: string): Answer {
  const answer = apiError(401, "NOT_AUTHORIZED", "You are not authorized for this resource.");
  answer.challenge = true;
  answer.headers = { "WWW-Authenticate": verifier.challenge(stale), "X-Sandbox-Auth-Failure": failure };
  return answer;
}

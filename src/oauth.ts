/**
 * The service-account strategy: OAuth 2.0 client credentials (RFC 6749 §4.4) for Atlas. It turns one `fetch` into
 * another that sends `Authorization: Bearer <token>`, with one token shared by every call of a client.
 *
 * @see https://www.mongodb.com/docs/atlas/api/service-accounts-overview/
 */
import { type AuthStrategy, type FetchLike, hasControlCharacter } from "./auth.ts";
import { type AuthenticationFailure, ValidationError } from "./errors.ts";
import { requestToken, revokeToken, type TokenEndpoint } from "./oauth-token.ts";
import { type RetryOptions, resolveRetryOptions } from "./retry.ts";
import { parseSecureUrl } from "./secure-url.ts";
import { SharedToken } from "./token-cache.ts";
import { requestFetch, type SendLayer, withHeader, withSendLayer } from "./transport.ts";

/** A service account's credentials: its client id and client secret. */
export interface ServiceAccountCredentials {
  readonly clientId: string;
  /** Never logged, never put in an error. */
  readonly clientSecret: string;
}

/** Options of {@link serviceAccountAuth}. */
export interface ServiceAccountAuthOptions {
  /** The token endpoint. Default `https://cloud.mongodb.com/api/oauth/token`; revocation goes to `revoke` beside it. */
  readonly tokenUrl?: string;
  /** Allow plain `http://` to a token endpoint that is not a loopback address. */
  readonly allowInsecureHttp?: boolean;
  /** Retries of the token request on 429 and 5xx (the client's rules). Default: the client's defaults. */
  readonly retry?: RetryOptions | false;
  /** Time allowed for the revocation `close()` sends, in ms. Default 30000. */
  readonly timeoutMs?: number;
}

/** The token endpoint the spec names for Atlas. */
export const ATLAS_TOKEN_URL = "https://cloud.mongodb.com/api/oauth/token";

/** The error a closed client's calls fail with, before anything is sent. */
export function closedClientError(): ValidationError {
  return new ValidationError(
    { parameter: "client", rule: "a client that has not been closed" },
    "this client was closed (close() ends its session and revokes a service account's token): create a new client to send more requests",
  );
}

/**
 * Creates the service-account strategy (OAuth 2.0 client credentials).
 *
 * Behaviour: the first call asks the token endpoint for a token (`Authorization: Basic`, form
 * `grant_type=client_credentials`), and calls that start meanwhile wait for that same request: 64 concurrent cold
 * calls cause one token request. The token is reused until shortly before `expires_in` runs out, then replaced by one
 * request. A `401` to a Bearer request drops that token and resends once with a fresh one; a second `401` is returned
 * and classified `token-rejected`. `close()` revokes the token and makes later calls fail. Each waiting call keeps its
 * own signal: a call that times out stops waiting, and a token request nobody waits for is aborted.
 *
 * @throws {ValidationError} when the client id or secret is empty, not a string or holds a control character, or
 *   `tokenUrl` is not a URL credentials may be sent to; the secret is never part of the error.
 * @example
 * const atlas = createAtlasClient({ auth: serviceAccountAuth({ clientId, clientSecret }) });
 */
export function serviceAccountAuth(
  credentials: ServiceAccountCredentials,
  options: ServiceAccountAuthOptions = {},
): AuthStrategy {
  const clientId = readCredential(credentials, "clientId");
  const clientSecret = readCredential(credentials, "clientSecret");
  const tokenUrl = parseSecureUrl(options.tokenUrl ?? ATLAS_TOKEN_URL, {
    parameter: "tokenUrl",
    rule: `an absolute https:// URL such as ${ATLAS_TOKEN_URL}`,
    credentialsHint: "pass the service account as clientId and clientSecret",
    exposed: "the client secret",
    allowInsecureHttp: options.allowInsecureHttp,
  });
  const timeoutMs = options.timeoutMs ?? 30_000;
  if (!(timeoutMs > 0)) {
    throw new ValidationError({ parameter: "timeoutMs", rule: "a positive number of milliseconds" });
  }
  const redactor = new Redactor(secretForms(clientId, clientSecret));
  const endpoint: TokenEndpoint = {
    tokenUrl,
    // RFC 7009 endpoints sit beside the token endpoint on Atlas: /api/oauth/token and /api/oauth/revoke.
    revokeUrl: new URL("revoke", tokenUrl),
    authorization: basicCredential(clientId, clientSecret),
    retry: resolveRetryOptions(options.retry),
    redact: (text) => redactor.redact(text),
  };

  let transport: FetchLike | undefined;
  let userAgent: string | null = null;
  let closed = false;
  let closing: Promise<void> | undefined;
  const token = new SharedToken(async (signal) => {
    if (transport === undefined) throw closedClientError();
    const issued = await requestToken(endpoint, transport, signal, userAgent);
    redactor.remember(issued.value);
    return issued;
  });

  const layer: SendLayer = (next) => {
    // Token requests go through the same transport, as standard `Request`s (they are rare).
    transport = requestFetch(next);
    return async (request) => {
      if (closed) throw closedClientError();
      userAgent = request.headers["user-agent"] ?? userAgent;
      // Each attempt is the caller's request with its own Authorization header; the caller's object is not changed.
      let value = await token.get(request.signal);
      if (closed) throw closedClientError();
      let response = await next(withHeader(request, "authorization", `Bearer ${value}`));
      if (response.status === 401) {
        // Expired or revoked: one fresh token (shared with every call that saw the same 401) and one resend.
        token.invalidate(value);
        void discard(response);
        value = await token.get(request.signal);
        if (closed) throw closedClientError();
        response = await next(withHeader(request, "authorization", `Bearer ${value}`));
      }
      return await redactor.redactResponse(response);
    };
  };

  const strategy: Omit<AuthStrategy, "wrapFetch"> = {
    classifyUnauthorized: (): AuthenticationFailure => "token-rejected",
    close(): Promise<void> {
      closed = true;
      closing ??= (async () => {
        const value = await token.drain();
        if (value === undefined || transport === undefined) return;
        await revokeToken(endpoint, transport, value, timeoutMs, userAgent);
      })();
      return closing;
    },
  };
  return withSendLayer(strategy, layer);
}

/** Replaces the client secret and every token this strategy was issued, in any form, with `[redacted]`. */
class Redactor {
  readonly #fixed: readonly string[];
  /** The latest tokens; older ones have expired long before a server could echo them. */
  readonly #tokens: string[] = [];

  constructor(fixed: readonly string[]) {
    this.#fixed = fixed.filter((form) => form.length >= 4);
  }

  remember(token: string): void {
    this.#tokens.unshift(token);
    this.#tokens.length = Math.min(this.#tokens.length, 4);
  }

  redact(text: string): string {
    let result = text;
    for (const form of [...this.#fixed, ...this.#tokens]) result = result.replaceAll(form, "[redacted]");
    return result;
  }

  /**
   * A response whose body no longer holds a token or the secret: a server that echoes the request (a debugging
   * proxy, a misconfigured gateway) would otherwise put the token into the error built from that body.
   */
  async redactResponse(response: Response): Promise<Response> {
    if (response.body === null || NULL_BODY_STATUSES.has(response.status)) return response;
    const text = await response.text();
    const headers = new Headers(response.headers);
    headers.delete("content-length");
    return new Response(this.redact(text), { status: response.status, statusText: response.statusText, headers });
  }
}

const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/** `Basic` with the id and secret form-encoded first, as RFC 6749 §2.3.1 asks (and Go's x/oauth2 does). */
function basicCredential(clientId: string, clientSecret: string): string {
  return `Basic ${Buffer.from(`${formEncode(clientId)}:${formEncode(clientSecret)}`).toString("base64")}`;
}

function formEncode(value: string): string {
  return new URLSearchParams({ v: value }).toString().slice(2);
}

/** Every form in which the secret could come back: as is, URL- and form-encoded, in base64, and as the Basic credential. */
function secretForms(clientId: string, clientSecret: string): string[] {
  const forms = [clientSecret, encodeURIComponent(clientSecret), formEncode(clientSecret)];
  forms.push(Buffer.from(clientSecret).toString("base64"));
  forms.push(Buffer.from(`${formEncode(clientId)}:${formEncode(clientSecret)}`).toString("base64"));
  forms.push(Buffer.from(`${clientId}:${clientSecret}`).toString("base64"));
  return [...new Set(forms)];
}

function readCredential(credentials: ServiceAccountCredentials, name: keyof ServiceAccountCredentials): string {
  const value: unknown = (credentials as Partial<Record<keyof ServiceAccountCredentials, unknown>> | undefined)?.[name];
  if (typeof value !== "string" || value === "") {
    throw new ValidationError(
      { parameter: name, rule: "a non-empty string" },
      `${name} must be a non-empty string: the service account's ${name === "clientId" ? "client id" : "client secret"}`,
    );
  }
  // A control character is a paste mistake (a trailing newline); the value is never shown.
  if (hasControlCharacter(value)) {
    throw new ValidationError({ parameter: name, rule: "free of control characters" });
  }
  return value;
}

/** Releases a 401's body, so its connection can be reused; a failure there changes nothing. */
async function discard(response: Response): Promise<void> {
  try {
    await response.body?.cancel();
  } catch {
    // The body was already gone or the connection closed: nothing to release.
  }
}

/**
 * The two requests a service account makes to Atlas's OAuth 2.0 endpoints, and how their answers are read: the
 * client-credentials token request (RFC 6749 §4.4) and the token revocation (RFC 7009). Every failure becomes a typed
 * error that holds neither the client secret nor a token.
 *
 * @see https://www.mongodb.com/docs/atlas/api/service-accounts/generate-oauth2-token
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.4
 */
import type { FetchLike } from "./auth.ts";
import {
  ApiError,
  AuthenticationError,
  MmsError,
  NetworkError,
  TimeoutError,
  UnexpectedResponseError,
} from "./errors.ts";
import { parseRetryAfter, type ResolvedRetryOptions, retryingFetch } from "./retry.ts";

/** An access token as the endpoint issued it. */
export interface IssuedToken {
  readonly value: string;
  /** `expires_in`, in ms. */
  readonly lifetimeMs: number;
}

/** What both requests need: where they go, the Basic credential, the retry rules, and what to redact. */
export interface TokenEndpoint {
  readonly tokenUrl: URL;
  readonly revokeUrl: URL;
  /** `Basic base64(form(clientId):form(clientSecret))`. */
  readonly authorization: string;
  readonly retry: ResolvedRetryOptions;
  /** Removes every form of the secret and of the tokens seen from a text before it goes into an error. */
  readonly redact: (text: string) => string;
}

/** Atlas documents one hour; an endpoint that leaves `expires_in` out is taken at its word. */
const DOCUMENTED_LIFETIME_MS = 3_600_000;

/**
 * Asks for an access token with the client credentials grant, sent through `next` with `signal`.
 *
 * 429 and 5xx answers follow the retry rules for a POST: a `429`, or a `503` with `Retry-After`, is asked again; a
 * network failure or another 5xx is not, since the request may have reached the endpoint and created a token, and
 * every token counts towards the service account's limit until it expires.
 *
 * @throws {AuthenticationError} `client-refused` for `invalid_client`, `token-limit` for the active-token limit.
 * @throws {ApiError} for any other OAuth error. @throws {UnexpectedResponseError} for an answer that is no token.
 * @throws {NetworkError} when no answer arrived; the signal's reason when it was aborted.
 */
export async function requestToken(
  endpoint: TokenEndpoint,
  next: FetchLike,
  signal: AbortSignal,
  userAgent: string | null,
): Promise<IssuedToken> {
  const form = new URLSearchParams({ grant_type: "client_credentials" });
  const where = { method: "POST", path: endpoint.tokenUrl.pathname };
  const { response, text } = await post(endpoint, endpoint.tokenUrl, form, next, signal, userAgent, false);
  const { status } = response;
  if (status >= 200 && status < 300) {
    const body = jsonObject(text);
    const value = body?.access_token;
    const type = body?.token_type;
    // The body is never quoted here: a malformed token response may still hold a token.
    const unexpected = (problem: string) =>
      new UnexpectedResponseError({ ...where, status, problem, contentType: response.headers.get("content-type") });
    if (body === undefined) throw unexpected("a token response that is not a JSON object");
    // A token goes into a header as it is: it must be one visible token68-like word.
    if (typeof value !== "string" || !/^[\x21-\x7e]+$/.test(value)) {
      throw unexpected("a token response without a usable access_token");
    }
    if (typeof type !== "string" || type.toLowerCase() !== "bearer") {
      throw unexpected("a token response whose token_type is not Bearer");
    }
    return { value, lifetimeMs: lifetimeOf(body.expires_in) };
  }
  throw failure(endpoint, where, response, text);
}

/**
 * Revokes `token` (RFC 7009: `token=…&token_type_hint=access_token`, Basic client credentials), within `timeoutMs`.
 *
 * @throws the typed error of a failed answer, a `NetworkError`, or a `TimeoutError`.
 */
export async function revokeToken(
  endpoint: TokenEndpoint,
  next: FetchLike,
  token: string,
  timeoutMs: number,
  userAgent: string | null,
): Promise<void> {
  const form = new URLSearchParams({ token, token_type_hint: "access_token" });
  const where = { method: "POST", path: endpoint.revokeUrl.pathname };
  const timeout = new AbortController();
  const timer = setTimeout(
    () => timeout.abort(new DOMException(`timed out after ${timeoutMs} ms`, "TimeoutError")),
    timeoutMs,
  );
  try {
    // Revoking twice is harmless (RFC 7009 §2.2), so here a network failure or a 5xx is retried as for a DELETE.
    const { response, text } = await post(endpoint, endpoint.revokeUrl, form, next, timeout.signal, userAgent, true);
    if (response.status === 200) return;
    throw failure(endpoint, where, response, text);
  } catch (error) {
    if (timeout.signal.aborted) throw new TimeoutError({ ...where, timeoutMs }, { cause: error });
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

async function post(
  endpoint: TokenEndpoint,
  url: URL,
  form: URLSearchParams,
  next: FetchLike,
  signal: AbortSignal,
  userAgent: string | null,
  repeatable: boolean,
): Promise<{ response: Response; text: string }> {
  const where = { method: "POST", path: url.pathname };
  const headers: Record<string, string> = {
    Authorization: endpoint.authorization,
    "Content-Type": "application/x-www-form-urlencoded",
    Accept: "application/json",
  };
  if (userAgent !== null) headers["User-Agent"] = userAgent;
  // Only a TypeError counts as a network failure for the retry rules; a NetworkError is final.
  const once: FetchLike = repeatable
    ? next
    : async (request) => {
        try {
          return await next(request);
        } catch (error) {
          if (request.signal.aborted || !(error instanceof TypeError)) throw error;
          throw new NetworkError(where, { cause: error });
        }
      };
  const request = new Request(url, { method: "POST", headers, body: form.toString(), signal, redirect: "manual" });
  try {
    const response = await retryingFetch(once, endpoint.retry, repeatable)(request);
    return { response, text: await response.text() };
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    if (error instanceof MmsError) throw error;
    throw new NetworkError(where, { cause: error });
  }
}

/** The typed error for a token or revocation answer that is not a success. */
function failure(
  endpoint: TokenEndpoint,
  where: { method: string; path: string },
  response: Response,
  text: string,
): MmsError {
  const { status, headers } = response;
  const contentType = headers.get("content-type");
  if (status >= 300 && status < 400) {
    return new UnexpectedResponseError({
      ...where,
      status,
      problem: "a redirect, not followed: point tokenUrl at the token endpoint itself",
    });
  }
  const body = text.trim() === "" ? {} : jsonObject(text);
  if (body === undefined) {
    return new UnexpectedResponseError({
      ...where,
      status,
      problem: "an error status with a body that is not an OAuth error JSON object",
      contentType,
      body: endpoint.redact(text),
    });
  }
  const error = typeof body.error === "string" ? endpoint.redact(body.error) : undefined;
  const description = typeof body.error_description === "string" ? endpoint.redact(body.error_description) : undefined;
  const details = {
    ...where,
    status,
    errorCode: error,
    detail: description,
    retryAfter: parseRetryAfter(headers.get("retry-after")),
  };
  // RFC 6749 §5.2 allows invalid_client with 400 as well as 401.
  if (error === "invalid_client" || status === 401) return new AuthenticationError("client-refused", details);
  if (status === 403 && error === "access_denied" && /limit/i.test(description ?? "")) {
    return new AuthenticationError("token-limit", details);
  }
  return new ApiError(details);
}

function jsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function lifetimeOf(expiresIn: unknown): number {
  const seconds = typeof expiresIn === "string" && /^\d+$/.test(expiresIn) ? Number(expiresIn) : expiresIn;
  return typeof seconds === "number" && Number.isFinite(seconds) && seconds > 0
    ? seconds * 1000
    : DOCUMENTED_LIFETIME_MS;
}

/**
 * Reading an answer into what a call resolves to, or into the error it rejects with: the operation's success
 * statuses from the generated table say which answers carry a body, envelopes are unwrapped, and anything the spec
 * does not allow becomes an `UnexpectedResponseError` rather than a silent success.
 */
import type { Operation } from "./api.ts";
import { asEnvelope } from "./envelope.ts";
import { ApiError, AuthenticationError, type AuthenticationFailure, UnexpectedResponseError } from "./errors.ts";
import { parseRetryAfter } from "./retry.ts";

/** The rate-limit budget a server reported with `RateLimit-Limit` and `RateLimit-Remaining`. */
export interface RateLimitInfo {
  readonly limit?: number;
  readonly remaining?: number;
}

/** The `Deprecation` and `Sunset` headers of an answer, as sent. */
export interface DeprecationInfo {
  /** RFC 9745, e.g. `@1735689600`. */
  readonly deprecation?: string;
  /** RFC 8594, an HTTP date. */
  readonly sunset?: string;
}

/** What a successful call resolves to. */
export interface OperationResult<Data = unknown> {
  /** The HTTP status of the outcome (the wrapped status when enveloped): 200, 201 or 204. */
  readonly status: number;
  /** Whether the answer came in an envelope. */
  readonly enveloped: boolean;
  /** The success body, unwrapped from an envelope: an invitation, an array of them, or `undefined` for a 204. */
  readonly data: Data;
  /** The rate-limit budget the server reported, when it did. */
  readonly rateLimit?: RateLimitInfo;
  /** The `Deprecation` and `Sunset` headers, when the server sent either. */
  readonly deprecation?: DeprecationInfo;
}

/** Reads a `401` the way the strategy that sent the request would: a Bearer refusal is no Digest challenge. */
export interface UnauthorizedReader {
  classifyUnauthorized(headers: Headers): AuthenticationFailure;
}

/** The request an answer belongs to, for messages. */
export interface Where {
  readonly method: string;
  readonly path: string;
}

/**
 * Reads an answer: resolves the result of a 2xx, throws `ApiError` (or `AuthenticationError`) for an error status
 * or an enveloped error, and `UnexpectedResponseError` for an answer the spec does not allow. `body` is the body as
 * text, `undefined` when there was none, or (for an error status, as openapi-fetch reads those) already parsed JSON.
 * `auth` classifies a `401`.
 */
export function readAnswer(
  operation: Operation,
  where: Where,
  response: Response,
  body: unknown,
  auth: UnauthorizedReader,
): OperationResult {
  const { status, headers } = response;
  const text = typeof body === "string" ? body : body === undefined ? "" : undefined;
  if (status >= 200 && status < 300) {
    return readSuccess(operation, where, response, text ?? JSON.stringify(body), auth);
  }
  if (status >= 300 && status < 400) {
    throw new UnexpectedResponseError({
      ...where,
      status,
      problem: `redirect to ${describeLocation(headers.get("location"))} not followed; point baseUrl at the API host itself`,
    });
  }
  let content: unknown;
  let enveloped = false;
  if (text === undefined || text.trim() !== "") {
    const parsed = text === undefined ? body : parseJson(text);
    if (parsed === NOT_JSON || typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
      // A challenge's body is informative only: the client reads the challenge from the header.
      if (status !== 401) {
        throw new UnexpectedResponseError({
          ...where,
          status,
          problem: "an error status with a body that is not an ApiError JSON object",
          contentType: headers.get("content-type"),
          body: text ?? JSON.stringify(body),
        });
      }
    } else {
      content = parsed;
      const envelope = asEnvelope(parsed);
      if (envelope) {
        content = envelope.content;
        enveloped = true;
      }
    }
  }
  throw apiError(where, status, content, headers, enveloped, auth);
}

function readSuccess(
  operation: Operation,
  where: Where,
  response: Response,
  text: string,
  auth: UnauthorizedReader,
): OperationResult {
  const { status, headers } = response;
  const extras = extrasFrom(headers);
  // Which statuses carry data at all: a delete's only body is an envelope standing for its 204.
  const carriesData = operation.success.some((entry) => entry.body && !entry.envelopeOnly);
  const trimmed = text.trim();
  if (trimmed === "") {
    const declared = operation.success.find((entry) => entry.status === status);
    if (!carriesData || status === 204 || (declared !== undefined && !declared.body)) {
      return { status, enveloped: false, data: undefined, ...extras };
    }
    throw unexpected(where, status, headers, text, "a success status without the body the spec declares");
  }
  const parsed = parseJson(trimmed);
  if (parsed === NOT_JSON) throw unexpected(where, status, headers, text, "a success body that is not JSON");
  const envelope = asEnvelope(parsed);
  if (envelope !== undefined) {
    if (envelope.status < 200 || envelope.status >= 300) {
      throw apiError(where, envelope.status, envelope.content, headers, true, auth);
    }
    const data = carriesData ? checkedData(operation, where, status, headers, text, envelope.content) : undefined;
    return { status: envelope.status, enveloped: true, data, ...extras };
  }
  if (!carriesData) {
    // Some servers send `{}` with a 200 for a delete; anything else is not what the spec declares.
    if (trimmed === "{}") return { status, enveloped: false, data: undefined, ...extras };
    throw unexpected(
      where,
      status,
      headers,
      text,
      "a success status with a body that is neither empty nor an envelope",
    );
  }
  return { status, enveloped: false, data: checkedData(operation, where, status, headers, text, parsed), ...extras };
}

/** The body, if its JSON type is the one the operation's success answers declare (array or object). */
function checkedData(
  operation: Operation,
  where: Where,
  status: number,
  headers: Headers,
  text: string,
  value: unknown,
): unknown {
  const wanted = operation.success.find((entry) => entry.body && !entry.envelopeOnly)?.bodyType;
  const actual = Array.isArray(value) ? "array" : typeof value === "object" && value !== null ? "object" : typeof value;
  if (wanted === undefined || wanted === null || wanted === actual) return value;
  throw unexpected(where, status, headers, text, `a success body that is ${article(actual)}, not ${article(wanted)}`);
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function unexpected(where: Where, status: number, headers: Headers, body: string, problem: string) {
  return new UnexpectedResponseError({
    ...where,
    status,
    problem: `${problem}; the operation may have taken effect`,
    contentType: headers.get("content-type"),
    body,
  });
}

function apiError(
  where: Where,
  status: number,
  content: unknown,
  headers: Headers,
  enveloped: boolean,
  auth: UnauthorizedReader,
): ApiError | UnexpectedResponseError {
  if (content !== undefined && content !== null && (typeof content !== "object" || Array.isArray(content))) {
    return new UnexpectedResponseError({
      ...where,
      status,
      problem: "an error body that is not an ApiError object",
      body: JSON.stringify(content),
    });
  }
  const body = (content ?? {}) as Record<string, unknown>;
  const details = {
    ...where,
    status,
    errorCode: stringField(body.errorCode),
    detail: stringField(body.detail),
    reason: stringField(body.reason),
    parameters: Array.isArray(body.parameters) ? body.parameters : [],
    retryAfter: parseRetryAfter(headers.get("retry-after")),
    enveloped,
  };
  // Each strategy reads its own scheme's refusals: a Bearer 401 is no Digest challenge.
  if (status === 401) return new AuthenticationError(auth.classifyUnauthorized(headers), details);
  return new ApiError(details);
}

const NOT_JSON = Symbol("not JSON");

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return NOT_JSON;
  }
}

function stringField(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function extrasFrom(headers: Headers): { rateLimit?: RateLimitInfo; deprecation?: DeprecationInfo } {
  const extras: { rateLimit?: RateLimitInfo; deprecation?: DeprecationInfo } = {};
  const limit = headers.get("ratelimit-limit");
  const remaining = headers.get("ratelimit-remaining");
  if (limit !== null || remaining !== null) {
    const parsedLimit = Number.parseInt(limit ?? "", 10);
    const parsedRemaining = Number.parseInt(remaining ?? "", 10);
    if (!Number.isNaN(parsedLimit) || !Number.isNaN(parsedRemaining)) {
      extras.rateLimit = {
        ...(Number.isNaN(parsedLimit) ? {} : { limit: parsedLimit }),
        ...(Number.isNaN(parsedRemaining) ? {} : { remaining: parsedRemaining }),
      };
    }
  }
  const deprecation = headers.get("deprecation");
  const sunset = headers.get("sunset");
  if (deprecation !== null || sunset !== null) {
    extras.deprecation = {
      ...(deprecation === null ? {} : { deprecation }),
      ...(sunset === null ? {} : { sunset }),
    };
  }
  return extras;
}

function describeLocation(location: string | null): string {
  if (!location) return "an unnamed location";
  try {
    const url = new URL(location);
    // Never repeat userinfo a server may have put into the URL.
    return `${url.origin}${url.pathname}`;
  } catch {
    return "an unparseable location";
  }
}

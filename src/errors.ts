/**
 * Every error mms-invites throws, with a stable `code` to branch on and a type guard per class.
 *
 * Errors never hold a `Request`, `Headers` or options object: a logged error must not be able to leak the
 * Authorization header or a key. Guards compare `code`, not `instanceof`, so they hold across two copies of
 * the package in one process.
 */

/**
 * The stable `code` of every error class, in one list: the code type and every guard below are derived from it, so
 * a new class cannot be left out of `isMmsError`.
 */
export const MMS_ERROR_CODES = {
  validation: "ERR_MMS_VALIDATION",
  api: "ERR_MMS_API",
  authentication: "ERR_MMS_AUTHENTICATION",
  timeout: "ERR_MMS_TIMEOUT",
  network: "ERR_MMS_NETWORK",
  unexpectedResponse: "ERR_MMS_UNEXPECTED_RESPONSE",
} as const;

/** The stable `code` of an error class. */
export type MmsErrorCode = (typeof MMS_ERROR_CODES)[keyof typeof MMS_ERROR_CODES];

/** The base class of every error mms-invites throws. */
export class MmsError extends Error {
  /** A stable string to branch on; it never changes between releases. */
  readonly code: MmsErrorCode;

  constructor(code: MmsErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.name = new.target.name;
  }

  /** The fields a log line needs; `cause` is summarised, never serialised whole. */
  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = { name: this.name, code: this.code, message: this.message };
    for (const [key, value] of Object.entries(this)) {
      if (value !== undefined) json[key] = value;
    }
    if (this.cause instanceof Error) json.cause = { name: this.cause.name, message: this.cause.message };
    return json;
  }
}

/** Where a validation error came from: a call's parameter, or a client option. */
export interface ValidationErrorDetails {
  /** The parameter or option at fault, e.g. `invitationId` or `baseUrl`. */
  readonly parameter: string;
  /** The rule it broke, in words, e.g. `24 hexadecimal digits (0-9, a-f)`. */
  readonly rule: string;
  /** The value at fault, when it is safe to show (never for a key). */
  readonly value?: string;
}

/** Bad input, refused before any request is sent. */
export class ValidationError extends MmsError {
  readonly parameter: string;
  readonly rule: string;
  readonly value?: string;

  constructor(details: ValidationErrorDetails, message?: string) {
    const shown = details.value === undefined ? "" : ` (got ${JSON.stringify(details.value)})`;
    super(MMS_ERROR_CODES.validation, message ?? `${details.parameter} must be ${details.rule}${shown}`);
    this.parameter = details.parameter;
    this.rule = details.rule;
    if (details.value !== undefined) this.value = details.value;
  }
}

/** What the server said, and about which request. */
export interface ApiErrorDetails {
  /** HTTP method, e.g. `DELETE`. */
  readonly method: string;
  /** The spec's path template, e.g. `/api/atlas/v1.0/groups/{groupId}/invites/{invitationId}`. */
  readonly path: string;
  /** HTTP status of the answer (the wrapped status for an enveloped answer). */
  readonly status: number;
  /** `errorCode` of the `ApiError` body, e.g. `INVALID_INVITATION_ID`; `UNKNOWN` when the body had none. */
  readonly errorCode?: string | undefined;
  readonly detail?: string | undefined;
  readonly reason?: string | undefined;
  readonly parameters?: readonly unknown[] | undefined;
  /** Seconds to wait before retrying, from `Retry-After`, when the server sent it. */
  readonly retryAfter?: number | undefined;
  /** Whether the answer came wrapped in an envelope. */
  readonly enveloped?: boolean | undefined;
}

/** The API answered with an error status and (usually) an `ApiError` body. */
export class ApiError extends MmsError {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly errorCode: string;
  readonly detail?: string;
  readonly reason?: string;
  readonly parameters: readonly unknown[];
  readonly retryAfter?: number;
  readonly enveloped: boolean;

  constructor(details: ApiErrorDetails, options?: { cause?: unknown; code?: MmsErrorCode }) {
    const errorCode = details.errorCode ?? "UNKNOWN";
    const said = details.detail ?? details.reason ?? "no detail given";
    super(
      options?.code ?? MMS_ERROR_CODES.api,
      `${details.method} ${details.path} → ${details.status} ${errorCode}: ${said}`,
      options,
    );
    this.method = details.method;
    this.path = details.path;
    this.status = details.status;
    this.errorCode = errorCode;
    if (details.detail !== undefined) this.detail = details.detail;
    if (details.reason !== undefined) this.reason = details.reason;
    this.parameters = details.parameters ?? [];
    if (details.retryAfter !== undefined) this.retryAfter = details.retryAfter;
    this.enveloped = details.enveloped ?? false;
  }
}

/** Why authentication failed. */
export type AuthenticationFailure =
  /** The server refused a correctly computed Digest response: wrong keys, IP not on the access list, or key outside the organization. */
  | "rejected"
  /** The server's challenge is one the client cannot answer (Basic, an unknown algorithm, `auth-int` only). */
  | "unsupported-challenge"
  /** A 401 came without any `WWW-Authenticate` challenge. */
  | "no-challenge"
  /** The server kept answering `stale=true`. */
  | "stale-loop"
  /** A service account's token endpoint refused its client id or secret (`invalid_client`). */
  | "client-refused"
  /** The service account holds as many active access tokens as Atlas allows (`403 access_denied`). */
  | "token-limit"
  /** The server refused a freshly issued access token (one new token and one resend were tried). */
  | "token-rejected";

/** Authentication failed; the API error fields say what the server answered last. */
export class AuthenticationError extends ApiError {
  /** Why authentication failed. */
  readonly failure: AuthenticationFailure;

  constructor(failure: AuthenticationFailure, details: ApiErrorDetails, options?: { cause?: unknown }) {
    super(details, { ...options, code: MMS_ERROR_CODES.authentication });
    this.failure = failure;
    this.message = `${this.message} (${AUTHENTICATION_HINTS[failure]})`;
  }
}

const AUTHENTICATION_HINTS: Record<AuthenticationFailure, string> = {
  rejected:
    "the server refused the Digest credentials: check the public and private API keys, that the key belongs to the organization, and that this IP address is on the key's access list",
  "unsupported-challenge":
    "the server asked for an authentication scheme this client does not answer; no credentials were sent in reply",
  "no-challenge": "the server answered 401 without a WWW-Authenticate challenge",
  "stale-loop": "the server kept reporting the nonce as stale",
  "client-refused":
    "the token endpoint refused the service account's client id or secret: check both, and that the service account and its secret still exist and the secret has not expired",
  "token-limit":
    "the service account has as many active access tokens as Atlas allows (100): share one client per service account instead of creating one per call, close() clients you are done with so their tokens are revoked, wait for unused tokens to expire (1 hour), or use another service account",
  "token-rejected":
    "the server refused a freshly issued access token: check that the service account has the role this operation needs and that this IP address is on the service account's access list",
};

/** The request took longer than the client's `timeoutMs`. */
export class TimeoutError extends MmsError {
  readonly method: string;
  readonly path: string;
  readonly timeoutMs: number;
  /** What happened, in words (the message without the method and path). */
  readonly reason: string;

  constructor(details: { method: string; path: string; timeoutMs: number }, options?: { cause?: unknown }) {
    super(
      MMS_ERROR_CODES.timeout,
      `${details.method} ${details.path} timed out after ${details.timeoutMs} ms (raise timeoutMs if the server is slow)`,
      options,
    );
    this.method = details.method;
    this.path = details.path;
    this.timeoutMs = details.timeoutMs;
    this.reason = `timed out after ${details.timeoutMs} ms (raise timeoutMs if the server is slow)`;
  }
}

/** The request never got an answer: connection refused or reset, DNS failure, TLS failure. */
export class NetworkError extends MmsError {
  readonly method: string;
  readonly path: string;
  /** What failed, from the cause (e.g. `fetch failed: read ECONNRESET`). */
  readonly reason: string;

  constructor(details: { method: string; path: string }, options: { cause: unknown }) {
    const why = options.cause instanceof Error ? causeMessage(options.cause) : String(options.cause);
    super(
      MMS_ERROR_CODES.network,
      `${details.method} ${details.path} failed before an answer arrived: ${why}`,
      options,
    );
    this.method = details.method;
    this.path = details.path;
    this.reason = `failed before an answer arrived: ${why}`;
  }
}

/** The server answered something the spec does not allow: a non-JSON error body, a malformed envelope, a redirect. */
export class UnexpectedResponseError extends MmsError {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  /** What was wrong with the answer, in words (the message without the method, path and status). */
  readonly reason: string;
  readonly contentType?: string;
  /** The first 200 characters of the body, for diagnosis. */
  readonly bodySnippet?: string;

  constructor(
    details: {
      method: string;
      path: string;
      status: number;
      problem: string;
      contentType?: string | null | undefined;
      body?: string | undefined;
    },
    options?: { cause?: unknown },
  ) {
    super(
      MMS_ERROR_CODES.unexpectedResponse,
      `${details.method} ${details.path} → ${details.status}: ${details.problem}`,
      options,
    );
    this.method = details.method;
    this.path = details.path;
    this.status = details.status;
    this.reason = details.problem;
    if (details.contentType) this.contentType = details.contentType;
    if (details.body) this.bodySnippet = details.body.slice(0, 200);
  }
}

function causeMessage(error: Error): string {
  // undici reports "fetch failed" and keeps the useful part (ECONNRESET, ENOTFOUND …) on its own cause.
  const inner = error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return `${error.message}${inner}`;
}

type Guard<E> = (error: unknown) => error is E;

/** A guard that compares `code` with `codes`: it holds across two copies of the package in one process. */
function guardFor<E extends MmsError>(...codes: readonly MmsErrorCode[]): Guard<E> {
  return (error: unknown): error is E =>
    error instanceof Error && "code" in error && codes.includes((error as { code: unknown }).code as MmsErrorCode);
}

const C = MMS_ERROR_CODES;
/** True for any error thrown by mms-invites. */
export const isMmsError: Guard<MmsError> = guardFor(...Object.values(C));
/** True for bad input refused before sending. */
export const isValidationError: Guard<ValidationError> = guardFor(C.validation);
/** True for any answer with an error status, authentication failures included. */
export const isApiError: Guard<ApiError> = guardFor(C.api, C.authentication);
/** True when authentication failed. */
export const isAuthenticationError: Guard<AuthenticationError> = guardFor(C.authentication);
/** True when the client's timeout ran out. */
export const isTimeoutError: Guard<TimeoutError> = guardFor(C.timeout);
/** True when no answer arrived. */
export const isNetworkError: Guard<NetworkError> = guardFor(C.network);
/** True when the answer broke the contract. */
export const isUnexpectedResponseError: Guard<UnexpectedResponseError> = guardFor(C.unexpectedResponse);

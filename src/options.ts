/**
 * Every option the client takes, and the one place they are read: the factories' options once, when a client is
 * made, and each call's options when it starts. Bad options throw a `ValidationError` naming the option, before
 * anything is sent; a key is never part of the error.
 */
import { type AuthStrategy, digestAuth } from "./auth.ts";
import { type ClientAuth, resolveAuth, type ServiceAccountClientOptions } from "./auth-options.ts";
import { ValidationError } from "./errors.ts";
import { type RetryOptions, resolveRetryOptions } from "./retry.ts";
import { parseSecureUrl } from "./secure-url.ts";
import { type TargetId, targets } from "./targets.ts";
import type { ClientFetch } from "./transport.ts";
import { VERSION } from "./version.ts";

/** What {@link ClientOptions.onDeprecation} is told, once per operation and client. */
export interface DeprecationNotice {
  /** The client method, e.g. `deleteProjectInvitation`. */
  readonly operation: string;
  readonly method: string;
  /** The spec's path template. */
  readonly path: string;
  /** The `Deprecation` header as sent (RFC 9745, e.g. `@1735689600`), when it was. */
  readonly deprecation?: string;
  /** The `Sunset` header as sent (RFC 8594, an HTTP date), when it was. */
  readonly sunset?: string;
}

/** Options shared by both factories. */
export interface ClientOptions {
  /** Programmatic API public key: the Digest username. */
  readonly publicKey?: string;
  /** Programmatic API private key: the Digest password. Never logged, never put in an error. */
  readonly privateKey?: string;
  /**
   * Authentication strategy, instead of `publicKey`/`privateKey`: wraps the transport (see {@link AuthStrategy}).
   * For tests and unusual gateways; the default is Digest with the keys.
   */
  readonly auth?: AuthStrategy;
  /** Where the API is: scheme, host, port and an optional mount path, without the `/api/...` prefix. */
  readonly baseUrl?: string;
  /**
   * The `fetch` to send requests with, called exactly as the global `fetch` is: `fetch(url, init)`, `url` a string,
   * `init` with `method`, `headers` (a plain object, lower-case names), `body` (a string, only when there is one),
   * `signal` and `redirect: "manual"`; it resolves to the `Response`. No `Request` object is built for it.
   * Default: the global `fetch`, looked up at each call.
   */
  readonly fetch?: ClientFetch;
  /** Time allowed for one call, retries and waits included, in ms. Default 30000. */
  readonly timeoutMs?: number;
  /**
   * Retry settings, or `false` for none. Default: 2 retries. `429`, and `503` with `Retry-After`, are retried for
   * every method; network failures and other 5xx only for idempotent ones (GET, PATCH, DELETE), never for a POST.
   */
  readonly retry?: RetryOptions | false;
  /** Sent as `User-Agent`, before `mms-invites/<version>`. */
  readonly userAgent?: string;
  /** Allow plain `http://` to a host other than a loopback address. Keys then cross the network in a reversible form. */
  readonly allowInsecureHttp?: boolean;
  /**
   * Called the first time an operation's answer carries `Deprecation` or `Sunset`, once per operation for this
   * client. The library itself logs nothing; pass `console.warn`-based code to be told.
   */
  readonly onDeprecation?: (notice: DeprecationNotice) => void;
}

/**
 * Options for `createAtlasClient`: `baseUrl` defaults to `https://cloud.mongodb.com`; a service account
 * (`clientId`, `clientSecret`) can stand in for the API key pair.
 */
export interface AtlasClientOptions extends ClientOptions, ServiceAccountClientOptions {}

/** Options for `createOpsManagerClient`: `baseUrl` is required, e.g. `https://opsmanager.example.com:8443`. */
export interface OpsManagerClientOptions extends ClientOptions {
  readonly baseUrl: string;
}

/** Options for one call. */
export interface CallOptions {
  /** Cancels the call; the call then rejects with the signal's reason. */
  readonly signal?: AbortSignal;
  /** Send `envelope=true` and unwrap the `{status, content}` answer. Never sent unless set. */
  readonly envelope?: boolean;
  /** Send `pretty=true`. */
  readonly pretty?: boolean;
  /** Extra request headers (e.g. `Prefer` for a mock server). */
  readonly headers?: Readonly<Record<string, string>>;
}

/** The client options once read: what the factory builds the client from. */
export interface ResolvedClientOptions {
  readonly baseUrl: string;
  /** The strategy the options chose: `auth`, a service account, or Digest with the key pair. */
  readonly auth: ClientAuth;
  readonly fetch: ClientFetch | undefined;
  readonly timeoutMs: number;
  readonly retry: RetryOptions | false | undefined;
  readonly userAgent: string;
  readonly onDeprecation: ((notice: DeprecationNotice) => void) | undefined;
}

/** One call's options once read. */
export interface ResolvedCallOptions {
  /** `pretty` and `envelope`, only when set. */
  readonly query: Readonly<Record<string, boolean>>;
  readonly signal: AbortSignal | undefined;
  readonly headers: Readonly<Record<string, string>> | undefined;
}

const NO_CALL_OPTIONS: ResolvedCallOptions = Object.freeze({
  query: Object.freeze({}),
  signal: undefined,
  headers: undefined,
});
const CALL_OPTION_NAMES = new Set(["signal", "envelope", "pretty", "headers"]);
const RETRY_OPTION_NAMES = ["retries", "minDelayMs", "maxDelayMs", "maxRetryAfterMs"];

/**
 * Reads and checks a factory's options; which authentication they ask for (and every contradiction in that) is
 * `resolveAuth`'s to decide.
 */
export function readClientOptions(target: TargetId, options: unknown): ResolvedClientOptions {
  if (typeof options !== "object" || options === null) {
    throw new ValidationError({ parameter: "options", rule: "an object with publicKey, privateKey and baseUrl" });
  }
  const given = options as ClientOptions;
  if (given.fetch !== undefined && typeof given.fetch !== "function") {
    throw new ValidationError({ parameter: "fetch", rule: "a function with the signature of fetch(url, init)" });
  }
  if (given.onDeprecation !== undefined && typeof given.onDeprecation !== "function") {
    throw new ValidationError({ parameter: "onDeprecation", rule: "a function" });
  }
  const baseUrl = normaliseBaseUrl(target, given);
  const timeoutMs = positiveNumber("timeoutMs", given.timeoutMs, 30_000);
  const retry = validateRetry(given.retry);
  const auth = resolveAuth(given, target, { baseUrl, timeoutMs, retry: resolveRetryOptions(retry) }, () =>
    digestAuth(credentialsFrom(given)),
  );
  return {
    baseUrl,
    auth,
    fetch: given.fetch,
    timeoutMs,
    retry,
    userAgent: userAgentFrom(given.userAgent),
    onDeprecation: given.onDeprecation,
  };
}

/** Reads and checks one call's options; the common case, none, costs nothing. */
export function readCallOptions(call: unknown): ResolvedCallOptions {
  if (call === undefined) return NO_CALL_OPTIONS;
  if (typeof call !== "object" || call === null) {
    throw new ValidationError({ parameter: "options", rule: "an object such as { envelope: true }" });
  }
  const { signal, envelope, pretty, headers } = call as Record<string, unknown>;
  for (const key in call) {
    if (!CALL_OPTION_NAMES.has(key)) {
      throw new ValidationError({ parameter: `options.${key}`, rule: "one of signal, envelope, pretty, headers" });
    }
  }
  let query: Record<string, boolean> = NO_CALL_OPTIONS.query as Record<string, boolean>;
  // In the spec's order, so the query string reads as the spec's examples do.
  for (const [name, value] of [
    ["pretty", pretty],
    ["envelope", envelope],
  ] as const) {
    if (value === undefined) continue;
    if (typeof value !== "boolean") {
      throw new ValidationError({ parameter: name, rule: "true or false", value: String(value).slice(0, 64) });
    }
    if (query === NO_CALL_OPTIONS.query) query = {};
    query[name] = value;
  }
  if (signal !== undefined && !(signal instanceof AbortSignal)) {
    throw new ValidationError({ parameter: "signal", rule: "an AbortSignal" });
  }
  if (headers !== undefined) {
    if (typeof headers !== "object" || headers === null) {
      throw new ValidationError({ parameter: "headers", rule: "an object of header names to string values" });
    }
    for (const [name, value] of Object.entries(headers)) {
      if (typeof value !== "string") {
        throw new ValidationError({ parameter: `headers.${name}`, rule: "a string" });
      }
    }
  }
  return {
    query,
    signal: signal as AbortSignal | undefined,
    headers: headers as Readonly<Record<string, string>> | undefined,
  };
}

function credentialsFrom(options: ClientOptions): { publicKey: string; privateKey: string } {
  const { publicKey, privateKey } = options;
  if (typeof publicKey !== "string" || publicKey.trim() === "") {
    throw new ValidationError(
      { parameter: "publicKey", rule: "a non-empty string" },
      "publicKey is required: the programmatic API public key (or pass an auth strategy)",
    );
  }
  if (typeof privateKey !== "string" || privateKey.trim() === "") {
    throw new ValidationError(
      { parameter: "privateKey", rule: "a non-empty string" },
      "privateKey is required: the programmatic API private key (or pass an auth strategy)",
    );
  }
  return { publicKey, privateKey };
}

function normaliseBaseUrl(target: TargetId, options: ClientOptions): string {
  const { pathPrefix, defaultBaseUrl, title } = targets[target];
  const raw = options.baseUrl ?? defaultBaseUrl;
  const rule = "an absolute https:// URL such as https://opsmanager.example.com:8443";
  if (raw === undefined) {
    throw new ValidationError({ parameter: "baseUrl", rule }, `baseUrl is required for ${title}: ${rule}`);
  }
  const url = parseSecureUrl(raw, {
    parameter: "baseUrl",
    rule,
    credentialsHint: "pass the keys as publicKey and privateKey",
    exposed: "Digest credentials",
    allowInsecureHttp: options.allowInsecureHttp,
  });
  let pathname = url.pathname.replace(/\/+$/, "");
  // People paste the documented base URL, which already ends with the API prefix the spec paths start with.
  if (pathname.endsWith(pathPrefix)) pathname = pathname.slice(0, -pathPrefix.length);
  return `${url.origin}${pathname}`;
}

function positiveNumber(parameter: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
    throw new ValidationError({ parameter, rule: "a positive number of milliseconds", value: String(value) });
  }
  return value;
}

function validateRetry(retry: unknown): RetryOptions | false | undefined {
  if (retry === undefined || retry === false) return retry;
  if (typeof retry !== "object" || retry === null) {
    throw new ValidationError({ parameter: "retry", rule: "false or an object such as { retries: 2 }" });
  }
  for (const [key, value] of Object.entries(retry)) {
    if (!RETRY_OPTION_NAMES.includes(key)) {
      throw new ValidationError({
        parameter: `retry.${key}`,
        rule: RETRY_OPTION_NAMES.join(", ").replace(/, (?=[^,]*$)/, " or "),
      });
    }
    if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
      throw new ValidationError({ parameter: `retry.${key}`, rule: "a whole number, 0 or more", value: String(value) });
    }
  }
  return retry as RetryOptions;
}

function userAgentFrom(userAgent: unknown): string {
  const ours = `mms-invites/${VERSION}`;
  if (userAgent === undefined) return ours;
  if (typeof userAgent !== "string" || /[\r\n]/.test(userAgent)) {
    throw new ValidationError({ parameter: "userAgent", rule: "a single-line string" });
  }
  return `${userAgent} ${ours}`;
}

/**
 * createAtlasClient() and createOpsManagerClient(): one factory per target. Each client carries one method per
 * operation the spec tags with its target (derived from the generated operation table, not written by hand) and
 * the typed openapi-fetch client for that target's paths as `api`.
 */
import createClient, { type Client } from "openapi-fetch";
import { type Operation, type OperationIdOf, operations, type PathParamsOf, type PathsOf } from "./api.ts";
import { type AuthStrategy, digestAuth, type FetchLike } from "./auth.ts";
import { type ClientAuth, resolveAuth, type ServiceAccountClientOptions } from "./auth-options.ts";
import { parseEnvelope } from "./envelope.ts";
import {
  ApiError,
  AuthenticationError,
  MmsError,
  NetworkError,
  TimeoutError,
  UnexpectedResponseError,
  ValidationError,
} from "./errors.ts";
import { parseRetryAfter, type RetryOptions, resolveRetryOptions, retryingFetch } from "./retry.ts";
import { parseSecureUrl } from "./secure-url.ts";
import { type TargetId, targets } from "./targets.ts";
import { VERSION } from "./version.ts";

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
  /** The `fetch` to send requests with. Default: the global `fetch`. */
  readonly fetch?: FetchLike;
  /** Time allowed for one call, retries and waits included, in ms. Default 30000. */
  readonly timeoutMs?: number;
  /** Retry settings, or `false` for none. Default: 2 retries (429/503 after `Retry-After`, 5xx and network failures after backoff). */
  readonly retry?: RetryOptions | false;
  /** Sent as `User-Agent`, before `mms-invites/<version>`. */
  readonly userAgent?: string;
  /** Allow plain `http://` to a host other than a loopback address. Keys then cross the network in a reversible form. */
  readonly allowInsecureHttp?: boolean;
}

/**
 * Options for {@link createAtlasClient}: `baseUrl` defaults to `https://cloud.mongodb.com`; a service account
 * (`clientId`, `clientSecret`) can stand in for the API key pair.
 */
export interface AtlasClientOptions extends ClientOptions, ServiceAccountClientOptions {}

/** Options for {@link createOpsManagerClient}: `baseUrl` is required, e.g. `https://opsmanager.example.com:8443`. */
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

/** What a successful call resolves to. */
export interface OperationResult {
  /** The HTTP status of the outcome: 204 for a delete (the wrapped status when enveloped). */
  readonly status: number;
  /** Whether the answer came in an envelope. */
  readonly enveloped: boolean;
  /** The rate-limit budget the server reported, when it did. */
  readonly rateLimit?: { readonly limit?: number; readonly remaining?: number };
}

/** One method per operation of target `T`, named by its operationId, taking its path parameters. */
export type TargetMethods<T extends TargetId> = {
  readonly [K in OperationIdOf<T>]: (params: PathParamsOf<K>, options?: CallOptions) => Promise<OperationResult>;
};

/** A client for one target: its operations, plus the typed openapi-fetch client for its paths. */
export type TargetClient<T extends TargetId> = TargetMethods<T> & {
  /** The typed openapi-fetch client: accepts only this target's paths, sends through the same auth and retries. */
  readonly api: Client<PathsOf<T>>;
  /** Which target this client talks to. */
  readonly target: T;
  /** The normalised base URL requests go to. */
  readonly baseUrl: string;
  /** Ends the client: a service account's token is revoked, and every later call fails before anything is sent. */
  close(): Promise<void>;
};

/** A client for MongoDB Atlas. */
export type AtlasClient = TargetClient<"atlas">;
/** A client for a self-hosted MongoDB Ops Manager. */
export type OpsManagerClient = TargetClient<"opsManager">;

/**
 * Creates a client for MongoDB Atlas.
 *
 * @example
 * ```ts
 * const atlas = createAtlasClient({ publicKey: process.env.MONGODB_ATLAS_PUBLIC_API_KEY, privateKey: process.env.MONGODB_ATLAS_PRIVATE_API_KEY });
 * await atlas.deleteProjectInvitation({ groupId: "32b6e34b3d91647abb20e7b8", invitationId: "5f3a1c2b9d4e8f7a6b5c4d3e" });
 * ```
 * @see https://www.mongodb.com/docs/atlas/reference/api/project-invitations-delete-one/
 */
export function createAtlasClient(options: AtlasClientOptions): AtlasClient {
  return createTargetClient("atlas", options);
}

/**
 * Creates a client for a self-hosted MongoDB Ops Manager.
 *
 * @example
 * ```ts
 * const om = createOpsManagerClient({ baseUrl: "https://om.example.com:8443", publicKey, privateKey });
 * await om.deleteOrganizationInvitation({ orgId: "4888442a3354817a7320eb61", invitationId: "5f3a1c2b9d4e8f7a6b5c4d3e" });
 * ```
 * @see https://www.mongodb.com/docs/ops-manager/current/reference/api/invitations/organizations/delete-one-invitation/
 */
export function createOpsManagerClient(options: OpsManagerClientOptions): OpsManagerClient {
  return createTargetClient("opsManager", options);
}

function createTargetClient<T extends TargetId>(target: T, options: ClientOptions): TargetClient<T> {
  if (typeof options !== "object" || options === null) {
    throw new ValidationError({ parameter: "options", rule: "an object with publicKey, privateKey and baseUrl" });
  }
  const baseUrl = normaliseBaseUrl(target, options);
  const timeoutMs = positiveNumber("timeoutMs", options.timeoutMs, 30_000);
  const retry = resolveRetryOptions(validateRetry(options.retry));
  const auth = resolveAuth(options, target, { baseUrl, timeoutMs, retry }, () => digestAuth(credentialsFrom(options)));
  const userAgent = userAgentFrom(options.userAgent);
  const transport: FetchLike = options.fetch ?? ((request) => fetch(request));
  const api = createClient<PathsOf<T>>({
    baseUrl,
    fetch: retryingFetch(auth.wrapFetch(transport), retry),
    headers: { Accept: "application/json", "User-Agent": userAgent },
    // A redirect would carry the request to a host the caller did not name; it is reported, never followed.
    redirect: "manual",
  });

  const methods: Record<string, (params: unknown, call?: CallOptions) => Promise<OperationResult>> = {};
  for (const operation of Object.values(operations) as Operation[]) {
    if (operation.target !== target) continue;
    methods[operation.operationId] = (params, call) => invoke(api, operation, timeoutMs, auth, params, call);
  }
  return Object.freeze({ ...methods, api, target, baseUrl, close: () => auth.close() }) as TargetClient<T>;
}

async function invoke(
  api: Client<never>,
  operation: Operation,
  timeoutMs: number,
  auth: ClientAuth,
  params: unknown,
  call: CallOptions = {},
): Promise<OperationResult> {
  const path = validatePathParams(operation, params);
  const query = validateQuery(operation, call);
  const where = { method: operation.method, path: operation.path };
  // A timer cleared when the call ends, not AbortSignal.timeout(): that one keeps its timer (and what it holds)
  // alive for the whole timeout after every call.
  const timeout = new AbortController();
  const timer = setTimeout(
    () => timeout.abort(new DOMException(`timed out after ${timeoutMs} ms`, "TimeoutError")),
    timeoutMs,
  );
  const signal = call.signal ? AbortSignal.any([call.signal, timeout.signal]) : timeout.signal;
  const request = api.request as unknown as (
    method: string,
    url: string,
    init: object,
  ) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
  let result: { data?: unknown; error?: unknown; response: Response };
  try {
    result = await request(operation.method.toLowerCase(), operation.path, {
      params: { path, query },
      parseAs: "text",
      signal,
      ...(call.headers ? { headers: call.headers } : {}),
    });
  } catch (error) {
    if (call.signal?.aborted) throw call.signal.reason;
    if (timeout.signal.aborted) throw new TimeoutError({ ...where, timeoutMs }, { cause: error });
    if (error instanceof MmsError) throw error;
    throw new NetworkError(where, { cause: error });
  } finally {
    clearTimeout(timer);
  }
  return interpret(where, result.response, result.response.ok ? result.data : result.error, auth);
}

function interpret(
  where: { method: string; path: string },
  response: Response,
  body: unknown,
  auth: ClientAuth,
): OperationResult {
  const { status, headers } = response;
  const rateLimit = rateLimitFrom(headers);
  if (status >= 200 && status < 300) {
    const text = typeof body === "string" ? body.trim() : "";
    if (status === 204 || text === "" || text === "{}") return { status, enveloped: false, ...rateLimit };
    const envelope = parseEnvelope(text);
    if (!envelope) {
      throw new UnexpectedResponseError({
        ...where,
        status,
        problem:
          "a success status with a body that is neither empty nor an envelope; the operation may have taken effect",
        contentType: headers.get("content-type"),
        body: text,
      });
    }
    if (envelope.status >= 200 && envelope.status < 300) {
      return { status: envelope.status, enveloped: true, ...rateLimit };
    }
    throw apiError(where, envelope.status, envelope.content, headers, true, auth);
  }
  if (status >= 300 && status < 400) {
    throw new UnexpectedResponseError({
      ...where,
      status,
      problem: `redirect to ${describeLocation(headers.get("location"))} not followed; point baseUrl at the API host itself`,
    });
  }
  let content = body;
  let enveloped = false;
  if (typeof content === "string" && content.trim() !== "") {
    if (status !== 401) {
      throw new UnexpectedResponseError({
        ...where,
        status,
        problem: "an error status with a body that is not an ApiError JSON object",
        contentType: headers.get("content-type"),
        body: content,
      });
    }
    content = undefined;
  }
  const envelope = typeof content === "object" ? parseEnvelope(JSON.stringify(content)) : undefined;
  if (envelope) {
    content = envelope.content;
    enveloped = true;
  }
  throw apiError(where, status, content, headers, enveloped, auth);
}

function apiError(
  where: { method: string; path: string },
  status: number,
  content: unknown,
  headers: Headers,
  enveloped: boolean,
  auth: ClientAuth,
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

function stringField(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function rateLimitFrom(headers: Headers): { rateLimit?: { limit?: number; remaining?: number } } {
  const limit = Number.parseInt(headers.get("ratelimit-limit") ?? "", 10);
  const remaining = Number.parseInt(headers.get("ratelimit-remaining") ?? "", 10);
  if (Number.isNaN(limit) && Number.isNaN(remaining)) return {};
  return {
    rateLimit: {
      ...(Number.isNaN(limit) ? {} : { limit }),
      ...(Number.isNaN(remaining) ? {} : { remaining }),
    },
  };
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

const ID_RULE = "24 hexadecimal digits in lower case (0-9, a-f), e.g. 5f3a1c2b9d4e8f7a6b5c4d3e";

function ruleFor(pattern: string | null): string {
  return pattern === "^([a-f0-9]{24})$" ? ID_RULE : `a string matching /${pattern}/`;
}

const patterns = new Map<string, RegExp>();

/** The spec's patterns, compiled once each. */
function compiled(pattern: string): RegExp {
  let regexp = patterns.get(pattern);
  if (regexp === undefined) {
    regexp = new RegExp(pattern);
    patterns.set(pattern, regexp);
  }
  return regexp;
}

function validatePathParams(operation: Operation, params: unknown): Record<string, string> {
  const names: readonly string[] = operation.pathParams.map((p) => p.name);
  if (typeof params !== "object" || params === null) {
    throw new ValidationError({ parameter: "params", rule: `an object with ${names.join(" and ")}` });
  }
  const path: Record<string, string> = {};
  for (const { name, pattern } of operation.pathParams) {
    const value = (params as Record<string, unknown>)[name];
    if (typeof value !== "string") {
      throw new ValidationError(
        { parameter: name, rule: ruleFor(pattern) },
        `${name} is required: ${ruleFor(pattern)}`,
      );
    }
    if (pattern !== null && !compiled(pattern).test(value)) {
      throw new ValidationError({ parameter: name, rule: ruleFor(pattern), value: value.slice(0, 64) });
    }
    path[name] = value;
  }
  for (const key of Object.keys(params)) {
    if (!names.includes(key)) {
      throw new ValidationError(
        { parameter: key, rule: `one of ${names.join(", ")}` },
        `${operation.operationId} takes no parameter ${JSON.stringify(key)}; it takes ${names.join(" and ")}`,
      );
    }
  }
  return path;
}

function validateQuery(operation: Operation, call: CallOptions): Record<string, boolean> {
  if (typeof call !== "object" || call === null) {
    throw new ValidationError({ parameter: "options", rule: "an object such as { envelope: true }" });
  }
  const query: Record<string, boolean> = {};
  for (const { name, type } of operation.queryParams) {
    const value = (call as Record<string, unknown>)[name];
    if (value === undefined) continue;
    if (type === "boolean" && typeof value !== "boolean") {
      throw new ValidationError({ parameter: name, rule: "true or false", value: String(value).slice(0, 64) });
    }
    query[name] = value as boolean;
  }
  return query;
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

function validateRetry(retry: RetryOptions | false | undefined): RetryOptions | false | undefined {
  if (retry === undefined || retry === false) return retry;
  if (typeof retry !== "object" || retry === null) {
    throw new ValidationError({ parameter: "retry", rule: "false or an object such as { retries: 2 }" });
  }
  for (const [key, value] of Object.entries(retry)) {
    if (!["retries", "minDelayMs", "maxDelayMs", "maxRetryAfterMs"].includes(key)) {
      throw new ValidationError({
        parameter: `retry.${key}`,
        rule: "retries, minDelayMs, maxDelayMs or maxRetryAfterMs",
      });
    }
    if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
      throw new ValidationError({ parameter: `retry.${key}`, rule: "a whole number, 0 or more", value: String(value) });
    }
  }
  return retry;
}

function userAgentFrom(userAgent: unknown): string {
  const ours = `mms-invites/${VERSION}`;
  if (userAgent === undefined) return ours;
  if (typeof userAgent !== "string" || /[\r\n]/.test(userAgent)) {
    throw new ValidationError({ parameter: "userAgent", rule: "a single-line string" });
  }
  return `${userAgent} ${ours}`;
}

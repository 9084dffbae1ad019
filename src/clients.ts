/**
 * createAtlasClient() and createOpsManagerClient(): one factory per target. Each client carries one method per
 * operation the spec tags with its target, named by MongoDB's v1 operationId and built from the generated
 * operation table (no code per operation), plus the typed openapi-fetch client for that target's paths as `api`.
 */
import createClient, { type Client } from "openapi-fetch";
import {
  type DataOf,
  type InputOf,
  type MethodNameOf,
  type Operation,
  type OperationIdOf,
  operations,
  type PathsOf,
} from "./api.ts";
import type { ClientAuth } from "./auth-options.ts";
import { startCallTimeout } from "./call-timeout.ts";
import { MmsError, NetworkError, TimeoutError } from "./errors.ts";
import { checkInput, type InputPlan, planInput } from "./input.ts";
import {
  type AtlasClientOptions,
  type CallOptions,
  type DeprecationNotice,
  type OpsManagerClientOptions,
  readCallOptions,
  readClientOptions,
} from "./options.ts";
import { type OperationResult, readAnswer } from "./responses.ts";
import { resolveRetryOptions, retryingSend } from "./retry.ts";
import type { TargetId } from "./targets.ts";
import { fetchTransport, type Outgoing, requestFetch, type Send } from "./transport.ts";

export type {
  AtlasClientOptions,
  CallOptions,
  ClientOptions,
  DeprecationNotice,
  OpsManagerClientOptions,
} from "./options.ts";
export type { DeprecationInfo, OperationResult, RateLimitInfo } from "./responses.ts";

/**
 * One method per operation of target `T`, named by MongoDB's v1 operationId. Its first argument holds the
 * operation's path parameters, its query parameters other than `pretty` and `envelope`, and its body fields.
 */
export type TargetMethods<T extends TargetId> = {
  readonly [K in OperationIdOf<T> as MethodNameOf<K>]: (
    input: InputOf<K>,
    options?: CallOptions,
  ) => Promise<OperationResult<DataOf<K>>>;
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
 * const { data } = await atlas.createProjectInvitation({ groupId: "32b6e34b3d91647abb20e7b8", username: "jane.doe@example.com", roles: ["GROUP_READ_ONLY"] });
 * await atlas.deleteProjectInvitation({ groupId: "32b6e34b3d91647abb20e7b8", invitationId: data.id });
 * ```
 * @see https://www.mongodb.com/docs/atlas/reference/api/project-invitations/
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
 * const { data } = await om.listOrganizationInvitations({ orgId: "4888442a3354817a7320eb61" });
 * await om.deleteOrganizationInvitation({ orgId: "4888442a3354817a7320eb61", invitationId: data[0].id });
 * ```
 * @see https://www.mongodb.com/docs/ops-manager/current/reference/api/invitations/
 */
export function createOpsManagerClient(options: OpsManagerClientOptions): OpsManagerClient {
  return createTargetClient("opsManager", options);
}

/** What every call of one client shares. */
interface CallContext {
  /** The transport with auth and retries, the same one `api` sends through. */
  readonly send: Send;
  /** `https://host:port` of the base URL. */
  readonly origin: string;
  /** The base URL's mount path ("" for none), put before every spec path. */
  readonly mount: string;
  /** The headers every request carries, lower-case names. */
  readonly headers: Readonly<Record<string, string>>;
  /** The same with `content-type: application/json`, for a request with a body. */
  readonly jsonHeaders: Readonly<Record<string, string>>;
  readonly timeoutMs: number;
  /** The strategy behind `send`, which reads the 401s it caused. */
  readonly auth: ClientAuth;
  readonly onDeprecation: ((notice: DeprecationNotice) => void) | undefined;
  /** Operations already reported to `onDeprecation`. */
  readonly reported: Set<string>;
}

function createTargetClient<T extends TargetId>(target: T, options: unknown): TargetClient<T> {
  const resolved = readClientOptions(target, options);
  const { auth } = resolved;
  // Timeout and retries outside, then authentication, then fetch(url, init): no layer builds a Request.
  const send = retryingSend(auth.layer(fetchTransport(resolved.fetch)), resolveRetryOptions(resolved.retry));
  const api = createClient<PathsOf<T>>({
    baseUrl: resolved.baseUrl,
    // openapi-fetch hands over a Request; it is read into the same request values the methods send.
    fetch: requestFetch(send),
    headers: { Accept: "application/json", "User-Agent": resolved.userAgent },
    // A redirect would carry the request to a host the caller did not name; it is reported, never followed.
    redirect: "manual",
  });
  const origin = new URL(resolved.baseUrl).origin;
  const headers = { accept: "application/json", "user-agent": resolved.userAgent };
  const context: CallContext = {
    send,
    origin,
    mount: resolved.baseUrl.slice(origin.length),
    headers,
    jsonHeaders: { ...headers, "content-type": "application/json" },
    timeoutMs: resolved.timeoutMs,
    auth,
    onDeprecation: resolved.onDeprecation,
    reported: new Set(),
  };

  const methods: Record<string, (input: unknown, call?: CallOptions) => Promise<OperationResult>> = {};
  for (const operation of Object.values(operations) as Operation[]) {
    if (operation.target !== target) continue;
    const plan = planInput(operation);
    methods[operation.name] = (input, call) => invoke(context, plan, input, call);
  }
  const close = () => auth.close();
  return Object.freeze({ ...methods, api, target, baseUrl: resolved.baseUrl, close }) as unknown as TargetClient<T>;
}

/** The generic call every method is: check the input, send, read the answer. */
async function invoke(
  context: CallContext,
  plan: InputPlan,
  input: unknown,
  call: CallOptions | undefined,
): Promise<OperationResult> {
  const { operation } = plan;
  const { path, query, body } = checkInput(plan, input);
  const options = readCallOptions(call);
  const where = { method: operation.method, path: operation.path };
  // A timer cleared when the call ends, not AbortSignal.timeout(): that one keeps its timer (and what it holds)
  // alive for the whole timeout after every call. Its controller may be reused by later calls (call-timeout.ts).
  const timeout = startCallTimeout(context.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout.signal]) : timeout.signal;
  // Plain values all the way down to fetch(url, init): the table already says where every value goes, so neither
  // openapi-fetch's serializers nor a Request of our own are needed (Node's fetch builds the one Request).
  const base = body === undefined ? context.headers : context.jsonHeaders;
  const request: Outgoing = {
    origin: context.origin,
    target: `${context.mount}${plan.url(path)}${queryString(query, options.query)}`,
    method: operation.method,
    headers: options.headers === undefined ? base : withCallHeaders(base, options.headers),
    body: body === undefined ? undefined : JSON.stringify(body),
    signal,
    redirect: undefined,
  };
  let response: Response;
  let text: string | undefined;
  try {
    response = await context.send(request);
    text = hasNoBody(response) ? undefined : await response.text();
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason;
    if (timeout.fired) throw new TimeoutError({ ...where, timeoutMs: context.timeoutMs }, { cause: error });
    if (error instanceof MmsError) throw error;
    throw new NetworkError(where, { cause: error });
  } finally {
    timeout.end();
  }
  const answer = readAnswer(operation, where, response, text, context.auth);
  if (answer.deprecation !== undefined) report(context, operation, answer.deprecation);
  return answer;
}

/** The client's headers with a call's own on top; names are lower-cased so that a call's header replaces ours. */
function withCallHeaders(
  base: Readonly<Record<string, string>>,
  extra: Readonly<Record<string, string>>,
): Record<string, string> {
  const headers = { ...base };
  for (const name in extra) headers[name.toLowerCase()] = extra[name] as string;
  return headers;
}

/** `?a=1&b=2` from the input's query parameters and the call options' `pretty` and `envelope`, or `""`. */
function queryString(
  query: Readonly<Record<string, unknown>> | undefined,
  flags: Readonly<Record<string, boolean>>,
): string {
  let text = "";
  for (const source of [query, flags]) {
    if (source === undefined) continue;
    for (const name in source) {
      const value = source[name];
      if (value === undefined) continue;
      text += `${text === "" ? "?" : "&"}${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`;
    }
  }
  return text;
}

/** A 204, or an answer that says it is empty: nothing to read. */
function hasNoBody(response: Response): boolean {
  return response.status === 204 || response.headers.get("content-length") === "0";
}

function report(
  context: CallContext,
  operation: Operation,
  headers: NonNullable<OperationResult["deprecation"]>,
): void {
  if (context.onDeprecation === undefined || context.reported.has(operation.operationId)) return;
  context.reported.add(operation.operationId);
  try {
    context.onDeprecation({ operation: operation.name, method: operation.method, path: operation.path, ...headers });
  } catch {
    // The call succeeded; a failing listener must not turn it into a failure the caller would retry.
  }
}

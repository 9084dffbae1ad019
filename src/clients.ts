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
import { digestAuth, type FetchLike } from "./auth.ts";
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
import { resolveRetryOptions, retryingFetch } from "./retry.ts";
import type { TargetId } from "./targets.ts";

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
  readonly api: Client<never>;
  readonly timeoutMs: number;
  readonly onDeprecation: ((notice: DeprecationNotice) => void) | undefined;
  /** Operations already reported to `onDeprecation`. */
  readonly reported: Set<string>;
}

function createTargetClient<T extends TargetId>(target: T, options: unknown): TargetClient<T> {
  const resolved = readClientOptions(target, options);
  const auth = resolved.auth ?? digestAuth(resolved.credentials ?? { publicKey: "", privateKey: "" });
  const transport: FetchLike = resolved.fetch ?? ((request) => fetch(request));
  const api = createClient<PathsOf<T>>({
    baseUrl: resolved.baseUrl,
    fetch: retryingFetch(auth.wrapFetch(transport), resolveRetryOptions(resolved.retry)),
    headers: { Accept: "application/json", "User-Agent": resolved.userAgent },
    // A redirect would carry the request to a host the caller did not name; it is reported, never followed.
    redirect: "manual",
  });
  const context: CallContext = {
    api: api as unknown as Client<never>,
    timeoutMs: resolved.timeoutMs,
    onDeprecation: resolved.onDeprecation,
    reported: new Set(),
  };

  const methods: Record<string, (input: unknown, call?: CallOptions) => Promise<OperationResult>> = {};
  for (const operation of Object.values(operations) as Operation[]) {
    if (operation.target !== target) continue;
    const plan = planInput(operation);
    methods[operation.name] = (input, call) => invoke(context, plan, input, call);
  }
  return Object.freeze({ ...methods, api, target, baseUrl: resolved.baseUrl }) as unknown as TargetClient<T>;
}

type RawRequest = (
  method: string,
  url: string,
  init: object,
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

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
  // alive for the whole timeout after every call.
  const timeout = new AbortController();
  const timer = setTimeout(
    () => timeout.abort(new DOMException(`timed out after ${context.timeoutMs} ms`, "TimeoutError")),
    context.timeoutMs,
  );
  const signal = options.signal ? AbortSignal.any([options.signal, timeout.signal]) : timeout.signal;
  const request = context.api.request as unknown as RawRequest;
  let result: { data?: unknown; error?: unknown; response: Response };
  try {
    result = await request(operation.method.toLowerCase(), operation.path, {
      params: { path, query: query === undefined ? options.query : { ...query, ...options.query } },
      parseAs: "text",
      signal,
      ...(body === undefined ? {} : { body }),
      ...(options.headers ? { headers: options.headers } : {}),
    });
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason;
    if (timeout.signal.aborted) throw new TimeoutError({ ...where, timeoutMs: context.timeoutMs }, { cause: error });
    if (error instanceof MmsError) throw error;
    throw new NetworkError(where, { cause: error });
  } finally {
    clearTimeout(timer);
  }
  const answer = readAnswer(operation, where, result.response, result.response.ok ? result.data : result.error);
  if (answer.deprecation !== undefined) report(context, operation, answer.deprecation);
  return answer;
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

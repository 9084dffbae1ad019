/**
 * The sandbox's HTTP server: the 24 operations of the spec (four groups of six, Atlas and Ops Manager, project and
 * organization invitations) on one local port, answered the way MongoDB's servers answer them.
 *
 * A request goes through, in order: route (unknown path 404, other method 405), authentication (Digest, or on Atlas
 * paths a service account's Bearer token; 401 with a challenge), query flags (400), path ids (400), the project or organization (404), role (403), rate limit (429),
 * body and input checks (400), then the operation's handler. Only requests that pass authentication and the role
 * check count against a project's or organization's rate limit: challenges are free, and a key without access
 * cannot use up a project's budget. Atlas's OAuth 2.0 token and revocation endpoints sit beside the operations.
 */
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { DigestAlgorithm } from "../digest.ts";
import { type Authenticator, bearerScheme, digestAuthenticator, firstOf } from "./authenticate.ts";
import { createDefaultSeed } from "./default-seed.ts";
import { DigestVerifier } from "./digest-verifier.ts";
import { type Handler, handlers } from "./handlers.ts";
import { checkInput, invalidAttribute, readBody } from "./input.ts";
import { SandboxOAuth, type TokenStats } from "./oauth.ts";
import { defaultDocsFile, docs, index } from "./pages.ts";
import { RateLimiter } from "./rate-limit.ts";
import { type Answer, apiError, type Format, send } from "./responses.ts";
import { matchRoute, type Route, type Scope } from "./routes.ts";
import { type SandboxInvitation, type SandboxKey, type SandboxSeed, validateSeed } from "./seed.ts";
import { type InvitationState, SandboxStore } from "./store.ts";
import { targetRules } from "./target-rules.ts";

/** How to start a sandbox. */
export interface SandboxOptions {
  /** Interface to listen on. Default `127.0.0.1`. */
  host?: string;
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Organizations, keys and invitations to start with. Default the default seed, its ages counted from start-up. */
  seed?: SandboxSeed;
  /** Counted requests allowed per project and per organization. Default 100 per 60 000 ms. */
  rateLimit?: { limit: number; windowMs: number };
  /**
   * Atlas invitations created per client IP address before `400 RATE_LIMITED_IP`. Default 100 per 60 000 ms: the
   * sandbox's choice, since Atlas publishes no number.
   */
  invitationRateLimit?: { limit: number; windowMs: number };
  /** A nonce's lifetime; a request on an older nonce is answered `401` with `stale=true`. Default 300 000 ms. */
  nonceTtlMs?: number;
  /** Successful uses of one nonce before it goes stale. Default unlimited. */
  nonceMaxUses?: number;
  /** A service account's access token lifetime; a request with an older token is answered `401`. Default 3 600 000 ms. */
  tokenTtlMs?: number;
  /** Digest algorithms offered, one challenge each. Default `["MD5"]`, as MongoDB's servers. */
  algorithms?: DigestAlgorithm[];
  /** `versionString` of the `X-MongoDB-Service-Version` header on Ops Manager answers. */
  serviceVersion?: string;
  /** The clock nonce lifetimes and rate-limit windows are measured with, in ms. Default `Date.now`; tests pass their own. */
  clock?: () => number;
  /** The HTML file `GET /docs` serves. Default `<package root>/dist/docs/index.html` (built by `npm run docs`). */
  docsFile?: string;
}

/** Requests the sandbox has answered, by status line. */
export interface SandboxStats {
  requests: number;
  byStatus: Record<number, number>;
}

/** A running sandbox. */
export interface Sandbox {
  /** Base URL, e.g. `http://127.0.0.1:41234`; append an operation's path (which carries its `/api/…` prefix). */
  readonly url: string;
  readonly port: number;
  /** Every request answered, counted by the status line sent. */
  readonly stats: SandboxStats;
  /** Sets `stats` back to zero. */
  resetStats(): void;
  /**
   * The state of an invitation: `pending`, `accepted`, `expired` (pending, but 30 days old), `deleted`, or
   * `undefined` if the sandbox never had it.
   */
  invitationState(id: string): InvitationState | undefined;
  /** Adds (or resets) an invitation. */
  addInvitation(invitation: SandboxInvitation): void;
  /** Adds (or replaces) an API key. */
  addKey(key: SandboxKey): void;
  /** How many Digest nonces the server keeps right now (bounded). */
  readonly nonceCount: number;
  /** What the service accounts' token endpoints have done. */
  readonly tokens: TokenStats;
  /** Stops listening and closes every connection. */
  close(): Promise<void>;
}

const DEFAULT_SERVICE_VERSION = "mms-invites-sandbox";

/**
 * Starts a sandbox and resolves once it listens.
 *
 * @example
 * const sandbox = await startSandbox();
 * // curl --digest -u ownerkey:00000000-0000-4000-8000-0000000000a1 \
 * //   "$URL/api/atlas/v1.0/groups/32b6e34b3d91647abb20e7b8/invites"
 * await sandbox.close();
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const clock = options.clock ?? Date.now;
  const seed = validateSeed(options.seed ?? createDefaultSeed(clock()));
  const store = new SandboxStore(seed, clock);
  const oauth = new SandboxOAuth({
    serviceAccounts: seed.serviceAccounts ?? [],
    store,
    tokenTtlMs: options.tokenTtlMs ?? 3_600_000,
    clock,
  });
  const limiter = new RateLimiter(options.rateLimit ?? { limit: 100, windowMs: 60_000 }, clock);
  const invitationLimiter = new RateLimiter(options.invitationRateLimit ?? { limit: 100, windowMs: 60_000 }, clock);
  const verifier = new DigestVerifier({
    password: (username) => store.password(username),
    now: clock,
    ...(options.algorithms === undefined ? {} : { algorithms: options.algorithms }),
    ...(options.nonceTtlMs === undefined ? {} : { nonceTtlMs: options.nonceTtlMs }),
    ...(options.nonceMaxUses === undefined ? {} : { nonceMaxUses: options.nonceMaxUses }),
  });
  // A service account's Bearer token is the alternative to Digest; whatever it does not claim is Digest's.
  const authenticate: Authenticator = firstOf([bearerScheme(oauth, verifier)], digestAuthenticator(verifier));
  const versionString = options.serviceVersion ?? DEFAULT_SERVICE_VERSION;
  const serviceVersion = `gitHash=${createHash("sha1").update(versionString).digest("hex")}; versionString=${versionString}`;
  const docsFile = options.docsFile ?? defaultDocsFile();
  const stats: SandboxStats = { requests: 0, byStatus: {} };
  let baseUrl = "";

  /** Everything after routing, for one operation; `segments` are the path's raw parameter values. */
  const answerOperation = async (
    req: IncomingMessage,
    route: Route,
    handler: Handler,
    segments: readonly string[],
    query: URLSearchParams,
  ): Promise<Answer> => {
    const { operation } = route;
    const authentication = authenticate(req, req.url ?? "/", operation.target);
    if (!authentication.ok) return authentication.answer;
    for (const { name, schema } of operation.queryParams) {
      if ((schema as { type?: string }).type !== "boolean") continue;
      const values = query.getAll(name);
      if (values.length > 1 || (values.length === 1 && values[0] !== "true" && values[0] !== "false")) {
        return invalidAttribute(name);
      }
    }
    const ids: Record<string, string> = {};
    for (const [index, param] of route.pathParams.entries()) {
      const id = decodeSegment(segments[index] ?? "");
      if (id === undefined || !param.pattern.test(id)) return invalidAttribute(param.name);
      ids[param.name] = id;
    }
    const scopeId = ids[route.pathParams[0]?.name ?? ""] ?? "";
    const scope: Scope = { target: operation.target, kind: route.scopeKind, id: scopeId };
    const rules = targetRules[scope.target];
    // A deprecated API version says so on every answer; Ops Manager names its build on every answer.
    const extra: Record<string, string | number> = { ...route.deprecationHeaders };
    if (rules.serviceVersionHeader) extra["X-MongoDB-Service-Version"] = serviceVersion;
    const withHeaders = (answer: Answer): Answer => {
      answer.headers = { ...extra, ...answer.headers };
      return answer;
    };
    if (store.scopeName(scope.kind, scopeId) === undefined) {
      return withHeaders(
        scope.kind === "group"
          ? apiError(404, "GROUP_NOT_FOUND", `No group with ID ${scopeId} exists.`, [scopeId])
          : apiError(404, "ORG_NOT_FOUND", `No organization with ID ${scopeId} exists.`, [scopeId]),
      );
    }
    if (!store.hasRole(authentication.principal, scope)) {
      return withHeaders(
        apiError(
          403,
          "USER_UNAUTHORIZED",
          "The currently logged in user does not have the required role for this resource.",
        ),
      );
    }
    const rate = limiter.take(`${scope.target}:${scope.kind}:${scopeId}`);
    extra["RateLimit-Limit"] = rate.limit;
    extra["RateLimit-Remaining"] = rate.remaining;
    if (!rate.allowed) {
      const resource = operation.path.replace(/\/\{invitationId\}$/, "").replace(/\{[^}]+\}/, scopeId);
      const [amount, unit] = limiter.describeWindow();
      const answer = apiError(
        429,
        "RATE_LIMITED",
        `Resource ${resource} is limited to ${limiter.limit} requests every ${amount} ${unit}.`,
        [resource, limiter.limit, amount],
      );
      answer.headers = { "Retry-After": Math.max(1, Math.ceil(rate.resetMs / 1000)) };
      return withHeaders(answer);
    }
    let body: unknown;
    if (operation.body !== null) {
      const read = await readBody(req);
      if (!read.ok) return withHeaders(read.answer);
      body = read.body;
    }
    const checked = checkInput(route, scope, ids, query, body);
    if (!checked.ok) return withHeaders(checked.answer);
    const address = req.socket.remoteAddress ?? "unknown";
    return withHeaders(
      handler({
        store,
        scope,
        input: checked.input,
        principal: authentication.principal,
        baseUrl,
        clientAddress: address,
        invitationLimiter,
      }),
    );
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    stats.requests += 1;
    const target = req.url ?? "/";
    const queryStart = target.indexOf("?");
    const path = queryStart === -1 ? target : target.slice(0, queryStart);
    const query = new URLSearchParams(queryStart === -1 ? "" : target.slice(queryStart + 1));
    // An invalid flag (validated after authentication) leaves the answer plain and compact.
    const format: Format = { envelope: flagSet(query, "envelope"), pretty: flagSet(query, "pretty") };
    let answer: Answer;
    try {
      answer = await route(req, path, query);
    } catch {
      answer = apiError(500, "UNEXPECTED_ERROR", "Unexpected error.");
    }
    const status = send(res, answer, format);
    stats.byStatus[status] = (stats.byStatus[status] ?? 0) + 1;
  };

  const route = (req: IncomingMessage, path: string, query: URLSearchParams): Answer | Promise<Answer> => {
    const method = req.method ?? "";
    const match = matchRoute(method, path);
    if (match?.kind === "operation") {
      const handler = handlers[match.route.operation.name];
      if (handler !== undefined) return answerOperation(req, match.route, handler, match.segments, query);
      // An operation the spec has and the sandbox has no handler for yet: not served, like any unknown path.
    }
    if (match?.kind === "method-not-allowed") return methodNotAllowed(req, path, match.allow);
    const tokenAnswer = oauth.answer(req, path);
    if (tokenAnswer !== undefined) return tokenAnswer;
    if (path === "/" || path === "/docs") {
      if (method !== "GET" && method !== "HEAD") return methodNotAllowed(req, path, "GET, HEAD");
      return path === "/" ? index() : docs(docsFile);
    }
    return apiError(404, "RESOURCE_NOT_FOUND", `Cannot find resource ${path}.`, [path]);
  };

  const server = createServer((req, res) => {
    // Writing can only fail once the client has gone; there is no one left to answer.
    handle(req, res).catch(() => res.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  baseUrl = `http://${host}:${address.port}`;

  return {
    url: baseUrl,
    port: address.port,
    stats,
    resetStats() {
      stats.requests = 0;
      stats.byStatus = {};
    },
    invitationState: (id) => store.invitationState(id),
    addInvitation: (invitation) => {
      const [checked] = validateSeed({ keys: [], invitations: [invitation] }).invitations;
      if (checked !== undefined) store.addInvitation(checked);
    },
    addKey: (key) => {
      const [checked] = validateSeed({ keys: [key], invitations: [] }).keys;
      if (checked !== undefined) store.addKey(checked);
    },
    get nonceCount() {
      return verifier.nonceCount;
    },
    get tokens() {
      return oauth.stats;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function methodNotAllowed(req: IncomingMessage, path: string, allow: string): Answer {
  const answer = apiError(405, "METHOD_NOT_ALLOWED", `Method ${req.method ?? ""} is not allowed on ${path}.`, [
    req.method ?? "",
  ]);
  answer.headers = { Allow: allow };
  return answer;
}

function flagSet(query: URLSearchParams, name: string): boolean {
  const values = query.getAll(name);
  return values.length === 1 && values[0] === "true";
}

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

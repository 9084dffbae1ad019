/**
 * The sandbox's HTTP server: both delete operations of the spec, on one local port, answered the way MongoDB's
 * servers answer them.
 *
 * A request goes through, in order: route (unknown path 404, other method 405), Digest or, on Atlas paths, a
 * service account's Bearer token (401 with a challenge), query flags (400), path ids (400), role (403), rate limit (429), store (204 or 404). Only
 * requests that pass authentication and the role check count against a project's or organization's rate limit:
 * challenges are free, and a key without access cannot use up a project's budget.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Operation, operations } from "../api.ts";
import type { DigestAlgorithm } from "../digest.ts";
import { DigestVerifier } from "./digest-verifier.ts";
import { SandboxOAuth, type TokenStats } from "./oauth.ts";
import { RateLimiter } from "./rate-limit.ts";
import { type Answer, apiError, type Format, send } from "./responses.ts";
import { defaultSeed, type SandboxInvitation, type SandboxKey, type SandboxSeed, validateSeed } from "./seed.ts";
import { type InvitationState, SandboxStore, type Scope, scopeKey } from "./store.ts";

/** How to start a sandbox. */
export interface SandboxOptions {
  /** Interface to listen on. Default `127.0.0.1`. */
  host?: string;
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Keys and invitations to start with. Default `defaultSeed`. */
  seed?: SandboxSeed;
  /** Counted requests allowed per project and per organization. Default 100 per 60 000 ms. */
  rateLimit?: { limit: number; windowMs: number };
  /** A nonce's lifetime; a request on an older nonce is answered `401` with `stale=true`. Default 300 000 ms. */
  nonceTtlMs?: number;
  /** Successful uses of one nonce before it goes stale. Default unlimited. */
  nonceMaxUses?: number;
  /** A service account's access token lifetime; a request with an older token is answered `401`. Default 3 600 000 ms. */
  tokenTtlMs?: number;
  /** Digest algorithms offered, one challenge each. Default `["MD5"]`, as MongoDB's servers. */
  algorithms?: DigestAlgorithm[];
  /** `versionString` of the `X-MongoDB-Service-Version` header on Ops Manager deletes. */
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
  /** The state of an invitation: `pending`, `accepted`, `deleted`, or `undefined` if the sandbox never had it. */
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

interface Route {
  readonly operation: Operation;
  readonly pattern: RegExp;
  /** The spec's path parameters with their patterns, compiled once. */
  readonly pathParams: ReadonlyArray<{ name: string; pattern: RegExp }>;
  readonly scopeKind: Scope["kind"];
}

// The sandbox still serves the two deletes it was built for: of the spec's operations, the deletes whose scope the
// store holds (Atlas projects, Ops Manager organizations).
const routes: Route[] = Object.values(operations)
  .filter(
    (operation) =>
      operation.method === "DELETE" && operation.path.includes(operation.target === "atlas" ? "/groups/" : "/orgs/"),
  )
  .map((operation) => ({
    operation,
    pattern: new RegExp(`^${operation.path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "([^/]+)")}$`),
    pathParams: operation.pathParams.map(({ name, pattern }) => ({ name, pattern: new RegExp(pattern) })),
    scopeKind: operation.target === "atlas" ? "group" : "org",
  }));

/**
 * Starts a sandbox and resolves once it listens.
 *
 * @example
 * const sandbox = await startSandbox();
 * // curl --digest -u ownerkey:00000000-0000-4000-8000-0000000000a1 -X DELETE \
 * //   "$URL/api/atlas/v1.0/groups/32b6e34b3d91647abb20e7b8/invites/aaaa00000000000000000001"
 * await sandbox.close();
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const seed = validateSeed(options.seed ?? defaultSeed);
  const store = new SandboxStore(seed);
  const clock = options.clock ?? Date.now;
  const oauth = new SandboxOAuth({
    serviceAccounts: seed.serviceAccounts ?? [],
    store,
    tokenTtlMs: options.tokenTtlMs ?? 3_600_000,
    clock,
  });
  const limiter = new RateLimiter(options.rateLimit ?? { limit: 100, windowMs: 60_000 }, clock);
  const verifier = new DigestVerifier({
    password: (username) => store.password(username),
    now: clock,
    ...(options.algorithms === undefined ? {} : { algorithms: options.algorithms }),
    ...(options.nonceTtlMs === undefined ? {} : { nonceTtlMs: options.nonceTtlMs }),
    ...(options.nonceMaxUses === undefined ? {} : { nonceMaxUses: options.nonceMaxUses }),
  });
  const versionString = options.serviceVersion ?? DEFAULT_SERVICE_VERSION;
  const serviceVersion = `gitHash=${createHash("sha1").update(versionString).digest("hex")}; versionString=${versionString}`;
  const docsFile = options.docsFile ?? join(packageRoot(), "dist", "docs", "index.html");
  const stats: SandboxStats = { requests: 0, byStatus: {} };

  const answerDelete = (req: IncomingMessage, route: Route, match: RegExpExecArray, query: URLSearchParams): Answer => {
    const uri = req.url ?? "/";
    // A service account's Bearer token is the alternative to Digest (on Atlas paths only); anything else is Digest's.
    const verdict =
      oauth.verify(req.headers.authorization, route.operation.target) ??
      verifier.verify(req.headers.authorization, req.method ?? "", uri);
    if (!verdict.ok) {
      const answer = apiError(401, "NOT_AUTHORIZED", "You are not authorized for this resource.");
      answer.challenge = true;
      answer.headers = {
        "WWW-Authenticate": verifier.challenge(verdict.stale),
        "X-Sandbox-Auth-Failure": verdict.failure,
      };
      return answer;
    }
    for (const { name } of route.operation.queryParams) {
      const values = query.getAll(name);
      if (values.length > 1 || (values.length === 1 && values[0] !== "true" && values[0] !== "false")) {
        return apiError(400, "INVALID_ATTRIBUTE", `Invalid attribute ${name} specified.`, [name]);
      }
    }
    const ids: string[] = [];
    for (const [index, param] of route.pathParams.entries()) {
      const id = decodeSegment(match[index + 1] ?? "");
      if (id === undefined || !param.pattern.test(id)) {
        return apiError(400, "INVALID_ATTRIBUTE", `Invalid attribute ${param.name} specified.`, [param.name]);
      }
      ids.push(id);
    }
    const [scopeId = "", invitationId = ""] = ids;
    const scope: Scope = { kind: route.scopeKind, id: scopeId };
    if (!store.hasRole(verdict.username, scope)) {
      return apiError(
        403,
        "USER_UNAUTHORIZED",
        "The currently logged in user does not have the required role for this resource.",
      );
    }
    const rate = limiter.take(scopeKey(scope));
    const rateHeaders: Record<string, number> = {
      "RateLimit-Limit": rate.limit,
      "RateLimit-Remaining": rate.remaining,
    };
    if (!rate.allowed) {
      const resource = route.operation.path.replace(/\/\{invitationId\}$/, "").replace(/\{[^}]+\}/, scopeId);
      const [amount, unit] = limiter.describeWindow();
      const answer = apiError(
        429,
        "RATE_LIMITED",
        `Resource ${resource} is limited to ${limiter.limit} requests every ${amount} ${unit}.`,
        [resource, limiter.limit, amount],
      );
      answer.headers = { ...rateHeaders, "Retry-After": Math.max(1, Math.ceil(rate.resetMs / 1000)) };
      return answer;
    }
    if (!store.deletePending(scope, invitationId)) {
      const answer = apiError(404, "INVITATION_NOT_FOUND", `Invitation ${invitationId} not found.`, [invitationId]);
      answer.headers = rateHeaders;
      return answer;
    }
    return {
      status: 204,
      headers:
        route.scopeKind === "org" ? { ...rateHeaders, "X-MongoDB-Service-Version": serviceVersion } : rateHeaders,
    };
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
      const routed = route(req, path, query);
      // Only the docs page reads a file; the API's answers stay synchronous, with no await per request.
      answer = routed instanceof Promise ? await routed : routed;
    } catch {
      answer = apiError(500, "UNEXPECTED_ERROR", "Unexpected error.");
    }
    const status = send(res, answer, format);
    stats.byStatus[status] = (stats.byStatus[status] ?? 0) + 1;
  };

  const route = (req: IncomingMessage, path: string, query: URLSearchParams): Answer | Promise<Answer> => {
    for (const candidate of routes) {
      const match = candidate.pattern.exec(path);
      if (match === null) continue;
      if (req.method !== candidate.operation.method) return methodNotAllowed(req, path, candidate.operation.method);
      return answerDelete(req, candidate, match, query);
    }
    const tokenAnswer = oauth.answer(req, path);
    if (tokenAnswer !== undefined) return tokenAnswer;
    if (path === "/" || path === "/docs") {
      if (req.method !== "GET" && req.method !== "HEAD") return methodNotAllowed(req, path, "GET, HEAD");
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

  return {
    url: `http://${host}:${address.port}`,
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

function index(): Answer {
  return {
    status: 200,
    body: {
      name: "mms-invites sandbox",
      description: "A local reference server for the two invitation deletes of MongoDB Atlas and Ops Manager.",
      operations: Object.values(operations).map(({ operationId, method, path, target }) => ({
        operationId,
        method,
        path,
        target,
      })),
      docs: "/docs",
    },
  };
}

async function docs(file: string): Promise<Answer> {
  let html: Buffer;
  try {
    html = await readFile(file);
  } catch {
    return apiError(404, "RESOURCE_NOT_FOUND", "The API docs are not built: run `npm run docs`, then reload.", [
      "/docs",
    ]);
  }
  return { status: 200, raw: html, headers: { "Content-Type": "text/html; charset=utf-8" } };
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

/** The directory holding this package's package.json, from src/sandbox/ or dist/src/sandbox/ alike. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, "package.json"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

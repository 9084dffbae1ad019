/**
 * The sandbox's routing, derived from the generated operation table: every operation of the spec is reachable by
 * its method and path template, and a method a path does not declare is a 405 naming the methods it does. No
 * path is written here, so an operation added to the spec needs only its handler.
 */
import { type Operation, operations } from "../api.ts";
import type { TargetId } from "../targets.ts";

/** What an operation's first path parameter names: a project (`groupId`) or an organization (`orgId`). */
export type ScopeKind = "group" | "org";

/** One project or organization on one target. */
export interface Scope {
  readonly target: TargetId;
  readonly kind: ScopeKind;
  readonly id: string;
}

/** The client method name of an operation (MongoDB's v1 operationId), shared by both targets. */
export type OperationName = Operation["name"];

/** One operation, ready to be matched. */
export interface Route {
  readonly operation: Operation;
  readonly scopeKind: ScopeKind;
  /** The spec's path parameters with their patterns, compiled once, in path order. */
  readonly pathParams: ReadonlyArray<{ readonly name: string; readonly pattern: RegExp }>;
  /** `Deprecation` and `Sunset` (RFC 9745, RFC 8594) for an operation the spec marks deprecated; else empty. */
  readonly deprecationHeaders: Readonly<Record<string, string>>;
}

/** The outcome of matching a request line. */
export type RouteMatch =
  | { readonly kind: "operation"; readonly route: Route; readonly segments: readonly string[] }
  | { readonly kind: "method-not-allowed"; readonly allow: string };

interface PathEntry {
  readonly pattern: RegExp;
  readonly byMethod: Map<string, Route>;
  allow: string;
}

const METHOD_ORDER = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

const SCOPE_PARAMS: Readonly<Record<string, ScopeKind>> = { groupId: "group", orgId: "org" };

/**
 * When the operations were deprecated, for `Deprecation`. The spec marks them deprecated without a date, so the
 * sandbox sends the date of the spec's own example of the header (2025-01-01).
 */
const DEPRECATED_AT = "@1735689600";

function deprecationHeaders(operation: Operation): Record<string, string> {
  if (!operation.deprecated) return {};
  const headers: Record<string, string> = { Deprecation: DEPRECATED_AT };
  if (operation.sunset !== null) headers.Sunset = new Date(`${operation.sunset}T00:00:00Z`).toUTCString();
  return headers;
}

function compile(): PathEntry[] {
  const byPath = new Map<string, PathEntry>();
  for (const operation of Object.values(operations) as Operation[]) {
    // The sandbox scopes every operation by a project or an organization; any other operation is not served.
    const scopeKind = SCOPE_PARAMS[operation.pathParams[0]?.name ?? ""];
    if (scopeKind === undefined) continue;
    let entry = byPath.get(operation.path);
    if (entry === undefined) {
      const source = operation.path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "([^/]+)");
      entry = { pattern: new RegExp(`^${source}$`), byMethod: new Map(), allow: "" };
      byPath.set(operation.path, entry);
    }
    entry.byMethod.set(operation.method, {
      operation,
      scopeKind,
      pathParams: operation.pathParams.map(({ name, pattern }) => ({ name, pattern: new RegExp(pattern ?? "") })),
      deprecationHeaders: deprecationHeaders(operation),
    });
  }
  for (const entry of byPath.values()) {
    entry.allow = [...entry.byMethod.keys()]
      .sort((a, b) => METHOD_ORDER.indexOf(a) - METHOD_ORDER.indexOf(b))
      .join(", ");
  }
  return [...byPath.values()];
}

const entries = compile();

/** Every route, one per operation of the spec. */
export const routes: readonly Route[] = entries.flatMap((entry) => [...entry.byMethod.values()]);

/**
 * Finds the operation for `method` on `path` (without the query), or the methods the path allows, or
 * `undefined` when no operation has that path.
 */
export function matchRoute(method: string, path: string): RouteMatch | undefined {
  for (const entry of entries) {
    const match = entry.pattern.exec(path);
    if (match === null) continue;
    const route = entry.byMethod.get(method);
    if (route === undefined) return { kind: "method-not-allowed", allow: entry.allow };
    return { kind: "operation", route, segments: match.slice(1) };
  }
  return undefined;
}

/** The operation of `target` with `method` on the collection or one invitation of a `scopeKind`. */
export function findRoute(target: TargetId, scopeKind: ScopeKind, method: string, item: boolean): Route | undefined {
  return routes.find(
    (route) =>
      route.operation.target === target &&
      route.scopeKind === scopeKind &&
      route.operation.method === method &&
      route.operation.pathParams.some((param) => param.name === "invitationId") === item,
  );
}

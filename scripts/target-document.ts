/**
 * Derives one target's document (Atlas or Ops Manager) from the two-target spec, for teams that generate clients
 * from it. Most generators ignore path-level `servers` and take one base URL for the whole client, so a document
 * that holds both targets generates a wrong base URL for one of them (MongoDB's foascli splits its spec the same
 * way). A target's document has:
 *   - one top-level server, the one its paths declare (`https://cloud.mongodb.com`, `https://{host}:{port}`);
 *   - only the operations tagged with the target, and only the components they reach;
 *   - MongoDB's operationIds: the target's `operationIdPrefix` (`opsManager`) is stripped, in operations and links;
 *   - only the security schemes its operations use.
 */
import { type TargetId, targets } from "../src/targets.ts";

/** An OpenAPI document as parsed JSON; only the fields this module reads are typed. */
export interface OpenApiDocument {
  openapi: string;
  info: { title: string; description?: string } & Record<string, unknown>;
  servers?: unknown[];
  security?: Record<string, unknown[]>[];
  tags?: { name: string; description?: string }[];
  "x-tagGroups"?: { name: string; tags: string[] }[];
  paths: Record<string, Record<string, unknown>>;
  components?: Record<string, Record<string, unknown>>;
  [key: string]: unknown;
}

const METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

/** The file-name slug of a target: `atlas`, `ops-manager` (the CLI's `--target` value). */
export function targetSlug(target: TargetId): string {
  return target.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/** MongoDB's operationId for a spec operationId of `target`: the target prefix removed, the first letter lowered. */
export function mongodbOperationId(target: TargetId, operationId: string): string {
  const prefix = targets[target].operationIdPrefix;
  if (prefix === "" || !operationId.startsWith(prefix)) return operationId;
  const rest = operationId.slice(prefix.length);
  return rest.charAt(0).toLowerCase() + rest.slice(1);
}

type Json = unknown;

function isObject(value: Json): value is Record<string, Json> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Every local `$ref` target (`#/components/<section>/<name>`) reachable from `roots` through `components`. */
function reachableComponents(roots: Json[], components: Record<string, Record<string, Json>>): Set<string> {
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      stack.push(...value);
    } else if (isObject(value)) {
      const ref = value.$ref;
      if (typeof ref === "string") {
        const match = /^#\/components\/([^/]+)\/([^/]+)$/.exec(ref);
        if (match === null) throw new Error(`unsupported $ref ${ref}: only #/components/<section>/<name> is followed`);
        const key = `${match[1]}/${match[2]}`;
        if (!seen.has(key)) {
          seen.add(key);
          const target = components[match[1] ?? ""]?.[match[2] ?? ""];
          if (target === undefined) throw new Error(`dangling $ref ${ref}`);
          stack.push(target);
        }
      }
      // Links name operations, not components: the operation is in the same document by construction.
      stack.push(...Object.values(value));
    }
  }
  return seen;
}

/** Renames `operationId` in every link object under `value` (in place, on a copy). */
function renameLinkOperationIds(value: Json, rename: (id: string) => string): void {
  if (Array.isArray(value)) {
    for (const item of value) renameLinkOperationIds(item, rename);
  } else if (isObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (key === "links" && isObject(item)) {
        for (const link of Object.values(item)) {
          if (isObject(link) && typeof link.operationId === "string") link.operationId = rename(link.operationId);
        }
      }
      renameLinkOperationIds(item, rename);
    }
  }
}

/** Builds `target`'s document from the two-target `source` (not modified). */
export function targetDocument(source: OpenApiDocument, target: TargetId): OpenApiDocument {
  const { tagGroup, title } = targets[target];
  const doc = structuredClone(source);
  // A target's operations are those tagged with a tag of its group (one tag per scope).
  const groups = (doc["x-tagGroups"] ?? []).filter((group) => group.name === tagGroup);
  const ownTags = new Set(groups.flatMap((group) => group.tags));
  const rename = (id: string) => mongodbOperationId(target, id);

  const paths: OpenApiDocument["paths"] = {};
  let server: unknown;
  const schemes = new Set<string>();
  for (const [path, item] of Object.entries(doc.paths)) {
    const operations = Object.entries(item).filter(([key]) => METHODS.has(key));
    const own = operations.filter(([, op]) => isObject(op) && Array.isArray(op.tags) && ownTags.has(op.tags[0]));
    if (own.length === 0) continue;
    if (own.length !== operations.length) throw new Error(`${path} mixes operations of several targets`);
    const { servers, ...rest } = item;
    if (Array.isArray(servers)) {
      if (servers.length !== 1) throw new Error(`${path} declares ${servers.length} servers; one is expected`);
      if (server !== undefined && JSON.stringify(server) !== JSON.stringify(servers[0])) {
        throw new Error(`${title} paths declare different servers`);
      }
      server = servers[0];
    }
    for (const [, op] of own) {
      const operation = op as Record<string, Json>;
      if (typeof operation.operationId === "string") operation.operationId = rename(operation.operationId);
      // One tag per target document: generators name an API class or module per tag (AtlasApi, atlas.api.atlas),
      // and a team generating one target's client wants one entry point, not one per scope.
      operation.tags = [title];
      const security = (operation.security ?? doc.security ?? []) as Record<string, unknown>[];
      for (const requirement of security) for (const name of Object.keys(requirement)) schemes.add(name);
    }
    paths[path] = rest;
  }
  if (Object.keys(paths).length === 0) throw new Error(`no operation is tagged with a tag of the ${tagGroup} group`);
  if (server === undefined) throw new Error(`${title} paths declare no server`);

  const components = doc.components ?? {};
  const securitySchemes = components.securitySchemes ?? {};
  const reached = reachableComponents(
    [paths, ...[...schemes].map((name) => securitySchemes[name])],
    components as Record<string, Record<string, Json>>,
  );
  const kept: Record<string, Record<string, unknown>> = {};
  for (const [section, entries] of Object.entries(components)) {
    const names = Object.keys(entries).filter((name) =>
      section === "securitySchemes" ? schemes.has(name) : reached.has(`${section}/${name}`),
    );
    if (names.length > 0) kept[section] = Object.fromEntries(names.map((name) => [name, entries[name]]));
  }
  renameLinkOperationIds(kept, rename);
  renameLinkOperationIds(paths, rename);

  const prefix = targets[target].operationIdPrefix;
  const idNote = prefix === "" ? "MongoDB's operationIds" : `MongoDB's operationIds (the \`${prefix}\` prefix removed)`;
  const result: OpenApiDocument = {
    ...doc,
    info: {
      ...doc.info,
      title: `${doc.info.title}, ${title} only`,
      description: `The ${title} document of this contract: one server, ${title}'s operations only, ${idNote}.\n\n${doc.info.description ?? ""}`,
    },
    servers: [server],
    tags: [
      {
        name: title,
        description: `${title}: ${[...ownTags].join(" and ")}.`,
      },
    ],
    paths,
    components: kept,
  };
  delete result["x-tagGroups"];
  if (doc.security !== undefined) {
    result.security = doc.security.filter((requirement) => Object.keys(requirement).every((name) => schemes.has(name)));
  }
  return result;
}

/**
 * The published documents (`npm run bundle`): what teams that generate their own clients download. The whole
 * two-target document, and one document per target, bundled and dereferenced. Checked by an independent
 * validator, not by the tool that wrote them.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SwaggerParser from "@apidevtools/swagger-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { bundleSpec, bundleTargets, ROOT, type TargetBundle } from "../scripts/bundle.ts";
import { targets } from "../src/targets.ts";

interface Operation {
  operationId?: string;
  tags?: string[];
  security?: Record<string, unknown>[];
  parameters?: { name: string; in: string }[];
  responses?: Record<string, unknown>;
}
type PathItem = Record<string, Operation> & { servers?: unknown[] };
type Document = {
  info: { title: string; version: string };
  servers: { url: string }[];
  security?: Record<string, unknown>[];
  tags?: { name: string }[];
  paths: Record<string, PathItem>;
  components: Record<string, Record<string, unknown>>;
} & Record<string, unknown>;

const METHODS = ["get", "put", "post", "delete", "patch"] as const;
const operationsOf = (doc: Document) =>
  Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.flatMap((method) => (item[method] ? [{ path, method, op: item[method] as Operation }] : [])),
  );

/** MongoDB's twelve v1 operationIds of one target (vendor-docs/mongodb-v1-invitations.json, Atlas's half). */
const MONGODB_IDS = ["Project", "Organization"].flatMap((scope) => [
  `list${scope}Invitations`,
  `get${scope}Invitation`,
  `create${scope}Invitation`,
  `update${scope}Invitation`,
  `update${scope}InvitationById`,
  `delete${scope}Invitation`,
]);

let outDir = "";
let source: Document;
let whole: Document;
let wholeFile = "";
let wholeText = "";
let wholeYaml = "";
let perTarget: TargetBundle[] = [];
const read = async (file: string) => JSON.parse(await readFile(file, "utf8")) as Document;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), "mms-invites-bundle-test-"));
  const spec = join(ROOT, "spec", "openapi.yaml");
  source = parse(await readFile(spec, "utf8")) as Document;
  const [written, targetsWritten] = await Promise.all([bundleSpec(spec, outDir), bundleTargets(spec, outDir)]);
  wholeFile = written.json;
  wholeText = await readFile(written.json, "utf8");
  wholeYaml = await readFile(written.yaml, "utf8");
  whole = JSON.parse(wholeText) as Document;
  perTarget = targetsWritten;
}, 60_000);

afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

describe("the bundled spec", () => {
  it("is accepted by @apidevtools/swagger-parser as valid OpenAPI 3.0", async () => {
    const validated = await SwaggerParser.validate(wholeFile);
    expect(validated).toMatchObject({ openapi: "3.0.3" });
  });

  it("holds no $ref, so a reader never has to resolve anything", () => {
    expect(wholeText).not.toContain('"$ref"');
    expect(wholeYaml).not.toContain("$ref");
  });

  it("holds all 24 operations with their parameters and responses inlined", () => {
    expect(operationsOf(whole)).toHaveLength(24);
    const atlas = whole.paths["/api/atlas/v1.0/groups/{groupId}/invites/{invitationId}"]?.delete;
    const opsManager = whole.paths["/api/public/v1.0/orgs/{orgId}/invites/{invitationId}"]?.delete;
    expect(atlas?.operationId).toBe("deleteProjectInvitation");
    expect(opsManager?.operationId).toBe("opsManagerDeleteOrganizationInvitation");
    expect(atlas?.parameters?.map((p) => p.name)).toEqual(["groupId", "invitationId", "pretty", "envelope"]);
    expect(Object.keys(atlas?.responses ?? {})).toEqual(expect.arrayContaining(["200", "204", "401"]));
    expect(opsManager?.responses?.["204"]).toHaveProperty(["headers", "X-MongoDB-Service-Version"]);
  });

  it("says the same in YAML as in JSON", () => {
    expect(parse(wholeYaml)).toEqual(whole);
  });

  it("keeps the spec's version, so consumers can tell which contract they hold", () => {
    expect(whole).toHaveProperty(["info", "version"], source.info.version);
  });
});

describe.each([
  [
    "atlas",
    "Atlas",
    ["Atlas Project Invitations", "Atlas Organization Invitations"],
    "https://cloud.mongodb.com",
    "/api/atlas/v1.0/",
  ],
  [
    "opsManager",
    "Ops Manager",
    ["Ops Manager Project Invitations", "Ops Manager Organization Invitations"],
    "https://{host}:{port}",
    "/api/public/v1.0/",
  ],
] as const)("the %s document", (target, title, tags, server, prefix) => {
  const own = (op: { tags?: string[] }) => (tags as readonly string[]).includes(op.tags?.[0] ?? "");
  const bundle = () => {
    const found = perTarget.find((entry) => entry.target === target);
    if (found === undefined) throw new Error(`no document was written for ${target}`);
    return found;
  };

  it("is valid OpenAPI 3.0 to @apidevtools/swagger-parser, bundled and dereferenced", async () => {
    await expect(SwaggerParser.validate(bundle().bundled.json)).resolves.toMatchObject({ openapi: "3.0.3" });
    await expect(SwaggerParser.validate(bundle().dereferenced.json)).resolves.toMatchObject({ openapi: "3.0.3" });
  });

  it("has one top-level server, the target's, and no path-level servers a generator would ignore", async () => {
    const doc = await read(bundle().bundled.json);
    expect(doc.servers.map((entry) => entry.url)).toEqual([server]);
    expect(Object.values(doc.paths).filter((item) => item.servers !== undefined)).toEqual([]);
  });

  it("holds exactly the target's twelve operations, under MongoDB's operationIds", async () => {
    const doc = await read(bundle().bundled.json);
    const ops = operationsOf(doc);
    expect(ops.every(({ path }) => path.startsWith(prefix))).toBe(true);
    expect(ops.every(({ op }) => op.tags?.length === 1 && op.tags[0] === title)).toBe(true);
    expect(ops.map(({ op }) => op.operationId).sort()).toEqual([...MONGODB_IDS].sort());
    expect(doc.tags?.map((entry) => entry.name)).toEqual([title]);
    // The source's own operations for this target, one for one.
    const expected = operationsOf(source).filter(({ op }) => own(op));
    expect(ops.map(({ path, method }) => `${method} ${path}`)).toEqual(
      expected.map(({ path, method }) => `${method} ${path}`),
    );
  });

  it("names MongoDB's operationIds in its links too, so every link resolves in this document", async () => {
    const doc = await read(bundle().bundled.json);
    const ids = new Set(operationsOf(doc).map(({ op }) => op.operationId));
    const links = Object.values(doc.components.links ?? {}) as { operationId?: string }[];
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(ids.has(link.operationId)).toBe(true);
    expect(links.every((link) => !link.operationId?.startsWith(targets.opsManager.operationIdPrefix))).toBe(true);
  });

  it("keeps only the components its operations reach, and only the security schemes they use", async () => {
    const doc = await read(bundle().bundled.json);
    const text = JSON.stringify(doc.paths);
    const other = target === "atlas" ? "OpsManager" : "Atlas";
    expect(Object.keys(doc.components.schemas ?? {}).filter((name) => name.startsWith(other))).toEqual([]);
    expect(text).not.toContain(`#/components/schemas/${other}`);
    const used = new Set(
      operationsOf(doc).flatMap(({ op }) => (op.security ?? doc.security ?? []).flatMap((req) => Object.keys(req))),
    );
    expect(Object.keys(doc.components.securitySchemes ?? {}).sort()).toEqual([...used].sort());
  });

  it("has a dereferenced variant without a single $ref, and says the same in YAML as in JSON", async () => {
    const { dereferenced, bundled } = bundle();
    const text = await readFile(dereferenced.json, "utf8");
    expect(text).not.toContain('"$ref"');
    expect(parse(await readFile(dereferenced.yaml, "utf8"))).toEqual(JSON.parse(text));
    expect(parse(await readFile(bundled.yaml, "utf8"))).toEqual(await read(bundled.json));
    const deref = JSON.parse(text) as Document;
    expect(operationsOf(deref).map(({ op }) => op.operationId)).toEqual(
      operationsOf(await read(bundled.json)).map(({ op }) => op.operationId),
    );
  });

  it("keeps the spec's version", async () => {
    expect((await read(bundle().bundled.json)).info.version).toBe(source.info.version);
  });
});

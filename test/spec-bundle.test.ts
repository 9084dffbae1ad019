/**
 * The published, fully resolved spec (`npm run bundle`): what teams that generate their own clients download.
 * Checked by an independent validator, not by the tool that wrote it.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SwaggerParser from "@apidevtools/swagger-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { bundleSpec, ROOT } from "../scripts/bundle.ts";

interface Operation {
  operationId?: string;
  parameters?: { name: string; in: string }[];
  responses?: Record<string, unknown>;
}
type Document = { paths: Record<string, Record<string, Operation>> } & Record<string, unknown>;

let outDir = "";
let json: Document;
let jsonFile = "";
let jsonText = "";
let yamlText = "";

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), "mms-invites-bundle-test-"));
  const written = await bundleSpec(join(ROOT, "spec", "openapi.yaml"), outDir);
  jsonFile = written.json;
  jsonText = await readFile(written.json, "utf8");
  yamlText = await readFile(written.yaml, "utf8");
  json = JSON.parse(jsonText) as Document;
}, 30_000);

afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

describe("the bundled spec", () => {
  it("is accepted by @apidevtools/swagger-parser as valid OpenAPI 3.0", async () => {
    const validated = await SwaggerParser.validate(jsonFile);
    expect(validated).toMatchObject({ openapi: "3.0.3" });
  });

  it("holds no $ref, so a reader never has to resolve anything", () => {
    expect(jsonText).not.toContain('"$ref"');
    expect(yamlText).not.toContain("$ref");
  });

  it("holds both operations with their parameters and responses inlined", () => {
    const atlas = json.paths["/api/atlas/v1.0/groups/{groupId}/invites/{invitationId}"]?.delete;
    const opsManager = json.paths["/api/public/v1.0/orgs/{orgId}/invites/{invitationId}"]?.delete;
    expect(atlas?.operationId).toBe("deleteProjectInvitation");
    expect(opsManager?.operationId).toBe("deleteOrganizationInvitation");
    expect(atlas?.parameters?.map((p) => p.name)).toEqual(["groupId", "invitationId", "pretty", "envelope"]);
    expect(opsManager?.parameters?.map((p) => p.name)).toEqual(["orgId", "invitationId", "pretty", "envelope"]);
    expect(Object.keys(atlas?.responses ?? {})).toEqual(expect.arrayContaining(["200", "204", "401"]));
    expect(opsManager?.responses?.["204"]).toHaveProperty(["headers", "X-MongoDB-Service-Version"]);
  });

  it("says the same in YAML as in JSON", () => {
    expect(parse(yamlText)).toEqual(json);
  });

  it("keeps the spec's version, so consumers can tell which contract they hold", async () => {
    const source = parse(await readFile(join(ROOT, "spec", "openapi.yaml"), "utf8")) as { info: { version: string } };
    expect(json).toHaveProperty(["info", "version"], source.info.version);
  });
});

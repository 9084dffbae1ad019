import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isValidationError } from "../errors.ts";
import {
  documentCandidates,
  documentOperations,
  loadDocument,
  matchOperation,
  type VerifyDocument,
} from "./spec-document.ts";

const DOC: VerifyDocument = {
  openapi: "3.0.3",
  info: { title: "t", version: "1.0.0" },
  paths: {
    "/api/atlas/v1.0/groups/{groupId}/invites": {
      get: { operationId: "listProjectInvitations", responses: { "200": {} } },
      post: {
        operationId: "createProjectInvitation",
        requestBody: { content: { "application/json": { schema: { type: "object" } } } },
        responses: { "200": {} },
      },
    },
    "/api/atlas/v1.0/groups/{groupId}/invites/{invitationId}": {
      delete: { operationId: "deleteProjectInvitation", responses: { "204": {} } },
    },
  },
};

let work = "";
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "mms-invites-spec-document-"));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe("the verify document", () => {
  it("looks beside the installed code first, then in a checkout's dist/", () => {
    const [installed, checkout] = documentCandidates("opsManager");
    expect(installed).toMatch(/[/\\]ops-manager[/\\]openapi\.dereferenced\.json$/);
    expect(checkout).toMatch(/[/\\]dist[/\\]ops-manager[/\\]openapi\.dereferenced\.json$/);
  });

  it("lists the operations with their method, path and request schema", () => {
    const operations = documentOperations(DOC);
    expect([...operations.keys()]).toEqual([
      "listProjectInvitations",
      "createProjectInvitation",
      "deleteProjectInvitation",
    ]);
    expect(operations.get("createProjectInvitation")).toMatchObject({
      method: "POST",
      requestSchema: { type: "object" },
    });
  });

  it("matches a request to its operation by method and path template, behind a mount path too", () => {
    const operations = documentOperations(DOC);
    const id = "5f3a1c2b9d4e8f7a6b5c4d3e";
    expect(matchOperation(operations, "GET", "/mount/api/atlas/v1.0/groups/g/invites")?.operationId).toBe(
      "listProjectInvitations",
    );
    expect(matchOperation(operations, "DELETE", `/api/atlas/v1.0/groups/g/invites/${id}`)?.operationId).toBe(
      "deleteProjectInvitation",
    );
    expect(matchOperation(operations, "DELETE", "/api/atlas/v1.0/groups/g/invites")).toBeUndefined();
    expect(matchOperation(operations, "POST", "/api/oauth/token")).toBeUndefined();
  });

  it("reads a document from --spec and refuses one with a $ref left, another target's, broken JSON or no file", async () => {
    const good = join(work, "good.json");
    await writeFile(good, JSON.stringify(DOC));
    await expect(loadDocument("atlas", good)).resolves.toMatchObject({ file: good, doc: { openapi: "3.0.3" } });

    const bundled = join(work, "bundled.json");
    await writeFile(bundled, JSON.stringify({ ...DOC, components: { x: { $ref: "#/y" } } }));
    const refused = await loadDocument("atlas", bundled).catch((error: unknown) => error);
    expect(isValidationError(refused) && refused.parameter).toBe("--spec");

    const other = await loadDocument("opsManager", good).catch((error: unknown) => error);
    expect(isValidationError(other) && other.message).toBe(
      `${good} is not the Ops Manager document: its paths must start with /api/public/v1.0/`,
    );

    const broken = join(work, "broken.json");
    await writeFile(broken, "{");
    const unreadable = await loadDocument("atlas", broken).catch((error: unknown) => error);
    expect(isValidationError(unreadable) && unreadable.message).toBe(`${broken} is not JSON`);

    const missing = await loadDocument("atlas", join(work, "nope.json")).catch((error: unknown) => error);
    expect(isValidationError(missing) && missing.message).toBe(`cannot read --spec ${join(work, "nope.json")}`);
  });
});

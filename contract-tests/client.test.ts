/**
 * The typed openapi-fetch client each target's client carries as `api`, against the mock: the same transport, auth
 * and paths as the generated methods (operations.test.ts), reached through openapi-fetch's own request building.
 */
import { describe, expect, it } from "vitest";
import { createAtlasClient, createOpsManagerClient, operations } from "../src/index.ts";
import { prismAuth } from "./support/prism-auth.ts";
import { baseUrl, onPrism, prismLog, rawRequest, settledPrismLog, uniqueId } from "./support/server.ts";
import { bodySchema, dataSchema, responseOf, schemaErrors } from "./support/spec.ts";

const options = { baseUrl, auth: prismAuth, retry: false as const, allowInsecureHttp: !onPrism };
const groupId = "32b6e34b3d91647abb20e7b8";
const orgId = "4888442a3354817a7320eb61";
const invitationId = "5f3a1c2b9d4e8f7a6b5c4d3e";

describe("Atlas client: api", () => {
  const { api } = createAtlasClient(options);

  it("GETs the project's invitations as an array the list's schema accepts", async () => {
    const { data, response } = await api.GET("/api/atlas/v1.0/groups/{groupId}/invites", {
      params: { path: { groupId }, query: { username: "jane.doe@example.com" } },
      headers: { Prefer: "code=200" },
    });
    expect(response.status).toBe(200);
    expect(new URL(response.url).searchParams.get("username")).toBe("jane.doe@example.com");
    const schema = dataSchema(operations.listProjectInvitations, 200);
    expect(schema === undefined ? ["no schema"] : schemaErrors(schema, data)).toEqual([]);
  });

  it("DELETEs with a raw 204 and no body, and shows the raw envelope with envelope=true", async () => {
    const path = "/api/atlas/v1.0/groups/{groupId}/invites/{invitationId}" as const;
    const plain = await api.DELETE(path, {
      params: { path: { groupId, invitationId } },
      headers: { Prefer: "code=204" },
    });
    expect(plain.response.status).toBe(204);
    expect(plain.data).toBeUndefined();
    expect(plain.error).toBeUndefined();
    const enveloped = await api.DELETE(path, {
      params: { path: { groupId, invitationId }, query: { envelope: true } },
      headers: { Prefer: "code=200, example=deleted" },
    });
    expect(enveloped.response.status).toBe(200);
    expect(enveloped.data).toEqual({ status: 204, content: {} });
  });
});

describe("Ops Manager client: api", () => {
  const { api } = createOpsManagerClient(options);

  it("POSTs an organization invitation and gets the 201 body the response's schema accepts", async () => {
    const { data, response } = await api.POST("/api/public/v1.0/orgs/{orgId}/invites", {
      params: { path: { orgId } },
      body: { username: "jane.doe@example.com", roles: ["ORG_MEMBER"] },
      headers: { Prefer: "code=201" },
    });
    expect(response.status).toBe(201);
    const schema = bodySchema(responseOf(operations.opsManagerCreateOrganizationInvitation, 201));
    expect(schema === undefined ? ["no schema"] : schemaErrors(schema, data)).toEqual([]);
  });

  it("DELETEs with a raw 204 and no body", async () => {
    const { data, error, response } = await api.DELETE("/api/public/v1.0/orgs/{orgId}/invites/{invitationId}", {
      params: { path: { orgId, invitationId } },
      headers: { Prefer: "code=204" },
    });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
    expect(error).toBeUndefined();
  });
});

describe("the Prism log check", () => {
  it.runIf(onPrism)("sees a request that did reach the mock", async () => {
    const id = uniqueId();
    const path = `/api/atlas/v1.0/groups/${groupId}/invites/${id}`;
    await (await rawRequest({ method: "DELETE", path, prefer: "code=204" })).body?.cancel();
    expect(await settledPrismLog()).toContain(id);
    expect(prismLog).not.toBe("");
  });
});

import type { Client } from "openapi-fetch";
import { describe, expectTypeOf, it } from "vitest";
import {
  type AtlasClient,
  type components,
  createAtlasClient,
  createOpsManagerClient,
  type OperationResult,
  type OpsManagerClient,
  type PathsOf,
} from "../src/index.ts";

declare const atlas: AtlasClient;
declare const om: OpsManagerClient;
const groupId = "32b6e34b3d91647abb20e7b8";
const orgId = "4888442a3354817a7320eb61";
const invitationId = "5f3a1c2b9d4e8f7a6b5c4d3e";

type Schemas = components["schemas"];

describe("public client surface", () => {
  it("gives each factory its own client type", () => {
    expectTypeOf(createAtlasClient).returns.toEqualTypeOf<AtlasClient>();
    expectTypeOf(createOpsManagerClient).returns.toEqualTypeOf<OpsManagerClient>();
  });

  it("requires a base URL for Ops Manager only", () => {
    expectTypeOf(createAtlasClient).parameter(0).toHaveProperty("baseUrl").toEqualTypeOf<string | undefined>();
    expectTypeOf(createOpsManagerClient).parameter(0).toHaveProperty("baseUrl").toEqualTypeOf<string>();
  });

  it("names every method by MongoDB's v1 operationId on both targets", () => {
    for (const client of [atlas, om]) {
      expectTypeOf(client).toHaveProperty("listProjectInvitations");
      expectTypeOf(client).toHaveProperty("getProjectInvitation");
      expectTypeOf(client).toHaveProperty("createProjectInvitation");
      expectTypeOf(client).toHaveProperty("updateProjectInvitation");
      expectTypeOf(client).toHaveProperty("updateProjectInvitationById");
      expectTypeOf(client).toHaveProperty("deleteProjectInvitation");
      expectTypeOf(client).toHaveProperty("listOrganizationInvitations");
      expectTypeOf(client).toHaveProperty("getOrganizationInvitation");
      expectTypeOf(client).toHaveProperty("createOrganizationInvitation");
      expectTypeOf(client).toHaveProperty("updateOrganizationInvitation");
      expectTypeOf(client).toHaveProperty("updateOrganizationInvitationById");
      expectTypeOf(client).toHaveProperty("deleteOrganizationInvitation");
    }
    expectTypeOf(om).not.toHaveProperty("opsManagerDeleteOrganizationInvitation");
  });

  it("takes path parameters, query parameters and body fields in one object", () => {
    expectTypeOf(atlas.deleteProjectInvitation).parameter(0).toEqualTypeOf<{ groupId: string; invitationId: string }>();
    expectTypeOf(om.deleteOrganizationInvitation).parameter(0).toEqualTypeOf<{ orgId: string; invitationId: string }>();
    expectTypeOf(atlas.listProjectInvitations).parameter(0).toEqualTypeOf<{ groupId: string; username?: string }>();
    expectTypeOf(atlas.createProjectInvitation).parameter(0).toEqualTypeOf<{
      groupId: string;
      username: string;
      roles: Schemas["AtlasProjectRole"][];
    }>();
    expectTypeOf(om.updateOrganizationInvitationById)
      .parameter(0)
      .toEqualTypeOf<{ orgId: string; invitationId: string; roles: Schemas["OpsManagerOrganizationRole"][] }>();
  });

  it("resolves data typed from the success response", () => {
    expectTypeOf(atlas.deleteProjectInvitation).returns.resolves.toEqualTypeOf<OperationResult<undefined>>();
    expectTypeOf(atlas.listProjectInvitations).returns.resolves.toEqualTypeOf<
      OperationResult<Schemas["AtlasProjectInvitation"][]>
    >();
    expectTypeOf(atlas.createOrganizationInvitation).returns.resolves.toEqualTypeOf<
      OperationResult<Schemas["AtlasOrganizationInvitation"]>
    >();
    expectTypeOf(om.getProjectInvitation).returns.resolves.toEqualTypeOf<
      OperationResult<Schemas["OpsManagerProjectInvitation"]>
    >();
  });

  it("narrows the typed openapi-fetch client to the target's paths", () => {
    type Scope = "groups/{groupId}" | "orgs/{orgId}";
    expectTypeOf<keyof PathsOf<"atlas">>().toEqualTypeOf<
      `/api/atlas/v1.0/${Scope}/invites` | `/api/atlas/v1.0/${Scope}/invites/{invitationId}`
    >();
    expectTypeOf<keyof PathsOf<"opsManager">>().toEqualTypeOf<
      `/api/public/v1.0/${Scope}/invites` | `/api/public/v1.0/${Scope}/invites/{invitationId}`
    >();
    expectTypeOf<AtlasClient["api"]>().toEqualTypeOf<Client<PathsOf<"atlas">>>();
    // @ts-expect-error an Ops Manager path is not a path of the Atlas client
    void atlas.api.DELETE("/api/public/v1.0/orgs/{orgId}/invites/{invitationId}", {
      params: { path: { orgId, invitationId } },
    });
  });

  it("rejects a wrong parameter, a missing required field and a wrong role name at compile time", () => {
    // @ts-expect-error orgId is not a parameter of the project operation
    void atlas.deleteProjectInvitation({ orgId, invitationId });
    // @ts-expect-error envelope is a boolean
    void atlas.deleteProjectInvitation({ groupId, invitationId }, { envelope: "true" });
    // @ts-expect-error roles is required
    void atlas.createProjectInvitation({ groupId, username: "jane.doe@example.com" });
    // @ts-expect-error ORG_OWNER is an organization role, not a project role
    void atlas.createProjectInvitation({ groupId, username: "jane.doe@example.com", roles: ["ORG_OWNER"] });
    // @ts-expect-error GROUP_CLUSTER_MANAGER is an Atlas role; Ops Manager projects do not have it
    void om.updateProjectInvitationById({ groupId, invitationId, roles: ["GROUP_CLUSTER_MANAGER"] });
    // @ts-expect-error pretty is a call option, not an input field
    void atlas.listProjectInvitations({ groupId, pretty: true });
  });
});

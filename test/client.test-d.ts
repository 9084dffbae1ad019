import { describe, expectTypeOf, it } from "vitest";
import {
  type AtlasClient,
  createAtlasClient,
  createOpsManagerClient,
  type OperationResult,
  type OpsManagerClient,
} from "../src/index.ts";

declare const atlas: AtlasClient;
declare const om: OpsManagerClient;

describe("public client surface", () => {
  it("gives each factory its own client type", () => {
    expectTypeOf(createAtlasClient).returns.toEqualTypeOf<AtlasClient>();
    expectTypeOf(createOpsManagerClient).returns.toEqualTypeOf<OpsManagerClient>();
  });

  it("requires a base URL for Ops Manager only", () => {
    expectTypeOf(createAtlasClient).parameter(0).toHaveProperty("baseUrl").toEqualTypeOf<string | undefined>();
    expectTypeOf(createOpsManagerClient).parameter(0).toHaveProperty("baseUrl").toEqualTypeOf<string>();
  });

  it("takes each operation's own path parameters and resolves an OperationResult", () => {
    expectTypeOf(atlas.deleteProjectInvitation).parameter(0).toEqualTypeOf<{ groupId: string; invitationId: string }>();
    expectTypeOf(om.deleteOrganizationInvitation).parameter(0).toEqualTypeOf<{ orgId: string; invitationId: string }>();
    expectTypeOf(atlas.deleteProjectInvitation).returns.resolves.toEqualTypeOf<OperationResult>();
  });

  it("exposes only the target's own operations", () => {
    expectTypeOf(atlas).not.toHaveProperty("deleteOrganizationInvitation");
    expectTypeOf(om).not.toHaveProperty("deleteProjectInvitation");
  });

  it("narrows the typed openapi-fetch client to the target's paths", () => {
    type AtlasDeletePath = Parameters<AtlasClient["api"]["DELETE"]>[0];
    type OpsManagerDeletePath = Parameters<OpsManagerClient["api"]["DELETE"]>[0];
    expectTypeOf<AtlasDeletePath>().toEqualTypeOf<"/api/atlas/v1.0/groups/{groupId}/invites/{invitationId}">();
    expectTypeOf<OpsManagerDeletePath>().toEqualTypeOf<"/api/public/v1.0/orgs/{orgId}/invites/{invitationId}">();
  });

  it("rejects a wrong parameter name at compile time", () => {
    // @ts-expect-error orgId is not a parameter of the Atlas operation
    void atlas.deleteProjectInvitation({ orgId: "x", invitationId: "y" });
    // @ts-expect-error envelope is a boolean
    void atlas.deleteProjectInvitation({ groupId: "x", invitationId: "y" }, { envelope: "true" });
  });
});

import { describe, expectTypeOf, it } from "vitest";
import type { components, operations, paths } from "../generated/openapi.ts";

type AtlasDelete = operations["deleteProjectInvitation"];
type OpsManagerDelete = operations["opsManagerDeleteOrganizationInvitation"];

describe("generated types", () => {
  it("require both path ids of each operation as strings", () => {
    expectTypeOf<AtlasDelete["parameters"]["path"]>().toEqualTypeOf<{ groupId: string; invitationId: string }>();
    expectTypeOf<OpsManagerDelete["parameters"]["path"]>().toEqualTypeOf<{ orgId: string; invitationId: string }>();
  });

  it("make pretty and envelope optional booleans", () => {
    type Query = NonNullable<AtlasDelete["parameters"]["query"]>;
    expectTypeOf<Query>().toEqualTypeOf<{ pretty?: boolean; envelope?: boolean }>();
    expectTypeOf<NonNullable<OpsManagerDelete["parameters"]["query"]>>().toEqualTypeOf<Query>();
  });

  it("give the 204 no content", () => {
    expectTypeOf<NonNullable<AtlasDelete["responses"][204]["content"]>>().toBeNever();
    expectTypeOf<NonNullable<OpsManagerDelete["responses"][204]["content"]>>().toBeNever();
  });

  it("declare the Ops Manager service version header on its 204", () => {
    // Header maps carry an index signature, so a dropped header would read as `unknown`, not `string`.
    expectTypeOf<OpsManagerDelete["responses"][204]["headers"]["X-MongoDB-Service-Version"]>().toEqualTypeOf<string>();
  });

  it("declare the WWW-Authenticate challenge on every 401", () => {
    expectTypeOf<AtlasDelete["responses"][401]["headers"]["WWW-Authenticate"]>().toEqualTypeOf<string>();
    expectTypeOf<OpsManagerDelete["responses"][401]["headers"]["WWW-Authenticate"]>().toEqualTypeOf<string>();
  });

  it("type the enveloped 200 as {status, content}", () => {
    type Body = AtlasDelete["responses"][200]["content"]["application/json"];
    expectTypeOf<Body["status"]>().toEqualTypeOf<number>();
    expectTypeOf<Body["content"]>().not.toBeUnknown();
  });

  it("declare Retry-After on the 429", () => {
    expectTypeOf<AtlasDelete["responses"][429]["headers"]["Retry-After"]>().toEqualTypeOf<number>();
  });

  it("use the invites path segment, never invitations, on both targets and both scopes", () => {
    type Scope = "groups/{groupId}" | "orgs/{orgId}";
    type Prefix = "/api/atlas/v1.0" | "/api/public/v1.0";
    expectTypeOf<keyof paths>().toEqualTypeOf<
      `${Prefix}/${Scope}/invites` | `${Prefix}/${Scope}/invites/{invitationId}`
    >();
  });

  it("give the list an array of invitations, with the username filter as an optional string", () => {
    type List = operations["listProjectInvitations"];
    type Invitation = components["schemas"]["AtlasProjectInvitation"];
    expectTypeOf<NonNullable<List["parameters"]["query"]>["username"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Invitation[]>().toExtend<List["responses"][200]["content"]["application/json"]>();
  });

  it("type the create body's roles by the target's and scope's enum", () => {
    type Body = operations["createProjectInvitation"]["requestBody"]["content"]["application/json"];
    type OpsManagerBody =
      operations["opsManagerCreateOrganizationInvitation"]["requestBody"]["content"]["application/json"];
    expectTypeOf<Body["roles"][number]>().toEqualTypeOf<components["schemas"]["AtlasProjectRole"]>();
    expectTypeOf<OpsManagerBody["roles"][number]>().toEqualTypeOf<
      components["schemas"]["OpsManagerOrganizationRole"]
    >();
    expectTypeOf<"ORG_OWNER">().not.toExtend<Body["roles"][number]>();
  });
});

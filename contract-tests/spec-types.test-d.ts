/**
 * The contract as the generated types see it: a spec change that breaks it fails `npm run typecheck` before any
 * request is sent. Checked by tsc and by vitest's typecheck.
 */
import { describe, expectTypeOf, it } from "vitest";
import type { components, operations, paths } from "../generated/openapi.ts";
import type { DataOf, InputOf } from "../src/api.ts";

type Atlas = operations["deleteProjectInvitation"];
type OpsManager = operations["opsManagerDeleteOrganizationInvitation"];
type ApiErrorBody = components["schemas"]["ApiError"];
type Schemas = components["schemas"];

describe("both deletes in the generated types", () => {
  it("lives under /invites/", () => {
    expectTypeOf<paths>().toHaveProperty("/api/atlas/v1.0/groups/{groupId}/invites/{invitationId}");
    expectTypeOf<paths>().toHaveProperty("/api/public/v1.0/orgs/{orgId}/invites/{invitationId}");
    expectTypeOf<paths["/api/atlas/v1.0/groups/{groupId}/invites/{invitationId}"]["delete"]>().toEqualTypeOf<Atlas>();
    expectTypeOf<paths["/api/public/v1.0/orgs/{orgId}/invites/{invitationId}"]["delete"]>().toEqualTypeOf<OpsManager>();
  });

  it("takes the ids as strings and pretty and envelope as optional booleans", () => {
    expectTypeOf<Atlas["parameters"]["path"]>().toEqualTypeOf<{ groupId: string; invitationId: string }>();
    expectTypeOf<OpsManager["parameters"]["path"]>().toEqualTypeOf<{ orgId: string; invitationId: string }>();
    expectTypeOf<NonNullable<Atlas["parameters"]["query"]>>().toEqualTypeOf<{ pretty?: boolean; envelope?: boolean }>();
    expectTypeOf<NonNullable<OpsManager["parameters"]["query"]>>().toEqualTypeOf<{
      pretty?: boolean;
      envelope?: boolean;
    }>();
  });

  it("answers success with a bodiless 204, and 200 only for the envelope", () => {
    expectTypeOf<Atlas["responses"]>().toHaveProperty(204);
    expectTypeOf<OpsManager["responses"]>().toHaveProperty(204);
    expectTypeOf<NonNullable<Atlas["responses"][204]["content"]>>().toEqualTypeOf<never>();
    expectTypeOf<NonNullable<OpsManager["responses"][204]["content"]>>().toEqualTypeOf<never>();
    expectTypeOf<Atlas["responses"][200]["content"]["application/json"]>().toEqualTypeOf<
      components["schemas"]["Envelope"]
    >();
    expectTypeOf<OpsManager["responses"][200]["content"]["application/json"]>().toEqualTypeOf<
      components["schemas"]["Envelope"]
    >();
  });

  it("challenges with WWW-Authenticate on 401, with an ApiError body", () => {
    expectTypeOf<Atlas["responses"]>().toHaveProperty(401);
    expectTypeOf<OpsManager["responses"]>().toHaveProperty(401);
    // Headers also have an index signature: a dropped header would read as `unknown`, not fail to index.
    expectTypeOf<Atlas["responses"][401]["headers"]["WWW-Authenticate"]>().toEqualTypeOf<string>();
    expectTypeOf<OpsManager["responses"][401]["headers"]["WWW-Authenticate"]>().toEqualTypeOf<string>();
    expectTypeOf<Atlas["responses"][401]["content"]["application/json"]>().toEqualTypeOf<ApiErrorBody>();
    expectTypeOf<OpsManager["responses"][401]["content"]["application/json"]>().toEqualTypeOf<ApiErrorBody>();
  });
});

/** The keys of `T` that are not optional. */
type RequiredKeys<T> = { [K in keyof T]-?: Record<never, never> extends Pick<T, K> ? never : K }[keyof T];

describe("the rest of the resource in the generated types, for each target and scope", () => {
  it("lists with an optional username filter, answering an array of the invitation its get answers", () => {
    expectTypeOf<InputOf<"listProjectInvitations">>().toEqualTypeOf<{ groupId: string; username?: string }>();
    expectTypeOf<InputOf<"listOrganizationInvitations">>().toEqualTypeOf<{ orgId: string; username?: string }>();
    expectTypeOf<InputOf<"opsManagerListProjectInvitations">>().toEqualTypeOf<{ groupId: string; username?: string }>();
    expectTypeOf<InputOf<"opsManagerListOrganizationInvitations">>().toEqualTypeOf<{
      orgId: string;
      username?: string;
    }>();
    expectTypeOf<DataOf<"listProjectInvitations">>().toEqualTypeOf<Schemas["AtlasProjectInvitation"][]>();
    expectTypeOf<DataOf<"listOrganizationInvitations">>().toEqualTypeOf<Schemas["AtlasOrganizationInvitation"][]>();
    expectTypeOf<DataOf<"opsManagerListProjectInvitations">>().toEqualTypeOf<
      Schemas["OpsManagerProjectInvitation"][]
    >();
    expectTypeOf<DataOf<"opsManagerListOrganizationInvitations">>().toEqualTypeOf<
      Schemas["OpsManagerOrganizationInvitation"][]
    >();
    expectTypeOf<DataOf<"getProjectInvitation">>().toEqualTypeOf<Schemas["AtlasProjectInvitation"]>();
    expectTypeOf<DataOf<"opsManagerGetOrganizationInvitation">>().toEqualTypeOf<
      Schemas["OpsManagerOrganizationInvitation"]
    >();
  });

  it("creates with username and roles required, and declares both 200 and 201", () => {
    expectTypeOf<RequiredKeys<InputOf<"createProjectInvitation">>>().toEqualTypeOf<"groupId" | "username" | "roles">();
    expectTypeOf<RequiredKeys<InputOf<"createOrganizationInvitation">>>().toEqualTypeOf<
      "orgId" | "username" | "roles"
    >();
    expectTypeOf<RequiredKeys<InputOf<"opsManagerCreateProjectInvitation">>>().toEqualTypeOf<
      "groupId" | "username" | "roles"
    >();
    expectTypeOf<RequiredKeys<InputOf<"opsManagerCreateOrganizationInvitation">>>().toEqualTypeOf<
      "orgId" | "username" | "roles"
    >();
    expectTypeOf<operations["createProjectInvitation"]["responses"]>().toHaveProperty(201);
    expectTypeOf<operations["createOrganizationInvitation"]["responses"]>().toHaveProperty(201);
    expectTypeOf<operations["opsManagerCreateProjectInvitation"]["responses"]>().toHaveProperty(201);
    expectTypeOf<operations["opsManagerCreateOrganizationInvitation"]["responses"]>().toHaveProperty(201);
  });

  it("updates with roles required, by username (also required) or by id", () => {
    expectTypeOf<RequiredKeys<InputOf<"updateProjectInvitation">>>().toEqualTypeOf<"groupId" | "username" | "roles">();
    expectTypeOf<RequiredKeys<InputOf<"updateProjectInvitationById">>>().toEqualTypeOf<
      "groupId" | "invitationId" | "roles"
    >();
    expectTypeOf<RequiredKeys<InputOf<"opsManagerUpdateOrganizationInvitation">>>().toEqualTypeOf<
      "orgId" | "username" | "roles"
    >();
    expectTypeOf<RequiredKeys<InputOf<"opsManagerUpdateOrganizationInvitationById">>>().toEqualTypeOf<
      "orgId" | "invitationId" | "roles"
    >();
  });
});

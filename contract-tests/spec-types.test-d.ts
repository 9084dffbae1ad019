/**
 * The contract as the generated types see it: a spec change that breaks it fails `npm run typecheck` before any
 * request is sent. Checked by tsc and by vitest's typecheck.
 */
import { describe, expectTypeOf, it } from "vitest";
import type { components, operations, paths } from "../generated/openapi.ts";

type Atlas = operations["deleteProjectInvitation"];
type OpsManager = operations["opsManagerDeleteOrganizationInvitation"];
type ApiErrorBody = components["schemas"]["ApiError"];

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

/**
 * Where the two targets answer differently, as data: the role each scope needs, the answer to an invitation that
 * is not there, the codes for a role a scope does not take, the create status, and what only one target sends.
 * Every code and status here is one the spec declares for that target's operations (see its "Errors" section);
 * the role names are the spec's, read from the generated operation table.
 */
import type { TargetId } from "../targets.ts";
import { type Answer, apiError } from "./responses.ts";
import { findRoute, type ScopeKind } from "./routes.ts";

/** The seed field of a key that lists the scopes on which it holds a role. */
export type RoleField = "projectOwner" | "orgOwner" | "projectUserAdmin" | "orgUserAdmin";

/** How one target answers. */
export interface TargetRules {
  /** The role an operation on a project or an organization needs, as the spec's descriptions name it. */
  readonly requiredRole: Readonly<Record<ScopeKind, { readonly field: RoleField; readonly title: string }>>;
  /** The answer to an id with no pending invitation in the scope (unknown, accepted, expired, elsewhere). */
  missingInvitation(invitationId: string): Answer;
  /** The answer to a delete of a pending invitation of the other scope kind, or `undefined` to answer it missing. */
  wrongScopeDelete(kind: ScopeKind, invitationId: string): Answer | undefined;
  /** The answer to a role a scope of `kind` does not take; `scopeId` names that project or organization. */
  invalidRole(kind: ScopeKind, role: string, scopeId: string): Answer;
  /** The status of a created invitation. */
  readonly createdStatus: 200 | 201;
  /** Whether invitations carry `links` (and organization invitations `groupRoleAssignments`). */
  readonly links: boolean;
  /** Whether creates count against the per-IP invitation limit (`RATE_LIMITED_IP`). */
  readonly invitationRateLimit: boolean;
  /** Whether answers carry `X-MongoDB-Service-Version`. */
  readonly serviceVersionHeader: boolean;
}

/** The role names an invitation of `kind` takes on `target`, from the spec's create body schema. */
export function roleNames(target: TargetId, kind: ScopeKind): readonly string[] {
  const body = findRoute(target, kind, "POST", false)?.operation.body as
    | { schema: { properties: { roles?: { items?: { enum?: readonly string[] } } } } }
    | null
    | undefined;
  const names = body?.schema.properties.roles?.items?.enum;
  if (names === undefined) throw new Error(`the spec declares no role enum for a ${target} ${kind} invitation`);
  return names;
}

const otherKind = (kind: ScopeKind): ScopeKind => (kind === "group" ? "org" : "group");

function notFound(invitationId: string): Answer {
  return apiError(404, "RESOURCE_NOT_FOUND", `Cannot find resource invitation ${invitationId}.`, [invitationId]);
}

/** The rules of each target. */
export const targetRules: Readonly<Record<TargetId, TargetRules>> = {
  atlas: {
    requiredRole: {
      group: { field: "projectOwner", title: "Project Owner" },
      org: { field: "orgOwner", title: "Organization Owner" },
    },
    missingInvitation: (invitationId) =>
      apiError(
        400,
        "INVALID_INVITATION_ID",
        "The invitation you tried to delete does not exist or has already been accepted.",
        [invitationId],
      ),
    wrongScopeDelete: (kind, invitationId) =>
      kind === "group"
        ? apiError(
            400,
            "CANNOT_DELETE_ORG_INVITATION",
            "You can't use the /groups/{GROUP-ID}/invites/{INVITATION-ID} endpoint to delete an invitation to an organization. Use /orgs/{ORG-ID}/invites/{INVITATION-ID} instead.",
            [invitationId],
          )
        : apiError(
            400,
            "CANNOT_DELETE_GROUP_INVITATION",
            "You can't use the /orgs/{ORG-ID}/invites/{INVITATION-ID} endpoint to delete an invitation to a group. Use /groups/{GROUP-ID}/invites/{INVITATION-ID} instead.",
            [invitationId],
          ),
    invalidRole: (kind, role, scopeId) => {
      // A role of the other scope gets its own code in Atlas's catalogue; anything else is invalid for the scope.
      if (roleNames("atlas", otherKind(kind)).includes(role)) {
        return kind === "group"
          ? apiError(400, "CANNOT_ADD_ORG_ROLE", "Adding an organization-level role in a group is not supported.")
          : apiError(400, "CANNOT_ADD_GROUP_ROLE", "Adding a group-level role in an organization is not supported.");
      }
      return kind === "group"
        ? apiError(400, "INVALID_ROLE_FOR_GROUP", `Role ${role} is invalid for group ${scopeId}.`, [role, scopeId])
        : apiError(400, "INVALID_ROLE_FOR_ORG", `Role ${role} invalid for organization ${scopeId}.`, [role, scopeId]);
    },
    createdStatus: 200,
    links: true,
    invitationRateLimit: true,
    serviceVersionHeader: false,
  },
  opsManager: {
    requiredRole: {
      group: { field: "projectUserAdmin", title: "Project User Admin" },
      org: { field: "orgUserAdmin", title: "Organization User Admin" },
    },
    // Ops Manager documents no invitation codes: the spec assumes 404 RESOURCE_NOT_FOUND, also for the other scope.
    missingInvitation: notFound,
    wrongScopeDelete: () => undefined,
    invalidRole: (kind, role, scopeId) =>
      kind === "group"
        ? apiError(400, "INVALID_ROLE_FOR_GROUP", `Role ${role} is invalid for group ${scopeId}.`, [role, scopeId])
        : apiError(400, "INVALID_ATTRIBUTE", "Invalid attribute roles specified.", ["roles"]),
    createdStatus: 201,
    links: false,
    invitationRateLimit: false,
    serviceVersionHeader: true,
  },
};

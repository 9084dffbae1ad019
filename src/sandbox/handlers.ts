/**
 * What each operation does once a request has passed authentication, its checks, the role and the rate limit:
 * one handler per operation name, shared by both targets, with the differences read from `targetRules`. The
 * table is keyed by the generated operation names; an operation added to the spec without a handler here is not
 * served (the project still compiles, since the client needs no code for it), and the sandbox's route test fails
 * until it has one.
 */
import { targets } from "../targets.ts";
import type { RateLimiter } from "./rate-limit.ts";
import { type Answer, apiError } from "./responses.ts";
import type { OperationName, Scope } from "./routes.ts";
import { INVITATION_LIFETIME_MS, type InvitationFields, type SandboxStore, type StoredInvitation } from "./store.ts";
import { targetRules } from "./target-rules.ts";

/** Everything a handler may read or change. */
export interface OperationContext {
  readonly store: SandboxStore;
  readonly scope: Scope;
  /** The checked input: path ids, query parameters and body fields. */
  readonly input: Readonly<Record<string, unknown>>;
  /** The public key the request authenticated with. */
  readonly principal: string;
  /** The sandbox's base URL, for `links`. */
  readonly baseUrl: string;
  /** The address the request came from, the key of the per-IP invitation limit. */
  readonly clientAddress: string;
  /** The per-IP invitation limit. */
  readonly invitationLimiter: RateLimiter;
}

/** Answers one operation. */
export type Handler = (context: OperationContext) => Answer;

const list: Handler = ({ store, scope, input, baseUrl }) => {
  const username = typeof input.username === "string" ? input.username : undefined;
  return { status: 200, body: store.list(scope, username).map((invitation) => view(invitation, store, baseUrl)) };
};

const get: Handler = ({ store, scope, input, baseUrl }) => {
  const invitation = store.find(scope, String(input.invitationId));
  if (invitation === undefined) return targetRules[scope.target].missingInvitation(String(input.invitationId));
  return { status: 200, body: view(invitation, store, baseUrl) };
};

const create: Handler = (context) => {
  const { store, scope, input, baseUrl } = context;
  const rules = targetRules[scope.target];
  const refused = checkReferences(context);
  if (refused !== undefined) return refused;
  if (rules.invitationRateLimit) {
    const decision = context.invitationLimiter.take(`ip:${context.clientAddress}`);
    if (!decision.allowed) return rateLimitedIp(context.invitationLimiter);
  }
  const invitation = store.create(scope, String(input.username), store.username(context.principal), fields(input));
  return { status: rules.createdStatus, body: view(invitation, store, baseUrl) };
};

const updateByUsername: Handler = (context) => {
  const { store, scope, input, baseUrl } = context;
  const username = String(input.username);
  const invitation = store.findByUsername(scope, username);
  if (invitation === undefined) {
    return apiError(404, "RESOURCE_NOT_FOUND", `Cannot find resource invitation for ${username}.`, [username]);
  }
  const refused = checkReferences(context);
  if (refused !== undefined) return refused;
  return { status: 200, body: view(store.update(invitation, fields(input)), store, baseUrl) };
};

const updateById: Handler = (context) => {
  const { store, scope, input, baseUrl } = context;
  const invitationId = String(input.invitationId);
  const invitation = store.find(scope, invitationId);
  if (invitation === undefined) return targetRules[scope.target].missingInvitation(invitationId);
  const refused = checkReferences(context);
  if (refused !== undefined) return refused;
  return { status: 200, body: view(store.update(invitation, fields(input)), store, baseUrl) };
};

const remove: Handler = ({ store, scope, input }) => {
  const invitationId = String(input.invitationId);
  const rules = targetRules[scope.target];
  const outcome = store.delete(scope, invitationId);
  if (outcome === "deleted") return { status: 204 };
  if (outcome === "other-scope") {
    return rules.wrongScopeDelete(scope.kind, invitationId) ?? rules.missingInvitation(invitationId);
  }
  return rules.missingInvitation(invitationId);
};

/** The handler of every operation, by the client method name the spec gives it on both targets. */
export const handlers: Readonly<Partial<Record<OperationName, Handler>>> = {
  listProjectInvitations: list,
  getProjectInvitation: get,
  createProjectInvitation: create,
  updateProjectInvitation: updateByUsername,
  updateProjectInvitationById: updateById,
  deleteProjectInvitation: remove,
  listOrganizationInvitations: list,
  getOrganizationInvitation: get,
  createOrganizationInvitation: create,
  updateOrganizationInvitation: updateByUsername,
  updateOrganizationInvitationById: updateById,
  deleteOrganizationInvitation: remove,
};

function fields(input: Readonly<Record<string, unknown>>): InvitationFields {
  const result: InvitationFields = { roles: input.roles as string[] };
  if (input.teamIds !== undefined) result.teamIds = input.teamIds as string[];
  if (input.groupRoleAssignments !== undefined) {
    result.groupRoleAssignments = input.groupRoleAssignments as Array<{ groupId: string; roles: string[] }>;
  }
  return result;
}

/** Refuses team ids the organization does not have and projects outside it. */
function checkReferences({ store, scope, input }: OperationContext): Answer | undefined {
  for (const teamId of (input.teamIds as string[] | undefined) ?? []) {
    if (!store.hasTeam(scope.id, teamId)) {
      return apiError(404, "INVALID_TEAM_ID", `Team ${teamId} does not exist in organization ${scope.id}.`, [
        teamId,
        scope.id,
      ]);
    }
  }
  for (const { groupId } of (input.groupRoleAssignments as Array<{ groupId: string }> | undefined) ?? []) {
    if (!store.isProjectOf(scope.id, groupId)) {
      return apiError(404, "GROUP_NOT_FOUND", `No group with ID ${groupId} exists.`, [groupId]);
    }
  }
  return undefined;
}

/** Atlas's answer to too many invitations from one address: a 400, with no Retry-After (the spec declares none). */
function rateLimitedIp(limiter: RateLimiter): Answer {
  const [amount, unit] = limiter.describeWindow();
  return apiError(
    400,
    "RATE_LIMITED_IP",
    `Rate limit of ${limiter.limit} invitations per ${amount} ${unit} exceeded.`,
    [limiter.limit, amount],
  );
}

/** An invitation as the spec's response schema for its target and scope writes it. */
export function view(invitation: StoredInvitation, store: SandboxStore, baseUrl: string): Record<string, unknown> {
  const rules = targetRules[invitation.target];
  const body: Record<string, unknown> = {
    id: invitation.id,
    username: invitation.username,
    createdAt: timestamp(invitation.createdAt),
    expiresAt: timestamp(invitation.createdAt + INVITATION_LIFETIME_MS),
    inviterUsername: invitation.inviterUsername,
    roles: [...invitation.roles],
  };
  if (invitation.kind === "group") {
    body.groupId = invitation.scopeId;
    body.groupName = store.scopeName("group", invitation.scopeId);
  } else {
    body.orgId = invitation.scopeId;
    body.orgName = store.scopeName("org", invitation.scopeId);
    body.teamIds = [...invitation.teamIds];
    if (rules.links) body.groupRoleAssignments = invitation.groupRoleAssignments.map((role) => ({ ...role }));
  }
  if (rules.links) {
    const collection = invitation.kind === "group" ? "groups" : "orgs";
    body.links = [
      {
        href: `${baseUrl}${targets[invitation.target].pathPrefix}/${collection}/${invitation.scopeId}/invites/${invitation.id}`,
        rel: "self",
      },
    ];
  }
  return body;
}

/** ISO 8601 in UTC without milliseconds, as the API writes times. */
function timestamp(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/**
 * The sandbox's state: organizations and projects, who holds which role, and the invitations. All in memory, all
 * synchronous, so one request's check-and-change can never interleave with another's.
 *
 * An invitation is pending until it is deleted, and visible (listed, found, updated, deleted) only while pending
 * and unexpired: it expires 30 days after `createdAt`, as the spec says. Organizations and projects exist on both
 * targets; one that a key or an invitation names without the seed's `organizations` declaring it exists too.
 */
import { randomBytes } from "node:crypto";
import type { TargetId } from "../targets.ts";
import type { Scope, ScopeKind } from "./routes.ts";
import { defaultRole, type SandboxInvitation, type SandboxKey, type SandboxSeed } from "./seed.ts";
import { type RoleField, targetRules } from "./target-rules.ts";

/** What an invitation's lifecycle looks like from outside. */
export type InvitationState = "pending" | "accepted" | "expired" | "deleted";

/** How long an invitation stays open: "Users have 30 days to accept an invitation." */
export const INVITATION_LIFETIME_MS = 30 * 24 * 3_600_000;

/** A project role granted on accepting an Atlas organization invitation, as answers write it. */
export interface GroupRole {
  readonly groupId: string;
  readonly groupRole: string;
}

/** One stored invitation. */
export interface StoredInvitation {
  readonly id: string;
  readonly target: TargetId;
  readonly kind: ScopeKind;
  readonly scopeId: string;
  readonly username: string;
  roles: string[];
  /** Milliseconds since the epoch, whole seconds. */
  readonly createdAt: number;
  readonly inviterUsername: string;
  teamIds: string[];
  groupRoleAssignments: GroupRole[];
  state: "pending" | "accepted" | "deleted";
}

/** What a create or an update may set. */
export interface InvitationFields {
  roles: string[];
  teamIds?: string[];
  groupRoleAssignments?: ReadonlyArray<{ groupId: string; roles: string[] }>;
}

/** The outcome of a delete. */
export type DeleteOutcome = "deleted" | "missing" | "other-scope";

const DEFAULT_INVITER = "owner@example.com";

/** The keys, their roles, the organizations and projects, and the invitations. */
export class SandboxStore {
  readonly #passwords = new Map<string, string>();
  readonly #usernames = new Map<string, string>();
  /**
   * `publicKey` (or a service account's principal) → `<target>:<kind>:<id>` of every scope on which it holds that
   * target's required role.
   */
  readonly #roles = new Map<string, Set<string>>();
  /** `<kind>:<id>` → name. */
  readonly #scopes = new Map<string, string>();
  /** Project id → its organization's id. */
  readonly #projectOrg = new Map<string, string>();
  readonly #teams = new Map<string, Set<string>>();
  readonly #invitations = new Map<string, StoredInvitation>();
  readonly #now: () => number;

  constructor(seed: SandboxSeed, now: () => number) {
    this.#now = now;
    for (const org of seed.organizations ?? []) {
      this.#scopes.set(`org:${org.id}`, org.name ?? `org-${org.id}`);
      this.#teams.set(org.id, new Set(org.teamIds ?? []));
      for (const project of org.projects ?? []) {
        this.#scopes.set(`group:${project.id}`, project.name ?? `project-${project.id}`);
        this.#projectOrg.set(project.id, org.id);
      }
    }
    for (const key of seed.keys) this.addKey(key);
    for (const invitation of seed.invitations) this.addInvitation(invitation);
  }

  /** Adds a key, or replaces the one with the same public key. */
  addKey(key: SandboxKey): void {
    this.#passwords.set(key.publicKey, key.privateKey);
    this.grantRoles(key.publicKey, key.username ?? defaultUsername(key.publicKey), key);
  }

  /**
   * Sets who `principal` is (`username`, for `inviterUsername`) and the scopes on which it holds the required role,
   * without a Digest password: a service account's access tokens act as such a principal.
   */
  grantRoles(principal: string, username: string, roles: Partial<Record<RoleField, readonly string[]>>): void {
    this.#usernames.set(principal, username);
    const scopes = new Set<string>();
    for (const [target, rules] of Object.entries(targetRules) as [TargetId, (typeof targetRules)[TargetId]][]) {
      for (const [kind, { field }] of Object.entries(rules.requiredRole) as [ScopeKind, { field: RoleField }][]) {
        for (const id of roles[field] ?? []) {
          this.#declare(kind, id);
          scopes.add(`${target}:${kind}:${id}`);
        }
      }
    }
    this.#roles.set(principal, scopes);
  }

  /** Adds an invitation, or resets the one with the same id. */
  addInvitation(invitation: SandboxInvitation): void {
    const kind: ScopeKind = invitation.groupId !== undefined ? "group" : "org";
    const scopeId = invitation.groupId ?? invitation.orgId ?? "";
    this.#declare(kind, scopeId);
    const createdAt = invitation.createdAt === undefined ? this.#now() : Date.parse(invitation.createdAt);
    this.#invitations.set(invitation.id, {
      id: invitation.id,
      target: invitation.target ?? (kind === "group" ? "atlas" : "opsManager"),
      kind,
      scopeId,
      username: invitation.username ?? `user-${invitation.id}@example.com`,
      roles: [...(invitation.roles ?? [defaultRole(kind)])],
      createdAt: Math.floor(createdAt / 1000) * 1000,
      inviterUsername: invitation.inviterUsername ?? DEFAULT_INVITER,
      teamIds: [...(invitation.teamIds ?? [])],
      groupRoleAssignments: flattenAssignments(invitation.groupRoleAssignments ?? []),
      state: invitation.state ?? "pending",
    });
  }

  /** The private key of `publicKey`, or `undefined` for an unknown key. */
  password(publicKey: string): string | undefined {
    return this.#passwords.get(publicKey);
  }

  /** The email address invitations sent with `publicKey` carry as `inviterUsername`. */
  username(publicKey: string): string {
    return this.#usernames.get(publicKey) ?? defaultUsername(publicKey);
  }

  /** Whether `publicKey` holds the role the operations on `scope` need on its target. */
  hasRole(publicKey: string, scope: Scope): boolean {
    return this.#roles.get(publicKey)?.has(`${scope.target}:${scope.kind}:${scope.id}`) ?? false;
  }

  /** The project's or organization's name, or `undefined` when it does not exist. */
  scopeName(kind: ScopeKind, id: string): string | undefined {
    return this.#scopes.get(`${kind}:${id}`);
  }

  /** Whether `teamId` is a team of organization `orgId`. */
  hasTeam(orgId: string, teamId: string): boolean {
    return this.#teams.get(orgId)?.has(teamId) ?? false;
  }

  /** Whether project `groupId` exists (and, when the seed placed it, belongs to organization `orgId`). */
  isProjectOf(orgId: string, groupId: string): boolean {
    const owner = this.#projectOrg.get(groupId);
    return this.#scopes.has(`group:${groupId}`) && (owner === undefined || owner === orgId);
  }

  /** The visible invitations of `scope`, oldest first; only the one to `username` when it is given. */
  list(scope: Scope, username?: string): StoredInvitation[] {
    const now = this.#now();
    const wanted = username?.toLowerCase();
    return [...this.#invitations.values()]
      .filter(
        (invitation) =>
          inScope(invitation, scope) &&
          visible(invitation, now) &&
          (wanted === undefined || invitation.username.toLowerCase() === wanted),
      )
      .sort((a, b) => a.createdAt - b.createdAt);
  }

  /** The visible invitation `id` of `scope`, or `undefined`. */
  find(scope: Scope, id: string): StoredInvitation | undefined {
    const invitation = this.#invitations.get(id);
    return invitation !== undefined && inScope(invitation, scope) && visible(invitation, this.#now())
      ? invitation
      : undefined;
  }

  /** The visible invitation of `scope` to `username`, or `undefined`. */
  findByUsername(scope: Scope, username: string): StoredInvitation | undefined {
    return this.list(scope, username)[0];
  }

  /**
   * Creates a pending invitation with an id from node:crypto. A visible invitation of the same user in the same
   * scope is replaced (deleted), so a scope holds at most one per user, as the `username` filter assumes.
   */
  create(scope: Scope, username: string, inviterUsername: string, fields: InvitationFields): StoredInvitation {
    const previous = this.findByUsername(scope, username);
    if (previous !== undefined) previous.state = "deleted";
    let id = randomBytes(12).toString("hex");
    while (this.#invitations.has(id)) id = randomBytes(12).toString("hex");
    const invitation: StoredInvitation = {
      id,
      target: scope.target,
      kind: scope.kind,
      scopeId: scope.id,
      username,
      roles: [...fields.roles],
      createdAt: Math.floor(this.#now() / 1000) * 1000,
      inviterUsername,
      teamIds: [...(fields.teamIds ?? [])],
      groupRoleAssignments: flattenAssignments(fields.groupRoleAssignments ?? []),
      state: "pending",
    };
    this.#invitations.set(id, invitation);
    return invitation;
  }

  /** Replaces the roles (and the teams and project roles given) of `invitation`. */
  update(invitation: StoredInvitation, fields: InvitationFields): StoredInvitation {
    invitation.roles = [...fields.roles];
    if (fields.teamIds !== undefined) invitation.teamIds = [...fields.teamIds];
    if (fields.groupRoleAssignments !== undefined) {
      invitation.groupRoleAssignments = flattenAssignments(fields.groupRoleAssignments);
    }
    return invitation;
  }

  /**
   * Deletes the visible invitation `id` of `scope`. `other-scope` when `id` is a visible invitation of the same
   * target to the other kind of scope (an organization's, given to a project's path, or the reverse).
   */
  delete(scope: Scope, id: string): DeleteOutcome {
    const invitation = this.#invitations.get(id);
    if (invitation === undefined || invitation.target !== scope.target || !visible(invitation, this.#now())) {
      return "missing";
    }
    if (invitation.kind !== scope.kind) return "other-scope";
    if (invitation.scopeId !== scope.id) return "missing";
    invitation.state = "deleted";
    return "deleted";
  }

  /** The state of an invitation, or `undefined` when the sandbox never had it. */
  invitationState(id: string): InvitationState | undefined {
    const invitation = this.#invitations.get(id);
    if (invitation === undefined) return undefined;
    return invitation.state === "pending" && !visible(invitation, this.#now()) ? "expired" : invitation.state;
  }

  #declare(kind: ScopeKind, id: string): void {
    const key = `${kind}:${id}`;
    if (!this.#scopes.has(key)) this.#scopes.set(key, `${kind === "group" ? "project" : "org"}-${id}`);
  }
}

function inScope(invitation: StoredInvitation, scope: Scope): boolean {
  return invitation.target === scope.target && invitation.kind === scope.kind && invitation.scopeId === scope.id;
}

function visible(invitation: StoredInvitation, now: number): boolean {
  return invitation.state === "pending" && now < invitation.createdAt + INVITATION_LIFETIME_MS;
}

function flattenAssignments(assignments: ReadonlyArray<{ groupId: string; roles: string[] }>): GroupRole[] {
  return assignments.flatMap(({ groupId, roles }) => roles.map((groupRole) => ({ groupId, groupRole })));
}

/** `<name>@example.com` for a key or client id that is a valid local part, else a fixed address. */
export function defaultUsername(publicKey: string): string {
  return /^[A-Za-z0-9._-]+$/.test(publicKey) ? `${publicKey.toLowerCase()}@example.com` : "api-key@example.com";
}

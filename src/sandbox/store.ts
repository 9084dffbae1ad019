/**
 * The sandbox's state: who holds which role, and which invitations are pending. All in memory, all synchronous,
 * so one request's check-and-delete can never interleave with another's.
 */
import type { SandboxInvitation, SandboxKey, SandboxSeed } from "./seed.ts";

/** What an invitation's lifecycle looks like from outside: `deleted` once a delete succeeded. */
export type InvitationState = "pending" | "accepted" | "deleted";

/** Which operation a request is for: a project's invitations (Atlas) or an organization's (Ops Manager). */
export type Scope = { kind: "group" | "org"; id: string };

interface StoredInvitation {
  readonly scopeKey: string;
  state: InvitationState;
}

/** The keys, their roles, and the invitations. */
export class SandboxStore {
  readonly #passwords = new Map<string, string>();
  /** `publicKey` (or a service account's principal) → scope keys (`group:<id>`, `org:<id>`) on which the key holds the operation's role. */
  readonly #roles = new Map<string, Set<string>>();
  readonly #invitations = new Map<string, StoredInvitation>();

  constructor(seed: SandboxSeed) {
    for (const key of seed.keys) this.addKey(key);
    for (const invitation of seed.invitations) this.addInvitation(invitation);
  }

  /** Adds a key, or replaces the one with the same public key. */
  addKey(key: SandboxKey): void {
    this.#passwords.set(key.publicKey, key.privateKey);
    this.grantRoles(key.publicKey, key);
  }

  /** Sets the roles of a principal without a Digest password: a service account's access tokens act as it. */
  grantRoles(principal: string, roles: Pick<SandboxKey, "projectOwner" | "orgUserAdmin">): void {
    const scopes = new Set<string>();
    for (const id of roles.projectOwner ?? []) scopes.add(scopeKey({ kind: "group", id }));
    for (const id of roles.orgUserAdmin ?? []) scopes.add(scopeKey({ kind: "org", id }));
    this.#roles.set(principal, scopes);
  }

  /** Adds an invitation, or resets the one with the same id. */
  addInvitation(invitation: SandboxInvitation): void {
    const scope: Scope =
      invitation.groupId !== undefined
        ? { kind: "group", id: invitation.groupId }
        : { kind: "org", id: invitation.orgId ?? "" };
    this.#invitations.set(invitation.id, { scopeKey: scopeKey(scope), state: invitation.state ?? "pending" });
  }

  /** The private key of `publicKey`, or `undefined` for an unknown key. */
  password(publicKey: string): string | undefined {
    return this.#passwords.get(publicKey);
  }

  /** Whether `publicKey` holds the role the operation on `scope` needs (Project Owner, Organization User Admin). */
  hasRole(publicKey: string, scope: Scope): boolean {
    return this.#roles.get(publicKey)?.has(scopeKey(scope)) ?? false;
  }

  /** Deletes the invitation if it is pending and belongs to `scope`; returns whether it did. */
  deletePending(scope: Scope, invitationId: string): boolean {
    const invitation = this.#invitations.get(invitationId);
    if (invitation === undefined || invitation.state !== "pending" || invitation.scopeKey !== scopeKey(scope)) {
      return false;
    }
    invitation.state = "deleted";
    return true;
  }

  /** The state of an invitation, or `undefined` when the sandbox never had it. */
  invitationState(invitationId: string): InvitationState | undefined {
    return this.#invitations.get(invitationId)?.state;
  }
}

/** The key a scope is stored and rate-limited under. */
export function scopeKey(scope: Scope): string {
  return `${scope.kind}:${scope.id}`;
}

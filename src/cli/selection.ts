/**
 * Which pending invitations a prune picks: every filter given must hold (username, age, time to expiry, role).
 */

/** The fields of a listed invitation the commands read and print. */
export interface ListedInvitation {
  readonly id: string;
  readonly username: string;
  readonly roles?: readonly string[];
  readonly createdAt?: string;
  readonly expiresAt?: string;
  readonly teamIds?: readonly string[];
}

/** A prune's filters; an absent one matches everything. */
export interface Selection {
  /** The invited address, compared without regard to case (email domains and, at MongoDB, usernames are). */
  readonly username?: string | undefined;
  /** Sent at least this long ago (ms). */
  readonly olderThanMs?: number | undefined;
  /** Expiring within this long from now (ms), already expired included. */
  readonly expiringWithinMs?: number | undefined;
  /** Holding at least one of these roles. */
  readonly roles?: readonly string[] | undefined;
}

/** Whether `invitation` matches every filter of `selection` at `now` (ms since the epoch). */
export function matches(invitation: ListedInvitation, selection: Selection, now: number): boolean {
  const { username, olderThanMs, expiringWithinMs, roles } = selection;
  if (username !== undefined && invitation.username.toLowerCase() !== username.toLowerCase()) return false;
  if (olderThanMs !== undefined) {
    const created = Date.parse(invitation.createdAt ?? "");
    // An invitation without a readable date cannot be shown to be old enough: it is left alone.
    if (!(created <= now - olderThanMs)) return false;
  }
  if (expiringWithinMs !== undefined) {
    const expires = Date.parse(invitation.expiresAt ?? "");
    if (!(expires <= now + expiringWithinMs)) return false;
  }
  if (roles !== undefined && roles.length > 0) {
    if (!(invitation.roles ?? []).some((role) => roles.includes(role))) return false;
  }
  return true;
}

/** The invitations of `listed` that `selection` picks, in the order listed. */
export function select<T extends ListedInvitation>(listed: readonly T[], selection: Selection, now: number): T[] {
  return listed.filter((invitation) => matches(invitation, selection, now));
}

/** Whether any filter is set: a prune with none would delete everything, which it asks for by name. */
export function hasFilter(selection: Selection): boolean {
  return (
    selection.username !== undefined ||
    selection.olderThanMs !== undefined ||
    selection.expiringWithinMs !== undefined ||
    (selection.roles?.length ?? 0) > 0
  );
}

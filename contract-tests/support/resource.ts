/**
 * What the invitations resource promises whatever the spec says, from the facts (../shared/API-FACTS.md): six kinds
 * of operation per target and scope, each with its success statuses, its query parameters and its required body
 * fields. The suite's cases are derived from the spec; this table is what keeps a careless spec edit (a dropped
 * `username` filter, an optional `roles`, a lost `201`) from silently removing the cases that would have caught it.
 * An operation of a kind not listed here is still covered by every derived case.
 */
import type { Operation } from "../../src/api.ts";

/** The six operations of one target and scope. */
export type Kind = "list" | "get" | "create" | "updateByUsername" | "updateById" | "delete";

/** What one kind of operation promises. */
export interface KindPromise {
  /** Its success statuses (an enveloped delete's `200` stands for its `204` and is not one). */
  readonly success: readonly number[];
  /** Its optional query parameters besides `pretty` and `envelope`. */
  readonly query: readonly string[];
  /** The body fields it cannot do without. */
  readonly requiredBody: readonly string[];
  /** What `data` holds: an array of invitations, one invitation, or nothing. */
  readonly data: "array" | "object" | "none";
}

/** The resource's design, per kind. */
export const RESOURCE: Readonly<Record<Kind, KindPromise>> = {
  list: { success: [200], query: ["username"], requiredBody: [], data: "array" },
  get: { success: [200], query: [], requiredBody: [], data: "object" },
  // The sources disagree on 200 and 201; the spec declares both (its "Create status").
  create: { success: [200, 201], query: [], requiredBody: ["username", "roles"], data: "object" },
  updateByUsername: { success: [200], query: [], requiredBody: ["username", "roles"], data: "object" },
  updateById: { success: [200], query: [], requiredBody: ["roles"], data: "object" },
  delete: { success: [204], query: [], requiredBody: [], data: "none" },
};

/** The kind of an operation, from its method and whether its path names one invitation; `undefined` for another. */
export function kindOf(operation: Operation): Kind | undefined {
  const one = operation.path.endsWith("/invites/{invitationId}");
  const collection = operation.path.endsWith("/invites");
  switch (operation.method) {
    case "GET":
      return one ? "get" : collection ? "list" : undefined;
    case "POST":
      return collection ? "create" : undefined;
    case "PATCH":
      return one ? "updateById" : collection ? "updateByUsername" : undefined;
    case "DELETE":
      return one ? "delete" : undefined;
    default:
      return undefined;
  }
}

/** The collection path an operation belongs to (`…/invites`), which groups the six of one target and scope. */
export function collectionOf(operation: Operation): string {
  return operation.path.replace(/\/\{invitationId\}$/, "");
}

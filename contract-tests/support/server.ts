/**
 * What the contract tests know about the server under test and the two targets: the base URL from the global
 * setup, the spec's example ids, raw request helpers, and the check that a request never reached Prism.
 */
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { inject } from "vitest";
import { PRISM_AUTHORIZATION } from "./prism-auth.ts";

/** Base URL of the server under test (Prism, or `MMS_CONTRACT_BASE_URL`). */
export const baseUrl: string = inject("contractBaseUrl");
/** Prism's log file; `""` when the suite runs against another server. */
export const prismLog: string = inject("contractPrismLog");
/** True when the suite talks to the Prism the global setup started, so Prism-only checks apply. */
export const onPrism: boolean = prismLog !== "";

/** The invitation id of the spec's examples. */
export const INVITATION_ID = "5f3a1c2b9d4e8f7a6b5c4d3e";

/** One target as the raw tests see it: its path template, parent id and the URL of one invitation. */
export interface RawTarget {
  readonly name: "Atlas" | "Ops Manager";
  readonly operationId: "deleteProjectInvitation" | "deleteOrganizationInvitation";
  /** The path template as the spec writes it. */
  readonly pathTemplate: string;
  /** `groupId` or `orgId`. */
  readonly parentParam: "groupId" | "orgId";
  /** The spec's example value of the parent id. */
  readonly parentId: string;
  /** The absolute URL of an invitation, with `/invites/` unless `segment` says otherwise. */
  url(ids?: { parentId?: string; invitationId?: string; segment?: string }): string;
}

function rawTarget(
  name: RawTarget["name"],
  operationId: RawTarget["operationId"],
  prefix: string,
  parentParam: RawTarget["parentParam"],
  parentId: string,
): RawTarget {
  const collection = parentParam === "groupId" ? "groups" : "orgs";
  return {
    name,
    operationId,
    pathTemplate: `${prefix}/${collection}/{${parentParam}}/invites/{invitationId}`,
    parentParam,
    parentId,
    url: (ids = {}) =>
      `${baseUrl}${prefix}/${collection}/${ids.parentId ?? parentId}/${ids.segment ?? "invites"}/${ids.invitationId ?? INVITATION_ID}`,
  };
}

/** Atlas: delete one project invitation. */
export const atlasTarget = rawTarget(
  "Atlas",
  "deleteProjectInvitation",
  "/api/atlas/v1.0",
  "groupId",
  "32b6e34b3d91647abb20e7b8",
);
/** Ops Manager: delete one organization invitation. */
export const opsManagerTarget = rawTarget(
  "Ops Manager",
  "deleteOrganizationInvitation",
  "/api/public/v1.0",
  "orgId",
  "4888442a3354817a7320eb61",
);
/** Both targets, for `describe.each`. */
export const rawTargets: readonly RawTarget[] = [atlasTarget, opsManagerTarget];

/** Sends a DELETE with plain fetch, signed with the test-only header unless `authorized` is false. */
export function rawDelete(
  url: string,
  options: { authorized?: boolean; prefer?: string; query?: Record<string, string> } = {},
): Promise<Response> {
  const target = new URL(url);
  for (const [key, value] of Object.entries(options.query ?? {})) target.searchParams.set(key, value);
  const headers = new Headers({ Accept: "application/json" });
  if (options.authorized !== false) headers.set("Authorization", PRISM_AUTHORIZATION);
  if (options.prefer) headers.set("Prefer", options.prefer);
  return fetch(target, { method: "DELETE", headers, redirect: "manual", signal: AbortSignal.timeout(5_000) });
}

/** The ways an id can break the spec's pattern `^([a-f0-9]{24})$`, each with a test title. */
export const MALFORMED_IDS = {
  "non-hex": "a non-hexadecimal digit",
  "upper-case": "upper-case hexadecimal digits",
  "too-short": "23 digits",
  "too-long": "25 digits",
} as const;

/** A way an id can be malformed. */
export type MalformedIdKind = keyof typeof MALFORMED_IDS;

/** An id that breaks the spec's pattern and appears in no other request, so the mock's log can be searched for it. */
export function uniqueMalformedId(kind: MalformedIdKind): string {
  const hex = randomBytes(12).toString("hex");
  switch (kind) {
    case "non-hex":
      return `zz${hex.slice(2)}`;
    case "upper-case":
      return `AB${hex.slice(2)}`;
    case "too-short":
      return hex.slice(1);
    case "too-long":
      return `${hex}0`;
  }
}

/**
 * Resolves once Prism has logged every request it received so far, by sending a marker request and waiting for it
 * to appear in the log; returns the log. Only meaningful on Prism (see {@link onPrism}).
 */
export async function settledPrismLog(): Promise<string> {
  const marker = `/__contract-marker/${randomBytes(8).toString("hex")}`;
  const answer = await fetch(`${baseUrl}${marker}`, { signal: AbortSignal.timeout(5_000) });
  await answer.body?.cancel();
  const deadline = Date.now() + 5_000;
  for (;;) {
    const log = await readFile(prismLog, "utf8");
    if (log.includes(marker)) return log;
    if (Date.now() > deadline) throw new Error(`Prism never logged the marker request ${marker}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** A well-formed id that appears in no other request, so the mock's log can be searched for it. */
export function uniqueId(): string {
  return randomBytes(12).toString("hex");
}

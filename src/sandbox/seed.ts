/**
 * What the sandbox starts with: organizations and their projects, API keys and service accounts with their roles,
 * and invitations. A seed is plain data, so a team can keep its own fixture as a JSON file next to its tests and load it with
 * `loadSeed`. Invitations are checked with the spec's own input checks (generated/validators.ts), so a seed cannot
 * hold a role or an email address the API would refuse.
 */
import { readFile } from "node:fs/promises";
import { inputChecks } from "../../generated/validators.ts";
import { ValidationError } from "../errors.ts";
import type { TargetId } from "../targets.ts";
import { findRoute, type ScopeKind } from "./routes.ts";

/** One project of an organization. */
export interface SandboxProject {
  id: string;
  /** `groupName` in answers. Default `project-<id>`. */
  name?: string;
}

/** One organization, with its projects and teams; it exists on both targets. */
export interface SandboxOrganization {
  id: string;
  /** `orgName` in answers. Default `org-<id>`. */
  name?: string;
  projects?: SandboxProject[];
  /** Team ids an organization invitation may name in `teamIds`. */
  teamIds?: string[];
}

/**
 * One programmatic API key and the roles it holds: each list names the projects or organizations on which the
 * key holds the role that target's invitation operations need there.
 */
export interface SandboxKey {
  /** The public key: the Digest username. */
  publicKey: string;
  /** The private key: the Digest password. */
  privateKey: string;
  /** The email address invitations the key sends carry as `inviterUsername`. Default `<publicKey>@example.com`. */
  username?: string;
  /** Atlas projects on which the key is Project Owner. */
  projectOwner?: string[];
  /** Atlas organizations on which the key is Organization Owner. */
  orgOwner?: string[];
  /** Ops Manager projects on which the key is Project User Admin. */
  projectUserAdmin?: string[];
  /** Ops Manager organizations on which the key is Organization User Admin. */
  orgUserAdmin?: string[];
}

/**
 * One Atlas service account: OAuth 2.0 client credentials, and the Atlas roles its access tokens carry. Ops Manager
 * takes no service accounts, so it holds no Ops Manager role.
 */
export interface SandboxServiceAccount {
  /** The client id: the Basic user name at the token endpoint. */
  clientId: string;
  /** The client secret: the Basic password at the token endpoint. */
  clientSecret: string;
  /** The email address invitations it sends carry as `inviterUsername`. Default `<clientId>@example.com`. */
  username?: string;
  /** Atlas projects on which the service account is Project Owner. */
  projectOwner?: string[];
  /** Atlas organizations on which the service account is Organization Owner. */
  orgOwner?: string[];
}

/** A project role granted on accepting an Atlas organization invitation, as the request body writes it. */
export interface SandboxGroupRoleAssignment {
  groupId: string;
  roles: string[];
}

/** One invitation, to a project (`groupId`) or to an organization (`orgId`) on one target. */
export interface SandboxInvitation {
  id: string;
  /**
   * The target the invitation lives on. Default: `atlas` for a project invitation and `opsManager` for an
   * organization invitation, the two scopes the first sandbox served.
   */
  target?: TargetId;
  /** The project the invitation is to; set exactly one of `groupId` and `orgId`. */
  groupId?: string;
  /** The organization the invitation is to; set exactly one of `groupId` and `orgId`. */
  orgId?: string;
  /** `pending` (the default) is listed, found, updated and deleted; `accepted` is none of these. */
  state?: "pending" | "accepted";
  /** The invited user's email address. Default `user-<id>@example.com`. */
  username?: string;
  /** The roles granted, from the spec's enum for the target and scope. Default the scope's read-only role. */
  roles?: string[];
  /** When it was sent (ISO 8601); it expires 30 days later. Default: when the sandbox started. */
  createdAt?: string;
  /** Who sent it. Default `owner@example.com`. */
  inviterUsername?: string;
  /** Organization invitations only: teams to join. */
  teamIds?: string[];
  /** Atlas organization invitations only: projects to join, with their roles. */
  groupRoleAssignments?: SandboxGroupRoleAssignment[];
}

/** Keys, service accounts, organizations and invitations the sandbox starts with. */
export interface SandboxSeed {
  organizations?: SandboxOrganization[];
  keys: SandboxKey[];
  invitations: SandboxInvitation[];
  /** Atlas service accounts, for the OAuth 2.0 token endpoint. */
  serviceAccounts?: SandboxServiceAccount[];
}

const ID_PATTERN = /^[a-f0-9]{24}$/;
const ID_RULE = "24 hexadecimal digits in lower case (0-9, a-f)";
// MongoDB's pattern for groupName and orgName (the spec states it in words).
const NAME_PATTERN = /^[\p{L}\p{N}\-_.(),:&@+']{1,64}$/u;
const NAME_RULE = "1 to 64 letters, digits or - _ . ( ) , : & @ + '";
const ROLE_FIELDS = ["projectOwner", "orgOwner", "projectUserAdmin", "orgUserAdmin"] as const;
/** The roles a service account can hold: Atlas's (Ops Manager's two are refused by name). */
const SERVICE_ACCOUNT_ROLE_FIELDS = ["projectOwner", "orgOwner"] as const;
const TARGETS: readonly TargetId[] = ["atlas", "opsManager"];

/**
 * Reads a seed from a JSON file and validates it.
 *
 * @throws {ValidationError} when the file cannot be read, is not JSON, or a field is wrong; the error names the
 *   field (e.g. `seed.invitations[2].groupId`) and never shows a private key.
 */
export async function loadSeed(path: string): Promise<SandboxSeed> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new ValidationError({ parameter: "seed", rule: "a readable JSON file" }, `cannot read seed file: ${why}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new ValidationError({ parameter: "seed", rule: "JSON" }, `seed file ${path} is not JSON: ${why}`);
  }
  return validateSeed(json);
}

/**
 * Checks that `value` is a well-formed seed and returns a copy of it, with each invitation's `target` and
 * `state` filled in.
 *
 * @throws {ValidationError} naming the first field at fault.
 */
export function validateSeed(value: unknown): SandboxSeed {
  const root = asObject(value, "seed");
  const organizations = arrayOf(root.organizations ?? [], "seed.organizations", "an array of organizations").map(
    validateOrganization,
  );
  const keys = validateKeys(arrayOf(root.keys ?? [], "seed.keys", "an array of keys"));
  const ids = new Set<string>();
  const invitations = arrayOf(root.invitations ?? [], "seed.invitations", "an array of invitations").map(
    (entry, index) => {
      const at = `seed.invitations[${index}]`;
      const invitation = validateInvitation(entry, at);
      if (ids.has(invitation.id)) throw invalid(`${at}.id`, "unique among the invitations", invitation.id);
      ids.add(invitation.id);
      return invitation;
    },
  );
  const accounts = root.serviceAccounts;
  const seed: SandboxSeed = organizations.length === 0 ? { keys, invitations } : { organizations, keys, invitations };
  if (accounts !== undefined) {
    seed.serviceAccounts = validateServiceAccounts(
      arrayOf(accounts, "seed.serviceAccounts", "an array of service accounts"),
    );
  }
  return seed;
}

function validateOrganization(entry: unknown, index: number): SandboxOrganization {
  const at = `seed.organizations[${index}]`;
  const org = asObject(entry, at);
  const result: SandboxOrganization = { id: checkId(org.id, `${at}.id`) };
  if (org.name !== undefined) result.name = checkName(org.name, `${at}.name`);
  if (org.teamIds !== undefined) result.teamIds = idList(org.teamIds, `${at}.teamIds`);
  if (org.projects !== undefined) {
    result.projects = arrayOf(org.projects, `${at}.projects`, "an array of projects").map((raw, p) => {
      const project = asObject(raw, `${at}.projects[${p}]`);
      const checked: SandboxProject = { id: checkId(project.id, `${at}.projects[${p}].id`) };
      if (project.name !== undefined) checked.name = checkName(project.name, `${at}.projects[${p}].name`);
      return checked;
    });
  }
  return result;
}

function validateKeys(entries: unknown[]): SandboxKey[] {
  const publicKeys = new Set<string>();
  return entries.map((entry, index): SandboxKey => {
    const at = `seed.keys[${index}]`;
    const key = asObject(entry, at);
    const publicKey = key.publicKey;
    if (typeof publicKey !== "string" || !/^[\x21-\x7e]+$/.test(publicKey) || publicKey.includes('"')) {
      throw invalid(`${at}.publicKey`, "a non-empty string of printable ASCII without spaces or quotes", publicKey);
    }
    if (publicKeys.has(publicKey)) throw invalid(`${at}.publicKey`, "unique among the keys", publicKey);
    publicKeys.add(publicKey);
    // The private key's value is never shown, whatever is wrong with it.
    if (typeof key.privateKey !== "string" || key.privateKey.length === 0) {
      throw invalid(`${at}.privateKey`, "a non-empty string");
    }
    const result: SandboxKey = { publicKey, privateKey: key.privateKey };
    if (key.username !== undefined) result.username = checkEmail(key.username, `${at}.username`);
    for (const field of ROLE_FIELDS) {
      if (key[field] !== undefined) result[field] = idList(key[field], `${at}.${field}`);
    }
    return result;
  });
}

function validateServiceAccounts(entries: unknown[]): SandboxServiceAccount[] {
  const clientIds = new Set<string>();
  return entries.map((entry, index): SandboxServiceAccount => {
    const at = `seed.serviceAccounts[${index}]`;
    const account = asObject(entry, at);
    const clientId = account.clientId;
    // A colon cannot be part of a Basic user name (RFC 7617 §2).
    if (typeof clientId !== "string" || !/^[\x21-\x7e]+$/.test(clientId) || /[":]/.test(clientId)) {
      throw invalid(
        `${at}.clientId`,
        "a non-empty string of printable ASCII without spaces, quotes or colons",
        clientId,
      );
    }
    if (clientIds.has(clientId)) throw invalid(`${at}.clientId`, "unique among the service accounts", clientId);
    clientIds.add(clientId);
    // The secret's value is never shown, whatever is wrong with it.
    if (typeof account.clientSecret !== "string" || !/^[\x20-\x7e]+$/.test(account.clientSecret)) {
      throw invalid(`${at}.clientSecret`, "a non-empty string of printable ASCII");
    }
    const result: SandboxServiceAccount = { clientId, clientSecret: account.clientSecret };
    if (account.username !== undefined) result.username = checkEmail(account.username, `${at}.username`);
    for (const field of ROLE_FIELDS) {
      if (account[field] === undefined) continue;
      if (!(SERVICE_ACCOUNT_ROLE_FIELDS as readonly string[]).includes(field)) {
        throw invalid(`${at}.${field}`, "absent: service accounts are Atlas's, Ops Manager takes API keys only");
      }
      result[field as (typeof SERVICE_ACCOUNT_ROLE_FIELDS)[number]] = idList(account[field], `${at}.${field}`);
    }
    return result;
  });
}

function validateInvitation(entry: unknown, at: string): SandboxInvitation {
  const invitation = asObject(entry, at);
  const id = checkId(invitation.id, `${at}.id`);
  const hasGroup = invitation.groupId !== undefined;
  if (hasGroup === (invitation.orgId !== undefined)) {
    throw invalid(at, "an invitation with exactly one of groupId and orgId");
  }
  const kind: ScopeKind = hasGroup ? "group" : "org";
  const target = invitation.target ?? (hasGroup ? "atlas" : "opsManager");
  if (!TARGETS.includes(target as TargetId)) {
    throw invalid(`${at}.target`, `"atlas" or "opsManager"`, typeof target === "string" ? target : undefined);
  }
  const state = invitation.state ?? "pending";
  if (state !== "pending" && state !== "accepted") {
    throw invalid(`${at}.state`, `"pending" or "accepted"`, typeof state === "string" ? state : undefined);
  }
  const result: SandboxInvitation = { id, target: target as TargetId, state };
  if (hasGroup) result.groupId = checkId(invitation.groupId, `${at}.groupId`);
  else result.orgId = checkId(invitation.orgId, `${at}.orgId`);
  if (invitation.createdAt !== undefined) {
    const createdAt = invitation.createdAt;
    if (typeof createdAt !== "string" || !/^\d{4}-\d\d-\d\dT/.test(createdAt) || Number.isNaN(Date.parse(createdAt))) {
      throw invalid(`${at}.createdAt`, "an ISO 8601 date-time", typeof createdAt === "string" ? createdAt : undefined);
    }
    result.createdAt = createdAt;
  }
  if (invitation.inviterUsername !== undefined) {
    result.inviterUsername = checkEmail(invitation.inviterUsername, `${at}.inviterUsername`);
  }
  // The fields a create request carries go through that operation's own check from the spec.
  const request: Record<string, unknown> = {
    [hasGroup ? "groupId" : "orgId"]: hasGroup ? result.groupId : result.orgId,
  };
  for (const field of ["username", "roles", "teamIds", "groupRoleAssignments"] as const) {
    if (invitation[field] !== undefined) request[field] = invitation[field];
  }
  const route = findRoute(result.target ?? "atlas", kind, "POST", false);
  const check = route === undefined ? undefined : inputChecks[route.operation.operationId];
  if (check === undefined) throw invalid(at, `an invitation of a scope the spec declares for ${target}`);
  // Defaults only for the check: the seed keeps what was given.
  const probe = { username: "user@example.com", roles: [defaultRole(kind)], ...request };
  if (!check(probe)) {
    const issue = check.errors?.[0];
    const path = (issue?.instancePath ?? "")
      .split("/")
      .filter((part) => part !== "")
      .map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part}`))
      .join("");
    const extra = issue?.keyword === "additionalProperties" ? `.${String(issue.params.additionalProperty)}` : "";
    throw invalid(`${at}${path}${extra}`, issue?.message ?? "what the spec allows");
  }
  for (const field of ["username", "roles", "teamIds", "groupRoleAssignments"] as const) {
    if (invitation[field] !== undefined)
      (result as unknown as Record<string, unknown>)[field] = structuredClone(invitation[field]);
  }
  return result;
}

/** The role a seeded invitation without `roles` grants: the scope's read-only role. */
export function defaultRole(kind: ScopeKind): string {
  // Both targets' enums hold these two (checked against the spec by the seed's own validation).
  return kind === "group" ? "GROUP_READ_ONLY" : "ORG_MEMBER";
}

function asObject(value: unknown, at: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw invalid(at, "an object");
  return value as Record<string, unknown>;
}

function arrayOf(value: unknown, at: string, rule: string): unknown[] {
  if (!Array.isArray(value)) throw invalid(at, rule);
  return value;
}

function idList(value: unknown, at: string): string[] {
  return arrayOf(value, at, `an array of ids (${ID_RULE})`).map((id, index) => checkId(id, `${at}[${index}]`));
}

function checkId(value: unknown, at: string): string {
  if (typeof value !== "string" || !ID_PATTERN.test(value)) {
    throw invalid(at, ID_RULE, typeof value === "string" ? value : undefined);
  }
  return value;
}

function checkName(value: unknown, at: string): string {
  if (typeof value !== "string" || !NAME_PATTERN.test(value)) {
    throw invalid(at, NAME_RULE, typeof value === "string" ? value : undefined);
  }
  return value;
}

/** Checks an email address with the spec's own `format: email` rule (the list operation's `username` filter). */
function checkEmail(value: unknown, at: string): string {
  const route = findRoute("atlas", "group", "GET", false);
  const check = route === undefined ? undefined : inputChecks[route.operation.operationId];
  if (typeof value !== "string" || check === undefined || !check({ groupId: "0".repeat(24), username: value })) {
    throw invalid(at, "an email address", typeof value === "string" ? value : undefined);
  }
  return value;
}

function invalid(parameter: string, rule: string, value?: unknown): ValidationError {
  return new ValidationError(
    typeof value === "string" ? { parameter, rule, value: value.slice(0, 64) } : { parameter, rule },
  );
}

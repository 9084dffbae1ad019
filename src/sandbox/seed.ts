/**
 * What the sandbox starts with: API keys and service accounts with their roles, and invitations. A seed is plain data, so a team can
 * keep its own fixture as a JSON file next to its tests and load it with `loadSeed`.
 */
import { readFile } from "node:fs/promises";
import { ValidationError } from "../errors.ts";

/** One programmatic API key and the roles it holds. */
export interface SandboxKey {
  /** The public key: the Digest username. */
  publicKey: string;
  /** The private key: the Digest password. */
  privateKey: string;
  /** Project (group) ids on which the key is Project Owner: it may delete those projects' invitations (Atlas). */
  projectOwner?: string[];
  /** Organization ids on which the key is Organization User Admin: it may delete those organizations' invitations (Ops Manager). */
  orgUserAdmin?: string[];
}

/** One service account (Atlas): OAuth 2.0 client credentials, and the roles its access tokens carry. */
export interface SandboxServiceAccount {
  /** The client id: the Basic user name at the token endpoint. */
  clientId: string;
  /** The client secret: the Basic password at the token endpoint. */
  clientSecret: string;
  /** Project (group) ids on which the service account is Project Owner. */
  projectOwner?: string[];
  /** Organization ids on which it is Organization User Admin (Ops Manager takes no service accounts, so unused there). */
  orgUserAdmin?: string[];
}

/** One invitation, to a project (`groupId`, Atlas) or to an organization (`orgId`, Ops Manager). */
export interface SandboxInvitation {
  id: string;
  /** The project the invitation is to; set exactly one of `groupId` and `orgId`. */
  groupId?: string;
  /** The organization the invitation is to; set exactly one of `groupId` and `orgId`. */
  orgId?: string;
  /** `pending` (the default) can be deleted once; `accepted` cannot be deleted. */
  state?: "pending" | "accepted";
}

/** Keys, service accounts and invitations the sandbox starts with. */
export interface SandboxSeed {
  keys: SandboxKey[];
  invitations: SandboxInvitation[];
  /** Service accounts, for Atlas's OAuth 2.0 token endpoint. */
  serviceAccounts?: SandboxServiceAccount[];
}

const ID_PATTERN = /^[a-f0-9]{24}$/;
const ID_RULE = "24 hexadecimal digits in lower case (0-9, a-f)";

/** The sample project (group) of the default seed; it is the spec's example `groupId`. */
export const SAMPLE_GROUP_ID = "32b6e34b3d91647abb20e7b8";
/** The sample organization of the default seed; it is the spec's example `orgId`. */
export const SAMPLE_ORG_ID = "4888442a3354817a7320eb61";

/**
 * The default seed: two sample keys and a service account, one project and one organization, pending invitations
 * (six on the project, four on the organization) and one accepted invitation on each. Ids read as what they are: `aaaa…` Atlas, `bbbb…` Ops Manager, `…acce97ed` accepted.
 * The keys are public sample values, safe to print.
 */
export const defaultSeed: SandboxSeed = {
  keys: [
    {
      publicKey: "ownerkey",
      privateKey: "00000000-0000-4000-8000-0000000000a1",
      projectOwner: [SAMPLE_GROUP_ID],
      orgUserAdmin: [SAMPLE_ORG_ID],
    },
    { publicKey: "nobodykey", privateKey: "00000000-0000-4000-8000-0000000000b2" },
  ],
  // The same roles as ownerkey; its tokens work on Atlas only, as Atlas's do.
  serviceAccounts: [
    {
      clientId: "mdb_sa_id_sandboxowner00000001",
      clientSecret: "mdb_sa_sk_00000000000000000000000000sandbox",
      projectOwner: [SAMPLE_GROUP_ID],
      orgUserAdmin: [SAMPLE_ORG_ID],
    },
  ],
  invitations: [
    { id: "aaaa00000000000000000001", groupId: SAMPLE_GROUP_ID },
    { id: "aaaa00000000000000000002", groupId: SAMPLE_GROUP_ID },
    { id: "aaaa00000000000000000003", groupId: SAMPLE_GROUP_ID },
    { id: "aaaa00000000000000000004", groupId: SAMPLE_GROUP_ID },
    { id: "aaaa00000000000000000005", groupId: SAMPLE_GROUP_ID },
    { id: "aaaa00000000000000000006", groupId: SAMPLE_GROUP_ID },
    { id: "aaaa000000000000acce97ed", groupId: SAMPLE_GROUP_ID, state: "accepted" },
    { id: "bbbb00000000000000000001", orgId: SAMPLE_ORG_ID },
    { id: "bbbb00000000000000000002", orgId: SAMPLE_ORG_ID },
    { id: "bbbb00000000000000000003", orgId: SAMPLE_ORG_ID },
    { id: "bbbb00000000000000000004", orgId: SAMPLE_ORG_ID },
    { id: "bbbb000000000000acce97ed", orgId: SAMPLE_ORG_ID, state: "accepted" },
  ],
};

/**
 * Reads a seed from a JSON file and validates it.
 *
 * @throws {ValidationError} when the file cannot be read, is not JSON, or a field is wrong; the error names the
 *   field (e.g. `invitations[2].groupId`) and never shows a private key.
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
 * Checks that `value` is a well-formed seed and returns a copy of it.
 *
 * @throws {ValidationError} naming the first field at fault.
 */
export function validateSeed(value: unknown): SandboxSeed {
  const root = asObject(value, "seed");
  const keysValue = root.keys ?? [];
  const invitationsValue = root.invitations ?? [];
  if (!Array.isArray(keysValue)) throw invalid("seed.keys", "an array of keys");
  if (!Array.isArray(invitationsValue)) throw invalid("seed.invitations", "an array of invitations");
  const accountsValue = root.serviceAccounts;
  if (accountsValue !== undefined && !Array.isArray(accountsValue)) {
    throw invalid("seed.serviceAccounts", "an array of service accounts");
  }

  const publicKeys = new Set<string>();
  const keys = keysValue.map((entry: unknown, index): SandboxKey => {
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
    if (key.projectOwner !== undefined) result.projectOwner = idList(key.projectOwner, `${at}.projectOwner`);
    if (key.orgUserAdmin !== undefined) result.orgUserAdmin = idList(key.orgUserAdmin, `${at}.orgUserAdmin`);
    return result;
  });

  const ids = new Set<string>();
  const invitations = invitationsValue.map((entry: unknown, index): SandboxInvitation => {
    const at = `seed.invitations[${index}]`;
    const invitation = asObject(entry, at);
    const id = checkId(invitation.id, `${at}.id`);
    if (ids.has(id)) throw invalid(`${at}.id`, "unique among the invitations", id);
    ids.add(id);
    const hasGroup = invitation.groupId !== undefined;
    const hasOrg = invitation.orgId !== undefined;
    if (hasGroup === hasOrg) throw invalid(`${at}`, "an invitation with exactly one of groupId and orgId");
    const state = invitation.state ?? "pending";
    if (state !== "pending" && state !== "accepted") {
      throw invalid(`${at}.state`, `"pending" or "accepted"`, typeof state === "string" ? state : undefined);
    }
    const result: SandboxInvitation = { id, state };
    if (hasGroup) result.groupId = checkId(invitation.groupId, `${at}.groupId`);
    else result.orgId = checkId(invitation.orgId, `${at}.orgId`);
    return result;
  });

  const clientIds = new Set<string>();
  const serviceAccounts = accountsValue?.map((entry: unknown, index): SandboxServiceAccount => {
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
    if (account.projectOwner !== undefined) result.projectOwner = idList(account.projectOwner, `${at}.projectOwner`);
    if (account.orgUserAdmin !== undefined) result.orgUserAdmin = idList(account.orgUserAdmin, `${at}.orgUserAdmin`);
    return result;
  });

  return serviceAccounts === undefined ? { keys, invitations } : { keys, invitations, serviceAccounts };
}

function asObject(value: unknown, at: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw invalid(at, "an object");
  return value as Record<string, unknown>;
}

function idList(value: unknown, at: string): string[] {
  if (!Array.isArray(value)) throw invalid(at, `an array of ids (${ID_RULE})`);
  return value.map((id: unknown, index) => checkId(id, `${at}[${index}]`));
}

function checkId(value: unknown, at: string): string {
  if (typeof value !== "string" || !ID_PATTERN.test(value)) {
    throw invalid(at, ID_RULE, typeof value === "string" ? value : undefined);
  }
  return value;
}

function invalid(parameter: string, rule: string, value?: unknown): ValidationError {
  return new ValidationError(
    typeof value === "string" ? { parameter, rule, value: value.slice(0, 64) } : { parameter, rule },
  );
}

/**
 * The sandbox's default seed: one organization with three projects on both targets, a key that holds every role
 * the 24 operations need, a key that holds none, a service account with the first key's Atlas roles, and
 * invitations in all four scopes: pending ones of several ages, users and roles, plus an accepted and an expired one
 * that are never listed or found. Ids read as what they are: `aaaa…` Atlas project, `a0a0…` Atlas organization,
 * `b0b0…` Ops Manager project, `bbbb…` Ops Manager organization; `…acce97ed` accepted, `…dead` expired. The keys
 * and the service account's secret are public sample values, safe to print.
 */
import type { SandboxInvitation, SandboxSeed } from "./seed.ts";

/** The sample project (group) of the default seed; it is the spec's example `groupId`. */
export const SAMPLE_GROUP_ID = "32b6e34b3d91647abb20e7b8";
/** The three projects of the sample organization, `SAMPLE_GROUP_ID` first. */
export const SAMPLE_GROUP_IDS = [SAMPLE_GROUP_ID, "32b6e34b3d91647abb20e7b9", "32b6e34b3d91647abb20e7ba"] as const;
/** The sample organization of the default seed; it is the spec's example `orgId`. */
export const SAMPLE_ORG_ID = "4888442a3354817a7320eb61";
/** The sample organization's team; it is the spec's example team id. */
export const SAMPLE_TEAM_ID = "5e9a8b7c6d5e4f3a2b1c0d9e";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const [, SECOND_GROUP_ID, THIRD_GROUP_ID] = SAMPLE_GROUP_IDS;

/** An invitation of the default seed, sent `ageMs` before `now`. */
function sent(now: number, ageMs: number, invitation: SandboxInvitation): SandboxInvitation {
  return { ...invitation, createdAt: new Date(Math.floor((now - ageMs) / 1000) * 1000).toISOString() };
}

/** The default seed with invitation ages counted back from `now` (ms since the epoch). */
export function createDefaultSeed(now: number): SandboxSeed {
  const atlas = "atlas" as const;
  const opsManager = "opsManager" as const;
  const g = SAMPLE_GROUP_ID;
  const o = SAMPLE_ORG_ID;
  return {
    organizations: [
      {
        id: SAMPLE_ORG_ID,
        name: "SampleOrg",
        teamIds: [SAMPLE_TEAM_ID],
        projects: [
          { id: SAMPLE_GROUP_ID, name: "Project0" },
          { id: SECOND_GROUP_ID, name: "Project1" },
          { id: THIRD_GROUP_ID, name: "Project2" },
        ],
      },
    ],
    keys: [
      {
        publicKey: "ownerkey",
        privateKey: "00000000-0000-4000-8000-0000000000a1",
        username: "owner@example.com",
        projectOwner: [...SAMPLE_GROUP_IDS],
        orgOwner: [SAMPLE_ORG_ID],
        projectUserAdmin: [...SAMPLE_GROUP_IDS],
        orgUserAdmin: [SAMPLE_ORG_ID],
      },
      { publicKey: "nobodykey", privateKey: "00000000-0000-4000-8000-0000000000b2", username: "nobody@example.com" },
    ],
    // ownerkey's roles, on Atlas only: Ops Manager takes API keys, not service accounts.
    serviceAccounts: [
      {
        clientId: "mdb_sa_id_sandboxowner00000001",
        clientSecret: "mdb_sa_sk_00000000000000000000000000sandbox",
        username: "owner-service-account@example.com",
        projectOwner: [...SAMPLE_GROUP_IDS],
        orgOwner: [SAMPLE_ORG_ID],
      },
    ],
    invitations: [
      // Atlas, project invitations.
      sent(now, HOUR, {
        id: "aaaa00000000000000000001",
        target: atlas,
        groupId: g,
        username: "jane.doe@example.com",
        roles: ["GROUP_READ_ONLY"],
      }),
      sent(now, 2 * DAY, {
        id: "aaaa00000000000000000002",
        target: atlas,
        groupId: g,
        username: "sam.lee@example.com",
        roles: ["GROUP_DATA_ACCESS_READ_WRITE"],
      }),
      sent(now, 10 * DAY, {
        id: "aaaa00000000000000000003",
        target: atlas,
        groupId: g,
        username: "ana.silva@example.com",
        roles: ["GROUP_CLUSTER_MANAGER", "GROUP_DATA_ACCESS_READ_ONLY"],
      }),
      sent(now, 29 * DAY, {
        id: "aaaa00000000000000000004",
        target: atlas,
        groupId: g,
        username: "li.wei@example.com",
        roles: ["GROUP_OWNER"],
      }),
      // Two more for the guide's service-account commands, once the key's commands have used the first ones.
      sent(now, 3 * DAY, {
        id: "aaaa00000000000000000005",
        target: atlas,
        groupId: g,
        username: "omar.haddad@example.com",
        roles: ["GROUP_SEARCH_INDEX_EDITOR"],
      }),
      sent(now, 6 * HOUR, {
        id: "aaaa00000000000000000006",
        target: atlas,
        groupId: g,
        username: "eva.novak@example.com",
        roles: ["GROUP_DATA_ACCESS_ADMIN"],
      }),
      sent(now, 5 * DAY, {
        id: "aaaa000000000000acce97ed",
        target: atlas,
        groupId: g,
        username: "accepted@example.com",
        state: "accepted",
      }),
      sent(now, 31 * DAY, {
        id: "aaaa0000000000000000dead",
        target: atlas,
        groupId: g,
        username: "expired@example.com",
      }),
      // Atlas, organization invitations.
      sent(now, 2 * HOUR, {
        id: "a0a000000000000000000001",
        target: atlas,
        orgId: o,
        username: "jane.doe@example.com",
        roles: ["ORG_MEMBER"],
        teamIds: [SAMPLE_TEAM_ID],
        groupRoleAssignments: [{ groupId: g, roles: ["GROUP_READ_ONLY"] }],
      }),
      sent(now, 4 * DAY, {
        id: "a0a000000000000000000002",
        target: atlas,
        orgId: o,
        username: "kim.park@example.com",
        roles: ["ORG_BILLING_ADMIN"],
      }),
      sent(now, 20 * DAY, {
        id: "a0a000000000000000000003",
        target: atlas,
        orgId: o,
        username: "li.wei@example.com",
        roles: ["ORG_READ_ONLY", "ORG_GROUP_CREATOR"],
      }),
      sent(now, 5 * DAY, {
        id: "a0a0000000000000acce97ed",
        target: atlas,
        orgId: o,
        username: "accepted@example.com",
        state: "accepted",
      }),
      sent(now, 45 * DAY, { id: "a0a00000000000000000dead", target: atlas, orgId: o, username: "expired@example.com" }),
      // Ops Manager, project invitations.
      sent(now, 3 * HOUR, {
        id: "b0b000000000000000000001",
        target: opsManager,
        groupId: g,
        username: "jane.doe@example.com",
        roles: ["GROUP_READ_ONLY"],
      }),
      sent(now, 7 * DAY, {
        id: "b0b000000000000000000002",
        target: opsManager,
        groupId: g,
        username: "sam.lee@example.com",
        roles: ["GROUP_AUTOMATION_ADMIN", "GROUP_MONITORING_ADMIN"],
      }),
      sent(now, 15 * DAY, {
        id: "b0b000000000000000000003",
        target: opsManager,
        groupId: SECOND_GROUP_ID,
        username: "ana.silva@example.com",
        roles: ["GROUP_BACKUP_ADMIN"],
      }),
      sent(now, 5 * DAY, {
        id: "b0b0000000000000acce97ed",
        target: opsManager,
        groupId: g,
        username: "accepted@example.com",
        state: "accepted",
      }),
      sent(now, 31 * DAY, {
        id: "b0b00000000000000000dead",
        target: opsManager,
        groupId: g,
        username: "expired@example.com",
      }),
      // Ops Manager, organization invitations.
      sent(now, HOUR, {
        id: "bbbb00000000000000000001",
        target: opsManager,
        orgId: o,
        username: "jane.doe@example.com",
        roles: ["ORG_MEMBER"],
      }),
      sent(now, 2 * DAY, {
        id: "bbbb00000000000000000002",
        target: opsManager,
        orgId: o,
        username: "sam.lee@example.com",
        roles: ["ORG_GROUP_CREATOR"],
        teamIds: [SAMPLE_TEAM_ID],
      }),
      sent(now, 12 * DAY, {
        id: "bbbb00000000000000000003",
        target: opsManager,
        orgId: o,
        username: "kim.park@example.com",
        roles: ["ORG_READ_ONLY"],
      }),
      sent(now, 28 * DAY, {
        id: "bbbb00000000000000000004",
        target: opsManager,
        orgId: o,
        username: "li.wei@example.com",
        roles: ["ORG_OWNER"],
      }),
      sent(now, 5 * DAY, {
        id: "bbbb000000000000acce97ed",
        target: opsManager,
        orgId: o,
        username: "accepted@example.com",
        state: "accepted",
      }),
      sent(now, 31 * DAY, {
        id: "bbbb0000000000000000dead",
        target: opsManager,
        orgId: o,
        username: "expired@example.com",
      }),
    ],
  };
}

/** The default seed, with ages counted back from when this module was loaded. */
export const defaultSeed: SandboxSeed = createDefaultSeed(Date.now());

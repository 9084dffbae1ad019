/**
 * What differs between the two targets, as data: the spec's tag group that holds a target's operations, the prefix of
 * their operationIds (MongoDB's v1 names carry none on Atlas and `opsManager` on Ops Manager), the path prefix
 * of its API, its default base URL, whether it takes service accounts and the environment variables MongoDB's own
 * tools read for it.
 *
 * @see https://www.mongodb.com/docs/atlas/cli/current/atlas-cli-env-variables/
 */
export const targets = {
  atlas: {
    title: "Atlas",
    /** The spec's `x-tagGroups` entry whose tags (one per scope) mark this target's operations. */
    tagGroup: "Atlas",
    /** Prefix of this target's operationIds in the spec; generation strips it to give the client's method name. */
    operationIdPrefix: "",
    pathPrefix: "/api/atlas/v1.0",
    defaultBaseUrl: "https://cloud.mongodb.com",
    /**
     * `errorCode`s that mean an invitation is gone (already deleted, accepted, or never there), beside a 404:
     * Atlas answers those deletes `400 INVALID_INVITATION_ID`.
     */
    goneErrorCodes: ["INVALID_INVITATION_ID"],
    /** Whether a service account (OAuth 2.0 client credentials, a Bearer token) may stand in for an API key. */
    serviceAccounts: true,
    /** How `mms-invites delete` names and addresses this target. */
    cli: {
      name: "atlas",
      /** The flag that says where the API is; `--url` and `--base-url` are one target's each. */
      urlFlag: "--base-url",
      /** Whether the command refuses to run without a URL (there is no public default). */
      urlRequired: false,
      /** The scope whose invitations the command deletes, and the operation that deletes one. */
      scope: {
        flag: "--project",
        kind: "projectId",
        param: "groupId",
        title: "Atlas project",
        owner: "a project: --project <groupId>",
      },
      deleteMethod: "deleteProjectInvitation",
    },
    env: {
      publicKey: ["MONGODB_ATLAS_PUBLIC_API_KEY", "MCLI_PUBLIC_API_KEY"],
      privateKey: ["MONGODB_ATLAS_PRIVATE_API_KEY", "MCLI_PRIVATE_API_KEY"],
      baseUrl: [],
    },
  },
  opsManager: {
    title: "Ops Manager",
    tagGroup: "Ops Manager",
    operationIdPrefix: "opsManager",
    pathPrefix: "/api/public/v1.0",
    defaultBaseUrl: undefined,
    // Ops Manager documents no invitation codes: a gone invitation is assumed to be a 404 (see the spec).
    goneErrorCodes: [],
    // Ops Manager takes programmatic API keys (Digest) only.
    serviceAccounts: false,
    cli: {
      name: "ops-manager",
      urlFlag: "--url",
      urlRequired: true,
      scope: {
        flag: "--org",
        kind: "orgId",
        param: "orgId",
        title: "Ops Manager organization",
        owner: "an organization: --org <orgId>",
      },
      deleteMethod: "deleteOrganizationInvitation",
    },
    env: {
      publicKey: ["MONGODB_ATLAS_PUBLIC_API_KEY", "MCLI_PUBLIC_API_KEY"],
      privateKey: ["MONGODB_ATLAS_PRIVATE_API_KEY", "MCLI_PRIVATE_API_KEY"],
      baseUrl: ["MONGODB_ATLAS_OPS_MANAGER_URL", "MCLI_OPS_MANAGER_URL"],
    },
  },
} as const;

/** The name of a target: `"atlas"` or `"opsManager"`. */
export type TargetId = keyof typeof targets;

/** The name `mms-invites --target` takes for a target: `atlas` or `ops-manager`. */
export type CliTargetName = (typeof targets)[TargetId]["cli"]["name"];

/** Finds the target a `--target` value names (case-insensitive; `opsmanager` too), or `undefined`. */
export function targetForCliName(name: string): TargetId | undefined {
  const wanted = name.toLowerCase().replace(/^opsmanager$/, "ops-manager");
  for (const [id, target] of Object.entries(targets)) {
    if (target.cli.name === wanted) return id as TargetId;
  }
  return undefined;
}

/** Finds the target whose operations the spec's `x-tagGroups` entry `name` holds, or `undefined`. */
export function targetForTagGroup(name: string): TargetId | undefined {
  for (const [id, target] of Object.entries(targets)) {
    if (target.tagGroup === name) return id as TargetId;
  }
  return undefined;
}

/**
 * What differs between the two targets, as data: the spec tag that marks a target's operations, the prefix of
 * their operationIds (MongoDB's v1 names carry none on Atlas and `opsManager` on Ops Manager), the path prefix
 * of its API, its default base URL and the environment variables MongoDB's own tools read for it.
 *
 * @see https://www.mongodb.com/docs/atlas/cli/current/atlas-cli-env-variables/
 */
export const targets = {
  atlas: {
    title: "Atlas",
    tag: "Atlas",
    /** Prefix of this target's operationIds in the spec; generation strips it to give the client's method name. */
    operationIdPrefix: "",
    pathPrefix: "/api/atlas/v1.0",
    defaultBaseUrl: "https://cloud.mongodb.com",
    env: {
      publicKey: ["MONGODB_ATLAS_PUBLIC_API_KEY", "MCLI_PUBLIC_API_KEY"],
      privateKey: ["MONGODB_ATLAS_PRIVATE_API_KEY", "MCLI_PRIVATE_API_KEY"],
      baseUrl: [],
    },
  },
  opsManager: {
    title: "Ops Manager",
    tag: "Ops Manager",
    operationIdPrefix: "opsManager",
    pathPrefix: "/api/public/v1.0",
    defaultBaseUrl: undefined,
    env: {
      publicKey: ["MONGODB_ATLAS_PUBLIC_API_KEY", "MCLI_PUBLIC_API_KEY"],
      privateKey: ["MONGODB_ATLAS_PRIVATE_API_KEY", "MCLI_PRIVATE_API_KEY"],
      baseUrl: ["MONGODB_ATLAS_OPS_MANAGER_URL", "MCLI_OPS_MANAGER_URL"],
    },
  },
} as const;

/** The name of a target: `"atlas"` or `"opsManager"`. */
export type TargetId = keyof typeof targets;

/** Finds the target whose operations carry `tag` in the spec, or `undefined`. */
export function targetForTag(tag: string): TargetId | undefined {
  for (const [id, target] of Object.entries(targets)) {
    if (target.tag === tag) return id as TargetId;
  }
  return undefined;
}

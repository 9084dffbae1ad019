/**
 * The sandbox: a local reference server for the invitations resource of MongoDB Atlas and Ops Manager (list, get,
 * create, update by username, update by id and delete, for projects and organizations on both targets), with real
 * HTTP Digest, roles, rate limits, expiry and the spec's error bodies. Develop and test a client against it;
 * nothing leaves the machine.
 *
 * @example
 * const sandbox = await startSandbox({ rateLimit: { limit: 10, windowMs: 1_000 } });
 * console.log(sandbox.url, defaultSeed.keys[0]?.publicKey);
 * await sandbox.close();
 */
export type { Authentication, Authenticator, AuthScheme } from "./authenticate.ts";
export {
  createDefaultSeed,
  defaultSeed,
  SAMPLE_GROUP_ID,
  SAMPLE_GROUP_IDS,
  SAMPLE_ORG_ID,
  SAMPLE_TEAM_ID,
} from "./default-seed.ts";
export type { DigestFailure } from "./digest-verifier.ts";
export { REALM } from "./digest-verifier.ts";
export type { BearerFailure, TokenStats } from "./oauth.ts";
export type {
  SandboxGroupRoleAssignment,
  SandboxInvitation,
  SandboxKey,
  SandboxOrganization,
  SandboxProject,
  SandboxSeed,
  SandboxServiceAccount,
} from "./seed.ts";
export { loadSeed, validateSeed } from "./seed.ts";
export type { Sandbox, SandboxOptions, SandboxStats } from "./server.ts";
export { startSandbox } from "./server.ts";
export type { InvitationState } from "./store.ts";

/**
 * The sandbox: a local reference server for MongoDB Atlas's "delete one project invitation" and Ops Manager's
 * "delete one organization invitation", with real HTTP Digest, roles, rate limits and the spec's error bodies.
 * Develop and test a client against it; nothing leaves the machine.
 *
 * @example
 * const sandbox = await startSandbox({ rateLimit: { limit: 10, windowMs: 1_000 } });
 * console.log(sandbox.url, defaultSeed.keys[0]?.publicKey);
 * await sandbox.close();
 */
export type { DigestFailure } from "./digest-verifier.ts";
export { REALM } from "./digest-verifier.ts";
export type { BearerFailure, TokenStats } from "./oauth.ts";
export type { SandboxInvitation, SandboxKey, SandboxSeed, SandboxServiceAccount } from "./seed.ts";
export { defaultSeed, loadSeed, SAMPLE_GROUP_ID, SAMPLE_ORG_ID, validateSeed } from "./seed.ts";
export type { Sandbox, SandboxOptions, SandboxStats } from "./server.ts";
export { startSandbox } from "./server.ts";
export type { InvitationState } from "./store.ts";

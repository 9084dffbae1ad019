/**
 * The ids, keys and client options tests share: the vendor documentation's example ids, the key pair the test Digest
 * servers accept, the sandbox's default keys, and a canary key that no server accepts.
 */

/** The project id of the vendor documentation's examples (also the sandbox's default project). */
export const GROUP_ID = "32b6e34b3d91647abb20e7b8";
/** The organization id of the vendor documentation's examples (also the sandbox's default organization). */
export const ORG_ID = "4888442a3354817a7320eb61";
/** The invitation id of the vendor documentation's examples. */
export const INVITATION_ID = "5f3a1c2b9d4e8f7a6b5c4d3e";

/** The Atlas operation's path as the spec writes it. */
export const ATLAS_PATH_TEMPLATE = "/api/atlas/v1.0/groups/{groupId}/invites/{invitationId}";
/** The Atlas path of {@link INVITATION_ID} in {@link GROUP_ID}. */
export const ATLAS_PATH = `/api/atlas/v1.0/groups/${GROUP_ID}/invites/${INVITATION_ID}`;
/** The Ops Manager path of {@link INVITATION_ID} in {@link ORG_ID}. */
export const OPS_MANAGER_PATH = `/api/public/v1.0/orgs/${ORG_ID}/invites/${INVITATION_ID}`;

/** The username the test Digest servers (ours and Apache) accept unless told otherwise: an Atlas public key's shape. */
export const TEST_PUBLIC_KEY = "abcdefgh";
/** The password of {@link TEST_PUBLIC_KEY}: an Atlas private key's shape. */
export const TEST_PRIVATE_KEY = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";

/** The key pair a test server or sandbox accepts. */
export interface KeyPair {
  readonly publicKey: string;
  readonly privateKey: string;
}

/** The sandbox's default key with both roles on the default project and organization (see the README). */
export const SANDBOX_OWNER: KeyPair = { publicKey: "ownerkey", privateKey: "00000000-0000-4000-8000-0000000000a1" };
/** The sandbox's default key with no role at all. */
export const SANDBOX_NOBODY: KeyPair = { publicKey: "nobodykey", privateKey: "00000000-0000-4000-8000-0000000000b2" };

/** The public key of {@link CANARY_PRIVATE_KEY}. */
export const CANARY_PUBLIC_KEY = "rlbtpubk";
/**
 * A private key in the Atlas shape that no server accepts and that appears nowhere else in the repository, so
 * finding it in an error, a log or an output is a leak, never a coincidence.
 */
export const CANARY_PRIVATE_KEY = "7d3c9e1a-5b2f-4c8d-a6e0-f1b2c3d4e5f6";

/** Fast retries, so a test that exercises every attempt stays quick. */
export const FAST_RETRY = { retries: 2, minDelayMs: 1, maxDelayMs: 5 } as const;

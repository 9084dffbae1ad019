/**
 * The sandbox's token endpoints and Bearer check, over HTTP: what a service account gets, what it is refused, and
 * that a token works on Atlas paths only.
 */
import { afterEach, describe, expect, it } from "vitest";
import { isValidationError } from "../errors.ts";
import { defaultSeed, SAMPLE_GROUP_ID, SAMPLE_GROUP_IDS, SAMPLE_ORG_ID } from "./default-seed.ts";
import { REVOKE_PATH, TOKEN_LIMIT_DESCRIPTION, TOKEN_PATH } from "./oauth.ts";
import { validateSeed } from "./seed.ts";
import { type Sandbox, type SandboxOptions, startSandbox } from "./server.ts";

const [ACCOUNT] = defaultSeed.serviceAccounts ?? [];
if (ACCOUNT === undefined) throw new Error("the default seed has no service account");
const BASIC = `Basic ${Buffer.from(`${ACCOUNT.clientId}:${ACCOUNT.clientSecret}`).toString("base64")}`;
const FORM = { "Content-Type": "application/x-www-form-urlencoded" };
const ATLAS_PATH = `/api/atlas/v1.0/groups/${SAMPLE_GROUP_ID}/invites/aaaa00000000000000000001`;
const OPS_MANAGER_PATH = `/api/public/v1.0/orgs/${SAMPLE_ORG_ID}/invites/bbbb00000000000000000001`;

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});
async function start(options: SandboxOptions = {}): Promise<Sandbox> {
  sandbox = await startSandbox(options);
  return sandbox;
}

async function post(url: string, headers: Record<string, string>, body: string) {
  const response = await fetch(url, { method: "POST", headers, body });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text === "" ? undefined : JSON.parse(text) };
}

async function token(base: string, authorization = BASIC): Promise<string> {
  const answer = await post(
    `${base}${TOKEN_PATH}`,
    { ...FORM, Authorization: authorization },
    "grant_type=client_credentials",
  );
  expect(answer.status).toBe(200);
  return answer.body.access_token;
}

const bearerDelete = (url: string, value: string) =>
  fetch(url, { method: "DELETE", headers: { Authorization: `Bearer ${value}` } });

describe("sandbox: POST /api/oauth/token", () => {
  it("issues a Bearer token for the seeded service account, with the configured lifetime", async () => {
    const { url } = await start({ tokenTtlMs: 5_000 });
    const answer = await post(
      `${url}${TOKEN_PATH}`,
      { ...FORM, Authorization: BASIC },
      "grant_type=client_credentials",
    );
    expect(answer.status).toBe(200);
    expect(answer.headers.get("cache-control")).toBe("no-store");
    expect(answer.body).toEqual({
      access_token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      token_type: "Bearer",
      expires_in: 5,
    });
  });

  it("defaults to Atlas's 3600 s and gives a new token for every request", async () => {
    const { url } = await start();
    const first = await post(`${url}${TOKEN_PATH}`, { ...FORM, Authorization: BASIC }, "grant_type=client_credentials");
    expect(first.body.expires_in).toBe(3600);
    expect(await token(url)).not.toBe(first.body.access_token);
  });

  it.each([
    ["a wrong secret", `Basic ${Buffer.from(`${ACCOUNT.clientId}:wrong`).toString("base64")}`],
    ["an unknown client id", `Basic ${Buffer.from(`nobody:${ACCOUNT.clientSecret}`).toString("base64")}`],
    ["no colon in the credentials", `Basic ${Buffer.from(ACCOUNT.clientId).toString("base64")}`],
    ["a Bearer header", "Bearer abc"],
    ["no Authorization header", ""],
  ])("answers %s with 401 invalid_client and a Basic challenge", async (_name, authorization) => {
    const { url } = await start();
    const headers: Record<string, string> =
      authorization === "" ? { ...FORM } : { ...FORM, Authorization: authorization };
    const answer = await post(`${url}${TOKEN_PATH}`, headers, "grant_type=client_credentials");
    expect(answer.status).toBe(401);
    expect(answer.body).toMatchObject({ error: "invalid_client" });
    expect(answer.headers.get("www-authenticate")).toMatch(/^Basic realm=/);
  });

  it("answers another grant type with 400 unsupported_grant_type, and none with 400 invalid_request", async () => {
    const { url } = await start();
    const other = await post(`${url}${TOKEN_PATH}`, { ...FORM, Authorization: BASIC }, "grant_type=password");
    expect(other).toMatchObject({ status: 400, body: { error: "unsupported_grant_type" } });
    const none = await post(`${url}${TOKEN_PATH}`, { ...FORM, Authorization: BASIC }, "scope=x");
    expect(none).toMatchObject({ status: 400, body: { error: "invalid_request" } });
    const json = await post(`${url}${TOKEN_PATH}`, { "Content-Type": "application/json", Authorization: BASIC }, "{}");
    expect(json).toMatchObject({ status: 400, body: { error: "invalid_request" } });
  });

  it("answers GET with 405 and Allow: POST, and never envelopes", async () => {
    const { url } = await start();
    const get = await fetch(`${url}${TOKEN_PATH}`);
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST");
    const answer = await post(
      `${url}${TOKEN_PATH}?envelope=true`,
      { ...FORM, Authorization: BASIC },
      "grant_type=client_credentials",
    );
    expect(answer.body.token_type).toBe("Bearer");
  });

  it("allows 100 active tokens per service account, then answers 403 access_denied with the vendor's description", async () => {
    let now = 1_000_000;
    const { url } = await start({ clock: () => now, tokenTtlMs: 60_000 });
    const values: string[] = [];
    for (let n = 0; n < 100; n++) values.push(await token(url));
    const refused = await post(
      `${url}${TOKEN_PATH}`,
      { ...FORM, Authorization: BASIC },
      "grant_type=client_credentials",
    );
    expect(refused).toMatchObject({
      status: 403,
      body: { error: "access_denied", error_description: TOKEN_LIMIT_DESCRIPTION },
    });
    expect(sandbox?.tokens).toMatchObject({ requests: 101, issued: 100, active: 100 });
    // A revoked token frees a place, and so does every expired one.
    await post(`${url}${REVOKE_PATH}`, { ...FORM, Authorization: BASIC }, `token=${values[0]}`);
    await token(url);
    now += 60_000;
    await token(url);
    expect(sandbox?.tokens).toMatchObject({ issued: 102, revoked: 1, active: 1 });
  });
});

describe("sandbox: POST /api/oauth/revoke", () => {
  it("revokes a token (200), after which the API refuses it with 401", async () => {
    const { url } = await start();
    const value = await token(url);
    const revoked = await post(
      `${url}${REVOKE_PATH}`,
      { ...FORM, Authorization: BASIC },
      `token=${value}&token_type_hint=access_token`,
    );
    expect(revoked.status).toBe(200);
    const response = await bearerDelete(`${url}${ATLAS_PATH}`, value);
    expect(response.status).toBe(401);
    expect(response.headers.get("x-sandbox-auth-failure")).toBe("unknown-token");
    expect(sandbox?.tokens).toMatchObject({ revoked: 1, active: 0 });
  });

  it("answers 200 for an unknown token, 401 without client credentials, 400 without a token", async () => {
    const { url } = await start();
    expect((await post(`${url}${REVOKE_PATH}`, { ...FORM, Authorization: BASIC }, "token=nope")).status).toBe(200);
    expect((await post(`${url}${REVOKE_PATH}`, FORM, "token=nope")).body).toMatchObject({ error: "invalid_client" });
    expect((await post(`${url}${REVOKE_PATH}`, { ...FORM, Authorization: BASIC }, "")).body).toMatchObject({
      error: "invalid_request",
    });
  });

  it("refuses to revoke another service account's token", async () => {
    const other = { clientId: "mdb_sa_id_other", clientSecret: "other-secret", projectOwner: [SAMPLE_GROUP_ID] };
    const { url } = await start({ seed: { ...defaultSeed, serviceAccounts: [ACCOUNT, other] } });
    const value = await token(url);
    const otherBasic = `Basic ${Buffer.from(`${other.clientId}:${other.clientSecret}`).toString("base64")}`;
    const refused = await post(`${url}${REVOKE_PATH}`, { ...FORM, Authorization: otherBasic }, `token=${value}`);
    expect(refused).toMatchObject({ status: 400, body: { error: "invalid_request" } });
    expect((await bearerDelete(`${url}${ATLAS_PATH}`, value)).status).toBe(204);
  });
});

describe("sandbox: Bearer tokens on the API", () => {
  it("accepts a token on an Atlas path, with the service account's roles", async () => {
    const { url } = await start();
    const value = await token(url);
    expect((await bearerDelete(`${url}${ATLAS_PATH}`, value)).status).toBe(204);
    // Gone now: Atlas's answer to a delete of an unknown invitation.
    expect((await bearerDelete(`${url}${ATLAS_PATH}`, value)).status).toBe(400);
    expect(sandbox?.invitationState("aaaa00000000000000000001")).toBe("deleted");
  });

  it("reaches every Atlas project and the organization of the seed, and creates as the service account", async () => {
    const { url } = await start();
    const headers = { Authorization: `Bearer ${await token(url)}` };
    const lists = [
      ...SAMPLE_GROUP_IDS.map((groupId) => `/api/atlas/v1.0/groups/${groupId}/invites`),
      `/api/atlas/v1.0/orgs/${SAMPLE_ORG_ID}/invites`,
    ];
    for (const path of lists) expect((await fetch(`${url}${path}`, { headers })).status).toBe(200);
    const created = await fetch(`${url}/api/atlas/v1.0/orgs/${SAMPLE_ORG_ID}/invites`, {
      method: "POST",
      headers: { ...headers, "Content-Type": "application/json" },
      body: JSON.stringify({ username: "new.user@example.com", roles: ["ORG_MEMBER"] }),
    });
    expect(created.status).toBe(200);
    expect(await created.json()).toMatchObject({ inviterUsername: ACCOUNT.username ?? "" });
  });

  it("refuses a token on an Ops Manager path with 401 and the Digest challenge: Ops Manager takes API keys only", async () => {
    const { url } = await start();
    const response = await bearerDelete(`${url}${OPS_MANAGER_PATH}`, await token(url));
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toMatch(/^Digest realm="MMS Public API"/);
    expect(response.headers.get("x-sandbox-auth-failure")).toBe("bearer-on-ops-manager");
    expect(sandbox?.invitationState("bbbb00000000000000000001")).toBe("pending");
  });

  it("refuses an expired token with 401, and an unknown one", async () => {
    let now = 5_000_000;
    const { url } = await start({ clock: () => now, tokenTtlMs: 5_000 });
    const value = await token(url);
    now += 5_000;
    const expired = await bearerDelete(`${url}${ATLAS_PATH}`, value);
    expect(expired.status).toBe(401);
    expect(expired.headers.get("x-sandbox-auth-failure")).toBe("expired-token");
    expect((await bearerDelete(`${url}${ATLAS_PATH}`, "made-up")).headers.get("x-sandbox-auth-failure")).toBe(
      "unknown-token",
    );
    expect(sandbox?.invitationState("aaaa00000000000000000001")).toBe("pending");
  });

  it("answers 403 to a service account without the role", async () => {
    const bare = { clientId: "mdb_sa_id_bare", clientSecret: "bare-secret" };
    const { url } = await start({ seed: { ...defaultSeed, serviceAccounts: [bare] } });
    const basic = `Basic ${Buffer.from(`${bare.clientId}:${bare.clientSecret}`).toString("base64")}`;
    const response = await bearerDelete(`${url}${ATLAS_PATH}`, await token(url, basic));
    expect(response.status).toBe(403);
  });

  it("lets no service account sign in with Digest: its principal has no password", async () => {
    const { url } = await start();
    // The principal name a token acts as, tried as a Digest user name with the secret: an unknown key.
    const response = await fetch(`${url}${ATLAS_PATH}`, {
      method: "DELETE",
      headers: {
        Authorization: `Digest username="service account ${ACCOUNT.clientId}", realm="MMS Public API", nonce="x", uri="${ATLAS_PATH}", response="0"`,
      },
    });
    expect(response.status).toBe(401);
  });
});

describe("sandbox seed: service accounts", () => {
  const seedWith = (serviceAccounts: unknown) => ({ keys: [], invitations: [], serviceAccounts });
  const refusal = (value: unknown) => {
    try {
      validateSeed(value);
    } catch (error) {
      if (isValidationError(error)) return error;
    }
    throw new Error("expected a ValidationError");
  };

  it("ships one with the roles ownerkey holds on Atlas, and none on Ops Manager", () => {
    const owner = defaultSeed.keys.find((key) => key.publicKey === "ownerkey");
    expect(owner?.projectOwner).toEqual([...SAMPLE_GROUP_IDS]);
    expect(ACCOUNT).toMatchObject({ projectOwner: owner?.projectOwner, orgOwner: owner?.orgOwner });
    expect(Object.keys(ACCOUNT)).not.toContain("projectUserAdmin");
    expect(Object.keys(ACCOUNT)).not.toContain("orgUserAdmin");
  });

  it.each([
    ["not an array", {}, "seed.serviceAccounts"],
    [
      "a client id with a colon",
      [{ clientId: "a:b", clientSecret: "s3cret-value" }],
      "seed.serviceAccounts[0].clientId",
    ],
    [
      "a repeated client id",
      [
        { clientId: "a", clientSecret: "s3cret-value" },
        { clientId: "a", clientSecret: "s3cret-value" },
      ],
      "seed.serviceAccounts[1].clientId",
    ],
    ["an empty secret", [{ clientId: "a", clientSecret: "" }], "seed.serviceAccounts[0].clientSecret"],
    [
      "a secret with a newline",
      [{ clientId: "a", clientSecret: "s3cret-value\n" }],
      "seed.serviceAccounts[0].clientSecret",
    ],
    [
      "a bad project id",
      [{ clientId: "a", clientSecret: "s3cret-value", projectOwner: ["x"] }],
      "seed.serviceAccounts[0].projectOwner[0]",
    ],
    [
      "an Ops Manager role",
      [{ clientId: "a", clientSecret: "s3cret-value", orgUserAdmin: [SAMPLE_ORG_ID] }],
      "seed.serviceAccounts[0].orgUserAdmin",
    ],
  ])("names the field of %s, and never shows the secret", (_name, accounts, parameter) => {
    const error = refusal(seedWith(accounts));
    expect(error.parameter).toBe(parameter);
    expect(JSON.stringify(error)).not.toContain("s3cret-value");
    expect(error.message).not.toContain("s3cret-value");
  });
});

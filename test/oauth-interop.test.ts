/**
 * An independent OAuth 2.0 client against the sandbox: curl's `-u id:secret -d grant_type=client_credentials` for the
 * token, then `curl -H "Authorization: Bearer …"` deleting an invitation. curl shares no code with this project, so a
 * 204 here means the sandbox's token endpoint and Bearer check work as other clients expect them to.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { defaultSeed, SAMPLE_GROUP_ID, SAMPLE_ORG_ID, type Sandbox, startSandbox } from "../src/sandbox/index.ts";

const run = promisify(execFile);
const [ACCOUNT] = defaultSeed.serviceAccounts ?? [];
const ATLAS_PATH = `/api/atlas/v1.0/groups/${SAMPLE_GROUP_ID}/invites/aaaa00000000000000000001`;
const OPS_MANAGER_PATH = `/api/public/v1.0/orgs/${SAMPLE_ORG_ID}/invites/bbbb00000000000000000001`;

/** Fails the test (never skips it) when curl is missing, saying how to install it. */
async function requireCurl(): Promise<void> {
  try {
    await run("curl", ["--version"]);
  } catch {
    throw new Error("curl is not installed: apt-get install -y curl (the interop tests need a client of their own)");
  }
}

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

/** Runs curl with `args` and returns the status code and the body. */
async function curl(...args: string[]): Promise<{ status: number; body: string }> {
  const { stdout } = await run("curl", ["--silent", "--show-error", "--write-out", "\n%{http_code}", ...args]);
  const cut = stdout.lastIndexOf("\n");
  return { status: Number(stdout.slice(cut + 1)), body: stdout.slice(0, cut) };
}

async function curlToken(url: string, user: string): Promise<{ status: number; body: string }> {
  return curl("--user", user, "--data", "grant_type=client_credentials", `${url}/api/oauth/token`);
}

describe("sandbox interop: curl as an OAuth 2.0 client", () => {
  it("gets a token with -u id:secret, deletes an Atlas invitation with it as a Bearer token, then revokes it", async () => {
    await requireCurl();
    if (ACCOUNT === undefined) throw new Error("the default seed has no service account");
    sandbox = await startSandbox();
    const { url } = sandbox;
    const user = `${ACCOUNT.clientId}:${ACCOUNT.clientSecret}`;
    const issued = await curlToken(url, user);
    expect(issued.status).toBe(200);
    const token = JSON.parse(issued.body);
    expect(token).toMatchObject({ token_type: "Bearer", expires_in: 3600 });

    const bearer = `Authorization: Bearer ${token.access_token}`;
    expect(await curl("--header", bearer, "--request", "DELETE", `${url}${ATLAS_PATH}`)).toEqual({
      status: 204,
      body: "",
    });
    expect(sandbox.invitationState("aaaa00000000000000000001")).toBe("deleted");
    // No challenge was needed: the token request and the delete.
    expect(sandbox.stats.byStatus).toEqual({ 200: 1, 204: 1 });

    const refused = await curl("--header", bearer, "--request", "DELETE", `${url}${OPS_MANAGER_PATH}`);
    expect(refused.status).toBe(401);
    expect(sandbox.invitationState("bbbb00000000000000000001")).toBe("pending");

    const revoked = await curl(
      "--user",
      user,
      "--data",
      `token=${token.access_token}&token_type_hint=access_token`,
      `${url}/api/oauth/revoke`,
    );
    expect(revoked.status).toBe(200);
    const after = await curl("--header", bearer, "--request", "DELETE", `${url}${ATLAS_PATH.replace(/1$/, "2")}`);
    expect(after.status).toBe(401);
    expect(sandbox.invitationState("aaaa00000000000000000002")).toBe("pending");
  });

  it("gets the OAuth errors as JSON: invalid_client for a wrong secret, unsupported_grant_type", async () => {
    await requireCurl();
    if (ACCOUNT === undefined) throw new Error("the default seed has no service account");
    sandbox = await startSandbox();
    const wrong = await curlToken(sandbox.url, `${ACCOUNT.clientId}:wrong`);
    expect(wrong.status).toBe(401);
    expect(JSON.parse(wrong.body)).toMatchObject({ error: "invalid_client" });
    const grant = await curl(
      "--user",
      `${ACCOUNT.clientId}:${ACCOUNT.clientSecret}`,
      "--data",
      "grant_type=password",
      `${sandbox.url}/api/oauth/token`,
    );
    expect(grant.status).toBe(400);
    expect(JSON.parse(grant.body)).toMatchObject({ error: "unsupported_grant_type" });
  });
});

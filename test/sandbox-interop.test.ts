/**
 * Independent Digest clients authenticate against the sandbox: curl's `--digest` and digest-fetch. Neither shares
 * code with this project, so a 204 here means the sandbox speaks RFC 7616 as others implement it.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import DigestClient from "digest-fetch";
import { afterEach, describe, expect, it } from "vitest";
import {
  SAMPLE_GROUP_ID,
  SAMPLE_ORG_ID,
  type Sandbox,
  type SandboxOptions,
  startSandbox,
} from "../src/sandbox/index.ts";

const run = promisify(execFile);
const OWNER = { publicKey: "ownerkey", privateKey: "00000000-0000-4000-8000-0000000000a1" };
const targets = [
  {
    name: "Atlas",
    path: `/api/atlas/v1.0/groups/${SAMPLE_GROUP_ID}/invites/aaaa00000000000000000001`,
    again: { status: 400, errorCode: "INVALID_INVITATION_ID" },
  },
  {
    name: "Ops Manager",
    path: `/api/public/v1.0/orgs/${SAMPLE_ORG_ID}/invites/bbbb00000000000000000001`,
    again: { status: 404, errorCode: "RESOURCE_NOT_FOUND" },
  },
] as const;

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

async function start(options: SandboxOptions = {}): Promise<Sandbox> {
  sandbox = await startSandbox(options);
  return sandbox;
}

/** Runs `curl --digest -u pub:priv -X DELETE <url>` and returns the final status code and the body. */
async function curlDelete(url: string, user: string): Promise<{ status: number; body: string }> {
  const { stdout } = await run("curl", [
    "--silent",
    "--show-error",
    "--digest",
    "--user",
    user,
    "--request",
    "DELETE",
    "--header",
    "Accept: application/json",
    "--write-out",
    "\n%{http_code}",
    url,
  ]);
  const cut = stdout.lastIndexOf("\n");
  return { status: Number(stdout.slice(cut + 1)), body: stdout.slice(0, cut) };
}

describe("sandbox interop: curl --digest", () => {
  for (const target of targets) {
    it(`deletes a ${target.name} invitation: 204 after one challenge, then ${target.again.status}`, async () => {
      const { url, stats } = await start();
      const user = `${OWNER.publicKey}:${OWNER.privateKey}`;
      expect(await curlDelete(url + target.path, user)).toEqual({ status: 204, body: "" });
      expect(stats.byStatus).toEqual({ 401: 1, 204: 1 });
      const again = await curlDelete(url + target.path, user);
      expect(again.status).toBe(target.again.status);
      expect(JSON.parse(again.body)).toMatchObject({ errorCode: target.again.errorCode });
    });
  }

  it("gets 401 with a wrong private key, and the invitation stays pending", async () => {
    const { url } = await start();
    const [target] = targets;
    expect((await curlDelete(url + target.path, `${OWNER.publicKey}:wrong`)).status).toBe(401);
    expect(sandbox?.invitationState("aaaa00000000000000000001")).toBe("pending");
  });

  it("gets the 200 envelope with envelope=true", async () => {
    const { url } = await start();
    const [, target] = targets;
    const answer = await curlDelete(`${url}${target.path}?envelope=true`, `${OWNER.publicKey}:${OWNER.privateKey}`);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ status: 204, content: {} });
  });
});

describe("sandbox interop: curl --digest with a body", () => {
  for (const [name, collection, status] of [
    ["Atlas", `/api/atlas/v1.0/groups/${SAMPLE_GROUP_ID}/invites`, 200],
    ["Ops Manager", `/api/public/v1.0/orgs/${SAMPLE_ORG_ID}/invites`, 201],
  ] as const) {
    it(`creates a ${name} invitation with a JSON body, then finds it with the username filter`, async () => {
      const { url } = await start();
      const user = `${OWNER.publicKey}:${OWNER.privateKey}`;
      const role = collection.includes("/groups/") ? "GROUP_READ_ONLY" : "ORG_MEMBER";
      const { stdout } = await run("curl", [
        "--silent",
        "--show-error",
        "--digest",
        "--user",
        user,
        "--header",
        "Content-Type: application/json",
        "--data",
        JSON.stringify({ username: "curl.user@example.com", roles: [role] }),
        "--write-out",
        "\n%{http_code}",
        url + collection,
      ]);
      const cut = stdout.lastIndexOf("\n");
      expect(Number(stdout.slice(cut + 1))).toBe(status);
      const created = JSON.parse(stdout.slice(0, cut)) as { id: string };
      const listed = await run("curl", [
        "--silent",
        "--digest",
        "--user",
        user,
        `${url}${collection}?username=curl.user%40example.com`,
      ]);
      expect((JSON.parse(listed.stdout) as Array<{ id: string }>).map((invitation) => invitation.id)).toEqual([
        created.id,
      ]);
    });
  }
});

describe("sandbox interop: digest-fetch 3.1.1", () => {
  for (const target of targets) {
    it(`deletes a ${target.name} invitation, then reuses the nonce for the next call`, async () => {
      const { url, stats } = await start();
      const client = new DigestClient(OWNER.publicKey, OWNER.privateKey);
      // Called with a URL string and the method in init: given a Request, digest-fetch hashes the method as GET.
      const first = await client.fetch(url + target.path, { method: "DELETE" });
      expect(first.status).toBe(204);
      const second = await client.fetch(url + target.path, { method: "DELETE" });
      expect(second.status).toBe(target.again.status);
      // One challenge for both calls: digest-fetch's decimal nc (00000001, 00000002) still rises as hex.
      expect(stats).toEqual({ requests: 3, byStatus: { 401: 1, 204: 1, [target.again.status]: 1 } });
    });
  }

  it("answers SHA-256 when the sandbox offers it", async () => {
    const { url } = await start({ algorithms: ["SHA-256", "MD5"] });
    const client = new DigestClient(OWNER.publicKey, OWNER.privateKey, { algorithm: "SHA-256" });
    const [target] = targets;
    expect((await client.fetch(url + target.path, { method: "DELETE" })).status).toBe(204);
  });

  it("is refused when it signs GET for a DELETE (its Request bug): the sandbox checks the method", async () => {
    const { url } = await start();
    const client = new DigestClient(OWNER.publicKey, OWNER.privateKey);
    const [target] = targets;
    const response = await client.fetch(new Request(url + target.path, { method: "DELETE" }));
    expect(response.status).toBe(401);
    expect(response.headers.get("x-sandbox-auth-failure")).toBe("bad-credentials");
    expect(sandbox?.invitationState("aaaa00000000000000000001")).toBe("pending");
  });
});

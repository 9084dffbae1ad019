/**
 * Interop with a standards-compliant Digest server nobody here wrote: Debian's Apache httpd with mod_auth_digest
 * (MD5, qop=auth). Requests are counted in Apache's own access log, not by anything of ours.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { digestAuth, type FetchLike } from "../src/auth.ts";
import { classifyChallenge } from "../src/digest.ts";
import { type ApacheServer, apacheProblem, startApache } from "./support/apache.ts";
import { failEveryTestIf } from "./support/peers.ts";
import { GROUP_ID, ORG_ID, TEST_PRIVATE_KEY as PRIVATE_KEY, TEST_PUBLIC_KEY as PUBLIC_KEY } from "./support/samples.ts";

const OTHER_GROUP_ID = "eeeeeeeeeeeeeeeeeeeeeeee";
const INVITATION_IDS = Array.from({ length: 10 }, (_, index) => `0a1b2c3d4e5f60718293a4${index.toString(16)}${index}`);

describe("digestAuth against Apache mod_auth_digest", () => {
  let apache: ApacheServer | undefined;

  // Without Apache every test here fails with the install command: a missing peer is never a skip.
  const noApache = apacheProblem();
  failEveryTestIf(noApache);
  beforeAll(async () => {
    if (noApache !== undefined) return;
    apache = await startApache({ users: { [PUBLIC_KEY]: PRIVATE_KEY } });
  }, 30_000);

  afterAll(async () => {
    await apache?.close();
  }, 30_000);

  function server(): ApacheServer {
    if (apache === undefined) throw new Error("Apache did not start");
    return apache;
  }

  function authedFetch(privateKey = PRIVATE_KEY): FetchLike {
    return digestAuth({ publicKey: PUBLIC_KEY, privateKey }).wrapFetch((request) => fetch(request));
  }

  /** Requests Apache logged for paths under `prefix` since the test began. */
  async function logged(prefix: string): Promise<string[]> {
    return (await server().loggedRequests()).filter((line) => line.split(" ")[1]?.startsWith(prefix));
  }

  it("deletes 10 Atlas project invitations in 11 requests", async () => {
    const prefix = `/api/atlas/v1.0/groups/${GROUP_ID}/invites/`;
    const send = authedFetch();
    for (const invitationId of INVITATION_IDS) {
      const response = await send(new Request(`${server().url}${prefix}${invitationId}`, { method: "DELETE" }));
      expect(response.status).toBe(204);
    }
    const lines = await logged(prefix);
    expect(lines).toHaveLength(11);
    expect(lines.map((line) => line.split(" ")[2])).toEqual(["401", ...Array(10).fill("204")]);
  });

  it("deletes 10 Ops Manager organization invitations in 11 requests, query string signed too", async () => {
    const prefix = `/api/public/v1.0/orgs/${ORG_ID}/invites/`;
    const send = authedFetch();
    for (const invitationId of INVITATION_IDS) {
      const url = `${server().url}${prefix}${invitationId}?pretty=true`;
      expect((await send(new Request(url, { method: "DELETE" }))).status).toBe(204);
    }
    const lines = await logged(prefix);
    expect(lines).toHaveLength(11);
    expect(lines.every((line) => line.includes("?pretty=true"))).toBe(true);
  });

  it("returns Apache's 401 after exactly two requests when the private key is wrong", async () => {
    const prefix = `/api/atlas/v1.0/groups/${OTHER_GROUP_ID}/invites/ffffffffffffffffffffffff`;
    const response = await authedFetch("not-the-key")(new Request(`${server().url}${prefix}`, { method: "DELETE" }));
    expect(response.status).toBe(401);
    expect(classifyChallenge(response.headers.get("www-authenticate"))).toBe("rejected");
    const lines = await logged(prefix);
    expect(lines).toEqual([`DELETE ${prefix} 401`, `DELETE ${prefix} 401`]);
  });
});

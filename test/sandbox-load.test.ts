/**
 * The sandbox under load: many concurrent clients, each keeping one nonce with a rising nc, deleting thousands of
 * invitations with some ids requested twice. Every invitation must be deleted exactly once, the rate limit must
 * stay exact, and the server must keep no state per request.
 */
import { Agent, request } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { type Sandbox, type SandboxInvitation, startSandbox } from "../src/sandbox/index.ts";
import { seededRandom } from "./support/random.ts";
import { parseChallenges, sign, type TestChallenge, type TestKey } from "./support/sandbox-signer.ts";

const KEY: TestKey = { publicKey: "loadkey", privateKey: "load-private-key" };
const GROUP_ID = "1111111111111111111111aa";
const ORG_ID = "2222222222222222222222bb";

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

function invitationId(n: number): string {
  return `cafe${n.toString(16).padStart(20, "0")}`;
}

function pathOf(invitation: SandboxInvitation): string {
  return invitation.groupId !== undefined
    ? `/api/atlas/v1.0/groups/${invitation.groupId}/invites/${invitation.id}`
    : `/api/public/v1.0/orgs/${invitation.orgId}/invites/${invitation.id}`;
}

/** Sends one DELETE over `agent` and resolves with the status and the challenge, if any. */
function send(
  agent: Agent,
  url: URL,
  path: string,
  authorization?: string,
): Promise<{ status: number; challenge?: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path,
        method: "DELETE",
        agent,
        headers: authorization ? { authorization } : {},
      },
      (res) => {
        res.resume();
        res.on("end", () => {
          const challenge = res.headers["www-authenticate"];
          resolve(
            challenge === undefined ? { status: res.statusCode ?? 0 } : { status: res.statusCode ?? 0, challenge },
          );
        });
      },
    );
    req.on("error", reject);
    req.end();
  });
}

/**
 * Sends `paths` from `workers` concurrent clients, each keeping its own nonce with a rising nc (a fresh challenge
 * when the server says stale), over keep-alive connections; returns the statuses in order. node:http rather than
 * fetch keeps the client's share of the CPU small, so the test measures the server.
 */
async function drive(base: string, paths: string[], workers: number): Promise<number[]> {
  const url = new URL(base);
  const agent = new Agent({ keepAlive: true, maxSockets: workers });
  const statuses = new Array<number>(paths.length);
  let next = 0;
  try {
    await Promise.all(
      Array.from({ length: workers }, async () => {
        let challenge: TestChallenge | undefined;
        let nc = 0;
        for (let index = next++; index < paths.length; index = next++) {
          const path = paths[index] ?? "";
          for (let attempt = 0; ; attempt += 1) {
            const authorization =
              challenge === undefined
                ? undefined
                : sign({
                    username: KEY.publicKey,
                    password: KEY.privateKey,
                    method: "DELETE",
                    uri: path,
                    challenge,
                    nc: ++nc,
                  });
            const answer = await send(agent, url, path, authorization);
            const fresh = parseChallenges(answer.challenge ?? null)[0];
            if (answer.status !== 401 || fresh === undefined || attempt === 2) {
              statuses[index] = answer.status;
              break;
            }
            challenge = fresh;
            nc = 0;
          }
        }
      }),
    );
  } finally {
    agent.destroy();
  }
  return statuses;
}

describe("sandbox under load", () => {
  it("answers 10,000 deletes from 64 clients with exactly one 204 per invitation and a refusal for every repeat", {
    timeout: 60_000,
  }, async () => {
    const invitations: SandboxInvitation[] = Array.from({ length: 8_000 }, (_, n) =>
      n % 2 === 0 ? { id: invitationId(n), groupId: GROUP_ID } : { id: invitationId(n), orgId: ORG_ID },
    );
    sandbox = await startSandbox({
      seed: { keys: [{ ...KEY, projectOwner: [GROUP_ID], orgUserAdmin: [ORG_ID] }], invitations },
      rateLimit: { limit: 1_000_000, windowMs: 60_000 },
    });
    const next = seededRandom(0x5eed);
    const requested = [...invitations];
    for (let i = 0; i < 2_000; i += 1)
      requested.push(invitations[Math.floor(next() * invitations.length)] as SandboxInvitation);
    for (let i = requested.length - 1; i > 0; i -= 1) {
      const j = Math.floor(next() * (i + 1));
      [requested[i], requested[j]] = [requested[j] as SandboxInvitation, requested[i] as SandboxInvitation];
    }

    const statuses = await drive(sandbox.url, requested.map(pathOf), 64);

    const byInvitation = new Map<string, number[]>();
    requested.forEach((invitation, index) => {
      const list = byInvitation.get(invitation.id) ?? [];
      list.push(statuses[index] ?? 0);
      byInvitation.set(invitation.id, list);
    });
    // A repeat is refused as the target refuses a missing invitation: Atlas 400, Ops Manager 404.
    const repeatStatus = (invitation: SandboxInvitation) => (invitation.groupId !== undefined ? 400 : 404);
    const byId = new Map(invitations.map((invitation) => [invitation.id, invitation]));
    const wrong = [...byInvitation].filter(([id, list]) => {
      const invitation = byId.get(id) as SandboxInvitation;
      return (
        list.filter((status) => status === 204).length !== 1 ||
        list.some((s) => s !== 204 && s !== repeatStatus(invitation))
      );
    });
    expect(wrong).toEqual([]);
    expect(statuses.filter((status) => status === 204)).toHaveLength(8_000);
    expect(statuses.filter((status) => status === 400 || status === 404)).toHaveLength(2_000);
    expect(invitations.every((invitation) => sandbox?.invitationState(invitation.id) === "deleted")).toBe(true);
    // One challenge per client and nothing else: no request was refused or retried.
    const atlasRepeats = requested.filter((invitation) => invitation.groupId !== undefined).length - 4_000;
    expect(sandbox.stats).toEqual({
      requests: 10_064,
      byStatus: { 401: 64, 204: 8_000, 400: atlasRepeats, 404: 2_000 - atlasRepeats },
    });
    // The only state the server keeps for clients is one nonce each.
    expect(sandbox.nonceCount).toBe(64);

    // Afterwards every invitation is refused as missing.
    const sample = invitations.filter((_, n) => n % 40 === 0);
    const again = await drive(sandbox.url, sample.map(pathOf), 8);
    expect(again).toEqual(sample.map(repeatStatus));
  });

  it("lets exactly the limit through when 64 clients send 3,000 requests to one project", {
    timeout: 60_000,
  }, async () => {
    sandbox = await startSandbox({
      seed: { keys: [{ ...KEY, projectOwner: [GROUP_ID], orgUserAdmin: [ORG_ID] }], invitations: [] },
      rateLimit: { limit: 1_000, windowMs: 600_000 },
    });
    const paths = Array.from(
      { length: 3_000 },
      (_, n) => `/api/atlas/v1.0/groups/${GROUP_ID}/invites/${invitationId(n)}`,
    );
    const statuses = await drive(sandbox.url, paths, 64);
    expect(statuses.filter((status) => status === 400)).toHaveLength(1_000);
    expect(statuses.filter((status) => status === 429)).toHaveLength(2_000);
    // The organization's budget is untouched.
    const [org] = await drive(sandbox.url, [`/api/public/v1.0/orgs/${ORG_ID}/invites/${invitationId(1)}`], 1);
    expect(org).toBe(404);
  });
});

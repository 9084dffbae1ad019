/**
 * `mms-invites invite`, `describe`, `update` and `list` in an organization, on both targets, as the real binary
 * runs them against the sandbox: scopes from a file, refusals before anything is sent, no secret in any output, and
 * a Ctrl-C that lets the call in flight finish.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SAMPLE_GROUP_IDS, SAMPLE_ORG_ID, SAMPLE_TEAM_ID } from "../src/sandbox/index.ts";
import { startBreakingProxy } from "./support/breaking-proxy.ts";
import { cli, finish, sandboxWith, start, until } from "./support/operator.ts";
import { CANARY_PRIVATE_KEY as CANARY, SANDBOX_OWNER as OWNER } from "./support/samples.ts";

// Every test waits on child processes, so they overlap; on a loaded machine a run of the CLI takes seconds.
describe.concurrent.each(["atlas", "opsManager"] as const)("mms-invites on %s", { timeout: 120_000 }, (target) => {
  it("invites to an organization, describes, updates and lists it, scopes read from a file", async () => {
    const sandbox = await sandboxWith(target);
    const dir = await mkdtemp(join(tmpdir(), "mms-scopes-"));
    try {
      const base =
        target === "atlas"
          ? ["--target", "atlas", "--base-url", sandbox.url]
          : ["--target", "ops-manager", "--url", sandbox.url];
      const org = ["--org", SAMPLE_ORG_ID];
      const invited = await cli([
        "invite",
        "dana@example.com",
        ...base,
        ...org,
        "--role",
        "ORG_MEMBER",
        "--team",
        SAMPLE_TEAM_ID,
        "--json",
      ]);
      expect(invited.code).toBe(0);
      const invitation = JSON.parse(invited.stdout);
      expect(invitation).toMatchObject({
        username: "dana@example.com",
        roles: ["ORG_MEMBER"],
        teamIds: [SAMPLE_TEAM_ID],
      });

      const described = await cli(["describe", invitation.id, ...base, ...org]);
      expect(described.code).toBe(0);
      expect(described.stdout).toMatch(new RegExp(`^${invitation.id}\\s+dana@example.com\\s+ORG_MEMBER\\s`, "m"));

      const updated = await cli(["update", invitation.id, ...base, ...org, "--role", "ORG_READ_ONLY"]);
      expect(updated.code).toBe(0);
      expect(updated.stdout).toContain(`Invitation ${invitation.id} updated.`);
      const byName = await cli([
        "update",
        "--username",
        "dana@example.com",
        ...base,
        ...org,
        "--role",
        "ORG_GROUP_CREATOR",
        "--json",
      ]);
      expect(JSON.parse(byName.stdout).roles).toEqual(["ORG_GROUP_CREATOR"]);

      const file = join(dir, "scopes.txt");
      await writeFile(
        file,
        `# the organization and one project\norg ${SAMPLE_ORG_ID}\nproject ${SAMPLE_GROUP_IDS[0]}\n`,
      );
      const listed = await cli([
        "list",
        ...base,
        "--scopes-from-file",
        file,
        "--username",
        "dana@example.com",
        "--json",
      ]);
      expect(listed.code).toBe(0);
      expect(JSON.parse(listed.stdout).scopes).toMatchObject([
        { orgId: SAMPLE_ORG_ID, invitations: [{ id: invitation.id, roles: ["ORG_GROUP_CREATOR"] }] },
        { projectId: SAMPLE_GROUP_IDS[0], invitations: [] },
      ]);

      const refused = await Promise.all([
        cli([
          "invite",
          "dana@example.com",
          ...base,
          "--project",
          SAMPLE_GROUP_IDS[0],
          "--role",
          "GROUP_READ_ONLY",
          "--team",
          SAMPLE_TEAM_ID,
        ]),
        cli(["describe", ...base, ...org]),
        cli(["update", invitation.id, "--username", "dana@example.com", ...base, ...org, "--role", "ORG_MEMBER"]),
        cli(["invite", "not-an-address", ...base, ...org, "--role", "ORG_MEMBER"]),
      ]);
      expect(refused.map((ran) => ran.code)).toEqual([2, 2, 2, 2]);
      expect(refused[0]?.stderr).toContain("error: --team is for organization invitations");
      expect(refused[1]?.stderr).toContain("error: <invitationId> is required");
      expect(refused[2]?.stderr).toContain("error: update takes one invitation");
      expect(refused[3]?.stderr).toContain('error: <email> "not-an-address" is not an email address');

      const wrongKey = { MONGODB_ATLAS_PUBLIC_API_KEY: OWNER.publicKey, MONGODB_ATLAS_PRIVATE_API_KEY: CANARY };
      const unauthorized = await cli(["list", ...base, ...org, "--json"], wrongKey);
      expect(unauthorized.code).toBe(1);
      expect(JSON.parse(unauthorized.stdout).scopes[0].error.status).toBe(401);
      expect(`${unauthorized.stdout}${unauthorized.stderr}`).not.toContain(CANARY);
    } finally {
      await rm(dir, { recursive: true, force: true });
      await sandbox.close();
    }
  });

  it("on Ctrl-C lets the invite in flight finish, prints it and exits 130", async () => {
    const sandbox = await sandboxWith(target);
    // The proxy holds the signed create until the command has taken the Ctrl-C.
    let release: () => void = () => {};
    let held = false;
    const proxy = await startBreakingProxy(sandbox.url, {
      before: (request) =>
        request.method === "POST" && request.headers.authorization !== undefined
          ? new Promise((resolve) => {
              held = true;
              release = () => resolve(undefined);
            })
          : undefined,
    });
    try {
      const base =
        target === "atlas"
          ? ["--target", "atlas", "--base-url", proxy.url]
          : ["--target", "ops-manager", "--url", proxy.url];
      const child = start([
        "invite",
        "erin@example.com",
        ...base,
        "--org",
        SAMPLE_ORG_ID,
        "--role",
        "ORG_MEMBER",
        "--json",
      ]);
      let stderr = "";
      child.stderr?.on("data", (chunk) => {
        stderr += String(chunk);
      });
      const done = finish(child);
      await until(() => held);
      child.kill("SIGINT");
      await until(() => stderr.includes("interrupted: waiting for the calls in flight"));
      release();
      const ran = await done;
      expect(ran.code).toBe(130);
      const invitation = JSON.parse(ran.stdout);
      expect(invitation).toMatchObject({ username: "erin@example.com", roles: ["ORG_MEMBER"] });
      expect(sandbox.invitationState(invitation.id)).toBe("pending");
    } finally {
      release();
      await proxy.close();
      await sandbox.close();
    }
  });
});

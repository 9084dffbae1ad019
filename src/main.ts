/**
 * `npm start`: starts the sandbox on this machine and, on each target, lists an organization's or project's pending
 * invitations, creates one and deletes one through the real client while showing every request and answer (the
 * 401 Digest challenge, the authenticated resend, the answers after it), then prints how to try it yourself and
 * serves until Ctrl-C. No credentials of yours, no network.
 */
import { STATUS_CODES } from "node:http";
import { integerOption, parseOptions } from "./cli/args.ts";
import { createOutput, type Output } from "./cli/output.ts";
import { listen, untilInterrupted } from "./cli/sandbox.ts";
import { sandboxGuide } from "./cli/sandbox-guide.ts";
import { createAtlasClient, createOpsManagerClient } from "./clients.ts";
import { isValidationError } from "./errors.ts";
import { defaultSeed, SAMPLE_GROUP_ID, SAMPLE_ORG_ID, type Sandbox } from "./sandbox/index.ts";

const HELP = `npm start [-- --port <n>]

Starts the sandbox on 127.0.0.1 (a free port unless --port is given). On Atlas it lists a project's pending
invitations, creates one and deletes one; on Ops Manager the same for an organization; each through the client,
showing each request and answer. Then it serves until Ctrl-C.
`;

// Answer headers worth showing: the challenge, and the build Ops Manager names on every answer.
const SHOWN_HEADERS = ["www-authenticate", "x-mongodb-service-version"];

/** A transport that prints each request line and answer, then passes the request on unchanged. */
function showingFetch(output: Output): (url: string, init: RequestInit) => Promise<Response> {
  return async (input, init) => {
    const url = new URL(input);
    const headers = new Headers(init.headers);
    output.out(`   → ${init.method ?? "GET"} ${url.pathname}${url.search}\n`);
    const authorization = headers.get("authorization");
    // The Digest header holds a hash, never the private key, so it can be shown.
    if (authorization !== null) output.out(`     Authorization: ${authorization}\n`);
    if (typeof init.body === "string") output.out(`     ${init.body}\n`);
    const response = await fetch(input, init);
    output.out(`   ← ${response.status} ${STATUS_CODES[response.status] ?? ""}\n`);
    for (const name of SHOWN_HEADERS) {
      const value = response.headers.get(name);
      if (value !== null) output.out(`     ${canonical(name)}: ${value}\n`);
    }
    return response;
  };
}

function canonical(name: string): string {
  return name === "www-authenticate" ? "WWW-Authenticate" : "X-MongoDB-Service-Version";
}

/** One line per invitation: id, user, roles, expiry. */
function describeInvitations(
  invitations: ReadonlyArray<{ id: string; username: string; roles: readonly string[]; expiresAt: string }>,
): string {
  if (invitations.length === 0) return "   none pending\n";
  return invitations
    .map(({ id, username, roles, expiresAt }) => `   ${id}  ${username}  ${roles.join(",")}  expires ${expiresAt}\n`)
    .join("");
}

/** The first pending invitation of the default seed in one target's scope. */
function firstPending(sandbox: Sandbox, target: "atlas" | "opsManager", scope: "groupId" | "orgId", id: string) {
  return defaultSeed.invitations.find(
    (invitation) =>
      invitation.target === target && invitation[scope] === id && sandbox.invitationState(invitation.id) === "pending",
  )?.id;
}

async function demonstrate(sandbox: Sandbox, output: Output): Promise<void> {
  const key = defaultSeed.keys.find(
    (candidate) => candidate.projectOwner?.includes(SAMPLE_GROUP_ID) && candidate.orgUserAdmin?.includes(SAMPLE_ORG_ID),
  );
  const atlasInvitation = firstPending(sandbox, "atlas", "groupId", SAMPLE_GROUP_ID);
  const orgInvitation = firstPending(sandbox, "opsManager", "orgId", SAMPLE_ORG_ID);
  if (key === undefined || atlasInvitation === undefined || orgInvitation === undefined) {
    throw new Error("the sample seed has no key or pending invitation to demonstrate with");
  }
  const options = {
    baseUrl: sandbox.url,
    publicKey: key.publicKey,
    privateKey: key.privateKey,
    fetch: showingFetch(output),
    retry: false as const,
  };
  const groupId = SAMPLE_GROUP_ID;
  const orgId = SAMPLE_ORG_ID;

  // Each client answers the challenge once, on its first call, and reuses the nonce after that.
  const atlas = createAtlasClient(options);
  output.out(`\n1. Atlas: list the pending invitations of project ${groupId}, as key ${key.publicKey}\n`);
  output.out(describeInvitations((await atlas.listProjectInvitations({ groupId })).data));
  output.out(`\n2. Atlas: invite new.user@example.com to project ${groupId} as GROUP_READ_ONLY\n`);
  const created = await atlas.createProjectInvitation({
    groupId,
    username: "new.user@example.com",
    roles: ["GROUP_READ_ONLY"],
  });
  output.out(`   created ${created.data.id} (${created.status}), expires ${created.data.expiresAt}\n`);
  output.out(`\n3. Atlas: delete invitation ${atlasInvitation} of project ${groupId}\n`);
  const first = await atlas.deleteProjectInvitation({ groupId, invitationId: atlasInvitation });
  output.out(`   deleted (${first.status})\n`);

  const opsManager = createOpsManagerClient(options);
  output.out(`\n4. Ops Manager: list the pending invitations of organization ${orgId}, as key ${key.publicKey}\n`);
  output.out(describeInvitations((await opsManager.listOrganizationInvitations({ orgId })).data));
  output.out(`\n5. Ops Manager: invite new.user@example.com to organization ${orgId} as ORG_MEMBER\n`);
  const invited = await opsManager.createOrganizationInvitation({
    orgId,
    username: "new.user@example.com",
    roles: ["ORG_MEMBER"],
  });
  output.out(`   created ${invited.data.id} (${invited.status}), expires ${invited.data.expiresAt}\n`);
  output.out(`\n6. Ops Manager: delete invitation ${orgInvitation} of organization ${orgId}\n`);
  const second = await opsManager.deleteOrganizationInvitation({ orgId, invitationId: orgInvitation });
  output.out(`   deleted (${second.status})\n`);
}

async function main(argv: readonly string[]): Promise<number> {
  const output = createOutput(process.stdout, process.stderr);
  let port: number;
  try {
    const options = parseOptions(argv, { port: { type: "string" }, help: { type: "boolean", short: "h" } });
    if (options.help) {
      output.out(HELP);
      return 0;
    }
    port = integerOption("--port", options.port, 0, 65_535) ?? 0;
  } catch (error) {
    output.err(`error: ${error instanceof Error ? error.message : String(error)}\n${HELP}`);
    return 2;
  }

  let sandbox: Sandbox;
  try {
    sandbox = await listen({ port }, port);
  } catch (error) {
    output.err(`error: cannot start the sandbox: ${error instanceof Error ? error.message : String(error)}\n`);
    return isValidationError(error) ? 2 : 1;
  }
  output.out(`mms-invites: the sandbox runs on ${sandbox.url}; nothing here leaves this machine.\n`);
  try {
    await demonstrate(sandbox, output);
  } catch (error) {
    output.err(`\nerror: the demonstration failed: ${error instanceof Error ? error.message : String(error)}\n`);
    await sandbox.close();
    return 1;
  }

  output.out(
    `\n${sandboxGuide({ url: sandbox.url, seed: defaultSeed, stateOf: (id) => sandbox.invitationState(id) })}`,
  );
  output.out("\nServing until Ctrl-C.\n");
  await untilInterrupted();
  await sandbox.close();
  output.err("Sandbox stopped.\n");
  return 0;
}

const code = await main(process.argv.slice(2));
await createOutput(process.stdout, process.stderr).flush();
process.exit(code);

/**
 * `npm start`: starts the sandbox on this machine, deletes one seeded invitation on each target through the real
 * client while showing every request and answer (the 401 Digest challenge, the authenticated resend, the 204), then
 * prints how to try it yourself and serves until Ctrl-C. No credentials of yours, no network.
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

Starts the sandbox on 127.0.0.1 (a free port unless --port is given), deletes one sample invitation on Atlas and
one on Ops Manager through the client, showing each request and answer, then serves until Ctrl-C.
`;

// Answer headers worth showing: the challenge, and what Ops Manager adds to a success.
const SHOWN_HEADERS = ["www-authenticate", "x-mongodb-service-version"];

/** A transport that prints each request line and answer, then passes the request on unchanged. */
function showingFetch(output: Output): (request: Request) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url);
    output.out(`   → ${request.method} ${url.pathname}${url.search}\n`);
    const authorization = request.headers.get("authorization");
    // The Digest header holds a hash, never the private key, so it can be shown.
    if (authorization !== null) output.out(`     Authorization: ${authorization}\n`);
    const response = await fetch(request);
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

async function demonstrate(sandbox: Sandbox, output: Output): Promise<void> {
  const key = defaultSeed.keys.find(
    (candidate) => candidate.projectOwner?.includes(SAMPLE_GROUP_ID) && candidate.orgUserAdmin?.includes(SAMPLE_ORG_ID),
  );
  const pending = (scope: "groupId" | "orgId", id: string) =>
    defaultSeed.invitations.find(
      (invitation) => invitation[scope] === id && sandbox.invitationState(invitation.id) === "pending",
    )?.id;
  const atlasInvitation = pending("groupId", SAMPLE_GROUP_ID);
  const orgInvitation = pending("orgId", SAMPLE_ORG_ID);
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

  output.out(
    `\n1. Atlas: delete invitation ${atlasInvitation} of project ${SAMPLE_GROUP_ID}, as key ${key.publicKey}\n`,
  );
  const atlas = createAtlasClient(options);
  const first = await atlas.deleteProjectInvitation({ groupId: SAMPLE_GROUP_ID, invitationId: atlasInvitation });
  output.out(`   deleted (${first.status})\n`);

  output.out(
    `\n2. Ops Manager: delete invitation ${orgInvitation} of organization ${SAMPLE_ORG_ID}, as key ${key.publicKey}\n`,
  );
  const opsManager = createOpsManagerClient(options);
  const second = await opsManager.deleteOrganizationInvitation({ orgId: SAMPLE_ORG_ID, invitationId: orgInvitation });
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

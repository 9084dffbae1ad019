/**
 * `mms-invites delete`, run in this process through `run()`, against the same hostile servers as the client:
 * malformed ids and scope ids never reach the wire, and no failure path puts the private key (in any form) on
 * stdout, stderr or in the `--json` document. The command masks its key on the way out as a last line of defence;
 * these tests also require that nothing needed masking, so the key never reached a message in the first place.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { atlasDeleteArgs, type Ran, runCli } from "../support/cli.ts";
import { type DigestServerOptions, startDigestServer } from "../support/digest-server.ts";
import { type FaultServer, resetAfter, respond, startFaultServer } from "../support/fault-server.ts";
import { CANARY_PRIVATE_KEY, CANARY_PUBLIC_KEY, INVITATION_ID, ORG_ID } from "../support/samples.ts";
import { secretForms } from "../support/secrets.ts";

const ENV = { MONGODB_ATLAS_PUBLIC_API_KEY: CANARY_PUBLIC_KEY, MONGODB_ATLAS_PRIVATE_API_KEY: CANARY_PRIVATE_KEY };
const MASK = "[redacted]";

const closers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((server) => server.close()));
});

function cli(args: readonly string[], stdin?: string): Promise<Ran> {
  return runCli(args, { env: ENV, stdin });
}

const opsManagerArgs = (url: string, ...rest: string[]) => [
  "delete",
  "--target",
  "ops-manager",
  "--url",
  url,
  "--org",
  ORG_ID,
  ...rest,
];

async function counting(): Promise<FaultServer> {
  const server = await startFaultServer((_request, socket) => respond(socket, 204));
  closers.push(server);
  return server;
}

describe("mms-invites delete: ids refused before sending", () => {
  const bad: [string, string][] = [
    ["a slash", "5f3a1c2b9d4e/f7a6b5c4d3e"],
    ["an encoded slash", "5f3a1c2b9d4e%2F7a6b5c4d3"],
    ["dot segments", "../../../../../../../.."],
    ["unicode", "5f3a1c2b9d4e8f7a6b5c4d3é"],
    ["25 digits", "5f3a1c2b9d4e8f7a6b5c4d3e0"],
  ];

  it.each(bad)(
    "refuses an invitation id with %s on both targets, from a flag and from stdin: exit 2, nothing sent",
    async (_what, id) => {
      const server = await counting();
      for (const args of [atlasDeleteArgs, opsManagerArgs]) {
        const fromFlag = await cli(args(server.url, "--invitation", INVITATION_ID, "--invitation", id));
        const fromStdin = await cli(args(server.url, "--from-file", "-", "--json"), `${INVITATION_ID}\n${id}\n`);
        for (const ran of [fromFlag, fromStdin]) {
          expect(ran.code).toBe(2);
          expect(ran.stderr).toContain("nothing was sent");
        }
        expect(JSON.parse(fromStdin.stdout).error.invalid).toHaveLength(1);
      }
      expect(server.connections()).toBe(0);
    },
  );

  it.each(bad)("refuses a --project or --org with %s: exit 2, nothing sent", async (_what, id) => {
    const server = await counting();
    const project = await cli([
      "delete",
      "--target",
      "atlas",
      "--base-url",
      server.url,
      "--project",
      id,
      "--invitation",
      INVITATION_ID,
    ]);
    const org = await cli([
      "delete",
      "--target",
      "ops-manager",
      "--url",
      server.url,
      "--org",
      id,
      "--invitation",
      INVITATION_ID,
    ]);
    expect(project.code).toBe(2);
    expect(project.stderr).toContain("--project");
    expect(org.code).toBe(2);
    expect(org.stderr).toContain("--org");
    expect(server.connections()).toBe(0);
  });
});

type Answer = (request: IncomingMessage, response: ServerResponse) => void;

/** Failure paths of the reliability tests, as base URLs the command is pointed at. */
const failurePaths: [string, () => Promise<string>][] = [
  ...(
    [
      ["wrong keys", { users: { [CANARY_PUBLIC_KEY]: "not-the-key" } }],
      ["a 401 without a challenge", { scheme: "none" }],
      ["a Basic-only challenge", { scheme: "basic" }],
      ["an unknown algorithm", { algorithms: ["SHA3-512"] }],
      ["auth-int only", { qop: "auth-int" }],
      ["stale=true forever", { staleForever: true }],
    ] as [string, DigestServerOptions][]
  ).map(([name, options]): [string, () => Promise<string>] => [name, () => digest(options)]),
  ...(
    [
      ["a persistent 500", (_q, s) => s.writeHead(500).end('{"error":500,"errorCode":"UNEXPECTED_ERROR"}')],
      ["an HTML 502", (_q, s) => s.writeHead(502, { "Content-Type": "text/html" }).end("<h1>Bad Gateway</h1>")],
      ["a truncated JSON body", (_q, s) => s.writeHead(400).end('{"detail":"cut')],
      ["a 2xx with an unexpected body", (_q, s) => s.writeHead(200).end('{"deleted":true}')],
      ["a redirect to another origin", (_q, s) => s.writeHead(307, { Location: "http://127.0.0.1:1/x" }).end()],
      ["a reset mid-response", (_q, s) => s.socket?.resetAndDestroy()],
      ["a signed request never answered", () => {}],
    ] as [string, Answer][]
  ).map(([name, answer]): [string, () => Promise<string>] => [
    `${name} after authentication`,
    () => digest({ respond: answer }),
  ]),
  [
    "a reset before any answer",
    async () => {
      const server = await startFaultServer((_request, socket) => resetAfter(socket, ""));
      closers.push(server);
      return server.url;
    },
  ],
  [
    "a refused connection",
    async () => {
      const server = await startFaultServer(() => {});
      await server.close();
      return server.url;
    },
  ],
];

async function digest(options: DigestServerOptions): Promise<string> {
  const server = await startDigestServer({ users: { [CANARY_PUBLIC_KEY]: CANARY_PRIVATE_KEY }, ...options });
  closers.push(server);
  return server.url;
}

describe("mms-invites delete: no private key in any output", () => {
  it.each(failurePaths)(
    "%s: stdout, stderr and --json hold no form of the key, and nothing needed masking",
    async (_name, start) => {
      const url = await start();
      // The four runs go at once: the retried paths spend their time waiting on backoff.
      const runs = await Promise.all(
        [atlasDeleteArgs, opsManagerArgs].flatMap((args) =>
          [[], ["--json"]].map(async (flags) => ({
            json: flags.length > 0,
            ran: await cli(args(url, "--invitation", INVITATION_ID, "--timeout", "300", ...flags)),
          })),
        ),
      );
      for (const { json, ran } of runs) {
        expect(ran.code).toBe(1);
        const text = `${ran.stdout}${ran.stderr}`;
        for (const form of secretForms(CANARY_PUBLIC_KEY, CANARY_PRIVATE_KEY)) expect(text).not.toContain(form);
        expect(text).not.toContain(MASK);
        if (json) {
          const document = JSON.parse(ran.stdout) as { results: { outcome: string }[] };
          expect(document.results).toEqual([expect.objectContaining({ outcome: "failed" })]);
        }
      }
    },
  );

  it("masks the key when a hostile server echoes it, in human and --json output alike", async () => {
    const url = await digest({
      respond: (_request, response) =>
        response
          .writeHead(400, { "Content-Type": "application/json" })
          .end(JSON.stringify({ error: 400, errorCode: "ECHO", detail: `your key is ${CANARY_PRIVATE_KEY}` })),
    });
    for (const flags of [[], ["--json"]]) {
      const ran = await cli(atlasDeleteArgs(url, "--invitation", INVITATION_ID, ...flags));
      expect(ran.code).toBe(1);
      expect(`${ran.stdout}${ran.stderr}`).not.toContain(CANARY_PRIVATE_KEY);
      expect(`${ran.stdout}${ran.stderr}`).toContain(MASK);
    }
  });
});

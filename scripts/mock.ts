/**
 * `npm run mock`: serves spec/openapi.yaml with Prism on a free loopback port and prints, for each target, a curl
 * request to paste. Stops Prism on Ctrl-C or SIGTERM.
 *
 * Usage: tsx scripts/mock.ts [--spec <file>] [--port <n>]
 *
 * Prism answers with the spec's examples; a request picks one with `Prefer: code=<status>` or
 * `Prefer: example=<name>` (`deleted`, `notFound` for the envelope). Without `Prefer` it serves the lowest 2xx the
 * spec declares, the 200 envelope. Its Digest check is shape-only and refuses real Digest headers (curl --digest
 * included), so the requests below carry a fixed test-only header; leave it out to get the 401 challenge.
 */
import { parseArgs } from "node:util";
import { targets } from "../src/targets.ts";
import { PRISM_AUTHORIZATION, startPrism } from "./prism.ts";

const EXAMPLE_IDS = {
  atlas: { path: "groups/32b6e34b3d91647abb20e7b8", invitationId: "5f3a1c2b9d4e8f7a6b5c4d3e" },
  opsManager: { path: "orgs/4888442a3354817a7320eb61", invitationId: "5f3a1c2b9d4e8f7a6b5c4d3e" },
} as const;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { spec: { type: "string", default: "spec/openapi.yaml" }, port: { type: "string" } },
  });
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) {
    throw new Error(`--port must be a port number, got ${values.port}`);
  }
  const prism = await startPrism({ spec: values.spec, ...(port === undefined ? {} : { port }) });

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal}: stopping the mock…\n`);
    prism.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  void prism.exited.then(() => {
    if (stopping) return;
    process.stderr.write(`Prism stopped on its own:\n${prism.output().slice(-2_000)}\n`);
    process.exit(1);
  });

  const lines = [`Prism mock of ${values.spec} on ${prism.url}`, ""];
  for (const [id, ids] of Object.entries(EXAMPLE_IDS) as [keyof typeof EXAMPLE_IDS, (typeof EXAMPLE_IDS)["atlas"]][]) {
    const url = `${prism.url}${targets[id].pathPrefix}/${ids.path}/invites/${ids.invitationId}`;
    lines.push(
      `# ${targets[id].title}: delete the invitation (204)`,
      `curl -i -X DELETE -H 'Authorization: ${PRISM_AUTHORIZATION}' -H 'Prefer: code=204' '${url}'`,
      "",
    );
  }
  lines.push(
    "Without the Authorization header: 401 and the Digest challenge. Other answers: -H 'Prefer: code=404' (403, 429,",
    "500), or '?envelope=true' with -H 'Prefer: example=deleted' (or example=notFound). Ctrl-C stops the mock.",
  );
  process.stdout.write(`${lines.join("\n")}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

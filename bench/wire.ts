/**
 * Section 1: requests on the wire per delete, counted at the server. Digest: the RFC 7616 test server
 * (`test/support/digest-server.ts`, node:crypto only, refuses replayed `nc`), fresh for every client and scenario;
 * service accounts: the sandbox, whose token endpoint counts token requests (wire-service-account.ts). Counts do not
 * depend on timing, so this section runs in-process.
 */
import { createAtlasClient } from "../src/clients.ts";
import { type DigestServerOptions, startDigestServer } from "../test/support/digest-server.ts";
import { GROUP_ID, TEST_PRIVATE_KEY, TEST_PUBLIC_KEY } from "../test/support/samples.ts";
import type { BenchConfig } from "./config.ts";
import { challengePerCallAuth, digestFetchDeleter } from "./digest-clients.ts";
import { runPool } from "./measure.ts";
import { type Figure, figure } from "./report.ts";
import { measureServiceAccountWire, type ServiceAccountWireRun } from "./wire-service-account.ts";

const CREDENTIALS = { publicKey: TEST_PUBLIC_KEY, privateKey: TEST_PRIVATE_KEY };

/** The clients compared; `ours` is the one the targets apply to. */
export const WIRE_CLIENTS = {
  ours: "mms-invites (our Digest)",
  digestFetch: "digest-fetch 3.1.1 via openapi-fetch",
  challengePerCall: "challenge per call (Go SDK style)",
} as const;
type WireClient = keyof typeof WIRE_CLIENTS;

interface Scenario {
  readonly key: string;
  readonly label: string;
  readonly concurrency: number;
  readonly server: DigestServerOptions;
  /** The most requests our client may send, when the issue sets a target. */
  readonly target?: number;
}

/** What one client did in one scenario. */
export interface WireRun {
  readonly client: WireClient;
  readonly scenario: string;
  readonly deletes: number;
  readonly concurrency: number;
  readonly requests: number;
  /** Deletes that did not end in a 204. */
  readonly failed: number;
  /** How the server judged the requests (authorized, no-credentials, stale, replayed-nc, …). */
  readonly verdicts: Record<string, number>;
}

function scenarios(config: BenchConfig["wire"]): Scenario[] {
  const { deletes, concurrency, nonceUses } = config;
  // A nonce good for `nonceUses` requests: a sequential client needs ⌈deletes / nonceUses⌉ nonces, so it sees one
  // expiry fewer than that, and each expiry may cost one extra request (the stale answer).
  const expiries = Math.ceil(deletes / nonceUses) - 1;
  return [
    { key: "sequential", label: "sequential", concurrency: 1, server: {}, target: deletes + 1 },
    {
      key: "concurrent",
      label: `concurrency ${concurrency}`,
      concurrency,
      server: {},
      target: deletes + concurrency,
    },
    {
      key: "expiry",
      label: `sequential, nonce expires every ${nonceUses} uses`,
      concurrency: 1,
      server: { nonceMaxUses: nonceUses },
      target: deletes + 1 + expiries,
    },
  ];
}

function deleterFor(client: WireClient, baseUrl: string): (invitationId: string) => Promise<boolean> {
  switch (client) {
    case "ours": {
      const atlas = createAtlasClient({ ...CREDENTIALS, baseUrl, timeoutMs: 10_000 });
      return async (invitationId) =>
        (await atlas.deleteProjectInvitation({ groupId: GROUP_ID, invitationId })).status === 204;
    }
    case "challengePerCall": {
      const atlas = createAtlasClient({ auth: challengePerCallAuth(CREDENTIALS), baseUrl, timeoutMs: 10_000 });
      return async (invitationId) =>
        (await atlas.deleteProjectInvitation({ groupId: GROUP_ID, invitationId })).status === 204;
    }
    case "digestFetch": {
      const remove = digestFetchDeleter(baseUrl, CREDENTIALS);
      return async (invitationId) => (await remove(GROUP_ID, invitationId)) === 204;
    }
  }
}

/** Runs every client through every scenario and returns the figures and the raw counts. */
export async function measureWire(
  config: BenchConfig["wire"],
): Promise<{ figures: Figure[]; details: (WireRun | ServiceAccountWireRun)[] }> {
  const runs: WireRun[] = [];
  const figures: Figure[] = [];
  for (const scenario of scenarios(config)) {
    for (const client of Object.keys(WIRE_CLIENTS) as WireClient[]) {
      const server = await startDigestServer(scenario.server);
      try {
        const remove = deleterFor(client, server.url);
        const { failed } = await runPool(config.deletes, scenario.concurrency, (index) =>
          remove(index.toString(16).padStart(24, "0")),
        );
        const run: WireRun = {
          client,
          scenario: scenario.key,
          deletes: config.deletes,
          concurrency: scenario.concurrency,
          requests: server.requests.length,
          failed,
          verdicts: server.verdicts(),
        };
        runs.push(run);
        const failedNote = failed === 0 ? "" : `${failed} of ${config.deletes} deletes failed`;
        figures.push(
          figure({
            id: `wire.${client}.${scenario.key}.requests`,
            section: "wire",
            label: `${WIRE_CLIENTS[client]}: requests for ${config.deletes.toLocaleString("en-US")} deletes, ${scenario.label}`,
            value: run.requests,
            unit: "requests",
            ...(client === "ours" && scenario.target !== undefined
              ? { target: { op: "<=" as const, value: scenario.target } }
              : {}),
            ...(failedNote === "" ? {} : { note: failedNote }),
          }),
        );
      } finally {
        await server.close();
      }
    }
  }
  for (const client of Object.keys(WIRE_CLIENTS) as WireClient[]) {
    const run = runs.find((r) => r.client === client && r.scenario === "concurrent");
    if (run === undefined) continue;
    figures.push(
      figure({
        id: `wire.${client}.concurrent.requestsPerDelete`,
        section: "wire",
        label: `${WIRE_CLIENTS[client]}: requests per delete at concurrency ${config.concurrency}`,
        value: run.requests / run.deletes,
        unit: "",
        ratio: true,
        ...(run.failed === 0 ? {} : { note: `${run.failed} deletes failed` }),
      }),
    );
  }
  const serviceAccount = await measureServiceAccountWire(config);
  return { figures: [...figures, ...serviceAccount.figures], details: [...runs, ...serviceAccount.details] };
}

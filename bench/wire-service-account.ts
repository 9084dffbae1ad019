/**
 * Section 1, service accounts: requests on the wire per delete with OAuth 2.0 client credentials, beside Digest's.
 * The server is the sandbox (in-process), whose token endpoint and Bearer check count what arrives. Token expiry is
 * set by the sandbox's clock, which moves one token lifetime on after every `nonceUses` deletes, so the counts do
 * not depend on timing.
 */
import { createAtlasClient } from "../src/clients.ts";
import { startSandbox } from "../src/sandbox/index.ts";
import type { BenchConfig } from "./config.ts";
import { runPool } from "./measure.ts";
import { type Figure, figure } from "./report.ts";

const GROUP_ID = "32b6e34b3d91647abb20e7b8";
const ACCOUNT = {
  clientId: "mdb_sa_id_bench",
  clientSecret: "mdb_sa_sk_bench-only-sample-secret",
  projectOwner: [GROUP_ID],
};
const TOKEN_TTL_MS = 3_600_000;

/** What the service-account client did in one scenario. */
export interface ServiceAccountWireRun {
  readonly client: "serviceAccount";
  readonly scenario: string;
  readonly deletes: number;
  readonly concurrency: number;
  /** Deletes per token lifetime (the sandbox's clock moves on by one lifetime after this many). */
  readonly lifetime: number;
  /** Requests to the API paths (token requests not included). */
  readonly apiRequests: number;
  readonly tokenRequests: number;
  /** API requests refused with 401 (each met an expired token and was resent once). */
  readonly refused: number;
  readonly failed: number;
}

async function measure(
  scenario: string,
  deletes: number,
  concurrency: number,
  deletesPerLifetime: number | undefined,
): Promise<ServiceAccountWireRun> {
  const invitations = Array.from({ length: deletes }, (_, n) => n.toString(16).padStart(24, "0"));
  let deleted = (): number => 0;
  const sandbox = await startSandbox({
    seed: { keys: [], serviceAccounts: [ACCOUNT], invitations: invitations.map((id) => ({ id, groupId: GROUP_ID })) },
    rateLimit: { limit: 1_000_000_000, windowMs: 60_000 },
    tokenTtlMs: TOKEN_TTL_MS,
    clock: () =>
      1_000_000 + (deletesPerLifetime === undefined ? 0 : Math.floor(deleted() / deletesPerLifetime) * TOKEN_TTL_MS),
  });
  deleted = () => sandbox.stats.byStatus[204] ?? 0;
  try {
    const atlas = createAtlasClient({ baseUrl: sandbox.url, ...ACCOUNT, timeoutMs: 10_000 });
    const { failed } = await runPool(
      deletes,
      concurrency,
      async (index) =>
        (await atlas.deleteProjectInvitation({ groupId: GROUP_ID, invitationId: invitations[index] ?? "" })).status ===
        204,
    );
    const tokenRequests = sandbox.tokens.requests;
    const run: ServiceAccountWireRun = {
      client: "serviceAccount",
      scenario,
      deletes,
      concurrency,
      lifetime: deletesPerLifetime ?? Number.POSITIVE_INFINITY,
      apiRequests: sandbox.stats.requests - tokenRequests,
      tokenRequests,
      refused: sandbox.stats.byStatus[401] ?? 0,
      failed,
    };
    await atlas.close();
    return run;
  } finally {
    await sandbox.close();
  }
}

/** Runs the service-account client through the scenarios and returns the figures and the raw counts. */
export async function measureServiceAccountWire(
  config: BenchConfig["wire"],
): Promise<{ figures: Figure[]; details: ServiceAccountWireRun[] }> {
  const { deletes, concurrency, nonceUses } = config;
  const label = (run: ServiceAccountWireRun, what: string) =>
    `mms-invites (service account): ${what} for ${run.deletes.toLocaleString("en-US")} deletes, ${run.scenario}`;
  const note = (run: ServiceAccountWireRun) => (run.failed === 0 ? {} : { note: `${run.failed} deletes failed` });

  const concurrent = await measure(`concurrency ${concurrency}`, deletes, concurrency, undefined);
  const sequentialExpiry = await measure(`sequential, token expires every ${nonceUses} deletes`, deletes, 1, nonceUses);
  const figures: Figure[] = [
    figure({
      id: "wire.serviceAccount.concurrent.requestsPerDelete",
      section: "wire",
      label: `mms-invites (service account): requests per delete at concurrency ${concurrency}, the token request included`,
      value: (concurrent.apiRequests + concurrent.tokenRequests) / deletes,
      unit: "",
      ratio: true,
      target: { op: "<=", value: 1 + 1 / deletes },
      ...note(concurrent),
    }),
    figure({
      id: "wire.serviceAccount.concurrent.tokenRequests",
      section: "wire",
      label: label(concurrent, "token requests"),
      value: concurrent.tokenRequests,
      unit: "requests",
      target: { op: "<=", value: 1 },
      ...note(concurrent),
    }),
  ];
  for (const [key, run] of [["sequentialExpiry", sequentialExpiry]] as const) {
    figures.push(
      figure({
        id: `wire.serviceAccount.${key}.tokenRequests`,
        section: "wire",
        label: label(run, "token requests"),
        value: run.tokenRequests,
        unit: "requests",
        // One per token lifetime: the first, then one per expiry, however many calls met the expiry.
        target: { op: "<=", value: Math.ceil(run.deletes / run.lifetime) },
        ...note(run),
      }),
      figure({
        id: `wire.serviceAccount.${key}.apiRequests`,
        section: "wire",
        label: label(run, "API requests"),
        value: run.apiRequests,
        unit: "requests",
        // The call that meets the expired token is refused once and resent once.
        target: { op: "<=", value: run.deletes + (Math.ceil(run.deletes / run.lifetime) - 1) * run.concurrency },
        ...note(run),
      }),
    );
  }
  return { figures, details: [concurrent, sequentialExpiry] };
}

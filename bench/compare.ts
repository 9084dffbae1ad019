/**
 * Compares candidate copies of the client with ours and with the raw baseline, the way section 2 of the benchmark
 * does (alternating rounds against the sandbox in its own process, paired ratios), plus each one's CPU per call
 * with the network taken out. For trying a change to the client before making it: copy `src/` and `generated/`
 * into a scratch directory, change the copy, and name its `clients.ts` here.
 *
 *   npx tsx bench/compare.ts --client-module /tmp/try/src/clients.ts [--client-module …]
 *                            [--deletes 2000] [--rounds 7] [--concurrency 1]
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { createAtlasClient } from "../src/clients.ts";
import { median } from "./measure.ts";
import { measureNoNetwork } from "./overhead.ts";
import { startSandboxProcess } from "./sandbox-process.ts";
import {
  alternate,
  CREDENTIALS,
  clientRunner,
  invitationsFor,
  type Plan,
  pairedRatios,
  type Runner,
  rate,
  rawRunner,
} from "./throughput.ts";

const { values } = parseArgs({
  options: {
    "client-module": { type: "string", multiple: true, default: [] },
    deletes: { type: "string", default: "2000" },
    rounds: { type: "string", default: "7" },
    concurrency: { type: "string", default: "1" },
  },
});
type Create = typeof createAtlasClient;
const candidates: Record<string, Create> = { ours: createAtlasClient };
for (const [index, file] of values["client-module"].entries()) {
  const module = (await import(pathToFileURL(resolve(file)).href)) as { createAtlasClient: Create };
  candidates[`candidate ${index + 1}`] = module.createAtlasClient;
}
const concurrency = Number(values.concurrency);
const plan: Plan = {
  rounds: Number(values.rounds),
  warmup: 300,
  modes: [{ mode: concurrency === 1 ? "sequential" : "concurrent", calls: Number(values.deletes), concurrency }],
};
const mode = plan.modes[0]?.mode ?? "sequential";

const sandbox = await startSandboxProcess({ invitations: invitationsFor(plan, Object.keys(candidates).length + 1) });
try {
  const runners: Record<string, Runner> = { raw: rawRunner(sandbox.url, false) };
  for (const [name, create] of Object.entries(candidates)) {
    runners[name] = clientRunner(create({ ...CREDENTIALS, baseUrl: sandbox.url, timeoutMs: 10_000 }));
  }
  const runs = await alternate(sandbox, runners, plan);
  process.stdout.write(
    `${plan.rounds} rounds of ${values.deletes} deletes at concurrency ${concurrency} (${Object.keys(candidates)
      .slice(1)
      .map((name, i) => `${name}: ${values["client-module"][i]}`)
      .join("; ")})\n\n`,
  );
  process.stdout.write(
    "client        ratio to raw  deletes/s  client CPU µs/delete  no-network CPU µs/call  sandbox CPU µs/delete\n",
  );
  for (const name of Object.keys(runners)) {
    const mine = runs.filter((run) => run.client === name);
    const create = candidates[name];
    const noNetwork = create === undefined ? undefined : await measureNoNetwork(create, { calls: 3_000, rounds: 5 });
    const ratio = name === "raw" ? 1 : median(pairedRatios(runs, mode, name, "raw"));
    process.stdout.write(
      `${name.padEnd(14)}${ratio.toFixed(2).padStart(12)}${median(mine.map(rate)).toFixed(0).padStart(11)}` +
        `${median(mine.map((run) => (run.cpuMs / run.calls) * 1000))
          .toFixed(0)
          .padStart(22)}` +
        `${noNetwork === undefined ? "" : noNetwork.client.toFixed(1)}`.padStart(24) +
        `${median(mine.map((run) => run.serverCpuPerCallUs))
          .toFixed(0)
          .padStart(23)}\n`,
    );
  }
} finally {
  await sandbox.close();
}

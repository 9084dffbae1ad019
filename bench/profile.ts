/**
 * Where a delete's client CPU time goes: runs deletes against the sandbox (in its own process) under the V8
 * sampling profiler and prints self time by function and by where the code lives (our src/, openapi-fetch,
 * Node's fetch, crypto, …). The same profile `node --cpu-prof` writes, summarised; `--out` keeps the
 * `.cpuprofile` for Chrome DevTools.
 *
 *   npx tsx bench/profile.ts [--client ours|raw] [--deletes 5000] [--concurrency 1] [--out file.cpuprofile]
 *                            [--client-module <path to a clients.ts>]
 *
 * `--client-module` profiles another copy of the client (a candidate change in a scratch copy of src/) in place
 * of ours.
 */
import { writeFile } from "node:fs/promises";
import { type Profiler, Session } from "node:inspector/promises";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { createAtlasClient as ourCreateAtlasClient } from "../src/clients.ts";
import { atlasDeleteTarget, precomputedAuthorizations } from "./digest-clients.ts";
import { runPool } from "./measure.ts";
import {
  BENCH_GROUP_ID,
  BENCH_PRIVATE_KEY,
  BENCH_PUBLIC_KEY,
  invitationId,
  startSandboxProcess,
} from "./sandbox-process.ts";

const { values } = parseArgs({
  options: {
    client: { type: "string", default: "ours" },
    deletes: { type: "string", default: "5000" },
    concurrency: { type: "string", default: "1" },
    out: { type: "string" },
    "client-module": { type: "string" },
  },
});
const moduleFile = values["client-module"];
const createAtlasClient: typeof ourCreateAtlasClient =
  moduleFile === undefined
    ? ourCreateAtlasClient
    : ((await import(pathToFileURL(resolve(moduleFile)).href)) as { createAtlasClient: typeof ourCreateAtlasClient })
        .createAtlasClient;
const deletes = Number(values.deletes);
const concurrency = Number(values.concurrency);
const warmup = 500;
const credentials = { publicKey: BENCH_PUBLIC_KEY, privateKey: BENCH_PRIVATE_KEY };

const sandbox = await startSandboxProcess({ invitations: deletes + warmup });
try {
  let remove: (index: number) => Promise<boolean>;
  if (values.client === "raw") {
    const targets = Array.from({ length: deletes + warmup }, (_, i) =>
      atlasDeleteTarget(BENCH_GROUP_ID, invitationId(i)),
    );
    const challenge = await fetch(`${sandbox.url}${targets[0]}`, { method: "DELETE" });
    await challenge.arrayBuffer();
    const headers = precomputedAuthorizations(
      challenge.headers.get("www-authenticate") ?? "",
      credentials,
      "DELETE",
      targets,
    );
    remove = async (index) => {
      const response = await fetch(`${sandbox.url}${targets[index]}`, {
        method: "DELETE",
        headers: { authorization: headers[index] as string },
      });
      await response.arrayBuffer();
      return response.status === 204;
    };
  } else {
    const client = createAtlasClient({ ...credentials, baseUrl: sandbox.url });
    remove = async (index) =>
      (await client.deleteProjectInvitation({ groupId: BENCH_GROUP_ID, invitationId: invitationId(index) })).status ===
      204;
  }
  await runPool(warmup, concurrency, remove);

  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 100 });
  await session.post("Profiler.start");
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  const result = await runPool(deletes, concurrency, (index) => remove(warmup + index));
  const wallMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuBefore);
  const { profile } = (await session.post("Profiler.stop")) as { profile: Profiler.Profile };
  session.disconnect();
  if (values.out !== undefined) await writeFile(values.out, JSON.stringify(profile));

  const cpuUs = (cpu.user + cpu.system) / deletes;
  process.stdout.write(
    `${values.client}: ${deletes} deletes at concurrency ${concurrency}, ${result.failed} failed; ` +
      `${((deletes / wallMs) * 1000).toFixed(0)}/s, client CPU ${cpuUs.toFixed(0)} µs per delete\n\n`,
  );
  summarise(profile, deletes);
} finally {
  await sandbox.close();
}

/** Prints self time per delete by area and by function, from a V8 CPU profile. */
function summarise(profile: Profiler.Profile, count: number): void {
  const self = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const id = samples[i] as number;
    self.set(id, (self.get(id) ?? 0) + (deltas[i] ?? 0));
  }
  const byArea = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const time = self.get(node.id) ?? 0;
    if (time === 0) continue;
    const { url, functionName, lineNumber } = node.callFrame;
    const area = areaOf(url, functionName);
    if (area === "idle") continue;
    total += time;
    byArea.set(area, (byArea.get(area) ?? 0) + time);
    const name = `${functionName || "(anonymous)"} ${shortUrl(url)}:${lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + time);
  }
  const line = (name: string, time: number) =>
    `${(time / count).toFixed(1).padStart(8)} µs  ${((time / total) * 100).toFixed(1).padStart(5)}%  ${name}\n`;
  process.stdout.write(`self time per delete by area (sampled, idle excluded: ${(total / count).toFixed(0)} µs)\n`);
  for (const [area, time] of [...byArea].sort((a, b) => b[1] - a[1])) process.stdout.write(line(area, time));
  process.stdout.write("\ntop functions by self time per delete\n");
  for (const [name, time] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
    process.stdout.write(line(name, time));
  }
}

function areaOf(url: string, functionName: string): string {
  if (functionName === "(idle)" || functionName === "(program)" || functionName === "(garbage collector)") {
    return functionName === "(idle)" ? "idle" : functionName;
  }
  if (url.includes("/src/")) return `mms-invites ${url.slice(url.indexOf("/src/") + 1)}`;
  if (url.includes("openapi-fetch")) return "openapi-fetch";
  if (url.includes("undici")) return "node fetch (undici)";
  if (url.includes("internal/crypto")) return "node:crypto";
  if (url.includes("internal/abort_controller") || url.includes("internal/event_target")) return "AbortSignal/events";
  if (url.includes("/bench/")) return "benchmark loop";
  if (url.startsWith("node:") || url === "") return url === "" ? `native ${functionName}` : "node internals";
  if (url.includes("tsx")) return "tsx loader";
  return url;
}

function shortUrl(url: string): string {
  const at = Math.max(url.lastIndexOf("/src/"), url.lastIndexOf("/node_modules/"), url.lastIndexOf("/bench/"));
  return at === -1 ? url : url.slice(at + 1);
}

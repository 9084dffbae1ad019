/**
 * Section 4: start-up. The built `mms-invites` bin deletes one invitation in a fresh process, timed by the parent
 * from spawn to exit: process start, imports, reading the keys, the challenge, the signed delete, the report and
 * the exit, so it bounds "process start → first completed delete" from above. `node -e 0`, and a script that
 * sends one request with Node's fetch and nothing else, timed the same way, show how much of that is Node's own.
 *
 * `dist/` is built with `tsc -p tsconfig.build.json` when it is missing or older than the sources (full run); the
 * smoke run times the sources through tsx instead of building.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BenchConfig } from "./config.ts";
import { median, runChild } from "./measure.ts";
import { type Figure, figure } from "./report.ts";
import {
  BENCH_GROUP_ID,
  BENCH_PRIVATE_KEY,
  BENCH_PUBLIC_KEY,
  invitationId,
  startSandboxProcess,
} from "./sandbox-process.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BIN = join(ROOT, "dist", "src", "cli", "main.js");
/** One request with Node's fetch and nothing else: `node --input-type=module -e RAW_FETCH <url>`. */
const RAW_FETCH = "const r = await fetch(process.argv[1], { method: 'DELETE' }); await r.arrayBuffer();";

/** One timed process. */
export interface StartupSample {
  readonly what: "bin" | "tsx" | "node" | "rawFetch";
  readonly wallMs: number;
  readonly code: number | null;
}

/** The newest modification time of the files under `dir` (recursively), in ms. */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

function builtIsFresh(): boolean {
  if (!existsSync(BIN)) return false;
  const sources = Math.max(newest(join(ROOT, "src")), newest(join(ROOT, "generated")));
  return statSync(BIN).mtimeMs >= sources;
}

export async function measureStartup(
  config: BenchConfig,
): Promise<{ figures: Figure[]; details: { samples: StartupSample[]; built: string } }> {
  let built = builtIsFresh() ? "dist/ up to date" : "dist/ missing or older than the sources";
  if (!builtIsFresh() && config.startup.build) {
    const run = await runChild("npx", ["--no-install", "tsc", "-p", "tsconfig.build.json"], {
      cwd: ROOT,
      timeoutMs: config.childTimeoutMs,
    });
    if (run.code !== 0) throw new Error(`tsc -p tsconfig.build.json exited ${run.code}: ${run.stdout.slice(-1_000)}`);
    built = "dist/ built by this run (tsc -p tsconfig.build.json)";
  }
  const useBin = builtIsFresh();
  const what = useBin ? "bin" : "tsx";
  const command = useBin ? [BIN] : ["--import", "tsx", join(ROOT, "src", "cli", "main.ts")];
  const samples: StartupSample[] = [];
  const sandbox = await startSandboxProcess({ invitations: config.startup.repeats });
  try {
    const env = {
      ...process.env,
      MONGODB_ATLAS_PUBLIC_API_KEY: BENCH_PUBLIC_KEY,
      MONGODB_ATLAS_PRIVATE_API_KEY: BENCH_PRIVATE_KEY,
    };
    for (let repeat = 0; repeat < config.startup.repeats; repeat++) {
      const args = ["delete", "--target", "atlas", "--base-url", sandbox.url, "--project", BENCH_GROUP_ID];
      const run = await runChild(process.execPath, [...command, ...args, "--invitation", invitationId(repeat)], {
        env,
        cwd: ROOT,
        timeoutMs: config.childTimeoutMs,
      });
      if (run.code !== 0) throw new Error(`mms-invites delete exited ${run.code}: ${run.stderr.slice(-1_000)}`);
      samples.push({ what, wallMs: run.wallMs, code: run.code });
      const node = await runChild(process.execPath, ["-e", "0"], { timeoutMs: config.childTimeoutMs });
      samples.push({ what: "node", wallMs: node.wallMs, code: node.code });
      // The floor for any fetch-based program: Node, its fetch loaded and one round trip (a 401: no key sent).
      const url = `${sandbox.url}/api/atlas/v1.0/groups/${BENCH_GROUP_ID}/invites/${invitationId(repeat)}`;
      const raw = await runChild(process.execPath, ["--input-type=module", "-e", RAW_FETCH, url], {
        timeoutMs: config.childTimeoutMs,
      });
      if (raw.code !== 0) throw new Error(`raw fetch exited ${raw.code}: ${raw.stderr.slice(-1_000)}`);
      samples.push({ what: "rawFetch", wallMs: raw.wallMs, code: raw.code });
    }
  } finally {
    await sandbox.close();
  }
  const of = (kind: StartupSample["what"]) => median(samples.filter((s) => s.what === kind).map((s) => s.wallMs));
  const label = useBin ? "built bin" : "sources through tsx, dist/ not built";
  const figures = [
    figure({
      id: "startup.firstDelete",
      section: "startup",
      label: `process start → first completed delete: spawn → exit of mms-invites delete with one id (${label})`,
      value: of(what),
      unit: "ms",
      ...(useBin ? { target: { op: "<=" as const, value: 150 } } : {}),
      note: `median of ${config.startup.repeats}; challenge, signed delete, report and exit included; ${built}`,
    }),
    figure({
      id: "startup.nodeBoot",
      section: "startup",
      label: "of which Node's own start: spawn → exit of node -e 0",
      value: of("node"),
      unit: "ms",
      note: `median of ${config.startup.repeats}, alternating with the above`,
    }),
    figure({
      id: "startup.rawFetch",
      section: "startup",
      label: "the floor of any fetch-based program: spawn → exit of node -e with one raw fetch (one round trip)",
      value: of("rawFetch"),
      unit: "ms",
      note: `median of ${config.startup.repeats}: Node's start, loading its fetch (undici), the round trip and the exit`,
    }),
  ];
  return { figures, details: { samples, built } };
}

/**
 * Section 5: memory. One client deletes `deletes` invitations in a child process started with `--expose-gc`; after
 * every `sampleEvery` deletes it collects garbage and records `heapUsed`. The least-squares slope of those samples
 * (the first one, before any request, left out: it precedes JIT and connection set-up) is the heap the client keeps
 * per delete. "Flat" here means less than 1 MiB over the whole run: any object kept per request (a nonce entry, a
 * listener, a timer) costs tens of bytes at least, so 100,000 of them would show as several MiB.
 */
import { fileURLToPath } from "node:url";
import type { BenchConfig } from "./config.ts";
import { runChild, slope } from "./measure.ts";
import { type Figure, figure } from "./report.ts";
import { startSandboxProcess } from "./sandbox-process.ts";

const CHILD = fileURLToPath(new URL("./memory-child.ts", import.meta.url));
const FLAT_BYTES = 1024 * 1024;

export interface MemoryDetails {
  readonly samples: readonly { readonly deletes: number; readonly heapUsed: number }[];
  readonly failed: number;
  readonly bytesPerDelete: number;
  readonly wallMs: number;
}

export async function measureMemory(
  config: BenchConfig,
): Promise<{ figures: Figure[]; details: MemoryDetails | { error: string } }> {
  const { deletes, concurrency, sampleEvery } = config.memory;
  const sandbox = await startSandboxProcess({ invitations: deletes });
  let output: { samples: MemoryDetails["samples"]; failed: number };
  let wallMs: number;
  try {
    const run = await runChild(
      process.execPath,
      ["--expose-gc", "--import", "tsx", CHILD, sandbox.url, String(deletes), String(concurrency), String(sampleEvery)],
      { timeoutMs: config.childTimeoutMs },
    );
    wallMs = run.wallMs;
    try {
      output = JSON.parse(run.stdout.trim().split("\n").at(-1) ?? "") as typeof output;
    } catch {
      const error = `memory child exited ${run.code}${run.timedOut ? " (timed out)" : ""}: ${run.stderr.slice(-1_000)}`;
      return { figures: [memoryFigure(null, deletes, error)], details: { error } };
    }
  } finally {
    await sandbox.close();
  }
  const points = output.samples.slice(1).map((sample) => ({ x: sample.deletes, y: sample.heapUsed }));
  const bytesPerDelete = slope(points);
  const first = output.samples[1]?.heapUsed ?? Number.NaN;
  const last = output.samples.at(-1)?.heapUsed ?? Number.NaN;
  const figures = [
    memoryFigure(
      bytesPerDelete * deletes,
      deletes,
      `slope ${bytesPerDelete.toFixed(2)} bytes/delete over ${points.length} samples after GC; heap ${mib(first)} → ${mib(last)} MiB`,
    ),
    figure({
      id: "memory.bytesPerDelete",
      section: "memory",
      label: "heap kept per delete (least-squares slope after GC)",
      value: bytesPerDelete,
      unit: "bytes",
    }),
    figure({
      id: "memory.failedDeletes",
      section: "memory",
      label: "deletes that did not end in 204 in the memory run",
      value: output.failed,
      unit: "",
      target: { op: "<=", value: 0 },
    }),
  ];
  return { figures, details: { samples: output.samples, failed: output.failed, bytesPerDelete, wallMs } };
}

function memoryFigure(growthBytes: number | null, deletes: number, note: string): Figure {
  return figure({
    id: "memory.heapGrowth",
    section: "memory",
    label: `heap growth over ${deletes.toLocaleString("en-US")} deletes through one client (slope × deletes)`,
    value: growthBytes === null ? null : growthBytes / 1024 / 1024,
    unit: "MiB",
    target: { op: "<=", value: FLAT_BYTES / 1024 / 1024 },
    note,
  });
}

function mib(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(2);
}

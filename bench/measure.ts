/**
 * The measuring primitives every section shares: a bounded concurrent loop, a timed run that also reads the
 * process's CPU time, and the few statistics the report uses (median, least-squares slope).
 */
import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";

/**
 * Calls `task(0 … count-1)` with at most `concurrency` calls in flight, in index order; resolves when all have
 * settled. Failures are counted, not thrown, so one bad answer cannot hide the rest of a run's figures.
 */
export async function runPool(
  count: number,
  concurrency: number,
  task: (index: number) => Promise<boolean>,
): Promise<{ ok: number; failed: number; firstError?: unknown }> {
  let next = 0;
  let ok = 0;
  let failed = 0;
  let firstError: unknown;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const index = next++;
      try {
        if (await task(index)) ok++;
        else failed++;
      } catch (error) {
        failed++;
        firstError ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return firstError === undefined ? { ok, failed } : { ok, failed, firstError };
}

/** One timed run: wall time and this process's CPU time (user + system) over it. */
export interface TimedRun {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly ok: number;
  readonly failed: number;
}

/** Runs `count` tasks at `concurrency` and measures wall and CPU time around exactly that work. */
export async function timedRun(
  count: number,
  concurrency: number,
  task: (index: number) => Promise<boolean>,
): Promise<TimedRun & { firstError?: unknown }> {
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  const result = await runPool(count, concurrency, task);
  const wallMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuBefore);
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000, ...result };
}

/** The median of `values` (the mean of the middle two for an even count); `NaN` for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
}

/** The least-squares slope of `y` over `x` (units of y per unit of x); `NaN` for fewer than two points. */
export function slope(points: readonly { readonly x: number; readonly y: number }[]): number {
  const n = points.length;
  if (n < 2) return Number.NaN;
  const meanX = points.reduce((sum, p) => sum + p.x, 0) / n;
  const meanY = points.reduce((sum, p) => sum + p.y, 0) / n;
  let num = 0;
  let den = 0;
  for (const p of points) {
    num += (p.x - meanX) * (p.y - meanY);
    den += (p.x - meanX) ** 2;
  }
  return den === 0 ? Number.NaN : num / den;
}

/** Rounds to `digits` decimals, for figures in the report. */
export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** What a child process did. */
export interface ChildRun {
  readonly wallMs: number;
  readonly code: number | null;
  readonly timedOut: boolean;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs a command to completion and measures its wall time from spawn to exit. The child leads a process group of
 * its own, so that on `timeoutMs` the whole group it started (npm, npx, vitest workers) is stopped, and nothing else.
 */
export function runChild(
  command: string,
  args: readonly string[],
  options: { readonly env?: NodeJS.ProcessEnv; readonly timeoutMs: number; readonly cwd?: string },
): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd ?? process.cwd(),
      env: options.env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      // Keep the end, where the reason for a failure usually is.
      stderr = (stderr + chunk).slice(-20_000);
    });
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) process.kill(-child.pid, "SIGTERM");
    }, options.timeoutMs);
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once("close", (code) => {
      clearTimeout(timer);
      resolve({ wallMs: performance.now() - start, code, timedOut, stdout, stderr });
    });
  });
}

/**
 * A progress bar on stderr, shown only when stderr is a terminal, so that pipes and logs get clean output.
 */
import { createRequire } from "node:module";

/**
 * cli-progress (CommonJS, with its dependencies) is loaded only when a bar is shown: a run without a terminal
 * (scripts, pipes, the bench) does not pay for loading it before its first request.
 */
function loadCliProgress(): typeof import("cli-progress") {
  return createRequire(import.meta.url)("cli-progress") as typeof import("cli-progress");
}

/** Counts shown next to the bar. */
export interface ProgressCounts {
  deleted: number;
  notFound: number;
  failed: number;
}

/** A running progress display; every method is a no-op when there is no terminal. */
export interface Progress {
  /** Advances the bar by one settled id. */
  tick(counts: ProgressCounts): void;
  /** Shows that every worker waits out a rate limit. */
  paused(ms: number): void;
  /** Removes the bar. */
  stop(): void;
}

const NONE: Progress = { tick() {}, paused() {}, stop() {} };

/** Starts a bar for `total` ids on `stream` when it is a terminal, else returns a display that shows nothing. */
export function startProgress(total: number, stream: NodeJS.WritableStream & { readonly isTTY?: boolean }): Progress {
  if (!stream.isTTY || total === 0) return NONE;
  const cliProgress = loadCliProgress();
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format:
        "{bar} {value}/{total} | {deleted} deleted, {notFound} not found, {failed} failed{note} | ETA {eta_formatted}",
      barsize: 30,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { deleted: 0, notFound: 0, failed: 0, note: "" });
  let value = 0;
  return {
    tick(counts) {
      value += 1;
      bar.update(value, { ...counts, note: "" });
    },
    paused(ms) {
      bar.update(value, { note: ` | rate limited, waiting ${(ms / 1000).toFixed(1)} s` });
    },
    stop() {
      bar.stop();
    },
  };
}

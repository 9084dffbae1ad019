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

/** One scope's counts on the prune bar. */
export interface ScopeProgress {
  /** A short name, e.g. the last six digits of the id. */
  readonly label: string;
  readonly total: number;
  done: number;
}

/** A running prune display: one bar for every scope, with each scope's share done beside it. */
export interface ScopesProgress {
  /** Counts one settled invitation of scope `index`. */
  tick(index: number, outcome: "deleted" | "gone" | "failed"): void;
  /** Removes the bar. */
  stop(): void;
}

/** Starts the prune bar on `stream` when it is a terminal, else a display that shows nothing. */
export function startScopesProgress(
  scopes: readonly ScopeProgress[],
  stream: NodeJS.WritableStream & { readonly isTTY?: boolean },
): ScopesProgress {
  const total = scopes.reduce((sum, scope) => sum + scope.total, 0);
  if (!stream.isTTY || total === 0) return { tick() {}, stop() {} };
  const cliProgress = loadCliProgress();
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: "{bar} {value}/{total} | {deleted} deleted, {gone} already gone, {failed} failed | {scopes}",
      barsize: 24,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const counts = { deleted: 0, gone: 0, failed: 0 };
  const scopesText = () => scopes.map((scope) => `${scope.label} ${scope.done}/${scope.total}`).join(" ");
  bar.start(total, 0, { ...counts, scopes: scopesText() });
  let value = 0;
  return {
    tick(index, outcome) {
      value += 1;
      counts[outcome] += 1;
      const scope = scopes[index];
      if (scope !== undefined) scope.done += 1;
      bar.update(value, { ...counts, scopes: scopesText() });
    },
    stop() {
      bar.stop();
    },
  };
}

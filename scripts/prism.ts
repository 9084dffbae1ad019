/**
 * Starts and stops a Prism mock of an OpenAPI document, for the contract tests and `npm run mock`.
 *
 * Prism runs through its node entry, never `npx` (killing `npx` leaves Prism running), in its own process group so
 * that `close()` stops it and anything it forked. Prism cannot listen on port 0, so a free port is found first by
 * binding a throwaway server on port 0; if another process takes that port before Prism binds it, a new port is
 * tried.
 *
 * @see https://docs.stoplight.io/docs/prism/
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream, type WriteStream } from "node:fs";
import { createServer } from "node:net";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const PRISM_ENTRY = resolve(ROOT, "node_modules/@stoplight/prism-cli/dist/index.js");
/** Prism starts in about a second here; a slow CI machine gets ten. */
const READY_TIMEOUT_MS = 15_000;
const STOP_TIMEOUT_MS = 5_000;
const PORT_ATTEMPTS = 5;
/** How much of Prism's output an error message quotes. */
const OUTPUT_TAIL = 2_000;

/** Where and how to start Prism. */
export interface PrismOptions {
  /** The OpenAPI document to mock. */
  readonly spec: string;
  /** The interface to listen on; loopback by default. */
  readonly host?: string;
  /** A fixed port; by default a free one is picked. */
  readonly port?: number;
  /** `mock` (default) serves the spec's examples; `proxy` forwards to `upstream` and validates what comes back. */
  readonly mode?: "mock" | "proxy";
  /** The server `proxy` mode forwards to. */
  readonly upstream?: string;
  /** More command-line flags for Prism, e.g. `["--errors"]`. */
  readonly extraArgs?: readonly string[];
  /** A file that receives Prism's log (stdout and stderr), e.g. for tests that check which requests arrived. */
  readonly logFile?: string;
}

/**
 * An Authorization header that passes Prism's shape-only Digest check, for tests and `npm run mock` only. Prism
 * wants every space-separated chunk to hold a quoted value of `[a-z0-9]*`, so it refuses every real Digest header;
 * see contract-tests/support/prism-auth.ts.
 */
export const PRISM_AUTHORIZATION =
  'Digest username="contract", realm="prism", nonce="abc123", uri="mock", response="x0"';

/** A running Prism. */
export interface Prism {
  /** The base URL Prism answers on, without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  readonly port: number;
  /** The process id of Prism, which is also its process group id. */
  readonly pid: number;
  /** Resolves when Prism exits, whoever stopped it. */
  readonly exited: Promise<void>;
  /** Everything Prism has logged so far (the last megabyte). */
  output(): string;
  /** Stops Prism and everything it started, and resolves once it has exited. Safe to call twice. */
  close(): Promise<void>;
  /** Stops Prism without waiting, for `exit` handlers and signal handlers. */
  kill(): void;
}

/** Prism exited before it answered, or did not answer in time. */
export class PrismStartError extends Error {
  constructor(
    message: string,
    readonly output: string,
  ) {
    super(`${message}\n--- Prism output (last ${OUTPUT_TAIL} characters) ---\n${output.slice(-OUTPUT_TAIL)}`);
    this.name = "PrismStartError";
  }
}

/**
 * Starts Prism on `options.spec`, waits until it answers HTTP and returns its URL.
 *
 * @example
 * const prism = await startPrism({ spec: "spec/openapi.yaml" });
 * try { await fetch(`${prism.url}/api/atlas/v1.0/…`); } finally { await prism.close(); }
 */
export async function startPrism(options: PrismOptions): Promise<Prism> {
  const host = options.host ?? "127.0.0.1";
  let lastError: unknown;
  for (let attempt = 0; attempt < (options.port === undefined ? PORT_ATTEMPTS : 1); attempt++) {
    const port = options.port ?? (await freePort(host));
    try {
      return await launch(options, host, port);
    } catch (error) {
      lastError = error;
      if (!(error instanceof PrismStartError && /EADDRINUSE/.test(error.output))) throw error;
    }
  }
  throw lastError;
}

/** Asks the OS for a free port on `host` by binding port 0 and letting go of it. */
export function freePort(host = "127.0.0.1"): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolvePort(port) : reject(new Error("no port assigned"))));
    });
  });
}

async function launch(options: PrismOptions, host: string, port: number): Promise<Prism> {
  const mode = options.mode ?? "mock";
  const args = [PRISM_ENTRY, mode, resolve(options.spec), "-h", host, "-p", String(port)];
  if (mode === "proxy") {
    if (!options.upstream) throw new Error("startPrism: proxy mode needs an upstream URL");
    args.splice(3, 0, options.upstream);
  }
  args.push(...(options.extraArgs ?? []));

  const child = spawn(process.execPath, args, { detached: true, stdio: ["ignore", "pipe", "pipe"] });
  if (child.pid === undefined) {
    throw new PrismStartError(
      "Prism could not be started",
      await new Promise((r) => child.once("error", (e) => r(String(e)))),
    );
  }
  const pid = child.pid;
  const log: WriteStream | undefined = options.logFile ? createWriteStream(options.logFile, { flags: "a" }) : undefined;
  let output = "";
  const record = (chunk: Buffer): void => {
    output = (output + chunk.toString("utf8")).slice(-1_000_000);
    log?.write(chunk);
  };
  child.stdout?.on("data", record);
  child.stderr?.on("data", record);
  const exited = new Promise<void>((resolveExit) => child.once("exit", () => resolveExit()));
  let alive = true;
  void exited.then(() => {
    alive = false;
  });

  const kill = (): void => {
    if (!alive) return;
    try {
      process.kill(-pid, "SIGTERM");
    } catch {
      // The group is already gone.
    }
  };
  const onExit = (): void => kill();
  process.once("exit", onExit);

  const close = async (): Promise<void> => {
    process.removeListener("exit", onExit);
    kill();
    const timer = setTimeout(() => {
      try {
        process.kill(-pid, "SIGKILL");
      } catch {
        // Exited between the check and the kill.
      }
    }, STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
    await new Promise<void>((resolveEnd) => (log ? log.end(resolveEnd) : resolveEnd()));
  };

  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  try {
    await waitUntilAnswering(url, child, () => output);
  } catch (error) {
    await close();
    throw error;
  }
  return { url, port, pid, exited, output: () => output, close, kill };
}

async function waitUntilAnswering(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let died = false;
  child.once("exit", () => {
    died = true;
  });
  while (Date.now() < deadline) {
    if (died) throw new PrismStartError(`Prism exited (code ${child.exitCode}) before answering on ${url}`, output());
    // Another process may hold the port while Prism fails to bind it: only trust an answer once Prism says it
    // listens there.
    if (output().includes(`listening on ${url}`)) {
      try {
        // Any HTTP answer (Prism sends 404 for `/`) means it is serving.
        const response = await fetch(`${url}/`, { signal: AbortSignal.timeout(1_000) });
        await response.body?.cancel();
        return;
      } catch {
        // Not accepting connections yet.
      }
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new PrismStartError(`Prism did not answer on ${url} within ${READY_TIMEOUT_MS} ms`, output());
}

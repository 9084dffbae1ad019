/**
 * A raw TCP server on 127.0.0.1 that speaks just enough HTTP/1.1 to misbehave on purpose: reset a connection in
 * the middle of a response, accept a request and never answer, trickle the status line one byte at a time, or
 * declare a body longer than the one it sends.
 *
 * node:http cannot do most of that (it writes whole header blocks and finishes bodies), so this reads request heads
 * itself and hands the socket to a handler. It records every request and tracks every open socket, so a test can
 * assert that a failed call left no connection behind.
 *
 * A connection is busy from the moment a request arrives on it until `respond` (or `respondJson`) answers that
 * request in full. A busy connection left open once a call is over is a leak: the client gave up on the request, so
 * it must close the connection. An idle one is not: undici keeps answered connections for reuse, and opens a fresh
 * spare right after it destroys an aborted one; it closes both after its keep-alive timeout (about 4 s).
 *
 * @example
 * const server = await startFaultServer((request, socket) => resetAfter(socket, "HTTP/1.1 200 OK\r\n"));
 * try {
 *   await expect(fetch(`${server.url}/x`)).rejects.toThrow();
 *   expect(await server.settledSockets()).toBe(0);
 * } finally {
 *   await server.close();
 * }
 */

import { createServer, type Socket } from "node:net";
import { listenOnLoopback } from "./http-server.ts";

/** One request head as it arrived. */
export interface FaultRequest {
  readonly method: string;
  /** The request target: path and query. */
  readonly url: string;
  /** Header values by lower-cased name (the last one wins when a name repeats). */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  /** Index of the connection the request came on, from 0. */
  readonly connection: number;
}

/** Answers one request by writing to (or not writing to, or destroying) its socket. */
export type FaultHandler = (request: FaultRequest, socket: Socket, index: number) => unknown;

/** A running fault server; close it in `afterEach`. */
export interface FaultServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  readonly url: string;
  /** Every request received, in arrival order. */
  readonly requests: FaultRequest[];
  /** Connections accepted so far. */
  connections(): number;
  /** Connections open right now, from the server's side, spares included. */
  openSockets(): number;
  /** Connections open right now with a request that was not answered in full. */
  busySockets(): number;
  /**
   * Waits until no busy connection is open (the client closed or reset every one), or `withinMs` has passed, and
   * returns how many are still open. Polls, so it returns as soon as the count reaches 0.
   */
  settledSockets(withinMs?: number): Promise<number>;
  /** Destroys every connection and stops listening. */
  close(): Promise<void>;
}

const HEAD_END = "\r\n\r\n";
/** Sockets with a request that `respond` has not answered in full. */
const busy = new WeakSet<Socket>();
const MAX_HEAD = 64 * 1024;

/** Starts a fault server on 127.0.0.1, port 0. */
export async function startFaultServer(handler: FaultHandler): Promise<FaultServer> {
  const requests: FaultRequest[] = [];
  const sockets = new Set<Socket>();
  let accepted = 0;
  const busySockets = () => [...sockets].filter((socket) => busy.has(socket)).length;

  const server = createServer((socket) => {
    const connection = accepted++;
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    // A client that resets its side is one of the outcomes under test, not a failure of the server.
    socket.on("error", () => {});
    let buffer = Buffer.alloc(0);
    let handling = false;

    const next = (): void => {
      if (handling || socket.destroyed) return;
      const text = buffer.toString("latin1");
      const end = text.indexOf(HEAD_END);
      if (end === -1) {
        if (buffer.length > MAX_HEAD) socket.destroy();
        return;
      }
      const lines = text.slice(0, end).split("\r\n");
      const [method = "", url = ""] = (lines[0] ?? "").split(" ");
      const headers: Record<string, string> = {};
      for (const line of lines.slice(1)) {
        const colon = line.indexOf(":");
        if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      const length = Number.parseInt(headers["content-length"] ?? "0", 10) || 0;
      const start = end + HEAD_END.length;
      if (buffer.length < start + length) return;
      const body = buffer.subarray(start, start + length).toString("utf8");
      buffer = buffer.subarray(start + length);
      const request: FaultRequest = { method, url, headers, body, connection };
      const index = requests.push(request) - 1;
      busy.add(socket);
      handling = true;
      // A handler that never answers keeps the connection busy for good, as a hung server does.
      Promise.resolve(handler(request, socket, index)).then(
        () => {
          if (socket.writableEnded || socket.destroyed) return;
          handling = false;
          next();
        },
        () => socket.destroy(),
      );
    };

    socket.on("data", (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      next();
    });
  });

  const url = await listenOnLoopback(server);

  return {
    url,
    requests,
    connections: () => accepted,
    openSockets: () => sockets.size,
    busySockets,
    settledSockets: async (withinMs = 2000) => {
      const deadline = Date.now() + withinMs;
      while (busySockets() > 0 && Date.now() < deadline) await delay(10);
      return busySockets();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Writes a complete response with `Content-Length` and keeps the connection open for the next request. */
export function respond(
  socket: Socket,
  status: number,
  headers: Readonly<Record<string, string>> = {},
  body = "",
): void {
  const payload = Buffer.from(body, "utf8");
  const lines = [`HTTP/1.1 ${status} ${REASONS[status] ?? "Status"}`];
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  if (status !== 204 && status !== 304) lines.push(`Content-Length: ${payload.length}`);
  socket.write(`${lines.join("\r\n")}${HEAD_END}`);
  if (payload.length > 0 && status !== 204 && status !== 304) socket.write(payload);
  busy.delete(socket);
}

/** Writes a JSON response. */
export function respondJson(
  socket: Socket,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  respond(socket, status, { "Content-Type": "application/json", ...headers }, JSON.stringify(body));
}

/**
 * Writes the start of a response whose `Content-Length` promises more than `body`, then resets the connection
 * (TCP RST): what a client sees when a proxy or server dies mid-response.
 */
export function resetMidResponse(
  socket: Socket,
  status: number,
  headers: Readonly<Record<string, string>>,
  body: string,
  promisedLength: number = Buffer.byteLength(body) + 100,
): void {
  const lines = [`HTTP/1.1 ${status} ${REASONS[status] ?? "Status"}`, `Content-Length: ${promisedLength}`];
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  socket.write(`${lines.join("\r\n")}${HEAD_END}${body}`, () => resetAfter(socket, ""));
}

/** Writes `text` (possibly nothing), then resets the connection once it is flushed. */
export function resetAfter(socket: Socket, text: string): void {
  const reset = () => {
    if (!socket.destroyed) socket.resetAndDestroy();
  };
  if (text === "") reset();
  else socket.write(text, reset);
}

/**
 * Writes `text` one byte every `intervalMs`, as a slow or stalled upstream does; stops early if the client goes
 * away. Resolves when the last byte is written or the socket is gone.
 */
export async function trickle(socket: Socket, text: string, intervalMs: number): Promise<void> {
  for (const byte of Buffer.from(text, "latin1")) {
    if (socket.destroyed) return;
    socket.write(Buffer.from([byte]));
    await delay(intervalMs);
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

const REASONS: Record<number, string> = {
  200: "OK",
  204: "No Content",
  301: "Moved Permanently",
  302: "Found",
  303: "See Other",
  307: "Temporary Redirect",
  308: "Permanent Redirect",
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

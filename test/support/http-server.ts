/**
 * A real node:http server on 127.0.0.1 and a free port, for tests that need to see what reached the wire.
 * Every request is recorded (method, url, headers) before the handler runs.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Server, Socket } from "node:net";

/** One request as a test server saw it, recorded before its handler runs. */
export interface RecordedRequest {
  readonly method: string;
  /** The request target as sent: path and query. */
  readonly url: string;
  /** The request headers, lower-cased names. */
  readonly headers: IncomingMessage["headers"];
}

export interface TestServer {
  readonly url: string;
  readonly requests: RecordedRequest[];
  close(): Promise<void>;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, index: number) => unknown;

/** Starts a server that answers with `handler`; `close()` also destroys open sockets, so hung responses end. */
export async function startServer(handler: Handler): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const index = requests.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers }) - 1;
    Promise.resolve(handler(req, res, index)).catch((error: unknown) => {
      res.statusCode = 599;
      res.end(String(error));
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  const url = await listenOnLoopback(server);
  return {
    url,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Answers with a JSON body. */
export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** Binds `server` to 127.0.0.1 on a free port and returns its `http://127.0.0.1:<port>` URL. */
export async function listenOnLoopback(server: Server): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

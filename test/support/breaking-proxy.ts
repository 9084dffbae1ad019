/**
 * A proxy on 127.0.0.1 in front of a real server (the sandbox) that breaks one thing of the contract on purpose:
 * everything else reaches the real server and comes back as it answered, Digest included, so a conformance run
 * against it fails for that one reason.
 */
import { request as httpRequest, type IncomingHttpHeaders, STATUS_CODES } from "node:http";
import { startServer, type TestServer } from "./http-server.ts";

/** A request as the proxy received it. */
export interface ProxiedRequest {
  readonly method: string;
  /** Path and query. */
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

/** An answer as the proxy will send it. */
export interface ProxiedAnswer {
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
  /**
   * Written to the socket as it is, past Node's HTTP layer, which would drop a body a status cannot carry (a
   * `204` with a body is a violation a test needs to send).
   */
  raw?: boolean;
}

/**
 * How a proxy breaks the contract: `before` may answer in the upstream's place (or hold the request until it
 * resolves); `after` may change the upstream's answer.
 */
export interface Breakage {
  before?(request: ProxiedRequest): ProxiedAnswer | undefined | Promise<ProxiedAnswer | undefined>;
  after?(request: ProxiedRequest, answer: ProxiedAnswer): ProxiedAnswer;
}

/** Starts a proxy to `upstream` (a base URL on 127.0.0.1) that applies `breakage`. */
export async function startBreakingProxy(upstream: string, breakage: Breakage): Promise<TestServer> {
  const target = new URL(upstream);
  return startServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const request: ProxiedRequest = {
      method: req.method ?? "GET",
      url: req.url ?? "/",
      headers: req.headers,
      body: Buffer.concat(chunks),
    };
    const early = await breakage.before?.(request);
    let answer = early ?? (await forward(target, request));
    if (early === undefined && breakage.after !== undefined) answer = breakage.after(request, answer);
    const headers = { ...answer.headers };
    delete headers["transfer-encoding"];
    delete headers.connection;
    delete headers["keep-alive"];
    if (answer.body.length > 0 || "content-length" in headers) headers["content-length"] = String(answer.body.length);
    if (answer.raw) {
      const lines = Object.entries(headers).flatMap(([name, value]) =>
        (Array.isArray(value) ? value : [value]).map((one) => `${name}: ${one}`),
      );
      const head = [`HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status] ?? ""}`, ...lines, "connection: close"];
      req.socket.end(Buffer.concat([Buffer.from(`${head.join("\r\n")}\r\n\r\n`), answer.body]));
      return;
    }
    res.writeHead(answer.status, headers);
    res.end(answer.body);
  });
}

function forward(target: URL, request: ProxiedRequest): Promise<ProxiedAnswer> {
  return new Promise((resolve, reject) => {
    const upstream = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        method: request.method,
        path: request.url,
        headers: { ...request.headers, host: target.host },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const headers: Record<string, string | string[]> = {};
          for (const [name, value] of Object.entries(response.headers)) if (value !== undefined) headers[name] = value;
          resolve({ status: response.statusCode ?? 502, headers, body: Buffer.concat(chunks) });
        });
        response.on("error", reject);
      },
    );
    upstream.on("error", reject);
    upstream.end(request.body);
  });
}

/** The JSON of an answer's body, changed by `change`, with its Content-Length following. */
export function rewriteJson(answer: ProxiedAnswer, change: (body: unknown) => unknown): ProxiedAnswer {
  if (answer.body.length === 0) return answer;
  return { ...answer, body: Buffer.from(JSON.stringify(change(JSON.parse(answer.body.toString("utf8"))))) };
}

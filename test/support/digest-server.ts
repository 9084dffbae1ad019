/**
 * A real RFC 7616 Digest server on 127.0.0.1 for tests, benchmarks and reliability checks.
 *
 * It is written with `node:crypto` directly and shares no code with `src/digest.ts`, so a bug in the client's digest
 * module cannot hide behind the same bug here. It checks the hash, the realm, the `uri` against the request line, the
 * algorithm and `qop` it offered, refuses a replayed `nc`, expires nonces, and records every request it receives.
 *
 * @example
 * const server = await startDigestServer({ algorithms: ["SHA-256"] });
 * try {
 *   await fetch(`${server.url}/api/atlas/v1.0/groups/…`, { method: "DELETE" });
 *   expect(server.requests).toHaveLength(1);
 * } finally {
 *   await server.close();
 * }
 */
import { createHash, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { listenOnLoopback, type RecordedRequest } from "./http-server.ts";
import { TEST_PRIVATE_KEY, TEST_PUBLIC_KEY } from "./samples.ts";

/** Hash functions by Digest algorithm name; any other name can be offered but never verifies. */
const HASHES: Record<string, string> = {
  MD5: "md5",
  "MD5-SESS": "md5",
  "SHA-256": "sha256",
  "SHA-256-SESS": "sha256",
  "SHA-512-256": "sha512-256",
  "SHA-512-256-SESS": "sha512-256",
};

/** What the server concluded about one request. */
export type DigestVerdict =
  /** The credentials were correct and fresh; the request was handed to `respond`. */
  | "authorized"
  /** No `Authorization` header, or not a Digest one. */
  | "no-credentials"
  /** A Digest header with a missing or malformed field, a wrong realm, algorithm or qop, or a `uri` that is not the request's. */
  | "malformed"
  /** A nonce this server never issued or has forgotten. */
  | "unknown-nonce"
  /** A well-formed header whose `response` hash is wrong (wrong password, method, uri, nonce…). */
  | "bad-response"
  /** The hash was right but the nonce is used up or too old: answered `stale=true`. */
  | "stale"
  /** The `nc` was already used with this nonce (or, with `ncCheck: "increasing"`, was not above the last one). */
  | "replayed-nc"
  /** The scheme on offer is not Digest (`scheme: "basic"` or `"none"`): nothing authorizes. */
  | "unsupported";

/** One request as the Digest server saw it: what every test server records, plus its verdict. */
export interface DigestRequest extends RecordedRequest {
  /** The `Authorization` header, when one was sent. */
  readonly authorization?: string;
  /** The request body as UTF-8 text (empty when there was none). */
  readonly body: string;
  /** The status the server answered (0 while an authorized request's `respond` has not finished). */
  readonly status: number;
  readonly verdict: DigestVerdict;
}

/** Options of {@link startDigestServer}; every one has a default that behaves like the vendor's server. */
export interface DigestServerOptions {
  /** The realm, default `"MMS Public API"`. */
  readonly realm?: string;
  /** Accepted usernames and their passwords; default {@link TEST_PUBLIC_KEY} → {@link TEST_PRIVATE_KEY}. */
  readonly users?: Readonly<Record<string, string>>;
  /**
   * The algorithms offered, one challenge per algorithm in this order, all with the same nonce. Default `["MD5"]`.
   * MD5, MD5-sess, SHA-256, SHA-256-sess, SHA-512-256 and SHA-512-256-sess verify; any other name is offered as
   * written and never verifies (an "unknown algorithm" server).
   */
  readonly algorithms?: readonly string[];
  /**
   * The `qop` offered: `"auth"` (default), `"auth-int"`, `"auth,auth-int"`, or `"none"` for an RFC 2069 server that
   * sends no `qop` and accepts only responses without one.
   */
  readonly qop?: "auth" | "auth-int" | "auth,auth-int" | "none";
  /** Write `op="auth"` instead of `qop="auth"`, as the vendor's documentation does. The check still requires `qop`. */
  readonly qopTypo?: boolean;
  /** What the `WWW-Authenticate` header offers: `"digest"` (default), `"basic"` (Basic only), `"none"` (no header). */
  readonly scheme?: "digest" | "basic" | "none";
  /** Send `opaque` and require it back. Default `true`. */
  readonly opaque?: boolean;
  /** Send `domain=""` as the vendor does. Default `true`. */
  readonly domain?: boolean;
  /** Offer `userhash=true` and accept a hashed username (the plain one is accepted too). Default `false`. */
  readonly userhash?: boolean;
  /** Raw parameters written into the challenge before `nonce` (to test clients' parsers), e.g. `cnonce="decoy"`. */
  readonly challengePrefix?: string;
  /**
   * How `nc` is checked per nonce: `"replay"` (default) refuses an `nc` already used, in any order (concurrent
   * requests on separate sockets arrive out of order); `"increasing"` refuses one not above the highest seen;
   * `"off"` does not check.
   */
  readonly ncCheck?: "replay" | "increasing" | "off";
  /** A nonce answers `stale=true` once it has authorized this many requests. Default: unlimited. */
  readonly nonceMaxUses?: number;
  /** A nonce answers `stale=true` once it is older than this. Default: unlimited. */
  readonly nonceTtlMs?: number;
  /** Answer `stale=true` to every correct response, for ever (a broken server). Default `false`. */
  readonly staleForever?: boolean;
  /**
   * Answers an authorized request; default: `204 No Content` for any method.
   * It must end the response.
   */
  readonly respond?: (request: IncomingMessage, response: ServerResponse, body: string) => void;
}

/** A running server; close it in `afterAll`/`afterEach`. */
export interface DigestServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  readonly url: string;
  /** Every request received, in arrival order. */
  readonly requests: DigestRequest[];
  /** The `Authorization` headers received, in arrival order. */
  authorizations(): string[];
  /** How many requests got each verdict. */
  verdicts(): Partial<Record<DigestVerdict, number>>;
  /** Forgets every issued nonce, as a restarted server would. */
  forgetNonces(): void;
  /** Clears `requests` (nonces are kept). */
  reset(): void;
  close(): Promise<void>;
}

interface NonceRecord {
  readonly issuedAt: number;
  uses: number;
  highestNc: number;
  readonly seenNc: Set<number>;
}

const MAX_RECORDED_BODY = 64 * 1024;

function hex(algorithm: string, data: string): string {
  return createHash(algorithm).update(data, "utf8").digest("hex");
}

/** An independent, deliberately plain reader of `Authorization: Digest k=v, k="v"` headers. */
function readDigestParams(header: string): Map<string, string> | undefined {
  const match = /^\s*digest\s+/i.exec(header);
  if (match === null) return undefined;
  const params = new Map<string, string>();
  const pattern = /([A-Za-z0-9_*-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*(?:,|$)/gy;
  pattern.lastIndex = match[0].length;
  while (pattern.lastIndex < header.length) {
    const part = pattern.exec(header);
    if (part === null) return undefined;
    const key = (part[1] ?? "").toLowerCase();
    const value = part[2] === undefined ? (part[3] ?? "") : part[2].replace(/\\(.)/g, "$1");
    if (params.has(key)) return undefined;
    params.set(key, value);
    while (header[pattern.lastIndex] === " ") pattern.lastIndex++;
  }
  return params;
}

/**
 * Starts a Digest server on 127.0.0.1, port 0.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7616
 */
export async function startDigestServer(options: DigestServerOptions = {}): Promise<DigestServer> {
  const realm = options.realm ?? "MMS Public API";
  const quotedRealm = realm.replace(/["\\]/g, "\\$&");
  const users = options.users ?? { [TEST_PUBLIC_KEY]: TEST_PRIVATE_KEY };
  const algorithms = options.algorithms ?? ["MD5"];
  const qop = options.qop ?? "auth";
  const scheme = options.scheme ?? "digest";
  const opaque = options.opaque === false ? undefined : randomBytes(12).toString("hex");
  const ncCheck = options.ncCheck ?? "replay";
  const respond =
    options.respond ??
    ((_request: IncomingMessage, response: ServerResponse) => {
      response.writeHead(204).end();
    });

  let nonces = new Map<string, NonceRecord>();
  const requests: DigestRequest[] = [];

  function challenge(stale: boolean): string | undefined {
    if (scheme === "none") return undefined;
    if (scheme === "basic") return `Basic realm="${quotedRealm}", charset="UTF-8"`;
    const nonce = randomBytes(24).toString("base64");
    nonces.set(nonce, { issuedAt: Date.now(), uses: 0, highestNc: 0, seenNc: new Set() });
    return algorithms
      .map((algorithm) => {
        const parts = [`realm="${quotedRealm}"`];
        if (options.domain !== false) parts.push('domain=""');
        if (options.challengePrefix !== undefined) parts.push(options.challengePrefix);
        parts.push(`nonce="${nonce}"`);
        if (opaque !== undefined) parts.push(`opaque="${opaque}"`);
        parts.push(`algorithm=${algorithm}`);
        if (qop !== "none") parts.push(`${options.qopTypo === true ? "op" : "qop"}="${qop}"`);
        if (options.userhash === true) parts.push("userhash=true");
        parts.push(`stale=${stale}`);
        return `Digest ${parts.join(", ")}`;
      })
      .join(", ");
  }

  function verify(request: IncomingMessage, body: string): DigestVerdict {
    if (scheme !== "digest") return "unsupported";
    const header = request.headers.authorization;
    if (header === undefined) return "no-credentials";
    const params = readDigestParams(header);
    if (params === undefined) return /^\s*digest\b/i.test(header) ? "malformed" : "no-credentials";
    const nonce = params.get("nonce");
    const uri = params.get("uri");
    const response = params.get("response");
    const sentAlgorithm = params.get("algorithm") ?? "MD5";
    const algorithm = algorithms.find((offered) => offered.toUpperCase() === sentAlgorithm.toUpperCase());
    const hashName = algorithm === undefined ? undefined : HASHES[algorithm.toUpperCase()];
    if (nonce === undefined || uri === undefined || response === undefined || hashName === undefined) {
      return "malformed";
    }
    if (params.get("realm") !== realm || uri !== request.url) return "malformed";
    if (opaque !== undefined && params.get("opaque") !== opaque) return "malformed";

    let username = params.get("username");
    if (username === undefined) return "malformed";
    if (options.userhash === true && params.get("userhash") === "true") {
      username = Object.keys(users).find((user) => hex(hashName, `${user}:${realm}`) === username);
    }
    const password = username === undefined ? undefined : users[username];

    const sentQop = params.get("qop");
    const nc = params.get("nc");
    const cnonce = params.get("cnonce");
    if (qop === "none" ? sentQop !== undefined : sentQop === undefined || !qop.split(",").includes(sentQop)) {
      return "malformed";
    }
    if (sentQop !== undefined && (nc === undefined || !/^[0-9a-f]{8}$/i.test(nc) || cnonce === undefined)) {
      return "malformed";
    }

    const record = nonces.get(nonce);
    if (record === undefined) return "unknown-nonce";
    if (password === undefined) return "bad-response";

    let ha1 = hex(hashName, `${username}:${realm}:${password}`);
    if (sentAlgorithm.toUpperCase().endsWith("-SESS")) ha1 = hex(hashName, `${ha1}:${nonce}:${cnonce ?? ""}`);
    const a2 = sentQop === "auth-int" ? `${request.method}:${uri}:${hex(hashName, body)}` : `${request.method}:${uri}`;
    const ha2 = hex(hashName, a2);
    const expected =
      sentQop === undefined
        ? hex(hashName, `${ha1}:${nonce}:${ha2}`)
        : hex(hashName, `${ha1}:${nonce}:${nc}:${cnonce}:${sentQop}:${ha2}`);
    if (expected !== response.toLowerCase()) return "bad-response";

    const expired =
      options.staleForever === true ||
      (options.nonceMaxUses !== undefined && record.uses >= options.nonceMaxUses) ||
      (options.nonceTtlMs !== undefined && Date.now() - record.issuedAt > options.nonceTtlMs);
    if (expired) {
      nonces.delete(nonce);
      return "stale";
    }

    if (sentQop !== undefined && ncCheck !== "off") {
      const count = Number.parseInt(nc ?? "", 16);
      if (record.seenNc.has(count) || (ncCheck === "increasing" && count <= record.highestNc)) return "replayed-nc";
      record.seenNc.add(count);
      record.highestNc = Math.max(record.highestNc, count);
    }
    record.uses++;
    return "authorized";
  }

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_RECORDED_BODY) chunks.push(chunk);
    });
    request.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const verdict = verify(request, body);
      const recorded: { -readonly [K in keyof DigestRequest]: DigestRequest[K] } = {
        method: request.method ?? "",
        url: request.url ?? "",
        headers: { ...request.headers },
        body,
        verdict,
        status: 401,
      };
      if (request.headers.authorization !== undefined) recorded.authorization = request.headers.authorization;
      requests.push(recorded);
      if (verdict === "authorized") {
        recorded.status = 0;
        response.on("finish", () => {
          recorded.status = response.statusCode;
        });
        respond(request, response, body);
        return;
      }
      const header = challenge(verdict === "stale");
      const headers: Record<string, string> = { "content-type": "application/json;charset=ISO-8859-1" };
      if (header !== undefined) headers["www-authenticate"] = header;
      response.writeHead(401, headers).end(
        JSON.stringify({
          detail: "You are not authorized for this resource.",
          error: 401,
          errorCode: "NOT_ATLAS_ADMIN",
          parameters: [],
          reason: "Unauthorized",
        }),
      );
    });
  });

  const url = await listenOnLoopback(server);

  return {
    url,
    requests,
    authorizations: () =>
      requests.flatMap((request) => (request.authorization === undefined ? [] : [request.authorization])),
    verdicts: () => {
      const counts: Partial<Record<DigestVerdict, number>> = {};
      for (const request of requests) counts[request.verdict] = (counts[request.verdict] ?? 0) + 1;
      return counts;
    },
    forgetNonces: () => {
      nonces = new Map();
    },
    reset: () => {
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

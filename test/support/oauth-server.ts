/**
 * A plain node:http server with an OAuth 2.0 client-credentials token endpoint, a revocation endpoint and one
 * Bearer-protected API path, for tests of the service-account client. It checks what arrives (Basic client
 * credentials, the form body) and issues random tokens it then accepts, as a real server does; `fault` lets a test
 * answer a token request itself to drive one failure.
 */
import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { startServer } from "./http-server.ts";

export const SA_CLIENT_ID = "mdb_sa_id_5f3a1c2b9d4e8f7a6b5c4d3e";
/** A client secret that appears nowhere else in the repository, so finding it anywhere is a leak. */
export const SA_CLIENT_SECRET = "mdb_sa_sk_Qx7vLw2ZpR9sKd4FhT1nYc8BgJ3mUe6A";

export interface OAuthServerOptions {
  readonly clientId?: string;
  readonly clientSecret?: string;
  /** `expires_in` of issued tokens, in seconds. Default 3600. */
  readonly expiresIn?: number;
  /** Active (issued, not revoked, not expired by `expire()`) tokens allowed at once, then 403 access_denied. */
  readonly maxActive?: number;
  /** A token is refused (401) after this many API requests with it: it has expired, as far as the server knows. */
  readonly usesPerToken?: number;
  /** The API refuses every token (401), as for a service account without access. */
  readonly refuseAllTokens?: boolean;
  /** Answers token request number `index` (0-based) itself when it returns true. */
  readonly fault?: (index: number, req: IncomingMessage, res: ServerResponse) => boolean;
  /** Answers an authenticated API request; default `204`. */
  readonly api?: (req: IncomingMessage, res: ServerResponse) => void;
}

/** One request to the token or revocation endpoint, with its body. */
export interface FormRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: IncomingMessage["headers"];
  readonly form: URLSearchParams;
}

export interface OAuthServer {
  readonly url: string;
  readonly tokenRequests: FormRequest[];
  readonly revocations: FormRequest[];
  /** The Authorization header of every API request, in order of arrival. */
  readonly apiAuthorizations: string[];
  /** API answers by status. */
  readonly apiStatuses: Record<number, number>;
  /** Every token issued, in order. */
  readonly issued: string[];
  /** Tokens revoked through the revocation endpoint. */
  readonly revoked: Set<string>;
  /** Makes every token issued so far expire now, as the server's clock would. */
  expire(): void;
  close(): Promise<void>;
}

const API_PATH = /^\/api\/atlas\/v1\.0\/groups\/[a-f0-9]{24}\/invites\/[a-f0-9]{24}$/;

/** Starts the server on 127.0.0.1 and a free port. */
export async function startOAuthServer(options: OAuthServerOptions = {}): Promise<OAuthServer> {
  const clientId = options.clientId ?? SA_CLIENT_ID;
  const clientSecret = options.clientSecret ?? SA_CLIENT_SECRET;
  const expected = `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString("base64")}`;
  const tokenRequests: FormRequest[] = [];
  const revocations: FormRequest[] = [];
  const apiAuthorizations: string[] = [];
  const apiStatuses: Record<number, number> = {};
  const issued: string[] = [];
  const revoked = new Set<string>();
  const expired = new Set<string>();
  const uses = new Map<string, number>();
  const active = () => issued.filter((token) => !revoked.has(token) && !expired.has(token)).length;

  const oauthError = (res: ServerResponse, status: number, error: string, description: string) => {
    const headers: Record<string, string> = { "Content-Type": "application/json", "Cache-Control": "no-store" };
    if (status === 401) headers["WWW-Authenticate"] = 'Basic realm="oauth"';
    res.writeHead(status, headers).end(JSON.stringify({ error, error_description: description }));
  };

  const answerApi = (req: IncomingMessage, res: ServerResponse) => {
    const authorization = req.headers.authorization ?? "";
    apiAuthorizations.push(authorization);
    const token = /^Bearer (\S+)$/.exec(authorization)?.[1];
    const count = token === undefined ? 0 : (uses.get(token) ?? 0) + 1;
    if (token !== undefined) uses.set(token, count);
    if (options.usesPerToken !== undefined && token !== undefined && count > options.usesPerToken) {
      expired.add(token);
    }
    const valid =
      token !== undefined &&
      issued.includes(token) &&
      !revoked.has(token) &&
      !expired.has(token) &&
      options.refuseAllTokens !== true;
    if (!valid) {
      apiStatuses[401] = (apiStatuses[401] ?? 0) + 1;
      res
        .writeHead(401, {
          "Content-Type": "application/json",
          "WWW-Authenticate": 'Digest realm="MMS Public API", domain="", nonce="n0nce", algorithm=MD5, qop="auth"',
        })
        .end(JSON.stringify({ error: 401, errorCode: "NOT_AUTHORIZED", detail: "You are not authorized." }));
      return;
    }
    if (options.api !== undefined) {
      options.api(req, res);
      res.on("finish", () => {
        apiStatuses[res.statusCode] = (apiStatuses[res.statusCode] ?? 0) + 1;
      });
      return;
    }
    apiStatuses[204] = (apiStatuses[204] ?? 0) + 1;
    res.writeHead(204).end();
  };

  const answerToken = (req: IncomingMessage, res: ServerResponse, form: URLSearchParams) => {
    const index = tokenRequests.push({ url: req.url ?? "", method: req.method ?? "", headers: req.headers, form }) - 1;
    if (options.fault?.(index, req, res) === true) return;
    if (req.headers.authorization !== expected) {
      oauthError(res, 401, "invalid_client", "Invalid client credentials.");
      return;
    }
    if (form.get("grant_type") !== "client_credentials") {
      oauthError(res, 400, "unsupported_grant_type", "Only client_credentials is supported.");
      return;
    }
    if (options.maxActive !== undefined && active() >= options.maxActive) {
      oauthError(res, 403, "access_denied", "Access Token limit reached. Please use the existing Access Tokens.");
      return;
    }
    const token = randomBytes(24).toString("base64url");
    issued.push(token);
    res
      .writeHead(200, { "Content-Type": "application/json", "Cache-Control": "no-store" })
      .end(JSON.stringify({ access_token: token, token_type: "Bearer", expires_in: options.expiresIn ?? 3600 }));
  };

  const answerRevoke = (req: IncomingMessage, res: ServerResponse, form: URLSearchParams) => {
    revocations.push({ url: req.url ?? "", method: req.method ?? "", headers: req.headers, form });
    if (req.headers.authorization !== expected) {
      oauthError(res, 401, "invalid_client", "Invalid client credentials.");
      return;
    }
    const token = form.get("token");
    if (token !== null && issued.includes(token)) revoked.add(token);
    res.writeHead(200).end();
  };

  const server = await startServer(
    (req, res) =>
      new Promise<void>((resolve) => {
        const chunks: Buffer[] = [];
        req.on("data", (chunk: Buffer) => chunks.push(chunk));
        req.on("end", () => {
          const form = new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
          if (req.method === "POST" && req.url === "/api/oauth/token") answerToken(req, res, form);
          else if (req.method === "POST" && req.url === "/api/oauth/revoke") answerRevoke(req, res, form);
          else if (req.method === "DELETE" && API_PATH.test(req.url ?? "")) answerApi(req, res);
          else res.writeHead(404, { "Content-Type": "application/json" }).end('{"error":404,"errorCode":"NOT_FOUND"}');
          resolve();
        });
      }),
  );
  return {
    url: server.url,
    tokenRequests,
    revocations,
    apiAuthorizations,
    apiStatuses,
    issued,
    revoked,
    expire() {
      for (const token of issued) expired.add(token);
    },
    close: () => server.close(),
  };
}

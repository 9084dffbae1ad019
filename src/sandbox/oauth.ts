/**
 * The sandbox's OAuth 2.0 side, as Atlas has it for service accounts: `POST /api/oauth/token` (client credentials,
 * RFC 6749 §4.4), `POST /api/oauth/revoke` (RFC 7009), and the check of a Bearer token on an API request: accepted on
 * Atlas paths, refused on Ops Manager paths, which take API keys only.
 *
 * @see https://www.mongodb.com/docs/atlas/api/service-accounts/generate-oauth2-token
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { type TargetId, targets } from "../targets.ts";
import type { Answer } from "./responses.ts";
import type { SandboxServiceAccount } from "./seed.ts";
import { defaultUsername, type SandboxStore } from "./store.ts";

/** Why a Bearer token was refused (sent as `X-Sandbox-Auth-Failure`). */
export type BearerFailure = "unknown-token" | "expired-token" | "bearer-on-ops-manager";

/** The outcome of a Bearer check: the principal the token acts as, or why it was refused. */
export type BearerVerdict = { ok: true; username: string } | { ok: false; failure: BearerFailure };

/** What the token endpoints have done. */
export interface TokenStats {
  /** Token requests answered, whatever the answer. */
  readonly requests: number;
  /** Tokens issued. */
  readonly issued: number;
  /** Tokens revoked through `/api/oauth/revoke`. */
  readonly revoked: number;
  /** Tokens neither expired nor revoked, all service accounts together. */
  readonly active: number;
}

/** How to set up {@link SandboxOAuth}. */
export interface SandboxOAuthOptions {
  readonly serviceAccounts: readonly SandboxServiceAccount[];
  /** Where the service accounts' roles are kept, beside the keys'. */
  readonly store: SandboxStore;
  /** A token's lifetime, in ms (Atlas: one hour). */
  readonly tokenTtlMs: number;
  readonly clock: () => number;
  /** Active tokens allowed per service account (Atlas: 100). */
  readonly maxActiveTokens?: number;
}

export const TOKEN_PATH = "/api/oauth/token";
export const REVOKE_PATH = "/api/oauth/revoke";
const MAX_BODY_BYTES = 4096;
/** The vendor's `error_description`, as its page quotes it (its missing space included). */
export const TOKEN_LIMIT_DESCRIPTION =
  "Access Token limit reached. Please use the existing Access Tokensor create a new Service Account.";

interface StoredToken {
  readonly clientId: string;
  readonly expiresAt: number;
}

/** The token and revocation endpoints, and the Bearer check; all state in memory. */
export class SandboxOAuth {
  readonly #accounts = new Map<string, SandboxServiceAccount>();
  /** sha256(token) → the token's owner and expiry: lookups by hash, so no comparison depends on the token. */
  readonly #tokens = new Map<string, StoredToken>();
  /** clientId → the hashes of its tokens, to count them against the limit. */
  readonly #byAccount = new Map<string, Set<string>>();
  readonly #ttlMs: number;
  readonly #clock: () => number;
  readonly #maxActive: number;
  #requests = 0;
  #issued = 0;
  #revoked = 0;

  constructor(options: SandboxOAuthOptions) {
    for (const account of options.serviceAccounts) {
      this.#accounts.set(account.clientId, account);
      const { username = defaultUsername(account.clientId), projectOwner, orgOwner } = account;
      options.store.grantRoles(principalOf(account.clientId), username, {
        ...(projectOwner === undefined ? {} : { projectOwner }),
        ...(orgOwner === undefined ? {} : { orgOwner }),
      });
    }
    this.#ttlMs = options.tokenTtlMs;
    this.#clock = options.clock;
    this.#maxActive = options.maxActiveTokens ?? 100;
  }

  /** Counts of what the endpoints did. */
  get stats(): TokenStats {
    let active = 0;
    for (const clientId of this.#byAccount.keys()) active += this.#activeOf(clientId).size;
    return { requests: this.#requests, issued: this.#issued, revoked: this.#revoked, active };
  }

  /** Answers a request to one of the OAuth paths; `undefined` for any other path. */
  answer(req: IncomingMessage, path: string): Promise<Answer> | Answer | undefined {
    if (path !== TOKEN_PATH && path !== REVOKE_PATH) return undefined;
    if (req.method !== "POST") {
      const answer = oauthError(405, "invalid_request", `Use POST for ${path}.`);
      answer.headers = { ...answer.headers, Allow: "POST" };
      return answer;
    }
    return readForm(req).then((form) => {
      if (form === "too-large") return oauthError(413, "invalid_request", "The request body is too large.");
      if (form === undefined) {
        return oauthError(400, "invalid_request", "The body must be application/x-www-form-urlencoded.");
      }
      return path === TOKEN_PATH ? this.#token(req, form) : this.#revoke(req, form);
    });
  }

  /**
   * Checks a Bearer `Authorization` header for an operation of `target`; `undefined` when the header is not Bearer
   * (the Digest verifier's turn).
   */
  verify(authorization: string | undefined, target: TargetId): BearerVerdict | undefined {
    const match = /^Bearer +(\S+) *$/i.exec(authorization ?? "");
    if (match === null) return undefined;
    if (!targets[target].serviceAccounts) return { ok: false, failure: "bearer-on-ops-manager" };
    const hash = hashOf(match[1] ?? "");
    const token = this.#tokens.get(hash);
    if (token === undefined) return { ok: false, failure: "unknown-token" };
    if (this.#clock() >= token.expiresAt) {
      this.#forget(hash, token.clientId);
      return { ok: false, failure: "expired-token" };
    }
    return { ok: true, username: principalOf(token.clientId) };
  }

  #token(req: IncomingMessage, form: URLSearchParams): Answer {
    this.#requests += 1;
    const account = this.#authenticate(req.headers.authorization);
    if (account === undefined) return invalidClient();
    const grantType = form.get("grant_type");
    if (grantType === null) return oauthError(400, "invalid_request", "grant_type is required.");
    if (grantType !== "client_credentials") {
      return oauthError(400, "unsupported_grant_type", "Only the client_credentials grant type is supported.");
    }
    if (this.#activeOf(account.clientId).size >= this.#maxActive) {
      return oauthError(403, "access_denied", TOKEN_LIMIT_DESCRIPTION);
    }
    const token = randomBytes(32).toString("base64url");
    const hash = hashOf(token);
    this.#tokens.set(hash, { clientId: account.clientId, expiresAt: this.#clock() + this.#ttlMs });
    this.#activeOf(account.clientId).add(hash);
    this.#issued += 1;
    return oauthJson(200, {
      access_token: token,
      token_type: "Bearer",
      expires_in: Math.max(1, Math.round(this.#ttlMs / 1000)),
    });
  }

  #revoke(req: IncomingMessage, form: URLSearchParams): Answer {
    const account = this.#authenticate(req.headers.authorization);
    if (account === undefined) return invalidClient();
    const token = form.get("token");
    if (token === null || token === "") return oauthError(400, "invalid_request", "token is required.");
    const hint = form.get("token_type_hint");
    if (hint !== null && hint !== "access_token" && hint !== "refresh_token") {
      return oauthError(400, "unsupported_token_type", "token_type_hint must be access_token.");
    }
    const hash = hashOf(token);
    const stored = this.#tokens.get(hash);
    // RFC 7009 §2.2: an unknown or expired token is no error; one of another client is refused (§2.1).
    if (stored !== undefined && stored.clientId !== account.clientId) {
      return oauthError(400, "invalid_request", "The token was not issued to this client.");
    }
    if (stored !== undefined) {
      this.#forget(hash, stored.clientId);
      this.#revoked += 1;
    }
    return { status: 200, raw: Buffer.alloc(0), headers: { "Cache-Control": "no-store" } };
  }

  /** The service account a `Basic` header names, if its secret is right. */
  #authenticate(header: string | undefined): SandboxServiceAccount | undefined {
    const match = /^Basic +([A-Za-z0-9+/]+=*) *$/i.exec(header ?? "");
    if (match === null) return undefined;
    const decoded = Buffer.from(match[1] ?? "", "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon === -1) return undefined;
    // RFC 6749 §2.3.1: both halves are form-encoded before the Basic encoding; curl's -u sends them as they are,
    // which decodes to the same for ids and secrets without %, + or non-ASCII.
    const clientId = formDecode(decoded.slice(0, colon));
    const secret = formDecode(decoded.slice(colon + 1));
    const account = this.#accounts.get(clientId);
    // The comparison is of equal-length digests, so its time says nothing about the secret.
    const expected = hashOf(account?.clientSecret ?? randomBytes(16).toString("hex"));
    return timingSafeEqual(Buffer.from(expected, "hex"), Buffer.from(hashOf(secret), "hex")) ? account : undefined;
  }

  /** The hashes of a service account's tokens that are still active; expired ones are dropped on the way. */
  #activeOf(clientId: string): Set<string> {
    let hashes = this.#byAccount.get(clientId);
    if (hashes === undefined) {
      hashes = new Set();
      this.#byAccount.set(clientId, hashes);
    }
    const now = this.#clock();
    for (const hash of hashes) {
      const token = this.#tokens.get(hash);
      if (token === undefined || now >= token.expiresAt) this.#forget(hash, clientId);
    }
    return hashes;
  }

  #forget(hash: string, clientId: string): void {
    this.#tokens.delete(hash);
    this.#byAccount.get(clientId)?.delete(hash);
  }
}

/** The name a service account's requests act as in the store: never a valid public key, which has no spaces. */
function principalOf(clientId: string): string {
  return `service account ${clientId}`;
}

function hashOf(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

function formDecode(value: string): string {
  try {
    return decodeURIComponent(value.replaceAll("+", " "));
  } catch {
    return value;
  }
}

/** An OAuth JSON answer: sent as it is, never enveloped, never cached (RFC 6749 §5.1). */
function oauthJson(status: number, body: unknown): Answer {
  return {
    status,
    raw: Buffer.from(JSON.stringify(body)),
    headers: { "Content-Type": "application/json", "Cache-Control": "no-store", Pragma: "no-cache" },
  };
}

function oauthError(status: number, error: string, description: string): Answer {
  return oauthJson(status, { error, error_description: description });
}

function invalidClient(): Answer {
  const answer = oauthError(401, "invalid_client", "Invalid client credentials.");
  // RFC 6749 §5.2: a 401 to a client that authenticated with a header names the scheme it expects.
  answer.headers = { ...answer.headers, "WWW-Authenticate": 'Basic realm="Atlas OAuth"' };
  return answer;
}

/** The form body, `undefined` when it is not a form, `"too-large"` past the limit. */
async function readForm(req: IncomingMessage): Promise<URLSearchParams | undefined | "too-large"> {
  const type = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return "too-large";
    chunks.push(chunk);
  }
  if (type !== "application/x-www-form-urlencoded") return undefined;
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

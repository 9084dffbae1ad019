/**
 * Which authentication a client's options ask for: an API key pair (Digest), a service account (OAuth 2.0 client
 * credentials, Atlas only), or a strategy of the caller's own. Every contradiction is refused before any request.
 */
import type { AuthStrategy } from "./auth.ts";
import { classifyChallenge } from "./digest.ts";
import { type AuthenticationFailure, ValidationError } from "./errors.ts";
import { closedClientError, serviceAccountAuth } from "./oauth.ts";
import type { ResolvedRetryOptions } from "./retry.ts";
import { type TargetId, targets } from "./targets.ts";
import { type SendLayer, sendLayerOf } from "./transport.ts";

/** The service-account options of an Atlas client. */
export interface ServiceAccountClientOptions {
  /** The service account's client id, instead of `publicKey`/`privateKey`. */
  readonly clientId?: string;
  /** The service account's client secret. Never logged, never put in an error. */
  readonly clientSecret?: string;
  /** The token endpoint. Default `<baseUrl>/api/oauth/token`; revocation goes to `revoke` beside it. */
  readonly tokenUrl?: string;
}

/** A strategy as a client holds it: its `Request`-free layer, every 401 classified, and `close()` always there. */
export interface ClientAuth extends AuthStrategy {
  /** What the generated methods and `api` send through (see src/transport.ts). */
  readonly layer: SendLayer;
  classifyUnauthorized(headers: Headers): AuthenticationFailure;
  close(): Promise<void>;
}

/** What the factory has already checked and resolved from the options. */
export interface ResolvedClientSettings {
  readonly baseUrl: string;
  readonly timeoutMs: number;
  readonly retry: ResolvedRetryOptions;
}

const SERVICE_ACCOUNT_OPTIONS = ["clientId", "clientSecret", "tokenUrl"] as const;
const KEY_OPTIONS = ["publicKey", "privateKey"] as const;

/**
 * Picks the strategy `options` ask for on `target`: `options.auth`, a service account (`clientId` and
 * `clientSecret`), or else `apiKeys()` (the Digest strategy with the key pair, built by the factory).
 *
 * @throws {ValidationError} for service-account options on Ops Manager (it takes API keys only), a key pair and a
 *   service account at once, `auth` beside a service account, or a missing or empty client id or secret.
 */
export function resolveAuth(
  options: object,
  target: TargetId,
  settings: ResolvedClientSettings,
  apiKeys: () => AuthStrategy,
): ClientAuth {
  const given = options as Record<string, unknown>;
  const serviceAccount = SERVICE_ACCOUNT_OPTIONS.filter((name) => given[name] !== undefined);
  const keys = KEY_OPTIONS.filter((name) => given[name] !== undefined);
  const [first] = serviceAccount;
  const { title, serviceAccounts } = targets[target];
  if (first !== undefined && !serviceAccounts) {
    throw new ValidationError(
      { parameter: first, rule: `not used with ${title}` },
      `${first} does not apply to ${title}, which takes programmatic API keys only (publicKey and privateKey); service accounts are an Atlas feature`,
    );
  }
  if (first !== undefined && keys.length > 0) {
    throw new ValidationError(
      { parameter: first, rule: "either an API key pair or a service account" },
      `${keys.join(" and ")} and ${serviceAccount.join(" and ")} were both given: pass either publicKey and privateKey (an API key) or clientId and clientSecret (a service account), not both`,
    );
  }
  if (given.auth !== undefined) {
    if (first !== undefined) {
      throw new ValidationError(
        { parameter: "auth", rule: "not used with clientId and clientSecret" },
        `auth and ${serviceAccount.join(" and ")} were both given: pass either an auth strategy or the service account`,
      );
    }
    const auth = given.auth as Partial<AuthStrategy> | null;
    if (typeof auth !== "object" || auth === null || typeof auth.wrapFetch !== "function") {
      throw new ValidationError({ parameter: "auth", rule: "an object with a wrapFetch(next) method" });
    }
    return closable(auth as AuthStrategy);
  }
  if (first === undefined) return closable(apiKeys());
  for (const name of ["clientId", "clientSecret"] as const) {
    if (given[name] === undefined) {
      throw new ValidationError(
        { parameter: name, rule: "a non-empty string" },
        `${name} is required with ${first}: a service account needs both clientId and clientSecret`,
      );
    }
  }
  return closable(
    serviceAccountAuth(
      { clientId: given.clientId as string, clientSecret: given.clientSecret as string },
      {
        tokenUrl: given.tokenUrl === undefined ? `${settings.baseUrl}/api/oauth/token` : String(given.tokenUrl),
        allowInsecureHttp: given.allowInsecureHttp === true,
        retry: settings.retry,
        timeoutMs: settings.timeoutMs,
      },
    ),
  );
}

/**
 * Gives any strategy what a client needs of it: a 401 classification (the Digest reading for a strategy without its
 * own) and a `close()` after which every call fails before anything is sent.
 */
function closable(strategy: AuthStrategy): ClientAuth {
  let closed = false;
  const inner = sendLayerOf(strategy);
  return {
    layer(next) {
      const send = inner(next);
      return (request) => (closed ? Promise.reject(closedClientError()) : send(request));
    },
    wrapFetch(next) {
      const inner = strategy.wrapFetch(next);
      return (request) => (closed ? Promise.reject(closedClientError()) : inner(request));
    },
    classifyUnauthorized: (headers) =>
      strategy.classifyUnauthorized?.(headers) ?? classifyChallenge(headers.get("www-authenticate")),
    async close() {
      closed = true;
      await strategy.close?.();
    },
  };
}

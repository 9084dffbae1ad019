/**
 * The one rule for every URL the client sends credentials to (the API's base URL, a service account's token
 * endpoint): an absolute http(s) URL without user name, password, query or fragment, and https unless the host is a
 * loopback address or the caller accepts plain http.
 */
import { ValidationError } from "./errors.ts";

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/** What {@link parseSecureUrl} says when it refuses a URL. */
export interface SecureUrlRule {
  /** The option being checked, e.g. `baseUrl`; every error names it. */
  readonly parameter: string;
  /** The rule in words, e.g. `an absolute https:// URL such as https://opsmanager.example.com:8443`. */
  readonly rule: string;
  /** Where the credentials go instead of the URL's userinfo, e.g. `pass the keys as publicKey and privateKey`. */
  readonly credentialsHint: string;
  /** What plain http would expose, e.g. `Digest credentials`. */
  readonly exposed: string;
  /** Plain http to a host that is not loopback is allowed only when this is `true`. */
  readonly allowInsecureHttp?: boolean | undefined;
}

/**
 * Parses `raw` as a URL credentials may be sent to, or throws a `ValidationError` naming `rule.parameter`.
 *
 * @throws {ValidationError} when `raw` is not an absolute http(s) URL, carries userinfo, a query or a fragment, or
 *   uses plain http to a host that is not loopback without `allowInsecureHttp`.
 */
export function parseSecureUrl(raw: unknown, rule: SecureUrlRule): URL {
  const { parameter } = rule;
  let url: URL;
  try {
    url = new URL(String(raw));
  } catch {
    throw new ValidationError({ parameter, rule: rule.rule }, `${parameter} is not a URL: ${rule.rule}`);
  }
  if (url.username || url.password) {
    throw new ValidationError(
      { parameter, rule: "a URL without user name or password" },
      `${parameter} must not carry credentials: ${rule.credentialsHint}`,
    );
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new ValidationError({ parameter, rule: rule.rule, value: url.protocol });
  }
  if (url.search || url.hash) {
    throw new ValidationError({ parameter, rule: "a URL without query or fragment", value: url.origin });
  }
  if (url.protocol === "http:" && !LOOPBACK.test(url.hostname) && rule.allowInsecureHttp !== true) {
    throw new ValidationError(
      { parameter, rule: rule.rule, value: url.origin },
      `${parameter} ${url.origin} uses plain http to a host that is not loopback; use https, or set allowInsecureHttp: true if you accept sending ${rule.exposed} unencrypted`,
    );
  }
  return url;
}

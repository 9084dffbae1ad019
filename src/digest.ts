/**
 * HTTP Digest authentication (RFC 7616) as pure functions: parse a `WWW-Authenticate` header, pick the challenge to
 * answer, compute the `response` hash and write the `Authorization` header; and, for servers, the reverse.
 *
 * Nothing here does I/O or keeps state: the client's strategy (`auth.ts`) and the sandbox server both build on it.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7616
 */
import { hash as oneShotHash, randomBytes } from "node:crypto";
import { type AuthenticationFailure, ValidationError } from "./errors.ts";

/** The Digest algorithms this module answers. */
export type DigestAlgorithm = "MD5" | "MD5-sess" | "SHA-256" | "SHA-256-sess";

/** One challenge of a `WWW-Authenticate` header: its scheme and its parameters (keys lower-cased). */
export interface Challenge {
  scheme: string;
  params: Record<string, string>;
}

/** A Digest challenge this module can answer, with its parameters decoded. */
export interface DigestChallenge {
  realm: string;
  nonce: string;
  opaque?: string;
  algorithm: DigestAlgorithm;
  /** `"auth"` when the server offered it; absent for an RFC 2069 server that sent no `qop`. */
  qop?: "auth";
  /** The server refused the last response only because its nonce had expired. */
  stale: boolean;
  domain?: string;
  /** The server accepts a hashed username (RFC 7616 §3.4.4). */
  userhash: boolean;
  charset?: string;
}

const ALGORITHMS: Record<string, DigestAlgorithm> = {
  md5: "MD5",
  "md5-sess": "MD5-sess",
  "sha-256": "SHA-256",
  "sha-256-sess": "SHA-256-sess",
};

const STRENGTH: Record<DigestAlgorithm, number> = { MD5: 1, "MD5-sess": 1, "SHA-256": 2, "SHA-256-sess": 2 };

const NODE_HASH: Record<DigestAlgorithm, string> = {
  MD5: "md5",
  "MD5-sess": "md5",
  "SHA-256": "sha256",
  "SHA-256-sess": "sha256",
};

// RFC 9110 §5.6.2 token characters.
const TOKEN_CHAR = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/;
// RFC 9110 §11.2 token68 characters (without the trailing '=' padding).
const TOKEN68_CHAR = /[A-Za-z0-9\-._~+/]/;

function isTokenChar(char: string | undefined): boolean {
  return char !== undefined && TOKEN_CHAR.test(char);
}

function isSpace(char: string | undefined): boolean {
  return char === " " || char === "\t" || char === "\r" || char === "\n";
}

/**
 * A hand-written scanner for RFC 9110 §11.6.1 challenges: one pass, no backtracking regular expressions, so a hostile
 * header costs linear time. It never throws; what it cannot read it skips.
 */
class Scanner {
  position = 0;
  constructor(readonly text: string) {}

  get done(): boolean {
    return this.position >= this.text.length;
  }
  peek(offset = 0): string | undefined {
    return this.text[this.position + offset];
  }
  skipSpace(): void {
    while (isSpace(this.peek())) this.position++;
  }
  skipSpaceAndCommas(): void {
    while (isSpace(this.peek()) || this.peek() === ",") this.position++;
  }
  token(): string {
    const start = this.position;
    while (isTokenChar(this.peek())) this.position++;
    return this.text.slice(start, this.position);
  }
  /** Reads a quoted-string starting at `"`; an unterminated one runs to the end of the header. */
  quoted(): string {
    this.position++;
    let value = "";
    while (!this.done) {
      const char = this.peek();
      this.position++;
      if (char === '"') return value;
      if (char === "\\" && !this.done) {
        value += this.peek();
        this.position++;
      } else {
        value += char;
      }
    }
    return value;
  }
  /** Reads a tolerant unquoted value: everything up to the next comma, trailing spaces dropped. */
  bare(): string {
    const start = this.position;
    while (!this.done && this.peek() !== ",") this.position++;
    return this.text.slice(start, this.position).trim();
  }
  /** Skips to just past the next comma outside quotes. */
  skipItem(): void {
    while (!this.done && this.peek() !== ",") {
      if (this.peek() === '"') this.quoted();
      else this.position++;
    }
  }
}

interface ParseOptions {
  /** Read the vendor's `op` typo as `qop` (challenges only; a server reads what the client wrote). */
  readonly opIsQop: boolean;
}

function parseAuthHeader(header: string, options: ParseOptions): Challenge[] {
  if (typeof header !== "string") return [];
  const scanner = new Scanner(header);
  const challenges: Challenge[] = [];
  let current: Challenge | undefined;

  while (true) {
    scanner.skipSpaceAndCommas();
    if (scanner.done) break;
    const name = scanner.token();
    if (name === "") {
      // Not a token: garbage we cannot place. Skip this list element.
      scanner.skipItem();
      continue;
    }
    const glued = !scanner.done && !isSpace(scanner.peek()) && scanner.peek() !== "," && scanner.peek() !== "=";
    scanner.skipSpace();
    if (scanner.peek() === "=") {
      // `name=value`: a parameter of the current challenge (dropped when no scheme came first).
      scanner.position++;
      scanner.skipSpace();
      const value = scanner.peek() === '"' ? scanner.quoted() : scanner.bare();
      if (current !== undefined) addParam(current.params, name, value);
      scanner.skipItem();
      continue;
    }
    if (glued) {
      // A token stuck to something that is neither '=' nor a separator (`Digest"x"`): not a scheme.
      scanner.skipItem();
      continue;
    }
    // A token followed by space, a comma or the end starts a new challenge.
    current = { scheme: name, params: {} };
    challenges.push(current);
    skipToken68(scanner);
  }
  if (options.opIsQop) {
    for (const challenge of challenges) {
      const params = challenge.params;
      // The vendor's documented header says `op="auth"`; a real `qop` wins when both are present.
      if (params.op !== undefined && params.qop === undefined) params.qop = params.op;
      delete params.op;
    }
  }
  return challenges;
}

/** Skips a token68 (`Basic dXNlcg==`) right after a scheme: it is a whole list element and we have no use for it. */
function skipToken68(scanner: Scanner): void {
  const text = scanner.text;
  let index = scanner.position;
  while (index < text.length && TOKEN68_CHAR.test(text[index] ?? "")) index++;
  if (index === scanner.position) return;
  while (text[index] === "=") index++;
  while (isSpace(text[index])) index++;
  // `realm="x"` and `realm=x` start the same way; only a run that ends the list element is a token68.
  if (index >= text.length || text[index] === ",") scanner.position = index;
}

function addParam(params: Record<string, string>, rawName: string, value: string): void {
  const name = rawName.toLowerCase();
  // RFC 9110 forbids repeated parameters; the first one wins so a later duplicate cannot override it.
  if (name !== "__proto__" && !Object.hasOwn(params, name)) params[name] = value;
}

/**
 * Parses every challenge in one `WWW-Authenticate` value: several schemes, quoted and unquoted values, commas inside
 * quotes, any case of keys, and the vendor's `op="auth"` typo read as `qop`.
 *
 * Parameter keys are lower-cased; the scheme is kept as sent. It never throws: what it cannot read it skips, and
 * garbage gives `[]`.
 *
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-11.6.1
 */
export function parseChallenges(header: string): Challenge[] {
  return parseAuthHeader(header, { opIsQop: true });
}

/**
 * Picks the strongest Digest challenge this module can answer: SHA-256 over MD5, the server's order between equals.
 *
 * A challenge is answerable when it carries a nonce, its algorithm (MD5 when absent) is one of {@link DigestAlgorithm},
 * and its `qop`, when present, includes `auth`. Basic, other schemes, `auth-int`-only and unknown algorithms give
 * `undefined`.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7616#section-3.7
 */
export function selectDigestChallenge(challenges: Challenge[]): DigestChallenge | undefined {
  let best: DigestChallenge | undefined;
  for (const challenge of challenges) {
    const candidate = toDigestChallenge(challenge);
    if (candidate !== undefined && (best === undefined || STRENGTH[candidate.algorithm] > STRENGTH[best.algorithm])) {
      best = candidate;
    }
  }
  return best;
}

function toDigestChallenge(challenge: Challenge): DigestChallenge | undefined {
  if (challenge.scheme.toLowerCase() !== "digest") return undefined;
  const params = challenge.params;
  const nonce = params.nonce;
  if (nonce === undefined || nonce === "") return undefined;
  const algorithm = ALGORITHMS[(params.algorithm ?? "MD5").trim().toLowerCase()];
  if (algorithm === undefined) return undefined;
  let qop: "auth" | undefined;
  if (params.qop !== undefined) {
    const offered = params.qop.split(",").map((option) => option.trim().toLowerCase());
    if (!offered.includes("auth")) return undefined;
    qop = "auth";
  }
  const selected: DigestChallenge = {
    realm: params.realm ?? "",
    nonce,
    algorithm,
    stale: params.stale?.trim().toLowerCase() === "true",
    userhash: params.userhash?.trim().toLowerCase() === "true",
  };
  if (qop !== undefined) selected.qop = qop;
  if (params.opaque !== undefined) selected.opaque = params.opaque;
  if (params.domain !== undefined) selected.domain = params.domain;
  if (params.charset !== undefined) selected.charset = params.charset;
  return selected;
}

/**
 * Writes a nonce count as RFC 7616 wants it: 8 lower-case hexadecimal digits (`1` → `00000001`, `10` → `0000000a`).
 *
 * @throws {ValidationError} when `n` is not an integer from 1 to 4294967295.
 */
export function formatNc(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 0xffffffff) {
    throw new ValidationError({ parameter: "nc", rule: "an integer from 1 to 4294967295", value: String(n) });
  }
  return n.toString(16).padStart(8, "0");
}

const CNONCE_BYTES = 16;
const CNONCE_POOL_BYTES = 4096;
let cnoncePool = Buffer.alloc(0);
let cnonceOffset = 0;

/**
 * A fresh client nonce: 128 bits from `node:crypto`, as 32 hexadecimal digits. The bits are drawn from a pool
 * refilled 4 KiB at a time (each byte used once), which saves a crypto job per request.
 */
export function createCnonce(): string {
  if (cnonceOffset + CNONCE_BYTES > cnoncePool.length) {
    cnoncePool = randomBytes(CNONCE_POOL_BYTES);
    cnonceOffset = 0;
  }
  const cnonce = cnoncePool.toString("hex", cnonceOffset, cnonceOffset + CNONCE_BYTES);
  cnonceOffset += CNONCE_BYTES;
  return cnonce;
}

function hash(algorithm: DigestAlgorithm, data: string): string {
  // The one-shot form: no Hash object per digest (strings are hashed as UTF-8).
  return oneShotHash(NODE_HASH[algorithm], data, "hex");
}

/**
 * The username to send when the server asked for `userhash=true`: `H(username ":" realm)`.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7616#section-3.4.4
 */
export function hashUsername(algorithm: DigestAlgorithm, username: string, realm: string): string {
  return hash(algorithm, `${username}:${realm}`);
}

/**
 * Computes the hexadecimal `response` value of a Digest `Authorization` header.
 *
 * With `qop=auth`: `H(HA1:nonce:nc:cnonce:qop:HA2)`; without `qop` (RFC 2069): `H(HA1:nonce:HA2)`, where
 * `HA1 = H(username:realm:password)` (for `-sess`, `H(HA1:nonce:cnonce)`) and `HA2 = H(method:uri)`.
 * Strings are hashed as UTF-8.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7616#section-3.4.1
 */
export function digestResponse(p: {
  algorithm: DigestAlgorithm;
  username: string;
  password: string;
  realm: string;
  nonce: string;
  cnonce: string;
  nc: string;
  qop?: "auth";
  method: string;
  uri: string;
  /** `H(username:realm:password)` when the caller already has it (see {@link digestHa1}); computed otherwise. */
  ha1?: string;
}): string {
  let ha1 = p.ha1 ?? digestHa1(p.algorithm, p.username, p.realm, p.password);
  if (p.algorithm.endsWith("-sess")) ha1 = hash(p.algorithm, `${ha1}:${p.nonce}:${p.cnonce}`);
  const ha2 = hash(p.algorithm, `${p.method}:${p.uri}`);
  return p.qop === undefined
    ? hash(p.algorithm, `${ha1}:${p.nonce}:${ha2}`)
    : hash(p.algorithm, `${ha1}:${p.nonce}:${p.nc}:${p.cnonce}:${p.qop}:${ha2}`);
}

/** Writes `value` as an RFC 9110 quoted-string. */
function quote(value: string): string {
  if (!value.includes('"') && !value.includes("\\")) return `"${value}"`;
  return `"${value.replace(/[\\"]/g, "\\$&")}"`;
}

/**
 * `HA1 = H(username:realm:password)` of RFC 7616 §3.4.2, the same for every request to one realm, so a client can
 * compute it once per nonce rather than once per request. For `-sess` algorithms {@link digestResponse} still
 * mixes in the nonce and cnonce.
 */
export function digestHa1(algorithm: DigestAlgorithm, username: string, realm: string, password: string): string {
  return hash(algorithm, `${username}:${realm}:${password}`);
}

/** A username that cannot travel in a quoted-string goes as RFC 8187 `username*=UTF-8''…` (RFC 7616 §3.4.4). */
function needsExtendedNotation(value: string): boolean {
  return /[^\x20-\x7e]/.test(value);
}

/** RFC 8187 `ext-value` in UTF-8; a lone surrogate becomes U+FFFD rather than an exception. */
function encodeExtended(value: string): string {
  let encoded = "UTF-8''";
  for (const byte of Buffer.from(value, "utf8")) {
    const char = String.fromCharCode(byte);
    encoded += /[A-Za-z0-9!#$&+\-.^_`|~]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return encoded;
}

function decodeExtended(value: string): string | undefined {
  const match = /^utf-8'[^']*'(.*)$/i.exec(value.trim());
  if (match?.[1] === undefined) return undefined;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return undefined;
  }
}

/** What an `Authorization` header says that stays the same for every request under one nonce. */
export interface AuthorizationFields {
  algorithm: DigestAlgorithm;
  username: string;
  realm: string;
  nonce: string;
  qop?: "auth";
  opaque?: string;
  userhash?: boolean;
}

/** Writes one request's `Authorization` header from its `uri`, `nc`, `cnonce` and computed `response`. */
export type AuthorizationWriter = (uri: string, nc: string, cnonce: string, response: string) => string;

/**
 * {@link formatAuthorization} with the fields of one nonce written once: a client signing many requests under the
 * same nonce only fills in what changes per request.
 */
export function authorizationWriter(p: AuthorizationFields): AuthorizationWriter {
  const username = needsExtendedNotation(p.username)
    ? `username*=${encodeExtended(p.username)}`
    : `username=${quote(p.username)}`;
  const head = `Digest ${username}, realm=${quote(p.realm)}, uri=`;
  const middle = `, algorithm=${p.algorithm}, nonce=${quote(p.nonce)}`;
  let tail = "";
  if (p.opaque !== undefined) tail += `, opaque=${quote(p.opaque)}`;
  if (p.userhash === true) tail += ", userhash=true";
  const qop = p.qop;
  return qop === undefined
    ? (uri, _nc, _cnonce, response) => `${head}${quote(uri)}${middle}, response=${quote(response)}${tail}`
    : (uri, nc, cnonce, response) =>
        `${head}${quote(uri)}${middle}, nc=${nc}, cnonce=${quote(cnonce)}, qop=${qop}, response=${quote(response)}${tail}`;
}

/**
 * Writes the `Authorization` header for a computed `response`, in RFC 7616's order.
 *
 * Without `qop`, `nc` and `cnonce` are left out (RFC 2069 form). A username outside printable ASCII is written as
 * `username*` (RFC 8187).
 *
 * @see https://www.rfc-editor.org/rfc/rfc7616#section-3.4
 */
export function formatAuthorization(
  p: AuthorizationFields & { uri: string; nc: string; cnonce: string; response: string },
): string {
  return authorizationWriter(p)(p.uri, p.nc, p.cnonce, p.response);
}

/**
 * Server side: reads a `Digest …` `Authorization` header into its parameters (keys lower-cased, `username*`
 * decoded into `username`), or `undefined` when it is not a Digest credential.
 */
export function parseAuthorization(header: string): Record<string, string> | undefined {
  const [credential] = parseAuthHeader(header, { opIsQop: false });
  if (credential === undefined || credential.scheme.toLowerCase() !== "digest") return undefined;
  const params = { ...credential.params };
  const extended = params["username*"];
  if (extended !== undefined) {
    delete params["username*"];
    const decoded = decodeExtended(extended);
    if (decoded !== undefined && params.username === undefined) params.username = decoded;
  }
  return params;
}

/**
 * Server side: writes a Digest challenge in the vendor's order,
 * `Digest realm="MMS Public API", domain="", nonce="…", algorithm=MD5, qop="auth", stale=false`.
 *
 * `qopParameterName: "op"` reproduces the typo of the vendor's documentation (for testing tolerant clients).
 */
export function formatChallenge(p: {
  realm: string;
  nonce: string;
  algorithm: DigestAlgorithm;
  qop?: "auth";
  stale: boolean;
  domain?: string;
  opaque?: string;
  qopParameterName?: "qop" | "op";
}): string {
  const parts = [`realm=${quote(p.realm)}`];
  if (p.domain !== undefined) parts.push(`domain=${quote(p.domain)}`);
  parts.push(`nonce=${quote(p.nonce)}`);
  if (p.opaque !== undefined) parts.push(`opaque=${quote(p.opaque)}`);
  parts.push(`algorithm=${p.algorithm}`);
  if (p.qop !== undefined) parts.push(`${p.qopParameterName ?? "qop"}=${quote(p.qop)}`);
  parts.push(`stale=${p.stale}`);
  return `Digest ${parts.join(", ")}`;
}

/**
 * Says why a final 401 failed, from its `WWW-Authenticate` header: none → `"no-challenge"`; nothing this module can
 * answer → `"unsupported-challenge"`; `stale=true` → `"stale-loop"`; otherwise the credentials were `"rejected"`.
 */
export function classifyChallenge(header: string | null): AuthenticationFailure {
  if (header === null || header.trim() === "") return "no-challenge";
  const challenge = selectDigestChallenge(parseChallenges(header));
  if (challenge === undefined) return "unsupported-challenge";
  return challenge.stale ? "stale-loop" : "rejected";
}

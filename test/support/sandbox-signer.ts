/**
 * A small, independent HTTP Digest signer for driving the sandbox in tests: written with node:crypto only and
 * sharing no code with src/digest.ts, so a bug there cannot hide itself in the sandbox's tests.
 */
import { createHash, randomBytes } from "node:crypto";

/** The parts of a `WWW-Authenticate: Digest …` challenge a signer needs. */
export interface TestChallenge {
  realm: string;
  nonce: string;
  algorithm: string;
  qop: string | undefined;
  stale: boolean;
}

/** Reads every Digest challenge of a `WWW-Authenticate` header (several may be joined by commas). */
export function parseChallenges(header: string | null): TestChallenge[] {
  if (header === null) return [];
  const challenges: TestChallenge[] = [];
  for (const part of header.split(/(?:^|,\s*)Digest\s+/).filter((text) => text.trim() !== "")) {
    const params = new Map<string, string>();
    for (const match of part.matchAll(/([a-z]+)=(?:"([^"]*)"|([^,\s]*))/gi)) {
      params.set((match[1] ?? "").toLowerCase(), match[2] ?? match[3] ?? "");
    }
    challenges.push({
      realm: params.get("realm") ?? "",
      nonce: params.get("nonce") ?? "",
      algorithm: params.get("algorithm") ?? "MD5",
      qop: params.get("qop"),
      stale: params.get("stale") === "true",
    });
  }
  return challenges;
}

/** Everything one signed request needs. */
export interface SignInput {
  username: string;
  password: string;
  method: string;
  /** The request target exactly as sent: path and query. */
  uri: string;
  challenge: Pick<TestChallenge, "realm" | "nonce">;
  nc: number;
  algorithm?: "MD5" | "SHA-256";
  cnonce?: string;
}

/** Builds a `Digest …` Authorization header with `qop=auth` (RFC 7616 §3.4). */
export function sign(input: SignInput): string {
  const algorithm = input.algorithm ?? "MD5";
  const h = (text: string) =>
    createHash(algorithm === "MD5" ? "md5" : "sha256")
      .update(text)
      .digest("hex");
  const cnonce = input.cnonce ?? randomBytes(8).toString("hex");
  const nc = input.nc.toString(16).padStart(8, "0");
  const ha1 = h(`${input.username}:${input.challenge.realm}:${input.password}`);
  const ha2 = h(`${input.method}:${input.uri}`);
  const response = h(`${ha1}:${input.challenge.nonce}:${nc}:${cnonce}:auth:${ha2}`);
  return (
    `Digest username="${input.username}", realm="${input.challenge.realm}", nonce="${input.challenge.nonce}", ` +
    `uri="${input.uri}", algorithm=${algorithm}, qop=auth, nc=${nc}, cnonce="${cnonce}", response="${response}"`
  );
}

/** A public and private key pair. */
export interface TestKey {
  publicKey: string;
  privateKey: string;
}

/** What a signed request may carry besides its method and target. */
export interface SendInit {
  headers?: Record<string, string>;
  /** Sent as JSON; a string is sent as it is (for malformed bodies). */
  body?: unknown;
}

/**
 * One client's Digest state against one server: it takes a challenge on first use, then signs every request
 * with the same nonce and a rising `nc`, taking a new challenge when the server says the nonce is stale.
 */
export class DigestSession {
  #challenge: TestChallenge | undefined;
  #nc = 0;

  constructor(
    readonly baseUrl: string,
    readonly key: TestKey,
  ) {}

  /** Fetches a fresh challenge with an unsigned request to `path`. */
  async refresh(
    path = "/api/atlas/v1.0/groups/000000000000000000000000/invites/000000000000000000000000",
  ): Promise<TestChallenge> {
    const response = await fetch(this.baseUrl + path, { method: "DELETE" });
    await response.arrayBuffer();
    const [challenge] = parseChallenges(response.headers.get("www-authenticate"));
    if (response.status !== 401 || challenge === undefined)
      throw new Error(`expected a challenge, got ${response.status}`);
    this.#challenge = challenge;
    this.#nc = 0;
    return challenge;
  }

  /** The Authorization header for the next request, signed under the current nonce. */
  async authorization(method: string, uri: string): Promise<string> {
    const challenge = this.#challenge ?? (await this.refresh());
    this.#nc += 1;
    return sign({
      username: this.key.publicKey,
      password: this.key.privateKey,
      method,
      uri,
      challenge,
      nc: this.#nc,
    });
  }

  /**
   * Sends a signed request to `target` (path and query), with `body` as JSON when given; answers a stale nonce
   * once with a fresh challenge.
   */
  async send(method: string, target: string, init: SendInit = {}): Promise<Response> {
    let response = await this.#sendOnce(method, target, init);
    if (response.status === 401) {
      const [challenge] = parseChallenges(response.headers.get("www-authenticate"));
      if (challenge?.stale === true) {
        await response.arrayBuffer();
        this.#challenge = challenge;
        this.#nc = 0;
        response = await this.#sendOnce(method, target, init);
      }
    }
    return response;
  }

  async #sendOnce(method: string, target: string, init: SendInit): Promise<Response> {
    const authorization = await this.authorization(method, target);
    const headers: Record<string, string> = { ...init.headers, Authorization: authorization };
    if (init.body === undefined) return fetch(this.baseUrl + target, { method, headers });
    headers["Content-Type"] ??= "application/json";
    const body = typeof init.body === "string" ? init.body : JSON.stringify(init.body);
    return fetch(this.baseUrl + target, { method, headers, body });
  }
}

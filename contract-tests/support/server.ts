/**
 * What the contract tests know about the server under test: the base URL from the global setup, a raw request
 * helper, malformed and unique ids, and the check that a request never reached Prism.
 */
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { inject } from "vitest";
import { PRISM_AUTHORIZATION } from "./prism-auth.ts";

/** Base URL of the server under test (Prism, or `MMS_CONTRACT_BASE_URL`). */
export const baseUrl: string = inject("contractBaseUrl");
/** Prism's log file; `""` when the suite runs against another server. */
export const prismLog: string = inject("contractPrismLog");
/** True when the suite talks to the Prism the global setup started, so Prism-only checks apply. */
export const onPrism: boolean = prismLog !== "";

/** One request as the raw tests send it, with plain fetch. */
export interface RawRequest {
  readonly method: string;
  /** The path, with its ids put in. */
  readonly path: string;
  /** Sign with the test-only header of prism-auth.ts; true unless set to false. */
  readonly authorized?: boolean;
  readonly prefer?: string;
  readonly query?: Readonly<Record<string, string>>;
  /** A JSON body. */
  readonly body?: unknown;
}

/** Sends one request to the server under test with plain fetch, not following redirects. */
export function rawRequest(request: RawRequest): Promise<Response> {
  const target = new URL(`${baseUrl}${request.path}`);
  for (const [key, value] of Object.entries(request.query ?? {})) target.searchParams.set(key, value);
  const headers = new Headers({ Accept: "application/json" });
  if (request.authorized !== false) headers.set("Authorization", PRISM_AUTHORIZATION);
  if (request.prefer) headers.set("Prefer", request.prefer);
  if (request.body !== undefined) headers.set("Content-Type", "application/json");
  return fetch(target, {
    method: request.method,
    headers,
    ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
    redirect: "manual",
    signal: AbortSignal.timeout(5_000),
  });
}

/** The ways an id can break the spec's pattern `^([a-f0-9]{24})$`, each with a test title. */
export const MALFORMED_IDS = {
  "non-hex": "a non-hexadecimal digit",
  "upper-case": "upper-case hexadecimal digits",
  "too-short": "23 digits",
  "too-long": "25 digits",
} as const;

/** A way an id can be malformed. */
export type MalformedIdKind = keyof typeof MALFORMED_IDS;

/** An id that breaks the spec's pattern and appears in no other request, so the mock's log can be searched for it. */
export function uniqueMalformedId(kind: MalformedIdKind): string {
  const hex = randomBytes(12).toString("hex");
  switch (kind) {
    case "non-hex":
      return `zz${hex.slice(2)}`;
    case "upper-case":
      return `AB${hex.slice(2)}`;
    case "too-short":
      return hex.slice(1);
    case "too-long":
      return `${hex}0`;
  }
}

/**
 * Resolves once Prism has logged every request it received so far, by sending a marker request and waiting for it
 * to appear in the log; returns the log. Only meaningful on Prism (see {@link onPrism}).
 */
export async function settledPrismLog(): Promise<string> {
  const marker = `/__contract-marker/${randomBytes(8).toString("hex")}`;
  const answer = await fetch(`${baseUrl}${marker}`, { signal: AbortSignal.timeout(5_000) });
  await answer.body?.cancel();
  const deadline = Date.now() + 5_000;
  for (;;) {
    const log = await readFile(prismLog, "utf8");
    if (log.includes(marker)) return log;
    if (Date.now() > deadline) throw new Error(`Prism never logged the marker request ${marker}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** A well-formed id that appears in no other request, so the mock's log can be searched for it. */
export function uniqueId(): string {
  return randomBytes(12).toString("hex");
}

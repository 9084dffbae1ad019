/**
 * What the reliability tests share: valid ids, a private key no other test uses (so finding it anywhere is a leak,
 * never a coincidence), and the checks that an error carries no trace of it.
 */
import { inspect } from "node:util";
import { expect } from "vitest";
import { isMmsError, type MmsError } from "../../src/index.ts";

export const GROUP_ID = "32b6e34b3d91647abb20e7b8";
export const ORG_ID = "4888442a3354817a7320eb61";
export const INVITATION_ID = "5f3a1c2b9d4e8f7a6b5c4d3e";
export const ATLAS_PATH_TEMPLATE = "/api/atlas/v1.0/groups/{groupId}/invites/{invitationId}";
export const ATLAS_PATH = `/api/atlas/v1.0/groups/${GROUP_ID}/invites/${INVITATION_ID}`;
export const OPS_MANAGER_PATH = `/api/public/v1.0/orgs/${ORG_ID}/invites/${INVITATION_ID}`;

/** The public key of {@link PRIVATE_KEY}. */
export const PUBLIC_KEY = "rlbtpubk";
/** A private key in the Atlas shape that appears nowhere else in the repository. */
export const PRIVATE_KEY = "7d3c9e1a-5b2f-4c8d-a6e0-f1b2c3d4e5f6";

/** Fast retries, so a test that exercises every attempt stays quick. */
export const FAST_RETRY = { retries: 2, minDelayMs: 1, maxDelayMs: 5 } as const;

/** Resolves with what `promise` rejected with; fails the test if it resolved. */
export async function rejection(promise: Promise<unknown>): Promise<MmsError> {
  try {
    await promise;
  } catch (error) {
    return error as MmsError;
  }
  throw new Error("expected the call to reject, but it resolved");
}

/** Every form in which a key could leak: as is, URL-encoded, and inside a Basic credential or base64. */
export function secretForms(publicKey: string, privateKey: string): string[] {
  return [
    privateKey,
    encodeURIComponent(privateKey),
    Buffer.from(privateKey).toString("base64"),
    Buffer.from(`${publicKey}:${privateKey}`).toString("base64"),
  ];
}

/** Every rendering of `error` a log line, a console or an error tracker could produce, down its `cause` chain. */
export function renderings(error: unknown): string[] {
  const texts: string[] = [];
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current !== undefined && current !== null && !seen.has(current)) {
    seen.add(current);
    texts.push(
      String(current),
      safeJson(current),
      inspect(current, { showHidden: true, depth: Number.POSITIVE_INFINITY, getters: true }),
    );
    if (current instanceof Error) {
      texts.push(current.message, current.stack ?? "");
      for (const key of Reflect.ownKeys(current)) {
        texts.push(inspect((current as unknown as Record<PropertyKey, unknown>)[key], { depth: 20, showHidden: true }));
      }
      if (current instanceof AggregateError) texts.push(...current.errors.flatMap((inner) => renderings(inner)));
      current = current.cause;
    } else {
      current = undefined;
    }
  }
  return texts;
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? "";
  } catch (error) {
    return String(error);
  }
}

/** Asserts that no rendering of `error`, down its cause chain, holds the private key in any form. */
export function expectNoSecret(error: unknown, publicKey = PUBLIC_KEY, privateKey = PRIVATE_KEY): void {
  const forms = secretForms(publicKey, privateKey);
  for (const text of renderings(error)) {
    for (const form of forms) expect(text).not.toContain(form);
  }
}

/** Asserts that `error` is one of ours (typed, with a stable code) and leaks no key. */
export function expectTypedAndClean(error: unknown): void {
  expect(isMmsError(error), `expected an MmsError, got ${inspect(error)}`).toBe(true);
  expectNoSecret(error);
}

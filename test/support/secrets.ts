/**
 * The checks that an error or an output carries no trace of a private key, by default the canary key of
 * ./samples.ts that no server accepts.
 */
import { inspect } from "node:util";
import { expect } from "vitest";
import { isMmsError } from "../../src/index.ts";
import { CANARY_PRIVATE_KEY, CANARY_PUBLIC_KEY } from "./samples.ts";

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
export function expectNoSecret(error: unknown, publicKey = CANARY_PUBLIC_KEY, privateKey = CANARY_PRIVATE_KEY): void {
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

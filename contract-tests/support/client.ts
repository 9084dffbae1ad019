/**
 * The real client from src/, pointed at the server under test with only its base URL, auth and transport changed,
 * calling any operation of the table by its row: what the per-operation contract tests drive.
 */
import {
  type AuthStrategy,
  type CallOptions,
  createAtlasClient,
  createOpsManagerClient,
  type Operation,
  type OperationResult,
} from "../../src/index.ts";
import { prismAuth } from "./prism-auth.ts";
import { baseUrl, onPrism } from "./server.ts";

/** What one request the client put on the wire looked like. */
export interface Sent {
  readonly method: string;
  readonly url: URL;
  readonly headers: Headers;
  /** The body as text, or `undefined` for a request without one. */
  readonly body: string | undefined;
}

/** One operation's method on a fresh client, and every request it sent. */
export interface Caller {
  call(input: unknown, options?: CallOptions): Promise<OperationResult>;
  readonly sent: Sent[];
}

type Method = (input: unknown, options?: CallOptions) => Promise<OperationResult>;

/** A fresh client of the operation's target, without retries, that records what reaches its transport. */
export function callerOf(operation: Operation, auth: AuthStrategy = prismAuth): Caller {
  const sent: Sent[] = [];
  const options = {
    baseUrl,
    auth,
    retry: false as const,
    // Another team's server may sit on a non-loopback http URL; the https rule is the client's unit tests' concern.
    allowInsecureHttp: !onPrism,
    fetch: async (url: string, init: RequestInit): Promise<Response> => {
      const body = typeof init.body === "string" ? init.body : undefined;
      sent.push({ method: init.method ?? "GET", url: new URL(url), headers: new Headers(init.headers), body });
      return fetch(url, init);
    },
  };
  const client = operation.target === "atlas" ? createAtlasClient(options) : createOpsManagerClient(options);
  const method = (client as unknown as Record<string, Method | undefined>)[operation.name];
  if (method === undefined) throw new Error(`the ${operation.target} client has no method ${operation.name}`);
  return { sent, call: (input, call) => method(input, call) };
}

/** The rejection of `promise`; fails the test when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to reject, but it resolved");
}

/** The operation's path with the input's path parameters put in. */
export function expandedPath(operation: Operation, input: Record<string, unknown>): string {
  return operation.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(input[name])));
}

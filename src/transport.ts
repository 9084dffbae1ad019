/**
 * The seam between the client's layers (timeout, retries, authentication) and the transport: a request as plain
 * values, handed to `fetch(url, init)` at the bottom. No layer builds a `Request` of its own, because Node's fetch
 * builds one from `(url, init)` anyway and copies any `Request` it is given, signal included: on a delete that copy
 * is most of what a client adds to the round trip (bench/RESULTS.md). `Request` objects appear only where a public
 * interface takes them: an `AuthStrategy` of the caller's own, and openapi-fetch behind `client.api`.
 */
import type { FetchLike } from "./auth.ts";

/** The `fetch` signature: what `globalThis.fetch` and every fetch-based generated client use. */
export type StandardFetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

/**
 * How a client calls its `fetch` option: as `fetch(url, init)`, `url` a string. The global `fetch`, undici's, and
 * any wrapper that passes both arguments on fit it.
 */
export type ClientFetch = (url: string, init: RequestInit) => Promise<Response>;

/** One request on its way down the layers. Headers are a plain object with lower-case names. */
export interface Outgoing {
  /** `https://host:port`, without a trailing slash. */
  readonly origin: string;
  /** The request target: the path (mount path included) and the query, as the Digest `uri` is written. */
  readonly target: string;
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
  /** A body that can be sent again as it is (a retry, a Digest resend); absent for a DELETE. */
  readonly body?: string | ArrayBuffer | undefined;
  readonly signal: AbortSignal;
  /** As the caller's `Request` said, for a strategy used on its own; the clients always send `"manual"`. */
  readonly redirect?: RequestRedirect | undefined;
}

/** A layer's view of the transport: one outgoing request in, its response out. */
export type Send = (request: Outgoing) => Promise<Response>;

/** The same request with one more header (names lower-case); the caller's object is never changed. */
export function withHeader(request: Outgoing, name: string, value: string): Outgoing {
  const headers: Record<string, string> = {};
  for (const key in request.headers) headers[key] = request.headers[key] as string;
  headers[name] = value;
  // Written out rather than spread: this runs once per request, and a literal of fixed shape is the cheapest.
  return {
    origin: request.origin,
    target: request.target,
    method: request.method,
    headers,
    body: request.body,
    signal: request.signal,
    redirect: request.redirect,
  };
}

/**
 * The bottom of the stack: calls `fetch` as `fetch` is called, `fetch(url, init)`, with `init` holding `method`,
 * `headers` (a plain object), `body` (only when there is one), `signal` and `redirect: "manual"`. `given` is the
 * client's `fetch` option; without it the global `fetch` at the time of each call is used.
 */
export function fetchTransport(given: ClientFetch | undefined): Send {
  return (request) => {
    const init: RequestInit = {
      method: request.method,
      headers: request.headers,
      signal: request.signal,
      // A redirect would carry the request to a host the caller did not name; it is reported, never followed.
      redirect: "manual",
    };
    if (request.body !== undefined) init.body = request.body;
    const url = request.origin + request.target;
    return given === undefined ? fetch(url, init) : given(url, init);
  };
}

/** Reads a `Request` into an {@link Outgoing}, buffering its body once so that it can be sent again. */
export async function outgoingFrom(request: Request): Promise<Outgoing> {
  const url = new URL(request.url);
  const headers: Record<string, string> = {};
  // forEach rather than iteration: it needs no DOM.Iterable in the tsconfig of a program that compiles this file.
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const outgoing: Outgoing = {
    origin: url.origin,
    target: `${url.pathname}${url.search}`,
    method: request.method,
    headers,
    signal: request.signal,
    redirect: request.redirect,
  };
  if (request.body === null) return outgoing;
  // Text stays text, so that a transport down the line sees the same string body the generated methods send.
  const text = TEXT_TYPES.test(headers["content-type"] ?? "");
  return { ...outgoing, body: text ? await request.text() : await request.arrayBuffer() };
}

/** Content types whose body is text: JSON (every body the spec declares), `text/*` and form data. */
const TEXT_TYPES = /^(application\/([\w.+-]*\+)?json|text\/|application\/x-www-form-urlencoded)/i;

/** A standard `Request` for an {@link Outgoing}, for a strategy or transport that takes one. */
export function requestFrom(request: Outgoing): Request {
  return new Request(request.origin + request.target, {
    method: request.method,
    headers: request.headers,
    signal: request.signal,
    redirect: request.redirect ?? "manual",
    ...(request.body === undefined ? {} : { body: request.body }),
  });
}

/** A `Request`-taking fetch over a {@link Send}: what openapi-fetch and the public `wrapFetch` are given. */
export function requestFetch(send: Send): FetchLike {
  return async (request) => send(await outgoingFrom(request));
}

/** A {@link Send} over a `Request`-taking fetch: one `Request` per attempt, for interfaces that want one. */
export function sendThroughRequests(next: FetchLike): Send {
  return (request) => next(requestFrom(request));
}

/** Where a built-in strategy keeps its `Request`-free form; a symbol, so it is no part of the public shape. */
const SEND_LAYER = Symbol("mms-invites.sendLayer");

/** A layer that authenticates through the {@link Send} it wraps. */
export type SendLayer = (next: Send) => Send;

/**
 * Gives a strategy its `Request`-free form: the clients use `layer` instead of `wrapFetch`, and `wrapFetch` (for
 * callers who use the strategy on its own) becomes the same layer between two `Request` adapters.
 */
export function withSendLayer<S extends object>(
  strategy: S,
  layer: SendLayer,
): S & { wrapFetch(next: FetchLike): FetchLike } {
  const wrapFetch = (next: FetchLike): FetchLike => requestFetch(layer(sendThroughRequests(next)));
  return Object.defineProperty({ ...strategy, wrapFetch }, SEND_LAYER, { value: layer, enumerable: false });
}

/** The strategy's `Request`-free layer, or one built over its `wrapFetch` (a strategy of the caller's own). */
export function sendLayerOf(strategy: { wrapFetch(next: FetchLike): FetchLike }): SendLayer {
  const own = (strategy as { [SEND_LAYER]?: SendLayer })[SEND_LAYER];
  if (own !== undefined) return own;
  return (next) => sendThroughRequests(strategy.wrapFetch(requestFetch(next)));
}

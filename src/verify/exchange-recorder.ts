/**
 * A `fetch` for the client's `fetch` option that keeps a copy of every answer as it came off the wire (status,
 * headers, body text), before the client reads, unwraps or rejects it: verify validates what the server sent, not
 * what the client made of it. The Digest handshake's `401`s pass through it too.
 */
import type { ClientFetch } from "../transport.ts";
import type { Exchange } from "./response-validator.ts";

/** Records every exchange sent through {@link ExchangeRecorder.fetch} until {@link ExchangeRecorder.take}. */
export class ExchangeRecorder {
  readonly #next: ClientFetch;
  #pending: Exchange[] = [];

  constructor(next: ClientFetch = (url, init) => fetch(url, init)) {
    this.#next = next;
  }

  /** The transport to hand to the client: sends through the wrapped `fetch` and records the answer. */
  readonly fetch: ClientFetch = async (url, init) => {
    const authenticated = new Headers(init.headers).has("authorization");
    const response = await this.#next(url, init);
    // A clone's body is read here in full, so the client reads the original as if nobody had.
    const bodyText = await response.clone().text();
    this.#pending.push({
      method: init.method ?? "GET",
      url,
      authenticated,
      status: response.status,
      headers: Object.fromEntries(response.headers),
      bodyText,
    });
    return response;
  };

  /** The exchanges recorded since the last call, oldest first; the record starts empty again. */
  take(): Exchange[] {
    const taken = this.#pending;
    this.#pending = [];
    return taken;
  }
}

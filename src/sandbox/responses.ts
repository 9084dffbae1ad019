/**
 * How the sandbox writes an answer: `ApiError` bodies as the spec's examples show them, `envelope=true` wrapping,
 * `pretty=true` indentation, and the vendor's `ISO-8859-1` content type on the Digest challenge.
 */
import { type ServerResponse, STATUS_CODES } from "node:http";
import type { ApiErrorBody } from "../api.ts";

/** One answer, before the request's `envelope` and `pretty` flags are applied. */
export interface Answer {
  status: number;
  /** The JSON body; `undefined` for an answer without one (a 204). */
  body?: unknown;
  headers?: Record<string, string | number | string[]>;
  /**
   * True for the Digest challenge: never enveloped (a client must see the 401 and `WWW-Authenticate` to
   * authenticate at all), and sent as `application/json;charset=ISO-8859-1` as the vendor does.
   */
  challenge?: boolean;
  /** A body sent as is, never enveloped (the docs page); its `Content-Type` goes in `headers`. */
  raw?: Buffer;
}

/** How the request asked for its answer. */
export interface Format {
  envelope: boolean;
  pretty: boolean;
}

/** Builds an `ApiError` body; `reason` is the status's standard phrase. */
export function apiError(status: number, errorCode: string, detail: string, parameters: unknown[] = []): Answer {
  const body: ApiErrorBody = { detail, error: status, errorCode, parameters, reason: STATUS_CODES[status] ?? "Error" };
  return { status, body };
}

/** Writes `answer` to `res` and returns the status line sent. */
export function send(res: ServerResponse, answer: Answer, format: Format): number {
  for (const [name, value] of Object.entries(answer.headers ?? {})) res.setHeader(name, value);
  if (answer.raw !== undefined) {
    res.writeHead(answer.status, { "Content-Length": answer.raw.length });
    res.end(answer.raw);
    return answer.status;
  }
  let status = answer.status;
  let body = answer.body;
  if (format.envelope && answer.challenge !== true) {
    // A 204 cannot carry a body (RFC 9110 §15.3.5), so every enveloped answer goes out as 200; see the spec's
    // "Envelope" section.
    body = { status, content: body ?? {} };
    status = 200;
  }
  if (body === undefined) {
    // The vendor sends `Content-Type: application/json` on its 204 as well.
    res.writeHead(status, { "Content-Type": "application/json" });
    res.end();
    return status;
  }
  const text = format.pretty ? JSON.stringify(body, null, 2) : JSON.stringify(body);
  let payload: Buffer;
  let contentType: string;
  if (answer.challenge === true) {
    // Latin-1 can carry only U+0000–U+00FF; anything beyond goes out as a JSON \u escape, so the bytes always
    // decode back to the same JSON value.
    payload = Buffer.from(asciiJson(text), "latin1");
    contentType = "application/json;charset=ISO-8859-1";
  } else {
    payload = Buffer.from(text, "utf8");
    contentType = "application/json";
  }
  res.writeHead(status, { "Content-Type": contentType, "Content-Length": payload.length });
  res.end(payload);
  return status;
}

function asciiJson(text: string): string {
  return NON_ASCII.test(text)
    ? text.replace(NON_ASCII_ALL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`)
    : text;
}

const NON_ASCII = /[\u0080-\uffff]/;
const NON_ASCII_ALL = /[\u0080-\uffff]/g;

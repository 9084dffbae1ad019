/**
 * Recognise and unwrap the `{status, content}` envelope MongoDB's APIs send for `envelope=true`.
 *
 * @see https://www.mongodb.com/docs/atlas/api/#envelopes
 */

/** A parsed envelope: the status the server would have sent and the body it wraps. */
export interface Envelope {
  readonly status: number;
  readonly content: unknown;
}

/**
 * Returns the envelope when `value` is one (`status` an HTTP status code, `content` present), else `undefined`.
 * Never throws, whatever JSON it is given.
 */
export function asEnvelope(value: unknown): Envelope | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const { status } = value as { status?: unknown };
  if (typeof status !== "number" || !Number.isInteger(status) || status < 100 || status > 599) return undefined;
  if (!Object.hasOwn(value, "content")) return undefined;
  return { status, content: (value as { content: unknown }).content };
}

/** Parses `text` as JSON and returns the envelope it holds, or `undefined` for anything else (never throws). */
export function parseEnvelope(text: string): Envelope | undefined {
  try {
    return asEnvelope(JSON.parse(text));
  } catch {
    return undefined;
  }
}

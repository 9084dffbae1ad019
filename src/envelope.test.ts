import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asEnvelope, parseEnvelope } from "./envelope.ts";

describe("parseEnvelope", () => {
  it("recognises the spec's success and error envelopes", () => {
    expect(parseEnvelope('{"status":204,"content":{}}')).toEqual({ status: 204, content: {} });
    expect(parseEnvelope('{"status":404,"content":{"error":404,"errorCode":"INVITATION_NOT_FOUND"}}')).toEqual({
      status: 404,
      content: { error: 404, errorCode: "INVITATION_NOT_FOUND" },
    });
  });

  it("does not mistake an ApiError, a status out of range or a missing content for an envelope", () => {
    expect(parseEnvelope('{"error":404,"errorCode":"X"}')).toBeUndefined();
    expect(parseEnvelope('{"status":99,"content":{}}')).toBeUndefined();
    expect(parseEnvelope('{"status":204.5,"content":{}}')).toBeUndefined();
    expect(parseEnvelope('{"status":204}')).toBeUndefined();
    expect(parseEnvelope("[204]")).toBeUndefined();
    expect(parseEnvelope("<html>")).toBeUndefined();
  });

  it("never throws on arbitrary JSON or text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string()), (text) => {
        const result = parseEnvelope(text);
        expect(result === undefined || typeof result.status === "number").toBe(true);
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        asEnvelope(value);
      }),
      { numRuns: 5000 },
    );
  });
});

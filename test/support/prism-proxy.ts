/**
 * `prism proxy spec/openapi.yaml <upstream>` for conformance tests: Prism forwards every request to the upstream
 * (the sandbox), validates what comes back against the spec, and reports what it found in `sl-violations`.
 *
 * Started through scripts/prism.ts (Prism's node entry, its own process group, a free port) and without
 * `--errors`, which would answer the first unauthenticated request with Prism's own fake challenge and break a
 * real Digest handshake.
 */
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Prism, startPrism } from "../../scripts/prism.ts";

const SPEC = resolve(dirname(fileURLToPath(import.meta.url)), "../../spec/openapi.yaml");

/** One entry of Prism's `sl-violations` header. */
export interface Violation {
  location: string[];
  severity: string;
  code: string | number;
  message: string;
}

/** Starts Prism as a validating proxy in front of `upstream`; close it in `afterAll`. */
export function startPrismProxy(upstream: string): Promise<Prism> {
  return startPrism({ spec: SPEC, mode: "proxy", upstream });
}

/** The violations Prism reported for one exchange; none when the header is absent. */
export function violationsOf(response: Response): Violation[] {
  const header = response.headers.get("sl-violations");
  if (header === null || header === "") return [];
  return JSON.parse(header) as Violation[];
}

/**
 * Prism's Digest check is shape-only and wrong both ways: it wants every space-separated chunk of the
 * Authorization header to hold a quoted `[a-z0-9]*` value, so it flags every real Digest header (a `uri` holds
 * slashes, `realm="MMS Public API"` holds spaces), and it flags a request without credentials the same way, which
 * is the first leg of every Digest handshake. It reports both as exactly this request-side violation; nothing else
 * is filtered (see API-FACTS.md, "Prism").
 */
export function isDigestFalsePositive(violation: Violation): boolean {
  return (
    violation.location.length === 1 &&
    violation.location[0] === "request" &&
    String(violation.code) === "401" &&
    violation.message === "Invalid security scheme used"
  );
}

/** The violations about the upstream's answer: what a conforming server never causes. */
export function responseViolations(response: Response): Violation[] {
  return violationsOf(response).filter((violation) => violation.location[0] === "response");
}

/** The violations about the request, without the Digest false positive. */
export function requestViolations(response: Response): Violation[] {
  return violationsOf(response).filter(
    (violation) => violation.location[0] === "request" && !isDigestFalsePositive(violation),
  );
}

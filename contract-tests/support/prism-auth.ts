/**
 * TEST-ONLY authentication for the Prism mock. Never use it against a real server: it proves nothing about Digest.
 *
 * Prism checks HTTP Digest by shape only, and that shape is stricter than RFC 7616: it splits the Authorization
 * header on spaces and wants every chunk to hold a quoted value of lower-case letters and digits only, and the
 * names `username`, `realm`, `nonce`, `uri` and `response` to appear. A real Digest header never passes (its `uri`
 * holds slashes, `algorithm`, `qop` and `nc` are unquoted tokens), so the client's real Digest strategy always gets
 * Prism's 401 challenge back. The contract suite therefore signs with the fixed header below, which Prism accepts
 * and which no real server would. Digest itself is proven by the client's unit tests against a real digest server
 * and by the sandbox.
 *
 * @see node_modules/@stoplight/prism-http/dist/validator/validators/security/handlers/digestAuth.js
 */
import { PRISM_AUTHORIZATION } from "../../scripts/prism.ts";
import type { AuthStrategy } from "../../src/index.ts";

/** An Authorization header that passes Prism's shape-only Digest check (and nothing else). */
export { PRISM_AUTHORIZATION };

/** Signs every request with {@link PRISM_AUTHORIZATION}. Test-only: see the file header. */
export const prismAuth: AuthStrategy = {
  wrapFetch: (next) => (request) => {
    const signed = new Request(request);
    signed.headers.set("Authorization", PRISM_AUTHORIZATION);
    return next(signed);
  },
};

/** Sends requests as they are, without any credentials: the mock answers its 401 challenge. */
export const noCredentials: AuthStrategy = {
  wrapFetch: (next) => next,
};

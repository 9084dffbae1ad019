/**
 * The client's side of the contract: the real client from src/, pointed at the mock, only its base URL changed.
 * The mock picks its answer from the `Prefer` header each call sends; Digest is replaced by the test-only strategy
 * of support/prism-auth.ts (see there why).
 */
import { describe, expect, it } from "vitest";
import { parseChallenges, selectDigestChallenge } from "../src/digest.ts";
import {
  ApiError,
  AuthenticationError,
  type AuthStrategy,
  type CallOptions,
  createAtlasClient,
  createOpsManagerClient,
  isApiError,
  isAuthenticationError,
  isValidationError,
  type OperationResult,
  ValidationError,
} from "../src/index.ts";
import { rejection } from "../test/support/rejection.ts";
import { noCredentials, prismAuth } from "./support/prism-auth.ts";
import {
  atlasTarget,
  baseUrl,
  INVITATION_ID,
  MALFORMED_IDS,
  type MalformedIdKind,
  onPrism,
  opsManagerTarget,
  prismLog,
  type RawTarget,
  rawDelete,
  settledPrismLog,
  uniqueId,
  uniqueMalformedId,
} from "./support/server.ts";

/** What every request the client put on the wire looked like. */
interface Sent {
  readonly method: string;
  readonly url: URL;
  readonly headers: Headers;
}

/** A target as the client tests drive it: its high-level method and its typed `api.DELETE`, behind one shape. */
interface ClientTarget extends RawTarget {
  /** Calls the high-level delete through a fresh client; `sent` records what reached the transport. */
  remove(
    ids: { parentId?: string; invitationId?: string },
    call?: CallOptions,
    auth?: AuthStrategy,
  ): Promise<OperationResult>;
  /** Calls the typed openapi-fetch client of a fresh client. */
  apiDelete(query: { envelope?: boolean; pretty?: boolean }, prefer: string): Promise<TypedResult>;
  readonly sent: Sent[];
}

interface TypedResult {
  readonly data?: unknown;
  readonly error?: unknown;
  readonly response: Response;
}

function clientOptions(sent: Sent[], auth: AuthStrategy) {
  return {
    baseUrl,
    auth,
    retry: false as const,
    // Another team's server may sit on a non-loopback http URL; the https rule is the client's unit tests' concern.
    allowInsecureHttp: !onPrism,
    fetch: (request: Request) => {
      sent.push({ method: request.method, url: new URL(request.url), headers: new Headers(request.headers) });
      return fetch(request);
    },
  };
}

function atlasClientTarget(): ClientTarget {
  const sent: Sent[] = [];
  return {
    ...atlasTarget,
    sent,
    remove: (ids, call, auth = prismAuth) =>
      createAtlasClient(clientOptions(sent, auth)).deleteProjectInvitation(
        { groupId: ids.parentId ?? atlasTarget.parentId, invitationId: ids.invitationId ?? INVITATION_ID },
        call,
      ),
    apiDelete: (query, prefer) =>
      createAtlasClient(clientOptions(sent, prismAuth)).api.DELETE(
        "/api/atlas/v1.0/groups/{groupId}/invites/{invitationId}",
        {
          params: { path: { groupId: atlasTarget.parentId, invitationId: INVITATION_ID }, query },
          headers: { Prefer: prefer },
        },
      ),
  };
}

function opsManagerClientTarget(): ClientTarget {
  const sent: Sent[] = [];
  return {
    ...opsManagerTarget,
    sent,
    remove: (ids, call, auth = prismAuth) =>
      createOpsManagerClient(clientOptions(sent, auth)).deleteOrganizationInvitation(
        { orgId: ids.parentId ?? opsManagerTarget.parentId, invitationId: ids.invitationId ?? INVITATION_ID },
        call,
      ),
    apiDelete: (query, prefer) =>
      createOpsManagerClient(clientOptions(sent, prismAuth)).api.DELETE(
        "/api/public/v1.0/orgs/{orgId}/invites/{invitationId}",
        {
          params: { path: { orgId: opsManagerTarget.parentId, invitationId: INVITATION_ID }, query },
          headers: { Prefer: prefer },
        },
      ),
  };
}

const targets = [
  { name: "Atlas", method: "deleteProjectInvitation", make: atlasClientTarget },
  { name: "Ops Manager", method: "deleteOrganizationInvitation", make: opsManagerClientTarget },
] as const;

for (const { name, method, make } of targets) {
  describe(`${name} client: ${method}`, () => {
    describe("success", () => {
      it("resolves with status 204 after exactly one DELETE to the /invites/ path, without envelope or pretty", async () => {
        const target = make();
        await expect(target.remove({}, { headers: { Prefer: "code=204" } })).resolves.toMatchObject({
          status: 204,
          enveloped: false,
        });
        expect(target.sent).toHaveLength(1);
        const [request] = target.sent;
        expect(request?.method).toBe("DELETE");
        expect(request?.url.pathname).toBe(new URL(target.url()).pathname);
        expect(request?.url.search).toBe("");
      });

      it("gets the raw 204 with no body through the typed api client", async () => {
        const { data, error, response } = await make().apiDelete({}, "code=204");
        expect(response.status).toBe(204);
        expect(data).toBeUndefined();
        expect(error).toBeUndefined();
      });
    });

    describe("envelope", () => {
      it("sends envelope=true and resolves with status 204 as for a plain 204 when the envelope wraps success", async () => {
        const target = make();
        const plain = await target.remove({}, { headers: { Prefer: "code=204" } });
        const enveloped = await target.remove({}, { envelope: true, headers: { Prefer: "example=deleted" } });
        expect(enveloped).toMatchObject({ status: 204, enveloped: true });
        expect(enveloped.status).toBe(plain.status);
        expect(target.sent[1]?.url.searchParams.get("envelope")).toBe("true");
      });

      it("shows the raw {status: 204, content: {}} body through the typed api client", async () => {
        const { data, response } = await make().apiDelete({ envelope: true }, "example=deleted");
        expect(response.status).toBe(200);
        expect(data).toEqual({ status: 204, content: {} });
      });

      it("rejects an enveloped 404 with the same typed ApiError as a plain 404", async () => {
        const target = make();
        const plain = await rejection(target.remove({}, { headers: { Prefer: "code=404" } }));
        const enveloped = await rejection(
          target.remove({}, { envelope: true, headers: { Prefer: "example=notFound" } }),
        );
        expect(plain).toBeInstanceOf(ApiError);
        expect(enveloped).toBeInstanceOf(ApiError);
        const fields = (e: unknown) => {
          const { name, code, status, errorCode, detail, reason, parameters, method, path } = e as ApiError;
          return { name, code, status, errorCode, detail, reason, parameters, method, path };
        };
        expect(fields(enveloped)).toEqual(fields(plain));
        expect(fields(plain)).toMatchObject({
          status: 404,
          errorCode: "INVITATION_NOT_FOUND",
          path: target.pathTemplate,
        });
        expect((plain as ApiError).enveloped).toBe(false);
        expect((enveloped as ApiError).enveloped).toBe(true);
      });
    });

    describe("authentication", () => {
      it("accepts the mock's challenge: Digest, realm MMS Public API, qop auth, MD5", async () => {
        const response = await rawDelete(make().url(), { authorized: false });
        await response.body?.cancel();
        const challenge = selectDigestChallenge(parseChallenges(response.headers.get("www-authenticate") ?? ""));
        expect(challenge).toMatchObject({ realm: "MMS Public API", qop: "auth", algorithm: "MD5", stale: false });
        expect(challenge?.nonce).toMatch(/\S/);
      });

      it("rejects with an AuthenticationError carrying the 401 ApiError body when no credentials are sent", async () => {
        const target = make();
        const error = await rejection(target.remove({}, {}, noCredentials));
        expect(isAuthenticationError(error)).toBe(true);
        expect(isApiError(error)).toBe(true);
        expect(error).toBeInstanceOf(AuthenticationError);
        expect(error).toMatchObject({
          status: 401,
          errorCode: "NOT_AUTHORIZED",
          failure: "rejected",
          method: "DELETE",
          path: target.pathTemplate,
        });
        expect(target.sent).toHaveLength(1);
        expect(target.sent[0]?.headers.has("authorization")).toBe(false);
      });
    });

    describe("error statuses", () => {
      it.each([
        { status: 403, errorCode: "USER_UNAUTHORIZED" },
        { status: 404, errorCode: "INVITATION_NOT_FOUND" },
        { status: 429, errorCode: "RATE_LIMITED", retryAfter: 60 },
        { status: 500, errorCode: "UNEXPECTED_ERROR" },
      ])(
        "rejects a $status with an ApiError whose errorCode is $errorCode",
        async ({ status, errorCode, retryAfter }) => {
          const target = make();
          const error = await rejection(target.remove({}, { headers: { Prefer: `code=${status}` } }));
          expect(isApiError(error)).toBe(true);
          expect(isAuthenticationError(error)).toBe(false);
          expect(error).toMatchObject({
            status,
            errorCode,
            method: "DELETE",
            path: target.pathTemplate,
            enveloped: false,
          });
          expect((error as ApiError).retryAfter).toBe(retryAfter);
          expect(target.sent).toHaveLength(1);
        },
      );
    });

    describe("bad input is refused before any request is sent", () => {
      const { parentParam } = make();
      for (const param of [parentParam, "invitationId"] as const) {
        for (const [kind, label] of Object.entries(MALFORMED_IDS) as [MalformedIdKind, string][]) {
          it(`${param} with ${label}`, async () => {
            const target = make();
            const id = uniqueMalformedId(kind);
            const ids = param === "invitationId" ? { invitationId: id } : { parentId: id };
            const error = await rejection(target.remove(ids));
            expect(isValidationError(error)).toBe(true);
            expect(error).toBeInstanceOf(ValidationError);
            expect((error as ValidationError).parameter).toBe(param);
            await expectNeverSent(target, id);
          });
        }
      }

      it.each(["pretty", "envelope"] as const)("a non-boolean %s", async (name) => {
        const target = make();
        const id = uniqueId();
        // What an untyped caller (plain JavaScript, parsed JSON) can pass.
        const call = { [name]: "yes" } as unknown as CallOptions;
        const error = await rejection(target.remove({ invitationId: id }, call));
        expect(isValidationError(error)).toBe(true);
        expect((error as ValidationError).parameter).toBe(name);
        await expectNeverSent(target, id);
      });
    });
  });
}

/** Proves no request carrying `id` left the client, and, on Prism, that none arrived there either. */
async function expectNeverSent(target: ClientTarget, id: string): Promise<void> {
  expect(target.sent).toHaveLength(0);
  if (onPrism) {
    const log = await settledPrismLog();
    expect(log).not.toContain(id);
  }
}

describe("the Prism log check", () => {
  it.runIf(onPrism)("sees a request that did reach the mock", async () => {
    const id = uniqueId();
    await (await rawDelete(atlasTarget.url({ invitationId: id }), { prefer: "code=204" })).body?.cancel();
    expect(await settledPrismLog()).toContain(id);
    expect(prismLog).not.toBe("");
  });
});

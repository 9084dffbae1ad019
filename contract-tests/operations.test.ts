/**
 * Every operation of the spec, through the real client, against the mock: success with `data` that the spec's
 * schema accepts (checked by Ajv), the envelope, the 401 challenge, every declared error as a typed error, and bad
 * input refused before anything is sent. The cases come from the generated operation table and the spec's own
 * examples (support/spec.ts); support/resource.ts adds what the resource promises whatever the spec says.
 */
import { describe, expect, it } from "vitest";
import {
  type ApiError,
  AuthenticationError,
  isApiError,
  isAuthenticationError,
  isValidationError,
  type Operation,
  ValidationError,
} from "../src/index.ts";
import { targets } from "../src/targets.ts";
import { badInputs } from "./support/bad-inputs.ts";
import { callerOf, expandedPath, rejection, type Sent } from "./support/client.ts";
import { noCredentials } from "./support/prism-auth.ts";
import { collectionOf, kindOf, RESOURCE } from "./support/resource.ts";
import {
  MALFORMED_IDS,
  type MalformedIdKind,
  onPrism,
  settledPrismLog,
  uniqueId,
  uniqueMalformedId,
} from "./support/server.ts";
import {
  allOperations,
  CALL_OPTION_QUERY,
  dataSchema,
  declaredStatuses,
  envelopeExamples,
  exampleInput,
  examplesOf,
  headerExample,
  optionalQueryExamples,
  requestSchema,
  responseOf,
  schemaErrors,
  successDataSchema,
} from "./support/spec.ts";

type Input = Record<string, unknown>;

/** The fields of an `ApiError` that say what went wrong, for comparing two of them. */
function errorFields(error: unknown) {
  const { name, code, status, errorCode, detail, reason, parameters, method, path } = error as ApiError;
  return { name, code, status, errorCode, detail, reason, parameters, method, path };
}

/** The input's body fields, as the request must carry them. */
function bodyOf(operation: Operation, input: Input): Input {
  const body: Input = {};
  for (const field of operation.body?.fields ?? []) if (input[field] !== undefined) body[field] = input[field];
  return body;
}

/** The input with every path parameter set to a fresh id, so the mock's log can be searched for this call. */
function traceable(operation: Operation, input: Input): { input: Input; marker: string } {
  const marker = uniqueId();
  const traced = { ...input };
  for (const { name } of operation.pathParams) traced[name] = marker;
  return { input: traced, marker };
}

/** Proves no request carrying `marker` left the client, and, on Prism, that none arrived there either. */
async function expectNeverSent(sent: readonly Sent[], marker: string): Promise<void> {
  expect(sent).toHaveLength(0);
  if (onPrism) expect(await settledPrismLog()).not.toContain(marker);
}

/** The success statuses an operation answers with data or with nothing: the spec's, and those its kind promises. */
function successStatuses(operation: Operation): number[] {
  const declared = operation.success.filter((entry) => !entry.envelopeOnly).map((entry) => entry.status);
  const kind = kindOf(operation);
  return [...new Set([...(kind === undefined ? [] : RESOURCE[kind].success), ...declared])].sort();
}

for (const operation of allOperations) {
  const target = targets[operation.target].title;
  const kind = kindOf(operation);
  const input = exampleInput(operation);
  const path = expandedPath(operation, input);

  describe(`${target} ${operation.name}: ${operation.method} ${operation.path}`, () => {
    it.runIf(kind !== undefined)(`declares what a ${kind} of the resource promises`, () => {
      const promise = RESOURCE[kind ?? "list"];
      const declared = operation.success.filter((e) => !e.envelopeOnly).map((e) => e.status);
      expect(declared.sort(), "success statuses").toEqual([...promise.success].sort());
      expect([...optionalQueryExamples(operation).keys()], "query parameters").toEqual(
        expect.arrayContaining([...promise.query]),
      );
      expect(requestSchema(operation)?.required ?? [], "required body fields").toEqual(
        expect.arrayContaining([...promise.requiredBody]),
      );
      // The data of every operation of one target and scope is the invitation its get answers (a list: an array of it).
      const get = allOperations.find((o) => kindOf(o) === "get" && collectionOf(o) === collectionOf(operation));
      const invitation = get === undefined ? undefined : successDataSchema(get);
      expect(invitation, `the get of ${collectionOf(operation)}`).toBeDefined();
      const data = successDataSchema(operation);
      if (promise.data === "none") expect(data).toBeUndefined();
      // A list may bound its length (maxItems, as MongoDB's guidelines ask); its items are the invitation.
      else if (promise.data === "array")
        expect(data).toEqual(expect.objectContaining({ type: "array", items: invitation }));
      else expect(data).toEqual(invitation);
    });

    describe("success", () => {
      for (const status of successStatuses(operation)) {
        it(`resolves a ${status} with data the spec's schema accepts, after one request`, async () => {
          const { sent, call } = callerOf(operation);
          const result = await call(input, { headers: { Prefer: `code=${status}` } });
          expect(result).toMatchObject({ status, enveloped: false });
          const schema = dataSchema(operation, status);
          if (schema === undefined) {
            expect(result.data).toBeUndefined();
          } else {
            expect(result.data).toBeDefined();
            expect(schemaErrors(schema, result.data)).toEqual([]);
          }
          const promised = kind === undefined ? undefined : RESOURCE[kind].data;
          if (promised === "array") expect(Array.isArray(result.data)).toBe(true);
          if (promised === "object") expect(result.data).toEqual(expect.objectContaining({ id: expect.any(String) }));
          if (promised === "none") expect(result.data).toBeUndefined();

          const response = responseOf(operation, status);
          const limit = headerExample(response, "RateLimit-Limit");
          if (limit !== undefined) {
            expect(result.rateLimit).toEqual({ limit, remaining: headerExample(response, "RateLimit-Remaining") });
          }
          const sunset = headerExample(response, "Sunset");
          if (sunset !== undefined) expect(result.deprecation?.sunset).toBe(sunset);

          expect(sent).toHaveLength(1);
          const [request] = sent;
          expect(request?.method).toBe(operation.method);
          expect(request?.url.pathname).toBe(path);
          expect(request?.url.search).toBe("");
          if (operation.body === null) expect(request?.body).toBeUndefined();
          else expect(JSON.parse(request?.body ?? "null")).toEqual(bodyOf(operation, input));
        });
      }

      const queries = new Set([...optionalQueryExamples(operation).keys(), ...(kind ? RESOURCE[kind].query : [])]);
      for (const name of queries) {
        it(`sends its ${name} query parameter, and the answer still has the data the schema accepts`, async () => {
          const value = optionalQueryExamples(operation).get(name);
          expect(value, `the spec's example of ${name}`).toBeDefined();
          const { sent, call } = callerOf(operation);
          const status = successStatuses(operation)[0] ?? 200;
          const result = await call({ ...input, [name]: value }, { headers: { Prefer: `code=${status}` } });
          expect(result.status).toBe(status);
          const schema = dataSchema(operation, status);
          if (schema !== undefined) expect(schemaErrors(schema, result.data)).toEqual([]);
          expect(sent[0]?.url.searchParams.get(name)).toBe(String(value));
        });
      }
    });

    describe("envelope", () => {
      const examples = envelopeExamples(operation);
      it("declares an enveloped 200 with an example of success", () => {
        expect(examples.filter((e) => e.value.status < 300).map((e) => e.name)).not.toEqual([]);
      });

      for (const example of examples.filter((e) => e.value.status < 300)) {
        it(`sends envelope=true and unwraps the ${example.value.status} of the "${example.name}" example`, async () => {
          const { sent, call } = callerOf(operation);
          const result = await call(input, {
            envelope: true,
            headers: { Prefer: `code=200, example=${example.name}` },
          });
          expect(result).toMatchObject({ status: example.value.status, enveloped: true });
          const schema = example.value.status === 204 ? undefined : successDataSchema(operation);
          if (schema === undefined) expect(result.data).toBeUndefined();
          else expect(schemaErrors(schema, result.data)).toEqual([]);
          expect(sent[0]?.url.searchParams.get("envelope")).toBe("true");
        });
      }

      for (const example of examples.filter((e) => e.value.status >= 300)) {
        it(`rejects the enveloped ${example.value.status} of "${example.name}" with the ApiError of a plain one`, async () => {
          const content = example.value.content as { errorCode?: string };
          const plain = examplesOf(responseOf(operation, example.value.status)).find(
            (e) => (e.value as { errorCode?: string }).errorCode === content.errorCode,
          );
          expect(plain, `a plain ${example.value.status} ${content.errorCode} example`).toBeDefined();
          const { call } = callerOf(operation);
          const direct = await rejection(
            call(input, { headers: { Prefer: `code=${example.value.status}, example=${plain?.name}` } }),
          );
          const wrapped = await rejection(
            call(input, { envelope: true, headers: { Prefer: `code=200, example=${example.name}` } }),
          );
          expect(isApiError(direct) && isApiError(wrapped)).toBe(true);
          expect(errorFields(wrapped)).toEqual(errorFields(direct));
          expect(errorFields(direct)).toMatchObject({ status: example.value.status, errorCode: content.errorCode });
          expect([(direct as ApiError).enveloped, (wrapped as ApiError).enveloped]).toEqual([false, true]);
        });
      }
    });

    it("rejects a call without credentials with an AuthenticationError read from the Digest challenge", async () => {
      const [challenge] = examplesOf(responseOf(operation, 401));
      expect(challenge, "the 401's example").toBeDefined();
      const { sent, call } = callerOf(operation, noCredentials);
      const error = await rejection(call(input));
      expect(error).toBeInstanceOf(AuthenticationError);
      expect(error).toMatchObject({
        status: 401,
        errorCode: (challenge?.value as { errorCode?: string } | undefined)?.errorCode,
        failure: "rejected",
        method: operation.method,
        path: operation.path,
      });
      expect(sent).toHaveLength(1);
      expect(sent[0]?.headers.has("authorization")).toBe(false);
    });

    describe("errors", () => {
      for (const status of declaredStatuses(operation).filter((s) => s >= 400 && s !== 401)) {
        const response = responseOf(operation, status);
        for (const example of examplesOf(response)) {
          const body = example.value as { errorCode: string; detail?: string; reason?: string; parameters?: unknown[] };
          const prefer = example.name === "" ? `code=${status}` : `code=${status}, example=${example.name}`;
          it(`rejects a ${status} ${body.errorCode}${example.name ? ` ("${example.name}")` : ""} with an ApiError`, async () => {
            const { sent, call } = callerOf(operation);
            const error = await rejection(call(input, { headers: { Prefer: prefer } }));
            expect(isApiError(error)).toBe(true);
            expect(isAuthenticationError(error)).toBe(false);
            expect(error).toMatchObject({
              status,
              errorCode: body.errorCode,
              detail: body.detail,
              reason: body.reason,
              parameters: body.parameters ?? [],
              method: operation.method,
              path: operation.path,
              enveloped: false,
            });
            expect((error as ApiError).retryAfter).toBe(headerExample(response, "Retry-After"));
            expect(sent).toHaveLength(1);
          });
        }
      }
    });

    describe("bad input is refused before any request is sent", () => {
      for (const { name } of operation.pathParams) {
        for (const [malformed, label] of Object.entries(MALFORMED_IDS) as [MalformedIdKind, string][]) {
          it(`${name} with ${label}`, async () => {
            const id = uniqueMalformedId(malformed);
            const { sent, call } = callerOf(operation);
            const error = await rejection(call({ ...input, [name]: id }));
            expect(error).toBeInstanceOf(ValidationError);
            expect((error as ValidationError).parameter).toBe(name);
            await expectNeverSent(sent, id);
          });
        }
      }

      for (const bad of badInputs(operation, input)) {
        it(bad.title, async () => {
          const { input: traced, marker } = traceable(operation, bad.input);
          const { sent, call } = callerOf(operation);
          const error = await rejection(call(traced));
          expect(isValidationError(error), String(error)).toBe(true);
          expect((error as ValidationError).parameter).toBe(bad.parameter);
          await expectNeverSent(sent, marker);
        });
      }

      for (const name of CALL_OPTION_QUERY) {
        it(`a non-boolean ${name}`, async () => {
          const { input: traced, marker } = traceable(operation, input);
          const { sent, call } = callerOf(operation);
          // What an untyped caller (plain JavaScript, parsed JSON) can pass.
          const error = await rejection(call(traced, { [name]: "yes" } as never));
          expect(isValidationError(error)).toBe(true);
          expect((error as ValidationError).parameter).toBe(name);
          await expectNeverSent(sent, marker);
        });
      }
    });
  });
}

describe("the operation table", () => {
  it("has the six operations of the resource for each target and scope", () => {
    const groups = new Map<string, string[]>();
    for (const operation of allOperations) {
      const key = `${operation.target} ${collectionOf(operation)}`;
      groups.set(key, [...(groups.get(key) ?? []), kindOf(operation) ?? operation.operationId]);
    }
    expect(groups.size).toBe(4);
    for (const kinds of groups.values()) expect(kinds.sort()).toEqual(Object.keys(RESOURCE).sort());
  });
});

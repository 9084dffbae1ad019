/**
 * The spec as the contract tests read it: the document the mock serves, dereferenced by swagger-parser, with Ajv
 * (and ajv-formats) checking values against its schemas, and each operation's examples turned into inputs. Every
 * per-operation case of the suite is derived from here and from the generated operation table, so an operation
 * added to the spec is covered without a test written for it.
 */
import SwaggerParser from "@apidevtools/swagger-parser";
import { Ajv, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import type { OpenAPIV3 } from "openapi-types";
import { inject } from "vitest";
import { type Operation, operations } from "../../src/api.ts";

/** The OpenAPI document the server under test answers from (the mock's own, or `MMS_CONTRACT_SPEC`). */
export const specFile: string = inject("contractSpec");

const document = (await SwaggerParser.dereference(specFile)) as OpenAPIV3.Document;

/** Every operation of the generated table, in the spec's order. */
export const allOperations: readonly Operation[] = Object.values(operations) as Operation[];

/** Query parameters the client reads from the call options rather than from the input object. */
export const CALL_OPTION_QUERY: ReadonlySet<string> = new Set(["pretty", "envelope"]);

type Schema = OpenAPIV3.SchemaObject;

/** The spec's own description of one operation of the table. */
export function specOperation(operation: Operation): OpenAPIV3.OperationObject {
  const item = document.paths[operation.path];
  const op = item?.[operation.method.toLowerCase() as OpenAPIV3.HttpMethods];
  if (op === undefined)
    throw new Error(`${operation.operationId}: the spec has no ${operation.method} ${operation.path}`);
  return op;
}

/** The parameters of an operation, its path item's included, dereferenced. */
export function parametersOf(operation: Operation): OpenAPIV3.ParameterObject[] {
  const item = document.paths[operation.path] as OpenAPIV3.PathItemObject;
  return [...(item.parameters ?? []), ...(specOperation(operation).parameters ?? [])] as OpenAPIV3.ParameterObject[];
}

/** The declared response of `status`, or `undefined`. */
export function responseOf(operation: Operation, status: number | string): OpenAPIV3.ResponseObject | undefined {
  return specOperation(operation).responses[String(status)] as OpenAPIV3.ResponseObject | undefined;
}

/** Every declared status of an operation, as numbers, in the spec's order. */
export function declaredStatuses(operation: Operation): number[] {
  return Object.keys(specOperation(operation).responses).map(Number);
}

/** The JSON schema of a response body, or `undefined` for a response without one. */
export function bodySchema(response: OpenAPIV3.ResponseObject | undefined): Schema | undefined {
  return response?.content?.["application/json"]?.schema as Schema | undefined;
}

/** Whether a schema is an envelope `{status, content}`: what `envelope=true` answers, never the `data`. */
export function isEnvelopeSchema(schema: Schema): boolean {
  return Boolean(schema.required?.includes("status") && schema.required.includes("content"));
}

/**
 * The schema `data` must satisfy for an answer of `status`: the response's schema without the envelope a `oneOf`
 * offers beside the plain body (the client unwraps envelopes before it hands over `data`). `undefined` when the
 * status carries no data (a `204`, or a delete's envelope-only `200`).
 */
export function dataSchema(operation: Operation, status: number): Schema | undefined {
  const schema = bodySchema(responseOf(operation, status));
  if (schema === undefined) return undefined;
  const branches = (schema.oneOf ?? [schema]) as Schema[];
  const plain = branches.filter((branch) => !isEnvelopeSchema(branch));
  if (plain.length === 0) return undefined;
  return plain.length === 1 ? plain[0] : { oneOf: plain };
}

/** The data schema of an operation's first success status that carries data, for the enveloped answer's content. */
export function successDataSchema(operation: Operation): Schema | undefined {
  for (const entry of operation.success) {
    const schema = dataSchema(operation, entry.status);
    if (schema !== undefined) return schema;
  }
  return undefined;
}

// OpenAPI 3.0 schemas carry keywords JSON Schema validators do not know (`example`, `discriminator`): not strict.
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats.default(ajv);
const compiled = new WeakMap<object, ValidateFunction>();

/** What Ajv finds wrong with `value` under `schema`, one line per finding; `[]` when it conforms. */
export function schemaErrors(schema: Schema, value: unknown): string[] {
  let validate = compiled.get(schema);
  if (validate === undefined) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || "(root)"} ${e.message ?? e.keyword}`);
}

/** One named example of a response (the name `Prefer: example=<name>` picks), with its value. */
export interface NamedExample {
  readonly name: string;
  readonly value: unknown;
}

/** The examples of a response's JSON body, named as the spec names them. */
export function examplesOf(response: OpenAPIV3.ResponseObject | undefined): NamedExample[] {
  const media = response?.content?.["application/json"];
  if (media === undefined) return [];
  if (media.examples !== undefined) {
    return Object.entries(media.examples).map(([name, example]) => ({
      name,
      value: (example as OpenAPIV3.ExampleObject).value,
    }));
  }
  return media.example === undefined ? [] : [{ name: "", value: media.example }];
}

/** The example of a header a response declares, or `undefined`. */
export function headerExample(response: OpenAPIV3.ResponseObject | undefined, name: string): unknown {
  const header = response?.headers?.[name] as OpenAPIV3.HeaderObject | undefined;
  return header?.example ?? (header?.schema as Schema | undefined)?.example;
}

/** An envelope as the spec's examples write it. */
export interface EnvelopeExample extends NamedExample {
  readonly value: { status: number; content: unknown };
}

/** The enveloped examples of an operation's `200`: what `envelope=true` may be answered with. */
export function envelopeExamples(operation: Operation): EnvelopeExample[] {
  return examplesOf(responseOf(operation, 200)).filter((example): example is EnvelopeExample => {
    const value = example.value as { status?: unknown; content?: unknown } | null;
    return typeof value === "object" && value !== null && typeof value.status === "number" && "content" in value;
  });
}

/** The example value of a parameter (its own, or its schema's). */
function parameterExample(parameter: OpenAPIV3.ParameterObject): unknown {
  return parameter.example ?? (parameter.schema as Schema | undefined)?.example;
}

/** The request body schema of an operation, or `undefined`. */
export function requestSchema(operation: Operation): Schema | undefined {
  const body = specOperation(operation).requestBody as OpenAPIV3.RequestBodyObject | undefined;
  return body?.content["application/json"]?.schema as Schema | undefined;
}

/** The spec's example of an operation's request body, or `undefined` when it declares none. */
function bodyExample(operation: Operation): Record<string, unknown> | undefined {
  const body = specOperation(operation).requestBody as OpenAPIV3.RequestBodyObject | undefined;
  const media = body?.content["application/json"];
  if (media === undefined) return undefined;
  const first = media.examples === undefined ? undefined : Object.values(media.examples)[0];
  const value =
    (first as OpenAPIV3.ExampleObject | undefined)?.value ??
    media.example ??
    (media.schema as Schema | undefined)?.example;
  if (value === undefined) throw new Error(`${operation.operationId}: the request body has no example in the spec`);
  return value as Record<string, unknown>;
}

/**
 * The input object of a call that the spec's own examples make: every required parameter's example and the request
 * body's example (its fields are the input's, as the client takes them). Optional query parameters are left out:
 * {@link optionalQueryExamples} has them.
 */
export function exampleInput(operation: Operation): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const parameter of parametersOf(operation)) {
    if (!parameter.required || CALL_OPTION_QUERY.has(parameter.name)) continue;
    const example = parameterExample(parameter);
    if (example === undefined) {
      throw new Error(`${operation.operationId}: parameter ${parameter.name} has no example in the spec`);
    }
    input[parameter.name] = example;
  }
  return { ...input, ...bodyExample(operation) };
}

/** The optional query parameters of an operation other than `pretty` and `envelope`, each with its example. */
export function optionalQueryExamples(operation: Operation): Map<string, unknown> {
  const found = new Map<string, unknown>();
  for (const parameter of parametersOf(operation)) {
    if (parameter.in !== "query" || parameter.required || CALL_OPTION_QUERY.has(parameter.name)) continue;
    found.set(parameter.name, parameterExample(parameter));
  }
  return found;
}

/** A schema with a single-entry `allOf` (how the spec adds a description to a `$ref`) read as that entry. */
export function flattened(schema: Schema): Schema {
  const [only] = (schema.allOf ?? []) as Schema[];
  if (schema.allOf?.length !== 1 || only === undefined) return schema;
  const { allOf: _, ...rest } = schema;
  return { ...flattened(only), ...rest };
}

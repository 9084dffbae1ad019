/**
 * Checks one raw answer (status, headers, body text) against the operation it answers in the dereferenced
 * per-target document: the status is declared, every required header is there and every declared header holds a
 * value its schema accepts, the Content-Type is one the response declares, a response without content (a `204`)
 * has no body, and the body is valid against its schema. Schemas are checked by Ajv (OpenAPI 3.0's `nullable`
 * included, formats from ajv-formats), never by hand.
 */
import { Ajv, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import type { DocumentOperation, DocumentResponse, JsonSchema } from "./spec-document.ts";

/** One answer as it came off the wire, read before the client saw it. */
export interface Exchange {
  readonly method: string;
  /** The full request URL (the query string says whether `envelope` or `pretty` was asked for). */
  readonly url: string;
  /** Whether the request carried an `Authorization` header. */
  readonly authenticated: boolean;
  readonly status: number;
  /** Header names in lower case, as `Headers` gives them. */
  readonly headers: Readonly<Record<string, string>>;
  readonly bodyText: string;
}

/** What verify found wrong with one answer. */
export interface Violation {
  /** The request that showed it: `DELETE /api/atlas/v1.0/groups/…/invites/… → 204`. */
  readonly request: string;
  /** Which rule: `status`, `content-type`, `header`, `no-body`, `body`, or a check's own. */
  readonly rule: string;
  readonly message: string;
}

/** `METHOD /path?query → status`, the name of an exchange in reports. */
export function describeExchange(exchange: Pick<Exchange, "method" | "url" | "status">): string {
  const url = new URL(exchange.url);
  return `${exchange.method} ${url.pathname}${url.search} → ${exchange.status}`;
}

/** Whether a request URL asked for `name=true`. */
export function asked(url: string, name: "envelope" | "pretty"): boolean {
  return new URL(url).searchParams.get(name) === "true";
}

const isEnvelopeSchema = (schema: JsonSchema): boolean => {
  const required = schema.required;
  return Array.isArray(required) && required.includes("status") && required.includes("content");
};

/** Validates answers against one target's document; compiled schemas are kept for the validator's life. */
export class ResponseValidator {
  readonly #ajv: Ajv;
  readonly #headerAjv: Ajv;
  readonly #compiled = new WeakMap<JsonSchema, ValidateFunction>();
  readonly #compiledHeaders = new WeakMap<JsonSchema, ValidateFunction>();

  constructor() {
    // strict: false lets OpenAPI's own keywords (example, readOnly, x-…) through; they annotate, never constrain.
    this.#ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
    addFormats.default(this.#ajv);
    // Header values are strings on the wire: an integer header is read as one before its schema applies.
    this.#headerAjv = new Ajv({ strict: false, allErrors: true, coerceTypes: true });
    addFormats.default(this.#headerAjv);
  }

  /** Every violation of the spec in `exchange`, an answer to `operation`; empty when it conforms. */
  validate(operation: DocumentOperation, exchange: Exchange): Violation[] {
    const request = describeExchange(exchange);
    const found: Violation[] = [];
    const add = (rule: string, message: string) => found.push({ request, rule, message });
    const response: DocumentResponse | undefined =
      operation.responses[String(exchange.status)] ??
      operation.responses[`${String(exchange.status).charAt(0)}XX`] ??
      operation.responses.default;
    if (response === undefined) {
      add(
        "status",
        `${exchange.status} is not a status ${operation.operationId} declares (${Object.keys(operation.responses).join(", ")})`,
      );
      return found;
    }

    for (const [name, header] of Object.entries(response.headers ?? {})) {
      const value = exchange.headers[name.toLowerCase()];
      if (value === undefined) {
        if (header.required === true) add("header", `required header ${name} is missing`);
        continue;
      }
      if (header.schema !== undefined && !this.#header(header.schema)({ value })) {
        add("header", `header ${name}: ${JSON.stringify(value)} does not match its schema`);
      }
    }

    const contentType = exchange.headers["content-type"];
    const declared = Object.keys(response.content ?? {});
    if (declared.length === 0) {
      const length = exchange.headers["content-length"];
      if (exchange.bodyText !== "" || (length !== undefined && length.trim() !== "0")) {
        add(
          "no-body",
          `a ${exchange.status} declares no content, but the answer has a body${length ? ` (Content-Length: ${length})` : ""}`,
        );
      } else if (exchange.headers["transfer-encoding"] !== undefined) {
        add("no-body", `a ${exchange.status} declares no content, but the answer is sent with Transfer-Encoding`);
      }
      return found;
    }
    const mediaType = contentType?.split(";")[0]?.trim().toLowerCase();
    const media = declared.find((type) => type.toLowerCase() === mediaType);
    if (media === undefined) {
      add(
        "content-type",
        `Content-Type ${contentType === undefined ? "is missing" : JSON.stringify(contentType)}; declared: ${declared.join(", ")}`,
      );
      return found;
    }
    const schema = response.content?.[media]?.schema;
    if (schema === undefined) return found;
    let body: unknown;
    try {
      body = JSON.parse(exchange.bodyText);
    } catch {
      add("body", `the body is not JSON (${JSON.stringify(exchange.bodyText.slice(0, 80))})`);
      return found;
    }
    const enveloped = asked(exchange.url, "envelope");
    const validate = this.#compile(this.#branch(schema, enveloped));
    if (!validate(body)) {
      for (const error of validate.errors ?? []) {
        add("body", `${error.instancePath || "(body)"} ${error.message ?? "is invalid"}${paramsNote(error.params)}`);
      }
    }
    return found;
  }

  /**
   * A 200 that may be the plain answer or its envelope is declared as a `oneOf` of the two: the request says
   * which one the server owes (the envelope exactly when `envelope=true` was asked for), so only that one is valid.
   */
  #branch(schema: JsonSchema, enveloped: boolean): JsonSchema {
    const oneOf = schema.oneOf;
    if (!Array.isArray(oneOf)) return schema;
    const branches = oneOf as JsonSchema[];
    const envelope = branches.filter(isEnvelopeSchema);
    if (envelope.length === 0) return schema;
    const chosen = enveloped ? envelope : branches.filter((branch) => !isEnvelopeSchema(branch));
    return chosen.length === 1 && chosen[0] !== undefined ? chosen[0] : { ...schema, oneOf: chosen };
  }

  #compile(schema: JsonSchema): ValidateFunction {
    let validate = this.#compiled.get(schema);
    if (validate === undefined) {
      validate = this.#ajv.compile(schema);
      this.#compiled.set(schema, validate);
    }
    return validate;
  }

  #header(schema: JsonSchema): ValidateFunction {
    let validate = this.#compiledHeaders.get(schema);
    if (validate === undefined) {
      validate = this.#headerAjv.compile({ type: "object", properties: { value: schema } });
      this.#compiledHeaders.set(schema, validate);
    }
    return validate;
  }
}

function paramsNote(params: Record<string, unknown>): string {
  if (typeof params.missingProperty === "string") return "";
  if (typeof params.additionalProperty === "string") return ` (${params.additionalProperty})`;
  if (Array.isArray(params.allowedValues)) return ` (${params.allowedValues.join(", ")})`;
  return "";
}

/**
 * Inputs that break an operation's schema, derived from the operation table, the spec's request schema and what the
 * resource promises (support/resource.ts), each with the field the client's `ValidationError` must name.
 */
import type { Operation } from "../../src/index.ts";
import { kindOf, RESOURCE } from "./resource.ts";
import { flattened, optionalQueryExamples, requestSchema } from "./spec.ts";

type Input = Record<string, unknown>;
type Schema = NonNullable<ReturnType<typeof requestSchema>>;

/** One bad input: a title for the test, the input, and the field the error names. */
export interface BadInput {
  readonly title: string;
  readonly input: Input;
  readonly parameter: string;
}

/** Ways an input breaks its operation's schema, each with the field the `ValidationError` must name. */
export function badInputs(operation: Operation, input: Input): BadInput[] {
  const cases: BadInput[] = [];
  for (const [name] of optionalQueryExamples(operation)) {
    const schema = operation.queryParams.find((p) => p.name === name)?.schema as Schema | undefined;
    if (schema?.format === "email") {
      cases.push({
        title: `${name} that is not an email address`,
        input: { ...input, [name]: "jane.doe" },
        parameter: name,
      });
    }
  }
  const schema = requestSchema(operation);
  const kind = kindOf(operation);
  const required = new Set([...(schema?.required ?? []), ...(kind === undefined ? [] : RESOURCE[kind].requiredBody)]);
  for (const field of required) {
    const { [field]: _, ...without } = input;
    cases.push({ title: `a body without ${field}`, input: without, parameter: field });
  }
  for (const [field, raw] of Object.entries(schema?.properties ?? {})) {
    const property = flattened(raw as Schema);
    if (property.format === "email") {
      cases.push({
        title: `${field} that is not an email address`,
        input: { ...input, [field]: "jane.doe" },
        parameter: field,
      });
    }
    if (property.type !== "array") continue;
    const items = flattened((property.items ?? {}) as Schema);
    if (Array.isArray(items.enum)) {
      const bad = { ...input, [field]: ["NOT_A_ROLE"] };
      cases.push({ title: `${field} with a value outside its enum`, input: bad, parameter: `${field}[0]` });
      if (property.uniqueItems) {
        const twice = { ...input, [field]: [items.enum[0], items.enum[0]] };
        cases.push({ title: `${field} with the same value twice`, input: twice, parameter: field });
      }
    }
    if (typeof items.pattern === "string") {
      const bad = { ...input, [field]: ["5F3A1C2B9D4E8F7A6B5C4D3E"] };
      cases.push({ title: `${field} with an item that breaks ${items.pattern}`, input: bad, parameter: `${field}[0]` });
    }
    const [first] = Array.isArray(input[field]) ? (input[field] as unknown[]) : [];
    if (typeof first === "object" && first !== null) {
      // An item of a list of objects (groupRoleAssignments) without each field its schema requires.
      for (const nested of items.required ?? []) {
        const { [nested]: _, ...item } = first as Input;
        const bad = { ...input, [field]: [item] };
        cases.push({ title: `${field}[0] without ${nested}`, input: bad, parameter: `${field}[0].${nested}` });
      }
    }
    if (typeof property.minItems === "number" && property.minItems > 0) {
      cases.push({ title: `an empty ${field}`, input: { ...input, [field]: [] }, parameter: field });
    }
  }
  cases.push({
    title: "a field the operation does not take",
    input: { ...input, notAField: true },
    parameter: "notAField",
  });
  return cases;
}

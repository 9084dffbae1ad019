/**
 * A request's input, read and checked the way the API checks it: the JSON body, then the operation's own input
 * check from the spec (generated/validators.ts, the same check the client runs before sending), with its first
 * problem answered in the API's words: `MISSING_ATTRIBUTE`, `INVALID_EMAIL_ADDRESS`, the target's role codes, or
 * `INVALID_ATTRIBUTE` naming the field.
 */
import type { IncomingMessage } from "node:http";
import { type InputIssue, inputChecks } from "../../generated/validators.ts";
import { type Answer, apiError } from "./responses.ts";
import type { Route, Scope } from "./routes.ts";
import { targetRules } from "./target-rules.ts";

/** Bodies larger than this are refused: no invitation request comes near it. */
const MAX_BODY_BYTES = 64 * 1024;

/** The checked input of one request: path parameters, query parameters and body fields in one object. */
export type Input = Readonly<Record<string, unknown>>;

/** Reads the JSON object body of a request for an operation that takes one. */
export async function readBody(
  req: IncomingMessage,
): Promise<{ ok: true; body: unknown } | { ok: false; answer: Answer }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) {
      return { ok: false, answer: invalidJson(`The request body is larger than ${MAX_BODY_BYTES} bytes.`) };
    }
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "") return { ok: true, body: undefined };
  try {
    return { ok: true, body: JSON.parse(text) };
  } catch {
    return { ok: false, answer: invalidJson("Received JSON is malformed.") };
  }
}

/**
 * Builds the operation's input from the path ids, the query and the body, and checks it against the spec.
 * Query parameters other than `pretty` and `envelope` are taken once each; a body field the operation does not
 * declare is refused rather than ignored.
 */
export function checkInput(
  route: Route,
  scope: Scope,
  ids: Readonly<Record<string, string>>,
  query: URLSearchParams,
  body: unknown,
): { ok: true; input: Input } | { ok: false; answer: Answer } {
  const { operation } = route;
  const input: Record<string, unknown> = {};
  if (operation.body !== null) {
    if (body === undefined) {
      if (operation.body.required) {
        return { ok: false, answer: invalidJson("The request requires a JSON body.") };
      }
    } else if (typeof body !== "object" || body === null || Array.isArray(body)) {
      return { ok: false, answer: invalidJson("The request body must be a JSON object.") };
    } else {
      const fields: readonly string[] = operation.body.fields;
      for (const [name, value] of Object.entries(body)) {
        if (!fields.includes(name)) return { ok: false, answer: invalidAttribute(name) };
        input[name] = value;
      }
    }
  }
  for (const { name, schema } of operation.queryParams) {
    if ((schema as { type?: string }).type === "boolean") continue;
    const values = query.getAll(name);
    if (values.length > 1) return { ok: false, answer: invalidAttribute(name) };
    if (values.length === 1) input[name] = values[0];
  }
  Object.assign(input, ids);
  const check = inputChecks[operation.operationId];
  if (check === undefined) throw new Error(`no input check generated for ${operation.operationId}`);
  if (check(input)) return { ok: true, input };
  const issue = check.errors?.[0];
  return { ok: false, answer: issue === undefined ? invalidAttribute("body") : answerIssue(issue, scope, input) };
}

/** The API's answer to the first problem an input check found. */
function answerIssue(issue: InputIssue, scope: Scope, input: Input): Answer {
  const path = issue.instancePath.split("/").filter((part) => part !== "");
  const [field = "body"] = path;
  if (issue.keyword === "required") {
    const missing = String(issue.params.missingProperty ?? field);
    return apiError(400, "MISSING_ATTRIBUTE", `The required attribute ${missing} was not specified.`, [missing]);
  }
  if (issue.keyword === "additionalProperties") return invalidAttribute(String(issue.params.additionalProperty));
  if (issue.keyword === "format" && issue.params.format === "email") {
    return apiError(400, "INVALID_EMAIL_ADDRESS", "An invalid email address was specified.");
  }
  if (issue.keyword === "enum") {
    const value = valueAt(input, path);
    const rules = targetRules[scope.target];
    // roles/<i>: a role of the scope; groupRoleAssignments/<i>/roles/<j>: a project role of that project.
    if (path.length === 2 && field === "roles" && typeof value === "string") {
      return rules.invalidRole(scope.kind, value, scope.id);
    }
    if (path.length === 4 && field === "groupRoleAssignments" && path[2] === "roles" && typeof value === "string") {
      const groupId = valueAt(input, [field, path[1] ?? "", "groupId"]);
      return rules.invalidRole("group", value, typeof groupId === "string" ? groupId : "");
    }
  }
  return invalidAttribute(field);
}

function valueAt(input: Input, path: readonly string[]): unknown {
  let node: unknown = input;
  for (const part of path) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** `400 INVALID_ATTRIBUTE` naming the parameter or field. */
export function invalidAttribute(name: string): Answer {
  return apiError(400, "INVALID_ATTRIBUTE", `Invalid attribute ${name} specified.`, [name]);
}

function invalidJson(detail: string): Answer {
  return apiError(400, "INVALID_JSON", detail);
}

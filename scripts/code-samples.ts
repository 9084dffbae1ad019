/**
 * Request samples (`x-codeSamples`, which Redoc shows beside each operation) for every operation of the docs page,
 * derived at docs time from the operation table (generated/operations.ts) and the spec's own examples, so 24
 * operations × 4 samples are never written by hand and cannot drift from the spec:
 *   - curl with `--digest` (the API keys);
 *   - the mms-invites TypeScript client;
 *   - the mms-invites command, for the operations it has (a delete in the scope `targets.ts` gives it per target);
 *   - for Atlas, curl with a service account's Bearer token (OAuth 2.0 client credentials).
 */
import { operations } from "../generated/operations.ts";
import { type TargetId, targets } from "../src/targets.ts";
import type { OpenApiDocument } from "./target-document.ts";

/** One entry of `x-codeSamples`. */
export interface CodeSample {
  readonly lang: string;
  readonly label: string;
  readonly source: string;
}

type Row = (typeof operations)[keyof typeof operations];
type Json = unknown;

const METHODS = ["get", "put", "post", "delete", "patch"] as const;

/** Base URL of a target in a sample: Atlas's public one, Ops Manager's from the variable MongoDB's CLIs read. */
function baseUrl(target: TargetId): string {
  return targets[target].defaultBaseUrl ?? `\${${targets[target].env.baseUrl[0] ?? "OPS_MANAGER_URL"}}`;
}

function isObject(value: Json): value is Record<string, Json> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Follows one local `$ref` of `doc`, or returns `value` as it is. */
function deref(doc: OpenApiDocument, value: Json): Json {
  if (!isObject(value) || typeof value.$ref !== "string") return value;
  let found: Json = doc;
  for (const key of value.$ref.replace(/^#\//, "").split("/")) found = isObject(found) ? found[key] : undefined;
  return found;
}

/** The example values the spec gives an operation: its parameters' and its request body's first example. */
function examplesOf(doc: OpenApiDocument, operation: Record<string, Json>) {
  const params: Record<string, string> = {};
  for (const entry of (operation.parameters as Json[] | undefined) ?? []) {
    const parameter = deref(doc, entry);
    if (isObject(parameter) && parameter.example !== undefined && typeof parameter.name === "string") {
      params[parameter.name] = String(parameter.example);
    }
  }
  const content = (
    deref(doc, operation.requestBody) as { content?: Record<string, { examples?: Record<string, Json> }> }
  )?.content?.["application/json"];
  const first = Object.values(content?.examples ?? {})[0];
  const body = first === undefined ? undefined : (deref(doc, first) as { value?: Json }).value;
  return { params, body };
}

/** `value` as a TypeScript object literal: JSON with identifier keys unquoted. */
function objectLiteral(value: Json): string {
  return JSON.stringify(value, null, 2).replace(/^(\s*)"([A-Za-z_$][\w$]*)":/gm, "$1$2:");
}

/** A shell variable reference, `${NAME}`. */
function shellVar(name: string): string {
  return `\${${name}}`;
}

function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'"'"'`)}'`;
}

/** The samples of one operation. */
export function codeSamples(row: Row, params: Readonly<Record<string, string>>, body: Json): CodeSample[] {
  const target = row.target as TargetId;
  const { env, cli, title } = targets[target];
  let path: string = row.path;
  for (const { name } of row.pathParams) path = path.replace(`{${name}}`, params[name] ?? `{${name}}`);
  const username = row.queryParams.some((query) => query.name === "username") ? params.username : undefined;
  const url = `${baseUrl(target)}${path}${username === undefined ? "" : `?username=${encodeURIComponent(username)}`}`;
  const data =
    body === undefined
      ? []
      : ['  --header "Content-Type: application/json"', `  --data ${shellQuote(JSON.stringify(body))}`];
  const request = [`  --request ${row.method} "${url}"`, '  --header "Accept: application/json"', ...data];

  const samples: CodeSample[] = [
    {
      lang: "curl",
      label: "curl (Digest)",
      source: [`curl --digest --user "\${${env.publicKey[0]}}:\${${env.privateKey[0]}}"`, ...request].join(" \\\n"),
    },
  ];

  const factory = target === "atlas" ? "createAtlasClient" : "createOpsManagerClient";
  const input: Record<string, Json> = {};
  for (const { name } of row.pathParams) input[name] = params[name];
  if (username !== undefined) input.username = username;
  if (isObject(body)) Object.assign(input, body);
  const options = [
    ...(targets[target].defaultBaseUrl === undefined ? [`  baseUrl: process.env.${env.baseUrl[0]} ?? "",`] : []),
    `  publicKey: process.env.${env.publicKey[0]} ?? "",`,
    `  privateKey: process.env.${env.privateKey[0]} ?? "",`,
  ];
  samples.push({
    lang: "TypeScript",
    label: "mms-invites client",
    source: [
      `import { ${factory} } from "mms-invites";`,
      "",
      `const client = ${factory}({`,
      ...options,
      "});",
      `const { status, data } = await client.${row.name}(${objectLiteral(input)});`,
    ].join("\n"),
  });

  if (row.name === cli.deleteMethod) {
    const where = cli.urlRequired ? [`  ${cli.urlFlag} "\${${env.baseUrl[0]}}"`] : [];
    samples.push({
      lang: "Bash",
      label: "mms-invites CLI",
      source: [
        `mms-invites delete --target ${cli.name}`,
        ...where,
        `  ${cli.scope.flag} ${params[cli.scope.param] ?? `<${cli.scope.param}>`}`,
        `  --invitation ${params.invitationId ?? "<invitationId>"}`,
      ].join(" \\\n"),
    });
  }

  if (target === "atlas") {
    samples.push({
      lang: "Shell",
      label: "curl (service account)",
      source: [
        `# A service account's access token (${title}): OAuth 2.0 client credentials, valid for an hour.`,
        `TOKEN=$(curl --silent --user "${shellVar("MONGODB_ATLAS_CLIENT_ID")}:${shellVar("MONGODB_ATLAS_CLIENT_SECRET")}" \\`,
        "  --data grant_type=client_credentials https://cloud.mongodb.com/api/oauth/token | jq -r .access_token)",
        [`curl --header "Authorization: Bearer ${shellVar("TOKEN")}"`, ...request].join(" \\\n"),
      ].join("\n"),
    });
  }
  return samples;
}

/**
 * The Redoc `codeSamples.languages` option for these samples: Redoc shows an `x-codeSamples` entry only when its
 * `lang` is listed, one tab per language, in this order.
 */
export const CODE_SAMPLE_LANGUAGES = [
  { lang: "curl", label: "curl (Digest)" },
  { lang: "TypeScript", label: "mms-invites client" },
  { lang: "Bash", label: "mms-invites CLI" },
  { lang: "Shell", label: "curl (service account)" },
] as const;

/** A copy of `doc` with `x-codeSamples` on every operation the operation table has. */
export function withCodeSamples(doc: OpenApiDocument): OpenApiDocument {
  const copy = structuredClone(doc);
  const rows = new Map<string, Row>(Object.entries(operations));
  for (const item of Object.values(copy.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!isObject(operation) || typeof operation.operationId !== "string") continue;
      const row = rows.get(operation.operationId);
      if (row === undefined) throw new Error(`${operation.operationId} is not in generated/operations.ts`);
      const { params, body } = examplesOf(copy, operation);
      operation["x-codeSamples"] = codeSamples(row, params, body);
    }
  }
  return copy;
}

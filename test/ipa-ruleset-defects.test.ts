/**
 * Four functions of MongoDB's IPA ruleset (@mongodb-js/ipa-validation-ruleset 11.2.0) throw on valid OpenAPI that
 * our spec uses, which stops the whole Spectral run. spec/ipa-functions/ wraps them so the rules stay on; these
 * tests show each defect on a minimal document, so they fail once a release fixes it (then drop the wrapper):
 *  - IPA-106/107/110 read the unresolved document along a resolved path: a response shared through
 *    `$ref: "#/components/responses/…"` is missing there and the function dereferences `null`/`undefined`;
 *  - IPA-125 calls `Object.keys(schema.properties)` on an object schema in a `oneOf` that declares no properties.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = resolve(import.meta.dirname, "..");
const spectral = join(root, "node_modules/.bin/spectral");
const upstream = join(root, "node_modules/@mongodb-js/ipa-validation-ruleset/ipa-spectral.yaml");

const id = { name: "widgetId", in: "path", required: true, description: "The widget.", schema: { type: "string" } };
const json = (ref: string) => ({ "application/json": { schema: { $ref: ref } } });

/** The smallest document that meets all four defects: shared 200 responses and an empty object in a oneOf. */
const document = {
  openapi: "3.0.3",
  info: { title: "Widgets", version: "1.0.0", description: "Widgets." },
  servers: [{ url: "https://example.com" }],
  paths: {
    "/widgets": {
      get: {
        operationId: "listWidgets",
        summary: "Return All Widgets",
        responses: { 200: { $ref: "#/components/responses/WidgetList" } },
      },
      post: {
        operationId: "createWidget",
        summary: "Create One Widget",
        requestBody: { content: json("#/components/schemas/WidgetRequest") },
        responses: { 201: { $ref: "#/components/responses/Widget" } },
      },
    },
    "/widgets/{widgetId}": {
      parameters: [id],
      get: {
        operationId: "getWidget",
        summary: "Return One Widget",
        responses: { 200: { $ref: "#/components/responses/Widget" } },
      },
      patch: {
        operationId: "updateWidget",
        summary: "Update One Widget",
        requestBody: { content: json("#/components/schemas/Widget") },
        responses: { 200: { $ref: "#/components/responses/Widget" } },
      },
    },
  },
  components: {
    responses: {
      Widget: { description: "One widget.", content: json("#/components/schemas/Widget") },
      WidgetList: { description: "The widgets.", content: json("#/components/schemas/WidgetPage") },
    },
    schemas: {
      Widget: {
        type: "object",
        description: "A widget.",
        properties: {
          body: {
            description: "Nothing, or an error.",
            oneOf: [{ $ref: "#/components/schemas/Empty" }, { $ref: "#/components/schemas/Problem" }],
          },
        },
      },
      WidgetRequest: {
        type: "object",
        description: "A new widget.",
        properties: { name: { type: "string", description: "Its name." } },
      },
      WidgetPage: {
        type: "object",
        description: "A page.",
        properties: { results: { type: "array", maxItems: 100, items: { $ref: "#/components/schemas/Widget" } } },
      },
      Empty: { type: "object", description: "An empty object.", example: {} },
      Problem: {
        type: "object",
        description: "An error.",
        properties: { detail: { type: "string", description: "What went wrong." } },
      },
    },
  },
};

const throws = [
  ["IPA106CreateMethodRequestBodyIsGetResponse", "Cannot read properties of null (reading 'schema')"],
  ["IPA107UpdateMethodRequestBodyIsGetResponse", "Cannot read properties of null (reading 'schema')"],
  ["IPA110CollectionsUsePaginatedPrefix", "Cannot read properties of undefined (reading 'x-xgen-IPA-exception')"],
  ["IPA125OneOfSchemaPropertySameType", "Cannot convert undefined or null to object"],
] as const;

let dir = "";
let file = "";
let upstreamRun: Promise<{ code: number; out: string }> | undefined;

async function lint(ruleset: string): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run(spectral, ["lint", "--ruleset", ruleset, "-f", "text", file], { cwd: root });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, out: failed.stdout + failed.stderr };
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mms-ipa-defects-"));
  file = join(dir, "widgets.json");
  await writeFile(file, JSON.stringify(document, null, 2));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("@mongodb-js/ipa-validation-ruleset 11.2.0", () => {
  it.each(throws)(
    "throws in %s on a shared response or an empty oneOf object (%s)",
    async (fn, message) => {
      upstreamRun ??= lint(upstream);
      const { code, out } = await upstreamRun;
      expect(out).toContain("Error running Spectral!");
      expect(out).toContain(`Function "${fn}" threw an exception: ${message}`);
      expect(code).toBe(2);
    },
    60_000,
  );
});

describe("spec/.spectral.yaml with the wrapped functions", () => {
  it("runs the same four rules to a verdict instead of throwing", async () => {
    const { code, out } = await lint(join(root, "spec/.spectral.yaml"));
    expect(out).not.toContain("threw an exception");
    // The wrapped rules report the document's real departures: a create body unlike the Get response, a list
    // schema without the Paginated prefix.
    expect(out).toContain("xgen-IPA-106-create-method-request-body-is-get-method-response");
    expect(out).toContain("xgen-IPA-110-collections-use-paginated-prefix");
    expect(code).toBe(1);
  }, 60_000);
});

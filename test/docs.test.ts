/**
 * The offline API reference (`npm run docs`), opened the way a reader opens it from the sandbox: served over HTTP at
 * /docs and rendered by headless Chromium with every request to a host other than 127.0.0.1 blocked and recorded.
 */
import { readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT } from "../scripts/bundle.ts";
import { CODE_SAMPLE_LANGUAGES } from "../scripts/code-samples.ts";
import { buildDocs, remoteResources } from "../scripts/docs.ts";
import { type Operation, operations } from "../src/api.ts";
import { failEveryTestIf, peerProblem } from "./support/peers.ts";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-quic",
  "--disable-sync",
];

type SpecOperation = {
  tags?: string[];
  summary?: string;
  parameters?: { $ref?: string; name?: string }[];
  requestBody?: { content?: Record<string, { schema?: { $ref?: string } }> };
  responses: Record<string, { $ref?: string; description?: string; headers?: Record<string, unknown> }>;
};
type Spec = {
  paths: Record<string, Record<string, SpecOperation>>;
  components: Record<string, Record<string, unknown>>;
  tags: { name: string }[];
  "x-tagGroups": { name: string; tags: string[] }[];
};

const spec = parse(readFileSync(join(ROOT, "spec", "openapi.yaml"), "utf8")) as Spec;

/** Follows a local `$ref` such as `#/components/responses/Unauthorized`. */
function resolved<T>(node: T & { $ref?: string }): T {
  if (node.$ref === undefined) return node;
  const [, , kind, name] = node.$ref.split("/");
  return spec.components[kind ?? ""]?.[name ?? ""] as T;
}

/** Markdown as Redoc renders it to text: no emphasis or code marks, one space between words. */
function rendered(markdown: string): string {
  return markdown.replace(/[*`]/g, "").replace(/\s+/g, " ").trim();
}

/** What the page must show of one operation, from the generated operation table and the spec itself. */
interface DocumentedOperation {
  readonly operationId: string;
  readonly tag: string;
  readonly summary: string;
  /** Redoc's anchor: `#/<tag as a slug>/<operationId in lower case>`. */
  readonly anchor: string;
  readonly method: string;
  readonly path: string;
  readonly parameters: readonly string[];
  readonly bodyFields: readonly string[];
  /** Every declared status, with the first line of its description and the headers it declares. */
  readonly responses: readonly { status: string; description: string; headers: readonly string[] }[];
}

const DOCUMENTED: readonly DocumentedOperation[] = (Object.values(operations) as Operation[]).map((operation) => {
  const op = spec.paths[operation.path]?.[operation.method.toLowerCase()];
  if (op === undefined) throw new Error(`${operation.operationId} is in the table but not in the spec`);
  const tag = op.tags?.[0] ?? "";
  return {
    operationId: operation.operationId,
    tag,
    summary: operation.summary ?? "",
    anchor: `#/${tag.toLowerCase().replace(/\s+/g, "-")}/${operation.operationId.toLowerCase()}`,
    method: operation.method,
    path: operation.path,
    parameters: [...operation.pathParams, ...operation.queryParams].map((p) => p.name),
    bodyFields: operation.body?.fields ?? [],
    responses: Object.entries(op.responses).map(([status, reference]) => {
      const response = resolved(reference);
      return {
        status,
        description: rendered(response.description ?? "").split(/(?<=\.) /)[0] ?? "",
        headers: Object.keys(response.headers ?? {}),
      };
    }),
  };
});

const OPERATIONS = [
  {
    name: "Delete One Project Invitation",
    samples: {
      "curl (Digest)": "curl --digest",
      "mms-invites client": "client.deleteProjectInvitation",
      "mms-invites CLI": "mms-invites delete --target atlas",
      "curl (service account)": "Authorization: Bearer",
    },
    anchor: "#/atlas-project-invitations/deleteprojectinvitation",
    path: "/api/atlas/v1.0/groups/{groupId}/invites/{invitationId}",
    parameters: ["groupId", "invitationId", "pretty", "envelope"],
    deleted: ["The invitation was deleted. No body."],
  },
  {
    name: "Delete One Organization Invitation",
    samples: {
      "curl (Digest)": "curl --digest",
      "mms-invites client": "client.deleteOrganizationInvitation",
      "mms-invites CLI": "mms-invites delete --target ops-manager",
    },
    anchor: "#/ops-manager-organization-invitations/opsmanagerdeleteorganizationinvitation",
    path: "/api/public/v1.0/orgs/{orgId}/invites/{invitationId}",
    parameters: ["orgId", "invitationId", "pretty", "envelope"],
    deleted: [
      "The invitation was deleted. No body.",
      "X-MongoDB-Service-Version",
      "The Ops Manager build that answered.",
    ],
  },
] as const;

/** The tabs of every operation's request-sample menu, in order (scripts/code-samples.ts). */
const SAMPLE_LABELS = CODE_SAMPLE_LANGUAGES.map((language) => language.label);

let workDir = "";
let html = "";
let server: Server | undefined;
let browser: Browser | undefined;
let origin = "";
/** The docs page, loaded once (2.5 MB of inline script); tests move between its anchors as a reader would. */
let docs: Page;
/** Every request the page tried to send anywhere but 127.0.0.1; each one was aborted. */
const outside: string[] = [];

/** Sends every request that is not for 127.0.0.1 to `record`, and aborts it. */
async function blockOutside(context: BrowserContext, record: string[]): Promise<void> {
  await context.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, async (route) => {
    record.push(route.request().url());
    await route.abort("blockedbyclient");
  });
}

const noChromium = peerProblem("Chromium", [CHROMIUM], "chromium");

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), "mms-invites-docs-test-"));
  html = await buildDocs(join(ROOT, "spec", "openapi.yaml"), join(workDir, "index.html"));
  const body = Buffer.from(html);
  server = createServer((req, res) => {
    if (req.method === "GET" && req.url === "/docs") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": body.length });
      res.end(body);
      return;
    }
    res.writeHead(404, { "content-type": "text/plain" });
    res.end("not found");
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  if (noChromium !== undefined) return;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, serviceWorkers: "block" });
  await blockOutside(context, outside);
  docs = await context.newPage();
  // A missing element fails its test in seconds rather than at the test's timeout.
  docs.setDefaultTimeout(5_000);
  docs.on("websocket", (socket) => outside.push(socket.url()));
  await docs.goto(`${origin}/docs`, { waitUntil: "load" });
  await docs.locator("#api-content").waitFor();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

/** The text a reader sees in `locator` (rendered text: hidden tabs and collapsed panels do not count). */
function visibleText(locator: Locator): Promise<string> {
  return locator.innerText();
}

describe("remoteResources", () => {
  it("flags scripts, styles, fonts and images loaded from another host", () => {
    const page = [
      '<script src="https://cdn.redocly.com/redoc/v3/redoc.standalone.js"></script>',
      '<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto">',
      "<style>@font-face{src:url(https://fonts.gstatic.com/x.woff2)}</style>",
      '<img src="//cdn.example.com/logo.svg">',
    ].join("\n");
    expect(remoteResources(page)).toHaveLength(4);
  });

  it("leaves links to other sites and inline data alone", () => {
    const page = '<a href="https://www.mongodb.com/docs/">docs</a><img src="data:image/svg+xml,%3Csvg%3E">';
    expect(remoteResources(page)).toEqual([]);
  });

  it("finds nothing remote in the built page", () => {
    expect(remoteResources(html)).toEqual([]);
    expect(html).toContain('"disableTelemetry":true');
  });
});

describe("the API reference page served at /docs", () => {
  // Without Chromium every test here fails with the install command: a missing peer is never a skip.
  failEveryTestIf(noChromium);

  it("renders the overview, and groups the operations by target, then by scope", async () => {
    await expect(docs.title()).resolves.toBe("MongoDB Atlas and Ops Manager invitations (mms-invites)");
    expect(await visibleText(docs.locator("#api-content"))).toContain("HTTP Digest (RFC 7616)");
    // The sidebar: each target's group heading, then its tags (project, organization), in the spec's order.
    const menu = await visibleText(docs.locator(".menu-content"));
    const groups = spec["x-tagGroups"];
    expect(groups.map((g) => g.name)).toEqual(["Atlas", "Ops Manager"]);
    const order = groups.flatMap((g) => [g.name, ...g.tags]);
    expect(order).toEqual([
      "Atlas",
      "Atlas Project Invitations",
      "Atlas Organization Invitations",
      "Ops Manager",
      "Ops Manager Project Invitations",
      "Ops Manager Organization Invitations",
    ]);
    const lines = menu.split("\n").map((line) => line.trim());
    const positions = order.map((entry) => lines.indexOf(entry));
    expect(
      positions.every((p) => p >= 0),
      `menu:\n${menu}`,
    ).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // Every tag of the spec is in a group: Redoc leaves an ungrouped tag's operations off the page.
    expect(spec.tags.map((t) => t.name).sort()).toEqual(groups.flatMap((g) => g.tags).sort());
    expect(outside).toEqual([]);
  });

  it("documents every operation of the generated table: 24, six per target and scope", () => {
    expect(DOCUMENTED).toHaveLength(24);
    const perTag = new Map<string, number>();
    for (const { tag } of DOCUMENTED) perTag.set(tag, (perTag.get(tag) ?? 0) + 1);
    expect(Object.fromEntries(perTag)).toEqual({
      "Atlas Project Invitations": 6,
      "Atlas Organization Invitations": 6,
      "Ops Manager Project Invitations": 6,
      "Ops Manager Organization Invitations": 6,
    });
  });

  for (const operation of DOCUMENTED) {
    it(`shows ${operation.operationId} under ${operation.tag}: its path, parameters, body and every response`, async () => {
      await docs.goto(`${origin}/docs${operation.anchor}`);
      const section = docs.locator(`[data-section-id="${operation.anchor.slice(1)}"]`);
      // The heading also holds Redoc's "Deprecated" badge.
      await section.getByRole("heading", { name: operation.summary }).first().waitFor();
      const text = await visibleText(section);
      expect(text).toContain(operation.method);
      expect(text).toContain(operation.path.slice(0, 30));
      for (const name of operation.parameters) {
        const parameter = section.locator(`[id$="&path=${name.toLowerCase()}"]`);
        expect(await visibleText(parameter), name).toContain(name);
      }
      for (const field of operation.bodyFields) {
        const property = section.locator(`[id$="&path=${field.toLowerCase()}"]`).first();
        expect(await visibleText(property), field).toContain(field);
      }

      for (const response of operation.responses) {
        await section.getByRole("tab", { name: response.status, exact: true }).first().click();
        const shown = rendered(await visibleText(section));
        expect(shown, `${response.status} response`).toContain(response.description);
        for (const header of response.headers) expect(shown, `${response.status} header`).toContain(header);
      }

      if (operation.operationId === "deleteProjectInvitation") {
        await mkdir(join(ROOT, "artifacts"), { recursive: true });
        await section.locator(`[id$="&path=${operation.parameters[0]?.toLowerCase()}"]`).scrollIntoViewIfNeeded();
        await docs.screenshot({ path: join(ROOT, "artifacts", "docs.png") });
      }
      expect(outside).toEqual([]);
    });
  }

  for (const operation of OPERATIONS) {
    it(`shows ${operation.name}'s request samples: ${Object.keys(operation.samples).join(", ")}`, async () => {
      await docs.goto(`${origin}/docs${operation.anchor}`);
      const section = docs.locator(`[data-section-id="${operation.anchor.slice(1)}"]`);
      await section.getByRole("heading", { name: operation.name }).waitFor();
      // Redoc shows one sample at a time; a menu on the sample panel picks the language.
      const labels = new RegExp(SAMPLE_LABELS.map((name) => name.replace(/[()]/g, "\\$&")).join("|"));
      const pick = async (label: string): Promise<string> => {
        await section.locator('button[aria-haspopup="menu"]', { hasText: labels }).first().click();
        await docs.getByRole("menuitem", { name: label, exact: true }).click();
        return visibleText(section);
      };
      for (const [label, text] of Object.entries(operation.samples)) expect(await pick(label), label).toContain(text);
      // The menu offers exactly this operation's samples: Ops Manager takes no service account, so no Bearer sample.
      await section.locator('button[aria-haspopup="menu"]', { hasText: labels }).first().click();
      expect(await docs.getByRole("menuitem").allInnerTexts()).toEqual(
        SAMPLE_LABELS.filter((label) => label in operation.samples),
      );
      await docs.keyboard.press("Escape");
      expect(outside).toEqual([]);
    });
  }

  it("shows the Digest security scheme of an operation", async () => {
    const operation = DOCUMENTED.find((o) => o.operationId === "opsManagerDeleteOrganizationInvitation");
    await docs.goto(`${origin}/docs${operation?.anchor}`);
    const section = docs.locator(`[data-section-id="${operation?.anchor.slice(1)}"]`);
    await section.getByRole("button", { name: "View security details" }).click();
    // Redoc 3.0.1 prints the scheme's `type` (http) where it should print `scheme` (digest): the description says Digest.
    const details = docs
      .getByText("HTTP Authorization Scheme")
      .locator("xpath=ancestor::*[.//*[text()='DigestAuth']][1]");
    const text = await visibleText(details);
    expect(text).toContain("DigestAuth");
    expect(text).toContain("HTTP Digest (RFC 7616)");
    await docs.keyboard.press("Escape");
    expect(outside).toEqual([]);
  });

  it("shows an Atlas operation's two schemes: a service account, with its token URL and a Bearer curl, or Digest", async () => {
    const [atlas, opsManager] = OPERATIONS;
    await docs.goto(`${origin}/docs${atlas.anchor}`);
    const section = docs.locator(`[data-section-id="${atlas.anchor.slice(1)}"]`);
    await section.getByRole("heading", { name: atlas.name }).waitFor();
    expect(await visibleText(section)).toContain("ServiceAccounts or DigestAuth");
    await section.getByRole("button", { name: "View security details" }).click();
    const details = docs.getByText("Token URL").first().locator("xpath=ancestor::*[.//*[text()='DigestAuth']][1]");
    const text = await visibleText(details);
    expect(text).toContain("clientCredentials");
    expect(text).toContain("https://cloud.mongodb.com/api/oauth/token");
    expect(text).toContain("-d grant_type=client_credentials");
    expect(text).toContain('curl -sS -H "Authorization: Bearer $ACCESS_TOKEN" -X DELETE');
    await docs.keyboard.press("Escape");
    // Ops Manager takes API keys only.
    await docs.goto(`${origin}/docs${opsManager.anchor}`);
    const other = docs.locator(`[data-section-id="${opsManager.anchor.slice(1)}"]`);
    await other.getByRole("heading", { name: opsManager.name }).waitFor();
    expect(await visibleText(other)).toMatch(/Security\s+View security details\s+DigestAuth\s/);
    expect(await visibleText(other)).not.toContain("ServiceAccounts");
    expect(outside).toEqual([]);
  });

  it("records and blocks a load from another host, so a CDN dependency cannot go unnoticed", async () => {
    if (!browser) throw new Error("the browser did not start");
    const context = await browser.newContext();
    const tried: string[] = [];
    try {
      await blockOutside(context, tried);
      const page = await context.newPage();
      await page.goto(`${origin}/elsewhere`);
      await page.evaluate(() => {
        const img = document.createElement("img");
        img.src = "https://cdn.example.invalid/logo.svg";
        document.body.append(img);
      });
      await expect.poll(() => tried).toEqual(["https://cdn.example.invalid/logo.svg"]);
    } finally {
      await context.close();
    }
  });
});

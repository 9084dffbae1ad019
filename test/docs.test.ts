/**
 * The offline API reference (`npm run docs`), opened the way a reader opens it from the sandbox: served over HTTP at
 * /docs and rendered by headless Chromium with every request to a host other than 127.0.0.1 blocked and recorded.
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../scripts/bundle.ts";
import { buildDocs, remoteResources } from "../scripts/docs.ts";

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

const OPERATIONS = [
  {
    name: "Delete one project invitation",
    anchor: "#/atlas/deleteprojectinvitation",
    path: "/api/atlas/v1.0/groups/{groupId}/invites/{invitationId}",
    parameters: ["groupId", "invitationId", "pretty", "envelope"],
    deleted: ["The invitation was deleted. No body."],
  },
  {
    name: "Delete one organization invitation",
    anchor: "#/ops-manager/opsmanagerdeleteorganizationinvitation",
    path: "/api/public/v1.0/orgs/{orgId}/invites/{invitationId}",
    parameters: ["orgId", "invitationId", "pretty", "envelope"],
    deleted: [
      "The invitation was deleted. No body.",
      "X-MongoDB-Service-Version",
      "The Ops Manager build that answered.",
    ],
  },
] as const;

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

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (.ci/run does)`);
  }
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
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, serviceWorkers: "block" });
  await blockOutside(context, outside);
  docs = await context.newPage();
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
  it("renders the overview and both targets", async () => {
    await expect(docs.title()).resolves.toBe("MongoDB Atlas and Ops Manager invitations (mms-invites)");
    const menu = await visibleText(docs.locator(".menu-content"));
    expect(menu).toContain("Atlas");
    expect(menu).toContain("Ops Manager");
    expect(await visibleText(docs.locator("#api-content"))).toContain("HTTP Digest (RFC 7616)");
    expect(outside).toEqual([]);
  });

  for (const operation of OPERATIONS) {
    it(`shows ${operation.name}: its parameters and its 200 envelope, 204 and 401 responses`, async () => {
      await docs.goto(`${origin}/docs${operation.anchor}`);
      const section = docs.locator(`[data-section-id="${operation.anchor.slice(1)}"]`);
      await section.getByRole("heading", { name: operation.name }).waitFor();
      expect(await visibleText(section)).toContain(operation.path);
      for (const name of operation.parameters) {
        const parameter = section.locator(`[id$="&path=${name.toLowerCase()}"]`);
        expect(await visibleText(parameter), name).toContain(name);
      }

      const response = async (status: string): Promise<string> => {
        await section.getByRole("tab", { name: status, exact: true }).first().click();
        return visibleText(section);
      };
      const enveloped = await response("200");
      expect(enveloped).toContain("Enveloped answer");
      expect(enveloped).toMatch(/status[\s\S]*content/);
      expect(enveloped).not.toContain("Digest challenge");
      const deleted = await response("204");
      for (const text of operation.deleted) expect(deleted).toContain(text);
      expect(deleted).not.toContain("Enveloped answer");
      const challenge = await response("401");
      expect(challenge).toContain("WWW-Authenticate");
      expect(challenge).toContain("Digest challenge");

      if (operation === OPERATIONS[0]) {
        await mkdir(join(ROOT, "artifacts"), { recursive: true });
        await section.locator(`[id$="&path=${operation.parameters[0].toLowerCase()}"]`).scrollIntoViewIfNeeded();
        await docs.screenshot({ path: join(ROOT, "artifacts", "docs.png") });
      }
      expect(outside).toEqual([]);
    });
  }

  it("shows the Digest security scheme of an operation", async () => {
    await docs.goto(`${origin}/docs${OPERATIONS[1].anchor}`);
    const section = docs.locator(`[data-section-id="${OPERATIONS[1].anchor.slice(1)}"]`);
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

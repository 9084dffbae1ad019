/**
 * Builds the API reference from spec/openapi.yaml as one self-contained HTML page, readable offline, with request
 * samples (`x-codeSamples`) on every operation:
 *   dist/docs/index.html   (the sandbox serves it at /docs)
 * Redocly CLI `build-docs --inlineBundle` embeds Redoc's script, styles and the spec in the page; telemetry is off,
 * both while building and in the page. One thing Redoc 3 still fetches is its "API docs by Redocly" logo, from
 * cdn.redoc.ly, with no option to change it; this script swaps that image for an inline wordmark (the attribution
 * link stays) and refuses a page that still references a remote script, style, font or image.
 * Usage: tsx scripts/docs.ts [--spec <file>] [--out <file>]
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { parse, stringify } from "yaml";
import { ROOT, runRedocly } from "./bundle.ts";
import { CODE_SAMPLE_LANGUAGES, withCodeSamples } from "./code-samples.ts";
import type { OpenApiDocument } from "./target-document.ts";

/** An SVG as a `data:` URI; the result holds no quote, backtick or `$`, so it fits in any JavaScript string. */
function svgDataUri(svg: string): string {
  return `data:image/svg+xml,${encodeURIComponent(svg).replace(/'/g, "%27")}`;
}

const WORDMARK = svgDataUri(
  `<svg xmlns="http://www.w3.org/2000/svg" width="58" height="16" viewBox="0 0 58 16"><text x="0" y="12.5" font-family="system-ui,sans-serif" font-size="13" font-weight="600" fill="#0044d4">Redocly</text></svg>`,
);
const MONOGRAM = svgDataUri(
  `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#0044d4"/><text x="8" y="12" text-anchor="middle" font-family="system-ui,sans-serif" font-size="11" font-weight="700" fill="#fff">R</text></svg>`,
);

/** Remote images Redoc's page loads by itself, and what replaces each. */
const REMOTE_ASSETS: ReadonlyMap<string, string> = new Map([
  ["https://cdn.redoc.ly/redoc/logo-mini-full.svg", WORDMARK],
  ["https://cdn.redoc.ly/redoc/logo-mini.svg", MONOGRAM],
]);

/**
 * Hosts the page must not mention at all. (Redoc's telemetry endpoint stays in its script but is never called:
 * the page's options carry `disableTelemetry: true`, checked below.)
 */
const FORBIDDEN_HOSTS = ["cdn.redoc.ly"] as const;

/**
 * Lists the remote resources a page would load by itself: `<script src>`, `<link href>`, `<img src>`, `<iframe src>`,
 * CSS `url()` and `@import` with an http(s) address, and any mention of a forbidden host. Plain `<a href>` links
 * are not loads and are not listed.
 */
export function remoteResources(html: string): string[] {
  const found: string[] = [];
  const patterns = [
    /<(?:script|img|iframe|source|video|audio|embed)\b[^>]*\bsrc\s*=\s*["']?(https?:|\/\/)[^"'\s>]*/gi,
    /<link\b[^>]*\bhref\s*=\s*["']?(https?:|\/\/)[^"'\s>]*/gi,
    /url\(\s*["']?(?:https?:|\/\/)[^)"']*/gi,
    /@import\s+["'](?:https?:|\/\/)[^"']*/gi,
  ];
  for (const pattern of patterns) for (const match of html.matchAll(pattern)) found.push(match[0]);
  for (const host of FORBIDDEN_HOSTS) if (html.includes(host)) found.push(host);
  return found;
}

/** Builds the reference page for `spec` and writes it to `out`; returns the page. */
export async function buildDocs(spec: string, out: string): Promise<string> {
  const work = await mkdtemp(join(tmpdir(), "mms-invites-docs-"));
  try {
    // The page shows request samples for every operation, derived from the operation table (scripts/code-samples.ts).
    const withSamples = join(work, "openapi.json");
    const source = parse(await readFile(resolve(spec), "utf8")) as OpenApiDocument;
    await writeFile(withSamples, JSON.stringify(withCodeSamples(source)));
    const config = join(work, "redocly.yaml");
    await writeFile(config, stringify({ openapi: { codeSamples: { languages: CODE_SAMPLE_LANGUAGES } } }));
    const raw = join(work, "index.html");
    await runRedocly(["build-docs", withSamples, "--inlineBundle", "--config", config, "-o", raw]);
    let html = await readFile(raw, "utf8");
    for (const [url, inline] of REMOTE_ASSETS) html = html.replaceAll(url, inline);

    // The options object holds nested ones (codeSamples), so read up to the statement's end, not the first brace.
    if (!/__redoc_options\s*=\s*\{[^;]*"disableTelemetry":true/.test(html)) {
      throw new Error("the page was built with Redoc's telemetry on; REDOCLY_TELEMETRY=off must reach redocly");
    }
    const remote = remoteResources(html);
    if (remote.length > 0) {
      throw new Error(`the page would load remote resources, so it would not work offline:\n  ${remote.join("\n  ")}`);
    }
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, html);
    return html;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      spec: { type: "string", default: join(ROOT, "spec", "openapi.yaml") },
      out: { type: "string", default: join(ROOT, "dist", "docs", "index.html") },
    },
  });
  const out = resolve(values.out);
  const html = await buildDocs(values.spec, out);
  const size = (Buffer.byteLength(html) / 1024 / 1024).toFixed(1);
  console.log(
    `docs for ${relative(process.cwd(), values.spec)} → ${relative(process.cwd(), out)} (${size} MB, offline)`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}

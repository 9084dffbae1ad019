/**
 * Schemathesis (PyPI, pinned in requirements.txt, installed into .tools/venv by the set-up) against the sandbox on
 * both targets: every check it has, `use_after_free` through the spec's OpenAPI links, a fixed seed and a bounded
 * example count (test/schemathesis/schemathesis.toml), each request signed by requests' HTTPDigestAuth
 * (test/schemathesis/digest_hooks.py). Zero failures, or the test fails with Schemathesis' own report.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT } from "../scripts/bundle.ts";
import { type OpenApiDocument, targetDocument, targetSlug } from "../scripts/target-document.ts";
import { type Sandbox, startSandbox } from "../src/sandbox/index.ts";
import type { TargetId } from "../src/targets.ts";
import { failEveryTestIf } from "./support/peers.ts";
import { SANDBOX_OWNER } from "./support/samples.ts";

const run = promisify(execFile);

const SCHEMATHESIS = join(ROOT, ".tools", "venv", "bin", "schemathesis");
const HERE = join(ROOT, "test", "schemathesis");
const TARGETS: readonly TargetId[] = ["atlas", "opsManager"];
/** Far above what one run sends, so no answer is a rate-limit refusal that says nothing about the contract. */
const UNLIMITED = { limit: 1_000_000, windowMs: 60_000 };

failEveryTestIf(
  existsSync(SCHEMATHESIS)
    ? undefined
    : `Schemathesis is not installed (no ${SCHEMATHESIS}). npm test installs it in its set-up step (npm run setup); ` +
        "or run: python3 -m venv .tools/venv && .tools/venv/bin/pip install -r requirements.txt",
);

/**
 * A target's document without the `envelope` parameter. `envelope=true` answers every outcome `200` with the
 * status inside the body, as the API documents, so checks that judge a request by its status line cannot judge an
 * enveloped one; the contract suite and test/sandbox-conformance.test.ts check envelopes.
 */
function withoutEnvelope(doc: OpenApiDocument): OpenApiDocument {
  const copy = structuredClone(doc);
  for (const item of Object.values(copy.paths)) {
    for (const operation of Object.values(item)) {
      const op = operation as { parameters?: { $ref?: string; name?: string }[] };
      if (!Array.isArray(op.parameters)) continue;
      op.parameters = op.parameters.filter(
        (parameter) => parameter.$ref !== "#/components/parameters/envelope" && parameter.name !== "envelope",
      );
    }
  }
  delete copy.components?.parameters?.envelope;
  return copy;
}

let sandbox: Sandbox | undefined;
let work = "";

beforeAll(async () => {
  sandbox = await startSandbox({ rateLimit: UNLIMITED, invitationRateLimit: UNLIMITED });
  work = await mkdtemp(join(tmpdir(), "mms-invites-schemathesis-"));
  const spec = parse(await readFile(join(ROOT, "spec", "openapi.yaml"), "utf8")) as OpenApiDocument;
  for (const target of TARGETS) {
    const doc = withoutEnvelope(targetDocument(spec, target));
    await writeFile(join(work, `${targetSlug(target)}.json`), JSON.stringify(doc));
  }
});

afterAll(async () => {
  await sandbox?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

/** Runs Schemathesis on one target's document; resolves with its exit code and report. */
async function schemathesis(target: TargetId): Promise<{ code: number; out: string }> {
  const args = [
    "--config-file",
    join(HERE, "schemathesis.toml"),
    "run",
    join(work, `${targetSlug(target)}.json`),
    "--url",
    sandbox?.url ?? "",
  ];
  const env = {
    ...process.env,
    SCHEMATHESIS_HOOKS: "digest_hooks",
    PYTHONPATH: HERE,
    SCHEMATHESIS_DIGEST_USERNAME: SANDBOX_OWNER.publicKey,
    SCHEMATHESIS_DIGEST_PASSWORD: SANDBOX_OWNER.privateKey,
    NO_COLOR: "1",
  };
  try {
    const { stdout, stderr } = await run(SCHEMATHESIS, args, { cwd: work, env, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return {
      code: typeof failed.code === "number" ? failed.code : -1,
      out: `${failed.stdout ?? ""}${failed.stderr ?? ""}`,
    };
  }
}

describe.concurrent("Schemathesis against the sandbox", () => {
  for (const target of TARGETS) {
    it(`finds no failure on ${targetSlug(target)}, every phase run and the spec's links followed`, async () => {
      const { code, out } = await schemathesis(target);
      expect(code, out).toBe(0);
      // Every phase ran and passed: examples, coverage, fuzzing, and the stateful one that follows the links.
      for (const phase of ["Examples", "Coverage", "Fuzzing", "Stateful"]) expect(out).toContain(`✅ ${phase}`);
      const counts = /(\d+) generated, (\d+) passed/.exec(out);
      expect(counts, out).not.toBeNull();
      expect(Number(counts?.[2])).toBe(Number(counts?.[1]));
      expect(Number(counts?.[1])).toBeGreaterThan(100);
      const links = /API Links:\s+(\d+) covered/.exec(out);
      expect(Number(links?.[1] ?? 0), out).toBeGreaterThan(0);
    }, 180_000);
  }
});

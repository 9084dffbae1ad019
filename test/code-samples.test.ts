/**
 * The request samples of the docs page (scripts/code-samples.ts): every operation has them, each target gets the
 * ones that apply to it, and the TypeScript samples type-check against the client as it is, so a sample cannot
 * call a method or pass a field the client does not have.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT } from "../scripts/bundle.ts";
import { type CodeSample, withCodeSamples } from "../scripts/code-samples.ts";
import type { OpenApiDocument } from "../scripts/target-document.ts";
import { operations } from "../src/api.ts";
import { targets } from "../src/targets.ts";

const run = promisify(execFile);
const METHODS = ["get", "put", "post", "delete", "patch"] as const;

interface Sampled {
  readonly operationId: string;
  readonly tag: string;
  readonly samples: readonly CodeSample[];
}

let sampled: Sampled[] = [];
let dir = "";

beforeAll(async () => {
  const spec = parse(await readFile(join(ROOT, "spec", "openapi.yaml"), "utf8")) as OpenApiDocument;
  const doc = withCodeSamples(spec);
  sampled = Object.values(doc.paths).flatMap((item) =>
    METHODS.flatMap((method) => {
      const operation = item[method] as
        | { operationId: string; tags: string[]; "x-codeSamples": CodeSample[] }
        | undefined;
      return operation === undefined
        ? []
        : [{ operationId: operation.operationId, tag: operation.tags[0] ?? "", samples: operation["x-codeSamples"] }];
    }),
  );
  dir = await mkdtemp(join(tmpdir(), "mms-code-samples-"));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("the docs page's request samples", () => {
  it("cover all 24 operations with curl --digest and the TypeScript client", () => {
    expect(sampled).toHaveLength(24);
    for (const { operationId, samples } of sampled) {
      const labels = samples.map((sample) => sample.label);
      expect(labels, operationId).toEqual(expect.arrayContaining(["curl (Digest)", "mms-invites client"]));
      expect(samples.find((sample) => sample.label === "curl (Digest)")?.source, operationId).toMatch(
        /^curl --digest /,
      );
    }
  });

  it("give every Atlas operation a Bearer sample and no Ops Manager operation one", () => {
    for (const { operationId, samples } of sampled) {
      const bearer = samples.find((sample) => sample.label === "curl (service account)");
      if (operations[operationId as keyof typeof operations].target === "atlas")
        expect(bearer?.source, operationId).toContain("Authorization: Bearer $" + "{TOKEN}");
      else expect(bearer, operationId).toBeUndefined();
    }
  });

  it("show the command only for the deletes it has, one per target", () => {
    const withCommand = sampled.filter(({ samples }) => samples.some((sample) => sample.label === "mms-invites CLI"));
    expect(withCommand.map(({ operationId }) => operationId).sort()).toEqual(
      ["deleteProjectInvitation", `${targets.opsManager.operationIdPrefix}DeleteOrganizationInvitation`].sort(),
    );
  });

  it("have TypeScript samples that type-check against the client", async () => {
    const files: string[] = [];
    for (const [index, { samples }] of sampled.entries()) {
      const source = samples.find((sample) => sample.label === "mms-invites client")?.source ?? "";
      const file = `sample-${index}.ts`;
      // Each sample is a module of its own (its top-level await and its const names do not meet the others').
      await writeFile(join(dir, file), `${source}\nexport { status, data };\n`);
      files.push(file);
    }
    await writeFile(join(dir, "package.json"), '{ "type": "module" }\n');
    await writeFile(
      join(dir, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          target: "ES2022",
          lib: ["ES2023", "DOM"],
          module: "NodeNext",
          moduleResolution: "NodeNext",
          strict: true,
          exactOptionalPropertyTypes: true,
          noEmit: true,
          skipLibCheck: true,
          allowImportingTsExtensions: true,
          types: ["node"],
          typeRoots: [join(ROOT, "node_modules", "@types")],
          paths: { "mms-invites": [join(ROOT, "src", "index.ts")] },
        },
        files,
      }),
    );
    let out = "";
    try {
      await run(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", dir], { cwd: dir });
    } catch (error) {
      out = (error as { stdout?: string }).stdout ?? String(error);
    }
    expect(out).toBe("");
  }, 120_000);
});

/**
 * `npm run spec:diff -- --release`, the gate CI runs: the spec against the last release (scripts/spec-release.ts),
 * in throwaway git repositories whose histories put a break where a comparison with the previous commit misses it.
 * The spec here is a small document of its own, so these histories do not depend on spec/openapi.yaml.
 */
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, it } from "vitest";
import { stringify } from "yaml";
import { ROOT } from "../scripts/bundle.ts";

const run = promisify(execFile);
const TSX = join(ROOT, "node_modules", ".bin", "tsx");
const GATE = join(ROOT, "scripts", "spec-diff.ts");

/** A one-operation spec at `version`: DELETE /things/{id} → 204, 404 and 429, less `drop`, plus a 500 if `add500`. */
function spec(version: string, options: { drop?: readonly ("404" | "429")[]; add500?: boolean } = {}): string {
  const responses: Record<string, { description: string }> = {
    "204": { description: "Deleted." },
    "404": { description: "No such thing." },
    "429": { description: "Too many requests." },
  };
  for (const status of options.drop ?? []) delete responses[status];
  if (options.add500) responses["500"] = { description: "Server error." };
  const parameters = [{ name: "id", in: "path", required: true, schema: { type: "string" } }];
  return stringify({
    openapi: "3.0.3",
    info: { title: "Things", version },
    paths: { "/things/{id}": { delete: { operationId: "deleteThing", parameters, responses } } },
  });
}

/** A changelog with one heading per version given. */
function changelog(...versions: string[]): string {
  return `# Changelog\n\n${versions.map((version) => `## ${version}\n\nChanges.\n`).join("\n")}`;
}

interface Gate {
  readonly code: number;
  readonly out: string;
}

let work = "";
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "mms-invites-spec-release-"));
});
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** A fresh repository with helpers to commit files, tag, and run the gate in it. */
async function repository(name: string) {
  const dir = join(work, name);
  await mkdir(dir, { recursive: true });
  const git = async (...args: string[]) =>
    (
      await run(
        "git",
        [
          "-c",
          "user.name=t",
          "-c",
          "user.email=t@example.com",
          "-c",
          "commit.gpgsign=false",
          "-c",
          "tag.gpgsign=false",
          ...args,
        ],
        { cwd: dir },
      )
    ).stdout.trim();
  await git("init", "-q", "-b", "main");
  const write = async (files: Record<string, string>) => {
    for (const [path, text] of Object.entries(files)) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), text);
    }
  };
  return {
    dir,
    git,
    write,
    /** Writes `files`, commits them, and returns the short hash. */
    async commit(message: string, files: Record<string, string>): Promise<string> {
      await write(files);
      await git("add", "-A");
      await git("commit", "-q", "-m", message);
      return git("rev-parse", "--short", "HEAD");
    },
    async gate(...args: string[]): Promise<Gate> {
      return gateIn(dir, args);
    },
  };
}

async function gateIn(dir: string, args: readonly string[]): Promise<Gate> {
  try {
    const { stdout, stderr } = await run(TSX, [GATE, ...args], { cwd: dir });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, out: `${failed.stdout ?? ""}${failed.stderr ?? ""}` };
  }
}

const SPEC = "spec/openapi.yaml";
const CHANGELOG = "spec/CHANGELOG.md";

// Each test builds its own history and runs the gate as a child process: they can run side by side.
describe.concurrent("npm run spec:diff -- --release", { timeout: 120_000 }, () => {
  it("fails a break made two commits before the tip, which a comparison with HEAD~1 lets through", async ({
    expect,
  }) => {
    const repo = await repository("two-before-tip");
    const release = await repo.commit("first contract", { [SPEC]: spec("1.0.0"), [CHANGELOG]: changelog("1.0.0") });
    await repo.commit("drop the 404", { [SPEC]: spec("1.0.0", { drop: ["404"] }) });
    await repo.commit("docs", { "README.md": "one\n" });
    await repo.commit("more docs", { "README.md": "two\n" });

    const gate = await repo.gate("--release");
    expect(gate.out).toContain(`the last release is ${release} (the last commit that changed info.version`);
    expect(gate.out).toMatch(/✗ DELETE \/things\/\{id\}.*removed the non-success response with the status `404`/);
    expect(gate.code).toBe(1);
    // The gate before: the tip against its parent sees no change at all.
    const previous = await repo.gate("HEAD~1");
    expect(previous.out).toContain("no breaking change");
    expect(previous.code).toBe(0);
  });

  it("is the default with no argument, and passes changes since the release that break nothing", async ({ expect }) => {
    const repo = await repository("additive");
    const release = await repo.commit("first contract", { [SPEC]: spec("1.0.0"), [CHANGELOG]: changelog("1.0.0") });
    await repo.commit("add a 500", { [SPEC]: spec("1.0.0", { add500: true }) });
    await repo.commit("docs", { "README.md": "one\n" });
    const gate = await repo.gate();
    expect(gate.out).toContain(`spec:diff ${release}:spec/openapi.yaml → spec/openapi.yaml`);
    expect(gate.out).toContain(
      "+ DELETE /things/{id} (deleteThing): added the non-success response with the status `500`",
    );
    expect(gate.out).toContain("no breaking change (1 other change)");
    expect(gate.code).toBe(0);
  });

  it("checks the commit that bumps info.version against the release before it, and later commits against it", async ({
    expect,
  }) => {
    const repo = await repository("bump");
    const first = await repo.commit("first contract", { [SPEC]: spec("1.0.0"), [CHANGELOG]: changelog("1.0.0") });
    const second = await repo.commit("2.0.0: drop the 404", {
      [SPEC]: spec("2.0.0", { drop: ["404"] }),
      [CHANGELOG]: changelog("2.0.0", "1.0.0"),
    });
    const atBump = await repo.gate("--release");
    expect(atBump.out).toContain(`the last release is ${first}`);
    expect(atBump.out).toContain("1 breaking change accepted: info.version 1.0.0 → 2.0.0");
    expect(atBump.code).toBe(0);

    // Uncommitted: the working tree is not HEAD's spec, so HEAD, the 2.0.0 release, is the base.
    await repo.write({ [SPEC]: spec("2.0.0", { drop: ["404", "429"] }) });
    const uncommitted = await repo.gate("--release");
    expect(uncommitted.out).toContain(`the last release is ${second}`);
    expect(uncommitted.out).toMatch(/removed the non-success response with the status `429`/);
    expect(uncommitted.code).toBe(1);

    await repo.commit("drop the 429 too", {});
    await repo.commit("docs", { "README.md": "one\n" });
    const later = await repo.gate("--release");
    expect(later.out).toContain(`the last release is ${second}`);
    expect(later.out).toContain("a major bump of info.version (2.0.0 → 3.0.0; now 2.0.0)");
    expect(later.code).toBe(1);
  });

  it("takes a merge that brings in a new info.version as the release, along the branch's first parents", async ({
    expect,
  }) => {
    const repo = await repository("merge");
    const first = await repo.commit("first contract", { [SPEC]: spec("1.0.0"), [CHANGELOG]: changelog("1.0.0") });
    await repo.git("checkout", "-q", "-b", "rewrite");
    await repo.commit("2.0.0: drop the 404", {
      [SPEC]: spec("2.0.0", { drop: ["404"] }),
      [CHANGELOG]: changelog("2.0.0", "1.0.0"),
    });
    await repo.commit("docs", { "README.md": "one\n" });
    await repo.git("checkout", "-q", "main");
    await repo.git("merge", "-q", "--no-ff", "-m", "merge the rewrite", "rewrite");
    const merge = await repo.git("rev-parse", "--short", "HEAD");
    const atMerge = await repo.gate("--release");
    expect(atMerge.out).toContain(`the last release is ${first}`);
    expect(atMerge.out).toContain("1 breaking change accepted: info.version 1.0.0 → 2.0.0");
    expect(atMerge.code).toBe(0);

    await repo.commit("drop the 429", { [SPEC]: spec("2.0.0", { drop: ["404", "429"] }) });
    const after = await repo.gate("--release");
    expect(after.out).toContain(`the last release is ${merge}`);
    expect(after.code).toBe(1);
  });

  it("fails a release commit whose break comes with only a minor bump", async ({ expect }) => {
    const repo = await repository("minor-bump");
    await repo.commit("first contract", { [SPEC]: spec("1.0.0"), [CHANGELOG]: changelog("1.0.0") });
    await repo.commit("1.1.0: drop the 404", {
      [SPEC]: spec("1.1.0", { drop: ["404"] }),
      [CHANGELOG]: changelog("1.1.0", "1.0.0"),
    });
    const gate = await repo.gate("--release");
    expect(gate.out).toContain("a major bump of info.version (1.0.0 → 2.0.0; now 1.1.0)");
    expect(gate.code).toBe(1);
  });

  it("takes the newest v* tag as the release when the history has one", async ({ expect }) => {
    const repo = await repository("tagged");
    await repo.commit("first contract", { [SPEC]: spec("1.0.0"), [CHANGELOG]: changelog("1.0.0") });
    await repo.git("tag", "v1.0.0");
    await repo.commit("1.1.0: add a 500", { [SPEC]: spec("1.1.0", { add500: true }) });
    await repo.commit("drop the 404", { [SPEC]: spec("1.1.0", { add500: true, drop: ["404"] }) });
    const gate = await repo.gate("--release");
    expect(gate.out).toContain("the last release is v1.0.0 (the newest v* tag; info.version 1.0.0)");
    expect(gate.out).toContain("spec:diff v1.0.0:spec/openapi.yaml → spec/openapi.yaml");
    expect(gate.out).toMatch(/removed the non-success response with the status `404`/);
    expect(gate.code).toBe(1);
  });

  it("passes with a note when the only commit with the spec is the one under check", async ({ expect }) => {
    const repo = await repository("first");
    await repo.commit("start", { "README.md": "before the spec\n" });
    await repo.commit("first contract", { [SPEC]: spec("1.0.0"), [CHANGELOG]: changelog("1.0.0") });
    const gate = await repo.gate("--release");
    expect(gate.out).toContain("no release before this spec/openapi.yaml yet");
    expect(gate.code).toBe(0);
  });

  it("refuses a shallow clone, whose history may end before the release", async ({ expect }) => {
    const repo = await repository("deep");
    await repo.commit("first contract", { [SPEC]: spec("1.0.0"), [CHANGELOG]: changelog("1.0.0") });
    await repo.commit("drop the 404", { [SPEC]: spec("1.0.0", { drop: ["404"] }) });
    const shallow = join(work, "shallow");
    await run("git", ["clone", "-q", "--depth", "1", `file://${repo.dir}`, shallow]);
    const gate = await gateIn(shallow, ["--release"]);
    expect(gate.out).toContain("this clone is shallow");
    expect(gate.out).toContain("git fetch --unshallow");
    expect(gate.code).toBe(2);
  });
});

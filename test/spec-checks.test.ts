/**
 * The spec's guards have teeth: the house Spectral rules reject each convention break, and the drift check fails
 * on a hand edit in generated/ and on a spec change committed without regenerating.
 */
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = resolve(import.meta.dirname, "..");
const spectral = join(root, "node_modules/.bin/spectral");

async function outcome(file: string, args: string[], cwd: string): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run(file, args, { cwd });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, out: failed.stdout + failed.stderr };
  }
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mms-spec-checks-"));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("npm run lint:spec", () => {
  const spec = () => readFile(join(root, "spec/openapi.yaml"), "utf8");
  async function lint(text: string): Promise<{ code: number; out: string }> {
    const file = join(dir, `lint-${Math.random().toString(36).slice(2)}.yaml`);
    await writeFile(file, text);
    return outcome(
      spectral,
      ["lint", "--ruleset", join(root, "spec/.spectral.yaml"), "--fail-severity=hint", file],
      root,
    );
  }

  it("passes the spec as committed", async () => {
    expect((await lint(await spec())).code).toBe(0);
  });

  it.each([
    [
      "a path using /invitations/",
      (s: string) => s.replace("/invites/{invitationId}:", "/invitations/{invitationId}:"),
      "mms-no-invitations-path",
    ],
    [
      "an operation without envelope",
      (s: string) => s.replace('        - $ref: "#/components/parameters/envelope"\n', ""),
      "mms-operation-declares-pretty-and-envelope",
    ],
    [
      "a 401 without WWW-Authenticate",
      (s: string) =>
        s.replace(/headers:\n {8}WWW-Authenticate:\n {10}\$ref: "#\/components\/headers\/WWW-Authenticate"\n/, ""),
      "mms-401-declares-www-authenticate",
    ],
    [
      "an id without the 24-hex pattern",
      (s: string) => s.replace('pattern: "^([a-f0-9]{24})$"', 'pattern: "^[a-fA-F0-9]{24}$"'),
      "mms-id-parameters-are-24-hex",
    ],
    [
      "a response body without an example",
      (s: string) =>
        s.replace(
          / {10}example:\n {12}detail: Unexpected error\.\n {12}error: 500\n {12}errorCode: UNEXPECTED_ERROR\n {12}parameters: \[\]\n {12}reason: Internal Server Error\n/,
          "",
        ),
      "mms-media-has-example",
    ],
  ])("rejects %s", async (_, mutate, rule) => {
    const original = await spec();
    const mutated = mutate(original);
    expect(mutated).not.toBe(original);
    const result = await lint(mutated);
    expect(result.code).not.toBe(0);
    expect(result.out).toContain(rule);
  });
});

describe("npm run generate:check", () => {
  let repo: string;
  beforeAll(async () => {
    repo = join(dir, "repo");
    await mkdir(join(repo, "scripts"), { recursive: true });
    await mkdir(join(repo, "src"), { recursive: true });
    for (const path of ["spec", "generated"]) await cp(join(root, path), join(repo, path), { recursive: true });
    for (const path of [
      "scripts/generate.ts",
      "scripts/check-generated.sh",
      "src/targets.ts",
      "src/retry.ts",
      "src/transport.ts",
      "package.json",
    ]) {
      await cp(join(root, path), join(repo, path));
    }
    await symlink(join(root, "node_modules"), join(repo, "node_modules"), "dir");
    await writeFile(join(repo, ".gitignore"), "node_modules\n");
    const git = (...args: string[]) => run("git", args, { cwd: repo });
    await git("init", "-q");
    await git("add", "-A");
    await git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "base");
  }, 60_000);

  const check = () => outcome("bash", ["scripts/check-generated.sh"], repo);
  const restore = () => run("git", ["checkout", "-q", "--", "."], { cwd: repo });

  it("passes when generated/ matches the spec", async () => {
    expect(await check()).toMatchObject({ code: 0 });
  }, 30_000);

  it("fails on a hand edit in generated/", async () => {
    const file = join(repo, "generated/openapi.ts");
    await writeFile(file, `${await readFile(file, "utf8")}\nexport type HandEdit = true;\n`);
    const result = await check();
    await restore();
    expect(result.code).toBe(1);
    expect(result.out).toContain("run 'npm run generate'");
  }, 30_000);

  it("fails on a hand edit committed to generated/, and leaves the file as it was", async () => {
    const file = join(repo, "generated/operations.ts");
    const edited = (await readFile(file, "utf8")).replace(
      '"summary": "Delete One Project Invitation"',
      '"summary": "x"',
    );
    await writeFile(file, edited);
    await run("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qam", "hand edit"], {
      cwd: repo,
    });
    const result = await check();
    const after = await readFile(file, "utf8");
    await run("git", ["reset", "-q", "--hard", "HEAD~1"], { cwd: repo });
    expect(result.code).toBe(1);
    expect(after).toBe(edited);
  }, 30_000);

  it("fails on a spec change committed without regenerating", async () => {
    const file = join(repo, "spec/openapi.yaml");
    await writeFile(
      file,
      (await readFile(file, "utf8")).replace(
        "summary: Delete One Project Invitation",
        "summary: Remove One Project Invitation",
      ),
    );
    const result = await check();
    await restore();
    expect(result.code).toBe(1);
    expect(result.out).toContain("openapi.ts");
    expect(result.out).toContain("run 'npm run generate'");
  }, 30_000);
});

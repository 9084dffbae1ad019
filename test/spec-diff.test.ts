/**
 * The breaking-change gate (`npm run spec:diff`), run on edited copies of spec/openapi.yaml: each kind of break is
 * caught and named, additive changes pass, and a break passes only with a major bump and a changelog entry.
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { ROOT } from "../scripts/bundle.ts";
import { checkSpecChange, type GateResult, OASDIFF } from "../scripts/spec-diff.ts";
import { type BreakKind, changelogHas, majorOf } from "../scripts/spec-diff-rules.ts";

const run = promisify(execFile);

const ATLAS = "/api/atlas/v1.0/groups/{groupId}/invites/{invitationId}";
const OPS_MANAGER = "/api/public/v1.0/orgs/{orgId}/invites/{invitationId}";

/** The parts of the spec the tests edit. */
interface Schema {
  type?: string;
  pattern?: string;
  maxLength?: number;
  enum?: string[];
  default?: unknown;
}
interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: Schema;
}
interface Operation {
  operationId?: string;
  summary?: string;
  parameters: (Parameter | { $ref: string })[];
  responses: Record<string, unknown>;
  security?: Record<string, string[]>[];
}
interface Spec {
  info: { version: string; description: string };
  paths: Record<string, Record<string, Operation>>;
  components: {
    parameters: Record<string, Parameter>;
    securitySchemes: Record<string, Record<string, string>>;
    schemas: { ApiError: { properties: Record<string, Schema> } };
  };
}

function operation(spec: Spec, path: string): Operation {
  const found = spec.paths[path]?.delete;
  if (!found) throw new Error(`no DELETE ${path} in the spec`);
  return found;
}

function parameter(spec: Spec, name: string): Parameter & { schema: Schema } {
  const found = spec.components.parameters[name];
  if (!found?.schema) throw new Error(`no parameter ${name} with a schema in the spec`);
  return found as Parameter & { schema: Schema };
}

let specText = "";
let changelogText = "";

beforeAll(async () => {
  specText = await readFile(join(ROOT, "spec", "openapi.yaml"), "utf8");
  changelogText = await readFile(join(ROOT, "spec", "CHANGELOG.md"), "utf8");
});

/** The spec after `edit`, as YAML text. */
function edited(edit: (spec: Spec) => void): string {
  const spec = parse(specText) as Spec;
  edit(spec);
  return stringify(spec);
}

function gate(head: string, changelog: string | undefined = changelogText): Promise<GateResult> {
  return checkSpecChange(
    { text: specText, label: "base.yaml" },
    { text: head, label: "head.yaml" },
    { text: changelog, label: "CHANGELOG.md" },
  );
}

async function expectBreak(head: string, kind: BreakKind, words: RegExp): Promise<GateResult> {
  const result = await gate(head);
  expect(result.ok).toBe(false);
  expect(
    result.breaks.filter((found) => found.kind === kind).map((found) => `${found.where}: ${found.message}`),
  ).toEqual(expect.arrayContaining([expect.stringMatching(words)]));
  expect(result.lines.join("\n")).toMatch(words);
  return result;
}

const optionalQuery = (name: string, schema: Schema = { type: "integer" }): Parameter => ({
  name,
  in: "query",
  required: false,
  schema,
});

describe("spec:diff catches breaking changes", () => {
  it("passes the spec compared with itself", async () => {
    const result = await gate(specText);
    expect(result.ok).toBe(true);
    expect(result.breaks).toEqual([]);
  });

  it("catches a removed operation", async () => {
    await expectBreak(
      edited((spec) => delete spec.paths[OPS_MANAGER]),
      "removed-operation",
      /\/api\/public\/v1\.0\/orgs\/\{orgId\}\/invites\/\{invitationId\}.*removed/,
    );
  });

  it("catches a removed response", async () => {
    await expectBreak(
      edited((spec) => delete operation(spec, ATLAS).responses["404"]),
      "removed-response",
      /DELETE \/api\/atlas\/.*removed the non-success response with the status `404`/,
    );
  });

  it("catches a new required query parameter", async () => {
    await expectBreak(
      edited((spec) => operation(spec, ATLAS).parameters.push({ ...optionalQuery("force"), required: true })),
      "new-required-parameter",
      /deleteProjectInvitation.*added the new required `query` request parameter `force`/,
    );
  });

  it("catches an optional parameter that became required", async () => {
    await expectBreak(
      edited((spec) => {
        parameter(spec, "pretty").required = true;
      }),
      "new-required-parameter",
      /deleteOrganizationInvitation.*the `query` request parameter `pretty` became required/,
    );
  });

  it("catches a removed query parameter, which oasdiff only warns about unless raised", async () => {
    await expectBreak(
      edited((spec) => operation(spec, ATLAS).parameters.pop()),
      "removed-parameter",
      /deleteProjectInvitation.*deleted the `query` request parameter `envelope` \[oasdiff request-parameter-removed\]/,
    );
  });

  it("catches a renamed query parameter", async () => {
    await expectBreak(
      edited((spec) => {
        parameter(spec, "pretty").name = "prettyPrint";
      }),
      "removed-parameter",
      /deleted the `query` request parameter `pretty`/,
    );
  });

  it("catches a renamed path parameter although the path still matches", async () => {
    await expectBreak(
      edited((spec) => {
        spec.paths["/api/atlas/v1.0/groups/{projectId}/invites/{invitationId}"] = { delete: operation(spec, ATLAS) };
        delete spec.paths[ATLAS];
        parameter(spec, "groupId").name = "projectId";
      }),
      "removed-parameter",
      /deleted the `path` request parameter `groupId`/,
    );
  });

  it("catches a narrowed parameter type", async () => {
    await expectBreak(
      edited((spec) => {
        parameter(spec, "envelope").schema = { type: "integer", default: 0 };
      }),
      "narrowed-parameter",
      /`query` request parameter `envelope`, the `type` was changed from `boolean` to `integer`/,
    );
  });

  it("catches a narrowed enum", async () => {
    const base = edited((spec) =>
      operation(spec, ATLAS).parameters.push(optionalQuery("order", { type: "string", enum: ["asc", "desc"] })),
    );
    const head = edited((spec) =>
      operation(spec, ATLAS).parameters.push(optionalQuery("order", { type: "string", enum: ["asc"] })),
    );
    const result = await checkSpecChange(
      { text: base, label: "base.yaml" },
      { text: head, label: "head.yaml" },
      { text: changelogText, label: "CHANGELOG.md" },
    );
    expect(result.ok).toBe(false);
    expect(result.breaks.map((found) => found.message)).toEqual([
      expect.stringMatching(/removed the enum value `desc` from the `query` request parameter `order`/),
    ]);
  });

  it("catches a narrowed pattern, which oasdiff only warns about unless raised", async () => {
    await expectBreak(
      edited((spec) => {
        parameter(spec, "invitationId").schema.pattern = "^([a-f0-9]{12})$";
      }),
      "narrowed-parameter",
      /changed the pattern of the `path` request parameter `invitationId` from `\^\(\[a-f0-9\]\{24\}\)\$` to `\^\(\[a-f0-9\]\{12\}\)\$`/,
    );
  });

  it("counts any changed pattern as narrowed, even one that may be wider", async () => {
    await expectBreak(
      edited((spec) => {
        parameter(spec, "groupId").schema.pattern = "^([a-fA-F0-9]{24})$";
      }),
      "narrowed-parameter",
      /changed the pattern of the `path` request parameter `groupId`/,
    );
  });

  it("catches narrowed bounds", async () => {
    await expectBreak(
      edited((spec) => {
        parameter(spec, "orgId").schema.maxLength = 12;
      }),
      "narrowed-parameter",
      /`path` request parameter `orgId`, the maxLength was decreased from `24` to `12`/,
    );
  });

  it("catches a changed success status", async () => {
    await expectBreak(
      edited((spec) => {
        const responses = operation(spec, ATLAS).responses;
        responses["202"] = responses["204"];
        delete responses["204"];
      }),
      "changed-success-status",
      /deleteProjectInvitation.*removed the success response with the status `204`/,
    );
  });

  it("catches a changed security scheme", async () => {
    await expectBreak(
      edited((spec) => {
        spec.components.securitySchemes.DigestAuth = { type: "http", scheme: "basic" };
      }),
      "changed-security",
      /security scheme `DigestAuth` http scheme changed from `digest` to `basic`/,
    );
  });

  it("catches an operation that no longer asks for Digest auth", async () => {
    await expectBreak(
      edited((spec) => {
        spec.components.securitySchemes.ApiKey = { type: "apiKey", in: "header", name: "X-Api-Key" };
        operation(spec, OPS_MANAGER).security = [{ ApiKey: [] }];
      }),
      "changed-security",
      /opsManagerDeleteOrganizationInvitation.*the endpoint scheme security `DigestAuth` was removed/,
    );
  });

  it("catches a security alternative that is no longer accepted: Atlas without Digest", async () => {
    await expectBreak(
      edited((spec) => {
        operation(spec, ATLAS).security = [{ ServiceAccounts: [] }];
      }),
      "changed-security",
      /deleteProjectInvitation.*the endpoint scheme security `DigestAuth` was removed/,
    );
  });

  it("catches security asked of an operation that took none", async () => {
    const open = edited((spec) => {
      operation(spec, OPS_MANAGER).security = [];
    });
    const result = await checkSpecChange(
      { text: open, label: "base.yaml" },
      { text: specText, label: "head.yaml" },
      { text: changelogText, label: "CHANGELOG.md" },
    );
    expect(result.ok).toBe(false);
    expect(result.breaks.map((found) => `${found.where}: ${found.message}`)).toEqual([
      expect.stringMatching(
        /opsManagerDeleteOrganizationInvitation.*no longer allows anonymous access and now only accepts `DigestAuth`/,
      ),
    ]);
  });

  it("catches a response body that may now hold what clients do not expect", async () => {
    await expectBreak(
      edited((spec) => {
        // One response, inline (the shared ApiError changed everywhere is the next test).
        const notFound = structuredClone(spec.components.schemas.ApiError);
        notFound.properties.error = { type: "string" };
        operation(spec, OPS_MANAGER).responses["404"] = {
          description: "Not found.",
          content: { "application/json": { schema: notFound } },
        };
      }),
      "other",
      /DELETE \/api\/public\/.*the `error` response's property `type` changed from `integer` to `string` for status `404`/,
    );
  });

  it("catches a parameter serialised differently, which oasdiff does not see", async () => {
    const head = edited((spec) => {
      (parameter(spec, "pretty") as Parameter & { style?: string }).style = "spaceDelimited";
    });
    // oasdiff alone: not an error (no rule for style or explode), so a kept rule of ours reports it.
    const work = await mkdtemp(join(tmpdir(), "mms-invites-oasdiff-miss-"));
    try {
      await writeFile(join(work, "base.json"), JSON.stringify(parse(specText)));
      await writeFile(join(work, "head.json"), JSON.stringify(parse(head)));
      const { stdout } = await run(OASDIFF, ["breaking", "base.json", "head.json", "--format", "json"], { cwd: work });
      const errors = (JSON.parse(stdout || "[]") as { level: number }[]).filter((finding) => finding.level === 3);
      expect(errors).toEqual([]);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
    const result = await expectBreak(
      head,
      "narrowed-parameter",
      /query parameter "pretty" is serialised differently: style=form, explode=true → style=spaceDelimited, explode=false/,
    );
    expect(result.breaks.every((found) => found.by === "spec-diff")).toBe(true);
  });

  it("catches a change to the shared ApiError, which reaches every response", async () => {
    await expectBreak(
      edited((spec) => {
        spec.components.schemas.ApiError.properties.error = { type: "string" };
      }),
      "other",
      /the `error` response's property `type` changed from `integer` to `string`/,
    );
  });

  it("catches a renamed operationId, which renames every generated client's method", async () => {
    await expectBreak(
      edited((spec) => {
        operation(spec, ATLAS).operationId = "deleteGroupInvite";
      }),
      "changed-operation-id",
      /API operation id `deleteProjectInvitation` removed and replaced with `deleteGroupInvite`/,
    );
  });
});

describe("spec:diff lets additive changes through", () => {
  it("passes a new optional query parameter", async () => {
    const result = await gate(edited((spec) => operation(spec, ATLAS).parameters.push(optionalQuery("itemsPerPage"))));
    expect(result.breaks).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("passes a new operation and names it", async () => {
    const result = await gate(
      edited((spec) => {
        spec.paths["/api/atlas/v1.0/groups/{groupId}/invitationCount"] = {
          get: {
            operationId: "countProjectInvitations",
            parameters: [{ $ref: "#/components/parameters/groupId" }],
            responses: { "200": { description: "The invitations." } },
          },
        };
      }),
    );
    expect(result.ok).toBe(true);
    expect(result.breaks).toEqual([]);
    expect(result.additions.join("\n")).toContain("/api/atlas/v1.0/groups/{groupId}/invitationCount");
  });

  it("passes a security alternative added beside Digest, as the service accounts were, and names it", async () => {
    // The spec before Atlas took service accounts: Digest only, from the document's security.
    const digestOnly = parse(specText) as Spec & { components: { securitySchemes: Record<string, unknown> } };
    for (const item of Object.values(digestOnly.paths)) {
      for (const op of Object.values(item)) {
        if (typeof op === "object" && op !== null && "security" in op) delete op.security;
      }
    }
    delete digestOnly.components.securitySchemes.ServiceAccounts;
    const result = await checkSpecChange(
      { text: stringify(digestOnly), label: "base.yaml" },
      { text: specText, label: "head.yaml" },
      { text: changelogText, label: "CHANGELOG.md" },
    );
    expect(result.breaks).toEqual([]);
    expect(result.ok).toBe(true);
    const added = result.additions.filter((line) => /security `ServiceAccounts` was added/.test(line));
    expect(added).toHaveLength(12);
    expect(added.every((line) => line.includes("/api/atlas/v1.0/"))).toBe(true);
  });

  it("passes a new response", async () => {
    const result = await gate(
      edited((spec) => {
        operation(spec, ATLAS).responses["409"] = { description: "The invitation was accepted meanwhile." };
      }),
    );
    expect(result.ok).toBe(true);
    expect(result.additions.join("\n")).toMatch(/added the non-success response with the status `409`/);
  });

  it("passes a widened parameter: a removed pattern and a longer maxLength", async () => {
    const result = await gate(
      edited((spec) => {
        delete parameter(spec, "invitationId").schema.pattern;
        parameter(spec, "invitationId").schema.maxLength = 64;
      }),
    );
    expect(result.breaks).toEqual([]);
  });

  it("passes prose edits", async () => {
    const result = await gate(
      edited((spec) => {
        spec.info.description = "Shorter.";
        operation(spec, ATLAS).summary = "Delete a project invitation";
      }),
    );
    expect(result.ok).toBe(true);
  });
});

describe("spec:diff accepts a break only with a major bump and a changelog entry", () => {
  // The committed spec's version, and the bumps after it.
  const current = (parse(readFileSync(join(ROOT, "spec", "openapi.yaml"), "utf8")) as { info: { version: string } })
    .info.version;
  const [major = 0, minor = 0] = current.split(".").map(Number);
  const nextMajor = `${major + 1}.0.0`;
  const nextMinor = `${major}.${minor + 1}.0`;
  const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const removedEnvelope = (version: string) =>
    edited((spec) => {
      spec.info.version = version;
      operation(spec, ATLAS).parameters.pop();
    });
  const logged = (version: string) =>
    `${changelogText}\n## ${version}\n\n- Removed \`envelope\` from deleteProjectInvitation.\n`;

  it("passes a break with the next major info.version and its changelog entry", async () => {
    const result = await gate(removedEnvelope(nextMajor), logged(nextMajor));
    expect(result.ok).toBe(true);
    expect(result.breaks).toHaveLength(1);
    expect(result.lines.at(-1)).toMatch(
      new RegExp(`1 breaking change accepted: info.version ${escaped(current)} → ${escaped(nextMajor)}`),
    );
  });

  it("fails a break with a major bump but no changelog entry, and says what is missing", async () => {
    const result = await gate(removedEnvelope(nextMajor));
    expect(result.ok).toBe(false);
    expect(result.lines.join("\n")).toMatch(
      new RegExp(`✓ a major bump of info.version[\\s\\S]*✗ an entry for ${escaped(nextMajor)} in CHANGELOG\\.md`),
    );
  });

  it("fails a break logged under a minor bump", async () => {
    const result = await gate(removedEnvelope(nextMinor), logged(nextMinor));
    expect(result.ok).toBe(false);
    expect(result.lines.join("\n")).toMatch(
      new RegExp(
        `✗ a major bump of info.version \\(${escaped(current)} → ${escaped(nextMajor)}; now ${escaped(nextMinor)}\\)`,
      ),
    );
  });

  it("fails a break when there is no changelog at all", async () => {
    const result = await checkSpecChange(
      { text: specText, label: "base.yaml" },
      { text: removedEnvelope(nextMajor), label: "head.yaml" },
      { text: undefined, label: "CHANGELOG.md" },
    );
    expect(result.ok).toBe(false);
    expect(result.lines.join("\n")).toContain("(file not found)");
  });
});

describe("spec-diff rules", () => {
  it("reads versions and changelog headings", () => {
    expect(majorOf("1.0.0")).toBe(1);
    expect(majorOf("v12.3.4-rc.1")).toBe(12);
    expect(majorOf("2024-01")).toBeUndefined();
    expect(changelogHas("# Changes\n\n## [2.0.0] - 2026-01-01\n", "2.0.0")).toBe(true);
    expect(changelogHas("## 2.0.0\n", "2.0.0")).toBe(true);
    expect(changelogHas("## 12.0.0\n", "2.0.0")).toBe(false);
    expect(changelogHas("Mentions 2.0.0 in prose.\n", "2.0.0")).toBe(false);
  });
});

describe("npm run spec:diff", () => {
  const tsx = join(ROOT, "node_modules", ".bin", "tsx");
  const script = join(ROOT, "scripts", "spec-diff.ts");
  let work = "";

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), "mms-invites-spec-diff-"));
  });
  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  async function cli(args: string[], cwd: string): Promise<{ code: number; out: string }> {
    try {
      const { stdout, stderr } = await run(tsx, [script, ...args], { cwd });
      return { code: 0, out: stdout + stderr };
    } catch (error) {
      const failed = error as { code?: number; stdout?: string; stderr?: string };
      return { code: failed.code ?? -1, out: `${failed.stdout ?? ""}${failed.stderr ?? ""}` };
    }
  }

  it("exits 1 and names the break when given two files", async () => {
    await writeFile(join(work, "base.yaml"), specText);
    await writeFile(
      join(work, "head.yaml"),
      edited((spec) => operation(spec, ATLAS).parameters.pop()),
    );
    const { code, out } = await cli(
      ["--base-file", "base.yaml", "--head-file", "head.yaml", "--changelog", join(ROOT, "spec", "CHANGELOG.md")],
      work,
    );
    expect(out).toMatch(/✗ DELETE \/api\/atlas\/.*deleted the `query` request parameter `envelope`/);
    expect(code).toBe(1);
  });

  it("compares with a git ref, and passes with a note when the ref has no spec yet", async () => {
    const repo = join(work, "repo");
    await mkdir(join(repo, "spec"), { recursive: true });
    const git = (...args: string[]) =>
      run("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false", ...args], {
        cwd: repo,
      });
    await git("init", "-q");
    await writeFile(join(repo, "README.md"), "before the spec\n");
    await git("add", ".");
    await git("commit", "-q", "-m", "start");
    await writeFile(join(repo, "spec", "openapi.yaml"), specText);
    await writeFile(join(repo, "spec", "CHANGELOG.md"), changelogText);
    await git("add", ".");
    await git("commit", "-q", "-m", "add the spec");

    const first = await cli(["HEAD~1"], repo);
    expect(first.out).toContain("HEAD~1 has no spec/openapi.yaml");
    expect(first.code).toBe(0);

    await writeFile(
      join(repo, "spec", "openapi.yaml"),
      edited((spec) => delete operation(spec, ATLAS).responses["404"]),
    );
    const broken = await cli(["HEAD"], repo);
    expect(broken.out).toMatch(
      /spec:diff HEAD:spec\/openapi\.yaml → spec\/openapi\.yaml[\s\S]*removed the non-success response with the status `404`/,
    );
    expect(broken.code).toBe(1);
  });
});

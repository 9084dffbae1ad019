/**
 * The spec drives the client: an operation added to the spec appears, typed, on its target's client after
 * `npm run generate`, with no client code written. Proven on a temporary copy with a throwaway operation.
 */
import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { startServer, type TestServer } from "./support/http-server.ts";
import { GROUP_ID as groupId } from "./support/samples.ts";

const run = promisify(execFile);
const root = resolve(import.meta.dirname, "..");
const teamId = "6a7b8c9d0e1f2a3b4c5d6e7f";

let dir: string;
let server: TestServer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mms-spec-driven-"));
  await cp(join(root, "src"), join(dir, "src"), { recursive: true, filter: (src) => !/\.test(-d)?\.ts$/.test(src) });
  await cp(join(root, "scripts/generate.ts"), join(dir, "scripts/generate.ts"));
  await symlink(join(root, "node_modules"), join(dir, "node_modules"), "dir");
  await writeFile(join(dir, "package.json"), JSON.stringify({ name: "spec-driven-check", type: "module" }));

  const spec = parse(await readFile(join(root, "spec/openapi.yaml"), "utf8"));
  spec.paths["/api/atlas/v1.0/groups/{groupId}/teams/{teamId}"] = {
    delete: {
      operationId: "removeProjectTeam",
      tags: ["Atlas"],
      summary: "Remove one team from a project",
      parameters: [
        { $ref: "#/components/parameters/groupId" },
        { name: "teamId", in: "path", required: true, schema: { type: "string", pattern: "^([a-f0-9]{24})$" } },
        { $ref: "#/components/parameters/pretty" },
        { $ref: "#/components/parameters/envelope" },
      ],
      responses: { "204": { description: "Removed." } },
    },
  };
  await writeFile(join(dir, "openapi.yaml"), stringify(spec));
  await run(
    join(root, "node_modules/.bin/tsx"),
    ["scripts/generate.ts", "--spec", "openapi.yaml", "--out", "generated"],
    {
      cwd: dir,
    },
  );

  await writeFile(
    join(dir, "consumer.ts"),
    `import { createAtlasClient, createOpsManagerClient } from "./src/index.ts";
const atlas = createAtlasClient({ baseUrl: process.argv[2] ?? "", auth: { wrapFetch: (next) => next } });
const om = createOpsManagerClient({ baseUrl: "https://om.example.com", auth: { wrapFetch: (next) => next } });
// @ts-expect-error the operation is tagged Atlas, so the Ops Manager client does not have it
void om.removeProjectTeam;
// @ts-expect-error teamId is a required path parameter
void (() => atlas.removeProjectTeam({ groupId: "${groupId}" }));
const result = await atlas.removeProjectTeam({ groupId: "${groupId}", teamId: "${teamId}" });
console.log(JSON.stringify(result));
`,
  );
  const tsconfig = JSON.parse(await readFile(join(root, "tsconfig.json"), "utf8"));
  tsconfig.include = ["src", "generated", "consumer.ts"];
  await writeFile(join(dir, "tsconfig.json"), JSON.stringify(tsconfig));
  server = await startServer((_req, res) => {
    res.writeHead(204).end();
  });
}, 60_000);

afterAll(async () => {
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("an operation added to the spec", () => {
  it("is in the generated operation table under its target", async () => {
    const table = await readFile(join(dir, "generated/operations.ts"), "utf8");
    expect(table).toContain('"operationId": "removeProjectTeam"');
    expect(table).toMatch(/"path": "\/api\/atlas\/v1\.0\/groups\/\{groupId\}\/teams\/\{teamId\}",\s+"target": "atlas"/);
  });

  it("typechecks on the Atlas client, with required path parameters, and is absent from Ops Manager", async () => {
    const tsc = await run(join(root, "node_modules/.bin/tsc"), ["-p", "tsconfig.json"], { cwd: dir }).then(
      () => ({ code: 0, out: "" }),
      (error: { code: number; stdout: string }) => ({ code: error.code, out: error.stdout }),
    );
    expect(tsc.out).toBe("");
    expect(tsc.code).toBe(0);
  }, 60_000);

  it("sends its request at run time with no client code written", async () => {
    const { stdout } = await run(join(root, "node_modules/.bin/tsx"), ["consumer.ts", server.url], { cwd: dir });
    expect(JSON.parse(stdout)).toEqual({ status: 204, enveloped: false });
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      `DELETE /api/atlas/v1.0/groups/${groupId}/teams/${teamId}`,
    ]);
  }, 30_000);
});

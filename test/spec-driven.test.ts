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
import { json, startServer, type TestServer } from "./support/http-server.ts";

const run = promisify(execFile);
const root = resolve(import.meta.dirname, "..");
const groupId = "32b6e34b3d91647abb20e7b8";
const orgId = "4888442a3354817a7320eb61";
const teamId = "6a7b8c9d0e1f2a3b4c5d6e7f";
const bodies: string[] = [];

let dir: string;
let server: TestServer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mms-spec-driven-"));
  await cp(join(root, "src"), join(dir, "src"), { recursive: true, filter: (src) => !/\.test(-d)?\.ts$/.test(src) });
  await cp(join(root, "scripts/generate.ts"), join(dir, "scripts/generate.ts"));
  await symlink(join(root, "node_modules"), join(dir, "node_modules"), "dir");
  await writeFile(join(dir, "package.json"), JSON.stringify({ name: "spec-driven-check", type: "module" }));

  const spec = parse(await readFile(join(root, "spec/openapi.yaml"), "utf8"));
  const team = {
    type: "object",
    required: ["id", "name"],
    properties: { id: { type: "string", pattern: "^([a-f0-9]{24})$" }, name: { type: "string" } },
  };
  // A GET that answers an array, on Atlas, with a query parameter of its own.
  spec.paths["/api/atlas/v1.0/groups/{groupId}/teams"] = {
    get: {
      operationId: "listProjectTeams",
      tags: ["Atlas"],
      summary: "List the teams of a project",
      parameters: [
        { $ref: "#/components/parameters/groupId" },
        { name: "name", in: "query", required: false, schema: { type: "string", maxLength: 64 } },
        { $ref: "#/components/parameters/pretty" },
        { $ref: "#/components/parameters/envelope" },
      ],
      responses: {
        "200": {
          description: "The teams.",
          content: { "application/json": { schema: { type: "array", items: team } } },
        },
      },
    },
  };
  // A POST with a body, on Ops Manager, whose operationId carries the target's prefix.
  spec.paths["/api/public/v1.0/orgs/{orgId}/teams"] = {
    post: {
      operationId: "opsManagerCreateTeam",
      tags: ["Ops Manager"],
      summary: "Create one team",
      parameters: [
        { $ref: "#/components/parameters/orgId" },
        { $ref: "#/components/parameters/pretty" },
        { $ref: "#/components/parameters/envelope" },
      ],
      requestBody: {
        required: true,
        content: {
          "application/json": {
            schema: {
              type: "object",
              required: ["name", "usernames"],
              properties: {
                name: { type: "string", minLength: 1 },
                usernames: { type: "array", minItems: 1, items: { type: "string", format: "email" } },
              },
            },
          },
        },
      },
      responses: { "201": { description: "Created.", content: { "application/json": { schema: team } } } },
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
    `import { createAtlasClient, createOpsManagerClient, isValidationError } from "./src/index.ts";
const auth = { wrapFetch: (next: (request: Request) => Promise<Response>) => next };
const atlas = createAtlasClient({ baseUrl: process.argv[2] ?? "", auth });
const om = createOpsManagerClient({ baseUrl: process.argv[2] ?? "", auth });
// @ts-expect-error the GET is tagged Atlas, so the Ops Manager client does not have it
void om.listProjectTeams;
// @ts-expect-error the POST is tagged Ops Manager, so the Atlas client does not have it
void atlas.createTeam;
// @ts-expect-error the method is named without the target's prefix
void om.opsManagerCreateTeam;
// @ts-expect-error usernames is a required body field
void (() => om.createTeam({ orgId: "${orgId}", name: "ops" }));
const listed = await atlas.listProjectTeams({ groupId: "${groupId}", name: "ops" });
const names: string[] = listed.data.map((t) => t.name);
const created = await om.createTeam({ orgId: "${orgId}", name: "ops", usernames: ["jane.doe@example.com"] });
const id: string = created.data.id;
let refused = "";
try {
  await om.createTeam({ orgId: "${orgId}", name: "ops", usernames: ["jane.doe"] });
} catch (error) {
  if (isValidationError(error)) refused = error.parameter;
}
console.log(JSON.stringify({ listed, names, created, id, refused }));
`,
  );
  const tsconfig = JSON.parse(await readFile(join(root, "tsconfig.json"), "utf8"));
  tsconfig.include = ["src", "generated", "consumer.ts"];
  await writeFile(join(dir, "tsconfig.json"), JSON.stringify(tsconfig));
  server = await startServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    bodies.push(Buffer.concat(chunks).toString("utf8"));
    if (req.method === "GET") json(res, 200, [{ id: teamId, name: "ops" }]);
    else json(res, 201, { id: teamId, name: "ops" });
  });
}, 60_000);

afterAll(async () => {
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("operations added to the spec", () => {
  it("are in the generated operation table under their targets, with their client method names", async () => {
    const table = await readFile(join(dir, "generated/operations.ts"), "utf8");
    expect(table).toContain('"operationId": "listProjectTeams"');
    expect(table).toMatch(/"operationId": "opsManagerCreateTeam",\s+"name": "createTeam",\s+"method": "POST"/);
    expect(table).toMatch(/"path": "\/api\/atlas\/v1\.0\/groups\/\{groupId\}\/teams",\s+"target": "atlas"/);
  });

  it("typecheck on their own target's client only, with required fields and typed data", async () => {
    const tsc = await run(join(root, "node_modules/.bin/tsc"), ["-p", "tsconfig.json"], { cwd: dir }).then(
      () => ({ code: 0, out: "" }),
      (error: { code: number; stdout: string }) => ({ code: error.code, out: error.stdout }),
    );
    expect(tsc.out).toBe("");
    expect(tsc.code).toBe(0);
  }, 60_000);

  it("send their requests and resolve their data at run time, with no client code written", async () => {
    const { stdout } = await run(join(root, "node_modules/.bin/tsx"), ["consumer.ts", server.url], { cwd: dir });
    const out = JSON.parse(stdout);
    expect(out.listed).toEqual({ status: 200, enveloped: false, data: [{ id: teamId, name: "ops" }] });
    expect(out.names).toEqual(["ops"]);
    expect(out.created).toEqual({ status: 201, enveloped: false, data: { id: teamId, name: "ops" } });
    // The generated input check refused the bad email before anything was sent: two requests, not three.
    expect(out.refused).toBe("usernames[0]");
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      `GET /api/atlas/v1.0/groups/${groupId}/teams?name=ops`,
      `POST /api/public/v1.0/orgs/${orgId}/teams`,
    ]);
    expect(JSON.parse(bodies[1] ?? "")).toEqual({ name: "ops", usernames: ["jane.doe@example.com"] });
  }, 30_000);
});

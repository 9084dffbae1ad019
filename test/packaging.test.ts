/**
 * The package as another team receives it: built, packed, installed from the tarball into a fresh project, then
 * imported with types under both module resolutions a TypeScript consumer uses, its spec loaded, its command run,
 * and the packed result checked by publint and Are The Types Wrong.
 *
 * The consumer's install uses an empty npm cache of its own and a registry on 127.0.0.1 that serves the runtime
 * dependencies packed from node_modules (test/support/local-registry.ts), so it needs no network and no earlier
 * install on the machine, and npm resolves the tarball's declared dependencies as it would from npmjs.com.
 *
 * The build runs in a copy of the working tree, so this test never removes the dist/ other tests or people use.
 */
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { promisify } from "node:util";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { afterAll, beforeAll, describe, it } from "vitest";
import { ROOT } from "../scripts/bundle.ts";
import { defaultSeed, SAMPLE_GROUP_ID, startSandbox } from "../src/sandbox/index.ts";
import {
  type LocalRegistry,
  type PackedPackage,
  packRuntimeDependencies,
  startLocalRegistry,
} from "./support/local-registry.ts";

const execFileAsync = promisify(execFile);

/** Top-level entries of the working tree that a build neither needs nor may touch. */
const NOT_COPIED = new Set(["node_modules", "dist", ".git", "artifacts", "coverage", ".tmp", ".tools"]);
const TSC = join(ROOT, "node_modules", "typescript", "bin", "tsc");
const ATTW = join(ROOT, "node_modules", "@arethetypeswrong", "cli", "dist", "index.js");
const OAZAPFTS = join(ROOT, "node_modules", "oazapfts", "dist", "cli.js");

interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command and returns its exit code and output instead of throwing on a non-zero exit. */
async function sh(command: string, args: readonly string[], cwd: string): Promise<Ran> {
  try {
    const { stdout, stderr } = await execFileAsync(command, args, {
      cwd,
      env: { ...process.env, npm_config_update_notifier: "false", npm_config_fund: "false" },
      maxBuffer: 32 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number | string; stdout?: string; stderr?: string };
    return {
      code: typeof failed.code === "number" ? failed.code : -1,
      stdout: failed.stdout ?? "",
      stderr: failed.stderr ?? String(error),
    };
  }
}

/** Runs a step the rest depends on; throws with its output when it fails. */
async function step(what: string, command: string, args: readonly string[], cwd: string): Promise<string> {
  const ran = await sh(command, args, cwd);
  if (ran.code !== 0) throw new Error(`${what} failed (exit ${ran.code}):\n${ran.stdout}\n${ran.stderr}`);
  return ran.stdout;
}

const CONSUMER_TS = `import { createAtlasClient, createOpsManagerClient, isApiError } from "mms-invites";

export async function deleteOnBothTargets(): Promise<void> {
  const atlas = createAtlasClient({ publicKey: "public", privateKey: "private" });
  await atlas.deleteProjectInvitation({ groupId: "32b6e34b3d91647abb20e7b8", invitationId: "5f3a1c2b9d4e8f7a6b5c4d3e" });
  const opsManager = createOpsManagerClient({
    baseUrl: "https://om.example.com:8443",
    publicKey: "public",
    privateKey: "private",
  });
  await opsManager.deleteOrganizationInvitation({ orgId: "4888442a3354817a7320eb61", invitationId: "5f3a1c2b9d4e8f7a6b5c4d3e" });
  // @ts-expect-error a project invitation is named by groupId, not orgId (fails if the types were lost and became any)
  await atlas.deleteProjectInvitation({ orgId: "4888442a3354817a7320eb61", invitationId: "5f3a1c2b9d4e8f7a6b5c4d3e" });
}

export function describeError(error: unknown): string {
  if (isApiError(error)) {
    const status: number = error.status;
    const errorCode: string = error.errorCode;
    return \`\${status} \${errorCode}\`;
  }
  return "not an API error";
}
`;

const CONSUMER_RUNTIME = `import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import * as client from "mms-invites";
import spec from "mms-invites/openapi.json" with { type: "json" };
import atlas from "mms-invites/atlas/openapi.json" with { type: "json" };
import opsManager from "mms-invites/ops-manager/openapi.dereferenced.json" with { type: "json" };

const yaml = await readFile(fileURLToPath(import.meta.resolve("mms-invites/openapi.yaml")), "utf8");
const root = new URL(".", import.meta.resolve("mms-invites/package.json"));
const docs = await readFile(new URL("dist/docs/index.html", root), "utf8");
const operationIds = (doc) => Object.values(doc.paths).flatMap((item) => [item.get, item.put, item.post, item.delete, item.patch])
  .flatMap((op) => (op ? [op.operationId] : []));
const opsManagerYaml = await readFile(fileURLToPath(import.meta.resolve("mms-invites/ops-manager/openapi.yaml")), "utf8");
console.log(JSON.stringify({
  openapi: spec.openapi,
  version: spec.info.version,
  operations: operationIds(spec).length,
  refs: JSON.stringify(spec).includes('"$ref"'),
  yaml: yaml.includes("openapi: 3.0.3") && yaml.includes("opsManagerDeleteOrganizationInvitation"),
  targets: {
    atlas: [atlas.servers.map((server) => server.url), operationIds(atlas).includes("deleteProjectInvitation")],
    opsManager: [opsManager.servers.map((server) => server.url), operationIds(opsManager).includes("deleteOrganizationInvitation"),
      JSON.stringify(opsManager).includes('"$ref"'), opsManagerYaml.includes("operationId: deleteOrganizationInvitation")],
  },
  exports: [typeof client.createAtlasClient, typeof client.createOpsManagerClient, typeof client.isApiError],
  docs: docs.includes("<title>MongoDB Atlas and Ops Manager invitations (mms-invites)</title>"),
}));
`;

/**
 * A consumer whose client oazapfts generated from the installed package's Atlas document (a fetch-based generator
 * the issue names none of), authenticating with the installed createDigestFetch() against the sandbox.
 */
const CONSUMER_OAZAPFTS = `import { createDigestFetch } from "mms-invites";
import * as atlas from "./atlas.js";

// The consumer has no @types/node; this is all it uses of Node.
declare const process: { env: Record<string, string | undefined> };
const env = (name: string): string => {
  const value = process.env[name];
  if (value === undefined) throw new Error(\`\${name} is not set\`);
  return value;
};
atlas.defaults.baseUrl = env("MMS_BASE_URL");
atlas.defaults.fetch = createDigestFetch({ publicKey: env("MMS_PUBLIC_KEY"), privateKey: env("MMS_PRIVATE_KEY") });
const groupId = env("MMS_GROUP_ID");
const username = "oazapfts-consumer@example.com";

const created = await atlas.createProjectInvitation(groupId, { username, roles: ["GROUP_READ_ONLY"] });
const id = (created.status === 200 || created.status === 201) && "id" in created.data ? created.data.id : undefined;
if (id === undefined) throw new Error(\`create answered \${created.status}\`);
const listed = await atlas.listProjectInvitations(groupId, { username });
const deleted = await atlas.deleteProjectInvitation(groupId, id);
const again = await atlas.deleteProjectInvitation(groupId, id);
console.log(JSON.stringify({
  created: created.status,
  listed: listed.status === 200 && Array.isArray(listed.data) ? listed.data.map((item) => item.id === id) : listed.status,
  deleted: deleted.status,
  again: again.status === 400 ? [again.status, again.data.errorCode] : [again.status],
}));
`;

function tsconfig(moduleResolution: "NodeNext" | "Bundler"): string {
  return JSON.stringify({
    compilerOptions: {
      target: "ES2022",
      lib: ["ES2023", "DOM"],
      module: moduleResolution === "NodeNext" ? "NodeNext" : "ESNext",
      moduleResolution,
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      types: [],
    },
    files: ["index.ts"],
  });
}

let work = "";
let packageDir = "";
let consumer = "";
let tarball = "";
let dependencies: PackedPackage[] = [];
let registry: LocalRegistry | undefined;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "mms-invites-packaging-"));
  packageDir = join(work, "package");
  await cp(ROOT, packageDir, {
    recursive: true,
    filter: (source) => !NOT_COPIED.has(relative(ROOT, source).split(sep)[0] ?? ""),
  });
  await symlink(join(ROOT, "node_modules"), join(packageDir, "node_modules"), "dir");
  await step("npm run build", "npm", ["run", "build"], packageDir);
  const packed = JSON.parse(
    await step("npm pack", "npm", ["pack", "--json", "--pack-destination", work], packageDir),
  ) as { filename: string }[];
  tarball = join(work, packed[0]?.filename ?? "");

  const packedDependencies = join(work, "dependencies");
  await mkdir(packedDependencies);
  dependencies = await packRuntimeDependencies(ROOT, packedDependencies);
  registry = await startLocalRegistry(dependencies);

  consumer = join(work, "consumer");
  await mkdir(consumer);
  await writeFile(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  // An empty cache and user config of the consumer's own: nothing from this machine's earlier installs can help.
  await writeFile(join(work, "npmrc"), "");
  await step(
    "npm install <tarball>",
    "npm",
    [
      "install",
      tarball,
      `--registry=${registry.url}`,
      `--cache=${join(work, "npm-cache")}`,
      `--userconfig=${join(work, "npmrc")}`,
      "--no-audit",
      "--no-fund",
    ],
    consumer,
  );
  await writeFile(join(consumer, "index.ts"), CONSUMER_TS);
  await writeFile(join(consumer, "tsconfig.nodenext.json"), tsconfig("NodeNext"));
  await writeFile(join(consumer, "tsconfig.bundler.json"), tsconfig("Bundler"));
  await writeFile(join(consumer, "runtime.mjs"), CONSUMER_RUNTIME);

  // oazapfts's generated code imports its small runtime, which has no dependencies of its own: copied from this
  // checkout's node_modules, so the consumer's install of mms-invites stays the only npm install under test.
  await cp(join(ROOT, "node_modules", "@oazapfts", "runtime"), join(consumer, "node_modules", "@oazapfts", "runtime"), {
    recursive: true,
  });
  await step(
    "oazapfts",
    process.execPath,
    [
      OAZAPFTS,
      join(consumer, "node_modules", "mms-invites", "dist", "atlas", "openapi.json"),
      join(consumer, "atlas.ts"),
    ],
    consumer,
  );
  await writeFile(join(consumer, "oazapfts-consumer.ts"), CONSUMER_OAZAPFTS);
  await writeFile(
    join(consumer, "tsconfig.oazapfts.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        lib: ["ES2023", "DOM"],
        module: "NodeNext",
        moduleResolution: "NodeNext",
        strict: true,
        skipLibCheck: true,
        types: [],
        outDir: "out",
      },
      files: ["oazapfts-consumer.ts", "atlas.ts"],
    }),
  );
}, 300_000);

afterAll(async () => {
  await registry?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

// Each check starts its own process (tsc, node, attw); they run side by side and may each take a while on a busy machine.
describe.concurrent("the packed mms-invites, installed in a fresh project", { timeout: 120_000 }, () => {
  for (const [moduleResolution, config] of [
    ["NodeNext", "tsconfig.nodenext.json"],
    ["Bundler", "tsconfig.bundler.json"],
  ] as const) {
    it(`type-checks a consumer importing the client under moduleResolution ${moduleResolution}`, async ({ expect }) => {
      const ran = await sh(process.execPath, [TSC, "-p", config], consumer);
      expect(`${ran.stdout}${ran.stderr}`).toBe("");
      expect(ran.code).toBe(0);
    });
  }

  it("loads the exported specs (whole and per target, JSON and YAML), the client and the docs page at runtime", async ({
    expect,
  }) => {
    const ran = await sh(process.execPath, ["runtime.mjs"], consumer);
    expect(ran.stderr).toBe("");
    expect(JSON.parse(ran.stdout)).toEqual({
      openapi: "3.0.3",
      version: expect.stringMatching(/^\d+\.\d+\.\d+$/),
      operations: 24,
      refs: false,
      yaml: true,
      targets: {
        atlas: [["https://cloud.mongodb.com"], true],
        opsManager: [["https://{host}:{port}"], true, false, true],
      },
      exports: ["function", "function", "function"],
      docs: true,
    });
  });

  it("installs exactly the declared runtime dependencies, each one from the local registry", async ({ expect }) => {
    expect(registry?.misses).toEqual([]);
    const lock = JSON.parse(await readFile(join(consumer, "package-lock.json"), "utf8")) as {
      packages: Record<string, { version?: string }>;
    };
    const installed = Object.entries(lock.packages)
      .filter(([path]) => path.startsWith("node_modules/") && path !== "node_modules/mms-invites")
      .map(
        ([path, entry]) => `${path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length)}@${entry.version}`,
      );
    const packed = dependencies.map((pkg) => `${pkg.name}@${pkg.version}`);
    expect(installed.sort()).toEqual(packed.sort());
    expect(registry?.served.sort()).toEqual(dependencies.map((pkg) => pkg.filename).sort());
    expect(dependencies.map((pkg) => pkg.name)).toEqual(
      expect.arrayContaining(["ajv", "ajv-formats", "cli-progress", "openapi-fetch"]),
    );
  });

  it("authenticates an oazapfts client generated from the installed Atlas document with the installed createDigestFetch()", async ({
    expect,
  }) => {
    const compiled = await sh(process.execPath, [TSC, "-p", "tsconfig.oazapfts.json"], consumer);
    expect(`${compiled.stdout}${compiled.stderr}`).toBe("");
    const sandbox = await startSandbox();
    try {
      const owner = defaultSeed.keys.find((key) => key.projectOwner?.includes(SAMPLE_GROUP_ID));
      const ran = await new Promise<Ran>((resolvePromise) => {
        execFile(
          process.execPath,
          [join(consumer, "out", "oazapfts-consumer.js")],
          {
            cwd: consumer,
            env: {
              ...process.env,
              MMS_BASE_URL: sandbox.url,
              MMS_PUBLIC_KEY: owner?.publicKey ?? "",
              MMS_PRIVATE_KEY: owner?.privateKey ?? "",
              MMS_GROUP_ID: SAMPLE_GROUP_ID,
            },
          },
          (error, stdout, stderr) => resolvePromise({ code: error === null ? 0 : 1, stdout, stderr }),
        );
      });
      expect(ran.stderr).toBe("");
      expect(JSON.parse(ran.stdout)).toEqual({
        created: expect.toSatisfy((status) => status === 200 || status === 201),
        listed: [true],
        deleted: 204,
        again: [400, "INVALID_INVITATION_ID"],
      });
      // The sandbox accepts nothing but a correct Digest response: the calls above paid its challenges.
      expect(sandbox.stats.byStatus[401] ?? 0).toBeGreaterThan(0);
    } finally {
      await sandbox.close();
    }
  });

  it("runs the mms-invites command with --help", async ({ expect }) => {
    const ran = await sh(join(consumer, "node_modules", ".bin", "mms-invites"), ["--help"], consumer);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain("mms-invites delete");
    expect(ran.stdout).toContain("mms-invites sandbox");
    expect(ran.stdout).toContain("mms-invites verify");
  });

  it("runs mms-invites verify from the installed bin against the sandbox, with the document the package ships", async ({
    expect,
  }) => {
    const plenty = { limit: 100_000, windowMs: 60_000 };
    const sandbox = await startSandbox({ rateLimit: plenty, invitationRateLimit: plenty });
    try {
      const owner = defaultSeed.keys.find((key) => key.projectOwner?.includes(SAMPLE_GROUP_ID));
      const bin = join(consumer, "node_modules", ".bin", "mms-invites");
      const args = [
        "verify",
        "--target",
        "ops-manager",
        "--base-url",
        sandbox.url,
        "--project",
        SAMPLE_GROUP_ID,
        "--json",
      ];
      const { stdout } = await execFileAsync(bin, args, {
        cwd: consumer,
        env: {
          PATH: process.env.PATH,
          MONGODB_ATLAS_PUBLIC_API_KEY: owner?.publicKey ?? "",
          MONGODB_ATLAS_PRIVATE_API_KEY: owner?.privateKey ?? "",
        },
      });
      const report = JSON.parse(stdout) as { conformant: boolean; spec: { file: string }; checks: unknown[] };
      expect(report.conformant).toBe(true);
      expect(report.checks).toHaveLength(23);
      expect(report.spec.file).toBe(
        join(consumer, "node_modules", "mms-invites", "dist", "ops-manager", "openapi.dereferenced.json"),
      );
    } finally {
      await sandbox.close();
    }
  }, 120_000);

  it("ships only dist/ and the README", async ({ expect }) => {
    const listed = await sh("tar", ["-tzf", tarball], work);
    const tops = new Set(
      listed.stdout
        .split("\n")
        .filter(Boolean)
        .map((path) => path.split("/").slice(0, 2).join("/")),
    );
    expect([...tops].sort()).toEqual(["package/README.md", "package/dist", "package/package.json"]);
    expect(listed.stdout).not.toMatch(/\.test\.(js|d\.ts)/);
  });

  it("publint reports nothing, not even a suggestion", async ({ expect }) => {
    const data = await readFile(tarball);
    const { messages, pkg } = await publint({
      // With a tarball, pkgDir names the folder inside it.
      pkgDir: "package",
      pack: { tarball: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) },
      level: "suggestion",
      strict: true,
    });
    expect(messages.map((message) => formatMessage(message, pkg, { color: false }))).toEqual([]);
  });

  it("Are The Types Wrong reports nothing for ESM consumers", async ({ expect }) => {
    // .attw.json sets the esm-only profile and leaves out ./openapi.yaml, a data file no resolver can type.
    const ran = await sh(
      process.execPath,
      [ATTW, tarball, "--profile", "esm-only", "--config-path", join(ROOT, ".attw.json"), "--no-color"],
      work,
    );
    expect(ran.code, `${ran.stdout}\n${ran.stderr}`).toBe(0);
    expect(ran.stdout).toContain("(ignoring resolutions: 'node10', 'node16-cjs')");
  });
});

/**
 * `npm run test:contract:mutations`: shows that the contract suite has teeth. Each mutation breaks the spec in one
 * way a careless edit could; for each, a scratch copy of the repository gets the broken spec, regenerates
 * generated/ from it, and runs the typecheck and the contract suite against a Prism of the broken spec. A mutation
 * that neither fails is a hole in the suite. Prints a markdown table `mutation → caught by` and exits 1 when a
 * mutation survives or when the unmutated copy does not pass.
 *
 * The working tree is never touched: copies live in a temporary directory (node_modules is symlinked, not copied).
 *
 * Usage: tsx scripts/contract-mutations.ts [--only <id>]... [--jobs <n>] [--keep]
 */
import { spawn } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { parse, stringify } from "yaml";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** Top-level entries a copy does not need. */
const SKIP = new Set(["node_modules", ".git", "dist", ".tmp", ".tools", "artifacts", "coverage"]);
const ATLAS = "/api/atlas/v1.0/groups/{groupId}/invites/{invitationId}";
const OPS_MANAGER = "/api/public/v1.0/orgs/{orgId}/invites/{invitationId}";
const METHODS = ["get", "put", "post", "patch", "delete"] as const;
const ID_PATTERN = "^([a-f0-9]{24})$";
const LOOSE_ID_PATTERN = "^([a-fA-F0-9]{24})$";

type Json = Record<string, unknown>;

/** One way to break the spec. */
interface Mutation {
  readonly id: string;
  /** What it does, for the table. */
  readonly title: string;
  apply(spec: Json): void;
}

function at(spec: Json, ...keys: string[]): Json {
  let node: unknown = spec;
  for (const key of keys) {
    node = (node as Json | undefined)?.[key];
    if (typeof node !== "object" || node === null) throw new Error(`the spec has no ${keys.join(" → ")}`);
  }
  return node as Json;
}

function deleteOperation(spec: Json, path: string): Json {
  return at(spec, "paths", path, "delete");
}

/** Every operation of the spec, with its path and method. */
function everyOperation(spec: Json): { path: string; method: string; operation: Json }[] {
  const found: { path: string; method: string; operation: Json }[] = [];
  for (const [path, item] of Object.entries(at(spec, "paths"))) {
    for (const method of METHODS) {
      const operation = (item as Json)[method];
      if (typeof operation === "object" && operation !== null)
        found.push({ path, method, operation: operation as Json });
    }
  }
  return found;
}

/** Removes a parameter from one operation; false when it had none of that name. */
function withoutParameter(operation: Json, name: string): boolean {
  const parameters = (operation.parameters ?? []) as { $ref?: string; name?: string }[];
  const kept = parameters.filter((p) => p.name !== name && p.$ref !== `#/components/parameters/${name}`);
  operation.parameters = kept;
  return kept.length !== parameters.length;
}

/** Removes a parameter from every operation that has it, then its component; fails when none had it. */
function dropParameterEverywhere(spec: Json, name: string): void {
  const dropped = everyOperation(spec).filter(({ operation }) => withoutParameter(operation, name));
  if (dropped.length === 0) throw new Error(`no operation has the parameter ${name}`);
  removeKey(at(spec, "components", "parameters"), name);
}

function renameKey(object: Json, from: string, to: string): void {
  if (!(from in object)) throw new Error(`no ${from} to rename`);
  // Rebuild to keep the key's position: Prism and the generator read keys in order.
  const entries = Object.entries(object).map(([key, value]) => [key === from ? to : key, value] as const);
  for (const key of Object.keys(object)) delete object[key];
  for (const [key, value] of entries) object[key] = value;
}

function removeKey(object: Json, key: string): void {
  if (!(key in object)) throw new Error(`no ${key} to remove`);
  delete object[key];
}

/** Turns the 204 of one operation into a 200 (it takes the place of the enveloped 200). */
function successAs200(spec: Json, path: string): void {
  const responses = at(deleteOperation(spec, path), "responses");
  removeKey(responses, "200");
  renameKey(responses, "204", "200");
}

function loosenId(spec: Json, name: string): void {
  const schema = at(spec, "components", "parameters", name, "schema");
  if (schema.pattern !== ID_PATTERN) throw new Error(`${name} does not have the pattern ${ID_PATTERN}`);
  schema.pattern = LOOSE_ID_PATTERN;
}

const MUTATIONS: readonly Mutation[] = [
  {
    id: "drop-envelope",
    title: "drop the `envelope` query parameter (every operation)",
    apply: (spec) => dropParameterEverywhere(spec, "envelope"),
  },
  {
    id: "atlas-204-to-200",
    title: "turn the 204 of Atlas's project delete into 200",
    apply: (spec) => successAs200(spec, ATLAS),
  },
  {
    id: "ops-manager-204-to-200",
    title: "turn the 204 of Ops Manager's organization delete into 200",
    apply: (spec) => successAs200(spec, OPS_MANAGER),
  },
  {
    id: "drop-www-authenticate",
    title: "drop the `WWW-Authenticate` header of the 401 (every operation)",
    apply: (spec) => removeKey(at(spec, "components", "responses", "Unauthorized", "headers"), "WWW-Authenticate"),
  },
  {
    id: "rename-invites",
    title: "rename `invites` to `invitations` in every path",
    apply: (spec) => {
      const paths = at(spec, "paths");
      for (const path of Object.keys(paths)) renameKey(paths, path, path.replace("/invites", "/invitations"));
    },
  },
  {
    id: "loosen-group-id",
    title: `loosen the \`groupId\` pattern to \`${LOOSE_ID_PATTERN}\``,
    apply: (spec) => loosenId(spec, "groupId"),
  },
  {
    id: "loosen-org-id",
    title: `loosen the \`orgId\` pattern to \`${LOOSE_ID_PATTERN}\``,
    apply: (spec) => loosenId(spec, "orgId"),
  },
  {
    id: "loosen-invitation-id",
    title: `loosen the \`invitationId\` pattern to \`${LOOSE_ID_PATTERN}\``,
    apply: (spec) => loosenId(spec, "invitationId"),
  },
  {
    id: "drop-401",
    title: "drop the 401 response (every operation)",
    apply: (spec) => {
      for (const { operation } of everyOperation(spec)) removeKey(at(operation, "responses"), "401");
    },
  },
  {
    id: "drop-username-filter",
    title: "drop the `username` filter of the lists",
    apply: (spec) => dropParameterEverywhere(spec, "username"),
  },
  {
    id: "roles-optional",
    title: "make `roles` optional in the Atlas project invitation request (create, update by username)",
    apply: (spec) => {
      const schema = at(spec, "components", "schemas", "AtlasProjectInvitationRequest");
      const required = schema.required as string[];
      if (!required.includes("roles")) throw new Error("AtlasProjectInvitationRequest does not require roles");
      schema.required = required.filter((field) => field !== "roles");
    },
  },
  {
    id: "list-item-schema",
    title: "make the Atlas project list's items organization invitations",
    apply: (spec) => {
      const schema = at(spec, "components", "responses", "AtlasProjectList", "content", "application/json", "schema");
      const list = (schema.oneOf as Json[] | undefined)?.find((branch) => branch.type === "array");
      if (list === undefined) throw new Error("AtlasProjectList offers no array");
      list.items = { $ref: "#/components/schemas/AtlasOrganizationInvitation" };
    },
  },
  {
    id: "drop-201",
    title: "drop the 201 of every create",
    apply: (spec) => {
      const creates = everyOperation(spec).filter(({ method }) => method === "post");
      if (creates.length === 0) throw new Error("the spec has no create");
      for (const { operation } of creates) removeKey(at(operation, "responses"), "201");
    },
  },
];

/** What happened to one copy. */
interface Outcome {
  readonly id: string;
  readonly title: string;
  /** Set when generation failed: the generator itself refused the spec. */
  readonly generate?: string;
  /** Files tsc reported errors in; empty when the typecheck passed. */
  readonly typecheck: string[];
  /** The contract tests that failed; a setup failure shows as one entry without a target. */
  readonly contract: Failure[];
  readonly seconds: number;
}

/** One failed contract test: its file, the target its outer describe names, and the rest of its name. */
interface Failure {
  readonly file: string;
  readonly target?: string;
  readonly test: string;
}

interface Run {
  readonly code: number;
  readonly output: string;
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<Run> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
    });
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
    });
    child.once("error", reject);
    child.once("close", (code) => resolveRun({ code: code ?? 1, output }));
  });
}

const bin = (name: string): string => join(ROOT, "node_modules", ".bin", name);

/** Copies the working tree as git sees it (tracked and new files, not ignored ones) and links node_modules. */
async function copyRepository(into: string): Promise<void> {
  await mkdir(into, { recursive: true });
  const listed = await run("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], ROOT);
  if (listed.code === 0) {
    for (const file of listed.output.split("\0")) {
      if (file === "" || SKIP.has(file.split("/")[0] ?? "")) continue;
      await mkdir(dirname(join(into, file)), { recursive: true });
      // A tracked file deleted in the working tree is left out, as in the working tree.
      await cp(join(ROOT, file), join(into, file)).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== "ENOENT") throw error;
      });
    }
  } else {
    await cp(ROOT, into, {
      recursive: true,
      filter: (source) => !SKIP.has(relative(ROOT, source).split(/[\\/]/)[0] ?? ""),
    });
  }
  await symlink(join(ROOT, "node_modules"), join(into, "node_modules"), "dir");
}

async function check(workDir: string, mutation: Pick<Mutation, "id" | "title"> & Partial<Mutation>): Promise<Outcome> {
  const started = Date.now();
  const copy = join(workDir, mutation.id);
  await copyRepository(copy);
  const specFile = join(copy, "spec", "openapi.yaml");
  const spec = parse(await readFile(specFile, "utf8")) as Json;
  mutation.apply?.(spec);
  await writeFile(specFile, stringify(spec, { lineWidth: 0 }));
  const seconds = (): number => Math.round((Date.now() - started) / 100) / 10;

  const generated = await run(
    bin("tsx"),
    ["scripts/generate.ts", "--spec", "spec/openapi.yaml", "--out", "generated"],
    copy,
  );
  if (generated.code !== 0) {
    return { ...mutation, generate: lastLine(generated.output), typecheck: [], contract: [], seconds: seconds() };
  }

  const [typecheck, contract] = await Promise.all([
    run(bin("tsc"), ["-p", "tsconfig.json"], copy),
    runContractSuite(copy, specFile),
  ]);
  const typeErrors = typecheck.code === 0 ? [] : filesWithErrors(typecheck.output);
  if (typecheck.code !== 0 && typeErrors.length === 0) typeErrors.push(lastLine(typecheck.output));
  return { id: mutation.id, title: mutation.title, typecheck: typeErrors, contract, seconds: seconds() };
}

interface VitestJson {
  success?: boolean;
  testResults?: {
    name: string;
    status: string;
    message?: string;
    assertionResults?: { ancestorTitles: string[]; title: string; status: string }[];
  }[];
}

async function runContractSuite(copy: string, specFile: string): Promise<Failure[]> {
  const report = join(copy, ".contract-report.json");
  const env: NodeJS.ProcessEnv = { ...process.env, MMS_CONTRACT_SPEC: specFile };
  delete env.MMS_CONTRACT_BASE_URL;
  const result = await run(
    bin("vitest"),
    ["run", "--project", "contract", "--reporter=json", `--outputFile=${report}`, "--no-cache"],
    copy,
    env,
  );
  const suiteFailure = (why: string): Failure[] => [{ file: "suite", test: `${why}: ${lastLine(result.output)}` }];
  let json: VitestJson;
  try {
    json = JSON.parse(await readFile(report, "utf8")) as VitestJson;
  } catch {
    return result.code === 0 ? [] : suiteFailure("did not run");
  }
  const failed: Failure[] = [];
  // Type tests run in the contract project too; the typecheck column already reports them, from tsc.
  const typeTests = (json.testResults ?? []).filter((file) => file.name.endsWith(".test-d.ts"));
  for (const file of json.testResults ?? []) {
    if (typeTests.includes(file)) continue;
    const name = basename(file.name).replace(/\.test\.ts$/, "");
    const failures = (file.assertionResults ?? []).filter((t) => t.status === "failed");
    for (const { ancestorTitles, title } of failures) {
      const [outer, ...inner] = ancestorTitles;
      const target = outer?.startsWith("Ops Manager")
        ? "Ops Manager"
        : outer?.startsWith("Atlas")
          ? "Atlas"
          : undefined;
      const test = [...(target ? inner : ancestorTitles), title].join(" › ");
      failed.push(target ? { file: name, target, test } : { file: name, test });
    }
    if (failures.length === 0 && file.status === "failed") failed.push({ file: name, test: file.message ?? "failed" });
  }
  const typeTestsFailed = typeTests.some((file) => file.status === "failed");
  if (failed.length === 0 && result.code !== 0 && !typeTestsFailed) return suiteFailure("failed");
  return failed;
}

function filesWithErrors(output: string): string[] {
  const files = new Set<string>();
  for (const match of output.matchAll(/^(\S+?\.tsx?)\(\d+,\d+\): error TS\d+/gm)) files.add(match[1] ?? "");
  return [...files].sort();
}

function lastLine(output: string): string {
  const lines = output
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("npm warn"));
  return (lines.at(-1) ?? "no output").slice(0, 200);
}

/** Says what caught a mutation: every failed test name when `detailed`, else one line fit for a table. */
function caughtBy(outcome: Outcome, detailed = false): string {
  const by: string[] = [];
  if (outcome.generate) by.push(`generation (${outcome.generate})`);
  if (outcome.typecheck.length > 0) {
    const files = detailed ? outcome.typecheck : outcome.typecheck.map((f) => basename(f));
    by.push(`typecheck (${files.map((f) => `\`${f}\``).join(", ")})`);
  }
  if (outcome.contract.length > 0) {
    const perTarget = ["Atlas", "Ops Manager"]
      .map((t) => `${t} ${outcome.contract.filter((f) => f.target === t).length}`)
      .join(", ");
    const distinct = [...new Set(outcome.contract.map((f) => `${f.file}: “${f.test}”`))];
    const limit = detailed ? distinct.length : 2;
    const more = distinct.length > limit ? `, and ${distinct.length - limit} more` : "";
    by.push(
      `contract suite, ${outcome.contract.length} tests (${perTarget}): ${distinct.slice(0, limit).join(", ")}${more}`,
    );
  }
  return by.length === 0 ? SURVIVES : by.join(detailed ? "\n  " : "<br>");
}

const SURVIVES = "**nothing: the mutation survives**";

async function inPool<T, R>(items: readonly T[], jobs: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, items.length) }, worker));
  return results;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      only: { type: "string", multiple: true },
      jobs: { type: "string", default: String(Math.max(1, Math.min(2, availableParallelism()))) },
      keep: { type: "boolean", default: false },
    },
  });
  const jobs = Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1)
    throw new Error(`--jobs must be a positive whole number, got ${values.jobs}`);
  const selected = values.only ? MUTATIONS.filter((m) => values.only?.includes(m.id)) : MUTATIONS;
  if (values.only && selected.length !== values.only.length) {
    throw new Error(`unknown mutation in --only; known: ${MUTATIONS.map((m) => m.id).join(", ")}`);
  }

  const workDir = await mkdtemp(join(tmpdir(), "mms-mutations-"));
  const log = (line: string): boolean => process.stderr.write(`${line}\n`);
  try {
    log(`Copies in ${workDir}; ${selected.length} mutations, ${jobs} at a time.`);
    const baseline = await check(workDir, { id: "unmutated", title: "the spec as it is" });
    if (baseline.generate || baseline.typecheck.length > 0 || baseline.contract.length > 0) {
      log(`The unmutated copy does not pass, so no mutation can be judged; it fails:\n  ${caughtBy(baseline, true)}`);
      return 1;
    }
    log(`unmutated copy passes (${baseline.seconds} s)`);
    const outcomes = await inPool(selected, jobs, async (mutation) => {
      const outcome = await check(workDir, mutation);
      log(`${outcome.id} (${outcome.seconds} s): caught by\n  ${caughtBy(outcome, true)}`);
      return outcome;
    });

    const rows = outcomes.map((o) => `| ${o.title} | ${caughtBy(o)} |`);
    process.stdout.write(`\n| mutation | caught by |\n|---|---|\n${rows.join("\n")}\n`);
    const survivors = outcomes.filter((o) => caughtBy(o) === SURVIVES);
    if (survivors.length > 0) {
      log(`\n${survivors.length} mutation(s) survived: ${survivors.map((s) => s.id).join(", ")}`);
      return 1;
    }
    log(`\nAll ${outcomes.length} mutations were caught.`);
    return 0;
  } finally {
    if (values.keep) log(`Kept ${workDir}`);
    else await rm(workDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);

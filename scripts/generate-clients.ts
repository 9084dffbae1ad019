/**
 * Generates, compiles and runs the clients other teams generate from the per-target documents, with the generators
 * and versions pinned in clients/ (clients/generators.json says which). Each language's folder under clients/
 * holds its generator configuration and a small program that drives the generated client with that language's
 * own Digest support: create → list (filtered) → delete → delete again, on both targets.
 *
 *   npm run generate:clients -- --lang <go|python|java|hey-api|swagger-typescript-api> --out <dir> [--no-compile]
 *
 * A folder is generated and compiled once per content: the hash of the documents, the language's clients/ files,
 * the generator version and this script is stamped in it, and a folder with the same stamp is reused.
 * The tools come from scripts/setup.sh (the jar, the virtualenv, the module caches, all under .tools/);
 * a missing one is a {@link MissingToolError} that says how to install it.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { type TargetId, targets } from "../src/targets.ts";
import { bundleTargets } from "./bundle.ts";

/** The package root: scripts/ sits directly under it. */
export const ROOT = resolve(import.meta.dirname, "..");
/** Where the tools scripts/setup.sh installs live (ignored by git). */
export const TOOLS = join(ROOT, ".tools");
/** The default parent of generated clients (ignored by git). */
export const GENERATED = join(ROOT, ".generated-clients");
const CLIENTS = join(ROOT, "clients");

/** A language, named after its generator where one language has several. */
export type ClientLanguage = "go" | "python" | "java" | "hey-api" | "swagger-typescript-api";
/** Every language, in the order the README table lists them. */
export const LANGUAGES: readonly ClientLanguage[] = ["go", "python", "java", "hey-api", "swagger-typescript-api"];

/** How clients/generators.json describes one language's generator. */
export interface GeneratorConfig {
  readonly language: string;
  readonly generator: string;
  readonly options: string;
  readonly auth: string;
  readonly workarounds: readonly string[];
}

interface GeneratorsFile {
  readonly "openapi-generator": { readonly coordinates: string; readonly version: string };
  readonly languages: Record<ClientLanguage, GeneratorConfig>;
}

/** A tool the clients need that is not installed; `hint` says how to install it. */
export class MissingToolError extends Error {
  override readonly name = "MissingToolError";
  constructor(
    readonly tool: string,
    readonly hint: string,
  ) {
    super(`${tool} is not installed; ${hint}`);
  }
}

/** One line a client program prints: what one call of the generated client returned. */
export interface ClientStep {
  readonly target: "atlas" | "opsManager";
  /** `list-generated`: Java only, the generated list method whose gap the README records. */
  readonly step: "create" | "list" | "list-generated" | "delete" | "delete-again";
  readonly status: number;
  readonly id?: string;
  readonly ids?: string[];
  readonly errorCode?: string;
  readonly error?: string;
}

/** A generated and compiled client folder. */
export interface PreparedClient {
  readonly lang: ClientLanguage;
  readonly dir: string;
  readonly generator: string;
  readonly version: string;
  /** Whether the folder was reused from an earlier run with the same stamp. */
  readonly cached: boolean;
}

/** Where a language's configuration and program live under clients/. */
function configDir(lang: ClientLanguage): string {
  return lang === "hey-api" || lang === "swagger-typescript-api"
    ? join(CLIENTS, "typescript", lang)
    : join(CLIENTS, lang);
}

/** clients/generators.json. */
export async function generators(): Promise<GeneratorsFile> {
  return JSON.parse(await readFile(join(CLIENTS, "generators.json"), "utf8")) as GeneratorsFile;
}

/** Runs a command; throws with its output when it fails, or a MissingToolError when it does not exist. */
async function run(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; tool?: [string, string]; timeoutMs?: number } = {},
): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    execFile(
      command,
      args,
      {
        cwd: options.cwd ?? ROOT,
        env: { ...process.env, ...options.env },
        maxBuffer: 64 * 1024 * 1024,
        timeout: options.timeoutMs ?? 600_000,
      },
      (error, stdout, stderr) => {
        if (error === null) {
          resolvePromise(stdout);
          return;
        }
        if ((error as NodeJS.ErrnoException).code === "ENOENT" && options.tool !== undefined) {
          reject(new MissingToolError(options.tool[0], options.tool[1]));
          return;
        }
        reject(new Error(`${command} ${args.join(" ")} failed:\n${stdout}\n${stderr}`, { cause: error }));
      },
    );
  });
}

const SETUP_HINT = "run: bash scripts/setup.sh";
const JAVA: [string, string] = ["java (JDK 17)", "install it: apt-get install -y openjdk-17-jdk-headless"];
const GO: [string, string] = ["go", "install it: apt-get install -y golang"];
const MAVEN: [string, string] = ["mvn (Maven)", "install it: apt-get install -y maven"];

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** The openapi-generator-cli jar scripts/setup.sh fetched into the Maven repository under .tools/. */
async function openapiGeneratorJar(): Promise<{ jar: string; version: string }> {
  const { coordinates, version } = (await generators())["openapi-generator"];
  const [group = "", artifact = ""] = coordinates.split(":");
  const jar = join(TOOLS, "m2", ...group.split("."), artifact, version, `${artifact}-${version}.jar`);
  if (!(await exists(jar))) throw new MissingToolError(`${coordinates} (the jar)`, SETUP_HINT);
  return { jar, version };
}

/** The version of an npm generator, checked against the exact pin in package.json. */
async function npmGeneratorVersion(name: string): Promise<string> {
  const manifest = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8")) as {
    devDependencies: Record<string, string>;
  };
  const pinned = manifest.devDependencies[name];
  let installed: string;
  try {
    installed = (
      JSON.parse(await readFile(join(ROOT, "node_modules", name, "package.json"), "utf8")) as { version: string }
    ).version;
  } catch {
    throw new MissingToolError(name, "run: npm ci");
  }
  if (pinned !== installed)
    throw new Error(`${name} ${installed} is installed but package.json pins ${pinned}; run: npm ci`);
  return installed;
}

const PYTHON = join(TOOLS, "python", "bin", "python");
const PYTHON_BIN = join(TOOLS, "python", "bin");

/** The version of openapi-python-client in the virtualenv, checked against clients/python/requirements.txt. */
async function pythonGeneratorVersion(): Promise<string> {
  if (!(await exists(PYTHON))) throw new MissingToolError("the Python virtualenv .tools/python", SETUP_HINT);
  const requirements = await readFile(join(CLIENTS, "python", "requirements.txt"), "utf8");
  const pinned = /^openapi-python-client==(\S+)$/m.exec(requirements)?.[1];
  const out = await run(PYTHON, ["-c", "import importlib.metadata as m; print(m.version('openapi-python-client'))"]);
  const installed = out.trim();
  if (pinned !== installed)
    throw new Error(`openapi-python-client ${installed} is installed, ${pinned} pinned; ${SETUP_HINT}`);
  return installed;
}

/** Go's caches under .tools/, so a build needs nothing outside the project and the module proxy. */
const GO_ENV: NodeJS.ProcessEnv = {
  GOMODCACHE: join(TOOLS, "go", "mod"),
  GOCACHE: join(TOOLS, "go", "cache"),
  GOFLAGS: "-modcacherw",
  GOTOOLCHAIN: "local",
};
const MAVEN_ARGS = ["-B", "-q", `-Dmaven.repo.local=${join(TOOLS, "m2")}`];

/** The package or folder name of a target's generated client: `atlas`, `opsmanager`. */
function packageName(target: TargetId): string {
  return target.toLowerCase();
}

/** A target's two published documents: shared `$ref`s kept, and every `$ref` resolved. */
export interface TargetDocuments {
  readonly bundled: string;
  readonly dereferenced: string;
}

/**
 * Writes each target's published documents into `dir` (`npm run bundle` writes the same ones into dist/), so the
 * clients are generated from exactly what other teams download.
 */
export async function writeTargetDocuments(
  dir: string,
  spec = join(ROOT, "spec", "openapi.yaml"),
): Promise<Record<TargetId, TargetDocuments>> {
  const written = await bundleTargets(spec, dir);
  const files = {} as Record<TargetId, TargetDocuments>;
  for (const { target, bundled, dereferenced } of written) {
    files[target] = { bundled: bundled.json, dereferenced: dereferenced.json };
  }
  return files;
}

/**
 * The document a generator reads. swagger-typescript-api reads the dereferenced one: given the bundled one, whose
 * responses are shared through `components/responses`, it sets no response format and reads every body as `null`
 * (test/generated-clients.test.ts keeps that gap visible).
 */
function documentFor(lang: ClientLanguage, documents: TargetDocuments): string {
  return lang === "swagger-typescript-api" ? documents.dereferenced : documents.bundled;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

async function stampOf(
  lang: ClientLanguage,
  documents: Record<TargetId, TargetDocuments>,
  version: string,
): Promise<string> {
  const hash = createHash("sha256").update(`${lang} ${version}\n`);
  const inputs = [
    import.meta.filename,
    join(CLIENTS, "generators.json"),
    ...(await filesUnder(configDir(lang))),
    ...Object.values(documents).map((files) => documentFor(lang, files)),
  ];
  for (const file of inputs) hash.update(`${relative(ROOT, file)}\n`).update(await readFile(file));
  return hash.digest("hex");
}

/** The TypeScript project a TS client is checked and run in: `mms-invites` is this checkout's createDigestFetch. */
function typescriptProject(): string {
  return JSON.stringify(
    {
      compilerOptions: {
        target: "ES2022",
        lib: ["ES2023", "DOM"],
        module: "NodeNext",
        moduleResolution: "NodeNext",
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        allowImportingTsExtensions: true,
        types: ["node"],
        typeRoots: [join(ROOT, "node_modules", "@types")],
        paths: { "mms-invites": [join(ROOT, "src", "digest-fetch.ts")] },
      },
      include: ["**/*.ts"],
    },
    null,
    2,
  );
}

/** Generates `lang`'s clients for both targets into `dir`, with the language's program beside them. */
async function generate(
  lang: ClientLanguage,
  dir: string,
  documents: Record<TargetId, TargetDocuments>,
): Promise<void> {
  const ids = Object.keys(targets) as TargetId[];
  await cp(configDir(lang), dir, { recursive: true });
  switch (lang) {
    case "go":
    case "java": {
      const { jar } = await openapiGeneratorJar();
      // One JVM for both targets: `batch` takes one config file per generation.
      const configs: string[] = [];
      for (const target of ids) {
        const name = packageName(target);
        const config =
          lang === "go"
            ? {
                generatorName: "go",
                outputDir: join(dir, name),
                packageName: name,
                additionalProperties: { withGoMod: false, enumClassPrefix: true },
              }
            : {
                generatorName: "java",
                library: "apache-httpclient",
                outputDir: join(dir, name),
                additionalProperties: {
                  groupId: "mmsinvites",
                  artifactId: `${name}-client`,
                  invokerPackage: `mmsinvites.${name}`,
                  apiPackage: `mmsinvites.${name}.api`,
                  modelPackage: `mmsinvites.${name}.model`,
                  hideGenerationTimestamp: true,
                },
              };
        const file = join(dir, `openapi-generator-${name}.json`);
        await writeFile(
          file,
          JSON.stringify({
            ...config,
            inputSpec: documentFor(lang, documents[target]),
            globalProperties: { apiTests: false, modelTests: false, apiDocs: false, modelDocs: false },
          }),
        );
        configs.push(file);
      }
      await run("java", ["-jar", jar, "batch", "--fail-fast", ...configs], { tool: JAVA });
      return;
    }
    case "python":
      for (const target of ids) {
        await run(
          join(PYTHON_BIN, "openapi-python-client"),
          [
            "generate",
            "--path",
            documentFor(lang, documents[target]),
            "--output-path",
            join(dir, packageName(target)),
            "--meta",
            "none",
            "--overwrite",
          ],
          // Its post-generation hooks run ruff from PATH: the one in the virtualenv.
          { env: { PATH: `${PYTHON_BIN}:${process.env.PATH ?? ""}` }, tool: ["openapi-python-client", SETUP_HINT] },
        );
      }
      return;
    case "hey-api":
      for (const target of ids) {
        await run(process.execPath, [
          join(ROOT, "node_modules", "@hey-api", "openapi-ts", "bin", "run.js"),
          ...["-i", documentFor(lang, documents[target]), "-o", join(dir, packageName(target))],
          ...["-c", "@hey-api/client-fetch"],
          ...["--no-log-file", "--silent"],
        ]);
      }
      break;
    case "swagger-typescript-api":
      for (const target of ids) {
        await run(process.execPath, [
          join(ROOT, "node_modules", "swagger-typescript-api", "dist", "cli.mjs"),
          "generate",
          ...["-p", documentFor(lang, documents[target]), "-o", join(dir, packageName(target)), "-n", "api.ts"],
          ...["--enum-style=union", "--silent"],
        ]);
      }
      break;
  }
  await writeFile(join(dir, "tsconfig.json"), typescriptProject());
  await writeFile(join(dir, "package.json"), '{ "type": "module", "private": true }\n');
}

/** Compiles what {@link generate} wrote: the program against both targets' clients. */
async function compile(lang: ClientLanguage, dir: string): Promise<void> {
  switch (lang) {
    case "go":
      await run("go", ["build", "-o", "exercise", "."], { cwd: dir, env: GO_ENV, tool: GO });
      return;
    case "python":
      await run(PYTHON, ["-m", "compileall", "-q", "."], { cwd: dir });
      await run(PYTHON, ["-c", "import sys; sys.path.insert(0, '.'); import atlas.client, opsmanager.client"], {
        cwd: dir,
      });
      return;
    case "java": {
      // Each generated client is built by its own pom; the program is compiled against both jars and their deps.
      const classpath: string[] = [];
      for (const target of Object.keys(targets) as TargetId[]) {
        const project = join(dir, packageName(target));
        const cp = join(project, "classpath.txt");
        await run(
          "mvn",
          [
            ...MAVEN_ARGS,
            ...["-DskipTests", "-Dmaven.javadoc.skip=true", "-Dmaven.source.skip=true", "-Dgpg.skip=true"],
            "package",
            "dependency:build-classpath",
            `-Dmdep.outputFile=${cp}`,
          ],
          { cwd: project, tool: MAVEN },
        );
        classpath.push(join(project, "target", "classes"), (await readFile(cp, "utf8")).trim());
      }
      await writeFile(join(dir, "classpath.txt"), classpath.join(":"));
      await run("javac", ["-d", join(dir, "classes"), "-cp", classpath.join(":"), join(dir, "Exercise.java")], {
        tool: JAVA,
      });
      return;
    }
    case "hey-api":
    case "swagger-typescript-api":
      await run(process.execPath, [
        join(ROOT, "node_modules", "typescript", "bin", "tsc"),
        "-p",
        join(dir, "tsconfig.json"),
      ]);
      return;
  }
}

/** The generator name and its version, checked against its pin (and the tool's presence). */
async function generatorOf(lang: ClientLanguage): Promise<{ generator: string; version: string }> {
  const { generator } = (await generators()).languages[lang];
  switch (lang) {
    case "go":
    case "java":
      return { generator, version: (await openapiGeneratorJar()).version };
    case "python":
      return { generator, version: await pythonGeneratorVersion() };
    case "hey-api":
    case "swagger-typescript-api":
      return { generator, version: await npmGeneratorVersion(generator) };
  }
}

/**
 * Generates and compiles `lang`'s clients into `dir` from `documents`, unless `dir` already holds them for the same
 * documents, configuration and versions.
 */
export async function prepareClient(
  lang: ClientLanguage,
  dir: string,
  documents: Record<TargetId, TargetDocuments>,
  options: { compile?: boolean } = {},
): Promise<PreparedClient> {
  const { generator, version } = await generatorOf(lang);
  const hash = await stampOf(lang, documents, version);
  const stamp = options.compile === false ? `${hash} uncompiled` : hash;
  const stampFile = join(dir, ".mms-invites-stamp");
  const previous = await readFile(stampFile, "utf8").catch(() => "");
  // A compiled folder also serves a request that does not need compiling.
  if (previous === stamp || (options.compile === false && previous === hash)) {
    return { lang, dir, generator, version, cached: true };
  }
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await generate(lang, dir, documents);
  if (options.compile !== false) await compile(lang, dir);
  await writeFile(stampFile, stamp);
  return { lang, dir, generator, version, cached: false };
}

/** Connection settings a client program reads from its environment. */
export interface ClientRunSettings {
  readonly baseUrl: string;
  readonly publicKey: string;
  readonly privateKey: string;
  readonly groupId: string;
  /** Prefix of the invited usernames, so runs of several languages do not meet each other's invitations. */
  readonly usernamePrefix: string;
}

/** Runs a prepared client's program and returns the steps it printed. */
export async function runClient(client: PreparedClient, settings: ClientRunSettings): Promise<ClientStep[]> {
  const env: NodeJS.ProcessEnv = {
    MMS_BASE_URL: settings.baseUrl,
    MMS_PUBLIC_KEY: settings.publicKey,
    MMS_PRIVATE_KEY: settings.privateKey,
    MMS_GROUP_ID: settings.groupId,
    MMS_USERNAME_PREFIX: settings.usernamePrefix,
  };
  const { dir } = client;
  let out: string;
  switch (client.lang) {
    case "go":
      out = await run(join(dir, "exercise"), [], { cwd: dir, env });
      break;
    case "python":
      out = await run(PYTHON, [join(dir, "exercise.py"), dir], { cwd: dir, env });
      break;
    case "java": {
      const classpath = `${join(dir, "classes")}:${await readFile(join(dir, "classpath.txt"), "utf8")}`;
      out = await run("java", ["-cp", classpath, "Exercise"], { cwd: dir, env, tool: JAVA });
      break;
    }
    case "hey-api":
    case "swagger-typescript-api":
      out = await run(
        process.execPath,
        [
          join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"),
          "--tsconfig",
          join(dir, "tsconfig.json"),
          join(dir, "exercise.ts"),
        ],
        { cwd: dir, env },
      );
      break;
  }
  return out
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as ClientStep);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      lang: { type: "string" },
      out: { type: "string" },
      spec: { type: "string", default: join(ROOT, "spec", "openapi.yaml") },
      "no-compile": { type: "boolean", default: false },
    },
  });
  const lang = values.lang as ClientLanguage | undefined;
  if (lang === undefined || !LANGUAGES.includes(lang) || values.out === undefined) {
    console.error(`usage: npm run generate:clients -- --lang <${LANGUAGES.join("|")}> --out <dir> [--no-compile]`);
    process.exitCode = 2;
    return;
  }
  const out = resolve(values.out);
  // The documents sit beside the output, not in it: a regeneration empties the output folder first.
  const documents = await writeTargetDocuments(`${out}.spec`, resolve(values.spec));
  try {
    const prepared = await prepareClient(lang, out, documents, { compile: !values["no-compile"] });
    console.log(
      `${prepared.generator} ${prepared.version}: ${lang} clients for ${Object.keys(documents).join(" and ")} in ${relative(process.cwd(), out)}${prepared.cached ? " (unchanged)" : ""}`,
    );
  } catch (error) {
    if (error instanceof MissingToolError) {
      console.error(error.message);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}

/**
 * A read-only npm registry on 127.0.0.1 that serves this checkout's runtime dependencies, packed from
 * node_modules: a consumer project can then `npm install` the package's tarball, resolving its dependencies the
 * way it would from npmjs.com, with an empty npm cache and no network.
 *
 * `npm install --offline` cannot do that: `npm ci` caches tarballs but not the package documents (packuments)
 * that an install resolves version ranges against, so an offline install works only on a machine where some
 * earlier install filled the cache.
 */
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { join } from "node:path";
import { promisify } from "node:util";
import { listenOnLoopback } from "./http-server.ts";

const run = promisify(execFile);

/** One dependency packed from node_modules. */
export interface PackedPackage {
  readonly name: string;
  readonly version: string;
  /** The tarball's file name inside the folder it was packed into. */
  readonly filename: string;
  /** The tarball's path. */
  readonly path: string;
  /** `sha512-…`, as npm writes it in a lockfile. */
  readonly integrity: string;
  readonly shasum: string;
  /** The package.json the tarball holds. */
  readonly manifest: Record<string, unknown>;
}

/** A running registry; close it in `afterAll`. */
export interface LocalRegistry {
  /** `http://127.0.0.1:<port>/`, for `--registry`. */
  readonly url: string;
  /** The file names of the tarballs it served, in order. */
  readonly served: string[];
  /** Every request path the registry answered with 404: a dependency that was not packed. */
  readonly misses: string[];
  close(): Promise<void>;
}

const NPM_ENV = { ...process.env, npm_config_update_notifier: "false", npm_config_fund: "false" };

/**
 * Packs every package that `root`'s runtime dependencies pull in, as npm resolved them in `root`'s node_modules
 * (`npm ls --omit=dev --all`), into `destination`. Dev dependencies are left out, so a runtime dependency missing
 * from package.json fails the consumer's install or its first import.
 */
export async function packRuntimeDependencies(root: string, destination: string): Promise<PackedPackage[]> {
  const { stdout } = await run("npm", ["ls", "--omit=dev", "--all", "--parseable"], { cwd: root, env: NPM_ENV });
  const directories = stdout
    .split("\n")
    .filter((line) => line !== "" && line !== root)
    .filter((directory, index, all) => all.indexOf(directory) === index);
  if (directories.length === 0) return [];
  // One `npm pack` for all of them; --ignore-scripts, because an installed package's prepack may need its dev tools.
  const packed = await run(
    "npm",
    ["pack", "--json", "--ignore-scripts", "--pack-destination", destination, ...directories],
    { cwd: root, env: NPM_ENV, maxBuffer: 16 * 1024 * 1024 },
  );
  const manifests = new Map<string, Record<string, unknown>>();
  for (const directory of directories) {
    const manifest = JSON.parse(await readFile(join(directory, "package.json"), "utf8")) as Record<string, unknown>;
    manifests.set(`${String(manifest.name)}@${String(manifest.version)}`, manifest);
  }
  const results = JSON.parse(packed.stdout) as {
    name: string;
    version: string;
    filename: string;
    integrity: string;
    shasum: string;
  }[];
  const packages = results.map((result) => ({
    name: result.name,
    version: result.version,
    filename: result.filename,
    path: join(destination, result.filename),
    integrity: result.integrity,
    shasum: result.shasum,
    manifest: manifests.get(`${result.name}@${result.version}`) ?? {},
  }));
  const unique = new Map(packages.map((pkg) => [`${pkg.name}@${pkg.version}`, pkg]));
  return [...unique.values()];
}

/** Serves `packages`' packuments at `/<name>` (`/@scope%2fname`) and their tarballs at `/-/<filename>`. */
export async function startLocalRegistry(packages: readonly PackedPackage[]): Promise<LocalRegistry> {
  const byName = new Map<string, PackedPackage[]>();
  for (const pkg of packages) byName.set(pkg.name, [...(byName.get(pkg.name) ?? []), pkg]);
  const byFile = new Map(packages.map((pkg) => [pkg.filename, pkg]));
  const served: string[] = [];
  const misses: string[] = [];
  let url = "";

  const packument = (name: string, versions: readonly PackedPackage[]) => {
    const latest = versions.at(-1)?.version ?? "";
    return {
      _id: name,
      name,
      "dist-tags": { latest },
      versions: Object.fromEntries(
        versions.map((pkg) => [
          pkg.version,
          {
            ...pkg.manifest,
            _id: `${pkg.name}@${pkg.version}`,
            dist: { tarball: `${url}-/${pkg.filename}`, integrity: pkg.integrity, shasum: pkg.shasum },
          },
        ]),
      ),
    };
  };

  const server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? "/", "http://registry").pathname);
      const tarball = path.startsWith("/-/") ? byFile.get(path.slice(3)) : undefined;
      const versions = byName.get(path.slice(1));
      if (req.method === "GET" && tarball !== undefined) {
        const body = await readFile(tarball.path);
        res.writeHead(200, { "content-type": "application/octet-stream", "content-length": body.length });
        res.end(body);
        served.push(tarball.filename);
      } else if (req.method === "GET" && versions !== undefined) {
        const body = JSON.stringify(packument(path.slice(1), versions));
        res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
        res.end(body);
      } else {
        misses.push(`${req.method} ${path}`);
        res.writeHead(404, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: "not found" }));
      }
    })().catch((error: unknown) => {
      res.writeHead(500, { "content-type": "text/plain" });
      res.end(String(error));
    });
  });
  url = `${await listenOnLoopback(server)}/`;
  return {
    url,
    served,
    misses,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * The sandbox's two pages besides the API: `GET /` describes the server and lists the spec's operations, and
 * `GET /docs` serves the offline API reference that `npm run docs` builds.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { operations } from "../api.ts";
import { type Answer, apiError } from "./responses.ts";

/** The answer to `GET /`. */
export function index(): Answer {
  return {
    status: 200,
    body: {
      name: "mms-invites sandbox",
      description: "A local reference server for the invitations resource of MongoDB Atlas and Ops Manager.",
      operations: Object.values(operations).map(({ operationId, method, path, target }) => ({
        operationId,
        method,
        path,
        target,
      })),
      docs: "/docs",
    },
  };
}

/** The answer to `GET /docs`: the built reference, or a 404 that says how to build it. */
export async function docs(file: string): Promise<Answer> {
  let html: Buffer;
  try {
    html = await readFile(file);
  } catch {
    return apiError(404, "RESOURCE_NOT_FOUND", "The API docs are not built: run `npm run docs`, then reload.", [
      "/docs",
    ]);
  }
  return { status: 200, raw: html, headers: { "Content-Type": "text/html; charset=utf-8" } };
}

/** Where `GET /docs` reads the reference from by default: `<package root>/dist/docs/index.html`. */
export function defaultDocsFile(): string {
  return join(packageRoot(), "dist", "docs", "index.html");
}

/** The directory holding this package's package.json, from src/sandbox/ or dist/src/sandbox/ alike. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, "package.json"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

/**
 * Debian's Apache httpd with mod_auth_digest, started for one test file: a standards-compliant Digest server that
 * nobody on this project wrote.
 *
 * It runs from a generated minimal configuration in its own temporary directory (ServerRoot, PidFile, logs), listens
 * on 127.0.0.1 only, protects everything with `AuthType Digest` (MD5, `qop=auth`) and answers an authorized `DELETE`
 * of an Atlas project invitation or an Ops Manager organization invitation with `204` (mod_rewrite, after auth).
 *
 * One worker process and no keep-alive make Apache serve requests one at a time, so the access log is complete and in
 * order by the time a later request is answered; {@link ApacheServer.loggedRequests} relies on that.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { peerProblem, requirePeer } from "./peers.ts";

/** Where Debian's `apache2` package installs the server. */
export const APACHE_BINARY = "/usr/sbin/apache2";
/** Where Debian keeps the modules the configuration loads. */
export const APACHE_MODULES = "/usr/lib/apache2/modules";

const APACHE_FILES = [APACHE_BINARY, join(APACHE_MODULES, "mod_auth_digest.so")];
const APACHE_PACKAGES = "apache2 apache2-utils";

/** The install hint when Apache httpd or mod_auth_digest is missing; `undefined` when both are installed. */
export function apacheProblem(): string | undefined {
  return peerProblem("Apache httpd", APACHE_FILES, APACHE_PACKAGES);
}

/** Options of {@link startApache}. */
export interface ApacheOptions {
  /** `AuthName`, the Digest realm. Default `"MMS Public API"`. */
  readonly realm?: string;
  /** Users written to the htdigest file: username → password. */
  readonly users: Readonly<Record<string, string>>;
}

/** A running Apache; stop it with `close()` in `afterAll`. */
export interface ApacheServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  readonly url: string;
  readonly realm: string;
  /**
   * Every request Apache has logged so far, as `METHOD /path?query STATUS` lines, in order. It first sends an
   * unauthenticated sentinel request and waits for its line, so no earlier request is still unlogged; the sentinel
   * lines are left out.
   */
  loggedRequests(): Promise<string[]>;
  close(): Promise<void>;
}

const READY_TIMEOUT_MS = 15_000;
const LOG_TIMEOUT_MS = 10_000;
const SENTINEL_PATH = "/__sentinel__/";

/** Starts Apache on a free 127.0.0.1 port. */
export async function startApache(options: ApacheOptions): Promise<ApacheServer> {
  requirePeer("Apache httpd", APACHE_FILES, APACHE_PACKAGES);
  const realm = options.realm ?? "MMS Public API";
  const root = await mkdtemp(join(tmpdir(), "mms-apache-"));
  try {
    return await launch(root, realm, options.users);
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    throw error;
  }
}

async function launch(root: string, realm: string, users: Readonly<Record<string, string>>): Promise<ApacheServer> {
  const htdocs = join(root, "htdocs");
  await mkdir(htdocs);
  // When started as root, Apache serves from an unprivileged user that must be able to read the htdigest file.
  await chmod(root, 0o755);
  await chmod(htdocs, 0o755);
  const htdigest = join(root, "htdigest");
  const lines = Object.entries(users).map(
    ([user, password]) => `${user}:${realm}:${createHash("md5").update(`${user}:${realm}:${password}`).digest("hex")}`,
  );
  await writeFile(htdigest, `${lines.join("\n")}\n`, { mode: 0o644 });

  const port = await freePort();
  const accessLog = join(root, "access.log");
  const errorLog = join(root, "error.log");
  const config = join(root, "httpd.conf");
  await writeFile(config, configuration({ root, htdocs, htdigest, port, realm, accessLog, errorLog }));

  // `detached` gives Apache its own process group: on shutdown prefork signals its whole group (killpg), which
  // would otherwise include this Node process and the test runner.
  const child = spawn(APACHE_BINARY, ["-f", config, "-DFOREGROUND"], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { PATH: process.env.PATH ?? "/usr/sbin:/usr/bin:/sbin:/bin", LANG: "C" },
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(url, child);
  } catch (error) {
    await stop(child, exited);
    const log = await readFile(errorLog, "utf8").catch(() => "");
    throw new Error(`Apache did not start: ${String(error)}\n${output}\n${log}`);
  }

  let sentinels = 0;
  return {
    url,
    realm,
    async loggedRequests() {
      sentinels++;
      const sentinel = `${SENTINEL_PATH}${sentinels}`;
      const response = await fetch(`${url}${sentinel}`);
      await response.arrayBuffer();
      const deadline = Date.now() + LOG_TIMEOUT_MS;
      while (true) {
        const logged = (await readFile(accessLog, "utf8").catch(() => "")).split("\n").filter(Boolean);
        if (logged.some((line) => line.startsWith(`GET ${sentinel} `))) {
          return logged.filter((line) => !line.includes(SENTINEL_PATH));
        }
        if (Date.now() > deadline) throw new Error(`Apache never logged ${sentinel}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    async close() {
      await stop(child, exited);
      await rm(root, { recursive: true, force: true });
    },
  };
}

function configuration(p: {
  root: string;
  htdocs: string;
  htdigest: string;
  port: number;
  realm: string;
  accessLog: string;
  errorLog: string;
}): string {
  const module = (name: string, file: string) => `LoadModule ${name} ${join(APACHE_MODULES, file)}`;
  return `# Generated for one test run.
ServerRoot "${p.root}"
ServerName 127.0.0.1
Listen 127.0.0.1:${p.port}
PidFile "${join(p.root, "httpd.pid")}"
DefaultRuntimeDir "${p.root}"
ErrorLog "${p.errorLog}"
LogLevel warn
${module("mpm_prefork_module", "mod_mpm_prefork.so")}
${module("authn_core_module", "mod_authn_core.so")}
${module("authn_file_module", "mod_authn_file.so")}
${module("authz_core_module", "mod_authz_core.so")}
${module("authz_user_module", "mod_authz_user.so")}
${module("auth_digest_module", "mod_auth_digest.so")}
${module("rewrite_module", "mod_rewrite.so")}
${runAs()}
# One worker, no keep-alive: requests are served (and logged) one after another.
StartServers 1
MinSpareServers 1
MaxSpareServers 1
ServerLimit 1
MaxRequestWorkers 1
KeepAlive Off
LogFormat "%m %U%q %>s" requests
CustomLog "${p.accessLog}" requests
DocumentRoot "${p.htdocs}"
<Directory "${p.htdocs}">
  AuthType Digest
  AuthName "${p.realm}"
  AuthDigestDomain /
  AuthDigestAlgorithm MD5
  AuthDigestQop auth
  AuthDigestProvider file
  AuthUserFile "${p.htdigest}"
  Require valid-user
  # Per-directory rewrites run after authentication, so only an authorized DELETE gets here.
  RewriteEngine On
  RewriteCond %{REQUEST_METHOD} =DELETE
  RewriteRule "^api/(atlas/v1\\.0/groups|public/v1\\.0/orgs)/[0-9a-f]{24}/invites/[0-9a-f]{24}$" - [R=204,L]
  RewriteRule ^ - [R=404,L]
</Directory>
`;
}

/** Apache refuses to serve as root: when started as root, hand the workers to www-data (or nobody). */
function runAs(): string {
  if (process.getuid?.() !== 0) return "";
  const passwd = readFileSync("/etc/passwd", "utf8");
  const group = readFileSync("/etc/group", "utf8");
  const user = /^www-data:/m.test(passwd) ? "www-data" : "nobody";
  const groupName = /^www-data:/m.test(group) ? "www-data" : /^nogroup:/m.test(group) ? "nogroup" : "nobody";
  return `User ${user}\nGroup ${groupName}`;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilReady(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (true) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`apache2 exited with ${child.exitCode ?? child.signalCode}`);
    }
    try {
      const response = await fetch(`${url}${SENTINEL_PATH}ready`);
      await response.arrayBuffer();
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`no answer on ${url} after ${READY_TIMEOUT_MS} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

async function stop(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  // SIGTERM makes the parent stop its workers and exit; SIGKILL only if it hangs.
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

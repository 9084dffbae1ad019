/**
 * `npm start` (src/main.ts) as a child process: it must show the Digest exchange of one delete per target, print
 * curl commands that work as printed, and stop cleanly on Ctrl-C.
 */
import { type ChildProcess, exec, spawn } from "node:child_process";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { requireCommand } from "./support/peers.ts";
import { SANDBOX_OWNER as OWNER } from "./support/samples.ts";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

function startMainJob(args: string[] = []): { child: ChildProcess; done: Promise<Ran>; ready: Promise<string> } {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts", ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const ran: Ran = { code: null, stdout: "", stderr: "" };
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout?.on("data", (chunk) => {
      ran.stdout += String(chunk);
      if (ran.stdout.includes("Serving until Ctrl-C.")) resolve(ran.stdout);
    });
    child.on("exit", () => reject(new Error(`npm start exited before serving: ${ran.stdout}${ran.stderr}`)));
  });
  child.stderr?.on("data", (chunk) => {
    ran.stderr += String(chunk);
  });
  const done = new Promise<Ran>((resolve) => child.on("close", (code) => resolve({ ...ran, code })));
  // A failed start is asserted through `done`; keep `ready`'s rejection from going unhandled.
  ready.catch(() => {});
  return { child, done, ready };
}

describe.concurrent("npm start (src/main.ts)", () => {
  it("lists, creates and deletes on each target after one challenge each, prints curl commands that work, and stops on SIGINT", async () => {
    // The printed curl commands are run as pasted, so curl must be there before anything starts.
    requireCommand("curl", "curl");
    const { child, done, ready } = startMainJob();
    let printed: string;
    try {
      printed = await ready;
    } catch (error) {
      child.kill("SIGKILL");
      throw error;
    }
    try {
      const [exchange = "", guide = ""] = printed.split("Sandbox listening on ");
      expect(exchange.match(/← 401 Unauthorized/g)).toHaveLength(2);
      expect(exchange.match(/WWW-Authenticate: Digest realm="MMS Public API", domain="", nonce="/g)).toHaveLength(2);
      // List, create and delete on each target: six signed requests under two nonces.
      expect(exchange.match(/Authorization: Digest username="ownerkey", .*response="[0-9a-f]{32}"/g)).toHaveLength(6);
      expect(exchange.match(/→ GET /g)).toHaveLength(4);
      expect(exchange.match(/← 200 OK/g)).toHaveLength(3);
      expect(exchange.match(/← 201 Created/g)).toHaveLength(1);
      expect(exchange.match(/← 204 No Content/g)).toHaveLength(2);
      expect(exchange.match(/ {3}created [0-9a-f]{24} \(20[01]\)/g)).toHaveLength(2);
      expect(exchange).toContain('{"username":"new.user@example.com","roles":["GROUP_READ_ONLY"]}');
      expect(exchange).toContain("   aaaa00000000000000000001  jane.doe@example.com  GROUP_READ_ONLY  expires ");
      expect(exchange).toMatch(/← 204 No Content\n {5}X-MongoDB-Service-Version: gitHash=[0-9a-f]+; versionString=/);
      expect(exchange).toContain(
        "→ DELETE /api/atlas/v1.0/groups/32b6e34b3d91647abb20e7b8/invites/aaaa00000000000000000001",
      );
      expect(exchange).toContain(
        "→ DELETE /api/public/v1.0/orgs/4888442a3354817a7320eb61/invites/bbbb00000000000000000001",
      );
      expect(exchange).not.toContain(OWNER.privateKey);
      // The guide lists what is left: the two deleted invitations are gone from it.
      expect(guide).toContain("Atlas project 32b6e34b3d91647abb20e7b8: aaaa00000000000000000002");
      expect(guide).not.toContain("aaaa00000000000000000001");

      const curls = guide
        .split("\n")
        .map((line) => line.trim())
        .filter((line) => line.startsWith("curl "));
      expect(curls).toHaveLength(2);
      const run = promisify(exec);
      const first = await Promise.all(curls.map((curl) => run(curl)));
      for (const { stdout } of first) {
        expect(stdout).toMatch(/^HTTP\/1\.1 401 Unauthorized\r\n[\s\S]*HTTP\/1\.1 204 No Content\r\n/);
      }
      // Pasted again, each command finds its invitation gone: the first run really deleted it.
      const [atlasAgain, opsManagerAgain] = await Promise.all(curls.map((curl) => run(curl)));
      expect(atlasAgain?.stdout).toMatch(/HTTP\/1\.1 400 Bad Request\r\n[\s\S]*INVALID_INVITATION_ID/);
      expect(opsManagerAgain?.stdout).toMatch(/HTTP\/1\.1 404 Not Found\r\n[\s\S]*RESOURCE_NOT_FOUND/);

      // The service account's line: a token from the token endpoint, then one Bearer request, no challenge.
      const bearer = guide
        .split("\n")
        .map((line) => line.trim())
        .filter((line) => line.startsWith("ACCESS_TOKEN=$(curl "));
      expect(bearer).toHaveLength(1);
      const [bearerLine = ""] = bearer;
      expect((await run(bearerLine)).stdout).toMatch(/^HTTP\/1\.1 204 No Content\r\n/);
      expect((await run(bearerLine)).stdout).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n[\s\S]*INVALID_INVITATION_ID/);
    } finally {
      child.kill("SIGINT");
    }
    const ran = await done;
    expect(ran.code).toBe(0);
    expect(ran.stderr).toBe("Sandbox stopped.\n");
  });

  it("exits non-zero with a clear message when --port is taken", async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    const address = taken.address();
    const port = typeof address === "object" && address !== null ? address.port : 0;
    try {
      const { done } = startMainJob(["--port", String(port)]);
      const ran = await done;
      expect(ran.code).toBe(2);
      expect(ran.stderr).toContain(`port ${port} on 127.0.0.1 is in use: pick another with --port <n>`);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });
});

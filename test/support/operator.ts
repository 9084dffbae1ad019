/**
 * What the operator commands' binary tests share: the real `mms-invites` started from the sources, and a sandbox
 * seeded with three projects of three users each, on either target.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  defaultSeed,
  SAMPLE_GROUP_IDS,
  type Sandbox,
  type SandboxInvitation,
  startSandbox,
} from "../../src/sandbox/index.ts";
import type { TargetId } from "../../src/targets.ts";
import { SANDBOX_OWNER as OWNER } from "./samples.ts";

/** The repository root, where the binary runs from. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const DAY = 86_400_000;
/** The sandbox key with every role, set the way an operator sets it. */
export const KEYS = {
  MONGODB_ATLAS_AUTH_TYPE: "api_keys",
  MONGODB_ATLAS_PUBLIC_API_KEY: OWNER.publicKey,
  MONGODB_ATLAS_PRIVATE_API_KEY: OWNER.privateKey,
};
/** The users invited to every project. */
export const USERS = ["alice@example.com", "bob@example.com", "carol@example.com"] as const;

/** What a run of the binary left behind. */
export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Starts `mms-invites <args>` with `env` (plus PATH and HOME) as its whole environment. */
export function start(args: readonly string[], env: NodeJS.ProcessEnv = KEYS): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
}

/** Collects a child's output and resolves when it has exited. */
export function finish(child: ChildProcess): Promise<Ran> {
  const ran: Ran = { code: null, stdout: "", stderr: "" };
  child.stdout?.on("data", (chunk) => {
    ran.stdout += String(chunk);
  });
  child.stderr?.on("data", (chunk) => {
    ran.stderr += String(chunk);
  });
  child.stdin?.end();
  return new Promise((resolve) => child.on("close", (code) => resolve({ ...ran, code })));
}

/** Runs `mms-invites <args>` to the end. */
export const cli = (args: readonly string[], env?: NodeJS.ProcessEnv) => finish(start(args, env));

/**
 * Three projects of the sample organization, each with one invitation per user: alice's sent 20 days ago as
 * GROUP_OWNER, bob's 10 days ago as GROUP_READ_ONLY, carol's 1 day ago as GROUP_OWNER. Ids read
 * `<target><project><user>`: `a…` Atlas, `b…` Ops Manager.
 */
export function invitations(target: TargetId, now: number): SandboxInvitation[] {
  const ages = [20, 10, 1];
  const roles = ["GROUP_OWNER", "GROUP_READ_ONLY", "GROUP_OWNER"];
  return SAMPLE_GROUP_IDS.flatMap((groupId, project) =>
    USERS.map((username, user) => ({
      id: invitationId(target, project, user),
      target,
      groupId,
      username,
      roles: [roles[user] ?? "GROUP_READ_ONLY"],
      createdAt: new Date(now - (ages[user] ?? 1) * DAY).toISOString(),
    })),
  );
}

/** The id of `user`'s invitation to `project`. */
export function invitationId(target: TargetId, project: number, user: number): string {
  return `${target === "atlas" ? "a" : "b"}${project}${user}`.padEnd(24, "0");
}

/** A sandbox seeded with {@link invitations} for `target`, and any more keys. */
export async function sandboxWith(target: TargetId, more: { keys?: typeof defaultSeed.keys } = {}): Promise<Sandbox> {
  return startSandbox({
    seed: {
      organizations: defaultSeed.organizations ?? [],
      keys: [...defaultSeed.keys, ...(more.keys ?? [])],
      invitations: invitations(target, Date.now()),
    },
  });
}

/** The target, address and three projects of a run against `sandbox`. */
export function where(target: TargetId, sandbox: Sandbox): string[] {
  const projects = SAMPLE_GROUP_IDS.flatMap((id) => ["--project", id]);
  return target === "atlas"
    ? ["--target", "atlas", "--base-url", sandbox.url, ...projects]
    : ["--target", "ops-manager", "--url", sandbox.url, ...projects];
}

/** The state of every seeded invitation, by id. */
export function states(target: TargetId, sandbox: Sandbox): Record<string, string | undefined> {
  return Object.fromEntries(invitations(target, 0).map(({ id }) => [id, sandbox.invitationState(id)]));
}

/** The ids of `user` in every project. */
export const idsOf = (target: TargetId, user: number) =>
  SAMPLE_GROUP_IDS.map((_, project) => invitationId(target, project, user));

/** Resolves once `condition` holds, checking every few milliseconds (an order, not a time, is what is asserted). */
export async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

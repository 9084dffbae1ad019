/**
 * What `mms-invites sandbox` and `npm start` print about a running sandbox: where it is, its keys, the invitations
 * still pending, and commands to paste (this CLI with the keys set inline, and curl) that work against it.
 */
import { operations } from "../api.ts";
import type { SandboxKey, SandboxSeed, SandboxServiceAccount } from "../sandbox/index.ts";

/** What the guide needs to know about a running sandbox. */
export interface GuideInput {
  readonly url: string;
  readonly seed: SandboxSeed;
  /** The current state of an invitation, e.g. from `sandbox.invitationState`. */
  readonly stateOf: (id: string) => string | undefined;
}

/** One target's pending invitations in one project or organization, and a key allowed to delete them. */
interface ScopeGuide {
  readonly target: "atlas" | "ops-manager";
  readonly scopeId: string;
  readonly pending: readonly string[];
  readonly key: SandboxKey | undefined;
  /** A service account allowed to delete them (Atlas only). */
  readonly account: SandboxServiceAccount | undefined;
}

const SHOWN_PER_SCOPE = 8;

/** Writes the guide: base URL, keys, pending and accepted invitations, and commands to paste. */
export function sandboxGuide({ url, seed, stateOf }: GuideInput): string {
  const lines = [
    `Sandbox listening on ${url} (127.0.0.1 only: nothing leaves this machine)`,
    `  API reference: ${url}/docs`,
    "",
    "Keys (sample values of this sandbox, safe to share):",
  ];
  const width = Math.max(...seed.keys.map((key) => key.publicKey.length), 0);
  for (const key of seed.keys) {
    lines.push(`  public ${key.publicKey.padEnd(width)}  private ${key.privateKey}  ${describeRoles(key)}`);
  }
  const accounts = seed.serviceAccounts ?? [];
  if (accounts.length > 0) {
    lines.push("", "Service accounts (Atlas only; tokens from POST /api/oauth/token, sample values, safe to share):");
    for (const account of accounts) {
      lines.push(`  client id ${account.clientId}  secret ${account.clientSecret}  ${describeAccountRoles(account)}`);
    }
  }

  const scopes = scopesOf(seed, stateOf);
  lines.push("", "Pending invitations (each can be deleted once):");
  if (scopes.length === 0) lines.push("  none left");
  for (const scope of scopes) {
    const shown = scope.pending.slice(0, SHOWN_PER_SCOPE).join(" ");
    const more = scope.pending.length > SHOWN_PER_SCOPE ? ` … and ${scope.pending.length - SHOWN_PER_SCOPE} more` : "";
    lines.push(`  ${scopeName(scope)}: ${scope.pending.length === 0 ? "none left" : `${shown}${more}`}`);
  }
  const accepted = seed.invitations.filter((invitation) => stateOf(invitation.id) === "accepted");
  if (accepted.length > 0) {
    lines.push(`Accepted (cannot be deleted): ${accepted.map((invitation) => invitation.id).join(" ")}`);
  }

  const commands = [...scopes.flatMap((scope) => commandsFor(url, scope)), ...operatorCommands(url, scopes)];
  if (commands.length > 0) lines.push("", "Try it from another terminal:", ...commands);
  return `${lines.join("\n")}\n`;
}

/**
 * How to run this CLI from the current directory through the package's own bin: `npm run -s cli --` from a checkout
 * (the npm script runs the sources), else `npx mms-invites` (the built package).
 */
export function cliInvocation(): string {
  return import.meta.url.endsWith(".ts") ? "npm run -s cli --" : "npx mms-invites";
}

/** Quotes `value` for a POSIX shell when it holds anything but plain characters. */
export function shellQuote(value: string): string {
  return /^[A-Za-z0-9._:/=@%+,-]+$/.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`;
}

function commandsFor(url: string, scope: ScopeGuide): string[] {
  const [first, second] = scope.pending;
  if (first === undefined || scope.key === undefined) return [];
  const { publicKey, privateKey } = scope.key;
  const atlas = scope.target === "atlas";
  const cliTarget = atlas
    ? `--target atlas --base-url ${shellQuote(url)} --project ${scope.scopeId}`
    : `--target ops-manager --url ${shellQuote(url)} --org ${scope.scopeId}`;
  const operation = atlas ? operations.deleteProjectInvitation : operations.opsManagerDeleteOrganizationInvitation;
  const path = operation.path
    .replace(atlas ? "{groupId}" : "{orgId}", scope.scopeId)
    .replace("{invitationId}", second ?? first);
  // Naming the auth type keeps a pasted Atlas line working in a shell that also holds a service account's variables.
  const authType = atlas ? "MONGODB_ATLAS_AUTH_TYPE=api_keys " : "";
  return [
    `  # ${atlas ? "Atlas" : "Ops Manager"}, with this CLI:`,
    `  ${authType}MONGODB_ATLAS_PUBLIC_API_KEY=${shellQuote(publicKey)} MONGODB_ATLAS_PRIVATE_API_KEY=${shellQuote(privateKey)} ` +
      `${cliInvocation()} delete ${cliTarget} --invitation ${first}`,
    `  # ${atlas ? "Atlas" : "Ops Manager"}, with curl (-i shows the 401 challenge, then the 204):`,
    `  curl -sS -i --digest -u ${shellQuote(`${publicKey}:${privateKey}`)} -X DELETE ${shellQuote(`${url}${path}`)}`,
    ...serviceAccountCommands(url, scope, cliTarget, path.replace(/[^/]+$/, "")),
  ];
}

/** `list` and a dry-run `prune` across every Atlas project one key may manage, and `verify` in the first. */
function operatorCommands(url: string, scopes: readonly ScopeGuide[]): string[] {
  const atlas = scopes.filter((scope) => scope.target === "atlas" && scope.key !== undefined);
  const key = atlas[0]?.key;
  if (key === undefined) return [];
  const projects = atlas.filter((scope) => scope.key === key).map((scope) => `--project ${scope.scopeId}`);
  const prefix =
    `MONGODB_ATLAS_AUTH_TYPE=api_keys MONGODB_ATLAS_PUBLIC_API_KEY=${shellQuote(key.publicKey)} ` +
    `MONGODB_ATLAS_PRIVATE_API_KEY=${shellQuote(key.privateKey)} ${cliInvocation()}`;
  const where = `--target atlas --base-url ${shellQuote(url)} ${projects.join(" ")}`;
  return [
    "  # Atlas, every pending invitation of these projects, then what a prune of those older than a week would delete:",
    `  ${prefix} list ${where}`,
    `  ${prefix} prune ${where} --older-than 7d --dry-run`,
    "  # Atlas, a conformance run against this sandbox: the challenge, one invitation's whole lifecycle, every answer",
    "  # checked against the spec (it deletes what it creates):",
    `  ${prefix} verify --target atlas --base-url ${shellQuote(url)} ${projects[0] ?? ""}`,
  ];
}

/** The same delete as a service account: through this CLI, and with curl (a token request, then a Bearer request). */
function serviceAccountCommands(url: string, scope: ScopeGuide, cliTarget: string, invitesPath: string): string[] {
  const [, , third, fourth] = scope.pending;
  const { account } = scope;
  if (account === undefined || third === undefined) return [];
  const { clientId, clientSecret } = account;
  const commands = [
    "  # Atlas, with this CLI and the service account (OAuth 2.0 client credentials):",
    `  MONGODB_ATLAS_AUTH_TYPE=service_account MONGODB_ATLAS_CLIENT_ID=${shellQuote(clientId)} MONGODB_ATLAS_CLIENT_SECRET=${shellQuote(clientSecret)} ` +
      `${cliInvocation()} delete ${cliTarget} --invitation ${third}`,
  ];
  if (fourth === undefined) return commands;
  const tokenRequest =
    `curl -sS -u ${shellQuote(`${clientId}:${clientSecret}`)} -d grant_type=client_credentials ${shellQuote(`${url}/api/oauth/token`)}` +
    ` | sed -E 's/.*"access_token":"([^"]+)".*/\\1/'`;
  return [
    ...commands,
    "  # Atlas, with curl: a token from the token endpoint, then the delete with it as a Bearer token:",
    `  ACCESS_TOKEN=$(${tokenRequest}) && curl -sS -i -H "Authorization: Bearer $ACCESS_TOKEN" -X DELETE ${shellQuote(`${url}${invitesPath}${fourth}`)}`,
  ];
}

function scopesOf(seed: SandboxSeed, stateOf: (id: string) => string | undefined): ScopeGuide[] {
  const scopes = new Map<string, ScopeGuide & { pending: string[] }>();
  for (const invitation of seed.invitations) {
    // The commands written here delete Atlas project and Ops Manager organization invitations; the sandbox's other
    // two scopes are left out rather than shown with a command that would not reach them.
    const atlas = (invitation.target ?? "atlas") === "atlas" && invitation.groupId !== undefined;
    const opsManager = (invitation.target ?? "opsManager") === "opsManager" && invitation.orgId !== undefined;
    if (!atlas && !opsManager) continue;
    const target = atlas ? "atlas" : "ops-manager";
    const scopeId = invitation.groupId ?? invitation.orgId ?? "";
    const name = `${target} ${scopeId}`;
    let scope = scopes.get(name);
    if (scope === undefined) {
      const key = seed.keys.find((candidate) =>
        (target === "atlas" ? candidate.projectOwner : candidate.orgUserAdmin)?.includes(scopeId),
      );
      const account =
        target === "atlas"
          ? seed.serviceAccounts?.find((candidate) => candidate.projectOwner?.includes(scopeId))
          : undefined;
      scope = { target, scopeId, pending: [], key, account };
      scopes.set(name, scope);
    }
    if (stateOf(invitation.id) === "pending") scope.pending.push(invitation.id);
  }
  return [...scopes.values()];
}

function scopeName(scope: ScopeGuide): string {
  return scope.target === "atlas" ? `Atlas project ${scope.scopeId}` : `Ops Manager organization ${scope.scopeId}`;
}

function describeRoles(key: SandboxKey): string {
  const roles = [
    ...(key.projectOwner ?? []).map((id) => `Project Owner of ${id}`),
    ...(key.orgUserAdmin ?? []).map((id) => `Organization User Admin of ${id}`),
  ];
  return roles.length === 0 ? "(no roles: its deletes answer 403)" : `(${roles.join(", ")})`;
}

function describeAccountRoles(account: SandboxServiceAccount): string {
  const roles = [
    ...(account.projectOwner ?? []).map((id) => `Project Owner of ${id}`),
    ...(account.orgOwner ?? []).map((id) => `Organization Owner of ${id}`),
  ];
  return roles.length === 0 ? "(no roles: its deletes answer 403)" : `(${roles.join(", ")})`;
}

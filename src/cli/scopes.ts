/**
 * The scopes a command works on: Atlas or Ops Manager projects (`--project`, repeatable) and organizations (`--org`,
 * repeatable, or both from `--scopes-from-file`), and the generated operation each verb calls in each scope.
 */
import { type Operation, operations } from "../api.ts";
import { ValidationError } from "../errors.ts";
import { type TargetId, targets } from "../targets.ts";
import { ID_RULE, idProblem, showValue } from "./ids.ts";

/** One project or organization, as reports and `--json` name it (`projectId` or `orgId`). */
export interface Scope {
  readonly kind: "projectId" | "orgId";
  readonly id: string;
}

/** What a command does to invitations, one generated operation per scope. */
export type Verb = "list" | "get" | "create" | "update" | "updateById" | "delete";

const SCOPE_WORD = { projectId: "Project", orgId: "Organization" } as const;
const METHOD: Record<Verb, (scope: string) => string> = {
  list: (scope) => `list${scope}Invitations`,
  get: (scope) => `get${scope}Invitation`,
  create: (scope) => `create${scope}Invitation`,
  update: (scope) => `update${scope}Invitation`,
  updateById: (scope) => `update${scope}InvitationById`,
  delete: (scope) => `delete${scope}Invitation`,
};

/** The generated operation `verb` calls on `target` in a scope of `kind`. */
export function operationFor(target: TargetId, kind: Scope["kind"], verb: Verb): Operation {
  const name = METHOD[verb](SCOPE_WORD[kind]);
  const found = (Object.values(operations) as Operation[]).find(
    (operation) => operation.target === target && operation.name === name,
  );
  if (found === undefined) throw new Error(`the spec has no ${name} operation for ${target}`);
  return found;
}

/** The path parameter that names a scope of `kind`. */
export function scopeParam(kind: Scope["kind"]): "groupId" | "orgId" {
  return kind === "projectId" ? "groupId" : "orgId";
}

/** Names a scope for people, e.g. `Atlas project 32b6…` or `Ops Manager organization 4888…`. */
export function scopeTitle(target: TargetId, scope: Scope): string {
  return `${targets[target].title} ${scope.kind === "projectId" ? "project" : "organization"} ${scope.id}`;
}

/** The roles the spec allows in a scope of `kind` on `target` (the create operation's `roles` enum). */
export function rolesFor(target: TargetId, kind: Scope["kind"]): readonly string[] {
  const body = operationFor(target, kind, "create").body as {
    schema?: { properties?: { roles?: { items?: { enum?: readonly string[] } } } };
  } | null;
  return body?.schema?.properties?.roles?.items?.enum ?? [];
}

/** A scope as given, with where it came from (for messages). */
interface SourcedScope {
  readonly kind: Scope["kind"];
  readonly value: string;
  readonly at: string;
}

/**
 * Reads a `--scopes-from-file` text: one scope per line, `project <id>` or `org <id>`; blank lines and `#` comments
 * are ignored.
 */
export function scopesFromText(text: string, name: string): SourcedScope[] {
  const scopes: SourcedScope[] = [];
  for (const [index, line] of text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .entries()) {
    const hash = line.indexOf("#");
    const content = (hash === -1 ? line : line.slice(0, hash)).trim();
    if (content === "") continue;
    const at = `line ${index + 1} of ${name}`;
    const match = /^(project|org)\s+(\S+)$/.exec(content);
    if (match === null) {
      throw new ValidationError(
        { parameter: "--scopes-from-file", rule: "lines of project <id> or org <id>" },
        `--scopes-from-file: ${at} must read "project <id>" or "org <id>"`,
      );
    }
    scopes.push({ kind: match[1] === "project" ? "projectId" : "orgId", value: match[2] ?? "", at });
  }
  return scopes;
}

/**
 * The scopes of a run from `--project`, `--org` and the file's lines, in that order, each once. Every id is checked
 * first: a bad one is a `ValidationError` naming where it came from.
 */
export function resolveScopes(
  projects: readonly string[],
  orgs: readonly string[],
  fromFile: readonly SourcedScope[] = [],
): Scope[] {
  const given: SourcedScope[] = [
    ...projects.map((value, index) => ({ kind: "projectId" as const, value, at: `--project #${index + 1}` })),
    ...orgs.map((value, index) => ({ kind: "orgId" as const, value, at: `--org #${index + 1}` })),
    ...fromFile,
  ];
  if (given.length === 0) {
    throw new ValidationError(
      { parameter: "--project", rule: "at least one scope" },
      "no scope: pass --project <id> or --org <id> (each repeatable), or --scopes-from-file <file>",
    );
  }
  const seen = new Set<string>();
  const scopes: Scope[] = [];
  for (const { kind, value, at } of given) {
    const problem = idProblem(value);
    if (problem !== undefined) {
      const flag = kind === "projectId" ? "--project" : "--org";
      throw new ValidationError(
        { parameter: flag, rule: ID_RULE },
        `${at}: ${showValue(value)} ${problem}; it must be ${ID_RULE}`,
      );
    }
    const key = `${kind} ${value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    scopes.push({ kind, id: value });
  }
  return scopes;
}

/** The one scope of a single-scope command (describe, invite, update); more than one is a `ValidationError`. */
export function singleScope(scopes: readonly Scope[], command: string): Scope {
  const [scope, ...more] = scopes;
  if (scope === undefined || more.length > 0) {
    throw new ValidationError(
      { parameter: "--project", rule: "exactly one scope" },
      `${command} works on one scope: pass one --project <id> or one --org <id>`,
    );
  }
  return scope;
}

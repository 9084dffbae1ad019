/**
 * Runs every check of `mms-invites verify` in each scope, in order, and then deletes every invitation the run
 * created, whether checks failed or the run was interrupted. The result is data; the command renders it.
 */
import { targets } from "../targets.ts";
import { CHALLENGE_CHECKS } from "./challenge-checks.ts";
import {
  type CheckDefinition,
  CheckFailure,
  errorText,
  type MethodTable,
  SCOPES,
  type ScopeRef,
  type ScopeState,
  VerifyContext,
} from "./context.ts";
import type { ExchangeRecorder } from "./exchange-recorder.ts";
import { isGone, LIFECYCLE_CHECKS, VARIANT_CHECKS } from "./lifecycle-checks.ts";
import { ResponseValidator, type Violation } from "./response-validator.ts";
import { type DocumentOperation, documentOperations, type VerifyDocument } from "./spec-document.ts";

/** The outcome of one check. */
export interface CheckResult {
  /** `project` or `org`, and the id; the clean-up check belongs to no scope. */
  readonly scope?: ScopeRef;
  readonly name: string;
  readonly outcome: "pass" | "fail" | "skipped";
  /** Why it failed or was skipped, beside the violations. */
  readonly reason?: string;
  /** Every request it sent, as `METHOD /path → status`. */
  readonly requests: readonly string[];
  readonly violations: readonly Violation[];
}

/** What a run found. */
export interface VerifyReport {
  readonly target: string;
  readonly baseUrl: string;
  readonly spec: { readonly file: string; readonly version: string };
  readonly scopes: readonly ScopeRef[];
  readonly checks: readonly CheckResult[];
  readonly cleanup: { readonly created: number; readonly left: readonly string[] };
  readonly interrupted: boolean;
  /** Every check passed and nothing was left behind. */
  readonly conformant: boolean;
}

/** Everything a run needs. */
export interface VerifyOptions {
  readonly target: keyof typeof targets;
  readonly baseUrl: string;
  readonly scopes: readonly ScopeRef[];
  readonly document: { readonly file: string; readonly doc: VerifyDocument };
  /** The client with the given credentials, sending through `recorder.fetch`. */
  readonly client: MethodTable;
  /** A client of the same kind with a wrong secret, sending through `recorder.fetch`. */
  readonly wrongClient: MethodTable;
  readonly recorder: ExchangeRecorder;
  readonly timeoutMs: number;
  /** Once aborted, no further check starts; the clean-up still runs. */
  readonly signal?: AbortSignal;
  /** Told about each check as it ends, for output as the run goes. */
  readonly onResult?: (result: CheckResult) => void;
}

const CHECKS: readonly CheckDefinition[] = [...CHALLENGE_CHECKS, ...LIFECYCLE_CHECKS, ...VARIANT_CHECKS];

/** The name of the last check of every run. */
export const CLEANUP_CHECK = "cleanup: every invitation this run created is deleted";

/** Runs the checks and the clean-up; resolves to the report (it rejects only on a defect of its own). */
export async function runVerify(options: VerifyOptions): Promise<VerifyReport> {
  const operations = documentOperations(options.document.doc);
  const ctx = new VerifyContext({
    target: options.target,
    baseUrl: options.baseUrl,
    operations,
    recorder: options.recorder,
    validator: new ResponseValidator(),
    client: options.client,
    wrongClient: options.wrongClient,
    timeoutMs: options.timeoutMs,
  });
  const results: CheckResult[] = [];
  const report = (result: CheckResult) => {
    results.push(result);
    options.onResult?.(result);
  };
  const left: string[] = [];
  try {
    for (const scope of options.scopes) {
      const state: ScopeState = { roles: pickRoles(operations, scope) };
      for (const check of CHECKS) {
        if (options.signal?.aborted) {
          report({ scope, name: check.name, outcome: "skipped", reason: "interrupted", requests: [], violations: [] });
          continue;
        }
        if (check.needs === "invitation" && state.invitationId === undefined) {
          const reason = "no invitation to check: its create failed";
          report({ scope, name: check.name, outcome: "skipped", reason, requests: [], violations: [] });
          continue;
        }
        report(await runCheck(ctx, check.name, scope, () => check.run(ctx, scope, state)));
      }
    }
  } finally {
    report(await runCheck(ctx, CLEANUP_CHECK, undefined, () => cleanup(ctx, left)));
  }
  const interrupted = options.signal?.aborted ?? false;
  return {
    target: targets[options.target].cli.name,
    baseUrl: ctx.baseUrl,
    spec: { file: options.document.file, version: String(options.document.doc.info.version) },
    scopes: options.scopes,
    checks: results,
    cleanup: { created: ctx.everCreated.size, left },
    interrupted,
    conformant: !interrupted && left.length === 0 && results.every((check) => check.outcome === "pass"),
  };
}

async function runCheck(
  ctx: VerifyContext,
  name: string,
  scope: ScopeRef | undefined,
  body: () => Promise<void>,
): Promise<CheckResult> {
  ctx.violations = [];
  ctx.requests = [];
  let reason: string | undefined;
  try {
    await body();
  } catch (error) {
    reason = error instanceof CheckFailure ? error.message : errorText(error);
  }
  const violations = ctx.violations;
  return {
    ...(scope === undefined ? {} : { scope }),
    name,
    outcome: reason === undefined && violations.length === 0 ? "pass" : "fail",
    ...(reason === undefined ? {} : { reason }),
    requests: ctx.requests,
    violations,
  };
}

/**
 * Deletes what is left of the run's invitations, and sees each one gone. The invitations an answer never showed
 * are found by the users the run invented; each is then deleted and looked up again, expecting the target's
 * not-found answer (a list would not do: a server whose list is broken could not confirm anything).
 */
async function cleanup(ctx: VerifyContext, left: string[]): Promise<void> {
  const problems: string[] = [];
  for (const [username, scope] of ctx.usernames) {
    const outcome = await ctx.call(scope, "list", { username });
    const data = outcome.result?.data;
    if (!Array.isArray(data)) continue;
    for (const item of data as { id?: unknown; username?: unknown }[]) {
      if (
        typeof item?.id === "string" &&
        String(item.username).toLowerCase() === username &&
        !ctx.created.has(item.id)
      ) {
        ctx.track(item.id, scope, username);
      }
    }
  }
  for (const [id, { scope }] of ctx.created) {
    const removed = await ctx.call(scope, "delete", { invitationId: id });
    if (removed.error !== undefined && !isGone(ctx, removed.error)) {
      problems.push(`${id}: the delete failed: ${errorText(removed.error)}`);
      left.push(id);
      continue;
    }
    const looked = await ctx.call(scope, "get", { invitationId: id });
    if (looked.error !== undefined && isGone(ctx, looked.error)) {
      ctx.created.delete(id);
      continue;
    }
    left.push(id);
    const where = `the ${SCOPES[scope.kind].title} ${scope.id}`;
    problems.push(
      looked.error === undefined
        ? `${id} is still in ${where} after its delete`
        : `${id} in ${where} could not be seen gone: ${errorText(looked.error)}`,
    );
  }
  if (problems.length > 0) throw new CheckFailure(`left behind: ${problems.join("; ")}`);
}

/** Two roles of the scope's create schema: one to invite with, another to update to, least powerful first. */
function pickRoles(operations: ReadonlyMap<string, DocumentOperation>, scope: ScopeRef): readonly string[] {
  const create = operations.get(SCOPES[scope.kind].create);
  const roles = create?.requestSchema?.properties as { roles?: { items?: { enum?: unknown[] } } } | undefined;
  const allowed = (roles?.roles?.items?.enum ?? []).filter((role): role is string => typeof role === "string");
  const preferred: readonly string[] = SCOPES[scope.kind].roles;
  const ordered = [
    ...preferred.filter((role) => allowed.includes(role)),
    ...allowed.filter((r) => !preferred.includes(r)),
  ];
  return ordered.slice(0, 2);
}

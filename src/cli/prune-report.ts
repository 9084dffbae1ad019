/**
 * What `mms-invites prune` prints: the plan (a table per scope and the totals), then a line per invitation and the
 * totals for people, or one JSON document for machines.
 */
import type { TargetId } from "../targets.ts";
import { targets } from "../targets.ts";
import type { BulkResult, IdResult } from "./bulk.ts";
import { type Failure, failureLine } from "./listing.ts";
import { type Scope, scopeTitle } from "./scopes.ts";
import type { ListedInvitation } from "./selection.ts";
import { formatTable, invitationTable, type Paint } from "./table.ts";

/** One scope of the plan: what was listed and what the filters selected, or why it could not be listed. */
export interface PlannedScope {
  readonly scope: Scope;
  readonly listed: number;
  readonly selected: readonly ListedInvitation[];
  readonly error?: Failure | undefined;
}

/** The outcome of one invitation as reported: `deleted`, `already-gone`, `failed`, `not-sent` or `would-delete`. */
export type PruneOutcome = "deleted" | "already-gone" | "failed" | "not-sent" | "would-delete";

/** The filters as given, for the JSON report. */
export interface FiltersShown {
  readonly username: string | null;
  readonly olderThan: string | null;
  readonly expiringWithin: string | null;
  readonly roles: readonly string[];
}

/** Totals of a prune. */
export interface PruneSummary {
  readonly scopes: number;
  /** Scopes whose list (or every delete, after a 401/403) was refused. */
  readonly scopesFailed: number;
  readonly matched: number;
  readonly deleted: number;
  readonly alreadyGone: number;
  readonly failed: number;
  readonly notSent: number;
  readonly rateLimited: number;
}

/** The plan for people: per scope a title, its count and a table of what would be deleted; then the totals. */
export function humanPlan(target: TargetId, plan: readonly PlannedScope[], paint: Paint): string {
  const parts = plan.map(({ scope, listed, selected, error }) => {
    const title = paint.bold(scopeTitle(target, scope));
    if (error !== undefined) return `${title}: ${paint.red(`cannot list: ${failureLine(error)}`)}\n`;
    const line = `${title}: ${selected.length} of ${listed} pending match\n`;
    return selected.length === 0 ? line : `${line}${invitationTable(selected)}`;
  });
  const matched = plan.reduce((sum, entry) => sum + entry.selected.length, 0);
  const withMatches = plan.filter((entry) => entry.selected.length > 0).length;
  const unlisted = plan.filter((entry) => entry.error !== undefined).length;
  parts.push(
    `Total: ${plural(matched, "invitation")} to delete in ${plural(withMatches, "scope")}` +
      ` (${plural(plan.length, "scope")} given${unlisted > 0 ? `, ${unlisted} could not be listed` : ""})\n`,
  );
  return parts.join("\n");
}

/** `n thing` or `n things`. */
export function plural(count: number, thing: string): string {
  return `${count} ${thing}${count === 1 ? "" : "s"}`;
}

function outcomeOf(result: IdResult): PruneOutcome {
  if (result.outcome === "deleted") return "deleted";
  if (result.outcome === "not-found") return "already-gone";
  return result.errorCode === "NOT_SENT" ? "not-sent" : "failed";
}

/** Every invitation's outcome, per scope, and the totals. */
export function pruneResults(plan: readonly PlannedScope[], runs: readonly (BulkResult | undefined)[]) {
  const scopes = plan.map((entry, index) => {
    const run = runs[index];
    const byId = new Map(run?.results.map((result) => [result.invitationId, result]) ?? []);
    const results = entry.selected.map((invitation) => {
      const result = byId.get(invitation.id);
      if (result === undefined) {
        return { invitationId: invitation.id, username: invitation.username, outcome: "would-delete" as PruneOutcome };
      }
      const { invitationId: _, outcome: __, attempts: ___, ...rest } = result;
      return { invitationId: invitation.id, username: invitation.username, outcome: outcomeOf(result), ...rest };
    });
    return { entry, results, stoppedBecause: run?.stoppedBecause, rateLimited: run?.rateLimited ?? 0 };
  });
  const all = scopes.flatMap((scope) => scope.results);
  const count = (outcome: PruneOutcome) => all.filter((result) => result.outcome === outcome).length;
  const summary: PruneSummary = {
    scopes: plan.length,
    scopesFailed: scopes.filter(
      (scope) =>
        scope.entry.error !== undefined ||
        (scope.stoppedBecause !== undefined && scope.stoppedBecause !== "interrupted"),
    ).length,
    matched: all.length,
    deleted: count("deleted"),
    alreadyGone: count("already-gone"),
    failed: count("failed"),
    notSent: count("not-sent"),
    rateLimited: scopes.reduce((sum, scope) => sum + scope.rateLimited, 0),
  };
  return { scopes, summary };
}

const LABEL: Record<PruneOutcome, string> = {
  deleted: "deleted",
  "already-gone": "already gone",
  failed: "failed",
  "not-sent": "not sent",
  "would-delete": "would delete",
};

/** The report for people: a table of every invitation's outcome, then the totals. */
export function humanPruneReport(
  target: TargetId,
  report: ReturnType<typeof pruneResults>,
  paint: Paint,
  interrupted: boolean,
): string {
  const colour: Record<PruneOutcome, (text: string) => string> = {
    deleted: paint.green,
    "already-gone": paint.yellow,
    failed: paint.red,
    "not-sent": paint.red,
    "would-delete": (text) => text,
  };
  const rows = report.scopes.flatMap(({ entry, results }) =>
    results.map((result) => {
      const detail =
        "errorCode" in result && result.errorCode !== undefined
          ? `${result.status === null || result.status === undefined ? "" : `${result.status} `}${result.errorCode}`
          : "";
      return [
        `${entry.scope.kind === "projectId" ? "project" : "org"} ${entry.scope.id}`,
        result.invitationId,
        result.username,
        LABEL[result.outcome],
        detail,
      ];
    }),
  );
  // Colour is added after alignment, so that escape codes do not upset the column widths.
  const table = rows.length === 0 ? "" : formatTable(["SCOPE", "ID", "USERNAME", "OUTCOME", "ERROR"], rows);
  const coloured = table
    .split("\n")
    .map((line, index) => {
      const outcome =
        index === 0
          ? undefined
          : (Object.keys(LABEL) as PruneOutcome[]).find((key) => rows[index - 1]?.[3] === LABEL[key]);
      return outcome === undefined ? line : colour[outcome](line);
    })
    .join("\n");
  const lines: string[] = [];
  for (const { entry, stoppedBecause } of report.scopes) {
    const title = scopeTitle(target, entry.scope);
    if (entry.error !== undefined)
      lines.push(paint.red(`${title}: not listed, nothing deleted: ${failureLine(entry.error)}`));
    else if (stoppedBecause !== undefined && stoppedBecause !== "interrupted")
      lines.push(paint.red(`${title}: ${stoppedBecause}`));
  }
  const { summary } = report;
  lines.push(
    `${targets[target].title}: ${summary.deleted} deleted, ${summary.alreadyGone} already gone, ${summary.failed} failed` +
      `${summary.notSent > 0 ? `, ${summary.notSent} not sent` : ""} in ${plural(summary.scopes, "scope")}` +
      `${summary.scopesFailed > 0 ? ` (${summary.scopesFailed} failed)` : ""}`,
  );
  if (summary.rateLimited > 0)
    lines.push(`Rate limited ${plural(summary.rateLimited, "time")}: each wait was paid and the id retried.`);
  if (interrupted) lines.push("Interrupted: the invitations marked not sent were left in place.");
  return `${coloured}${coloured === "" ? "" : "\n"}${lines.join("\n")}\n`;
}

/** The `--json` document of a prune (a dry run's outcomes are all `would-delete`). */
export function jsonPruneReport(
  target: TargetId,
  baseUrl: string,
  filters: FiltersShown,
  report: ReturnType<typeof pruneResults>,
  dryRun: boolean,
  interrupted: boolean,
): string {
  return `${JSON.stringify(
    {
      dryRun,
      target: targets[target].cli.name,
      baseUrl,
      filters,
      scopes: report.scopes.map(({ entry, results, stoppedBecause }) => ({
        [entry.scope.kind]: entry.scope.id,
        listed: entry.listed,
        matched: entry.selected.length,
        ...(entry.error === undefined ? {} : { error: entry.error }),
        ...(stoppedBecause === undefined ? {} : { stoppedBecause }),
        results,
      })),
      summary: report.summary,
      ...(interrupted ? { stoppedBecause: "interrupted" } : {}),
    },
    null,
    2,
  )}\n`;
}

/**
 * What the delete command prints: one line per id and a summary for people, or one JSON document for machines.
 */

import { type CliTargetName, targetForCliName, targets } from "../targets.ts";
import type { BulkResult, IdResult } from "./bulk.ts";
import type { DuplicateId, InvalidId } from "./ids.ts";

/** What a run was about, for the report's header and JSON. */
export interface RunContext {
  readonly target: CliTargetName;
  readonly baseUrl: string;
  readonly scope: { readonly kind: "projectId" | "orgId"; readonly id: string };
  readonly given: number;
  readonly duplicates: readonly DuplicateId[];
}

/** Counts of a run. */
export interface Summary {
  /** Ids given, duplicates included. */
  readonly given: number;
  /** Distinct ids, each deleted at most once. */
  readonly unique: number;
  readonly deleted: number;
  readonly notFound: number;
  readonly failed: number;
  /** Answers that were rate limited and made the run pause. */
  readonly rateLimited: number;
}

/** Counts the outcomes of a run. */
export function summarise(context: RunContext, run: BulkResult): Summary {
  const count = (outcome: IdResult["outcome"]) => run.results.filter((result) => result.outcome === outcome).length;
  return {
    given: context.given,
    unique: run.results.length,
    deleted: count("deleted"),
    notFound: count("not-found"),
    failed: count("failed"),
    rateLimited: run.rateLimited,
  };
}

/** Names the place a run deletes from, e.g. `Atlas project 32b6… at https://cloud.mongodb.com`. */
export function describeScope(context: RunContext): string {
  const target = targetForCliName(context.target);
  const what = target === undefined ? context.target : targets[target].cli.scope.title;
  return `${what} ${context.scope.id} at ${context.baseUrl}`;
}

/** Notes about duplicates, one line each. */
export function duplicateLines(duplicates: readonly DuplicateId[]): string[] {
  return duplicates.map(
    ({ id, at }) => `note: ${id} is given ${at.length} times (${at.join(", ")}); it is deleted once`,
  );
}

const LABEL: Record<IdResult["outcome"], string> = {
  deleted: "deleted  ",
  "not-found": "not found",
  failed: "failed   ",
};

/** The human report: one line per id, in the order given, then the summary. */
export function humanReport(context: RunContext, run: BulkResult): string {
  const lines = run.results.map((result) => {
    const head = `${LABEL[result.outcome]}  ${result.invitationId}`;
    if (result.outcome === "deleted") return head;
    const status = result.status === null ? "" : `${result.status} `;
    return `${head}  ${status}${result.errorCode ?? ""}: ${result.message ?? ""}`;
  });
  const summary = summarise(context, run);
  const duplicates = context.given - summary.unique;
  lines.push(
    "",
    `${describeScope(context)}: ${summary.deleted} deleted, ${summary.notFound} not found, ${summary.failed} failed` +
      (duplicates > 0 ? ` (${duplicates} duplicate${duplicates === 1 ? "" : "s"} skipped)` : ""),
  );
  if (summary.rateLimited > 0) {
    lines.push(
      `Rate limited ${summary.rateLimited} time${summary.rateLimited === 1 ? "" : "s"}: every wait was paid and the ids retried.`,
    );
  }
  if (run.stoppedBecause !== undefined) lines.push(`Stopped early: ${run.stoppedBecause}.`);
  return `${lines.join("\n")}\n`;
}

/** The `--json` document of a run. */
export function jsonReport(context: RunContext, run: BulkResult): string {
  return `${JSON.stringify(
    {
      dryRun: false,
      target: context.target,
      baseUrl: context.baseUrl,
      [context.scope.kind]: context.scope.id,
      results: run.results,
      duplicates: context.duplicates.map(({ id, at }) => ({ invitationId: id, at })),
      summary: summarise(context, run),
      ...(run.stoppedBecause === undefined ? {} : { stoppedBecause: run.stoppedBecause }),
    },
    null,
    2,
  )}\n`;
}

/** The human report of a dry run. */
export function humanDryRun(context: RunContext, ids: readonly string[], identity: string): string {
  const lines = [
    `Dry run: would delete ${ids.length} invitation${ids.length === 1 ? "" : "s"} of ${describeScope(context)}, as ${identity}:`,
    ...ids.map((id) => `  ${id}`),
    "Nothing was sent.",
  ];
  return `${lines.join("\n")}\n`;
}

/** The `--json` document of a dry run. */
export function jsonDryRun(context: RunContext, ids: readonly string[]): string {
  return `${JSON.stringify(
    {
      dryRun: true,
      target: context.target,
      baseUrl: context.baseUrl,
      [context.scope.kind]: context.scope.id,
      results: ids.map((invitationId) => ({ invitationId, outcome: "would-delete" })),
      duplicates: context.duplicates.map(({ id, at }) => ({ invitationId: id, at })),
      summary: { given: context.given, unique: ids.length, deleted: 0, notFound: 0, failed: 0, rateLimited: 0 },
    },
    null,
    2,
  )}\n`;
}

/** Lines naming every bad id, its position and what is wrong, then the rule. */
export function invalidIdLines(invalid: readonly InvalidId[], rule: string): string[] {
  return [
    `error: ${invalid.length} invalid invitation id${invalid.length === 1 ? "" : "s"}; nothing was sent`,
    ...invalid.map(({ at, shown, problem }) => `  ${at}: ${shown} ${problem}`),
    `An invitation id is ${rule}.`,
  ];
}

/** The `--json` document for a refused command line (exit code 2). */
export function jsonUsageError(message: string, invalid: readonly InvalidId[] = []): string {
  const error: Record<string, unknown> = { code: invalid.length > 0 ? "INVALID_IDS" : "USAGE", message };
  if (invalid.length > 0) {
    error.invalid = invalid.map(({ at, shown, problem }) => ({ at, value: shown, problem }));
  }
  return `${JSON.stringify({ error }, null, 2)}\n`;
}

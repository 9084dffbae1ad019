/**
 * `mms-invites prune`: selects pending invitations across many projects and organizations by address, age, time to
 * expiry and role, shows the plan, asks (on a terminal) or insists on `--yes` (without one), then deletes them, every
 * scope at once at its own rate, and reports each invitation's outcome.
 */
import { createInterface } from "node:readline/promises";
import { ValidationError } from "../errors.ts";
import { integerOption, parseOptions, rateOption } from "./args.ts";
import { DURATION_RULE, durationOption } from "./duration.ts";
import { interruptible } from "./interrupt.ts";
import { type CommandIo, EXIT } from "./io.ts";
import { listScopes } from "./listing.ts";
import { PRUNE_HELP } from "./operator-help.ts";
import { Pacer } from "./pacer.ts";
import {
  type FiltersShown,
  humanPlan,
  humanPruneReport,
  jsonPruneReport,
  type PlannedScope,
  plural,
  pruneResults,
} from "./prune-report.ts";
import { runPrune } from "./prune-run.ts";
import { jsonUsageError } from "./report.ts";
import { checkRoles, checkUsername } from "./roles.ts";
import type { Scope } from "./scopes.ts";
import { hasFilter, type Selection, select } from "./selection.ts";
import { CONNECTION_OPTIONS, openSession, readScopes, resolveTarget, SCOPE_OPTIONS } from "./session.ts";
import { paintFor } from "./table.ts";

const PRUNE_OPTIONS = {
  ...CONNECTION_OPTIONS,
  ...SCOPE_OPTIONS,
  username: { type: "string" },
  "older-than": { type: "string" },
  "expiring-within": { type: "string" },
  role: { type: "string", multiple: true },
  all: { type: "boolean" },
  yes: { type: "boolean", short: "y" },
  "dry-run": { type: "boolean" },
  concurrency: { type: "string" },
  rate: { type: "string" },
} as const;

/** Runs `mms-invites prune <args>`; exit 0 all deleted or gone, 1 something not done, 2 refused, 130 interrupted. */
export async function pruneCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const options = parseOptions(args, PRUNE_OPTIONS);
  if (options.help) {
    io.output.out(PRUNE_HELP);
    return EXIT.ok;
  }
  const target = resolveTarget(options.target);
  const scopes = await readScopes(options);
  const selection: Selection = {
    username: checkUsername(options.username),
    olderThanMs: durationOption("--older-than", options["older-than"]),
    expiringWithinMs: durationOption("--expiring-within", options["expiring-within"]),
    roles: checkRoles(
      target,
      scopes.map((scope) => scope.kind),
      options.role,
    ),
  };
  if (!hasFilter(selection) && !options.all) {
    throw new ValidationError(
      { parameter: "--username", rule: "a filter, or --all" },
      `prune needs a filter (--username, --older-than, --expiring-within or --role; durations are ${DURATION_RULE}), or --all to delete every pending invitation`,
    );
  }
  if (hasFilter(selection) && options.all) {
    throw new ValidationError(
      { parameter: "--all", rule: "without filters" },
      "--all deletes everything: drop it, or the filters",
    );
  }
  const concurrency = integerOption("--concurrency", options.concurrency, 1, 64) ?? 4;
  const rate = rateOption("--rate", options.rate);
  const interactive = io.stdin.isTTY === true;
  if (!interactive && !options.yes && !options["dry-run"]) {
    // Refused before anything is sent (a script that forgot --yes does not even list), in one line.
    const line =
      "prune deletes without asking only with --yes (no terminal to ask on): add --yes, or --dry-run to see the plan";
    io.output.err(`error: ${line}\n`);
    if (options.json) io.output.out(jsonUsageError(line));
    return EXIT.usage;
  }

  const session = await openSession(target, options, io, { retry: { retries: 2, maxRetryAfterMs: 0 } });
  const interruption = interruptible(io, scopes.length);
  try {
    const pacers = new Map<Scope, Pacer | undefined>(
      scopes.map((scope) => [scope, rate === undefined ? undefined : new Pacer(rate)]),
    );
    const now = Date.now();
    const listings = await listScopes(session, scopes, selection.username, pacers, interruption.signal);
    if (interruption.signal.aborted) {
      io.output.err("Interrupted while listing: nothing was deleted.\n");
      return EXIT.interrupted;
    }
    const plan: PlannedScope[] = listings.map((listing) =>
      listing.error === undefined
        ? {
            scope: listing.scope,
            listed: listing.invitations.length,
            selected: select(listing.invitations, selection, now),
          }
        : { scope: listing.scope, listed: 0, selected: [], error: listing.error },
    );
    const filters: FiltersShown = {
      username: selection.username ?? null,
      olderThan: options["older-than"]?.trim() ?? null,
      expiringWithin: options["expiring-within"]?.trim() ?? null,
      roles: selection.roles ?? [],
    };
    const paint = paintFor({ isTTY: io.stdoutIsTTY === true }, io.env);
    const planText = humanPlan(target, plan, paint);
    // The plan is the human report's first half; with --json it goes to stderr, so stdout holds one document.
    if (options.json) io.output.err(planText);
    else io.output.out(planText);
    const matched = plan.reduce((sum, entry) => sum + entry.selected.length, 0);
    const listFailed = plan.some((entry) => entry.error !== undefined);
    const finish = (runs: Parameters<typeof pruneResults>[1], interrupted: boolean) => {
      const report = pruneResults(plan, runs);
      if (options.json) {
        io.output.out(jsonPruneReport(target, session.baseUrl, filters, report, options["dry-run"], interrupted));
      } else if (runs.length > 0) {
        io.output.out(`\n${humanPruneReport(target, report, paint, interrupted)}`);
      }
      return report;
    };

    if (options["dry-run"] || matched === 0) {
      finish([], false);
      if (!options.json) io.output.out(options["dry-run"] ? "Dry run: nothing was deleted.\n" : "Nothing to delete.\n");
      return listFailed ? EXIT.notAllDeleted : EXIT.ok;
    }
    if (!options.yes) {
      const scopesWith = plan.filter((entry) => entry.selected.length > 0).length;
      const answer = await ask(io, `Delete ${plural(matched, "invitation")} in ${plural(scopesWith, "scope")}? [y/N] `);
      if (answer === null) {
        io.output.err("Interrupted: nothing was deleted.\n");
        return EXIT.interrupted;
      }
      if (!/^(y|yes)$/i.test(answer.trim())) {
        io.output.err("Not confirmed: nothing was deleted.\n");
        return EXIT.notAllDeleted;
      }
    }

    const work = plan.map((entry) => ({
      scope: entry.scope,
      selected: entry.selected,
      pacer: pacers.get(entry.scope),
    }));
    const { results, interrupted } = await runPrune(session, work, concurrency, io, interruption.signal);
    const { summary } = finish(results, interrupted);
    if (interrupted) return EXIT.interrupted;
    return summary.failed + summary.notSent + summary.scopesFailed === 0 ? EXIT.ok : EXIT.notAllDeleted;
  } finally {
    interruption.dispose();
    await session.close();
  }
}

/** Asks `question` on the terminal; resolves to the line typed, `""` at end of input, or `null` on Ctrl-C. */
async function ask(io: CommandIo, question: string): Promise<string | null> {
  const prompt = createInterface({ input: io.stdin, output: io.stderr, terminal: true });
  try {
    return await new Promise<string | null>((resolve) => {
      prompt.on("SIGINT", () => resolve(null));
      prompt.on("close", () => resolve(""));
      prompt.question(question).then(resolve, () => resolve(""));
    });
  } finally {
    prompt.close();
  }
}

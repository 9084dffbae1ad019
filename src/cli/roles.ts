/**
 * Checks of what the operator commands take beside scopes: an email address, roles from the spec's enums for the
 * scopes of the run, and invitation or team ids; each failure is a `ValidationError` naming the flag.
 */
import { ValidationError } from "../errors.ts";
import type { TargetId } from "../targets.ts";
import { ID_RULE, idProblem, showValue } from "./ids.ts";
import { rolesFor, type Scope } from "./scopes.ts";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checks an email address given as `what` (`--username`, `<email>`); `undefined` passes through. */
export function checkUsername(value: string | undefined, what = "--username"): string | undefined {
  if (value === undefined) return undefined;
  if (!EMAIL.test(value) || value.length > 254) {
    throw new ValidationError(
      { parameter: what, rule: "an email address" },
      `${what} ${showValue(value)} is not an email address (e.g. alice@example.com)`,
    );
  }
  return value;
}

/**
 * Checks that every `--role` exists in the spec for a kind of scope in `kinds` on `target` (a prune across projects
 * and organizations may name roles of either), and that none is given twice.
 */
export function checkRoles(
  target: TargetId,
  kinds: readonly Scope["kind"][],
  roles: readonly string[],
): readonly string[] {
  const present = [...new Set(kinds)];
  const known = new Set(present.flatMap((kind) => rolesFor(target, kind)));
  const unknown = roles.find((role) => !known.has(role));
  if (unknown !== undefined) {
    const where = present.map((kind) => (kind === "projectId" ? "project" : "organization")).join(" or ");
    const role = `${where.startsWith("o") ? "an" : "a"} ${where} role`;
    throw new ValidationError(
      { parameter: "--role", rule: role },
      `--role ${showValue(unknown)} is not ${role} here; one of: ${[...known].join(", ")}`,
    );
  }
  const repeated = roles.find((role, index) => roles.indexOf(role) !== index);
  if (repeated !== undefined) {
    throw new ValidationError({ parameter: "--role", rule: "each role once" }, `--role ${repeated} is given twice`);
  }
  return roles;
}

/** Checks an id given as `what` (`<invitationId>`, `--team #2`). */
export function checkId(value: string, what: string): string {
  const problem = idProblem(value);
  if (problem !== undefined) {
    throw new ValidationError(
      { parameter: what, rule: ID_RULE },
      `${what} ${showValue(value)} ${problem}; it must be ${ID_RULE}`,
    );
  }
  return value;
}

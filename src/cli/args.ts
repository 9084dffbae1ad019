/**
 * Command-line parsing on node:util's parseArgs, with messages of our own: parseArgs's own errors repeat the
 * argument they trip on, and an argument can be a secret typed in the wrong place. Nothing a user typed is echoed
 * here except option names.
 */
import { parseArgs } from "node:util";
import { ValidationError } from "../errors.ts";

/** One option a command accepts. */
export interface OptionSpec {
  readonly type: "string" | "boolean";
  readonly multiple?: boolean;
  readonly short?: string;
}

/** The parsed value of each option: strings, lists for `multiple`, booleans. */
export type ParsedOptions<O extends Record<string, OptionSpec>> = {
  [K in keyof O]: O[K]["type"] extends "boolean"
    ? boolean
    : O[K]["multiple"] extends true
      ? string[]
      : string | undefined;
};

/** Why a private key is never taken as an argument, and what to do instead. */
export const PRIVATE_KEY_REFUSAL =
  "--private-key is not accepted: a key on the command line is visible to every user of this machine (ps, /proc) " +
  "and stays in your shell history. Set MONGODB_ATLAS_PRIVATE_API_KEY (or MCLI_PRIVATE_API_KEY) in the environment, " +
  "or put the key in a file only you can read and pass --private-key-file <path>. " +
  "If the key was typed into a shared terminal, consider rotating it.";

const PRIVATE_KEY_FLAG = /^-{1,2}private[-_]?key(=|$)/i;

/** Why a client secret is never taken as an argument, and what to do instead. */
export const CLIENT_SECRET_REFUSAL =
  "--client-secret is not accepted: a secret on the command line is visible to every user of this machine (ps, /proc) " +
  "and stays in your shell history. Set MONGODB_ATLAS_CLIENT_SECRET in the environment, or put the secret in a file " +
  "only you can read and pass --client-secret-file <path>. If the secret was typed into a shared terminal, consider " +
  "revoking it and creating a new one.";

const CLIENT_SECRET_FLAG = /^-{1,2}client[-_]?secret(=|$)/i;

/**
 * Parses `args` against `options`. Refuses, with a `ValidationError` naming the option: a private key or client
 * secret flag, an
 * unknown option, a missing or unexpected value, a repeated single-valued option, and any positional argument
 * (whose value is never shown: it may be a key).
 */
export function parseOptions<const O extends Record<string, OptionSpec>>(
  args: readonly string[],
  options: O,
): ParsedOptions<O> {
  return parseCommandLine(args, options).options;
}

/** The positional arguments a command takes: how many at most, and how its help names them (e.g. `<email>`). */
export interface PositionalSpec {
  readonly max: number;
  readonly names: string;
}

/**
 * Parses `args` like {@link parseOptions}, but accepts up to `positionals.max` positional arguments (an invitation id,
 * an email address), returned in order. One more is refused without being shown.
 */
export function parseCommandLine<const O extends Record<string, OptionSpec>>(
  args: readonly string[],
  options: O,
  positionals: PositionalSpec = { max: 0, names: "" },
): { options: ParsedOptions<O>; positionals: string[] } {
  const given: string[] = [];
  if (args.some((arg) => PRIVATE_KEY_FLAG.test(arg))) {
    throw new ValidationError(
      { parameter: "--private-key", rule: "never given on the command line" },
      PRIVATE_KEY_REFUSAL,
    );
  }
  if (args.some((arg) => CLIENT_SECRET_FLAG.test(arg))) {
    throw new ValidationError(
      { parameter: "--client-secret", rule: "never given on the command line" },
      CLIENT_SECRET_REFUSAL,
    );
  }
  const { tokens } = parseArgs({
    args: [...args],
    options: Object.fromEntries(
      Object.entries(options).map(([name, spec]) => [
        name,
        { type: spec.type, ...(spec.short === undefined ? {} : { short: spec.short }) },
      ]),
    ),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const values: Record<string, string | string[] | boolean | undefined> = {};
  for (const [name, spec] of Object.entries(options)) {
    values[name] = spec.type === "boolean" ? false : spec.multiple ? [] : undefined;
  }
  for (const token of tokens) {
    if (token.kind === "option-terminator") continue;
    if (token.kind === "positional") {
      if (given.length < positionals.max) {
        given.push(token.value);
        continue;
      }
      if (positionals.max > 0) {
        throw new ValidationError(
          { parameter: "argument", rule: `at most ${positionals.names}` },
          `unexpected argument (position ${token.index + 1}): this command takes ${positionals.names} and options`,
        );
      }
      throw new ValidationError(
        { parameter: "argument", rule: "an option" },
        `unexpected argument (position ${token.index + 1}): this command takes options only, e.g. --invitation <id>`,
      );
    }
    const spec = options[token.name];
    const flag = `--${token.name}`;
    if (spec === undefined) {
      const suggestion = closest(token.name, Object.keys(options));
      throw new ValidationError(
        { parameter: token.rawName, rule: "a known option" },
        `unknown option ${token.rawName.split("=")[0]}${suggestion ? ` (did you mean --${suggestion}?)` : ""}`,
      );
    }
    if (spec.type === "boolean") {
      if (token.value !== undefined) {
        throw new ValidationError({ parameter: flag, rule: "no value" }, `${flag} takes no value`);
      }
      values[token.name] = true;
      continue;
    }
    const value = token.value;
    if (value === undefined || (!token.inlineValue && value.startsWith("-") && value !== "-")) {
      throw new ValidationError(
        { parameter: flag, rule: "a value" },
        `${flag} needs a value (for a value that starts with "-", write ${flag}=<value>)`,
      );
    }
    const current = values[token.name];
    if (Array.isArray(current)) {
      current.push(value);
    } else if (current !== undefined) {
      throw new ValidationError({ parameter: flag, rule: "given once" }, `${flag} is given more than once`);
    } else {
      values[token.name] = value;
    }
  }
  return { options: values as ParsedOptions<O>, positionals: given };
}

/** Reads a whole number within `[min, max]` from an option's value. */
export function integerOption(flag: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const rule = `a whole number from ${min} to ${max}`;
  if (!/^\d+$/.test(value.trim())) throw new ValidationError({ parameter: flag, rule }, `${flag} must be ${rule}`);
  const number = Number(value.trim());
  if (number < min || number > max) throw new ValidationError({ parameter: flag, rule }, `${flag} must be ${rule}`);
  return number;
}

/** A rate: `limit` sends per `windowMs`. */
export interface Rate {
  readonly limit: number;
  readonly windowMs: number;
}

const RATE_UNITS: Record<string, number> = { s: 1_000, sec: 1_000, m: 60_000, min: 60_000, h: 3_600_000 };

/** Reads `<n>/s`, `<n>/m` or `<n>/h` (e.g. `100/m`, MongoDB's documented per-project limit). */
export function rateOption(flag: string, value: string | undefined): Rate | undefined {
  if (value === undefined) return undefined;
  const rule = "<n>/s, <n>/m or <n>/h with n a positive number, e.g. 100/m";
  const match = /^\s*(\d+(?:\.\d+)?)\s*\/\s*([a-z]+)\s*$/i.exec(value);
  const unit = match?.[2]?.toLowerCase();
  const windowMs = unit === undefined ? undefined : RATE_UNITS[unit];
  const limit = Number(match?.[1]);
  if (windowMs === undefined || !(limit > 0) || limit > 1_000_000) {
    throw new ValidationError({ parameter: flag, rule }, `${flag} must be ${rule}`);
  }
  return { limit, windowMs };
}

function closest(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const distance = editDistance(name.toLowerCase(), candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

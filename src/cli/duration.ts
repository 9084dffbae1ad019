/**
 * Durations as an operator types them for `--older-than` and `--expiring-within`: a whole number and a unit,
 * e.g. `14d`, `12h`, `30m`.
 */
import { ValidationError } from "../errors.ts";

const UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** What a duration flag accepts, as the error messages say it. */
export const DURATION_RULE = "a whole number of minutes, hours, days or weeks, e.g. 30m, 12h, 14d, 2w (1m to 3650d)";

const MAX_MS = 3650 * 86_400_000;

/** Reads a duration flag's value into milliseconds; `undefined` when the flag was not given. */
export function durationOption(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const match = /^\s*(\d{1,7})\s*([mhdw])\s*$/i.exec(value);
  const ms = match === null ? Number.NaN : Number(match[1]) * (UNITS[(match[2] ?? "").toLowerCase()] ?? Number.NaN);
  if (!(ms >= 60_000 && ms <= MAX_MS)) {
    throw new ValidationError({ parameter: flag, rule: DURATION_RULE }, `${flag} must be ${DURATION_RULE}`);
  }
  return ms;
}

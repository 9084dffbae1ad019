/** The one positional argument of describe, invite and update, required where the command needs it. */
import { ValidationError } from "../errors.ts";

/** Returns the first positional argument, or throws a `ValidationError` naming it and the usage. */
export function requireOne(positionals: readonly string[], name: string, usage: string): string {
  const [value] = positionals;
  if (value === undefined) {
    throw new ValidationError({ parameter: name, rule: "given" }, `${name} is required: mms-invites ${usage}`);
  }
  return value;
}

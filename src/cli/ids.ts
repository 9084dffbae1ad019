/**
 * Invitation ids as the command receives them: from `--invitation` flags and from a file or stdin, each with where it
 * came from, so that every bad id can be named by its position before anything is sent.
 */

/** An id and where it came from, e.g. `--invitation #2` or `line 7 of ids.txt`. */
export interface SourcedId {
  readonly value: string;
  readonly at: string;
}

/** An id that breaks the rule, with why. */
export interface InvalidId {
  readonly at: string;
  /** The value as given, escaped for display and cut to 64 characters. */
  readonly shown: string;
  /** What is wrong with it, e.g. `is 23 characters long`. */
  readonly problem: string;
}

/** An id given more than once: it is deleted once. */
export interface DuplicateId {
  readonly id: string;
  /** Every place it was given, the first one included. */
  readonly at: readonly string[];
}

/** The ids to delete, in the order first given, and what was wrong with the input. */
export interface CheckedIds {
  readonly unique: readonly string[];
  readonly duplicates: readonly DuplicateId[];
  readonly invalid: readonly InvalidId[];
  /** How many ids were given, duplicates included. */
  readonly given: number;
}

/** The rule every id follows: the spec's pattern `^([a-f0-9]{24})$`. */
export const ID_RULE = "24 hexadecimal digits in lower case (0-9, a-f), e.g. 5f3a1c2b9d4e8f7a6b5c4d3e";

const ID_PATTERN = /^[a-f0-9]{24}$/;

/** Says what is wrong with `value` as an id, or `undefined` when it is a valid id. */
export function idProblem(value: string): string | undefined {
  if (ID_PATTERN.test(value)) return undefined;
  if (value === "") return "is empty";
  const other = [...value].find((char) => !/[0-9a-fA-F]/.test(char));
  if (other !== undefined) return `contains ${describeChar(other)}`;
  const length = [...value].length;
  if (length !== 24) return `is ${length} characters long`;
  return "has upper case letters (write it in lower case)";
}

/**
 * Reads ids from the text of a file: one per line; blank lines, `#` comments and surrounding spaces are ignored.
 * `name` is how positions are reported (`line 3 of <name>`).
 */
export function idsFromText(text: string, name: string): SourcedId[] {
  const ids: SourcedId[] = [];
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    const hash = line.indexOf("#");
    const value = (hash === -1 ? line : line.slice(0, hash)).trim();
    if (value !== "") ids.push({ value, at: `line ${index + 1} of ${name}` });
  }
  return ids;
}

/** Names each `--invitation` value by its position among them. */
export function idsFromFlags(values: readonly string[]): SourcedId[] {
  return values.map((value, index) => ({ value, at: `--invitation #${index + 1}` }));
}

/** Checks every id and folds duplicates, keeping the order in which ids were first given. */
export function checkIds(ids: readonly SourcedId[]): CheckedIds {
  const invalid: InvalidId[] = [];
  const seen = new Map<string, string[]>();
  for (const { value, at } of ids) {
    const problem = idProblem(value);
    if (problem !== undefined) {
      invalid.push({ at, shown: showValue(value), problem });
      continue;
    }
    const places = seen.get(value);
    if (places === undefined) seen.set(value, [at]);
    else places.push(at);
  }
  const duplicates = [...seen].filter(([, at]) => at.length > 1).map(([id, at]) => ({ id, at }));
  return { unique: [...seen.keys()], duplicates, invalid, given: ids.length };
}

/**
 * Quotes a value for a terminal: printable ASCII as is, anything else (control characters, bidi overrides,
 * non-ASCII) as `\u{…}` escapes, so that a hostile id cannot rewrite the screen. Cut to 64 characters.
 */
export function showValue(value: string): string {
  const chars = [...value];
  const escaped = chars
    .slice(0, 64)
    .map((char) => {
      if (char === '"' || char === "\\") return `\\${char}`;
      return /^[\x20-\x7e]$/.test(char) ? char : `\\u{${(char.codePointAt(0) ?? 0).toString(16)}}`;
    })
    .join("");
  return `"${escaped}"${chars.length > 64 ? "…" : ""}`;
}

function describeChar(char: string): string {
  if (char === " ") return "a space";
  if (/^[\x21-\x7e]$/.test(char)) return `"${char}"`;
  return `the character U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

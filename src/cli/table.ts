/**
 * How the operator commands show invitations: the Atlas CLI's columns plus roles, aligned, with any character a
 * server sent that could rewrite the terminal escaped; and colour only where it is wanted.
 */
import type { ListedInvitation } from "./selection.ts";

/** The columns of `list`, `describe`, `invite`, `update` and the prune plan. */
export const INVITATION_COLUMNS = ["ID", "USERNAME", "ROLES", "CREATED AT", "EXPIRES AT"] as const;

/** Escapes control characters and bidirectional overrides, so that text from a server cannot move the cursor. */
export function printable(text: string): string {
  return [...text]
    .map((char) => {
      const code = char.codePointAt(0) ?? 0;
      const unsafe =
        code < 0x20 ||
        (code >= 0x7f && code <= 0x9f) ||
        code === 0x200e ||
        code === 0x200f ||
        (code >= 0x202a && code <= 0x202e) ||
        (code >= 0x2066 && code <= 0x2069);
      return unsafe ? `\\u{${code.toString(16)}}` : char;
    })
    .join("");
}

/** Lays out `rows` under `headers`, columns two spaces apart, each line ending in a newline. */
export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const cells = [headers, ...rows].map((row) => row.map(printable));
  const widths = headers.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? "").length)));
  return cells
    .map((row) =>
      row
        .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
        .join("  ")
        .trimEnd(),
    )
    .map((line) => `${line}\n`)
    .join("");
}

/** One row per invitation in {@link INVITATION_COLUMNS}. */
export function invitationRows(invitations: readonly ListedInvitation[]): string[][] {
  return invitations.map((invitation) => [
    invitation.id,
    invitation.username,
    (invitation.roles ?? []).join(","),
    invitation.createdAt ?? "",
    invitation.expiresAt ?? "",
  ]);
}

/** The table of `invitations`. */
export function invitationTable(invitations: readonly ListedInvitation[]): string {
  return formatTable(INVITATION_COLUMNS, invitationRows(invitations));
}

/** Colours for one stream: on a terminal, unless `NO_COLOR` is set (https://no-color.org) or `TERM=dumb`. */
export interface Paint {
  readonly green: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly red: (text: string) => string;
  readonly bold: (text: string) => string;
}

/** The colours to use on `stream` under `env`; plain text when colour is not wanted. */
export function paintFor(stream: { readonly isTTY?: boolean }, env: NodeJS.ProcessEnv): Paint {
  const wanted = stream.isTTY === true && (env.NO_COLOR ?? "") === "" && env.TERM !== "dumb";
  const style = (open: number, close: number) => (text: string) =>
    wanted ? `\u001b[${open}m${text}\u001b[${close}m` : text;
  return { green: style(32, 39), yellow: style(33, 39), red: style(31, 39), bold: style(1, 22) };
}

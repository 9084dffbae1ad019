/**
 * The programs from Debian that integration tests drive. A missing one fails its tests with the command that
 * installs it, never a skip: a green run must mean every peer was there.
 */
import { existsSync } from "node:fs";
import { delimiter, join } from "node:path";
import { beforeEach } from "vitest";

/** The message for a missing peer: what is missing, and the two ways to install it. */
export function missingPeer(what: string, file: string, packages: string): string {
  return (
    `${what} is not installed (no ${file}). npm test installs it in its set-up step when run as root ` +
    `(npm run setup); otherwise run: sudo apt-get install -y --no-install-recommends ${packages}`
  );
}

/** {@link missingPeer}'s message for the first of `files` that does not exist; `undefined` when all do. */
export function peerProblem(what: string, files: readonly string[], packages: string): string | undefined {
  const absent = files.find((file) => !existsSync(file));
  return absent === undefined ? undefined : missingPeer(what, absent, packages);
}

/** Throws {@link missingPeer}'s message unless every file in `files` exists. */
export function requirePeer(what: string, files: readonly string[], packages: string): void {
  const problem = peerProblem(what, files, packages);
  if (problem !== undefined) throw new Error(problem);
}

/**
 * Fails every test of the enclosing file or suite with `problem`, when there is one. A `beforeAll` that throws
 * would only mark the tests skipped and hide how many checks did not run; a `beforeEach` fails each of them.
 */
export function failEveryTestIf(problem: string | undefined): void {
  beforeEach(() => {
    if (problem !== undefined) throw new Error(problem);
  });
}

/** Returns the path of `command` on PATH; throws {@link missingPeer}'s message when it is not there. */
export function requireCommand(command: string, packages: string): string {
  const directories = (process.env.PATH ?? "").split(delimiter).filter(Boolean);
  const found = directories.map((directory) => join(directory, command)).find((file) => existsSync(file));
  if (found === undefined) throw new Error(missingPeer(command, `${command} on PATH`, packages));
  return found;
}

/**
 * What a command needs from its process, passed in so that the commands run the same in a test as from a shell.
 */
import { readFile } from "node:fs/promises";
import { ValidationError } from "../errors.ts";
import { createOutput, type Output } from "./output.ts";

/** A command's environment, input and output. */
export interface CommandIo {
  readonly env: NodeJS.ProcessEnv;
  readonly stdin: NodeJS.ReadableStream & { readonly isTTY?: boolean };
  /** Where the progress bar goes, when it is a terminal. */
  readonly stderr: NodeJS.WritableStream & { readonly isTTY?: boolean };
  /** Whether stdout is a terminal (colour is used only there); absent means it is not. */
  readonly stdoutIsTTY?: boolean;
  readonly output: Output;
}

/** Exit codes of the command. */
export const EXIT = {
  /** Every invitation deleted (or, with --dry-run, everything valid). */
  ok: 0,
  /** Something not done: an invitation not deleted (not found or failed), a scope not listed, a refusal. */
  notAllDeleted: 1,
  /** A usage or validation error: nothing was sent. */
  usage: 2,
  /** Interrupted by Ctrl-C; the report says what was deleted. */
  interrupted: 130,
} as const;

/** The io of this process. */
export function processIo(): CommandIo {
  // A reader that goes away early (`mms-invites … | head`) is not an error of ours: stop quietly.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  return {
    env: process.env,
    stdin: process.stdin,
    stderr: process.stderr,
    stdoutIsTTY: process.stdout.isTTY === true,
    output: createOutput(process.stdout, process.stderr),
  };
}

/** Reads a text file named by a flag; a failure names the flag, the path and the reason, never the contents. */
export async function readFlagFile(flag: string, path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "an error";
    throw new ValidationError({ parameter: flag, rule: "a readable file" }, `cannot read ${flag} ${path} (${code})`);
  }
}

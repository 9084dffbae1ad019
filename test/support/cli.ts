/**
 * Runs the mms-invites command in this process, with its environment, input and output captured, as a shell
 * would see it (the command takes its process io as a parameter for this).
 */
import { Readable, Writable } from "node:stream";
import { createOutput } from "../../src/cli/output.ts";
import { run } from "../../src/cli/run.ts";
import { GROUP_ID } from "./samples.ts";

/** What a run of the command left behind. */
export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `mms-invites <args>` with `env` as its whole environment and `stdin` as its input. */
export async function runCli(
  args: readonly string[],
  options: { env: NodeJS.ProcessEnv; stdin?: string | undefined },
): Promise<Ran> {
  const ran = { code: -1, stdout: "", stderr: "" };
  const sink = (key: "stdout" | "stderr") =>
    new Writable({
      write(chunk, _encoding, callback) {
        ran[key] += String(chunk);
        callback();
      },
    });
  const stdout = sink("stdout");
  const stderr = sink("stderr");
  ran.code = await run([...args], {
    env: options.env,
    stdin: Readable.from(options.stdin === undefined ? [] : [options.stdin]),
    stderr,
    output: createOutput(stdout, stderr),
  });
  return ran;
}

/** `mms-invites delete` in the sample Atlas project at `url`, followed by `rest` (ids, flags). */
export function atlasDeleteArgs(url: string, ...rest: string[]): string[] {
  return ["delete", "--target", "atlas", "--base-url", url, "--project", GROUP_ID, ...rest];
}

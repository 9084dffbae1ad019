/**
 * Runs a command on a real pseudo-terminal, through Python's `pty` module (python3 is the peer; node-pty would need a
 * native build): the child sees a terminal on stdin, stdout and stderr, as from an operator's shell. What it writes
 * is collected; what the test types (a line, a Ctrl-C) goes through the terminal's line discipline, so Ctrl-C is a
 * real SIGINT to the child's process group.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { missingPeer } from "./peers.ts";

// Forks the command onto a new terminal (80 rows x 160 columns), relays our stdin to it and its output to our
// stdout, and exits with the child's exit code (128 + n for a signal).
const RELAY = `
import fcntl, os, pty, select, struct, sys, termios
pid, fd = pty.fork()
if pid == 0:
    os.execvpe(sys.argv[1], sys.argv[1:], os.environ)
fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 80, 160, 0, 0))
inputs = [fd, 0]
while True:
    ready, _, _ = select.select(inputs, [], [])
    if fd in ready:
        try:
            data = os.read(fd, 65536)
        except OSError:
            break
        if not data:
            break
        os.write(1, data)
    if 0 in ready:
        data = os.read(0, 65536)
        if data:
            os.write(fd, data)
        else:
            inputs.remove(0)
_, status = os.waitpid(pid, 0)
code = os.waitstatus_to_exitcode(status)
sys.exit(code if code >= 0 else 128 - code)
`;

/** A command running on a pseudo-terminal. */
export interface Terminal {
  /** Everything the command wrote so far (stdout and stderr, as a terminal shows them). */
  readonly screen: () => string;
  /** Resolves once the screen holds `text`; rejects if the command ends first. */
  waitFor(text: string): Promise<void>;
  /** Types `text` (add "\n" to end a line; "\u0003" is Ctrl-C). */
  type(text: string): void;
  /** Resolves with the command's exit code once it has ended. */
  readonly exited: Promise<number | null>;
}

/** Fails with the install hint when python3 (with its `pty` module) is not there. */
export function requirePython(): void {
  const probe = spawnSync("python3", ["-c", "import pty"], { stdio: "ignore" });
  if (probe.status !== 0) throw new Error(missingPeer("python3", "python3 on PATH", "python3"));
}

/** Starts `command args` on a new pseudo-terminal with `env` as its environment. */
export function onTerminal(command: string, args: readonly string[], env: NodeJS.ProcessEnv, cwd: string): Terminal {
  requirePython();
  const child: ChildProcess = spawn("python3", ["-c", RELAY, command, ...args], {
    cwd,
    env,
    stdio: ["pipe", "pipe", "inherit"],
  });
  let screen = "";
  const waiters: { text: string; resolve: () => void; reject: (error: Error) => void }[] = [];
  const settle = () => {
    for (const waiter of [...waiters]) {
      if (!screen.includes(waiter.text)) continue;
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  };
  child.stdout?.on("data", (chunk) => {
    screen += String(chunk);
    settle();
  });
  const exited = new Promise<number | null>((resolve) => {
    child.on("close", (code) => {
      for (const waiter of waiters.splice(0)) {
        waiter.reject(new Error(`ended (code ${code}) before printing ${JSON.stringify(waiter.text)}:\n${screen}`));
      }
      resolve(code);
    });
  });
  return {
    screen: () => screen,
    waitFor: (text) =>
      new Promise<void>((resolve, reject) => {
        waiters.push({ text, resolve, reject });
        settle();
      }),
    type: (text) => void child.stdin?.write(text),
    exited,
  };
}

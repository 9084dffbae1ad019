/**
 * The command's two streams, with every known secret masked on the way out. The private key should never reach a
 * message in the first place; this is the last line of defence if some path (an error from a dependency, a server
 * that echoes a header) ever carries it.
 */

/** Writes to stdout and stderr, masking secrets. */
export interface Output {
  /** Writes `text` to stdout as is (add the newline). */
  out(text: string): void;
  /** Writes `text` to stderr as is (add the newline). */
  err(text: string): void;
  /** Masks `secret` in everything written from now on. */
  addSecret(secret: string): void;
  /** Resolves once everything written so far has been handed to the operating system. */
  flush(): Promise<void>;
}

const MASK = "[redacted]";

/** Wraps two writable streams in an {@link Output}. */
export function createOutput(stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream): Output {
  const secrets: string[] = [];
  const mask = (text: string) => secrets.reduce((masked, secret) => masked.split(secret).join(MASK), text);
  return {
    out: (text) => void stdout.write(mask(text)),
    err: (text) => void stderr.write(mask(text)),
    addSecret(secret) {
      if (secret !== "" && !secrets.includes(secret)) secrets.push(secret);
      // Longest first, so that a secret containing another is masked whole.
      secrets.sort((a, b) => b.length - a.length);
    },
    flush: () =>
      Promise.all(
        [stdout, stderr].map((stream) => new Promise<void>((resolve) => void stream.write("", () => resolve()))),
      ).then(() => undefined),
  };
}

/**
 * Which spec the breaking-change gate compares against: the last release before the spec under check.
 *
 * The release record is the newest `v*` tag when the history has one, and otherwise the last commit that changed
 * `info.version` (a commit that adds the spec counts: it sets the first version). A clean CI clone may have no
 * tags, so the second record needs nothing but the history. History is read along first parents, the commits of
 * the branch itself: a merge that brings in a new `info.version` is where that version reached the branch.
 *
 * A commit that sets a new version is that version's release, so later commits are compared with it. When the
 * spec under check is the release commit's own (CI on the commit that bumps the version), the release before it
 * is the base instead: comparing the commit with itself would prove nothing, and the gate then checks that a
 * break in it comes with a major bump and a changelog entry.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { parse } from "yaml";

const run = promisify(execFile);

/** The release a spec is compared against. */
export interface Release {
  /** The full commit hash of the release. */
  readonly commit: string;
  /** How the record names it: the tag, or the short commit hash. */
  readonly name: string;
  /** Which record it came from. */
  readonly record: "tag" | "info.version";
  /** The spec's `info.version` at the release, when it has one. */
  readonly version: string | undefined;
  /** The spec's text at the release. */
  readonly text: string;
}

/** The history cannot answer the question: a shallow clone. */
export class ShallowHistoryError extends Error {}

/** Options of {@link findRelease}. */
export interface FindReleaseOptions {
  /** The repository's working directory (any folder inside it). */
  readonly cwd: string;
  /** The spec's path, relative to `cwd`. */
  readonly specPath: string;
  /** The text of the spec under check: the file in the working tree, or any other head. */
  readonly headText: string;
}

/**
 * The last release before `headText`, or `undefined` when there is none yet (no tag, and no earlier commit has the
 * spec). Throws {@link ShallowHistoryError} in a shallow clone, whose history may end before the release.
 */
export async function findRelease(options: FindReleaseOptions): Promise<Release | undefined> {
  const git = (...args: string[]) => gitOutput(options.cwd, args);
  if ((await git("rev-parse", "--is-shallow-repository")).trim() === "true") {
    throw new ShallowHistoryError(
      "this clone is shallow, so the last release may be in history it does not have; fetch it with " +
        "`git fetch --unshallow --tags` (or clone without --depth)",
    );
  }
  const head = (await git("rev-parse", "--verify", "--quiet", "HEAD^{commit}").catch(() => "")).trim();
  if (head === "") return undefined;
  const inRepo = `./${options.specPath}`;
  const committed = await git("show", `HEAD:${inRepo}`).catch(() => undefined);
  // The spec under check is HEAD's own: HEAD cannot be its own base, so look before it.
  let start = head;
  if (committed === options.headText) {
    const parent = (await git("rev-parse", "--verify", "--quiet", "HEAD^1").catch(() => "")).trim();
    if (parent === "") return undefined;
    start = parent;
  }

  const tag = (
    await git("describe", "--tags", "--abbrev=0", "--first-parent", "--match", "v*", start).catch(() => "")
  ).trim();
  if (tag !== "") {
    const commit = (await git("rev-parse", `${tag}^{commit}`)).trim();
    const text = await git("show", `${commit}:${inRepo}`).catch(() => undefined);
    if (text !== undefined) return { commit, name: tag, record: "tag", version: versionOf(text), text };
  }

  // Commits that changed the spec, newest first; the release is the newest whose version differs from the one
  // before it, or the one that added the file.
  const touched = (await git("log", "--first-parent", "--format=%H", start, "--", inRepo)).split("\n").filter(Boolean);
  let newer: { commit: string; text: string } | undefined;
  for (const commit of touched) {
    const text = await git("show", `${commit}:${inRepo}`).catch(() => undefined);
    if (newer !== undefined && versionOf(text) !== versionOf(newer.text)) break;
    // A commit that deleted the spec is no release; keep looking for the one before it.
    newer = text === undefined ? newer : { commit, text };
  }
  if (newer === undefined) return undefined;
  const short = (await git("rev-parse", "--short", newer.commit)).trim();
  return {
    commit: newer.commit,
    name: short,
    record: "info.version",
    version: versionOf(newer.text),
    text: newer.text,
  };
}

/** A spec's `info.version`; `undefined` when the text is missing, not YAML, or has none. */
function versionOf(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  try {
    const version = (parse(text) as { info?: { version?: unknown } } | null)?.info?.version;
    return version === undefined ? undefined : String(version);
  } catch {
    return undefined;
  }
}

async function gitOutput(cwd: string, args: readonly string[]): Promise<string> {
  const { stdout } = await run("git", args, { cwd, maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}

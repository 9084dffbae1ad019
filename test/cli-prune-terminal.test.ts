/**
 * `mms-invites prune` on a real pseudo-terminal (Python's pty module): it asks before deleting, `n` and Ctrl-C
 * delete nothing, `y` deletes, an invitation accepted between the list and its delete is already gone, one progress
 * bar shows each scope's count, and NO_COLOR turns colour off.
 */
import { describe, expect, it } from "vitest";
import { invitationId, invitations, KEYS, ROOT, sandboxWith, states, where } from "./support/operator.ts";
import { onTerminal } from "./support/pty.ts";

// Every test waits on child processes, so they overlap; on a loaded machine a run of the CLI takes seconds.
describe.concurrent.each(["atlas", "opsManager"] as const)("mms-invites on %s", { timeout: 120_000 }, (target) => {
  it("on a terminal asks first: n leaves everything in place, y deletes, an id accepted meanwhile is already gone", async () => {
    const sandbox = await sandboxWith(target);
    try {
      const args = ["--import", "tsx", "src/cli/main.ts", "prune", ...where(target, sandbox), "--older-than", "15d"];
      const env = { PATH: process.env.PATH, HOME: process.env.HOME, TERM: "xterm", ...KEYS };
      const declined = onTerminal(process.execPath, args, env, ROOT);
      await declined.waitFor("Delete 3 invitations in 3 scopes? [y/N] ");
      declined.type("n\n");
      expect(await declined.exited).toBe(1);
      expect(declined.screen()).toContain("Not confirmed: nothing was deleted.");
      expect(Object.values(states(target, sandbox)).every((state) => state === "pending")).toBe(true);

      const accepted = onTerminal(process.execPath, args, { ...env, NO_COLOR: "1" }, ROOT);
      await accepted.waitFor("Delete 3 invitations in 3 scopes? [y/N] ");
      // Accepted after the list, before the delete.
      const [first] = invitations(target, Date.now());
      if (first === undefined) throw new Error("no seeded invitation");
      sandbox.addInvitation({ ...first, state: "accepted" });
      accepted.type("y\n");
      expect(await accepted.exited).toBe(0);
      const screen = accepted.screen();
      expect(screen).toMatch(
        new RegExp(
          `${first.id}\\s+alice@example.com\\s+already gone\\s+${target === "atlas" ? "400 INVALID_INVITATION_ID" : "404"}`,
        ),
      );
      // One progress bar, with each scope's count beside it.
      expect(screen).toMatch(/…20e7b8 [01]\/1 …20e7b9 [01]\/1 …20e7ba [01]\/1/);
      expect(screen).toContain(": 2 deleted, 1 already gone, 0 failed in 3 scopes");
      // NO_COLOR: no colour escape anywhere (the first run, without it, was coloured).
      const ESC = String.fromCharCode(27);
      expect([31, 32, 33, 1].filter((code) => screen.includes(`${ESC}[${code}m`))).toEqual([]);
      expect(declined.screen()).toContain(`${ESC}[1m`);
      expect(states(target, sandbox)).toMatchObject({
        [invitationId(target, 0, 0)]: "accepted",
        [invitationId(target, 1, 0)]: "deleted",
        [invitationId(target, 2, 0)]: "deleted",
        [invitationId(target, 0, 1)]: "pending",
      });
    } finally {
      await sandbox.close();
    }
  });

  it("on a terminal, Ctrl-C at the question exits 130 with nothing deleted", async () => {
    const sandbox = await sandboxWith(target);
    try {
      const args = ["--import", "tsx", "src/cli/main.ts", "prune", ...where(target, sandbox), "--all"];
      const env = { PATH: process.env.PATH, HOME: process.env.HOME, TERM: "xterm", ...KEYS };
      const terminal = onTerminal(process.execPath, args, env, ROOT);
      await terminal.waitFor("Delete 9 invitations in 3 scopes? [y/N] ");
      terminal.type("\u0003");
      expect(await terminal.exited).toBe(130);
      expect(terminal.screen()).toContain("Interrupted: nothing was deleted.");
      expect(Object.values(states(target, sandbox)).every((state) => state === "pending")).toBe(true);
    } finally {
      await sandbox.close();
    }
  });
});

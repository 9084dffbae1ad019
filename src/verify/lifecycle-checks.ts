/**
 * The lifecycle of one invitation in a scope (create → listed, also by `username` → get → update its roles →
 * delete → delete again → not listed), and the `envelope=true` and `pretty=true` variants of one call of each kind.
 * Every invitation created is recorded in the context at once, so the run deletes it again whatever happens next.
 */
import { isApiError } from "../errors.ts";
import { targets } from "../targets.ts";
import {
  type CallOutcome,
  type CheckDefinition,
  CheckFailure,
  errorText,
  type ScopeRef,
  type VerifyContext,
} from "./context.ts";

interface Invitation {
  readonly id: string;
  readonly username: string;
  readonly roles: readonly string[];
}

function invitation(value: unknown): Invitation | undefined {
  const candidate = value as Partial<Invitation> | null;
  if (candidate === null || typeof candidate !== "object" || typeof candidate.id !== "string") return undefined;
  return candidate as Invitation;
}

/** The result of a call that must succeed; a failed call fails the check with the client's reason. */
function succeeded(outcome: CallOutcome, what: string): { status: number; enveloped: boolean; data: unknown } {
  if (outcome.result === undefined) throw new CheckFailure(`${what} failed: ${errorText(outcome.error)}`);
  return outcome.result;
}

function listedIds(data: unknown, what: string): string[] {
  if (!Array.isArray(data)) throw new CheckFailure(`${what} did not answer an array`);
  return data.map((item) => invitation(item)?.id ?? "");
}

/** Creates an invitation for the state (recorded for clean-up before anything else is looked at). */
async function create(
  ctx: VerifyContext,
  scope: ScopeRef,
  roles: readonly string[],
  options: { envelope?: boolean; pretty?: boolean } = {},
): Promise<Invitation> {
  const username = ctx.newUsername(scope);
  const outcome = await ctx.call(scope, "create", { username, roles }, options);
  const created = invitation(outcome.result?.data);
  if (created !== undefined) ctx.track(created.id, scope, username);
  const result = succeeded(outcome, "the create");
  if (created === undefined) throw new CheckFailure("the create answered no invitation id");
  if (result.status !== 200 && result.status !== 201) {
    ctx.fail(outcome.exchanges.at(-1), "lifecycle", `the create answered ${result.status}; expected 200 or 201`);
  }
  if (created.username.toLowerCase() !== username) {
    ctx.fail(outcome.exchanges.at(-1), "lifecycle", `the invitation is for ${created.username}, not ${username}`);
  }
  return created;
}

/** Deletes `id` and expects the `204` (the wrapped one when enveloped). */
async function remove(
  ctx: VerifyContext,
  scope: ScopeRef,
  id: string,
  options: { envelope?: boolean; pretty?: boolean } = {},
): Promise<void> {
  const outcome = await ctx.call(scope, "delete", { invitationId: id }, options);
  const result = succeeded(outcome, "the delete");
  if (result.status !== 204) {
    ctx.fail(outcome.exchanges.at(-1), "lifecycle", `the delete answered ${result.status}; the spec declares 204`);
  }
}

/** Whether an error is the target's documented answer to an invitation that is not there. */
export function isGone(ctx: VerifyContext, error: unknown): boolean {
  if (!isApiError(error)) return false;
  const codes: readonly string[] = targets[ctx.target].goneErrorCodes;
  return codes.length === 0 ? error.status === 404 : codes.includes(error.errorCode) && error.status === 400;
}

/** The lifecycle checks, in the order they run. */
export const LIFECYCLE_CHECKS: readonly CheckDefinition[] = [
  {
    name: "lifecycle: create an invitation to verify+<random>@example.invalid",
    async run(ctx, scope, state) {
      const created = await create(ctx, scope, [state.roles[0] ?? ""]);
      state.invitationId = created.id;
      state.username = created.username.toLowerCase();
    },
  },
  {
    name: "lifecycle: the invitation is listed",
    needs: "invitation",
    async run(ctx, scope, state) {
      const outcome = await ctx.call(scope, "list", {});
      const ids = listedIds(succeeded(outcome, "the list").data, "the list");
      if (!ids.includes(state.invitationId ?? "")) {
        ctx.fail(outcome.exchanges.at(-1), "lifecycle", `invitation ${state.invitationId} is not listed`);
      }
    },
  },
  {
    name: "lifecycle: the invitation is listed by username",
    needs: "invitation",
    async run(ctx, scope, state) {
      const outcome = await ctx.call(scope, "list", { username: state.username });
      const data = succeeded(outcome, "the list by username").data;
      const ids = listedIds(data, "the list by username");
      if (!ids.includes(state.invitationId ?? "")) {
        ctx.fail(outcome.exchanges.at(-1), "lifecycle", `invitation ${state.invitationId} is not listed by username`);
      }
      const others = (data as unknown[]).filter((item) => invitation(item)?.username?.toLowerCase() !== state.username);
      if (others.length > 0) {
        ctx.fail(outcome.exchanges.at(-1), "lifecycle", `the list by username holds ${others.length} other user(s)`);
      }
    },
  },
  {
    name: "lifecycle: get the invitation",
    needs: "invitation",
    async run(ctx, scope, state) {
      const outcome = await ctx.call(scope, "get", { invitationId: state.invitationId });
      const got = invitation(succeeded(outcome, "the get").data);
      if (got?.id !== state.invitationId) {
        ctx.fail(
          outcome.exchanges.at(-1),
          "lifecycle",
          `the get answered invitation ${got?.id}, not ${state.invitationId}`,
        );
      }
    },
  },
  {
    name: "lifecycle: update the invitation's roles",
    needs: "invitation",
    async run(ctx, scope, state) {
      const roles = [state.roles[1] ?? ""];
      const outcome = await ctx.call(scope, "update", { invitationId: state.invitationId, roles });
      const updated = invitation(succeeded(outcome, "the update").data);
      if (JSON.stringify(updated?.roles) !== JSON.stringify(roles)) {
        ctx.fail(
          outcome.exchanges.at(-1),
          "lifecycle",
          `the roles are ${JSON.stringify(updated?.roles)}, not ${JSON.stringify(roles)}`,
        );
      }
    },
  },
  {
    name: "lifecycle: update its roles by username",
    needs: "invitation",
    async run(ctx, scope, state) {
      const roles = [state.roles[0] ?? ""];
      const outcome = await ctx.call(scope, "updateByUsername", { username: state.username, roles });
      const updated = invitation(succeeded(outcome, "the update by username").data);
      if (updated?.id !== state.invitationId || JSON.stringify(updated?.roles) !== JSON.stringify(roles)) {
        ctx.fail(
          outcome.exchanges.at(-1),
          "lifecycle",
          `the update by username answered invitation ${updated?.id} with roles ${JSON.stringify(updated?.roles)}; expected ${state.invitationId} with ${JSON.stringify(roles)}`,
        );
      }
    },
  },
  {
    name: "lifecycle: delete the invitation (204)",
    needs: "invitation",
    async run(ctx, scope, state) {
      await remove(ctx, scope, state.invitationId ?? "");
    },
  },
  {
    name: "lifecycle: delete it again (the documented not-found answer)",
    needs: "invitation",
    async run(ctx, scope, state) {
      const outcome = await ctx.call(scope, "delete", { invitationId: state.invitationId });
      if (outcome.error === undefined) {
        ctx.fail(outcome.exchanges.at(-1), "lifecycle", "a second delete of the same invitation succeeded");
      } else if (!isGone(ctx, outcome.error)) {
        const expected = ctx.target === "atlas" ? "400 INVALID_INVITATION_ID" : "404";
        throw new CheckFailure(`expected ${expected}; the call failed with ${errorText(outcome.error)}`);
      }
    },
  },
  {
    name: "lifecycle: the invitation is no longer listed",
    needs: "invitation",
    async run(ctx, scope, state) {
      const outcome = await ctx.call(scope, "list", {});
      const ids = listedIds(succeeded(outcome, "the list").data, "the list");
      if (ids.includes(state.invitationId ?? "")) {
        ctx.fail(
          outcome.exchanges.at(-1),
          "lifecycle",
          `invitation ${state.invitationId} is still listed after its delete`,
        );
      } else {
        ctx.created.delete(state.invitationId ?? "");
      }
    },
  },
];

/** `envelope=true` or `pretty=true` on one call of each kind: create, list, get, update, delete. */
function variantChecks(flag: "envelope" | "pretty"): CheckDefinition[] {
  const options = { [flag]: true };
  const expect = (ctx: VerifyContext, outcome: CallOutcome, wrapped: number[]) => {
    const answer = outcome.exchanges.at(-1);
    const result = outcome.result;
    if (result === undefined || answer === undefined) return;
    if (flag === "envelope") {
      if (answer.status !== 200 || !result.enveloped) {
        ctx.fail(
          answer,
          "envelope",
          `envelope=true answered ${answer.status}${result.enveloped ? "" : " without an envelope"}; the spec declares a 200 envelope`,
        );
      }
      if (!wrapped.includes(result.status)) {
        ctx.fail(answer, "envelope", `the envelope's status is ${result.status}; expected ${wrapped.join(" or ")}`);
      }
    } else if (answer.bodyText !== "" && !answer.bodyText.trim().includes("\n")) {
      ctx.fail(answer, "pretty", "pretty=true answered JSON on one line");
    }
  };
  const name = (kind: string) => `${flag}=true: ${kind}`;
  return [
    {
      name: name("create"),
      async run(ctx, scope, state) {
        const username = ctx.newUsername(scope);
        const outcome = await ctx.call(scope, "create", { username, roles: [state.roles[0] ?? ""] }, options);
        const created = invitation(outcome.result?.data);
        if (created !== undefined) ctx.track(created.id, scope, username);
        succeeded(outcome, "the create");
        expect(ctx, outcome, [200, 201]);
        state.invitationId = created?.id;
      },
    },
    {
      name: name("list"),
      needs: "invitation",
      async run(ctx, scope) {
        const outcome = await ctx.call(scope, "list", {}, options);
        listedIds(succeeded(outcome, "the list").data, "the list");
        expect(ctx, outcome, [200]);
      },
    },
    {
      name: name("get"),
      needs: "invitation",
      async run(ctx, scope, state) {
        const outcome = await ctx.call(scope, "get", { invitationId: state.invitationId }, options);
        succeeded(outcome, "the get");
        expect(ctx, outcome, [200]);
      },
    },
    {
      name: name("update"),
      needs: "invitation",
      async run(ctx, scope, state) {
        const roles = [state.roles[1] ?? ""];
        const outcome = await ctx.call(scope, "update", { invitationId: state.invitationId, roles }, options);
        succeeded(outcome, "the update");
        expect(ctx, outcome, [200]);
      },
    },
    {
      name: name("delete"),
      needs: "invitation",
      async run(ctx, scope, state) {
        const outcome = await ctx.call(scope, "delete", { invitationId: state.invitationId }, options);
        const result = succeeded(outcome, "the delete");
        if (flag === "pretty" && result.status !== 204) {
          ctx.fail(
            outcome.exchanges.at(-1),
            "lifecycle",
            `the delete answered ${result.status}; the spec declares 204`,
          );
        }
        expect(ctx, outcome, [204]);
      },
    },
  ];
}

/** The envelope and pretty checks, in the order they run. */
export const VARIANT_CHECKS: readonly CheckDefinition[] = [...variantChecks("envelope"), ...variantChecks("pretty")];

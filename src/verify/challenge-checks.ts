/**
 * The authentication checks: an unauthenticated request gets the `401` Digest challenge the spec describes, a
 * wrong key is refused, and no operation of the scope answers without credentials.
 */
import { randomBytes } from "node:crypto";
import { parseChallenges, selectDigestChallenge } from "../digest.ts";
import { isApiError } from "../errors.ts";
import {
  type CheckDefinition,
  CheckFailure,
  errorText,
  type LifecycleOperation,
  type ScopeRef,
  type VerifyContext,
} from "./context.ts";
import type { Exchange } from "./response-validator.ts";

/** A random invitation id: the server has no such invitation, which does not matter before authentication. */
export function randomId(): string {
  return randomBytes(12).toString("hex");
}

/** `path` with the scope's id and `invitationId` put in. */
export function fillPath(path: string, scope: ScopeRef, invitationId = randomId()): string {
  return path.replace(/\{(groupId|orgId)\}/, scope.id).replace("{invitationId}", invitationId);
}

/** Fails the check unless `exchange` is a `401` with a Digest challenge of the kind the spec describes. */
export function expectChallenge(ctx: VerifyContext, exchange: Exchange): void {
  if (exchange.status < 300 && exchange.status >= 200) {
    ctx.fail(exchange, "unauthenticated", `answered ${exchange.status} to a request without credentials`);
    return;
  }
  if (exchange.status !== 401) {
    ctx.fail(
      exchange,
      "challenge",
      `answered ${exchange.status} without credentials; the spec declares 401 with a Digest challenge`,
    );
    return;
  }
  const header = exchange.headers["www-authenticate"];
  if (header === undefined) {
    ctx.fail(exchange, "challenge", "a 401 without WWW-Authenticate: the spec declares a Digest challenge");
    return;
  }
  const challenge = selectDigestChallenge(parseChallenges(header));
  if (challenge === undefined || challenge.realm === "" || challenge.qop !== "auth") {
    ctx.fail(
      exchange,
      "challenge",
      `WWW-Authenticate ${JSON.stringify(header.slice(0, 200))} is not the spec's challenge (Digest with a realm, a nonce, qop="auth" and MD5 or SHA-256)`,
    );
  }
}

/** A valid body for `name`, so that only the missing credentials can be why a server refuses it. */
function bodyFor(ctx: VerifyContext, scope: ScopeRef, name: LifecycleOperation, roles: readonly string[]): unknown {
  const some = roles.slice(0, 1);
  if (name === "create" || name === "updateByUsername") return { username: ctx.newUsername(scope), roles: some };
  if (name === "update") return { roles: some };
  return undefined;
}

/** The checks of the challenge, in the order they run. */
export const CHALLENGE_CHECKS: readonly CheckDefinition[] = [
  {
    name: "challenge: a request without credentials gets 401 and a Digest challenge",
    async run(ctx, scope) {
      const op = ctx.operation(scope.kind, "list");
      expectChallenge(ctx, await ctx.unauthenticated(op.method, fillPath(op.path, scope)));
    },
  },
  {
    name: "challenge: a wrong key is refused",
    async run(ctx, scope) {
      const outcome = await ctx.call(scope, "list", {}, {}, "wrong");
      if (outcome.error === undefined) {
        ctx.fail(outcome.exchanges.at(-1), "wrong-key", "a wrong key was accepted: the list answered");
      } else if (!isApiError(outcome.error) || outcome.error.status !== 401) {
        throw new CheckFailure(`a wrong key should get 401; the call failed with ${errorText(outcome.error)}`);
      }
    },
  },
  {
    name: "challenge: no operation of the scope answers without credentials",
    async run(ctx, scope, state) {
      const names: LifecycleOperation[] = ["list", "create", "updateByUsername", "get", "update", "delete"];
      for (const name of names) {
        const op = ctx.operation(scope.kind, name);
        const exchange = await ctx.unauthenticated(
          op.method,
          fillPath(op.path, scope),
          bodyFor(ctx, scope, name, state.roles),
        );
        expectChallenge(ctx, exchange);
        // A server that created an invitation without credentials still gets it deleted at the end: its user
        // was registered by newUsername, and the clean-up looks it up.
      }
    },
  },
];

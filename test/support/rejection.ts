/**
 * The error a call rejected with, for tests that assert on a failure's fields rather than only on its message.
 */
import { inspect } from "node:util";
import { isMmsError, type MmsError } from "../../src/index.ts";

/** Resolves with the `MmsError` that `promise` rejected with; fails the test if it resolved or threw anything else. */
export async function rejection(promise: Promise<unknown>): Promise<MmsError> {
  try {
    await promise;
  } catch (error) {
    if (isMmsError(error)) return error;
    throw new Error(`expected the call to reject with an MmsError, but it threw ${inspect(error)}`, { cause: error });
  }
  throw new Error("expected the call to reject, but it resolved");
}

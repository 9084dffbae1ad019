/**
 * The one module that imports generated/: it re-exports what the rest of the code uses from the spec, and derives
 * from the generated types what each operation takes and returns, so a regeneration touches one import.
 */
import type { components, operations as OperationTypes, paths } from "../generated/openapi.ts";
import { type OperationId, operations } from "../generated/operations.ts";
import { type InputCheck, type InputIssue, inputChecks } from "../generated/validators.ts";
import type { TargetId } from "./targets.ts";

export type { components, InputCheck, InputIssue, OperationTypes, paths };
export { inputChecks, type OperationId, operations };

/** The `ApiError` body of the MongoDB administration APIs, as the spec declares it. */
export type ApiErrorBody = components["schemas"]["ApiError"];
/** The `{status, content}` body an `envelope=true` delete is answered with. */
export type EnvelopeBody = components["schemas"]["Envelope"];

/** One row of the runtime operation table generated from the spec. */
export type Operation = (typeof operations)[OperationId];

/** The operationIds of one target's operations. */
export type OperationIdOf<T extends TargetId> = {
  [K in OperationId]: (typeof operations)[K]["target"] extends T ? K : never;
}[OperationId];

/** The client method name of an operation: its operationId without the target's prefix (MongoDB's v1 name). */
export type MethodNameOf<K extends OperationId> = (typeof operations)[K]["name"];

/** The spec paths of one target's operations. */
export type PathOf<T extends TargetId> = (typeof operations)[OperationIdOf<T>]["path"];

/** The spec's `paths`, narrowed to one target: what that target's typed openapi-fetch client accepts. */
export type PathsOf<T extends TargetId> = Pick<paths, PathOf<T> & keyof paths>;

/** The path parameters an operation takes, from the generated types. */
export type PathParamsOf<K extends OperationId> = OperationTypes[K]["parameters"]["path"];

/** Query parameters read from the call options, not from the input object. */
type CallOptionQuery = "pretty" | "envelope";

/** The query parameters an operation takes in its input object (`pretty` and `envelope` are call options). */
export type QueryParamsOf<K extends OperationId> = OperationTypes[K]["parameters"] extends { query?: infer Q }
  ? Omit<NonNullable<Q>, CallOptionQuery>
  : Record<never, never>;

/** The JSON body an operation sends, or nothing. */
export type BodyOf<K extends OperationId> = OperationTypes[K] extends {
  requestBody: { content: { "application/json": infer B } };
}
  ? B
  : Record<never, never>;

type Flatten<T> = { [P in keyof T]: T[P] } & {};

/**
 * What an operation's method takes as its first argument: its path parameters, its query parameters other than
 * `pretty` and `envelope`, and its body fields, in one object (as octokit's methods take them).
 */
export type InputOf<K extends OperationId> = Flatten<PathParamsOf<K> & QueryParamsOf<K> & BodyOf<K>>;

type SuccessStatus = 200 | 201 | 202 | 203 | 204 | 205 | 206;
type BodyOfResponse<R> = R extends { content: { "application/json": infer B } } ? B : undefined;
/** An envelope is unwrapped before `data` is handed over, so its type never reaches the caller. */
type Unwrapped<B> = B extends { status: number; content: unknown } ? never : B;

/**
 * What a successful call resolves `data` to: the operation's success body (an invitation, an array of them), or
 * `undefined` for an operation that answers `204`; the envelope a `200` may carry is unwrapped first.
 */
export type DataOf<K extends OperationId> = Unwrapped<
  BodyOfResponse<OperationTypes[K]["responses"][keyof OperationTypes[K]["responses"] & SuccessStatus]>
>;

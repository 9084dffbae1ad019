/**
 * The one module that imports generated/: it re-exports what the rest of the code uses from the spec, so a
 * regeneration touches one import.
 */
import type { components, operations as OperationTypes, paths } from "../generated/openapi.ts";
import { type OperationId, operations } from "../generated/operations.ts";
import type { TargetId } from "./targets.ts";

export type { components, OperationTypes, paths };
export { type OperationId, operations };

/** The `ApiError` body of the MongoDB administration APIs, as the spec declares it. */
export type ApiErrorBody = components["schemas"]["ApiError"];
/** The `{status, content}` body an `envelope=true` request is answered with. */
export type EnvelopeBody = components["schemas"]["Envelope"];

/** One row of the runtime operation table generated from the spec. */
export type Operation = (typeof operations)[OperationId];

/** The operationIds of one target's operations. */
export type OperationIdOf<T extends TargetId> = {
  [K in OperationId]: (typeof operations)[K]["target"] extends T ? K : never;
}[OperationId];

/** The spec paths of one target's operations. */
export type PathOf<T extends TargetId> = (typeof operations)[OperationIdOf<T>]["path"];

/** The spec's `paths`, narrowed to one target: what that target's typed openapi-fetch client accepts. */
export type PathsOf<T extends TargetId> = Pick<paths, PathOf<T> & keyof paths>;

/** The path parameters an operation takes, from the generated types. */
export type PathParamsOf<K extends OperationId> = OperationTypes[K]["parameters"]["path"];

/**
 * mms-invites: a typed client for the invitations of MongoDB Atlas and Ops Manager, driven by its spec.
 *
 * @packageDocumentation
 */
export type {
  ApiErrorBody,
  BodyOf,
  components,
  DataOf,
  EnvelopeBody,
  InputOf,
  MethodNameOf,
  Operation,
  OperationId,
  OperationIdOf,
  OperationTypes,
  PathParamsOf,
  PathsOf,
  paths,
  QueryParamsOf,
} from "./api.ts";
export { operations } from "./api.ts";
export type { AuthStrategy, Credentials, DigestAuthOptions, FetchLike } from "./auth.ts";
export { digestAuth } from "./auth.ts";
export type { ServiceAccountClientOptions } from "./auth-options.ts";
export type {
  AtlasClient,
  AtlasClientOptions,
  CallOptions,
  ClientOptions,
  DeprecationInfo,
  DeprecationNotice,
  OperationResult,
  OpsManagerClient,
  OpsManagerClientOptions,
  RateLimitInfo,
  TargetClient,
  TargetMethods,
} from "./clients.ts";
export { createAtlasClient, createOpsManagerClient } from "./clients.ts";
export type { DigestFetchOptions, StandardFetch } from "./digest-fetch.ts";
export { createDigestFetch } from "./digest-fetch.ts";
export type { Envelope } from "./envelope.ts";
export { asEnvelope, parseEnvelope } from "./envelope.ts";
export type { ApiErrorDetails, AuthenticationFailure, MmsErrorCode, ValidationErrorDetails } from "./errors.ts";
export {
  ApiError,
  AuthenticationError,
  isApiError,
  isAuthenticationError,
  isMmsError,
  isNetworkError,
  isTimeoutError,
  isUnexpectedResponseError,
  isValidationError,
  MMS_ERROR_CODES,
  MmsError,
  NetworkError,
  TimeoutError,
  UnexpectedResponseError,
  ValidationError,
} from "./errors.ts";
export type { ServiceAccountAuthOptions, ServiceAccountCredentials } from "./oauth.ts";
export { ATLAS_TOKEN_URL, serviceAccountAuth } from "./oauth.ts";
export type { RetryOptions } from "./retry.ts";
export type { TargetId } from "./targets.ts";
export { targets } from "./targets.ts";
export type { ClientFetch } from "./transport.ts";
export { VERSION } from "./version.ts";

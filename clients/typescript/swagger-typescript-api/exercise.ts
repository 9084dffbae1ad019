/**
 * Drives the clients swagger-typescript-api writes (its fetch `HttpClient`) from the per-target documents against a
 * server, authenticating with `createDigestFetch()` from mms-invites as the client's `customFetch`. For each target
 * it creates a project invitation, lists by username, deletes it, deletes it again, and prints one JSON line per
 * step with what the generated client returned; the calling test decides whether that is right.
 *
 * Environment: MMS_BASE_URL, MMS_PUBLIC_KEY, MMS_PRIVATE_KEY, MMS_GROUP_ID, MMS_USERNAME_PREFIX.
 */
import { createDigestFetch } from "mms-invites";
import { Api as AtlasApi, type HttpResponse as AtlasResponse } from "./atlas/api.js";
import { Api as OpsManagerApi, type HttpResponse as OpsManagerResponse } from "./opsmanager/api.js";

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

function emit(step: Record<string, unknown>): void {
  console.log(JSON.stringify(step));
}

/** The generated client throws its `HttpResponse` for an error status, with the typed body in `error`. */
function failure(thrown: unknown): { status: number; errorCode?: string; error?: string } {
  const response = thrown as Partial<AtlasResponse<unknown, { errorCode?: string }>>;
  if (typeof response.status === "number") {
    return response.error?.errorCode === undefined
      ? { status: response.status, error: JSON.stringify(response.error) }
      : { status: response.status, errorCode: response.error.errorCode };
  }
  return { status: 0, error: String(thrown) };
}

// swagger-typescript-api calls customFetch(url, init) with the URL as a string: a standard fetch call.
const customFetch = createDigestFetch({ publicKey: env("MMS_PUBLIC_KEY"), privateKey: env("MMS_PRIVATE_KEY") });
const baseUrl = env("MMS_BASE_URL");
const groupId = env("MMS_GROUP_ID");
const prefix = env("MMS_USERNAME_PREFIX");

{
  const target = "atlas";
  const { api } = new AtlasApi({ baseUrl, customFetch });
  const username = `${prefix}-atlas@example.com`;
  let id: string | undefined;
  try {
    const created = await api.createProjectInvitation(groupId, { username, roles: ["GROUP_READ_ONLY"] });
    if ("id" in created.data) {
      id = created.data.id;
      emit({ target, step: "create", status: created.status, id });
    } else emit({ target, step: "create", status: created.status, error: JSON.stringify(created.data) });
  } catch (thrown) {
    emit({ target, step: "create", ...failure(thrown) });
  }
  if (id !== undefined) {
    const listed = await api.listProjectInvitations(groupId, { username });
    emit({
      target,
      step: "list",
      status: listed.status,
      ids: Array.isArray(listed.data) ? listed.data.map((item) => item.id) : [],
    });
    for (const step of ["delete", "delete-again"]) {
      try {
        const deleted = await api.deleteProjectInvitation(groupId, id);
        emit({ target, step, status: deleted.status });
      } catch (thrown) {
        emit({ target, step, ...failure(thrown) });
      }
    }
  }
}

{
  const target = "opsManager";
  const { api } = new OpsManagerApi({ baseUrl, customFetch });
  const username = `${prefix}-ops-manager@example.com`;
  let id: string | undefined;
  try {
    const created = await api.createProjectInvitation(groupId, { username, roles: ["GROUP_READ_ONLY"] });
    if ("id" in created.data) {
      id = created.data.id;
      emit({ target, step: "create", status: created.status, id });
    } else emit({ target, step: "create", status: created.status, error: JSON.stringify(created.data) });
  } catch (thrown) {
    emit({ target, step: "create", ...failure(thrown as OpsManagerResponse<unknown, unknown>) });
  }
  if (id !== undefined) {
    const listed = await api.listProjectInvitations(groupId, { username });
    emit({
      target,
      step: "list",
      status: listed.status,
      ids: Array.isArray(listed.data) ? listed.data.map((item) => item.id) : [],
    });
    for (const step of ["delete", "delete-again"]) {
      try {
        const deleted = await api.deleteProjectInvitation(groupId, id);
        emit({ target, step, status: deleted.status });
      } catch (thrown) {
        emit({ target, step, ...failure(thrown) });
      }
    }
  }
}

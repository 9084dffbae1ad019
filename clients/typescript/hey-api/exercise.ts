/**
 * Drives the clients @hey-api/openapi-ts writes (its fetch client) from the per-target documents against a server,
 * authenticating with `createDigestFetch()` from mms-invites as the client's `fetch`. For each target it creates a
 * project invitation, lists by username, deletes it, deletes it again, and prints one JSON line per step with what
 * the generated client returned; the calling test decides whether that is right.
 *
 * Environment: MMS_BASE_URL, MMS_PUBLIC_KEY, MMS_PRIVATE_KEY, MMS_GROUP_ID, MMS_USERNAME_PREFIX.
 */
import { createDigestFetch } from "mms-invites";
import { createConfig as atlasConfig, createClient as createAtlasClient } from "./atlas/client/index.js";
import * as atlas from "./atlas/sdk.gen.js";
import { createClient as createOpsManagerClient, createConfig as opsManagerConfig } from "./opsmanager/client/index.js";
import * as opsManager from "./opsmanager/sdk.gen.js";

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

function emit(step: Record<string, unknown>): void {
  console.log(JSON.stringify(step));
}

const digestFetch = createDigestFetch({ publicKey: env("MMS_PUBLIC_KEY"), privateKey: env("MMS_PRIVATE_KEY") });
const baseUrl = env("MMS_BASE_URL");
const groupId = env("MMS_GROUP_ID");
const prefix = env("MMS_USERNAME_PREFIX");

{
  const target = "atlas";
  const client = createAtlasClient(atlasConfig({ baseUrl, fetch: digestFetch }));
  const username = `${prefix}-atlas@example.com`;
  const created = await atlas.createProjectInvitation({
    client,
    path: { groupId },
    body: { username, roles: ["GROUP_READ_ONLY"] },
  });
  const invitation = created.data;
  if (invitation === undefined || !("id" in invitation)) {
    emit({ target, step: "create", status: created.response.status, error: JSON.stringify(created.error) });
  } else {
    emit({ target, step: "create", status: created.response.status, id: invitation.id });
    const listed = await atlas.listProjectInvitations({ client, path: { groupId }, query: { username } });
    const ids = Array.isArray(listed.data) ? listed.data.map((item) => item.id) : [];
    emit({ target, step: "list", status: listed.response.status, ids });
    for (const step of ["delete", "delete-again"]) {
      const deleted = await atlas.deleteProjectInvitation({ client, path: { groupId, invitationId: invitation.id } });
      emit({ target, step, status: deleted.response.status, errorCode: deleted.error?.errorCode });
    }
  }
}

{
  const target = "opsManager";
  const client = createOpsManagerClient(opsManagerConfig({ baseUrl, fetch: digestFetch }));
  const username = `${prefix}-ops-manager@example.com`;
  const created = await opsManager.createProjectInvitation({
    client,
    path: { groupId },
    body: { username, roles: ["GROUP_READ_ONLY"] },
  });
  const invitation = created.data;
  if (invitation === undefined || !("id" in invitation)) {
    emit({ target, step: "create", status: created.response.status, error: JSON.stringify(created.error) });
  } else {
    emit({ target, step: "create", status: created.response.status, id: invitation.id });
    const listed = await opsManager.listProjectInvitations({ client, path: { groupId }, query: { username } });
    const ids = Array.isArray(listed.data) ? listed.data.map((item) => item.id) : [];
    emit({ target, step: "list", status: listed.response.status, ids });
    for (const step of ["delete", "delete-again"]) {
      const deleted = await opsManager.deleteProjectInvitation({
        client,
        path: { groupId, invitationId: invitation.id },
      });
      emit({ target, step, status: deleted.response.status, errorCode: deleted.error?.errorCode });
    }
  }
}

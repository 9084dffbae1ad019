// Child of the start-up benchmark: imports the client (the module named by argv[2]: src/index.ts through tsx, or the
// built dist/src/index.js), deletes one invitation, and prints when that finished, measured from process start
// (`performance.now()` counts from the process's time origin). Plain JavaScript, so the built package can be timed
// without tsx.
//
// Usage: node [--import tsx] bench/first-delete.mjs <module> <baseUrl> <groupId> <invitationId>
// Keys: MONGODB_ATLAS_PUBLIC_API_KEY, MONGODB_ATLAS_PRIVATE_API_KEY.
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";

const [modulePath, baseUrl, groupId, invitationId] = process.argv.slice(2);
const startedMain = performance.now();
const { createAtlasClient } = await import(pathToFileURL(modulePath).href);
const imported = performance.now();
const client = createAtlasClient({
  publicKey: process.env.MONGODB_ATLAS_PUBLIC_API_KEY,
  privateKey: process.env.MONGODB_ATLAS_PRIVATE_API_KEY,
  baseUrl,
  timeoutMs: 10_000,
});
const result = await client.deleteProjectInvitation({ groupId, invitationId });
const done = performance.now();
process.stdout.write(
  `${JSON.stringify({
    status: result.status,
    /** Process start to the first completed delete. */
    sinceStartMs: done,
    /** Process start to the first line of this script (node, and tsx when loaded). */
    bootMs: startedMain,
    importMs: imported - startedMain,
    /** Client creation, the challenge round trip and the signed delete. */
    firstDeleteMs: done - imported,
  })}\n`,
);

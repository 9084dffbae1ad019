/**
 * Child of the memory benchmark, run with `node --expose-gc --import tsx`: deletes `count` invitations through one
 * client, and after every `sampleEvery` deletes collects garbage and records `heapUsed`. Prints one JSON line.
 *
 * Usage: memory-child.ts <baseUrl> <count> <concurrency> <sampleEvery>
 */
import { createAtlasClient } from "../src/clients.ts";
import { runPool } from "./measure.ts";
import { BENCH_GROUP_ID, BENCH_PRIVATE_KEY, BENCH_PUBLIC_KEY, invitationId } from "./sandbox-process.ts";

const [baseUrl = "", countText = "0", concurrencyText = "1", sampleEveryText = "1"] = process.argv.slice(2);
const count = Number(countText);
const concurrency = Number(concurrencyText);
const sampleEvery = Number(sampleEveryText);
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error("run with --expose-gc");

/**
 * The heap after garbage collection. Node's fetch frees part of each request through FinalizationRegistry
 * callbacks, which run after a collection, so: collect, let the callbacks run, collect again.
 */
async function heapAfterGc(): Promise<number> {
  gc?.();
  await new Promise((resolve) => setTimeout(resolve, 20));
  gc?.();
  return process.memoryUsage().heapUsed;
}

const client = createAtlasClient({
  publicKey: BENCH_PUBLIC_KEY,
  privateKey: BENCH_PRIVATE_KEY,
  baseUrl,
  timeoutMs: 10_000,
});
const samples: { deletes: number; heapUsed: number }[] = [{ deletes: 0, heapUsed: await heapAfterGc() }];
let failed = 0;
for (let done = 0; done < count; done += sampleEvery) {
  const batch = Math.min(sampleEvery, count - done);
  const result = await runPool(batch, concurrency, async (index) => {
    const call = { groupId: BENCH_GROUP_ID, invitationId: invitationId(done + index) };
    return (await client.deleteProjectInvitation(call)).status === 204;
  });
  failed += result.failed;
  samples.push({ deletes: done + batch, heapUsed: await heapAfterGc() });
}
process.stdout.write(`${JSON.stringify({ samples, failed })}\n`);

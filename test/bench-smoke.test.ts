/**
 * A short run of the benchmark harness (`npm run bench -- --smoke`): every section runs with tiny counts, and the
 * report must carry every figure. Request counts are checked against the targets; times never are (they belong to
 * the full run on a quiet machine, see bench/RESULTS.md).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { SMOKE } from "../bench/config.ts";
import type { BenchReport, Figure } from "../bench/report.ts";
import { formatTable } from "../bench/report.ts";
import { runBench, SECTIONS } from "../bench/run.ts";

const { deletes, concurrency, nonceUses } = SMOKE.wire;

let report: BenchReport;
const byId = (id: string): Figure => {
  const found = report.figures.find((f) => f.id === id);
  if (found === undefined) throw new Error(`no figure ${id}`);
  return found;
};

beforeAll(async () => {
  report = await runBench(SMOKE);
}, 240_000);

describe("the benchmark harness, smoke run", () => {
  it("measures every section without an error", () => {
    expect(report.figures.filter((f) => f.id.endsWith(".error"))).toEqual([]);
    expect(new Set(report.figures.map((f) => f.section))).toEqual(new Set(SECTIONS));
    expect(Object.keys(report.details).sort()).toEqual([...SECTIONS].sort());
  });

  it("gives a value for every figure the README quotes", () => {
    expect(report.figures.filter((f) => f.value === null).map((f) => f.id)).toEqual([]);
    for (const id of [
      "throughput.sequential.ours.ratioToRaw",
      "throughput.concurrent.ours.ratioToRaw",
      "throughput.sequential.ours.cpuPerDelete",
      "throughput.concurrent.raw.cpuPerDelete",
      "throughput.concurrent.ours.ratioToRawSignal",
      "throughput.inProcess.sequential.ours.ratioToRaw",
      "throughput.inProcess.concurrent.ours.ratioToRaw",
      "throughput.list.ours.ratioToRaw",
      "throughput.noNetwork.ours.cpuPerCall",
      "throughput.noNetwork.raw.cpuPerCall",
      "bulk.wallToIdeal",
      "bulk.cliStartup",
      "startup.firstDelete",
      "startup.nodeBoot",
      "startup.rawFetch",
      "memory.heapGrowth",
      "memory.bytesPerDelete",
    ]) {
      expect(byId(id).value, id).toEqual(expect.any(Number));
    }
  });

  it("keeps our client within one request per delete plus one challenge per concurrent first call", () => {
    expect(byId("wire.ours.sequential.requests").value).toBeLessThanOrEqual(deletes + 1);
    expect(byId("wire.ours.concurrent.requests").value).toBeLessThanOrEqual(deletes + concurrency);
    const expiries = Math.ceil(deletes / nonceUses) - 1;
    expect(byId("wire.ours.expiry.requests").value).toBeLessThanOrEqual(deletes + 1 + expiries);
    for (const scenario of ["sequential", "concurrent", "expiry"]) {
      expect(byId(`wire.ours.${scenario}.requests`).met, scenario).toBe(true);
    }
  });

  it("keeps the service-account client at one token request per token lifetime and one request per delete", () => {
    expect(byId("wire.serviceAccount.concurrent.tokenRequests").value).toBe(1);
    expect(byId("wire.serviceAccount.concurrent.requestsPerDelete").value).toBe(1 + 1 / deletes);
    for (const id of [
      "wire.serviceAccount.concurrent.requestsPerDelete",
      "wire.serviceAccount.sequentialExpiry.tokenRequests",
      "wire.serviceAccount.sequentialExpiry.apiRequests",
    ]) {
      expect(byId(id).met, id).toBe(true);
      expect(byId(id).note, id).toBeUndefined();
    }
  });

  it("counts the challenge-per-call client at two requests per delete, in the same table", () => {
    for (const scenario of ["sequential", "concurrent", "expiry"]) {
      expect(byId(`wire.challengePerCall.${scenario}.requests`).value, scenario).toBe(2 * deletes);
    }
    expect(byId("wire.digestFetch.sequential.requests").value).toBeGreaterThanOrEqual(deletes + 1);
  });

  it("sends one request per delete to the sandbox once the nonce is known", () => {
    for (const mode of ["sequential", "concurrent"]) {
      expect(byId(`throughput.${mode}.ours.requestsPerDelete`).value, mode).toBe(1);
    }
    expect(byId("throughput.failedCalls").value).toBe(0);
    expect(byId("memory.failedDeletes").value).toBe(0);
  });

  it("leaves no invitation undeleted in the rate-limited bulk run, with at most 1% answered 429", () => {
    expect(byId("bulk.undeleted").value).toBe(0);
    expect(byId("bulk.rateLimitedShare").value).toBeLessThanOrEqual(1);
  });

  it("prints ratios first, then every section, and describes the machine", () => {
    const table = formatTable(report);
    const ratios = table.indexOf("### Ratios");
    expect(ratios).toBeGreaterThan(0);
    for (const title of ["Requests on the wire", "Throughput", "Bulk delete", "Start-up", "Memory"]) {
      expect(table.indexOf(title), title).toBeGreaterThan(ratios);
    }
    expect(report.machine.cores).toBeGreaterThan(0);
    expect(report.machine.node).toBe(process.version);
    expect(Date.parse(report.machine.date)).not.toBeNaN();
    expect(JSON.parse(JSON.stringify(report))).toMatchObject({ mode: "smoke", figures: expect.any(Array) });
  });
});

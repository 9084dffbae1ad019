/**
 * `npm run bench`: measures what the client adds on top of the wire, against the alternatives a user would pick,
 * in one run on this machine. Prints a table (ratios first); with `--json`, one JSON document with every figure,
 * every raw measurement and the machine description instead.
 *
 *   npm run bench                      the full run (a few minutes): the figures the README quotes
 *   npm run bench -- --json > out.json the same, as JSON
 *   npm run bench -- --smoke           tiny counts, to check the harness itself (what the test suite runs)
 *   npm run bench -- --only wire,memory
 *
 * All traffic goes to servers this run starts on 127.0.0.1.
 */
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { measureBulk } from "./bulk.ts";
import { type BenchConfig, FULL, SMOKE } from "./config.ts";
import { measureMemory } from "./memory.ts";
import { measurePrune } from "./prune.ts";
import { type BenchReport, describeMachine, type Figure, figure, formatTable, type Section } from "./report.ts";
import { measureStartup } from "./startup.ts";
import { measureThroughput } from "./throughput.ts";
import { measureWire } from "./wire.ts";

export const SECTIONS: readonly Section[] = ["wire", "throughput", "bulk", "startup", "memory", "prune"];

const MEASURE: Record<Section, (config: BenchConfig) => Promise<{ figures: Figure[]; details: unknown }>> = {
  wire: (config) => measureWire(config.wire),
  throughput: (config) => measureThroughput(config.throughput),
  bulk: measureBulk,
  startup: measureStartup,
  memory: measureMemory,
  prune: measurePrune,
};

/**
 * Runs the named sections in order and returns the report. A section that throws is reported as one unmeasured
 * figure carrying the error, and the run goes on.
 */
export async function runBench(
  config: BenchConfig,
  sections: readonly Section[] = SECTIONS,
  log: (line: string) => void = () => {},
): Promise<BenchReport> {
  const machine = describeMachine();
  const start = performance.now();
  const figures: Figure[] = [];
  const details: Partial<Record<Section, unknown>> = {};
  for (const section of sections) {
    const sectionStart = performance.now();
    log(`${section}…`);
    try {
      const result = await MEASURE[section](config);
      figures.push(...result.figures);
      details[section] = result.details;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      figures.push(
        figure({
          id: `${section}.error`,
          section,
          label: `${section}: not measured`,
          value: null,
          unit: "",
          note: message,
        }),
      );
      details[section] = { error: message };
    }
    log(`${section} done in ${((performance.now() - sectionStart) / 1000).toFixed(1)} s`);
  }
  machine.loadAtEnd = describeMachine().loadAtStart;
  return {
    mode: config.mode,
    machine,
    figures,
    details,
    durationS: Math.round((performance.now() - start) / 100) / 10,
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      json: { type: "boolean", default: false },
      smoke: { type: "boolean", default: false },
      only: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(
      "Usage: npm run bench -- [--json] [--smoke] [--only wire,throughput,bulk,startup,memory,prune]\n",
    );
    return;
  }
  const sections = values.only === undefined ? SECTIONS : values.only.split(",").map((name) => name.trim());
  const unknown = sections.filter((name) => !SECTIONS.includes(name as Section));
  if (unknown.length > 0) {
    process.stderr.write(`unknown section ${unknown.join(", ")}: use ${SECTIONS.join(", ")}\n`);
    process.exitCode = 2;
    return;
  }
  const report = await runBench(values.smoke ? SMOKE : FULL, sections as Section[], (line) =>
    process.stderr.write(`bench: ${line}\n`),
  );
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatTable(report)}\n`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}

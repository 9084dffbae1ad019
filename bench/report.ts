/**
 * What a run reports: every figure with its unit and target, the machine it ran on, and the table printed from
 * them (ratios first, then each section's figures).
 */
import { cpus, freemem, loadavg, release, totalmem } from "node:os";

/** The sections of the benchmark, in the order the issue lists them. */
export type Section = "wire" | "throughput" | "bulk" | "startup" | "memory" | "prune";

/** A target a figure must meet. */
export interface Target {
  readonly op: "<=" | ">=";
  readonly value: number;
}

/** One measured figure. `value` is `null` when it could not be measured; `note` then says why. */
export interface Figure {
  /** Stable key, e.g. `wire.ours.sequential.requests`. */
  readonly id: string;
  readonly section: Section;
  readonly label: string;
  readonly value: number | null;
  readonly unit: string;
  /** A ratio (to raw, to an ideal, per delete): printed first. */
  readonly ratio?: boolean;
  readonly target?: Target;
  /** Whether `value` meets `target`; absent without a target or a value. */
  readonly met?: boolean;
  readonly note?: string;
}

/** Builds a figure and decides whether it meets its target. */
export function figure(f: Omit<Figure, "met">): Figure {
  if (f.target === undefined || f.value === null || Number.isNaN(f.value)) {
    return f.value !== null && Number.isNaN(f.value) ? { ...f, value: null } : f;
  }
  const met = f.target.op === "<=" ? f.value <= f.target.value : f.value >= f.target.value;
  return { ...f, met };
}

/** The machine a run happened on. */
export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly node: string;
  readonly os: string;
  readonly date: string;
  /** 1, 5 and 15 minute load averages when the run started and when it ended. */
  readonly loadAtStart: readonly number[];
  loadAtEnd?: readonly number[];
  readonly freeMemoryGiBAtStart: number;
}

export function describeMachine(): Machine {
  const processors = cpus();
  return {
    cpu: processors[0]?.model.trim() ?? "unknown",
    cores: processors.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${process.platform} ${release()} ${process.arch}`,
    date: new Date().toISOString(),
    loadAtStart: loadavg().map((load) => Math.round(load * 100) / 100),
    freeMemoryGiBAtStart: Math.round((freemem() / 2 ** 30) * 10) / 10,
  };
}

/** The whole report: what `--json` prints. */
export interface BenchReport {
  readonly mode: "full" | "smoke";
  readonly machine: Machine;
  readonly figures: readonly Figure[];
  /** Raw measurements per section (every run's time, every server count), for anyone re-deriving a figure. */
  readonly details: Partial<Record<Section, unknown>>;
  /** Total wall time of the run, in seconds. */
  readonly durationS: number;
}

const SECTION_TITLES: Record<Section, string> = {
  wire: "1. Requests on the wire",
  throughput: "2. Throughput and CPU per call",
  bulk: "3. Bulk delete under a rate limit",
  startup: "4. Start-up",
  memory: "5. Memory",
  prune: "6. Prune across many projects",
};

/** Formats a figure's value for the table: thousands separators, sensible decimals, its unit. */
export function formatValue(f: Pick<Figure, "value" | "unit">): string {
  if (f.value === null) return "n/a";
  const digits = Math.abs(f.value) >= 100 ? 0 : Math.abs(f.value) >= 10 ? 1 : 2;
  // Ratios keep their trailing zero (0.60×), so a column of them lines up.
  const number = f.value.toLocaleString("en-US", {
    maximumFractionDigits: digits,
    minimumFractionDigits: f.unit === "×" ? Math.min(digits, 2) : 0,
  });
  return f.unit === "" ? number : f.unit === "×" ? `${number}×` : `${number} ${f.unit}`;
}

function formatTarget(f: Figure): string {
  if (f.target === undefined) return "";
  const op = f.target.op === "<=" ? "≤" : "≥";
  return `${op} ${formatValue({ value: f.target.value, unit: f.unit })}`;
}

function verdict(f: Figure): string {
  if (f.met === undefined) return f.target === undefined ? "" : "not measured";
  return f.met ? "met" : "MISSED";
}

/** The report as a Markdown table: ratios first, then every other figure by section. */
export function formatTable(report: BenchReport): string {
  const m = report.machine;
  const lines = [
    `mms-invites benchmark (${report.mode}), ${m.date}`,
    `${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}, ${m.os}`,
    `load average at start ${m.loadAtStart.join(" / ")}${m.loadAtEnd ? `, at end ${m.loadAtEnd.join(" / ")}` : ""}; ran ${report.durationS} s`,
    "",
  ];
  const row = (f: Figure) =>
    `| ${f.label} | ${formatValue(f)} | ${formatTarget(f)} | ${verdict(f)} | ${f.note ?? ""} |`;
  const header = ["| figure | value | target | verdict | note |", "|---|---:|---|---|---|"];
  const ratios = report.figures.filter((f) => f.ratio === true);
  lines.push("### Ratios", "", ...header, ...ratios.map(row), "");
  for (const section of Object.keys(SECTION_TITLES) as Section[]) {
    const rest = report.figures.filter((f) => f.section === section && f.ratio !== true);
    if (rest.length === 0) continue;
    lines.push(`### ${SECTION_TITLES[section]}`, "", ...header, ...rest.map(row), "");
  }
  const missed = report.figures.filter((f) => f.met === false);
  lines.push(
    missed.length === 0
      ? "Every target with a measured value was met."
      : `Missed: ${missed.map((f) => `${f.label} (${formatValue(f)})`).join("; ")}.`,
  );
  return lines.join("\n");
}

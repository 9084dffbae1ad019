/**
 * The renderings of a verify run: one line per check as it ends, a table on a terminal, one JSON document
 * (`--json`), and JUnit XML (`--junit <file>`), the format CI systems show as test results.
 */
import { SCOPES } from "./context.ts";
import type { CheckResult, VerifyReport } from "./run-verify.ts";

const MARK = { pass: "PASS", fail: "FAIL", skipped: "SKIP" } as const;

/** `project 32b6e34b3d91647abb20e7b8`, or `-` for the clean-up. */
function scopeName(result: CheckResult): string {
  return result.scope === undefined ? "-" : `${SCOPES[result.scope.kind].title} ${result.scope.id}`;
}

/** What went wrong in a check, one line each: the request that showed it, the rule and the message. */
export function findingLines(result: CheckResult): string[] {
  const lines = result.violations.map(
    (violation) => `${violation.request ? `${violation.request}: ` : ""}[${violation.rule}] ${violation.message}`,
  );
  if (result.reason !== undefined && result.outcome !== "pass") lines.push(result.reason);
  return lines;
}

/** One check as a line (and its findings indented below), printed as the run goes when stdout is no terminal. */
export function checkLine(result: CheckResult): string {
  const head = `${MARK[result.outcome]}  ${scopeName(result)}  ${result.name}`;
  return [head, ...findingLines(result).map((line) => `      ${line}`)].join("\n");
}

/** Counts of the outcomes. */
export function summarize(report: VerifyReport): { passed: number; failed: number; skipped: number } {
  const count = (outcome: CheckResult["outcome"]) => report.checks.filter((check) => check.outcome === outcome).length;
  return { passed: count("pass"), failed: count("fail"), skipped: count("skipped") };
}

/** The last line: what was checked and the verdict. */
export function verdictLine(report: VerifyReport): string {
  const { passed, failed, skipped } = summarize(report);
  const verdict = report.interrupted ? "interrupted" : report.conformant ? "conformant" : "violations found";
  const left = report.cleanup.left.length > 0 ? `; left behind: ${report.cleanup.left.join(", ")}` : "";
  return `${report.target} at ${report.baseUrl} (spec ${report.spec.version}): ${verdict}: ${passed} passed, ${failed} failed, ${skipped} skipped; ${report.cleanup.created} invitation(s) created${left}`;
}

/** The whole run as a table (result, scope, check, requests), then the findings of each failed check. */
export function table(report: VerifyReport): string {
  const rows = report.checks.map((check) => [
    MARK[check.outcome],
    scopeName(check),
    check.name,
    String(check.requests.length),
  ]);
  const header = ["RESULT", "SCOPE", "CHECK", "REQUESTS"];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const format = (row: readonly string[]) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join("  ")
      .trimEnd();
  const lines = [format(header), format(widths.map((width) => "-".repeat(width))), ...rows.map(format)];
  const failed = report.checks.filter((check) => check.outcome === "fail");
  if (failed.length > 0) {
    lines.push("", "Findings:");
    for (const check of failed) {
      lines.push(`  ${scopeName(check)}  ${check.name}`, ...findingLines(check).map((line) => `    ${line}`));
    }
  }
  lines.push("", verdictLine(report));
  return `${lines.join("\n")}\n`;
}

/** The `--json` document: the report with a summary. */
export function jsonDocument(report: VerifyReport): string {
  return `${JSON.stringify({ ...report, summary: summarize(report) }, null, 2)}\n`;
}

/** Escapes text for XML character data and attribute values (both quotes included), dropping what XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/**
 * The run as JUnit XML: one `<testsuite>` per scope (and one for the clean-up), one `<testcase>` per check, a
 * `<failure>` naming each finding, `<skipped>` for a check that could not run.
 */
export function junitXml(report: VerifyReport): string {
  const suites = new Map<string, CheckResult[]>();
  for (const check of report.checks) {
    const name = `mms-invites verify ${report.target} ${scopeName(check) === "-" ? "cleanup" : scopeName(check)}`;
    suites.set(name, [...(suites.get(name) ?? []), check]);
  }
  const { failed, skipped } = summarize(report);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${escapeXml(`mms-invites verify ${report.target} ${report.baseUrl}`)}" tests="${report.checks.length}" failures="${failed}" skipped="${skipped}" errors="0">`,
  ];
  for (const [name, checks] of suites) {
    const suiteFailures = checks.filter((check) => check.outcome === "fail").length;
    const suiteSkipped = checks.filter((check) => check.outcome === "skipped").length;
    out.push(
      `  <testsuite name="${escapeXml(name)}" tests="${checks.length}" failures="${suiteFailures}" skipped="${suiteSkipped}" errors="0">`,
    );
    for (const check of checks) {
      const open = `    <testcase name="${escapeXml(check.name)}" classname="${escapeXml(name)}"`;
      if (check.outcome === "pass") {
        out.push(`${open}/>`);
        continue;
      }
      out.push(`${open}>`);
      const findings = findingLines(check);
      if (check.outcome === "skipped") {
        out.push(`      <skipped message="${escapeXml(check.reason ?? "")}"/>`);
      } else {
        out.push(
          `      <failure message="${escapeXml(findings[0] ?? "failed")}" type="violation">${escapeXml(findings.join("\n"))}</failure>`,
        );
      }
      if (check.requests.length > 0) out.push(`      <system-out>${escapeXml(check.requests.join("\n"))}</system-out>`);
      out.push("    </testcase>");
    }
    out.push("  </testsuite>");
  }
  out.push("</testsuites>");
  return `${out.join("\n")}\n`;
}

import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { checkLine, escapeXml, jsonDocument, junitXml, table } from "./report.ts";
import type { VerifyReport } from "./run-verify.ts";

const SCOPE = { kind: "project", id: "32b6e34b3d91647abb20e7b8" } as const;
const HOSTILE = `a <b> & "c" 'd' \u0001\u001b[31m end`;

const REPORT: VerifyReport = {
  target: "atlas",
  baseUrl: "http://127.0.0.1:8080",
  spec: { file: "/x/atlas/openapi.dereferenced.json", version: "2.1.0" },
  scopes: [SCOPE],
  checks: [
    {
      scope: SCOPE,
      name: "lifecycle: get the invitation",
      outcome: "pass",
      requests: ["GET /a → 200"],
      violations: [],
    },
    {
      scope: SCOPE,
      name: "lifecycle: delete the invitation (204)",
      outcome: "fail",
      requests: ["DELETE /a/b → 204"],
      violations: [{ request: "DELETE /a/b → 204", rule: "no-body", message: HOSTILE }],
    },
    {
      scope: SCOPE,
      name: "pretty=true: list",
      outcome: "skipped",
      reason: "interrupted",
      requests: [],
      violations: [],
    },
    { name: "cleanup: every invitation this run created is deleted", outcome: "pass", requests: [], violations: [] },
  ],
  cleanup: { created: 1, left: [] },
  interrupted: false,
  conformant: false,
};

describe("the verify report", () => {
  it("writes one line per check and its findings below it, each named with its request", () => {
    expect(checkLine(REPORT.checks[1] as VerifyReport["checks"][number])).toBe(
      `FAIL  project 32b6e34b3d91647abb20e7b8  lifecycle: delete the invitation (204)\n      DELETE /a/b → 204: [no-body] ${HOSTILE}`,
    );
  });

  it("aligns the table's columns and ends with the verdict", () => {
    const lines = table(REPORT).split("\n");
    expect(lines[0]).toMatch(/^RESULT {2}SCOPE {2,}CHECK {2,}REQUESTS$/);
    const column = lines[0]?.indexOf("CHECK");
    expect(lines.slice(2, 6).map((line) => line.slice(column).split("  ")[0])).toEqual(
      REPORT.checks.map((check) => check.name),
    );
    expect(lines).toContain("Findings:");
    expect(lines.at(-2)).toBe(
      "atlas at http://127.0.0.1:8080 (spec 2.1.0): violations found: 2 passed, 1 failed, 1 skipped; 1 invitation(s) created",
    );
  });

  it("adds a summary to the JSON document", () => {
    expect(JSON.parse(jsonDocument(REPORT))).toMatchObject({
      conformant: false,
      summary: { passed: 2, failed: 1, skipped: 1 },
    });
  });

  it("writes JUnit XML that parses back to the same names and messages, hostile text included", () => {
    const xml = junitXml(REPORT);
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(xml);
    expect(parsed.testsuites).toMatchObject({ tests: "4", failures: "1", skipped: "1" });
    const [scopeSuite, cleanupSuite] = parsed.testsuites.testsuite;
    expect(scopeSuite.name).toBe("mms-invites verify atlas project 32b6e34b3d91647abb20e7b8");
    expect(cleanupSuite.testcase.name).toBe("cleanup: every invitation this run created is deleted");
    const failedCase = scopeSuite.testcase[1];
    const expected = `DELETE /a/b → 204: [no-body] a <b> & "c" 'd' \uFFFD\uFFFD[31m end`;
    expect(failedCase.failure.message).toBe(expected);
    expect(failedCase.failure["#text"]).toBe(expected);
    expect(scopeSuite.testcase[2].skipped.message).toBe("interrupted");
  });

  it("escapes the five XML specials and replaces characters XML 1.0 cannot hold", () => {
    expect(escapeXml(`<&>"'\u0000\uFFFE\u{1F600}`)).toBe("&lt;&amp;&gt;&quot;&apos;\uFFFD\uFFFD\u{1F600}");
  });
});

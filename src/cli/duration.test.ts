import { describe, expect, it } from "vitest";
import { isValidationError } from "../errors.ts";
import { durationOption } from "./duration.ts";

describe("durationOption", () => {
  it("reads minutes, hours, days and weeks", () => {
    expect(durationOption("--older-than", "30m")).toBe(30 * 60_000);
    expect(durationOption("--older-than", "12h")).toBe(12 * 3_600_000);
    expect(durationOption("--older-than", "14d")).toBe(14 * 86_400_000);
    expect(durationOption("--older-than", " 2W ")).toBe(14 * 86_400_000);
    expect(durationOption("--older-than", undefined)).toBeUndefined();
  });

  it.each(["", "14", "d", "1.5d", "-1d", "0m", "14 days", "3651d", "1y", "14d3h"])(
    "refuses %j naming the flag and the rule",
    (value) => {
      let caught: unknown;
      try {
        durationOption("--expiring-within", value);
      } catch (error) {
        caught = error;
      }
      expect(isValidationError(caught)).toBe(true);
      expect((caught as Error).message).toMatch(/^--expiring-within must be a whole number of minutes/);
      expect((caught as { parameter: string }).parameter).toBe("--expiring-within");
    },
  );
});

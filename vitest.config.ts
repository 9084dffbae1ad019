import { defineConfig } from "vitest/config";

// Three tiers, each a directory: unit tests beside the code (no child process, no peer; an in-process node:http
// server on port 0 is fine), integration tests that start real servers, peers and tools, and the contract suite
// against a Prism mock of the spec.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["src/**/*.test.ts"],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: "integration",
          include: ["test/**/*.test.ts", "scripts/**/*.test.ts"],
          testTimeout: 20_000,
          typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
        },
      },
      {
        test: {
          name: "contract",
          include: ["contract-tests/**/*.test.ts"],
          globalSetup: ["contract-tests/global-setup.ts"],
          testTimeout: 20_000,
          typecheck: { enabled: true, include: ["contract-tests/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
        },
      },
    ],
  },
});

/**
 * Global setup of the contract suite (`npm run test:contract`, also part of `npm test`): starts a Prism mock of the
 * spec on a free loopback port, hands its URL to the tests, and stops it afterwards, also when tests fail or the
 * run is interrupted (SIGINT, SIGTERM).
 *
 * Environment:
 *   MMS_CONTRACT_BASE_URL  Run the suite against this server instead of starting Prism, e.g.
 *                          `MMS_CONTRACT_BASE_URL=http://127.0.0.1:4010 npm run test:contract`. The server must
 *                          serve both targets' paths under that one URL, accept the test-only Authorization header
 *                          of `support/prism-auth.ts`, and pick its answer from `Prefer: code=…` / `example=…` as
 *                          Prism does (`example` names one of the spec's named examples of that status, e.g.
 *                          `enveloped`, `deleted`, `invalidInvitationId`). Checks that need
 *                          Prism itself (its `sl-violations` header, its request log) are skipped.
 *   MMS_CONTRACT_SPEC      The OpenAPI document Prism mocks and the tests derive their cases from;
 *                          `spec/openapi.yaml` by default. The mutation run (`npm run test:contract:mutations`)
 *                          uses it to mock a broken copy.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { type Prism, startPrism } from "../scripts/prism.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** Base URL of the server under test, without a trailing slash. */
    contractBaseUrl: string;
    /** Prism's request log, or `""` when the suite runs against another server. */
    contractPrismLog: string;
    /** The OpenAPI document the server under test answers from, as an absolute path. */
    contractSpec: string;
  }
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SIGNALS = ["SIGINT", "SIGTERM"] as const;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const spec = resolve(ROOT, process.env.MMS_CONTRACT_SPEC ?? "spec/openapi.yaml");
  project.provide("contractSpec", spec);
  const external = process.env.MMS_CONTRACT_BASE_URL;
  if (external) {
    project.provide("contractBaseUrl", external.replace(/\/+$/, ""));
    project.provide("contractPrismLog", "");
    return async () => {};
  }

  const logDir = mkdtempSync(join(tmpdir(), "mms-contract-"));
  const logFile = join(logDir, "prism.log");
  let prism: Prism;
  try {
    prism = await startPrism({ spec, logFile });
  } catch (error) {
    rmSync(logDir, { recursive: true, force: true });
    throw error;
  }

  // An interrupted run may never reach the teardown: stop Prism on the signal, then let the signal do what it
  // would have done had we not listened.
  const onSignal = (signal: NodeJS.Signals): void => {
    prism.kill();
    rmSync(logDir, { recursive: true, force: true });
    for (const s of SIGNALS) process.removeListener(s, onSignal);
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  for (const s of SIGNALS) process.once(s, onSignal);

  project.provide("contractBaseUrl", prism.url);
  project.provide("contractPrismLog", logFile);

  return async () => {
    for (const s of SIGNALS) process.removeListener(s, onSignal);
    await prism.close();
    rmSync(logDir, { recursive: true, force: true });
  };
}

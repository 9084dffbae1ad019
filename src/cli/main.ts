#!/usr/bin/env node
/**
 * The `mms-invites` command: `list`, `describe`, `invite`, `update`, `delete` and `prune` pending invitations on
 * Atlas or Ops Manager, or run the `sandbox`.
 *
 * Exit codes: 0 done, 1 something not done, 2 usage or validation error (nothing sent), 130 interrupted.
 */
import { processIo } from "./io.ts";
import { run } from "./run.ts";

const io = processIo();
const code = await run(process.argv.slice(2), io);
await io.output.flush();
process.exit(code);

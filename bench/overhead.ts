/**
 * The client's own CPU cost per call, with the network taken out: the client sends through a no-op transport that
 * answers the first request with a Digest challenge and every signed one with a 204, in this process. What is left
 * is everything the client does around the round trip (validation, openapi-fetch, Request objects and their
 * signals, the Digest header, reading the answer), which is what a change to the client can make cheaper. The
 * baseline is what the raw client does before Node's fetch takes over: build one `Request`.
 */
import type { AtlasClient, AtlasClientOptions } from "../src/clients.ts";
import { GROUP_ID } from "../test/support/samples.ts";
import { median } from "./measure.ts";

const CHALLENGE =
  'Digest realm="MMS Public API", domain="", nonce="0123456789abcdef0123456789abcdef", algorithm=MD5, qop="auth", stale=false';
const ORIGIN = "http://127.0.0.1:9";

/** Answers as the server would, from what the client passes to its `fetch` (url, init). */
async function noOpTransport(input: string | Request, init?: RequestInit): Promise<Response> {
  // A copy of the client from before fetch(url, init) hands over a Request instead (bench/compare.ts).
  const headers = typeof input === "string" ? (init?.headers as Record<string, string>) : input.headers;
  return answer(headers instanceof Headers ? headers.has("authorization") : headers.authorization !== undefined);
}

function answer(authorized: boolean): Response {
  return authorized
    ? new Response(null, { status: 204 })
    : new Response("{}", { status: 401, headers: { "www-authenticate": CHALLENGE } });
}

function id(index: number): string {
  return index.toString(16).padStart(24, "0");
}

/** Median CPU µs per call of the client and of the raw baseline, alternating rounds in this process. */
export async function measureNoNetwork(
  create: (options: AtlasClientOptions) => Pick<AtlasClient, "deleteProjectInvitation">,
  options: { readonly calls: number; readonly rounds: number },
): Promise<{ client: number; baseline: number; calls: number; rounds: number }> {
  const client = create({
    publicKey: "abcdefgh",
    privateKey: "no-op-transport",
    baseUrl: ORIGIN,
    fetch: noOpTransport,
  });
  const variants = {
    client: (index: number) => client.deleteProjectInvitation({ groupId: GROUP_ID, invitationId: id(index) }),
    baseline: async (index: number) => {
      const request = new Request(`${ORIGIN}/api/atlas/v1.0/groups/${GROUP_ID}/invites/${id(index)}`, {
        method: "DELETE",
        headers: { authorization: "Digest ready-made" },
      });
      return answer(request.headers.has("authorization"));
    },
  };
  const cpu: Record<keyof typeof variants, number[]> = { client: [], baseline: [] };
  const names = Object.keys(variants) as (keyof typeof variants)[];
  for (const name of names) for (let i = 0; i < options.calls; i++) await variants[name](i);
  for (let round = 0; round < options.rounds; round++) {
    for (const name of round % 2 === 0 ? names : [...names].reverse()) {
      const before = process.cpuUsage();
      for (let i = 0; i < options.calls; i++) {
        await variants[name](i);
        // A turn of the event loop now and then, as a real program has, so finalizers keep up.
        if (i % 500 === 499) await new Promise((resolve) => setImmediate(resolve));
      }
      const used = process.cpuUsage(before);
      cpu[name].push((used.user + used.system) / options.calls);
      // Let Node's finalizers for the Requests and signals of this round run before the next one is timed.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  return { client: median(cpu.client), baseline: median(cpu.baseline), ...options };
}

import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExchangeRecorder } from "./exchange-recorder.ts";

const server = createServer((req, res) => {
  res.writeHead(req.headers.authorization ? 200 : 401, {
    "content-type": "application/json",
    "x-seen": req.method ?? "",
  });
  res.end(JSON.stringify({ path: req.url }));
});
let base = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe("ExchangeRecorder", () => {
  it("keeps each answer's status, headers and body text while the caller still reads the body", async () => {
    const recorder = new ExchangeRecorder();
    const response = await recorder.fetch(`${base}/a?envelope=true`, { headers: { authorization: "Digest x" } });
    expect(await response.json()).toEqual({ path: "/a?envelope=true" });
    await (await recorder.fetch(`${base}/b`, { method: "DELETE" })).text();
    const taken = recorder.take();
    expect(taken).toEqual([
      expect.objectContaining({ method: "GET", url: `${base}/a?envelope=true`, authenticated: true, status: 200 }),
      expect.objectContaining({ method: "DELETE", authenticated: false, status: 401, bodyText: '{"path":"/b"}' }),
    ]);
    expect(taken[0]?.headers).toMatchObject({ "content-type": "application/json", "x-seen": "GET" });
    expect(recorder.take()).toEqual([]);
  });
});

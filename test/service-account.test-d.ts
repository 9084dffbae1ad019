import { describe, expectTypeOf, it } from "vitest";
import { type AtlasClient, createAtlasClient, createOpsManagerClient, type OpsManagerClient } from "../src/index.ts";

describe("service-account options at the type level", () => {
  it("takes clientId, clientSecret and tokenUrl on Atlas only", () => {
    expectTypeOf(createAtlasClient).parameter(0).toHaveProperty("clientId").toEqualTypeOf<string | undefined>();
    expectTypeOf(createAtlasClient).parameter(0).toHaveProperty("tokenUrl").toEqualTypeOf<string | undefined>();
    expectTypeOf(createOpsManagerClient).parameter(0).not.toHaveProperty("clientId");
    // @ts-expect-error Ops Manager takes API keys only
    void createOpsManagerClient({ baseUrl: "https://om.example.com", clientId: "id", clientSecret: "s" });
  });

  it("gives both clients close()", () => {
    expectTypeOf<AtlasClient["close"]>().toEqualTypeOf<() => Promise<void>>();
    expectTypeOf<OpsManagerClient["close"]>().toEqualTypeOf<() => Promise<void>>();
  });
});

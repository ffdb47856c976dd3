// Every parameter of every gateway route, and every field of an event, fed
// generated odd strings, bytes and numbers against the real stack, with and
// without a collector token: no answer may be a 5xx. The seed is printed;
// ODD_INPUT_SEED=<seed> replays a run.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  assertNoServerErrors,
  oddInputSeed,
  oddJsonValue,
  type RouteShape,
  routeInventory,
} from "@cordon/testkit";
import fc from "fast-check";
import { GatewayUnderTest, validBatch } from "./testing/gateway-under-test.ts";

describe("no gateway route answers odd input with a 5xx", { timeout: 300_000 }, () => {
  let gateway: GatewayUnderTest;
  let collectorToken: string;

  before(async () => {
    console.log(`odd-input seed ${oddInputSeed} (ODD_INPUT_SEED=${oddInputSeed} replays it)`);
    gateway = await GatewayUnderTest.start("odd-input");
    collectorToken = await gateway.issueToken(await gateway.enrolCollector({ orgId: "acme" }));
  });

  after(async () => {
    await gateway?.close();
  });

  it("every route, every parameter, mostly with a collector token", async () => {
    const shapes = new Map<string, RouteShape>([
      [
        "POST /v1/auth/token",
        { query: [], body: ["grant_type", "client_id", "client_secret", "clientId", "clientSecret"] },
      ],
      ["POST /v1/batches", { query: [], body: Object.keys(validBatch()) }],
    ]);
    const routes = routeInventory(gateway.app);
    assert.ok(routes.length >= 5, "the gateway's routes were found");
    await assertNoServerErrors(routes, shapes, (request, authenticated) =>
      gateway.app.inject({
        ...request,
        headers: {
          ...(request.headers ?? {}),
          ...(authenticated ? { authorization: `Bearer ${collectorToken}` } : {}),
        },
      }),
    );
  });

  it("a valid batch with one event field replaced by an odd value", async () => {
    const fields = Object.keys(validBatch().events[0] as Record<string, unknown>);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...fields), oddJsonValue, async (field, value) => {
        const batch = validBatch();
        (batch.events[0] as Record<string, unknown>)[field] = value;
        const response = await gateway.app.inject({
          method: "POST",
          url: "/v1/batches",
          headers: { "content-type": "application/json", authorization: `Bearer ${collectorToken}` },
          payload: JSON.stringify(batch),
        });
        assert.ok(
          response.statusCode < 500,
          `${field}: ${response.statusCode} ${response.body.slice(0, 300)}`,
        );
      }),
      { seed: oddInputSeed, numRuns: 60, endOnFailure: true },
    );
  });
});

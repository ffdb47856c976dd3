// Every parameter of every control-API route, fed generated odd strings, bytes
// and numbers against the real stack, with and without a token: no answer may
// be a 5xx. The seed is printed; ODD_INPUT_SEED=<seed> replays a run.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  assertNoServerErrors,
  type OpenApiDocument,
  oddInputSeed,
  routeInventory,
  shapesFromOpenApi,
} from "@cordon/testkit";
import { type ControlApiHarness, startControlApi } from "./testing/control-api-harness.ts";

describe("no control-API route answers odd input with a 5xx", { timeout: 300_000 }, () => {
  let harness: ControlApiHarness;

  before(async () => {
    console.log(`odd-input seed ${oddInputSeed} (ODD_INPUT_SEED=${oddInputSeed} replays it)`);
    harness = await startControlApi("odd-input", { auditLog: true });
  });

  after(async () => {
    await harness?.close();
  });

  it("every route, every parameter, mostly with an operator's token", async () => {
    const openApi = await harness.app.inject({ method: "GET", url: "/v1/openapi.json" });
    assert.equal(openApi.statusCode, 200);
    const routes = routeInventory(harness.app);
    assert.ok(routes.length >= 10, "the control API's routes were found");
    const claims = { sub: "odd-input-operator", org: "acme", roles: ["admin", "security", "steward"] };
    const requests = await assertNoServerErrors(
      routes,
      shapesFromOpenApi(openApi.json() as OpenApiDocument),
      (request, authenticated) => harness.call(authenticated ? claims : undefined, request),
    );
    assert.ok(requests > routes.length);
  });
});

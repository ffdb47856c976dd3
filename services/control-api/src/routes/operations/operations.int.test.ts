import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, describe, it } from "node:test";
import { createPool } from "@cordon/db";
import { createSubjectPseudonymizer } from "@cordon/lake";
import { createLogger, createMetricsRegistry } from "@cordon/observability";
import { isolatedDatabase, stackCollectorSecretPepper } from "@cordon/testkit";
import type { RouteOptions } from "fastify";
import { buildControlApi, type ControlApiDeps } from "../../app.ts";
import { discardingAuditSink } from "../../audit.ts";
import { humanTokenKeysFromFile } from "../../human-token-keys.ts";
import { stackAuditVerification } from "../../testing/control-api-harness.ts";
import { createTestIssuer, testAudience, testIssuerName } from "../../testing/test-issuer.ts";

describe("operations endpoints and the OpenAPI document", () => {
  const issuer = createTestIssuer();
  let db: Awaited<ReturnType<typeof isolatedDatabase>>;
  let deps: ControlApiDeps;

  before(async () => {
    db = await isolatedDatabase("control_operations");
    const registry = createMetricsRegistry("test");
    const verification = stackAuditVerification("control_operations", registry);
    deps = {
      logger: createLogger({ service: "test", level: "silent" }),
      pool: createPool(db.urls.control, { max: 2 }),
      humanTokens: {
        issuer: testIssuerName,
        audience: testAudience,
        keys: humanTokenKeysFromFile(issuer.jwksFile),
        clockToleranceSeconds: 5,
      },
      audit: discardingAuditSink,
      auditVerification: verification,
      collectorSecretPepper: stackCollectorSecretPepper(),
      exportFiles: { keys: verification.keys, store: verification.store },
      registry,
      pseudonymize: createSubjectPseudonymizer(randomBytes(32)),
    };
  });
  after(async () => {
    await deps.pool.end();
    await db.drop();
    issuer.remove();
  });

  it("answers /healthz, /readyz and /metrics without a token", async () => {
    const app = buildControlApi(deps);
    assert.deepEqual((await app.inject({ method: "GET", url: "/healthz" })).json(), { status: "ok" });
    assert.deepEqual((await app.inject({ method: "GET", url: "/readyz" })).json(), { status: "ready" });
    const metrics = await app.inject({ method: "GET", url: "/metrics" });
    assert.equal(metrics.statusCode, 200);
    assert.match(
      metrics.body,
      /cordon_control_api_requests_total\{method="GET",route="\/readyz",status="200"/,
    );
    await app.close();
  });

  it("is not ready while Postgres cannot be reached", async () => {
    const unreachable = createPool("postgres://cordon_control:x@127.0.0.1:1/cordon", { max: 1 });
    const app = buildControlApi({ ...deps, pool: unreachable, registry: createMetricsRegistry("test") });
    try {
      const response = await app.inject({ method: "GET", url: "/readyz" });
      assert.equal(response.statusCode, 503);
      assert.equal(response.json().error.code, "dependency_unavailable");
      assert.equal(response.headers["retry-after"], "5");
    } finally {
      await app.close();
      await unreachable.end();
    }
  });

  it("lists every route with its schemas in the OpenAPI document", async () => {
    const app = buildControlApi({ ...deps, registry: createMetricsRegistry("test") });
    const routes: RouteOptions[] = [];
    app.addHook("onRoute", (route) => {
      routes.push(route);
    });
    const response = await app.inject({ method: "GET", url: "/v1/openapi.json" });
    assert.equal(response.statusCode, 200);
    const document = response.json() as {
      openapi: string;
      paths: Record<string, Record<string, { requestBody?: unknown; security?: unknown[] }>>;
    };
    assert.match(document.openapi, /^3\./);

    const declared = routes
      .flatMap((route) =>
        (Array.isArray(route.method) ? route.method : [route.method]).map((m) => [m, route.url]),
      )
      .filter(([method]) => method !== "HEAD")
      .map(([method, url]) => `${method} ${String(url).replace(/:(\w+)/g, "{$1}")}`)
      .sort();
    const documented = Object.entries(document.paths)
      .flatMap(([path, operations]) =>
        Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
      )
      .sort();
    assert.ok(declared.length >= 12, declared.join(", "));
    assert.deepEqual(documented, declared);

    const enrol = document.paths["/v1/collectors"]?.post as {
      requestBody: { content: { "application/json": { schema: { required: string[] } } } };
      security: unknown[];
    };
    assert.deepEqual(enrol.requestBody.content["application/json"].schema.required, ["subjectId"]);
    assert.deepEqual(enrol.security, [{ humanToken: [] }]);
    await app.close();
  });
});

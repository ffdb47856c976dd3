import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { type ControlApiHarness, startControlApi } from "../testing/control-api-harness.ts";

const oidc = {
  issuer: "https://issuer.test/cordon",
  discoveryUrl: "http://127.0.0.1:8483/.well-known/openid-configuration",
  clientId: "cordon-console",
};

describe("the web console's files, served by the control API", () => {
  let api: ControlApiHarness;
  let unbuilt: ControlApiHarness;
  const distDir = mkdtempSync(path.join(tmpdir(), "cordon-console-dist-"));
  before(async () => {
    mkdirSync(path.join(distDir, "assets"));
    writeFileSync(
      path.join(distDir, "index.html"),
      '<!doctype html><script type="module" src="/console/assets/app.js"></script>',
    );
    writeFileSync(path.join(distDir, "assets", "app.js"), "export {};");
    api = await startControlApi("control_console", {
      app: { console: { distDir, oidc }, ingestionMetrics: { gatewayUrl: "http://127.0.0.1:1/metrics" } },
    });
    unbuilt = await startControlApi("control_console_unbuilt", {
      app: { console: { distDir: path.join(distDir, "missing"), oidc } },
    });
  });
  after(async () => {
    await api?.close();
    await unbuilt?.close();
    rmSync(distDir, { recursive: true, force: true });
  });

  it("serves the page without a token, under a policy that allows scripts and calls only to this origin and the issuer", async () => {
    const page = await api.app.inject({ method: "GET", url: "/console/" });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /assets\/app\.js/);
    const policy = String(page.headers["content-security-policy"]);
    assert.match(policy, /script-src 'self'/);
    assert.match(policy, /connect-src 'self' http:\/\/127\.0\.0\.1:8483/);
    assert.match(policy, /frame-ancestors 'none'/);
    const script = await api.app.inject({ method: "GET", url: "/console/assets/app.js" });
    assert.equal(script.statusCode, 200);
    assert.match(String(script.headers["cache-control"]), /immutable/);
  });

  it("tells the console where to sign in: the issuer the API itself believes", async () => {
    const config = await api.app.inject({ method: "GET", url: "/console/config.json" });
    assert.equal(config.statusCode, 200);
    assert.deepEqual(config.json(), oidc);
  });

  it("still refuses the API without a token beside the public console files", async () => {
    const refused = await api.app.inject({ method: "GET", url: "/v1/exports" });
    assert.equal(refused.statusCode, 401);
    const outside = await api.app.inject({ method: "GET", url: "/console/../v1/exports" });
    assert.notEqual(outside.statusCode, 200);
  });

  it("answers not_found, never a 500, when the console was not built", async () => {
    const page = await unbuilt.app.inject({ method: "GET", url: "/console/" });
    assert.equal(page.statusCode, 404);
    assert.equal(page.json().error.code, "not_found");
  });

  it("gives the ingestion chart's counters to admin and security only, as gaps when a service cannot be read", async () => {
    const admin = await api.call(
      { sub: "ada", org: "org-a", roles: ["admin"] },
      { method: "GET", url: "/v1/ingestion/metrics" },
    );
    assert.equal(admin.statusCode, 200, admin.body);
    assert.equal(admin.json().eventsAcceptedTotal, null);
    assert.equal(admin.json().consumerLagRecords, null);
    const engineer = await api.call(
      { sub: "eng", org: "org-a", roles: ["ml_engineer"] },
      { method: "GET", url: "/v1/ingestion/metrics" },
    );
    assert.equal(engineer.statusCode, 403);
  });
});

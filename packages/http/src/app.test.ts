import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createLogger } from "@cordon/observability";
import { createHttpApp } from "./app.ts";
import { errorStatus, HttpError } from "./errors.ts";

function testApp() {
  const app = createHttpApp({
    logger: createLogger({ service: "test", level: "silent" }),
    bodyLimitBytes: 1024,
  });
  app.post("/echo", async (request) => ({ got: request.body }));
  app.get("/paused", async () => {
    throw new HttpError("ingest_paused", "ingestion is paused", { retryAfterSeconds: 30 });
  });
  app.get("/bug", async () => {
    throw new TypeError("undefined is not a function");
  });
  return app;
}

describe("createHttpApp error model", () => {
  it("answers malformed JSON with 400 malformed_json and keeps serving", async () => {
    const app = testApp();
    const bad = await app.inject({
      method: "POST",
      url: "/echo",
      headers: { "content-type": "application/json" },
      payload: "{not json",
    });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().error.code, "malformed_json");
    assert.equal(bad.json().error.requestId, bad.headers["x-request-id"]);
    const good = await app.inject({ method: "POST", url: "/echo", payload: { a: 1 } });
    assert.equal(good.statusCode, 200);
  });

  it("refuses __proto__ and constructor keys with 400 forbidden_json_key", async () => {
    const app = testApp();
    for (const payload of ['{"__proto__":{"admin":true}}', '{"a":{"constructor":{"prototype":{"x":1}}}}']) {
      const response = await app.inject({
        method: "POST",
        url: "/echo",
        headers: { "content-type": "application/json" },
        payload,
      });
      assert.equal(response.statusCode, 400, payload);
      assert.equal(response.json().error.code, "forbidden_json_key", payload);
    }
    assert.equal(({} as Record<string, unknown>).admin, undefined);
  });

  it("answers a body over the limit with 413 request_too_large", async () => {
    const response = await testApp().inject({
      method: "POST",
      url: "/echo",
      payload: { blob: "x".repeat(2048) },
    });
    assert.equal(response.statusCode, 413);
    assert.equal(response.json().error.code, "request_too_large");
  });

  it("answers an unsupported content type with 415", async () => {
    const response = await testApp().inject({
      method: "POST",
      url: "/echo",
      headers: { "content-type": "application/xml" },
      payload: "<a/>",
    });
    assert.equal(response.statusCode, 415);
    assert.equal(response.json().error.code, "unsupported_media_type");
  });

  it("sets Retry-After from the error", async () => {
    const response = await testApp().inject({ method: "GET", url: "/paused" });
    assert.equal(response.statusCode, 503);
    assert.equal(response.headers["retry-after"], "30");
    assert.equal(response.json().error.code, "ingest_paused");
  });

  it("hides the cause of an unexpected failure behind 500 internal", async () => {
    const response = await testApp().inject({ method: "GET", url: "/bug" });
    assert.equal(response.statusCode, 500);
    assert.deepEqual(Object.keys(response.json().error).sort(), ["code", "message", "requestId"]);
    assert.equal(response.json().error.code, "internal");
    assert.ok(!response.body.includes("undefined is not a function"));
  });

  it("answers an unknown route with 404 not_found in the same shape", async () => {
    const response = await testApp().inject({ method: "GET", url: "/nope" });
    assert.equal(response.statusCode, 404);
    assert.equal(response.json().error.code, "not_found");
  });

  it("maps every code to a 4xx or 5xx status", () => {
    for (const [code, status] of Object.entries(errorStatus)) {
      assert.ok(status >= 400 && status < 600, code);
    }
  });
});

describe("createHttpApp refuses text that cannot be stored", () => {
  function textApp() {
    const app = createHttpApp({ logger: createLogger({ service: "test", level: "silent" }) });
    app.get("/items/:id", async (request) => ({ params: request.params, query: request.query }));
    app.post("/items", async (request) => ({ got: request.body }));
    app.post("/opaque", { config: { bodyTextUnchecked: true } }, async () => ({ ok: true }));
    return app;
  }

  it("answers a NUL in a query parameter with 400 unstorable_text naming the parameter", async () => {
    const response = await textApp().inject({ method: "GET", url: "/items/a?resourceId=x%00y" });
    assert.equal(response.statusCode, 400);
    assert.equal(response.json().error.code, "unstorable_text");
    assert.match(response.json().error.message, /query\.resourceId/);
  });

  it("answers a control character in a query parameter with 400 unstorable_text (filters are recorded in the access log)", async () => {
    const response = await textApp().inject({ method: "GET", url: "/items/a?actorId=%03" });
    assert.equal(response.statusCode, 400);
    assert.equal(response.json().error.code, "unstorable_text");
  });

  it("answers a NUL in a path parameter and a lone surrogate in a JSON body with 400", async () => {
    const app = textApp();
    const path = await app.inject({ method: "GET", url: "/items/a%00b" });
    assert.equal(path.statusCode, 400);
    assert.equal(path.json().error.code, "unstorable_text");
    const body = await app.inject({
      method: "POST",
      url: "/items",
      headers: { "content-type": "application/json" },
      payload: '{"name":"\\ud800"}',
    });
    assert.equal(body.statusCode, 400);
    assert.equal(body.json().error.code, "unstorable_text");
  });

  it("leaves the body of a route that opts out to that route", async () => {
    const response = await textApp().inject({
      method: "POST",
      url: "/opaque",
      headers: { "content-type": "application/json" },
      payload: '{"text":"a\\u0000b"}',
    });
    assert.equal(response.statusCode, 200);
  });

  it("answers a text/plain body with 415 unsupported_media_type, not 400", async () => {
    const response = await textApp().inject({
      method: "POST",
      url: "/items",
      headers: { "content-type": "text/plain" },
      payload: '{"name":"x"}',
    });
    assert.equal(response.statusCode, 415);
    assert.equal(response.json().error.code, "unsupported_media_type");
  });
});

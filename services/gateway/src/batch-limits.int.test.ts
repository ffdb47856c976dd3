import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import {
  type EnrolledCollector,
  exampleEvent,
  GatewayUnderTest,
  validBatch,
} from "./testing/gateway-under-test.ts";

const maxRequestBytes = 2 * 1024 * 1024;
const maxDecompressedBytes = 4 * 1024 * 1024;
const maxEvents = 50;
const maxStringLength = 1_000;
const maxDepth = 6;

/**
 * 1 GiB of zeros as ~1 MB of gzip: one member holding 1 MiB of zeros, repeated
 * 1024 times (a gzip stream may be several members back to back).
 */
function gzipBomb(): Buffer {
  const member = gzipSync(Buffer.alloc(1024 * 1024), { level: 9 });
  return Buffer.concat(Array.from({ length: 1024 }, () => member));
}

describe("gateway batch limits and hostile bodies", () => {
  let gateway: GatewayUnderTest;
  let collector: EnrolledCollector;
  let token: string;
  let baseUrl: string;

  before(async () => {
    gateway = await GatewayUnderTest.start("gw-limits", {
      env: {
        MAX_REQUEST_BYTES: String(maxRequestBytes),
        MAX_DECOMPRESSED_BYTES: String(maxDecompressedBytes),
        MAX_EVENTS_PER_BATCH: String(maxEvents),
        MAX_STRING_LENGTH: String(maxStringLength),
        MAX_NESTING_DEPTH: String(maxDepth),
      },
    });
    collector = await gateway.enrolCollector();
    token = await gateway.issueToken(collector);
    baseUrl = await gateway.app.listen({ host: "127.0.0.1", port: 0 });
  });

  after(async () => {
    await gateway.close();
  });

  const refusedWith = async (
    response: { statusCode: number; json: () => { error: { code: string } } },
    status: number,
    code: string,
  ) => {
    assert.equal(response.statusCode, status);
    assert.equal(response.json().error.code, code);
  };

  it("refuses a body larger than MAX_REQUEST_BYTES with 413 request_too_large", async () => {
    const padded = validBatch({
      events: [{ ...exampleEvent("pointer.move"), padding: "x".repeat(maxRequestBytes) }],
    });
    await refusedWith(await gateway.postBatch(token, padded), 413, "request_too_large");
  });

  it("refuses an over-size body sent without a length (chunked) while it arrives", async () => {
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    let sent = 0;
    // An endless stream of spaces: only a limit counted while reading can end it.
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const response = await fetch(`${baseUrl}/v1/batches`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body,
      duplex: "half",
    } as RequestInit);
    assert.equal(response.status, 413);
    assert.equal(((await response.json()) as { error: { code: string } }).error.code, "request_too_large");
    assert.ok(sent >= maxRequestBytes, "the refusal came after the limit was reached");
  });

  it("refuses gzip that inflates past MAX_DECOMPRESSED_BYTES with 413 decompressed_too_large", async () => {
    const big = validBatch({
      events: [{ ...exampleEvent("pointer.move"), padding: " ".repeat(maxDecompressedBytes) }],
    });
    const response = await gateway.postBatch(token, big, { gzip: true });
    await refusedWith(response, 413, "decompressed_too_large");
  });

  it("cuts a gzip bomb (1 GiB of zeros in ~1 MB) off while inflating, with bounded memory", async () => {
    const bomb = gzipBomb();
    assert.ok(bomb.length < maxRequestBytes, "the bomb itself is within the request limit");
    const rssBefore = process.memoryUsage().rss;

    const response = await fetch(`${baseUrl}/v1/batches`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "content-encoding": "gzip",
        authorization: `Bearer ${token}`,
      },
      body: bomb,
    });

    assert.equal(response.status, 413);
    assert.equal(
      ((await response.json()) as { error: { code: string } }).error.code,
      "decompressed_too_large",
    );
    const grownBytes = process.memoryUsage().rss - rssBefore;
    assert.ok(grownBytes < 256 * 1024 * 1024, `RSS grew by ${grownBytes} bytes`);
  });

  it("refuses more than MAX_EVENTS_PER_BATCH events with 413 too_many_events", async () => {
    const batch = validBatch({
      events: Array.from({ length: maxEvents + 1 }, () => exampleEvent("pointer.move")),
    });
    await refusedWith(await gateway.postBatch(token, batch), 413, "too_many_events");
  });

  it("refuses a string longer than MAX_STRING_LENGTH with 400 string_too_long", async () => {
    const batch = validBatch({
      events: [{ ...exampleEvent("text.input"), text: "a".repeat(maxStringLength + 1) }],
    });
    await refusedWith(await gateway.postBatch(token, batch), 400, "string_too_long");
  });

  it("refuses nesting deeper than MAX_NESTING_DEPTH with 400 nesting_too_deep", async () => {
    let deep: unknown = "bottom";
    for (let i = 0; i < maxDepth; i++) deep = { deeper: deep };
    const batch = validBatch({ events: [{ ...exampleEvent("pointer.move"), extra: deep }] });
    await refusedWith(await gateway.postBatch(token, batch), 400, "nesting_too_deep");
  });

  it("answers JSON nested half a million deep with a 4xx, not a crash", async () => {
    const depth = 500_000;
    const body = `{"batchId":"${randomUUID()}","events":${"[".repeat(depth)}${"]".repeat(depth)}}`;
    const response = await gateway.postBatch(token, body);
    assert.ok(response.statusCode >= 400 && response.statusCode < 500, String(response.statusCode));
  });

  it("answers malformed JSON, an empty body and corrupt gzip with 400", async () => {
    await refusedWith(await gateway.postBatch(token, '{"batchId": '), 400, "malformed_json");
    await refusedWith(await gateway.postBatch(token, ""), 400, "malformed_json");
    const corrupt = gzipSync(JSON.stringify(validBatch())).subarray(0, 40);
    await refusedWith(
      await gateway.postBatch(token, corrupt, { headers: { "content-encoding": "gzip" } }),
      400,
      "invalid_request",
    );
  });

  it("refuses __proto__ and constructor keys with 400 forbidden_json_key, gzipped or not", async () => {
    const hostile = [
      `{"batchId":"${randomUUID()}","__proto__":{"polluted":true},"events":[]}`,
      `{"batchId":"${randomUUID()}","events":[{"constructor":{"prototype":{"polluted":true}}}]}`,
    ];
    for (const body of hostile) {
      await refusedWith(await gateway.postBatch(token, body), 400, "forbidden_json_key");
      await refusedWith(await gateway.postBatch(token, body, { gzip: true }), 400, "forbidden_json_key");
    }
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it("refuses a JSON value that is not a batch with 400 invalid_batch", async () => {
    for (const body of ["[]", "null", '"text"', "42", '{"events":[]}']) {
      await refusedWith(await gateway.postBatch(token, body), 400, "invalid_batch");
    }
  });

  it("refuses other content types with 415 and other encodings with 415 unsupported_encoding", async () => {
    const body = JSON.stringify(validBatch());
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "application/xml"]) {
      await refusedWith(
        await gateway.postBatch(token, body, { headers: { "content-type": type } }),
        415,
        "unsupported_media_type",
      );
    }
    const untyped = await gateway.app.inject({
      method: "POST",
      url: "/v1/batches",
      headers: { authorization: `Bearer ${token}` },
    });
    await refusedWith(untyped, 415, "unsupported_media_type");
    for (const encoding of ["br", "deflate", "compress"]) {
      await refusedWith(
        await gateway.postBatch(token, body, { headers: { "content-encoding": encoding } }),
        415,
        "unsupported_encoding",
      );
    }
  });

  it("keeps serving after all of the above, and produced none of the refused batches", async () => {
    const good = validBatch();
    const plain = await fetch(`${baseUrl}/v1/batches`, {
      method: "POST",
      headers: { "content-type": "application/json; charset=utf-8", authorization: `Bearer ${token}` },
      body: JSON.stringify(good),
    });
    assert.equal(plain.status, 202);
    const gzipped = validBatch();
    assert.equal((await gateway.postBatch(token, gzipped, { gzip: true })).statusCode, 202);

    const records = await gateway.allRecordsSoFar();
    const produced = records.map((record) => record.headers["cordon-batch-id"]);
    assert.deepEqual(produced, [good.batchId, gzipped.batchId]);
  });
});

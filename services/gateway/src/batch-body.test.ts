import assert from "node:assert/strict";
import { Readable } from "node:stream";
import { describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import { HttpError } from "@cordon/http";
import { type RequestBodyStream, readBatchBody } from "./batch-body.ts";

const limits = { maxRequestBytes: 64 * 1024, maxDecompressedBytes: 256 * 1024 };

/** A request body delivered in chunks, counting how much of it the reader pulled. */
function requestOf(body: Buffer, headers: Record<string, string> = {}, chunkBytes = 1024) {
  let pulled = 0;
  let offset = 0;
  const stream = new Readable({
    read() {
      if (offset >= body.length) {
        this.push(null);
        return;
      }
      const chunk = body.subarray(offset, offset + chunkBytes);
      offset += chunk.length;
      pulled += chunk.length;
      this.push(chunk);
    },
  }) as RequestBodyStream;
  stream.headers = { "content-type": "application/json", ...headers };
  return { stream, pulled: () => pulled };
}

const codeOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return "resolved";
  } catch (error) {
    assert.ok(error instanceof HttpError, String(error));
    return error.code;
  }
};

describe("readBatchBody", () => {
  it("returns the bytes of a plain and the inflated bytes of a gzipped body", async () => {
    const json = JSON.stringify({ batchId: "b", events: [1, 2, 3] });
    assert.equal((await readBatchBody(requestOf(Buffer.from(json)).stream, limits)).toString("utf8"), json);
    const gzipped = requestOf(gzipSync(json), { "content-encoding": "gzip" }).stream;
    assert.equal((await readBatchBody(gzipped, limits)).toString("utf8"), json);
  });

  it("refuses a declared length over the limit before reading anything", async () => {
    const request = requestOf(Buffer.alloc(10), { "content-length": String(limits.maxRequestBytes + 1) });
    assert.equal(await codeOf(readBatchBody(request.stream, limits)), "request_too_large");
    assert.equal(request.pulled(), 0);
  });

  it("refuses an undeclared body as soon as it passes the request limit", async () => {
    const request = requestOf(Buffer.alloc(limits.maxRequestBytes * 16, 0x20));
    assert.equal(await codeOf(readBatchBody(request.stream, limits)), "request_too_large");
  });

  it("stops inflating a gzip bomb while inflating: an endless one is refused too", async () => {
    // Gzip members of 64 KiB of zeros (~100 bytes each), without end. A reader
    // that inflated the body before counting would never answer; the request
    // limit is set out of reach so only the inflation counter can stop it.
    const member = gzipSync(Buffer.alloc(64 * 1024), { level: 9 });
    const endless = new Readable({
      read() {
        // Asynchronous, as a socket is: a synchronous endless source would starve the event loop.
        setImmediate(() => this.push(Buffer.concat(Array.from({ length: 64 }, () => member))));
      },
    }) as RequestBodyStream;
    endless.headers = { "content-type": "application/json", "content-encoding": "gzip" };
    const bombLimits = { maxRequestBytes: Number.MAX_SAFE_INTEGER, maxDecompressedBytes: 256 * 1024 };

    try {
      assert.equal(await codeOf(readBatchBody(endless, bombLimits)), "decompressed_too_large");
    } finally {
      endless.destroy();
    }
  });

  it("names the failure: corrupt gzip, unknown encoding", async () => {
    // Malformed and hostile JSON are the route's to refuse (batch-limits.int.test.ts).
    const corrupt = requestOf(Buffer.from("definitely not gzip"), { "content-encoding": "gzip" }).stream;
    assert.equal(await codeOf(readBatchBody(corrupt, limits)), "invalid_request");
    const brotli = requestOf(Buffer.from("{}"), { "content-encoding": "br" }).stream;
    assert.equal(await codeOf(readBatchBody(brotli, limits)), "unsupported_encoding");
  });
});

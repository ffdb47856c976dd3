import assert from "node:assert/strict";
import { Writable } from "node:stream";
import { describe, it } from "node:test";
import { createLogger } from "./logger.ts";

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { stream, lines };
}

describe("createLogger", () => {
  const canary = "CANARY-7f3a-do-not-log";

  it("never writes event content, however deeply it is nested", () => {
    const { stream, lines } = capture();
    const logger = createLogger({ service: "test" }, stream);
    logger.info(
      {
        batchId: "b-1",
        events: [{ text: canary }],
        nested: { deeper: { payload: { text: canary }, window: { title: canary } } },
        url: canary,
        prompt: canary,
      },
      "batch accepted",
    );
    assert.equal(lines.length, 1);
    assert.ok(!lines[0]?.includes(canary), lines[0]);
  });

  it("keeps ids and counts, which is what a log line is for", () => {
    const { stream, lines } = capture();
    createLogger({ service: "test" }, stream).info({ batchId: "b-42", accepted: 17 }, "batch accepted");
    const line = JSON.parse(lines[0] ?? "{}");
    assert.equal(line.batchId, "b-42");
    assert.equal(line.accepted, 17);
    assert.equal(line.service, "test");
  });

  it("never writes authorization headers or secrets", () => {
    const { stream, lines } = capture();
    createLogger({ service: "test" }, stream).info(
      { req: { headers: { authorization: `Bearer ${canary}`, cookie: canary } }, clientSecret: canary },
      "request",
    );
    assert.ok(!lines[0]?.includes(canary), lines[0]);
  });

  it("writes raw buffers as their size only", () => {
    const { stream, lines } = capture();
    createLogger({ service: "test" }, stream).info({ record: Buffer.from(canary) }, "record");
    assert.ok(!lines[0]?.includes(canary));
    assert.match(lines[0] ?? "", /\[22 bytes\]/);
  });

  it("keeps an error's message and stack", () => {
    const { stream, lines } = capture();
    createLogger({ service: "test" }, stream).error(
      { err: new Error("kafka unreachable") },
      "produce failed",
    );
    const line = JSON.parse(lines[0] ?? "{}");
    assert.equal(line.err.message, "kafka unreachable");
    assert.match(line.err.stack, /Error: kafka unreachable/);
  });
});

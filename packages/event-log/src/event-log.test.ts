import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { forwardKafkaLogs } from "./event-log.ts";

describe("forwardKafkaLogs", () => {
  it("hands each client log line to the logger method of its level, tagged with its namespace", () => {
    const lines: { level: string; fields: object; message: string }[] = [];
    const record = (level: string) => (fields: object, message: string) =>
      void lines.push({ level, fields, message });
    const forward = forwardKafkaLogs({
      error: record("error"),
      warn: record("warn"),
      info: record("info"),
      debug: record("debug"),
    });
    forward({ level: "warn", namespace: "Producer", message: "retrying", fields: { retryCount: 2 } });
    assert.deepEqual(lines, [
      { level: "warn", fields: { source: "kafkajs:Producer", retryCount: 2 }, message: "retrying" },
    ]);
  });
});

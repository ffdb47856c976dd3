import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { InvalidAuditRecordError, parseAuditRecordInput } from "./record.ts";

const valid = {
  actor: { type: "principal", id: "admin-1", authMethod: "jwt" },
  action: "collector.enrol",
  resource: { type: "collector", id: "c-1" },
  outcome: "allowed",
  requestId: "req-1",
  detail: { subjectId: "emp-1", revoked: false, count: 3, note: null },
};

function refused(input: unknown, field: string) {
  assert.throws(
    () => parseAuditRecordInput(input),
    (error: unknown) =>
      error instanceof InvalidAuditRecordError && error.problems.some((problem) => problem.startsWith(field)),
  );
}

describe("an audit record input", () => {
  it("accepts ids, flags, counts and nulls in detail", () => {
    assert.deepEqual(parseAuditRecordInput(valid).detail, valid.detail);
  });

  it("refuses an action outside the closed list", () => {
    refused({ ...valid, action: "collector.delete" }, "action");
  });

  it("refuses a denied or failed outcome without a reason code", () => {
    refused({ ...valid, outcome: "denied" }, "reason");
    refused({ ...valid, outcome: "failed", reason: "Not A Code" }, "reason");
    assert.equal(
      parseAuditRecordInput({ ...valid, outcome: "denied", reason: "forbidden" }).reason,
      "forbidden",
    );
  });

  it("refuses detail fields named like event content or secrets", () => {
    for (const field of ["text", "url", "token", "secret", "clientSecret", "prompt", "value"]) {
      refused({ ...valid, detail: { [field]: "x" } }, `detail.${field}`);
    }
  });

  it("refuses detail values that are long, nested, or not integers", () => {
    refused({ ...valid, detail: { note: "x".repeat(201) } }, "detail.note");
    refused({ ...valid, detail: { nested: { a: 1 } } }, "detail.nested");
    refused({ ...valid, detail: { list: [1, 2] } }, "detail.list");
    refused({ ...valid, detail: { ratio: 0.5 } }, "detail.ratio");
  });

  it("refuses more than 16 detail fields", () => {
    const detail = Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`f${i}`, i]));
    refused({ ...valid, detail }, "detail");
  });

  it("refuses control characters, which the canonical form and Postgres treat differently", () => {
    refused({ ...valid, actor: { ...valid.actor, id: "a\u0000b" } }, "actor.id");
    refused({ ...valid, detail: { subjectId: "a\nb" } }, "detail.subjectId");
  });

  it("refuses fields it does not know, so nothing rides along unvalidated", () => {
    refused({ ...valid, payload: "x" }, "(record)");
  });
});

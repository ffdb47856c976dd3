import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  canonicalAuditRecord,
  canonicalJson,
  chainHash,
  genesisHash,
  type HashedAuditRecord,
} from "./canonical.ts";

const record: HashedAuditRecord = {
  sequence: 1,
  time: "2026-11-29T05:31:55.123Z",
  actor: { type: "principal", id: "sec-1", authMethod: "jwt" },
  action: "audit.query",
  resource: { type: "audit_log", id: "events" },
  outcome: "allowed",
  requestId: "req-1",
  detail: { limit: 50, action: "auth.denied" },
};

describe("canonicalJson", () => {
  it("sorts keys at every depth and writes no whitespace", () => {
    assert.equal(
      canonicalJson({ b: 1, a: { d: true, c: null }, e: ["x", 2] }),
      '{"a":{"c":null,"d":true},"b":1,"e":["x",2]}',
    );
  });

  it("gives the same bytes whatever order the keys were inserted in", () => {
    assert.equal(
      canonicalJson({ x: 1, y: { p: "a", q: "b" } }),
      canonicalJson({ y: { q: "b", p: "a" }, x: 1 }),
    );
  });

  it("leaves out keys whose value is undefined but keeps null", () => {
    assert.equal(canonicalJson({ a: undefined, b: null }), '{"b":null}');
  });

  it("refuses numbers that are not safe integers, whose printing differs between encoders", () => {
    assert.throws(() => canonicalJson({ ratio: 0.5 }), RangeError);
    assert.throws(() => canonicalJson({ big: 2 ** 60 }), RangeError);
  });
});

describe("the chain hash", () => {
  it("matches the vector an independent implementation computes (Python json.dumps sort_keys + hashlib)", () => {
    assert.equal(
      canonicalAuditRecord(record),
      '{"action":"audit.query","actor":{"authMethod":"jwt","id":"sec-1","type":"principal"},"detail":{"action":"auth.denied","limit":50},"outcome":"allowed","requestId":"req-1","resource":{"id":"events","type":"audit_log"},"sequence":1,"time":"2026-11-29T05:31:55.123Z"}',
    );
    assert.equal(
      chainHash(genesisHash, record).toString("hex"),
      "9467c3ca6602a029c5c0d604cd579b81f7e2fc3f0d8e8c9ab78199770e69875f",
    );
  });

  it("changes when any hashed field or the previous hash changes", () => {
    const base = chainHash(genesisHash, record).toString("hex");
    const variants: HashedAuditRecord[] = [
      { ...record, sequence: 2 },
      { ...record, time: "2026-11-29T05:31:55.124Z" },
      { ...record, actor: { ...record.actor, id: "sec-2" } },
      { ...record, outcome: "denied", reason: "forbidden" },
      { ...record, purpose: "incident-42" },
      { ...record, detail: {} },
    ];
    for (const variant of variants) assert.notEqual(chainHash(genesisHash, variant).toString("hex"), base);
    assert.notEqual(chainHash(Buffer.alloc(32, 1), record).toString("hex"), base);
  });
});

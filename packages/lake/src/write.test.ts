import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { writeLakeFile } from "./write.ts";

// Validation happens before any key is asked for: a keyring that throws proves it.
const keyring = {
  keysForWriting(): never {
    throw new Error("no key should be needed");
  },
};
const place = {
  org: "org-a",
  hour: new Date(Date.UTC(2026, 0, 15, 9)),
  topic: "t",
  partition: 0,
  firstOffset: "0",
  lastOffset: "0",
  keyring,
};
const row = {
  eventId: "0b3f0c56-ff2d-4c8e-9a3e-2c0f2b7c6a11",
  eventType: "pointer.move",
  ts: 1,
  seq: 0,
  sessionId: "s",
  org: "org-a",
  subject: "subject-a",
  tier: "public" as const,
  categories: [],
  text: {},
};

describe("writeLakeFile input checks", () => {
  it("refuses an empty file, a row of another org, and event ids that could break an AAD", async () => {
    await assert.rejects(writeLakeFile({ ...place, rows: [] }), RangeError);
    await assert.rejects(writeLakeFile({ ...place, rows: [{ ...row, org: "org-b" }] }), RangeError);
    await assert.rejects(writeLakeFile({ ...place, rows: [{ ...row, eventId: "a\nb" }] }), RangeError);
    await assert.rejects(writeLakeFile({ ...place, rows: [{ ...row, ts: 1.5 }] }), RangeError);
    const transit = { window_title: { value: "t", category: "transit" } } as unknown as typeof row.text;
    await assert.rejects(writeLakeFile({ ...place, rows: [{ ...row, text: transit }] }), RangeError);
    const unknownField = { password: { value: "t", category: "text" } } as unknown as typeof row.text;
    await assert.rejects(writeLakeFile({ ...place, rows: [{ ...row, text: unknownField }] }), RangeError);
  });
});

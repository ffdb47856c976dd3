import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { describe, it } from "node:test";
import {
  CellAuthenticationError,
  type CellScope,
  cellAad,
  cellAadPrefix,
  cellOverheadBytes,
  deriveCellKey,
  openCell,
  sealCell,
} from "./cell-cipher.ts";

const dataKey = randomBytes(32);
const scope: CellScope = {
  dataset: "events/v1",
  fileKey: "lake/events/v1/org=o/date=2026-01-15/hour=09/t-0-0-9.parquet",
  column: "window_title",
  subject: "subject-a",
  category: "health",
  keyVersion: 1,
  period: "2026-01-12",
};

function seal(value: string, at: CellScope = scope, row = 7, referrers = ["e-7", "e-9"]) {
  const aad = cellAad(cellAadPrefix(at), row, referrers);
  return sealCell(deriveCellKey(dataKey, at), randomBytes(12), aad, value);
}

function open(cell: Uint8Array, at: CellScope = scope, row = 7, referrers = ["e-7", "e-9"]) {
  return openCell(deriveCellKey(dataKey, at), cellAad(cellAadPrefix(at), row, referrers), cell);
}

describe("lake cell encryption", () => {
  it("opens what it sealed, including empty, multi-byte and long values", () => {
    for (const value of ["", "Ärztin – Befund 🩺", "x".repeat(5000), "ends with \u0080 and \0"]) {
      assert.equal(open(seal(value)), value);
    }
  });

  it("pads values so a letter and `Backspace` have cells of the same length", () => {
    assert.equal(seal("a").length, seal("Backspace").length);
    assert.equal(seal("a").length, cellOverheadBytes + 32);
    assert.equal(seal("y".repeat(31)).length, cellOverheadBytes + 32);
    assert.equal(seal("y".repeat(32)).length, cellOverheadBytes + 64);
  });

  it("never seals the same value to the same bytes", () => {
    assert.notDeepEqual(seal("same title"), seal("same title"));
  });

  it("refuses a cell read for another row, another referring row or another row order", () => {
    const cell = seal("title");
    assert.throws(() => open(cell, scope, 8), CellAuthenticationError);
    assert.throws(() => open(cell, scope, 7, ["e-7"]), CellAuthenticationError);
    assert.throws(() => open(cell, scope, 7, ["e-7", "e-9", "e-11"]), CellAuthenticationError);
    assert.throws(() => open(cell, scope, 7, ["e-9", "e-7"]), CellAuthenticationError);
  });

  it("refuses a cell read in another file, column, subject, category, key version or key period", () => {
    const cell = seal("title");
    for (const other of [
      { ...scope, fileKey: `${scope.fileKey}x` },
      { ...scope, column: "url" as const },
      { ...scope, subject: "subject-b" },
      { ...scope, category: "text" as const },
      { ...scope, keyVersion: 2 },
      { ...scope, period: "2026-01-19" },
      { ...scope, period: "legacy" },
      { ...scope, dataset: "events/v2" },
    ]) {
      assert.throws(() => open(cell, other), CellAuthenticationError, JSON.stringify(other));
    }
  });

  it("refuses a cell with any bit flipped, or cut short", () => {
    const cell = seal("title");
    for (const index of [0, 1, 13, cell.length - 17, cell.length - 1]) {
      const flipped = Buffer.from(cell);
      flipped[index] = (flipped[index] ?? 0) ^ 0x01;
      assert.throws(() => open(flipped), CellAuthenticationError, `byte ${index}`);
    }
    assert.throws(() => open(cell.subarray(0, 20)), CellAuthenticationError);
  });

  it("derives a different cell key per file and column from one data key", () => {
    const a = deriveCellKey(dataKey, scope);
    assert.equal(a.length, 32);
    assert.notDeepEqual(a, deriveCellKey(dataKey, { ...scope, column: "url" }));
    assert.notDeepEqual(a, deriveCellKey(dataKey, { ...scope, fileKey: "other" }));
    assert.notDeepEqual(a, dataKey);
  });

  it("seals a legacy key's cells under the scope they had before keys had periods", () => {
    // What the scope label was before periods: the cells written then must still open.
    const legacy = { ...scope, period: "legacy" };
    const before = JSON.stringify([
      "cordon-lake-cell/v1",
      legacy.dataset,
      legacy.fileKey,
      legacy.column,
      legacy.subject,
      legacy.category,
      legacy.keyVersion,
    ]);
    assert.equal(cellAadPrefix(legacy).toString("utf8"), `${before}\n`);
    assert.notEqual(cellAadPrefix(scope).toString("utf8"), `${before}\n`);
  });
});

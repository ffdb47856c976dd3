import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type ExportPlan, type PlannedSlice, planWidened } from "./plan.ts";

const slice = (fileKey: string, subject: string): PlannedSlice => ({
  fileKey,
  subject,
  firstRow: 0,
  rowCount: 10,
  highestTier: "internal",
});
const planOf = (slices: PlannedSlice[]) => ({ slices }) as ExportPlan;

describe("whether a plan widened since it was approved", () => {
  it("a plan reading a slice the approved one did not has widened", () => {
    assert.equal(planWidened([slice("f1", "a")], planOf([slice("f1", "a"), slice("f2", "b")])), true);
  });

  it("a plan reading a subset of the approved slices has not", () => {
    assert.equal(planWidened([slice("f1", "a"), slice("f2", "b")], planOf([slice("f2", "b")])), false);
  });

  it("a slice that grew (more rows) counts as new", () => {
    assert.equal(planWidened([slice("f1", "a")], planOf([{ ...slice("f1", "a"), rowCount: 11 }])), true);
  });
});

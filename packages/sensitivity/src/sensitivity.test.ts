import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  categoryTiers,
  fieldCategories,
  higherTier,
  isKeyCategory,
  isSensitivityCategory,
  isTier,
  keyCategories,
  mostSensitiveCategory,
  sensitivityCategories,
  sortCategories,
  tierOf,
} from "./index.ts";

describe("categories", () => {
  it("are exactly the closed list of KMS key categories", () => {
    assert.deepEqual(
      [...keyCategories],
      ["text", "pii", "credential", "health", "hr", "prompt", "financial", "transit"],
    );
  });

  it("never let transit protect a field at rest", () => {
    assert.ok(isKeyCategory("transit"));
    assert.ok(!isSensitivityCategory("transit"));
    assert.deepEqual([...fieldCategories].sort(), keyCategories.filter((c) => c !== "transit").sort());
  });

  it("recognise only listed names", () => {
    assert.ok(isKeyCategory("pii"));
    assert.ok(!isKeyCategory("PII"));
    assert.ok(!isKeyCategory("audit-signing"));
    assert.ok(!isSensitivityCategory("toString"));
  });
});

describe("tiers", () => {
  it("order public < internal < confidential < restricted < prohibited", () => {
    assert.equal(higherTier("internal", "confidential"), "confidential");
    assert.equal(higherTier("prohibited", "restricted"), "prohibited");
    assert.equal(higherTier("public", "public"), "public");
    assert.ok(isTier("restricted"));
    assert.ok(!isTier("secret"));
  });

  it("give every field category exactly one tier", () => {
    assert.deepEqual([...sensitivityCategories].sort(), [...fieldCategories].sort());
    assert.equal(new Set(categoryTiers.map((row) => row.category)).size, categoryTiers.length);
    assert.equal(tierOf("pii"), "confidential");
    assert.equal(tierOf("credential"), "prohibited");
  });

  it("pick the most sensitive category present, text when none", () => {
    assert.equal(mostSensitiveCategory([]), "text");
    assert.equal(mostSensitiveCategory(["pii", "health", "prompt"]), "health");
    assert.equal(mostSensitiveCategory(["pii", "credential"]), "credential");
  });

  it("sort categories most sensitive first whatever order they came in", () => {
    assert.deepEqual(sortCategories(["text", "pii", "credential", "pii"]), ["credential", "pii", "text"]);
  });
});

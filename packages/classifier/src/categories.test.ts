import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { keyCategories } from "@cordon/key-service";
import { higherTier, mostSensitiveCategory, sensitivityCategories, tierOf } from "./categories.ts";

describe("categories and tiers", () => {
  it("covers every KMS key category but transit, which never protects a field", () => {
    assert.deepEqual(
      [...sensitivityCategories].sort(),
      keyCategories.filter((category) => category !== "transit").sort(),
    );
  });

  it("picks the most sensitive category present, text when none", () => {
    assert.equal(mostSensitiveCategory([]), "text");
    assert.equal(mostSensitiveCategory(["pii", "health", "prompt"]), "health");
    assert.equal(mostSensitiveCategory(["pii", "credential"]), "credential");
  });

  it("orders tiers public < internal < confidential < restricted < prohibited", () => {
    assert.equal(higherTier("internal", "confidential"), "confidential");
    assert.equal(higherTier("prohibited", "restricted"), "prohibited");
    assert.equal(tierOf("pii"), "confidential");
  });
});

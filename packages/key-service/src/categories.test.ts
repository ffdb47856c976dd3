import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { auditSigningKeyName, isKeyCategory, keyAlias, keyCategories } from "./categories.ts";

describe("key categories", () => {
  it("are exactly the closed list the lake encrypts under", () => {
    assert.deepEqual(
      [...keyCategories],
      ["text", "pii", "credential", "health", "hr", "prompt", "financial", "transit"],
    );
  });

  it("recognise only listed names", () => {
    assert.ok(isKeyCategory("pii"));
    assert.ok(!isKeyCategory("PII"));
    assert.ok(!isKeyCategory(auditSigningKeyName));
    assert.ok(!isKeyCategory("toString"));
  });
});

describe("keyAlias", () => {
  it("puts the category or the audit signing key after the prefix", () => {
    assert.equal(keyAlias("alias/cordon/", "health"), "alias/cordon/health");
    assert.equal(keyAlias("alias/cordon/", auditSigningKeyName), "alias/cordon/audit-signing");
  });

  it("gives every category its own alias", () => {
    const aliases = new Set(keyCategories.map((category) => keyAlias("alias/cordon/", category)));
    assert.equal(aliases.size, keyCategories.length);
  });

  it("rejects a prefix KMS would not accept", () => {
    assert.throws(() => keyAlias("cordon/", "pii"), RangeError);
    assert.throws(() => keyAlias("alias/aws/", "pii"), RangeError);
  });
});

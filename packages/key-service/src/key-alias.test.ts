import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { keyCategories } from "@cordon/sensitivity";
import { auditSigningKeyName, keyAlias } from "./key-alias.ts";

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

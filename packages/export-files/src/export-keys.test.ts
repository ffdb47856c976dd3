import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { describe, it } from "node:test";
import { exportPseudonymizer } from "./export-keys.ts";

describe("per-export pseudonyms", () => {
  it("are stable within an export and unrelated across exports", () => {
    const first = exportPseudonymizer(randomBytes(32));
    const second = exportPseudonymizer(randomBytes(32));
    assert.equal(first("subject", "abc"), first("subject", "abc"));
    assert.notEqual(first("subject", "abc"), second("subject", "abc"));
  });

  it("keep subjects, sessions and events apart even for the same value", () => {
    const pseudonymize = exportPseudonymizer(randomBytes(32));
    const names = new Set(
      ["subject", "session", "event"].map((kind) => pseudonymize(kind as "subject", "same")),
    );
    assert.equal(names.size, 3);
  });
});

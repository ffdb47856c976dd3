import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createClassifier } from "./classifier.ts";

// Every pattern is either a scan over characters or a regular expression
// without nested or open-ended quantifiers applied to a bounded candidate, so
// the work per character is bounded. These inputs are the ones that make
// naive patterns backtrack (long runs of the characters a pattern repeats,
// with the closing piece missing). The test only requires that each call
// returns; it does not time them (bench/classifier.ts measures speed).
const size = 100_000;
const adversarial: Record<string, string> = {
  digits: "1".repeat(size),
  "digits and spaces": "4 ".repeat(size / 2),
  "digit pairs and dashes": "12-".repeat(size / 3),
  "digits and dots": "1.".repeat(size / 2),
  "phone punctuation": "+1 (".repeat(size / 4),
  "JWT prefixes without dots": "eyJ".repeat(size / 3),
  "JWT-like parts": "eyJa.".repeat(size / 5),
  "at signs": "a@".repeat(size / 2),
  "local parts without domains": "a.b_c+d@".repeat(size / 8),
  "hex and colons": "ab:".repeat(size / 3),
  "assignment keywords": "password=".repeat(size / 9),
  "prose assignments": "password is ".repeat(size / 12),
  "open quotes": 'api_key="'.repeat(size / 9),
  "token characters": "aB3-".repeat(size / 4),
  "key block openings": "-----BEGIN RSA PRIVATE KEY-----".repeat(size / 31),
  "capitalised names": "Maria Garcia ".repeat(size / 13),
  terms: "diabetes pip performance review ".repeat(size / 32),
  "IBAN prefixes": "DE89 ".repeat(size / 5),
  "NINO prefixes": "AB 12 ".repeat(size / 6),
  "one long word": "a".repeat(size),
  "unicode letters": "é".repeat(size),
};

describe("linear time", () => {
  const classifier = createClassifier();
  for (const [name, text] of Object.entries(adversarial)) {
    it(`returns on 100 kB of ${name}`, () => {
      const result = classifier.classifyText(text, { field: "text" });
      assert.ok(result.categories.length > 0);
    });
  }
});

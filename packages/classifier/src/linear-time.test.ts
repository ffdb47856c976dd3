import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { classifyWithDeadline } from "./testing/classify-in-worker.ts";

// Every pattern is either a scan over characters or a regular expression
// without nested or open-ended quantifiers applied to a bounded candidate, so
// the work per character is bounded. These inputs are the ones that make
// naive patterns backtrack (long runs of the characters a pattern repeats,
// with the closing piece missing). Each call runs in a worker thread that is
// given a deadline far above what a linear scan needs (a few milliseconds)
// and far below what catastrophic backtracking takes (minutes to forever):
// the test fails when the deadline passes, and also checks the call found
// what it should in texts that carry a category, so a classifier that
// returned early without scanning would fail too. bench/classifier.ts
// measures speed.
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

// Far above a linear scan of 100 kB even on a loaded machine, far below
// catastrophic backtracking, which does not finish at all at this size.
const deadlineMs = 20_000;
// Planted after the adversarial run: only a scan that reached the end finds it.
const plantedEmail = " write to maria.garcia@example.com";

describe("linear time", () => {
  for (const [name, text] of Object.entries(adversarial)) {
    it(`classifies 100 kB of ${name} before the deadline, scanning to the end`, async () => {
      const categories = await classifyWithDeadline(`${text}${plantedEmail}`, deadlineMs);
      // An unterminated private-key block runs to the end of the text and takes the e-mail with it.
      const expected = name === "key block openings" ? "credential" : "pii";
      assert.ok(categories.includes(expected), `expected ${expected} after the run, found ${categories}`);
    });
  }

  it("fails a classification that does not return before its deadline", async () => {
    // The deadline itself must be able to fail: a run this long cannot finish in 1 ms.
    await assert.rejects(classifyWithDeadline("a".repeat(size), 1), /did not return within 1 ms/);
  });
});

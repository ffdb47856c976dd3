import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectionInput } from "../detection.ts";
import { reportThreshold } from "../span.ts";
import { findPersonNames } from "./person-names.ts";

const names = (text: string, code = false) =>
  findPersonNames(detectionInput(text, { code }))
    .filter((span) => span.score >= reportThreshold)
    .map((span) => text.slice(span.start, span.end));

describe("person names", () => {
  it("finds a common given name followed by a capitalised surname", () => {
    assert.deepEqual(names("Maria Garcia will join"), ["Maria Garcia"]);
    assert.deepEqual(names("ask Priya Raman about it"), ["Priya Raman"]);
  });

  it("finds an unlisted name after a word that introduces a person, and a surname after an honorific", () => {
    assert.deepEqual(names("Dear Aaliyah Corkery,"), ["Aaliyah Corkery"]);
    assert.deepEqual(names("appointment with Dr Okafor"), ["Okafor"]);
  });

  it("is a weak signal: scores stay below a checksum-validated value's", () => {
    const [span] = findPersonNames(detectionInput("Maria Garcia"));
    assert.ok(span !== undefined && span.score < 0.9);
  });

  it("word-like given names, title case, surname lists and weekdays are not names", () => {
    assert.deepEqual(names("Grace Period ends on Monday"), []);
    assert.deepEqual(names("Will Monday work?"), []);
    assert.deepEqual(names("Quarterly Planning Review Notes"), []);
    assert.deepEqual(names("Greenholt, Lakin and Mann"), []);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { endsWithPossessive, isSpaceCode, withoutPossessive, wordsOf } from "./text.ts";

const lowers = (text: string) => wordsOf(text).map((word) => word.lower);

describe("wordsOf", () => {
  it("writes a typographic apostrophe inside a word as a plain one, and leaves other words as typed", () => {
    assert.deepEqual(lowers("L’hôpital d’Anna, it's fine"), ["l'hôpital", "d'anna", "it's", "fine"]);
    // A closing quote after a word is no part of it.
    assert.deepEqual(lowers("the ‘plan’ works"), ["the", "plan", "works"]);
  });

  it("splits a document's file name at its underscores, found by the full stop before its extension", () => {
    assert.deepEqual(lowers("Nomina_marzo_2026.pdf attached"), [
      "nomina",
      "marzo",
      "2026",
      "pdf",
      "attached",
    ]);
    // Without a document's extension an identifier stays one word.
    assert.deepEqual(lowers("salary_band.value SECRET_KEY"), ["salary_band", "value", "secret_key"]);
    assert.deepEqual(lowers("v1.2_beta"), ["v1", "2_beta"]);
  });

  it("counts O' and D' surnames as capitalised, and not o'clock, a lower-case word or one in capitals", () => {
    const capitalised = (text: string) => wordsOf(text).map((word) => word.capitalised);
    assert.deepEqual(capitalised("O'Connor D’Angelo Maria o'connor iPhone MARIA"), [
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
    assert.deepEqual(capitalised("Don't O'clock"), [true, false]);
  });

  it("gives each word its offsets into the text", () => {
    const text = "  Meet Zoë at l’école_";
    for (const word of wordsOf(text)) {
      assert.equal(text.slice(word.start, word.end).toLowerCase().replaceAll("’", "'"), word.lower);
    }
  });
});

describe("isSpaceCode", () => {
  it("is true for exactly the code units /\\s/ matches, over every UTF-16 code unit", () => {
    for (let code = 0; code <= 0xffff; code++) {
      assert.equal(isSpaceCode(code), /\s/.test(String.fromCharCode(code)), `U+${code.toString(16)}`);
    }
  });

  it("is false past the end of a text (charCodeAt gives NaN)", () => {
    assert.equal(isSpaceCode("a".charCodeAt(1)), false);
  });
});

describe("endsWithPossessive and withoutPossessive", () => {
  it("read a possessive 's or ’s at the end of a word, and take it off", () => {
    assert.equal(endsWithPossessive("anna's"), true);
    assert.equal(endsWithPossessive("Anna’s"), true);
    assert.equal(withoutPossessive("Anna's"), "Anna");
    assert.equal(withoutPossessive("Anna’s"), "Anna");
  });

  it("leave alone an 's inside a word, a capital S, a plural and a bare apostrophe", () => {
    for (const word of ["it'sy", "ANNA'S", "annas", "anna'", "s", "'"]) {
      assert.equal(endsWithPossessive(word), false, word);
      assert.equal(withoutPossessive(word), word);
    }
  });
});

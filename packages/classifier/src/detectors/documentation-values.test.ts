import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { identifierShownAsExample, placeholderDigits, shownAsExample } from "./documentation-values.ts";

describe("documentation values", () => {
  it("digits repeated, counting up or down, or one short block again and again are placeholders", () => {
    for (const value of [
      "000-000-0000",
      "600 000 000",
      "030 1234567",
      "01 23 45 67 89",
      "987654321",
      "4242 4242 4242 4242",
    ])
      assert.ok(placeholderDigits(value), value);
  });

  it("numbers people are given, and runs too short to tell, are not placeholders", () => {
    for (const value of ["0151 28840917", "(415) 555-2671", "4539 1488 0343 6467", "1234", "0000001234"])
      assert.ok(!placeholderDigits(value), value);
  });

  it("an example word in eight languages before a number calls it an example", () => {
    for (const text of [
      "Esempio IBAN: X",
      "Voorbeeld: X",
      "Exemplo de cartão: X",
      "Przykładowy numer: X",
      "bijv. X",
      "Beispielnummer X",
      "p. ej. X",
    ])
      assert.ok(shownAsExample(text, text.length - 1, text.length), text);
  });

  it("a host named example, or the writer's own number after the word, is no example", () => {
    const url = "https://portal.example.org/r?phone=X";
    assert.ok(!shownAsExample(url, url.length - 1, url.length));
    const own = "por ejemplo, mi número X";
    assert.ok(!shownAsExample(own, own.length - 1, own.length));
    const value = "call 0151 28840917";
    assert.ok(!identifierShownAsExample(value, 5, value.length));
  });
});

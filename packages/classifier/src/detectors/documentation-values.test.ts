import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Span } from "../span.ts";
import {
  identifierShownAsExample,
  placeholderDigits,
  placeholderKind,
  shownAsExample,
  withoutPlaceholders,
} from "./documentation-values.ts";

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

describe("one placeholder check for phones, cards, accounts and national ids", () => {
  const span = (text: string, value: string): Span => {
    const start = text.indexOf(value);
    return { start, end: start + value.length, category: "pii", detector: "national-id", score: 0.9 };
  };
  const kept = (text: string, value: string) => withoutPlaceholders(text, [span(text, value)]).length === 1;

  it("one digit repeated is never issued; counted digits, a repeated block or a few long runs are filler", () => {
    for (const value of ["000000000", "00000000T", "999-99-9999"])
      assert.equal(placeholderKind(value), "unissued", value);
    for (const value of [
      "111222333",
      "123-45-6789",
      "987654321",
      "030 1234567",
      "4242 4242 4242 4242",
      "5555566666",
    ])
      assert.equal(placeholderKind(value), "filler", value);
    for (const value of ["536-22-8714", "112233445", "1112223334", "0151 28840917", "12345"])
      assert.equal(placeholderKind(value), undefined, value);
  });

  it("a national id of filler digits is a placeholder only beside a word of documentation", () => {
    assert.ok(kept("SSN 123-45-6789", "123-45-6789"));
    assert.ok(!kept("SSN format is AAA-GG-SSSS; never use 123-45-6789 in tests", "123-45-6789"));
    assert.ok(!kept("Test BSN: 111222333 is the documented dummy number", "111222333"));
    assert.ok(!kept("PESEL przykładowy: 12345678901", "12345678901"));
  });

  it("a national id of one repeated digit is a placeholder anywhere, and a real-looking one is kept", () => {
    assert.ok(!kept("DNI 00000000T", "00000000T"));
    assert.ok(kept("SSN 536-22-8714 for payroll", "536-22-8714"));
  });

  it("a national id called an example before it or in a note after it is a placeholder, as a phone is", () => {
    assert.ok(!kept("Beispiel-Steuer-ID: 57304182535", "57304182535"));
    assert.ok(!kept("BSN 183456725 (example from the docs)", "183456725"));
    assert.ok(kept("for example, my BSN is 183456725", "183456725"));
  });

  it("a phone of filler digits, a few long runs among them, is a placeholder without any word", () => {
    const text = "Tel. 666 777 888";
    assert.ok(identifierShownAsExample(text, 5, text.length));
    const ssnText = "SSN 123-45-6789";
    assert.ok(identifierShownAsExample(ssnText, 4, ssnText.length));
    assert.ok(!identifierShownAsExample(ssnText, 4, ssnText.length, { fillerNeedsWord: true }));
  });
});

describe("a surname that is a documentation word", () => {
  it("'Sample' after a capitalised given name is a surname, not a call to an example", () => {
    const row = "Ana Sample\t2026-07-02\tX";
    assert.ok(!shownAsExample(row, row.length - 1, row.length));
    const doc = "Sample number: X";
    assert.ok(shownAsExample(doc, doc.length - 1, doc.length));
    const lower = "a sample passport: X";
    assert.ok(shownAsExample(lower, lower.length - 1, lower.length));
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectionInput } from "../detection.ts";
import { reportThreshold } from "../span.ts";
import { findGovernmentIds, isValidDni, isValidInsee, isValidSsn } from "./government-ids.ts";

const found = (text: string, code = false) =>
  findGovernmentIds(detectionInput(text, { code }))
    .filter((span) => span.score >= reportThreshold)
    .map((span) => `${span.detector}:${text.slice(span.start, span.end)}`);

describe("government ids", () => {
  describe("US SSN", () => {
    it("finds SSNs written with dashes or spaces", () => {
      assert.deepEqual(found("SSN 536-22-1234"), ["us-ssn:536-22-1234"]);
      assert.deepEqual(found("her number is 536 22 1234"), ["us-ssn:536 22 1234"]);
    });

    it("nine bare digits in a staff row pasted into an editor are an SSN when nothing in the text is code", () => {
      assert.deepEqual(found("Ana Sample\t2026-03-01\t536221234\tcontractor", true), ["us-ssn:536221234"]);
      assert.deepEqual(
        found('export const row = { ssn: "x" }; // Ana Sample\t2026-03-01\t536221234\tcontractor', true),
        [],
      );
    });

    it("an SSN of area 000, 666 or 9xx, group 00 or serial 0000 is not an SSN", () => {
      for (const ssn of ["000-12-3456", "666-12-3456", "912-34-5678", "123-00-4567", "123-45-0000"]) {
        assert.ok(!isValidSsn(ssn.replaceAll("-", "")), ssn);
        assert.deepEqual(found(`SSN ${ssn}`), [], ssn);
      }
    });

    it("numbers voided after appearing in advertising are not SSNs", () => {
      assert.deepEqual(found("SSN 078-05-1120"), []);
    });

    it("nine bare digits are an SSN only when the words around say so", () => {
      assert.deepEqual(found("tracking number 536221234"), []);
      assert.deepEqual(found("SSN: 536221234"), ["us-ssn:536221234"]);
    });

    it("mixed separators are not an SSN", () => {
      assert.deepEqual(found("536-22 1234"), []);
    });
  });

  describe("UK National Insurance number", () => {
    it("finds a NINO spaced or compact", () => {
      assert.deepEqual(found("NI number AB 12 34 56 C"), ["uk-nino:AB 12 34 56 C"]);
      assert.deepEqual(found("AB123456C"), ["uk-nino:AB123456C"]);
    });

    it("a NINO with a never-issued prefix or a forbidden letter is not a NINO", () => {
      assert.deepEqual(found("BG 12 34 56 A"), []);
      assert.deepEqual(found("QQ123456C"), []);
      assert.deepEqual(found("AO123456C"), [], "O is never a second letter");
      assert.deepEqual(found("AB123456E"), [], "suffixes run A to D");
    });
  });

  describe("Spanish DNI and NIE", () => {
    it("accepts a DNI or NIE whose control letter matches and rejects any other letter", () => {
      assert.ok(isValidDni("12345678Z"));
      assert.ok(isValidDni("X1234567L"));
      assert.ok(!isValidDni("12345678A"));
      assert.deepEqual(found("DNI 12345678Z"), ["es-dni:12345678Z"]);
      assert.deepEqual(found("DNI 12345678A"), []);
    });
  });

  describe("French INSEE number (NIR)", () => {
    it("accepts a NIR whose key is 97 minus the number mod 97, including Corsica's 2A and 2B", () => {
      assert.ok(isValidInsee("1 84 12 76 451 089 46"));
      assert.ok(!isValidInsee("1 84 12 76 451 089 47"));
      assert.ok(isValidInsee("2 69 05 2A 135 002 85"));
      assert.deepEqual(found("sécu 184127645108946"), ["fr-insee:184127645108946"]);
    });
  });

  describe("US SSN beside the forms that carry one", () => {
    it("finds nine valid digits in a W-2's file name", () => {
      assert.deepEqual(found("W2_2025_354835376.pdf - Adobe Acrobat Reader"), ["us-ssn:354835376"]);
    });

    it("nine digits in another file name are not an SSN", () => {
      assert.deepEqual(found("export_2025_354835376.pdf - Adobe Acrobat Reader"), []);
    });
  });
});

describe("government ids: values of a form's URL", () => {
  const inForm = (text: string, form?: "identity") =>
    findGovernmentIds(detectionInput(text, { form }))
      .filter((span) => span.score >= reportThreshold)
      .map((span) => `${span.detector}:${text.slice(span.start, span.end)}`);

  it("a valid SSN that is a whole query value of an identity form's URL is the SSN it asks for", () => {
    assert.deepEqual(
      inForm(
        "https://app.gusto.com/onboarding/tax-setup/federal?step=2&value=491121876&autosave=1",
        "identity",
      ),
      ["us-ssn:491121876"],
    );
  });

  it("the same digits outside an identity form, or only part of a query value, are not an SSN", () => {
    assert.deepEqual(inForm("https://shop.example.org/cart?step=2&value=491121876&autosave=1"), []);
    assert.deepEqual(inForm("https://app.gusto.com/onboarding?ref=491121876-b&x=1", "identity"), []);
  });
});

describe("Spanish DNI with thousands dots", () => {
  it("finds a DNI printed with dots and a hyphen before its letter when the letter checks", () => {
    assert.deepEqual(found("DNI: 12.345.678-Z"), ["es-dni:12.345.678-Z"]);
    assert.ok(isValidDni("12.345.678-Z"));
  });

  it("dotted digits with the wrong letter, or inside a version, are not a DNI", () => {
    assert.deepEqual(found("DNI: 12.345.678-A"), []);
    assert.deepEqual(found("v1.12.345.678-Z"), []);
  });
});

describe("government ids: documented placeholders", () => {
  it("counted digits beside a word of documentation, and one repeated digit, are examples, not a person's number", () => {
    assert.deepEqual(found("SSN format is AAA-GG-SSSS; never use 123-45-6789 in tests"), []);
    assert.deepEqual(found("DNI de ejemplo: 00000000T (no válido en producción)"), []);
    assert.deepEqual(found("SSN 536-22-8714"), ["us-ssn:536-22-8714"]);
    assert.deepEqual(found("SSN 123-45-6789"), ["us-ssn:123-45-6789"]);
  });
});

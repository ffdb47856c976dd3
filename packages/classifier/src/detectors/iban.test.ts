import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { faker } from "@faker-js/faker";
import validator from "validator";
import { detectionInput } from "../detection.ts";
import { findIbans, isIban, passesIbanChecksum } from "./iban.ts";

const found = (text: string) =>
  findIbans(detectionInput(text)).map((span) => text.slice(span.start, span.end));

describe("IBAN", () => {
  it("accepts the ISO 13616 examples and rejects them with a check digit changed", () => {
    for (const iban of [
      "DE89370400440532013000",
      "GB82WEST12345698765432",
      "FR1420041010050500013M02606",
      "NO9386011117947",
    ]) {
      assert.ok(isIban(iban), iban);
      const checkDigits = String((Number(iban.slice(2, 4)) + 1) % 100).padStart(2, "0");
      assert.ok(!isIban(`${iban.slice(0, 2)}${checkDigits}${iban.slice(4)}`), iban);
    }
  });

  it("an IBAN with a wrong check digit is not an IBAN", () => {
    assert.ok(!passesIbanChecksum("DE88370400440532013000"));
    assert.deepEqual(found("IBAN DE88 3704 0044 0532 0130 00"), []);
  });

  it("an IBAN one character short or of an unknown country is not an IBAN", () => {
    assert.deepEqual(found("GB82 WEST 1234 5698 7654 3"), []);
    assert.deepEqual(found("QQ82 WEST 1234 5698 7654 32"), []);
  });

  it("finds IBANs grouped by spaces, compact, or in lower case, and stops at the country's length", () => {
    assert.deepEqual(found("pay DE89 3704 0044 0532 0130 00 today"), ["DE89 3704 0044 0532 0130 00"]);
    assert.deepEqual(found("iban de89370400440532013000."), ["de89370400440532013000"]);
    assert.deepEqual(found("DE89 3704 0044 0532 0130 00 IBAN"), ["DE89 3704 0044 0532 0130 00"]);
  });

  it("finds IBANs grouped by hyphens, dots or no-break spaces as banking sites and forms print them", () => {
    faker.seed(4242);
    const iban = faker.finance.iban();
    const groups = iban.match(/.{1,4}/g) ?? [];
    for (const separator of ["-", ".", "\u00a0"]) {
      const written = groups.join(separator);
      assert.deepEqual(found(`IBAN: ${written}, BIC COBADEFFXXX`), [written]);
    }
  });

  it("a separated run that fails the checksum, or runs on past the country's length, is no IBAN", () => {
    faker.seed(4243);
    const iban = faker.finance.iban();
    const broken = `${iban.slice(0, 2)}${(Number(iban.slice(2, 4)) + 1) % 100 === 0 ? "01" : String((Number(iban.slice(2, 4)) + 1) % 100).padStart(2, "0")}${iban.slice(4)}`;
    assert.deepEqual(found((broken.match(/.{1,4}/g) ?? []).join("-")), []);
    assert.deepEqual(found(`${(iban.match(/.{1,4}/g) ?? []).join("-")}-7`), []);
  });

  it("an IBAN called an example or a sample in its sentence is documentation, not an account", () => {
    assert.deepEqual(found("Example IBAN from the docs: DE89 3704 0044 0532 0130 00"), []);
    assert.deepEqual(found("UK sample IBAN GB82 WEST 1234 5698 7654 32 — use it in the sandbox only."), []);
  });

  it("someone's own IBAN after an example word is still an account", () => {
    assert.deepEqual(found("for example our IBAN DE89 3704 0044 0532 0130 00 for the refund"), [
      "DE89 3704 0044 0532 0130 00",
    ]);
  });

  it("an example in an earlier sentence or line does not hide an IBAN", () => {
    assert.deepEqual(found("See the example.\nIBAN: DE89 3704 0044 0532 0130 00"), [
      "DE89 3704 0044 0532 0130 00",
    ]);
    assert.deepEqual(found("IBAN DE89 3704 0044 0532 0130 00, not an example"), [
      "DE89 3704 0044 0532 0130 00",
    ]);
  });

  it("agrees with validator's isIBAN on 500 generated IBANs", () => {
    faker.seed(13_616);
    for (let n = 0; n < 500; n++) {
      const iban = faker.finance.iban();
      assert.equal(isIban(iban), validator.isIBAN(iban), iban);
    }
  });
});

describe("IBAN: notes after it", () => {
  it("an IBAN followed by a bracket or a code comment calling it an example is documentation", () => {
    assert.deepEqual(found("GB82 WEST 1234 5698 7654 32 (example from the spec)"), []);
    assert.deepEqual(
      found("expect(isIban('DE89 3704 0044 0532 0130 00')).toBe(true) // the standard example"),
      [],
    );
  });

  it("a note that denies it is an example, or an owner's IBAN, is still financial data", () => {
    assert.deepEqual(found("DE89 3704 0044 0532 0130 00 (not an example, pay here)"), [
      "DE89 3704 0044 0532 0130 00",
    ]);
    assert.deepEqual(found("IBAN DE89 3704 0044 0532 0130 00 (my salary account)"), [
      "DE89 3704 0044 0532 0130 00",
    ]);
    assert.deepEqual(found("DE89 3704 0044 0532 0130 00\n// example of a transfer screen"), [
      "DE89 3704 0044 0532 0130 00",
    ]);
  });
});

describe("IBAN: test fixtures and sandboxes", () => {
  it("an IBAN inside a unit test's assertion on its line is a fixture, not an account", () => {
    assert.deepEqual(found("expect(isValidIban('GB82 WEST 1234 5698 7654 32')).toBe(true);"), []);
    assert.deepEqual(found("assert.ok(isIban('DE89370400440532013000'))"), []);
  });

  it("an assertion on an earlier line does not hide an IBAN on the next", () => {
    assert.deepEqual(found("expect(ok).toBe(true)\nIBAN DE89 3704 0044 0532 0130 00"), [
      "DE89 3704 0044 0532 0130 00",
    ]);
  });
});

describe("IBAN: the registry's published examples in code", () => {
  const inCode = (text: string) =>
    findIbans(detectionInput(text, { code: true })).map((span) => text.slice(span.start, span.end));

  it("a published example IBAN in code is a fixture, however the word beside it is spelt", () => {
    assert.deepEqual(inCode("const sample = 'NL91ABNA0417164300'; // exmaple"), []);
    assert.deepEqual(inCode("expect(parse('GB29 NWBK 6016 1331 9268 19')).toBeTruthy()"), []);
  });

  it("another IBAN in code, or a published example in prose without its word, is still an account", () => {
    faker.seed(97);
    const iban = faker.finance.iban();
    assert.deepEqual(inCode(`const payee = '${iban}';`), [iban]);
    assert.deepEqual(found("refund to NL91 ABNA 0417 1643 00 please"), ["NL91 ABNA 0417 1643 00"]);
  });
});

describe("IBAN: called an example after it", () => {
  it("an IBAN whose sentence goes on to call it the example from the docs is documentation", () => {
    assert.deepEqual(found("ES91 2100 0418 4502 0005 1332 is the example from the docs"), []);
  });

  it("an IBAN whose sentence says it is not an example, or an example in the next sentence, is an account", () => {
    assert.deepEqual(found("ES91 2100 0418 4502 0005 1332 is mine, not an example"), [
      "ES91 2100 0418 4502 0005 1332",
    ]);
    assert.deepEqual(found("ES91 2100 0418 4502 0005 1332. The example is below."), [
      "ES91 2100 0418 4502 0005 1332",
    ]);
  });
});

describe("Polish account numbers (NRB) written without PL", () => {
  it("reads 26 digits in the NRB's groups, or run together beside an account word, whose PL checksum holds", () => {
    assert.deepEqual(found("nr rachunku 26 1050 1445 1000 0022 7647 0461"), [
      "26 1050 1445 1000 0022 7647 0461",
    ]);
    assert.deepEqual(found("przelew na konto 26105014451000002276470461"), ["26105014451000002276470461"]);
  });

  it("a failing checksum, or 26 digits run together with no account word, is no account", () => {
    assert.deepEqual(found("nr rachunku 27 1050 1445 1000 0022 7647 0461"), []);
    assert.deepEqual(found("trace 26105014451000002276470461"), []);
  });
});

describe("IBANs of letters", () => {
  it("finds an IBAN whose body is nearly all letters, as Romania's may be", () => {
    assert.deepEqual(found("RO40 TKUX WGIE ICWJ VIFD 9RAL"), ["RO40 TKUX WGIE ICWJ VIFD 9RAL"]);
    assert.deepEqual(found("RO41 TKUX WGIE ICWJ VIFD 9RAL"), []);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { base, en, Faker } from "@faker-js/faker";
import {
  ibanWithCheckDigits,
  isIbanValid,
  isLuhnValid,
  plantKinds,
  plantText,
  withLuhnCheckDigit,
} from "./planted.ts";

const faker = new Faker({ locale: [en, base] });
faker.seed(7);

describe("planted content", () => {
  it("card numbers carry a valid Luhn check digit", () => {
    assert.equal(withLuhnCheckDigit("453914880343646"), "4539148803436467");
    assert.ok(!isLuhnValid("4539148803436468"));
    for (let index = 0; index < 200; index++) {
      assert.ok(isLuhnValid(plantText(faker, "card_number").value));
    }
  });

  it("IBANs carry valid ISO 13616 check digits", () => {
    assert.equal(ibanWithCheckDigits("DE", "370400440532013000"), "DE89370400440532013000");
    for (let index = 0; index < 200; index++) assert.ok(isIbanValid(plantText(faker, "iban").value));
  });

  it("SSNs avoid the numbers never issued", () => {
    for (let index = 0; index < 200; index++) {
      const [area, group, serial] = plantText(faker, "ssn").value.split("-");
      assert.ok(area !== "000" && area !== "666" && !area?.startsWith("9"));
      assert.ok(group !== "00" && serial !== "0000");
    }
  });

  it("the planted value appears verbatim in the text that carries it", () => {
    for (const kind of plantKinds) {
      const planted = plantText(faker, kind);
      assert.ok(planted.text.includes(planted.value), kind);
    }
  });
});

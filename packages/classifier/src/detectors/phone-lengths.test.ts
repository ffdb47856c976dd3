import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { faker } from "@faker-js/faker";
import type { CountryCode } from "libphonenumber-js";
import { findPhoneNumbersInText } from "libphonenumber-js/max";
import { detectionInput } from "../detection.ts";
import { findPhoneNumbers, nationalLengthFits } from "./phone.ts";

faker.seed(20261207);

const digitsOf = (count: number) => faker.string.numeric({ length: count, allowLeadingZeros: false });
const spaced = (digits: string) => digits.replace(/(\d{3})(?=\d)/g, "$1 ");

/** Tries the phone detector no longer asks the library about, with the region it would have asked. */
function skippedTries(): { candidate: string; region: CountryCode }[] {
  const tries: { candidate: string; region: CountryCode }[] = [];
  for (let n = 0; n < 40; n++) {
    // Seven to nine digits are shorter than any American number; seven or eight, than any Spanish one.
    const short = digitsOf(faker.number.int({ min: 7, max: 9 }));
    tries.push({ candidate: short, region: "US" }, { candidate: spaced(short), region: "US" });
    tries.push({ candidate: spaced(digitsOf(faker.number.int({ min: 7, max: 8 }))), region: "ES" });
    // Unbroken runs longer than the longest number with its trunk prefix.
    tries.push({ candidate: digitsOf(faker.number.int({ min: 12, max: 15 })), region: "US" });
    tries.push({ candidate: digitsOf(faker.number.int({ min: 10, max: 15 })), region: "ES" });
    tries.push({ candidate: `0${digitsOf(faker.number.int({ min: 11, max: 14 }))}`, region: "GB" });
  }
  return tries;
}

describe("the phone detector asks the library only about lengths the region's numbering plan allows", () => {
  it("skips exactly the tries in which the library finds no valid number", () => {
    for (const { candidate, region } of skippedTries()) {
      const digits = candidate.replace(/\D/g, "").length;
      assert.equal(nationalLengthFits(digits, candidate, region), false, `${region} ${candidate}`);
      const found = findPhoneNumbersInText(candidate, { defaultCountry: region }).filter((number) =>
        number.number.isValid(),
      );
      assert.deepEqual(
        found.map((number) => number.number.number),
        [],
        `${region} ${candidate}`,
      );
    }
  });

  it("still asks about a number of the region's own lengths, with or without its trunk prefix", () => {
    assert.equal(nationalLengthFits(9, "655218904", "ES"), true, "Spain dials no trunk prefix: nine digits");
    assert.equal(nationalLengthFits(10, "4155552671", "US"), true);
    assert.equal(nationalLengthFits(11, "14155552671", "US"), true, "the American trunk 1 before ten digits");
    assert.equal(nationalLengthFits(11, "02079460123", "GB"), true, "the British trunk 0 before ten digits");
    assert.equal(
      nationalLengthFits(16, "415 555 2671 1212", "US"),
      true,
      "spaced groups may hold two numbers",
    );
  });

  it("finds the numbers the skipped tries sit beside: a Spanish mobile and an American number with its 1", () => {
    const phones = (text: string) =>
      findPhoneNumbers(detectionInput(text, { regions: ["US", "GB", "DE", "FR", "ES"] })).map((span) =>
        text.slice(span.start, span.end),
      );
    assert.deepEqual(phones("móvil 655 218 904"), ["655 218 904"]);
    assert.deepEqual(phones("call 14155552671 after lunch"), ["14155552671"]);
  });
});

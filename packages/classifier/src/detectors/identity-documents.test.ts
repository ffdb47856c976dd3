import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectionInput } from "../detection.ts";
import { reportThreshold } from "../span.ts";
import {
  findCheckedNationalIds,
  findPassports,
  isValidDutchBsn,
  isValidGermanTaxId,
} from "./identity-documents.ts";

const passports = (text: string, form?: "identity" | "bank", code = false) =>
  findPassports(detectionInput(text, { code, form }))
    .filter((span) => span.score >= reportThreshold)
    .map((span) => text.slice(span.start, span.end));
const nationalIds = (text: string, form?: "identity") =>
  findCheckedNationalIds(detectionInput(text, { form }))
    .filter((span) => span.score >= reportThreshold)
    .map((span) => text.slice(span.start, span.end));

describe("passports", () => {
  it("finds a passport number after the word for passport, in several languages and shapes", () => {
    assert.deepEqual(passports("my passport number is 912803456"), ["912803456"]);
    assert.deepEqual(passports("Passport: C01X00T47"), ["C01X00T47"]);
    assert.deepEqual(passports("Guest Ana Ruiz, pasaporte PAA123456"), ["PAA123456"]);
    assert.deepEqual(passports("passeport n° 12AB34567"), ["12AB34567"]);
  });

  it("finds a bare passport number typed into an identity-documents form, and not elsewhere", () => {
    assert.deepEqual(passports("YA8123456", "identity"), ["YA8123456"]);
    assert.deepEqual(passports("YA8123456"), []);
    assert.deepEqual(passports("YA8123456", "bank"), []);
  });

  it("passport.js, passport prose and product codes are not passport numbers", () => {
    assert.deepEqual(passports("app.use(passport.initialize());", undefined, true), []);
    assert.deepEqual(passports("passport.authenticate('jwt', { session: false })"), []);
    assert.deepEqual(passports("renew your passport at least 6 weeks before travel"), []);
    assert.deepEqual(passports("passport photos must be 35x45 mm"), []);
    assert.deepEqual(passports("SKU ABCDEFGHJ out of stock", "identity"), []);
  });
});

describe("national ids with check digits", () => {
  it("validates German tax ids and Dutch BSNs by their check digits", () => {
    assert.equal(isValidGermanTaxId("86095742719"), true);
    assert.equal(isValidGermanTaxId("86095742718"), false);
    assert.equal(isValidDutchBsn("111222333"), true);
    assert.equal(isValidDutchBsn("111222334"), false);
  });

  it("needs the id's name or an identity form", () => {
    assert.deepEqual(nationalIds("Steuer-ID: 86095742719"), ["86095742719"]);
    assert.deepEqual(nationalIds("86095742719", "identity"), ["86095742719"]);
    assert.deepEqual(nationalIds("BSN 111222333"), ["111222333"]);
    assert.deepEqual(nationalIds("order 86095742719 shipped"), []);
    assert.deepEqual(nationalIds("Steuer-ID: 86095742718"), []);
  });
});

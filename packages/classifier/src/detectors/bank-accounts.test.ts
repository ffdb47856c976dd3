import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectionInput } from "../detection.ts";
import { reportThreshold } from "../span.ts";
import { findBankAccounts, isValidAbaRouting } from "./bank-accounts.ts";

const found = (text: string, form?: "bank") =>
  findBankAccounts(detectionInput(text, { form }))
    .filter((span) => span.score >= reportThreshold)
    .map((span) => `${span.detector}:${text.slice(span.start, span.end)}`);

describe("US bank details", () => {
  it("checks an ABA routing number's weighted checksum and its prefix", () => {
    assert.equal(isValidAbaRouting("021000021"), true);
    assert.equal(isValidAbaRouting("021000022"), false);
    // The checksum holds but 50 is no Federal Reserve prefix.
    assert.equal(isValidAbaRouting("500000009"), false);
  });

  it("finds a routing number beside a banking word and the account number after it", () => {
    assert.deepEqual(found("Routing: 021000021, Account: 123456789012"), [
      "aba-routing:021000021",
      "bank-account:123456789012",
    ]);
    assert.deepEqual(found("wire it to routing 011000015 account 44827361 please"), [
      "aba-routing:011000015",
      "bank-account:44827361",
    ]);
    assert.deepEqual(found("021000021", "bank"), ["aba-routing:021000021"]);
  });

  it("a checksum-valid number without banking words, a wrong checksum and account words without digits are not bank details", () => {
    assert.deepEqual(found("order 021000021 is delayed"), []);
    assert.deepEqual(found("routing number 021000022"), []);
    assert.deepEqual(found("the account number field should be masked"), []);
    assert.deepEqual(found("routing table: 10.0.0.0/8 via eth0"), []);
    assert.deepEqual(found("AWS account 123456789012 is over budget"), []);
  });

  it("after a routing label the checksum alone decides, and outranks a phone reading", () => {
    // 17 is no Federal Reserve prefix, but the label says what the number is meant to be.
    assert.deepEqual(found("ABA/routing 171060018\nacct no. 7532972"), [
      "aba-routing:171060018",
      "bank-account:7532972",
    ]);
    assert.deepEqual(found("Routing number (9 digits): 021000021"), ["aba-routing:021000021"]);
    assert.deepEqual(found("routing 171060019"), []);
  });

  it("reads a cheque's line: routing number then account number", () => {
    assert.deepEqual(found("bottom of the cheque says 021000021 then 2921817471"), [
      "aba-routing:021000021",
      "bank-account:2921817471",
    ]);
    assert.deepEqual(found("check 021000021 before the release"), []);
    assert.deepEqual(found("the check took 171060018 ms then 2921 retries"), []);
  });
});

describe("US bank details: account types and bare numbers in bank forms", () => {
  it("finds the account number labelled by its type after a routing number", () => {
    assert.deepEqual(found("Direct deposit change: routing 726171048, checking 22153716132."), [
      "aba-routing:726171048",
      "bank-account:22153716132",
    ]);
  });

  it("'checking' before a number with no routing number or bank form is not an account", () => {
    assert.deepEqual(found("checking 1234567 rows in the bank export"), []);
  });

  it("a number typed alone into a bank-details form is its account number", () => {
    assert.deepEqual(found("16833011", "bank"), ["bank-account:16833011"]);
    assert.deepEqual(found("16833011"), []);
  });
});

describe("US bank details: routing / account pairs", () => {
  it("a checksum-valid routing number with a known prefix, a slash and 4–17 digits is a routing and account pair", () => {
    assert.deepEqual(found("send rent to 694392988 / 86023430225"), [
      "aba-routing:694392988",
      "bank-account:86023430225",
    ]);
    assert.deepEqual(found("021000021/44827361 for the deposit"), [
      "aba-routing:021000021",
      "bank-account:44827361",
    ]);
  });

  it("a slash after a number that fails the checksum or the prefix, or before a date or a path, is no pair", () => {
    assert.deepEqual(found("ticket 021000022 / 4482736"), []);
    assert.deepEqual(found("order 500000009 / 4482736"), []);
    assert.deepEqual(found("build 021000021/2026/03"), []);
  });
});

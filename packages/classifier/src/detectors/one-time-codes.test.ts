import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { faker } from "@faker-js/faker";
import { detectionInput } from "../detection.ts";
import { reportThreshold } from "../span.ts";
import type { FormKind } from "../surface.ts";
import { findOneTimeCodes } from "./one-time-codes.ts";

const codes = (text: string, form?: FormKind) =>
  findOneTimeCodes(detectionInput(text, { form }))
    .filter((span) => span.score >= reportThreshold)
    .map((span) => text.slice(span.start, span.end));

// Codes are made up at run time: no code-shaped literal sits in the repository.
faker.seed(15);
const sixDigits = () => faker.string.numeric({ length: 6, allowLeadingZeros: true });
// Two groups of five, a digit inside the first: how recovery codes and some services' codes are printed.
const grouped = () =>
  `${faker.string.alphanumeric({ length: 2, casing: "lower" })}7${faker.string.alpha({ length: 2, casing: "lower" })}-${faker.string.alphanumeric({ length: 5, casing: "lower" })}`;

describe("one-time codes on a sign-in form", () => {
  it("a code typed alone into a sign-in form is a secret, with or without a space in it", () => {
    const code = sixDigits();
    assert.deepEqual(codes(code, "sign-in"), [code]);
    assert.deepEqual(codes(` ${code} `, "sign-in"), [code]);
    assert.deepEqual(codes(`${code.slice(0, 3)} ${code.slice(3)}`, "sign-in"), [
      `${code.slice(0, 3)} ${code.slice(3)}`,
    ]);
  });

  it("the code an authenticator shows under the account's name is a secret", () => {
    const code = sixDigits();
    assert.deepEqual(codes(`Orsova SSO\nAna Ruiz\n${code}`, "sign-in"), [code]);
  });

  it("the same number typed anywhere else stays permitted: an order, a game's PIN pad, a form of another kind", () => {
    const code = sixDigits();
    assert.deepEqual(codes(code), []);
    assert.deepEqual(codes(code, "address"), []);
    assert.deepEqual(codes(code, "identity"), []);
  });

  it("on a sign-in form a year, a date, a login name and a longer number are no code", () => {
    assert.deepEqual(codes("2026", "sign-in"), []);
    assert.deepEqual(codes("20261204", "sign-in"), []);
    assert.deepEqual(codes("jsmith2024", "sign-in"), []);
    assert.deepEqual(codes("4929123456789012", "sign-in"), []);
    assert.deepEqual(codes("Enter the 6-digit code sent to your phone", "sign-in"), []);
  });
});

describe("one-time codes told after their word or channel", () => {
  it("a code handed over after the SMS it came by or its two-factor word is a secret, in the offices' languages", () => {
    const digits = sixDigits();
    const code = grouped();
    assert.deepEqual(codes(`got the sms: ${digits} - paste it in`), [digits]);
    assert.deepEqual(codes(`got the SMS: ${code} - paste it in`), [code]);
    assert.deepEqual(codes(`the 2fa code for the shared aws root is ${code}, quick it expires`), [code]);
    assert.deepEqual(codes(`code de vérification reçu : ${code}, vas-y vite`), [code]);
    assert.deepEqual(codes(`der Bestätigungscode für den Amazon-Business-Account ist ${code}`), [code]);
    assert.deepEqual(codes(`el código de verificación es ${digits}`), [digits]);
    assert.deepEqual(codes(`il codice di verifica è ${digits}`), [digits]);
    assert.deepEqual(codes(`de verificatiecode is ${digits}`), [digits]);
    assert.deepEqual(codes(`kod weryfikacyjny to ${digits}`), [digits]);
    assert.deepEqual(codes(`verifieringskoden är ${digits}`), [digits]);
    assert.deepEqual(codes(`o código de verificação é ${digits}`), [digits]);
  });

  it("two-factor talk without a code, counts, case numbers, ticket keys, phone numbers and durations are no code", () => {
    assert.deepEqual(codes("I lost my 2FA device, can someone reset it?"), []);
    assert.deepEqual(codes("SMS credits: 250000 left this month"), []);
    assert.deepEqual(codes("verification case number: 48213957"), []);
    assert.deepEqual(codes("the access code for the sprint board is CORE-1182"), []);
    assert.deepEqual(codes("write an sms to 020 3321 0486 saying I'm late"), []);
    assert.deepEqual(codes("sms: +44 7700 900123"), []);
    assert.deepEqual(codes("the verification took 120000 ms"), []);
    assert.deepEqual(codes("2FA enforced since 2026-01-04"), []);
    assert.deepEqual(codes("the SMS total is 120.000,50"), []);
  });

  it("a code behind Google's or Facebook's tag at a message's start is a secret; a product's name is not", () => {
    const code = sixDigits();
    assert.deepEqual(codes(`G-${code} is your Google verification code.`), [code]);
    assert.deepEqual(codes(`G- ${code}. Ne le communiquez à personne.`), [code]);
    assert.deepEqual(codes("G-Suite migration is done"), []);
    assert.deepEqual(codes("part G-2026.5 arrived"), []);
  });
});

import type { Faker } from "@faker-js/faker";

/**
 * Kinds of sensitive content the simulator plants in what employees type,
 * copy, read and ask. The pipeline's later tests check their labels against
 * the side channel (`PlantedItem`), which is never sent.
 */
export const plantKinds = [
  "email",
  "phone",
  "card_number",
  "iban",
  "ssn",
  "password",
  "api_key",
  "health",
  "hr",
  "personal_prompt",
] as const;

export type PlantKind = (typeof plantKinds)[number];

/** Adds the Luhn check digit to `digits`. */
export function withLuhnCheckDigit(digits: string): string {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    // Counting from the right of the final number, the check digit is position 1: double the even positions.
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return `${digits}${(10 - (sum % 10)) % 10}`;
}

export function isLuhnValid(number: string): boolean {
  const digits = number.replace(/\D/g, "");
  return digits.length > 1 && withLuhnCheckDigit(digits.slice(0, -1)) === digits;
}

/** ISO 13616 check digits: the IBAN's rearranged number mod 97 must be 1. */
export function ibanWithCheckDigits(country: string, bban: string): string {
  const numeric = `${bban}${country}00`.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of numeric) remainder = (remainder * 10 + Number(digit)) % 97;
  return `${country}${String(98 - remainder).padStart(2, "0")}${bban}`;
}

export function isIbanValid(iban: string): boolean {
  const compact = iban.replace(/\s/g, "");
  const rearranged = `${compact.slice(4)}${compact.slice(0, 4)}`;
  const numeric = rearranged.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of numeric) remainder = (remainder * 10 + Number(digit)) % 97;
  return remainder === 1;
}

const healthPhrases = [
  "my chemotherapy starts next Monday",
  "I was diagnosed with type 2 diabetes",
  "my therapist says the anxiety is getting worse",
  "I need time off for my IVF appointments",
  "my HIV test results came back",
  "I'm on antidepressants since March",
  "the MRI showed a herniated disc",
  "I'm pregnant and haven't told anyone yet",
];

const hrPhrases = [
  "I'm planning to resign after my bonus is paid",
  "my performance review rated me 'needs improvement'",
  "they're putting Sam on a performance improvement plan",
  "my salary is 87,000 and I want a raise",
  "I'm filing a harassment complaint against my manager",
  "the layoff list includes the whole QA team",
  "I got a written warning for lateness",
  "I'm interviewing with a competitor on Thursday",
];

const personalPrompts = [
  "how do I tell my manager I'm pregnant without hurting my promotion chances",
  "write a message to my ex about custody of our daughter this weekend",
  "is it normal to feel this depressed every morning before work",
  "help me write a letter to my landlord about the rent I can't pay",
  "what are the side effects of sertraline with alcohol",
  "draft a resignation letter that doesn't mention my burnout",
  "my partner and I keep fighting about money, what should I do",
  "how can I hide a job search from my current employer",
];

/** A planted value and a sentence that carries it. */
export interface PlantedText {
  kind: PlantKind;
  /** The exact sensitive string, as it appears in `text`. */
  value: string;
  text: string;
}

/** Makes one item of the given kind, with text around it that reads naturally. */
export function plantText(faker: Faker, kind: PlantKind): PlantedText {
  switch (kind) {
    case "email": {
      const value = faker.internet.email().toLowerCase();
      return {
        kind,
        value,
        text: faker.helpers.arrayElement([`you can reach me at ${value}`, `cc ${value} please`]),
      };
    }
    case "phone": {
      const value = faker.phone.number({ style: "national" });
      return { kind, value, text: `call me on ${value} after 5` };
    }
    case "card_number": {
      const value = withLuhnCheckDigit(`4${faker.string.numeric(14)}`);
      return { kind, value, text: value };
    }
    case "iban": {
      const value = ibanWithCheckDigits("DE", faker.string.numeric(18));
      return { kind, value, text: `please transfer it to ${value}` };
    }
    case "ssn": {
      const area = faker.number.int({ min: 1, max: 665 }).toString().padStart(3, "0");
      const group = faker.number.int({ min: 1, max: 99 }).toString().padStart(2, "0");
      const serial = faker.number.int({ min: 1, max: 9999 }).toString().padStart(4, "0");
      const value = `${area}-${group}-${serial}`;
      return { kind, value, text: `SSN ${value}` };
    }
    case "password": {
      const value = `${faker.word.adjective()}${faker.string.alphanumeric(6)}!${faker.number.int({ min: 10, max: 99 })}`;
      return { kind, value, text: value };
    }
    case "api_key": {
      const value = faker.helpers.arrayElement([
        `sk_live_${faker.string.alphanumeric(32)}`,
        `AKIA${faker.string.alphanumeric({ length: 16, casing: "upper" })}`,
        `ghp_${faker.string.alphanumeric(36)}`,
      ]);
      return { kind, value, text: `const apiKey = "${value}";` };
    }
    case "health": {
      const value = faker.helpers.arrayElement(healthPhrases);
      return { kind, value, text: `fyi ${value}` };
    }
    case "hr": {
      const value = faker.helpers.arrayElement(hrPhrases);
      return { kind, value, text: `between us, ${value}` };
    }
    case "personal_prompt": {
      const value = faker.helpers.arrayElement(personalPrompts);
      return { kind, value, text: value };
    }
  }
}

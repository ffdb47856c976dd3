import type { Detector } from "../detection.ts";
import { clampScore, type Span } from "../span.ts";
import { digitGroupRuns, standsAlone, surroundings, wordMatcher } from "../text.ts";
import { placeholderDigits, shownAsExample } from "./documentation-values.ts";

function luhnOf(digits: Uint8Array, length: number): boolean {
  let sum = 0;
  for (let i = length - 1, double = false; i >= 0; i--, double = !double) {
    const digit = digits[i] ?? 0;
    sum += double ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit;
  }
  return sum % 10 === 0;
}

/** Passes the Luhn (mod 10) check that every payment card number carries in its last digit. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let digit = digits.charCodeAt(i) - 48;
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
    double = !double;
  }
  return sum % 10 === 0;
}

interface IssuerRangeRow {
  brand: string;
  /** Inclusive bounds on the number's leading digits, compared as integers of the same width. */
  from: number;
  to: number;
  lengths: readonly number[];
}

const sixteenToNineteen = [16, 17, 18, 19];

// IIN ranges of the networks a person is likely to type (ISO/IEC 7812 and the
// networks' own published ranges). A number outside every range is not a card.
const issuerRangeRows: readonly IssuerRangeRow[] = [
  { brand: "visa", from: 4, to: 4, lengths: [13, 16, 19] },
  { brand: "mastercard", from: 51, to: 55, lengths: [16] },
  { brand: "mastercard", from: 2221, to: 2720, lengths: [16] },
  { brand: "amex", from: 34, to: 34, lengths: [15] },
  { brand: "amex", from: 37, to: 37, lengths: [15] },
  { brand: "diners", from: 300, to: 305, lengths: [14, 15, 16, 17, 18, 19] },
  { brand: "diners", from: 36, to: 36, lengths: [14, 15, 16, 17, 18, 19] },
  { brand: "diners", from: 38, to: 39, lengths: [14, 15, 16, 17, 18, 19] },
  { brand: "jcb", from: 3528, to: 3589, lengths: sixteenToNineteen },
  { brand: "discover", from: 6011, to: 6011, lengths: sixteenToNineteen },
  { brand: "discover", from: 644, to: 649, lengths: sixteenToNineteen },
  { brand: "discover", from: 65, to: 65, lengths: sixteenToNineteen },
  { brand: "unionpay", from: 62, to: 62, lengths: sixteenToNineteen },
  { brand: "mir", from: 2200, to: 2204, lengths: sixteenToNineteen },
  { brand: "maestro", from: 5018, to: 5018, lengths: [12, 13, 14, 15, 16, 17, 18, 19] },
  { brand: "maestro", from: 5020, to: 5020, lengths: [12, 13, 14, 15, 16, 17, 18, 19] },
  { brand: "maestro", from: 5038, to: 5038, lengths: [12, 13, 14, 15, 16, 17, 18, 19] },
  { brand: "maestro", from: 6304, to: 6304, lengths: [12, 13, 14, 15, 16, 17, 18, 19] },
  { brand: "maestro", from: 6759, to: 6763, lengths: [12, 13, 14, 15, 16, 17, 18, 19] },
];

const issuerRanges = issuerRangeRows.map((row) => ({ ...row, width: String(row.from).length }));

/** The card network whose IIN range and lengths fit `digits`, if any. */
export function cardBrand(digits: string): string | undefined {
  return brandOf(
    Array.from(digits, (char) => char.charCodeAt(0) - 48),
    digits.length,
  );
}

function brandOf(digits: ArrayLike<number>, length: number): string | undefined {
  for (const range of issuerRanges) {
    if (!range.lengths.includes(length)) continue;
    let prefix = 0;
    for (let i = 0; i < range.width; i++) prefix = prefix * 10 + (digits[i] ?? 0);
    if (prefix >= range.from && prefix <= range.to) return range.brand;
  }
  return undefined;
}

export function isPaymentCardNumber(digits: string): boolean {
  // Luhn first: it is the cheaper test and rejects nine numbers in ten.
  return digits.length >= 12 && digits.length <= 19 && passesLuhn(digits) && cardBrand(digits) !== undefined;
}

const cardWords = wordMatcher([
  "card",
  "credit",
  "debit",
  "visa",
  "mastercard",
  "amex",
  "cc",
  "exp",
  "expiry",
  "expires",
  "cvv",
  "cvc",
  "payment",
  "billing",
]);
// Words of payment testing, in the offices' languages, said of a processor's published test card.
const testingWords = wordMatcher([
  "test",
  "tests",
  "testing",
  "test mode",
  "sandbox",
  "simulate",
  "simulates",
  "simulated",
  "staging",
  "mock",
  "dummy",
  "demo",
  "qa",
  "testkarte",
  "testmodus",
  "testen",
  "carte de test",
  "tarjeta de prueba",
  "prueba",
  "carta di test",
  "testkaart",
  "teste",
  "testowa",
]);
const ownerWords = wordMatcher([
  "my",
  "our",
  "mine",
  "his",
  "her",
  "their",
  "mein",
  "meine",
  "ma",
  "mon",
  "mi",
  "mijn",
]);
// Sentences end at a new line, or at a full stop, "!" or "?" before a capital.
const sentenceBreak = /\n|[.!?]\s+(?=\p{Lu})/gu;
// How far either side of a card its sentence is read.
const sentenceReachChars = 120;

/** Whether the card's sentence speaks of testing and of no one's own card. */
function saidOfTesting(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - sentenceReachChars);
  const before = text.slice(from, start);
  let sentenceStart = 0;
  sentenceBreak.lastIndex = 0;
  for (let match = sentenceBreak.exec(before); match !== null; match = sentenceBreak.exec(before))
    sentenceStart = match.index + match[0].length;
  const after = text.slice(end, end + sentenceReachChars);
  sentenceBreak.lastIndex = 0;
  const next = sentenceBreak.exec(after);
  const sentence = `${before.slice(sentenceStart)} ${next === null ? after : after.slice(0, next.index)}`;
  return testingWords(sentence) && !ownerWords(sentence);
}

const idWords = wordMatcher([
  "order",
  "tracking",
  "invoice",
  "ticket",
  "id",
  "ref",
  "reference",
  "serial",
  "imei",
  "build",
  "timestamp",
]);

/**
 * Payment card numbers: 12–19 digits, optionally grouped by single spaces or
 * dashes, inside a known IIN range with a valid length and Luhn digit. Each
 * run of digit groups is tried whole and then by contiguous groups, so a card
 * followed by its CVV ("4111 1111 1111 1111 123") is still found.
 */
export const findPaymentCards: Detector = ({ text, profile, code }) => {
  if (profile.digits < 12) return [];
  const spans: Span[] = [];
  for (const groups of digitGroupRuns(text, " -")) {
    let first = 0;
    while (first < groups.length) {
      const found = longestCardFrom(text, groups, first);
      if (found === undefined) {
        first++;
        continue;
      }
      const { start, end } = found;
      first = found.lastGroup + 1;
      // Processors publish test cards ("Stripe test card 4242…") for everyone to copy. Their digits alone
      // do not say so: a checkout typed with the Visa test number is still a card number to the field.
      if (shownAsExample(text, start, end)) continue;
      // In code (a spec, a fixture) a card of a repeated block ("4242 4242 4242 4242") is the processor's
      // test card that every checkout test types; no issuer hands out such digits.
      // Outside code too, filler digits with words of testing in their sentence ("the classic Visa test
      // number", "to simulate a successful charge") are a processor's published test card, unless the
      // sentence calls the card someone's ("my real card, not test mode").
      if (placeholderDigits(text.slice(start, end)) && (code || saidOfTesting(text, start, end))) continue;
      const around = surroundings(text, start, end);
      // A card's digits cut from a longer run of groups beside "tracking" or "order" are part of that number.
      const cutFromRun = found.firstGroup > 0 || found.lastGroup < groups.length - 1;
      // "+49 151 12345678": digits after a plus are a phone number with its country code; no card is
      // written with one, and a twelfth of such numbers pass Luhn with a card network's prefix.
      if (text.charAt(start - 1) === "+" && !cardWords(around)) continue;
      // "IBAN PL96 6010 3641 3299 5440 2535 6449 fails the checksum": groups after a country code and
      // check digits are an IBAN's body (valid or not), whatever card a slice of them resembles.
      if (ibanHeadBefore(text, groups[0])) continue;
      let score = 0.95;
      if (cardWords(around)) score += 0.04;
      else if (idWords(around)) score -= cutFromRun ? 0.5 : 0.3;
      if (code) score -= 0.2;
      spans.push({ start, end, category: "financial", detector: "payment-card", score: clampScore(score) });
    }
  }
  return spans;
};

// An IBAN's country code and check digits right before the run of digit groups, or its country
// code glued to the run's first group of two digits (the check digits themselves).
const ibanHead = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}[ -]?$/u;
const ibanCountry = /(?<![\p{L}\p{N}])[A-Z]{2}$/u;

function ibanHeadBefore(text: string, first: { start: number; end: number } | undefined): boolean {
  if (first === undefined) return false;
  const before = text.slice(Math.max(0, first.start - 6), first.start);
  return ibanHead.test(before) || (first.end - first.start === 2 && ibanCountry.test(before));
}

function longestCardFrom(
  text: string,
  groups: readonly { start: number; end: number }[],
  first: number,
): { start: number; end: number; firstGroup: number; lastGroup: number } | undefined {
  const firstGroup = groups[first];
  // Every card network's range starts with 2 to 6: other numbers are skipped before any work.
  const lead = text.charCodeAt(firstGroup?.start ?? 0);
  if (firstGroup === undefined || lead < 50 || lead > 54) return undefined;
  let best: { start: number; end: number; firstGroup: number; lastGroup: number } | undefined;
  // Digits go into a fixed buffer group by group, so each start costs at most
  // 19 digits and 8 Luhn sums, and a string is made only for a Luhn-valid number.
  const digits = new Uint8Array(19);
  let length = 0;
  for (let last = first; last < groups.length; last++) {
    const group = groups[last];
    if (group === undefined || length + group.end - group.start > 19) break;
    for (let i = group.start; i < group.end; i++) digits[length++] = text.charCodeAt(i) - 48;
    if (length < 12 || !standsAlone(text, firstGroup.start, group.end) || !luhnOf(digits, length)) continue;
    if (brandOf(digits, length) !== undefined) {
      best = { start: firstGroup.start, end: group.end, firstGroup: first, lastGroup: last };
    }
  }
  return best;
}

import { type Detector, spaceOrHyphenDigitRuns } from "../detection.ts";
import { clampScore, type Span } from "../span.ts";
import { standsAlone, surroundings, wordMatcher } from "../text.ts";
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

// Card numbers that processors publish for everyone to test with (Stripe, Adyen, Braintree, PayPal and
// Authorize.net, Worldpay, Checkout.com), each passing Luhn in a network's range. No issuer hands them to
// a customer, but a checkout typed with one is still a card number to its field, so they count as test
// cards only where the text says so (see `isPublishedTestCardUse`).
// biome-ignore format: a list of numbers reads better packed
const publishedTestCards = new Set([
  // Stripe: brands, declines, 3D Secure and countries.
  "4242424242424242", "4000056655665556", "5555555555554444", "2223003122003222", "5200828282828210", "5105105105105100",
  "378282246310005", "371449635398431", "6011111111111117", "6011000990139424", "6011981111111113", "3056930009020004",
  "36227206271667", "6555900000604105", "3566002020360505", "6200000000000005", "6200000000000047", "6205500000000000004",
  "4000002500003155", "4000002760003184", "4000003800000446", "4000000000003220", "4000000000003063", "4000008400001629",
  "4000000000000002", "4000000000009995", "4000000000009987", "4000000000009979", "4000000000000069", "4000000000000127",
  "4000000000000119", "4000000000000101", "4000000000000341", "4000000000005126", "4000000000000077", "4000000000000093",
  "4000000000000010", "4000000000000036", "4000000000000028", "4000000000000044", "4000000000000259", "4000000000001976",
  "4100000000000019", "4000000000004954", "4000000000006975", "4000000000003238", "4000000000003246", "4000000000003253",
  "4000000000000325", "4000002500001001", "4000000000003055", "4000000000003097", "4000000000001091", "4000000000001000",
  "4000000000001208", "4000000000001216", "4000000000001224", "4000000000001232", "4000000000001240", "4000000000000416",
  "4000000000000424", "4000000000000432", "4000000000000440", "4000000760000002", "4000001240000000", "4000004840008001",
  "4000000400000008", "4000000560000004", "4000002080000001", "4000002460000001", "4000002500000003", "4000002760000016",
  "4000003720000005", "4000003800000008", "4000004420000006", "4000005280000002", "4000005780000007", "4000006160000005",
  "4000006200000007", "4000007240000007", "4000007520000008", "4000007560000009", "4000008260000000", "4000000360000006",
  "4000001560000002", "4000003440000004", "4000003920000003", "4000004580000002", "4000005540000008", "4000007020000003",
  "4000007640000003", "4000003560000008",
  // Adyen.
  "4111111145551142", "4988438843884305", "4166676667666746", "4646464646464644", "4000620000000007", "4000060000000006",
  "4293189100000008", "4988080000000000", "4111112014267661", "4444333322221111", "4001590000000001", "4000180000000002",
  "5555341244441115", "5577000055770004", "5555444433331111", "2222410740360010", "2222410700000002", "2222400010000008",
  "2223000048410010", "2222400060000007", "2223520443560010", "2222400030000004", "5100060000000002", "5100290029002909",
  "370000000000002", "370000000100018", "36006666333344", "36070500001020", "6011601160116611", "6445644564456445",
  "3569990010095841", "6250946000000016", "6243030000000001", "6212345678901232", "4212345678901237", "5212345678901234",
  "4917610000000000",
  // Braintree and PayPal.
  "4111111111111111", "36259600000004", "6011000991300009", "3530111333300000", "6304000000000000", "2223000048400011",
  "4005519200000004", "4009348888881881", "4012000033330026", "4012000077777777", "4012888888881881", "4217651111111119",
  "4500600000000061", "6221261111117766", "6223164991230014", "4000111111111115", "378734493671000", "4007000000027",
  "4222222222222", "30569309025904", "38520000023237", "4012888818888",
  // Authorize.net, Worldpay, Checkout.com, Cybersource and network qualification cards.
  "5424000000000015", "6011000000000012", "38000000000006", "2223000010309703", "2223000010309711", "4484070000000000",
  "5454545454545454", "4911830000000", "4917300000000008", "6759649826438453", "4462030000000000", "4929000000006",
  "4543474002249996", "5436031030606378", "345678901234564", "30123456789019", "4012001037141112", "4012001038443335",
  "4012001038488884", "5204740000001002", "4035501000000008", "4360000001000005", "2222420000001113", "2222630000001125",
  "4761739001010010", "4761739001010119", "5200000000000007", "4571000000000001", "4000020000000000", "4000160000000004",
]);

// Words of a test scenario a published test card is typed to set off ("to trigger 3DS", "insufficient funds").
const testScenarioWords = wordMatcher([
  "trigger",
  "triggers",
  "3ds",
  "3ds2",
  "3d secure",
  "3-d secure",
  "3dsecure",
  "frictionless",
  "insufficient funds",
  "fonds insuffisants",
  "fondos insuficientes",
  "simuliert",
  "simula",
  "simuler",
]);

/**
 * Whether a published test card is used as one: in code, in a sentence of testing or of a test
 * scenario, quoted as a fixture's literal ("card: '4000 0566 5566 5556'"), or pasted alone outside a
 * checkout or bank form. Someone's own card ("my card …") stays a card outside code.
 */
function isPublishedTestCardUse(
  text: string,
  start: number,
  end: number,
  code: boolean,
  paymentForm: boolean,
  trimmedLength: () => number,
): boolean {
  if (!publishedTestCards.has(text.slice(start, end).replace(/[ -]/g, ""))) return false;
  if (code) return true;
  const sentence = surroundings(text, start, end, sentenceReachChars);
  if (ownerWords(sentence)) return false;
  if (saidOfTesting(text, start, end) || testScenarioWords(sentence)) return true;
  const quote = text.charAt(start - 1);
  if ((quote === "'" || quote === '"' || quote === "`") && text.charAt(end) === quote) return true;
  return !paymentForm && trimmedLength() === end - start;
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
export const findPaymentCards: Detector = (input) => {
  const { text, profile, code, form } = input;
  if (profile.digits < 12) return [];
  const spans: Span[] = [];
  // Trimmed once per text, not per card: white space runs as long as the text may.
  let trimmed: number | undefined;
  const trimmedLength = (): number => {
    trimmed ??= text.trim().length;
    return trimmed;
  };
  for (const groups of spaceOrHyphenDigitRuns(input)) {
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
      // The numbers processors publish for testing are test cards wherever the text uses them as such.
      if (
        isPublishedTestCardUse(text, start, end, code, form === "address" || form === "bank", trimmedLength)
      )
        continue;
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

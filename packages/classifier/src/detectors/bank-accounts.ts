import { type Detector, swappableLetterRunsOf } from "../detection.ts";
import { clampScore, type Span } from "../span.ts";
import {
  digitGroupRuns,
  digitString,
  standsAlone,
  surroundings,
  withSwappedWordsRepaired,
  wordMatcher,
} from "../text.ts";
import { findBankCodes } from "./bank-codes.ts";
import { identifierShownAsExample } from "./documentation-values.ts";

/**
 * ABA routing number: 9 digits whose weighted sum (3, 7, 1 repeating) is a
 * multiple of 10, starting with a Federal Reserve district prefix (00–12),
 * a thrift prefix (21–32), an electronic one (61–72) or 80 (traveller's checks).
 */
export function isValidAbaRouting(digits: string): boolean {
  return abaChecksumHolds(digits) && hasFederalReservePrefix(digits);
}

export function abaChecksumHolds(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const weights = [3, 7, 1];
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits.charAt(i)) * (weights[i % 3] ?? 0);
  return sum % 10 === 0;
}

function hasFederalReservePrefix(digits: string): boolean {
  const prefix = Number(digits.slice(0, 2));
  return prefix <= 12 || (prefix >= 21 && prefix <= 32) || (prefix >= 61 && prefix <= 72) || prefix === 80;
}

// A tenth of random nine-digit numbers pass the checksum, so a routing number needs its words.
const routingWords = wordMatcher([
  "routing",
  "aba",
  "rtn",
  // "rtg 021000021, acct …": chat's abbreviation of routing.
  "rtg",
  "routing number",
  "transit number",
  "wire",
  "ach",
  "bank",
  "direct deposit",
  "checking",
  "savings",
  // An account's type, in the languages of the offices' banks, says the screen shows bank details.
  "current account",
  "girokonto",
  "sparkonto",
  "compte courant",
  "compte chèque",
  "cuenta corriente",
  "cuenta de ahorro",
  "conto corrente",
  "betaalrekening",
  "lønkonto",
  "lönekonto",
  "rachunek bieżący",
  // A balance beside the number: a bank's account screen.
  "saldo",
  "solde",
  "kontostand",
  "available balance",
  "current balance",
  "account balance",
  "sort code",
  "bankverbindung",
  "bank details",
  // A bank code beside the number says the same.
  "blz",
  "bankleitzahl",
  "bsb",
  "ifsc",
  "iban",
  "bic",
  "swift",
  "code banque",
  "code guichet",
  "rib",
  // The Italian bank and branch codes of a BBAN ("ABI 03069 CAB 09606").
  "abi",
]);
// Words that label the number right after them as a routing number. After such a label the
// checksum alone decides: the prefix check is for numbers that only sit near banking words,
// and a number with an unassigned prefix written after "routing" is still meant as bank details.
const routingLabel =
  /(?<![\p{L}\p{N}])(?:routing|aba|rtn|rtg|transit|micr|bank code|sort code|⑆)(?:\s*(?:number|no\.?|nr\.?|#|\([^)]{0,20}\)|:|\/|routing|aba))*\s*[:#]?\s*$/iu;
// "is 075765600 a Chase routing number?", "021000021 is the ABA for JPMorgan": a phrase right after the
// number that calls it a routing number labels it as a label before it does (at most a verb, an article
// and three words, such as a bank's name, between).
const routingLabelAfter =
  /^\s*(?:is |ist |est |es )?(?:(?:a|an|the|my|our|die|der|das|le|la|el) )?(?:[\p{L}&.'’-]{1,20} ){0,3}(?:routing (?:number|no\b|nr\b|#)|aba\b|rtn\b)/iu;
const routingSlashAccount = /^ ?\/ ?\d{4,17}(?![\d/.-])/;
// A cheque's MICR line reads routing number, then account number; said in words, "then" or "and".
const micrWords = wordMatcher(["cheque", "check", "checks", "cheques", "micr", "voided check"]);
const micrConnector = /^\s*(?:[,/⑆⑈|–-]|then|and|acct|account|dda|\s)\s*(?:no\.?\s*|:\s*)?$/iu;
// The word for a bank account's number in the offices' languages, also as a key of JSON, CSV or
// code (`"account_number": "…"`, `account-no=…`).
const accountWords =
  /(?<![\p{L}\p{N}])(?:account|acct|acc|a\/c|dda|kontonummer|kontonr\.?|konto|kto\.?|n[°º]\s?de compte|num[ée]ro de compte|n[°º]\s?de cuenta|n[úu]mero de cuenta|n[úu]mero da conta|numero di conto|numero conto|conto n\.?|conto corrente(?: n\.?)?|c\/c n?\.?|rekeningnummer|rekening|numer konta|numer rachunku|nr konta|nr rachunku|tilinumero|kontonumre)(?:[\s_-]*(?:number|num|no\.?|nr\.?|#|:|=|"|'))*\s*$/iu;

// The phrases for a bank account's number that mean nothing else: after them six or more digits are
// the account even with no other banking word ("numero di conto 000000063917", "Kontonummer 0532019417").
// "account" and "Konto" alone also name logins and customer records, so they still need one.
// German abbreviates the number "Kto.-Nr." or "Ktonr.", which names nothing else.
const bankAccountLabel =
  /(?<![\p{L}\p{N}])(?:kontonummer|kontonr\.?|konto-nr\.?|kto\.?-? ?nr\.?|ktonr\.?|n[°º]\s?de compte|num[ée]ro de compte|n[°º]\s?de cuenta|n[úu]mero de cuenta|n[úu]mero da conta|numero di conto|numero conto|conto n\.?|conto corrente(?: n\.?)?|rekeningnummer|numer konta|numer rachunku|nr konta|nr rachunku|tilinumero|a\/c no\.?|bank account(?: number| no\.?)?)(?:[\s_-]*(?:number|num|no\.?|nr\.?|#|:|=|"|'))*\s*$/iu;

// "Kontonummer 649842494 im Kundenportal", "N° de compte client": a shop's or utility's customer account.
const customerRecordWords = /kunde|client|customer|portal|abonn|subscri|vertrag|contrat|contrato|contratto/i;

function customerRecordNear(text: string, start: number, end: number): boolean {
  return customerRecordWords.test(surroundings(text, start, end));
}

// "routing 726171048, checking 22153716132": the account's type labels its number once a routing
// number or a bank form has said these are bank details.
const accountTypeWords =
  /(?<![\p{L}\p{N}])(?:checking|savings|chequing)(?: account)?(?:\s*(?:number|no\.?|#|:))*\s*$/iu;

/**
 * US bank details: a routing number (checksum, prefix, and a banking word
 * within 40 characters or a bank-details form), and the account number
 * beside it — 4 to 17 digits after "account"/"acct" in a text that also holds
 * a routing number or a banking word.
 */
export const findBankAccounts: Detector = (input) => {
  if (input.profile.digits < 4) return [];
  // "acocunt 12345678", "rotuing 021000021": typed in a hurry, two neighbouring letters of a label swap.
  // A swap keeps the text's length, so the repaired text's spans stand at the same offsets.
  const repaired = withSwappedWordsRepaired(input.text, swappableBankingWords, swappableLetterRunsOf(input));
  return findBankDetails(repaired === input.text ? input : { ...input, text: repaired });
};

// The banking labels most often typed, to be read with two neighbouring letters swapped.
const swappableBankingWords = [
  "account",
  "routing",
  "checking",
  "savings",
  "deposit",
  "transit",
  "konto",
  "kontonummer",
  "rekening",
  "rekeningnummer",
  "compte",
  "cuenta",
];
const findBankDetails: Detector = ({ text, profile, form, code }) => {
  const lower = text.toLowerCase();
  // The cheque's transit symbol (⑆) frames its routing number on a MICR line as the word would.
  const micr = micrWords(lower) || text.includes("⑆");
  let banking = form === "bank" || micr || routingWords(lower);
  const spans: Span[] = findBankCodes(text, code, banking);
  // A bank code found (a BLZ, a sort code) makes the text bank details: "Konto: 4829163705 BLZ 37040044"
  // and "Acc: 48291637 Sort: 20-00-00" name the account before the code.
  if (spans.length > 0) banking = true;
  if (profile.digits >= 20) spans.push(...findSpanishCccs(text, code));
  if (profile.digits >= 11) spans.push(...findNorwegianAccounts(text, code));
  // A number a bank code's rule already read (the code, or the account after it) is not read again.
  // Sorted by start and searched by halves, so a text of many codes costs no pass over them per number.
  const codeSpans = [...spans].sort((a, b) => a.start - b.start);
  // The furthest end among the spans up to each one: a number is read if any span starting at or before
  // it ends at or after it.
  const furthestEnd: number[] = [];
  for (const span of codeSpans)
    furthestEnd.push(Math.max(span.end, furthestEnd[furthestEnd.length - 1] ?? 0));
  const read = (start: number, end: number) => {
    let low = 0;
    let high = codeSpans.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((codeSpans[middle]?.start ?? 0) <= start) low = middle + 1;
      else high = middle;
    }
    return low > 0 && end <= (furthestEnd[low - 1] ?? 0);
  };
  let routingEnd = -1;
  for (const groups of digitGroupRuns(text, "")) {
    const group = groups[0];
    if (group === undefined || !standsAlone(text, group.start, group.end) || read(group.start, group.end))
      continue;
    const digits = digitString(text, group.start, group.end);
    // Fewer than four or more than seventeen digits make no routing number and no account below: such
    // groups (times, years, amounts) skip the documentation test, a third of this detector's time.
    if (digits.length < 4 || digits.length > 17) continue;
    // "Beispiel: Konto 0000123456", "account 12345678 (sample)": documentation's numbers, nobody's account.
    if (identifierShownAsExample(text, group.start, group.end)) continue;
    const before = text.slice(Math.max(0, group.start - 40), group.start);
    // "Account number\n662764247": nine digits labelled as the account are the account, though a tenth of
    // them pass a routing number's check; only a routing label of their own makes them one.
    const accountLabelled = accountWords.test(before) && !routingLabel.test(before);
    if (digits.length === 9 && abaChecksumHolds(digits) && !accountLabelled) {
      const near = `${before} ${text.slice(group.end, group.end + 40)}`.toLowerCase();
      const labelled =
        routingLabel.test(before) || routingLabelAfter.test(text.slice(group.end, group.end + 48));
      const alone =
        form === "bank" &&
        text.slice(0, group.start).trim() === "" &&
        (text.slice(group.end).trim() === "" || accountFollowsAlone(text, group.end));
      const known = hasFederalReservePrefix(digits);
      // A cheque's line (a cheque named, nine checksum-valid digits, an account number after them)
      // is as telling as a label; only a number that merely sits near banking words needs the prefix.
      const chequeLine = micr && accountFollows(text, group.end);
      // "694392988 / 86023430225": a routing number and its account are written as a pair with a
      // slash; the pair's shape says bank details as a word would, for a number with a known prefix.
      const slashPair = known && routingSlashAccount.test(text.slice(group.end, group.end + 24));
      if (slashPair) banking = true;
      // In a bank-details form (direct deposit, pay elections) the form itself is the banking word.
      if (
        labelled ||
        chequeLine ||
        slashPair ||
        (known && (routingWords(near) || alone || (form === "bank" && !otherNumberBefore(before))))
      ) {
        // Labelled, it outranks the phone number nine digits also make.
        spans.push(bankSpan(group.start, group.end, "aba-routing", code ? 0.55 : labelled ? 0.97 : 0.9));
        routingEnd = group.end;
        continue;
      }
    }
    const afterRouting = routingEnd !== -1 && micrConnector.test(text.slice(routingEnd, group.start));
    const typed = (routingEnd !== -1 || form === "bank") && accountTypeWords.test(before);
    // "Routing number\n032098064\nAccount number\n6502747013": labelled as an account in a text that also
    // holds a routing number, the number is bank details before it is the phone number ten digits make.
    const labelledAfterRouting = routingEnd !== -1 && (typed || accountWords.test(before));
    const strongLabel =
      digits.length >= 6 &&
      bankAccountLabel.test(before) &&
      !customerRecordNear(text, group.start, group.end);
    if (
      digits.length >= 4 &&
      digits.length <= 17 &&
      ((banking && (accountWords.test(before) || afterRouting || typed)) || strongLabel)
    ) {
      const score = code ? 0.5 : afterRouting || labelledAfterRouting ? 0.96 : 0.8;
      spans.push(bankSpan(group.start, group.end, "bank-account", score));
    } else if (form === "bank" && digits.length >= 6 && digits.length <= 17 && text.trim() === digits) {
      // Typed alone into a bank-details form, a number that is not its routing number is the account.
      spans.push(bankSpan(group.start, group.end, "bank-account", code ? 0.45 : 0.75));
    }
  }
  if (text.includes("\n")) spans.push(...accountColumnCells(text, code, spans));
  return spans;
};

// A table's header cell naming a bank account's number, and one naming another bank detail (a
// routing number, sort code, IBAN, bank), in the offices' languages, as exports and sheets label them.
const accountHeader =
  /^(?:bank[ _-]?)?(?:account|acct|acc|a\/c)(?:[ _-]?(?:number|no\.?|nr\.?|num|#))?$|^(?:kontonummer|kontonr\.?|konto|kto\.?-?nr\.?|n[°º] de compte|num[ée]ro de compte|compte|n[úu]mero de cuenta|cuenta|numero di conto|conto|rekeningnummer|rekening|numer konta|numer rachunku|n[úu]mero da conta|conta|kontonummer)$/iu;
const bankHeader =
  /^(?:bank|bank[ _-]?name|bank[ _-]?code|routing(?:[ _-]?(?:number|no))?|aba|sort[ _-]?code|bsb|iban|bic|swift|ifsc|blz|bankleitzahl|banque|banco|banca|bankname|code banque|kreditinstitut)$/iu;
const maxTableRows = 200;

/**
 * Cells under a column headed as a bank account's number, in a table pasted from a sheet or an
 * export ("bank,account,routing\nChase,4829163705,021000021"): the header says what each row's
 * number is, once another column names a bank detail. Rows are split on the header's delimiter.
 */
function accountColumnCells(text: string, code: boolean, found: readonly Span[]): Span[] {
  const headerEnd = text.indexOf("\n");
  const header = text.slice(0, headerEnd);
  if (header.length > 400) return [];
  const delimiter = header.includes("\t") ? "\t" : header.includes(";") ? ";" : ",";
  const cells = header.split(delimiter).map((cell) => cell.trim().replace(/^["']|["']$/g, ""));
  const column = cells.findIndex((cell) => accountHeader.test(cell));
  if (column === -1 || !cells.some((cell, index) => index !== column && bankHeader.test(cell))) return [];
  const spans: Span[] = [];
  let lineStart = headerEnd + 1;
  for (let row = 0; row < maxTableRows && lineStart < text.length; row++) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    let cellStart = lineStart;
    for (let index = 0; index < column && cellStart !== 0; index++) {
      const next = text.indexOf(delimiter, cellStart);
      cellStart = next === -1 || next >= lineEnd ? 0 : next + 1;
    }
    if (cellStart !== 0) {
      let cellEnd = text.indexOf(delimiter, cellStart);
      if (cellEnd === -1 || cellEnd > lineEnd) cellEnd = lineEnd;
      const cell = /^\s*"?(\d[\d -]{2,22}\d)"?\s*$/.exec(text.slice(cellStart, cellEnd));
      const value = cell?.[1];
      if (value !== undefined) {
        const digits = value.replace(/\D/g, "").length;
        const start = text.indexOf(value, cellStart);
        const end = start + value.length;
        if (digits >= 4 && digits <= 17 && !found.some((span) => span.start < end && start < span.end))
          spans.push(bankSpan(start, end, "bank-account", code ? 0.5 : 0.96));
      }
    }
    lineStart = lineEnd + 1;
  }
  return spans;
}

// A Spanish CCC: bank (4), branch (4), two check digits, account (10), in groups or run together.
const spanishCcc = /(?<![\p{L}\p{N}])(\d{4})([ -]?)(\d{4})\2(\d{2})\2(\d{10})(?![\p{L}\p{N}])/gu;
const spanishAccountWords = wordMatcher([
  "cuenta",
  "ccc",
  "c/c",
  "cc",
  "banco",
  "domiciliación",
  "domiciliacion",
  "transferencia",
  "account",
  "bank",
  "iban",
]);

/** The CCC's check digit over ten digits: weights 1, 2, 4, 8, 5, 10, 9, 7, 3, 6, mod 11 (10 → 1, 11 → 0). */
function cccCheckDigit(ten: string): number {
  const weights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(ten.charAt(i)) * (weights[i] ?? 0);
  const check = 11 - (sum % 11);
  return check === 11 ? 0 : check === 10 ? 1 : check;
}

/** A Spanish CCC whose two check digits hold (one in a hundred random runs do), beside a word for an account. */
export function isValidSpanishCcc(digits: string): boolean {
  if (!/^\d{20}$/.test(digits)) return false;
  return (
    cccCheckDigit(`00${digits.slice(0, 8)}`) === Number(digits.charAt(8)) &&
    cccCheckDigit(digits.slice(10)) === Number(digits.charAt(9))
  );
}

/** Spanish account numbers written the pre-IBAN way ("cuenta: 2100 0813 61 0123456781"). */
export function findSpanishCccs(text: string, code: boolean): Span[] {
  const spans: Span[] = [];
  spanishCcc.lastIndex = 0;
  for (let match = spanishCcc.exec(text); match !== null; match = spanishCcc.exec(text)) {
    const end = match.index + match[0].length;
    const digits = `${match[1]}${match[3]}${match[4]}${match[5]}`;
    if (!isValidSpanishCcc(digits) || !spanishAccountWords(surroundings(text, match.index, end))) continue;
    spans.push(bankSpan(match.index, end, "bank-account", code ? 0.55 : 0.9));
  }
  return spans;
}

// A Norwegian account number as banks print it: bank, group and account with its check digit,
// "8601.11.17948" or "8601 11 17948" or compact.
const norwegianAccount = /(?<![\p{L}\p{N}.])(\d{4})([. ]?)(\d{2})\2(\d{5})(?![\p{L}\p{N}]|[.,]\p{N})/gu;
const norwegianAccountWords = wordMatcher([
  "konto",
  "kontonummer",
  "kontonummeret",
  "kontonr",
  "bankkonto",
  "lønnskonto",
  "account",
  "account number",
  "bank account",
]);

/** Norwegian account number: eleven digits, the last a mod-11 check over the ten before (weights 5 4 3 2 7 6 5 4 3 2). */
export function isValidNorwegianAccount(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(digits.charAt(i)) * (weights[i] ?? 0);
  const check = 11 - (sum % 11);
  return check !== 10 && (check === 11 ? 0 : check) === Number(digits.charAt(10));
}

/** Norwegian account numbers beside a word for account; a tenth of eleven-digit numbers pass the check. */
function findNorwegianAccounts(text: string, code: boolean): Span[] {
  const spans: Span[] = [];
  norwegianAccount.lastIndex = 0;
  for (let match = norwegianAccount.exec(text); match !== null; match = norwegianAccount.exec(text)) {
    const end = match.index + match[0].length;
    const digits = `${match[1]}${match[3]}${match[4]}`;
    if (!isValidNorwegianAccount(digits) || !norwegianAccountWords(surroundings(text, match.index, end)))
      continue;
    if (identifierShownAsExample(text, match.index, end)) continue;
    spans.push(bankSpan(match.index, end, "bank-account", code ? 0.55 : 0.9));
  }
  return spans;
}

function bankSpan(start: number, end: number, detector: "aba-routing" | "bank-account", score: number): Span {
  return { start, end, category: "financial", detector, score: clampScore(score) };
}

/**
 * In a bank-details form, "021000021   2921817471" or "021000021 - 2921817471": the routing number
 * and then the account number are all that was typed.
 */
function accountFollowsAlone(text: string, end: number): boolean {
  return /^\s{0,4}[-–/|]?\s{0,4}\d{4,17}\s{0,4}$/.test(text.slice(end, end + 40)) && text.length - end <= 40;
}

// "ticket 021000021", "order no. 021000021": a word naming the number as something else.
const otherNumberWord =
  /(?:ticket|order|invoice|ref|reference|case|po|id|tracking)\W{0,3}(?:no\.?|nr\.?|#)?\W{0,2}$/i;

function otherNumberBefore(before: string): boolean {
  return otherNumberWord.test(before.slice(-20));
}

/** A cheque's account number follows its routing number: another run of 4–17 digits within a few words. */
function accountFollows(text: string, end: number): boolean {
  const next = /^\D{1,12}?(\d{4,17})(?!\d)/.exec(text.slice(end, end + 32));
  return (
    next !== null && micrConnector.test(text.slice(end, end + (next[0].length - (next[1]?.length ?? 0))))
  );
}

import { clampScore, type Span } from "../span.ts";

/**
 * National bank codes that identify a bank (and often its branch) beside an
 * account number: UK sort codes, Australian BSBs, Canadian transit and
 * institution numbers, Indian IFSCs, German Bankleitzahlen, French codes
 * banque and guichet. None carries a checksum a random number fails, so each
 * counts only after its own label; the account number written after it is
 * then bank details too.
 */

// Each label is a literal alternation; what follows it is read from a bounded slice with an
// anchored pattern of bounded quantifiers, so the scan stays linear however long the text.
const labelPattern =
  /(?<![\p{L}\p{N}])(?:bank sort code|sort[ -]?code|sort|s\/c|sc|bsb(?: number| no\.?)?|transit(?: number| no\.?| #)?|institution(?: number| no\.?| #)?|ifsc(?: code)?|blz|bankleitzahl|code banque|code guichet|clé rib|rib|clearingnummer|clearingnr\.?|clearing(?: nr\.?| number)?)(?![\p{L}\p{N}])/giu;

const sortCode = /^\s{0,3}[:#]?\s{0,3}(\d{2}[- ]\d{2}[- ]\d{2}|\d{6})(?![\p{L}\p{N}-])/u;
const bsb = /^\s{0,3}[:#]?\s{0,3}(\d{3}[- ]?\d{3})(?![\p{L}\p{N}-])/u;
// "transit 12345", "transit/institution 12345-003": five digits, optionally the institution after.
const transit = /^(?:\s{0,3}\/\s{0,3}institution)?\s{0,3}[:#]?\s{0,3}(\d{5}(?:-\d{3})?)(?![\p{L}\p{N}-])/iu;
const institution = /^\s{0,3}[:#]?\s{0,3}(\d{3})(?![\p{L}\p{N}-])/u;
const ifsc = /^\s{0,3}[:#]?\s{0,3}([A-Z]{4}0[A-Z0-9]{6})(?![\p{L}\p{N}])/u;
const blz = /^\s{0,3}[:#]?\s{0,3}(\d{3} ?\d{3} ?\d{2})(?![\p{L}\p{N}])/u;
const frenchBankCode = /^\s{0,3}[:#]?\s{0,3}(\d{5})(?![\p{L}\p{N}])/u;
// A RIB: code banque, code guichet, account number (11 characters), key (2 digits).
const rib = /^\s{0,3}[:#]?\s{0,3}(\d{5} ?\d{5} ?[0-9A-Z]{11} ?\d{2})(?![\p{L}\p{N}])/u;
const ribKey = /^\s{0,3}[:#]?\s{0,3}(\d{2})(?![\p{L}\p{N}])/u;
// A Swedish clearing number: four digits, Swedbank's with a fifth check digit after a hyphen ("8327-9").
const clearingNumber = /^\s{0,3}[:#]?\s{0,3}(\d{4}(?:-\d)?)(?![\p{L}\p{N}]|-\d)/u;

function valuePatternOf(label: string): RegExp {
  if (label.includes("sort") || label === "sc" || label === "s/c") return sortCode;
  if (label.startsWith("bsb")) return bsb;
  if (label.startsWith("transit")) return transit;
  if (label.startsWith("institution")) return institution;
  if (label.startsWith("ifsc")) return ifsc;
  if (label === "blz" || label === "bankleitzahl") return blz;
  if (label === "rib") return rib;
  if (label === "clé rib") return ribKey;
  if (label.startsWith("clearing")) return clearingNumber;
  return frenchBankCode;
}

// The account number written after the code: "sort code 12-34-56, account 12345678",
// "BSB 062-000 acc 1234 5678", "IFSC HDFC0001234 a/c 50100012345678".
// A word of five to nine letters in the account word's place is read as it only when it is "account"
// mistyped by one letter ("acocunt", "acount"): typed text keeps its typos.
const accountAfterCode =
  /^[\s,;/|–-]{0,4}(?:and\s{1,3})?(?:(?:account|acct|acc|a\/c|konto|kontonummer|compte|cuenta|conto|rekening|n°|no|(\p{L}{5,9}))(?:\s{0,2}(?:number|no\.?|nr\.?|#|:))?\s{0,3}[:#.]?\s{0,3})?(\d{2,6}(?: \d{2,6}){1,3}(?:-\d)?|\d{4,17})(?![\p{L}\p{N}])/iu;

/** Whether `word` is "account" with one letter added, dropped, changed or two neighbours swapped. */
export function isMistypedAccount(word: string): boolean {
  const typed = word.toLowerCase();
  const meant = "account";
  if (typed === meant || Math.abs(typed.length - meant.length) > 1) return false;
  let i = 0;
  while (i < typed.length && i < meant.length && typed[i] === meant[i]) i++;
  const rest = (a: number, b: number) => typed.slice(a) === meant.slice(b);
  return (
    rest(i + 1, i + 1) ||
    rest(i + 1, i) ||
    rest(i, i + 1) ||
    (typed[i] === meant[i + 1] && typed[i + 1] === meant[i] && rest(i + 2, i + 2))
  );
}

// The account written before the code: "Acc: 48291637 Sort: 20-00-00", "account 48291637, s/c 20-00-00".
const accountBeforeCode =
  /(?<![\p{L}\p{N}])(?:account|acct|acc|a\/c)(?:\s{0,2}(?:number|no\.?|#))?\s{0,2}[:#.]?\s{0,3}\d{6,10}[\s,;/|–-]{1,4}$/iu;

/** `banking`: the text or its place already speaks of bank details, which the generic labels (transit, institution) need. */
export function findBankCodes(text: string, code: boolean, banking: boolean): Span[] {
  const spans: Span[] = [];
  labelPattern.lastIndex = 0;
  for (let match = labelPattern.exec(text); match !== null; match = labelPattern.exec(text)) {
    const label = match[0].toLowerCase();
    const from = match.index + match[0].length;
    const value = valuePatternOf(label).exec(text.slice(from, from + 40));
    const token = value?.[1];
    if (value === null || token === undefined) continue;
    // "sc" and "s/c" also abbreviate other things; only the sort code's own dashed shape follows
    // them, and only where bank details are spoken of or an account number comes next.
    // "Sort: 20-00-00" abbreviates the same way.
    const abbreviated = label === "sc" || label === "s/c" || label === "sort";
    if (abbreviated && !/^\d{2}-\d{2}-\d{2}$/.test(token)) continue;
    const start = from + value[0].length - token.length;
    const end = start + token.length;
    const read = label === "rib" ? null : accountAfterCode.exec(text.slice(end, end + 48));
    const account = read?.[1] === undefined || isMistypedAccount(read[1]) ? read : null;
    // "transit 12345" and "institution 003" are bank codes only where bank details are spoken of, or
    // where a Canadian cheque's pair (transit, hyphen, institution: "87614-016") has an account after it.
    const chequePair = /^\d{5}-\d{3}$/.test(token) && account !== null;
    // "clearing 2025", "clearing 1200": the word alone names a clearing house or run as well; only the
    // clearing number's own check digit ("8327-9") or an account after it makes four digits one.
    if (label === "clearing" && !/-\d$/.test(token) && (account === null || account === undefined)) continue;
    if ((label.startsWith("transit") || label.startsWith("institution")) && !banking && !chequePair) continue;
    const digits = account?.[2];
    if (
      abbreviated &&
      !banking &&
      digits === undefined &&
      !accountBeforeCode.test(text.slice(Math.max(0, match.index - 40), match.index))
    )
      continue;
    spans.push(financialSpan(start, end, "bank-code", code ? 0.55 : 0.92));
    labelPattern.lastIndex = end;
    if (account === null || account === undefined || digits === undefined) continue;
    const accountStart = end + account[0].length - digits.length;
    spans.push(financialSpan(accountStart, accountStart + digits.length, "bank-account", code ? 0.5 : 0.92));
    labelPattern.lastIndex = accountStart + digits.length;
  }
  if (text.includes("-")) spans.push(...unlabelledSortCodePairs(text, code, banking, spans));
  return spans;
}

// A UK sort code and account written as a pair with no label: "pay it into 40-71-56 / 47203928",
// "77-85-74 acc 77638051". Three dashed pairs then eight digits is the shape UK banks print; an account
// word between them, or a payment verb or bank before them, says it is meant so. Dashed pairs that
// read as a date (12-04-24) need the account word.
// An Australian BSB (three digits, hyphen, three) with its account of six to ten digits reads the same way.
const unlabelledSortCode =
  /(?<![\p{L}\p{N}./-])(?:(\d{2})-(\d{2})-(\d{2})|\d{3}-\d{3})(?![\p{L}\p{N}]|[-/.]\p{N})/gu;
const accountAfterSortCode =
  /^\s{0,3}[,/|;–-]?\s{0,3}(?:((?:account|acct|acc|a\/c|konto|kto|compte|cuenta|conto|rekening)\.?)(?:\s{0,2}(?:number|no\.?|nr\.?|#|:))?\s{0,3}[:#.]?\s{0,3})?(\d{6,10})(?![\p{L}\p{N}]|[.,/-]\p{N})/iu;
// Verbs of paying, in the offices' languages, and the UK's high-street and app banks.
const paymentWords =
  /(?<![\p{L}])(?:pay|paid|payment|transfer|send|sent|wire|deposit|refund|reimburs|überweis|zahl|virement|vire|transfi[eé]r|paga|pagar|bonific|versa|overmak|przel|betal|monzo|starling|barclays|hsbc|lloyds|natwest|santander|halifax|nationwide|revolut|commbank|westpac|anz|nab|bank)/iu;

function dateShaped(first: number, second: number): boolean {
  const day = (n: number) => n >= 1 && n <= 31;
  const month = (n: number) => n >= 1 && n <= 12;
  return (day(first) && month(second)) || (month(first) && day(second));
}

function unlabelledSortCodePairs(
  text: string,
  code: boolean,
  banking: boolean,
  found: readonly Span[],
): Span[] {
  const spans: Span[] = [];
  // The labelled codes and accounts are found in order; one pointer walks them beside the scan.
  let next = 0;
  unlabelledSortCode.lastIndex = 0;
  for (let match = unlabelledSortCode.exec(text); match !== null; match = unlabelledSortCode.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    while (next < found.length && (found[next]?.end ?? 0) <= start) next++;
    const ahead = found[next];
    if (ahead !== undefined && ahead.start < end) continue;
    const account = accountAfterSortCode.exec(text.slice(end, end + 40));
    const digits = account?.[2];
    if (account === null || digits === undefined) continue;
    // A UK account has eight digits; a BSB's six to ten.
    const sortCodeShaped = match[1] !== undefined;
    if (sortCodeShaped && digits.length !== 8) continue;
    const worded = account[1] !== undefined;
    // The verb stands before the pair in English and French, after it in German ("auf … überweisen").
    const accountEnd = end + account[0].length;
    const paying =
      banking ||
      paymentWords.test(text.slice(Math.max(0, start - 48), start)) ||
      paymentWords.test(text.slice(accountEnd, accountEnd + 32));
    const dated = sortCodeShaped && dateShaped(Number(match[1]), Number(match[2]));
    if (!worded && !(paying && !dated)) continue;
    spans.push(financialSpan(start, end, "bank-code", code ? 0.55 : 0.9));
    const accountStart = end + account[0].length - digits.length;
    spans.push(financialSpan(accountStart, accountStart + digits.length, "bank-account", code ? 0.5 : 0.92));
    unlabelledSortCode.lastIndex = accountStart + digits.length;
  }
  return spans;
}

function financialSpan(
  start: number,
  end: number,
  detector: "bank-code" | "bank-account",
  score: number,
): Span {
  return { start, end, category: "financial", detector, score: clampScore(score) };
}

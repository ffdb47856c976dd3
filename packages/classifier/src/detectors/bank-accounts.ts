import type { Detector } from "../detection.ts";
import { clampScore, type Span } from "../span.ts";
import { digitGroupRuns, digitString, standsAlone, wordMatcher } from "../text.ts";

/**
 * ABA routing number: 9 digits whose weighted sum (3, 7, 1 repeating) is a
 * multiple of 10, starting with a Federal Reserve district prefix (00–12),
 * a thrift prefix (21–32), an electronic one (61–72) or 80 (traveller's checks).
 */
export function isValidAbaRouting(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const prefix = Number(digits.slice(0, 2));
  const knownPrefix =
    prefix <= 12 || (prefix >= 21 && prefix <= 32) || (prefix >= 61 && prefix <= 72) || prefix === 80;
  if (!knownPrefix) return false;
  const weights = [3, 7, 1];
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits.charAt(i)) * (weights[i % 3] ?? 0);
  return sum % 10 === 0;
}

// A tenth of random nine-digit numbers pass the checksum, so a routing number needs its words.
const routingWords = wordMatcher([
  "routing",
  "aba",
  "rtn",
  "routing number",
  "transit number",
  "wire",
  "ach",
  "bank",
  "direct deposit",
  "checking",
  "savings",
]);
const accountWords =
  /(?<![\p{L}\p{N}])(?:account|acct|a\/c|kontonummer|numéro de compte|número de cuenta)(?:\s*(?:number|no\.?|nr\.?|#|:))*\s*$/iu;

/**
 * US bank details: a routing number (checksum, prefix, and a banking word
 * within 40 characters or a bank-details form), and the account number
 * beside it — 4 to 17 digits after "account"/"acct" in a text that also holds
 * a routing number or a banking word.
 */
export const findBankAccounts: Detector = ({ text, profile, form, code }) => {
  if (profile.digits < 4) return [];
  const spans: Span[] = [];
  const lower = text.toLowerCase();
  const banking = form === "bank" || routingWords(lower);
  for (const groups of digitGroupRuns(text, "")) {
    const group = groups[0];
    if (group === undefined || !standsAlone(text, group.start, group.end)) continue;
    const digits = digitString(text, group.start, group.end);
    const before = text.slice(Math.max(0, group.start - 40), group.start);
    const near = `${before} ${text.slice(group.end, group.end + 40)}`.toLowerCase();
    if (digits.length === 9 && isValidAbaRouting(digits)) {
      const alone = form === "bank" && text.trim() === digits;
      if (routingWords(near) || alone) {
        spans.push(bankSpan(group.start, group.end, "aba-routing", code ? 0.55 : 0.9));
        continue;
      }
    }
    if (digits.length >= 4 && digits.length <= 17 && banking && accountWords.test(before)) {
      spans.push(bankSpan(group.start, group.end, "bank-account", code ? 0.5 : 0.8));
    }
  }
  return spans;
};

function bankSpan(start: number, end: number, detector: "aba-routing" | "bank-account", score: number): Span {
  return { start, end, category: "financial", detector, score: clampScore(score) };
}

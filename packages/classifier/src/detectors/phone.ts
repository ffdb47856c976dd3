import { findPhoneNumbersInText } from "libphonenumber-js/max";
import type { Detector } from "../detection.ts";
import { clampScore, type Span } from "../span.ts";
import { isDigit, isWordCode, surroundings, wordMatcher } from "../text.ts";

// A run longer than this is a table or a number list, not a phone number;
// it is cut into windows of this size so the library never sees long input.
const maxCandidateLength = 40;
// A text with more candidates than this is a table or a dump of numbers; its
// first numbers decide the field's category, and the library's cost stays bounded.
const maxLibraryCallsPerText = 32;

function isPhoneChar(code: number): boolean {
  // 0-9 + ( ) - . / space, no-break space
  return (
    isDigit(code) ||
    code === 43 ||
    code === 40 ||
    code === 41 ||
    code === 45 ||
    code === 46 ||
    code === 47 ||
    code === 32 ||
    code === 160
  );
}

const phoneWords = wordMatcher([
  "call",
  "phone",
  "tel",
  "telephone",
  "mobile",
  "cell",
  "ring",
  "text me",
  "whatsapp",
  "contact",
  "fax",
  "reach",
  "number",
  "tél",
  "telefon",
  "teléfono",
]);
const notPhoneWords = wordMatcher([
  "order",
  "invoice",
  "id",
  "ref",
  "tracking",
  "account",
  "build",
  "version",
  "serial",
  "ticket",
  "sku",
  "timestamp",
]);

/**
 * Phone numbers, validated by libphonenumber-js against the full numbering
 * plan metadata (`/max`). The library only ever sees short candidate runs of
 * digits and phone punctuation holding at least seven digits, so its cost is
 * bounded per candidate and the text is scanned once.
 */
export const findPhoneNumbers: Detector = ({ text, profile, code, defaultCountry }) => {
  if (profile.digits < 7) return [];
  const spans: Span[] = [];
  let calls = 0;
  let i = 0;
  while (i < text.length && calls < maxLibraryCallsPerText) {
    if (!isPhoneChar(text.charCodeAt(i)) || text.charCodeAt(i) === 32) {
      i++;
      continue;
    }
    const start = i;
    let digits = 0;
    while (i < text.length && i - start < maxCandidateLength && isPhoneChar(text.charCodeAt(i))) {
      if (isDigit(text.charCodeAt(i))) digits++;
      i++;
    }
    // A number glued to a word ("AB5551234567", "x22405") is an id or an extension, not a phone number.
    // E.164 numbers have at most 15 digits; with an extension or two numbers side by side, 30.
    if (digits < 7 || digits > 30 || (start > 0 && isWordCode(text.charCodeAt(start - 1)))) continue;
    const candidate = text.slice(start, i);
    calls++;
    for (const found of findPhoneNumbersInText(candidate, { defaultCountry })) {
      if (!found.number.isValid()) continue;
      const begin = start + found.startsAt;
      const end = start + found.endsAt;
      const around = surroundings(text, begin, end);
      let score = 0.8;
      if (notPhoneWords(around)) score -= 0.35;
      else if (phoneWords(around)) score += 0.15;
      if (code) score -= 0.35;
      spans.push({ start: begin, end, category: "pii", detector: "phone", score: clampScore(score) });
    }
  }
  return spans;
};

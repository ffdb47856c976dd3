import type { DetectionInput } from "../detection.ts";
import { clampScore, type Span } from "../span.ts";

/**
 * One-time codes: the second factor of a sign-in, valid for minutes, and a recovery code that stands in
 * for it. A code is digits or short random groups and says nothing by its shape alone (an order number
 * has six digits too), so each rule reads where it stands:
 *  - typed or shown alone on a window that asks to sign in or to confirm one (`Surface.form` "sign-in":
 *    a sign-in page, a verification step, a VPN client, an authenticator, a password manager);
 *  - told after a word that names a one-time code or the channel it came by ("the 2FA code for the
 *    shared root is …", "got the SMS: …", "code de vérification reçu : …");
 *  - sent the way Google and Facebook text them, behind their tag ("G-482193").
 */
export function findOneTimeCodes(input: DetectionInput): Span[] {
  const { text, profile } = input;
  // Every code has a digit: a recovery code's groups may hold as few as one.
  if (profile.digits === 0) return [];
  const spans: Span[] = [];
  if (input.form === "sign-in" && profile.digits >= 6) spans.push(...codesAloneOnSignIn(text));
  if (oneTimeCodeCue.test(text)) spans.push(...codesToldAfterCue(text));
  if (text.includes("-")) spans.push(...taggedCodes(text));
  return spans;
}

function oneTimeSpan(start: number, end: number, score: number): Span {
  return { start, end, category: "credential", detector: "one-time-code", score: clampScore(score) };
}

/** Six to eight digits, as one-time codes are sent; eight that read as a date (`20261204`) say when instead. */
export function oneTimeCodeDigits(value: string): boolean {
  const digits = value.replace(/\D/g, "");
  if (digits.length < 6 || digits.length > 8) return false;
  const date = /^(?:19|20)\d{2}(0[1-9]|1[0-2])(\d{2})$/.exec(digits);
  return date === null || Number(date[2]) < 1 || Number(date[2]) > 31;
}

// A code as an authenticator shows it or a person types it: six to eight digits, or two groups of three
// or four ("482 193", "4821-9377").
const codeAlone = /^(?:\d{6,8}|\d{3,4}[ -]\d{3,4})$/;

/**
 * On a sign-in form, a line that is a code and nothing else: the code typed into its field (the whole
 * text), or the one an authenticator shows under the account's name ("Orsova SSO\nAna Ruiz\n482193").
 */
function codesAloneOnSignIn(text: string): Span[] {
  const spans: Span[] = [];
  let lineStart = 0;
  // Lines are read by one pass over the text; each is tested only when short enough to be a code.
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    if (lineEnd - lineStart <= 24) {
      const line = text.slice(lineStart, lineEnd);
      const value = line.trim();
      if (codeAlone.test(value) && oneTimeCodeDigits(value)) {
        const start = lineStart + line.indexOf(value);
        spans.push(oneTimeSpan(start, start + value.length, 0.85));
      }
    }
    lineStart = lineEnd + 1;
  }
  return spans;
}

// Words that name a one-time code, or the channel or factor it comes by, in the offices' languages: "SMS",
// "2FA", "OTP", "verification code", "Bestätigungscode", "code de vérification", "código de verificación",
// "codice di verifica", "verificatiecode", "kod weryfikacyjny", "verifieringskod", "engångskod".
const oneTimeCodeCue =
  /(?<![\p{L}\p{N}])(?:sms|2fa|mfa|otp|totp|2-step|two-factor|one-time|authenticator|verification|security code|(?:login|sign-in|access) code|bestätigungs\p{L}*|verifizierungs\p{L}*|sicherheitscode|einmal(?:code|passwort|kennwort)|zwei-faktor\p{L}*|vérification|verificaci[óo]n|verifica[çc][ãa]o|verifica|verificatie\p{L}*|weryfikac\p{L}*|jednorazow\p{L}*|verifierings\p{L}*|engångs\p{L}*)(?![\p{L}\p{N}])/iu;
const oneTimeCodeCues = new RegExp(oneTimeCodeCue.source, "giu");
// Between the cue and the value: at most six words naming what the code opens or how it came ("for the
// shared AWS root", "reçu", "für den Amazon-Business-Account"), then a colon or a verb that tells it.
const cueToValue =
  /^(?:[ \t]{1,2}[^\s:=.!?;,]{1,30}){0,6}?[ \t]{0,2}(?:[:=：][ \t]{0,3}|[ \t](?:is|is now|'s|’s|ist|lautet|est|c['’]est|es|è|é|är|er|jest|to|wynosi)[ \t]{1,3})/iu;
// "to" tells a value only after a Polish word ("kod weryfikacyjny to 482193"); in English it names whom a
// message goes to ("an sms to 020 3321 0486").
const polishCue = /^(?:weryfikac|jednorazow)/i;
// A number that counts, prices or files something is no code: "SMS credits: 250000", "verification case
// number: 48213957", "2FA enrolment ticket is 204918".
const recordWord =
  /(?<![\p{L}])(?:number|no|nr|nº|id|ids|ticket|case|order|reference|ref|tracking|invoice|credits?|cost|price|total|count|amount|balance|quota|limit|volume|rate|fee|nummer|bestellung|rechnung|numéro|commande|facture|número|pedido|factura|numero|ordine|fattura|bestelling|factuur|numer|zamówienie|faktura|ordernummer)(?![\p{L}])/iu;
// Two groups of letters and digits, the way recovery codes and some services' one-time codes are printed
// ("9f2k7-m3x8q", "ABCDE-12345").
export const recoveryCodeShape =
  /^(?=[a-z0-9-]*\d)[a-z0-9]{4,6}-[a-z0-9]{4,6}$|^(?=[A-Z0-9-]*\d)[A-Z0-9]{4,6}-[A-Z0-9]{4,6}$/;
// After the value: the clause ends or goes on, but no unit says it measured something ("120000 ms").
const afterCode =
  /^(?:$|[ \t]*[.,;:!?)\n–—]|[ \t]+-[ \t]|[ \t]+(?!(?:ms|s|sec|secs|seconds|min|mins|minutes|h|hours|days|chars|characters|bytes|kb|mb|%|€|\$|eur|usd|gbp|users|messages|sms)(?![\p{L}]))\S)/iu;

/** A one-time code told after its word or its channel: "got the sms: 324392", "the 2fa code … is j36zy-02qfx". */
function codesToldAfterCue(text: string): Span[] {
  if (text.length > 600) return [];
  const spans: Span[] = [];
  oneTimeCodeCues.lastIndex = 0;
  for (let cue = oneTimeCodeCues.exec(text); cue !== null; cue = oneTimeCodeCues.exec(text)) {
    const after = cue.index + cue[0].length;
    const told = cueToValue.exec(text.slice(after, after + 120));
    if (told === null || recordWord.test(told[0])) continue;
    if (/[ \t]to[ \t]+$/i.test(told[0]) && !polishCue.test(cue[0])) continue;
    const at = after + told[0].length;
    const code = toldCode(text.slice(at, at + 24));
    if (code === undefined || !afterCode.test(text.slice(at + code.length, at + code.length + 12))) continue;
    // Less sure than a rule that reads the code's own word: a code both find is reported as that rule's.
    spans.push(oneTimeSpan(at, at + code.length, 0.75));
    oneTimeCodeCues.lastIndex = Math.max(oneTimeCodeCues.lastIndex, at + code.length);
  }
  return spans;
}

function groupMixesLettersAndDigits(code: string): boolean {
  return code.split("-").some((group) => /\d/.test(group) && /[A-Za-z]/.test(group));
}

/** The code at the start of what follows a cue: digits as authenticators show them, or a printed code's groups. */
function toldCode(rest: string): string | undefined {
  // A third group makes it a phone number ("020 3321 0486"), a comma or a point an amount.
  const digits = /^(?:\d{3,4}[ -]\d{3,4}|\d{6,8})(?![\p{L}\p{N}]|[ -]\d|[.,]\d)/u.exec(rest)?.[0];
  if (digits !== undefined) return oneTimeCodeDigits(digits) ? digits : undefined;
  const grouped = /^[A-Za-z0-9]{4,6}-[A-Za-z0-9]{4,6}(?![\p{L}\p{N}-])/u.exec(rest)?.[0];
  // A ticket's key keeps its letters and its digits apart ("CORE-1182"); a random group mixes them.
  if (grouped !== undefined && recoveryCodeShape.test(grouped) && groupMixesLettersAndDigits(grouped))
    return grouped;
  // "verification code: K7P2QX": six to ten letters and digits in one case, two of each at least.
  const single = /^[A-Za-z0-9]{6,10}(?![\p{L}\p{N}-])/u.exec(rest)?.[0];
  if (
    single !== undefined &&
    (/^[A-Z0-9]+$/.test(single) || /^[a-z0-9]+$/.test(single)) &&
    (single.match(/\d/g)?.length ?? 0) >= 2 &&
    (single.match(/[A-Za-z]/g)?.length ?? 0) >= 2
  )
    return single;
  return undefined;
}

// Google and Facebook send their codes behind a tag at the start of the message: "G-482193 is your Google
// verification code", "FB-48219 is your Facebook confirmation code".
const taggedCode = /(?:^|\n)[ \t]{0,4}(?:G|FB)-[ ]?(\d{5,8})(?![\p{L}\p{N}]|[.,]\d)/gu;

function taggedCodes(text: string): Span[] {
  const spans: Span[] = [];
  taggedCode.lastIndex = 0;
  for (let match = taggedCode.exec(text); match !== null; match = taggedCode.exec(text)) {
    const code = match[1] ?? "";
    const start = match.index + match[0].length - code.length;
    spans.push(oneTimeSpan(start, start + code.length, 0.85));
  }
  return spans;
}

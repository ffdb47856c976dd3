/**
 * Character tests and small scanners the detectors share. Detectors find
 * candidates by walking the string once with these instead of with regular
 * expressions that could backtrack, so every detector is linear in the text.
 */

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

export function isLower(code: number): boolean {
  return code >= 97 && code <= 122;
}

export function isAsciiLetter(code: number): boolean {
  return isUpper(code) || isLower(code);
}

export function isAlnum(code: number): boolean {
  return isDigit(code) || isAsciiLetter(code);
}

/**
 * What `/\s/` matches, as a code-unit test: the scans that walk a text character by character
 * asked a regex of a one-character string for each, which cost more than the rest of their loop.
 */
export function isSpaceCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return (
    code === 160 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

// Whether each UTF-16 code unit above ASCII is a letter or a digit, filled in on first sight
// (0 not yet known, 1 yes, 2 no): a one-character string and a regex test per character cost
// more than the scans that ask.
const nonAsciiWordCodes = new Uint8Array(65536);

/** A letter of any script, or a digit: what may not touch a value for it to stand alone. */
export function isWordCode(code: number): boolean {
  if (code <= 127) return isAlnum(code) || code === 95;
  // `charCodeAt` past the end gives NaN, which is no word character.
  if (!(code <= 65535)) return false;
  let known = nonAsciiWordCodes[code];
  if (known === 0) {
    known = /\p{L}|\p{N}/u.test(String.fromCharCode(code)) ? 1 : 2;
    nonAsciiWordCodes[code] = known;
  }
  return known === 1;
}

const combiningMark = /\p{M}/u;

/** A combining mark (a vowel sign, a virama, an accent typed apart) or a zero-width (non-)joiner. */
function continuesWord(code: number): boolean {
  if (code < 0x300) return false;
  return code === 0x200c || code === 0x200d || combiningMark.test(String.fromCharCode(code));
}

/** True when the character before `start` and at `end` do not continue a word. */
export function standsAlone(text: string, start: number, end: number): boolean {
  return (start === 0 || !isWordCode(text.charCodeAt(start - 1))) && !isWordCode(text.charCodeAt(end));
}

/**
 * Whether `[start, end)` is the whole of what was filled in: the text alone (spaces aside), or a
 * whole value of a URL's query (`?step=2&value=…&`), which is how web forms carry their fields.
 */
export function filledAlone(text: string, start: number, end: number): boolean {
  if (text.trim() === text.slice(start, end).trim()) return true;
  return (
    /[?&][\w.-]{1,32}=$/.test(text.slice(Math.max(0, start - 34), start)) &&
    (end === text.length || text.charAt(end) === "&" || text.charAt(end) === "#")
  );
}

/** The lower-cased text around `[start, end)`, `radius` characters each side. */
export function surroundings(text: string, start: number, end: number, radius = 40): string {
  return `${text.slice(Math.max(0, start - radius), start)} ${text.slice(end, end + radius)}`.toLowerCase();
}

/**
 * A test for any of `words` as whole words. The pattern is one alternation of
 * literals between word boundaries: no quantifier, so it cannot backtrack.
 */
export function wordMatcher(words: readonly string[]): (text: string) => boolean {
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join("|")})(?![\\p{L}\\p{N}])`, "iu");
  return (text) => pattern.test(text);
}

/** Counts what the detectors' prefilters ask about, in one pass. */
export interface TextProfile {
  digits: number;
  letters: number;
  upper: number;
  at: number;
  colons: number;
  /** Signs of source code: braces, semicolons at line ends, arrows, keywords. */
  codeMarks: number;
}

const codeKeyword =
  /(?:^|[\s;{(])(?:const|let|var|function|return|import|export|def|class|public|private|static|void|int|fn|func|package|#include|SELECT|FROM)\s/g;

export function profileText(text: string): TextProfile {
  let digits = 0;
  let letters = 0;
  let upper = 0;
  let at = 0;
  let colons = 0;
  let codeMarks = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isDigit(code)) digits++;
    else if (isLower(code)) letters++;
    else if (isUpper(code)) {
      letters++;
      upper++;
    } else if (code === 64) at++;
    else if (code === 58) colons++;
    else if (code === 123 || code === 125) codeMarks++;
    else if (code === 59 && (i + 1 === text.length || text.charCodeAt(i + 1) === 10)) codeMarks++;
    else if (code === 61 && text.charCodeAt(i + 1) === 62) codeMarks++;
  }
  if (letters > 0) {
    codeKeyword.lastIndex = 0;
    let found = 0;
    while (found < 3 && codeKeyword.exec(text) !== null) found++;
    codeMarks += found;
  }
  return { digits, letters, upper, at, colons, codeMarks };
}

/** Shannon entropy in bits per character. */
export function entropyBitsPerChar(value: string): number {
  const counts = new Map<number, number>();
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** Digits of `value` as numbers, skipping separators. */
export function digitsOf(value: string): number[] {
  const digits: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (isDigit(code)) digits.push(code - 48);
  }
  return digits;
}

/** A digit group: a maximal run of ASCII digits. */
export interface DigitGroup {
  start: number;
  end: number;
}

/**
 * Maximal runs of digit groups joined by exactly one separator from
 * `separators` ("4111 1111-1111 1111"), each as its groups. One pass; every
 * character is looked at a constant number of times.
 */
export function digitGroupRuns(text: string, separators: string): DigitGroup[][] {
  const runs: DigitGroup[][] = [];
  let run: DigitGroup[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isDigit(text.charCodeAt(i))) i++;
    run.push({ start, end: i });
    const joined =
      i + 1 < text.length && separators.includes(text.charAt(i)) && isDigit(text.charCodeAt(i + 1));
    if (!joined) {
      runs.push(run);
      run = [];
    }
    i = joined ? i + 1 : i;
  }
  return runs;
}

/** The digits of `text[start, end)`, separators skipped, as a string. */
export function digitString(text: string, start: number, end: number): string {
  let digits = "";
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isDigit(code)) digits += text.charAt(i);
  }
  return digits;
}

/** A word of the text: letters and digits, with inner apostrophes and hyphens ("crohn's", "covid-19"). */
export interface Word {
  start: number;
  end: number;
  /** Lower-cased. */
  lower: string;
  /** Starts with an upper-case letter followed by a lower-case one ("Maria", not "MARIA" or "iPhone"). */
  capitalised: boolean;
}

/** `_` at `at` before a title-case word ("PIP_March"), or between a lower-case letter and a capital or digit ("Stub_2025"). */
function fileNameJoin(text: string, at: number): boolean {
  const next = text.charCodeAt(at + 1);
  // "P60_2025.pdf", "W2_2026_03": a year after an underscore dates a file; it is no part of a name.
  if (/^_(?:19|20)\d\d(?![\p{L}\p{N}])/u.test(text.slice(at, at + 6))) return true;
  if (isUpper(next) && isLower(text.charCodeAt(at + 2))) return true;
  return isLower(text.charCodeAt(at - 1)) && (isUpper(next) || isDigit(next));
}

// A document's file name: its words joined by `_`, `-` or `.`, then a document's extension.
const documentFileName =
  /^[\p{L}\p{N}_.-]{0,120}?\.(?:pdf|docx?|xlsx?|odt|ods|pptx?|csv|rtf|txt|png|jpe?g|heic)(?![\p{L}\p{N}])/iu;

export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  let i = 0;
  // Where the run of file-name characters that `i` is in ends, and whether it is a document's file name.
  let runEnd = -1;
  let inFileName = false;
  while (i < text.length) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    // "Nomina_marzo_2026.pdf": in a document's file name every underscore stands for a space.
    if (text.charCodeAt(i) === 95 && (inFileName || fileNameJoin(text, i))) {
      i++;
      continue;
    }
    if (i >= runEnd) {
      // One pass finds where the run of file-name characters ends and whether it holds a full stop.
      let fullStop = false;
      runEnd = i;
      for (let code = text.charCodeAt(i); isFileNameCode(code); code = text.charCodeAt(++runEnd)) {
        if (code === 46) fullStop = true;
      }
      // A file name's extension follows a full stop: most runs have none and need no pattern.
      inFileName = fullStop && documentFileName.test(text.slice(i, runEnd + 8));
    }
    const start = i;
    // Whether the word holds a typographic apostrophe, to be written as a plain one in `lower`.
    let curly = false;
    while (i < text.length) {
      const code = text.charCodeAt(i);
      // "Offer_Letter_March.pdf": an underscore before a title-case word or a number joins words
      // of a file name, not parts of an identifier ("salary_band", "SECRET_KEY" stay one word).
      if (code === 95 && i > start && (inFileName || fileNameJoin(text, i))) break;
      if (isWordCode(code)) i++;
      else if ((code === 39 || code === 8217 || code === 45) && isWordCode(text.charCodeAt(i + 1))) {
        if (code === 8217) curly = true;
        i += 2;
      }
      // "राहुल", "கார்த்திக்", "รัตนพล": vowel signs and viramas are marks inside a word, not breaks in it;
      // so are the zero-width joiners of Persian and Kurdish ("ڕه‌زان").
      else if (continuesWord(code)) i++;
      else break;
    }
    const word = text.slice(start, i);
    const lower = word.toLowerCase();
    words.push({
      start,
      end: i,
      lower: curly ? lower.replaceAll("’", "'") : lower,
      capitalised: startsCapitalised(word) || irishOrItalianSurname(word),
    });
  }
  return words;
}

/** An upper-case letter, then a lower-case one ("Maria", not "MARIA" or "iPhone"). */
function startsCapitalised(word: string): boolean {
  const firstCode = word.charCodeAt(0);
  const secondCode = word.charCodeAt(1);
  // Most words are ASCII: comparing codes spares two one-character strings and three case mappings per word.
  if (firstCode <= 127 && secondCode <= 127) return isUpper(firstCode) && isLower(secondCode);
  const first = word.charAt(0);
  const second = word.charAt(1);
  return (
    first !== first.toLowerCase() &&
    second !== "" &&
    second === second.toLowerCase() &&
    second !== second.toUpperCase()
  );
}

/** A letter, digit, `_`, `-` or `.`: what a file name's run is made of. */
function isFileNameCode(code: number): boolean {
  return isWordCode(code) || code === 45 || code === 46;
}

// How far back from a position to look for the `://` of a URL it would be part of.
const maxAuthorityLength = 256;

/**
 * `postgres://app:S3cret@db.internal`: what reads as `S3cret@db.internal` is a
 * URL's password and host, not a mailbox. True when `://` stands before
 * `start` in the same run of non-space characters, with a `:` after it and no
 * `@` between: `start` is inside the user and password of a URL.
 */
export function inUrlAuthority(text: string, start: number): boolean {
  let i = start - 1;
  let colon = false;
  while (i >= 2 && start - i <= maxAuthorityLength) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 9 || code === 10 || code === 13 || code === 64) return false;
    if (code === 47 && text.charCodeAt(i - 1) === 47 && text.charCodeAt(i - 2) === 58) return colon;
    if (code === 58) colon = true;
    i--;
  }
  return false;
}

// Characters that sentences rarely hold and code, paths and markup always do.
const codeCharacters = new Set([..."_=(){}[]<>/\\$#*|`"].map((char) => char.charCodeAt(0)));

/**
 * The text reads as a sentence of prose, wherever it was typed or copied: several words,
 * a capital or a letter first, a full stop, question or exclamation mark last, and none of
 * the characters code, paths and markup are written with. A comment ("// returns the
 * diagnosis.") and a schema line are not prose by this test.
 */
export function readsAsProse(text: string, profile: TextProfile): boolean {
  if (profile.codeMarks > 0) return false;
  const trimmed = text.trim();
  const last = trimmed.charAt(trimmed.length - 1);
  if (last !== "." && last !== "!" && last !== "?") return false;
  let spaces = 0;
  for (let i = 0; i < trimmed.length; i++) {
    const code = trimmed.charCodeAt(i);
    if (codeCharacters.has(code)) return false;
    if (code === 32) spaces++;
  }
  return spaces >= 3;
}

/** "O'Connor", "D’Angelo": O or D, an apostrophe, then a capitalised word, is one capitalised name. */
function irishOrItalianSurname(word: string): boolean {
  // Most words are ruled out by their first character, before any other is read.
  const firstCode = word.charCodeAt(0);
  if (firstCode !== 79 && firstCode !== 68) return false;
  const third = word.charAt(2);
  const fourth = word.charAt(3);
  return (
    (word.startsWith("O") || word.startsWith("D")) &&
    (word.charAt(1) === "'" || word.charAt(1) === "’") &&
    third !== third.toLowerCase() &&
    fourth !== "" &&
    fourth === fourth.toLowerCase() &&
    fourth !== fourth.toUpperCase()
  );
}

// ---------------------------------------------------------------- words typed in a hurry

/** Whether `word` ends with an English possessive, `'s` or `’s` ("Anna's"); a character test, asked of many words per text. */
export function endsWithPossessive(word: string): boolean {
  return word.endsWith("'s") || word.endsWith("’s");
}

/** `word` without an English possessive `'s` or `’s` at its end ("Anna's" → "Anna"). */
export function withoutPossessive(word: string): string {
  return endsWithPossessive(word) ? word.slice(0, -2) : word;
}

/** Whether `typed` is `word` with exactly one pair of neighbouring letters swapped. */
export function isOneSwapOf(typed: string, word: string): boolean {
  if (typed.length !== word.length || typed === word) return false;
  let i = 0;
  while (typed.charCodeAt(i) === word.charCodeAt(i)) i++;
  return (
    typed.charAt(i) === word.charAt(i + 1) &&
    typed.charAt(i + 1) === word.charAt(i) &&
    typed.slice(i + 2) === word.slice(i + 2)
  );
}

const swappableLetterRun = /\p{L}{5,27}/gu;

/** A run of five to 27 letters (a longer run is cut), where a word typed with two letters swapped may be. */
export interface LetterRun {
  start: number;
  end: number;
  /** Lower-cased. */
  lower: string;
}

/** The text's runs of five to 27 letters, the words `withSwappedWordsRepaired` may put right. */
export function swappableLetterRuns(text: string): LetterRun[] {
  const runs: LetterRun[] = [];
  swappableLetterRun.lastIndex = 0;
  for (let match = swappableLetterRun.exec(text); match !== null; match = swappableLetterRun.exec(text))
    runs.push({ start: match.index, end: match.index + match[0].length, lower: match[0].toLowerCase() });
  return runs;
}

/**
 * `text` with each of `words` typed with two neighbouring letters swapped put right, case kept. `runs`
 * are the text's `swappableLetterRuns`, passed in when several word lists are repaired in one text.
 */
export function withSwappedWordsRepaired(
  text: string,
  words: readonly string[],
  runs: readonly LetterRun[] = swappableLetterRuns(text),
): string {
  // The text is put together once from its pieces: re-sliced per repaired word, it would be copied once a word.
  const pieces: string[] = [];
  let copied = 0;
  for (const { start, end, lower } of runs) {
    const meant = words.find((word) => isOneSwapOf(lower, word));
    if (meant === undefined) continue;
    const typed = text.slice(start, end);
    const fixed = Array.from(meant, (char, i) =>
      typed.charAt(i) === lower.charAt(i) ? char : char.toUpperCase(),
    ).join("");
    pieces.push(text.slice(copied, start), fixed);
    copied = end;
  }
  if (pieces.length === 0) return text;
  pieces.push(text.slice(copied));
  return pieces.join("");
}

import type { SensitivityCategory } from "@cordon/sensitivity";
import type { Detector } from "../detection.ts";
import { clampScore, type DetectorName, type Span } from "../span.ts";
import { readsAsProse, type Word } from "../text.ts";

/**
 * A compact vocabulary for one category. `strong` terms are sensitive on
 * their own ("chemotherapy", "performance improvement plan"); `ambiguous`
 * ones only with context words near them ("depression", "pip"); `context`
 * words lift both.
 */
export interface TermList {
  strong: readonly string[];
  ambiguous: readonly string[];
  context: readonly string[];
  /** Upper-case abbreviations that are strong only as written ("PIP" in prose, not "pip install"). */
  acronyms?: readonly string[];
  /**
   * Upper-case abbreviations with other common meanings ("MS" Teams, "RA" the
   * role): they count after "my", "her", "his" or beside a context word.
   */
  contextAcronyms?: readonly string[];
  /**
   * Those of `contextAcronyms` that name a condition someone has: they count also after "with" or "has"
   * closing a clause ("living with MS.", "she has RA, so…"), where a product would go on ("with MS Teams").
   */
  heldAcronyms?: readonly string[];
  /**
   * Words of engineering after which a term is a figure of speech ("surgery
   * on the monolith", "a migraine of a merge conflict"): a term within a few
   * words of one of them, with no context word, is not counted.
   */
  figurativeWith?: readonly string[];
  /**
   * Words that open the object a term is done to ("surgery on the auth module", "a biopsy of the
   * billing service"): after one, an engineering word four words on still makes the term a figure
   * of speech, where otherwise three is the reach.
   */
  figurativeObjectOpeners?: readonly string[];
  /**
   * Set phrases of everyday software that contain a term and mean something
   * else ("leave a review", "code review", "rate limit"): where one matches,
   * its words are read as that phrase and none of them counts.
   */
  benign?: readonly string[];
  /** Strong terms no engineering word nearby makes figurative ("a panic attack before the demo"). */
  literal?: readonly string[];
  /**
   * The score of an ambiguous term nothing lifts (0.3 by default). Below 0.2 a window's lift alone
   * (an HR system's pages) cannot report it: the window then only helps a term something else lifts.
   */
  unliftedAmbiguousScore?: number;
  /** Ambiguous terms that count after a possessive ("my radiation next Tuesday", "her therapist"). */
  owned?: readonly string[];
  /**
   * Possessives of the list's other languages ("mein MRT", "mon IRM", "mijn fysio"), added to the
   * English ones for its owned terms and context acronyms.
   */
  possessives?: readonly string[];
  /** How many words before an owned term its possessive may stand (1 by default: "my therapist"). */
  ownedReach?: 1 | 2;
}

interface Term {
  words: readonly string[];
  strong: boolean;
  benign?: true;
}

/** How many words either side of a term are read for context. */
const contextRadiusWords = 8;

/**
 * Finds the terms of `list` by looking each word up in an index of the first
 * words of the phrases, so the cost is one map lookup per word of the text.
 * Plurals are matched by a trailing `s`/`es`.
 */
export function termDetector(
  category: SensitivityCategory,
  detector: DetectorName,
  list: TermList,
): Detector {
  const byFirstWord = new Map<string, Term[]>();
  const add = (phrase: string, strong: boolean, benign = false) => {
    const words = phrase.toLowerCase().split(" ");
    const first = words[0] ?? "";
    const terms = byFirstWord.get(first) ?? [];
    terms.push(benign ? { words, strong, benign } : { words, strong });
    terms.sort((a, b) => b.words.length - a.words.length);
    byFirstWord.set(first, terms);
  };
  for (const phrase of list.strong) add(phrase, true);
  for (const phrase of list.ambiguous) add(phrase, false);
  for (const phrase of list.benign ?? []) add(phrase, false, true);
  const byWord = withPluralKeys(byFirstWord);
  const acronyms = new Set(list.acronyms ?? []);
  const contextAcronyms = new Set(list.contextAcronyms ?? []);
  const heldAcronyms = new Set(list.heldAcronyms ?? []);
  const acronymShape = shapeOf([...acronyms, ...contextAcronyms]);
  const figurative = withPlurals(list.figurativeWith ?? []);
  const context = withPlurals([...list.context, ...list.strong.filter((phrase) => !phrase.includes(" "))]);
  const owned = new Set(list.owned ?? []);
  const literal = new Set(list.literal ?? []);
  const owners =
    list.possessives === undefined ? possessives : new Set([...possessives, ...list.possessives]);
  // "my second covid jab", "her left knee surgery": one word may stand between the possessive and
  // its term, but not a word that starts another clause or owner ("my team's therapy app").
  const ownedAt = (all: readonly Word[], at: number) => {
    if (owners.has(all[at - 1]?.lower ?? "")) return true;
    const between = all[at - 1]?.lower ?? "";
    return (
      list.ownedReach === 2 &&
      owners.has(all[at - 2]?.lower ?? "") &&
      !between.endsWith("'s") &&
      !ownershipBreaks.has(between)
    );
  };
  const unliftedAmbiguousScore = list.unliftedAmbiguousScore ?? 0.3;
  const objectOpeners = new Set(list.figurativeObjectOpeners ?? []);

  return ({ text, profile, code: inCodeSurface, words }) => {
    // The profile counts Latin letters only: a Hindi or Greek text has none and still has words.
    if (profile.letters < 2 && !otherScriptLetter.test(text)) return [];
    // A sentence copied into an editor ("Je me fais opérer lundi.") is still prose.
    const code = inCodeSurface && !readsAsProse(text, profile);
    const all = words();
    const spans: Span[] = [];
    for (let i = 0; i < all.length; i++) {
      const word = all[i];
      // Slicing every word to compare it with the acronyms cost more than the rest of the loop.
      const written = word === undefined || !acronymShape(text, word) ? "" : text.slice(word.start, word.end);
      // "PIP install failed": an acronym a package manager shares, before its command, is the tool.
      if (
        word !== undefined &&
        acronyms.has(written) &&
        !toolCommands.has(all[i + 1]?.lower ?? "") &&
        !namesSoftware(text, all, i, i + 1)
      ) {
        spans.push({
          start: word.start,
          end: word.end,
          category,
          detector,
          score: clampScore(code ? 0.6 : 0.85),
        });
        continue;
      }
      // "PT 67 08 81 D": capitals before spaced pairs of digits are an id's letters (a NINO's prefix).
      if (
        word !== undefined &&
        contextAcronyms.has(written) &&
        !idDigitsAfter.test(text.slice(word.end, word.end + 6))
      ) {
        const owner = owners.has(all[i - 1]?.lower ?? "");
        if (
          owner ||
          hasContext(all, i, i + 1, context) ||
          (heldAcronyms.has(written) && hadAtClauseEnd(text, all, i))
        ) {
          spans.push({
            start: word.start,
            end: word.end,
            category,
            detector,
            score: clampScore(code ? 0.5 : 0.8),
          });
          continue;
        }
      }
      const term = longestTermAt(all, i, byWord) ?? strongPartOfUrlWord(text, all, i, byWord);
      if (term === undefined) continue;
      const last = all[i + term.words.length - 1];
      const first = all[i];
      if (first === undefined || last === undefined) continue;
      if (term.benign || namesSoftware(text, all, i, i + term.words.length)) {
        i += term.words.length - 1;
        continue;
      }
      const lifted =
        hasContext(all, i, i + term.words.length, context) ||
        (owned.has(term.words.join(" ")) && ownedAt(all, i));
      // A figure of speech names its subject close by ("a migraine of a merge conflict", "the demo was
      // sick"); an engineering word further on belongs to another clause ("in remission, will update the team").
      // An engineering word just before a term is its subject ("the cron job fired twice"), whatever else is near.
      const subject = figurative.size > 0 && hasContext(all, i, i + term.words.length, figurative, 2, 0);
      // Beside engineering words an ambiguous term is read as theirs even when a word of the domain
      // lifts it: "the clinic scheduling app crashes on the appointments page" is about software.
      const owner = owners.has(all[i - 1]?.lower ?? "");
      if (
        !literal.has(term.words.join(" ")) &&
        (subject ||
          (!lifted &&
            figurative.size > 0 &&
            hasContext(
              all,
              i,
              i + term.words.length,
              figurative,
              5,
              objectOpeners.has(all[i + term.words.length]?.lower ?? "") ? 4 : 3,
            )) ||
          (!term.strong && !owner && hasContext(all, i, i + term.words.length, softwareWords, 5, 3)))
      ) {
        i += term.words.length - 1;
        continue;
      }
      let score = term.strong ? 0.8 : unliftedAmbiguousScore;
      if (lifted) score = term.strong ? 0.95 : 0.65;
      // In code a term is a field or a type of the domain the code serves ("diagnosis_code",
      // "Prescription"), and its neighbours are more of the same: context does not lift it there.
      if (code) score = term.strong ? 0.45 : 0;
      spans.push({ start: first.start, end: last.end, category, detector, score: clampScore(score) });
      i += term.words.length - 1;
    }
    return spans;
  };
}

const idDigitsAfter = /^ \d{2} \d{2}/;

// Greek, Cyrillic, the Indic scripts, and the Japanese, Chinese and Korean ones.
const otherScriptLetter = /[\u0370-\u1fff\u3040-\ud7af]/;

/**
 * A URL path names a page by hyphenated words (`/staff/42/salary-history`, `#compensation-change`):
 * there a strong term may be one part of the hyphenated word. Only in a URL, where prose's
 * compounds ("fired-up") do not stand.
 */
function strongPartOfUrlWord(
  text: string,
  words: readonly Word[],
  at: number,
  byFirstWord: Map<string, Term[]>,
): Term | undefined {
  const word = words[at];
  if (word === undefined || !word.lower.includes("-") || !/[/#?=]/.test(text.charAt(word.start - 1)))
    return undefined;
  if (!text.includes("://")) return undefined;
  for (const part of word.lower.split("-")) {
    const term = lookup(part, byFirstWord)?.find(
      (candidate) => candidate.strong && candidate.words.length === 1,
    );
    if (term !== undefined && sameWord(part, term.words[0] ?? "")) return term;
  }
  return undefined;
}

// Things software is made of: a term right before one of them names it ("prescriptions API",
// "salary column", "grievance module", "appointments page"), and a term written as a member of an
// object ("Patient.diagnosis", "employee.salary") is a field of code quoted in prose.
// biome-ignore format: a word list reads better packed
const softwareNouns = new Set([
  "api", "apis", "endpoint", "endpoints", "schema", "schemas", "table", "tables", "column", "columns", "field",
  "fields", "microservice", "module", "component", "widget", "enum", "dto", "entity", "payload", "mapper",
  "parser", "webhook", "webhooks", "dataset", "page", "screen", "dropdown", "view", "feature", "button", "query",
  "index", "migration", "controller", "handler", "sdk", "plugin", "repo", "repository", "microservices", "code",
  "codes", "resource", "resources", "viewer", "viewers",
]);

// Words of software products and their making, beside which even a lifted ambiguous term is the software's.
// biome-ignore format: a word list reads better packed
const softwareWords = withPlurals([
  ...softwareNouns, "app", "apps", "crashes", "crash", "ci", "deploy", "deployed", "bug", "bugs", "database",
  "backend", "frontend", "ui", "ux", "codebase", "refactor", "release", "staging", "prod", "click", "clicks",
  "users", "cron",
]);

// What everyone in a company is told about a matter: a term before one of these names the rule or
// the programme ("the sick leave policy", "the promotion cycle", "the performance review process").
// biome-ignore format: a word list reads better packed
const programmeNouns = new Set([
  "policy", "policies", "process", "cycle", "guide", "guidelines", "template", "templates", "training",
  "handbook", "faq", "framework", "rubric", "matrix", "calculator", "workshop", "webinar", "awareness",
  "statistics", "stats", "trends",
]);

function namesSoftware(text: string, words: readonly Word[], from: number, to: number): boolean {
  const next = words[to]?.lower ?? "";
  if (softwareNouns.has(next) || programmeNouns.has(next)) return true;
  const first = words[from];
  const last = words[to - 1];
  if (first === undefined || last === undefined) return false;
  const member = (at: number) => text.charAt(at) === "." && /[\p{L}\p{N}_]/u.test(text.charAt(at - 1));
  const memberAfter =
    text.charAt(last.end) === "." &&
    /[\p{L}_(]/u.test(text.charAt(last.end + 1)) &&
    !documentExtension.test(text.slice(last.end, last.end + 7));
  return member(first.start - 1) || memberAfter;
}

// "discharge_summary_cardiology.pdf": a document's extension after a term is a file name, not a member of code.
const documentExtension = /^\.(?:pdf|docx?|xlsx?|odt|rtf|txt|jpe?g|png|heic|pages)(?![\p{L}\p{N}_])/iu;

// Commands of package managers and command-line tools, whose names some acronyms share ("PIP", "MS").
const toolCommands = new Set(["install", "uninstall", "freeze", "upgrade", "download", "wheel", "cache"]);

function sameWord(word: string, term: string): boolean {
  return word === term || word === `${term}s` || word === `${term}es`;
}

/**
 * The terms whose first word is `word`, its singular without `s`, or without `es`, tried in that
 * order: `withPluralKeys` has already resolved every word that can find any, so one get does.
 */
function lookup(word: string, byWord: Map<string, Term[]>): Term[] | undefined {
  return byWord.get(word);
}

/**
 * The index keyed also by every plural (`term` + `s`, `term` + `es`), each holding what the word
 * itself, then its `s`-less, then its `es`-less form finds: slicing each word of every text twice
 * to try its singulars cost more than a map twice the size.
 */
function withPluralKeys(byFirstWord: Map<string, Term[]>): Map<string, Term[]> {
  const byWord = new Map<string, Term[]>();
  const find = (word: string) =>
    byFirstWord.get(word) ??
    (word.endsWith("s") ? byFirstWord.get(word.slice(0, -1)) : undefined) ??
    (word.endsWith("es") ? byFirstWord.get(word.slice(0, -2)) : undefined);
  for (const first of byFirstWord.keys()) {
    for (const word of [first, `${first}s`, `${first}es`]) {
      const terms = find(word);
      if (terms !== undefined) byWord.set(word, terms);
    }
  }
  return byWord;
}

/** The words and each of them with an `s`: `hasContext` counts a plural as its word. */
function withPlurals(words: readonly string[]): Set<string> {
  return new Set(words.flatMap((word) => [word, `${word}s`]));
}

/**
 * A cheap test that a word may be one of `acronyms` as written: its length and first character
 * fit one of them. Only such words are sliced from the text to be compared.
 */
function shapeOf(acronyms: readonly string[]): (text: string, word: Word) => boolean {
  if (acronyms.length === 0) return () => false;
  const firsts = new Set(acronyms.map((acronym) => acronym.charCodeAt(0)));
  const lengths = acronyms.map((acronym) => acronym.length);
  const shortest = Math.min(...lengths);
  const longest = Math.max(...lengths);
  return (text, word) =>
    word.end - word.start >= shortest &&
    word.end - word.start <= longest &&
    firsts.has(text.charCodeAt(word.start));
}

function longestTermAt(
  words: readonly Word[],
  at: number,
  byFirstWord: Map<string, Term[]>,
): Term | undefined {
  const word = words[at];
  if (word === undefined) return undefined;
  // French and Italian elide an article onto the word: "l'hôpital", "un'ernia", "d'appendicite".
  let first = word.lower;
  let candidates = lookup(first, byFirstWord);
  // A word's `lower` writes a typographic apostrophe as a plain one ("l’hôpital" as "l'hôpital").
  if (candidates === undefined && first.includes("'")) {
    first = first.replace(elidedArticle, "");
    candidates = lookup(first, byFirstWord);
  }
  if (candidates === undefined) return undefined;
  return candidates.find((term) =>
    term.words.every((part, offset) => {
      const next = words[at + offset];
      return next !== undefined && sameWord(offset === 0 ? first : next.lower, part);
    }),
  );
}

const elidedArticle = /^(?:l|d|un|dell|all|nell|dall|sull|j|m|qu)['’](?=\p{L}{3})/u;

// biome-ignore format: a word list reads better packed
const possessives = new Set([
  "my", "her", "his", "their", "your", "our", "mum's", "mom's", "dad's", "kid's", "son's", "daughter's",
  "child's", "baby's", "wife's", "husband's", "partner's",
]);

// Words after a possessive that end its phrase: "my code and therapy", "my app's scan".
// biome-ignore format: a word list reads better packed
const ownershipBreaks = new Set([
  "and", "or", "but", "team", "company", "app", "code", "new", "old", "own", "favourite", "favorite", "product",
  "service", "project", "client", "customer", "und", "et", "y", "e", "en", "och", "i",
]);

// "living with MS.", "my sister has RA, so…", "what diet helps with MS?": an abbreviation someone has,
// closing its clause. "with MS Teams", "has RA access" go on with what the abbreviation names.
const havingWords = new Set([
  "with",
  "has",
  "have",
  "had",
  "hat",
  "habe",
  "con",
  "avec",
  "met",
  "med",
  "com",
]);
function hadAtClauseEnd(text: string, words: readonly Word[], at: number): boolean {
  const word = words[at];
  if (word === undefined || !havingWords.has(words[at - 1]?.lower ?? "")) return false;
  const after = text.charAt(word.end);
  return after === "" || after === "." || after === "," || after === "?" || after === "!" || after === ";";
}

function hasContext(
  words: readonly Word[],
  from: number,
  to: number,
  context: Set<string>,
  radius = contextRadiusWords,
  radiusAfter = radius,
): boolean {
  for (let i = Math.max(0, from - radius); i < Math.min(words.length, to + radiusAfter); i++) {
    if (i >= from && i < to) continue;
    // `context` holds each word's plural as well (see `withPlurals`).
    if (context.has(words[i]?.lower ?? "")) return true;
  }
  return false;
}

import type { SensitivityCategory } from "@cordon/sensitivity";
import type { Detector } from "../detection.ts";
import { clampScore, type DetectorName, type Span } from "../span.ts";
import type { Word } from "../text.ts";

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
}

interface Term {
  words: readonly string[];
  strong: boolean;
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
  const add = (phrase: string, strong: boolean) => {
    const words = phrase.toLowerCase().split(" ");
    const first = words[0] ?? "";
    const terms = byFirstWord.get(first) ?? [];
    terms.push({ words, strong });
    terms.sort((a, b) => b.words.length - a.words.length);
    byFirstWord.set(first, terms);
  };
  for (const phrase of list.strong) add(phrase, true);
  for (const phrase of list.ambiguous) add(phrase, false);
  const acronyms = new Set(list.acronyms ?? []);
  const context = new Set([...list.context, ...list.strong.filter((phrase) => !phrase.includes(" "))]);

  return ({ text, profile, code, words }) => {
    if (profile.letters < 2) return [];
    const all = words();
    const spans: Span[] = [];
    for (let i = 0; i < all.length; i++) {
      const word = all[i];
      if (word !== undefined && acronyms.has(text.slice(word.start, word.end))) {
        spans.push({
          start: word.start,
          end: word.end,
          category,
          detector,
          score: clampScore(code ? 0.6 : 0.85),
        });
        continue;
      }
      const term = longestTermAt(all, i, byFirstWord);
      if (term === undefined) continue;
      const last = all[i + term.words.length - 1];
      const first = all[i];
      if (first === undefined || last === undefined) continue;
      const lifted = hasContext(all, i, i + term.words.length, context);
      let score = term.strong ? 0.8 : 0.3;
      if (lifted) score += term.strong ? 0.15 : 0.35;
      if (code) score -= term.strong ? 0.1 : 0.3;
      spans.push({ start: first.start, end: last.end, category, detector, score: clampScore(score) });
      i += term.words.length - 1;
    }
    return spans;
  };
}

function sameWord(word: string, term: string): boolean {
  return word === term || word === `${term}s` || word === `${term}es`;
}

function lookup(word: string, byFirstWord: Map<string, Term[]>): Term[] | undefined {
  return (
    byFirstWord.get(word) ??
    (word.endsWith("s") ? byFirstWord.get(word.slice(0, -1)) : undefined) ??
    (word.endsWith("es") ? byFirstWord.get(word.slice(0, -2)) : undefined)
  );
}

function longestTermAt(
  words: readonly Word[],
  at: number,
  byFirstWord: Map<string, Term[]>,
): Term | undefined {
  const word = words[at];
  if (word === undefined) return undefined;
  const candidates = lookup(word.lower, byFirstWord);
  if (candidates === undefined) return undefined;
  return candidates.find((term) =>
    term.words.every((part, offset) => {
      const next = words[at + offset];
      return next !== undefined && sameWord(next.lower, part);
    }),
  );
}

function hasContext(words: readonly Word[], from: number, to: number, context: Set<string>): boolean {
  for (
    let i = Math.max(0, from - contextRadiusWords);
    i < Math.min(words.length, to + contextRadiusWords);
    i++
  ) {
    if (i >= from && i < to) continue;
    const word = words[i]?.lower ?? "";
    if (context.has(word) || (word.endsWith("s") && context.has(word.slice(0, -1)))) return true;
  }
  return false;
}

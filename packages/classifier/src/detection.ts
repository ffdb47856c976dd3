import type { CountryCode } from "libphonenumber-js/max";
import type { Span } from "./span.ts";
import type { FormKind } from "./surface.ts";
import {
  type DigitGroup,
  digitGroupRuns,
  type LetterRun,
  profileText,
  swappableLetterRuns,
  type TextProfile,
  type Word,
  wordsOf,
} from "./text.ts";

/** What every detector is given: the text, its one-pass profile, and where it was seen. */
export interface DetectionInput {
  text: string;
  profile: TextProfile;
  /** The text is source code or sits in a code editor: its numbers are more likely ids than personal data. */
  code: boolean;
  /** The text's words, computed on first use and shared by the detectors that read words. */
  words: () => readonly Word[];
  /** Country assumed first for phone numbers written without a country code: `regions[0]`. */
  defaultCountry: CountryCode;
  /** The organisation's regions, most likely first: national formats are tried in this order. */
  regions: readonly CountryCode[];
  /** The text was typed into a form for identity documents, bank details, travel documents or an address (see `Surface.form`). */
  form?: FormKind;
}

/** A detector returns every span it is at least weakly sure of; the caller applies thresholds. */
export type Detector = (input: DetectionInput) => Span[];

/** Profiles `text` once and defers splitting it into words until a detector asks. */
export function detectionInput(
  text: string,
  {
    code = false,
    defaultCountry = "US",
    regions = [defaultCountry],
    form,
  }: {
    code?: boolean;
    defaultCountry?: CountryCode;
    regions?: readonly CountryCode[];
    form?: FormKind | undefined;
  } = {},
): DetectionInput {
  const profile = profileText(text);
  let words: Word[] | undefined;
  return {
    text,
    profile,
    code: code || profile.codeMarks >= 2,
    defaultCountry: regions[0] ?? defaultCountry,
    regions,
    ...(form === undefined ? {} : { form }),
    words: () => {
      words ??= wordsOf(text);
      return words;
    },
  };
}

/**
 * `derive` computed on an input's first use and kept for that input: several detectors that read the same
 * thing of one text share one computation. Kept per input object, so an input made again with another
 * text (`{ ...input, text: repaired }`) derives its own.
 */
export function perInput<T extends object | string | boolean>(
  derive: (input: DetectionInput) => T,
): (input: DetectionInput) => T {
  const derived = new WeakMap<DetectionInput, T>();
  return (input) => {
    let value = derived.get(input);
    if (value === undefined) {
      value = derive(input);
      derived.set(input, value);
    }
    return value;
  };
}

/** Digit groups joined by one space or hyphen ("4111 1111-1111 1111", "046-454-286", "123 45 6789"): cards, Canadian SINs and US SSNs read them. */
export const spaceOrHyphenDigitRuns: (input: DetectionInput) => readonly (readonly DigitGroup[])[] = perInput(
  (input) => digitGroupRuns(input.text, " -"),
);

/** The text's runs of five to 27 letters, lower-cased: national ids and bank accounts repair their swapped words in them. */
export const swappableLetterRunsOf: (input: DetectionInput) => readonly LetterRun[] = perInput((input) =>
  swappableLetterRuns(input.text),
);

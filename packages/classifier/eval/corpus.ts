import { eighthFamilies } from "./eighth/templates.ts";
import * as e from "./eighth/values.ts";
import { eleventhFamilies } from "./eleventh/templates.ts";
import * as k from "./eleventh/values.ts";
import { fifteenthFamilies } from "./fifteenth/templates.ts";
import * as f from "./fifteenth/values.ts";
import { fifthFamilies } from "./fifth/templates.ts";
import * as z from "./fifth/values.ts";
import { fourteenthFamilies } from "./fourteenth/templates.ts";
import * as h from "./fourteenth/values.ts";
import { fourthFamilies } from "./fourth/templates.ts";
import * as y from "./fourth/values.ts";
import type { EvalItem, ItemEventType } from "./items.ts";
import { ninthFamilies } from "./ninth/templates.ts";
import * as m from "./ninth/values.ts";
import { heldOutFamilies as secondFamilies } from "./second/templates.ts";
import * as w from "./second/values.ts";
import { seventhFamilies } from "./seventh/templates.ts";
import * as u from "./seventh/values.ts";
import { sixteenthFamilies } from "./sixteenth/templates.ts";
import * as g from "./sixteenth/values.ts";
import { sixthFamilies } from "./sixth/templates.ts";
import * as s from "./sixth/values.ts";
import { type Draft, families, type Template } from "./templates.ts";
import { tenthFamilies } from "./tenth/templates.ts";
import * as r from "./tenth/values.ts";
import { thirdFamilies } from "./third/templates.ts";
import * as x from "./third/values.ts";
import { thirteenthFamilies } from "./thirteenth/templates.ts";
import * as p from "./thirteenth/values.ts";
import { twelfthFamilies } from "./twelfth/templates.ts";
import * as q from "./twelfth/values.ts";
import * as v from "./values.ts";

/**
 * The evaluation corpus, generated in memory from fixed seeds: nothing of it
 * is committed, so nobody reads the held-out part by accident.
 *
 * The development part is everything that has already steered detector work:
 * the first corpus (templates.ts, values.ts), both of its halves, the second
 * corpus (second/), the third (third/), the fourth (fourth/), the fifth
 * (fifth/), the sixth (sixth/), the seventh (seventh/), the eighth (eighth/),
 * the ninth (ninth/), the tenth (tenth/), the eleventh (eleventh/), the
 * twelfth (twelfth/), the thirteenth (thirteenth/), the fourteenth
 * (fourteenth/) and the fifteenth (fifteenth/), each held out and reported,
 * so they can no longer judge honestly; the fifteenth, held out in round
 * fourteen and reported, is development now. The held-out part is the
 * sixteenth corpus (sixteenth/), written apart in round fifteen by someone
 * who read neither the detectors nor any earlier corpus, with its own random
 * source; it judges round fifteen's rules before and after, and its mistakes
 * are not read.
 */
export const corpusSeed = 20261204;
export const secondSeed = 20261205;
export const thirdSeed = 20261206;
export const fourthSeed = 20261207;
export const fifthSeed = 20261208;
export const sixthSeed = 20261209;
export const seventhSeed = 20261210;
export const eighthSeed = 20261211;
export const ninthSeed = 20261212;
export const tenthSeed = 20261213;
/** Not a date like the others: the eleventh corpus's hex tag, so it sits apart from the sequence. */
export const eleventhSeed = 0x11c0_a7e5;
/** The twelfth corpus's own tag, apart from the dates and from the eleventh's. */
export const twelfthSeed = 0x7e1f_2c0d;
/** The thirteenth corpus's own tag, apart from the dates and from the eleventh's and twelfth's. */
export const thirteenthSeed = 0x5eed_0d13;
/** The fourteenth corpus's own tag, apart from the dates and from every earlier hex tag. */
export const fourteenthSeed = 0x14ba_5e0d;
/** The fifteenth corpus's own tag, apart from the dates and from every earlier hex tag. */
export const fifteenthSeed = 0x15f1_eed5;
/** The sixteenth corpus's own tag, apart from the dates and from every earlier hex tag. */
export const sixteenthSeed = 0x16d0_5ea1;

export type Split = "dev" | "held-out";

export function generateEvalCorpus(): EvalItem[] {
  return [...generateDevelopmentCorpus(), ...generateHeldOutCorpus()];
}

/** Every corpus that has steered detector work, all of it development. */
export function generateDevelopmentCorpus(): EvalItem[] {
  return [
    ...generateFirstCorpus(corpusSeed).map((item) =>
      item.split === "dev"
        ? item
        : { ...item, split: "dev" as const, id: item.id.replace(/^held-out-/, "dev-b-") },
    ),
    ...generateSecondCorpus(secondSeed),
    ...generateThirdCorpus(thirdSeed),
    ...generateFourthCorpus(fourthSeed),
    ...generateFifthCorpus(fifthSeed),
    ...generateSixthCorpus(sixthSeed),
    ...generateSeventhCorpus(seventhSeed),
    ...generateEighthCorpus(eighthSeed),
    ...generateNinthCorpus(ninthSeed),
    ...generateTenthCorpus(tenthSeed),
    ...generateEleventhCorpus(eleventhSeed),
    ...generateTwelfthCorpus(twelfthSeed),
    ...generateThirteenthCorpus(thirteenthSeed),
    ...generateFourteenthCorpus(fourteenthSeed),
    ...generateFifteenthCorpus(fifteenthSeed),
  ];
}

/**
 * The corpus held out for round fifteen: the sixteenth, written apart by
 * someone who read neither the detectors nor any earlier corpus, with its own
 * random source (PCG-XSH-RR 32, seeded through Chris Wellons's triple32),
 * dealt as the others are with ids held-out-NNNNN. The fifteenth, held out in
 * round fourteen, is development now.
 */
export function generateHeldOutCorpus(): EvalItem[] {
  return dealApart(
    sixteenthFamilies,
    { seed: g.seed, chance: g.chance, pick: g.pick },
    sixteenthSeed,
    "held-out",
  );
}

/**
 * The fifteenth corpus: written apart for round fourteen with its own random
 * source (JSF32, seeded through murmur3's fmix32), held out in round fourteen
 * and measured before and after it, development since.
 */
function generateFifteenthCorpus(seed: number): EvalItem[] {
  return dealApart(fifteenthFamilies, { seed: f.seed, chance: f.chance, pick: f.pick }, seed, "dev").map(
    (item) => ({
      ...item,
      id: item.id.replace(/^dev-/, "dev-p-"),
    }),
  );
}

/**
 * The fourteenth corpus: written apart for round thirteen with its own random
 * source (xoshiro128**, seeded through lowbias32), held out in round thirteen
 * and measured before and after it, development since.
 */
function generateFourteenthCorpus(seed: number): EvalItem[] {
  return dealApart(fourteenthFamilies, { seed: h.seed, chance: h.chance, pick: h.pick }, seed, "dev").map(
    (item) => ({
      ...item,
      id: item.id.replace(/^dev-/, "dev-o-"),
    }),
  );
}

/**
 * The thirteenth corpus: written apart for round twelve with its own random
 * source (SFC32, seeded through splitmix32), held out in round twelve and
 * measured before and after it, development since.
 */
function generateThirteenthCorpus(seed: number): EvalItem[] {
  return dealApart(thirteenthFamilies, { seed: p.seed, chance: p.chance, pick: p.pick }, seed, "dev").map(
    (item) => ({
      ...item,
      id: item.id.replace(/^dev-/, "dev-n-"),
    }),
  );
}

/** The twelfth corpus: written apart for round eleven, held out in rounds eleven and twelve, development since. */
function generateTwelfthCorpus(seed: number): EvalItem[] {
  return dealApart(twelfthFamilies, { seed: q.seed, chance: q.chance, pick: q.pick }, seed, "dev").map(
    (item) => ({
      ...item,
      id: item.id.replace(/^dev-/, "dev-m-"),
    }),
  );
}

/** The eleventh corpus: written apart for round ten, held out in rounds ten and eleven, development since. */
function generateEleventhCorpus(seed: number): EvalItem[] {
  return dealApart(eleventhFamilies, { seed: k.seed, chance: k.chance, pick: k.pick }, seed, "dev").map(
    (item) => ({
      ...item,
      id: item.id.replace(/^dev-/, "dev-l-"),
    }),
  );
}

/** The tenth corpus: written apart for round nine, held out in rounds nine and ten, development since. */
function generateTenthCorpus(seed: number): EvalItem[] {
  return dealApart(tenthFamilies, { seed: r.seed, chance: r.chance, pick: r.pick }, seed, "dev").map(
    (item) => ({
      ...item,
      id: item.id.replace(/^dev-/, "dev-k-"),
    }),
  );
}

/** The ninth corpus: written apart for round eight, held out in rounds eight and nine, development since. */
function generateNinthCorpus(seed: number): EvalItem[] {
  return dealApart(ninthFamilies, { seed: m.seed, chance: m.chance, pick: m.pick }, seed, "dev").map(
    (item) => ({
      ...item,
      id: item.id.replace(/^dev-/, "dev-j-"),
    }),
  );
}

/** The eighth corpus: written apart for round seven, held out in rounds seven and eight, development since. */
function generateEighthCorpus(seed: number): EvalItem[] {
  return dealApart(eighthFamilies, { seed: e.seed, chance: e.chance, pick: e.pick }, seed, "dev").map(
    (item) => ({
      ...item,
      id: item.id.replace(/^dev-/, "dev-i-"),
    }),
  );
}

/** The seventh corpus: written apart for round seven's held-out part, development since. */
function generateSeventhCorpus(seed: number): EvalItem[] {
  return dealApart(seventhFamilies, { seed: u.seed, chance: u.chance, pick: u.pick }, seed, "dev").map(
    (item) => ({
      ...item,
      id: item.id.replace(/^dev-/, "dev-h-"),
    }),
  );
}

/** The sixth corpus: written apart for round six's held-out part, development since. */
function generateSixthCorpus(seed: number): EvalItem[] {
  return dealApart(sixthFamilies, { seed: s.seed, chance: s.chance, pick: s.pick }, seed, "dev").map(
    (item) => ({
      ...item,
      id: item.id.replace(/^dev-/, "dev-g-"),
    }),
  );
}

/** The fifth corpus: written apart for round five's held-out part, development since. */
function generateFifthCorpus(seed: number): EvalItem[] {
  return dealApart(fifthFamilies, { seed: z.seed, chance: z.chance, pick: z.pick }, seed, "dev").map(
    (item) => ({
      ...item,
      id: item.id.replace(/^dev-/, "dev-f-"),
    }),
  );
}

/** The fourth corpus: written apart for round four's held-out part, development since. */
function generateFourthCorpus(seed: number): EvalItem[] {
  return dealApart(fourthFamilies, { seed: y.seed, chance: y.chance, pick: y.pick }, seed, "dev").map(
    (item) => ({
      ...item,
      id: item.id.replace(/^dev-/, "dev-e-"),
    }),
  );
}

const negativeShare = 0.25;

/**
 * The third corpus, dealt as the second one is: written apart for round three's
 * held-out part, development since. Its own random source picks templates and
 * values; the first corpus's source is reseeded too, since `toItem` draws the
 * event shape (key presses, typos) from it.
 */
function generateThirdCorpus(seed: number): EvalItem[] {
  return dealApart(thirdFamilies, { seed: x.seed, chance: x.odds, pick: x.one }, seed, "dev").map((item) => ({
    ...item,
    id: item.id.replace(/^dev-/, "dev-d-"),
  }));
}

/** The second corpus: written apart for round two's held-out part, development since. */
function generateSecondCorpus(seed: number): EvalItem[] {
  return dealApart(secondFamilies, { seed: w.seed, chance: w.maybe, pick: w.one }, seed, "dev").map(
    (item) => ({ ...item, id: item.id.replace(/^dev-/, "dev-c-") }),
  );
}

/** A corpus written apart from the first, with its own random source: per family, a quarter of the items from its hard negatives. */
function dealApart(
  corpusFamilies: readonly { name: string; count: number; templates: readonly Template[] }[],
  random: { seed(value: number): void; chance(p: number): boolean; pick<T>(values: readonly T[]): T },
  seed: number,
  split: Split,
): EvalItem[] {
  v.seedAll(seed);
  random.seed(seed);
  const items: EvalItem[] = [];
  for (const family of corpusFamilies) {
    const positives = family.templates.filter((template) => !template.negative);
    const negatives = family.templates.filter((template) => template.negative);
    for (let n = 0; n < family.count; n++) {
      const fromNegatives = negatives.length > 0 && (positives.length === 0 || random.chance(negativeShare));
      const template = random.pick(fromNegatives ? negatives : positives);
      items.push(
        toItem(template.make("held-out"), { split, family: family.name, template, n: items.length }),
      );
    }
  }
  return items;
}

/** The first corpus as it was written: its templates dealt into two halves. */
function generateFirstCorpus(seed: number): EvalItem[] {
  v.seedAll(seed);
  const items: EvalItem[] = [];
  for (const family of families) {
    const halves = dealTemplates(family.templates);
    for (const split of ["dev", "held-out"] as const) {
      const templates = halves[split];
      // Negatives and positives are dealt separately so both halves keep the family's mix.
      const positives = templates.filter((template) => !template.negative);
      const negatives = templates.filter((template) => template.negative);
      for (let n = 0; n < family.count; n++) {
        const fromNegatives = negatives.length > 0 && (positives.length === 0 || v.chance(negativeShare));
        const template = v.pick(fromNegatives ? negatives : positives);
        items.push(toItem(template.make(split), { split, family: family.name, template, n: items.length }));
      }
    }
  }
  return items;
}

/** Each family's templates, dealt half and half within their groups (see `Template.group`). */
function dealTemplates(templates: readonly Template[]): Record<Split, Template[]> {
  const halves: Record<Split, Template[]> = { dev: [], "held-out": [] };
  const groups = new Map<string, Template[]>();
  for (const template of templates) {
    const key = template.group ?? (template.negative ? "negatives" : "positives");
    groups.set(key, [...(groups.get(key) ?? []), template]);
  }
  for (const group of groups.values()) {
    const shuffled = v.rng.helpers.shuffle([...group]);
    if (shuffled.length === 1) {
      halves.dev.push(...shuffled);
      halves["held-out"].push(...shuffled);
      continue;
    }
    // With an odd count the spare template goes to either part with equal chance.
    const devCount = Math.floor(shuffled.length / 2) + (shuffled.length % 2 === 1 && v.chance(0.5) ? 1 : 0);
    halves.dev.push(...shuffled.slice(0, devCount));
    halves["held-out"].push(...shuffled.slice(devCount));
  }
  return halves;
}

function toItem(
  draft: Draft,
  { split, family, template, n }: { split: Split; family: string; template: Template; n: number },
): EvalItem {
  const { place, channel, body } = draft;
  const negative = template.negative === true;
  // Whatever is typed to an AI assistant is a prompt (the product's rule), whatever else it is.
  const toAssistant =
    /^(?:ChatGPT|Claude)$/.test(place.app) || (place.url ?? "").includes("gemini.google.com");
  const topics = [...(draft.topics ?? [])];
  if (toAssistant && channel !== "title" && channel !== "url" && !topics.includes("prompt"))
    topics.push("prompt");
  if (negative && (body.labels.length > 0 || topics.length > 0)) {
    throw new Error(`negative template ${family}/${template.name} produced a label`);
  }
  const base = {
    id: `${split}-${String(n).padStart(5, "0")}`,
    split,
    family,
    template: template.name,
    app: place.app,
    ...(place.title === undefined ? {} : { title: place.title }),
    ...(place.url === undefined ? {} : { url: place.url }),
    labels: body.labels,
    topics,
    negative,
    ...(body.labels.some((label) => label.kind === "secret") ? { prohibited: "secret" as const } : {}),
  };
  const asEvent = (eventType: ItemEventType, field: EvalItem["field"]): EvalItem => ({
    ...base,
    eventType,
    field,
    text: body.text,
  });
  switch (channel) {
    case "title":
      return { ...asEvent("window.focus", "window.title"), title: body.text };
    case "url":
      return { ...asEvent("window.focus", "url"), url: body.text };
    case "clipboard":
      return asEvent("clipboard.copy", "text");
    case "screen":
      return asEvent("screen.text", "text");
    case "prompt":
      return asEvent("ai.prompt", "text");
    case "password":
      return v.chance(0.7)
        ? {
            ...asEvent("key.press", "key"),
            inputType: "password",
            keys: keysFor(body.text),
            prohibited: "password-field",
          }
        : { ...asEvent("text.input", "text"), inputType: "password", prohibited: "password-field" };
    case "keys":
      return { ...asEvent("key.press", "key"), inputType: "text", keys: keysFor(body.text) };
    case "typed": {
      const typable = !body.text.includes("\n") && body.text.length <= 160;
      return typable && v.chance(0.35)
        ? { ...asEvent("key.press", "key"), inputType: "text", keys: keysFor(body.text) }
        : { ...asEvent("text.input", "text"), inputType: "text" };
    }
  }
}

const typoLetters = "asdfghjklqwertyuiop";

/** Keys that type `text`, with an occasional wrong letter fixed by Backspace, as people type. */
function keysFor(text: string): string[] {
  const keys: string[] = [];
  for (const char of text) {
    if (v.chance(0.04)) keys.push(typoLetters.charAt(v.int(0, typoLetters.length - 1)), "Backspace");
    keys.push(char);
  }
  return keys;
}

import type { TelemetryEvent } from "@cordon/events";
import {
  higherTier,
  mostSensitiveCategory,
  type SensitivityCategory,
  sensitivityCategories,
  sortCategories,
  type Tier,
  tierOf,
} from "@cordon/sensitivity";
import type { CountryCode } from "libphonenumber-js/max";
import { type DetectionInput, type Detector, detectionInput } from "./detection.ts";
import { findBankAccounts } from "./detectors/bank-accounts.ts";
import {
  addressesFamily,
  announcesAbsence,
  conversationSignals,
  conversationTopic,
  speaksOfSomeone,
} from "./detectors/conversation.ts";
import { findEmails } from "./detectors/email.ts";
import { findGovernmentIds } from "./detectors/government-ids.ts";
import { findHealthTerms } from "./detectors/health.ts";
import { findHrTerms } from "./detectors/hr.ts";
import { findHrSignals } from "./detectors/hr-signals.ts";
import { findIbans } from "./detectors/iban.ts";
import { findCheckedNationalIds, findPassports } from "./detectors/identity-documents.ts";
import { findIpAddresses } from "./detectors/ip-address.ts";
import { findPasswords } from "./detectors/passwords.ts";
import { findPaymentCards } from "./detectors/payment-cards.ts";
import { findPersonNames } from "./detectors/person-names.ts";
import { findPhoneNumbers } from "./detectors/phone.ts";
import { findPostalAddresses } from "./detectors/postal-address.ts";
import { findSecrets } from "./detectors/secrets.ts";
import type { OrganisationProfile } from "./organisation.ts";
import { clampScore, type DetectorName, reportThreshold, resolveOverlaps, type Span } from "./span.ts";
import { describeSurface, type Surface, type SurfaceInput } from "./surface.ts";
import type { TypedSegment } from "./typed-text.ts";

/**
 * The free-text fields of an event, named by their path in the event:
 * `text` (typed text, clipboard, prompt, screen text), `key` (the characters
 * of a key press, classified as the text they formed), `window.title`, `url`.
 */
export type FreeTextField = "text" | "key" | "window.title" | "url";

/** What the pipeline needs per free-text field. */
export interface FieldClassification {
  /** The most sensitive category found, `text` when none: the key the field is encrypted under. */
  category: SensitivityCategory;
  tier: Tier;
  /** Password-field input or a detected secret: the field must be dropped, never stored. */
  prohibited: boolean;
  /** Every category found, most sensitive first; `["text"]` when none. */
  categories: readonly SensitivityCategory[];
  /**
   * Offsets into the field's text (for `key`, into the segment's final text;
   * for `url`, into the decoded URL). Shared with the classifier's cache: read only.
   */
  spans: readonly Span[];
}

export interface EventClassification {
  /** The highest tier of any field; `public` for an event without free text. */
  tier: Tier;
  /** Every category of every field, most sensitive first. */
  categories: readonly SensitivityCategory[];
  /** Some field is prohibited and must be dropped. */
  prohibited: boolean;
  /** Per free-text field present in the event: its category, tier, prohibition and spans. */
  fields: Partial<Record<FreeTextField, FieldClassification>>;
}

/** The classification of every event of a set of typed segments, by event id. */
export type TypedTextClassifications = ReadonlyMap<string, FieldClassification>;

export interface EventContext {
  /**
   * From `classifyTypedSegments`: a `key.press` takes the classification of
   * the text it helped form; a `clipboard.copy` pasted into a password field
   * is prohibited.
   */
  typed?: TypedTextClassifications;
}

export interface ClassifierOptions {
  /** Country assumed for phone numbers written without a country code; default US. Ignored with `organisation`. */
  defaultCountry?: CountryCode;
  /** The organisation's regions and app categories (see `parseOrganisationProfile`). */
  organisation?: OrganisationProfile;
  /**
   * Window titles, URLs and surfaces repeat across a subject's events; their
   * classifications are kept in a map of at most this many entries, emptied
   * when full (no clock, no eviction order to maintain).
   */
  cacheEntries?: number;
}

export interface Classifier {
  /**
   * One classification per event, in the events' order: equal to `classifyEvent` on each, but the
   * batch's free texts are classified together, each detector over a block of texts in turn, and a
   * text repeated within the batch once. The pipeline and the evaluation classify this way.
   */
  classifyEvents(events: readonly TelemetryEvent[], context?: EventContext): EventClassification[];
  /** A batch of one: `classifyEvents([event], context)[0]`. */
  classifyEvent(event: TelemetryEvent, context?: EventContext): EventClassification;
  classifyText(text: string, where: { field: FreeTextField; surface?: SurfaceInput }): FieldClassification;
  classifyTypedSegments(segments: Iterable<TypedSegment>): Map<string, FieldClassification>;
}

const detectors: readonly Detector[] = [
  findSecrets,
  findPasswords,
  findPaymentCards,
  findIbans,
  findGovernmentIds,
  findCheckedNationalIds,
  findPassports,
  findBankAccounts,
  findPostalAddresses,
  findEmails,
  findPhoneNumbers,
  findIpAddresses,
  findHealthTerms,
  findHrTerms,
  findHrSignals,
  findPersonNames,
];

const noSurface: Surface = describeSurface({ app: { name: "" }, window: {} });

// Values longer than this are classified but not cached: they rarely repeat and would crowd the cache.
const maxCachedLength = 512;

export function createClassifier(options: ClassifierOptions = {}): Classifier {
  const regions = options.organisation?.regions ?? [options.defaultCountry ?? "US"];
  const apps = options.organisation?.apps;
  const cacheEntries = options.cacheEntries ?? 20_000;
  // Nested maps keyed by the event's own strings: no key is built per event, and a
  // string's hash is computed once. Each cache is emptied when it reaches its bound.
  const surfaces = new BoundedCache<Surface>(cacheEntries);
  // Holds requests rather than classifications: a title first seen in a batch is looked up again by the
  // batch's later events before the detectors have run over it, and they share its one request.
  const repeated = new BoundedCache<FieldRequest>(cacheEntries);

  const surfaceOf = (input: SurfaceInput): Surface => {
    const app =
      input.app.bundleId === undefined ? input.app.name : `${input.app.name}\u0000${input.app.bundleId}`;
    return surfaces.get(app, input.window.title ?? "", input.url ?? "", () => describeSurface(input, apps));
  };

  /** Asks for a field's classification; it is there once the batch has run. */
  const request = (batch: FieldBatch, text: string, field: FreeTextField, surface: Surface): FieldRequest => {
    if (text.length > maxCachedLength || (field !== "window.title" && field !== "url")) {
      return batch.request(text, field, surface, true);
    }
    return repeated.get(surface.kind, field, text, () => batch.request(text, field, surface, true));
  };

  // A detector that throws leaves the batch's requests unanswered; none of them may stay in the cache.
  const run = (batch: FieldBatch) => {
    try {
      batch.run();
    } catch (error) {
      repeated.clear();
      throw error;
    }
  };

  const classifyEvents = (
    events: readonly TelemetryEvent[],
    context: EventContext = {},
  ): EventClassification[] => {
    const batch = new FieldBatch(regions);
    const titles: (FieldRequest | undefined)[] = [];
    const urls: (FieldRequest | undefined)[] = [];
    const texts: (FieldRequest | undefined)[] = [];
    for (const event of events) {
      const surface = surfaceOf(event);
      const title = event.window.title;
      titles.push(
        title === undefined || title === "" ? undefined : request(batch, title, "window.title", surface),
      );
      urls.push(event.url === undefined ? undefined : request(batch, event.url, "url", surface));
      const text = freeTextOf(event);
      texts.push(text === undefined ? undefined : request(batch, text, "text", surface));
    }
    run(batch);
    return events.map((event, index) =>
      eventClassification(event, context, titles[index], urls[index], texts[index]),
    );
  };

  return {
    classifyText(text, { field, surface }) {
      const batch = new FieldBatch(regions);
      const found = request(batch, text, field, surface === undefined ? noSurface : surfaceOf(surface));
      run(batch);
      return resultOf(found);
    },

    classifyEvents,

    classifyEvent(event, context) {
      return classifyEvents([event], context)[0] as EventClassification;
    },

    classifyTypedSegments(segments) {
      const batch = new FieldBatch(regions);
      const requested: { segment: TypedSegment; text?: FieldRequest; drafts: FieldRequest[] }[] = [];
      for (const segment of segments) {
        if (segment.prohibited) {
          requested.push({ segment, drafts: [] });
          continue;
        }
        const surface = surfaceOf(segment);
        const text = request(batch, segment.text, "key", surface);
        // What a conversation is about is judged on the message sent, not on a half-typed word
        // ("standu" before the fix), so drafts only add what the detectors find in them.
        const drafts: FieldRequest[] = [];
        for (const draft of segment.drafts) {
          if (onlyTypoFixed(draft, segment.text)) continue;
          drafts.push(batch.request(draft, "key", surface, false));
        }
        requested.push({ segment, text, drafts });
      }
      run(batch);
      const byEvent = new Map<string, FieldClassification>();
      for (const { segment, text, drafts } of requested) {
        let found: FieldClassification;
        if (text === undefined) {
          found = passwordField(segment.text);
          for (const eventId of segment.pastedFrom) byEvent.set(eventId, found);
        } else {
          found = resultOf(text);
          // Drafts add categories, not spans: their offsets are into text that no longer exists.
          for (const draft of drafts) found = merge(found, { ...resultOf(draft), spans: [] });
        }
        for (const eventId of segment.eventIds) byEvent.set(eventId, found);
      }
      return byEvent;
    },
  };
}

/** The free text of an event that the detectors read, beside its title and URL; none for a password field. */
function freeTextOf(event: TelemetryEvent): string | undefined {
  switch (event.type) {
    case "text.input":
      return event.inputType === "password" ? undefined : event.text;
    case "clipboard.copy":
    case "ai.prompt":
    case "screen.text":
      return event.text;
    default:
      return undefined;
  }
}

/** An event's classification from its fields' answered requests (see `freeTextOf` for which it has). */
function eventClassification(
  event: TelemetryEvent,
  context: EventContext,
  title: FieldRequest | undefined,
  url: FieldRequest | undefined,
  text: FieldRequest | undefined,
): EventClassification {
  const fields: Partial<Record<FreeTextField, FieldClassification>> = {};
  if (title !== undefined) fields["window.title"] = resultOf(title);
  if (url !== undefined) fields.url = resultOf(url);
  switch (event.type) {
    case "key.press":
      fields.key =
        context.typed?.get(event.eventId) ??
        (event.inputType === "password" ? passwordField(event.key) : plainText());
      break;
    case "text.input":
      fields.text = text === undefined ? passwordField(event.text) : resultOf(text);
      break;
    case "clipboard.copy": {
      const pasted = context.typed?.get(event.eventId);
      const own = resultOf(text);
      fields.text = pasted?.prohibited ? merge(own, pasted) : own;
      break;
    }
    case "ai.prompt":
      fields.text = withFieldSpan(resultOf(text), event.text, "ai-prompt");
      break;
    case "screen.text":
      fields.text = resultOf(text);
      break;
    default:
      break;
  }
  return summariseEvent(fields);
}

/** A free-text field asked for by a batch: its classification is set when the batch runs. */
interface FieldRequest {
  readonly raw: string;
  readonly field: FreeTextField;
  readonly surface: Surface;
  readonly judgeConversation: boolean;
  result: FieldClassification | undefined;
}

function resultOf(request: FieldRequest | undefined): FieldClassification {
  if (request?.result === undefined) throw new Error("a field was read before its batch ran");
  return request.result;
}

/** A field's text and what the detectors found in it, until its decision is made. */
interface PendingField {
  text: string;
  field: FreeTextField;
  surface: Surface;
  input: DetectionInput;
  found: Span[];
  judgeConversation: boolean;
}

// How many texts each detector runs over before the next detector starts: enough for its word sets,
// regexes and code to stay in the caches across texts, few enough that their words stay there too.
const detectionBlock = 256;

/**
 * The free-text fields of one batch. Each detector runs over a block of texts before the next one
 * starts: run text after text, every detector's word sets, regexes and code crowd the previous
 * one's out of the CPU's caches and the JIT's inline caches, and the same texts took twice the time.
 * A text asked for twice with the same surface is classified once.
 */
class FieldBatch {
  readonly #regions: readonly CountryCode[];
  readonly #requests: FieldRequest[] = [];
  readonly #bySurface = new Map<Surface, Map<string, Map<string, FieldRequest>>>();

  constructor(regions: readonly CountryCode[]) {
    this.#regions = regions;
  }

  request(raw: string, field: FreeTextField, surface: Surface, judgeConversation: boolean): FieldRequest {
    let byField = this.#bySurface.get(surface);
    if (byField === undefined) {
      byField = new Map();
      this.#bySurface.set(surface, byField);
    }
    const fieldKey = judgeConversation ? field : `${field} draft`;
    let byText = byField.get(fieldKey);
    if (byText === undefined) {
      byText = new Map();
      byField.set(fieldKey, byText);
    }
    let found = byText.get(raw);
    if (found === undefined) {
      found = { raw, field, surface, judgeConversation, result: undefined };
      byText.set(raw, found);
      this.#requests.push(found);
    }
    return found;
  }

  run(): void {
    const requests = this.#requests;
    for (let at = 0; at < requests.length; at += detectionBlock) {
      const block = requests.slice(at, at + detectionBlock).map((request) => this.#pending(request));
      for (const detect of detectors) {
        for (const pending of block) {
          const { field, surface, found } = pending;
          for (const span of detect(pending.input)) {
            // A long random path segment in a URL is a document or object id; a secret in a URL comes as `token=…`.
            if (field === "url" && span.detector === "high-entropy-token") continue;
            const lift = surface.lifts[span.category] ?? 0;
            const score = clampScore(span.score + lift);
            if (score >= reportThreshold) found.push(lift === 0 ? span : { ...span, score });
          }
        }
      }
      for (let index = 0; index < block.length; index++) {
        (requests[at + index] as FieldRequest).result = decideField(block[index] as PendingField);
      }
    }
    this.#requests.length = 0;
    this.#bySurface.clear();
  }

  #pending({ raw, field, surface, judgeConversation }: FieldRequest): PendingField {
    const text = field === "url" ? decodeUrl(raw) : raw;
    const input = detectionInput(text, { code: surface.code, regions: this.#regions, form: surface.form });
    return { text, field, surface, input, found: [], judgeConversation };
  }
}

/** Classifies one event with a classifier of default options; build one with `createClassifier` to reuse its cache. */
export function classifyEvent(event: TelemetryEvent, context?: EventContext): EventClassification {
  return createClassifier().classifyEvent(event, context);
}

/** A field's classification from what every detector found in it: overlaps, conversation, surface. */
function decideField({
  text,
  field,
  surface,
  input,
  found,
  judgeConversation,
}: PendingField): FieldClassification {
  let result = summariseSpans(resolveOverlaps(found));
  if (
    judgeConversation &&
    surface.conversation !== undefined &&
    (field === "text" || field === "key") &&
    text.trim() !== ""
  ) {
    // To an assistant everything is a prompt; in a chat the content says whether it is personal:
    // work talk is not a conversation even in a personal messenger, and the writer's personal life
    // typed into work chat is one.
    let topic = surface.conversation === "ai-assistant" ? "personal" : conversationTopic(input.words());
    // A mail is private correspondence only when it is addressed to family ("Dear Mum, …", "Hi Dad,"):
    // work mail speaks of wives' surgeries and movers too, and stays work.
    if (surface.conversation === "email") topic = addressesFamily(input.words()) ? "personal" : "unclear";
    // "send rent to 021000021 / 12345678": one word of home life beside bank details or a secret is the
    // instruction that hands them over, not a conversation; in work chat so is an address or a number
    // ("my address for the xmas card: …", "text me at +1 720 … when you land"), where a messenger's
    // family hears it as news ("our new address: …").
    if (
      topic === "personal" &&
      surface.conversation !== "ai-assistant" &&
      result.spans.some((span) =>
        surface.conversation === "work-chat" ? isHandedOverValue(span) : isMoneyOrSecretSpan(span),
      ) &&
      conversationSignals(input.words()).personal < 2
    )
      topic = "unclear";
    const spans = result.spans;
    // What a personal messenger carries is personal unless it is work talk or merely hands over a
    // value someone asked for (a number, an address, bank details, a secret): "did you get home ok?"
    // names no family but is private life all the same. A message about things, with no one in it
    // ("the gym is closed on Monday"), is no one's life.
    const messengerTalk = () =>
      topic === "unclear" &&
      surface.conversation === "personal-chat" &&
      !spans.some(isHandedOverValue) &&
      (speaksOfSomeone(text, input.words()) || spans.some(isPersonName));
    // In a personal messenger, health or HR news is told to family and friends: personal whoever's it is,
    // unless a service sends it to its customer ("Your prescription is ready for collection … Reply STOP").
    const lifeNews = () =>
      topic !== "notice" && surface.conversation === "personal-chat" && spans.some(isLifeSpan);
    // In work chat, a note about the writer's availability is work, whatever health or HR news it
    // carries ("I'm having a lumpectomy so I'll be offline"); told to a friend it is a conversation.
    const absenceNote = () => surface.conversation === "work-chat" && announcesAbsence(input.words());
    // "Contact: Olena Shevchenko", "連絡先: 王芳": a label and the name it names hand a contact over, with
    // no one spoken to. Told as news ("our new address: …") a value stays the family's news.
    const personal =
      (topic === "personal" || (messengerTalk() && !handsOverLabelledValue(text, spans)) || lifeNews()) &&
      !absenceNote();
    if (personal) {
      result = withFieldSpan(
        result,
        text,
        surface.conversation === "ai-assistant" ? "ai-prompt" : "chat-app",
      );
    }
  }
  // On a health portal or a bank's site, what is typed and shown there is that category, found words or not.
  if (surface.revealedCategory !== undefined && text.trim() !== "") {
    const span: Span = {
      start: 0,
      end: text.length,
      category: surface.revealedCategory,
      detector: "surface",
      score: 0.6,
    };
    result = summariseSpans([...result.spans, span]);
  }
  return result;
}

// How many characters at the end of a draft may differ from the final text for the change to be a typo fix.
const maxTypoLength = 2;

/**
 * The draft is the final text's beginning but for its last character or two:
 * a typo fixed. Nothing was removed that the final text does not hold again,
 * and the draft, cut before the sentence ended, would be judged without the
 * words that follow ("perform surgery on th", before "the monolith").
 */
function onlyTypoFixed(draft: string, final: string): boolean {
  const limit = Math.min(draft.length, final.length);
  let common = 0;
  while (common < limit && draft.charCodeAt(common) === final.charCodeAt(common)) common++;
  return draft.length - common <= maxTypoLength;
}

/** Health or HR: a matter of someone's life, as opposed to a value. */
function isLifeSpan(span: Span): boolean {
  return span.category === "health" || span.category === "hr";
}

/** A value a message hands over: a number, an address, an id, bank details, a secret; a name alone is none. */
function isHandedOverValue(span: Span): boolean {
  return (
    span.category === "financial" ||
    span.category === "credential" ||
    (span.category === "pii" && span.detector !== "person-name")
  );
}

function isPersonName(span: Span): boolean {
  return span.detector === "person-name";
}

/**
 * The message is a short label and the value it names: "new number -> 072-283 61 92", "Mi dirección es
 * Gran Vía 84, Bilbao", "連絡先: 王芳". At most four words before the value, ending in a colon, an arrow,
 * an equals sign or "is", and at most one word after it.
 */
function handsOverLabelledValue(text: string, spans: readonly Span[]): boolean {
  let start = text.length;
  let end = 0;
  for (const span of spans) {
    if (!isHandedOverValue(span) && !isPersonName(span)) continue;
    start = Math.min(start, span.start);
    end = Math.max(end, span.end);
  }
  if (end === 0 || end - start > 200) return false;
  const label = text.slice(0, start).trim();
  if (!valueLabel.test(label) || wordCount(label) > 4) return false;
  return wordCount(text.slice(end)) <= 1;
}

// A label's end: "Contact:", "new number ->", "IBAN =", "my address is", "mi dirección es", "meine Nummer ist".
const valueLabel = /(?::|->|→|=|(?<![\p{L}])(?:is|es|est|ist|è|é|är|jest|è:))$/u;

const letterOrDigit = /[\p{L}\p{N}]/u;

function wordCount(part: string): number {
  let count = 0;
  let inWord = false;
  for (const char of part) {
    const letter = letterOrDigit.test(char);
    if (letter && !inWord) count++;
    inWord = letter;
  }
  return count;
}

/** Bank details or a secret: values a message may only hand over. */
function isMoneyOrSecretSpan(span: Span): boolean {
  return span.category === "financial" || span.category === "credential";
}

function decodeUrl(url: string): string {
  if (!url.includes("%")) return url;
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

function summariseSpans(spans: Span[], prohibited = false): FieldClassification {
  const categories = sortCategories(spans.map((span) => span.category));
  const category = mostSensitiveCategory(categories);
  const isProhibited = prohibited || category === "credential";
  return {
    category,
    tier: isProhibited ? "prohibited" : tierOf(category),
    prohibited: isProhibited,
    categories: categories.length === 0 ? ["text"] : categories,
    spans,
  };
}

function withFieldSpan(
  found: FieldClassification,
  text: string,
  detector: DetectorName,
): FieldClassification {
  if (found.spans.some((span) => span.category === "prompt")) return found;
  const span: Span = { start: 0, end: text.length, category: "prompt", detector, score: 0.99 };
  return summariseSpans([...found.spans, span], found.prohibited);
}

function merge(a: FieldClassification, b: FieldClassification): FieldClassification {
  const categories = sortCategories(
    [...a.categories, ...b.categories].filter((category) => category !== "text"),
  );
  const category = mostSensitiveCategory(categories);
  const prohibited = a.prohibited || b.prohibited;
  return {
    category: prohibited ? "credential" : category,
    tier: prohibited ? "prohibited" : tierOf(category),
    prohibited,
    categories: categories.length === 0 ? ["text"] : categories,
    spans: [...a.spans, ...b.spans],
  };
}

/** Typed into a password field: prohibited whatever it says, and the span never shows what that was. */
function passwordField(value: string): FieldClassification {
  const span: Span = {
    start: 0,
    end: value.length,
    category: "credential",
    detector: "password-field",
    score: 0.99,
  };
  return summariseSpans([span], true);
}

function plainText(): FieldClassification {
  return { category: "text", tier: "internal", prohibited: false, categories: ["text"], spans: [] };
}

const freeTextFields: readonly FreeTextField[] = ["text", "key", "window.title", "url"];

function summariseEvent(fields: Partial<Record<FreeTextField, FieldClassification>>): EventClassification {
  let tier: Tier = "public";
  let prohibited = false;
  let present = 0;
  for (const field of freeTextFields) {
    const found = fields[field];
    if (found === undefined) continue;
    tier = higherTier(tier, found.tier);
    prohibited ||= found.prohibited;
    for (const category of found.categories) present |= categoryBit(category);
  }
  return { tier, categories: categoriesOf(present), prohibited, fields };
}

// Events are summarised millions of times; categories travel as a bit set and come back
// as one shared, frozen array per combination instead of a new array per event.
const categoryBits = new Map(sensitivityCategories.map((category, index) => [category, 1 << index]));
const categoryArrays = new Map<number, readonly SensitivityCategory[]>();

function categoryBit(category: SensitivityCategory): number {
  return categoryBits.get(category) ?? 0;
}

function categoriesOf(bits: number): readonly SensitivityCategory[] {
  let categories = categoryArrays.get(bits);
  if (categories === undefined) {
    categories = Object.freeze(
      sensitivityCategories.filter((category) => (bits & categoryBit(category)) !== 0),
    );
    categoryArrays.set(bits, categories);
  }
  return categories;
}

/** Three levels of maps with one entry budget; emptied whole when full (no clock, no eviction order). */
class BoundedCache<Value> {
  readonly #entries = new Map<string, Map<string, Map<string, Value>>>();
  #size = 0;

  constructor(readonly maxEntries: number) {}

  clear(): void {
    this.#entries.clear();
    this.#size = 0;
  }

  get(first: string, second: string, third: string, make: () => Value): Value {
    let level1 = this.#entries.get(first);
    if (level1 === undefined) {
      level1 = new Map();
      this.#entries.set(first, level1);
    }
    let level2 = level1.get(second);
    if (level2 === undefined) {
      level2 = new Map();
      level1.set(second, level2);
    }
    let value = level2.get(third);
    if (value === undefined) {
      value = make();
      if (this.#size >= this.maxEntries) {
        this.#entries.clear();
        this.#size = 0;
        return value;
      }
      level2.set(third, value);
      this.#size++;
    }
    return value;
  }
}

import type { Detector } from "../detection.ts";
import { clampScore, type Span } from "../span.ts";
import { isDigit, type Word } from "../text.ts";
import { type NameLexicon, nameLexicon } from "./name-lexicon.ts";

// Words after which a capitalised word is a person: greetings, sign-offs,
// "with"/"from", form labels (Assignee:, Traveller:) and chat headers (Chat –).
// biome-ignore format: a word list reads better packed
const cues = new Set([
  "dear", "hi", "hello", "hey", "hiya", "morning", "evening", "thanks", "thank", "cheers", "regards", "best",
  "wishes", "sincerely", "yours", "love", "xoxo", "cc", "bcc", "with", "from", "by", "ask", "asked", "ping",
  "pinged", "call", "called", "met", "meet", "meeting", "name", "named", "manager", "colleague", "contact",
  "employee", "candidate", "patient", "customer", "client", "signed", "attn", "attendee", "attendees", "owner",
  "assignee", "reporter", "reviewer", "reviewers", "author", "approver", "traveller", "traveler", "guest",
  "passenger", "worker", "interviewer", "interview", "organizer", "organiser", "recipient", "sender", "chat",
  "dm", "loop", "for", "and", "tell", "told", "sorry", "congrats", "congratulations", "welcome", "mentor",
  "buddy", "lead", "director", "ceo", "cto", "vp", "recruiter", "hr", "via", "per", "emergency", "spouse",
  "partner", "wife", "husband", "son", "daughter", "mum", "mom", "dad", "brother", "sister", "bump", "promote",
  "promoted", "hire", "hired", "invite", "invited", "remind", "thank", "pay", "paid", "onboard", "mentoring",
]);
const signOffs = new Set([
  "best",
  "regards",
  "thanks",
  "cheers",
  "wishes",
  "sincerely",
  "yours",
  "love",
  "xx",
  "br",
  "kr",
  "grüße",
  "cordialement",
  "saludos",
]);
// Weak cues: common words that introduce people often but not always; they lift less.
const weakCues = new Set([
  "for",
  "and",
  "by",
  "with",
  "from",
  "lead",
  "partner",
  "per",
  "via",
  "love",
  "best",
]);
const honorifics = new Set([
  "mr",
  "mrs",
  "ms",
  "miss",
  "dr",
  "prof",
  "sir",
  "herr",
  "frau",
  "mme",
  "mlle",
  "sr",
  "sra",
  "señor",
  "señora",
]);
const particles = new Set([
  "van",
  "von",
  "de",
  "der",
  "den",
  "da",
  "das",
  "do",
  "dos",
  "del",
  "della",
  "di",
  "du",
  "la",
  "le",
  "bin",
  "ibn",
  "al",
  "y",
  "e",
  "ten",
  "ter",
  "zu",
]);
// After a given name, these say the word is a place ("Charlotte, NC", "Austin office").
// biome-ignore format: a word list reads better packed
const placeFollowers = new Set([
  "office", "offices", "campus", "station", "airport", "street", "st", "road", "avenue", "heights", "park",
  "square", "team", "hub", "site", "region", "branch", "store", "hospital", "university", "college", "school",
  "county", "city", "centre", "center", "hotel", "building", "tower", "bridge", "lake", "river", "beach",
  "inc", "llc", "ltd", "group", "corp", "corporation", "gmbh", "plc", "ag", "sa", "holdings", "partners",
  "sons", "associates", "foundation", "institute", "labs", "studio", "studios", "ventures", "capital",
  // a product's parts and pages ("Shopify Admin", "Stripe Dashboard")
  "admin", "console", "dashboard", "portal", "cloud", "docs", "analytics", "app", "apps", "platform",
]);
// Words that begin place names ("Port Gillian", "North Berenice", "San Mateo"), not people's.
// biome-ignore format: a word list reads better packed
const placePrefixes = new Set([
  "port", "north", "south", "east", "west", "new", "lake", "mount", "mt", "fort", "saint", "st", "san", "santa",
  "los", "las", "el", "upper", "lower", "great", "little", "old", "glen", "cape", "bad", "sankt",
  // streets and squares in the organisation's other languages ("Gran Vía", "Rue Oberkampf")
  "gran", "calle", "avenida", "plaza", "paseo", "rue", "avenue", "boulevard", "piazza", "via", "rua",
]);
// Chat and meeting apps whose window titles name the person talked to ("Ana Souza - WhatsApp").
const chatTitleWords = new Set([
  "whatsapp",
  "signal",
  "telegram",
  "messenger",
  "slack",
  "teams",
  "zoom",
  "meet",
  "dm",
  "facetime",
  "skype",
  "webex",
]);
// URL path segments after which comes a person's slug (/in/maria-garcia-4b2a1, /people/jane-doe).
const peoplePaths = [
  "/in/",
  "/people/",
  "/person/",
  "/profile/",
  "/profiles/",
  "/employees/",
  "/employee/",
  "/staff/",
  "/team/",
  "/members/",
  "/directory/",
  "/u/",
  "/users/",
  "/user/",
];

/**
 * Person names. Words are looked up in name lists shipped in packages
 * (see name-lexicon.ts); context decides what a list cannot: a greeting, a
 * sign-off, "with"/"from", a form label or a chat header before a name; a
 * transcript's "Name Surname:" at a line start; a chat window's title; a
 * profile URL's slug. Ordinary words, places and products end a name. One
 * pass over the words: each is looked up a constant number of times.
 */
export const findPersonNames: Detector = ({ text, profile, code, words }) => {
  const spans: Span[] = [];
  if (text.includes("/")) spans.push(...namesInProfileUrls(text));
  if (profile.upper === 0) return spans;
  const lexicon = nameLexicon();
  const all = words();
  for (let i = 0; i < all.length; i++) {
    const first = all[i];
    if (first === undefined || !isNameShaped(text, first) || isCommon(first, lexicon)) continue;
    if (cues.has(first.lower) || honorifics.has(first.lower) || placePrefixes.has(first.lower)) continue;
    // Grow the name: capitalised words one space apart, particles ("van", "de") between them.
    let last = i;
    while (last - i < 4) {
      let next = last + 1;
      while (
        next - last <= 2 &&
        particles.has(all[next]?.lower ?? "") &&
        singleSpace(text, all[next - 1], all[next] as Word)
      )
        next++;
      const word = all[next];
      if (word === undefined || !singleSpace(text, all[next - 1], word) || !isNameShaped(text, word)) break;
      // A capitalised ordinary word right after a first name is a surname ("Léonie Bonnet"), unless it names a day or a place.
      const surnameLike =
        last === i &&
        !lexicon.ambiguous.has(bare(first.lower)) &&
        !placeFollowers.has(word.lower) &&
        !lexicon.calendar.has(word.lower) &&
        !lexicon.products.has(word.lower);
      if (isCommon(word, lexicon) && !surnameLike) break;
      last = next;
    }
    const score = scoreName(text, all, i, last, lexicon, code);
    if (score >= 0.3) {
      const end = all[last]?.end ?? first.end;
      spans.push({
        start: first.start,
        end: trimPossessive(text, first.start, end),
        category: "pii",
        detector: "person-name",
        score: clampScore(score),
      });
    }
    i = last;
  }
  return spans;
};

function scoreName(
  text: string,
  all: readonly Word[],
  from: number,
  to: number,
  lexicon: NameLexicon,
  code: boolean,
): number {
  const first = all[from] as Word;
  const lastWord = all[to] as Word;
  const firstName = bare(first.lower);
  const given = lexicon.given.has(firstName) || lexicon.given.has(firstName.split("-")[0] ?? "");
  const ambiguous = lexicon.ambiguous.has(firstName);
  const surname = [...all.slice(from + 1, to + 1)].some((word) => lexicon.surnames.has(bare(word.lower)));
  const cue = cueBefore(text, all, from);
  const length = to - from + 1;
  const next = all[to + 1];
  const followedByPlace =
    (next !== undefined && placeFollowers.has(next.lower)) ||
    placeFollowers.has(lastWord.lower) ||
    /^, ?[A-Z]{2}\b/.test(text.slice(lastWord.end, lastWord.end + 4));
  const transcript = lineStart(text, first.start) && text.charAt(lastWord.end) === ":" && length >= 2;
  const chatTitle = chatTitleAfter(text, lastWord.end);

  const ordinaryWordInside = all.slice(from + 1, to + 1).some((word) => lexicon.common.has(bare(word.lower)));
  let score: number;
  if (length >= 2) {
    if (given && !ambiguous) score = 0.75;
    else if (given || surname) score = 0.5;
    // Two or more capitalised words no dictionary knows: most often a name from a list we lack;
    // with an ordinary word among them ("Unbranded Gold"), more often a product.
    else score = ordinaryWordInside ? 0.35 : 0.5;
    if (surname) score += 0.1;
  } else {
    if (given && !ambiguous) score = 0.55;
    else if (given) score = 0.2;
    else score = 0.15;
    if (honorifics.has(all[from - 1]?.lower ?? "")) score = 0.7;
    // "Port Gillian", "New Timothy": after a place word it is a place; "Bayer, Graham and Wiza": a firm.
    const previous = all[from - 1];
    if (previous?.capitalised && placePrefixes.has(previous.lower) && singleSpace(text, previous, first))
      score = 0;
    if (inListOfCapitalised(text, all, from)) score = 0;
    // "Antigone's new base": a possessive makes an unknown capitalised word someone's.
    if (!given && !ambiguous && /['’]s$/.test(text.slice(first.start, first.end))) score = 0.55;
    // "Hi Ceylin,": after a greeting even a name no list knows is a name.
    if (cue === "strong" && !ambiguous) score += 0.1;
  }
  if (cue === "strong") score += 0.3;
  else if (cue === "weak") score += 0.15;
  if (transcript) score += 0.35;
  // "Pranay - WhatsApp": a chat window's title that begins with the word names the person talked to.
  if (chatTitle) score += length === 1 && first.start === 0 ? 0.4 : 0.3;
  if (followedByPlace) score -= 0.5;
  if (code) score -= 0.3;
  return score;
}

function isNameShaped(text: string, word: Word): boolean {
  if (!word.capitalised || word.end - word.start < 2) return false;
  // "getUserName", "PersonName": an identifier has a capital inside it.
  for (let i = word.start + 1; i < word.end; i++) {
    const code = text.charCodeAt(i);
    if (isDigit(code) || (code >= 65 && code <= 90 && text.charCodeAt(i - 1) !== 45)) return false;
  }
  return true;
}

function isCommon(word: Word, lexicon: NameLexicon): boolean {
  const lower = bare(word.lower);
  return lexicon.common.has(lower) && !lexicon.given.has(lower) && !lexicon.surnames.has(lower);
}

/** "priya's" is "priya". */
function bare(lower: string): string {
  return lower.endsWith("'s") ? lower.slice(0, -2) : lower;
}

function trimPossessive(text: string, start: number, end: number): number {
  const tail = text.slice(Math.max(start, end - 2), end);
  return tail === "'s" || tail === "’s" ? end - 2 : end;
}

function singleSpace(text: string, a: Word | undefined, b: Word): boolean {
  return a !== undefined && b.start - a.end === 1 && text.charCodeAt(a.end) === 32;
}

// "check with Caio", "loop in Izolda", "coffee with Vishnu", "heard back from Sertap": a verb or an
// occasion and a linking word before a capitalised word make it a person, though the linking word alone is weak.
const linkingWords = new Set(["with", "from", "to", "in"]);
// biome-ignore format: a word list reads better packed
const leadsToPerson = new Set([
  "check", "checked", "sync", "synced", "loop", "looped", "talk", "talked", "speak", "spoke", "spoken", "chat",
  "chatted", "back", "message", "messages", "email", "feedback", "escalate", "escalated", "over", "coffee",
  "lunch", "dinner", "drinks", "call", "1:1", "sync-up", "catch-up", "catchup", "interview", "pairing", "session",
  "handover", "intro", "introduce", "introduced", "hear", "heard", "note", "reply", "replied", "wrote", "write",
  "this", "forwarding", "forwarded",
]);

/** The word before, across at most a colon, dash, bar or comma: "Hi Ana", "Assignee: Ana", "Chat – Ana". */
function cueBefore(text: string, all: readonly Word[], at: number): "strong" | "weak" | undefined {
  const previous = all[at - 1];
  const word = all[at];
  if (previous === undefined || word === undefined) return undefined;
  const gap = text.slice(previous.end, word.start);
  // A sign-off may stand on the line above: "Best,\nMirza Post".
  if (/^,\s*\n\s*$/.test(gap) && signOffs.has(previous.lower)) return "strong";
  if (gap.length > 4 || gap.includes("\n") || !/^[\s:–—|,-]*$/.test(gap)) return undefined;
  if (honorifics.has(previous.lower)) return "strong";
  if (linkingWords.has(previous.lower) && leadsToPerson.has(all[at - 2]?.lower ?? "")) return "strong";
  if (!cues.has(previous.lower)) return undefined;
  return weakCues.has(previous.lower) ? "weak" : "strong";
}

function lineStart(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  return i < 0 || text.charCodeAt(i) === 10;
}

/** "Ana Souza - WhatsApp", "Ana Souza (DM) - Acme - Slack". */
function chatTitleAfter(text: string, end: number): boolean {
  const after = text.slice(end, end + 14).toLowerCase();
  const match = /^ ?(?:[-–—|]|\() ?([a-z]+)/.exec(after);
  return match?.[1] !== undefined && chatTitleWords.has(match[1]);
}

/** The slug after a people path in a URL: /in/maria-garcia-4b2a1 names Maria Garcia. */
function namesInProfileUrls(text: string): Span[] {
  const spans: Span[] = [];
  for (const path of peoplePaths) {
    let at = text.indexOf(path);
    while (at !== -1) {
      const start = at + path.length;
      let stop = start;
      while (stop < text.length && stop - start < 120 && !"/?#& \n\t".includes(text.charAt(stop))) stop++;
      let end = start;
      let parts = 0;
      // Letter-only parts joined by "-", "_" or "."; the first part with a digit ends the name.
      for (const part of text.slice(start, stop).split(/[-_.]/)) {
        if (parts >= 4 || part.length < 2 || !/^\p{L}+$/u.test(part)) break;
        parts++;
        end = start + (end === start ? part.length : end - start + 1 + part.length);
      }
      if (parts >= 2) spans.push({ start, end, category: "pii", detector: "person-name", score: 0.8 });
      at = text.indexOf(path, start);
    }
  }
  return spans;
}

/** "Bayer, Graham and Wiza": one capitalised word among others joined by commas and "and". */
function inListOfCapitalised(text: string, all: readonly Word[], at: number): boolean {
  const word = all[at] as Word;
  const previous = all[at - 1];
  const next = all[at + 1];
  const joinedBefore = previous?.capitalised === true && /^, $/.test(text.slice(previous.end, word.start));
  const joinedAfter =
    next !== undefined &&
    ((/^, $/.test(text.slice(word.end, next.start)) && next.capitalised) ||
      (next.lower === "and" && all[at + 2]?.capitalised === true));
  return joinedBefore || joinedAfter;
}

import type { Span } from "../span.ts";
import { isOneSwapOf, type Word } from "../text.ts";
import { healthSpan } from "./health-forms.ts";

/**
 * Round fourteen: health told by the grammar of a sentence about someone rather than by one more
 * phrase. Each finder names a form any writer uses (a test come back positive, a condition come back,
 * "I'm depressed", a doctor's specialty beside the doctor), and each filter a form in which a clinical
 * word is no one's (an eponym's law, a street named for someone).
 */

// An infection's test and the word for positive near it, in the offices' languages: "Le test PCR est
// positif", "Schnelltest positiv", "tampone positivo", "positive lateral flow". "Positive" alone is a
// scanner's or a survey's; a false positive is a detector's, never a person's.
// biome-ignore format: a word list reads better packed
const infectionTests = new Set([
  "pcr", "antigen", "antigène", "antigénique", "antigeno", "antígeno", "antigene", "schnelltest",
  "selbsttest", "coronatest", "covid-test", "covidtest", "autotest", "tampone", "sneltest", "zelftest",
  "covid", "corona", "covid-19", "test-covid",
]);
// biome-ignore format: a word list reads better packed
const positiveWords = new Set([
  "positive", "positif", "positive", "positivo", "positiva", "positiv", "positief", "pozytywny",
  "pozytywna", "pozytywnie", "positivt", "positiver", "positives",
]);
// biome-ignore format: a word list reads better packed
const resultLinkers = new Set([
  "test", "tests", "is", "was", "came", "back", "est", "était", "ist", "war", "è", "era", "es", "dio", "fue",
  "salió", "resultó", "deu", "foi", "wyszedł", "wyszła", "blev", "var", "är", "returned", "result", "results",
  "today", "again", "also", "still", "heute", "wieder", "aujourd'hui", "hoy", "oggi", "vandaag", "idag",
  "ha", "dato", "a", "was", "uitslag", "ergebnis", "résultat", "resultado", "risultato", "wynik", "just",
  "de", "di", "mi", "my", "his", "her", "mon", "mein", "meine", "mijn", "mój", "min", "meu", "this", "morning",
  "morgen", "ce", "matin", "mattina", "stamattina", "esta", "mañana", "vanochtend", "rano", "dziś", "imorse",
]);
const falseWords = new Set([
  "false",
  "faux",
  "falso",
  "falsa",
  "falsch",
  "falsche",
  "vals",
  "fałszywie",
  "falskt",
]);

export function findPositiveTests(words: readonly Word[]): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < words.length; i++) {
    const test = words[i];
    if (test === undefined || !infectionTests.has(test.lower)) continue;
    // "positive PCR", "positiver Schnelltest" before; after, only the words that report a result between
    // ("Le test PCR est positif", "my antigen test came back positive"), not a clause's own subject.
    let at = positiveWords.has(words[i - 1]?.lower ?? "") ? i - 1 : -1;
    for (let j = i + 1; at < 0 && j < Math.min(words.length, i + 5); j++) {
      const word = words[j]?.lower ?? "";
      if (positiveWords.has(word)) at = j;
      else if (!resultLinkers.has(word)) break;
    }
    const positive = words[at];
    if (positive === undefined || falseWords.has(words[at - 1]?.lower ?? "")) continue;
    spans.push(healthSpan(Math.min(test.start, positive.start), Math.max(test.end, positive.end), 0.85));
  }
  return spans;
}

// A condition that has come back: "burnout is back this month", "the migraines are back", "meine
// Migräne ist zurück", "la dépression est revenue", "la ansiedad ha vuelto". What comes back to a
// page or a market goes on with where ("depression is back in the economy", "burnout is back on the
// agenda"): a place word after it leaves it a topic.
// biome-ignore format: a word list reads better packed
const returningConditions = new Set([
  "burnout", "burn-out", "depression", "anxiety", "migraine", "migraines", "headaches", "insomnia", "eczema",
  "sciatica", "vertigo", "tinnitus", "panic", "nausea", "dépression", "anxiété", "migraine", "depresión",
  "ansiedad", "migraña", "migrañas", "depressione", "ansia", "emicrania", "depressie", "migraine",
  "migräne", "depression", "depressionen", "depresja", "migrena", "depressão", "ansiedade", "enxaqueca",
]);
// biome-ignore format: a word list reads better packed
const comingBack = new Set([
  "is back", "are back", "'s back", "came back", "has come back", "have come back", "returned", "ist zurück",
  "ist wieder", "sind wieder", "est revenue", "est revenu", "est de retour", "ha vuelto", "han vuelto",
  "ha tornato", "è tornata", "è tornato", "sono tornati", "is terug", "zijn terug", "wróciła", "wrócił",
  "wróciły", "voltou", "voltaram", "är tillbaka", "kom tillbaka",
]);
const notYetPlaced = new Set([
  "on",
  "in",
  "as",
  "at",
  "to",
  "into",
  "onto",
  "auf",
  "im",
  "en",
  "sur",
  "in",
  "op",
]);

export function findConditionReturns(words: readonly Word[]): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i + 2 < words.length; i++) {
    const condition = words[i];
    if (condition === undefined) continue;
    // A character test, not `replace(/'s$/, "")`: a regex literal here made a new RegExp for every word.
    const bare = condition.lower.endsWith("'s") ? condition.lower.slice(0, -2) : condition.lower;
    if (!returningConditions.has(bare)) continue;
    const one = words[i + 1];
    const two = words[i + 2];
    if (one === undefined || two === undefined) continue;
    // "burnout's back" is one word with its verb.
    const contracted = condition.lower.endsWith("'s") ? "'s" : "";
    let at = -1;
    if (comingBack.has(`${one.lower} ${two.lower}`)) at = i + 2;
    else if (comingBack.has(one.lower) || (contracted !== "" && one.lower === "back")) at = i + 1;
    else if (comingBack.has(`${one.lower} ${two.lower} ${words[i + 3]?.lower ?? ""}`)) at = i + 3;
    const last = words[at];
    if (last === undefined || notYetPlaced.has(words[at + 1]?.lower ?? "")) continue;
    spans.push(healthSpan(condition.start, last.end, 0.85));
  }
  return spans;
}

// The writer saying their own mood is an illness: "I think I'm depressed", "I feel so depressed",
// "je suis déprimée", "estoy deprimido", "sono depressa", "ik ben depressief", "jag är deprimerad".
// Depressed about something ("I'm depressed about the release") is a feeling about it: the state must
// close its clause or run on with "and", "since" or "lately".
// biome-ignore format: a word list reads better packed
const depressedWords = new Set([
  "depressed", "déprimé", "déprimée", "deprimido", "deprimida", "depresso", "depressa", "depressief",
  "deprimerad", "depressiv", "depressive", "deprimiert",
]);
// biome-ignore format: a word list reads better packed
const firstPersonBeing = new Set([
  "i'm", "im", "am", "feel", "feeling", "felt", "been", "suis", "sens", "estoy", "siento", "sono", "sento",
  "ben", "voel", "är", "känner", "bin", "fühle", "estou", "sinto",
]);
// biome-ignore format: a word list reads better packed
const beingAdverbs = new Set([
  "so", "really", "very", "quite", "clinically", "si", "tan", "très", "molto", "zo", "så", "sehr", "muito",
  "un", "peu", "bit", "a", "kind", "of",
]);
// biome-ignore format: a word list reads better packed
const stateGoesOn = new Set([
  "and", "since", "for", "lately", "again", "recently", "all", "most", "every", "these", "et", "depuis", "und",
  "seit", "y", "desde", "e", "da", "en", "sinds", "och", "sedan", "i", "od", "desde", "ultimamente",
  "últimamente", "ultimamente", "tout", "todo", "tutto",
]);

export function findOwnDepression(text: string, words: readonly Word[]): Span[] {
  const spans: Span[] = [];
  for (let i = 1; i < words.length; i++) {
    const state = words[i];
    if (state === undefined || !depressedWords.has(state.lower)) continue;
    let at = i - 1;
    while (at > 0 && at > i - 4 && beingAdverbs.has(words[at]?.lower ?? "")) at--;
    const being = words[at];
    if (being === undefined || !firstPersonBeing.has(being.lower)) continue;
    // "I'm depressed, I can't focus", "I'm depressed and tired": the state closes its clause or runs on
    // with and, since or lately; "I'm depressed the match got cancelled" is about the match.
    const next = words[i + 1];
    const closes = next === undefined || /[^\s\p{L}]/u.test(text.slice(state.end, next.start));
    if (!closes && !stateGoesOn.has(next?.lower ?? "")) continue;
    spans.push(healthSpan(being.start, state.end, 0.85));
  }
  return spans;
}

// A doctor's specialty as a field ("Dr. Kulkarni, Orthopädie", "Dr. Al-Khatib, gynaecology", "rdv
// cardiologie"): the specialist's root with the field's ending, beside a doctor or a visit. Alone the
// field is a department, a market or a course ("radiology AI", "the cardiology module").
const specialtyEnding =
  /(?:olog(?:y|ie|ía|ia|i|ii)|ológia|iatr(?:y|ie|ía|ia|ics)|p(?:ä|ae|e|é)?di(?:e|a|cs|que)|opedia)$/;
// biome-ignore format: a word list reads better packed
const doctorWords = new Set([
  "dr", "dra", "drs", "doctor", "docteur", "doktor", "dott", "dottore", "dottoressa", "arzt", "ärztin",
  "praxis", "appointment", "appt", "rendez-vous", "rdv", "cita", "consulta", "visita", "termin", "afspraak",
  "wizyta", "besök", "consultation", "confirmed", "confirmé", "bestätigt", "confirmada", "confermata",
]);

// `appointment.department = "cardiology"`, `Appointment(dept='cardiology')`: a value or a member of code.
const codeBefore = /["'`=._/:]\s?$/;
const codeAfter = /^\s?["'`_(.=]/;

function quotedInCode(text: string, word: Word): boolean {
  return (
    codeBefore.test(text.slice(Math.max(0, word.start - 2), word.start)) ||
    codeAfter.test(text.slice(word.end, word.end + 2))
  );
}

export function findSpecialtyBesideDoctor(
  text: string,
  words: readonly Word[],
  clinicalRoot: RegExp,
): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word === undefined || word.end - word.start < 7 || !specialtyEnding.test(word.lower)) continue;
    if (!clinicalRoot.test(word.lower) || quotedInCode(text, word)) continue;
    // Right after a visit ("rendez-vous cardiologie"), or closing a doctor's line ("Dr. Kulkarni,
    // Orthopädie – Jameda"): a field that goes on to a noun is a department's ("radiology roadmap").
    const next = words[i + 1];
    const closes = next === undefined || !/^[\s,]*\p{L}/u.test(text.slice(word.end, next.start + 1));
    for (let j = Math.max(0, i - 4); j < i; j++) {
      if (doctorWords.has(words[j]?.lower ?? "") && (closes || j === i - 1)) {
        spans.push(healthSpan(word.start, word.end, 0.85));
        break;
      }
    }
  }
  return spans;
}

// "Parkinson's law", "la loi de Parkinson": the disease's eponym names a saying about work.
const lawAfter = /^\s{1,2}(?:law|laws|principle|rule|theorem|paradox|effect|gesetz)(?![\p{L}])/iu;
const lawBefore = /(?:^|[^\p{L}])(?:loi|ley|legge|lei|wet|prawo|gesetz|lag) (?:de|di|da|van|von|des) $/iu;

/** Spans less a disease's eponym that names a law of work ("Parkinson's law again: the task grew"). */
export function withoutEponymousLaws(text: string, spans: Span[]): Span[] {
  return spans.filter(
    (span) =>
      !(
        lawAfter.test(text.slice(span.end, span.end + 12)) ||
        lawBefore.test(text.slice(Math.max(0, span.start - 12), span.start))
      ),
  );
}

// A capitalised clinical word inside a street's or a place's name: "avenue Jean Médecin", "Hospital
// Road", "Rue du Docteur Roux". The street word stands just before the name or just after it.
// biome-ignore format: a word list reads better packed
const streetWordsBefore = new Set([
  "rue", "avenue", "av", "boulevard", "bd", "allée", "impasse", "chemin", "quai", "calle", "avenida", "avda",
  "paseo", "via", "viale", "piazza", "corso", "rua", "travessa", "praça", "ulica", "ul", "aleja",
]);
// biome-ignore format: a word list reads better packed
const streetWordsAfter = new Set([
  "street", "st", "road", "rd", "lane", "ln", "avenue", "drive", "square", "straße", "strasse", "platz",
  "straat", "laan", "plein", "gatan", "vägen",
]);
// A clause's break between the street word and the term: the term opens a new sentence instead.
const clauseBreak = /[.!?:;,\n]/;

/** Spans less a capitalised term that is part of a street's name. */
export function withoutStreetNames(text: string, words: readonly Word[], spans: Span[]): Span[] {
  if (spans.length === 0) return spans;
  const indexByStart = new Map<number, number>();
  for (const [index, word] of words.entries()) indexByStart.set(word.start, index);
  return spans.filter((span) => {
    const at = indexByStart.get(span.start);
    const word = at === undefined ? undefined : words[at];
    if (at === undefined || word === undefined || !word.capitalised) return true;
    for (let j = Math.max(0, at - 3); j < at; j++) {
      const street = words[j];
      if (
        street !== undefined &&
        streetWordsBefore.has(street.lower) &&
        !clauseBreak.test(text.slice(street.end, span.start))
      )
        return false;
    }
    const next = words[at + 1];
    return !(next?.capitalised === true && streetWordsAfter.has(next.lower) && text.charAt(span.end) === " ");
  });
}

// A pet's illness is told in the same words ("the cat threw up on the sofa again", "der Hund hat Fieber"):
// an animal just before the term is whose it is.
// biome-ignore format: a word list reads better packed
const animals = new Set([
  "cat", "cats", "dog", "dogs", "puppy", "kitten", "hamster", "rabbit", "horse", "parrot", "katze", "kater",
  "hund", "welpe", "chat", "chien", "chiot", "gato", "perro", "perrito", "gatto", "cane", "cucciolo", "kat",
  "hond", "kot", "kota", "pies", "psa", "katt", "katten", "hunden", "cachorro", "cão", "cadela",
]);

/** Spans less a term whose subject, a few words before it, is an animal. */
export function withoutAnimalsIllness(words: readonly Word[], spans: Span[]): Span[] {
  if (spans.length === 0) return spans;
  return spans.filter((span) => {
    const at = firstWordFrom(words, span.start);
    for (let j = Math.max(0, at - 3); j < at; j++) if (animals.has(words[j]?.lower ?? "")) return false;
    return true;
  });
}

/** The index of the first word that starts at or after `offset` (binary search: words are in text order). */
function firstWordFrom(words: readonly Word[], offset: number): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((words[middle]?.start ?? offset) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

// A condition typed in a hurry with two neighbouring letters swapped ("epielpsie", "diabetse",
// "pregnnat"): the letters are the condition's, in its length, and no other word of eight or more
// letters is one swap from these. Looked up by the word's letters in order, so each word costs one sort.
// biome-ignore format: a word list reads better packed
const swappableConditions = [
  "epilepsy", "epilepsie", "epilepsia", "epilessia", "epilepsja", "epileptic", "diabetes", "diabetic",
  "diabetiker", "diabetico", "diabético", "pregnant", "pregnancy", "schwanger", "embarazada", "zwanger",
  "dementia", "alzheimer", "parkinson", "migraine", "migräne", "emicrania", "enxaqueca", "asthmatic",
  "leukemia", "leukaemia", "lymphoma", "melanoma", "endometriosis", "fibromyalgia", "chemotherapy",
  "chemotherapie", "quimioterapia", "chimiothérapie", "miscarriage", "antidepressant", "antidepressants",
  "antibiotics", "antibiotika", "antibiotique", "antibióticos", "sertraline", "krankgeschrieben",
  "krankmeldung", "physiotherapy", "physiotherapie", "fisioterapia", "concussion", "hospitalised",
  "hospitalized", "ziekenhuis", "krankenhaus", "psychiatrist", "psychologist", "diagnosed", "diagnosis",
];
const conditionsByLetters = new Map<string, string[]>();
for (const word of swappableConditions) {
  const letters = sortedLetters(word);
  conditionsByLetters.set(letters, [...(conditionsByLetters.get(letters) ?? []), word]);
}

function sortedLetters(word: string): string {
  return Array.from(word).sort().join("");
}

export function findSwappedConditions(words: readonly Word[]): Span[] {
  const spans: Span[] = [];
  for (const word of words) {
    const length = word.end - word.start;
    if (length < 8 || length > 18) continue;
    const meant = conditionsByLetters.get(sortedLetters(word.lower));
    if (meant?.some((condition) => isOneSwapOf(word.lower, condition)) === true)
      spans.push(healthSpan(word.start, word.end, 0.85));
  }
  return spans;
}

// Someone who threw up: "the little one threw up", "he threw up twice", "mi hijo ha vomitado". A compiler,
// a parser or a monitor "throws up" errors too, so the one who did it must be a person: a pronoun, a
// child or a relative just before the verb (a helping verb or an adverb may stand between).
// biome-ignore format: a word list reads better packed
const vomitingVerbs = new Set(["threw", "thrown", "throw", "throws", "puked", "vomited", "vomitado", "vomi", "vomitato", "overgegeven", "gebrochen", "kräkts", "zwymiotował", "zwymiotowała"]);
// biome-ignore format: a word list reads better packed
const vomitingPeople = new Set([
  "i", "he", "she", "they", "we", "you", "one", "kid", "kids", "baby", "son", "daughter", "toddler", "child",
  "children", "boy", "girl", "wife", "husband", "partner", "mum", "mom", "dad", "hijo", "hija", "niño", "niña",
  "bebé", "fils", "fille", "bébé", "figlio", "figlia", "bambino", "bambina", "zoon", "dochter", "kind", "sohn",
  "tochter", "syn", "córka", "dziecko", "sonen", "dottern", "barnet", "ha", "a", "heeft", "hat", "har", "è",
]);
const betweenVomiting = new Set([
  "has",
  "have",
  "had",
  "just",
  "also",
  "been",
  "then",
  "all",
  "already",
  "twice",
  "literally",
]);
const vomitingUp = new Set(["threw", "thrown", "throw", "throws"]);
// biome-ignore format: a word list reads better packed
const putUpObjects = new Set([
  "a", "an", "the", "some", "our", "this", "that", "these", "those", "another", "new", "errors", "warnings",
]);

export function findPersonVomiting(words: readonly Word[]): Span[] {
  const spans: Span[] = [];
  for (let i = 1; i < words.length; i++) {
    const verb = words[i];
    if (verb === undefined || !vomitingVerbs.has(verb.lower)) continue;
    // "we threw up a banner", "threw up the staging site": what is put up follows.
    if (
      vomitingUp.has(verb.lower) &&
      (words[i + 1]?.lower !== "up" || putUpObjects.has(words[i + 2]?.lower ?? ""))
    )
      continue;
    let at = i - 1;
    while (at > 0 && at > i - 4 && betweenVomiting.has(words[at]?.lower ?? "")) at--;
    if (!vomitingPeople.has(words[at]?.lower ?? "")) continue;
    const end = vomitingUp.has(verb.lower) ? (words[i + 1]?.end ?? verb.end) : verb.end;
    spans.push(healthSpan(verb.start, end, 0.85));
  }
  return spans;
}

// A part of someone's body taken out ("I'm having my gallbladder out", "she had her tonsils removed")
// and a tissue torn ("I tore a ligament playing football", "ruptured his Achilles"): the part names a
// body, the possessive or the person before the verb whose it is.
// biome-ignore format: a word list reads better packed
const removableParts = new Set([
  "gallbladder", "appendix", "tonsils", "adenoids", "uterus", "ovary", "ovaries", "kidney", "spleen",
  "thyroid", "cyst", "mole", "moles", "lump", "gall", "tooth", "teeth", "polyp", "polyps", "stitches",
]);
const removedWords = new Set(["out", "removed", "taken"]);
// biome-ignore format: a word list reads better packed
const tornTissues = new Set([
  "ligament", "ligaments", "tendon", "tendons", "muscle", "cartilage", "meniscus", "acl", "mcl", "achilles",
  "hamstring", "calf", "rotator", "retina", "eardrum",
]);
const tearingVerbs = new Set([
  "tore",
  "torn",
  "ruptured",
  "rupture",
  "ruptures",
  "tear",
  "tearing",
  "strained",
  "pulled",
]);
const tearPeople = new Set([
  "i",
  "i've",
  "he",
  "she",
  "they",
  "he's",
  "she's",
  "we",
  "you",
  "just",
  "has",
  "have",
  "had",
]);
const bodyOwnersShort = new Set(["my", "his", "her", "their", "a", "the"]);

export function findBodyPartsTakenOrTorn(words: readonly Word[]): Span[] {
  const spans: Span[] = [];
  for (let i = 1; i < words.length; i++) {
    const part = words[i];
    if (part === undefined) continue;
    const owner = words[i - 1]?.lower ?? "";
    if (removableParts.has(part.lower) && (owner === "my" || owner === "his" || owner === "her")) {
      if (removedWords.has(words[i + 1]?.lower ?? ""))
        spans.push(healthSpan(part.start, words[i + 1]?.end ?? part.end, 0.85));
      continue;
    }
    if (!tornTissues.has(part.lower)) continue;
    let at = i - 1;
    if (bodyOwnersShort.has(owner)) at--;
    const verb = words[at];
    if (verb === undefined || !tearingVerbs.has(verb.lower)) continue;
    if (!tearPeople.has(words[at - 1]?.lower ?? "") && owner !== "my" && owner !== "his" && owner !== "her")
      continue;
    spans.push(healthSpan(verb.start, part.end, 0.85));
  }
  return spans;
}

// Pain said with the sufferer as the verb's object, as Spanish, Italian and Portuguese say it: "me duele
// mucho la muela", "a mi hijo le duele la garganta", "mi fa male la schiena", "me dói a cabeça". The
// part of the body a few words on says it is a body's pain, not a decision's ("me duele decirlo").
// biome-ignore format: a word list reads better packed
const painToSomeone = new Set(["duele", "duelen", "dolía", "dolían", "male", "dói", "doem", "doía"]);
const painReceivers = new Set([
  "me",
  "te",
  "le",
  "nos",
  "les",
  "mi",
  "ti",
  "gli",
  "ci",
  "fa",
  "fanno",
  "faceva",
]);
// biome-ignore format: a word list reads better packed
const painfulParts = new Set([
  "muela", "muelas", "cabeza", "espalda", "rodilla", "rodillas", "garganta", "estómago", "pecho", "oído",
  "oídos", "brazo", "pierna", "piernas", "pie", "pies", "mano", "tobillo", "hombro", "cuello", "barriga",
  "tripa", "diente", "dientes", "ojos", "testa", "schiena", "ginocchio", "gola", "stomaco", "denti", "dente",
  "pancia", "spalla", "collo", "piede", "braccio", "gamba", "orecchio", "cabeça", "costas", "joelho",
  "estômago", "peito", "ouvido", "perna", "ombro", "pescoço",
]);

export function findPainToSomeone(words: readonly Word[]): Span[] {
  const spans: Span[] = [];
  for (let i = 1; i < words.length; i++) {
    const pain = words[i];
    if (pain === undefined || !painToSomeone.has(pain.lower) || !painReceivers.has(words[i - 1]?.lower ?? ""))
      continue;
    for (let j = i + 1; j < Math.min(words.length, i + 5); j++) {
      const part = words[j];
      if (part !== undefined && painfulParts.has(part.lower)) {
        spans.push(healthSpan(pain.start, part.end, 0.85));
        break;
      }
    }
  }
  return spans;
}

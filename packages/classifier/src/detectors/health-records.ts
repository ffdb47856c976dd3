import { reportThreshold, type Span } from "../span.ts";
import type { Word } from "../text.ts";
import { healthSpan, isSpecialty } from "./health-forms.ts";
import { nameLexicon } from "./name-lexicon.ts";

// round fifteen: health told by the shape of a record rather than by its phrases. A word that alone
// may be an economy's depression, a refactor's surgery or a product's wheelchair mode is someone's
// when the text is written about that person: a booking, a claim or an absence filed for a named
// person ("Special assistance for Malte Yılmaz: wheelchair…", "Ainhoa Caballero: baja por
// depresión…"), or care and leave given because of it ("Behandlung wegen Depression", "consultations
// pour dépression", "Wiedereingliederung nach Burnout").

// Care, a claim for care, and an absence, in the offices' languages: what a condition is the cause of.
// biome-ignore format: a word list reads better packed
const careOrAbsence = new Set([
  "treatment", "treatments", "consultation", "consultations", "session", "sessions", "claim", "reimbursement",
  "leave", "absence", "reintegration", "behandlung", "behandlungen", "konsultation", "sitzung",
  "sitzungen", "erstattung", "krankschreibung", "wiedereingliederung", "arbeitsunfähigkeit", "abwesenheit",
  "ausfall", "traitement", "traitements", "soins", "remboursement", "arrêt", "congé", "tratamiento",
  "tratamientos", "consulta", "consultas", "reembolso", "baja", "ausencia", "permiso", "trattamento",
  "trattamenti", "visita", "visite", "rimborso", "congedo", "assenza", "behandeling", "behandelingen",
  "consult", "vergoeding", "verlof", "verzuim", "leczenie", "wizyta", "konsultacja", "zwrot", "zwolnienie",
  "behandling", "behandlingar", "besök", "ersättning", "sjukskrivning", "frånvaro", "tratamento",
  "licença", "afastamento", "reembolso",
]);
// The word that makes what follows the cause: for, because of, after.
// biome-ignore format: a word list reads better packed
const causeWords = new Set([
  "for", "after", "following", "pour", "après", "wegen", "nach", "aufgrund", "infolge", "por", "tras",
  "per", "dopo", "voor", "na", "wegens", "för", "efter", "powodu", "po",
]);
// Articles and adjectives that may stand between the cause word and the condition.
// biome-ignore format: a word list reads better packed
const beforeCondition = new Set([
  "a", "an", "the", "her", "his", "my", "their", "une", "un", "la", "le", "les", "einer", "einem", "eines",
  "der", "dem", "den", "einen", "una", "el", "de", "di", "een", "het", "en", "ett", "uma", "um", "severe",
  "schwerer", "grave", "sévère", "akute", "akuter", "acute", "chronic", "chronische", "chronischer",
]);

/** The unsure term at word `at` follows a cause word that follows care or an absence ("treatment for …"). */
function causeOfCare(words: readonly Word[], at: number): boolean {
  let j = at - 1;
  while (j > at - 3 && beforeCondition.has(words[j]?.lower ?? "")) j--;
  if (!causeWords.has(words[j]?.lower ?? "")) return false;
  // "z powodu": the cause is two words.
  const care = words[j]?.lower === "powodu" ? j - 2 : j - 1;
  return careOrAbsence.has(words[care]?.lower ?? "") || careOrAbsence.has(words[care - 1]?.lower ?? "");
}

// The words that name whom a record is for: "for", "pour", "für", "para", "per", "voor", "dla", "för",
// "till", and the dash a claim's heading puts between its kind and its person.
// biome-ignore format: a word list reads better packed
const recordFor = new Set(["for", "pour", "für", "para", "per", "voor", "dla", "för", "till", "of", "de", "von"]);

// What may close a person's name at the head of a record: a colon, a line's end or the text's end.
const closesName = /^[ \t]{0,2}(?::|\r?\n|$)/;

const upperLetter = /\p{Lu}/u;

function opensWithCapital(text: string, word: Word | undefined): boolean {
  return word !== undefined && upperLetter.test(text.charAt(word.start));
}

/** A capitalised word the name lists know as a given name and as nothing else. */
function isGivenName(word: Word | undefined): boolean {
  if (word === undefined || !word.capitalised) return false;
  const names = nameLexicon();
  return names.given.has(word.lower) && !names.common.has(word.lower) && !names.products.has(word.lower);
}

/**
 * Where a record of a named person begins, as the index of the first word after the person's name, or
 * -1: a given name and one or two more capitalised words, closed by a colon or a line's end, that open
 * a line or follow "for"/"pour"/"für" or a dash ("Special assistance for Malte Yılmaz:", "Ainhoa
 * Caballero: baja…", "Demande de remboursement – Gaëtan Baudry : …", "Appointment confirmed for X⏎").
 */
export function recordOfPerson(text: string, words: readonly Word[]): number {
  const names = nameLexicon();
  for (let i = 0; i < words.length; i++) {
    const given = words[i];
    if (given === undefined || !given.capitalised) continue;
    // The surname: up to three words after the given name, each opening with a capital ("Ó Briain").
    let last = i;
    while (
      last < i + 3 &&
      opensWithCapital(text, words[last + 1]) &&
      text.slice(words[last]?.end, words[last + 1]?.start) === " "
    )
      last++;
    if (last === i) continue;
    // A given name the lists know, or words none of which is an ordinary word ("Dashiell Castellanos").
    if (!isGivenName(given) && words.slice(i, last + 1).some((word) => names.common.has(word.lower)))
      continue;
    if (!closesName.test(text.slice(words[last]?.end, (words[last]?.end ?? 0) + 3))) continue;
    const before = text.slice(Math.max(0, given.start - 3), given.start).trimEnd();
    const opensLine = given.start === 0 || before.endsWith("\n") || before === "";
    const dashed = before.endsWith("–") || before.endsWith("—") || before.endsWith("-");
    if (opensLine || dashed || recordFor.has(words[i - 1]?.lower ?? "")) return last + 1;
  }
  return -1;
}

/**
 * The vocabulary's unsure terms (depression, stroke, wheelchair, surgery) lifted to count where the text
 * is a record of a named person or names care or an absence because of them; and specialties named
 * in such a record ("Ms Oyelaran, Psychiatry").
 */
export function withRecordTermsLifted(text: string, words: readonly Word[], spans: Span[]): Span[] {
  const unsure = spans.some((span) => span.score > 0 && span.score < reportThreshold);
  const mayHoldSpecialty = text.includes("olog") || text.includes("iatr");
  if (!unsure && !mayHoldSpecialty) return spans;
  const record = recordOfPerson(text, words);
  const indexByStart = new Map<number, number>();
  for (const [index, word] of words.entries()) indexByStart.set(word.start, index);
  const lifted = spans.map((span) => {
    if (span.score <= 0 || span.score >= reportThreshold) return span;
    const at = indexByStart.get(span.start);
    if (at === undefined) return span;
    if ((record >= 0 && at >= record) || causeOfCare(words, at))
      return healthSpan(span.start, span.end, 0.85);
    return span;
  });
  if (record < 0 || !mayHoldSpecialty) return lifted;
  // One specialty tells the record is care; reporting each of a long text's would make the later
  // overlap checks' work grow with the square of their number.
  for (let i = record; i < words.length; i++) {
    const word = words[i];
    if (word?.capitalised && isSpecialty(word.lower)) {
      lifted.push(healthSpan(word.start, word.end, 0.85));
      break;
    }
  }
  return lifted;
}

// A calendar's day as it is shown or copied: one entry a line, its clock time first ("9:00 Vaccination",
// "14:30 Vendor call"). Each entry is the writer's own time, and a line is read alone, so that an
// appointment is not taken for a figure of speech of the next line's sprint review.
const calendarEntry = /^[ \t]{0,4}\d{1,2}[:.h]\d{2}(?:[ \t]?[ap]m)?[ \t]{1,3}(?:[-–][ \t])?([^\n]{2,60})$/gim;
const mayHoldCalendar = /\d[:.h]\d\d[ \t]/;

/** The titles of a calendar's entries, as ranges of `text`; none unless two lines or more are entries. */
export function calendarEntryTitles(text: string): { start: number; end: number }[] {
  if (!text.includes("\n") || !mayHoldCalendar.test(text)) return [];
  const titles: { start: number; end: number }[] = [];
  calendarEntry.lastIndex = 0;
  for (let match = calendarEntry.exec(text); match !== null; match = calendarEntry.exec(text)) {
    const title = match[1] ?? "";
    const end = match.index + match[0].length;
    titles.push({ start: end - title.length, end });
  }
  return titles.length >= 2 ? titles : [];
}

// The care an entry names by one word that alone might be a topic: therapy, physio, a jab. Opening an
// entry of one or two words it is the writer's appointment ("11:00 Therapy", "10:00 Vacuna gripe");
// "Therapy app demo" is read by the vocabulary, which knows a demo's figure of speech.
// biome-ignore format: a word list reads better packed
export const calendarCare = new Set([
  "therapy", "therapie", "thérapie", "terapia", "terapi", "physio", "kiné", "kine", "fisio", "fysio",
  "vaccination", "vaccine", "jab", "impfung", "vaccin", "vacuna", "vacunación", "vaccino", "vaccinazione",
  "vaccinatie", "prik", "szczepienie", "vaccinering", "vacina", "vacinação", "rehab", "counselling",
  "counseling", "surgery", "mri", "x-ray", "röntgen", "ergo", "ergotherapie", "logopädie", "logopedie",
  "orthophoniste", "osteo", "ostéo", "osteopath", "ostéopathe", "chiro", "chiropractor",
]);

// A rule for everyone names a sick note as a thing required, not as anyone's: "a doctor's note is needed
// from day 3", "Germany: AU from day 4", "ab dem dritten Tag ist eine AU vorzulegen", "un certificat
// médical est obligatoire". What someone hands in has an owner ("my fit note", "Attached is my AU").
// biome-ignore format: a word list reads better packed
const sickNotes = new Set([
  "doctor's note", "sick note", "fit note", "medical certificate", "au", "attest", "ärztliches attest",
  "krankmeldung", "arbeitsunfähigkeitsbescheinigung", "arrêt de travail", "arrêt maladie", "certificat médical",
  "certificado médico", "baja médica", "parte de baja", "certificato medico", "doktersverklaring",
  "medische verklaring", "zwolnienie lekarskie", "l4", "läkarintyg", "sjukintyg", "atestado médico",
]);
// biome-ignore format: a word list reads better packed
const requiredWords = new Set([
  "needed", "required", "necessary", "mandatory", "must", "erforderlich", "nötig", "notwendig",
  "vorzulegen", "vorlegen", "pflicht", "obligatoire", "requis", "nécessaire", "necesario", "obligatorio",
  "necessario", "obbligatorio", "richiesto", "nodig", "verplicht", "vereist", "wymagane", "wymagany",
  "wymagana", "krävs", "behövs", "necessário", "obrigatório",
]);
// "from day 3", "ab Tag 3", "ab dem 3. Tag", "à partir du 3e jour", "a partir del día 3", "dal terzo giorno",
// "vanaf dag 3", "od 3 dnia", "från dag 3", "a partir do dia 3".
const fromDayN =
  /^[\s,;:–-]{0,3}(?:(?:is |are |ist |est |es |è |wird )?(?:needed |required |erforderlich |obligatoire |necesario |necessario |nodig |wymagane |krävs )?)(?:from day|from the \w{2,8} day|ab tag|ab dem \S{1,8} tag|à partir du \S{1,8} jour|a partir del día|a partir del \S{1,8} día|dal \S{1,8} giorno|vanaf dag|od \S{1,8} dnia|från dag|a partir do dia)(?![\p{L}])/iu;
// biome-ignore format: a word list reads better packed
const owners = new Set([
  "my", "his", "her", "their", "mein", "meine", "meinen", "seine", "ihre", "mon", "ma", "son", "sa", "mi",
  "su", "mijn", "zijn", "haar", "mio", "mia", "suo", "sua", "mój", "moje", "moja", "min", "mitt", "meu",
  "minha", "seu", "sua", "your", "dein", "deine", "ton", "ta", "tu", "tuo", "jouw", "je", "din", "ditt",
]);

/** The vocabulary's spans less sick notes named as what a rule requires of everyone. */
export function withoutRequiredSickNotes(text: string, words: readonly Word[], spans: Span[]): Span[] {
  if (spans.length === 0) return spans;
  const indexByStart = new Map<number, number>();
  const indexByEnd = new Map<number, number>();
  for (const [index, word] of words.entries()) {
    indexByStart.set(word.start, index);
    indexByEnd.set(word.end, index);
  }
  return spans.filter((span) => {
    if (!sickNotes.has(text.slice(span.start, span.end).toLowerCase())) return true;
    const first = indexByStart.get(span.start);
    const last = indexByEnd.get(span.end);
    if (first === undefined || last === undefined) return true;
    if (owners.has(words[first - 1]?.lower ?? "")) return true;
    if (fromDayN.test(text.slice(span.end, span.end + 48))) return false;
    for (let i = last + 1; i <= last + 3 && i < words.length; i++)
      if (requiredWords.has(words[i]?.lower ?? "")) return false;
    return true;
  });
}

import type { DetectionInput } from "../detection.ts";
import { clampScore, type Span } from "../span.ts";
import type { Word } from "../text.ts";

/**
 * Health by the shape of a word rather than a list of words: clinical Greek and Latin
 * endings (-itis, -ectomy, -oscopy, -algia, -emia, -osis, -plasty) are written the same
 * way, give or take a letter, in every language the offices use ("tonsillitis",
 * "Tonsillektomie", "appendicectomie", "lumbalgia", "Leukämie", "arthrose"), so a
 * condition or an operation nobody listed is still found. Endings that ordinary words
 * share (-ite, -ose, -emia) need a root of the body before them, which keeps "website",
 * "glucose" and "academia" out. German doctors and therapies are compounds
 * ("Hautarzt", "Verhaltenstherapie"), and a dose taken on a schedule ("500 mg twice a
 * day", "1-0-1") is a prescription whatever the medicine is called.
 */
export function findHealthForms(input: DetectionInput): Span[] {
  const spans: Span[] = [];
  const words = input.words();
  for (let index = 0; index < words.length; index++) {
    const word = words[index];
    if (word === undefined) continue;
    // Word-shaped forms are read only in words a person writes; a run of letters longer than any
    // clinical word is not one, and its length would make the endings' patterns slow.
    if (word.end - word.start < 5 || word.end - word.start > maxFormLength) continue;
    if (!mayBeClinicalForm(word.lower)) continue;
    // "knie-artroscopie", "Knie-Arthroskopie": a hyphenated compound's clinical form is its last part.
    const bare = word.lower.replace(elision, "").replace(hyphenatedFirstPart, "");
    const start = word.end - bare.length;
    if (isClinicalForm(bare) || isClinicalCompound(bare) || isSpecialtyVisit(bare, words, index)) {
      spans.push(healthSpan(start, word.end, 0.85));
    }
    // Polish names an inflammation by the organ after it: "zapalenie oskrzeli", "zapalenia płuc".
    const organ = words[index + 1];
    if (polishInflammation.test(bare) && organ !== undefined && organ.start - word.end <= 2) {
      spans.push(healthSpan(start, organ.end, 0.85));
    }
  }
  if (input.text.includes("A&E")) {
    const at = accidentAndEmergency.exec(input.text);
    if (at !== null) spans.push(healthSpan(at.index, at.index + 3, 0.85));
  }
  if (mayNameOperation.test(input.text)) {
    const operated = operatedOn.exec(input.text);
    if (operated !== null) spans.push(healthSpan(operated.index, operated.index + operated[0].length, 0.85));
  }
  if (mayNameInjury.test(input.text)) {
    injury.lastIndex = 0;
    for (let match = injury.exec(input.text); match !== null; match = injury.exec(input.text)) {
      spans.push(healthSpan(match.index, match.index + match[0].length, 0.85));
    }
  }
  if (mayNameDose.test(input.text)) {
    spans.push(...findDoseSchedules(input.text));
  }
  return spans;
}

const maxFormLength = 40;

// The endings every form below can close with. Most words end otherwise, so one set lookup on a
// word's last three letters spares them the patterns.
// biome-ignore format: a word list reads better packed
const formEndings = [
  "itis", "itiden", "ites", "ite", "iti", "itt", "osis", "oses", "osen", "ose", "osi", "oza", "ozy", "iasis",
  "iase", "iasi", "ectomy", "ectomies", "ectomie", "ectomía", "ectomia", "ectomi", "ectomier", "ektomien",
  "ostomy", "oscopy", "oscopies", "oscopie", "oscopia", "oscopía", "oscopias", "oskopie", "oskopia", "oskopi",
  "oskopien", "plasty", "plasties", "plastie", "plastia", "plastyka", "algia", "algie", "algias", "algies",
  "algii", "algier", "emia", "emias", "emie", "emien", "ämie", "ämien", "émie", "arzt", "ärztin", "ärzte",
  "arztes", "ärzten", "arts", "artsen", "läkare", "läkaren", "therapie", "thérapie", "therapy", "therapies",
  "terapia", "terapie", "terapi", "therapieën", "ung", "ungen", "ology", "ologie", "ología", "ologia", "ologi",
  "ologii", "therapeut", "therapeuten", "therapeutin", "terapeuta", "terapeutas", "thérapeute", "zapalenie", "zapalenia", "zapaleniem", "zapaleniu",
  "arzttermin", "arzttermine", "arztterminen", "arztbesuch", "arztbesuche", "arztpraxis",
];
const formEndingTails = new Set(formEndings.map((ending) => ending.slice(-3)));

function mayBeClinicalForm(word: string): boolean {
  return (
    formEndingTails.has(word.slice(-3)) ||
    word.endsWith("it") ||
    word.endsWith("ontsteking") ||
    word.endsWith("ontstekingen") ||
    word.startsWith("arzt") ||
    word.startsWith("ärzt") ||
    word.includes("therapie") ||
    word.includes("terapi")
  );
}
const polishInflammation = /^zapaleni(?:e|a|em|u)$/;
// One scan for a unit of medicine, a counted tablet or a dosing scheme before the dose patterns.
const mayNameDose =
  /\d ?(?:mg|mcg|µg|μg|ml|iu|ie|tropfen|gouttes|gotas|gocce|hübe|puff)|tablet|pill|comprim|pastill|compress|kapsel|capsul|gélule|cachet|sachet|\d-\d-\d/i;

// The body part a hyphen joins before a clinical form ("knie-", "schouder-"), at most two parts.
const hyphenatedFirstPart = /^(?:\p{L}{2,20}-){1,2}(?=\p{L}{5})/u;

// French and Italian elide the article onto the word ("l'arthrose", "dall'otite").
const elision = /^(?:l|d|dall|all|dell|nell|un)['’]/;

// Excisions, scopes and repairs: no everyday word ends in -ectomy or -ostomy, and the
// scopes and repairs of other trades ("microscopy", "spectroscopie") are set apart by root.
const excision =
  /^\p{L}{3,}(?:[eé]ctom(?:y|ies|ie|ía|ia|i|ier)|ektom(?:ie|ia|i|ier|ien)|ostom(?:y|ie|ía|ia|i))$/u;
const scope = /^(\p{L}{3,})(?:oscop(?:y|ies|ie|ia|ía|ias)|oskop(?:ie|ia|i|ien))$/u;
const notClinicalScope =
  /^(?:micr|mikr|spect|spekt|spett|espect|tele|stere|hor|kaleid|crist|kryst|crystal|radi)/;
const repair = /^(\p{L}{4,})(?:plast(?:y|ies|ie|ia|yka))$/u;
const notClinicalRepair = /^(?:micr|mikr|bio|therm|term|galvan|neo)/;
// Pain of a part: neuralgia, lombalgie, lumbalgia, Fibromyalgie. Nostalgia is a longing.
const pain = /^(\p{L}{3,})alg(?:ia|ie|ias|ies|ii|ier)$/u;
// Blood: anaemia, Leukämie, hypoglycémie, hipoglucemia; not academia, pandemia or Bohemia.
const blood =
  /^(?:hyper|hypo|hiper|hipo)?(?:an|leu[ck]|glyc|glyk|glic|gluc|gluk|glik|lipid|lip|septic|septik|isch|isqu|ur|bacter|bakter|kal|natr|calc|kalz|thrombocyt|trombocit|polycyth)(?:a?emi(?:a|as|e|en)|ämie|ämien|émie)$/;
// Inflammations and degenerations need a root of the body or its tissue before the ending,
// since "-ite", "-ose" and "-osi" end ordinary words ("website", "glucose", "Dose").
const inflammation = /^(\p{L}{2,}?)(?:itis|itiden|ites|ite|iti|itt|it)$/u;
const inflamedRoot =
  /^(?:append|appendic|apendic|arthr|artr|bronch|bronqu|bronk|conjunctiv|conjonctiv|konjunktiv|congiuntiv|conjuntiv|cyst|zyst|cist|dermat|encephal|enzephal|encefal|gastr|gingiv|gengiv|h[eé]pat|epat|laryng|laring|m[eé]ning|nephr|n[eé]phr|nefr|neur|n[eé]vr|pancr[eé]at|pankreat|pharyng|faring|sinus|sinu|tendin|tendon|tend[ií]n|tonsill|tonsil|amigdal|amygdal|vagin|vulv|uve|pleur|p[eé]ricard|perikard|myocard|myokard|miocard|endocard|endokard|prostat|stomat|divert[ií][ck]ul|burs|fasci|spondyl|espondil|oesophag|[oö]sophag|œsophag|esofag|duoden|trache|traque|ur[eé]thr|uretr|periodont|parodont|myos|mios|osteomyel|thyr|tiroid|tyreoid|kerat|querat|bl[eé]phar|r[eé]tin|vascul|vaskul|art[eé]r|phl[eé]b|fleb|lymphaden|linfaden|synov|sinov|p[eé]riton|peritone|pneumon|polmon|cholecyst|colecist|cholang|colang|mastoid|epicondyl|epicondil|rhin|rin|osteoarthr|poliomyel|pyelonephr|glomerulonephr|gastroenter)/;
// A root that is the whole stem only: otitis, colitis, mastitis, ileitis.
const shortInflamedStem = new Set(["ot", "col", "kol", "mast", "ile", "orch", "ir", "uve"]);
const degeneration = /^(\p{L}{3,}?)(?:osis|oses|osen|ose|osi|oza|ozy|ase|iasis|iase|iasi)$/u;
const degeneratedRoot =
  /^(?:thromb|tromb|tubercul|tuberkul|tubercol|scoli|skoli|escoli|cirrh|zirrh|cirr|endom[eé]tri|fibr|ost[eé]opor|psych|psic|psyk|neur|n[eé]vr|st[eé]n|esten|scl[eé]r|skler|escler|arthr|artr|n[eé]cr|nekr|divert[ií][ck]ul|sarcoid|sarkoid|mononucl[eé]|mononukle|ketoacid|ketoazid|cetoacid|halit|dermat|spondyl|ankyl|borreli|amyloid|toxoplasm|lord|kyph|cif|ath[eé]roscl|arterioscl|osteochondr|myc|myk|mic|psor|candid|nephrolith|cholelith|urolith|lith)/;
// A German doctor or practice is a compound: Hautarzt, HNO-Arzt, Zahnärztin, Arzttermin, Arztpraxis,
// and a visit to one: Zahnarzttermin, Augenarztbesuch.
// A vet ("Tierarzt") looks after someone's animal.
const doctorCompound =
  /^(?!tier)\p{L}[\p{L}-]{1,20}(?:arzt|ärztin|ärzte|arztes|ärzten)$|^(?:arzt|ärzt)\p{L}{4,}$|^(?!tier)\p{L}[\p{L}-]{1,20}(?:arzttermin|arztbesuch|arztpraxis)(?:e|en)?$/u;
// Dutch and Scandinavian doctors: huisarts, tandarts, bedrijfsarts, tandläkare.
const localDoctor =
  /^(?:huis|tand|bedrijfs|oog|kinder|long|keel|kno-|verzekerings|sport|jeugd|vrouwen)arts(?:en)?$|^(?:tand|barn|hud|ögon|öron|företags|distrikts|hus)läkar(?:e|en)$/;
// Therapies named as compounds: Verhaltenstherapie, kinésithérapie, fisioterapia, physiotherapy.
const therapy = /^(\p{L}{3,})(?:therapie|thérapie|therapy|therapies|terapia|terapie|terapi|therapieën)$/u;
const notClinicalTherapy = /^(?:schock|shock|choc|schok)/;
// round fifteen: an hour or a session of therapy, as German, Dutch and Swedish compound it: Therapiestunde,
// Psychotherapiesitzung, Therapietermin, Therapieplatz, therapiesessie, terapisession, terapitid.
const therapySession =
  /^(?:psycho|physio|ergo|verhaltens|gesprächs|trauma|paar|psyko|fysio)?(?:therapie|terapi)(?:stunde|stunden|sitzung|sitzungen|termin|termine|terminen|platz|plätze|sessie|sessies|session|sessioner|sessionen|tid|tider|besök)$/;
// German treatments of a part: Wurzelbehandlung, Zahnbehandlung, Krebsbehandlung; not Fehlerbehandlung.
const treatment =
  /^(?:zahn|wurzel|krebs|kiefer|chemo|strahlen|hormon|schmerz|augen|haut|physio|psycho|akupunktur|reha|kranken|zahnarzt|laser-augen|tumor|knie|rücken|wund)behandlung(?:en)?$/;
// Scopes said in German: Darmspiegelung, Magenspiegelung; not a mirrored disk or database.
const germanScope =
  /^(?:darm|magen|gelenk|knie|blasen|bauch|lungen|kehlkopf|nasen|schulter|hüft|gebärmutter)spiegelung(?:en)?$/;
// Inflammation said in German, Dutch and Polish: Mittelohrentzündung, blaasontsteking, zapalenie oskrzeli.
const germanInflammation = /^\p{L}{3,}entzündung(?:en)?$/u;
const dutchInflammation =
  /^(?:long|blaas|oor|keel|blindedarm|bijholte|voorhoofdsholte|sinus|pees|gewricht|nier|alvleesklier|darm|maag|ooglid|hersenvlies|tand|kies|tandvlees|huid|borst|slijmbeurs|amandel|blaas|bot|spier|zenuw|middenoor|oog)ontsteking(?:en)?$/;

function isClinicalForm(word: string): boolean {
  if (excision.test(word)) return true;
  const scoped = scope.exec(word);
  if (scoped !== null && !notClinicalScope.test(scoped[1] ?? "")) return true;
  const repaired = repair.exec(word);
  if (repaired !== null && !notClinicalRepair.test(repaired[1] ?? "")) return true;
  const pained = pain.exec(word);
  if (pained !== null && !(pained[1] ?? "").startsWith("nost")) return true;
  if (blood.test(word)) return true;
  // "cellulitis" is an infection; the French "cellulite" is not.
  if (word === "cellulitis") return true;
  const inflamed = inflammation.exec(word);
  if (inflamed !== null) {
    const stem = inflamed[1] ?? "";
    // Scandinavian "-it" and "-itt" are common English endings too ("audit", "summit"): the stem must be a root.
    const ending = word.slice(stem.length);
    const exact = ending === "it" || ending === "itt";
    if (shortInflamedStem.has(stem)) return true;
    if (!exact && inflamedRoot.test(stem)) return true;
    if (exact && inflamedRoot.test(stem) && stem.length <= 12 && exactRoot(stem)) return true;
  }
  const degenerated = degeneration.exec(word);
  if (degenerated !== null && degeneratedRoot.test(degenerated[1] ?? "")) {
    // "-ase" is an enzyme's ending ("kinase", "database"); only -iasis' forms count with it.
    return !word.endsWith("ase") || word.endsWith("iase");
  }
  return false;
}

// The inflamed root is the whole stem ("bronkit", "gastrit"), not the start of a longer word.
function exactRoot(stem: string): boolean {
  const match = inflamedRoot.exec(stem);
  return match !== null && match[0].length === stem.length;
}

// Therapists named by their therapy: Physiotherapeut, fysiotherapeut, fisioterapeuta, psychothérapeute.
const therapist =
  /^(?:physio|fysio|fisio|fizjo|psycho|psyko|psico|ergo|logo|kinési|kinesi)(?:therapeut|thérapeute|therapeute|terapeut|terapeuta)(?:en|in|innen|s|a|as|e|es)?$/;

function isClinicalCompound(word: string): boolean {
  if (therapist.test(word) || therapySession.test(word)) return true;
  if (doctorCompound.test(word) || localDoctor.test(word) || treatment.test(word)) return true;
  if (germanScope.test(word) || germanInflammation.test(word) || dutchInflammation.test(word)) return true;
  const treated = therapy.exec(word);
  return treated !== null && !notClinicalTherapy.test(treated[1] ?? "");
}

// A specialty named with an appointment: "my dermatology appointment", "Termin in der Kardiologie".
// Alone a specialty names a department or a field of study ("psychology of UX").
const specialty =
  /^(?:dermat|cardi|kardi|neur|gastroenter|endocrin|endokrin|onco|onko|rh?eumat|rhumat|ur|gyn|gyn[eé]c|gynäk|ginec|pneum|neum|pulmon|ophthalm|oftalm|orthop|traumat|h[eé]mat|hämat|allerg|alerg|n[eé]phr|nefr|proct|hepat|angi|diab[eé]t|p[eé]diatr|pädiatr)(?:ology|ologie|olog[ií]a|ologi|ologii)$/;
// round fifteen: the care of the mind, of children and of the old, named by -iatry ("Psychiatry",
// "Psychiatrie", "psiquiatría", "pediatria", "Geriatrie").
const iatry =
  /^(?:psych|psich|psic|psiqu|psykh|psyk|p[eæ]?diatr|pädiatr|geriatr)(?:iatry|iatrie|iatría|iatria|iatri|iatrii|y|ie|ía|ia|i)$/;

/** A medical specialty's name: "dermatology", "Kardiologie", "Psychiatry", "traumatología". */
export function isSpecialty(word: string): boolean {
  return specialty.test(word) || iatry.test(word);
}
const visitWords = new Set([
  "appointment",
  "appt",
  "termin",
  "rendez-vous",
  "rdv",
  "cita",
  "visita",
  "afspraak",
  "wizyta",
  "consulta",
  "follow-up",
  "referral",
  "überweisung",
  "clinic",
  "consultation",
  "besök",
  "controle",
  "check-up",
  // a doctor, a ward or a reminder beside it: "Reminder: Dr. Patel, dermatology, Tue 9:40"
  "dr",
  "doctor",
  "ward",
  "department",
  "dept",
  "reminder",
  "klinik",
  "clinique",
  "clínica",
  "clinica",
  "ambulanz",
  "poliklinik",
  // a booking portal's confirmation: "Termin bestätigt / Gynécologie", "Appointment confirmed"
  "bestätigt",
  "confirmed",
  "confirmé",
  "confirmada",
]);

function isSpecialtyVisit(word: string, words: readonly Word[], index: number): boolean {
  if (!isSpecialty(word)) return false;
  for (let i = Math.max(0, index - 4); i < Math.min(words.length, index + 4); i++) {
    if (i !== index && visitWords.has(words[i]?.lower ?? "")) return true;
  }
  return false;
}

// The British emergency department, written with its ampersand.
const accidentAndEmergency = /(?<![\p{L}&])A&E(?![\p{L}&])/u;
// Being operated on, with the part of the body or the verb's own form: "ich werde am Knie operiert",
// "word geopereerd aan mijn knie", "mi operano al ginocchio", "operację kolana", "opererad i knät".
const mayNameOperation = /operi|opereer|opera|opéré|operowan|operacj|opereras|opererad/i;
const operatedOn =
  /(?<![\p{L}])(?:(?:werde|wird|wurde|bin|ist) (?:am|an der|an den|an dem|an) \p{L}{3,20} operiert|(?:word|wordt|werd|ben|is) (?:\p{L}{2,12} ){0,2}geopereerd|mi (?:operano|opero|hanno operato)|(?:è|sono|fu) stat[oaie] operat[oaie]|(?:ha|han) sido operad[oa]s?|wurde (?:\p{L}{2,12} )?operiert|ist operiert worden|(?:je me fais|il se fait|elle se fait) opérer|(?:suis|est|a été|ai été) opérée? (?:du|de la|des|de l['’]|d['’])|(?:fui|foi|vou ser|vai ser|fue) operad[oa]|operowan[yaą]|operacj[ęaię] (?:kolana|biodra|serca|kręgosłupa|ręki|nogi|oka|barku|ramienia|przepukliny|zaćmy)|opereras|opererades|opererad)(?![\p{L}])/iu;
const mayNameInjury =
  /brok|fractur|sprain|twist|disloc|tor[en]|pulled|hurt|injur|romp|roto|cass|foul|tordu|luxé|gebrochen|verstaucht|ausgerenkt|verletzt|rott|slogat/i;
// A part of one's body broken, sprained or torn: "broke my wrist", "sprained her ankle", "me rompí el
// brazo", "je me suis cassé le bras", "hab mir das Bein gebrochen", "mi sono rotto il polso".
const injury =
  /(?<![\p{L}\p{N}])(?:(?:broke|broken|fractured|sprained|twisted|dislocated|tore|torn|pulled|hurt|injured) (?:my|his|her|their) (?:wrist|arm|leg|ankle|foot|toe|finger|collarbone|rib|ribs|hip|knee|shoulder|back|nose|elbow|hamstring|achilles|jaw|neck|thumb|hand)|me (?:rompí|he roto|fracturé|torcí|disloqué) (?:el|la|un|una) (?:brazo|pierna|muñeca|tobillo|pie|dedo|costilla|clavícula|rodilla|hombro|mano|nariz)|(?:je )?me suis (?:cassé|fracturé|foulé|tordu|luxé) (?:le|la|l['’]|un|une) ?(?:bras|jambe|poignet|cheville|pied|doigt|côte|clavicule|genou|épaule|main|nez|orteil)|(?:hab|habe) mir (?:das|den|die|ein|eine|einen) (?:bein|arm|handgelenk|knöchel|fuß|finger|schlüsselbein|rippe|knie|schulter|hand|nase|zeh) (?:gebrochen|verstaucht|ausgerenkt|verletzt)|mi sono (?:rott[oa]|slogat[oa]|fratturat[oa]) (?:il|la|un|una|l['’]) ?(?:braccio|gamba|polso|caviglia|piede|dito|costola|clavicola|ginocchio|spalla|mano|naso))(?![\p{L}\p{N}])/giu;

// A dose: a number and a unit of medicine ("500 mg", "20mg", "10 mg/kg", "2 puffs"), or a count of tablets.
const dose =
  /(?<![\p{L}\p{N}])(?:\d{1,4}(?:[.,]\d{1,2})? ?(?:mg|mcg|µg|μg|ml|iu|ie|tropfen|gouttes|gotas|gocce|hübe|puffs?)(?:\/kg)?|(?:\d|½|one|two|a|une|un|deux|una|dos|eine|zwei|een|twee|jedna|dwie)\s(?:tablets?|pills?|capsules?|comprimés?|gélules?|pastillas?|comprimidos?|compress[ae]|tabletten?|tabletki|tabletka|tabletkę|kapseln?|cachets?|sachets?))(?![\p{L}\p{N}])/giu;
const perKilogram = /\d ?(?:mg|mcg|µg|ml)\/kg/i;
// How often it is taken, in the offices' languages.
const schedule =
  /(?<![\p{L}\p{N}])(?:\d ?x ?(?:daily|a day|per day|täglich|tgl|am tag|pro tag|par jour|al d[ií]a|por d[ií]a|ao dia|por dia|al giorno|per dag|daags|dziennie|om dagen|per dygn)|(?:once|twice|three times|four times|thrice) (?:a|per|each) day|(?:einmal|zweimal|dreimal|viermal) (?:täglich|am tag|pro tag)|(?:une|deux|trois|quatre|\d) fois par jour|(?:una|dos|tres|cuatro|\d) veces (?:al|por) d[ií]a|(?:una|due|tre|quattro|\d) volt[ae] al giorno|(?:een|twee|drie|vier|\d) ?(?:maal|keer) (?:daags|per dag)|(?:raz|dwa razy|trzy razy|\d razy) dziennie|(?:uma|duas|tr[eê]s|\d) vezes (?:ao|por) dia|every \d{1,2} ?(?:hours|hrs|h)|alle \d{1,2} ?(?:stunden|std|h)|toutes les \d{1,2} ?(?:heures|h)|cada \d{1,2} ?(?:horas|h)|ogni \d{1,2} ?(?:ore|h)|elke \d{1,2} ?(?:uur|u)|co \d{1,2} ?(?:godzin|godziny|h)|q\d{1,2}h|daily|nightly|weekly|at bedtime|before bed|täglich|wöchentlich|hebdomadaire|par semaine|semanal|a la semana|settimanale|a settimana|wekelijks|per week|tygodniowo|w tygodniu|i veckan|per vecka|semanalmente|once a week|morgens und abends|par jour|al d[ií]a|al giorno|dziennie|per dag|om dagen|bid|tid|qid|prn)(?![\p{L}\p{N}])/iu;
// A German dosing scheme, morning-noon-evening(-night): "1-0-1", "½-0-½", "1-1-1-1".
const dosingScheme =
  /(?<![\p{L}\p{N}./-])(?:[0-3]|½)-(?:[0-3]|½)-(?:[0-3]|½)(?:-(?:[0-3]|½))?(?![\p{L}\p{N}./-])/u;
const dosingWords =
  /(?<![\p{L}])(?:tablett|tabl|dosier|dosis|dosage|einnehm|nehmen|comprim|gélule|pastilla|comprimido|compress|cpr|tablet|pill|mg|schema|posolog|dawkowan|medikament|medication|meds)/iu;

function findDoseSchedules(text: string): Span[] {
  const spans: Span[] = [];
  dose.lastIndex = 0;
  for (let match = dose.exec(text); match !== null; match = dose.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    const around = text.slice(Math.max(0, start - 40), end + 40);
    if (perKilogram.test(match[0]) || schedule.test(around)) spans.push(healthSpan(start, end, 0.85));
  }
  const scheme = dosingScheme.exec(text);
  if (scheme !== null) {
    const around = text.slice(Math.max(0, scheme.index - 40), scheme.index + scheme[0].length + 40);
    if (dosingWords.test(around)) spans.push(healthSpan(scheme.index, scheme.index + scheme[0].length, 0.85));
  }
  return spans;
}

export function healthSpan(start: number, end: number, score: number): Span {
  return { start, end, category: "health", detector: "health-term", score: clampScore(score) };
}

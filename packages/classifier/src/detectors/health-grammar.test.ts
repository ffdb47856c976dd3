import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectionInput } from "../detection.ts";
import { reportThreshold } from "../span.ts";
import { findHealthTerms } from "./health.ts";

const health = (text: string) =>
  findHealthTerms(detectionInput(text, { code: false }))
    .filter((span) => span.score >= reportThreshold)
    .map((span) => text.slice(span.start, span.end));
const isHealth = (text: string) => health(text).length > 0;

const assertAllHealth = (texts: readonly string[]) => {
  const missed = texts.filter((text) => !isHealth(text));
  assert.deepEqual(missed, [], "these were not read as health");
};
const assertNoneHealth = (texts: readonly string[]) => {
  const flagged = texts.filter(isHealth).map((text) => `${text} <- ${health(text).join(" | ")}`);
  assert.deepEqual(flagged, [], "these were read as health");
};

describe("health told by grammar (round fourteen)", () => {
  it("an infection's test that came back positive is someone's, in the offices' languages", () => {
    assertAllHealth([
      "Le test PCR est positif, isolement de 5 jours recommandé.",
      "Schnelltest heute morgen positiv, bleibe zu Hause",
      "il tampone è positivo, resto a casa",
      "my antigen test came back positive this morning",
      "el test de antígeno dio positivo",
      "zelftest positief, ik werk vandaag thuis",
    ]);
  });

  it("a false positive, a positive review or a positive flow is no one's test result", () => {
    assertNoneHealth([
      "the scanner reported a false positive on the PCR module",
      "our rapid prototype got positive feedback",
      "we tested the flow, positive results for the checkout",
      "The test suite is positive about the change",
      "the covid situation looks positive for the Q3 event",
      "Corona beer sales were positive this quarter",
      "the PCR reagent team reported positive margins",
    ]);
  });

  it("a condition that has come back is someone's, a topic that is back on an agenda is not", () => {
    assertAllHealth([
      "burnout is back this month, sorry for being slow",
      "the migraines are back, logging off early",
      "meine Migräne ist wieder da",
      "la ansiedad ha vuelto desde la reorganización",
    ]);
    assertNoneHealth([
      "Depression is back in the economy according to analysts",
      "burnout is back on the agenda for the leadership offsite",
    ]);
  });

  it("the writer calling themselves depressed is health; depressed about a release is a feeling", () => {
    assertAllHealth([
      "I think I'm depressed, I can't focus at work and sleep 11 hours. What are my options?",
      "I've been feeling really depressed for weeks",
      "je suis déprimée depuis la rentrée",
      "estoy deprimido y no sé qué hacer",
      "ik ben depressief, wat moet ik doen?",
    ]);
    assertNoneHealth([
      "I'm depressed about the release slipping again",
      "I'm depressed the match got cancelled",
      "the market is depressed this quarter",
      "the button looks depressed when clicked",
    ]);
  });

  it("a doctor's specialty closing a booking's title is a visit; a department's roadmap is not", () => {
    assertAllHealth([
      "Termin bestätigt – Dr. Kulkarni, Orthopädie – Jameda",
      "Rendez-vous confirmé – Dr. Virtanen, gynaecology – Zocdoc",
      "rendez-vous cardiologie mardi 10h",
    ]);
    assertNoneHealth([
      "Dr. Smith presented the radiology roadmap to the board",
      "Cardiology module release notes for the hospital customer",
      'appointment.department = "gynaecology"',
    ]);
  });

  it("being operated on, said with the auxiliary of Italian, Spanish and German", () => {
    assertAllHealth([
      "il mio compagno è stato operato al cuore, tutto ok per ora",
      "mi madre ha sido operada de la cadera",
      "mein Vater wurde gestern operiert",
    ]);
  });

  it("a prescription filled for a medicine on a shop's page is someone's; the shop's stock is not", () => {
    assertAllHealth([
      "Ordonnance – ibuprofen 600 x2 – Shop Apotheke",
      "Repeat prescription – prednisolone 30 Stück – Shop Apotheke",
      "E-Rezept einlösen – ibuprofen 600 30 Stück – Shop Apotheke",
    ]);
    assertNoneHealth([
      "Ibuprofen 400mg 20 tablets - Buy online - Shop Apotheke",
      "prescription drug prices rise in the US news",
    ]);
  });

  it("a dose taken weekly, a rash, lice, prenatal care and ADHD as German and French write it", () => {
    assertAllHealth([
      "Ihr Vitamin-D-Wert ist deutlich zu niedrig, bitte 20.000 IE wöchentlich einnehmen.",
      "dzwonili z przedszkola, młody ma wysypkę",
      "el cole ha llamado, el niño tiene piojos otra vez",
      "Prenatal check-up 28 weeks - Kaiser Permanente",
      "Mein Sohn hat ADHS, wie erkläre ich das seiner Lehrerin?",
      "mon fils a un TDAH",
      "school called, the little one threw up, can you pick him up?",
      "doktor 3 gün istirahat verdi, migren atakları",
      "estoy embraazada de 26 semanas, la baja por maternidad empezará en julio",
    ]);
    assertNoneHealth([
      "we threw up a quick banner on the landing page",
      "estoy a cargo de 2 semanas de soporte",
    ]);
  });

  it("a condition typed with two letters swapped is still the condition", () => {
    assertAllHealth(["epielpsie, geen stroboscoop op het feest graag", "my son is diabteic"]);
    assertNoneHealth(["the diagonal layout is broken", "parkinglot sensors are down"]);
  });
});

describe("someone's body told by its verbs (round fourteen)", () => {
  it("a person who threw up; a compiler, a parser or a monitor that threw up errors is no one", () => {
    assertAllHealth([
      "school called, the little one threw up, can you pick him up?",
      "he threw up after the party",
      "mi hijo ha vomitado dos veces",
    ]);
    assertNoneHealth([
      "the compiler threw up on that file",
      "Sentry threw up 40 new issues overnight",
      "the parser has thrown up twice on this input",
      "we threw up a quick banner on the landing page",
    ]);
  });

  it("a part of someone's body taken out or torn", () => {
    assertAllHealth([
      "I'm having my gallbladder out next month",
      "she had her tonsils removed",
      "I tore a ligament playing football",
      "he ruptured his achilles at five-a-side",
    ]);
    assertNoneHealth(["we took the lump sum out of the budget", "the PM tore the roadmap apart"]);
  });

  it("a cancer someone has, signed off sick, a referral and a baby on the way", () => {
    assertAllHealth([
      "mijn moeder heeft kanker",
      "moja mama ma raka",
      "he's been signed off with stress for two weeks",
      "my GP referred me to a specialist",
      "she's having a baby in June",
    ]);
    assertNoneHealth([
      "the PM signed off on the design yesterday",
      "I'm signing off for the day, see you tomorrow",
      "the ticket was referred to the platform team",
    ]);
  });
});

describe("pain, strokes, comas and hospital stays (round fourteen)", () => {
  it("pain told with its sufferer as the object, in Spanish, Italian and Portuguese", () => {
    assertAllHealth([
      "me duele mucho la muela",
      "a mi hijo le duele la garganta desde ayer",
      "mi fa male la schiena da lunedì",
      "me dói a cabeça desde manhã",
    ]);
    assertNoneHealth(["me duele decirlo pero el proyecto se cancela", "mi fa male vedere il codice così"]);
  });

  it("a stroke someone had, a coma and leaving hospital; a stroke of luck and a food coma are not", () => {
    assertAllHealth(["she had a stroke last night", "he's in a coma", "my sister just got out of hospital"]);
    assertNoneHealth([
      "Jira has cancer lol",
      "the spreadsheet has cancer, who built it",
      "Excel had a stroke again",
      "die Datenbank hat Krebs",
      "that was a stroke of luck for the release",
      "she had a stroke of genius in the design review",
      "I am in a food coma after lunch",
    ]);
  });
});

describe("clinical words that are no one's health (round fourteen)", () => {
  it("a disease's eponym naming a law of work", () => {
    assertNoneHealth([
      "Parkinson's law again: the task grew to fill the whole sprint",
      "classic Parkinson's law, the meeting filled the hour",
    ]);
    assertAllHealth([
      "Parkinson's disease runs in my family",
      "my dad has Parkinson's, law firm says nothing",
    ]);
  });

  it("a clinical word inside a street's name", () => {
    assertNoneHealth([
      "please send the laptop to 27 bis avenue Jean Médecin, 06000 Nice",
      "Meet me at Hospital Road 12",
    ]);
    assertAllHealth(["on my way. Surgery is tomorrow morning"]);
  });

  it("a player's injury in sport's news", () => {
    assertNoneHealth([
      "The club's keeper is out for six weeks with a hamstring injury, the coach confirmed.",
      "the squad travels without their striker, out with a knee injury",
    ]);
    assertAllHealth(["The club's coach said my knee surgery went well"]);
  });

  it("a pet's illness", () => {
    assertNoneHealth([
      "the cat threw up on the sofa again, can you book the vet for saturday",
      "der Hund hat Fieber",
    ]);
    assertAllHealth(["my cat is fine but I threw up all night"]);
  });
});

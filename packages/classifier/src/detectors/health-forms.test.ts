import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectionInput } from "../detection.ts";
import { reportThreshold } from "../span.ts";
import { findHealthTerms } from "./health.ts";

const health = (text: string, code = false) =>
  findHealthTerms(detectionInput(text, { code }))
    .filter((span) => span.score >= reportThreshold)
    .map((span) => text.slice(span.start, span.end));

describe("health by the shape of its words", () => {
  it("finds inflammations by their ending after a root of the body, in nine languages", () => {
    assert.deepEqual(health("out Thursday, they think it's tonsillitis again"), ["tonsillitis"]);
    assert.deepEqual(health("Ich hab eine Sinusitis, bin heute nur halb da"), ["Sinusitis"]);
    assert.deepEqual(health("cloué au lit avec une bronchite depuis lundi"), ["bronchite"]);
    assert.deepEqual(health("ho una tendinite al polso"), ["tendinite"]);
    assert.deepEqual(health("har fått bronkit, jobbar hemifrån"), ["bronkit"]);
    assert.deepEqual(health("dall'otite non sento niente"), ["otite"]);
  });

  it("ordinary words with the same endings are not inflammations", () => {
    assert.deepEqual(health("update the website, it is my favorite suite of tools"), []);
    assert.deepEqual(health("the audit found a credit limit at the summit"), []);
    assert.deepEqual(health("featuritis and meetingitis are killing this roadmap"), []);
  });

  it("finds excisions, scopes, pains, repairs and blood disorders in their languages' spellings", () => {
    assert.deepEqual(health("Nächste Woche habe ich eine Tonsillektomie"), ["Tonsillektomie"]);
    assert.deepEqual(health("appendicectomie prévue mardi"), ["appendicectomie"]);
    assert.deepEqual(health("me hacen una colecistectomía el lunes"), ["colecistectomía"]);
    assert.deepEqual(health("booked in for a gastroscopy on Friday"), ["gastroscopy"]);
    assert.deepEqual(health("fibroscopie demain matin"), ["fibroscopie"]);
    assert.deepEqual(health("lombalgie depuis hier"), ["lombalgie"]);
    assert.deepEqual(health("having a rhinoplasty over the holidays"), ["rhinoplasty"]);
    assert.deepEqual(health("Diagnose Leukämie bei meinem Vater"), ["Leukämie"]);
    assert.deepEqual(health("hypoglycémie ce matin, je fais une pause"), ["hypoglycémie"]);
  });

  it("microscopy, spectroscopy, nostalgia, academia and a pandemic are not conditions", () => {
    assert.deepEqual(health("microscopy images and spectroscopy data are uploaded"), []);
    assert.deepEqual(health("nostalgia for the old office"), []);
    assert.deepEqual(health("the academia partnership starts; la academia de formación"), []);
    assert.deepEqual(health("la pandemia cambió el trabajo"), []);
  });

  it("finds degenerations by root and ending, and not a diagnosis, glucose or a dose", () => {
    assert.deepEqual(health("Verdacht auf Thrombose"), ["Thrombose"]);
    assert.deepEqual(health("on m'a trouvé une arthrose du genou"), ["arthrose"]);
    assert.deepEqual(health("mia madre ha l'osteoporosi"), ["osteoporosi"]);
    assert.deepEqual(health("the prognosis for the migration: two sprints; Glucose-Sirup, eine Dose"), []);
  });

  it("finds German, Dutch and Polish compounds of doctors, therapies, scopes and inflammations", () => {
    assert.deepEqual(health("bin morgen um 9 beim Hautarzt"), ["Hautarzt"]);
    assert.deepEqual(health("HNO-Arzt hat mich krankgeschrieben"), ["krankgeschrieben", "HNO-Arzt"]);
    assert.deepEqual(health("heute Nachmittag einen Arztbesuch"), ["Arztbesuch"]);
    assert.deepEqual(health("ab nächster Woche Verhaltenstherapie"), ["Verhaltenstherapie"]);
    assert.deepEqual(health("gerade eine Wurzelbehandlung"), ["Wurzelbehandlung"]);
    assert.deepEqual(health("Morgen früh Darmspiegelung"), ["Darmspiegelung"]);
    assert.deepEqual(health("meine Tochter hat eine Mittelohrentzündung"), ["Mittelohrentzündung"]);
    assert.deepEqual(health("ik moet naar de tandarts, ik heb een blaasontsteking"), [
      "tandarts",
      "blaasontsteking",
    ]);
    assert.deepEqual(health("mam zapalenie oskrzeli"), ["zapalenie oskrzeli"]);
  });

  it("a vet, error handling, a mirrored disk and shock therapy for a budget are not someone's care", () => {
    assert.deepEqual(health("Der Tierarzt hat die Katze geimpft"), []);
    assert.deepEqual(health("Fehlerbehandlung im Parser ist kaputt"), []);
    assert.deepEqual(health("die Datenbankspiegelung läuft wieder"), []);
    assert.deepEqual(health("eine Schocktherapie für das Budget"), []);
  });

  it("finds a specialty named with an appointment, not a field of study", () => {
    assert.deepEqual(health("leaving at 3 for my dermatology appointment"), ["dermatology"]);
    assert.deepEqual(health("the psychology of onboarding flows"), []);
  });

  it("finds a dose taken on a schedule in the offices' languages, and a dosing scheme beside a medicine word", () => {
    assert.deepEqual(health("take 500mg twice a day with food"), ["500mg"]);
    assert.deepEqual(health("Amoxi 500 mg 3x täglich für 7 Tage"), ["500 mg"]);
    assert.deepEqual(health("1 comprimé 3 fois par jour pendant 5 jours"), ["1 comprimé"]);
    assert.deepEqual(health("una pastilla de 20 mg cada 8 horas"), ["una pastilla", "20 mg"]);
    assert.deepEqual(health("10 mg/kg for the kid"), ["10 mg/kg"]);
    assert.deepEqual(health("Dosierung 1-0-1 nach dem Essen"), ["1-0-1"]);
  });

  it("milliseconds on a schedule, a score of 1-0-1 and a dose of refactoring are not prescriptions", () => {
    assert.deepEqual(health("set the timeout to 500 ms twice a day via the cron"), []);
    assert.deepEqual(health("score was 1-0-1 in the foosball league"), []);
    assert.deepEqual(health("coffee has 95 mg caffeine per cup"), []);
  });

  it("clinical forms inside code are the code's names, but a sentence copied into an editor is prose", () => {
    assert.deepEqual(health("const PROCEDURE_TYPES = ['cholecystectomy', 'gastroscopy'];", true), []);
    assert.deepEqual(health("Cita con el neumólogo el martes a las 9.", true), ["neumólogo"]);
  });

  it("finds a part of someone's body broken, sprained or torn, in five languages", () => {
    assert.deepEqual(health("broke my wrist skiing, typing one-handed"), ["broke my wrist"]);
    assert.deepEqual(health("me rompí el tobillo jugando al fútbol"), ["me rompí el tobillo"]);
    assert.deepEqual(health("je me suis cassé le poignet"), ["je me suis cassé le poignet"]);
    assert.deepEqual(health("hab mir das Bein gebrochen"), ["hab mir das Bein gebrochen"]);
    assert.deepEqual(health("mi sono rotto il polso in bici"), ["mi sono rotto il polso"]);
  });

  it("a broken build and a hurt brain are not injuries", () => {
    assert.deepEqual(health("I broke the build again, sorry"), []);
    assert.deepEqual(health("hurt my brain debugging this regex"), []);
  });
});

describe("health: being operated on, therapists and the emergency department", () => {
  it("finds someone operated on in German, Dutch, Italian, Polish and Swedish", () => {
    assert.deepEqual(health("ich werde am Knie operiert"), ["werde am Knie operiert"]);
    assert.deepEqual(health("morgen word ik geopereerd aan mijn knie"), ["word ik geopereerd"]);
    assert.deepEqual(health("domani mi operano al ginocchio"), ["mi operano"]);
    assert.deepEqual(health("jutro mam operację kolana"), ["operację kolana"]);
  });

  it("a company that operates in thirty countries is not operated on", () => {
    assert.deepEqual(health("das Unternehmen operiert in 30 Ländern"), []);
    assert.deepEqual(health("the operator opened the opera house"), []);
  });

  it("finds therapists named by their therapy and the A&E someone heads to", () => {
    assert.deepEqual(health("ik heb een afspraak bij de fysiotherapeut"), ["fysiotherapeut"]);
    assert.deepEqual(health("heading to A&E with my daughter"), ["A&E"]);
  });
});

describe("health forms: hyphenated compounds", () => {
  it("reads a clinical form at the end of a hyphenated compound", () => {
    assert.deepEqual(health("wie lange dauert die Heilung nach einer Knie-Arthroskopie?"), ["Arthroskopie"]);
    assert.deepEqual(health("hoeveel rust na een schouder-artroscopie?"), ["artroscopie"]);
  });

  it("does not read a hyphenated word without a clinical form as one", () => {
    assert.deepEqual(health("the api-gateway-proxy is slow"), []);
  });
});

describe("a session of therapy as a compound", () => {
  it("an hour, a session or a booking of therapy compounded in German, Dutch and Swedish is health", () => {
    assert.deepEqual(health("Therapiestunde am 26. Juni, Thema Schlafstörungen"), ["Therapiestunde"]);
    assert.deepEqual(health("nächste Psychotherapiesitzung ist Dienstag"), ["Psychotherapiesitzung"]);
    assert.deepEqual(health("mijn therapiesessie is verzet naar vrijdag"), ["therapiesessie"]);
    assert.deepEqual(health("har terapitid kl 15 idag"), ["terapitid"]);
  });

  it("a shock therapy for sales and a search compound are not a session", () => {
    assert.deepEqual(health("Schocktherapiestunde für den Vertrieb"), []);
    assert.deepEqual(health("die Therapieplatzsuche dauert"), []);
  });
});

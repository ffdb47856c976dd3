import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectionInput } from "../detection.ts";
import { reportThreshold } from "../span.ts";
import { findHealthTerms } from "./health.ts";

const healthFound = (text: string) =>
  findHealthTerms(detectionInput(text, { code: false })).some((span) => span.score >= reportThreshold);

const assertAllHealth = (texts: string[]) => {
  for (const text of texts) assert.equal(healthFound(text), true, text);
};
const assertNoneHealth = (texts: string[]) => {
  for (const text of texts) assert.equal(healthFound(text), false, text);
};

describe("health in a record of a named person", () => {
  it("an ambiguous condition, aid or impairment in a booking, claim or absence filed for a named person counts", () => {
    assertAllHealth([
      "Special assistance for Malte Yılmaz: wheelchair to the gate (WCHR)",
      "Assistance PMR pour Dashiell Castellanos : malvoyant, chien guide en cabine.",
      "Asistencia para Lucía Romero: silla de ruedas hasta la puerta de embarque",
      "Hilfe für Jonas Becker: sehbehindert, Blindenhund an Bord",
      "Assistenza per Giulia Bianchi: ipovedente, cane guida in cabina",
      "Ainhoa Caballero: depresión, desde el 26 de junio",
      "Mareike Steinhauer: Burnout, 4 Std./Tag ab März",
    ]);
  });

  it("a specialty named in a named person's appointment counts, -iatry as well as -ology", () => {
    assertAllHealth([
      "Appointment confirmed for Niamh Llewellyn\nMs Oyelaran, Psychiatry\n4 March at 11:00",
      "Appointment confirmed for Orla Ó Briain\nMr Ellery, Dermatology\n12 January at 14:45",
      "Termin für Jonas Becker:\nPsychiatrie, Dr. Wolf, 4. März",
    ]);
  });

  it("a record heading of no person, or a person's record of software work, is not health", () => {
    assertNoneHealth([
      "Release Notes: surgery on the auth module, stroke of luck",
      "Notes for Release Planning: wheelchair mode for the kiosk UI",
      "Sarah Connor: surgery on the auth module is done",
      "Release for Emma Stone: the pipeline has a stroke of luck",
      "Quarterly Review:\nPsychology of pricing, the depression of 1929",
    ]);
  });
});

describe("health as the cause of care or an absence", () => {
  it("care, a claim or leave because of an ambiguous condition counts, in the offices' languages", () => {
    assertAllHealth([
      "Erstattung: Behandlung wegen Depression, Rechnung über 131 €",
      "Demande de remboursement : consultations pour dépression, 264 €",
      "baja por depresión desde el 26 de junio",
      "Wiedereingliederung nach Burnout ab 10. März",
      "congedo per depressione da lunedì",
      "verlof wegens burn-out vanaf maandag",
      "sjukskrivning för depression sedan maj",
      "afastamento por depressão desde junho",
      "zwolnienie z powodu depresji od poniedziałku",
      "baja por intervención quirúrgica desde el 18 de octubre",
    ]);
  });

  it("a depression, a stroke or an operation that no care or absence is given for is not health", () => {
    assertNoneHealth([
      "the great depression for economists is a case study",
      "leave the stroke width for the designer",
      "return for operation of the new plant is 12 %",
      "consulting for the operation team on the migration",
    ]);
  });
});

describe("health booked in a calendar's entries", () => {
  it("an entry naming care is the writer's appointment, each line read alone, in the offices' languages", () => {
    assertAllHealth([
      "9:00 Vaccination\n14:30 Vendor call",
      "8:30 Fertility clinic\n13:30 Sprint review",
      "11:00 Therapy\n13:00 Sprint review",
      "10:00 Zahnarzt\n15:00 1:1 mit Jonas",
      "10:00 Vacuna gripe\n12:00 Comité",
      "09h30 Kiné\n11h00 Point équipe",
      "16:00 Fisio\n17:00 Riunione budget",
    ]);
  });

  it("entries of work whose first word names care elsewhere, and a single timed line, are not health", () => {
    assertNoneHealth([
      "09:30 Therapy app demo\n11:00 Rehab of the legacy service",
      "9:00 Standup\n14:30 Vendor call",
      "11:00 Therapy",
      "10:00 Surgery on the billing monolith\n12:00 Lunch",
    ]);
  });
});

describe("a sick note a rule requires of everyone", () => {
  it("a sick note named as what a policy requires, from a day on, is no one's health", () => {
    assertNoneHealth([
      "Sick leave: notify your manager before 16:15 on the first day; a doctor's note is needed from day 3 (Germany: AU from day 4).",
      "Krankmeldung: Ab dem dritten Tag ist eine AU vorzulegen.",
      "Absence maladie : un certificat médical est obligatoire à partir du 2e jour.",
      "Baja: el certificado médico es necesario a partir del día 3.",
    ]);
  });

  it("someone's own sick note stays health, even where a rule's words follow it", () => {
    assertAllHealth([
      "my doctor's note is needed by HR from day 3, sending it now",
      "Anbei meine AU bis Freitag, Bronchitis.",
      "I got a sick note for my back, off until Friday",
    ]);
  });
});

describe("a booking portal or an insurer as a vendor", () => {
  it("a portal or an insurer in a clause of buying or selling is a firm, not anyone's care", () => {
    assertNoneHealth([
      "Doctolib and Bupa both sent RFP answers; pricing per seat is 4 € / month",
      "Doctolib contract renewal: 3 seats",
    ]);
  });

  it("someone's booking on the portal stays health", () => {
    assertAllHealth([
      "my Doctolib booking for the dermatologist is Friday",
      "rendez-vous Doctolib demain chez le kiné",
    ]);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createClassifier } from "../classifier.ts";

const classifier = createClassifier();
const isHr = (text: string) => classifier.classifyText(text, { field: "text" }).categories.includes("hr");

function assertHr(texts: readonly string[]): void {
  for (const text of texts) assert.equal(isHr(text), true, `should be HR: ${text}`);
}

function assertNotHr(texts: readonly string[]): void {
  for (const text of texts) assert.equal(isHr(text), false, `should not be HR: ${text}`);
}

describe("HR records told by their layout", () => {
  it("a payroll export's rows, a person and their gross and net pay, are HR in the offices' languages", () => {
    assertHr([
      "Name\tGross\tNet\tIBAN\nSergio Gallardo\t3410,70\t2078,03\tES41 0048 3943 0721 5332 2004",
      "Mitarbeiter\tBrutto\tNetto\nLukas Becker\t4200,00\t2750,10",
      "Salarié;Brut;Net\nCamille Durand;3 200,00;2 480,00",
      "Nombre|Salario bruto|Salario neto\nLucía Romero|2.900,00|2.210,40",
      "Dipendente\tLordo\tNetto\nGiulia Bianchi\t2800,00\t2050,00",
      "Medewerker;Bruto loon;Netto loon\nSanne de Vries;3900,00;2800,00",
      "Namn\tBruttolön\tNettolön\nAnna Lindqvist\t42000\t31000",
      "Pracownik;Wynagrodzenie brutto\nTomasz Nowak;7500,00",
    ]);
  });

  it("an invoice's, a price list's or a firm's table with net and gross columns is no one's pay", () => {
    assertNotHr([
      "Product\tNet\tVAT\tGross\nWidget Pro\t100,00\t19,00\t119,00",
      "Name\tNet\tGross\nAnna Schmidt GmbH\t100,00\t119,00",
      "Customer\tGross\tNet\nAnna Schmidt\t119,00\t100,00",
      "Name\tGross\tNet\nHarbor Lights Inn\t3410,70\t2078,03",
      "Artikel;Menge;Netto;Brutto\nKabel USB-C;2;8,40;10,00",
      "Name\tRole\tStart date\nAnna Schmidt\tEngineer\t2026-01-01",
    ]);
  });

  it("a review's note headed by the person reviewed is HR in the offices' languages", () => {
    assertHr([
      "Valutazione di Ginevra Santoro: obiettivi non raggiunti, piano di miglioramento di 60 giorni.",
      "Evaluación de Lucía Romero: no alcanza los objetivos, se propone plan de mejora.",
      "Jahresgespräch Jonas Weber: Ziele nur teilweise erreicht.",
      "Évaluation de Camille Durand : objectifs non atteints",
      "Beoordeling Sanne de Vries: doelen niet behaald",
      "Ocena roczna Tomasz Nowak: cele nieosiągnięte",
    ]);
  });

  it("a review of a tool, a library or a restaurant headed the same way is no one's review", () => {
    assertNotHr([
      "Evaluation of Kafka Streams: throughput fine, latency high.",
      "Review Apache Kafka: solid.",
      "Bewertung von Anna Schmidt: 5 Sterne, tolles Essen",
      "Valutazione di Trattoria Roma: 8/10, ottima pasta",
    ]);
  });
});

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

describe("HR as people write it in chat and mail", () => {
  it("leave by its short names and kinds is HR", () => {
    assertHr([
      "jess is going on mat leave from march",
      "Ravi's on paternity from the 14th, cover his tickets pls",
      "Kevin is on LOA, don't assign him anything",
      "she's on extended leave, HR will update us",
    ]);
  });

  it("notice given, jobs at risk and reductions in force are HR", () => {
    assertHr([
      "I'm quitting. putting in my two weeks tomorrow",
      "I put in my notice today!!",
      "they're restructuring and my role is at risk",
      "we're doing a RIF in Q3, 12 roles on the list",
      "Dear Ms. Patel, this letter confirms that your employment will end on 30 April.",
    ]);
  });

  it("performance trouble, pips and promotions said informally are HR", () => {
    assertHr([
      "heads up, we're putting Dan on a pip next week",
      "Owen isn't meeting expectations, I'm starting to document everything",
      "Tim has been no call no show twice this week",
      "Performance improvment plan for Kai starts monday, 60 days",
      "ok so I finally got the promotion!! senior eng from jan 1",
      "I didn't get promoted again. third year in a row",
    ]);
  });

  it("offers, equity, relocation and the right to work are HR", () => {
    assertHr([
      "Ellie has a competing offer and wants a counter",
      "relo package for Diego: lump sum plus 3 months housing",
      "Marta's refresher grant lands in April",
      "we need to sponsor his H-1B transfer",
    ]);
  });

  it("leave, notice and resignation in de, fr, es, it, pt, nl, pl and sv are HR", () => {
    assertHr([
      "Jana ist noch in der Probezeit und es läuft echt nicht gut",
      "Thomas est en congé sans solde pendant six mois",
      "Pablo ha presentado su renuncia, se va a otra empresa",
      "ERE en la oficina de Madrid, le ha tocado a Marta",
      "Marco è in paternità fino a settembre",
      "a Ana entra de licença-maternidade em março",
      "ik zit in de ziektewet sinds maandag",
      "Tomek idzie na urlop ojcowski od poniedziałku",
      "han har tjänstledigt i sex månader",
    ]);
  });

  it("asking for a raise, resigning and being fired in everyday words of those languages are HR", () => {
    assertHr([
      "Ich will mehr Gehalt, morgen ist das Gespräch",
      "je démissionne, j'en peux plus",
      "Paolo ha chiesto un aumento ma gliel'hanno negato",
      "Kees krijgt geen contractverlenging",
      "Marek jest na urlopie rodzicielskim",
      "Sara har fått sparken",
      "jag har sagt upp mig!",
      "Victor asked me for a reference, he's applying elsewhere",
      "Your contract of employment is attached",
      "Sven's been on long term sick since Easter",
      "Dienstzeugnis Entwurf - Herr Baumann.docx",
      "Paulina złożyła rezygnację",
      "Giorgio è stato messo in cassa integrazione",
      "Inês pediu licença sem vencimento",
      "Benoît a eu un blâme",
    ]);
  });
});

describe("HR words in engineering, everyday talk, adverts and policies", () => {
  it("processes, builds, exceptions and events are not HR", () => {
    assertNotHr([
      "kill the process and restart the worker",
      "terminate the instance after the job finishes",
      "promote the build to production once QA signs off",
      "big performance regression in the search endpoint since 2.3",
      "raise an exception if the token is missing",
      "the event fired twice because of the retry",
      "young generation objects get promoted to old space after two scavenges",
      "I was fired up after the keynote",
      "the coach was sacked after the derby",
    ]);
  });

  it("leave, notice and references that are not about someone's employment are not HR", () => {
    assertNotHr([
      "I'll leave the meeting early",
      "did you notice the bug in the date parser?",
      "there's a reference implementation in the RFC",
      "the right to work from home is in the new hybrid guidelines",
      "LOA for the cross-connect is attached",
      "my last day of vacation, back tomorrow",
    ]);
  });

  it("a benefits list or a leave policy counts everyone's leave, not someone's", () => {
    assertNotHr([
      "Our parental leave policy gives 16 weeks of paid leave to all employees.",
      "Our benefits: 25 days holiday, pension and private health cover",
    ]);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectionInput } from "../detection.ts";
import { reportThreshold } from "../span.ts";
import { findHealthTerms } from "./health.ts";
import { findHrTerms } from "./hr.ts";

const health = (text: string, code = false) =>
  findHealthTerms(detectionInput(text, { code }))
    .filter((span) => span.score >= reportThreshold)
    .map((span) => text.slice(span.start, span.end));
const hr = (text: string, code = false) =>
  findHrTerms(detectionInput(text, { code }))
    .filter((span) => span.score >= reportThreshold)
    .map((span) => text.slice(span.start, span.end));

describe("health terms", () => {
  it("finds conditions, medications and clinical terms, in plural and possessive forms", () => {
    assert.deepEqual(health("my migraines are back, Crohn's flaring, on metformin"), [
      "migraines",
      "Crohn's",
      "metformin",
    ]);
    assert.deepEqual(health("booked a CT scan and a blood test"), ["CT scan", "blood test"]);
  });

  it("an ambiguous word counts only with clinical words near it", () => {
    assert.deepEqual(health("the Great Depression shaped policy"), []);
    assert.deepEqual(health("diagnosed with depression in March"), ["diagnosed", "depression"]);
    assert.deepEqual(health("ctx.stroke(); // stroke width", true), []);
  });

  it("takes the longest phrase: 'type 2 diabetes', not 'diabetes'", () => {
    assert.deepEqual(health("living with type 2 diabetes"), ["type 2 diabetes"]);
  });

  it("recognises clinical acronyms only in capitals", () => {
    assert.deepEqual(health("my IBS is worse"), ["IBS"]);
    assert.deepEqual(health("the ibs flag"), []);
  });
});

describe("HR terms", () => {
  it("finds reviews, plans, warnings, pay and leave", () => {
    assert.deepEqual(hr("performance improvement plan after a written warning"), [
      "performance improvement plan",
      "written warning",
    ]);
    assert.deepEqual(hr("her salary and sick leave"), ["salary", "sick leave"]);
    assert.deepEqual(hr("rated below expectations"), ["rated", "below expectations"]);
  });

  it("PIP in capitals is HR; pip the package installer is not", () => {
    assert.deepEqual(hr("he's on a PIP until March"), ["on a PIP"]);
    assert.deepEqual(hr("pip install -r requirements.txt", true), []);
    assert.deepEqual(hr("manager wants to put her on a pip for 6 weeks"), ["on a pip"]);
  });

  it("finds a fever, the flu, a cold and being ill in the offices' other languages", () => {
    assert.deepEqual(health("ho la febbre alta, oggi non ci sono"), ["febbre"]);
    assert.deepEqual(health("mam grypę, jutro mnie nie będzie"), ["grypę"]);
    assert.deepEqual(health("j'ai une angine, je reste au lit"), ["angine"]);
    assert.deepEqual(health("tengo gripe, no voy hoy"), ["tengo gripe"]);
    assert.deepEqual(health("heb griep, ben ziek thuis"), ["griep", "ben ziek"]);
    assert.deepEqual(health("ich habe Fieber"), ["Fieber"]);
  });

  it("finds radiation as a treatment and the emergency room someone went to", () => {
    assert.deepEqual(health("I'm booked in for radiation next Tuesday"), ["in for radiation"]);
    assert.deepEqual(health("ended up in the ER last night"), ["ended up in the ER"]);
  });

  it("radiation hardening and an ER diagram are not health", () => {
    assert.deepEqual(health("radiation hardening for the satellite board"), []);
    assert.deepEqual(health("look at the ER diagram before the migration"), []);
  });

  it("an English gripe, and a machine or a plan said to be ill, are not health", () => {
    assert.deepEqual(health("a gripe about the build"), []);
    assert.deepEqual(health("le serveur est malade"), []);
    assert.deepEqual(health("das Deployment ist krank"), []);
  });

  it("finds dismissal and resignation said as a verb in fr, es, it, nl, pt, and notice handed in", () => {
    assert.deepEqual(hr("on l'a licencié hier"), ["licencié"]);
    assert.deepEqual(hr("lo despidieron ayer"), ["despidieron"]);
    assert.deepEqual(hr("l'hanno licenziato"), ["licenziato"]);
    assert.deepEqual(hr("hij is ontslagen"), ["ontslagen"]);
    assert.deepEqual(hr("foi demitido ontem"), ["demitido"]);
    assert.deepEqual(hr("he handed in his notice"), ["handed in his notice"]);
  });

  it("discharged from hospital in Dutch is not a dismissal", () => {
    assert.deepEqual(hr("ze is ontslagen uit het ziekenhuis"), []);
  });

  it("PIP in capitals before a package manager's command is the installer", () => {
    assert.deepEqual(hr("PIP install failed on the runner"), []);
    assert.deepEqual(hr("PIP upgrade broke the venv"), []);
    assert.deepEqual(hr("PIP starts Monday for Tom"), ["PIP"]);
  });

  it("a contract, subscription or licence cancelled with a vendor is not a dismissal; someone's Kündigung is", () => {
    assert.deepEqual(hr("Kündigung des Vertrags mit dem Hoster zum Jahresende"), []);
    assert.deepEqual(hr("Kündigung der Lizenzen für das alte CRM"), []);
    assert.deepEqual(hr("ich habe heute meine Kündigung bekommen"), ["Kündigung"]);
  });

  it("raise and rating in code are not HR", () => {
    assert.deepEqual(hr('raise ValueError(f"bad rating {rating}")', true), []);
  });
});

describe("health beyond word lists", () => {
  it("finds procedures, states, labs, specialists and brand-name medicines", () => {
    assert.deepEqual(health("I'm booked in for knee arthroscopy next Tuesday"), ["arthroscopy"]);
    assert.deepEqual(health("she's in remission, thanks for understanding"), ["remission"]);
    assert.deepEqual(health("my A1C came back at 7.2"), ["A1C"]);
    assert.deepEqual(health("appointment with the rheumatologist on Thursday"), [
      "appointment",
      "rheumatologist",
    ]);
    assert.deepEqual(health("picked up my Eliquis today"), ["Eliquis"]);
  });

  it("abbreviations with other meanings count after 'my/her/his' or beside a clinical word", () => {
    assert.deepEqual(health("her RA is flaring again"), ["RA"]);
    assert.deepEqual(health("open it in MS Teams"), []);
    assert.deepEqual(health("ask the RA for the grant report"), []);
  });

  it("figurative uses and clinic-domain code are not health", () => {
    assert.deepEqual(health("we need to perform surgery on the monolith"), []);
    assert.deepEqual(health("this merge conflict is giving me a migraine"), []);
    assert.deepEqual(health("SELECT patient_id, diagnosis_code FROM encounters", true), []);
    assert.deepEqual(health("class Prescription(models.Model): dosage_mg = 5", true), []);
  });

  it("a state said of a person is health even when the sentence goes on about work", () => {
    assert.deepEqual(health("he is in remission, will update the team"), ["remission"]);
    assert.deepEqual(health("my wife is on crutches, will update the team"), ["crutches"]);
    assert.deepEqual(health("she's in rehab, so I'm working from home"), ["in rehab"]);
  });
});

describe("HR beyond word lists", () => {
  it("finds HR documents named in window titles and disability leave", () => {
    assert.deepEqual(hr("Offer Letter - Daniel Kim.pdf"), ["Offer Letter"]);
    assert.deepEqual(hr("Separation Agreement – Google Docs"), ["Separation Agreement"]);
    assert.deepEqual(hr("he's been on short-term disability since March"), ["short-term disability"]);
  });

  it("tech uses of HR words are not HR", () => {
    assert.deepEqual(hr("terminate the EC2 instance when done"), []);
    assert.deepEqual(hr("raise ValueError('bad input')"), []);
    assert.deepEqual(hr("canary is on probation for 24h"), []);
    assert.deepEqual(hr("pip install -r requirements.txt"), []);
    assert.deepEqual(hr("ALTER TABLE employees ADD COLUMN salary_band text;", true), []);
  });

  it("finds HR documents in file names joined by underscores", () => {
    assert.deepEqual(hr("PIP_March.pdf - Preview"), ["PIP"]);
    assert.deepEqual(hr("Pay Stub_2025.pdf - Preview"), ["Pay Stub"]);
    assert.deepEqual(hr("Final Warning_Q3.pdf - Preview"), ["Final Warning"]);
  });

  it("snake_case identifiers stay one word", () => {
    assert.deepEqual(hr("SELECT pay_stub_id FROM documents", true), []);
    assert.deepEqual(hr("FINAL_WARNING_TEMPLATE = 'x'"), []);
  });

  it("set phrases of software that contain an HR word are not HR", () => {
    assert.deepEqual(hr("Leave a review - App Store"), []);
    assert.deepEqual(hr("leave a comment on the review app if the rate limit bites"), []);
    assert.deepEqual(hr("code review is done, exit code 0"), []);
    // The same words about a person still count.
    assert.deepEqual(hr("she asked for leave after the performance review"), ["leave", "performance review"]);
  });
});

describe("HR terms of payslips and of the offices' other languages", () => {
  it("finds payslip lines and leave and dismissal named in German, French and Spanish", () => {
    assert.ok(hr("Gross pay £7,313.19\nNet pay £1,641.59").length > 0);
    assert.ok(hr("confirming my Elternzeit through June").length > 0);
    assert.ok(hr("Lettre de licenciement v3.docx").length > 0);
    assert.ok(hr("she is on unpaid leave until May").length > 0);
  });

  it("gross margin and net revenue are not HR", () => {
    assert.deepEqual(hr("gross margin rose and net revenue fell"), []);
  });
});

describe("health in the offices' other languages", () => {
  it("finds medical specialists by root and ending in English, German, French and Spanish", () => {
    assert.deepEqual(health("Termin beim Psychiater um 17 Uhr"), ["Psychiater"]);
    assert.deepEqual(health("RDV chez l'endocrinologue jeudi matin."), ["endocrinologue"]);
    assert.deepEqual(health("Cita con el neumólogo el martes"), ["neumólogo"]);
    assert.deepEqual(health("Die Urologin hat angerufen"), ["Urologin"]);
  });

  it("scientists and technologists with the same endings are not specialists", () => {
    assert.deepEqual(health("the biologist and the Geologe met a technologist and a sociologue"), []);
  });

  it("finds German, French and Spanish words for tests, states, operations and medicines", () => {
    assert.deepEqual(health("Ich bin schwanger, ab Mai weg."), ["schwanger"]);
    assert.deepEqual(health("Prise de sang à jeun demain pour le bilan lipidique."), [
      "Prise de sang",
      "bilan lipidique",
    ]);
    assert.deepEqual(health("Knie-OP am Dienstag, danach zwei Wochen Reha."), ["Knie-OP", "Reha"]);
    assert.deepEqual(health("Tomo Sintrom, así que nada de ibuprofeno."), ["Sintrom", "ibuprofeno"]);
  });

  it("an abbreviation of a condition counts after a family member's possessive, a scan beside a body part", () => {
    assert.deepEqual(health("My kid's ASD assessment is finally scheduled."), ["ASD"]);
    assert.deepEqual(health("MRI of my lumbar spine is at 8:40"), ["MRI"]);
    assert.deepEqual(health("the ASD file format converter"), []);
  });
});

describe("HR: pay in other languages, review verdicts, URLs and tech uses of 'fired'", () => {
  it("finds pay words and review verdicts of the offices' languages and the review cycle", () => {
    assert.deepEqual(hr("Gehalt Emese Takács: 42.500 € brutto"), ["Gehalt"]);
    assert.deepEqual(hr("Der Gehalt an Vitamin C ist hoch"), []);
    assert.deepEqual(hr("Subida salarial para Mihai"), ["Subida salarial"]);
    assert.deepEqual(hr('Astou got a "partially meets" in the mid-year review'), [
      "partially meets",
      "mid-year review",
    ]);
  });

  it("finds a strong term that is one part of a hyphenated URL path", () => {
    assert.deepEqual(hr("https://acme.personio.de/staff/6427165/salary-history"), ["salary-history"]);
    assert.deepEqual(hr("we are fired-up about the salary-free hackathon"), []);
  });

  it("a job, an event or a trigger that fired, and a salary account, are not HR", () => {
    assert.deepEqual(hr("The cron job fired twice, the warning is harmless."), []);
    assert.deepEqual(hr("Please update my salary account to the new IBAN."), []);
    assert.deepEqual(hr("Marc was fired last week"), ["was fired"]);
  });
});

describe("HR terms: round five", () => {
  it("an HR document named with a year after an underscore is still that document (P60_2025.pdf)", () => {
    assert.deepEqual(hr("P60_2025.pdf"), ["P60"]);
    assert.deepEqual(hr("Payslip_2026_03.pdf"), ["Payslip"]);
  });

  it("an identifier with digits after its underscore stays one word: pay_2025x is no payslip term", () => {
    assert.deepEqual(hr("SALARY_20251 = 3"), []);
  });

  it("a direct-deposit split of net pay says where pay goes, not what it is", () => {
    assert.deepEqual(hr("Checking\n051874081\n529630334\n100% of net pay"), []);
    assert.deepEqual(hr("my net pay went down after the tax change"), ["net pay"]);
  });
});

describe("terms in document file names", () => {
  it("underscores of a document's file name stand for spaces: Bulletin_de_paie_mars_2026.pdf, Offer_Letter", () => {
    assert.deepEqual(hr("Bulletin_de_paie_mars_2026.pdf"), ["Bulletin_de_paie"]);
    assert.deepEqual(hr("Offer_Letter - Jane Doe.pdf"), ["Offer_Letter"]);
  });

  it("an identifier with underscores is one word when no document extension follows: salary_band", () => {
    assert.deepEqual(hr("SELECT salary_band FROM grades", true), []);
    assert.deepEqual(hr("release_notes_2026.pdf"), []);
  });
});

describe("hr terms: signed off sick", () => {
  it("a doctor signing the writer off, a fit note and being off sick are sick leave", () => {
    assert.deepEqual(hr("the GP signed me off for two weeks"), ["signed me off"]);
    assert.deepEqual(hr("attaching the fit note"), ["fit note"]);
    assert.deepEqual(hr("I'm off sick today"), ["off sick"]);
  });

  it("approving work is not sick leave: the lead signed off on the release, a note on the fit", () => {
    assert.deepEqual(hr("the lead signed off on the release"), []);
    assert.deepEqual(hr("a note on the fit of the model"), []);
  });
});

describe("health terms: operations and conditions in German, French and Spanish", () => {
  it("being operated on, and common conditions and ADHD medicines, are health in de, fr, es", () => {
    assert.deepEqual(health("mañana me operan de la rodilla"), ["me operan"]);
    assert.deepEqual(health("ich werde operiert, bin zwei Wochen weg"), ["werde operiert"]);
    assert.deepEqual(health("il a une pneumonie"), ["pneumonie"]);
    assert.deepEqual(health("Medikinet vergessen"), ["Medikinet"]);
  });

  it("operating a system is not an operation: on opère le cluster, operan el servidor", () => {
    assert.deepEqual(health("les équipes opèrent le cluster"), []);
    assert.deepEqual(health("ellos operan el servidor"), []);
  });
});

describe("health terms: pregnancy, sick notes, findings and therapists in nine languages", () => {
  it("pregnancy scans and states are health in en, de, nl, it, pt, pl, sv", () => {
    assert.deepEqual(health("off tomorrow for my 20-week scan at 10"), ["20-week scan"]);
    assert.deepEqual(health("morning sickness is brutal today"), ["morning sickness"]);
    assert.deepEqual(health("ich bin in der 10. Schwangerschaftswoche"), ["Schwangerschaftswoche"]);
    assert.deepEqual(health("ik ben zwanger"), ["zwanger"]);
  });

  it("sick notes and being off sick are health in es, it, pl, sv, nl", () => {
    assert.deepEqual(health("Adjunto el parte de baja por la fractura de muñeca."), [
      "parte de baja",
      "fractura",
    ]);
    assert.deepEqual(health("jag är sjukskriven resten av veckan"), ["sjukskriven"]);
    assert.deepEqual(health("mam zwolnienie lekarskie do piątku"), ["zwolnienie lekarskie"]);
  });

  it("findings, portals, therapists and specialists are health: Befund, Doctolib, Psychotherapeut, endokrynolog", () => {
    assert.deepEqual(health("Befund MRT Knie.pdf"), ["Befund", "MRT"]);
    assert.deepEqual(health("Rendez-vous confirmé – Doctolib"), ["Doctolib"]);
    assert.deepEqual(health("Dr Saleh, Psychotherapeut"), ["Psychotherapeut"]);
    assert.deepEqual(health("mam wizytę u endokrynologa"), ["endokrynologa"]);
  });

  it("an operation of a named body part and a symptom of a named condition count in fr and es", () => {
    assert.deepEqual(health("suite à mon opération de la hanche"), ["opération"]);
    assert.deepEqual(health("síntomas de ansiedad en el trabajo"), ["ansiedad"]);
  });

  it("after 'my' a word of care is the writer's own: my radiation, my therapist", () => {
    assert.deepEqual(health("my radiation next Tuesday"), ["radiation"]);
    assert.deepEqual(health("the radiation of the antenna"), []);
    assert.deepEqual(health("the operation timed out"), []);
  });

  it("a sentence copied into a code editor is prose; code and comments there are not", () => {
    assert.deepEqual(health("Je me fais opérer de la cataracte lundi.", true), [
      "me fais opérer",
      "cataracte",
    ]);
    assert.deepEqual(health("diagnosis = Diagnosis(cataract=True)", true), []);
    assert.deepEqual(health("// Returns the pregnancy status of the patient.", true), []);
  });

  it("a recipe, a server stopped, and 'operación' of a system are not health", () => {
    assert.deepEqual(health("la operación del servidor terminó"), []);
    assert.deepEqual(health("Rezept für Lasagne"), []);
  });
});

describe("HR terms: contracts, payslips, reviews and dismissals in eight languages", () => {
  it("finds HR documents and reviews in fr, nl, it, pt, sv, pl", () => {
    assert.deepEqual(hr("Contrat de travail - Karim Mansour.pdf"), ["Contrat de travail"]);
    assert.deepEqual(hr("Loonstrook juni 2026.pdf"), ["Loonstrook"]);
    assert.deepEqual(hr("valutazione annuale di Nanna: in linea"), ["valutazione annuale"]);
    assert.deepEqual(hr("ontslag per 1 juni, vaststellingsovereenkomst getekend"), [
      "ontslag",
      "vaststellingsovereenkomst",
    ]);
  });

  it("someone let go, a sabbatical and one's own promotion are HR", () => {
    assert.deepEqual(hr("I got let go this morning"), ["got let go"]);
    assert.deepEqual(hr("Please note my sabbatical starts 9 May."), ["sabbatical"]);
    assert.deepEqual(hr("they turned down my promotion again"), ["promotion"]);
  });

  it("a promotion banner and a product's promotion are not someone's career", () => {
    assert.deepEqual(hr("the promotion ends on Friday"), []);
    assert.deepEqual(hr("let go of the lock before returning"), []);
  });
});

describe("health terms: literal conditions beside engineering words", () => {
  it("a panic attack before the demo is a panic attack; a migraine of a merge conflict is a figure of speech", () => {
    assert.deepEqual(health("had a panic attack before the demo, sorry for dropping off"), ["panic attack"]);
    assert.deepEqual(health("this merge conflict is a migraine"), []);
  });

  it("a payslip named by its month without the accent is HR; 'nomina' alone is not", () => {
    assert.deepEqual(hr("Nomina_marzo_2026.pdf"), ["Nomina"]);
    assert.deepEqual(hr("la nomina del nuovo direttore"), []);
  });
});

describe("HR terms: payroll as a purpose", () => {
  it("an identifier sent for the payroll is not someone's payslip", () => {
    assert.deepEqual(hr("Steuer-IdNr 22936407818 — für die Lohnabrechnung"), []);
    assert.deepEqual(hr("codice fiscale VCNMTA90S55A944N — per la busta paga"), []);
    assert.deepEqual(hr("Busta paga marzo 2026.pdf"), ["Busta paga"]);
  });
});

describe("health: sick notes, and words that engineering shares", () => {
  it("finds being off sick and the note that says so in the offices' languages", () => {
    assert.deepEqual(health("I'm off sick till Wednesday"), ["off sick"]);
    assert.deepEqual(health("je suis en arrêt maladie jusqu'à vendredi"), ["arrêt maladie"]);
    assert.deepEqual(health("estoy de baja médica esta semana"), ["estoy de baja"]);
    assert.deepEqual(health("sono in mutua fino a lunedì"), ["in mutua"]);
    assert.deepEqual(health("Bin ab heute arbeitsunfähig"), ["arbeitsunfähig"]);
  });

  it("cancelling a service ('dar de baja') and a stopped server are not sick leave", () => {
    assert.deepEqual(health("hay que dar de baja el servicio de staging"), []);
    assert.deepEqual(health("le serveur est en arrêt pour maintenance"), []);
  });

  it("an ablation study, the Pacemaker cluster, the ICU library, the Mono runtime and a load's stress test are not health", () => {
    assert.deepEqual(health("run an ablation on the tokenizer, drop the position embeddings"), []);
    assert.deepEqual(health("Pacemaker failed over the cluster to node 2"), []);
    assert.deepEqual(health("ICU collation breaks the sort order for Turkish"), []);
    assert.deepEqual(health("we upgraded the Mono runtime on the build agents"), []);
    assert.deepEqual(health("stress test tonight for the checkout flow"), []);
  });

  it("the same words said of a person are health", () => {
    assert.deepEqual(health("heads up, I'm getting an ablation"), ["getting an ablation"]);
    assert.deepEqual(health("waiting on my stress test"), ["stress test"]);
    assert.deepEqual(health("my dad is in the ICU since Sunday"), ["in the ICU"]);
  });

  it("test and scan results of CI and security tools, and git surgery, are not health", () => {
    assert.deepEqual(health("the test results from CI look flaky today"), []);
    assert.deepEqual(health("security scan results are attached to the ticket"), []);
    assert.deepEqual(health("do some git surgery on the branch before merging"), []);
  });

  it("a term naming a thing software is made of, or a member of an object, is the software's", () => {
    assert.deepEqual(health("we're building the prescriptions API for the pharmacy client"), []);
    assert.deepEqual(health("Rename Patient.diagnosis to Patient.conditions in the export"), []);
    assert.deepEqual(health("the clinic scheduling app crashes on the appointments page"), []);
    assert.deepEqual(hr("add a salary column to the SQL view"), []);
    assert.deepEqual(health("my prescription ran out, pharmacy closed"), ["prescription"]);
  });
});

describe("HR: formal warnings and acts in the offices' languages, and words that other trades share", () => {
  it("finds formal warnings, discipline, severance and dismissal meetings in ten languages", () => {
    assert.deepEqual(hr("Wir müssen Herrn Keller eine Abmahnung aussprechen"), ["Abmahnung"]);
    assert.deepEqual(hr("un avertissement écrit à Julien pour ses retards"), ["avertissement écrit"]);
    assert.deepEqual(hr("preparar una carta de amonestación para Luis"), ["carta de amonestación"]);
    assert.deepEqual(hr("Prepariamo una lettera di richiamo per Marco"), ["lettera di richiamo"]);
    assert.deepEqual(hr("het ontslaggesprek met Sanne is dinsdag"), ["ontslaggesprek"]);
    assert.deepEqual(hr("Anna dostanie naganę za spóźnienia"), ["naganę"]);
    assert.deepEqual(hr("Erik får en skriftlig varning"), ["skriftlig varning"]);
    assert.deepEqual(hr("Abfindung für Herrn Wagner: drei Monatsgehälter"), ["Abfindung"]);
    assert.deepEqual(hr("Ole er blitt oppsagt"), ["oppsagt"]);
  });

  it("a warning word counts beside the employee it is for, not in a compiler's or a certificate's message", () => {
    assert.deepEqual(hr("Aide-moi à rédiger un avertissement pour un salarié arrivé en retard"), [
      "avertissement",
    ]);
    assert.deepEqual(hr("avertissement du compilateur sur la variable inutilisée"), []);
    assert.deepEqual(hr("Advertência: o certificado expira amanhã"), []);
  });

  it("a job advert's salary range, the TV series, an appeal's dismissal and a spend review are not HR", () => {
    assert.deepEqual(hr("We're hiring a Data Engineer in Berlin. Salary range in the ad."), []);
    assert.deepEqual(hr("Severance season 2 is great"), []);
    assert.deepEqual(hr("the dismissal of the appeal was in the news"), []);
    assert.deepEqual(hr("the annual review of our AWS spend is due"), []);
    assert.deepEqual(hr("my annual review is on Thursday"), ["annual review"]);
  });

  it("a vendor's contract given notice is not a dismissal", () => {
    assert.deepEqual(hr("we gave notice on the Zendesk contract, termination effective end of Q3"), []);
  });
});

describe("health and HR: everyday complaints, raises and resignations, and their look-alikes", () => {
  it("a fever with its reading and an ER visit are health; a fever dream or pitch is not", () => {
    assert.deepEqual(health("my son has had a fever of 38.6 for 2 days"), ["a fever"]);
    assert.deepEqual(health("that was a fever dream of a sprint, the fever pitch before launch"), []);
  });

  it("the office's flu-jab day is not someone's health; someone's own jab is", () => {
    assert.deepEqual(health("flu shots in the lobby next Tuesday, sign-up sheet on the wiki"), []);
    assert.deepEqual(health("getting my flu jab at lunch"), ["flu jab"]);
  });

  it("a scanner's results and clinical codes in a mapping ticket are not health", () => {
    assert.deepEqual(health("the scan results from Snyk show 3 criticals"), []);
    assert.deepEqual(health("Map ICD-10 diagnosis codes to the Condition resource"), []);
  });

  it("raising an exception, an issue or the bar is not a pay rise", () => {
    assert.deepEqual(hr("raise an exception when the salary field is empty"), []);
    assert.deepEqual(hr("raise a ticket with payroll about my raise"), ["raise"]);
  });

  it("someone resigning or quitting their job is HR", () => {
    assert.deepEqual(hr("she's resigning, two weeks notice"), ["she's resigning", "two weeks notice"]);
    assert.deepEqual(hr("I'm going to quit my job next month"), ["quit my job"]);
  });
});

describe("HR: departures, eliminated roles and raises asked for", () => {
  it("a role eliminated, someone's last day and a raise asked for are HR", () => {
    assert.deepEqual(hr("draft an email telling Mark his role is being eliminated"), [
      "role is being eliminated",
    ]);
    assert.deepEqual(hr("Mia is leaving us, her last day is the 14th"), ["is leaving us", "her last day"]);
    assert.deepEqual(hr("Noah asked for a raise, I said we'd revisit in Q3"), ["asked for a raise"]);
  });

  it("our last day in an office and a person leaving a call are not departures", () => {
    assert.deepEqual(hr("our last day in the old office is Friday"), []);
    assert.deepEqual(hr("Julia is leaving the call early, ping me instead"), []);
  });
});

describe("health and HR: what the whole company is told, and what software and clusters do", () => {
  it("a policy, a cycle, a process or a training named by a term is about everyone, not one person", () => {
    assert.deepEqual(hr("the sick leave policy has been updated, see Confluence"), []);
    assert.deepEqual(hr("the promotion cycle opens in March, managers see the guide"), []);
    assert.deepEqual(health("lunch and learn: mental health first aid training on Thursday"), []);
    assert.deepEqual(hr("she is on sick leave until May"), ["sick leave"]);
  });

  it("a clinical acronym naming a piece of software is the software's", () => {
    assert.deepEqual(health("the MRI viewer crashes when the DICOM file is large"), []);
    assert.deepEqual(health("her MRI showed a tear"), ["MRI"]);
  });

  it("figures of speech of dashboards and debt, demoted cluster leaders and copyright letters are not health or HR", () => {
    assert.deepEqual(health("the grafana dashboard shows a heart attack at 3am"), []);
    assert.deepEqual(health("the tumor of technical debt keeps growing"), []);
    assert.deepEqual(hr("the cluster leader got demoted after the partition"), []);
    assert.deepEqual(hr("Abmahnung wegen Urheberrecht vom Anwalt der Bildagentur"), []);
  });
});

describe("health: elided articles, hospital stays and common complaints of the offices' languages", () => {
  it("a term with an elided article is found", () => {
    assert.deepEqual(health("ho un'ernia del disco, lavoro da casa"), ["un'ernia"]);
  });

  it("someone in hospital is health; hospitals as customers are not", () => {
    assert.deepEqual(health("my wife is in hospital, I'll be offline"), ["is in hospital"]);
    assert.deepEqual(health("our software runs in hospitals across Europe"), []);
  });

  it("finds childhood fevers, sciatica and being at the doctor's in several languages", () => {
    assert.deepEqual(health("mein Sohn hat Scharlach"), ["Scharlach"]);
    assert.deepEqual(health("j'ai une sciatique, je bosse allongé"), ["sciatique"]);
    assert.deepEqual(health("sono dal dottore, torno alle 11"), ["dal dottore"]);
  });
});

describe("HR: business reviews, programmes and data models", () => {
  it("a quarterly business review, a referral bonus and a severance field in a data model are not HR", () => {
    assert.deepEqual(hr("quarterly business review with the client on Friday"), []);
    assert.deepEqual(hr("the company is hiring, referral bonus for everyone"), []);
    assert.deepEqual(hr("Die Abfindung im Datenmodell ist ein Decimal-Feld"), []);
    assert.deepEqual(health("the surgeon general warning banner on the site"), []);
  });

  it("a company firing its staff is not read as one person fired", () => {
    assert.deepEqual(hr("Twitter fired half its staff in 2022"), []);
  });
});

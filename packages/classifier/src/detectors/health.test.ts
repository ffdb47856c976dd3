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

describe("health: symptoms told before any diagnosis", () => {
  it("finds symptoms, in English and the offices' other languages", () => {
    assertAllHealth([
      "I've had chest pain on and off for 2 days when I climb stairs, should I worry?",
      "I keep getting heart palpitations after coffee, is that normal?",
      "cant come tonight, got food poisoning, been throwing up all day",
      "sick today, tummy bug",
      "hay fever is destroying me, took 2 antihistamines already",
      "mein Sohn hat seit drei Tagen Durchfall, was soll ich tun?",
      "j'ai des vertiges quand je me lève, c'est grave ?",
      "tengo dolor lumbar desde hace una semana, ¿qué ejercicios puedo hacer?",
      "mio figlio ha la tosse da due settimane, devo preoccuparmi?",
      "ik heb last van oorsuizen sinds een week, wat kan dat zijn?",
      "jag har haft ont i halsen i en vecka och feber",
      "j'ai fait une crise d'angoisse dans le métro ce matin",
    ]);
  });

  it("a body's temperature with its reading is a fever; a machine's is not", () => {
    assert.deepEqual(health("my 2 year old has a temp of 38.9, what could it be?"), ["temp of 38.9"]);
    assert.deepEqual(health("the baby's fever is 39.2 since last night"), ["fever is 39.2"]);
    assertNoneHealth(["the GPU temp is 39 under load", "server room temperature 24.5 today"]);
  });

  it("a part of one's own body that hurts is health; a back end or a hand-off is not", () => {
    assert.deepEqual(health("my knee hurts when I run"), ["my knee hurts"]);
    assertAllHealth(["my back is killing me, physio at 2", "her wrist is swollen after the fall"]);
    assertNoneHealth(["this back end hurts to maintain", "the hand-off hurts us every sprint"]);
  });

  it("figures of speech of meetings, in Spanish as in English, are not symptoms", () => {
    assertNoneHealth([
      "la reunión fue un dolor de cabeza",
      "what a headache this migration is",
      "that meeting gave me a migraine, figuratively",
    ]);
  });
});

describe("health: diagnoses, medicines and sick notes of the offices' languages", () => {
  it("being diagnosed, prescribed antibiotics or antidepressants, in nine languages", () => {
    assertAllHealth([
      "me han diagnosticado hipotiroidismo, tengo que tomar eutirox cada mañana",
      "fick diagnosen typ 1-diabetes förra veckan",
      "Schatz, der Arzt hat mir Antibiotika verschrieben",
      "ik slik nu al 3 maanden antidepressiva en het gaat beter",
      "lekarz przepisał mi antybiotyk na zapalenie zatok",
      "je suis sous antibiotiques pour une sinusite",
      "mi hanno prescritto l'antibiotico",
    ]);
  });

  it("medicines by common, short and misspelt names", () => {
    assertAllHealth([
      "the doc put me on amox for 7 days",
      "on amoxicilin for a chest infection, feeling meh",
      "can I drink alcohol while taking metronidazole",
      "what's a normal dose of melatonin for a 6 year old",
      "I'm allergic to penicillin fyi",
      "migrane again, lying in a dark room",
    ]);
  });

  it("a sick note in French, German and Swedish, and a child kept home sick in Swedish", () => {
    assertAllHealth([
      "Bonjour, je vous transmets mon arrêt de travail jusqu'au 12 mars.",
      "anbei meine Arbeitsunfähigkeitsbescheinigung für die Zeit vom 3. bis 7. März",
      "Hej, bifogar läkarintyget för min sjukskrivning.",
      "Dottern har vattkoppor, jag vabbar idag",
    ]);
  });

  it("a lab report's readings with their units are results", () => {
    assertAllHealth([
      "LDL 4.2 mmol/L, HDL 1.0 mmol/L, Triglycerides 2.3 mmol/L",
      "Hemoglobin 10.2 g/dL L, Ferritin 8 ng/mL L",
      "Impression: Small right-sided pleural effusion. No pneumothorax.",
      "Allergies: penicillin (rash), peanuts (anaphylaxis)",
    ]);
    assertNoneHealth(["dissolve 5 g/L of salt in the buffer", "throughput 40 MB/s per node"]);
  });
});

describe("health: visits, appointments and specialists said in short", () => {
  it("finds terse visits, abbreviations after a possessive and the possessives of other languages", () => {
    assertAllHealth([
      "docs appt @ 3, brb",
      "off to the drs, back in an hr",
      "I have a PT session tomorrow for my knee",
      "can't do the offsite, I'm 30 weeks and my OB said no flying",
      "mein MRT ist am Dienstag",
      "j'ai rdv chez le gastro jeudi",
      "got my bloods back, iron is low again",
      "had my second covid jab yesterday, arm is dead",
      "I'll be offline Friday for my wife's 20 week scan",
      "de gynaecoloog zei dat alles goed gaat",
      "Ska till vårdcentralen imorgon för mitt knä",
      "jutro mam rezonans kolana",
      "Blocked: therapist – Calendar",
    ]);
  });

  it("family members' illnesses and broken bones, in several languages", () => {
    assertAllHealth([
      "My wife went into labour last night",
      "mon père s'est fait poser un pacemaker hier",
      "mia nonna è caduta e si è rotta il femore",
      "Opa hat sich das Bein gebrochen",
      "mijn vader is vannacht opgenomen met een hartinfarct",
      "a mi padre le han puesto un marcapasos",
      "syn ma ospę, zostaję w domu",
    ]);
  });

  it("PT and OB alone, a part-time contract and an object's 'ob', are not health", () => {
    assertNoneHealth([
      "she's PT on Fridays, full time from May",
      "the OB team owns the release",
      "mon/wed PT",
    ]);
  });
});

describe("health: what names no one's health", () => {
  it("news of a disease and a shop's page for a medicine name no person", () => {
    assertNoneHealth([
      "WHO says measles cases are rising across Europe this year",
      "summarise this news article about the global rise in diabetes rates",
      "Ibuprofen 400mg 20 tablets - Boots - Buy online",
      "Apotheke online - Ibuprofen günstig kaufen",
    ]);
  });

  it("the same words with a person are that person's health", () => {
    assertAllHealth([
      "my son caught measles, cases are rising at his school",
      "I need to buy more insulin before the weekend",
    ]);
  });

  it("engineering's and everyday figures of speech are not health", () => {
    assertNoneHealth([
      "the health check endpoint is returning 503 again",
      "the build is sick today, everything's red",
      "that post went viral overnight",
      "running a virus scan on the shared drive, might be slow",
      "bug fever this sprint, 40 new tickets",
      "let's triage the backlog tomorrow morning",
      "post-mortem for the outage is on Thursday",
      "quick sanity check before I merge?",
      "cold start on the lambda is 3 seconds",
      "found a memory leak in the worker",
      "can we delete the dead code in utils?",
      "had to kill -9 the process, it hung",
      "monitoring has a blind spot around the queue",
      "we're in paralysis by analysis on the vendor choice",
      "that's insane, 10x faster",
      "I'm allergic to meetings before 10",
      "need a shot of espresso before the demo",
      "don't doctor the numbers in the deck please",
      "Docker desktop keeps crashing on my mac",
      "found patient zero in the logs: one bad request at 02:14",
      "cut the dependency like a surgeon, clean and quick",
      "viral coefficient is 1.2 for the campaign",
      "der Build ist krank, alles rot",
      "le serveur est malade depuis hier",
      "this spreadsheet gives me anxiety lol",
      "we need a vaccine against bikeshedding",
    ]);
  });

  it("clinical software, fitness and health products are not anyone's health", () => {
    assertNoneHealth([
      "FHIR Patient resource needs a new extension for the Observation schema",
      "HL7 ADT^A01 messages are failing validation in the interface engine",
      "EHR-1423: medication list page renders twice on Safari",
      "Health insurance plans for families - Compare quotes",
      "leg day at the gym, squats PR 120kg",
      "protein shake and creatine every morning, gains are real",
      "Krankenversicherung Vergleich 2026 - Tarife",
      "the appointment booking API returns 500 for past dates",
    ]);
  });
});

describe("health: specialists said short, fractures compounded, and the long tail of complaints", () => {
  it("a short or adjectival specialist beside a visit word is a visit; 'cardio' alone is a workout", () => {
    assertAllHealth([
      "je pose un jour, rendez-vous ophtalmo",
      "domani sono in ferie per una visita oculistica",
      "Psy – séance 19h",
    ]);
    assertNoneHealth([
      "cardio then weights at the gym tonight",
      "the gastro pub on the corner does great chips",
    ]);
  });

  it("a fracture compounded with its bone is health; the Fraktur typeface is not", () => {
    assertAllHealth(["mormor har fått en höftfraktur", "Oma hat eine Hüftfraktur"]);
    assertNoneHealth(["die Überschrift ist in Fraktur gesetzt", "Frakturschrift für das Logo"]);
  });

  it("concussions, scarlet fever, chest pain and muscle strains in the offices' languages", () => {
    assertAllHealth([
      "mijn zoon heeft een hersenschudding van het voetballen",
      "mia figlia ha la scarlattina",
      "fui ao pronto-socorro com dor no peito",
      "pulled a muscle in my back lifting the sofa",
      "baby's got colic, nobody slept",
      "quick update: the lump was benign 🙌",
      "I'm type 1 so I might need to step out during the long workshop",
      "bin heute raus, Zahn-OP",
      "ich hab Corona, zweiter Strich ganz deutlich",
      "Mutuelle - Remboursement lunettes et orthodontie",
    ]);
  });

  it("machines running a fever, roadmaps needing surgery and a benign warning are not health", () => {
    assertNoneHealth([
      "the CPU is running a fever, 95°C",
      "the roadmap needs surgery before QBR",
      "benign warning from the linter, ignore it",
      "Paracetamol 500mg Tablets 32 pack - Tesco Groceries",
      "new study shows coffee lowers diabetes risk, interesting read",
    ]);
  });

  it("someone who has covid has it whatever meeting the sentence goes on to", () => {
    assertAllHealth(["Paz tiene covid, la reunión la llevo yo", "Tom has covid, I'll run the meeting"]);
  });
});

describe("health: births, vital signs and everyday complaints", () => {
  it("giving birth and the midwife are health in the offices' languages", () => {
    assertAllHealth([
      "Ma sœur a accouché cette nuit, c'est une fille !",
      "mijn vrouw is bevallen van een zoon!",
      "absente ce matin, rendez-vous chez la sage-femme",
      "Hebamme Nachsorge 11:00",
    ]);
  });

  it("vital signs as a chart writes them are health; a ratio or a date is not", () => {
    assertAllHealth(["RR 130/85 gemessen, Puls 72", "Vitals: BP 148/94, HR 88, SpO2 97%"]);
    assertNoneHealth([
      "the ratio is 120/80 on the sales dashboard",
      "BP deadline moved to 12/03 for the partner",
    ]);
  });
});

describe("health: care told by the shape of the sentence (round nine)", () => {
  it("someone has an illness, said with each language's verb for having it", () => {
    assertAllHealth([
      "estou com covid, vou trabalhar de casa",
      "tiene una infección de oído y no ha dormido nada",
      "she's got the flu so I'm covering her shift",
      "I caught a nasty cold at the offsite",
      "mam infekcję i zostaję w domu",
      "ik heb een infectie aan mijn oor",
    ]);
  });

  it("a machine, a pipeline or a season that has an illness word is not anyone's illness", () => {
    assertNoneHealth([
      "our pipeline has a fever today, 40 red builds",
      "the server has a virus, reimage it",
      "we have covid data for 2021 in the warehouse",
      "the weather had a cold snap",
      "Prod has a cold cache after the restart",
      "the team has a cold start problem on lambdas",
      "pacientes com covid: casos sobem no Brasil",
    ]);
  });

  it("seeing a carer, and what a doctor told someone, in English, German and Dutch", () => {
    assertAllHealth([
      "seeing a therapist every tuesday at 5 so need to leave at 4:30",
      "Won't make standup — back went out, doctor says rest",
      "went to see my GP about it yesterday",
      "the nurse said I can go home tomorrow",
      "der Arzt meint, ich soll mich schonen",
      "de huisarts zegt dat ik rust moet nemen",
    ]);
  });

  it("a tool called doctor and a carer's page in software are not care", () => {
    assertNoneHealth([
      "run brew doctor, it says the path is wrong",
      "flutter doctor says Android toolchain missing",
      "I saw the dentist page on the staging site",
      "see the doctor component in the design system",
    ]);
  });

  it("a medicine for a complaint, in the offices' languages; a medicine for a thing is a saying", () => {
    assertAllHealth([
      "przyjmuję leki na tarczycę od roku",
      "pastillas para dormir, ¿alguna recomendación?",
      "il medico mi ha dato farmaci per l'ansia",
      "médicaments pour dormir sans ordonnance ?",
    ]);
    assertNoneHealth([
      "a long walk is medicine for the soul",
      "coffee is my medicine for mondays",
      "the best medicine for a broken build is a revert",
    ]);
  });

  it("a condition's abbreviation someone lives with closes its clause; a product goes on", () => {
    assertAllHealth(["What diet helps with MS. Is exercise safe?", "my sister has RA, so she can't"]);
    assertNoneHealth([
      "integrate with MS Teams and Outlook",
      "the build passed with CT, all green",
      "sync with PT, then deploy",
    ]);
  });

  it("a back that went out, a caesarean without its hyphen, a chronic condition", () => {
    assertAllHealth([
      "threw my back out lifting boxes, WFH today",
      "how long after a c section can i drive",
      "Disability leave request - chronic back condition",
      "we're expecting twins in the spring!",
    ]);
    assertNoneHealth(["the back end went out of sync", "we're expecting traffic to double in Q4"]);
  });

  it("an appointment reminder cron in a clinic's app is software", () => {
    assertNoneHealth(["PR #412: patch the appointment reminder cron for the clinic app"]);
  });
});

describe("health: minds, medicines' stems, specialties and pregnancy weeks (round nine)", () => {
  it("a mind's illness had with each language's verb; a worry about something is a feeling", () => {
    assertAllHealth([
      "je fais une dépression depuis cet hiver",
      "tengo ansiedad y no puedo dormir",
      "ik zit thuis met een burn-out",
      "mam depresję od dwóch lat",
      "ho attacchi di panico da settimane",
    ]);
    assertNoneHealth([
      "the economy had a depression in 1929",
      "the team has anxiety about the launch",
      "I have anxiety about the demo lol",
    ]);
  });

  it("a generic medicine by its class's stem, misspelt or unlisted; words that merely end alike are not", () => {
    assertAllHealth([
      "my psych upped my lamotragine to 150",
      "started pantoprazol today, 40 each morning",
      "switched from ramipril to candesartán last month",
    ]);
    assertNoneHealth(["April showers bring May flowers", "the Mulholland drive scene"]);
  });

  it("a specialty beside a doctor or a visit is care; a subject of study is not", () => {
    assertAllHealth(["Reminder: Dr. Patel, dermatology, Tue 9:40am", "ist der Termin in der Kardiologie?"]);
    assertNoneHealth([
      "I studied biology and read dermatology journals",
      "reading about microbiology at the department",
      "our technology department reminder: badge in",
    ]);
  });

  it("how far along a pregnancy is, in Spanish, German, French and Polish", () => {
    assertAllHealth([
      "estoy de 8 semanas, no se lo digas a nadie",
      "Ultraschall in der 20. SSW heute",
      "je suis à 12 semaines et j'ai des nausées",
    ]);
    assertNoneHealth(["estoy de vacaciones dos semanas", "sprint de 2 semanas"]);
  });
});

describe("health: short operations, wards, doctors' visits compounded and weeks along (round nine, b)", () => {
  it("finds them in English, German and Italian", () => {
    assertAllHealth([
      "can't do the offsite hike, still recovering from knee op",
      "He's in the psych ward since Sunday",
      "Zahnarzttermin um 8, komme etwas später",
      "devo fare una risonanza al ginocchio lunedì",
      "I'm 30 weeks so no flying after the 15th",
      "my rheum wants to start me on a biologic",
    ]);
  });

  it("a vet's visit, weeks into a job or behind a plan, and sick KPIs or spreadsheets are not health", () => {
    assertNoneHealth([
      "Tierarzttermin für den Hund am Montag",
      "I'm 3 weeks into the new job",
      "I'm 6 weeks behind on the roadmap",
      "I'm 12 weeks off from launch",
      "this spreadsheet is giving me cancer lol",
      "our KPIs are in intensive care, need a plan",
    ]);
  });
});

describe("health: Japanese, Chinese and Korean, found inside runs of the script (round ten)", () => {
  it("finds visits, tests, conditions and pregnancy told in those languages", () => {
    assertAllHealth([
      "明日、胃カメラの検査があるので午前休みます",
      "体調不良のため本日はお休みをいただきます",
      "母が入院したので今週は早めに帰ります",
      "我老婆怀孕了，下周去医院做产检",
      "我今天头疼，可能感冒了",
      "我媽住院了，這週要請假",
      "아버지가 어제 뇌졸중으로 입원하셨어요",
      "엄마 검사 결과 나왔는데 다행히 괜찮대",
      "저 오늘 감기 때문에 병원 가요",
      "머리가 너무 아파서 오늘 반차 쓸게요",
    ]);
  });

  it("a clinic's software, the news, idioms and a machine's faults are not anyone's health", () => {
    assertNoneHealth([
      "病院の予約システムのバグを修正しました",
      "インフルエンザの患者数が全国で増加、厚生労働省が発表",
      "このバグは癌みたいなもので、全体に広がってる",
      "这个项目已经病入膏肓了，需要重构",
      "医院管理系统的接口今天上线",
      "我对这个方案不感冒",
      "서버가 죽었어요, 재시작 부탁드립니다",
      "병원 예약 시스템 배포 완료했습니다",
      "코드 검사 결과 시스템에 올렸습니다",
      "이 약 30분 정도 걸려요",
    ]);
  });

  it("an everyday word (a medicine, a symptom, feeling unwell) counts only with a person and no software", () => {
    assertAllHealth(["私は薬を飲んでから寝ます", "我妈最近老是不舒服"]);
    assertNoneHealth(["この不具合の症状はログに出ています", "系统不舒服的地方很多，需要优化"]);
  });
});

describe("health: Hindi (round ten)", () => {
  it("finds illness, care and medicine in Devanagari", () => {
    assertAllHealth([
      "मेरी माँ को कल डायलिसिस के लिए ले जाना है",
      "मुझे बुखार है, आज ऑफिस नहीं आ पाऊंगा",
      "पापा अस्पताल में हैं",
      "मेरी पीठ में बहुत दर्द है, डॉक्टर के पास जा रहा हूँ",
    ]);
  });

  it("a server that is down, a recruitment drive and a delivery are not health", () => {
    assertNoneHealth([
      "सर्वर की तबीयत ठीक नहीं लग रही, लॉग देखो",
      "सर्वर डाउन है, कृपया चेक करें",
      "भर्ती प्रक्रिया अगले हफ्ते शुरू होगी",
      "डिलीवरी कल आएगी",
    ]);
  });
});

describe("health: broken bones by name, in hospital after something, and work that names no patient (round ten)", () => {
  it("finds a named broken bone and a stay in hospital told with its cause", () => {
    assertAllHealth([
      "heads up, Priya's in hospital after a car accident",
      "he came off his bike, broken collarbone",
      "my dad is back in hospital, will update later",
      "she was admitted to hospital last night",
      // a sleep study is a test someone has, not research
      "what are the side effects of sleep study ?",
    ]);
  });

  it("surgery on a module, research findings, product specs and a shop's catalogue are no one's health", () => {
    assertNoneHealth([
      "we need surgery on the auth module before the release",
      "Phase III trial shows semaglutide cuts cardiovascular events by 20%",
      "two new studies link ozempic to fewer heart attacks",
      "Patient Portal v2 PRD: users can view lab results and message their provider",
      "pharmacy inventory API returns 500 when the SKU has ibuprofen variants",
      "broken build again, the pipeline is red",
      "the hospital after-hours rota is in the sheet",
    ]);
  });
});

describe("health: care on a schedule, a doctor signing someone off, documents and portals (round ten)", () => {
  it("a therapy kept on a day or an hour, or had by the writer, is someone's care", () => {
    assertAllHealth([
      "therapy moved to wednesdays 5pm so i'll leave at 4:30 those days",
      "tengo terapia los martes, salgo antes",
      "Therapie ist jetzt donnerstags, ich gehe um 16 Uhr",
      "j'ai thérapie demain matin",
      "my GP signed me off for two weeks",
    ]);
  });

  it("a field of therapy, a therapy product's release and retail therapy are not", () => {
    assertNoneHealth([
      "the therapy app release is on Tuesday",
      "retail therapy on saturday lol",
      "gene therapy startups raised less this year",
      "the manager signed off the budget on Monday",
    ]);
  });

  it("a clinical document's file name, a biopsy in the offices' languages and a booking portal's specialty", () => {
    assertAllHealth([
      "discharge_summary_cardiology.pdf - Adobe Acrobat Reader",
      "resultats_analyses_sang.pdf",
      "fiz a biópsia ontem, resultado sai na sexta",
      "¿cómo sigue tu padre después de la quimio?",
      "Vou fazer uma cirurgia no joelho semana que vem",
      "jag har migrän idag, loggar in senare",
      "Termin bestätigt\nGynécologie\n2026-09-02 15:15",
      "Appointment confirmed\nGinecología\nlunes 9:30",
    ]);
    assertNoneHealth([
      "Patient.diagnosis is null in the mapper",
      "read the ecology report.pdf before the offsite",
      "Gynécologie et obstétrique : le service recrute",
    ]);
  });
});

describe("health: round eleven's allergies, epilepsy, migraine, wheelchairs and insurers' pages", () => {
  it("finds a severe allergy, epilepsy, migraine, flu-ish and being signed off in more languages", () => {
    assertAllHealth([
      "allergie sévère au sésame, merci de prévoir un menu adapté",
      "Ich habe Epilepsie, bitte kein Stroboskop auf der Bühne",
      "migreeni taas, en pääse palaveriin",
      "voel me wat grieperig vandaag, werk thuis",
      "lægen sygemelder mig resten af ugen",
      "uso silla de ruedas, ¿hay ascensor en el hotel?",
      "Leistungen: Hörgerät – genehmigt, Krankengeld – in Prüfung",
      "j'ai une FIV prévue jeudi",
      "had gisteren mijn eerste prik, arm doet pijn",
    ]);
  });

  it("does not take the star sign for the disease, nor a health portal named only to sign in", () => {
    assertNoneHealth([
      "Cancer (22 June – 22 July): money matters look bright this week",
      "today's horoscope for Cancer says to rest",
      "forgot my ameli password again",
      "connexion impossible sur doctolib, mot de passe refusé",
    ]);
    assertAllHealth(["my aunt's cancer came back in June", "remboursement ameli pour ma kiné"]);
  });

  it("does not take an id's letters before spaced digit pairs for a clinical acronym", () => {
    assertNoneHealth(["my insurance number is PT 41 22 07 C, please update it"]);
    assertAllHealth(["my PT wants me to do the exercises twice a day"]);
  });
});

describe("health: a pregnancy told as 'expecting'", () => {
  it("finds 'I'm expecting' with nothing expected after it, or beside a birth's leave", () => {
    assertAllHealth([
      "we're expecting! keeping it quiet until the scan",
      "fyi i'm expecting and will take Mutterschutz from May",
    ]);
  });

  it("does not take expecting a call, delays or an invoice for a pregnancy", () => {
    assertNoneHealth([
      "I'm expecting a call from the landlord",
      "we're expecting delays on the release, sorry",
      "we are expecting the invoice tomorrow",
    ]);
  });
});

describe("health: intolerances and deafness on sign-up forms, and hospitals and fevers in more languages", () => {
  it("finds an intolerance, diabetes or deafness told to an event's organisers", () => {
    assertAllHealth([
      "Laktoseintoleranz, bitte ohne Sahne",
      "soy diabética, necesito horarios de comida fijos",
      "ich bin gehörlos, bitte mit Untertiteln",
    ]);
  });

  it("finds hospitals, fevers, pregnancy and sick notes in Czech, Turkish, Hungarian, Greek, Romanian and Finnish", () => {
    assertAllHealth([
      "jsem v nemocnici, mám horečku",
      "hamileyim, kimseye söyleme",
      "a kórházban vagyok, holnap jövök",
      "είμαι άρρωστη σήμερα",
      "sunt în concediu medical până vineri",
      "olen raskaana, kerron tiimille ensi viikolla",
    ]);
  });
});

describe("health: medicines as each language spells and inflects them, specialties and news (round twelve)", () => {
  it("finds a medicine spelt or declined the other languages' way, with its accent or its case ending", () => {
    assertAllHealth([
      "je prends du Lévothyrox depuis mars, d'où la fatigue",
      "biorę metforminę, więc muszę jeść regularnie",
      "welche Nebenwirkungen hat Methotrexat bei Rheuma?",
      "mi madre toma metotrexato desde enero",
      "od tygodnia jestem na sertralinie i śpię gorzej",
      "mijn vader slikt metformine sinds zijn diagnose",
      "ho iniziato la levotiroxina, 50 al mattino",
      "min mamma tar warfarin och blöder lätt",
      "comecei a tomar sertralina há duas semanas",
      "jsem na metforminu a pořád mám hlad",
    ]);
  });

  it("a word that merely begins or ends like a medicine, and a pharma company's market news, are not health", () => {
    assertNoneHealth([
      "the insulinator service is down again",
      "Morphing transitions in the new onboarding flow",
      "Warfare game night on Friday, who's in?",
      "bought the concert tickets, row 12",
      "Ozempic sales lift Novo Nordisk revenue again, pharma stocks up",
      "we sell our scheduling tool to hospitals in Bavaria",
      "the clinic app crashes when the appointment service times out",
    ]);
  });

  it("a specialty's consultation in Portuguese, Italian and German, and rheumatism, are care", () => {
    assertAllHealth([
      "consulta de diabetologia às 19:00",
      "Termin in der Diabetologie am Montag",
      "visita di diabetologia giovedì",
      "meine Oma hat Rheuma und kann kaum laufen",
      "olen sairauslomalla, selkä jumissa",
      "olin sairauslomalla koko viikon",
    ]);
  });

  it("a minister's plan for hospitals, health policy and a government's reform name no patient", () => {
    assertNoneHealth([
      "La ministre présente le plan hôpital 2027",
      "Der Gesundheitsminister stellt die Krankenhausreform vor",
      "El gobierno aprueba el plan de hospitales para 2026",
      "Minister announces hospital funding for the winter",
      "il ministro presenta la riforma degli ospedali",
    ]);
  });

  it("service health checks, healthy codebases and figurative complaints stay clean in several languages", () => {
    assertNoneHealth([
      "healthcheck failing on the payments pod, restarting",
      "the codebase is pretty healthy after the refactor",
      "this migration is a real headache",
      "ce bug est viral dans l'équipe support",
      "I'm allergic to meetings before 10",
      "der Deploy hat heute Fieber, alles rot",
      "la migración es un dolor de cabeza",
      "leg day at the gym, my legs are dead lol",
      "ik eet geen gluten deze maand, gewoon als experiment",
      "meal prep Sunday: chicken, rice, broccoli",
    ]);
  });
});

describe("health: cancers compounded, strokes abbreviated, disabilities recorded, and institutions as customers (round twelve)", () => {
  it("finds cancers by organ, a stroke as AVC, Alzheimer's accented and a recorded disability", () => {
    assertAllHealth([
      "mijn moeder heeft borstkanker",
      "mein Vater hat Darmkrebs, ich bin diese Woche weniger erreichbar",
      "min svärmor har bröstcancer",
      "meu pai teve um AVC",
      "mon père a fait un AVC hier soir",
      "mi madre tiene alzhéimer",
      "ich bin schwerbehindert, GdB 50",
      "j'ai la RQTH depuis l'an dernier",
    ]);
  });

  it("a crayfish, a video codec and a hospital, clinic or vaccine as an account are not health", () => {
    assertNoneHealth([
      "Flusskrebs mit Dill beim Teamessen",
      "the encoder falls back to AVC when HEVC is off",
      "our vaccine client wants the dashboard by Friday",
      "the surgery booking system integration is live",
      "hospital beds KPI dashboard for the NHS trust",
      "our clinic customers complain about the calendar sync",
      "Krankenhaus-Kunde will das Angebot bis Freitag",
      "il cliente ospedale vuole una demo",
      "we partnered with a pharmacy chain in Poland",
    ]);
  });

  it("someone's own hospital or clinic stays health beside the same words", () => {
    assertAllHealth([
      "my clinic moved my appointment, the system lost it",
      "her hospital stay is covered by the insurance contract",
    ]);
  });
});

describe("health: appointments at an office and fevers of test suites (round twelve, second batch)", () => {
  it("an appointment at an embassy, a consulate or a registry office is no care", () => {
    assertNoneHealth([
      "Visa appointments take about 8 weeks right now",
      "passport appointments at the consulate are booked out until May",
      "the embassy appointment is on Tuesday, bring two photos",
      "Termin beim Bürgeramt dauert gerade ewig",
      "biometrics appointment moved to the 14th",
    ]);
  });

  it("a test suite or a linter with a fever is a figure of speech", () => {
    assertNoneHealth([
      "Our test suite has a fever lol",
      "the e2e suite has a fever again",
      "our linter has a fever today 😅",
    ]);
  });

  it("a person's appointment and a person's fever stay health", () => {
    assertAllHealth([
      "my hospital appointment is on Tuesday",
      "can't make it, doctor's appointment at 3",
      "my son has a fever, working from home",
      "I've got a fever and a sore throat, out today",
      "had my visa interview and then a hospital appointment for the scan",
      "my daughter has a fever and the nursery sent her home",
    ]);
  });
});

describe("health: a condition someone is treated for, struggles with or suffers from (round thirteen)", () => {
  it("finds a mind's illness held by a person, in the offices' languages", () => {
    assertAllHealth([
      "please go easy on Maja, they're dealing with burnout and just came back",
      "explain to my team that I'm being treated for depression and will work reduced hours",
      "she's been struggling with anxiety since the spring, so keep her load light",
      "Tomasz is recovering from burnout, back part-time in May",
      "mi hermano sufre de depresión desde hace años",
      "elle souffre de dépression, elle reprend à mi-temps",
      "er leidet unter Depressionen und ist in Behandlung",
      "mia sorella soffre di ansia, non può viaggiare",
      "hij lijdt aan een burn-out en werkt halve dagen",
      "ela sofre de ansiedade, vai trabalhar de casa",
    ]);
  });

  it("burnout or depression as a topic, a market's depression and an economy's are not someone's condition", () => {
    assertNoneHealth([
      "dealing with burnout as a manager: a reading list",
      "the survey asks how teams are dealing with burnout",
      "the market is struggling with depression-era lows",
      "we are dealing with anxiety about the launch date",
      "how to avoid burnout when you're on call",
      "treated for burnout risk in the attrition model",
    ]);
  });
});

describe("health: blood draws, imaging of a body part and a lost pregnancy in the offices' languages (round thirteen)", () => {
  it("finds a blood draw, an imaging test of a knee or a hip and a miscarriage said as a verb", () => {
    assertAllHealth([
      "Blood draw – fasting - Calendar",
      "Blutabnahme nüchtern 7:30",
      "prelievo di sangue alle 8, arrivo dopo",
      "mañana tengo la resonancia de la rodilla, llego a las 12",
      "amanhã faço a ressonância do joelho",
      "ho la risonanza alla spalla giovedì",
      "Röntgen vom Knie am Dienstag",
      "my partner miscarried last week, I'll be taking a few days",
      "meine Frau hatte eine Fehlgeburt",
      "mijn vrouw heeft een miskraam gehad",
    ]);
  });

  it("resonance in physics, a draw of a lottery and X-rays of parcels are not health", () => {
    assertNoneHealth([
      "la resonancia del puente se calcula con el modelo",
      "la resonancia magnética nuclear del laboratorio de química está libre",
      "the prize draw is on Friday, blood orange theme",
      "Röntgen der Pakete am Flughafen dauert länger",
      "a ressonância do projeto com os clientes foi boa",
      "the build miscarried again lol",
    ]);
  });
});

describe("health: sick notes as a kind of document (round thirteen)", () => {
  it("a hotline or a process for sick notes in general is no one's sick note", () => {
    assertNoneHealth([
      "numéro vert 0 800 123 456 pour les arrêts de travail",
      "die Krankmeldungen gehen ab März über das Portal",
      "las bajas médicas se registran en el sistema nuevo",
    ]);
  });

  it("someone's own sick note stays health", () => {
    assertAllHealth([
      "ci-joint mon arrêt de travail pour une entorse de la cheville",
      "anbei meine Krankmeldung bis Freitag",
      "te mando la baja médica por la gripe",
    ]);
  });
});

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

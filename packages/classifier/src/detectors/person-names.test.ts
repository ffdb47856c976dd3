import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectionInput } from "../detection.ts";
import { reportThreshold } from "../span.ts";
import { findPersonNames } from "./person-names.ts";

const names = (text: string, code = false) =>
  findPersonNames(detectionInput(text, { code }))
    .filter((span) => span.score >= reportThreshold)
    .map((span) => text.slice(span.start, span.end));

describe("person names", () => {
  it("finds a common given name followed by a capitalised surname", () => {
    assert.deepEqual(names("Maria Garcia will join"), ["Maria Garcia"]);
    assert.deepEqual(names("ask Priya Raman about it"), ["Priya Raman"]);
  });

  it("finds an unlisted name after a word that introduces a person, and a surname after an honorific", () => {
    assert.deepEqual(names("Dear Aaliyah Corkery,"), ["Aaliyah Corkery"]);
    assert.deepEqual(names("appointment with Dr Okafor"), ["Okafor"]);
  });

  it("is a weak signal: scores stay below a checksum-validated value's", () => {
    const [span] = findPersonNames(detectionInput("Maria Garcia"));
    assert.ok(span !== undefined && span.score < 0.9);
  });

  it("word-like given names, title case, surname lists and weekdays are not names", () => {
    assert.deepEqual(names("Grace Period ends on Monday"), []);
    assert.deepEqual(names("Will Monday work?"), []);
    assert.deepEqual(names("Quarterly Planning Review Notes"), []);
    assert.deepEqual(names("Greenholt, Lakin and Mann"), []);
  });
});

describe("person names in context", () => {
  it("finds given names alone after greetings, and names no list knows after a strong cue", () => {
    assert.deepEqual(names("Hi Elif, the deck is in the shared drive."), ["Elif"]);
    assert.deepEqual(names("Thanks Chitrangada, are we still on for 3?"), ["Chitrangada"]);
    assert.deepEqual(names("Sophie will present the roadmap"), ["Sophie"]);
  });

  it("finds names in signatures, transcripts, form labels and chat window titles", () => {
    assert.deepEqual(names("Talk soon.\n\nBest,\nMirza Post"), ["Mirza Post"]);
    assert.deepEqual(names("Loek van der Pol: let's take this offline.\nDon Bauch: agreed."), [
      "Loek van der Pol",
      "Don Bauch",
    ]);
    assert.deepEqual(names("Assignee: Mattias Söderberg\nStatus: In Progress"), ["Mattias Söderberg"]);
    assert.deepEqual(names("Chat – Nguyen Van An"), ["Nguyen Van An"]);
    assert.deepEqual(names("Ana Souza - WhatsApp"), ["Ana Souza"]);
    assert.deepEqual(names("Narendra - WhatsApp"), ["Narendra"]);
  });

  it("a channel or a tool in a chat window's title is not a name", () => {
    assert.deepEqual(names("General - Slack"), []);
    assert.deepEqual(names("Jenkins - Slack"), []);
  });

  it("finds the person in a profile URL's slug", () => {
    assert.deepEqual(names("https://www.linkedin.com/in/maria-garcia-4b2a1/"), ["maria-garcia"]);
    assert.deepEqual(names("https://intranet.example.com/people/jane-doe"), ["jane-doe"]);
    assert.deepEqual(names("https://github.com/acme/api/pull/4821"), []);
  });

  it("a message that opens with a given name and a verb of another language (hat, est, ha, heeft) is about that person", () => {
    assert.deepEqual(names("Lucía tiene fiebre"), ["Lucía"]);
    assert.deepEqual(names("Giulia ha la febbre"), ["Giulia"]);
    assert.deepEqual(names("Pieter heeft griep"), ["Pieter"]);
    assert.deepEqual(names("Amber est en congé maternité jusqu'en mars"), ["Amber"]);
    assert.deepEqual(names("Santiago ist ab Montag in Elternzeit"), ["Santiago"]);
  });

  it("a city, a tool, a day or an English word before such a verb is not a person", () => {
    assert.deepEqual(names("Berlin ist schön im Mai"), []);
    assert.deepEqual(names("Paris est magnifique"), []);
    assert.deepEqual(names("Grafana hat einen Fehler"), []);
    assert.deepEqual(names("Montag ist frei"), []);
    assert.deepEqual(names("Amber is the colour we picked"), []);
    assert.deepEqual(names("Elvanse ist wieder nicht lieferbar."), []);
    assert.deepEqual(names("Hauptstraße ist wegen Bauarbeiten gesperrt"), []);
    assert.deepEqual(names("Mándalo a Calle Mayor 196, 10590 Madrid"), []);
    assert.deepEqual(names("Had a call with the vendor"), []);
  });

  it("pay, a claim or a warning for someone, and someone let go, name that person though no list knows them", () => {
    assert.deepEqual(names("Retention bonus for Kaito: $157,000 paid in two tranches"), ["Kaito"]);
    assert.deepEqual(names("Short-term disability claim for Tariq approved"), ["Tariq"]);
    assert.deepEqual(names("Gehaltserhöhung für Ngozi genehmigt"), ["Ngozi"]);
    assert.deepEqual(names("We're letting Yuxuan go on Friday"), ["Yuxuan"]);
  });

  it("pay, a claim or a warning for a period, a place, a team or a tool is not a person", () => {
    assert.deepEqual(names("the bonus for Q3 is paid"), []);
    assert.deepEqual(names("the claim for Lisbon travel"), []);
    assert.deepEqual(names("increase for Sales team"), []);
    assert.deepEqual(names("warning for Node 18"), []);
    assert.deepEqual(names("let Kafka go"), []);
  });

  it("a lower-case given name that is also a place, greeted and then asked a question, is who is greeted", () => {
    assert.deepEqual(names("hey salvador do you have 5 min?"), ["salvador"]);
    assert.deepEqual(names("hey nelly can you review this?"), ["nelly"]);
  });

  it("a group, a tool or a city greeted and asked a question is not a person", () => {
    assert.deepEqual(names("hey team do you have 5 min?"), []);
    assert.deepEqual(names("hey jenkins can you rerun it"), []);
    assert.deepEqual(names("hi paris do you copy"), []);
  });

  it("an assistant's name beside another assistant or its maker is the assistant, not a person", () => {
    assert.deepEqual(names("ChatGPT Enterprise is approved, Claude is still in procurement"), []);
    assert.deepEqual(names("we compared Gemini and Claude on the eval"), []);
    assert.deepEqual(names("Hi Claude, thanks for the notes"), ["Claude"]);
  });

  it("the role under a name signed off in Dutch or Polish, and a long German noun, are not names", () => {
    assert.deepEqual(
      names("Met vriendelijke groet,\nOle Szydłowski\nTeamleiterin Einkauf\nMobile: 0152 37364985"),
      ["Ole Szydłowski"],
    );
    assert.deepEqual(names("Pozdrawiam,\nKasia Nowak"), ["Kasia Nowak"]);
    assert.deepEqual(names("Psychotherapie Erstgespräch – Terminbestätigung"), []);
  });

  it("an honorific in the dative (Herrn) begins the name; the words before it are not part of it", () => {
    assert.deepEqual(names("Kündigung des Vertrags von Herrn Weber zum 30.6."), ["Weber"]);
    assert.deepEqual(names("Termin mit Herrn Okafor"), ["Okafor"]);
  });

  it("a name before what an app says someone did (shared, replied, a partagé, hat erwähnt) is that person", () => {
    assert.deepEqual(names('Fwd: Meiling Sun shared "Roadmap 2027" with you - Mozilla Thunderbird'), [
      "Meiling Sun",
    ]);
    assert.deepEqual(names("Amid Soltanova replied to a thread"), ["Amid Soltanova"]);
    assert.deepEqual(names("Kaito Tanaka vous a partagé un document"), ["Kaito Tanaka"]);
    assert.deepEqual(names("Kaito Tanaka hat dich erwähnt"), ["Kaito Tanaka"]);
  });

  it("a document, a tool or a pipeline that shared or sent something is not a person", () => {
    assert.deepEqual(names("Release Notes shared with the team"), []);
    assert.deepEqual(names("Google Drive shared a folder"), []);
    assert.deepEqual(names("Build Pipeline sent an alert"), []);
    assert.deepEqual(names("Quarterly Report added to folder"), []);
  });

  it("a surname of O or D, an apostrophe and a capital (O'Connor, D’Angelo) is part of the name", () => {
    assert.deepEqual(names("Sean O'Connor will join"), ["Sean O'Connor"]);
    assert.deepEqual(names("ask D’Angelo Rossi"), ["D’Angelo Rossi"]);
  });

  it("a French elision or a shouted contraction is not a capitalised name", () => {
    assert.deepEqual(names("D'accord, je regarde"), []);
    assert.deepEqual(names("I'M DONE with this build"), []);
  });

  it("a directory's surname, comma and given name in a mail header or before an address is one name", () => {
    assert.deepEqual(names("To: Lindqvist, Jörg; Fontaine, Aurélie"), [
      "Lindqvist, Jörg",
      "Fontaine, Aurélie",
    ]);
    assert.deepEqual(names("Smith, John (john.smith@acme.io)").includes("Smith, John"), true);
  });

  it("places or firms joined by a comma, outside a header, are not a surname-first name", () => {
    assert.deepEqual(names("Paris, Texas is nice"), []);
    assert.deepEqual(names("To: Berlin, Paris"), []);
    assert.deepEqual(names("Offices: Austin, Denver; Boston"), []);
    assert.deepEqual(names("To: the team\nOkafor, Chidinma listed"), []);
  });

  it("a lower-case given name's possessive before what only a person has (manager, shift) names that person", () => {
    assert.deepEqual(names("can you ask priya's manager"), ["priya"]);
    assert.deepEqual(names("i'll cover for tomasz's shift"), ["tomasz"]);
  });

  it("a lower-case possessive of a thing, a tool or a word that is also a name is not a person", () => {
    assert.deepEqual(names("the app's manager restarts it"), []);
    assert.deepEqual(names("kafka's team owns the brokers"), []);
    assert.deepEqual(names("bill's review is due"), []);
    assert.deepEqual(names("the user's manager field"), []);
  });

  it("another country's given name that is also an English word, before a listed surname, is a person", () => {
    assert.deepEqual(names("Maya Miettinen is covering for me while I'm out"), ["Maya Miettinen"]);
    assert.deepEqual(names("Milan Rubio reprend la facturation"), ["Milan Rubio"]);
    assert.deepEqual(names("Leistungsbeurteilung Mai Esposito: übertrifft Erwartungen"), ["Mai Esposito"]);
  });

  it("such a word before another word, a colour or an alert is not a person", () => {
    assert.deepEqual(names("Rose Gold edition ships Monday"), []);
    assert.deepEqual(names("Amber Alert"), []);
    assert.deepEqual(names("Grace Period ends on Monday"), []);
  });

  it("a lower-case message said to someone that ends with a capitalised unlisted word names who it speaks to", () => {
    assert.deepEqual(names("sorry about last night Tariq"), ["Tariq"]);
    assert.deepEqual(names("call me when you land Meera x"), ["Meera"]);
    assert.deepEqual(names("thank you for the help Kenji!"), ["Kenji"]);
  });

  it("a tool, a place or a day at the end of such a message is not who it speaks to", () => {
    assert.deepEqual(names("thanks for upgrading Vitest"), []);
    assert.deepEqual(names("can you deploy to Staging"), []);
    assert.deepEqual(names("thanks, see you Monday"), []);
    assert.deepEqual(names("sorry I broke Prod"), []);
  });

  it("a given name before Park, a place word that is also a surname, is a person", () => {
    assert.deepEqual(names("Tyler Park starts parental leave on 9 Sept"), ["Tyler Park"]);
    assert.deepEqual(names("Gunnar Park macht die Eskalationen"), ["Gunnar Park"]);
    assert.deepEqual(names("escalations go to Haruto Park."), ["Haruto Park"]);
  });

  it("a park after a word that puts someone at it, or after a name that is also a surname, stays a park", () => {
    assert.deepEqual(names("meet at Stanley Park after work"), []);
    assert.deepEqual(names("Lincoln Park is fully booked"), []);
    assert.deepEqual(names("Victoria Park is closed"), []);
  });

  it("a middle initial inside a profile slug or a handle is part of the name", () => {
    assert.deepEqual(names("https://northwind.bamboohr.com/employees/julie-w-vaca-saiz"), [
      "julie-w-vaca-saiz",
    ]);
    assert.deepEqual(names("https://twitter.com/edmond-m-hamann"), ["edmond-m-hamann"]);
  });

  it("a query value that points at a person (?ref=, ?user=) and spells a name is that person", () => {
    assert.deepEqual(names("https://acme.atlassian.net/wiki/people/350f3fd0?ref=theunis-fichardt"), [
      "theunis-fichardt",
    ]);
    assert.deepEqual(names("https://acme.example/profile?user=julie-kyei-oppong&tab=1"), [
      "julie-kyei-oppong",
    ]);
  });

  it("a page's slug after a people path or a query key is not a person", () => {
    assert.deepEqual(names("https://acme.brightpay.co.uk/employee/starter-checklist?step=2"), []);
    assert.deepEqual(names("https://example.com/a?user=admin-panel"), []);
    assert.deepEqual(names("https://example.com/search?ref=release-notes"), []);
    assert.deepEqual(names("https://example.com/?ref=producthunt"), []);
  });

  it("places, tools, firms, greetings to groups and capitalised phrases are not names", () => {
    assert.deepEqual(names("The Austin office is closed on Friday"), []);
    assert.deepEqual(names("Charlotte, NC has the offsite next week"), []);
    assert.deepEqual(names("Lincoln Park is fully booked"), []);
    assert.deepEqual(names("use the company card for the hotel in Port Gillian"), []);
    assert.deepEqual(names("Jenkins is failing on main"), []);
    assert.deepEqual(names("Hugo needs an upgrade"), []);
    assert.deepEqual(names("Lead Analyst at Bayer, Graham and Wiza"), []);
    assert.deepEqual(names("Hi team, standup is cancelled."), []);
    assert.deepEqual(names("Merge Request is scheduled for Monday"), []);
    assert.deepEqual(names("I was diagnosed with Crohn's last year"), []);
    assert.deepEqual(names("Meine Adresse: Haselweg 163"), []);
  });

  it("finds a name no list knows after a verb or an occasion and a linking word", () => {
    assert.deepEqual(names("check with Caio if unsure"), ["Caio"]);
    assert.deepEqual(names("loop in Izolda before merging"), ["Izolda"]);
    assert.deepEqual(names("Coffee with Vishnu – Outlook"), ["Vishnu"]);
    assert.deepEqual(names("Forwarding this from Hipolito — they agree"), ["Hipolito"]);
  });

  it("a linking word alone before a tool, a place or a bank does not make a name", () => {
    assert.deepEqual(names("built with Terraform and deployed from Jenkins"), []);
    assert.deepEqual(names("Bank: Wells Fargo"), []);
    assert.deepEqual(names("flying in from Berlin tomorrow"), []);
  });

  it("streets of other languages and the pages of a product are not names", () => {
    assert.deepEqual(names("the team dinner is near Gran Vía"), []);
    assert.deepEqual(names("lunch at the place on Rue Oberkampf?"), []);
    assert.deepEqual(names("Promotion rules – Shopify Admin"), []);
    assert.deepEqual(names("Billing – Stripe Dashboard"), []);
  });

  it("identifiers in code are not names", () => {
    assert.deepEqual(names("class PersonName extends ValueObject {}", true), []);
    assert.deepEqual(names("const userName = req.user.displayName;", true), []);
  });
});

describe("person names: signatures, initials, handles and lower case", () => {
  it("finds the name under a sign-off line without a comma, in any of the offices' languages", () => {
    assert.deepEqual(names("Mit freundlichen Grüßen\nEnsio Kiss\nSolutions Architect"), ["Ensio Kiss"]);
    assert.deepEqual(names("Many thanks\nMaya Rosenbaum"), ["Maya Rosenbaum"]);
    assert.deepEqual(names("Will confirm by Friday.\n\n— Severina"), ["Severina"]);
  });

  it("keeps a middle initial inside the name", () => {
    assert.deepEqual(names("Kadin G. Barrows  6:27 PM\npushed a fix"), ["Kadin G. Barrows"]);
  });

  it("finds names after ty, shout-out to and w/", () => {
    assert.deepEqual(names("ty Sunniva for the review"), ["Sunniva"]);
    assert.deepEqual(names("shout-out to Martti for jumping on the call"), ["Martti"]);
    assert.deepEqual(names("Updated invitation: Sync w/ Virginia McGlynn"), ["Virginia McGlynn"]);
  });

  it("finds a lower-case given name after a greeting, but not an ordinary word or one that is both", () => {
    assert.deepEqual(names("hey ella do you have 5 min?"), ["ella"]);
    assert.deepEqual(names("hey team do you have 5 min?"), []);
    assert.deepEqual(names("hey will this work?"), []);
    assert.deepEqual(names("the deck says hey ella somewhere"), []);
  });

  it("finds a handle that spells a given name and a surname on a social or code host, not an org", () => {
    assert.deepEqual(names("https://twitter.com/maria_lindqvist"), ["maria_lindqvist"]);
    assert.deepEqual(names("https://github.com/acme/api"), []);
    assert.deepEqual(names("https://www.dropbox.com/maria-file"), []);
  });

  it("a sign-off word inside a long line, and a dash inside prose, do not make a name", () => {
    assert.deepEqual(names("we said thanks to the release team for all of it\nBuild Pipeline"), []);
    assert.deepEqual(names("the rollout — Canary first — went fine"), []);
  });
});

describe("person names after HR verbs", () => {
  it("finds the person put on a plan or issued a warning", () => {
    assert.deepEqual(names("we're putting Terzo on a 60-day PIP"), ["Terzo"]);
    assert.deepEqual(names("written warning issued to Shwet"), ["Shwet"]);
  });

  it("a product or a weekday after those verbs is not a person", () => {
    assert.deepEqual(names("we're putting Kafka on a bigger cluster"), []);
    assert.deepEqual(names("the invoice was sent to Monday's batch"), []);
  });
});

describe("person names: apps, firms and sites that look like names", () => {
  it("a desktop app's name ending a window title is not a person", () => {
    assert.deepEqual(names("ana.souza@example.org - Inbox - Mozilla Thunderbird"), []);
  });

  it("a given name and surname before a firm's or a site's word name the firm or the site", () => {
    assert.deepEqual(names("Morgan Stanley Investor Relations"), []);
    assert.deepEqual(names("Charlotte data center maintenance window is Sunday."), []);
  });

  it("the same names with a person's cue are still names", () => {
    assert.deepEqual(names("Hi Charlotte, the data is in"), ["Charlotte"]);
  });
});

describe("person names: lower-case after addressing verbs, scheduling links", () => {
  it("finds a lower-case given name after ask, ping, cc or tell", () => {
    assert.deepEqual(names("ask frederick about the staging creds rotation"), ["frederick"]);
    assert.deepEqual(names("tell joshua thanks"), ["joshua"]);
  });

  it("ordinary words, pronouns and names that are also words after those verbs are not names", () => {
    assert.deepEqual(names("ask around about it, ping me later"), []);
    assert.deepEqual(names("ask will about it"), []);
  });

  it("finds the owner's slug in a scheduling link", () => {
    assert.deepEqual(names("https://calendly.com/sonia-melker/30min?month=2026-12"), ["sonia-melker"]);
  });
});

describe("person names: the role line of a signature", () => {
  it("the line under a signature's name is a role or a team, not a second name", () => {
    assert.deepEqual(names("Viele Grüße\nHina Kobayashi\nTeamleitung Buchhaltung"), ["Hina Kobayashi"]);
    assert.deepEqual(names("Un saludo,\nAtta Kandji\nDepartamento de Operaciones"), ["Atta Kandji"]);
  });

  it("a name after a blank line under the sign-off is still the signature's name", () => {
    assert.deepEqual(names("Best,\n\nMaria Garcia"), ["Maria Garcia"]);
  });
});

describe("person names: values of fields that hold things", () => {
  it("the value of a reference, memo or subject field is not a name", () => {
    assert.deepEqual(names("Beneficiary: Maria Garcia\nReference: Reisekosten Dez"), ["Maria Garcia"]);
    assert.deepEqual(names("Betreff: Quartalsbericht Nord"), []);
  });
});

describe("person names: round five", () => {
  it("an AI assistant's name ending a window title is the assistant, not a person", () => {
    assert.deepEqual(names("SQL window functions - Claude"), []);
    assert.deepEqual(names("Kafka rebalance explained | Claude"), []);
  });

  it("the same given name as a person, in a greeting or before a surname, is still found", () => {
    assert.deepEqual(names("Hi Claude, the deck is ready"), ["Claude"]);
    assert.deepEqual(names("Claude Martin joins on Monday"), ["Claude Martin"]);
    assert.deepEqual(names("1:1 - Claude Martin"), ["Claude Martin"]);
  });

  it("single words joined by an ampersand are a firm named after its founders", () => {
    assert.deepEqual(names("Ernst & Young is doing the audit"), []);
    assert.deepEqual(names("Lunch order from Marks & Spencer, Ben & Jerry's for dessert."), []);
  });

  it("full names joined by an ampersand are still people", () => {
    assert.deepEqual(names("Anna Smith & Ben Jones are joining"), ["Anna Smith", "Ben Jones"]);
  });

  it("a German polite possessive before a capitalised noun is not a name", () => {
    assert.deepEqual(names("Die Steuer-ID steht auf Ihrer Lohnsteuerbescheinigung."), []);
    assert.deepEqual(names("Bitte prüfen Sie Ihre Angaben, Frau Schneider."), ["Schneider"]);
  });
});

describe("person names: recipients of labels", () => {
  it("the value of a label's recipient field is a name, in capitals or any script", () => {
    assert.deepEqual(names("DELIVER TO:\nSNEHA SUBRAMANIAN\nAVINGUDA DIAGONAL, 200"), ["SNEHA SUBRAMANIAN"]);
    assert.deepEqual(names("Empfänger:\n義雄 森川\nGOETHESTR. 46"), ["義雄 森川"]);
  });

  it("a firm, a department or a line with digits in the recipient field is not a person's name", () => {
    assert.deepEqual(names("Ship to: ACME LOGISTICS GMBH\nHauptstr. 1"), []);
    assert.deepEqual(names("DELIVER TO:\nRECEPTION DEPT\nHauptstr. 1"), []);
    assert.deepEqual(names("Ship to:\nUnit 4, 12 Dock Road"), []);
  });
});

describe("person names: given names of many countries", () => {
  it("a given name common in Poland, France, Turkey or Vietnam is a name on its own", () => {
    assert.deepEqual(names("Katarzyna starts a 30-day plan on Monday"), ["Katarzyna"]);
    assert.deepEqual(names("I'll start Aurélie on a 60-day PIP"), ["Aurélie"]);
  });

  it("a name that is also an English word or a month of another language stays that word", () => {
    assert.deepEqual(names("Ich bin schwanger, Mutterschutz ab Mai."), []);
    assert.deepEqual(names("Hunter Green looks better than Navy on the dashboard."), []);
  });

  it("a single word after 'the' is a thing, not a person", () => {
    assert.deepEqual(names("The Watson integration was sunset; Jupyter notebooks now run in Colab."), []);
  });
});

describe("person names: given names alone in context", () => {
  it("a greeting, a word and a comma greet that person, even when the word is also an ordinary word", () => {
    assert.deepEqual(names("Hi Till, the deck is in the shared drive now."), ["Till"]);
    assert.deepEqual(names("Morning Jun, are you joining the 2pm sync?"), ["Jun"]);
    assert.deepEqual(names("Hi all, the deploy is done"), []);
    assert.deepEqual(names("Hey Team, standup moved"), []);
  });

  it("an endearment's 'you' is followed by who it is said to", () => {
    assert.deepEqual(names("love you Kavya ❤️"), ["Kavya"]);
  });

  it("honorifics of French, Italian, Dutch and Portuguese letters, and 'M.', come before a surname", () => {
    assert.deepEqual(names("Monsieur Novák a confirmé sa présence."), ["Novák"]);
    assert.deepEqual(names("Dear M. Esposito,\nthank you"), ["Esposito"]);
    assert.deepEqual(names("Dear Herr El Amrani,"), ["El Amrani"]);
    assert.deepEqual(names("Appointment confirmed – Dr Kowalczyk, Psychotherapeut - Doctolib"), [
      "Kowalczyk",
    ]);
  });

  it("firms named after their founders stay firms after an honorific joined by 'and'", () => {
    assert.deepEqual(names("Dr. Oetker and Hugo Boss are on the reference customer slide."), []);
  });

  it("a chat title's person may begin with an ordinary word when a surname follows", () => {
    assert.deepEqual(names("Chat | Lean Nicolay | Microsoft Teams"), ["Lean Nicolay"]);
  });

  it("a name followed by its email address in brackets is a name", () => {
    assert.deepEqual(names("draft a follow-up to Aurora Kouba (aurora.kouba@example.de) about it"), [
      "Aurora Kouba",
    ]);
  });

  it("capitalised names in Cyrillic are names", () => {
    assert.deepEqual(names("Анжела Титова is on long-term leave"), ["Анжела Титова"]);
  });
});

describe("person names: meeting titles, commit authors and scripts without capitals", () => {
  it("a meeting title names the two people either side of its slash", () => {
    assert.ok(names("1:1 Aylin / Merijn - Meeting").includes("Merijn"));
    assert.ok(names("Gespräch Lindqvist / Bosman - Google Calendar").includes("Bosman"));
    assert.deepEqual(names("Sync infra / platform - Google Calendar"), []);
  });

  it("git blame's and git log's authors are names, in a code editor too", () => {
    assert.ok(
      names("5c1f45de (Jean-Baptiste Weiß 2026-09-15 332)   const limit = 500;", true).includes(
        "Jean-Baptiste Weiß",
      ),
    );
    assert.ok(names("commit 7b3f\nAuthor: Milan Koprivec <milank@example.com>").includes("Milan Koprivec"));
    assert.deepEqual(names("(Release 2026-09-15) const limit = 500;", true), []);
  });

  it("a name in Han, Hangul or Hebrew script is a name where a cased one would be", () => {
    assert.deepEqual(names("Chat | 美香 横井 | Microsoft Teams"), ["美香 横井"]);
    assert.deepEqual(names("다은 석 (DM) - Quaystone - Slack"), ["다은 석"]);
    assert.deepEqual(names("miss you 규빈!"), ["규빈"]);
    assert.deepEqual(names("Morning שמרית! could you re-run the export?"), ["שמרית"]);
  });

  it("text in those scripts with no cue is not a name", () => {
    assert.deepEqual(names("部署已经完成，请检查日志"), []);
    assert.deepEqual(names("배포가 완료되었습니다"), []);
  });
});

describe("person names: names that fill a line, a cell or a file name", () => {
  it("a sheet's first cell, a chat header before its time and a contact line are names", () => {
    assert.deepEqual(names("Jun Wong\t490-97-8954\tW2\tWA"), ["Jun Wong"]);
    assert.deepEqual(names("Constant Runolfsdottir  1:51 PM\npushed a fix"), ["Constant Runolfsdottir"]);
    assert.deepEqual(names("Emergency contact\nTill Hartmann (brother)\n+1 773 377 6684"), ["Till Hartmann"]);
  });

  it("a document named after its person is a name; a line of two ordinary words is not", () => {
    assert.deepEqual(names("PIP - Till Seidel.pdf"), ["Till Seidel"]);
    assert.deepEqual(names("Release Notes\nfixed the export"), []);
  });

  it("Irish and Scottish patronymics belong to the name", () => {
    assert.deepEqual(names("Attendees: Penda Mboup, Niamh Mac Giolla"), ["Penda Mboup", "Niamh Mac Giolla"]);
  });

  it("a month before a comma is a date, not a firm in a list", () => {
    assert.deepEqual(names("I'll be on parental leave from March, George covers the on-call."), ["George"]);
  });

  it("a message opening with a given name and a dash addresses that person", () => {
    assert.deepEqual(names("Yuxuan — are you still on the hook for the rollout notes?"), ["Yuxuan"]);
  });

  it("a name without capitals fills a comment's author line or a sheet's first cell", () => {
    assert.deepEqual(names("诗雨 俞\n2:53 PM Today\nShould this field be nullable?"), ["诗雨 俞"]);
    assert.deepEqual(names("נגה אשד\tCAN\tSN213876\t2028-12-01"), ["נגה אשד"]);
    assert.deepEqual(names("Looping in 烨磊 成 from legal on this"), ["烨磊 成"]);
  });
});

describe("person names: a document's kind before its person's name is not a name", () => {
  it("an HR document's kind and a meeting's name before a dash stay words", () => {
    assert.deepEqual(names("Abmahnung – Vanessa Vaduva.pdf"), ["Vanessa Vaduva"]);
    assert.deepEqual(names("Retro – Sprint 42"), []);
  });
});

describe("person names: lower-case given names in chat", () => {
  it("a lower-case word no list knows, after a greeting or an addressing verb and before more address, is a name", () => {
    assert.deepEqual(names("pinging lihua again, no answer since tuesday"), ["lihua"]);
    assert.deepEqual(names("ask rəşid about the staging creds rotation"), ["rəşid"]);
    assert.deepEqual(names("joshua has the keys to the demo tenant"), ["joshua"]);
  });

  it("teams, hosts, tools and groups addressed in lower case are not names", () => {
    assert.deepEqual(names("ping prod again"), []);
    assert.deepEqual(names("ask chatgpt about it"), []);
    assert.deepEqual(names("Hey y'all, lunch is on us today."), []);
    assert.deepEqual(names("ask around about it"), []);
  });

  it("abbreviated days and months in a commit's date and rooms named after people are not names", () => {
    assert.deepEqual(
      names("commit a21f\nAuthor: Luana Marchand <luana@example.fr>\nDate:   Tue Mar 3 10:12:44 2026"),
      ["Luana Marchand"],
    );
    assert.deepEqual(names("Paris – Salle Eiffel (6)"), []);
  });
});

describe("person names: firms named after their founders", () => {
  it("banks, consultancies and fashion houses named after people are firms", () => {
    assert.deepEqual(names("Morgan Stanley and Goldman Sachs both asked for the SOC 2 report."), []);
    assert.deepEqual(names("Pitch deck for Louis Vuitton went out, Ralph Lauren next week."), []);
  });

  it("institutions and form labels of other languages are not names", () => {
    assert.deepEqual(names("Cita previa pasaporte - Policía Nacional"), []);
    assert.deepEqual(names("updated Steuerliche Identifikationsnummer: 29361758701"), []);
  });
});

describe("person names: mentions, payees and names ending in a place word", () => {
  it("an @-mention names a person; @here does not", () => {
    assert.deepEqual(names("@Thandiwe kannst du kurz auf das Ticket schauen?"), ["Thandiwe"]);
    assert.deepEqual(names("@Gina Park tu peux valider le devis ?"), ["Gina Park"]);
    assert.deepEqual(names("@here the deploy is done"), []);
  });

  it("an account holder, a payee and an emergency contact are named after their label", () => {
    assert.deepEqual(names("Kontoinhaber: Mai Jung\nIBAN: FR76"), ["Mai Jung"]);
  });

  it("after a cue a given name and Park are a person; without one Lincoln Park and Hyde Park are parks", () => {
    assert.deepEqual(names("Notfallkontakt: Pervin Park (Mutter)"), ["Pervin Park"]);
    assert.deepEqual(names("Lincoln Park is closed on Friday"), []);
    assert.deepEqual(names("meet at Hyde Park"), []);
  });

  it("a particle inside a name is not an ordinary word in it", () => {
    assert.ok(names("Attendees: Penda Mboup, Tadhg Mac Carthaigh\nAgenda").includes("Tadhg Mac Carthaigh"));
  });
});

describe("person names: a message opening with an unlisted word and a verb said of a person", () => {
  it("an unlisted word that opens a message with 'has', 'is' or 'starts' is who the message is about", () => {
    assert.deepEqual(names("Nikolaj has chemo on Fridays, so let's keep Friday meetings optional"), [
      "Nikolaj",
    ]);
    assert.deepEqual(names("Vikram is out for surgery this week"), ["Vikram"]);
  });

  it("tools, databases and German nouns that open a message are not people", () => {
    assert.deepEqual(names("Kubernetes is down again"), []);
    assert.deepEqual(names("Datadog has a new agent"), []);
    assert.deepEqual(names("Hauptstraße ist wegen Bauarbeiten gesperrt"), []);
    assert.deepEqual(names("Mándalo a C/ Colón 88, 09867 Madrid"), []);
  });
});

describe("person names: German nouns, stations and a card's role line", () => {
  it("long German nouns and articles opening a sentence are words, not names", () => {
    assert.deepEqual(names("Ibuprofen 600 Wechselwirkung Blutdrucksenker"), []);
    assert.deepEqual(names("Das Passwort muss mindestens 10 Zeichen enthalten."), []);
  });

  it("stations are places", () => {
    assert.deepEqual(names("Gare de Lyon - Google Maps"), []);
  });

  it("under a card's name, the role on the second line is not a name; a list of names one per line is", () => {
    assert.deepEqual(names("Mary-Kate Park\nTeamleiterin Einkauf\nmobile +34 718 92 01 07"), [
      "Mary-Kate Park",
    ]);
    assert.deepEqual(names("Ana Ruiz\nBo Li\nCem Kaya"), ["Ana Ruiz", "Bo Li", "Cem Kaya"]);
  });
});

describe("person names: relatives, pets, lists and tables", () => {
  it("a family word written like a name is a relative, not a name; a name beside it still is", () => {
    assert.deepEqual(names("dinner with Oma on Sunday"), []);
    assert.deepEqual(names("pranzo con la Nonna domenica"), []);
    assert.deepEqual(names("Hi Papa, bin gleich da"), []);
    assert.deepEqual(names("call Mum after work"), []);
    assert.deepEqual(names("dinner with Tobias on Friday?"), ["Tobias"]);
  });

  it("a lone name beside a pet's word is the pet; an owner's possessive or someone addressed is a person", () => {
    assert.deepEqual(names("need to walk the dog, Luna is restless"), []);
    assert.deepEqual(names("take Biscuit to the vet at 5"), []);
    assert.deepEqual(names("Bruno muss heute zum Tierarzt"), []);
    assert.deepEqual(names("ask Luna to walk the dog"), ["Luna"]);
    assert.deepEqual(names("Hi Marco, my dog ate my charger"), ["Marco"]);
  });

  it("a name after a sign-off's comma or joined to another given name by 'and' is a person, not a firm", () => {
    assert.deepEqual(names("Cheers, Oluwaseun"), ["Oluwaseun"]);
    assert.deepEqual(names("Tomorrow I'm meeting Lukas and Amara to plan Q3"), ["Lukas", "Amara"]);
    assert.deepEqual(names("Obrigado, Thiago"), ["Thiago"]);
    assert.deepEqual(names("Lead Analyst at Bayer, Graham and Wiza"), []);
  });

  it("cells under a name column of a pasted table are names; a package list's name column is not", () => {
    assert.deepEqual(names("first_name,last_name,dob\nYusuf,Demir,1988-04-12"), ["Yusuf", "Demir"]);
    assert.deepEqual(names("Nachname;Vorname;Abteilung\nMüller;Hans-Peter;Einkauf"), [
      "Müller",
      "Hans-Peter",
    ]);
    assert.deepEqual(names("name,version,license\nreact,18.2.0,MIT\nexpress,4.19.2,MIT"), []);
  });
});

describe("person names: streets named after people", () => {
  it("a name after a street word or before a street ending names the street", () => {
    assert.deepEqual(names("the parking garage on avenue Jean Jaurès is closed today"), []);
    assert.deepEqual(names("the coffee place on Corso Vittorio Emanuele II is closed today"), []);
    assert.deepEqual(names("the print shop on Van Woustraat is closed today"), []);
    assert.deepEqual(names("the parking garage on Sycamore Lane is closed today"), []);
    assert.deepEqual(names("Herr El Amrani kommt morgen"), ["El Amrani"]);
  });

  it("a capitalised word joined to -themed or -style is an adjective; 'meeting with' introduces a person", () => {
    assert.deepEqual(names("4 Park Lane-themed slides"), []);
    assert.deepEqual(names("meeting with Jean Dupont at 3").length, 1);
  });
});

describe("person names: speech verbs, waiting on someone, query names", () => {
  it("a message that opens with an unlisted word and a verb only people do (said, thinks) names that person", () => {
    assert.deepEqual(names("Priyanka said the build is green"), ["Priyanka"]);
    assert.deepEqual(names("Kafka said no to the rebalance"), []);
    assert.deepEqual(names("Everyone said yes"), []);
    assert.deepEqual(names("Ferrero confirmed PO-2024-125843, delivery Friday"), []);
  });

  it("who one waits on or is blocked on is a person; a team or a tool there is not", () => {
    assert.deepEqual(names("Waiting on Chukwuemeka for sign-off"), ["Chukwuemeka"]);
    assert.deepEqual(names("waiting on Legal to sign"), []);
    assert.deepEqual(names("blocked on Kubernetes upgrade"), []);
  });

  it("a name in a query's name field is a person; a page's file under a people path is not", () => {
    const url = "https://acme.bamboohr.com/employees/employee.php?id=412&name=Jasper+van+Dijk";
    assert.ok(names(url).includes("Jasper+van+Dijk"));
    assert.deepEqual(names("https://example.com/search?name=widget-pro-max&x=1"), []);
  });
});

describe("person names: Georgian and Ethiopic scripts", () => {
  it("a name in Georgian, whose surnames run long, is found where a cased name would be", () => {
    assert.deepEqual(names("ავთო ცალუღელაშვილი\t45702170\t20.09.2025"), ["ავთო ცალუღელაშვილი"]);
    assert.deepEqual(
      names("Please post the originals to:\n\nკატო ბარდაველიძე\n166 rue de la République\n69007 Lyon"),
      ["კატო ბარდაველიძე"],
    );
  });

  it("Georgian words in running text with no cue are not names", () => {
    assert.deepEqual(names("გამარჯობა, როგორ ხარ დღეს კარგად"), []);
  });
});

describe("person names: meeting someone in other languages", () => {
  it("talking, meeting or eating 'with' someone in de, it, fr, pl introduces a person; a team or a dish does not", () => {
    assert.deepEqual(names("Treffen mit Wiebke"), ["Wiebke"]);
    assert.deepEqual(names("pranzo con Ludovica"), ["Ludovica"]);
    assert.deepEqual(names("déjeuner avec Apolline"), ["Apolline"]);
    assert.deepEqual(names("Termin mit Kubernetes-Team"), []);
    assert.deepEqual(names("café con leche"), []);
    assert.deepEqual(names("reunión con Marketing"), []);
  });
});

describe("person names: streets named after people", () => {
  it("a namesake with Jr or Sr before a street word names the street", () => {
    assert.deepEqual(names("Martin Luther King Jr Blvd exit is closed"), []);
    assert.deepEqual(names("meet at Martin Luther King Jr. Street"), []);
  });

  it("a German street or square hyphenated onto a person's name is a place", () => {
    assert.deepEqual(names("Taxi ist bestellt, Abholung am Konrad-Adenauer-Ufer"), []);
    assert.deepEqual(names("Büro am Rosa-Luxemburg-Platz 3"), []);
  });

  it("the person with a suffix, or a hyphenated given name, is still a name", () => {
    assert.deepEqual(names("Robert Smith Jr. joined the call"), ["Robert Smith"]);
    assert.deepEqual(names("Hans-Peter Müller kommt später"), ["Hans-Peter Müller"]);
  });
});

describe("person names: articles", () => {
  it("a German or Dutch article opening a sentence is not a given name", () => {
    assert.deepEqual(names("Der Health-Check schlägt seit 33 Minuten fehl"), []);
    assert.deepEqual(names("Der Health Check schlägt fehl"), []);
  });

  it("a name later in the same sentence is still found", () => {
    assert.deepEqual(names("Der Server ist down, frag Anna Schmidt"), ["Anna Schmidt"]);
  });
});

describe("person names: an assistant's page in a browser", () => {
  it("an assistant's name as a page title before the browser's name is the assistant", () => {
    assert.deepEqual(names("Claude - Firefox"), []);
    assert.deepEqual(names("Claude - Google Chrome"), []);
  });

  it("a person with the assistant's given name in a browser title is still a name", () => {
    assert.deepEqual(names("Claude Dubois - Firefox"), ["Claude Dubois"]);
  });
});

describe("person names: a street's namesake after a linking particle", () => {
  it("a name after a street word and del, do or di names the street or the square", () => {
    assert.deepEqual(names("the coffee place on Plaza del Sol is closed today"), []);
    assert.deepEqual(names("hotel on Rua do Ouro"), []);
  });

  it("a person whose name holds the same particle is still a name", () => {
    assert.deepEqual(names("Maria de Souza joined"), ["Maria de Souza"]);
    assert.deepEqual(names("ask Ana da Silva"), ["Ana da Silva"]);
  });
});

describe("person names: a bracket that says the name is a machine", () => {
  it("a name glossed in brackets as a bot, a server or a room is not a person", () => {
    assert.deepEqual(names("Jarvis (our deploy bot) is stuck on the approval step"), []);
    assert.deepEqual(names("Ada (the build server) is down again"), []);
  });

  it("a person glossed in brackets with their role is still a name", () => {
    assert.deepEqual(names("Sophie (our new designer) starts Monday"), ["Sophie"]);
    assert.deepEqual(names("Sophie (the server team lead) is out"), ["Sophie"]);
  });
});

describe("person names: airports named after people", () => {
  it("a name right after a flight's 'lands at' or 'departing from' is the airport", () => {
    assert.deepEqual(names("flight lands at John F. Kennedy at 14:20"), []);
    assert.deepEqual(names("we are departing from Charles de Gaulle tonight"), []);
  });

  it("a person named elsewhere in a sentence about a flight is still a name", () => {
    assert.deepEqual(names("flight lands at 9, John Smith picks you up"), ["John Smith"]);
    assert.deepEqual(names("John Smith lands at 14:20"), ["John Smith"]);
  });
});

describe("names in scripts without capitals, round eight", () => {
  it("keeps a word whose vowel signs are combining marks whole (Devanagari, Bengali, Tamil, Thai)", () => {
    assert.deepEqual(names("Hi राहुल, can you check?"), ["राहुल"]);
    assert.deepEqual(names("Hi সুমন, are you free?"), ["সুমন"]);
    assert.deepEqual(names("Thanks கார்த்திக் for the fix"), ["கார்த்திக்"]);
    assert.deepEqual(names("สมศักดิ์ is off until Monday"), ["สมศักดิ์"]);
    assert.deepEqual(names("Thanks प्रिया शर्मा for the deck"), ["प्रिया शर्मा"]);
  });

  it("finds an uncased name wherever a cased one is strongly cued", () => {
    assert.deepEqual(names("Termination of أحمد سالم effective 01.02.2026"), ["أحمد سالم"]);
    assert.deepEqual(names("We'll put عمر on a 30-day plan"), ["عمر"]);
    assert.deepEqual(names("Il contratto di ليلى حداد non verrà rinnovato"), ["ليلى حداد"]);
    assert.deepEqual(names("ساره تهرانی: Meets expectations this cycle"), ["ساره تهرانی"]);
    assert.deepEqual(names("שלום דנה, מה שלומך?"), ["דנה"]);
    assert.deepEqual(names("Привет, Ольга!"), ["Ольга"]);
    assert.deepEqual(names("Γεια σου Νίκο, τα λέμε αύριο"), ["Νίκο"]);
  });

  it("an uncased word alone, a label or a place with its translation is no name", () => {
    assert.deepEqual(names("ملاحظة: الاجتماع غدا"), []);
    assert.deepEqual(names("Tokyo 東京 trip"), []);
    assert.deepEqual(names("Python 中文 docs"), []);
    assert.deepEqual(names("Paris 巴黎 office"), []);
  });

  it("finds a name written half in Latin letters and half in another script", () => {
    assert.deepEqual(names("I've added Hope ढकाल to the invite"), ["Hope ढकाल"]);
    assert.deepEqual(names("ab Montag übernimmt पूजा Lindqvist die Betreuung"), ["पूजा Lindqvist"]);
    assert.deepEqual(names("Appelé ދާއޫދު Okafor ce matin"), ["ދާއޫދު Okafor"]);
    // The Latin half alone is found too; overlaps resolve to the longer span later.
    assert.ok(names("réunion avec Yusuf साई demain").includes("Yusuf साई"));
  });
});

describe("given names of cultures the lists lack, and what is not a name, round eight", () => {
  it("finds common Irish, Indian, Baltic, West African and East Asian given names in lists and alone", () => {
    assert.deepEqual(names("Seán, Niamh and Ciarán joined the call"), ["Seán", "Niamh", "Ciarán"]);
    assert.deepEqual(names("Priya, Arjun and Kavya are out tomorrow"), ["Priya", "Arjun", "Kavya"]);
    assert.deepEqual(names("Thanks Rūta, Gintarė and Tomas"), ["Rūta", "Gintarė", "Tomas"]);
    assert.deepEqual(names("Tunde will take the pager"), ["Tunde"]);
  });

  it("a person's name in a holiday, a firm, a product list or a German imperative is no person", () => {
    assert.deepEqual(names("The Paris team is off on Monday (Whit Monday)."), []);
    assert.deepEqual(names("Dr. Martens boots are on sale"), []);
    assert.deepEqual(names("Dr. Oetker pizza in the fridge"), []);
    assert.deepEqual(names("Ada and Pascal are both in the legacy repo"), []);
    assert.deepEqual(names("Victoria and Albert are the meeting rooms on floor 5"), []);
    assert.deepEqual(names("Schick's an den Verteiler"), []);
    assert.deepEqual(names("Bei Fragen melde dich gern."), []);
    assert.deepEqual(names("Tim Hortons coffee run at 10"), []);
    assert.deepEqual(names("McDonald's order for the team"), []);
    assert.deepEqual(names("Mercedes Benz lease renewal"), []);
    assert.deepEqual(names("Charlotte NC office opens in May"), []);
  });

  it("still finds people beside those words", () => {
    assert.deepEqual(names("Hallo Herr Schick,"), ["Schick"]);
    assert.deepEqual(names("Lukas and Amara are out"), ["Lukas", "Amara"]);
    assert.deepEqual(names("Dr. Okafor will see you"), ["Okafor"]);
  });
});

describe("surnames that are words after a title, round eight", () => {
  it("finds a surname that is also a word after a capitalised title", () => {
    assert.deepEqual(names("Bitte ruf Frau Winter zurück"), ["Winter"]);
    assert.deepEqual(names("Hallo Herr Schick,"), ["Schick"]);
    assert.deepEqual(names("Mr. Bishop called"), ["Bishop"]);
  });

  it("a lower-case verb, Miss and the doctors' brands stay no title", () => {
    assert.deepEqual(names("I miss Summer already"), []);
    assert.deepEqual(names("Miss Universe final tonight"), []);
    assert.deepEqual(names("Dr. Pepper in the fridge"), []);
  });
});

describe("names in forms, lists, possessives and openings, round eight", () => {
  it("two capitalised words filling a person's field are the person, even when both are words", () => {
    assert.deepEqual(names("Traveller: Scout Wood\nDocument: Passport"), ["Scout Wood"]);
    assert.deepEqual(names("Employee: Destiny Rice\nStart date: 01.02.2027"), ["Destiny Rice"]);
  });

  it("a role or a plain phrase in a person's field is no name", () => {
    assert.deepEqual(names("Approver: Finance Lead"), []);
    assert.deepEqual(names("Employee: Self Service"), []);
    assert.deepEqual(names("Passenger: Adult One"), []);
  });

  it("a message opening with a given name and an absence is about that person", () => {
    assert.deepEqual(names("Hope starts parental leave on the 3rd"), ["Hope"]);
    assert.deepEqual(names("Iris is off until Monday"), ["Iris"]);
    assert.deepEqual(names("Summer is over, sadly"), []);
  });

  it("finds uncased names in a list of people, before a possessive and opening an English message", () => {
    assert.deepEqual(names("CC: אבי כהן, דנה לוי"), ["אבי כהן", "דנה לוי"]);
    assert.deepEqual(names("陽大's salary goes to $184,000"), ["陽大"]);
    assert.deepEqual(names("ეკა კერესელიძე's offer is 82k"), ["ეკა კერესელიძე"]);
    assert.deepEqual(names("ომარ, just so you know, I'm out"), ["ომარ"]);
  });

  it("an agenda's items, a Han word before a comma and an uncased word mid-sentence stay no names", () => {
    assert.deepEqual(names("Agenda: 预算, 招聘, 路线图"), []);
    assert.deepEqual(names("注意, the build is red"), []);
    assert.deepEqual(names("we discussed 東京's office"), []);
  });
});

describe("possessives and places, round eight", () => {
  it("a possessive ends a name, and one after 'at' before a capitalised word is a place", () => {
    assert.deepEqual(names("Platform 9 at King's Cross"), []);
    assert.deepEqual(names("Anna's Laptop is broken"), ["Anna"]);
    assert.deepEqual(names("Georgia Tech recruiting fair"), []);
  });
});

describe("words, firms, products and places named like people, round eight", () => {
  // What people type every day that a careless name rule flags. Famous and fictional people
  // ("Albert Einstein", "Sherlock Holmes") are left out on purpose: they are still people's names.
  // biome-ignore format: a list of cases reads better packed
  const notPeople = [
    "Johnson & Johnson shipped the order", "the new Ford Focus is in the car park", "meet at Victoria station at 9",
    "Alexa, play some jazz", "Grace period ends on Friday", "Will do, thanks!", "Mark as read",
    "Rose gold case for the iPhone", "Summer sale starts Monday", "Amber alert on the status page",
    "Bill me later at checkout", "Chase bank called about the card", "Dr. Martens boots are on sale",
    "Ada and Pascal are both in the legacy repo", "Whit Monday is a holiday", "Schick's an den Verteiler",
    "Bei Fragen melde dich gern.", "Jenkins build failed again", "Hugo site deploy is green",
    "Mercedes Benz lease renewal", "Marks & Spencer vouchers", "Tesla Model Y delivery", "Dell Latitude laptops",
    "Washington Post article about AI", "Jack Daniels for the party", "Ben & Jerry's in the freezer",
    "Grace Period Notice", "Sunny Side Up cafe", "Honey, I shrunk the budget", "Max length is 255",
    "Patience is key here", "Hope this helps!", "Faith in the process", "Dawn of the release",
    "Joy of coding", "Crystal Reports export", "Ruby on Rails upgrade", "St. Patrick's Day party",
    "Santa Claus came early", "Tim Hortons coffee run", "Wendy's drive-through", "McDonald's order for the team",
    "Luna the cat is sick", "Buddy needs a walk", "Frank feedback please", "Sonic the Hedgehog",
    "Lincoln Park is closed", "Jordan River trip", "Charlotte NC office", "Florence Italy itinerary",
    "Austin TX meetup", "Brooklyn Bridge photo", "Apple Music subscription", "Grant access to the repo",
    "Sterling silver necklace", "Iris scanner at the door", "Platform 9 at King's Cross",
  ];
  it("flags none of them", () => {
    for (const text of notPeople) assert.deepEqual(names(text), [], text);
  });
});

describe("name fields of forms in other languages, round eight", () => {
  it("finds the value of a surname or given-name field", () => {
    assert.deepEqual(names("Vorname: Małgorzata\nNachname: Wiśniewska"), ["Małgorzata", "Wiśniewska"]);
    assert.deepEqual(names("Prénom: Aminata"), ["Aminata"]);
    assert.deepEqual(names("Apellidos: García Márquez"), ["García Márquez"]);
  });

  it("a field's hint in ordinary words is no name", () => {
    assert.deepEqual(names("Surname: Required field"), []);
    assert.deepEqual(names("Nachname: Bitte ausfüllen"), []);
  });
});

describe("person names: brands named Dr. after their founders", () => {
  it("Dr. Martens and Dr. Oetker alone are brands in orders and invoices, not doctors", () => {
    assert.deepEqual(names("Dr. Martens order shipped"), []);
    assert.deepEqual(names("ordered Dr. Martens for the team photo, don't ask"), []);
    assert.deepEqual(names("Dr. Oetker confirmed INV-2026-578649, delivery Tuesday"), []);
  });

  it("a doctor's own surname after Dr, or the brand's word before a surname, is still a person", () => {
    assert.deepEqual(names("Dr. Kowalczyk called about my results"), ["Kowalczyk"]);
    assert.deepEqual(names("appointment with Dr. Pepper-Smith at 3"), ["Pepper-Smith"]);
  });
});

describe("person names: words that open sentences and dates, round nine", () => {
  it("pronouns and possessives of other languages opening a sentence are no names", () => {
    assert.deepEqual(names("Wir haben das Haus doch nicht bekommen."), []);
    assert.deepEqual(names("Ich hab den Bericht geschickt."), []);
    assert.deepEqual(names("Vi ska flytta i maj, det är bestämt"), []);
    assert.deepEqual(names("Su pedido ha sido enviado."), []);
    assert.deepEqual(names("Ihr Vertrag endet im März."), []);
    assert.deepEqual(names("Nous avons reçu la facture."), []);
  });

  it("a given name that is also such a word is still found after a cue", () => {
    assert.deepEqual(names("Hi Su, can you check the invoice?"), ["Su"]);
    assert.deepEqual(names("Vi Nguyen will join the call"), ["Vi Nguyen"]);
  });

  it("a weekday alone is a day and a month before a number or after a date's preposition is a date", () => {
    assert.deepEqual(names("She is invited to a hearing on Tuesday regarding conduct."), []);
    assert.deepEqual(names("Payslip April 2025"), []);
    assert.deepEqual(names("we ship on June 3"), []);
  });

  it("a month that is someone's name is still found with a cue or a title", () => {
    assert.deepEqual(names("Ms May will call you back"), ["May"]);
    assert.deepEqual(names("April Ludgate joined the team"), ["April Ludgate"]);
  });

  it("a family word after a possessive is no surname", () => {
    assert.deepEqual(names("hey, Meine Oma ist gestern ins Krankenhaus gekommen"), []);
  });

  it("a verb opening a line before an unknown word is no given name; a listed surname still makes one", () => {
    assert.deepEqual(names("Started Eliquis — side effects are rough"), []);
    assert.deepEqual(names("Jun Wong\t490-97-8954"), ["Jun Wong"]);
  });

  it("plurals and compounds of common words are words, even before a verb said of people", () => {
    assert.deepEqual(names("Offsite is near the station"), []);
    assert.deepEqual(names("The Chat Completions API takes a list of messages"), []);
    assert.deepEqual(names("Workstreams is the new tab"), []);
  });

  it("an unknown word opening a message before what people will do is a name; a tool's future is not", () => {
    assert.deepEqual(names("Kartini will join the vendor call from Jakarta."), ["Kartini"]);
    assert.deepEqual(names("Murugan said the build is green"), ["Murugan"]);
    assert.deepEqual(names("Kubernetes will restart the pod"), []);
  });

  it("an assistant's name alone, before its models or its maker's suffix, is the assistant", () => {
    assert.deepEqual(names("Claude"), []);
    assert.deepEqual(names("Claude models support a long context window"), []);
    assert.deepEqual(names("Le Chat - Mistral AI"), []);
  });

  it("the same name greeted or with a surname is a person", () => {
    assert.deepEqual(names("Hi Claude, the deck is ready"), ["Claude"]);
    assert.deepEqual(names("Claude Dubois painted the mural"), ["Claude Dubois"]);
  });

  it("a capitalised honorific's letters before a full stop and a common word end a sentence", () => {
    assert.deepEqual(names("What diet helps with MS. Is exercise safe?"), []);
    assert.deepEqual(names("Dear MR. Smith"), ["Smith"]);
  });

  it("a sentence in a script without capitals after a greeting is no name; a short name is", () => {
    assert.deepEqual(names("hey, मेरी शादी तय हो गई है"), []);
    assert.deepEqual(names("hey, 彼女と別れた…"), []);
    assert.deepEqual(names("Hi राहुल, the report is late"), ["राहुल"]);
  });
});

describe("person names in Japanese, Chinese and Korean before an honorific, round nine", () => {
  it("finds the name before さん, 様, くん, 氏, 先生, 女士 and 씨, surname and given name together", () => {
    assert.deepEqual(names("中村 陽子さん、会議室の予約をお願いします。"), ["中村 陽子"]);
    assert.deepEqual(names("資料は鈴木様にお送りしました"), ["鈴木"]);
    assert.deepEqual(names("ジョン・スミスさんから連絡がありました"), ["ジョン・スミス"]);
    assert.deepEqual(names("こばやし あおいさん、明日の件です"), ["こばやし あおい"]);
    assert.deepEqual(names("山本くんが来ます"), ["山本"]);
    assert.deepEqual(names("张伟先生明天到"), ["张伟"]);
    assert.deepEqual(names("지훈 씨, 회의 자료 보내 주세요"), ["지훈"]);
  });

  it("everyone, customers, family, shops, trades and set phrases before the same honorifics are no names", () => {
    assert.deepEqual(names("皆さん、お疲れ様です"), []);
    assert.deepEqual(names("お客様の氏名を入力してください"), []);
    assert.deepEqual(names("本屋さんに寄ってから帰る"), []);
    assert.deepEqual(names("ユーザーさんからの問い合わせ"), []);
    assert.deepEqual(names("仕様を確認してください"), []);
    assert.deepEqual(names("様式第3号を提出"), []);
    assert.deepEqual(names("ご苦労様でした"), []);
  });
});

describe("person names after labels, honorifics and in meeting titles, round nine", () => {
  it("a name in a script without capitals after a person's label and a colon, in many languages", () => {
    assert.deepEqual(names("担当者: 佐々木"), ["佐々木"]);
    assert.deepEqual(names("Kontakt: 陈静"), ["陈静"]);
    assert.deepEqual(names("संपर्क: अमित कुमार"), ["अमित कुमार"]);
    assert.deepEqual(names("Ответственный: ประยุทธ์ มั่นคง"), ["ประยุทธ์ มั่นคง"]);
    assert.deepEqual(names("Contact: ピーター・パーカー"), ["ピーター・パーカー"]);
    assert.deepEqual(names("Emergency contact\nعلي حسن (brother)"), ["علي حسن"]);
  });

  it("a label before a sentence or a number in those scripts is no name", () => {
    assert.deepEqual(names("連絡先: 03-1234-5678"), []);
    assert.deepEqual(names("संपर्क: यहाँ क्लिक करें और फॉर्म भरें"), []);
  });

  it("a surname whose particles are written in lower case after an honorific", () => {
    assert.deepEqual(names("Dear Mr. van den Broek, thank you"), ["van den Broek"]);
    assert.deepEqual(names("Ordered by Dr. de la Torre"), ["de la Torre"]);
    assert.deepEqual(names("Termin bei Frau von Arnim"), ["von Arnim"]);
  });

  it("two names before the meeting's word name the meeting's people; teams do not", () => {
    assert.deepEqual(names("Ingrid / Guy 1:1 - Event"), ["Ingrid", "Guy"]);
    assert.deepEqual(names("Tobias / Will weekly - Meeting"), ["Tobias", "Will"]);
    assert.deepEqual(names("Frontend / Backend sync - Meeting"), []);
    assert.deepEqual(names("Design / Eng weekly"), []);
  });
});

describe("given names that are also words, paired with the writer or spoken to, round nine", () => {
  it("finds them beside 'and I', opening a message before 'your', after a short opening, before a speech verb", () => {
    assert.deepEqual(names("Summer and I are off to Porto"), ["Summer"]);
    assert.deepEqual(names("me and Jack went to the gig"), ["Jack"]);
    assert.deepEqual(names("Grace, your badge is at reception"), ["Grace"]);
    assert.deepEqual(names("Nice work, Hope!"), ["Hope"]);
    assert.deepEqual(names("Welcome aboard, Faith, glad to have you"), ["Faith"]);
    assert.deepEqual(names("Mark texted me about Friday"), ["Mark"]);
  });

  it("the same words as words, and terms of endearment, are no names", () => {
    assert.deepEqual(names("Honey, can you grab milk"), []);
    assert.deepEqual(names("Summer and winter tyres are in the garage"), []);
    assert.deepEqual(names("Grace period ends in June"), []);
    assert.deepEqual(names("Research and I disagree on this"), []);
    assert.deepEqual(names("In summary, the plan holds"), []);
  });
});

describe("public figures, eponyms, encyclopaedia pages and places named after people, round nine", () => {
  it("historical, famous and fictional people are no one's personal data", () => {
    assert.deepEqual(names("Quiz night: Marie Curie won two Nobel prizes"), []);
    assert.deepEqual(names("Book club: Jane Austen's novels"), []);
    assert.deepEqual(names("Slide 3 quotes Steve Jobs on focus"), []);
    assert.deepEqual(names("Ada Lovelace's notes on the engine"), []);
    assert.deepEqual(names("Harry Potter and the Goblet of Fire"), []);
  });

  it("a firm named after its founder is whole even when one of its words is a product", () => {
    assert.deepEqual(names("moved the 401k to Charles Schwab"), []);
  });

  it("a person who shares a famous first name is still a person", () => {
    assert.deepEqual(names("Marie Dubois will join"), ["Marie Dubois"]);
    assert.deepEqual(names("Hi Elon, the deck is ready"), ["Elon"]);
  });

  it("a possessive before a discovery is an eponym; before a person's things it is a person", () => {
    assert.deepEqual(names("Dijkstra's algorithm beats Bellman-Ford here"), []);
    assert.deepEqual(names("Amdahl's law caps the speed-up"), []);
    assert.deepEqual(names("Priya's test failed again"), ["Priya"]);
  });

  it("an encyclopaedia's page title and charities, prizes and venues named after people are no people", () => {
    assert.deepEqual(names("Sherlock Holmes - Wikipedia"), []);
    assert.deepEqual(names("Donate to the Marie Curie Hospice appeal"), []);
    assert.deepEqual(names("Lunch at the Henry Moore Gallery"), []);
  });

  it("two capitals after a doctor's name are a degree, not a state", () => {
    assert.deepEqual(names("Signed by: Dr. Amara Okafor, MD"), ["Amara Okafor"]);
  });
});

describe("people known by one name and people in notifications, round nine", () => {
  it("a word no list knows before what only a person does in an app, or a review's verdict, is a person", () => {
    assert.deepEqual(names('Ketut shared a document with you: "Q3 plan"'), ["Ketut"]);
    assert.deepEqual(names("Reviewers\nAnneke van Houten approved these changes"), ["Anneke van Houten"]);
    assert.deepEqual(names("अमित कुमार shared a document with you"), ["अमित कुमार"]);
  });

  it("tools and bots before the same verbs are no people", () => {
    assert.deepEqual(names("Dependabot opened a pull request"), []);
    assert.deepEqual(names("Renovate approved the update"), []);
  });

  it("a word no list knows alone in a row's first cell, before a phone's label, a verdict or an address line", () => {
    assert.deepEqual(names("Sukarno\t31045813950\tFull-time"), ["Sukarno"]);
    assert.deepEqual(names("Purwanto | Mobile +62 812 3456 7890"), ["Purwanto"]);
    assert.deepEqual(names("Lestiani: strong hire"), ["Lestiani"]);
    assert.deepEqual(names("Kurniawan\n42 Elm Grove, Leeds LS6 2AB"), ["Kurniawan"]);
  });

  it("words, compounds, products and firms in the same places are no people", () => {
    assert.deepEqual(names("Total\t£134,009"), []);
    assert.deepEqual(names("Northwind\t£12,000\tvendor"), []);
    assert.deepEqual(names("Zendesk\t£1,200"), []);
    assert.deepEqual(names("Status: hire"), []);
    assert.deepEqual(names("Creatinine\t88\tNormal\nBilirubin\t12\tNormal"), []);
  });

  it("a compound test leaves names that end in a vowel, and a common word in a row's first cell before a surname", () => {
    assert.deepEqual(names("¡Gracias Macarena! Te paso el contacto"), ["Macarena"]);
    assert.deepEqual(names("Mere Parata\t2026-04-03\tJM396037A"), ["Mere Parata"]);
  });
});

describe("surnames with particles, products before their parts, hotels and merchants, round nine", () => {
  it("lower-case particles after a given name that is also a word or a product make a surname", () => {
    assert.deepEqual(names("Attendees: Amir Haddad, Dawn van der Linde"), [
      "Amir Haddad",
      "Dawn van der Linde",
    ]);
    assert.deepEqual(names("While I'm out: Julia de la Fuente cubre facturación"), ["Julia de la Fuente"]);
    assert.deepEqual(names("a farewell note for Till von der Au, who is leaving"), ["Till von der Au"]);
  });

  it("coasts, ports and cities before a particle, and a word before its particle and an airport, are no people", () => {
    assert.deepEqual(names("holiday on the Costa Brava and the Costa del Sol"), []);
    assert.deepEqual(names("wait till de Gaulle airport opens"), []);
  });

  it("a given name that is also a place's first word is still a name", () => {
    assert.deepEqual(names("Handover: Isla takes the pager from Monday"), ["Isla"]);
  });

  it("a single word before a software part's noun is the product; the same word asked is a person", () => {
    assert.deepEqual(names("Watson skill #8544 needs a restart"), []);
    assert.deepEqual(names("Jarvis integration is down again"), []);
    assert.deepEqual(names("ask Watson about it"), ["Watson"]);
  });

  it("a merchant's field and a hotel's name are firms", () => {
    assert.deepEqual(names("Merchant: Hilton Garden Inn"), []);
    assert.deepEqual(names("Booked the Holiday Inn near the venue"), []);
  });
});

describe("mentions whose handle spells a name, round nine", () => {
  it("a mention of given name and surname joined by a dot, hyphen or underscore names the person", () => {
    assert.deepEqual(names("@amina.yusuf can you take this one?"), ["amina.yusuf"]);
    assert.deepEqual(names("Review requested from @lukas-berger on PR #88"), ["lukas-berger"]);
  });

  it("an address, a scoped package and a handle of words are no mention of a person", () => {
    assert.deepEqual(names("mail amina.yusuf@example.com"), []);
    assert.deepEqual(names("npm i @anna-ui/core"), []);
    assert.deepEqual(names("@release-bot please retry"), []);
  });
});

describe("names in CSV rows and in documents' names, round nine", () => {
  it("a name whose next CSV cell is an address, and a one-name or uncased name a document is named after", () => {
    assert.deepEqual(names("Hạnh de Jong,dejong.hanh@example.org,+31 6 1234 5678").slice(0, 1), [
      "Hạnh de Jong",
    ]);
    assert.deepEqual(names("김지수,jisu.kim@example.org"), ["김지수"]);
    assert.deepEqual(names("Warning letter – Setiawati.pdf"), ["Setiawati"]);
    assert.deepEqual(names("Offer letter – सुनील यादव.pdf"), ["सुनील यादव"]);
  });

  it("a product, a firm or a word a document is named after is no person", () => {
    assert.deepEqual(names("Roadmap – Kubernetes.pdf"), []);
    assert.deepEqual(names("Q3 – Northwind.pdf"), []);
    assert.deepEqual(names("Notes – Overview.pdf"), []);
  });
});

describe("holidays, greetings of two words and standing in for someone, round nine", () => {
  it("a holiday is a day of the calendar, never a name", () => {
    assert.deepEqual(names("Happy Thanksgiving! See you in December."), []);
    assert.deepEqual(names("Frohe Weihnachten und guten Rutsch"), []);
    assert.deepEqual(names("Happy Diwali everyone"), []);
  });

  it("the person after a greeting's second word, and the one someone covers or fills in for", () => {
    assert.deepEqual(names("Buenas tardes Ainhoa, te reenvío el correo"), ["Ainhoa"]);
    assert.deepEqual(names("Bom dia Thiago, tudo bem?"), ["Thiago"]);
    assert.deepEqual(names("can someone cover for Tafadzwa on Thursday?"), ["Tafadzwa"]);
  });

  it("covering for a thing is no person", () => {
    assert.deepEqual(names("cover for the server while it reboots"), []);
  });
});

describe("person names in file names, calendar invitations and travel bookings", () => {
  it("finds a surname or full name filed in a document's name beside the document's kind", () => {
    assert.deepEqual(names("passport_Takahashi_N096601.pdf"), ["Takahashi"]);
    assert.deepEqual(names("passport_Muñoz_Sáez_RK9615459.pdf"), ["Muñoz_Sáez"]);
    assert.deepEqual(names("PIP_Jürgen_Krause_final.docx - Word"), ["Jürgen_Krause"]);
    assert.deepEqual(names("cv_thanh_pham_2025.docx"), ["thanh_pham"]);
    assert.deepEqual(names("Lebenslauf-Anna-Schmidt.pdf"), ["Anna-Schmidt"]);
    assert.deepEqual(names("Capacity_Obeng_draft.xlsx - Excel"), ["Obeng"]);
    assert.ok(names("Anna_Whitlock_notes.docx").includes("Anna_Whitlock"));
    assert.ok(names("Abmahnung_Jonas_Becker_Entwurf.docx").includes("Jonas_Becker"));
  });

  it("file names of ordinary words, places, products, months and versions hold no name", () => {
    assert.deepEqual(names("passport_scan_final.pdf"), []);
    assert.deepEqual(names("Q3_Plan_Review_final.pdf"), []);
    assert.deepEqual(names("Report_Berlin_2025.pdf"), []);
    assert.deepEqual(names("notes_march.txt"), []);
    assert.deepEqual(names("Kubernetes_Helm_Chart.pdf"), []);
    assert.deepEqual(names("release-notes-v2.3.pdf"), []);
    assert.deepEqual(names("Invoice_Acme_March.pdf"), []);
    assert.deepEqual(names("Abmahnung_Entwurf.docx"), []);
    assert.deepEqual(names("Budget_Planung_Vertrieb.xlsx"), []);
  });

  it("finds both people of a calendar invitation's 1:1, even given names that are also words", () => {
    assert.deepEqual(names("Invitation: 1:1 Ruby / Arjun @ Thu 24 Jan 2027 10am - 10:30am (CET) - Gmail"), [
      "Ruby",
      "Arjun",
    ]);
    assert.deepEqual(names("Updated invitation: 1:1 Thijs / Lan @ Mon 3 Feb 2027 9am - Gmail"), [
      "Thijs",
      "Lan",
    ]);
    assert.deepEqual(names("Invitation: Design / Eng sync @ Thu 3 Jan 2027 10am - Gmail"), []);
  });

  it("a name before a country's code and a document is the traveller's, while a state's code after a town is not", () => {
    assert.deepEqual(names("Hi, for the booking: Mehmet Şahin, US passport 867464981"), ["Mehmet Şahin"]);
    assert.deepEqual(names("Loïc Garnier, FR citizen, needs a visa letter"), ["Loïc Garnier"]);
    assert.deepEqual(names("the Charlotte, NC office is closed"), []);
  });

  it("a town issuing a document, a brand's house, a dish and a town's clock are not people", () => {
    assert.deepEqual(names("Reisepass-Nr. C2Z1F8170, ausgestellt Stadt Rostock."), []);
    assert.deepEqual(names("Ausweis ausgestellt von Gemeinde Kirchberg"), []);
    assert.deepEqual(names("Organization\nMaison Verre"), []);
    assert.deepEqual(names("Caesar salad or the vegan bowl for the catering?"), []);
    assert.deepEqual(names("Adelaide is 10.5 hours ahead, schedule accordingly"), []);
    assert.deepEqual(names("Denver is two hours behind us"), []);
    assert.deepEqual(names("Aisha is two hours late, start without her"), ["Aisha"]);
  });
});

describe("person names in other scripts inside Latin sentences, product-named people and signature lines", () => {
  it("finds two or three words of a script without capitals set inside an English, German or Spanish sentence", () => {
    assert.deepEqual(names("can สมชาย ทองดี take the 2pm with the auditors?"), ["สมชาย ทองดี"]);
    assert.deepEqual(names("ab Montag verstärkt たなか ゆい unser Team im Einkauf."), ["たなか ゆい"]);
    assert.deepEqual(names("for the Singapore trip: अनन्या गुप्ता, passport ES0401194"), ["अनन्या गुप्ता"]);
    assert.deepEqual(names("can يوسف الحسن take the 2pm?"), ["يوسف الحسن"]);
  });

  it("words of another script talked about as words, signs or menus are not a name", () => {
    assert.deepEqual(names("what does ありがとう ございます mean in English"), []);
    assert.deepEqual(names("please translate 你好 世界 into German"), []);
    assert.deepEqual(names("the sign reads مطعم الشام at the entrance"), []);
    assert.deepEqual(names("ありがとう ございます"), []);
  });

  it("a product named with a given name, before a listed surname, is a person; before its own words it is the product", () => {
    assert.deepEqual(names("ho girato la mail a Hugo Nyström, dovrebbe risponderti"), ["Hugo Nyström"]);
    assert.deepEqual(names("Ruby Wiśniewski se incorpora el lunes"), ["Ruby Wiśniewski"]);
    assert.deepEqual(names("Hugo build failed: template not found"), []);
    assert.deepEqual(names("Ruby on Rails 7.1 upgrade notes"), []);
    assert.deepEqual(names("the Jackson Hole symposium"), []);
  });

  it("a listed given name opening a line before a pipe and a phone is a signature's name", () => {
    assert.deepEqual(names("Sue Mendoza | Portable +61 477 902 054"), ["Sue Mendoza"]);
    assert.deepEqual(names("Grace Period | 30 days"), []);
    assert.deepEqual(names("June Report | +5% growth"), []);
  });
});

describe("person names searched for in people systems", () => {
  it("finds a percent-encoded or plus-joined name in an HR or directory system's search query", () => {
    const workday = "https://wd3.myworkday.com/acme/d/search.htmld?q=Th%E1%BA%A3o+L%C3%AA&state=all";
    assert.deepEqual(names(workday), ["Th%E1%BA%A3o+L%C3%AA"]);
    assert.ok(
      names("https://acme.bamboohr.com/employees/directory?q=Sofia+van+Leeuwen").includes(
        "Sofia+van+Leeuwen",
      ),
    );
  });

  it("a search for pages or ordinary words, a broken escape, or a search outside people systems is no name", () => {
    assert.deepEqual(names("https://wd3.myworkday.com/acme/d/search.htmld?q=Expense+Report"), []);
    assert.deepEqual(names("https://wd3.myworkday.com/acme/d/search.htmld?q=time+off"), []);
    assert.deepEqual(names("https://wd3.myworkday.com/acme/d/search.htmld?q=%E0%A4%"), []);
    assert.deepEqual(names("https://shop.example.com/search?q=Garden+Hose"), []);
  });
});

describe("lower-case full names after addressing verbs", () => {
  it("finds an unlisted lower-case given name and surname between an addressing verb and a word that goes on", () => {
    assert.deepEqual(names("pinging uwe heßler about it now"), ["uwe heßler"]);
  });

  it("hosts, teams and tools addressed in lower case are no one", () => {
    assert.deepEqual(names("ping prod cluster about it"), []);
    assert.deepEqual(names("ask legal team about it"), []);
    assert.deepEqual(names("pinging kubectl proxy again"), []);
  });
});

describe("given names that are also words, capitalised in lower-case prose", () => {
  it("a word English writes in lower case, capitalised between lower-case words, is the given name it also is", () => {
    assert.deepEqual(names("waiting on Summer before we merge"), ["Summer"]);
    assert.deepEqual(names("ugh Sky is coming to the birthday dinner, you in?"), ["Sky"]);
  });

  it("after a determiner or a place's preposition, beside other capitals, as a month, a place or a people it stays a word", () => {
    assert.deepEqual(names("read the Grace period docs"), []);
    assert.deepEqual(names("in May we ship"), []);
    assert.deepEqual(names("I love Summer in Paris"), []);
    assert.deepEqual(names("Summer is here"), []);
    assert.deepEqual(names("in the finale she moves to Paris, spoiler"), []);
    assert.deepEqual(names("we're moving to Valencia in spring, finally decided"), []);
    assert.deepEqual(names("is this a valid German tax id?"), []);
  });
});

describe("prefixed given names and German nouns", () => {
  it("a given name built on a two-letter prefix keeps its inner capital and is a name", () => {
    assert.deepEqual(names("FN:LaToya Kowalski"), ["LaToya Kowalski"]);
    assert.deepEqual(names("añadid a DeShawn McAllister al grupo"), ["DeShawn McAllister"]);
  });

  it("identifiers and products with an inner capital stay no name", () => {
    assert.deepEqual(names("LaTeX build failed"), []);
    assert.deepEqual(names("DeFi Protocols are risky"), []);
    assert.deepEqual(names("DaVinci Resolve crashed"), []);
  });

  it("German plural nouns and courts or offices are no name's first word", () => {
    assert.deepEqual(names("Nebenwirkungen von Sertralin in den ersten Wochen?"), []);
    assert.deepEqual(names("Quillstone GmbH, HRB 247463 B, Amtsgericht Charlottenburg"), []);
    assert.deepEqual(names("Das Meeting mit Mere Parata ist verschoben"), ["Mere Parata"]);
  });
});

describe("headings, venues, storms and eponyms", () => {
  it("an English compound or an ordinary word in two unlisted capitalised words makes a heading, not a name", () => {
    assert.deepEqual(names("Onboarding Checklist – Notion"), []);
    assert.deepEqual(names("Product Roadmap - Confluence"), []);
    assert.deepEqual(names("Roadmap Produit T4 - Notion"), []);
  });

  it("surnames made of English words and listed names beside unlisted ones stay names", () => {
    assert.deepEqual(names("Tamsin Blackwood, +31 6 7332 3114"), ["Tamsin Blackwood"]);
    assert.deepEqual(names("Appelé Ingrid Nakamura-Lindqvist ce matin"), [
      "Appelé Ingrid Nakamura-Lindqvist",
    ]);
    assert.deepEqual(names("Chat – Ana Ruiz"), ["Ana Ruiz"]);
    assert.deepEqual(names("Bill to:\nRadhika Young\n196 Elm Road"), ["Radhika Young"]);
    assert.deepEqual(names("Xiomara Quispe - Notion"), ["Xiomara Quispe"]);
  });

  it("German and Romance heading nouns open no name, in a document's title or not", () => {
    assert.deepEqual(names("Jahresplanung Vertrieb - Confluence"), []);
    assert.deepEqual(names("Plan Estratégico Ventas 2027 - Google Docs"), []);
    assert.deepEqual(names("Planificación Trimestral - Notion"), []);
    assert.deepEqual(names("Riunione Settimanale Team"), []);
    assert.deepEqual(names("Quartalsbericht Einkauf Freigabe"), []);
    assert.deepEqual(names("Organización Eventos Corporativos"), []);
  });

  it("Marian given names built on such nouns stay names", () => {
    assert.deepEqual(names("Conceição Kühn\nJob: Account Executive"), ["Conceição Kühn"]);
    assert.deepEqual(names("Concepción Ibarra llamó ayer"), ["Concepción Ibarra"]);
  });

  it("after a hotel, stadium, park or storm word the name is the place's or the storm's", () => {
    assert.deepEqual(names("staying at the Hotel Sacher Wien"), []);
    assert.deepEqual(names("the match at Estadio Azteca"), []);
    assert.deepEqual(names("we walked through Parque Retiro"), []);
    assert.deepEqual(names("Hurricane Milton closed the Tampa office"), []);
    assert.deepEqual(names("Typhoon Haiyan anniversary memo"), []);
    assert.deepEqual(names("Storm Harper is out until Friday"), ["Storm Harper"]);
    assert.deepEqual(names("Milton Okafor joined the team"), ["Milton Okafor"]);
  });

  it("a name before an eponym's noun, without a possessive, is an eponym; a clear person stays", () => {
    assert.deepEqual(names("the Dunning Kruger effect at standup"), []);
    assert.deepEqual(names("Brooks Law: adding people makes it later"), []);
    assert.deepEqual(names("apply Bayes theorem to the funnel"), []);
    assert.deepEqual(names("Jude Law is in the lobby"), ["Jude Law"]);
    assert.deepEqual(names("Brooks Harland approved it"), ["Brooks Harland"]);
  });

  it("a group of firms in German or French is a firm", () => {
    assert.deepEqual(names("Lidl Schwarz Gruppe tender closes Friday"), []);
    assert.deepEqual(names("Hannah Becker will send it"), ["Hannah Becker"]);
  });
});

describe("sites after headlines, peoples' adjectives, clubs, gates and dishes", () => {
  it("one word after a pipe closing a title-case headline is the site's name", () => {
    assert.deepEqual(names("How to Ask for a Raise | Forbes"), []);
    assert.deepEqual(names("10 Ways to Save Money | Forbes - Google Chrome"), []);
    assert.deepEqual(names("The Future of Work Is Hybrid | Bloomberg"), []);
  });

  it("a note or a stack of nouns before a pipe still names its person", () => {
    assert.deepEqual(names("notes from the quarterly review | Priya"), ["Priya"]);
    assert.deepEqual(names("Q3 Planning Notes Draft | Priya"), ["Priya"]);
    assert.deepEqual(names("Chat | Lean Nicolay |"), ["Lean Nicolay"]);
  });

  it("a people's adjective opens no name, and a golf club, a city gate or a dish is no person", () => {
    assert.deepEqual(names("Irish Eircodes"), []);
    assert.deepEqual(names("German Tax Office letter"), []);
    assert.deepEqual(names("Augusta National"), []);
    assert.deepEqual(names("Brandenburger Tor"), []);
    assert.deepEqual(names("lunch order: Kung Pao chicken and Mapo Tofu"), []);
    assert.deepEqual(names("Dan Dan noodles again"), []);
    assert.deepEqual(names("Augusta Whitfield joined"), ["Augusta Whitfield"]);
  });
});

describe("names in records' fields, round eleven", () => {
  it("finds the value of a JSON key or a log line's key that holds a person, in code too", () => {
    assert.deepEqual(names('{"first_name":"Henrike","last_name":"Vasquez","plan":"pro"}', true), [
      "Henrike",
      "Vasquez",
    ]);
    assert.deepEqual(names('{ "payee": "Odile Marchetti", "amount": 1200 }', true), ["Odile Marchetti"]);
    assert.deepEqual(names('INFO user created id=42 name="Rosalind Oyelaran" plan=free', true), [
      "Rosalind Oyelaran",
    ]);
    assert.deepEqual(names('{\n  "name": "Pieter van den Broek",\n  "tier": 2\n}', true), [
      "Pieter van den Broek",
    ]);
  });

  it("finds a vCard's formatted name and an SQL insert's name column", () => {
    assert.deepEqual(names("BEGIN:VCARD\nVERSION:3.0\nFN:Imke Rasmussen\nTEL:+1 555 0100\nEND:VCARD", true), [
      "Imke Rasmussen",
    ]);
    assert.deepEqual(
      names(
        "INSERT INTO staff (id, full_name, team) VALUES (7, 'Corin Adebayo', 'Ops'), (8, 'Lise Dahl', 'QA');",
        true,
      ),
      ["Corin Adebayo", "Lise Dahl"],
    );
  });

  it("does not take a service, a firm or a stand-in under a key that may hold other things for a person", () => {
    assert.deepEqual(names('{"name": "billing-service", "owner": "platform"}', true), []);
    assert.deepEqual(names('{"name": "Production Cluster", "region": "eu-west-1"}', true), []);
    assert.deepEqual(names('{"payee": "Acme Holdings", "amount": 90}', true), []);
    assert.deepEqual(names('{"first_name": "Test", "last_name": "User"}', true), []);
    assert.deepEqual(names("INSERT INTO teams (name, size) VALUES ('Platform', 4);", true), []);
  });
});

describe("names in tables' columns, round eleven", () => {
  it("takes every name-shaped cell of a loose name column once the lists know one of its cells", () => {
    assert.deepEqual(names("Name;Team;Score\nSaga Lindholm;Ops;4\nRahul Menon;Ops;3\n"), [
      "Rahul Menon",
      "Saga Lindholm",
    ]);
    assert.deepEqual(names("Empfänger;IBAN;Betrag\nTill Brenneke;DE00;10,00\nMaria Garcia;DE00;12,00\n"), [
      "Maria Garcia",
      "Till Brenneke",
    ]);
  });

  it("does not take a heading of a table's heading row for a name", () => {
    assert.deepEqual(names("| Name | Bereich | Stufe |\n|---|---|---|\n| Maria Garcia | Vertrieb | 3 |\n"), [
      "Maria Garcia",
    ]);
  });

  it("does not take the cells of a name column that holds no known name for people", () => {
    assert.deepEqual(names("Name,Version,Owner\nReact Router,6.2,web\nNext Auth,4.1,platform\n"), []);
  });
});

describe("speakers of chat transcripts and names said again, round eleven", () => {
  it("finds the speakers heading a transcript's messages, a name above a clock time", () => {
    assert.deepEqual(names("Wenke\n09:12\nis the cat fed?\nTill\n09:15\nyes, and the dog walked\n"), [
      "Wenke",
      "Till",
    ]);
  });

  it("does not take 'You' or a day over a message for a speaker", () => {
    assert.deepEqual(names("You\n09:12\nok\nToday\n10:01\nsee you"), []);
  });

  it("finds a name again where the text repeats it without a cue", () => {
    assert.deepEqual(
      names("Present: Oskar Lindahl, Benedetta\n\n1. Scanner rollout – Benedetta to confirm."),
      ["Oskar Lindahl", "Benedetta", "Benedetta"],
    );
  });

  it("does not take a word inside a longer word for a name said again", () => {
    assert.deepEqual(names("Hi Ana,\nthe Anatomy deck and Banana app are ready"), ["Ana"]);
  });

  it("still takes a lone name beside a pet word on its own line for the pet", () => {
    assert.deepEqual(names("walking Biscuit, the dog is thrilled"), []);
  });
});

describe("loop in, quoted messages spoken to and rows with an address, round eleven", () => {
  it("finds a lower-case name after 'loop in', with its surname when a clause ends after it", () => {
    assert.deepEqual(names("could you loop in priscilla dunmore? she runs billing"), ["priscilla dunmore"]);
    assert.deepEqual(names("loop in marketing on this"), []);
  });

  it("finds the person a quoted message opens by speaking to", () => {
    assert.deepEqual(names('make this friendlier: "Oluwadamilare, the invoice is overdue again"'), [
      "Oluwadamilare",
    ]);
    assert.deepEqual(names('shorten this: "Victor, please resend the deck"'), ["Victor"]);
  });

  it("does not take a quoted message's opening word that is an ordinary word or a term of address for a name", () => {
    assert.deepEqual(names('rewrite: "However, the numbers were late"'), []);
    assert.deepEqual(names('rewrite: "Team, the numbers were late"'), []);
  });

  it("finds a name before a comma, a space and its email address in a pasted row", () => {
    assert.deepEqual(names("merge these:\nSaga Berglund, s.berglund@example.org, +46 70 000 00 00"), [
      "Saga Berglund",
    ]);
  });
});

describe("German nouns in German prose, round eleven", () => {
  it("does not take two capitalised nouns of German prose for a name", () => {
    assert.deepEqual(names("Die Prüfung ergab: Mehrfach Fristen überschritten und nicht gemeldet."), []);
    assert.deepEqual(names("Der Befund liegt vor, Hautklinik Süd meldet sich bis Ende Monat."), []);
  });

  it("does not grow a name across 'von' after a German noun", () => {
    assert.deepEqual(names("Die Betreiber von Rechenzentren müssen ab Juli berichten."), []);
    assert.deepEqual(names("Die Feier von Lennart Holmqvist ist am Samstag bei uns."), ["Lennart Holmqvist"]);
  });

  it("still finds names in German prose, short unlisted ones and ones with particles too", () => {
    assert.deepEqual(names("Frauke Wendt ist ab Montag für die Ablage zuständig."), ["Frauke Wendt"]);
    assert.deepEqual(names("Die Präsentation von Ursula von der Leyen ist fertig."), [
      "Ursula von der Leyen",
    ]);
    assert.deepEqual(names("ab Montag verstärkt Niamh Ní Bhraonáin das Team im Einkauf"), [
      "Niamh Ní Bhraonáin",
    ]);
  });
});

describe("given names of working-age adults and feasts of other languages, round eleven", () => {
  it("finds given names that lists of today's babies lack", () => {
    assert.deepEqual(names("Hallo Jürgen, kannst du das prüfen?"), ["Jürgen"]);
    assert.deepEqual(names("Siiri will send the figures"), ["Siiri"]);
  });

  it("finds a given name that is also a word before a listed surname", () => {
    assert.deepEqual(names("contract ends for Saga Lindgren next month"), ["Saga Lindgren"]);
  });

  it("does not take a feast for a person", () => {
    assert.deepEqual(names("la recita di Natale è venerdì"), []);
    assert.deepEqual(names("a mere formality"), []);
  });
});

describe("form letters' salutations and file names with spaces, round eleven", () => {
  it("finds the person a German form letter salutes, 'geehrte/r' too", () => {
    assert.deepEqual(names("Sehr geehrte/r Saga Lindgren, hiermit bestätigen wir den Termin."), [
      "Saga Lindgren",
    ]);
    assert.deepEqual(names("Sehr geehrte Damen und Herren, anbei die Unterlagen."), []);
  });

  it("finds a surname in a spaced file name beside a document filed under people", () => {
    assert.deepEqual(names("Aufhebungsvertrag Lindqvist final.docx"), ["Lindqvist"]);
    assert.deepEqual(names("Offer Letter - Kowalczyk - DRAFT.docx - Word"), ["Kowalczyk"]);
  });

  it("does not take the words of a spaced file name no person is filed under for a name", () => {
    assert.deepEqual(names("Lettre de licenciement v3.docx"), []);
    assert.deepEqual(names("Quarterly Review Final.pdf"), []);
  });
});

describe("initials before a surname after a cue, round eleven", () => {
  it("finds an initial and a surname after a strong cue", () => {
    assert.deepEqual(names("cc K. Lindahl for the contract review"), ["K. Lindahl"]);
    assert.deepEqual(names("thanks Ó. Ferreira"), ["Ó. Ferreira"]);
  });

  it("does not take a lettered heading for an initialled name", () => {
    assert.deepEqual(names("see section A. Overview for details"), []);
    assert.deepEqual(names("cc B. Monday"), []);
  });
});

describe("German specialties, letters, clinics and data as heading nouns, round eleven", () => {
  it("does not take a German document's or clinic's heading nouns for a name", () => {
    assert.deepEqual(names("Befundbrief Dermatologie 03.02.2026.pdf"), []);
    assert.deepEqual(names("Uniklinikum West: Rückmeldung bis Freitag"), []);
    assert.deepEqual(names("Stammdaten Vertrieb"), []);
  });
});

describe("form and store labels, bank words and owners opening a text, round eleven", () => {
  it("does not take an address form's or a store's label, or a bank word, for a name", () => {
    assert.deepEqual(names("Rue\nCode postal\nVille\nPays"), []);
    assert.deepEqual(names("Artikel;Menge;Lager\nKabel;20;Halle 2"), []);
    assert.deepEqual(names("iban is below, bic too"), []);
  });

  it("finds another country's given name that is also a word opening a text as an owner", () => {
    assert.deepEqual(names("Ville's bonus is settled"), ["Ville"]);
    assert.deepEqual(names("June's numbers are in"), []);
  });
});

describe("mail header labels in quoted replies, round twelve", () => {
  it("does not take a quoted mail's header label for a given name, in de, nl, sv, pl, fr", () => {
    const quote = (label: string, sent: string) =>
      `Danke!\n\n-----Original-----\n${label}: Tove Lindqvist <tove.lindqvist@example.org>\n${sent}: 3. März 2026`;
    assert.deepEqual(names(quote("Von", "Gesendet")), ["Tove Lindqvist"]);
    assert.deepEqual(names(quote("Van", "Verzonden")), ["Tove Lindqvist"]);
    assert.deepEqual(names(quote("Från", "Skickat")), ["Tove Lindqvist"]);
    assert.deepEqual(names(quote("Od", "Wysłano")), ["Tove Lindqvist"]);
    assert.deepEqual(names("Von: Büro Nord\nAn: Einkauf\nBetreff: Lieferung"), []);
  });

  it("still finds a speaker whose name opens a transcript line", () => {
    assert.deepEqual(names("Priya: can you share the deck?\nTomás: sure"), ["Priya", "Tomás"]);
  });
});

describe("the words of window titles, softphones and transfers, round twelve", () => {
  it("takes a calendar's section, a call's or a file's kind and a file's state in a title for no one", () => {
    assert.deepEqual(names("Rückruf Maja Nyström – Kalender – Outlook"), ["Maja Nyström"]);
    assert.deepEqual(names("Rappel Léa Martin – Calendrier – Outlook"), ["Léa Martin"]);
    assert.deepEqual(names("Llamada con Pablo Ortega – Calendario – Outlook"), ["Pablo Ortega"]);
    assert.deepEqual(names("Kündigung Maja Engström - Entwurf.docx"), ["Maja Engström"]);
    assert.deepEqual(names("Contrato Pablo Ortega - borrador.docx"), ["Pablo Ortega"]);
    assert.deepEqual(names("Termination letter – Sutrisno.pdf"), ["Sutrisno"]);
  });

  it("does not take a softphone's call, a heading's adjective or a transfer's purpose for a name", () => {
    assert.deepEqual(names("Eingehender Anruf 0176 5753506"), []);
    assert.deepEqual(names("Appel entrant +33 6 12 34 56 78"), []);
    assert.deepEqual(names("Verpasster Anruf von Jonas Weber"), ["Jonas Weber"]);
    assert.deepEqual(names("Nächster Termin: 12.03.\nLetzte Änderung: gestern"), []);
    assert.deepEqual(
      names("Bitte überweise an BE46 0685 3630 4236, Verwendungszweck Geschenk fürs Team"),
      [],
    );
  });

  it("takes a US state's code in brackets after a town for a place", () => {
    assert.deepEqual(names("Zug steht in Charlotte (NC), komme 20 min später"), []);
    assert.deepEqual(names("Charlotte (Finance) approved it"), ["Charlotte"]);
  });
});

describe("surname-first names filling a table's cell, round twelve", () => {
  it("finds 'Surname, Given' as a whole cell of a rota or a list", () => {
    assert.deepEqual(names("Früh\tHolloway, Priya\nSpät\tAshdown, Ruben\nNacht\t—"), [
      "Holloway, Priya",
      "Ashdown, Ruben",
    ]);
    assert.deepEqual(names("Turno\tMancini, Giulia\nNotte\tRocha, Inês"), ["Mancini, Giulia", "Rocha, Inês"]);
    assert.deepEqual(names("Dienst | Kowalczyk, Zofia |\nBereit | Lindqvist, Oskar |"), [
      "Kowalczyk, Zofia",
      "Lindqvist, Oskar",
    ]);
  });

  it("does not take places, firms or greetings written with a comma in a cell for a name", () => {
    assert.deepEqual(names("Standort\tParis, France\nLager\tBerlin, Germany"), []);
    assert.deepEqual(names("Lieferant\tMüller, Hamburg\nKunde\tLondon, Ontario"), []);
    assert.deepEqual(names("Thanks, Anna"), ["Anna"]);
    assert.deepEqual(names("Versand\tBrandt, Hamburg"), []);
    assert.deepEqual(names("Grazie, Marco\nTack, Erik\nMoin, Jannik"), ["Marco", "Erik", "Jannik"]);
  });
});

describe("names typed all in lower case, given name and surname, round twelve", () => {
  it("finds a listed given name and a listed surname typed in lower case, in several languages", () => {
    assert.deepEqual(names("is ebba lindholm ooo today?"), ["ebba lindholm"]);
    assert.deepEqual(names("frag mal jörg schneider"), ["jörg schneider"]);
    assert.deepEqual(names("heb je sanne bakker al gesproken?"), ["sanne bakker"]);
    assert.deepEqual(names("kan du fråga erik johansson om leveransen?"), ["erik johansson"]);
    assert.deepEqual(names("pergunta ao joão silva se já enviou"), ["joão silva"]);
    assert.deepEqual(names("ho messo in copia giulia romano, lei segue il cliente"), ["giulia romano"]);
    assert.deepEqual(names("we're letting wouter jansen go at the end of probation"), ["wouter jansen"]);
  });

  it("does not take lower-case words that are also names, places or code for a person", () => {
    assert.deepEqual(names("mark young leaves are green"), []);
    assert.deepEqual(names("will smith the api later"), []);
    assert.deepEqual(names("costa rica trip is booked"), []);
    assert.deepEqual(names("const anna = user.name; // anna lopez", true), []);
    assert.deepEqual(names("la rosa blanca está en la mesa"), []);
    assert.deepEqual(names("das ist ein guter plan, frag mal den support"), []);
    assert.deepEqual(names("wir haben die lieferung von hansen logistik bekommen"), []);
    assert.deepEqual(names("le jour de la réunion on fera le point sur le budget"), []);
    assert.deepEqual(names("max mustermann ist der platzhalter im formular"), []);
    assert.deepEqual(names("mia madre compie 70 anni, organizziamo una festa a sorpresa"), []);
    assert.deepEqual(names("tengo que llevar el coche al taller, vuelvo en una hora"), []);
    assert.deepEqual(names("sherlock holmes box set is back in stock"), []);
    assert.deepEqual(names("ela disse que a festa é amanhã"), []);
  });
});

describe("stand-in people and Romance articles, round twelve", () => {
  it("does not take the stand-in people of forms and fixtures for a person, in the offices' languages", () => {
    assert.deepEqual(names("e.g. Mario Rossi — replace with the customer's name"), []);
    assert.deepEqual(names("INSERT INTO customers (name, tier) VALUES ('Joe Bloggs', 'bronze');"), []);
    assert.deepEqual(names("Beispiel: Max Mustermann, Musterstraße 1"), []);
    assert.deepEqual(names("Ola Nordmann er et eksempelnavn"), []);
    assert.deepEqual(names("placeholder: John Doe"), []);
    assert.deepEqual(names("Mario Rossini joined the call"), ["Mario Rossini"]);
  });

  it("does not take a capitalised Romance article before a noun for a given name", () => {
    assert.deepEqual(names("La ministre présente le plan hôpital 2027"), []);
    assert.deepEqual(names("La reunión de mañana se cancela"), []);
    assert.deepEqual(names("La Toya Okafor is on the call"), ["La Toya Okafor"]);
  });
});

describe("Polish and Czech courtesy titles, round twelve", () => {
  it("finds the surname after pan, pani or paní", () => {
    assert.deepEqual(names("pan Holmgren prosił o kopię umowy"), ["Holmgren"]);
    assert.deepEqual(names("u pani Nowak dzwoniła rano"), ["Nowak"]);
    assert.deepEqual(names("paní Veselá poslala smlouvu"), ["Veselá"]);
  });

  it("does not take a pan's or Pan's neighbour for a surname", () => {
    assert.deepEqual(names("the pan Kitchen set is on sale"), []);
    assert.deepEqual(names("Pan Am was an airline"), []);
  });
});

describe("names in directory entries and person records, round twelve", () => {
  it("finds the person an LDAP or Active Directory entry's first CN names, whatever the name lists know", () => {
    assert.deepEqual(
      names("dn: CN=Oyelaran Adewuyi,OU=Sales,DC=corp,DC=local\nmemberOf: CN=vpn-users,OU=Groups", true),
      ["Oyelaran Adewuyi"],
    );
    assert.deepEqual(names("distinguishedName: CN=Grzegorz Wiśniewski-Lis,OU=Finanse,DC=firma,DC=pl", true), [
      "Grzegorz Wiśniewski-Lis",
    ]);
    assert.deepEqual(names("CN=Inês da Cunha,OU=Vendas,DC=empresa,DC=pt", true), ["Inês da Cunha"]);
    assert.deepEqual(names("Get-ADUser 'CN=Riikka Halonen,CN=Users,DC=yhtio,DC=fi'", true), [
      "Riikka Halonen",
    ]);
  });

  it("does not take a directory's built-in groups, containers or service accounts for people", () => {
    assert.deepEqual(names("dn: CN=Domain Admins,CN=Users,DC=corp,DC=local", true), []);
    assert.deepEqual(names("memberOf: CN=Remote Desktop Users,CN=Builtin,DC=corp,DC=local", true), []);
    assert.deepEqual(names("dn: CN=Group Policy Creator Owners,CN=Users,DC=corp,DC=local", true), []);
    assert.deepEqual(names("dn: CN=svc-backup,OU=Service Accounts,DC=corp,DC=local", true), []);
    assert.deepEqual(names("dn: CN=Print Operators,CN=Builtin,DC=corp,DC=local", true), []);
    assert.deepEqual(names("subject=CN=Let's Encrypt Authority X3,O=Let's Encrypt,C=US", true), []);
    assert.deepEqual(
      names("issuer: CN=DigiCert Global Root CA,OU=www.digicert.com,O=DigiCert Inc,C=US", true),
      [],
    );
  });

  it("takes a record's two-word name when the record also holds a person's contact details", () => {
    assert.deepEqual(
      names(
        '{\n  "id": "cus_1",\n  "name": "Adaeze Nwosu",\n  "phone": "+44 7700 900123",\n  "tier": "gold"\n}',
        true,
      ),
      ["Adaeze Nwosu"],
    );
    assert.deepEqual(names('{"name": "Seo-yeon Baek", "email": "sy.baek@example.org"}', true), [
      "Seo-yeon Baek",
    ]);
    assert.deepEqual(names("- name: Wenjing Huo\n  email: wenjing.huo@example.com\n  plan: team", true), [
      "Wenjing Huo",
    ]);
    assert.deepEqual(names("kontakt:\n  name: Jędrzej Kuc\n  telefon: +48 600 100 200", true), [
      "Jędrzej Kuc",
    ]);
  });

  it("does not take a product, a team or a service for a person because its record has an e-mail", () => {
    assert.deepEqual(names('{"name": "Platform Team", "email": "platform@example.com"}', true), []);
    assert.deepEqual(names('{"name": "Support Desk", "phone": "+1 555 0100"}', true), []);
    assert.deepEqual(names("- name: Billing Service\n  email: billing@example.com", true), []);
    assert.deepEqual(names("name: CI Pipeline\non: push\n", true), []);
    assert.deepEqual(names("- name: Install Dependencies\n  run: npm ci", true), []);
    assert.deepEqual(names('{"name": "Nordic Express", "email": "orders@example.se"}', true), []);
  });
});

describe("assistants' products, one-word streets and saints' cities, round twelve", () => {
  it("an assistant's name before its product word is the product, not a person with a surname", () => {
    assert.deepEqual(names("Claude Code finished the refactor in 12 min"), []);
    assert.deepEqual(names("Gemini Advanced hat die Zusammenfassung geschrieben"), []);
    assert.deepEqual(names("j'ai demandé à Copilot Pro de relire le texte"), []);
    assert.deepEqual(names("Claude Moreau finished the refactor"), ["Claude Moreau"]);
  });

  it("a street written as one word with its avenue, embankment or lane is a place", () => {
    assert.deepEqual(names("Let's meet at the café on Kastanienallee on Friday"), []);
    assert.deepEqual(names("wir treffen uns am Kurfürstendamm"), []);
    assert.deepEqual(names("ons kantoor zit aan de Beethovenlaan"), []);
    assert.deepEqual(names("vi ses på Vesterbrogade i morgen"), []);
    assert.deepEqual(names("ask Hannah Döring about the lease"), ["Hannah Döring"]);
  });

  it("a Portuguese saint's city is a place", () => {
    assert.deepEqual(names("Flight to São Paulo is booked for the 23rd"), []);
    assert.deepEqual(names("o voo para São Luís sai às 9h"), []);
  });
});

describe("romanised Korean given names, round twelve", () => {
  it("a hyphenated Korean given name is a given name, alone or before or after a surname", () => {
    assert.deepEqual(names("Write a polite SMS to Seo-yeon saying I'll be late"), ["Seo-yeon"]);
    assert.deepEqual(names("Während ich weg bin, übernimmt Hye-jin die Rufbereitschaft."), ["Hye-jin"]);
    assert.deepEqual(names("Min-jun, désolé pour ton père. Je pense à toi"), ["Min-jun"]);
    assert.deepEqual(names("ask Kyung-ho Baek about the vendor calls"), ["Kyung-ho Baek"]);
  });

  it("hyphenated words, laughter and a workout are not Korean names", () => {
    assert.deepEqual(names("Ha-ha, that deploy went well"), []);
    assert.deepEqual(names("Check-in at 9, Sign-off at 5"), []);
    assert.deepEqual(names("Tae-bo class is on Monday"), []);
    assert.deepEqual(names("Re-run the job, then Co-op review"), []);
  });
});

describe("a form's placeholder of name fields, round twelve", () => {
  it("the words of a name field's labels are a placeholder, not a person", () => {
    assert.deepEqual(names("Nom Prénom"), []);
    assert.deepEqual(names("Vorname Nachname"), []);
    assert.deepEqual(names("Nombre Apellido"), []);
    assert.deepEqual(names("Imię Nazwisko"), []);
    assert.deepEqual(names("Voornaam Achternaam"), []);
    assert.deepEqual(names("Chat | Lean Nicolay |"), ["Lean Nicolay"]);
  });
});

describe("a lower-case given name after a chat acknowledgement, round thirteen", () => {
  it("a word after 'ok', 'np', 'thx' that closes the message is who is answered, listed or not", () => {
    assert.deepEqual(names("ok ingrid – on it"), ["ingrid"]);
    assert.deepEqual(names("np rosalind 👍"), ["rosalind"]);
    assert.deepEqual(names("thx tiago!"), ["tiago"]);
    assert.deepEqual(names("merci hélène, c'est noté"), ["hélène"]);
    assert.deepEqual(names("danke jörg!"), ["jörg"]);
    assert.deepEqual(names("ok itziar 👍"), ["itziar"]);
    assert.deepEqual(names("np oluwaseun!"), ["oluwaseun"]);
    assert.deepEqual(names("ty sigrún – will do"), ["sigrún"]);
  });

  it("replies, shorthand, groups and tools after an acknowledgement are not names", () => {
    assert.deepEqual(names("ok thanks 👍"), []);
    assert.deepEqual(names("ok lgtm!"), []);
    assert.deepEqual(names("np mate!"), []);
    assert.deepEqual(names("ok cool – on it"), []);
    assert.deepEqual(names("ok merged!"), []);
    assert.deepEqual(names("thx folks 👍"), []);
    assert.deepEqual(names("ok parfait, merci"), []);
    assert.deepEqual(names("ok vale!"), []);
    assert.deepEqual(names("ok perfetto 👍"), []);
    assert.deepEqual(names("ok passt – mach ich"), []);
    assert.deepEqual(names("ok jasne!"), []);
    assert.deepEqual(names("ok entendido 👍"), []);
    assert.deepEqual(names("ok gotcha!"), []);
    assert.deepEqual(names("thx chatgpt!"), []);
    assert.deepEqual(names("ok kubectl – on it"), []);
    assert.deepEqual(names("ok boomer"), []);
    assert.deepEqual(names("ok bon, on y va"), []);
    assert.deepEqual(names("ok si!"), []);
    assert.deepEqual(names("ok ptal"), []);
    assert.deepEqual(names("merci d'avance !"), []);
    assert.deepEqual(names("grazie dell'aiuto!"), []);
  });
});

describe("a first.last handle in a home directory or a mention, round thirteen", () => {
  it("a home directory named first.last is that person's, whether or not the lists know the given name", () => {
    assert.deepEqual(names("/home/tuomas.virtanen/src/app/node_modules/.bin/vite: not found"), [
      "tuomas.virtanen",
    ]);
    assert.deepEqual(names("open '/Users/oihane.etxeberria/work/api/.env'"), ["oihane.etxeberria"]);
    assert.deepEqual(names("C:\\Users\\chidi.okonkwo\\Desktop\\rapport.xlsx"), ["chidi.okonkwo"]);
    assert.deepEqual(names("Fehler: /home/jürgen.ostheimer/.ssh/config nicht lesbar"), ["jürgen.ostheimer"]);
  });

  it("service accounts, shared folders and dotted tool names in a home directory are no one's", () => {
    assert.deepEqual(names("/home/ubuntu/app/logs/error.log"), []);
    assert.deepEqual(names("/home/ec2-user/.aws/credentials"), []);
    assert.deepEqual(names("C:\\Users\\Public\\Documents\\setup.exe"), []);
    assert.deepEqual(names("/home/svc.deploy/releases/current"), []);
    assert.deepEqual(names("/home/jenkins.agent/workspace/build"), []);
    assert.deepEqual(names("/Users/shared.drive/Q3/report.pdf"), []);
    assert.deepEqual(names("/home/web.admin/public_html/index.php"), []);
  });

  it("a chat mention of first.last names that person even when the given name is unlisted", () => {
    assert.deepEqual(names("@tuomas.virtanen PTAL at #4412"), ["tuomas.virtanen"]);
    assert.deepEqual(names("@oihane.etxeberria can you approve the PR?"), ["oihane.etxeberria"]);
    assert.deepEqual(names("kannst du @chidi.okonkwo fragen?"), ["chidi.okonkwo"]);
  });

  it("decorators, scoped packages and group mentions are not people", () => {
    assert.deepEqual(names("@numba.jit\ndef total(xs):"), []);
    assert.deepEqual(names("@pytest.hookimpl(tryfirst=True)"), []);
    assert.deepEqual(names("@app.route('/health')"), []);
    assert.deepEqual(names("npm i @vitest.ui"), []);
    assert.deepEqual(names("@here.team the deploy is done"), []);
  });
});

describe("people's verbs of the offices' languages and pairs with a listed name, round thirteen", () => {
  it("a message opening with a word no list knows and a verb of speech in any office language is about a person", () => {
    assert.deepEqual(names("Oluwatobi sagt, der Build ist grün"), ["Oluwatobi"]);
    assert.deepEqual(names("Nkechi dit que la démo est prête"), ["Nkechi"]);
    assert.deepEqual(names("Itzel dice que el cliente firmó"), ["Itzel"]);
    assert.deepEqual(names("Wairimu zegt dat de release klaar is"), ["Wairimu"]);
    assert.deepEqual(names("Aigerim säger att mötet flyttas"), ["Aigerim"]);
  });

  it("a tool, a service or a word opening with a verb of speech stays what it is", () => {
    assert.deepEqual(names("Jenkins sagt, der Build ist rot"), []);
    assert.deepEqual(names("Datadog dit que le disque est plein"), []);
    assert.deepEqual(names("Kubectl dice que el pod no existe"), []);
    assert.deepEqual(names("Alles sagt, dass es klappt"), []);
    assert.deepEqual(names("Arzt sagt es ist nur eine Erkältung"), []);
    assert.deepEqual(names("Médecin dit que c'est une entorse"), []);
  });

  it("a word joined by 'and' to a listed given name is a given name too", () => {
    assert.deepEqual(names("Ingrid and Tuomas are pairing on the invoice bug"), ["Ingrid", "Tuomas"]);
    assert.deepEqual(names("Ingrid en Tuomas doen de retro"), ["Ingrid", "Tuomas"]);
    assert.deepEqual(names("Oihane and Daniel swapped on-call this week"), ["Oihane", "Daniel"]);
  });

  it("tools, places and words joined by 'and' stay what they are", () => {
    assert.deepEqual(names("Kafka and Flink are both down"), []);
    assert.deepEqual(names("Terraform and Pulumi are both options"), []);
    assert.deepEqual(names("Ada and Pascal are in the legacy repo"), []);
    assert.deepEqual(names("Lisbon and Porto offices close early"), []);
  });
});

describe("brands and salutations named like people, round thirteen", () => {
  it("tools, furniture, retail and pharma brands named after people are brands", () => {
    assert.deepEqual(names("Gerrit review is down, push to the fallback branch"), []);
    assert.deepEqual(names("der Gerrit-Server hängt wieder"), []);
    assert.deepEqual(names("ordered two Dell monitors and a Herman Miller chair"), []);
    assert.deepEqual(names("on a commandé chez Leroy Merlin pour la boutique"), []);
    assert.deepEqual(names("Boehringer Ingelheim confirmed the PO, delivery Friday"), []);
    assert.deepEqual(names("Eli Lilly sent the contract back signed"), []);
  });

  it("a letter's 'Cher'/'Chère' is the salutation, and the name after it is still found", () => {
    assert.deepEqual(names("Cher Monsieur Szalai,\n\nmerci pour votre retour."), ["Szalai"]);
    assert.deepEqual(names("Chère Madame Okafor,"), ["Okafor"]);
    assert.deepEqual(names("Chère Léa,\nmerci !"), ["Léa"]);
    assert.deepEqual(names("Querida Itziar, gracias por todo"), ["Itziar"]);
  });
});

describe("person names, round fourteen", () => {
  it("a home directory or a mention spoken to, named by an initial and a surname run together, names a person", () => {
    assert.deepEqual(names("ls -la /home/aholmboe/src/ledger"), ["aholmboe"]);
    assert.deepEqual(names("cd /Users/pramaswamy/Downloads/statements"), ["pramaswamy"]);
    assert.deepEqual(names("dir C:\\Users\\kiyer\\Documents\\Exports"), ["kiyer"]);
    assert.deepEqual(names("cc @bvautrin can you take this one?"), ["bvautrin"]);
    assert.deepEqual(names("@hwittkamp see thread above"), ["hwittkamp"]);
  });

  it("machines' accounts, tools' and firms' handles, scopes and unaddressed mentions are no initial and surname", () => {
    for (const text of [
      "ls /home/ubuntu/app",
      "ls /home/azureuser/app",
      "ls /home/syncthing/x",
      "ls /home/bitnami/x",
      "ls /home/webadmin/x",
      "cd /Users/Shared/x",
      "@channel please review",
      "@devops please check",
      "@octocat hello",
      "@codecov report",
      "@coderabbitai review",
      "@tensorflow is great",
      "thanks to @anthropic",
      "//registry.npmjs.org/:_authToken=x\n@halvard:registry=https://npm.pkg.github.com",
    ])
      assert.deepEqual(names(text), [], text);
  });

  it("the person an HR act is done to is a name, even a given name that is also a word", () => {
    assert.deepEqual(names("I'll start Bob on a performance improvement plan"), ["Bob"]);
    assert.deepEqual(names("HR recommends placing Milan on a formal warning"), ["Milan"]);
    assert.deepEqual(names("bump Jazz to 176k USD starting in April"), ["Jazz"]);
    assert.deepEqual(names("We're letting Mere go on Friday"), ["Mere"]);
  });

  it("versions, products, days and ordinary words in an HR act's frame are no people", () => {
    for (const text of [
      "bump Node to 20 before the release",
      "bump Kafka to 3.7",
      "start Grafana on a new port",
      "put Jira on a warning banner",
      "placing Orders on a plan",
      "start Ticket on a plan",
      "move Prod to 2k nodes",
      "we should start Monday on a new plan",
    ])
      assert.deepEqual(names(text), [], text);
  });
});

describe("person names no list knows, by what befalls them, round fourteen", () => {
  it("two unlisted words joined by 'and' before what people do are two given names", () => {
    assert.deepEqual(names("fyi Tamsin and Candela are pairing on the invoice bug today"), [
      "Tamsin",
      "Candela",
    ]);
    for (const text of [
      "Kafka and Zookeeper are out of sync",
      "Ansible and Terraform are meeting our needs",
      "Aurora and Athena were out for an hour",
    ])
      assert.deepEqual(names(text), [], text);
  });

  it("a message opening with an unlisted word that a health or job event befalls is about that person", () => {
    assert.deepEqual(names("Xiaoling tested positive for covid, the offsite is moved online"), ["Xiaoling"]);
    assert.deepEqual(names("Farhana had a panic attack in the meeting"), ["Farhana"]);
    assert.deepEqual(names("Wanjiru got a written warning for the expense thing"), ["Wanjiru"]);
    assert.deepEqual(names("Dohyun hands in notice on Friday"), ["Dohyun"]);
    assert.deepEqual(names("Selamawit est hospitalisé(e) pour une pneumonie"), ["Selamawit"]);
  });

  it("tools, places and ordinary words that have outages, releases and warnings are no people", () => {
    for (const text of [
      "Kubelet had an outage yesterday",
      "Vitest got a new release",
      "Login got slower",
      "Checkout got a warning from the linter",
      "Staging got promoted to prod",
      "Tokyo had an earthquake",
      "Paris est magnifique",
    ])
      assert.deepEqual(names(text), [], text);
  });
});

describe("words read as names, round fourteen", () => {
  it("medical specialists, hiring words, teams and Wi-Fi opening titles and lines are no people", () => {
    for (const text of [
      "Physio – knee rehab 18:30 - Calendar",
      "Dermatologist – mole check - Calendar",
      "Ordonnance – levothyroxine 30 Stück – Shop Apotheke",
      "Head of Finance (vacant)\nReports to: CFO\nBackfill approved",
      "Ops Alerts – Telegram",
      "the MAC address filter on the guest Wi-Fi blocks the new printers",
    ])
      assert.deepEqual(names(text), [], text);
    assert.deepEqual(names("Physio with Anna at 5"), ["Anna"]);
    assert.deepEqual(names("Yuxuan — are you still on the hook for the deploy?"), ["Yuxuan"]);
  });

  it("health providers, studios, German streets, map places and an assistant's outage are no people", () => {
    for (const text of [
      "Prenatal check-up 28 weeks - Kaiser Permanente",
      "Payment within 14 days to Estudio Faro — IBAN GB40",
      "Road closure on Unter den Linden, take the U5",
      "Sagrada Família - Google Maps",
      "Claude was down for 20 minutes, status page says resolved",
      "Gemini is back up",
    ])
      assert.deepEqual(names(text), [], text);
    assert.deepEqual(names("Claude is the new designer on our team"), ["Claude"]);
    assert.deepEqual(names("Dr. Kaiser will see you"), ["Kaiser"]);
  });

  it("the stand-in people of German and Swedish forms are no one", () => {
    assert.deepEqual(names("Example: Otto Normalverbraucher"), []);
    assert.deepEqual(names("p. ej. Medel Svensson"), []);
    assert.deepEqual(names("Otto Müller joins on Monday"), ["Otto Müller"]);
  });
});

describe("people spoken to, round fourteen", () => {
  it("after a family word spoken to, the message opens anew, and the family word lists no firm", () => {
    assert.deepEqual(names("Mama, Taras has the school play on Thursday, are you coming?"), ["Taras"]);
    assert.deepEqual(names("Mama, Garrett has the school play on Friday, call us tonight"), ["Garrett"]);
    for (const text of [
      "Mum, Berlin has great weather",
      "Oma, Kafka wants more memory",
      "Mama, Tuesday is fine",
    ])
      assert.deepEqual(names(text), [], text);
  });

  it("a word no list knows that opens a message and is spoken to is a given name", () => {
    assert.deepEqual(names("Chukwuemeka, so sorry about your dad."), ["Chukwuemeka"]);
    assert.deepEqual(names("Abebe, my private number for the weekend: +55 11 93069-0766"), ["Abebe"]);
    assert.deepEqual(names("Eoghan, your temporary password is on its way"), ["Eoghan"]);
  });

  it("interjections, places, days, seasons, products and ordinary words before such a comma are no people", () => {
    for (const text of [
      "Welp, my laptop died",
      "Hehe, you wish",
      "Hmmm, my build failed",
      "Kubernetes, my nemesis",
      "Berlin, my favourite city",
      "Summer, my favourite season",
      "Update, my PR is merged",
      "Tuesday, my day off",
      "Lisbon, here's the plan",
    ])
      assert.deepEqual(names(text), [], text);
  });
});

describe("given names that are words, and names in titles and notes, round fourteen", () => {
  it("another country's given name that is a word, before a surname no list knows, is a person", () => {
    assert.deepEqual(names("HR-151 Visa support for Saga Lindahl - Jira Service Management"), [
      "Saga Lindahl",
    ]);
    assert.deepEqual(names("[SEC-3390] Laptop return for Till Oberländer - Jira"), ["Till Oberländer"]);
    assert.deepEqual(names("PIP for Mere Ngata: 45 days"), ["Mere Ngata"]);
  });

  it("towns before their airports, things named with English nouns and sentences of other languages stay out", () => {
    for (const text of [
      "Summer Sale starts today",
      "Rich Text Editor is broken",
      "Till Monday then",
      "Mere Christianity is a book",
      "we fly into Milan Malpensa tomorrow",
      "Milan Cortina 2026 tickets",
      "Saga Orchestrator failed",
      "Tomo Sintrom, así que nada de ibuprofeno.",
    ])
      assert.deepEqual(names(text), [], text);
  });

  it("both sides of a one-to-one's title before a dash and its length are people, teams are not", () => {
    assert.deepEqual(names("Maialen / Annika – catch-up (30 min)"), ["Maialen", "Annika"]);
    assert.deepEqual(names("Design / Eng – sync (30 min)"), []);
    assert.deepEqual(names("Annika / Platform – catch-up"), []);
  });

  it("greetings passed on, a Spanish greeting and a manager's note name their person", () => {
    assert.deepEqual(names("say hi to Dohyun from me, miss you all"), ["Dohyun"]);
    assert.deepEqual(names("Qué tal Yareli! could you send me the contract?"), ["Yareli"]);
    assert.deepEqual(names("Baraka: wants to drop to 4 days a week after the parental leave"), ["Baraka"]);
    for (const text of [
      "say hello to Grafana for me",
      "send my love to Berlin",
      "qué tal Madrid?",
      "Update: asked legal about it",
      "Grafana: wants a restart",
      "Staging: wants a redeploy",
    ])
      assert.deepEqual(names(text), [], text);
  });
});

describe("lower-case names checked with, round fourteen", () => {
  it("a lower-case given name after 'check with' or 'talk to' is a person, a team is not", () => {
    assert.deepEqual(names("check with arjun for the admin login to jira"), ["arjun"]);
    assert.deepEqual(names("check with xiaoling about the cron setup"), ["xiaoling"]);
    assert.deepEqual(names("talk to xiaoling about it"), ["xiaoling"]);
    for (const text of [
      "check with legal about it",
      "check with frontend about it",
      "check with backend about it",
      "check with infra about the cron setup",
      "speak to legal about it",
      "check with the team first",
      "reply to this email",
    ])
      assert.deepEqual(names(text), [], text);
  });
});

describe("people away, disagreeing and gossiped about, round fourteen", () => {
  it("a given name that is also a word, opening a message that says the person is away, is a person", () => {
    assert.deepEqual(names("Summer is out till Friday, tonsillitis"), ["Summer"]);
    assert.deepEqual(names("Poppy starts a 90-day performance improvement plan on Monday"), ["Poppy"]);
    for (const text of [
      "Summer is off to a slow start",
      "Paris is out of reach",
      "Milan is off the table",
      "May is off",
    ])
      assert.deepEqual(names(text), [], text);
  });

  it("after a semicolon a word no list knows before what only people think is a person", () => {
    assert.deepEqual(
      names("Summarise: Kaito Tanabe wants it moved; Xiaoling disagrees because QA found blockers."),
      ["Kaito Tanabe", "Xiaoling"],
    );
    assert.deepEqual(names("done; Kubelet is restarting"), []);
  });

  it("who is heard of in gossip is a person, a product is not", () => {
    assert.deepEqual(names("did you hear Tenzin is leaving, the competitor offered them 20k more"), [
      "Tenzin",
    ]);
    assert.deepEqual(names("did you hear Kafka is deprecated"), []);
    assert.deepEqual(names("did you hear Figma is down"), []);
  });
});

describe("person names, round fifteen: firms, tables, signatures, logs and travel documents", () => {
  it("a name followed by a legal form, or one that ends in it, is a firm's in every office's language", () => {
    assert.deepEqual(names("Cambio de cuenta de Hermanos Quintana S.L.: ES09 0062"), []);
    assert.deepEqual(names("Nieuw rekeningnummer Bosman Installatie B.V.: NL12"), []);
    assert.deepEqual(names("Nowy numer rachunku Drukarnia Pawlak sp. z o.o.: PL34"), []);
    assert.deepEqual(names("Rechnung von Brinkmann Weber GmbH ist da"), []);
    assert.deepEqual(names("fattura di Fontana Rossi S.r.l. pagata"), []);
    assert.deepEqual(names("Entre Orsova Lda. e Gonçalo Carvalho, NIF 100945791"), ["Gonçalo Carvalho"]);
    assert.deepEqual(names("faktura från Holmgren Lindqvist AB"), []);
  });

  it("a name with a trade's word at one end is a firm's, and a person beside it stays a person", () => {
    assert.deepEqual(names("invoice from Ashdown Physio, total £312"), []);
    assert.deepEqual(
      names("Best regards\n\nEverett Kowalski\nHead of Procurement\nMarchetti Engineering\nT +1 737"),
      ["Everett Kowalski"],
    );
    assert.deepEqual(names("Angebot von Brinkmann Logistik für Anna Weber"), ["Anna Weber"]);
    assert.deepEqual(names("commande chez Moreau Frères pour Léa Martin"), ["Léa Martin"]);
    assert.deepEqual(names("preventivo di Fratelli Esposito"), []);
    assert.deepEqual(names("offert från Lindqvist Bygg"), []);
  });

  it("cells under a heading of firms, towns or products are not people, and the name column's still are", () => {
    assert.deepEqual(names("name,company,email\nAnouk Verhoeven,Quintana Lopez,a@x.fr"), ["Anouk Verhoeven"]);
    assert.deepEqual(names("Name;Firma;Stadt\nJonas Weber;Brinkmann Müller;Charlotte"), ["Jonas Weber"]);
    assert.deepEqual(names("contact\tville\nMarie Dubois\tSaint Denis"), ["Marie Dubois"]);
    assert.deepEqual(names("nombre,empresa\nLucía Gómez,Hermanos Ortega"), ["Lucía Gómez"]);
  });

  it("a sign-off, a comma and a name closing the line sign the note, kisses and hugs included", () => {
    assert.deepEqual(names("Bisous, Aurélien"), ["Aurélien"]);
    assert.deepEqual(names("nueva dirección:\nCalle de Alcalá 45\n28039 Madrid\nBesos, Nerea"), ["Nerea"]);
    assert.deepEqual(names("wir sind umgezogen\nLiebe Grüße, Ludger"), ["Ludger"]);
    assert.deepEqual(names("Liefs, Femke"), ["Femke"]);
    assert.deepEqual(names("Regards, IT Support"), []);
    assert.deepEqual(names("Love, the team"), []);
    assert.deepEqual(names("Best, Product Team"), []);
  });

  it("the parties of a claim are people, in the offices' languages", () => {
    assert.deepEqual(names("Claimant Tamsin Yazzie alleges disability discrimination"), ["Tamsin Yazzie"]);
    assert.deepEqual(names("die Klägerin Annegret Oltmanns trägt vor"), ["Annegret Oltmanns"]);
    assert.deepEqual(names("le demandeur Thibault Baudry soutient"), ["Thibault Baudry"]);
    assert.deepEqual(names("Cita con la Dra. Arrieta"), ["Arrieta"]);
  });

  it("one-line git logs name their authors after the subject's dash or after the hash", () => {
    const log =
      "fa91aa275 (HEAD -> main) Bump pg to 8.13.1 - Joost Kuipers\n9629d0d Rework export - Rhiannon Ellery";
    assert.deepEqual(names(log, true), ["Joost Kuipers", "Rhiannon Ellery"]);
    assert.deepEqual(names("a1b2c3d - Anna Smith, 3 days ago : fix build", true), ["Anna Smith"]);
    assert.deepEqual(names("1a2b3c4 Deploy to prod - Blue Green", true), []);
    assert.deepEqual(names("deadbeef - Release Notes", true), []);
  });

  it("a passenger record's SURNAME/GIVEN before a title, and the holder printed above a passport's MRZ", () => {
    assert.deepEqual(names("APIS: VERHOEVEN/JOOST MS · doc P IV671366"), ["VERHOEVEN/JOOST"]);
    assert.deepEqual(names("1.1SOUSA MARTINS/ANA RITA MRS"), ["SOUSA MARTINS/ANA RITA"]);
    assert.deepEqual(names("use TCP/IP MS teams"), []);
    const mrz =
      "PASSPORT  FERREIRA LIMA JOANA\nP<PRTFERREIRA<LIMA<<JOANA<<<<<<<<<<<<<<<<<<<\nM038638<<0PRT9507030F3";
    assert.ok(names(mrz).includes("FERREIRA LIMA JOANA"));
  });

  it("a code host's search qualifier and a doctor's booking page hold a person's slug; a practice's does not", () => {
    assert.deepEqual(names("https://github.com/o/r/pulls?q=is%3Aopen+reviewed-by%3Aitziar-gallardo"), [
      "itziar-gallardo",
    ]);
    assert.deepEqual(names("is:pr is:open author:ana-ruiz"), ["ana-ruiz"]);
    assert.deepEqual(names("label:needs-review co-author:ana-ruiz"), []);
    assert.deepEqual(names("https://www.doctolib.fr/psychiatre/paris/aled-macaskill/booking"), [
      "aled-macaskill",
    ]);
    assert.deepEqual(names("https://www.doctolib.fr/centre-de-sante/paris/centre-medical-europe"), []);
  });

  it("stations, statesmen's airports, German demonyms, founders' brands before a product and cars are no one", () => {
    assert.deepEqual(names("Lindbergh Hotel or the Marriott near Charles de Gaulle?"), []);
    assert.deepEqual(names("Train ICE 790 Frankfurt(Main)Hbf → München Hbf, Wagen 1"), []);
    assert.deepEqual(names("Company holiday - Tag der Deutschen Einheit"), []);
    assert.deepEqual(names("Item: Louis Vuitton Neverfull MM, batch code 2W1259."), []);
    assert.deepEqual(names("Look for the grey Skoda Octavia."), []);
    assert.deepEqual(names("rent an Opel Astra"), []);
    assert.deepEqual(names("Harrison Ford and Maria Garcia"), ["Harrison Ford", "Maria Garcia"]);
    assert.deepEqual(names("met Anna Opel"), ["Anna Opel"]);
    assert.deepEqual(names("Mercedes-Benz and Porsche both asked for the SOC 2 report"), []);
    assert.deepEqual(names("ask Mr Ford about it"), ["Ford"]);
    assert.deepEqual(names("event booth at Messe München, hall B2"), []);
    assert.deepEqual(names("meet Anna at Fiera Milano"), ["Anna"]);
  });
});

describe("person names, round fifteen: who a mail is said to and signed by", () => {
  it("a name after a comma closing a sentence spoken to someone is who it is said to, in several languages", () => {
    assert.deepEqual(names("VPN logs show your login at 10:00 - was that you, Bronwen?"), ["Bronwen"]);
    assert.deepEqual(names("kannst du das prüfen, Ludger?"), ["Ludger"]);
    assert.deepEqual(names("tu viens ce soir, Margaux ?"), ["Margaux"]);
    assert.deepEqual(names("¿puedes revisarlo tú, Íñigo?"), ["Íñigo"]);
  });

  it("a place, a tool or a relative after such a comma is not a person", () => {
    assert.deepEqual(names("are you coming to Berlin, Paris?"), []);
    assert.deepEqual(names("did you fix it, Jenkins?"), []);
    assert.deepEqual(names("thanks, Mum!"), []);
    assert.deepEqual(names("which do you prefer, Lisbon?"), []);
  });

  it("a mail opened by a greeting is signed by the name alone on a line after a blank line, contacts after it", () => {
    assert.deepEqual(names("Hi Florencia,\n\nattached is my doctor's note.\n\nMaricel"), [
      "Maricel",
      "Florencia",
    ]);
    assert.deepEqual(
      names("Hello,\nI was charged twice. Please refund.\n\nAled Ashdown\naashdown@yahoo.es"),
      ["Aled Ashdown"],
    );
    assert.deepEqual(names("Hallo,\n\nanbei die Unterlagen.\n\nGrüße\n\nLudger Oltmanns"), [
      "Ludger Oltmanns",
    ]);
    assert.deepEqual(names("Hi all,\n\nthe release is out.\n\nRelease Notes"), []);
    assert.deepEqual(names("Hi team,\n\nsee below.\n\nCheers"), []);
  });

  it("the employee column of a payroll in French or Dutch holds people once the lists know one of them", () => {
    assert.deepEqual(names("Salarié\tBrut\tNet\nBram Mulder\t6353,45\t4014,31\nAled Ashdown\t4714,33\t2"), [
      "Bram Mulder",
      "Aled Ashdown",
    ]);
    assert.deepEqual(names("Medewerker;Bruto\nAnna de Vries;4200\nStoel Bureau;12"), ["Anna de Vries"]);
  });
});

describe("person names, round fifteen: colleagues named in lower-case chat", () => {
  it("a lower-case @mention of a listed given name, and one opening a clause before its verb, are people", () => {
    assert.deepEqual(names("@emre can you approve CRM-8182? thibault is waiting on it"), [
      "emre",
      "thibault",
    ]);
    assert.deepEqual(names("bram and pierluigi are both out thu, push the review to fri?"), [
      "bram",
      "pierluigi",
    ]);
  });

  it("a word no list holds before the department it is from is a colleague's surname", () => {
    assert.deepEqual(names("ok so oltmanns from legal says no"), ["oltmanns"]);
    assert.deepEqual(names("esposito from finance approved it"), ["esposito"]);
  });

  it("groups, tools, words and months typed the same way are no one", () => {
    assert.deepEqual(names("@here can you approve"), []);
    assert.deepEqual(names("@channel deploy is done"), []);
    assert.deepEqual(names("the email from legal says no"), []);
    assert.deepEqual(names("ok so nothing from legal"), []);
    assert.deepEqual(names("may is busy, summer is coming"), []);
    assert.deepEqual(names("see, jenkins is down"), []);
    assert.deepEqual(names("bill is paid"), []);
  });
});

describe("person names, round fifteen: a person and the pay they get", () => {
  it("a name no list calls a word before a verb of getting pay and a sum is a person, in several languages", () => {
    assert.deepEqual(names("did you see Keiko is getting $91,800 more after the calibration?"), ["Keiko"]);
    assert.deepEqual(names("Jonas bekommt 4.200 € brutto ab Januar"), ["Jonas"]);
    assert.deepEqual(names("Léa touche 3 200 € par mois"), ["Léa"]);
    assert.deepEqual(names("Donnacha gets 95k base"), ["Donnacha"]);
  });

  it("firms, towns, relatives and versions that get money or fixes are not people", () => {
    assert.deepEqual(names("Apple is getting $2bn"), []);
    assert.deepEqual(names("Spotify makes $3 per user"), []);
    assert.deepEqual(names("Mum gets €50"), []);
    assert.deepEqual(names("Version 2 gets 3 fixes"), []);
  });
});

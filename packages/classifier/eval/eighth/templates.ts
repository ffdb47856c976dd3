import type { Topic } from "../items.ts";
import {
  type Channel,
  type Composed,
  type Draft,
  type Family,
  L,
  type Place,
  type Template,
  t,
} from "../templates.ts";
import * as r from "./values.ts";

/**
 * The eighth corpus, written apart for a held-out part after round seven.
 *
 * Seed 20261211 (`eighthSeed` in corpus.ts); 2,970 items in 13 families: names
 * 240, addresses 220, passports and travel documents 200, national ids 240,
 * phones and emails 240, IPs 200, payment details 260, secrets 300, password
 * fields 150, health 220, HR 220, personal life 220, prompts 260. About a
 * quarter of each family is hard negatives (dealApart draws them with chance
 * 0.25 from the family's negative templates).
 *
 * Random source: SFC32 (values.ts), warmed up fifteen rounds from the seed,
 * with no data package at all: every given name, surname, street, town,
 * postcode shape and number scheme is typed by hand, for US, GB, IE, DE, AT,
 * CH, FR, BE, NL, ES, PT, IT, PL, CZ, SE, DK, NO, FI, CA, AU, NZ, JP, IN, BR,
 * MX and ZA. National ids carry valid check digits (SSN rules, NINO prefixes,
 * PPS mod 23, BSN eleven-test, Belgian mod 97, CPR and fødselsnummer mod 11,
 * HETU mod 31, personnummer Luhn, PESEL, rodné číslo mod 11, NIF, Cartão de
 * Cidadão, CPF, CURP, Aadhaar Verhoeff, South African Luhn, My Number, SIN,
 * TFN, DNI/NIE, NIR, codice fiscale); cards pass Luhn, IBANs mod 97, ABA
 * routing numbers their 3-7-1 checksum; passports' machine-readable zones
 * carry valid check digits. Names come in Greek, Cyrillic, Hebrew, Japanese,
 * Korean, Devanagari, Thai, Chinese and Arabic scripts too.
 *
 * Hard negatives: companies, products, places and pets named like people,
 * fictional and historical people, word names used as words ("Grace period",
 * "Will do", "Mark as read"); booking references, flight, ticket, order,
 * invoice, tracking, SKU, build and version numbers, ISBNs, timestamps with
 * comma milliseconds, coordinates; OIDs and four-part versions shaped like
 * IPs; cards failing Luhn, masked cards, documented test cards and example
 * IBANs; placeholders, documentation keys, env-var and settings references,
 * public keys, hashes, UUIDs, paging cursors; figurative disease words and
 * clinical-software engineering talk; HR words in engineering talk and
 * neutral HR-system pages; work talk in personal messengers; questions typed
 * into search engines.
 *
 * Labelling calls someone could disagree with: a given name alone is a name
 * when it refers to a person ("thanks, Hope"); a LinkedIn slug in a URL labels
 * its name part; an MRZ labels the holder's name in line one and the passport
 * number in line two; an EU id card number typed into a flight check-in is
 * labelled passport; private addresses and IPv6 are ip; a sort code, BSB,
 * Canadian transit, IFSC and BLZ are routing-number; a PIN, WiFi password and
 * recovery code are secrets; a password typed into a password field carries
 * no span (the field is prohibited whole); health, pay or life news about
 * oneself to a friend in a chat app carries prompt beside health or hr, but
 * an HR person's or manager's message about an employee is hr only, and a
 * sick-day or appointment note to one's team or manager is health only (its
 * purpose is work); a fit note or Krankmeldung to HR is health and hr; text
 * sent to Copilot, Perplexity or Le Chat is given "prompt" here; every item
 * lists every identifier it holds, whatever its family.
 */

// ---------------------------------------------------------------- helpers

const pos = (name: string, make: () => Draft): Template => ({ name, make });
const neg = (name: string, make: () => Draft): Template => ({ name, negative: true, make });
const draft = (place: Place, channel: Channel, body: Composed, topics?: Topic[]): Draft =>
  topics === undefined ? { place, channel, body } : { place, channel, body, topics };
const pick = r.pick;
const chance = r.chance;
const int = r.int;

// ---------------------------------------------------------------- places

const browserApps = ["Google Chrome", "Firefox", "Safari", "Microsoft Edge", "Arc", "Brave Browser", "Opera"];
const web = (title: string, url?: string): Place => ({
  app: pick(browserApps),
  title: `${title} — ${pick(["Google Chrome", "Mozilla Firefox", "Arc", "Microsoft Edge"])}`,
  ...(url === undefined ? {} : { url }),
});
const mail = (
  subject = pick(["Inbox", "Re: quick question", "Fwd: documents", "Draft", "New message"]),
): Place =>
  pick([
    { app: "Microsoft Outlook", title: `${subject} - Outlook` },
    { app: "Mail", title: subject },
    { app: "Thunderbird", title: `Write: ${subject} - Thunderbird` },
    {
      app: pick(browserApps),
      title: `${subject} - Gmail`,
      url: `https://mail.google.com/mail/u/0/#inbox?compose=${r.chars(r.ALNUM, 16)}`,
    },
    { app: pick(browserApps), title: `Mail - ${subject} - Outlook`, url: "https://outlook.office.com/mail/" },
  ]);
const workChat = (): Place =>
  pick([
    {
      app: "Slack",
      title: `${pick(["#ops", "#team-payments", "#help-it", "#eng-infra", "#marketing", "#people-leads", "#support-tier2"])} - Northwind - Slack`,
    },
    {
      app: "Microsoft Teams",
      title: `${pick(["Platform", "Finance", "Customer Success"])} | General | Microsoft Teams`,
    },
    { app: "Google Chat", title: `${pick(["Space: Launch", "Space: Backend"])} - Google Chat` },
    { app: "Mattermost", title: `${pick(["dev-ops", "town-square"])} - Mattermost` },
    { app: "Zoom", title: "Zoom Meeting - Chat" },
    { app: "Webex", title: "Webex Meetings - Chat" },
    { app: "Discord", title: `#${pick(["general", "backend", "standup"])} | Devs - Discord` },
  ]);
const workDm = (name: string): Place =>
  pick([
    { app: "Slack", title: `${name} (DM) - Northwind - Slack` },
    { app: "Microsoft Teams", title: `Chat | ${name} | Microsoft Teams` },
    { app: "Google Chat", title: `${name} - Google Chat` },
    { app: "Mattermost", title: `${name} - Mattermost` },
  ]);
const messenger = (name = r.givenName()): Place =>
  pick([
    { app: "WhatsApp", title: `WhatsApp - ${name}` },
    { app: pick(browserApps), title: "WhatsApp", url: "https://web.whatsapp.com/" },
    { app: "Signal", title: `Signal - ${name}` },
    { app: "Telegram", title: `${name} – Telegram` },
    { app: "Messages", title: name },
    { app: "Messenger", title: `${name} | Messenger` },
    { app: "Viber", title: `Viber - ${name}` },
    { app: "LINE", title: `LINE - ${name}` },
  ]);
const ide = (
  file = pick(["config.ts", "settings.py", "main.go", "docker-compose.yml", ".env.example", "README.md"]),
): Place =>
  pick([
    { app: "Code", title: `${file} — api-server — Visual Studio Code` },
    { app: "Cursor", title: `${file} — billing-service — Cursor` },
    { app: "IntelliJ IDEA", title: `platform – ${file}` },
    { app: "PyCharm", title: `etl – ${file}` },
  ]);
const terminal = (): Place =>
  pick([
    { app: "iTerm2", title: `${pick(["zsh", "bash", "ssh deploy@bastion"])} — 120×40` },
    { app: "Terminal", title: "bash — 80×24" },
    { app: "Windows Terminal", title: "PowerShell" },
    { app: "Warp", title: "Warp" },
  ]);
const docs = (title = pick(["Notes", "Untitled document", "Meeting notes", "Onboarding checklist"])): Place =>
  pick([
    { app: "Notion", title: `${title} - Notion` },
    { app: "Microsoft Word", title: `${title}.docx - Word` },
    {
      app: pick(browserApps),
      title: `${title} - Google Docs`,
      url: `https://docs.google.com/document/d/${r.chars(r.ALNUM, 32)}/edit`,
    },
    { app: "Notes", title },
    { app: "Obsidian", title: `${title} - vault - Obsidian` },
  ]);
const sheet = (title = pick(["Team roster", "Q3 planning", "Contacts", "Expenses"])): Place =>
  pick([
    { app: "Microsoft Excel", title: `${title}.xlsx - Excel` },
    {
      app: pick(browserApps),
      title: `${title} - Google Sheets`,
      url: `https://docs.google.com/spreadsheets/d/${r.chars(r.ALNUM, 32)}/edit`,
    },
    { app: "Numbers", title: `${title}.numbers` },
  ]);
const hrApp = (page: string): Place => {
  const [title, url] = pick([
    [`${page} - Workday`, `https://wd3.myworkday.com/northwind/d/task/${r.digits(4)}$${r.digits(5)}.htmld`],
    [
      `${page} | BambooHR`,
      `https://northwind.bamboohr.com/employees/${pick(["employee.php?id=", "pto/?id="])}${r.digits(3)}`,
    ],
    [`${page} - Personio`, `https://northwind.app.personio.com/staff/details/${r.digits(7)}`],
    [`${page} | HiBob`, `https://app.hibob.com/employee-profile/${r.digits(19)}`],
    [
      `${page} - SAP SuccessFactors`,
      `https://performancemanager5.successfactors.eu/sf/liveprofile?company=northwind`,
    ],
  ] as const);
  return { app: pick(browserApps), title, url };
};
const healthPortal = (page: string): Place => {
  const [title, url] = pick([
    [`MyChart - ${page}`, "https://mychart.stlukes-health.org/MyChart/app/test-results"],
    [`${page} - NHS App`, "https://www.nhsapp.service.nhs.uk/appointments/gp-appointments"],
    [`${page} | Doctolib`, "https://www.doctolib.fr/compte/rendez-vous"],
    [`${page} | Zocdoc`, "https://www.zocdoc.com/patient/appointments"],
    [`${page} - Patient Access`, "https://app.patientaccess.com/medical-record/test-results"],
    [`${page} – Kry`, "https://www.kry.se/app/"],
    [`${page} - Doctoralia`, "https://www.doctoralia.es/mi-cuenta/citas"],
  ] as const);
  return { app: pick(browserApps), title, url };
};
/** An AI assistant; text typed to it is a prompt whichever app it lives in. */
const assistant = (): Place =>
  pick([
    { app: "ChatGPT", title: "ChatGPT" },
    { app: pick(browserApps), title: "ChatGPT", url: `https://chatgpt.com/c/${r.uuid()}` },
    { app: "Claude", title: "Claude" },
    { app: pick(browserApps), title: "Claude", url: `https://claude.ai/chat/${r.uuid()}` },
    { app: pick(browserApps), title: "Gemini", url: `https://gemini.google.com/app/${r.chars(r.HEX, 16)}` },
    { app: "Microsoft Copilot", title: "Copilot" },
    { app: pick(browserApps), title: "Perplexity", url: "https://www.perplexity.ai/" },
    { app: pick(browserApps), title: "Le Chat - Mistral AI", url: "https://chat.mistral.ai/chat" },
  ]);
const search = (query: string): Place => {
  const q = encodeURIComponent(query).replace(/%20/g, "+");
  const [title, url] = pick([
    [`${query} - Google Search`, `https://www.google.com/search?q=${q}`],
    [`${query} - Search`, `https://www.bing.com/search?q=${q}`],
    [`${query} at DuckDuckGo`, `https://duckduckgo.com/?q=${q}`],
    [`${query} - Ecosia`, `https://www.ecosia.org/search?q=${q}`],
    [`${query} - Brave Search`, `https://search.brave.com/search?q=${q}`],
  ] as const);
  return { app: pick(browserApps), title, url };
};
/** Wraps a composed text in a lead and a tail, moving its labels along. */
const around = (lead: string, body: Composed, tail: string): Composed => ({
  text: `${lead}${body.text}${tail}`,
  labels: body.labels.map((label) => ({
    ...label,
    start: label.start + lead.length,
    end: label.end + lead.length,
  })),
});
/** How people open and close a chat message; emoji and fillers travel across languages. */
const chatty = (body: Composed): Composed =>
  around(
    pick(["", "", "", "ok so ", "btw ", "omg ", "ugh ", "hey, "]),
    body,
    pick(["", "", "", " x", " 😔", "...", " 🙈", " !!", " lol"]),
  );

/** The assistant's channel: mostly its prompt box, sometimes typed or pasted. */
const toAssistant = (body: Composed, extra: Topic[] = []): Draft =>
  draft(
    assistant(),
    pick<Channel>(["prompt", "prompt", "typed", "clipboard"]),
    around(
      pick(["", "", "", "pls ", "Quick one: ", "Hi! "]),
      body,
      pick(["", "", "", " 🙏", " Keep it short.", " thx", "\n\nbullet points please"]),
    ),
    ["prompt", ...extra],
  );

const textChannel = (): Channel => pick<Channel>(["typed", "typed", "keys", "clipboard", "screen"]);

// ---------------------------------------------------------------- names

const greeting = () =>
  pick(["Hi", "Hey", "Hello", "Dear", "Morning", "Hallo", "Bonjour", "Hola", "Ciao", "Hej", "Cześć", "Olá"]);

const names: Template[] = [
  pos("email greeting and sign-off", () => {
    const to = r.givenName();
    const from = r.fullName();
    return draft(
      mail(),
      pick<Channel>(["typed", "screen"]),
      t`${greeting()} ${L("name", to)},\n\nthe draft looks good to me, just two small comments on page 3.\n\nBest,\n${L("name", from)}`,
    );
  }),
  pos("meeting with a colleague", () => {
    const who = r.fullName();
    return draft(
      docs(),
      textChannel(),
      t`${pick(["1:1 with", "Catch-up with", "Call with", "Interview with", "Lunch with"])} ${L("name", who)} ${pick(["moved to Thursday", "— notes below", "at 14:30", "tomorrow, room 4B"])}`,
    );
  }),
  pos("given name alone in chat", () => {
    const who = r.givenName();
    return draft(
      workChat(),
      pick<Channel>(["typed", "keys"]),
      t`${pick(["can you ask", "cc", "looping in", "thanks", "waiting on", "I'll sync with"])} ${L("name", who)} ${pick(["about the rollout", "— she has the numbers", "on this", "before we merge", "for sign-off"])}`,
    );
  }),
  pos("word name referring to a person", () => {
    const who = pick([
      "Hope",
      "Grace",
      "Will",
      "Bill",
      "Mark",
      "Rose",
      "Faith",
      "Summer",
      "Sky",
      "Joy",
      "Dawn",
      "Hunter",
      "Chase",
    ]);
    return draft(
      workChat(),
      pick<Channel>(["typed", "keys"]),
      t`${pick(["Thanks", "Sorry", "Congrats", "Welcome aboard", "Good catch"])}, ${L("name", who)}${pick(["!", " :)", ", appreciated", " 🙌"])}`,
    );
  }),
  pos("teams chat title", () => {
    const who = r.fullName();
    return draft(
      workDm(who),
      "title",
      t`${pick(["Chat | ", ""])}${L("name", who)}${pick([" | Microsoft Teams", " (DM) - Northwind - Slack", " - Google Chat", " – Zoom"])}`,
    );
  }),
  pos("messenger title", () => {
    const who = r.fullName();
    return draft(
      { app: "WhatsApp", title: "" },
      "title",
      t`${pick(["WhatsApp - ", "Signal - ", "", ""])}${L("name", who)}${pick(["", " – Telegram", " | Messenger"])}`,
    );
  }),
  pos("linkedin profile url", () => {
    const p = r.person();
    const slug = r.ascii(p.name) || p.mailbox.replace(/[._]/g, "-");
    return draft(
      web(`${p.name} | LinkedIn`),
      "url",
      t`https://www.linkedin.com/in/${L("name", slug)}-${r.chars(r.HEX, 8)}/`,
    );
  }),
  pos("calendar invite title", () => {
    const a = r.givenName();
    const b = r.givenName();
    return draft(
      { app: pick(["Calendar", "Microsoft Outlook", "Fantastical"]), title: "" },
      "title",
      t`${L("name", a)} / ${L("name", b)} ${pick(["weekly", "1:1", "sync", "Mentoring"])} - ${pick(["Calendar", "Meeting", "Event"])}`,
    );
  }),
  pos("signature with phone", () => {
    const who = r.fullName();
    const tel = r.phone();
    return draft(
      mail(),
      pick<Channel>(["screen", "clipboard", "typed"]),
      t`${L("name", who)}\n${pick(["Senior Account Manager", "Head of Procurement", "Clinical Research Associate", "Projektleiterin", "Responsable RH"])}\nT: ${L("phone", tel)}`,
    );
  }),
  pos("name in another script", () => {
    const [who] = pick(r.scriptNames);
    return draft(
      messenger(),
      pick<Channel>(["typed", "clipboard", "screen"]),
      t`${pick(["Contact:", "Kontakt:", "連絡先:", "Ответственный:", "संपर्क:", "ผู้ติดต่อ:"])} ${L("name", who)}`,
    );
  }),
  pos("German intro", () => {
    const who = r.fullName();
    return draft(
      mail("Vorstellung"),
      "typed",
      t`Liebe Kolleginnen und Kollegen, ab Montag verstärkt ${L("name", who)} unser Team im Einkauf.`,
    );
  }),
  pos("French handover", () => {
    const who = r.fullName();
    return draft(
      mail("Passation"),
      "typed",
      t`Pendant mon absence, merci de contacter ${L("name", who)} pour toute question sur le dossier.`,
    );
  }),
  pos("Spanish reply", () => {
    const who = r.givenName();
    return draft(messenger(), "typed", t`Gracias ${L("name", who)}, te lo paso mañana por la mañana.`);
  }),
  pos("Japanese honorific", () => {
    const [who] = pick(r.scriptNames.filter(([n]) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(n)));
    return draft(
      workChat(),
      pick<Channel>(["typed", "clipboard"]),
      t`${L("name", who)}さん、資料の確認をお願いします。`,
    );
  }),
  pos("reviewer list on screen", () => {
    const a = r.fullName();
    const b = r.fullName();
    return draft(
      web("Pull request #4182 · northwind/api", "https://github.com/northwind/api/pull/4182"),
      "screen",
      t`Reviewers\n${L("name", a)} approved these changes\n${L("name", b)} requested changes`,
    );
  }),
  pos("org chart row", () => {
    const who = r.fullName();
    const mail = r.email(r.person().mailbox, pick(r.workDomains));
    return draft(
      sheet("Team roster"),
      "clipboard",
      t`${L("name", who)}\t${pick(["Engineering", "Finance", "Legal", "Sales"])}\t${L("email", mail)}`,
    );
  }),
  pos("mononym in chat", () => {
    const who = pick(r.mononyms);
    return draft(
      workChat(),
      "typed",
      t`${pick(["Pak ", "Ibu ", ""])}${L("name", who)} will join the vendor call from Jakarta.`,
    );
  }),
  pos("doc shared by", () => {
    const who = r.fullName();
    return draft(
      web("Google Drive", "https://drive.google.com/drive/shared-with-me"),
      "screen",
      t`${L("name", who)} shared a document with you: "Budget FY26 v3"`,
    );
  }),
  neg("company named after people", () => {
    const co = pick(r.companies);
    return draft(
      workChat(),
      textChannel(),
      t`${pick(["Renewal with", "Quote from", "Invoice from", "Ticket raised by", "Call with the"])} ${co} ${pick(["is due Friday", "came in 8% higher", "team at 3pm", "needs PO approval"])}`,
    );
  }),
  neg("word names as words", () => {
    return draft(
      workChat(),
      pick<Channel>(["typed", "keys"]),
      t`${pick(["Will do", "Mark as read", "Hope this helps", "Grace period ends on the 30th", "Rose gold or silver?", "Summer sale starts Monday", "Bill to: same as shipping", "Sky is clear for the launch window", "Faith in the plan, see you at standup", "Joy of Monday deploys", "Dawn patrol on-call again"])}${pick(["", ".", "!", " 👍"])}`,
    );
  }),
  neg("fictional and historical people", () => {
    return draft(
      docs(),
      textChannel(),
      t`${pick(["Book club:", "Reading:", "Quiz answer:", "Slide 4 quote:"])} ${pick(["Sherlock Holmes and the Hound of the Baskervilles", "Ada Lovelace's notes on the Analytical Engine", "Napoleon's retreat from Moscow", "Harry Potter and the Prisoner of Azkaban", "Hamlet, act III", "Frida Kahlo's self-portraits", "Julius Caesar crossing the Rubicon"])}`,
    );
  }),
  neg("products and tools with names", () => {
    return draft(
      ide("Jenkinsfile"),
      textChannel(),
      t`${pick(["Ask Alexa to", "Restart Jenkins after", "Siri couldn't", "Ported the Julia script before", "Ruby gem updated before", "Hey Google,"])} ${pick(["the nightly build", "upgrading plugins", "set the timer", "benchmarking", "bundle install"])}`,
    );
  }),
  neg("pets", () => {
    return draft(
      workChat(),
      "typed",
      t`${pick(["The office dog", "Our cat", "The team hamster", "The shelter puppy"])} ${pick(["Biscuit", "Mochi", "Pickles", "Waffles", "Pepper"])} ${pick(["is back on Fridays", "ate a charger cable", "is the new Slack emoji", "needs a sitter on the rota"])}`,
    );
  }),
  neg("streets and stations", () => {
    return draft(
      workChat(),
      textChannel(),
      t`${pick(["Meet outside", "Offsite is near", "Closed today:", "Taxi to"])} ${pick(["Victoria Station", "King's Cross", "Martin Luther King Jr Blvd", "Rue Victor Hugo", "Karl-Marx-Allee", "Wellington Quay", "Paseo de Gracia"])} ${pick(["at 9", "— bring badges", "by 10:15", ""])}`,
    );
  }),
  neg("names title of a channel", () => {
    return draft(
      workChat(),
      "title",
      t`${pick(["#proj-hermes", "#team-athena", "#release-mercury", "#apollo-migration", "#orion-alerts"])} - Northwind - Slack`,
    );
  }),
  neg("library url", () => {
    return draft(
      web("npm"),
      "url",
      t`https://www.npmjs.com/package/${pick(["jasmine", "mocha", "chai", "sinon", "karma", "winston", "morgan", "jest"])}`,
    );
  }),
];

// ---------------------------------------------------------------- addresses

const addresses: Template[] = [
  pos("delivery address in a form", () => {
    const country = pick(r.countries);
    return draft(
      web(
        "Checkout",
        `https://shop.${pick(["zalando.de", "asos.com", "bol.com", "fnac.com", "amazon.co.uk"])}/checkout/address`,
      ),
      pick<Channel>(["typed", "keys"]),
      t`${L("address", r.address(country))}`,
    );
  }),
  pos("new address to HR", () => {
    return draft(
      mail("Change of address"),
      "typed",
      t`Hi, I've moved — my new address is ${L("address", r.address())}. Could you update payroll? Thanks`,
    );
  }),
  pos("address in a messenger", () => {
    return draft(
      messenger(),
      pick<Channel>(["typed", "keys", "clipboard"]),
      t`${pick(["we're at", "party is at", "send it to", "my new place:", "drop the keys at"])} ${L("address", r.address(pick(["US", "GB", "IE", "AU", "NZ", "CA", "ZA"])))}`,
    );
  }),
  pos("German Anschrift", () => {
    return draft(
      mail("Ummeldung"),
      "typed",
      t`Meine neue Anschrift lautet: ${L("address", r.address(pick(["DE", "AT", "CH"])))}`,
    );
  }),
  pos("French adresse", () => {
    return draft(
      docs(),
      textChannel(),
      t`Adresse de livraison : ${L("address", r.address(pick(["FR", "BE", "CH"])))}`,
    );
  }),
  pos("Spanish and Portuguese", () => {
    const c = pick(["ES", "PT", "BR", "MX"] as const);
    return draft(
      messenger(),
      "typed",
      t`${c === "ES" || c === "MX" ? "Mi dirección es" : "A minha morada é"} ${L("address", r.address(c))}`,
    );
  }),
  pos("Nordic and Dutch", () => {
    const c = pick(["SE", "DK", "NO", "FI", "NL"] as const);
    const lead = { SE: "Adress:", DK: "Adresse:", NO: "Adresse:", FI: "Osoite:", NL: "Adres:" }[c];
    return draft(
      web("Profil", "https://www.example-webshop.se/konto/profil"),
      textChannel(),
      t`${lead} ${L("address", r.address(c))}`,
    );
  }),
  pos("Polish and Czech", () => {
    const c = pick(["PL", "CZ"] as const);
    return draft(
      mail(),
      "typed",
      t`${c === "PL" ? "Proszę o wysyłkę na adres:" : "Zasílací adresa:"} ${L("address", r.address(c))}`,
    );
  }),
  pos("Japanese and Indian", () => {
    const c = pick(["JP", "IN"] as const);
    return draft(
      web(
        c === "JP" ? "お届け先" : "Delivery address",
        c === "JP" ? "https://www.amazon.co.jp/gp/buy/addressselect" : "https://www.flipkart.com/checkout",
      ),
      pick<Channel>(["typed", "clipboard", "screen"]),
      t`${c === "JP" ? "お届け先：" : "Deliver to: "}${L("address", r.address(c))}`,
    );
  }),
  pos("Italian and Swiss", () => {
    return draft(
      mail(),
      "typed",
      t`${pick(["Indirizzo di spedizione:", "Il mio indirizzo:", "Recapito:"])} ${L("address", r.address(pick(["IT", "CH"])))}`,
    );
  }),
  pos("address pasted from contacts", () => {
    const who = r.fullName();
    return draft(sheet("Contacts"), "clipboard", t`${L("name", who)}\n${L("address", r.address())}`);
  }),
  pos("ride or food delivery", () => {
    return draft(
      web("Uber", "https://m.uber.com/go/pickup"),
      "screen",
      t`Pickup: ${L("address", r.address(pick(["US", "GB", "AU", "CA", "NL", "FR"])))}`,
    );
  }),
  pos("screen of a shipping label", () => {
    const who = r.fullName();
    return draft(
      { app: "Preview", title: "label-4471.pdf" },
      "screen",
      t`SHIP TO:\n${L("name", who)}\n${L("address", r.address(pick(["US", "CA", "GB", "DE"])))}`,
    );
  }),
  pos("maps url with home address", () => {
    const addr = r.address(pick(["US", "GB", "AU", "NZ", "IE"]));
    const q = addr.replace(/ /g, "+");
    return draft(web("Google Maps"), "url", t`https://www.google.com/maps/dir/${L("address", q)}/Office`);
  }),
  neg("fictional address", () => {
    return draft(
      docs(),
      textChannel(),
      t`${pick(["221B Baker Street is where Holmes lives in the stories", "Sesame Street turns 56 this year", "Privet Drive chapter summary due Friday", "742 Evergreen Terrace trivia night", "31 Spooner Street — the Family Guy episode list"])}`,
    );
  }),
  neg("placeholder address", () => {
    return draft(
      ide("schema.graphql"),
      pick<Channel>(["typed", "clipboard", "screen"]),
      t`${pick(['placeholder="123 Main Street, Anytown"', "// e.g. Street, No., ZIP, City", 'address_line1: "<street and number>"', "Musterstraße 1, 12345 Musterstadt (Beispiel)", "1 Example Road, Sample Town, AB1 2CD"])}`,
    );
  }),
  neg("memory and bind address", () => {
    return draft(
      terminal(),
      pick<Channel>(["screen", "clipboard"]),
      t`${pick(["Error: listen EADDRINUSE: address already in use :::3000", `segfault at 0x${r.chars(r.HEX, 12)} ip 0x${r.chars(r.HEX, 12)}`, "bind: cannot assign requested address", `MAC address ${r.chars("0123456789ABCDEF", 2)}:${r.chars("0123456789ABCDEF", 2)}:XX:XX:XX:XX (redacted)`])}`,
    );
  }),
  neg("roads and routes", () => {
    return draft(
      workChat(),
      "typed",
      t`${pick(["Traffic on the M25 again, running 10 late", "A40 closed, take the bypass", "Roadmap: Main Street release in Q3", "Route 66 themed offsite?", "Take the 14 bus to the office"])}`,
    );
  }),
  neg("street-shaped product names", () => {
    return draft(
      web("Steam"),
      textChannel(),
      t`${pick(["Street Fighter 6 tournament tonight", "Wall Street Journal subscription renewal", "Abbey Road remaster on vinyl", "Coronation Street spoilers!!", "Electric Avenue — 80s playlist"])}`,
    );
  }),
  neg("company office page", () => {
    return draft(
      web("Office locations"),
      "title",
      t`${pick(["Careers — Our offices", "Contact us | Northwind", "Store locator – find a shop near you", "Office hours and locations"])}`,
    );
  }),
  neg("postcode-like numbers", () => {
    return draft(
      workChat(),
      textChannel(),
      t`${pick([`PR ${int(10000, 99999)} merged`, `Order ${int(10000, 99999)} shipped`, `Room ${int(1000, 4999)} booked`, `Build ${int(10000, 99999)} green`])}`,
    );
  }),
];

// ---------------------------------------------------------------- passports and travel documents

const passports: Template[] = [
  pos("passport number in a booking form", () => {
    const c = pick(r.passportCountries);
    return draft(
      web(
        "Passenger details",
        `https://www.${pick(["lufthansa.com", "britishairways.com", "klm.com", "iberia.com", "airfrance.fr", "qantas.com"])}/booking/apis`,
      ),
      pick<Channel>(["typed", "keys"]),
      t`${L("passport", r.passportNumber(c))}`,
    );
  }),
  pos("passport in an email to travel desk", () => {
    const p = r.person();
    return draft(
      mail("Travel booking"),
      "typed",
      t`Hi, for the Singapore trip: ${L("name", p.name)}, passport ${L("passport", r.passportNumber())}, expires ${int(1, 28)}/${int(1, 12)}/20${int(27, 35)}.`,
    );
  }),
  pos("local word for passport", () => {
    const c = pick(r.passportCountries);
    return draft(
      messenger(),
      pick<Channel>(["typed", "clipboard"]),
      t`${r.passportWord[c]} ${pick(["nr", "no.", "n°", "番号", ":", "#"])} ${L("passport", r.passportNumber(c))}`,
    );
  }),
  pos("MRZ on screen", () => {
    const given = pick(["ANNA", "JOAO", "PRIYA", "LUKAS", "MARIE", "KENJI", "SIOBHAN", "OLUWASEUN"]);
    const family = pick(["BERG", "DA SILVA", "SHARMA", "MUELLER", "DUBOIS", "TANAKA", "OBRIEN", "OKAFOR"]);
    const m = r.passportMrz(pick(r.passportCountries), given, family);
    const nameAt = m.line1.indexOf(family.replace(/ /g, "<"));
    const nameEnd = m.line1.replace(/<+$/, "").length;
    return draft(
      { app: "Preview", title: `scan_${r.digits(4)}.pdf` },
      "screen",
      t`${m.line1.slice(0, nameAt)}${L("name", m.line1.slice(nameAt, nameEnd))}${m.line1.slice(nameEnd)}\n${L("passport", m.number)}${m.line2.slice(m.number.length)}`,
    );
  }),
  pos("passport and nationality in HR onboarding", () => {
    return draft(
      hrApp("Identity documents"),
      "screen",
      t`Document type: Passport\nDocument number: ${L("passport", r.passportNumber())}\nIssuing country: ${pick(["India", "Brazil", "Mexico", "Japan", "South Africa", "Canada"])}`,
    );
  }),
  pos("visa application note", () => {
    return draft(
      docs("Visa application"),
      textChannel(),
      t`${pick(["Visa application for", "ESTA for", "eTA for", "Schengen visa for"])} passport ${L("passport", r.passportNumber())} submitted ${pick(["today", "on Monday", "last week"])}`,
    );
  }),
  pos("hotel check-in message", () => {
    return draft(
      messenger(),
      "typed",
      t`${pick(["Passport number for check-in:", "For the hotel form, my passport is", "Número de pasaporte:", "Numero passaporto:"])} ${L("passport", r.passportNumber())}`,
    );
  }),
  pos("ID card used for travel", () => {
    return draft(
      web("Online check-in", "https://www.ryanair.com/gb/en/check-in"),
      pick<Channel>(["typed", "keys"]),
      t`${L("passport", r.passportNumber(pick(["DE", "IT", "ES", "NL", "PL"])))}`,
    );
  }),
  pos("travel docs spreadsheet", () => {
    const who = r.fullName();
    return draft(
      sheet("Offsite travel"),
      "clipboard",
      t`${L("name", who)}\t${pick(["GBR", "USA", "IND", "BRA", "JPN", "DEU"])}\t${L("passport", r.passportNumber())}\t20${int(27, 35)}-${String(int(1, 12)).padStart(2, "0")}-15`,
    );
  }),
  pos("passport renewal in German", () => {
    return draft(
      mail("Reisepass"),
      "typed",
      t`Mein alter Reisepass (Nr. ${L("passport", r.passportNumber("DE"))}) läuft im März ab, der neue ist beantragt.`,
    );
  }),
  pos("frequent traveller profile", () => {
    return draft(
      web("Traveller profile - Navan", "https://app.navan.com/app/user/travel-profile"),
      "screen",
      t`Passport • ${pick(["United States", "United Kingdom", "Ireland", "Australia"])}\nNumber ${L("passport", r.passportNumber(pick(["US", "GB", "IE", "AU"])))}`,
    );
  }),
  neg("booking reference", () => {
    return draft(
      mail("Your booking confirmation"),
      textChannel(),
      t`Booking reference ${r.chars("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6)} — flight ${pick(["LH", "BA", "KL", "AF", "IB", "QF"])} ${int(100, 2999)}, seat ${int(1, 40)}${pick(["A", "C", "D", "F"])}`,
    );
  }),
  neg("e-ticket and baggage tag", () => {
    return draft(
      web("Manage booking"),
      "screen",
      t`E-ticket ${pick(["220", "125", "074", "057"])}-${r.digits(10)}\nBag tag ${pick(["LH", "BA", "KL"])} ${r.digits(6)}`,
    );
  }),
  neg("passport photo and office info", () => {
    return draft(
      search("passport photo size uk"),
      pick<Channel>(["typed", "screen"]),
      t`${pick(["Passport photos must be 35mm x 45mm, taken within the last month", "Passport office opening hours: Mon-Fri 9-5", "How long does a passport renewal take in 2025?", "Check the passport is valid for 6 months after arrival"])}`,
    );
  }),
  neg("passport.js code", () => {
    return draft(
      ide("auth.ts"),
      pick<Channel>(["typed", "clipboard", "screen"]),
      t`${pick(["app.use(passport.initialize());", "passport.use(new GoogleStrategy({ clientID, clientSecret: process.env.GOOGLE_SECRET }));", "import passport from 'passport';", "passport.authenticate('jwt', { session: false })"])}`,
    );
  }),
  neg("visa case and application numbers", () => {
    return draft(
      web("Application status"),
      pick<Channel>(["screen", "typed"]),
      t`${pick(["Application ref", "Case no.", "Appointment ID", "VFS ref"])} ${r.chars("ABCDEFGHJKLMNPQRSTUVWXYZ", 3)}${r.digits(7)} — status: ${pick(["received", "in review", "decision made"])}`,
    );
  }),
  neg("hotel and car confirmation", () => {
    return draft(
      mail("Reservation"),
      textChannel(),
      t`${pick(["Confirmation number", "Rental agreement", "Reservation #"])} ${r.digits(int(8, 10))} · ${pick(["Check-in 15:00", "Pick-up at Terminal 2", "Free cancellation until 18:00"])}`,
    );
  }),
  neg("template fields", () => {
    return draft(
      ide("passenger.schema.json"),
      "clipboard",
      t`${pick(['"passportNumber": { "type": "string", "pattern": "^[A-Z0-9]{6,9}$" }', "Passport No.: ____________", "passport_number VARCHAR(12) NOT NULL", "Enter your passport number as shown on the photo page"])}`,
    );
  }),
];

// ---------------------------------------------------------------- national ids

const idSentence = (scheme: r.IdScheme, id: string): Composed => {
  const word = pick(r.idLabel[scheme]);
  return pick([
    t`${word}: ${L("national-id", id)}`,
    t`my ${word} is ${L("national-id", id)}`,
    t`${word} ${L("national-id", id)}, ${pick(["thanks", "as requested", "please confirm receipt"])}`,
  ]);
};

const nationalIds: Template[] = [
  pos("id with its name in chat", () => {
    const s = pick(r.idSchemes);
    return draft(messenger(), pick<Channel>(["typed", "keys", "clipboard"]), idSentence(s, r.nationalId(s)));
  }),
  pos("id in an email to payroll", () => {
    const s = pick(r.idSchemes);
    return draft(mail("Payroll details"), "typed", idSentence(s, r.nationalId(s)));
  }),
  pos("bare id in an onboarding form", () => {
    const s = pick([
      "US-SSN",
      "GB-NINO",
      "NL-BSN",
      "SE-PNR",
      "PL-PESEL",
      "BR-CPF",
      "CA-SIN",
      "AU-TFN",
      "IE-PPS",
      "DK-CPR",
    ] as const);
    const place = pick([
      hrApp("Onboarding – Personal details"),
      web("Tax details · Deel", "https://app.deel.com/onboarding/tax-details"),
      web("Employee setup · Gusto", "https://app.gusto.com/onboarding/ssn"),
    ]);
    return draft(place, pick<Channel>(["typed", "keys"]), t`${L("national-id", r.nationalId(s))}`);
  }),
  pos("SSN in prose", () => {
    return draft(
      mail("W-4"),
      textChannel(),
      t`${pick(["SSN", "Social Security #", "social"])} ${L("national-id", r.nationalId("US-SSN"))} ${pick(["for the W-4", "— for the benefits enrollment", "(last year's form had a typo)"])}`,
    );
  }),
  pos("NINO to an accountant", () => {
    return draft(
      mail("Self assessment"),
      "typed",
      t`My National Insurance number is ${L("national-id", r.nationalId("GB-NINO"))} and my UTR follows separately.`,
    );
  }),
  pos("Nordic personal number on screen", () => {
    const s = pick(["SE-PNR", "NO-FNR", "DK-CPR", "FI-HETU"] as const);
    return draft(
      web(pick(["Mina sidor – Skatteverket", "Min side - NAV", "borger.dk", "OmaKanta"])),
      "screen",
      t`${pick(r.idLabel[s])}\n${L("national-id", r.nationalId(s))}`,
    );
  }),
  pos("Iberian and Brazilian ids", () => {
    const s = pick(["ES-DNI", "ES-NIE", "PT-NIF", "PT-CC", "BR-CPF"] as const);
    return draft(
      messenger(),
      "typed",
      t`${pick(["Te paso mi", "Aqui vai o meu", "O meu", "Mi"])} ${pick(r.idLabel[s])}: ${L("national-id", r.nationalId(s))}`,
    );
  }),
  pos("Aadhaar and PAN for KYC", () => {
    return draft(
      web("KYC - Zerodha", "https://kyc.zerodha.com/"),
      textChannel(),
      t`Aadhaar ${L("national-id", r.nationalId("IN-AADHAAR"))}, PAN ${L("national-id", r.nationalId("IN-PAN"))}`,
    );
  }),
  pos("CURP in a Mexican form", () => {
    return draft(
      web("Consulta CURP", "https://www.gob.mx/curp/"),
      pick<Channel>(["typed", "keys"]),
      t`${L("national-id", r.nationalId("MX-CURP"))}`,
    );
  }),
  pos("My Number in Japanese", () => {
    return draft(
      mail("マイナンバー提出"),
      "typed",
      t`マイナンバー：${L("national-id", r.nationalId("JP-MYNUMBER"))} です。よろしくお願いします。`,
    );
  }),
  pos("South African ID", () => {
    return draft(
      messenger(),
      "typed",
      t`ID number for the lease: ${L("national-id", r.nationalId("ZA-ID"))}`,
    );
  }),
  pos("Belgian and Dutch numbers", () => {
    const s = pick(["BE-NN", "NL-BSN"] as const);
    return draft(
      mail(),
      "typed",
      t`${s === "BE-NN" ? "Mijn rijksregisternummer is" : "Mijn BSN is"} ${L("national-id", r.nationalId(s))}.`,
    );
  }),
  pos("PESEL and rodné číslo", () => {
    const s = pick(["PL-PESEL", "CZ-RC"] as const);
    return draft(
      docs(),
      textChannel(),
      t`${s === "PL-PESEL" ? "PESEL pracownika:" : "Rodné číslo:"} ${L("national-id", r.nationalId(s))}`,
    );
  }),
  pos("French NIR and Italian CF", () => {
    const s = pick(["FR-NIR", "IT-CF"] as const);
    return draft(
      mail(),
      "typed",
      t`${s === "FR-NIR" ? "Mon numéro de sécurité sociale :" : "Il mio codice fiscale è"} ${L("national-id", r.nationalId(s))}`,
    );
  }),
  pos("SIN and TFN", () => {
    const s = pick(["CA-SIN", "AU-TFN"] as const);
    return draft(
      web(s === "CA-SIN" ? "My Account - CRA" : "ATO online services"),
      textChannel(),
      t`${s === "CA-SIN" ? "SIN" : "TFN"} ${L("national-id", r.nationalId(s))}`,
    );
  }),
  pos("spreadsheet of employees", () => {
    const s = pick(r.idSchemes);
    return draft(
      sheet("New starters"),
      "clipboard",
      t`${L("name", r.fullName())}\t${L("national-id", r.nationalId(s))}\t${pick(["Full-time", "Part-time"])}`,
    );
  }),
  neg("order and invoice numbers", () => {
    return draft(
      mail("Your order"),
      textChannel(),
      t`${pick(["Order", "Invoice", "Shipment", "Return"])} ${pick(["#", "no. ", "Nr. "])}${r.digits(pick([9, 10, 11]))} ${pick(["has shipped", "is overdue", "was refunded", "is ready for pickup"])}`,
    );
  }),
  neg("tracking numbers", () => {
    return draft(
      web("Track your parcel"),
      pick<Channel>(["typed", "screen", "clipboard"]),
      t`${pick([`1Z${r.chars("0123456789ABCDEFGHJKLMNPRSTVWXYZ", 16)}`, `JD${r.digits(16)}`, `${r.digits(12)} (FedEx)`, `CZ${r.digits(9)}DE`])}`,
    );
  }),
  neg("timestamps and build numbers", () => {
    return draft(
      terminal(),
      "screen",
      t`${pick([`build ${r.digits(11)} finished in ${int(40, 900)}s`, `epoch ${1700000000 + int(0, 99999999)}`, `job ${r.digits(10)} exited 0`, `${r.isoTime()} INFO request_id=${r.digits(12)}`])}`,
    );
  }),
  neg("ISBN and SKU", () => {
    return draft(
      web("Bookshop"),
      textChannel(),
      t`${pick([`ISBN ${r.isbn13()}`, `SKU ${r.chars(r.UPPER, 3)}-${r.digits(6)}-${r.digits(2)}`, `EAN ${r.digits(13)}`, `Art.-Nr. ${r.digits(8)}`])}`,
    );
  }),
  neg("placeholder ids in docs", () => {
    return draft(
      ide("validators.ts"),
      pick<Channel>(["clipboard", "screen", "typed"]),
      t`${pick(["// SSN format: XXX-XX-XXXX", "ssn: z.string().regex(/^\\d{3}-\\d{2}-\\d{4}$/)", "NINO must match QQ123456C (example from HMRC docs)", "bsn: '000000000', // placeholder", "Enter your 11-digit PESEL (e.g. 00000000000)"])}`,
    );
  }),
  neg("phone and bank number look-alikes in tickets", () => {
    return draft(
      web("Jira"),
      pick<Channel>(["title", "screen"]),
      t`${pick(["INC", "SUP", "OPS", "HR-IT"])}-${int(1000, 99999)} ${pick(["Laptop replacement", "VPN not connecting", "Printer on floor 3", "Access request: Grafana"])} - Jira`,
    );
  }),
  neg("coordinates", () => {
    return draft(
      web("Map"),
      textChannel(),
      t`${(int(-8000, 8000) / 100).toFixed(5)}, ${(int(-17000, 17000) / 100).toFixed(5)}`,
    );
  }),
];

// ---------------------------------------------------------------- phones and emails

const phonesAndEmails: Template[] = [
  pos("phone in national format in chat", () => {
    const c = pick(r.countries);
    return draft(
      messenger(),
      pick<Channel>(["typed", "keys"]),
      t`${pick(["call me on", "my number:", "text me at", "new number ->", "reach me at"])} ${L("phone", r.phone(c, false))}`,
    );
  }),
  pos("international phone in signature", () => {
    const who = r.fullName();
    return draft(
      mail(),
      pick<Channel>(["screen", "typed"]),
      t`${L("name", who)} | ${pick(["Mobile", "Mob.", "Tel.", "Handy", "Portable", "Móvil"])} ${L("phone", r.phone(pick(r.countries), true))}`,
    );
  }),
  pos("German Handynummer", () => {
    return draft(
      mail("Rückruf"),
      "typed",
      t`Bitte rufen Sie mich unter ${L("phone", r.phone(pick(["DE", "AT", "CH"])))} zurück.`,
    );
  }),
  pos("French portable", () => {
    return draft(messenger(), "typed", t`Mon portable : ${L("phone", r.phone(pick(["FR", "BE", "CH"])))}`);
  }),
  pos("Spanish, Portuguese, Italian", () => {
    const c = pick(["ES", "PT", "IT", "BR", "MX"] as const);
    const lead = {
      ES: "Mi móvil es el",
      PT: "O meu telemóvel é",
      IT: "Il mio cellulare è",
      BR: "Meu celular:",
      MX: "Mi cel:",
    }[c];
    return draft(messenger(), "typed", t`${lead} ${L("phone", r.phone(c))}`);
  }),
  pos("Nordic, Dutch, Polish, Czech", () => {
    const c = pick(["SE", "DK", "NO", "FI", "NL", "PL", "CZ"] as const);
    return draft(workChat(), "typed", t`${pick(["tel", "mob", "nr"])}: ${L("phone", r.phone(c))}`);
  }),
  pos("Japanese, Indian and Oceania", () => {
    const c = pick(["JP", "IN", "AU", "NZ", "ZA"] as const);
    return draft(mail(), textChannel(), t`${c === "JP" ? "携帯：" : "Ph: "}${L("phone", r.phone(c))}`);
  }),
  pos("emergency contact in HR profile", () => {
    const who = r.fullName();
    return draft(
      hrApp("Emergency contacts"),
      "screen",
      t`Emergency contact\n${L("name", who)} (${pick(["spouse", "mother", "partner", "brother"])})\n${L("phone", r.phone())}`,
    );
  }),
  pos("personal email in chat", () => {
    const p = r.person();
    return draft(
      workChat(),
      pick<Channel>(["typed", "keys"]),
      t`${pick(["send it to my personal one:", "use", "fwd to", "my gmail is"])} ${L("email", r.email(p.mailbox, pick(r.personalDomains)))}`,
    );
  }),
  pos("work email in a signup form", () => {
    const p = r.person();
    return draft(
      web(
        "Sign up",
        `https://${pick(["app.hubspot.com", "www.eventbrite.com", "www.meetup.com", "zoom.us"])}/signup`,
      ),
      pick<Channel>(["typed", "keys"]),
      t`${L("email", r.email(p.mailbox))}`,
    );
  }),
  pos("email header on screen", () => {
    const p = r.person();
    const q = r.person();
    return draft(
      mail(),
      "screen",
      t`From: ${L("name", p.name)} <${L("email", r.email(p.mailbox))}>\nTo: ${L("email", r.email(q.mailbox, pick(r.workDomains)))}`,
    );
  }),
  pos("mailto url", () => {
    const p = r.person();
    return draft(
      web("Compose"),
      "url",
      t`mailto:${L("email", r.email(p.mailbox))}?subject=${pick(["Invoice", "Hello", "Follow-up"])}`,
    );
  }),
  pos("whatsapp link", () => {
    const num = r.phone(pick(r.countries), true).replace(/\D/g, "");
    return draft(web("Share on WhatsApp"), "url", t`https://wa.me/${L("phone", num)}?text=hi`);
  }),
  pos("csv of attendees", () => {
    const p = r.person();
    return draft(
      sheet("Attendees"),
      "clipboard",
      t`${L("name", p.name)},${L("email", r.email(p.mailbox))},${L("phone", r.phone())}`,
    );
  }),
  pos("contact card in Japanese script names", () => {
    const [who, box] = pick(r.scriptNames);
    return draft(mail(), "screen", t`${L("name", who)}\n${L("email", r.email(box))}`);
  }),
  neg("timestamps with comma milliseconds", () => {
    return draft(
      terminal(),
      pick<Channel>(["screen", "clipboard"]),
      t`${r.isoTime()} ${pick(["INFO", "WARN", "DEBUG"])} [${pick(["main", "pool-1-thread-3", "kafka-consumer"])}] ${pick(["Processed batch", "Committed offsets", "Rebalance done"])} in ${int(2, 900)} ms`,
    );
  }),
  neg("order and parcel numbers", () => {
    return draft(
      mail("Delivery update"),
      textChannel(),
      t`${pick(["Parcel", "Order", "Case", "Ticket"])} ${r.digits(3)} ${r.digits(3)} ${r.digits(4)} ${pick(["is out for delivery", "was updated", "has been closed"])}`,
    );
  }),
  neg("versions and ISBNs", () => {
    return draft(
      web("Release notes"),
      textChannel(),
      t`${pick([`Chrome ${r.version()}`, `ISBN ${r.isbn13()}`, `firmware ${int(1, 9)}.${int(0, 99)}.${int(100, 999)}-${r.digits(4)}`, `Windows 11 build ${int(22000, 26200)}.${int(1000, 5000)}`])}`,
    );
  }),
  neg("noreply and system addresses", () => {
    return draft(
      mail(),
      pick<Channel>(["screen", "typed"]),
      t`${pick(["From: noreply@github.com", "notifications@slack.com sent you a digest", "Reply to this ticket at support@northwind-logistics.com", "git@github.com:northwind/api.git", "postmaster@localhost rejected the message"])}`,
    );
  }),
  neg("email placeholders", () => {
    return draft(
      ide("signup.test.ts"),
      pick<Channel>(["clipboard", "screen", "typed"]),
      t`${pick(['const email = "user@example.com";', "placeholder: you@company.com", "EMAIL=test@example.org", "jane.doe@example.net (sample data)", "Enter an address like name@domain.tld"])}`,
    );
  }),
  neg("at-signs that are not emails", () => {
    return draft(
      ide("package.json"),
      pick<Channel>(["typed", "clipboard"]),
      t`${pick(['"@types/node": "^20.19.0"', "@media (max-width: 640px)", "@Component({ selector: 'app-root' })", `nginx@sha256:${r.sha(64)}`, "npm i @biomejs/biome@2.6.8"])}`,
    );
  }),
  neg("short codes and amounts", () => {
    return draft(
      workChat(),
      "typed",
      t`${pick([`PO ${r.digits(4)}-${r.digits(4)} approved`, `€${int(1000, 9999)},${r.digits(2)} incl. VAT`, `dial-in code ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}#`, `room capacity ${int(4, 40)}, floor ${int(1, 12)}`])}`,
    );
  }),
];

// ---------------------------------------------------------------- ips

const ips: Template[] = [
  pos("ssh command", () => {
    return draft(
      terminal(),
      pick<Channel>(["keys", "typed"]),
      t`ssh ${pick(["ubuntu", "ec2-user", "deploy", "root"])}@${L("ip", r.ip())}${chance(0.3) ? " -p 2222" : ""}`,
    );
  }),
  pos("access log line", () => {
    return draft(
      terminal(),
      "screen",
      t`${L("ip", r.publicIp())} - - [${int(1, 28)}/Mar/2025:${int(10, 23)}:${int(10, 59)}:${int(10, 59)} +0000] "GET /api/v2/orders HTTP/1.1" 200 ${int(200, 9000)}`,
    );
  }),
  pos("private ip in chat", () => {
    return draft(
      workChat(),
      pick<Channel>(["typed", "keys"]),
      t`${pick(["printer is on", "the NAS is at", "staging box:", "can you whitelist", "pihole runs on"])} ${L("ip", r.privateIp())}`,
    );
  }),
  pos("ip next to a browser name", () => {
    return draft(
      web("Admin - Sessions"),
      "screen",
      t`${pick(["Chrome", "Firefox", "Safari", "Edge"])} ${int(110, 131)} on ${pick(["macOS", "Windows", "Android"])} · ${L("ip", r.publicIp())} · ${pick(["Berlin", "Dublin", "Lisbon", "Austin"])}`,
    );
  }),
  pos("firewall rule", () => {
    return draft(
      ide("main.tf"),
      pick<Channel>(["typed", "clipboard"]),
      t`cidr_blocks = ["${L("ip", r.publicIp())}/32"]`,
    );
  }),
  pos("ipv6 address", () => {
    return draft(terminal(), "screen", t`inet6 ${L("ip", r.ipv6())} prefixlen 64`);
  }),
  pos("login alert", () => {
    return draft(
      mail("New sign-in"),
      "screen",
      t`A new sign-in to your account from ${L("ip", r.publicIp())} (${pick(["Warsaw, PL", "São Paulo, BR", "Osaka, JP", "Leeds, GB"])})`,
    );
  }),
  pos("url with ip host", () => {
    return draft(
      web("Router"),
      "url",
      t`http://${L("ip", r.privateIp())}${pick([":8080/admin", "/login.html", ":3000/", ":9090/graph"])}`,
    );
  }),
  pos("German ticket text", () => {
    return draft(
      web("Ticket"),
      "typed",
      t`Der Server ${L("ip", r.ip())} antwortet seit heute früh nicht mehr.`,
    );
  }),
  pos("curl to a host", () => {
    return draft(
      terminal(),
      "keys",
      t`curl -v http://${L("ip", r.privateIp())}:${pick(["8080", "9200", "5601"])}/health`,
    );
  }),
  pos("vpn config", () => {
    return draft(
      ide("wg0.conf"),
      "clipboard",
      t`[Interface]\nAddress = ${L("ip", r.privateIp())}/24\nDNS = ${L("ip", r.privateIp())}`,
    );
  }),
  pos("ip in spreadsheet of devices", () => {
    return draft(
      sheet("Devices"),
      "clipboard",
      t`${pick(["MBP-", "LAPTOP-", "DESKTOP-"])}${r.chars(r.UPPER, 4)}\t${L("ip", r.privateIp())}\tassigned`,
    );
  }),
  neg("four-part versions", () => {
    return draft(
      web("About"),
      textChannel(),
      t`${pick([`Version ${r.version()} (Official Build) (arm64)`, `Microsoft Edge ${r.version()}`, `Assembly version ${int(1, 9)}.${int(0, 9)}.${int(0, 9)}.${int(0, 9999)}`, `driver ${int(500, 560)}.${int(10, 99)}.${int(1, 9)}.${int(1, 99)}`])}`,
    );
  }),
  neg("OIDs and section numbers", () => {
    return draft(
      docs(),
      textChannel(),
      t`${pick(["OID 1.3.6.1.4.1.311.21.7", `see section ${int(1, 9)}.${int(1, 9)}.${int(1, 9)}.${int(1, 9)} of the spec`, "snmpwalk -v2c -c public 1.3.6.1.2.1.1", `clause ${int(1, 12)}.${int(1, 9)}.${int(1, 9)}.${int(1, 9)} (GDPR annex)`])}`,
    );
  }),
  neg("placeholder addresses", () => {
    return draft(
      ide("README.md"),
      pick<Channel>(["typed", "clipboard", "screen"]),
      t`${pick(["ssh user@<server-ip>", "export HOST=x.x.x.x", "Replace YOUR_IP_HERE in the allowlist", "listen on 0.0.0.0:8080", "bind to :: for dual stack"])}`,
    );
  }),
  neg("dates and prices with dots", () => {
    return draft(
      sheet("Expenses"),
      textChannel(),
      t`${pick([`${int(10, 28)}.${int(10, 12)}.${int(2024, 2026)}`, `€ ${int(1, 9)}.${int(100, 999)}.${int(100, 999)},00`, `v${int(1, 4)}.${int(0, 20)}.${int(0, 30)}-rc.${int(1, 9)}`])}`,
    );
  }),
  neg("semver in lockfile", () => {
    return draft(
      ide("package-lock.json"),
      "screen",
      t`"version": "${int(1, 20)}.${int(0, 40)}.${int(0, 30)}", "resolved": "https://registry.npmjs.org/${pick(["lodash", "zod", "pino", "fastify"])}/-/x.tgz"`,
    );
  }),
  neg("grafana panel title", () => {
    return draft(
      web("Grafana"),
      "title",
      t`${pick(["Node exporter full", "Kafka lag by partition", "p99 latency – api"])} - Dashboards - Grafana`,
    );
  }),
];

// ---------------------------------------------------------------- payment details

const payments: Template[] = [
  pos("card number in a checkout", () => {
    return draft(
      web(
        "Secure checkout",
        `https://checkout.${pick(["stripe.com", "adyen.com", "shopify.com"])}/pay/${r.chars(r.ALNUM, 20)}`,
      ),
      pick<Channel>(["typed", "keys"]),
      t`${L("card", r.cardNumber())}`,
    );
  }),
  pos("card sent in a messenger", () => {
    const n = pick(["visa", "mastercard", "amex"] as const);
    return draft(
      messenger(),
      "typed",
      t`${pick(["use my card", "here's the card for the booking:", "card no"])} ${L("card", r.cardNumber(n))} exp ${r.expiry()} cvc ${r.digits(n === "amex" ? 4 : 3)}`,
    );
  }),
  pos("corporate card to travel desk", () => {
    const n = pick(["visa", "mastercard", "amex", "diners", "jcb", "discover"] as const);
    return draft(
      mail("Corporate card"),
      textChannel(),
      t`${r.networkName[n]} ${L("card", r.cardNumber(n))}, ${pick(["valid until", "exp."])} ${r.expiry()}`,
    );
  }),
  pos("iban in an invoice reply", () => {
    return draft(
      mail("Invoice"),
      "typed",
      t`${pick(["Please pay to", "Bank details: IBAN", "Kindly transfer to"])} ${L("iban", r.iban())}${pick(["", `, BIC ${r.chars(r.UPPER, 6)}XX`])}`,
    );
  }),
  pos("German Bankverbindung", () => {
    return draft(
      mail("Bankverbindung"),
      "typed",
      t`Meine neue Bankverbindung: IBAN ${L("iban", r.iban("DE"))}`,
    );
  }),
  pos("iban in a Romance language", () => {
    const c = pick(["FR", "ES", "IT", "PT", "BE", "LU"]);
    return draft(
      messenger(),
      pick<Channel>(["typed", "clipboard"]),
      t`${pick(["Mon RIB :", "Mi IBAN es", "Il mio IBAN:", "O meu IBAN:"])} ${L("iban", r.iban(c))}`,
    );
  }),
  pos("iban in a Nordic, Dutch or Central European form", () => {
    return draft(
      web("Betalingsgegevens"),
      pick<Channel>(["typed", "keys", "clipboard"]),
      t`${L("iban", r.iban(pick(["NL", "SE", "DK", "NO", "FI", "PL", "CZ", "AT", "CH", "IE", "GB", "BR"])))}`,
    );
  }),
  pos("ABA routing and account", () => {
    return draft(
      hrApp("Direct deposit"),
      pick<Channel>(["typed", "screen"]),
      t`Routing number ${L("routing-number", r.abaRouting())}\nAccount number ${L("bank-account", r.accountNumber("us"))}`,
    );
  }),
  pos("ABA in prose", () => {
    return draft(
      mail("Wire instructions"),
      "typed",
      t`${pick(["ABA", "routing", "RTN"])} ${L("routing-number", r.abaRouting())}, acct ${L("bank-account", r.accountNumber("us"))}, ${pick(["checking", "savings"])}`,
    );
  }),
  pos("UK sort code", () => {
    return draft(
      messenger(),
      "typed",
      t`${pick(["sort code", "SC"])} ${L("routing-number", r.sortCode())} ${pick(["account", "acc", "a/c"])} ${L("bank-account", r.accountNumber("gb"))}`,
    );
  }),
  pos("Australian BSB", () => {
    return draft(
      messenger(),
      "typed",
      t`BSB ${L("routing-number", r.bsb())} acc ${L("bank-account", r.accountNumber("au"))} — for the footy tips kitty`,
    );
  }),
  pos("Canadian transit", () => {
    return draft(
      hrApp("Payment elections"),
      "screen",
      t`Transit / Institution ${L("routing-number", r.canadianTransit())}\nAccount ${L("bank-account", r.accountNumber("ca"))}`,
    );
  }),
  pos("Indian IFSC", () => {
    return draft(
      messenger(),
      "typed",
      t`A/c no ${L("bank-account", r.accountNumber("in"))} IFSC ${L("routing-number", r.ifsc())}`,
    );
  }),
  pos("German BLZ and Kontonummer", () => {
    return draft(
      docs(),
      textChannel(),
      t`BLZ ${L("routing-number", r.blz())}, Kontonummer ${L("bank-account", r.accountNumber("de"))}`,
    );
  }),
  pos("card and iban on screen", () => {
    return draft(
      web("Wallet"),
      "screen",
      t`Card ${L("card", r.cardNumber())}\nPayout account ${L("iban", r.iban())}`,
    );
  }),
  pos("compact iban keyed", () => {
    return draft(
      web("Online banking - New payee"),
      "keys",
      t`${L("iban", r.iban(pick(r.ibanCountries), false))}`,
    );
  }),
  neg("card failing Luhn", () => {
    return draft(
      terminal(),
      pick<Channel>(["screen", "clipboard"]),
      t`${pick(["trace_id", "batch", "correlation", "msg_id"])}=${r.brokenCard().replace(/ /g, "")}`,
    );
  }),
  neg("masked card", () => {
    return draft(
      web("Billing"),
      pick<Channel>(["screen", "typed"]),
      t`${pick(["Visa ending in ", "Mastercard •••• ", "Card **** **** **** ", "Amex xxxx-xxxxxx-x"])}${r.digits(4)}${pick([" expires 04/28", " (default)", ""])}`,
    );
  }),
  neg("documented test cards", () => {
    return draft(
      ide("checkout.spec.ts"),
      pick<Channel>(["typed", "clipboard", "screen"]),
      t`${pick(["cy.get('#card').type('4242 4242 4242 4242')", "// Stripe test card: 4000 0025 0000 3155 (3DS)", "Adyen test Mastercard 5555 3412 4444 1115", "testCard = '4111111111111111' // Visa test number"])}`,
    );
  }),
  neg("documentation example iban", () => {
    return draft(
      docs(),
      pick<Channel>(["clipboard", "typed"]),
      t`${pick(["Example: DE89 3704 0044 0532 0130 00", "e.g. GB82 WEST 1234 5698 7654 32", "IBAN format: CCkk BBBB BBBB XXXX XXXX XX", "iban: 'XX00 0000 0000 0000 0000 00'"])}`,
    );
  }),
  neg("invoice and order totals", () => {
    return draft(
      mail("Invoice"),
      textChannel(),
      t`${pick(["Invoice", "Rechnung", "Facture", "Order"])} ${r.chars(r.UPPER, 2)}-${r.digits(8)} · ${pick(["€", "£", "$"])}${int(10, 9999)}.${r.digits(2)} · due ${int(1, 28)}/${int(1, 12)}`,
    );
  }),
  neg("tracking and GTIN", () => {
    return draft(
      web("Shipment"),
      textChannel(),
      t`${pick([`GTIN ${r.digits(14)}`, `Tracking ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(2)}`, `Serial ${r.chars(r.UPPER, 2)}${r.digits(10)}`])}`,
    );
  }),
  neg("bank words in code", () => {
    return draft(
      ide("payouts.py"),
      pick<Channel>(["typed", "clipboard"]),
      t`${pick(["routing_number = form.cleaned_data['routing_number']", "if not validate_iban(payload.iban): raise InvalidIban()", "account_number: str = Field(min_length=4, max_length=17)", "SORT_CODE_PATTERN = r'^\\d{2}-\\d{2}-\\d{2}$'"])}`,
    );
  }),
  neg("stock tickers and amounts", () => {
    return draft(
      workChat(),
      "typed",
      t`${pick(["ARR up 14% QoQ, 3,120 seats", `ticket price $${int(100, 900)}, budget code ${r.digits(6)}`, `cost centre ${r.digits(4)}-${r.digits(3)}`, `build #${r.digits(9)} deployed`])}`,
    );
  }),
];

// ---------------------------------------------------------------- secrets

const tokenName: Record<r.TokenKind, string> = {
  aws: "AWS_ACCESS_KEY_ID",
  github: "GITHUB_TOKEN",
  "github-fine": "GH_PAT",
  gitlab: "GITLAB_TOKEN",
  slack: "SLACK_BOT_TOKEN",
  "slack-webhook": "SLACK_WEBHOOK_URL",
  discord: "DISCORD_TOKEN",
  telegram: "TELEGRAM_BOT_TOKEN",
  stripe: "STRIPE_SECRET_KEY",
  openai: "OPENAI_API_KEY",
  anthropic: "ANTHROPIC_API_KEY",
  google: "GOOGLE_API_KEY",
  npm: "NPM_TOKEN",
  twilio: "TWILIO_API_KEY",
  sendgrid: "SENDGRID_API_KEY",
  vault: "VAULT_TOKEN",
  datadog: "DD_API_KEY",
  "azure-sas": "AZURE_SAS",
  jwt: "AUTH_TOKEN",
  huggingface: "HF_TOKEN",
};

const secrets: Template[] = [
  pos("token in an env file", () => {
    const k = pick(r.tokenKinds);
    return draft(
      ide(".env"),
      pick<Channel>(["typed", "clipboard", "screen"]),
      t`${tokenName[k]}=${L("secret", r.token(k))}`,
    );
  }),
  pos("token pasted in chat", () => {
    const k = pick(r.tokenKinds);
    return draft(
      workDm(r.fullName()),
      pick<Channel>(["typed", "clipboard"]),
      t`${pick(["here's the token:", "use this one, rotate after", "new key ->", "try with"])} ${L("secret", r.token(k))}`,
    );
  }),
  pos("aws credentials file", () => {
    return draft(
      ide("credentials"),
      pick<Channel>(["clipboard", "screen"]),
      t`[default]\naws_access_key_id = ${L("secret", r.token("aws"))}\naws_secret_access_key = ${L("secret", r.awsSecretKey())}`,
    );
  }),
  pos("npmrc line", () => {
    return draft(
      ide(".npmrc"),
      pick<Channel>(["typed", "clipboard"]),
      t`//registry.npmjs.org/:_authToken=${L("secret", r.token("npm"))}`,
    );
  }),
  pos("connection string", () => {
    const cs = r.connectionString();
    return draft(
      ide("docker-compose.yml"),
      pick<Channel>(["typed", "clipboard", "screen"]),
      t`DATABASE_URL=${cs.before}${L("secret", cs.secret)}${cs.after}`,
    );
  }),
  pos("password flag on the command line", () => {
    const pw = r.password();
    return draft(
      terminal(),
      pick<Channel>(["keys", "typed"]),
      pick([
        t`mysql -u ${pick(r.dbUsers)} -p${L("secret", pw)} -h ${pick(r.hosts)}`,
        t`PGPASSWORD=${L("secret", pw)} psql -h ${pick(r.hosts)} -U ${pick(r.dbUsers)}`,
        t`docker login -u ${pick(["ci-bot", "deploy"])} -p ${L("secret", pw)} registry.northwind.io`,
        t`curl -u admin:${L("secret", pw)} https://jenkins.internal/api/json`,
        t`sshpass -p '${L("secret", pw)}' ssh ops@bastion`,
      ]),
    );
  }),
  pos("user and password pair in chat", () => {
    const pw = r.password();
    return draft(
      pick([workChat(), messenger()]),
      pick<Channel>(["typed", "keys"]),
      pick([
        t`login: ${pick(["admin", "ops", "reception", "guest"])} / ${L("secret", pw)}`,
        t`user ${pick(["svc_report", "kiosk", "demo"])} pass ${L("secret", pw)}`,
        t`Benutzer: ${pick(["praxis", "buero"])} Passwort: ${L("secret", pw)}`,
        t`usuario: ${pick(["recepcion", "admin"])} contraseña: ${L("secret", pw)}`,
        t`identifiant: accueil, mot de passe : ${L("secret", pw)}`,
      ]),
    );
  }),
  pos("temporary password handed over", () => {
    const who = r.givenName();
    return draft(
      workDm(who),
      "typed",
      t`${L("name", who)}, your temporary password is ${L("secret", r.password())} — you'll be asked to change it at first login`,
    );
  }),
  pos("PIN in a message", () => {
    return draft(
      messenger(),
      pick<Channel>(["typed", "keys"]),
      t`${pick(["the PIN is", "door code:", "alarm code is", "PIN für die Karte:", "le code PIN :", "el PIN es"])} ${L("secret", r.pin())}`,
    );
  }),
  pos("WiFi password", () => {
    return draft(
      pick([messenger(), workChat()]),
      "typed",
      t`${pick(["wifi:", "WLAN-Passwort:", "WiFi password is", "mot de passe wifi :", "wachtwoord wifi:"])} ${L("secret", r.wifiPassword())}`,
    );
  }),
  pos("recovery codes", () => {
    const codes = r.recoveryCodes(3);
    return draft(
      docs("Backup codes"),
      pick<Channel>(["clipboard", "screen"]),
      t`Recovery codes:\n${L("secret", codes[0] as string)}\n${L("secret", codes[1] as string)}\n${L("secret", codes[2] as string)}`,
    );
  }),
  pos("JWT in a curl command", () => {
    return draft(
      terminal(),
      pick<Channel>(["clipboard", "typed"]),
      t`curl -H "Authorization: Bearer ${L("secret", r.jwt())}" https://api.northwind.io/v1/me`,
    );
  }),
  pos("private key pasted", () => {
    return draft(workDm(r.fullName()), "clipboard", t`${L("secret", r.privateKeyBlock())}`);
  }),
  pos("slack webhook in code", () => {
    return draft(
      ide("notify.py"),
      pick<Channel>(["typed", "clipboard"]),
      t`WEBHOOK = "${L("secret", r.token("slack-webhook"))}"`,
    );
  }),
  pos("telegram and discord bot tokens", () => {
    const k = pick(["telegram", "discord"] as const);
    return draft(
      ide("bot.js"),
      pick<Channel>(["typed", "clipboard"]),
      t`${k === "telegram" ? "const bot = new Telegraf('" : "client.login('"}${L("secret", r.token(k))}')`,
    );
  }),
  pos("api key in a yaml config", () => {
    const k = pick([
      "openai",
      "anthropic",
      "stripe",
      "sendgrid",
      "datadog",
      "huggingface",
      "google",
    ] as const);
    return draft(
      ide("values.yaml"),
      pick<Channel>(["typed", "clipboard", "screen"]),
      t`${pick(["apiKey", "api_key", "secretKey", "token"])}: "${L("secret", r.token(k))}"`,
    );
  }),
  pos("git remote with a token", () => {
    return draft(
      terminal(),
      "keys",
      t`git remote set-url origin https://oauth2:${L("secret", r.token("gitlab"))}@gitlab.northwind.io/platform/api.git`,
    );
  }),
  pos("passphrase in German", () => {
    return draft(
      messenger(),
      "typed",
      t`Das Passwort für das Familien-Konto ist ${L("secret", r.password())}, bitte nicht weitergeben`,
    );
  }),
  pos("vault token in terminal", () => {
    return draft(terminal(), "keys", t`export VAULT_TOKEN=${L("secret", r.token("vault"))}`);
  }),
  neg("env lookups", () => {
    return draft(
      ide("settings.py"),
      pick<Channel>(["typed", "clipboard", "screen"]),
      t`${pick(["api_key = os.environ['OPENAI_API_KEY']", "const token = process.env.GITHUB_TOKEN ?? '';", `password: $${"{{ secrets.DB_PASSWORD }}"}`, "STRIPE_KEY = settings.STRIPE_SECRET_KEY", "key_file = ~/.ssh/id_ed25519", "export AWS_PROFILE=staging"])}`,
    );
  }),
  neg("placeholders and doc keys", () => {
    return draft(
      ide("README.md"),
      pick<Channel>(["typed", "clipboard", "screen"]),
      t`${pick(["OPENAI_API_KEY=sk-...your-key-here", "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE", "GITHUB_TOKEN=<your-github-token>", "Authorization: Bearer YOUR_TOKEN", "STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx", "password: changeme  # replace before deploy", "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----"])}`,
    );
  }),
  neg("hashes and uuids", () => {
    return draft(
      terminal(),
      pick<Channel>(["screen", "clipboard"]),
      t`${pick([`commit ${r.sha()}`, `sha256:${r.sha(64)}`, `request-id: ${r.uuid()}`, `etag: "${r.sha(32)}"`, `Merge ${r.sha(7)} into ${r.sha(7)}`])}`,
    );
  }),
  neg("public keys", () => {
    return draft(
      ide("authorized_keys"),
      "clipboard",
      t`ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.chars(`${r.ALNUM}+/`, 43)} deploy@ci-runner-${int(1, 9)}`,
    );
  }),
  neg("paging cursors", () => {
    return draft(
      web("API explorer"),
      pick<Channel>(["screen", "clipboard"]),
      t`{"data": [...], "next_cursor": "${r.cursor()}"}`,
    );
  }),
  neg("password talk without a password", () => {
    return draft(
      workChat(),
      "typed",
      t`${pick(["I reset my password, should work now", "password expired again, IT ticket raised", "use the password manager, never chat", "the wifi password is on the fridge note in the kitchen", "rotated the API key, new one is in Vault"])}`,
    );
  }),
  neg("token-shaped ids in urls", () => {
    return draft(
      web("YouTube"),
      "url",
      t`${pick([`https://www.youtube.com/watch?v=${r.chars(`${r.ALNUM}-_`, 11)}`, `https://docs.google.com/document/d/${r.chars(r.ALNUM, 44)}/edit`, `https://www.figma.com/file/${r.chars(r.ALNUM, 22)}/Onboarding`, `https://github.com/northwind/api/commit/${r.sha()}`])}`,
    );
  }),
  neg("sri and integrity", () => {
    return draft(
      ide("index.html"),
      "clipboard",
      t`<script src="https://cdn.jsdelivr.net/npm/chart.js" integrity="sha384-${r.chars(`${r.ALNUM}+/`, 64)}" crossorigin="anonymous"></script>`,
    );
  }),
  neg("kubernetes secret reference", () => {
    return draft(
      ide("deployment.yaml"),
      pick<Channel>(["clipboard", "screen"]),
      t`valueFrom:\n  secretKeyRef:\n    name: ${pick(["db-credentials", "stripe", "smtp"])}\n    key: password`,
    );
  }),
];

// ---------------------------------------------------------------- password fields

const loginPlace = (): Place =>
  pick([
    web("Sign in – Okta", "https://northwind.okta.com/login/login.htm"),
    web("Sign in to your account", "https://login.microsoftonline.com/common/oauth2/v2.0/authorize"),
    web("Sign in - Google Accounts", "https://accounts.google.com/v3/signin/challenge/pwd"),
    web("Log in | Workday", "https://wd3.myworkday.com/northwind/login.htmld"),
    { app: "1Password", title: "1Password" },
    { app: "GlobalProtect", title: "GlobalProtect" },
    { app: "Cisco Secure Client", title: "Cisco Secure Client | vpn.northwind.io" },
    web("Online Banking Login", "https://www.onlinebanking.example-bank.de/login"),
    { app: "Terminal", title: "sudo — bash" },
  ]);

const passwordFields: Template[] = [
  pos("human password", () => draft(loginPlace(), "password", t`${r.password()}`)),
  pos("manager-generated password", () =>
    draft(loginPlace(), "password", t`${r.chars(`${r.ALNUM}!@#$%^&*`, int(16, 28))}`),
  ),
  pos("pin in a password field", () => draft(web("Enter PIN"), "password", t`${r.pin()}`)),
  pos("passphrase", () => draft(loginPlace(), "password", t`${r.password()} ${r.password()}`)),
  pos("short weak password", () =>
    draft(
      loginPlace(),
      "password",
      t`${pick(["letmein", "qwerty", "hunter", "dragon", "monkey"])}${int(1, 999)}`,
    ),
  ),
  pos("password that looks like a word", () =>
    draft(
      loginPlace(),
      "password",
      t`${pick(["Grace", "Summer", "Hope", "Faith", "Rose"])}${int(1980, 2025)}`,
    ),
  ),
  pos("wifi join dialog", () =>
    draft({ app: "System Settings", title: "Wi-Fi" }, "password", t`${r.wifiPassword()}`),
  ),
  pos("sudo password", () =>
    draft({ app: "Terminal", title: "sudo — bash" }, "password", t`${r.password()}`),
  ),
  pos("non-latin password", () =>
    draft(
      loginPlace(),
      "password",
      t`${pick(["пароль", "contraseña", "パスワード", "Straße"])}${int(10, 99)}${pick(["!", "#", ""])}`,
    ),
  ),
  neg("password policy text", () =>
    draft(
      loginPlace(),
      "screen",
      t`${pick(["Your password must be at least 12 characters and include a number.", "The password you entered is incorrect. 2 attempts remaining.", "Passwort vergessen?", "Mot de passe oublié ?", "Password strength: strong"])}`,
    ),
  ),
  neg("search about passwords", () => {
    const q = pick([
      "how to change wifi password",
      "best password manager 2025",
      "outlook password reset not working",
      "1password vs bitwarden",
      "passkeys explained",
    ]);
    return draft(search(q), "typed", t`${q}`);
  }),
  neg("login page titles", () =>
    draft(
      loginPlace(),
      "title",
      t`${pick(["Sign in – Okta", "Reset your password", "Change password - Microsoft account", "Passwords and passkeys — Settings", "1Password – All Items"])}`,
    ),
  ),
  neg("password input markup", () =>
    draft(
      ide("Login.tsx"),
      pick<Channel>(["typed", "clipboard"]),
      t`${pick(['<input type="password" name="password" autoComplete="current-password" />', "passwordPolicy.minLength = 12;", "if (!bcrypt.compareSync(input, user.passwordHash)) return unauthorized();", "const [showPassword, setShowPassword] = useState(false);"])}`,
    ),
  ),
  neg("username field", () =>
    draft(
      loginPlace(),
      pick<Channel>(["typed", "keys"]),
      t`${pick(["NORTHWIND\\svc-print", "admin", "root", "guest"])}`,
    ),
  ),
  neg("reset url without a token", () =>
    draft(
      loginPlace(),
      "url",
      t`${pick(["https://account.live.com/password/reset", "https://northwind.okta.com/signin/forgot-password", "https://accounts.google.com/signin/recovery"])}`,
    ),
  ),
];

// ---------------------------------------------------------------- health

const condition = () =>
  pick([
    "type 2 diabetes",
    "endometriosis",
    "a herniated disc",
    "long COVID",
    "Crohn's",
    "MS",
    "ADHD",
    "PCOS",
    "hypothyroidism",
    "an ACL tear",
    "shingles",
    "migraines with aura",
    "IBS",
    "COPD",
    "gestational diabetes",
    "a kidney stone",
    "atrial fibrillation",
  ]);
const medicine = () =>
  pick([
    "Ozempic",
    "sertraline 50mg",
    "Concerta",
    "Humira",
    "metformin",
    "Eliquis",
    "levothyroxine",
    "Lexapro",
    "prednisolone",
    "Ritalin",
    "Mounjaro",
    "ibuprofen 800",
  ]);
const procedure = () =>
  pick([
    "a colonoscopy",
    "an MRI of my knee",
    "a biopsy",
    "gallbladder surgery",
    "a root canal",
    "an endoscopy",
    "IVF egg retrieval",
    "a C-section",
    "cataract surgery",
    "a mammogram",
    "chemo round 3",
    "physio for my shoulder",
  ]);

const health: Template[] = [
  pos("sick day in work chat", () =>
    draft(
      workChat(),
      pick<Channel>(["typed", "keys"]),
      t`${pick(["Off sick today", "Won't make standup", "Logging off early"])} — ${pick(["fever of 39 since last night", "migraine again, can't look at screens", "stomach bug, sorry", "back went out, doctor says rest"])}`,
      ["health"],
    ),
  ),
  pos("appointment with a clinician", () =>
    draft(
      workChat(),
      "typed",
      t`${pick(["Out 2-4pm for", "Can we move our 1:1? I have", "Leaving at 3 for"])} ${pick(["my oncology follow-up", "a cardiology appointment", "the dermatologist", "my psychiatrist", "an ultrasound at the maternity clinic", "the fertility clinic"])}`,
      ["health"],
    ),
  ),
  pos("procedure to a friend", () =>
    draft(
      messenger(),
      "typed",
      t`${pick(["Had", "Booked in for", "Recovering from"])} ${procedure()} ${pick(["on Thursday", "yesterday", "next week"])}, ${pick(["bit nervous tbh", "all went fine", "can't drive for 2 days"])}`,
      ["health", "prompt"],
    ),
  ),
  pos("condition by abbreviation", () =>
    draft(
      workDm(r.givenName()),
      "typed",
      t`FYI my ${pick(["MS", "RA", "IBD", "PTSD", "ADHD", "T1D"])} ${pick(["is flaring", "meds are changing", "diagnosis came through"])} so I might be slower ${pick(["this week", "for a bit"])}`,
      ["health"],
    ),
  ),
  pos("medicine by brand name", () =>
    draft(
      messenger(),
      pick<Channel>(["typed", "keys"]),
      t`${pick(["Started", "Doctor upped my", "Ran out of", "Pharmacy didn't have"])} ${medicine()} ${pick(["last week", "again", "— side effects are rough", "ugh"])}`,
      ["health", "prompt"],
    ),
  ),
  pos("pregnancy", () =>
    draft(
      workDm(r.givenName()),
      "typed",
      t`${pick(["I'm 14 weeks pregnant", "We're expecting in", "Had my 20-week scan,"])} ${pick(["— wanted you to hear it from me first", "March!", "baby is healthy"])}`,
      ["health"],
    ),
  ),
  pos("remission and results", () =>
    draft(
      messenger(),
      "typed",
      t`${pick(["Scan results are back: still in remission", "Bloods came back, HbA1c is down to 6.1", "PSA is normal again", "Biopsy was benign!!"])} ${pick(["🎉", "—", "so relieved"])}`,
      ["health", "prompt"],
    ),
  ),
  pos("lab results screen", () =>
    draft(
      healthPortal("Test results"),
      "screen",
      t`${pick(["Hemoglobin A1c", "TSH", "Ferritin", "LDL cholesterol", "eGFR"])}\t${int(2, 180)}.${int(0, 9)}\t${pick(["High", "Low", "Normal"])}\nOrdered by Dr. ${L("name", r.surname())}`,
      ["health"],
    ),
  ),
  pos("portal appointment title", () =>
    draft(
      healthPortal("Appointments"),
      "title",
      t`${pick(["Appointment confirmed: Physiotherapy", "Your GP appointment on", "Rendez-vous : Gynécologue"])} ${int(1, 28)}/${int(1, 12)} - ${pick(["NHS App", "Doctolib", "MyChart"])}`,
      ["health"],
    ),
  ),
  pos("sick note to HR", () =>
    draft(
      mail("Fit note"),
      "typed",
      t`Attached is my fit note from the GP — signed off for ${int(1, 4)} weeks with ${condition()}.`,
      ["health", "hr"],
    ),
  ),
  pos("German Krankmeldung", () =>
    draft(
      mail("Krankmeldung"),
      "typed",
      t`Ich bin ab heute krankgeschrieben (${pick(["Bandscheibenvorfall", "Grippe", "Gürtelrose", "Burn-out"])}), die AU reiche ich nach.`,
      ["health", "hr"],
    ),
  ),
  pos("French and Spanish medical", () =>
    draft(
      messenger(),
      "typed",
      t`${pick(["J'ai rendez-vous chez le cardiologue", "Le médecin m'a prescrit des antidépresseurs", "Me operan de la rodilla", "Tengo una infección de orina otra vez"])} ${pick(["demain", "mardi", "el lunes", "esta semana"])}`,
      ["health", "prompt"],
    ),
  ),
  pos("mental health", () =>
    draft(
      workDm(r.givenName()),
      "typed",
      t`${pick(["Honestly I've been having panic attacks", "My therapist thinks I'm close to burnout", "Started antidepressants last month", "Been struggling with insomnia and anxiety"])} ${pick(["— can we talk about workload?", ", just so you know", "", "and wanted to flag it"])}`,
      ["health"],
    ),
  ),
  pos("symptoms to a family member", () =>
    draft(
      messenger(),
      pick<Channel>(["typed", "keys"]),
      t`${pick(["Mum's chest pain is back", "Dad's blood pressure was 170/100 this morning", "The baby has a rash and 38.5 temp", "Grandma fell and they think it's a hip fracture"])}, ${pick(["going to A&E", "calling 111", "GP tomorrow", "keep you posted"])}`,
      ["health", "prompt"],
    ),
  ),
  pos("insurance claim screen", () =>
    draft(
      web("Claims - Bupa", "https://www.bupa.co.uk/myaccount/claims"),
      "screen",
      t`Claim ${r.digits(8)}\nTreatment: ${procedure()}\nDiagnosis: ${condition()}`,
      ["health"],
    ),
  ),
  neg("figurative disease words", () =>
    draft(
      workChat(),
      pick<Channel>(["typed", "keys"]),
      t`${pick(["this spreadsheet is giving me a headache", "the legacy code is cancer, we need to rewrite it", "I'm sick of these flaky tests", "that meeting was painful", "the feature went viral overnight", "we're bleeding customers in EMEA", "the repo is in critical condition lol"])}`,
    ),
  ),
  neg("health check endpoints", () =>
    draft(
      terminal(),
      pick<Channel>(["screen", "keys", "typed"]),
      t`${pick(["GET /healthz 503 — liveness probe failed", "kubectl describe pod api-7f9 | grep -i unhealthy", "heartbeat timeout after 30000ms", "brew doctor", "flutter doctor -v", "kill -9 the zombie process"])}`,
    ),
  ),
  neg("clinical software engineering", () =>
    draft(
      ide("fhir_mapper.py"),
      pick<Channel>(["typed", "clipboard", "screen"]),
      t`${pick(["# map FHIR Observation.valueQuantity to our lab_result table", "CREATE INDEX ON diagnoses (icd10_code);", "PatientResource.schema.json: add 'allergies' array", "test: medication dosage parser handles '2x daily'", "HL7 ADT^A01 message parser drops PID-5"])}`,
    ),
  ),
  neg("fitness and wellness marketing", () =>
    draft(
      web("Newsletter"),
      textChannel(),
      t`${pick(["Wellness Wednesday: free yoga in room 2", "Step challenge leaderboard updated", "Flu jabs available in the office on the 12th — sign up on the intranet", "Mental Health Awareness Week events calendar"])}`,
    ),
  ),
  neg("bug triage severity", () =>
    draft(
      web("Jira"),
      pick<Channel>(["title", "typed"]),
      t`${pick(["P1: checkout dies on Safari", "Memory leak symptoms in worker", "Diagnose flaky CI on arm64", "Post-mortem: auth outage"])}`,
    ),
  ),
  neg("games and media", () =>
    draft(
      messenger(),
      "typed",
      t`${pick(["Plague Inc is on sale", "watching House MD reruns", "Grey's Anatomy season finale tonight?", "Resident Evil 4 remake is so good"])}`,
    ),
  ),
];

// ---------------------------------------------------------------- HR

const hr: Template[] = [
  pos("salary attached to a person", () => {
    const who = r.fullName();
    return draft(
      sheet("Comp review"),
      pick<Channel>(["clipboard", "screen"]),
      t`${L("name", who)}\t${pick(["€", "£", "$"])}${int(45, 180)},${r.digits(3)}\t+${int(2, 12)}%`,
      ["hr"],
    );
  }),
  pos("bonus in a DM", () => {
    const who = r.givenName();
    return draft(
      workDm(r.fullName()),
      "typed",
      t`${L("name", who)}'s bonus ${pick(["is capped at 8% this year", "gets cut to half after the rating", "comes to 12k"])}, don't share`,
      ["hr"],
    );
  }),
  pos("performance rating", () => {
    const who = r.fullName();
    return draft(
      hrApp("Performance review"),
      "screen",
      t`Employee: ${L("name", who)}\nOverall rating: ${int(1, 5)} / 5 — ${pick(["Below expectations", "Meets expectations", "Exceeds"])}`,
      ["hr"],
    );
  }),
  pos("PIP document title", () =>
    draft(
      docs(),
      "title",
      t`${pick(["Performance Improvement Plan", "PIP", "Written warning", "Final written warning"])} - ${L("name", r.fullName())}.docx - Word`,
      ["hr"],
    ),
  ),
  pos("offer letter title", () =>
    draft(
      docs(),
      "title",
      t`${pick(["Offer letter", "Contract of employment", "Settlement agreement", "Termination letter", "Severance terms"])} – ${L("name", r.fullName())}.pdf`,
      ["hr"],
    ),
  ),
  pos("payslip on screen", () =>
    draft(
      hrApp("Payslip"),
      "screen",
      t`Payslip ${pick(["March", "April", "October"])} 2025\nGross pay ${int(2, 9)},${r.digits(3)}.${r.digits(2)}\nTax ${int(400, 2500)}.${r.digits(2)}\nNet pay ${int(1, 6)},${r.digits(3)}.${r.digits(2)}`,
      ["hr"],
    ),
  ),
  pos("termination in chat", () => {
    const who = r.fullName();
    return draft(
      workDm(r.fullName()),
      "typed",
      t`We're letting ${L("name", who)} go on Friday, ${pick(["severance is 3 months", "HR has the paperwork", "please revoke access at 5pm"])}`,
      ["hr"],
    );
  }),
  pos("disability leave", () =>
    draft(
      hrApp("Time off request"),
      pick<Channel>(["typed", "screen"]),
      t`${pick(["Short-term disability leave", "Parental leave", "Bereavement leave", "Medical leave (FMLA)", "Sabbatical"])} from ${int(1, 28)}/${int(1, 12)} for ${int(2, 16)} weeks`,
      ["hr"],
    ),
  ),
  pos("disciplinary hearing", () => {
    const who = r.fullName();
    return draft(
      mail("Disciplinary meeting"),
      "typed",
      t`${L("name", who)} is invited to a disciplinary hearing on ${pick(["Tuesday", "the 14th"])} regarding ${pick(["repeated lateness", "the expense claims", "conduct at the offsite"])}.`,
      ["hr"],
    );
  }),
  pos("own pay to a friend", () =>
    draft(
      messenger(),
      "typed",
      t`${pick(["Got my raise: 58k -> 64k", "They offered me 72k plus 10% bonus", "No bonus this year again", "Put on a PIP today, feeling awful"])}${pick(["!!", "", " 😩"])}`,
      ["hr", "prompt"],
    ),
  ),
  pos("German HR", () =>
    draft(
      mail("Gehaltsanpassung"),
      "typed",
      t`Ihr Gehalt wird ab ${pick(["Januar", "April"])} auf ${int(52, 95)}.${r.digits(3)} € brutto jährlich angepasst.`,
      ["hr"],
    ),
  ),
  pos("French and Spanish HR", () =>
    draft(
      mail(),
      "typed",
      pick([
        t`Votre période d'essai est prolongée ${pick(["de deux mois", "jusqu'au 30 juin"])}.`,
        t`Rupture conventionnelle : indemnité de ${int(4, 40)} ${r.digits(3)} € bruts.`,
        t`Su contrato no será renovado a partir del ${int(1, 28)} de ${pick(["junio", "julio", "enero"])}.`,
        t`Le han concedido una excedencia de ${pick(["seis meses", "un año"])} por cuidado de hijos.`,
      ]),
      ["hr"],
    ),
  ),
  pos("HR system profile", () =>
    draft(
      hrApp("Job & pay"),
      "screen",
      t`${L("name", r.fullName())}\nJob: ${pick(["Senior Engineer", "Account Executive", "Data Analyst"])} · Grade ${pick(["L4", "L5", "P3", "M1"])}\nBase salary ${pick(["$", "€", "£"])}${int(50, 220)},000`,
      ["hr"],
    ),
  ),
  pos("resignation", () =>
    draft(
      mail("Resignation"),
      "typed",
      t`Please accept this as my formal resignation; my last day will be ${int(1, 28)} ${pick(["June", "July", "September"])}.`,
      ["hr"],
    ),
  ),
  pos("interview feedback", () => {
    const who = r.fullName();
    return draft(
      web("Greenhouse"),
      "typed",
      t`${L("name", who)}: ${pick(["strong no hire", "hire, offer at top of band", "on hold pending references"])}`,
      ["hr"],
    );
  }),
  neg("job queue and workers", () =>
    draft(
      terminal(),
      pick<Channel>(["screen", "typed"]),
      t`${pick(["worker termination: SIGTERM received, draining job queue", "retrying failed jobs (attempt 3/5)", "celery worker pool restarted", "kill the stuck worker and requeue"])}`,
    ),
  ),
  neg("performance review of a query", () =>
    draft(
      workChat(),
      "typed",
      t`${pick(["Can someone do a performance review of this query? seq scan on 40M rows", "contract tests are failing on the billing API", "promote the build to production after QA", "fire the event after commit, not before", "let's leave the meeting early and pair instead"])}`,
    ),
  ),
  neg("neutral HR-system pages", () =>
    draft(
      hrApp("Home"),
      "title",
      t`${pick(["Home", "Company holidays 2026", "Org chart", "Benefits overview", "Time off policies", "Learning catalogue"])} - ${pick(["Workday", "BambooHR", "Personio", "HiBob"])}`,
    ),
  ),
  neg("hiring in engineering talk", () =>
    draft(
      ide("hiring.md"),
      textChannel(),
      t`${pick(["onboarding flow for new customers: step 3 copy", "headcount field in the CRM export is a string", "employee_id column is indexed", "the payroll service deploy is green"])}`,
    ),
  ),
  neg("job ads", () =>
    draft(
      web("Careers"),
      "screen",
      t`${pick(["We're hiring: Backend Engineer (Berlin or remote). Salary band €70-90k.", "Open roles: 12 · Teams: Engineering, Design", "Benefits: 30 days holiday, learning budget"])}`,
    ),
  ),
  neg("people-ops generic announcement", () =>
    draft(
      workChat(),
      "typed",
      t`${pick(["Reminder: open enrolment for benefits closes Friday", "Performance cycle kicks off next month, templates on Confluence", "Public holiday on Monday, office closed"])}`,
    ),
  ),
];

// ---------------------------------------------------------------- personal life

const personal: Template[] = [
  pos("relationship news", () =>
    draft(
      messenger(),
      pick<Channel>(["typed", "keys"]),
      chatty(
        t`${pick(["we broke up last night", "he proposed!!!", "we're getting a divorce, it's final", "first date went really well"])}${pick(["", " 😭", " ❤️", " can you call me"])}`,
      ),
      ["prompt"],
    ),
  ),
  pos("family matters in work chat", () =>
    draft(
      workDm(r.givenName()),
      "typed",
      chatty(
        t`${pick(["My dad's moving into a care home this week", "Kids' custody handover is Fridays now", "Our landlord is evicting us", "My sister's wedding is in Goa"])}, ${pick(["so I'll be distracted", "might need Friday off", "sorry for the rant"])}`,
      ),
      ["prompt"],
    ),
  ),
  pos("money worries", () =>
    draft(
      messenger(),
      "typed",
      chatty(
        t`${pick(["can't make rent this month", "overdraft again", "the car loan got declined", "we're behind on the mortgage"])}, ${pick(["could you lend me 200 till payday?", "no idea what to do", "don't tell mum"])}`,
      ),
      ["prompt"],
    ),
  ),
  pos("plans with friends named", () => {
    const who = r.givenName();
    return draft(
      messenger(),
      "typed",
      chatty(
        t`${L("name", who)} ${pick(["is coming to the birthday dinner", "and I are flying to Lisbon", "said she'd babysit Saturday"])}, ${pick(["you in?", "yay", "finally"])}`,
      ),
      ["prompt"],
    );
  }),
  pos("religion and politics", () =>
    draft(
      messenger(),
      "typed",
      chatty(
        t`${pick(["We're fasting for Ramadan so dinner after sunset", "Going to mass with gran on Sunday", "I joined the union and the protest march", "Shabbat dinner at ours Friday"])}`,
      ),
      ["prompt"],
    ),
  ),
  pos("German personal", () =>
    draft(
      messenger(),
      "typed",
      chatty(
        t`${pick(["Wir ziehen zusammen!", "Meine Oma ist gestern gestorben.", "Ich hab mich von Jonas getrennt.", "Wir haben das Haus doch nicht bekommen."])}`,
      ),
      ["prompt"],
    ),
  ),
  pos("French, Spanish, Italian personal", () =>
    draft(
      messenger(),
      "typed",
      chatty(
        t`${pick(["On s'est séparés hier soir", "Mi madre está en el hospital", "Ci sposiamo a settembre!", "Estoy embarazada 🙈", "Je déménage chez ma copine"])}`,
      ),
      ["prompt"],
    ),
  ),
  pos("Dutch, Polish, Portuguese, Swedish", () =>
    draft(
      messenger(),
      "typed",
      chatty(
        t`${pick(["We gaan scheiden", "Zaręczyliśmy się!", "Estamos à procura de casa com o bebé", "Vi ska skiljas, det är bestämt", "Mijn vader is ontslagen"])}`,
      ),
      ["prompt"],
    ),
  ),
  pos("Japanese and Hindi", () =>
    draft(
      pick([messenger(), workChat()]),
      "typed",
      chatty(
        t`${pick(["彼女と別れた…", "来月結婚します！", "मेरी शादी तय हो गई है", "माँ की तबीयत ठीक नहीं है, घर जा रहा हूँ", "Mummy ko hospital le ja rahe hain"])}`,
      ),
      ["prompt"],
    ),
  ),
  pos("dating app", () =>
    draft(
      { app: pick(["Hinge", "Tinder", "Bumble"]), title: pick(["Hinge", "Tinder", "Bumble"]) },
      "typed",
      chatty(
        t`${pick(["haha same, I also just got out of a long relationship", "drinks thursday? I know a place near the canal", "my ex was the worst at texting back"])}`,
      ),
      ["prompt"],
    ),
  ),
  pos("personal email to family", () =>
    draft(
      mail("Christmas"),
      "typed",
      chatty(
        t`${pick(["Dear Mum,", "Hi all,"])} ${pick(["we've decided not to come home for Christmas this year, things are hard with money", "the adoption paperwork finally went through", "I've been meaning to tell you I'm gay"])}`,
      ),
      ["prompt"],
    ),
  ),
  pos("teen trouble", () =>
    draft(
      messenger(),
      "typed",
      chatty(
        t`${pick(["Caught my son vaping again", "School called, she's been skipping", "He got suspended today"])} ${pick(["— not sure how to handle it", ". Help", ""])}`,
      ),
      ["prompt"],
    ),
  ),
  neg("work talk in WhatsApp", () =>
    draft(
      messenger(),
      pick<Channel>(["typed", "keys"]),
      t`${pick(["can you push the hotfix before 5?", "client moved the demo to 10am", "slides are in the shared drive", "pls approve my PR when you can", "standup is cancelled today", "invoice went out this morning"])}`,
    ),
  ),
  neg("work talk in Signal and Telegram", () =>
    draft(
      {
        app: pick(["Signal", "Telegram", "Viber"]),
        title: pick(["Ops on-call", "Release crew", "Field team"]),
      },
      "typed",
      t`${pick(["pager went off, db failover done", "deploying v3.2 now", "prod looks stable", "truck 4 delivered, next stop warehouse B"])}`,
    ),
  ),
  neg("team logistics in work chat", () =>
    draft(
      workChat(),
      "typed",
      t`${pick(["lunch order for the workshop is in", "room 3.14 booked for retro", "who has the HDMI adapter?", "moving the sprint demo to Thursday"])}`,
    ),
  ),
  neg("news and public events", () =>
    draft(
      web("BBC News"),
      textChannel(),
      t`${pick(["Election results live: turnout at 67%", "Royal wedding guest list announced", "Celebrity couple confirm split", "Pope visits Lisbon"])}`,
    ),
  ),
  neg("fiction and TV plot", () =>
    draft(
      messenger(),
      "typed",
      t`${pick(["in the finale they get divorced and she moves to Paris, spoiler", "the book ends with the wedding, so predictable", "Succession season 4 is brutal"])}`,
    ),
  ),
];

// ---------------------------------------------------------------- prompts

const prompts: Template[] = [
  pos("coding question", () =>
    toAssistant(
      t`${pick(["Why does this TypeScript generic lose its narrowing inside the callback?", "Write a SQL query that finds customers with two orders in the same week", "Explain the difference between useEffect and useLayoutEffect", "Convert this bash loop to Python with pathlib"])}`,
    ),
  ),
  pos("email drafting", () =>
    toAssistant(
      t`${pick(["Draft a polite email declining the vendor's proposal", "Rewrite this to sound less passive-aggressive:", "Make this Slack message shorter:", "Translate into formal German:"])} ${pick(["we will not proceed this quarter", "thanks for the reminder, I had seen it", "let's regroup next week"])}`,
    ),
  ),
  pos("health prompt", () =>
    toAssistant(
      t`${pick(["I was diagnosed with", "My partner has", "What diet helps with"])} ${condition()}${pick(["; what questions should I ask the specialist?", ". Is exercise safe?", "?"])}`,
      ["health"],
    ),
  ),
  pos("HR prompt about oneself", () =>
    toAssistant(
      t`${pick(["My manager put me on a PIP, how do I respond", "I got offered 85k, should I negotiate for 95k", "How do I ask for parental leave", "Write my self-assessment, rating last year was 2/5"])}`,
      ["hr"],
    ),
  ),
  pos("personal life prompt", () =>
    toAssistant(
      t`${pick(["Help me write a wedding speech for my brother", "How do I tell my kids we're separating", "My mum has dementia, how do I find a care home", "Plan a week in Portugal for a couple on a budget"])}`,
    ),
  ),
  pos("prompt with a name", () => {
    const who = r.fullName();
    return toAssistant(
      t`Write a reference letter for ${L("name", who)}, who worked with me for ${int(2, 7)} years as ${pick(["a data analyst", "an engineer", "a nurse"])}.`,
    );
  }),
  pos("pasted log to assistant", () =>
    toAssistant(
      t`${pick(["What does this error mean?", "Fix this:"])}\n${r.isoTime()} ERROR ${pick(["NullPointerException at OrderService.java:142", "connection refused: kafka:9092", "TypeError: Cannot read properties of undefined (reading 'map')"])}`,
    ),
  ),
  pos("German prompt", () =>
    toAssistant(
      t`${pick(["Fasse diesen Vertrag in fünf Punkten zusammen", "Schreib eine Absage für die Wohnungsbesichtigung", "Erkläre mir den Unterschied zwischen GmbH und UG"])}`,
    ),
  ),
  pos("French, Spanish, Italian prompts", () =>
    toAssistant(
      t`${pick(["Rédige un message d'excuse pour mon retard", "Explícame cómo funciona la declaración de la renta", "Scrivi una poesia per il compleanno di mia madre", "Résume cet article en trois phrases"])}`,
    ),
  ),
  pos("Dutch, Polish, Portuguese, Swedish prompts", () =>
    toAssistant(
      t`${pick(["Schrijf een motivatiebrief voor een baan als verpleegkundige", "Jak napisać wypowiedzenie umowy najmu?", "Como faço uma marinada para frango?", "Skriv en kort presentation av mig själv till LinkedIn"])}`,
    ),
  ),
  pos("Japanese and Hindi prompts", () =>
    toAssistant(
      t`${pick(["この文章をもっと丁寧な日本語に直してください", "来週の出張の持ち物リストを作って", "मुझे एक छुट्टी के आवेदन का पत्र लिखकर दो", "Python mein list ko sort kaise karte hain?"])}`,
    ),
  ),
  pos("Copilot inline chat", () =>
    draft(
      { app: "Code", title: "orders.ts — api-server — Visual Studio Code" },
      "prompt",
      t`${pick(["/explain why this reducer re-renders", "/tests add edge cases for empty carts", "refactor this into smaller functions"])}`,
      ["prompt"],
    ),
  ),
  pos("prompt with a secret pasted", () =>
    toAssistant(
      t`why does this fail? curl -H 'Authorization: Bearer ${L("secret", r.token("github"))}' https://api.github.com/user`,
    ),
  ),
  pos("brainstorm", () =>
    toAssistant(
      t`${pick(["Give me 10 names for an internal analytics tool", "Brainstorm team-building ideas for 12 remote people", "What are the pros and cons of Kafka vs Pulsar?"])}`,
    ),
  ),
  neg("search engine question", () => {
    const q = pick([
      "how to center a div",
      "kafka consumer lag meaning",
      "best pizza near me",
      "weather berlin tomorrow",
      "convert 70 usd to eur",
      "python sort dict by value",
      "train times london to leeds",
      "wie spät ist es in tokio",
      "recette crêpes",
    ]);
    return draft(search(q), pick<Channel>(["typed", "keys"]), t`${q}`);
  }),
  neg("search url", () => {
    const q = pick([
      "typescript satisfies operator",
      "postgres vacuum full",
      "ikea billy dimensions",
      "nba scores",
    ]);
    return draft(search(q), "url", t`${search(q).url as string}`);
  }),
  neg("assistant window title", () =>
    draft(
      assistant(),
      "title",
      t`${pick(["ChatGPT", "Claude", "Gemini", "Copilot", "Perplexity", "Le Chat - Mistral AI"])}`,
    ),
  ),
  neg("docs about assistants", () =>
    draft(
      web("OpenAI API docs"),
      textChannel(),
      t`${pick(["The Chat Completions API takes a list of messages with roles", "Rate limits: 500 requests per minute on tier 1", "Claude models support a 200k context window"])}`,
    ),
  ),
  neg("stack overflow question typed", () =>
    draft(
      web("Ask a question - Stack Overflow", "https://stackoverflow.com/questions/ask"),
      "typed",
      t`${pick(["Title: Jest mock not resetting between tests", "Why does git rebase drop my merge commits?", "Docker build cache not used in GitHub Actions"])}`,
    ),
  ),
  neg("issue filed in a tracker", () =>
    draft(
      web("New issue · northwind/api"),
      "typed",
      t`${pick(["Bug: export fails when the date range spans DST", "Feature request: dark mode for the console", "Flaky test in payments.spec.ts"])}`,
    ),
  ),
];

// ---------------------------------------------------------------- families

export const eighthFamilies: Family[] = [
  { name: "names", count: 240, templates: names },
  { name: "addresses", count: 220, templates: addresses },
  { name: "passports", count: 200, templates: passports },
  { name: "national-ids", count: 240, templates: nationalIds },
  { name: "phones-emails", count: 240, templates: phonesAndEmails },
  { name: "ips", count: 200, templates: ips },
  { name: "payment", count: 260, templates: payments },
  { name: "secrets", count: 300, templates: secrets },
  { name: "password-fields", count: 150, templates: passwordFields },
  { name: "health", count: 220, templates: health },
  { name: "hr", count: 220, templates: hr },
  { name: "personal-life", count: 220, templates: personal },
  { name: "prompts", count: 260, templates: prompts },
];

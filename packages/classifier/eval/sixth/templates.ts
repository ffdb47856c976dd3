/**
 * The sixth corpus: held out for round six, written apart from the detectors
 * and from the earlier corpora (their bodies were never read).
 *
 * Seed 20261209 (corpus.ts `sixthSeed`); 3,000 items in 13 families: names,
 * addresses, passports, national ids, phones and emails, IP addresses, payment
 * details, secrets, password fields, health, HR, personal life and prompts to
 * AI assistants. Random source: JSF32 (Bob Jenkins' small fast generator),
 * reseeding faker instances on ka_GE, hy, mk, en_NP, ar, fa, th, zh_TW, en_HK,
 * ur and eo; hand-written given and family names (common-word, hyphenated and
 * particle names among them) and street and city lists for US, GB, DE, FR, ES,
 * IT, NL, IE, CA and AU. Identifiers carry correct check digits (Luhn, mod-97,
 * ABA 3-7-1, ICAO 9303, Verhoeff, MOD 11-10 and the national rules) and are
 * verified with `validator` where it knows the rule.
 *
 * Hard negatives, about a quarter of each family: companies, products, stations
 * and streets named after people; given names that are common words used as
 * words; version strings, OIDs and build numbers shaped like IPs; order,
 * invoice, tracking, ticket and part numbers; identifiers with broken check
 * digits; masked cards, documented test cards and registry example IBANs; the
 * AWS documentation example key; placeholders and code that only refers to a
 * secret; public keys, hashes, UUIDs, paging cursors and log timestamps;
 * figurative disease words and clinical words in schemas; HR words in
 * engineering talk; work talk in a personal messenger; questions typed
 * anywhere but to an AI assistant; login pages and password policies.
 *
 * Labelling calls someone could disagree with:
 * - A passport's whole machine-readable zone is one passport span, though its
 *   first line also spells the holder's name.
 * - A UK sort code, an Australian BSB and a Canadian transit/institution
 *   number are labelled routing-number, like a US ABA number (all bank codes,
 *   the same financial category); the account number after them is a
 *   bank-account.
 * - A PIN and a one-time temporary password handed to a colleague are secrets.
 * - A private IP address (10.x, 192.168.x) of a named machine is an ip.
 * - A Danish CPR number (no check digit since 2007) is a national id.
 * - A given name alone in a greeting is a name; a name in a window title of a
 *   DM or a meeting is a name.
 * - Work talk typed into WhatsApp or Signal carries no topic; the writer's own
 *   weekend or family typed into Slack carries "prompt", and so does sharing a
 *   new phone number or address with family in a personal messenger.
 * - A window title of a patient-portal message about someone's results carries
 *   "health"; a title of an offer letter, PIP or severance document carries "hr"
 *   (and the name in it is labelled, even with underscores for spaces).
 * - A base64-encoded password in a Kubernetes Secret, and the escaped PEM key in
 *   a service-account JSON, are secrets; the private key id beside it is not.
 * - A wa.me link's digits are a phone; a LinkedIn slug's name part is a name.
 * - Documented dummies (the 111222333 BSN, 00000000T DNI, QQ-prefixed NINO,
 *   the example ISBN) are negatives even where their check digits hold.
 */
import type { Topic, ValueKind } from "../items.ts";
import type { Composed, Draft, Place, Template } from "../templates.ts";
import * as r from "./values.ts";

// ---------------------------------------------------------------- composing

interface Labelled {
  kind: ValueKind;
  value: string;
}
type Piece = string | number | Labelled;

const L = (kind: ValueKind, value: string): Labelled => ({ kind, value });

/** Tagged template: text with labelled values whose offsets are known exactly. */
function t(strings: TemplateStringsArray, ...pieces: Piece[]): Composed {
  let text = "";
  const labels: Composed["labels"] = [];
  strings.forEach((literal, index) => {
    text += literal;
    const piece = pieces[index];
    if (piece === undefined) return;
    if (typeof piece === "string" || typeof piece === "number") {
      text += String(piece);
      return;
    }
    labels.push({ start: text.length, end: text.length + piece.value.length, kind: piece.kind });
    text += piece.value;
  });
  return { text, labels };
}

const plain = (text: string): Composed => ({ text, labels: [] });

const draft = (place: Place, channel: Draft["channel"], body: Composed, topics: Topic[] = []): Draft => ({
  place,
  channel,
  body,
  ...(topics.length > 0 ? { topics } : {}),
});

const positive = (name: string, make: () => Draft): Template => ({ name, make });
const negative = (name: string, make: () => Draft): Template => ({ name, negative: true, make });

const oneOf = <T>(...values: T[]): T => r.pick(values);
const weekday = () => oneOf("Monday", "Tuesday", "Wednesday", "Thursday", "Friday");
const clock = () => `${r.int(8, 17)}:${oneOf("00", "15", "30", "45")}`;
/** Two dates in order, the second some weeks after the first. */
const leaveSpan = () => {
  const month = r.int(1, 8);
  return `${r.pad2(r.int(1, 28))}.${r.pad2(month)}.2026 to ${r.pad2(r.int(1, 28))}.${r.pad2(month + r.int(1, 4))}.2026`;
};
const dateDMY = () => `${r.pad2(r.int(1, 28))}.${r.pad2(r.int(1, 12))}.${r.int(2025, 2027)}`;

// ---------------------------------------------------------------- places

const browserApps = ["Google Chrome", "Firefox", "Microsoft Edge", "Safari", "Brave Browser"];
const web = (title: string, url: string): Place => ({ app: r.pick(browserApps), title, url });

const slack = (): Place => ({
  app: "Slack",
  title: `${oneOf("#proj-atlas", "#ops", "#finance-ops", "#people-team", "#frontend", "#customer-success", "#hamburg-office")} - Northwind - Slack`,
});
const teams = (): Place => ({
  app: "Microsoft Teams",
  title: oneOf("Chat | Microsoft Teams", "General (Platform) | Microsoft Teams"),
});
const workChat = (): Place =>
  oneOf(
    slack(),
    teams(),
    { app: "Google Chat", title: "Google Chat" },
    { app: "Mattermost", title: "Off-Topic - Mattermost" },
  );
const directChat = (name: string): Place =>
  oneOf(
    { app: "Slack", title: `${name} (DM) - Northwind - Slack` },
    { app: "Microsoft Teams", title: `Chat | ${name} | Microsoft Teams` },
  );
const personalMessenger = (): Place =>
  oneOf(
    { app: "WhatsApp", title: "WhatsApp" },
    { app: "Signal", title: "Signal" },
    { app: "Telegram", title: "Telegram" },
    { app: "Messages", title: "Messages" },
  );
const mail = (subject: string): Place =>
  oneOf(
    { app: "Microsoft Outlook", title: `${subject} - Message (HTML)` },
    web(
      `${subject} - ${r.email().replace(/@.*/, "")}@gmail.com - Gmail`,
      "https://mail.google.com/mail/u/0/#inbox?compose=new",
    ),
    { app: "Thunderbird", title: `Write: ${subject} - Thunderbird` },
  );
const notes = (page: string): Place =>
  oneOf(
    { app: "Notion", title: `${page} - Notion` },
    web(`${page} - Confluence`, `https://northwind.atlassian.net/wiki/spaces/OPS/pages/${r.digits(9)}`),
    web(`${page} - Google Docs`, `https://docs.google.com/document/d/${r.alnum(44)}/edit`),
    { app: "Obsidian", title: `${page} - vault - Obsidian` },
  );
const jira = (): Place => {
  const key = r.ticket();
  return web(
    `[${key}] ${oneOf("Customer escalation", "Onboarding task", "Vendor setup", "Data request")} - Jira`,
    `https://northwind.atlassian.net/browse/${key}`,
  );
};
const editor = (file: string): Place =>
  oneOf(
    { app: "Code", title: `${file} - northwind-api - Visual Studio Code` },
    { app: "IntelliJ IDEA", title: `northwind-api – ${file}` },
  );
const terminal = (): Place =>
  oneOf(
    { app: "Terminal", title: "zsh — 120×40" },
    { app: "iTerm2", title: "ssh bastion-eu" },
    { app: "Windows Terminal", title: "PowerShell" },
    { app: "Warp", title: "~/src/northwind" },
  );
const hrTool = (): Place =>
  oneOf(
    web("Workday", `https://wd3.myworkday.com/northwind/d/task/${r.digits(4)}$${r.digits(5)}.htmld`),
    web("BambooHR", `https://northwind.bamboohr.com/employees/employee.php?id=${r.int(100, 999)}`),
    web("Personio", `https://northwind.personio.de/staff/details/${r.digits(7)}`),
    web("HiBob", "https://app.hibob.com/people"),
  );
const patientPortal = (): Place =>
  oneOf(
    web("MyChart - Messages", "https://mychart.example-health.org/MyChart/app/communication-center"),
    web("Doctolib", "https://www.doctolib.de/sessions/new"),
    web("NHS App", "https://www.nhsapp.service.nhs.uk/appointments"),
    web("Mon espace santé", "https://www.monespacesante.fr/messagerie"),
  );
const bankPortal = (): Place =>
  oneOf(
    web("Online Banking - Transfer", "https://www.sparkasse.de/de/home/onlinebanking/ueberweisung.html"),
    web("Wise - Send money", "https://wise.com/send"),
    web(
      "Chase Online - Pay & Transfer",
      "https://secure.chase.com/web/auth/dashboard#/dashboard/payTransfer",
    ),
    web("ING - Overboeken", "https://mijn.ing.nl/banking/overboeken"),
    web("Revolut Business", "https://business.revolut.com/transfers"),
  );

/** Assistants other than ChatGPT, Claude and Gemini get the prompt topic from the template. */
const assistantPlace = (): Place =>
  oneOf(
    { app: "ChatGPT", title: "ChatGPT" },
    { app: "Claude", title: "Claude" },
    web("Gemini", "https://gemini.google.com/app"),
    { app: "Microsoft Copilot", title: "Copilot" },
    web("Perplexity", "https://www.perplexity.ai/"),
    web("Le Chat - Mistral AI", "https://chat.mistral.ai/chat"),
    { app: "Code", title: "Copilot Chat - northwind-api - Visual Studio Code" },
  );
const toAssistant = (body: Composed, topics: Topic[] = []): Draft =>
  draft(assistantPlace(), r.chance(0.5) ? "prompt" : "typed", body, ["prompt", ...topics]);

// ---------------------------------------------------------------- names

const commonWordGivenNames = [
  "Hope",
  "Joy",
  "Summer",
  "Grant",
  "Bill",
  "Mark",
  "Rose",
  "Faith",
  "River",
  "Sky",
  "Autumn",
  "Chase",
];

const nameTemplates: Template[] = [
  positive("mention asking for review", () => {
    const who = r.person();
    return draft(
      workChat(),
      "typed",
      t`@${L("name", who.given)} ${oneOf("can you look at my PR before lunch?", "could you approve the budget line?", "are you joining the retro?")}`,
    );
  }),
  positive("German mail with greeting and signature", () => {
    const to = r.person("DE");
    const from = r.person();
    return draft(
      mail("Angebot Wartungsvertrag"),
      "typed",
      t`Hallo ${L("name", to.given)},\n\nanbei das überarbeitete Angebot. Bei Fragen melde dich gern.\n\nViele Grüße\n${L("name", from.full)}`,
    );
  }),
  positive("meeting title", () => {
    const one = r.person();
    const two = r.person();
    const title = t`1:1 ${L("name", one.given)} / ${L("name", two.given)} - ${oneOf("Google Calendar", "Outlook Calendar")} - ${weekday()}`;
    return draft({ app: "Google Chrome", title: title.text }, "title", title);
  }),
  positive("git author on screen", () => {
    const who = r.latinPerson();
    return draft(
      terminal(),
      "screen",
      t`commit ${r.sha()}\nAuthor: ${L("name", who.full)} <${L("email", r.email(who, "northwind.io"))}>\nDate:   ${weekday().slice(0, 3)} Nov ${r.int(1, 28)} ${clock()}:${r.pad2(r.int(0, 59))} 2026 +0100\n\n    Fix rounding in invoice totals`,
    );
  }),
  positive("attendee list", () => {
    const people = [r.person(), r.person(), r.person()];
    const [a, b, c] = people.map((p) => p.full) as [string, string, string];
    return draft(
      notes("Vendor sync"),
      "screen",
      t`Attendees: ${L("name", a)}, ${L("name", b)}, ${L("name", c)}\nAgenda: renewal terms, SLA credits`,
    );
  }),
  positive("French handover", () => {
    const to = r.person("FR");
    const other = r.person();
    return draft(
      workChat(),
      "typed",
      t`Bonjour ${L("name", to.given)}, je te transfère le dossier, ${L("name", other.full)} reprend le suivi à partir de ${oneOf("lundi", "mardi", "jeudi")}.`,
    );
  }),
  positive("Spanish thanks", () => {
    const to = r.person("ES");
    const other = r.person();
    return draft(
      workChat(),
      "typed",
      t`¡Gracias ${L("name", to.given)}! Te paso el contacto de ${L("name", other.full)}, de compras.`,
    );
  }),
  positive("Italian callback", () => {
    const to = r.person("IT");
    const other = r.person("IT");
    return draft(
      workChat(),
      "keys",
      t`Ciao ${L("name", to.given)}, ho sentito ${L("name", other.full)}: ti richiama domani alle ${clock()}`,
    );
  }),
  positive("Dutch takeover", () => {
    const to = r.person("NL");
    const other = r.person("NL");
    return draft(
      workChat(),
      "typed",
      t`Hoi ${L("name", to.given)}, ${L("name", other.full)} neemt de klant vanaf maandag over.`,
    );
  }),
  positive("profile URL slug", () => {
    const who = r.latinPerson();
    const url = t`https://www.linkedin.com/in/${L("name", r.slug(who))}-${r.hex(6)}/`;
    return draft({ app: "Google Chrome", url: url.text }, "url", url);
  }),
  positive("Teams chat title", () => {
    const who = r.person();
    const title = t`Chat | ${L("name", who.full)} | Microsoft Teams`;
    return draft({ app: "Microsoft Teams", title: title.text }, "title", title);
  }),
  positive("common-word given name as a person", () => {
    const given = r.pick(commonWordGivenNames);
    const family = r.person().family;
    return draft(
      workChat(),
      "typed",
      t`ask ${L("name", `${given} ${family}`)} in ${oneOf("finance", "legal", "procurement")}, they signed off the ${oneOf("PO", "NDA", "contract")} last ${weekday()}`,
    );
  }),
  positive("assignee on a ticket", () => {
    const who = r.person();
    const reporter = r.person();
    return draft(
      jira(),
      "screen",
      t`Assignee: ${L("name", who.full)}\nReporter: ${L("name", reporter.full)}\nPriority: ${oneOf("High", "Medium")}`,
    );
  }),
  positive("name in a prompt", () => {
    const who = r.person();
    return toAssistant(
      t`Write a short farewell note for ${L("name", who.full)}, who is leaving the ${oneOf("support", "data", "design")} team after ${r.int(3, 12)} years`,
    );
  }),
  positive("Polish, Swedish and Portuguese greetings", () => {
    const who = r.person();
    return draft(
      workChat(),
      "typed",
      oneOf(
        t`Cześć ${L("name", who.given)}, wysłałem ci poprawioną ofertę`,
        t`Hej ${L("name", who.given)}! Kan du ta mötet med leverantören på ${oneOf("måndag", "fredag")}?`,
        t`Olá ${L("name", who.given)}, o ${L("name", r.person().full)} vai tratar da fatura.`,
      ),
    );
  }),
  positive("interview in a Zoom title", () => {
    const who = r.person();
    const title = t`Interview – ${L("name", who.full)} – ${oneOf("Backend", "Design", "Sales")} – Zoom Meeting`;
    return draft({ app: "zoom.us", title: title.text }, "title", title);
  }),
  negative("company named like a person", () =>
    draft(
      workChat(),
      "typed",
      plain(
        `${oneOf("Johnson Controls", "Marks & Spencer", "Dr. Oetker", "Hugo Boss", "Ben & Jerry's", "Tommy Hilfiger", "Philips", "Ferrero", "Ernst & Young", "Boehringer Ingelheim")} confirmed ${r.orderNumber()}, delivery ${weekday()}`,
      ),
    ),
  ),
  negative("place named after a person", () =>
    draft(
      workChat(),
      "typed",
      plain(
        oneOf(
          "meet you at Victoria Station, platform 8",
          "Taxi ist bestellt, Abholung am Konrad-Adenauer-Ufer",
          "on se retrouve gare de Lyon vers 9h",
          "La reunión es cerca de la Plaza de Cristóbal Colón",
          "hotel is on Rembrandtplein, 5 min from the venue",
          "flight lands at John F. Kennedy at 14:20",
          "we're at the Leonardo da Vinci airport lounge",
        ),
      ),
    ),
  ),
  negative("common words that are names", () =>
    draft(
      workChat(),
      "typed",
      plain(
        oneOf(
          "Will do! I'll mark it as done after the deploy",
          "Grant read access to the analytics bucket please",
          "Hope this helps, ping me if the build still fails",
          "we bill the client at the end of the month",
          "Summer release freeze starts next week",
          "the rose gold cases sold out again",
          "Chase the vendor for the signed SOW",
          `Faith in the new pipeline restored: ${r.int(200, 900)} green builds in a row`,
        ),
      ),
    ),
  ),
  negative("product and tool names", () =>
    draft(
      workChat(),
      "typed",
      plain(
        `${oneOf("Jenkins", "Alexa", "Siri", "Watson", "Cortana", "Hudson")} ${oneOf("build", "job", "skill")} #${r.int(100, 9999)} ${oneOf("failed again", "is back to green", "needs a restart")}`,
      ),
    ),
  ),
  negative("brand site URL", () => {
    const url = plain(
      oneOf(
        "https://www.dr-oetker.de/rezepte/kuchen",
        "https://www.hugoboss.com/de/herren/",
        "https://www.benjerry.com/flavors",
        "https://www.ford.de/modelle/transit",
      ),
    );
    return draft({ app: "Google Chrome", url: url.text }, "url", url);
  }),
  negative("merge commit title", () => {
    const title = plain(
      `Merge branch 'feature/${r.ticket().toLowerCase()}-rate-limits' into main · northwind/api`,
    );
    return draft({ app: "Google Chrome", title: title.text }, "title", title);
  }),
];

// ---------------------------------------------------------------- addresses

const addressTemplates: Template[] = [
  positive("delivery address in chat", () =>
    draft(
      workChat(),
      "typed",
      t`can you send the monitor to ${L("address", r.address())}? I'm working from there till Friday`,
    ),
  ),
  positive("envelope lines in a mail", () => {
    const who = r.person();
    const country = r.pick(r.addressCountries);
    return draft(
      mail("Contract originals"),
      "typed",
      t`Please post the signed originals to:\n\n${L("name", who.full)}\n${L("address", r.addressLines(country))}\n\nThanks!`,
    );
  }),
  positive("German Lieferadresse", () =>
    draft(
      workChat(),
      "typed",
      t`Lieferadresse für die Laptops: ${L("address", r.address("DE"))}, bitte bis ${dateDMY()}`,
    ),
  ),
  positive("French adresse", () =>
    draft(
      mail("Changement d'adresse"),
      "typed",
      t`Bonjour, ma nouvelle adresse est ${L("address", r.address("FR"))}. Merci de mettre à jour mon dossier.`,
    ),
  ),
  positive("Spanish dirección", () =>
    draft(workChat(), "typed", t`Mi dirección para el envío: ${L("address", r.address("ES"))}`),
  ),
  positive("Italian indirizzo", () =>
    draft(
      mail("Indirizzo di fatturazione"),
      "typed",
      t`Il nuovo indirizzo di spedizione è ${L("address", r.address("IT"))}.`,
    ),
  ),
  positive("Dutch adres", () =>
    draft(personalMessenger(), "typed", t`Ons nieuwe adres: ${L("address", r.address("NL"))} 🏡`, ["prompt"]),
  ),
  positive("maps URL", () => {
    const address = r.address();
    const url = t`https://www.google.com/maps/place/${L("address", address.replace(/ /g, "+"))}/@${r.int(40, 55)}.${r.digits(5)},${r.int(-9, 14)}.${r.digits(5)},17z`;
    return draft({ app: "Google Chrome", url: url.text }, "url", url);
  }),
  positive("maps title", () => {
    const title = t`${L("address", r.address())} - Google Maps`;
    return draft({ app: "Google Chrome", title: title.text }, "title", title);
  }),
  positive("address from an unused locale", () =>
    draft(
      mail("Shipment"),
      "typed",
      t`Ship the samples to our partner at ${L("address", r.foreignAddress())}`,
    ),
  ),
  positive("address in a CRM form", () =>
    draft(
      web("Contact · HubSpot", `https://app.hubspot.com/contacts/${r.digits(7)}/record/0-1/${r.digits(9)}`),
      "clipboard",
      t`${L("address", r.address(oneOf("US", "CA", "AU", "IE", "GB")))}`,
    ),
  ),
  positive("address in a prompt", () =>
    toAssistant(t`Rewrite this as a formal letter header: ${L("address", r.address())}`),
  ),
  negative("street name without a number", () =>
    draft(
      workChat(),
      "typed",
      plain(
        `the ${oneOf("coffee place", "print shop", "parking garage")} on ${r.streetName()} is closed today`,
      ),
    ),
  ),
  negative("office by city only", () =>
    draft(
      workChat(),
      "typed",
      plain(
        `${oneOf("Berlin", "Lyon", "Leeds", "Utrecht", "Bologna", "Cork", "Austin", "Valencia")} office is closed ${weekday()} for the network upgrade`,
      ),
    ),
  ),
  negative("road in a code or config", () =>
    draft(
      editor("geocode.test.ts"),
      "typed",
      plain(`expect(parseStreet("${r.streetName()}")).toEqual({ number: undefined });`),
    ),
  ),
  negative("building and room", () =>
    draft(
      workChat(),
      "typed",
      plain(
        `retro in Building ${r.int(1, 9)}, room ${r.int(100, 499)}, ${oneOf("3rd floor", "ground floor")}`,
      ),
    ),
  ),
  negative("public landmark directions", () =>
    draft(
      workChat(),
      "typed",
      plain(
        oneOf(
          "Offsite is next to the Brandenburger Tor, follow the signs",
          "Train to Amsterdam Centraal, then tram 2",
          "the venue is right by Trinity College, main gate",
          "Estación de Atocha, salida Ronda de Atocha",
        ),
      ),
    ),
  ),
];

// ---------------------------------------------------------------- passports

const passportTerms: Record<string, string> = {
  US: "passport no.",
  GB: "passport number",
  DE: "Reisepassnummer",
  FR: "n° de passeport",
  ES: "número de pasaporte",
  IT: "numero di passaporto",
  NL: "paspoortnummer",
  IE: "passport no",
  CA: "passport #",
  AU: "passport number",
  IN: "passport no.",
  PL: "numer paszportu",
  SE: "passnummer",
  PT: "n.º do passaporte",
  AT: "Reisepass-Nr.",
  BE: "paspoortnummer",
};

const passportTemplates: Template[] = [
  positive("passport number with its term", () => {
    const country = r.pick(r.passportCountries);
    return draft(
      workChat(),
      "typed",
      t`${passportTerms[country] ?? "passport"}: ${L("passport", r.passport(country))}`,
    );
  }),
  positive("travel booking form", () => {
    const who = r.person();
    const country = r.pick(r.passportCountries);
    return draft(
      web("Traveller details - Egencia", "https://www.egencia.com/traveler-profile"),
      "screen",
      t`Traveller: ${L("name", who.full)}\nDocument: Passport\nNumber: ${L("passport", r.passport(country))}\nExpiry: ${dateDMY()}`,
    );
  }),
  positive("visa letter in a mail", () => {
    const who = r.person();
    return draft(
      mail("Invitation letter for visa"),
      "typed",
      t`Dear consulate, we invite ${L("name", who.full)} (passport ${L("passport", r.passport())}) to our Berlin office from ${dateDMY()}.`,
    );
  }),
  positive("machine-readable zone", () => {
    const country = r.pick(["GB", "FR", "ES", "IT", "NL", "IE", "CA", "AU", "US", "DE"]);
    const who = r.person(country === "GB" ? "GB" : country === "US" ? "US" : country);
    const zone = r.mrz(country, who.family, who.given);
    return draft(
      web("Scan result - Onfido", "https://dashboard.onfido.com/checks"),
      "clipboard",
      t`${L("passport", zone.lines)}`,
    );
  }),
  positive("German Reisepass", () =>
    draft(
      workChat(),
      "typed",
      t`Meine Reisepassnummer für die Hotelbuchung: ${L("passport", r.passport("DE"))}, gültig bis ${dateDMY()}`,
    ),
  ),
  positive("French passeport", () =>
    draft(workChat(), "typed", t`Pour le billet, mon passeport c'est ${L("passport", r.passport("FR"))}`),
  ),
  positive("Spanish pasaporte", () =>
    draft(
      personalMessenger(),
      "typed",
      t`Mamá, el número de pasaporte de papá es ${L("passport", r.passport("ES"))}, para el check-in`,
      ["prompt"],
    ),
  ),
  positive("passport in a prompt", () =>
    toAssistant(
      t`Fill in this visa form for me: name ${L("name", r.person().full)}, passport ${L("passport", r.passport())}, nationality ${oneOf("Irish", "Italian", "Canadian", "Dutch")}`,
    ),
  ),
  positive("passport in a spreadsheet row", () => {
    const who = r.person();
    return draft(
      { app: "Microsoft Excel", title: "offsite-travellers.xlsx - Excel" },
      "clipboard",
      t`${L("name", who.full)}\t${L("passport", r.passport())}\t${dateDMY()}`,
    );
  }),
  negative("passport as a word", () =>
    draft(
      workChat(),
      "typed",
      plain(
        oneOf(
          "don't forget your passport for the Zurich trip!",
          "passport renewal takes 6 weeks now, plan ahead",
          "Passport.js strategy for SAML is deprecated, switch to the new one",
          "the passport photo booth in the lobby is broken",
        ),
      ),
    ),
  ),
  negative("booking reference", () =>
    draft(
      mail("Your booking"),
      "screen",
      plain(
        `Booking reference: ${r.letters(6)}\nFlight ${oneOf("LH", "BA", "AF", "IB", "KL")}${r.int(100, 9999)}, seat ${r.int(1, 40)}${oneOf("A", "C", "D", "F")}`,
      ),
    ),
  ),
  negative("part and serial numbers", () =>
    draft(
      jira(),
      "typed",
      plain(`Replacement part ${r.letters(2)}-${r.digits(7)} for printer serial SN${r.digits(8)}`),
    ),
  ),
  negative("passport specimen", () =>
    draft(
      notes("KYC test fixtures"),
      "typed",
      plain("Use the vendor sandbox specimen (passport number 000000000), never a scan of a real one"),
    ),
  ),
];

// ---------------------------------------------------------------- national ids

const nationalIdTemplates: Template[] = [
  positive("id with its term in chat", () => {
    const id = r.pick(r.nationalIds);
    return draft(workChat(), "typed", t`${id.term}: ${L("national-id", id.draw())}`);
  }),
  positive("payroll onboarding form", () => {
    const id = r.pick(r.nationalIds);
    const who = r.person();
    return draft(
      hrTool(),
      "screen",
      t`Employee: ${L("name", who.full)}\n${id.term}: ${L("national-id", id.draw())}\nStart date: ${dateDMY()}`,
    );
  }),
  positive("US SSN for a background check", () =>
    draft(
      mail("Background check"),
      "typed",
      t`Hi, for the background check my SSN is ${L("national-id", r.ssn())}. Let me know if you need anything else.`,
    ),
  ),
  positive("UK NI number", () =>
    draft(workChat(), "keys", t`my NI no is ${L("national-id", r.nino())} for the payroll form`),
  ),
  positive("German Steuer-ID", () =>
    draft(
      mail("Unterlagen Lohnabrechnung"),
      "typed",
      t`Meine steuerliche Identifikationsnummer lautet ${L("national-id", r.steuerId())}.`,
    ),
  ),
  positive("French NIR", () =>
    draft(mail("Mutuelle"), "typed", t`Mon numéro de sécurité sociale : ${L("national-id", r.nir())}`),
  ),
  positive("Spanish DNI or NIE", () =>
    draft(
      workChat(),
      "typed",
      t`${oneOf("Mi DNI es", "DNI:", "Te paso mi NIE:")} ${L("national-id", r.chance(0.6) ? r.dni() : r.nie())}`,
    ),
  ),
  positive("Italian codice fiscale", () => {
    const who = r.person("IT");
    return draft(
      mail("Dati per il contratto"),
      "typed",
      t`Codice fiscale di ${L("name", who.full)}: ${L("national-id", r.codiceFiscale(who.family, who.given))}`,
    );
  }),
  positive("Nordic numbers", () =>
    draft(
      workChat(),
      "typed",
      oneOf(
        t`personnummer ${L("national-id", r.personnummer())}`,
        t`mit CPR-nr. er ${L("national-id", r.cpr())}`,
        t`henkilötunnukseni on ${L("national-id", r.henkilotunnus())}`,
        t`fødselsnummer: ${L("national-id", r.fodselsnummer())}`,
      ),
    ),
  ),
  positive("Benelux and Iberia", () =>
    draft(
      web("Mijn gegevens", "https://mijn.werkgever-portal.nl/profiel"),
      "clipboard",
      oneOf(
        t`${L("national-id", r.bsn())}`,
        t`Rijksregisternummer ${L("national-id", r.belgianNumber())}`,
        t`NIF ${L("national-id", r.nif())}`,
      ),
    ),
  ),
  positive("Irish, Canadian, Australian", () =>
    draft(
      workChat(),
      "typed",
      oneOf(
        t`PPSN ${L("national-id", r.pps())} for Revenue`,
        t`SIN: ${L("national-id", r.sin())}`,
        t`TFN is ${L("national-id", r.tfn())} for the super form`,
      ),
    ),
  ),
  positive("Aadhaar, PESEL, CPF", () =>
    draft(
      mail("KYC documents"),
      "typed",
      oneOf(
        t`Aadhaar number: ${L("national-id", r.aadhaar())}`,
        t`PESEL: ${L("national-id", r.pesel())}`,
        t`CPF ${L("national-id", r.cpf())}`,
      ),
    ),
  ),
  positive("national id in a prompt", () => {
    const id = r.pick(r.nationalIds);
    return toAssistant(t`Is this ${id.term} formatted right? ${L("national-id", id.draw())}`);
  }),
  positive("id in a CRM search URL", () => {
    const url = t`https://crm.northwind.io/customers?q=${L("national-id", oneOf(r.dni(), r.bsn(), r.pesel(), r.nif()))}&page=1`;
    return draft({ app: "Google Chrome", url: url.text }, "url", url);
  }),
  negative("documented example numbers", () =>
    draft(
      notes("Validation rules"),
      "typed",
      plain(
        oneOf(
          "SSN format is AAA-GG-SSSS; never use 123-45-6789 or anything starting 9xx in tests",
          "NINO example from HMRC docs: QQ 12 34 56 C (QQ prefix is never issued)",
          "Test BSN: 111222333 is the documented dummy number",
          "DNI de ejemplo: 00000000T (no válido en producción)",
        ),
      ),
    ),
  ),
  negative("id with a broken check digit", () => {
    const bsn = r.bsn();
    const wrong = `${bsn.slice(0, 8)}${(Number(bsn.charAt(8)) + r.int(1, 9)) % 10}`;
    return draft(
      jira(),
      "typed",
      plain(`Validation rejected ${wrong}: checksum mismatch, customer asked to re-enter`),
    );
  }),
  negative("employee and customer numbers", () =>
    draft(
      workChat(),
      "typed",
      plain(
        `${oneOf("Employee no.", "Customer ID", "Kundennummer", "Numéro client", "Personalnummer")} ${r.digits(r.int(5, 8))} has two open tickets`,
      ),
    ),
  ),
  negative("book and standard numbers", () =>
    draft(
      notes("Reading list"),
      "typed",
      plain(
        oneOf(
          "ISBN 978-3-16-148410-0 (the example ISBN from the standard)",
          `ISO ${r.int(9000, 27999)}:${r.int(2013, 2024)} audit checklist`,
          `EAN 87${r.digits(11)} shelf label misprinted`,
        ),
      ),
    ),
  ),
  negative("id fields in a schema", () =>
    draft(
      editor("migrations/0042_add_tax_ids.sql"),
      "typed",
      plain("ALTER TABLE employees ADD COLUMN national_id_hash bytea, ADD COLUMN ssn_last4_masked text;"),
    ),
  ),
  negative("phone-like dates and counts", () =>
    draft(
      workChat(),
      "typed",
      plain(
        `batch ${r.int(2025, 2026)}${r.pad2(r.int(1, 12))}${r.pad2(r.int(1, 28))}-${r.digits(4)} imported ${r.int(1000, 99999)} rows`,
      ),
    ),
  ),
];

// ---------------------------------------------------------------- phones and emails

const phoneEmailTemplates: Template[] = [
  positive("call me back", () => {
    const country = r.pick(r.phoneCountries);
    return draft(
      workChat(),
      "typed",
      t`${oneOf("call me on", "my mobile:", "reach me at", "text me at")} ${L("phone", r.phone(country))}`,
    );
  }),
  positive("signature block", () => {
    const who = r.latinPerson();
    const country = r.pick(r.phoneCountries);
    return draft(
      mail("Re: quote"),
      "typed",
      t`Best regards,\n${L("name", who.full)}\nAccount Manager\nM: ${L("phone", r.phone(country, "international"))}\n${L("email", r.email(who, r.pick(r.companyDomains)))}`,
    );
  }),
  positive("German Rückruf", () =>
    draft(
      workChat(),
      "typed",
      t`Bitte ruf Frau ${L("name", r.person("DE").family)} zurück: ${L("phone", r.phone("DE"))}`,
    ),
  ),
  positive("French rappel", () =>
    draft(
      workChat(),
      "typed",
      t`Tu peux me rappeler au ${L("phone", r.phone("FR"))} ? Je suis en déplacement.`,
    ),
  ),
  positive("Spanish llamada", () =>
    draft(
      personalMessenger(),
      "typed",
      t`Mamá, mi nuevo número es ${L("phone", r.phone("ES"))}, guárdalo 😘`,
      ["prompt"],
    ),
  ),
  positive("US and UK numbers", () =>
    draft(
      workChat(),
      "keys",
      t`${oneOf("client's direct line", "landlord's number", "the recruiter")} ${L("phone", r.phone(oneOf("US", "GB", "CA", "IE")))}`,
    ),
  ),
  positive("email in chat", () => {
    const who = r.latinPerson();
    return draft(
      workChat(),
      "typed",
      t`add ${L("email", r.email(who))} to the ${oneOf("invite", "distribution list", "shared drive")} please`,
    );
  }),
  positive("mailto URL", () => {
    const url = t`mailto:${L("email", r.email())}?subject=${oneOf("Invoice", "Interview", "Quote")}`;
    return draft({ app: "Google Chrome", url: url.text }, "url", url);
  }),
  positive("contact card from an unused locale", () => {
    const who = r.person();
    return draft(
      web("Contacts", "https://contacts.google.com/"),
      "screen",
      t`${L("name", who.full)}\nMobile ${L("phone", r.phone(r.pick(r.phoneCountries), "international"))}\nEmail ${L("email", r.email())}`,
    );
  }),
  positive("phone in a prompt", () =>
    toAssistant(t`Draft an SMS reminder to ${L("phone", r.phone())} about tomorrow's delivery window`),
  ),
  positive("WhatsApp click-to-chat link", () => {
    const number = r.phone(oneOf("DE", "ES", "IT", "NL", "GB"), "international").replace(/\D/g, "");
    const url = t`https://wa.me/${L("phone", number)}?text=Hallo`;
    return draft({ app: "Google Chrome", url: url.text }, "url", url);
  }),
  negative("role mailboxes and no-reply", () =>
    draft(
      workChat(),
      "typed",
      plain(
        `send it to ${oneOf("support", "billing", "noreply", "security", "invoices", "jobs")}@${r.pick(r.companyDomains)}`,
      ),
    ),
  ),
  negative("placeholder emails", () =>
    draft(
      editor("user.fixture.ts"),
      "typed",
      plain(
        oneOf(
          'email: "user@example.com",',
          "const admin = 'admin@localhost';",
          "contact: someone@example.org  # placeholder",
          "<you>@<company>.com",
        ),
      ),
    ),
  ),
  negative("numbers that are not phones", () =>
    draft(
      workChat(),
      "typed",
      plain(
        oneOf(
          `tracking ${r.trackingNumber()}`,
          `invoice ${r.orderNumber()} total 1 234,56 EUR`,
          `conference call PIN is on the invite, room ${r.int(100, 999)}`,
          `build ${r.int(20260101, 20261231)}.${r.int(1, 9)} passed`,
          `SKU ${r.digits(3)}-${r.digits(3)}-${r.digits(4)} out of stock`,
        ),
      ),
    ),
  ),
  negative("package scope and decorators", () =>
    draft(
      editor("package.json"),
      "typed",
      plain(
        oneOf(
          '"@faker-js/faker": "^10.0.0"',
          "@Component({ selector: 'app-root' })",
          "git@github.com:northwind/api.git",
        ),
      ),
    ),
  ),
];

// ---------------------------------------------------------------- IP addresses

const ipTemplates: Template[] = [
  positive("ssh to a host", () =>
    draft(terminal(), "keys", t`ssh ${oneOf("deploy", "ubuntu", "ec2-user", "admin")}@${L("ip", r.ipv4())}`),
  ),
  positive("allowlist request", () =>
    draft(
      jira(),
      "typed",
      t`Please allowlist ${L("ip", r.ipv4())} and ${L("ip", r.ipv4())} on the ${oneOf("VPN", "Postgres firewall", "SFTP endpoint")}`,
    ),
  ),
  positive("nginx access log line", () =>
    draft(
      terminal(),
      "screen",
      t`${L("ip", r.ipv4())} - - [${r.int(1, 28)}/Nov/2026:${clock()}:${r.pad2(r.int(0, 59))} +0000] "GET /api/v2/orders HTTP/1.1" 200 ${r.int(100, 9000)}`,
    ),
  ),
  positive("IPv6 in a config", () =>
    draft(editor("inventory.yaml"), "typed", t`bastion_v6: "${L("ip", r.ipv6())}"`),
  ),
  positive("German IP Hinweis", () =>
    draft(workChat(), "typed", t`Der Drucker im 2. OG hat jetzt die IP ${L("ip", r.ipv4())}`),
  ),
  positive("French adresse IP", () =>
    draft(
      workChat(),
      "typed",
      t`l'adresse IP du serveur de recette c'est ${L("ip", r.ipv4())}, port ${r.int(8000, 9000)}`,
    ),
  ),
  positive("suspicious login", () =>
    draft(
      mail("Security alert"),
      "screen",
      t`New sign-in from ${L("ip", r.chance(0.7) ? r.ipv4() : r.ipv6())} (${oneOf("Frankfurt, DE", "Ashburn, US", "Dublin, IE")}) on ${oneOf("Chrome on Windows", "Safari on iPhone")}`,
    ),
  ),
  positive("URL with an IP host", () => {
    const url = t`http://${L("ip", r.ipv4())}:${oneOf("8080", "3000", "9090", "5601")}/${oneOf("dashboard", "admin", "grafana/d/abc")}`;
    return draft({ app: "Google Chrome", url: url.text }, "url", url);
  }),
  positive("ip in a prompt", () =>
    toAssistant(t`why does ping ${L("ip", r.ipv4())} work but curl to the same host times out?`),
  ),
  positive("ssh session title", () => {
    const title = t`${oneOf("deploy", "root", "ubuntu")}@${L("ip", r.ipv4())}: ~ — ssh — 120×40`;
    return draft({ app: "Terminal", title: title.text }, "title", title);
  }),
  negative("version strings", () =>
    draft(
      workChat(),
      "typed",
      plain(
        `${oneOf("Chrome", "agent", "firmware", "Windows build")} ${r.version()} ${oneOf("is rolling out", "fixed the crash", "is still flaky")}`,
      ),
    ),
  ),
  negative("log lines with comma milliseconds", () =>
    draft(
      terminal(),
      "screen",
      plain(
        `${r.logTimestamp()} INFO  worker.pool - ${r.int(2, 80)} jobs done in ${r.int(1, 9)}.${r.int(10, 99)}s`,
      ),
    ),
  ),
  negative("release title with a four-part version", () => {
    const title = plain(`Release ${r.version()} - Jenkins`);
    return draft({ app: "Google Chrome", title: title.text }, "title", title);
  }),
  negative("OIDs", () => draft(editor("snmp.conf"), "typed", plain(`view systemview included .${r.oid()}`))),
  negative("localhost and documentation ranges", () =>
    draft(
      workChat(),
      "typed",
      plain(
        oneOf(
          "it only binds to 127.0.0.1, not 0.0.0.0",
          "use 192.0.2.x from RFC 5737 in the docs examples",
          "set the subnet to 10.0.0.0/16 in the template",
          "::1 works, ::ffff: mapping doesn't",
        ),
      ),
    ),
  ),
  negative("section and figure numbers", () =>
    draft(
      notes("Spec review"),
      "typed",
      plain(
        `see section ${r.int(1, 9)}.${r.int(1, 9)}.${r.int(1, 9)}.${r.int(1, 9)} of the standard and table ${r.int(1, 20)}.${r.int(1, 9)}`,
      ),
    ),
  ),
];

// ---------------------------------------------------------------- payment details

const paymentTemplates: Template[] = [
  positive("card for a purchase", () =>
    draft(
      workChat(),
      "typed",
      t`use the team card ${L("card", r.card())} exp ${r.expiry()} for the ${oneOf("Figma", "conference", "AWS marketplace")} renewal`,
    ),
  ),
  positive("card pasted in a form", () =>
    draft(
      web("Checkout", "https://checkout.stripe.com/c/pay/cs_live"),
      "clipboard",
      t`${L("card", r.card())}`,
    ),
  ),
  positive("card with cvc in a DM", () => {
    const who = r.person();
    return draft(directChat(who.full), "keys", t`${L("card", r.card())} ${r.expiry()} cvc ${r.cvc()}`);
  }),
  positive("IBAN for a refund", () =>
    draft(
      mail("Refund"),
      "typed",
      t`Please refund to IBAN ${L("iban", r.iban())}, account holder ${L("name", r.person().full)}`,
    ),
  ),
  positive("German Bankverbindung", () =>
    draft(
      mail("Bankverbindung"),
      "typed",
      t`Meine neue Bankverbindung: IBAN ${L("iban", r.iban("DE"))}, BIC ${r.swift("DE")}`,
    ),
  ),
  positive("French RIB", () =>
    draft(workChat(), "typed", t`Voici mon IBAN pour le remboursement : ${L("iban", r.iban("FR"))}`),
  ),
  positive("Spanish and Italian IBAN", () =>
    draft(
      workChat(),
      "typed",
      oneOf(t`Mi cuenta: ${L("iban", r.iban("ES"))}`, t`IBAN per il bonifico: ${L("iban", r.iban("IT"))}`),
    ),
  ),
  positive("IBAN from many countries in a vendor sheet", () => {
    const country = r.pick(r.ibanCountries);
    return draft(
      { app: "Microsoft Excel", title: "vendors-2026.xlsx - Excel" },
      "clipboard",
      t`${r.pick(["Acme Fasteners", "Nordlicht GmbH", "Studio Ocra", "Brightwater Ltd"])}\t${L("iban", r.iban(country))}`,
    );
  }),
  positive("US routing and account", () =>
    draft(
      hrTool(),
      "screen",
      t`Direct deposit\nRouting number: ${L("routing-number", r.routingNumber())}\nAccount number: ${L("bank-account", r.usAccountNumber())}\nType: Checking`,
    ),
  ),
  positive("ACH in chat", () =>
    draft(
      workChat(),
      "typed",
      t`ABA ${L("routing-number", r.routingNumber())} acct ${L("bank-account", r.usAccountNumber())} for the wire`,
    ),
  ),
  positive("UK sort code and account", () =>
    draft(
      mail("Payment details"),
      "typed",
      t`Sort code ${L("routing-number", r.sortCode())}, account ${L("bank-account", r.ukAccountNumber())}, name ${L("name", r.person("GB").full)}`,
    ),
  ),
  positive("Australian BSB and Canadian transit", () =>
    draft(
      workChat(),
      "typed",
      oneOf(
        t`BSB ${L("routing-number", r.bsb())} acc ${L("bank-account", r.digits(r.int(6, 9)))}`,
        t`transit/institution ${L("routing-number", r.canadianTransit())} account ${L("bank-account", r.digits(7))}`,
      ),
    ),
  ),
  positive("bank portal transfer", () =>
    draft(bankPortal(), "typed", t`${L("iban", r.ibanCompact(oneOf("DE", "NL", "GB", "BE", "LU", "AT")))}`),
  ),
  positive("payment details in a prompt", () =>
    toAssistant(t`Make this invoice footer look nicer: Bank: IBAN ${L("iban", r.iban())} BIC ${r.swift()}`),
  ),
  positive("Polish and Swiss transfer", () =>
    draft(
      workChat(),
      "typed",
      oneOf(
        t`Numer konta do przelewu: ${L("iban", r.iban("PL"))}`,
        t`Bitte überweisen auf ${L("iban", r.iban("CH"))}, danke!`,
      ),
    ),
  ),
  positive("card in German, French and Spanish", () =>
    draft(
      workChat(),
      "typed",
      oneOf(
        t`Firmenkreditkarte für die Hotelbuchung: ${L("card", r.card())}, gültig bis ${r.expiry()}`,
        t`la carte de la boîte : ${L("card", r.card())} exp ${r.expiry()}, cryptogramme au dos`,
        t`usa mi tarjeta ${L("card", r.card())} para el taxi, caduca ${r.expiry()}`,
        t`carta aziendale ${L("card", r.card())} scad. ${r.expiry()}`,
      ),
    ),
  ),
  positive("Amex on an expense report", () =>
    draft(
      web("Expense report - SAP Concur", "https://eu2.concursolutions.com/nui/expense"),
      "screen",
      t`Payment type: Corporate Amex\nCard: ${L("card", r.card("Amex"))}\nMerchant: ${oneOf("Lufthansa", "Hilton Garden Inn", "Uber")}\nAmount: ${r.int(40, 900)}.00 EUR`,
    ),
  ),
  positive("card in a prompt", () =>
    toAssistant(
      t`which network is this card, Visa or Mastercard? ${L("card", r.card(oneOf("Visa", "Mastercard", "Discover", "JCB", "Diners")))}`,
    ),
  ),
  positive("US wire instructions", () =>
    draft(
      mail("Wire instructions"),
      "typed",
      t`Wire instructions:\nBank: ${oneOf("First Republic", "Chase", "Wells Fargo", "Bank of America")}\nABA/Routing: ${L("routing-number", r.routingNumber())}\nAccount: ${L("bank-account", r.usAccountNumber())}\nBeneficiary: ${oneOf("Northwind Inc.", "Kestrel Labs LLC")}`,
    ),
  ),
  positive("routing number pasted", () =>
    draft(
      web("Gusto - Direct deposit", "https://app.gusto.com/employee/direct_deposit"),
      "clipboard",
      t`${L("routing-number", r.routingNumber())}`,
    ),
  ),
  negative("masked card", () =>
    draft(
      mail("Receipt"),
      "screen",
      plain(
        `Charged to ${oneOf("Visa", "Mastercard", "Amex")} •••• ${r.digits(4)}\nAmount: ${r.int(10, 900)}.${r.pad2(r.int(0, 99))} EUR`,
      ),
    ),
  ),
  negative("documented test cards", () =>
    draft(
      editor("checkout.spec.ts"),
      "typed",
      plain(
        oneOf(
          "// Stripe test card: 4242 4242 4242 4242, any future date, any CVC",
          "fill('#card', '4111 1111 1111 1111') // Visa test number from the gateway docs",
          "test card 5555 5555 5555 4444 should be declined with code 05 in sandbox",
        ),
      ),
    ),
  ),
  negative("registry example IBAN", () =>
    draft(
      notes("Payment form copy"),
      "typed",
      plain(
        oneOf(
          "Placeholder text: e.g. DE89 3704 0044 0532 0130 00",
          "Example from the IBAN registry: GB29 NWBK 6016 1331 9268 19",
          'placeholder="FR76 XXXX XXXX XXXX XXXX XXXX XXX"',
        ),
      ),
    ),
  ),
  negative("broken IBAN and card", () =>
    draft(
      jira(),
      "typed",
      plain(
        oneOf(
          `Validation error for ${r.brokenIban()}: checksum failed`,
          `Rejected card number ${r.brokenCard()} (Luhn)`,
        ),
      ),
    ),
  ),
  negative("bank fields in code", () =>
    draft(
      editor("payout.ts"),
      "typed",
      plain(
        oneOf(
          "iban: z.string().refine(isValidIban), // mod-97 checked server-side",
          "routingNumber?: string; // ABA, 9 digits",
          "const masked = card.slice(-4).padStart(card.length, '•');",
        ),
      ),
    ),
  ),
  negative("order and invoice numbers", () =>
    draft(
      workChat(),
      "typed",
      plain(
        `${oneOf("invoice", "PO", "Rechnung", "facture", "pedido")} ${r.orderNumber()} paid, ref ${r.digits(10)}`,
      ),
    ),
  ),
];

// ---------------------------------------------------------------- secrets

const secretTemplates: Template[] = [
  positive("password in prose", () =>
    draft(
      workChat(),
      "typed",
      t`${oneOf("the wifi password is", "guest network pw:", "admin pass for the NAS is", "das WLAN-Passwort ist", "le mot de passe du wifi c'est", "la contraseña es")} ${L("secret", r.password())}`,
    ),
  ),
  positive("user and pass pair", () => {
    const who = r.latinPerson();
    return draft(
      directChat(who.full),
      "typed",
      t`user: ${oneOf("admin", "root", "backup-operator", "ci-runner")}\npass: ${L("secret", r.password())}`,
    );
  }),
  positive("temporary password handed over", () => {
    const who = r.person();
    return draft(
      directChat(who.full),
      "typed",
      t`Hi ${L("name", who.given)}, your temporary password is ${L("secret", r.generatedPassword(12))} – you'll be asked to change it at first login`,
    );
  }),
  positive("PIN", () =>
    draft(
      workChat(),
      "keys",
      t`${oneOf("door code is", "the PIN for the company card is", "alarm code:", "PIN:")} ${L("secret", r.pin())}`,
    ),
  ),
  positive("command line password", () =>
    draft(
      terminal(),
      "keys",
      oneOf(
        t`mysql -u root -p${L("secret", r.generatedPassword(16))} -h db-replica-2`,
        t`psql "postgresql://app:${L("secret", r.generatedPassword(20))}@pg-main.internal:5432/orders"`,
        t`sshpass -p '${L("secret", r.humanPassword())}' ssh ops@build-agent-3`,
        t`curl -u admin:${L("secret", r.password())} https://jenkins.internal/api/json`,
        t`docker login -u ci-bot --password=${L("secret", r.generatedPassword(24))} registry.northwind.io`,
      ),
    ),
  ),
  positive("connection string", () =>
    draft(
      editor(".env.local"),
      "typed",
      oneOf(
        t`DATABASE_URL=postgres://orders:${L("secret", r.generatedPassword(18).replace(/[@/?#]/g, "x"))}@pg-orders.internal:5432/orders`,
        t`MONGO_URI=mongodb+srv://svc_reporting:${L("secret", r.alnum(24))}@cluster0.ab12c.mongodb.net/prod`,
        t`REDIS_URL=redis://:${L("secret", r.alnum(32))}@cache.internal:6379/0`,
        t`amqp://worker:${L("secret", r.alnum(20))}@rabbit.internal:5672/`,
      ),
    ),
  ),
  positive("dotenv file", () =>
    draft(
      editor(".env"),
      "clipboard",
      t`NODE_ENV=production\nSTRIPE_SECRET_KEY=${L("secret", r.stripeKey())}\nSENDGRID_API_KEY=${L("secret", r.sendgridKey())}\nPORT=8080`,
    ),
  ),
  positive("npmrc and yaml", () =>
    draft(
      editor(oneOf(".npmrc", "values-prod.yaml")),
      "typed",
      oneOf(
        t`//registry.npmjs.org/:_authToken=${L("secret", r.npmToken())}`,
        t`smtp:\n  host: smtp.northwind.io\n  user: mailer\n  password: "${L("secret", r.generatedPassword())}"`,
        t`{ "apiKey": "${L("secret", r.googleApiKey())}", "projectId": "northwind-prod" }`,
      ),
    ),
  ),
  positive("HTTP header", () =>
    draft(
      terminal(),
      "keys",
      oneOf(
        t`curl -H "Authorization: Bearer ${L("secret", r.jwt())}" https://api.northwind.io/v1/me`,
        t`curl -H 'X-Api-Key: ${L("secret", r.hexSecret(40))}' https://hooks.partner.example/v2`,
        t`Authorization: token ${L("secret", r.githubToken())}`,
      ),
    ),
  ),
  positive("provider token pasted in chat", () =>
    draft(
      workChat(),
      "typed",
      oneOf(
        t`here's the bot token: ${L("secret", r.slackToken())}`,
        t`GH token for the release job ${L("secret", r.chance(0.6) ? r.githubToken() : r.githubFineGrained())}`,
        t`gitlab deploy token: ${L("secret", r.gitlabToken())}`,
        t`OpenAI key for the hackathon ${L("secret", r.openAiKey())}`,
        t`anthropic key ${L("secret", r.anthropicKey())} (rotate after the demo)`,
      ),
    ),
  ),
  positive("AWS credentials file", () =>
    draft(
      editor("~/.aws/credentials"),
      "clipboard",
      t`[default]\naws_access_key_id = ${L("secret", r.awsKeyId())}\naws_secret_access_key = ${L("secret", r.awsSecret())}\nregion = eu-central-1`,
    ),
  ),
  positive("JWT in a debug note", () =>
    draft(notes("Auth debugging"), "typed", t`token from the failing request: ${L("secret", r.jwt())}`),
  ),
  positive("PEM private key", () =>
    draft(editor("deploy_key"), "clipboard", t`${L("secret", r.pemPrivateKey())}`),
  ),
  positive("secret in a prompt", () =>
    toAssistant(
      t`why does this fail with 401? curl -u api:${L("secret", r.stripeKey())} https://api.stripe.com/v1/charges`,
    ),
  ),
  positive("Kubernetes secret manifest", () =>
    draft(
      editor("k8s/secret.yaml"),
      "clipboard",
      t`apiVersion: v1\nkind: Secret\nmetadata:\n  name: orders-db\ndata:\n  password: ${L("secret", Buffer.from(r.generatedPassword()).toString("base64"))}`,
    ),
  ),
  positive("service account JSON", () =>
    draft(
      editor("sa-reporting.json"),
      "clipboard",
      t`{\n  "type": "service_account",\n  "project_id": "northwind-analytics",\n  "private_key_id": "${r.hex(40)}",\n  "private_key": "${L("secret", r.pemPrivateKey().replace(/\n/g, "\\n"))}",\n  "token_uri": "https://oauth2.googleapis.com/token"\n}`,
    ),
  ),
  positive("token in a URL", () => {
    const url = oneOf(
      t`https://api.northwind.io/v1/export?format=csv&access_token=${L("secret", r.hexSecret(40))}`,
      t`https://${oneOf("ci", "deploy")}:${L("secret", r.alnum(20))}@git.northwind.io/platform/api.git`,
      t`https://hooks.slack.com/services/T${r.alnum(8).toUpperCase()}/B${r.alnum(10).toUpperCase()}/${L("secret", r.alnum(24))}`,
    );
    return draft({ app: "Google Chrome", url: url.text }, "url", url);
  }),
  negative("AWS documentation example", () =>
    draft(
      notes("AWS CLI setup"),
      "typed",
      plain(
        "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
      ),
    ),
  ),
  negative("placeholders", () =>
    draft(
      editor("README.md"),
      "typed",
      plain(
        oneOf(
          "export GITHUB_TOKEN=<your-token>",
          `API_KEY=${"$"}{API_KEY}`,
          "password: XXXXXXXX",
          "STRIPE_SECRET_KEY=sk_live_...",
          "Authorization: Bearer <token>",
          "DB_PASSWORD= # injected from Vault at deploy",
        ),
      ),
    ),
  ),
  negative("code that refers to a secret", () =>
    draft(
      editor("config.ts"),
      "typed",
      plain(
        oneOf(
          "const key = process.env.STRIPE_SECRET_KEY;",
          "password = os.getenv('DB_PASSWORD')",
          "settings.SECRET_KEY",
          "ssh -i ~/.ssh/id_ed25519 deploy@bastion",
          `token: ${"$"}{{ secrets.NPM_TOKEN }}`,
          "vault kv get -field=password secret/prod/postgres",
        ),
      ),
    ),
  ),
  negative("public keys and certificates", () =>
    draft(
      editor("authorized_keys"),
      "clipboard",
      plain(
        oneOf(
          r.sshPublicKey(),
          `-----BEGIN CERTIFICATE-----\nMIID${r.alnum(60)}\n-----END CERTIFICATE-----`,
          `-----BEGIN PUBLIC KEY-----\nMFkw${r.alnum(60)}\n-----END PUBLIC KEY-----`,
        ),
      ),
    ),
  ),
  negative("settings pages about secrets", () => {
    const url = plain(
      oneOf(
        "https://github.com/settings/tokens",
        "https://us-east-1.console.aws.amazon.com/iam/home#/security_credentials",
        "https://dashboard.stripe.com/apikeys",
        "https://gitlab.com/-/user_settings/personal_access_tokens",
      ),
    );
    return draft({ app: "Google Chrome", url: url.text }, "url", url);
  }),
  negative("hashes, UUIDs and cursors", () =>
    draft(
      terminal(),
      "screen",
      plain(
        oneOf(
          `sha256:${r.sha(64)}`,
          `request_id=${r.uuid()}`,
          `next_cursor=${r.cursor()}`,
          `commit ${r.sha()}`,
          `etag: "${r.sha(32)}"`,
        ),
      ),
    ),
  ),
  negative("password talk without a password", () =>
    draft(
      workChat(),
      "typed",
      plain(
        oneOf(
          "I reset my password and still can't log in",
          "password reset link expired, can you send another?",
          "Passwort vergessen, IT ist informiert",
          "the password policy now needs 14 characters",
        ),
      ),
    ),
  ),
];

// ---------------------------------------------------------------- password fields

const loginPage = (): Place =>
  oneOf(
    web("Sign in to your account", "https://login.microsoftonline.com/common/oauth2/v2.0/authorize"),
    web("Okta Sign-In", "https://northwind.okta.com/login/login.htm"),
    web("Workday", "https://wd3.myworkday.com/northwind/login.htmld"),
    web("Log in | Online Banking", "https://banking.example-bank.de/login"),
    { app: "1Password", title: "New Login - 1Password" },
    { app: "Cisco Secure Client", title: "Cisco Secure Client | vpn.northwind.io" },
  );

const passwordFieldTemplates: Template[] = [
  positive("human password", () => draft(loginPage(), "password", plain(r.humanPassword()))),
  positive("generated password", () => draft(loginPage(), "password", plain(r.generatedPassword()))),
  positive("PIN in a banking field", () => draft(loginPage(), "password", plain(r.pin()))),
  positive("passphrase", () =>
    draft(
      loginPage(),
      "password",
      plain(
        `${r.pick(["correct", "purple", "Otter", "lamp", "Kaffee", "nuage"])}-${r.pick(["horse", "battery", "Fenster", "staple", "mango"])}-${r.int(10, 99)}`,
      ),
    ),
  ),
  negative("username field", () =>
    draft(loginPage(), "typed", plain(oneOf("svc-reporting", "admin", `ops${r.int(1, 9)}`, "build-bot"))),
  ),
  negative("login page title", () => {
    const title = plain(
      oneOf("Sign in to your account - Microsoft Edge", "Okta - Sign In", "Reset your password | Northwind"),
    );
    return draft({ app: "Microsoft Edge", title: title.text }, "title", title);
  }),
  negative("password policy on screen", () =>
    draft(
      loginPage(),
      "screen",
      plain(
        "Password must be at least 14 characters and contain an upper-case letter, a digit and a symbol.",
      ),
    ),
  ),
];

// ---------------------------------------------------------------- health

const conditions = [
  "a slipped disc",
  "migraines",
  "long COVID",
  "an ear infection",
  "bronchitis",
  "a kidney stone",
  "shingles",
  "tonsillitis",
  "a broken wrist",
  "pneumonia",
];

const healthTemplates: Template[] = [
  positive("sick note with a reason", () => {
    const who = r.person();
    return draft(
      workChat(),
      "typed",
      t`${L("name", who.given)} is off until ${weekday()} with ${r.pick(conditions)}, please cover the ${clock()} call`,
      ["health"],
    );
  }),
  positive("own appointment", () =>
    draft(
      workChat(),
      "typed",
      plain(
        `heads up: ${oneOf("cardiologist", "dermatologist", "physio", "oncology follow-up", "MRI scan")} at ${clock()} on ${weekday()}, back online after`,
      ),
      ["health"],
    ),
  ),
  positive("German Krankmeldung", () =>
    draft(
      mail("Krankmeldung"),
      "typed",
      plain(
        `Hallo zusammen, ich bin bis ${dateDMY()} krankgeschrieben (${oneOf("Bandscheibenvorfall", "Magen-Darm-Infekt", "Gürtelrose", "Mittelohrentzündung")}). Die AU reiche ich nach.`,
      ),
      ["health"],
    ),
  ),
  positive("French arrêt maladie", () =>
    draft(
      workChat(),
      "typed",
      plain(
        `Je suis en arrêt maladie jusqu'au ${dateDMY()}, ${oneOf("angine", "entorse à la cheville", "grippe", "sciatique")}, le médecin m'a prescrit du repos.`,
      ),
      ["health"],
    ),
  ),
  positive("Spanish baja médica", () =>
    draft(
      workChat(),
      "typed",
      plain(
        `Estoy de baja hasta el ${dateDMY()} por ${oneOf("una operación de rodilla", "neumonía", "una hernia discal")}.`,
      ),
      ["health"],
    ),
  ),
  positive("pregnancy disclosed", () => {
    const who = r.person();
    return draft(
      directChat(who.full),
      "typed",
      t`${L("name", who.given)}, just so you know, I'm ${r.int(12, 30)} weeks pregnant, I'll have check-ups every ${oneOf("two", "four")} weeks`,
      ["health"],
    );
  }),
  positive("test results in a patient portal", () =>
    draft(
      patientPortal(),
      "screen",
      plain(
        `HbA1c ${r.int(65, 95) / 10}% (high). Fasting glucose ${r.int(100, 160)} mg/dL. Please book a follow-up with your GP within ${r.int(2, 6)} weeks.`,
      ),
      ["health"],
    ),
  ),
  positive("medication", () =>
    draft(
      personalMessenger(),
      "typed",
      plain(
        `can you pick up my ${oneOf("sertraline", "levothyroxine", "metformin", "insulin", "Ritalin")} prescription? pharmacy closes at ${clock()}`,
      ),
      ["health", "prompt"],
    ),
  ),
  positive("Italian and Dutch", () =>
    draft(
      workChat(),
      "typed",
      oneOf(
        plain(`Domani ho la chemio alle ${clock()}, lavoro solo la mattina`),
        plain(
          `Ik heb ${oneOf("een hernia", "burn-outklachten", "een hersenschudding")}, de bedrijfsarts belt me ${oneOf("maandag", "dinsdag", "vrijdag")}`,
        ),
      ),
      ["health"],
    ),
  ),
  positive("health question to an assistant", () =>
    toAssistant(
      plain(
        `My ${oneOf("son", "mother", "partner")} has had a fever of ${r.int(38, 40)}.${r.int(1, 9)} for ${r.int(2, 5)} days, when should we go to the ER?`,
      ),
      ["health"],
    ),
  ),
  positive("patient portal message title", () => {
    const title = plain(
      `Re: your ${oneOf("biopsy", "MRI", "blood test", "allergy test", "thyroid panel")} results (${r.int(2, 28)} Nov) - MyChart`,
    );
    return draft({ app: "Google Chrome", title: title.text }, "title", title, ["health"]);
  }),
  negative("figurative disease words", () =>
    draft(
      workChat(),
      "typed",
      plain(
        oneOf(
          "this legacy module is a cancer, every fix spreads",
          `the launch post went viral, ${r.int(10, 90)}k views`,
          "our backlog has a bad case of scope creep",
          "quick sanity check before I merge?",
          "this flaky test is contagious, now three suites fail",
        ),
      ),
    ),
  ),
  negative("health check dashboard title", () => {
    const title = plain(
      oneOf(
        "healthz / liveness - Grafana",
        "Service Health Dashboard - AWS",
        `Pod health: ${r.int(90, 100)}% ready - Lens`,
      ),
    );
    return draft({ app: "Google Chrome", title: title.text }, "title", title);
  }),
  negative("clinical words in code", () =>
    draft(
      editor("schema.prisma"),
      "typed",
      plain(
        oneOf(
          "model Patient { id String @id  diagnosisCode String?  admittedAt DateTime }",
          "CREATE INDEX idx_prescriptions_patient_id ON prescriptions(patient_id);",
          "GET /healthz returns 200 when the pod is healthy",
          `heartbeat interval ${r.int(5, 60)}s, cold start ${r.int(200, 900)}ms`,
        ),
      ),
    ),
  ),
  negative("German and French figures of speech", () =>
    draft(
      workChat(),
      "typed",
      plain(
        oneOf(
          "Das Legacy-Modul ist Gift für die Performance",
          "Le serveur de build est malade depuis ce matin, je relance",
          "Ce bug est une vraie épidémie dans le backlog",
          `Der Health-Check schlägt seit ${r.int(2, 40)} Minuten fehl`,
        ),
      ),
    ),
  ),
  negative("health industry business talk", () =>
    draft(
      workChat(),
      "typed",
      plain(
        `the ${oneOf("hospital", "pharmacy chain", "clinic group")} renewal is at ${r.int(40, 400)}k, legal wants the DPA by ${weekday()}`,
      ),
    ),
  ),
];

// ---------------------------------------------------------------- HR

const hrTemplates: Template[] = [
  positive("salary of a person", () => {
    const who = r.person();
    return draft(
      directChat(r.person().full),
      "typed",
      t`${L("name", who.full)}'s offer is ${r.int(55, 140)}k base plus ${r.int(5, 20)}% bonus, can you approve?`,
      ["hr"],
    );
  }),
  positive("performance rating", () => {
    const who = r.person();
    return draft(
      hrTool(),
      "typed",
      t`${L("name", who.full)}: ${oneOf(
        "Below expectations this cycle. Missed two delivery deadlines.",
        "Needs improvement this cycle. Communication with stakeholders must improve.",
        "Exceeds expectations this cycle. Strong ownership of the migration.",
        "Meets expectations this cycle; ready for a stretch project next half.",
      )}`,
      ["hr"],
    );
  }),
  positive("improvement plan", () => {
    const who = r.person();
    return draft(
      mail("PIP - next steps"),
      "typed",
      t`We'll put ${L("name", who.given)} on a ${r.int(30, 90)}-day performance improvement plan starting ${weekday()}; HR will join the meeting.`,
      ["hr"],
    );
  }),
  positive("termination and severance", () => {
    const who = r.person();
    return draft(
      mail("Confidential"),
      "typed",
      t`Termination of ${L("name", who.full)} effective ${dateDMY()}, severance ${r.int(2, 9)} months' pay, keep this between us.`,
      ["hr"],
    );
  }),
  positive("German Abmahnung", () => {
    const who = r.person("DE");
    return draft(
      mail("Abmahnung"),
      "typed",
      t`Herr ${L("name", who.family)} erhält eine Abmahnung wegen wiederholter Verspätung; das Gespräch ist am ${dateDMY()}.`,
      ["hr"],
    );
  }),
  positive("French augmentation", () =>
    draft(
      workChat(),
      "typed",
      plain(
        `J'ai eu mon entretien annuel : augmentation de ${r.int(2, 8)} %, et promotion en ${oneOf("senior", "lead", "manager")} à partir de ${oneOf("janvier", "mars", "juillet")}.`,
      ),
      ["hr"],
    ),
  ),
  positive("parental and disability leave", () => {
    const who = r.person();
    return draft(
      hrTool(),
      "screen",
      t`Leave request: ${L("name", who.full)}\nType: ${oneOf("Parental leave", "Disability leave", "Elternzeit", "Congé parental")}\nFrom ${leaveSpan()}`,
      ["hr"],
    );
  }),
  positive("Spanish despido", () =>
    draft(
      workChat(),
      "typed",
      plain(
        `Nos han comunicado ${r.int(3, 40)} despidos en el equipo de ventas, la indemnización es de ${r.int(20, 33)} días por año.`,
      ),
      ["hr"],
    ),
  ),
  positive("promotion case", () => {
    const who = r.person();
    return draft(
      notes("Promo committee"),
      "typed",
      t`Promotion case: ${L("name", who.full)} to Staff Engineer, new band ${oneOf("L6", "E5", "IC4")}, salary ${r.int(120, 190)}k`,
      ["hr"],
    );
  }),
  positive("HR question to an assistant", () =>
    toAssistant(
      plain(
        `How do I tell someone on my team their contract won't be renewed after ${r.int(6, 24)} months? They've been underperforming since ${oneOf("March", "the reorg", "the summer")}`,
      ),
      ["hr"],
    ),
  ),
  positive("Italian and Dutch HR", () => {
    const who = r.person();
    return draft(
      mail(oneOf("Riservato", "Vertrouwelijk")),
      "typed",
      oneOf(
        t`Il contratto di ${L("name", who.full)} non verrà rinnovato a ${oneOf("marzo", "giugno", "settembre")}; prepariamo la lettera.`,
        t`Het ontslaggesprek met ${L("name", who.full)} staat op ${oneOf("maandag", "woensdag")} om ${clock()}.`,
      ),
      ["hr"],
    );
  }),
  positive("HR document title", () => {
    const who = r.latinPerson();
    const title = oneOf(
      t`Offer Letter - ${L("name", who.full)}.pdf - Adobe Acrobat Reader`,
      t`PIP_${L("name", `${who.given}_${who.family}`.replace(/ /g, "_"))}_final.docx - Word`,
      t`Severance agreement ${L("name", who.full)} - DocuSign`,
    );
    return draft(
      { app: oneOf("Adobe Acrobat Reader", "Microsoft Word", "Google Chrome"), title: title.text },
      "title",
      title,
      ["hr"],
    );
  }),
  negative("terminate and kill in engineering", () =>
    draft(
      workChat(),
      "typed",
      plain(
        oneOf(
          `terminate the pod ${oneOf("api", "worker", "ingest")}-${r.hex(5)}, it's stuck in CrashLoopBackOff`,
          "kill the process and fire the webhook again",
          "promote the build to production after QA",
          "we need to fire the cron manually",
          `the node was evicted ${r.int(2, 9)} times last night`,
        ),
      ),
    ),
  ),
  negative("performance insights title", () => {
    const title = plain(
      oneOf(
        "Performance Insights - Amazon RDS",
        "Lighthouse performance report - localhost:3000",
        `Review requested: perf(api) cache warmup #${r.int(100, 9999)}`,
      ),
    );
    return draft({ app: "Google Chrome", title: title.text }, "title", title);
  }),
  negative("performance review of a system", () =>
    draft(
      notes("Query planner perf review"),
      "typed",
      plain(
        `Performance review of the query planner: p95 ${r.int(80, 400)}ms, index-only scans on ${r.int(3, 12)} tables`,
      ),
    ),
  ),
  negative("salary in a schema or template", () =>
    draft(
      editor("payroll/models.py"),
      "typed",
      plain(
        oneOf(
          "salary = models.DecimalField(max_digits=10, decimal_places=2)",
          "class OfferLetterTemplate(BaseTemplate):",
          "SELECT department, avg(salary) FROM payroll GROUP BY 1 -- for the benchmark dashboard",
        ),
      ),
    ),
  ),
  negative("vendor contract notice", () =>
    draft(
      workChat(),
      "typed",
      plain(
        `we gave notice on the ${oneOf("Salesforce", "Zendesk", "office cleaning", "Datadog")} contract, termination effective end of Q${r.int(1, 4)}`,
      ),
    ),
  ),
  negative("job posting", () =>
    draft(
      web("Careers - Northwind", "https://northwind.io/careers"),
      "typed",
      plain(
        `We're hiring a ${oneOf("Senior Backend Engineer", "Product Designer", "Data Analyst")} in ${oneOf("Berlin", "Lisbon", "remote EU")}. Salary range published in the ad.`,
      ),
    ),
  ),
];

// ---------------------------------------------------------------- personal life

const personalTemplates: Template[] = [
  positive("weekend plans in work chat", () =>
    draft(
      workChat(),
      "typed",
      plain(
        `${oneOf("we're driving to the coast", "my in-laws are visiting", "finally moving flat")} this weekend, ${oneOf("wish me luck", "so no laptop", "kids are super excited")} 😅 ${r.int(2, 9)} days off after`,
      ),
      ["prompt"],
    ),
  ),
  positive("dating", () => {
    const who = r.person();
    return draft(
      personalMessenger(),
      "typed",
      t`date with ${L("name", who.given)} went ${oneOf("great", "weird", "really well")}, seeing ${oneOf("her", "him", "them")} again ${weekday()}!`,
      ["prompt"],
    );
  }),
  positive("money worries", () =>
    draft(
      directChat(r.person().full),
      "typed",
      plain(
        `honestly stressed, rent went up ${r.int(100, 400)}€ and the car needs ${r.int(600, 2500)}€ of repairs`,
      ),
      ["prompt"],
    ),
  ),
  positive("family news", () =>
    draft(
      personalMessenger(),
      "typed",
      plain(
        oneOf(
          `Oma wird am ${oneOf("Samstag", "Sonntag")} ${r.int(80, 96)}, wer bringt den Kuchen mit?`,
          `Grandma turns ${r.int(80, 96)} on ${weekday()}, who's bringing the cake?`,
          `Mamie fête ses ${r.int(80, 96)} ans dimanche, qui apporte le gâteau ?`,
        ),
      ),
      ["prompt"],
    ),
  ),
  positive("own illness to a friend", () =>
    draft(
      personalMessenger(),
      "typed",
      plain(`doctor says it's ${r.pick(conditions)}, stuck at home for ${r.int(3, 14)} days 🙄`),
      ["prompt", "health"],
    ),
  ),
  positive("job worries to a friend", () =>
    draft(
      personalMessenger(),
      "typed",
      plain(
        `my manager put me on a PIP today, ${r.int(30, 90)} days to "improve". I think I'm being pushed out`,
      ),
      ["prompt", "hr"],
    ),
  ),
  positive("German private", () =>
    draft(
      personalMessenger(),
      "typed",
      plain(`Schatz, kannst du die Kinder um ${clock()} von der Kita holen? Ich hänge im Meeting fest`),
      ["prompt"],
    ),
  ),
  positive("Spanish and French private", () =>
    draft(
      personalMessenger(),
      "typed",
      oneOf(
        plain(
          `Cariño, ya reservé la cena para el ${oneOf("viernes", "sábado", "domingo")} a las ${clock()} ❤️`,
        ),
        plain(`Chéri, le vétérinaire a appelé, Filou va mieux. On le récupère à ${clock()}`),
      ),
      ["prompt"],
    ),
  ),
  positive("breakup in a DM", () =>
    draft(
      directChat(r.person().full),
      "typed",
      plain(`sorry I was off today, we broke up after ${r.int(2, 9)} years and I haven't slept`),
      ["prompt"],
    ),
  ),
  negative("work talk in a personal messenger", () =>
    draft(
      personalMessenger(),
      "typed",
      plain(
        oneOf(
          `can you push the release notes before standup? ${r.ticket()} is blocking`,
          "client moved the demo to 3pm, bring the HDMI adapter",
          `Server ist wieder da, Deploy läuft (${r.int(2, 30)} min)`,
          "le client veut le devis avant vendredi",
          `el build ${r.int(100, 999)} falló otra vez`,
        ),
      ),
    ),
  ),
  negative("team logistics in work chat", () =>
    draft(workChat(), "typed", plain(`standup moved to ${clock()} on ${weekday()}, same link`)),
  ),
  negative("company social event announcement", () =>
    draft(
      workChat(),
      "typed",
      plain(`Office summer party ${dateDMY()}, RSVP in the form, food trucks from ${clock()}`),
    ),
  ),
];

// ---------------------------------------------------------------- prompts

const promptTemplates: Template[] = [
  positive("coding question", () =>
    toAssistant(
      plain(
        `how do I ${oneOf("debounce a React input", "paginate with keyset in Postgres", "retry with backoff in Go", "mock fetch in vitest")} without ${oneOf("a library", "breaking types", "extra renders")}? target ${oneOf("Node 20", "TS 5.6", "Go 1.23")}`,
      ),
    ),
  ),
  positive("rewrite request", () =>
    toAssistant(
      plain(
        `Rewrite this to sound less passive-aggressive: "As I said ${r.int(2, 4)} times already, the deadline is ${weekday()}."`,
      ),
    ),
  ),
  positive("German prompt", () =>
    toAssistant(
      plain(`Fasse diesen Vertrag in ${r.int(3, 7)} Stichpunkten zusammen und markiere Kündigungsfristen.`),
    ),
  ),
  positive("French prompt", () =>
    toAssistant(
      plain(`Traduis en anglais : « Nous vous remercions pour votre commande n° ${r.int(1000, 9999)} ».`),
    ),
  ),
  positive("Spanish and Italian prompts", () =>
    toAssistant(
      oneOf(
        plain(
          `Explícame la diferencia entre ${oneOf("OAuth y OIDC", "Kafka y RabbitMQ", "REST y gRPC")} con un ejemplo`,
        ),
        plain(`Scrivi una mail per rimandare la riunione a ${oneOf("lunedì", "giovedì")} alle ${clock()}`),
      ),
    ),
  ),
  positive("Copilot in the editor", () =>
    draft(
      { app: "Code", title: "Copilot Chat - northwind-api - Visual Studio Code" },
      "prompt",
      plain(
        `/explain why ${oneOf("useEffect runs twice", "this regex backtracks", "the migration locks the table")} in ${oneOf("Orders.tsx", "parse.ts", "0043_index.sql")}`,
      ),
      ["prompt"],
    ),
  ),
  positive("data analysis prompt with a name", () => {
    const who = r.person();
    return toAssistant(
      t`Summarise the churn numbers ${L("name", who.given)} shared: Q1 ${r.int(2, 9)}.${r.int(0, 9)}%, Q2 ${r.int(2, 9)}.${r.int(0, 9)}%, what's the trend?`,
    );
  }),
  positive("Perplexity research", () =>
    draft(
      web("Perplexity", "https://www.perplexity.ai/"),
      "typed",
      plain(
        `compare ${oneOf("Hetzner and OVH", "Snowflake and BigQuery", "Linear and Jira")} pricing for ${r.int(20, 500)} seats`,
      ),
      ["prompt"],
    ),
  ),
  positive("Le Chat with an HR matter", () =>
    draft(
      web("Le Chat - Mistral AI", "https://chat.mistral.ai/chat"),
      "typed",
      plain(
        `Aide-moi à rédiger un avertissement pour un salarié arrivé en retard ${r.int(3, 9)} fois ce mois-ci`,
      ),
      ["prompt", "hr"],
    ),
  ),
  negative("search engine query", () =>
    draft(
      web("Google", "https://www.google.com/"),
      "typed",
      plain(
        `${oneOf("postgres keyset pagination", "react debounce input", "kafka consumer lag alert", "jest mock fetch")} ${oneOf("example", "stackoverflow", "2026")}`,
      ),
    ),
  ),
  negative("question to a colleague", () =>
    draft(
      workChat(),
      "typed",
      plain(
        oneOf(
          "how do I get access to the staging cluster?",
          "anyone knows why CI is red on main?",
          "where is the brand font stored?",
          "wie beantrage ich einen zweiten Monitor?",
        ),
      ),
    ),
  ),
  negative("assistant window title and URL", () => {
    const url = oneOf(
      "https://chatgpt.com/",
      "https://claude.ai/new",
      "https://gemini.google.com/app",
      "https://copilot.microsoft.com/",
    );
    return r.chance(0.5)
      ? draft({ app: "Google Chrome", url }, "url", plain(url))
      : draft(
          { app: "Google Chrome", title: "ChatGPT - Google Chrome" },
          "title",
          plain(oneOf("ChatGPT - Google Chrome", "Claude - Firefox", "Gemini - Microsoft Edge")),
        );
  }),
  negative("wiki search box", () =>
    draft(
      web("Search - Confluence", "https://northwind.atlassian.net/wiki/search"),
      "typed",
      plain(
        oneOf("how to rotate the api key", "onboarding checklist", "vpn setup mac", "expense policy travel"),
      ),
    ),
  ),
  negative("Stack Overflow question draft", () =>
    draft(
      web("Ask a question - Stack Overflow", "https://stackoverflow.com/questions/ask"),
      "typed",
      plain(
        `TypeScript: why does narrowing fail on ${oneOf("a union of tuples", "optional chaining", "a generic index")}?`,
      ),
    ),
  ),
];

// ---------------------------------------------------------------- families

export const sixthFamilies: { name: string; count: number; templates: Template[] }[] = [
  { name: "names", count: 260, templates: nameTemplates },
  { name: "addresses", count: 220, templates: addressTemplates },
  { name: "passports", count: 200, templates: passportTemplates },
  { name: "national-ids", count: 260, templates: nationalIdTemplates },
  { name: "phones-emails", count: 240, templates: phoneEmailTemplates },
  { name: "ip-addresses", count: 180, templates: ipTemplates },
  { name: "payment", count: 280, templates: paymentTemplates },
  { name: "secrets", count: 320, templates: secretTemplates },
  { name: "password-fields", count: 150, templates: passwordFieldTemplates },
  { name: "health", count: 230, templates: healthTemplates },
  { name: "hr", count: 230, templates: hrTemplates },
  { name: "personal-life", count: 200, templates: personalTemplates },
  { name: "prompts", count: 230, templates: promptTemplates },
];

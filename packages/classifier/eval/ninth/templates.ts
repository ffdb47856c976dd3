import type { Topic } from "../items.ts";
import { type Composed, type Draft, L, type Labelled, type Place, type Template, t } from "../templates.ts";
import * as n from "./values.ts";

/**
 * The ninth corpus, written apart in round eight from the detectors (nobody
 * writing it read the classifier's source, its README's rule tables, or the
 * eighth corpus) and measured separately from the other parts.
 *
 * Seed 20261212 (`ninthSeed` in corpus.ts). 3,010 items in 13 families:
 * names 240, addresses 220, travel documents 200, national ids 250, phones and
 * emails 250, IPs 200, payment details 270, secrets 320, password fields 150,
 * health 230, HR 230, personal life 210, prompts 240. dealApart draws each
 * item from the family's hard negatives with chance 0.25, so about a quarter
 * of every family is hard negatives (764 of 3,010 at this seed, 21–32 % per
 * family).
 *
 * Random source: RomuTrio32 seeded through MurmurHash3's finaliser
 * (values.ts); no earlier corpus used it. All values are hand-written: no data
 * package. Names from 26 cultures, in Latin script with diacritics and
 * particles and in Cyrillic, Greek, Arabic, Hebrew, Devanagari, Thai, kanji,
 * hanzi and hangul (family name first where the culture writes it so), plus
 * given names that are everyday words (Ruby, Chase, Penny, Miles …).
 * Addresses of US, GB, DE, FR, ES, IT, NL, PT, PL, SE, DK, JP, BR, IN, MX and
 * CA in their own layouts. Phones: the organisation's regions (US, GB, DE, FR,
 * ES) in national or international form, IT, NL, PL, SE, PT, IE, JP, BR, IN,
 * NG, AU, MX and TR in international form only. Identifiers carry their
 * issuers' check digits, computed in values.ts: cards (Visa, Mastercard 51–55
 * and 2221–2720, Amex, Discover, JCB, Diners, UnionPay) pass Luhn, IBANs of 22
 * countries pass mod 97, US routing numbers pass 3-7-1, passports sit in MRZs
 * with ICAO 7-3-1 check digits, and the national ids (SSN, NINO, Steuer-ID,
 * NIR, DNI, NIE, BSN, PESEL, personnummer, henkilötunnus, fødselsnummer, NIF,
 * AHV, CPF, SIN, Aadhaar with Verhoeff, Personalausweis) follow their rules.
 * Text is written in en, de, fr, es, nl, it, pt, pl and sv, with typos, lower
 * case and fragments, in Slack, Teams, Google Chat, Mattermost, WhatsApp,
 * Signal, Telegram, LINE, Viber, Outlook, Gmail, Notion, Confluence, Jira,
 * Zendesk, Workday, Personio, BambooHR, HiBob, Lattice, Excel, terminals and
 * browsers, over every channel (typed, key presses, window titles, URLs,
 * clipboard, screen text, prompts, password fields).
 *
 * Hard negatives: companies, brands, places, meeting rooms and algorithms
 * named like people, word names used as words; tracking, booking, e-ticket,
 * invoice, order, PO, employee and ticket numbers; ISBNs, company register,
 * VAT and EIN numbers; masked and documented sample SSNs; fictional phone
 * ranges (US 555-01xx, Ofcom's drama ranges), freephone company hotlines;
 * role mailboxes, placeholder addresses, git remotes, npm scopes, @2x images;
 * browser and Windows build numbers, OIDs, firmware and clause numbers shaped
 * like IPs, documentation ranges, loopback and bind-all addresses, subnet
 * masks; Luhn-failing cards, masked cards, documented test cards, the
 * documented example IBAN and IBANs failing mod 97, nine-digit numbers failing
 * 3-7-1; placeholders, env-var and vault references, hashes, digests, SRI and
 * npm integrity strings, UUIDs and trace ids, Stripe publishable keys, Sentry
 * DSNs, documented example keys and the jwt.io sample token, public keys and
 * certificates, data URLs; login pages' titles and URLs, usernames typed in
 * username fields; figurative disease words, "post-mortem", "triage", health
 * checks and `brew doctor`; HR words in engineering talk, neutral HR pages,
 * job ads, news of another company's layoffs; work talk in personal
 * messengers and parcel notifications; search-box questions, questions to
 * colleagues, assistants' window titles, "command prompt" and "prompt
 * payment".
 *
 * Labelling calls someone could disagree with (kept in line with the earlier
 * corpora): whatever is typed to an assistant is a prompt (toItem adds it for
 * ChatGPT, Claude and Gemini; here for Copilot, Perplexity, Le Chat, DeepSeek
 * and Copilot Chat in an editor). Personal life told in a chat, a messenger or
 * a work channel carries "prompt"; the writer's own health or HR news told to
 * a friend carries prompt beside health or hr; a sick-day note to one's team
 * is health only, and an HR matter about a named colleague is hr with the
 * name labelled. A password typed into a password field carries no span (the
 * field is prohibited as a whole). A person's work email and work phone are
 * labelled like private ones; company hotlines and role mailboxes are not. A
 * given name alone is a name when it points at a person ("Penny said …"). An
 * MRZ labels only the passport number in line two. A German identity-card
 * serial (Personalausweis) is a national-id, not a passport. A UK sort code,
 * a German BLZ and an Australian BSB are routing-number. Private addresses
 * (10.x, 192.168.x) are ip; loopback, 0.0.0.0, subnet masks and RFC 5737
 * documentation ranges are not. A Slack webhook URL is a secret as a whole; a
 * PIN, a door or alarm code, a Wi-Fi password, 2FA recovery codes, a BitLocker
 * recovery key, a 1Password Secret Key and a vault passphrase are secrets, and
 * so is a base64 value in a Kubernetes Secret or a Docker config's "auth"; a
 * token inside a git remote URL is labelled alone, not the URL; a password in
 * a connection string is labelled, its user name is not; a CVC beside a card
 * is left unlabelled (the card label covers the event). Meeting rooms named
 * after scientists, and a company's EIN or SIRET, are not personal. A URL or
 * window title can carry health or hr when it names a person's review or
 * finding. A value inside a URL is labelled as it stands there,
 * percent-encoded ("Soo-ah+Takahashi", "name%40free.fr"); a surname alone in
 * a scan's file name is a name.
 */

// ---------------------------------------------------------------- places

const browser = (title: string, url?: string): Place => ({
  app: n.pick(["Google Chrome", "Firefox", "Microsoft Edge", "Safari", "Arc", "Opera"]),
  title,
  ...(url === undefined ? {} : { url }),
});
const workChat = (): Place =>
  n.pick([
    {
      app: "Slack",
      title: `${n.pick(["#fin-ops", "#it-helpdesk", "#squad-checkout", "#office-london", "#dach-vertrieb", "#general"])} - Quillstone - Slack`,
    },
    {
      app: "Microsoft Teams",
      title: `${n.pick(["Chat", "Ventas Iberia", "Infra on-call", "Équipe Paris"])} | Microsoft Teams`,
    },
    { app: "Google Chat", title: `${n.pick(["Support EMEA", "Chat"])} - Google Chat` },
    { app: "Mattermost", title: `${n.pick(["backend", "lager-hamburg", "off-topic"])} - Mattermost` },
  ]);
const messenger = (): Place =>
  n.pick([
    { app: "WhatsApp", title: "WhatsApp" },
    browser("WhatsApp", "https://web.whatsapp.com/"),
    { app: "Signal", title: "Signal" },
    { app: "Telegram", title: "Telegram" },
    { app: "LINE", title: "LINE" },
    { app: "Viber", title: "Rakuten Viber" },
    { app: "Messages", title: "Messages" },
  ]);
const mail = (subject: string): Place =>
  n.pick([
    { app: "Microsoft Outlook", title: `${subject} - Message (HTML)` },
    { app: "Microsoft Outlook", title: `${subject} - Outlook` },
    browser(`${subject} - Gmail`, "https://mail.google.com/mail/u/0/#inbox?compose=new"),
    browser(`${subject} | Proton Mail`, "https://mail.proton.me/u/0/inbox"),
    { app: "Mail", title: subject },
    { app: "Thunderbird", title: `Write: ${subject} - Thunderbird` },
  ]);
const notes = (): Place =>
  n.pick([
    { app: "Notion", title: n.pick(["Handover", "Reisen 2027", "Onboarding checklist", "Scratchpad"]) },
    browser(
      "Team space - Confluence",
      `https://quillstone.atlassian.net/wiki/spaces/OPS/pages/${n.digits(9)}`,
    ),
    browser(
      "Untitled document - Google Docs",
      `https://docs.google.com/document/d/${n.fromSet(n.alnum, 44)}/edit`,
    ),
    { app: "Microsoft Word", title: `${n.pick(["Notizen", "compte-rendu", "notas"])}.docx - Word` },
    { app: "Obsidian", title: "inbox - Obsidian" },
    { app: "Notes", title: "Notes" },
    { app: "OneNote", title: "Quick Notes - OneNote" },
  ]);
const ticket = (): Place =>
  n.pick([
    browser(
      `[${n.pick(["OPS", "HELP", "CHK", "FIN"])}-${n.int(100, 9999)}] - Jira`,
      "https://quillstone.atlassian.net/browse/",
    ),
    browser(
      `Ticket #${n.int(10000, 99999)} - Zendesk`,
      `https://quillstone.zendesk.com/agent/tickets/${n.int(10000, 99999)}`,
    ),
    browser("Freshdesk", "https://quillstone.freshdesk.com/a/tickets/"),
    { app: "Linear", title: `${n.pick(["ENG", "WEB"])}-${n.int(10, 999)} - Linear` },
  ]);
const terminal = (): Place =>
  n.pick([
    { app: "iTerm2", title: "-zsh — 132×43" },
    { app: "Terminal", title: "bash — deploy@jump-01" },
    { app: "Windows Terminal", title: "Administrator: PowerShell" },
    { app: "Warp", title: "~/code/ledger" },
    {
      app: "Visual Studio Code",
      title: `${n.pick([".env", "values.yaml", "appsettings.json", "compose.yaml"])} — ledger`,
    },
    { app: "IntelliJ IDEA", title: `ledger – ${n.pick(["application.yml", "Main.kt", "build.gradle.kts"])}` },
  ]);
const sheet = (name: string): Place =>
  n.pick([
    { app: "Microsoft Excel", title: `${name}.xlsx - Excel` },
    browser(
      `${name} - Google Sheets`,
      `https://docs.google.com/spreadsheets/d/${n.fromSet(n.alnum, 44)}/edit`,
    ),
    { app: "Numbers", title: `${name}.numbers` },
  ]);
const hrPortal = (page: string): Place =>
  n.pick([
    browser(`${page} - Workday`, "https://wd3.myworkday.com/quillstone/d/home.htmld"),
    browser(`${page} | Personio`, "https://quillstone.personio.de/my-desk"),
    browser(`${page} - BambooHR`, "https://quillstone.bamboohr.com/home"),
    browser(`${page} - HiBob`, "https://app.hibob.com/home"),
    browser(`${page} | Lattice`, "https://quillstone.latticehq.com/"),
  ]);
const assistant = (): { place: Place; topics: Topic[] } =>
  n.pick([
    { place: { app: "ChatGPT", title: "ChatGPT" }, topics: [] as Topic[] },
    { place: browser("ChatGPT", "https://chatgpt.com/"), topics: ["prompt"] as Topic[] },
    { place: { app: "Claude", title: "Claude" }, topics: [] },
    { place: browser("Gemini", "https://gemini.google.com/app/"), topics: [] },
    { place: { app: "Microsoft Copilot", title: "Microsoft Copilot" }, topics: ["prompt"] },
    { place: browser("Perplexity", "https://www.perplexity.ai/search/new"), topics: ["prompt"] },
    { place: browser("Le Chat - Mistral AI", "https://chat.mistral.ai/chat"), topics: ["prompt"] },
    { place: browser("DeepSeek - Into the Unknown", "https://chat.deepseek.com/"), topics: ["prompt"] },
    { place: { app: "Visual Studio Code", title: "CHAT: GitHub Copilot — ledger" }, topics: ["prompt"] },
  ]);

// ---------------------------------------------------------------- helpers

type Make = () => Draft;
const pos = (name: string, make: Make): Template => ({ name, make });
const neg = (name: string, make: Make): Template => ({ name, negative: true, make });
const plain = (text: string): Composed => ({ text, labels: [] });
const oneOf = (...texts: string[]): Composed => plain(n.pick(texts));
/** One of several ways to say it, each drawn fresh. */
const anyOf = (...makers: (() => Composed)[]): Composed => n.pick(makers)();
const typed = (place: Place, body: Composed, topics?: Topic[]): Draft => ({
  place,
  channel: "typed",
  body,
  ...(topics ? { topics } : {}),
});
const as = (channel: Draft["channel"], place: Place, body: Composed, topics?: Topic[]): Draft => ({
  place,
  channel,
  body,
  ...(topics ? { topics } : {}),
});
/** People type chat in lower case: lower everything outside the labels (where lowering keeps the length). */
function casual(body: Composed, p = 0.35): Composed {
  if (!n.chance(p)) return body;
  let text = "";
  for (let i = 0; i < body.text.length; i++) {
    const ch = body.text.charAt(i);
    const inside = body.labels.some((label) => label.start <= i && i < label.end);
    const low = ch.toLowerCase();
    text += inside || low.length !== ch.length ? ch : low;
  }
  return { text, labels: body.labels };
}
const N = (): Labelled => L("name", n.fullName());
const NL = (): Labelled => L("name", n.latinName());
const G = (): Labelled => L("name", n.givenName(true));
const S = (value: string): Labelled => L("secret", value);
const date = () => `${n.int(1, 28)}.${n.int(1, 12)}.${n.int(2027, 2034)}`;
const ymd = () => `2026-${String(n.int(1, 12)).padStart(2, "0")}-${String(n.int(1, 28)).padStart(2, "0")}`;

// ---------------------------------------------------------------- names

const names: Template[] = [
  pos("double booked", () =>
    typed(workChat(), casual(t`can ${N()} take the 2pm with the auditors? im double booked`)),
  ),
  pos("call title", () =>
    as("title", { app: "Microsoft Teams", title: "" }, t`Call with ${NL()} | Microsoft Teams`),
  ),
  pos("calendar invite title", () =>
    as(
      "title",
      { app: "Google Chrome", title: "" },
      t`Invitation: 1:1 ${G()} / ${G()} @ ${n.pick(["Tue", "Wed", "Thu"])} ${n.int(1, 28)} Jan 2027 10am - 10:30am (CET) - Gmail`,
    ),
  ),
  pos("zendesk requester", () =>
    as(
      "screen",
      ticket(),
      t`Requester\n${N()}\nOrganization\n${n.pick(["Brightfield Analytics", "Taller Azul S.L.", "Maison Verre"])}\nLast update 2 hours ago`,
    ),
  ),
  pos("german handover", () =>
    typed(
      mail("Übergabe"),
      t`Hallo ${G()},\n\ndanke für die schnelle Rückmeldung. ${NL()} aus dem Einkauf meldet sich morgen bei dir wegen der Rahmenverträge.\n\nVG`,
    ),
  ),
  pos("french cc", () =>
    typed(workChat(), casual(t`tu peux mettre ${NL()} en copie ? c'est elle qui valide les notes de frais`)),
  ),
  pos("spanish new joiner", () =>
    typed(workChat(), t`${NL()} se incorpora el lunes al equipo de soporte, ¿le preparáis el portátil?`),
  ),
  pos("dutch birthday", () => typed(workChat(), t`${NL()} is vandaag jarig, taart om 3 uur in de keuken 🎂`)),
  pos("italian forward", () =>
    typed(mail("Re: preventivo"), t`ho girato la mail a ${NL()}, dovrebbe risponderti entro domani`),
  ),
  pos("polish takeover", () => typed(workChat(), t`${NL()} przejmie projekt od przyszłego tygodnia`)),
  pos("swedish holiday", () => typed(workChat(), t`${NL()} har semester hela vecka 32, fråga mig istället`)),
  pos("portuguese reschedule", () =>
    typed(workChat(), t`a ${NL()} pediu pra remarcar a reunião para quinta de manhã`),
  ),
  pos("any script name", () =>
    typed(
      n.pick([workChat(), messenger()]),
      anyOf(
        () => t`meeting notes from ${N()} are in the shared drive`,
        () => t`${N()} joined the call late, recap below`,
        () => t`spoke to ${N()} — contract goes out friday`,
      ),
    ),
  ),
  pos("crm search keys", () =>
    as("keys", browser("Contacts | HubSpot", "https://app.hubspot.com/contacts/"), t`${NL()}`),
  ),
  pos("people search url", () => {
    const name = n.latinName();
    return as(
      "url",
      browser("Search - Workday"),
      t`https://wd3.myworkday.com/quillstone/d/search.htmld?q=${L("name", encodeURIComponent(name).replace(/%20/g, "+"))}&state=searchCategory-all:default`,
    );
  }),
  pos("signature", () =>
    as(
      "clipboard",
      mail("Re: Lieferung"),
      t`Mit freundlichen Grüßen\n\n${NL()}\nTeamleitung Disposition\nOstwind Logistik GmbH`,
    ),
  ),
  pos("word name as person", () =>
    typed(
      workChat(),
      anyOf(
        () =>
          t`${L("name", n.pick(n.wordNames))} said the numbers look off, can you double-check before the board pack?`,
        () => t`waiting on ${L("name", n.pick(n.wordNames))} for the sign-off`,
        () => t`ask ${L("name", n.pick(n.wordNames))}, she set up the vendor account`,
      ),
    ),
  ),
  pos("mention", () =>
    typed(
      workChat(),
      anyOf(
        () => t`@${NL()} can you check the numbers in tab 3 before 5?`,
        () => t`@${NL()} kannst du bitte drüberschauen?`,
        () => t`@${NL()} tu as vu le mail du client ?`,
      ),
    ),
  ),
  pos("lower-case full name", () =>
    typed(workChat(), t`pinging ${L("name", n.latinName().toLowerCase())} about it now`),
  ),
  neg("companies named like people", () =>
    typed(
      workChat(),
      oneOf(
        "Morgan Stanley sent over the term sheet",
        "the Hugo Boss order for the sales team arrived, sizes are off",
        "Wells Fargo changed their SFTP host again",
        "expensed a Johnnie Walker bottle for the client dinner",
        "Charles Schwab wants the 10-K by Friday",
        "Calvin Klein returns portal is down",
        "Dr. Oetker renewed for another year 🎉",
        "Tommy Hilfiger is the biggest account in Benelux now",
      ),
    ),
  ),
  neg("word names as words", () =>
    typed(
      workChat(),
      casual(
        oneOf(
          "chase the vendor for the credit note pls",
          "ruby 3.4 upgrade broke half the gems",
          "not a penny more than the approved budget",
          "miles get logged in Concur, not in the sheet",
          "crystal clear, thanks!",
          "sunny outside — lunch on the terrace?",
          "we'll daisy-chain the monitors in room 2",
          "ginger shots in the kitchen fridge, help yourselves",
          "rich text editor eats the line breaks again",
          "legal says we won't sue, we'll renegotiate",
          "autumn release notes are live",
          "holly and mistletoe for reception arrived",
        ),
      ),
    ),
  ),
  neg("places named like people", () =>
    typed(
      notes(),
      oneOf(
        "São Paulo office closes at 4 on Friday",
        "flight lands in Charlotte at 17:05, then the drive to the plant",
        "Victoria station → Gatwick Express → hotel",
        "Adelaide is 10.5 hours ahead, schedule accordingly",
        "Austin data centre maintenance window Sunday",
        "St. Gallen team joins remotely",
        "Santa Clara and San José share one badge reader system",
      ),
    ),
  ),
  neg("things named after people", () =>
    typed(
      workChat(),
      oneOf(
        "booked Turing (3rd floor) for the retro",
        "Curie and Lovelace rooms are both taken, try Hopper",
        "update the Gantt chart before the steering meeting",
        "we estimate in Fibonacci points, not hours",
        "Dijkstra's is overkill here, BFS is enough",
        "Bluetooth headset keeps dropping in Teams",
        "Caesar salad or the vegan bowl for the catering?",
        "the Kelvin scale in the sensor export is wrong",
      ),
    ),
  ),
  neg("jira title without a person", () =>
    as(
      "title",
      { app: "Google Chrome", title: "" },
      oneOf(
        "PLAT-2231 Migrate build agents to ARM - Jira",
        "CHK-88 Address form rejects umlauts - Jira",
        "Sprint 47 board - Jira",
      ),
    ),
  ),
];

// ---------------------------------------------------------------- addresses

const A = (country?: string): Labelled => L("address", n.address(country));
const addresses: Template[] = [
  pos("ship monitor", () =>
    typed(workChat(), casual(t`can you ship the monitor to ${A()}? working from there till march`)),
  ),
  pos("german checkout keys", () =>
    as(
      "keys",
      browser("Lieferadresse - Amazon.de", "https://www.amazon.de/gp/buy/addressselect"),
      t`${A("DE")}`,
    ),
  ),
  pos("french new address", () =>
    typed(
      mail("Changement d'adresse"),
      t`Bonjour,\nma nouvelle adresse à partir du 1er : ${A("FR")}.\nMerci de mettre à jour la paie.`,
    ),
  ),
  pos("spanish send it", () =>
    typed(messenger(), casual(t`mándalo a ${A("ES")}, estoy allí hasta el viernes`)),
  ),
  pos("us workday home address", () =>
    typed(
      browser("Change My Home Contact Information - Workday", "https://wd3.myworkday.com/quillstone/d/task/"),
      t`${A("US")}`,
    ),
  ),
  pos("uk parcel", () =>
    typed(workChat(), t`Parcel for me? Home is ${A("GB")} — leave it with the neighbour if I'm out`),
  ),
  pos("maps url", () => {
    const addr = n.address();
    return as(
      "url",
      browser("Google Maps"),
      t`https://www.google.com/maps/place/${L("address", encodeURIComponent(addr).replace(/%20/g, "+"))}/@${n.int(-40, 60)}.${n.digits(6)},${n.int(-120, 140)}.${n.digits(6)},17z`,
    );
  }),
  pos("food order screen", () =>
    as(
      "screen",
      browser(n.pick(["Uber Eats", "Lieferando", "Deliveroo", "Glovo"])),
      t`Order confirmed\nDelivering to\n${A()}\nArriving in ${n.int(15, 45)} min`,
    ),
  ),
  pos("contacts sheet row", () =>
    as("clipboard", sheet("Offsite Teilnehmer"), t`${NL()}\t${A()}\t${L("phone", n.phone())}`),
  ),
  pos("visa letter abroad", () =>
    typed(
      mail("Invitation letter"),
      t`Please address the invitation letter to my home: ${A(n.pick(["JP", "BR", "IN", "MX", "CA"]))}`,
    ),
  ),
  pos("dutch italian polish swedish portuguese", () =>
    typed(
      messenger(),
      anyOf(
        () => t`mijn nieuwe adres is ${A("NL")}, kom je zaterdag?`,
        () => t`il mio indirizzo per il pacco: ${A("IT")}`,
        () => t`adres do wysyłki: ${A("PL")}`,
        () => t`skicka det till ${A("SE")} tack!`,
        () => t`a morada nova é ${A("PT")}`,
        () => t`min adresse er ${A("DK")}`,
      ),
    ),
  ),
  pos("directions title", () => as("title", { app: "Google Chrome", title: "" }, t`${A()} - Google Maps`)),
  pos("typo'd address", () =>
    typed(
      workChat(),
      casual(t`my adress for the xmas card: ${A(n.pick(["GB", "US", "DE"]))} (dont forget the flat no)`),
    ),
  ),
  pos("address for courier in ticket", () =>
    typed(
      ticket(),
      t`Customer asked us to send the replacement unit to ${A()} instead of the billing address.`,
    ),
  ),
  neg("streets without a number", () =>
    typed(
      workChat(),
      casual(
        oneOf(
          "meet at the Alexanderplatz exit, by the clock",
          "the café on Rue Oberkampf does decent flat whites",
          "Gran Vía is closed for the parade, take the metro",
          "parking on Schillerstraße is residents only now",
          "we moved the pop-up store further down Carnaby Street",
        ),
      ),
    ),
  ),
  neg("tracking numbers", () =>
    typed(
      workChat(),
      anyOf(
        () => plain(`DHL Sendungsnummer 00340434${n.digits(12)} — Zustellung morgen`),
        () => plain(`UPS 1Z${n.fromSet("0123456789ABCDEFGHJKLMNPRSTVWXYZ", 16)} is stuck in customs`),
        () => plain(`Colissimo 6A${n.digits(11)} livré en point relais`),
        () => plain(`Correos: envío PQ${n.fromSet(n.upper, 2)}${n.digits(16)} en reparto`),
      ),
    ),
  ),
  neg("postcodes as statistics", () =>
    typed(
      notes(),
      oneOf(
        "churn is highest in the SE22 and M14 postcode districts",
        "Umsatz nach PLZ-Bereich: 10xxx +4 %, 80xxx −2 %",
        "codes postaux 75011 et 69003 : livraisons en retard",
        "top regions by orders: 28xxx (Madrid), 08xxx (Barcelona)",
      ),
    ),
  ),
  neg("building and desk numbers", () =>
    typed(
      workChat(),
      plain(`I'm on floor ${n.int(2, 9)}, building ${n.fromSet("ABC", 1)}, desk ${n.int(10, 99)} today`),
    ),
  ),
  neg("address validation ticket", () =>
    typed(
      ticket(),
      oneOf(
        "AddressValidator rejects street names with ß, see CHK-221",
        "postcode regex fails for Irish Eircodes; add a test",
        "the house-number field should allow '12a' and '3 bis'",
      ),
    ),
  ),
];

// ---------------------------------------------------------------- travel documents

const P = (country?: string): Labelled => L("passport", n.passport(country));
const travel: Template[] = [
  pos("airline passenger keys", () =>
    as(
      "keys",
      browser(
        n.pick([
          "Passenger details - Lufthansa",
          "Advance Passenger Information - British Airways",
          "Pasajeros - Iberia",
        ]),
        "https://www.lufthansa.com/de/en/booking/passengers",
      ),
      t`${P()}`,
    ),
  ),
  pos("travel desk chat", () => {
    const [country, nationality] = n.pick([
      ["DE", "German"],
      ["GB", "British"],
      ["ES", "Spanish"],
      ["FR", "French"],
      ["PL", "Polish"],
      ["IT", "Italian"],
      ["US", "American"],
      ["NL", "Dutch"],
    ] as const);
    return typed(
      workChat(),
      casual(t`for the Singapore trip: passport no ${P(country)}, exp ${date()}, nationality ${nationality}`),
    );
  }),
  pos("mrz pasted", () => {
    const { lines, number } = n.mrz();
    const at = lines.indexOf(number, 45);
    return as("clipboard", notes(), {
      text: lines,
      labels: [{ start: at, end: at + number.length, kind: "passport" }],
    });
  }),
  pos("german passport mail", () =>
    typed(
      mail("Visumantrag"),
      t`Reisepass-Nr. ${P("DE")}, gültig bis ${date()}, ausgestellt Stadt ${n.pick(["Münster", "Potsdam", "Rostock"])}.`,
    ),
  ),
  pos("french passport", () =>
    typed(mail("Dossier visa"), t`Numéro de passeport : ${P("FR")} (délivré le ${date()} par la préfecture)`),
  ),
  pos("spanish passport", () =>
    typed(messenger(), casual(t`mi pasaporte es ${P("ES")}, caduca en ${n.int(2028, 2035)}`)),
  ),
  pos("other languages", () =>
    typed(
      workChat(),
      anyOf(
        () => t`numer paszportu: ${P("PL")}`,
        () => t`il numero del passaporto è ${P("IT")}`,
        () => t`paspoortnummer ${P("NL")} graag in de boeking zetten`,
        () => t`passnummer ${P("SE")} om ni behöver det till hotellet`,
        () => t`número do passaporte ${P(n.pick(["PT", "BR"]))}`,
      ),
    ),
  ),
  pos("hotel registration screen", () =>
    as(
      "screen",
      browser("Online check-in", "https://guest.hotelkit.example/checkin"),
      t`Guest: ${N()}\nNationality: ${n.pick(["IND", "JPN", "CAN", "IRL", "CHE", "AUT"])}\nPassport/ID No.: ${P(n.pick(["IN", "JP", "CA", "IE", "CH", "AT"]))}\nArrival: ${ymd()}`,
    ),
  ),
  pos("visa form us", () =>
    typed(
      browser("ESTA - Application", "https://esta.cbp.dhs.gov/application"),
      t`Passport Number ${P(n.pick(["GB", "DE", "FR", "ES", "IT", "NL"]))}`,
    ),
  ),
  pos("scan file title", () => {
    const surname = n.surname(true);
    const number = n.passport();
    return as(
      "title",
      { app: "Preview", title: "" },
      t`passport_${L("name", surname.replace(/ /g, "_"))}_${L("passport", number)}.pdf`,
    );
  }),
  pos("renewal form keys", () =>
    as(
      "keys",
      browser("Renew your passport - GOV.UK", "https://www.passport.service.gov.uk/"),
      t`${P("GB")}`,
    ),
  ),
  pos("us passport to assistant travel agent", () =>
    typed(
      mail("Booking for NYC"),
      t`Hi, for the booking: ${NL()}, US passport ${P("US")}, DOB ${n.int(1, 12)}/${n.int(1, 28)}/19${n.int(60, 99)}.`,
    ),
  ),
  neg("booking references", () =>
    typed(
      workChat(),
      anyOf(
        () =>
          plain(
            `PNR ${n.fromSet("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6)}, seat ${n.int(3, 45)}${n.fromSet("ABCDEF", 1)}`,
          ),
        () => plain(`e-ticket 220-${n.digits(10)} is the one to use at the desk`),
        () => plain(`hotel confirmation ${n.digits(4)}.${n.digits(3)}.${n.digits(3)} for 3 nights`),
        () => plain(`Auftragsnummer ${n.digits(9)} — Sitzplatzreservierung Wagen ${n.int(1, 14)}`),
      ),
    ),
  ),
  neg("flight and baggage numbers", () =>
    typed(
      notes(),
      anyOf(
        () =>
          plain(
            `${n.pick(["LH", "IB", "AF", "BA", "VY", "FR"])} ${n.int(100, 9999)} dep ${n.int(6, 22)}:${n.pick(["10", "35", "50"])} gate ${n.fromSet("ABCGK", 1)}${n.int(1, 70)}`,
          ),
        () => plain(`bag tag ${n.pick(["LH", "BA", "IB"])}${n.digits(6)} — lost luggage claim filed`),
      ),
    ),
  ),
  neg("passport the word", () =>
    typed(
      workChat(),
      casual(
        oneOf(
          "don't forget passports for the Zurich offsite, it's outside the EU customs union",
          "passport renewal in Spain takes a month now, plan ahead",
          "WD My Passport drive with the backups is in the safe",
          "we replaced passport-jwt with our own middleware",
          "UK passport holders need an ETA for the trip now",
        ),
      ),
    ),
  ),
  neg("visa policy", () =>
    typed(
      notes(),
      oneOf(
        "Schengen 90/180 rule applies to the contractors",
        "Visa on arrival for Indonesia: 30 days, extendable once",
      ),
    ),
  ),
];

// ---------------------------------------------------------------- national ids

const ID = (kind?: n.IdKind): Labelled => L("national-id", n.nationalId(kind));
const nationalIds: Template[] = [
  pos("hr profile field", () => {
    const kind = n.pick(n.idKinds);
    return typed(hrPortal("Personal Data"), t`${kind}: ${ID(kind)}`);
  }),
  pos("german steuer-id", () =>
    typed(
      mail("Lohnabrechnung"),
      t`Hallo, meine Steuer-ID lautet ${ID("Steuer-ID")}, bitte für die Abrechnung übernehmen.`,
    ),
  ),
  pos("french secu", () =>
    typed(workChat(), casual(t`voici mon numéro de sécu ${ID("NIR")} pour la mutuelle`)),
  ),
  pos("spanish dni nie", () =>
    typed(
      mail("Contrato"),
      anyOf(
        () => t`Adjunto copia del DNI, número ${ID("DNI")}.`,
        () => t`Mi NIE es ${ID("NIE")}, todavía no tengo DNI.`,
      ),
    ),
  ),
  pos("dutch bsn", () => typed(workChat(), t`BSN voor de loonadministratie: ${ID("BSN")}`)),
  pos("polish pesel", () => typed(mail("Umowa"), t`PESEL: ${ID("PESEL")}, adres zameldowania bez zmian.`)),
  pos("nordic ids", () =>
    typed(
      mail("Ny anställd"),
      anyOf(
        () => t`Mitt personnummer är ${ID("personnummer")}.`,
        () => t`Henkilötunnukseni on ${ID("henkilötunnus")}.`,
        () => t`Fødselsnummeret mitt er ${ID("fødselsnummer")}.`,
      ),
    ),
  ),
  pos("ssn clipboard", () => as("clipboard", notes(), t`SSN: ${ID("SSN")}\nFiling status: single`)),
  pos("nino to payroll", () =>
    typed(workChat(), casual(t`payroll asked for my NI number, it's ${ID("NINO")}`)),
  ),
  pos("starter sheet row", () =>
    as(
      "clipboard",
      sheet("starters_jan"),
      t`${NL()}\t${ID(n.pick(["SSN", "NINO", "Steuer-ID", "DNI", "NIR"]))}\t${ymd()}`,
    ),
  ),
  pos("government form keys", () =>
    as(
      "keys",
      browser(n.pick(["Receita Federal", "UIDAI - Aadhaar", "Service Canada", "AHV/AVS"])),
      t`${ID(n.pick(["CPF", "Aadhaar", "SIN", "AHV", "NIF"]))}`,
    ),
  ),
  pos("workday screen", () =>
    as(
      "screen",
      hrPortal("Worker Profile"),
      t`Legal Name  ${N()}\nNational ID Type  ${n.pick(["Tax ID", "Social Insurance", "Identity Card"])}\nIdentifier  ${ID()}`,
    ),
  ),
  pos("italian polish swedish portuguese ids in chat", () =>
    typed(
      n.pick([workChat(), messenger()]),
      casual(
        anyOf(
          () => t`il mio numero AHV è ${ID("AHV")}`,
          () => t`mój PESEL to ${ID("PESEL")}, reszta danych bez zmian`,
          () => t`personnr ${ID("personnummer")} om lönekontoret frågar`,
          () => t`o meu NIF é ${ID("NIF")}, para a fatura`,
          () => t`my SIN is ${ID("SIN")} for the Canadian payroll`,
        ),
      ),
    ),
  ),
  pos("ausweis number", () =>
    typed(
      mail("Identitätsprüfung"),
      t`Ausweisnummer ${ID("Personalausweis")} (Personalausweis), gültig bis ${date()}`,
    ),
  ),
  neg("employee and ticket ids", () =>
    typed(
      workChat(),
      anyOf(
        () => plain(`employee ID E${n.digits(6)} can't log in to the expense tool`),
        () => plain(`HELP-${n.int(1000, 99999)} duplicate of HELP-${n.int(1000, 99999)}`),
        () => plain(`invoice RE-${n.int(2025, 2027)}-${n.digits(5)} paid twice`),
      ),
    ),
  ),
  neg("company registration numbers", () =>
    typed(
      notes(),
      anyOf(
        () => plain(`Quillstone GmbH, HRB ${n.int(10000, 299999)} B, Amtsgericht Charlottenburg`),
        () => plain(`SIRET ${n.digits(14)} — Maison Verre SAS`),
        () => plain(`EIN ${n.digits(2)}-${n.digits(7)} for the US entity (Quillstone Inc.)`),
        () => plain(`USt-IdNr. DE${n.digits(9)}`),
      ),
    ),
  ),
  neg("documented sample ids", () =>
    typed(
      notes(),
      oneOf(
        "Sample data uses SSN 987-65-4321, which the SSA never issues",
        "test fixture: NINO QQ 12 34 56 C (never allocated prefix QQ)",
        "use 000-00-0000 as the null SSN in the import",
      ),
    ),
  ),
  neg("masked ids", () =>
    typed(
      hrPortal("Personal Data"),
      anyOf(
        () => plain(`SSN ***-**-${n.digits(4)}`),
        () => plain(`Steuer-ID ••••••${n.digits(4)}`),
        () => plain(`National ID ending in ${n.digits(3)}`),
      ),
    ),
  ),
  neg("isbn and article numbers", () =>
    typed(
      workChat(),
      anyOf(
        () => plain(`order ISBN 978-3-${n.digits(3)}-${n.digits(5)}-${n.digits(1)} for the team library`),
        () => plain(`Artikelnummer ${n.digits(11)} ist ausverkauft`),
      ),
    ),
  ),
];

// ---------------------------------------------------------------- phones and emails

const PH = (country?: string): Labelled => L("phone", n.phone(country));
const EM = (name?: string, work = false): Labelled => L("email", n.email(name, work));
const contacts: Template[] = [
  pos("call me many languages", () =>
    typed(
      n.pick([workChat(), messenger()]),
      casual(
        anyOf(
          () => t`text me at ${PH("US")} when you land`,
          () => t`ring me on ${PH("GB")} if the van's late`,
          () => t`ruf mich kurz an: ${PH("DE")}`,
          () => t`tu peux m'appeler au ${PH("FR")} après 18h`,
          () => t`llámame al ${PH("ES")} cuando puedas`,
        ),
      ),
    ),
  ),
  pos("foreign number", () =>
    typed(
      messenger(),
      anyOf(
        () => t`my Italian number for the week: ${PH("IT")}`,
        () => t`new Polish SIM: ${PH("PL")}`,
        () => t`bel me op ${PH("NL")}`,
        () => t`ring mig på ${PH("SE")}`,
        () => t`meu número aqui é ${PH(n.pick(["PT", "BR"]))}`,
        () => t`reach me on ${PH(n.pick(["IN", "NG", "AU", "JP", "MX", "TR", "IE"]))} while I'm home`,
      ),
    ),
  ),
  pos("signature block", () => {
    const name = n.latinName();
    return as(
      "clipboard",
      mail("Re: Angebot"),
      t`${L("name", name)}\nKey Account Manager\nM ${PH()}\n${EM(name, true)}`,
    );
  }),
  pos("forward to private mail", () =>
    typed(mail("Fwd: deck"), casual(t`can you send it to my private address ${EM()}? laptop's in repair`)),
  ),
  pos("login email keys", () =>
    as(
      "keys",
      browser(n.pick(["Sign in - Dropbox", "Log in | Canva", "Anmelden - DB Navigator"])),
      t`${EM()}`,
    ),
  ),
  pos("gmail title", () =>
    as("title", { app: "Google Chrome", title: "" }, t`Inbox (${n.int(1, 999)}) - ${EM()} - Gmail`),
  ),
  pos("mail search url", () => {
    const e = n.email();
    return as(
      "url",
      browser("Search results - Gmail"),
      t`https://mail.google.com/mail/u/0/#search/from%3A${L("email", encodeURIComponent(e))}`,
    );
  }),
  pos("zendesk customer", () => {
    const name = n.latinName();
    return as(
      "screen",
      ticket(),
      t`From: ${L("name", name)} <${EM(name)}>\nPhone: ${PH()}\nSubject: order never arrived`,
    );
  }),
  pos("vcard", () => {
    const name = n.latinName();
    return as(
      "clipboard",
      notes(),
      t`BEGIN:VCARD\nVERSION:3.0\nFN:${L("name", name)}\nTEL;TYPE=cell:${PH()}\nEMAIL:${EM(name)}\nEND:VCARD`,
    );
  }),
  pos("callback note german", () =>
    typed(notes(), t`Rückruf: Herr ${L("name", n.surname(true))}, ${PH("DE")}, wegen Reklamation`),
  ),
  pos("french contact mail", () => {
    const name = n.latinName();
    return typed(
      mail("Contact"),
      t`Vous pouvez joindre ${L("name", name)} au ${PH("FR")} ou par mail : ${EM(name, n.chance(0.5))}`,
    );
  }),
  pos("missed call screen", () =>
    as(
      "screen",
      { app: "Phone Link", title: "Phone Link" },
      t`Missed call\n${PH()}\n${n.int(1, 59)} min ago  ·  Call back  ·  Message`,
    ),
  ),
  pos("spanish whatsapp group", () =>
    typed(messenger(), casual(t`añadid a ${NL()} al grupo, su móvil es ${PH("ES")}`)),
  ),
  neg("role mailboxes", () =>
    typed(
      workChat(),
      plain(
        `send it to ${n.pick(["accounts-payable@", "security@", "dmarc-reports@", "facturas@", "datenschutz@"])}${n.pick(["quillstone.co.uk", "ostwind-logistik.de", "tallerazul.es"])}`,
      ),
    ),
  ),
  neg("placeholder addresses", () =>
    typed(
      notes(),
      oneOf(
        "Login: user@example.com / see vault",
        "format: firstname.lastname@company.com",
        "placeholder in the template is name@domain.tld",
        "mailto:someone@example.org in the footer",
      ),
    ),
  ),
  neg("at signs that are not mail", () =>
    as(
      "clipboard",
      terminal(),
      oneOf(
        "git@github.com:quillstone/ledger.git",
        "npm i @types/node@20.11.5 @tanstack/react-query@5.59.0",
        "logo@2x.png logo@3x.png",
        "FROM python:3.12-slim@sha256:9c1d5c",
        "@here deploy in 5",
      ),
    ),
  ),
  neg("fictional phone ranges", () =>
    typed(
      notes(),
      anyOf(
        () => plain(`Demo contact: (${n.pick(["212", "310", "415"])}) 555-01${n.int(0, 9)}${n.int(0, 9)}`),
        () => plain(`Ofcom drama number for the video: 07700 900${n.digits(3)}`),
        () => plain(`Example in the style guide: 020 7946 0${n.digits(3)}`),
      ),
    ),
  ),
  neg("hotlines", () =>
    typed(
      workChat(),
      oneOf(
        "IT hotline is 0800 480 2020, free from any landline",
        "call the freephone 0800 10 20 30 for the insurer",
        "toll-free 1-800-FLOWERS for the bouquet",
      ),
    ),
  ),
  neg("order numbers and durations", () =>
    typed(
      workChat(),
      anyOf(
        () => plain(`orders ${n.digits(10)} and ${n.digits(10)} were refunded`),
        () => plain(`call lasted 01:${n.int(10, 59)}:${n.int(10, 59)}, ticket ${n.digits(8)}`),
      ),
    ),
  ),
];

// ---------------------------------------------------------------- IPs

const IP = (): Labelled => L("ip", n.ipv4());
const IP6 = (): Labelled => L("ip", n.ipv6());
const PIP = (): Labelled => L("ip", n.privateIpv4());
const ips: Template[] = [
  pos("ssh", () => as("keys", terminal(), t`ssh -i ~/.ssh/id_ed25519 ubuntu@${IP()}`)),
  pos("nginx access log", () =>
    as(
      "screen",
      terminal(),
      t`${IP()} - - [06/Dec/2026:${n.int(10, 23)}:${n.int(10, 59)}:${n.int(10, 59)} +0100] "GET /api/v2/orders HTTP/1.1" 200 ${n.int(200, 9000)} "-" "Mozilla/5.0"`,
    ),
  ),
  pos("ping", () =>
    as(
      "screen",
      terminal(),
      t`64 bytes from ${IP()}: icmp_seq=${n.int(1, 9)} ttl=${n.int(50, 120)} time=${n.int(5, 90)}.${n.int(1, 9)} ms`,
    ),
  ),
  pos("allowlist request", () =>
    typed(
      n.pick([workChat(), mail("Whitelist")]),
      casual(
        anyOf(
          () => t`can you allowlist my home ip ${IP()} on the staging firewall?`,
          () => t`bitte meine IP ${IP()} für den SFTP freischalten`,
          () => t`peux-tu ajouter ${IP()} à la liste blanche du VPN ?`,
          () => t`mi IP pública es ${IP()}, ¿la añades al security group?`,
        ),
      ),
    ),
  ),
  pos("admin url", () =>
    as(
      "url",
      browser("Router Login"),
      t`http://${PIP()}:${n.pick(["8080", "8443", "9000", "80"])}/admin/login`,
    ),
  ),
  pos("ipv6 rule", () => typed(notes(), t`allow tcp/22 from ${IP6()} (my home, dynamic prefix)`)),
  pos("private in config", () =>
    as("clipboard", terminal(), t`DB_HOST=${PIP()}\nDB_PORT=5432\nREDIS_HOST=${PIP()}`),
  ),
  pos("rdp keys", () => as("keys", { app: "Run", title: "Run" }, t`mstsc /v:${IP()}`)),
  pos("fail2ban", () =>
    as("screen", terminal(), t`fail2ban.actions [${n.int(100, 9999)}]: NOTICE [sshd] Ban ${IP()}`),
  ),
  pos("ticket about abuse", () =>
    typed(
      ticket(),
      t`Customer reports logins from ${IP()} and ${IP6()} they don't recognise; lock the account?`,
    ),
  ),
  pos("lookup url", () =>
    as(
      "url",
      browser("IP lookup"),
      t`https://${n.pick(["ipinfo.io", "www.abuseipdb.com/check", "whois.domaintools.com"])}/${IP()}`,
    ),
  ),
  pos("forwarded header", () =>
    as("screen", terminal(), t`X-Forwarded-For: ${IP()}, ${PIP()}\nX-Real-IP: ${IP()}`),
  ),
  pos("printer in chat", () => typed(workChat(), casual(t`drucker im 2. OG hat jetzt die ${PIP()}`))),
  neg("browser and os builds", () =>
    typed(
      ticket(),
      anyOf(
        () =>
          plain(
            `Chrome ${n.int(120, 133)}.0.${n.int(6000, 6999)}.${n.int(10, 199)} on Windows 11, can't reproduce`,
          ),
        () => plain(`OS build 10.0.${n.pick(["22631", "26100", "19045"])}.${n.int(1000, 5000)}`),
        () => plain(`Edge ${n.int(120, 133)}.0.${n.int(2000, 3000)}.${n.int(10, 99)} crashes on upload`),
      ),
    ),
  ),
  neg("oids firmware clauses", () =>
    typed(
      notes(),
      anyOf(
        () => plain(`SNMP OID 1.3.6.1.2.1.${n.int(1, 99)}.${n.int(1, 20)}.${n.int(1, 9)}`),
        () =>
          plain(
            `firmware v${n.int(1, 9)}.${n.int(0, 20)}.${n.int(0, 99)}.${n.int(0, 255)} fixes the Wi-Fi drop`,
          ),
        () => plain(`siehe Ziffer ${n.int(1, 9)}.${n.int(1, 9)}.${n.int(1, 9)}.${n.int(1, 9)} der AGB`),
      ),
    ),
  ),
  neg("documentation ranges and masks", () =>
    typed(
      notes(),
      oneOf(
        "examples must use 192.0.2.0/24, 198.51.100.0/24 or 203.0.113.0/24 (RFC 5737)",
        "netmask 255.255.255.0, gateway is the .1",
        "IPv6 docs prefix 2001:db8::/32 only",
        "subnet mask 255.255.240.0 for the /20",
      ),
    ),
  ),
  neg("loopback and bind all", () =>
    as(
      "screen",
      terminal(),
      oneOf(
        "Listening on http://127.0.0.1:3000",
        "uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)",
        "redis-server bound to 127.0.0.1:6379",
        "curl: (7) Failed to connect to localhost port 5432: Connection refused",
      ),
    ),
  ),
  neg("dates with dots", () =>
    typed(
      workChat(),
      plain(
        `release ${n.int(2026, 2027)}.${n.int(1, 12)}.${n.int(1, 28)} is tagged, next one ${n.int(2026, 2027)}.${n.int(1, 12)}.${n.int(1, 28)}`,
      ),
    ),
  ),
];

// ---------------------------------------------------------------- payment details

const C = (): Labelled => L("card", n.card());
const IB = (country?: string): Labelled => L("iban", n.iban(country));
const payments: Template[] = [
  pos("card in messenger", () =>
    typed(
      messenger(),
      casual(
        anyOf(
          () => t`hier die Firmenkarte für die Buchung: ${C()} ${n.expiry()} CVC ${n.cvc()}`,
          () => t`card for the venue deposit ${C()} exp ${n.expiry()}`,
          () => t`la tarjeta es ${C()}, caduca ${n.expiry()}`,
          () => t`carte ${C()} exp ${n.expiry()} cryptogramme ${n.cvc()}`,
        ),
      ),
    ),
  ),
  pos("checkout keys", () =>
    as(
      "keys",
      browser(n.pick(["Checkout - Booking.com", "Zahlung - Deutsche Bahn", "Payment | Ryanair"])),
      t`${C()}`,
    ),
  ),
  pos("iban mails", () =>
    typed(
      mail(n.pick(["Bankverbindung", "RIB", "Datos bancarios", "Bank details"])),
      anyOf(
        () => t`Bitte das Gehalt ab Januar auf ${IB("DE")} überweisen, Kontoinhaber ${NL()}.`,
        () => t`Voici mon IBAN pour le remboursement : ${IB("FR")}`,
        () => t`Mi cuenta nueva: ${IB("ES")}`,
        () => t`Mijn rekeningnummer is gewijzigd: ${IB("NL")}`,
        () => t`IBAN per il rimborso: ${IB("IT")}`,
        () => t`numer konta: ${IB("PL")}`,
        () => t`o meu IBAN é ${IB("PT")}`,
        () => t`Mitt kontonummer (IBAN): ${IB("SE")}`,
        () => t`Please pay the invoice to ${IB()} — reference INV-${n.digits(5)}`,
      ),
    ),
  ),
  pos("us direct deposit", () =>
    as(
      "screen",
      hrPortal("Payment Elections"),
      t`Direct Deposit\nBank  ${n.pick(["Chase", "Wells Fargo", "Ally Bank", "Capital One"])}\nRouting Number  ${L("routing-number", n.routingNumber())}\nAccount Number  ${L("bank-account", n.usAccount())}\nAccount Type  Checking`,
    ),
  ),
  pos("us wire in chat", () =>
    typed(
      workChat(),
      casual(
        t`wire to routing ${L("routing-number", n.routingNumber())} acct ${L("bank-account", n.usAccount())}, memo PO ${n.digits(6)}`,
      ),
    ),
  ),
  pos("uk sort code", () =>
    typed(
      messenger(),
      casual(
        t`sort code ${L("routing-number", n.sortCode())} account ${L("bank-account", n.ukAccount())} — for the concert tickets`,
      ),
    ),
  ),
  pos("german blz", () =>
    typed(
      notes(),
      t`alte Bankverbindung: BLZ ${L("routing-number", n.blz())}, Kto.-Nr. ${L("bank-account", n.usAccount())}`,
    ),
  ),
  pos("australian bsb", () =>
    typed(
      mail("Refund"),
      t`BSB ${L("routing-number", n.bsb())}, account ${L("bank-account", n.digits(n.int(6, 9)))} (Commonwealth Bank)`,
    ),
  ),
  pos("iban clipboard", () => as("clipboard", sheet("Lieferanten"), t`${IB()}`)),
  pos("transfer screen", () =>
    as(
      "screen",
      browser(n.pick(["Überweisung - Sparkasse", "Virement - BNP Paribas", "Transferencia - BBVA"])),
      t`Empfänger  ${N()}\nIBAN  ${IB()}\nBetrag  ${n.int(10, 4000)},${n.int(10, 99)} EUR`,
    ),
  ),
  pos("sepa mandate", () =>
    typed(
      browser(n.pick(["SEPA-Lastschriftmandat", "Mandat de prélèvement SEPA", "Orden de domiciliación"])),
      anyOf(
        () => t`Kontoinhaber: ${NL()}\nIBAN: ${IB("DE")}`,
        () => t`Titulaire : ${NL()}\nIBAN : ${IB("FR")}`,
        () => t`Titular: ${NL()}\nIBAN: ${IB("ES")}`,
      ),
    ),
  ),
  pos("ticket with card", () =>
    typed(ticket(), t`Customer wrote: "please charge ${C()} instead, the other card expired"`),
  ),
  neg("masked cards", () =>
    typed(
      notes(),
      anyOf(
        () => plain(`Visa •••• ${n.digits(4)}, expires ${n.expiry()}`),
        () => plain(`Mastercard **** **** **** ${n.digits(4)}`),
        () => plain(`Amex ending in ${n.digits(5)} was declined`),
        () => plain(`IBAN DE•• •••• •••• •••• ••${n.digits(2)} ${n.digits(2)}`),
      ),
    ),
  ),
  neg("documented test cards", () =>
    typed(
      ticket(),
      oneOf(
        "repro with the Stripe test debit card 4000 0566 5566 5556",
        "Amex test number 3782 822463 10005 works in sandbox only",
        "Discover test card 6011 1111 1111 1117, any future expiry",
        "Mastercard sandbox: 5105 1051 0510 5100",
        "Adyen 3DS test card 5454 5454 5454 5454",
      ),
    ),
  ),
  neg("example iban", () =>
    typed(
      notes(),
      oneOf(
        "IBAN format example: DE89 3704 0044 0532 0130 00",
        "the bank's sample IBAN GB29 NWBK 6016 1331 9268 19 is in the docs",
        "Beispiel-IBAN aus dem Merkblatt: DE02 1203 0000 0000 2020 51",
      ),
    ),
  ),
  neg("broken cards and ibans", () =>
    typed(
      workChat(),
      anyOf(
        () => plain(`validation rejects ${n.brokenCard()} — check digit wrong, customer mistyped`),
        () => plain(`IBAN ${n.brokenIban()} fails the checksum, asked them to resend`),
      ),
    ),
  ),
  neg("invoice po and amounts", () =>
    typed(
      workChat(),
      anyOf(
        () => plain(`PO ${n.digits(8)} approved, €${n.int(100, 9999)}.${n.int(10, 99)} net`),
        () => plain(`Rechnung ${n.digits(10)} über ${n.int(100, 9999)},${n.int(10, 99)} € ist bezahlt`),
        () => plain(`batch ${n.nineDigitReference()} settled, ${n.int(10, 900)} transactions`),
      ),
    ),
  ),
];

// ---------------------------------------------------------------- secrets

const secrets: Template[] = [
  pos("password in prose", () =>
    typed(
      n.pick([workChat(), messenger()]),
      casual(
        anyOf(
          () => t`das Passwort für den Drucker-Admin ist ${S(n.humanPassword())}`,
          () => t`le mot de passe du compte partagé c'est ${S(n.humanPassword())}`,
          () => t`la contraseña del panel es ${S(n.password())}, no la cambies`,
          () => t`wachtwoord van het gedeelde account: ${S(n.humanPassword())}`,
          () => t`la password di Canva è ${S(n.humanPassword())}`,
          () => t`a senha do admin é ${S(n.password())}`,
          () => t`hasło do panelu: ${S(n.password())}`,
          () => t`lösenordet till kundportalen är ${S(n.humanPassword())}`,
          () => t`pw for the shared figma login is ${S(n.humanPassword())}`,
        ),
      ),
    ),
  ),
  pos("commands", () =>
    as(
      "keys",
      terminal(),
      anyOf(
        () => t`sshpass -p '${S(n.plainPassword())}' ssh deploy@jump-01`,
        () => t`curl -u admin:${S(n.plainPassword())} https://grafana.internal/api/dashboards`,
        () => t`docker login registry.quillstone.io -u ci -p ${S(n.plainPassword())}`,
        () => t`PGPASSWORD=${S(n.plainPassword())} psql -h db-ledger -U ledger`,
        () => t`net use Z: \\\\fs01\\finance /user:QUILL\\svc_backup ${S(n.plainPassword())}`,
        () => t`mysqladmin -uroot -p${S(n.plainPassword())} status`,
        () => t`htpasswd -b -c .htpasswd admin ${S(n.plainPassword())}`,
      ),
    ),
  ),
  pos("connection strings", () =>
    as(
      "clipboard",
      terminal(),
      anyOf(
        () => t`mongodb+srv://ledger:${S(n.plainPassword())}@cluster0.x${n.hex(5)}.mongodb.net/prod`,
        () => t`redis://:${S(n.plainPassword())}@cache-01:6379/0`,
        () => t`amqp://orders:${S(n.plainPassword())}@mq.internal:5672/`,
        () =>
          t`Server=tcp:sql-erp,1433;Database=erp;User Id=erp_app;Password=${S(n.plainPassword())};Encrypt=True;`,
        () => t`jdbc:postgresql://db:5432/ledger?user=ledger&password=${S(n.plainPassword())}`,
        () =>
          t`DefaultEndpointsProtocol=https;AccountName=qsdata;AccountKey=${S(n.tokens.azureStorage())};EndpointSuffix=core.windows.net`,
      ),
    ),
  ),
  pos("config files", () =>
    as(
      "clipboard",
      terminal(),
      anyOf(
        () => t`//registry.npmjs.org/:_authToken=${S(n.tokens.npm())}`,
        () => t`{ "auths": { "ghcr.io": { "auth": "${S(n.basicAuth("ci-bot", n.plainPassword()))}" } } }`,
        () =>
          t`"AzureAd": {\n  "ClientId": "${n.uuid()}",\n  "ClientSecret": "${S(`${n.fromSet(n.alnum, 3)}8Q~${n.fromSet(`${n.alnum}_.~-`, 34)}`)}"\n}`,
        () => t`spring:\n  datasource:\n    username: ledger\n    password: ${S(n.password())}`,
        () =>
          t`HF_TOKEN=${S(n.tokens.huggingface())}\nLINEAR_API_KEY=${S(n.tokens.linear())}\nLOG_LEVEL=info`,
        () =>
          t`[default]\naws_access_key_id=${S(n.tokens.awsId())}\naws_secret_access_key=${S(n.tokens.awsSecret())}\nregion=eu-central-1`,
      ),
    ),
  ),
  pos("token in chat", () =>
    typed(
      n.pick([workChat(), ticket()]),
      casual(
        anyOf(
          () =>
            t`here's the ${n.pick(["staging", "CI", "sandbox"])} token: ${S(n.token())} — revoke it after the demo`,
          () => t`neuer API-Key für das Monitoring: ${S(n.token())}`,
          () => t`token pour l'intégration : ${S(n.token())}`,
        ),
      ),
    ),
  ),
  pos("auth header", () =>
    as(
      "keys",
      terminal(),
      anyOf(
        () => t`curl -H "Authorization: Bearer ${S(n.token())}" https://api.linear.app/graphql`,
        () => t`http GET https://api.quillstone.io/v1/me "Authorization:Bearer ${S(n.jwt())}"`,
        () =>
          t`curl -H "X-Shopify-Access-Token: ${S(n.tokens.shopify())}" https://qs.myshopify.com/admin/api/2024-10/orders.json`,
      ),
    ),
  ),
  pos("webhook url", () => as("url", browser("Slack API"), t`${S(n.tokens.slackHook())}`)),
  pos("ssh private key", () => as("clipboard", terminal(), t`${S(n.sshPrivateKey())}`)),
  pos("pins", () =>
    typed(
      n.pick([messenger(), workChat()]),
      casual(
        anyOf(
          () => t`PIN der Firmenkreditkarte ist ${S(n.pin(4))}`,
          () => t`alarm code for the office is ${S(n.pin(4))}, disarm within 30s`,
          () => t`code de la porte du local serveur : ${S(n.pin(6))}`,
          () => t`el pin del móvil de guardia es ${S(n.pin(6))}`,
          () => t`unlock code for the demo iPad: ${S(n.pin(6))}`,
        ),
      ),
    ),
  ),
  pos("recovery codes", () => {
    const codes = n.recoveryCodes();
    const pieces: Composed = {
      text: `${n.pick(["GitHub", "Atlassian", "Google", "Dropbox"])} recovery codes\n`,
      labels: [],
    };
    for (const code of codes) {
      pieces.labels.push({
        start: pieces.text.length,
        end: pieces.text.length + code.length,
        kind: "secret",
      });
      pieces.text += `${code}\n`;
    }
    return as("clipboard", notes(), pieces);
  }),
  pos("bitlocker to it", () =>
    typed(workChat(), t`IT said to paste the recovery key here? it's ${S(n.bitlockerKey())}`),
  ),
  pos("apple recovery key", () => typed(notes(), t`Apple ID recovery key: ${S(n.appleRecoveryKey())}`)),
  pos("wifi", () =>
    n.chance(0.5)
      ? as(
          "clipboard",
          notes(),
          t`WIFI:T:WPA;S:${n.pick(["Quillstone-Guest", "FRITZ!Box 7590 XY", "Livebox-4F2A"])};P:${S(n.humanPassword().replace(/[;:,"\\]/g, "k"))};;`,
        )
      : typed(
          messenger(),
          casual(
            anyOf(
              () => t`wifi pw for the airbnb is ${S(n.humanPassword())}`,
              () => t`WLAN: FRITZ!Box 7530, Schlüssel ${S(n.digits(20))}`,
              () =>
                t`el wifi es MOVISTAR_${n.fromSet("0123456789ABCDEF", 4)} y la clave ${S(n.fromSet(n.alnum, 20))}`,
            ),
          ),
        ),
  ),
  pos("vault passphrase", () => typed(messenger(), t`passphrase for the family vault: ${S(n.passphrase())}`)),
  pos("token in a git remote", () =>
    as(
      "keys",
      terminal(),
      anyOf(
        () =>
          t`git remote set-url origin https://oauth2:${S(n.tokens.gitlab())}@gitlab.com/quillstone/ledger.git`,
        () => t`git clone https://${S(n.tokens.github())}@github.com/quillstone/infra.git`,
      ),
    ),
  ),
  pos("kubernetes secret", () =>
    as(
      "clipboard",
      terminal(),
      t`apiVersion: v1\nkind: Secret\nmetadata:\n  name: ledger-db\ndata:\n  password: ${S(Buffer.from(n.plainPassword()).toString("base64"))}`,
    ),
  ),
  pos("1password secret key", () =>
    typed(messenger(), t`for the emergency kit: secret key ${S(n.onePasswordSecretKey())}`),
  ),
  pos("jwt pasted", () => as("clipboard", browser("JWT Debugger", "https://jwt.io/"), t`${S(n.jwt())}`)),
  neg("placeholders", () =>
    as(
      "clipboard",
      terminal(),
      oneOf(
        "OPENAI_API_KEY=<your-key-here>",
        "password: ********",
        "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx",
        "token = 'REPLACE_ME'",
        "DB_PASSWORD=changeit # set in the vault, not here",
        "Authorization: Bearer <token>",
      ),
    ),
  ),
  neg("env var references", () =>
    as(
      "clipboard",
      terminal(),
      oneOf(
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, meant literally
        "NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}",
        "$env:AZURE_CLIENT_SECRET = (Get-Secret -Name sp-ledger)",
        "set PGPASSWORD=%DB_PASS%",
        "const key = process.env.HF_TOKEN ?? ''",
        "password = os.getenv('PGPASSWORD')",
        "db_password: '{{ vault_db_password }}'",
      ),
    ),
  ),
  neg("hashes and digests", () =>
    typed(
      workChat(),
      anyOf(
        () => plain(`fixed in ${n.gitSha().slice(0, n.pick([7, 40]))}, please rebase`),
        () => plain(`sha256sum: ${n.sha256()}  ledger-${n.int(1, 9)}.${n.int(0, 20)}.tar.gz`),
        () => plain(`image digest sha256:${n.sha256()}`),
        () => plain(`integrity="sha384-${n.fromSet(`${n.alnum}+/`, 64)}"`),
        () => plain(`"integrity": "sha512-${n.fromSet(`${n.alnum}+/`, 86)}=="`),
      ),
    ),
  ),
  neg("ids and trace ids", () =>
    as(
      "screen",
      terminal(),
      anyOf(
        () => plain(`request_id=${n.uuid()} status=500 path=/v1/invoices`),
        () => plain(`traceparent: 00-${n.hex(32)}-${n.hex(16)}-01`),
        () => plain(`x-amzn-RequestId: ${n.uuid()}`),
      ),
    ),
  ),
  neg("public keys and dsns", () =>
    as(
      "clipboard",
      terminal(),
      anyOf(
        () => plain(`STRIPE_PUBLISHABLE_KEY=pk_live_${n.fromSet(n.alnum, 24)}`),
        () =>
          plain(
            `Sentry.init({ dsn: "https://${n.hex(32)}@o${n.digits(6)}.ingest.sentry.io/${n.digits(7)}" })`,
          ),
        () =>
          plain(
            `-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${n.fromSet(`${n.alnum}+/`, 40)}\n-----END PUBLIC KEY-----`,
          ),
        () =>
          plain(
            `-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIE${n.fromSet(`${n.alnum}+/`, 44)}\n-----END CERTIFICATE-----`,
          ),
        () => plain(`ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ${n.fromSet(`${n.alnum}+/`, 60)} ops@jump-01`),
      ),
    ),
  ),
  neg("documented example keys", () =>
    typed(
      notes(),
      oneOf(
        "AWS docs example: AKIAI44QH8DHBEXAMPLE / je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
        "jwt.io sample: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
      ),
    ),
  ),
  neg("data urls", () =>
    as(
      "clipboard",
      browser("DevTools"),
      plain(`data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA${n.fromSet(`${n.alnum}+/`, 60)}=`),
    ),
  ),
  neg("secret talk", () =>
    typed(
      workChat(),
      casual(
        oneOf(
          "passwords need 14 characters now, the SSO page explains it",
          "2FA recovery codes go in 1Password under 'GitHub org', nowhere else",
          "Das WLAN-Passwort hängt am Kühlschrank",
          "la contraseña caduca cada 90 días, te llegará un aviso",
          "rotate the Stripe key after the incident, ticket SEC-114",
          "PIN vergessen? Einfach im Portal zurücksetzen",
        ),
      ),
    ),
  ),
];

// ---------------------------------------------------------------- password fields

const pw = (place: Place, text: string): Draft => ({ place, channel: "password", body: plain(text) });
const loginPage = (): Place =>
  n.pick([
    browser("Sign in to your account", "https://login.microsoftonline.com/"),
    browser("Quillstone - Sign In", "https://quillstone.okta.com/"),
    browser("Sign in - Google Accounts", "https://accounts.google.com/v3/signin/challenge/pwd"),
    browser("Log in | Atlassian", "https://id.atlassian.com/login"),
    browser("Workday", "https://wd3.myworkday.com/quillstone/login.htmld"),
    browser("Login – N26", "https://app.n26.com/login"),
    browser("Online-Banking | Sparkasse", "https://www.sparkasse.de/"),
  ]);
const passwordFields: Template[] = [
  pos("web login", () => pw(loginPage(), n.password())),
  pos("password manager unlock", () =>
    pw(
      n.pick([
        { app: "1Password", title: "1Password" },
        { app: "Bitwarden", title: "Bitwarden" },
        { app: "KeePassXC", title: "Unlock Database - KeePassXC" },
      ]),
      n.passphrase(),
    ),
  ),
  pos("os prompt", () =>
    pw(
      n.pick([
        { app: "SecurityAgent", title: "Authenticate" },
        { app: "Terminal", title: "sudo" },
        { app: "Windows Security", title: "Windows Security" },
      ]),
      n.humanPassword(),
    ),
  ),
  pos("vpn client", () =>
    pw(
      n.pick([
        { app: "Cisco Secure Client", title: "Cisco Secure Client" },
        { app: "FortiClient", title: "FortiClient VPN" },
      ]),
      n.generatedPassword(),
    ),
  ),
  pos("wifi join", () => pw({ app: "Control Center", title: "Wi-Fi" }, n.humanPassword())),
  pos("pin pad", () => pw(browser("Enter PIN", "https://app.revolut.com/"), n.pin())),
  pos("change password", () => pw(hrPortal("Change Password"), n.password())),
  pos("meeting passcode", () =>
    pw({ app: "zoom.us", title: "Enter meeting passcode" }, n.fromSet(n.alnum, n.int(6, 10))),
  ),
  neg("username field", () =>
    typed(loginPage(), oneOf("svc-deploy", "admin", `E${n.digits(6)}`, "ledger-ci", "QUILL\\backup")),
  ),
  neg("login page title", () =>
    as(
      "title",
      { app: "Google Chrome", title: "" },
      oneOf("Sign in to your account", "Forgot your password? - Okta", "Passwort zurücksetzen | Personio"),
    ),
  ),
  neg("login url", () =>
    as(
      "url",
      browser("Sign in"),
      plain(
        `https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=${n.uuid()}&response_type=code&scope=openid`,
      ),
    ),
  ),
  neg("search for password help", () =>
    typed(
      browser("Google", "https://www.google.com/"),
      oneOf(
        "okta password reset without phone",
        "bitwarden vs 1password for teams",
        "mot de passe oublié workday",
        "passwort ändern outlook mac",
      ),
    ),
  ),
];

// ---------------------------------------------------------------- health

const H: Topic[] = ["health"];
const health: Template[] = [
  pos("sick today", () =>
    typed(
      workChat(),
      casual(
        oneOf(
          "bin heute krank, Magen-Darm, melde mich morgen",
          "je suis malade aujourd'hui, gastro, je reste au lit",
          "hoy no voy, tengo fiebre y placas en la garganta",
          "ik ben ziek, griep, morgen hopelijk weer beter",
          "oggi resto a casa con la febbre a 38",
          "estou doente, amigdalite, volto quarta",
          "jestem chory, mam anginę, L4 do piątku",
          "är sjuk idag, feber och hosta",
          "out sick today, migraine since 5am, back tomorrow hopefully",
        ),
        0.5,
      ),
      H,
    ),
  ),
  pos("surgery mail", () =>
    typed(
      mail("Out of office"),
      oneOf(
        "Hi both, I'm having knee surgery (ACL reconstruction) on Thursday and will be out for about two weeks.",
        "Heads up: gallbladder removal on the 14th, recovery 10 days, Ana covers.",
        "Je serai absente trois semaines après mon opération de la hanche.",
      ),
      H,
    ),
  ),
  pos("colleague in hospital", () =>
    typed(
      workChat(),
      t`${NL()} is in hospital after a bike accident — broken collarbone, no visitors yet`,
      H,
    ),
  ),
  pos("appointment screen", () =>
    as(
      "screen",
      browser(n.pick(["Doctolib", "NHS App", "Zocdoc", "Jameda"])),
      plain(
        `${n.pick(["Termin bestätigt", "Appointment confirmed", "Rendez-vous confirmé"])}\n${n.pick(["Psychotherapie", "Dermatology", "Gynécologie", "Kardiologie", "Endocrinology"])}\n${ymd()} ${n.int(8, 17)}:${n.pick(["00", "15", "30", "45"])}`,
      ),
      H,
    ),
  ),
  pos("finding title", () =>
    as(
      "title",
      { app: "Adobe Acrobat Reader", title: "" },
      oneOf(
        "Befund_MRT_Knie_links.pdf - Adobe Acrobat Reader",
        "Bloedonderzoek uitslag.pdf - Adobe Acrobat Reader",
        "resultats_analyses_sang.pdf - Adobe Acrobat Reader",
        "discharge_summary_cardiology.pdf - Adobe Acrobat Reader",
      ),
      H,
    ),
  ),
  pos("medication note", () =>
    typed(
      notes(),
      oneOf(
        "8:00 ramipril 5mg, 20:00 atorvastatin 20mg",
        "Ibuprofen nicht mit dem Blutverdünner nehmen!! (Dr. sagt)",
        "refill escitalopram before the trip",
        "Antibiotikum noch 4 Tage, 3x täglich",
      ),
      H,
    ),
  ),
  pos("therapy schedule", () =>
    typed(
      workChat(),
      casual(
        oneOf(
          "therapy moved to wednesdays 5pm so I'll leave at 4:30 those days",
          "tengo terapia los martes, salgo antes",
        ),
      ),
      H,
    ),
  ),
  pos("dietary form", () =>
    typed(
      browser("Offsite registration - Google Forms", "https://docs.google.com/forms/d/e/"),
      oneOf(
        "coeliac disease, strictly gluten free please",
        "severe peanut allergy, I carry an EpiPen",
        "type 1 diabetic — need snacks available",
      ),
      H,
    ),
  ),
  pos("insurance claim", () =>
    as(
      "screen",
      browser(n.pick(["Leistungsabrechnung - TK", "Claims - Bupa", "Mutuelle - Remboursements"])),
      plain(
        `Claim ${n.digits(8)}\nPhysiotherapy, ${n.int(4, 12)} sessions\nDiagnosis: ${n.pick(["lumbar disc herniation", "Bandscheibenvorfall L5/S1", "tendinite de l'épaule"])}\nStatus: approved`,
      ),
      H,
    ),
  ),
  pos("mental health to manager", () =>
    typed(
      workChat(),
      oneOf(
        "I've been diagnosed with ADHD and started medication, might be a bit off this week",
        "my GP signed me off for stress for two weeks, sorry for the short notice",
        "Panikattacken sind wieder schlimmer, ich brauche ein paar Tage",
      ),
      H,
    ),
  ),
  pos("more languages", () =>
    typed(
      n.pick([workChat(), mail("Assenza")]),
      oneOf(
        "domani ho la colonscopia, sono fuori tutta la mattina",
        "jutro mam rezonans kręgosłupa, będę po 12",
        "har fått diagnosen astma, tar det lugnt denna vecka",
        "fiz a biópsia ontem, resultado sai na sexta",
        "morgen naar de fysio voor mijn hernia, ben er om 11 uur",
      ),
      H,
    ),
  ),
  pos("pregnancy", () =>
    typed(
      workChat(),
      casual(
        oneOf(
          "12-week scan is tomorrow morning, I'll join standup late",
          "morning sickness is brutal, cameras off today 🙈",
        ),
      ),
      H,
    ),
  ),
  neg("figurative health words", () =>
    typed(
      workChat(),
      casual(
        oneOf(
          "this spreadsheet gives me a migraine",
          "I'm allergic to 9am meetings",
          "the build is sick again, someone poke it",
          "quarantine the flaky tests until Monday",
          "that patch is a band-aid, we need a real fix",
          "the pipeline is bleeding money on spot instances",
          "diese Migration ist ein Krankheitsbild für sich",
        ),
      ),
    ),
  ),
  neg("health in code", () =>
    as(
      "clipboard",
      terminal(),
      oneOf(
        "livenessProbe:\n  httpGet:\n    path: /healthz\n    port: 8080",
        "brew doctor && flutter doctor -v",
        "GET /health 503 (upstream unhealthy)",
        "def diagnose(node): return node.status.conditions",
      ),
    ),
  ),
  neg("post-mortem and triage", () =>
    typed(
      workChat(),
      oneOf(
        "post-mortem for Tuesday's outage is on Thursday at 2",
        "can someone triage the bug queue today?",
        "surgical fix: one line in the parser",
        "Obduktion des Incidents morgen 10 Uhr (ja, so heißt das bei uns)",
      ),
    ),
  ),
  neg("health business", () =>
    typed(
      notes(),
      oneOf(
        "Q3 pipeline health: green, 3 deals at risk",
        "HealthKit integration ticket moved to next sprint",
        "Bayer renewal signed, pharma vertical up 12%",
        "open enrolment for the health plan runs 1–15 Nov, see the benefits page",
      ),
    ),
  ),
];

// ---------------------------------------------------------------- HR

const R: Topic[] = ["hr"];
const hr: Template[] = [
  pos("salary letter", () =>
    typed(
      mail(n.pick(["Your compensation", "Gehaltsanpassung", "Révision salariale"])),
      anyOf(
        () =>
          plain(
            `Your new base salary from 1 April is €${n.int(48, 130)},${n.int(0, 9)}00 (band P${n.int(2, 6)}).`,
          ),
        () =>
          plain(
            `Ihr Grundgehalt steigt ab 1. Januar auf ${n.int(52, 120)}.${n.int(0, 9)}00 € brutto jährlich.`,
          ),
        () => plain(`Votre salaire brut annuel passe à ${n.int(38, 95)} ${n.int(0, 9)}00 € au 1er mars.`),
      ),
      R,
    ),
  ),
  pos("review text", () =>
    typed(
      hrPortal("Performance Review"),
      oneOf(
        "Overall: partially meets expectations. Missed two quarterly goals; communication with stakeholders needs work.",
        "Rating 4/5. Strong ownership of the billing migration, ready for promotion next cycle.",
        "Gesamtbewertung: erfüllt die Erwartungen nicht. Wiederholt Termine nicht eingehalten.",
      ),
      R,
    ),
  ),
  pos("pip for colleague", () =>
    typed(
      notes(),
      t`PIP for ${NL()}: 45 days, weekly 1:1s with HR present, targets: close ${n.int(5, 20)} tickets/week`,
      R,
    ),
  ),
  pos("warnings in other languages", () =>
    typed(
      mail(n.pick(["Avertissement", "Amonestación", "Waarschuwing"])),
      anyOf(
        () => t`Objet : avertissement disciplinaire adressé à ${NL()} pour absences injustifiées.`,
        () => t`Carta de amonestación a ${NL()} por incumplimiento del horario.`,
        () => t`Officiële waarschuwing voor ${NL()} na het incident van vrijdag.`,
      ),
      R,
    ),
  ),
  pos("leaving and severance", () =>
    typed(
      workChat(),
      t`confidential: ${NL()}'s last day is the ${n.int(1, 28)}th, ${n.int(2, 6)} months severance, exit interview Thursday`,
      R,
    ),
  ),
  pos("redundancies", () =>
    typed(
      mail("Confidential - restructuring"),
      oneOf(
        "We're proposing to make 12 roles redundant in the Leeds warehouse; collective consultation starts Monday.",
        "Betriebsbedingte Kündigungen: 8 Stellen im Vertrieb, Sozialauswahl bis Ende Monat.",
        "Plan de sauvegarde de l'emploi : 15 postes supprimés à Lyon.",
      ),
      R,
    ),
  ),
  pos("offer", () =>
    typed(
      notes(),
      oneOf(
        "Vertragsangebot: 58.000 € brutto, 30 Urlaubstage, Probezeit 6 Monate",
        "Offer: £72k base + 10% bonus, start 3 March, notice 3 months",
        "Oferta: 42.000 € brutos anuales, 23 días de vacaciones",
      ),
      R,
    ),
  ),
  pos("comp screen", () =>
    as(
      "screen",
      hrPortal("Compensation"),
      plain(
        `Base Pay  ${n.int(45, 140)},000.00 ${n.pick(["GBP", "EUR", "USD"])}\nBonus Target  ${n.int(5, 20)}%\nLast Change  ${ymd()}  Merit increase ${n.int(2, 9)}%`,
      ),
      R,
    ),
  ),
  pos("review title", () =>
    as("title", { app: "Google Chrome", title: "" }, t`Performance Review - ${NL()} - Workday`, R),
  ),
  pos("grievance", () =>
    typed(
      mail("Formal grievance"),
      oneOf(
        "I'd like to raise a formal grievance about repeated comments from my line manager in team meetings.",
        "Ich möchte eine Beschwerde beim Betriebsrat wegen Mobbing einreichen.",
      ),
      R,
    ),
  ),
  pos("leave and permits", () =>
    typed(
      workChat(),
      casual(
        oneOf(
          "Elternzeit ab März ist beantragt, 7 Monate",
          "my work permit expires in June — can HR start the renewal?",
          "sabbatical approved, 3 months unpaid from September",
        ),
      ),
      R,
    ),
  ),
  pos("promotion", () =>
    typed(
      workChat(),
      t`${NL()} is promoted to Senior PM effective 1 Jan, comp +${n.int(5, 15)}% — please keep quiet until the announcement`,
      R,
    ),
  ),
  pos("salary in more languages", () =>
    typed(
      n.pick([mail("Retribuzione"), workChat()]),
      oneOf(
        "la tua RAL passa a 46.500 € da gennaio, livello 5",
        "od marca podwyżka do 14 200 zł brutto",
        "lönen höjs till 48 300 kr/mån från 1 april",
        "o teu salário passa para 2.450 € brutos em julho",
        "je salaris wordt per 1 mei € 4.380 bruto per maand",
      ),
      R,
    ),
  ),
  pos("compensation url", () =>
    as(
      "url",
      hrPortal("Compensation"),
      plain(
        `https://quillstone.bamboohr.com/employees/compensation/?id=${n.int(100, 9999)}&tab=salary-history`,
      ),
      R,
    ),
  ),
  neg("engineering hr words", () =>
    typed(
      workChat(),
      casual(
        oneOf(
          "terminate the old EC2 instances before Friday",
          "we fire the event twice on retry",
          "promote the canary to 100% if errors stay flat",
          "orphaned child processes again after the parent died",
          "kill the worker, it'll restart",
          "performance review of the new index: 4x faster reads",
          "the job got evicted from the node pool",
        ),
      ),
    ),
  ),
  neg("neutral hr pages", () =>
    as(
      "title",
      { app: "Google Chrome", title: "" },
      oneOf(
        "Holiday calendar 2027 | Personio",
        "Org chart - Workday",
        "Benefits overview - BambooHR",
        "Expense policy - Notion",
        "Home | HiBob",
        "Time off - Team calendar | Personio",
      ),
    ),
  ),
  neg("job ads", () =>
    typed(
      notes(),
      oneOf(
        "Stellenanzeige: Werkstudent (m/w/d) Marketing, 20 h/Woche, Hamburg",
        "We're hiring a Data Engineer (Python, dbt), hybrid in Madrid",
        "Offre : chef de projet logistique, CDI, Lille",
      ),
    ),
  ),
  neg("news about other companies", () =>
    as(
      "title",
      { app: "Google Chrome", title: "" },
      oneOf(
        "Tech layoffs continue into 2027 as chipmakers cut costs - Reuters",
        "Retail giant to close 40 stores, union says - BBC News",
      ),
    ),
  ),
];

// ---------------------------------------------------------------- personal life

const PR: Topic[] = ["prompt"];
const personal: Template[] = [
  pos("family logistics", () =>
    typed(
      messenger(),
      casual(
        oneOf(
          "kannst du heute die Kids von der Kita holen? hab bis 6 Meetings",
          "puedes recoger a los niños hoy? salgo tarde",
          "n'oublie pas le rdv chez le pédiatre de Léo à 17h",
          "oma komt zondag eten, neem jij taart mee?",
          "mum's flight lands at 9, can you get her?",
        ),
      ),
      PR,
    ),
  ),
  pos("relationship", () =>
    typed(
      messenger(),
      casual(
        oneOf(
          "we had a huge fight last night, I slept at my sister's",
          "ci siamo lasciati, non ne voglio parlare oggi",
          "second date tonight!! what do I wear 😅",
          "he still hasn't answered since Saturday, I'm done",
          "vi har bestämt oss för att skiljas",
        ),
      ),
      PR,
    ),
  ),
  pos("money", () =>
    typed(
      messenger(),
      casual(
        oneOf(
          "rent went up 200 again, no idea how we'll manage",
          "konto wieder im Minus, diesen Monat kein Urlaub",
          "can you lend me 300 till payday? I'll pay you back friday",
          "o banco recusou o crédito da casa",
        ),
      ),
      PR,
    ),
  ),
  pos("life events", () =>
    typed(
      messenger(),
      oneOf(
        "funeral is on Thursday at 11, I'll take the day",
        "we're moving to Valencia in spring, finally decided",
        "got a speeding ticket on the A7, 3 points 🙄",
        "Ramadan starts next week, can we do dinner after sunset?",
        "mijn vader gaat naar een verpleeghuis, ik ben er kapot van",
      ),
      PR,
    ),
  ),
  pos("weekend in work chat", () =>
    typed(
      workChat(),
      casual(
        oneOf(
          "spent the weekend at my in-laws in Poznań, I need a holiday from the holiday",
          "finally finished the marathon sunday!! legs are dead",
        ),
      ),
      PR,
    ),
  ),
  pos("own health to friend", () =>
    typed(
      messenger(),
      casual(
        oneOf(
          "the lump was benign!! crying in the car park",
          "doctor says it's a hernia, surgery in january",
          "hab seit 3 Wochen Panikattacken, geh jetzt zur Therapie",
          "me han diagnosticado diabetes tipo 2",
        ),
      ),
      ["prompt", "health"],
    ),
  ),
  pos("life in more languages", () =>
    typed(
      messenger(),
      casual(
        oneOf(
          "mia madre arriva stasera, non ce la faccio a uscire",
          "w końcu skończyliśmy remont kuchni, przyjdź w sobotę",
          "vi ska skriva på lägenheten imorgon, så nervös",
          "o senhorio quer-nos fora até março",
          "heb je de huur al overgemaakt? ik zit krap deze maand",
        ),
      ),
      PR,
    ),
  ),
  pos("own hr news to partner", () =>
    typed(
      messenger(),
      casual(
        oneOf(
          "they didn't give me the promotion. again.",
          "got my raise!! 8% 🎉",
          "mein Chef hat mir heute eine Abmahnung gegeben",
          "HR called, my role is at risk in the restructuring",
        ),
      ),
      ["prompt", "hr"],
    ),
  ),
  neg("work talk in messenger", () =>
    typed(
      messenger(),
      casual(
        oneOf(
          "client pushed the call to 3, can you dial in?",
          "deploy's done, dashboard looks fine",
          "schick mir bitte die Folien für morgen",
          "la demo est reportée à jeudi",
          "send me the Q4 forecast when you can",
        ),
      ),
    ),
  ),
  neg("notifications", () =>
    typed(
      messenger(),
      oneOf(
        "Your DHL parcel arrives today between 10:00 and 14:00",
        "Tu pedido de Glovo está en camino",
        "Rappel : votre rendez-vous de contrôle technique est demain",
      ),
    ),
  ),
  neg("work chat logistics", () =>
    typed(
      workChat(),
      casual(
        oneOf(
          "standup moved to 9:45",
          "who has the HDMI adapter?",
          "PR is up, small one",
          "room 4 is free after lunch",
        ),
      ),
    ),
  ),
];

// ---------------------------------------------------------------- prompts

const ask =
  (text: () => Composed, extra: Topic[] = []): Make =>
  () => {
    const { place, topics } = assistant();
    const all = [...new Set([...topics, ...extra])];
    return {
      place,
      channel: n.chance(0.35) ? "prompt" : "typed",
      body: text(),
      ...(all.length ? { topics: all } : {}),
    };
  };
const prompts: Template[] = [
  pos(
    "code questions",
    ask(() =>
      oneOf(
        "why does my jest test pass locally but time out in CI",
        "write a bash one-liner to find files over 1GB modified last week",
        "explain this k8s error: CrashLoopBackOff back-off restarting failed container",
        "convert this python dict comprehension to typescript",
        "what's the difference between LEFT JOIN and LEFT OUTER JOIN in postgres",
      ),
    ),
  ),
  pos(
    "rewrite mail with a name",
    ask(
      () =>
        t`make this sound less passive aggressive: "${G()}, as per my last email, the numbers were due monday"`,
    ),
  ),
  pos(
    "summarise customer",
    ask(() => {
      const name = n.latinName();
      return t`summarise this complaint from ${L("name", name)} (${EM(name)}) and draft a reply offering a refund`;
    }),
  ),
  pos(
    "multilingual",
    ask(() =>
      oneOf(
        "schreib mir eine höfliche Absage an einen Lieferanten, kurz",
        "résume ce compte-rendu en 5 points",
        "tradúceme esto al inglés: «el pedido sale mañana»",
        "maak een agenda voor een kick-off van 45 minuten",
        "scrivi una mail per chiedere un preventivo",
        "napisz krótkie podsumowanie spotkania",
        "skriv ett vänligt påminnelsemejl om fakturan",
        "reescreve isto de forma mais formal",
      ),
    ),
  ),
  pos(
    "debug with a secret",
    ask(
      () =>
        t`why does this fail with auth error: psql "postgresql://ledger:${S(n.plainPassword())}@db-ledger:5432/ledger"`,
    ),
  ),
  pos(
    "health question",
    ask(
      () =>
        oneOf(
          "I've had a headache for 5 days and blurry vision, is that serious?",
          "what should I ask the oncologist at my first appointment",
          "Nebenwirkungen von Sertralin in den ersten Wochen?",
        ),
      ["health"],
    ),
  ),
  pos(
    "hr question",
    ask(
      () =>
        oneOf(
          "how do I tell my manager I'm resigning, I have a 3 month notice",
          "draft a performance improvement plan for a support agent with low CSAT",
          "is 65k a fair offer for a senior analyst in Madrid",
        ),
      ["hr"],
    ),
  ),
  pos(
    "personal advice",
    ask(() =>
      oneOf(
        "my sister and I stopped talking, how do I start the conversation",
        "plan a 3 day trip to Porto with two kids",
      ),
    ),
  ),
  pos(
    "identifiers pasted",
    ask(() =>
      anyOf(
        () => t`is this a valid German tax id? ${ID("Steuer-ID")}`,
        () => t`why does Stripe decline ${C()} with do_not_honor`,
        () => t`format this IBAN with spaces: ${L("iban", n.iban().replace(/ /g, ""))}`,
        () => t`the user at ${IP()} keeps hitting our rate limit, how do I block them in nginx`,
      ),
    ),
  ),
  pos(
    "pasted table",
    ask(() => t`turn this into a table: ${NL()}, ${PH()}, Berlin; ${NL()}, ${PH()}, Madrid`),
  ),
  neg("search boxes", () =>
    typed(
      browser(n.pick(["Google", "Bing", "DuckDuckGo", "Ecosia"]), "https://www.google.com/"),
      oneOf(
        "jest timeout ci only",
        "porto with kids 3 days",
        "flights madrid lisbon friday",
        "wie lange ist eine abmahnung gültig",
      ),
    ),
  ),
  neg("question to colleague", () =>
    typed(
      workChat(),
      casual(
        oneOf(
          "anyone know why the VPN drops every hour?",
          "where's the template for the QBR deck?",
          "wer hat den Schlüssel für den Keller?",
        ),
      ),
    ),
  ),
  neg("assistant titles", () =>
    as(
      "title",
      { app: "ChatGPT", title: "" },
      oneOf("ChatGPT", "New chat | Claude", "Gemini", "Copilot", "Le Chat - Mistral AI"),
    ),
  ),
  neg("prompt the word", () =>
    typed(
      n.pick([workChat(), ticket()]),
      oneOf(
        "open a command prompt as admin and run ipconfig /flushdns",
        "the UAC prompt doesn't show on the kiosk",
        "2% prompt payment discount if paid in 10 days",
        "the login prompt flickers on Safari",
      ),
    ),
  ),
];

export const ninthFamilies = [
  { name: "names", count: 240, templates: names },
  { name: "addresses", count: 220, templates: addresses },
  { name: "travel documents", count: 200, templates: travel },
  { name: "national ids", count: 250, templates: nationalIds },
  { name: "phones and emails", count: 250, templates: contacts },
  { name: "ips", count: 200, templates: ips },
  { name: "payment details", count: 270, templates: payments },
  { name: "secrets", count: 320, templates: secrets },
  { name: "password fields", count: 150, templates: passwordFields },
  { name: "health", count: 230, templates: health },
  { name: "hr", count: 230, templates: hr },
  { name: "personal life", count: 210, templates: personal },
  { name: "prompts", count: 240, templates: prompts },
];

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
import * as v from "./values.ts";

/**
 * The eleventh evaluation corpus, written in round ten by someone who read
 * neither the detectors nor any earlier corpus. Fourteen families, each with
 * about a quarter hard negatives; values come from ./values.ts, made up, with
 * real check digits.
 *
 * Labelling calls, where a label could be argued:
 * - Placeholder and documentation persons (John Doe, Max Mustermann, Erika
 *   Mustermann, Jan Kowalski, Mario Rossi, Jean Dupont, Fulano de Tal) are not
 *   real people: no name label. Eponyms (Dijkstra's algorithm, Kalman filter),
 *   brands (Hugo Boss, Tommy Hilfiger), places (San Francisco, Gare
 *   Saint-Lazare) and software named like people (Jenkins, Alexa) are not names.
 * - A surname after an honorific (Frau Dreßler, M. Lefebvre, pan Kaczmarek) is
 *   labelled as a name; the label covers the surname only, the honorific not.
 *   A first name alone is labelled when it plainly means a person ("Lena hat
 *   Fieber").
 * - A name slug in a URL (linkedin.com/in/megan-whitfield) is labelled as a name.
 * - A street name without a house number (meet on Kastanienallee) is not an
 *   address; a postcode range of a sales territory is not one either. An
 *   address is labelled from the street to the town, country line excluded.
 * - A work address of a person (megan.whitfield@northwind-logistics.com) is a
 *   person's e-mail; role addresses (support@, noreply@, invoices@, jobs@) and
 *   example.com/example.org addresses are not. `git@github.com` is not an e-mail.
 * - Freephone and shared lines (0800, 1-800, 0900, 116 xxx) and the fictional
 *   US 555-01xx range are not a person's phone.
 * - Private-range host addresses (10/8, 172.16/12, 192.168/16, fd00::/8,
 *   fe80::) are hosts' addresses and labelled; loopback, 0.0.0.0, the
 *   documentation ranges, subnet masks, network ranges in CIDR with the host
 *   part zero, OIDs and four-part version numbers are not.
 * - Company tax numbers (Spanish CIF, EU VAT numbers) are not national ids.
 *   In a passport's machine-readable line only the document number is labelled.
 * - Published test card numbers (4242 4242 4242 4242 and the like), masked
 *   cards (•••• 4821) and IMEIs (Luhn-valid, fifteen digits) are not cards.
 *   The IBANs printed in the standard's and banks' documentation (DE89 3704
 *   0044 0532 0130 00, GB82 WEST 1234 5698 7654 32) are not accounts; BICs and
 *   SEPA creditor identifiers alone are not bank accounts.
 * - A UK sort code is labelled routing-number and the account beside it
 *   bank-account; a US account number beside an ABA routing number likewise.
 * - Public keys (ssh-ed25519 …, PGP public blocks), hashes, commit ids, request
 *   UUIDs, OAuth client ids and state values, redacted keys (sk_live_…XXXX),
 *   Stripe publishable keys (pk_live_…, public by design) and famous example
 *   passwords in training material (P@ssw0rd!, "correct horse battery
 *   staple") grant nothing: not secrets. A password-reset link's token and
 *   credentials in a URL are secrets. A one-time or recovery code, a Wi-Fi password
 *   and a PIN are secrets.
 * - News and policy about health or pay in general (flu season, a pay-scale
 *   agreement, a public job advert, a company headcount) are about no one: no
 *   health or hr topic. Selling software to hospitals is not health.
 * - A window title or URL of an AI assistant is not a prompt (nothing is typed
 *   there); work talk in WhatsApp or Telegram is not a prompt, personal talk in
 *   Slack is. Telling colleagues of one's own illness or absence (even over
 *   WhatsApp) is health only, not personal-life talk; talk about one's family,
 *   partner or friends is prompt, and health too when it is about an illness.
 * - A salary figure in a schema, fixture or code sample about no one is not hr.
 * - Danish CPR numbers are written without the old modulus-11 test, as CPR
 *   numbers issued since 2007 need not pass it; every other national id here
 *   carries its issuer's check digits (NIR key, DNI letter, BSN eleven test,
 *   PESEL, personnummer Luhn, NIF, Steuer-ID, codice fiscale, fødselsnummer,
 *   HETU, CNP, TC kimlik, rodné číslo, AMKA, Hungarian personal number).
 * - A row saying someone is on sick leave is health as well as hr.
 */

// ---------------------------------------------------------------- places and helpers

const browsers = ["Google Chrome", "Firefox", "Microsoft Edge", "Safari", "Brave", "Vivaldi", "Opera"];
const web = (title: string, url?: string): Place => ({
  app: v.pick(browsers),
  title,
  ...(url === undefined ? {} : { url }),
});

const workChat = (): Place =>
  v.pick<() => Place>([
    () => ({
      app: "Slack",
      title: `${v.pick(["#ops-nordics", "#lager-bielefeld", "#proj-atlas", "#équipe-rennes", "#finanzas", "#backend", "#ventas-iberia", "#help-it"])} - Northwind - Slack`,
    }),
    () => ({
      app: "Microsoft Teams",
      title: `${v.pick(["Chat", "Einkauf DACH", "Ops Weekly", "Équipe Support", "Projekt Hafen"])} | Microsoft Teams`,
    }),
    () => ({
      app: "Google Chat",
      title: `${v.pick(["Logistik", "Sales Benelux", "Kalmar build", "Team Porto"])} - Google Chat`,
    }),
    () => ({
      app: "Mattermost",
      title: `${v.pick(["town-square", "infra", "warehouse-pl", "dev-ops"])} - Mattermost`,
    }),
  ])();

const messenger = (): Place =>
  v.pick<Place>([
    { app: "WhatsApp", title: "WhatsApp" },
    { app: "Telegram", title: "Telegram" },
    { app: "Signal", title: "Signal" },
    { app: "Messenger", title: "Messenger" },
    { app: "Messages", title: "Messages" },
    { app: "Threema", title: "Threema" },
  ]);

const mail = (subject: string): Place =>
  v.pick<Place>([
    { app: "Microsoft Outlook", title: `${subject} - Nachricht (HTML)` },
    { app: "Microsoft Outlook", title: `${subject} - Message` },
    { app: "Thunderbird", title: `${subject} - Mozilla Thunderbird` },
    { app: "Mail", title: subject },
    {
      app: v.pick(browsers),
      title: `${subject} - ${v.pick(["jorg.b", "ops", "m.kuipers"])}@${v.pick(v.workDomains)} - Gmail`,
      url: `https://mail.google.com/mail/u/0/#inbox/${v.hex(16)}`,
    },
  ]);

const editor = (file: string): Place =>
  v.pick<Place>([
    { app: "Visual Studio Code", title: `${file} — northwind-platform` },
    { app: "IntelliJ IDEA", title: `northwind-api – ${file}` },
    { app: "Sublime Text", title: `${file} • kalmar` },
    { app: "Vim", title: `${file} + (~/src/atlas) - VIM` },
  ]);

const terminal = (): Place =>
  v.pick<Place>([
    {
      app: "iTerm2",
      title: `${v.pick(["ssh", "zsh", "bash"])} — ${v.pick(["deploy", "ops", "tomas"])}@${v.pick(["bastion-eu1", "mbp-kalmar", "ws-0412"])}`,
    },
    { app: "Terminal", title: "Terminal — zsh — 120×40" },
    { app: "Windows Terminal", title: "PowerShell" },
    { app: "Alacritty", title: "Alacritty" },
  ]);

const docs = (name: string): Place =>
  v.pick<Place>([
    { app: "Microsoft Word", title: `${name}.docx - Word` },
    { app: "Microsoft Excel", title: `${name}.xlsx - Excel` },
    { app: "Notion", title: `${name} – Notion` },
    { app: "Obsidian", title: `${name} - Obsidian Vault` },
    web(
      `${name} - Google Docs`,
      `https://docs.google.com/document/d/${v.letters(32, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP0123456789_-")}/edit`,
    ),
    web(`${name} - Confluence`, `https://northwind.atlassian.net/wiki/spaces/OPS/pages/${v.digits(9)}`),
  ]);

const assistant = (): Place =>
  v.pick<() => Place>([
    () => ({ app: "ChatGPT", title: "ChatGPT" }),
    () => ({ app: "Claude", title: "Claude" }),
    () => web("Gemini", "https://gemini.google.com/app"),
    () => ({ app: "Microsoft Copilot", title: "Copilot" }),
    () => web("Perplexity", `https://www.perplexity.ai/search/${v.hex(8)}`),
    () => web("Le Chat - Mistral AI", "https://chat.mistral.ai/chat"),
  ])();

const draft = (place: Place, channel: Channel, body: Composed, topics: Topic[] = []): Draft => ({
  place,
  channel,
  body,
  ...(topics.length > 0 ? { topics } : {}),
});

/** Something asked of an AI assistant: always a prompt, whatever else it is. */
const ask = (body: Composed, topics: Topic[] = []): Draft =>
  draft(
    assistant(),
    v.chance(0.8) ? "prompt" : "typed",
    body,
    topics.includes("prompt") ? topics : [...topics, "prompt"],
  );

const pos = (name: string, make: () => Draft): Template => ({ name, make });
const neg = (name: string, make: () => Draft): Template => ({ name, negative: true, make });

const lower = (c: Composed): Composed => ({ text: c.text.toLowerCase(), labels: c.labels });
const maybeLower = (c: Composed): Composed => (v.chance(0.3) ? lower(c) : c);
/** Whichever channel suits a short remark: typed into a field, key by key, or copied. */
const anyOf = (...channels: Channel[]): Channel => v.pick(channels);
const plain = (text: string): Composed => ({ text, labels: [] });

// ---------------------------------------------------------------- names

const nameInChat: ((n: string, m: string) => Composed)[] = [
  (n) => t`kannst du ${L("name", n)} fragen, ob die Lieferung morgen rausgeht?`,
  (n) => t`${L("name", n)} übernimmt ab Montag die Schicht in Halle 3`,
  (n, m) => t`est-ce que ${L("name", n)} a validé le devis ? sinon je relance ${L("name", m)}`,
  (n) => t`${L("name", n)} me ha pasado el contrato del proveedor, lo subo luego`,
  (n) => t`heb je ${L("name", n)} al gesproken over de planning voor Q2?`,
  (n) => t`ho messo in copia ${L("name", n)}, lei segue il cliente di Verona`,
  (n) => t`o ${L("name", n)} ainda não respondeu ao email do fornecedor`,
  (n) => t`${L("name", n)} dzwoniła w sprawie faktury, oddzwonisz?`,
  (n) => t`${L("name", n)} tar över kundmötet på torsdag, jag är på kurs`,
  (n, m) => t`thanks ${L("name", n)}! looping in ${L("name", m)} for the freight quote`,
  (n) => t`${L("name", n)} hat den PR reviewed, kann gemerged werden`,
  (n) => t`cc ${L("name", n)} — она отвечает за склад в Гданьске`,
  (n) => t`${L("name", n)} toplantıyı yarına erteledi`,
  (n) => t`${L("name", n)} lähetti tarjouksen eilen, katsotko sen?`,
  (n) => t`${L("name", n)} poslala novou verzi smlouvy`,
];

const honorifics: ((surname: string) => Composed)[] = [
  (s) => t`Frau ${L("name", s)} hat angerufen, bitte zurückrufen`,
  (s) => t`Herr ${L("name", s)} aus der Buchhaltung kommt um 14 Uhr`,
  (s) => t`M. ${L("name", s)} souhaite décaler le rendez-vous à jeudi`,
  (s) => t`Mme ${L("name", s)} attend toujours la facture corrigée`,
  (s) => t`la Sra. ${L("name", s)} pregunta por el pedido`,
  (s) => t`pan ${L("name", s)} prosił o kopię umowy`,
  (s) => t`dhr. ${L("name", s)} belt morgen terug`,
  (s) => t`il dott. ${L("name", s)} arriva alle 10`,
  (s) => t`Mr ${L("name", s)} signed for the pallet at gate 4`,
];

const placeholderPeople = [
  "John Doe",
  "Jane Doe",
  "Max Mustermann",
  "Erika Mustermann",
  "Jan Kowalski",
  "Mario Rossi",
  "Jean Dupont",
  "Fulano de Tal",
  "Jan Jansen",
  "Joe Bloggs",
];
const brandsLikePeople = [
  "Hugo Boss",
  "Tommy Hilfiger",
  "Jack Wolfskin",
  "Dr. Martens",
  "Ben & Jerry's",
  "Marc O'Polo",
  "Tom Tailor",
  "Calvin Klein",
  "Ralph Lauren",
  "Bruno Banani",
  "Jacques Dessange",
  "Ray-Ban",
];
const placesLikePeople = [
  "San Francisco",
  "Gare Saint-Lazare",
  "Santa Maria Novella",
  "St. Gallen",
  "Charlotte (NC)",
  "Sankt Augustin",
  "Santa Cruz de Tenerife",
  "Port Elizabeth",
  "Alexanderplatz",
  "Mont Saint-Michel",
  "San Sebastián",
  "Prinses Margrietkanaal",
];
const eponyms = [
  "Dijkstra's algorithm",
  "a Kalman filter",
  "Gaussian blur",
  "the Fourier transform",
  "Levenshtein distance",
  "a Bloom filter",
  "Kruskal's MST",
  "Bézier curves",
  "the Hungarian method",
  "Huffman coding",
];

const names: Family = {
  name: "names",
  count: 215,
  templates: [
    pos("chat mention, many languages", () => {
      const lang = v.pick(v.langs);
      return draft(
        workChat(),
        anyOf("typed", "typed", "keys"),
        maybeLower(v.pick(nameInChat)(v.fullName(lang), v.fullName(lang))),
      );
    }),
    pos("honorific and surname", () =>
      draft(workChat(), anyOf("typed", "keys"), v.pick(honorifics)(v.lastName())),
    ),
    pos("signature block", () => {
      const lang = v.pick(v.coreLangs);
      const n = v.fullName(lang);
      const closing = v.pick([
        "Mit freundlichen Grüßen",
        "Best regards",
        "Cordialement",
        "Un saludo",
        "Met vriendelijke groet",
        "Cordiali saluti",
        "Com os melhores cumprimentos",
        "Z poważaniem",
        "Vänliga hälsningar",
      ]);
      const role = v.pick([
        "Teamleitung Disposition",
        "Account Manager",
        "Responsable logistique",
        "Jefa de compras",
        "Inkoper",
        "Ufficio acquisti",
        "Specjalista ds. importu",
      ]);
      return draft(
        mail(v.pick(["Re: Angebot 2027", "Lieferavis", "Devis transport", "Pedido 4471"])),
        anyOf("screen", "clipboard"),
        t`${closing}\n\n${L("name", n)}\n${role}\nNorthwind Logistics`,
      );
    }),
    pos("meeting title", () => {
      const a = v.fullName();
      const b = v.fullName();
      return draft(
        { app: "Microsoft Teams", title: "" },
        "title",
        v.pick([
          () => t`Sync ${L("name", a)} / ${L("name", b)} | Microsoft Teams`,
          () => t`Meeting with ${L("name", a)} - Zoom`,
          () => t`Rückruf ${L("name", a)} – Kalender – Outlook`,
          () => t`${L("name", a)} (Extern) | Microsoft Teams`,
        ])(),
      );
    }),
    pos("linkedin slug", () => {
      const n = v.fullName(v.pick(["en", "de", "nl", "sv", "fr"]));
      const slug = n
        .toLowerCase()
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/ /g, "-");
      return draft(
        web(`${n} | LinkedIn`),
        "url",
        t`https://www.linkedin.com/in/${L("name", slug)}-${v.hex(8)}/`,
      );
    }),
    pos("commit author on screen", () => {
      const n = v.fullName();
      const e = v.emailOf(n, v.pick(v.workDomains));
      return draft(
        terminal(),
        "screen",
        t`commit ${v.hex(40)}\nAuthor: ${L("name", n)} <${L("email", e)}>\nDate:   Thu Nov 26 ${v.time()}:12 2026 +0100\n\n    fix pallet count rounding in export`,
      );
    }),
    pos("surname first in a list", () => {
      const lang = v.pick(v.coreLangs);
      const a = `${v.lastName(lang)}, ${v.firstName(lang)}`;
      const b = `${v.lastName(lang)}, ${v.firstName(lang)}`;
      return draft(
        docs("Schichtplan KW 49"),
        anyOf("clipboard", "screen"),
        t`Früh\t${L("name", a)}\nSpät\t${L("name", b)}\nNacht\t—`,
      );
    }),
    pos("calendar invite", () => {
      const org = v.fullName();
      const att = [v.fullName(), v.fullName()];
      return draft(
        { app: "Calendar", title: "Calendar" },
        "screen",
        t`Quarterly carrier review\n${v.date()} ${v.time()}–${v.time()}\nOrganizer: ${L("name", org)}\nAttendees: ${L("name", att[0] ?? "")}, ${L("name", att[1] ?? "")}\nRoom: Oslo 2.14`,
      );
    }),
    pos("typed lower case, no capitals", () => {
      const n = v.fullName(v.pick(["en", "de", "nl", "sv"]));
      return draft(
        workChat(),
        "keys",
        lower(
          v.pick([
            () => t`ping ${L("name", n)} re the deck`,
            () => t`is ${L("name", n)} ooo today?`,
            () => t`frag mal ${L("name", n)}`,
          ])(),
        ),
      );
    }),
    pos("name asked of an assistant", () => {
      const n = v.fullName();
      return ask(
        v.pick([
          () => t`write a short welcome message for ${L("name", n)} who joins the Gdańsk warehouse team`,
          () => t`schreib eine höfliche Absage an ${L("name", n)} wegen des Termins am Freitag`,
          () => t`traduis en anglais : « ${L("name", n)} confirme la livraison »`,
        ])(),
      );
    }),
    neg("placeholder people in forms and fixtures", () => {
      const p = v.pick(placeholderPeople);
      return draft(
        editor(v.pick(["user.fixture.ts", "seed.sql", "README.md"])),
        anyOf("typed", "clipboard", "screen"),
        plain(
          v.pick([
            `const demoUser = { fullName: "${p}", plan: "trial" };`,
            `INSERT INTO customers (name, tier) VALUES ('${p}', 'bronze');`,
            `Feld "Name": z. B. ${p}`,
            `e.g. ${p} — replace with the customer's name`,
          ]),
        ),
      );
    }),
    neg("brands named like people", () => {
      const b = v.pick(brandsLikePeople);
      return draft(
        v.pick([workChat(), web(`${b} – Online Shop`)]),
        anyOf("typed", "screen", "title"),
        plain(
          v.pick([
            `Bestellung bei ${b} storniert, Retoure läuft`,
            `${b} outlet has 30% off this week`,
            `le showroom ${b} ouvre à 10h`,
            `Nuevo pedido de ${b} en el almacén 2`,
            `${b} – Online Shop`,
          ]),
        ),
      );
    }),
    neg("places named like people", () => {
      const p = v.pick(placesLikePeople);
      return draft(
        workChat(),
        anyOf("typed", "keys"),
        plain(
          v.pick([
            `Zug steht in ${p}, komme 20 min später`,
            `container for ${p} left the yard`,
            `vol retardé, on attend à ${p}`,
            `next offsite: ${p}?`,
          ]),
        ),
      );
    }),
    neg("software named like people", () =>
      draft(
        v.pick([workChat(), terminal()]),
        anyOf("typed", "screen"),
        plain(
          v.pick([
            `jenkins build #${v.int(1000, 9999)} failed on main, looks flaky`,
            "Alexa, set a timer for 12 minutes",
            "hey Siri remind me to restart the runner",
            `Watson Assistant quota at ${v.int(50, 99)}%`,
            "Clippy vibes from this new Office add-in",
            `Ansible run finished: ok=${v.int(20, 90)} changed=${v.int(0, 9)} failed=0`,
          ]),
        ),
      ),
    ),
    neg("eponymous methods", () =>
      draft(
        workChat(),
        anyOf("typed", "keys"),
        plain(
          `${v.pick(["we could use", "why not", "PR swaps the regex for", "ich würde hier", "on pourrait tester"])} ${v.pick(eponyms)} ${v.pick(["for the route planner", "here", "im Matcher", "pour le dédoublonnage"])}`,
        ),
      ),
    ),
    pos("long meeting notes", () => {
      const a = v.fullName();
      const b = v.fullName();
      const c = v.fullName();
      return draft(
        docs("Protokoll Carrier-Runde"),
        anyOf("screen", "clipboard"),
        t`Protokoll Carrier-Runde ${v.date()}\nAnwesend: ${L("name", a)} (Disposition), ${L("name", b)} (Einkauf), ${L("name", c)} (DSV, extern)\n\n1. Laufzeiten Benelux: im Schnitt +0,8 Tage, DSV prüft Umschlag in Venlo.\n2. Schadensquote: 0,3 %, zwei Fälle Gitterbox, Fotos liegen im Ticket.\n3. Neue Tarife ab 1.3., Angebot kommt bis KW 3.\n\nTODO ${L("name", b.split(" ")[0] ?? b)}: Gegenangebot Dachser einholen.\nNächster Termin: ${v.date()}, ${v.time()}`,
      );
    }),
    neg("holidays and laws named after people", () =>
      draft(
        workChat(),
        anyOf("typed", "keys"),
        plain(
          v.pick([
            "Sankt Martin: Laternenumzug, Büro ab 15 Uhr zu",
            "Murphy's law strikes again, the backup ran into the outage",
            "Sinterklaas-viering in het magazijn om 16:00",
            "Hofstadter's law: it always takes longer",
            "Saint-Nicolas : chocolats à l'accueil",
            "Conway's law, basically",
          ]),
        ),
      ),
    ),
    neg("first names used as words", () =>
      draft(
        workChat(),
        anyOf("typed", "keys"),
        plain(
          v.pick([
            "Will do. Mark it as done once the grace period ends",
            "Rose gold variant is out of stock",
            "Amber light on rack 7 again",
            "Summer release notes: June is frozen",
            "Faith in the new scanner is low lol",
            "Ivy league of spreadsheets, this one",
          ]),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- addresses

const countryLang: Record<v.Country, v.Lang> = {
  US: "en",
  GB: "en",
  DE: "de",
  FR: "fr",
  ES: "es",
  NL: "nl",
  IT: "it",
  PT: "pt",
  PL: "pl",
  SE: "sv",
};

const movedTo: Record<v.Lang, (a: string) => Composed> = {
  en: (a) => t`new address from the 1st: ${L("address", a)}`,
  de: (a) => t`Meine neue Anschrift ab Januar: ${L("address", a)}`,
  fr: (a) => t`nouvelle adresse : ${L("address", a)} (interphone au nom du locataire)`,
  es: (a) => t`me he mudado, la dirección nueva es ${L("address", a)}`,
  nl: (a) => t`mijn nieuwe adres is ${L("address", a)}, graag aanpassen in AFAS`,
  it: (a) => t`il mio nuovo indirizzo: ${L("address", a)}`,
  pt: (a) => t`morada nova: ${L("address", a)}`,
  pl: (a) => t`zmiana adresu zamieszkania: ${L("address", a)}`,
  sv: (a) => t`ny adress: ${L("address", a)}`,
  tr: (a) => t`yeni adresim: ${L("address", a)}`,
  fi: (a) => t`uusi osoite: ${L("address", a)}`,
  cs: (a) => t`nová adresa: ${L("address", a)}`,
  da: (a) => t`ny adresse: ${L("address", a)}`,
  ro: (a) => t`adresa nouă: ${L("address", a)}`,
};

const addresses: Family = {
  name: "addresses",
  count: 215,
  templates: [
    pos("moved, tells the team", () => {
      const c = v.pick(v.countries);
      return draft(
        v.pick([workChat(), mail("Adressänderung")]),
        anyOf("typed", "typed", "clipboard"),
        maybeLower(movedTo[countryLang[c]](v.address(c, true))),
      );
    }),
    pos("shipping form, multi-line", () => {
      const c = v.pick(v.countries);
      const n = v.fullName(countryLang[c]);
      return draft(
        web("Checkout – Lieferadresse", "https://shop.kalmar-tools.se/checkout/shipping"),
        "screen",
        t`Lieferadresse\n${L("name", n)}\n${L("address", v.address(c, false))}\nTelefon: ${L("phone", v.phone(c))}`,
      );
    }),
    pos("address pasted from a PDF", () => {
      const c = v.pick(v.countries);
      return draft(
        {
          app: v.pick(["Adobe Acrobat Reader", "Preview", "Foxit PDF Reader"]),
          title: `Mietvertrag_${v.digits(4)}.pdf`,
        },
        "clipboard",
        t`${L("address", v.address(c, false))}`,
      );
    }),
    pos("address in a maps URL", () => {
      const c = v.pick(v.countries);
      const a = encodeURI(v.address(c, true).replace(/ /g, "+"));
      return draft(
        web("Google Maps"),
        "url",
        t`https://www.google.com/maps/dir/${L("address", a)}/@${v.int(40, 59)}.${v.digits(6)},${v.int(2, 18)}.${v.digits(6)},15z`,
      );
    }),
    pos("courier note in chat", () => {
      const c = v.pick(["DE", "NL", "PL", "FR"] as const);
      return draft(
        messenger(),
        anyOf("typed", "keys"),
        v.pick([
          () => t`paket bitte an ${L("address", v.address(c, true))} schicken, bin nicht im büro`,
          () => t`bezorg het maar op ${L("address", v.address(c, true))}`,
          () => t`wyślij kurierem na ${L("address", v.address(c, true))}`,
          () => t`envoie-le plutôt chez moi : ${L("address", v.address(c, true))}`,
        ])(),
      );
    }),
    pos("address in a CRM record", () => {
      const c = v.pick(v.countries);
      const n = v.fullName(countryLang[c]);
      return draft(
        web(
          "Contact – HubSpot",
          `https://app-eu1.hubspot.com/contacts/${v.digits(8)}/record/0-1/${v.digits(11)}`,
        ),
        "screen",
        t`Contact owner: Team EMEA\nName: ${L("name", n)}\nStreet address: ${L("address", v.address(c, true))}\nLifecycle stage: Customer`,
      );
    }),
    pos("address asked about to an assistant", () => {
      const c = v.pick(v.countries);
      return ask(
        v.pick([
          () => t`how long does a parcel take from Rotterdam to ${L("address", v.address(c, true))}?`,
          () => t`formatiere diese Adresse für ein Etikett: ${L("address", v.address(c, true))}`,
        ])(),
      );
    }),
    pos("US address typed in lower case", () =>
      draft(workChat(), "keys", lower(t`ship the sample to ${L("address", v.address("US", true))} pls`)),
    ),
    neg("street without house number", () =>
      draft(
        workChat(),
        anyOf("typed", "keys"),
        plain(
          v.pick([
            "treffen uns am Café an der Kastanienallee",
            "parking is on Birchwood Ave, behind the gym",
            "on se retrouve rue des Tanneurs vers midi ?",
            "la obra corta la Calle Alcalá hasta el viernes",
            "Oudegracht is afgesloten, omrijden via de Vismarkt",
          ]),
        ),
      ),
    ),
    neg("memory and MAC addresses", () =>
      draft(
        terminal(),
        anyOf("screen", "clipboard"),
        plain(
          v.pick([
            `segfault at 7ff${v.hex(9)} ip 00005${v.hex(11)} sp 00007ff${v.hex(9)} error 4 in libpq.so.5`,
            `link/ether 3c:22:fb:${v.hex(2)}:${v.hex(2)}:${v.hex(2)} brd ff:ff:ff:ff:ff:ff`,
            `Physical Address. . . . . . . . . : 00-1B-63-${v.hex(2).toUpperCase()}-${v.hex(2).toUpperCase()}-${v.hex(2).toUpperCase()}`,
            `0x${v.hex(12)}: mov rax, qword ptr [rbp - 0x18]`,
          ]),
        ),
      ),
    ),
    neg("address as a verb or a field name", () =>
      draft(
        v.pick([workChat(), editor("address.ts")]),
        anyOf("typed", "clipboard"),
        plain(
          v.pick([
            "we need to address the backlog before the audit",
            "Re: addressing the feedback on section 3",
            "export type Address = { street: string; postcode: string; city: string };",
            "address_line_2 VARCHAR(120) NULL,",
            "Adressfeld darf nicht leer sein",
          ]),
        ),
      ),
    ),
    neg("postcode ranges and territories", () =>
      draft(
        docs("Vertriebsgebiete 2027"),
        anyOf("screen", "clipboard"),
        plain(
          v.pick([
            `PLZ-Gebiet 30000–39999: Team Nord, Quote ${v.int(80, 120)} %`,
            "Zone 75001-75020 : livraison J+1",
            `Códigos postales 28001–28080 → reparto propio`,
            `postcodes LS1–LS29 go to the Leeds hub`,
          ]),
        ),
      ),
    ),
    neg("coordinates of a dock", () =>
      draft(
        docs("Anfahrt Lager"),
        anyOf("screen", "clipboard", "typed"),
        plain(
          `Rampe ${v.int(1, 9)}: ${v.int(48, 52)}.${v.digits(5)}, ${v.int(7, 12)}.${v.digits(5)} – Einfahrt über Tor ${v.pick(["B", "C", "Nord"])}`,
        ),
      ),
    ),
    neg("office sign-posting without a person", () =>
      draft(
        workChat(),
        anyOf("typed", "keys"),
        plain(
          v.pick([
            "Haus B, 3. OG, Raum 3.12 – Schlüssel am Empfang",
            "Building 4, level 2, desk 2-117",
            "bâtiment C, 1er étage, salle Loire",
            "Edificio Norte, planta 5, sala Picos",
          ]),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- national ids and passports

const idSentences: (() => Composed)[] = [
  () => t`DNI: ${L("national-id", v.spanishDni())}`,
  () => t`mi NIE es ${L("national-id", v.spanishNie())}, por si lo necesitas para el alta`,
  () => t`N° de sécurité sociale : ${L("national-id", v.frenchNir())}`,
  () => t`BSN ${L("national-id", v.dutchBsn())} graag invullen bij de loonheffing`,
  () => {
    const first = v.firstName("it");
    const last = v.lastName("it");
    return t`Codice fiscale di ${L("name", `${first} ${last}`)}: ${L("national-id", v.codiceFiscale(first, last))}`;
  },
  () => t`PESEL ${L("national-id", v.pesel())}`,
  () => t`personnummer ${L("national-id", v.personnummer())} – behövs för friskvårdsbidraget`,
  () => t`NIF ${L("national-id", v.portugueseNif())} para a fatura, se faz favor`,
  () => t`Steuer-ID: ${L("national-id", v.steuerId())}`,
  () => t`SSN ${L("national-id", v.ssn())} for the I-9`,
  () => t`NI number: ${L("national-id", v.nino())}`,
  () => t`Ausweisnummer ${L("national-id", v.personalausweis())}, gültig bis ${v.date()}`,
];

const issuer: Record<v.PassportCountry, string> = {
  DE: "D<<",
  US: "USA",
  GB: "GBR",
  FR: "FRA",
  ES: "ESP",
  IT: "ITA",
  NL: "NLD",
  PL: "POL",
};
const passportCountries: readonly v.PassportCountry[] = ["DE", "US", "GB", "FR", "ES", "IT", "NL", "PL"];

const ids: Family = {
  name: "national-ids",
  count: 215,
  templates: [
    pos("id in chat", () =>
      draft(
        v.pick([workChat(), messenger()]),
        anyOf("typed", "keys", "typed"),
        maybeLower(v.pick(idSentences)()),
      ),
    ),
    pos("id in an onboarding form", () => {
      const n = v.fullName("es");
      return draft(
        web("Alta de empleado – Personio", "https://northwind.personio.de/staff/new"),
        "screen",
        t`Nombre completo\n${L("name", n)}\nDocumento\n${L("national-id", v.pick([v.spanishDni, v.spanishNie])())}\nNacionalidad\nEspaña`,
      );
    }),
    pos("id pasted alone", () =>
      draft(
        v.pick([web("Portal"), docs("Onboarding")]),
        "clipboard",
        t`${L("national-id", v.pick([v.spanishDni, v.dutchBsn, v.pesel, v.personnummer, v.portugueseNif, v.steuerId, v.ssn, v.nino, () => v.frenchNir(false)])())}`,
      ),
    ),
    pos("id typed into a field", () =>
      draft(
        web("Formulario", "https://sede.example-gobierno.es/tramite/paso-2"),
        "keys",
        t`${L("national-id", v.pick([v.spanishDni, v.spanishNie, v.pesel, v.dutchBsn])())}`,
      ),
    ),
    pos("payroll CSV with ids", () => {
      const rows = [0, 1, 2].map(() => {
        const lang = v.pick(["nl", "pl", "sv"] as const);
        const id = lang === "nl" ? v.dutchBsn() : lang === "pl" ? v.pesel() : v.personnummer();
        return [v.fullName(lang), id] as const;
      });
      const [a, b, c] = rows as [
        readonly [string, string],
        readonly [string, string],
        readonly [string, string],
      ];
      return draft(
        docs("loonstrook_import"),
        "clipboard",
        t`naam;id;afdeling\n${L("name", a[0])};${L("national-id", a[1])};magazijn\n${L("name", b[0])};${L("national-id", b[1])};transport\n${L("name", c[0])};${L("national-id", c[1])};kantoor`,
      );
    }),
    pos("passport number in travel booking", () => {
      const c = v.pick(passportCountries);
      const n = v.fullName();
      return draft(
        web("Traveller details – Egencia", "https://www.egencia.com/trips/traveller"),
        anyOf("screen", "clipboard"),
        t`Traveller: ${L("name", n)}\nPassport no.: ${L("passport", v.passportNumber(c))}\nExpiry: ${v.isoDate()}\nNationality: ${c}`,
      );
    }),
    pos("passport in chat, many languages", () => {
      const p = v.passportNumber(v.pick(passportCountries));
      return draft(
        v.pick([workChat(), messenger()]),
        anyOf("typed", "keys"),
        v.pick([
          () => t`Reisepassnummer ${L("passport", p)} für die Visa-Einladung`,
          () => t`mon numéro de passeport : ${L("passport", p)}`,
          () => t`pasaporte ${L("passport", p)}, caduca en 2031`,
          () => t`paszport nr ${L("passport", p)}`,
          () => t`passport # ${L("passport", p)} – needed for the Shanghai trade fair`,
          () => t`numero passaporto ${L("passport", p)}`,
        ])(),
      );
    }),
    pos("passport machine-readable zone", () => {
      const c = v.pick(passportCountries);
      const number = v.passportNumber(c);
      const line = v.mrzLine2(c, number);
      const doc = number.padEnd(9, "<").slice(0, 9);
      const rest = line.slice(doc.length);
      const surname = v
        .lastName("en")
        .toUpperCase()
        .replace(/[^A-Z]/g, "");
      const given = v.firstName("en").toUpperCase();
      return draft(
        { app: v.pick(["Preview", "Adobe Acrobat Reader", "Photos"]), title: "scan_passport.pdf" },
        "screen",
        t`P<${issuer[c]}${L("name", `${surname}<<${given}`)}${"<".repeat(20)}\n${L("passport", number)}${"<".repeat(doc.length - number.length)}${rest}`,
      );
    }),
    pos("id asked of an assistant", () =>
      ask(
        v.pick([
          () => t`is this a valid PESEL? ${L("national-id", v.pesel())}`,
          () => t`¿qué letra le corresponde a este DNI? ${L("national-id", v.spanishDni())}`,
          () => t`what does the number ${L("national-id", v.frenchNir())} say about its holder?`,
        ])(),
      ),
    ),
    neg("order and tracking numbers", () =>
      draft(
        v.pick([workChat(), mail("Versandbestätigung")]),
        anyOf("typed", "screen"),
        plain(
          v.pick([
            `Bestellnr. 302-${v.digits(7)}-${v.digits(7)}`,
            `Sendungsnummer 00340434${v.digits(12)}`,
            `tracking 1Z${v.letters(3)}${v.digits(3)}${v.digits(10)}`,
            `Auftrag ${v.int(40000000, 49999999)} ist kommissioniert`,
            `n° commande ${v.digits(10)}`,
            `pedido ${v.digits(8)}-A`,
          ]),
        ),
      ),
    ),
    neg("company tax numbers", () =>
      draft(
        docs("Lieferantenstamm"),
        anyOf("screen", "clipboard", "typed"),
        plain(
          v.pick([
            `USt-IdNr. DE${v.digits(9)}`,
            `CIF B${v.digits(8)}`,
            `TVA intracom FR${v.digits(11)}`,
            `BTW NL${v.digits(9)}B01`,
            `P.IVA IT${v.digits(11)}`,
            `VAT GB ${v.digits(3)} ${v.digits(4)} ${v.digits(2)}`,
            `KRS 0000${v.digits(6)}`,
          ]),
        ),
      ),
    ),
    neg("passport the library", () =>
      draft(
        editor("auth.js"),
        anyOf("typed", "clipboard", "screen"),
        plain(
          v.pick([
            "app.post('/login', passport.authenticate('local', { failureRedirect: '/login' }));",
            "npm i passport passport-saml@3",
            "passport.serializeUser((user, done) => done(null, user.id));",
            "import { PassportStrategy } from '@nestjs/passport';",
          ]),
        ),
      ),
    ),
    neg("id words without an id", () =>
      draft(
        v.pick([workChat(), docs("Reise-FAQ")]),
        anyOf("typed", "screen"),
        plain(
          v.pick([
            "Reisepass muss noch 6 Monate gültig sein, sonst kein Visum",
            "¿el DNI electrónico vale para firmar con AutoFirma?",
            "le numéro de sécu est demandé à l'étape 3 du formulaire",
            "SSN field is optional for contractors outside the US",
            "BSN wordt niet meer op de loonstrook gezet",
          ]),
        ),
      ),
    ),
    neg("ISBNs, serials and part numbers", () =>
      draft(
        v.pick([docs("Inventar"), workChat()]),
        anyOf("screen", "clipboard", "typed"),
        plain(
          v.pick([
            `ISBN 978-3-${v.digits(3)}-${v.digits(5)}-${v.digits(1)}`,
            `S/N ${v.letters(3)}${v.digits(8)}`,
            `Teilenummer A${v.digits(3)} ${v.digits(3)} ${v.digits(2)} ${v.digits(2)}`,
            `asset tag NW-${v.digits(6)}`,
            `lote L${v.digits(9)}X`,
          ]),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- e-mail and phone

const callMe: ((p: string) => Composed)[] = [
  (p) => t`ruf mich kurz an: ${L("phone", p)}`,
  (p) => t`je suis joignable au ${L("phone", p)} jusqu'à 18h`,
  (p) => t`llámame al ${L("phone", p)} cuando salgas`,
  (p) => t`bel me even op ${L("phone", p)}`,
  (p) => t`chiamami al ${L("phone", p)}`,
  (p) => t`liga-me para o ${L("phone", p)}`,
  (p) => t`zadzwoń na ${L("phone", p)}`,
  (p) => t`ring mig på ${L("phone", p)}`,
  (p) => t`my cell is ${L("phone", p)} if the gate is locked`,
  (p) => t`direct line ${L("phone", p)}, ask for the night shift`,
];

const phoneCountryFor = (): v.Country => v.pick(v.countries);

const contact: Family = {
  name: "contact",
  count: 215,
  templates: [
    pos("call me, many languages", () =>
      draft(
        v.pick([workChat(), messenger()]),
        anyOf("typed", "keys"),
        v.pick(callMe)(v.phone(phoneCountryFor())),
      ),
    ),
    pos("email in chat", () => {
      const n = v.fullName();
      const e = v.emailOf(n, v.pick(v.personalDomains));
      return draft(
        workChat(),
        anyOf("typed", "keys"),
        maybeLower(
          v.pick([
            () => t`schick es an meine private: ${L("email", e)}`,
            () => t`send it to ${L("email", e)} pls, work inbox is full`,
            () => t`mon adresse perso c'est ${L("email", e)}`,
            () => t`mandámelo a ${L("email", e)}`,
          ])(),
        ),
      );
    }),
    pos("signature with phone and email", () => {
      const c = phoneCountryFor();
      const n = v.fullName(countryLang[c]);
      return draft(
        mail("RE: Frachtanfrage"),
        anyOf("screen", "clipboard"),
        t`${L("name", n)}\nKey Account Manager\nT ${L("phone", v.phone(c, true))}\nM ${L("phone", v.phone(c))}\n${L("email", v.emailOf(n, v.pick(v.workDomains)))}`,
      );
    }),
    pos("vCard text", () => {
      const c = phoneCountryFor();
      const first = v.firstName(countryLang[c]);
      const last = v.lastName(countryLang[c]);
      return draft(
        { app: "Contacts", title: "Contacts" },
        "clipboard",
        t`BEGIN:VCARD\nVERSION:3.0\nFN:${L("name", `${first} ${last}`)}\nTEL;TYPE=CELL:${L("phone", v.phone(c, true))}\nEMAIL;TYPE=HOME:${L("email", v.emailOf(`${first} ${last}`, v.pick(v.personalDomains)))}\nEND:VCARD`,
      );
    }),
    pos("email typed into an email field", () => {
      const n = v.fullName();
      return draft(
        web("Newsletter abonnieren", "https://www.kalmar-tools.se/newsletter"),
        "keys",
        t`${L("email", v.emailOf(n))}`,
      );
    }),
    pos("inbox title with an address", () => {
      const e = v.emailOf(v.fullName(), v.pick(v.personalDomains));
      return draft(
        web(""),
        "title",
        t`Inbox (${v.int(1, 300)}) - ${L("email", e)} - ${v.pick(["Gmail", "Outlook", "Proton Mail", "Yahoo Mail"])}`,
      );
    }),
    pos("mailto URL", () => {
      const e = v.emailOf(v.fullName(), v.pick(v.workDomains));
      return draft(web("Compose"), "url", t`mailto:${L("email", e)}?subject=Lieferschein%20${v.digits(6)}`);
    }),
    pos("phone number alone, pasted", () =>
      draft(
        v.pick([web("Kontakt"), docs("Rufbereitschaft")]),
        "clipboard",
        t`${L("phone", v.phone(phoneCountryFor()))}`,
      ),
    ),
    pos("on-call table", () => {
      const rows = [0, 1, 2].map(() => {
        const c = v.pick(["DE", "GB", "SE", "NL"] as const);
        return [v.fullName(countryLang[c]), v.phone(c)] as const;
      });
      const [a, b, c] = rows as [
        readonly [string, string],
        readonly [string, string],
        readonly [string, string],
      ];
      return draft(
        docs("Rufbereitschaft Dezember"),
        "screen",
        t`| Woche | Name | Mobil |\n| 49 | ${L("name", a[0])} | ${L("phone", a[1])} |\n| 50 | ${L("name", b[0])} | ${L("phone", b[1])} |\n| 51 | ${L("name", c[0])} | ${L("phone", c[1])} |`,
      );
    }),
    pos("softphone window title", () => {
      const c = phoneCountryFor();
      return draft(
        { app: v.pick(["Zoiper", "Webex", "3CX", "Teams"]), title: "" },
        "title",
        v.pick([
          () => t`Anruf: ${L("phone", v.phone(c, true))} – Zoiper`,
          () => t`Call with ${L("phone", v.phone(c))} - Webex`,
          () => t`Eingehender Anruf ${L("phone", v.phone(c))}`,
        ])(),
      );
    }),
    pos("misspelt e-mail line", () => {
      const n = v.fullName();
      return draft(
        messenger(),
        "keys",
        v.pick([
          () => t`my emial is ${L("email", v.emailOf(n))} , send teh form there`,
          () => t`meine mailadrese: ${L("email", v.emailOf(n))}`,
          () => t`mon adrese mail ${L("email", v.emailOf(n))}`,
        ])(),
      );
    }),
    pos("contact details for an assistant", () => {
      const n = v.fullName();
      return ask(
        t`draft a follow-up email to ${L("name", n)} (${L("email", v.emailOf(n, v.pick(v.workDomains)))}), mention I tried calling ${L("phone", v.phone())}`,
      );
    }),
    neg("role addresses and example domains", () =>
      draft(
        v.pick([workChat(), mail("Automatische Antwort")]),
        anyOf("typed", "screen", "clipboard"),
        plain(
          v.pick([
            `Rechnungen bitte nur an invoices@${v.pick(v.workDomains)}`,
            `noreply@${v.pick(v.workDomains)} bounced again`,
            "user@example.com / admin@example.org in the test fixtures",
            `support@${v.pick(v.workDomains)} answers within 24h`,
            `jobs@${v.pick(v.workDomains)} – candidatures spontanées`,
            "git clone git@github.com:northwind/atlas.git",
          ]),
        ),
      ),
    ),
    neg("hotlines and fictional numbers", () =>
      draft(
        v.pick([workChat(), web("Kontakt – Kundenservice")]),
        anyOf("typed", "screen"),
        plain(
          v.pick([
            `Hotline 0800 ${v.digits(3)} ${v.digits(4)} (kostenfrei)`,
            `call 1-800-${v.digits(3)}-${v.digits(4)} for the carrier desk`,
            `Service-Nummer 0900 ${v.digits(3)} ${v.digits(3)}`,
            `in the demo use (555) 010-${v.int(1000, 1099)}`,
            "Sperr-Notruf 116 116",
            `numéro vert 0 805 ${v.digits(2)} ${v.digits(2)} ${v.digits(2)}`,
          ]),
        ),
      ),
    ),
    neg("at-signs that are not e-mail", () =>
      draft(
        v.pick([editor("package.json"), workChat()]),
        anyOf("typed", "clipboard"),
        plain(
          v.pick([
            '"@types/node": "^20.11.0",',
            "@Injectable({ providedIn: 'root' })",
            `@here standup moved to ${v.time()}`,
            `docker pull ghcr.io/northwind/atlas@sha256:${v.hex(64)}`,
            "SELECT * FROM orders WHERE id = @orderId",
          ]),
        ),
      ),
    ),
    neg("numbers shaped like phones", () =>
      draft(
        v.pick([workChat(), terminal(), docs("Release")]),
        anyOf("typed", "screen"),
        plain(
          v.pick([
            `build ${v.int(2025, 2027)}.${v.int(1, 12)}.${v.digits(4)} deployed`,
            `Rechnung 2026-${v.digits(3)}-${v.digits(4)}`,
            `${v.int(1, 9)} ${v.digits(3)} ${v.digits(3)} rows scanned`,
            `ts=${v.int(1700000000, 1799999999)}${v.digits(3)}`,
            `resolution 2560×1440, 165 Hz`,
            `Palette 4711-${v.digits(4)}-${v.digits(2)}`,
          ]),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- network

const anyHost = (): string => v.pick([v.privateIp, v.publicIp, v.publicIp, v.ipv6])();
const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const network: Family = {
  name: "network",
  count: 215,
  templates: [
    pos("access log line", () => {
      const ip = v.pick([v.publicIp, v.ipv6])();
      return draft(
        terminal(),
        anyOf("screen", "clipboard"),
        t`${L("ip", ip)} - - [${v.int(10, 28)}/${v.pick(months)}/2026:${v.time()}:${v.int(10, 59)} +0100] "GET /api/v2/shipments?page=${v.int(1, 40)} HTTP/1.1" 200 ${v.int(200, 90000)} "-" "Mozilla/5.0"`,
      );
    }),
    pos("ssh command", () => {
      const ip = v.pick([v.privateIp, v.publicIp])();
      return draft(
        terminal(),
        "keys",
        t`ssh -i ~/.ssh/id_ed25519 ${v.pick(["deploy", "ubuntu", "root", "ops"])}@${L("ip", ip)}`,
      );
    }),
    pos("which address is the printer", () => {
      const ip = v.privateIp();
      return draft(
        workChat(),
        anyOf("typed", "keys"),
        maybeLower(
          v.pick([
            () => t`der Etikettendrucker hat jetzt die ${L("ip", ip)}`,
            () => t`l'imprimante du quai 2 est sur ${L("ip", ip)}`,
            () => t`de scanner zit op ${L("ip", ip)}, vaste lease`,
            () => t`printer in Gdańsk moved to ${L("ip", ip)}`,
            () => t`la impresora está en ${L("ip", ip)}`,
          ])(),
        ),
      );
    }),
    pos("home address for the allow-list", () => {
      const ip = v.publicIp();
      return draft(
        v.pick([workChat(), mail("VPN Freigabe")]),
        anyOf("typed", "clipboard"),
        v.pick([
          () => t`can you allow-list my home IP ${L("ip", ip)} on the bastion?`,
          () => t`meine IP zuhause ist ${L("ip", ip)}, bitte in die Firewall`,
          () => t`mijn thuis-IP: ${L("ip", ip)}`,
        ])(),
      );
    }),
    pos("firewall rule", () => {
      const ip = anyHost();
      return draft(
        editor("firewall.tf"),
        anyOf("clipboard", "screen"),
        t`iptables -A INPUT -s ${L("ip", ip)} -p tcp --dport 5432 -j ACCEPT`,
      );
    }),
    pos("json log with client address", () => {
      const ip = anyHost();
      return draft(
        { app: "Grafana", title: "Explore - Loki - Grafana" },
        "screen",
        t`{"level":"warn","msg":"too many login attempts","client_ip":"${L("ip", ip)}","attempts":${v.int(6, 40)},"trace":"${v.hex(16)}"}`,
      );
    }),
    pos("admin URL by address", () => {
      const ip = v.privateIp();
      return draft(
        web("Router Admin"),
        "url",
        t`http://${L("ip", ip)}:${v.pick(["8080", "8443", "9000", "80"])}/admin/status`,
      );
    }),
    pos("ipv6 neighbours", () => {
      const a = v.ipv6();
      const b = v.ipv6();
      return draft(
        terminal(),
        "screen",
        t`${L("ip", a)} dev eth0 lladdr 3c:22:fb:${v.hex(2)}:${v.hex(2)}:${v.hex(2)} REACHABLE\n${L("ip", b)} dev eth0 lladdr 52:54:00:${v.hex(2)}:${v.hex(2)}:${v.hex(2)} STALE`,
      );
    }),
    pos("address asked of an assistant", () => {
      const ip = v.publicIp();
      return ask(
        v.pick([
          () => t`why would ${L("ip", ip)} hit our login endpoint 4000 times an hour?`,
          () => t`whois ${L("ip", ip)} — ist das ein Rechenzentrum?`,
        ])(),
      );
    }),
    neg("version numbers with four parts", () =>
      draft(
        v.pick([workChat(), terminal(), docs("Release notes")]),
        anyOf("typed", "screen"),
        plain(
          v.pick([
            `Chrome ${v.int(120, 131)}.0.${v.int(6000, 6999)}.${v.int(10, 200)} breaks the label preview`,
            `Version ${v.int(1, 9)}.${v.int(0, 20)}.${v.int(0, 9)}.${v.int(100, 9999)} (Build ${v.digits(5)})`,
            `firmware 4.${v.int(0, 9)}.${v.int(0, 40)}.${v.int(1, 99)} on the scanners`,
            `dotnet ${v.int(6, 9)}.0.${v.int(100, 400)}.${v.int(1, 30)}`,
          ]),
        ),
      ),
    ),
    neg("OIDs and section numbers", () =>
      draft(
        v.pick([docs("Spec"), terminal()]),
        anyOf("screen", "clipboard", "typed"),
        plain(
          v.pick([
            `1.3.6.1.4.1.${v.int(300, 60000)}.1.${v.int(1, 9)}`,
            `snmpget -v2c -c public switch01 1.3.6.1.2.1.1.${v.int(1, 7)}.0`,
            `siehe Abschnitt ${v.int(1, 9)}.${v.int(1, 9)}.${v.int(1, 9)}.${v.int(1, 9)}`,
            `OID 2.5.4.${v.int(3, 12)} (attribute type)`,
          ]),
        ),
      ),
    ),
    neg("loopback, any and documentation addresses", () =>
      draft(
        v.pick([editor("docker-compose.yml"), docs("README"), terminal()]),
        anyOf("screen", "clipboard", "typed"),
        plain(
          v.pick([
            `listen 127.0.0.1:${v.int(3000, 9999)}`,
            `bind 0.0.0.0 port ${v.int(80, 9000)}`,
            `e.g. curl http://${v.documentationIp()}/health`,
            `server ${v.documentationIp()} weight=${v.int(1, 5)}`,
            "::1 localhost ip6-localhost",
            `example: allow from ${v.documentationIp()}`,
          ]),
        ),
      ),
    ),
    neg("masks and network ranges", () =>
      draft(
        v.pick([editor("network.tf"), workChat()]),
        anyOf("typed", "clipboard", "screen"),
        plain(
          v.pick([
            "netmask 255.255.255.0",
            'cidr_block = "10.20.0.0/16"',
            "Subnetz 172.16.0.0/12 ist reserviert",
            "allowed: 192.168.0.0/24",
            "broadcast 255.255.255.255",
            "fd00::/8 ULA only",
          ]),
        ),
      ),
    ),
    neg("IP as intellectual property", () =>
      draft(
        v.pick([workChat(), mail("Vertrag Entwicklung")]),
        anyOf("typed", "screen"),
        plain(
          v.pick([
            "the IP clause in §7 gives us all rights to the code",
            "IP-Rechte bleiben beim Auftraggeber",
            "la propriété intellectuelle (IP) reste chez nous",
            "IP67 rated scanners for the cold store",
          ]),
        ),
      ),
    ),
    neg("dates and prices with dots", () =>
      draft(
        workChat(),
        anyOf("typed", "keys"),
        plain(
          v.pick([
            `Abgabe ${v.date()}, nicht später`,
            `1.234.567,89 € Umsatz im Q3`,
            `v${v.int(1, 3)}.${v.int(0, 9)} rollout am ${v.date()}`,
            `cote 12.5.3 du plan`,
          ]),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- payment cards

const expiry = (): string => `${v.pad(v.int(1, 12), 2)}/${v.int(27, 31)}`;

const cards: Family = {
  name: "cards",
  count: 215,
  templates: [
    pos("card number shared in chat", () => {
      const c = v.card();
      return draft(
        v.pick([workChat(), messenger()]),
        anyOf("typed", "keys"),
        maybeLower(
          v.pick([
            () => t`Firmenkarte: ${L("card", c)}, gültig bis ${expiry()}`,
            () => t`use the team card ${L("card", c)} exp ${expiry()} for the booth`,
            () => t`ma carte pro ${L("card", c)} — exp ${expiry()}`,
            () => t`tarjeta ${L("card", c)} cad ${expiry()}`,
            () => t`kaart ${L("card", c)} vervalt ${expiry()}`,
            () => t`numer karty ${L("card", c)}`,
            () => t`kortnummer ${L("card", c)} gäller till ${expiry()}`,
            () => t`cartão ${L("card", c)} validade ${expiry()}`,
          ])(),
        ),
      );
    }),
    pos("checkout form on screen", () => {
      const n = v.fullName();
      return draft(
        web(
          "Secure checkout",
          `https://pay.${v.pick(["adyen", "stripe", "mollie"])}.com/checkout/${v.hex(12)}`,
        ),
        "screen",
        t`Name on card\n${L("name", n)}\nCard number\n${L("card", v.card())}\nExpiry ${expiry()}   CVC ***`,
      );
    }),
    pos("card typed key by key", () => draft(web("Payment details"), "keys", t`${L("card", v.card())}`)),
    pos("card pasted", () =>
      draft(v.pick([web("Booking"), docs("Reisekosten")]), "clipboard", t`${L("card", v.card())}`),
    ),
    pos("expense sheet row", () => {
      const n = v.fullName();
      return draft(
        docs("Reisekostenabrechnung_November"),
        anyOf("clipboard", "screen"),
        t`${v.date()};Hotel Ibis Kassel;${v.int(89, 300)},00;${L("name", n)};${L("card", v.card(v.pick(["visa", "mastercard", "amex"])))}`,
      );
    }),
    pos("amex in an email", () => {
      const c = v.card("amex");
      return draft(
        mail("Buchung Messe"),
        anyOf("typed", "screen"),
        t`Hallo,\nbitte belasten Sie die Standmiete auf ${L("card", c)} (Amex, ${expiry()}).\nDanke`,
      );
    }),
    pos("card asked of an assistant", () =>
      ask(
        v.pick([
          () => t`which bank issued ${L("card", v.card())}?`,
          () => t`is ${L("card", v.card())} a visa or a mastercard`,
          () => t`formatiere die Kartennummer ${L("card", v.card())} mit Leerzeichen`,
        ])(),
      ),
    ),
    neg("published test cards", () =>
      draft(
        v.pick([editor("checkout.test.ts"), docs("Payments QA")]),
        anyOf("typed", "clipboard", "screen"),
        plain(
          v.pick([
            "4242 4242 4242 4242",
            "card: '4000 0566 5566 5556', exp: '12/34', cvc: '123'",
            "Testkarte 5555 5555 5555 4444 (Mastercard)",
            "use 4000000000003220 to trigger 3DS",
            "378282246310005 – Amex test number",
            "6011 1111 1111 1117 Discover sandbox",
          ]),
        ),
      ),
    ),
    neg("masked cards", () =>
      draft(
        v.pick([web("Zahlungsmethoden"), mail("Your receipt")]),
        anyOf("screen", "clipboard", "title"),
        plain(
          v.pick([
            `Visa •••• ${v.digits(4)}`,
            `Mastercard ending in ${v.digits(4)}`,
            `XXXX-XXXX-XXXX-${v.digits(4)}`,
            `**** **** **** ${v.digits(4)} expires ${expiry()}`,
            `carte se terminant par ${v.digits(4)}`,
          ]),
        ),
      ),
    ),
    neg("IMEIs and device ids", () =>
      draft(
        v.pick([docs("Geräteliste"), web("Intune – Devices")]),
        anyOf("screen", "clipboard", "typed"),
        plain(
          v.pick([
            `IMEI ${v.imei()}`,
            `Scanner 7 – IMEI: ${v.imei()}, SIM ICCID 8949${v.digits(15)}`,
            `device ${v.imei()} enrolled`,
          ]),
        ),
      ),
    ),
    neg("long numbers that fail the check", () =>
      draft(
        v.pick([workChat(), docs("Lager")]),
        anyOf("typed", "screen"),
        plain(
          v.pick([
            `Referenz ${v.notACard()}`,
            `EAN ${v.digits(13)}`,
            `GTIN 0${v.digits(13)}`,
            `Lieferschein ${v.notACard().replace(/ /g, "")}`,
            `vouchercode ${v.letters(4)}-${v.letters(4)}-${v.letters(4)}`,
          ]),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- bank accounts

const ibanLines: ((i: string) => Composed)[] = [
  (i) => t`Bitte überweise an ${L("iban", i)}, Verwendungszweck Geschenk fürs Team`,
  (i) => t`mon IBAN pour le remboursement : ${L("iban", i)}`,
  (i) => t`el IBAN para la nómina es ${L("iban", i)}`,
  (i) => t`nieuw rekeningnummer: ${L("iban", i)}`,
  (i) => t`IBAN per il rimborso spese: ${L("iban", i)}`,
  (i) => t`o meu IBAN: ${L("iban", i)}`,
  (i) => t`numer konta ${L("iban", i)}`,
  (i) => t`mitt IBAN är ${L("iban", i)}`,
  (i) => t`refund to ${L("iban", i)} please`,
];

const banking: Family = {
  name: "banking",
  count: 215,
  templates: [
    pos("iban in chat, many languages", () =>
      draft(
        v.pick([workChat(), messenger()]),
        anyOf("typed", "keys", "typed"),
        maybeLower(v.pick(ibanLines)(v.iban())),
      ),
    ),
    pos("iban in a supplier change email", () => {
      const n = v.fullName();
      return draft(
        mail("Änderung der Bankverbindung"),
        "screen",
        t`Sehr geehrte Damen und Herren,\nab sofort lautet unsere Bankverbindung:\nKontoinhaber: ${L("name", n)}\nIBAN: ${L("iban", v.iban("DE", true))}\nBIC: ${v.pick(["COBADEFFXXX", "DEUTDEDBXXX", "GENODEM1GLS"])}\nMit freundlichen Grüßen`,
      );
    }),
    pos("iban pasted alone", () =>
      draft(
        v.pick([web("Online-Banking – Überweisung"), docs("Erstattung")]),
        "clipboard",
        t`${L("iban", v.iban(undefined, v.chance(0.5)))}`,
      ),
    ),
    pos("iban typed into a transfer form", () =>
      draft(
        web("Nieuwe overboeking – Mijn ING", "https://mijn.ing.nl/banking/transfer"),
        "keys",
        t`${L("iban", v.iban(v.pick(["NL", "BE", "DE"] as const), false))}`,
      ),
    ),
    pos("US direct deposit", () => {
      const n = v.fullName("en");
      return draft(
        web("Direct deposit – Gusto", "https://app.gusto.com/employee/direct-deposit"),
        anyOf("screen", "clipboard"),
        t`Account holder: ${L("name", n)}\nRouting number: ${L("routing-number", v.routingNumber())}\nAccount number: ${L("bank-account", v.usAccount())}\nType: Checking`,
      );
    }),
    pos("US wire in chat", () =>
      draft(
        workChat(),
        anyOf("typed", "keys"),
        v.pick([
          () =>
            t`wire to routing ${L("routing-number", v.routingNumber())} acct ${L("bank-account", v.usAccount())}`,
          () =>
            t`ABA ${L("routing-number", v.routingNumber())}, account # ${L("bank-account", v.usAccount())}`,
        ])(),
      ),
    ),
    pos("UK sort code and account", () =>
      draft(
        v.pick([workChat(), messenger(), mail("Bank details")]),
        anyOf("typed", "screen"),
        v.pick([
          () =>
            t`sort code ${L("routing-number", v.ukSortCode())} account ${L("bank-account", v.ukAccount())}`,
          () =>
            t`S/C ${L("routing-number", v.ukSortCode())}, A/C no ${L("bank-account", v.ukAccount())}, ref INV-${v.digits(5)}`,
        ])(),
      ),
    ),
    pos("SEPA batch CSV", () => {
      const a = v.fullName();
      const b = v.fullName();
      return draft(
        docs("sepa_export"),
        "clipboard",
        t`Empfänger;IBAN;Betrag\n${L("name", a)};${L("iban", v.iban(undefined, false))};${v.int(50, 900)},00\n${L("name", b)};${L("iban", v.iban(undefined, false))};${v.int(50, 900)},00`,
      );
    }),
    pos("account asked of an assistant", () =>
      ask(
        v.pick([
          () => t`check if this IBAN is valid: ${L("iban", v.iban())}`,
          () => t`welche Bank gehört zu ${L("iban", v.iban("DE"))}?`,
          () => t`is ${L("routing-number", v.routingNumber())} a Chase routing number?`,
        ])(),
      ),
    ),
    neg("documentation IBANs", () =>
      draft(
        v.pick([docs("IBAN-Validierung"), editor("iban.test.ts")]),
        anyOf("typed", "clipboard", "screen"),
        plain(
          v.pick([
            "expect(isValidIban('DE89 3704 0044 0532 0130 00')).toBe(true);",
            "Beispiel: DE89 3704 0044 0532 0130 00",
            "e.g. GB82 WEST 1234 5698 7654 32",
            "exemple : FR76 3000 6000 0112 3456 7890 189",
            "ejemplo ES91 2100 0418 4502 0005 1332",
          ]),
        ),
      ),
    ),
    neg("BICs and creditor ids", () =>
      draft(
        v.pick([docs("Bankstammdaten"), workChat()]),
        anyOf("typed", "screen", "clipboard"),
        plain(
          v.pick([
            `BIC ${v.pick(["COBADEFFXXX", "BNPAFRPPXXX", "INGBNL2A", "BSCHESMMXXX", "NDEASESS"])}`,
            `Gläubiger-ID DE${v.digits(2)}ZZZ0000${v.digits(7)}`,
            `Mandatsreferenz NW-${v.digits(8)}`,
            `SWIFT MT940 import failed at :61: line`,
          ]),
        ),
      ),
    ),
    neg("bank words in code", () =>
      draft(
        editor(v.pick(["payout.ts", "bank.py"])),
        anyOf("typed", "clipboard"),
        plain(
          v.pick([
            "const iban = form.get('iban')?.toString().replace(/\\s/g, '');",
            "def validate_routing_number(aba: str) -> bool:",
            "accountNumber: z.string().min(6).max(17),",
            "ALTER TABLE payees ADD COLUMN sort_code CHAR(8);",
          ]),
        ),
      ),
    ),
    neg("nine-digit references", () =>
      draft(
        workChat(),
        anyOf("typed", "keys"),
        plain(
          v.pick([
            `ticket ${v.digits(9)} is closed`,
            `Vorgang ${v.digits(9)}`,
            `PO ${v.digits(9)} approved`,
            `job id ${v.digits(9)} stuck`,
          ]),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- secrets

const secrets: Family = {
  name: "secrets",
  count: 215,
  templates: [
    pos(".env file", () =>
      draft(
        editor(".env.production"),
        anyOf("clipboard", "screen"),
        t`NODE_ENV=production\nAWS_ACCESS_KEY_ID=${L("secret", v.awsKeyId())}\nAWS_SECRET_ACCESS_KEY=${L("secret", v.awsSecret())}\nAWS_REGION=eu-central-1`,
      ),
    ),
    pos("connection string with password", () => {
      const pw = v.password().replace(/[@/:?#]/g, "x");
      return draft(
        v.pick([editor("config.yaml"), workChat(), terminal()]),
        anyOf("typed", "clipboard", "screen"),
        v.pick([
          () => t`DATABASE_URL=${L("secret", `postgres://atlas:${pw}@${v.hostName()}:5432/atlas`)}`,
          () =>
            t`mongodb+srv://${L("secret", `svc_ingest:${pw}`)}@cluster0.${v.letters(5, "abcdefghijklmnopqrstuvwxyz")}.mongodb.net/prod`,
          () => t`Server=${v.hostName()};Database=Lager;User Id=sa;${L("secret", `Password=${pw}`)};`,
          () => t`redis://:${L("secret", pw)}@${v.hostName()}:6379/0`,
        ])(),
      );
    }),
    pos("token pasted into chat", () =>
      draft(
        workChat(),
        anyOf("typed", "clipboard"),
        maybeLower(
          v.pick([
            () => t`hier der Token für die CI: ${L("secret", v.githubToken())}`,
            () => t`new slack bot token ${L("secret", v.slackToken())} — rotate the old one`,
            () => t`la clé stripe de prod : ${L("secret", v.stripeKey())}`,
            () => t`api key para maps: ${L("secret", v.googleKey())}`,
            () => t`gebruik deze key: ${L("secret", v.openaiKey())}`,
          ])(),
        ),
      ),
    ),
    pos("curl with bearer token", () =>
      draft(
        terminal(),
        anyOf("keys", "screen", "clipboard"),
        t`curl -s -H "Authorization: Bearer ${L("secret", v.jwt())}" https://api.northwind.io/v2/shipments | jq .`,
      ),
    ),
    pos("private key block", () =>
      draft(editor("deploy_key"), anyOf("clipboard", "screen"), t`${L("secret", v.privateKeyBlock())}`),
    ),
    pos("recovery codes", () => {
      const codes = v.recoveryCodes(6);
      const [a, b, c, d, e, f] = codes as [string, string, string, string, string, string];
      return draft(
        web("Two-factor recovery codes"),
        anyOf("clipboard", "screen"),
        t`Recovery codes – keep them safe\n${L("secret", a)}  ${L("secret", b)}\n${L("secret", c)}  ${L("secret", d)}\n${L("secret", e)}  ${L("secret", f)}`,
      );
    }),
    pos("wifi password and door code in chat", () =>
      draft(
        v.pick([workChat(), messenger()]),
        anyOf("typed", "keys"),
        v.pick([
          () => t`WLAN Gäste: NW-Guest / ${L("secret", v.password())}`,
          () => t`wifi pw is ${L("secret", v.password())}`,
          () => t`le code de la porte du quai c'est ${L("secret", v.digits(4))}#`,
          () => t`PIN der Firmenkarte: ${L("secret", v.pin())}`,
          () => t`la contraseña del NAS es ${L("secret", v.password())}`,
          () => t`hasło do routera: ${L("secret", v.password())}`,
        ])(),
      ),
    ),
    pos("one-time code forwarded", () =>
      draft(
        messenger(),
        anyOf("typed", "keys"),
        v.pick([
          () => t`der Code ist ${L("secret", v.digits(6))}, schnell bevor er abläuft`,
          () => t`code de vérification : ${L("secret", v.digits(6))}`,
          () => t`otp ${L("secret", v.digits(6))}`,
        ])(),
      ),
    ),
    pos("credentials in a JSON config", () =>
      draft(
        editor("appsettings.json"),
        anyOf("clipboard", "screen"),
        t`{\n  "Smtp": {\n    "Host": "smtp.office365.com",\n    "User": "scanner@${v.pick(v.workDomains)}",\n    "Password": "${L("secret", v.password())}"\n  }\n}`,
      ),
    ),
    pos("reset link with its token", () =>
      draft(
        web("Reset your password"),
        "url",
        t`https://app.northwind.io/account/reset-password?token=${L("secret", v.letters(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"))}&email=ops%40northwind.io`,
      ),
    ),
    pos("credentials in a URL", () => {
      const pw = v.password().replace(/[@/:?#%]/g, "k");
      return draft(
        web("Index of /builds"),
        "url",
        t`https://${L("secret", `deploy:${pw}`)}@nexus.northwind.io/repository/builds/`,
      );
    }),
    pos("secret handed to an assistant", () =>
      ask(
        v.pick([
          () =>
            t`why does this key fail with 403? ${L("secret", v.awsKeyId())} / ${L("secret", v.awsSecret())}`,
          () => t`decode this JWT: ${L("secret", v.jwt())}`,
          () => t`mein psql Passwort ${L("secret", v.password())} geht nicht, was mache ich falsch`,
        ])(),
      ),
    ),
    neg("environment references", () =>
      draft(
        editor(v.pick(["server.ts", "settings.py", "deploy.yml"])),
        anyOf("typed", "clipboard", "screen"),
        plain(
          v.pick([
            "const key = process.env.STRIPE_SECRET_KEY ?? throwMissing('STRIPE_SECRET_KEY');",
            // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, typed as such
            "password: ${{ secrets.REGISTRY_PASSWORD }}",
            'DB_PASSWORD = os.environ["DB_PASSWORD"]',
            "aws_secret_access_key = var.aws_secret_access_key",
            "token = vault.read('kv/atlas/api')['data']['token']",
          ]),
        ),
      ),
    ),
    neg("placeholders and redactions", () =>
      draft(
        v.pick([docs("API Quickstart"), workChat()]),
        anyOf("typed", "screen", "clipboard"),
        plain(
          v.pick([
            "Authorization: Bearer <YOUR_TOKEN>",
            "API_KEY=your-api-key-here",
            `sk_live_••••••••••••${v.letters(4, "abcdefghijklmnopqrstuvwxyz0123456789")}`,
            "password: ********",
            "AKIAXXXXXXXXXXXXXXXX (redacted)",
            "DATABASE_URL=postgres://user:password@localhost:5432/db",
          ]),
        ),
      ),
    ),
    neg("hashes, commit ids and request ids", () =>
      draft(
        v.pick([terminal(), workChat()]),
        anyOf("typed", "screen", "clipboard"),
        plain(
          v.pick([
            `sha256sum: ${v.hex(64)}  atlas-2.14.0.tar.gz`,
            `reverted ${v.hex(40)}`,
            `x-request-id: ${v.uuid()}`,
            `etag "${v.hex(32)}"`,
            `integrity sha512-${v.letters(86, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")}==`,
          ]),
        ),
      ),
    ),
    neg("public keys", () =>
      draft(
        v.pick([editor("authorized_keys"), workChat()]),
        anyOf("clipboard", "screen", "typed"),
        plain(
          v.pick([
            `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${v.letters(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")} ci-runner-07`,
            `-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBG${v.letters(58, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")}\n-----END PGP PUBLIC KEY BLOCK-----`,
            `-----BEGIN CERTIFICATE-----\nMIID${v.letters(60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")}\n-----END CERTIFICATE-----`,
          ]),
        ),
      ),
    ),
    neg("publishable keys meant for browsers", () =>
      draft(
        editor("checkout.html"),
        anyOf("screen", "clipboard", "typed"),
        plain(
          `const stripe = Stripe('pk_live_${v.letters(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")}');`,
        ),
      ),
    ),
    neg("famous example passwords", () =>
      draft(
        docs("Security awareness"),
        anyOf("screen", "clipboard"),
        plain(
          v.pick([
            "Bad example: P@ssw0rd! (it is in every breach list)",
            '"correct horse battery staple" – the xkcd comic on passphrases',
            "hunter2 jokes aside, please use the password manager",
            "Nie używaj haseł typu 123456 ani qwerty",
          ]),
        ),
      ),
    ),
    neg("tracking parameters in URLs", () =>
      draft(
        web("Kalmar Tools"),
        "url",
        plain(
          `https://www.kalmar-tools.se/produkter/pallyftar?utm_source=google&utm_medium=cpc&gclid=${v.letters(60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")}`,
        ),
      ),
    ),
    neg("password talk without a password", () =>
      draft(
        workChat(),
        anyOf("typed", "keys"),
        plain(
          v.pick([
            "Passwort läuft in 3 Tagen ab, wo ändert man das nochmal?",
            "token expired again, re-running the pipeline",
            "mot de passe oublié, le lien de reset n'arrive pas",
            "the new policy: 14 characters, no reuse of the last 10",
            "¿alguien sabe dónde está el gestor de contraseñas?",
            "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
          ]),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- password fields

const signIn = (): Place =>
  v.pick<() => Place>([
    () =>
      web(
        "Sign in to your account",
        `https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=${v.uuid()}`,
      ),
    () => web("Northwind – Okta", "https://northwind.okta.com/login/login.htm"),
    () => web("Anmelden – DATEV", "https://login.datev.de/"),
    () => web("Connexion – Espace client", "https://espace-client.orange.fr/"),
    () => ({ app: "1Password", title: "1Password – Locked" }),
    () => ({ app: "Cisco Secure Client", title: "Cisco Secure Client | vpn.northwind.io" }),
    () => ({ app: "loginwindow", title: "" }),
    () => ({ app: "SAP Logon", title: "SAP Easy Access – Anmeldung" }),
    () => web("Mijn ING – Inloggen", "https://mijn.ing.nl/login/"),
    () => web("PKO Bank Polski – logowanie", "https://www.ipko.pl/"),
  ])();

const passwordFields: Family = {
  name: "password-fields",
  count: 215,
  templates: [
    pos("password typed", () => draft(signIn(), "password", t`${L("secret", v.password())}`)),
    pos("PIN typed", () => draft(signIn(), "password", t`${L("secret", v.pin())}`)),
    pos("passphrase typed", () =>
      draft(
        signIn(),
        "password",
        t`${L("secret", `${v.pick(["correct", "purple", "fjord", "tulpen", "gato"])} ${v.pick(["horse", "lamp", "kaffee", "biscotti"])} ${v.pick(["battery", "saturn", "marmelade", "rentier"])} ${v.pick(["staple", "7", "nine", "quatro"])}`)}`,
      ),
    ),
    pos("email typed into the password field by mistake", () =>
      draft(signIn(), "password", t`${L("email", v.emailOf(v.fullName()))}`),
    ),
    pos("username and password in one go", () => {
      const e = v.emailOf(v.fullName(), v.pick(v.workDomains));
      return draft(signIn(), "password", t`${L("email", e)}${L("secret", v.password())}`);
    }),
    pos("API key pasted into a secret field", () =>
      draft(
        web("Add secret – GitHub", "https://github.com/northwind/atlas/settings/secrets/actions/new"),
        "password",
        t`${L("secret", v.pick([v.stripeKey, v.githubToken, v.awsSecret, v.openaiKey])())}`,
      ),
    ),
    pos("one-time code in a masked field", () => draft(signIn(), "password", t`${L("secret", v.digits(6))}`)),
    pos("password on screen in a shared note", () =>
      draft(
        docs("Zugänge Lager"),
        anyOf("screen", "clipboard"),
        t`Scanner-Admin: admin / ${L("secret", v.password())}\nWLAN Halle 3: ${L("secret", v.password())}`,
      ),
    ),
    neg("username typed into the user field", () =>
      draft(
        signIn(),
        "keys",
        plain(
          v.pick(["svc-backup", "lager-terminal-07", "NORTHWIND\\scanner03", "kiosk-gate4", "ci-runner"]),
        ),
      ),
    ),
    neg("help text on a sign-in page", () =>
      draft(
        signIn(),
        anyOf("screen", "clipboard"),
        plain(
          v.pick([
            "Forgot your password? We'll send you a link.",
            "Passwort vergessen? Setzen Sie es hier zurück.",
            "Votre mot de passe doit contenir au moins 12 caractères.",
            "Introduce el código que te hemos enviado",
            "Wachtwoord vergeten?",
            "Remember this device for 30 days",
          ]),
        ),
      ),
    ),
    neg("sign-in URL with client id and state", () =>
      draft(
        web("Sign in"),
        "url",
        plain(
          `https://login.microsoftonline.com/${v.uuid()}/oauth2/v2.0/authorize?client_id=${v.uuid()}&response_type=code&redirect_uri=https%3A%2F%2Fatlas.northwind.io%2Fauth%2Fcallback&scope=openid%20profile&state=${v.hex(32)}&nonce=${v.hex(16)}`,
        ),
      ),
    ),
    neg("search for password help", () =>
      draft(
        web("Google", "https://www.google.com/"),
        "keys",
        plain(
          v.pick([
            "how to reset sap password",
            "outlook fragt ständig nach passwort",
            "1password vs bitwarden for teams",
            "cambiar pin tarjeta santander",
            "datev smartlogin pin vergessen",
          ]),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- health

const sickToday: (() => Composed)[] = [
  () => t`bin heute krankgeschrieben, Magen-Darm, AU kommt per Post`,
  () => t`je suis en arrêt maladie jusqu'à vendredi, angine`,
  () => t`estoy de baja, me han diagnosticado una neumonía`,
  () => t`ik heb griep en blijf vandaag thuis, huisarts zegt rust`,
  () => t`sono in malattia fino a lunedì, ho la febbre a 39`,
  () => t`estou de baixa médica, fiz uma cirurgia ao joelho`,
  () => t`jestem na L4 do piątku, zapalenie oskrzeli`,
  () => t`sjukskriven resten av veckan, migrän igen`,
  () => t`off sick today, doctor thinks it's shingles`,
  () => t`bugün raporluyum, grip oldum`,
  () => t`olen sairauslomalla, selkä jumissa`,
  () => t`jsem na neschopence, mám chřipku`,
];

const appointments: (() => Composed)[] = [
  () => t`muss um ${v.time()} zur Physiotherapie, bin danach wieder online`,
  () => t`rdv chez le psychiatre jeudi à ${v.time()}, je bloque le créneau`,
  () => t`tengo cita con el ginecólogo, ecografía de las 20 semanas`,
  () => t`heb morgen een afspraak bij de cardioloog, ben er pas om 11`,
  () => t`domani ho la chemio, lavoro da casa mezza giornata`,
  () => t`consulta de diabetologia às ${v.time()}`,
  () => t`wizyta u onkologa w czwartek, będę po południu`,
  () => t`har tid hos sjukgymnasten kl ${v.time()} för axeln`,
  () => t`dentist at ${v.time()} — root canal, won't talk much after lol`,
];

const health: Family = {
  name: "health",
  count: 215,
  templates: [
    pos("off sick, many languages", () =>
      draft(
        v.pick([workChat(), messenger()]),
        anyOf("typed", "keys", "typed"),
        maybeLower(v.pick(sickToday)()),
        ["health"],
      ),
    ),
    pos("medical appointment", () =>
      draft(workChat(), anyOf("typed", "keys"), v.pick(appointments)(), ["health"]),
    ),
    pos("sick note with a name", () => {
      const n = v.fullName("de");
      return draft(
        { app: "Adobe Acrobat Reader", title: `AU_${n.replace(/ /g, "_")}.pdf` },
        "screen",
        t`Arbeitsunfähigkeitsbescheinigung\nVersicherte/r: ${L("name", n)}\narbeitsunfähig seit ${v.date()}\nvoraussichtlich bis ${v.date()}\nDiagnose: ${v.pick(["J06.9", "M54.5", "F32.1", "K52.9", "F43.2"])}\nErstbescheinigung`,
        ["health"],
      );
    }),
    pos("medicine and dose", () =>
      draft(
        workChat(),
        anyOf("typed", "keys"),
        v.pick([
          () => t`vergiss nicht, ich nehm jetzt 50 mg Sertralin, kann sein dass ich müde bin`,
          () => t`my GP upped my levothyroxine to 100mcg`,
          () => t`je prends du Lévothyrox depuis mars, d'où la fatigue`,
          () => t`me han recetado ibuprofeno 600 cada 8 horas por la hernia`,
          () => t`biorę metforminę, więc muszę jeść regularnie`,
        ])(),
        ["health"],
      ),
    ),
    pos("pregnancy news", () => {
      const n = v.fullName();
      return draft(
        v.pick([workChat(), mail("Vertraulich")]),
        anyOf("typed", "screen"),
        v.pick([
          () => t`${L("name", n)} ist schwanger, Mutterschutz ab März – bitte noch nicht rumerzählen`,
          () => t`just so you know, I'm 14 weeks pregnant, might be slower mornings`,
          () => t`${L("name", n)} est enceinte, elle ne pourra pas faire l'inventaire au froid`,
          () => t`${L("name", n)} está embarazada de gemelos`,
        ])(),
        ["health"],
      );
    }),
    pos("mental health", () =>
      draft(
        workChat(),
        anyOf("typed", "keys"),
        v.pick([
          () => t`ehrlich gesagt hab ich seit Wochen Panikattacken, meine Therapeutin sagt Burnout`,
          () => t`i've been dealing with depression since the summer, therapy helps a bit`,
          () => t`mi psicóloga me ha recomendado reducir jornada por ansiedad`,
          () => t`ik zit in een burn-out traject via de bedrijfsarts`,
        ])(),
        ["health"],
      ),
    ),
    pos("occupational health email", () => {
      const n = v.fullName();
      return draft(
        mail("Betriebsärztliche Untersuchung"),
        "screen",
        t`Guten Tag,\n${L("name", n)} ist nach der Bandscheiben-OP ab ${v.date()} wieder eingeschränkt einsetzbar: kein Heben über 10 kg, keine Nachtschicht.\nBetriebsärztlicher Dienst`,
        ["health"],
      );
    }),
    pos("health question to an assistant", () =>
      ask(
        v.pick([
          () => t`my blood pressure is 150/95 in the mornings, should I worry?`,
          () => t`welche Nebenwirkungen hat Methotrexat bei Rheuma?`,
          () => t`mon fils a de l'asthme, quels signes doivent m'inquiéter ?`,
          () => t`cuánto dura la recuperación de una rotura de menisco`,
        ])(),
        ["health"],
      ),
    ),
    pos("pharmacy in the window title", () =>
      draft(
        web(""),
        "title",
        v.pick([
          () => t`Rezept einlösen – Ihr E-Rezept für Ramipril 5 mg – shop-apotheke.com`,
          () => t`Mijn medicatie – Insuline – Apotheek.nl`,
          () => t`Doctolib – Rendez-vous confirmé avec votre dermatologue`,
        ])(),
        ["health"],
      ),
    ),
    neg("health checks and heartbeats", () =>
      draft(
        v.pick([terminal(), workChat(), editor("k8s/deployment.yaml")]),
        anyOf("typed", "screen", "clipboard"),
        plain(
          v.pick([
            "livenessProbe: httpGet: { path: /healthz, port: 8080 }",
            "health check failing on pg-replica-2, heartbeat missed x3",
            "der Patient-Service ist nur der Scheduler für Wiederholungen, kein Medizinkram",
            "sanity check before the release please",
            "GET /actuator/health 503",
            "memory leak in the worker, it slowly dies",
          ]),
        ),
      ),
    ),
    neg("engineering words from medicine", () =>
      draft(
        workChat(),
        anyOf("typed", "keys"),
        plain(
          v.pick([
            "the build is sick again, flaky e2e",
            "virus scan on the file share took 6h",
            "ce bug est contagieux, il touche tous les tenants",
            "cold storage for logs older than 90 days",
            "Pill-Button-Komponente im Designsystem",
            "triage the backlog before planning",
            "patch the bleeding edge branch",
          ]),
        ),
      ),
    ),
    neg("health news about no one", () =>
      draft(
        web("News"),
        anyOf("screen", "title"),
        plain(
          v.pick([
            "Grippewelle: Apotheken melden Engpässe bei Fiebersaft",
            "Flu season starts early across Scandinavia",
            "La ministre présente le plan hôpital 2027",
            "Pfizer shares up 3% after earnings",
            "Ausschreibung: Krankenhaus-Informationssystem für drei Kliniken",
          ]),
        ),
      ),
    ),
    neg("eponymous laws and syndromes of projects", () =>
      draft(
        workChat(),
        anyOf("typed", "keys"),
        plain(
          v.pick([
            "Parkinson's law: the migration grew to fill the whole sprint",
            "classic second-system syndrome, this rewrite",
            "Not-invented-here syndrome again",
            "the spreadsheet has a bad case of scope creep",
          ]),
        ),
      ),
    ),
    neg("brands and signs named after illness", () =>
      draft(
        workChat(),
        anyOf("typed", "keys"),
        plain(
          v.pick([
            "Corona Extra for the team party?",
            "horoscope says Cancer has a good week lol",
            "Aspirin-Projekt: so heißt nur der Hotfix-Branch",
            "Team Fever won the foosball cup",
          ]),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- employment matters

const hrChat: ((n: string) => Composed)[] = [
  (n) => t`${L("name", n)} bekommt ab Januar 4.200 brutto, bitte im Lohnlauf berücksichtigen`,
  (n) => t`l'entretien annuel de ${L("name", n)} s'est mal passé, on envisage un PIP`,
  (n) => t`a ${L("name", n)} le vamos a subir el sueldo un 6 %`,
  (n) => t`${L("name", n)} heeft zijn ontslag ingediend, laatste werkdag 31 januari`,
  (n) => t`${L("name", n)} ha chiesto il congedo parentale da marzo`,
  (n) => t`o ${L("name", n)} teve avaliação "abaixo do esperado" outra vez`,
  (n) => t`${L("name", n)} dostał upomnienie za spóźnienia`,
  (n) => t`${L("name", n)} går ner på 80 % från februari, föräldraledig på fredagar`,
  (n) => t`we're letting ${L("name", n)} go at the end of the probation period`,
  (n) => t`${L("name", n)} hat die Abmahnung unterschrieben zurückgeschickt`,
];

const hr: Family = {
  name: "hr",
  count: 215,
  templates: [
    pos("about a named colleague, many languages", () => {
      const lang = v.pick(v.coreLangs);
      return draft(
        workChat(),
        anyOf("typed", "keys", "typed"),
        maybeLower(v.pick(hrChat)(v.fullName(lang))),
        ["hr"],
      );
    }),
    pos("own pay and leave", () =>
      draft(
        workChat(),
        anyOf("typed", "keys"),
        v.pick([
          () => t`mein Urlaubsantrag für 22.–31.12. ist noch nicht genehmigt`,
          () => t`my payslip shows the wrong tax code again, 1257L should be`,
          () => t`j'ai demandé une rupture conventionnelle, RDV RH mardi`,
          () => t`he pedido la excedencia de un año`,
          () => t`mijn loonsverhoging is nog steeds niet verwerkt`,
          () => t`quando arriva la tredicesima?`,
        ])(),
        ["hr"],
      ),
    ),
    pos("offer letter", () => {
      const n = v.fullName();
      return draft(
        docs(`Offer_${n.split(" ")[1] ?? "Candidate"}`),
        anyOf("screen", "clipboard"),
        t`Dear ${L("name", n)},\nWe are pleased to offer you the position of Senior Dispatcher at a gross annual salary of ${v.money()}, starting ${v.isoDate()}. Probation: six months.`,
        ["hr"],
      );
    }),
    pos("hiring decision about a candidate", () => {
      const n = v.fullName();
      return draft(
        v.pick([
          web("Greenhouse – Scorecard", `https://app.greenhouse.io/people/${v.digits(9)}`),
          workChat(),
        ]),
        anyOf("typed", "screen"),
        v.pick([
          () => t`Kandidat ${L("name", n)}: fachlich ok, aber kein Culture-Fit → Absage`,
          () => t`${L("name", n)} — strong no hire, couldn't explain basic SQL`,
          () => t`on retient ${L("name", n)} pour le poste de chef d'équipe`,
        ])(),
        ["hr"],
      );
    }),
    pos("performance review document", () => {
      const n = v.fullName();
      return draft(
        docs(`Leistungsbeurteilung ${n}`),
        "screen",
        t`Mitarbeiter: ${L("name", n)}\nGesamtbewertung: ${v.pick(["2 – erfüllt teilweise", "4 – übertrifft", "3 – erfüllt"])}\nZiele 2027: Fehlerquote Kommissionierung < 0,5 %\nGehaltsanpassung: +${v.int(0, 8)} %`,
        ["hr"],
      );
    }),
    pos("salary spreadsheet rows", () => {
      const a = v.fullName();
      const b = v.fullName();
      return draft(
        docs("Gehälter_2027_vertraulich"),
        "clipboard",
        t`Name\tBand\tGrundgehalt\tBonus\n${L("name", a)}\tL3\t${v.int(52, 78)}000\t${v.int(2, 9)}000\n${L("name", b)}\tL4\t${v.int(70, 98)}000\t${v.int(4, 12)}000`,
        ["hr"],
      );
    }),
    pos("HR file in the window title", () => {
      const n = v.fullName();
      return draft(
        { app: "Microsoft Word", title: "" },
        "title",
        v.pick([
          () => t`Aufhebungsvertrag_${L("name", n.replace(/ /g, "_"))}.docx - Word`,
          () => t`Kündigung ${L("name", n)} - Entwurf.docx`,
          () => t`Arbeitszeugnis ${L("name", n)}.pdf`,
        ])(),
        ["hr"],
      );
    }),
    pos("HR question to an assistant", () =>
      ask(
        v.pick([
          () => t`help me write a warning letter for an employee who was late 9 times this quarter`,
          () => t`wie formuliere ich ein gutes Arbeitszeugnis für eine Lageristin, Note 2?`,
          () => t`rédige un refus de demande d'augmentation, ton bienveillant`,
        ])(),
        ["hr"],
      ),
    ),
    neg("engineering words from HR", () =>
      draft(
        v.pick([workChat(), terminal()]),
        anyOf("typed", "keys", "screen"),
        plain(
          v.pick([
            "terminate the old EC2 instances after the cutover",
            "kill -9 the stuck worker, it's been fired twice",
            "promote the release candidate to prod",
            "performance review of the query planner: seq scans everywhere",
            "child process exited, parent will respawn",
            "onboarding flow for new customers is live",
            "fire-and-forget is fine for the audit ping",
          ]),
        ),
      ),
    ),
    neg("HR fields in code and fixtures", () =>
      draft(
        editor(v.pick(["employee.ts", "payroll.sql", "fixtures.json"])),
        anyOf("typed", "clipboard", "screen"),
        plain(
          v.pick([
            "salary: z.number().int().positive(),",
            "CREATE TABLE leave_requests (id uuid, starts date, ends date, status text);",
            '{ "employeeId": "E-0001", "rating": 3, "salaryBand": "L2" }',
            "if (review.score < threshold) flagForCalibration(review);",
          ]),
        ),
      ),
    ),
    neg("job adverts and company news", () =>
      draft(
        v.pick([web("Karriere – Northwind"), docs("Intranet")]),
        anyOf("screen", "clipboard"),
        plain(
          v.pick([
            "Wir suchen eine:n Lagerlogistiker:in (m/w/d) in Vollzeit, ab sofort",
            "We're hiring: Backend Engineer, Kraków or remote",
            "Tarifeinigung: +5,2 % für alle Beschäftigten ab April",
            "Q3 all-hands: 40 new hires, attrition down to 9 %",
            "Rappel : les congés d'été sont à poser avant le 31 mars",
          ]),
        ),
      ),
    ),
    neg("terminations and warnings that are not about staff", () =>
      draft(
        mail(
          v.pick([
            "Kündigung Mietvertrag Halle 2",
            "Abmahnung wegen Wettbewerbsverstoß",
            "Résiliation contrat de maintenance",
          ]),
        ),
        anyOf("screen", "typed"),
        plain(
          v.pick([
            "hiermit kündigen wir den Mietvertrag für Halle 2 fristgerecht zum 30.06.",
            "die Abmahnung der Kanzlei betrifft nur die Werbeaussage auf der Website",
            "nous résilions le contrat de maintenance des chariots au 31/12",
            "rescindimos el contrato con el proveedor de limpieza",
          ]),
        ),
      ),
    ),
    neg("leave and review in other senses", () =>
      draft(
        workChat(),
        anyOf("typed", "keys"),
        plain(
          v.pick([
            "I'll leave the call at half past",
            "can someone review my PR before lunch",
            "Bewertung im App Store ist auf 4,6 gestiegen",
            "laat die branch maar staan",
            "on quitte le bâtiment à 17h pour l'alarme incendie",
          ]),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- prompts and personal life

const workPrompts: string[] = [
  "summarise this incident timeline in five bullet points for the ops review",
  "schreib mir eine SQL-Abfrage, die alle Sendungen ohne Scan seit 48h findet",
  "explique-moi la différence entre Incoterms DAP et DDP",
  "tradúceme al inglés el aviso de retraso para el cliente",
  "maak een korte samenvatting van deze offerte",
  "scrivi una regex per i codici postali italiani",
  "como faço um VLOOKUP que ignora maiúsculas?",
  "napisz maila z przypomnieniem o fakturze, uprzejmie",
  "skriv en kort agenda för kvartalsmötet med transportörerna",
  "why does my k8s pod restart with exit code 137",
  "refactor this function to avoid the nested loops:\nfor (const a of rows) { for (const b of rows) { if (a.id === b.parent) a.children.push(b) } }",
  "give me 10 names for an internal logistics dashboard",
  "bu e-postayı daha resmi yap",
  "tee lyhyt tiivistelmä tästä raportista",
  "jak v Excelu spočítat pracovní dny mezi dvěma daty?",
];

const personalTalk: (() => Composed)[] = [
  () => t`meine Tochter hat heute ihren ersten Schultag, bin total nervös haha`,
  () => t`date yesterday went sooo well, we're seeing each other again on saturday`,
  () => t`mon mec m'a quittée hier soir, je suis pas très concentrée désolée`,
  () => t`mi suegra se viene a vivir con nosotros, socorro`,
  () => t`we hebben eindelijk het huis gekocht!! verhuizen in april`,
  () => t`mia madre compie 70 anni, organizziamo una festa a sorpresa`,
  () => t`o meu filho não dorme há três noites, estou morta`,
  () => t`rozwodzimy się, przepraszam że ostatnio jestem nieobecna`,
  () => t`min sambo friade igår!! 💍`,
  () => t`kız arkadaşımla ayrıldık, biraz moralim bozuk`,
  () => t`our dog has to be put down tomorrow, might be offline`,
];

const personal: Family = {
  name: "prompts-and-personal",
  count: 215,
  templates: [
    pos("work prompt, many languages", () => ask(plain(v.pick(workPrompts)))),
    pos("code assistant in the IDE", () =>
      draft(
        v.pick<Place>([
          { app: "Visual Studio Code", title: "GitHub Copilot Chat — atlas" },
          { app: "Cursor", title: "Cursor — atlas" },
          { app: "JetBrains AI Assistant", title: "AI Assistant" },
        ]),
        "prompt",
        plain(
          v.pick([
            "/explain why this test is flaky",
            "write unit tests for parseManifest",
            "convert this callback to async/await",
            "what does `ON CONFLICT DO NOTHING` do here?",
          ]),
        ),
        ["prompt"],
      ),
    ),
    pos("document pasted into an assistant", () =>
      ask(
        plain(
          `Fasse zusammen:\n\n${v.pick(["Protokoll Lagerrunde KW 48. Teilnehmer: Lager, Transport. Punkte: Rampe 3 defekt, neue Stapler ab Januar, Inventur am 28.12.", "Minutes: carrier review. DHL on-time 94 %, DSV 88 %. Action: renegotiate DSV SLA by end of Q1."])}`,
        ),
      ),
    ),
    pos("personal talk in work chat", () =>
      draft(workChat(), anyOf("typed", "keys"), maybeLower(v.pick(personalTalk)()), ["prompt"]),
    ),
    pos("personal talk in a messenger", () =>
      draft(messenger(), anyOf("typed", "keys"), maybeLower(v.pick(personalTalk)()), ["prompt"]),
    ),
    pos("family member ill", () => {
      const kid = v.firstName();
      return draft(
        v.pick([workChat(), messenger()]),
        anyOf("typed", "keys"),
        v.pick([
          () => t`Kita hat angerufen, ${L("name", kid)} hat Fieber, ich muss los`,
          () => t`${L("name", kid)} has chickenpox, working from home all week`,
          () => t`mon père est hospitalisé, AVC, je pars à Lyon`,
          () => t`a mi abuela le han operado de la cadera, voy al hospital`,
        ])(),
        ["prompt", "health"],
      );
    }),
    pos("friends and weekend plans with names", () => {
      const a = v.fullName();
      return draft(
        messenger(),
        anyOf("typed", "keys"),
        v.pick([
          () => t`samstag grillen bei ${L("name", a)}? bring deine freundin mit`,
          () => t`soirée chez ${L("name", a)} vendredi, tu viens ?`,
          () => t`cena con ${L("name", a)} y su novio el sábado`,
        ])(),
        ["prompt"],
      );
    }),
    pos("personal question to an assistant", () =>
      ask(
        plain(
          v.pick([
            "ideas for my wife's 40th birthday, she likes hiking and jazz",
            "wie erkläre ich meinem Sohn, dass wir umziehen?",
            "recette rapide pour 4 enfants sans gluten",
            "mensaje bonito para mi novia que está de viaje",
          ]),
        ),
      ),
    ),
    neg("work talk in a messenger", () =>
      draft(
        messenger(),
        anyOf("typed", "keys"),
        plain(
          v.pick([
            "LKW steht an Rampe 2, kannst du die Papiere bringen?",
            "deploy is done, can you check staging?",
            "le client a validé le devis, on lance la prod lundi",
            "la reunión de las 10 se mueve a las 11",
            "pallets voor Utrecht zijn geladen",
            "wyślę fakturę po południu",
          ]),
        ),
      ),
    ),
    neg("assistant window titles", () =>
      draft(
        v.pick<Place>([
          { app: "ChatGPT", title: "ChatGPT" },
          { app: "Claude", title: "Claude" },
          web("Gemini", "https://gemini.google.com/app"),
        ]),
        "title",
        plain(
          v.pick([
            "ChatGPT - SQL for unscanned shipments",
            "Claude - Incoterms explained",
            "Gemini - Regex for postcodes",
            "ChatGPT",
            "New chat - Claude",
          ]),
        ),
      ),
    ),
    neg("assistant URLs", () =>
      draft(
        { app: v.pick(browsers), title: "ChatGPT" },
        "url",
        plain(
          v.pick([
            `https://chatgpt.com/c/${v.uuid()}`,
            `https://claude.ai/chat/${v.uuid()}`,
            `https://chatgpt.com/share/${v.uuid()}`,
          ]),
        ),
      ),
    ),
    neg("prompt in other senses", () =>
      draft(
        v.pick([workChat(), docs("Zahlungsbedingungen"), terminal()]),
        anyOf("typed", "screen"),
        plain(
          v.pick([
            "Zahlungsziel 30 Tage, 2 % Skonto bei prompt payment innerhalb 10 Tagen",
            "the installer prompts for admin rights on every update",
            "export PS1='\\u@\\h:\\w\\$ '",
            "prompt delivery expected, carrier confirmed",
            "UAC prompt blocks the scanner driver",
          ]),
        ),
      ),
    ),
    neg("AI news and docs on screen", () =>
      draft(
        web("News"),
        "screen",
        plain(
          v.pick([
            "EU AI Act: what changes for employers in 2027",
            "OpenAI announces new enterprise data controls",
            "Mistral raises new funding round",
            "Best practices for prompt engineering (internal wiki draft)",
          ]),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- records: CSV, JSON, logs

const records: Family = {
  name: "records",
  count: 215,
  templates: [
    pos("customer CSV export", () => {
      const c = v.pick(v.countries);
      const n = v.fullName(countryLang[c]);
      const m = v.fullName(countryLang[c]);
      return draft(
        docs("kunden_export"),
        "clipboard",
        t`id,name,email,phone,city\n${v.digits(6)},${L("name", n)},${L("email", v.emailOf(n))},${L("phone", v.phone(c))},${v.pick(["Kassel", "Lille", "Porto", "Leeds"])}\n${v.digits(6)},${L("name", m)},${L("email", v.emailOf(m))},${L("phone", v.phone(c))},${v.pick(["Bari", "Umeå", "Haarlem", "Łódź"])}`,
      );
    }),
    pos("JSON API response", () => {
      const n = v.fullName();
      return draft(
        v.pick([terminal(), web("Postman")]),
        "screen",
        t`{\n  "customer": {\n    "id": "${v.uuid()}",\n    "fullName": "${L("name", n)}",\n    "email": "${L("email", v.emailOf(n))}",\n    "billing": { "iban": "${L("iban", v.iban(undefined, false))}" },\n    "lastLoginIp": "${L("ip", v.publicIp())}"\n  }\n}`,
      );
    }),
    pos("application log with user and address", () => {
      const e = v.emailOf(v.fullName(), v.pick(v.workDomains));
      return draft(
        terminal(),
        anyOf("screen", "clipboard"),
        t`${v.isoDate()}T${v.time()}:${v.int(10, 59)}.${v.digits(3)}Z INFO  auth.login user=${L("email", e)} ip=${L("ip", v.pick([v.privateIp, v.publicIp])())} mfa=totp ok`,
      );
    }),
    pos("SQL result with ids", () => {
      const n = v.fullName("es");
      return draft(
        { app: "DBeaver", title: "DBeaver 24.2 - empleados" },
        "screen",
        t`| id | nombre | dni | iban |\n| ${v.int(100, 999)} | ${L("name", n)} | ${L("national-id", v.spanishDni())} | ${L("iban", v.iban("ES", false))} |`,
      );
    }),
    pos("HR export with salaries", () => {
      const a = v.fullName();
      // Sick leave in the row is a person's health as well as an employment matter.
      const leave = v.pick(["yes (parental)", "no", "no", "yes (sick)"]);
      const topics: Topic[] = leave === "yes (sick)" ? ["hr", "health"] : ["hr"];
      return draft(
        docs("hr_export"),
        "clipboard",
        t`employee_id;name;base_salary;last_rating;on_leave\nE-${v.digits(5)};${L("name", a)};${v.int(38, 95)}000;${v.pick(["needs improvement", "meets", "exceeds"])};${leave}`,
        topics,
      );
    }),
    pos("YAML with a credential and a host", () =>
      draft(
        editor("values-prod.yaml"),
        anyOf("clipboard", "screen"),
        t`postgres:\n  host: ${L("ip", v.privateIp())}\n  user: atlas\n  password: ${L("secret", v.password())}\nsmtp:\n  relay: smtp.${v.pick(v.workDomains)}`,
      ),
    ),
    pos("form data in a URL", () => {
      const n = v.fullName("en");
      const e = v.emailOf(n);
      return draft(
        web("Thank you"),
        "url",
        t`https://forms.northwind.io/thanks?name=${L("name", n.replace(/ /g, "+"))}&email=${L("email", encodeURIComponent(e))}&phone=${L("phone", encodeURIComponent(v.phone("GB", true)))}`,
      );
    }),
    pos("reply with a quoted thread", () => {
      const a = v.fullName();
      const b = v.fullName();
      return draft(
        mail("AW: Erstattung Reisekosten"),
        anyOf("screen", "clipboard"),
        t`Hallo ${L("name", a.split(" ")[0] ?? a)},\n\nist überwiesen, sollte morgen da sein.\n\nGruß\n${L("name", b)}\n\n-----Ursprüngliche Nachricht-----\nVon: ${L("name", a)} <${L("email", v.emailOf(a, v.pick(v.workDomains)))}>\nGesendet: ${v.date()} ${v.time()}\nBetreff: Erstattung Reisekosten\n\nHi, bitte die ${v.int(80, 400)},${v.digits(2)} € auf mein Privatkonto ${L("iban", v.iban())} – Belege hängen an. Bei Fragen: ${L("phone", v.phone())}`,
      );
    }),
    pos("record handed to an assistant", () => {
      const n = v.fullName();
      return ask(
        t`turn this into a table: ${L("name", n)}, ${L("email", v.emailOf(n))}, ${L("address", v.address(v.pick(v.countries), true))}`,
      );
    }),
    neg("product CSV", () =>
      draft(
        docs("artikelstamm"),
        "clipboard",
        plain(
          `sku,ean,name,weight_kg\nNW-${v.digits(5)},${v.digits(13)},Palettenregal 1800,${v.int(20, 90)}.5\nNW-${v.digits(5)},${v.digits(13)},Gitterbox verzinkt,${v.int(50, 90)}.0`,
        ),
      ),
    ),
    neg("schema with examples", () =>
      draft(
        editor("openapi.yaml"),
        anyOf("screen", "clipboard"),
        plain(
          `Customer:\n  type: object\n  properties:\n    email: { type: string, format: email, example: jane.doe@example.com }\n    phone: { type: string, example: "+1 555 0100" }\n    iban: { type: string, example: "DE89370400440532013000" }`,
        ),
      ),
    ),
    neg("metrics and request logs", () =>
      draft(
        v.pick([terminal(), { app: "Grafana", title: "Dashboards - Grafana" }]),
        anyOf("screen", "clipboard"),
        plain(
          `${v.isoDate()}T${v.time()}:00Z req=${v.uuid()} route=/api/v2/shipments status=200 dur_ms=${v.int(3, 900)} bytes=${v.int(200, 90000)} pod=atlas-api-${v.hex(10)}-${v.letters(5, "abcdefghijklmnopqrstuvwxyz0123456789")}`,
        ),
      ),
    ),
    neg("kubernetes manifest", () =>
      draft(
        editor("deployment.yaml"),
        anyOf("screen", "clipboard"),
        plain(
          `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: atlas-worker\nspec:\n  replicas: ${v.int(2, 9)}\n  template:\n    spec:\n      containers:\n        - name: worker\n          image: ghcr.io/northwind/atlas:${v.int(1, 3)}.${v.int(0, 30)}.${v.int(0, 9)}\n          envFrom:\n            - secretRef: { name: atlas-secrets }`,
        ),
      ),
    ),
    neg("aggregate report", () =>
      draft(
        docs("Monatsbericht"),
        anyOf("screen", "clipboard"),
        plain(
          `Region;Sendungen;Pünktlich;Reklamationen\nDACH;${v.int(10000, 99999)};${v.int(85, 99)} %;${v.int(10, 300)}\nBenelux;${v.int(5000, 40000)};${v.int(85, 99)} %;${v.int(10, 200)}\nIberia;${v.int(3000, 30000)};${v.int(80, 99)} %;${v.int(5, 150)}`,
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- wider Europe

const farLang: Record<v.FarCountry, string> = {
  DK: "da",
  NO: "nb",
  FI: "fi",
  RO: "ro",
  TR: "tr",
  CZ: "cs",
  GR: "el",
  HU: "hu",
};

const farIdLine: Record<v.FarCountry, (id: string) => Composed> = {
  DK: (id) => t`mit CPR-nummer er ${L("national-id", id)}, hvis lønkontoret spørger`,
  NO: (id) => t`fødselsnummeret mitt: ${L("national-id", id)}`,
  FI: (id) => t`henkilötunnus ${L("national-id", id)} palkanlaskentaa varten`,
  RO: (id) => t`CNP-ul meu este ${L("national-id", id)}`,
  TR: (id) => t`TC kimlik no: ${L("national-id", id)}`,
  CZ: (id) => t`rodné číslo ${L("national-id", id)} pro pojišťovnu`,
  GR: (id) => t`ο ΑΜΚΑ μου είναι ${L("national-id", id)}`,
  HU: (id) => t`személyi azonosító: ${L("national-id", id)}`,
};

const farIbanLine: Record<v.FarCountry, (i: string) => Composed> = {
  DK: (i) => t`min konto til refusion: ${L("iban", i)}`,
  NO: (i) => t`kontonummer for utlegg: ${L("iban", i)}`,
  FI: (i) => t`tilinumeroni on ${L("iban", i)}`,
  RO: (i) => t`contul meu IBAN: ${L("iban", i)}`,
  TR: (i) => t`IBAN numaram ${L("iban", i)}, masraf iadesi için`,
  CZ: (i) => t`číslo účtu pro proplacení: ${L("iban", i)}`,
  GR: (i) => t`το IBAN μου: ${L("iban", i)}`,
  HU: (i) => t`a bankszámlaszámom: ${L("iban", i)}`,
};

const farPhoneLine: Record<v.FarCountry, (p: string) => Composed> = {
  DK: (p) => t`ring til mig på ${L("phone", p)}`,
  NO: (p) => t`ring meg på ${L("phone", p)} når du er framme`,
  FI: (p) => t`soita mulle ${L("phone", p)}`,
  RO: (p) => t`sună-mă la ${L("phone", p)}`,
  TR: (p) => t`beni ${L("phone", p)} numarasından ara`,
  CZ: (p) => t`zavolej mi na ${L("phone", p)}`,
  GR: (p) => t`πάρε με στο ${L("phone", p)}`,
  HU: (p) => t`hívj a ${L("phone", p)} számon`,
};

const farSick: Record<v.FarCountry, string> = {
  DK: "jeg er sygemeldt resten af ugen, lægen siger lungebetændelse",
  NO: "er sykmeldt i to uker etter operasjonen i kneet",
  FI: "olen sairauslomalla, lääkäri määräsi antibiootit",
  RO: "sunt în concediu medical, am făcut apendicită",
  TR: "doktor 3 gün istirahat verdi, migren atakları",
  CZ: "jsem na neschopence, zlomená ruka",
  GR: "είμαι άρρωστη με πυρετό, δεν θα έρθω σήμερα",
  HU: "táppénzen vagyok, influenza",
};

const farHr: Record<v.FarCountry, (n: string) => Composed> = {
  DK: (n) => t`${L("name", n)} får en lønforhøjelse på 4 % fra januar`,
  NO: (n) => t`${L("name", n)} har sagt opp, siste dag 28. februar`,
  FI: (n) => t`${L("name", n)} sai varoituksen myöhästelystä`,
  RO: (n) => t`${L("name", n)} a primit calificativul „nesatisfăcător” la evaluare`,
  TR: (n) => t`${L("name", n)} deneme süresinde işten çıkarılacak`,
  CZ: (n) => t`${L("name", n)} nastupuje na rodičovskou dovolenou v březnu`,
  GR: (n) => t`ο/η ${L("name", n)} παίρνει αύξηση μισθού από τον Ιανουάριο`,
  HU: (n) => t`${L("name", n)} fizetésemelést kap januártól`,
};

const farPersonal: Record<v.FarCountry, string> = {
  DK: "min kæreste har friet i weekenden!!",
  NO: "ungene har vinterferie, vi drar på hytta",
  FI: "mun mummo täyttää 90, juhlat lauantaina",
  RO: "ne mutăm la Cluj cu copiii în vară",
  TR: "annemler hafta sonu bize geliyor, ev darmadağın",
  CZ: "rozešla jsem se s přítelem, promiň že jsem mimo",
  GR: "η κόρη μου ξεκινάει σχολείο αύριο",
  HU: "a párommal most vettünk kutyát",
};

const farPrompt: Record<v.FarCountry, string> = {
  DK: "skriv en kort mail til kunden om forsinket levering",
  NO: "oversett denne fakturateksten til engelsk",
  FI: "kirjoita Python-funktio joka laskee arkipäivät",
  RO: "fă un rezumat al acestui contract în 5 puncte",
  TR: "bu tabloyu pivot tabloya nasıl çeviririm?",
  CZ: "navrhni strukturu prezentace pro čtvrtletní výsledky",
  GR: "γράψε ένα ευγενικό email υπενθύμισης πληρωμής",
  HU: "fordítsd le angolra ezt az ajánlatot",
};

const farCompany: Record<v.FarCountry, () => string> = {
  DK: () => `CVR-nr. ${v.digits(8)}`,
  NO: () => `Org.nr. ${v.digits(3)} ${v.digits(3)} ${v.digits(3)} MVA`,
  FI: () => `Y-tunnus ${v.digits(7)}-${v.digits(1)}`,
  RO: () => `CUI RO${v.digits(8)}`,
  TR: () => `Vergi No: ${v.digits(10)}`,
  CZ: () => `IČO ${v.digits(8)}, DIČ CZ${v.digits(8)}`,
  GR: () => `ΑΦΜ εταιρείας EL${v.digits(9)}`,
  HU: () => `adószám ${v.digits(8)}-${v.int(1, 5)}-${v.digits(2)}`,
};

const farWork: Record<v.FarCountry, string> = {
  DK: "serveren er syg igen, genstart den lige",
  NO: "lastebilen står ved rampe 4, papirene ligger i skuffen",
  FI: "palvelin kaatui taas, käynnistän sen uudelleen",
  RO: "am terminat inventarul, raportul e în folderul comun",
  TR: "sipariş bugün kargoya verildi",
  CZ: "nasazení proběhlo, zkontroluj prosím staging",
  GR: "η παραγγελία φεύγει αύριο το πρωί",
  HU: "a szerver újraindult, minden rendben",
};

const widerEurope: Family = {
  name: "wider-europe",
  count: 215,
  templates: [
    pos("national id in chat", () => {
      const c = v.pick(v.farCountries);
      return draft(
        v.pick([workChat(), messenger()]),
        anyOf("typed", "keys"),
        farIdLine[c](v.farNationalId(c)),
      );
    }),
    pos("national id pasted alone", () =>
      draft(docs("Onboarding"), "clipboard", t`${L("national-id", v.farNationalId(v.pick(v.farCountries)))}`),
    ),
    pos("iban in chat", () => {
      const c = v.pick(v.farCountries);
      return draft(
        v.pick([workChat(), messenger()]),
        anyOf("typed", "keys", "clipboard"),
        farIbanLine[c](v.farIban(c)),
      );
    }),
    pos("phone in chat", () => {
      const c = v.pick(v.farCountries);
      return draft(messenger(), anyOf("typed", "keys"), farPhoneLine[c](v.farPhone(c)));
    }),
    pos("employee record", () => {
      const c = v.pick(v.farCountries);
      const n = v.farName(c);
      return draft(
        web(
          "Employee – BambooHR",
          `https://northwind.bamboohr.com/employees/employee.php?id=${v.int(100, 999)}`,
        ),
        "screen",
        t`Name: ${L("name", n)}\nLanguage: ${farLang[c]}\nNational ID: ${L("national-id", v.farNationalId(c))}\nMobile: ${L("phone", v.farPhone(c, true))}\nBank: ${L("iban", v.farIban(c))}`,
      );
    }),
    pos("off sick", () =>
      draft(workChat(), anyOf("typed", "keys"), plain(farSick[v.pick(v.farCountries)]), ["health"]),
    ),
    pos("employment matter about a colleague", () => {
      const c = v.pick(v.farCountries);
      return draft(workChat(), anyOf("typed", "keys"), farHr[c](v.farName(c)), ["hr"]);
    }),
    pos("personal life in a messenger", () =>
      draft(messenger(), anyOf("typed", "keys"), plain(farPersonal[v.pick(v.farCountries)]), ["prompt"]),
    ),
    pos("prompt in the local language", () => ask(plain(farPrompt[v.pick(v.farCountries)]))),
    pos("e-mail with a local name", () => {
      const c = v.pick(v.farCountries);
      const n = v.farName(c);
      return draft(
        workChat(),
        anyOf("typed", "keys"),
        t`${L("name", n)}: ${L("email", v.emailOf(n, v.pick(["gmail.com", "seznam.cz", "freemail.hu", "yahoo.gr", "online.no", "mail.dk", "suomi24.fi"])))}`,
      );
    }),
    neg("company registration numbers", () =>
      draft(
        docs("Leverandører"),
        anyOf("screen", "clipboard", "typed"),
        plain(farCompany[v.pick(v.farCountries)]()),
      ),
    ),
    neg("work talk in a messenger", () =>
      draft(messenger(), anyOf("typed", "keys"), plain(farWork[v.pick(v.farCountries)])),
    ),
    neg("local order and case numbers", () =>
      draft(
        workChat(),
        anyOf("typed", "keys"),
        plain(
          v.pick([
            `ordrenr. ${v.digits(4)} ${v.digits(4)}`,
            `tilausnumero ${v.digits(10)}`,
            `numărul comenzii ${v.digits(9)}`,
            `sipariş no ${v.digits(11)}`,
            `číslo objednávky ${v.digits(6)}/${v.digits(4)}`,
            `αριθμός παραγγελίας ${v.digits(10)}`,
          ]),
        ),
      ),
    ),
  ],
};

export const eleventhFamilies: readonly Family[] = [
  names,
  addresses,
  ids,
  contact,
  network,
  cards,
  banking,
  secrets,
  passwordFields,
  health,
  hr,
  personal,
  records,
  widerEurope,
];

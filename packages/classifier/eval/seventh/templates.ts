import type { Topic } from "../items.ts";
import { type Composed, type Draft, L, type Place, type Template, t } from "../templates.ts";
import * as s from "./values.ts";

/**
 * The seventh corpus, written apart for round seven's held-out part.
 *
 * Seed 20261210 (`seventhSeed` in corpus.ts); 2,970 items in 13 families:
 * names 240, addresses 220, passports 200, national ids 240, phones and emails
 * 240, IPs 200, payment details 260, secrets 300, password fields 150, health
 * 220, HR 220, personal life 220, prompts 260. About a quarter of each family
 * is hard negatives (dealApart draws them with chance 0.25).
 *
 * Random source: xorwow (values.ts), seeded through splitmix32; faker on
 * bn_BD, cy, dv, fr_LU, ku_ckb, mn_MN_cyrl, ne and ta_IN, which no earlier
 * corpus used, beside hand-written lists of given names (word names such as
 * Hope, Will, Rose; hyphenated; many cultures), surnames with particles
 * (van der, de la, von, da, Ó, ter) and streets and postcodes for US, GB, DE,
 * FR, ES, IT, NL, BE, AT, CH, PT, PL, SE, IE, CA and AU.
 *
 * Hard negatives: companies, products and streets named after people, word
 * names used as words; versions, OIDs and build numbers shaped like IPs; order,
 * invoice, tracking and ticket numbers; cards with a broken check digit, masked
 * and documented test cards, the documented example IBAN; placeholders and
 * example keys, code that only refers to a secret, public keys, hashes, UUIDs,
 * paging cursors, timestamps; figurative disease words and clinical words in
 * code; HR words in engineering talk and neutral pages of HR systems; work talk
 * in a personal messenger; questions typed into search boxes, not assistants.
 *
 * Labelling calls someone could disagree with: a given name alone is a name
 * when it refers to a person ("ask Hope"); an MRZ labels only the passport
 * number inside line two, not the whole zone; private IPs (10.x) in a log line
 * are labelled ip like public ones; a UK sort code is labelled routing-number
 * and a German BLZ too; a WiFi password in a chat is a secret; a PIN is a
 * secret; a personal email in an HR note is pii beside the hr topic; text
 * typed to Copilot, Perplexity or Le Chat carries "prompt" added here; a
 * phone number inside a wa.me link is labelled phone; Ofcom's drama-range
 * number written as a placeholder is a hard negative; a lab-results screen
 * with no name on it is still health.
 */

const chrome = (title: string, url?: string): Place => ({
  app: s.pick(["Google Chrome", "Firefox", "Microsoft Edge", "Safari", "Brave Browser", "Vivaldi"]),
  title,
  ...(url === undefined ? {} : { url }),
});
const workChat = (): Place =>
  s.pick([
    {
      app: "Slack",
      title: `${s.pick(["#ops-nordics", "#team-billing", "#support-tier2", "#random", "#people-ops"])} - Halvard & Co - Slack`,
    },
    {
      app: "Microsoft Teams",
      title: `${s.pick(["Chat", "Finance DACH", "Onboarding", "Platform standup"])} | Microsoft Teams`,
    },
    { app: "Mattermost", title: `${s.pick(["town-square", "infra", "backoffice"])} - Mattermost` },
  ]);
const messenger = (): Place =>
  s.pick([
    { app: "WhatsApp", title: "WhatsApp" },
    { app: "Signal", title: "Signal" },
    { app: "Telegram", title: "Telegram" },
    { app: "Messenger", title: "Messenger" },
  ]);
const mail = (subject: string): Place =>
  s.pick([
    { app: "Microsoft Outlook", title: `${subject} - Message (HTML)` },
    { app: "Mail", title: subject },
    { app: "Thunderbird", title: `Write: ${subject} - Thunderbird` },
    chrome(`${subject} - Gmail`, "https://mail.google.com/mail/u/0/#inbox?compose=new"),
  ]);
const docs = (): Place =>
  s.pick([
    { app: "Microsoft Word", title: `${s.pick(["Notes", "Handover", "Draft", "Protokoll"])}.docx - Word` },
    chrome(
      "Untitled document - Google Docs",
      `https://docs.google.com/document/d/${s.fromSet(s.alnum, 44)}/edit`,
    ),
    { app: "Notion", title: s.pick(["Team wiki", "Meeting notes", "Runbook"]) },
    { app: "Obsidian", title: "daily - Obsidian" },
  ]);
const terminal = (): Place =>
  s.pick([
    { app: "Terminal", title: "zsh — 120×40" },
    { app: "iTerm2", title: "ssh deploy@bastion" },
    { app: "Windows Terminal", title: "PowerShell" },
    {
      app: "Visual Studio Code",
      title: `${s.pick([".env", "docker-compose.yml", "settings.py", "config.ts"])} — ${s.pick(["billing-api", "infra", "web"])}`,
    },
  ]);
const assistant = (): { place: Place; topics: Topic[] } =>
  s.pick([
    { place: { app: "ChatGPT", title: "ChatGPT" }, topics: [] as Topic[] },
    { place: { app: "Claude", title: "Claude" }, topics: [] },
    { place: chrome("Gemini", "https://gemini.google.com/app"), topics: [] },
    { place: chrome("Perplexity", "https://www.perplexity.ai/"), topics: ["prompt"] },
    { place: chrome("Le Chat - Mistral AI", "https://chat.mistral.ai/chat"), topics: ["prompt"] },
    { place: { app: "Microsoft Copilot", title: "Copilot" }, topics: ["prompt"] },
  ]);
const plain = (text: string): Composed => ({ text, labels: [] });

type Make = () => Draft;
const pos = (name: string, make: Make): Template => ({ name, make });
const neg = (name: string, make: Make): Template => ({ name, negative: true, make });
const typed = (place: Place, body: Composed, topics?: Topic[]): Draft => ({
  place,
  channel: "typed",
  body,
  ...(topics ? { topics } : {}),
});
const N = () => L("name", s.fullName());

// ---------------------------------------------------------------- names

const names: Template[] = [
  pos("handover in chat", () =>
    typed(workChat(), t`can someone cover for ${N()} on Thursday? she's out at the supplier`),
  ),
  pos("given name alone", () =>
    typed(workChat(), t`ask ${L("name", s.pick(s.wordNames))} — she has the login for the vendor portal`),
  ),
  pos("meeting invite", () =>
    typed(
      mail("Kick-off"),
      t`Hi ${L("name", s.givenName())},\n\nI've added ${N()} and ${N()} to Tuesday's kick-off. Agenda to follow.\n\nBest`,
    ),
  ),
  pos("german mail", () =>
    typed(
      mail("Vertretung"),
      t`Hallo zusammen, ab Montag übernimmt ${N()} die Betreuung von Kunde Brandt GmbH. Bitte Rückfragen an sie.`,
    ),
  ),
  pos("crm title", () => ({
    place: { app: "Salesforce", title: "" },
    channel: "title",
    body: t`${N()} | Contact | Salesforce`,
  })),
  pos("linkedin url", () => {
    const n = s.fullName();
    return {
      place: chrome(`${n} | LinkedIn`),
      channel: "url",
      body: t`https://www.linkedin.com/in/${L(
        "name",
        n
          .toLowerCase()
          .normalize("NFD")
          .replace(/[^a-z ]/g, "")
          .replace(/ /g, "-"),
      )}-${s.hex(6)}/`,
    };
  }),
  pos("french note", () =>
    typed(docs(), t`Appelé ${N()} ce matin, il rappelle après la réunion avec ${N()}.`),
  ),
  pos("signature", () => ({
    place: mail("Re: quote"),
    channel: "clipboard",
    body: t`Kind regards,\n${N()}\nProcurement, Halvard & Co`,
  })),
  neg("company named after people", () =>
    typed(
      workChat(),
      plain(
        s.pick([
          "Johnson & Johnson raised prices again",
          "Deloitte sent the audit schedule",
          "the Ben & Jerry's order came in short",
          "Marks & Spencer vouchers are in the drawer",
          "Ernst & Young want the trial balance by Friday",
        ]),
      ),
    ),
  ),
  neg("word names as words", () =>
    typed(
      workChat(),
      plain(
        s.pick([
          "I hope the deploy goes through",
          "will do, grace period ends at midnight",
          "mark the ticket as done",
          "the rose gold variant is out of stock",
          "summer release freeze starts in June",
          "frank feedback welcome",
          "bill the client for the extra hours",
        ]),
      ),
    ),
  ),
  neg("street named after a person", () =>
    typed(
      docs(),
      plain(
        s.pick([
          "Meet at the Goethestraße entrance",
          "the Rue Victor Hugo office closes early",
          "Parking on Via Garibaldi is paid",
          "Martin Luther King Jr Blvd exit is closed",
        ]),
      ),
    ),
  ),
  neg("product names", () =>
    typed(
      workChat(),
      plain(
        s.pick([
          "Jenkins is red again",
          "upgrade Hugo to 0.139",
          "Alexa skill review passed",
          "Dr. Martens order shipped",
          "Tesla Model Y pool car is booked",
        ]),
      ),
    ),
  ),
];

// ---------------------------------------------------------------- addresses

const addresses: Template[] = [
  pos("delivery instruction", () =>
    typed(workChat(), t`please send the replacement laptop to my home: ${L("address", s.address())}`),
  ),
  pos("shop checkout", () =>
    typed(
      chrome("Checkout - Zalando", "https://www.zalando.de/checkout/address"),
      t`${L("address", s.address(s.pick(["DE", "AT", "CH"])))}`,
    ),
  ),
  pos("invoice header", () => ({
    place: docs(),
    channel: "clipboard",
    body: t`Bill to:\n${N()}\n${L("address", s.address())}`,
  })),
  pos("maps search", () => ({
    place: chrome("Google Maps", "https://www.google.com/maps"),
    channel: "keys",
    body: t`${L("address", s.address())}`,
  })),
  pos("moving mail", () =>
    typed(
      mail("New address"),
      t`Hi, I've moved — new address from the 1st is ${L("address", s.address(s.pick(["GB", "IE", "US", "CA", "AU"])))}. Please update payroll.`,
    ),
  ),
  pos("spanish form", () =>
    typed(
      chrome("Datos de envío", "https://www.correos.es/es/es/particulares"),
      t`Dirección: ${L("address", s.address("ES"))}`,
    ),
  ),
  neg("office street only", () =>
    typed(
      workChat(),
      plain(
        s.pick([
          "the office on Kastanienallee has no heating",
          "Bahnhofstrasse branch closes at 4",
          "we're on Queen St W now, third floor",
        ]),
      ),
    ),
  ),
  neg("tracking number", () =>
    typed(
      chrome("Track parcel - DHL", "https://www.dhl.de/de/privatkunden.html"),
      plain(`JJD00${s.digits(16)}`),
    ),
  ),
  neg("order reference", () =>
    typed(
      workChat(),
      plain(`order #${s.int(100000, 999999)} ships from warehouse ${s.int(2, 9)}, aisle ${s.int(10, 99)}`),
    ),
  ),
  neg("postcode stats", () =>
    typed(
      docs(),
      plain(
        `Deliveries by region: ${s.int(100, 900)} in postcode area LS, ${s.int(100, 900)} in M, ${s.int(10, 90)} in EH.`,
      ),
    ),
  ),
];

// ---------------------------------------------------------------- passports

const passports: Template[] = [
  pos("travel booking", () =>
    typed(
      chrome("Passenger details - Lufthansa", "https://www.lufthansa.com/de/en/booking/passengers"),
      t`${L("passport", s.passport())}`,
    ),
  ),
  pos("chat to travel desk", () =>
    typed(
      workChat(),
      t`travel desk needs my passport no for the Oslo trip: ${L("passport", s.passport())}, expires ${s.int(2027, 2034)}`,
    ),
  ),
  pos("mrz copied", () => {
    const { lines, number } = s.mrz();
    const at = lines.indexOf(number, 45);
    return {
      place: docs(),
      channel: "clipboard",
      body: { text: lines, labels: [{ start: at, end: at + number.length, kind: "passport" }] },
    };
  }),
  pos("visa form german", () =>
    typed(mail("Visum"), t`Reisepassnummer: ${L("passport", s.passport("DE"))}, ausgestellt in Köln.`),
  ),
  pos("hotel check-in", () =>
    typed(
      chrome("Online check-in", "https://checkin.example-hotels.com/guest"),
      t`Name: ${N()} Passport: ${L("passport", s.passport())}`,
    ),
  ),
  neg("booking reference", () =>
    typed(
      workChat(),
      plain(`booking ref ${s.fromSet(s.upper, 6)}, seat ${s.int(1, 40)}${s.fromSet("ABCDEF", 1)}`),
    ),
  ),
  neg("passport process talk", () =>
    typed(
      workChat(),
      plain(
        s.pick([
          "passport renewal takes about six weeks now",
          "remember to bring your passport to the offsite",
          "the Passport.js strategy is deprecated",
        ]),
      ),
    ),
  ),
  neg("flight number", () =>
    typed(
      docs(),
      plain(
        `${s.pick(["LH", "BA", "AF", "KL", "SK"])}${s.int(100, 9999)} departs ${s.int(6, 21)}:${s.pick(["05", "30", "45"])}, gate ${s.fromSet("ABCD", 1)}${s.int(1, 60)}`,
      ),
    ),
  ),
];

// ---------------------------------------------------------------- national ids

const idKinds = Object.keys(s.nationalIds) as s.IdKind[];
const nationalIds: Template[] = [
  pos("payroll form", () => {
    const kind = s.pick(idKinds);
    return typed(
      chrome("Personal details - Personio", "https://halvard.personio.de/my-desk/profile"),
      t`${kind}: ${L("national-id", s.nationalId(kind))}`,
    );
  }),
  pos("chat to hr", () =>
    typed(
      workChat(),
      t`here's my tax id for the new contract ${L("national-id", s.nationalId(s.pick(["Steuer-ID", "NIF", "BSN", "codice fiscale"])))}`,
    ),
  ),
  pos("ssn to accountant", () =>
    typed(
      mail("W-9"),
      t`SSN is ${L("national-id", s.nationalId("US SSN"))} — let me know if you need anything else for the 1099.`,
    ),
  ),
  pos("nino in spreadsheet", () => ({
    place: { app: "Microsoft Excel", title: "starters.xlsx - Excel" },
    channel: "clipboard",
    body: t`${N()}\t${L("national-id", s.nationalId("UK NINO"))}\t${s.int(1, 28)}/0${s.int(1, 9)}/2026`,
  })),
  pos("nordic id", () =>
    typed(
      mail("Onboarding"),
      t`Mitt personnummer: ${L("national-id", s.nationalId(s.pick(["personnummer", "CPR", "henkilötunnus"])))}`,
    ),
  ),
  pos("french securite sociale", () =>
    typed(docs(), t`N° de sécurité sociale : ${L("national-id", s.nationalId("NIR"))}`),
  ),
  pos("keys", () => ({
    place: chrome("Formularz - ZUS", "https://www.zus.pl/"),
    channel: "keys",
    body: t`${L("national-id", s.nationalId(s.pick(["PESEL", "DNI", "NIE", "rijksregisternummer", "AHV"])))}`,
  })),
  neg("invoice number", () =>
    typed(
      workChat(),
      plain(`invoice ${s.pick(["INV", "RE", "FA"])}-${s.int(2024, 2026)}-${s.digits(6)} is overdue`),
    ),
  ),
  neg("broken ssn-like ids", () =>
    typed(docs(), plain(`Test fixtures use 000-00-0000 and 999-99-9999; never real numbers.`)),
  ),
  neg("ticket ids", () =>
    typed(
      workChat(),
      plain(
        `${s.pick(["JIRA", "OPS", "FIN"])}-${s.int(1000, 99999)} and ${s.pick(["CS", "HR"])}-${s.int(100, 9999)} are linked`,
      ),
    ),
  ),
  neg("vat number of company", () =>
    typed(docs(), plain(`Supplier VAT: ${s.pick(["DE", "FR", "NL"])}${s.digits(9)} (Halvard & Co)`)),
  ),
];

// ---------------------------------------------------------------- phones and emails

const contacts: Template[] = [
  pos("call me", () => typed(workChat(), t`call me on ${L("phone", s.phone())} if the build breaks tonight`)),
  pos("contact card", () => ({
    place: docs(),
    channel: "clipboard",
    body: t`${N()}\nMobile: ${L("phone", s.phone())}\nPrivate: ${L("email", s.email())}`,
  })),
  pos("forward to personal", () =>
    typed(
      mail("Fwd: slides"),
      t`Can you forward the deck to ${L("email", s.email())}? My work laptop is in repair.`,
    ),
  ),
  pos("german callback", () =>
    typed(
      mail("Rückruf"),
      t`Frau ${L("name", s.surname())} bittet um Rückruf unter ${L("phone", s.phone("DE"))}.`,
    ),
  ),
  pos("login email", () =>
    typed(chrome("Sign in - Dropbox", "https://www.dropbox.com/login"), t`${L("email", s.email())}`),
  ),
  pos("phone in url", () => ({
    place: chrome("WhatsApp"),
    channel: "url",
    body: t`https://wa.me/${L("phone", s.phone(s.pick(["GB", "FR", "ES", "IT", "NL"]), "international").replace(/\D/g, ""))}`,
  })),
  neg("role addresses", () =>
    typed(
      workChat(),
      plain(
        `send it to ${s.pick(["support@", "billing@", "noreply@", "careers@", "invoices@"])}halvard.example`,
      ),
    ),
  ),
  neg("order numbers", () =>
    typed(workChat(), plain(`order ${s.digits(10)} and ${s.digits(10)} were refunded`)),
  ),
  neg("timestamps and durations", () =>
    typed(
      docs(),
      plain(
        `build ${s.int(2000, 9999)} took 00:${s.int(10, 59)}:${s.int(10, 59)} at 2026-11-${s.int(10, 28)}T0${s.int(1, 9)}:12:44Z`,
      ),
    ),
  ),
  neg("switchboard", () =>
    typed(docs(), plain("Reception: +44 20 7946 0000 (Ofcom drama range, placeholder)")),
  ),
];

// ---------------------------------------------------------------- IPs

const ips: Template[] = [
  pos("ssh command", () => ({ place: terminal(), channel: "keys", body: t`ssh admin@${L("ip", s.ipv4())}` })),
  pos("log line", () => ({
    place: terminal(),
    channel: "screen",
    body: t`2026-12-0${s.int(1, 5)} 0${s.int(1, 9)}:14:02 WARN login failed for user ${s.fromSet("abcdefgh", 5)} from ${L("ip", s.ipv4())} port ${s.int(1024, 65000)}`,
  })),
  pos("home ip to it", () =>
    typed(workChat(), t`my home IP is ${L("ip", s.ipv4())}, can you add it to the VPN allowlist?`),
  ),
  pos("ipv6 firewall", () => typed(docs(), t`allow from ${L("ip", s.ipv6())} to port 443`)),
  pos("internal address", () =>
    typed(
      workChat(),
      t`the printer is on ${L("ip", `10.${s.int(0, 255)}.${s.int(0, 255)}.${s.int(2, 254)}`)} again`,
    ),
  ),
  neg("version numbers", () =>
    typed(
      workChat(),
      plain(`bumped to ${s.int(1, 9)}.${s.int(0, 30)}.${s.int(0, 99)}.${s.int(0, 999)} after the hotfix`),
    ),
  ),
  neg("oid", () =>
    typed(docs(), plain(`OID 1.3.6.1.4.1.${s.int(1000, 60000)}.${s.int(1, 9)}.${s.int(1, 9)}`)),
  ),
  neg("section numbers", () =>
    typed(docs(), plain(`see clause ${s.int(1, 9)}.${s.int(1, 9)}.${s.int(1, 9)}.${s.int(1, 9)} of the MSA`)),
  ),
  neg("cidr docs", () =>
    typed(docs(), plain("Documentation ranges: 192.0.2.0/24, 198.51.100.0/24, 2001:db8::/32")),
  ),
];

// ---------------------------------------------------------------- payment details

const payments: Template[] = [
  pos("card in chat", () =>
    typed(
      messenger(),
      t`card for the team dinner: ${L("card", s.card())} exp ${s.int(1, 12)}/${s.int(27, 31)}`,
    ),
  ),
  pos("checkout card", () => ({
    place: chrome("Payment - Booking.com", "https://secure.booking.com/book.html"),
    channel: "keys",
    body: t`${L("card", s.card())}`,
  })),
  pos("iban for refund", () =>
    typed(mail("Refund"), t`Please refund to ${L("iban", s.iban())} (account holder ${N()}).`),
  ),
  pos("german bank", () =>
    typed(
      mail("Bankverbindung"),
      t`Neue Bankverbindung: IBAN ${L("iban", s.iban("DE"))}, BLZ ${L("routing-number", s.blz())}, Konto ${L("bank-account", s.bankAccount())}`,
    ),
  ),
  pos("us wire", () =>
    typed(
      docs(),
      t`Routing ${L("routing-number", s.routingNumber())}\nAccount ${L("bank-account", s.bankAccount())}`,
    ),
  ),
  pos("uk sort code", () =>
    typed(
      workChat(),
      t`sort code ${L("routing-number", s.sortCode())} acc ${L("bank-account", s.ukAccount())} for the deposit`,
    ),
  ),
  pos("iban copied", () => ({
    place: { app: "Microsoft Excel", title: "suppliers.xlsx - Excel" },
    channel: "clipboard",
    body: t`${L("iban", s.iban())}`,
  })),
  neg("masked card", () => typed(docs(), plain(`Visa ending ${s.digits(4)}, **** **** **** ${s.digits(4)}`))),
  neg("test cards", () =>
    typed(
      docs(),
      plain(
        s.pick([
          "Stripe test card 4242 4242 4242 4242, any CVC",
          "use 5555 5555 5555 4444 in the sandbox",
          "Adyen test: 4111 1111 4555 1142",
        ]),
      ),
    ),
  ),
  neg("example iban", () =>
    typed(docs(), plain("Format example: GB82 WEST 1234 5698 7654 32 (from the ECBS spec)")),
  ),
  neg("broken card", () => typed(workChat(), plain(`declined: ${s.brokenCard()} is not a valid number`))),
  neg("amounts and invoices", () =>
    typed(workChat(), plain(`paid €${s.int(100, 9999)}.${s.int(10, 99)} against PO ${s.digits(8)}`)),
  ),
];

// ---------------------------------------------------------------- secrets

const S = (value: string) => L("secret", value);
const secrets: Template[] = [
  pos("password in prose", () =>
    typed(
      workChat(),
      t`the password for the shared Canva account is ${S(s.humanPassword())}, don't change it pls`,
    ),
  ),
  pos("user pass pair", () =>
    typed(messenger(), t`user: ${s.fromSet("abcdefghij", 6)}\npass: ${S(s.password())}`),
  ),
  pos("pin", () => typed(workChat(), t`door code for the server room is ${S(s.digits(s.pick([4, 6])))}#`)),
  pos("temporary password", () =>
    typed(
      mail("Your account"),
      t`Your temporary password is ${S(s.generatedPassword())} — you'll be asked to change it at first login.`,
    ),
  ),
  pos("command line", () => ({
    place: terminal(),
    channel: "keys",
    body: t`mysql -u root -p${S(s.generatedPassword().replace(/[^A-Za-z0-9]/g, "x"))} -h db-${s.int(1, 9)}`,
  })),
  pos("connection string", () => ({
    place: terminal(),
    channel: "clipboard",
    body: t`postgres://app:${S(s.generatedPassword().replace(/[@/:?#]/g, "k"))}@db.internal:5432/billing`,
  })),
  pos("env file", () => ({
    place: terminal(),
    channel: "clipboard",
    body: t`NODE_ENV=production\nSTRIPE_SECRET_KEY=${S(s.secrets.stripe())}\nSENTRY_ENV=prod`,
  })),
  pos("aws pair", () => ({
    place: terminal(),
    channel: "clipboard",
    body: t`[default]\naws_access_key_id = ${S(s.secrets.awsId())}\naws_secret_access_key = ${S(s.secrets.awsSecret())}`,
  })),
  pos("auth header", () => ({
    place: terminal(),
    channel: "keys",
    body: t`curl -H "Authorization: Bearer ${S(s.token())}" https://api.${s.pick(["github.com", "openai.com", "stripe.com"])}/v1/me`,
  })),
  pos("token in chat", () =>
    typed(workChat(), t`here's the deploy token ${S(s.token())} — rotate after the release`),
  ),
  pos("jwt pasted", () => ({
    place: chrome("JWT debugger", "https://jwt.io/"),
    channel: "clipboard",
    body: t`${S(s.secrets.jwt())}`,
  })),
  pos("pem key", () => ({ place: terminal(), channel: "clipboard", body: t`${S(s.secrets.pem())}` })),
  pos("yaml config", () => ({
    place: terminal(),
    channel: "clipboard",
    body: t`smtp:\n  host: smtp.halvard.example\n  user: mailer\n  password: ${S(s.password())}`,
  })),
  pos("wifi", () => typed(messenger(), t`wifi is Halvard-Guest, password ${S(s.humanPassword())}`)),
  neg("placeholders", () =>
    typed(
      docs(),
      plain(
        s.pick([
          "STRIPE_SECRET_KEY=<your-key-here>",
          // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell placeholder, meant literally
          "password: ${DB_PASSWORD}",
          "export GITHUB_TOKEN=xxxxxxxxxxxxxxxx",
          'api_key = "CHANGE_ME"',
        ]),
      ),
    ),
  ),
  neg("code referring to a secret", () => ({
    place: terminal(),
    channel: "clipboard",
    body: plain(
      s.pick([
        "const token = process.env.SLACK_BOT_TOKEN;",
        'password = os.environ["DB_PASSWORD"]',
        "secret: vault.read('kv/billing/stripe')",
        "if (!apiKey) throw new Error('missing API key')",
      ]),
    ),
  })),
  neg("public key", () => ({
    place: terminal(),
    channel: "clipboard",
    body: plain(
      `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${s.fromSet(s.alnum, 43)} ${s.fromSet("abcdefgh", 5)}@laptop`,
    ),
  })),
  neg("hashes and uuids", () => typed(workChat(), plain(`commit ${s.hex(40)} fixes request ${s.uuid()}`))),
  neg("paging cursor", () => ({
    place: terminal(),
    channel: "screen",
    body: plain(
      `{"next_cursor":"${Buffer.from(`{"offset":${s.int(100, 99999)}}`).toString("base64")}","has_more":true}`,
    ),
  })),
  neg("aws example key", () =>
    typed(
      docs(),
      plain("The docs' example pair is AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
    ),
  ),
  neg("password talk", () =>
    typed(
      workChat(),
      plain(
        s.pick([
          "reset your password via the SSO page",
          "password policy is now 14 characters minimum",
          "who owns the secrets rotation runbook?",
        ]),
      ),
    ),
  ),
];

// ---------------------------------------------------------------- password fields

const pw = (place: Place, text: string): Draft => ({ place, channel: "password", body: plain(text) });
const passwordFields: Template[] = [
  pos("sso login", () => pw(chrome("Sign in - Okta", "https://halvard.okta.com/"), s.password())),
  pos("bank login", () =>
    pw(chrome("Online Banking - Login", "https://banking.sparkasse.de/"), s.humanPassword()),
  ),
  pos("vpn", () => pw({ app: "GlobalProtect", title: "GlobalProtect" }, s.generatedPassword())),
  pos("pin field", () => pw(chrome("Verify", "https://login.microsoftonline.com/"), s.digits(6))),
  pos("sudo", () => pw({ app: "Terminal", title: "sudo" }, s.humanPassword())),
  neg("username field", () =>
    typed(
      chrome("Sign in - Okta", "https://halvard.okta.com/"),
      plain(`${s.fromSet("abcdefgh", 1)}.${s.fromSet("abcdefghijklmnop", 6)}`),
    ),
  ),
  neg("search for reset", () =>
    typed(
      chrome("Google", "https://www.google.com/"),
      plain(
        s.pick([
          "how to reset okta password",
          "password manager comparison 2026",
          "forgot vpn password who to ask",
        ]),
      ),
    ),
  ),
];

// ---------------------------------------------------------------- health

const H: Topic[] = ["health"];
const health: Template[] = [
  pos("sick note", () =>
    typed(
      workChat(),
      t`${L("name", s.givenName())} is out till Friday, ${s.pick(["tonsillitis", "a migraine flare-up", "gastroenteritis", "a slipped disc"])}`,
      H,
    ),
  ),
  pos("own appointment", () =>
    typed(
      mail("Out tomorrow"),
      plain(
        `I'm at the ${s.pick(["cardiologist", "oncology follow-up", "fertility clinic", "dermatologist"])} tomorrow morning, back by 1pm.`,
      ),
      H,
    ),
  ),
  pos("medication", () =>
    typed(
      docs(),
      plain(
        `Reminder: ${s.pick(["sertraline 50mg", "metformin 500mg", "levothyroxine 75µg", "insulin"])} before lunch`,
      ),
      H,
    ),
  ),
  pos("pregnancy", () =>
    typed(
      workChat(),
      plain(
        s.pick([
          "I'm 20 weeks pregnant so I'll skip the offsite flights",
          "scan went fine, baby due in April",
        ]),
      ),
      H,
    ),
  ),
  pos("german krank", () =>
    typed(
      mail("Krankmeldung"),
      plain(
        `Ich bin bis Mittwoch krankgeschrieben, Verdacht auf ${s.pick(["Bandscheibenvorfall", "Borreliose", "Lungenentzündung"])}.`,
      ),
      H,
    ),
  ),
  pos("lab results", () => ({
    place: chrome("MyChart - Test Results", "https://mychart.example-health.org/results"),
    channel: "screen",
    body: plain(
      `HbA1c ${s.int(5, 9)}.${s.int(0, 9)} %  LDL ${s.int(90, 190)} mg/dL  Vitamin D ${s.int(10, 60)} ng/mL`,
    ),
    topics: H,
  })),
  neg("figurative disease words", () =>
    typed(
      workChat(),
      plain(
        s.pick([
          "this backlog is a cancer on the team",
          "the release is on life support",
          "that meme went viral",
          "our pipeline has a fever today, 40 red builds",
        ]),
      ),
    ),
  ),
  neg("clinical words in code", () => ({
    place: terminal(),
    channel: "clipboard",
    body: plain(
      s.pick([
        "function healthCheck() { return probe('/healthz'); }",
        "const diagnosis = runDiagnostics(node);",
        "kubectl get pods --field-selector=status.phase=Failed # check liveness",
      ]),
    ),
  })),
  neg("wellbeing programme", () =>
    typed(docs(), plain("Reminder: the Q1 wellbeing budget can be used for gym memberships.")),
  ),
];

// ---------------------------------------------------------------- HR

const R: Topic[] = ["hr"];
const hrPortal = () =>
  chrome(
    s.pick(["Workday", "Personio", "BambooHR", "HiBob"]),
    `https://${s.pick(["wd3.myworkday.com/halvard", "halvard.personio.de", "halvard.bamboohr.com", "app.hibob.com"])}/`,
  );
const hr: Template[] = [
  pos("salary change", () =>
    typed(
      mail("Comp review"),
      t`${N()} moves to €${s.int(48, 120)},${s.int(0, 9)}00 from January, band ${s.pick(["L3", "L4", "E5"])}.`,
      R,
    ),
  ),
  pos("rating", () =>
    typed(
      hrPortal(),
      plain(
        `Overall rating: ${s.pick(["Below expectations", "Meets most", "Exceeds"])}. Needs to own incidents end to end before promotion.`,
      ),
      R,
    ),
  ),
  pos("pip", () =>
    typed(docs(), t`Performance improvement plan for ${N()}: 60 days, weekly check-ins, goals below.`, R),
  ),
  pos("termination", () =>
    typed(
      mail("Confidential"),
      t`We'll let ${N()} go on the ${s.int(1, 28)}th; severance is ${s.int(2, 6)} months, legal has the agreement.`,
      R,
    ),
  ),
  pos("offer letter", () =>
    typed(
      docs(),
      t`Dear ${L("name", s.givenName())}, we are pleased to offer you the position of ${s.pick(["Senior Analyst", "Staff Engineer", "Account Manager"])} at a base salary of £${s.int(40, 110)},000.`,
      R,
    ),
  ),
  pos("parental leave", () =>
    typed(workChat(), t`${L("name", s.givenName())} starts parental leave on the 3rd, back in September`, R),
  ),
  pos("warning german", () =>
    typed(mail("Abmahnung"), t`Abmahnung für ${N()} wegen wiederholter unentschuldigter Fehlzeiten.`, R),
  ),
  neg("engineering hr words", () =>
    typed(
      workChat(),
      plain(
        s.pick([
          "kill the child process before promotion to prod",
          "the worker was terminated by OOM",
          "performance review of the query planner: 3x faster",
          "we need to fire the webhook twice",
        ]),
      ),
    ),
  ),
  neg("neutral hr pages", () => ({
    place: hrPortal(),
    channel: "title",
    body: plain(
      s.pick([
        "Org chart - Workday",
        "Holiday calendar 2027 - Personio",
        "Company handbook - BambooHR",
        "Time off policy - HiBob",
      ]),
    ),
  })),
  neg("job ad", () =>
    typed(docs(), plain("We're hiring: Backend Engineer (Go), remote in the EU. Apply via careers page.")),
  ),
];

// ---------------------------------------------------------------- personal life

const P: Topic[] = ["prompt"];
const personal: Template[] = [
  pos("family", () =>
    typed(
      messenger(),
      plain(
        s.pick([
          "can you get the kids from school today? stuck in a meeting",
          "mum's birthday sunday, did you book the table?",
          "the boiler guy comes at 8, can you let him in",
        ]),
      ),
      P,
    ),
  ),
  pos("dating", () =>
    typed(
      messenger(),
      plain(
        s.pick([
          "date went really well, seeing him again Friday 😊",
          "she hasn't texted back since Saturday, should I worry?",
        ]),
      ),
      P,
    ),
  ),
  pos("money worries", () =>
    typed(
      messenger(),
      plain(
        s.pick([
          "rent went up again, not sure we can make it till payday",
          "overdraft again this month, need to sort it",
        ]),
      ),
      P,
    ),
  ),
  pos("weekend in work chat", () =>
    typed(
      workChat(),
      plain(
        s.pick([
          "off to my sister's wedding in Porto this weekend!",
          "spent the whole weekend moving flats, exhausted",
        ]),
      ),
      P,
    ),
  ),
  pos("own illness to friend", () =>
    typed(
      messenger(),
      plain(
        s.pick([
          "biopsy results come thursday, I'm terrified",
          "doctor thinks it's burnout, signed off two weeks",
        ]),
      ),
      ["prompt", "health"],
    ),
  ),
  pos("job worries to partner", () =>
    typed(
      messenger(),
      plain(
        s.pick(["got put on a performance plan today, feel awful", "they cut my bonus to zero this year"]),
      ),
      ["prompt", "hr"],
    ),
  ),
  neg("work talk in messenger", () =>
    typed(
      messenger(),
      plain(
        s.pick([
          "deploy done, can you check the dashboard?",
          "client moved the call to 3",
          "send me the Q4 slides when you can",
        ]),
      ),
    ),
  ),
  neg("work chat logistics", () =>
    typed(
      workChat(),
      plain(s.pick(["standup moved to 10:15", "who has the projector remote?", "PR is ready for review"])),
    ),
  ),
];

// ---------------------------------------------------------------- prompts

const ask =
  (text: (() => Composed) | readonly string[], extra: Topic[] = []): Make =>
  () => {
    const { place, topics } = assistant();
    const body = typeof text === "function" ? text() : plain(s.pick(text));
    const all = [...new Set([...topics, ...extra])];
    return {
      place,
      channel: s.chance(0.3) ? "prompt" : "typed",
      body,
      ...(all.length ? { topics: all } : {}),
    };
  };
const prompts: Template[] = [
  pos(
    "rewrite email",
    ask(
      () =>
        t`Rewrite this more politely: "${L("name", s.givenName())}, the report is late again, fix it by tomorrow."`,
    ),
  ),
  pos(
    "explain code",
    ask([
      "Explain what this regex does: ^(?=.*\\d)(?=.*[a-z]).{8,}$",
      "Why does my useEffect run twice in dev?",
      "Convert this SQL to a Prisma query: SELECT * FROM orders WHERE total > 100",
    ]),
  ),
  pos(
    "health question",
    ask(
      [
        "my blood pressure was 150/95 this morning, should I worry?",
        "what are side effects of sertraline in the first weeks",
      ],
      ["health"],
    ),
  ),
  pos(
    "hr question",
    ask(
      ["draft a PIP for an engineer who misses deadlines", "how do I negotiate a 12% raise in my review"],
      ["hr"],
    ),
  ),
  pos(
    "pasted data",
    ask(() => t`Summarise this customer complaint from ${N()} (${L("email", s.email())}) in two sentences.`),
  ),
  pos(
    "translate",
    ask(() =>
      plain(
        `Translate into German: "${s.pick(["we will ship on Monday", "the invoice is attached", "thanks for your patience"])}"`,
      ),
    ),
  ),
  neg("search box question", () =>
    typed(
      chrome("Google", "https://www.google.com/"),
      plain(s.pick(["how to center a div", "best pizza near Kastanienallee", "convert eur to sek"])),
    ),
  ),
  neg("question to colleague", () =>
    typed(
      workChat(),
      plain(
        s.pick([
          "does anyone know why CI is slow today?",
          "what's the wifi in room 4?",
          "how do I book the big meeting room?",
        ]),
      ),
    ),
  ),
  neg("assistant title", () => ({
    place: { app: "ChatGPT", title: "" },
    channel: "title",
    body: plain(s.pick(["ChatGPT", "New chat - Claude", "Copilot"])),
  })),
  neg("stack overflow search", () =>
    typed(
      chrome("Stack Overflow", "https://stackoverflow.com/search"),
      plain("typescript infer return type generic"),
    ),
  ),
];

export const seventhFamilies = [
  { name: "names", count: 240, templates: names },
  { name: "addresses", count: 220, templates: addresses },
  { name: "passports", count: 200, templates: passports },
  { name: "national ids", count: 240, templates: nationalIds },
  { name: "phones and emails", count: 240, templates: contacts },
  { name: "ips", count: 200, templates: ips },
  { name: "payment details", count: 260, templates: payments },
  { name: "secrets", count: 300, templates: secrets },
  { name: "password fields", count: 150, templates: passwordFields },
  { name: "health", count: 220, templates: health },
  { name: "hr", count: 220, templates: hr },
  { name: "personal life", count: 220, templates: personal },
  { name: "prompts", count: 260, templates: prompts },
];

import type { Topic, ValueKind } from "../items.ts";
import type { Channel, Composed, Draft, Family, Place, Template } from "../templates.ts";
import * as v from "./values.ts";

/**
 * The fourteenth evaluation corpus, written in round thirteen by someone who
 * read neither the detectors nor any earlier corpus beyond the thirteenth's
 * labelling header, whose calls it keeps. Fourteen families, each with about a
 * quarter hard negatives; every person, place and identifier comes from
 * ./values.ts, made up, with real check digits verified outside the
 * repository, and every secret is drawn at run time from the corpus's own
 * random source (xoshiro128**).
 *
 * New labelling calls, beside the thirteenth's:
 * - In a passport's machine-readable zone, the document number is labelled
 *   passport and the holder's name field (SURNAME<<GIVEN) name; the rest of
 *   the zone (dates, check digits, fillers) is left unlabelled.
 * - A name written family first (Hungarian, Vietnamese) is one name label;
 *   a LinkedIn URL slug that spells a person's name is labelled name on the
 *   slug; a colleague's name in a ticket, task or board title is a name.
 * - Given names used as sprint, project or product names (Victoria, Ruby,
 *   Jasper, Alexa) and laws or algorithms named after people (Parkinson's
 *   law, Dijkstra, Kalman) are not names.
 * - An address inside a maps URL is labelled address on its encoded form.
 * - A published example IBAN (DE89 3704 0044 0532 0130 00, GB82 WEST 1234
 *   5698 7654 32) quoted as a format example, a published test card in test
 *   docs and an RFC 5737 documentation address are nobody's and stay clean.
 * - A bare identifier typed into a form is labelled by what the form asks
 *   for, as its title or URL tells (a Steuer-ID field, a passport field).
 * - In a password field the whole typed text is labelled secret.
 * - A UK sort code is labelled routing-number and the account beside it
 *   bank-account; a BIC names a bank, not an account, and stays unlabelled.
 * - A manager's 1:1 notes on a report's burnout, anxiety or phased return
 *   are health and HR both; a sick note sent to HR is health.
 * - A chat message saying where a password is kept (the vault, 1Password)
 *   without giving it is clean.
 * - A lockfile's integrity hash, a pagination cursor and a download's
 *   checksum are not secrets; a TOTP enrolment secret in an otpauth:// URL
 *   and a backup recovery code are.
 * - A role mailbox (payroll@, noreply@, security@) and a git remote
 *   (git@github.com:…) are not e-mails.
 * - Talk of a sports team's injuries, a service's health, a policy's leave
 *   rules or a machine being terminated is neither health nor HR.
 */

// ---------------------------------------------------------------- composing

type Part = string | number | Composed | { kind: ValueKind; value: string };

/** Joins text and labelled values, keeping every label's offsets exact. */
function c(...parts: Part[]): Composed {
  let text = "";
  const labels: Composed["labels"] = [];
  for (const part of parts) {
    if (typeof part === "string" || typeof part === "number") text += String(part);
    else if ("text" in part) {
      for (const label of part.labels)
        labels.push({ start: label.start + text.length, end: label.end + text.length, kind: label.kind });
      text += part.text;
    } else {
      labels.push({ start: text.length, end: text.length + part.value.length, kind: part.kind });
      text += part.value;
    }
  }
  return { text, labels };
}
const L = (kind: ValueKind, value: string) => ({ kind, value });
const draft = (place: Place, channel: Channel, body: Composed, topics: Topic[] = []): Draft => ({
  place,
  channel,
  body,
  ...(topics.length > 0 ? { topics } : {}),
});
const pos = (name: string, make: () => Draft): Template => ({ name, make: () => make() });
const neg = (name: string, make: () => Draft): Template => ({ name, negative: true, make: () => make() });

const { pick, chance, int } = v;
/** One of several phrasings, each written around the same labelled value. */
const around = (phrasings: readonly (readonly [string, string])[], value: Part): Composed => {
  const [before, after] = pick(phrasings);
  return c(before, value, after);
};
const name = (who = v.person()) => L("name", v.fullName(who));
const given = (who = v.person()) => L("name", who.given);

/** Now and then a dropped or swapped letter, as in hurried typing; only on unlabelled text. */
function slip(text: string): string {
  if (!chance(0.1) || text.length < 10) return text;
  const at = int(2, text.length - 4);
  const here = text.charAt(at);
  const after = text.charAt(at + 1);
  if (!/[a-z]/.test(here) || !/[a-z]/.test(after)) return text;
  return chance(0.5)
    ? text.slice(0, at) + after + here + text.slice(at + 2)
    : text.slice(0, at) + text.slice(at + 1);
}

const hello: Record<v.Lang, readonly string[]> = {
  en: ["Hi", "Hey", "Morning", "Hello"],
  de: ["Hallo", "Hi", "Moin", "Servus"],
  fr: ["Salut", "Bonjour", "Coucou"],
  es: ["Hola", "Buenas", "Qué tal"],
  it: ["Ciao", "Buongiorno"],
  nl: ["Hoi", "Hey", "Goedemorgen"],
  pt: ["Olá", "Oi", "Bom dia"],
  pl: ["Cześć", "Hej", "Dzień dobry"],
  sv: ["Hej", "Tja"],
  fi: ["Moi", "Hei"],
  da: ["Hej", "Godmorgen"],
  no: ["Hei", "God morgen"],
  cs: ["Ahoj", "Dobrý den"],
  tr: ["Merhaba", "Selam"],
  el: ["Γεια σου", "Καλημέρα"],
  ro: ["Salut", "Bună"],
  hu: ["Szia", "Helló"],
  uk: ["Привіт", "Добрий день"],
};
const greet = (who: v.Person) => pick(hello[who.lang]);

// ---------------------------------------------------------------- places

const slackChannels = [
  "#eng-payments",
  "#ops-berlin",
  "#team-data",
  "#support-escalations",
  "#proj-atlas",
  "#office-madrid",
  "#people-ops",
  "#random",
];
const workChat = (): Place =>
  pick<Place>([
    { app: "Slack", title: `${pick(slackChannels)} - Acme - Slack` },
    {
      app: "Microsoft Teams",
      title: `${pick(["Platform", "Finance EMEA", "Sales Iberia", "Support"])} | General | Microsoft Teams`,
    },
    { app: "Google Chat", title: `${pick(["Ops standup", "Lisbon office", "Data guild"])} - Google Chat` },
    { app: "Mattermost", title: `${pick(["Town Square", "releases", "on-call"])} - Acme Mattermost` },
  ]);
const dm = (who: v.Person): Place =>
  pick<Place>([
    { app: "Slack", title: `${v.fullName(who)} (DM) - Acme - Slack` },
    { app: "Microsoft Teams", title: `Chat | ${v.fullName(who)} | Microsoft Teams` },
    { app: "Google Chat", title: `${v.fullName(who)} - Google Chat` },
    { app: "Mattermost", title: `@${v.handle(who)} - Acme Mattermost` },
  ]);
const messenger = (): Place =>
  pick<Place>([
    { app: "WhatsApp", title: "WhatsApp" },
    { app: "Signal", title: "Signal" },
    { app: "Telegram", title: "Telegram Desktop" },
    { app: "Messages", title: "Messages" },
    { app: "Viber", title: "Viber" },
  ]);
const browser = (title: string, url?: string): Place => ({
  app: pick(["Google Chrome", "Firefox", "Microsoft Edge", "Safari", "Brave Browser"]),
  title,
  ...(url === undefined ? {} : { url }),
});
const mail = (subject: string): Place =>
  pick<Place>([
    { app: "Microsoft Outlook", title: `${subject} - Message (HTML)` },
    browser(
      `${subject} - ${v.lowerAlnum(4)}@acme.com - Gmail`,
      `https://mail.google.com/mail/u/0/#inbox/${v.hex(16)}`,
    ),
    { app: "Thunderbird", title: `${subject} - Mozilla Thunderbird` },
  ]);
const doc = (title: string): Place =>
  pick<Place>([
    browser(`${title} - Google Docs`, `https://docs.google.com/document/d/${v.base64url(44)}/edit`),
    { app: "Microsoft Word", title: `${title}.docx - Word` },
    { app: "Notion", title: title },
    browser(
      `${title} - Confluence`,
      `https://acme.atlassian.net/wiki/spaces/${pick(["OPS", "ENG", "FIN", "PPL"])}/pages/${v.digits(9)}`,
    ),
    { app: "Obsidian", title: `${title} - vault - Obsidian` },
  ]);
const editor = (file: string): Place =>
  pick<Place>([
    {
      app: "Visual Studio Code",
      title: `${file} — ${pick(["billing", "infra", "gateway"])} — Visual Studio Code`,
    },
    { app: "IntelliJ IDEA", title: `${pick(["billing", "ledger"])} – ${file}` },
    { app: "Zed", title: `${file} — ${pick(["infra", "tools"])}` },
    { app: "Cursor", title: `${file} - infra - Cursor` },
  ]);
const terminal = (): Place =>
  pick<Place>([
    { app: "iTerm2", title: `${pick(["zsh", "ssh", "kubectl"])} — 160×48` },
    { app: "Windows Terminal", title: pick(["PowerShell", "Ubuntu-22.04"]) },
    { app: "Terminal", title: "bash — 80×24" },
    { app: "Warp", title: "~/work/infra" },
  ]);
const assistant = (): Place =>
  pick<Place>([
    { app: "ChatGPT", title: "ChatGPT", url: "https://chatgpt.com/" },
    { app: "Claude", title: "Claude", url: "https://claude.ai/new" },
    browser("Gemini", "https://gemini.google.com/app"),
  ]);
/** Assistants the harness does not recognise by app: their items carry prompt explicitly. */
const otherAssistant = (): Place =>
  pick<Place>([
    { app: "Visual Studio Code", title: "GitHub Copilot Chat — billing" },
    browser("Perplexity", "https://www.perplexity.ai/"),
    browser("Le Chat - Mistral AI", "https://chat.mistral.ai/chat"),
    { app: "Microsoft Edge", title: "Copilot", url: "https://copilot.microsoft.com/" },
  ]);
const chatChannel = (): Channel => pick<Channel>(["typed", "typed", "typed", "keys", "clipboard", "screen"]);
const proseChannel = (): Channel => pick<Channel>(["typed", "typed", "clipboard", "screen"]);
/** A prompt to an assistant: the three the harness knows by app, or another carrying prompt itself. */
function prompt(body: Composed, topics: Topic[] = []): Draft {
  return chance(0.75)
    ? draft(assistant(), pick<Channel>(["prompt", "typed", "prompt"]), body, topics)
    : draft(otherAssistant(), "prompt", body, [...topics, "prompt"]);
}

// ---------------------------------------------------------------- names

const asks = [
  "can you review my PR before lunch?",
  "the numbers for Q3 look off, do you have a minute?",
  "are we still on for the vendor call at 3?",
  "thanks for covering the on-call shift yesterday",
  "I've put the slides in the shared drive",
  "could you send me the final version of the contract?",
];
const names: Family = {
  name: "names",
  count: 215,
  templates: [
    pos("greeting-given-name", () => {
      const who = v.person();
      return draft(
        dm(who),
        chatChannel(),
        c(`${greet(who)} `, given(who), pick([", ", " ", "! "]), slip(pick(asks))),
      );
    }),
    pos("mention-handle-spelling-name", () => {
      const who = v.person();
      return draft(
        workChat(),
        chatChannel(),
        c(
          pick(["cc @", "@"]),
          L("name", v.handle(who)),
          " ",
          slip(
            pick([
              "can you take this one?",
              "this is the ticket I mentioned",
              "see thread above 👆",
              "ping me when the deploy is done",
            ]),
          ),
        ),
      );
    }),
    pos("two-given-names-in-a-sentence", () => {
      const [a, b] = [v.person(), v.person()];
      return draft(
        workChat(),
        chatChannel(),
        c(
          pick(["I think ", "Pretty sure ", "Apparently "]),
          given(a),
          " and ",
          given(b),
          pick([
            " already fixed the export",
            " are both out on Friday",
            " own the onboarding flow now",
            " will present the roadmap",
          ]),
        ),
      );
    }),
    pos("full-name-in-calendar-title", () => {
      const who = v.person();
      return draft(
        browser("", undefined),
        "title",
        c(
          pick(["1:1 ", "Catch-up: ", "Interview – "]),
          name(who),
          pick([" - Google Calendar", " | Meeting | Microsoft Teams", " – Zoom"]),
        ),
      );
    }),
    pos("ticket-title-with-name", () => {
      const who = v.person();
      return draft(
        browser(""),
        "title",
        around(
          [
            [`IT-${v.digits(4)} Laptop and accounts for new joiner `, " - Jira"],
            [`HR-${v.digits(3)} Visa support for `, " - Jira Service Management"],
            ["Offboarding checklist: ", " – Asana"],
            ["Welcome pack for ", " - Trello"],
          ],
          name(who),
        ),
      );
    }),
    pos("teams-chat-title", () => {
      const who = v.person();
      return draft({ app: "Microsoft Teams" }, "title", c("Chat | ", name(who), " | Microsoft Teams"));
    }),
    pos("linkedin-slug", () => {
      const who = v.person();
      const slug = v.handle(who).replace(".", "-");
      return draft(
        browser("LinkedIn"),
        "url",
        c("https://www.linkedin.com/in/", L("name", slug), `-${v.lowerAlnum(6)}/`),
      );
    }),
    pos("mail-signature", () => {
      const who = v.person();
      return draft(
        mail(pick(["RE: PO 7741 delivery", "Re: Renewal quote", "Fwd: onboarding"])),
        proseChannel(),
        c(
          pick([
            "Best regards,\n",
            "Kind regards,\n",
            "Mit freundlichen Grüßen\n",
            "Cordialement,\n",
            "Un saludo,\n",
            "Met vriendelijke groet,\n",
          ]),
          name(who),
          `\n${pick(["Senior Buyer", "Key Account Manager", "Teamleiterin Controlling", "Responsable logistique", "Site Reliability Engineer"])} | Acme`,
        ),
      );
    }),
    pos("chat-header-screen", () => {
      const [a, b] = [v.person(), v.person()];
      return draft(
        workChat(),
        "screen",
        c(
          name(a),
          `  ${int(8, 17)}:${String(int(0, 59)).padStart(2, "0")}\n${pick(asks)}\n`,
          name(b),
          `  ${int(17, 18)}:${String(int(0, 59)).padStart(2, "0")}\n${pick(["on it", "👍 will do", "give me 10 min", "done"])}`,
        ),
      );
    }),
    pos("attendees-list", () => {
      const [a, b, d] = [v.person(), v.person(), v.person()];
      return draft(
        doc(pick(["Weekly sync", "Retro notes", "Kick-off Atlas"])),
        proseChannel(),
        c(
          "Attendees: ",
          name(a),
          ", ",
          name(b),
          ", ",
          name(d),
          `\nAgenda: ${pick(["budget, hiring plan", "incident review", "migration timeline"])}`,
        ),
      );
    }),
    pos("family-first-name", () => {
      const who = pick(v.people.filter((x) => x.familyFirst === true));
      const [before, after] = pick([
        ["Kérlek, küldd át a táblázatot ", " részére"],
        ["Forwarding to ", " for sign-off"],
        ["The invoice was approved by ", " this morning"],
      ]);
      return draft(workChat(), chatChannel(), c(before ?? "", name(who), after ?? ""));
    }),
    pos("home-directory", () => {
      const who = v.person();
      return draft(
        terminal(),
        pick<Channel>(["typed", "keys", "screen"]),
        around(
          [
            ["cd /Users/", "/Downloads/statements"],
            ["ls -la /home/", "/src/ledger"],
            ["dir C:\\Users\\", "\\Documents\\Exports"],
          ],
          L("name", v.handle(who)),
        ),
      );
    }),
    pos("lowercase-given-in-chat", () => {
      const who = v.person();
      return draft(
        workChat(),
        "keys",
        c(
          pick(["ask ", "check with ", "maybe ping "]),
          L("name", who.given.toLowerCase()),
          pick([", they know the vat rules", " about the cron setup", " for the admin login to jira"]),
        ),
      );
    }),
    pos("forwarded-header", () => {
      const who = v.person();
      return draft(
        mail("Fwd: Quote"),
        "clipboard",
        c(
          "From: ",
          name(who),
          " <",
          L("email", v.emailOf(who, pick(v.privateDomains))),
          `>\nSent: ${pick(["Tuesday", "Thursday"])} ${int(2, 27)} ${pick(["March", "October"])} 2026 ${int(8, 18)}:${v.digits(1)}0`,
        ),
      );
    }),
    neg("tools-named-after-people", () =>
      draft(
        workChat(),
        chatChannel(),
        c(
          slip(
            pick([
              "Jenkins is red again, the Ansible step times out",
              "Dependabot opened 14 PRs overnight, can someone batch them?",
              "moved the docs from Jekyll to Hugo, builds are way faster",
              "Alexa, set a timer for 25 minutes",
              "Grafana alert fired but Prometheus shows nothing",
              "the Einstein Analytics licence renews in August",
            ]),
          ),
        ),
      ),
    ),
    neg("rooms-and-places-named-after-people", () =>
      draft(
        workChat(),
        chatChannel(),
        c(
          pick([
            "Booked the Ada Lovelace room for the retro, 2nd floor",
            "Flight lands at Charles de Gaulle at 9:40, I'll be late",
            "Meet at the Frida Kahlo meeting room at 3?",
            "Our Lisbon office is right next to Praça Marquês de Pombal",
            "Train to Amsterdam leaves from Bruxelles-Midi, not Central",
            "We're at the Nelson Mandela Square entrance",
          ]),
        ),
      ),
    ),
    neg("months-and-words-that-are-names", () =>
      draft(
        doc("Release calendar"),
        proseChannel(),
        c(
          pick([
            "Code freeze in June, release in August, retro in May",
            "Project Victoria kicks off in March",
            "Sprint names this quarter: Amber, Jasper, Ruby",
            "April close is done; June forecast is due on the 5th",
            "Ruby 3.3 upgrade, then Rails 7.2 in the Autumn sprint",
            "Apollo client and Mercury gateway both need the patch",
            "Sage export runs every Monday at 06:00",
          ]),
        ),
      ),
    ),
    neg("placeholder-persons", () =>
      draft(
        doc(pick(["Form guidelines", "CSV import spec"])),
        proseChannel(),
        c(
          pick([
            'Name field example: "Max Mustermann" (use the test tenant only)',
            "Sample row: Jane Doe, Finance, cost centre 4410",
            "Placeholder in the mock-up should read Erika Mustermann, not a real person",
            "Use Joe Bloggs as the dummy account holder in screenshots",
            "Beispiel: Otto Normalverbraucher, Musterstraße 1",
          ]),
        ),
      ),
    ),
    neg("eponyms-and-laws", () =>
      draft(
        workChat(),
        chatChannel(),
        c(
          slip(
            pick([
              "Parkinson's law again: the task grew to fill the whole sprint",
              "Classic Murphy's law, the backup failed the day we needed it",
              "Use Dijkstra for the routing, A* is overkill here",
              "Gaussian blur on the hero image please",
              "The Fibonacci estimates look inflated this sprint",
              "Conway's law explains our three login pages",
              "the Halloween freeze starts on Thursday, no deploys",
              "Hanlon's razor: it's a bug, not sabotage",
              "we used a Kalman filter for the GPS smoothing",
            ]),
          ),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- postal addresses

const mapsQuery = (line: string) => encodeURIComponent(line).replace(/%20/g, "+");
const addresses: Family = {
  name: "addresses",
  count: 215,
  templates: [
    pos("new-home-address-in-chat", () => {
      const home = v.address();
      return draft(
        workChat(),
        chatChannel(),
        c(
          pick([
            "fyi my new address is ",
            "I moved! new address: ",
            "please send the laptop to ",
            "Lieferadresse für den Monitor: ",
          ]),
          L("address", v.oneLine(home)),
        ),
      );
    }),
    pos("envelope-lines", () => {
      const who = v.person();
      const home = v.address();
      return draft(
        doc("Shipping labels"),
        "screen",
        c(name(who), "\n", L("address", home.lines.join("\n")), `\n${home.country}`),
      );
    }),
    pos("address-change-form", () => {
      const home = v.address(["US", "GB", "DE", "FR", "ES"]);
      return draft(
        browser(
          pick(["Personal Information - Workday", "Meine Daten - Personio", "Change address | BambooHR"]),
          `https://acme.${pick(["myworkdayjobs.com", "personio.de", "bamboohr.com"])}/profile/address`,
        ),
        "typed",
        c(L("address", v.oneLine(home))),
      );
    }),
    pos("maps-url", () => {
      const home = v.address();
      return draft(
        browser("Google Maps"),
        "url",
        c("https://www.google.com/maps/search/?api=1&query=", L("address", mapsQuery(v.oneLine(home)))),
      );
    }),
    pos("directions-title", () => {
      const home = v.address(["US", "GB", "DE", "NL", "FR"]);
      const first = home.lines[0] ?? "";
      return draft(
        browser(""),
        "title",
        c("Directions to ", L("address", first), pick([" - Google Maps", " – Apple Maps"])),
      );
    }),
    pos("delivery-instructions", () => {
      const home = v.address();
      return draft(
        messenger(),
        chatChannel(),
        around(
          [
            ["Courier needs the full address: ", " (ring twice)"],
            ["Para el mensajero: ", ", el timbre de arriba"],
            ["Adresse pour la livraison : ", " – interphone au nom de la boîte"],
            ["Indirizzo per il corriere: ", ", secondo campanello"],
            ["Lieferadresse: ", " – bitte beim Nachbarn abgeben, falls keiner da ist"],
          ],
          L("address", v.oneLine(home)),
        ),
      );
    }),
    pos("party-invite", () => {
      const home = v.address();
      return draft(
        workChat(),
        chatChannel(),
        c(
          pick([
            "Housewarming Saturday from 7pm at ",
            "BBQ at ours on Sunday, ",
            "Leaving drinks at my place: ",
          ]),
          L("address", v.oneLine(home)),
          pick([" – bring whatever you like", ", kids welcome", ""]),
        ),
      );
    }),
    pos("visitor-registration", () => {
      const who = v.person();
      const home = v.address();
      return draft(
        doc("Visitor log"),
        "clipboard",
        c("Visitor: ", name(who), "\tHome address: ", L("address", v.oneLine(home)), `\tHost: reception`),
      );
    }),
    pos("prompt-with-address", () => {
      const home = v.address();
      return prompt(
        c(
          "Write a polite letter to my landlord asking to fix the heating at ",
          L("address", v.oneLine(home)),
          ". Keep it short and firm.",
        ),
      );
    }),
    neg("office-and-memory-addresses", () =>
      draft(
        workChat(),
        chatChannel(),
        c(
          slip(
            pick([
              "segfault at address 0x7ffd3c2a91b0, core dumped",
              "the return address for bounces is set in the SMTP relay config",
              "IPv6 address pool is exhausted on the staging VPC",
              "MAC address filtering is off on the guest wifi",
              "address validation API returns 422 for PO boxes",
            ]),
          ),
        ),
      ),
    ),
    neg("sample-address-in-docs", () =>
      draft(
        doc("Address import spec"),
        proseChannel(),
        c(
          pick([
            "Example: 123 Main Street, Anytown, ST 12345 (placeholder, do not geocode)",
            "Format: <street> <number>, <postcode> <city>. Postcode must be 5 digits for DE.",
            "Musterstraße 1, 12345 Musterstadt is the test fixture",
            "Use 1 Example Road, Sample Town as the dummy value",
          ]),
        ),
      ),
    ),
    neg("streets-as-landmarks", () =>
      draft(
        workChat(),
        chatChannel(),
        c(
          slip(
            pick([
              "Team lunch at the ramen place on Oxford Street?",
              "Stuck in traffic on the Champs-Élysées, start without me",
              "The Gran Vía office closes early on Friday",
              "Road closure on Unter den Linden, take the U5",
              "The Damrak tram stop is closed this week",
            ]),
          ),
        ),
      ),
    ),
    neg("postcode-like-codes", () =>
      draft(
        doc("Inventory"),
        proseChannel(),
        c(
          pick([
            `SKU CF14-${int(100, 999)} restocked, bin ${v.upperAlnum(3)}`,
            `Cost centre 10969, project code LS8-${v.digits(3)}`,
            `Error E${v.digits(5)} at line ${int(10, 400)} of address_parser.go`,
            `Pallet ${v.upperAlnum(2)}-${v.digits(5)} in aisle ${int(1, 30)}`,
          ]),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- passports

type PassportCountry = keyof typeof v.ids.passportFormats;
const passportCountries = Object.keys(v.ids.passportFormats) as PassportCountry[];
const passportNumber = (country: PassportCountry = pick(passportCountries)) =>
  pick(v.ids.passportFormats[country]);
const countryName: Record<PassportCountry, string> = {
  US: "US",
  GB: "UK",
  DE: "German",
  FR: "French",
  ES: "Spanish",
  IT: "Italian",
  NL: "Dutch",
  PL: "Polish",
  IN: "Indian",
  BR: "Brazilian",
  CA: "Canadian",
  UA: "Ukrainian",
  TR: "Turkish",
  MX: "Mexican",
  NG: "Nigerian",
  JP: "Japanese",
};
const passports: Family = {
  name: "passports",
  count: 215,
  templates: [
    pos("travel-desk-chat", () => {
      const country = pick(passportCountries);
      return draft(
        workChat(),
        chatChannel(),
        c(
          `for the Lagos trip: ${countryName[country]} passport `,
          L("passport", passportNumber(country)),
          `, expires ${int(2027, 2035)}-${String(int(1, 12)).padStart(2, "0")}`,
        ),
      );
    }),
    pos("passport-in-own-language", () => {
      const [before, after] = pick([
        ["Meine Reisepassnummer ist ", ", gültig bis 2031"],
        ["Mon numéro de passeport : ", " (délivré à Lyon)"],
        ["Número de pasaporte: ", ", caduca en 2030"],
        ["Numer paszportu: ", " – proszę wpisać do wniosku wizowego"],
        ["Il mio numero di passaporto è ", ", scade a marzo"],
        ["Paspoortnummer: ", ", geldig tot 2029"],
      ]);
      return draft(messenger(), chatChannel(), c(before ?? "", L("passport", passportNumber()), after ?? ""));
    }),
    pos("bare-number-in-passport-field", () =>
      draft(
        browser(
          pick([
            "Traveller profile – Passport details | Egencia",
            "Passenger details - Lufthansa",
            "Visa application – Passport information",
          ]),
          `https://www.${pick(["egencia.com/traveler/passport", "lufthansa.com/booking/passenger", "vfsglobal.com/apply/passport"])}`,
        ),
        "typed",
        c(L("passport", passportNumber())),
      ),
    ),
    pos("mrz-lines", () => {
      const zone = pick(v.ids.mrz);
      const nameField = zone.line1.slice(5).replace(/<+$/, "");
      return draft(
        pick<Place>([
          { app: "Adobe Acrobat", title: "passport_scan.pdf - Adobe Acrobat" },
          doc("KYC review"),
        ]),
        pick<Channel>(["screen", "clipboard"]),
        c(
          zone.line1.slice(0, 5),
          L("name", nameField),
          zone.line1.slice(5 + nameField.length),
          "\n",
          L("passport", zone.number),
          zone.line2.slice(zone.number.length),
        ),
      );
    }),
    pos("hr-mail-with-passport", () => {
      const who = v.person();
      return draft(
        mail("Right to work check"),
        proseChannel(),
        c(
          "Hi, for the right-to-work check: ",
          name(who),
          ", passport no. ",
          L("passport", passportNumber()),
          ", nationality ",
          pick(["Indian", "Brazilian", "Ukrainian", "Nigerian"]),
          ".",
        ),
      );
    }),
    pos("spreadsheet-row", () => {
      const who = v.person();
      return draft(
        { app: "Microsoft Excel", title: "Offsite travellers.xlsx - Excel" },
        "clipboard",
        c(
          name(who),
          "\t",
          L("passport", passportNumber()),
          `\t${int(1, 28)}/${int(1, 12)}/${int(2028, 2034)}\tvegetarian`,
        ),
      );
    }),
    pos("prompt-visa-letter", () => {
      const who = v.person();
      return prompt(
        c(
          "Draft an invitation letter for a business visa for ",
          name(who),
          ", passport ",
          L("passport", passportNumber()),
          ", visiting our Madrid office from 3 to 7 November.",
        ),
      );
    }),
    neg("passport-word-elsewhere", () =>
      draft(
        editor(pick(["auth.ts", "package.json"])),
        proseChannel(),
        c(
          pick([
            "import passport from 'passport'; passport.use(new JwtStrategy(opts, verify))",
            `"passport-azure-ad": "^4.3.${int(1, 9)}",`,
            "Passport photo booth is on the 3rd floor next to the print room",
            "Don't forget the pet passport for the office dog day lol",
            "Passport renewals now take 10 weeks, apply early if you travel for the offsite",
          ]),
        ),
      ),
    ),
    neg("booking-references", () =>
      draft(
        mail(pick(["Your booking confirmation", "E-ticket receipt"])),
        proseChannel(),
        c(
          pick([
            `Booking reference ${v.upperAlnum(6)} · Flight LH ${int(100, 2999)} · Seat ${int(3, 40)}${pick(["A", "C", "F"])}`,
            `E-ticket ${v.digits(3)}-${v.digits(10)}, fare basis ${v.upperAlnum(7)}`,
            `Hotel confirmation no. ${v.digits(9)}, check-in after 15:00`,
            `Frequent flyer tier: Gold, status code ${v.upperAlnum(4)}`,
          ]),
        ),
      ),
    ),
    neg("document-number-format-help", () =>
      draft(
        doc("Travel policy"),
        proseChannel(),
        c(
          pick([
            "The passport number is 9 characters; German ones start with C, F, G, H, J or K.",
            "Enter the number exactly as on the photo page, without spaces.",
            "MRZ = machine-readable zone, the two lines of <<< at the bottom of the photo page.",
            "Placeholder: X00000000. Replace with the traveller's number only in the booking tool.",
          ]),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- national ids

type NationalIdKind = Exclude<keyof typeof v.ids, "iban" | "card" | "passportFormats" | "mrz" | "aba">;
const idLabel: Record<NationalIdKind, readonly string[]> = {
  ssn: ["SSN", "Social Security number"],
  nino: ["NI number", "National Insurance no."],
  steuerId: ["Steuer-ID", "Steuerliche Identifikationsnummer"],
  bsn: ["BSN", "burgerservicenummer"],
  nir: ["n° de sécu", "numéro de sécurité sociale"],
  dni: ["DNI"],
  nie: ["NIE"],
  codiceFiscale: ["codice fiscale", "CF"],
  pesel: ["PESEL"],
  personnummer: ["personnummer"],
  cpr: ["CPR-nummer", "CPR"],
  hetu: ["henkilötunnus", "hetu"],
  ahv: ["AHV-Nummer", "AVS"],
  nifPt: ["NIF", "número de contribuinte"],
  aadhaar: ["Aadhaar"],
  fodselsnummer: ["fødselsnummer"],
  beNational: ["rijksregisternummer", "numéro national"],
  cnp: ["CNP"],
  tcKimlik: ["TC kimlik no", "T.C. Kimlik No"],
  cpf: ["CPF"],
  rodneCislo: ["rodné číslo"],
  amka: ["ΑΜΚΑ", "AMKA"],
  nhs: ["NHS number"],
  saId: ["SA ID number", "ID no."],
};
const nationalKinds = Object.keys(idLabel) as NationalIdKind[];
const nationalId = (kind: NationalIdKind = pick(nationalKinds)) => ({
  kind,
  value: pick(v.ids[kind]),
  word: pick(idLabel[kind]),
});
const onboardingForms: readonly { kind: NationalIdKind; title: string; url: string }[] = [
  {
    kind: "steuerId",
    title: "Persönliche Daten – Steuer-ID | Personio",
    url: "https://acme.personio.de/onboarding/steps/tax",
  },
  {
    kind: "ssn",
    title: "Onboarding: Tax withholding (W-4) - Workday",
    url: "https://wd5.myworkday.com/acme/d/task/w4-ssn.htmld",
  },
  {
    kind: "nino",
    title: "New starter checklist – National Insurance | BambooHR",
    url: "https://acme.bamboohr.com/onboarding/ni-number",
  },
  {
    kind: "bsn",
    title: "Indiensttreding – Burgerservicenummer | AFAS",
    url: "https://acme.afasinsite.nl/indiensttreding/bsn",
  },
  {
    kind: "nir",
    title: "Embauche – N° de sécurité sociale | PayFit",
    url: "https://app.payfit.com/onboarding/securite-sociale",
  },
  {
    kind: "dni",
    title: "Alta de empleado – DNI/NIE | Factorial",
    url: "https://app.factorialhr.com/onboarding/documento",
  },
  { kind: "pesel", title: "Dane pracownika – PESEL | Kadry", url: "https://kadry.acme.pl/pracownik/pesel" },
  {
    kind: "codiceFiscale",
    title: "Anagrafica dipendente – Codice fiscale | Zucchetti",
    url: "https://hr.acme.it/anagrafica/cf",
  },
];
const nationalIds: Family = {
  name: "national-ids",
  count: 220,
  templates: [
    pos("id-said-in-chat", () => {
      const id = nationalId();
      return draft(
        workChat(),
        chatChannel(),
        c(
          pick(["payroll needs it: my ", "here's my ", "for the benefits form, "]),
          `${id.word} `,
          L("national-id", id.value),
        ),
      );
    }),
    pos("bare-id-in-onboarding-form", () => {
      const form = pick(onboardingForms);
      return draft(
        browser(form.title, form.url),
        pick<Channel>(["typed", "keys"]),
        c(L("national-id", pick(v.ids[form.kind]))),
      );
    }),
    pos("id-in-messenger-to-accountant", () => {
      const [before, kind] = pick<[string, NationalIdKind]>([
        ["Hier meine Steuer-ID für die Erklärung: ", "steuerId"],
        ["Voilà mon numéro de sécu : ", "nir"],
        ["Te paso mi DNI para la gestoría: ", "dni"],
        ["Mój PESEL do PIT-u: ", "pesel"],
        ["Mitt personnummer till Skatteverket-blanketten: ", "personnummer"],
        ["Minun hetu vakuutusta varten: ", "hetu"],
        ["Meu NIF para a fatura: ", "nifPt"],
        ["Il codice fiscale per il 730: ", "codiceFiscale"],
        ["Mit CPR til lønsedlen: ", "cpr"],
        ["Mijn BSN voor de zorgverzekering: ", "bsn"],
        ["Rodné číslo pro pojišťovnu: ", "rodneCislo"],
        ["Kimlik numaram: ", "tcKimlik"],
        ["CNP-ul meu pentru contract: ", "cnp"],
      ]);
      return draft(messenger(), chatChannel(), c(before, L("national-id", pick(v.ids[kind]))));
    }),
    pos("payroll-table-row", () => {
      const who = v.person();
      const id = nationalId();
      return draft(
        { app: "Microsoft Excel", title: "payroll_adjustments_nov.xlsx - Excel" },
        "clipboard",
        c(
          name(who),
          "\t",
          L("national-id", id.value),
          `\t${pick(["cost centre 4410", "EMEA-FIN", "OPS-02"])}`,
        ),
      );
    }),
    pos("id-in-internal-url", () => {
      const id = nationalId(pick(["ssn", "bsn", "pesel", "cpr", "steuerId", "aadhaar"] as const));
      return draft(
        browser("Employee lookup – HR admin"),
        "url",
        c(
          `https://hr-admin.acme.internal/employees/search?${pick(["nid", "ssn", "q"])}=`,
          L("national-id", encodeURIComponent(id.value)),
          "&tab=payroll",
        ),
      );
    }),
    pos("ssn-on-w9-mail", () => {
      const who = v.person();
      return draft(
        mail("W-9 for contractor onboarding"),
        proseChannel(),
        c(
          "Contractor: ",
          name(who),
          "\nTIN (SSN): ",
          L("national-id", pick(v.ids.ssn)),
          "\nPlease file under vendors, not employees.",
        ),
      );
    }),
    pos("aadhaar-or-cpf-in-kyc", () => {
      const kind = pick([
        "aadhaar",
        "cpf",
        "saId",
        "ahv",
        "amka",
        "fodselsnummer",
        "beNational",
        "nhs",
      ] as const);
      return draft(
        doc("KYC checklist"),
        proseChannel(),
        c(
          `Verified ${pick(idLabel[kind])}: `,
          L("national-id", pick(v.ids[kind])),
          ` — matches the scan, ${pick(["ok to proceed", "address pending", "need a second ID"])}`,
        ),
      );
    }),
    pos("prompt-with-id", () => {
      const id = nationalId();
      return prompt(
        c(
          `Is this ${id.word} valid? `,
          L("national-id", id.value),
          ` — I'm filling out a form and it keeps rejecting it.`,
        ),
      );
    }),
    neg("tracking-and-order-numbers", () =>
      draft(
        mail(pick(["Your order has shipped", "Delivery update"])),
        proseChannel(),
        c(
          pick([
            `Tracking: 1Z${v.upperAlnum(6)}${v.digits(10)}`,
            `DHL Sendungsnummer JJD${v.digits(18)}`,
            `Order #${v.digits(3)}-${v.digits(7)}-${v.digits(7)} has been dispatched`,
            `Colissimo ${v.digits(2)}${v.upperAlnum(2)}${v.digits(9)}FR`,
            `Invoice no. ${v.digits(11)} — due in 30 days`,
          ]),
        ),
      ),
    ),
    neg("timestamps-and-build-numbers", () =>
      draft(
        terminal(),
        pick<Channel>(["screen", "clipboard"]),
        c(
          pick([
            `created_at=${int(1700000000, 1790000000)} updated_at=${int(1700000000, 1790000000)}`,
            `Build ${int(2024, 2026)}${String(int(1, 12)).padStart(2, "0")}${String(int(1, 28)).padStart(2, "0")}.${int(1, 9)} passed in ${int(3, 19)}m`,
            `request_id=${v.digits(11)} latency_ms=${int(3, 900)}`,
            `PID ${int(1000, 99999)} listening on :${int(3000, 9000)}`,
            `ISBN 978-${v.digits(1)}-${v.digits(4)}-${v.digits(4)}-${v.digits(1)}`,
          ]),
        ),
      ),
    ),
    neg("id-format-documentation", () =>
      draft(
        doc("Payroll field validation"),
        proseChannel(),
        c(
          pick([
            "SSN must match ^\\d{3}-\\d{2}-\\d{4}$; reject 000-00-0000 and anything starting 9.",
            "Steuer-ID: 11 digits, the last one is a check digit (ISO 7064 mod 11,10).",
            "BSN passes the 11-proof; show a friendly error otherwise.",
            "PESEL weights are 1-3-7-9; the 11th digit is the check digit.",
            "Mask the NI number on screen as QQ •• •• •• C.",
          ]),
        ),
      ),
    ),
    neg("masked-and-placeholder-ids", () =>
      draft(
        browser(pick(["Payslip preview", "Benefits portal"])),
        proseChannel(),
        c(
          pick([
            "SSN: ***-**-****",
            "Steuer-ID: •••••••••••",
            `Employee number E-${v.digits(6)} · Office MAD`,
            `Personalnummer ${v.digits(5)}, Kostenstelle ${v.digits(4)}`,
            "NI number: XX 00 00 00 X (example)",
          ]),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- bank details

type IbanCountry = keyof typeof v.ids.iban;
const iban = (country: IbanCountry = pick(Object.keys(v.ids.iban) as IbanCountry[])) =>
  L("iban", pick(v.ids.iban[country]));
/** A bank's BIC in the IBAN's country: a bank's code, nobody's account, so never labelled. */
const bic = (ibanValue: string) =>
  `${pick(["COBA", "BNPA", "CAIX", "UNCR", "RABO", "BCOM", "PKOP", "NDEA", "DABA", "HAND"])}${ibanValue.slice(0, 2)}${pick(["FF", "PP", "MM", "2X", "22"])}`;
const accountNumber = () => L("bank-account", v.digits(pick([8, 10, 12])));
const sortCode = () => `${v.digits(2)}-${v.digits(2)}-${v.digits(2)}`;
const banks: Family = {
  name: "bank-details",
  count: 220,
  templates: [
    pos("wire-instructions-us", () => {
      const who = v.person();
      return draft(
        mail("Updated wire instructions"),
        proseChannel(),
        c(
          "Beneficiary: ",
          name(who),
          `\nBank: ${pick(["First Harbor Credit Union", "Pinecrest National Bank", "Union Ledger Bank"])}\nABA/Routing: `,
          L("routing-number", pick(v.ids.aba)),
          "\nAccount: ",
          accountNumber(),
          `\nRef: invoice ${v.digits(5)}`,
        ),
      );
    }),
    pos("iban-in-chat", () => {
      const [before, after] = pick([
        ["you can send the deposit to ", ", thanks!"],
        ["Überweis mir einfach die 42 € auf ", " 🙏"],
        ["Mi IBAN para el reembolso: ", ""],
        ["RIB pour le remboursement du train : ", ""],
        ["IBAN do zwrotu: ", " – dzięki"],
        ["IBAN för utlägget: ", ""],
        ["Il mio IBAN per la nota spese: ", ""],
      ]);
      return draft(pick([workChat(), messenger()]), chatChannel(), c(before ?? "", iban(), after ?? ""));
    }),
    pos("uk-sort-code-account", () => {
      const who = v.person();
      return draft(
        pick([workChat(), messenger()]),
        chatChannel(),
        c(
          pick(["Bank details for the leaving collection: ", "Pay the tickets to "]),
          name(who),
          ", sort code ",
          L("routing-number", sortCode()),
          ", acc ",
          L("bank-account", v.digits(8)),
        ),
      );
    }),
    pos("vendor-bank-change-form", () =>
      draft(
        browser(
          "Supplier bank details – Change request | Coupa",
          "https://acme.coupahost.com/suppliers/bank_accounts/new",
        ),
        "typed",
        c(iban()),
      ),
    ),
    pos("payment-table", () => {
      const [a, b] = [v.person(), v.person()];
      return draft(
        { app: "Microsoft Excel", title: "Expense reimbursements Oct.xlsx - Excel" },
        "clipboard",
        c(
          "Name\tIBAN\tAmount\n",
          name(a),
          "\t",
          iban(),
          `\t${int(12, 900)},${v.digits(2)}\n`,
          name(b),
          "\t",
          iban(),
          `\t${int(12, 900)},${v.digits(2)}`,
        ),
      );
    }),
    pos("direct-deposit-form", () =>
      draft(
        browser(
          "Payment Elections - Workday",
          "https://wd5.myworkday.com/acme/d/task/payment-elections.htmld",
        ),
        "typed",
        c("Routing ", L("routing-number", pick(v.ids.aba)), " / Checking ", accountNumber()),
      ),
    ),
    pos("sepa-form-fields", () => {
      const who = v.person();
      return draft(
        doc(pick(["Bankverbindung neu", "Coordonnées bancaires", "Datos bancarios"])),
        pick<Channel>(["clipboard", "screen", "typed"]),
        around(
          [
            ["Kontoinhaber: ", ""],
            ["Titulaire du compte : ", ""],
            ["Titular: ", ""],
          ],
          (() => {
            const account = iban();
            return c(name(who), "\nIBAN: ", account, `\nBIC: ${bic(account.value)}`);
          })(),
        ),
      );
    }),
    pos("invoice-footer", () =>
      draft(
        doc(`Invoice ${v.digits(4)}`),
        proseChannel(),
        (() => {
          const account = iban();
          return c(
            `Payment within 14 days to ${pick(["Nordlicht Design", "Atelier Glycine", "Estudio Faro", "Studio Aquilone"])} — IBAN `,
            account,
            ` · BIC ${bic(account.value)}`,
          );
        })(),
      ),
    ),
    pos("prompt-with-bank-details", () =>
      prompt(
        c(
          "Write a short email to our supplier confirming we changed the payee account to IBAN ",
          iban(),
          " from next month.",
        ),
      ),
    ),
    neg("example-ibans-in-docs", () =>
      draft(
        doc("SEPA integration notes"),
        proseChannel(),
        c(
          pick([
            "Example IBAN from the spec: DE89 3704 0044 0532 0130 00 (use it in unit tests only)",
            "The ECBS sample GB82 WEST 1234 5698 7654 32 is what the validator docs use.",
            "IBAN = country code + 2 check digits + BBAN, max 34 characters.",
            "Mask IBANs as DE•• •••• •••• •••• ••34 in the UI.",
            "SEPA credit transfer file: pain.001.001.09, one PmtInf block per debtor account.",
            "Validate with ISO 7064 mod 97-10; a result of 1 means the IBAN is well formed.",
          ]),
        ),
      ),
    ),
    neg("accounting-codes", () =>
      draft(
        { app: "Microsoft Excel", title: "GL mapping FY26.xlsx - Excel" },
        "clipboard",
        c(
          pick([
            `GL account ${int(4000, 8999)} → cost centre ${int(100, 999)}`,
            `PO ${v.digits(10)} approved, vendor no. ${v.digits(6)}`,
            `SWIFT MT103 sent, UETR ${v.uuid()}`,
            `Batch ${v.digits(9)} posted to ledger at ${int(10, 23)}:${int(10, 59)}`,
            `Sort by code, then by amount descending`,
          ]),
        ),
      ),
    ),
    neg("bank-words-without-details", () =>
      draft(
        workChat(),
        chatChannel(),
        c(
          slip(
            pick([
              "Reimbursements go out with the payroll run on the 25th",
              "Bank holiday Monday in the UK, Spain is working",
              "the routing table on the edge router needs a cleanup",
              "Treasury moved the float to the new account, nothing to do for us",
              "the data bank export is ready",
            ]),
          ),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- cards

type CardBrand = keyof typeof v.ids.card;
const card = (brand: CardBrand = pick(Object.keys(v.ids.card) as CardBrand[])) =>
  L("card", pick(v.ids.card[brand]));
const expiry = () => `${String(int(1, 12)).padStart(2, "0")}/${int(27, 31)}`;
const cards: Family = {
  name: "cards",
  count: 215,
  templates: [
    pos("card-shared-in-chat", () =>
      draft(
        pick([workChat(), messenger()]),
        chatChannel(),
        c(
          pick([
            "use the team card for the Figma seats: ",
            "book the hotel on my card ",
            "Karte für die Konferenz: ",
            "la carte de la boîte : ",
          ]),
          card(),
          ` exp ${expiry()} cvc ${v.digits(3)}`,
        ),
      ),
    ),
    pos("checkout-number-typed", () =>
      draft(
        browser(pick(["Checkout - Booking.com", "Payment | Ryanair", "Secure checkout – Apple Store"])),
        "keys",
        c(card()),
      ),
    ),
    pos("card-in-clipboard", () => draft(anywhereForCards(), "clipboard", c(card()))),
    pos("amex-for-vendor", () =>
      draft(
        mail("Re: Payment for the catering"),
        proseChannel(),
        c(
          "Please charge the corporate Amex ",
          card("amex"),
          `, expiry ${expiry()}, billing zip on file. Thanks!`,
        ),
      ),
    ),
    pos("card-in-own-language", () => {
      const [before, after] = pick([
        ["Numer karty do opłacenia hotelu: ", ""],
        ["Número de la tarjeta: ", ", caduca en "],
        ["Kortnummer: ", ", utgår "],
        ["Kaart eindigend op… nee, hier het hele nummer: ", ", geldig tot "],
        ["Kart numarası ", " son kullanma "],
      ]);
      return draft(
        messenger(),
        chatChannel(),
        c(before ?? "", card(), after === "" ? "" : `${after}${expiry()}`),
      );
    }),
    pos("prompt-with-card", () =>
      prompt(
        c(
          "My card ",
          card(),
          " was charged twice by the airline. Write a dispute letter to the bank, keep it formal.",
        ),
      ),
    ),
    neg("published-test-cards", () =>
      draft(
        editor(pick(["checkout.test.ts", "stripe_fixtures.py", "README.md"])),
        proseChannel(),
        c(
          pick([
            "Stripe test card: 4242 4242 4242 4242, any future expiry, any CVC",
            "const DECLINED = '4000000000000002'; // Stripe test card, always declined",
            "Use 5555 5555 5555 4444 (Mastercard test) in the sandbox",
            "Adyen test Amex 3714 496353 98431 for 3DS flows",
            "const VISA_3DS = '4000 0027 6000 3184'; // Stripe test card, requires authentication",
            "Braintree sandbox: 4111 1111 1111 1111 with CVV 123 succeeds",
          ]),
        ),
      ),
    ),
    neg("imei-and-serials", () =>
      draft(
        browser(pick(["Device details - Intune", "Asset inventory - Snipe-IT"])),
        proseChannel(),
        c(
          pick([
            `IMEI 35${v.digits(13)} · Serial ${v.upperAlnum(12)}`,
            `Asset tag ACM-${v.digits(5)}, serial number ${v.upperAlnum(10)}`,
            `EAN ${v.digits(13)} – 24 units in stock`,
            `Gift order ${v.digits(4)}-${v.digits(4)}-${v.digits(4)} dispatched`,
          ]),
        ),
      ),
    ),
    neg("last-four-and-card-talk", () =>
      draft(
        workChat(),
        chatChannel(),
        c(
          slip(
            pick([
              `the charge on the card ending ${v.digits(4)} was the Miro renewal`,
              "Card payments are down 3% since the new 3DS flow",
              "Kanban card moved to Done, please check",
              "my card reader at the desk is broken again",
              "red card for whoever broke the build 🟥",
            ]),
          ),
        ),
      ),
    ),
  ],
};
function anywhereForCards(): Place {
  return pick([workChat(), browser("Checkout"), doc("Notes"), messenger()]);
}

// ---------------------------------------------------------------- phones

const phones: Family = {
  name: "phones",
  count: 215,
  templates: [
    pos("call-me-on", () => {
      const who = v.person();
      return draft(
        dm(who),
        chatChannel(),
        around(
          [
            ["call me on ", ", I'm in the car"],
            ["my mobile: ", ""],
            ["easier by phone, ", " after 5"],
            ["ruf mich kurz an: ", ", bin im Zug"],
            ["appelle-moi au ", " après 17h"],
            ["llámame al ", " cuando puedas"],
            ["chiamami al ", ", sono in macchina"],
            ["bel me even op ", ", geen bereik in het lab"],
            ["zadzwoń do mnie: ", ""],
            ["ring mig på ", " efter lunch"],
          ],
          L("phone", v.phone()),
        ),
      );
    }),
    pos("signature-with-phone", () => {
      const who = v.person();
      return draft(
        mail("RE: delivery slot"),
        proseChannel(),
        c(
          name(who),
          `\n${pick(["Procurement", "Customer Success", "Werkstudent Finance"])}\nM: `,
          L("phone", v.phone()),
          "\nacme.com",
        ),
      );
    }),
    pos("contact-form-field", () =>
      draft(
        browser(pick(["Contact details - Workday", "Emergency contact | Personio", "Mon profil – PayFit"])),
        "typed",
        c(L("phone", v.phone(pick(["US", "GB", "DE", "FR", "ES"])))),
      ),
    ),
    pos("emergency-contact", () => {
      const who = v.person();
      return draft(
        doc("Offsite emergency contacts"),
        proseChannel(),
        c(
          "Emergency contact: ",
          name(who),
          ` (${pick(["partner", "mother", "brother", "flatmate"])}) `,
          L("phone", v.phone()),
        ),
      );
    }),
    pos("whatsapp-forward", () => {
      const who = v.person();
      return draft(
        messenger(),
        chatChannel(),
        c("this is ", given(who), "'s number, the plumber she recommended: ", L("phone", v.phone())),
      );
    }),
    pos("phone-list", () => {
      const [a, b] = [v.person(), v.person()];
      return draft(
        { app: "Microsoft Excel", title: "On-call rota Q4.xlsx - Excel" },
        "clipboard",
        c(name(a), "\t", L("phone", v.phone()), "\n", name(b), "\t", L("phone", v.phone())),
      );
    }),
    pos("prompt-with-phone", () => {
      const who = v.person();
      return prompt(
        c(
          "Write a short out-of-office message saying urgent matters go to ",
          name(who),
          " on ",
          L("phone", v.phone()),
          ".",
        ),
      );
    }),
    neg("dates-times-and-amounts", () =>
      draft(
        workChat(),
        chatChannel(),
        c(
          pick([
            `deploy window ${int(2026, 2027)}-${String(int(1, 12)).padStart(2, "0")}-${String(int(1, 28)).padStart(2, "0")} ${int(10, 23)}:00–${int(10, 23)}:30 UTC`,
            `budget approved: € 1 ${v.digits(3)} ${v.digits(3)} for FY27`,
            `the bridge is 0800 UTC, dial-in in the invite`,
            `+1 on this, ship it`,
            `Q3 revenue 4 ${v.digits(3)} ${v.digits(3)} SEK, up ${int(2, 19)} %`,
          ]),
        ),
      ),
    ),
    neg("numbers-that-are-not-phones", () =>
      draft(
        terminal(),
        pick<Channel>(["screen", "clipboard"]),
        c(
          pick([
            `INC${v.digits(7)} assigned to Service Desk L2`,
            `order ${v.digits(3)}-${v.digits(3)}-${v.digits(4)} shipped`,
            `room 3.${v.digits(2)}, building B, ext. is on the door`,
            `Swap: ${v.digits(4)} ${v.digits(3)} ${v.digits(3)} kB used`,
            `OID 1.3.6.1.4.1.${v.digits(5)}.${int(1, 9)}.${int(1, 99)}`,
          ]),
        ),
      ),
    ),
    neg("switchboard-and-fictional-numbers", () =>
      draft(
        doc("Phone system migration"),
        proseChannel(),
        c(
          pick([
            "Format numbers as E.164, e.g. +1 555 0100 (fictional range) in the docs",
            "Hunt group 2 rings the front desk first, then the back office",
            "Dial 9 for an outside line; emergency is 112 from any handset",
            "Country code field: +44, +49, +33 or +34 only for now",
          ]),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- e-mails and IPs

const emailsAndIps: Family = {
  name: "emails-and-ips",
  count: 215,
  templates: [
    pos("email-in-chat", () => {
      const who = v.person();
      return draft(
        workChat(),
        chatChannel(),
        around(
          [
            ["send it to my private address ", ", work mail is full"],
            ["add ", " to the shared drive"],
            ["invite ", " as a guest to the channel"],
            ["schick es bitte an ", ", mein Firmenpostfach spinnt"],
            ["envoie-le sur ", " stp"],
          ],
          L("email", v.emailOf(who, pick(v.privateDomains))),
        ),
      );
    }),
    pos("login-email-typed", () => {
      const who = v.person();
      return draft(
        browser(pick(["Sign in – Atlassian", "Log in | Figma", "Anmelden – DATEV"])),
        "keys",
        c(L("email", v.emailOf(who))),
      );
    }),
    pos("cc-list", () => {
      const [a, b] = [v.person(), v.person()];
      return draft(
        mail("Quarterly close"),
        "clipboard",
        c("Cc: ", L("email", v.emailOf(a)), "; ", L("email", v.emailOf(b))),
      );
    }),
    pos("mailto-url", () => {
      const who = v.person();
      return draft(
        browser("Contact"),
        "url",
        c(
          "mailto:",
          L("email", v.emailOf(who, pick(v.privateDomains))),
          `?subject=${pick(["Invoice", "Reunion", "Termin"])}`,
        ),
      );
    }),
    pos("home-ip-in-vpn-ticket", () => {
      const ip = `${pick([81, 84, 87, 91, 93, 176, 188, 212])}.${int(1, 254)}.${int(1, 254)}.${int(1, 254)}`;
      return draft(
        browser("IT-4471 VPN drops every hour - Jira"),
        proseChannel(),
        c(
          "My home IP is ",
          L("ip", ip),
          pick([", router is a FritzBox", ", ISP is Vodafone", " (static)", ""]),
        ),
      );
    }),
    pos("login-audit-line", () => {
      const who = v.person();
      const ip = `${int(31, 223)}.${int(1, 254)}.${int(1, 254)}.${int(1, 254)}`;
      return draft(
        terminal(),
        "screen",
        c(
          `${int(2026, 2026)}-11-${int(10, 28)}T${int(10, 23)}:${int(10, 59)}:${int(10, 59)}Z login ok user=`,
          L("email", v.emailOf(who)),
          " src=",
          L("ip", ip),
        ),
      );
    }),
    pos("ipv6-of-a-laptop", () => {
      const ip = `2a02:${v.hex(4)}:${v.hex(4)}:${v.hex(4)}::${v.hex(3)}`;
      return draft(workChat(), chatChannel(), c("whitelist my laptop pls, IPv6 ", L("ip", ip)));
    }),
    pos("prompt-with-email", () => {
      const who = v.person();
      return prompt(
        c(
          "Rewrite this so it sounds less angry and send-ready for ",
          L("email", v.emailOf(who)),
          ": 'the report is late again and nobody told me'",
        ),
      );
    }),
    neg("role-mailboxes", () =>
      draft(
        workChat(),
        chatChannel(),
        c(
          pick([
            "send invoices to ap@acme.com, not to individuals",
            "forward phishing to security@acme.com and delete it",
            "the noreply@acme.de sender is blocked by Gmail again",
            "payroll@acme.co.uk handles payslip questions",
            "questions to it-helpdesk@acme.es please",
            "dmarc reports land in dmarc-reports@acme.com",
            "the recruiting@acme.de alias forwards to Greenhouse now",
            "careers@acme.fr is monitored by the talent team",
          ]),
        ),
      ),
    ),
    neg("things-shaped-like-emails", () =>
      draft(
        terminal(),
        pick<Channel>(["typed", "screen", "clipboard"]),
        c(
          pick([
            "git clone git@github.com:acme/ledger-service.git",
            `npm i @acme/ui-kit@${v.version()}`,
            `deploy@localhost:~$ systemctl restart nginx`,
            `docker pull ghcr.io/acme/api@sha256:${v.sha(64)}`,
            "ssh ubuntu@bastion.acme.internal -p 2222",
          ]),
        ),
      ),
    ),
    neg("versions-oids-and-doc-ips", () =>
      draft(
        doc("Network runbook"),
        proseChannel(),
        c(
          pick([
            `Upgrade OpenSSL to 3.${int(0, 4)}.${int(0, 15)} and Node to ${int(18, 24)}.${int(0, 12)}.${int(0, 9)}`,
            `SNMP OID 1.3.6.1.2.1.${int(1, 40)}.${int(1, 20)}.${int(1, 9)} is ifInOctets`,
            "In examples, use 192.0.2.10 or 203.0.113.7 (RFC 5737 documentation ranges).",
            `Section 4.2.${int(1, 9)}.${int(1, 9)} of the contract covers uptime`,
            `Firmware ${int(1, 9)}.${int(0, 9)}.${int(0, 99)}.${int(100, 999)} fixes the Wi-Fi drop`,
          ]),
        ),
      ),
    ),
    neg("example-addresses-in-docs", () =>
      draft(
        editor("README.md"),
        proseChannel(),
        c(
          pick([
            "Set `SMTP_FROM=user@example.com` in your local .env",
            "e.g. jane.doe@example.org — any address on example.org is safe for tests",
            "The form rejects addresses without a TLD, like foo@bar",
          ]),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- secrets handed over

const secretsInChat: Family = {
  name: "secrets-in-chat",
  count: 220,
  templates: [
    pos("password-handover-many-languages", () => {
      const [before, after] = pick([
        ["the admin password for the staging Grafana is ", " – change it after"],
        ["Das Passwort fürs Lager-WLAN ist ", ""],
        ["le mot de passe du compte partagé Canva : ", " (ne pas diffuser)"],
        ["la contraseña del router de la oficina es ", ""],
        ["la password della VPN di test è ", ", poi la cambio"],
        ["het wachtwoord van de gedeelde mailbox is ", ""],
        ["hasło do drukarki: ", ""],
        ["lösenordet till kundportalen: ", ""],
        ["salasana jaettuun tiliin on ", ""],
        ["adgangskoden til test-tenant er ", ""],
        ["heslo k testovacímu účtu: ", ""],
        ["ortak hesabın şifresi ", ""],
        ["parola pentru contul de test: ", ""],
      ]);
      return draft(
        pick([workChat(), messenger()]),
        chatChannel(),
        c(before ?? "", L("secret", v.password()), after ?? ""),
      );
    }),
    pos("passphrase-for-vault", () =>
      draft(
        workChat(),
        chatChannel(),
        c(
          pick([
            "1Password emergency kit passphrase: ",
            "vault unlock phrase (don't lose it): ",
            "the gpg passphrase for the release key is ",
          ]),
          L("secret", v.passphrase()),
        ),
      ),
    ),
    pos("otp-forwarded", () => {
      const code = v.otp(pick([6, 6, 8]));
      return draft(
        pick([workChat(), messenger()]),
        chatChannel(),
        around(
          [
            ["quick, the code for the shared AWS root is ", ", go"],
            ["SMS code just came in: ", " – expires in 5 min"],
            ["voilà le code de vérification : ", ", tu as 5 minutes"],
            ["der Bestätigungscode ist ", ", schnell bevor er abläuft"],
            ["el código es ", ", dale ya"],
            ["kod z SMS-a: ", ""],
          ],
          L("secret", code),
        ),
      );
    }),
    pos("sms-verification-screen", () =>
      draft(
        messenger(),
        "screen",
        (() => {
          const [before, after] = pick([
            ["Your Microsoft verification code is ", ". Don't share it with anyone."],
            ["G-", " is your Google verification code."],
            ["Acme Bank: use ", " to confirm the login."],
            ["Twój kod BLIK: ", ""],
            ["Ihr Bestätigungscode lautet ", ". Gültig für 10 Minuten."],
          ]);
          return c(before ?? "", L("secret", v.otp()), after ?? "");
        })(),
      ),
    ),
    pos("reset-link", () =>
      draft(
        browser(pick(["Reset your password", "Set a new password - Okta"])),
        "url",
        c(
          `https://${pick(["acme.okta.com/signin/reset-password/", "id.atlassian.com/reset?token=", "app.hubspot.com/login/reset?t="])}`,
          L("secret", v.resetToken()),
        ),
      ),
    ),
    pos("recovery-codes", () => {
      const codes = v.recoveryCodes(4);
      const parts: Part[] = [
        pick(["GitHub recovery codes for the bot account:\n", "Backup codes (shared Google Ads login):\n"]),
      ];
      codes.forEach((code, n) => {
        parts.push(L("secret", code));
        if (n < codes.length - 1) parts.push("\n");
      });
      return draft(doc("ops handover"), pick<Channel>(["clipboard", "screen"]), c(...parts));
    }),
    pos("totp-enrolment-url", () =>
      draft(
        browser("Two-factor setup"),
        "url",
        c(
          `otpauth://totp/Acme:${pick(["ops-shared", "finance-bot", "deploy"])}?secret=`,
          L("secret", v.totpSeed()),
          "&issuer=Acme&digits=6",
        ),
      ),
    ),
    pos("door-and-alarm-pins", () =>
      draft(
        workChat(),
        chatChannel(),
        c(
          pick([
            "alarm code for the Madrid office is ",
            "door code for the storage room: ",
            "the key safe PIN is ",
          ]),
          L("secret", v.digits(pick([4, 5, 6]))),
          pick(["#", "", ", don't post it elsewhere"]),
        ),
      ),
    ),
    pos("join-network-password-field", () =>
      draft(
        pick<Place>([
          { app: "System Settings", title: `Wi-Fi – ${pick(["Acme-Guest", "Lager-5G", "Oficina_Planta2"])}` },
          { app: "Settings", title: "Network & internet › Wi-Fi" },
          browser("Guest Wi-Fi login", "https://guest.acme-wifi.net/portal"),
        ]),
        "password",
        c(L("secret", pick([v.wifiKey(), v.password()]))),
      ),
    ),
    pos("wifi-qr-string", () =>
      draft(
        doc("Guest wifi"),
        "clipboard",
        c(
          `WIFI:T:WPA;S:${pick(["Acme-Guest", "Lager-5G", "Oficina_Planta2"])};P:`,
          L("secret", v.wifiKey()),
          ";;",
        ),
      ),
    ),
    neg("security-training-text", () =>
      draft(
        doc("Security awareness 2026"),
        proseChannel(),
        c(
          pick([
            "Never share your password in chat, not even with IT. We will never ask for it.",
            "A strong passphrase is four or more random words; length beats complexity.",
            "If you receive a one-time code you didn't request, someone has your password: reset it.",
            "Passwords must be at least 14 characters and are checked against known breaches.",
            "Turn on two-factor authentication and keep the recovery codes in the vault.",
            "Phishing test: the 'password expired' e-mail last week was ours. 38 % clicked.",
            "Das Passwort-Manager-Training ist Pflicht bis Ende des Monats.",
            "Ne communiquez jamais votre mot de passe par téléphone.",
          ]),
        ),
      ),
    ),
    neg("code-word-without-a-code", () =>
      draft(
        workChat(),
        chatChannel(),
        c(
          slip(
            pick([
              `the code is in review, PR #${int(100, 9999)}`,
              `promo code for the conference is on the wiki page`,
              `error code ${int(400, 599)} from the payments API again`,
              `ticket code ACME-${v.digits(4)} has the details`,
              "I reset my password and now Outlook keeps asking again 🙃",
              "password expiry reminder emails are going out tonight",
            ]),
          ),
        ),
      ),
    ),
    neg("password-mentioned-not-given", () =>
      draft(
        pick([workChat(), messenger()]),
        chatChannel(),
        c(
          slip(
            pick([
              "the password is in 1Password under 'Staging Grafana', ask for access",
              "Das Passwort steht im Tresor unter Lager-WLAN, bitte nicht hier posten",
              "le mot de passe est dans Bitwarden, collection Finance",
              "la contraseña está en el gestor, no la pongo aquí",
              "asked IT to reset the shared password, the new one comes by SMS",
              "het wachtwoord staat in de kluis, niet in Slack zetten aub",
            ]),
          ),
        ),
      ),
    ),
    neg("hashes-ids-and-cursors", () =>
      draft(
        terminal(),
        pick<Channel>(["screen", "clipboard", "typed"]),
        c(
          pick([
            `git cherry-pick ${v.sha(40)}`,
            `"next_cursor": "${v.base64url(32)}"`,
            `sha256sum: ${v.sha(64)}  terraform_1.${int(5, 9)}.${int(0, 9)}_linux_amd64.zip`,
            `trace_id=${v.hex(32)} span_id=${v.hex(16)}`,
            `correlation-id: ${v.uuid()}`,
          ]),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- secrets in config, commands and password fields

const secretsInConfig: Family = {
  name: "secrets-in-config",
  count: 220,
  templates: [
    pos("dotenv-lines", () =>
      draft(
        editor(".env"),
        pick<Channel>(["typed", "clipboard", "screen"]),
        c(
          `DATABASE_HOST=db.internal\nSTRIPE_SECRET_KEY=`,
          L("secret", v.stripeKey()),
          "\nSENDGRID_API_KEY=",
          L("secret", v.sendgridKey()),
        ),
      ),
    ),
    pos("export-aws-keys", () =>
      draft(
        terminal(),
        pick<Channel>(["typed", "clipboard"]),
        c(
          "export AWS_ACCESS_KEY_ID=",
          L("secret", v.awsAccessKey()),
          "\nexport AWS_SECRET_ACCESS_KEY=",
          L("secret", v.awsSecretKey()),
        ),
      ),
    ),
    pos("curl-bearer", () =>
      draft(
        terminal(),
        pick<Channel>(["typed", "clipboard", "screen"]),
        c(
          `curl -s -H "Authorization: Bearer `,
          L("secret", pick([v.jwt(), v.openaiKey(), v.githubToken()])),
          `" https://api.acme.internal/v2/${pick(["invoices", "users/me", "exports"])}`,
        ),
      ),
    ),
    pos("basic-auth-header", () => {
      const raw = `${pick(["svc-export", "admin", "jenkins"])}:${v.password()}`;
      return draft(terminal(), "clipboard", c("Authorization: Basic ", L("secret", btoa(raw))));
    }),
    pos("connection-string", () => {
      const [scheme, host] = pick([
        ["postgres", "pg-prod.acme.internal:5432/ledger"],
        ["mongodb+srv", "cluster0.x7k2p.mongodb.net/orders"],
        ["redis", "cache.acme.internal:6379/0"],
        ["amqp", "mq.acme.internal:5672/%2F"],
      ]);
      return draft(
        editor(pick(["settings.py", "appsettings.json", "config.yaml"])),
        pick<Channel>(["typed", "clipboard", "screen"]),
        c(
          `${scheme}://${pick(["app", "ledger_rw", "svc_orders"])}:`,
          L("secret", v.password().replace(/[@:/#?]/g, "x")),
          `@${host}`,
        ),
      );
    }),
    pos("mysql-glued-password", () =>
      draft(
        terminal(),
        pick<Channel>(["keys", "typed"]),
        c(
          `mysql -h ${pick(["db-replica.acme.internal", "db-replica"])} -u reporting -p`,
          L("secret", v.password().replace(/[\s'"\\`$!&*?#;|<>()]/g, "k")),
          " analytics",
        ),
      ),
    ),
    pos("git-remote-with-token", () =>
      draft(
        terminal(),
        pick<Channel>(["typed", "clipboard"]),
        c(
          "git remote set-url origin https://x-access-token:",
          L("secret", pick([v.githubToken(), v.gitlabToken()])),
          "@github.com/acme/infra.git",
        ),
      ),
    ),
    pos("yaml-config", () =>
      draft(
        editor(pick(["values.prod.yaml", "docker-compose.yml", "application.yml"])),
        pick<Channel>(["typed", "clipboard", "screen"]),
        c(
          `${pick(["smtp", "datasource", "ldap"])}:\n  username: ${pick(["mailer", "ledger", "cn=svc-sync"])}\n  password: `,
          L("secret", v.password().replace(/[\s'"#:]/g, "Q")),
          `\n  port: ${pick(["587", "5432", "636"])}`,
        ),
      ),
    ),
    pos("npmrc-and-slack-tokens", () =>
      draft(
        editor(pick([".npmrc", "ci.env"])),
        "clipboard",
        pick([
          () => c("//registry.npmjs.org/:_authToken=", L("secret", v.npmToken())),
          () => c("SLACK_BOT_TOKEN=", L("secret", v.slackToken())),
          () => c("ANTHROPIC_API_KEY=", L("secret", v.anthropicKey())),
        ])(),
      ),
    ),
    pos("password-field", () =>
      draft(
        browser(
          pick([
            "Sign in - Microsoft 365",
            "Log in to Jira",
            "Anmeldung – Online-Banking",
            "Connexion – Espace client",
            "Iniciar sesión - Factorial",
          ]),
        ),
        "password",
        c(L("secret", pick([v.password(), v.password(), v.passphrase()]))),
      ),
    ),
    pos("desktop-credential-prompt", () =>
      draft(
        pick<Place>([
          { app: "GlobalProtect", title: "GlobalProtect - Sign In" },
          { app: "Cisco Secure Client", title: "Cisco Secure Client | vpn.acme.com" },
          { app: "Windows Security", title: "Enter network credentials" },
          { app: "SecurityAgent", title: "Keychain Access wants to use the login keychain" },
          { app: "KeePassXC", title: "Unlock Database - KeePassXC" },
        ]),
        "password",
        c(L("secret", pick([v.password(), v.passphrase(), v.wifiKey()]))),
      ),
    ),
    neg("env-example-placeholders", () =>
      draft(
        editor(pick([".env.example", "README.md", "values.yaml"])),
        proseChannel(),
        c(
          pick([
            "STRIPE_SECRET_KEY=sk_test_your_key_here\nSENDGRID_API_KEY=<your-sendgrid-key>",
            // biome-ignore lint/suspicious/noTemplateCurlyInString: the placeholder is the point of the example
            "password: ${DB_PASSWORD}\nusername: ${DB_USER}",
            // biome-ignore lint/suspicious/noTemplateCurlyInString: the placeholder is the point of the example
            "token: ${{ secrets.GITHUB_TOKEN }}",
            "export AWS_SECRET_ACCESS_KEY=<paste from the vault, never commit>",
            "DATABASE_URL=postgres://user:password@localhost:5432/dev",
            "PASSWORD_MIN_LENGTH=14\nPASSWORD_HISTORY=5",
          ]),
        ),
      ),
    ),
    neg("lockfile-integrity-and-digests", () =>
      draft(
        editor(pick(["package-lock.json", "Dockerfile", "go.sum"])),
        pick<Channel>(["clipboard", "screen"]),
        c(
          pick([
            `"integrity": "sha512-${v.base64url(86)}=="`,
            `FROM node:${int(18, 24)}-alpine@sha256:${v.sha(64)}`,
            `golang.org/x/crypto v0.${int(10, 40)}.0 h1:${v.base64url(43)}=`,
            `"resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz"`,
          ]),
        ),
      ),
    ),
    neg("commands-without-secrets", () =>
      draft(
        terminal(),
        pick<Channel>(["typed", "keys", "screen"]),
        c(
          pick([
            "aws sts get-caller-identity --profile prod-readonly",
            "kubectl get secret api-keys -o yaml | grep -c data",
            "vault kv get -field=password secret/ci/registry",
            "passwd --expire svc-legacy",
            `git log --oneline -n ${int(3, 20)}`,
            "mysql -h db-replica -u reporting -p analytics",
          ]),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- health

const health: Family = {
  name: "health",
  count: 220,
  templates: [
    pos("off-sick-self", () =>
      draft(
        workChat(),
        chatChannel(),
        c(
          slip(
            pick([
              "won't make standup, migraine since 5am, back tomorrow hopefully",
              "Bin heute krankgeschrieben, Magen-Darm. Meine Tickets kann gern jemand übernehmen",
              "Je suis en arrêt maladie jusqu'à vendredi, angine",
              "Estoy de baja, me han operado de la rodilla",
              "Sono a casa con la febbre a 39, scusate",
              "ik heb griep, ben vandaag niet bereikbaar",
              "jestem na L4 do środy, zapalenie oskrzeli",
              "sairaslomalla perjantaihin asti, flunssa",
              "syg i dag, feber og ondt i halsen",
              "jsem nemocná, mám chřipku, budu pracovat z domu až od pondělí",
              "bugün raporluyum, migrenim tuttu",
              "am fost la urgențe azi-noapte, mă odihnesc azi",
            ]),
          ),
        ),
        ["health"],
      ),
    ),
    pos("colleague-condition", () => {
      const who = v.person();
      return draft(
        workChat(),
        chatChannel(),
        c(
          given(who),
          pick([
            " is in hospital after the accident, let's send flowers",
            " has long covid and will work mornings only for now",
            " just got diagnosed with type 1 diabetes, be kind about lunch plans",
            " is out for shoulder surgery next week",
            " had a panic attack in the meeting, I drove them home",
          ]),
        ),
        ["health"],
      );
    }),
    pos("family-health", () =>
      draft(
        pick([workChat(), messenger()]),
        chatChannel(),
        c(
          slip(
            pick([
              "my son has chickenpox, I'm working from home all week",
              "Dad's chemo starts Monday so I'll be in and out",
              "meine Frau ist in der 32. Woche schwanger, ich bin ab Januar in Elternzeit",
              "mi madre tiene alzhéimer y hoy tengo que llevarla al neurólogo",
              "ma fille a une otite, je pose ma journée",
              "my wife had a miscarriage last week, I'll be offline a few days",
              "mijn vader heeft een hartinfarct gehad, ik ga naar het ziekenhuis",
              "min mamma har fått en stroke, jag tar ledigt resten av veckan",
              "il mio compagno è stato operato al cuore, tutto ok per ora",
            ]),
          ),
        ),
        ["health"],
      ),
    ),
    pos("medication", () =>
      draft(
        messenger(),
        chatChannel(),
        c(
          pick([
            "Started sertraline 50mg last week, feeling a bit flat but ok",
            "need to pick up my insulin before the flight",
            "the new blood pressure pills make me dizzy in the afternoon",
            "Ibuprofen 600 alle 8 Stunden laut Ärztin, Rücken ist durch",
            "il medico mi ha dato l'antibiotico per sette giorni",
            "back on antidepressants, the doctor says give it six weeks",
            "biorę leki na tarczycę, dlatego rano jestem zmęczona",
            "EpiPen is in my desk drawer if I ever need it, top left",
            "j'ai commencé le Lévothyrox, on verra dans un mois",
          ]),
        ),
        ["health"],
      ),
    ),
    pos("appointment-title", () =>
      draft(
        browser(""),
        "title",
        c(
          pick([
            "Confirm your appointment – Dermatology – Doctolib",
            "MRI scan booking confirmation - Bupa",
            "Termin Frauenarzt bestätigt – Doctolib",
            "Your COVID-19 test result - NHS App",
            "Psychotherapy session reminder – BetterHelp",
            "Physiotherapie – Rezept für 6 Sitzungen – Doctolib",
            "Prenatal check-up 28 weeks - Kaiser Permanente",
            "Cita con el psiquiatra – Quirónsalud",
            "Allergy test appointment – NHS App",
          ]),
        ),
        ["health"],
      ),
    ),
    pos("test-results", () =>
      draft(
        mail(pick(["Your lab results", "Resultados de análisis"])),
        proseChannel(),
        c(
          pick([
            "Your HbA1c is 7.9 %, above target. Please book a follow-up with your GP.",
            "Cholesterol LDL 4.2 mmol/L; we recommend starting a statin.",
            "The biopsy came back benign. No further treatment needed.",
            "Resultado: ferritina baja, tomar hierro durante 3 meses.",
            "Ihr Vitamin-D-Wert ist deutlich zu niedrig, bitte 20.000 IE wöchentlich einnehmen.",
            "Your pregnancy test is positive. Please book your first midwife appointment.",
            "Le test PCR est positif, isolement de 5 jours recommandé.",
          ]),
        ),
        ["health"],
      ),
    ),
    pos("mental-health-in-1on1-notes", () => {
      const who = v.person();
      return draft(
        doc("1:1 notes"),
        proseChannel(),
        c(
          name(who),
          pick([
            ": says they're close to burnout, seeing a therapist, wants fewer evening calls",
            ": anxiety is worse since the reorg; referred to the employee assistance programme",
            ": back from depression-related leave, phased return 3 days/week",
          ]),
        ),
        ["health", "hr"],
      );
    }),
    pos("sick-note-mail", () =>
      draft(
        mail(pick(["Krankmeldung", "Sick note", "Arrêt de travail"])),
        proseChannel(),
        c(
          pick([
            "Anbei meine Arbeitsunfähigkeitsbescheinigung bis einschließlich Freitag. Diagnose habe ich geschwärzt, es ist aber der Bandscheibenvorfall von letztem Jahr.",
            "Attached is my fit note for two weeks, the GP signed me off with stress.",
            "Ci-joint mon arrêt de travail, prolongé jusqu'au 15 suite à ma fracture du poignet.",
            "Adjunto el parte de baja, tengo neumonía y el médico me ha mandado reposo.",
          ]),
        ),
        ["health"],
      ),
    ),
    pos("pregnancy-announcement", () =>
      draft(
        dm(v.person()),
        chatChannel(),
        c(
          pick([
            "between us: I'm pregnant, 12 weeks, telling the team next month",
            "we're expecting twins in April! first scan went well",
            "IVF round three worked, keeping it quiet until the 20-week scan",
            "je suis enceinte, je l'annonce à l'équipe après l'échographie",
            "ich bin schwanger, bitte noch nichts sagen, Mutterschutz ab Mai",
            "estoy embarazada de 16 semanas, se lo digo a RR. HH. esta semana",
          ]),
        ),
        ["health"],
      ),
    ),
    pos("prompt-health", () =>
      prompt(
        c(
          pick([
            "I've had chest tightness for two days when climbing stairs. Should I see a doctor or is it stress?",
            "My colleague has epilepsy. What should I do if she has a seizure in the office?",
            "Explain my thyroid results: TSH 6.1, free T4 normal. I'm on levothyroxine 50.",
            "I think I'm depressed, I can't focus at work and sleep 11 hours. What are my options?",
            "Mein Sohn hat ADHS, wie erkläre ich das seiner Lehrerin?",
            "What's a normal recovery time after an ACL reconstruction? I'm 34 and desk-based.",
          ]),
        ),
        ["health"],
      ),
    ),
    neg("service-health", () =>
      draft(
        terminal(),
        pick<Channel>(["screen", "typed", "clipboard"]),
        c(
          pick([
            `GET /healthz 503 in ${int(2, 900)}ms — pod api-${v.lowerAlnum(5)} unhealthy`,
            "kubectl describe pod: Liveness probe failed: HTTP probe failed with statuscode: 500",
            "The cluster is sick again, etcd latency through the roof",
            "DB health check green, replica lag 0.3s",
            "Disk on worker-3 is dying, SMART errors all over",
          ]),
        ),
      ),
    ),
    neg("figurative-health-words", () =>
      draft(
        workChat(),
        chatChannel(),
        c(
          slip(
            pick([
              "This backlog is giving me a headache 😅",
              "the campaign went viral overnight",
              "cold start latency is killing us on the lambdas",
              "we need a quick sanity check before the board deck",
              "the pipeline is bleeding money on idle runners",
              "fever pitch in sales this week, quarter ends Friday",
            ]),
          ),
        ),
      ),
    ),
    neg("sport-news-and-policy", () =>
      draft(
        browser(pick(["BBC Sport", "Marca", "kicker"])),
        proseChannel(),
        c(
          pick([
            "The club's keeper is out for six weeks with a hamstring injury, the coach confirmed.",
            "Health & Safety: fire drill on Thursday at 11, use the east stairwell.",
            "Policy update: sick leave is now self-certified for up to 5 days.",
            "The new flu vaccine campaign for the public starts in October, the ministry said.",
            "Heartbleed patch rolled out to all load balancers.",
          ]),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- HR

const hr: Family = {
  name: "hr",
  count: 220,
  templates: [
    pos("pay-of-a-person", () => {
      const who = v.person();
      return draft(
        pick([dm(v.person()), mail("Comp review")]),
        chatChannel(),
        c(
          given(who),
          pick([
            `'s new salary is €${int(48, 120)}k from January, please don't share`,
            ` is getting a ${int(3, 12)}% raise and the senior title`,
            `'s bonus was cut to ${int(20, 60)}% this year`,
            " asked why they're paid less than the new hire on the same band",
          ]),
        ),
        ["hr"],
      );
    }),
    pos("performance-review", () => {
      const who = v.person();
      return draft(
        doc(`Performance review ${v.fullName(who)}`),
        proseChannel(),
        c(
          name(who),
          pick([
            " — rating: partially meets expectations. Missed two release deadlines; communication with stakeholders needs work.",
            " — Leistungsbeurteilung: übertrifft die Erwartungen, Beförderung empfohlen.",
            " — évaluation annuelle : objectifs atteints à 60 %, plan de développement à définir.",
          ]),
        ),
        ["hr"],
      );
    }),
    pos("written-warning", () => {
      const who = v.person();
      return draft(
        mail("Written warning – confidential"),
        proseChannel(),
        c(
          "Dear ",
          name(who),
          pick([
            ", this letter is a formal written warning following repeated unauthorised absence on 3, 10 and 17 October.",
            ", following the disciplinary hearing on Tuesday, you are issued a final written warning.",
          ]),
        ),
        ["hr"],
      );
    }),
    pos("pip", () => {
      const who = v.person();
      return draft(
        dm(v.person()),
        chatChannel(),
        around(
          [
            ["HR wants a PIP for ", " next week, can you help me write the goals?"],
            ["we're putting ", " on a performance plan, keep it quiet"],
            ["Starting the 60-day improvement plan with ", " on Monday"],
            ["HR will einen PIP für ", ", hilfst du mir bei den Zielen?"],
            ["on met ", " sous plan d'amélioration des performances lundi"],
          ],
          given(who),
        ),
        ["hr"],
      );
    }),
    pos("dismissal", () => {
      const who = v.person();
      return draft(
        dm(v.person()),
        chatChannel(),
        around(
          [
            ["we're letting ", " go on Friday, legal signed off the settlement"],
            ["Kündigung für ", " ist raus, Freistellung ab sofort"],
            ["despido de ", " confirmado, hay que quitarle los accesos el lunes"],
            ["", "'s last day is Thursday, it wasn't voluntary, keep it quiet"],
            ["ontslag van ", " gaat door, HR belt hem morgen"],
          ],
          name(who),
        ),
        ["hr"],
      );
    }),
    pos("leave-of-a-person", () => {
      const who = v.person();
      return draft(
        workChat(),
        chatChannel(),
        c(
          given(who),
          pick([
            " starts parental leave on the 1st, 9 months",
            " is on unpaid leave until March, don't assign them tickets",
            " requested a sabbatical, approved by the VP",
          ]),
        ),
        ["hr"],
      );
    }),
    pos("hr-document-title", () => {
      const who = v.person();
      return draft(
        browser(""),
        "title",
        c(
          pick([
            "Performance Improvement Plan – ",
            "Aufhebungsvertrag_",
            "Salary review 2026 – ",
            "Exit interview notes – ",
          ]),
          name(who),
          pick([".docx - Word", ".pdf - Adobe Acrobat", " - Google Docs"]),
        ),
        ["hr"],
      );
    }),
    pos("workday-task-title", () =>
      draft(
        browser(""),
        "title",
        c(
          `${pick(["", "Inbox › ", "My Tasks › "])}${pick([
            "Terminate Employee",
            "Propose Compensation Change",
            "Request Leave of Absence",
            "Start Performance Review",
            "Give Requested Feedback",
            "Change Job",
            "Request Compensation Change",
          ])}${pick([": Review", " (step 2 of 4)", ": Submit", " – draft saved"])} - Workday`,
        ),
        ["hr"],
      ),
    ),
    pos("manager-private-notes", () => {
      const who = v.person();
      return draft(
        doc("Team notes (private)"),
        proseChannel(),
        c(
          name(who),
          pick([
            ": late 4 times this month, talk about it before the band review",
            ": wants to move to band L5, not ready, bonus at target",
            ": resignation expected after the counter-offer fell through",
          ]),
        ),
        ["hr"],
      );
    }),
    pos("comp-spreadsheet-row", () => {
      const who = v.person();
      return draft(
        { app: "Microsoft Excel", title: "Comp planning 2027 - CONFIDENTIAL.xlsx - Excel" },
        "clipboard",
        c(
          name(who),
          `\tL${int(2, 6)}\t${int(52, 140)}${pick([" 000", ",000", "000"])}\t${int(0, 15)} %\t${pick(["promote", "hold", "exit risk"])}`,
        ),
        ["hr"],
      );
    }),
    pos("prompt-hr", () => {
      const who = v.person();
      return prompt(
        c(
          "Help me write a termination letter for ",
          name(who),
          ", a sales rep who missed quota three quarters in a row. Keep it respectful.",
        ),
        ["hr"],
      );
    }),
    neg("tech-uses-of-hr-words", () =>
      draft(
        terminal(),
        pick<Channel>(["typed", "screen", "keys"]),
        c(
          pick([
            "terminate the idle EC2 instances in eu-west-1",
            "kill -9 the zombie worker, its parent process is gone",
            "promote the build to production after the smoke tests",
            "the job was fired twice, check the scheduler",
            "leader election failed, the replica was demoted",
            "retire the old payroll-sync cron job",
          ]),
        ),
      ),
    ),
    neg("hr-words-about-policy-or-news", () =>
      draft(
        doc(pick(["Handbook", "Industry news digest"])),
        proseChannel(),
        c(
          pick([
            "Salary bands are published on the intranet for every role.",
            "The parental leave policy gives 16 weeks at full pay to all parents.",
            "Tech layoffs slowed in the third quarter, the survey says.",
            "Performance review season opens on 1 November for all teams.",
            "Probation is six months for all new joiners.",
          ]),
        ),
      ),
    ),
    neg("performance-of-systems", () =>
      draft(
        workChat(),
        chatChannel(),
        c(
          slip(
            pick([
              "performance review of the checkout service: p99 down 40%",
              "the API got a warning from the rate limiter again",
              "headcount API is timing out for the dashboard",
              "we need a plan to improve query performance before Black Friday",
              "benefits of the new cache: fewer cold reads",
            ]),
          ),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- personal talk at work, work talk in private

const conversations: Family = {
  name: "conversations",
  count: 215,
  templates: [
    pos("personal-plans-with-names", () => {
      const [a, b] = [v.person(), v.person()];
      return draft(
        dm(a),
        chatChannel(),
        around(
          [
            ["are you and ", " coming to the wedding in Porto?"],
            ["did ", " get the flat in the end?"],
            ["tell ", " I said happy birthday 🎂"],
            ["vas a la cena de ", " el sábado?"],
            ["kommt ", " auch zum Grillen?"],
          ],
          given(b),
        ),
      );
    }),
    pos("private-number-swap", () => {
      const who = v.person();
      return draft(
        workChat(),
        chatChannel(),
        c(
          given(who),
          pick([
            ", text me on WhatsApp instead: ",
            ", my private number for the weekend: ",
            " new number btw: ",
          ]),
          L("phone", v.phone()),
          pick(["", " – work phone is dead"]),
        ),
      );
    }),
    pos("boss-talk-in-messenger", () => {
      const who = v.person();
      return draft(
        messenger(),
        chatChannel(),
        c(
          pick(["my manager ", "my boss ", "so "]),
          given(who),
          pick([
            " told me my contract won't be renewed after March",
            " put me on a performance plan today, I'm so angry",
            " said the raise is frozen again this year",
          ]),
        ),
        ["hr"],
      );
    }),
    pos("sick-kid-in-family-group", () =>
      draft(
        messenger(),
        chatChannel(),
        c(
          pick([
            "Kita hat angerufen, die Kleine hat Fieber, kannst du sie holen? Ich hab bis 4 Meetings",
            "school called, the little one threw up, can you pick him up? I'm stuck in the quarterly review",
            "la guarde a appelé, le petit a 39 de fièvre",
            "de crèche belde, de kleine heeft koorts",
            "el cole ha llamado, el niño tiene piojos otra vez",
            "dzwonili z przedszkola, młody ma wysypkę",
          ]),
        ),
        ["health"],
      ),
    ),
    pos("address-for-a-parcel", () => {
      const home = v.address();
      return draft(
        messenger(),
        chatChannel(),
        c("ordered your birthday present to ", L("address", v.oneLine(home)), " – is that still right?"),
      );
    }),
    pos("work-secret-in-messenger", () =>
      draft(
        messenger(),
        chatChannel(),
        c(
          pick([
            () =>
              c(
                "can't log in from home, what's the office wifi password again? oh found it: ",
                L("secret", v.password()),
              ),
            () => c("if you're first in, the alarm code is ", L("secret", v.digits(pick([4, 6])))),
            () => c("Passwort fürs Team-Netflix im Pausenraum: ", L("secret", v.password())),
          ])(),
        ),
      ),
    ),
    pos("gossip-about-pay", () => {
      const who = v.person();
      return draft(
        messenger(),
        chatChannel(),
        c(
          "did you hear ",
          given(who),
          pick([
            " got fired for expenses?",
            " is leaving, the competitor offered them 20k more",
            " got a written warning for the offsite thing",
          ]),
        ),
        ["hr"],
      );
    }),
    neg("small-talk", () =>
      draft(
        workChat(),
        chatChannel(),
        c(
          slip(
            pick([
              "lunch at 12:30? the new poke place",
              "anyone up for foosball after the demo",
              "it's snowing in Berlin, first time this year",
              "who took the last oat milk 😤",
              "coffee machine on 4 is fixed!",
              "what a match last night, that penalty though",
            ]),
          ),
        ),
      ),
    ),
    neg("work-logistics-in-messenger", () =>
      draft(
        messenger(),
        chatChannel(),
        c(
          slip(
            pick([
              "running 5 min late to standup, train stuck",
              "can you start the retro without me",
              "deck is in the shared drive, v7 final final",
              "parking garage closed, park at the station",
              "remember it's the offsite tomorrow, 9am sharp",
            ]),
          ),
        ),
      ),
    ),
    neg("family-chat-without-details", () =>
      draft(
        messenger(),
        chatChannel(),
        c(
          pick([
            "Dinner at 7? I'll get pizza",
            "Bought the train tickets for Christmas 🎄",
            "Don't forget the recycling goes out tonight",
            "Llego tarde, empezad sin mí",
            "Bis später, bring Milch mit",
          ]),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- prompts

const prompts: Family = {
  name: "prompts",
  count: 220,
  templates: [
    pos("work-prompt-plain", () =>
      prompt(
        c(
          slip(
            pick([
              "Summarise this RFC in 5 bullet points for a non-technical audience",
              "Write a SQL query that returns monthly active users by country from the events table",
              "Convert this bash script to PowerShell and keep the comments",
              "Translate the release notes into German and Spanish, informal tone",
              "Give me 10 names for an internal tool that reconciles invoices",
              "Explain the difference between a saga and two-phase commit with an example",
              "Draft a job ad for a senior data engineer, remote in the EU",
              "What's a good agenda for a 45-minute quarterly planning meeting?",
              "Turn these meeting notes into action items with owners left blank",
            ]),
          ),
        ),
      ),
    ),
    pos("prompt-in-other-language", () =>
      prompt(
        c(
          pick([
            "Schreib mir eine höfliche Absage an einen Lieferanten, der zu teuer ist",
            "Rédige un résumé de la réunion en trois paragraphes, ton neutre",
            "Hazme una tabla comparando Postgres y MySQL para nuestro caso",
            "Scrivi un'email di follow-up dopo la demo con il cliente",
            "Napisz testy jednostkowe dla tej funkcji w Jest",
            "Vat deze klantfeedback samen in vijf punten",
            "Skriv en kort sammanfattning av mötet på svenska",
            "Kirjoita tästä tekstistä selkeämpi versio",
            "Przetłumacz to na angielski, biznesowym tonem",
          ]),
        ),
      ),
    ),
    pos("prompt-with-colleague-name", () => {
      const who = v.person();
      return prompt(
        c(
          "Write a thank-you note to ",
          name(who),
          " for leading the data migration, mention the weekend cut-over.",
        ),
      );
    }),
    pos("prompt-pasting-a-secret", () =>
      prompt(
        c(
          "Why does this fail with 401? curl -H 'x-api-key: ",
          L("secret", pick([v.openaiKey(), v.genericKey(), v.stripeKey()])),
          "' https://api.acme.internal/v1/orders",
        ),
      ),
    ),
    pos("prompt-pasting-config", () =>
      prompt(
        c(
          "fix my yaml, it won't parse:\ndb:\n  user: app\n  password: ",
          L("secret", v.password().replace(/[\s'"#:]/g, "Q")),
          "\n   host: db.internal",
        ),
      ),
    ),
    pos("copilot-chat-in-editor", () =>
      draft(
        otherAssistant(),
        "prompt",
        c(
          slip(
            pick([
              "/explain why this regex is slow on long inputs",
              "refactor this function to use async/await",
              "write a docstring for parseInvoice",
              "/tests generate cases for empty and null input",
              "why does this test flake on CI but not locally?",
              "add error handling for the S3 upload here",
              "convert this class component to hooks",
            ]),
          ),
        ),
        ["prompt"],
      ),
    ),
    pos("prompt-about-a-customer", () => {
      const who = v.person();
      return prompt(
        c(
          "Customer ",
          name(who),
          " (",
          L("email", v.emailOf(who, pick(v.privateDomains))),
          ") says the refund never arrived. Draft an apologetic reply.",
        ),
      );
    }),
    neg("assistant-titles-and-urls", () =>
      pick([
        () =>
          draft(
            { app: "ChatGPT" },
            "title",
            c(pick(["Quarterly OKR summary - ChatGPT", "SQL window functions - ChatGPT", "ChatGPT"])),
          ),
        () => draft({ app: "Claude" }, "url", c(`https://claude.ai/chat/${v.uuid()}`)),
        () => draft(browser("Gemini"), "url", c(`https://gemini.google.com/app/${v.hex(16)}`)),
      ])(),
    ),
    neg("search-queries-not-prompts", () =>
      draft(
        browser(pick(["Google", "DuckDuckGo", "Stack Overflow"])),
        pick<Channel>(["typed", "keys"]),
        c(
          slip(
            pick([
              "postgres jsonb index slow",
              "how to undo git rebase",
              "kubectl rollout restart deployment",
              "excel vlookup two columns",
              "react useEffect runs twice",
              "ryanair baggage allowance",
            ]),
          ),
        ),
      ),
    ),
    neg("talk-about-ai-tools", () =>
      draft(
        workChat(),
        chatChannel(),
        c(
          slip(
            pick([
              "the ChatGPT Enterprise licence renews in March",
              "don't paste customer data into Copilot, see the policy",
              "Claude was down for 20 minutes, status page says resolved",
              "prompt engineering workshop moved to Thursday",
              "Gemini's answer was wrong about the VAT rules lol",
            ]),
          ),
        ),
      ),
    ),
  ],
};

export const fourteenthFamilies: readonly Family[] = [
  names,
  addresses,
  passports,
  nationalIds,
  banks,
  cards,
  phones,
  emailsAndIps,
  secretsInChat,
  secretsInConfig,
  health,
  hr,
  conversations,
  prompts,
];

import type { Topic } from "../items.ts";
import {
  type Channel,
  type Composed,
  type Draft,
  type Family,
  L,
  type Place,
  type Template,
} from "../templates.ts";
import * as v from "./values.ts";

/**
 * The thirteenth evaluation corpus, written at the start of round twelve by
 * someone who read neither the detectors nor any earlier corpus beyond the
 * twelfth's labelling header, whose calls it keeps. Fourteen families, each
 * with about a quarter hard negatives; every value comes from ./values.ts,
 * made up, with real check digits verified outside the repository, and every
 * secret is drawn at run time from the corpus's own random source.
 *
 * New labelling calls, beside the twelfth's:
 * - National placeholder persons are nobody, as John Doe is: Joe Bloggs,
 *   Otto Normalverbraucher, Jean Dupont, Mario Rossi, Jan Kowalski, Jan
 *   Jansen, Fulano de Tal, Matti Meikäläinen, Medel Svensson. Rooms, prizes,
 *   airports and institutes named after people are not names either.
 * - An @-mention labels the name without the @; a handle that spells the
 *   name (femke.dijkstra) is labelled as a name too.
 * - On a card only the number is labelled card; its expiry and CVC are left
 *   unlabelled. A device's IMEI passes Luhn but is no card.
 * - A UK NHS number is a national id. A twelve-digit AWS account id is not a
 *   bank account.
 * - A one-time code copied from an SMS or an authenticator, a door or alarm
 *   PIN and a voicemail PIN are secrets; a ticket or order number beside the
 *   word "code" is not.
 * - An npm scoped package with a version (@scope/name@1.2.3) and a Docker
 *   image pinned by digest are not e-mails; a user@localhost or a
 *   user@host.internal shell prompt is not an e-mail.
 * - A message to an assistant other than ChatGPT, Claude or Gemini (Copilot
 *   Chat, Perplexity, Le Chat, an editor's chat pane) carries prompt
 *   explicitly.
 * - A home-directory user name that spells a person's name (/Users/ana.ruiz,
 *   C:\Users\ana.ruiz) is labelled name; an all-lowercase given name typed
 *   in chat is still a name.
 * - A national id in an internal tool's URL query is labelled national-id.
 * - The base64 of user:password in an HTTP Basic header is a secret, as is
 *   the P: field of a Wi-Fi QR string and a password glued to mysql's -p.
 * - A manager's private notes on a report's lateness, band or bonus are HR;
 *   a Workday task name in a window title (Terminate Employee) is HR even
 *   without a name.
 */

// ---------------------------------------------------------------- composing

type Part = string | number | Composed | ReturnType<typeof L>;

/** Joins text, labelled values and composed pieces, keeping label offsets right. */
function cat(...parts: Part[]): Composed {
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

const plain = (text: string): Composed => ({ text, labels: [] });

function draft(place: Place, channel: Channel, body: Composed, topics: Topic[] = []): Draft {
  return { place, channel, body, ...(topics.length > 0 ? { topics } : {}) };
}

const pos = (name: string, make: () => Draft): Template => ({ name, make: () => make() });
const neg = (name: string, make: () => Draft): Template => ({ name, negative: true, make: () => make() });

const pick = v.pick;
const chance = v.chance;
const int = v.int;

/** Occasionally drops a letter or swaps two, as hurried typing does; only on unlabelled filler. */
function typo(text: string): string {
  if (!chance(0.12) || text.length < 8) return text;
  const at = int(1, text.length - 3);
  if (!/[a-z]/.test(text.charAt(at)) || !/[a-z]/.test(text.charAt(at + 1))) return text;
  return chance(0.5)
    ? text.slice(0, at) + text.charAt(at + 1) + text.charAt(at) + text.slice(at + 2)
    : text.slice(0, at) + text.slice(at + 1);
}

const nameOf = (p: v.Person = v.person()) => L("name", v.fullName(p));
const givenOf = (p: v.Person = v.person()) => L("name", p.given);

// ---------------------------------------------------------------- places

const slackChannels = [
  "#ops-handover",
  "#payroll-emea",
  "#team-ledger",
  "#proj-atlas",
  "#support-l2",
  "#berlin-office",
  "#paris-bureau",
  "#madrid-oficina",
  "#random",
  "#infra",
];
const workspace = v.company.name;

const slack = (): Place => ({ app: "Slack", title: `${pick(slackChannels)} - ${workspace} - Slack` });
const teams = (): Place => ({
  app: "Microsoft Teams",
  title: pick([
    "Chat | Microsoft Teams",
    "Ledger squad | General | Microsoft Teams",
    "Calendar | Microsoft Teams",
  ]),
});
const googleChat = (): Place => ({
  app: "Google Chat",
  title: pick(["Google Chat", "Atlas rollout - Google Chat"]),
});
const mattermost = (): Place => ({
  app: "Mattermost",
  title: pick(["Town Square - Mattermost", "Off-Topic - Mattermost", "release-train - Mattermost"]),
});
const workChat = (): Place => pick([slack, slack, teams, googleChat, mattermost])();
const dm = (p: v.Person): Place =>
  pick([
    { app: "Slack", title: `${v.fullName(p)} (DM) - ${workspace} - Slack` },
    { app: "Microsoft Teams", title: `Chat | ${v.fullName(p)} | Microsoft Teams` },
    { app: "Google Chat", title: `${v.fullName(p)} - Google Chat` },
  ]);
const messenger = (): Place =>
  pick([
    { app: "WhatsApp", title: "WhatsApp" },
    { app: "Signal", title: "Signal" },
    { app: "Telegram", title: "Telegram" },
    { app: "Messages", title: "Messages" },
    { app: "Viber", title: "Viber" },
  ]);
const browsers = ["Google Chrome", "Firefox", "Microsoft Edge", "Safari", "Brave Browser", "Vivaldi"];
const browser = (title: string, url?: string): Place => ({
  app: pick(browsers),
  title,
  ...(url === undefined ? {} : { url }),
});
const mail = (subject: string): Place =>
  pick([
    { app: "Microsoft Outlook", title: `${subject} - Message (HTML)` },
    browser(`${subject} - ${v.company.domain} Mail`, "https://mail.google.com/mail/u/0/#inbox?compose=new"),
    { app: "Thunderbird", title: `Write: ${subject} - Thunderbird` },
    { app: "Mail", title: subject },
  ]);
const docs = (name: string): Place =>
  pick([
    browser(`${name} - Google Docs`, `https://docs.google.com/document/d/1${v.alnum(43)}/edit`),
    { app: "Microsoft Word", title: `${name}.docx - Word` },
    { app: "Notion", title: `${name} | Notion` },
    browser(
      `${name} - Confluence`,
      `https://quillmark.atlassian.net/wiki/spaces/OPS/pages/${int(100000, 999999)}`,
    ),
    { app: "Obsidian", title: `${name} - vault - Obsidian` },
  ]);
const sheet = (name: string): Place =>
  pick([
    { app: "Microsoft Excel", title: `${name}.xlsx - Excel` },
    browser(`${name} - Google Sheets`, `https://docs.google.com/spreadsheets/d/1${v.alnum(43)}/edit#gid=0`),
    { app: "Numbers", title: `${name}.numbers` },
  ]);
const editor = (file: string): Place =>
  pick([
    { app: "Visual Studio Code", title: `${file} — ledger-service` },
    { app: "Cursor", title: `${file} — infra` },
    { app: "IntelliJ IDEA", title: `ledger-service – ${file}` },
    { app: "Sublime Text", title: `${file} — ~/work` },
    { app: "Zed", title: `${file} — atlas` },
  ]);
const terminal = (): Place =>
  pick([
    { app: "iTerm2", title: "ssh — 160×48" },
    { app: "Terminal", title: "zsh — ~/work/atlas" },
    { app: "Windows Terminal", title: "Ubuntu-22.04" },
    { app: "Ghostty", title: "fish /home/dev" },
    { app: "Warp", title: "deploy" },
  ]);
const tracker = (key: string): Place =>
  pick([
    browser(
      `[${key}] ${pick(["Follow-up", "Access request", "Incident notes", "Onboarding"])} - Jira`,
      `https://quillmark.atlassian.net/browse/${key}`,
    ),
    browser(`${key} · Linear`, `https://linear.app/quillmark/issue/${key.toLowerCase()}`),
    browser(`Ticket ${key} - Zendesk`, `https://quillmark.zendesk.com/agent/tickets/${int(10000, 99999)}`),
  ]);
/** Assistants the product counts by app or URL, and others that carry prompt explicitly. */
function assistant(): { place: Place; topics: Topic[] } {
  return pick([
    { place: { app: "ChatGPT", title: "ChatGPT", url: "https://chatgpt.com/" }, topics: [] },
    { place: { app: "Claude", title: "Claude", url: "https://claude.ai/new" }, topics: [] },
    { place: browser("Gemini", "https://gemini.google.com/app"), topics: [] },
    { place: browser("Microsoft Copilot", "https://copilot.microsoft.com/"), topics: ["prompt"] },
    { place: browser("Perplexity", "https://www.perplexity.ai/"), topics: ["prompt"] },
    { place: browser("Le Chat - Mistral AI", "https://chat.mistral.ai/chat"), topics: ["prompt"] },
  ] as { place: Place; topics: Topic[] }[]);
}
/** A message to an assistant: prompt, plus whatever the message is about. */
function toAssistant(body: Composed, topics: Topic[] = []): Draft {
  const chosen = assistant();
  const all = [...topics, ...chosen.topics.filter((topic) => !topics.includes(topic))];
  return draft(chosen.place, "prompt", body, all);
}
const chatChannel = (): Channel => pick(["typed", "typed", "keys", "screen", "clipboard"]);
const ticketKey = () => `${pick(["OPS", "HR", "FIN", "ATL", "SEC", "IT"])}-${int(120, 9800)}`;

// ---------------------------------------------------------------- given names in chat

const greetings = [
  (n: Composed) => cat("Morning ", n, "! did you get a chance to look at the Q3 deck?"),
  (n: Composed) => cat("hey ", n, ", quick one – is the staging freeze still on for tonight?"),
  (n: Composed) => cat("Hallo ", n, ", kurze Frage: hast du die Rechnungen für November schon freigegeben?"),
  (n: Composed) => cat("Salut ", n, ", tu peux relire ma PR avant midi ? merci"),
  (n: Composed) => cat("Hola ", n, ", ¿me pasas el enlace del informe de ayer?"),
  (n: Composed) => cat("Ciao ", n, ", riesci a darmi un feedback sulla bozza entro domani?"),
  (n: Composed) => cat("Hoi ", n, ", heb je de offerte al naar de klant gestuurd?"),
  (n: Composed) => cat("Cześć ", n, ", możesz rzucić okiem na ten ticket?"),
  (n: Composed) => cat("Hej ", n, "! tack för hjälpen igår"),
  (n: Composed) => cat("Thanks ", n, ", that fixed it 🙏"),
  (n: Composed) => cat("Olá ", n, ", consegues ver isto hoje?"),
  (n: Composed) => cat("Merhaba ", n, ", toplantı linkini atar mısın?"),
  (n: Composed) => cat("Hi ", n, " – welcome aboard! ping me if the laptop setup gives you trouble"),
];
const mentions = [
  (n: Composed) => cat("ask ", n, ", they ran the last migration and know where the bodies are buried"),
  (n: Composed) => cat(n, " is out until Thursday so I'll cover the vendor call"),
  (n: Composed) => cat("I think ", n, " already answered this in the thread above"),
  (n: Composed) => cat("looping in ", n, " who owns the billing exports"),
  (n: Composed) => cat(n, " sagt, das Deployment ist durch"),
  (n: Composed) => cat("c'est ", n, " qui gère le compte client maintenant"),
  (n: Composed) => cat("lo lleva ", n, ", pregúntale a ella"),
  (n: Composed) => cat("can someone cover for ", n, " on the 3pm standup?"),
  (n: Composed) => cat("kudos to ", n, " for staying late to get the release out"),
];

function atMention(p: v.Person): Composed {
  const handle = chance(0.5) ? p.given : `${v.fold(p.given)}.${v.fold(p.family).replace(/[^a-z]/g, "")}`;
  return cat("@", L("name", handle));
}

const givenNames: Family = {
  name: "given-names-in-chat",
  count: 215,
  templates: [
    pos("greeting-given-name", () => draft(workChat(), chatChannel(), pick(greetings)(cat(givenOf())))),
    pos("greeting-in-dm", () => {
      const p = v.person();
      return draft(dm(p), pick(["typed", "keys"]), pick(greetings)(cat(givenOf(p))));
    }),
    pos("mention-given-name", () => draft(workChat(), chatChannel(), pick(mentions)(cat(givenOf())))),
    pos("at-mention", () => {
      const p = v.person();
      return draft(
        workChat(),
        pick(["typed", "keys"]),
        cat(
          atMention(p),
          " ",
          pick(["can you approve #", "PTAL at #", "this one is yours, #", "je te laisse regarder la #"]),
          int(1200, 9900),
        ),
      );
    }),
    pos("two-names", () =>
      draft(
        workChat(),
        chatChannel(),
        cat(
          pick(["", "fyi "]),
          givenOf(),
          " and ",
          givenOf(),
          pick([
            " are pairing on the invoice bug today",
            " will run the retro tomorrow",
            " swapped on-call this week",
          ]),
        ),
      ),
    ),
    pos("dm-title", () => {
      const p = v.person();
      const place = dm(p);
      return draft({ ...place }, "title", cat(...titleOfDm(place.app, p)));
    }),
    pos("signature-given-name", () => {
      const p = v.person();
      return draft(
        mail(pick(["Re: contract renewal", "AW: Angebot 2026", "RE: Planning", "Re: invoice #88213"])),
        "typed",
        cat(
          pick([
            "Thanks for the quick turnaround.",
            "Je reviens vers vous demain.",
            "Vielen Dank im Voraus.",
          ]),
          "\n\n",
          pick(["Best,", "Cheers,", "Beste Grüße", "Cordialement,"]),
          "\n",
          givenOf(p),
        ),
      );
    }),
    pos("messenger-title-name", () => {
      const p = v.person();
      return draft(
        { app: pick(["WhatsApp", "Signal", "Telegram"]), title: v.fullName(p) },
        "title",
        cat(nameOf(p)),
      );
    }),
    pos("lowercase-name-typed", () => {
      const p = v.person();
      const lower = p.given.toLowerCase();
      return draft(
        workChat(),
        "keys",
        cat(
          pick(["thx ", "ty ", "np ", "ok "]),
          L("name", lower),
          pick(["!", " 👍", ", merged", " – on it"]),
        ),
      );
    }),
    pos("reply-quote-header", () => {
      const p = v.person();
      return draft(
        mail(pick(["Re: Budget", "AW: Vertrag", "RE: Devis signé"])),
        "typed",
        pick([
          () =>
            cat(
              "Sounds good.\n\nOn Tue, 3 Mar 2026 at 09:14, ",
              nameOf(p),
              " <",
              L("email", v.workEmail(p)),
              "> wrote:\n> can we move the review to Thursday?",
            ),
          () =>
            cat(
              "Passt.\n\nAm 03.03.2026 um 09:14 schrieb ",
              nameOf(p),
              " <",
              L("email", v.workEmail(p)),
              ">:\n> Können wir das Review auf Donnerstag legen?",
            ),
          () =>
            cat(
              "Ok pour moi.\n\nLe mar. 3 mars 2026 à 09:14, ",
              nameOf(p),
              " <",
              L("email", v.workEmail(p)),
              "> a écrit :\n> on peut décaler la revue à jeudi ?",
            ),
        ])(),
      );
    }),
    neg("greeting-without-name", () =>
      draft(
        workChat(),
        chatChannel(),
        plain(
          typo(
            pick([
              "Morning all! coffee's on in the kitchen",
              "Hallo zusammen, das Wiki ist wieder erreichbar",
              "Hola a todos, la demo empieza a las 16h",
              "Salut l'équipe, le build est vert",
              "hi team, reminder: timesheets due Friday",
              "Hej allihop, lunch at 12?",
              "hey folks, who's got the staging lock?",
            ]),
          ),
        ),
      ),
    ),
    neg("eponym-in-tech-talk", () =>
      draft(
        workChat(),
        chatChannel(),
        plain(
          pick([
            "just use Dijkstra on the routing graph, the weights are all positive",
            "the Bloom filter gives us ~1% false positives, fine for the dedupe",
            "switched the retry to a Fibonacci backoff, the Gantt chart is updated",
            "Bézier easing on the modal feels nicer than linear",
            "we're hitting Amdahl's law here, more workers won't help",
            "Conway's law strikes again: three teams, three services",
            "the Hamming distance between the two hashes is 3",
            "Pareto chart of the incident causes is in the retro doc",
            "Lovelace cards are sold out, we'll get the Hopper ones instead",
          ]),
        ),
      ),
    ),
    neg("assistant-and-product-names", () =>
      draft(
        workChat(),
        chatChannel(),
        plain(
          pick([
            "Siri keeps reading out the Slack notifications during calls, so annoying",
            "Alexa for Business is being retired, so the meeting rooms need new speakers",
            "Gerrit review is down, push to the fallback branch for now",
            "the Watson demo was impressive but the pricing is wild",
            "ordered the Dell monitors and a Herman Miller chair for the new starter",
            "the Tesla charger in the garage is free after 5",
          ]),
        ),
      ),
    ),
    neg("template-placeholder-greeting", () =>
      draft(
        editor(pick(["welcome_email.hbs", "invite.mjml", "templates/reminder.txt"])),
        "typed",
        plain(
          pick([
            "Hi {{first_name}},\n\nyour workspace is ready.",
            "Hallo {vorname}, dein Zugang ist eingerichtet.",
            "Dear {{ user.given_name }}, your invoice is attached.",
            "Hola %NOMBRE%, gracias por registrarte.",
          ]),
        ),
      ),
    ),
  ],
};

function titleOfDm(app: string, p: v.Person): Part[] {
  if (app === "Slack") return [nameOf(p), ` (DM) - ${workspace} - Slack`];
  if (app === "Microsoft Teams") return ["Chat | ", nameOf(p), " | Microsoft Teams"];
  return [nameOf(p), " - Google Chat"];
}

// ---------------------------------------------------------------- full names in titles, URLs and documents

const placeholderPersons = [
  "Joe Bloggs",
  "Otto Normalverbraucher",
  "Jean Dupont",
  "Mario Rossi",
  "Jan Kowalski",
  "Jan Jansen",
  "Fulano de Tal",
  "Matti Meikäläinen",
  "Medel Svensson",
];

const fullNames: Family = {
  name: "full-names-in-documents",
  count: 215,
  templates: [
    pos("document-title", () => {
      const p = v.person();
      const doc = pick([
        "Onboarding checklist – ",
        "1:1 notes – ",
        "Reference check: ",
        "Interview scorecard - ",
        "Visa letter for ",
      ]);
      const place = docs(`${doc}${v.fullName(p)}`);
      return draft(
        place,
        "title",
        cat(`${doc}`, nameOf(p), place.title?.slice(doc.length + v.fullName(p).length) ?? ""),
      );
    }),
    pos("one-on-one-title", () => {
      const a = v.person();
      const b = v.person();
      return draft(
        { app: pick(["Microsoft Outlook", "Calendar", "Google Chrome"]) },
        "title",
        cat(
          givenOf(a),
          " / ",
          givenOf(b),
          pick([" 1:1 - Calendar", " weekly sync - Outlook", " – catch-up (30 min)"]),
        ),
      );
    }),
    pos("profile-url", () => {
      const p = v.person();
      const s = v.slug(p);
      return draft(
        browser(`${v.fullName(p)} | LinkedIn`),
        "url",
        pick([
          cat("https://www.linkedin.com/in/", L("name", s), `-${v.hex(8)}/`),
          cat(`https://people.${v.company.domain}/profile/`, L("name", s)),
          cat(
            "https://quillmark.bamboohr.com/employees/employee.php?id=",
            int(100, 999),
            "&name=",
            L("name", s),
          ),
        ]),
      );
    }),
    pos("attendee-list", () =>
      draft(
        docs("Meeting notes"),
        pick(["clipboard", "typed"]),
        cat(
          "Attendees: ",
          nameOf(),
          ", ",
          nameOf(),
          ", ",
          nameOf(),
          "\nApologies: ",
          nameOf(),
          "\n\nAgenda\n1. Budget\n2. Hiring plan",
        ),
      ),
    ),
    pos("co-authored-by", () => {
      const p = v.person();
      return draft(
        terminal(),
        "typed",
        cat(
          'git commit -m "fix rounding in invoice totals" -m "Co-authored-by: ',
          nameOf(p),
          " <",
          L("email", v.workEmail(p)),
          '>"',
        ),
      );
    }),
    pos("honorific-surname", () => {
      const p = v.person();
      return draft(
        mail(pick(["Re: Partnership", "Proposal", "Termin"])),
        "typed",
        pick([
          () =>
            cat(
              pick(["Dear Dr. ", "Dear Ms ", "Dear Mr "]),
              L("name", p.family),
              ",\n\nthank you for your time on Tuesday.",
            ),
          () =>
            cat(
              pick(["Sehr geehrter Herr ", "Sehr geehrte Frau ", "Sehr geehrte Frau Dr. "]),
              L("name", p.family),
              ",\n\nvielen Dank für Ihre Rückmeldung.",
            ),
          () =>
            cat(
              pick(["Estimado Sr. ", "Estimada Sra. "]),
              L("name", p.family),
              ":\n\nle agradezco su respuesta.",
            ),
          () =>
            cat(
              pick(["Chère Madame ", "Cher Monsieur "]),
              L("name", p.family),
              ",\n\nmerci pour votre retour rapide.",
            ),
        ])(),
      );
    }),
    pos("crm-screen", () =>
      draft(
        browser(
          "Contact · HubSpot",
          `https://app.hubspot.com/contacts/${int(1000000, 9999999)}/record/0-1/${int(10000, 99999)}`,
        ),
        "screen",
        cat(
          "Contact owner\n",
          nameOf(),
          "\nLast activity 2 days ago\nAssociated company: Brightwater Logistics\nLifecycle stage: Opportunity",
        ),
      ),
    ),
    pos("name-in-jira-title", () => {
      const key = ticketKey();
      return draft(browser("Jira"), "title", cat(`[${key}] Laptop return for `, nameOf(), " - Jira"));
    }),
    pos("name-in-prompt", () =>
      toAssistant(
        cat(
          "Rewrite this intro more warmly: \"I'm ",
          nameOf(),
          ", I lead the data team and I'll be your contact for the migration.\"",
        ),
      ),
    ),
    pos("home-directory-username", () => {
      const p = v.person();
      const user = `${v.fold(p.given).replace(/[^a-z]/g, "")}.${v.fold(p.family).replace(/[^a-z]/g, "")}`;
      return draft(
        terminal(),
        pick(["screen", "clipboard"]),
        pick([
          () =>
            cat(
              "Error: ENOENT: no such file or directory, open '/Users/",
              L("name", user),
              "/work/atlas/.env'",
            ),
          () => cat("C:\\Users\\", L("name", user), "\\Downloads\\invoice_march.pdf"),
          () => cat("/home/", L("name", user), "/src/ledger/node_modules/.bin/tsc: Permission denied"),
        ])(),
      );
    }),
    pos("accepted-invite-title", () =>
      draft(
        { app: "Microsoft Outlook" },
        "title",
        cat(
          pick(["Accepted: Budget review - ", "Declined: Vendor demo - ", "Zugesagt: Jour fixe - "]),
          nameOf(),
          " - Outlook",
        ),
      ),
    ),
    neg("placeholder-person", () =>
      draft(
        docs("Form design"),
        pick(["typed", "screen"]),
        plain(
          `${pick(["Placeholder for the name field: ", "Example: ", "z.B. ", "p. ej. "])}${pick(placeholderPersons)}`,
        ),
      ),
    ),
    neg("named-place-or-thing", () =>
      draft(
        workChat(),
        chatChannel(),
        plain(
          pick([
            "booked the Ada Lovelace room for the retro, the big one is taken",
            "flight lands at Charles de Gaulle T2E at 9:40",
            "they're at the Alan Turing Institute on Thursday",
            "landing at Adolfo Suárez Madrid-Barajas, I'll grab a taxi",
            "the Nobel Prize lecture stream is on the TV in the lobby",
            "meeting at Leonardo da Vinci airport is cancelled, Fiumicino is on strike",
            "Mercedes-Benz sent the fleet invoice twice",
            "the Tommy Hilfiger order for the team hoodies shipped",
          ]),
        ),
      ),
    ),
    neg("streets-and-stations-named-after-people", () =>
      draft(
        workChat(),
        chatChannel(),
        plain(
          pick([
            "meet at the Karl-Marx-Allee U-Bahn exit, the cafe is right there",
            "traffic on Boulevard Haussmann is awful, take the metro",
            "the hotel is near Estación de Atocha-Almudena Grandes",
            "our table is at Churchill's on the corner, can't miss it",
            "the Rembrandtplein bar is booked for the Amsterdam offsite",
          ]),
        ),
      ),
    ),
    neg("role-title-no-name", () =>
      draft(
        docs(pick(["Org chart", "Team wiki"])),
        pick(["typed", "clipboard"]),
        plain(
          pick([
            "Head of Finance (vacant)\nReports to: CFO\nBackfill approved",
            "Product owner: TBD\nTech lead: TBD",
            "Verantwortlich: Teamleitung Buchhaltung",
            "Owner: platform-team",
          ]),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- postal addresses

const addressLead = [
  "my new address from the 1st is ",
  "can you send the hardware to ",
  "Neue Anschrift ab Januar: ",
  "nouvelle adresse pour la paie : ",
  "mi dirección nueva es ",
  "spedite pure il badge a ",
  "ship the monitor to my place please: ",
];

const addresses: Family = {
  name: "postal-addresses",
  count: 215,
  templates: [
    pos("address-in-chat", () =>
      draft(workChat(), chatChannel(), cat(pick(addressLead), L("address", v.address().line))),
    ),
    pos("address-block-in-mail", () => {
      const p = v.person();
      const a = v.address();
      return draft(
        mail(pick(["Delivery address", "Adresse de livraison", "Lieferadresse"])),
        pick(["typed", "clipboard"]),
        cat(nameOf(p), "\n", L("address", a.block), a.country === "US" ? "\nUSA" : ""),
      );
    }),
    pos("shipping-form", () =>
      draft(
        browser(
          pick([
            "Checkout – Shipping | Office Depot",
            "Lieferung – Amazon.de Kasse",
            "Adresse de livraison – Fnac",
          ]),
          "https://www.example-shop.test/checkout/shipping",
        ),
        "typed",
        cat(L("address", v.address(["US", "DE", "FR", "GB", "ES"]).line)),
      ),
    ),
    pos("map-url", () => {
      const a = v.address();
      const encoded = encodeURIComponent(a.line).replace(/%20/g, "+");
      return draft(
        browser("Google Maps"),
        "url",
        cat(
          "https://www.google.com/maps/place/",
          L("address", encoded),
          `/@${int(35, 59)}.${v.digitString(6)},${int(-9, 24)}.${v.digitString(6)},17z`,
        ),
      );
    }),
    pos("directions-title", () => {
      const a = v.address();
      return draft(browser("Maps"), "title", cat("Directions to ", L("address", a.line), " – Google Maps"));
    }),
    pos("signature-with-address", () => {
      const p = v.person();
      const a = v.address(["DE", "FR", "ES", "IT", "NL", "GB", "US", "PL", "SE", "DK", "CZ", "AT", "BE"]);
      return draft(
        mail("Re: Lieferung"),
        "typed",
        cat("Thanks,\n", nameOf(p), "\nHome office: ", L("address", a.line)),
      );
    }),
    pos("address-change-to-hr", () => {
      const a = v.address(["IN", "BR", "MX", "CA", "AU", "IE", "CH", "PT", "FI", "NO"]);
      return draft(
        browser("Personal info – Workday", "https://wd3.myworkday.com/quillmark/d/task/2997$2105.htmld"),
        "typed",
        cat(L("address", a.line)),
      );
    }),
    pos("address-to-assistant", () =>
      toAssistant(
        cat(
          "Write a short note to my landlord at ",
          L("address", v.address().line),
          " saying the heating has been broken since Monday.",
        ),
      ),
    ),
    neg("street-without-number", () =>
      draft(
        workChat(),
        chatChannel(),
        plain(
          typo(
            pick([
              "lunch at that ramen place on Kastanienallee?",
              "the office moves to the Schwanthalerhöhe area next spring",
              "we're meeting outside Gare de Lyon, by the clock",
              "the cab is stuck on Calle de Toledo, 5 min late",
              "anyone parking near Baker Street station tomorrow?",
              "Gate B12, Terminal 2, boarding at 14:05",
            ]),
          ),
        ),
      ),
    ),
    neg("desk-and-room-codes", () =>
      draft(
        docs("Seating plan"),
        pick(["typed", "screen"]),
        plain(
          pick([
            "Building 4, Floor 2, Desk 2.14 – hot desk",
            "Room 3.07 (Level 3, east wing), 12 seats",
            "Bau 7 / Etage 2 / Raum 2.114",
            "Salle 4B – 2e étage",
            "Sala 2.3 – planta 2, junto a la cocina",
            "Desk 5.021 (quiet zone), monitor broken",
            "Locker 118 – basement, next to the bike racks",
          ]),
        ),
      ),
    ),
    neg("api-route-and-games", () =>
      draft(
        editor(pick(["routes.ts", "addresses.controller.ts", "schema.graphql"])),
        "typed",
        plain(
          pick([
            "GET /api/v2/addresses/1847?include=geo",
            "router.delete('/users/:id/addresses/:addressId', removeAddress)",
            "type Address { street: String! postcode: String! city: String! }",
            "// TODO validate postcode length (5 for DE, 4-8 for GB)",
          ]),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- national ids

interface IdKind {
  label: string;
  values: readonly string[];
  form: string;
}
const idKinds: readonly IdKind[] = [
  { label: "SSN", values: v.ssns, form: "Employee tax info – ADP" },
  { label: "National Insurance number", values: v.ninos, form: "New starter checklist – HMRC" },
  { label: "Steuer-ID", values: v.steuerIds, form: "Personalfragebogen – Personio" },
  { label: "BSN", values: v.bsns, form: "Persoonsgegevens – AFAS" },
  { label: "n° de sécurité sociale", values: v.nirs, form: "Dossier salarié – PayFit" },
  { label: "DNI", values: v.dnis, form: "Alta empleado – A3innuva" },
  { label: "NIE", values: v.nies, form: "Datos personales – Factorial" },
  { label: "codice fiscale", values: v.codiciFiscali, form: "Anagrafica dipendente – Zucchetti" },
  { label: "PESEL", values: v.pesels, form: "Dane pracownika – Kadry" },
  { label: "personnummer", values: v.personnummer, form: "Personaluppgifter – Visma" },
  { label: "CPR-nummer", values: v.cprs, form: "Medarbejderdata – Danløn" },
  { label: "henkilötunnus", values: v.hetus, form: "Henkilötiedot – Netvisor" },
  { label: "AHV-Nummer", values: v.ahvs, form: "Personalstamm – Abacus" },
  { label: "NIF", values: v.nifsPt, form: "Dados do colaborador – Primavera" },
  { label: "Aadhaar", values: v.aadhaars, form: "KYC details – greytHR" },
  { label: "fødselsnummer", values: v.fodselsnummer, form: "Personalia – Tripletex" },
  { label: "numéro national", values: v.belgianNumbers, form: "Données personnelles – SD Worx" },
  { label: "CPF", values: v.cpfs, form: "Cadastro de colaborador – Gupy" },
  { label: "CNP", values: v.cnps, form: "Date angajat – Smartbill" },
  { label: "TC Kimlik No", values: v.tcKimlik, form: "Personel bilgileri – Kolay İK" },
  { label: "rodné číslo", values: v.rodnaCisla, form: "Osobní údaje – Pohoda" },
  { label: "AMKA", values: v.amkas, form: "Στοιχεία εργαζομένου – Epsilon" },
  { label: "NHS number", values: v.nhsNumbers, form: "Occupational health referral – Cority" },
];

const nationalIds: Family = {
  name: "national-ids",
  count: 220,
  templates: [
    pos("bare-id-in-onboarding-form", () => {
      const kind = pick(idKinds);
      return draft(
        browser(kind.form, `https://onboarding.${v.company.domain}/forms/${v.hex(6)}`),
        pick(["typed", "keys"]),
        cat(L("national-id", pick(kind.values))),
      );
    }),
    pos("id-in-chat-to-payroll", () => {
      const kind = pick(idKinds);
      return draft(
        workChat(),
        chatChannel(),
        cat(
          pick(["here's my ", "payroll asked for my ", "sorry, forgot the ", "my "]),
          kind.label,
          pick([": ", " is ", " → "]),
          L("national-id", pick(kind.values)),
          pick(["", " – let me know if you need a copy", " (just for the tax form)"]),
        ),
      );
    }),
    pos("id-row-in-sheet", () => {
      const kind = pick(idKinds);
      const p = v.person();
      return draft(
        sheet(pick(["new_starters_jan", "Payroll import", "Lohnabrechnung_Stammdaten"])),
        "clipboard",
        cat(
          nameOf(p),
          "\t",
          `${int(1, 28)}.${int(1, 12)}.${int(1962, 2002)}`,
          "\t",
          L("national-id", pick(kind.values)),
          "\t",
          pick(["Engineering", "Sales", "Finance"]),
        ),
      );
    }),
    pos("id-in-mail-native-language", () => {
      const lines = [
        () =>
          cat(
            "Anbei meine Steuer-Identifikationsnummer: ",
            L("national-id", pick(v.steuerIds)),
            "\nViele Grüße",
          ),
        () =>
          cat(
            "Mon numéro de sécu est le ",
            L("national-id", pick(v.nirs)),
            ", je vous envoie l'attestation demain.",
          ),
        () => cat("Te paso mi DNI para el contrato: ", L("national-id", pick(v.dnis))),
        () => cat("Il mio codice fiscale è ", L("national-id", pick(v.codiciFiscali)), ", grazie"),
        () => cat("Mijn BSN is ", L("national-id", pick(v.bsns)), " – graag bevestigen als het verwerkt is."),
        () => cat("Mój PESEL: ", L("national-id", pick(v.pesels))),
        () => cat("Mitt personnummer är ", L("national-id", pick(v.personnummer)), "."),
        () => cat("Hetuni on ", L("national-id", pick(v.hetus)), ", kiitos!"),
        () => cat("My NI number is ", L("national-id", pick(v.ninos)), " if HMRC asks again"),
        () => cat("SSN for the I-9 is ", L("national-id", pick(v.ssns)), ", scanned card attached"),
        () => cat("Meu CPF: ", L("national-id", pick(v.cpfs)), " (pra nota fiscal)"),
      ];
      return draft(
        mail(pick(["Unterlagen", "Documents contrat", "Payroll details", "Datos"])),
        "typed",
        pick(lines)(),
      );
    }),
    pos("id-on-screen-form", () => {
      const kind = pick(idKinds);
      const p = v.person();
      return draft(
        browser(kind.form),
        "screen",
        cat(
          "Legal name\n",
          nameOf(p),
          "\n",
          kind.label,
          "\n",
          L("national-id", pick(kind.values)),
          "\nStatus: Submitted ✓",
        ),
      );
    }),
    pos("id-to-assistant", () =>
      toAssistant(
        cat(
          "Is ",
          L("national-id", pick([...v.steuerIds, ...v.dnis, ...v.ninos, ...v.pesels])),
          " a valid format for a tax id? my payroll tool rejects it",
        ),
      ),
    ),
    pos("id-in-internal-url", () => {
      const kinds: [string, readonly string[]][] = [
        ["bsn", v.bsns],
        ["dni", v.dnis],
        ["pesel", v.pesels],
        ["cpf", v.cpfs],
        ["ssn", v.ssns],
      ];
      const [param, values] = pick(kinds);
      return draft(
        browser("Employee lookup"),
        "url",
        cat(
          `https://hr-tools.${v.company.domain}/lookup?${param}=`,
          L("national-id", pick(values).replace(/[ .-]/g, "")),
          "&tab=payroll",
        ),
      );
    }),
    neg("id-field-hints", () =>
      draft(
        browser(pick(idKinds).form),
        pick(["screen", "typed"]),
        plain(
          pick([
            "Steuer-ID (11 Ziffern, ohne Leerzeichen)",
            "SSN: ___-__-____",
            "AHV-Nummer: 756.XXXX.XXXX.XX",
            "PESEL – 11 cyfr",
            "NIE: letra + 7 dígitos + letra",
            "BSN moet 9 cijfers bevatten",
          ]),
        ),
      ),
    ),
    neg("employee-and-order-numbers", () =>
      draft(
        workChat(),
        chatChannel(),
        plain(
          pick([
            `employee number EMP-${int(1000, 99999)} is missing from the export`,
            `Bestellnummer ${v.digitString(11)} ist noch nicht geliefert`,
            `facture n° ${int(2025, 2026)}-${v.digitString(6)} payée hier`,
            `pedido ${v.digitString(10)} enviado`,
            `the ISBN on the order was 978-${int(1, 9)}-${v.digitString(4)}-${v.digitString(4)}-X, can you check?`,
            `invoice INV-${v.digitString(8)} bounced, resend to accounts`,
          ]),
        ),
      ),
    ),
    neg("id-like-numbers-in-logs", () =>
      draft(
        terminal(),
        pick(["screen", "clipboard"]),
        plain(
          `${pick(["2026-03-", "2026-11-"])}${int(10, 28)}T${int(10, 23)}:${int(10, 59)}:${int(10, 59)}.${v.digitString(3)}Z INFO request_id=${v.hex(12)} duration_ms=${int(3, 900)} rows=${int(1, 99999)}`,
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- passports

const countryNames: Record<string, string> = {
  USA: "US",
  GBR: "UK",
  D: "German",
  FRA: "French",
  ESP: "Spanish",
  ITA: "Italian",
  NLD: "Dutch",
  POL: "Polish",
  IND: "Indian",
  SWE: "Swedish",
  BRA: "Brazilian",
  JPN: "Japanese",
  CAN: "Canadian",
  NGA: "Nigerian",
  MEX: "Mexican",
  IRL: "Irish",
  PRT: "Portuguese",
  CHE: "Swiss",
  UKR: "Ukrainian",
  KOR: "Korean",
};

const passports: Family = {
  name: "passports",
  count: 210,
  templates: [
    pos("passport-in-travel-chat", () => {
      const r = pick(v.passportsMrz);
      return draft(
        workChat(),
        chatChannel(),
        cat(
          pick([
            "for the Lisbon offsite booking: ",
            "travel desk needs it, so: ",
            "passport no. for the visa letter → ",
          ]),
          countryNames[r.country] ?? "",
          " passport ",
          L("passport", r.number),
          pick([", expires 2031", "", " (renewed last month)"]),
        ),
      );
    }),
    pos("bare-passport-in-booking-form", () => {
      const r = pick(v.passportsMrz);
      return draft(
        browser(
          pick([
            "Passenger details – Lufthansa",
            "Advance Passenger Information – British Airways",
            "Datos del pasajero – Iberia",
            "Travel profile – Navan",
          ]),
          "https://www.navan.com/app/user/travel-profile",
        ),
        pick(["typed", "keys"]),
        cat(L("passport", r.number)),
      );
    }),
    pos("mrz-clipboard", () => {
      const r = pick(v.passportsMrz);
      return draft(
        docs("Visa application"),
        "clipboard",
        cat(r.line1, "\n", L("passport", r.number), r.line2.slice(r.number.length)),
      );
    }),
    pos("passport-with-holder", () => {
      const r = pick(v.passportsMrz);
      return draft(
        mail(pick(["Invitation letter", "Einladungsschreiben Visum", "Lettre d'invitation"])),
        "typed",
        cat(
          "Full name: ",
          L("name", `${r.given} ${r.surname}`),
          "\nNationality: ",
          countryNames[r.country] ?? r.country,
          "\nPassport number: ",
          L("passport", r.number),
          "\nPurpose: business meetings at our Madrid office",
        ),
      );
    }),
    pos("passport-native", () => {
      const r = pick(v.passportsMrz);
      return draft(
        workChat(),
        chatChannel(),
        pick([
          cat("Reisepassnummer ", L("passport", r.number), ", gültig bis 2032"),
          cat("mon numéro de passeport : ", L("passport", r.number)),
          cat("número de pasaporte ", L("passport", r.number), ", caduca en 2030"),
          cat("numer paszportu ", L("passport", r.number)),
          cat("passnummer ", L("passport", r.number), " om det behövs"),
        ]),
      );
    }),
    pos("passport-to-assistant", () => {
      const r = pick(v.passportsMrz);
      return toAssistant(
        cat(
          "Fill this visa form for me: name ",
          L("name", `${r.given} ${r.surname}`),
          ", passport ",
          L("passport", r.number),
          ", arriving 12 May, leaving 19 May.",
        ),
      );
    }),
    neg("booking-references", () =>
      draft(
        workChat(),
        chatChannel(),
        plain(
          pick([
            `PNR ${v.upperAlnum(6).replace(/[0-9]/g, "K")} – seat 14C on LH${int(100, 2999)}`,
            `e-ticket 220-${v.digitString(10)}, boarding 06:55`,
            `flight IB${int(3000, 3999)} delayed, new gate K${int(60, 99)}`,
            `Buchungsnummer ${v.upperAlnum(6).replace(/[0-9]/g, "Q")} für das Hotel in Lyon`,
            "passport photo booth is on the ground floor next to the post office",
          ]),
        ),
      ),
    ),
    neg("passport-js", () =>
      draft(
        editor(pick(["auth.ts", "package.json", "strategies/local.js"])),
        "typed",
        plain(
          pick([
            "import passport from 'passport';\npassport.use(new LocalStrategy(verifyUser));",
            '"passport": "^0.7.0",\n"passport-jwt": "^4.0.1",',
            "app.use(passport.session()); // must come after express-session",
            "// passport.authenticate('google', { scope: ['profile'] }) on /auth/google",
            "npm ls passport → passport@0.7.0 deduped",
            "const { Strategy: SamlStrategy } = require('passport-saml');",
          ]),
        ),
      ),
    ),
    neg("travel-policy-text", () =>
      draft(
        docs("Travel policy"),
        pick(["screen", "typed"]),
        plain(
          pick([
            "Your passport must be valid for at least six months after the return date.",
            "Der Reisepass muss bei Einreise noch mindestens drei Monate gültig sein.",
            "Machine readable zone: see ICAO Doc 9303, part 4.",
            "Passport numbers are never stored in Navan notes; use the traveller profile.",
          ]),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- bank details

/**
 * A valid IBAN with its check digits shifted: mod 97 admits one pair of check
 * digits per account, so the shifted one always fails, as a mistyped IBAN does.
 */
function wrongCheckIban(): string {
  const iban = pick(v.ibans);
  const check = Number(iban.slice(2, 4));
  const shifted = 2 + ((check - 2 + int(1, 95)) % 97);
  return `${iban.slice(0, 2)}${String(shifted).padStart(2, "0")}${iban.slice(4)}`;
}
const ibanCompact = (iban: string) => (chance(0.35) ? iban.replace(/ /g, "") : iban);
const usAccount = () => v.digitString(int(8, 12)).replace(/^0/, "4");
const sortCode = () =>
  `${pick(["20", "40", "60", "30", "09", "11", "77", "83"])}-${v.digitString(2)}-${v.digitString(2)}`;
const ukAccount = () => `${int(1, 9)}${v.digitString(7)}`;

const bank: Family = {
  name: "bank-details",
  count: 215,
  templates: [
    pos("iban-in-chat", () =>
      draft(
        workChat(),
        chatChannel(),
        cat(
          pick([
            "new IBAN for my salary from next month: ",
            "Neue Bankverbindung: IBAN ",
            "pour le remboursement : ",
            "mi IBAN es ",
            "rimborso sul conto ",
          ]),
          L("iban", ibanCompact(pick(v.ibans))),
        ),
      ),
    ),
    pos("iban-with-holder", () => {
      const p = v.person();
      return draft(
        mail(pick(["Rechnung 2026-114", "Facture F-3310", "Invoice 7781"])),
        "typed",
        cat(
          pick(["Kontoinhaber: ", "Titulaire : ", "Account holder: "]),
          nameOf(p),
          "\nIBAN: ",
          L("iban", pick(v.ibans)),
          pick(["\nVerwendungszweck: Rechnung 2026-114", "\nRéférence : F-3310", "\nReference: INV-7781"]),
        ),
      );
    }),
    pos("aba-and-account", () =>
      draft(
        browser("Direct deposit – Gusto", "https://app.gusto.com/employee/direct-deposit"),
        "screen",
        cat(
          "Routing number\n",
          L("routing-number", pick(v.abaRouting)),
          "\nAccount number\n",
          L("bank-account", usAccount()),
          "\nAccount type: Checking",
        ),
      ),
    ),
    pos("aba-in-chat", () =>
      draft(
        workChat(),
        chatChannel(),
        cat(
          pick(["wire it to routing ", "ACH details – routing ", "rtg "]),
          L("routing-number", pick(v.abaRouting)),
          pick([", acct ", " account ", " / acct# "]),
          L("bank-account", usAccount()),
        ),
      ),
    ),
    pos("sort-code-and-account", () =>
      draft(
        pick([workChat(), mail("Expenses")]),
        pick(["typed", "keys", "clipboard"]),
        cat(
          pick(["sort code ", "Sort: ", "pay it into "]),
          L("routing-number", sortCode()),
          pick([" acc ", ", account no. ", " / "]),
          L("bank-account", ukAccount()),
          pick([" – thanks!", "", " (Monzo)"]),
        ),
      ),
    ),
    pos("bare-iban-in-form", () =>
      draft(
        browser(
          pick([
            "Bankverbindung – Personio",
            "Coordonnées bancaires – PayFit",
            "Datos bancarios – Factorial",
            "Bank details – Workday",
          ]),
        ),
        pick(["typed", "keys"]),
        cat(L("iban", pick(v.ibans).replace(/ /g, ""))),
      ),
    ),
    pos("iban-to-assistant", () =>
      toAssistant(
        cat(
          "Draft a polite reminder that invoice 2291 is unpaid, payment to IBAN ",
          L("iban", pick(v.ibans)),
          ", due in 14 days.",
        ),
      ),
    ),
    neg("bic-and-invoice-totals", () =>
      draft(
        workChat(),
        chatChannel(),
        plain(
          pick([
            "their BIC is DEUTDEFFXXX, the IBAN is in the vendor master",
            `invoice total €${int(1, 99)}.${v.digitString(3)},${v.digitString(2)} incl. VAT`,
            "SWIFT/BIC: BNPAFRPP – ask AP for the rest",
            "IBAN ending •••• 7305 is the one on file",
            `sum of payments ${v.digitString(3)}.${v.digitString(3)}.${v.digitString(3)},00 EUR for the quarter`,
          ]),
        ),
      ),
    ),
    neg("cloud-accounts-and-routing-tables", () =>
      draft(
        terminal(),
        pick(["typed", "screen"]),
        plain(
          pick([
            `aws sts assume-role --role-arn arn:aws:iam::${v.digitString(12)}:role/deploy --role-session-name ci`,
            `ip route add 10.${int(0, 255)}.0.0/16 via 10.0.0.1 table ${int(100, 250)}`,
            `gcloud config set project ledger-prod-${v.digitString(6)}`,
            `stripe payouts list --limit 3 # acct_${v.alnum(16)}`,
          ]),
        ),
      ),
    ),
    neg("wrong-check-iban", () =>
      draft(
        docs("AP exceptions"),
        pick(["typed", "screen"]),
        plain(
          `${pick(["rejected (checksum): ", "bank says invalid: ", "Prüfziffer falsch: ", "IBAN erronée : "])}${wrongCheckIban()} – vendor to resend`,
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- cards

/** The Luhn check digit for `body`, for IMEIs: device ids that pass Luhn and are no cards. */
function luhnDigit(body: string): string {
  let sum = 0;
  for (let n = 0; n < body.length; n++) {
    let digit = Number(body.charAt(body.length - 1 - n));
    if (n % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return String((10 - (sum % 10)) % 10);
}
const cardCompact = (card: string) =>
  chance(0.3) ? card.replace(/ /g, "") : chance(0.2) ? card.replace(/ /g, "-") : card;
const expiry = () => `${String(int(1, 12)).padStart(2, "0")}/${int(27, 31)}`;

const cards: Family = {
  name: "cards",
  count: 215,
  templates: [
    pos("card-in-chat", () =>
      draft(
        workChat(),
        chatChannel(),
        cat(
          ...(chance(0.2)
            ? [
                "company Amex is ",
                L("card", cardCompact(pick(v.cards.filter((card) => /^3[47]/.test(card))))),
              ]
            : [
                pick([
                  "use the team card for the conference tickets: ",
                  "Firmenkarte: ",
                  "la tarjeta de empresa: ",
                  "carte pro : ",
                ]),
                L("card", cardCompact(pick(v.cards))),
              ]),
          pick(["", ` exp ${expiry()}`, ` exp ${expiry()} cvc ${v.digitString(3)}`]),
        ),
      ),
    ),
    pos("card-in-checkout", () =>
      draft(
        browser(
          pick([
            "Checkout – Eventbrite",
            "Payment – Booking.com",
            "Zahlung – Deutsche Bahn",
            "Paiement sécurisé – SNCF Connect",
          ]),
          "https://checkout.stripe.com/c/pay/cs_live_a1",
        ),
        pick(["typed", "keys"]),
        cat(L("card", cardCompact(pick(v.cards)))),
      ),
    ),
    pos("card-on-messenger", () =>
      draft(
        messenger(),
        pick(["typed", "keys"]),
        cat(
          pick(["mum's card for the flights: ", "here's my card, book both seats: ", "la carte de papa : "]),
          L("card", pick(v.cards)),
          " ",
          expiry(),
        ),
      ),
    ),
    pos("card-in-expense-note", () => {
      const p = v.person();
      return draft(
        sheet(pick(["Expenses Nov", "Corporate cards"])),
        "clipboard",
        cat(
          nameOf(p),
          "\t",
          L("card", pick(v.cards)),
          "\t",
          expiry(),
          "\t",
          pick(["Travel", "Software", "Client dinner"]),
        ),
      );
    }),
    pos("card-to-assistant", () =>
      toAssistant(
        cat(
          "why does my card ",
          L("card", pick(v.cards)),
          " keep getting declined on a US site when I'm in Europe?",
        ),
      ),
    ),
    neg("test-cards", () =>
      draft(
        editor(pick(["checkout.spec.ts", "stripe.test.js", "fixtures/payments.json"])),
        "typed",
        plain(
          pick([
            "fill('#card', '5555 5555 5555 4444') // Stripe Mastercard test",
            "const declined = '4000 0000 0000 0002';",
            '"amex_test": "3782 822463 10005",',
            "cy.get('[name=cardnumber]').type('6011 1111 1111 1117')",
          ]),
        ),
      ),
    ),
    neg("masked-and-failing-numbers", () =>
      draft(
        workChat(),
        chatChannel(),
        plain(
          pick([
            `card ending ${v.digitString(4)} was charged twice`,
            `**** **** **** ${v.digitString(4)} expired, please update billing`,
            `gift card code ${v.upperAlnum(4)}-${v.upperAlnum(4)}-${v.upperAlnum(4)}`,
            `support said ${pick(v.luhnFailing)} isn't a valid number`,
          ]),
        ),
      ),
    ),
    neg("imei-and-tracking", () => {
      const imei = `35${v.digitString(12)}`;
      return draft(
        tracker(ticketKey()),
        pick(["typed", "screen"]),
        plain(
          pick([
            `replacement phone IMEI ${imei}${luhnDigit(imei)}, enrolled in Intune`,
            `UPS 1Z${v.upperAlnum(6).replace(/[0-9]/g, "X")}${v.digitString(10)} – laptop on its way`,
            `FedEx tracking ${v.digitString(12)}, arrives Thursday`,
            `serial C02${v.upperAlnum(8)}, asset tag QM-${v.digitString(5)}`,
          ]),
        ),
      );
    }),
  ],
};

// ---------------------------------------------------------------- phone numbers

const phoneAs = (r: v.PhoneRecord) =>
  chance(0.5) ? r.international : chance(0.7) ? r.national : r.international.replace(/[ -]/g, "");

const phones: Family = {
  name: "phone-numbers",
  count: 215,
  templates: [
    pos("call-me-on", () =>
      draft(
        workChat(),
        chatChannel(),
        cat(
          pick([
            "call me on ",
            "I'm on my mobile: ",
            "ruf mich kurz an: ",
            "appelle-moi au ",
            "llámame al ",
            "my cell is ",
            "chiamami al ",
          ]),
          L("phone", phoneAs(v.phone())),
          pick(["", " – the office line is dead", " after 6"]),
        ),
      ),
    ),
    pos("national-format-regional", () => {
      const r = v.phone(["US", "GB", "DE", "FR", "ES"]);
      return draft(
        workChat(),
        chatChannel(),
        cat(pick(["new number: ", "Handy: ", "tel. ", "móvil: "]), L("phone", r.national)),
      );
    }),
    pos("signature-with-phone", () => {
      const p = v.person();
      return draft(
        mail(pick(["Re: kick-off", "Angebot", "Devis"])),
        "typed",
        cat(
          "Kind regards\n",
          nameOf(p),
          "\nAccount Executive, ",
          v.company.name,
          "\nM ",
          L("phone", v.phone().international),
          "\n",
          L("email", v.workEmail(p)),
        ),
      );
    }),
    pos("phone-in-messenger-title", () => {
      const r = v.phone();
      return draft(
        { app: pick(["WhatsApp", "Signal", "Telegram"]) },
        "title",
        cat(L("phone", r.international)),
      );
    }),
    pos("tel-url", () => {
      const r = v.phone();
      return draft(browser("Contact"), "url", cat("tel:", L("phone", r.international.replace(/[ -]/g, ""))));
    }),
    pos("phone-in-form", () =>
      draft(
        browser(
          pick(["Emergency contact – Workday", "Notfallkontakt – Personio", "Contact d'urgence – Lucca"]),
        ),
        pick(["typed", "keys"]),
        cat(L("phone", phoneAs(v.phone()))),
      ),
    ),
    pos("phone-for-family-member", () =>
      draft(
        workChat(),
        chatChannel(),
        cat(
          pick([
            "if anything happens while I'm away, my partner's number is ",
            "emergency contact – my sister, ",
            "mi madre: ",
          ]),
          L("phone", phoneAs(v.phone())),
        ),
      ),
    ),
    pos("whatsapp-link", () => {
      const r = v.phone();
      return draft(
        browser("WhatsApp"),
        "url",
        cat(
          "https://wa.me/",
          L("phone", r.international.replace(/[^0-9]/g, "")),
          pick(["", "?text=Hi%2C%20about%20the%20flat"]),
        ),
      );
    }),
    neg("freephone-and-fictional", () =>
      draft(
        workChat(),
        chatChannel(),
        plain(
          pick([
            "the vendor hotline is 0800 917 4420, free from UK landlines",
            "call 1-800-555-0142 for the AT&T support queue",
            "Hotline (kostenlos): 0800 330 1000",
            "in the demo video the number is (555) 0199, obviously fake",
            "numéro vert 0 800 123 456 pour les arrêts de travail",
            "dial 112 if it's urgent, the concierge number is on the badge",
          ]),
        ),
      ),
    ),
    neg("timestamps-and-counters", () =>
      draft(
        terminal(),
        pick(["screen", "clipboard"]),
        plain(
          pick([
            `[2026-02-${int(10, 28)} 14:${int(10, 59)}:${int(10, 59)},${v.digitString(3)}] WARN pool exhausted (active=${int(20, 64)})`,
            `Processed ${int(1, 9)} ${v.digitString(3)} ${v.digitString(3)} rows in ${int(10, 99)}.${int(1, 9)} s`,
            `tracking 00340434${v.digitString(10)} (DHL)`,
            `build #${int(1000, 9999)} took ${int(2, 14)}m ${int(10, 59)}s`,
            `+${int(100, 999)} −${int(10, 99)} lines in ${int(3, 40)} files`,
          ]),
        ),
      ),
    ),
    neg("version-and-cve", () =>
      draft(
        workChat(),
        chatChannel(),
        plain(
          pick([
            `bump openssl to 3.${int(0, 4)}.${int(1, 15)}, CVE-2025-${int(10000, 49999)} is fixed there`,
            `the SKU is 40-${v.digitString(3)}-${v.digitString(4)}, qty 12`,
            "ISO 3166-1 alpha-2 codes only please",
            "bump node to 20.11.1 and pnpm to 9.1.4",
            "PO 4500-118-2277 approved, GR pending",
            `ext. ${int(2000, 4999)} is the front desk`,
          ]),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- e-mail and IP addresses

const privateIp = () =>
  pick([
    `10.${int(0, 255)}.${int(0, 255)}.${int(2, 254)}`,
    `192.168.${int(0, 255)}.${int(2, 254)}`,
    `172.${int(16, 31)}.${int(0, 255)}.${int(2, 254)}`,
  ]);
const publicIp = () =>
  `${pick([31, 46, 62, 77, 84, 91, 109, 151, 176, 185, 212, 217])}.${int(0, 255)}.${int(0, 255)}.${int(2, 254)}`;
const ipv6 = () => `2a02:${v.hex(4)}:${v.hex(4).replace(/^0+/, "") || "1"}:${v.hex(3)}::${v.hex(2)}`;

const contacts: Family = {
  name: "email-and-ip",
  count: 215,
  templates: [
    pos("email-in-chat", () => {
      const p = v.person();
      return draft(
        workChat(),
        chatChannel(),
        chance(0.3)
          ? cat(
              pick(["her private one is ", "use my personal address, ", "privat erreichst du mich unter "]),
              L("email", v.privateEmail(p)),
            )
          : cat(
              pick(["send it to ", "cc ", "add ", "schick es an "]),
              L("email", chance(0.5) ? v.privateEmail(p) : v.workEmail(p)),
              pick(["", " please", " to the invite"]),
            ),
      );
    }),
    pos("cc-line", () => {
      const a = v.person();
      const b = v.person();
      return draft(
        mail("Re: Q1 forecast"),
        "screen",
        cat(
          "From: ",
          nameOf(a),
          " <",
          L("email", v.workEmail(a)),
          ">\nCc: ",
          L("email", v.privateEmail(b)),
          "\nSubject: Re: Q1 forecast",
        ),
      );
    }),
    pos("email-in-login", () =>
      draft(
        browser(pick(["Sign in – Atlassian", "Anmelden – DATEV", "Log in | Figma"])),
        pick(["typed", "keys"]),
        cat(L("email", v.workEmail(v.person()))),
      ),
    ),
    pos("git-config-email", () =>
      draft(
        terminal(),
        "typed",
        cat('git config --global user.email "', L("email", v.privateEmail(v.person())), '"'),
      ),
    ),
    pos("mailto-url", () =>
      draft(
        browser("Compose"),
        "url",
        cat("mailto:", L("email", v.workEmail(v.person())), "?subject=Lunch%20Friday"),
      ),
    ),
    pos("ssh-to-host", () =>
      draft(
        terminal(),
        pick(["typed", "keys"]),
        cat(
          pick(["ssh deploy@", "ssh -i ~/.ssh/ops ubuntu@", "scp dump.sql admin@", "ping -c 3 "]),
          L("ip", privateIp()),
        ),
      ),
    ),
    pos("home-ip-allowlist", () =>
      draft(
        workChat(),
        chatChannel(),
        cat(
          pick([
            "can you allowlist my home IP ",
            "meine IP zu Hause ist ",
            "mon IP : ",
            "VPN is down, whitelist ",
          ]),
          L("ip", chance(0.8) ? publicIp() : ipv6()),
          pick(["", " on the bastion", " for the VPN"]),
        ),
      ),
    ),
    pos("access-log-line", () =>
      draft(
        terminal(),
        "clipboard",
        cat(
          L("ip", publicIp()),
          ` - - [12/Mar/2026:0${int(0, 9)}:${int(10, 59)}:${int(10, 59)} +0100] "POST /api/login HTTP/1.1" 401 ${int(90, 400)} "-" "Mozilla/5.0"`,
        ),
      ),
    ),
    neg("role-mailboxes-and-examples", () =>
      draft(
        workChat(),
        chatChannel(),
        plain(
          pick([
            `send receipts to accounts-payable@${v.company.domain}, not to me`,
            `security@${v.company.domain} is the right place for phishing reports`,
            "the docs use alice@example.org everywhere, replace before shipping",
            `no-reply@${v.company.domain} bounces are in the DLQ`,
            `careers@${v.company.domain} gets the CVs`,
          ]),
        ),
      ),
    ),
    neg("look-alike-handles", () =>
      draft(
        terminal(),
        pick(["typed", "screen"]),
        plain(
          pick([
            "npm i @quillmark/ledger-client@4.2.1",
            `docker pull nginx@sha256:${v.hex(64)}`,
            "git clone git@gitlab.com:quillmark/atlas.git",
            "deploy@ip-10-0-3-17.internal:~$ uptime",
            "pnpm add -D @types/node@20.11.5",
          ]),
        ),
      ),
    ),
    neg("non-host-numbers", () =>
      draft(
        workChat(),
        chatChannel(),
        plain(
          pick([
            `upgrade to ${int(1, 9)}.${int(0, 30)}.${int(0, 40)}.${int(0, 9)} fixes the leak`,
            "the VPC is 10.40.0.0/16 and the mask is 255.255.240.0",
            "OID 1.3.6.1.4.1.311 shows up in the cert",
            "bind to 0.0.0.0 in the container, 127.0.0.1 locally",
            "docs use 198.51.100.23 and 2001:db8::17 as examples",
            `section 4.${int(1, 9)}.${int(1, 9)}.${int(1, 9)} of the spec covers this`,
          ]),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- secrets in config, commands and connection strings

const words = [
  "harbor",
  "quince",
  "velvet",
  "mosaic",
  "tundra",
  "saffron",
  "gravel",
  "lantern",
  "orbit",
  "juniper",
  "pebble",
  "cobalt",
  "meadow",
  "falcon",
  "bramble",
];
const capitalised = (word: string) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
/** A password as people make them: words, digits and a symbol, or a generator's output. */
function password(): string {
  return pick([
    () =>
      `${pick(words)}${pick(["-", ".", "_", ""])}${pick(words)}${int(10, 99)}${pick(["!", "#", "?", "$", ""])}`,
    () => `${capitalised(pick(words))}${int(1980, 2025)}${pick(["!", "%", "&"])}`,
    () => v.draw("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!@#%^*", int(14, 22)),
    () => `${v.alnum(4)}-${v.alnum(4)}-${v.alnum(4)}`,
  ])();
}
const token = {
  github: () => `ghp_${v.alnum(36)}`,
  gitlab: () => `glpat-${v.alnum(20)}`,
  stripe: () => `sk_live_${v.alnum(24)}`,
  slackBot: () => `xoxb-${v.digitString(12)}-${v.digitString(13)}-${v.alnum(24)}`,
  openai: () => `sk-proj-${v.alnum(48)}`,
  anthropic: () => `sk-ant-api03-${v.alnum(86)}AA`,
  npm: () => `npm_${v.alnum(36)}`,
  google: () => `AIza${v.alnum(35)}`,
  sendgrid: () => `SG.${v.alnum(22)}.${v.alnum(43)}`,
  awsId: () => `AKIA${v.upperAlnum(16)}`,
  awsSecret: () => `${v.alnum(30)}/${v.alnum(9)}`,
  hexKey: () => v.hex(40),
  jwt: () => `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI${v.alnum(30)}.${v.alnum(43)}`,
};
const anyToken = () =>
  pick([
    token.github,
    token.gitlab,
    token.stripe,
    token.openai,
    token.npm,
    token.google,
    token.sendgrid,
    token.hexKey,
  ])();
const dbHost = () =>
  pick([
    "db-prod-1.internal",
    "ledger.cluster-c3x.eu-west-1.rds.amazonaws.com",
    "pg.atlas.svc",
    "mysql-replica-2",
    "mongo0.quillmark.net",
  ]);

const secretsInConfig: Family = {
  name: "secrets-in-config",
  count: 220,
  templates: [
    pos("env-file", () => {
      const key = pick([
        "STRIPE_SECRET_KEY",
        "GITHUB_TOKEN",
        "OPENAI_API_KEY",
        "SENDGRID_API_KEY",
        "MAPS_API_KEY",
        "NPM_TOKEN",
      ]);
      return draft(
        editor(pick([".env", ".env.production", ".env.local"])),
        pick(["typed", "clipboard"]),
        cat(`NODE_ENV=production\nLOG_LEVEL=info\n${key}=`, L("secret", anyToken()), "\nPORT=8080"),
      );
    }),
    pos("connection-string", () => {
      const [lead, scheme, port] = pick([
        ["DATABASE_URL=", "postgres", "5432"],
        ["psql ", "postgresql", "5432"],
        ["mongosh ", "mongodb", "27017"],
        ["url: ", "mysql", "3306"],
        ["SPRING_DATASOURCE_URL=jdbc:", "mysql", "3306"],
      ] as const);
      const user = pick(["ledger_app", "postgres", "svc_reporting", "admin"]);
      return draft(
        pick([editor("docker-compose.yml"), terminal(), workChat()]),
        pick(["typed", "clipboard"]),
        cat(
          lead,
          scheme,
          `://${user}:`,
          L("secret", password()),
          `@${dbHost()}:${port}/${pick(["ledger", "atlas", "reports"])}`,
        ),
      );
    }),
    pos("curl-bearer", () =>
      draft(
        terminal(),
        pick(["typed", "clipboard"]),
        cat(
          `curl -s -H "Authorization: Bearer `,
          L("secret", pick([token.jwt, anyToken])()),
          `" https://api.${v.company.domain}/v1/invoices?limit=5 | jq .`,
        ),
      ),
    ),
    pos("aws-credentials-file", () =>
      draft(
        editor("credentials"),
        "clipboard",
        cat(
          "[prod]\naws_access_key_id = ",
          L("secret", token.awsId()),
          "\naws_secret_access_key = ",
          L("secret", token.awsSecret()),
          "\nregion = eu-central-1",
        ),
      ),
    ),
    pos("docker-run-env", () =>
      draft(
        terminal(),
        "typed",
        cat(
          "docker run -d --name pg -e POSTGRES_PASSWORD=",
          L("secret", password()),
          " -p 5432:5432 postgres:16",
        ),
      ),
    ),
    pos("kubectl-secret", () =>
      draft(
        terminal(),
        "typed",
        cat(
          "kubectl create secret generic smtp --from-literal=username=mailer --from-literal=password=",
          L("secret", password()),
          " -n atlas",
        ),
      ),
    ),
    pos("npmrc-and-pip", () =>
      draft(
        editor(pick([".npmrc", "pip.conf"])),
        "typed",
        pick([
          cat("//registry.npmjs.org/:_authToken=", L("secret", token.npm())),
          cat(
            "[global]\nindex-url = https://ci:",
            L("secret", token.gitlab()),
            "@gitlab.quillmark.io/api/v4/projects/42/packages/pypi/simple",
          ),
        ]),
      ),
    ),
    pos("git-remote-with-token", () =>
      draft(
        terminal(),
        "typed",
        cat(
          "git remote set-url origin https://x-access-token:",
          L("secret", token.github()),
          "@github.com/quillmark/ledger.git",
        ),
      ),
    ),
    pos("yaml-config", () =>
      draft(
        editor(pick(["application.yml", "values.prod.yaml", "config/settings.yml"])),
        pick(["typed", "clipboard"]),
        cat(
          "smtp:\n  host: smtp.sendgrid.net\n  user: apikey\n  password: ",
          L("secret", token.sendgrid()),
          "\n  port: 587",
        ),
      ),
    ),
    pos("private-key", () => {
      const lines = Array.from({ length: int(4, 7) }, () =>
        v.draw("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 64),
      );
      return draft(
        editor("id_ed25519"),
        "clipboard",
        cat(
          L(
            "secret",
            `-----BEGIN OPENSSH PRIVATE KEY-----\n${lines.join("\n")}\n-----END OPENSSH PRIVATE KEY-----`,
          ),
        ),
      );
    }),
    pos("mysql-inline-password", () =>
      draft(
        terminal(),
        pick(["typed", "keys"]),
        cat(
          "mysql -h ",
          pick(["db-prod-1.internal", "127.0.0.1", "reporting-replica"]),
          " -u root -p",
          L("secret", password()),
          " ledger < backfill.sql",
        ),
      ),
    ),
    pos("basic-auth-header", () => {
      const encoded = Buffer.from(`ci-bot:${password()}`).toString("base64");
      return draft(
        terminal(),
        pick(["typed", "clipboard"]),
        cat(
          'curl -H "Authorization: Basic ',
          L("secret", encoded),
          `" https://nexus.${v.company.domain}/service/rest/v1/status`,
        ),
      );
    }),
    neg("references-and-placeholders", () =>
      draft(
        editor(pick(["deploy.yml", ".env.example", "config.ts"])),
        "typed",
        plain(
          pick([
            "STRIPE_SECRET_KEY=sk_live_replace_me\nGITHUB_TOKEN=<your token here>",
            // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, written as in a workflow file.
            "password: ${{ secrets.SMTP_PASSWORD }}",
            "const apiKey = process.env.OPENAI_API_KEY ?? throwMissing('OPENAI_API_KEY');",
            "DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/ledger",
            'aws_secret_access_key = {{ vault "aws/creds/ci" }}',
          ]),
        ),
      ),
    ),
    neg("hashes-and-ids", () =>
      draft(
        terminal(),
        pick(["screen", "clipboard", "typed"]),
        plain(
          pick([
            () =>
              `commit ${v.hex(40)}\nAuthor: release-bot <bot@${v.company.domain}>\n\n    chore: bump deps`,
            () => `"integrity": "sha512-${v.alnum(86)}=="`,
            () =>
              `request ${v.hex(8)}-${v.hex(4)}-4${v.hex(3)}-a${v.hex(3)}-${v.hex(12)} failed after 3 retries`,
            () => `$2b$12$${v.draw("./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 53)}`,
            () => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${v.alnum(43)} ops@laptop`,
          ])(),
        ),
      ),
    ),
    neg("password-policy-config", () =>
      draft(
        editor(pick(["auth.yml", "policy.json", "settings.py"])),
        "typed",
        plain(
          pick([
            "password_min_length: 14\npassword_require_symbol: true\nmax_login_attempts: 5",
            "PASSWORD_RESET_TIMEOUT = 3600  # seconds",
            '"tokenTtlSeconds": 900, "refreshTokenRotation": true',
            "AUTH_PASSWORD_VALIDATORS = [{'NAME': 'django.contrib.auth.password_validation.MinimumLengthValidator'}]",
            "bcrypt_rounds: 12\nsession_timeout_minutes: 30",
            "export const PASSWORD_FIELD = 'password'; // form field name, not a value",
            "otp:\n  digits: 6\n  period_seconds: 30\n  issuer: Quillmark",
          ]),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- secrets in prose, hand-overs and password fields

const secretsInProse: Family = {
  name: "secrets-in-prose",
  count: 220,
  templates: [
    pos("handover-in-chat", () =>
      draft(
        workChat(),
        chatChannel(),
        cat(
          pick([
            "the shared finance mailbox pw is ",
            "new password for the vendor portal: ",
            "das Passwort für den Router ist ",
            "le mot de passe du compte Canva : ",
            "la contraseña del wifi de invitados es ",
            "admin login for the NAS is admin / ",
          ]),
          L("secret", password()),
          pick(["", " – change it after", ", don't post it in #general", " 🙈"]),
        ),
      ),
    ),
    pos("handover-in-dm", () => {
      const p = v.person();
      return draft(
        dm(p),
        pick(["typed", "keys"]),
        cat(
          givenOf(p),
          pick([", while I'm on leave use ", " – the on-call laptop login is ", ", la clé du coffre : "]),
          L("secret", password()),
        ),
      );
    }),
    pos("otp-copied", () =>
      draft(
        pick([messenger(), workChat()]),
        pick(["clipboard", "typed"]),
        pick([
          () =>
            cat(
              "Your Microsoft verification code is ",
              L("secret", v.digitString(6)),
              ". Don't share it with anyone.",
            ),
          () =>
            cat(
              "can you read me the code from the shared phone? it's ",
              L("secret", v.digitString(6)),
              " right? expires in 30s",
            ),
          () => cat("Dein Bestätigungscode lautet ", L("secret", v.digitString(6))),
          () => cat("G-", L("secret", v.digitString(6)), " is your Google verification code."),
        ])(),
      ),
    ),
    pos("reset-link", () =>
      draft(
        pick([workChat(), mail("Fwd: Reset your password")]),
        pick(["clipboard", "typed"]),
        cat(
          `https://auth.${pick(["okta", "atlassian", "figma"])}.com/reset-password?token=`,
          L("secret", v.alnum(int(32, 48))),
          pick(["&uid=88213", "", "&locale=de"]),
        ),
      ),
    ),
    pos("recovery-codes", () =>
      draft(
        docs("Break-glass"),
        "clipboard",
        cat(
          "Recovery codes for ops@ GitHub:\n",
          L("secret", `${v.hex(5)}-${v.hex(5)}`),
          "\n",
          L("secret", `${v.hex(5)}-${v.hex(5)}`),
          "\n",
          L("secret", `${v.hex(5)}-${v.hex(5)}`),
        ),
      ),
    ),
    pos("door-and-alarm-pins", () =>
      draft(
        workChat(),
        chatChannel(),
        cat(
          pick([
            "alarm code for the Lyon office is ",
            "door PIN for the server room: ",
            "Tresor-PIN: ",
            "voicemail PIN ",
          ]),
          L("secret", v.digitString(pick([4, 6]))),
          pick(["", ", it changes Monday", " (don't tell facilities I told you)"]),
        ),
      ),
    ),
    pos("password-field", () =>
      draft(
        browser(
          pick([
            "Sign in – Okta",
            "Anmeldung – SAP Fiori",
            "Connexion – Qonto",
            "Log in – 1Password",
            "Iniciar sesión – Holded",
          ]),
        ),
        "password",
        cat(L("secret", password())),
      ),
    ),
    pos("password-field-system", () =>
      draft(
        pick([
          { app: "1Password", title: "Unlock 1Password" },
          { app: "Microsoft Remote Desktop", title: "Enter your credentials" },
          { app: "GlobalProtect", title: "GlobalProtect" },
        ]),
        "password",
        cat(L("secret", password())),
      ),
    ),
    pos("secret-to-assistant", () =>
      toAssistant(
        cat(
          "my script fails with 401, here's the call: requests.get(url, headers={'Authorization': 'Token ",
          L("secret", anyToken()),
          "'}) what's wrong?",
        ),
      ),
    ),
    pos("wifi-qr-string", () =>
      draft(
        docs("Office info"),
        pick(["clipboard", "typed"]),
        cat("WIFI:T:WPA;S:Quillmark-Guest;P:", L("secret", password()), ";;"),
      ),
    ),
    neg("password-talk-without-password", () =>
      draft(
        workChat(),
        chatChannel(),
        plain(
          typo(
            pick([
              "I reset my password and now Outlook keeps asking for it again",
              "the new policy says 14 characters minimum, rotate every 90 days",
              "your OTP expired, request a new one from the login page",
              "2FA is mandatory from Monday, set up the authenticator app",
              "passwords are in 1Password under the 'Finance – shared' vault",
              "guest Wi-Fi is Quillmark-Guest, the password is on the whiteboard by reception",
              "Passwort vergessen? Einfach über den Link im Portal zurücksetzen",
            ]),
          ),
        ),
      ),
    ),
    neg("code-and-pin-homonyms", () =>
      draft(
        workChat(),
        chatChannel(),
        plain(
          pick([
            `the promo code for the conference is EARLYBIRD${int(10, 30)}`,
            `can you pin the message about ticket #${v.digitString(6)}?`,
            `code review on PR ${int(1000, 9999)} please`,
            `error code ${int(400, 504)} from the gateway again`,
            `order ${v.digitString(6)} – the code on the parcel is the order number`,
            `your table is booked, confirmation ${v.upperAlnum(6)}`,
          ]),
        ),
      ),
    ),
    neg("famous-example-passwords", () =>
      draft(
        docs("Security awareness training"),
        pick(["typed", "screen"]),
        plain(
          pick([
            "Never use passwords like 123456, qwerty or letmein – they fall in seconds.",
            "Bad: Password1! Good: a long passphrase from a password manager.",
            "Top leaked passwords of the year: 123456, admin, 12345678, password.",
            "Tip: a passphrase of four random words beats a short complex password.",
            "Phishing mails often ask you to 'confirm your password' – we never do.",
          ]),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- health

const ownHealth = [
  "I'll be offline tomorrow morning, I have a colonoscopy at 9",
  "started on sertraline last week, so if I seem a bit off that's why",
  "my migraine is back, going to lie down in a dark room for an hour",
  "bin heute krankgeschrieben, Magen-Darm. Bin morgen hoffentlich wieder da",
  "je suis en arrêt maladie jusqu'à vendredi, angine",
  "mañana tengo la resonancia de la rodilla, llego a las 12",
  "my blood test came back and my iron is really low, doc wants me on supplements",
  "heads up: I'm 14 weeks pregnant, will need to skip the Singapore trip",
  "physio for my back again at 4, camera off in the standup",
  "had a panic attack before the all-hands, need a quiet day",
  "domani ho la visita dal cardiologo per l'aritmia",
  "ik heb een ontstoken blindedarm gehad, lig nog in het ziekenhuis",
  "mam zapalenie zatok, biorę antybiotyk, dziś pracuję krócej",
  "got my ADHD diagnosis yesterday, still processing it",
];
const otherHealth = [
  (n: Composed) => cat(n, " is off for a few weeks after the knee surgery, please route their tickets to me"),
  (n: Composed) => cat(n, "'s partner went into labour last night, so they're out until Monday"),
  (n: Composed) => cat("please go easy on ", n, ", they're dealing with burnout and just came back"),
  (n: Composed) => cat(n, " tested positive for covid, the offsite is moved online"),
  (n: Composed) => cat(n, " hat einen Bandscheibenvorfall und ist die ganze Woche krank"),
  (n: Composed) => cat(n, " est hospitalisé(e) pour une pneumonie, on décale la démo"),
  (n: Composed) => cat(n, " tiene diabetes tipo 1, pedid un menú sin azúcar para la cena"),
];
const familyHealth = [
  "my dad had a stroke on Saturday, I'm flying to Porto tonight",
  "leaving early, my daughter has her tonsillectomy tomorrow",
  "mein Sohn hat Scharlach, ich bin bis Mittwoch im Homeoffice",
  "ma mère commence sa chimio lundi, je serai joignable par intermittence",
  "my partner miscarried last week, I'll be taking a few days",
  "my son broke his arm at school, on my way to A&E",
  "oma ligt in het ziekenhuis met een gebroken heup, ik ga vanmiddag langs",
  "mia figlia ha la varicella, lavoro da casa fino a venerdì",
  "my husband's MRI showed a herniated disc, I'm driving him to appointments this week",
];

const health: Family = {
  name: "health",
  count: 215,
  templates: [
    pos("own-condition-in-chat", () =>
      draft(workChat(), chatChannel(), plain(typo(pick(ownHealth))), ["health"]),
    ),
    pos("colleague-condition", () =>
      draft(workChat(), chatChannel(), pick(otherHealth)(cat(givenOf())), ["health"]),
    ),
    pos("family-member-condition", () =>
      draft(workChat(), chatChannel(), plain(pick(familyHealth)), ["health"]),
    ),
    pos("appointment-title", () =>
      draft(
        { app: pick(["Microsoft Outlook", "Calendar", "Fantastical"]) },
        "title",
        plain(
          pick([
            "Dermatologist – mole check - Calendar",
            "Zahnarzt Wurzelbehandlung – Outlook",
            "Psychotherapie 16:00 - Kalender",
            "Prenatal scan (20 wk) - Calendar",
            "Rendez-vous kiné – épaule - Calendrier",
            "Blood draw – fasting - Calendar",
            "Hausarzt – Befundbesprechung Schilddrüse - Kalender",
            "Cita matrona 12:30 - Calendario",
            "Allergy test – hospital (2h) - Calendar",
            "Physio – knee rehab 18:30 - Calendar",
          ]),
        ),
        ["health"],
      ),
    ),
    pos("sick-note-mail", () => {
      const p = v.person();
      return draft(
        mail(pick(["Krankmeldung", "Sick leave", "Arrêt de travail"])),
        "typed",
        cat(
          "Hi ",
          givenOf(v.person()),
          ",\n\n",
          pick([
            "attached is my doctor's note, I have bronchitis and am signed off until the 14th.",
            "anbei meine AU-Bescheinigung, Diagnose Influenza, voraussichtlich bis Freitag.",
            "ci-joint mon arrêt de travail pour une entorse de la cheville.",
          ]),
          "\n\n",
          givenOf(p),
        ),
        ["health"],
      );
    }),
    pos("health-to-assistant", () =>
      toAssistant(
        plain(
          pick([
            "I've had chest tightness and a dry cough for 10 days, is this worth seeing a doctor about?",
            "can I take ibuprofen with my lisinopril?",
            "how do I tell my manager I'm starting IVF without giving too much detail",
            "write me a gentle message to my team explaining I'm being treated for depression and will work reduced hours",
            "what are the side effects of switching from levothyroxine 50 to 75 mcg",
          ]),
        ),
        ["health"],
      ),
    ),
    pos("occupational-health-form", () =>
      draft(
        browser("Occupational health referral – Cority"),
        pick(["typed", "screen"]),
        cat(
          "Employee: ",
          nameOf(),
          "\nReason for referral: ",
          pick([
            "chronic lower back pain, needs an ergonomic assessment",
            "return to work after hip replacement",
            "recurring anxiety, manager requests adjustments",
          ]),
        ),
        ["health"],
      ),
    ),
    pos("therapy-and-tests", () =>
      draft(
        workChat(),
        chatChannel(),
        plain(
          typo(
            pick([
              "my therapist suggested I stop checking Slack after 7, so I'm going to try that",
              "waiting on biopsy results, sorry if I'm distracted this week",
              "got my flu jab and my arm is dead, typing one-handed",
              "dentist pulled a wisdom tooth, I'm on painkillers and a bit slow today",
              "la ginecóloga me ha mandado reposo hasta la semana 20",
              "je sors d'une crise d'asthme, je reprends demain",
              "hab heute Nachmittag einen Termin beim Psychiater, bin ab 15 Uhr weg",
            ]),
          ),
        ),
        ["health"],
      ),
    ),
    neg("service-health", () =>
      draft(
        pick([terminal(), workChat()]),
        pick(["typed", "screen", "clipboard"]),
        plain(
          pick([
            "GET /healthz 200 3ms\nGET /readyz 503 1ms",
            "the cluster is unhealthy, two nodes failed their health checks",
            "livenessProbe:\n  httpGet:\n    path: /health\n    port: 8080",
            "heartbeat missed for worker-7, restarting",
            "memory leak in the exporter again, RSS climbs to 3 GB overnight",
          ]),
        ),
      ),
    ),
    neg("figurative-health-words", () =>
      draft(
        workChat(),
        chatChannel(),
        plain(
          typo(
            pick([
              "this legacy code gives me a headache every time",
              "the launch video went viral on LinkedIn",
              "Monday's deploy was a bit of a bloodbath",
              "we need to stop the bleeding on churn first",
              "the quarter-end crunch is killing me 😅",
              "quick sanity check before I merge?",
              "cold start latency is the real pain point",
              "das Projekt liegt auf der Intensivstation, sagt der CFO 😬",
            ]),
          ),
        ),
      ),
    ),
    neg("healthcare-customers", () =>
      draft(
        mail(pick(["Hospital pilot", "Pharma pipeline"])),
        pick(["typed", "screen"]),
        plain(
          pick([
            "Three NHS trusts signed up for the invoicing pilot this quarter.",
            "The clinic chain wants SSO before they roll out to 40 practices.",
            "Our pharma vertical grew 18% – mostly distributors, not hospitals.",
            "Demo for the radiology department software vendor moved to Thursday.",
            "The veterinary clinics chain churned, they moved to a competitor.",
            "Pharmacy invoices now go through the Peppol network.",
            "Patient-portal integration is out of scope for this release.",
          ]),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- HR

const salary = () =>
  pick([
    `€${int(48, 140)}k`,
    `£${int(42, 120)},000`,
    `$${int(85, 240)}k`,
    `${int(52, 118)}.000 € brutto`,
    `${int(36, 80)} 000 € bruts annuels`,
  ]);

const hrAbout = [
  (n: Composed) => cat(n, "'s offer is ", salary(), " plus 10% bonus, can you get it signed off today?"),
  (n: Composed) => cat("we're putting ", n, " on a PIP next week, HR has the draft"),
  (n: Composed) => cat(n, " got a written warning for the expense thing, keep it quiet"),
  (n: Composed) => cat("rating for ", n, " this cycle: 'partially meets', no raise"),
  (n: Composed) => cat(n, " hands in notice on Friday, last day end of January"),
  (n: Composed) => cat(n, "'s contract won't be renewed after the probation period"),
  (n: Composed) => cat(n, " geht ab März in Elternzeit, 12 Monate"),
  (n: Composed) => cat("l'entretien préalable au licenciement de ", n, " est fixé au 12"),
  (n: Composed) => cat("a ", n, " le suben el sueldo a ", salary(), " desde enero"),
  (n: Composed) => cat(n, " asked for a sabbatical, I'm inclined to approve"),
  (n: Composed) => cat("promotion case for ", n, " to Staff Engineer goes to calibration on Tuesday"),
];
const hrDocs = [
  "Performance Improvement Plan – ",
  "Aufhebungsvertrag_",
  "Offer letter - ",
  "Disciplinary hearing notes – ",
  "Rupture conventionnelle – ",
  "Salary review 2026 – ",
  "Exit interview – ",
];

const hr: Family = {
  name: "hr",
  count: 215,
  templates: [
    pos("hr-about-named-person", () =>
      draft(workChat(), chatChannel(), pick(hrAbout)(cat(givenOf())), ["hr"]),
    ),
    pos("hr-in-dm-full-name", () => {
      const p = v.person();
      return draft(dm(v.person()), pick(["typed", "keys"]), pick(hrAbout)(cat(nameOf(p))), ["hr"]);
    }),
    pos("hr-document-title", () => {
      const p = v.person();
      const doc = pick(hrDocs);
      const sep = doc.endsWith("_") ? v.fold(p.family).replace(/[^a-z]/g, "") : v.fullName(p);
      const place = docs(`${doc}${sep}`);
      return draft(
        place,
        "title",
        cat(doc, L("name", sep), place.title?.slice(doc.length + sep.length) ?? ""),
        ["hr"],
      );
    }),
    pos("own-pay-and-leave", () =>
      draft(
        workChat(),
        chatChannel(),
        plain(
          pick([
            `my manager just told me my raise is only 2%, I'm on ${salary()} and the market is way above`,
            "I've been told I'm at risk of redundancy, meeting with HR on Thursday",
            "mi baja por paternidad empieza el lunes, 16 semanas",
            "I'm handing in my resignation today, please keep it to yourself until Friday",
            "ich habe meine Abmahnung bekommen und will Widerspruch einlegen",
            "j'ai eu mon entretien annuel, objectifs non atteints selon ma N+1",
          ]),
        ),
        ["hr"],
      ),
    ),
    pos("comp-sheet-row", () =>
      draft(
        sheet(pick(["Comp review FY26", "Gehaltsrunde 2026", "Headcount & salaries"])),
        "clipboard",
        cat(nameOf(), "\tSenior Analyst\tL4\t", salary(), "\t", pick(["+4%", "+6.5%", "0%", "+12% (promo)"])),
        ["hr"],
      ),
    ),
    pos("hr-to-assistant", () =>
      toAssistant(
        cat(
          "Write a termination letter for ",
          nameOf(),
          ", effective 31 March, reason: role eliminated. Keep it kind.",
        ),
        ["hr"],
      ),
    ),
    pos("hr-task-title", () =>
      draft(
        browser("Workday"),
        "title",
        plain(
          `${pick(["Start Performance Improvement Plan", "Terminate Employee", "Propose Compensation Change", "Request Leave of Absence", "Give Written Warning"])} - Workday`,
        ),
        ["hr"],
      ),
    ),
    pos("manager-notes-on-report", () =>
      draft(
        docs(pick(["1:1 notes", "Team leads – private"])),
        "typed",
        cat(
          givenOf(),
          pick([
            ": second late delivery this month, told them next one goes to a formal warning",
            ": asked about the Senior band, told them the budget is frozen until Q3",
            ": wants to drop to 4 days a week after the parental leave",
            ": calibration put them at 'exceeds', bonus multiplier 1.2",
          ]),
        ),
        ["hr"],
      ),
    ),
    pos("own-offer-to-assistant", () => {
      const currency = pick(["€", "£", "$"]);
      const current = int(50, 130);
      const offer = [`${currency}${current + int(6, 30)}k`, `${currency}${current}k`];
      return toAssistant(
        plain(
          `I have an offer of ${offer[0]} from another company and I'm on ${offer[1]} now. ${pick(["How do I ask my manager for a counter-offer without burning bridges?", "Write a resignation email that leaves the door open.", "Is it worth mentioning the offer in my review next week?"])}`,
        ),
        ["hr"],
      );
    }),
    neg("tech-uses-of-hr-words", () =>
      draft(
        pick([terminal(), workChat()]),
        pick(["typed", "screen", "keys"]),
        plain(
          pick([
            "kill -9 the child process and the parent respawns it",
            "promote the build to prod once QA signs off",
            "worker termination grace period is 30s",
            "fire the webhook again, the consumer was down",
            "the job queue has 4k pending jobs, scale the workers",
            "retire the v1 endpoints by Q2",
            "onboarding flow for new users drops off at step 3",
            "master/replica lag is 2s, promote the replica if it grows",
            "the performance review of the query planner is in the doc",
          ]),
        ),
      ),
    ),
    neg("public-jobs-and-pay-news", () =>
      draft(
        browser(
          pick([
            "Senior Backend Engineer – Quillmark – Careers",
            "Stellenangebot – StepStone",
            "Salary survey 2026",
          ]),
        ),
        pick(["screen", "clipboard"]),
        plain(
          pick([
            "We're hiring: Senior Backend Engineer (m/f/d), Berlin or remote. Salary range €75k–€95k.",
            "Tarifeinigung: Beschäftigte erhalten ab April 5,5 % mehr Gehalt.",
            "The median salary for data engineers in Madrid rose 7% this year.",
            "Benefits: 30 days holiday, learning budget, parental leave top-up.",
            "Salary bands for engineering are published on the careers page.",
            "Minimum wage in Spain rises to €1,221 a month, says the government.",
            "Job ad: Payroll Specialist (Madrid), permanent contract, hybrid.",
          ]),
        ),
      ),
    ),
    neg("data-model-words", () =>
      draft(
        editor(pick(["employee.sql", "payroll_schema.prisma", "models.py"])),
        "typed",
        plain(
          pick([
            "ALTER TABLE employees ADD COLUMN salary_band text NOT NULL DEFAULT 'L3';",
            "model Review { id String @id rating Int reviewerId String }",
            "class Termination(models.Model):\n    effective_date = models.DateField()",
            "SELECT department, avg(base_salary) FROM comp_bands GROUP BY department;",
            "enum LeaveType { ANNUAL, SICK, PARENTAL, UNPAID }",
            "// TODO: warnings table needs an index on employee_id",
          ]),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- personal conversations and prompts

const personalLines = [
  "can you pick up the kids from football at 6? I'm stuck in a meeting",
  "love you, don't forget the parents' evening tonight ❤️",
  "are we still on for drinks Friday? the place by the canal",
  "Mama, ich komme am Wochenende doch nicht, tut mir leid",
  "chérie, tu peux sortir le poulet du congélateur ?",
  "¿vamos al cine el sábado? ponen una de terror que pinta bien",
  "happy birthday!! 🎂 hope the kids let you sleep in",
  "did you book the campsite for August or should I?",
  "mi manca tanto la nonna, la chiamo stasera",
  "kun je de kat eten geven, ik ben pas laat thuis",
  "honestly thinking of breaking up with him, can we talk at lunch?",
  "the landlord finally fixed the boiler 🎉",
  "Kochst du heute oder bestellen wir Pizza?",
];
const workLinesInMessenger = [
  "running 10 min late to the client, start without me",
  "can you approve the PO in SAP when you get a sec?",
  "the release is green, I'll post the notes in Slack tomorrow",
  "Kunde hat die Abnahme bestätigt 👍",
  "la démo est décalée à 15h, prévenez l'équipe",
  "el cliente quiere el presupuesto revisado para el jueves",
  "prod is down, jump on the bridge",
];
const workPrompts = [
  "Summarise this RFC in five bullet points for the leadership update.",
  "Write a SQL query that returns monthly active customers by country from the events table.",
  "Translate this release note into German and French, keep the tone neutral.",
  "Explain why my Kafka consumer keeps rebalancing every few minutes.",
  "Give me three subject lines for the Q2 newsletter to partners.",
  "Refactor this function to avoid the nested loops: function dedupe(rows) { ... }",
  "Hazme un resumen de este contrato de proveedor en español sencillo.",
  "Erstelle eine Agenda für ein 45-minütiges Kick-off mit dem Kunden.",
  "Rédige un e-mail de relance poli pour un devis resté sans réponse.",
];

const conversations: Family = {
  name: "conversations-and-prompts",
  count: 230,
  templates: [
    pos("personal-in-work-chat", () =>
      draft(workChat(), chatChannel(), plain(typo(pick(personalLines))), ["prompt"]),
    ),
    pos("personal-in-messenger", () =>
      draft(messenger(), pick(["typed", "keys"]), plain(typo(pick(personalLines))), ["prompt"]),
    ),
    pos("personal-with-name", () =>
      draft(
        messenger(),
        pick(["typed", "keys"]),
        pick([
          () => cat("tell ", givenOf(), " I'll be late for dinner"),
          () => cat("say hi to ", givenOf(), " from me, miss you all"),
          () => cat("is ", givenOf(), " coming to the barbecue on Sunday?"),
          () => cat("dis à ", givenOf(), " que je passe vers 19h"),
          () => cat("grüß ", givenOf(), " von mir!"),
        ])(),
        ["prompt"],
      ),
    ),
    pos("work-prompt", () => toAssistant(plain(pick(workPrompts)))),
    pos("prompt-in-editor-chat", () =>
      draft(
        {
          app: pick(["Visual Studio Code", "Cursor"]),
          title: pick(["Copilot Chat — ledger-service", "Chat — atlas - Cursor"]),
        },
        "typed",
        plain(
          pick([
            "why does this test only fail on CI?",
            "add retries with jitter to fetchInvoices",
            "write unit tests for parseIban",
            "explain this regex: ^[A-Z]{2}\\d{2}[A-Z0-9]{11,30}$",
            "convert this callback code to async/await",
            "why is this React effect running twice?",
            "generate a migration that adds a deleted_at column",
            "what does this error mean: ERR_REQUIRE_ESM",
          ]),
        ),
        ["prompt"],
      ),
    ),
    pos("prompt-with-contact", () => {
      const p = v.person();
      return toAssistant(
        cat(
          "Write a follow-up email to ",
          nameOf(p),
          " (",
          L("email", v.workEmail(p)),
          ") to thank them for the workshop.",
        ),
      );
    }),
    pos("personal-on-the-work-laptop", () =>
      draft(
        workChat(),
        chatChannel(),
        plain(
          typo(
            pick([
              "off topic but does anyone know a good divorce lawyer in Munich? asking for me, sadly",
              "we got the keys to the flat!! moving on Saturday, pizza is on me for helpers",
              "my grandma turns 100 tomorrow, leaving at 3 to get the train",
              "anyone want two tickets for the Coldplay gig on Friday? can't go anymore",
              "my wedding is in June and the seating plan is ruining my life 😩",
              "sorry for the late reply, date night ran long",
              "does anyone know a good kindergarten near Prenzlauer Berg? we're moving in spring",
            ]),
          ),
        ),
        ["prompt"],
      ),
    ),
    neg("work-talk-in-messenger", () =>
      draft(messenger(), pick(["typed", "keys"]), plain(typo(pick(workLinesInMessenger)))),
    ),
    neg("assistant-window-title", () => {
      const chosen = assistant();
      return draft(
        chosen.place,
        "title",
        plain(
          `${pick(["Quarterly summary draft", "SQL help", "Kafka rebalancing", "New chat"])} - ${chosen.place.title ?? "ChatGPT"}`,
        ),
      );
    }),
    neg("ai-policy-and-licences", () =>
      draft(
        pick([docs("AI usage policy"), mail("Copilot licences")]),
        pick(["typed", "screen"]),
        plain(
          pick([
            "Do not paste customer data into ChatGPT or Gemini; use the approved Copilot tenant.",
            "We have 40 unused Copilot licences, reassign them by Friday.",
            "Prompt engineering workshop moved to room 3.07.",
            "The Claude Team plan renews on 1 March, finance needs the PO.",
            "Gemini is disabled in the Workspace admin console until legal signs off.",
            "Assistants may not be used for performance reviews or hiring decisions.",
            "Perplexity Pro trial ends Friday; nobody asked for an extension.",
          ]),
        ),
      ),
    ),
  ],
};

export const thirteenthFamilies: readonly Family[] = [
  givenNames,
  fullNames,
  addresses,
  nationalIds,
  passports,
  bank,
  cards,
  phones,
  contacts,
  secretsInConfig,
  secretsInProse,
  health,
  hr,
  conversations,
];

import type { Topic } from "../items.ts";
import type { Channel, Composed, Draft, Family, Place, Template } from "../templates.ts";
import { L, t } from "../templates.ts";
import * as r from "./values.ts";

/**
 * Templates of the third evaluation corpus, round three's held-out part.
 * Written apart from the detectors and from the earlier corpora: other apps,
 * window titles and URL shapes, names from other locales, other layouts of
 * identifiers and secrets, and hard negatives of each family's own. Labels mark
 * what a careful reader would mark, no more: a company named after a person is
 * not a name, a documentation example key is not a secret.
 */

// ---------------------------------------------------------------- places

const browsers = ["Google Chrome", "Firefox", "Microsoft Edge", "Brave Browser", "Vivaldi", "Opera"];

function browser(page: string, url?: string): Place {
  const app = r.one(browsers);
  return { app, title: r.odds(0.6) ? `${page} - ${app}` : page, ...(url === undefined ? {} : { url }) };
}

const workChats = ["Slack", "Microsoft Teams", "Google Chat", "Mattermost"];
const channelNames = [
  "#team-ledger",
  "#ops-oncall",
  "#proj-halyard",
  "#design-crit",
  "#random",
  "#support-eu",
  "#platform",
  "#people-questions",
];

function workChat(): Place {
  const app = r.one(workChats);
  switch (app) {
    case "Slack":
      return { app, title: `${r.one(channelNames)} - Kestrel Labs - Slack` };
    case "Microsoft Teams":
      return {
        app,
        title: r.one([
          "Chat | Microsoft Teams",
          "Platform Guild | General | Microsoft Teams",
          "Activity | Microsoft Teams",
        ]),
      };
    case "Google Chat":
      return browser(
        `${r.one(["Release train", "EMEA support", "Data team"])} - Chat`,
        `https://mail.google.com/chat/u/0/#chat/space/AAAA${r.chars(7, r.alphanumeric)}`,
      );
    default:
      return { app, title: `${r.one(channelNames).slice(1)} - Mattermost` };
  }
}

/** A direct conversation whose window title names the other person. */
function directChat(name: string): Place {
  const app = r.one(workChats);
  switch (app) {
    case "Slack":
      return { app, title: `${name} (DM) - Kestrel Labs - Slack` };
    case "Microsoft Teams":
      return { app, title: `Chat | ${name} | Microsoft Teams` };
    case "Google Chat":
      return browser(`${name} - Chat`);
    default:
      return { app, title: `${name} - Direct Messages - Mattermost` };
  }
}

const messengers = ["WhatsApp", "Signal", "Telegram", "Messages", "Threema", "Viber"];

function messenger(): Place {
  const app = r.one(messengers);
  return r.odds(0.3) && app === "WhatsApp"
    ? { app: r.one(browsers), title: "WhatsApp", url: "https://web.whatsapp.com/" }
    : { app, title: app };
}

function mailPlace(
  subject = r.one(["Inbox", "Drafts", "Re: Q4 vendor review", "Fwd: travel booking", "New message"]),
): Place {
  return r.one([
    { app: "Microsoft Outlook", title: `${subject} - Outlook` },
    { app: "Thunderbird", title: `${subject} - Mozilla Thunderbird` },
    { app: "Mail", title: subject },
    browser(
      `${subject} - ${r.ascii(r.givenName())}@kestrel-labs.io - Kestrel Labs Mail`,
      "https://mail.google.com/mail/u/0/#inbox?compose=new",
    ),
  ]);
}

function docPlace(): Place {
  const page = r.one([
    "Sprint retro",
    "Vendor onboarding notes",
    "Weekly sync",
    "Scratchpad",
    "Runbook drafts",
    "Offsite planning",
  ]);
  return r.one([
    { app: "Notion", title: page },
    { app: "Obsidian", title: `${page} - vault - Obsidian` },
    { app: "Microsoft Word", title: `${page}.docx - Word` },
    browser(
      `${page} - Google Docs`,
      `https://docs.google.com/document/d/1${r.chars(43, r.base64UrlChars)}/edit`,
    ),
    browser(
      `${page} - Engineering - Confluence`,
      `https://kestrel.atlassian.net/wiki/spaces/ENG/pages/${r.digits(9)}`,
    ),
    { app: "LibreOffice Writer", title: `${page}.odt - LibreOffice Writer` },
  ]);
}

function editor(
  file = r.one([
    "config.ts",
    "deploy.sh",
    "settings.py",
    "docker-compose.yml",
    ".env.local",
    "main.go",
    "README.md",
  ]),
): Place {
  const app = r.one(["Visual Studio Code", "IntelliJ IDEA", "Zed", "Sublime Text", "PyCharm"]);
  return { app, title: `${file} — ${r.one(["halyard", "ledger-api", "infra", "billing-worker"])} — ${app}` };
}

function terminal(): Place {
  const app = r.one(["iTerm2", "Windows Terminal", "GNOME Terminal", "Warp", "Alacritty", "kitty"]);
  return {
    app,
    title: r.one([
      "zsh",
      "bash",
      "PowerShell",
      `ssh ${r.one(["bastion", "db-replica-2", "build-01"])}`,
      "tmux",
    ]),
  };
}

interface Assistant {
  place: Place;
  topics: Topic[];
}

/** An AI assistant; all of them are prompts by the product's rule, named or not. */
function assistant(): Assistant {
  const place = r.one<Place>([
    { app: "ChatGPT", title: "ChatGPT" },
    { app: "Claude", title: "Claude" },
    browser("Gemini", "https://gemini.google.com/app"),
    { app: "Microsoft Copilot", title: "Copilot" },
    browser("Perplexity", "https://www.perplexity.ai/"),
    browser("Le Chat - Mistral AI", "https://chat.mistral.ai/chat"),
  ]);
  return { place, topics: ["prompt"] };
}

const tpl = (name: string, make: Template["make"], negative = false): Template => ({
  name,
  make,
  ...(negative ? { negative: true } : {}),
});
const neg = (name: string, make: Template["make"]): Template => tpl(name, make, true);

type Where = "chat" | "dm" | "mail" | "doc" | "clipboard" | "screen" | "assistant" | "messenger" | "keys";

/**
 * Places a body of prose somewhere people write prose. Positives may go to an
 * assistant (and so become prompts too); negatives never do, since a prompt is
 * never a hard negative.
 */
function carry(body: Composed, wheres: readonly Where[], topics: Topic[] = []): Draft {
  const picked = r.one(wheres);
  // Key presses are typed in one line; longer or multi-line bodies are typed as text instead.
  const where = picked === "keys" && (body.text.includes("\n") || body.text.length > 160) ? "chat" : picked;
  const withTopics = (draft: Draft, extra: Topic[] = []): Draft => {
    const all = [...new Set([...topics, ...extra])];
    return all.length > 0 ? { ...draft, topics: all } : draft;
  };
  switch (where) {
    case "chat":
      return withTopics({ place: workChat(), channel: "typed", body });
    case "dm":
      return withTopics({ place: directChat(r.fullName(r.latinPerson())), channel: "typed", body });
    case "messenger":
      return withTopics({ place: messenger(), channel: "typed", body });
    case "mail":
      return withTopics({ place: mailPlace(), channel: "typed", body });
    case "doc":
      return withTopics({ place: docPlace(), channel: r.one<Channel>(["typed", "typed", "screen"]), body });
    case "clipboard":
      return withTopics({
        place: r.one([docPlace(), mailPlace(), workChat(), editor()]),
        channel: "clipboard",
        body,
      });
    case "screen":
      return withTopics({
        place: r.one([docPlace(), mailPlace(), browser("Portal")]),
        channel: "screen",
        body,
      });
    case "keys":
      return withTopics({ place: r.one([workChat(), docPlace(), mailPlace()]), channel: "keys", body });
    case "assistant": {
      const ai = assistant();
      return withTopics({ place: ai.place, channel: "prompt", body }, ai.topics);
    }
  }
}

const prose: readonly Where[] = ["chat", "dm", "mail", "doc", "clipboard", "screen", "keys", "assistant"];
const proseNoAi: readonly Where[] = ["chat", "dm", "mail", "doc", "clipboard", "screen", "keys"];

const N = (who = r.person()) => L("name", r.fullName(who));
const G = () => L("name", r.givenName());

// ---------------------------------------------------------------- names

const lowerFirst = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

const names: Family = {
  name: "names",
  count: 380,
  templates: [
    tpl("greeting-given-name", () =>
      carry(
        r.one([
          t`Morning ${G()}! did the vendor call go ok?`,
          t`Hey ${G()}, quick one: can you re-run the export with the new filter?`,
          t`Thanks ${G()} 🙏 that fixed it`,
          t`${G()} — are you still on the hook for the rollout notes?`,
          t`Bonjour ${G()}, je t'envoie le devis cet après-midi.`,
          t`Hola ${G()}, ¿puedes revisar el PR cuando tengas un rato?`,
          t`Hallo ${G()}, kannst du mir kurz den Zugang freigeben?`,
        ]),
        ["chat", "dm", "keys", "mail"],
      ),
    ),
    tpl("lower-case-given-name", () => {
      const name = lowerFirst(r.latinPerson().given);
      return carry(
        r.one([
          t`ask ${L("name", name)} about the staging creds rotation`,
          t`pinging ${L("name", name)} again, no answer since tuesday`,
          t`${L("name", name)} has the keys to the demo tenant`,
        ]),
        ["chat", "keys"],
      );
    }),
    tpl("mail-signature", () => {
      const who = r.person();
      return carry(
        r.one([
          t`Thanks for the quick turnaround.\n\nCheers,\n${N(who)}\nProcurement Lead | Kestrel Labs`,
          t`Happy to discuss on Thursday.\n\nKind regards\n${N(who)}\nSenior Counsel, EMEA`,
          t`Merci d'avance,\n\n${N(who)}\nResponsable achats`,
          t`Un saludo,\n${N(who)}\nDepartamento de Operaciones`,
          t`Viele Grüße\n${N(who)}\nTeamleitung Buchhaltung`,
          t`-- \n${N(who)} | Solutions Architect\nSent from my phone`,
        ]),
        ["mail", "clipboard", "screen"],
      );
    }),
    tpl("with-or-from-name", () =>
      carry(
        r.one([
          t`Notes from the call with ${N()}: they need the SOW by Friday.`,
          t`Interview with ${N()} moved to 3pm, room Kelvin.`,
          t`Forwarding a question from ${N()} in legal about the DPA annex.`,
          t`Pairing with ${G()} on the flaky test this afternoon.`,
          t`Got a note from ${N()} — the customer wants a call before renewal.`,
          t`Compte rendu de la réunion avec ${N()} sur le budget infra.`,
          t`Reunión con ${N()} aplazada al lunes.`,
        ]),
        prose,
      ),
    ),
    tpl("honorific-surname", () => {
      const who = r.latinPerson();
      return carry(
        r.one([
          t`Please send the countersigned contract to Ms ${L("name", who.family)} by noon.`,
          t`Dr. ${L("name", who.family)} will join the architecture review remotely.`,
          t`Sehr geehrte Frau ${L("name", who.family)}, anbei die Unterlagen.`,
          t`Monsieur ${L("name", who.family)} a confirmé sa présence.`,
          t`Estimado Sr. ${L("name", who.family)}: le adjuntamos la factura.`,
        ]),
        ["mail", "doc", "clipboard"],
      );
    }),
    tpl("attendee-list", () =>
      carry(t`Attendees: ${N()}, ${N()}, ${N()}\nAgenda: capacity plan, on-call rota, Q1 hiring`, [
        "doc",
        "clipboard",
        "screen",
        "mail",
      ]),
    ),
    tpl("chat-header-screen", () => ({
      place: workChat(),
      channel: "screen",
      body: r.one([
        t`${N()}  ${r.upTo(8, 11)}:${r.upTo(10, 59)} AM\nCan someone review PR #${r.upTo(1000, 9999)}? it's blocking the release`,
        t`${N()} replied to a thread: "deploy went out, watching the dashboards"`,
        t`${N()} joined #proj-halyard along with 2 others.`,
      ]),
    })),
    tpl("title-chat-with-name", () => {
      const app = r.one(["Microsoft Teams", "Slack", "Mattermost", "Zoom", "Google Meet", "Webex"] as const);
      const body = {
        "Microsoft Teams": () => t`Chat | ${N()} | Microsoft Teams`,
        Slack: () => t`${N()} (DM) - Kestrel Labs - Slack`,
        Mattermost: () => t`${N()} - Direct Messages - Mattermost`,
        Zoom: () => t`${N()}'s Personal Meeting Room`,
        "Google Meet": () => t`Meet - 1:1 ${G()} / ${G()}`,
        Webex: () => t`Webex meeting with ${N()}`,
      }[app]();
      return { place: { app }, channel: "title", body };
    }),
    tpl("title-mail-subject-name", () => ({
      place: { app: r.one(["Microsoft Outlook", "Thunderbird", "Mail"]) },
      channel: "title",
      body: r.one([
        t`RE: Invoice query from ${N()} - Outlook`,
        t`Introduction: ${N()} <> Kestrel Labs - Message (HTML)`,
        t`Fwd: ${N()} shared "Roadmap 2027" with you - Mozilla Thunderbird`,
        t`Coffee next week? — ${N()}`,
      ]),
    })),
    tpl("title-shared-file", () => ({
      place: { app: r.one(["Figma", "Microsoft Excel", "Preview", "Miro"]) },
      channel: "title",
      body: r.one([
        t`Shared by ${N()} – Design system v3 – Figma`,
        t`Capacity_${L("name", r.latinPerson().family)}_draft.xlsx - Excel`,
        t`${N()} – Retro board – Miro`,
      ]),
    })),
    tpl("url-profile-slug", () => {
      const who = r.latinPerson();
      const slug = r.profileSlug(who, "-");
      return {
        place: browser("Profile"),
        channel: "url",
        body: r.one([
          t`https://www.linkedin.com/in/${L("name", slug)}-${r.hexChars(8)}/`,
          t`https://www.xing.com/profile/${L(
            "name",
            r
              .profileSlug(who, "_")
              .replace(/(^|_)([a-z])/g, (_m, sep: string, c: string) => sep + c.toUpperCase()),
          )}/cv`,
          t`https://calendly.com/${L("name", slug)}/30min?month=2026-12`,
          t`https://people.kestrel-labs.io/directory/${L("name", r.profileSlug(who, "."))}`,
          t`https://kestrel.atlassian.net/wiki/people/${r.hexChars(24)}?ref=${L("name", slug)}`,
        ]),
      };
    }),
    tpl("assistant-about-person", () => {
      const ai = assistant();
      return {
        place: ai.place,
        channel: "prompt",
        topics: ai.topics,
        body: r.one([
          t`Draft a polite reminder to ${N()} that the timesheet for November is still open`,
          t`rewrite this so it sounds less passive aggressive: "${G()}, as I said twice already, the numbers are wrong"`,
          t`Summarise the thread between ${N()} and ${N()} in three bullets`,
        ]),
      };
    }),
    tpl("cc-handover", () =>
      carry(
        r.one([
          t`cc ${N()} who owns the billing side now`,
          t`Handing over to ${N()} while I'm out, she knows the context`,
          t`Übergabe an ${N()} ab Montag.`,
        ]),
        prose,
      ),
    ),
    neg("neg-capitalised-words", () =>
      carry(
        {
          text: r.one([
            "Will do. Grace period ends Friday, so Mark the ticket as blocked until then.",
            "Bill the client for the extra sprint; Frankly we should wait for the invoice run.",
            "Rose Gold and Sterling Silver variants are out of stock again.",
            "Summer intern cohort starts in June; Autumn cohort planning begins in May.",
            "Hope this helps! Joy of joys, the Amber alert cleared on its own.",
            "Round Robin scheduling is fine, Max concurrency 8.",
            "Dawn patrol deploy at 6am, Sunny weather for the offsite.",
            "Art direction is done, Pat the new icons onto the Holly theme.",
          ]),
          labels: [],
        },
        proseNoAi,
      ),
    ),
    neg("neg-products-named-like-people", () =>
      carry(
        {
          text: r.one([
            `Jenkins build #${r.upTo(1000, 9999)} failed on the Julia ${r.upTo(1, 1)}.${r.upTo(9, 11)} step`,
            "Moved the blog from Hugo to Astro, Ruby is gone from the toolchain.",
            "Cassandra compaction is behind again; Kafka lag is fine.",
            "Ask Alexa to set a timer? No, Siri and Cortana both failed the demo.",
            "The Watson integration was sunset; Jupyter notebooks now run in Colab.",
            `Ansible ${r.semver()} broke the Django role`,
          ]),
          labels: [],
        },
        proseNoAi,
      ),
    ),
    neg("neg-companies-named-after-people", () =>
      carry(
        {
          text: r.one([
            "Morgan Stanley and Goldman Sachs both asked for the SOC 2 report.",
            "Johnson & Johnson renewal is in the pipeline, Ernst & Young is doing the audit.",
            "Lunch order from Marks & Spencer, Ben & Jerry's for dessert.",
            "Dr. Oetker and Hugo Boss are on the reference customer slide.",
            "Roland Berger proposed the pricing study; Porsche Consulting declined.",
            "Pitch deck for Louis Vuitton went out, Ralph Lauren next week.",
          ]),
          labels: [],
        },
        proseNoAi,
      ),
    ),
    neg("neg-places", () =>
      carry(
        {
          text: r.one([
            "Meet at Victoria station, then the Santa Clara team joins by video.",
            "Charlotte data center maintenance window is Sunday 02:00 UTC.",
            "The San Sebastián offsite moved to St. Gallen.",
            "Flights to Florence and Sydney are booked for the summit.",
            "Kingston office printers are down again.",
          ]),
          labels: [],
        },
        proseNoAi,
      ),
    ),
    neg("neg-title-products", () => ({
      place: { app: r.one(browsers) },
      channel: "title",
      body: {
        text: r.one([
          `halyard-main #${r.upTo(100, 9999)} [Jenkins]`,
          "Kafka UI - Topics - orders.v2",
          "Hugo Boss | Official Online Store",
          "Victoria line status - Transport for London",
          "Morgan Stanley Investor Relations",
          "Ruby on Rails Guides: Active Record Basics",
        ]),
        labels: [],
      },
    })),
    neg("neg-url-products", () => ({
      place: browser("Docs"),
      channel: "url",
      body: {
        text: r.one([
          "https://github.com/jenkinsci/pipeline-plugin/pulls?q=is%3Aopen",
          "https://docs.julialang.org/en/v1/manual/performance-tips/",
          "https://www.marksandspencer.com/food/lunch-platters",
          `https://kestrel.atlassian.net/browse/GRACE-${r.upTo(10, 999)}`,
          "https://cassandra.apache.org/doc/latest/cassandra/operating/compaction/",
        ]),
        labels: [],
      },
    })),
    neg("neg-greetings-without-names", () =>
      carry(
        {
          text: r.one([
            "Hi team, quick update on the migration.",
            "Hello all — standup is async today.",
            "Thanks everyone, great demo!",
            "Hola a todos, el despliegue terminó.",
            "Salut l'équipe, la démo est à 15h.",
          ]),
          labels: [],
        },
        proseNoAi,
      ),
    ),
  ],
};

// ---------------------------------------------------------------- addresses

const A = (region?: r.Region, lines = false) => L("address", r.address(region, lines));

const addresses: Family = {
  name: "addresses",
  count: 240,
  templates: [
    tpl("ship-to-prose", () =>
      carry(
        r.one([
          t`Can you ship the replacement laptop to ${A()}? I'm working from home until March.`,
          t`New home address for the payroll letter: ${A()}`,
          t`Courier will pick up the monitor at ${A()} between 9 and 12.`,
          t`Bitte die Hardware an ${A("DE")} schicken.`,
          t`Merci d'envoyer le badge à ${A("FR")}.`,
          t`Enviad el portátil a ${A("ES")}, por favor.`,
        ]),
        prose,
      ),
    ),
    tpl("multi-line-block", () =>
      carry(
        r.one([
          t`Deliver to:\n${N()}\n${A(undefined, true)}`,
          t`${A(undefined, true)}\n\nRef: equipment return #${r.digits(6)}`,
        ]),
        ["mail", "doc", "clipboard", "screen"],
      ),
    ),
    tpl("form-field-address", () => {
      const region = r.one(r.regions);
      const title = r.one([
        "Update home address - Workday",
        "Persönliche Daten – Personio",
        "Mes informations - HiBob",
        "Datos personales - Factorial",
        "Shipping details - Dell Premier",
      ]);
      return { place: browser(title), channel: r.one<Channel>(["typed", "keys"]), body: t`${A(region)}` };
    }),
    tpl("uk-flat-in-chat", () =>
      carry(t`I've moved, it's ${A("GB")} now. Old one is ${A("GB")}.`, ["chat", "dm", "messenger"]),
    ),
    tpl("title-map-directions", () => ({
      place: { app: r.one(["Google Chrome", "Firefox", "Maps"]) },
      channel: "title",
      body: r.one([t`${A()} - Google Maps`, t`Directions to ${A()} – Apple Maps`]),
    })),
    tpl("url-map-query", () => {
      const address = r.address();
      return {
        place: browser("Google Maps"),
        channel: "url",
        body: t`https://www.google.com/maps/place/${L("address", address.replace(/ /g, "+"))}/@${r.upTo(36, 55)}.${r.digits(6)},${r.upTo(-9, 9)}.${r.digits(6)},17z`,
      };
    }),
    tpl("assistant-address", () => {
      const ai = assistant();
      return {
        place: ai.place,
        channel: "prompt",
        topics: ai.topics,
        body: t`write a short note to my landlord at ${A()} that the heating is broken again`,
      };
    }),
    neg("neg-version-strings", () =>
      carry(
        {
          text: r.one([
            `Upgraded to ${r.semver()} and pinned the lockfile at ${r.semver()}-rc.${r.upTo(1, 9)}`,
            `Release 2026.${r.upTo(1, 12)}.${r.upTo(1, 30)} ships with schema v${r.upTo(2, 9)}`,
            `Build ${r.buildVersion()} on branch release/${r.upTo(10, 40)}`,
          ]),
          labels: [],
        },
        proseNoAi,
      ),
    ),
    neg("neg-street-words", () =>
      carry(
        {
          text: r.one([
            "Main Street Capital asked for the portfolio dashboard.",
            "We need a main road of the roadmap, not every side street.",
            "Street team marketing budget moved to the avenue of least resistance, i.e. paid search.",
            "The Abbey Road session recordings are in the shared drive.",
            "Wall Street Journal paywall blocks the link, paste the text?",
            "Rue de la Paix is the most expensive square in French Monopoly.",
            "Calle 13 concert tickets for the team? lol",
          ]),
          labels: [],
        },
        proseNoAi,
      ),
    ),
    neg("neg-postcodes-elsewhere", () =>
      carry(
        {
          text: r.one([
            `Orders from delivery zones ${r.digits(5)} and ${r.digits(5)} grew ${r.upTo(2, 19)}% week on week.`,
            `Regex for the zip field: ^\\d{5}(-\\d{4})?$ — test value ${r.digits(5)} fails on whitespace.`,
            `Region ${r.upTo(10, 99)} ${r.one(["(Île-de-France)", "(Bayern)", "(Cataluña)"])} has ${r.upTo(3, 40)} stores.`,
            "Postcode areas SW, EC and WC are the London sales territory.",
          ]),
          labels: [],
        },
        proseNoAi,
      ),
    ),
    neg("neg-title-office-names", () => ({
      place: { app: r.one(["Microsoft Outlook", "Google Chrome"]) },
      channel: "title",
      body: {
        text: r.one([
          "Room booking: Baker Street (4th floor) - Outlook",
          "Floor plan – Avenue building – Robin",
          "Madrid office – Calle view – Photos",
        ]),
        labels: [],
      },
    })),
  ],
};

// ---------------------------------------------------------------- passports

const P = (document = r.passport()) => L("passport", document.number);

const passportWords = [
  "passport no.",
  "Reisepassnummer",
  "Pass-Nr.",
  "numéro de passeport",
  "n° passeport",
  "número de pasaporte",
  "pasaporte nº",
  "numero di passaporto",
  "paspoortnummer",
  "nr paszportu",
  "n.º do passaporte",
];

const passports: Family = {
  name: "passports",
  count: 180,
  templates: [
    tpl("passport-word-many-languages", () => {
      const document = r.passport();
      return carry(
        r.one([
          t`${r.one(passportWords)}: ${P(document)}`,
          t`For the visa letter I need your ${r.one(passportWords)} — mine is ${P(document)} (${document.country}).`,
          t`${document.country} passport ${P(document)}, expires ${r.upTo(2027, 2035)}`,
          t`Hotel asks for the ${r.one(passportWords)} of each guest: ${N()} ${P(document)}`,
        ]),
        prose,
      );
    }),
    tpl("travel-desk-booking", () => {
      const document = r.passport();
      return carry(
        t`Booking ref ${r.letters(6)}\nTraveller: ${N()}\nDocument: ${P(document)} / ${document.country}\nExpiry: ${r.upTo(10, 28)}.${r.upTo(10, 12)}.${r.upTo(2027, 2034)}`,
        ["mail", "clipboard", "screen", "doc"],
      );
    }),
    tpl("mrz-copied", () => {
      const who = r.latinPerson();
      const document = r.passport();
      const mrz = r.passportMrz(who, document);
      const numberLength = Math.min(document.number.length, 9);
      return {
        place: r.one([
          browser("Identity check - Onfido"),
          { app: "Preview", title: "scan_0012.pdf" },
          mailPlace(),
        ]),
        channel: r.one<Channel>(["clipboard", "screen"]),
        body: {
          text: mrz.lines,
          labels: [
            { start: 5, end: mrz.nameEnd, kind: "name" },
            { start: mrz.numberStart, end: mrz.numberStart + numberLength, kind: "passport" },
          ],
        },
      };
    }),
    tpl("bare-number-identity-form", () => ({
      place: r.one([
        browser(
          "Identity document - Onboarding - Personio",
          "https://kestrel.personio.de/onboarding/steps/identity-document",
        ),
        browser(
          "Travel profile: passport details - Navan",
          "https://app.navan.com/app/user/profile/travel-documents",
        ),
        browser("Add travel document - SAP Concur", "https://us2.concursolutions.com/profile/passport"),
        browser("Vérification d'identité – Lucca", "https://kestrel.ilucca.net/onboarding/piece-identite"),
      ]),
      channel: r.one<Channel>(["typed", "keys"]),
      body: t`${P()}`,
    })),
    tpl("assistant-passport", () => {
      const ai = assistant();
      return {
        place: ai.place,
        channel: "prompt",
        topics: ai.topics,
        body: t`fill in this ESTA form for me, passport ${P()}, name ${N()}`,
      };
    }),
    neg("neg-passport-software", () =>
      carry(
        {
          text: r.one([
            `passport-jwt@${r.semver()} needs the new strategy signature`,
            "Passport.js session serialisation breaks after the Express 5 upgrade.",
            "The Digital Product Passport regulation applies to batteries from 2027.",
            "Vaccination passport apps are out of scope for the mobile team.",
            "Passport is also the name of the loyalty app, ask the CRM team.",
          ]),
          labels: [],
        },
        proseNoAi,
      ),
    ),
    neg("neg-passport-office-info", () => ({
      place: browser(
        r.one([
          "Reisepass beantragen – Bürgeramt",
          "Passport fees - GOV.UK",
          "Demande de passeport - service-public.fr",
          "Cita previa pasaporte - Policía Nacional",
        ]),
      ),
      channel: r.one<Channel>(["screen", "title"]),
      body: {
        text: r.one([
          "Reisepass beantragen – Bürgeramt",
          "Passport fees - GOV.UK",
          "Demande de passeport - service-public.fr",
          "Cita previa pasaporte - Policía Nacional",
          `A standard adult passport costs £${r.upTo(80, 95)}.50 online; allow ${r.upTo(3, 10)} weeks.`,
        ]),
        labels: [],
      },
    })),
    neg("neg-passport-shaped-codes", () =>
      carry(
        {
          text: r.one([
            `Invoice ${r.digits(9)} was paid twice, refund ${r.letters(2)}${r.digits(7)}`,
            `Container ${r.letters(4)}${r.digits(7)} cleared customs in Rotterdam.`,
            `SKU ${r.letters(2)}${r.digits(6)} is back in stock.`,
          ]),
          labels: [],
        },
        proseNoAi,
      ),
    ),
  ],
};

// ---------------------------------------------------------------- national ids

const I = (value: string) => L("national-id", value);

interface IdScheme {
  value: () => string;
  words: readonly string[];
  form: readonly Place[];
}

const idSchemes: readonly IdScheme[] = [
  {
    value: () => r.ssn(),
    words: ["SSN", "social security number", "Social Security #"],
    form: [
      browser(
        "Form W-4 - Employee's Withholding Certificate - Gusto",
        "https://app.gusto.com/onboarding/tax-setup/federal",
      ),
      browser("I-9 Section 1 - Rippling", "https://app.rippling.com/onboarding/i9/section-1"),
    ],
  },
  {
    value: () => r.nino(),
    words: ["NI number", "National Insurance no.", "NINO"],
    form: [
      browser("Starter checklist - BrightPay", "https://kestrel.brightpay.co.uk/employee/starter-checklist"),
      browser("Your details - Payroll onboarding - Sage HR"),
    ],
  },
  {
    value: () => (r.odds(0.5) ? r.dni() : r.nie()),
    words: ["DNI", "NIE", "documento de identidad", "NIF"],
    form: [
      browser(
        "Alta de empleado - Datos fiscales - Factorial",
        "https://app.factorialhr.com/onboarding/datos-fiscales",
      ),
      browser("Modelo 145 - A3innuva Nómina"),
    ],
  },
  {
    value: () => r.nir(),
    words: ["numéro de sécurité sociale", "n° INSEE", "NIR"],
    form: [
      browser(
        "Embauche – Informations administratives – PayFit",
        "https://app.payfit.com/onboarding/informations-administratives",
      ),
      browser("Dossier salarié – Lucca"),
    ],
  },
  {
    value: () => r.steuerId(),
    words: ["Steuer-ID", "Steueridentifikationsnummer", "IdNr."],
    form: [
      browser(
        "Personalfragebogen – Steuerdaten – Personio",
        "https://kestrel.personio.de/onboarding/steps/tax-data",
      ),
      browser("Mitarbeiterdaten – DATEV Lohn"),
    ],
  },
  {
    value: () => r.bsn(),
    words: ["BSN", "burgerservicenummer", "sofinummer"],
    form: [
      browser("Persoonsgegevens - Nmbrs", "https://kestrel.nmbrs.nl/onboarding/persoonsgegevens"),
      browser("Indiensttreding - AFAS"),
    ],
  },
];

const nationalIds: Family = {
  name: "national-ids",
  count: 300,
  templates: [
    tpl("id-with-its-word", () => {
      const scheme = r.one(idSchemes);
      return carry(
        r.one([
          t`my ${r.one(scheme.words)} is ${I(scheme.value())} if payroll still needs it`,
          t`${r.one(scheme.words)}: ${I(scheme.value())}`,
          t`Corrected ${r.one(scheme.words)} for ${N()} → ${I(scheme.value())}`,
          t`${N()} (${r.one(scheme.words)} ${I(scheme.value())}) starts on the 1st`,
        ]),
        prose,
      );
    }),
    tpl("bare-id-onboarding-form", () => {
      const scheme = r.one(idSchemes);
      return {
        place: r.one(scheme.form),
        channel: r.one<Channel>(["typed", "keys", "keys"]),
        body: t`${I(scheme.value())}`,
      };
    }),
    tpl("bare-id-onboarding-url", () => {
      const scheme = r.one(idSchemes);
      const value = scheme.value().replace(/ /g, "");
      const form = r.one(scheme.form);
      return {
        place: form,
        channel: "url",
        body: t`${form.url ?? "https://kestrel.bamboohr.com/onboarding/tax"}?step=2&value=${I(value)}&autosave=1`,
      };
    }),
    tpl("id-in-spreadsheet-row", () => {
      const scheme = r.one(idSchemes);
      return carry(
        t`${N()}\t${r.isoDate()}\t${I(scheme.value())}\t${r.one(["full-time", "part-time", "contractor"])}`,
        ["clipboard", "screen"],
      );
    }),
    tpl("title-id-document", () => ({
      place: { app: r.one(["Preview", "Adobe Acrobat Reader", "Microsoft Excel"]) },
      channel: "title",
      body: r.one([
        t`Attestation_securite_sociale_${I(r.nir(true, false))}.pdf`,
        t`W2_2025_${I(r.ssn(""))}.pdf - Adobe Acrobat Reader`,
        t`DNI_${I(r.dni())}_anverso.jpg`,
      ]),
    })),
    tpl("assistant-id", () => {
      const ai = assistant();
      const scheme = r.one(idSchemes);
      return {
        place: ai.place,
        channel: "prompt",
        topics: ai.topics,
        body: t`is ${I(scheme.value())} a valid ${r.one(scheme.words)}? the form keeps rejecting it`,
      };
    }),
    neg("neg-invalid-check-digits", () =>
      carry(
        {
          text: r.one([
            `Part no. ${r.notSsn()} is discontinued, use the 2026 revision.`,
            `Case ${r.bsn(false)} was merged into the parent ticket.`,
            `Auftragsnummer ${r.steuerId(false, false)} ist storniert.`,
            `Ref. ${r.dni(false)} del pedido devuelto.`,
            `Lot ${r.nir(false, false)} failed QA.`,
          ]),
          labels: [],
        },
        proseNoAi,
      ),
    ),
    neg("neg-format-hints", () => ({
      place: r.one(idSchemes.flatMap((scheme) => scheme.form)),
      channel: "screen",
      body: {
        text: r.one([
          "National Insurance number, for example QQ 12 34 56 C",
          "Format: AAA-GG-SSSS (9 digits). We never store your full SSN after verification.",
          "Introduce tu DNI (8 números y una letra) o NIE (X, Y o Z, 7 números y una letra).",
          "Numéro de sécurité sociale : 13 chiffres + clé de 2 chiffres.",
          "Die Steuer-ID besteht aus 11 Ziffern und steht auf Ihrer Lohnsteuerbescheinigung.",
        ]),
        labels: [],
      },
    })),
    neg("neg-id-words-in-code", () => ({
      place: editor(),
      channel: r.one<Channel>(["typed", "clipboard"]),
      body: {
        text: r.one([
          "const ssnPattern = /^(?!000|666|9\\d\\d)\\d{3}-(?!00)\\d{2}-(?!0000)\\d{4}$/;",
          "def validate_bsn(value: str) -> bool:  # eleven test",
          "ALTER TABLE employees ADD COLUMN nino_encrypted bytea;",
          `assert nie_letter("X${r.digits(7)}") in LETTERS`,
        ]),
        labels: [],
      },
    })),
    neg("neg-long-numbers-elsewhere", () =>
      carry(
        {
          text: r.one([
            `Tracking ${r.trackingNumber()} shows the parcel in Leipzig hub.`,
            `Order ${r.orderReference()} refunded on ${r.isoDate()}.`,
            `Job ${r.digits(11)} finished in ${r.upTo(2, 59)}s.`,
          ]),
          labels: [],
        },
        proseNoAi,
      ),
    ),
  ],
};

// ---------------------------------------------------------------- banking

const RTN = (valid = true) => L("routing-number", r.routingNumber(valid));
const ACCT = () => L("bank-account", r.accountNumber());
const CARD = () => L("card", r.cardNumber());
const IBAN = (country?: string) => L("iban", r.iban(country));

const banking: Family = {
  name: "banking",
  count: 300,
  templates: [
    tpl("direct-deposit-us", () =>
      carry(
        r.one([
          t`Direct deposit change: routing ${RTN()}, checking ${ACCT()}. Effective next pay run.`,
          t`ABA ${RTN()} / acct ${ACCT()} — that's the credit union, not Chase.`,
          t`Wire instructions\nBank: First Prairie Credit Union\nRTN: ${RTN()}\nAccount: ${ACCT()}\nRef: INV-${r.digits(5)}`,
          t`ACH details for the vendor: ${RTN()} ${ACCT()} (savings)`,
          t`transit number ${RTN()} and account no. ${ACCT()}`,
        ]),
        prose,
      ),
    ),
    tpl("routing-account-bare-form", () => ({
      place: browser(
        r.one(["Direct deposit - Gusto", "Payment method - Bill.com", "Add bank account - Expensify"]),
      ),
      channel: r.one<Channel>(["typed", "keys"]),
      body: r.one([t`${RTN()}`, t`${ACCT()}`]),
    })),
    tpl("card-in-prose", () =>
      carry(
        r.one([
          t`Use the team card for the conference: ${CARD()} exp ${r.upTo(1, 12)}/${r.upTo(27, 31)}`,
          t`Corporate Amex is ${CARD()}, billing zip on file.`,
          t`card no ${CARD()} pls book the hotel on it`,
          t`Karte: ${CARD()}, gültig bis ${String(r.upTo(1, 12)).padStart(2, "0")}/${r.upTo(27, 31)}`,
          t`Tarjeta ${CARD()} para los billetes de tren`,
        ]),
        prose,
      ),
    ),
    tpl("card-typed-checkout", () => ({
      place: browser(
        r.one([
          "Checkout - Eventbrite",
          "Payment - Lufthansa",
          "Billing - Atlassian",
          "Paiement sécurisé - SNCF Connect",
        ]),
      ),
      channel: r.one<Channel>(["keys", "typed"]),
      body: t`${L("card", r.cardNumber(true, r.one([" ", ""])))}`,
    })),
    tpl("iban-in-prose", () =>
      carry(
        r.one([
          t`Please update my salary account to ${IBAN()} from next month.`,
          t`Rechnung bitte auf ${IBAN("DE")} überweisen, Verwendungszweck ${r.digits(8)}.`,
          t`Virement sur le compte ${IBAN("FR")} (BIC ${r.bic()}).`,
          t`Transferencia a ${IBAN("ES")}, concepto: reembolso viaje.`,
          t`Supplier bank details changed — new IBAN ${IBAN()} — can you confirm by phone before paying?`,
          t`${N()}: ${IBAN()}`,
        ]),
        prose,
      ),
    ),
    tpl("iban-in-payment-screen", () =>
      carry(
        t`Beneficiary: ${N()}\nIBAN: ${IBAN()}\nAmount: €${r.upTo(40, 4800)}.${r.digits(2)}\nReference: Reisekosten ${r.one(["Okt", "Nov", "Dez"])}`,
        ["screen", "clipboard"],
      ),
    ),
    tpl("assistant-banking", () => {
      const ai = assistant();
      return {
        place: ai.place,
        channel: "prompt",
        topics: ai.topics,
        body: r.one([
          t`why does my bank reject ${IBAN()} as invalid? i copied it from the invoice`,
          t`format this for a wire: routing ${RTN()} account ${ACCT()}`,
        ]),
      };
    }),
    neg("neg-documentation-examples", () =>
      carry(
        {
          text: r.one([
            "Stripe test card 4242 4242 4242 4242, any future expiry, any CVC.",
            "Example IBAN from the docs: DE89 3704 0044 0532 0130 00",
            "UK sample IBAN GB82 WEST 1234 5698 7654 32 — use it in the sandbox only.",
            "Placeholder: XXXX XXXX XXXX 1234",
          ]),
          labels: [],
        },
        proseNoAi,
      ),
    ),
    neg("neg-number-lookalikes", () =>
      carry(
        {
          text: r.one([
            `Tracking ${r.cardNumber(false, " ")} — DHL says tomorrow.`,
            `Job ${r.routingNumber(false)} completed, ${r.upTo(100, 900)} rows.`,
            `BIC ${r.bic()} belongs to the clearing bank, no account needed.`,
            `Sort by amount; ${r.upTo(2, 40)} transactions flagged out of ${r.upTo(1000, 9000)}.`,
            `Order ${r.orderReference()} total €${r.upTo(10, 999)}.${r.digits(2)}`,
          ]),
          labels: [],
        },
        proseNoAi,
      ),
    ),
    neg("neg-banking-code", () => ({
      place: editor(),
      channel: r.one<Channel>(["typed", "clipboard"]),
      body: {
        text: r.one([
          "const iban = form.get('iban')?.replace(/\\s+/g, '').toUpperCase();",
          "if (!luhn(cardNumber)) throw new InvalidCard();",
          "routing_number = serializers.CharField(max_length=9)",
          "SELECT count(*) FROM payouts WHERE account_number IS NULL;",
        ]),
        labels: [],
      },
    })),
  ],
};

// ---------------------------------------------------------------- secrets

const S = (value: string) => L("secret", value);

const providerKey = (): { label: string; value: string } =>
  r.one([
    () => ({ label: "AWS_SECRET_ACCESS_KEY", value: r.awsSecretKey() }),
    () => ({ label: "AWS_ACCESS_KEY_ID", value: r.awsAccessKeyId() }),
    () => ({ label: "GITHUB_TOKEN", value: r.githubPat() }),
    () => ({ label: "GITLAB_TOKEN", value: r.gitlabToken() }),
    () => ({ label: "SLACK_BOT_TOKEN", value: r.slackToken() }),
    () => ({ label: "STRIPE_API_KEY", value: r.stripeKey() }),
    () => ({ label: "GOOGLE_MAPS_KEY", value: r.googleApiKey() }),
    () => ({ label: "GOOGLE_CLIENT_SECRET", value: r.googleClientSecret() }),
    () => ({ label: "OPENAI_API_KEY", value: r.openaiKey() }),
    () => ({ label: "ANTHROPIC_API_KEY", value: r.anthropicKey() }),
    () => ({ label: "SENDGRID_API_KEY", value: r.sendgridKey() }),
    () => ({ label: "TWILIO_API_KEY", value: r.twilioKey() }),
    () => ({ label: "PYPI_TOKEN", value: r.pypiToken() }),
    () => ({ label: "DOCKERHUB_TOKEN", value: r.dockerPat() }),
    () => ({ label: "SHOPIFY_ADMIN_TOKEN", value: r.shopifyToken() }),
    () => ({ label: "VAULT_TOKEN", value: r.vaultToken() }),
    () => ({ label: "TELEGRAM_BOT_TOKEN", value: r.telegramBotToken() }),
  ])();

const hosts = [
  "db-primary.internal",
  "10.20.4.17",
  "pg.eu-west-1.rds.amazonaws.com",
  "mq.kestrel.local",
  "cache-02",
  "mongo0.halyard.svc.cluster.local",
];

const secrets: Family = {
  name: "secrets",
  count: 420,
  templates: [
    tpl("user-pass-pair-prose", () => {
      const user = r.username();
      return carry(
        r.one([
          t`login for the staging admin is ${user} / ${S(r.password())}`,
          t`user: ${user}\npass: ${S(r.password())}`,
          t`Benutzer ${user}, Passwort ${S(r.password())} — bitte nach dem ersten Login ändern`,
          t`identifiant ${user} et mot de passe ${S(r.password())}`,
          t`usuario: ${user} contraseña: ${S(r.password())}`,
          t`creds for the vendor portal → ${user} // ${S(r.password())}`,
        ]),
        prose,
      );
    }),
    tpl("pin-and-codes", () =>
      carry(
        r.one([
          t`the PIN is ${S(r.pin())}, don't share it outside the team`,
          t`SIM PIN ${S(r.pin(4))}, PUK ${S(r.digits(8))}`,
          t`Door code for the server room changed to ${S(r.pin())}#`,
          t`Die PIN für die Firmenkarte lautet ${S(r.pin(4))}.`,
        ]),
        prose,
      ),
    ),
    tpl("temporary-password-handover", () =>
      carry(
        r.one([
          t`Hi ${G()}, your temporary password is ${S(r.temporaryPassword())} — you'll be asked to change it on first sign-in.`,
          t`Reset done. Temp pw: ${S(r.temporaryPassword())}`,
          t`Tu contraseña provisional es ${S(r.temporaryPassword())}`,
          t`Mot de passe provisoire : ${S(r.temporaryPassword())}`,
        ]),
        ["chat", "dm", "mail", "messenger", "keys"],
      ),
    ),
    tpl("password-on-command-line", () => {
      const secret = r.password().replace(/['"$`\\!]/g, "x");
      const user = r.username();
      return {
        place: terminal(),
        channel: r.one<Channel>(["keys", "typed", "clipboard"]),
        body: r.one([
          t`mysql -h ${r.one(hosts)} -u ${user} -p${S(secret)} billing`,
          t`sshpass -p '${S(secret)}' ssh ${user}@${r.one(hosts)}`,
          t`docker login registry.kestrel.io -u ${user} -p ${S(secret)}`,
          t`curl -u ${user}:${S(secret)} https://ci.kestrel.io/api/json`,
          t`PGPASSWORD='${S(secret)}' psql -h ${r.one(hosts)} -U ${user} ledger`,
          t`net user ${user} ${S(secret)} /add`,
          t`openssl pkcs12 -export -in cert.pem -inkey key.pem -passout pass:${S(secret)} -out bundle.p12`,
          t`mongosh --username ${user} --password ${S(secret)} --host ${r.one(hosts)}`,
          t`az login -u ${user}@kestrel-labs.io -p ${S(secret)}`,
        ]),
      };
    }),
    tpl("connection-string", () => {
      const secret = r.password().replace(/[@:/?#%]/g, "z");
      const user = r.username();
      const host = r.one(hosts);
      return carry(
        r.one([
          t`postgresql://${user}:${S(secret)}@${host}:5432/ledger?sslmode=require`,
          t`mongodb+srv://${user}:${S(secret)}@cluster0.${r.chars(5, "abcdefghijklmnopqrstuvwxyz0123456789")}.mongodb.net/halyard`,
          t`redis://:${S(secret)}@${host}:6379/0`,
          t`amqps://${user}:${S(secret)}@${host}/vhost`,
          t`Server=${host};Database=Payroll;User Id=${user};Password=${S(secret)};Encrypt=true;`,
          t`jdbc:sqlserver://${host}:1433;databaseName=crm;user=${user};password=${S(secret)}`,
          t`git clone https://${user}:${S(r.githubPat())}@github.com/kestrel-labs/halyard.git`,
        ]),
        ["chat", "doc", "clipboard", "keys", "assistant"],
      );
    }),
    tpl("env-file-line", () => {
      const key = providerKey();
      return {
        place: editor(r.one([".env", ".env.production", "secrets.auto.tfvars", "values-prod.yaml"])),
        channel: r.one<Channel>(["typed", "clipboard", "screen"]),
        body: r.one([
          t`${key.label}=${S(key.value)}`,
          t`export ${key.label}="${S(key.value)}"`,
          t`${key.label.toLowerCase()}: "${S(key.value)}"`,
        ]),
      };
    }),
    tpl("provider-key-pasted", () => {
      const key = providerKey();
      return carry(
        r.one([
          t`here's the key for the sandbox: ${S(key.value)}`,
          t`${S(key.value)}`,
          t`rotated, new one is ${S(key.value)} (old one revoked)`,
          t`can you try with ${S(key.value)}? mine works`,
        ]),
        ["chat", "dm", "clipboard", "assistant", "messenger"],
      );
    }),
    tpl("aws-pair", () =>
      carry(
        t`aws_access_key_id = ${S(r.awsAccessKeyId())}\naws_secret_access_key = ${S(r.awsSecretKey())}\nregion = eu-central-1`,
        ["clipboard", "chat", "doc"],
      ),
    ),
    tpl("npmrc-line", () =>
      carry(
        r.one([
          t`//registry.npmjs.org/:_authToken=${S(r.npmToken())}`,
          t`//npm.pkg.github.com/:_authToken=${S(r.githubPat())}`,
          t`//kestrel.jfrog.io/artifactory/api/npm/npm/:_auth=${S(r.basicAuth(r.username(), r.password()))}`,
        ]),
        ["clipboard", "chat", "keys"],
      ),
    ),
    tpl("webhook-url", () => carry(t`${S(r.slackWebhook())}`, ["clipboard", "chat", "doc"])),
    tpl("auth-headers", () =>
      carry(
        r.one([
          t`curl -H "Authorization: Bearer ${S(r.jwt())}" https://api.kestrel.io/v2/reports`,
          t`Authorization: Basic ${S(r.basicAuth(r.username(), r.password()))}`,
          t`X-Api-Key: ${S(r.sendgridKey())}`,
          t`the session token is ${S(r.jwt())}, expires in an hour`,
        ]),
        ["clipboard", "chat", "keys", "assistant"],
      ),
    ),
    tpl("private-key-block", () =>
      carry(t`${S(r.pemPrivateKey())}`, ["clipboard", "chat", "doc", "assistant"]),
    ),
    tpl("k8s-secret-manifest", () => ({
      place: editor("secret.yaml"),
      channel: r.one<Channel>(["typed", "clipboard"]),
      body: t`apiVersion: v1\nkind: Secret\nmetadata:\n  name: ledger-db\ntype: Opaque\nstringData:\n  username: ${r.username()}\n  password: ${S(r.password())}`,
    })),
    tpl("wifi-and-shared-accounts", () =>
      carry(
        r.one([
          t`Guest wifi "Kestrel-Visitors" password: ${S(r.password())}`,
          t`WLAN-Schlüssel fürs Büro: ${S(r.password())}`,
          t`shared Figma login, pw ${S(r.password())}, don't tell procurement`,
        ]),
        ["chat", "messenger", "keys", "dm"],
      ),
    ),
    neg("neg-paging-cursors", () =>
      carry(
        {
          text: r.one([
            `GET /v1/events?limit=100&cursor=${r.pagingCursor()}`,
            `next_page_token: "${r.pagingCursor()}"`,
            `"after": "${r.pagingCursor()}"`,
          ]),
          labels: [],
        },
        ["chat", "clipboard", "doc", "keys"],
      ),
    ),
    neg("neg-placeholders", () =>
      carry(
        {
          text: r.one([
            "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE",
            "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "STRIPE_API_KEY=sk_live_XXXXXXXXXXXXXXXXXXXXXXXX",
            'export SLACK_BOT_TOKEN="your-slack-bot-token"',
            // An environment reference, written as npm reads it from .npmrc.
            `//registry.npmjs.org/:_authToken=$${"{"}NPM_TOKEN}`,
            "postgresql://<user>:<password>@localhost:5432/app",
            "password: ********",
            "OPENAI_API_KEY=<your-api-key-here>",
            "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----",
            "-----BEGIN OPENSSH PRIVATE KEY-----\n<paste your key here>\n-----END OPENSSH PRIVATE KEY-----",
          ]),
          labels: [],
        },
        ["chat", "clipboard", "doc"],
      ),
    ),
    neg("neg-secret-references", () => ({
      place: r.one([editor(), terminal()]),
      channel: r.one<Channel>(["typed", "clipboard", "keys"]),
      body: {
        text: r.one([
          'const key = process.env.STRIPE_SECRET_KEY ?? "";',
          'aws_secret = os.environ["AWS_SECRET_ACCESS_KEY"]',
          "SECRET_KEY = settings.SECRET_KEY",
          "ssh -i ~/.ssh/id_ed25519 deploy@build-01",
          "echo $GITHUB_TOKEN | docker login ghcr.io -u ci --password-stdin",
          "mysql -u root -p",
          "docker run -p 5432:5432 postgres:16",
          "kubectl get secret ledger-db -o yaml",
          "vault kv get secret/halyard/prod",
          "openssl genpkey -algorithm ed25519 -out private.pem",
        ]),
        labels: [],
      },
    })),
    neg("neg-hashes-and-ids", () =>
      carry(
        {
          text: r.one([
            `sha256:${r.sha256Hex()}`,
            `commit ${r.sha1Hex()}`,
            `request id ${r.uuid()}`,
            `integrity="sha384-${r.chars(64, r.base64Chars)}"`,
            `Checksum ${r.sha256Hex()}  halyard-${r.semver()}.tar.gz`,
            `etag: W/"${r.hexChars(32)}"`,
          ]),
          labels: [],
        },
        ["chat", "clipboard", "doc", "keys"],
      ),
    ),
    neg("neg-public-keys", () =>
      carry(
        {
          text: r.one([
            `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.chars(43, r.base64Chars)} ci@build-01`,
            `-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE${r.chars(28, r.base64Chars)}\n${r.chars(64, r.base64Chars)}\n-----END PUBLIC KEY-----`,
            `-----BEGIN CERTIFICATE-----\nMIIB${r.chars(60, r.base64Chars)}\n${r.chars(64, r.base64Chars)}\n-----END CERTIFICATE-----`,
          ]),
          labels: [],
        },
        ["chat", "clipboard", "doc"],
      ),
    ),
    neg("neg-password-talk", () =>
      carry(
        {
          text: r.one([
            "Passwords must be at least 14 characters and not reuse the last 5.",
            "Reset your password from the sign-in page, IT can't see it.",
            "Rotate the database password on Friday, runbook is linked in the ticket.",
            "Forgot my PIN again, going to the IT desk.",
            "Le mot de passe doit contenir au moins 12 caractères.",
          ]),
          labels: [],
        },
        proseNoAi,
      ),
    ),
  ],
};

// ---------------------------------------------------------------- password fields

const signInPages: readonly Place[] = [
  { app: "1Password", title: "Unlock 1Password" },
  { app: "Bitwarden", title: "Bitwarden - Log in" },
  { app: "Cisco Secure Client", title: "Cisco Secure Client | vpn.kestrel-labs.io" },
  { app: "FortiClient", title: "FortiClient VPN" },
  { app: "KeePassXC", title: "Unlock Database - KeePassXC" },
  { app: "loginwindow", title: "Login Window" },
  { app: "SAP Logon", title: "SAP Easy Access" },
];

const passwordFields: Family = {
  name: "password-fields",
  count: 80,
  templates: [
    tpl("sign-in-page", () => ({
      place: r.one([
        browser(
          "Sign in to your account",
          "https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=00000002-0000-0ff1-ce00-000000000000",
        ),
        browser("Okta", "https://kestrel.okta.com/login/login.htm"),
        browser("Anmelden – DATEV", "https://login.datev.de/"),
        browser("Connexion - Qonto", "https://app.qonto.com/signin"),
      ]),
      channel: "password",
      body: { text: r.password(), labels: [] },
    })),
    tpl("desktop-unlock", () => ({
      place: r.one(signInPages),
      channel: "password",
      body: { text: r.one([r.password(), r.pin(6)]), labels: [] },
    })),
    tpl("sudo-prompt", () => ({
      place: terminal(),
      channel: "password",
      body: { text: r.password(), labels: [] },
    })),
    neg("neg-search-about-passwords", () => ({
      place: r.one([
        browser("Search - Confluence"),
        { app: "Spotlight", title: "Spotlight" },
        browser("Kestrel IT Help Center"),
      ]),
      channel: r.one<Channel>(["typed", "keys"]),
      body: {
        text: r.one([
          "reset vpn password",
          "password policy 2026",
          "how to change sso pin",
          "1password shared vault access",
          "passwort vergessen datev",
        ]),
        labels: [],
      },
    })),
    neg("neg-username-field", () => ({
      place: browser("Sign in", "https://kestrel.okta.com/login/login.htm"),
      channel: r.one<Channel>(["typed", "keys"]),
      body: { text: r.one(["svc_reporting", "build-agent-07", "readonly", "kestrel-admin"]), labels: [] },
    })),
  ],
};

// ---------------------------------------------------------------- phones

const PH = (region?: r.Region, international?: boolean) => L("phone", r.phone(region, international));

const phones: Family = {
  name: "phones",
  count: 220,
  templates: [
    tpl("call-me-prose", () =>
      carry(
        r.one([
          t`call me on ${PH()} if the deploy goes sideways`,
          t`My mobile is ${PH()}, WhatsApp works too.`,
          t`Ruf mich bitte unter ${PH("DE")} an.`,
          t`Tu peux me joindre au ${PH("FR")} ce soir.`,
          t`Llámame al ${PH("ES")} cuando salgas.`,
          t`ring me on ${PH("GB")} after 5`,
          t`Cell: ${PH("US")}`,
        ]),
        prose,
      ),
    ),
    tpl("signature-with-phone", () =>
      carry(t`Best,\n${N()}\nCustomer Success\nT ${PH(undefined, true)} | M ${PH(undefined, true)}`, [
        "mail",
        "clipboard",
        "screen",
      ]),
    ),
    tpl("contact-card", () =>
      carry(
        t`${N()}\n${r.one(["Facilities", "Recruiting", "Field engineer", "Landlord"])}\n${PH()}\n${L("email", r.mailbox())}`,
        ["clipboard", "screen", "doc"],
      ),
    ),
    tpl("bare-phone-in-form", () => ({
      place: browser(
        r.one([
          "Emergency contact - Workday",
          "Contact details - Personio",
          "Mon profil - Lucca",
          "Datos de contacto - Factorial",
        ]),
      ),
      channel: r.one<Channel>(["typed", "keys"]),
      body: t`${PH()}`,
    })),
    tpl("tel-url", () => {
      const number = r.phone(undefined, true).replace(/[ ()]/g, "");
      return { place: browser("Contact"), channel: "url", body: t`tel:${L("phone", number)}` };
    }),
    tpl("assistant-phone", () => {
      const ai = assistant();
      return {
        place: ai.place,
        channel: "prompt",
        topics: ai.topics,
        body: t`write an sms to ${PH()} saying I'm running 10 min late`,
      };
    }),
    neg("neg-log-timestamps", () =>
      carry(
        {
          text: r.one([
            `${r.commaMillisTimestamp()} INFO  [main] o.h.engine.Bootstrap - started in ${r.upTo(2, 9)}.${r.digits(3)}s`,
            `${r.commaMillisTimestamp()} WARN pool-${r.upTo(1, 9)}-thread-${r.upTo(1, 20)} retrying`,
            `[${r.commaMillisTimestamp()}] ERROR gunicorn.error: Worker timeout (pid:${r.upTo(1000, 99999)})`,
          ]),
          labels: [],
        },
        ["clipboard", "chat", "screen", "doc"],
      ),
    ),
    neg("neg-numbers-not-phones", () =>
      carry(
        {
          text: r.one([
            `Order ${r.orderReference()} shipped ${r.isoDate()}.`,
            `Bumped ${r.one(["react", "pydantic", "tokio", "spring-boot"])} from ${r.semver()} to ${r.semver()}.`,
            `Invoice total 1 ${r.digits(3)} ${r.digits(3)},${r.digits(2)} €`,
            `ISBN 978-${r.upTo(1, 3)}-${r.digits(3)}-${r.digits(5)}-${r.upTo(0, 9)}`,
            `Window ${r.isoDate()} 02:00–04:00, ticket CHG${r.digits(7)}`,
            `Ticket #${r.digits(8)}, ${r.upTo(10, 99)} comments, ${r.upTo(100, 999)} views`,
          ]),
          labels: [],
        },
        proseNoAi,
      ),
    ),
    neg("neg-title-build-numbers", () => ({
      place: { app: r.one(["Xcode", "Android Studio", "Google Chrome"]) },
      channel: "title",
      body: {
        text: r.one([
          `Build ${r.buildVersion()} — TestFlight`,
          `Rows ingested: 1 ${r.digits(3)} ${r.digits(3)} - Grafana`,
          `Version ${r.semver()} (${r.digits(8)})`,
        ]),
        labels: [],
      },
    })),
  ],
};

// ---------------------------------------------------------------- emails and addresses on the network

const contacts: Family = {
  name: "emails-and-ips",
  count: 210,
  templates: [
    tpl("email-in-prose", () =>
      carry(
        r.one([
          t`send it to ${L("email", r.mailbox())} and cc me`,
          t`Her private address is ${L("email", r.mailbox(r.latinPerson(), true))}, use that while she's on leave.`,
          t`Schick's an ${L("email", r.mailbox())}`,
          t`Reply-To: ${L("email", r.mailbox())}`,
        ]),
        prose,
      ),
    ),
    tpl("mailto-url", () => ({
      place: browser("Contact"),
      channel: "url",
      body: t`mailto:${L("email", r.mailbox())}?subject=Invoice%20${r.digits(5)}`,
    })),
    tpl("title-mail-from", () => ({
      place: { app: "Thunderbird" },
      channel: "title",
      body: t`${L("email", r.mailbox())} - Inbox - Mozilla Thunderbird`,
    })),
    tpl("ip-beside-browser", () => {
      const ip = r.odds(0.8) ? r.publicIp() : r.ipv6();
      return carry(
        r.one([
          t`Chrome ${r.buildVersion()} from ${L("ip", ip)} keeps failing the SSO check`,
          t`Firefox ${r.upTo(115, 140)}.0 ${L("ip", ip)} – blocked by WAF rule 942100`,
          t`Safari/${r.upTo(600, 620)}.1.${r.upTo(1, 15)} client ${L("ip", ip)} hit the rate limit`,
          t`Edge ${r.buildVersion()} (${L("ip", ip)}) login from a new location`,
        ]),
        ["chat", "clipboard", "screen", "doc", "assistant"],
      );
    }),
    tpl("ip-beside-runtime", () => {
      const ip = r.odds(0.5) ? r.privateIp() : r.publicIp();
      return carry(
        r.one([
          t`node v${r.upTo(18, 24)}.${r.upTo(0, 12)}.${r.upTo(0, 3)} listening on ${L("ip", ip)}:${r.upTo(3000, 9000)}`,
          t`Python ${r.upTo(3, 3)}.${r.upTo(10, 13)}.${r.upTo(0, 9)} worker at ${L("ip", ip)} died`,
          t`OpenJDK ${r.upTo(17, 23)}.0.${r.upTo(1, 9)} on ${L("ip", ip)}, GC pauses ${r.upTo(100, 900)}ms`,
          t`Go 1.${r.upTo(21, 24)}.${r.upTo(0, 9)} agent ${L("ip", ip)} heartbeat missed`,
        ]),
        ["chat", "clipboard", "screen", "keys"],
      );
    }),
    tpl("ssh-to-ip", () => ({
      place: terminal(),
      channel: r.one<Channel>(["keys", "typed"]),
      body: t`ssh ${r.username()}@${L("ip", r.one([r.privateIp(), r.publicIp()]))}`,
    })),
    tpl("url-with-ip", () => ({
      place: browser("Admin"),
      channel: "url",
      body: t`http://${L("ip", r.privateIp())}:${r.upTo(8000, 9999)}/admin/login`,
    })),
    neg("neg-versions-like-ips", () =>
      carry(
        {
          text: r.one([
            `Chrome/${r.buildVersion()} Safari/537.36`,
            `Windows build 10.0.${r.upTo(19000, 26100)}.${r.upTo(1000, 5000)}`,
            `Node ${r.upTo(18, 24)}.${r.upTo(0, 19)}.${r.upTo(0, 9)}, npm ${r.semver()}`,
            `SNMP OID 1.3.6.1.4.1.${r.upTo(1000, 60000)}.1`,
            `see section 4.2.${r.upTo(1, 9)}.${r.upTo(1, 9)} of the spec`,
          ]),
          labels: [],
        },
        proseNoAi,
      ),
    ),
    neg("neg-at-signs-not-emails", () =>
      carry(
        {
          text: r.one([
            `npm i @types/node@${r.semver()} @nestjs/core@${r.semver()}`,
            "git@github.com:kestrel-labs/halyard.git",
            "@Injectable() export class LedgerService {}",
            "@here standup moved to 10:15",
            `docker pull ghcr.io/kestrel-labs/worker@sha256:${r.sha256Hex()}`,
          ]),
          labels: [],
        },
        proseNoAi,
      ),
    ),
  ],
};

// ---------------------------------------------------------------- hr

const hrTopic: Topic[] = ["hr"];
const money = () =>
  r.one([
    `€${r.upTo(38, 140)},${r.one(["000", "500"])}`,
    `£${r.upTo(32, 120)}k`,
    `$${r.upTo(70, 260)},000`,
    `${r.upTo(40, 120)}.${r.one(["000", "500"])} € brutto`,
    `${r.upTo(30, 90)} k€`,
  ]);

const hr: Family = {
  name: "hr",
  count: 230,
  templates: [
    tpl("pay-attached-to-person", () =>
      carry(
        r.one([
          t`${N()}'s new base is ${money()} from April, plus 10% bonus target`,
          t`bump ${G()} to ${money()}? she's the lowest paid senior on the team`,
          t`Gehalt ${N()}: ${money()}, Erhöhung ab 1.1.`,
          t`Le salaire de ${N()} passe à ${money()} au 1er janvier.`,
          t`Subida salarial para ${N()}: ${money()} anuales.`,
          t`Retention bonus for ${G()}: ${money()} paid in two tranches`,
        ]),
        prose,
        hrTopic,
      ),
    ),
    tpl("hr-document-title", () => {
      const who = r.latinPerson();
      const name = r.fullName(who);
      const underscored = `${who.given}_${who.family}`.replace(/ /g, "_");
      return {
        place: { app: r.one(["Adobe Acrobat Reader", "Microsoft Word", "Preview", "Google Chrome"]) },
        channel: "title",
        topics: hrTopic,
        body: r.one([
          t`Offer letter – ${L("name", name)}.pdf - Adobe Acrobat Reader`,
          t`Payslip_2026-${String(r.upTo(1, 12)).padStart(2, "0")}_${L("name", underscored)}.pdf`,
          t`Performance improvement plan - ${L("name", name)}.docx - Word`,
          t`PIP – ${L("name", name)} – Google Docs`,
          t`Termination checklist – ${L("name", name)} - Confluence`,
          t`Severance agreement draft v3 (${L("name", name)}).docx`,
          t`Aufhebungsvertrag_${L("name", underscored)}.pdf`,
          t`Lettre de licenciement - ${L("name", name)}.docx`,
          t`Carta de despido – ${L("name", name)}.docx - Word`,
          t`Abmahnung ${L("name", name)} – Entwurf`,
        ]),
      };
    }),
    tpl("hr-document-title-no-name", () => {
      const [app, text] = r.one([
        ["Google Chrome", "My payslip November 2026 - Personio"],
        ["Microsoft Excel", "Severance calculation (confidential).xlsx - Excel"],
        ["Microsoft Word", "Written warning – final – draft.docx - Word"],
        ["Firefox", "Compensation review H2 – my team – Workday"],
        ["Adobe Acrobat Reader", "Fiche de paie novembre 2026.pdf"],
      ] as const);
      return { place: { app }, channel: "title", topics: hrTopic, body: { text, labels: [] } };
    }),
    tpl("disability-and-leave", () =>
      carry(
        r.one([
          t`${N()} is on long-term disability leave from the 3rd, please reassign her tickets quietly.`,
          t`Short-term disability claim for ${G()} approved through end of January.`,
          t`I'll be on parental leave from March, ${G()} covers the on-call.`,
          t`${N()} ist ab Montag in Elternzeit, bitte nicht weitersagen.`,
        ]),
        prose,
        hrTopic,
      ),
    ),
    tpl("numeric-rating", () =>
      carry(
        r.one([
          t`Calibration: ${N()} — ${r.upTo(1, 2)} (below expectations), ${N()} — ${r.upTo(4, 5)}`,
          t`rating ${r.upTo(1, 5)}/5 for ${G()} this cycle, manager disagrees`,
          t`Leistungsbeurteilung ${N()}: ${r.upTo(1, 5)} von 5`,
          t`${N()} got a "${r.one(["partially meets", "exceeds", "does not meet"])}" in the mid-year review`,
        ]),
        prose,
        hrTopic,
      ),
    ),
    tpl("termination-prose", () =>
      carry(
        r.one([
          t`We're letting ${G()} go on Friday, HR has the paperwork, keep it quiet until then.`,
          t`${N()} resigned, last day is the 19th, exit interview Thursday.`,
          t`Formal warning issued to ${N()} for the expense claims.`,
        ]),
        ["chat", "dm", "mail", "doc", "assistant"],
        hrTopic,
      ),
    ),
    tpl("hr-system-url", () => ({
      place: browser("Workday"),
      channel: "url",
      topics: hrTopic,
      body: {
        text: r.one([
          `https://wd3.myworkday.com/kestrel/d/task/2997$${r.digits(4)}.htmld#compensation-change`,
          `https://kestrel.bamboohr.com/employees/performance/reviews/${r.digits(5)}?rating=edit`,
          `https://kestrel.personio.de/staff/${r.digits(7)}/salary-history`,
          `https://app.hibob.com/people/${r.digits(12)}/lifecycle/termination`,
        ]),
        labels: [],
      },
    })),
    neg("neg-tech-review-words", () =>
      carry(
        {
          text: r.one([
            "Performance review of the query planner: the nested loop join is the culprit.",
            "terminate the process if it doesn't exit in 30s",
            `Terminated instance i-0${r.hexChars(16)} after the AMI bump.`,
            "Let's promote the canary to production after lunch.",
            "App Store rating went from 4.3 to 4.6 after the fix.",
            "Make an offer to the customer: 3 months free on the Pro plan.",
            "The cron job fired twice, the warning is harmless.",
            "Picture-in-picture (PiP) mode is broken on Safari.",
            "Termination proof for the loop invariant is in the appendix.",
          ]),
          labels: [],
        },
        proseNoAi,
      ),
    ),
    neg("neg-hr-words-titles", () => ({
      place: { app: r.one(browsers) },
      channel: "title",
      body: {
        text: r.one([
          "Severance (TV series) - Wikipedia",
          "pip install fails with SSL error - Stack Overflow",
          "Payload CMS – Collections",
          "Salary negotiation tips? - r/cscareerquestions - Reddit",
          "Offer | Product Hunt",
        ]),
        labels: [],
      },
    })),
  ],
};

// ---------------------------------------------------------------- health

const healthTopic: Topic[] = ["health"];

const health: Family = {
  name: "health",
  count: 230,
  templates: [
    tpl("procedures-and-surgery", () =>
      carry(
        {
          text: r.one([
            "Out Thursday and Friday, having my gallbladder removed (laparoscopic cholecystectomy), back Monday hopefully.",
            "My ACL reconstruction is on the 14th, I'll be on crutches for a few weeks.",
            "Knie-OP am Dienstag, danach zwei Wochen Reha.",
            "Je me fais opérer de la cataracte lundi, je serai absent deux jours.",
            "Me operan de apendicitis mañana, aviso cuando salga.",
            "Wisdom teeth extraction went fine, face looks like a hamster.",
            "Colonoscopy prep today so I'm offline after 3.",
          ]),
          labels: [],
        },
        prose,
        healthTopic,
      ),
    ),
    tpl("states-remission-pregnancy", () =>
      carry(
        r.one([
          t`Good news: scan came back clear, I'm officially in remission 🎉`,
          t`I'm 14 weeks pregnant, telling the team after the 20-week scan.`,
          t`${G()}'s lymphoma is in remission, she'll be back part-time in January.`,
          t`Ich bin schwanger, Mutterschutz ab Mai.`,
          t`Estoy embarazada de ${r.upTo(8, 30)} semanas, lo comunico a RR. HH. la semana que viene.`,
        ]),
        prose,
        healthTopic,
      ),
    ),
    tpl("tests-and-labs", () =>
      carry(
        {
          text: r.one([
            `HbA1c came back at ${r.upTo(6, 9)}.${r.upTo(0, 9)}%, doctor wants to start metformin.`,
            `TSH ${r.upTo(4, 9)}.${r.upTo(0, 9)} mIU/L again, so more blood work on Monday.`,
            `Positive strep test, antibiotics for 10 days.`,
            `MRI of my lumbar spine is at 8:40, might be late to standup.`,
            `Blutwerte: Ferritin ${r.upTo(5, 14)} ng/ml, Eisenmangel bestätigt.`,
            `Prise de sang à jeun demain pour le bilan lipidique.`,
          ]),
          labels: [],
        },
        prose,
        healthTopic,
      ),
    ),
    tpl("specialty-appointments", () =>
      carry(
        r.one([
          t`Oncology follow-up at 2pm, back online by 4.`,
          t`Rheumatologist moved my appointment to Wednesday.`,
          t`${G()} has a cardiology appointment, can you cover her 1:1s?`,
          t`Termin beim Psychiater um 17 Uhr, bin ab 16:30 weg.`,
          t`RDV chez l'endocrinologue jeudi matin.`,
          t`Cita con el neumólogo el martes a las 9.`,
        ]),
        prose,
        healthTopic,
      ),
    ),
    tpl("condition-abbreviations", () =>
      carry(
        {
          text: r.one([
            "My ADHD meds ran out, brain is soup today.",
            "PTSD flare-up, taking the afternoon.",
            "IBS is acting up again, working from home.",
            "Got diagnosed with T2D last week, still processing.",
            "COPD + the smoke from the fires = not coming in.",
            "My kid's ASD assessment is finally scheduled.",
            "Long COVID fatigue again, async only today.",
          ]),
          labels: [],
        },
        prose,
        healthTopic,
      ),
    ),
    tpl("brand-medicines", () =>
      carry(
        {
          text: r.one([
            "Started Ozempic last month, feel awful in the mornings.",
            "Forgot my Xanax at home, can we push the presentation?",
            "On Humira now, so I skip the flu-shot clinic.",
            "Pharmacy is out of Concerta again, third week.",
            "Elvanse ist wieder nicht lieferbar.",
            "Le médecin m'a mis sous Lexomil pour deux semaines.",
            "Tomo Sintrom, así que nada de ibuprofeno.",
          ]),
          labels: [],
        },
        prose,
        healthTopic,
      ),
    ),
    tpl("health-titles-and-urls", () => {
      const channel = r.one<Channel>(["title", "url"]);
      return channel === "title"
        ? {
            place: { app: r.one(browsers) },
            channel,
            topics: healthTopic,
            body: {
              text: r.one([
                "Test results: Lipid panel - MyChart",
                "Your appointment with Dermatology - NHS App",
                "Befund MRT Knie.pdf - Adobe Acrobat Reader",
                "Ordonnance du 12 novembre - Doctolib",
                "Chemotherapy schedule – week 3 - Google Calendar",
              ]),
              labels: [],
            },
          }
        : {
            place: browser("Doctolib"),
            channel,
            topics: healthTopic,
            body: {
              text: r.one([
                `https://www.doctolib.de/psychotherapeut/berlin/booking?motive=${r.digits(7)}`,
                `https://mychart.example-health.org/MyChart/app/test-results/details?orderId=${r.digits(9)}&test=HIV-1-2-AG-AB`,
                `https://www.zocdoc.com/search?reason_visit=prenatal-visit&insurance=${r.digits(4)}`,
                `https://www.doctolib.fr/oncologue/lyon/rdv?specialite=oncologie`,
              ]),
              labels: [],
            },
          };
    }),
    neg("neg-figurative-disease-words", () =>
      carry(
        {
          text: r.one([
            "This legacy module is a cancer, every change spreads.",
            "The launch post went viral, 2M impressions overnight.",
            "Our test suite is sick, half the jobs are flaky.",
            "Feature creep is the real pandemic here.",
            "That bug is contagious, it broke three services.",
            "The release train is on life support.",
            "Memory leak in the worker, RSS grows until OOM.",
            "Sanity check before the demo? smoke test passed.",
          ]),
          labels: [],
        },
        proseNoAi,
      ),
    ),
    neg("neg-clinic-domain-code", () => ({
      place: editor(r.one(["appointments.sql", "patient_repository.py", "booking.ts"])),
      channel: r.one<Channel>(["typed", "clipboard", "screen"]),
      body: {
        text: r.one([
          "SELECT patient_id, appointment_at FROM appointments WHERE clinic_id = $1 AND status = 'booked';",
          "class PatientRepository(BaseRepository[Patient]):",
          "export type Specialty = 'cardiology' | 'oncology' | 'dermatology';",
          "GET /healthz 200 2ms",
          "livenessProbe:\n  httpGet:\n    path: /health",
        ]),
        labels: [],
      },
    })),
    neg("neg-health-words-in-business", () =>
      carry(
        {
          text: r.one([
            "Pipeline health is green, three deals in late stage.",
            "Account health score dropped to 62 for the Nordics cluster.",
            "The healthcare vertical deck needs new logos.",
            "Wellness budget reminder: gym reimbursements close Friday.",
          ]),
          labels: [],
        },
        proseNoAi,
      ),
    ),
  ],
};

// ---------------------------------------------------------------- conversations

const promptTopic: Topic[] = ["prompt"];

const personalLife = [
  "honestly the divorce paperwork is eating all my evenings",
  "we finally closed on the flat!! moving in two weeks",
  "my dad's being difficult about the care home again, sorry if I'm slow today",
  "date last night was a disaster lol, he talked about crypto for 2 hours",
  "can't stop thinking about the fight we had this morning",
  "my landlord is threatening to keep the whole deposit",
  "kid was up all night, I'm running on fumes",
  "we're trying for a second baby, don't tell anyone yet",
  "wir haben uns gestern getrennt, ich brauche heute etwas Ruhe",
  "mon frère a encore des dettes, je ne sais plus quoi faire",
  "mi pareja se va a vivir a Lisboa y no sé si seguirla",
];

const workTalk = [
  "can you approve the PR before 5? release branch cuts tonight",
  "the vendor call moved to Thursday 10:00, same link",
  "dashboards look fine after the rollback, closing the incident",
  "I'll take the Q1 roadmap section, you take hiring",
  "standup notes are in the doc, nothing blocking",
  "customer asked for the SOC 2 bridge letter, who has it?",
  "der Build ist wieder grün, kannst du mergen?",
  "la démo client est décalée à 15h",
  "el despliegue terminó sin errores",
];

const conversations: Family = {
  name: "conversations",
  count: 200,
  templates: [
    tpl("personal-life-in-work-chat", () => ({
      place: r.one([workChat(), directChat(r.fullName(r.latinPerson()))]),
      channel: r.one<Channel>(["typed", "keys"]),
      topics: promptTopic,
      body: { text: r.one(personalLife), labels: [] },
    })),
    tpl("personal-life-in-messenger", () => ({
      place: messenger(),
      channel: r.one<Channel>(["typed", "keys"]),
      topics: promptTopic,
      body: { text: r.one(personalLife), labels: [] },
    })),
    tpl("personal-thread-screen", () => ({
      place: r.one([messenger(), directChat(r.fullName(r.latinPerson()))]),
      channel: "screen",
      topics: promptTopic,
      body: {
        text: `${r.one(personalLife)}\n${r.one(["oh no, call me tonight?", "❤️ here if you need me", "ugh, sorry. want to grab lunch?", "tu veux qu'on en parle ce soir ?"])}`,
        labels: [],
      },
    })),
    tpl("assistant-any-text", () => {
      const ai = assistant();
      return {
        place: ai.place,
        channel: "prompt",
        topics: ai.topics,
        body: {
          text: r.one([
            "Explain the difference between a left join and a semi join with an example",
            "Write a bash loop that retries curl 5 times with exponential backoff",
            "Translate into German: the maintenance window moves to Sunday",
            "What's a good name for an internal billing service?",
            "Résume ce texte en trois points",
          ]),
          labels: [],
        },
      };
    }),
    tpl("assistant-typed-in-browser", () => ({
      place: browser("Perplexity", "https://www.perplexity.ai/"),
      channel: r.one<Channel>(["typed", "keys"]),
      topics: promptTopic,
      body: {
        text: r.one([
          "best way to paginate a graphql api",
          "compare kafka and pulsar for 10k msg/s",
          "how to write a blameless postmortem",
        ]),
        labels: [],
      },
    })),
    neg("neg-work-talk-in-messenger", () => ({
      place: messenger(),
      channel: r.one<Channel>(["typed", "keys"]),
      body: { text: r.one(workTalk), labels: [] },
    })),
    neg("neg-work-talk-in-work-chat", () => ({
      place: workChat(),
      channel: r.one<Channel>(["typed", "keys", "screen"]),
      body: { text: r.one(workTalk), labels: [] },
    })),
    neg("neg-small-talk-at-work", () => ({
      place: workChat(),
      channel: r.one<Channel>(["typed", "keys"]),
      body: {
        text: r.one([
          "coffee machine on 3 is fixed ☕",
          "who's in the office tomorrow?",
          "lunch at 12:30?",
          "happy friday all",
          "the offsite hotel has a pool btw",
        ]),
        labels: [],
      },
    })),
  ],
};

/** Round three's held-out corpus, family by family. */
export const thirdFamilies: readonly Family[] = [
  names,
  addresses,
  passports,
  nationalIds,
  banking,
  secrets,
  passwordFields,
  phones,
  contacts,
  hr,
  health,
  conversations,
];

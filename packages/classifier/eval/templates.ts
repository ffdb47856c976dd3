import type { Topic, ValueKind } from "./items.ts";
import * as v from "./values.ts";

/**
 * Templates of the evaluation corpus, by family. Each template draws fresh
 * values every time it is used; labelled values are marked with `L(kind, …)`
 * so their offsets are known exactly. Families hold hard negatives beside
 * positives: the look-alikes each detector must leave alone.
 */

export interface Labelled {
  kind: ValueKind;
  value: string;
}
export type Piece = string | number | Labelled;

export function L(kind: ValueKind, value: string): Labelled {
  return { kind, value };
}

export interface Composed {
  text: string;
  labels: { start: number; end: number; kind: ValueKind }[];
}

/** Tagged template: `t\`Hi ${L("name", n)}\`` gives the text and the label offsets. */
export function t(strings: TemplateStringsArray, ...pieces: Piece[]): Composed {
  let text = "";
  const labels: Composed["labels"] = [];
  strings.forEach((literal, index) => {
    text += literal;
    const piece = pieces[index];
    if (piece === undefined) return;
    if (typeof piece === "string" || typeof piece === "number") {
      text += String(piece);
    } else {
      if (typeof piece.value !== "string") throw new Error(`label ${piece.kind} without a value`);
      labels.push({ start: text.length, end: text.length + piece.value.length, kind: piece.kind });
      text += piece.value;
    }
  });
  return { text, labels };
}

export interface Place {
  app: string;
  title?: string;
  url?: string;
}

/** How the text reaches the classifier. */
export type Channel =
  | "typed" // text.input, or key presses when short and on one line
  | "keys" // always key presses
  | "clipboard"
  | "screen"
  | "prompt"
  | "title" // the window title is the graded field
  | "url" // the URL is the graded field
  | "password"; // typed into a password field

export interface Draft {
  place: Place;
  channel: Channel;
  body: Composed;
  topics?: Topic[];
}

export interface Template {
  name: string;
  negative?: boolean;
  /**
   * Templates are dealt into the two parts within their group; a group of one
   * is used by both parts. Defaults to the family's positives or negatives.
   */
  group?: string;
  make(split: "dev" | "held-out"): Draft;
}

export interface Family {
  name: string;
  /** Items per part (development or held-out). */
  count: number;
  templates: Template[];
}

// ---------------------------------------------------------------- places

const browsers = ["Google Chrome", "Firefox", "Safari", "Microsoft Edge", "Arc"];
const browser = (title: string, url?: string): Place => ({
  app: v.pick(browsers),
  title,
  ...(url === undefined ? {} : { url }),
});
const workChat = (): Place =>
  v.pick([
    {
      app: "Slack",
      title: `${v.pick(["#general", "#team-platform", "#random", "#eng-backend", "#design", "#sales-emea"])} - Acme - Slack`,
    },
    { app: "Microsoft Teams", title: "Chat | Microsoft Teams" },
    { app: "Google Chat", title: "Google Chat" },
    { app: "Mattermost", title: "Town Square - Mattermost" },
  ]);
const directMessage = (name: string): Place =>
  v.pick([
    { app: "Slack", title: `${name} (DM) - Acme - Slack` },
    { app: "Microsoft Teams", title: `Chat | ${name} | Microsoft Teams` },
  ]);
const messenger = (): Place =>
  v.pick([
    { app: "WhatsApp", title: "WhatsApp" },
    { app: "Signal", title: "Signal" },
    { app: "Telegram", title: "Telegram" },
    { app: "Messages", title: "Messages" },
  ]);
const mail = (subject = "Inbox"): Place =>
  v.pick([
    { app: "Microsoft Outlook", title: `${subject} - Outlook` },
    browser(`${subject} - Gmail`, "https://mail.google.com/mail/u/0/#inbox"),
    { app: "Mail", title: subject },
  ]);
const docs = (name = v.pick(["Notes", "Q3 planning", "Team wiki", "1:1 notes", "Meeting notes"])): Place =>
  v.pick([
    browser(
      `${name} - Google Docs`,
      `https://docs.google.com/document/d/${v.rng.string.alphanumeric(44)}/edit`,
    ),
    { app: "Microsoft Word", title: `${name}.docx - Word` },
    { app: "Notion", title: `${name} - Notion` },
    browser(`${name} - Confluence`, "https://acme.atlassian.net/wiki/spaces/ENG/pages/123456"),
    { app: "Notes", title: name },
  ]);
const editor = (
  file = v.pick([
    "config.ts",
    "settings.py",
    "deploy.sh",
    "docker-compose.yml",
    "main.go",
    ".env.example",
    "README.md",
    "app.js",
  ]),
): Place =>
  v.pick([
    { app: "Visual Studio Code", title: `${file} — api` },
    { app: "IntelliJ IDEA", title: `api – ${file}` },
    { app: "Cursor", title: `${file} - backend - Cursor` },
  ]);
const terminal = (): Place =>
  v.pick([
    { app: "iTerm2", title: "zsh — 120×40" },
    { app: "Terminal", title: "bash" },
    { app: "Windows Terminal", title: "PowerShell" },
    { app: "Warp", title: "~/src/api" },
  ]);
const ai = (): Place =>
  v.pick([
    { app: "ChatGPT", title: "ChatGPT", url: "https://chatgpt.com/" },
    { app: "Claude", title: "Claude", url: "https://claude.ai/new" },
    browser("Gemini", "https://gemini.google.com/app"),
  ]);
const anywhere = (): Place => v.pick([workChat(), mail(), docs(), browser("New Tab")]);

// A short helper for lists of template makers with a shared shape.
const tpl = (name: string, make: Template["make"], negative = false, group?: string): Template => ({
  name,
  make,
  negative,
  ...(group === undefined ? {} : { group }),
});

const N = () => L("name", v.fullName());
const F = () => L("name", v.firstName());

// ---------------------------------------------------------------- families

const names: Family = {
  name: "person-name",
  count: 450,
  templates: [
    tpl("greeting-first", () => ({
      place: v.pick([workChat(), mail()]),
      channel: "typed",
      body: t`${v.pick(["Hi", "Hey", "Hello", "Morning", "Thanks", "Cheers"])} ${F()}, ${v.pick(["can you take a look at the PR?", "the deck is in the shared drive.", "are we still on for 3?", "I pushed the fix."])}`,
    })),
    tpl("greeting-full", () => ({
      place: mail(),
      channel: "typed",
      body: t`Dear ${N()},\n\nthank you for your application. We would like to invite you to a second interview.`,
    })),
    tpl("signature", () => ({
      place: mail(),
      channel: "typed",
      body: t`${v.pick(["Let me know if anything is unclear.", "See attached.", "Talk soon."])}\n\n${v.pick(["Best", "Kind regards", "Thanks", "Cheers", "Best wishes"])},\n${N()}`,
    })),
    tpl("meeting-with", () => ({
      place: v.pick([workChat(), docs()]),
      channel: "typed",
      body: t`${v.pick(["Had a call with", "Catching up with", "Pairing with", "Lunch with", "1:1 with"])} ${N()} ${v.pick(["tomorrow", "at 2pm", "after standup", "on Friday"])}`,
    })),
    tpl("from", () => ({
      place: anywhere(),
      channel: "typed",
      body: t`${v.pick(["Got a message from", "Forwarding this from", "Feedback from", "Heard back from"])} ${F()} ${v.pick(["about the launch", "— they agree", "on the contract", "re: pricing"])}`,
    })),
    tpl("chat-title", () => ({
      place: { app: v.pick(["Slack", "Microsoft Teams", "WhatsApp", "Signal"]) },
      channel: "title",
      body: v.pick([
        () => t`Chat – ${N()}`,
        () => t`${N()} (DM) - Acme - Slack`,
        () => t`Chat | ${N()} | Microsoft Teams`,
        () => t`${F()} - WhatsApp`,
      ])(),
    })),
    tpl("meeting-title", () => ({
      place: { app: v.pick(["zoom.us", "Microsoft Teams", "Google Chrome"]) },
      channel: "title",
      body: t`${v.pick(["Meeting with", "Interview:", "1:1 –", "Call with"])} ${N()} ${v.pick(["- Zoom", "| Microsoft Teams", "- Google Meet", ""])}`,
    })),
    tpl("profile-url", () => {
      const name = v.fullName();
      return {
        place: browser(`${name} | LinkedIn`),
        channel: "url",
        body: t`https://www.linkedin.com/in/${L("name", v.slug(name))}-${v.rng.string.alphanumeric(6).toLowerCase()}/`,
      };
    }),
    tpl("people-url", () => {
      const name = v.fullName();
      return {
        place: browser("People directory"),
        channel: "url",
        body: t`https://intranet.acme.io/people/${L("name", v.slug(name))}`,
      };
    }),
    tpl("assign", () => ({
      place: browser("CORE-1182 - Jira", "https://acme.atlassian.net/browse/CORE-1182"),
      channel: "screen",
      body: t`Assignee: ${N()}\nReporter: ${N()}\nStatus: In Progress\nPriority: High`,
    })),
    tpl("prose-full", () => ({
      place: v.pick([docs(), mail()]),
      channel: "typed",
      body: t`${N()} ${v.pick(["will present the roadmap", "is out until Monday", "owns the billing migration", "joined the team last week", "asked for the numbers"])}.`,
    })),
    tpl("ask-first", () => ({
      place: workChat(),
      channel: "typed",
      body: t`${v.pick(["ask", "ping", "check with", "loop in", "cc"])} ${F()} ${v.pick(["before merging", "for access", "if unsure", "on this"])}`,
    })),
    tpl("transcript", () => ({
      place: browser("Meeting transcript"),
      channel: "screen",
      body: t`${N()}: ${v.pick(["I think we should ship it.", "Can everyone see my screen?", "Let's take this offline."])}\n${N()}: ${v.pick(["Agreed.", "One concern on latency.", "Sounds good."])}`,
    })),
    tpl("calendar", () => ({
      place: { app: "Calendar" },
      channel: "title",
      body: t`${v.pick(["Lunch", "Coffee", "Sync", "Interview"])} with ${F()} – ${v.pick(["Calendar", "Outlook"])}`,
    })),
    tpl("mention", () => ({
      place: docs(),
      channel: "typed",
      body: t`Owner: ${N()} · Reviewers: ${N()}, ${N()}`,
    })),
    tpl("dictated", () => ({
      place: ai(),
      channel: "prompt",
      topics: ["prompt"],
      body: t`write a short thank-you note to ${N()} for covering my on-call shift`,
    })),
    // hard negatives
    tpl(
      "neg-capitalised-phrases",
      () => ({
        place: docs(),
        channel: "typed",
        body: t`${v.pick(["Merge Request", "Release Train", "Sprint Review", "Grace Period", "Apple Music", "Google Drive", "Data Lake", "Customer Success", "Dead Letter Queue", "Pull Request", "Service Level Objective", "Load Balancer"])} ${v.pick(["is scheduled for Monday", "needs an owner", "was updated", "got moved to Q4"])}.`,
      }),
      true,
    ),
    tpl(
      "neg-places",
      () => ({
        place: workChat(),
        channel: "typed",
        body: t`${v.pick(["The Austin office", "Our Paris team", "Charlotte, NC", "Santa Clara campus", "Victoria station", "Jackson Heights", "Florence", "Sydney", "Georgia", "Lincoln Park"])} ${v.pick(["is closed on Friday", "moved to the new building", "has the offsite next week", "is fully booked"])}`,
      }),
      true,
    ),
    tpl(
      "neg-tools",
      () => ({
        place: workChat(),
        channel: "typed",
        body: t`${v.pick(["Jenkins", "Hugo", "Jackson", "Ruby", "Django", "Kafka Connect", "Grafana", "Homer", "Lambda", "Sage", "Jasmine", "Karma", "Mocha", "Ansible", "Terraform Cloud"])} ${v.pick(["is failing on main", "needs an upgrade", "works fine locally", "config changed"])}`,
      }),
      true,
    ),
    tpl(
      "neg-team-greeting",
      () => ({
        place: v.pick([workChat(), mail()]),
        channel: "typed",
        body: t`${v.pick(["Hi team", "Hello all", "Hey folks", "Dear Customer", "Dear Hiring Manager", "Thanks everyone", "Morning all"])}, ${v.pick(["the build is green again.", "please fill in the survey.", "standup is cancelled.", "we shipped v2."])}`,
      }),
      true,
    ),
    tpl(
      "neg-code-ids",
      () => ({
        place: editor(),
        channel: "typed",
        body: t`${v.pick(["const userName = req.user.displayName;", "getFullName(firstName, lastName)", "class PersonName extends ValueObject {}", "SELECT first_name, last_name FROM users LIMIT 10;", "assert user.full_name is not None"])}`,
      }),
      true,
    ),
    tpl(
      "neg-title",
      () => ({
        place: { app: v.pick(["Slack", "Notion", "Google Chrome"]) },
        channel: "title",
        body: t`${v.pick(["#general - Acme - Slack", "Untitled - Notion", "Release Notes – Confluence", "Chat – #incident-4821", "Sprint Planning - Google Calendar", "New Tab"])}`,
      }),
      true,
    ),
    tpl(
      "neg-url",
      () => ({
        place: browser("Docs"),
        channel: "url",
        body: t`https://${v.pick(["docs.acme.io/guides/getting-started", "github.com/acme/api/pull/4821", "acme.atlassian.net/browse/CORE-1182", "www.nytimes.com/2025/03/02/technology/ai-chips.html", "developer.mozilla.org/en-US/docs/Web/API/Fetch_API"])}`,
      }),
      true,
    ),
  ],
};

const addresses: Family = {
  name: "address",
  count: 200,
  templates: [
    tpl("ship-to", () => ({
      place: browser("Checkout"),
      channel: "typed",
      body: t`${L("address", v.postalAddress())}`,
    })),
    tpl("prose-us", () => ({
      place: v.pick([mail(), workChat()]),
      channel: "typed",
      body: t`${v.pick(["Please send the laptop to", "My new address is", "Courier can drop it at", "We moved to"])} ${L("address", v.postalAddress("US"))}`,
    })),
    tpl("prose-uk", () => ({
      place: mail(),
      channel: "typed",
      body: t`${v.pick(["Deliver to", "Our flat is at", "Post it to", "Address:"])} ${L("address", v.postalAddress("GB"))}`,
    })),
    tpl("prose-de", () => ({
      place: mail(),
      channel: "typed",
      body: t`${v.pick(["Lieferadresse:", "Meine Adresse:", "Bitte an", "Neue Anschrift:"])} ${L("address", v.postalAddress("DE"))}`,
    })),
    tpl("prose-fr", () => ({
      place: mail(),
      channel: "typed",
      body: t`${v.pick(["Adresse de livraison :", "J'habite au", "Envoyer à", "Nouvelle adresse :"])} ${L("address", v.postalAddress("FR"))}`,
    })),
    tpl("prose-es", () => ({
      place: mail(),
      channel: "typed",
      body: t`${v.pick(["Dirección:", "Mi dirección es", "Enviar a", "Nos mudamos a"])} ${L("address", v.postalAddress("ES"))}`,
    })),
    tpl("contact-card", () => ({
      place: browser("Contacts"),
      channel: "screen",
      body: t`${N()}\n${L("address", v.postalAddress())}\n${L("phone", v.phone())}`,
    })),
    tpl("emergency-contact", () => ({
      place: browser(
        "Workday - Personal Information",
        "https://wd5.myworkday.com/acme/d/task/personal.htmld",
      ),
      channel: "screen",
      body: t`Emergency contact: ${N()}\nHome address: ${L("address", v.postalAddress())}`,
    })),
    tpl("clipboard", () => ({
      place: browser("Maps"),
      channel: "clipboard",
      body: t`${L("address", v.postalAddress())}`,
    })),
    tpl("maps-title", () => ({
      place: { app: "Google Chrome" },
      channel: "title",
      body: t`${L("address", v.postalAddress())} - Google Maps`,
    })),
    // hard negatives
    tpl(
      "neg-counts",
      () => ({
        place: workChat(),
        channel: "typed",
        body: t`${v.pick([`${v.int(100, 999)} tests passed in ${v.int(3, 40)} files`, `build ${v.int(1000, 9999)} on main street branch`, `${v.int(2, 40)} open PRs on the Park project`, `Step ${v.int(1, 9)} of ${v.int(10, 12)}: Road map review`, `Apollo ${v.int(11, 17)} Drive folder is shared`])}`,
      }),
      true,
    ),
    tpl(
      "neg-street-only",
      () => ({
        place: workChat(),
        channel: "typed",
        body: t`${v.pick(["the office on Main Street is closed today", "parking on Baker Street is a nightmare", "lunch at the place on Rue Oberkampf?", "the team dinner is near Gran Vía"])}`,
      }),
      true,
    ),
    tpl(
      "neg-rooms",
      () => ({
        place: { app: "Calendar" },
        channel: "title",
        body: t`${v.pick(["Room 4.12, Building B", "Floor 3 - Focus Room 12", "Conference Room 2A (8 seats)", "Hall 5, Stand 120"])}`,
      }),
      true,
    ),
    tpl(
      "neg-postal-looking",
      () => ({
        place: editor(),
        channel: "typed",
        body: t`${v.pick([`port ${v.int(10000, 65000)} on host db-${v.int(1, 9)}`, `HTTP ${v.pick(["200", "404", "503"])} after ${v.int(100, 900)} ms from ${v.pick(["eu-west-1", "us-east-2"])}`, `retry ${v.int(1, 5)} of 5, backoff ${v.int(100, 5000)} ms`])}`,
      }),
      true,
    ),
  ],
};

const passports: Family = {
  name: "passport",
  count: 100,
  templates: [
    tpl("prose", () => {
      const p = v.passportNumber();
      return {
        place: v.pick([mail(), workChat()]),
        channel: "typed",
        body: t`${v.pick(["my passport number is", "passport no.", "Passport:", "here's my passport number:"])} ${L("passport", p.number)}`,
      };
    }),
    tpl("travel-form", () => {
      const p = v.passportNumber();
      return {
        place: browser("Travel booking - Concur", "https://www.concursolutions.com/travel/profile"),
        channel: "screen",
        body: t`Traveller: ${N()}\nPassport number: ${L("passport", p.number)}\nIssuing country: ${p.country}\nExpiry: ${String(v.int(1, 28)).padStart(2, "0")}/${String(v.int(1, 12)).padStart(2, "0")}/20${v.int(27, 35)}`,
      };
    }),
    tpl("form-field", () => {
      const p = v.passportNumber();
      return {
        place: browser("Visa application – Passport details", "https://visa.example.gov/apply/passport"),
        channel: "keys",
        body: t`${L("passport", p.number)}`,
      };
    }),
    tpl("onboarding-id", () => ({
      place: browser(
        "New hire onboarding – Identity documents - Workday",
        "https://wd5.myworkday.com/acme/onboarding/identity",
      ),
      channel: "typed",
      body: t`${L("passport", v.passportNumber().number)}`,
    })),
    tpl("hotel", () => ({
      place: mail("Check-in details"),
      channel: "typed",
      body: t`Guest ${N()}, ${v.pick(["pasaporte", "passeport", "Reisepass", "passport"])} ${L("passport", v.passportNumber().number)}`,
    })),
    // hard negatives
    tpl(
      "neg-passport-js",
      () => ({
        place: editor("auth.ts"),
        channel: "typed",
        body: t`${v.pick(["app.use(passport.initialize());", "passport.authenticate('jwt', { session: false })", "npm i passport-local@1.0.0", "import passport from 'passport';"])}`,
      }),
      true,
    ),
    tpl(
      "neg-passport-prose",
      () => ({
        place: anywhere(),
        channel: "typed",
        body: t`${v.pick(["don't forget your passport for the offsite", "passport photos must be 35x45 mm", "renew your passport at least 6 weeks before travel", "the passport office is closed on bank holidays"])}`,
      }),
      true,
    ),
    tpl(
      "neg-codes",
      () => ({
        place: workChat(),
        channel: "typed",
        body: t`${v.pick([`order ${v.orderNumber()} shipped`, `ticket ${v.pick(["ABC", "OPS", "INC"])}${v.int(100000, 999999)} reopened`, `flight ${v.pick(["LH", "BA", "AF", "IB"])}${v.int(100, 9999)} delayed`, `SKU ${v.rng.string.alphanumeric(9).toUpperCase()} out of stock`])}`,
      }),
      true,
    ),
  ],
};

const nationalIds: Family = {
  name: "national-id",
  count: 200,
  templates: [
    tpl("labelled", () => {
      const id = v.nationalId();
      return {
        place: v.pick([mail(), docs()]),
        channel: "typed",
        body: t`${id.scheme}: ${L("national-id", id.value)}`,
      };
    }),
    tpl("prose", () => {
      const id = v.nationalId();
      return {
        place: v.pick([mail(), workChat()]),
        channel: "typed",
        body: t`${v.pick(["my", "her", "his"])} ${id.scheme} is ${L("national-id", id.value)}`,
      };
    }),
    tpl("onboarding-bare-ssn", () => ({
      place: browser(
        "New Hire Onboarding – Tax Information - Workday",
        "https://wd5.myworkday.com/acme/onboarding/tax",
      ),
      channel: "keys",
      body: t`${L("national-id", v.usSsn(v.pick(["-", "", " "])))}`,
    })),
    tpl("onboarding-bare-any", () => {
      const id = v.nationalId();
      return {
        place: browser(
          v.pick([
            "Onboarding – Personal details",
            "Employee onboarding | Personal data - Personio",
            "HR Portal - New starter form",
          ]),
          v.pick([
            "https://acme.personio.de/onboarding/personal-data",
            "https://hr.acme.io/onboarding/new-starter",
            "https://acme.bamboohr.com/onboarding/tax-forms",
          ]),
        ),
        channel: "typed",
        body: t`${L("national-id", id.value)}`,
      };
    }),
    tpl("payroll-screen", () => ({
      place: browser("Payroll - Employee record"),
      channel: "screen",
      body: t`Employee: ${N()}\nSSN: ${L("national-id", v.usSsn())}\nFiling status: Single`,
    })),
    tpl("nino-form", () => ({
      place: browser(
        "HMRC - Check your National Insurance record",
        "https://www.tax.service.gov.uk/check-your-national-insurance-record",
      ),
      channel: "keys",
      body: t`${L("national-id", v.ukNino())}`,
    })),
    tpl("clipboard-id", () => ({
      place: docs(),
      channel: "clipboard",
      body: t`${L("national-id", v.pick([v.esDni, v.frInsee, v.ukNino, () => v.usSsn()])())}`,
    })),
    // hard negatives
    tpl(
      "neg-invalid-ssn",
      () => ({
        place: workChat(),
        channel: "typed",
        body: t`${v.pick(["000", "666", `9${v.int(10, 99)}`])}-${String(v.int(1, 99)).padStart(2, "0")}-${String(v.int(1, 9999)).padStart(4, "0")} ${v.pick(["is the test fixture", "shows up in the sample data", "is a placeholder"])}`,
      }),
      true,
    ),
    tpl(
      "neg-employee-number",
      () => ({
        place: workChat(),
        channel: "typed",
        body: t`${v.pick(["employee id", "badge", "cost centre", "PO"])} ${v.int(100000, 999999)}`,
      }),
      true,
    ),
    tpl(
      "neg-numbers",
      () => ({
        place: editor(),
        channel: "typed",
        body: t`${v.pick([`timeout: ${v.int(10000, 99999)}`, `"count": ${v.int(100000000, 999999999)}`, `id = ${v.int(10000000, 99999999)}`, `expect(total).toBe(${v.int(100000000, 999999999)});`])}`,
      }),
      true,
    ),
    tpl(
      "neg-onboarding-prose",
      () => ({
        place: browser("New hire onboarding - Workday", "https://wd5.myworkday.com/acme/onboarding"),
        channel: "typed",
        body: t`${v.pick(["looking forward to starting", "I will bring the documents on Monday", "question about the laptop setup", "which team am I joining?"])}`,
      }),
      true,
    ),
  ],
};

const bank: Family = {
  name: "bank",
  count: 150,
  templates: [
    tpl("routing-account", () => ({
      place: v.pick([mail(), docs()]),
      channel: "typed",
      body: t`${v.pick(["Routing", "Routing number", "ABA", "RTN"])}: ${L("routing-number", v.abaRouting())}${v.pick([", ", "\n", " / "])}${v.pick(["Account", "Account number", "Acct #", "Acct"])}: ${L("bank-account", v.bankAccount())}`,
    })),
    tpl("direct-deposit", () => ({
      place: browser("Direct deposit - ADP", "https://my.adp.com/static/redbox/#/pay/direct-deposit"),
      channel: "screen",
      body: t`Bank: ${v.pick(["Chase", "Wells Fargo", "Bank of America", "Citi", "US Bank"])}\nRouting number ${L("routing-number", v.abaRouting())}\nAccount number ${L("bank-account", v.bankAccount())}\nType: Checking`,
    })),
    tpl("prose", () => ({
      place: v.pick([mail(), workChat()]),
      channel: "typed",
      body: t`wire it to routing ${L("routing-number", v.abaRouting())} account ${L("bank-account", v.bankAccount())} please`,
    })),
    tpl("routing-only-field", () => ({
      place: browser("Payroll setup – Bank details", "https://app.gusto.com/employee/bank-account"),
      channel: "keys",
      body: t`${L("routing-number", v.abaRouting())}`,
    })),
    tpl(
      "card",
      () => ({
        place: v.pick([workChat(), mail(), browser("Checkout")]),
        channel: "typed",
        body: t`${v.pick(["card:", "my card is", "use the company card", "Card number"])} ${L("card", v.card())}`,
      }),
      false,
      "card",
    ),
    tpl(
      "iban",
      () => ({
        place: v.pick([mail(), docs()]),
        channel: "typed",
        body: t`${v.pick(["IBAN", "Bankverbindung: IBAN", "RIB / IBAN :", "IBAN:"])} ${L("iban", v.iban())}`,
      }),
      false,
      "iban",
    ),
    // hard negatives
    tpl(
      "neg-routing-words",
      () => ({
        place: editor(),
        channel: "typed",
        body: t`${v.pick(["routing table: 10.0.0.0/8 via eth0", "routing key orders.created.v1", "BGP routing flapped again", "react-router routing for /settings"])}`,
      }),
      true,
    ),
    tpl(
      "neg-nine-digits",
      () => ({
        place: v.pick([workChat(), browser("Orders")]),
        channel: "typed",
        body: t`${v.pick(["order", "invoice", "case", "shipment"])} ${v.pick([v.abaRouting, v.notAbaRouting])()} ${v.pick(["is delayed", "was refunded", "closed"])}`,
      }),
      true,
    ),
    tpl(
      "neg-account-word",
      () => ({
        place: workChat(),
        channel: "typed",
        body: t`${v.pick([`account ${v.pick(["settings", "page", "menu"])} moved to the sidebar`, `AWS account ${v.pick(["prod", "staging", "sandbox"])} is over budget`, "the account number field should be masked"])}`,
      }),
      true,
    ),
  ],
};

const secrets: Family = {
  name: "secret",
  count: 450,
  templates: [
    tpl("user-pass-pair", () => ({
      place: v.pick([workChat(), mail()]),
      channel: "typed",
      body: t`${v.pick(["user", "username", "login", "u"])}: ${v.pick(["admin", "deploy", "jsmith", "root", "svc-export"])} / ${v.pick(["pass", "password", "pw", "pwd"])}: ${L("secret", v.password())}`,
    })),
    tpl("creds-prose", () => ({
      place: v.pick([workChat(), messenger()]),
      channel: "typed",
      body: t`${v.pick(["the wifi password is", "login for the staging box is admin and the password is", "new password:", "pw is", "it's"])} ${L("secret", v.password())}`,
    })),
    tpl("cli-flag", () => ({
      place: terminal(),
      channel: "keys",
      body: v.pick([
        () => t`mysql -u root -p${L("secret", v.password().replace(/[ '"]/g, ""))} -h db.internal`,
        () => t`psql --username=app --password=${L("secret", v.password().replace(/[ '"]/g, ""))}`,
        () => t`sshpass -p '${L("secret", v.password().replace(/'/g, ""))}' ssh deploy@bastion`,
        () =>
          t`curl -u admin:${L("secret", v.password().replace(/[ '"@:]/g, ""))} https://ci.acme.io/api/json`,
        () => t`docker login -u ci -p ${L("secret", v.password().replace(/[ '"]/g, ""))} registry.acme.io`,
      ])(),
    })),
    tpl("connection-url", () => ({
      place: v.pick([editor(".env"), terminal(), workChat()]),
      channel: "typed",
      body: t`${v.pick(["postgres", "postgresql", "mysql", "mongodb+srv", "redis", "amqp"])}://${v.pick(["app", "admin", "reporting"])}:${L("secret", v.password().replace(/[ @:/?#]/g, ""))}@${v.pick(["db.internal", "10.0.3.12", "cluster0.ab1cd.mongodb.net", "localhost"])}:${v.int(3000, 6000)}/${v.pick(["app", "prod", "metrics"])}`,
    })),
    tpl("pin", () => ({
      place: v.pick([messenger(), workChat()]),
      channel: "typed",
      body: t`${v.pick(["the PIN is", "door code is", "my PIN:", "card PIN"])} ${L("secret", v.pin())}`,
    })),
    tpl("temp-password", () => ({
      place: v.pick([mail("Your account"), workChat()]),
      channel: "typed",
      body: t`${v.pick(["Your temporary password is", "temp password:", "I reset it, use", "one-time password"])} ${L("secret", v.password())} ${v.pick(["— change it at first login", "", "and change it after"])}`,
    })),
    tpl("npmrc", () => ({
      place: editor(".npmrc"),
      channel: "typed",
      body: t`//registry.npmjs.org/:_authToken=${L("secret", v.npmToken())}`,
    })),
    tpl("provider-token", () => ({
      place: v.pick([workChat(), editor(), terminal()]),
      channel: "typed",
      body: v.pick([
        () => t`export GITHUB_TOKEN=${L("secret", v.githubToken())}`,
        () =>
          t`aws_access_key_id = ${L("secret", v.awsAccessKey())}\naws_secret_access_key = ${L("secret", v.awsSecretKey())}`,
        () => t`SLACK_BOT_TOKEN=${L("secret", v.slackToken())}`,
        () => t`stripe key ${L("secret", v.stripeKey())}`,
        () => t`Authorization: Bearer ${L("secret", v.jwt())}`,
      ])(),
    })),
    tpl("env-assignment", () => ({
      place: editor(".env"),
      channel: "typed",
      body: t`${v.pick(["DB_PASSWORD", "API_KEY", "SECRET_KEY", "REDIS_PASSWORD", "SMTP_PASS"])}=${L("secret", v.pick([v.password, v.genericApiKey])().replace(/\s/g, ""))}`,
    })),
    tpl("private-key", () => ({
      place: v.pick([editor("id_rsa"), workChat()]),
      channel: "clipboard",
      body: t`${L("secret", v.privateKeyPem())}`,
    })),
    tpl("jwt-clipboard", () => ({
      place: browser("jwt.io"),
      channel: "clipboard",
      body: t`${L("secret", v.jwt())}`,
    })),
    tpl("api-key-prose", () => ({
      place: workChat(),
      channel: "typed",
      body: t`${v.pick(["here's the api key", "use this key", "token for the sandbox:", "the vendor key is"])} ${L("secret", v.genericApiKey())}`,
    })),
    tpl(
      "password-field-keys",
      () => ({
        place: browser("Sign in", "https://login.acme.io/"),
        channel: "password",
        body: t`${v.password()}`,
      }),
      false,
      "password-field",
    ),
    tpl(
      "password-field-pin",
      () => ({
        place: browser("Online banking – Sign in", "https://secure.bank.example/login"),
        channel: "password",
        body: t`${v.pin()}`,
      }),
      false,
      "password-field",
    ),
    // hard negatives
    tpl(
      "neg-cursor",
      () => ({
        place: v.pick([browser("API explorer"), terminal(), editor()]),
        channel: "typed",
        body: v.pick([
          () => t`GET /v1/events?cursor=${v.pagingCursor()}&limit=50`,
          () => t`"next_cursor": "${v.pagingCursor()}"`,
          () => t`page_token=${v.pagingCursor()}`,
        ])(),
      }),
      true,
    ),
    tpl(
      "neg-cursor-url",
      () => ({
        place: browser("Audit log"),
        channel: "url",
        body: t`https://console.acme.io/audit?after=${v.pagingCursor()}`,
      }),
      true,
    ),
    tpl(
      "neg-placeholder",
      () => ({
        place: v.pick([editor("README.md"), docs()]),
        channel: "typed",
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the sample text holds a literal placeholder
        body: t`${v.pick(["API_KEY=XXXXXXXXXXXXXXXXXXXXXXXX", "export GITHUB_TOKEN=your-github-token", "aws_access_key_id = AKIAIOSFODNN7EXAMPLE", "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "token: <YOUR_TOKEN_HERE>", "password: ********", "SLACK_TOKEN=xoxb-your-token", "//registry.npmjs.org/:_authToken=${NPM_TOKEN}", "Authorization: Bearer <access-token>", "stripe_key = 'sk_test_xxxxxxxxxxxxxxxxxxxx'"])}`,
      }),
      true,
    ),
    tpl(
      "neg-pem-empty",
      () => ({
        place: editor("README.md"),
        channel: "typed",
        body: t`${v.pick(["-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----", "-----BEGIN PRIVATE KEY-----\n<paste your key here>\n-----END PRIVATE KEY-----", "-----BEGIN OPENSSH PRIVATE KEY-----\n-----END OPENSSH PRIVATE KEY-----"])}`,
      }),
      true,
    ),
    tpl(
      "neg-reference",
      () => ({
        place: editor(),
        channel: "typed",
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the sample text holds a literal placeholder
        body: t`${v.pick(["password = os.environ['DB_PASSWORD']", "const token = process.env.GITHUB_TOKEN;", "SECRET_KEY = settings.SECRET_KEY", "api_key: ${{ secrets.API_KEY }}", "key_file = '~/.ssh/id_ed25519'", "password_file: /run/secrets/db_password", "client_secret=config.get('oauth.client_secret')", "let pass = await vault.read('kv/app/db');", "DB_PASSWORD: !Ref DbPasswordParam", "auth = HTTPBasicAuth(user, password)"])}`,
      }),
      true,
    ),
    tpl(
      "neg-password-prose",
      () => ({
        place: anywhere(),
        channel: "typed",
        body: t`${v.pick(["I forgot my password again, resetting it now", "password must be at least 12 characters", "did you get the password reset email?", "please never share your password in Slack", "the password policy changes next month", "use the password manager for shared logins"])}`,
      }),
      true,
    ),
    tpl(
      "neg-hashes",
      () => ({
        place: v.pick([terminal(), workChat(), editor()]),
        channel: "typed",
        body: v.pick([
          () => t`sha256:${v.sha256()}`,
          () => t`reverted ${v.commitSha()}`,
          () => t`request id ${v.uuid()}`,
          () =>
            t`"integrity": "sha512-${Buffer.from(v.sha256(), "hex").toString("base64")}${Buffer.from(v.sha256(), "hex").toString("base64").slice(0, 20)}"`,
          () => t`image: registry.acme.io/api@sha256:${v.sha256()}`,
        ])(),
      }),
      true,
    ),
    tpl(
      "neg-title",
      () => ({
        place: { app: v.pick(["Google Chrome", "Firefox"]) },
        channel: "title",
        body: t`${v.pick(["Forgot password? - Acme", "Reset your password | GitHub", "Sign in - Google Accounts", "Change password – Settings", "Two-factor authentication"])}`,
      }),
      true,
    ),
  ],
};

const phones: Family = {
  name: "phone",
  count: 200,
  templates: [
    tpl("call-me", () => ({
      place: v.pick([workChat(), messenger(), mail()]),
      channel: "typed",
      body: t`${v.pick(["call me on", "my number is", "reach me at", "text me at", "mobile:"])} ${L("phone", v.phone())}`,
    })),
    tpl("gb-national", () => ({
      place: mail(),
      channel: "typed",
      body: t`${v.pick(["Tel", "Mobile", "Phone", "Ring me on"])} ${L("phone", v.phone("GB", false))}`,
    })),
    tpl("de-national", () => ({
      place: mail(),
      channel: "typed",
      body: t`${v.pick(["Tel.", "Mobil:", "Telefon", "erreichbar unter"])} ${L("phone", v.phone("DE", false))}`,
    })),
    tpl("fr-national", () => ({
      place: mail(),
      channel: "typed",
      body: t`${v.pick(["Tél :", "Portable :", "appelle-moi au", "Téléphone"])} ${L("phone", v.phone("FR", false))}`,
    })),
    tpl("es-national", () => ({
      place: mail(),
      channel: "typed",
      body: t`${v.pick(["Tel:", "Móvil:", "llámame al", "Teléfono"])} ${L("phone", v.phone("ES", false))}`,
    })),
    tpl("signature", () => ({
      place: mail(),
      channel: "typed",
      body: t`Best,\n${N()}\n${v.pick(["Account Executive", "Engineering Manager", "Recruiter"])}\n${L("phone", v.phone())}`,
    })),
    tpl("bare-field", () => ({
      place: browser("Contact details", "https://forms.acme.io/contact"),
      channel: "keys",
      body: t`${L("phone", v.phone())}`,
    })),
    // hard negatives
    tpl(
      "neg-log-timestamps",
      () => ({
        place: v.pick([terminal(), editor("app.log")]),
        channel: "screen",
        body: t`${v.logTimestamp()} INFO  [main] ${v.pick(["Started Application in 4.2 seconds", "consumer group rebalanced", "flushed 812 records", "connection pool ready"])}\n${v.logTimestamp()} WARN  [worker-${v.int(1, 9)}] ${v.pick(["slow query took 1234 ms", "retrying request", "cache miss ratio high"])}`,
      }),
      true,
    ),
    tpl(
      "neg-versions-amounts",
      () => ({
        place: workChat(),
        channel: "typed",
        body: t`${v.pick([`revenue ${v.int(1, 9)},${v.int(100, 999)},${v.int(100, 999)} EUR`, `€${v.int(1, 9)}.${v.int(100, 999)}.${v.int(100, 999)},${v.int(10, 99)}`, `bumped to ${v.version()} and ${v.version()}`, `${v.int(1000, 9999)}-${v.int(10, 99)}-${v.int(10, 99)} is the release date?`, `took ${v.int(1, 9)} ${v.int(100, 999)} ${v.int(100, 999)} ns`])}`,
      }),
      true,
    ),
    tpl(
      "neg-ids",
      () => ({
        place: v.pick([workChat(), browser("Orders")]),
        channel: "typed",
        body: t`${v.pick(["order", "tracking", "invoice", "build", "ticket"])} ${v.pick([`${v.int(100, 999)} ${v.int(100, 999)} ${v.int(1000, 9999)}`, `${v.int(10000000, 99999999)}${v.int(10, 99)}`, `${v.int(1000, 9999)}-${v.int(1000, 9999)}-${v.int(10, 99)}`])}`,
      }),
      true,
    ),
    tpl(
      "neg-dates",
      () => ({
        place: docs(),
        channel: "typed",
        body: t`${v.pick([`between ${v.int(10, 28)}.${String(v.int(1, 12)).padStart(2, "0")}.2025 and ${v.int(10, 28)}.${String(v.int(1, 12)).padStart(2, "0")}.2025`, `Q${v.int(1, 4)} ${v.int(2024, 2026)}: ${v.int(10, 99)} ${v.int(100, 999)} users`, `lat ${v.int(10, 60)}.${v.int(100000, 999999)}, lon ${v.int(1, 30)}.${v.int(100000, 999999)}`])}`,
      }),
      true,
    ),
  ],
};

const emails: Family = {
  name: "email",
  count: 90,
  templates: [
    tpl("prose", () => ({
      place: anywhere(),
      channel: "typed",
      body: t`${v.pick(["send it to", "cc", "my personal email is", "contact"])} ${L("email", v.email())}`,
    })),
    tpl("title", () => ({
      place: { app: "Google Chrome" },
      channel: "title",
      body: t`Inbox (${v.int(1, 999)}) - ${L("email", v.email())} - Gmail`,
    })),
    tpl("field", () => ({ place: browser("Sign up"), channel: "keys", body: t`${L("email", v.email())}` })),
    tpl(
      "neg-decorators",
      () => ({
        place: editor(),
        channel: "typed",
        body: t`${v.pick(["@Override public void run()", "npm i @types/node@20.11.5", "git clone git@github.com:acme/api.git", "@media (max-width: 600px)", "import { x } from '@acme/utils@2.0.1'"])}`,
      }),
      true,
    ),
  ],
};

const ips: Family = {
  name: "ip",
  count: 100,
  templates: [
    tpl("runtime-next", () => ({
      place: v.pick([workChat(), terminal()]),
      channel: "typed",
      body: t`${v.pick(["Chrome on", "Firefox can't reach", "node server listening on", "Java app bound to", "python -m http.server on", "Safari blocked"])} ${L("ip", v.privateIpv4())}${v.pick(["", ":3000", ":8080"])}`,
    })),
    tpl("ssh", () => ({
      place: terminal(),
      channel: "title",
      body: t`ssh ${v.pick(["deploy", "ubuntu", "ec2-user"])}@${L("ip", v.pick([v.privateIpv4, v.publicIpv4])())}`,
    })),
    tpl("prose", () => ({
      place: workChat(),
      channel: "typed",
      body: t`${v.pick(["my home IP is", "whitelist", "the VPN gave me", "traffic from"])} ${L("ip", v.publicIpv4())}`,
    })),
    tpl("ipv6", () => ({ place: terminal(), channel: "typed", body: t`ping6 ${L("ip", v.ipv6())}` })),
    tpl(
      "neg-user-agent",
      () => ({
        place: browser("Request headers"),
        channel: "screen",
        body: t`User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v.int(110, 131)}.0.0.0 Safari/537.36`,
      }),
      true,
    ),
    tpl(
      "neg-versions",
      () => ({
        place: terminal(),
        channel: "typed",
        body: t`${v.pick([`node v${v.int(16, 22)}.${v.int(0, 20)}.${v.int(0, 9)}`, `Firefox ${v.int(100, 133)}.0.${v.int(1, 3)}`, `OID 1.3.6.1.4.1.${v.int(1000, 9999)}`, `bump version to ${v.int(1, 4)}.${v.int(0, 9)}.${v.int(0, 9)}.${v.int(0, 9)}`])}`,
      }),
      true,
    ),
  ],
};

const health: Family = {
  name: "health",
  count: 350,
  templates: [
    tpl("procedure", (s) => ({
      place: v.pick([mail(), docs(), workChat()]),
      channel: "typed",
      topics: ["health"],
      body: t`${v.pick(["I'm having", "I'm booked in for", "my", "recovering from"])} ${vocabulary(s, "procedures")} ${v.pick(["next Tuesday", "on the 14th", "so I'll be offline", "— back Monday"])}`,
    })),
    tpl("state", (s) => ({
      place: v.pick([mail(), docs()]),
      channel: "typed",
      topics: ["health"],
      body: t`${v.pick(["she's", "I'm", "he is", "my wife is"])} ${vocabulary(s, "states")}, ${v.pick(["so please cover her shifts", "so I'm working from home", "thanks for understanding", "will update the team"])}`,
    })),
    tpl("test-results", (s) => ({
      place: v.pick([mail(), docs(), ai()]),
      channel: "typed",
      topics: ["health"],
      body: t`${v.pick(["my", "waiting on my", "got my", "the doctor wants to repeat my"])} ${vocabulary(s, "tests")} ${v.pick(["results came back", "today", "this week", "— a bit worried"])}`,
    })),
    tpl("specialist", (s) => ({
      place: v.pick([mail(), { app: "Calendar" }]),
      channel: "typed",
      topics: ["health"],
      body: t`${v.pick(["appointment with the", "seeing my", "referral to a", "follow-up with the"])} ${vocabulary(s, "specialists")} ${v.pick(["at 10", "on Thursday", "tomorrow morning", "next week"])}`,
    })),
    tpl("abbreviation", (s) => ({
      place: v.pick([mail(), docs()]),
      channel: "typed",
      topics: ["health"],
      body: t`${v.pick(["my", "her", "his"])} ${vocabulary(s, "conditionAbbreviations")} ${v.pick(["is flaring again", "has been bad this week", "meds make me tired", "diagnosis came through"])}`,
    })),
    tpl("brand-medicine", (s) => ({
      place: v.pick([mail(), docs(), { app: "Notes" }]),
      channel: "typed",
      topics: ["health"],
      body: t`${v.pick(["picked up my", "the pharmacy was out of", "started on", "switching from"])} ${vocabulary(s, "brandMedicines")} ${v.pick(["today", "last week", "", "this morning"])}`,
    })),
    tpl("condition", (s) => ({
      place: v.pick([mail(), docs()]),
      channel: "typed",
      topics: ["health"],
      body: t`${v.pick(["I was diagnosed with", "living with", "she has", "dealing with"])} ${vocabulary(s, "conditions")}`,
    })),
    tpl("calendar-title", (s) => ({
      place: { app: "Calendar" },
      channel: "title",
      topics: ["health"],
      body: t`${v.pick(["Dr. appt –", "Appointment:", "Blocked:"])} ${vocabulary(s, "specialists")} – Calendar`,
    })),
    tpl("ai-question", (s) => ({
      place: ai(),
      channel: "prompt",
      topics: ["health", "prompt"],
      body: t`${v.pick(["what are the side effects of", "is it safe to drink alcohol on", "how long does recovery from", "what does it mean if my"])} ${vocabulary(s, v.pick(["brandMedicines", "procedures", "tests"] as const))} ${v.pick(["take?", "?", "say?"])}`,
    })),
    tpl("screen-portal", (s) => ({
      place: browser("Messages - MyChart", "https://mychart.example.org/messages"),
      channel: "screen",
      topics: ["health"],
      body: t`Your ${vocabulary(s, "tests")} from ${v.int(1, 28)} March are ready. Please schedule a follow-up with your ${vocabulary(s, "specialists")}.`,
    })),
    // hard negatives
    tpl(
      "neg-figurative",
      () => ({
        place: workChat(),
        channel: "typed",
        body: t`${v.pick(["this merge conflict is giving me a migraine", "that demo was sick!", "the legacy code is a cancer on this repo", "we need to perform surgery on the monolith", "patient zero of the outage was the cron job", "a healthy dose of skepticism", "the release fever is real", "this backlog is terminal", "the new UI went viral", "I'm allergic to meetings before 10", "our pipeline is bleeding money", "the team has change fatigue"])}`,
      }),
      true,
    ),
    tpl(
      "neg-clinic-code",
      () => ({
        place: editor(v.pick(["models.py", "schema.sql", "appointments.ts"])),
        channel: "typed",
        body: t`${v.pick(["SELECT patient_id, diagnosis_code FROM encounters WHERE clinic_id = $1", "class Prescription(models.Model):\n    dosage_mg = models.IntegerField()", "export type Appointment = { patientId: string; specialty: 'cardiology' | 'oncology' };", "CREATE INDEX ON lab_results (patient_id, test_code);", "if (encounter.diagnosis?.icd10 === undefined) return null;"])}`,
      }),
      true,
    ),
    tpl(
      "neg-tech-health",
      () => ({
        place: v.pick([workChat(), terminal()]),
        channel: "typed",
        body: t`${v.pick(["health check endpoint returns 503", "GET /healthz timed out", "the cluster is unhealthy", "run the smoke test before deploy", "virus scan flagged the installer", "kill the zombie processes", "the pod is in CrashLoopBackOff, needs a restart", "memory leak in the worker"])}`,
      }),
      true,
    ),
  ],
};

const hr: Family = {
  name: "hr",
  count: 320,
  templates: [
    tpl("pay-person", () => {
      const amount = v.pick([
        `${v.pick(["$", "€", "£"])}${v.int(55, 240)},${v.pick(["000", "500"])}`,
        `${v.pick(["$", "€", "£"])}${v.int(55, 240)}k`,
        `${v.int(55, 240)}k ${v.pick(["USD", "EUR", "GBP"])}`,
      ]);
      const tail = v.pick([
        "starting in April",
        "plus 10% bonus",
        "effective next cycle",
        "if finance agrees",
      ]);
      const body = v.pick([
        () => t`${F()}'s new base will be ${amount} ${tail}`,
        () => t`offer for ${N()}: ${amount} ${tail}`,
        () => t`bump ${F()} to ${amount} ${tail}`,
        () => t`proposed salary for ${N()} is ${amount}`,
      ])();
      return { place: v.pick([mail(), workChat(), docs()]), channel: "typed", topics: ["hr"], body };
    }),
    tpl("pay-named", () => ({
      place: v.pick([docs("Comp planning"), mail("Comp review")]),
      channel: "typed",
      topics: ["hr"],
      body: t`${N()} — ${v.pick(["$", "€", "£"])}${v.int(60, 250)},000 → ${v.pick(["$", "€", "£"])}${v.int(60, 260)},000`,
    })),
    tpl("document-title", (s) => ({
      place: { app: v.pick(["Adobe Acrobat", "Preview", "Microsoft Word", "Google Chrome"]) },
      channel: "title",
      topics: ["hr"],
      body: v.pick([
        () => t`${vocabulary(s, "hrDocuments")} - ${N()}.pdf`,
        () => t`${vocabulary(s, "hrDocuments")}_${v.pick(["March", "Q3", "2025"])}.pdf - Preview`,
        () => t`${N()} – ${vocabulary(s, "hrDocuments")} – Google Docs`,
      ])(),
    })),
    tpl("leave", (s) => ({
      place: v.pick([mail(), workChat(), docs()]),
      channel: "typed",
      topics: ["hr"],
      body: t`${v.pick(["she's going on", "I've applied for", "he's been on", "approved:"])} ${vocabulary(s, "leaveKinds")} ${v.pick(["from next month", "since March", "for 12 weeks", "until further notice"])}`,
    })),
    tpl("rating", () => ({
      place: v.pick([
        docs("Calibration"),
        browser("Lattice - Review cycle", "https://acme.latticehq.com/reviews"),
      ]),
      channel: "typed",
      topics: ["hr"],
      body: t`${N()}: ${v.pick([`rated ${v.int(1, 5)} out of 5 this cycle`, `calibrated at ${v.int(1, 5)} (${v.pick(["below", "meets", "exceeds"])})`, `overall score ${v.int(1, 5)}/5`, `${v.int(1, 3)} — needs improvement on delivery`])}`,
    })),
    tpl("pip-prose", () => ({
      place: v.pick([mail(), docs()]),
      channel: "typed",
      topics: ["hr"],
      body: t`${v.pick(["we're putting", "HR recommends placing", "I'll start"])} ${F()} ${v.pick(["on a performance improvement plan", "on a 60-day PIP", "on a formal warning"])}`,
    })),
    tpl("termination", () => ({
      place: v.pick([mail(), docs()]),
      channel: "typed",
      topics: ["hr"],
      body: t`${v.pick(["termination meeting with", "severance terms for", "exit paperwork for", "last day for"])} ${N()} ${v.pick(["is Friday", "approved by legal", "— 8 weeks' pay", "once IT revokes access"])}`,
    })),
    tpl("hr-portal-screen", () => ({
      place: browser("Workday - Compensation", "https://wd5.myworkday.com/acme/d/compensation"),
      channel: "screen",
      topics: ["hr"],
      body: t`Worker: ${N()}\nBase pay: ${v.pick(["$", "€"])}${v.int(60, 250)},000 annually\nBonus target: ${v.int(5, 25)}%\nLast increase: ${v.int(2, 9)}%`,
    })),
    // hard negatives
    tpl(
      "neg-tech-words",
      () => ({
        place: v.pick([workChat(), terminal(), editor()]),
        channel: "typed",
        body: t`${v.pick(["can you review the PR before lunch?", "code review is done", "terminate the EC2 instance when done", "kill -9 the stuck worker", "raise ValueError('bad input')", "leave a comment on the doc", "bonus: fix the flaky test too", "performance regression in p99 latency", "pip install -r requirements.txt", "the promotion banner ships Friday", "fire the webhook on every retry", "the compensation step of the saga failed", "the job was terminated by the OOM killer", "canary is on probation for 24h", "rating service returns 4.5 stars", "warning: deprecated API"])}`,
      }),
      true,
    ),
    tpl(
      "neg-hr-code",
      () => ({
        place: editor(v.pick(["employee.ts", "payroll.sql", "models.py"])),
        channel: "typed",
        body: t`${v.pick(["ALTER TABLE employees ADD COLUMN salary_band text;", "interface Review { rating: 1 | 2 | 3 | 4 | 5; reviewerId: string }", "def calculate_bonus(base, target_pct): return base * target_pct", "const terminationDate = employee.endDate ?? null;"])}`,
      }),
      true,
    ),
    tpl(
      "neg-hr-titles",
      () => ({
        place: { app: "Google Chrome" },
        channel: "title",
        body: t`${v.pick(["Review: Add retry to exporter #4821 · GitHub", "Performance – Grafana", "Leave a review - App Store", "Promotion rules – Shopify Admin", "Severity ratings - Runbook - Confluence"])}`,
      }),
      true,
    ),
  ],
};

const conversations: Family = {
  name: "conversation",
  count: 200,
  templates: [
    tpl("personal-in-work-chat", (s) => ({
      place: workChat(),
      channel: "typed",
      topics: ["prompt"],
      body: t`${vocabulary(s, "personalLife")}`,
    })),
    tpl("personal-in-dm", (s) => ({
      place: directMessage(v.fullName()),
      channel: "typed",
      topics: ["prompt"],
      body: t`${vocabulary(s, "personalLife")}`,
    })),
    tpl("personal-in-messenger", (s) => ({
      place: messenger(),
      channel: "typed",
      topics: ["prompt"],
      body: t`${vocabulary(s, "personalLife")}`,
    })),
    tpl("ai-prompt", () => ({
      place: ai(),
      channel: "prompt",
      topics: ["prompt"],
      body: t`${v.pick(["summarise this thread and list the open questions", "write a SQL query that counts orders per customer per month", "explain the difference between a mutex and a semaphore", "rewrite this email to sound less defensive", "give me 5 names for a data catalog product", "translate this paragraph into German"])}`,
    })),
    tpl("ai-typed", () => ({
      place: ai(),
      channel: "typed",
      topics: ["prompt"],
      body: t`${v.pick(["how do I undo the last git commit", "what's a good gift for a 10 year old", "make this function async", "plan a 3 day trip to Lisbon"])}`,
    })),
    // hard negatives
    tpl(
      "neg-work-in-messenger",
      () => ({
        place: messenger(),
        channel: "typed",
        body: t`${v.pick(["deploy is done, can you check staging?", "standup moved to 10:30", "the client approved the quote", "I'll send the slides tonight", "are you joining the all-hands?", "PR is merged, closing the ticket", "the release is blocked on QA"])}`,
      }),
      true,
    ),
    tpl(
      "neg-work-in-work-chat",
      () => ({
        place: workChat(),
        channel: "typed",
        body: t`${v.pick(["LGTM, merging once CI is green", "can we move the sync to 3pm tomorrow?", "the export job retries three times before it gives up", "I'll take the on-call handover", "dashboards look fine after the rollout", "let's pair on the flaky test after lunch"])}`,
      }),
      true,
    ),
  ],
};

const plain: Family = {
  name: "plain",
  count: 60,
  templates: [
    tpl(
      "neg-work-text",
      () => ({
        place: anywhere(),
        channel: "typed",
        body: t`${v.pick(["Quarterly revenue grew 12% year over year, driven by the enterprise tier.", "The migration runs in three phases; phase two needs a maintenance window.", "Please update the runbook before Friday.", "Latency p99 dropped from 840 ms to 310 ms after the cache change.", "We agreed to freeze the API until the 1.0 release."])}`,
      }),
      true,
    ),
    tpl(
      "neg-code",
      () => ({
        place: editor(),
        channel: "typed",
        body: t`${v.pick(["for (const row of rows) total += row.amount;", 'if err != nil { return fmt.Errorf("load: %w", err) }', "df.groupby('region').agg({'revenue': 'sum'})", "docker compose up -d postgres kafka", "git rebase -i HEAD~3"])}`,
      }),
      true,
    ),
    tpl(
      "neg-url",
      () => ({
        place: browser("Search"),
        channel: "url",
        body: t`https://www.google.com/search?q=${v.pick(["kafka+consumer+lag", "typescript+satisfies", "best+mechanical+keyboard", "postgres+row+level+security"])}&oq=${v.rng.string.alphanumeric(8)}`,
      }),
      true,
    ),
    tpl(
      "neg-title",
      () => ({
        place: { app: v.pick(["Visual Studio Code", "Google Chrome", "Slack"]) },
        channel: "title",
        body: t`${v.pick(["export-job.ts — api", "Pull request #4821 · acme/api", "Q3 planning - Google Docs", "Grafana - Kafka lag", "Jira - CORE-1182 Export retries"])}`,
      }),
      true,
    ),
  ],
};

export const families: readonly Family[] = [
  names,
  addresses,
  passports,
  nationalIds,
  bank,
  secrets,
  phones,
  emails,
  ips,
  health,
  hr,
  conversations,
  plain,
];

/** A word from one half of a vocabulary pool, unlabelled: topics are graded on the whole event. */
function vocabulary(split: "dev" | "held-out", pool: keyof typeof v.vocabulary): string {
  return v.vocabulary[pool].draw(split);
}

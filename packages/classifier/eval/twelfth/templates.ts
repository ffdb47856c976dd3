import type { Topic, ValueKind } from "../items.ts";
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
 * The twelfth evaluation corpus, written at the start of round eleven by
 * someone who read neither the detectors nor any earlier corpus beyond the
 * eleventh's labelling header. Fourteen families, each with about a quarter
 * hard negatives; every value comes from ./values.ts, made up, with real check
 * digits, and every secret is generated at run time.
 *
 * Labelling calls, where a label could be argued:
 * - Placeholder persons (John Doe, Jane Roe, Max Mustermann, Erika Musterfrau,
 *   Juan Pérez in a form's hint) are nobody: no name label. Companies, brands
 *   and products named after people (Ben & Jerry's, Johnson & Johnson, Hugo
 *   Boss, Ferrari), eponyms (Levenshtein distance, Kalman filter), places named
 *   after people (São Paulo, Washington Square) and software with a person's
 *   name (Jenkins, Alexa, Ada) are not names.
 * - A first name alone is labelled when it plainly means a person (a greeting,
 *   "ask Femke"). A surname after an honorific is labelled without the
 *   honorific. A name slug in a URL path is labelled. A full name is one label.
 * - An address runs from the house number or street to the town and postcode;
 *   the country line is left out. A street without a house number, a station
 *   and a postcode territory are not addresses. Map URLs with a street address
 *   in the path are labelled over the address part as written in the URL.
 * - A person's work or private e-mail is labelled; role addresses (hr@,
 *   payroll@, support@, noreply@), example.com/example.org and git@github.com
 *   are not.
 * - Private and public host addresses are labelled ip; loopback, 0.0.0.0,
 *   documentation ranges (192.0.2/24, 198.51.100/24, 203.0.113/24,
 *   2001:db8::/32), network ranges with host part zero, subnet masks and
 *   version numbers are not.
 * - Freephone numbers (0800, 1-800), the US fictional 555-01xx range, log
 *   timestamps (comma milliseconds), order and tracking numbers are not phones.
 * - In a passport's machine-readable zone only the document number is
 *   labelled. The ICAO specimen passport (L898902C3, ERIKSSON ANNA MARIA) and
 *   published example numbers (QQ 12 34 56 C, 123-45-6789, XXX-XX-XXXX) are
 *   not identifiers, nor is a DNI whose letter does not match its digits.
 * - A bare national id typed into an onboarding form is labelled
 *   national-id: the field's window title or URL is the only clue.
 * - Published test cards (4242…, 4111…), masked cards (•••• 4821), numbers
 *   failing Luhn, documentation IBANs (DE89 3704 0044 0532 0130 00, GB82 WEST
 *   1234 5698 7654 32), IBANs with wrong check digits and BICs alone are not
 *   labelled. An ABA routing number is routing-number, a UK sort code too; the
 *   account beside either is bank-account.
 * - Passwords, PINs, Wi-Fi passwords, one-time and recovery codes, tokens in
 *   reset links, private keys with a body, connection-string passwords and
 *   provider keys are secrets: only the secret part is labelled (in
 *   `user:pass@host` the password, in an `.npmrc` line the token). A password
 *   typed into a password field is labelled secret too (and the field is
 *   prohibited). Usernames are not labelled unless they are e-mails. An AWS
 *   access key id beside its secret is labelled secret as well; a password
 *   base64-encoded in a Kubernetes Secret is still a secret; of a Slack
 *   webhook URL only the last path segment is labelled.
 * - Documentation example keys (AKIAIOSFODNN7EXAMPLE), placeholders
 *   (`your-api-token`, `sk_live_XXXX`, `<TOKEN>`), references to a secret
 *   (`process.env.X`, `${{ secrets.X }}`), PEM armour without a body, public
 *   keys, Stripe publishable keys, commit ids, UUIDs, password hashes (bcrypt)
 *   and base64 paging cursors or configs grant nothing: not secrets. Famous example passwords in training text
 *   (P@ssw0rd, hunter2) are not secrets.
 * - Health is a condition, medication, appointment or absence for illness of a
 *   person (the writer, a colleague, a family member). Figurative disease
 *   words, health checks of services and selling to hospitals are not health.
 * - HR is pay, rating, disciplinary, leave or contract matters of a named or
 *   implied person, and HR documents named in a window title. Handing one's
 *   own address or national id to payroll is pii, not HR by itself. Tech uses of HR
 *   words (kill the child, promote the build, worker termination, a job
 *   queue), public job adverts and pay-scale news are not HR.
 * - Personal conversation (family, friends, partner, plans outside work) in a
 *   messenger or work chat is prompt; work talk in WhatsApp or Telegram is
 *   not. Telling a colleague of one's own illness is health, not prompt.
 *   Whatever is typed to an AI assistant (ChatGPT, Claude, Gemini, Copilot,
 *   Perplexity, Le Chat, an editor's chat pane) is prompt; the assistant's
 *   window title or URL is not.
 */

// ---------------------------------------------------------------- places and helpers

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

/** A value with one labelled stretch inside it, e.g. the password of a connection string. */
function inner(text: string, start: number, end: number, kind: ValueKind): Composed {
  return cat(text.slice(0, start), L(kind, text.slice(start, end)), text.slice(end));
}

const plain = (text: string): Composed => ({ text, labels: [] });

function draft(place: Place, channel: Channel, body: Composed, topics: Topic[] = []): Draft {
  return topics.length > 0 ? { place, channel, body, topics } : { place, channel, body };
}

function pos(name: string, make: () => Draft): Template {
  return { name, make };
}

function neg(name: string, make: () => Draft): Template {
  return { name, negative: true, make };
}

const browsers = ["Google Chrome", "Firefox", "Microsoft Edge", "Safari", "Arc", "Brave"];
const web = (title: string, url?: string): Place => ({
  app: v.pick(browsers),
  title,
  ...(url === undefined ? {} : { url }),
});

const slack = (): Place => ({
  app: "Slack",
  title: `${v.pick(["#platform-oncall", "#payments-squad", "#office-leipzig", "#random", "#data-eng", "#support-tier2", "#people-team"])} - ${v.pick(["Halvard", "Brightwater", "Kestrel"])} - Slack`,
});
const workChat = (): Place =>
  v.pick([
    slack(),
    slack(),
    {
      app: "Microsoft Teams",
      title: `${v.pick(["Platform Guild | General", "Finance Ops | Month end", "Chat", "Sales DACH | Pipeline"])} | Microsoft Teams`,
    },
    web("Google Chat", "https://chat.google.com/room/AAAA"),
    { app: "Mattermost", title: "Town Square - Mattermost" },
    { app: "Zulip", title: "#backend > deploys - Zulip" },
  ]);
const messenger = (): Place =>
  v.pick([
    { app: "WhatsApp", title: "WhatsApp" },
    { app: "Telegram", title: "Telegram" },
    { app: "Signal", title: "Signal" },
    { app: "Messages", title: "Messages" },
    { app: "Discord", title: "Discord | Friends" },
    web("WhatsApp", "https://web.whatsapp.com/"),
    { app: "Messenger", title: "Messenger" },
  ]);
const mail = (subject: string): Place =>
  v.pick([
    { app: "Microsoft Outlook", title: `${subject} - Message (HTML)` },
    { app: "Mail", title: subject },
    web(`${subject} - Gmail`, "https://mail.google.com/mail/u/0/#inbox?compose=new"),
    { app: "Thunderbird", title: `Write: ${subject} - Thunderbird` },
    web(`${subject} – Outlook`, "https://outlook.office.com/mail/deeplink/compose"),
  ]);
const terminal = (): Place =>
  v.pick([
    { app: "iTerm2", title: "zsh" },
    { app: "Terminal", title: "bash — 120×40" },
    { app: "Windows Terminal", title: "PowerShell" },
    { app: "Warp", title: "~/src/api" },
    { app: "Ghostty", title: "ssh bastion-eu" },
  ]);
const editor = (file: string): Place =>
  v.pick([
    { app: "Code", title: `${file} — api — Visual Studio Code` },
    { app: "IntelliJ IDEA", title: `backend – ${file}` },
    { app: "Cursor", title: `${file} — monorepo — Cursor` },
    { app: "Zed", title: `${file} — services` },
    { app: "Sublime Text", title: `${file} (platform) - Sublime Text` },
  ]);
const docs = (title: string): Place =>
  v.pick([
    { app: "Notion", title },
    { app: "Obsidian", title: `${title} - vault - Obsidian` },
    web(`${title} - Confluence`, "https://halvard.atlassian.net/wiki/spaces/ENG/pages/4411"),
    web(`${title} - Google Docs`, "https://docs.google.com/document/d/1xQ/edit"),
    { app: "Microsoft Word", title: `${title}.docx - Word` },
  ]);
const sheet = (title: string): Place =>
  v.pick([
    { app: "Microsoft Excel", title: `${title}.xlsx - Excel` },
    web(`${title} - Google Sheets`, "https://docs.google.com/spreadsheets/d/1aB/edit#gid=0"),
    { app: "Numbers", title: `${title}.numbers` },
  ]);
const tracker = (): Place =>
  v.pick([
    web(`${v.ticket()} - Jira`, `https://halvard.atlassian.net/browse/${v.ticket()}`),
    web("Linear", "https://linear.app/brightwater/issue/ENG-2231"),
    web("Zendesk Agent Workspace", "https://brightwater.zendesk.com/agent/tickets/88123"),
    web("GitHub", "https://github.com/halvard/api/pull/1877"),
  ]);

/** An AI assistant; the ones toItem does not know by name get the prompt topic from `ask`. */
const assistantPlace = (): Place =>
  v.pick([
    { app: "ChatGPT", title: "ChatGPT" },
    { app: "Claude", title: "Claude" },
    web("Gemini", "https://gemini.google.com/app"),
    { app: "Microsoft Copilot", title: "Copilot" },
    web("Perplexity", "https://www.perplexity.ai/"),
    web("Le Chat - Mistral AI", "https://chat.mistral.ai/chat"),
    { app: "Cursor", title: "Chat — monorepo — Cursor" },
  ]);

function ask(body: Composed, topics: Topic[] = []): Draft {
  return draft(assistantPlace(), "prompt", body, ["prompt", ...topics.filter((topic) => topic !== "prompt")]);
}

// ---------------------------------------------------------------- 1. names

const names: Family = {
  name: "names",
  count: 230,
  templates: [
    pos("greeting in work chat", () => {
      const name = v.givenName();
      return draft(
        workChat(),
        "typed",
        t`${v.pick(["Hi", "Hey", "Morning", "Hallo", "Salut", "Hola"])} ${L("name", name)}, ${v.pick(["can you look at the failing migration?", "do you have 5 min before the sync?", "the deck is in the shared drive", "quick one about the Q1 forecast", "I pushed the fix to your branch"])}`,
      );
    }),
    pos("mail signature", () => {
      const name = v.fullName();
      return draft(
        mail(`RE: ${v.pick(["Contract renewal", "Shipment delayed", "Workshop agenda", "Access request"])}`),
        "typed",
        t`${v.pick(["Thanks again for the quick turnaround.", "Let me know if anything is unclear.", "Speak soon."])}\n\n${v.pick(["Best regards", "Kind regards", "Mit freundlichen Grüßen", "Cordialement", "Saludos"])},\n${L("name", name)}\n${v.pick(["Senior Account Manager", "Head of Procurement", "Data Engineer", "Office Manager"])} | ${v.pick(["Halvard Logistics", "Brightwater", "Kestrel Analytics"])}`,
      );
    }),
    pos("meeting with someone", () => {
      const name = v.fullName();
      return draft(
        v.pick([workChat(), docs("Weekly notes")]),
        "typed",
        t`${v.pick(["Call with", "Lunch with", "1:1 with", "Interview with", "Catch-up with"])} ${L("name", name)} ${v.pick(["moved to Thursday", "went well, notes below", "at 14:00 in room Ada", "tomorrow — prep the numbers"])}`,
      );
    }),
    pos("message from someone", () => {
      const name = v.fullName();
      return draft(
        workChat(),
        "typed",
        t`${v.pick(["Got a message from", "Forwarding this from", "Heads up, feedback from", "Escalation from"])} ${L("name", name)}: ${v.pick(["the export is missing March", "they want the invoice re-issued", "the SSO login loops", "can we extend the trial?"])}`,
      );
    }),
    pos("teams chat title", () => {
      const name = v.fullName();
      return draft({ app: "Microsoft Teams" }, "title", t`Chat – ${L("name", name)} | Microsoft Teams`);
    }),
    pos("messenger contact title", () => {
      const name = v.fullName();
      const app = v.pick(["WhatsApp", "Signal", "Telegram"]);
      return draft(
        { app },
        "title",
        v.chance(0.5) ? t`${L("name", name)} - ${app}` : t`${app} – ${L("name", name)}`,
      );
    }),
    pos("calendar title", () => {
      const a = v.givenName();
      const b = v.givenName();
      return draft(
        { app: v.pick(["Calendar", "Microsoft Outlook", "Fantastical"]) },
        "title",
        t`${L("name", a)} / ${L("name", b)} 1:1 - ${v.weekday()} ${v.clock()}`,
      );
    }),
    pos("profile url", () => {
      const name = v.fullName();
      const s = v.slug(name);
      return draft(
        web(`${name} | LinkedIn`),
        "url",
        v.pick([
          t`https://www.linkedin.com/in/${L("name", s)}-${v.hex(6)}/`,
          t`https://github.com/${L("name", s.replace(/-/g, ""))}`,
          t`https://halvard.bamboohr.com/employees/${L("name", s)}`,
        ]),
      );
    }),
    pos("mention in ticket comment", () => {
      const name = v.fullName();
      return draft(
        tracker(),
        "typed",
        t`Assigned to ${L("name", name)} after triage; ${v.pick(["reporter says it started after 4.2", "blocked on vendor", "repro steps in the description"])}`,
      );
    }),
    pos("zoom window title", () => {
      const name = v.fullName();
      return draft({ app: "zoom.us" }, "title", t`${L("name", name)}'s Personal Meeting Room`);
    }),
    pos("honorific and surname", () => {
      const family = v.surname();
      const hon = v.pick(["Frau", "Herr", "Mme", "M.", "Sra.", "Dr.", "Ms"]);
      return draft(
        mail("Rückfrage"),
        "typed",
        t`${v.pick(["Please forward to", "Spoke to", "Waiting for sign-off from"])} ${hon} ${L("name", family)} ${v.pick(["in legal", "at the notary", "in procurement", "before Friday"])}.`,
      );
    }),
    pos("handover note", () => {
      const a = v.givenName();
      const b = v.fullName();
      return draft(
        docs("Handover"),
        "typed",
        t`While I'm out, ${L("name", a)} covers on-call and ${L("name", b)} owns the vendor calls.`,
      );
    }),
    neg("companies named after people", () =>
      draft(
        workChat(),
        "typed",
        plain(
          `${v.pick(["Ben & Jerry's", "Johnson & Johnson", "Hugo Boss", "Ferrari", "Procter & Gamble", "Marks & Spencer", "Wells Fargo", "Dr. Oetker"])} ${v.pick(["renewed their contract", "asked for a second demo", "moved to annual billing", "is on the Q3 target list"])} (${v.int(2, 40)} seats)`,
        ),
      ),
    ),
    neg("eponyms in code talk", () =>
      draft(
        workChat(),
        "typed",
        plain(
          `${v.pick(["Swap the Levenshtein distance for Jaro-Winkler", "The Kalman filter drifts after", "Dijkstra is too slow on graphs over", "Use a Bloom filter sized for", "Fisher-Yates shuffle breaks at"])} ${v.int(2, 90)}k ${v.pick(["rows", "nodes", "keys", "samples"])}`,
        ),
      ),
    ),
    neg("software with a person's name", () =>
      draft(
        { app: v.pick(["Google Chrome", "Firefox"]) },
        "title",
        plain(
          v.pick([
            `Jenkins – ${v.pick(["api-build", "nightly", "release"])} #${v.int(100, 9999)} - Console Output`,
            `Alexa Developer Console - skills`,
            `Hermes queue dashboard - Grafana`,
            `Grafana - Hermes queue lag`,
          ]),
        ),
      ),
    ),
    neg("placeholder persons", () =>
      draft(
        editor(v.pick(["fixtures.ts", "seed.sql", "README.md"])),
        "typed",
        plain(
          `${v.pick(["// sample user: John Doe", "-- demo account for Max Mustermann", "placeholder: Jane Roe", "Beispiel: Erika Musterfrau"])}, ${v.pick(["not a real customer", "used in screenshots", "replace before release"])} (${v.int(1, 99)})`,
        ),
      ),
    ),
    neg("places named after people", () =>
      draft(
        workChat(),
        "typed",
        plain(
          v.pick([
            `Flight to São Paulo is booked for the ${v.int(2, 28)}th`,
            `Offsite near Washington Square, ${v.int(8, 30)} people`,
            `Train via Gare Saint-Lazare got moved by ${v.int(10, 90)} minutes`,
            `Hotel next to Alexanderplatz costs ${v.int(90, 240)} EUR a night`,
            `Team dinner in San Francisco for ${v.int(6, 20)} people is booked`,
          ]),
        ),
      ),
    ),
    pos("slack dm title", () => {
      const name = v.fullName();
      return draft(
        { app: "Slack" },
        "title",
        t`${L("name", name)} (DM) - ${v.pick(["Halvard", "Brightwater"])} - Slack`,
      );
    }),
    pos("co-authored-by trailer", () => {
      const p = v.person();
      const m = v.email(p.full);
      return draft(
        v.pick([editor("COMMIT_EDITMSG"), terminal()]),
        "typed",
        t`fix(exports): retry on 429\n\nCo-authored-by: ${L("name", p.full)} <${L("email", m)}>`,
      );
    }),
    pos("calendar event url", () => {
      const p = v.person();
      const inUrl = `${v.ascii(p.given)}+${v.ascii(p.family).replace(/ /g, "+")}`;
      return draft(
        web("Google Calendar - Event"),
        "url",
        t`https://calendar.google.com/calendar/u/0/r/eventedit?text=Coffee+with+${L("name", inUrl)}&dates=2027${v.pad2(v.int(1, 12))}${v.pad2(v.int(1, 28))}`,
      );
    }),
    neg("products with given names", () =>
      draft(
        workChat(),
        "typed",
        plain(
          v.pick([
            `Claude Code finished the refactor in ${v.int(3, 40)} min, reviewing now`,
            `Siri keeps reading the ticket numbers wrong (${v.ticket()})`,
            `Jenkins agent ${v.int(1, 12)} is offline again`,
            `Ask Alexa for Business is being sunset on ${v.int(2, 28)} March`,
          ]),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- 2. records

function csvRow(): Composed {
  const p = v.person();
  const mail = v.email(p.full);
  const phone = v.phone();
  return cat(
    `${v.int(1000, 99999)},`,
    L("name", p.given),
    ",",
    L("name", p.family),
    ",",
    L("email", mail),
    ",",
    L("phone", phone),
    `,${v.pick(["active", "churned", "trial"])}`,
  );
}

const records: Family = {
  name: "records",
  count: 215,
  templates: [
    pos("csv rows", () => {
      const rows = [csvRow(), csvRow(), ...(v.chance(0.5) ? [csvRow()] : [])];
      return draft(
        sheet(v.pick(["crm_export", "leads_q4", "attendees"])),
        v.pick(["clipboard", "screen"] as const),
        cat("id,first_name,last_name,email,phone,status", ...rows.flatMap((row) => ["\n", row])),
      );
    }),
    pos("vcard", () => {
      const p = v.person();
      const phone = v.phone();
      const mail = v.email(p.full);
      return draft(
        { app: v.pick(["Contacts", "Microsoft Outlook", "TextEdit"]) },
        v.pick(["clipboard", "screen"] as const),
        t`BEGIN:VCARD\nVERSION:4.0\nFN:${L("name", p.full)}\nTEL;TYPE=cell:${L("phone", phone)}\nEMAIL:${L("email", mail)}\nEND:VCARD`,
      );
    }),
    pos("sql insert", () => {
      const p = v.person();
      const mail = v.email(p.full);
      return draft(
        v.pick([
          { app: "DBeaver", title: "SQL Editor - prod-replica" },
          { app: "TablePlus", title: "orders" },
          terminal(),
        ]),
        "typed",
        t`INSERT INTO customers (full_name, email, city) VALUES ('${L("name", p.full.replace(/'/g, "''"))}', '${L("email", mail)}', '${v.pick(["Leeds", "Lyon", "Bilbao", "Kassel"])}');`,
      );
    }),
    pos("json record", () => {
      const p = v.person();
      const phone = v.phone();
      return draft(
        v.pick([
          { app: "Postman", title: "GET /v2/customers/{id}" },
          { app: "Insomnia", title: "Customers API" },
          editor("response.json"),
        ]),
        "screen",
        t`{\n  "id": "cus_${v.hex(12)}",\n  "name": "${L("name", p.full)}",\n  "phone": "${L("phone", phone)}",\n  "tier": "${v.pick(["gold", "basic"])}"\n}`,
      );
    }),
    pos("log line with user", () => {
      const mail = v.email();
      const ip = v.ip();
      return draft(
        v.pick([{ app: "Datadog", title: "Log Explorer" }, terminal(), web("Kibana - Discover")]),
        "screen",
        t`${v.logTimestamp()} INFO  auth.login user=${L("email", mail)} ip=${L("ip", ip)} result=${v.pick(["ok", "mfa_required", "locked"])}`,
      );
    }),
    pos("crm screen", () => {
      const p = v.person();
      const addr = v.anyAddress();
      return draft(
        web(
          `${p.full} | Contact | Salesforce`,
          "https://halvard.lightning.force.com/lightning/r/Contact/003/view",
        ),
        "screen",
        t`Contact\n${L("name", p.full)}\nMailing Address\n${L("address", addr)}\nOwner: ${L("name", v.fullName())}`,
      );
    }),
    pos("yaml fixture with real-looking person", () => {
      const p = v.person();
      const mail = v.email(p.full);
      return draft(
        editor("customers.yaml"),
        "clipboard",
        t`- name: ${L("name", p.full)}\n  email: ${L("email", mail)}\n  plan: ${v.pick(["pro", "team"])}`,
      );
    }),
    pos("attendee list", () => {
      const a = v.fullName();
      const b = v.fullName();
      const c = v.fullName();
      return draft(
        docs("Offsite attendees"),
        "typed",
        t`Attendees: ${L("name", a)}, ${L("name", b)}, ${L("name", c)} (${v.int(2, 5)} more TBC)`,
      );
    }),
    neg("csv header and schema only", () =>
      draft(
        editor(v.pick(["schema.sql", "import.csv"])),
        "clipboard",
        plain(
          v.pick([
            "id,first_name,last_name,email,phone,status",
            `CREATE TABLE customers (\n  id bigint primary key,\n  full_name text not null,\n  email citext unique,\n  phone text\n);`,
            `ALTER TABLE employees ADD COLUMN middle_name varchar(${v.pick([40, 64, 80])});`,
          ]),
        ),
      ),
    ),
    neg("json with placeholders", () =>
      draft(
        editor("openapi.yaml"),
        "screen",
        plain(
          `{\n  "name": "${v.pick(["Jane Roe", "John Doe", "<full name>", "string"])}",\n  "email": "${v.pick(["user@example.com", "jane@example.org", "string"])}",\n  "limit": ${v.int(10, 500)}\n}`,
        ),
      ),
    ),
    neg("log line with ids only", () =>
      draft(
        { app: "Datadog", title: "Log Explorer" },
        "screen",
        plain(
          `${v.logTimestamp()} WARN  worker.retry job=${v.uuid()} attempt=${v.int(2, 5)} queue=${v.pick(["emails", "exports", "webhooks"])} latency_ms=${v.int(40, 9000)}`,
        ),
      ),
    ),
    pos("directory entry", () => {
      const name = v.fullName();
      return draft(
        v.pick([{ app: "Apache Directory Studio", title: "LDAP Browser" }, terminal()]),
        v.pick(["screen", "clipboard"] as const),
        t`dn: CN=${L("name", name)},OU=${v.pick(["Finance", "Engineering", "Sales"])},DC=halvard,DC=local\nmemberOf: CN=${v.pick(["vpn-users", "payroll-readers", "prod-admins"])},OU=Groups,DC=halvard,DC=local`,
      );
    }),
    pos("audit log with display name", () => {
      const p = v.person();
      const m = v.email(p.full);
      return draft(
        v.pick([{ app: "Datadog", title: "Audit Trail" }, web("Audit log - Okta Admin")]),
        "screen",
        t`${v.logTimestamp()} user.role.updated actor="${L("name", p.full)}" target=${L("email", m)} role=${v.pick(["admin", "billing", "viewer"])}`,
      );
    }),
    neg("service accounts in the directory", () =>
      draft(
        { app: "Apache Directory Studio", title: "LDAP Browser" },
        "screen",
        plain(
          `dn: CN=svc-${v.pick(["backup", "jenkins", "scanner", "sync"])}${v.int(1, 9)},OU=Service Accounts,DC=halvard,DC=local\nuserAccountControl: ${v.pick([512, 66048])}`,
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- 3. addresses

function addressOf(): string {
  return v.anyAddress(false);
}

const addresses: Family = {
  name: "addresses",
  count: 215,
  templates: [
    pos("delivery address in chat", () => {
      const addr = addressOf();
      return draft(
        v.pick([workChat(), messenger()]),
        "typed",
        t`${v.pick(["Send the replacement laptop to", "Courier should pick it up at", "New home address:", "Can you ship the monitor to"])} ${L("address", addr)}`,
      );
    }),
    pos("multi-line address in mail", () => {
      const addr = v.anyAddress(true);
      const name = v.fullName();
      return draft(
        mail("Versandadresse / shipping address"),
        "typed",
        t`Please use this address for the contract originals:\n\n${L("name", name)}\n${L("address", addr)}\n\nThanks!`,
      );
    }),
    pos("us address in form", () => {
      const addr = v.usAddress();
      return draft(
        web("Checkout - Shipping", "https://shop.cobaltmint.com/checkout/shipping"),
        "typed",
        t`${L("address", addr)}`,
      );
    }),
    pos("uk address", () => {
      const addr = v.ukAddress();
      return draft(
        v.pick([workChat(), docs("Relocation")]),
        "typed",
        t`I've moved — new address from next month is ${L("address", addr)}`,
      );
    }),
    pos("german address", () => {
      const addr = v.deAddress(v.chance(0.4));
      return draft(
        mail("Neue Anschrift"),
        "typed",
        t`Hallo zusammen,\nmeine neue Anschrift ist ${L("address", addr)}. Bitte im Personalsystem ändern.`,
      );
    }),
    pos("french address", () => {
      const addr = v.frAddress();
      return draft(
        messenger(),
        "typed",
        t`Le colis arrive demain au ${L("address", addr)}, tu peux réceptionner ?`,
        ["prompt"],
      );
    }),
    pos("spanish address", () => {
      const addr = v.esAddress();
      return draft(workChat(), "typed", t`Dirección para la factura: ${L("address", addr)}`);
    }),
    pos("map window title", () => {
      const addr = addressOf();
      return draft(
        { app: v.pick(["Google Chrome", "Maps", "Firefox"]) },
        "title",
        t`${L("address", addr)} - Google Maps`,
      );
    }),
    pos("map url", () => {
      const addr = addressOf();
      const inUrl = addr.replace(/ /g, "+");
      return draft(
        web("Google Maps"),
        "url",
        t`https://www.google.com/maps/place/${L("address", inUrl)}/@${v.int(36, 55)}.${v.digits(5)},${v.int(-3, 14)}.${v.digits(5)},17z`,
      );
    }),
    pos("address to assistant", () => {
      const addr = addressOf();
      return ask(
        t`Write a short note to my neighbour at ${L("address", addr)} apologising for the noise during the renovation`,
      );
    }),
    neg("street without number", () =>
      draft(
        workChat(),
        "typed",
        plain(
          `${v.pick(["Let's meet at the café on Kastanienallee", "Roadworks on Bergmannstraße again", "Parking on Calle Mayor is impossible", "The office on Prinsengracht closes early"])} ${v.pick(["on Friday", "today", "this week"])}`,
        ),
      ),
    ),
    neg("territory and stations", () =>
      draft(
        sheet("Territories"),
        "screen",
        plain(
          v.pick([
            `Region North: postcodes ${v.int(10, 19)}000–${v.int(20, 29)}999, owner team DACH-2`,
            `Nearest stations: Baker Street, King's Cross St Pancras (${v.int(5, 20)} min walk)`,
            `Route 66 campaign: ${v.int(3, 40)} dealers in zone ${v.int(1, 9)}`,
          ]),
        ),
      ),
    ),
    neg("map search of a landmark", () =>
      draft(
        { app: "Google Chrome" },
        "title",
        plain(
          `${v.pick(["Brandenburger Tor", "Sagrada Família", "Tower Bridge", "Musée d'Orsay", "Golden Gate Park"])} - Google Maps`,
        ),
      ),
    ),
    pos("delivery app title", () => {
      const addr = v.pick([v.ukAddress(), v.deAddress(), v.frAddress(), v.usAddress()]);
      return draft(
        { app: v.pick(["Google Chrome", "Safari"]) },
        "title",
        t`${v.pick(["Deliveroo – Delivering to", "Uber Eats – Deliver to", "Lieferando – Lieferadresse:"])} ${L("address", addr)}`,
      );
    }),
    pos("return label on screen", () => {
      const name = v.fullName();
      const addr = v.anyAddress(true);
      return draft(
        { app: "Preview", title: "return-label.pdf" },
        "screen",
        t`RETURN TO SENDER\n${L("name", name)}\n${L("address", addr)}\nParcel ${v.digits(12)}`,
      );
    }),
    neg("address format help", () =>
      draft(
        docs("Address validation"),
        "typed",
        plain(
          v.pick([
            "Format: <street> <house number>, <postcode> <city>",
            `UK postcodes: outward code, a space, then a ${v.pick(["three", "3"])}-character inward code`,
            `Field "line2" is optional, max ${v.pick([35, 40, 60])} characters`,
          ]),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- 4. identity documents

const onboardingPlaces = (): Place =>
  v.pick([
    web("Onboarding – Personal details – Workday", "https://wd3.myworkday.com/halvard/d/task/2997$123.htmld"),
    web(
      "Neue Mitarbeitende: Persönliche Daten | Personio",
      "https://halvard.personio.de/onboarding/personal-data",
    ),
    web("New hire paperwork - BambooHR", "https://brightwater.bamboohr.com/onboarding/tax-info"),
    web("Alta de empleado – Datos personales | Factorial", "https://app.factorialhr.com/onboarding/personal"),
    web("Deel – Identity verification", "https://app.deel.com/onboarding/identity"),
  ]);

const identity: Family = {
  name: "identity-documents",
  count: 215,
  templates: [
    pos("passport number with the word", () => {
      const doc = v.passportNumber();
      return draft(
        v.pick([mail("Travel booking"), workChat(), web("Flight check-in – Advance passenger information")]),
        "typed",
        t`${v.pick([`My ${doc.country} passport number is`, "Passport no.", "Reisepassnummer:", "N° de passeport :"])} ${L("passport", doc.value)}${v.pick(["", `, expires ${v.int(2027, 2035)}`, " — please add to the visa letter"])}`,
      );
    }),
    pos("passport number without the word", () => {
      const doc = v.passportNumber();
      const name = v.fullName();
      return draft(
        sheet("Conference travel"),
        "clipboard",
        t`${L("name", name)}\t${doc.code}\t${L("passport", doc.value)}\t${v.dateText()} ${v.int(2028, 2036)}`,
      );
    }),
    pos("mrz lines", () => {
      const mrz = v.passportMrz();
      return draft(
        v.pick([{ app: "Preview", title: "scan_0042.pdf" }, web("Deel – Identity verification")]),
        "screen",
        inner(mrz.lines, mrz.numberStart, mrz.numberStart + mrz.number.length, "passport"),
      );
    }),
    pos("national id with its name", () => {
      const id = v.nationalId();
      return draft(
        v.pick([mail("Payroll setup"), workChat(), docs("New starter checklist")]),
        "typed",
        t`${v.pick(["Here is my", "For the contract, my", "Updated"])} ${id.kind}: ${L("national-id", id.value)}`,
      );
    }),
    pos("bare id in onboarding form", () => {
      const id = v.nationalId();
      return draft(onboardingPlaces(), "keys", t`${L("national-id", id.value.replace(/ /g, ""))}`);
    }),
    pos("bare id typed into form", () => {
      const id = v.nationalId();
      return draft(onboardingPlaces(), "typed", t`${L("national-id", id.value)}`);
    }),
    pos("codice fiscale with holder", () => {
      const cf = v.codiceFiscale();
      return draft(
        mail("Dati per il contratto"),
        "typed",
        t`Codice fiscale di ${L("name", cf.name)}: ${L("national-id", cf.code)}`,
      );
    }),
    pos("ssn in assistant prompt", () => {
      const ssn = v.ssn();
      return ask(
        t`Fill the W-4 draft for me, SSN ${L("national-id", ssn)}, single, no dependents, then list what else HR needs`,
      );
    }),
    pos("id in onboarding url", () => {
      const id = v.bsn();
      return draft(
        web("Verificatie"),
        "url",
        t`https://onboarding.quarrystone.nl/verify?bsn=${L("national-id", id)}&step=2`,
      );
    }),
    neg("icao specimen", () =>
      draft(
        docs("KYC vendor evaluation"),
        "screen",
        plain(
          `Specimen from ICAO 9303:\nP<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<1${v.pick(["0", ""])}\nOCR accuracy on specimen: ${v.int(90, 99)}%`,
        ),
      ),
    ),
    neg("published example numbers", () =>
      draft(
        docs("Form validation"),
        "typed",
        plain(
          `${v.pick(["Placeholder for NINO field: QQ 12 34 56 C", "SSN mask: XXX-XX-XXXX", "Don't use 123-45-6789 in tests", "Hint text: 12345678Z (ejemplo)"])} — ${v.pick(["ticket", "see"])} ${v.ticket()}`,
        ),
      ),
    ),
    neg("dni with wrong letter", () =>
      draft(
        tracker(),
        "typed",
        plain(
          `Validator rejects ${v.dniWithWrongLetter()} correctly (letter mismatch), test case ${v.int(10, 99)} passes`,
        ),
      ),
    ),
    neg("order and tracking numbers", () =>
      draft(
        web("Order status"),
        "screen",
        plain(
          `Order #${v.digits(9)} · Tracking ${v.pick(["1Z", "JJD", "00"])}${v.digits(16)} · Invoice RE-${v.int(2026, 2027)}-${v.digits(5)}`,
        ),
      ),
    ),
    neg("passport policy talk", () =>
      draft(
        workChat(),
        "typed",
        plain(
          v.pick([
            `Passport photos must be 35×45 mm with ${v.int(2, 6)} mm margins, per the embassy site`,
            `Visa appointments take about ${v.int(2, 12)} weeks right now`,
            `Renewing a passport now takes ${v.int(3, 10)} working days`,
          ]),
        ),
      ),
    ),
    pos("ssn on file", () => {
      const name = v.fullName();
      const ssn = v.ssn();
      return draft(
        v.pick([tracker(), workChat()]),
        "typed",
        t`SSN on file for ${L("name", name)} is ${L("national-id", ssn)}, W-2 bounced — can you check with payroll?`,
      );
    }),
    pos("passport into airline form", () => {
      const doc = v.passportNumber();
      return draft(
        web(
          "Advance Passenger Information – Lufthansa",
          "https://www.lufthansa.com/de/en/online-check-in/api",
        ),
        "keys",
        t`${L("passport", doc.value)}`,
      );
    }),
    neg("id validation code", () =>
      draft(
        editor(v.pick(["validators.ts", "nif.py"])),
        "typed",
        plain(
          v.pick([
            "if (!/^[XYZ]?\\d{7,8}[A-Z]$/.test(dni)) throw new InvalidDni();",
            `const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]; // PESEL`,
            `assert len(bsn) == 9 and elf_proef(bsn)`,
          ]),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- 5. banking

const banking: Family = {
  name: "banking",
  count: 215,
  templates: [
    pos("aba routing and account", () => {
      const routing = v.abaRouting();
      const account = v.usAccount();
      return draft(
        v.pick([mail("Direct deposit"), web("Direct deposit – Gusto"), docs("Vendor setup")]),
        "typed",
        t`${v.pick(["Routing", "ABA", "Routing number"])}: ${L("routing-number", routing)}${v.pick([", ", "\n"])}${v.pick(["Account", "Acct #", "Checking"])}: ${L("bank-account", account)}`,
      );
    }),
    pos("routing in prose", () => {
      const routing = v.abaRouting();
      const account = v.usAccount();
      return draft(
        workChat(),
        "typed",
        t`vendor changed banks — new details are routing ${L("routing-number", routing)} account ${L("bank-account", account)}, can you update before the run?`,
      );
    }),
    pos("card number", () => {
      const c = v.card();
      return draft(
        v.pick([messenger(), workChat(), { app: "Notes", title: "Notes" }]),
        "typed",
        t`${v.pick(["use the company card", "my", "the travel"])} ${c.brand} ${L("card", c.value)} exp ${v.pad2(v.int(1, 12))}/${v.int(27, 31)}`,
      );
    }),
    pos("card in checkout field", () => {
      const c = v.card();
      return draft(
        web("Secure checkout", "https://pay.cobaltmint.com/checkout"),
        "keys",
        t`${L("card", c.value)}`,
      );
    }),
    pos("iban in mail", () => {
      const iban = v.iban();
      const name = v.fullName();
      return draft(
        mail("Reisekostenabrechnung"),
        "typed",
        t`Please reimburse to ${L("name", name)}, IBAN ${L("iban", iban)}. Receipts attached.`,
      );
    }),
    pos("iban copied", () => {
      const iban = v.iban();
      return draft({ app: v.pick(["Banking", "Finanzguru", "Revolut"]) }, "clipboard", t`${L("iban", iban)}`);
    }),
    pos("sort code and account", () => {
      const sort = v.sortCode();
      const account = v.ukAccount();
      return draft(
        v.pick([messenger(), mail("Invoice 114")]),
        "typed",
        t`Sort code ${L("routing-number", sort)}, account ${L("bank-account", account)} — ref INV-${v.int(100, 999)}`,
      );
    }),
    pos("iban to assistant", () => {
      const iban = v.iban(false);
      return ask(t`Is ${L("iban", iban)} a German or Austrian account and which bank is it?`);
    }),
    neg("test cards", () =>
      draft(
        editor("checkout.spec.ts"),
        "typed",
        plain(
          `await page.fill("#card", "${v.pick(["4242 4242 4242 4242", "4111 1111 1111 1111", "5555 5555 5555 4444", "4000 0000 0000 0002"])}"); // Stripe test card, ${v.pick(["success", "declined", "3DS"])}`,
        ),
      ),
    ),
    neg("masked cards", () =>
      draft(
        web("Billing - Settings"),
        "screen",
        plain(
          `${v.pick(["Visa", "Mastercard", "Amex"])} •••• ${v.digits(4)} · expires ${v.pad2(v.int(1, 12))}/${v.int(27, 31)} · Default`,
        ),
      ),
    ),
    neg("documentation ibans", () =>
      draft(
        docs("Payments API"),
        "typed",
        plain(
          `Example request body uses ${v.pick(["DE89 3704 0044 0532 0130 00", "GB82 WEST 1234 5698 7654 32", "DE89370400440532013000"])}; do not change it in the ${v.pick(["docs", "snapshot", "mock"])}`,
        ),
      ),
    ),
    neg("failing check digits", () =>
      draft(
        tracker(),
        "typed",
        plain(
          v.pick([
            `Validator should reject ${v.ibanWithWrongCheck()} (bad check digits)`,
            `Luhn check fails for ${v.cardFailingLuhn()} as expected`,
          ]),
        ),
      ),
    ),
    neg("bic and amounts", () =>
      draft(
        sheet("Payment run"),
        "screen",
        plain(
          `BIC ${v.pick(["COBADEFFXXX", "BNPAFRPPXXX", "INGBNL2A", "BARCGB22"])} · ${v.int(3, 80)} transfers · total ${v.money("€")} · batch ${v.uuid().slice(0, 8)}`,
        ),
      ),
    ),
    pos("wire instructions on screen", () => {
      const name = v.fullName();
      const routing = v.abaRouting();
      const account = v.usAccount();
      return draft(
        web("Payment details - Bill.com"),
        "screen",
        t`Beneficiary: ${L("name", name)}\nBank: ${v.pick(["First Harbor Bank", "Cascade Federal Credit Union", "Prairie State Bank"])}\nABA: ${L("routing-number", routing)}\nAccount: ${L("bank-account", account)}`,
      );
    }),
    pos("card charge question to assistant", () => {
      const c = v.card();
      return ask(
        t`My card ${L("card", c.value)} was charged twice by an airline, write a dispute letter for my bank`,
      );
    }),
    pos("iban into transfer form", () => {
      const iban = v.iban(false);
      return draft(
        web("Überweisung – Online-Banking", "https://banking.ing.de/app/transfer"),
        "keys",
        t`${L("iban", iban)}`,
      );
    }),
  ],
};

// ---------------------------------------------------------------- 6. passwords

const passwords: Family = {
  name: "passwords",
  count: 230,
  templates: [
    pos("user and password pair in chat", () => {
      const pass = v.password();
      return draft(
        workChat(),
        "typed",
        t`${v.pick(["staging admin", "the Grafana login", "router admin", "the shared Figma seat", "vendor portal"])} is ${v.pick(["admin", "ops", "finance-team", "halvard"])} / ${L("secret", pass)}`,
      );
    }),
    pos("password in prose", () => {
      const pass = v.password();
      return draft(
        v.pick([messenger(), workChat(), mail("Zugang")]),
        "typed",
        t`${v.pick(["The password is", "pw:", "Passwort lautet", "le mot de passe c'est", "la contraseña es"])} ${L("secret", pass)}${v.pick(["", " (case-sensitive)", " — change it after first login"])}`,
      );
    }),
    pos("temporary password handed over", () => {
      const name = v.givenName();
      const pass = v.password();
      return draft(
        v.pick([workChat(), mail("Your new account")]),
        "typed",
        t`${L("name", name)}, your temporary password is ${L("secret", pass)} — you'll be asked to change it on first sign-in`,
      );
    }),
    pos("password flag on command line", () => {
      const pass = v.urlSafePassword();
      const host = v.hostName();
      return draft(
        terminal(),
        "keys",
        v.pick([
          t`mysql -h ${host} -u root -p${L("secret", pass)} orders`,
          t`psql "host=${host} user=etl password=${L("secret", pass)} dbname=warehouse"`,
          t`sshpass -p '${L("secret", pass)}' ssh deploy@${host}`,
          t`curl -u admin:${L("secret", pass)} https://${host}/api/health`,
          t`docker login registry.${v.companyDomain()} -u ci --password ${L("secret", pass)}`,
          t`mongosh --host ${host} --username app --password ${L("secret", pass)}`,
        ]),
      );
    }),
    pos("connection string", () => {
      const cs = v.connectionString();
      return draft(
        v.pick([editor(".env.local"), workChat(), terminal()]),
        "typed",
        cat(
          v.pick(["DATABASE_URL=", "url: ", "try this: ", ""]),
          inner(cs.text, cs.secretStart, cs.secretEnd, "secret"),
        ),
      );
    }),
    pos("pin", () => {
      const pin = v.pin();
      return draft(
        v.pick([messenger(), workChat()]),
        "typed",
        t`${v.pick(["the PIN is", "door code is", "PIN for the office printer:", "the card PIN is", "alarm code"])} ${L("secret", pin)}${v.pick(["", ", don't share", " btw"])}`,
      );
    }),
    pos("wifi password", () => {
      const pass = v.password();
      return draft(
        v.pick([workChat(), messenger(), docs("Office info")]),
        "typed",
        t`Wi-Fi "${v.pick(["Halvard-Guest", "FRITZ!Box 7590 QX", "Vodafone-8C21", "Brightwater-5G"])}" password: ${L("secret", pass)}`,
      );
    }),
    pos("npmrc token", () => {
      const token = v.npmToken();
      return draft(
        v.pick([editor(".npmrc"), terminal()]),
        v.pick(["typed", "clipboard"] as const),
        t`//registry.npmjs.org/:_authToken=${L("secret", token)}`,
      );
    }),
    pos("password field", () => {
      const pass = v.password();
      return draft(
        v.pick([
          web("Sign in - Okta", "https://halvard.okta.com/login"),
          web("Anmelden – Sparkasse", "https://www.sparkasse.de/login"),
          { app: "1Password", title: "1Password" },
          web("Sign in to GitHub", "https://github.com/login"),
        ]),
        "password",
        t`${L("secret", pass)}`,
      );
    }),
    pos("password typed into wrong window", () => {
      const pass = v.password();
      return draft(workChat(), "keys", t`${L("secret", pass)}`);
    }),
    pos("otp code", () => {
      const code = v.otp();
      return draft(
        v.pick([messenger(), workChat()]),
        "typed",
        t`${v.pick(["the code is", "2FA code:", "Bestätigungscode", "here's the OTP"])} ${L("secret", code)} ${v.pick(["quick, it expires", "", "for the shared AWS root"])}`,
      );
    }),
    neg("password rules", () =>
      draft(
        docs("IT policy"),
        "typed",
        plain(
          v.pick([
            `Passwords must have at least ${v.int(12, 16)} characters and rotate every ${v.int(90, 365)} days`,
            `Passwörter brauchen mindestens ${v.int(12, 16)} Zeichen und laufen nach ${v.int(90, 365)} Tagen ab`,
            `Set a passphrase of ${v.int(4, 6)} words or more; no rotation unless compromised`,
          ]),
        ),
      ),
    ),
    neg("commands that prompt for the password", () =>
      draft(
        terminal(),
        "keys",
        plain(
          v.pick([
            `mysql -h ${v.pick(["localhost", "127.0.0.1"])} -u root -p orders`,
            `echo "$REGISTRY_TOKEN" | docker login ghcr.io -u ci --password-stdin`,
            `PGPASSWORD="$PGPASSWORD" psql -h db -U etl -c 'select ${v.int(1, 9)}'`,
            `read -s DB_PASS && export DB_PASS`,
          ]),
        ),
      ),
    ),
    neg("password reset notices", () =>
      draft(
        v.pick([workChat(), mail("IT notice")]),
        "typed",
        plain(
          `${v.pick([
            `Reset link sent, it is valid for ${v.int(10, 60)} minutes`,
            `Your password expires in ${v.int(2, 14)} days`,
            `Passwort vergessen? Der Link kommt in ${v.int(2, 10)} Minuten`,
            `Mot de passe expiré dans ${v.int(2, 14)} jours`,
          ])} — ticket ${v.ticket()}`,
        ),
      ),
    ),
    neg("training example passwords", () =>
      draft(
        docs("Security awareness"),
        "typed",
        plain(
          `${v.pick(["Never use P@ssw0rd or hunter2", "Bad: Password123, Summer2024", "Example of a weak password: qwerty"])} — module ${v.int(1, 9)} of the ${v.pick(["phishing", "awareness", "onboarding"])} training`,
        ),
      ),
    ),
    neg("connection string with variables", () =>
      draft(
        editor("docker-compose.yml"),
        "typed",
        plain(
          `DATABASE_URL: postgres://\${POSTGRES_USER}:\${POSTGRES_PASSWORD}@db:${v.pick([5432, 5433])}/${v.pick(["app", "orders"])}`,
        ),
      ),
    ),
    pos("token in git remote", () => {
      const token = v.providerKey();
      const value =
        token.provider === "GitLab"
          ? token.value
          : `ghp_${v.fromAlphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 36)}`;
      return draft(
        terminal(),
        "typed",
        t`git clone https://${v.pick(["ci-bot", "oauth2", "x-access-token"])}:${L("secret", value)}@${token.provider === "GitLab" ? "gitlab.com" : "github.com"}/halvard/${v.pick(["api", "infra"])}.git`,
      );
    }),
    pos("pgpass line", () => {
      const pass = v.password();
      return draft(
        editor(".pgpass"),
        "typed",
        t`${v.hostName()}:5432:${v.pick(["orders", "billing", "*"])}:${v.pick(["app_rw", "etl", "reporting"])}:${L("secret", pass.replace(/:/g, ""))}`,
      );
    }),
    pos("secret in kubernetes manifest", () => {
      const pass = v.password();
      const encoded = Buffer.from(pass).toString("base64");
      return draft(
        editor("secret.yaml"),
        "typed",
        t`apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${v.pick(["orders-db", "smtp", "billing"])}\ndata:\n  password: ${L("secret", encoded)}`,
      );
    }),
    neg("password hashes", () =>
      draft(
        v.pick([editor("users.sql"), terminal()]),
        "typed",
        plain(
          `password_hash = '$2b$12$${v.fromAlphabet("./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 53)}' -- bcrypt, cost 12`,
        ),
      ),
    ),
    pos("pin into a banking app", () => {
      const pin = v.pin();
      return draft(
        v.pick([
          { app: "Sparkasse", title: "Sparkasse" },
          { app: "Revolut", title: "Revolut" },
          web("Log in – Monzo", "https://app.monzo.com/login"),
        ]),
        "password",
        t`${L("secret", pin)}`,
      );
    }),
    pos("master password to unlock a vault", () => {
      const pass = `${v.password()} ${v.password()}`;
      return draft(
        v.pick([
          { app: "1Password", title: "Unlock 1Password" },
          { app: "KeePassXC", title: "Unlock Database - KeePassXC" },
          { app: "Bitwarden", title: "Bitwarden" },
        ]),
        "password",
        t`${L("secret", pass)}`,
      );
    }),
  ],
};

// ---------------------------------------------------------------- 7. keys and tokens

const keys: Family = {
  name: "keys-and-tokens",
  count: 230,
  templates: [
    pos("env file line", () => {
      const key = v.providerKey();
      return draft(
        editor(v.pick([".env", ".env.production", "config.env"])),
        "typed",
        t`${key.envName}=${L("secret", key.value)}`,
      );
    }),
    pos("key pasted in chat", () => {
      const key = v.providerKey();
      return draft(
        workChat(),
        "typed",
        t`${v.pick(["here's the", "rotated the", "new"])} ${key.provider} key for staging: ${L("secret", key.value)}`,
      );
    }),
    pos("aws key pair", () => {
      const pair = v.awsKeyPair();
      return draft(
        v.pick([editor("credentials"), { app: "TextEdit", title: "Untitled" }]),
        "clipboard",
        t`[default]\naws_access_key_id = ${L("secret", pair.id)}\naws_secret_access_key = ${L("secret", pair.secret)}\nregion = eu-central-1`,
      );
    }),
    pos("bearer token in curl", () => {
      const token = v.chance(0.5) ? v.jwt() : v.providerKey().value;
      return draft(
        terminal(),
        "typed",
        t`curl -H "Authorization: Bearer ${L("secret", token)}" https://api.${v.companyDomain()}/v1/${v.pick(["orders", "me", "exports"])}`,
      );
    }),
    pos("jwt copied", () => {
      const token = v.jwt();
      return draft(web("JWT Debugger", "https://jwt.io/"), "clipboard", t`${L("secret", token)}`);
    }),
    pos("private key", () => {
      const pem = v.pemPrivateKey();
      return draft(
        v.pick([editor("id_ed25519"), workChat(), terminal()]),
        "clipboard",
        t`${L("secret", pem)}`,
      );
    }),
    pos("azure connection", () => {
      const conn = v.azureConnection();
      return draft(
        editor("appsettings.json"),
        "typed",
        cat(`"StorageConnection": "`, inner(conn.text, conn.keyStart, conn.keyEnd, "secret"), `"`),
      );
    }),
    pos("code with a hard-coded key", () => {
      const key = v.providerKey();
      return draft(
        editor(v.pick(["client.ts", "settings.py", "main.go"])),
        "typed",
        v.pick([
          t`const client = new Client({ apiKey: "${L("secret", key.value)}" });`,
          t`API_KEY = "${L("secret", key.value)}"  # TODO move to vault`,
          t`cfg.Token = "${L("secret", key.value)}"`,
        ]),
      );
    }),
    pos("reset link", () => {
      const token = v.hex(v.pick([32, 40, 64]));
      return draft(
        v.pick([workChat(), messenger()]),
        "typed",
        t`use this, my mail is broken: https://accounts.${v.companyDomain()}/reset-password?token=${L("secret", token)}`,
      );
    }),
    pos("recovery codes on screen", () => {
      const codes = [v.recoveryCode(), v.recoveryCode(), v.recoveryCode(), v.recoveryCode()];
      return draft(
        web("Two-factor recovery codes", "https://github.com/settings/auth/recovery-codes"),
        "screen",
        cat(
          "Recovery codes\n",
          L("secret", codes[0] ?? ""),
          "\n",
          L("secret", codes[1] ?? ""),
          "\n",
          L("secret", codes[2] ?? ""),
          "\n",
          L("secret", codes[3] ?? ""),
          "\nKeep these somewhere safe.",
        ),
      );
    }),
    pos("key to assistant", () => {
      const key = v.providerKey();
      return ask(
        t`why does this return 401? curl https://api.example.net -H "x-api-key: ${L("secret", key.value)}"`,
      );
    }),
    neg("documentation example keys", () =>
      draft(
        docs("AWS CLI setup"),
        "typed",
        plain(
          v.pick([
            "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            `STRIPE_SECRET_KEY=sk_live_${"X".repeat(v.int(12, 24))}`,
            `GITHUB_TOKEN=your-github-token-here`,
            `OPENAI_API_KEY=<YOUR_API_KEY>`,
            `SLACK_BOT_TOKEN=xoxb-your-token`,
          ]),
        ),
      ),
    ),
    neg("code that refers to a secret", () =>
      draft(
        editor(v.pick(["deploy.yml", "client.ts", "settings.py"])),
        "typed",
        plain(
          v.pick([
            `token: \${{ secrets.NPM_TOKEN }}`,
            `const key = process.env.${v.pick(["STRIPE_SECRET_KEY", "OPENAI_API_KEY", "DD_API_KEY"])};`,
            `api_key = os.environ["${v.pick(["SENDGRID_API_KEY", "HF_TOKEN"])}"]`,
            `password: vault.read("secret/data/${v.pick(["orders", "billing"])}/db").password`,
          ]),
        ),
      ),
    ),
    neg("pem armour without a body", () =>
      draft(
        editor("tls.md"),
        "typed",
        plain(
          ((kind) =>
            `Paste the key between the markers:\n-----BEGIN ${kind}-----\n...\n-----END ${kind}-----`)(
            v.pick(["PRIVATE KEY", "RSA PRIVATE KEY", "OPENSSH PRIVATE KEY"]),
          ),
        ),
      ),
    ),
    neg("paging cursor", () =>
      draft(
        v.pick([{ app: "Postman", title: "GET /v1/events" }, terminal()]),
        "typed",
        plain(`GET /v1/events?limit=${v.pick([50, 100])}&cursor=${v.pagingCursor()}`),
      ),
    ),
    neg("public keys and hashes", () =>
      draft(
        v.pick([terminal(), editor("authorized_keys")]),
        "clipboard",
        plain(
          v.pick([
            v.sshPublicKey(),
            `commit ${v.commitSha()}`,
            `request_id=${v.uuid()} trace=${v.hex(32)}`,
            `pk_live_51${v.fromAlphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 40)} (publishable key, safe in the browser)`,
          ]),
        ),
      ),
    ),
    pos("docker run with a key", () => {
      const key = v.providerKey();
      return draft(
        terminal(),
        "keys",
        t`docker run --rm -e ${key.envName}=${L("secret", key.value)} halvard/${v.pick(["worker", "exporter"])}:${v.semver()}`,
      );
    }),
    pos("slack webhook url", () => {
      const secret = v.fromAlphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 24);
      return draft(
        v.pick([editor("alerts.tf"), workChat()]),
        "typed",
        t`webhook_url = "https://hooks.slack.com/services/T${v.fromAlphabet("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 8)}/B${v.fromAlphabet("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 10)}/${L("secret", secret)}"`,
      );
    }),
    neg("base64 of harmless config", () =>
      draft(
        editor("configmap.yaml"),
        "typed",
        plain(
          `data:\n  settings.json: ${Buffer.from(JSON.stringify({ theme: v.pick(["dark", "light"]), pageSize: v.pick([20, 50]), locale: v.pick(["de-DE", "en-GB"]) })).toString("base64")}`,
        ),
      ),
    ),
    neg("empty example env file", () =>
      draft(
        editor(".env.example"),
        "typed",
        plain(
          `# copy to .env and fill in\n${v.providerKey().envName}=\nDATABASE_URL=postgres://user:password@localhost:5432/app`,
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- 8. phones

const phones: Family = {
  name: "phones",
  count: 210,
  templates: [
    pos("call me on", () => {
      const phone = v.phone();
      return draft(
        v.pick([workChat(), messenger(), mail("Call")]),
        "typed",
        t`${v.pick(["call me on", "my mobile:", "ruf mich an unter", "appelle-moi au", "llámame al", "reach me at"])} ${L("phone", phone)}${v.pick(["", " after 5", " if the bridge drops"])}`,
      );
    }),
    pos("signature with phone", () => {
      const name = v.fullName();
      const phone = v.phone();
      return draft(mail("Follow-up"), "typed", t`Best,\n${L("name", name)}\nM ${L("phone", phone)}`);
    }),
    pos("phone in form", () => {
      const phone = v.phone();
      return draft(
        v.pick([web("Contact details - Workday"), web("Your profile - Personio"), web("Delivery details")]),
        "keys",
        t`${L("phone", phone)}`,
      );
    }),
    pos("number for a colleague", () => {
      const name = v.givenName();
      const phone = v.phone();
      return draft(
        workChat(),
        "typed",
        t`${L("name", name)}'s number is ${L("phone", phone)} if you need them during the outage`,
      );
    }),
    pos("phone in title", () => {
      const phone = v.phone();
      return draft(
        { app: v.pick(["FaceTime", "Zoom Phone", "Microsoft Teams"]) },
        "title",
        t`Calling ${L("phone", phone)}…`,
      );
    }),
    pos("phone in url", () => {
      return draft(
        web("WhatsApp"),
        "url",
        t`https://wa.me/${L("phone", v.internationalPhone().replace(/\D/g, ""))}`,
      );
    }),
    pos("phone on screen", () => {
      const phone = v.phone();
      const name = v.fullName();
      return draft(
        web("Caller details - Aircall"),
        "screen",
        t`Incoming call\n${L("name", name)}\n${L("phone", phone)}\nLast call: ${v.int(2, 30)} days ago`,
      );
    }),
    neg("log timestamps", () =>
      draft(
        v.pick([terminal(), { app: "Console", title: "system.log" }]),
        "screen",
        plain(
          `${v.logTimestamp()} ERROR [pool-${v.int(1, 9)}] Connection reset after ${v.int(100, 9000)} ms`,
        ),
      ),
    ),
    neg("freephone and fictional", () =>
      draft(
        docs("Support"),
        "typed",
        plain(
          v.pick([
            `Hotline 0800 ${v.digits(3)} ${v.digits(4)} (kostenlos)`,
            `Call 1-800-${v.int(200, 999)}-${v.digits(4)} for billing`,
            `In the demo video use (555) 01${v.digits(2)}`,
            `Freephone 0800 ${v.digits(6)}, Mon–Fri`,
          ]),
        ),
      ),
    ),
    neg("numbers that are not phones", () =>
      draft(
        v.pick([tracker(), workChat()]),
        "typed",
        plain(
          v.pick([
            `Build ${v.int(2026, 2027)}.${v.int(1, 12)}.${v.digits(4)} rolled out to ${v.int(5, 90)} % of users`,
            `ISBN 978-${v.int(1, 3)}-${v.digits(3)}-${v.digits(5)}-${v.int(0, 9)}`,
            `Order ${v.digits(3)} ${v.digits(3)} ${v.digits(4)} shipped`,
            `Shipment ${v.digits(11)} at hub since ${v.clock()}`,
          ]),
        ),
      ),
    ),
    pos("german office number", () => {
      const phone = `0${v.pick(["30", "89", "221", "341", "521"])}/${v.digits(v.int(6, 8))}${v.chance(0.4) ? `-${v.int(10, 99)}` : ""}`;
      return draft(
        mail("Rückruf"),
        "typed",
        t`Bitte rufen Sie mich unter ${L("phone", phone)} zurück, ${v.pick(["vormittags", "ab 14 Uhr", "jederzeit"])}.`,
      );
    }),
    pos("us dotted number", () => {
      const phone = `${v.int(212, 989)}.${v.int(201, 549)}.${v.digits(4)}`;
      return draft(
        v.pick([workChat(), messenger()]),
        "typed",
        t`text me at ${L("phone", phone)} when you land`,
      );
    }),
    pos("phone to assistant", () => {
      const name = v.givenName();
      const phone = v.phone();
      return ask(
        t`Write a polite SMS to ${L("name", name)} at ${L("phone", phone)} saying I'll be 20 minutes late for the viewing`,
      );
    }),
  ],
};

// ---------------------------------------------------------------- 9. e-mails and host addresses

const contacts: Family = {
  name: "emails-and-ips",
  count: 215,
  templates: [
    pos("email in chat", () => {
      const mail = v.email();
      return draft(
        workChat(),
        "typed",
        t`${v.pick(["cc", "add", "send the invite to", "loop in"])} ${L("email", mail)} ${v.pick(["please", "on the thread", "too"])}`,
      );
    }),
    pos("mail header", () => {
      const a = v.person();
      const b = v.person();
      const ma = v.email(a.full);
      const mb = v.email(b.full);
      return draft(
        mail("Fwd: Quote"),
        "typed",
        t`---------- Forwarded message ---------\nFrom: ${L("name", a.full)} <${L("email", ma)}>\nTo: ${L("name", b.full)} <${L("email", mb)}>\nSubject: Quote ${v.int(100, 999)}`,
      );
    }),
    pos("email in title", () => {
      const m = v.email();
      return draft({ app: "Microsoft Outlook" }, "title", t`Inbox - ${L("email", m)} - Outlook`);
    }),
    pos("email in url", () => {
      const m = v.email();
      return draft(
        web("Unsubscribe"),
        "url",
        t`https://news.${v.companyDomain()}/unsubscribe?email=${L("email", m.replace("@", "%40"))}&list=${v.int(1, 40)}`,
      );
    }),
    pos("email in login field", () => {
      const m = v.email();
      return draft(web("Sign in", "https://login.microsoftonline.com/"), "keys", t`${L("email", m)}`);
    }),
    pos("ip in ssh", () => {
      const ip = v.privateIp();
      return draft(
        terminal(),
        "keys",
        t`ssh ${v.pick(["ubuntu", "ec2-user", "deploy", "root"])}@${L("ip", ip)}`,
      );
    }),
    pos("ip in incident chat", () => {
      const ip = v.publicIp();
      return draft(
        workChat(),
        "typed",
        t`${v.pick(["blocking", "rate-limit", "seeing credential stuffing from"])} ${L("ip", ip)} ${v.pick(["for now", "— 4k req/min", "on the WAF"])}`,
      );
    }),
    pos("ip in log", () => {
      const ip = v.ip();
      return draft(
        v.pick([terminal(), web("Kibana - Discover")]),
        "screen",
        t`${L("ip", ip)} - - [07/Dec/2026:${v.pad2(v.int(0, 23))}:${v.pad2(v.int(0, 59))}:10 +0000] "GET /api/v2/orders HTTP/1.1" ${v.pick([200, 401, 500])} ${v.int(100, 9000)}`,
      );
    }),
    pos("firewall rule", () => {
      const ip = v.publicIp();
      return draft(editor("main.tf"), "typed", t`cidr_blocks = ["${L("ip", ip)}/32"] # office VPN`);
    }),
    neg("role addresses", () =>
      draft(
        v.pick([workChat(), docs("Contacts")]),
        "typed",
        plain(
          `${v.pick(["Send invoices to", "Questions go to", "Forward it to", "Bounces come from"])} ${v.pick(["invoices", "support", "payroll", "noreply", "security", "hr"])}@${v.companyDomain()} ${v.pick(["please", "", "(shared inbox)"])}`,
        ),
      ),
    ),
    neg("example domains and git remotes", () =>
      draft(
        v.pick([terminal(), editor("README.md")]),
        "typed",
        plain(
          v.pick([
            `git clone git@github.com:halvard/${v.pick(["api", "infra", "web"])}.git`,
            `curl -X POST -d 'email=user@example.com' http://localhost:${v.int(3000, 9000)}/signup`,
            `Set SMTP_FROM=alerts@example.org in the chart`,
          ]),
        ),
      ),
    ),
    neg("addresses that are not hosts", () =>
      draft(
        v.pick([editor("values.yaml"), docs("Network")]),
        "typed",
        plain(
          v.pick([
            `listen: 0.0.0.0:${v.int(3000, 9000)}`,
            `curl http://127.0.0.1:${v.int(3000, 9000)}/healthz`,
            `allowed: 10.${v.int(0, 255)}.0.0/16, netmask 255.255.${v.pick([0, 240, 255])}.0`,
            `Docs range: 192.0.2.${v.int(1, 254)}, 198.51.100.${v.int(1, 254)}, 2001:db8::${v.int(1, 99)}`,
            `Upgrade agent to ${v.int(1, 9)}.${v.int(0, 20)}.${v.int(0, 9)}.${v.int(100, 999)}`,
          ]),
        ),
      ),
    ),
    pos("mailto link", () => {
      const m = v.email();
      return draft(
        web("Compose"),
        "url",
        t`mailto:${L("email", m)}?subject=${v.pick(["Invoice", "Follow-up", "Interview"])}`,
      );
    }),
    pos("git log author", () => {
      const p = v.person();
      const m = v.email(p.full);
      return draft(
        terminal(),
        "screen",
        t`commit ${v.commitSha()}\nAuthor: ${L("name", p.full)} <${L("email", m)}>\nDate:   ${v.weekday().slice(0, 3)} Dec ${v.int(1, 28)} ${v.clock()}:12 2026 +0100`,
      );
    }),
    pos("ipv6 in log", () => {
      const ip = v.ipv6();
      return draft(
        v.pick([terminal(), { app: "Datadog", title: "Log Explorer" }]),
        "screen",
        t`${v.logTimestamp()} WARN rate_limited client=${L("ip", ip)} path=/v1/login count=${v.int(20, 900)}`,
      );
    }),
    neg("package scopes and image digests", () =>
      draft(
        terminal(),
        "keys",
        plain(
          v.pick([
            `npm i @halvard/ui@${v.semver()} @types/node@${v.int(18, 24)}`,
            `docker pull node@sha256:${v.hex(64)}`,
            `pip install requests==${v.semver()}`,
          ]),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- 10. health

const conditions = [
  "migraine",
  "a slipped disc",
  "tonsillitis",
  "COVID again",
  "a kidney stone",
  "shingles",
  "gastroenteritis",
  "bronchitis",
  "a panic attack",
  "an endometriosis flare-up",
  "a concussion",
  "pneumonia",
];
const medications = [
  "sertraline",
  "ibuprofen 600",
  "metformin",
  "levothyroxine",
  "amoxicillin",
  "methylphenidate",
  "prednisolone",
  "insulin glargine",
];
const relatives = [
  "my daughter",
  "my son",
  "my mum",
  "my dad",
  "my husband",
  "my wife",
  "my partner",
  "my grandmother",
];

const health: Family = {
  name: "health",
  count: 215,
  templates: [
    pos("own illness to colleagues", () =>
      draft(
        workChat(),
        "typed",
        plain(
          `${v.pick(["Out today,", "Won't make standup,", "Logging off early,", "Heads up:"])} ${v.pick(["I've got", "doctor says it's", "dealing with"])} ${v.pick(conditions)}${v.pick(["", ` — back ${v.weekday()}`, `, ${v.dayCount()} days off per the sick note`])}`,
        ),
        ["health"],
      ),
    ),
    pos("family member's illness", () =>
      draft(
        v.pick([workChat(), messenger()]),
        "typed",
        plain(
          `${v.pick(relatives)} ${v.pick(["has", "was diagnosed with", "is in hospital with"])} ${v.pick(conditions)}, ${v.pick(["so I'm working from home", "I'll be in and out", "can someone take my 3pm?"])} (${v.weekday()})`,
        ),
        ["health", "prompt"],
      ),
    ),
    pos("medication", () =>
      draft(
        v.pick([
          { app: "Notes", title: "Notes" },
          { app: "Reminders", title: "Reminders" },
          { app: "Todoist", title: "Today – Todoist" },
        ]),
        "typed",
        plain(
          `${v.pick(["remember:", "take", "pharmacy: pick up"])} ${v.pick(medications)} ${v.pick(["at", "before", "by"])} ${v.clock()}${v.pick(["", ", refill in 5 days", " — new dose from the GP"])}`,
        ),
        ["health"],
      ),
    ),
    pos("appointment", () => {
      const doctor = v.surname();
      return draft(
        v.pick([workChat(), { app: "Calendar", title: "Calendar" }]),
        "typed",
        t`${v.pick(["blocked", "need"])} ${v.timeRange()} for ${v.pick(["my physio", "the oncology follow-up", "a dermatology appointment", "my therapy session", "an MRI"])} with Dr. ${L("name", doctor)}`,
        ["health"],
      );
    }),
    pos("appointment page title", () => {
      const doctor = v.surname();
      return draft(
        { app: v.pick(["Google Chrome", "Safari"]) },
        "title",
        t`${v.pick(["Rendez-vous confirmé", "Termin bestätigt", "Appointment confirmed"])} – Dr. ${L("name", doctor)}, ${v.pick(["psychiatre", "Kardiologie", "gynaecology", "Orthopädie"])} – ${v.pick(["Doctolib", "Jameda", "Zocdoc"])}`,
        ["health"],
      );
    }),
    pos("sick note upload", () =>
      draft(
        web("Absence request - Personio"),
        "typed",
        plain(
          `Sick leave ${v.dateText()}–${v.dateText()}, ${v.pick(["AU-Bescheinigung attached", "fit note from GP attached", "arrêt maladie joint"])}: ${v.pick(conditions)}`,
        ),
        ["health", "hr"],
      ),
    ),
    pos("health question to assistant", () =>
      ask(
        plain(
          `${v.pick(["Is it safe to take", "Can I combine", "What are the side effects of"])} ${v.pick(medications)} ${v.pick(["with alcohol", "with ibuprofen", "while pregnant", `for ${v.int(2, 12)} weeks`])}? I ${v.pick(["have", "was just diagnosed with"])} ${v.pick(conditions)}.`,
        ),
        ["health"],
      ),
    ),
    pos("mental health", () =>
      draft(
        v.pick([workChat(), messenger()]),
        "typed",
        plain(
          `${v.pick(["honestly my anxiety has been bad", "started antidepressants", "burnout is back", "therapist said to cut hours"])} ${v.pick(["this month", "since the reorg", `for ${v.int(2, 8)} weeks`])}, ${v.pick(["sorry for being slow", "just so you know", "not sure what to do"])}`,
        ),
        ["health"],
      ),
    ),
    neg("figurative disease words", () =>
      draft(
        workChat(),
        "typed",
        plain(
          `${v.pick(["This feature creep is a cancer on the roadmap", "The post went viral overnight", "Our test suite has a fever", "That legacy service is terminally ill", "Scope creep is contagious"])} ${v.pick(["lol", "😅", "again", `(${v.int(2, 90)} tickets)`])}`,
        ),
      ),
    ),
    neg("service health checks", () =>
      draft(
        v.pick([terminal(), workChat()]),
        "typed",
        plain(
          `${v.pick(["liveness probe failing on", "healthcheck flapping for", "readiness probe timeout on", "pod is unhealthy:"])} ${v.pick(["orders-api", "worker-exports", "gateway"])}-${v.hex(5)} after ${v.int(3, 60)}s`,
        ),
      ),
    ),
    neg("selling to hospitals", () =>
      draft(
        v.pick([workChat(), sheet("Pipeline")]),
        "typed",
        plain(
          `${v.pick(["Charité pilot", "NHS trust tender", "Clinic chain in Lyon"])} ${v.pick(["wants SSO before signing", "moved to legal review", "asks for HL7 export"])} — ${v.int(50, 900)} seats`,
        ),
      ),
    ),
    neg("health news in general", () =>
      draft(
        web("News"),
        "screen",
        plain(
          `${v.pick(["Flu season starts early this year", "RSV cases rise across Europe", "New guidance on screen breaks"])}, ${v.pick(["experts say", "reports agency", "study finds"])} (${v.int(2, 40)} % up)`,
        ),
      ),
    ),
    pos("pregnancy news to manager", () =>
      draft(
        v.pick([workChat(), mail("Personal")]),
        "typed",
        plain(
          `${v.pick(["Wanted you to hear it first: I'm pregnant", "Quick personal update: I'm expecting", `Before the rumours start, I'm ${v.int(12, 24)} weeks pregnant`])}, due in ${v.pick(["May", "June", "July", "August"])}${v.pick(["", ", midwife appointments on Tuesdays"])}`,
        ),
        ["health"],
      ),
    ),
    pos("allergy for the offsite", () =>
      draft(
        v.pick([workChat(), web("Offsite registration - Typeform")]),
        "typed",
        plain(
          `${v.pick(["Dietary needs:", "For the offsite lunch —"])} ${v.pick(["I'm coeliac", "severe peanut allergy, I carry an EpiPen", "type 1 diabetic, need to eat at fixed times", "lactose intolerant"])}${v.pick(["", `, ${v.int(2, 3)} days`, ", thanks!"])}`,
        ),
        ["health"],
      ),
    ),
    pos("prescription page title", () =>
      draft(
        { app: v.pick(["Google Chrome", "Safari"]) },
        "title",
        plain(
          `${v.pick(["E-Rezept einlösen", "Repeat prescription", "Ordonnance"])} – ${v.pick(medications)} ${v.pick(["30 Stück", "28 tablets", "x2"])} – ${v.pick(["Shop Apotheke", "NHS App", "Doctolib"])}`,
        ),
        ["health"],
      ),
    ),
    neg("first-aid kit and ergonomics", () =>
      draft(
        v.pick([workChat(), docs("Office ops")]),
        "typed",
        plain(
          v.pick([
            `Restock the first-aid kit on floor ${v.int(1, 6)}: plasters, cold packs, ${v.int(2, 6)} eye-wash bottles`,
            `Standing desks arrive ${v.weekday()}, ${v.int(4, 30)} units for the ergonomics programme`,
            `Fire drill and first-aider training on the ${v.int(2, 28)}th`,
          ]),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- 11. hr

const hrDocs = [
  "Offer Letter",
  "Payslip",
  "Performance Improvement Plan",
  "Termination Agreement",
  "Severance Terms",
  "Disciplinary Hearing Notes",
  "Arbeitsvertrag",
  "Aufhebungsvertrag",
  "Lettre de licenciement",
];

const hr: Family = {
  name: "hr",
  count: 215,
  templates: [
    pos("pay attached to a person", () => {
      const name = v.fullName();
      return draft(
        v.pick([workChat(), mail("Comp review"), sheet("Comp review 2027")]),
        "typed",
        t`${L("name", name)} ${v.pick(["goes to", "is at", "asked for", "gets a raise to"])} ${v.money()} ${v.pick(["base", "from April", "plus 10% bonus", "— above band"])}`,
        ["hr"],
      );
    }),
    pos("hr document title", () => {
      const name = v.fullName();
      return draft(
        { app: v.pick(["Adobe Acrobat", "Microsoft Word", "Preview", "Google Chrome"]) },
        "title",
        t`${v.pick(hrDocs)} - ${L("name", name)}.${v.pick(["pdf", "docx"])}`,
        ["hr"],
      );
    }),
    pos("hr document title without a name", () =>
      draft(
        { app: v.pick(["Adobe Acrobat", "Preview", "Microsoft Word"]) },
        "title",
        plain(
          `${v.pick(hrDocs)}_${v.pick(["final", "v2", "signed", "draft"])}_${v.int(2026, 2027)}${v.pad2(v.int(1, 12))}.pdf`,
        ),
        ["hr"],
      ),
    ),
    pos("disability leave", () => {
      const name = v.givenName();
      return draft(
        v.pick([workChat(), mail("Leave")]),
        "typed",
        t`${L("name", name)} ${v.pick(["starts disability leave", "is on long-term disability leave", "requested a reasonable adjustment and leave"])} ${v.pick(["from Monday", `for ${v.int(4, 26)} weeks`, "until further notice"])}`,
        ["hr", "health"],
      );
    }),
    pos("rating", () => {
      const name = v.fullName();
      return draft(
        v.pick([sheet("Calibration"), docs("Calibration notes")]),
        "typed",
        t`${L("name", name)}: ${v.pick(["rating", "score", "Bewertung"])} ${v.int(1, 5)}/5, ${v.pick(["below expectations", "exceeds", "meets most", "flight risk"])}`,
        ["hr"],
      );
    }),
    pos("improvement plan", () => {
      const name = v.givenName();
      return draft(
        v.pick([workChat(), mail("Confidential")]),
        "typed",
        t`We're putting ${L("name", name)} on a PIP ${v.pick(["next week", "after the review", "— 60 days"])}; ${v.pick(["keep it quiet", "HR is drafting it", "legal has seen it"])}`,
        ["hr"],
      );
    }),
    pos("termination", () => {
      const name = v.fullName();
      return draft(
        mail("Confidential: exit"),
        "typed",
        t`${L("name", name)}'s ${v.pick(["last day is", "termination is effective", "severance covers"])} ${v.pick([`${v.dateText()}`, `${v.int(2, 9)} months`, "end of quarter"])}; ${v.pick(["revoke access then", "don't tell the team yet", "payout with final salary"])}`,
        ["hr"],
      );
    }),
    pos("own pay to assistant", () =>
      ask(
        plain(
          `I earn ${v.salary()} as a ${v.pick(["senior engineer", "product manager", "nurse", "data analyst"])} in ${v.pick(["Munich", "Leeds", "Lyon", "Austin"])} — is that fair and how do I ask for ${v.int(5, 20)}% more?`,
        ),
        ["hr"],
      ),
    ),
    pos("hr portal url", () =>
      draft(
        web("Payslip"),
        "url",
        plain(
          `https://${v.pick(["halvard", "brightwater"])}.personio.de/payroll/payslips/${v.int(2026, 2027)}-${v.pad2(v.int(1, 12))}/employee/${v.int(1000, 9999)}`,
        ),
        ["hr"],
      ),
    ),
    neg("tech uses of hr words", () =>
      draft(
        v.pick([terminal(), workChat(), tracker()]),
        "typed",
        plain(
          v.pick([
            `kill the child process before the parent exits (pid ${v.int(1000, 60000)})`,
            `promote build ${v.int(100, 999)} to production after the canary`,
            `worker termination grace period is ${v.int(10, 120)}s`,
            `job queue backlog at ${v.int(1, 90)}k, scale the workers`,
            `fire the onboarding event for new users only`,
            `compensating transaction in the saga rolled back ${v.int(2, 40)} orders`,
            `performance review of the search query: p95 ${v.int(80, 900)} ms`,
          ]),
        ),
      ),
    ),
    neg("public job advert and pay-scale news", () =>
      draft(
        web(v.pick(["Careers", "News"])),
        "screen",
        plain(
          v.pick([
            `We're hiring: Backend Engineer (m/w/d), salary band ${v.salaryBand()}, remote in the EU`,
            `TVöD pay rises ${v.int(2, 6)},${v.int(1, 9)} % from ${v.pick(["March", "April"])}, union says`,
            `Average tech salary in ${v.pick(["Berlin", "London", "Madrid"])} up ${v.int(2, 9)} %`,
          ]),
        ),
      ),
    ),
    neg("salary in a schema", () =>
      draft(
        editor(v.pick(["payroll.test.ts", "schema.prisma"])),
        "typed",
        plain(
          v.pick([
            `expect(net(${v.int(30, 90)}_000)).toBeCloseTo(${v.int(20, 60)}_${v.int(100, 999)});`,
            `baseSalary Decimal @db.Decimal(${v.int(10, 14)}, 2)`,
          ]),
        ),
      ),
    ),
    pos("payslip on screen", () => {
      const name = v.fullName();
      const gross = v.int(2600, 9800);
      const net = Math.round(gross * (0.58 + v.int(0, 10) / 100));
      const currency = v.pick(["€", "£"]);
      return draft(
        web("Payslip - Personio"),
        "screen",
        t`Payslip ${v.pick(["November", "December"])} 2026\nEmployee: ${L("name", name)}\nGross pay ${currency}${gross.toLocaleString("en-GB")}.00\nNet pay ${currency}${net.toLocaleString("en-GB")}.${v.pad2(v.int(0, 99))}`,
        ["hr"],
      );
    }),
    pos("parental leave", () => {
      const name = v.givenName();
      return draft(
        v.pick([workChat(), sheet("Capacity Q1")]),
        "typed",
        t`${L("name", name)} is on parental leave until ${v.dateText()}, ${v.pick(["so the roadmap slips", "backfill approved", "contract extension pending"])}`,
        ["hr"],
      );
    }),
    neg("hr tooling work", () =>
      draft(
        v.pick([tracker(), workChat()]),
        "typed",
        plain(
          v.pick([
            `Migrate the HRIS sync job to the v${v.int(2, 4)} API before ${v.dateText()}`,
            `Payroll export CSV has ${v.int(2, 12)} columns too many, fix the mapper`,
            `Offer-letter template engine: switch to Handlebars (${v.ticket()})`,
          ]),
        ),
      ),
    ),
    pos("review form title", () => {
      const name = v.fullName();
      return draft(
        { app: v.pick(["Google Chrome", "Microsoft Edge"]) },
        "title",
        t`${v.pick(["Performance Review", "Mid-year check-in", "Leistungsbeurteilung"])} – ${L("name", name)} – ${v.pick(["Workday", "Lattice", "Culture Amp"])}`,
        ["hr"],
      );
    }),
  ],
};

// ---------------------------------------------------------------- 12. personal conversation

const personal: Family = {
  name: "personal-chat",
  count: 210,
  templates: [
    pos("plans with partner", () =>
      draft(
        messenger(),
        "typed",
        plain(
          `${v.pick(["can you pick up the kids at", "are we still on for dinner at your parents' at", "babysitter cancelled, can you be back by"])} ${v.clock()}? ${v.pick(["love you", "❤️", "also we're out of milk", "call me when you leave"])}`,
        ),
        ["prompt"],
      ),
    ),
    pos("friend's news", () => {
      const name = v.givenName();
      return draft(
        messenger(),
        "typed",
        t`${v.pick(["did you hear", "omg", "so"])} ${L("name", name)} ${v.pick(["got engaged", "is moving to Lisbon", "broke up with their partner", "is expecting a baby!!", "quit and is backpacking"])}${v.pick(["", " 😱", ", tell you on Saturday"])}`,
        ["prompt"],
      );
    }),
    pos("personal talk in work chat", () =>
      draft(
        workChat(),
        "typed",
        plain(
          `${v.pick(["ugh my landlord is raising the rent by", "we finally signed for the flat, moving in", "my divorce hearing is in", "the wedding is in"])} ${v.int(2, 12)} ${v.pick(["weeks", "days", "%"])} ${v.pick(["lol", "🙃", "wish me luck", "can't believe it"])}`,
        ),
        ["prompt"],
      ),
    ),
    pos("family chat", () => {
      const name = v.givenName();
      return draft(
        messenger(),
        "typed",
        t`${v.pick(["Mama", "Papa", "Oma"])}, ${L("name", name)} ${v.pick(["has the school play on", "wants to visit on", "lost a tooth on"])} ${v.weekday()}, ${v.pick(["are you coming?", "I'll send photos", "call us tonight"])}`,
        ["prompt"],
      );
    }),
    pos("dating app talk", () =>
      draft(
        v.pick([messenger(), { app: "Hinge", title: "Hinge" }, { app: "Bumble", title: "Bumble" }]),
        "typed",
        plain(
          `${v.pick(["haha same, I also hate brunch queues", "drinks on", "would love to, how about"])} ${v.weekday()} ${v.pick(["after work?", "at 8?", "near the canal?"])}${v.pick(["", " 😊"])}`,
        ),
        ["prompt"],
      ),
    ),
    pos("money trouble with a friend", () =>
      draft(
        messenger(),
        "typed",
        plain(
          `${v.pick(["can you lend me", "I still owe you", "sent you"])} ${v.pick(["€", "£", "$"])}${v.int(20, 900)} ${v.pick(["till payday?", "for the holiday flat", "— sorry it took so long"])}`,
        ),
        ["prompt"],
      ),
    ),
    pos("chat header title with name", () => {
      const name = v.fullName();
      return draft({ app: v.pick(["WhatsApp", "Telegram"]) }, "title", t`${L("name", name)}`);
    }),
    neg("work talk in messenger", () =>
      draft(
        messenger(),
        "typed",
        plain(
          v.pick([
            `deploy is done, ${v.int(2, 40)} migrations ran fine`,
            `standup moved to ${v.clock()} tomorrow`,
            `the client approved the mockups, v${v.int(2, 9)} it is`,
            `CI is red again on main, flaky test in ${v.pick(["orders", "auth", "search"])}`,
            `invoice ${v.int(100, 999)} sent, they pay in ${v.int(14, 60)} days`,
          ]),
        ),
      ),
    ),
    neg("work talk in team chat", () =>
      draft(
        workChat(),
        "typed",
        plain(
          `${v.pick(["PR is up for", "Can someone review", "Rolled back", "Benchmarks for"])} ${v.pick(["the cache layer", "the export job", "pagination", "the billing webhook"])} ${v.pick(["— ", "("])}${v.int(2, 60)} ${v.pick(["files", "ms faster", "comments"])}${v.pick([")", ""])}`,
        ),
      ),
    ),
    neg("group chat of a team", () =>
      draft(
        { app: "Telegram", title: "Telegram" },
        "title",
        plain(
          `${v.pick(["Ops Alerts", "Release Train", "Warehouse Shift B", "Customer Escalations"])} – Telegram`,
        ),
      ),
    ),
    pos("weekend plans in work chat", () =>
      draft(
        workChat(),
        "typed",
        plain(
          `${v.pick(["anyone up for climbing on", "we're taking the kids to the lake on", "my sister's wedding is on", "finally seeing my parents on"])} ${v.pick(["Saturday", "Sunday"])}${v.pick(["", " 🎉", ", so offline all weekend", ` — ${v.int(2, 6)} hours drive`])}`,
        ),
        ["prompt"],
      ),
    ),
    pos("condolences", () => {
      const name = v.givenName();
      return draft(
        messenger(),
        "typed",
        t`${L("name", name)}, so sorry about your ${v.pick(["grandfather", "dad", "aunt"])}. ${v.pick(["Thinking of you", "Let me know if I can bring food", "Call me whenever"])}${v.pick(["", " ❤️"])}`,
        ["prompt"],
      );
    }),
    neg("work talk with a customer on signal", () =>
      draft(
        { app: "Signal", title: "Signal" },
        "typed",
        plain(
          `${v.pick(["the pallet left the warehouse at", "your shipment clears customs by", "the technician arrives at"])} ${v.clock()}, ${v.pick(["reference", "order", "job"])} ${v.int(10000, 99999)}`,
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- 13. AI assistants

const assistants: Family = {
  name: "ai-assistants",
  count: 215,
  templates: [
    pos("code question", () =>
      ask(
        plain(
          `${v.pick([
            `Refactor this to use async iterators: \`for (const row of await cursor.toArray())\` (node ${v.int(18, 24)})`,
            `Why does TypeScript not narrow \`value\` after \`if ("id" in value)\`? TS ${v.int(4, 5)}.${v.int(0, 9)}`,
            `Write a SQL query that finds duplicate orders per customer in the last ${v.int(2, 90)} days`,
            `Explain this regex step by step: \`^(?:[a-z0-9-]{${v.int(2, 8)},})$\``,
            `Convert this bash loop to Python: \`for f in *.csv; do wc -l "$f"; done\``,
          ])}${v.pick(["", " — keep it short", " please"])}`,
        ),
      ),
    ),
    pos("writing help with a colleague's name", () => {
      const name = v.fullName();
      return ask(
        t`Rewrite this so it sounds less passive-aggressive: "${L("name", name)}, as I said ${v.int(2, 4)} times already, the report is due ${v.weekday()}."`,
      );
    }),
    pos("customer data pasted", () => {
      const p = v.person();
      const m = v.email(p.full);
      const phone = v.phone();
      return ask(
        t`Draft a reply to this complaint from ${L("name", p.full)} (${L("email", m)}, ${L("phone", phone)}): the order arrived broken and nobody called back.`,
      );
    }),
    pos("hr question to assistant", () => {
      const name = v.givenName();
      return ask(
        t`How do I tell ${L("name", name)} in a 1:1 that their rating is ${v.int(1, 2)}/5 and we're starting a performance plan?`,
        ["hr"],
      );
    }),
    pos("personal question to assistant", () =>
      ask(
        plain(
          v.pick([
            `My partner and I keep arguing about money since ${v.pick(["the baby", "the move", "my job loss"])}, how do we talk about it calmly?`,
            `How do I tell my landlord the heating has been broken for ${v.int(2, 6)} weeks without souring things?`,
            `Plan a ${v.int(3, 9)}-day trip to ${v.pick(["Porto", "Kraków", "Sicily", "Hokkaido"])} with my two kids, one of them ${v.int(2, 12)}`,
            `Gift ideas for my dad who likes fishing and jazz, budget ${v.money()}`,
          ]),
        ),
      ),
    ),
    pos("log with ip pasted", () => {
      const ip = v.ip();
      return ask(
        t`What does this mean? ${v.logTimestamp()} sshd: Failed password for invalid user admin from ${L("ip", ip)} port ${v.int(1024, 65000)}`,
      );
    }),
    pos("address to assistant", () => {
      const addr = v.anyAddress();
      return ask(t`Best public transport from ${L("address", addr)} to the airport before 6am?`);
    }),
    pos("typed key by key into assistant", () =>
      draft(
        v.pick([
          { app: "ChatGPT", title: "ChatGPT" },
          { app: "Claude", title: "Claude" },
        ]),
        "keys",
        plain(
          `${v.pick(["summarise the attached contract in", "translate to German in", "list risks of this plan in"])} ${v.int(3, 9)} bullet points`,
        ),
        ["prompt"],
      ),
    ),
    neg("assistant window titles", () =>
      draft(
        { app: v.pick(["ChatGPT", "Claude", "Microsoft Copilot"]) },
        "title",
        plain(
          `${v.pick(["Refactor pagination helper", "SQL window functions", "Terraform module review", "Regex for ISO dates", "New chat"])}${v.pick(["", ` (${v.int(2, 9)})`])}`,
        ),
      ),
    ),
    neg("assistant urls", () =>
      draft(
        web("Assistant"),
        "url",
        plain(
          v.pick([
            `https://chatgpt.com/c/${v.uuid()}`,
            `https://claude.ai/chat/${v.uuid()}`,
            `https://gemini.google.com/app/${v.hex(16)}`,
            `https://www.perplexity.ai/search/${v.hex(8)}-${v.hex(4)}`,
          ]),
        ),
      ),
    ),
    neg("reading about ai in the browser", () =>
      draft(
        web("Docs"),
        "screen",
        plain(
          `${v.pick([
            `Prompt caching reduces cost by up to ${v.int(50, 90)}%`,
            `Context windows now reach ${v.int(2, 10) * 100}k tokens`,
            `Batch API jobs finish within ${v.int(2, 24)} hours`,
          ])} — ${v.pick(["see pricing", "read the guide", "changelog"])}`,
        ),
      ),
    ),
    pos("translation of a personal letter", () =>
      ask(
        plain(
          `Translate into ${v.pick(["German", "Spanish", "French"])}: "Dear landlord, we will move out on the ${v.int(1, 28)}th and would like our deposit of ${v.pick(["€", "£"])}${v.int(8, 30)}00 back."`,
        ),
      ),
    ),
    pos("meeting notes to summarise", () => {
      const a = v.fullName();
      const b = v.givenName();
      return ask(
        t`Summarise: ${L("name", a)} wants the launch moved to ${v.weekday()}; ${L("name", b)} disagrees because QA found ${v.int(3, 30)} blockers.`,
      );
    }),
  ],
};

// ---------------------------------------------------------------- 14. typed into forms and search boxes

const typing: Family = {
  name: "typed-forms",
  count: 210,
  templates: [
    pos("name into a form", () => {
      const name = v.fullName();
      return draft(
        v.pick([
          web("Guest registration - Envoy"),
          web("Add participant - Eventbrite"),
          web("New contact - HubSpot"),
        ]),
        "keys",
        t`${L("name", name)}`,
      );
    }),
    pos("search for a person", () => {
      const name = v.fullName();
      return draft(
        v.pick([web("Directory - Okta"), { app: "Slack", title: "Search - Slack" }, web("People - Workday")]),
        "keys",
        t`${L("name", name)}`,
      );
    }),
    pos("people search in url", () => {
      const name = v.fullName();
      return draft(
        web("Search"),
        "url",
        t`https://www.google.com/search?q=${L("name", encodeURIComponent(name).replace(/%20/g, "+"))}+${v.pick(["linkedin", "phone", "address"])}`,
      );
    }),
    pos("email and phone typed", () => {
      const m = v.email();
      const phone = v.phone();
      return draft(web("Request a demo"), "keys", t`${L("email", m)} ${L("phone", phone)}`);
    }),
    pos("card number typed with corrections", () => {
      const c = v.card();
      return draft(
        web("Payment - Booking.com", "https://secure.booking.com/book.html"),
        "keys",
        t`${L("card", c.value)}`,
      );
    }),
    pos("password into password field", () => {
      const pass = v.password();
      return draft(
        v.pick([
          web("Log in - Atlassian"),
          { app: "Cisco Secure Client", title: "Cisco Secure Client" },
          web("Sign in - Google Accounts"),
        ]),
        "password",
        t`${L("secret", pass)}`,
      );
    }),
    pos("id into a tax or benefits form", () => {
      const id = v.nationalId();
      return draft(
        v.pick([
          web("Elster – Einkommensteuererklärung", "https://www.elster.de/eportal/formulare"),
          web("impots.gouv.fr – Espace particulier"),
          web("HMRC - Personal tax account"),
          web("Agencia Tributaria – Renta Web"),
        ]),
        "keys",
        t`${L("national-id", id.value)}`,
      );
    }),
    pos("note with address typed", () => {
      const addr = v.anyAddress();
      return draft({ app: "Notes", title: "Notes" }, "keys", t`pick up parcel at ${L("address", addr)}`);
    }),
    neg("generic searches", () =>
      draft(
        v.pick([web("Google"), { app: "Slack", title: "Search - Slack" }]),
        "keys",
        plain(
          v.pick([
            `kubectl rollout restart ${v.pick(["deployment", "statefulset"])}`,
            `best mechanical keyboard ${v.int(2026, 2027)}`,
            `postgres vacuum full vs analyze`,
            `${v.pick(["release notes", "incident review", "roadmap"])} ${v.pick(["Q1", "Q2", "H2"])}`,
            `train Leipzig Berlin ${v.clock()}`,
          ]),
        ),
      ),
    ),
    neg("code typed", () =>
      draft(
        editor(v.pick(["retry.ts", "worker.py", "handler.go"])),
        "keys",
        plain(
          v.pick([
            `const delayMs = Math.min(${v.int(100, 500)} * 2 ** attempt, ${v.int(5, 60)}_000);`,
            `for i in range(${v.int(2, 20)}): queue.put(i)`,
            `if err != nil { return fmt.Errorf("load: %w", err) }`,
          ]),
        ),
      ),
    ),
    neg("form placeholders", () =>
      draft(
        web("Form builder - Typeform"),
        "keys",
        plain(
          v.pick([
            "Your full name",
            "name@company.com",
            "+1 (___) ___-____",
            "Street and house number",
            "Nom Prénom",
          ]),
        ),
      ),
    ),
    pos("username email into vpn client", () => {
      const m = v.email();
      return draft(
        { app: v.pick(["GlobalProtect", "Cisco Secure Client", "FortiClient"]) },
        "keys",
        t`${L("email", m)}`,
      );
    }),
    pos("phone into two-factor setup", () => {
      const phone = v.internationalPhone();
      return draft(web("Set up SMS verification - Microsoft account"), "keys", t`${L("phone", phone)}`);
    }),
    neg("promo and tracking codes", () =>
      draft(
        web(v.pick(["Checkout", "Track your parcel"])),
        "keys",
        plain(
          v.pick([
            `WINTER${v.int(10, 40)}`,
            `${v.pick(["JJD", "1Z"])}${v.digits(14)}`,
            `GIFT-${v.hex(4).toUpperCase()}`,
          ]),
        ),
      ),
    ),
  ],
};

export const twelfthFamilies: readonly Family[] = [
  names,
  records,
  addresses,
  identity,
  banking,
  passwords,
  keys,
  phones,
  contacts,
  health,
  hr,
  personal,
  assistants,
  typing,
];

import type { Topic } from "../items.ts";
import { type Draft, type Family, L, type Place, type Template, t } from "../templates.ts";
import * as v from "./values.ts";

/**
 * Templates of the fourth evaluation corpus, round four's held-out part,
 * written apart from the detectors and from the earlier corpora's templates:
 * only the corpus's types, `t`/`L` and the scorer were read. Each family
 * holds positives and its own hard negatives (look-alikes a detector of that
 * family must leave alone); `dealApart` draws a quarter of each family's
 * items from its negatives.
 */

const positive = (name: string, make: () => Draft): Template => ({ name, make });
const negative = (name: string, make: () => Draft): Template => ({ name, negative: true, make });

// ---------------------------------------------------------------- places

const org = "Quaystone";
const workChats = ["Slack", "Microsoft Teams", "Google Chat", "Mattermost"] as const;
const messengers = ["WhatsApp", "Signal", "Telegram", "Messages", "Messenger"] as const;
const browsers = ["Google Chrome", "Firefox", "Microsoft Edge", "Safari"] as const;
const terminals = ["Terminal", "iTerm2", "Windows Terminal", "Konsole"] as const;
const editors = ["Visual Studio Code", "IntelliJ IDEA", "Sublime Text", "Cursor"] as const;
const mailApps = ["Microsoft Outlook", "Mail", "Thunderbird"] as const;
const channels = [
  "#eng-platform",
  "#data-infra",
  "#random",
  "#team-berlin",
  "#ops-oncall",
  "#design-crit",
  "#sales-emea",
  "#general",
];

function chatTitle(app: string, with_: string): string {
  switch (app) {
    case "Slack":
      return `${with_} (DM) - ${org} - Slack`;
    case "Microsoft Teams":
      return `Chat | ${with_} | Microsoft Teams`;
    case "Google Chat":
      return `${with_} - Chat - Google Chat`;
    default:
      return `${with_} - ${org} Mattermost`;
  }
}

/** A work chat window, in a channel or a direct message (the title then names the other person). */
function workChat(): Place {
  const app = v.pick(workChats);
  return {
    app,
    title: v.chance(0.5) ? chatTitle(app, v.fullName()) : `${v.pick(channels)} - ${org} - ${app}`,
  };
}

function messenger(): Place {
  const app = v.pick(messengers);
  return { app, title: app };
}

function browser(url: string, title: string): Place {
  const app = v.pick(browsers);
  return { app, title: `${title} - ${app}`, url };
}

function terminal(): Place {
  return {
    app: v.pick(terminals),
    title: v.pick(["zsh", "bash — 132×41", "PowerShell", "~/src/billing — zsh", "ssh bastion"]),
  };
}

function editor(file: string): Place {
  const app = v.pick(editors);
  return { app, title: `${file} — ${v.pick(["billing-api", "infra", "web-app", "etl-jobs"])} — ${app}` };
}

function mail(subject: string): Place {
  return { app: v.pick(mailApps), title: `${subject} - ${v.pick(["Inbox", "Message", "Compose"])}` };
}

/** An AI assistant: the desktop apps, or one in a browser tab. */
function assistant(): Place {
  return v.pick([
    () => ({ app: "ChatGPT", title: "ChatGPT" }),
    () => ({ app: "Claude", title: "Claude" }),
    () => ({
      app: "Google Chrome",
      title: "Gemini - Google Chrome",
      url: `https://gemini.google.com/app/${v.hex(16)}`,
    }),
    () => ({
      app: "Microsoft Edge",
      title: "Microsoft Copilot - Microsoft Edge",
      url: `https://copilot.microsoft.com/chats/${v.base64url(21)}`,
    }),
    () => ({
      app: "Firefox",
      title: "Le Chat - Mistral AI — Mozilla Firefox",
      url: `https://chat.mistral.ai/chat/${v.uuid()}`,
    }),
    () => ({
      app: "Google Chrome",
      title: "Perplexity - Google Chrome",
      url: `https://www.perplexity.ai/search/${v.base64url(12)}`,
    }),
  ])();
}

function onboardingForm(): Place {
  return v.pick([
    () =>
      browser(
        `https://${org.toLowerCase()}.wd3.myworkday.com/${org.toLowerCase()}/d/task/onboarding/${v.digits(4)}$${v.digits(5)}.htmld`,
        "Onboarding: Personal Information - Workday",
      ),
    () =>
      browser(
        `https://${org.toLowerCase()}.bamboohr.com/onboarding/new-hire/${v.digits(5)}`,
        "New Hire Packet - BambooHR",
      ),
    () =>
      browser(
        `https://app.personio.de/onboarding/steps/${v.digits(6)}`,
        "Onboarding – Persönliche Daten | Personio",
      ),
    () =>
      browser(
        `https://workforcenow.adp.com/theme/onboarding.html#/step/${v.digits(2)}`,
        "Employee Onboarding | ADP Workforce Now",
      ),
    () => ({
      app: "Adobe Acrobat",
      title: `Onboarding_Form_${v.pick(["UK", "US", "FR", "ES", "DE"])}_2026.pdf - Adobe Acrobat`,
    }),
  ])();
}

const mrDr = () =>
  v.pick(["Dr.", "Dr", "Prof.", "Mr", "Ms", "Mrs", "Herr", "Frau", "Mme", "M.", "Sra.", "Sr."]);

// ---------------------------------------------------------------- names

const names: Family = {
  name: "names",
  count: 400,
  templates: [
    positive("greeting-given-name", () => {
      const who = v.person();
      return {
        place: workChat(),
        channel: "typed",
        body: t`${v.pick(["Hi", "Hey", "Morning", "Hallo", "Salut", "Hola", "Thanks"])} ${L("name", who.given)}${v.pick([", ", " — ", "! "])}${v.pick(["can you take a look at the failing migration?", "the deck is in the shared drive now.", "are you joining the 2pm sync?", "merged, thanks for the quick review.", "could you re-run the nightly export?"])}`,
      };
    }),
    positive("mention-full-name", () => {
      const who = v.person();
      return {
        place: workChat(),
        channel: "typed",
        body: t`${v.pick(["Looping in", "Adding", "cc", "Per"])} ${L("name", v.fullName(who))} ${v.pick(["who owns the billing service", "from legal on this", "since she wrote the original spec", "— he's on call this week", "for the vendor contract"])}`,
      };
    }),
    positive("email-signature", () => {
      const who = v.latinPerson();
      const region = v.pick(v.regions);
      return {
        place: mail(v.pick(["RE: Q3 vendor review", "Contract renewal", "Intro", "Follow-up from Tuesday"])),
        channel: "typed",
        body: t`${v.pick(["Best regards", "Kind regards", "Cheers", "Mit freundlichen Grüßen", "Cordialement", "Un saludo"])},\n${L("name", v.fullName(who))}\n${v.pick(["Senior Product Manager", "Staff Engineer", "Head of Procurement", "Account Executive, EMEA"])} | ${org}\n${L("phone", v.phone(region))}`,
      };
    }),
    positive("chat-title-dm", () => {
      const app = v.pick(workChats);
      const who = v.fullName();
      const title = chatTitle(app, "\u0000");
      const [before, after] = title.split("\u0000") as [string, string];
      return { place: { app }, channel: "title", body: t`${before}${L("name", who)}${after}` };
    }),
    positive("meeting-title", () => {
      const a = v.person();
      const b = v.person();
      return {
        place: { app: v.pick(["Zoom", "Microsoft Teams", "Google Meet"]) },
        channel: "title",
        body: t`${v.pick(["1:1", "Sync", "Catch-up", "Intro call"])} ${L("name", a.given)} / ${L("name", v.fullName(b))} - ${v.pick(["Zoom Meeting", "Microsoft Teams", "Google Meet"])}`,
      };
    }),
    positive("linkedin-url", () => {
      const who = v.latinPerson();
      const slug = `${v.plain(who.given)}-${v.plain(who.family)}`;
      return {
        place: { app: v.pick(browsers) },
        channel: "url",
        body: t`https://www.linkedin.com/in/${L("name", slug)}-${v.hex(6)}/`,
      };
    }),
    positive("attendee-list-ocr", () => {
      const people = [v.fullName(), v.fullName(), v.fullName()];
      return {
        place: { app: "Zoom", title: "Participants (4)" },
        channel: "screen",
        body: t`Participants (4)\n${L("name", people[0] as string)} (Host)\n${L("name", people[1] as string)}\n${L("name", people[2] as string)}\nYou`,
      };
    }),
    positive("honorific-letter", () => {
      const who = v.person();
      return {
        place: { app: "Microsoft Word", title: "Letter_draft.docx - Word" },
        channel: "typed",
        body: t`Dear ${mrDr()} ${L("name", who.family)},\nthank you for your time on the call yesterday.`,
      };
    }),
    positive("doc-comment-author", () => {
      const who = v.fullName();
      return {
        place: browser(
          `https://docs.google.com/document/d/${v.base64url(44)}/edit`,
          "RFC-42 event schema v2 - Google Docs",
        ),
        channel: "screen",
        body: t`${L("name", who)}\n${v.int(1, 11)}:${v.pad(v.int(0, 59), 2)} ${v.pick(["AM", "PM"])} Today\nShould this field be nullable? Resolve`,
      };
    }),
    positive("git-author", () => {
      const who = v.latinPerson();
      return {
        place: terminal(),
        channel: "screen",
        body: t`commit ${v.commitSha(false)}\nAuthor: ${L("name", v.fullName(who))} <${L("email", v.email(who, false))}>\nDate:   Tue Mar 3 14:${v.pad(v.int(0, 59), 2)}:09 2026 +0100\n\n    fix(export): retry on throttled KMS calls`,
      };
    }),
    positive("calendar-title", () => {
      const who = v.person();
      return {
        place: { app: v.pick(["Microsoft Outlook", "Calendar"]) },
        channel: "title",
        body: t`${v.pick(["Lunch with", "Interview:", "Coffee w/", "Farewell drinks for"])} ${L("name", v.fullName(who))} - ${v.pick(["Calendar", "Meeting", "Appointment"])}`,
      };
    }),
    positive("handover-note", () => {
      const a = v.person();
      const b = v.person();
      return {
        place: browser(
          `https://${org.toLowerCase()}.atlassian.net/wiki/spaces/OPS/pages/${v.digits(9)}`,
          "On-call handover - Confluence",
        ),
        channel: "typed",
        body: t`Handover: ${L("name", a.given)} takes the pager from Monday, escalations go to ${L("name", v.fullName(b))}.`,
      };
    }),
    negative("product-names-that-are-given-names", () => ({
      place: workChat(),
      channel: "typed",
      body: t`${v.pick(["Jasmine specs are flaky under Karma again", "the Julia notebook needs the 1.10 kernel", "Ruby 3.3 bump is blocked on a native gem", "Hugo rebuilds the docs site in 2s", "Jenkins lost the agent on node 4", "ask Siri to set a timer, not Alexa", "Django admin is slow on the orders table", "Ada and Pascal are both in the legacy repo"])}${v.pick([".", " 🙃", "", " — any ideas?"])}`,
    })),
    negative("companies-named-after-people", () => ({
      place: browser(
        `https://www.google.com/search?q=${v.pick(["dell+latitude+7450+dock", "ford+transit+lease", "wells+fargo+api+sandbox", "mercedes+benz+fleet+portal", "hermes+parcel+tracking"])}`,
        "Google Search",
      ),
      channel: "typed",
      body: t`${v.pick(["Dell Latitude 7450 dock firmware", "Ford Transit lease for the events team", "Wells Fargo sandbox API limits", "Mercedes-Benz fleet portal login page", "Hermes parcel tracking delayed", "Johnson Controls HVAC in the Leeds office", "Marks & Spencer voucher codes for the team lunch"])}`,
    })),
    negative("capitalised-words", () => ({
      place: workChat(),
      channel: "typed",
      body: t`${v.pick(["Will do. Grace period ends Friday, then we Mark the old endpoint Deprecated.", "Rose Gold and Midnight are the two colour options in the new theme.", "Summer Sale banner goes live at 9, Winter Sale copy is still in review.", "Victoria line is down, I'll be in late — Standup without me.", "Sterling and Euro prices both need rounding rules.", "Hunter Green looks better than Navy on the dashboard."])}`,
    })),
    negative("place-names-as-teams", () => ({
      place: workChat(),
      channel: "typed",
      body: t`${v.pick(["Team Paris owns the checkout, Team Madrid owns search.", "Lisbon and Denver clusters both failed over at 03:10 UTC.", "the Florence release train leaves on Thursday.", "Georgia is the serif we use for the blog, Verdana for body text.", "Victoria and Albert are the two meeting rooms on floor 5."])}`,
    })),
    negative("chat-title-channel", () => {
      const app = v.pick(workChats);
      return {
        place: { app },
        channel: "title",
        body: t`${v.pick(channels)} | ${v.pick(["Threads", "Huddle", "Channel", "Canvas"])} - ${org} - ${app}`,
      };
    }),
  ],
};

// ---------------------------------------------------------------- addresses

const addresses: Family = {
  name: "addresses",
  count: 230,
  templates: [
    positive("shipping-form-inline", () => {
      const region = v.pick(v.regions);
      return {
        place: browser(
          `https://www.${v.pick(["amazon.de", "amazon.co.uk", "amazon.com", "fnac.com", "elcorteingles.es"])}/checkout/address`,
          "Checkout - Shipping address",
        ),
        channel: "typed",
        body: t`${L("address", v.address(region))}`,
      };
    }),
    positive("home-address-chat", () => ({
      place: workChat(),
      channel: "typed",
      body: t`${v.pick(["Please send the monitor to my place instead:", "New home address for the laptop courier:", "For the welcome pack, ship to"])} ${L("address", v.address())}`,
    })),
    positive("address-block-letter", () => {
      const who = v.person();
      return {
        place: { app: "Microsoft Word", title: "Reference letter.docx - Word" },
        channel: "typed",
        body: t`${L("name", v.fullName(who))}\n${L("address", v.address(v.pick(v.regions), true))}\n\n${v.pick(["To whom it may concern,", "Re: tenancy reference"])}`,
      };
    }),
    positive("maps-title", () => {
      const region = v.pick(v.regions);
      return {
        place: { app: v.pick(browsers) },
        channel: "title",
        body: t`${L("address", v.address(region))} - Google Maps`,
      };
    }),
    positive("maps-url", () => {
      const address = v.address(v.pick(v.regions));
      const encoded = address.replace(/ /g, "+");
      return {
        place: { app: v.pick(browsers) },
        channel: "url",
        body: t`https://www.google.com/maps/place/${L("address", encoded)}/@${v.int(37, 53)}.${v.digits(5)},${v.int(-4, 13)}.${v.digits(5)},17z`,
      };
    }),
    positive("relocation-abroad", () => ({
      place: mail("Relocation — temporary housing"),
      channel: "typed",
      body: t`The temporary flat is at ${L("address", v.foreignAddress())}, keys are with the concierge.`,
    })),
    positive("delivery-ocr", () => {
      const who = v.person();
      return {
        place: { app: "Preview", title: "label.pdf" },
        channel: "screen",
        body: t`DELIVER TO:\n${L("name", v.fullName(who).toUpperCase())}\n${L("address", v.address(v.pick(v.regions), true).toUpperCase())}\nTracking: ${v.orderNumber()}`,
      };
    }),
    positive("german-anschrift", () => ({
      place: onboardingForm(),
      channel: "typed",
      body: t`${v.pick(["Anschrift", "Wohnadresse", "Adresse"])}: ${L("address", v.address("DE"))}`,
    })),
    positive("spanish-domicilio", () => ({
      place: onboardingForm(),
      channel: "typed",
      body: t`${v.pick(["Domicilio", "Dirección postal"])}: ${L("address", v.address("ES"))}`,
    })),
    negative("street-named-products", () => ({
      place: workChat(),
      channel: "typed",
      body: t`${v.pick(["Rue du Commerce still owes us the Q2 invoice.", "Park Avenue is the codename for the new pricing page.", "Main Street release notes are in Confluence.", "Wall Street Journal paywall breaks the link preview.", "Abbey Road is the name of the new podcast room.", "Sesame Street clip in the all-hands deck needs licensing."])}`,
    })),
    negative("office-generic", () => ({
      place: workChat(),
      channel: "typed",
      body: t`${v.pick(["The Berlin office moves to floor 4 in May.", "Madrid and Lyon share the same VPN concentrator.", "Anyone in the Manchester office today?", "Austin HQ parking is closed for resurfacing.", "The Paris team is off on Monday (Whit Monday)."])}`,
    })),
    negative("code-address-schema", () => ({
      place: editor("address.ts"),
      channel: "clipboard",
      body: t`${v.pick(["export interface PostalAddress { street: string; houseNumber?: string; postcode: string; city: string; country: 'DE' | 'FR' | 'ES' }", "ALTER TABLE customers ADD COLUMN address_line2 text NULL;", "const ukPostcode = /^[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}$/i;", "address: z.object({ line1: z.string().min(1), city: z.string(), zip: z.string().regex(/^\\d{5}$/) })"])}`,
    })),
    negative("version-and-room-numbers", () => ({
      place: workChat(),
      channel: "typed",
      body: t`${v.pick(["Room 4.12, building C, second floor — the projector works there.", "Ticket moved to column 3, lane 2.", "Rack 14, slot 7, port 22 is the faulty uplink.", "Gate 23, Terminal 2 — boarding at 10:40."])}`,
    })),
  ],
};

// ---------------------------------------------------------------- passports

function passportWord(country: string): string {
  const byLanguage: Record<string, string[]> = {
    Germany: ["Reisepassnummer", "Pass-Nr.", "Passnummer"],
    France: ["N° de passeport", "Numéro de passeport"],
    Spain: ["Nº de pasaporte", "Número de pasaporte"],
    Italy: ["Numero passaporto", "Passaporto n."],
    Netherlands: ["Paspoortnummer"],
    Poland: ["Numer paszportu"],
  };
  return v.pick(byLanguage[country] ?? ["Passport No.", "Passport number", "passport #"]);
}

const passports: Family = {
  name: "passports",
  count: 150,
  templates: [
    positive("travel-form-with-word", () => {
      const document = v.passport();
      return {
        place: browser(
          "https://www.lufthansa.com/de/en/check-in/passenger-details",
          "Online check-in - Passenger details",
        ),
        channel: "typed",
        body: t`${passportWord(document.country)}: ${L("passport", document.number)}`,
      };
    }),
    positive("bare-in-travel-form", () => {
      const document = v.passport();
      return {
        place: v.pick([
          browser("https://www.egencia.com/traveler/profile/documents", "Travel documents - Egencia"),
          browser("https://www.navan.com/app/user/profile/travel-docs", "Travel profile | Navan"),
        ]),
        channel: "typed",
        body: t`${L("passport", document.number)}`,
      };
    }),
    positive("chat-to-travel-desk", () => {
      const document = v.passport();
      return {
        place: workChat(),
        channel: "typed",
        body: t`${v.pick(["for the visa letter my", "booking for Lisbon:"])} ${document.country} passport ${v.pick(["is", "no.", "number"])} ${L("passport", document.number)}, expires ${v.pad(v.int(1, 28), 2)}/${v.pad(v.int(1, 12), 2)}/${v.int(2027, 2035)}`,
      };
    }),
    positive("doc-number-no-word", () => {
      const document = v.passport();
      const who = v.person();
      return {
        place: { app: "Microsoft Excel", title: "offsite_travellers.xlsx - Excel" },
        channel: "clipboard",
        body: t`${L("name", v.fullName(who))}\t${document.code}\t${L("passport", document.number)}\t${v.int(2027, 2035)}-${v.pad(v.int(1, 12), 2)}-${v.pad(v.int(1, 28), 2)}`,
      };
    }),
    positive("mrz-ocr", () => {
      const who = v.latinPerson();
      const { line1, line2, nameEnd } = v.passportMrz(who, v.passport());
      return {
        place: { app: v.pick(["Preview", "Photos", "Adobe Acrobat"]), title: `scan_${v.digits(4)}.jpg` },
        channel: "screen",
        body: t`${line1.slice(0, 5)}${L("name", line1.slice(5, nameEnd))}${line1.slice(nameEnd)}\n${L("passport", line2.slice(0, 9))}${line2.slice(9)}`,
      };
    }),
    positive("mrz-line-pasted", () => {
      const { line2 } = v.passportMrz(v.latinPerson(), v.passport());
      return {
        place: workChat(),
        channel: "clipboard",
        body: t`${L("passport", line2.slice(0, 9))}${line2.slice(9)}`,
      };
    }),
    negative("passport-words-no-number", () => ({
      place: workChat(),
      channel: "typed",
      body: t`${v.pick(["Remember your passport for the offsite, the border check is strict.", "Passport photos booth is in the lobby until 3.", "Do I need a passport or is an ID card enough for Madrid?", "Passport.js strategy for SAML is deprecated, switch to openid-client."])}`,
    })),
    negative("lookalike-codes", () => ({
      place: workChat(),
      channel: "typed",
      body: t`${v.pick([`Booking ref ${v.upper(6)}, seat 14C.`, `Part no. ${v.upper(2)}-${v.digits(5)}-${v.upper(1)} is back in stock.`, `SKU ${v.upper(3)}${v.digits(6)} is the 27" monitor.`, `Flight ${v.pick(["LH", "BA", "IB", "AF"])}${v.int(100, 9999)} lands at 18:05.`, `Case ${v.ticket()} reopened.`])}`,
    })),
    negative("passport-schema", () => ({
      place: editor("traveller.py"),
      channel: "clipboard",
      body: t`${v.pick(["passport_number = models.CharField(max_length=9, blank=True)", "if not re.fullmatch(r'[A-Z0-9<]{9}', doc.number): raise ValueError('bad document number')", "MRZ_LINE = re.compile(r'^[A-Z0-9<]{44}$')"])}`,
    })),
  ],
};

// ---------------------------------------------------------------- national ids

const nationalIdKinds = [
  () => ({ word: v.pick(["SSN", "Social Security Number", "SSN#"]), value: v.ssn() }),
  () => ({ word: v.pick(["NI number", "National Insurance No.", "NINO"]), value: v.nino() }),
  () => ({ word: v.pick(["Steuer-ID", "Steuerliche Identifikationsnummer", "IdNr."]), value: v.steuerId() }),
  () => ({ word: v.pick(["N° de sécurité sociale", "NIR", "numéro de sécu"]), value: v.nir() }),
  () => ({ word: v.pick(["DNI", "NIF"]), value: v.dni() }),
  () => ({ word: v.pick(["NIE", "Número de Identidad de Extranjero"]), value: v.nie() }),
  () => ({ word: "BSN", value: v.bsn() }),
  () => ({ word: "PESEL", value: v.pesel() }),
  () => ({ word: "personnummer", value: v.personnummer() }),
  () => ({
    word: v.pick(["Rijksregisternummer", "numéro de registre national"]),
    value: v.belgianNationalNumber(),
  }),
];

const nationalIds: Family = {
  name: "national-ids",
  count: 230,
  templates: [
    positive("with-word-in-chat", () => {
      const id = v.pick(nationalIdKinds)();
      return {
        place: workChat(),
        channel: "typed",
        body: t`${v.pick(["payroll needs my", "here's my", "updated"])} ${id.word}: ${L("national-id", id.value)}`,
      };
    }),
    positive("bare-in-onboarding-form", () => {
      const id = v.pick(nationalIdKinds)();
      return { place: onboardingForm(), channel: "typed", body: t`${L("national-id", id.value)}` };
    }),
    positive("tax-form-ocr", () => {
      const who = v.person();
      const id = v.pick(nationalIdKinds)();
      return {
        place: {
          app: "Adobe Acrobat",
          title: v.pick([
            "W-4_2026.pdf",
            "P45_part1A.pdf",
            "Lohnsteuerbescheinigung_2025.pdf",
            "Modelo_145.pdf",
          ]),
        },
        channel: "screen",
        body: t`Name: ${L("name", v.fullName(who))}\n${id.word}\n${L("national-id", id.value)}\nDate ${v.pad(v.int(1, 28), 2)}.${v.pad(v.int(1, 12), 2)}.2026`,
      };
    }),
    positive("spreadsheet-row", () => {
      const who = v.person();
      return {
        place: { app: "Microsoft Excel", title: "payroll_import_march.xlsx - Excel" },
        channel: "clipboard",
        body: t`${L("name", v.fullName(who))}\t${L("national-id", v.ssn("-"))}\t${v.pick(["W2", "1099"])}\t${v.pick(["CA", "TX", "NY", "WA"])}`,
      };
    }),
    positive("email-to-hr", () => {
      const id = v.pick(nationalIdKinds)();
      return {
        place: mail("Missing details for payroll"),
        channel: "typed",
        body: t`Hi, sorry for the delay — it's ${L("national-id", id.value)}. Let me know if you need anything else.`,
      };
    }),
    positive("ssn-last-line-of-form", () => ({
      place: browser("https://www.irs.gov/forms-pubs/about-form-w-9", "Form W-9"),
      channel: "screen",
      body: t`Part I Taxpayer Identification Number (TIN)\nSocial security number\n${L("national-id", v.ssn(v.pick(["-", " "])))}`,
    })),
    negative("ids-placeholders", () => ({
      place: browser(
        "https://docs.stripe.com/connect/required-verification-information",
        "Required verification information | Stripe Docs",
      ),
      channel: "screen",
      body: t`${v.pick(["Use 000-00-0000 as the SSN in test mode.", "National Insurance number format: QQ 12 34 56 C", "Enter your DNI without the letter, e.g. 12345678.", "SSN: XXX-XX-XXXX (last four shown only)", "NIR: 1 XX XX XX XXX XXX XX"])}`,
    })),
    negative("order-and-invoice-numbers", () => ({
      place: mail(`Your order ${v.orderNumber()}`),
      channel: "screen",
      body: t`${v.pick([`Order number: ${v.orderNumber()}`, `Invoice ${v.orderNumber()} is due on 30/04/2026`, `Customer no. ${v.digits(8)}, contract ${v.digits(11)}`, `Auftragsnummer ${v.digits(10)} — Lieferung am Freitag`])}`,
    })),
    negative("id-code-only", () => ({
      place: editor("validators.ts"),
      channel: "clipboard",
      body: t`${v.pick(["const ssnPattern = /^(?!000|666|9\\d\\d)\\d{3}-(?!00)\\d{2}-(?!0000)\\d{4}$/;", "export function dniLetter(n: number) { return 'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]; }", "steuer_id = forms.CharField(max_length=11, validators=[validate_steuer_id])", "nino: z.string().regex(/^[A-CEGHJ-PR-TW-Z]{2}\\d{6}[A-D]$/)"])}`,
    })),
    negative("onboarding-non-id-fields", () => ({
      place: onboardingForm(),
      channel: "typed",
      body: t`${v.pick(["Engineering", "Full-time", "Laptop: MacBook Pro 14", "Start date 2026-04-01", "T-shirt size M", "Cost centre 4100", "Preferred language: English"])}`,
    })),
  ],
};

// ---------------------------------------------------------------- phones and emails

const contacts: Family = {
  name: "phones-emails",
  count: 260,
  templates: [
    positive("call-me", () => {
      const region = v.pick(v.regions);
      return {
        place: workChat(),
        channel: "typed",
        body: t`${v.pick(["call me on", "my mobile is", "reach me at", "ruf mich an unter", "appelle-moi au", "llámame al"])} ${L("phone", v.phone(region))}`,
      };
    }),
    positive("phone-bare-in-form", () => ({
      place: onboardingForm(),
      channel: "typed",
      body: t`${L("phone", v.phone(v.pick(v.regions)))}`,
    })),
    positive("international-colleague", () => ({
      place: workChat(),
      channel: "typed",
      body: t`WhatsApp works best while I'm abroad: ${L("phone", v.foreignPhone())}`,
    })),
    positive("emergency-contact", () => {
      const who = v.person();
      return {
        place: onboardingForm(),
        channel: "screen",
        body: t`Emergency contact\n${L("name", v.fullName(who))} (${v.pick(["spouse", "partner", "mother", "brother"])})\n${L("phone", v.phone(v.pick(v.regions), v.chance(0.4)))}`,
      };
    }),
    positive("email-in-chat", () => {
      const who = v.latinPerson();
      return {
        place: workChat(),
        channel: "typed",
        body: t`${v.pick(["send the invite to", "my personal address is", "cc"])} ${L("email", v.email(who))}${v.pick(["", " please", " thx"])}`,
      };
    }),
    positive("mailto-url", () => {
      const who = v.latinPerson();
      return {
        place: { app: v.pick(browsers) },
        channel: "url",
        body: t`https://mail.google.com/mail/?view=cm&to=${L("email", v.email(who))}&su=Contract`,
      };
    }),
    positive("contact-card-ocr", () => {
      const who = v.latinPerson();
      const region = v.pick(v.regions);
      return {
        place: { app: "Contacts", title: "Contacts" },
        channel: "screen",
        body: t`${L("name", v.fullName(who))}\nmobile ${L("phone", v.phone(region))}\nhome ${L("email", v.email(who, true))}`,
      };
    }),
    negative("timestamps-and-dates", () => ({
      place: terminal(),
      channel: "screen",
      body: t`${v.timestamp()} INFO  [${v.pick(["kafka-consumer-3", "main", "http-nio-8080-exec-7"])}] ${v.pick(["committed offsets for partition 7", "flushed 1024 rows", "GET /healthz 200 2ms"])}`,
    })),
    negative("order-tracking-numbers", () => ({
      place: mail("Your parcel is on its way"),
      channel: "screen",
      body: t`${v.pick(["Tracking number", "Order", "Sendungsnummer", "Numéro de suivi", "Número de pedido"])}: ${v.orderNumber()}`,
    })),
    negative("email-lookalikes", () => ({
      place: terminal(),
      channel: v.pick(["typed", "clipboard"] as const),
      body: t`${v.pick(["git clone git@github.com:quaystone/billing-api.git", "npm i react@18.3.1 react-dom@18.3.1", `docker pull ghcr.io/quaystone/exporter@sha256:${v.hex(64)}`, "@Injectable() export class ExportPlanner {}", "pnpm add -D @types/node@20"])}`,
    })),
    negative("docs-example-contacts", () => ({
      place: editor("README.md"),
      channel: "clipboard",
      body: t`${v.pick(["curl -d 'email=user@example.com' https://api.example.org/signup", "Contact: jane.doe@example.com (placeholder)", "Phone: +1 555 0100 (reserved for fiction)", "SMTP_FROM=noreply@example.net"])}`,
    })),
    negative("version-and-build", () => ({
      place: workChat(),
      channel: "typed",
      body: t`${v.pick([`build ${v.int(2026, 2026)}${v.pad(v.int(1, 12), 2)}${v.pad(v.int(1, 28), 2)}.${v.int(1, 9)} is green`, `PR #${v.int(1000, 9999)} fixes ${v.ticket()}`, `port range 30000-32767 is NodePort`, `ISBN 978-${v.int(0, 3)}-${v.digits(3)}-${v.digits(5)}-${v.int(0, 9)}`])}`,
    })),
  ],
};

// ---------------------------------------------------------------- IP addresses

const ips: Family = {
  name: "ips",
  count: 140,
  templates: [
    positive("allowlist-my-ip", () => ({
      place: workChat(),
      channel: "typed",
      body: t`${v.pick(["can you allowlist my home IP", "VPN is down, my IP is", "add", "the bastion blocks"])} ${L("ip", v.chance(0.7) ? v.ipv4() : v.ipv6())}${v.pick(["", " to the staging firewall", " please", "?"])}`,
    })),
    positive("sshd-log", () => ({
      place: terminal(),
      channel: "screen",
      body: t`${v.pick(["Mar", "Apr"])} ${String(v.int(1, 28)).padStart(2, " ")} 0${v.int(1, 9)}:${v.pad(v.int(0, 59), 2)}:11 bastion sshd[${v.int(1000, 99999)}]: Accepted publickey for deploy from ${L("ip", v.ipv4())} port ${v.int(40000, 65000)} ssh2`,
    })),
    positive("user-agent-with-ip", () => ({
      place: browser("https://grafana.internal/explore", "Explore - Loki - Grafana"),
      channel: "clipboard",
      body: t`client=${L("ip", v.ipv4())} ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) ${v.versionLikeIp()} Safari/537.36" status=200`,
    })),
    positive("runtime-and-ip", () => ({
      place: workChat(),
      channel: "typed",
      body: t`${v.pick(["repro on", "seen on"])} ${v.versionLikeIp()}, client ${L("ip", v.chance(0.6) ? v.ipv4() : v.ipv6())}`,
    })),
    positive("ipv6-ip-addr", () => ({
      place: terminal(),
      channel: "screen",
      body: t`inet6 ${L("ip", v.ipv6())}/64 scope global dynamic mngtmpaddr\n       valid_lft 86317sec preferred_lft 14317sec`,
    })),
    positive("whatismyip-title", () => ({
      place: { app: v.pick(browsers) },
      channel: "title",
      body: t`${L("ip", v.ipv4())} - What Is My IP Address`,
    })),
    negative("versions-like-ips", () => ({
      place: workChat(),
      channel: "typed",
      body: t`${v.pick(["upgraded to", "still on", "regression in"])} ${v.versionLikeIp()}${v.pick(["", " after the update", " on the build agents"])}`,
    })),
    negative("timestamps-comma-ms", () => ({
      place: terminal(),
      channel: "screen",
      body: t`${v.timestamp()} WARN  c.q.pipeline.Flusher - slow flush took ${v.int(1, 9)},${v.digits(3)} s`,
    })),
    negative("cidr-docs-and-oids", () => ({
      place: editor("network.tf"),
      channel: "clipboard",
      body: t`${v.pick([`cidr_block = "\${var.vpc_cidr}"`, "OID 1.3.6.1.4.1.311.21.8 marks the template", "listen 0.0.0.0:8080", "section 4.2.1.3 of the spec", "proxy_pass http://localhost:3000;"])}`,
    })),
  ],
};

// ---------------------------------------------------------------- money

const financial: Family = {
  name: "financial",
  count: 220,
  templates: [
    positive("card-in-chat", () => ({
      place: messenger(),
      channel: "typed",
      body: t`${v.pick(["use the company card", "card:", "here you go"])} ${L("card", v.card())} exp ${v.pad(v.int(1, 12), 2)}/${v.int(27, 31)} cvc ${v.digits(3)}`,
    })),
    positive("card-bare-checkout", () => ({
      place: browser(
        `https://checkout.${v.pick(["booking.com", "trainline.com", "renfe.com", "bahn.de"])}/payment`,
        "Payment",
      ),
      channel: "typed",
      body: t`${L("card", v.card())}`,
    })),
    positive("iban-invoice", () => {
      const country = v.pick(["DE", "GB", "FR", "ES", "NL", "IE", "BE"] as const);
      return {
        place: { app: "Adobe Acrobat", title: `Rechnung_${v.digits(5)}.pdf` },
        channel: "screen",
        body: t`Bankverbindung\nIBAN ${L("iban", v.iban(country))}\nVerwendungszweck: ${v.orderNumber()}`,
      };
    }),
    positive("iban-bare-payroll", () => ({
      place: onboardingForm(),
      channel: "typed",
      body: t`${L("iban", v.iban(v.pick(["DE", "FR", "ES", "GB"] as const)))}`,
    })),
    positive("iban-expense-chat", () => ({
      place: workChat(),
      channel: "typed",
      body: t`${v.pick(["refund the hotel to", "mi cuenta es", "mon RIB :", "pay me back at"])} ${L("iban", v.iban())}`,
    })),
    positive("routing-and-account-words", () => ({
      place: workChat(),
      channel: "typed",
      body: t`direct deposit: routing ${L("routing-number", v.routingNumber())}, account ${L("bank-account", v.bankAccount())}${v.pick(["", " (checking)", ", thanks!"])}`,
    })),
    positive("routing-and-account-bare", () => ({
      place: browser(
        "https://workforcenow.adp.com/theme/myself.html#/pay/direct-deposit",
        "Direct Deposit | ADP",
      ),
      channel: "screen",
      body: t`Checking\n${L("routing-number", v.routingNumber())}\n${L("bank-account", v.bankAccount())}\n100% of net pay`,
    })),
    positive("routing-slash-account", () => ({
      place: messenger(),
      channel: "typed",
      body: t`send rent to ${L("routing-number", v.routingNumber())} / ${L("bank-account", v.bankAccount())}`,
    })),
    positive("aba-in-wire-email", () => ({
      place: mail("Wire instructions"),
      channel: "typed",
      body: t`Beneficiary bank ABA: ${L("routing-number", v.routingNumber())}\nAcct #: ${L("bank-account", v.bankAccount())}\nSWIFT: ${v.pick(["CHASUS33", "BOFAUS3N", "WFBIUS6S"])}`,
    })),
    negative("masked-card", () => ({
      place: browser(`https://billing.stripe.com/p/session/live_${v.base64url(24)}`, "Billing portal"),
      channel: "screen",
      body: t`${v.pick(["Visa", "Mastercard", "Amex"])} •••• ${v.digits(4)}  Expires ${v.pad(v.int(1, 12), 2)}/${v.int(27, 31)}  Default`,
    })),
    negative("docs-example-ibans", () => ({
      place: editor("iban.test.ts"),
      channel: "clipboard",
      body: t`${v.pick(["expect(isIban('DE89 3704 0044 0532 0130 00')).toBe(true) // the standard example", "IBAN: DE00 0000 0000 0000 0000 00", "GB82 WEST 1234 5698 7654 32 (example from the spec)", "iban = 'XXXX XXXX XXXX XXXX XXXX XX'"])}`,
    })),
    negative("amounts-and-order-ids", () => ({
      place: workChat(),
      channel: "typed",
      body: t`${v.pick([`invoice ${v.orderNumber()} for ${v.money()} paid`, `order ${v.notRoutingNumber()} shipped`, `ticket ${v.notRoutingNumber()} — refund approved`, `PO ${v.digits(10)} raised for the licences`, `ledger batch ${v.digits(12)} reconciled`])}`,
    })),
    negative("payments-code", () => ({
      place: editor("payments.go"),
      channel: "clipboard",
      body: t`${v.pick(["if !luhn.Valid(req.CardNumber) { return ErrInvalidCard }", "routing_number VARCHAR(9) NOT NULL CHECK (routing_number ~ '^[0-9]{9}$')", "type BankAccount struct { Routing string; Account string }"])}`,
    })),
  ],
};

// ---------------------------------------------------------------- secrets

const secrets: Family = {
  name: "secrets",
  count: 320,
  templates: [
    positive("password-in-prose", () => ({
      place: v.pick([workChat, messenger])(),
      channel: "typed",
      body: t`${v.pick(["the wifi password is", "new VPN pw:", "printer admin password ->", "das Passwort ist", "le mot de passe c'est", "la contraseña es"])} ${L("secret", v.password())}`,
    })),
    positive("temporary-password", () => ({
      place: mail("Your new account"),
      channel: "screen",
      body: t`Your temporary password is ${L("secret", v.password())}. You will be asked to change it at first sign-in.`,
    })),
    positive("pin-in-chat", () => ({
      place: v.pick([workChat, messenger])(),
      channel: "typed",
      body: t`${v.pick(["door code for the server room:", "PIN for the shared phone is", "alarm PIN", "the card PIN:"])} ${L("secret", v.pin())}`,
    })),
    positive("mysql-p", () => {
      const pw = v.password().replace(/['"\\ `$!]/g, "x");
      return {
        place: terminal(),
        channel: "keys",
        body: t`mysql -h ${v.dbHost()} -u ${v.pick(v.serviceUsers)} -p${L("secret", pw)} orders`,
      };
    }),
    positive("sshpass", () => {
      const pw = v.password().replace(/['\\]/g, "x");
      return {
        place: terminal(),
        channel: "typed",
        body: t`sshpass -p '${L("secret", pw)}' ssh ${v.pick(v.serviceUsers)}@${v.dbHost()}`,
      };
    }),
    positive("flag-password", () => {
      const pw = v.password().replace(/['"\\ `$]/g, "x");
      return {
        place: terminal(),
        channel: "typed",
        body: v.pick([
          () =>
            t`psql --host=${v.dbHost()} --username=${v.pick(v.serviceUsers)} --password=${L("secret", pw)}`,
          () => t`docker login registry.${org.toLowerCase()}.com -u ci -p ${L("secret", pw)}`,
          () => t`redis-cli -h ${v.dbHost()} -a '${L("secret", pw)}' PING`,
          () => t`curl -u admin:${L("secret", pw)} https://jenkins.internal/api/json`,
        ])(),
      };
    }),
    positive("connection-string", () => {
      const pw = v.password().replace(/[@:/?#'"\\ ]/g, "x");
      return {
        place: v.pick([() => editor(".env"), terminal, workChat])(),
        channel: "typed",
        body: t`${v.pick(["DATABASE_URL=", "MONGO_URI=", "", "use "])}${v.pick(["postgres", "postgresql", "mysql", "mongodb+srv", "redis", "amqp"])}://${v.pick(v.serviceUsers)}:${L("secret", pw)}@${v.dbHost()}:${v.pick([5432, 3306, 27017, 6379, 5672])}/${v.pick(["app", "orders", "events", "0"])}`,
      };
    }),
    positive("npmrc-token", () => ({
      place: editor(".npmrc"),
      channel: "clipboard",
      body: t`@${org.toLowerCase()}:registry=https://npm.pkg.github.com\n//${v.pick(["registry.npmjs.org", "npm.pkg.github.com"])}/:_authToken=${L("secret", v.chance(0.5) ? `npm_${v.chars(36, v.alnum)}` : `ghp_${v.chars(36, v.alnum)}`)}`,
    })),
    positive("provider-key-in-env", () => {
      const { provider, token } = v.providerToken();
      const name = `${provider.toUpperCase().replace(/ /g, "_")}_${v.pick(["API_KEY", "TOKEN", "SECRET"])}`;
      return {
        place: editor(v.pick([".env.local", "docker-compose.yml", "config.yaml"])),
        channel: "clipboard",
        body: t`${name}${v.pick(["=", ": "])}${L("secret", token)}`,
      };
    }),
    positive("provider-key-pasted-bare", () => ({
      place: v.pick([workChat, terminal])(),
      channel: "clipboard",
      body: t`${L("secret", v.providerToken().token)}`,
    })),
    positive("aws-credentials-file", () => {
      const pair = v.awsKeyPair();
      return {
        place: editor("credentials"),
        channel: "clipboard",
        body: t`[default]\naws_access_key_id = ${L("secret", pair.id)}\naws_secret_access_key = ${L("secret", pair.secret)}`,
      };
    }),
    positive("bearer-jwt", () => ({
      place: terminal(),
      channel: "typed",
      body: t`curl -H "Authorization: Bearer ${L("secret", v.jwt())}" https://api.${org.toLowerCase()}.com/v1/exports`,
    })),
    positive("private-key-block", () => ({
      place: editor("id_deploy"),
      channel: "clipboard",
      body: t`${L("secret", v.pemPrivateKey())}`,
    })),
    positive("azure-connection-string", () => ({
      place: editor("appsettings.json"),
      channel: "clipboard",
      body: t`"Storage": "DefaultEndpointsProtocol=https;AccountName=${v.pick(["qsexports", "stlakeprod", "telemetrydev"])};AccountKey=${L("secret", `${v.base64(86)}==`)};EndpointSuffix=core.windows.net"`,
    })),
    negative("paging-cursors", () => ({
      place: browser(
        `https://api.${org.toLowerCase()}.com/v1/events?cursor=${v.pagingCursor()}`,
        "JSON viewer",
      ),
      channel: "screen",
      body: t`{"data": [], "next_cursor": "${v.pagingCursor()}", "has_more": ${v.pick(["true", "false"])}}`,
    })),
    negative("placeholders", () => ({
      place: editor(v.pick(["README.md", ".env.example", "docs/setup.md"])),
      channel: "clipboard",
      body: t`${v.pick(["API_TOKEN=your-api-token", "OPENAI_API_KEY=<your key here>", "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "STRIPE_SECRET_KEY=sk_live_XXXXXXXXXXXXXXXXXXXXXXXX", "password: changeme  # set in the vault, not here", "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----", "DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/DB"])}`,
    })),
    negative("secret-references", () => ({
      place: editor(v.pick(["settings.py", "config.ts", "deploy.yml"])),
      channel: "clipboard",
      body: t`${v.pick(['password = os.environ["DB_PASSWORD"]', "app.secret_key = settings.SECRET_KEY", "const key = process.env.STRIPE_SECRET_KEY ?? fail('missing key')", `password: \${{ secrets.DB_PASSWORD }}`, "ssh -i ~/.ssh/id_ed25519 deploy@bastion", "key_file: /etc/ssl/private/server.key", 'token := os.Getenv("GITHUB_TOKEN")', "vault kv get -field=password secret/billing/db"])}`,
    })),
    negative("hashes-and-ids", () => ({
      place: terminal(),
      channel: "screen",
      body: t`${v.pick([`commit ${v.commitSha(false)}`, `request_id=${v.uuid()} trace_id=${v.hex(32)}`, `"integrity": "sha512-${v.base64(86)}=="`, `Digest: sha256:${v.hex(64)}`, `etag: "${v.hex(32)}"`])}`,
    })),
    negative("password-words-no-secret", () => ({
      place: workChat(),
      channel: "typed",
      body: t`${v.pick(["reset your password from the SSO page, IT can't see it", "password rotation for service accounts is every 90 days", "Forgot password? link is broken on staging", "the PIN pad in the lobby is out of order", "we store password hashes with argon2id, never the password"])}`,
    })),
  ],
};

const passwordFields: Family = {
  name: "password-fields",
  count: 80,
  templates: [
    positive("login-password", () => ({
      place: browser(
        v.pick([
          "https://login.microsoftonline.com/common/oauth2/v2.0/authorize",
          `https://${org.toLowerCase()}.okta.com/login/login.htm`,
          "https://github.com/login",
        ]),
        "Sign in",
      ),
      channel: "password",
      body: t`${v.password()}`,
    })),
    positive("pin-field", () => ({
      place: browser("https://www.bankofamerica.com/online-banking/sign-in/", "Sign In - Online Banking"),
      channel: "password",
      body: t`${v.pin()}`,
    })),
    positive("sudo-prompt", () => ({ place: terminal(), channel: "password", body: t`${v.password()}` })),
    negative("search-about-passwords", () => ({
      place: browser("https://www.google.com/", "Google"),
      channel: "typed",
      body: t`${v.pick(["how to change outlook password", "1password vs bitwarden for teams", "okta password policy minimum length", "reset bios password dell"])}`,
    })),
    negative("username-field", () => ({
      place: browser(`https://${org.toLowerCase()}.okta.com/login/login.htm`, "Sign in"),
      channel: "typed",
      body: t`${v.pick(["svc-reporting", "build-agent-04", "readonly"])}`,
    })),
  ],
};

// ---------------------------------------------------------------- health

const conditions = [
  "type 2 diabetes",
  "endometriosis",
  "Crohn's disease",
  "hypothyroidism",
  "an ACL tear",
  "long COVID",
  "shingles",
  "a herniated disc",
  "ADHD",
  "generalised anxiety disorder",
  "psoriasis",
  "coeliac disease",
  "high blood pressure",
  "gestational diabetes",
  "a kidney stone",
];
const medicines = [
  "sertraline",
  "Ozempic",
  "Elvanse",
  "metformin",
  "Levothyrox",
  "Ventolin",
  "Humira",
  "Concerta",
  "propranolol",
  "Wegovy",
  "Lexapro",
  "ibuprofen 800",
];
const procedures = [
  "colonoscopy",
  "MRI of my lumbar spine",
  "wisdom tooth extraction",
  "endoscopy",
  "cataract surgery",
  "knee arthroscopy",
  "biopsy",
  "20-week scan",
  "IVF transfer",
  "mammogram",
  "physio session",
];

const health: Family = {
  name: "health",
  count: 300,
  templates: [
    positive("procedure-out-of-office", () => ({
      place: workChat(),
      channel: "typed",
      body: t`${v.pick(["off tomorrow for my", "heads up, I have a", "moving my 1:1, I've got a"])} ${v.pick(procedures)}${v.pick([" in the morning", " at 10", "", " — back Thursday"])}`,
      topics: ["health", "prompt"],
    })),
    positive("condition-disclosure", () => ({
      place: workChat(),
      channel: "typed",
      body: t`${v.pick(["I was diagnosed with", "Still dealing with", "FYI I have"])} ${v.pick(conditions)}${v.pick([", so mornings are rough", " — might need to work from home more", ", please keep it between us"])}`,
      topics: ["health", "prompt"],
    })),
    positive("medicine-abbrev", () => ({
      place: messenger(),
      channel: "typed",
      body: t`${v.pick(["pharmacy is out of", "doc upped my", "can you pick up my"])} ${v.pick(medicines)}${v.pick(["", " again", " 50mg", " bd"])}`,
      topics: ["health", "prompt"],
    })),
    positive("lab-results-ocr", () => ({
      place: browser("https://mychart.example-health.org/MyChart/app/test-results", "Test Results - MyChart"),
      channel: "screen",
      body: t`${v.pick(["HbA1c", "TSH", "LDL cholesterol", "Ferritin", "eGFR", "Vitamin D, 25-OH"])}\n${v.int(1, 150)}.${v.int(0, 9)} ${v.pick(["mmol/mol", "mIU/L", "mg/dL", "ng/mL"])}\nStandard range ${v.int(1, 40)} - ${v.int(41, 200)}\n${v.pick(["High", "Low", "Normal"])}`,
      topics: ["health"],
    })),
    positive("appointment-title", () => {
      const doctor = v.person();
      return {
        place: { app: v.pick(browsers) },
        channel: "title",
        body: t`${v.pick(["Rendez-vous confirmé", "Termin bestätigt", "Cita confirmada", "Appointment confirmed"])} – Dr ${L("name", doctor.family)}, ${v.pick(["dermatologue", "Psychotherapeut", "ginecóloga", "oncologist", "cardiologist"])} - Doctolib`,
        topics: ["health"],
      };
    }),
    positive("health-url", () => ({
      place: { app: v.pick(browsers) },
      channel: "url",
      body: t`https://www.${v.pick(["nhs.uk/conditions", "mayoclinic.org/diseases-conditions", "ameli.fr/assure/sante/themes"])}/${v.pick(["type-2-diabetes", "endometriosis", "shingles", "crohns-disease", "depression", "miscarriage", "hiv"])}/`,
      topics: ["health"],
    })),
    positive("pregnancy", () => ({
      place: workChat(),
      channel: "typed",
      body: t`${v.pick(["I'm 14 weeks pregnant, telling the team after the scan", "we're expecting in October! midwife appointment Friday", "morning sickness is brutal, joining standup on camera-off"])}`,
      topics: ["health", "prompt"],
    })),
    positive("remission", () => ({
      place: messenger(),
      channel: "typed",
      body: t`${v.pick(["Mum's scan came back clear, she's in remission", "two years in remission today 🎉", "oncologist says the lymphoma is in partial remission"])}`,
      topics: ["health", "prompt"],
    })),
    positive("sick-note-email", () => {
      const who = v.person();
      return {
        place: mail("Sick note"),
        channel: "typed",
        body: t`Hi ${L("name", who.given)}, attaching the fit note — the GP signed me off for two weeks with ${v.pick(["a slipped disc", "pneumonia", "post-viral fatigue", "a concussion"])}.`,
        topics: ["health", "hr"],
      };
    }),
    positive("therapy-search", () => ({
      place: browser("https://www.google.com/", "Google"),
      channel: "typed",
      body: t`${v.pick(["therapist near me who takes bupa", "sertraline weight gain after 6 months", "is it normal to bleed after a biopsy", "Ozempic side effects nausea how long", "CBT for panic attacks london"])}`,
      topics: ["health"],
    })),
    negative("figurative-disease-words", () => ({
      place: workChat(),
      channel: "typed",
      body: t`${v.pick(["this legacy module is a cancer on the codebase", "the launch post went viral on Hacker News", "feature creep is the disease, scope reviews are the cure", "retry storms are contagious across services", "that meeting gave me a headache 😅", "the design is a bit anaemic, add some colour"])}`,
    })),
    negative("tech-health-terms", () => ({
      place: terminal(),
      channel: v.pick(["screen", "typed"] as const),
      body: t`${v.pick(["curl -s localhost:8080/healthz", "kubectl describe pod exporter-7d9f | grep -i liveness", "smoke test passed, sanity check pending", "heartbeat interval 3000ms, session timeout 45000ms", "cluster health: yellow (2 unassigned shards)", "dead-letter queue depth is 0"])}`,
    })),
    negative("clinic-domain-code", () => ({
      place: editor(v.pick(["schema.sql", "appointment.ts", "models.py"])),
      channel: "clipboard",
      body: t`${v.pick(["CREATE TABLE appointments (id uuid PRIMARY KEY, clinician_id uuid NOT NULL, starts_at timestamptz NOT NULL);", "export type Encounter = { id: string; practitionerId: string; status: 'planned' | 'finished' };", "class Prescription(models.Model):\n    dose_mg = models.PositiveIntegerField()\n    refills = models.PositiveSmallIntegerField(default=0)", "SELECT count(*) FROM lab_orders WHERE created_at > now() - interval '1 day';"])}`,
    })),
    negative("work-wellbeing-generic", () => ({
      place: workChat(),
      channel: "typed",
      body: t`${v.pick(["reminder: the office first-aid kit is in the kitchen", "benefits portal now lists the gym discount", "flu shots in the lobby next Tuesday, sign-up sheet on the wiki", "ergonomic chairs arrive Monday"])}`,
    })),
  ],
};

// ---------------------------------------------------------------- HR

const hr: Family = {
  name: "hr",
  count: 270,
  templates: [
    positive("pay-attached-to-person", () => {
      const who = v.person();
      return {
        place: workChat(),
        channel: "typed",
        body: t`${L("name", v.pick([who.given, v.fullName(who)]))}${v.pick(["'s salary goes to", " will be on", " is offered"])} ${v.money()}${v.pick([" from April", " base + 10% bonus", "", " after calibration"])}`,
        topics: ["hr"],
      };
    }),
    positive("offer-letter-title", () => {
      const who = v.latinPerson();
      return {
        place: { app: v.pick(["Adobe Acrobat", "Microsoft Word", "Preview"]) },
        channel: "title",
        body: t`${v.pick(["Offer Letter", "Offer_Letter", "Contrat de travail", "Arbeitsvertrag", "Severance Agreement", "PIP"])} - ${L("name", v.fullName(who))}${v.pick([".pdf", ".docx", " (signed).pdf"])}`,
        topics: ["hr"],
      };
    }),
    positive("payslip-title", () => ({
      place: { app: v.pick(["Adobe Acrobat", "Preview"]) },
      channel: "title",
      body: t`${v.pick(["Payslip_March_2026.pdf", "Gehaltsabrechnung_2026_03.pdf", "Bulletin_de_paie_mars_2026.pdf", "Nomina_marzo_2026.pdf", "P60_2025.pdf"])}`,
      topics: ["hr"],
    })),
    positive("pip", () => {
      const who = v.person();
      return {
        place: mail("Performance improvement plan"),
        channel: "typed",
        body: t`${L("name", who.given)} starts a ${v.pick(["60-day", "90-day", "30-day"])} performance improvement plan on Monday; ${v.pick(["missed the last three deadlines", "two written warnings already", "HR will join the kickoff"])}.`,
        topics: ["hr"],
      };
    }),
    positive("rating-calibration", () => {
      const who = v.person();
      return {
        place: browser(
          `https://${org.toLowerCase()}.lattice.com/reviews/cycles/${v.digits(4)}/calibration`,
          "Calibration - Lattice",
        ),
        channel: "typed",
        body: t`move ${L("name", v.fullName(who))} from ${v.pick(["meets", "3"])} to ${v.pick(["below expectations", "2 – partially meets", "exceeds"])}${v.pick(["", ", promo deferred", ", no bonus this cycle"])}`,
        topics: ["hr"],
      };
    }),
    positive("leave-request", () => {
      const [request, topics] = v.pick<[string, Topic[]]>([
        ["I'd like to request short-term disability leave from", ["hr", "health"]],
        ["My doctor recommends a phased return after my medical leave, from", ["hr", "health"]],
        ["Requesting unpaid parental leave starting", ["hr"]],
        ["Please note my sabbatical (unpaid, approved by my manager) starts", ["hr"]],
      ]);
      return {
        place: mail("Leave request"),
        channel: "typed",
        body: t`${request} ${v.int(1, 28)} ${v.pick(["May", "June", "September"])}.`,
        topics,
      };
    }),
    positive("severance-chat", () => ({
      place: workChat(),
      channel: "typed",
      body: t`${v.pick(["severance is 3 months plus garden leave", "they offered me a settlement agreement, 4 months' pay", "my role is at risk of redundancy, consultation starts Monday", "I got let go this morning — last day Friday"])}`,
      topics: ["hr", "prompt"],
    })),
    positive("disciplinary", () => {
      const who = v.person();
      return {
        place: workChat(),
        channel: "typed",
        body: t`disciplinary hearing for ${L("name", v.fullName(who))} is Thursday, ${v.pick(["gross misconduct", "second written warning", "attendance issues"])}`,
        topics: ["hr"],
      };
    }),
    positive("workday-comp-title", () => {
      const who = v.latinPerson();
      return {
        place: { app: v.pick(browsers) },
        channel: "title",
        body: t`${v.pick(["Compensation Review", "Change Job", "Termination", "Promotion"])} - ${L("name", v.fullName(who))} - Workday`,
        topics: ["hr"],
      };
    }),
    negative("tech-hr-words", () => ({
      place: v.pick([workChat, terminal])(),
      channel: "typed",
      body: t`${v.pick(["performance review of the query plan: seq scan on events", "kill the child process before restarting the worker", "terminate the instance after the snapshot finishes", "promote the canary to 100%", "fire the webhook again for order events", "the orphaned pods got evicted", "retire the v1 API in June", "onboarding flow for new tenants is live"])}`,
    })),
    negative("hr-domain-code", () => ({
      place: editor("payroll.ts"),
      channel: "clipboard",
      body: t`${v.pick(["export type Employee = { id: string; grade: 'L3' | 'L4' | 'L5'; salaryBand: string };", "ALTER TABLE reviews ADD COLUMN rating smallint CHECK (rating BETWEEN 1 AND 5);", "def compute_bonus(base: Decimal, multiplier: Decimal) -> Decimal:"])}`,
    })),
    negative("generic-hiring", () => ({
      place: workChat(),
      channel: "typed",
      body: t`${v.pick(["we're hiring two backend engineers, referrals welcome", "the careers page job ads need the new salary-range wording", "review my PR when you have a minute", "bonus points if the fix has a test", "headcount of pods per node is capped at 110"])}`,
    })),
  ],
};

// ---------------------------------------------------------------- personal life in chat

const personalChat: Family = {
  name: "personal-chat",
  count: 200,
  templates: [
    positive("life-in-work-chat", () => ({
      place: workChat(),
      channel: "typed",
      body: t`${v.pick(["landlord is selling the flat, we have 2 months to find somewhere", "divorce papers came through today, sorry if I'm quiet", "my son got suspended from school, have to leave early", "the date last night was actually great 😊", "can't make drinks, money's really tight until payday", "we're finally moving in together next month!", "my dad's been arrested, I need to take the afternoon"])}`,
      topics: ["prompt"],
    })),
    positive("messenger-personal", () => {
      const who = v.person();
      return {
        place: messenger(),
        channel: "typed",
        body: t`${v.pick(["love you", "miss you", "call me when you land", "sorry about last night"])} ${L("name", who.given)}${v.pick(["", " ❤️", " x", "!"])}`,
        topics: ["prompt"],
      };
    }),
    positive("family-plans", () => {
      const who = v.person();
      return {
        place: workChat(),
        channel: "typed",
        body: t`${L("name", who.given)}'s ${v.pick(["custody hearing", "christening", "wedding", "funeral"])} is on Saturday, ${v.pick(["I'll be offline", "can you cover my on-call?", "we're flying out Friday"])}`,
        topics: ["prompt"],
      };
    }),
    positive("personal-phone", () => ({
      place: messenger(),
      channel: "typed",
      body: t`${v.pick(["new number btw", "mum's new mobile is"])} ${L("phone", v.phone(v.pick(v.regions)))}`,
      topics: ["prompt"],
    })),
    negative("work-talk-in-messenger", () => ({
      place: messenger(),
      channel: "typed",
      body: t`${v.pick(["can you push the hotfix before the 3pm release?", "standup moved to 9:45 tomorrow", "prod is green again, going back to bed", "the client demo is at 11, slides are in the drive", "did the nightly ETL finish?"])}`,
    })),
    negative("office-small-talk", () => ({
      place: workChat(),
      channel: "typed",
      body: t`${v.pick(["coffee machine on 3 is broken again", "who booked the big room for Friday?", "lunch order closes at 11:30", "the fire drill is at 2pm", "new monitors arrived, grab one from IT"])}`,
    })),
  ],
};

// ---------------------------------------------------------------- prompts

const prompts: Family = {
  name: "prompts",
  count: 200,
  templates: [
    positive("personal-prompt", () => ({
      place: assistant(),
      channel: "prompt",
      body: t`${v.pick(["Help me write a firm but polite message to my landlord about the mould in our bedroom", "My partner and I keep arguing about money, how do we make a budget we both stick to?", "Write a toast for my sister's wedding, she met her husband at university", "How do I tell my kids we're getting divorced?"])}`,
      topics: ["prompt"],
    })),
    positive("health-prompt", () => ({
      place: assistant(),
      channel: "prompt",
      body: t`${v.pick(["I was just diagnosed with", "My doctor thinks I have", "My mother has"])} ${v.pick(conditions)}. ${v.pick(["What should I ask at the next appointment?", "Can I still run a half-marathon?", "What foods should I avoid?"])}`,
      topics: ["prompt", "health"],
    })),
    positive("hr-prompt", () => ({
      place: assistant(),
      channel: "prompt",
      body: v.chance(0.5)
        ? t`${v.pick(["Rewrite my self-review, my manager rated me 2/5 and I think it's unfair", "I'm being put on a PIP, draft a reply asking for concrete goals", "I was told my role is at risk of redundancy, what are my rights in the UK?"])}`
        : t`${v.pick(["They offered me", "My current salary is", "My manager says a raise to"])} ${v.money()} ${v.pick(["for a senior role in Berlin, how do I negotiate?", "— is that below market for a staff engineer?", "is the most they can do, should I start interviewing?"])}`,
      topics: ["prompt", "hr"],
    })),
    positive("prompt-with-name-email", () => {
      const who = v.latinPerson();
      return {
        place: assistant(),
        channel: "prompt",
        body: t`Draft an email to ${L("name", v.fullName(who))} (${L("email", v.email(who))}) declining the vendor proposal but keeping the door open.`,
        topics: ["prompt"],
      };
    }),
    positive("prompt-with-pasted-secret", () => ({
      place: assistant(),
      channel: "prompt",
      body: t`why does this fail with 401? curl -H 'Authorization: token ${L("secret", `ghp_${v.chars(36, v.alnum)}`)}' https://api.github.com/user`,
      topics: ["prompt"],
    })),
    positive("work-prompt", () => ({
      place: assistant(),
      channel: "prompt",
      body: t`${v.pick(["Write a SQL query that returns the top 10 customers by revenue last quarter", "Explain the difference between Kafka consumer groups and partitions", "Summarise this RFC in five bullet points", "Convert this bash loop to a Python script"])}`,
      topics: ["prompt"],
    })),
    negative("assistant-conversation-title", () => ({
      place: { app: v.pick(["ChatGPT", "Claude"]) },
      channel: "title",
      body: t`${v.pick(["Regex for ISO dates", "Kafka rebalance explained", "Terraform state lock error", "SQL window functions"])} - ${v.pick(["ChatGPT", "Claude"])}`,
    })),
    negative("assistant-url", () => ({
      place: { app: v.pick(browsers) },
      channel: "url",
      body: t`${v.pick([`https://chatgpt.com/c/${v.uuid()}`, `https://claude.ai/chat/${v.uuid()}`, `https://gemini.google.com/app/${v.hex(16)}`])}`,
    })),
    negative("ticket-not-prompt", () => ({
      place: browser(`https://${org.toLowerCase()}.atlassian.net/browse/${v.ticket()}`, "Jira"),
      channel: "typed",
      body: t`${v.pick(["Write a function that parses ISO-8601 durations and add tests", "Explain in the runbook how to rotate the KMS key", "Summarise the incident timeline for the postmortem"])}`,
    })),
  ],
};

export const fourthFamilies: readonly Family[] = [
  names,
  addresses,
  passports,
  nationalIds,
  contacts,
  ips,
  financial,
  secrets,
  passwordFields,
  health,
  hr,
  personalChat,
  prompts,
];

import type { Family, Place, Template } from "../templates.ts";
import { L, t } from "../templates.ts";
import * as w from "./values.ts";

/**
 * Templates of the second held-out part. Written after the first corpus had
 * been used to steer the detectors, and before any detector changed again:
 * other sentence shapes, other apps and window titles, other countries and
 * formats, and hard negatives of their own. Nothing here is derived from
 * the first corpus's templates; only the tagged-template helper is shared.
 */

// ---------------------------------------------------------------- places

const browserApps = ["Google Chrome", "Firefox", "Brave Browser", "Vivaldi", "Opera", "Microsoft Edge"];
const web = (title: string, url?: string): Place => ({
  app: w.one(browserApps),
  title,
  ...(url === undefined ? {} : { url }),
});
const teamChat = (): Place =>
  w.one([
    {
      app: "Slack",
      title: `${w.one(["#proj-atlas", "#help-infra", "#london-office", "#watercooler", "#release-train"])} - Northwind - Slack`,
    },
    {
      app: "Microsoft Teams",
      title: `${w.one(["Platform Guild", "Sales DACH", "Support Tier 2"])} | General | Microsoft Teams`,
    },
    { app: "Google Chat", title: `${w.one(["Eng leads", "Berlin office", "Launch room"])} - Google Chat` },
    { app: "Mattermost", title: `${w.one(["Ops", "Dev"])} - Mattermost` },
  ]);
const teamDm = (): Place =>
  w.one([
    { app: "Slack", title: `${w.personName()} - Northwind - Slack` },
    { app: "Microsoft Teams", title: `${w.personName()} | Chat | Microsoft Teams` },
  ]);
const privateChat = (): Place =>
  w.one([
    { app: "WhatsApp", title: "WhatsApp" },
    { app: "Telegram", title: "Telegram Desktop" },
    { app: "Signal", title: "Signal" },
    { app: "Messenger", title: "Messenger" },
    { app: "Viber", title: "Viber" },
    web("WhatsApp Web", "https://web.whatsapp.com/"),
  ]);
const inbox = (
  subject = w.one(["Re: next steps", "Fwd: paperwork", "Quick question", "Your request"]),
): Place =>
  w.one([
    { app: "Microsoft Outlook", title: `${subject} - Message (HTML)` },
    web(`${subject} - ${w.mailbox()} - Proton Mail`, "https://mail.proton.me/u/0/inbox"),
    { app: "Thunderbird", title: `${subject} - Mozilla Thunderbird` },
    { app: "Spark", title: subject },
  ]);
const notes = (): Place =>
  w.one([
    { app: "Obsidian", title: `${w.one(["Daily note", "Scratch", "Hiring"])} - vault - Obsidian` },
    web("Untitled document - Google Docs", `https://docs.google.com/document/d/${w.token(44)}/edit`),
    { app: "Microsoft OneNote", title: "Quick Notes - OneNote" },
    { app: "Bear", title: "Notes" },
    web("Team space - Coda", "https://coda.io/d/Team-space_d1xYz"),
  ]);
const code = (
  file = w.one([
    "settings.yaml",
    "app.properties",
    "Makefile",
    "values.yaml",
    "server.js",
    "handler.go",
    "conf/prod.ini",
    "notebook.ipynb",
  ]),
): Place =>
  w.one([
    { app: "Visual Studio Code", title: `${file} — northwind` },
    { app: "PyCharm", title: `northwind – ${file}` },
    { app: "Sublime Text", title: `${file} (northwind) - Sublime Text` },
    { app: "Zed", title: `${file} — northwind` },
  ]);
const shell = (): Place =>
  w.one([
    { app: "Terminal", title: "zsh — 80×24" },
    { app: "Alacritty", title: "Alacritty" },
    { app: "kitty", title: "~/work/northwind" },
    { app: "Windows Terminal", title: "Ubuntu-22.04" },
    { app: "iTerm2", title: "-bash" },
  ]);
const assistant = (): Place =>
  w.one([
    { app: "ChatGPT", title: "New chat", url: "https://chatgpt.com/" },
    { app: "Claude", title: "Claude", url: "https://claude.ai/chat/" },
    web("Gemini", "https://gemini.google.com/app/3b1f"),
  ]);
const somewhere = (): Place => w.one([teamChat(), inbox(), notes()]);

const tpl = (name: string, make: Template["make"], negative = false): Template => ({ name, make, negative });

const Full = () => L("name", w.personName());
const Given = () => L("name", w.given());

// ---------------------------------------------------------------- families

const names: Family = {
  name: "person-name",
  count: 380,
  templates: [
    tpl("thanks-given", () => ({
      place: teamChat(),
      channel: "typed",
      body: t`${w.one(["thank you", "ty", "huge thanks", "kudos to", "shout-out to"])} ${Given()} ${w.one(["for the quick turnaround", "for jumping on the call", "— saved my day", "for the review 🙏"])}`,
    })),
    tpl("lowercase-hey", () => {
      const name = w.given().toLowerCase();
      return { place: teamChat(), channel: "typed", body: t`hey ${L("name", name)} do you have 5 min?` };
    }),
    tpl("intro", () => ({
      place: inbox("Introduction"),
      channel: "typed",
      body: t`${w.one(["Let me introduce", "Looping in", "Adding", "Meet"])} ${Full()}, ${w.one(["who leads procurement at our client", "our new designer", "from the Dublin office", "who will take over the account"])}.`,
    })),
    tpl("sign-off-dash", () => ({
      place: inbox(),
      channel: "typed",
      body: t`${w.one(["Will confirm by Friday.", "Attached the revised version.", "Happy to discuss."])}\n\n— ${Given()}`,
    })),
    tpl("sign-off-full-title", () => ({
      place: inbox(),
      channel: "typed",
      body: t`${w.one(["Many thanks", "Warm regards", "All the best", "Mit freundlichen Grüßen", "Cordialement", "Un saludo"])}\n${Full()}\n${w.one(["Head of Partnerships", "Solutions Architect", "Office Manager", "Talent Partner"])} | Northwind`,
    })),
    tpl("handover", () => ({
      place: w.one([teamChat(), notes()]),
      channel: "typed",
      body: t`${Full()} ${w.one(["is covering for me while I'm out", "will be your point of contact", "has the keys to the staging account", "signed off on the budget"])}`,
    })),
    tpl("spoke-to", () => ({
      place: somewhere(),
      channel: "typed",
      body: t`${w.one(["just spoke to", "waiting to hear from", "I'll sync with", "escalated to"])} ${Given()} ${w.one(["and we're good", "about the renewal", "later today", "— no answer yet"])}`,
    })),
    tpl("dm-title", () => ({
      place: { app: w.one(["Slack", "Microsoft Teams", "Telegram", "Messenger"]) },
      channel: "title",
      body: w.one([
        () => t`${Full()} - Northwind - Slack`,
        () => t`${Full()} | Chat | Microsoft Teams`,
        () => t`${Given()} – Telegram`,
        () => t`Messenger – ${Full()}`,
      ])(),
    })),
    tpl("invite-title", () => ({
      place: { app: w.one(["Microsoft Outlook", "Calendar", "Google Chrome"]) },
      channel: "title",
      body: t`${w.one(["Invitation: Intro call with", "Accepted: Coffee chat –", "Updated invitation: Sync w/", "Canceled: Catch-up with"])} ${Full()}`,
    })),
    tpl("profile-url", () => {
      const name = w.personName();
      return {
        place: web(`${name} - Directory`),
        channel: "url",
        body: w.one([
          () => t`https://github.com/${L("name", w.handle(name))}`,
          () => t`https://northwind.bamboohr.com/employees/${L("name", w.handle(name))}`,
          () => t`https://twitter.com/${L("name", w.handle(name))}`,
        ])(),
      };
    }),
    tpl("crm-screen", () => ({
      place: web("Contact – Salesforce", "https://northwind.lightning.force.com/lightning/r/Contact/view"),
      channel: "screen",
      body: t`Contact Owner ${Full()}\nName ${Full()}\nTitle VP Finance\nAccount Contoso Ltd`,
    })),
    tpl("git-log", () => ({
      place: shell(),
      channel: "screen",
      body: t`commit ${w.gitSha()}\nAuthor: ${Full()} <${L("email", w.mailbox())}>\nDate:   Tue Mar 3 10:12:44 2026 +0100\n\n    Fix flaky retry test`,
    })),
    tpl("chat-header", () => ({
      place: teamChat(),
      channel: "screen",
      body: t`${Full()}  ${w.between(1, 12)}:${String(w.between(0, 59)).padStart(2, "0")} PM\n${w.one(["pushed a fix, can someone retry?", "ok for me", "joining in 2"])}\n${Full()}  ${w.between(1, 12)}:${String(w.between(0, 59)).padStart(2, "0")} PM\n${w.one(["on it", "thanks!", "👍"])}`,
    })),
    tpl("ai-about-person", () => ({
      place: assistant(),
      channel: "prompt",
      topics: ["prompt"],
      body: t`draft a reference letter for ${Full()} who worked with me for three years`,
    })),
    // hard negatives
    tpl(
      "neg-months-and-verbs",
      () => ({
        place: teamChat(),
        channel: "typed",
        body: t`${w.one(["will do, April 3 works", "May the release be green", "June numbers are in", "we'll grant access tomorrow", "Mark the ticket as done", "Chase the vendor for the invoice", "Bill the client for March", "Will it rain on the offsite?"])}`,
      }),
      true,
    ),
    tpl(
      "neg-products",
      () => ({
        place: w.one([teamChat(), notes()]),
        channel: "typed",
        body: t`${w.one(["Azure DevOps", "Adobe Premiere", "Tableau Server", "Sentry", "Looker Studio", "Zendesk Guide", "Oracle Cloud", "Atlassian Bamboo", "Visual Studio", "Samsung Galaxy", "Alexa Skills", "Siri Shortcuts"])} ${w.one(["licence renews in May", "is down for maintenance", "dashboard looks off", "is what finance uses"])}`,
      }),
      true,
    ),
    tpl(
      "neg-cities-streets",
      () => ({
        place: teamChat(),
        channel: "typed",
        body: t`${w.one(["flying to Denver tonight", "the Madison office has cake", "Wellington team is offline", "Hamilton data centre migration", "Jackson Hole offsite is booked", "Victoria line is down again", "meeting at Lincoln Center"])}`,
      }),
      true,
    ),
    tpl(
      "neg-code-identifiers",
      () => ({
        place: code(),
        channel: "typed",
        body: t`${w.one(["author = commit.author.name", "displayName: z.string().min(1)", "user.first_name || ' ' || user.last_name", "def greet(name): return f'Hello {name}'", "const owner = pr.user.login;"])}`,
      }),
      true,
    ),
    tpl(
      "neg-generic-greeting",
      () => ({
        place: w.one([inbox(), teamChat()]),
        channel: "typed",
        body: t`${w.one(["Hi there", "Hello everyone", "Dear colleagues", "Dear Sir or Madam", "Hey y'all", "Good morning team"])}, ${w.one(["the office is closed Monday.", "quick reminder about timesheets.", "the VPN certificate changed.", "lunch is on us today."])}`,
      }),
      true,
    ),
    tpl(
      "neg-title",
      () => ({
        place: { app: w.one(["Slack", "Google Chrome", "Microsoft Teams"]) },
        channel: "title",
        body: t`${w.one(["#proj-atlas - Northwind - Slack", "Activity | Microsoft Teams", "Dashboard - Grafana", "Threads - Northwind - Slack", "Invitation: Sprint retro", "Drafts - Proton Mail"])}`,
      }),
      true,
    ),
  ],
};

const addresses: Family = {
  name: "address",
  count: 170,
  templates: [
    tpl("multi-line-label", () => ({
      place: w.one([inbox(), notes()]),
      channel: "typed",
      body: t`${w.one(["Shipping address:", "Return to:", "Billing address", "Home:"])}\n${L("address", w.address(undefined, true))}`,
    })),
    tpl("prose-us", () => ({
      place: w.one([teamChat(), privateChat()]),
      channel: "typed",
      body: t`${w.one(["I'm at", "the party is at", "mail the monitor to", "our new place is"])} ${L("address", w.address("US"))}`,
    })),
    tpl("prose-gb", () => ({
      place: inbox(),
      channel: "typed",
      body: t`${w.one(["Could you courier it to", "I've moved to", "Forwarding address:"])} ${L("address", w.address("GB"))}`,
    })),
    tpl("prose-de", () => ({
      place: inbox(),
      channel: "typed",
      body: t`${w.one(["Ich wohne jetzt in der", "Rechnungsadresse:", "Paket bitte an"])} ${L("address", w.address("DE"))}`,
    })),
    tpl("prose-fr", () => ({
      place: inbox(),
      channel: "typed",
      body: t`${w.one(["Je suis au", "Merci d'envoyer le colis au", "Domicile :"])} ${L("address", w.address("FR"))}`,
    })),
    tpl("prose-es", () => ({
      place: inbox(),
      channel: "typed",
      body: t`${w.one(["Vivo en", "Dirección de envío:", "Mándalo a"])} ${L("address", w.address("ES"))}`,
    })),
    tpl("form-keys", () => ({
      place: web("Update your address - Payroll", "https://payroll.northwind.com/profile/address"),
      channel: "keys",
      body: t`${L("address", w.address())}`,
    })),
    tpl("delivery-screen", () => ({
      place: web("Your order - Delivery details"),
      channel: "screen",
      body: t`Delivering to ${Full()}\n${L("address", w.address(undefined, true))}\nEstimated delivery: Thursday`,
    })),
    tpl("maps-url", () => {
      const a = w.address("US");
      return {
        place: web("Directions"),
        channel: "title",
        body: t`Directions to ${L("address", a)} – Google Maps`,
      };
    }),
    // hard negatives
    tpl(
      "neg-versions-and-builds",
      () => ({
        place: teamChat(),
        channel: "typed",
        body: t`${w.one([`${w.between(10, 99)} Main branch commits since Friday`, `section ${w.between(1, 12)}.${w.between(1, 9)} of the Court ruling summary`, `${w.between(100, 500)} Oak tables in the inventory`, `Highway ${w.between(1, 99)} traffic report`, `${w.between(2, 9)} Park Lane-themed slides`])}`,
      }),
      true,
    ),
    tpl(
      "neg-office-locations",
      () => ({
        place: { app: "Calendar" },
        channel: "title",
        body: t`${w.one(["Berlin HQ – 4th floor kitchen", "London – Meeting Room Thames", "Paris – Salle Eiffel (6)", "Madrid – Sala 2", "NYC – Huddle 12B"])}`,
      }),
      true,
    ),
    tpl(
      "neg-tech-paths",
      () => ({
        place: code(),
        channel: "typed",
        body: t`${w.one([`listen ${w.between(1024, 65535)} on street-api-${w.between(1, 9)}`, `GET /streets/${w.between(1, 999)}/avenues?page=${w.between(1, 50)}`, `zip -r build-${w.between(100, 999)}.zip dist/`, `road_map_v${w.between(2, 9)}.md`])}`,
      }),
      true,
    ),
  ],
};

const passports: Family = {
  name: "passport",
  count: 90,
  templates: [
    tpl("prose", () => {
      const p = w.passport();
      return {
        place: w.one([inbox("Travel booking"), privateChat()]),
        channel: "typed",
        body: t`${w.one([`${p.issuer} passport,`, "passport nr", "PP no:", "for the visa, passport #"])} ${L("passport", p.number)}`,
      };
    }),
    tpl("booking-form", () => {
      const p = w.passport();
      return {
        place: web("Passenger details – Lufthansa", "https://www.lufthansa.com/booking/passengers"),
        channel: "screen",
        body: t`Passenger 1: ${Full()}\nDocument type: Passport\nDocument number: ${L("passport", p.number)}\nNationality: ${p.issuer}`,
      };
    }),
    tpl("field-keys", () => ({
      place: web(
        "Advance passenger information - British Airways",
        "https://www.britishairways.com/travel/api/passport",
      ),
      channel: "keys",
      body: t`${L("passport", w.passport().number)}`,
    })),
    tpl("hr-file", () => ({
      place: web("Right to work check – Deel", "https://app.deel.com/onboarding/right-to-work"),
      channel: "typed",
      body: t`${L("passport", w.passport().number)}`,
    })),
    // hard negatives
    tpl(
      "neg-codes",
      () => ({
        place: w.one([teamChat(), inbox()]),
        channel: "typed",
        body: t`${w.one([`booking ref ${w.capitals(6)}`, `invoice INV-${w.numerals(7)}`, `tracking ${w.capitals(2)}${w.numerals(9)}${w.capitals(2)}`, `part no. ${w.capitals(2)}${w.numerals(7)}`, `seat ${w.between(1, 40)}${w.capitals(1, "ABCDEF")}, gate ${w.capitals(1)}${w.between(1, 60)}`])}`,
      }),
      true,
    ),
    tpl(
      "neg-passport-talk",
      () => ({
        place: somewhere(),
        channel: "typed",
        body: t`${w.one(["bring a passport or ID card to the venue", "the passport strategy handles OAuth", "Passport.js session cookie expired", "is a passport needed for the Zurich trip?"])}`,
      }),
      true,
    ),
  ],
};

const nationalIds: Family = {
  name: "national-id",
  count: 170,
  templates: [
    tpl("labelled", () => {
      const id = w.nationalNumber();
      return {
        place: w.one([inbox(), notes()]),
        channel: "typed",
        body: t`${id.label} ${L("national-id", id.value)}`,
      };
    }),
    tpl("sentence", () => {
      const id = w.nationalNumber();
      return {
        place: w.one([inbox(), teamChat(), privateChat()]),
        channel: "typed",
        body: t`${w.one(["here is the", "payroll needs my", "I typed the wrong"])} ${id.label}: ${L("national-id", id.value)}`,
      };
    }),
    tpl("bare-on-tax-form", () => ({
      place: web(
        w.one([
          "W-4 Employee's Withholding Certificate - Gusto",
          "Tax details | Deel",
          "Steuerdaten – Personio",
        ]),
        w.one([
          "https://app.gusto.com/onboarding/w4",
          "https://app.deel.com/onboarding/tax",
          "https://northwind.personio.de/onboarding/tax",
        ]),
      ),
      channel: "keys",
      body: t`${L("national-id", w.one([() => w.socialSecurity(), w.steuerId])())}`,
    })),
    tpl("bare-on-benefits", () => ({
      place: web("Benefits enrolment – Dependants", "https://benefits.northwind.com/enrol/dependants"),
      channel: "typed",
      body: t`${L("national-id", w.one([() => w.socialSecurity(), w.insuranceNumber, w.nir, w.dni])())}`,
    })),
    tpl("records-screen", () => ({
      place: web("Employee file"),
      channel: "screen",
      body: t`Name: ${Full()}\nSocial Security No.: ${L("national-id", w.socialSecurity("-"))}\nStart date: 02/03/2026`,
    })),
    // hard negatives
    tpl(
      "neg-nine-digit-things",
      () => ({
        place: w.one([teamChat(), code()]),
        channel: "typed",
        body: t`${w.one([`case ${w.numerals(3)}-${w.numerals(3)}-${w.numerals(3)} merged into the parent`, `ticket #${w.between(100000000, 999999999)}`, `routing key v${w.between(1, 9)}.orders`, `phone extension ${w.between(100, 999)}`, `zip ${w.numerals(5)} is outside the delivery area`])}`,
      }),
      true,
    ),
    tpl(
      "neg-masked",
      () => ({
        place: web("Account settings"),
        channel: "screen",
        body: t`${w.one(["SSN: ***-**-****", "Tax ID: ending in 42", "National Insurance: on file", "SSN ••• •• 1234"])}`,
      }),
      true,
    ),
    tpl(
      "neg-tax-form-prose",
      () => ({
        place: web("Tax details | Deel", "https://app.deel.com/onboarding/tax"),
        channel: "typed",
        body: t`${w.one(["not sure which box applies to me", "will fill this in after talking to my accountant", "single, no dependants"])}`,
      }),
      true,
    ),
  ],
};

const bank: Family = {
  name: "bank",
  count: 130,
  templates: [
    tpl("wire-instructions", () => ({
      place: w.one([inbox("Wire instructions"), notes()]),
      channel: "typed",
      body: t`ABA/routing ${L("routing-number", w.routing())}\nacct no. ${L("bank-account", w.accountNumber())}\nbeneficiary: ${Full()}`,
    })),
    tpl("micr-prose", () => ({
      place: privateChat(),
      channel: "typed",
      body: t`bottom of the cheque says ${L("routing-number", w.routing())} then ${L("bank-account", w.accountNumber())}`,
    })),
    tpl("ach-screen", () => ({
      place: web("Add bank account – Expensify", "https://www.expensify.com/settings/bank"),
      channel: "screen",
      body: t`Account holder: ${Full()}\nRouting number (9 digits): ${L("routing-number", w.routing())}\nAccount number: ${L("bank-account", w.accountNumber())}`,
    })),
    tpl("card-prose", () => ({
      place: w.one([privateChat(), teamChat(), inbox()]),
      channel: "typed",
      body: t`${w.one(["the amex is", "charge it to", "card ending... no, full number:", "Kartennummer"])} ${L("card", w.paymentCard())}`,
    })),
    tpl("iban-prose", () => ({
      place: w.one([inbox(), notes()]),
      channel: "typed",
      body: t`${w.one(["please pay the refund to", "IBAN beneficiario:", "Bankgegevens:", "Kontoverbindung"])} ${L("iban", w.internationalAccount())}`,
    })),
    // hard negatives
    tpl(
      "neg-numbers",
      () => ({
        place: w.one([teamChat(), web("Orders")]),
        channel: "typed",
        body: t`${w.one([`PO ${w.numerals(9)} approved`, `ISBN ${w.isbn13()}`, `total ${w.between(1, 99)},${w.numerals(3)}.${w.numerals(2)} EUR`, `cohort ${w.numerals(4)}-${w.numerals(2)} retention`, `card ending in ${w.numerals(4)}`])}`,
      }),
      true,
    ),
    tpl(
      "neg-bank-words",
      () => ({
        place: code(),
        channel: "typed",
        body: t`${w.one(["routing rules live in nginx.conf", "account_id = event.account.id", "the IBAN validator rejects lowercase", "card component renders the last four"])}`,
      }),
      true,
    ),
  ],
};

const secrets: Family = {
  name: "secret",
  count: 400,
  templates: [
    tpl("login-pair", () => ({
      place: w.one([teamChat(), privateChat(), inbox()]),
      channel: "typed",
      body: t`${w.one(["creds for the test tenant:", "the shared login is", "vendor portal ->"])} ${w.mailbox()} ${w.one(["/", "pw", "and"])} ${L("secret", w.passphrase())}`,
    })),
    tpl("foreign-prose", () => ({
      place: w.one([teamChat(), privateChat()]),
      channel: "typed",
      body: t`${w.one(["das Passwort ist", "Kennwort:", "le mot de passe c'est", "mdp :", "la contraseña es", "clave:"])} ${L("secret", w.passphrase())}`,
    })),
    tpl("wifi", () => ({
      place: w.one([teamChat(), privateChat()]),
      channel: "typed",
      body: t`guest wifi ${w.one(["NW-Guest", "Northwind-5G", "FRITZ!Box 7590"])} key ${L("secret", w.passphrase())}`,
    })),
    tpl("commands", () => ({
      place: shell(),
      channel: "keys",
      body: w.one([
        () => t`PGPASSWORD=${L("secret", w.plainPassphrase())} psql -h db -U report`,
        () => t`redis-cli -h cache -a ${L("secret", w.plainPassphrase())} ping`,
        () => t`mysqldump --user=backup --password=${L("secret", w.plainPassphrase())} shop > shop.sql`,
        () => t`kubectl create secret generic db --from-literal=password=${L("secret", w.plainPassphrase())}`,
        () => t`htpasswd -b .htpasswd admin ${L("secret", w.plainPassphrase())}`,
        () => t`net user svc_backup ${L("secret", w.plainPassphrase())} /add`,
        () => t`echo ${L("secret", w.plainPassphrase())} | sudo -S systemctl restart nginx`,
      ])(),
    })),
    tpl("connection-strings", () => ({
      place: w.one([code(), shell(), teamChat()]),
      channel: "typed",
      body: w.one([
        () =>
          t`jdbc:postgresql://db.internal:5432/shop?user=app&password=${L("secret", w.plainPassphrase())}`,
        () => t`Server=tcp:sql01,1433;Database=crm;User Id=sa;Password=${L("secret", w.plainPassphrase())};`,
        () => t`smtps://mailer:${L("secret", w.plainPassphrase())}@smtp.northwind.com:465`,
        () =>
          t`git clone https://oauth2:${L("secret", `glpat-${w.token(20)}`)}@gitlab.com/northwind/infra.git`,
        () => t`ftp://upload:${L("secret", w.plainPassphrase())}@files.northwind.com/incoming`,
        () =>
          t`DefaultEndpointsProtocol=https;AccountName=nwstore;AccountKey=${L("secret", w.azureAccountKey())};EndpointSuffix=core.windows.net`,
      ])(),
    })),
    tpl("config-files", () => ({
      place: code(),
      channel: "typed",
      body: w.one([
        () => t`spring.datasource.password=${L("secret", w.plainPassphrase())}`,
        () => t`  POSTGRES_PASSWORD: ${L("secret", w.plainPassphrase())}`,
        () => t`"db_password": "${L("secret", w.plainPassphrase())}",`,
        () => t`machine api.northwind.com login deploy password ${L("secret", w.plainPassphrase())}`,
        () => t`db.internal:5432:*:report:${L("secret", w.plainPassphrase())}`,
        () => t`[client]\nuser=backup\npassword=${L("secret", w.plainPassphrase())}`,
      ])(),
    })),
    tpl("npm-yarn", () => ({
      place: code(w.one([".npmrc", ".yarnrc.yml"])),
      channel: "typed",
      body: w.one([
        () => t`//npm.pkg.github.com/:_authToken=${L("secret", `ghp_${w.token(36)}`)}`,
        () => t`npmAuthToken: "${L("secret", w.npmAuthToken())}"`,
        () => t`//registry.npmjs.org/:_authToken=${L("secret", w.npmAuthToken())}\nalways-auth=true`,
      ])(),
    })),
    tpl("provider-tokens", () => {
      const tk = w.providerToken();
      return {
        place: w.one([code(".env.local"), shell(), teamChat()]),
        channel: "typed",
        body: w.one([
          () => t`${tk.label}=${L("secret", tk.value)}`,
          () => t`export ${tk.label}="${L("secret", tk.value)}"`,
        ])(),
      };
    }),
    tpl("token-in-chat", () => {
      const tk = w.providerToken();
      return {
        place: teamChat(),
        channel: "typed",
        body: t`${w.one(["try with this one", "new key, old one is revoked:", "use mine for now"])} ${L("secret", tk.value)}`,
      };
    }),
    tpl("basic-auth", () => ({
      place: w.one([shell(), code()]),
      channel: "typed",
      body: t`Authorization: Basic ${L("secret", w.base64Of(`${w.one(["admin", "api", "ci"])}:${w.plainPassphrase()}`))}`,
    })),
    tpl("pins", () => ({
      place: w.one([privateChat(), teamChat()]),
      channel: "typed",
      body: t`${w.one(["alarm code", "the safe is", "voicemail PIN", "key box code:", "SIM PIN", "Geheimzahl"])} ${L("secret", w.pinCode())}`,
    })),
    tpl("temporary", () => ({
      place: w.one([inbox("Your new account"), teamChat()]),
      channel: "typed",
      body: t`${w.one(["Initial password:", "I set a temporary one for you:", "Your interim password is", "reset done, log in with"])} ${L("secret", w.passphrase())}${w.one(["", " (you'll be asked to change it)", " — expires in 24h"])}`,
    })),
    tpl("ssh-key-clipboard", () => ({
      place: w.one([shell(), teamChat()]),
      channel: "clipboard",
      body: t`${L("secret", w.openSshKey())}`,
    })),
    tpl("password-field", () => ({
      place: web(
        w.one(["Log in – Okta", "Sign in to your account", "Enter PIN"]),
        "https://northwind.okta.com/login",
      ),
      channel: "password",
      body: t`${w.one([w.passphrase, w.pinCode])()}`,
    })),
    // hard negatives
    tpl(
      "neg-paging",
      () => ({
        place: w.one([shell(), code(), web("API")]),
        channel: "typed",
        body: w.one([
          () => t`curl "https://api.northwind.com/v2/orders?continuationToken=${w.continuationToken()}"`,
          () => t`{"nextPageToken": "${w.continuationToken()}", "items": []}`,
          () => t`starting_after=${w.continuationToken()}`,
        ])(),
      }),
      true,
    ),
    tpl(
      "neg-paging-url",
      () => ({
        place: web("Events"),
        channel: "url",
        body: t`https://admin.northwind.com/events?page=${w.continuationToken()}&size=50`,
      }),
      true,
    ),
    tpl(
      "neg-redacted",
      () => ({
        place: w.one([code("README.md"), notes(), teamChat()]),
        channel: "typed",
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the sample text holds a literal placeholder
        body: t`${w.one(["OPENAI_API_KEY=sk-...", "GITLAB_TOKEN=glpat-xxxxxxxxxxxxxxxxxxxx", "password: <your password>", "DB_PASSWORD=", "token: '[REDACTED]'", "ghp_************************************", "AKIA****************", "PGPASSWORD=$DB_PASS psql", 'password: "{{ vault_db_password }}"', 'api_key = "<insert key>"', "SENDGRID_API_KEY=SG.xxxxx.yyyyy", "export VAULT_TOKEN=${VAULT_TOKEN}"])}`,
      }),
      true,
    ),
    tpl(
      "neg-references",
      () => ({
        place: code(),
        channel: "typed",
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the sample text holds a literal placeholder
        body: t`${w.one(['String pw = System.getenv("DB_PASSWORD");', "token = os.getenv('API_TOKEN')", "secret_key_base = ENV.fetch('SECRET_KEY_BASE')", "const key = Deno.env.get('OPENAI_API_KEY')", "valueFrom:\n  secretKeyRef:\n    name: db\n    key: password", '@Value("${db.password}") private String password;', "ssh -i ~/.ssh/deploy_key ubuntu@bastion", "hashed = bcrypt.hashpw(password.encode(), bcrypt.gensalt())", "docker login --password-stdin < token.txt", "if (!config.apiKey) throw new Error('missing api key')"])}`,
      }),
      true,
    ),
    tpl(
      "neg-prose",
      () => ({
        place: somewhere(),
        channel: "typed",
        body: t`${w.one(["I changed my PIN yesterday", "the PIN pad at reception is broken", "rotate the API keys every 90 days", "who has the password for the wifi? asking for a guest", "the token expires after 30 minutes", "never paste secrets into tickets", "password reset links go to your work email"])}`,
      }),
      true,
    ),
    tpl(
      "neg-ids",
      () => ({
        place: w.one([shell(), teamChat(), code()]),
        channel: "typed",
        body: w.one([
          () => t`cherry-pick ${w.gitSha()}`,
          () => t`trace_id=${w.hex(32)} span_id=${w.hex(16)}`,
          () => t`ETag: "${w.hex(32)}"`,
          () => t`correlation id ${w.guid()}`,
          () => t`ghcr.io/northwind/api@sha256:${w.digest()}`,
          () =>
            t`<img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==">`,
        ])(),
      }),
      true,
    ),
    tpl(
      "neg-title",
      () => ({
        place: { app: w.one(["Google Chrome", "1Password", "Firefox"]) },
        channel: "title",
        body: t`${w.one(["Personal access tokens · GitLab", "API keys - OpenAI Platform", "1Password – Northwind vault", "Set up your PIN - Windows Hello", "Security settings – Okta"])}`,
      }),
      true,
    ),
  ],
};

const phones: Family = {
  name: "phone",
  count: 170,
  templates: [
    tpl("prose", () => ({
      place: w.one([teamChat(), privateChat(), inbox()]),
      channel: "typed",
      body: t`${w.one(["best number for me is", "whatsapp me on", "my cell:", "ring the front desk on", "landline"])} ${L("phone", w.phoneNumber())}`,
    })),
    tpl("national-gb", () => ({
      place: inbox(),
      channel: "typed",
      body: t`${w.one(["M:", "Mob.", "Direct line"])} ${L("phone", w.phoneNumber("GB", false))}`,
    })),
    tpl("national-de", () => ({
      place: inbox(),
      channel: "typed",
      body: t`${w.one(["Handy:", "Tel.-Nr.", "ruf mich an unter"])} ${L("phone", w.phoneNumber("DE", false))}`,
    })),
    tpl("national-fr", () => ({
      place: inbox(),
      channel: "typed",
      body: t`${w.one(["Mobile :", "joignable au", "Fixe :"])} ${L("phone", w.phoneNumber("FR", false))}`,
    })),
    tpl("national-es", () => ({
      place: inbox(),
      channel: "typed",
      body: t`${w.one(["Mi móvil:", "Tlf.", "puedes llamarme al"])} ${L("phone", w.phoneNumber("ES", false))}`,
    })),
    tpl("contact-screen", () => ({
      place: web("Contact – HubSpot", "https://app.hubspot.com/contacts/1234/contact/567"),
      channel: "screen",
      body: t`${Full()}\nPhone number ${L("phone", w.phoneNumber())}\nLifecycle stage: Lead`,
    })),
    tpl("signup-keys", () => ({
      place: web("Verify your phone", "https://accounts.northwind.com/verify"),
      channel: "keys",
      body: t`${L("phone", w.phoneNumber(w.one(["US", "GB", "DE", "FR", "ES"]), w.maybe(0.5)))}`,
    })),
    // hard negatives
    tpl(
      "neg-logs",
      () => ({
        place: w.one([shell(), code("server.log")]),
        channel: "screen",
        body: t`${w.javaLogTime()} ERROR [http-nio-8080-exec-${w.between(1, 9)}] ${w.one(["request failed after 3 retries", "HikariPool-1 - Connection is not available", "Completed 200 OK in 41ms"])}\n${w.javaLogTime()} INFO  ${w.one(["shutdown hook invoked", "scheduler tick", "cache warmed"])}`,
      }),
      true,
    ),
    tpl(
      "neg-subtitles",
      () => ({
        place: code("talk.srt"),
        channel: "typed",
        body: t`${w.between(1, 300)}\n${w.subtitleTime()} --> ${w.subtitleTime()}\n${w.one(["So let's get started.", "Any questions so far?", "Next slide, please."])}`,
      }),
      true,
    ),
    tpl(
      "neg-figures",
      () => ({
        place: w.one([notes(), teamChat()]),
        channel: "typed",
        body: t`${w.one([`ISBN ${w.isbn13()}`, `epoch ${w.between(1_700_000_000_000, 1_780_000_000_000)}`, `${w.between(1, 9)} ${w.numerals(3)} ${w.numerals(3)} page views in March`, `coordinates ${w.between(40, 55)}.${w.numerals(5)}, -${w.between(1, 9)}.${w.numerals(5)}`, `order total 1.${w.numerals(3)}.${w.numerals(3)},${w.numerals(2)} €`, `range 10.${w.between(0, 9)}-${w.between(11, 19)}.${w.between(0, 9)} %`])}`,
      }),
      true,
    ),
  ],
};

const emails: Family = {
  name: "email",
  count: 80,
  templates: [
    tpl("angle", () => ({
      place: inbox(),
      channel: "typed",
      body: t`To: ${Full()} <${L("email", w.mailbox())}>`,
    })),
    tpl("prose", () => ({
      place: w.one([teamChat(), privateChat()]),
      channel: "typed",
      body: t`${w.one(["drop me a line at", "invite", "add", "my private one is"])} ${L("email", w.mailbox())} ${w.one(["to the channel", "", "please", "thx"])}`,
    })),
    tpl("mailto-url", () => ({
      place: web("Compose"),
      channel: "url",
      body: t`mailto:${L("email", w.mailbox())}?subject=Hello`,
    })),
    tpl(
      "neg-at-signs",
      () => ({
        place: w.one([code(), shell()]),
        channel: "typed",
        body: t`${w.one(["ssh ubuntu@bastion.internal", "npm i -g @northwind/cli@3.1.0", "@SpringBootApplication", "git@gitlab.com:northwind/infra.git", "ping @oncall-platform", "@import url('theme.css');"])}`,
      }),
      true,
    ),
  ],
};

const ips: Family = {
  name: "ip",
  count: 80,
  templates: [
    tpl("access-log", () => ({
      place: shell(),
      channel: "screen",
      body: t`${L("ip", w.internetAddress())} - - [03/Mar/2026:10:12:44 +0000] "GET /login HTTP/1.1" 200 512`,
    })),
    tpl("forwarded", () => ({
      place: w.one([shell(), code()]),
      channel: "typed",
      body: t`X-Forwarded-For: ${L("ip", w.internetAddress())}, ${L("ip", w.lanAddress())}`,
    })),
    tpl("browser-runtime", () => ({
      place: teamChat(),
      channel: "typed",
      body: t`${w.one(["Edge refuses", "Safari on the iPad cannot open", "Node 20 hangs on", "the JVM binds to"])} ${L("ip", w.lanAddress())}${w.one(["", ":8443", ":9000"])}`,
    })),
    tpl("v6", () => ({
      place: shell(),
      channel: "typed",
      body: t`curl -6 http://[${L("ip", w.ipv6Address())}]:8080/health`,
    })),
    tpl(
      "neg-versions",
      () => ({
        place: w.one([teamChat(), shell()]),
        channel: "typed",
        body: t`${w.one([`Chrome ${w.between(118, 133)}.0.${w.between(6000, 6999)}.${w.between(10, 199)}`, `Edge ${w.between(118, 133)}.0.${w.between(2000, 2999)}.${w.between(10, 99)}`, `Python ${w.between(3, 3)}.${w.between(8, 13)}.${w.between(0, 9)}`, `listening on 0.0.0.0:${w.between(3000, 9000)}`, `localhost (127.0.0.1) only`, `firmware 2.${w.between(0, 9)}.${w.between(0, 99)}.${w.between(0, 999)}`])}`,
      }),
      true,
    ),
  ],
};

const health: Family = {
  name: "health",
  count: 300,
  templates: [
    tpl("out-for", () => ({
      place: w.one([teamChat(), inbox()]),
      channel: "typed",
      topics: ["health"],
      body: t`${w.one(["out tomorrow for", "heads up, I'm getting", "back on Wednesday after", "had"])} ${w.one(w.words2.procedures)}`,
    })),
    tpl("state", () => ({
      place: w.one([inbox(), teamDm()]),
      channel: "typed",
      topics: ["health"],
      body: t`${w.one(["just so you know, I'm", "my partner is", "FYI she's now"])} ${w.one(w.words2.states)}`,
    })),
    tpl("results", () => ({
      place: w.one([privateChat(), notes(), inbox()]),
      channel: "typed",
      topics: ["health"],
      body: t`${w.one(["the", "my", "his"])} ${w.one(w.words2.tests)} ${w.one(["was clear", "showed something, more tests next week", "is scheduled for Monday", "numbers are up again"])}`,
    })),
    tpl("specialist", () => ({
      place: w.one([teamChat(), inbox()]),
      channel: "typed",
      topics: ["health"],
      body: w.one([
        () => t`leaving at 3 to see the ${w.one(w.words2.specialists)}`,
        () => t`finally got an appointment with a ${w.one(w.words2.specialists)} for next month`,
        () => t`my ${w.one(w.words2.specialists)} says it's nothing serious`,
      ])(),
    })),
    tpl("abbreviation", () => ({
      place: w.one([teamDm(), privateChat()]),
      channel: "typed",
      topics: ["health"],
      body: w.one([
        () => t`sorry, my ${w.one(w.words2.abbreviations)} is acting up today`,
        () => t`with my ${w.one(w.words2.abbreviations)} I struggle with long meetings`,
        () => t`the ${w.one(w.words2.abbreviations)} diagnosis explains a lot`,
      ])(),
    })),
    tpl("medicine", () => ({
      place: w.one([privateChat(), notes(), teamDm()]),
      channel: "typed",
      topics: ["health"],
      body: t`${w.one(["the dose of", "refill", "can't get", "side effects from"])} ${w.one(w.words2.medicines)} ${w.one(["are rough", "before Friday", "anywhere in town", "went up"])}`,
    })),
    tpl("calendar-title", () => ({
      place: { app: w.one(["Calendar", "Microsoft Outlook"]) },
      channel: "title",
      topics: ["health"],
      body: t`${w.one(["Private: ", "", "OOO – "])}${w.one(w.words2.specialists)} ${w.one(["appt", "appointment", "follow-up"])}`,
    })),
    tpl("portal", () => ({
      place: web("Test results - Patient Portal", "https://portal.healthpartners.example/results"),
      channel: "screen",
      topics: ["health"],
      body: t`${w.one(w.words2.tests)}: resulted ${w.between(1, 28)}/0${w.between(1, 9)}/2026. Your care team has reviewed this result.`,
    })),
    tpl("assistant", () => ({
      place: assistant(),
      channel: "prompt",
      topics: ["health", "prompt"],
      body: w.one([
        () => t`can I take ibuprofen with ${w.one(w.words2.medicines)}?`,
        () => t`how do I explain my ${w.one(w.words2.abbreviations)} to my manager?`,
        () => t`what should I ask my ${w.one(w.words2.specialists)} at the next visit?`,
      ])(),
    })),
    // hard negatives
    tpl(
      "neg-figurative",
      () => ({
        place: w.one([teamChat(), privateChat()]),
        channel: "typed",
        body: t`${w.one(["this sprint is on life support", "that hack is a band-aid at best", "the codebase has a bad case of feature creep", "triage the bug backlog", "the quarterly numbers are anemic", "this API is brain-dead", "my inbox is a disease", "the build is terminally broken", "a shot in the arm for sales"])}`,
      }),
      true,
    ),
    tpl(
      "neg-tools",
      () => ({
        place: w.one([shell(), teamChat()]),
        channel: "typed",
        body: t`${w.one(["brew doctor says everything is fine", "flutter doctor -v", "heartbeat missed from worker-3", "cold start latency is 2s", "post-mortem doc is up", "the canary is healthy", "liveness probe failed", "run diagnostics on the disk"])}`,
      }),
      true,
    ),
    tpl(
      "neg-domain-code",
      () => ({
        place: code(w.one(["fhir.ts", "claims.sql", "triage.py"])),
        channel: "typed",
        body: t`${w.one(['{"resourceType": "Observation", "status": "final"}', "SELECT member_id, icd_code FROM claims LIMIT 100;", "def triage_score(vitals): return sum(vitals.values())", "type Medication = { rxnorm: string; doseMg: number }"])}`,
      }),
      true,
    ),
  ],
};

const hr: Family = {
  name: "hr",
  count: 280,
  templates: [
    tpl("comp-person", () => {
      const money = w.one([
        `${w.between(60, 210)}k base`,
        `$${w.between(60, 210)},${w.one(["000", "250", "750"])}`,
        `£${w.between(40, 150)}k`,
        `${w.between(45, 150)}.000 €`,
        `€${w.between(45, 150)}k plus ${w.between(5, 20)}% bonus`,
      ]);
      return {
        place: w.one([inbox("Comp"), teamDm(), notes()]),
        channel: "typed",
        topics: ["hr"],
        body: w.one([
          () => t`we can go up to ${money} for ${Given()}`,
          () => t`${Full()} accepted at ${money}`,
          () => t`${Given()} is asking for ${money}, above band`,
          () => t`counter-offer for ${Full()}: ${money}`,
        ])(),
      };
    }),
    tpl("doc-title", () => ({
      place: { app: w.one(["Adobe Acrobat Reader", "Preview", "Microsoft Word", "Google Chrome"]) },
      channel: "title",
      topics: ["hr"],
      body: w.one([
        () => t`${w.one(w.words2.hrDocuments)} – ${Full()}.pdf`,
        () => t`${w.one(w.words2.hrDocuments)} ${w.one(["2026-02", "Feb 2026", "v3"])}.docx`,
        () => t`${w.one(w.words2.hrDocuments)} (${Given()}) - Google Docs`,
      ])(),
    })),
    tpl("leave", () => ({
      place: w.one([inbox(), teamDm()]),
      channel: "typed",
      topics: ["hr"],
      body: t`${w.one(["confirming my", "HR approved the", "she's on"])} ${w.one(w.words2.leave)} ${w.one(["starting the 1st", "through June", "— please route requests to me"])}`,
    })),
    tpl("rating", () => ({
      place: w.one([
        notes(),
        web("Culture Amp - Performance", "https://northwind.cultureamp.com/performance"),
      ]),
      channel: "typed",
      topics: ["hr"],
      body: t`${Given()} — ${w.one([`${w.between(1, 5)}/5, partially meets`, `rating ${w.between(1, 4)}: below expectations`, `"exceeds" (${w.between(4, 5)})`, `bottom 10% this cycle`])}`,
    })),
    tpl("discipline", () => ({
      place: w.one([inbox(), notes()]),
      channel: "typed",
      topics: ["hr"],
      body: t`${w.one(["written warning issued to", "grievance raised against", "we're letting go of", "redundancy list includes"])} ${Full()}`,
    })),
    tpl("payroll-screen", () => ({
      place: web("Payslip – Sage HR", "https://northwind.sage.hr/payslips"),
      channel: "screen",
      topics: ["hr"],
      body: t`Employee ${Full()}\nGross pay £${w.between(2, 9)},${w.numerals(3)}.${w.numerals(2)}\nTax code 1257L\nNet pay £${w.between(1, 1)},${w.numerals(3)}.${w.numerals(2)}`,
    })),
    // hard negatives
    tpl(
      "neg-tech",
      () => ({
        place: w.one([teamChat(), shell(), code()]),
        channel: "typed",
        body: t`${w.one(["fire-and-forget is fine for metrics", "the review app is deployed", "terminate TLS at the load balancer", "old-gen promotion is slowing GC", "warning: unused variable 'salary'", "kill the child process on timeout", "the star rating widget is misaligned", "exit code 137 means OOM", "payroll service p99 is 800ms", "the bonus round of the hackathon starts at 4"])}`,
      }),
      true,
    ),
    tpl(
      "neg-hr-tooling",
      () => ({
        place: code(w.one(["payslip.ts", "hr.sql"])),
        channel: "typed",
        body: t`${w.one(["CREATE TABLE payslips (employee_id uuid, gross_cents bigint);", "export function terminateContract(id: string): Promise<void>", "leave_type = models.CharField(choices=LEAVE_TYPES)", "rating: z.number().int().min(1).max(5)"])}`,
      }),
      true,
    ),
    tpl(
      "neg-titles",
      () => ({
        place: { app: "Google Chrome" },
        channel: "title",
        body: t`${w.one(["Code review guidelines – Notion", "Leave a comment · Issue #912", "Offer – Spring Sale landing page", "Termination of TLS – nginx docs", "Rate limits – API reference"])}`,
      }),
      true,
    ),
  ],
};

const conversations: Family = {
  name: "conversation",
  count: 180,
  templates: [
    tpl("personal-in-team-chat", () => ({
      place: teamChat(),
      channel: "typed",
      topics: ["prompt"],
      body: t`${w.one(w.words2.personal)}`,
    })),
    tpl("personal-in-team-dm", () => ({
      place: teamDm(),
      channel: "typed",
      topics: ["prompt"],
      body: t`${w.one(w.words2.personal)}`,
    })),
    tpl("personal-in-private-chat", () => ({
      place: privateChat(),
      channel: "typed",
      topics: ["prompt"],
      body: t`${w.one(w.words2.personal)}`,
    })),
    tpl("assistant", () => ({
      place: assistant(),
      channel: "prompt",
      topics: ["prompt"],
      body: t`${w.one(["draft release notes from these commits", "why does my docker build cache miss every time", "compare Kafka and Pulsar for event sourcing", "make this regex case-insensitive", "suggest a name for our offsite"])}`,
    })),
    tpl(
      "neg-work-in-private-chat",
      () => ({
        place: privateChat(),
        channel: "typed",
        body: t`${w.one(w.words2.work)}`,
      }),
      true,
    ),
    tpl(
      "neg-work-in-team-chat",
      () => ({
        place: teamChat(),
        channel: "typed",
        body: t`${w.one(w.words2.work)}`,
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
      "neg-prose",
      () => ({
        place: somewhere(),
        channel: "typed",
        body: t`${w.one(["Churn fell to 1.8% after the pricing change.", "The vendor review is due at the end of the quarter.", "Let's timebox the spike to two days.", "Conversion is flat week over week; the A/B test needs more traffic.", "Moving the retro to Thursday 15:00."])}`,
      }),
      true,
    ),
    tpl(
      "neg-code",
      () => ({
        place: code(),
        channel: "typed",
        body: t`${w.one(["SELECT count(*) FROM orders WHERE created_at > now() - interval '7 days';", "kubectl rollout restart deploy/api -n prod", "return items.filter(Boolean).map(toDto);", "terraform plan -out=tfplan", "with open(path) as fh: data = json.load(fh)"])}`,
      }),
      true,
    ),
    tpl(
      "neg-urls",
      () => ({
        place: web("Search"),
        channel: "url",
        body: t`https://${w.one(["duckduckgo.com/?q=rust+borrow+checker", "stackoverflow.com/questions/11227809/why-is-processing-a-sorted-array-faster", "northwind.atlassian.net/jira/software/projects/OPS/boards/7", "grafana.northwind.com/d/abc123/kafka-lag?orgId=1&from=now-6h"])}`,
      }),
      true,
    ),
  ],
};

export const heldOutFamilies: readonly Family[] = [
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

/**
 * The fifth evaluation corpus, held out for round five: seed 20261208, about
 * 3,000 items in thirteen families, dealt by `dealApart` with about a quarter
 * of each family's items drawn from its hard negatives. Written apart from the
 * detectors and from the earlier corpora, from how people type at work.
 *
 * Random source: PCG32 (XSH-RR over a 64-bit LCG state, fifth/values.ts),
 * unlike the earlier corpora's generators. Faker 10 instances on locales no
 * earlier corpus used: cs_CZ, sk, ro, fi, sv, nb_NO, da, pt_BR, pt_PT, tr, pl,
 * nl, it, id_ID; beside them the file's own lists of names (particles such as
 * "van der", "bin", "de la"; hyphenated names; names that are common words
 * elsewhere, such as Rosa, Sol, Will, Koch) and of streets and cities in the
 * US, GB, DE, FR and ES.
 *
 * Families: names, addresses, passports (MRZ with ICAO 9303 check digits),
 * national ids (SSN, NINO, Steuer-ID, NIR with key, DNI/NIE, BSN, codice
 * fiscale, PESEL, personnummer, CPR, henkilötunnus, NIF), phones and emails of
 * the US, GB, DE, FR and ES, IP addresses, payment details (Luhn cards, mod-97
 * IBANs, ABA routing numbers, accounts, sort codes), secrets (prose, command
 * lines, connection strings, config files, provider token shapes, JWTs, PEM
 * keys), password fields, health, HR, personal life, and prompts to AI
 * assistants; text in English, German, French, Spanish, Dutch, Italian,
 * Portuguese, Polish and Swedish.
 *
 * Hard negatives: companies, products, places and streets named like people;
 * names that are common words in other languages; version strings, OIDs and
 * build numbers shaped like IPs; order, invoice, tracking and ticket numbers;
 * identifiers with broken check digits; masked and documented test cards and
 * example IBANs; placeholders and secret references in code, vault and key
 * paths, public keys, certificates, hashes, UUIDs, paging cursors, log
 * timestamps; figurative disease words, clinical words in schemas, HR words in
 * engineering talk; work talk in personal messengers; questions typed
 * anywhere but to an assistant.
 */
import type { Topic, ValueKind } from "../items.ts";
import type { Channel, Draft, Place, Template } from "../templates.ts";
import * as v from "./values.ts";

const { pick, chance, int } = v;

// ---------------------------------------------------------------- composing text with labels

interface Labelled {
  kind: ValueKind;
  value: string;
}
type Piece = string | number | Labelled;
type Body = Draft["body"];

const L = (kind: ValueKind, value: string): Labelled => ({ kind, value });

function cat(pieces: readonly Piece[]): Body {
  let text = "";
  const labels: Body["labels"] = [];
  for (const piece of pieces) {
    if (typeof piece === "string" || typeof piece === "number") text += String(piece);
    else {
      labels.push({ start: text.length, end: text.length + piece.value.length, kind: piece.kind });
      text += piece.value;
    }
  }
  return { text, labels };
}

function t(strings: TemplateStringsArray, ...pieces: Piece[]): Body {
  const all: Piece[] = [];
  strings.forEach((literal, i) => {
    all.push(literal);
    const piece = pieces[i];
    if (piece !== undefined) all.push(piece);
  });
  return cat(all);
}

/** Now and then two neighbouring letters swapped, as hurried typing does. */
function ty(text: string): string {
  if (!chance(0.1) || text.length < 8) return text;
  const at = int(1, text.length - 3);
  const a = text.charAt(at);
  const b = text.charAt(at + 1);
  if (!/\p{L}/u.test(a) || !/\p{L}/u.test(b)) return text;
  return `${text.slice(0, at)}${b}${a}${text.slice(at + 2)}`;
}

function draft(place: Place, channel: Channel, body: Body, topics?: Topic[]): Draft {
  return topics === undefined || topics.length === 0
    ? { place, channel, body }
    : { place, channel, body, topics };
}

const pos = (name: string, make: () => Draft): Template => ({ name, make });

/**
 * The evaluation's labelling convention, as in the earlier corpora and the
 * issue that asked for conversations (its item 10): the writer's personal
 * life typed into a work chat or a messenger is a conversation, graded as the
 * prompt topic beside whatever else it is. Written without it at first (the
 * convention was left out of this corpus's brief) and added before any of the
 * corpus's mistakes were read; both figures are reported.
 */
function asConversation(template: Template): Template {
  if (template.negative === true) return template;
  return {
    ...template,
    make: (split) => {
      const made = template.make(split);
      const topics = made.topics ?? [];
      return topics.includes("prompt") ? made : { ...made, topics: [...topics, "prompt"] };
    },
  };
}
const neg = (name: string, make: () => Draft): Template => ({ name, negative: true, make });

// ---------------------------------------------------------------- places

const workspaces = ["Halvard", "Northwind", "Kestrel Analytics", "Brightmoor", "Lumenfold"];
const slackChannels = [
  "#general",
  "#team-platform",
  "#proj-atlas",
  "#random",
  "#ops-oncall",
  "#sales-emea",
  "#design-crit",
  "#people-team",
  "#finance-ap",
  "#it-helpdesk",
  "#eng-backend",
  "#customer-success",
];

const slack = (): Place => ({ app: "Slack", title: `${pick(slackChannels)} - ${pick(workspaces)} - Slack` });
const slackDm = (name: string): Place => ({
  app: "Slack",
  title: `${name} (DM) - ${pick(workspaces)} - Slack`,
});
const teams = (): Place => ({
  app: "Microsoft Teams",
  title: `${pick(["Chat", "General (Platform Guild)", "Finance Ops", "Calendar", "Activity"])} | Microsoft Teams`,
});
const googleChat = (): Place => ({
  app: "Google Chrome",
  title: `${pick(["Eng leads", "Berlin office", "Launch war room"])} - Google Chat`,
  url: `https://chat.google.com/room/${v.from(v.alnum, 11)}`,
});
const mattermost = (): Place => ({
  app: "Mattermost",
  title: `${pick(["Town Square", "Off-Topic", "infra"])} - Mattermost`,
});
const workChat = (): Place => pick([slack, slack, teams, teams, googleChat, mattermost])();

const subjects = [
  "Re: Q3 planning",
  "Quick question",
  "Follow-up from today",
  "AW: Angebot",
  "RE: Facture mars",
  "Fwd: contract",
  "Re: onboarding",
  "Travel booking",
  "RV: presupuesto",
  "Re: access request",
  "Invoice 2026-0418",
  "Update",
];
const outlook = (subject = pick(subjects)): Place => ({
  app: "Microsoft Outlook",
  title: `${subject} - Message (HTML)`,
});
const gmail = (subject = pick(subjects)): Place => ({
  app: pick(["Google Chrome", "Firefox", "Microsoft Edge"]),
  title: `${subject} - Gmail`,
  url: `https://mail.google.com/mail/u/0/#inbox/${v.hex(16)}`,
});
const appleMail = (subject = pick(subjects)): Place => ({ app: "Mail", title: subject });
const thunderbird = (subject = pick(subjects)): Place => ({
  app: "Thunderbird",
  title: `${subject} - Mozilla Thunderbird`,
});
const mail = (subject?: string): Place =>
  pick([outlook, outlook, gmail, gmail, appleMail, thunderbird])(subject);

const messengers = ["WhatsApp", "Signal", "Telegram", "Messages"];
const messenger = (who?: string): Place => {
  const app = pick(messengers);
  return { app, title: who === undefined ? app : `${app} – ${who}` };
};

const browserApps = ["Google Chrome", "Firefox", "Microsoft Edge", "Safari", "Brave", "Arc"];
const browser = (title: string, url?: string): Place => {
  const app = pick(browserApps);
  return url === undefined ? { app, title: `${title} - ${app}` } : { app, title: `${title} - ${app}`, url };
};
const editorApps = [
  "Visual Studio Code",
  "Visual Studio Code",
  "IntelliJ IDEA",
  "PyCharm",
  "Sublime Text",
  "Cursor",
];
const editor = (file: string): Place => ({
  app: pick(editorApps),
  title: `${file} — ${pick(["cordon", "billing-api", "infra", "web-app", "data-jobs"])}`,
});
const terminalApps = ["Terminal", "iTerm2", "Windows Terminal", "Alacritty", "Warp", "GNOME Terminal"];
const terminal = (): Place => ({
  app: pick(terminalApps),
  title: `${pick(["zsh", "bash", "ssh", "kubectl", "psql"])} — ${int(80, 220)}×${int(24, 60)}`,
});
const notion = (page: string): Place => ({ app: "Notion", title: page });
const jira = (summary: string): Place =>
  browser(
    `[${pick(["PLAT", "OPS", "HR", "FIN", "WEB"])}-${int(100, 9999)}] ${summary} - Jira`,
    `https://${pick(["halvard", "northwind"])}.atlassian.net/browse/${pick(["PLAT", "OPS", "WEB"])}-${int(100, 9999)}`,
  );
const confluence = (page: string): Place =>
  browser(
    `${page} - Confluence`,
    `https://${pick(["halvard", "northwind"])}.atlassian.net/wiki/spaces/${pick(["ENG", "OPS", "PEOPLE"])}/pages/${int(100000, 9999999)}`,
  );

const chatChannel = (): Channel => pick<Channel>(["typed", "typed", "typed", "typed", "clipboard", "screen"]);
const mailChannel = (): Channel => pick<Channel>(["typed", "typed", "typed", "clipboard", "screen"]);

// ---------------------------------------------------------------- names

const greetings = [
  "Hi",
  "Hey",
  "Hello",
  "Dear",
  "Hallo",
  "Liebe",
  "Bonjour",
  "Hola",
  "Hoi",
  "Ciao",
  "Olá",
  "Cześć",
  "Hej",
  "Morning",
];
const mailBodies = [
  "thanks for the quick turnaround on the draft, I left two comments on the pricing section.",
  "could you send me the signed version by Thursday? Legal wants it before the board call.",
  "danke für die Unterlagen, ich melde mich nach dem Jour fixe.",
  "merci pour ton retour, je regarde ça demain matin.",
  "gracias por la info, lo revisamos el lunes con el equipo.",
  "bedankt voor je snelle reactie, ik stuur de planning vandaag nog door.",
  "grazie per la call di ieri, ti mando il riepilogo entro domani.",
  "obrigado pelo retorno, vou atualizar a proposta ainda hoje.",
  "dzięki za szybką odpowiedź, poprawię to jeszcze dziś.",
  "tack för igår! Jag skickar över underlaget efter lunch.",
  "just circling back on the vendor review — any news from procurement?",
  "the numbers in tab 3 don't match the export, can we look at it together?",
];
const signoffs = [
  "Best",
  "Thanks",
  "Cheers",
  "Kind regards",
  "Viele Grüße",
  "Beste Grüße",
  "Cordialement",
  "Bien à vous",
  "Saludos",
  "Un saludo",
  "Met vriendelijke groet",
  "Cordiali saluti",
  "Pozdrawiam",
  "Med vänliga hälsningar",
  "Abraços",
];
const mentionAsks = [
  "can you review the PR before 3?",
  "are you joining the sync or should I take notes?",
  "kannst du kurz auf das Ticket schauen?",
  "tu peux valider le devis ?",
  "¿puedes revisar el documento antes de la reunión?",
  "kun jij de release notes checken?",
  "the customer asked for you specifically on the renewal call",
  "I moved your slot to Thursday, hope that works",
  "thanks for covering the on-call last night 🙏",
  "welcome back! we missed you at retro",
];
const thirdPerson = [
  "I just got off a call with",
  "Waiting on a reply from",
  "Please loop in",
  "Blocked until I hear back from",
  "Ich habe gerade mit",
  "J'ai eu",
  "He hablado con",
  "Ik heb net gebeld met",
  "Ho sentito",
];
const thirdPersonTail = [
  "about the migration timeline.",
  "before we sign anything.",
  "— she owns the budget.",
  "gesprochen, passt alles.",
  "au téléphone, c'est bon pour lundi.",
  "y está de acuerdo.",
  "over de offerte.",
  "e confermo la data.",
  "on the vendor thread.",
  "regarding the audit findings.",
];

const companiesLikePeople = [
  "Wells Fargo",
  "Johnson & Johnson",
  "Marks & Spencer",
  "Ben & Jerry's",
  "Procter & Gamble",
  "Hugo Boss",
  "Louis Vuitton",
  "Tommy Hilfiger",
  "Dr. Oetker",
  "Harley-Davidson",
  "Goldman Sachs",
  "Ralph Lauren",
  "Mercedes-Benz",
  "Levi Strauss",
  "Charles Schwab",
  "John Lewis",
  "Ernst & Young",
  "Carl Zeiss",
  "Philip Morris",
  "Calvin Klein",
  "Dr. Martens",
  "Christian Dior",
  "Ferrero",
  "Walt Disney",
  "Jack Daniel's",
];
const productsLikePeople: [string, string][] = [
  ["Jenkins", "job #{n} failed on main, the Jenkins agent ran out of disk again"],
  ["Alexa", "ask Alexa to set a timer for the standup, it keeps forgetting"],
  ["Julia", "rewrote the solver in Julia, 4x faster than the numpy version"],
  ["Ruby", "the Ruby 3.3 upgrade broke two gems in the billing service"],
  ["Django", "Django admin is down on staging after the migration"],
  ["Siri", "Siri transcribed the meeting room name as 'Aurora' again"],
  ["Watson", "the Watson NLU trial expires on Friday"],
  ["Cortana", "Cortana popped up in the middle of my screen share lol"],
  ["Jarvis", "Jarvis (our deploy bot) is stuck on the approval step"],
  ["Claude Monet", "the Claude Monet exhibition is a nice offsite idea, tickets are 18€"],
  ["Otto", "ordered the new desk chairs from Otto, delivery in 2 weeks"],
  ["Hadoop", "we finally turned off the last Hadoop cluster 🎉"],
];
const placesLikePeople = [
  "the flight lands at Charles de Gaulle at 9:40, I'll take the RER",
  "meet at the Victor Hugo metro exit, the café is right there",
  "hotel is near Lincoln Center, 10 minutes from the client",
  "change at Alexanderplatz, then U8 to the office",
  "conference is at the Palais des Congrès, not in Santiago this year",
  "our Sydney team is flying in via San Francisco",
  "the venue is next to the Mozarteum, follow the signs",
  "train from Victoria, then a cab to the Gatwick office",
  "the St. Louis warehouse ships on Mondays only",
  "drinks at the Simón Bolívar square after the workshop?",
  "desk booking for the Jefferson room is full on Wednesdays",
  "Ada Lovelace room is booked, let's use Grace Hopper instead",
];
const wordsThatAreNames = [
  "camisa rosa talla M, la de la foto del catálogo",
  "hoy hace sol, ¿comemos en la terraza?",
  "will do, I'll ping you when it's merged",
  "mark as done once QA signs off",
  "there's a 30-day grace period on the license renewal",
  "let's have a frank discussion about the roadmap in retro",
  "the bill of materials for the kiosk is in the sheet",
  "summer release freeze starts 1 July",
  "hope that helps! shout if anything is unclear",
  "la luna de miel del proyecto se acabó, ahora toca mantener",
  "paz y tranquilidad: el deploy del viernes salió bien",
  "vista al mar desde la sala de reuniones nueva 😍",
  "fleur de sel on the catering menu again",
  "amber status on the dashboard means degraded, not down",
  "we start at dawn for the datacenter move",
  "iris scanner at the lobby is broken, use your badge",
  "das Haus vom Nikolaus als Logo-Entwurf? eher nicht",
  "jade plant on my desk needs water while I'm away",
];
const neutralMeetings = [
  "Sprint Planning – Team Atlas",
  "Retro – Sprint 42",
  "Q3 OKR sync",
  "All hands (monthly)",
  "Architecture review: event bus",
  "Budget 2027 – Finance",
  "Incident postmortem INC-2231",
  "Design crit",
  "Weekly ops review",
  "Quartalsplanung Vertrieb",
  "Point hebdo produit",
  "Reunión de seguimiento semanal",
  "Release go/no-go",
];

const names: Template[] = [
  pos("greeting in a mail", () => {
    const p = v.person();
    return draft(
      mail(),
      mailChannel(),
      t`${pick(greetings)} ${L("name", chance(0.7) ? p.first : p.full)},\n\n${ty(pick(mailBodies))}`,
    );
  }),
  pos("greeting in chat", () => {
    const p = v.person();
    return draft(
      chance(0.3) ? slackDm(p.full) : workChat(),
      chatChannel(),
      t`${pick(["hey", "hi", "morning", "hallo", "salut", "hola", "hoi"])} ${L("name", p.first)}! ${ty(pick(mentionAsks))}`,
    );
  }),
  pos("sign-off", () => {
    const p = v.person();
    return draft(
      mail(),
      mailChannel(),
      t`${ty(pick(mailBodies))}\n\n${pick(signoffs)},\n${L("name", p.full)}`,
    );
  }),
  pos("mention", () => {
    const p = v.person();
    return draft(
      workChat(),
      chatChannel(),
      t`@${L("name", chance(0.6) ? p.full : p.first)} ${ty(pick(mentionAsks))}`,
    );
  }),
  pos("third person", () => {
    const p = v.person();
    return draft(
      workChat(),
      chatChannel(),
      t`${pick(thirdPerson)} ${L("name", p.full)} ${pick(thirdPersonTail)}`,
    );
  }),
  pos("chat header", () => {
    const p = v.person();
    const [app, before, after] = pick([
      ["Microsoft Teams", "Chat – ", " | Microsoft Teams"],
      ["Microsoft Teams", "", " | Chat | Microsoft Teams"],
      ["Slack", "", ` (DM) - ${pick(workspaces)} - Slack`],
      ["Google Chrome", "Chat – ", " - Google Chat"],
      ["WhatsApp", "WhatsApp – ", ""],
      ["Signal", "Signal – ", ""],
    ] as const);
    return draft({ app }, "title", t`${before}${L("name", p.full)}${after}`);
  }),
  pos("meeting title", () => {
    const a = v.person();
    const b = v.person();
    const body = pick([
      () => t`1:1 ${L("name", a.first)} / ${L("name", b.first)}`,
      () => t`Interview: ${L("name", a.full)} – Senior Backend Engineer`,
      () => t`${L("name", a.full)} <> Halvard intro call`,
      () => t`Coffee chat with ${L("name", a.full)}`,
      () => t`Onboarding buddy check-in – ${L("name", a.full)}`,
      () => t`Entretien – ${L("name", a.full)}`,
      () => t`Gespräch ${L("name", a.last)} / ${L("name", b.last)}`,
    ])();
    const place = pick([
      { app: "Microsoft Outlook", suffix: " - Meeting" },
      { app: "Calendar", suffix: "" },
      { app: "Google Chrome", suffix: " - Google Calendar" },
    ]);
    return draft({ app: place.app }, "title", { text: `${body.text}${place.suffix}`, labels: body.labels });
  }),
  pos("attendee list", () => {
    const people = Array.from({ length: int(2, 5) }, () => v.person());
    const [header, note] = pick([
      ["Attendees", pick(["Agenda: roadmap, hiring, budget", "Notes to follow"])],
      ["Teilnehmer", "Protokoll: siehe Confluence"],
      ["Participants", "Ordre du jour : budget 2027"],
      ["Asistentes", "Orden del día: presupuesto"],
      ["Aanwezig", "Agenda: planning Q1"],
    ] as const);
    const pieces: Piece[] = [`${header}: `];
    people.forEach((p, i) => {
      if (i > 0) pieces.push(pick([", ", "; ", ", "]));
      pieces.push(L("name", p.full));
    });
    pieces.push(`\n${note}`);
    return draft(
      pick([notion("Meeting notes"), confluence("Weekly sync notes"), outlook("Meeting notes")]),
      pick<Channel>(["typed", "screen", "clipboard"]),
      cat(pieces),
    );
  }),
  pos("git author", () => {
    const p = v.person();
    const email = v.emailFor(p.first, p.last, pick(v.companyDomains));
    return draft(
      terminal(),
      "screen",
      t`commit ${v.hex(40)}\nAuthor: ${L("name", p.full)} <${L("email", email)}>\nDate:   ${pick(["Mon", "Tue", "Wed", "Thu", "Fri"])} Mar ${int(1, 28)} ${int(8, 19)}:${v.pad(int(0, 59))}:${v.pad(int(0, 59))} 2026 +0100\n\n    ${pick(["Fix flaky retry test", "Bump zod to 4.6", "Add index on events.created_at", "Handle empty batches in the collector"])}`,
    );
  }),
  pos("git blame", () => {
    const p = v.person();
    return draft(
      editor("src/pipeline/batch.ts"),
      "screen",
      t`${v.hex(8)} (${L("name", p.full)} 2026-0${int(1, 9)}-${v.pad(int(10, 28))} ${int(10, 400)})   const limit = options.limit ?? 500;`,
    );
  }),
  pos("cc line", () => {
    const a = v.person();
    const b = v.person();
    return draft(
      mail(),
      pick<Channel>(["typed", "screen"]),
      t`Cc: ${L("name", a.full)} <${L("email", a.email)}>; ${L("name", b.full)}`,
    );
  }),
  pos("profile url", () => {
    const p = v.person();
    const s = v.slug(p.first, p.last);
    return draft(
      browser(`${p.full} | LinkedIn`),
      "url",
      pick([
        () => t`https://www.linkedin.com/in/${L("name", s)}-${v.hex(int(6, 8))}/`,
        () => t`https://www.linkedin.com/in/${L("name", s)}/`,
        () =>
          t`https://www.xing.com/profile/${L(
            "name",
            s
              .replace(/-/g, "_")
              .replace(/(^|_)([a-z])/g, (_m, a: string, c: string) => `${a}${c.toUpperCase()}`),
          )}`,
      ])(),
    );
  }),
  pos("worker profile title", () => {
    const p = v.person();
    return draft(
      { app: pick(browserApps) },
      "title",
      pick([
        () => t`${L("name", p.full)} - Worker Profile - Workday`,
        () => t`${L("name", p.full)} | BambooHR`,
        () => t`${L("name", p.full)} – Personio`,
      ])(),
    );
  }),
  pos("handover note", () => {
    const a = v.person();
    const b = v.person();
    return draft(
      pick([notion("Handover"), jira("Vacation handover")]),
      "typed",
      t`${pick(["While I'm out", "Während meines Urlaubs", "Pendant mon absence", "Mientras estoy fuera"])}: ${L("name", a.full)} ${pick(["covers billing", "übernimmt Billing", "reprend la facturation", "cubre facturación"])}, ${L("name", b.full)} ${pick(["handles escalations.", "macht die Eskalationen.", "gère les escalades.", "lleva las escaladas."])}`,
    );
  }),
  neg("company named like a person", () =>
    draft(
      workChat(),
      chatChannel(),
      cat([
        ty(
          pick([
            `renewal quote from ${pick(companiesLikePeople)} came in 12% higher than last year`,
            `${pick(companiesLikePeople)} wants the security questionnaire back by Friday`,
            `we lost the ${pick(companiesLikePeople)} deal to a competitor, debrief at 4`,
            `new vendor form for ${pick(companiesLikePeople)} is in the finance folder`,
            `the ${pick(companiesLikePeople)} store on the corner has the adapters`,
          ]),
        ),
      ]),
    ),
  ),
  neg("product named like a person", () => {
    const [, line] = pick(productsLikePeople);
    return draft(workChat(), chatChannel(), cat([ty(line.replace("{n}", String(int(1000, 9999))))]));
  }),
  neg("place named after a person", () =>
    draft(workChat(), chatChannel(), cat([ty(pick(placesLikePeople))])),
  ),
  neg("name-like common words", () =>
    draft(pick([workChat(), messenger()]), chatChannel(), cat([pick(wordsThatAreNames)])),
  ),
  neg("meeting without names", () =>
    draft(
      { app: pick(["Microsoft Outlook", "Calendar", "Google Chrome"]) },
      "title",
      cat([`${pick(neutralMeetings)}${pick(["", " - Meeting", " - Google Calendar"])}`]),
    ),
  ),
  neg("bot commit", () =>
    draft(
      terminal(),
      "screen",
      cat([
        `${v.hex(7)} ${pick(["chore(deps): bump esbuild from 0.24.0 to 0.25.1", `Merge pull request #${int(100, 999)} from renovate/node-20.x`, "ci: update actions/checkout to v4"])}\n${v.hex(7)} ${pick(["Author: dependabot[bot]", "Author: github-actions[bot]", "Author: renovate[bot]"])}`,
      ]),
    ),
  ),
  neg("channel header", () =>
    draft(
      { app: pick(["Slack", "Microsoft Teams", "Mattermost"]) },
      "title",
      cat([
        pick([
          `Chat – ${pick(slackChannels)}`,
          `${pick(slackChannels)} - ${pick(workspaces)} - Slack`,
          "General (Platform Guild) | Microsoft Teams",
          "Town Square - Mattermost",
        ]),
      ]),
    ),
  ),
];

// ---------------------------------------------------------------- addresses

function inline(a: v.Address): string {
  if (a.country === "GB") return `${a.lines[0]}, ${a.lines[1]} ${a.lines[2]}`;
  return a.lines.join(", ");
}

const addressIntros: Record<string, string[]> = {
  US: [
    "Please ship the monitor to",
    "My new address is",
    "Send the signed copy to",
    "Mailing address:",
    "We moved! New place:",
  ],
  GB: [
    "Can you post the laptop to",
    "New address from Monday:",
    "Courier should drop it at",
    "Billing address:",
  ],
  DE: [
    "Meine neue Adresse:",
    "Bitte an folgende Adresse schicken:",
    "Lieferadresse:",
    "Wir sind umgezogen, neu:",
  ],
  FR: ["Ma nouvelle adresse :", "Tu peux envoyer le colis au", "Adresse de livraison :", "On a déménagé au"],
  ES: ["Mi dirección nueva es", "Envíalo a", "Dirección de entrega:", "Nos hemos mudado a"],
  NL: ["Mijn nieuwe adres is", "Stuur het pakket naar"],
  IT: ["Il mio nuovo indirizzo è", "Spedisci a"],
  PL: ["Mój nowy adres:", "Proszę wysłać na adres"],
  CZ: ["Moje nová adresa:", "Please send it to"],
  SE: ["Min nya adress är", "Skicka paketet till"],
  PT: ["A minha nova morada é", "Envia para"],
};
const addressTails = [
  "",
  "",
  " Thanks!",
  " — buzzer says 3B.",
  " (ring twice)",
  " Merci !",
  " Danke!",
  " ¡Gracias!",
  " Ring bell, dog is friendly.",
];

const mapsTitle = (place: string) =>
  pick([`${place} - Google Maps`, `${place} – Apple Maps`, `${place} | OpenStreetMap`]);
const encodeMaps = (value: string) => value.replace(/ /g, "+");

const addresses: Template[] = [
  pos("inline address in chat", () => {
    const a = v.address();
    return draft(
      pick([workChat(), messenger()]),
      chatChannel(),
      t`${pick(addressIntros[a.country] ?? ["Address:"])} ${L("address", inline(a))}${pick(addressTails)}`,
    );
  }),
  pos("address block in a mail", () => {
    const p = v.person();
    const a = v.address(pick(["US", "GB", "DE", "FR", "ES"] as const));
    return draft(
      mail(
        pick([
          "Re: equipment return",
          "Versandadresse",
          "Adresse pour le contrat",
          "Dirección para la factura",
        ]),
      ),
      mailChannel(),
      t`${pick(["Here you go:", "Anbei die Adresse:", "Voici l'adresse :", "Aquí la tienes:"])}\n\n${L("name", p.full)}\n${L("address", a.lines.join("\n"))}\n\n${pick(signoffs)}`,
    );
  }),
  pos("address in an order form", () => {
    const a = v.address();
    return draft(
      browser(
        pick([
          "Checkout – Shipping",
          "Lieferadresse ändern",
          "Adresse de livraison",
          "Datos de envío",
          "Afleveradres",
        ]),
        pick([
          "https://www.amazon.de/gp/buy/addressselect",
          "https://shop.halvard.io/checkout/shipping",
          "https://www.fnac.com/checkout/address",
          "https://www.bol.com/nl/checkout",
        ]),
      ),
      "typed",
      t`${L("address", a.lines[0] ?? "")}`,
    );
  }),
  pos("map title", () => {
    const a = v.address(pick(["US", "GB", "DE", "FR", "ES", "NL", "IT"] as const));
    const label = inline(a);
    const title = mapsTitle(label);
    return draft({ app: pick(browserApps.concat(["Maps"])) }, "title", {
      text: title,
      labels: [{ start: 0, end: label.length, kind: "address" }],
    });
  }),
  pos("map url", () => {
    const a = v.address(pick(["US", "GB", "DE", "FR", "ES"] as const));
    const encoded = encodeMaps(inline(a));
    return draft(
      browser(`${inline(a)} - Google Maps`),
      "url",
      pick([
        () =>
          t`https://www.google.com/maps/place/${L("address", encoded)}/@${int(36, 55)}.${v.digits(6)},${pick(["-", ""])}${int(0, 9)}.${v.digits(6)},17z`,
        () =>
          t`https://www.google.com/maps/dir/?api=1&destination=${L("address", encodeURIComponent(inline(a)))}`,
        () => t`https://maps.apple.com/?address=${L("address", encodeURIComponent(inline(a)))}`,
      ])(),
    );
  }),
  pos("directions for a visit", () => {
    const a = v.address(pick(["US", "GB", "DE", "FR", "ES"] as const));
    return draft(
      workChat(),
      chatChannel(),
      t`${pick(["BBQ at mine on Saturday, address is", "Party starts at 7 —", "Parcel for you is at my place:", "Für die Einweihungsfeier:", "Pour la crémaillère :"])} ${L("address", inline(a))}`,
    );
  }),
  pos("address in hr record", () => {
    const a = v.address(pick(["US", "GB", "DE", "FR", "ES"] as const));
    return draft(
      browser(pick(["Personal Information - Workday", "My Info | BambooHR", "Persönliche Daten – Personio"])),
      "screen",
      t`Home address\n${L("address", a.lines.join("\n"))}\nCountry: ${a.country}`,
    );
  }),
  neg("street as a landmark", () =>
    draft(
      workChat(),
      chatChannel(),
      cat([
        ty(
          pick([
            "the Oxford Street store closes early on Sundays",
            "Hauptstraße ist wegen Bauarbeiten gesperrt, fahrt über die Umgehung",
            "on se retrouve place de la République après le salon ?",
            "quedamos en la Plaza Mayor a las 8",
            "Wall Street closed up 1.2% after the Fed call",
            "Downing Street hasn't commented on the AI bill yet",
            "the Abbey Road Studios tour is on the offsite agenda",
            "Sesame Street reference in the onboarding deck, love it",
            "Kurfürstendamm office moves to the 4th floor",
            "Calle Mayor está cortada por la maratón",
          ]),
        ),
      ]),
    ),
  ),
  neg("address as a software term", () =>
    draft(
      pick([workChat(), editor("net/socket.c")]),
      chatChannel(),
      cat([
        pick([
          "ASLR randomises the address space layout, so the pointer changes every run",
          "the MAC address filter on the guest Wi-Fi blocks the new printers",
          "bind address defaults to localhost, set HOST to expose it",
          "address already in use: another process holds port 8080",
          "we should address the flaky tests before the release",
          "the addressing mode is relative in this instruction",
          "Street View coverage is missing for the new campus",
        ]),
      ]),
    ),
  ),
  neg("address schema", () =>
    draft(
      editor("migrations/0042_addresses.sql"),
      pick<Channel>(["typed", "screen"]),
      cat([
        pick([
          "CREATE TABLE addresses (\n  id uuid PRIMARY KEY,\n  street text NOT NULL,\n  postal_code varchar(10),\n  city text,\n  country char(2)\n);",
          "const schema = z.object({ line1: z.string(), line2: z.string().optional(), postcode: z.string().max(10), city: z.string() });",
          '<label for="street">Street and number</label>\n<input id="street" name="street" autocomplete="address-line1">',
        ]),
      ]),
    ),
  ),
  neg("postcode-like numbers", () =>
    draft(
      workChat(),
      chatChannel(),
      cat([
        pick([
          `build ${int(10000, 99999)} is green, deploying`,
          `error ${int(10000, 99999)} again on the import job`,
          `order ${int(10000, 99999)} shipped from the Leipzig warehouse`,
          `room ${int(100, 999)} on level ${int(2, 9)} is free`,
        ]),
      ]),
    ),
  ),
  neg("map search for a business", () =>
    draft(
      { app: pick(browserApps) },
      "title",
      cat([
        mapsTitle(
          pick([
            "coffee near me",
            "IKEA Kaarst",
            "Decathlon Madrid Alcalá",
            "Gare de Lyon",
            "Heathrow Terminal 5",
            "Hauptbahnhof München",
            "coworking Lisbon",
          ]),
        ),
      ]),
    ),
  ),
];

// ---------------------------------------------------------------- passports

const passportWords: [string, v.PassportCountry[], string, string][] = [
  ["passport number", ["US", "GB", "IE", "NL", "SE"], "for the booking:", "expires 2031"],
  ["passport no.", ["US", "GB", "IE"], "as requested,", "valid until 03/2034"],
  ["Reisepassnummer", ["DE"], "für die Buchung:", "gültig bis 2032"],
  ["Passnummer", ["DE"], "wie besprochen,", "läuft 2030 ab"],
  ["numéro de passeport", ["FR"], "pour la réservation :", "valable jusqu'en 2030"],
  ["n° de passeport", ["FR"], "comme demandé,", "expire en 2033"],
  ["número de pasaporte", ["ES"], "para la reserva:", "válido hasta 2033"],
  ["paspoortnummer", ["NL"], "voor de boeking:", "geldig tot 2031"],
  ["numero di passaporto", ["IT"], "per la prenotazione:", "scade nel 2032"],
  ["numer paszportu", ["PL"], "do rezerwacji:", "ważny do 2031"],
  ["passnummer", ["SE"], "för bokningen:", "giltigt till 2030"],
];
const passportCountries: v.PassportCountry[] = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "PL", "IE", "SE"];

const passports: Template[] = [
  pos("passport number in prose", () => {
    const [word, countries, intro, validity] = pick(passportWords);
    const number = v.passportNumber(pick(countries));
    return draft(
      pick([workChat(), mail("Travel booking"), messenger()]),
      chatChannel(),
      pick([
        () => t`${intro} ${word} ${L("passport", number)}`,
        () => t`${word.charAt(0).toUpperCase()}${word.slice(1)}: ${L("passport", number)}, ${validity}`,
        () => t`${word}: ${L("passport", number)}`,
      ])(),
    );
  }),
  pos("travel booking with name", () => {
    const p = v.person();
    const country = pick(passportCountries);
    return draft(
      mail("Travel booking"),
      mailChannel(),
      t`Traveller: ${L("name", p.full)}\nNationality: ${v.iso3[country].replace(/</g, "")}\nPassport: ${L("passport", v.passportNumber(country))}\nFlight: ${pick(["LH", "BA", "AF", "IB", "KL"])} ${int(100, 1999)}, ${int(1, 28)} ${pick(["Jan", "Feb", "Mar", "Apr"])}`,
    );
  }),
  pos("mrz scanned", () => {
    const p = v.person();
    const country = pick(passportCountries);
    const zone = v.mrz(country, p.first, p.last, v.passportNumber(country));
    return draft(
      pick([
        { app: "Preview", title: "passport_scan.pdf" },
        { app: "Adobe Acrobat", title: "Reisepass_Scan.pdf" },
        { app: "Google Chrome", title: "KYC review – Onfido" },
      ]),
      pick<Channel>(["screen", "clipboard"]),
      t`${L("passport", zone)}`,
    );
  }),
  pos("bare in a visa form", () => {
    const country = pick(passportCountries);
    const [title, url] = pick([
      ["ESTA Application – Passport Information", "https://esta.cbp.dhs.gov/application/passport"],
      [
        "Apply for an electronic travel authorisation (ETA) - GOV.UK",
        "https://apply-for-an-eta.homeoffice.gov.uk/passport-details",
      ],
      ["eVisa – Travel document details", "https://evisa.example-embassy.org/apply/step-3"],
      ["Online-Visumantrag – Reisedokument", "https://videx.diplo.de/videx/visum-erfassung/#/reisepass"],
      ["France-Visas – Document de voyage", "https://france-visas.gouv.fr/web/france-visas/document-voyage"],
      ["Check-in – Passport details – Lufthansa", "https://www.lufthansa.com/checkin/apis"],
      ["Advance Passenger Information – British Airways", "https://www.britishairways.com/travel/apis"],
    ] as const);
    return draft(
      browser(title, url),
      pick<Channel>(["typed", "keys"]),
      t`${L("passport", v.passportNumber(country))}`,
    );
  }),
  pos("passport in hr onboarding", () => {
    const country = pick(passportCountries);
    return draft(
      browser(
        pick([
          "Right to work check – Personio",
          "I-9 Verification – Workday",
          "Identity documents | BambooHR",
        ]),
      ),
      "screen",
      t`Document type: Passport\nDocument number: ${L("passport", v.passportNumber(country))}\nIssuing country: ${country}\nExpiry: ${int(2027, 2035)}-${v.pad(int(1, 12))}-${v.pad(int(1, 28))}`,
    );
  }),
  neg("passport library", () =>
    draft(
      pick([editor("src/auth/strategies.ts"), workChat()]),
      chatChannel(),
      cat([
        pick([
          "passport.use(new LocalStrategy(verify)); // passport 0.7.0 needs req.logIn callbacks",
          "Laravel Passport issues the OAuth tokens, not Sanctum",
          "npm i passport passport-saml@3.2.4",
          "the passport-azure-ad strategy is deprecated, move to msal-node",
        ]),
      ]),
    ),
  ),
  neg("passport without a number", () =>
    draft(
      pick([workChat(), messenger()]),
      chatChannel(),
      cat([
        ty(
          pick([
            "passport renewal takes 6 weeks right now, book early if you're going to the Lisbon summit",
            "don't forget your passport for the Zurich trip, ID card isn't enough for the hotel",
            "Reisepass abgelaufen, ich fahre mit dem Personalausweis",
            "j'ai oublié mon passeport à la maison 😅",
            "the photo booth for passport pictures is in the mall basement",
            "our product passport for the battery regulation is due in 2027",
          ]),
        ),
      ]),
    ),
  ),
  neg("booking and ticket codes", () =>
    draft(
      mail("Your booking confirmation"),
      "screen",
      cat([
        pick([
          `Booking reference (PNR): ${v.from("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6)}\nTicket number: ${int(100, 299)}-${v.digits(10)}\nFlight ${pick(["LH", "BA", "AF"])} ${int(100, 1999)}`,
          `Confirmation ${v.from("ABCDEFGHJKLMNPQRSTUVWXYZ", 2)}${v.digits(7)} — Hotel check-in from 15:00`,
          `Order no. ${v.from("ABCDEFGHJKLMNPQRSTUVWXYZ", 1)}${v.digits(8)} has shipped`,
        ]),
      ]),
    ),
  ),
  neg("mrz specimen in docs", () =>
    draft(
      confluence("KYC: how the MRZ parser works"),
      "screen",
      cat([
        "ICAO 9303 specimen used in our tests:\nP<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10\nThe check digits use weights 7, 3, 1.",
      ]),
    ),
  ),
  neg("form label", () =>
    draft(
      browser("Travel profile – Concur"),
      "screen",
      cat([
        pick([
          "Passport number *\nEnter the number exactly as printed\nIssuing country *\nExpiry date *",
          "Reisepassnummer (optional)\nBitte ohne Leerzeichen eingeben",
          "Numéro de passeport\nChamp obligatoire",
        ]),
      ]),
    ),
  ),
];

// ---------------------------------------------------------------- national identifiers

interface IdKind {
  lang: keyof typeof idPhrases;
  make: () => string;
  words: string[];
  forms: [string, string][];
}

const idPhrases = {
  en: ["here's my", "for payroll", "payroll bounced for", "looks right to me?"],
  de: ["hier meine", "für die Lohnabrechnung", "Lohnbüro meldet Fehler bei", "stimmt doch?"],
  fr: ["voici mon", "pour la paie", "la paie a rejeté le dossier de", "c'est bon non ?"],
  es: ["aquí mi", "para la nómina", "la nómina dio error con", "¿está bien?"],
  nl: ["hierbij mijn", "voor de salarisadministratie", "salarisrun faalt voor", "klopt dat?"],
  it: ["ecco il mio", "per la busta paga", "errore nel cedolino di", "è corretto?"],
  pl: ["mój", "do listy płac", "błąd na liście płac dla", "czy to dobrze?"],
  sv: ["här är mitt", "för lönen", "lönekörningen stoppade för", "stämmer det?"],
  da: ["her er mit", "til lønnen", "lønkørslen fejlede for", "passer det?"],
  fi: ["tässä minun", "palkanlaskentaa varten", "palkka-ajo kaatui:", "onko oikein?"],
  pt: ["aqui vai o meu", "para o processamento salarial", "erro no processamento de", "está certo?"],
} as const;

const spacedSteuerId = (id: string) =>
  chance(0.5) ? `${id.slice(0, 2)} ${id.slice(2, 5)} ${id.slice(5, 8)} ${id.slice(8)}` : id;

const idKinds: IdKind[] = [
  {
    lang: "en",
    make: () => (chance(0.8) ? v.ssn() : v.ssn().replace(/-/g, "")),
    words: ["SSN", "Social Security number", "social", "SSN#"],
    forms: [
      ["Form W-4 – Employee details – Gusto", "https://app.gusto.com/onboarding/w4"],
      ["Employee Onboarding – Tax Info – ADP", "https://workforcenow.adp.com/onboarding/tax"],
    ],
  },
  {
    lang: "en",
    make: () => v.nino(),
    words: ["NI number", "National Insurance number", "NINO", "NI no."],
    forms: [
      ["Starter checklist – Payroll – BrightHR", "https://app.brighthr.com/onboarding/starter-checklist"],
      ["New starter details | Sage HR", "https://sage.hr/onboarding/personal"],
    ],
  },
  {
    lang: "de",
    make: () => spacedSteuerId(v.steuerId()),
    words: ["Steuer-ID", "Steueridentifikationsnummer", "steuerliche IdNr.", "Steuer-IdNr"],
    forms: [
      ["Personalfragebogen – Personio", "https://halvard.personio.de/onboarding/personalfragebogen"],
      ["DATEV Personalstammdaten", "https://apps.datev.de/lodas/personal"],
    ],
  },
  {
    lang: "fr",
    make: () => v.nir(),
    words: ["numéro de sécurité sociale", "n° de sécu", "NIR", "numéro INSEE"],
    forms: [
      ["Dossier d'embauche – Lucca", "https://halvard.ilucca.net/onboarding/dossier"],
      ["Informations salarié – PayFit", "https://app.payfit.com/onboarding/salarie"],
    ],
  },
  {
    lang: "es",
    make: () => (chance(0.7) ? v.dni() : v.nie()),
    words: ["DNI", "NIE", "número de DNI", "documento de identidad"],
    forms: [
      ["Alta de empleado – Factorial", "https://app.factorialhr.com/onboarding/datos-personales"],
      ["Datos fiscales – a3nom", "https://a3nom.wolterskluwer.es/alta"],
    ],
  },
  {
    lang: "nl",
    make: () => v.bsn(),
    words: ["BSN", "burgerservicenummer", "BSN-nummer"],
    forms: [
      ["Personeelsgegevens – AFAS", "https://halvard.afasinsite.nl/onboarding/gegevens"],
      ["Nieuwe medewerker – Nmbrs", "https://halvard.nmbrs.nl/employee/new"],
    ],
  },
  {
    lang: "it",
    make: () => v.codiceFiscale(v.firstName(), v.lastName()),
    words: ["codice fiscale", "CF", "cod. fiscale"],
    forms: [["Anagrafica dipendente – Zucchetti", "https://hr.zucchetti.it/anagrafica"]],
  },
  {
    lang: "pl",
    make: () => v.pesel(),
    words: ["PESEL", "nr PESEL", "numer PESEL"],
    forms: [["Dane pracownika – Kadry", "https://kadry.halvard.pl/pracownik/nowy"]],
  },
  {
    lang: "sv",
    make: () => v.personnummer(),
    words: ["personnummer", "personnr"],
    forms: [["Anställningsuppgifter – Visma", "https://lon.visma.se/anstalld/ny"]],
  },
  {
    lang: "da",
    make: () => v.cpr(),
    words: ["CPR-nummer", "CPR", "personnummer (CPR)"],
    forms: [["Medarbejderoplysninger – Danløn", "https://danloen.dk/medarbejder/opret"]],
  },
  {
    lang: "fi",
    make: () => v.henkilotunnus(),
    words: ["henkilötunnus", "HETU", "personal identity code"],
    forms: [["Työntekijän tiedot – Palkkaus", "https://palkkaus.fi/tyontekija/uusi"]],
  },
  {
    lang: "pt",
    make: () => v.nif(),
    words: ["NIF", "número de contribuinte", "contribuinte"],
    forms: [["Dados do colaborador – Primavera", "https://rh.primaverabss.pt/colaborador/novo"]],
  },
];

const nationalIds: Template[] = [
  pos("id in prose", () => {
    const kind = pick(idKinds);
    const word = pick(kind.words);
    const [mine, purpose] = idPhrases[kind.lang];
    return draft(
      pick([mail("Re: onboarding"), workChat(), messenger()]),
      chatChannel(),
      pick([
        () => t`${mine} ${word}: ${L("national-id", kind.make())}`,
        () => t`${word} ${L("national-id", kind.make())} — ${purpose}`,
        () => t`${word}: ${L("national-id", kind.make())}`,
      ])(),
    );
  }),
  pos("bare in onboarding form", () => {
    const kind = pick(idKinds);
    const [title, url] = pick(kind.forms);
    return draft(browser(title, url), pick<Channel>(["typed", "keys"]), t`${L("national-id", kind.make())}`);
  }),
  pos("id with name in a record", () => {
    const kind = pick(idKinds);
    const p = v.person();
    return draft(
      pick([
        browser("Employee record – Workday"),
        { app: "Microsoft Excel", title: "payroll_import_march.xlsx" },
      ]),
      pick<Channel>(["screen", "clipboard"]),
      t`${L("name", p.full)}\t${pick(kind.words)}\t${L("national-id", kind.make())}\t${pick(["Engineering", "Finance", "Sales", "Ops"])}`,
    );
  }),
  pos("id in a tax chat", () => {
    const kind = pick(idKinds);
    const p = v.person();
    const [, , bounced, ok] = idPhrases[kind.lang];
    return draft(
      workChat(),
      chatChannel(),
      t`${bounced} ${L("name", p.full)}: ${pick(kind.words)} ${L("national-id", kind.make())} ${ok}`,
    );
  }),
  neg("id-shaped reference numbers", () =>
    draft(
      pick([workChat(), mail("Invoice 2026-0418")]),
      chatChannel(),
      cat([
        pick([
          `Order ${v.digits(3)}-${v.digits(7)}-${v.digits(7)} has been refunded`,
          `Ticket INC${v.digits(7)} assigned to the service desk`,
          `Rechnung Nr. ${int(2025, 2026)}-${v.digits(6)} ist bezahlt`,
          `Commande n° ${v.digits(10)} expédiée`,
          `Pedido ${v.digits(9)} entregado`,
          `tracking 1Z${v.from("0123456789ABCDEFGHJKLMNPRSTUVWXY", 16)} shows delivered`,
          `case ${v.digits(8)} escalated to tier 2`,
        ]),
      ]),
    ),
  ),
  neg("ids failing their check", () => {
    const spoiled = pick([
      () => `reference ${v.spoilLast(v.bsn())}`,
      () => `Vorgang ${v.spoilLast(v.steuerId())}`,
      () => `dossier ${v.spoilLast(v.nir(false))}`,
      () => `expediente ${v.spoilLast(v.dni(), "TRWAGMYFPDXBNJZSQVHLCKE")}`,
      () => `zlecenie ${v.spoilLast(v.pesel())}`,
      () => `artikel ${v.spoilLast(v.nif())}`,
    ])();
    return draft(
      pick([workChat(), { app: "Microsoft Excel", title: "warehouse_export.xlsx" }]),
      chatChannel(),
      cat([
        `${spoiled} ${pick(["is still open", "— see the export", "closed yesterday", "needs a second look"])}`,
      ]),
    );
  }),
  neg("masked or placeholder ids", () =>
    draft(
      pick([browser("Employee record – Workday"), confluence("Payroll FAQ")]),
      "screen",
      cat([
        pick([
          "SSN: ***-**-****",
          "Social Security number: XXX-XX-XXXX (format)",
          "NI number: QQ 12 34 56 C is the format HMRC uses in examples",
          "Steuer-ID: wird nachgereicht",
          "N° de sécurité sociale : non renseigné",
          "DNI: pendiente",
          "BSN: ••••••••• (hidden)",
        ]),
      ]),
    ),
  ),
  neg("id words without values", () =>
    draft(
      workChat(),
      chatChannel(),
      cat([
        ty(
          pick([
            "does anyone know where the Steuer-ID letter from the Finanzamt goes in Personio?",
            "new hires in Spain need the NIE before the first payroll run",
            "the SSN field is optional for contractors",
            "reminder: never paste a BSN into Slack, use the HR portal",
            "the PESEL validator rejects numbers from before 1900, is that expected?",
          ]),
        ),
      ]),
    ),
  ),
];

// ---------------------------------------------------------------- phones and emails

const regions: v.Region[] = ["US", "GB", "DE", "FR", "ES"];
const callMe: Record<v.Region, string[]> = {
  US: ["call me at", "my cell is", "text me on", "reach me at"],
  GB: ["ring me on", "my mobile is", "call me on", "best number is"],
  DE: ["ruf mich an unter", "meine Handynummer:", "erreichbar unter", "Tel.:"],
  FR: ["appelle-moi au", "mon portable :", "joignable au", "tél :"],
  ES: ["llámame al", "mi móvil es el", "me puedes llamar al", "tel.:"],
};
const phoneTails = [
  "",
  " after 2pm",
  " if the bridge drops",
  " — ab 14 Uhr",
  " après 18h",
  " por la tarde",
  " (WhatsApp too)",
  " anytime today",
];
const titles = [
  "Account Executive",
  "Head of Finance",
  "Senior Engineer",
  "Office Manager",
  "Directrice commerciale",
  "Teamleiterin Einkauf",
  "Responsable de RRHH",
];

const contacts: Template[] = [
  pos("phone in chat", () => {
    const region = pick(regions);
    return draft(
      pick([workChat(), messenger(), mail()]),
      chatChannel(),
      t`${pick(callMe[region])} ${L("phone", v.phone(region))}${pick(phoneTails)}`,
    );
  }),
  pos("signature", () => {
    const p = v.person();
    const region = pick(regions);
    const email = v.emailFor(p.first, p.last, pick(v.companyDomains));
    return draft(
      mail(),
      pick<Channel>(["screen", "typed", "clipboard"]),
      t`${pick(signoffs)},\n${L("name", p.full)}\n${pick(titles)}\n${pick(["M", "Mobile", "Tel", "Mob.", "Tél."])}: ${L("phone", v.phone(region))}\n${L("email", email)}`,
    );
  }),
  pos("email in prose", () => {
    const p = v.person();
    const lead = pick([
      "send it to my personal address",
      "please use",
      "mi correo es",
      "schick es an",
      "écris-moi sur",
      "mijn mailadres is",
      "use my private mail",
    ]);
    return draft(
      pick([workChat(), messenger(), mail()]),
      chatChannel(),
      t`${lead} ${L("email", p.email)}${pick(["", "", " thx", " — the work one is full", " por favor", " danke"])}`,
    );
  }),
  pos("bare email in a form", () => {
    const p = v.person();
    return draft(
      browser(
        pick([
          "Sign up – Figma",
          "Create account | Atlassian",
          "Newsletter abonnieren",
          "Invite people - Notion",
        ]),
      ),
      pick<Channel>(["typed", "keys"]),
      t`${L("email", p.email)}`,
    );
  }),
  pos("bare phone in a form", () => {
    const region = pick(regions);
    return draft(
      browser(
        pick([
          "Contact details – Workday",
          "Emergency contact | BambooHR",
          "Notfallkontakt – Personio",
          "Contact d'urgence – Lucca",
          "Verify your phone number - Google Account",
        ]),
      ),
      pick<Channel>(["typed", "keys"]),
      t`${L("phone", v.phone(region))}`,
    );
  }),
  pos("contact card", () => {
    const p = v.person();
    const region = pick(regions);
    return draft(
      { app: pick(["Contacts", "HubSpot", "Salesforce"]), title: `${p.full} - Contact` },
      "screen",
      t`${L("name", p.full)}\n${pick(titles)}\nmobile ${L("phone", v.phone(region, true))}\nwork ${L("phone", v.phone(region, false))}\n${L("email", p.email)}`,
    );
  }),
  pos("emergency contact", () => {
    const p = v.person();
    const region = pick(regions);
    return draft(
      browser("Emergency contacts – HR portal"),
      pick<Channel>(["typed", "screen"]),
      (() => {
        const [label, relations] = pick([
          ["Emergency contact", ["partner", "husband", "mother", "brother"]],
          ["Notfallkontakt", ["Mutter", "Ehemann", "Partnerin"]],
          ["Contact en cas d'urgence", ["frère", "mère", "conjoint"]],
          ["Contacto de emergencia", ["hermana", "madre", "pareja"]],
        ] as const);
        return t`${label}: ${L("name", p.full)} (${pick(relations)}), ${L("phone", v.phone(region))}`;
      })(),
    );
  }),
  neg("numbers that are not phones", () =>
    draft(
      pick([workChat(), mail()]),
      chatChannel(),
      cat([
        pick([
          `ISBN 978-${int(0, 3)}-${v.digits(3)}-${v.digits(5)}-${int(0, 9)} is the edition we cite`,
          `DOI 10.${int(1000, 9999)}/s${v.digits(5)}-0${int(20, 26)}-${v.digits(4)}-${int(0, 9)}`,
          `invoice ${int(2025, 2026)}-${v.digits(4)}-${v.digits(4)} paid on the 3rd`,
          `USPS tracking 9400 ${v.digits(4)} ${v.digits(4)} ${v.digits(4)} ${v.digits(4)} ${v.digits(2)}`,
          `error 0x${v.hex(8).toUpperCase()} when the installer starts`,
          `build ${int(2025, 2026)}${v.pad(int(1, 12))}${v.pad(int(1, 28))}.${int(1, 9)} is the release candidate`,
          `the batch took ${int(100, 999)} ${v.digits(3)} ms, way over budget`,
          `${v.logTime()} INFO  worker-${int(1, 9)} processed ${int(100, 9999)} events`,
          `revenue was ${int(1, 9)} ${v.digits(3)} ${v.digits(3)} € in Q${int(1, 4)}`,
        ]),
      ]),
    ),
  ),
  neg("at-signs that are not addresses", () =>
    draft(
      pick([editor("package.json"), terminal(), workChat()]),
      pick<Channel>(["typed", "screen"]),
      cat([
        pick([
          `git clone git@github.com:${pick(["halvard", "northwind"])}/${pick(["cordon", "billing-api", "infra"])}.git`,
          `npm i @faker-js/faker@10.6.0 @types/node@20.19.${int(1, 40)}`,
          "@Injectable()\nexport class AuditService {",
          `docker pull node@sha256:${v.hex(64)}`,
          "@here standup moved to 10:15",
          "@channel the office is closed on Friday",
          `deploy@build-${int(1, 9)}:~$ systemctl status collector`,
          'placeholder="name@example.com"',
        ]),
      ]),
    ),
  ),
  neg("shared role inbox talk", () =>
    draft(
      workChat(),
      chatChannel(),
      cat([
        ty(
          pick([
            "the contact form goes to the support queue, not to anyone's inbox",
            "phone numbers are validated with libphonenumber on the client",
            "we need a phone field on the signup form, optional",
            "please don't put customer emails in ticket titles",
            "the SMTP relay rejects mail without SPF alignment",
          ]),
        ),
      ]),
    ),
  ),
];

// ---------------------------------------------------------------- IP addresses

const userAgents = () =>
  pick([
    `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${int(118, 131)}.0.${int(5000, 6999)}.${int(10, 200)} Safari/537.36`,
    `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.${int(0, 6)} Safari/605.1.15`,
    `Mozilla/5.0 (X11; Linux x86_64; rv:${int(115, 133)}.0) Gecko/20100101 Firefox/${int(115, 133)}.0`,
  ]);
const ipAny = () => (chance(0.75) ? v.ipv4() : v.ipv6());

const network: Template[] = [
  pos("ip in prose", () =>
    draft(
      pick([workChat(), messenger()]),
      chatChannel(),
      pick([
        () => t`my home IP is ${L("ip", v.ipv4())}, can you add it to the allowlist?`,
        () =>
          t`${pick(["VPN keeps dropping, I'm on", "firewall blocked me from", "meine IP ist gerade", "mon IP publique c'est", "mi IP es"])} ${L("ip", ipAny())}`,
        () =>
          t`whitelist ${L("ip", v.ipv4())} for ${pick(["Anna", "the contractor", "me"])} please, hotel wifi`,
        () => t`login from ${L("ip", ipAny())} at 03:12 — that wasn't me`,
      ])(),
    ),
  ),
  pos("access log line", () => {
    const ip = ipAny();
    return draft(
      terminal(),
      pick<Channel>(["screen", "clipboard"]),
      t`${L("ip", ip)} - - [${int(1, 28)}/Mar/2026:${v.pad(int(0, 23))}:${v.pad(int(0, 59))}:${v.pad(int(0, 59))} +0000] "${pick(["GET", "POST"])} /api/v2/${pick(["events", "session", "export"])} HTTP/1.1" ${pick([200, 201, 401, 404, 502])} ${int(200, 90000)} "-" "${userAgents()}"`,
    );
  }),
  pos("sshd log", () =>
    draft(
      terminal(),
      "screen",
      t`Mar ${int(1, 28)} ${v.pad(int(0, 23))}:${v.pad(int(0, 59))}:${v.pad(int(0, 59))} bastion sshd[${int(1000, 99999)}]: ${pick(["Failed password for invalid user admin", "Accepted publickey for deploy", "Connection closed by authenticating user root"])} from ${L("ip", v.ipv4())} port ${int(1024, 65535)} ssh2`,
    ),
  ),
  pos("bug report with versions", () =>
    draft(
      jira(pick(["Export button does nothing", "Login loop on Safari", "Upload stalls at 99%"])),
      "typed",
      t`Browser: ${pick(["Chrome 124.0.6367.118", "Firefox 128.0.3", "Safari 17.4.1", "Edge 125.0.2535.51"])}\nOS: ${pick(["Windows 11 (10.0.22631)", "macOS 14.4.1", "Ubuntu 22.04"])}\nApp version: ${int(3, 9)}.${int(0, 30)}.${int(0, 12)}\nClient IP: ${L("ip", ipAny())}\nSteps: click Export, nothing happens.`,
    ),
  ),
  pos("forwarded header", () =>
    draft(
      terminal(),
      pick<Channel>(["screen", "clipboard"]),
      t`X-Forwarded-For: ${L("ip", v.ipv4())}, ${L("ip", v.ipv4())}\nX-Request-Id: ${v.uuid()}\nUser-Agent: ${userAgents()}`,
    ),
  ),
  pos("json log with ip", () =>
    draft(
      pick([terminal(), browser("Logs Explorer – Google Cloud")]),
      "screen",
      t`{"level":"warn","ts":"2026-0${int(1, 9)}-${v.pad(int(10, 28))}T${v.pad(int(0, 23))}:${v.pad(int(0, 59))}:${v.pad(int(0, 59))}.${v.digits(3)}Z","msg":"rate limited","remote_addr":"${L("ip", ipAny())}","node":"v20.${int(10, 19)}.${int(0, 9)}"}`,
    ),
  ),
  neg("version strings", () =>
    draft(
      pick([workChat(), terminal(), jira("Upgrade runtimes")]),
      chatChannel(),
      cat([
        pick([
          `Chrome/${int(118, 131)}.0.${int(5000, 6999)}.${int(10, 200)} is the minimum we test`,
          `Windows build 10.0.${int(19041, 26100)}.${int(100, 5000)} still has the bug`,
          `node v20.${int(10, 19)}.${int(0, 9)} / npm 10.${int(1, 9)}.${int(0, 3)}`,
          `bump libphonenumber-js 1.13.${int(1, 20)} -> 1.13.${int(21, 40)}`,
          `Firmware ${int(1, 9)}.${int(0, 20)}.${int(0, 9)}.${int(100, 999)} fixes the dock flicker`,
          `release ${int(2025, 2026)}.${int(1, 12)}.${int(1, 30)}.${int(1, 9)} is on the CDN`,
        ]),
      ]),
    ),
  ),
  neg("oids and section numbers", () =>
    draft(
      pick([editor("certs/policy.cnf"), confluence("PKI notes")]),
      "typed",
      cat([
        pick([
          `certificatePolicies = 1.3.6.1.4.1.${int(10000, 60000)}.1.${int(1, 9)}`,
          "extendedKeyUsage OID 1.3.6.1.5.5.7.3.1 (serverAuth)",
          `see section ${int(1, 9)}.${int(1, 9)}.${int(1, 9)}.${int(1, 9)} of the spec`,
          "SNMP walk 1.3.6.1.2.1.1.3.0 returns the uptime",
        ]),
      ]),
    ),
  ),
  neg("loopback and wildcard", () =>
    draft(
      terminal(),
      pick<Channel>(["typed", "screen"]),
      cat([
        pick([
          `curl http://127.0.0.1:${int(3000, 9000)}/healthz`,
          "listen 0.0.0.0:8080 — change to 127.0.0.1 in prod",
          "ingress: cidr 0.0.0.0/0 on port 443",
          "ssh -L 5432:localhost:5432 bastion",
          "ping ::1 works, the v6 stack is fine",
        ]),
      ]),
    ),
  ),
  neg("fingerprints and times", () =>
    draft(
      terminal(),
      "screen",
      cat([
        pick([
          `RSA key fingerprint is MD5:${Array.from({ length: 16 }, () => v.hex(2)).join(":")}.`,
          `ED25519 key fingerprint is SHA256:${v.from(v.base64Chars, 43)}.`,
          `${v.logTime()} WARN retry ${int(1, 5)}/5 after ${int(10, 90)}:${v.pad(int(0, 59))} backoff`,
          `uptime ${int(1, 99)} days, ${int(1, 23)}:${v.pad(int(0, 59))}, load average: 0.${v.digits(2)}, 0.${v.digits(2)}, 0.${v.digits(2)}`,
        ]),
      ]),
    ),
  ),
];

// ---------------------------------------------------------------- payment details

/** Digits that fail the Luhn check, for order numbers shaped like cards. */
function notLuhn(count: number): string {
  const body = `${v.int(1, 9)}${v.digits(count - 2)}`;
  return `${body}${(v.luhnDigit(body) + v.int(1, 9)) % 10}`;
}
const expiry = () => `${v.pad(int(1, 12))}/${int(27, 31)}`;
const ibanWords = [
  "IBAN",
  "IBAN:",
  "my IBAN is",
  "meine IBAN:",
  "mon IBAN :",
  "mi IBAN es",
  "mijn IBAN:",
  "il mio IBAN:",
  "moje IBAN:",
];
const bankApps = [
  "Chase",
  "Barclays",
  "Deutsche Bank",
  "BNP Paribas",
  "BBVA",
  "ING",
  "N26",
  "Revolut",
  "Wise",
  "Monzo",
];

const payments: Template[] = [
  pos("card in prose", () => {
    const [lead, word, valid, code] = pick([
      ["company card,", "card number", "exp", "CVC"],
      ["corporate Visa,", "card no.", "expires", "CVV"],
      ["Firmenkarte,", "Kartennummer", "gültig bis", "Prüfziffer"],
      ["carte pro,", "numéro de carte", "exp.", "crypto"],
      ["tarjeta de empresa,", "número de tarjeta", "cad.", "CVV"],
      ["zakelijke kaart,", "kaartnummer", "geldig tot", "CVC"],
      ["carta aziendale,", "numero carta", "scad.", "CVV"],
      ["karta firmowa,", "numer karty", "ważna do", "CVC"],
    ] as const);
    return draft(
      pick([messenger(), workChat(), mail("Travel booking")]),
      chatChannel(),
      pick([
        () => t`${lead} ${word} ${L("card", v.card())}, ${valid} ${expiry()}`,
        () => t`${lead} ${word} ${L("card", v.card())} ${expiry()} ${code} ${v.digits(3)}`,
        () => t`the Amex is ${L("card", v.card("amex"))}, expires ${expiry()}`,
        () =>
          t`${pick(["use my card for the hotel:", "book it on this one:"])} ${L("card", v.card())} ${expiry()}`,
      ])(),
    );
  }),
  pos("card in checkout", () =>
    draft(
      browser(
        pick([
          "Checkout – Payment",
          "Secure checkout | Booking.com",
          "Zahlung – Deutsche Bahn",
          "Paiement sécurisé – SNCF Connect",
          "Pago – Iberia",
        ]),
        pick([
          "https://www.booking.com/book.html",
          "https://checkout.stripe.com/c/pay/cs_live_",
          "https://www.bahn.de/buchung/zahlung",
          "https://www.sncf-connect.com/app/payment",
        ]),
      ),
      pick<Channel>(["typed", "keys"]),
      t`${L("card", v.card())}`,
    ),
  ),
  pos("iban in prose", () =>
    draft(
      pick([messenger(), workChat(), mail("Expense refund")]),
      chatChannel(),
      t`${pick(["for the expense refund:", "reimbursement pls to", "Erstattung bitte auf", "remboursement sur", "reembolso a", ""])} ${pick(ibanWords)} ${L("iban", v.iban())}${pick(["", " (N26)", " — thanks!", ", BIC folgt", ""])}`,
    ),
  ),
  pos("iban in payroll form", () =>
    draft(
      browser(
        pick([
          "Bank details – Payroll – Workday",
          "Bankverbindung – Personio",
          "Coordonnées bancaires – PayFit",
          "Datos bancarios – Factorial",
        ]),
      ),
      pick<Channel>(["typed", "keys"]),
      t`${L("iban", v.iban())}`,
    ),
  ),
  pos("invoice bank block", () => {
    const p = v.person();
    return draft(
      { app: pick(["Preview", "Adobe Acrobat", "Microsoft Word"]), title: `Rechnung_${int(100, 999)}.pdf` },
      pick<Channel>(["screen", "clipboard"]),
      t`${pick(["Kontoinhaber", "Account holder", "Titulaire du compte", "Titular"])}: ${L("name", p.full)}\nIBAN: ${L("iban", v.iban())}\nBIC: ${pick(["COBADEFFXXX", "BNPAFRPPXXX", "BBVAESMMXXX", "INGBNL2A", "NWBKGB2L"])}`,
    );
  }),
  pos("routing and account", () =>
    draft(
      pick([mail("Direct deposit"), workChat(), browser("Direct deposit – Gusto")]),
      chatChannel(),
      pick([
        () => t`routing ${L("routing-number", v.aba())}, account ${L("bank-account", v.bankAccount())}`,
        () =>
          t`ABA ${L("routing-number", v.aba())} / acct # ${L("bank-account", v.bankAccount())} (checking)`,
        () =>
          t`wire to routing no. ${L("routing-number", v.aba())}, account number ${L("bank-account", v.bankAccount())}, ${pick(["Chase", "Wells Fargo", "Bank of America", "Citibank"])}`,
      ])(),
    ),
  ),
  pos("direct deposit without bank words", () =>
    draft(
      browser(
        pick(["Direct Deposit Setup – Gusto", "Pay elections – ADP", "Payment elections – Workday"]),
        "https://app.gusto.com/employee/direct-deposit",
      ),
      pick<Channel>(["typed", "clipboard"]),
      t`${L("routing-number", v.aba())} ${pick(["/", " ", " - "])} ${L("bank-account", v.bankAccount())}`,
    ),
  ),
  pos("sort code and account", () =>
    draft(
      pick([messenger(), mail("Expense refund"), workChat()]),
      chatChannel(),
      t`${pick(["sort code", "Sort code:", "sc"])} ${L("routing-number", v.sortCode())}, ${pick(["account", "acc no", "a/c"])} ${L("bank-account", v.digits(8))}`,
    ),
  ),
  pos("account number in banking app", () =>
    draft(
      { app: pick(bankApps), title: `${pick(bankApps)} – Accounts` },
      "screen",
      t`${pick(["Checking", "Girokonto", "Compte courant", "Cuenta corriente"])} ····\n${pick(["Account number", "Kontonummer", "N° de compte", "Número de cuenta"])} ${L("bank-account", v.bankAccount())}\n${pick(["Balance", "Saldo", "Solde"])} ${v.money()}`,
    ),
  ),
  neg("masked cards", () =>
    draft(
      pick([mail("Your receipt"), browser("Payment methods – Amazon"), workChat()]),
      chatChannel(),
      cat([
        pick([
          `Visa •••• ${v.digits(4)} was charged ${int(9, 400)}.${v.digits(2)} €`,
          `card ending in ${v.digits(4)} expired, please update`,
          `**** **** **** ${v.digits(4)} (Mastercard) — default`,
          `Amex ending ${v.digits(5)}, exp ${expiry()}`,
          `XXXX-XXXX-XXXX-${v.digits(4)}`,
        ]),
      ]),
    ),
  ),
  neg("test cards in docs", () =>
    draft(
      pick([
        confluence("Payments: testing in sandbox"),
        editor("test/checkout.spec.ts"),
        browser("Testing | Stripe Documentation", "https://docs.stripe.com/testing"),
      ]),
      pick<Channel>(["screen", "typed"]),
      cat([
        pick([
          "Use 4242 4242 4242 4242 with any future date and any CVC for a successful payment in test mode.",
          "await page.fill('#card', '4000 0025 0000 3155'); // requires 3DS in the sandbox",
          "Declined: 4000 0000 0000 0002. Insufficient funds: 4000 0000 0000 9995.",
          "Mastercard test number 5555 5555 5555 4444, Amex 3782 822463 10005 (sandbox only)",
          "Adyen test card: 4111 1111 4555 1142, expiry 03/30, CVC 737",
        ]),
      ]),
    ),
  ),
  neg("example ibans in docs", () =>
    draft(
      pick([
        confluence("SEPA export format"),
        editor("src/sepa/validate.test.ts"),
        browser("IBAN – Wikipedia", "https://en.wikipedia.org/wiki/International_Bank_Account_Number"),
      ]),
      pick<Channel>(["screen", "typed"]),
      cat([
        pick([
          "Example from the spec: DE89 3704 0044 0532 0130 00 (valid checksum, not a real account).",
          "expect(isValidIban('GB82 WEST 1234 5698 7654 32')).toBe(true);",
          "Beispiel-IBAN für die Doku: DE02 1203 0000 0000 2020 51",
          "exemple : FR14 2004 1010 0505 0001 3M02 606",
          "Ejemplo: ES91 2100 0418 4502 0005 1332",
        ]),
      ]),
    ),
  ),
  neg("look-alike numbers", () =>
    draft(
      pick([workChat(), mail()]),
      chatChannel(),
      cat([
        pick([
          `order ${notLuhn(16).replace(/(\d{4})(?=\d)/g, "$1 ")} is still in transit`,
          `EAN 40${v.digits(11)} is the SKU for the docking station`,
          `creditor reference RF${v.digits(2)} ${v.digits(4)} ${v.digits(4)}`,
          `SWIFT/BIC ${pick(["COBADEFFXXX", "DEUTDEDBBER", "CRLYFRPP"])} for the supplier payment`,
          `PO-${int(2025, 2026)}-${v.digits(6)} approved by finance`,
          `cost center ${v.digits(6)}, GL account ${v.digits(6)}`,
        ]),
      ]),
    ),
  ),
];

// ---------------------------------------------------------------- secrets

const hosts = [
  "db.internal",
  "pg-prod-1.halvard.io",
  "db-replica-2",
  "mysql.staging.svc",
  "redis-primary",
  "mongo-rs0.northwind.local",
  "rabbit.ops",
];
const users = ["app", "deploy", "admin", "readonly", "svc_billing", "postgres", "root", "etl"];
const tokenLabel: Record<v.TokenKind, string> = {
  github: "GITHUB_TOKEN",
  "github-fine": "GH_PAT",
  gitlab: "GITLAB_TOKEN",
  "slack-bot": "SLACK_BOT_TOKEN",
  "slack-user": "SLACK_USER_TOKEN",
  stripe: "STRIPE_SECRET_KEY",
  "aws-id": "AWS_ACCESS_KEY_ID",
  "aws-secret": "AWS_SECRET_ACCESS_KEY",
  openai: "OPENAI_API_KEY",
  anthropic: "ANTHROPIC_API_KEY",
  google: "GOOGLE_API_KEY",
  npm: "NPM_TOKEN",
  sendgrid: "SENDGRID_API_KEY",
  twilio: "TWILIO_API_KEY",
  huggingface: "HF_TOKEN",
  pypi: "PYPI_TOKEN",
  digitalocean: "DIGITALOCEAN_TOKEN",
};

const secrets: Template[] = [
  pos("password in prose", () =>
    draft(
      pick([workChat(), messenger(), mail("Re: access request")]),
      chatChannel(),
      pick([
        () => t`the password is ${L("secret", v.password())}`,
        () =>
          t`temp pw for ${L("name", v.firstName())}: ${L("secret", v.password())} (change it on first login)`,
        () =>
          t`${pick(["Wi-Fi password:", "guest wifi pw", "WLAN-Passwort:", "mot de passe wifi :", "contraseña del wifi:"])} ${L("secret", v.password())}`,
        () =>
          t`${pick(["das Passwort für den Testaccount ist", "le mot de passe du compte admin c'est", "la contraseña es", "het wachtwoord is", "la password è", "hasło to", "lösenordet är"])} ${L("secret", v.password())}`,
        () => t`login admin / ${L("secret", v.password())} for the staging console`,
        () =>
          t`${pick(["my PIN is", "door code is", "PIN für die Karte:", "code de la carte :"])} ${L("secret", v.pin())}`,
      ])(),
    ),
  ),
  pos("command line", () => {
    const pw = v.password().replace(/['"\\$`!]/g, "x");
    const user = pick(users);
    const host = pick(hosts);
    return draft(
      terminal(),
      pick<Channel>(["typed", "keys", "screen", "clipboard"]),
      pick([
        () => t`mysql -u ${user} -p${L("secret", pw)} -h ${host} billing`,
        () => t`psql "host=${host} user=${user} password=${L("secret", pw)} dbname=events"`,
        () => t`sshpass -p '${L("secret", pw)}' ssh ${user}@${host}`,
        () =>
          t`curl -u ${user}:${L("secret", pw)} https://${pick(["nexus", "jenkins", "registry"])}.halvard.io/api/json`,
        () => t`docker login -u ${user} -p ${L("secret", pw)} registry.halvard.io`,
        () => t`./migrate --db-user=${user} --password=${L("secret", pw)} --host=${host}`,
        () => t`redis-cli -h ${host} -a ${L("secret", pw)} INFO`,
        () => t`export PGPASSWORD=${L("secret", pw)}`,
        () => t`mongosh "mongodb://${host}:27017" -u ${user} -p ${L("secret", pw)}`,
      ])(),
    );
  }),
  pos("connection string", () => {
    const pw = v.password().replace(/[@/:?#'"\\$`]/g, "x");
    const user = pick(users);
    const host = pick(hosts);
    const scheme = pick(["postgres", "postgresql", "mysql", "mongodb+srv", "redis", "amqp", "mssql"]);
    return draft(
      pick([editor(".env"), workChat(), terminal()]),
      pick<Channel>(["typed", "clipboard", "screen"]),
      t`${pick(["DATABASE_URL=", "url: ", "", "conn = "])}${scheme}://${user}:${L("secret", pw)}@${host}${pick([":5432/app", ":3306/shop", "/events?retryWrites=true", ":6379/0", ""])}`,
    );
  }),
  pos("env file", () => {
    const kind = pick(v.tokenKinds);
    return draft(
      editor(pick([".env", ".env.production", "docker-compose.override.yml"])),
      pick<Channel>(["typed", "clipboard", "screen"]),
      t`NODE_ENV=production\nLOG_LEVEL=info\n${tokenLabel[kind]}=${L("secret", v.token(kind))}\nPORT=${int(3000, 9000)}`,
    );
  }),
  pos("aws credentials", () =>
    draft(
      editor("~/.aws/credentials"),
      pick<Channel>(["screen", "clipboard", "typed"]),
      t`[${pick(["default", "prod", "billing-admin"])}]\naws_access_key_id = ${L("secret", v.token("aws-id"))}\naws_secret_access_key = ${L("secret", v.token("aws-secret"))}\nregion = ${pick(["eu-central-1", "eu-west-1", "us-east-1"])}`,
    ),
  ),
  pos("npmrc pypirc netrc", () =>
    draft(
      editor(pick(["~/.npmrc", "~/.pypirc", "~/.netrc"])),
      pick<Channel>(["screen", "clipboard", "typed"]),
      pick([
        () =>
          t`//registry.npmjs.org/:_authToken=${L("secret", v.token("npm"))}\n@halvard:registry=https://npm.pkg.github.com`,
        () => t`[pypi]\n  username = __token__\n  password = ${L("secret", v.token("pypi"))}`,
        () =>
          t`machine api.heroku.com\n  login ${pick(users)}\n  password ${L("secret", `${v.hex(8)}-${v.hex(4)}-${v.hex(4)}-${v.hex(4)}-${v.hex(12)}`)}`,
        () =>
          t`machine ${pick(["nexus.halvard.io", "git.northwind.local"])} login ${pick(users)} password ${L("secret", v.password().replace(/\s/g, ""))}`,
      ])(),
    ),
  ),
  pos("kubeconfig", () =>
    draft(
      editor("~/.kube/config"),
      pick<Channel>(["screen", "clipboard"]),
      t`users:\n- name: ${pick(["prod-admin", "ci-deployer"])}\n  user:\n    token: ${L("secret", v.jwt())}`,
    ),
  ),
  pos("token in chat", () => {
    const kind = pick(v.tokenKinds);
    return draft(
      pick([workChat(), messenger()]),
      chatChannel(),
      t`${pick(["here's the token:", "use this key for now:", "new API key", "hier der Token:", "voilà la clé :", "la clave:", "rotated it, new one is"])} ${L("secret", v.token(kind))}${pick(["", " — delete after", " 🙈", " (expires Friday)"])}`,
    );
  }),
  pos("bearer jwt", () =>
    draft(
      pick([terminal(), browser("Postman"), workChat()]),
      pick<Channel>(["typed", "clipboard", "screen"]),
      pick([
        () => t`curl -H "Authorization: Bearer ${L("secret", v.jwt())}" https://api.halvard.io/v2/me`,
        () => t`Authorization: Bearer ${L("secret", v.jwt())}`,
        () => t`this token works for me, try it: ${L("secret", v.jwt())}`,
      ])(),
    ),
  ),
  pos("pem private key", () =>
    draft(
      pick([editor("deploy_key"), workChat(), { app: "TextEdit", title: "key.txt" }]),
      pick<Channel>(["clipboard", "typed", "screen"]),
      t`${L("secret", v.pemPrivateKey())}`,
    ),
  ),
  pos("secret in code", () => {
    const kind = pick(v.tokenKinds);
    return draft(
      editor(pick(["src/client.ts", "settings.py", "config/app.rb", "main.go"])),
      pick<Channel>(["typed", "screen"]),
      pick([
        () => t`const client = new Client({ apiKey: "${L("secret", v.token(kind))}" });`,
        () => t`API_KEY = "${L("secret", v.token(kind))}"  # TODO move to vault`,
        () => t`token := "${L("secret", v.token(kind))}"`,
      ])(),
    );
  }),
  neg("placeholders", () =>
    draft(
      pick([editor(".env.example"), confluence("Local setup"), editor("README.md")]),
      pick<Channel>(["typed", "screen"]),
      cat([
        pick([
          "DB_PASSWORD=changeme\nAPI_KEY=<your-token>\nSECRET_KEY=xxxxxxxxxxxxxxxx",
          "export OPENAI_API_KEY=sk-...\n# paste your own key, never commit it",
          // biome-ignore lint/suspicious/noTemplateCurlyInString: a placeholder, as config files write it
          "password: ${DB_PASSWORD}",
          'curl -H "Authorization: Bearer <token>" https://api.example.com/v1/items',
          "GITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
          "mysql -u root -p   # it will prompt for the password",
          "STRIPE_SECRET_KEY=sk_live_your_key_here",
          // biome-ignore lint/suspicious/noTemplateCurlyInString: a placeholder, as config files write it
          "npm config set //registry.npmjs.org/:_authToken ${NPM_TOKEN}",
        ]),
      ]),
    ),
  ),
  neg("secret references", () =>
    draft(
      editor(pick(["settings.py", "deployment.yaml", "config.ts", "ci.yml"])),
      pick<Channel>(["typed", "screen"]),
      cat([
        pick([
          'DB_PASSWORD = os.environ["DB_PASSWORD"]',
          "const apiKey = process.env.API_KEY ?? throwMissing('API_KEY');",
          "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: billing-db\n        key: password",
          // biome-ignore lint/suspicious/noTemplateCurlyInString: a placeholder, as config files write it
          "token: ${{ secrets.NPM_TOKEN }}",
          "vault kv get -field=password secret/data/prod/billing-db",
          "ssh -i ~/.ssh/id_ed25519 deploy@bastion",
          "GOOGLE_APPLICATION_CREDENTIALS=/etc/keys/service-account.json",
          'echo "$REGISTRY_TOKEN" | docker login ghcr.io -u ci --password-stdin',
          "aws secretsmanager get-secret-value --secret-id prod/stripe/key",
        ]),
      ]),
    ),
  ),
  neg("public keys and certificates", () =>
    draft(
      pick([editor("authorized_keys"), workChat(), confluence("Bastion access")]),
      pick<Channel>(["clipboard", "typed", "screen"]),
      cat([
        pick([
          () => `${v.sshPublicKey()} ${pick(["deploy@ci-runner", "ansible@bastion", "build@mac-mini-03"])}`,
          () => v.certificate(),
          () => v.publicKeyPem(),
        ])(),
      ]),
    ),
  ),
  neg("hashes and ids", () =>
    draft(
      pick([terminal(), workChat(), jira("Flaky test")]),
      chatChannel(),
      cat([
        pick([
          () => `sha256:${v.hex(64)}`,
          () => `reverted ${v.hex(40)}, see PR #${int(100, 999)}`,
          () => `request id ${v.uuid()} timed out`,
          () => `etag "${v.hex(32)}"`,
          () => `next page: ?cursor=${v.cursor()}`,
          () => `${v.logTime()} ERROR job ${v.uuid()} failed`,
          () => `integrity sha512-${v.from(v.base64Chars, 86)}==`,
        ])(),
      ]),
    ),
  ),
  neg("password talk without a password", () =>
    draft(
      workChat(),
      chatChannel(),
      cat([
        ty(
          pick([
            "password reset link sent, check your spam folder",
            "the password policy now requires 14 characters",
            "I rotated the staging DB password, it's in 1Password under 'billing staging'",
            "never paste tokens in Slack, use the vault link",
            "das Passwort läuft alle 90 Tage ab, nervig",
            "mot de passe oublié ? passe par le portail SSO",
          ]),
        ),
      ]),
    ),
  ),
];

// ---------------------------------------------------------------- password fields

const loginPlaces = (): Place =>
  pick([
    browser("Sign in to your account", "https://login.microsoftonline.com/common/oauth2/v2.0/authorize"),
    browser("Sign in – Google Accounts", "https://accounts.google.com/v3/signin/challenge/pwd"),
    browser("Okta", "https://halvard.okta.com/login/login.htm"),
    browser("Online Banking Login – Deutsche Bank", "https://meine.deutsche-bank.de/trxm/db/"),
    browser("Log in | Atlassian", "https://id.atlassian.com/login"),
    { app: "1Password", title: "Unlock 1Password" },
    { app: "Cisco Secure Client", title: "Cisco Secure Client | vpn.halvard.io" },
    { app: "GlobalProtect", title: "GlobalProtect – Sign In" },
    { app: "Keychain Access", title: "Keychain Access" },
    { app: "Terminal", title: "sudo — zsh" },
  ]);

const passwordFields: Template[] = [
  pos("typed password", () => draft(loginPlaces(), "password", t`${v.password()}`)),
  pos("typed pin", () =>
    draft(
      pick([browser("Verify it's you – Revolut"), { app: "Windows Security", title: "Windows Hello PIN" }]),
      "password",
      t`${v.pin()}`,
    ),
  ),
  pos("passphrase", () =>
    draft(
      { app: pick(["KeePassXC", "Bitwarden", "GnuPG"]), title: "Enter passphrase" },
      "password",
      t`${[v.pick(["correct", "lunar", "paper", "stone"]), v.pick(["horse", "violet", "anchor", "tundra"]), v.pick(["battery", "ember", "cloud"]), String(int(10, 99))].join(" ")}`,
    ),
  ),
  neg("username field", () =>
    draft(
      loginPlaces(),
      "typed",
      cat([pick(["jdoe", "svc-deploy", "admin", "ops-ro", `emp${v.digits(6)}`, "guest"])]),
    ),
  ),
  neg("password manager search", () =>
    draft(
      { app: pick(["1Password", "Bitwarden", "KeePassXC"]), title: "All Items" },
      "typed",
      cat([pick(["github", "aws console", "staging db", "vpn", "jira", "wifi office", "netflix"])]),
    ),
  ),
  neg("password policy text", () =>
    draft(
      loginPlaces(),
      "screen",
      cat([
        pick([
          "Password must be at least 12 characters and include a number.",
          "Forgot your password? We'll email you a reset link.",
          "Das Passwort muss mindestens 10 Zeichen enthalten.",
          "Votre mot de passe a expiré. Choisissez-en un nouveau.",
        ]),
      ]),
    ),
  ),
];

// ---------------------------------------------------------------- health

const healthChat = [
  "can't make the 2pm, I have a follow-up with the cardiologist about my arrhythmia",
  "I was diagnosed with type 2 diabetes last month so I'm adjusting to metformin, bear with me",
  "out tomorrow for a colonoscopy, back Thursday",
  "my MRI showed a herniated disc at L4/L5, standing desk request incoming",
  "started sertraline two weeks ago and I'm really tired in the mornings",
  "I'm 14 weeks pregnant, telling the team after the scan next week",
  "therapy session every Tuesday at 4, I'll block it in the calendar",
  "my HbA1c came back at 7.4, doctor wants to up the dose",
  "had a panic attack before the demo, sorry for dropping off",
  "the biopsy results are benign 🙏 thanks for asking",
  "Ich bin bis Freitag krankgeschrieben, Bandscheibenvorfall",
  "hab morgen früh einen Termin beim Psychiater wegen der Depression",
  "je suis en arrêt maladie jusqu'à lundi, angine blanche",
  "rendez-vous chez le gynéco pour l'échographie du 2e trimestre",
  "estoy de baja por ansiedad, mi médica me ha dado dos semanas",
  "me operan de la rodilla el jueves (menisco)",
  "ik heb vanmiddag een afspraak bij de fysiotherapeut voor mijn knie",
  "ho la febbre a 39, domani non ci sono",
  "estou com enxaqueca forte, vou tomar o sumatriptano e deitar",
  "mam wizytę u endokrynologa w sprawie tarczycy",
  "jag är sjukskriven resten av veckan, utmattningssyndrom",
  "my asthma is flaring up with the smoke, I'll work from home with my inhaler",
  "got my ADHD diagnosis confirmed, starting on methylphenidate",
  "blood pressure was 160/100 at the check, GP put me on amlodipine",
];
const healthSearches = [
  "sertraline side effects weight gain",
  "metformin 500mg with alcohol",
  "early signs of miscarriage 8 weeks",
  "how long does recovery from ACL surgery take",
  "Ibuprofen 600 Wechselwirkung Blutdrucksenker",
  "burnout Krankschreibung wie lange",
  "endométriose traitement naturel",
  "síntomas de ansiedad en el trabajo",
  "hashimoto levothyroxine dose too high symptoms",
  "chemotherapy fatigue how long after last cycle",
];
const healthTitles = [
  "Lab results – MyChart",
  "Your appointment with the dermatologist – Doctolib",
  "Test results: HbA1c – NHS App",
  "Prescription renewal – CVS Pharmacy",
  "Rendez-vous confirmé – Doctolib",
  "Befund MRT Lendenwirbelsäule.pdf",
  "Cita con el especialista – Mi Salud",
  "Therapy session notes – BetterHelp",
  "Pregnancy week 20 – Flo",
  "Psychotherapie Erstgespräch – Terminbestätigung",
];

const health: Template[] = [
  pos("health in work chat", () =>
    draft(pick([workChat(), workChat(), mail("Out tomorrow")]), chatChannel(), cat([ty(pick(healthChat))]), [
      "health",
    ]),
  ),
  pos("health with a name", () => {
    const p = v.person();
    return draft(
      workChat(),
      chatChannel(),
      t`${L("name", p.first)} ${pick([
        "is out for surgery this week, she'll be back on the 20th",
        "is on sick leave after the heart attack, please don't ping him",
        "has chemo on Fridays, so let's keep Friday meetings optional for her",
        "ist wegen einer Gürtelrose krankgeschrieben",
        "est hospitalisée pour une appendicite",
        "tiene covid, la reunión la llevo yo",
      ])}`,
      ["health"],
    );
  }),
  pos("health search", () =>
    draft(
      browser(`${pick(healthSearches)} - Google Search`, "https://www.google.com/search"),
      pick<Channel>(["typed", "keys"]),
      cat([pick(healthSearches)]),
      ["health"],
    ),
  ),
  pos("health portal title", () =>
    draft({ app: pick(browserApps) }, "title", cat([pick(healthTitles)]), ["health"]),
  ),
  pos("health portal message", () =>
    draft(
      browser(pick(["Messages – MyChart", "Nachricht an die Praxis – Doctolib", "Message à votre médecin"])),
      "typed",
      cat([
        pick([
          "Hi doctor, the new dose of lisinopril makes me dizzy in the mornings, should I split it?",
          "Guten Tag, ich bräuchte ein neues Rezept für Levothyroxin 75 µg.",
          "Bonjour docteur, les résultats de ma prise de sang sont arrivés, pouvez-vous les regarder ?",
          "Could I move my physio appointment for the shoulder to next week?",
          "my glucose readings have been above 200 after dinner all week",
        ]),
      ]),
      ["health"],
    ),
  ),
  pos("health in personal messenger", () =>
    draft(
      messenger(pick(["Mum", "Mama", "Schatz", "Maman", "Papá"])),
      "typed",
      cat([
        pick([
          "the scan showed the tumour hasn't grown, oncologist is happy",
          "Arzt sagt es ist eine Lungenentzündung, ich nehme jetzt Antibiotika",
          "je sors de l'hôpital demain, ils ont retiré la vésicule",
          "the IVF transfer is on Monday, fingers crossed",
          "mi psiquiatra me ha cambiado la medicación",
        ]),
      ]),
      ["health"],
    ),
  ),
  pos("health in hr mail", () =>
    draft(
      mail(pick(["Sick note", "Krankmeldung", "Arrêt de travail"])),
      mailChannel(),
      cat([
        pick([
          "Hi, attached is my fit note from the GP — stress-related illness, signed off for 4 weeks.",
          "Anbei meine AU-Bescheinigung, Diagnose Migräne, voraussichtlich bis Mittwoch.",
          "Ci-joint mon arrêt de travail suite à mon opération de la hanche.",
          "Adjunto el parte de baja por la fractura de muñeca.",
        ]),
      ]),
      ["health"],
    ),
  ),
  neg("figurative health words", () =>
    draft(
      pick([workChat(), messenger()]),
      chatChannel(),
      cat([
        ty(
          pick([
            "this build is cancer, 40 minutes for a one-line change",
            "our launch post went viral on LinkedIn 🚀",
            "the codebase is sick, nobody touches the billing module",
            "Black Friday fever hit the checkout service again",
            "I'm allergic to meetings without an agenda",
            "that regex gives me a headache",
            "the bug is contagious, it spread to three services",
            "we need a shot in the arm for Q4 pipeline",
            "das Projekt liegt auf der Intensivstation, Budget gestrichen",
            "ce sprint était une vraie migraine",
            "la reunión fue un dolor de cabeza",
          ]),
        ),
      ]),
    ),
  ),
  neg("health checks in ops", () =>
    draft(
      pick([terminal(), workChat(), browser("Grafana – Service health")]),
      chatChannel(),
      cat([
        pick([
          "health check failed on pod collector-7d9f: readiness probe timeout",
          "heartbeat endpoint returns 503 since the deploy",
          "node is unhealthy, draining it",
          "virus scan completed, 0 threats",
          "liveness probe: GET /healthz every 10s",
          "the patch fixes a memory leak in the worker",
        ]),
      ]),
    ),
  ),
  neg("clinical words in code", () =>
    draft(
      editor(pick(["schema.prisma", "models/encounter.py", "fhir_mapper.ts"])),
      pick<Channel>(["typed", "screen"]),
      cat([
        pick([
          "model Patient {\n  id        String   @id\n  diagnosis Diagnosis[]\n  createdAt DateTime @default(now())\n}",
          "class Prescription(Base):\n    __tablename__ = 'prescriptions'\n    dosage_mg = Column(Integer)",
          "const icd10Pattern = /^[A-Z][0-9]{2}(\\.[0-9]{1,4})?$/;",
          "ALTER TABLE lab_results ADD COLUMN loinc_code varchar(10);",
          "// map FHIR Observation.valueQuantity to our measurement type",
        ]),
      ]),
    ),
  ),
  neg("health industry business talk", () =>
    draft(
      workChat(),
      chatChannel(),
      cat([
        ty(
          pick([
            "the hospital group wants SSO before they roll us out to 40 clinics",
            "pharma clients ask for GxP validation docs, who owns that?",
            "the Doctor Who marathon is on the offsite agenda lol",
            "ordered Dr. Martens for the team photo, don't ask",
            "new vending machine has vitamin water now",
          ]),
        ),
      ]),
    ),
  ),
];

// ---------------------------------------------------------------- HR

const ratings = [
  "1 – below expectations",
  "2/5",
  '"needs improvement"',
  "3 (meets)",
  "4 – exceeds",
  '"partially meets"',
];

const hr: Template[] = [
  pos("review with a name", () => {
    const p = v.person();
    return draft(
      pick([workChat(), mail("Calibration"), notion("Calibration notes H1")]),
      chatChannel(),
      pick([
        () =>
          t`${L("name", p.full)}: rating ${pick(ratings)} in calibration, manager wants to discuss promotion next cycle`,
        () =>
          t`performance review for ${L("name", p.first)} is done — ${pick(ratings)}, strong on delivery, weak on communication`,
        () =>
          t`Leistungsbeurteilung ${L("name", p.full)}: ${pick(["erfüllt Erwartungen nicht", "übertrifft Erwartungen", "teilweise erfüllt"])}`,
        () =>
          t`entretien annuel de ${L("name", p.full)} : objectifs non atteints, plan d'accompagnement à prévoir`,
        () =>
          t`evaluación de desempeño de ${L("name", p.first)}: ${pick(["por debajo de lo esperado", "excelente", "cumple"])}`,
        () => t`functioneringsgesprek met ${L("name", p.full)} verplaatst, beoordeling blijft "voldoende"`,
        () =>
          t`valutazione annuale di ${L("name", p.full)}: ${pick(["sotto le aspettative", "in linea", "eccellente"])}`,
      ])(),
      ["hr"],
    );
  }),
  pos("pip", () => {
    const p = v.person();
    return draft(
      pick([mail("Confidential – PIP"), workChat(), browser("Performance Improvement Plan – Lattice")]),
      mailChannel(),
      t`${pick(["We're putting", "HR approved putting", "Proposal: put"])} ${L("name", p.full)} on a ${pick(["60", "90", "30"])}-day performance improvement plan starting ${pick(["Monday", "the 1st", "next sprint"])}. ${pick(["Missed deadlines on 4 of 6 deliverables.", "Attendance issues since March.", "Second written warning on file."])}`,
      ["hr"],
    );
  }),
  pos("salary attached to a person", () => {
    const p = v.person();
    return draft(
      pick([
        workChat(),
        mail("Comp review"),
        { app: "Microsoft Excel", title: "comp_review_2027_CONFIDENTIAL.xlsx" },
      ]),
      chatChannel(),
      pick([
        () =>
          t`${L("name", p.full)} ${pick(["gets a raise to", "is moving to a base of", "new salary:"])} ${v.money()} ${pick(["from April", "+ 10% bonus", "effective next month", ""])}`,
        () =>
          t`offer for ${L("name", p.full)}: ${v.money()} base, ${int(5, 20)}% bonus, ${int(1000, 8000)} RSUs`,
        () => t`Gehaltserhöhung für ${L("name", p.first)} genehmigt: ${v.money("€")} brutto/Jahr`,
        () => t`augmentation de ${L("name", p.full)} validée : ${v.money("€")} brut annuel`,
        () =>
          t`${L("name", p.full)}\t${pick(["L4", "L5", "Senior", "Staff"])}\t${v.money()}\t${pick(["+4%", "+7.5%", "+0%", "+12%"])}`,
      ])(),
      ["hr"],
    );
  }),
  pos("bonus figure", () => {
    const p = v.person();
    return draft(
      pick([workChat(), mail("Bonus letters")]),
      chatChannel(),
      t`${L("name", p.first)}'s bonus this year is ${pick(["€", "$", "£"])}${int(2, 40)},${v.digits(3)} (${int(60, 140)}% of target)`,
      ["hr"],
    );
  }),
  pos("leave", () => {
    const p = v.person();
    return draft(
      pick([workChat(), browser("Time off – BambooHR"), browser("Abwesenheiten – Personio")]),
      chatChannel(),
      pick([
        () =>
          t`${L("name", p.full)} starts parental leave on ${int(1, 28)} ${pick(["May", "June", "Sept"])}, back in ${pick(["January", "spring"])}`,
        () => t`${L("name", p.first)} ist ab Montag in Elternzeit`,
        () => t`${L("name", p.first)} est en congé maternité jusqu'en mars`,
        () => t`unpaid leave request from ${L("name", p.full)} approved (family reasons)`,
      ])(),
      ["hr"],
    );
  }),
  pos("termination", () => {
    const p = v.person();
    return draft(
      pick([mail("Confidential"), workChat(), notion("People ops – offboarding")]),
      chatChannel(),
      pick([
        () => t`termination meeting with ${L("name", p.full)} on Friday at 4, IT to cut access at 4:30`,
        () =>
          t`we're letting ${L("name", p.first)} go, severance ${pick(["3", "6"])} months, please keep it quiet until Monday`,
        () => t`Kündigung für ${L("name", p.full)} ist raus, Freistellung ab sofort`,
        () => t`rupture conventionnelle signée avec ${L("name", p.full)}`,
        () => t`despido disciplinario de ${L("name", p.full)}: la carta sale mañana`,
        () => t`ontslag ${L("name", p.full)} per 1 juni, vaststellingsovereenkomst getekend`,
      ])(),
      ["hr"],
    );
  }),
  pos("hr document titles", () =>
    draft(
      { app: pick(["Adobe Acrobat", "Preview", "Google Chrome", "Microsoft Word"]) },
      "title",
      cat([
        pick([
          `Payslip_${pick(["March", "April", "Nov"])}_2026.pdf`,
          `Gehaltsabrechnung_${v.pad(int(1, 12))}_2026.pdf - Adobe Acrobat`,
          "Bulletin de paie – octobre 2026.pdf",
          "Nómina_septiembre_2026.pdf",
          "Offer Letter – Senior Data Engineer – CONFIDENTIAL.docx",
          "Performance Review H1 – Self assessment – Lattice",
          "Compensation – Merit Increase – Workday",
          "Termination checklist – Personio",
          "Loonstrook juni 2026.pdf",
          "Abmahnung_Entwurf.docx",
        ]),
      ]),
      ["hr"],
    ),
  ),
  pos("own hr matters", () =>
    draft(
      pick([messenger(), mail("Quick question")]),
      chatChannel(),
      cat([
        ty(
          pick([
            "my manager gave me a 2 in the review, I'm thinking about asking for a transfer",
            "got the offer letter: 92k base plus equity, should I negotiate?",
            "they turned down my promotion again, same feedback as last year",
            "HR called me in about the complaint from my team, I'm nervous",
            "ich habe heute meine Kündigung bekommen, betriebsbedingt",
            "on m'a proposé une rupture conventionnelle, je fais quoi ?",
            "me han bajado el sueldo un 10%, ¿es legal?",
          ]),
        ),
      ]),
      ["hr"],
    ),
  ),
  neg("hr words in engineering", () =>
    draft(
      pick([workChat(), terminal(), jira("Query slow on events")]),
      chatChannel(),
      cat([
        ty(
          pick([
            "performance review of the query planner: seq scan on events, needs an index",
            "terminate the pod and let the deployment recreate it",
            "promotion of the canary to 100% is scheduled for 14:00",
            "young generation objects get promoted to old space after two scavenges",
            "kill the child process before the parent exits",
            "fire the webhook again, the first delivery timed out",
            "we retire the v1 API on 30 June",
            "the job was terminated with exit code 137 (OOM)",
            "onboarding flow of the app drops 30% at step 2",
            "salary field in the demo dataset is random, don't worry",
            "master branch is protected, open a PR",
          ]),
        ),
      ]),
    ),
  ),
  neg("hr process without a person", () =>
    draft(
      pick([confluence("People handbook"), workChat()]),
      chatChannel(),
      cat([
        ty(
          pick([
            "the careers page has a typo in the Madrid job ad",
            "can someone book the big room for the hiring fair?",
            "Workday will be down Saturday for maintenance",
            "we're hiring 3 backend engineers in Madrid, referrals welcome",
            "all hands: Q3 results and the new office in Lyon",
            "das neue Büro hat endlich Fahrradständer",
          ]),
        ),
      ]),
    ),
  ),
  neg("sports and games", () =>
    draft(
      pick([messenger(), workChat()]),
      chatChannel(),
      cat([
        ty(
          pick([
            "Leeds got promoted! 🎉",
            "the coach was sacked after the derby",
            "our 5-a-side team fired the goalkeeper (he never showed up)",
            "the fantasy league bonus round starts tonight",
          ]),
        ),
      ]),
    ),
  ),
];

// ---------------------------------------------------------------- personal life

const relatives = [
  "my daughter",
  "my son",
  "my wife",
  "my husband",
  "my partner",
  "my sister",
  "my brother",
  "my mum",
  "my dad",
];

const personal: Template[] = [
  pos("family in work chat", () => {
    const kid = v.firstName();
    return draft(
      workChat(),
      chatChannel(),
      pick([
        () => t`leaving at 3 today, ${pick(["my daughter", "my son"])} ${L("name", kid)} has a school play`,
        () => t`sorry, late — ${pick(relatives)} ${L("name", kid)} missed the bus again`,
        () => t`muss ${L("name", kid)} heute von der Kita abholen, bin ab 16 Uhr weg`,
        () => t`je dois récupérer ${L("name", kid)} à la crèche, je reviens à 17h`,
        () => t`tengo que llevar a ${L("name", kid)} al pediatra, vuelvo en una hora`,
      ])(),
    );
  }),
  pos("family health in work chat", () =>
    draft(
      workChat(),
      chatChannel(),
      cat([
        ty(
          pick([
            "my dad had a stroke last night, I'm driving to the hospital, will be offline",
            "my wife is in labour!! see you all in two weeks",
            "my son has chickenpox so I'm working from home this week",
            "mein Vater hat Demenz, ich muss mich ab nächster Woche mehr kümmern",
            "ma mère est en soins palliatifs, je prends quelques jours",
          ]),
        ),
      ]),
      ["health"],
    ),
  ),
  pos("personal address to family", () => {
    const a = v.address(pick(["US", "GB", "DE", "FR", "ES"] as const));
    return draft(
      messenger(pick(["Mum", "Oma", "Papi", "Abuela", "Sis"])),
      "typed",
      t`${pick(["the new flat is", "unsere neue Adresse:", "notre nouvelle adresse :", "la casa nueva está en"])} ${L("address", inline(a))} ${pick(["😊", "!", "— come visit", ""])}`,
    );
  }),
  pos("personal phone to a friend", () => {
    const region = pick(regions);
    const p = v.person();
    return draft(
      messenger(p.first),
      "typed",
      t`${pick(["this is my new number", "neue Nummer", "mon nouveau numéro", "mi número nuevo"])}: ${L("phone", v.phone(region))}, ${pick(["delete the old one", "alte löschen", "efface l'ancien", "borra el otro"])}`,
    );
  }),
  pos("friend named in a messenger", () => {
    const p = v.person();
    return draft(
      messenger(pick(["Family", "Besties", "Hiking crew", "Les copains"])),
      "typed",
      t`${pick(["did anyone hear from", "has", "weiß jemand ob", "quelqu'un a des nouvelles de"])} ${L("name", p.full)} ${pick(["since the breakup?", "got the flat?", "noch im Krankenhaus ist?", "depuis son déménagement ?"])}`,
    );
  }),
  pos("dating and private plans", () => {
    const p = v.person();
    return draft(
      messenger(p.first),
      "typed",
      t`${pick(["dinner with", "second date with", "Kino mit", "rendez-vous avec"])} ${L("name", p.first)} ${pick(["on Friday 😍", "tonight, wish me luck", "am Samstag", "ce soir"])}`,
    );
  }),
  neg("work talk in a messenger", () =>
    draft(
      messenger(pick(["Work crew", "Dev team", "Ops"])),
      "typed",
      cat([
        ty(
          pick([
            "can you push the release tag? I'm on the train",
            "standup moved to 10, the client call overlaps",
            "the staging deploy failed again, looking now",
            "Build ist rot, kannst du mal schauen?",
            "la démo est à 15h, j'ai mis à jour les slides",
            "¿subiste ya los cambios del checkout?",
            "PR is approved, merging after lunch",
            "de sprint review is verplaatst naar donderdag",
          ]),
        ),
      ]),
    ),
  ),
  neg("small talk without anything personal", () =>
    draft(
      pick([workChat(), messenger()]),
      chatChannel(),
      cat([
        ty(
          pick([
            "anyone up for lunch at the Thai place?",
            "the coffee machine on 3 is fixed ☕",
            "great weather for the offsite tomorrow",
            "who took my stapler 😂",
            "Kuchen in der Küche, bedient euch",
            "il pleut encore, télétravail demain ?",
          ]),
        ),
      ]),
    ),
  ),
  neg("plans without people", () =>
    draft(
      messenger(),
      "typed",
      cat([
        ty(
          pick([
            "train is delayed 20 min, start without me",
            "bought the concert tickets, row 12",
            "the gym is closed on Monday",
            "recipe for the lasagne is in the shared note",
          ]),
        ),
      ]),
    ),
  ),
];

// ---------------------------------------------------------------- prompts to AI assistants

const assistantPlaces = (): Place =>
  pick<Place>([
    { app: "ChatGPT", title: "ChatGPT" },
    { app: "Claude", title: "Claude" },
    browser("ChatGPT", `https://chatgpt.com/c/${v.uuid()}`),
    browser("Claude", `https://claude.ai/chat/${v.uuid()}`),
    browser("Gemini", `https://gemini.google.com/app/${v.hex(16)}`),
    browser("Microsoft Copilot", `https://copilot.microsoft.com/chats/${v.from(v.alnum, 20)}`),
    browser("Perplexity", `https://www.perplexity.ai/search/${v.from(v.alnum, 22)}`),
    browser("Le Chat – Mistral AI", `https://chat.mistral.ai/chat/${v.uuid()}`),
    { app: "Microsoft Copilot", title: "Copilot" },
    { app: "Visual Studio Code", title: "GitHub Copilot Chat — cordon" },
  ]);

const promptTexts = [
  "rewrite this paragraph so it sounds less defensive, it's for a customer escalation",
  "explain the difference between a B-tree and an LSM tree like I'm a product manager",
  "write a SQL query that returns the top 10 customers by revenue per quarter",
  "summarise the attached meeting notes into 5 bullet points with owners",
  "fasse diese E-Mail in drei Sätzen zusammen und mach sie höflicher",
  "traduis ce texte en anglais en gardant un ton formel",
  "escribe un correo para pedir una prórroga del plazo de entrega",
  "why does my TypeScript build fail with TS2589 type instantiation is excessively deep",
  "give me 5 names for an internal analytics tool, short and not cheesy",
  "vat dit rapport samen in 200 woorden voor het managementteam",
  "scrivi una descrizione del prodotto per il nostro nuovo modulo di fatturazione",
  "napisz krótkie podsumowanie tego raportu kwartalnego",
  "review this Terraform and point out security issues",
];

const prompts: Template[] = [
  pos("work prompt", () => draft(assistantPlaces(), "prompt", cat([ty(pick(promptTexts))]), ["prompt"])),
  pos("prompt with pasted contact", () => {
    const p = v.person();
    return draft(
      assistantPlaces(),
      "prompt",
      t`draft a polite follow-up to ${L("name", p.full)} (${L("email", p.email)}) about the overdue invoice, mention we spoke last week`,
      ["prompt"],
    );
  }),
  pos("prompt about an employee", () => {
    const p = v.person();
    return draft(
      assistantPlaces(),
      "prompt",
      t`help me write feedback for ${L("name", p.first)}, who ${pick(["missed three deadlines this quarter", "is up for promotion", "keeps interrupting in meetings"])}. keep it constructive`,
      ["prompt", "hr"],
    );
  }),
  pos("prompt about own health", () =>
    draft(
      assistantPlaces(),
      "prompt",
      cat([
        pick([
          "I've had chest tightness and a racing heart for two days, is this anxiety or should I see a doctor?",
          "my blood test shows ferritin 9, what should I eat and should I take iron tablets?",
          "ich bin in der 10. Schwangerschaftswoche und habe Blutungen, ist das normal?",
          "explain my MRI report in plain words: 'mild disc bulge L5-S1 with foraminal narrowing'",
        ]),
      ]),
      ["prompt", "health"],
    ),
  ),
  pos("prompt with pasted log", () =>
    draft(
      assistantPlaces(),
      "prompt",
      t`why is this failing? ${L("ip", v.ipv4())} - - "POST /api/login HTTP/1.1" 401 — happens only from the office network`,
      ["prompt"],
    ),
  ),
  pos("prompt with a secret pasted", () => {
    const kind = pick(v.tokenKinds);
    return draft(
      assistantPlaces(),
      "prompt",
      t`this curl returns 403, what am I doing wrong: curl -H "Authorization: Bearer ${L("secret", v.token(kind))}" https://api.halvard.io/v1/items`,
      ["prompt"],
    );
  }),
  pos("prompt in another language", () =>
    draft(
      assistantPlaces(),
      "prompt",
      cat([
        pick([
          "corrige l'orthographe de ce message à mon équipe",
          "¿cómo puedo estructurar una presentación de resultados trimestrales?",
          "ajude-me a preparar perguntas para uma entrevista de emprego",
          "hjälp mig skriva en inbjudan till kickoffen i januari",
          "przetłumacz ten e-mail na niemiecki",
        ]),
      ]),
      ["prompt"],
    ),
  ),
  neg("question in a search engine", () => {
    const q = pick([
      "how tall is the eiffel tower",
      "capital of australia",
      "tokyo time now",
      "EUR to USD",
      "how to rebase interactively",
      "wie lange kocht man Eier",
      "population of madrid",
      "quelle est la date de la fête nationale",
      "postgres jsonb index",
    ]);
    return draft(
      browser(`${q} - ${pick(["Google Search", "Bing", "DuckDuckGo"])}`, "https://www.google.com/search"),
      pick<Channel>(["typed", "keys"]),
      cat([q]),
    );
  }),
  neg("question to colleagues", () =>
    draft(
      workChat(),
      chatChannel(),
      cat([
        ty(
          pick([
            "anyone know how to rebase without losing the merge commits?",
            "what's the capital of Australia again? pub quiz argument",
            "does the VPN work from China or do I need a travel laptop?",
            "who knows the wifi situation at the Lisbon venue?",
          ]),
        ),
      ]),
    ),
  ),
  neg("assistant window titles", () =>
    draft(
      { app: pick(browserApps) },
      "title",
      cat([
        pick([
          "ChatGPT",
          "Claude",
          "Gemini",
          "Perplexity",
          "Le Chat – Mistral AI",
          "Microsoft Copilot: Your AI companion",
        ]),
      ]),
    ),
  ),
  neg("prompts as code", () =>
    draft(
      editor(pick(["src/llm/summarise.ts", "prompts.py"])),
      pick<Channel>(["typed", "screen"]),
      cat([
        pick([
          "const systemPrompt = `You are a helpful assistant that summarises tickets.`;",
          'PROMPT_TEMPLATE = "Summarise the following text in {n} bullets:\\n{text}"',
          "export const maxPromptTokens = 8192;",
          "// TODO: move prompts into the prompt registry",
        ]),
      ]),
    ),
  ),
  neg("talk about assistants", () =>
    draft(
      pick([workChat(), confluence("AI usage policy")]),
      chatChannel(),
      cat([
        ty(
          pick([
            "ChatGPT Enterprise is approved, Claude is still in procurement",
            "please don't paste customer data into Gemini",
            "Copilot licences renew in March, 40 seats",
            "Perplexity is down again lol",
          ]),
        ),
      ]),
    ),
  ),
];

// ---------------------------------------------------------------- families

export const fifthFamilies: readonly { name: string; count: number; templates: readonly Template[] }[] = [
  { name: "names", count: 330, templates: names },
  { name: "addresses", count: 240, templates: addresses },
  { name: "passports", count: 180, templates: passports },
  { name: "national-ids", count: 260, templates: nationalIds },
  { name: "contacts", count: 260, templates: contacts },
  { name: "network", count: 180, templates: network },
  { name: "payments", count: 280, templates: payments },
  { name: "secrets", count: 330, templates: secrets },
  { name: "password-fields", count: 120, templates: passwordFields },
  { name: "health", count: 220, templates: health },
  { name: "hr", count: 230, templates: hr },
  { name: "personal-life", count: 150, templates: personal.map(asConversation) },
  { name: "prompts", count: 220, templates: prompts },
];

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
 * The tenth evaluation corpus: written at the start of round nine by a helper
 * who had read neither the detectors nor any earlier corpus's templates or
 * values. Fourteen families of about 215 items, a quarter of each from its
 * hard negatives; every value is made up here (see values.ts).
 *
 * Labelling calls, where a label could be argued:
 * - A first name alone that points at a particular person ("picking up Femke")
 *   is a name; the same word as a brand, place, product, CI server or a
 *   documentation placeholder ("Jane Doe", "Max Mustermann") is not.
 * - What is typed into a password field is labelled as what it is: a password
 *   or PIN is a secret over its whole length; a user name or e-mail typed there
 *   by mistake keeps its own label (an e-mail) or none, and the item is
 *   prohibited as a password field either way.
 * - Role and system mailboxes (noreply@, support@, invoices@, a team list) are
 *   not a person's e-mail; addresses at example.com/.org/.net are placeholders.
 * - A company's switchboard, toll-free or service number is not a phone label;
 *   a named person's direct line or mobile is, in any format.
 * - A company's registered postal address is still an address: the kind is
 *   postal, not whose it is.
 * - A UK sort code is labelled routing-number; the account number beside it
 *   bank-account. A BIC alone is not a value label (it names a bank).
 * - Issuers' published test numbers (4242 4242 4242 4242, the IBAN
 *   DE89 3704 0044 0532 0130 00), masked numbers (•••• 4417) and format masks
 *   (XXX-XX-XXXX) are hard negatives.
 * - Public keys and certificates, hashes, request ids, lockfile integrity
 *   values and references to secrets (process.env.X, ${{ secrets.X }},
 *   <YOUR_API_KEY>, ********) are not secrets. A door, safe or phone PIN and a
 *   Wi-Fi password are (they grant access).
 * - Loopback, 0.0.0.0, netmasks, documentation ranges (192.0.2.0/24,
 *   198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32), OIDs, four-part versions
 *   and user-agent build numbers are not host addresses; private-range hosts are.
 * - Maternity or paternity leave is hr; when it reveals a pregnancy it is
 *   health too. A sick note sent to HR is health and hr.
 * - A database schema or job posting that names HR fields (salary_band,
 *   "Gehalt") without a person's data is not hr; a named candidate's or
 *   employee's pay, rating, leave or dismissal is.
 * - Personal life typed into work chat or a messenger is prompt; work talk in
 *   a messenger is not, even in a personal messenger (WhatsApp, Signal).
 * - Window titles and URLs of AI assistants are not prompts (only text typed
 *   into the assistant is); a LinkedIn or Calendly slug is the person's name.
 * - One's own health told in chat is health, not prompt (the prompt rule names
 *   family, dating, friends and home life); a family member's illness told in
 *   chat is both. A sick-day notice is health and hr (it is sick leave).
 * - Fictional characters, book titles and buildings named after people are not
 *   names; a name inside an encoded URL or a passport's machine-readable zone
 *   is (the MRZ's first line is labelled name, its second line passport).
 * - A broadcast address beside a host's address (brd 10.0.0.255) is left
 *   unlabelled; so is the card's CVC beside a labelled card number.
 * - Company-wide matters with no person in them (a hiring freeze, public
 *   holidays, a travel policy, a company health day) are not hr or health.
 */

// ---------------------------------------------------------------- places and helpers

const { pick, chance, int } = v;

const browsers = [
  "Google Chrome",
  "Firefox",
  "Safari",
  "Microsoft Edge",
  "Brave Browser",
  "Vivaldi",
  "Opera",
];
const web = (title: string, url?: string): Place => ({
  app: pick(browsers),
  title,
  ...(url === undefined ? {} : { url }),
});
const workChat = (): Place =>
  pick([
    {
      app: "Slack",
      title: `${pick(["#platform", "#ops-alerts", "#marketing-fr", "#vertrieb", "#dev-ios", "#random"])} - Hallbrook - Slack`,
    },
    { app: "Slack", title: "Direct message - Hallbrook - Slack" },
    {
      app: "Microsoft Teams",
      title: pick([
        "Chat | Microsoft Teams",
        "Finance DACH | General | Microsoft Teams",
        "Chat with team | Microsoft Teams",
      ]),
    },
    { app: "Google Chat", title: "Google Chat" },
    { app: "Mattermost", title: pick(["Town Square - Mattermost", "backend - Mattermost"]) },
  ]);
const messenger = (): Place =>
  pick([
    { app: "WhatsApp", title: "WhatsApp" },
    { app: "Signal", title: "Signal" },
    { app: "Telegram", title: "Telegram" },
    { app: "Messages", title: "Messages" },
    { app: pick(browsers), title: "WhatsApp", url: "https://web.whatsapp.com/" },
    { app: "Messenger", title: "Messenger" },
  ]);
const mail = (subject: string): Place =>
  pick([
    { app: "Microsoft Outlook", title: `${subject} - Message (HTML)` },
    { app: "Mail", title: subject },
    { app: "Thunderbird", title: `Write: ${subject} - Thunderbird` },
    {
      app: pick(browsers),
      title: `${subject} - Gmail`,
      url: "https://mail.google.com/mail/u/0/#inbox?compose=new",
    },
  ]);
const editor = (file: string): Place =>
  pick([
    { app: "Code", title: `${file} — cordon-infra — Visual Studio Code` },
    { app: "IntelliJ IDEA", title: `billing-service – ${file}` },
    { app: "Sublime Text", title: `${file} — ~/src` },
    { app: "Zed", title: file },
  ]);
const terminal = (): Place =>
  pick([
    { app: "Terminal", title: "ops — -zsh — 120×40" },
    { app: "iTerm2", title: "ssh bastion" },
    { app: "Windows Terminal", title: "PowerShell" },
    { app: "Konsole", title: "~ : bash — Konsole" },
  ]);
const document = (name: string): Place =>
  pick([
    { app: "Microsoft Word", title: `${name}.docx - Word` },
    {
      app: pick(browsers),
      title: `${name} - Google Docs`,
      url: `https://docs.google.com/document/d/1${v.alnums(30)}/edit`,
    },
    { app: "Notion", title: name },
    { app: "LibreOffice Writer", title: `${name}.odt - LibreOffice Writer` },
    { app: "Pages", title: `${name}.pages` },
  ]);
const sheet = (name: string): Place =>
  pick([
    { app: "Microsoft Excel", title: `${name}.xlsx - Excel` },
    {
      app: pick(browsers),
      title: `${name} - Google Sheets`,
      url: `https://docs.google.com/spreadsheets/d/1${v.alnums(30)}/edit#gid=0`,
    },
    { app: "Numbers", title: `${name}.numbers` },
    { app: "LibreOffice Calc", title: `${name}.csv - LibreOffice Calc` },
  ]);
const tracker = (key: string): Place =>
  pick([
    { app: pick(browsers), title: `[${key}] - Jira`, url: `https://hallbrook.atlassian.net/browse/${key}` },
    { app: "Linear", title: `${key} · Linear` },
    {
      app: pick(browsers),
      title: `Issue · ${key} · GitLab`,
      url: `https://gitlab.hallbrook.io/platform/core/-/issues/${int(100, 9999)}`,
    },
  ]);
/** An AI assistant, as an app or a tab; text typed there is always a prompt. */
const assistant = (): Place =>
  pick([
    { app: "ChatGPT", title: "ChatGPT" },
    { app: "Claude", title: "Claude" },
    { app: pick(browsers), title: "Gemini", url: "https://gemini.google.com/app" },
    { app: "Microsoft Copilot", title: "Copilot" },
    { app: pick(browsers), title: "Perplexity", url: "https://www.perplexity.ai/" },
    { app: pick(browsers), title: "Le Chat - Mistral AI", url: "https://chat.mistral.ai/chat" },
    { app: pick(browsers), title: "ChatGPT", url: "https://chatgpt.com/" },
  ]);

const draft = (place: Place, channel: Channel, body: Composed, topics: Topic[] = []): Draft => ({
  place,
  channel,
  body: channel === "typed" || channel === "keys" || channel === "prompt" ? roughen(body) : body,
  topics,
});

/**
 * People type in a hurry: now and then everything outside the labelled values
 * goes lower case, two neighbouring letters swap, or the closing full stop is
 * left off. Labelled values are never touched, so their offsets stay exact.
 */
function roughen(body: Composed): Composed {
  const inLabel = (index: number) => body.labels.some((label) => label.start <= index && index < label.end);
  let chars = [...body.text];
  // Code points and UTF-16 offsets differ for emoji; only roughen texts where they agree.
  if (chars.length !== body.text.length) return body;
  // Code, configuration and commands are typed with care (or pasted): leave them be.
  if (/[\n=;{}`$]|:\/\//.test(body.text)) return body;
  if (chance(0.2)) {
    chars = chars.map((ch, i) => {
      const lower = ch.toLowerCase();
      return !inLabel(i) && lower.length === 1 ? lower : ch;
    });
  }
  if (chance(0.15)) {
    for (let attempt = 0; attempt < 8; attempt++) {
      const i = int(1, Math.max(1, chars.length - 3));
      const here = chars[i] ?? "";
      const next = chars[i + 1] ?? "";
      if (/\p{L}/u.test(here) && /\p{L}/u.test(next) && here !== next && !inLabel(i) && !inLabel(i + 1)) {
        chars[i] = next;
        chars[i + 1] = here;
        break;
      }
    }
  }
  let text = chars.join("");
  if (chance(0.3) && /[.!]$/.test(text) && !body.labels.some((label) => label.end >= text.length)) {
    text = text.slice(0, -1);
  }
  return { text, labels: body.labels };
}
/** Typed into an AI assistant: a prompt whatever else it is. */
const prompt = (body: Composed, topics: Topic[] = []): Draft =>
  draft(assistant(), pick(["prompt", "prompt", "typed", "keys"] as const), body, [...topics, "prompt"]);
const pos = (name: string, make: () => Draft): Template => ({ name, make: () => make() });
const neg = (name: string, make: () => Draft): Template => ({ name, negative: true, make: () => make() });
const plain = (text: string): Composed => t`${text}`;
/** Composed pieces one after another, their labels moved to their new offsets. */
function cat(...parts: Composed[]): Composed {
  let text = "";
  const labels: Composed["labels"] = [];
  for (const part of parts) {
    for (const label of part.labels)
      labels.push({ ...label, start: label.start + text.length, end: label.end + text.length });
    text += part.text;
  }
  return { text, labels };
}
const jiraKey = () => `${pick(["PLAT", "PAY", "WEB", "OPS", "CRM", "DATA"])}-${int(100, 9999)}`;
const time = () => `${v.pad2(int(7, 22))}:${v.pad2(int(0, 59))}`;
const day = () => `${v.pad2(int(1, 28))}.${v.pad2(int(1, 12))}.2026`;
const isoDay = () => `2026-${v.pad2(int(1, 12))}-${v.pad2(int(1, 28))}`;
const euro = () => `${int(1, 99)}.${int(100, 999)} €`;

// ---------------------------------------------------------------- 1. personal life in chat

const personalChat: Family = {
  name: "personal-chat",
  count: 215,
  templates: [
    neg("relationship words about vendors and clients", () =>
      draft(
        pick([workChat(), messenger()]),
        "typed",
        plain(
          pick([
            "our relationship with the partner agency is getting tense, let's escalate to procurement",
            "the client wants to break up the contract into two phases",
            "Wir sollten die Beziehung zu dem Lieferanten nicht gefährden, die Preise sind gut",
            "on a un rendez-vous avec le fournisseur jeudi pour renégocier",
            "hemos quedado con el cliente el lunes para cerrar el acuerdo",
          ]),
        ),
      ),
    ),
    pos("weekend recap in more languages", () =>
      draft(
        pick([workChat(), messenger()]),
        "typed",
        plain(
          pick([
            "vi var i sommerhuset hele weekenden, børnene elskede det",
            "am fost la nunta verișoarei mele, am dansat până la 4 dimineața",
            "το Σαββατοκύριακο πήγαμε στο χωριό της γιαγιάς μου",
            "週末は彼女の実家に挨拶に行ってきた、緊張した…",
            "a hétvégén költöztünk, még mindig dobozok között élünk",
            "fim de semana com os sogros em Braga, sobrevivi 😅",
            "w weekend byliśmy u teściów na chrzcinach",
            "i helgen firade vi pappas 70-årsdag",
            "weekend dai miei a Bari, mia sorella si sposa a giugno!",
          ]),
        ),
        ["prompt"],
      ),
    ),
    pos("pet and home worries", () =>
      draft(
        messenger(),
        pick(["typed", "keys"] as const),
        plain(
          pick([
            "the cat threw up on the sofa again, can you book the vet for saturday",
            "der Hund hat den Gartenzaun ausgebuddelt 🙈 Nachbar ist sauer",
            "le chauffe-eau est en panne, douche froide pour tout le monde",
            "hemos adoptado un gato!! se llama Churro",
            "onze buren geven zaterdag een feestje, gaan we?",
          ]),
        ),
        ["prompt"],
      ),
    ),
    pos("kid logistics in work chat", () => {
      const kid = v.firstName();
      return draft(
        workChat(),
        "typed",
        pick([
          t`have to leave at 4 today, ${L("name", kid)} has her school play and i promised i'd be in the front row`,
          t`Bin ab 15 Uhr weg, muss ${L("name", kid)} aus der Kita holen, mein Mann ist auf Dienstreise`,
          t`je dois récupérer ${L("name", kid)} à la crèche, elle a encore de la fièvre… je me reconnecte ce soir`,
          t`mañana llego tarde, llevo a ${L("name", kid)} al dentista a las 9`,
          t`ik ben er morgen pas om 10 uur, ${L("name", kid)} heeft een ouderavond en mijn vriendin werkt`,
          t`oggi esco prima, ${L("name", kid)} ha la recita di Natale`,
          t`dzisiaj wychodzę wcześniej, ${L("name", kid)} ma urodziny i robimy imprezę w domu`,
          t`jag går 15.30 idag, ska hämta ${L("name", kid)} på förskolan`,
        ]),
        ["prompt"],
      );
    }),
    pos("dating talk in a messenger", () =>
      draft(
        messenger(),
        pick(["typed", "keys", "typed"] as const),
        plain(
          pick([
            "ok so the date went really well?? he's taking me to that ramen place saturday 😊",
            "ugh she never texted back after the second date. am i overthinking",
            "er hat mich gefragt ob wir zusammenziehen wollen… nach 4 monaten!!",
            "on se voit ce soir ? j'ai réservé au petit italien près de chez toi ❤️",
            "tengo una cita el viernes con el chico del gimnasio jajaja no se que ponerme",
            "ik heb hem op Hinge leren kennen, we gaan zondag wandelen",
            "stasera cena con lui, incrociamo le dita",
            "tinder match z wczoraj napisał do mnie w końcu 🙈",
            "vi har varit ihop i ett år idag!! middag på Tranan ikväll",
            "eu acho que ela gosta de mim, convidou-me para o concerto de sábado",
          ]),
        ),
        ["prompt"],
      ),
    ),
    pos("home life vent in work chat", () =>
      draft(
        workChat(),
        pick(["typed", "clipboard"] as const),
        plain(
          pick([
            "sorry for the delay, the landlord finally showed up about the mould in the bathroom and we had a massive argument",
            "unser Vermieter hat uns wegen Eigenbedarf gekündigt, wir müssen bis März raus. ich bin völlig durch",
            "on déménage samedi et mon copain n'a toujours pas fait les cartons 🙄",
            "mi pareja y yo estamos buscando piso en Gràcia, si sabéis de algo avisadme",
            "we hebben eindelijk de sleutel van ons nieuwe huis!!",
            "la lavatrice ha allagato la cucina, oggi lavoro da casa per aspettare l'idraulico",
            "rozwodzimy się, więc przez jakiś czas mogę być mniej dostępna",
            "my mum moves in with us next week, so evenings will be chaos for a while",
          ]),
        ),
        ["prompt"],
      ),
    ),
    pos("friends plans with a name", () => {
      const friend = v.fullName();
      return draft(
        messenger(),
        "typed",
        pick([
          t`is ${L("name", friend)} coming to the bbq or is she still mad at me`,
          t`Geburtstag von ${L("name", friend)} ist Samstag bei ihr im Garten, bringst du Salat mit?`,
          t`${L("name", friend)} fête ses 40 ans, on se cotise pour le cadeau ?`,
          t`al final ${L("name", friend)} no viene a la boda, qué drama`,
          t`heb je ${L("name", friend)} nog gesproken na de ruzie?`,
          t`sabato andiamo al mare con ${L("name", friend)} e i bambini`,
        ]),
        ["prompt"],
      );
    }),
    pos("family illness in chat", () =>
      draft(
        pick([workChat(), messenger()]),
        "typed",
        plain(
          pick([
            "my dad's chemo got moved to thursday so i'll take the afternoon off to drive him",
            "Oma liegt seit gestern im Krankenhaus, Verdacht auf Schlaganfall. Bin morgen nicht da",
            "mon fils a la varicelle, je suis en télétravail toute la semaine",
            "mi madre tiene cita con el cardiólogo el lunes, la acompaño",
            "mijn vrouw is 20 weken zwanger en we hebben net gehoord dat het een jongen is!",
            "moja córka ma anginę, biorę L4 na opiekę",
          ]),
        ),
        ["prompt", "health"],
      ),
    ),
    pos("whatsapp web transcript on screen", () => {
      const a = v.firstName();
      const b = v.firstName();
      return draft(
        { app: pick(browsers), title: "WhatsApp", url: "https://web.whatsapp.com/" },
        "screen",
        t`${L("name", a)}\n${time()}\nare you still coming to mum's on sunday?\n${L("name", b)}\n${time()}\nyes but i'm bringing the dog, the sitter cancelled\n${L("name", a)}\n${time()}\nfine 🙄 tell her i said happy anniversary too`,
        ["prompt"],
      );
    }),
    pos("short typed family notes", () =>
      draft(
        messenger(),
        "keys",
        plain(
          pick([
            "love you, call grandma tonight x",
            "kannst du milch mitbringen? und windeln",
            "bisous, je rentre tard",
            "¿has sacado al perro?",
            "hou van je, tot straks",
            "ti amo, a dopo 😘",
            "kocham cię, wracam o 19",
            "puss, ses ikväll",
          ]),
        ),
        ["prompt"],
      ),
    ),
    pos("teams personal news, turkish and finnish", () =>
      draft(
        workChat(),
        "typed",
        plain(
          pick([
            "bu hafta sonu nişanlandık!! yüzüğü görmeniz lazım",
            "annem ameliyat oldu, iyi geçti, yarın işe dönüyorum",
            "muutimme viikonloppuna uuteen asuntoon, vieläkin laatikoita joka paikassa",
            "tyttöystävä jätti minut eilen, joten olen vähän poissa tänään",
            "rozcházíme se s přítelkyní, tak jestli budu mimo, to je proto",
          ]),
        ),
        ["prompt"],
      ),
    ),
    neg("work talk in a personal messenger", () =>
      draft(
        messenger(),
        pick(["typed", "keys"] as const),
        plain(
          pick([
            "deploy is done, can you check staging before the client call?",
            "Kannst du mir die Folien für morgen nochmal schicken? Die Version mit den Q3-Zahlen",
            "le client veut décaler la démo à jeudi 14h, ça te va ?",
            "¿has revisado el PR de la API de pagos? está bloqueando el release",
            "de build faalt weer op de integratietests, ik kijk er na de lunch naar",
            "ho caricato il preventivo aggiornato sul drive condiviso",
            "spotkanie z dostawcą przesunięte na 11:30",
            "kan du godkänna min PR innan fyra?",
          ]),
        ),
      ),
    ),
    neg("family and dating words in engineering chat", () =>
      draft(
        workChat(),
        "typed",
        plain(
          pick([
            "the font family on the pricing page falls back to Times on Windows, who touched the CSS?",
            "the date picker is broken on Safari again, it shows 1970 for empty values",
            "kill the child process before the parent exits or we leak file handles",
            "we need a better marriage between the search index and the orders table",
            "the sibling component re-renders on every keystroke",
            "Das Datum im Export ist im falschen Format, bitte ISO 8601",
            "le composant parent ne transmet pas la prop « partner »",
            "la relación padre-hijo en la tabla de categorías está mal",
            "home page hero image is 4 MB, can we compress it",
            "friend links on the dashboard 404 since the migration",
          ]),
        ),
      ),
    ),
    neg("team lunch and office logistics", () =>
      draft(
        workChat(),
        "typed",
        plain(
          pick([
            "team lunch is booked for 12:30 at the canteen on floor 3",
            "der Drucker im 2. OG ist wieder leer, wer bestellt Toner?",
            "les badges pour le salon arrivent demain à l'accueil",
            "la sala de reuniones grande está reservada toda la tarde para el workshop",
            "wie neemt de sleutel van het archief mee?",
            "il server di staging si riavvia alle 18, salvate tutto",
          ]),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- 2. AI prompts

const assistantPrompts: Family = {
  name: "assistant-prompts",
  count: 215,
  templates: [
    neg("assistant billing and admin mail", () =>
      draft(
        mail(pick(["Your invoice", "Usage alert"])),
        "screen",
        plain(
          pick([
            `Your API invoice for November is available: $${int(100, 999)}.${v.pad2(int(0, 99))}. Usage: ${int(2, 90)}M input tokens.`,
            "Your organization has reached 80% of its monthly usage limit.",
            "Workspace seats: 48 of 50 used. Add seats in the admin console.",
          ]),
        ),
      ),
    ),
    pos("prompts in more languages", () =>
      prompt(
        plain(
          pick([
            "escreve um email a pedir desculpa ao cliente pelo atraso na entrega",
            "popraw gramatykę: Chciałbym zapytać czy jest możliwość przesunąć termin",
            "förklara skillnaden mellan moms och arbetsgivaravgift enkelt",
            "riassumi questo contratto in italiano semplice, max 200 parole",
            "lav en tjekliste til onboarding af en ny udvikler",
            "この文章をもっと丁寧な日本語にしてください",
            "napiš mi osnovu prezentace o kvartálních výsledcích",
            "bu e-postayı daha resmi hale getir",
          ]),
        ),
      ),
    ),
    pos("prompt with pasted customer rows", () => {
      const a = v.fullName();
      const b = v.fullName();
      return prompt(
        cat(
          plain("dedupe these and tell me which look like the same person:\n"),
          t`${L("name", a)}, ${L("email", v.emailFor(a))}, ${L("phone", v.phone())}\n`,
          t`${L("name", b)}, ${L("email", v.emailFor(b))}, ${L("phone", v.phone())}`,
        ),
      );
    }),
    pos("work questions to an assistant", () =>
      prompt(
        plain(
          pick([
            "rewrite this paragraph so it sounds less defensive: we missed the deadline because requirements changed twice",
            "Fasse die wichtigsten Punkte aus dem Quartalsbericht in fünf Stichpunkten zusammen",
            "explique-moi la différence entre un index B-tree et un index GIN dans postgres",
            "¿cómo calculo el percentil 95 en una consulta de BigQuery?",
            "schrijf een beleefde mail om de levering met een week uit te stellen",
            "traduci in inglese: il pacco è stato consegnato al magazzino sbagliato",
            "jak w TypeScript zrobić typ, który wymaga co najmniej jednego pola?",
            "skriv en kort sammanfattning av mötet på engelska",
            "como faço um gráfico de cascata no Excel?",
            "regex that matches ISO week numbers like 2026-W49",
            "give me 10 names for an internal tool that tracks laptop inventory",
          ]),
        ),
      ),
    ),
    pos("long pasted prompt with code", () =>
      prompt(
        plain(
          `${pick(["why does this return undefined sometimes?", "Warum ist das so langsam?", "optimise this please", "¿qué está mal aquí?"])}\n\n\`\`\`ts\nexport async function loadOrders(ids: string[]) {\n  const out = [];\n  for (const id of ids) {\n    out.push(await db.order.findUnique({ where: { id } }));\n  }\n  return out.filter(Boolean);\n}\n\`\`\``,
        ),
      ),
    ),
    pos("prompt carrying a name and an email", () => {
      const n = v.fullName();
      return prompt(
        pick([
          t`draft a follow-up to ${L("name", n)} (${L("email", v.emailFor(n))}) thanking her for the workshop and asking for the slides`,
          t`Schreib eine Absage an ${L("name", n)}, freundlich aber klar`,
          t`rédige un mail à ${L("name", n)} pour reporter notre rendez-vous`,
          t`resume el CV de ${L("name", n)} en tres frases`,
        ]),
      );
    }),
    pos("prompt about own health", () =>
      prompt(
        plain(
          pick([
            "i've had a headache behind my left eye for 3 days and ibuprofen isn't helping, should i see a doctor?",
            "Ich nehme seit zwei Wochen Sertralin 50 mg und schlafe schlecht, ist das normal?",
            "je suis enceinte de 12 semaines, est-ce que je peux encore prendre du paracétamol ?",
            "mi psicóloga me dijo que tengo ansiedad generalizada, qué ejercicios de respiración funcionan",
            "hoe lang duurt herstel na een knie-artroscopie?",
          ]),
        ),
        ["health"],
      ),
    ),
    pos("prompt about an employee", () => {
      const n = v.fullName();
      return prompt(
        pick([
          t`write a performance improvement plan for ${L("name", n)}: missed 4 of 6 sprint goals, late to standups, good with customers`,
          t`help me phrase a termination letter for ${L("name", n)}, last day 31 January, 2 months severance`,
          t`Formuliere eine Gehaltsverhandlung: ${L("name", n)} verdient 58.000 und will 66.000`,
          t`rédige une lettre d'offre pour ${L("name", n)}, CDI, 52 k€ brut annuel, début le 5 janvier`,
        ]),
        ["hr"],
      );
    }),
    pos("prompt leaking a key", () => {
      const key = pick([v.stripeLive, v.openAiKey, v.githubToken, v.gitlabToken])();
      return prompt(
        pick([
          t`this curl keeps returning 401, what am i doing wrong\ncurl https://api.example.com/v1/charges -H "Authorization: Bearer ${L("secret", key)}"`,
          t`fix my config please:\nAPI_KEY=${L("secret", key)}\nBASE_URL=https://api.internal/v2\nTIMEOUT=30`,
        ]),
      );
    }),
    pos("personal life asked of an assistant", () =>
      prompt(
        plain(
          pick([
            "my girlfriend's birthday is next week and she likes pottery and hiking, gift ideas under 80 euros?",
            "wie erkläre ich meiner 6-jährigen, dass unser Hund gestorben ist",
            "idées de menu pour un repas de famille avec deux végétariens",
            "plan de viaje de 4 días por Asturias con niños pequeños",
          ]),
        ),
      ),
    ),
    pos("short keyed prompts", () =>
      draft(
        pick([
          { app: "ChatGPT", title: "ChatGPT" },
          { app: "Claude", title: "Claude" },
        ]),
        "keys",
        plain(
          pick([
            "tl;dr pls",
            "continue",
            "make it shorter",
            "auf deutsch bitte",
            "en français",
            "more formal",
            "bullet points",
            "why?",
          ]),
        ),
        ["prompt"],
      ),
    ),
    neg("the word prompt in product work", () =>
      draft(
        tracker(jiraKey()),
        "typed",
        plain(
          pick([
            "Prompt the user to re-enter the code when the MFA challenge times out",
            "The shell prompt shows the wrong branch after a rebase",
            "Wenn der Nutzer die Seite verlässt, soll ein Bestätigungsdialog erscheinen",
            "Afficher une invite de confirmation avant la suppression",
            "The assistant panel should open with Ctrl+I, not Ctrl+Shift+I",
          ]),
        ),
      ),
    ),
    neg("AI news and pricing on screen", () =>
      draft(
        web(pick(["Tech news", "Heise online", "Le Monde Informatique"]), "https://www.heise.de/news/"),
        "screen",
        plain(
          pick([
            "Model prices fell again this quarter: input tokens now cost 40% less than in spring, while context windows grew to one million tokens.",
            "Neue KI-Verordnung: Anbieter von Allzweckmodellen müssen ab August Trainingsdaten zusammenfassen.",
            "Les assistants de code génèrent désormais un tiers des lignes dans les grands dépôts, selon une étude.",
          ]),
        ),
      ),
    ),
    neg("assistant window titles", () =>
      draft(
        pick([
          { app: "ChatGPT", title: "" },
          { app: "Claude", title: "" },
          { app: pick(browsers), title: "" },
        ]),
        "title",
        plain(
          pick([
            "ChatGPT",
            "New chat - Claude",
            "Gemini - Google",
            "Settings · Copilot",
            "Pricing | Perplexity",
          ]),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- 3. health

const health: Family = {
  name: "health",
  count: 215,
  templates: [
    pos("health without the obvious words", () =>
      draft(
        pick([messenger(), workChat()]),
        "typed",
        plain(
          pick([
            "my bloods came back, iron is really low again so more tablets and a follow-up in 6 weeks",
            "bin ab Montag in der Reha, drei Wochen, Handy nur abends",
            "j'ai rendez-vous pour la deuxième FIV mardi, je serai absente le matin",
            "la resonancia salió bien, no hay rotura de menisco",
            "I'm on crutches till the cast comes off, can someone grab my mail",
            "de fysio zegt dat ik nog minstens zes weken niet mag hardlopen",
          ]),
        ),
        ["health"],
      ),
    ),
    neg("diagnosis and patience in engineering", () =>
      draft(
        pick([workChat(), tracker(jiraKey())]),
        "typed",
        plain(
          pick([
            "can you diagnose the memory leak in the exporter? heap grows 40 MB/h",
            "be patient with the migration, it rewrites 2 TB of rows",
            "Apple Health integration: map step counts to the activity widget",
            "symptom: 502s every night at 02:00; root cause: log rotation restarts nginx",
            "the Docker image is bloated, put it on a diet (multi-stage build)",
          ]),
        ),
      ),
    ),
    neg("catering allergens and company health days", () =>
      draft(
        pick([mail("Catering"), workChat(), document("Menu")]),
        "typed",
        plain(
          pick([
            "allergen list for the catering menu: the satay contains peanuts, the bread contains gluten",
            "Gesundheitstag am Freitag: Rückenschule, Obstkorb und Grippeimpfung für alle, die möchten",
            "le menu du séminaire doit indiquer les 14 allergènes majeurs",
            "la mutua patrocina la carrera solidaria del domingo",
            "Flu season: the office hand sanitiser stations were refilled",
          ]),
        ),
      ),
    ),
    pos("dietary and access needs for an event", () =>
      draft(
        web(
          pick(["Offsite registration", "Anmeldung Sommerfest", "Inscription séminaire"]),
          "https://forms.office.com/r/offsite",
        ),
        "typed",
        plain(
          pick([
            "coeliac, so strictly gluten free please (not just 'low gluten')",
            "Ich bin Diabetikerin (Typ 1), bitte Kühlmöglichkeit für Insulin im Hotel",
            "allergie sévère aux arachides, j'ai un stylo d'adrénaline sur moi",
            "uso silla de ruedas desde la operación, necesito habitación adaptada",
            "epilepsie, geen stroboscoop op het feest graag",
          ]),
        ),
        ["health"],
      ),
    ),
    pos("health in more languages", () =>
      draft(
        pick([workChat(), messenger(), mail("Ausência")]),
        "typed",
        plain(
          pick([
            "estou com uma hérnia discal e o ortopedista mandou repouso absoluto",
            "mam cukrzycę i dziś mam kontrolę u diabetologa, będę po 13",
            "jag har fått diagnosen ADHD och börjar med medicin nästa vecka",
            "jeg har fået konstateret stress, lægen sygemelder mig i to uger",
            "sono allergica alla penicillina, l'ho detto al medico aziendale",
            "mám zánět průdušek, doktorka mi dala antibiotika",
            "migreenikohtaus taas, olen etänä tänään",
          ]),
        ),
        ["health"],
      ),
    ),
    pos("sick note to the team lead", () =>
      draft(
        pick([mail(pick(["Krankmeldung", "Arrêt maladie", "Sick today", "Baja médica"])), workChat()]),
        "typed",
        plain(
          pick([
            "Hallo, ich bin ab heute krankgeschrieben bis einschließlich Freitag, die AU reiche ich über das Portal ein.",
            "Bonjour, mon médecin m'a arrêté jusqu'à mercredi (angine), je transmets l'arrêt maladie aux RH.",
            "hi, down with a nasty migraine since last night, taking a sick day",
            "Buenos días, tengo la baja médica por gastroenteritis hasta el jueves.",
            "Ik meld me ziek, koorts en keelpijn. Huisarts morgenochtend.",
            "Buongiorno, sono in malattia fino a lunedì, il certificato è già stato inviato all'INPS.",
            "Dzień dobry, jestem na L4 do piątku, zwolnienie jest w systemie ZUS.",
            "Hej, jag är sjukskriven resten av veckan, magsjuka.",
            "Olá, estou de baixa médica até sexta, enviei o atestado para os RH.",
          ]),
        ),
        ["health", "hr"],
      ),
    ),
    pos("appointment booking urls", () => {
      const url = pick([
        `https://www.doctolib.fr/dermatologue/lyon/booking/motives?specialityId=${int(10, 99)}&placeId=practice-${int(1000, 99999)}`,
        `https://www.doctolib.de/psychotherapeut/berlin/booking/availabilities?motiveIds[]=${int(100000, 999999)}`,
        `https://www.jameda.de/gynaekologen/muenchen/termin?slot=${isoDay()}T09:30`,
        `https://www.miodottore.it/prenotazione/cardiologo/milano?data=${isoDay()}`,
        `https://www.zocdoc.com/booking/start?specialty=psychiatrist&reason=anxiety&date=${isoDay()}`,
      ]);
      return draft(web("Book an appointment", url), "url", plain(url), ["health"]);
    }),
    pos("health document titles", () => {
      const n = v.surname();
      return draft(
        { app: pick(["Adobe Acrobat Reader", "Preview", "Microsoft Edge"]) },
        "title",
        pick([
          t`Befund_MRT_Knie_${L("name", n)}.pdf - Adobe Acrobat Reader`,
          t`Compte-rendu échographie T2 - ${L("name", n)}.pdf`,
          t`Bloodwork results ${isoDay()}.pdf — Preview`,
          t`informe_alta_hospitalaria.pdf`,
          t`Arztbrief Kardiologie ${day()}.pdf`,
        ]),
        ["health"],
      );
    }),
    pos("medication and therapy in chat", () =>
      draft(
        pick([workChat(), messenger()]),
        pick(["typed", "keys"] as const),
        plain(
          pick([
            "forgot my insulin pen at home, running back, 20 min late",
            "meine Therapeutin meint, ich soll die Stunden reduzieren, Burnout-Gefahr",
            "j'ai repris les antidépresseurs, ça va mieux",
            "estoy con antibióticos, no puedo ir a la cena del viernes",
            "heb net mijn tweede prik gehad, beetje grieperig",
            "ho una visita dal neurologo alle 15 per le crisi",
            "i'm 8 weeks pregnant, not telling anyone at work yet, just you",
          ]),
        ),
        ["health"],
      ),
    ),
    pos("occupational health form on screen", () => {
      const n = v.fullName("de");
      return draft(
        document("Wiedereingliederung"),
        "screen",
        t`Stufenweise Wiedereingliederung (Hamburger Modell)\nName: ${L("name", n)}\nDiagnose laut Attest: Bandscheibenvorfall L4/L5\nWoche 1–2: 4 Std./Tag, Woche 3–4: 6 Std./Tag\nBetriebsärztin: Einverständnis liegt vor`,
        ["health", "hr"],
      );
    }),
    pos("pharmacy and lab order clipboard", () =>
      draft(
        { app: pick(["Notes", "Notepad", "Obsidian"]) },
        "clipboard",
        plain(
          pick([
            () =>
              `Rezept: ${pick(["Levothyroxin 75 µg", "Ramipril 5 mg", "Pantoprazol 40 mg", "Methylphenidat 10 mg"])}, ${pick([50, 100])} Stück, ${pick(["1-0-0", "1-0-1", "0-0-1"])}`,
            () =>
              `ordonnance : ${pick(["amoxicilline 1 g", "ventoline 100 µg", "doliprane 1000 mg"])}, ${int(2, 4)} fois par jour pendant ${int(5, 14)} jours`,
            () =>
              `HbA1c ${int(6, 9)}.${int(0, 9)} %, fasting glucose ${int(100, 190)} mg/dL — endo wants to ${pick(["add metformin", "raise the insulin dose", "recheck in 3 months"])}`,
            () =>
              `receta: ${pick(["omeprazol 20 mg", "sertralina 50 mg", "ibuprofeno 600 mg"])}, ${pick(["una cápsula antes del desayuno", "cada 8 horas", "por la noche"])}`,
            () =>
              `recepta: ${pick(["Euthyrox 50", "Concor 5", "Xanax 0,25"])}, ${pick(["rano na czczo", "wieczorem", "2x dziennie"])}`,
          ])(),
        ),
        ["health"],
      ),
    ),
    pos("health insurance portal", () =>
      draft(
        web("Meine TK - Leistungen", "https://www.tk.de/meine-tk/"),
        "screen",
        plain(
          pick([
            () =>
              `Eingereichte Rechnungen\n${pick(["Physiotherapie (6x KG)", "Osteopathie", "Heilpraktiker"])} – erstattet ${int(40, 400)},${v.pad2(int(0, 99))} €\n${pick(["Zahnreinigung", "Brille", "Hörgerät"])} – in Prüfung\n${pick(["Psychotherapie Probatorik", "Reha-Antrag", "Krankengeld"])} – genehmigt`,
            () =>
              `Claims\n${pick(["MRI lumbar spine", "Knee arthroscopy", "Dermatology consult"])} – approved\nPhysical therapy, ${int(6, 20)} sessions – pending review\nPrescription: ${pick(["escitalopram", "adalimumab", "montelukast"])} – covered`,
            () =>
              `Remboursements\nConsultation ${pick(["psychiatre", "gynécologue", "kinésithérapeute"])} – ${int(20, 70)},00 € remboursés\nPharmacie – ${int(5, 90)},${v.pad2(int(0, 99))} €`,
          ])(),
        ),
        ["health"],
      ),
    ),
    neg("health words in engineering", () =>
      draft(
        pick([workChat(), tracker(jiraKey()), terminal()]),
        "typed",
        plain(
          pick([
            "the /healthz endpoint returns 200 even when the DB pool is exhausted",
            "pods are healthy but the readiness probe flaps every 30s",
            "patient zero for the outage was the cache node in eu-west-1",
            "Virenscanner blockiert den Build-Agent, bitte Ausnahme für /opt/ci",
            "heartbeat interval is 5s, dead after 3 missed beats",
            "triage: 14 bugs untriaged, 3 sev-1",
            "this is a band-aid fix, we need to treat the root cause in the scheduler",
            "le check de santé du load balancer échoue sur le port 8443",
            "la prueba de humo falla en el entorno de preproducción",
            "make the button pill-shaped like the mocks",
          ]),
        ),
      ),
    ),
    neg("healthcare as a business", () =>
      draft(
        pick([
          mail("Renewal"),
          web("Pipeline - Salesforce", "https://hallbrook.lightning.force.com/lightning/o/Opportunity/list"),
        ]),
        "screen",
        plain(
          pick([
            "St. Catherine's Hospital renewed for 3 years, 420 seats, expansion to the radiology department expected in Q2",
            "Pharma stocks fell 3% after the phase III trial results were delayed",
            "Klinikum Nord: Angebot für 80 Lizenzen versendet, Entscheidung im Januar",
            "Le CHU a validé le devis pour l'hébergement des données de santé (HDS)",
          ]),
        ),
      ),
    ),
    neg("fever charts and horoscopes", () =>
      draft(
        web(pick(["Project status", "Horoscope"])),
        "screen",
        plain(
          pick([
            "Buffer fever chart: project is in the red zone, 72% buffer consumed at 55% completion",
            "Cancer (June 21 – July 22): a good week for contracts, avoid big purchases",
            "Die Sprint-Gesundheit ist gut: Velocity stabil, kaum Übertrag",
            "Doctor Who series 15 premieres on Saturday",
          ]),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- 4. employment matters

const employment: Family = {
  name: "employment",
  count: 215,
  templates: [
    pos("long mail to hr", () => {
      const n = v.fullName("de");
      return draft(
        mail("Rückkehr aus der Elternzeit"),
        "typed",
        t`Liebe Kolleginnen aus dem HR,\n\nmeine Elternzeit endet am ${day()}. Ich möchte danach für ein Jahr in Teilzeit (30 Stunden, Mo–Do) zurückkommen und bitte um eine schriftliche Bestätigung sowie die angepasste Gehaltsabrechnung. Mein Vorgesetzter ist informiert und einverstanden.\n\nBei Rückfragen erreicht ihr mich unter ${L("phone", v.phone("DE"))}.\n\nViele Grüße\n${L("name", n)}`,
        ["hr"],
      );
    }),
    pos("garden leave and settlements", () => {
      const n = v.fullName();
      return draft(
        pick([workChat(), mail("Confidential")]),
        "typed",
        pick([
          t`${L("name", n)} is on garden leave until March, don't add her to the launch`,
          t`${L("name", n)} hat den Aufhebungsvertrag unterschrieben, Abfindung 1,5 Monatsgehälter pro Jahr`,
          t`rupture conventionnelle signée avec ${L("name", n)}, fin de contrat le ${day()}`,
          t`${L("name", n)} vuelve de la excedencia el lunes`,
        ]),
        ["hr"],
      );
    }),
    neg("reviews and ratings of code and products", () =>
      draft(
        pick([workChat(), tracker(jiraKey())]),
        "typed",
        plain(
          pick([
            "please review my PR before lunch, it needs 2 approvals",
            "App Store rating dropped to 3.9 after the login bug",
            "Bewertung der Lieferanten: Kettler 4/5, Dreyer Logistik 3/5",
            "the onboarding checklist for new laptops is in the IT wiki",
            "vendor scorecard: on-time delivery 92 %, quality 4.1",
          ]),
        ),
      ),
    ),
    neg("company calendars and policies", () =>
      draft(
        pick([document("Holiday calendar 2027"), web("Intranet")]),
        "screen",
        plain(
          pick([
            "Public holidays 2027 (DE): 1 Jan, 2 Apr, 5 Apr, 1 May, 13 May, 24 May, 3 Oct, 25–26 Dec",
            "Reisekostenrichtlinie: Bahn 2. Klasse, ab 4 Stunden Fahrzeit 1. Klasse",
            "Jours fériés 2027 : 1er janvier, 29 mars, 1er mai, 8 mai, 6 mai, 17 mai",
            "Política de teletrabajo: hasta 3 días por semana, acordado con el equipo",
          ]),
        ),
      ),
    ),
    pos("resignation and references", () => {
      const n = v.fullName();
      return draft(
        pick([mail(pick(["Kündigung", "Resignation", "Demissão"])), document("Arbeitszeugnis")]),
        "typed",
        pick([
          t`Hiermit kündige ich mein Arbeitsverhältnis fristgerecht zum 31.03.2027. ${L("name", n)}`,
          t`Please accept this as my formal resignation; my last day will be ${isoDay()}. — ${L("name", n)}`,
          t`${L("name", n)} war stets bemüht, den Anforderungen gerecht zu werden.`,
          t`venho por este meio apresentar a minha demissão, com aviso prévio de 60 dias. ${L("name", n)}`,
          t`${L("name", n)} złożyła wypowiedzenie, okres wypowiedzenia 3 miesiące`,
          t`${L("name", n)} har sagt upp sig, sista dag 28 februari`,
          t`${L("name", n)} si è dimesso, ultimo giorno il 15 gennaio`,
        ]),
        ["hr"],
      );
    }),
    pos("pay change for a named employee", () => {
      const n = v.fullName();
      return draft(
        pick([mail("Compensation"), workChat()]),
        "typed",
        pick([
          t`approved: ${L("name", n)} moves to L5, base 96,500 + 10% bonus from Jan 1`,
          t`Gehaltsanpassung ${L("name", n)}: von 61.000 € auf 67.500 € brutto, gültig ab 01.01.`,
          t`augmentation de ${L("name", n)} validée : +4 %, effet au 1er février`,
          t`la subida de ${L("name", n)} queda en 3.200 € brutos anuales`,
          t`salarisverhoging ${L("name", n)}: schaal 9, trede 4`,
          t`podwyżka dla ${L("name", n)}: 1200 zł brutto od marca`,
        ]),
        ["hr"],
      );
    }),
    pos("performance rating sheet", () => {
      const rows = Array.from({ length: int(2, 4) }, () => v.fullName());
      const text = cat(
        t`Name;Team;Rating;Calibrated;Comment\n`,
        ...rows.map(
          (n) =>
            t`${L("name", n)};${pick(["Platform", "Sales", "Support", "Finance"])};${pick(["Exceeds", "Meets", "Below", "Partially meets"])};${pick(["yes", "no"])};${pick(["strong quarter", "needs coaching on estimates", "promo candidate", "PIP discussed"])}\n`,
        ),
      );
      return draft(
        sheet(pick(["Calibration_H2", "Leistungsbeurteilung 2026", "ratings-eng"])),
        "clipboard",
        text,
        ["hr"],
      );
    }),
    pos("discipline and dismissal", () => {
      const n = v.fullName();
      return draft(
        document(pick(["Abmahnung", "Warning letter", "Convocation entretien préalable"])),
        "typed",
        pick([
          t`Sehr geehrte/r ${L("name", n)}, hiermit mahnen wir Sie wegen unentschuldigten Fehlens am ${day()} ab.`,
          t`Dear ${L("name", n)}, this letter is a formal written warning following the incident on ${isoDay()}.`,
          t`Madame, Monsieur ${L("name", n)}, nous vous convoquons à un entretien préalable à un éventuel licenciement.`,
          t`Estimado ${L("name", n)}: le comunicamos la extinción de su contrato por causas objetivas con efectos del ${day()}.`,
          t`Gentile ${L("name", n)}, le comunichiamo il licenziamento per giustificato motivo oggettivo.`,
        ]),
        ["hr"],
      );
    }),
    pos("leave requests", () =>
      draft(
        pick([workChat(), web("Absence request - Personio", "https://hallbrook.personio.de/time-off")]),
        "typed",
        plain(
          pick([
            "requesting unpaid leave 3–14 March for family reasons, manager already ok'd it",
            "Elternzeit ab Juni für 7 Monate beantragt, bitte im System eintragen",
            "congé parental d'éducation à 80 % à partir de septembre",
            "solicito excedencia voluntaria de seis meses a partir del 1 de abril",
            "ouderschapsverlof: elke vrijdag vrij tot de zomer",
            "Resturlaub 2026: noch 11 Tage, ich würde 6 ins nächste Jahr übertragen",
          ]),
        ),
        ["hr"],
      ),
    ),
    pos("maternity leave revealing a pregnancy", () =>
      draft(
        pick([mail("Mutterschutz"), workChat()]),
        "typed",
        plain(
          pick([
            () =>
              `Ich bin schwanger, Entbindungstermin ist der ${int(1, 28)}.${int(1, 12)}. – Mutterschutz beginnt sechs Wochen vorher.`,
            () =>
              `heads up: i'm ${pick(["pregnant", "expecting"])} and planning maternity leave from ${pick(["mid-June", "early March", "late September"])}`,
            () =>
              `je suis enceinte, mon congé maternité commencera le ${int(1, 28)} ${pick(["mars", "mai", "octobre"])}`,
            () =>
              `estoy embarazada de ${int(10, 30)} semanas, la baja por maternidad empezará en ${pick(["abril", "julio", "noviembre"])}`,
            () => `jestem w ciąży, urlop macierzyński od ${pick(["kwietnia", "czerwca", "września"])}`,
            () => `sono incinta, il congedo di maternità inizia a ${pick(["marzo", "giugno", "ottobre"])}`,
          ])(),
        ),
        ["hr", "health"],
      ),
    ),
    pos("hiring decision about a candidate", () => {
      const n = v.fullName();
      return draft(
        pick([web("Greenhouse - Scorecard", "https://app.greenhouse.io/people/scorecards"), workChat()]),
        pick(["typed", "screen"] as const),
        pick([
          t`Decision: no hire for ${L("name", n)}. System design was weak, culture interview mixed.`,
          t`${L("name", n)} – Zusage! Start 1.2., Gehalt 72k, 30 Tage Urlaub`,
          t`on fait une offre à ${L("name", n)} : 48 k€ + variable, réponse attendue vendredi`,
          t`descartamos a ${L("name", n)} tras la entrevista técnica`,
          t`we gaan door met ${L("name", n)} naar de laatste ronde`,
        ]),
        ["hr"],
      );
    }),
    pos("hr document window titles", () => {
      const n = v.surname();
      return draft(
        { app: pick(["Microsoft Word", "Adobe Acrobat Reader", "Preview"]) },
        "title",
        pick([
          t`Arbeitsvertrag_${L("name", n)}_unterschrieben.pdf`,
          t`Offer Letter - ${L("name", n)} - DRAFT.docx - Word`,
          t`Aufhebungsvertrag ${L("name", n)} final.docx`,
          t`Payslip_November_2026.pdf - Adobe Acrobat Reader`,
          t`attestation employeur ${L("name", n)}.pdf`,
        ]),
        ["hr"],
      );
    }),
    pos("payslip on screen with bank details", () => {
      const n = v.fullName("de");
      return draft(
        { app: "Adobe Acrobat Reader", title: "Entgeltabrechnung_11_2026.pdf" },
        "screen",
        t`Entgeltabrechnung November 2026\n${L("name", n)}\nSteuerklasse 1, Kinderfreibetrag 0,5\nBrutto 5.240,00  Netto 3.187,14\nAuszahlung an ${L("iban", v.iban("DE", true))}`,
        ["hr"],
      );
    }),
    neg("hr words in engineering", () =>
      draft(
        pick([workChat(), terminal(), tracker(jiraKey())]),
        "typed",
        plain(
          pick([
            "performance review of the query planner: seq scans on orders since the index was dropped",
            "terminate the three spot instances in us-east-2, they're idle",
            "promote build 2026.12.3 to production after the smoke tests",
            "fire the webhook again, the consumer was down",
            "the worker got killed by the OOM killer, not fired",
            "onboarding flow: new users drop off at step 3 (connect bank)",
            "retire the v1 API at end of Q1, clients notified",
            "Probezeit für das neue Feature-Flag: zwei Wochen nur für interne Nutzer",
            "on doit licencier… non pardon, désactiver les anciennes clés de chiffrement",
          ]),
        ),
      ),
    ),
    neg("schema and postings naming hr fields", () =>
      draft(
        pick([
          editor("V42__employees.sql"),
          web("Careers - Hallbrook", "https://hallbrook.io/careers/senior-backend"),
        ]),
        pick(["typed", "screen"] as const),
        plain(
          pick([
            "ALTER TABLE employees ADD COLUMN salary_band text;\nALTER TABLE employees ADD COLUMN review_cycle smallint NOT NULL DEFAULT 2;",
            "Senior Backend Engineer (m/w/d)\nGehaltsspanne: 70.000–85.000 €, 30 Urlaubstage, Remote möglich",
            "type LeaveRequest = { id: string; kind: 'annual' | 'sick' | 'parental'; days: number }",
            "Offre : CDI, télétravail 3 jours, salaire selon profil",
          ]),
        ),
      ),
    ),
    neg("sales offers and promotions", () =>
      draft(
        pick([mail("Your offer"), workChat()]),
        "typed",
        plain(
          pick([
            "our offer for the logistics tender is 18% below last year, approved by finance",
            "Black Friday promotion: 30% off annual plans until Monday",
            "Angebot für die Wartungsverlängerung ist raus, 3 Jahre",
            "la promoción 2x1 termina el domingo",
          ]),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- 5. people and their e-mail

const contacts: Family = {
  name: "contacts",
  count: 215,
  templates: [
    pos("meeting notes with attendees", () => {
      const a = v.fullName();
      const b = v.fullName();
      const c = v.firstName();
      return draft(
        document(pick(["Meeting notes", "Protokoll Lenkungskreis", "Compte rendu"])),
        pick(["screen", "typed"] as const),
        t`${pick(["Attendees", "Teilnehmende", "Participants"])}: ${L("name", a)}, ${L("name", b)}, ${L("name", c)}\n\n1. Rollout plan for the new warehouse scanners – ${L("name", c)} to confirm the vendor dates by Friday.\n2. Budget: no change, CFO sign-off already received.\n3. Risks: label printer firmware, see ${jiraKey()}.\n\nNext meeting ${day()}, ${time()}.`,
      );
    }),
    pos("names with titles and initials", () => {
      const first = v.firstName();
      const last = v.surname();
      return draft(
        pick([mail("Termin"), workChat(), document("Letter")]),
        "typed",
        pick([
          t`Termin bei ${L("name", `Dr. med. ${first} ${last}`)} ist bestätigt`,
          t`cc ${L("name", `${first.charAt(0)}. ${last}`)} for the legal review`,
          t`Prof. ${L("name", last)} hat die Gutachten geschickt`,
          t`${L("name", `${last.toUpperCase()} ${first}`)} – dossier complet`,
          t`pls ask ${L("name", first.toLowerCase())} about the PO`,
        ]),
      );
    }),
    neg("name-like words that are not people", () =>
      draft(
        pick([workChat(), tracker(jiraKey()), web("Books")]),
        "typed",
        plain(
          pick([
            "I will mark the ticket as done once the rose-gold theme ships",
            "Sherlock Holmes box set is back in stock, reorder 40 units",
            "Harry Potter quiz questions for the product trivia slide",
            "Summer release notes need a final pass",
            "Victoria is the codename for the billing rewrite, Orion for search",
            "address the reviewer's comments before merging",
          ]),
        ),
      ),
    ),
    pos("greetings in more languages", () => {
      const n = v.fullName(pick(["pt", "sv", "cs", "tr", "fi", "nl"] as const));
      return draft(
        mail(pick(["Orçamento", "Offert", "Nabídka", "Teklif", "Tarjous"])),
        "typed",
        pick([
          t`Olá ${L("name", n)}, segue em anexo o orçamento revisto.`,
          t`Hej ${L("name", n)}, här kommer offerten vi pratade om.`,
          t`Dobrý den, paní ${L("name", n)}, posílám nabídku.`,
          t`Merhaba ${L("name", n)}, teklifi ekte bulabilirsiniz.`,
          t`Hei ${L("name", n)}, tarjous liitteenä.`,
          t`Beste ${L("name", n)}, hierbij de offerte.`,
        ]),
      );
    }),
    pos("email signature", () => {
      const locale = pick(v.locales);
      const n = v.fullName(locale);
      return draft(
        mail(pick(["Re: Angebot", "Re: kick-off", "RE: facture", "Re: propuesta"])),
        pick(["typed", "screen"] as const),
        t`${pick(["Best regards", "Viele Grüße", "Cordialement", "Saludos", "Met vriendelijke groet", "Cordiali saluti", "Pozdrawiam", "Med vänliga hälsningar"])},\n${L("name", n)}\n${pick(["Head of Procurement", "Projektleiterin", "Responsable achats", "Ingeniera de datos", "Accountmanager"])}\n${L("email", v.emailFor(n, true))}`,
      );
    }),
    pos("greeting a person", () => {
      const n = chance(0.5) ? v.firstName() : v.fullName();
      return draft(
        mail(pick(["Follow-up", "Rückfrage", "Suivi", "Seguimiento"])),
        "typed",
        pick([
          t`Hi ${L("name", n)}, thanks for the quick turnaround on the contract.`,
          t`Hallo ${L("name", n)}, anbei die überarbeitete Version.`,
          t`Bonjour ${L("name", n)}, je reviens vers vous concernant la livraison.`,
          t`Hola ${L("name", n)}, ¿te viene bien el martes a las 10?`,
          t`Ciao ${L("name", n)}, ti giro il documento firmato.`,
          t`Dzień dobry Pani ${L("name", n)}, w załączeniu faktura.`,
          t`Hej ${L("name", n)}! Tack för igår.`,
        ]),
      );
    }),
    pos("co-author trailers and git config", () => {
      const n = v.fullName();
      const e = v.emailFor(n);
      return draft(
        pick([terminal(), editor("COMMIT_EDITMSG")]),
        "typed",
        pick([
          t`fix(billing): round VAT per line\n\nCo-authored-by: ${L("name", n)} <${L("email", e)}>`,
          t`git config user.email "${L("email", e)}"`,
          t`Signed-off-by: ${L("name", n)} <${L("email", e)}>`,
        ]),
      );
    }),
    pos("recipients field", () => {
      const a = v.fullName();
      const b = v.fullName();
      return draft(
        mail("Quarterly review"),
        "keys",
        chance(0.5)
          ? t`${L("email", v.emailFor(a))}; ${L("email", v.emailFor(b))}`
          : t`"${L("name", a)}" <${L("email", v.emailFor(a, true))}>`,
      );
    }),
    pos("calendar invite on screen", () => {
      const a = v.fullName();
      const b = v.fullName();
      const hour = int(8, 17);
      return draft(
        { app: pick(["Calendar", "Microsoft Outlook", "Google Calendar"]), title: "Event details" },
        "screen",
        t`${pick(["Vendor sync", "Jour fixe", "Point hebdo", "1:1"])}\n${v.pad2(hour)}:00 – ${v.pad2(hour + 1)}:30\nOrganizer: ${L("name", a)}\nGuests: ${L("name", b)} (${L("email", v.emailFor(b, true))}), ${pick(["Room Berlin-3", "Salle Lumière", "Teams link"])}`,
      );
    }),
    pos("crm contact pasted", () => {
      const n = v.fullName();
      return draft(
        web(
          "Contact - HubSpot",
          `https://app.hubspot.com/contacts/${int(1000000, 9999999)}/record/0-1/${int(10000, 99999)}`,
        ),
        "clipboard",
        t`{"firstname":"${L("name", n.split(" ")[0] ?? n)}","lastname":"${L("name", n.split(" ").slice(1).join(" "))}","email":"${L("email", v.emailFor(n, true))}","lifecyclestage":"lead"}`,
      );
    }),
    pos("lower-case name mention in chat", () => {
      const n = v.fullName("en").toLowerCase();
      return draft(workChat(), "keys", t`can someone loop in ${L("name", n)}? she owns the vendor contract`);
    }),
    neg("role and system mailboxes", () =>
      draft(
        mail(pick(["Invoice", "Your ticket", "Delivery"])),
        pick(["typed", "screen"] as const),
        plain(
          pick([
            `${pick(["Please send invoices to", "Rechnungen bitte an", "Factures à envoyer à"])} ${pick(["invoices", "rechnungen", "factures", "ap", "billing"])}@${pick(["hallbrook.io", "kettler-bau.de", "atelier-roussel.fr"])}`,
            `${pick(["Questions?", "Fragen?", "Des questions ?"])} ${pick(["helpdesk", "it-support", "servicedesk", "info"])}@${pick(["hallbrook.io", "grupo-olmedo.es", "vanwijk-advies.nl"])}`,
            "Please send invoices to invoices@hallbrook.io, not to individual people.",
            "Bitte antworten Sie nicht auf diese E-Mail (noreply@kettler-bau.de). Bei Fragen: service@kettler-bau.de",
            "Contact: support@atelier-roussel.fr — réponse sous 48 h",
            "Escríbenos a rrhh@grupo-olmedo.es para cualquier duda",
            "Mailing list: platform-team@lists.hallbrook.io",
            "Set SMTP_FROM=alerts@hallbrook.io in the environment",
          ]),
        ),
      ),
    ),
    neg("placeholder people", () =>
      draft(
        pick([editor("README.md"), document("Template")]),
        "typed",
        plain(
          pick([
            'Example: `git config user.name "Jane Doe"` and `git config user.email jane.doe@example.com`',
            "Max Mustermann, Musterstraße 1, 12345 Musterstadt (Beispiel)",
            "Dear [First Name], thank you for your interest in [Product].",
            "Hola {{nombre}}, tu pedido {{pedido}} está en camino.",
            "user: { name: 'Test User', email: 'test@example.org' }",
          ]),
        ),
      ),
    ),
    neg("companies, brands and places named like people", () =>
      draft(
        pick([workChat(), mail("Fleet"), web("News")]),
        "typed",
        plain(
          pick([
            "the Ford Transit lease ends in March, Mercedes-Benz quoted 12% more for the Sprinter",
            "Jenkins is down again, use the GitHub Actions runner",
            "Philip Morris and Johnson & Johnson both moved their HQ contracts to us",
            "ich bin in Bad Homburg und fahre dann nach St. Gallen",
            "Alexa skill certification failed, resubmit Monday",
            "on a commandé chez Leroy Merlin et Jules pour la boutique",
            "the Victoria line is suspended, take the Elizabeth line to Paddington",
            "Dr. Oetker's supplier portal needs a new certificate",
          ]),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- 6. phone numbers

const phones: Family = {
  name: "phones",
  count: 215,
  templates: [
    pos("direct line with extension", () => {
      const n = v.fullName();
      return draft(
        pick([workChat(), mail("Kontakt")]),
        "typed",
        pick([
          t`${L("name", n)} ist direkt unter ${L("phone", `+49 89 ${v.digits(4)}-${v.digits(3)}`)} erreichbar`,
          t`reach ${L("name", n)} on her direct line ${L("phone", `+44 20 7${v.digits(3)} ${v.digits(4)}`)}`,
          t`ligne directe de ${L("name", n)} : ${L("phone", `01 ${v.digits(2)} ${v.digits(2)} ${v.digits(2)} ${v.digits(2)}`)}`,
        ]),
      );
    }),
    pos("call me in chat", () => {
      const region = pick(["US", "GB", "DE", "FR", "ES", "NL", "IT", "PL", "SE", "PT"] as const);
      return draft(
        pick([workChat(), messenger()]),
        pick(["typed", "keys"] as const),
        pick([
          t`call me on ${L("phone", v.phone(region))} if the VPN dies again`,
          t`ruf mich kurz an: ${L("phone", v.phone(region))}`,
          t`mon portable : ${L("phone", v.phone(region))}`,
          t`mi móvil es el ${L("phone", v.phone(region))}`,
          t`bel me even op ${L("phone", v.phone(region))}`,
          t`il mio numero: ${L("phone", v.phone(region))}`,
          t`zadzwoń pod ${L("phone", v.phone(region))}`,
          t`ring mig på ${L("phone", v.phone(region))}`,
        ]),
      );
    }),
    pos("signature direct line", () => {
      const n = v.fullName();
      return draft(
        mail(pick(["Re: Lieferung", "Re: order 4471", "Re: devis"])),
        "screen",
        t`${L("name", n)}\n${pick(["Direct", "Durchwahl", "Ligne directe", "Directo", "Mobiel"])}: ${L("phone", v.phone())}\n${pick(["Mobile", "Mobil", "Portable", "Móvil"])}: ${L("phone", v.phone())}`,
      );
    }),
    pos("contacts csv", () => {
      const rows = Array.from({ length: int(2, 4) }, () => {
        const n = v.fullName();
        return t`${L("name", n)},${pick(["on-call", "facilities", "driver", "escalation"])},${L("phone", v.phone())}\n`;
      });
      return draft(sheet("on-call-rota"), "clipboard", cat(t`name,role,phone\n`, ...rows));
    }),
    pos("phone typed into a form", () =>
      draft(
        web(
          pick(["Checkout", "Kontaktformular", "Inscription", "Registro"]),
          "https://shop.example-store.de/checkout",
        ),
        "keys",
        t`${L("phone", v.phone())}`,
      ),
    ),
    pos("whatsapp contact card", () => {
      const n = v.fullName();
      return draft(
        { app: "WhatsApp", title: "WhatsApp" },
        "screen",
        t`${L("name", n)}\n${L("phone", v.phone())}\nHey there! I am using WhatsApp.\nMedia, links and docs  14`,
      );
    }),
    pos("compact international numbers in json", () => {
      const n = v.fullName();
      const digitsOnly = v.phone().replace(/[^\d+]/g, "");
      return draft(
        editor("fixtures/customers.json"),
        "typed",
        t`{ "contact": "${L("name", n)}", "msisdn": "${L("phone", digitsOnly)}", "optIn": true }`,
      );
    }),
    neg("company hotlines and switchboards", () =>
      draft(
        pick([mail("Service"), web("Kontakt")]),
        "screen",
        plain(
          pick([
            `Kundenservice: 0800 ${v.digits(3)} ${v.digits(4)} (kostenfrei, Mo–Fr 8–20 Uhr)`,
            `Service client : 09 69 ${v.digits(2)} ${v.digits(2)} ${v.digits(2)} (appel non surtaxé)`,
            `Hotline: 1-800-${v.digits(3)}-${v.digits(4)} (24/7)`,
            `Freephone 0800 ${v.digits(3)} ${v.digits(4)} – opening hours 9–5`,
            "Kundenservice: 0800 330 1000 (kostenfrei, Mo–Fr 8–20 Uhr)",
            "Service client : 3639 (service 0,35 €/min + prix appel)",
            "Atención al cliente: 900 100 200",
            "Customer support: 1-800-FLOWERS or 1-800-356-9377",
            "Zentrale: +49 30 2000 0 – bitte nach Durchwahl fragen",
            "Emergency: 112 · Police: 110",
            "Klantenservice 0900 0024 (€0,10 p/m)",
          ]),
        ),
      ),
    ),
    neg("numbers shaped like phones", () =>
      draft(
        pick([workChat(), terminal(), tracker(jiraKey())]),
        "typed",
        plain(
          pick([
            `Bestellnummer ${int(300, 399)}-${v.digits(7)}-${v.digits(7)} wurde versandt`,
            `tracking: 1Z ${v.letters(3)} ${v.digits(3)} ${v.digits(2)} ${v.digits(4)} ${v.digits(3)}`,
            "ISBN 978-3-16-148410-0 is out of print",
            `build 2026.${int(1, 52)}.${v.digits(4)} failed at ${isoDay()} ${time()}:${v.pad2(int(0, 59))}`,
            `coords 52.5${v.digits(3)}, 13.4${v.digits(3)}`,
            `invoice no. ${v.digits(4)} ${v.digits(3)} ${v.digits(3)} due in 30 days`,
            `the ticket number is 0${v.digits(3)} ${v.digits(7)}, quote it when you call`,
            `GTIN 40${v.digits(11)}`,
          ]),
        ),
      ),
    ),
    neg("fictional and placeholder numbers", () =>
      draft(
        pick([editor("phone.test.ts"), document("Style guide")]),
        "typed",
        plain(
          pick([
            "expect(format('+15555550123')).toBe('(555) 555-0123')",
            "Telefonnummern im Text immer als +49 30 123456-0 schreiben (Beispiel, nicht anrufen)",
            'placeholder="+33 6 00 00 00 00"',
            "input mask: (999) 999-9999",
          ]),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- 7. postal addresses

const addresses: Family = {
  name: "addresses",
  count: 215,
  templates: [
    neg("address as a verb and a concept", () =>
      draft(
        pick([workChat(), mail("Feedback"), tracker(jiraKey())]),
        "typed",
        plain(
          pick([
            "we need to address the churn in the SMB segment before Q2",
            "Bitte die Anmerkungen adressieren, dann gebe ich frei",
            "change the sender address on the newsletter template",
            "la dirección de la empresa ha decidido congelar las contrataciones",
            "the billing address field should autocomplete from the postcode",
          ]),
        ),
      ),
    ),
    pos("po box and c/o lines", () =>
      draft(
        pick([mail("Rechnungsadresse"), document("Invoice")]),
        "typed",
        pick([
          t`Rechnungsadresse: ${L("address", `Postfach ${v.digits(2)} ${v.digits(2)} ${v.digits(2)}, 20${v.digits(3)} Hamburg`)}`,
          t`bill to: ${L("address", `PO Box ${int(100, 9999)}, ${pick(["Boise, ID 83701", "Albany, NY 12201", "Reno, NV 89501"])}`)}`,
          t`envoyer à ${L("address", `c/o ${v.fullName("fr")}, ${v.address("FR")}`)}`,
        ]),
      ),
    ),
    pos("shipping address typed", () =>
      draft(
        web(
          pick(["Checkout", "Lieferadresse", "Adresse de livraison", "Dirección de envío"]),
          "https://shop.example-store.de/checkout/address",
        ),
        pick(["typed", "keys"] as const),
        t`${L("address", v.address())}`,
      ),
    ),
    pos("new address in a message", () => {
      const country = pick(["US", "GB", "DE", "FR", "ES", "NL", "IT", "PL", "SE", "PT"] as const);
      return draft(
        pick([workChat(), mail("Adressänderung")]),
        "typed",
        pick([
          t`please update my address for the payroll letters: ${L("address", v.address(country))}`,
          t`Meine neue Anschrift ab 1.1.: ${L("address", v.address(country))}`,
          t`nouvelle adresse : ${L("address", v.address(country))}`,
          t`la dirección para el envío del portátil es ${L("address", v.address(country))}`,
          t`stuur het pakket naar ${L("address", v.address(country))}`,
        ]),
      );
    }),
    pos("letter head with several lines", () => {
      const n = v.fullName();
      return draft(
        document(pick(["Kündigung Mietvertrag", "Letter", "Courrier"])),
        "screen",
        t`${L("name", n)}\n${L("address", v.address(pick(["DE", "FR", "GB", "IT", "PL"] as const), true))}\n\n${day()}\n\n${pick(["Betreff: Nebenkostenabrechnung", "Objet : résiliation", "Re: deposit"])}`,
      );
    }),
    pos("address json", () =>
      draft(
        editor("orders/4471.json"),
        "clipboard",
        t`{"id":"ord_${v.alnums(10)}","ship_to":"${L("address", v.address())}","status":"packed"}`,
      ),
    ),
    pos("maps url with an address", () => {
      const encoded = encodeURIComponent(v.address(pick(["DE", "FR", "NL", "GB"] as const))).replace(
        /%20/g,
        "+",
      );
      const body = t`https://www.google.com/maps/dir/${pick(["Current+Location", "My+Location", "Hallbrook+Office"])}/${L("address", encoded)}/`;
      return draft(web("Google Maps", body.text), "url", body);
    }),
    pos("registered office in an invoice", () =>
      draft(
        { app: "Adobe Acrobat Reader", title: "Rechnung_RE-2026-1188.pdf" },
        "screen",
        t`Kettler Bau GmbH · ${L("address", v.address("DE"))} · HRB ${int(10000, 99999)} B\nRechnung RE-2026-${int(1000, 9999)}\nLeistungszeitraum November 2026`,
      ),
    ),
    neg("memory and network addresses", () =>
      draft(
        pick([terminal(), editor("crash.log")]),
        "screen",
        plain(
          pick([
            `Segmentation fault at address 0x${v.hex(12)} in libcrypto.so.3`,
            `MAC address ${v.hex(2)}:${v.hex(2)}:${v.hex(2)}:${v.hex(2)}:${v.hex(2)}:${v.hex(2)} not in allow-list`,
            "Address already in use: bind 0.0.0.0:8080",
            "Return address mismatch in stack frame #4",
          ]),
        ),
      ),
    ),
    neg("streets that are not addresses", () =>
      draft(
        pick([workChat(), terminal(), web("Music")]),
        "typed",
        plain(
          pick([
            "git checkout feature/hauptstrasse-redesign",
            "Abbey Road remastered is on the office playlist again",
            "the Baker Street exit is closed, meet at the station entrance",
            "Sesame Street characters are trademarked, swap them in the deck",
            "la Via Appia era la regina viarum, slide 4",
            "tiles/14/8802/5373.png returned 404 from the map CDN",
          ]),
        ),
      ),
    ),
    neg("empty address form labels", () =>
      draft(
        web(pick(["Checkout", "Registrierung"])),
        "screen",
        plain(
          pick([
            "Straße und Hausnummer *\nPLZ *\nOrt *\nLand: Deutschland",
            "Address line 1\nAddress line 2 (optional)\nCity\nState / Province\nZIP / Postal code",
            "Adresse\nComplément d'adresse\nCode postal\nVille",
          ]),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- 8. national identifiers and passports

const nationalIds = (): { label: string; value: string } =>
  pick([
    () => ({ label: pick(["SSN", "Social Security No."]), value: v.ssn() }),
    () => ({ label: pick(["NI number", "National Insurance"]), value: v.nino() }),
    () => ({ label: pick(["Steuer-ID", "Steuerliche Identifikationsnummer"]), value: v.steuerId() }),
    () => ({ label: pick(["N° de sécurité sociale", "NIR"]), value: v.nir() }),
    () => ({ label: pick(["DNI", "NIF"]), value: v.dni() }),
    () => ({ label: "NIE", value: v.nie() }),
    () => ({ label: pick(["BSN", "burgerservicenummer"]), value: v.bsn() }),
    () => ({ label: "PESEL", value: v.pesel() }),
    () => ({ label: "personnummer", value: v.personnummer() }),
    () => ({ label: "NIF", value: v.nif() }),
    () => ({ label: "CPF", value: v.cpf() }),
    () => ({ label: "Rijksregisternummer", value: v.belgianNn() }),
    () => ({ label: "Codice fiscale", value: v.codiceFiscale() }),
  ])();

const nationalIdFamily: Family = {
  name: "national-ids",
  count: 215,
  templates: [
    pos("id checked with an assistant", () => {
      const id = nationalIds();
      return prompt(
        t`is this ${id.label} valid? ${L("national-id", id.value)} the payroll system rejects it`,
      );
    }),
    pos("onboarding form field", () => {
      const id = nationalIds();
      return draft(
        web(
          pick(["Onboarding - Personio", "New hire details", "Datos del empleado"]),
          "https://hallbrook.personio.de/onboarding",
        ),
        pick(["keys", "typed"] as const),
        t`${L("national-id", id.value)}`,
      );
    }),
    pos("id sent in chat or mail", () => {
      const id = nationalIds();
      return draft(
        pick([workChat(), mail("Unterlagen"), messenger()]),
        "typed",
        pick([
          t`here's my ${id.label} for the payroll setup: ${L("national-id", id.value)}`,
          t`meine ${id.label} ist ${L("national-id", id.value)}, die Lohnsteuerkarte folgt`,
          t`voici mon ${id.label} : ${L("national-id", id.value)}`,
          t`mi ${id.label}: ${L("national-id", id.value)}`,
          t`${id.label} ${L("national-id", id.value)} (zie bijlage)`,
        ]),
      );
    }),
    pos("employee record on screen", () => {
      const n = v.fullName();
      const id = nationalIds();
      return draft(
        web("Employee profile", "https://hallbrook.bamboohr.com/employees/employee.php?id=4471"),
        "screen",
        t`${L("name", n)}\nEmployee #${int(1000, 9999)}\nDate of birth: ${v.pad2(int(1, 28))}.${v.pad2(int(1, 12))}.${int(1961, 2003)}\n${id.label}: ${L("national-id", id.value)}\nTax class: 1`,
      );
    }),
    pos("passport mrz on screen", () => {
      const locale = pick(["de", "en", "fr", "es", "nl", "pl", "it"] as const);
      const country = (
        { de: "D", en: "GBR", fr: "FRA", es: "ESP", nl: "NLD", pl: "POL", it: "ITA" } as const
      )[locale];
      const p = v.passport(country);
      const given = v.firstName(locale);
      const family = v.surname(locale);
      const mrz = v.passportMrz(p, family, given);
      return draft(
        { app: pick(["Preview", "Photos", "Adobe Acrobat Reader"]), title: "passport_scan.pdf" },
        "screen",
        t`${({ de: "REISEPASS / PASSPORT", en: "PASSPORT", fr: "PASSEPORT / PASSPORT", es: "PASAPORTE", nl: "PASPOORT", pl: "PASZPORT", it: "PASSAPORTO" } as const)[locale]}\n${L("passport", p.number)}\n${L("name", `${given} ${family}`)}\n${L("name", mrz.line1)}\n${L("passport", mrz.line2)}`,
      );
    }),
    pos("passport in a travel booking", () => {
      const p = v.passport();
      const n = v.fullName();
      return draft(
        pick([
          web("Traveller details - TravelPerk", "https://app.travelperk.com/trips/checkout"),
          mail("Visa letter"),
        ]),
        "typed",
        pick([
          t`Passenger: ${L("name", n)}, passport ${L("passport", p.number)}, expires 2031`,
          t`Reisepassnummer: ${L("passport", p.number)}`,
          t`n° de passeport ${L("passport", p.number)} pour la lettre d'invitation`,
          t`pasaporte ${L("passport", p.number)}, nacionalidad española`,
        ]),
      );
    }),
    pos("ids in a csv export", () => {
      const rows = Array.from(
        { length: int(2, 3) },
        () => t`${L("name", v.fullName())};${L("national-id", nationalIds().value)};${isoDay()}\n`,
      );
      return draft(sheet("lohn_export_dez"), "clipboard", cat(t`name;id;start\n`, ...rows));
    }),
    neg("format masks and validation rules", () =>
      draft(
        pick([editor("validators.ts"), document("Field spec")]),
        "typed",
        plain(
          pick([
            "SSN format: XXX-XX-XXXX, never store it unmasked",
            "const dniPattern = /^[0-9]{8}[TRWAGMYFPDXBNJZSQVHLCKE]$/;",
            "PESEL: 11 cyfr, ostatnia to cyfra kontrolna (wagi 1-3-7-9)",
            "Steuer-ID: 11-stellig, Feld darf nicht leer sein",
            'placeholder="000-00-0000"',
            "Le NIR comporte 13 chiffres suivis d'une clé de 2 chiffres.",
          ]),
        ),
      ),
    ),
    neg("reference numbers shaped like ids", () =>
      draft(
        pick([mail("Ihre Bestellung"), workChat(), tracker(jiraKey())]),
        "typed",
        plain(
          pick([
            `Rechnungsnummer RE-${v.digits(4)}-${v.digits(6)}`,
            `order ${v.digits(3)}-${v.digits(2)}-${v.digits(4)} was refunded`,
            `serial SN ${v.hex(4).toUpperCase()}-${v.digits(5)}-${v.digits(2)}`,
            `Aktenzeichen ${int(1, 9)} O ${int(10, 999)}/26`,
            `Kundennummer ${v.digits(11)}`,
            `expediente ${v.digits(8)}-${v.letters(1)}${v.digits(2)}`,
            `ticket INC${v.digits(7)} reopened`,
          ]),
        ),
      ),
    ),
    neg("passport words without numbers", () =>
      draft(
        pick([workChat(), web("Travel policy")]),
        "typed",
        plain(
          pick([
            "remember your passport for the offsite in Lisbon, ID cards are fine inside Schengen",
            "Passport.js strategy for SAML is failing after the upgrade",
            "der Reisepass muss noch 6 Monate gültig sein",
            "Product passport (EU digital product passport) pilot starts in Q2",
          ]),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- 9. banking

const banking: Family = {
  name: "banking",
  count: 215,
  templates: [
    pos("iban read out over chat in pieces", () => {
      const raw = v.iban(pick(["DE", "FR", "ES", "NL", "IT"] as const), false);
      return draft(
        messenger(),
        "keys",
        t`${pick(["iban is", "meine iban:", "iban :", "mi iban"])} ${L("iban", raw.toLowerCase())}`,
      );
    }),
    neg("payment ui bugs", () =>
      draft(
        tracker(jiraKey()),
        "typed",
        plain(
          pick([
            "card number field is misaligned on Android when the keyboard opens",
            "IBAN input should strip spaces before validation",
            "Kartenprüfziffer wird erst nach dem Absenden geprüft, sollte live passieren",
            "routing number tooltip links to the wrong help page",
          ]),
        ),
      ),
    ),
    pos("card in a support ticket or prompt", () => {
      const c = v.card();
      return pick([
        () =>
          draft(
            tracker(jiraKey()),
            "typed",
            t`customer says card ${L("card", c)} was charged twice on ${isoDay()}`,
          ),
        () => prompt(t`why would a payment with ${L("card", c)} be declined with code 05?`),
        () =>
          draft(
            sheet("refunds"),
            "clipboard",
            t`refund_id;card;amount\nrf_${v.alnums(8)};${L("card", c)};${int(5, 400)}.00`,
          ),
      ])();
    }),
    pos("please pay to this iban", () => {
      const n = v.fullName();
      const country = pick(["DE", "FR", "ES", "NL", "IT", "GB", "PL", "BE", "PT", "AT", "SE"] as const);
      return draft(
        pick([mail("Rechnung"), messenger(), workChat()]),
        "typed",
        pick([
          t`Bitte überweise die 45 € für das Geschenk an ${L("iban", v.iban(country))} (${L("name", n)})`,
          t`IBAN: ${L("iban", v.iban(country))}\nKontoinhaber: ${L("name", n)}`,
          t`mon RIB : ${L("iban", v.iban(country))}`,
          t`te paso mi cuenta: ${L("iban", v.iban(country))}`,
          t`rekeningnummer ${L("iban", v.iban(country))} t.n.v. ${L("name", n)}`,
          t`numer konta: ${L("iban", v.iban(country))}`,
          t`send the refund to ${L("iban", v.iban(country))} please`,
        ]),
      );
    }),
    pos("card typed into checkout", () =>
      draft(
        web(pick(["Payment", "Zahlung", "Paiement"]), "https://checkout.example-store.de/pay"),
        "keys",
        t`${L("card", v.card())}`,
      ),
    ),
    pos("card shared in chat", () => {
      const brand = pick(["visa", "mc", "mc2", "amex"] as const);
      return draft(
        pick([workChat(), messenger()]),
        "typed",
        pick([
          t`use the team card for the conference: ${L("card", v.card(brand))} exp 09/28 cvc ${v.digits(brand === "amex" ? 4 : 3)}`,
          t`Firmenkarte ${L("card", v.card(brand))}, gültig bis 11/27`,
          t`la carte pour le billet de train : ${L("card", v.card(brand))}`,
        ]),
      );
    }),
    pos("us direct deposit form", () =>
      draft(
        web("Direct deposit - Gusto", "https://app.gusto.com/employee/direct_deposit"),
        "screen",
        t`Direct deposit\nBank: ${pick(["First Republic", "Chase", "Wells Fargo", "Ally"])}\nRouting number: ${L("routing-number", v.routingNumber())}\nAccount number: ${L("bank-account", v.usAccount())}\nAccount type: Checking`,
      ),
    ),
    pos("uk sort code and account", () =>
      draft(
        pick([mail("Expenses"), workChat()]),
        "typed",
        t`sort code ${L("routing-number", v.ukSortCode())}, account ${L("bank-account", v.digits(8))}, ref EXP-${int(100, 999)}`,
      ),
    ),
    pos("sepa batch csv", () => {
      const rows = Array.from(
        { length: int(2, 4) },
        () =>
          t`${L("name", v.fullName())};${L("iban", v.iban(undefined, false))};${int(80, 4000)},${v.pad2(int(0, 99))};Reisekosten\n`,
      );
      return draft(
        sheet("sepa_sammelueberweisung"),
        "clipboard",
        cat(t`Empfänger;IBAN;Betrag;Zweck\n`, ...rows),
      );
    }),
    pos("ach json", () =>
      draft(
        editor("payout.json"),
        "typed",
        t`{"payee":"${L("name", v.fullName("en"))}","routing":"${L("routing-number", v.routingNumber())}","account":"${L("bank-account", v.usAccount())}","amount_cents":${int(1000, 900000)}}`,
      ),
    ),
    neg("test cards and example ibans", () =>
      draft(
        pick([editor("payments.test.ts"), document("Integration guide")]),
        "typed",
        plain(
          pick([
            "use 4242 4242 4242 4242 with any future expiry to simulate a successful charge",
            "test card 5555 5555 5555 4444 triggers 3-D Secure",
            "4111 1111 1111 1111 is the classic Visa test number, any CVC works",
            "Beispiel-IBAN: DE89 3704 0044 0532 0130 00",
            "IBAN d'exemple : FR76 3000 6000 0112 3456 7890 189",
            "routing 110000000, account 000123456789 (Stripe test bank)",
          ]),
        ),
      ),
    ),
    neg("masked numbers and bank identifiers", () =>
      draft(
        pick([web("Billing"), mail("Receipt")]),
        "screen",
        plain(
          pick([
            `Visa •••• ${v.digits(4)} · expires ${v.pad2(int(1, 12))}/${int(27, 31)}`,
            `Mastercard ending in ${v.digits(4)} was charged 49,00 €`,
            `IBAN DE** **** **** **** **${v.digits(2)} ${v.digits(2)}`,
            "BIC: COBADEFFXXX · Commerzbank Frankfurt",
            "SWIFT code BNPAFRPP for international transfers",
          ]),
        ),
      ),
    ),
    neg("cards and accounts that are not payments", () =>
      draft(
        pick([workChat(), tracker(jiraKey())]),
        "typed",
        plain(
          pick([
            "move the Kanban card to Done once QA signs off",
            "the SIM card for the test phone is in the drawer",
            "account 4471 in the chart of accounts is travel expenses",
            `invoice total ${euro()}, VAT 19 % included`,
            "el número de cuenta contable 6290 es para gastos varios",
            `wire reference ${v.letters(3)}${v.digits(9)}`,
          ]),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- 10. secrets in code, config and chat

const secrets: Family = {
  name: "secrets",
  count: 215,
  templates: [
    pos("long compose file with a password", () =>
      draft(
        editor("docker-compose.yml"),
        pick(["typed", "clipboard"] as const),
        t`services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: billing\n      POSTGRES_PASSWORD: ${L("secret", v.password())}\n    volumes:\n      - pgdata:/var/lib/postgresql/data\n  api:\n    image: registry.hallbrook.io/billing-api:2026.12.1\n    environment:\n      STRIPE_KEY: ${L("secret", v.stripeLive())}\n    depends_on: [db]\nvolumes:\n  pgdata: {}`,
      ),
    ),
    neg("pins and buckets that grant nothing", () =>
      draft(
        pick([workChat(), editor("ratelimit.go")]),
        "typed",
        plain(
          pick([
            "connect the sensor to PIN 7 on the GPIO header",
            "pinned the runbook to the channel",
            "token bucket: 100 tokens, refill 10/s",
            "master key rotation is scheduled for Sunday 03:00, no action needed",
            "Schlüsselübergabe für das Büro ist am Montag um 9",
          ]),
        ),
      ),
    ),
    pos("token inside a git remote", () =>
      draft(
        terminal(),
        pick(["typed", "keys"] as const),
        pick([
          t`git remote set-url origin https://oauth2:${L("secret", v.gitlabToken())}@gitlab.hallbrook.io/platform/core.git`,
          t`git clone https://x-access-token:${L("secret", v.githubToken())}@github.com/hallbrook/infra.git`,
          t`npm config set //registry.npmjs.org/:_authToken ${L("secret", v.npmToken())}`,
        ]),
      ),
    ),
    pos("dotenv file", () => {
      const aws = v.awsKeyPair();
      return draft(
        editor(".env.production"),
        pick(["typed", "clipboard"] as const),
        t`NODE_ENV=production\nAWS_ACCESS_KEY_ID=${L("secret", aws.id)}\nAWS_SECRET_ACCESS_KEY=${L("secret", aws.secret)}\nAWS_REGION=eu-central-1`,
      );
    }),
    pos("connection strings", () => {
      const pw = v.password();
      return draft(
        pick([editor("docker-compose.yml"), terminal(), workChat()]),
        "typed",
        pick([
          t`DATABASE_URL=${L("secret", `postgres://billing:${pw}@db-prod-2.internal:5432/billing`)}`,
          t`mongosh "${L("secret", `mongodb+srv://admin:${encodeURIComponent(pw)}@cluster0.ab12c.mongodb.net/app`)}"`,
          t`redis-cli -u ${L("secret", `redis://default:${encodeURIComponent(pw)}@cache.hallbrook.io:6380`)}`,
          t`Server=sql-prod;Database=Payroll;User Id=svc_payroll;${L("secret", `Password=${pw}`)};`,
        ]),
      );
    }),
    pos("bearer token in a curl", () =>
      draft(
        terminal(),
        "typed",
        t`curl -s https://api.hallbrook.io/v2/exports -H "Authorization: Bearer ${L("secret", v.jwt())}" | jq .`,
      ),
    ),
    pos("vendor tokens pasted in chat", () => {
      const token = pick([
        v.githubToken,
        v.slackToken,
        v.stripeLive,
        v.gitlabToken,
        v.googleApiKey,
        v.sendgridKey,
        v.npmToken,
        v.openAiKey,
      ])();
      return draft(
        workChat(),
        pick(["typed", "clipboard"] as const),
        pick([
          t`here's the token for the staging bot, rotate it after the demo: ${L("secret", token)}`,
          t`${L("secret", token)}`,
          t`kannst du den Key mal testen? ${L("secret", token)}`,
          t`la clé : ${L("secret", token)} (ne la commitez pas)`,
        ]),
      );
    }),
    pos("private key block", () =>
      draft(editor("id_deploy"), "clipboard", t`${L("secret", v.privateKeyBlock())}`),
    ),
    pos("door codes, pins and wifi", () => {
      return draft(
        pick([workChat(), messenger()]),
        pick(["typed", "keys"] as const),
        pick([
          t`wifi for the guests: HB-Guest / ${L("secret", v.password())}`,
          t`Code fürs Tor ist ${L("secret", v.pin())}, Schlüssel liegt im Kasten`,
          t`le digicode c'est ${L("secret", `${v.digits(4)}${pick(["A", "B"])}`)}`,
          t`el PIN de la tarjeta de la oficina es ${L("secret", v.pin())}`,
          t`pincode van de kluis: ${L("secret", v.pin())}`,
          t`my phone pin is ${L("secret", v.pin())} if you need to grab the 2FA code`,
        ]),
      );
    }),
    pos("recovery codes on screen", () => {
      const codes = Array.from({ length: 4 }, () => v.recoveryCode());
      return draft(
        web("Two-factor recovery codes", "https://github.com/settings/auth/recovery-codes"),
        "screen",
        t`Save your recovery codes\n${L("secret", codes[0] ?? "")}   ${L("secret", codes[1] ?? "")}\n${L("secret", codes[2] ?? "")}   ${L("secret", codes[3] ?? "")}\nKeep them somewhere safe.`,
      );
    }),
    pos("kubernetes secret yaml", () =>
      draft(
        editor("secret.yaml"),
        "typed",
        t`apiVersion: v1\nkind: Secret\nmetadata:\n  name: smtp\nstringData:\n  username: mailer\n  password: ${L("secret", v.password())}`,
      ),
    ),
    neg("references to secrets", () =>
      draft(
        pick([editor("deploy.yml"), editor("config.ts"), terminal()]),
        "typed",
        plain(
          pick([
            // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, literally
            "NPM_TOKEN: ${{ secrets.NPM_TOKEN }}",
            "const apiKey = process.env.STRIPE_SECRET_KEY ?? throwMissing('STRIPE_SECRET_KEY');",
            "export OPENAI_API_KEY=<YOUR_API_KEY>",
            "password: ********",
            "vault kv get -field=password secret/payroll/db",
            "aws secretsmanager get-secret-value --secret-id prod/billing/db",
            "DB_PASSWORD=changeme  # replaced at deploy time by the operator",
            'token: "REDACTED"',
          ]),
        ),
      ),
    ),
    neg("hashes and ids that look random", () =>
      draft(
        pick([editor("package-lock.json"), terminal(), workChat()]),
        pick(["typed", "screen"] as const),
        plain(
          pick([
            `"integrity": "sha512-${v.fromAlphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 86)}=="`,
            `commit ${v.sha()}\nAuthor: CI Bot <ci@hallbrook.io>`,
            `request_id=${v.uuid()} status=502 upstream=billing`,
            `sha256:${v.sha(64)}  registry.hallbrook.io/api:2026.12.1`,
            `etag: W/"${v.hex(32)}"`,
            `trace ${v.hex(32)} span ${v.hex(16)}`,
          ]),
        ),
      ),
    ),
    neg("public keys and certificates", () =>
      draft(
        pick([editor("authorized_keys"), editor("ca.pem")]),
        "clipboard",
        plain(
          pick([
            `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${v.fromAlphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 43)} deploy@ci-runner-3`,
            `-----BEGIN CERTIFICATE-----\nMIID${v.fromAlphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 60)}\n${v.fromAlphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 64)}\n-----END CERTIFICATE-----`,
            `-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE${v.fromAlphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 52)}\n-----END PUBLIC KEY-----`,
          ]),
        ),
      ),
    ),
    neg("token and key as everyday words", () =>
      draft(
        pick([workChat(), tracker(jiraKey())]),
        "typed",
        plain(
          pick([
            "set max_tokens to 4096 and temperature 0.2 for the summariser",
            "the tokenizer splits German compounds badly",
            "key results for Q1: cut p95 latency by 30 %",
            "Passwortrichtlinie: mindestens 12 Zeichen, keine Wiederverwendung der letzten 5",
            "rotate the signing keys every 90 days (runbook step 4)",
            "pin the dependency to 4.2.1 until the fix lands",
          ]),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- 11. password fields

const loginPlace = (): Place =>
  pick([
    web("Sign in - Hallbrook SSO", "https://sso.hallbrook.io/login"),
    web("Anmelden – Sparkasse", "https://www.sparkasse.de/de/home/login.html"),
    web("Connexion - impots.gouv.fr", "https://cfspart.impots.gouv.fr/LoginAccess"),
    web("Iniciar sesión - Santander", "https://www.bancosantander.es/particulares/login"),
    web("Inloggen - DigiD", "https://digid.nl/inloggen"),
    web("Accedi - Poste Italiane", "https://idp-poste.poste.it/jod-login-schema/login"),
    web("Logowanie - mBank", "https://online.mbank.pl/pl/Login"),
    web("Logga in - Swedbank", "https://online.swedbank.se/app/ib/logga-in"),
    { app: "1Password", title: "Unlock 1Password" },
    { app: "Microsoft Outlook", title: "Windows Security" },
    { app: "Cisco Secure Client", title: "Cisco Secure Client | vpn.hallbrook.io" },
    { app: "Terminal", title: "sudo — -zsh" },
  ]);

const passwordFields: Family = {
  name: "password-fields",
  count: 215,
  templates: [
    pos("password typed at a login", () => draft(loginPlace(), "password", t`${L("secret", v.password())}`)),
    pos("pin typed at a login", () => draft(loginPlace(), "password", t`${L("secret", v.pin())}`)),
    pos("email typed into the password field by mistake", () => {
      const n = v.fullName();
      return draft(loginPlace(), "password", t`${L("email", v.emailFor(n))}`);
    }),
    pos("username typed into the password field", () =>
      draft(
        loginPlace(),
        "password",
        plain(
          pick([
            () => pick(["svc-deploy", "admin", "root", "administrator", "backup-op"]),
            () =>
              `${v.firstName("en").charAt(0).toLowerCase()}.${v
                .surname("de")
                .toLowerCase()
                .replace(/[^a-z]/g, "")}`,
            () => `${v.letters(2).toLowerCase()}${v.digits(4)}`,
            () =>
              `HALLBROOK\\${v.letters(1).toLowerCase()}${v
                .surname("sv")
                .toLowerCase()
                .replace(/[^a-z]/g, "")}`,
          ])(),
        ),
      ),
    ),
    pos("password typed in the wrong window", () => {
      const pw = v.password();
      return draft(
        pick([workChat(), terminal()]),
        "keys",
        pick([t`${L("secret", pw)}`, t`${L("secret", pw)}\n`, t`ssh ops@bastion\n${L("secret", pw)}`]),
      );
    }),
    pos("password shared in a message", () => {
      return draft(
        pick([workChat(), messenger(), mail("Zugang")]),
        "typed",
        pick([
          t`login for the shared Canva account is design@hallbrook.io / ${L("secret", v.password())}`,
          t`Passwort für den Testnutzer: ${L("secret", v.password())}`,
          t`mot de passe temporaire : ${L("secret", v.password())} — à changer à la première connexion`,
          t`la contraseña del router es ${L("secret", v.password())}`,
          t`wachtwoord: ${L("secret", v.password())}`,
          t`hasło do VPN: ${L("secret", v.password())}`,
        ]),
      );
    }),
    neg("searching for password help", () =>
      draft(
        web(pick(["Google", "Bing", "DuckDuckGo"]), "https://www.google.com/"),
        "keys",
        plain(
          pick([
            "how to reset outlook password",
            "passwort vergessen sparkasse",
            "mot de passe oublié ameli",
            "cambiar contraseña wifi movistar",
            "wachtwoord vergeten digid",
            "1password vs bitwarden for teams",
            "pin tab chrome shortcut",
          ]),
        ),
      ),
    ),
    neg("password rules and labels on screen", () =>
      draft(
        loginPlace(),
        "screen",
        plain(
          pick([
            "Password must contain at least 12 characters, one number and one symbol.",
            "Passwort\nPasswort anzeigen\nPasswort vergessen?",
            "Mot de passe incorrect. Il vous reste 2 tentatives.",
            "Introduce tu PIN de 4 dígitos",
            "Your session expired. Please sign in again.",
          ]),
        ),
      ),
    ),
    neg("password manager titles", () =>
      draft(
        { app: pick(["1Password", "KeePassXC", "Bitwarden"]) },
        "title",
        plain(
          pick([
            "1Password – All Items",
            "Datenbank.kdbx - KeePassXC",
            "Bitwarden – Vault",
            "Password Generator – 1Password",
            "Watchtower – 1Password",
          ]),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- 12. host addresses

const hosts: Family = {
  name: "hosts",
  count: 215,
  templates: [
    neg("routes and ranges", () =>
      draft(
        terminal(),
        "typed",
        plain(
          pick([
            "ip route add default via the gateway, 0.0.0.0/0 dev wg0",
            "docker network create --subnet 172.28.0.0/16 backend",
            "kubectl get svc -o wide | grep ClusterIP",
            "169.254.169.254 is the metadata endpoint, block it from pods",
          ]),
        ),
      ),
    ),
    pos("ip addr output", () =>
      draft(
        terminal(),
        "screen",
        t`2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500\n    inet ${L("ip", v.ipv4())}/24 brd 10.0.0.255 scope global eth0\n    inet6 ${L("ip", v.ipv6())}/64 scope global dynamic`,
      ),
    ),
    pos("access log lines", () => {
      const ip = v.ipv4();
      return draft(
        terminal(),
        "screen",
        t`${L("ip", ip)} - - [07/Dec/2026:${time()}:${v.pad2(int(0, 59))} +0100] "GET /api/v2/orders?page=${int(1, 40)} HTTP/1.1" 200 ${int(200, 90000)} "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.86 Safari/537.36"`,
      );
    }),
    pos("ssh and ping commands", () =>
      draft(
        terminal(),
        pick(["keys", "typed"] as const),
        pick([
          t`ssh -i ~/.ssh/ops ubuntu@${L("ip", v.ipv4())}`,
          t`ping -c 3 ${L("ip", v.ipv4())}`,
          t`nc -zv ${L("ip", v.ipv4())} 5432`,
          t`ssh admin@${L("ip", v.ipv6())}`,
          t`scp dump.sql root@${L("ip", v.ipv4())}:/tmp/`,
        ]),
      ),
    ),
    pos("host mentioned in chat", () =>
      draft(
        workChat(),
        "typed",
        pick([
          t`the db replica at ${L("ip", v.ipv4())} is lagging 40s`,
          t`kannst du ${L("ip", v.ipv4())} in die Firewall-Whitelist aufnehmen?`,
          t`le serveur ${L("ip", v.ipv4())} ne répond plus depuis 3h`,
          t`bloqueamos ${L("ip", v.ipv4())}, estaba haciendo scraping`,
          t`mijn thuis-IP is ${L("ip", v.ipv4())}, graag toevoegen aan de VPN-uitzondering`,
        ]),
      ),
    ),
    pos("inventory and config files", () =>
      draft(
        editor(pick(["inventory.ini", "haproxy.cfg", "pg_hba.conf"])),
        "typed",
        pick([
          t`[db]\npg-primary ansible_host=${L("ip", v.ipv4())}\npg-replica ansible_host=${L("ip", v.ipv4())}`,
          t`server app1 ${L("ip", v.ipv4())}:8080 check\nserver app2 ${L("ip", v.ipv4())}:8080 check`,
          t`host  all  all  ${L("ip", v.ipv4())}/32  scram-sha-256`,
        ]),
      ),
    ),
    pos("security alert json", () =>
      draft(
        web("Alert - Datadog", "https://app.datadoghq.eu/monitors"),
        "clipboard",
        t`{"rule":"impossible_travel","user":"svc-sync","src_ip":"${L("ip", v.ipv4())}","prev_ip":"${L("ip", v.ipv6())}","severity":"high"}`,
      ),
    ),
    neg("versions and oids", () =>
      draft(
        pick([terminal(), editor("CHANGELOG.md"), tracker(jiraKey())]),
        "typed",
        plain(
          pick([
            `Chrome/131.0.${int(6000, 6999)}.${int(10, 200)} crashes on the upload page`,
            `bump openssl to 3.0.${int(10, 15)} and node to 20.${int(10, 18)}.1`,
            "snmpwalk -v2c -c public host 1.3.6.1.2.1.1.5.0",
            "OID 1.2.840.113549.1.1.11 is sha256WithRSAEncryption",
            `Windows 10.0.${int(19041, 26100)}.${int(100, 5000)} build not supported`,
            `see section 4.2.1.${int(1, 9)} of the spec`,
            `release 2026.12.${int(1, 9)}.${int(1, 30)} tagged`,
          ]),
        ),
      ),
    ),
    neg("loopback, masks and documentation ranges", () =>
      draft(
        pick([editor("README.md"), terminal(), document("Network guide")]),
        "typed",
        plain(
          pick([
            "curl http://127.0.0.1:3000/healthz",
            "listen 0.0.0.0:8443",
            "netmask 255.255.255.0, gateway on the .1",
            `Example: allow 192.0.2.${int(1, 254)} and 198.51.100.${int(1, 254)} in the test rules`,
            `documentation prefix 2001:db8::${v.hex(4)}`,
            `203.0.113.${int(1, 254)} is used in all screenshots`,
            "localhost resolves to ::1 on the new runners",
          ]),
        ),
      ),
    ),
    neg("dotted dates and amounts", () =>
      draft(
        pick([workChat(), sheet("budget")]),
        "typed",
        plain(
          pick([
            `Termin am ${day()} um ${time()}`,
            `Umsatz 1.${v.digits(3)}.${v.digits(3)} € im Q3`,
            `Gliederung 2.3.1.4 überarbeiten`,
            `Kapitel 3.1.2, Seite ${int(10, 90)}`,
          ]),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- 13. structured records

const records: Family = {
  name: "records",
  count: 215,
  templates: [
    pos("vcard", () => {
      const n = v.fullName();
      return draft(
        editor("contact.vcf"),
        "clipboard",
        t`BEGIN:VCARD\nVERSION:4.0\nFN:${L("name", n)}\nTEL;TYPE=cell:${L("phone", v.phone())}\nEMAIL:${L("email", v.emailFor(n))}\nADR;TYPE=home:;;${L("address", v.address("DE").replace(", ", ";"))}\nEND:VCARD`,
      );
    }),
    pos("customer csv export", () => {
      const rows = Array.from({ length: int(2, 4) }, () => {
        const n = v.fullName();
        return t`${int(10000, 99999)},${L("name", n)},${L("email", v.emailFor(n))},${L("phone", v.phone())},"${L("address", v.address())}"\n`;
      });
      return draft(sheet("customers_export"), "clipboard", cat(t`id,name,email,phone,address\n`, ...rows));
    }),
    pos("api response json", () => {
      const n = v.fullName();
      return draft(
        pick([terminal(), web("Postman", "https://web.postman.co/workspace")]),
        "screen",
        t`{\n  "id": "cus_${v.alnums(14)}",\n  "name": "${L("name", n)}",\n  "email": "${L("email", v.emailFor(n))}",\n  "iban": "${L("iban", v.iban(undefined, false))}",\n  "created": "${isoDay()}T${time()}:00Z"\n}`,
      );
    }),
    pos("sql insert", () => {
      const n = v.fullName();
      return draft(
        editor("seed_prod_fix.sql"),
        "typed",
        t`INSERT INTO customers (full_name, email, phone) VALUES ('${L("name", n.replace(/'/g, "''"))}', '${L("email", v.emailFor(n))}', '${L("phone", v.phone())}');`,
      );
    }),
    pos("application log line", () => {
      const n = v.fullName();
      return draft(
        terminal(),
        "screen",
        t`${isoDay()}T${time()}:${v.pad2(int(0, 59))}.${v.digits(3)}Z WARN signup: duplicate account email=${L("email", v.emailFor(n))} ip=${L("ip", v.ipv4())} name="${L("name", n)}"`,
      );
    }),
    pos("employee table with salaries", () => {
      const rows = Array.from({ length: int(2, 3) }, () => {
        const n = v.fullName();
        return t`| ${L("name", n)} | ${pick(["Engineering", "Sales", "Ops"])} | ${int(48, 140)}.000 € | ${pick(["A", "B", "C"])} |\n`;
      });
      return draft(
        document("Gehaltsrunde 2027"),
        "screen",
        cat(t`| Name | Bereich | Gehalt | Rating |\n|---|---|---|---|\n`, ...rows),
        ["hr"],
      );
    }),
    pos("form submission email", () => {
      const n = v.fullName();
      return draft(
        mail("New form submission: Contact"),
        "screen",
        t`Name: ${L("name", n)}\nE-Mail: ${L("email", v.emailFor(n))}\nTelefon: ${L("phone", v.phone())}\nNachricht: Bitte um Rückruf wegen der Lieferung.`,
      );
    }),
    neg("inventory and metrics data", () =>
      draft(
        pick([sheet("inventory"), terminal(), editor("metrics.json")]),
        pick(["clipboard", "screen"] as const),
        plain(
          pick([
            `sku,name,qty,price\nLP-${v.digits(4)},Laptop stand,${int(1, 90)},39.90\nKB-${v.digits(4)},Keyboard DE,${int(1, 90)},79.00`,
            `{"p50_ms":${int(10, 90)},"p95_ms":${int(100, 900)},"errors":${int(0, 40)},"region":"eu-central-1"}`,
            `Artikel;Menge;Lager\nSchrauben M4;${int(100, 9000)};Halle 3\nDübel 8mm;${int(100, 9000)};Halle 1`,
            `date,visits,signups\n${isoDay()},${int(1000, 9000)},${int(10, 300)}`,
          ]),
        ),
      ),
    ),
    neg("schemas without values", () =>
      draft(
        editor(pick(["schema.prisma", "customer.avsc", "migration.sql"])),
        "typed",
        plain(
          pick([
            "model Customer {\n  id    String @id\n  name  String\n  email String @unique\n  phone String?\n  iban  String?\n}",
            "CREATE TABLE patients (id uuid primary key, diagnosis text, ssn_encrypted bytea);",
            '{"type":"record","name":"Employee","fields":[{"name":"firstName","type":"string"},{"name":"salary","type":"int"}]}',
            "first_name,last_name,email,phone,street,zip,city",
          ]),
        ),
      ),
    ),
    neg("synthetic fixture ids", () =>
      draft(
        editor("fixtures.ts"),
        "typed",
        plain(
          pick([
            `const orderIds = ["ord_${v.alnums(10)}", "ord_${v.alnums(10)}"];`,
            `user_id=${v.uuid()} tenant=acme plan=pro`,
            `{"id":${int(1, 99999)},"slug":"winter-sale-${int(2020, 2027)}","active":true}`,
          ]),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- 14. window titles and URLs

const titlesAndUrls: Family = {
  name: "titles-and-urls",
  count: 215,
  templates: [
    neg("reference pages named after people", () => {
      const url = pick([
        "https://en.wikipedia.org/wiki/Ford_Motor_Company",
        "https://de.wikipedia.org/wiki/Hugo_Boss_(Unternehmen)",
        "https://www.mcdonalds.com/de/de-de/restaurant-finder.html",
        "https://www.disneyplus.com/",
      ]);
      return draft(web("Wikipedia", url), "url", plain(url));
    }),
    pos("scheduling links and chat titles", () => {
      const n = v.fullName();
      const slug = n
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .toLowerCase()
        .replace(/[^a-z]+/g, "-");
      return pick([
        () => {
          const body = t`https://calendly.com/${L("name", slug)}/30min`;
          return draft(web("Calendly", body.text), "url", body);
        },
        () => draft({ app: "WhatsApp" }, "title", t`${L("name", n)} - WhatsApp`),
        () => draft({ app: "Slack" }, "title", t`${L("name", n)} (DM) - Hallbrook - Slack`),
      ])();
    }),
    pos("mail search url", () => {
      const e = v.emailFor(v.fullName());
      const body = t`https://mail.google.com/mail/u/0/#search/from%3A${L("email", e.replace("@", "%40"))}`;
      return draft(web("Search results - Gmail", body.text), "url", body);
    }),
    pos("linkedin profile url", () => {
      const n = v.fullName();
      const slug = n
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .toLowerCase()
        .replace(/[^a-z]+/g, "-");
      const body = t`https://www.linkedin.com/in/${L("name", slug)}-${v.hex(6)}/`;
      return draft(web("LinkedIn", body.text), "url", body);
    }),
    pos("meeting window titles", () => {
      const n = v.fullName();
      return draft(
        { app: pick(["zoom.us", "Microsoft Teams", "Google Meet"]) },
        "title",
        pick([
          t`Zoom Meeting with ${L("name", n)}`,
          t`Call with ${L("name", n)} | Microsoft Teams`,
          t`1:1 ${L("name", n)} - Google Meet`,
          t`Bewerbungsgespräch ${L("name", n)} | Microsoft Teams`,
        ]),
        [],
      );
    }),
    pos("hr and health titles", () => {
      const n = v.fullName();
      return pick([
        () =>
          draft({ app: "Microsoft Teams" }, "title", t`Exit interview – ${L("name", n)} | Microsoft Teams`, [
            "hr",
          ]),
        () => draft({ app: "Chrome" }, "title", t`Krankmeldung ${L("name", n)} - Personio`, ["hr", "health"]),
        () => draft({ app: "Mail" }, "title", t`Re: Your therapy session on Thursday`, ["health"]),
        () => draft({ app: "Word" }, "title", t`PIP_${L("name", n.replace(/ /g, "_"))}.docx - Word`, ["hr"]),
      ])();
    }),
    pos("urls with identifiers", () =>
      pick([
        () => {
          const body = t`https://hallbrook.bamboohr.com/employees/search?q=${L("email", v.emailFor(v.fullName(), true))}`;
          return draft(web("Search - BambooHR", body.text), "url", body);
        },
        () => {
          const body = t`https://pay.example-psp.com/checkout?iban=${L("iban", v.iban(undefined, false))}&amount=120.00`;
          return draft(web("Checkout", body.text), "url", body);
        },
        () => {
          const body = t`https://grafana.hallbrook.io/explore?query=src_ip%3D%22${L("ip", v.ipv4())}%22`;
          return draft(web("Explore - Grafana", body.text), "url", body);
        },
      ])(),
    ),
    pos("salary and review urls", () => {
      const body = t`https://hallbrook.personio.de/compensation/employees/${int(100000, 999999)}/salary-history`;
      return draft(web("Salary history - Personio", body.text), "url", body, ["hr"]);
    }),
    neg("ordinary tool titles", () =>
      draft(
        { app: pick(["Jenkins", "Docker Desktop", "Google Chrome", "Safari"]) },
        "title",
        plain(
          pick([
            `Jenkins – billing-service #${int(100, 9999)}`,
            "Docker Desktop – Containers – all healthy",
            "Ford F-150 Lightning | Build & Price",
            "Health check dashboard - Grafana",
            "Payroll API reference · Hallbrook Docs",
            "Marie Curie lab building map - Campus",
            "Offers | Black Friday",
          ]),
        ),
      ),
    ),
    neg("urls with opaque ids", () => {
      const url = pick([
        `https://github.com/hallbrook/health-check/pull/${int(10, 999)}`,
        `https://app.hubspot.com/reports/${int(100000, 999999)}?utm_source=newsletter&utm_medium=email`,
        `https://hallbrook.atlassian.net/wiki/spaces/ENG/pages/${v.digits(10)}/Runbook`,
        `https://drive.google.com/file/d/1${v.alnums(32)}/view`,
        `https://www.youtube.com/watch?v=${v.alnums(11)}`,
        `https://docs.stripe.com/testing#cards`,
      ]);
      return draft(web("Browser", url), "url", plain(url));
    }),
  ],
};

export const tenthFamilies: readonly Family[] = [
  personalChat,
  assistantPrompts,
  health,
  employment,
  contacts,
  phones,
  addresses,
  nationalIdFamily,
  banking,
  secrets,
  passwordFields,
  hosts,
  records,
  titlesAndUrls,
];

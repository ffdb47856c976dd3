import type { SensitivityCategory } from "@cordon/sensitivity";
import type { AppCategories } from "./organisation.ts";

/** Where an event happened: the foreground app, its window title, the browser tab's address. */
export interface SurfaceInput {
  app: { name: string; bundleId?: string | undefined };
  window: { title?: string | undefined };
  url?: string | undefined;
}

/** The kind of form a window asks to be filled in: bare values typed there are likelier that kind. */
export type FormKind = "identity" | "bank" | "travel" | "address";

/**
 * What the place says about the text seen there. A password manager, a bank,
 * a health portal or an HR system makes the matching category likelier
 * (`lifts` are added to span scores); typing into an AI assistant or a
 * personal messenger is a personal conversation; a code editor makes numbers
 * likelier to be ids than personal data.
 */
export interface Surface {
  kind: SurfaceKind;
  code: boolean;
  lifts: Partial<Record<SensitivityCategory, number>>;
  /** Everything seen here is this category: visiting a health portal, and what is typed there, is health data. */
  revealedCategory?: SensitivityCategory;
  /**
   * The window is a form that asks for identity documents (onboarding, visa,
   * tax forms), bank details (direct deposit) or travel documents (visa,
   * passenger details), or a postal address (checkout, delivery): a bare number
   * or street line typed there is that kind of value even with no word beside it.
   */
  form?: FormKind;
  /**
   * Free text typed here is a conversation. To an AI assistant it is always a
   * `prompt`; in a chat app its content decides: personal life is `prompt`
   * wherever it is typed, work talk is not, even in a personal messenger.
   */
  conversation?: "ai-assistant" | "personal-chat" | "work-chat";
}

export type SurfaceKind =
  | "password-manager"
  | "banking"
  | "health-portal"
  | "hr-system"
  | "ai-assistant"
  | "personal-chat"
  | "work-chat"
  | "code-editor"
  | "code-host"
  | "public-reference"
  | "other";

interface SurfaceRule {
  kind: SurfaceKind;
  /** Lower-case fragments of the app name or bundle id. */
  apps: readonly string[];
  /** Lower-case fragments of the host name. */
  hosts: readonly string[];
  /** Lower-case fragments of the window title. */
  titles: readonly string[];
}

// First matching rule wins; the order puts the most specific surfaces first.
// biome-ignore format: rule tables read better packed
const surfaceRules: readonly SurfaceRule[] = [
  {
    kind: "password-manager",
    apps: ["1password", "bitwarden", "lastpass", "keepass", "dashlane", "keeper", "keychain access", "nordpass", "proton pass"],
    hosts: ["vault.bitwarden.com", "lastpass.com", "1password.com", "dashlane.com", "keepersecurity.com"],
    titles: ["password manager"],
  },
  {
    kind: "health-portal",
    apps: ["mychart", "teladoc", "nhs app", "healow"],
    hosts: ["mychart", "patient", "nhs.uk", "healthcare.gov", "webmd.com", "mayoclinic.org", "zocdoc.com", "teladoc", "kp.org", "myhealth", "pharmacy", "clinic", "doctolib", "livi.", "babylonhealth"],
    titles: ["patient portal", "mychart", "test results", "my health", "pharmacy", "prescriptions"],
  },
  {
    kind: "banking",
    apps: ["banking", "revolut", "monzo", "paypal", "wise", "n26", "bbva", "chase", "barclays", "bnp paribas", "deutsche bank", "santander", "hsbc", "lloyds", "natwest", "starling", "ing banking"],
    hosts: ["bank", "paypal.com", "chase.com", "wellsfargo.com", "hsbc.", "barclays.", "revolut.com", "monzo.com", "wise.com", "n26.com", "santander.", "bbva.", "americanexpress.com", "schwab.com", "fidelity.com", "vanguard.com", "lloyds", "natwest", "creditkarma.com", "venmo.com"],
    titles: ["online banking", "bank account", "account summary"],
  },
  {
    kind: "hr-system",
    apps: ["workday", "bamboohr", "personio", "lattice", "culture amp", "15five"],
    hosts: ["workday", "bamboohr.com", "successfactors", "lattice.com", "cultureamp.com", "15five.com", "personio.", "hibob.com", "adp.com", "gusto.com", "rippling.com", "deel.com"],
    titles: ["performance review", "self-assessment", "self assessment", "compensation", "payroll", "time off"],
  },
  {
    // Encyclopedias, forums and media sites: an HR word there names a topic ("Severance (TV series)",
    // "Salary negotiation tips? - r/cscareerquestions"), not something about an employee.
    kind: "public-reference",
    apps: [],
    hosts: ["wikipedia.org", "reddit.com", "quora.com", "youtube.com", "imdb.com", "medium.com", "news.ycombinator.com"],
    titles: ["- wikipedia", "- reddit", "| reddit", "- quora", "- youtube", "- imdb", "| hacker news"],
  },
  {
    kind: "ai-assistant",
    apps: ["chatgpt", "claude", "gemini", "copilot", "perplexity", "le chat", "ollama", "lm studio"],
    hosts: ["chat.openai.com", "chatgpt.com", "claude.ai", "gemini.google.com", "copilot.microsoft.com", "perplexity.ai", "chat.mistral.ai", "poe.com", "character.ai", "pi.ai", "chat.deepseek.com"],
    titles: [],
  },
  {
    kind: "work-chat",
    apps: ["slack", "microsoft teams", "teams", "google chat", "mattermost", "rocket.chat", "zulip", "webex", "chanty", "flock", "pumble"],
    hosts: ["app.slack.com", "teams.microsoft.com", "chat.google.com", "mattermost", "zulipchat.com"],
    titles: [],
  },
  {
    kind: "personal-chat",
    apps: ["whatsapp", "signal", "telegram", "messages", "imessage", "messenger", "discord", "wechat", "viber", "line", "threema", "kakaotalk"],
    hosts: ["web.whatsapp.com", "web.telegram.org", "messenger.com", "discord.com", "signal.org", "web.wechat.com"],
    titles: [],
  },
  {
    kind: "code-editor",
    apps: ["visual studio", "vscode", "code", "cursor", "intellij", "pycharm", "webstorm", "goland", "clion", "rider", "android studio", "xcode", "sublime", "vim", "emacs", "zed", "eclipse", "netbeans", "terminal", "iterm", "warp", "alacritty", "kitty", "wezterm", "powershell", "com.microsoft.vscode"],
    hosts: [],
    titles: [],
  },
  {
    kind: "code-host",
    apps: [],
    hosts: ["github.com", "gitlab.com", "bitbucket.org", "stackoverflow.com", "gist.github", "codesandbox.io", "replit.com"],
    titles: [],
  },
];

const surfaceEffects: Readonly<Record<SurfaceKind, Omit<Surface, "kind">>> = {
  "password-manager": { code: false, lifts: { credential: 0.2 } },
  banking: { code: false, lifts: { financial: 0.2 }, revealedCategory: "financial" },
  "health-portal": { code: false, lifts: { health: 0.3 }, revealedCategory: "health" },
  "hr-system": { code: false, lifts: { hr: 0.3 } },
  "ai-assistant": { code: false, lifts: {}, conversation: "ai-assistant" },
  "personal-chat": { code: false, lifts: {}, conversation: "personal-chat" },
  "work-chat": { code: false, lifts: {}, conversation: "work-chat" },
  "code-editor": { code: true, lifts: {} },
  "code-host": { code: true, lifts: {} },
  "public-reference": { code: false, lifts: { hr: -0.5 } },
  other: { code: false, lifts: {} },
};

/**
 * Reads the surface of an event from its app, title and URL. The
 * organisation's own app categories are tried before the built-in rules.
 */
export function describeSurface({ app, window, url }: SurfaceInput, apps?: AppCategories): Surface {
  const appName = `${app.name} ${app.bundleId ?? ""}`.toLowerCase();
  if (apps !== undefined) {
    const own = organisationKind(appName, apps);
    if (own !== undefined) return { kind: own, ...surfaceEffects[own] };
  }
  const host = hostOf(url);
  const title = (window.title ?? "").toLowerCase();
  // The app itself says most: in a code editor or a terminal the title is a file or a shell
  // ("payroll.ts — billing-api"), in a messenger a chat's name. Hosts and titles decide only
  // for apps no rule knows, such as browsers.
  const rule =
    surfaceRules.find((candidate) => candidate.apps.some((fragment) => matchesWord(appName, fragment))) ??
    surfaceRules.find(
      (candidate) =>
        (host !== "" && candidate.hosts.some((fragment) => host.includes(fragment))) ||
        candidate.titles.some((fragment) => title.includes(fragment)),
    );
  const kind = rule?.kind ?? "other";
  // A bank's own app or site is where bank details are shown and typed, whatever the page.
  const form = formOf(`${title} ${(url ?? "").toLowerCase()}`) ?? (kind === "banking" ? "bank" : undefined);
  return { kind, ...surfaceEffects[kind], ...(form === undefined ? {} : { form }) };
}

const bankForm =
  /direct[ _-]?deposit|pay(?:ment)?[ _-]?elections?|payment[ _-]?(?:details|information)|bankverbindung|bankdaten|bankgegevens|dane bankowe|coordonn[ée]es de paiement|rib\b|dati bancari|dados banc[aá]rios|bankuppgifter|bankoplysninger|bankopplysninger|pankkitiedot|salary[ _-]?account|bank[ _-]?(?:details|account|information|info)|payroll[ _-]?setup|routing|wire[ _-]?transfer|payout|payment[ _-]?method|bankverbindung|coordonn[ée]es bancaires|datos bancarios/;
// Forms that ask for a passport: visas, airlines' passenger details, travel profiles.
const travelForm =
  /passport|passeport|pasaporte|reisepass|paspoort|passaporto|travel[ _-]?(?:documents?|profile)|reisedokument|document de voyage|documento de viaje|passenger[ _-]?(?:details|information|info)|visa\b|visum|\besta\b|e-?visa|online check-in|check-in details/;
const identityForm =
  /identity|id[ _-]?documents?|onboarding|new[ _-]?(?:hire|starter|joiner|employee)|starter[ _-]?checklist|personal[ _-]?(?:details|data|information|info)|employee[ _-]?(?:record|details|information|data|profile)|tax[ _-]?(?:information|info|forms?|id)|national[ _-]?insurance|social[ _-]?security|\bssn\b|\bw-?4\b|\bi-?9\b|hmrc|steuer|nif\b|\bdni\b|benefits[ _-]?enrol|dependants|dependents|payroll|personalfragebogen|mitarbeiterdaten|personaldaten|personalstammdaten|stammdaten|indiensttreding|nieuwe[ _-]?medewerker|persoonsgegevens|datos personales|datos del empleado|donn[ée]es personnelles|embauche|dati anagrafici|dati personali|anställningsuppgifter|personuppgifter|medarbejderoplysninger|personoplysninger|personopplysninger|ansattopplysninger|henkilötiedot|työntekijän tiedot|dane pracownika|dane osobowe|kadry|dados do colaborador|dados pessoais|ficha do colaborador|neue[rn]? mitarbeiter(?:in)?|steuerdaten|persoonlijke gegevens|fiche (?:salari[ée]|employ[ée])|alta de (?:empleado|trabajador)|medarbejder|ny medarbetare|nyansatt|uusi työntekijä|nuovo dipendente|novo colaborador|nowy pracownik/;

// Forms that ask for a postal address: checkout and delivery pages, an address change.
const addressForm =
  /shipping|delivery[ _-]?address|billing[ _-]?address|home[ _-]?address|change[ _-]?of[ _-]?address|lieferadresse|rechnungsadresse|anschrift|adresse de (?:livraison|facturation)|afleveradres|bezorgadres|factuuradres|datos de env[ií]o|direcci[oó]n de (?:env[ií]o|entrega|facturaci[oó]n)|indirizzo di (?:spedizione|consegna)|endereço de (?:entrega|envio)|adres dostawy/;

function formOf(place: string): FormKind | undefined {
  if (bankForm.test(place)) return "bank";
  if (addressForm.test(place)) return "address";
  if (travelForm.test(place)) return "travel";
  if (identityForm.test(place)) return "identity";
  return undefined;
}

function organisationKind(appName: string, apps: AppCategories): SurfaceKind | undefined {
  const listed = (names: readonly string[]) => names.some((name) => matchesWord(appName, name.toLowerCase()));
  if (listed(apps.aiAssistant)) return "ai-assistant";
  if (listed(apps.personalMessenger)) return "personal-chat";
  if (listed(apps.workChat)) return "work-chat";
  return undefined;
}

/** `code` must match "Code" or "Visual Studio Code", not "Xcode Cloud" or "Encoder". */
function matchesWord(haystack: string, fragment: string): boolean {
  let at = haystack.indexOf(fragment);
  while (at !== -1) {
    const before = at === 0 ? " " : haystack.charAt(at - 1);
    const after = haystack.charAt(at + fragment.length) || " ";
    if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) return true;
    at = haystack.indexOf(fragment, at + 1);
  }
  return false;
}

function hostOf(url: string | undefined): string {
  if (url === undefined) return "";
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return "";
  }
}

import type { SensitivityCategory } from "@cordon/sensitivity";
import type { AppCategories } from "./organisation.ts";

/** Where an event happened: the foreground app, its window title, the browser tab's address. */
export interface SurfaceInput {
  app: { name: string; bundleId?: string | undefined };
  window: { title?: string | undefined };
  url?: string | undefined;
}

/** The kind of form a window asks to be filled in: bare values typed there are likelier that kind. */
export type FormKind = "identity" | "bank" | "travel" | "address" | "sign-in";

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
   * A window that asks someone to sign in or to confirm a sign-in (a sign-in page,
   * a verification step, a VPN client, an authenticator, a password manager) is a
   * `sign-in` form: a number of six to eight digits typed or shown alone there is a
   * one-time code.
   */
  form?: FormKind;
  /**
   * Free text typed here is a conversation. To an AI assistant it is always a
   * `prompt`; in a chat app its content decides: personal life is `prompt`
   * wherever it is typed, work talk is not, even in a personal messenger.
   */
  conversation?: "ai-assistant" | "personal-chat" | "work-chat" | "email";
}

export type SurfaceKind =
  | "password-manager"
  | "banking"
  | "health-portal"
  | "hr-system"
  | "ai-assistant"
  | "personal-chat"
  | "work-chat"
  | "email"
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
  /** Lower-case fragments of the address's host and path, for apps that live under a path of a bigger site. */
  pages?: readonly string[];
  /**
   * The site's name as the first or last part of a browser tab's title ("Trip ideas - Claude", "Ana Ruiz - Chat",
   * "DeepSeek - Into the Unknown"): a whole part, so a page merely mentioning the name does not count.
   */
  siteNames?: readonly string[];
}

// First matching rule wins; the order puts the most specific surfaces first.
// biome-ignore format: rule tables read better packed
const surfaceRules: readonly SurfaceRule[] = [
  {
    kind: "password-manager",
    apps: ["1password", "bitwarden", "lastpass", "keepass", "keepassxc", "keepassx", "keepassium", "strongbox", "enpass", "roboform", "passbolt", "dashlane", "keeper", "keychain access", "nordpass", "proton pass"],
    hosts: ["vault.bitwarden.com", "lastpass.com", "1password.com", "dashlane.com", "keepersecurity.com"],
    titles: ["password manager", ".kdbx"],
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
    apps: ["chatgpt", "claude", "gemini", "copilot", "perplexity", "le chat", "ollama", "lm studio", "deepseek", "poe", "grok", "meta ai", "msty", "gpt4all", "chatbox", "huggingchat", "kimi", "qwen chat", "character.ai", "character ai", "open webui", "librechat", "anythingllm", "mistral", "doubao", "yuanbao", "typingmind", "jan.ai", "boltai"],
    hosts: ["chat.openai.com", "chatgpt.com", "claude.ai", "gemini.google.com", "copilot.microsoft.com", "perplexity.ai", "chat.mistral.ai", "poe.com", "character.ai", "pi.ai", "chat.deepseek.com", "grok.com", "meta.ai", "chat.qwen.ai", "kimi.com", "kimi.moonshot.cn", "copilot.cloud.microsoft", "aistudio.google.com", "notebooklm.google.com", "lmarena.ai", "you.com", "phind.com", "t3.chat", "duck.ai", "chat.z.ai", "doubao.com", "yuanbao.tencent.com", "tongyi.aliyun.com", "chatglm.cn", "yiyan.baidu.com", "manus.im", "coral.cohere.com", "chat.reka.ai", "venice.ai", "v0.dev", "v0.app", "bolt.new", "lovable.dev", "typingmind.com", "genspark.ai", "monica.im"],
    titles: ["microsoft copilot", "copilot chat", "le chat - mistral", "raycast ai"],
    pages: ["github.com/copilot", "x.com/i/grok", "huggingface.co/chat", "m365.cloud.microsoft/chat", "bing.com/chat", "openrouter.ai/chat", "platform.openai.com/playground", "console.anthropic.com/workbench"],
    siteNames: ["chatgpt", "claude", "gemini", "google gemini", "perplexity", "mistral ai", "le chat", "deepseek", "poe", "grok", "meta ai", "huggingchat", "copilot", "microsoft copilot", "microsoft 365 copilot", "kimi", "qwen chat", "google ai studio", "notebooklm", "open webui", "librechat", "anythingllm", "character.ai", "duck.ai", "doubao", "yuanbao", "v0 by vercel", "lovable", "manus"],
  },
  {
    kind: "work-chat",
    apps: ["slack", "microsoft teams", "teams", "google chat", "mattermost", "rocket.chat", "zulip", "webex", "chanty", "flock", "pumble", "lark", "feishu", "dingtalk", "wecom", "chatwork", "ringcentral", "twist"],
    hosts: ["app.slack.com", "teams.microsoft.com", "teams.cloud.microsoft", "chat.google.com", "mattermost", "zulipchat.com", "larksuite.com", "feishu.cn", "dingtalk.com", "chatwork.com", "twist.com"],
    titles: [],
    // Google Chat in a browser: "Ana Ruiz - Chat", under mail.google.com/chat.
    pages: ["mail.google.com/chat"],
    siteNames: ["chat", "google chat", "slack", "microsoft teams", "mattermost", "zulip", "rocket.chat", "webex"],
  },
  {
    kind: "personal-chat",
    apps: ["whatsapp", "signal", "telegram", "messages", "imessage", "messenger", "discord", "wechat", "viber", "line", "threema", "kakaotalk", "instagram", "snapchat", "beeper", "google messages", "zalo", "kik", "tinder", "hinge", "bumble", "grindr", "okcupid", "feeld", "happn", "badoo"],
    hosts: ["web.whatsapp.com", "tinder.com", "bumble.com", "hinge.co", "web.telegram.org", "messenger.com", "discord.com", "signal.org", "web.wechat.com", "messages.google.com", "teams.live.com", "chat.zalo.me", "web.snapchat.com"],
    titles: [],
    pages: ["facebook.com/messages", "instagram.com/direct"],
    siteNames: ["whatsapp", "telegram", "telegram web", "messenger", "signal", "discord", "google messages", "messages for web", "microsoft teams (free)", "tinder", "bumble", "hinge"],
  },
  {
    // Mail: only a letter addressed to family ("Dear Mum, …") is judged a conversation there.
    kind: "email",
    apps: ["outlook", "microsoft outlook", "thunderbird", "mail", "apple mail", "gmail", "proton mail", "spark", "airmail", "mailspring"],
    hosts: ["mail.google.com", "outlook.live.com", "outlook.office.com", "outlook.office365.com", "mail.proton.me", "fastmail.com", "mail.yahoo.com"],
    titles: [],
    siteNames: ["gmail", "outlook", "thunderbird", "proton mail", "yahoo mail", "mail"],
  },
  {
    kind: "code-editor",
    apps: ["visual studio", "vscode", "code", "cursor", "intellij", "pycharm", "webstorm", "goland", "clion", "rider", "android studio", "xcode", "sublime", "vim", "emacs", "zed", "eclipse", "netbeans", "terminal", "iterm", "warp", "alacritty", "kitty", "wezterm", "powershell", "iterm2", "ghostty", "konsole", "com.microsoft.vscode"],
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
  email: { code: false, lifts: {}, conversation: "email" },
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
  const title = (window.title ?? "").toLowerCase();
  if (apps !== undefined) {
    let own = organisationKindOf(appName, apps);
    // A group named for work in the organisation's own messenger is work chat there too.
    if (own === "personal-chat" && namesWorkGroup(title)) own = "work-chat";
    if (own !== undefined) return { kind: own, ...surfaceEffects[own] };
  }
  // Parsed once: the host and the page are both read from it.
  const address = parsedUrl(url);
  const host = hostOf(address);
  // The app itself says most: in a code editor or a terminal the title is a file or a shell
  // ("payroll.ts — billing-api"), in a messenger a chat's name. Hosts and titles decide only
  // for apps no rule knows, such as browsers.
  const byApp = ruleOfApp(appName);
  const page = pageOf(address);
  const [firstPart, lastPart] = siteNamesOf(title);
  const rule =
    byApp ??
    surfaceRules.find(
      (candidate) =>
        (host !== "" && candidate.hosts.some((fragment) => host.includes(fragment))) ||
        (page !== "" && candidate.pages?.some((fragment) => page.includes(fragment))) ||
        candidate.titles.some((fragment) => title.includes(fragment)) ||
        candidate.siteNames?.includes(lastPart) ||
        candidate.siteNames?.includes(firstPart),
    );
  // An editor's own assistant pane ("Copilot Chat - api - Visual Studio Code") is an AI assistant:
  // what is typed there is a prompt, not code.
  let kind: SurfaceKind = rule?.kind ?? "other";
  if (kind === "code-editor" && (editorAssistantPane(title) || terminalAssistant(title)))
    kind = "ai-assistant";
  // A messenger's group named for work ("WhatsApp – Dev team", "Signal – Büro") is work chat there.
  if (kind === "personal-chat" && namesWorkGroup(title)) kind = "work-chat";
  // A bank's own app or site is where bank details are shown and typed, whatever the page, but for
  // its sign-in page, which asks for a login and a one-time code.
  // A form the title names decides first; then a sign-in, whether the title, the app or the address says
  // it (a tax portal's sign-in page asks for a login, not for the ids its other pages ask for).
  const form =
    formOf(title) ??
    (asksToSignIn(kind, appName, title, address) ? "sign-in" : undefined) ??
    (url === undefined ? undefined : formOf(url.toLowerCase())) ??
    (kind === "banking" ? "bank" : undefined);
  // A bank's sign-in page shows no one's money: what is typed there is a login name (the password
  // field is dropped on its own), and what is shown is the password policy.
  const effects = kind === "banking" && signInPage.test(title) ? bankSignIn : surfaceEffects[kind];
  return { kind, ...effects, ...(form === undefined ? {} : { form }) };
}

const signInPage =
  /(?<![\p{L}])(?:log ?in|log on|sign ?in|anmelden|anmeldung|connexion|se connecter|iniciar sesi[oó]n|accedi|inloggen|zaloguj)(?![\p{L}])/u;
const bankSignIn: Omit<Surface, "kind"> = { code: false, lifts: { financial: 0.2 } };

// A window title that asks to sign in or to confirm a sign-in, in the offices' languages: "Sign in to your
// account", "Anmelden – Google-Konten", "Connexion - Espace client", "2-Step Verification", "Bestätigungscode
// eingeben", "Vérification en deux étapes", "Código de verificación", "Inicio de sesión", "Logga in".
const signInTitle =
  /(?<![\p{L}])(?:log ?in|log ?on|sign ?in|sign ?on|einloggen|anmelden|anmeldung|connexion|se connecter|identifiez-vous|iniciar sesi[oó]n|inicio de sesi[oó]n|iniciar sess[aã]o|accedi|inloggen|aanmelden|zaloguj(?: się)?|logowanie|logga in|inloggning|2-step|two-step|two-factor|2fa|mfa|multi-factor|one-time (?:code|password|passcode)|verification code|verify (?:it['’]s you|your sign-in|your login)|bestätigungscode|sicherheitscode|zwei-faktor|zweistufig\p{L}*|verifizierung|code de (?:vérification|sécurité)|vérification en deux étapes|double authentification|c[oó]digo de (?:verificaci[oó]n|verifica[cç][aã]o|seguran[cç]a)|verificaci[oó]n en dos pasos|codice di verifica|verifica in due passaggi|verificatiecode|tweestapsverificatie|kod weryfikacyjny|weryfikacja dwuetapowa|verifieringskod|tvåstegsverifiering)(?![\p{L}])/u;
// Hosts and path segments of sign-in services: `login.microsoftonline.com`, `accounts.google.com/…/signin/challenge`,
// `impots.gouv.fr/connexion`, `…/oauth2/authorize`, `…/mfa/verify`.
const signInHost = /^(?:login|logon|signin|auth|sso|accounts|idp|id)\./;
const signInPathSegment =
  /^(?:log-?in|logon|sign-?in|sign_in|signon|auth|authn|authorize|oauth2?|sso|saml2?|mfa|2fa|otp|totp|verify|challenge|connexion|anmelden|anmeldung|inloggen)$/;
// Apps whose windows ask for a sign-in's second factor or show it: VPN clients and authenticators.
// biome-ignore format: word lists read better packed
const signInApps = [
  "authenticator", "authy", "duo mobile", "okta verify", "2fas", "aegis", "freeotp", "ente auth",
  "cisco secure client", "anyconnect", "globalprotect", "forticlient", "openvpn", "pulse secure",
  "ivanti secure access", "f5 access", "zscaler", "nordlayer",
];
// Where what is typed is a message, code or a prompt, a title naming a sign-in is the channel's or file's
// name ("#login-issues", "login.ts — api"), not a sign-in form.
const notSignInKinds = new Set<SurfaceKind>([
  "code-editor",
  "code-host",
  "ai-assistant",
  "work-chat",
  "personal-chat",
  "email",
  "public-reference",
]);

/** The window asks someone to sign in or to confirm a sign-in, or keeps and shows their credentials. */
function asksToSignIn(kind: SurfaceKind, appName: string, title: string, address: URL | undefined): boolean {
  if (kind === "password-manager") return true;
  if (notSignInKinds.has(kind)) return false;
  if (signInApps.some((name) => matchesWord(appName, name))) return true;
  if (signInTitle.test(title)) return true;
  if (address === undefined) return false;
  if (signInHost.test(address.hostname.toLowerCase())) return true;
  return address.pathname
    .toLowerCase()
    .split("/")
    .some((segment) => signInPathSegment.test(segment));
}

const bankForm =
  /direct[ _-]?deposit|pay(?:ment)?[ _-]?elections?|payment[ _-]?(?:details|information)|bankverbindung|bankdaten|bankgegevens|dane bankowe|coordonn[ée]es de paiement|rib\b|dati bancari|dados banc[aá]rios|bankuppgifter|bankoplysninger|bankopplysninger|pankkitiedot|salary[ _-]?account|bank[ _-]?(?:details|account|information|info)|payroll[ _-]?setup|routing|wire[ _-]?transfer|payout|payment[ _-]?method|bankverbindung|coordonn[ée]es bancaires|datos bancarios/;
// Forms that ask for a passport: visas, airlines' passenger details, travel profiles.
const travelForm =
  /passport|passeport|pasaporte|reisepass|paspoort|passaporto|travel[ _-]?(?:documents?|profile)|reisedokument|document de voyage|documento de viaje|passenger[ _-]?(?:details|information|info)|passengers?\b|pasajeros?\b|passagers?\b|passeggeri\b|passageiros?\b|passagiers?\b|passagiere\b|fluggäste|pasażerowie|travell?er[ _-]?(?:details|information|info)|travell?ers\b|reisende\b|voyageurs\b|viajeros\b|viaggiatori\b|reizigers\b|resenärer\b|visa\b|visum|\besta\b|e-?visa|online check-in|check-in details/;
const identityForm =
  /identity|id[ _-]?documents?|onboarding|new[ _-]?(?:hire|starter|joiner|employee)|starter[ _-]?checklist|personal[ _-]?(?:details|data|information|info)|employee[ _-]?(?:record|details|information|data|profile)|tax[ _-]?(?:information|info|forms?|id|details)|national[ _-]?insurance|social[ _-]?security|\bssn\b|\bw-?4\b|\bi-?9\b|hmrc|\bzus\b|steuer|nif\b|\bdni\b|benefits[ _-]?enrol|dependants|dependents|payroll|personalfragebogen|mitarbeiterdaten|personaldaten|personalstammdaten|stammdaten|indiensttreding|nieuwe[ _-]?medewerker|persoonsgegevens|datos personales|datos del empleado|donn[ée]es personnelles|embauche|dati anagrafici|dati personali|anställningsuppgifter|personuppgifter|medarbejderoplysninger|personoplysninger|personopplysninger|ansattopplysninger|henkilötiedot|työntekijän tiedot|dane pracownika|dane osobowe|kadry|dados do colaborador|dados pessoais|ficha do colaborador|neue[rn]? mitarbeiter(?:in)?|steuerdaten|persoonlijke gegevens|fiche (?:salari[ée]|employ[ée])|alta de (?:empleado|trabajador)|medarbejder|ny medarbetare|nyansatt|uusi työntekijä|nuovo dipendente|novo colaborador|nowy pracownik|service canada|canada revenue|receita federal|\buidai\b|aadhaa?r|\bahv\b|\bavs\b|\birs\b|elster|finanzamt|impots\.gouv|imp[oô]ts\.gouv|agencia tributaria|seguridad social|agenzia (?:delle )?entrate|belastingdienst|skatteverket|skatteetaten|e-?filing|income tax/;

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

// A pipeline sees a handful of app names, and matching one against every rule's fragments was a
// fifth of describing a surface: what a name picks is remembered, in maps emptied when full.
const maxRememberedApps = 1024;
const ruleByApp = new Map<string, SurfaceRule | null>();
const organisationKindByApp = new WeakMap<AppCategories, Map<string, SurfaceKind | null>>();

function remembered<Value>(
  memo: Map<string, Value | null>,
  appName: string,
  find: () => Value | undefined,
): Value | undefined {
  let found = memo.get(appName);
  if (found === undefined) {
    found = find() ?? null;
    if (memo.size >= maxRememberedApps) memo.clear();
    memo.set(appName, found);
  }
  return found ?? undefined;
}

/** The first built-in rule one of whose app fragments the app's name holds as a word. */
function ruleOfApp(appName: string): SurfaceRule | undefined {
  return remembered(ruleByApp, appName, () =>
    surfaceRules.find((candidate) => candidate.apps.some((fragment) => matchesWord(appName, fragment))),
  );
}

function organisationKindOf(appName: string, apps: AppCategories): SurfaceKind | undefined {
  let memo = organisationKindByApp.get(apps);
  if (memo === undefined) {
    memo = new Map();
    organisationKindByApp.set(apps, memo);
  }
  return remembered(memo, appName, () => organisationKind(appName, apps));
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

// The parts of a window title: "Ana Ruiz - Chat - Google Chrome", "Chat | Ana Ruiz | Microsoft Teams".
const titleSeparator = /\s[-|—–·•]\s/;
// biome-ignore format: word lists read better packed
const browserNames = new Set([
  "google chrome", "chrome", "chromium", "mozilla firefox", "firefox", "firefox developer edition",
  "microsoft edge", "microsoft\u200b edge", "edge", "safari", "opera", "brave", "brave browser", "vivaldi", "arc",
  "orion", "zen browser", "duckduckgo",
]);

/**
 * The parts of a window title that can name its site: the last once the browser's own name is cut
 * off ("Trip ideas - Claude - Google Chrome"), and the first ("DeepSeek - Into the Unknown"), without
 * an unread count ("(3) WhatsApp") or the direction marks some sites put first.
 */
function siteNamesOf(title: string): [string, string] {
  const parts = title
    .split(titleSeparator)
    .map((part) => part.replace(/^[\u200e\u200f\s]*(?:\(\d{1,4}\+?\)\s?)?/, "").trim());
  let last = parts.length - 1;
  if (last > 0 && browserNames.has(parts[last] ?? "")) last--;
  return [parts[0] ?? "", parts[last] ?? ""];
}

// The first part of an editor's title when an assistant's chat has the focus.
// biome-ignore format: word lists read better packed
const editorAssistantPanes = new Set(["copilot chat", "github copilot chat", "copilot edits", "chat", "copilot", "ai assistant", "ai chat", "cody", "amazon q", "gemini code assist", "cascade", "continue"]);

function editorAssistantPane(title: string): boolean {
  const first = (title.split(titleSeparator)[0] ?? "").trim();
  if (editorAssistantPanes.has(first)) return true;
  // A side bar's view is titled "VIEW: name" ("CHAT: GitHub Copilot"): either side may name the pane.
  const colon = first.indexOf(": ");
  return (
    colon > 0 &&
    (editorAssistantPanes.has(first.slice(0, colon)) || editorAssistantPanes.has(first.slice(colon + 2)))
  );
}

// Assistants run in a terminal name the terminal's title after themselves while they run: "claude — ~/api — zsh",
// "✳ Claude Code", "ollama run llama3", "aider --model sonnet". Only the title's first word decides, so a file
// ("claude.md — vim") or a command that merely mentions one ("git log --author claude") is not an assistant.
const terminalAssistants = new Set(["claude", "aider", "codex", "gemini", "sgpt", "llm", "goose"]);

function terminalAssistant(title: string): boolean {
  const first = (title.split(titleSeparator)[0] ?? "").replace(/^[^\p{L}]{0,4}/u, "").toLowerCase();
  const [command, argument] = first.split(" ", 2);
  if (command === "ollama") return argument === "run";
  return command !== undefined && terminalAssistants.has(command);
}

// biome-ignore format: word lists read better packed
const workGroupWords = new Set([
  "work", "team", "office", "devs", "eng", "engineering", "ops", "colleagues", "coworkers",
  "standup", "sales", "support", "oncall", "staff", "release", "releases", "infra", "sprint", "project", "projekt", "projet", "proyecto", "progetto", "arbeit", "büro", "kollegen", "boulot", "taf", "bureau",
  "équipe", "collègues", "trabajo", "oficina", "equipo", "compañeros", "lavoro", "ufficio", "colleghi", "werk",
  "kantoor", "collega's", "trabalho", "escritório", "equipa", "equipe", "colegas", "praca", "biuro", "zespół",
  "jobb", "jobbet", "kontoret", "kollegor",
]);

function namesWorkGroup(title: string): boolean {
  return title.split(/[^\p{L}']+/u).some((word) => workGroupWords.has(word));
}

/** The address parsed, or undefined when there is none or it is no URL. */
function parsedUrl(url: string | undefined): URL | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** Host and path of an address, without `www.`, query or fragment: "mail.google.com/chat/u/0/". */
function pageOf(url: URL | undefined): string {
  if (url === undefined) return "";
  return `${url.hostname.toLowerCase().replace(/^www\./, "")}${url.pathname.toLowerCase()}`;
}

function hostOf(url: URL | undefined): string {
  return url === undefined ? "" : url.hostname.toLowerCase();
}

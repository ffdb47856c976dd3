import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { describeSurface } from "./surface.ts";

const kind = (app: string, title = "", url?: string) =>
  describeSurface({ app: { name: app }, window: { title }, ...(url === undefined ? {} : { url }) }).kind;

describe("surface", () => {
  it("recognises password managers, banks, health portals, HR systems, assistants, messengers and editors", () => {
    assert.equal(kind("1Password 8"), "password-manager");
    assert.equal(kind("Safari", "Online Banking", "https://online.examplebank.com/"), "banking");
    assert.equal(kind("Firefox", "Messages", "https://mychart.example.org/"), "health-portal");
    assert.equal(kind("Chrome", "Home", "https://wd5.myworkday.com/acme"), "hr-system");
    assert.equal(kind("Firefox", "New chat", "https://claude.ai/new"), "ai-assistant");
    assert.equal(kind("WhatsApp"), "personal-chat");
    assert.equal(kind("Threema"), "personal-chat");
    assert.equal(kind("Code", "index.ts"), "code-editor");
    assert.equal(kind("Firefox", "Pull request", "https://github.com/org/repo/pull/1"), "code-host");
  });

  it("matches app names as words: an app merely containing 'code' or 'line' is no editor or messenger", () => {
    assert.equal(kind("Encoder Pro"), "other");
    assert.equal(kind("Timeline"), "other");
  });

  it("an editor or terminal stays one whatever its file is called: 'payroll.ts' is code, not an HR system", () => {
    assert.equal(kind("Visual Studio Code", "payroll.ts — billing-api — Visual Studio Code"), "code-editor");
    assert.equal(kind("Terminal", "compensation-service — ssh"), "code-editor");
  });

  it("a browser is still read by its host and title: an HR page in Chrome is an HR system", () => {
    assert.equal(kind("Google Chrome", "Payroll - Google Chrome"), "hr-system");
    assert.equal(kind("Safari", "Home", "https://acme.bamboohr.com/home"), "hr-system");
  });

  it("an editor's own assistant chat is an AI assistant; a file named chat.ts is still code", () => {
    assert.equal(kind("Code", "Copilot Chat - northwind-api - Visual Studio Code"), "ai-assistant");
    assert.equal(kind("Visual Studio Code", "Chat — api — Visual Studio Code"), "ai-assistant");
    assert.equal(kind("Code", "chat.ts - api - Visual Studio Code"), "code-editor");
    assert.equal(kind("Code", "chat-service - Visual Studio Code"), "code-editor");
  });

  it("a side bar view titled 'CHAT: GitHub Copilot' is the assistant; a file or a view of another kind is code", () => {
    assert.equal(kind("Visual Studio Code", "CHAT: GitHub Copilot — ledger"), "ai-assistant");
    assert.equal(kind("Visual Studio Code", "EXPLORER: ledger — ledger"), "code-editor");
    assert.equal(kind("Visual Studio Code", "TODO: fix chat — ledger"), "code-editor");
  });

  it("assistants in a browser are known by their address, the path of a bigger site, or the site's name closing the title", () => {
    assert.equal(kind("Firefox", "Python list comprehension", "https://chatgpt.com/c/6f0e"), "ai-assistant");
    assert.equal(kind("Google Chrome", "Copilot", "https://github.com/copilot/c/12"), "ai-assistant");
    assert.equal(kind("Google Chrome", "Grok", "https://x.com/i/grok?conversation=1"), "ai-assistant");
    assert.equal(kind("Microsoft Edge", "Copilot", "https://m365.cloud.microsoft/chat/"), "ai-assistant");
    assert.equal(kind("Google Chrome", "Trip ideas - Claude - Google Chrome"), "ai-assistant");
    assert.equal(kind("Safari", "Le Chat - Mistral AI"), "ai-assistant");
    assert.equal(kind("Arc", "DeepSeek"), "ai-assistant");
    assert.equal(kind("Firefox", "New Chat - Open WebUI"), "ai-assistant");
    assert.equal(kind("Character.AI"), "ai-assistant");
    assert.equal(kind("Arc", "DeepSeek - Into the Unknown"), "ai-assistant");
    assert.equal(kind("Firefox", "Poe - Fast, Helpful AI Chat - Mozilla Firefox"), "ai-assistant");
    assert.equal(kind("Google Chrome", "\u200eGoogle Gemini - Google Chrome"), "ai-assistant");
  });

  it("a page that only mentions an assistant is not one: the name must close the title", () => {
    assert.equal(kind("Google Chrome", "ChatGPT usage policy - Confluence"), "other");
    assert.equal(kind("Google Chrome", "Claude Monet - Wikipedia"), "public-reference");
    assert.equal(kind("Firefox", "Pull request", "https://github.com/org/repo/pull/1"), "code-host");
  });

  it("Google Chat and Teams in a browser are work chat: 'Ana Ruiz - Chat', mail.google.com/chat", () => {
    assert.equal(kind("Vivaldi", "Ana Ruiz - Chat - Vivaldi"), "work-chat");
    assert.equal(kind("Firefox", "Data team - Chat"), "work-chat");
    assert.equal(
      kind("Microsoft Edge", "Inbox", "https://mail.google.com/chat/u/0/#chat/space/AAAA"),
      "work-chat",
    );
    assert.equal(kind("Google Chrome", "Chat | Ana Ruiz | Microsoft Teams"), "work-chat");
    assert.equal(
      kind("Google Chrome", "Inbox (3) - ana@example.com - Gmail", "https://mail.google.com/mail/u/0/"),
      "email",
    );
  });

  it("personal messengers in a browser, and a count of unread messages before the name", () => {
    assert.equal(kind("Firefox", "(3) WhatsApp"), "personal-chat");
    assert.equal(
      kind("Google Chrome", "Messages", "https://messages.google.com/web/conversations/4"),
      "personal-chat",
    );
    assert.equal(kind("Safari", "Chats", "https://www.instagram.com/direct/inbox/"), "personal-chat");
  });

  it("a messenger's group named for work is work chat; one named for family stays personal", () => {
    assert.equal(kind("WhatsApp", "WhatsApp – Dev team"), "work-chat");
    assert.equal(kind("Messages", "Messages – Work crew"), "work-chat");
    assert.equal(kind("Signal", "Signal – Büro"), "work-chat");
    assert.equal(kind("Signal", "Signal – Family"), "personal-chat");
    assert.equal(kind("Telegram", "Telegram – Mum"), "personal-chat");
    // Dev is a given name as often as a team's.
    assert.equal(kind("WhatsApp", "WhatsApp – Dev"), "personal-chat");
    const apps = { workChat: [], personalMessenger: ["Olvid"], aiAssistant: [] };
    const own = (title: string) => describeSurface({ app: { name: "Olvid" }, window: { title } }, apps).kind;
    assert.equal(own("Olvid – Team Lyon"), "work-chat");
    assert.equal(own("Olvid – Famille"), "personal-chat");
  });

  it("an address that cannot be parsed is read as no address", () => {
    assert.equal(kind("Firefox", "", "not a url"), "other");
  });
});

describe("surface: forms", () => {
  const form = (title: string) => describeSurface({ app: { name: "Firefox" }, window: { title } }).form;

  it("reads onboarding and personal-data forms in German, Dutch, Spanish and French as identity forms", () => {
    assert.equal(form("Personalfragebogen – Steuerdaten – Personio"), "identity");
    assert.equal(form("Mitarbeiterdaten – DATEV Lohn"), "identity");
    assert.equal(form("Indiensttreding - AFAS"), "identity");
    assert.equal(form("Benefits enrolment – Dependants"), "identity");
  });

  it("reads government identity and tax portals as identity forms, and not pages merely about taxes", () => {
    assert.equal(form("Service Canada - Mozilla Firefox"), "identity");
    assert.equal(form("Receita Federal"), "identity");
    assert.equal(form("UIDAI - Aadhaar"), "identity");
    assert.equal(form("ELSTER - Ihr Online-Finanzamt"), "identity");
    assert.equal(form("AHV/AVS"), "identity");
    assert.notEqual(form("Tavsin – Q3 report"), "identity");
    assert.notEqual(form("Firstrade – quote"), "identity");
  });

  it("reads a payroll platform's tax-details page and a Polish social-insurance (ZUS) form as identity forms", () => {
    assert.equal(form("Tax details · Deel"), "identity");
    assert.equal(form("Formularz - ZUS"), "identity");
    assert.notEqual(form("Zusammenfassung – Q3 report"), "identity");
  });

  it("reads employee-record and personal-data forms of the Nordic, Polish, Portuguese and Dutch offices as identity forms", () => {
    assert.equal(form("Anställningsuppgifter – Visma"), "identity");
    assert.equal(form("Dane pracownika – Kadry"), "identity");
    assert.equal(form("DATEV Personalstammdaten"), "identity");
    assert.equal(form("Medarbejderoplysninger – Danløn"), "identity");
    assert.equal(form("Dados do colaborador – Primavera"), "identity");
    assert.equal(form("Nieuwe medewerker – Nmbrs"), "identity");
    assert.equal(form("Employee record – Workday"), "identity");
    assert.equal(form("Missing details for payroll - Inbox"), "identity");
    assert.equal(form("Neuer Mitarbeiter – Personio"), "identity");
    assert.equal(form("Persoonlijke gegevens – AFAS"), "identity");
    assert.equal(form("Alta de empleado – Factorial"), "identity");
  });

  it("reads passport, visa and passenger-details pages as travel forms", () => {
    assert.equal(form("Travel documents - Egencia"), "travel");
    assert.equal(form("Travel profile | Navan"), "travel");
    assert.equal(form("ESTA Application – Passport Information"), "travel");
    assert.equal(form("Advance Passenger Information – Airline"), "travel");
    assert.equal(form("Online-Visumantrag – Reisedokument"), "travel");
  });

  it("reads an airline's passenger page in the offices' languages as a travel form, not words that begin alike", () => {
    assert.equal(form("Pasajeros - Iberia"), "travel");
    assert.equal(form("Passengers | British Airways"), "travel");
    assert.equal(form("Passagers – Air France"), "travel");
    assert.equal(form("Passagiere - Lufthansa"), "travel");
    assert.equal(form("Passeggeri - ITA Airways"), "travel");
    assert.equal(form("Traveller details – Ryanair"), "travel");
    assert.equal(form("offsite-travellers.xlsx - Excel"), "travel");
    assert.equal(form("Reisende Offsite 2026 – Notion"), "travel");
    assert.equal(form("Liste des voyageurs - Google Sheets"), "travel");
    assert.equal(form("Passage planning - Notion"), undefined);
    assert.equal(form("Passagierschiff - Wikipedia"), undefined);
  });

  it("reads a form's kind from its URL's path, with hyphens or underscores between the words", () => {
    const byUrl = (url: string) =>
      describeSurface({ app: { name: "Firefox" }, window: { title: "" }, url }).form;
    assert.equal(byUrl("https://hr.example.com/me/direct_deposit"), "bank");
    assert.equal(byUrl("https://hr.example.com/onboarding/personal-details"), "identity");
    assert.equal(byUrl("https://hr.example.com/me/time_off"), undefined);
  });

  it("reads a bank's own app as a bank-details form", () => {
    assert.equal(describeSurface({ app: { name: "Revolut" }, window: { title: "Accounts" } }).form, "bank");
  });

  it("reads checkout and delivery-address pages as address forms", () => {
    assert.equal(form("Checkout – Shipping"), "address");
    assert.equal(form("Adresse de livraison"), "address");
    assert.equal(form("Afleveradres"), "address");
    assert.equal(form("Lieferadresse ändern"), "address");
  });

  it("reads payroll and pay-election pages that ask for bank details as bank forms", () => {
    assert.equal(form("Payment elections – Workday"), "bank");
    assert.equal(form("Pay elections – ADP"), "bank");
    assert.equal(form("Direct Deposit Setup – Gusto"), "bank");
    assert.equal(form("Dati bancari – Zucchetti"), "bank");
    assert.equal(form("Bankuppgifter – Visma"), "bank");
  });

  it("pages that only mention visas or passports in passing are no form when the words are parts of others", () => {
    assert.equal(form("Visualisations - Grafana"), undefined);
    assert.equal(form("Estate planning notes"), undefined);
  });

  it("reads a payment-method page as a bank-details form, and ordinary pages as no form", () => {
    assert.equal(form("Payment method - Bill.com"), "bank");
    assert.equal(form("Sprint retro - Confluence"), undefined);
  });
});

describe("surface: a bank's sign-in page", () => {
  const revealed = (title: string) =>
    describeSurface({ app: { name: "Google Chrome" }, window: { title } }).revealedCategory;

  it("a bank's sign-in page reveals no financial data: a login name or the password policy is typed and shown there", () => {
    assert.equal(revealed("Log in | Online Banking"), undefined);
    assert.equal(revealed("Online Banking Login – Deutsche Bank - Safari"), undefined);
  });

  it("the rest of a bank's site still does", () => {
    assert.equal(revealed("Account summary | Online Banking"), "financial");
    assert.equal(revealed("Online Banking - Transfers"), "financial");
  });
});

describe("surface: round nine, dating apps and assistants in a terminal", () => {
  it("dating apps are personal messengers, as app or as site", () => {
    assert.equal(kind("Hinge"), "personal-chat");
    assert.equal(kind("Bumble", "Bumble"), "personal-chat");
    assert.equal(kind("Google Chrome", "Tinder", "https://tinder.com/app/messages"), "personal-chat");
  });

  it("an assistant running in a terminal names the title after itself; a file or a command mentioning one does not", () => {
    assert.equal(kind("Terminal", "claude — ~/src/api — zsh"), "ai-assistant");
    assert.equal(kind("iTerm2", "✳ Claude Code"), "ai-assistant");
    assert.equal(kind("Terminal", "ollama run llama3"), "ai-assistant");
    assert.equal(kind("Terminal", "aider --model sonnet"), "ai-assistant");
    assert.equal(kind("Terminal", "claude.md — vim"), "code-editor");
    assert.equal(kind("Terminal", "ollama pull llama3"), "code-editor");
    assert.equal(kind("Terminal", "git log --author claude"), "code-editor");
    assert.equal(kind("iTerm2", "bash — 80x24"), "code-editor");
  });

  it("mail apps and webmail are mail; Google Chat under the same host stays work chat", () => {
    assert.equal(kind("Microsoft Outlook", "Christmas - Outlook"), "email");
    assert.equal(kind("Thunderbird", "Write: Christmas - Thunderbird"), "email");
    assert.equal(kind("Arc", "Christmas - Gmail"), "email");
    assert.equal(kind("Google Chrome", "Inbox", "https://mail.google.com/mail/u/0/"), "email");
    assert.equal(kind("Google Chrome", "Ana Ruiz - Chat", "https://mail.google.com/chat/u/0/"), "work-chat");
    assert.equal(kind("Mailchimp"), "other");
  });

  it("a messenger group named for a release, a sprint or a project is work chat", () => {
    assert.equal(kind("Telegram", "Release crew"), "work-chat");
    assert.equal(kind("WhatsApp", "Projekt Nordsee"), "work-chat");
    assert.equal(kind("Telegram", "Hiking crew"), "personal-chat");
  });
});

describe("surface: round eleven, more assistants and chat apps", () => {
  it("assistants and AI app builders known by their site or app are AI assistants", () => {
    assert.equal(kind("Firefox", "Duck.ai", "https://duck.ai/chat"), "ai-assistant");
    assert.equal(kind("Google Chrome", "New chat", "https://www.doubao.com/chat/"), "ai-assistant");
    assert.equal(kind("Safari", "New project", "https://bolt.new/"), "ai-assistant");
    assert.equal(kind("Mistral"), "ai-assistant");
  });

  it("Lark, Feishu, DingTalk and Chatwork are work chat; Zalo and Kik are messengers", () => {
    assert.equal(kind("Lark"), "work-chat");
    assert.equal(kind("DingTalk"), "work-chat");
    assert.equal(kind("Google Chrome", "Chatwork", "https://www.chatwork.com/#!rid123"), "work-chat");
    assert.equal(kind("Zalo"), "personal-chat");
    assert.equal(kind("Kik"), "personal-chat");
  });

  it("words that merely hold those names are none of them: a lark in a title, a kick", () => {
    assert.equal(kind("Skylark Editor"), "other");
    assert.equal(kind("Kicker"), "other");
  });
});

describe("surface: sign-in forms (round fifteen)", () => {
  const form = (app: string, title: string, url?: string) =>
    describeSurface({ app: { name: app }, window: { title }, url }).form;

  it("reads sign-in pages and verification steps in the offices' languages as sign-in forms", () => {
    assert.equal(form("Google Chrome", "Sign in to your account - Google Chrome"), "sign-in");
    assert.equal(form("Safari", "Anmelden – Google-Konten"), "sign-in");
    assert.equal(form("Firefox", "Log in | Salesforce"), "sign-in");
    assert.equal(form("Firefox", "2-Step Verification"), "sign-in");
    assert.equal(form("Firefox", "Vérification en deux étapes"), "sign-in");
    assert.equal(form("Firefox", "Iniciar sesión - Banco"), "sign-in");
    assert.equal(form("Firefox", "Logga in – Mina sidor"), "sign-in");
    assert.equal(form("Firefox", "Zaloguj się"), "sign-in");
  });

  it("reads a sign-in service's host or path, a VPN client, an authenticator and a password manager as sign-in forms", () => {
    assert.equal(
      form("Edge", "Redirecting", "https://login.microsoftonline.com/common/oauth2/v2.0/authorize"),
      "sign-in",
    );
    assert.equal(form("Edge", "Google", "https://accounts.google.com/v3/signin/challenge/pwd"), "sign-in");
    assert.equal(form("Brave", "Espace client", "https://www.impots.gouv.fr/connexion"), "sign-in");
    assert.equal(form("Cisco Secure Client", "Cisco Secure Client | vpn.example.org"), "sign-in");
    assert.equal(form("Microsoft Authenticator", "Authenticator"), "sign-in");
    assert.equal(form("KeePassXC", "Passwords.kdbx - KeePassXC"), "sign-in");
  });

  it("a form the title names decides before a sign-in read from the address, and a sign-in before the host's form", () => {
    assert.equal(form("Firefox", "Direct deposit - Workday", "https://wd5.myworkday.com/login"), "bank");
    assert.equal(form("Brave", "Espace client", "https://www.impots.gouv.fr/connexion"), "sign-in");
    assert.equal(form("Brave", "Espace particulier", "https://www.impots.gouv.fr/accueil"), "identity");
  });

  it("a chat channel, a code file, an assistant or mail named for logins is no sign-in form", () => {
    assert.notEqual(form("Slack", "#login-issues - Northwind - Slack"), "sign-in");
    assert.notEqual(form("Visual Studio Code", "login.ts — api — Visual Studio Code"), "sign-in");
    assert.notEqual(form("ChatGPT", "Fix my login page"), "sign-in");
    assert.notEqual(form("Outlook", "Re: can't log in"), "sign-in");
    assert.notEqual(form("Firefox", "Checkout - Amazon"), "sign-in");
    assert.notEqual(form("Firefox", "Loginov family photos"), "sign-in");
  });
});

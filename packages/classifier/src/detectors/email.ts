import validator from "validator";
import type { Detector } from "../detection.ts";
import { clampScore, type Span } from "../span.ts";
import { inUrlAuthority, isAlnum, surroundings } from "../text.ts";
import { opensWithPassword } from "./passwords.ts";

const maxLocalLength = 64;
const maxDomainLength = 253;
// File names like icon@2x.png are shaped like addresses; no real address ends so.
const fileExtensions = new Set([
  "png",
  "jpg",
  "jpeg",
  "gif",
  "svg",
  "webp",
  "js",
  "ts",
  "css",
  "map",
  "json",
]);

const reservedDomain =
  /@(?:[\w-]+\.)*(?:example\.(?:com|net|org)|[\w-]+\.(?:test|example|invalid|localhost))$/i;
// A word about the address, not part of a domain next to it ("ops@example.org", "example.org/docs").
const documentationNote =
  /(?<![\p{L}\p{N}@./])(?:example|examples|e\.g\.|placeholder|sample|dummy|fake|docs|documentation|readme)(?![\p{L}\p{N}@]|\.[\p{L}\p{N}])/iu;

// Mailboxes of a function, not of a person: the team or robot behind them changes, nobody is
// identified by writing to them (RFC 2142 names, no-reply senders, and their common kin in the
// offices' languages).
const roleMailboxes = new Set([
  "support",
  "noreply",
  "no-reply",
  "no_reply",
  "donotreply",
  "do-not-reply",
  "do_not_reply",
  "info",
  "sales",
  "billing",
  "invoice",
  "invoices",
  "accounts",
  "accounting",
  "accountspayable",
  "finance",
  "payroll",
  "hr",
  "admin",
  "administrator",
  "postmaster",
  "hostmaster",
  "webmaster",
  "abuse",
  "security",
  "help",
  "helpdesk",
  "servicedesk",
  "service",
  "customerservice",
  "careers",
  "jobs",
  "recruiting",
  "recruitment",
  "press",
  "media",
  "marketing",
  "contact",
  "hello",
  "office",
  "reception",
  "privacy",
  "dpo",
  "legal",
  "compliance",
  "notifications",
  "alerts",
  "mailer-daemon",
  "bounce",
  "bounces",
  "orders",
  "shop",
  "bookings",
  "reservations",
  "feedback",
  "newsletter",
  "enquiries",
  "inquiries",
  "purchasing",
  "procurement",
  "kontakt",
  "rechnung",
  "rechnungen",
  "buchhaltung",
  "bewerbung",
  "facturation",
  "comptabilite",
  "recrutement",
  "contacto",
  "facturacion",
  "ventas",
  "empleo",
  "contatti",
  "fatture",
  "amministrazione",
  "facturen",
  "boekhouding",
  "vacatures",
  "faturas",
  "faktury",
  "biuro",
  "datenschutz",
  "impressum",
  "karriere",
  "vertrieb",
  "einkauf",
  "presse",
  "bewerbungen",
  "kundenservice",
  "accueil",
  "compta",
  "commercial",
  "soporte",
  "ayuda",
  "rrhh",
  "prensa",
  "assistenza",
  "supporto",
  "commerciale",
  "klantenservice",
  "administratie",
  "verkoop",
  "suporte",
  "atendimento",
  "financeiro",
  "kadry",
  "sekretariat",
  "pomoc",
]);

// Words that join role words into a function's mailbox ("accounts-payable@", "dmarc-reports@",
// "it.helpdesk@", "team-alerts@"): a local part made only of these and role words names a function.
const functionWords = new Set([
  ...roleMailboxes,
  "payable",
  "receivable",
  "ap",
  "ar",
  "reports",
  "report",
  "dmarc",
  "rua",
  "ruf",
  "spam",
  "phishing",
  "team",
  "teams",
  "ops",
  "devops",
  "sre",
  "it",
  "desk",
  "all",
  "staff",
  "people",
  "talent",
  "treasury",
  "tax",
  "expenses",
  "travel",
  "facilities",
  "returns",
  "shipping",
  "logistics",
  "warehouse",
  "events",
  "onboarding",
  "requests",
  "tickets",
  "builds",
  "deploy",
  "monitoring",
  "status",
  "incidents",
  "oncall",
  "on-call",
  "updates",
  "news",
  "announcements",
  "partners",
  "vendors",
  "suppliers",
  "investors",
  "customer",
  "customers",
  "client",
  "clients",
  "desk",
  "center",
  "centre",
  "line",
  "group",
  "dept",
  "department",
  "mail",
  "mailbox",
  "inbox",
  "general",
  "global",
  "eu",
  "emea",
  "us",
  "uk",
  "de",
  "fr",
  "es",
  "lager",
  "versand",
  "personal",
  "kunden",
  "service-desk",
]);

// Mailboxes of a machine or a system: a scanner or printer that mails what it scanned, a server's
// cron and root, a build or monitoring robot. Devices are numbered ("scanner2@", "printer-3og@").
const deviceMailboxes = new Set([
  "scanner",
  "scan",
  "scans",
  "printer",
  "print",
  "copier",
  "fax",
  "mfp",
  "drucker",
  "kopierer",
  "imprimante",
  "stampante",
  "impresora",
  "escaner",
  "skaner",
  "drukarka",
  "skrivare",
  "root",
  "daemon",
  "system",
  "sysadmin",
  "cron",
  "backup",
  "backups",
  "bot",
  "robot",
  "automation",
  "jenkins",
  "ci",
  "smtp",
  "relay",
  "mailer",
  "notify",
  "notification",
  "alert",
  "monitor",
  "nagios",
  "zabbix",
  "grafana",
]);

// A team's or function's mailbox in one word: the people behind "ops@" or "it@" change, so writing to
// it identifies no one ("ops" and "it" alone; joined to a name, "ops.anna@" is Anna's).
const teamMailboxes = new Set([
  "ops",
  "devops",
  "sre",
  "noc",
  "soc",
  "it",
  "itsupport",
  "oncall",
  "monitoring",
  "incidents",
  "facilities",
  "logistics",
  "warehouse",
  "shipping",
  "returns",
  "treasury",
  "expenses",
  "travel",
  "onboarding",
  "people",
  "talent",
  "staff",
  "tickets",
  "builds",
  "deploy",
  "lager",
  "versand",
]);

/** `scanner@`, `printer-3og@`, `kopierer2@`, `ops@`: one device's, system's or team's word, maybe numbered. */
function machineOrTeamMailbox(base: string): boolean {
  const word = base.replace(/[-_.]?\d{1,3}(?:og|eg)?$/, "");
  return deviceMailboxes.has(word) || (word === base && teamMailboxes.has(word));
}

/** `accounts-payable`, `it.helpdesk`: two or more parts, each a role or a function's word. */
function functionMailbox(base: string): boolean {
  const parts = base.split(/[-_.]/);
  return parts.length >= 2 && parts.length <= 4 && parts.every((part) => functionWords.has(part));
}

// Local parts that stand for anyone's address: a template ("firstname.lastname@", "vorname.nachname@")
// or a form's hint ("your.name@", "name@").
const templateLocalPart =
  /^(?:first[._-]?(?:name)?[._-]?last[._-]?(?:name)?|f(?:irst)?[._-]?lastname|firstname|lastname|vorname[._-]?nachname|v\.nachname|pr[eé]nom[._-]?nom|p\.nom|nombre[._-]?apellido|nome[._-]?cognome|voornaam[._-]?achternaam|v\.achternaam|imi[eę][._-]?nazwisko|nome[._-]?sobrenome|(?:your|my)[._-]?(?:name|email|mail|address|user(?:name)?)|name|username|user[._-]name|you|someone|somebody|email|mail|address)$/i;

// Placeholder people of docs and fixtures, counted as such only at a domain reserved or made up for examples.
const placeholderUser =
  /^(?:test|tester|testuser|test[._-]user|user\d{0,3}|demo|foo|bar|baz|qux|example|sample|dummy|fake|john|jane|john[._-]?doe|jane[._-]?doe|j[._]doe|max[._-]?mustermann|erika[._-]?mustermann|jean[._-]?dupont|juan[._-]?perez|mario[._-]?rossi|jan[._-]?kowalski|jan[._-]?jansen|alice|bob)$/i;
const placeholderDomain =
  /@(?:(?:[\w-]+\.)*(?:example\.(?:com|net|org)|[\w-]+\.(?:test|example|invalid|localhost))|localhost|(?:test|domain|yourdomain|company|yourcompany|mycompany|email|firma|empresa|azienda|bedrijf|entreprise)\.[a-z]{2,3})$/i;

/**
 * `postgresql://app:cnAp7@x%^WwEM@db.internal`: a URL's login whose password holds an `@`. The
 * authority before `start` already has its user, a colon and an `@`: the rest is password and host.
 */
function inUrlLogin(text: string, start: number): boolean {
  let i = start;
  while (i > 0 && start - i < 256 && !/[\s"'`<(]/.test(text.charAt(i - 1))) i--;
  const token = text.slice(i, start);
  const scheme = token.indexOf("://");
  if (scheme === -1) return false;
  const authority = token.slice(scheme + 3);
  return !authority.includes("/") && authority.includes(":") && authority.includes("@");
}

/**
 * `https://mail.google.com/mail/u/0/#search/from:ana@free.fr`: the address stands in the URL's path,
 * query or fragment (a slash, `?` or `#` lies between the scheme's `//` and it), not in its authority.
 */
function afterUrlPath(text: string, start: number): boolean {
  const scheme = text.lastIndexOf("://", start);
  if (scheme === -1 || start - scheme > 300) return false;
  return /[/?#]/.test(text.slice(scheme + 3, start));
}

// A group's address: a local part whose last word names a group ("platform-team@", "eng.all@",
// "board-list@"), or a mailing-list server's host, as Mailman, Sympa and Google Groups name theirs
// ("@lists.acme.io", "@groups.acme.io", "@googlegroups.com").
const groupLocalPart = /[._-](?:team|teams|group|list|all|squad|guild|crew|committee|board)$/;
const listDomain = /^(?:lists?|groups|listserv|mailman|sympa)\.|(?:^|\.)googlegroups\.com$/i;

/**
 * An address that reaches no one in particular: a role mailbox (`support@`, `noreply@`, also with a
 * `+tag`), a template (`firstname.lastname@acme.com`), or a placeholder person at a domain kept for
 * examples (`user@example.com`, `john.doe@example.org`, `test@test.com`). `hina+hr@…` is Hina's.
 */
function reachesNoOne(address: string): boolean {
  const at = address.lastIndexOf("@");
  const local = address.slice(0, at).toLowerCase();
  const plus = local.indexOf("+");
  const base = plus === -1 ? local : local.slice(0, plus);
  if (roleMailboxes.has(base) || templateLocalPart.test(base) || functionMailbox(base)) return true;
  if (machineOrTeamMailbox(base)) return true;
  if (groupLocalPart.test(base) || listDomain.test(address.slice(at + 1))) return true;
  return placeholderUser.test(base) && placeholderDomain.test(address);
}

// The command, its options and (for scp/rsync) a source path, just before the user@host argument.
const remoteShellCommand = /(?:^|[\s;&|(`$])(?:ssh|scp|sftp|rsync|mosh|ssh-copy-id)(?:\s+\S+){0,4}\s+$/;

// A letter or combining mark of any script: addresses with internationalised local parts and
// domains (RFC 6531, IDNA) are written "björn.åberg@telia.se", "анна@почта.рф". Only asked of
// characters beyond ASCII, so ASCII text never reaches the regex.
const nonAsciiLetter = /[\p{L}\p{M}]/u;

function isWideLetter(code: number): boolean {
  return code > 127 && code !== 0xff20 && nonAsciiLetter.test(String.fromCharCode(code));
}

function isLocalChar(code: number): boolean {
  // A-Z a-z 0-9 . _ % + - and ', and letters of other scripts
  return (
    isAlnum(code) ||
    code === 46 ||
    code === 95 ||
    code === 37 ||
    code === 43 ||
    code === 45 ||
    code === 39 ||
    isWideLetter(code)
  );
}

function isDomainChar(code: number): boolean {
  return isAlnum(code) || code === 46 || code === 45 || isWideLetter(code);
}

/**
 * Email addresses: each `@` is grown left over local-part characters and
 * right over domain characters (neither includes `@`, so no character is
 * visited from two `@`s), trimmed of punctuation, then checked with
 * validator's isEmail.
 */
// Addresses spelt out so that harvesters miss them: "sven(at)outlook.com", "ana [at] firma [dot] es",
// "tanaka＠gmail.com", and in words, "sven dot larsson at outlook dot com" (then only before a common
// top-level domain, since "at" and "dot" are ordinary words).
const spelledAt = /\(at\)|\[at\]|\{at\}|＠| at /i;
const spelledEmail =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}](?:[\p{L}\p{N}._%+-]{0,40}|(?:[\p{L}\p{N}_%+-]{1,30} dot ){1,2}[\p{L}\p{N}_%+-]{1,30}) ?(?:\(at\)|\[at\]|\{at\}|＠| at ) ?[\p{L}\p{N}-]{1,40}(?:(?:\.| ?(?:\(dot\)|\[dot\]|\{dot\}) ?| dot )[\p{L}\p{N}-]{1,40}){1,3}(?![\p{L}\p{N}])/giu;
const commonTopLevel =
  /(?:\.|dot\)?|dot\]?|dot\}?) ?(?:com|net|org|edu|gov|io|co|uk|de|fr|es|it|nl|be|se|no|dk|fi|pl|cz|pt|ch|at|ie|jp|kr|cn|in|br|mx|au|nz|ca|us)$/i;

// Spoken in words, an address is a webmail one or has a dotted name ("sven dot larsson at …"):
// "me at noon dot com" is a sentence.
const webmailAfterAt =
  / at (?:gmail|googlemail|outlook|hotmail|live|msn|yahoo|icloud|me|mac|proton|protonmail|pm|gmx|web|t-online|wp|o2|onet|interia|orange|free|laposte|sfr|libero|virgilio|telenet|ziggo|kpn|xs4all|seznam|mail|yandex|naver|daum|qq|163|126) dot /i;

function spokenMailbox(value: string): boolean {
  const at = value.search(/ at /i);
  return webmailAfterAt.test(value) || / dot /i.test(value.slice(0, at));
}

function spelledEmails(text: string): Span[] {
  const spans: Span[] = [];
  spelledEmail.lastIndex = 0;
  for (let match = spelledEmail.exec(text); match !== null; match = spelledEmail.exec(text)) {
    const value = match[0];
    // In words ("… at … dot com"), only an address that also spells its dots and ends in a common domain.
    const inWords = !/\(at\)|\[at\]|\{at\}|＠/i.test(value);
    const accepted = inWords
      ? / dot /i.test(value) && commonTopLevel.test(value) && spokenMailbox(value)
      : /(?:\.|dot)/i.test(value.slice(value.search(/\(at\)|\[at\]|\{at\}|＠/i)));
    if (!accepted) {
      // "mail me at sven.larsson [at] …": a shorter, wrong reading must not hide the address after it.
      spelledEmail.lastIndex = match.index + 1;
      continue;
    }
    // Read back as an address, a role mailbox ("info(at)firma.de") reaches no one in particular.
    const address = value
      .replace(/ ?(?:\(at\)|\[at\]|\{at\}|＠| at ) ?/i, "@")
      .replace(/ ?(?:\(dot\)|\[dot\]|\{dot\}) ?| dot /gi, ".");
    if (reachesNoOne(address)) continue;
    spans.push({
      start: match.index,
      end: match.index + value.length,
      category: "pii",
      detector: "email",
      score: 0.8,
    });
  }
  return spans;
}

export const findEmails: Detector = (input) => {
  const found = findWrittenEmails(input);
  // "?email=anna.kowalska%40poczta.pl" in a URL pasted into a message: the @ percent-encoded.
  // Cheap gate: "%40" is present.
  return input.text.includes("%40") ? [...found, ...encodedEmails(input.text)] : found;
};

// A percent-encoded address in a URL's query or path: local part, %40, domain. Bounded runs.
// It may follow an encoded separator (`from%3Aana%40free.fr` in a mail search, `%20`, `%2C`, `%3D`).
const encodedEmail =
  /(?<=^|[^\p{L}\p{N}._%+-]|%(?:2[02-9a-fA-F]|3[aAcCdDeE]|5[bBdD]|7[cC]))([\p{L}\p{N}._+-]|%2[bB]){1,64}%40[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,4}/gu;

function encodedEmails(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(encodedEmail)) {
    const written = match[0];
    const candidate = written.replace(/%2b/gi, "+").replace("%40", "@");
    const at = candidate.indexOf("@");
    if (fileExtensions.has(candidate.slice(candidate.lastIndexOf(".") + 1).toLowerCase())) continue;
    if (!validator.isEmail(candidate) || reachesNoOne(candidate) || reservedDomain.test(candidate)) continue;
    if (at <= 0) continue;
    spans.push({
      start: match.index,
      end: match.index + written.length,
      category: "pii",
      detector: "email",
      score: clampScore(0.9),
    });
  }
  return spans;
}

const findWrittenEmails: Detector = ({ text, profile }) => {
  if (profile.at === 0) return spelledAt.test(text) ? spelledEmails(text) : [];
  const spans: Span[] = [];
  for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", at + 1)) {
    let start = at;
    while (start > 0 && at - start < maxLocalLength && isLocalChar(text.charCodeAt(start - 1))) start--;
    while (start < at && !isAlnum(text.charCodeAt(start)) && !isWideLetter(text.charCodeAt(start))) start++;
    let end = at + 1;
    while (end < text.length && end - at <= maxDomainLength && isDomainChar(text.charCodeAt(end))) end++;
    while (end > at + 1 && !isAlnum(text.charCodeAt(end - 1)) && !isWideLetter(text.charCodeAt(end - 1)))
      end--;
    if (start === at || end === at + 1) continue;
    const candidate = text.slice(start, end);
    if (!candidate.includes(".", at - start)) continue; // no dot in the domain: not an address, and no library call
    const topLevel = candidate.slice(candidate.lastIndexOf(".") + 1).toLowerCase();
    if (fileExtensions.has(topLevel) || !validator.isEmail(candidate)) continue;
    // `git@github.com:acme/api.git`: an SSH remote, user and host, not a mailbox.
    if (
      text.charAt(end) === ":" &&
      /^(?:git|ssh|hg|svn|deploy|ubuntu|ec2-user|root)$/.test(candidate.slice(0, at - start))
    )
      continue;
    if (
      (inUrlAuthority(text, start) && !afterUrlPath(text, start)) ||
      inUrlLogin(text, start) ||
      reachesNoOne(candidate)
    )
      continue;
    // `https://9abd…@o2057.ingest.sentry.io/294`: a URL's user part (a DSN's key, an FTP login) right after
    // the scheme's slashes is no mailbox.
    if (text.slice(Math.max(0, start - 3), start) === "://") continue;
    // `ssh ubuntu@bastion.internal`, `scp f deploy@10.0.0.5:…`: a login on a host, named to a remote-shell command.
    if (remoteShellCommand.test(text.slice(Math.max(0, start - 48), start))) continue;
    // RFC 2606 and 6761 reserve example.com/.net/.org and the .test, .example, .invalid and .localhost
    // names: no mailbox lives there. As a configuration value (`SMTP_FROM=…`, `-d 'email=…'`) or called
    // a placeholder or an example, such an address is documentation; elsewhere it is kept, since
    // people also fill forms, tests and demo accounts with them.
    if (
      reservedDomain.test(candidate) &&
      (text.charAt(start - 1) === "=" || documentationNote.test(surroundings(text, start, end, 40)))
    )
      continue;
    // "ana@x.io / kk3m$Sl1ogV17", `az login -u ops@x.io -p …`: the login of a credential handed over
    // with it, in a field dropped for the password; the password's span stands for the pair.
    if (opensWithPassword(text, start, end)) continue;
    spans.push({ start, end, category: "pii", detector: "email", score: clampScore(0.95) });
  }
  return spans;
};

import type { Topic, ValueKind } from "../items.ts";
import type { Channel, Composed, Draft, Family, Place, Template } from "../templates.ts";
import * as v from "./values.ts";

/**
 * The fifteenth evaluation corpus, written in round fourteen by someone who
 * read neither the detectors nor any earlier corpus beyond the fourteenth's
 * labelling header. Fourteen families of office telemetry, each with about a
 * quarter hard negatives, in the offices' languages; every person, place and
 * identifier comes from ./values.ts, made up, with real check digits verified
 * outside the repository, and every secret is drawn at run time from the
 * corpus's own random source (JSF32 seeded through fmix32).
 *
 * Labelling calls (beside the fourteenth's, which this corpus keeps):
 * - An e-mail address is one email label, even when its local part spells a
 *   name; the name is not labelled again inside it.
 * - A private conversation (family, friends, a date, money worries, a flat
 *   hunt) typed or read in a personal messenger is the prompt topic, as a
 *   personal conversation; work talk in the same messenger is not.
 * - Every IPv4 or IPv6 address of a host is labelled ip, private ranges
 *   included; loopback (127.0.0.1, ::1), 0.0.0.0, RFC 5737 documentation
 *   addresses and four-part version numbers (Chrome/124.0.6367.91) are not.
 * - A company's or an office's street address is labelled address like a
 *   home one: the detector cannot tell them apart and the lake should not
 *   have to.
 * - In a connection string or URL with credentials, the password alone is
 *   labelled secret, not the user name or host; in `user:token@host` the
 *   token is the secret. A base64 value under a Kubernetes Secret's `data:`
 *   is a secret (it decodes to one).
 * - An AWS access key id (AKIA…) beside its secret is labelled secret too;
 *   alone it is still a secret. AWS's published example key
 *   (AKIAIOSFODNN7EXAMPLE), placeholders (<token>, ${DB_PASSWORD},
 *   your-api-key-here, ********, sk_test_… in test docs) are not secrets.
 * - A one-time code, a recovery code and a TOTP seed are secrets when given
 *   with what they unlock; a six-digit number with no such context (an order
 *   line, a ZIP code, a count) is nothing.
 * - A card's last four digits ("ending 4417") are not a card; the full
 *   number is. A booking reference (PNR), a flight number, an order or
 *   tracking number, a company register number (HRB, SIREN, KvK) and a VAT
 *   number are nobody's identifiers.
 * - A UK sort code and a US routing number are routing-number; the account
 *   number beside either is bank-account. An IBAN is iban only (not
 *   bank-account as well).
 * - Pay, a review, an improvement plan, a termination, a disability or
 *   parental leave of a person is hr; a medical reason given with a leave
 *   is health as well. A salary band table for a role with no person is
 *   not hr (policy, not a person's record).
 * - A medicine, a condition, an appointment or a procedure of a person is
 *   health, whoever writes it; figurative or technical medical words
 *   (health check, heartbeat, sanity test, post-mortem, a patch as a
 *   band-aid, a virus scan) are not.
 * - Words of HR used in tech (kill the child process, promote the replica,
 *   terminate the instance, fire the webhook, orphaned pods, a performance
 *   review of a query) are not hr.
 * - A brand, a company, a street, a station or a town named after a person
 *   (Ford, Dell, Philips, Ferrari, Victoria station, Rue Victor Hugo when it
 *   stands alone as a place to meet) is not a name; a chat header or e-mail
 *   signature's person is.
 * - A window title or URL is graded alone: a name or identifier in it is
 *   labelled; a title naming an HR or health document for a person (an
 *   offer letter, a sick note) carries that topic too.
 * - Everything typed into a password field is one secret label over the
 *   whole text, whatever it looks like (a first name, a word, digits).
 * - A token in a password-reset or sign-in link is a secret; the e-mail
 *   beside it in the same URL is email.
 * - A new hire's identifiers in an onboarding form (SSN, NINO, Steuer-ID,
 *   emergency contact) are labelled as identifiers only, not hr: the form
 *   says nothing about pay, conduct or the end of a job.
 * - A name typed lower-case in chat (given name alone, or given and family)
 *   is a name; an airline's SURNAME/GIVEN form and the MRZ name field are
 *   one name label each.
 * - A medicine or a symptom typed into a web search is health: the search is
 *   someone's own question.
 * - A meeting room, hotel or hotel chain named after a person (Room Ada
 *   Lovelace, Hilton, Marriott, Lindbergh Hotel) is not a name.
 * - An automated text (a carrier's delivery slot, a ride's arrival, a
 *   phone bill) in a messenger is not a personal conversation.
 * - A card's expiry date and security code beside its number are left
 *   unlabelled: the number carries the card label and the event is
 *   financial either way. A date of birth is not a kind of its own and is
 *   left unlabelled too.
 * - A support line or switchboard number in a signature is labelled phone,
 *   as an office address is labelled address.
 * - A doctor's or clinician's name (in an appointment, a results letter or
 *   a booking URL) is a name like anyone's.
 * - Credentials files (~/.aws/credentials, .netrc, .git-credentials) label
 *   each key, token or password; a role login (ci@…) in them is not an
 *   e-mail, as role mailboxes are not.
 */

// ---------------------------------------------------------------- composing

interface Lab {
  kind: ValueKind;
  value: string;
}
type Bit = string | number | Composed | Lab;

/** Tagged template that keeps labelled values' offsets exact; pieces may be composed already. */
function s(strings: TemplateStringsArray, ...bits: Bit[]): Composed {
  let text = "";
  const labels: Composed["labels"] = [];
  strings.forEach((literal, index) => {
    text += literal;
    if (index >= bits.length) return;
    const bit = bits[index] as Bit;
    if (typeof bit === "string" || typeof bit === "number") text += String(bit);
    else if ("text" in bit) {
      for (const label of bit.labels)
        labels.push({ start: label.start + text.length, end: label.end + text.length, kind: label.kind });
      text += bit.text;
    } else {
      labels.push({ start: text.length, end: text.length + bit.value.length, kind: bit.kind });
      text += bit.value;
    }
  });
  return { text, labels };
}
/** Joins composed pieces with a separator. */
function join(parts: readonly Bit[], sep = "\n"): Composed {
  let out: Composed = { text: "", labels: [] };
  parts.forEach((part, index) => {
    out = index === 0 ? s`${part}` : s`${out}${sep}${part}`;
  });
  return out;
}
const lab = (kind: ValueKind, value: string): Lab => ({ kind, value });
const nm = (who: v.Person = v.person()): Lab => lab("name", v.fullName(who));
const first = (who: v.Person = v.person()): Lab => lab("name", who.given);
const mail = (who: v.Person = v.person(), work?: boolean): Lab => lab("email", v.email(who, work));
const tel = (country?: v.Country, international?: boolean): Lab =>
  lab("phone", v.phone(country, international));
const addr = (country?: v.Country, lines = false): Lab => lab("address", v.address(country, lines));
const sec = (value: string): Lab => lab("secret", value);
const draft = (place: Place, channel: Channel, body: Composed, topics: Topic[] = []): Draft => ({
  place,
  channel,
  body,
  ...(topics.length > 0 ? { topics } : {}),
});
const pos = (name: string, make: () => Draft): Template => ({ name, make: () => make() });
const neg = (name: string, make: () => Draft): Template => ({ name, negative: true, make: () => make() });
const { pick, chance, int } = v;
type Lang = v.Lang;
/** A phrasing in the language asked for, or English when the table has none. */
function say(l: Lang, table: Partial<Record<Lang, readonly (() => Composed)[]>>): Composed {
  const options = table[l] ?? table.en;
  if (options === undefined) throw new Error("a phrasing table without English");
  return pick(options)();
}
/** Lower-cases unlabelled text now and then, as people do in chat (labels keep their offsets). */
function casual(body: Composed): Composed {
  if (!chance(0.3)) return body;
  let text = "";
  let at = 0;
  for (const label of [...body.labels].sort((x, y) => x.start - y.start)) {
    text += body.text.slice(at, label.start).toLowerCase() + body.text.slice(label.start, label.end);
    at = label.end;
  }
  text += body.text.slice(at).toLowerCase();
  return { text, labels: body.labels };
}
const day = (): number => int(1, 28);
const month = (l: Lang): string =>
  pick(
    {
      en: ["January", "March", "April", "June", "September", "October", "November"],
      de: ["Januar", "März", "April", "Juni", "September", "Oktober", "November"],
      fr: ["janvier", "mars", "avril", "juin", "septembre", "octobre", "novembre"],
      es: ["enero", "marzo", "abril", "junio", "septiembre", "octubre", "noviembre"],
      it: ["gennaio", "marzo", "aprile", "giugno", "settembre", "ottobre", "novembre"],
      nl: ["januari", "maart", "april", "juni", "september", "oktober", "november"],
      pt: ["janeiro", "março", "abril", "junho", "setembro", "outubro", "novembro"],
      pl: ["stycznia", "marca", "kwietnia", "czerwca", "września", "października", "listopada"],
      sv: ["januari", "mars", "april", "juni", "september", "oktober", "november"],
    }[l],
  );
const when = (l: Lang): string =>
  l === "de"
    ? `${day()}. ${month(l)}`
    : l === "es" || l === "pt"
      ? `${day()} de ${month(l)}`
      : `${day()} ${month(l)}`;
const clock = (): string => `${int(8, 17)}:${pick(["00", "15", "30", "45"])}`;
const money = (l: Lang, low: number, high: number): string => {
  const n = int(low, high) * 100;
  const grouped = n.toLocaleString(l === "en" ? "en-US" : "de-DE");
  return l === "en" ? pick([`$${grouped}`, `£${grouped}`]) : `${grouped} €`;
};
/** A person of a country whose language is `l`. */
const local = (l: Lang): v.Person => v.person(v.countryOf(l));

// ---------------------------------------------------------------- places

const browsers = ["Google Chrome", "Firefox", "Microsoft Edge", "Safari", "Brave"];
const web = (title: string, url?: string): Place => ({
  app: pick(browsers),
  title: `${title} - ${pick(["Google Chrome", "Mozilla Firefox", "Edge", "Brave"])}`,
  ...(url === undefined ? {} : { url }),
});
const slackChannels = [
  "#eng-platform",
  "#ops-oncall",
  "#fin-close",
  "#people-team",
  "#sales-dach",
  "#support-tier2",
  "#random",
  "#office-madrid",
  "#lon-social",
];
const workChat = (): Place =>
  pick([
    { app: "Slack", title: `${pick(slackChannels)} - Orsova - Slack` },
    {
      app: "Microsoft Teams",
      title: `${pick(["General", "Platform standup", "Month-end close", "EMEA sales"])} | Microsoft Teams`,
    },
    {
      app: "Google Chat",
      title: `${pick(["Space: infra", "Space: people-ops", "Space: paris-office"])} - Google Chat`,
    },
    { app: "Mattermost", title: `${pick(["backend", "town-square", "releases"])} - Mattermost` },
  ]);
const dm = (who: v.Person): Place =>
  pick([
    { app: "Slack", title: `${v.fullName(who)} (DM) - Orsova - Slack` },
    { app: "Microsoft Teams", title: `Chat | ${v.fullName(who)} | Microsoft Teams` },
    { app: "Google Chat", title: `${v.fullName(who)} - Google Chat` },
  ]);
const messenger = (who?: v.Person): Place =>
  pick([
    { app: "WhatsApp", title: who === undefined ? "WhatsApp" : `WhatsApp - ${who.given}` },
    { app: "Signal", title: "Signal" },
    { app: "Telegram", title: who === undefined ? "Telegram" : `Telegram - ${who.given}` },
    { app: "Messages", title: "Messages" },
    web("WhatsApp", "https://web.whatsapp.com/"),
  ]);
const mailbox = (subject: string): Place =>
  pick([
    { app: "Microsoft Outlook", title: `${subject} - Message (HTML)` },
    web(
      `${subject} - ${pick(["someone", "me"])}@orsova.es - Gmail`,
      "https://mail.google.com/mail/u/0/#inbox",
    ),
    { app: "Thunderbird", title: `${subject} - Mozilla Thunderbird` },
    { app: "Mail", title: subject },
  ]);
const ide = (file: string): Place =>
  pick([
    { app: "Visual Studio Code", title: `${file} — ledger-service — Visual Studio Code` },
    { app: "IntelliJ IDEA", title: `ledger-service – ${file}` },
    { app: "Cursor", title: `${file} — orsova-infra` },
    { app: "Zed", title: `${file} — api` },
  ]);
const term = (): Place =>
  pick([
    { app: "iTerm2", title: `${pick(["deploy", "psql", "ssh", "zsh"])} — 160×48` },
    { app: "Terminal", title: "zsh — ~/work/ledger" },
    { app: "Windows Terminal", title: pick(["PowerShell", "Ubuntu-22.04"]) },
    { app: "WezTerm", title: "bash" },
    { app: "Ghostty", title: "~/src/payments" },
  ]);
const assistant = (): Place =>
  pick([
    { app: "ChatGPT", title: "ChatGPT", url: "https://chatgpt.com/" },
    { app: "Claude", title: "Claude", url: "https://claude.ai/new" },
    web("Gemini", "https://gemini.google.com/app"),
  ]);
const docs = (): Place =>
  pick([
    web("Onboarding - Google Docs", `https://docs.google.com/document/d/${v.base62(44)}/edit`),
    { app: "Microsoft Word", title: "Handover.docx - Word" },
    { app: "Notion", title: "Team handbook - Notion" },
  ]);

// ---------------------------------------------------------------- families

const dbHosts = [
  "db-ledger-prod.internal",
  "pg-eu-west-1.orsova.cloud",
  "reporting.c9x2.eu-central-1.rds.amazonaws.com",
  "10.40.3.17",
  "mysql-hr.orsova.lan",
];
const dbUsers = ["ledger_app", "svc_reporting", "postgres", "hr_ro", "etl_writer", "app"];
const publicIp = (): string =>
  pick([
    () =>
      `${pick([81, 84, 88, 91, 93, 145, 176, 185, 212, 217])}.${int(1, 254)}.${int(0, 254)}.${int(1, 254)}`,
    () => `${pick([34, 35, 52, 54, 63, 98, 104, 146])}.${int(1, 254)}.${int(0, 254)}.${int(1, 254)}`,
    () => `2a0${int(1, 2)}:${v.hex(4)}:${v.hex(3)}:${int(1, 9)}::${v.hex(int(2, 4))}`,
  ])();
const privateIp = (): string =>
  pick([
    `10.${int(0, 60)}.${int(0, 255)}.${int(2, 254)}`,
    `192.168.${int(0, 20)}.${int(2, 254)}`,
    `172.${int(16, 31)}.${int(0, 255)}.${int(2, 254)}`,
  ]);

const engineering: Family = {
  name: "engineering-terminal",
  count: 230,
  templates: [
    pos("psql-url", () => {
      const pw = v.secret.password();
      const host = pick(dbHosts);
      return draft(
        term(),
        pick(["keys", "typed", "clipboard"] as const),
        pick([
          () =>
            s`psql "postgresql://${pick(dbUsers)}:${sec(pw)}@${host}:5432/${pick(["ledger", "hr", "analytics"])}?sslmode=require"`,
          () => s`DATABASE_URL=postgres://${pick(dbUsers)}:${sec(pw)}@${host}/ledger npm run migrate`,
          () => s`mysql -h ${host} -u ${pick(dbUsers)} -p'${sec(pw)}' payroll_2026`,
          () => s`PGPASSWORD=${sec(pw)} pg_dump -h ${host} -U ${pick(dbUsers)} -Fc ledger > ledger.dump`,
        ])(),
      );
    }),
    pos("env-file", () => {
      const file = pick([".env", ".env.production", ".env.local", "secrets.env"]);
      const lines: Bit[] = [
        `NODE_ENV=production`,
        `PORT=${v.lookalike.port()}`,
        s`STRIPE_SECRET_KEY=${sec(v.secret.stripe())}`,
      ];
      if (chance(0.6)) lines.push(s`OPENAI_API_KEY=${sec(v.secret.openai())}`);
      if (chance(0.5)) lines.push(s`SENDGRID_API_KEY=${sec(v.secret.sendgrid())}`);
      if (chance(0.5))
        lines.push(
          s`AWS_ACCESS_KEY_ID=${sec(v.secret.awsKeyId())}`,
          s`AWS_SECRET_ACCESS_KEY=${sec(v.secret.awsSecret())}`,
        );
      if (chance(0.4)) lines.push(`LOG_LEVEL=${pick(["info", "debug", "warn"])}`);
      if (chance(0.4)) lines.push(s`SLACK_WEBHOOK_URL=${sec(v.secret.slackWebhook())}`);
      return draft(ide(file), pick(["screen", "clipboard"] as const), join(lines));
    }),
    pos("npmrc-pypirc", () =>
      pick([
        () =>
          draft(
            ide(".npmrc"),
            "screen",
            s`@orsova:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${sec(v.secret.github())}\nalways-auth=true`,
          ),
        () => draft(ide(".npmrc"), "clipboard", s`//registry.npmjs.org/:_authToken=${sec(v.secret.npm())}`),
        () =>
          draft(
            ide(".pypirc"),
            "screen",
            s`[pypi]\n  username = __token__\n  password = ${sec(v.secret.pypi())}`,
          ),
        () =>
          draft(
            term(),
            "keys",
            s`echo "//registry.npmjs.org/:_authToken=${sec(v.secret.npm())}" >> ~/.npmrc`,
          ),
      ])(),
    ),
    pos("pgpass-kube", () =>
      pick([
        () =>
          draft(
            ide(".pgpass"),
            "screen",
            s`${pick(dbHosts)}:5432:ledger:${pick(dbUsers)}:${sec(v.secret.password())}\nlocalhost:5432:*:postgres:${sec(v.secret.password())}`,
          ),
        () => {
          const b64 = Buffer.from(v.secret.password()).toString("base64");
          const b64b = Buffer.from(v.secret.hexKey(32)).toString("base64");
          return draft(
            ide("db-credentials.yaml"),
            pick(["screen", "clipboard"] as const),
            s`apiVersion: v1\nkind: Secret\nmetadata:\n  name: ledger-db\n  namespace: ${pick(["payments", "hr-platform", "default"])}\ntype: Opaque\ndata:\n  username: bGVkZ2VyX2FwcA==\n  password: ${sec(b64)}\n  encryption-key: ${sec(b64b)}`,
          );
        },
        () =>
          draft(
            term(),
            "keys",
            s`kubectl create secret generic smtp-relay --from-literal=user=mailer --from-literal=password='${sec(v.secret.password())}' -n notifications`,
          ),
        () =>
          draft(
            ide("credentials"),
            "screen",
            s`[default]\naws_access_key_id = ${sec(v.secret.awsKeyId())}\naws_secret_access_key = ${sec(v.secret.awsSecret())}\nregion = eu-west-1\n\n[reporting]\nrole_arn = arn:aws:iam::${v.digits(12)}:role/ReadOnly\nsource_profile = default`,
          ),
        () =>
          draft(
            ide(".netrc"),
            pick(["screen", "clipboard"] as const),
            s`machine api.heroku.com\n  login ${mail(v.person(), true)}\n  password ${sec(v.lookalike.uuid())}\nmachine git.heroku.com\n  login ci@orsova.cloud\n  password ${sec(v.secret.hexKey(40))}`,
          ),
        () =>
          draft(
            ide(".git-credentials"),
            "screen",
            s`https://${pick(["deploy-bot", "jenkins", "oauth2"])}:${sec(v.secret.github())}@github.com\nhttps://ci:${sec(v.secret.gitlab())}@gitlab.orsova.lan`,
          ),
      ])(),
    ),
    pos("curl-token", () =>
      pick([
        () =>
          draft(
            term(),
            pick(["keys", "clipboard"] as const),
            s`curl -s -H "Authorization: Bearer ${sec(v.secret.jwt())}" https://api.orsova.cloud/v2/payouts?limit=50 | jq .`,
          ),
        () =>
          draft(
            term(),
            "keys",
            s`curl -u ${pick(["deploy", "ci-bot", "admin"])}:${sec(v.secret.password())} https://nexus.orsova.lan/repository/releases/`,
          ),
        () =>
          draft(
            term(),
            "clipboard",
            s`curl https://api.anthropic.com/v1/messages -H "x-api-key: ${sec(v.secret.anthropic())}" -H "anthropic-version: 2023-06-01"`,
          ),
        () =>
          draft(
            term(),
            "keys",
            s`http POST https://api.sendgrid.com/v3/mail/send "Authorization:Bearer ${sec(v.secret.sendgrid())}" < mail.json`,
          ),
        () => draft(term(), "typed", s`gh auth login --with-token <<< ${sec(v.secret.githubFine())}`),
      ])(),
    ),
    pos("git-remote-docker", () =>
      pick([
        () =>
          draft(
            term(),
            "keys",
            s`git clone https://${pick(["oauth2", "x-access-token", "gitlab-ci-token"])}:${sec(v.secret.gitlab())}@gitlab.orsova.lan/platform/ledger.git`,
          ),
        () =>
          draft(
            term(),
            "keys",
            s`docker login registry.orsova.cloud -u robot$ci -p ${sec(v.secret.hexKey(40))}`,
          ),
        () => draft(term(), "typed", s`export GITHUB_TOKEN=${sec(v.secret.github())}`),
        () =>
          draft(
            term(),
            "keys",
            s`az storage blob list --connection-string "DefaultEndpointsProtocol=https;AccountName=${pick(["stfinprod", "stlogsweu", "stexportsne"])}${int(10, 99)};AccountKey=${sec(`${v.base62(86)}==`)};EndpointSuffix=core.windows.net" -c exports`,
          ),
      ])(),
    ),
    pos("config-yaml", () =>
      pick([
        () =>
          draft(
            ide("application-prod.yml"),
            "screen",
            s`spring:\n  datasource:\n    url: jdbc:postgresql://${pick(dbHosts)}:5432/ledger\n    username: ${pick(dbUsers)}\n    password: ${sec(v.secret.password())}\n  mail:\n    host: smtp.sendgrid.net\n    password: ${sec(v.secret.sendgrid())}`,
          ),
        () =>
          draft(
            ide("settings.py"),
            "screen",
            s`SECRET_KEY = "${sec(v.base62(50))}"\nDEBUG = False\nALLOWED_HOSTS = ["intranet.orsova.lan"]`,
          ),
        () =>
          draft(
            ide("config.toml"),
            "clipboard",
            s`[datadog]\napi_key = "${sec(v.secret.datadog())}"\nsite = "datadoghq.eu"\n\n[twilio]\napi_key_sid = "${sec(v.secret.twilio())}"`,
          ),
        () =>
          draft(
            ide("terraform.tfvars"),
            "screen",
            s`region = "eu-west-1"\ndb_master_password = "${sec(v.secret.password())}"\ngoogle_maps_key    = "${sec(v.secret.google())}"`,
          ),
        () =>
          draft(
            ide("id_ed25519"),
            "clipboard",
            s`${sec(`-----BEGIN OPENSSH PRIVATE KEY-----\n${v.secret.privateKeyBody()}\n-----END OPENSSH PRIVATE KEY-----`)}`,
          ),
      ])(),
    ),
    pos("ssh-ip-log", () =>
      pick([
        () =>
          draft(
            term(),
            "keys",
            s`ssh ${pick(["deploy", "ubuntu", "ec2-user", "root"])}@${lab("ip", publicIp())} -p 2222`,
          ),
        () =>
          draft(
            term(),
            "screen",
            s`Accepted publickey for deploy from ${lab("ip", publicIp())} port ${int(40000, 65000)} ssh2: ED25519 SHA256:${v.base62(43)}\nLast login: Mon Dec  7 ${clock()}:11 2026 from ${lab("ip", privateIp())}`,
          ),
        () =>
          draft(
            term(),
            "screen",
            s`${lab("ip", publicIp())} - - [07/Dec/2026:${clock()}:41 +0000] "POST /v1/login HTTP/1.1" 401 312 "-" "Mozilla/5.0"\n${lab("ip", publicIp())} - - [07/Dec/2026:${clock()}:42 +0000] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.30"`,
          ),
        () =>
          draft(
            ide("inventory.ini"),
            "screen",
            s`[ledger]\nledger-1 ansible_host=${lab("ip", privateIp())}\nledger-2 ansible_host=${lab("ip", privateIp())}\n\n[bastion]\nbastion ansible_host=${lab("ip", publicIp())}`,
          ),
      ])(),
    ),
    pos("git-log-author", () => {
      const a = v.person();
      const b = v.person();
      return pick([
        () =>
          draft(
            term(),
            "screen",
            s`commit ${v.lookalike.sha()}\nAuthor: ${nm(a)} <${mail(a, true)}>\nDate:   Mon Dec 7 ${clock()}:03 2026 +0100\n\n    Fix rounding in FX revaluation (${v.lookalike.ticket()})`,
          ),
        () =>
          draft(
            term(),
            "screen",
            s`${v.lookalike.shortSha()} (HEAD -> main) ${pick(["Merge pull request", "Bump pg from 8.11.3 to 8.13.1", "Add retry to KMS unwrap"])} - ${nm(a)}\n${v.lookalike.shortSha()} Rework ledger export - ${nm(b)}`,
          ),
        () =>
          draft(
            ide("CODEOWNERS"),
            "screen",
            s`/src/payouts/   @${lab("name", `${v.fullName(a).toLowerCase().replace(/ /g, "-")}`)}\n# questions: ${mail(b, true)}`,
          ),
      ])();
    }),
    pos("tracker-titles", () => {
      const who = v.person();
      return pick([
        () =>
          draft(
            { app: "Google Chrome", title: "Jira" },
            "title",
            s`[${v.lookalike.ticket()}] ${pick(["Offboard access for", "Laptop for new starter", "Give prod read access to", "On-call handover from"])} ${nm(who)} - Jira`,
          ),
        () =>
          draft(
            { app: "Linear", title: "Linear" },
            "title",
            s`${v.lookalike.ticket()} Pair with ${nm(who)} on the ledger export › Linear`,
          ),
        () =>
          draft(
            { app: "Google Chrome", title: "GitHub" },
            "url",
            s`https://github.com/orsova/ledger/pulls?q=is%3Aopen+reviewed-by%3A${lab("name", `${v.slug(who.given)}-${v.slug(who.family)}`)}`,
          ),
      ])();
    }),
    neg("tracker-neg", () =>
      pick([
        () =>
          draft(
            { app: "Google Chrome", title: "Jira" },
            "title",
            s`[${v.lookalike.ticket()}] ${pick(["Retry KMS unwrap on throttling", "Kill stale workers on deploy", "Health check flaps on ledger-api", "Bump pg to 8.13.1"])} - Jira`,
          ),
        () =>
          draft(
            { app: "Google Chrome", title: "GitHub" },
            "url",
            s`https://github.com/orsova/ledger/pull/${int(100, 4999)}/files#diff-${v.hex(64)}`,
          ),
        () =>
          draft(
            { app: "Firefox", title: "GitLab" },
            "url",
            s`https://gitlab.orsova.lan/platform/ledger/-/commit/${v.lookalike.sha()}`,
          ),
        () =>
          draft(
            { app: "Google Chrome", title: "Grafana" },
            "url",
            s`https://grafana.orsova.cloud/d/${v.base62(9)}/ledger?orgId=1&from=now-6h&to=now&var-pod=ledger-api-${v.lowerAlnum(5)}`,
          ),
      ])(),
    ),
    neg("build-output", () =>
      pick([
        () =>
          draft(
            term(),
            "screen",
            s`added 1${int(100, 999)} packages, and audited 1${int(100, 999)} packages in ${int(5, 40)}s\n\n${int(100, 300)} packages are looking for funding\n  run \`npm fund\` for details\n\nfound 0 vulnerabilities`,
          ),
        () =>
          draft(
            term(),
            "screen",
            s`#12 [build 4/7] RUN npm ci --omit=dev\n#12 DONE ${int(10, 90)}.${int(0, 9)}s\n#15 exporting to image\n#15 writing image ${v.lookalike.digest()} done\n#15 naming to registry.orsova.cloud/ledger:${v.lookalike.semver()} done`,
          ),
        () =>
          draft(
            ide("package-lock.json"),
            "screen",
            s`"node_modules/pg": {\n  "version": "8.13.1",\n  "resolved": "https://registry.npmjs.org/pg/-/pg-8.13.1.tgz",\n  "integrity": "${v.lookalike.sri()}"\n}`,
          ),
        () =>
          draft(
            term(),
            "screen",
            s`✓ ${int(200, 900)} tests passed (${int(20, 80)} files) in ${int(3, 50)}.${int(10, 99)}s\n  run ${v.lookalike.uuid()} · commit ${v.lookalike.shortSha()} · ${v.lookalike.build()}`,
          ),
      ])(),
    ),
    neg("placeholders", () =>
      pick([
        () =>
          draft(
            ide(".env.example"),
            "screen",
            s`DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/ledger\nSTRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxx\nOPENAI_API_KEY=your-api-key-here\nAWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE`,
          ),
        () =>
          draft(
            ide("docker-compose.yml"),
            "screen",
            s`  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: \${DB_PASSWORD}\n      POSTGRES_USER: \${DB_USER:-ledger}\n    ports:\n      - "127.0.0.1:5432:5432"`,
          ),
        () =>
          draft(
            ide("README.md"),
            "screen",
            s`## Running locally\n\n1. Copy \`.env.example\` to \`.env\` and set \`API_TOKEN=<your token>\`.\n2. Run \`npm run dev\` and open http://localhost:${v.lookalike.port()}.\n3. The admin password is read from Vault (\`secret/ledger/admin\`), never from the repo.`,
          ),
        () =>
          draft(
            term(),
            "typed",
            s`export API_KEY=$(vault kv get -field=api_key secret/ledger/${pick(["stripe", "sendgrid", "datadog"])})`,
          ),
        () =>
          draft(
            ide("values.yaml"),
            "screen",
            s`auth:\n  existingSecret: ledger-db\n  secretKeys:\n    adminPasswordKey: postgres-password\nservice:\n  port: ${v.lookalike.port()}`,
          ),
      ])(),
    ),
    neg("versions-and-loopback", () =>
      pick([
        () =>
          draft(
            term(),
            "screen",
            s`Server: nginx/1.25.${int(1, 5)}\nUser-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/${int(120, 131)}.0.${int(6000, 6900)}.${int(10, 200)} Safari/537.36\nListening on 0.0.0.0:${v.lookalike.port()} and [::1]:${v.lookalike.port()}`,
          ),
        () => draft(term(), "keys", s`curl -I http://127.0.0.1:${v.lookalike.port()}/healthz`),
        () =>
          draft(
            ide("CHANGELOG.md"),
            "screen",
            s`## ${v.lookalike.semver()} (2026-${v.pad2(int(1, 12))}-${v.pad2(day())})\n- Bump openssl to 3.0.${int(10, 15)}\n- Kill orphaned worker processes on shutdown\n- Example IP in docs changed to 192.0.2.${int(1, 200)}`,
          ),
        () =>
          draft(
            term(),
            "screen",
            s`$ kubectl get pods -n payments\nNAME                          READY   STATUS      RESTARTS   AGE\nledger-api-${v.lowerAlnum(9)}-${v.lowerAlnum(5)}   1/1     Running     0          ${int(2, 40)}h\nledger-worker-${v.lowerAlnum(5)}             0/1     OOMKilled   ${int(1, 9)}          ${int(2, 59)}m`,
          ),
      ])(),
    ),
  ],
};

const systems = [
  "staging admin",
  "Jenkins",
  "the Grafana viewer",
  "the shared Figma",
  "the test Stripe dashboard",
  "DATEV",
  "the router",
  "the VPN test user",
  "Keycloak master realm",
];

const workTalk: Family = {
  name: "work-chat",
  count: 225,
  templates: [
    pos("password-pasted", () => {
      const l = v.lang();
      const pw = sec(v.secret.password());
      const sys = pick(systems);
      return draft(
        workChat(),
        pick(["typed", "keys", "typed"] as const),
        casual(
          say(l, {
            en: [
              () => s`pw for ${sys} is ${pw} - don't share pls`,
              () => s`login: admin / ${pw}`,
              () => s`try ${pw} for ${sys}, changed it this morning`,
              () => s`the password is ${pw} (capital first letter)`,
            ],
            de: [
              () => s`Passwort für ${sys}: ${pw}`,
              () => s`kennwort ist jetzt ${pw}, hab's heute früh geändert`,
              () => s`user admin, pw ${pw}`,
            ],
            fr: [() => s`le mot de passe de ${sys} c'est ${pw}`, () => s`mdp : ${pw} (je le change demain)`],
            es: [() => s`la contraseña de ${sys} es ${pw}`, () => s`usuario admin, clave ${pw}`],
            it: [() => s`la password di ${sys} è ${pw}`],
            nl: [() => s`wachtwoord voor ${sys}: ${pw}`],
            pt: [() => s`a senha do ${sys} é ${pw}`],
            pl: [() => s`hasło do ${sys} to ${pw}`],
            sv: [() => s`lösenordet till ${sys} är ${pw}`],
          }),
        ),
      );
    }),
    pos("token-in-chat", () => {
      const l = pick(["en", "en", "de", "fr", "es", "nl"] as const);
      const token = sec(
        pick([
          v.secret.github(),
          v.secret.slackBot(),
          v.secret.stripe(),
          v.secret.openai(),
          v.secret.gitlab(),
          v.secret.npm(),
        ]),
      );
      return draft(
        workChat(),
        pick(["typed", "clipboard"] as const),
        casual(
          say(l, {
            en: [
              () => s`use this one until vault is back: ${token}`,
              () => s`here's the token for the import script ${token} - rotate it after`,
              () => s`${token} <- CI one, don't commit it`,
            ],
            de: [
              () => s`nimm solange den hier: ${token} (danach rotieren)`,
              () => s`Token für das Skript: ${token}`,
            ],
            fr: [() => s`voilà le token en attendant : ${token}`],
            es: [() => s`usa este token mientras tanto: ${token}`],
            nl: [() => s`gebruik deze token voorlopig: ${token}`],
          }),
        ),
      );
    }),
    pos("code-shared", () => {
      const l = v.lang();
      const code = sec(pick([v.secret.otp(), v.secret.otp(), v.secret.recovery()]));
      return draft(
        workChat(),
        "typed",
        casual(
          say(l, {
            en: [
              () => s`the 2FA code for the shared AWS root is ${code}, quick it expires`,
              () => s`got the SMS: ${code} - paste it in`,
              () => s`verification code ${code} for the Apple dev account`,
            ],
            de: [
              () => s`Der Bestätigungscode für den Amazon-Business-Account ist ${code}`,
              () => s`code kam grad: ${code}`,
            ],
            fr: [() => s`code de vérification reçu : ${code}, vas-y vite`],
            es: [() => s`el código de verificación es ${code}, date prisa`],
            nl: [() => s`verificatiecode voor de gedeelde inlog: ${code}`],
          }),
        ),
      );
    }),
    pos("colleague-contact", () => {
      const l = v.lang();
      const who = local(l);
      return draft(
        workChat(),
        pick(["typed", "typed", "clipboard"] as const),
        casual(
          say(l, {
            en: [
              () => s`can you call ${nm(who)} on ${tel(who.country)}? she's not on slack today`,
              () => s`${first(who)}'s mobile is ${tel(who.country)} if the courier can't find the office`,
              () => s`loop in ${nm(who)} (${mail(who, true)}), she owns the vendor contract`,
            ],
            de: [
              () => s`Kannst du ${nm(who)} unter ${tel(who.country)} anrufen? Er ist heute nicht online.`,
              () => s`${first(who)} erreichst du unter ${tel(who.country)}`,
            ],
            fr: [
              () => s`tu peux appeler ${nm(who)} au ${tel(who.country)} ? elle gère le dossier`,
              () => s`le portable de ${first(who)} : ${tel(who.country)}`,
            ],
            es: [
              () => s`llama a ${nm(who)} al ${tel(who.country)}, lleva lo del proveedor`,
              () => s`el móvil de ${first(who)} es ${tel(who.country)}`,
            ],
            it: [() => s`chiama ${nm(who)} al ${tel(who.country)}`],
            nl: [() => s`bel ${nm(who)} even op ${tel(who.country)}`],
            pl: [() => s`zadzwoń do ${nm(who)}: ${tel(who.country)}`],
            pt: [() => s`liga à ${nm(who)} para o ${tel(who.country)}`],
            sv: [() => s`ring ${nm(who)} på ${tel(who.country)}`],
          }),
        ),
      );
    }),
    pos("meeting-participants", () => {
      const names = Array.from({ length: int(3, 6) }, () => nm());
      return draft(
        pick([
          { app: "zoom.us", title: "Zoom Meeting" },
          { app: "Microsoft Teams", title: "Meeting | Microsoft Teams" },
          web("Meet - abc-defg-hij", "https://meet.google.com/abc-defg-hij"),
        ]),
        "screen",
        s`${pick(["Participants", "Teilnehmende", "Participants", "Participantes"])} (${names.length})\n${join(names.map((n, i) => (i === 0 ? s`${n} (Host, me)` : s`${n}`)))}`,
      );
    }),
    pos("lowercase-mentions", () => {
      const a = v.person();
      const b = v.person();
      return draft(
        workChat(),
        pick(["typed", "keys"] as const),
        pick([
          () =>
            s`${lab("name", a.given.toLowerCase())} and ${lab("name", b.given.toLowerCase())} are both out thu, push the review to fri?`,
          () => s`ask ${lab("name", `${a.given} ${a.family}`.toLowerCase())} she did the migration last year`,
          () =>
            s`@${lab("name", a.given.toLowerCase())} can you approve ${v.lookalike.ticket()}? ${lab("name", b.given.toLowerCase())} is waiting on it`,
          () => s`ok so ${lab("name", a.family.toLowerCase())} from legal says no`,
        ])(),
      );
    }),
    pos("out-sick", () => {
      const l = v.lang();
      return draft(
        workChat(),
        pick(["typed", "keys"] as const),
        casual(
          say(l, {
            en: [
              () =>
                s`morning all, ${pick(["migraine", "tonsillitis", "a stomach bug", "covid again"])} so I'm offline today, back ${pick(["Thursday", "Monday", "tomorrow hopefully"])}`,
              () =>
                s`heads up I have a ${pick(["physio", "dentist", "MRI", "blood test", "cardiology"])} appointment at ${clock()}, will be back after`,
              () =>
                s`${pick(["my", "the"])} doctor put me on ${pick(["antibiotics", "sertraline", "steroids", "beta blockers"])} so I'm a bit slow this week, sorry`,
            ],
            de: [
              () =>
                s`Bin heute krank (${pick(["Magen-Darm", "Migräne", "Bandscheibe", "Grippe"])}), AU folgt`,
              () =>
                s`hab um ${clock()} einen Termin beim ${pick(["Orthopäden", "Zahnarzt", "Kardiologen"])}, danach wieder da`,
            ],
            fr: [
              () =>
                s`je suis en arrêt maladie jusqu'au ${when("fr")}, ${pick(["angine", "lumbago", "grippe"])}`,
              () => s`rdv chez le ${pick(["kiné", "dermato", "cardiologue"])} à ${clock()}, je reviens après`,
            ],
            es: [
              () => s`hoy no estoy, tengo ${pick(["gastroenteritis", "fiebre", "una migraña horrible"])}`,
              () => s`tengo cita con el ${pick(["traumatólogo", "dentista", "psicólogo"])} a las ${clock()}`,
            ],
            it: [() => s`oggi sono in malattia, ${pick(["febbre alta", "mal di schiena", "influenza"])}`],
            nl: [() => s`ik meld me ziek, ${pick(["griep", "migraine", "rugpijn"])}`],
            pl: [() => s`jestem dziś na L4, ${pick(["grypa", "zapalenie zatok", "migrena"])}`],
            pt: [() => s`hoje estou de baixa, ${pick(["gripe", "febre", "enxaqueca"])}`],
            sv: [() => s`sjukanmäld idag, ${pick(["feber", "migrän", "magsjuka"])}`],
          }),
        ),
        ["health"],
      );
    }),
    pos("hr-whisper", () => {
      const l = pick(["en", "en", "de", "fr", "es"] as const);
      const who = local(l);
      return draft(
        dm(v.person()),
        "typed",
        casual(
          say(l, {
            en: [
              () => s`between us, ${nm(who)} is on a PIP until ${when("en")} - don't mention it`,
              () =>
                s`did you see ${first(who)} is getting ${money("en", 600, 1200)} more after the calibration?`,
              () => s`${nm(who)} got let go this morning, HR is doing the exit call now`,
            ],
            de: [
              () => s`unter uns: ${nm(who)} bekommt die Kündigung zum ${when("de")}`,
              () => s`${first(who)} hat im Review nur "erfüllt teilweise" bekommen`,
            ],
            fr: [
              () => s`entre nous, ${nm(who)} est en rupture conventionnelle`,
              () => s`${first(who)} a eu une augmentation de ${money("fr", 1, 4)} par mois`,
            ],
            es: [
              () => s`entre nosotros, a ${nm(who)} le van a despedir en ${month("es")}`,
              () => s`${first(who)} ha pedido una excedencia por cuidado de su madre`,
            ],
          }),
        ),
        ["hr"],
      );
    }),
    pos("customer-details", () => {
      const who = v.person();
      return draft(
        workChat(),
        pick(["typed", "clipboard"] as const),
        pick([
          () =>
            s`escalating: customer ${nm(who)} <${mail(who, false)}> was charged twice, ${v.lookalike.order()}`,
          () =>
            s`can someone in ${pick(["billing", "support", "logistics"])} ping ${nm(who)}? ${tel(who.country)} - delivery to ${addr(who.country)} failed twice`,
          () => s`FYI ${mail(who, false)} keeps opening tickets about the same refund`,
        ])(),
      );
    }),
    neg("deploys", () => {
      const l = pick(["en", "en", "de", "fr", "es"] as const);
      return draft(
        workChat(),
        pick(["typed", "keys"] as const),
        casual(
          say(l, {
            en: [
              () =>
                s`deploying ${v.lookalike.semver()} to prod at ${clock()}, ${v.lookalike.build()} is green`,
              () => s`rollback done, we're back on ${v.lookalike.shortSha()}`,
              () => s`who owns ${v.lookalike.ticket()}? the nightly job died at ${v.lookalike.isoTime()}`,
              () => s`p95 is ${int(120, 900)}ms since ${v.lookalike.semver()}, looking`,
            ],
            de: [
              () => s`Release ${v.lookalike.semver()} ist draußen, Pipeline ${v.lookalike.build()} grün`,
              () => s`hab ${v.lookalike.ticket()} auf erledigt gesetzt`,
            ],
            fr: [() => s`mise en prod de la ${v.lookalike.semver()} à ${clock()}`],
            es: [() => s`desplegado ${v.lookalike.semver()}, todo en verde`],
          }),
        ),
      );
    }),
    neg("tech-hr-words", () =>
      draft(
        workChat(),
        pick(["typed", "keys"] as const),
        casual(
          pick([
            () => s`just kill the child processes and let the supervisor restart them`,
            () => s`we should promote the replica in eu-west-${int(1, 3)} and terminate the old primary`,
            () => s`the webhook fires twice on retry, can we fire-and-forget instead?`,
            () =>
              s`performance review of the slow queries tomorrow at ${clock()}? the planner picks a seq scan`,
            () =>
              s`orphaned pods again in ${pick(["payments", "ledger", "search"])}, someone should fire the cleanup job`,
            () => s`the onboarding flow for new tenants is broken since ${v.lookalike.semver()}`,
            () => s`let's retire the v1 API and give the workers a graceful exit`,
            () => s`kannst du den hängenden Kindprozess killen? der Worker startet dann neu`,
            () =>
              s`wir befördern das Replikat in Frankfurt zum Primary und beenden die alte Instanz um ${clock()}`,
            () => s`on tue les workers zombies et on relance, le superviseur s'en occupe`,
            () => s`hay que despedir al proceso huérfano, luego el cron lo levanta otra vez`,
            () => s`il job di onboarding dei nuovi tenant fallisce da ${v.lookalike.semver()}`,
            () => s`de pod is ontslagen door de OOM-killer, limiet naar ${int(512, 2048)}Mi`,
          ])(),
        ),
      ),
    ),
    neg("figurative-health", () =>
      draft(
        workChat(),
        pick(["typed", "keys"] as const),
        casual(
          pick([
            () =>
              s`health check on ${pick(["ledger-api", "search", "the gateway"])} is red again, heartbeat timeout ${int(5, 30)}s`,
            () => s`quick sanity check before I merge? it's a band-aid, not a cure`,
            () => s`post-mortem for the ${when("en")} outage is in the wiki`,
            () => s`this migration is giving me a headache lol`,
            () => s`virus scan flagged the installer again, false positive`,
            () => s`the build is allergic to node ${int(18, 22)}, pin it`,
            () => s`cold start is killing us, need a dose of caching`,
            () => s`der Healthcheck von ${pick(["ledger-api", "search"])} ist wieder rot, Heartbeat-Timeout`,
            () => s`kurzer Sanity-Check vor dem Merge? ist nur ein Pflaster, keine Heilung`,
            () => s`le post-mortem de l'incident du ${when("fr")} est sur le wiki`,
            () => s`cette migration me donne mal à la tête mdr`,
            () => s`el antivirus ha vuelto a marcar el instalador, falso positivo`,
            () => s`la build es alérgica a node ${int(18, 22)}, fíjalo`,
          ])(),
        ),
      ),
    ),
    neg("places-brands", () =>
      draft(
        workChat(),
        pick(["typed", "keys"] as const),
        casual(
          pick([
            () => s`meet at Victoria station at ${clock()}? then walk to the client`,
            () => s`new laptops are Dell again, the Philips monitors arrive ${pick(["Monday", "next week"])}`,
            () => s`offsite is in Santiago de Compostela this year, flights on ${v.lookalike.order()}`,
            () => s`the Ford and the Porsche leads are both in ${pick(["Salesforce", "HubSpot"])} now`,
            () => s`lunch at that place on Rue Victor Hugo?`,
            () => s`anyone going to the Jackson Hole conference? or just to Washington`,
            () => s`the Ferrari demo went well, Mercedes next week`,
            () => s`Treffpunkt Alexanderplatz, dann zum Kunden in der Karl-Marx-Allee`,
            () => s`les nouveaux écrans sont des Philips, les portables des Dell`,
            () => s`quedamos en la estación de Príncipe Pío a las ${clock()}`,
            () => s`de klant zit naast station Amsterdam Sloterdijk, vlak bij de Heineken-brouwerij`,
            () => s`spotkanie przy Dworcu Centralnym, potem do biura przy rondzie Daszyńskiego`,
          ])(),
        ),
      ),
    ),
  ],
};

const desk = (subject: string): Place =>
  pick([
    web(
      `#${int(40000, 99999)} ${subject} – Zendesk`,
      `https://orsova.zendesk.com/agent/tickets/${int(40000, 99999)}`,
    ),
    web(`${subject} | Freshdesk`, `https://orsova.freshdesk.com/a/tickets/${int(1000, 9999)}`),
    { app: "Intercom", title: `${subject} - Inbox - Intercom` },
    web(`${subject} - Help Scout`, `https://secure.helpscout.net/conversation/${int(1000000, 9999999)}/`),
  ]);
const cardOf = (): string => {
  const brand = pick(Object.keys(v.ids.card) as (keyof typeof v.ids.card)[]);
  const n = pick(v.ids.card[brand]) as string;
  if (n.length === 16 && chance(0.6)) return n.replace(/(\d{4})(?=\d)/g, "$1 ");
  if (n.length === 15 && chance(0.5)) return `${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}`;
  return n;
};
const ibanOf = (country?: keyof typeof v.ids.iban): string => {
  const cc = country ?? pick(Object.keys(v.ids.iban) as (keyof typeof v.ids.iban)[]);
  const iban = pick(v.ids.iban[cc]) as string;
  return chance(0.25) ? iban.replace(/ /g, "") : iban;
};

const support: Family = {
  name: "support-desk",
  count: 220,
  templates: [
    pos("customer-writes", () => {
      const l = v.lang();
      const who = local(l);
      return draft(
        desk(
          pick([
            "Refund not received",
            "Wrong address",
            "Cannot log in",
            "Order missing",
            "Billing question",
          ]),
        ),
        "screen",
        say(l, {
          en: [
            () =>
              s`Hi, my parcel went to the wrong place. Please send it to ${addr(who.country, chance(0.5))} instead. You can reach me on ${tel(who.country)}.\nThanks, ${nm(who)}`,
            () =>
              s`Hello,\nI was charged twice for ${v.lookalike.order()}. Please refund to the card you have on file, or call me at ${tel(who.country)}.\n\n${nm(who)}\n${mail(who, false)}`,
          ],
          de: [
            () =>
              s`Guten Tag,\nbitte liefern Sie an ${addr(who.country, chance(0.5))}. Tel.: ${tel(who.country)}\nMit freundlichen Grüßen\n${nm(who)}`,
          ],
          fr: [
            () =>
              s`Bonjour,\nmerci de livrer au ${addr(who.country, chance(0.5))}. Je suis joignable au ${tel(who.country)}.\nCordialement,\n${nm(who)}`,
          ],
          es: [
            () =>
              s`Hola, el pedido debe ir a ${addr(who.country)}. Mi teléfono es ${tel(who.country)}.\nUn saludo,\n${nm(who)}`,
          ],
          it: [
            () =>
              s`Buongiorno, il mio indirizzo corretto è ${addr(who.country)}. Cell. ${tel(who.country)}\n${nm(who)}`,
          ],
          nl: [
            () =>
              s`Hallo, mijn nieuwe adres is ${addr(who.country)}. Bel gerust: ${tel(who.country)}\nGroet, ${nm(who)}`,
          ],
          pl: [
            () =>
              s`Dzień dobry, proszę o wysyłkę na adres ${addr(who.country)}. Tel. ${tel(who.country)}\n${nm(who)}`,
          ],
          pt: [
            () => s`Olá, a morada correta é ${addr(who.country)}. Telemóvel ${tel(who.country)}\n${nm(who)}`,
          ],
          sv: [
            () => s`Hej, skicka till ${addr(who.country)} istället. Ring ${tel(who.country)}\n/${nm(who)}`,
          ],
        }),
      );
    }),
    pos("card-in-ticket", () => {
      const who = v.person();
      return draft(
        desk("Payment failed"),
        pick(["screen", "clipboard"] as const),
        pick([
          () =>
            s`Customer read out the card over the phone: ${lab("card", cardOf())}, exp ${v.pad2(int(1, 12))}/${int(27, 31)}. Name on card ${nm(who)}.`,
          () =>
            s`${nm(who)} pasted their full card number in chat (${lab("card", cardOf())}) - redact & advise them to use the payment link`,
          () =>
            s`Please charge my other card ${lab("card", cardOf())} instead, the old one expired. ${nm(who)}`,
        ])(),
      );
    }),
    pos("agent-reply", () => {
      const agent = v.person();
      const customer = v.person();
      const l = pick(["en", "en", "de", "fr", "es"] as const);
      return draft(
        desk(pick(["Re: Refund", "Re: Delivery", "Re: Account access"])),
        pick(["typed", "typed", "screen"] as const),
        say(l, {
          en: [
            () =>
              s`Hi ${first(customer)},\n\nI've issued the refund for ${v.lookalike.order()}; it should reach your account within 5 working days.\n\nBest,\n${nm(agent)}\nCustomer Care · ${tel(pick(["GB", "US", "IE"] as const), true)}`,
          ],
          de: [
            () =>
              s`Hallo ${nm(customer)},\n\ndie Erstattung zu ${v.lookalike.order()} ist veranlasst.\n\nViele Grüße\n${nm(agent)}`,
          ],
          fr: [
            () =>
              s`Bonjour ${nm(customer)},\n\nle remboursement de la commande ${v.lookalike.order()} est en cours.\n\nBien à vous,\n${nm(agent)}`,
          ],
          es: [
            () =>
              s`Hola ${first(customer)}:\n\nya hemos tramitado el reembolso del pedido ${v.lookalike.order()}.\n\nSaludos,\n${nm(agent)}`,
          ],
        }),
      );
    }),
    pos("account-lookup", () => {
      const who = v.person();
      return draft(
        pick([
          web("Customer lookup - Admin", "https://admin.orsova.cloud/customers/search"),
          { app: "Retool", title: "Customer 360 | Retool" },
        ]),
        pick(["typed", "keys"] as const),
        pick([() => s`${mail(who)}`, () => s`${tel(who.country)}`, () => s`${nm(who)}`])(),
      );
    }),
    pos("ticket-title", () => {
      const who = v.person();
      return pick([
        () => draft(desk(""), "title", s`#${int(40000, 99999)} Refund for ${nm(who)} – Zendesk`),
        () =>
          draft(
            desk(""),
            "url",
            s`https://orsova.zendesk.com/agent/users/${int(100000, 999999)}?email=${lab("email", encodeURIComponent(v.email(who, false)))}`,
          ),
        () => draft(desk(""), "title", s`Conversation with ${nm(who)} - Inbox - Intercom`),
      ])();
    }),
    pos("health-complaint", () => {
      const who = v.person();
      return draft(
        desk("Product complaint"),
        "screen",
        pick([
          () =>
            s`Hi, I'm ${pick(["coeliac", "diabetic", "pregnant", "allergic to peanuts"])} and the label didn't mention ${pick(["gluten", "sugar", "the additive", "nuts"])}. I ended up ${pick(["in A&E", "at my GP", "on antihistamines for two days"])}. ${nm(who)}`,
          () =>
            s`Our son has epilepsy and the flashing screen triggered a seizure. Please pass this to your safety team. - ${nm(who)}`,
        ])(),
        ["health"],
      );
    }),
    neg("order-tracking", () => {
      const l = pick(["en", "en", "de", "fr", "es"] as const);
      return draft(
        desk(pick(["Where is my order", "Wo ist meine Bestellung", "Suivi de colis"])),
        pick(["screen", "typed"] as const),
        say(l, {
          en: [
            () =>
              s`Your order ${v.lookalike.order()} shipped with UPS, tracking ${v.lookalike.tracking()}. Estimated delivery ${when("en")}.`,
            () =>
              s`Status: awaiting carrier pick-up. Return label ${v.lookalike.order()} created at ${v.lookalike.isoTime()}.`,
            () => s`Refund of 49.90 to the card ending ${v.digits(4)} was processed on ${when("en")}.`,
          ],
          de: [
            () =>
              s`Ihre Bestellung ${v.lookalike.order()} ist unterwegs, Sendungsnummer ${v.lookalike.tracking()}.`,
          ],
          fr: [
            () =>
              s`Votre commande ${v.lookalike.order()} a été expédiée, numéro de suivi ${v.lookalike.tracking()}.`,
          ],
          es: [
            () => s`Tu pedido ${v.lookalike.order()} ya ha salido, seguimiento ${v.lookalike.tracking()}.`,
          ],
        }),
      );
    }),
    neg("macros-and-policy", () =>
      draft(
        desk(pick(["Macro: Refund policy", "Macro: Password reset"])),
        "screen",
        pick([
          () =>
            s`Hi {{ticket.requester.first_name}},\n\nThanks for reaching out. Refunds are issued to the original payment method within 5–10 business days.\n\n{{current_user.name}}`,
          () =>
            s`To reset your password, click "Forgot password?" on the sign-in page. We will never ask for your password or one-time code by e-mail or phone.`,
          () =>
            s`Please never paste full card numbers here. Use the secure payment link instead; we only ever see the last four digits.`,
          () =>
            s`SLA: first response ${int(1, 8)}h, resolution ${int(24, 72)}h. Tier 2 escalation after ${int(2, 5)} contacts. Queue: ${pick(["billing", "logistics", "access"])}.`,
        ])(),
      ),
    ),
    neg("product-names", () =>
      draft(
        desk(pick(["Warranty", "Product question"])),
        pick(["screen", "typed"] as const),
        pick([
          () =>
            s`The customer has a Philips Sonicare ${pick(["3100", "DiamondClean"])} bought at Boots on Oxford Street, serial ${v.upperAlnum(10)}.`,
          () =>
            s`Item: Louis Vuitton Neverfull MM, batch code ${v.upperAlnum(2)}${v.digits(4)}. Delivered to the pick-up point at Gare de Lyon.`,
          () => s`Model: Dyson V${int(8, 15)}, SKU ${v.digits(6)}-${v.digits(2)}. Fault code E${int(1, 9)}.`,
          () =>
            s`Returned a Ben & Jerry's freezer bag and a Tommy Hilfiger jacket, RMA ${v.lookalike.order()}.`,
        ])(),
      ),
    ),
  ],
};

const erp = (title: string): Place =>
  pick([
    { app: "SAP GUI", title },
    web(
      `${title} - NetSuite`,
      `https://${int(1000000, 9999999)}.app.netsuite.com/app/accounting/transactions/vendbill.nl`,
    ),
    web(`${title} | Xero`, "https://go.xero.com/AccountsPayable/Edit.aspx"),
    { app: "Microsoft Excel", title: `${title}.xlsx - Excel` },
    web(`${title} - DATEV Unternehmen online`, "https://duo.datev.de/"),
  ]);
const bankApp = (): Place =>
  pick([
    web("Payments - Online Banking", "https://banking.example-bank.eu/payments/new"),
    web("Make a payment | Business Banking", "https://business.bank.co.uk/payments"),
    { app: "Revolut Business", title: "Revolut Business" },
    web("Virement - Espace Pro", "https://pro.banque.fr/virements"),
  ]);
const sortCode = (): string => `${v.pad2(int(10, 99))}-${v.pad2(int(0, 99))}-${v.pad2(int(0, 99))}`;

const finance: Family = {
  name: "finance",
  count: 225,
  templates: [
    pos("supplier-iban", () => {
      const l = pick(["en", "de", "de", "fr", "es", "it", "nl", "pl"] as const);
      const cc = (
        {
          en: "GB",
          de: pick(["DE", "AT", "CH"] as const),
          fr: pick(["FR", "BE", "LU"] as const),
          es: "ES",
          it: "IT",
          nl: "NL",
          pl: "PL",
        } as const
      )[l];
      const iban = lab("iban", ibanOf(cc));
      const co = pick([
        "Kestrel Logistik GmbH",
        "Atelier Morvan SARL",
        "Hermanos Quintana S.L.",
        "Fontana Arredi S.r.l.",
        "Bosman Installatie B.V.",
        "Drukarnia Pawlak sp. z o.o.",
        "Ashdown Catering Ltd",
      ]);
      return draft(
        erp(pick(["Vendor master", "Kreditoren", "Fournisseurs", "Proveedores"])),
        pick(["typed", "screen", "clipboard"] as const),
        say(l, {
          en: [
            () =>
              s`Please update bank details for ${co}: IBAN ${iban}, BIC ${v.upperAlnum(4).replace(/[0-9]/g, "X")}GB2L`,
            () => s`New remittance details from ${co} - ${iban}. Verified by phone call-back.`,
          ],
          de: [
            () => s`Bitte Bankverbindung von ${co} ändern: IBAN ${iban}`,
            () => s`Neue IBAN laut Rechnung: ${iban} (Rückruf erfolgt)`,
          ],
          fr: [() => s`Merci de mettre à jour le RIB de ${co} : ${iban}`],
          es: [() => s`Cambio de cuenta de ${co}: ${iban}`],
          it: [() => s`Nuove coordinate bancarie di ${co}: IBAN ${iban}`],
          nl: [() => s`Nieuw rekeningnummer ${co}: ${iban}`],
          pl: [() => s`Nowy numer rachunku ${co}: ${iban}`],
        }),
      );
    }),
    pos("employee-refund", () => {
      const who = v.person();
      const cc = who.country === "US" ? "DE" : (who.country as keyof typeof v.ids.iban);
      return draft(
        erp(pick(["Expense claims", "Reisekosten"])),
        pick(["screen", "clipboard"] as const),
        s`Expense reimbursement ${v.lookalike.order()}\nEmployee: ${nm(who)}\nAmount: ${int(20, 900)}.${v.pad2(int(0, 99))} EUR\nPay to: ${lab("iban", ibanOf(cc in v.ids.iban ? cc : "DE"))}`,
      );
    }),
    pos("us-ach", () => {
      const who = v.person("US");
      return draft(
        pick([bankApp(), erp("ACH vendors")]),
        pick(["screen", "typed", "clipboard"] as const),
        pick([
          () =>
            s`Routing: ${lab("routing-number", pick(v.ids.routing))}\nAccount: ${lab("bank-account", v.digits(int(9, 12)))}\nAccount holder: ${nm(who)}`,
          () =>
            s`ACH to ${nm(who)} - ABA ${lab("routing-number", pick(v.ids.routing))} acct ${lab("bank-account", v.digits(int(8, 12)))} (checking)`,
          () =>
            s`direct deposit form: routing # ${lab("routing-number", pick(v.ids.routing))}, account # ${lab("bank-account", v.digits(10))}`,
        ])(),
      );
    }),
    pos("uk-sortcode", () => {
      const who = v.person("GB");
      return draft(
        bankApp(),
        pick(["typed", "screen", "clipboard"] as const),
        pick([
          () =>
            s`Payee: ${nm(who)}\nSort code: ${lab("routing-number", sortCode())}\nAccount number: ${lab("bank-account", v.digits(8))}\nReference: ${pick(["INV", "EXP", "DEPOSIT"])}-${v.digits(5)}`,
          () =>
            s`pls pay ${nm(who)} back for the offsite, s/c ${lab("routing-number", sortCode())} a/c ${lab("bank-account", v.digits(8))}`,
        ])(),
      );
    }),
    pos("corporate-card", () => {
      const who = v.person();
      return draft(
        pick([
          erp("Corporate cards"),
          web("Cards - Pleo", "https://app.pleo.io/cards"),
          mailbox("Card for the AWS bill"),
        ]),
        pick(["typed", "clipboard", "screen"] as const),
        pick([
          () =>
            s`AWS billing card replaced: ${lab("card", cardOf())} exp ${v.pad2(int(1, 12))}/${int(27, 31)} CVC ${v.digits(3)} (holder ${nm(who)})`,
          () => s`Card for the travel agency: ${lab("card", cardOf())}, cardholder ${nm(who)}`,
          () => s`${lab("card", cardOf())}`,
        ])(),
      );
    }),
    pos("payment-form-typed", () =>
      draft(
        pick([
          web("Checkout - Stripe", "https://checkout.stripe.com/c/pay/cs_live_..."),
          web("Pay invoice", "https://pay.gocardless.com/"),
        ]),
        "keys",
        s`${lab("card", cardOf())}`,
      ),
    ),
    pos("iban-title-url", () =>
      pick([
        () =>
          draft(
            bankApp(),
            "url",
            s`https://banking.example-bank.eu/payments/new?creditorIban=${lab("iban", ibanOf().replace(/ /g, ""))}&amount=${int(100, 9000)}.00`,
          ),
        () => draft(erp(""), "title", s`Zahlungsavis ${lab("iban", ibanOf("DE"))} - DATEV`),
      ])(),
    ),
    neg("invoice-lines", () =>
      draft(
        erp(pick(["Invoice", "Rechnung", "Facture"])),
        pick(["screen", "typed"] as const),
        pick([
          () =>
            s`Invoice ${v.lookalike.order()}  PO ${int(4500000000, 4599999999)}  Net 30\nVAT ${pick(["DE", "FR", "ES"])}${v.digits(9)}  Total ${int(100, 90000)}.${v.pad2(int(0, 99))} EUR`,
          () =>
            s`Cost centre ${int(1000, 9999)} / GL ${int(400000, 699999)} / project ${v.lookalike.ticket()}`,
          () =>
            s`Batch ${v.lookalike.build()} posted: ${int(10, 400)} lines, ${int(1000, 90000)}.${v.pad2(int(0, 99))} EUR, doc no. ${int(1900000000, 1999999999)}`,
          () =>
            s`Rechnungsnr. ${int(2026000, 2026999)} vom ${v.pad2(day())}.${v.pad2(int(1, 12))}.2026, Kundennr. ${v.digits(6)}, fällig in 14 Tagen`,
        ])(),
      ),
    ),
    neg("example-and-bank-ids", () =>
      draft(
        pick([erp("Payment file spec"), { app: "Confluence", title: "SEPA export format - Finance wiki" }]),
        "screen",
        pick([
          () =>
            s`Format example: DE89 3704 0044 0532 0130 00 (published sample, not a real account). BIC must be 8 or 11 characters, e.g. COBADEFFXXX.`,
          () =>
            s`pain.001.001.09 · MsgId ${v.upperAlnum(12)} · NbOfTxs ${int(1, 300)} · CtrlSum ${int(1000, 900000)}.00 · ReqdExctnDt 2026-${v.pad2(int(1, 12))}-${v.pad2(day())}`,
          () => s`Test card 4242 4242 4242 4242 works in sandbox only; live keys are in Vault.`,
          () =>
            s`Bank holidays: TARGET2 closed ${when("en")}. Cut-off ${clock()} CET for same-day SEPA Instant.`,
        ])(),
      ),
    ),
    neg("fx-and-figures", () =>
      draft(
        pick([erp("FX revaluation"), workChat()]),
        pick(["screen", "typed"] as const),
        pick([
          () =>
            s`EUR/GBP ${(0.8 + v.unit() / 10).toFixed(4)} · EUR/USD ${(1.0 + v.unit() / 5).toFixed(4)} · revaluation ${int(-9000, 9000)}.${v.pad2(int(0, 99))}`,
          () =>
            s`month-end close: accruals ${int(10, 99)}k, deferred revenue ${int(100, 999)}k, headcount cost flat`,
          () => s`Q${int(1, 4)} forecast v${int(2, 9)} uploaded, variance ${int(-12, 12)}% vs budget`,
          () =>
            s`Monatsabschluss: Rückstellungen ${int(10, 99)}k, Umsatz periodengerecht abgegrenzt, Personalkosten stabil`,
          () =>
            s`clôture mensuelle : ${int(10, 99)} k€ de charges à payer, écart de ${int(-9, 9)} % sur le budget`,
          () => s`cierre de mes: ${int(100, 900)} facturas contabilizadas, desviación del ${int(-9, 9)} %`,
        ])(),
      ),
    ),
  ],
};

const hris = (title: string): Place =>
  pick([
    web(`${title} - Workday`, "https://wd3.myworkday.com/orsova/d/home.htmld"),
    web(`${title} | Personio`, `https://orsova.personio.de/staff/details/${int(100000, 999999)}`),
    web(`${title} - BambooHR`, `https://orsova.bamboohr.com/employees/employee.php?id=${int(100, 999)}`),
    { app: "Microsoft Word", title: `${title}.docx - Word` },
    web(`${title} - Lattice`, "https://orsova.latticehq.com/reviews"),
  ]);
const nationalIdOf = (country: v.Country): Lab => {
  const table: Partial<Record<v.Country, readonly string[]>> = {
    US: v.ids.nationalId.ssn,
    GB: v.ids.nationalId.nino,
    DE: v.ids.nationalId.steuerId,
    FR: v.ids.nationalId.nir,
    ES: chance(0.7) ? v.ids.nationalId.dni : v.ids.nationalId.nie,
    IT: v.ids.nationalId.codiceFiscale,
    NL: v.ids.nationalId.bsn,
    PL: v.ids.nationalId.pesel,
    SE: v.ids.nationalId.personnummer,
    PT: v.ids.nationalId.nifPt,
    IE: v.ids.nationalId.nino,
  };
  return lab("national-id", pick(table[country] ?? v.ids.nationalId.ssn));
};
const idWord: Record<v.Country, string> = {
  US: "SSN",
  GB: "NI number",
  IE: "PPS/NI",
  DE: "Steuer-ID",
  FR: "n° de sécurité sociale",
  ES: "DNI/NIE",
  IT: "codice fiscale",
  NL: "BSN",
  PL: "PESEL",
  SE: "personnummer",
  PT: "NIF",
};

const people: Family = {
  name: "hr-system",
  count: 220,
  templates: [
    pos("salary-change", () => {
      const l = pick(["en", "en", "de", "fr", "es", "nl"] as const);
      const who = local(l);
      return draft(
        hris(pick(["Compensation", "Vergütung", "Rémunération"])),
        pick(["screen", "typed"] as const),
        say(l, {
          en: [
            () =>
              s`${nm(who)} - base salary from ${money("en", 550, 900)} to ${money("en", 600, 1000)} effective ${when("en")}, bonus target ${int(5, 20)}%`,
            () => s`Comp review: ${nm(who)} (L${int(3, 7)}) below band midpoint, propose +${int(4, 15)}%`,
          ],
          de: [
            () => s`Gehaltsanpassung ${nm(who)}: neu ${money("de", 600, 1000)} brutto p.a. ab ${when("de")}`,
          ],
          fr: [
            () =>
              s`Augmentation ${nm(who)} : ${money("fr", 450, 800)} brut annuel à compter du ${when("fr")}`,
          ],
          es: [
            () =>
              s`Revisión salarial de ${nm(who)}: ${money("es", 350, 700)} brutos anuales desde el ${when("es")}`,
          ],
          nl: [() => s`Salarisverhoging ${nm(who)}: ${money("nl", 450, 800)} per jaar per ${when("nl")}`],
        }),
        ["hr"],
      );
    }),
    pos("review-notes", () => {
      const l = pick(["en", "en", "de", "fr", "es", "it"] as const);
      const who = local(l);
      return draft(
        hris(pick(["Performance review", "Mitarbeitergespräch", "Entretien annuel"])),
        pick(["typed", "typed", "screen"] as const),
        say(l, {
          en: [
            () =>
              s`${first(who)} consistently misses sprint commitments and has been late to ${int(3, 9)} client calls this quarter. Rating: partially meets. Next step: written improvement plan.`,
            () =>
              s`Review for ${nm(who)}: strong technical work, but peers report dismissive behaviour in code review. Rating ${int(2, 3)}/5.`,
          ],
          de: [
            () =>
              s`Jahresgespräch ${nm(who)}: Ziele nur teilweise erreicht, Beurteilung "entwicklungsbedürftig".`,
          ],
          fr: [
            () =>
              s`Entretien annuel de ${nm(who)} : objectifs partiellement atteints, plan de progrès sur 3 mois.`,
          ],
          es: [() => s`Evaluación de ${nm(who)}: no alcanza los objetivos, se propone plan de mejora.`],
          it: [
            () => s`Valutazione di ${nm(who)}: obiettivi non raggiunti, piano di miglioramento di 60 giorni.`,
          ],
        }),
        ["hr"],
      );
    }),
    pos("pip-termination", () => {
      const who = v.person();
      const mgr = v.person();
      return draft(
        pick([hris("Performance Improvement Plan"), mailbox(`Confidential: ${v.fullName(who)}`)]),
        pick(["typed", "screen"] as const),
        pick([
          () =>
            s`Performance Improvement Plan - ${nm(who)}\nManager: ${nm(mgr)}\nDuration: ${int(30, 90)} days from ${when("en")}\nFailure to meet the goals below may result in termination of employment.`,
          () =>
            s`We have decided to end ${nm(who)}'s employment effective ${when("en")}. Severance: ${int(2, 12)} weeks' pay. Please prepare the settlement agreement.`,
          () =>
            s`Abmahnung ${nm(who)}: wiederholtes unentschuldigtes Fehlen am ${when("de")} und ${when("de")}. Im Wiederholungsfall droht die Kündigung.`,
          () =>
            s`Convocation à un entretien préalable à licenciement : ${nm(who)}, le ${when("fr")} à ${clock()}, en présence de ${nm(mgr)}.`,
          () =>
            s`Carta de despido disciplinario de ${nm(who)} con efectos del ${when("es")}; responsable: ${nm(mgr)}.`,
          () =>
            s`Termination checklist for ${nm(who)}: revoke access at ${clock()}, final pay incl. ${int(3, 20)} days' holiday, return laptop.`,
        ])(),
        ["hr"],
      );
    }),
    pos("payroll-sheet", () => {
      const rows = Array.from({ length: int(2, 4) }, () => {
        const who = v.person(pick(["DE", "FR", "ES", "GB", "NL"] as const));
        const cc = who.country as keyof typeof v.ids.iban;
        const gross = int(2800, 9800) + v.unit();
        return s`${nm(who)}\t${gross.toFixed(2).replace(".", ",")}\t${(gross * (0.55 + v.unit() / 7)).toFixed(2).replace(".", ",")}\t${lab("iban", ibanOf(cc))}`;
      });
      return draft(
        pick([
          {
            app: "Microsoft Excel",
            title: `Payroll_${pick(["2026-10", "2026-11", "Dez-2026"])}.xlsx - Excel`,
          },
          hris("Payroll run"),
        ]),
        pick(["clipboard", "screen"] as const),
        join([
          pick(["Name\tGross\tNet\tIBAN", "Mitarbeiter\tBrutto\tNetto\tIBAN", "Salarié\tBrut\tNet\tIBAN"]),
          ...rows,
        ]),
        ["hr"],
      );
    }),
    pos("offer-letter", () => {
      const l = pick(["en", "en", "de", "fr", "es"] as const);
      const who = local(l);
      return draft(
        hris(`Offer letter - ${v.fullName(who)}`),
        "screen",
        say(l, {
          en: [
            () =>
              s`Dear ${nm(who)},\n\nWe are pleased to offer you the position of ${pick(["Senior Data Engineer", "Account Executive", "Payroll Specialist"])} at a base salary of ${money("en", 600, 1400)} per year, starting ${when("en")}.\n\n${addr(who.country, true)}`,
          ],
          de: [
            () =>
              s`Sehr geehrte/r ${nm(who)},\n\nwir freuen uns, Ihnen die Stelle als ${pick(["Teamleitung Buchhaltung", "Backend-Entwickler/in"])} anzubieten. Jahresgehalt: ${money("de", 550, 950)}.\n\n${addr(who.country, true)}`,
          ],
          fr: [
            () =>
              s`Madame, Monsieur ${nm(who)},\n\nnous avons le plaisir de vous proposer un CDI de ${pick(["cheffe de projet", "comptable"])}, rémunération ${money("fr", 400, 800)} brut annuel.`,
          ],
          es: [
            () =>
              s`Estimado/a ${nm(who)}:\n\nnos complace ofrecerle el puesto de ${pick(["analista financiero", "ingeniera de datos"])} con un salario de ${money("es", 350, 700)} brutos anuales.`,
          ],
        }),
        ["hr"],
      );
    }),
    pos("onboarding-ids", () => {
      const country = pick(["US", "GB", "DE", "FR", "ES", "IT", "NL", "PL", "SE"] as const);
      const who = v.person(country);
      return draft(
        hris(pick(["New hire onboarding", "Personalfragebogen", "Onboarding"])),
        pick(["screen", "typed", "clipboard"] as const),
        pick([
          () =>
            s`New hire: ${nm(who)}\n${idWord[country]}: ${nationalIdOf(country)}\nHome: ${addr(country)}\nEmergency contact: ${nm(v.person(country))}, ${tel(country)}`,
          () => s`${idWord[country]} ${nationalIdOf(country)}`,
          () =>
            s`payroll needs ${first(who)}'s ${idWord[country]} before the ${when("en")} run: ${nationalIdOf(country)}`,
        ])(),
      );
    }),
    pos("contractor-ids", () => {
      const who = v.person();
      const [word, id] = pick([
        ["Finnish personal identity code (henkilötunnus)", () => pick(v.ids.nationalId.hetu)],
        ["Canadian SIN", () => pick(v.ids.nationalId.sin)],
        ["Australian TFN", () => pick(v.ids.nationalId.tfn)],
        ["CPF", () => pick(v.ids.nationalId.cpf)],
        ["Belgian national number (rijksregisternummer)", () => pick(v.ids.nationalId.belgianNn)],
        ["NIF (Portugal)", () => pick(v.ids.nationalId.nifPt)],
      ] as const);
      return draft(
        pick([
          hris("Contractor onboarding"),
          mailbox("Contractor paperwork"),
          { app: "Deel", title: "People - Deel" },
        ]),
        pick(["screen", "typed", "clipboard"] as const),
        pick([
          () =>
            s`Contractor: ${nm(who)}\n${word}: ${lab("national-id", id())}\nPaid via Deel, monthly invoice`,
          () => s`${first(who)} sent the ${word} for the contract: ${lab("national-id", id())}`,
          () => s`${word} ${lab("national-id", id())}`,
        ])(),
      );
    }),
    pos("leave-medical", () => {
      const l = pick(["en", "en", "de", "fr", "es", "nl", "sv"] as const);
      const who = local(l);
      return draft(
        hris(pick(["Absence", "Abwesenheiten", "Absences"])),
        pick(["typed", "screen"] as const),
        say(l, {
          en: [
            () =>
              s`${nm(who)} - long-term sick leave from ${when("en")} (${pick(["post-surgery recovery after a hip replacement", "treatment for breast cancer", "severe depression", "long covid"])}), phased return to be agreed with occupational health`,
            () =>
              s`Reasonable adjustment for ${nm(who)}: ${pick(["MS diagnosis", "hearing loss", "type 1 diabetes", "ADHD"])}, standing desk and flexible hours approved`,
          ],
          de: [
            () =>
              s`${nm(who)}: Wiedereingliederung nach ${pick(["Bandscheibenvorfall", "Burnout", "Herzinfarkt"])} ab ${when("de")}, 4 Std./Tag`,
          ],
          fr: [
            () =>
              s`${nm(who)} : arrêt maladie prolongé jusqu'au ${when("fr")} suite à ${pick(["une opération du genou", "un burn-out", "une chimiothérapie"])}`,
          ],
          es: [
            () =>
              s`${nm(who)}: baja por ${pick(["intervención quirúrgica", "depresión", "embarazo de riesgo"])} desde el ${when("es")}`,
          ],
          nl: [
            () =>
              s`${nm(who)} is ziek gemeld wegens ${pick(["burn-out", "hernia", "zwangerschapsklachten"])}, re-integratie via bedrijfsarts`,
          ],
          sv: [
            () =>
              s`${nm(who)} är sjukskriven för ${pick(["utmattningssyndrom", "knäoperation"])} från ${when("sv")}`,
          ],
        }),
        ["health", "hr"],
      );
    }),
    pos("parental-leave", () => {
      const who = v.person();
      return draft(
        hris(pick(["Absence", "Leave requests"])),
        pick(["typed", "screen"] as const),
        pick([
          () =>
            s`${nm(who)} starts ${pick(["maternity", "paternity", "shared parental", "adoption"])} leave on ${when("en")}; keeping-in-touch days agreed`,
          () => s`Elternzeit ${nm(who)}: ${int(2, 12)} Monate ab ${when("de")}, Teilzeit danach`,
          () => s`Congé parental de ${nm(who)} du ${when("fr")} au ${when("fr")}`,
        ])(),
        ["hr"],
      );
    }),
    pos("hr-titles", () => {
      const who = v.person();
      return pick([
        () => draft(hris(""), "title", s`Offer letter - ${nm(who)}.docx - Word`, ["hr"]),
        () => draft(hris(""), "title", s`${nm(who)} - Termination agreement (draft).pdf`, ["hr"]),
        () => draft(hris(""), "title", s`PIP ${nm(who)} - Q${int(1, 4)} - Google Docs`, ["hr"]),
      ])();
    }),
    neg("policy-and-bands", () =>
      draft(
        pick([hris("Handbook"), { app: "Confluence", title: "People policies - Confluence" }]),
        "screen",
        pick([
          () =>
            s`Salary bands 2026 (EMEA): L3 ${int(45, 55)}-${int(60, 70)}k, L4 ${int(60, 70)}-${int(80, 90)}k, L5 ${int(80, 95)}-${int(100, 120)}k. Bands are reviewed every April.`,
          () =>
            s`Parental leave policy: ${int(16, 26)} weeks fully paid for the primary carer, ${int(4, 8)} weeks for the second parent. Applies to all offices.`,
          () =>
            s`Sick leave: notify your manager before ${clock()} on the first day; a doctor's note is needed from day ${int(3, 4)} (Germany: AU from day 4).`,
          () =>
            s`Review cycle opens ${when("en")}. Self-review, ${int(2, 4)} peer reviews, manager review, calibration.`,
        ])(),
      ),
    ),
    neg("hr-tooling", () =>
      draft(
        pick([workChat(), ide("offboarding.ts")]),
        pick(["typed", "screen"] as const),
        pick([
          () => s`the Workday → Okta sync terminates sessions for deactivated users, that's expected`,
          () => s`export const terminateWorker = (pid: number) => process.kill(pid, "SIGTERM");`,
          () => s`promotion of ${v.lookalike.semver()} to production needs two approvals`,
          () =>
            s`HRIS integration: job ${v.lookalike.build()} synced ${int(100, 900)} records, ${int(0, 4)} skipped (missing cost centre)`,
          () => s`the onboarding checklist template needs a new step for YubiKeys`,
        ])(),
      ),
    ),
  ],
};

const carePortal = (title: string): Place =>
  pick([
    web(`${title} | Doctolib`, "https://www.doctolib.fr/rendez-vous"),
    web(`${title} - Bupa`, "https://my.bupa.co.uk/claims"),
    web(`${title} | Cigna Envoy`, "https://www.cignaenvoy.com/claims"),
    web(`${title} - TK-App`, "https://www.tk.de/meine-tk"),
    web(`${title} - Spring Health`, "https://care.springhealth.com/"),
    web(`${title} – NHS App`, "https://www.nhsapp.service.nhs.uk/"),
    web(`${title} - Sanitas`, "https://www.sanitas.es/mi-sanitas"),
  ]);
const conditions = {
  en: [
    "asthma",
    "type 2 diabetes",
    "hypothyroidism",
    "generalised anxiety disorder",
    "endometriosis",
    "sleep apnoea",
    "coeliac disease",
    "a herniated disc",
  ],
  de: [
    "Asthma",
    "Diabetes Typ 2",
    "Schilddrüsenunterfunktion",
    "Depression",
    "Endometriose",
    "Bandscheibenvorfall",
  ],
  fr: ["asthme", "diabète de type 2", "hypothyroïdie", "dépression", "endométriose", "hernie discale"],
  es: ["asma", "diabetes tipo 2", "hipotiroidismo", "ansiedad", "endometriosis", "hernia discal"],
};
const medicines = [
  "metformin 500 mg",
  "levothyroxine 75 µg",
  "sertraline 50 mg",
  "salbutamol inhaler",
  "ibuprofen 600",
  "omeprazole 20 mg",
  "methylphenidate",
  "atorvastatin 20 mg",
  "Ozempic",
];

const health: Family = {
  name: "benefits-health",
  count: 215,
  templates: [
    pos("appointment", () => {
      const l = pick(["en", "en", "fr", "fr", "de", "es"] as const);
      const who = local(l);
      return draft(
        carePortal(pick(["Appointment", "Rendez-vous", "Termin"])),
        "screen",
        say(l, {
          en: [
            () =>
              s`Appointment confirmed for ${nm(who)}\n${pick(["Dr", "Mr", "Ms"])} ${lab("name", v.person("GB").family)}, ${pick(["Cardiology", "Dermatology", "Gastroenterology", "Psychiatry"])}\n${when("en")} at ${clock()}\nBring your referral letter and list of current medicines.`,
          ],
          fr: [
            () =>
              s`Rendez-vous confirmé pour ${nm(who)}\nDr ${lab("name", v.person("FR").family)} – ${pick(["gynécologue", "psychiatre", "rhumatologue", "ORL"])}\nle ${when("fr")} à ${clock()}`,
          ],
          de: [
            () =>
              s`Termin bestätigt: ${nm(who)}\n${pick(["Orthopädie", "Neurologie", "Psychotherapie"])}, Dr. ${lab("name", v.person("DE").family)}\nam ${when("de")} um ${clock()} Uhr`,
          ],
          es: [
            () =>
              s`Cita confirmada para ${nm(who)}\n${pick(["Ginecología", "Traumatología", "Salud mental"])}, Dra. ${lab("name", v.person("ES").family)}\n${when("es")} a las ${clock()}`,
          ],
        }),
        ["health"],
      );
    }),
    pos("claim-form", () => {
      const l = pick(["en", "de", "fr", "es"] as const);
      const who = local(l);
      const cond = pick(conditions[l]);
      return draft(
        carePortal(pick(["Submit a claim", "Leistung einreichen", "Remboursement"])),
        pick(["typed", "typed", "screen"] as const),
        say(l, {
          en: [
            () =>
              s`Claim for ${nm(who)}: ${int(4, 12)} physiotherapy sessions for ${cond}, invoice from ${pick(["Ashdown Physio", "Central Therapy Clinic"])}, total £${int(200, 900)}`,
          ],
          de: [() => s`Erstattung für ${nm(who)}: Behandlung wegen ${cond}, Rechnung über ${int(80, 900)} €`],
          fr: [
            () => s`Demande de remboursement – ${nm(who)} : consultations pour ${cond}, ${int(50, 600)} €`,
          ],
          es: [() => s`Solicitud de reembolso de ${nm(who)}: tratamiento por ${cond}, ${int(50, 600)} €`],
        }),
        ["health"],
      );
    }),
    pos("prescription", () => {
      const who = v.person();
      const med = pick(medicines);
      return draft(
        pick([
          carePortal("Repeat prescription"),
          web("Order prescriptions - Boots", "https://www.boots.com/online/pharmacy"),
          messenger(who),
        ]),
        pick(["typed", "screen", "keys"] as const),
        pick([
          () =>
            s`Repeat prescription request: ${med}, ${int(28, 90)} tablets. Patient ${nm(who)}, DOB ${v.pad2(day())}/${v.pad2(int(1, 12))}/${int(1962, 2001)}`,
          () => s`can you pick up my ${med} from the pharmacy? it's under ${nm(who)}`,
          () => s`Your prescription for ${med} is ready to collect.`,
          () => s`dosage going up to ${med} twice a day from ${when("en")}, doctor wants bloods in 6 weeks`,
        ])(),
        ["health"],
      );
    }),
    pos("therapy-eap", () => {
      const l = pick(["en", "en", "de", "es", "nl"] as const);
      return draft(
        pick([
          carePortal("Sessions"),
          web("Employee Assistance Programme", "https://eap.lifeworks.com/"),
          { app: "Notes", title: "private" },
        ]),
        pick(["typed", "keys", "typed"] as const),
        say(l, {
          en: [
            () =>
              s`session ${int(2, 14)} with my therapist on ${when("en")}: talked about panic attacks before ${pick(["board meetings", "flights", "the commute"])}`,
            () =>
              s`I'd like to book counselling through the EAP - I've been struggling with ${pick(["grief since my dad died", "insomnia and low mood", "alcohol"])}`,
          ],
          de: [
            () =>
              s`Therapiestunde am ${when("de")}, Thema ${pick(["Angstattacken", "Schlafstörungen", "Trauer"])}`,
          ],
          es: [() => s`sesión con la psicóloga el ${when("es")}: ataques de ansiedad otra vez`],
          nl: [
            () =>
              s`afspraak bij de psycholoog op ${when("nl")} voor mijn ${pick(["paniekaanvallen", "slaapproblemen"])}`,
          ],
        }),
        ["health"],
      );
    }),
    pos("health-search", () =>
      draft(
        pick([web("Google", "https://www.google.com/"), web("DuckDuckGo", "https://duckduckgo.com/")]),
        pick(["keys", "typed"] as const),
        s`${pick(medicines).split(" ")[0] ?? ""} ${pick(["side effects", "and alcohol", "missed dose", "Nebenwirkungen", "effets secondaires", "during pregnancy"])}`,
        ["health"],
      ),
    ),
    pos("results-letter", () => {
      const who = v.person();
      return draft(
        pick([mailbox("Your test results"), carePortal("Results")]),
        "screen",
        pick([
          () =>
            s`Dear ${nm(who)},\nyour ${pick(["HbA1c", "TSH", "cholesterol", "ferritin", "PSA"])} result of ${int(4, 90)}.${int(0, 9)} is ${pick(["above", "below"])} the reference range. Please book a review with Dr ${lab("name", v.person("GB").family)} within two weeks.`,
          () =>
            s`Biopsy report for ${nm(who)}: ${pick(["benign", "no malignancy detected", "further imaging recommended"])}. Follow-up MRI on ${when("en")}.`,
        ])(),
        ["health"],
      );
    }),
    pos("health-url-title", () => {
      const who = v.person();
      return pick([
        () =>
          draft(
            carePortal(""),
            "url",
            s`https://www.doctolib.fr/${pick(["psychiatre", "gynecologue", "oncologue"])}/paris/${lab("name", `${v.slug(who.given)}-${v.slug(who.family)}`)}/booking?motive=${pick(["premiere-consultation", "suivi"])}`,
            ["health"],
          ),
        () => draft(carePortal(""), "title", s`Sick note - ${nm(who)}.pdf`, ["health"]),
        () =>
          draft(
            carePortal(""),
            "title",
            s`${pick(["MRI lumbar spine", "Blood test results", "Discharge summary"])} – ${nm(who)} – NHS App`,
            ["health"],
          ),
      ])();
    }),
    neg("benefits-admin", () =>
      draft(
        pick([
          carePortal("Benefits"),
          { app: "Confluence", title: "Benefits 2026 - People wiki" },
          mailbox("Open enrolment"),
        ]),
        "screen",
        pick([
          () =>
            s`Open enrolment runs ${when("en")} to ${when("en")}. Choose between the Core and Plus plans; dental and vision are optional add-ons.`,
          () =>
            s`Gym subsidy: up to €${int(20, 50)}/month with Urban Sports Club or Wellpass. Claim by the ${day()}th.`,
          () =>
            s`Cycle-to-work scheme window is open until ${when("en")}; the salary sacrifice runs over 12 months.`,
          () =>
            s`The EAP is free and confidential, 24/7, in ${int(8, 30)} languages: 0800 number on the intranet.`,
          () =>
            s`Jobrad: Leasing über ${int(24, 36)} Monate per Gehaltsumwandlung, Anträge bis ${when("de")}.`,
          () =>
            s`Mutuelle : la nouvelle grille de garanties s'applique au ${when("fr")}. Rien à faire de votre côté.`,
          () => s`Seguro médico: el periodo de alta de beneficiarios se abre el ${when("es")}.`,
        ])(),
      ),
    ),
    neg("tech-medical-words", () =>
      draft(
        pick([term(), ide("healthcheck.go"), workChat()]),
        pick(["screen", "typed", "keys"] as const),
        pick([
          () => s`$ brew doctor\nYour system is ready to brew.`,
          () => s`flutter doctor -v`,
          () =>
            s`func (s *Server) Healthz(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusOK) } // liveness probe`,
          () => s`the canary is healthy, promoting to ${int(10, 50)}% of traffic`,
          () =>
            s`the ${pick(["HL7", "FHIR"])} adapter maps Patient, Encounter and Observation resources; see ${v.lookalike.ticket()}`,
          () => s`triage the backlog before the sprint: ${int(10, 40)} bugs, ${int(1, 5)} critical`,
          () =>
            s`the release pipeline has a blood-brain barrier between staging and prod (joke, it's just a manual gate)`,
        ])(),
      ),
    ),
    neg("clinic-business", () =>
      draft(
        pick([workChat(), mailbox("Clinic Finder partnership")]),
        pick(["typed", "screen"] as const),
        pick([
          () => s`Doctolib and Bupa both sent RFP answers; pricing per seat is ${int(3, 12)} € / month`,
          () =>
            s`The Mayo Clinic and Charité case studies are good references for the healthcare vertical deck`,
          () => s`Pharmacy chain sales in Q${int(1, 4)} were up ${int(2, 12)}%, mostly cosmetics`,
          () => s`we sponsor the hospital run on ${when("en")}, team shirts in the kitchen`,
          () => s`Die Charité und das Klinikum rechts der Isar sind Referenzkunden für das Healthcare-Deck`,
          () => s`la pharmacie du coin fait aussi point relais, pratique pour les colis`,
        ])(),
      ),
    ),
  ],
};

const crm = (title: string): Place =>
  pick([
    web(
      `${title} | Salesforce`,
      `https://orsova.lightning.force.com/lightning/r/Contact/003${v.base62(15)}/view`,
    ),
    web(
      `${title} | HubSpot`,
      `https://app-eu1.hubspot.com/contacts/${int(1000000, 9999999)}/record/0-1/${int(10000, 99999)}`,
    ),
    web(`${title} - Pipedrive`, `https://orsova.pipedrive.com/person/${int(1000, 9999)}`),
    { app: "Microsoft Dynamics 365", title: `${title} - Dynamics 365` },
  ]);
const companies = [
  "Brinkmann Logistik",
  "Lefèvre & Fils",
  "Quintana Hermanos",
  "Marchetti Engineering",
  "Holmgren Bygg AB",
  "Verhoeven Retail",
  "Whitfield Health",
  "Castellanos Foods",
];
const titles = [
  "Head of Procurement",
  "CFO",
  "IT-Leiterin",
  "Directeur des achats",
  "Responsable de compras",
  "VP Engineering",
  "Inköpschef",
  "Office Manager",
];

const sales: Family = {
  name: "sales-crm",
  count: 215,
  templates: [
    pos("contact-card", () => {
      const who = v.person();
      return draft(
        crm(v.fullName(who)),
        pick(["screen", "clipboard"] as const),
        s`${nm(who)}\n${pick(titles)} · ${pick(companies)}\n${mail(who, true)}\n${tel(who.country)}${chance(0.5) ? s`\n${addr(who.country, chance(0.5))}` : ""}`,
      );
    }),
    pos("call-notes", () => {
      const l = pick(["en", "en", "de", "fr", "es", "it", "nl", "sv"] as const);
      const who = local(l);
      return draft(
        crm(pick(["Log a call", "Notiz", "Note"])),
        "typed",
        say(l, {
          en: [
            () =>
              s`Spoke to ${nm(who)} (${pick(companies)}). Budget signed off for Q${int(1, 4)}, wants a demo with their security team. Direct line ${tel(who.country)}.`,
            () =>
              s`${first(who)} is leaving ${pick(companies)} end of month, new contact is ${nm(v.person(who.country))} - ${mail(undefined, true)}`,
          ],
          de: [
            () =>
              s`Telefonat mit ${nm(who)}: Angebot bis ${when("de")} nachbessern, Rückruf unter ${tel(who.country)}`,
          ],
          fr: [() => s`Appel avec ${nm(who)} : ok pour un POC, rappeler au ${tel(who.country)}`],
          es: [
            () =>
              s`Llamada con ${nm(who)}: quiere descuento del ${int(5, 20)}%, su móvil ${tel(who.country)}`,
          ],
          it: [() => s`Chiamata con ${nm(who)}: interessati, richiamare al ${tel(who.country)}`],
          nl: [() => s`Gebeld met ${nm(who)}: offerte aanpassen, mobiel ${tel(who.country)}`],
          sv: [
            () => s`Pratade med ${nm(who)}, vill ha offert senast ${when("sv")}. Mobil ${tel(who.country)}`,
          ],
        }),
      );
    }),
    pos("signature-block", () => {
      const l = pick(["en", "de", "fr", "es", "it", "nl", "pl", "pt", "sv"] as const);
      const who = local(l);
      return draft(
        mailbox(pick(["RE: Proposal", "AW: Angebot", "RE: Devis", "RE: Propuesta"])),
        "screen",
        s`${pick(["Best regards", "Mit freundlichen Grüßen", "Cordialement", "Un saludo", "Cordiali saluti", "Met vriendelijke groet", "Pozdrawiam", "Com os melhores cumprimentos", "Vänliga hälsningar"])}\n\n${nm(who)}\n${pick(titles)}\n${pick(companies)}\n${addr(who.country, true)}\n${pick(["T", "Tel.", "Tél.", "M"])} ${tel(who.country, true)}`,
      );
    }),
    pos("lead-import", () => {
      const rows = Array.from({ length: int(2, 4) }, () => {
        const who = v.person();
        return s`${nm(who)},${pick(companies)},${mail(who, true)},${tel(who.country, true)}`;
      });
      return draft(
        pick([{ app: "Microsoft Excel", title: "leads_webinar.csv - Excel" }, crm("Import")]),
        pick(["clipboard", "screen"] as const),
        join(["name,company,email,phone", ...rows]),
      );
    }),
    pos("linkedin-url", () => {
      const who = v.person();
      return pick([
        () =>
          draft(
            web("LinkedIn", ""),
            "url",
            s`https://www.linkedin.com/in/${lab("name", `${v.slug(who.given)}-${v.slug(who.family)}`)}-${v.hex(6)}/`,
          ),
        () => draft(web("LinkedIn", ""), "title", s`(${int(1, 9)}) ${nm(who)} | LinkedIn`),
        () => draft(crm(""), "title", s`${nm(who)} | Contact | Salesforce`),
      ])();
    }),
    pos("deal-email", () => {
      const who = v.person();
      return draft(
        mailbox("Next steps"),
        "typed",
        pick([
          () =>
            s`Hi ${first(who)},\n\ngreat speaking earlier. As promised, the order form is attached; could you send the signed copy to ${mail(v.person(), true)}?\n\nThanks`,
          () =>
            s`Hola ${first(who)}, te paso el contrato revisado. Cualquier cosa me llamas al ${tel("ES")}.`,
          () => s`Bonjour ${first(who)}, voici la proposition révisée. Je suis joignable au ${tel("FR")}.`,
        ])(),
      );
    }),
    neg("pipeline-talk", () =>
      draft(
        pick([crm("Pipeline"), workChat()]),
        pick(["screen", "typed"] as const),
        pick([
          () =>
            s`Opportunity ${v.lookalike.order()} moved to Negotiation · ARR ${int(20, 400)}k · close date 2026-${v.pad2(int(1, 12))}-${v.pad2(day())}`,
          () => s`pipeline coverage is ${(2 + v.unit() * 2).toFixed(1)}x for Q${int(1, 4)}, DACH is light`,
          () => s`Deal ${v.lookalike.ticket()}: discount approval ${int(5, 25)}%, legal review pending`,
          () => s`forecast call moved to ${clock()}, bring the top ${int(5, 15)} deals`,
          () => s`Forecast-Call auf ${clock()} verschoben, bitte die Top-${int(5, 15)}-Deals mitbringen`,
          () =>
            s`opportunité ${v.lookalike.ticket()} passée en négociation, remise de ${int(5, 25)} % à valider`,
        ])(),
      ),
    ),
    neg("brands-and-places", () =>
      draft(
        pick([crm("Accounts"), workChat()]),
        pick(["screen", "typed"] as const),
        pick([
          () =>
            s`Accounts: Ford Motor Company, Dell Technologies, Philips, Ferrari N.V., Siemens Healthineers, Hugo Boss`,
          () => s`meeting at their Paris HQ near Gare Saint-Lazare, then Lyon Part-Dieu`,
          () => s`Procter & Gamble renewed, Johnson Controls is at risk`,
          () => s`territory: Washington, Georgia, Victoria (AU) and Alberta`,
          () => s`Mercedes-Benz and Porsche both asked for the SOC 2 report`,
          () => s`event booth at Messe München, hall B${int(1, 6)}, stand ${int(100, 599)}`,
        ])(),
      ),
    ),
    neg("company-ids", () =>
      draft(
        crm("Account details"),
        "screen",
        pick([
          () => s`Company reg. HRB ${int(10000, 299999)} (Amtsgericht München) · USt-IdNr. DE${v.digits(9)}`,
          () => s`SIREN ${v.digits(3)} ${v.digits(3)} ${v.digits(3)} · TVA FR${v.digits(2)}${v.digits(9)}`,
          () => s`KvK ${v.digits(8)} · DUNS ${v.digits(9)} · employees ${int(50, 9000)}`,
          () =>
            s`CIF B${v.digits(8)} · sector ${pick(["retail", "logistics", "manufacturing"])} · tier ${int(1, 3)}`,
        ])(),
      ),
    ),
  ],
};

const personal: Family = {
  name: "personal-messenger",
  count: 215,
  templates: [
    pos("family-logistics", () => {
      const l = v.lang();
      const who = local(l);
      return draft(
        messenger(who),
        pick(["typed", "keys"] as const),
        casual(
          say(l, {
            en: [
              () =>
                s`can you grab the kids at 4? I'm stuck in a meeting. mum's number if you need her ${tel(who.country)}`,
              () => s`party is at ours, ${addr(who.country)}, bring ${first(v.person(who.country))} too x`,
              () =>
                s`love you, don't forget the parents evening tonight with ${pick(["Mrs", "Mr"])} ${lab("name", v.person(who.country).family)}`,
            ],
            de: [
              () => s`kannst du die Kinder um 16 Uhr holen? Oma ist unter ${tel(who.country)} erreichbar`,
              () =>
                s`Geburtstag ist bei uns, ${addr(who.country)}, bring ${first(v.person(who.country))} mit!`,
            ],
            fr: [
              () => s`tu peux récupérer les enfants à 16h ? sinon appelle mamie au ${tel(who.country)}`,
              () => s`l'anniv c'est chez nous, ${addr(who.country)} 🎉`,
            ],
            es: [
              () => s`¿puedes recoger a los niños a las 5? el número de la abuela es ${tel(who.country)}`,
              () => s`la cena es en casa, ${addr(who.country)}, trae a ${first(v.person(who.country))}`,
            ],
            it: [() => s`puoi prendere i bambini alle 16? la nonna è al ${tel(who.country)}`],
            nl: [() => s`kun jij de kinderen om 4 uur ophalen? oma: ${tel(who.country)}`],
            pt: [() => s`podes ir buscar os miúdos às 17h? a avó está no ${tel(who.country)}`],
            pl: [() => s`odbierzesz dzieci o 16? babcia ma numer ${tel(who.country)}`],
            sv: [() => s`kan du hämta barnen kl 16? mormor nås på ${tel(who.country)}`],
          }),
        ),
        ["prompt"],
      );
    }),
    pos("private-life", () => {
      const l = pick(["en", "en", "de", "fr", "es", "it", "pt", "pl"] as const);
      return draft(
        messenger(),
        pick(["typed", "keys"] as const),
        casual(
          say(l, {
            en: [
              () => s`honestly I think we should split up, I can't keep doing this every weekend`,
              () =>
                s`the landlord wants another £${int(100, 300)} a month from ${month("en")}, no idea how we'll manage`,
              () => s`date went ok?? tell me everything 👀 did he pay at least`,
              () => s`I'm so behind on the credit card, ${int(2, 9)}k now, please don't tell mum`,
            ],
            de: [
              () => s`ehrlich gesagt weiß ich nicht, ob ich mit ihm zusammenbleiben will`,
              () => s`die Miete steigt um ${int(80, 250)} €, ich weiß nicht wie wir das schaffen`,
            ],
            fr: [
              () => s`je crois qu'on va se séparer, je n'en peux plus`,
              () => s`le proprio augmente le loyer de ${int(50, 200)} €, on est dans la galère`,
            ],
            es: [
              () => s`creo que lo voy a dejar, no aguanto más las broncas`,
              () => s`debo ${int(2, 9)} mil en la tarjeta, no se lo digas a mamá`,
            ],
            it: [() => s`secondo me ci lasciamo, non ce la faccio più`],
            pt: [() => s`acho que vamos acabar, já não dá`],
            pl: [() => s`chyba się rozstaniemy, nie daję już rady`],
          }),
        ),
        ["prompt"],
      );
    }),
    pos("family-health", () => {
      const l = pick(["en", "en", "de", "fr", "es", "nl"] as const);
      return draft(
        messenger(),
        pick(["typed", "keys"] as const),
        casual(
          say(l, {
            en: [
              () =>
                s`dad's scan came back, it's ${pick(["a tumour", "pneumonia", "a small stroke"])}, they're keeping him in`,
              () => s`I'm pregnant!! ${int(8, 14)} weeks, not telling work yet`,
              () =>
                s`had my ${pick(["smear test", "colonoscopy", "ultrasound"])} today, results in ${int(1, 3)} weeks 🤞`,
            ],
            de: [
              () =>
                s`Papa hatte einen ${pick(["Schlaganfall", "Herzinfarkt"])}, er liegt auf der Intensivstation`,
              () => s`ich bin schwanger!! ${int(8, 14)}. Woche, Arbeit weiß noch nichts`,
            ],
            fr: [
              () => s`maman a fait ${pick(["un AVC", "une chute"])}, elle est aux urgences`,
              () => s`je suis enceinte !! ${int(8, 14)} semaines`,
            ],
            es: [
              () => s`a mi padre le han diagnosticado ${pick(["cáncer de colon", "alzhéimer", "diabetes"])}`,
            ],
            nl: [
              () =>
                s`mijn moeder ligt in het ziekenhuis met ${pick(["een longontsteking", "een gebroken heup"])}`,
            ],
          }),
        ),
        ["health", "prompt"],
      );
    }),
    pos("share-card-or-code", () => {
      const who = v.person();
      return draft(
        messenger(who),
        pick(["typed", "clipboard"] as const),
        pick([
          () =>
            s`use my card for the tickets: ${lab("card", cardOf())} exp ${v.pad2(int(1, 12))}/${int(27, 31)}, the code on the back is ${v.digits(3)}`,
          () => s`netflix login is ${mail(who, false)} / ${sec(v.secret.password())}`,
          () => s`send the rent to ${lab("iban", ibanOf())} (${nm(who)}) before friday pls`,
          () => s`the wifi password at the flat is ${sec(v.secret.password())}`,
        ])(),
        ["prompt"],
      );
    }),
    pos("messenger-title", () => {
      const who = v.person();
      return pick([
        () => draft(messenger(), "title", s`WhatsApp - ${nm(who)}`),
        () => draft(messenger(), "title", s`${nm(who)} - Signal`),
        () => draft(messenger(), "title", s`Telegram (${int(2, 40)}) - ${nm(who)}`),
      ])();
    }),
    neg("work-in-messenger", () => {
      const l = pick(["en", "en", "de", "fr", "es"] as const);
      return draft(
        messenger(),
        pick(["typed", "keys"] as const),
        casual(
          say(l, {
            en: [
              () => s`can you restart the staging box? slack is down for me`,
              () => s`standup moved to ${clock()}, tell the others`,
              () => s`the release ${v.lookalike.semver()} is out, pager is quiet`,
              () => s`running late, train stuck outside Paddington, start the demo without me`,
            ],
            de: [
              () => s`kannst du den Build ${v.lookalike.build()} nochmal anstoßen? Slack geht bei mir nicht`,
              () => s`Meeting ist auf ${clock()} verschoben`,
            ],
            fr: [() => s`tu peux relancer le déploiement ? je n'ai pas accès au VPN`],
            es: [() => s`¿puedes reiniciar el servidor de pruebas? no me funciona el slack`],
          }),
        ),
      );
    }),
    neg("automated-texts", () =>
      draft(
        { app: "Messages", title: "Messages" },
        "screen",
        pick([
          () =>
            s`DHL: Your parcel ${v.lookalike.tracking()} will be delivered today between ${clock()} and ${clock()}.`,
          () => s`Your Uber is arriving in ${int(2, 9)} min. Look for the grey Skoda Octavia.`,
          () =>
            s`Vodafone: your bill of £${int(12, 60)}.${v.pad2(int(0, 99))} is ready. Reply STOP to opt out.`,
          () => s`Ihre Sendung ${v.lookalike.tracking()} liegt in der Packstation ${int(100, 199)} bereit.`,
          () => s`Renfe: su tren AVE ${int(3000, 3999)} sale de Atocha a las ${clock()}, coche ${int(1, 8)}.`,
        ])(),
      ),
    ),
  ],
};

const forms: Family = {
  name: "browser-forms",
  count: 215,
  templates: [
    pos("checkout-fields", () => {
      const who = v.person();
      const shop = pick([
        "Zalando",
        "Fnac",
        "MediaMarkt",
        "El Corte Inglés",
        "Argos",
        "bol.com",
        "Allegro",
        "IKEA",
      ]);
      return pick([
        () =>
          draft(
            web(
              `Checkout - ${shop}`,
              `https://www.${shop.toLowerCase().replace(/[^a-z.]/g, "")}.com/checkout/address`,
            ),
            pick(["keys", "typed"] as const),
            s`${addr(who.country)}`,
          ),
        () =>
          draft(web(`Payment - ${shop}`, "https://checkout.adyen.com/"), "keys", s`${lab("card", cardOf())}`),
        () =>
          draft(
            web(`Your details - ${shop}`, "https://www.example-shop.eu/checkout/details"),
            pick(["keys", "typed"] as const),
            s`${tel(who.country)}`,
          ),
        () =>
          draft(
            web(`Sign up - ${shop}`, "https://www.example-shop.eu/register"),
            "keys",
            s`${mail(who, false)}`,
          ),
      ])();
    }),
    pos("gov-forms", () => {
      const country = pick(["US", "GB", "DE", "FR", "ES", "IT", "NL", "PL", "SE", "PT"] as const);
      const where: Record<typeof country, Place> = {
        US: web("Form W-4 - IRS", "https://www.irs.gov/"),
        GB: web(
          "Check your National Insurance record - GOV.UK",
          "https://www.tax.service.gov.uk/check-your-state-pension",
        ),
        DE: web("ELSTER - Ihr Online-Finanzamt", "https://www.elster.de/eportal/formulare-leistungen"),
        FR: web("ameli - Mon compte", "https://assure.ameli.fr/"),
        ES: web("Sede electrónica - Agencia Tributaria", "https://sede.agenciatributaria.gob.es/"),
        IT: web("Agenzia delle Entrate - Area riservata", "https://www.agenziaentrate.gov.it/"),
        NL: web("Mijn Belastingdienst", "https://mijn.belastingdienst.nl/"),
        PL: web("Twój e-PIT - podatki.gov.pl", "https://www.podatki.gov.pl/"),
        SE: web("Skatteverket - Mina sidor", "https://www.skatteverket.se/"),
        PT: web("Portal das Finanças", "https://www.portaldasfinancas.gov.pt/"),
      };
      return draft(where[country], pick(["keys", "typed", "keys"] as const), s`${nationalIdOf(country)}`);
    }),
    pos("form-with-context", () => {
      const who = v.person();
      return draft(
        web(
          pick(["Contact us", "Request a callback", "Kontaktformular", "Formulaire de contact"]),
          "https://www.example-insurer.eu/contact",
        ),
        "typed",
        pick([
          () =>
            s`Name: ${nm(who)}\nEmail: ${mail(who, false)}\nPhone: ${tel(who.country)}\nMessage: please call me back about my policy renewal`,
          () =>
            s`Ich bin umgezogen, neue Anschrift: ${addr("DE")}. Bitte Unterlagen dorthin senden. ${nm(v.person("DE"))}`,
          () => s`Je souhaite résilier mon contrat. ${nm(v.person("FR"))}, ${addr("FR")}`,
        ])(),
      );
    }),
    pos("urls-with-pii", () => {
      const who = v.person();
      return draft(
        web("Redirect", ""),
        "url",
        pick([
          () =>
            s`https://newsletter.example-shop.eu/unsubscribe?email=${lab("email", v.email(who, false))}&list=${int(1, 9)}`,
          () =>
            s`https://www.google.com/maps/search/${lab("address", encodeURIComponent(v.address(who.country)).replace(/%20/g, "+"))}`,
          () =>
            s`https://app.calendly.com/invitees/${v.lookalike.uuid()}?name=${lab("name", encodeURIComponent(v.fullName(who)))}&phone=${lab("phone", encodeURIComponent(v.phone(who.country, true)))}`,
          () =>
            s`https://portal.example-bank.eu/reset?user=${lab("email", v.email(who))}&token=${sec(v.hex(48))}`,
        ])(),
      );
    }),
    pos("address-autocomplete", () => {
      const country = v.countryOf();
      return draft(
        web("Delivery address", "https://www.example-shop.eu/checkout"),
        "screen",
        s`Did you mean:\n${addr(country)}\n${addr(country)}\nEnter address manually`,
      );
    }),
    neg("search-and-forms", () =>
      draft(
        web(pick(["Google", "Bing", "Search"]), "https://www.google.com/"),
        pick(["keys", "typed"] as const),
        pick([
          () =>
            s`${pick(["weather", "Wetter", "météo", "tiempo"])} ${pick(["Madrid", "Hamburg", "Lyon", "Leeds", "Bilbao", "Utrecht"])}`,
          () =>
            s`${pick(["flights", "trains"])} ${pick(["LHR", "CDG", "MAD", "FRA"])} to ${pick(["BCN", "ARN", "WAW", "LIS"])} ${when("en")}`,
          () => s`convert ${int(10, 900)} eur to ${pick(["gbp", "usd", "sek", "pln"])}`,
          () => s`how to undo git rebase`,
          () => s`postgres ${int(13, 17)} release notes`,
          () => s`opening hours IKEA ${pick(["Kungens Kurva", "Alcorcón", "Wembley"])}`,
        ])(),
      ),
    ),
    neg("coupons-and-refs", () =>
      draft(
        web(pick(["Basket", "Warenkorb", "Panier"]), "https://www.example-shop.eu/basket"),
        pick(["keys", "typed", "screen"] as const),
        pick([
          () => s`${pick(["SUMMER", "WELCOME", "BLACKFRIDAY", "NEWYEAR"])}${int(10, 30)}`,
          () =>
            s`Order ${v.lookalike.order()} · ${int(1, 6)} items · subtotal ${int(20, 400)}.${v.pad2(int(0, 99))} € · delivery ${when("en")}`,
          () => s`Gift card balance: ${int(0, 200)}.${v.pad2(int(0, 99))} € (card no. ending ${v.digits(4)})`,
          () => s`Postcode lookup is unavailable, please type your address in full.`,
          () => s`ZIP ${v.digits(5)} · ${int(1, 9)} lb · ships in ${int(1, 5)} business days`,
        ])(),
      ),
    ),
  ],
};

const prompts: Family = {
  name: "ai-prompts",
  count: 220,
  templates: [
    pos("debug-with-secret", () =>
      draft(
        assistant(),
        "prompt",
        pick([
          () =>
            s`why does this fail with 401?\n\ncurl -H "Authorization: Bearer ${sec(v.secret.openai())}" https://api.openai.com/v1/models`,
          () =>
            s`fix my docker compose, postgres won't start:\n  environment:\n    POSTGRES_PASSWORD: ${sec(v.secret.password())}\n    POSTGRES_DB: ledger`,
          () =>
            s`boto3 says InvalidClientTokenId with key ${sec(v.secret.awsKeyId())} and secret ${sec(v.secret.awsSecret())}, what's wrong`,
          () =>
            s`Convert this to a GitHub Actions step: export SLACK_TOKEN=${sec(v.secret.slackBot())} && node notify.js`,
        ])(),
      ),
    ),
    pos("write-an-email-hr", () => {
      const who = v.person();
      const l = pick(["en", "en", "de", "fr", "es"] as const);
      return draft(
        assistant(),
        "prompt",
        say(l, {
          en: [
            () =>
              s`Write a kind but firm email telling ${nm(who)} that her probation is not being extended, last day ${when("en")}`,
            () =>
              s`help me word feedback for ${first(who)}'s review: great with customers, but misses deadlines and was rude to ${nm(v.person())} in the retro`,
            () =>
              s`draft an offer for ${nm(who)}: senior analyst, ${money("en", 700, 1100)} base, start ${when("en")}`,
          ],
          de: [() => s`Formuliere eine Abmahnung für ${nm(who)} wegen wiederholter Verspätung`],
          fr: [() => s`Rédige un courrier de fin de période d'essai pour ${nm(who)}`],
          es: [() => s`Redacta una carta de despido para ${nm(who)}, último día el ${when("es")}`],
        }),
        ["hr"],
      );
    }),
    pos("personal-health-question", () => {
      const l = pick(["en", "en", "en", "de", "fr", "es", "it", "pt"] as const);
      return draft(
        assistant(),
        "prompt",
        say(l, {
          en: [
            () =>
              s`I've had chest tightness for ${int(2, 10)} days and I'm on ${pick(medicines)}, should I be worried?`,
            () =>
              s`my ${int(3, 12)} year old has a rash and a fever of ${int(38, 40)}.${int(0, 9)}, when do I go to A&E`,
            () =>
              s`how do I tell my manager I was diagnosed with ${pick(conditions.en)} without it affecting my promotion?`,
          ],
          de: [
            () => s`Ich nehme ${pick(medicines)} und habe seit ${int(2, 9)} Tagen Schwindel, ist das normal?`,
          ],
          fr: [
            () =>
              s`je prends ${pick(medicines)} et j'ai des vertiges depuis ${int(2, 9)} jours, c'est grave ?`,
          ],
          es: [() => s`tomo ${pick(medicines)} y llevo ${int(2, 9)} días con mareos, ¿es normal?`],
          it: [
            () => s`prendo ${pick(medicines)} e ho le vertigini da ${int(2, 9)} giorni, devo preoccuparmi?`,
          ],
          pt: [() => s`tomo ${pick(medicines)} e tenho tonturas há ${int(2, 9)} dias, é normal?`],
        }),
        ["health"],
      );
    }),
    pos("paste-customer-data", () => {
      const rows = Array.from({ length: int(2, 3) }, () => {
        const who = v.person();
        return s`${nm(who)} | ${mail(who)} | ${tel(who.country)}`;
      });
      return draft(assistant(), "prompt", s`dedupe these contacts and format as CSV:\n${join(rows)}`);
    }),
    pos("personal-life", () =>
      draft(
        assistant(),
        "prompt",
        pick([
          () => s`my partner and I keep fighting about money, how do we talk about it without it blowing up`,
          () => s`write a birthday message for my sister ${first()}, she's turning ${int(25, 60)}`,
          () =>
            s`plan a 3 day trip to ${pick(["Porto", "Kraków", "Gothenburg", "Bologna"])} with two kids under ${int(5, 10)}`,
          () =>
            s`hilf mir einen Brief an meinen Vermieter zu schreiben, die Heizung ist seit ${int(2, 6)} Wochen kaputt`,
        ])(),
      ),
    ),
    pos("work-prompt", () =>
      draft(
        assistant(),
        "prompt",
        pick([
          () =>
            s`summarise this incident timeline for execs in 5 bullets: ${v.lookalike.isoTime()} alerts fired, ${v.lookalike.isoTime()} rollback to ${v.lookalike.semver()}`,
          () => s`write a SQL query that returns monthly churn by plan from the subscriptions table`,
          () =>
            s`explain the difference between SEPA Instant and SEPA Credit Transfer in ${int(3, 6)} sentences`,
          () => s`traduis en anglais : "la livraison est prévue le ${when("fr")}"`,
        ])(),
      ),
    ),
    neg("assistant-titles-urls", () =>
      pick([
        () =>
          draft(
            assistant(),
            "title",
            s`${pick(["Refactor date parser", "SQL churn query", "Kubernetes probe config", "Regex for postcodes", "Translate release notes"])} - ${pick(["ChatGPT", "Claude"])}`,
          ),
        () => draft(assistant(), "url", s`https://chatgpt.com/c/${v.lookalike.uuid()}`),
        () => draft(assistant(), "url", s`https://claude.ai/chat/${v.lookalike.uuid()}`),
        () => draft(assistant(), "title", s`Gemini - ${pick(["Summarise Q3 deck", "Explain OAuth PKCE"])}`),
      ])(),
    ),
    neg("assistant-answers-elsewhere", () =>
      draft(
        pick([ide("notes.md"), workChat(), { app: "Notion", title: "AI usage guidelines - Notion" }]),
        pick(["screen", "typed", "clipboard"] as const),
        pick([
          () =>
            s`Do not paste customer data, secrets or health information into ChatGPT, Claude or Gemini. Use the approved workspace.`,
          () =>
            s`ChatGPT suggested \`SELECT date_trunc('month', created_at), count(*) FROM subscriptions GROUP BY 1\`, works fine`,
          () =>
            s`Claude's answer: use a liveness probe with initialDelaySeconds: ${int(5, 30)} and periodSeconds: 10.`,
          () => s`prompt template: "Summarise {{document}} in {{n}} bullets for {{audience}}"`,
        ])(),
      ),
    ),
  ],
};

const signInPage = (): Place =>
  pick([
    web("Sign in - Okta", "https://orsova.okta.com/login/login.htm"),
    web("Sign in to your account", "https://login.microsoftonline.com/common/oauth2/v2.0/authorize"),
    web("Anmelden – Google-Konten", "https://accounts.google.com/v3/signin/challenge/pwd"),
    web("Log in | Salesforce", "https://orsova.my.salesforce.com/"),
    web("Connexion - Espace client", "https://www.impots.gouv.fr/connexion"),
    { app: "Cisco Secure Client", title: "Cisco Secure Client | vpn.orsova.cloud" },
    { app: "1Password", title: "Unlock 1Password" },
  ]);
const vault = (): Place =>
  pick([
    { app: "1Password", title: `${pick(["Private", "Shared - Platform", "Finance"])} — 1Password` },
    { app: "Bitwarden", title: "My vault | Bitwarden" },
    { app: "KeePassXC", title: "Passwords.kdbx - KeePassXC" },
    web("Keeper Vault", "https://keepersecurity.eu/vault/"),
  ]);

const signIn: Family = {
  name: "sign-in-vault",
  count: 220,
  templates: [
    pos("password-field", () =>
      draft(
        signInPage(),
        "password",
        s`${sec(pick([v.secret.password(), v.secret.password(), `${v.fullName().split(" ")[0]}${int(1960, 2010)}!`, v.digits(int(4, 8))]))}`,
      ),
    ),
    pos("password-field-odd", () =>
      // Whatever goes into a password field is dropped, even when it looks like a word or a mistake.
      draft(
        signInPage(),
        "password",
        s`${sec(pick(["hunter2", `${v.slug(v.person().given)}`, `${pick(["Sommer", "Printemps", "Verano"])}${int(2024, 2026)}`, v.email().split("@")[0] ?? "x"]))}`,
      ),
    ),
    pos("otp-entry", () =>
      pick([
        () => draft(signInPage(), "keys", s`${sec(v.secret.otp())}`),
        () =>
          draft(
            { app: "Messages", title: "Messages" },
            "screen",
            s`${pick(["Your Microsoft verification code is", "G-", "Ihr Bestätigungscode lautet", "Votre code de connexion :", "Tu código de verificación es"])} ${sec(v.secret.otp())}. ${pick(["Don't share it with anyone.", "Gültig für 10 Minuten.", "Ne le communiquez à personne.", ""])}`,
          ),
        () =>
          draft(
            { app: "Microsoft Authenticator", title: "Authenticator" },
            "screen",
            s`Orsova SSO\n${nm()}\n${sec(v.secret.otp())}`,
          ),
      ])(),
    ),
    pos("recovery-codes", () =>
      draft(
        pick([
          { app: "TextEdit", title: "github-recovery-codes.txt" },
          web("Two-factor recovery codes", "https://github.com/settings/auth/recovery-codes"),
          vault(),
        ]),
        pick(["screen", "clipboard"] as const),
        join([
          pick([
            "GitHub recovery codes",
            "Backup codes (Google)",
            "Okta recovery",
            "Recovery codes - keep safe",
          ]),
          ...Array.from({ length: int(4, 8) }, () => sec(v.secret.recovery())),
        ]),
      ),
    ),
    pos("vault-entry", () => {
      const who = v.person();
      return draft(
        vault(),
        pick(["screen", "clipboard"] as const),
        pick([
          () =>
            s`${pick(["AWS root", "Stripe dashboard", "Router admin", "Domain registrar", "Payroll portal"])}\nusername: ${mail(who)}\npassword: ${sec(v.secret.password())}\nwebsite: https://${pick(["console.aws.amazon.com", "dashboard.stripe.com", "192.168.1.1", "www.gandi.net"])}`,
          () =>
            s`otpauth://totp/Orsova:${lab("email", v.email(who, true))}?secret=${sec(v.secret.totpSeed())}&issuer=Orsova`,
          () => s`${sec(v.secret.password())}`,
          () => s`Wi-Fi "Orsova-Guest"\nPassword: ${sec(v.secret.password())}`,
        ])(),
      );
    }),
    pos("password-in-prose", () => {
      const l = pick(["en", "en", "de", "fr", "es", "it", "nl"] as const);
      const pw = sec(v.secret.password());
      return draft(
        pick([mailbox("Access for the new starter"), { app: "Notes", title: "handover" }, docs()]),
        "typed",
        say(l, {
          en: [
            () => s`Your temporary password is ${pw} - you'll be asked to change it at first login.`,
            () => s`Handover: the NAS admin login is admin and the password ${pw}; the UPS has no password.`,
          ],
          de: [() => s`Ihr vorläufiges Passwort lautet ${pw}. Bitte bei der ersten Anmeldung ändern.`],
          fr: [() => s`Votre mot de passe provisoire est ${pw}, à changer à la première connexion.`],
          es: [() => s`Tu contraseña provisional es ${pw}, cámbiala al entrar.`],
          it: [() => s`La password temporanea è ${pw}, cambiala al primo accesso.`],
          nl: [() => s`Je tijdelijke wachtwoord is ${pw}, wijzig het bij de eerste keer inloggen.`],
        }),
      );
    }),
    neg("sign-in-chrome", () =>
      draft(
        signInPage(),
        pick(["screen", "typed"] as const),
        pick([
          () => s`Forgot password? · Use a passkey instead · Sign in with SSO`,
          () => s`Password must be at least ${int(12, 16)} characters and include a number and a symbol.`,
          () => s`Enter the 6-digit code from your authenticator app.`,
          () => s`Passwort vergessen? Wir senden Ihnen einen Link per E-Mail.`,
          () => s`Mot de passe : ••••••••••`,
          () => s`Too many attempts. Try again in ${int(5, 30)} minutes.`,
          () => s`We sent a code to ••••${v.digits(2)}. Didn't get it? Resend in 0:${int(10, 59)}`,
        ])(),
      ),
    ),
    neg("vault-listing", () =>
      draft(
        vault(),
        "screen",
        pick([
          () =>
            s`${int(100, 600)} items · Logins · Secure notes · Credit cards · Identities\nWatchtower: ${int(0, 9)} reused passwords, ${int(0, 5)} weak`,
          () => s`AWS root (last edited ${when("en")})\nStripe dashboard\nRouter admin\nDomain registrar`,
          () =>
            s`Password generator: length ${int(16, 32)}, symbols on, numbers on. Copied to clipboard (clears in 90 s).`,
          () =>
            s`The password for staging is in 1Password under "Shared - Platform", ask in #ops-oncall if you can't see it.`,
        ])(),
      ),
    ),
  ],
};

const booking = (title: string): Place =>
  pick([
    web(`${title} | Booking.com`, "https://secure.booking.com/book.html"),
    web(`${title} - Lufthansa`, "https://www.lufthansa.com/de/de/buchung"),
    web(`${title} | Iberia`, "https://www.iberia.com/es/reservas/"),
    web(`${title} - Navan`, "https://app.navan.com/app/user2/trips"),
    web(`${title} | SAP Concur`, "https://www.concursolutions.com/travelportal/"),
    web(`${title} - SNCF Connect`, "https://www.sncf-connect.com/app/checkout"),
    web(`${title} | SAS`, "https://www.flysas.com/en/book/"),
  ]);
const ppNumber = (): { number: string; state: string } => {
  const state = pick(Object.keys(v.ids.passportNumber) as (keyof typeof v.ids.passportNumber)[]);
  return { number: pick(v.ids.passportNumber[state]) as string, state };
};
const pnr = (): string => v.upperAlnum(6).replace(/[0-9]/g, () => pick(["K", "Q", "X", "Z"]));

const travel: Family = {
  name: "travel-booking",
  count: 215,
  templates: [
    pos("passenger-form", () => {
      const who = v.person();
      const pp = ppNumber();
      return draft(
        booking(pick(["Passenger details", "Reisende", "Passagers"])),
        pick(["typed", "screen"] as const),
        pick([
          () =>
            s`Passenger 1: ${nm(who)}\nDate of birth: ${v.pad2(day())}/${v.pad2(int(1, 12))}/${int(1965, 2003)}\nPassport no.: ${lab("passport", pp.number)} (${pp.state})\nExpiry: ${v.pad2(day())}/${v.pad2(int(1, 12))}/20${int(27, 35)}`,
          () =>
            s`${nm(who)} · Reisepass ${lab("passport", pp.number)} · gültig bis ${v.pad2(day())}.${v.pad2(int(1, 12))}.20${int(27, 35)}`,
          () =>
            s`APIS: ${lab("name", `${who.family.toUpperCase()}/${who.given.toUpperCase()}`)} ${pick(["MR", "MS"])} · doc P ${lab("passport", pp.number)} · nationality ${pp.state}`,
        ])(),
      );
    }),
    pos("passport-field", () => {
      const pp = ppNumber();
      return draft(
        booking(pick(["Travel documents", "Advance passenger information"])),
        "keys",
        s`${lab("passport", pp.number)}`,
      );
    }),
    pos("mrz-scan", () => {
      const m = pick(v.ids.mrz);
      const nameStart = 5;
      const line1: Composed = {
        text: m.line1,
        labels: [{ start: nameStart, end: nameStart + m.nameField.length, kind: "name" }],
      };
      const line2: Composed = {
        text: m.line2,
        labels: [{ start: 0, end: m.number.length, kind: "passport" }],
      };
      return draft(
        pick([
          { app: "Adobe Acrobat", title: "passport_scan.pdf - Adobe Acrobat" },
          booking("Upload passport"),
        ]),
        pick(["screen", "clipboard"] as const),
        join(
          chance(0.5)
            ? [line1, line2]
            : [s`PASSPORT  ${lab("name", `${m.surname} ${m.given}`)}`, line1, line2],
        ),
      );
    }),
    pos("traveller-contact", () => {
      const who = v.person();
      const l = pick(["en", "de", "fr", "es", "it", "sv"] as const);
      return draft(
        booking(pick(["Contact details", "Kontaktdaten", "Coordonnées"])),
        pick(["typed", "screen"] as const),
        say(l, {
          en: [
            () =>
              s`Lead guest: ${nm(who)}\nEmail: ${mail(who)}\nMobile: ${tel(who.country, true)}\nBilling address: ${addr(who.country)}`,
          ],
          de: [() => s`Hauptreisende/r: ${nm(who)}, ${mail(who)}, Mobil ${tel(who.country, true)}`],
          fr: [() => s`Voyageur principal : ${nm(who)} – ${mail(who)} – ${tel(who.country, true)}`],
          es: [() => s`Titular de la reserva: ${nm(who)}, ${mail(who)}, ${tel(who.country, true)}`],
          it: [() => s`Intestatario: ${nm(who)}, ${mail(who)}, cell. ${tel(who.country, true)}`],
          sv: [() => s`Resenär: ${nm(who)}, ${mail(who)}, mobil ${tel(who.country, true)}`],
        }),
      );
    }),
    pos("visa-letter", () => {
      const who = v.person();
      return draft(
        mailbox("Visa invitation letter"),
        pick(["typed", "screen"] as const),
        s`Please issue an invitation letter for ${nm(who)}, passport ${lab("passport", ppNumber().number)}, visiting our ${pick(["Madrid", "Berlin", "London"])} office for ${int(3, 14)} days from ${when("en")}.`,
      );
    }),
    pos("special-assistance", () => {
      const who = v.person();
      return draft(
        booking("Special assistance"),
        pick(["typed", "screen"] as const),
        pick([
          () =>
            s`Special assistance for ${nm(who)}: wheelchair to the gate (${pick(["WCHR", "WCHS"])}), travelling after ${pick(["knee surgery", "a hip operation", "a stroke"])}.`,
          () =>
            s`${nm(who)} travels with insulin and needles (type 1 diabetes), medical certificate attached.`,
          () => s`Assistance PMR pour ${nm(who)} : malvoyant, chien guide en cabine.`,
        ])(),
        ["health"],
      );
    }),
    pos("itinerary-title", () => {
      const who = v.person();
      return pick([
        () =>
          draft(
            booking(""),
            "title",
            s`Trip to ${pick(["Lisbon", "Warsaw", "Stockholm"])} for ${nm(who)} - Navan`,
          ),
        () =>
          draft(
            booking(""),
            "url",
            s`https://www.booking.com/mybooking.html?aid=${int(300000, 399999)}&guest=${lab("name", encodeURIComponent(v.fullName(who)))}`,
          ),
      ])();
    }),
    neg("itinerary", () =>
      draft(
        booking(pick(["Your trip", "Ihre Reise", "Votre voyage", "Tu viaje"])),
        "screen",
        pick([
          () =>
            s`Booking reference ${pnr()}\n${pick(["LH", "IB", "AF", "SK", "BA", "TP"])}${int(100, 2999)} ${pick(["FRA", "MAD", "CDG", "ARN", "LHR", "LIS"])} → ${pick(["BCN", "WAW", "MUC", "CPH", "DUB"])} · ${when("en")} ${clock()} · seat ${int(1, 38)}${pick(["A", "C", "D", "F"])} · ${pick(["Economy", "Premium", "Business"])}`,
          () =>
            s`Hotel confirmation ${v.digits(10)} · check-in from 15:00 · ${pick(["Hotel Victoria", "NH Collection Paseo del Prado", "Scandic Continental", "Motel One Berlin-Alexanderplatz"])}`,
          () =>
            s`Train ICE ${int(500, 1099)} Frankfurt(Main)Hbf → München Hbf, Wagen ${int(1, 14)}, Platz ${int(11, 98)}, Auftragsnummer ${v.upperAlnum(6)}`,
          () => s`e-ticket ${int(220, 250)}-${v.digits(10)} · fare basis ${v.upperAlnum(7)} · baggage 1PC`,
          () =>
            s`Policy: economy for flights under ${int(4, 6)} h, hotel cap ${int(120, 220)} € per night in ${pick(["Paris", "London", "Madrid"])}`,
        ])(),
      ),
    ),
    neg("places-to-go", () =>
      draft(
        pick([booking("Search"), workChat()]),
        pick(["typed", "keys"] as const),
        pick([
          () => s`hotels near Victoria station ${when("en")}`,
          () =>
            s`${pick(["San Sebastián", "Saint-Étienne", "San José", "St. Moritz", "Santa Cruz de Tenerife"])} ${when("en")}-${when("en")}, 2 adults`,
          () => s`Lindbergh Hotel or the Marriott near Charles de Gaulle?`,
          () => s`Hilton Garden Inn vs Motel One, both near Alexanderplatz`,
          () => s`taxi from Schiphol to Zuidas, ~${int(30, 60)} min`,
        ])(),
      ),
    ),
  ],
};

const legalDoc = (title: string): Place =>
  pick([
    { app: "Microsoft Word", title: `${title}.docx - Word` },
    web(`${title} - DocuSign`, `https://app.docusign.com/documents/details/${v.lookalike.uuid()}`),
    { app: "Adobe Acrobat", title: `${title}.pdf - Adobe Acrobat Reader` },
    web(`${title} - Ironclad`, "https://ironcladapp.com/workflow/"),
  ]);

const legal: Family = {
  name: "legal-contracts",
  count: 210,
  templates: [
    pos("parties-clause", () => {
      const l = pick(["en", "en", "de", "fr", "es", "it", "pt", "nl"] as const);
      const who = local(l);
      return draft(
        legalDoc(
          pick([
            "Consultancy agreement",
            "Dienstvertrag",
            "Contrat de prestation",
            "Contrato de arrendamiento",
          ]),
        ),
        pick(["screen", "typed"] as const),
        say(l, {
          en: [
            () =>
              s`This Agreement is made between Orsova Ltd and ${nm(who)}, residing at ${addr(who.country)} (the "Consultant").`,
          ],
          de: [
            () =>
              s`zwischen der Orsova GmbH und Herrn/Frau ${nm(who)}, wohnhaft ${addr(who.country)}, Steuer-ID ${nationalIdOf("DE")}`,
          ],
          fr: [
            () =>
              s`Entre les soussignés : Orsova SAS et ${nm(who)}, demeurant ${addr(who.country)}, n° de sécurité sociale ${nationalIdOf("FR")}`,
          ],
          es: [
            () =>
              s`De una parte, ${nm(who)}, mayor de edad, con DNI ${nationalIdOf("ES")} y domicilio en ${addr(who.country)}`,
          ],
          it: [
            () =>
              s`tra Orsova S.r.l. e il/la Sig./Sig.ra ${nm(who)}, codice fiscale ${nationalIdOf("IT")}, residente in ${addr(who.country)}`,
          ],
          pt: [
            () =>
              s`Entre Orsova Lda. e ${nm(who)}, NIF ${nationalIdOf("PT")}, residente na ${addr(who.country)}`,
          ],
          nl: [
            () =>
              s`tussen Orsova B.V. en ${nm(who)}, BSN ${nationalIdOf("NL")}, wonende te ${addr(who.country)}`,
          ],
        }),
      );
    }),
    pos("payment-clause", () => {
      const l = pick(["en", "de", "fr", "es"] as const);
      const cc = ({ en: "GB", de: "DE", fr: "FR", es: "ES" } as const)[l];
      return draft(
        legalDoc(pick(["Settlement agreement", "Vergleich", "Transaction", "Acuerdo"])),
        "screen",
        say(l, {
          en: [
            () =>
              s`The Company shall pay the sum of ${money("en", 50, 900)} to ${nm(v.person("GB"))} within 14 days by transfer to ${lab("iban", ibanOf(cc))}.`,
          ],
          de: [
            () =>
              s`Die Zahlung erfolgt auf das Konto ${lab("iban", ibanOf(cc))} (Kontoinhaber: ${nm(v.person("DE"))}).`,
          ],
          fr: [
            () =>
              s`Le versement sera effectué sur le compte ${lab("iban", ibanOf(cc))} au nom de ${nm(v.person("FR"))}.`,
          ],
          es: [
            () =>
              s`El pago se realizará en la cuenta ${lab("iban", ibanOf(cc))} a nombre de ${nm(v.person("ES"))}.`,
          ],
        }),
      );
    }),
    pos("settlement-hr", () => {
      const who = v.person();
      return draft(
        legalDoc(pick(["Settlement agreement", "Aufhebungsvertrag", "Rupture conventionnelle"])),
        pick(["screen", "typed"] as const),
        pick([
          () =>
            s`Settlement agreement: ${nm(who)} leaves on ${when("en")} and receives ${money("en", 100, 600)} as compensation for loss of office; the grievance of ${when("en")} is withdrawn.`,
          () =>
            s`Aufhebungsvertrag ${nm(who)}: Beendigung zum ${when("de")}, Abfindung ${money("de", 200, 900)}, Freistellung ab sofort.`,
          () =>
            s`Rupture conventionnelle – ${nm(who)} : indemnité de ${money("fr", 100, 500)}, fin de contrat le ${when("fr")}.`,
        ])(),
        ["hr"],
      );
    }),
    pos("litigation-health", () => {
      const who = v.person();
      return draft(
        pick([legalDoc("Claim summary"), mailbox("Privileged & confidential")]),
        "screen",
        pick([
          () =>
            s`Claimant ${nm(who)} alleges disability discrimination: she disclosed ${pick(["multiple sclerosis", "bipolar disorder", "a cancer diagnosis"])} in ${month("en")} and was dismissed ${int(2, 8)} weeks later.`,
          () =>
            s`Workplace injury claim: ${nm(who)} fractured ${pick(["a wrist", "an ankle"])} in the warehouse on ${when("en")}; off work ${int(3, 12)} weeks.`,
        ])(),
        ["health", "hr"],
      );
    }),
    pos("signatures", () => {
      const a = v.person();
      const b = v.person();
      return draft(
        legalDoc("Signature page"),
        "screen",
        s`Signed for and on behalf of Orsova Ltd\n\n______________________\n${nm(a)}, Director\n\nSigned by the Consultant\n\n______________________\n${nm(b)}\nDate: ${when("en")}`,
      );
    }),
    pos("legal-titles", () => {
      const who = v.person();
      return draft(
        legalDoc(""),
        "title",
        pick([
          () => s`NDA - ${nm(who)} - signed.pdf - Adobe Acrobat Reader`,
          () => s`Contrato ${nm(who)} v${int(2, 6)}.docx - Word`,
        ])(),
      );
    }),
    neg("statutes-and-refs", () =>
      draft(
        pick([legalDoc("DPA template"), { app: "Confluence", title: "Legal playbook" }]),
        "screen",
        pick([
          () =>
            s`Processing is based on Art. 6(1)(f) GDPR; transfers rely on the SCCs (Decision 2021/914), Module ${int(1, 4)}.`,
          () =>
            s`Kündigungsfrist gem. § 622 BGB; Gerichtsstand ist ${pick(["München", "Hamburg", "Berlin"])}. Az. ${int(1, 40)} O ${int(100, 999)}/26`,
          () =>
            s`Case ${int(2025, 2026)}/${v.digits(5)}, Tribunal judiciaire de ${pick(["Paris", "Lyon", "Nanterre"])}, audience du ${when("fr")}`,
          () => s`See [2015] UKSC 67 on penalty clauses and [2019] EWCA Civ 1246 on liability caps.`,
          () =>
            s`Clause ${int(1, 20)}.${int(1, 9)} (Limitation of liability): cap at ${int(1, 3)}x fees paid in the preceding 12 months.`,
        ])(),
      ),
    ),
    neg("template-placeholders", () =>
      draft(
        legalDoc(pick(["NDA template", "Plantilla contrato", "Modèle de contrat"])),
        "screen",
        pick([
          () =>
            s`This Agreement is made between [COMPANY NAME] and [CONSULTANT NAME], residing at [ADDRESS] (the "Consultant").`,
          () =>
            s`De una parte, D./Dña. ____________, con DNI __________ y domicilio en ____________________.`,
          () =>
            s`Entre les soussignés : {{societe.nom}}, représentée par {{signataire.nom}}, ci-après « le Prestataire ».`,
          () => s`Payment to IBAN [●] within [30] days of the Effective Date.`,
        ])(),
      ),
    ),
  ],
};

const email: Family = {
  name: "mail",
  count: 215,
  templates: [
    pos("intro-email", () => {
      const l = v.lang();
      const a = local(l);
      const b = v.person();
      return draft(
        mailbox(pick(["Intro", "Vorstellung", "Présentation", "Presentación"])),
        "typed",
        say(l, {
          en: [
            () =>
              s`Hi ${first(b)},\n\nlet me introduce ${nm(a)}, who's taking over the account from ${month("en")}. ${first(a)}'s direct line is ${tel(a.country)}.\n\nCheers`,
          ],
          de: [
            () =>
              s`Hallo ${first(b)},\n\ndarf ich vorstellen: ${nm(a)} übernimmt ab ${month("de")} den Kunden. Erreichbar unter ${tel(a.country)}.\n\nViele Grüße`,
          ],
          fr: [
            () =>
              s`Bonjour ${first(b)},\n\nje te présente ${nm(a)}, qui reprend le dossier à partir de ${month("fr")}. Son numéro : ${tel(a.country)}.\n\nBien à toi`,
          ],
          es: [
            () =>
              s`Hola ${first(b)}:\n\nte presento a ${nm(a)}, que se encarga de la cuenta desde ${month("es")}. Su teléfono es ${tel(a.country)}.\n\nUn abrazo`,
          ],
          it: [
            () =>
              s`Ciao ${first(b)},\n\nti presento ${nm(a)}, che segue il cliente da ${month("it")}. Tel. ${tel(a.country)}.`,
          ],
          nl: [
            () =>
              s`Hoi ${first(b)},\n\nmag ik je voorstellen aan ${nm(a)}? Zij neemt het over vanaf ${month("nl")}. Telefoon: ${tel(a.country)}.`,
          ],
          pt: [
            () =>
              s`Olá ${first(b)},\n\napresento-te ${nm(a)}, que fica com a conta a partir de ${month("pt")}. Telefone: ${tel(a.country)}.`,
          ],
          pl: [
            () =>
              s`Cześć ${first(b)},\n\nprzedstawiam ${nm(a)}, który przejmuje klienta od ${month("pl")}. Telefon: ${tel(a.country)}.`,
          ],
          sv: [
            () =>
              s`Hej ${first(b)},\n\nhär är ${nm(a)} som tar över kontot från ${month("sv")}. Telefon: ${tel(a.country)}.`,
          ],
        }),
      );
    }),
    pos("header-block", () => {
      const a = v.person();
      const b = v.person();
      const c = v.person();
      return draft(
        mailbox("Re: Q3 numbers"),
        "screen",
        s`From: ${nm(a)} <${mail(a, true)}>\nTo: ${nm(b)} <${mail(b, true)}>\nCc: ${mail(c)}\nDate: ${when("en")} 2026 ${clock()}\nSubject: Re: Q${int(1, 4)} numbers`,
      );
    }),
    pos("subject-titles", () => {
      const who = v.person();
      return draft(
        mailbox(""),
        "title",
        pick([
          () => s`Re: Lunch with ${nm(who)} - Message (HTML)`,
          () => s`${nm(who)} shared "Budget 2027" with you - Outlook`,
          () => s`Inbox (${int(2, 300)}) - ${lab("email", v.email(who, true))} - Gmail`,
        ])(),
      );
    }),
    pos("moving-house", () => {
      const l = pick(["en", "de", "fr", "es", "nl", "pl"] as const);
      const who = local(l);
      return draft(
        mailbox(pick(["New address", "Neue Adresse", "Nouvelle adresse", "Nueva dirección"])),
        "typed",
        say(l, {
          en: [
            () =>
              s`Hi all, we've moved! New address from ${when("en")}:\n${addr(who.country, true)}\nPhone is now ${tel(who.country, false)}.\n${first(who)}`,
          ],
          de: [
            () =>
              s`Hallo zusammen, wir sind umgezogen:\n${addr(who.country, true)}\nLiebe Grüße, ${first(who)}`,
          ],
          fr: [() => s`Coucou, nouvelle adresse :\n${addr(who.country, true)}\nBisous, ${first(who)}`],
          es: [() => s`¡Nos mudamos! Nueva dirección:\n${addr(who.country, true)}\nBesos, ${first(who)}`],
          nl: [() => s`We zijn verhuisd! Nieuw adres:\n${addr(who.country, true)}\nGroetjes, ${first(who)}`],
          pl: [
            () =>
              s`Przeprowadziliśmy się! Nowy adres:\n${addr(who.country, true)}\nPozdrawiam, ${first(who)}`,
          ],
        }),
      );
    }),
    pos("it-ticket-mail", () => {
      const who = v.person();
      return draft(
        mailbox("Laptop replacement"),
        pick(["typed", "screen"] as const),
        pick([
          () =>
            s`Hi IT, my laptop died. Please ship the replacement to my home, ${addr(who.country)}, I'm on ${tel(who.country)} if the courier needs me. ${nm(who)}`,
          () =>
            s`New starter ${nm(who)} (${mail(who, true)}) needs a laptop, a YubiKey and access to ${pick(["Jira", "Salesforce", "Workday"])} by ${when("en")}.`,
          () =>
            s`VPN logs show your login from ${lab("ip", publicIp())} at ${clock()} - was that you, ${first(who)}?`,
        ])(),
      );
    }),
    pos("doctor-note-mail", () => {
      const who = v.person();
      return draft(
        mailbox(pick(["Sick note", "Krankmeldung", "Arrêt de travail"])),
        "typed",
        pick([
          () =>
            s`Hi ${first(v.person())}, attached is my fit note: ${pick(["gastroenteritis", "a back injury", "stress-related illness"])}, signed off until ${when("en")}. ${nm(who)}`,
          () =>
            s`Anbei meine AU bis ${when("de")} (${pick(["Bronchitis", "Bandscheibe", "Gürtelrose"])}). Gruß, ${nm(who)}`,
          () => s`Ci-joint mon arrêt de travail jusqu'au ${when("fr")}. ${nm(who)}`,
        ])(),
        ["health", "hr"],
      );
    }),
    pos("calendar", () => {
      const who = v.person();
      return pick([
        () =>
          draft(
            { app: "Microsoft Outlook", title: "Calendar - Outlook" },
            "title",
            s`1:1 ${nm(who)} / ${nm()} - Meeting`,
          ),
        () =>
          draft(
            { app: "Calendar", title: "Calendar" },
            "screen",
            s`${int(8, 11)}:${pick(["00", "30"])} ${pick(["Physio (left knee)", "Dentist - root canal", "Dr appt - thyroid bloods", "Therapy", "Fertility clinic", "Vaccination"])}\n${int(13, 17)}:${pick(["00", "30"])} ${pick(["Sprint review", "Vendor call", "Month-end close"])}`,
            ["health"],
          ),
        () =>
          draft(
            web("Google Calendar - Week", "https://calendar.google.com/calendar/u/0/r/week"),
            "screen",
            s`${pick(["Exit interview", "Disciplinary hearing", "Salary review", "Probation review"])} – ${nm(who)}\n${when("en")}, ${int(9, 12)}:00 – ${int(13, 17)}:00\nRoom ${pick(["Turing", "Curie", "Hopper"])}`,
            ["hr"],
          ),
      ])();
    }),
    neg("calendar-neg", () =>
      draft(
        pick([
          { app: "Calendar", title: "Calendar" },
          web("Google Calendar - Week", "https://calendar.google.com/calendar/u/0/r/week"),
        ]),
        "screen",
        pick([
          () =>
            s`${int(8, 10)}:00 Sprint planning\n${int(11, 13)}:30 Release ${v.lookalike.semver()} go/no-go\n${int(14, 17)}:00 Focus time`,
          () =>
            s`Company holiday - ${pick(["Boxing Day", "Tag der Deutschen Einheit", "Fête nationale", "Día de la Hispanidad"])}`,
          () =>
            s`Room Turing booked ${int(8, 11)}:00–${int(12, 17)}:30 · Room Curie free · Room Hopper: projector broken`,
          () => s`Wöchentliches Team-Meeting, ${clock()} Uhr, Raum ${int(1, 4)}.${int(10, 40)}`,
        ])(),
      ),
    ),
    neg("notifications", () =>
      draft(
        mailbox(pick(["Your weekly digest", "Build failed", "Invoice available", "Security alert"])),
        "screen",
        pick([
          () =>
            s`[orsova/ledger] Run failed: CI - main (${v.lookalike.shortSha()})\nView workflow run: https://github.com/orsova/ledger/actions/runs/${v.digits(11)}`,
          () =>
            s`Your ${pick(["AWS", "Google Workspace", "Atlassian"])} invoice ${v.lookalike.order()} for ${month("en")} is available. Amount due: ${int(100, 9000)}.${v.pad2(int(0, 99))} USD.`,
          () =>
            s`You have ${int(2, 40)} new notifications in Jira. ${v.lookalike.ticket()} was moved to Done.`,
          () =>
            s`This message was sent from a notification-only address that cannot accept incoming email. Please do not reply.`,
          () => s`Your password was changed. If this wasn't you, reset it now and review recent activity.`,
          () =>
            s`Meeting moved: Quarterly business review, ${when("en")} ${clock()}–${clock()} (CET), Room Ada Lovelace / Teams`,
        ])(),
      ),
    ),
    neg("newsletters", () =>
      draft(
        mailbox(pick(["Newsletter", "Company update", "Office news"])),
        "screen",
        pick([
          () =>
            s`This week in Orsova: the Madrid office moves to the fourth floor, the Berlin team won the hackathon, and the cafeteria menu changes on Monday.`,
          () =>
            s`Webinar: "Zero trust in ${int(2026, 2027)}" on ${when("en")}, ${clock()} CET. Register before seats run out.`,
          () =>
            s`Reminder: health and safety training is mandatory for all warehouse staff by ${when("en")}.`,
          () => s`Q${int(1, 4)} all-hands recording is on the intranet; slides under /comms/all-hands.`,
        ])(),
      ),
    ),
  ],
};

export const fifteenthFamilies: readonly Family[] = [
  engineering,
  workTalk,
  support,
  finance,
  people,
  health,
  sales,
  personal,
  forms,
  prompts,
  signIn,
  travel,
  legal,
  email,
];

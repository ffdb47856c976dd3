import type { Topic, ValueKind } from "../items.ts";
import type { Channel, Composed, Draft, Family, Place, Template } from "../templates.ts";
import * as v from "./values.ts";

/**
 * The sixteenth evaluation corpus, written in round fifteen by someone who
 * read neither the detectors nor any earlier corpus beyond the fifteenth's
 * labelling header. Fourteen families of office telemetry, each with about a
 * quarter hard negatives, in the offices' languages; every person, place and
 * identifier comes from ./values.ts, made up, with real check digits verified
 * outside the repository, and every secret is drawn at run time from the
 * corpus's own random source (PCG-XSH-RR 32 seeded through triple32).
 *
 * Labelling calls (beside the fifteenth's, which this corpus keeps):
 * - A `KEY=value` line of an .env file, an .npmrc `_authToken`, a .pgpass
 *   line's last field, a kube Secret's base64 value: the value alone is the
 *   secret, never the key's name.
 * - A password spoken in prose ("the wifi password is …", "el pin es …") is
 *   a secret when it unlocks an account, a device or a network; a door code
 *   for the office is one too (it unlocks something), a locker number is not.
 * - A one-time code is a secret when the text says what it is for; the same
 *   six digits in a sentence about an order or a ticket are nothing.
 * - An e-mail's display name ("Jannik Brandtner <j.brandtner@…>") is a name
 *   label and the address beside it an email label, two labels.
 * - A person's name in a URL path or query (a CRM contact slug such as
 *   /contacts/femke-de-groot, ?name=Mateusz+Nowicki) is labelled name.
 * - A street address in a travel booking (hotel, pick-up point) is an
 *   address when a person is being sent there or lives there; a hotel's
 *   name alone, a terminal or a station is not.
 * - A phone number of a company's switchboard in a signature is phone; a
 *   hotline printed on a public website read in a browser is phone too (the
 *   detector cannot tell), but a support ticket number, an extension alone
 *   ("ext. 4471") and a fax-like order id are nothing.
 * - A doctor's appointment, a prescription, a diagnosis or a sick day with
 *   a reason is health; "out sick" with no reason in work chat is hr only
 *   when it is a record of absence in an HR system, and nothing in chat.
 * - A salary, bonus or rating of a named person is hr; a pay band table for
 *   a role, a payroll run's job name or a headcount figure is not.
 * - Prompts to an AI assistant are the prompt topic always (the product's
 *   rule); a prompt that also carries a person's health or HR matters keeps
 *   those topics as well, and its identifiers are labelled.
 * - Version strings, build numbers, commit hashes, container digests, UUIDs,
 *   order and tracking numbers, invoice numbers, SKU codes and Jira keys are
 *   nothing, however long their digits run.
 * - A card number masked but for its last four, an IBAN cut to its country
 *   and last four ("DE89 •••• 0130"), a placeholder IBAN with x's are
 *   nothing.
 * - A national id typed into an HR or onboarding form is national-id only;
 *   a passport's MRZ second line is one passport label over the whole line
 *   and its first line one name label over the whole line.
 * - Six digits typed on a page titled for two-step verification are a
 *   secret: the window says what they unlock, even though the keys alone
 *   do not.
 * - An e-mail address URL-encoded in a query (name%40example.com) is one
 *   email label over the encoded form.
 * - A card number or an IBAN sent to a partner or a friend in a personal
 *   messenger is labelled and the chat is the prompt topic as well.
 * - A sudo or VPN password prompt is a password field like a browser's.
 */

// ---------------------------------------------------------------- composing

interface Lab {
  kind: ValueKind;
  value: string;
}
type Bit = string | number | Composed | Lab;

const isComposed = (bit: Bit): bit is Composed => typeof bit === "object" && "text" in bit;

/** Tagged template keeping labelled values' offsets exact; pieces may be composed already. */
function s(strings: TemplateStringsArray, ...bits: Bit[]): Composed {
  let text = "";
  const labels: Composed["labels"] = [];
  strings.forEach((literal, index) => {
    text += literal;
    if (index >= bits.length) return;
    const bit = bits[index] as Bit;
    if (typeof bit === "string" || typeof bit === "number") text += String(bit);
    else if (isComposed(bit)) {
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

const lab = (kind: ValueKind, value: string): Lab => ({ kind, value });
const name = (value: string): Lab => lab("name", value);
const secret = (value: string): Lab => lab("secret", value);
const email = (value: string): Lab => lab("email", value);
const phoneL = (value: string): Lab => lab("phone", value);
const addr = (value: string): Lab => lab("address", value);
const plain = (text: string): Composed => ({ text, labels: [] });
const draft = (place: Place, channel: Channel, body: Composed, topics: Topic[] = []): Draft => ({
  place,
  channel,
  body,
  ...(topics.length > 0 ? { topics } : {}),
});
const tpl = (name: string, make: () => Draft, negative = false): Template => ({ name, make, negative });
const neg = (name: string, make: () => Draft): Template => tpl(name, make, true);

// ---------------------------------------------------------------- places

const browserApps = ["Google Chrome", "Microsoft Edge", "Firefox", "Safari", "Brave"];
const browser = (title: string, url?: string): Place => ({
  app: v.pick(browserApps),
  title: `${title} - ${v.pick(["Google Chrome", "Work", "Profile 1", "Mozilla Firefox"])}`,
  ...(url === undefined ? {} : { url }),
});
const chatApps = ["Slack", "Microsoft Teams", "Google Chat", "Mattermost"];
const workChat = (
  channel = v.pick([
    "#eng-platform",
    "#support-tier2",
    "#finance-ops",
    "#general",
    "#people-team",
    "#sales-emea",
    "#random",
    "#incident-4471",
  ]),
): Place => {
  const app = v.pick(chatApps);
  return { app, title: app === "Slack" ? `${channel} - Northwind Labs - Slack` : `${channel} | ${app}` };
};
const dm = (who: string): Place => {
  const app = v.pick(chatApps);
  return { app, title: app === "Slack" ? `${who} (DM) - Slack` : `Chat | ${who} | ${app}` };
};
const messengers = ["WhatsApp", "Signal", "Telegram", "Messenger", "iMessage"];
const messenger = (who: string): Place => {
  const app = v.pick(messengers);
  return { app, title: app === "WhatsApp" ? `WhatsApp - ${who}` : who };
};
const mailApp = (subject: string): Place =>
  v.pick([
    { app: "Microsoft Outlook", title: `${subject} - Message (HTML)` },
    { app: "Mail", title: subject },
    {
      app: "Google Chrome",
      title: `${subject} - ${v.lower(6)}@northwind-labs.com - Gmail`,
      url: "https://mail.google.com/mail/u/0/#inbox",
    },
    { app: "Thunderbird", title: `${subject} - Mozilla Thunderbird` },
  ]);
const terminal = (): Place =>
  v.pick([
    {
      app: "iTerm2",
      title: `${v.pick(["zsh", "bash", "ssh"])} — ${v.pick(["~/src/ledger-api", "~/work/infra", "deploy@bastion", "~/code/web"])}`,
    },
    { app: "Windows Terminal", title: "PowerShell" },
    { app: "Terminal", title: `${v.lower(5)} — -zsh — 120×34` },
    { app: "Alacritty", title: "Alacritty" },
  ]);
const ide = (file: string): Place =>
  v.pick([
    {
      app: "Visual Studio Code",
      title: `${file} — ${v.pick(["ledger-api", "infra", "web-portal", "data-pipes"])}`,
    },
    { app: "IntelliJ IDEA", title: `${v.pick(["billing-core", "auth-service"])} – ${file}` },
    { app: "Cursor", title: `${file} - ${v.pick(["mobile-app", "etl"])} - Cursor` },
  ]);
const assistant = (): Place =>
  v.pick([
    { app: "ChatGPT", title: "ChatGPT", url: "https://chatgpt.com/" },
    { app: "Claude", title: "Claude", url: "https://claude.ai/new" },
    { app: "Google Chrome", title: "Gemini", url: "https://gemini.google.com/app" },
  ]);
const editorDoc = (title: string): Place =>
  v.pick([
    { app: "Microsoft Word", title: `${title}.docx - Word` },
    {
      app: "Google Chrome",
      title: `${title} - Google Docs`,
      url: `https://docs.google.com/document/d/${v.alnum(44)}/edit`,
    },
    { app: "Notion", title },
    { app: "Pages", title: `${title}.pages` },
  ]);
const sheet = (title: string): Place =>
  v.pick([
    { app: "Microsoft Excel", title: `${title}.xlsx - Excel` },
    {
      app: "Google Chrome",
      title: `${title} - Google Sheets`,
      url: `https://docs.google.com/spreadsheets/d/${v.alnum(44)}/edit#gid=0`,
    },
    { app: "Numbers", title: `${title}.numbers` },
  ]);

/** Language-keyed phrasing: picks one of the forms for the given language, English when it has none. */
function say(language: v.Lang, forms: Partial<Record<v.Lang, readonly string[]>>): string {
  return v.pick(forms[language] ?? forms.en ?? [""]);
}
const countryFor = (language: v.Lang): v.Country =>
  language === "en" ? v.pick<v.Country>(["US", "US", "GB"]) : v.countryOf[language];
const date = (): string =>
  v.pick([
    `${v.pad(v.int(1, 28), 2)}.${v.pad(v.int(1, 12), 2)}.2026`,
    `2026-${v.pad(v.int(1, 12), 2)}-${v.pad(v.int(1, 28), 2)}`,
    `${v.int(1, 28)} ${v.pick(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Sep", "Oct", "Nov"])} 2026`,
  ]);
const time = (): string => `${v.int(7, 18)}:${v.pick(["00", "15", "30", "45"])}`;
const amount = (): string =>
  v.pick([
    `€${v.int(80, 9800)}.${v.pad(v.int(0, 99), 2)}`,
    `$${v.int(40, 12000).toLocaleString("en-US")}`,
    `£${v.int(20, 4000)}`,
    `${v.int(100, 9000)},${v.pad(v.int(0, 99), 2)} €`,
  ]);
const semver = (): string => `${v.int(0, 14)}.${v.int(0, 40)}.${v.int(0, 30)}`;
const sha = (n = 40): string => v.hex(n);
const jira = (): string => `${v.pick(["PLAT", "BILL", "SUP", "WEB", "DATA", "SEC"])}-${v.int(100, 9999)}`;
const uuid = (): string =>
  `${v.hex(8)}-${v.hex(4)}-4${v.hex(3)}-${v.pick(["8", "9", "a", "b"])}${v.hex(3)}-${v.hex(12)}`;

// ---------------------------------------------------------------- 1. engineering: terminal, IDE, config

const engineering: Family = {
  name: "engineering",
  count: 300,
  templates: [
    tpl("env-file", () => {
      const db = v.password();
      return draft(
        ide(".env.local"),
        v.pick<Channel>(["screen", "clipboard"]),
        s`# local dev, do not commit\nNODE_ENV=development\nPORT=${v.int(3000, 8090)}\nDATABASE_URL=postgres://app:${secret(db)}@localhost:5432/ledger\nSTRIPE_SECRET_KEY=${secret(v.secrets.stripeLive())}\nSENTRY_ENVIRONMENT=dev\nLOG_LEVEL=debug`,
      );
    }),
    tpl("npmrc", () =>
      draft(
        ide(".npmrc"),
        "screen",
        s`@northwind:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${secret(v.pick([v.secrets.githubPat(), v.secrets.npm()]))}\nalways-auth=true`,
      ),
    ),
    tpl("pgpass", () =>
      draft(
        terminal(),
        "screen",
        s`$ cat ~/.pgpass\n${v.privateIp()}:5432:reporting:analyst:${secret(v.password())}\nlocalhost:5432:*:postgres:${secret(v.password())}`,
      ),
    ),
    tpl("kube-secret", () =>
      draft(
        ide("secret.yaml"),
        "screen",
        s`apiVersion: v1\nkind: Secret\nmetadata:\n  name: billing-db\n  namespace: ${v.pick(["prod", "staging", "billing"])}\ntype: Opaque\ndata:\n  username: YmlsbGluZw==\n  password: ${secret(v.secrets.k8sData())}`,
      ),
    ),
    tpl("curl-bearer", () =>
      draft(
        terminal(),
        v.pick<Channel>(["typed", "clipboard"]),
        s`curl -s -H "Authorization: Bearer ${secret(v.pick([v.secrets.openai(), v.secrets.hubspot(), v.secrets.digitalocean(), v.secrets.jwt()]))}" https://api.${v.pick(["northwind-labs.com", "hubapi.com", "digitalocean.com"])}/v2/${v.pick(["accounts", "droplets", "contacts?limit=50"])} | jq .`,
      ),
    ),
    tpl("export-token", () => {
      const [varName, token] = v.pick<[string, () => string]>([
        ["GITHUB_TOKEN", v.secrets.githubFine],
        ["GITLAB_TOKEN", v.secrets.gitlab],
        ["ANTHROPIC_API_KEY", v.secrets.anthropic],
        ["SENDGRID_API_KEY", v.secrets.sendgrid],
        ["SLACK_BOT_TOKEN", v.secrets.slackBot],
        ["TWILIO_API_KEY", v.secrets.twilio],
        ["PYPI_TOKEN", v.secrets.pypi],
      ]);
      return draft(terminal(), v.pick<Channel>(["keys", "typed"]), s`export ${varName}=${secret(token())}`);
    }),
    tpl("aws-credentials", () =>
      draft(
        terminal(),
        "screen",
        s`[default]\naws_access_key_id = ${secret(v.secrets.awsKeyId())}\naws_secret_access_key = ${secret(v.secrets.awsSecret())}\nregion = eu-central-1`,
      ),
    ),
    tpl("mysql-cli", () =>
      draft(
        terminal(),
        "keys",
        s`mysql -h ${lab("ip", v.privateIp())} -u report_ro -p${secret(v.password())} warehouse`,
      ),
    ),
    tpl("ssh-host", () =>
      draft(
        terminal(),
        v.pick<Channel>(["keys", "screen"]),
        s`ssh -i ~/.ssh/id_ed25519 deploy@${lab("ip", v.pick([v.publicIp(), v.privateIp()]))} -p 2222`,
      ),
    ),
    tpl("docker-login", () =>
      draft(
        terminal(),
        "typed",
        s`echo ${secret(v.secrets.githubPat())} | docker login ghcr.io -u ${v.pick(["ci-bot", "svc-deploy", "build"])} --password-stdin`,
      ),
    ),
    tpl("git-remote-token", () =>
      draft(
        terminal(),
        "screen",
        s`$ git remote -v\norigin\thttps://oauth2:${secret(v.secrets.gitlab())}@gitlab.${v.pick(["northwind-labs.com", "corvid.io"])}/platform/ledger-api.git (fetch)`,
      ),
    ),
    tpl("appsettings-json", () =>
      draft(
        ide("appsettings.Production.json"),
        "screen",
        s`{\n  "ConnectionStrings": {\n    "Main": "Server=tcp:${v.pick(["sql-prod-weu", "nw-ledger"])}.database.windows.net,1433;Database=ledger;User ID=ledger_app;Password=${secret(v.password())};Encrypt=True;"\n  },\n  "Logging": { "LogLevel": { "Default": "Warning" } }\n}`,
      ),
    ),
    tpl("git-log-author", () => {
      const p = v.person();
      return draft(
        terminal(),
        "screen",
        s`commit ${sha()}\nAuthor: ${name(p.full)} <${email(p.email)}>\nDate:   ${v.pick(["Tue", "Wed", "Thu"])} Dec ${v.int(1, 8)} ${time()}:${v.pad(v.int(0, 59), 2)} 2026 +0100\n\n    ${v.pick(["fix: retry webhook on 502", "chore: bump pg to 8.13", "feat(billing): prorate seat changes"])}`,
      );
    }),
    tpl("codeowners-blame", () => {
      const p = v.person();
      return draft(
        ide("CODEOWNERS"),
        "screen",
        s`# payments\n/src/billing/  @${p.first.toLowerCase()}-${v.lower(3)}  # ${name(p.full)}, ask before touching proration`,
      );
    }),
    tpl("sudo-password", () =>
      draft({ app: "Terminal", title: "sudo — 80×24" }, "password", s`${secret(v.password())}`),
    ),
    tpl("nginx-access-log", () =>
      draft(
        terminal(),
        "screen",
        s`${lab("ip", v.publicIp())} - - [0${v.int(1, 8)}/Dec/2026:${time()}:${v.pad(v.int(0, 59), 2)} +0000] "POST /api/v2/login HTTP/1.1" 401 ${v.int(40, 900)} "-" "Mozilla/5.0"\n${lab("ip", v.ipv6())} - - [0${v.int(1, 8)}/Dec/2026:${time()}:${v.pad(v.int(0, 59), 2)} +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.31"`,
      ),
    ),
    neg("four-part-versions", () =>
      draft(
        ide("ua-parser.test.ts"),
        "screen",
        plain(
          `expect(parse("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/${v.int(120, 134)}.0.${v.int(6000, 6999)}.${v.int(10, 200)} Safari/537.36").os).toBe("Windows 10.0.19045.${v.int(3000, 5999)}");\n// OID 1.3.6.1.4.1.311.${v.int(10, 99)}.${v.int(1, 9)} — build 24.${v.int(1, 12)}.${v.int(1, 28)}.${v.int(1000, 9999)}`,
        ),
      ),
    ),
    neg("version-bump", () =>
      draft(
        terminal(),
        "screen",
        plain(
          `$ npm version minor\nv${semver()}\n$ git push --follow-tags\nEnumerating objects: ${v.int(5, 90)}, done.\nTo github.com:northwind/ledger-api.git\n   ${sha(7)}..${sha(7)}  main -> main\n * [new tag]         v${semver()} -> v${semver()}`,
        ),
      ),
    ),
    neg("docker-digest", () =>
      draft(
        terminal(),
        "screen",
        plain(
          `${v.pick(["ledger-api", "web", "worker"])}: digest: sha256:${sha(64)} size: ${v.int(1200, 4000)}\nStatus: Downloaded newer image for node:${v.pick(["20", "22"])}.${v.int(1, 12)}.${v.int(0, 9)}-alpine`,
        ),
      ),
    ),
    neg("example-env", () =>
      draft(
        ide(".env.example"),
        "screen",
        plain(
          `DATABASE_URL=postgres://user:password@localhost:5432/app\nSTRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx\nAWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nOPENAI_API_KEY=<your-key-here>\nJWT_SECRET=\${JWT_SECRET}`,
        ),
      ),
    ),
    neg("k8s-health", () =>
      draft(
        terminal(),
        "screen",
        plain(
          `NAME                          READY   STATUS             RESTARTS   AGE\nledger-api-${v.hex(10)}-${v.lower(5)}   0/1     CrashLoopBackOff   ${v.int(3, 40)}         ${v.int(2, 50)}m\n# liveness probe failed: HTTP probe failed with statuscode: 503 — kill the pod, the replica will be promoted`,
        ),
      ),
    ),
    neg("loopback-docs-ip", () =>
      draft(
        terminal(),
        v.pick<Channel>(["keys", "typed"]),
        plain(
          v.pick([
            `curl -v http://127.0.0.1:${v.int(3000, 9000)}/healthz`,
            `ping -c 3 192.0.2.${v.int(1, 254)}`,
            "docker run -p 0.0.0.0:8080:80 nginx:1.27.3",
            `kubectl port-forward svc/grafana 3000:80 --address ::1`,
          ]),
        ),
      ),
    ),
    neg("stack-trace", () =>
      draft(
        ide("app.log"),
        "screen",
        plain(
          `ERROR ${uuid()} TimeoutError: Knex: Timeout acquiring a connection. The pool is probably full.\n    at Client_PG.acquireConnection (node_modules/knex/lib/client.js:${v.int(200, 400)}:26)\n    at processTicksAndRejections (node:internal/process/task_queues:95:5)\n  build=${v.int(20000, 99999)} commit=${sha(12)}`,
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- 2. support desk

const helpdesk = (subject: string): Place =>
  v.pick([
    {
      app: "Google Chrome",
      title: `${subject} – Zendesk`,
      url: `https://northwind.zendesk.com/agent/tickets/${v.int(40000, 99999)}`,
    },
    {
      app: "Microsoft Edge",
      title: `${subject} - Freshdesk`,
      url: `https://corvid.freshdesk.com/a/tickets/${v.int(1000, 30000)}`,
    },
    { app: "Firefox", title: `${subject} | Help Scout` },
  ]);

const support: Family = {
  name: "support-desk",
  count: 220,
  templates: [
    tpl("ticket-reply-signature", () => {
      const customer = v.person();
      const agent = v.person("en");
      const c = countryFor(customer.lang);
      return draft(
        helpdesk("Re: invoice address"),
        "typed",
        s`Hi ${name(customer.first)},\n\nthanks for getting back to us. I've updated the billing address on your account to:\n${addr(v.address(c, true))}\n\nThe corrected invoice will go out tonight.\n\nBest,\n${name(agent.full)}\nCustomer Support | Northwind Labs\n${phoneL(v.phone("GB", true))}`,
      );
    }),
    tpl("ticket-de", () => {
      const customer = v.person("de");
      return draft(
        helpdesk("Rückruf erbeten"),
        "typed",
        s`Hallo Frau ${name(customer.last)}, wie telefonisch besprochen rufe ich Sie morgen zwischen 10 und 12 Uhr unter ${phoneL(v.phone("DE"))} zurück. Ihre Lieferadresse (${addr(v.address("DE"))}) habe ich im Ticket hinterlegt. Viele Grüße`,
      );
    }),
    tpl("ticket-fr", () => {
      const customer = v.person("fr");
      return draft(
        helpdesk("Demande de remboursement"),
        "typed",
        s`Bonjour ${name(customer.full)}, nous avons bien reçu votre demande. Le remboursement sera versé sur le compte ${lab("iban", v.iban("FR"))} sous 5 à 7 jours ouvrés. Cordialement, le service client`,
      );
    }),
    tpl("ticket-es", () => {
      const customer = v.person("es");
      return draft(
        helpdesk("Cambio de titular"),
        "screen",
        s`Cliente: ${name(customer.full)}\nDNI/NIE: ${lab("national-id", v.nationalId("ES"))}\nTeléfono: ${phoneL(v.phone("ES"))}\nCorreo: ${email(customer.email)}\nMotivo: cambio de titular del contrato`,
      );
    }),
    tpl("customer-card-paste", () => {
      const customer = v.person();
      const cardValue = v.card();
      return draft(
        helpdesk("Payment failed"),
        "screen",
        s`${name(customer.full)} wrote:\n> hi, my payment keeps failing, here is my card ${lab("card", cardValue.number)} exp ${v.pad(v.int(1, 12), 2)}/${v.int(27, 31)} can you just charge it manually??`,
      );
    }),
    tpl("call-notes", () => {
      const customer = v.person();
      return draft(
        helpdesk("Call notes"),
        v.pick<Channel>(["typed", "keys"]),
        s`called back ${name(customer.first.toLowerCase())} on ${phoneL(v.phone(countryFor(customer.lang)))}, no answer, left vm`,
      );
    }),
    tpl("crm-lookup-url", () => {
      const customer = v.person();
      return draft(
        browser("Customer search"),
        "url",
        s`https://northwind.zendesk.com/agent/search/1?q=${email(customer.email.replace("@", "%40"))}&type=user`,
      );
    }),
    tpl("ticket-nl", () => {
      const customer = v.person("nl");
      return draft(
        helpdesk("Terugbelverzoek"),
        "typed",
        s`Beste ${name(customer.full)}, ik heb geprobeerd u te bellen op ${phoneL(v.phone("NL"))}. Wilt u ons laten weten wanneer u bereikbaar bent? Met vriendelijke groet, Klantenservice`,
      );
    }),
    tpl("ticket-pt", () => {
      const customer = v.person("pt");
      return draft(
        helpdesk("Alteração de morada"),
        "typed",
        s`Olá ${name(customer.first)}, a sua nova morada de faturação ficou registada: ${addr(v.address("ES"))}. Qualquer dúvida, responda a este e-mail. Obrigado!`,
      );
    }),
    neg("tracking-number", () =>
      draft(
        helpdesk("Where is my order"),
        "typed",
        plain(
          v.pick([
            `Your parcel left our warehouse on ${date()}. DHL tracking: JD0146${v.digits(12)}, order #${v.int(100000, 999999)}. It usually takes 2-3 working days.`,
            `UPS 1Z${v.upperAlnum(6)}${v.digits(10)} – delivered to the parcel locker, ticket ${v.int(40000, 99999)} can be closed.`,
            `Ihre Bestellung ${v.int(3000000, 3999999)} wurde am ${date()} versandt, Sendungsnummer 00340434${v.digits(12)}.`,
          ]),
        ),
      ),
    ),
    neg("request-ids", () =>
      draft(
        helpdesk("Internal note"),
        "typed",
        plain(
          `${v.pick(["Checked logs:", "Logs geprüft:", "Vérifié les logs :", "Revisado:"])} request_id=${uuid()} ts=${v.int(1760000000, 1799999999)}${v.digits(3)} status=502 upstream=billing-${v.int(1, 9)} retry_after=${v.int(1, 60)}s. ${v.pick(["Escalated to L2.", "An L2 eskaliert.", "Escaladé en N2.", "Escalado a N2."])}`,
        ),
      ),
    ),
    neg("macro-placeholders", () =>
      draft(
        helpdesk("Macro: address change"),
        "screen",
        plain(
          "Hi {{ticket.requester.first_name}},\n\nwe've updated your address to {{ticket.custom_field_360011}}. If anything looks wrong, reply to this e-mail or call us on the number in your contract.\n\n{{current_user.signature}}",
        ),
      ),
    ),
    neg("sla-dashboard", () =>
      draft(
        helpdesk("Views"),
        "screen",
        plain(
          `Unassigned ${v.int(3, 80)} · Pending ${v.int(10, 200)} · Breached SLA ${v.int(0, 9)}\nAvg first reply 2h ${v.int(1, 59)}m · CSAT ${v.int(80, 98)}.${v.int(0, 9)}% · Tickets solved this week ${v.int(300, 1500)}`,
        ),
      ),
    ),
    neg("masked-card", () =>
      draft(
        helpdesk("Billing"),
        "screen",
        plain(
          `Payment method: ${v.pick(["Visa", "Mastercard", "Amex"])} •••• ${v.digits(4)} (expires ${v.pad(v.int(1, 12), 2)}/${v.int(27, 31)}) · Last charge ${amount()} on ${date()} · Invoice INV-2026-${v.pad(v.int(1, 9999), 5)}`,
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- 3. finance

const finance: Family = {
  name: "finance",
  count: 240,
  templates: [
    tpl("supplier-bank-change-mail", () => {
      const p = v.person(v.pick<v.Lang>(["en", "de", "nl", "fr"]));
      const ibanValue = v.iban(v.pick(["DE", "NL", "FR", "BE", "GB", "IE"]));
      return draft(
        mailApp("Updated bank details"),
        "screen",
        s`Dear accounts payable team,\n\nplease note our new bank details from 1 January:\nAccount holder: Brightfold GmbH\nIBAN: ${lab("iban", ibanValue)}\nBIC: ${v.pick(["COBADEFFXXX", "INGBNL2A", "BNPAFRPP", "AIBKIE2D"])}\n\nKind regards,\n${name(p.full)}\nFinance, Brightfold GmbH`,
      );
    }),
    tpl("us-ach-form", () => {
      const p = v.person("en");
      return draft(
        browser("Direct deposit – Gusto", "https://app.gusto.com/employee/direct_deposit"),
        "screen",
        s`Account holder: ${name(p.full)}\nBank: ${v.pick(["Chase", "Wells Fargo", "Ally Bank", "US Bank"])}\nRouting number: ${lab("routing-number", v.routing())}\nAccount number: ${lab("bank-account", v.usAccount())}\nAccount type: Checking`,
      );
    }),
    tpl("uk-payee", () => {
      const p = v.person("en");
      return draft(
        sheet("Supplier payments Dec"),
        v.pick<Channel>(["typed", "clipboard"]),
        s`${name(p.full)}\t${lab("routing-number", v.sortCode())}\t${lab("bank-account", v.ukAccount())}\t${amount()}\tExpenses Nov`,
      );
    }),
    tpl("sepa-batch-row", () => {
      const p = v.person(v.pick<v.Lang>(["de", "es", "it", "pl", "pt", "sv"]));
      return draft(
        sheet("SEPA Sammelüberweisung"),
        "clipboard",
        s`${name(p.full)};${lab("iban", v.iban())};${v.int(200, 4000)},${v.pad(v.int(0, 99), 2)};Reisekosten ${v.pick(["Okt", "Nov", "Dez"])} 2026`,
      );
    }),
    tpl("corporate-card-chat", () => {
      const cardValue = v.card();
      return draft(
        dm(v.person().full),
        "typed",
        s`${v.pick(["can you book it on the team card?", "use this one for the AWS invoice:", "card for the offsite deposit ->", "nimm die Firmenkarte:"])} ${lab("card", cardValue.number)}${v.pick([" exp 09/28", "", " (cvc I'll tell you by phone)"])}`,
      );
    }),
    tpl("checkout-card", () =>
      draft(
        browser("Checkout", "https://checkout.stripe.com/c/pay/cs_live_"),
        "keys",
        s`${lab("card", v.card().number)}`,
      ),
    ),
    tpl("iban-prose-es", () => {
      const p = v.person("es");
      return draft(
        mailApp("Factura pendiente"),
        "typed",
        s`Hola ${name(p.first)}, te paso la cuenta para la transferencia: ${lab("iban", v.iban("ES"))}. El concepto: factura ${v.int(100, 999)}/2026. Gracias!`,
      );
    }),
    tpl("iban-prose-it", () => {
      const p = v.person("it");
      return draft(
        mailApp("Coordinate bancarie"),
        "typed",
        s`Buongiorno, vi inoltro le coordinate bancarie di ${name(p.full)} per il rimborso spese: IBAN ${lab("iban", v.iban("IT"))}. Grazie mille`,
      );
    }),
    tpl("expense-approval-pl", () => {
      const p = v.person("pl");
      return draft(
        mailApp("Zwrot kosztów"),
        "typed",
        s`Proszę o przelew zwrotu kosztów dla ${name(p.full)} na konto ${lab("iban", v.iban("PL"))}, kwota ${v.int(100, 3000)},00 zł.`,
      );
    }),
    neg("invoice-local", () =>
      draft(
        mailApp(v.pick(["Rechnung", "Facture", "Factura", "Fattura", "Factuur"])),
        "typed",
        plain(
          v.pick([
            `Anbei die Rechnung Nr. ${v.int(2026000, 2026999)} über ${v.int(100, 9000)},${v.pad(v.int(0, 99), 2)} EUR, zahlbar innerhalb von 14 Tagen ohne Abzug.`,
            `Veuillez trouver ci-joint la facture n° F-${v.digits(6)} d'un montant de ${v.int(100, 9000)},${v.pad(v.int(0, 99), 2)} € TTC, échéance à 30 jours.`,
            `Adjuntamos la factura ${v.int(1, 9)}/${v.digits(5)} por importe de ${v.int(100, 9000)},${v.pad(v.int(0, 99), 2)} €, vencimiento a 60 días.`,
            `In allegato la fattura n. ${v.int(100, 999)}/2026, importo ${v.int(100, 9000)},${v.pad(v.int(0, 99), 2)} €, pagamento a 30 gg d.f.f.m.`,
            `In de bijlage vindt u factuur ${v.int(20260000, 20269999)} van € ${v.int(100, 9000)},${v.pad(v.int(0, 99), 2)}, te betalen binnen 30 dagen.`,
          ]),
        ),
      ),
    ),
    neg("invoice-summary", () =>
      draft(
        sheet("AP aging"),
        "screen",
        plain(
          `Invoice\tVendor\tDue\tAmount\nINV-${v.digits(8)}\tAtlassian\t${date()}\t${amount()}\nINV-${v.digits(8)}\tDatadog\t${date()}\t${amount()}\nPO ${v.int(4500000000, 4599999999)}\tDell Technologies\t${date()}\t${amount()}`,
        ),
      ),
    ),
    neg("masked-iban", () =>
      draft(
        browser("Online Banking"),
        "screen",
        plain(
          `Girokonto DE${v.digits(2)} •••• •••• •••• ${v.digits(2)}${v.digits(2)} · Kontostand ${v.int(1000, 90000)},${v.pad(v.int(0, 99), 2)} EUR · Umsätze der letzten 30 Tage`,
        ),
      ),
    ),
    neg("placeholder-iban", () =>
      draft(
        editorDoc("Payment instructions template"),
        "screen",
        plain(
          "Please transfer the amount to IBAN XX00 0000 0000 0000 0000 00 quoting your customer number. Routing number: 000000000 (US customers only, see the template notes).",
        ),
      ),
    ),
    neg("vat-register", () =>
      draft(
        editorDoc("Vendor master data"),
        "screen",
        plain(
          `Brightfold GmbH · HRB ${v.int(100000, 299999)} B · USt-IdNr. DE${v.digits(9)} · SIREN ${v.digits(9)} (Atelier Rive SAS) · KvK ${v.digits(8)} · Cost centre 4${v.digits(3)}`,
        ),
      ),
    ),
    neg("fx-rates", () =>
      draft(
        workChat("#finance-ops"),
        "typed",
        plain(
          `month-end close: EUR/USD ${v.int(1, 1)}.${v.digits(4)}, GBP/EUR 1.${v.digits(4)}, journal JE-${v.int(20000, 99999)} posted, variance ${v.int(1, 900)}.${v.digits(2)} on account 6${v.digits(3)}`,
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- 4. HR system

const hrTool = (title: string): Place =>
  v.pick([
    {
      app: "Google Chrome",
      title: `${title} | Personio`,
      url: `https://northwind.personio.de/staff/details/${v.int(1000000, 9999999)}`,
    },
    {
      app: "Microsoft Edge",
      title: `${title} - Workday`,
      url: "https://wd3.myworkday.com/northwind/d/task/2997$1234.htmld",
    },
    {
      app: "Firefox",
      title: `${title} – BambooHR`,
      url: `https://northwind.bamboohr.com/employees/employee.php?id=${v.int(100, 999)}`,
    },
  ]);

const hr: Family = {
  name: "hr-system",
  count: 230,
  templates: [
    tpl("comp-change", () => {
      const p = v.person();
      const cur = v.pick(["€", "$", "£"]);
      const base = v.int(48, 140);
      return draft(
        hrTool("Compensation"),
        "screen",
        s`Employee: ${name(p.full)}\nCurrent base: ${cur}${base},000\nProposed base: ${cur}${base + v.int(3, 15)},000\nReason: promotion to Senior Engineer, effective ${date()}`,
        ["hr"],
      );
    }),
    tpl("pip-doc", () => {
      const p = v.person();
      const m = v.person();
      return draft(
        editorDoc(`PIP - ${p.first} ${p.last}`),
        "typed",
        s`Performance Improvement Plan for ${name(p.full)}. Manager: ${name(m.full)}. Over the next 60 days ${name(p.first)} is expected to close tickets within SLA, attend stand-ups, and deliver the Q1 migration. Failure to meet these goals may result in termination of employment.`,
        ["hr"],
      );
    }),
    tpl("review-de", () => {
      const p = v.person("de");
      return draft(
        hrTool("Mitarbeitergespräch"),
        "typed",
        s`Jahresgespräch ${name(p.full)}: Ziele teilweise erreicht, Bewertung "${v.pick(["entspricht den Erwartungen", "unter den Erwartungen", "übertrifft die Erwartungen"])}". Gehaltsanpassung ${v.int(2, 6)} % zum 01.04.`,
        ["hr"],
      );
    }),
    tpl("termination-fr", () => {
      const p = v.person("fr");
      return draft(
        editorDoc(`Rupture conventionnelle ${p.last}`),
        "typed",
        s`Objet : rupture conventionnelle de ${name(p.full)}. Date de fin du contrat : ${date()}. Indemnité spécifique : ${v.int(8, 40)} 000 €. Entretien préalable tenu le ${date()}.`,
        ["hr"],
      );
    }),
    tpl("offer-letter-title", () => {
      const p = v.person();
      return draft(
        { app: "Adobe Acrobat", title: `Offer Letter - ${p.full}.pdf - Adobe Acrobat Reader` },
        "title",
        s`Offer Letter - ${name(p.full)}.pdf - Adobe Acrobat Reader`,
        ["hr"],
      );
    }),
    tpl("offer-letter-es", () => {
      const p = v.person("es");
      return draft(
        editorDoc("Carta oferta"),
        "typed",
        s`Estimada ${name(p.full)}: nos complace ofrecerte el puesto de Analista de Datos con un salario bruto anual de ${v.int(32, 58)}.000 € en 14 pagas, incorporación el ${date()}.`,
        ["hr"],
      );
    }),
    tpl("disability-leave", () => {
      const p = v.person();
      return draft(
        hrTool("Time off"),
        "screen",
        s`${name(p.full)} · Leave type: ${v.pick(["Long-term disability", "Medical leave (FMLA)", "Arbeitsunfähigkeit"])} · from ${date()}, ${v.int(3, 26)} weeks · Note: recovering from ${v.pick(["knee surgery", "a herniated disc operation", "chemotherapy", "a burnout diagnosis"])}, phased return agreed with occupational health`,
        ["hr", "health"],
      );
    }),
    tpl("onboarding-ids", () => {
      const language = v.pick<v.Lang>(["en", "de", "fr", "es", "nl", "pl", "sv", "it"]);
      const p = v.person(language);
      const c = countryFor(language);
      const idLabel: Record<v.Country, string> = {
        US: "SSN",
        GB: "National Insurance no.",
        DE: "Steuer-ID",
        FR: "N° de sécurité sociale",
        ES: "DNI/NIE",
        IT: "Codice fiscale",
        NL: "BSN",
        PL: "PESEL",
        SE: "Personnummer",
      };
      return draft(
        hrTool("Onboarding"),
        "screen",
        s`New hire: ${name(p.full)}\n${idLabel[c]}: ${lab("national-id", v.nationalId(c))}\nHome address: ${addr(v.address(c))}\nEmergency contact: ${name(v.person(language).full)}, ${phoneL(v.phone(c))}`,
      );
    }),
    tpl("salary-slack", () => {
      const p = v.person();
      return draft(
        dm(v.person().full),
        "typed",
        s`${v.pick(["fyi", "heads up", "between us"])} ${name(p.first.toLowerCase())}'s counteroffer came in at ${v.int(95, 150)}k, ${v.pick(["I can match up to", "we can go to", "finance approved"])} ${v.int(100, 155)}k + ${v.int(5, 15)}% bonus`,
        ["hr"],
      );
    }),
    tpl("parental-leave-sv", () => {
      const p = v.person("sv");
      return draft(
        hrTool("Ledighet"),
        "typed",
        s`${name(p.full)} ansöker om föräldraledighet ${v.int(50, 100)} % från ${date()} till ${date()}. Lönen under ledigheten: ${v.int(28, 60)} ${v.digits(3)} kr/mån, godkänd av chef.`,
        ["hr"],
      );
    }),
    tpl("notice-pl", () => {
      const p = v.person("pl");
      return draft(
        editorDoc(`Wypowiedzenie ${p.last}`),
        "typed",
        s`Niniejszym rozwiązuję umowę o pracę z Panem/Panią ${name(p.full)} z zachowaniem ${v.pick(["jednomiesięcznego", "trzymiesięcznego"])} okresu wypowiedzenia. Przyczyna: ${v.pick(["likwidacja stanowiska", "nieusprawiedliwione nieobecności", "niewykonywanie obowiązków"])}.`,
        ["hr"],
      );
    }),
    neg("pay-band-table", () =>
      draft(
        sheet("Engineering levels 2027"),
        "screen",
        plain(
          `Level\tTitle\tBand min\tBand max\nL3\tEngineer\t${v.int(55, 65)}k\t${v.int(70, 80)}k\nL4\tSenior Engineer\t${v.int(75, 85)}k\t${v.int(95, 110)}k\nL5\tStaff Engineer\t${v.int(100, 115)}k\t${v.int(130, 150)}k`,
        ),
      ),
    ),
    neg("payroll-job", () =>
      draft(
        terminal(),
        "screen",
        plain(
          `[payroll-export] job ${uuid()} finished: ${v.int(300, 900)} rows, ${v.int(0, 3)} warnings, duration ${v.int(2, 59)}s — next run ${date()} 02:00 UTC`,
        ),
      ),
    ),
    neg("hr-words-in-tech", () =>
      draft(
        workChat("#eng-platform"),
        "typed",
        plain(
          v.pick([
            "the orphaned workers get killed after 30s and the parent process reaps them, so no zombie children anymore",
            "we promote the read replica to primary at 22:00, then fire the webhook and retire the old instance",
            "performance review of the slow query: seq scan on events, added an index, p95 down to 40ms",
            "Leader election demoted node-3, it's on probation until the health check passes twice",
          ]),
        ),
      ),
    ),
    neg("headcount", () =>
      draft(
        editorDoc("Hiring plan H1"),
        "typed",
        plain(
          `Headcount plan H1: +${v.int(2, 9)} engineering, +${v.int(1, 4)} support, backfill for 1 role in finance. Open reqs: REQ-${v.int(1000, 9999)}, REQ-${v.int(1000, 9999)}. Budget approved in the ${date()} steering meeting.`,
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- 5. health and benefits

const health: Family = {
  name: "health-benefits",
  count: 220,
  templates: [
    tpl("sick-note-mail-de", () => {
      const p = v.person("de");
      return draft(
        mailApp("Krankmeldung"),
        "typed",
        s`Hallo zusammen, ich bin heute und morgen krankgeschrieben (Magen-Darm-Infekt), die AU schicke ich an die Personalabteilung. Termine bitte auf nächste Woche schieben. Gruß ${name(p.first)}`,
        ["health"],
      );
    }),
    tpl("appointment-booking", () => {
      const doctor = v.person();
      return draft(
        browser("Doctolib", "https://www.doctolib.fr/"),
        "screen",
        s`Votre rendez-vous est confirmé\n${v.pick(["Dermatologue", "Cardiologue", "Psychiatre", "Gynécologue"])} – Dr ${name(doctor.full)}\n${date()} à ${time()}\nMotif : ${v.pick(["suivi eczéma", "bilan arythmie", "renouvellement traitement antidépresseur", "contrôle après frottis"])}`,
        ["health"],
      );
    }),
    tpl("pharmacy-chat", () => {
      const p = v.person();
      return draft(
        messenger(p.first),
        "typed",
        plain(
          say(p.lang, {
            en: [
              `can you pick up my ${v.pick(["sertraline", "insulin pens", "inhaler refill", "blood pressure pills"])} from the pharmacy on your way home?`,
            ],
            de: [
              `kannst du mein ${v.pick(["Ibuprofen 600", "Levothyroxin", "Asthmaspray", "Antibiotikum"])} aus der Apotheke mitbringen?`,
            ],
            fr: [
              `tu peux passer à la pharmacie prendre mon ${v.pick(["Doliprane", "traitement pour la thyroïde", "Ventoline"])} ?`,
            ],
            es: [
              `¿me recoges el ${v.pick(["inhalador de salbutamol", "Omeprazol", "tratamiento de la tiroides"])} en la farmacia?`,
            ],
            it: [
              `mi prendi in farmacia ${v.pick(["l'antibiotico", "la pillola", "le gocce per la pressione"])}?`,
            ],
            nl: [
              `kun je mijn ${v.pick(["insuline", "astmapuffer", "antibiotica"])} bij de apotheek ophalen?`,
            ],
          }),
        ),
        ["prompt", "health"],
      );
    }),
    tpl("benefits-claim", () => {
      const p = v.person("en");
      return draft(
        browser("Submit a claim – Cigna", "https://my.cigna.com/web/secure/claims/new"),
        "screen",
        s`Member: ${name(p.full)}\nMember ID: U${v.digits(8)}\nProvider: ${v.pick(["Riverside Physical Therapy", "Lakeview Orthodontics", "Summit Behavioral Health"])}\nDiagnosis: ${v.pick(["lumbar strain", "generalized anxiety disorder", "type 2 diabetes follow-up", "ACL reconstruction rehab"])}\nAmount: ${amount()}`,
        ["health"],
      );
    }),
    tpl("search-symptom", () =>
      draft(
        browser("Google Search", "https://www.google.com/search"),
        v.pick<Channel>(["keys", "typed"]),
        plain(
          v.pick([
            "metformin side effects stomach",
            "ist ein Bandscheibenvorfall mit Physiotherapie heilbar",
            "dolor en el pecho al respirar ansiedad",
            "how long after a colonoscopy can I work",
            "migraine aura vs stroke symptoms",
            "SSRI withdrawal brain zaps how long",
          ]),
        ),
        ["health"],
      ),
    ),
    tpl("occupational-health-hr", () => {
      const p = v.person();
      return draft(
        mailApp("Return to work"),
        "typed",
        s`Hi ${name(v.person().first)}, the occupational health report for ${name(p.full)} recommends reduced hours (${v.int(20, 30)}h/week) for six weeks after the ${v.pick(["hip replacement", "cancer treatment", "cardiac rehab", "depressive episode"])}. Can we update the contract accordingly?`,
        ["health", "hr"],
      );
    }),
    tpl("therapy-calendar", () => {
      const doctor = v.person();
      const body = v.chance(0.5)
        ? s`${v.pick(["Therapie", "Therapy session", "Physio – knee", "Psicóloga"])} – ${date()}`
        : s`${v.pick(["Therapie bei", "Therapy with", "Dermatologist –", "Psychiatre :"])} ${name(doctor.last)} – ${date()}`;
      return draft({ app: "Calendar", title: body.text }, "title", body, ["health"]);
    }),
    tpl("pregnancy-leave-nl", () => {
      const p = v.person("nl");
      return draft(
        dm(p.full),
        "typed",
        s`Hoi ${name(v.person("nl").first)}, ik ben ${v.int(12, 30)} weken zwanger en wil mijn zwangerschapsverlof vanaf ${date()} aanvragen. De verloskundige heeft de verklaring al gestuurd.`,
        ["health", "hr"],
      );
    }),
    tpl("sick-sv-pl-pt", () => {
      const language = v.pick<v.Lang>(["sv", "pl", "pt", "nl", "it"]);
      const p = v.person(language);
      return draft(
        workChat("#team-standup"),
        "typed",
        s`${say(language, {
          sv: ["Hej! Jag är sjuk idag, feber och halsfluss. /"],
          pl: ["Cześć, jestem dziś na L4, zapalenie oskrzeli. Pozdrawiam,"],
          pt: ["Bom dia, hoje estou de baixa, tenho uma infeção urinária. Abraço,"],
          nl: ["Hoi, ik meld me ziek, hernia speelt weer op. Groetjes,"],
          it: ["Ciao, oggi sono in malattia, ho la febbre alta e la bronchite. A domani,"],
        })} ${name(p.first)}`,
        ["health"],
      );
    }),
    neg("figurative-medical", () =>
      draft(
        workChat(),
        "typed",
        plain(
          v.pick([
            "this sprint is a bit of a headache, the API is bleeding requests and the hotfix is just a band-aid",
            "ran the health check on the cluster, heartbeat is fine, the post-mortem is in Confluence",
            "Virenscan läuft, Patch ist nur ein Pflaster, die Diagnose vom Monitoring kommt morgen",
            "la migración es un dolor de cabeza pero el sistema está sano",
            "sanity test passed, the legacy code is terminally ill though 😅",
          ]),
        ),
      ),
    ),
    neg("benefits-policy", () =>
      draft(
        browser("Benefits overview – Intranet"),
        "screen",
        plain(
          `2027 benefits: medical, dental and vision plans open for enrolment from ${date()}. Gym allowance ${amount()} per month. Employee assistance programme available 24/7. See the plan documents for covered procedures.`,
        ),
      ),
    ),
    neg("pharma-product-work", () =>
      draft(
        sheet("Q4 pipeline"),
        "screen",
        plain(
          `Account\tProduct\tStage\nBayer AG\tLicense renewal\tNegotiation\nNovartis\tData platform pilot\tDiscovery\nPfizer Inc.\t${v.int(50, 900)} seats\tClosed won`,
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- 6. sales CRM

const slug = (p: v.Person): string =>
  `${p.first}-${p.last}`
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z-]/g, "-")
    .toLowerCase();

const crm: Family = {
  name: "sales-crm",
  count: 200,
  templates: [
    tpl("contact-card", () => {
      const p = v.person();
      const c = countryFor(p.lang);
      return draft(
        browser(`${p.full} | Contact | HubSpot`, "https://app-eu1.hubspot.com/contacts/"),
        "screen",
        s`${name(p.full)}\nHead of Procurement at ${v.pick(["Vallmark Logistics", "Oberhafen Maschinenbau", "Grupo Lantera", "Rivolta Srl"])}\n${email(p.email)}\n${phoneL(v.phone(c, true))}\nLast activity: ${date()}`,
      );
    }),
    tpl("contact-url", () => {
      const p = v.person();
      return draft(
        browser(`${p.full} - Salesforce`),
        "url",
        s`https://northwind.lightning.force.com/lightning/r/Contact/003${v.alnum(15)}/view?name=${name(`${p.first}+${p.last.replace(/ /g, "+")}`)}`,
      );
    }),
    tpl("pipedrive-slug", () => {
      const p = v.person();
      return draft(
        browser("Pipedrive"),
        "url",
        s`https://corvid.pipedrive.com/person/${v.int(1000, 9999)}-${name(slug(p))}`,
      );
    }),
    tpl("call-log", () => {
      const p = v.person();
      return draft(
        browser("Log a call"),
        "typed",
        s`Spoke with ${name(p.first)} (${phoneL(v.phone(countryFor(p.lang)))}). Budget confirmed for Q2, wants a security review first. Send DPA and SOC 2 report.`,
      );
    }),
    tpl("linkedin-message", () => {
      const p = v.person();
      return draft(
        browser(`(${v.int(1, 9)}) Messaging | LinkedIn`, "https://www.linkedin.com/messaging/"),
        "typed",
        s`Hi ${name(p.first)}, great meeting you at ${v.pick(["Web Summit", "VivaTech", "the Hamburg meetup", "SaaStr Europa"])}! Would you have 20 minutes next week? You can reach me on ${phoneL(v.phone(v.pick<v.Country>(["GB", "DE", "FR", "ES"]), true))}.`,
      );
    }),
    tpl("lead-import-csv", () => {
      const a = v.person();
      const b = v.person();
      return draft(
        sheet("leads_import"),
        "clipboard",
        s`first_name,last_name,email,company\n${name(a.first)},${name(a.last)},${email(a.email)},Vallmark\n${name(b.first)},${name(b.last)},${email(b.email)},Lantera`,
      );
    }),
    tpl("quote-address-fr", () => {
      const p = v.person("fr");
      return draft(
        editorDoc("Devis DV-2026"),
        "typed",
        s`À l'attention de ${name(p.full)}\n${addr(v.address("FR", true))}\n\nObjet : devis pour ${v.int(20, 300)} licences`,
      );
    }),
    tpl("call-log-local", () => {
      const language = v.pick<v.Lang>(["de", "fr", "es", "it", "nl", "pl"]);
      const p = v.person(language);
      return draft(
        browser("Aktivität protokollieren"),
        "typed",
        s`${say(language, {
          de: ["Telefonat mit", "Rückruf von"],
          fr: ["Appel avec", "Rappelé"],
          es: ["Llamada con", "Hablé con"],
          it: ["Chiamata con", "Sentito"],
          nl: ["Gebeld met", "Teruggebeld door"],
          pl: ["Rozmowa z", "Oddzwonić do"],
        })} ${name(p.full)}, ${phoneL(v.phone(v.countryOf[language]))}. ${say(language, {
          de: ["Will Angebot bis Freitag, Budget steht."],
          fr: ["Veut une démo la semaine prochaine."],
          es: ["Pide presupuesto para 50 licencias."],
          it: ["Interessato al piano Enterprise."],
          nl: ["Wil eerst een security review."],
          pl: ["Prosi o ofertę do piątku."],
        })}`,
      );
    }),
    neg("brand-names", () =>
      draft(
        workChat("#sales-emea"),
        "typed",
        plain(
          v.pick([
            "Ford and Philips both renewed, Dell is still in legal. Forecast call at 4",
            "Closed won: Porsche Digital (3-year), Lidl Schwarz Gruppe pilot starts Monday",
            "met the team from Ferrero and Mercedes-Benz at the booth, follow-ups in HubSpot",
            "Deal with Hermès moved to Q3, Boeing wants a second demo",
          ]),
        ),
      ),
    ),
    neg("pipeline-stats", () =>
      draft(
        browser("Deals | HubSpot"),
        "screen",
        plain(
          `Pipeline: ${v.int(40, 200)} deals · Weighted ${amount()} · Win rate ${v.int(12, 40)}% · Avg cycle ${v.int(20, 90)} days · Quote Q-${v.int(10000, 99999)} sent ${date()}`,
        ),
      ),
    ),
    neg("generic-mailboxes", () =>
      draft(
        editorDoc("Partner FAQ"),
        "typed",
        plain(
          "For orders write to sales@ or billing@ at our domain; for security questionnaires use the trust portal. Do not send personal contact details through the partner form.",
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- 7. personal messengers

const personal: Family = {
  name: "personal-messenger",
  count: 220,
  templates: [
    tpl("family-chat", () => {
      const p = v.person();
      return draft(
        messenger(p.first),
        v.pick<Channel>(["typed", "keys"]),
        plain(
          say(p.lang, {
            en: [
              "mum said the vet bill was huge, can we split it? love you",
              "running late, can you grab the kids from school",
              "are we still on for dinner sat? bring the wine",
            ],
            de: ["Oma hat Geburtstag am Sonntag, bringst du den Kuchen mit?", "bin gleich da, hab dich lieb"],
            fr: ["tu peux récupérer les enfants à 17h ? bisous", "on dîne chez tes parents dimanche ?"],
            es: ["mamá dice que vengáis el domingo a comer", "te echo de menos, llámame luego"],
            it: ["stasera cena da mia sorella, vieni?", "ti amo, ci vediamo dopo"],
            nl: ["schat, kun jij vanavond koken? ik ben laat", "mama jarig zaterdag, cadeau?"],
            pt: ["amor, vou chegar tarde hoje", "vamos jantar com os meus pais no sábado?"],
            pl: ["kochanie, kupisz chleb po drodze?", "mama pyta czy przyjedziemy na święta"],
            sv: ["älskling, kan du hämta barnen idag?", "middag hos mamma på söndag?"],
          }),
        ),
        ["prompt"],
      );
    }),
    tpl("flat-hunt-address", () => {
      const p = v.person();
      const c = countryFor(p.lang);
      return draft(
        messenger(p.first),
        "typed",
        s`${say(p.lang, { en: ["viewing tomorrow at 6, it's", "the flat is at"], de: ["Besichtigung morgen um 18 Uhr,", "die Wohnung ist in der"], fr: ["visite demain 18h,", "l'appart est au"], es: ["la visita es mañana a las 6 en", "el piso está en"] })} ${addr(v.address(c))}`,
        ["prompt"],
      );
    }),
    tpl("share-phone", () => {
      const p = v.person();
      const friend = v.person(p.lang);
      const number = phoneL(v.phone(countryFor(p.lang)));
      const body = v.chance(0.5)
        ? s`${say(p.lang, { en: ["new number, save it:"], de: ["meine neue Nummer:"], fr: ["mon nouveau numéro :"], es: ["mi número nuevo:"], it: ["il mio nuovo numero:"], nl: ["mijn nieuwe nummer:"] })} ${number}`
        : s`${say(p.lang, { en: ["here's the number of"], de: ["hier die Nummer von"], fr: ["voilà le numéro de"], es: ["te paso el número de"], it: ["ecco il numero di"], nl: ["hier het nummer van"] })} ${name(friend.first)}: ${number}`;
      return draft(messenger(p.first), "typed", body, ["prompt"]);
    }),
    tpl("money-worry", () => {
      const p = v.person();
      return draft(
        messenger(p.first),
        "typed",
        s`${name(p.first.toLowerCase())} can you send me 200 till payday? rent is due, my IBAN is ${lab("iban", v.iban())} sorry 🙈`,
        ["prompt"],
      );
    }),
    tpl("health-to-friend", () => {
      const p = v.person();
      return draft(
        messenger(p.first),
        "typed",
        plain(
          say(p.lang, {
            en: [
              "got the biopsy results, it's benign!! so relieved",
              "doc upped my antidepressants again, feeling flat",
            ],
            de: [
              "der Arzt meint, es ist eine Gürtelrose, muss Tabletten nehmen",
              "MRT ist morgen, bin nervös",
            ],
            fr: [
              "j'ai fait une fausse couche la semaine dernière, je n'en parle pas au bureau",
              "mon asthme est revenu",
            ],
            es: ["me han diagnosticado diabetes tipo 2, a dieta", "mañana me operan de la rodilla"],
          }),
        ),
        ["prompt", "health"],
      );
    }),
    tpl("dating", () => {
      const p = v.person();
      return draft(
        { app: v.pick(["Hinge", "Tinder", "Bumble"]), title: p.first },
        "typed",
        s`${v.pick(["had a great time last night", "drinks again on friday?", "so... when can I see you again"])} ${name(p.first)} 😊`,
        ["prompt"],
      );
    }),
    tpl("card-to-partner", () => {
      const p = v.person();
      return draft(
        messenger(p.first),
        "typed",
        s`${say(p.lang, { en: ["use my card for the tickets", "here's the visa for the groceries order"], de: ["nimm meine Karte für die Tickets:"], fr: ["prends ma carte pour les billets :"], es: ["usa mi tarjeta para las entradas:"] })} ${lab("card", v.card().number)}`,
        ["prompt"],
      );
    }),
    neg("work-in-messenger", () =>
      draft(
        messenger(v.person().first),
        "typed",
        plain(
          v.pick([
            "can you check the deploy? slack is down for me",
            "the client call moved to 3pm, same link",
            "kannst du den PR noch reviewen bevor du gehst?",
            "la reunión con el cliente es a las 10, no a las 9",
          ]),
        ),
      ),
    ),
    neg("automated-sms", () =>
      draft(
        { app: "Messages", title: v.pick(["DHL", "Uber", "Vodafone", "Lime"]) },
        "screen",
        plain(
          v.pick([
            `Your DHL parcel ${v.digits(10)} arrives today between ${time()} and ${time()}. Manage delivery: dhl.de/p`,
            `Your driver is arriving in ${v.int(2, 9)} min: white Toyota Prius, plate ${v.upperAlnum(3)}-${v.digits(3)}`,
            `Vodafone: your bill of ${amount()} is ready. Usage ${v.int(2, 80)} GB this month.`,
          ]),
        ),
      ),
    ),
    neg("news-channel", () =>
      draft(
        { app: "Telegram", title: v.pick(["Tech News Daily", "Bitcoin Alerts", "Frankfurt ÖPNV"]) },
        "screen",
        plain(
          v.pick([
            `Apple releases iOS ${v.int(18, 19)}.${v.int(1, 6)}.${v.int(0, 3)} with security fixes for ${v.int(3, 30)} vulnerabilities`,
            `BTC ${v.int(60, 120)},${v.digits(3)} USD (+${v.int(1, 9)}.${v.int(0, 9)}%) · ETH ${v.int(2, 6)},${v.digits(3)}`,
            `S-Bahn S${v.int(1, 9)}: Störung zwischen Hauptwache und Konstablerwache, Ersatzverkehr ab ${time()}`,
          ]),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- 8. work chat

const workchat: Family = {
  name: "work-chat",
  count: 240,
  templates: [
    tpl("password-in-prose", () =>
      draft(
        workChat(v.pick(["#office-berlin", "#it-help", "#general"])),
        "typed",
        s`${v.pick(["guest wifi password is", "das WLAN-Passwort für Gäste ist", "le mot de passe du wifi invité c'est", "la contraseña del wifi de invitados es", "printer admin pw:"])} ${secret(v.password())}`,
      ),
    ),
    tpl("shared-login-dm", () => {
      const p = v.person();
      return draft(
        dm(p.full),
        "typed",
        s`${v.pick(["login for the staging admin is", "creds for the vendor portal:", "user: ops / pass:"])} ${v.pick(["ops@corvid.io / ", ""])}${secret(v.password())} ${v.pick(["— delete after reading pls", "", "(rotate friday)"])}`,
      );
    }),
    tpl("door-code", () =>
      draft(
        workChat("#office-london"),
        "typed",
        s`${v.pick(["new door code for the 3rd floor:", "Türcode ab Montag:", "code de la porte :"])} ${secret(`${v.digits(4)}#`)}`,
      ),
    ),
    tpl("token-pasted-by-mistake", () =>
      draft(
        workChat("#eng-platform"),
        "typed",
        s`${v.pick(["oops ignore that, rotating now:", "can someone check why this key gets 401?", "this one works for me"])} ${secret(v.pick([v.secrets.slackBot(), v.secrets.google(), v.secrets.stripeRestricted(), v.secrets.shopify(), v.secrets.atlassian()]))}`,
      ),
    ),
    tpl("mention-lowercase", () => {
      const a = v.person();
      const b = v.person();
      return draft(
        workChat(),
        v.pick<Channel>(["typed", "keys"]),
        s`${v.pick(["ask", "ping", "cc"])} ${name(a.first.toLowerCase())} or ${name(b.full.toLowerCase())} ${v.pick(["they know the billing migration", "about the release notes", "re the offsite"])}`,
      );
    }),
    tpl("chat-header", () => {
      const p = v.person();
      return draft(dm(p.full), "title", s`${name(p.full)} (DM) - Slack`);
    }),
    tpl("out-sick-reason", () => {
      const p = v.person();
      return draft(
        workChat("#team-standup"),
        "typed",
        s`${name(p.first)} ${v.pick(["is off today, migraine", "won't make it, kid has chickenpox and she has a fever too", "ist heute beim Zahnarzt, Wurzelbehandlung", "está de baja por una gripe fuerte"])}`,
        ["health"],
      );
    }),
    tpl("phone-for-oncall", () => {
      const p = v.person();
      return draft(
        workChat("#incident-4471"),
        "typed",
        s`if pager fails call ${name(p.first)} directly: ${phoneL(v.phone(countryFor(p.lang), true))}`,
      );
    }),
    tpl("teams-mail-signature", () => {
      const p = v.person();
      const c = countryFor(p.lang);
      return draft(
        mailApp("Agenda for Thursday"),
        "typed",
        s`Thanks all, see agenda below.\n\n--\n${name(p.full)}\nProgram Manager\nMob. ${phoneL(v.phone(c))}\n${addr(v.address(c))}`,
      );
    }),
    tpl("allowlist-ip", () =>
      draft(
        workChat("#it-help"),
        "typed",
        s`${v.pick(["can you allowlist my home IP", "bitte meine IP freischalten:", "pouvez-vous autoriser mon IP"])} ${lab("ip", v.publicIp())} ${v.pick(["for the staging VPN?", "für das Jira", "sur le bastion ?"])}`,
      ),
    ),
    tpl("vpn-password", () =>
      draft(
        { app: v.pick(["GlobalProtect", "Cisco Secure Client", "FortiClient"]), title: "Sign In" },
        "password",
        s`${secret(v.password())}`,
      ),
    ),
    tpl("chat-nordic-iberian", () => {
      const language = v.pick<v.Lang>(["sv", "pl", "pt", "nl", "es", "it"]);
      const p = v.person(language);
      return draft(
        workChat(),
        "typed",
        s`${say(language, {
          sv: ["kan du fråga", "prata med"],
          pl: ["zapytaj", "napisz do"],
          pt: ["fala com a", "pergunta ao"],
          nl: ["vraag het even aan", "bel"],
          es: ["pregúntale a", "habla con"],
          it: ["chiedi a", "senti"],
        })} ${name(p.first)}, ${say(language, {
          sv: ["hon har koll på fakturorna"],
          pl: ["ma dostęp do panelu"],
          pt: ["ela sabe do contrato"],
          nl: ["die weet hoe de release werkt"],
          es: ["lleva lo de la migración"],
          it: ["segue lui il cliente"],
        })}`,
      );
    }),
    tpl("signature-local", () => {
      const language = v.pick<v.Lang>(["de", "fr", "es", "it", "nl", "pl", "sv"]);
      const p = v.person(language);
      const c = v.countryOf[language];
      return draft(
        mailApp(
          say(language, {
            de: ["Termin"],
            fr: ["Réunion"],
            es: ["Reunión"],
            it: ["Riunione"],
            nl: ["Afspraak"],
            pl: ["Spotkanie"],
            sv: ["Möte"],
          }),
        ),
        "typed",
        s`${say(language, {
          de: ["Mit freundlichen Grüßen", "Viele Grüße"],
          fr: ["Bien cordialement,", "Cordialement,"],
          es: ["Un saludo,", "Saludos cordiales,"],
          it: ["Cordiali saluti,", "Un saluto,"],
          nl: ["Met vriendelijke groet,"],
          pl: ["Pozdrawiam serdecznie,"],
          sv: ["Vänliga hälsningar,"],
        })}\n${name(p.full)}\n${say(language, { de: ["Tel."], fr: ["Tél."], es: ["Tel."], it: ["Cell."], nl: ["Tel."], pl: ["Tel."], sv: ["Tel."] })} ${phoneL(v.phone(c))}\n${addr(v.address(c))}`,
      );
    }),
    neg("jira-and-builds", () =>
      draft(
        workChat("#eng-platform"),
        "typed",
        plain(
          `${jira()} is blocked by ${jira()}; build #${v.int(1000, 99999)} on main (${sha(8)}) is green, release ${semver()} goes out at ${time()}`,
        ),
      ),
    ),
    neg("meeting-room-names", () =>
      draft(
        workChat("#general"),
        "typed",
        plain(
          v.pick([
            "moving retro to room Ada Lovelace, Turing is taken",
            "lunch at the Marriott next to Victoria station?",
            "all-hands in Salle Victor Hugo, 4e étage",
            "Sala Frida Kahlo está reservada, vamos a la Picasso",
          ]),
        ),
      ),
    ),
    neg("otp-lookalike", () =>
      draft(
        workChat("#support-tier2"),
        "typed",
        plain(
          `customer's order ${v.digits(6)} shipped, refund ${v.digits(6)} pending, ticket ${v.digits(6)} can be merged into ${v.int(40000, 99999)}`,
        ),
      ),
    ),
    neg("placeholder-secrets", () =>
      draft(
        workChat("#eng-platform"),
        "typed",
        plain(
          v.pick([
            "set API_KEY=<your token> in your .env, never commit the real one",
            "docs use sk_test_4eC39HqLyjWDarjtT1zdp7dc, that's Stripe's public test key",
            "password: ******** — it's in 1Password under 'staging db'",
            "export GITHUB_TOKEN=$(op read op://eng/github/token)",
          ]),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- 9. browser forms

const forms: Family = {
  name: "browser-forms",
  count: 240,
  templates: [
    tpl("address-form-keys", () => {
      const p = v.person();
      const c = countryFor(p.lang);
      return draft(
        browser("Checkout – Shipping", "https://shop.example-store.eu/checkout/shipping"),
        "keys",
        s`${addr(v.address(c))}`,
      );
    }),
    tpl("name-field", () => {
      const p = v.person();
      return draft(browser("Create account"), "keys", s`${name(p.full)}`);
    }),
    tpl("email-field", () => {
      const p = v.person();
      return draft(browser("Newsletter"), "keys", s`${email(p.email)}`);
    }),
    tpl("phone-field", () => {
      const p = v.person();
      return draft(browser("Contact details"), "keys", s`${phoneL(v.phone(countryFor(p.lang)))}`);
    }),
    tpl("tax-form-ssn", () => {
      const p = v.person("en");
      return draft(
        browser("Form W-4 – ADP", "https://my.adp.com/"),
        "screen",
        s`First name and middle initial: ${name(p.first)}\nLast name: ${name(p.last)}\nSocial security number: ${lab("national-id", v.nationalId("US"))}\nAddress: ${addr(v.address("US"))}`,
      );
    }),
    tpl("gov-portal-fr", () => {
      const p = v.person("fr");
      return draft(
        browser("ameli – Mon compte", "https://assure.ameli.fr/"),
        "screen",
        s`Bonjour ${name(p.full)}\nN° de sécurité sociale : ${lab("national-id", v.nationalId("FR"))}\nMes remboursements · Mes attestations`,
      );
    }),
    tpl("elster-steuerid", () =>
      draft(browser("Mein ELSTER"), "keys", s`${lab("national-id", v.nationalId("DE"))}`),
    ),
    tpl("nl-bsn-form", () => {
      const p = v.person("nl");
      return draft(
        browser("DigiD – Inloggen"),
        "screen",
        s`Naam: ${name(p.full)}\nBSN: ${lab("national-id", v.nationalId("NL"))}\nAdres: ${addr(v.address("NL"))}`,
      );
    }),
    tpl("other-ids", () => {
      const [c, label] = v.pick<[Parameters<typeof v.nationalId>[0], string]>([
        ["PL", "PESEL"],
        ["SE", "Personnummer"],
        ["FI", "Henkilötunnus"],
        ["CA", "SIN"],
        ["AU", "TFN"],
        ["BR", "CPF"],
        ["IT", "Codice fiscale"],
        ["GB", "NI number"],
      ]);
      const p = v.person();
      return draft(
        browser("Relocation – Employee details"),
        "typed",
        s`${name(p.full)} – ${label}: ${lab("national-id", v.nationalId(c))}`,
      );
    }),
    tpl("url-with-email", () => {
      const p = v.person();
      return draft(
        browser("Unsubscribe"),
        "url",
        s`https://news.${v.pick(["lantera", "vallmark", "rivolta"])}.com/unsubscribe?email=${email(p.email)}&list=${v.int(10, 99)}`,
      );
    }),
    neg("search-queries", () =>
      draft(
        browser("Google Search", "https://www.google.com/search"),
        v.pick<Channel>(["keys", "typed"]),
        plain(
          v.pick([
            "postgres 16 logical replication slot lag",
            "wetter hamburg morgen",
            "how to format iban in excel",
            "horaires piscine lyon 7e",
            "restaurante cerca de atocha",
            "jordan 4 release date",
            "washington dc museums free",
          ]),
        ),
      ),
    ),
    neg("form-labels-only", () =>
      draft(
        browser("Apply – Careers"),
        "screen",
        plain(
          "First name *\nLast name *\nEmail address *\nPhone (optional)\nStreet and house number\nPostcode / City\nI agree to the privacy policy",
        ),
      ),
    ),
    neg("isbn-ean", () =>
      draft(
        browser("Bestellung"),
        "screen",
        plain(
          `ISBN 978-3-${v.digits(3)}-${v.digits(5)}-${v.digits(1)} · EAN ${v.digits(13)} · Artikelnr. ${v.digits(8)} · Lieferung am ${date()}`,
        ),
      ),
    ),
    neg("coupon-and-order", () =>
      draft(
        browser("Order confirmation"),
        "screen",
        plain(
          `Order ${v.upperAlnum(3)}-${v.digits(7)} confirmed. Coupon WINTER${v.int(10, 40)} applied. Estimated delivery ${date()}. Item SKU ${v.upperAlnum(10)}, qty ${v.int(1, 4)}.`,
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- 10. AI assistant prompts

const prompts: Family = {
  name: "ai-prompts",
  count: 220,
  templates: [
    tpl("code-question", () =>
      draft(
        assistant(),
        "prompt",
        plain(
          v.pick([
            "why does my useEffect run twice in dev? here's the component",
            "write a bash one-liner that finds files over 100MB and sorts them by size",
            "Erkläre mir den Unterschied zwischen Rebase und Merge in drei Sätzen",
            "convierte esta query de MySQL a Postgres: SELECT IFNULL(a, 0) FROM t LIMIT 10, 20",
            "résume ce ticket en deux phrases pour le client",
          ]),
        ),
      ),
    ),
    tpl("prompt-with-secret", () =>
      draft(
        assistant(),
        "prompt",
        ((api) =>
          s`this fails with 403, what am I doing wrong?\n\nimport requests\nr = requests.get("https://api.${api[0]}", headers={"Authorization": "Bearer ${secret(api[1]())}"})`)(
          v.pick<[string, () => string]>([
            ["sendgrid.com/v3/stats", v.secrets.sendgrid],
            ["github.com/user", v.secrets.githubPat],
            ["openai.com/v1/models", v.secrets.openai],
          ]),
        ),
      ),
    ),
    tpl("prompt-hr", () => {
      const p = v.person();
      return draft(
        assistant(),
        "prompt",
        s`Help me write a kind but firm message to ${name(p.full)} telling them their probation won't be extended. They missed ${v.int(3, 9)} deadlines and the team lost trust.`,
        ["hr"],
      );
    }),
    tpl("prompt-health", () =>
      draft(
        assistant(),
        "prompt",
        plain(
          v.pick([
            "I was just diagnosed with hypothyroidism and started levothyroxine, what should I avoid eating in the morning?",
            "Mein Sohn hat seit drei Tagen 39 Grad Fieber, wann sollte ich zum Kinderarzt?",
            "my therapist suggested CBT for panic attacks, how do sessions usually go?",
            "¿Es normal tener náuseas con el Ozempic las primeras semanas?",
          ]),
        ),
        ["health"],
      ),
    ),
    tpl("prompt-rewrite-mail", () => {
      const p = v.person();
      const c = countryFor(p.lang);
      return draft(
        assistant(),
        "prompt",
        s`make this more polite: "${name(p.first)}, the contract has to be signed by Friday, send it back to ${addr(v.address(c))} or email ${email(p.email)}. call me on ${phoneL(v.phone(c))} if unclear"`,
      );
    }),
    tpl("prompt-personal", () =>
      draft(
        assistant(),
        "prompt",
        plain(
          v.pick([
            `my partner and I argue about money every ${v.pick(["weekend", "month end", "time the card bill comes"])}, how do we talk about it calmly?`,
            `party ideas for my daughter turning ${v.int(4, 11)}, she's obsessed with ${v.pick(["dinosaurs", "horses", "space", "Minecraft"])}, budget about ${v.int(80, 300)} euros`,
            `Schreib ein kurzes Gedicht zum ${v.int(20, 45)}. Hochzeitstag meiner Eltern, sie lieben ${v.pick(["Wandern", "die Ostsee", "ihren Garten", "Jazz"])}`,
            `mi hermano no me habla desde ${v.pick(["Navidad", "la boda", "el verano"])}, cómo le escribo sin empeorarlo`,
          ]),
        ),
      ),
    ),
    tpl("prompt-table-of-people", () => {
      const a = v.person();
      const b = v.person();
      return draft(
        assistant(),
        "prompt",
        s`turn this into a markdown table:\n${name(a.full)} ${email(a.email)} ${lab("iban", v.iban())}\n${name(b.full)} ${email(b.email)} ${lab("iban", v.iban())}`,
      );
    }),
    tpl("prompt-local", () => {
      const language = v.pick<v.Lang>(["de", "fr", "es", "it", "nl", "pt"]);
      const p = v.person(language);
      return draft(
        assistant(),
        "prompt",
        s`${say(language, {
          de: ["Formuliere eine freundliche Absage an"],
          fr: ["Rédige un mail de relance poli pour"],
          es: ["Escribe un correo para felicitar a"],
          it: ["Scrivi un messaggio di benvenuto per"],
          nl: ["Schrijf een korte introductie-mail over"],
          pt: ["Escreve um e-mail de boas-vindas para"],
        })} ${name(p.full)}${say(language, {
          de: [", die sich als Werkstudentin beworben hat."],
          fr: [" qui n'a pas répondu au devis."],
          es: [" por su primer año en el equipo."],
          it: [" che inizia lunedì nel team vendite."],
          nl: [", onze nieuwe collega bij support."],
          pt: [", que começa na segunda-feira."],
        })}`,
      );
    }),
    neg("assistant-titles", () =>
      draft(
        {
          app: v.pick(["ChatGPT", "Claude"]),
          title: v.pick([
            "Regex for semver tags",
            "Kubernetes CrashLoopBackOff fix",
            "SQL window functions",
            "Rewrite release notes",
          ]),
        },
        "title",
        plain(
          v.pick([
            "Regex for semver tags",
            "Kubernetes CrashLoopBackOff fix",
            "SQL window functions explained",
            "Rewrite release notes v4.2",
          ]),
        ),
      ),
    ),
    neg("assistant-url", () =>
      draft({ app: "ChatGPT", title: "ChatGPT" }, "url", plain(`https://chatgpt.com/c/${uuid()}`)),
    ),
    neg("copilot-suggestion-ide", () =>
      draft(
        ide("utils.ts"),
        "screen",
        plain(
          `// TODO: memoize\nexport const formatVersion = (v: string) => v.replace(/^v/, "").split(".").map(Number); // 4.12.0 -> [4, 12, 0]\nconst RETRY_MS = [250, 500, 1000, 2000];`,
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- 11. sign-in and password managers

const signIn: Family = {
  name: "sign-in",
  count: 200,
  templates: [
    tpl("password-field", () =>
      draft(
        browser(
          v.pick([
            "Sign in – Google Accounts",
            "Anmelden – Microsoft",
            "Connexion – Orange",
            "Okta",
            "Log in | Atlassian",
          ]),
        ),
        "password",
        s`${secret(v.password())}`,
      ),
    ),
    tpl("password-field-short", () =>
      draft(
        { app: v.pick(["1Password", "Keychain Access", "Bitwarden", "VPN Client"]), title: "Unlock" },
        "password",
        s`${secret(v.pick([v.firstNames.en[v.int(0, 5)] ?? "Marcus", `${v.digits(6)}`, v.password()]))}`,
      ),
    ),
    tpl("otp-sms-screen", () =>
      draft(
        { app: "Messages", title: v.pick(["Google", "Revolut", "Microsoft", "N26"]) },
        "screen",
        s`${v.pick(["G-", "", ""])}${secret(v.otp())} ${v.pick(["is your Google verification code.", "is your Revolut code. Never share it, not even with Revolut.", "ist dein N26-Bestätigungscode.", "is your Microsoft account security code"])}`,
      ),
    ),
    tpl("otp-typed", () => draft(browser("2-Step Verification"), "keys", s`${secret(v.otp())}`)),
    tpl("recovery-codes", () =>
      draft(
        editorDoc("recovery codes"),
        "clipboard",
        s`GitHub recovery codes (keep safe)\n${secret(v.recoveryCode())}\n${secret(v.recoveryCode())}\n${secret(v.recoveryCode())}\n${secret(v.recoveryCode())}`,
      ),
    ),
    tpl("totp-seed", () =>
      draft(
        browser("Set up authenticator"),
        "screen",
        s`Can't scan the QR code? Enter this key in your authenticator app: ${secret(
          v
            .base32(32)
            .replace(/(.{4})/g, "$1 ")
            .trim(),
        )}`,
      ),
    ),
    tpl("reset-link", () => {
      const p = v.person();
      return draft(
        browser("Reset password"),
        "url",
        s`https://id.corvid.io/reset?email=${email(p.email)}&token=${secret(v.alnum(40))}`,
      );
    }),
    tpl("vault-entry", () => {
      const p = v.person();
      return draft(
        { app: "1Password", title: "Staging DB – 1Password" },
        "screen",
        s`Staging DB\nusername  ${v.pick(["admin", "postgres", "ledger_rw"])}\npassword  ${secret(v.password())}\nwebsite   https://staging.corvid.io\nlast edited by ${name(p.full)}`,
      );
    }),
    neg("login-page-text", () =>
      draft(
        browser("Sign in"),
        "screen",
        plain(
          "Sign in to continue\nEmail or phone\nForgot password?\nUse a passkey instead\nBy continuing you agree to the Terms of Service.",
        ),
      ),
    ),
    neg("password-policy", () =>
      draft(
        browser("IT Handbook"),
        "screen",
        plain(
          "Passwords must be at least 14 characters, must not contain your name, and are rotated every 180 days. Use the company password manager; never share one-time codes by phone.",
        ),
      ),
    ),
    neg("masked-and-hashes", () =>
      draft(
        terminal(),
        "screen",
        plain(
          `password: ******** (unchanged)\nsha256 checksum ${sha(64)}  ${v.pick(["installer.dmg", "release.tar.gz"])}\nbcrypt cost=12 verified in ${v.int(90, 300)}ms`,
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- 12. travel

const travel: Family = {
  name: "travel",
  count: 180,
  templates: [
    tpl("passport-mrz", () => {
      const m = v.pick(v.ids.mrz);
      return draft(
        browser("Online check-in – Passenger details"),
        "clipboard",
        s`${name(m.line1)}\n${lab("passport", m.line2)}`,
      );
    }),
    tpl("passport-number-form", () => {
      const m = v.pick(v.ids.mrz);
      const p = v.person();
      return draft(
        browser("Advance Passenger Information"),
        "screen",
        s`Surname / Given names: ${name(`${p.last.toUpperCase()}/${p.first.toUpperCase()}`)}\nPassport no.: ${lab("passport", m.number)}\nNationality: ${m.country}\nExpiry: ${date()}`,
      );
    }),
    tpl("hotel-for-guest", () => {
      const p = v.person();
      const c = v.pick<v.Country>(["GB", "DE", "FR", "ES", "IT", "NL", "SE", "PL"]);
      return draft(
        mailApp("Booking confirmation"),
        "screen",
        s`Guest: ${name(p.full)}\nCheck-in ${date()} · 2 nights\nHotel address: ${addr(v.address(c))}\nGuest phone: ${phoneL(v.phone(countryFor(p.lang), true))}`,
      );
    }),
    tpl("travel-request-chat", () => {
      const p = v.person();
      return draft(
        workChat("#travel-desk"),
        "typed",
        s`please book ${name(p.first)} on the ${v.pick(["LH 1234", "BA 917", "AF 1019", "IB 3167"])} on ${date()}, passport ${lab("passport", v.pick(v.ids.mrz).number)}, window seat`,
      );
    }),
    tpl("taxi-pickup", () => {
      const p = v.person();
      const c = countryFor(p.lang);
      return draft(browser("Book a ride – Uber for Business"), "typed", s`${addr(v.address(c))}`);
    }),
    tpl("booking-card", () => {
      const p = v.person();
      const c = v.card();
      return draft(
        browser("Payment – Booking.com", "https://secure.booking.com/book.html"),
        "screen",
        s`Cardholder's name: ${name(p.full.toUpperCase())}\nCard number: ${lab("card", c.number)}\nExpiry date: ${v.pad(v.int(1, 12), 2)}/${v.int(27, 31)}`,
      );
    }),
    neg("pnr-and-flight", () =>
      draft(
        mailApp("Your trip"),
        "screen",
        plain(
          `Booking reference ${v.upperAlnum(6)} · Flight ${v.pick(["LH", "BA", "AF", "KL", "IB", "SK"])} ${v.int(100, 9999)} · Gate B${v.int(1, 60)} · Seat ${v.int(1, 40)}${v.pick(["A", "C", "F"])} · Terminal 2 · e-ticket 220${v.digits(10)}`,
        ),
      ),
    ),
    neg("train-and-hotel-names", () =>
      draft(
        browser("Itinerary"),
        "screen",
        plain(
          v.pick([
            "ICE 597 from Hamburg Hbf to München Hbf, then Hilton Munich Park. Dinner at Lindbergh Bar.",
            "Eurostar 9014 London St Pancras → Paris Gare du Nord, Hôtel Marriott Rive Gauche",
            "AVE 03061 Madrid Puerta de Atocha - Barcelona Sants, NH Collection Victoria",
          ]),
        ),
      ),
    ),
    neg("expense-policy-travel", () =>
      draft(
        editorDoc("Travel policy"),
        "typed",
        plain(
          `Economy for flights under ${v.int(4, 6)} hours; hotels up to €${v.int(120, 220)} per night in capitals. Book through the travel desk, cost centre 4${v.digits(3)}.`,
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- 13. legal

const legal: Family = {
  name: "legal",
  count: 140,
  templates: [
    tpl("nda-parties", () => {
      const p = v.person();
      const c = countryFor(p.lang);
      return draft(
        editorDoc("Mutual NDA"),
        "typed",
        s`This Agreement is entered into between Northwind Labs Ltd and ${name(p.full)}, residing at ${addr(v.address(c))} (the "Consultant").`,
      );
    }),
    tpl("settlement-hr", () => {
      const p = v.person("en");
      return draft(
        editorDoc("Settlement agreement draft"),
        "typed",
        s`The Employee, ${name(p.full)}, agrees that employment terminates on ${date()} and accepts a termination payment of £${v.int(10, 60)},000 in full settlement of any claims arising from the grievance raised on ${date()}.`,
        ["hr"],
      );
    }),
    tpl("poder-notarial", () => {
      const p = v.person("es");
      return draft(
        editorDoc("Poder notarial"),
        "screen",
        s`Don/Doña ${name(p.full)}, mayor de edad, con DNI ${lab("national-id", v.nationalId("ES"))} y domicilio en ${addr(v.address("ES"))}, otorga poder a favor de…`,
      );
    }),
    tpl("vollmacht", () => {
      const p = v.person("de");
      return draft(
        editorDoc("Vollmacht"),
        "typed",
        s`Hiermit bevollmächtige ich, ${name(p.full)}, wohnhaft ${addr(v.address("DE"))}, Herrn ${name(v.person("de").full)}, mich in allen Angelegenheiten gegenüber der Hausverwaltung zu vertreten.`,
      );
    }),
    tpl("court-mail", () => {
      const p = v.person("it");
      return draft(
        mailApp("Causa di lavoro"),
        "typed",
        s`Gentile avvocato, le invio la documentazione relativa al licenziamento di ${name(p.full)} (codice fiscale ${lab("national-id", v.nationalId("IT"))}). L'udienza è fissata per il ${date()}.`,
        ["hr"],
      );
    }),
    neg("contract-boilerplate", () =>
      draft(
        editorDoc("MSA v7"),
        "screen",
        plain(
          `12.3 Termination for convenience. Either party may terminate this Agreement upon ${v.int(30, 90)} days' written notice. Sections 7 (Confidentiality) and 9 (Limitation of Liability) survive termination. Version ${semver()}, last reviewed ${date()}.`,
        ),
      ),
    ),
    neg("case-citation", () =>
      draft(
        editorDoc("Legal memo"),
        "typed",
        plain(
          v.pick([
            "See Case C-311/18 and the EDPB Recommendations 01/2020 on supplementary measures for transfers.",
            "Cf. BAG, Urteil vom 17.11.2021 – 5 AZR 234/21, Rn. 14.",
            "Article 28(3) GDPR requires the processor terms; Annex II lists the TOMs.",
          ]),
        ),
      ),
    ),
  ],
};

// ---------------------------------------------------------------- 14. ordinary office work

const office: Family = {
  name: "office",
  count: 150,
  templates: [
    tpl("calendar-invite", () => {
      const a = v.person();
      const b = v.person();
      return draft(
        {
          app: "Microsoft Outlook",
          title: `${v.pick(["1:1", "Sync", "Coffee chat"])} ${a.first} / ${b.first} - Meeting`,
        },
        "title",
        s`${v.pick(["1:1", "Sync", "Coffee chat"])} ${name(a.first)} / ${name(b.first)} - Meeting`,
      );
    }),
    tpl("mail-from-header", () => {
      const p = v.person();
      return draft(
        mailApp("Quarterly numbers"),
        "screen",
        s`From: ${name(p.full)} <${email(p.email)}>\nTo: finance-team\nSubject: Quarterly numbers\n\nHi all, attached the Q4 numbers. Let me know if anything's off.`,
      );
    }),
    tpl("doc-title-with-name", () => {
      const p = v.person();
      return draft(
        { app: "Microsoft Word", title: "" },
        "title",
        s`${v.pick(["CV_", "Lebenslauf_", "Reference letter - "])}${name(p.full)}${v.pick([".pdf", ".docx - Word"])}`,
      );
    }),
    neg("boring-chat", () =>
      draft(
        workChat(),
        v.pick<Channel>(["typed", "keys"]),
        plain(
          v.pick([
            "sounds good, let's do 3pm",
            "merci, je regarde ça demain",
            "the slides are in the shared drive under Q1/board",
            "wer hat Lust auf Mittagessen um 12?",
            "lo reviso y te digo",
            "ok ik kijk er even naar",
            "tack, ser bra ut!",
            "ci sono i biscotti in cucina",
            "dzięki, wrzucę to jutro",
          ]),
        ),
      ),
    ),
    neg("boring-mail-local", () =>
      draft(
        mailApp(v.pick(["Re: Präsentation", "Re: Compte rendu", "Re: Acta", "Re: Verslag", "Re: Verbale"])),
        "typed",
        plain(
          v.pick([
            "Hallo zusammen, anbei die Folien von gestern. Feedback gerne bis Donnerstag.",
            "Bonjour à tous, voici le compte rendu de la réunion de lundi. Bonne journée !",
            "Hola equipo, os paso el acta de la reunión. Cualquier cosa me decís.",
            "Hoi allemaal, hierbij het verslag van de sprint review.",
            "Ciao a tutti, vi giro il verbale della riunione di ieri.",
            "Hej alla, här är anteckningarna från mötet.",
            "Cześć, w załączniku notatki ze spotkania.",
            "Olá a todos, segue em anexo a apresentação de ontem.",
          ]),
        ),
      ),
    ),
    neg("spreadsheet-figures", () =>
      draft(
        sheet("Budget 2027"),
        "screen",
        plain(
          `Category\tQ1\tQ2\tQ3\tQ4\nSoftware\t${v.int(10, 90)},${v.digits(3)}\t${v.int(10, 90)},${v.digits(3)}\t${v.int(10, 90)},${v.digits(3)}\t${v.int(10, 90)},${v.digits(3)}\nTravel\t${v.int(1, 9)},${v.digits(3)}\t${v.int(1, 9)},${v.digits(3)}\t${v.int(1, 9)},${v.digits(3)}\t${v.int(1, 9)},${v.digits(3)}`,
        ),
      ),
    ),
    neg("window-titles", () => {
      const title = v.pick([
        "Sprint board - PLAT - Jira",
        "Inbox (2,341) - Outlook",
        "Q3 OKRs - Google Slides",
        "README.md — ledger-api",
        "Spotify Premium",
        "Zoom Meeting",
        "Grafana - API latency",
      ]);
      return draft(
        { app: v.pick(["Google Chrome", "Zoom", "Spotify", "Visual Studio Code"]), title },
        "title",
        plain(title),
      );
    }),
  ],
};

// ---------------------------------------------------------------- the corpus

export const sixteenthFamilies: readonly Family[] = [
  engineering,
  support,
  finance,
  hr,
  health,
  crm,
  personal,
  workchat,
  forms,
  prompts,
  signIn,
  travel,
  legal,
  office,
];

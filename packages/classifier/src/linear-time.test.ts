import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { Worker } from "node:worker_threads";

// Every pattern is either a scan over characters or a regular expression
// without nested or open-ended quantifiers applied to a bounded candidate, so
// the work per character is bounded. These inputs are the ones that make
// naive patterns backtrack (long runs of what a pattern repeats, with the
// closing piece missing). Each is classified in a worker thread — a regular
// expression that backtracks blocks its thread, so only another thread can
// stop it — and the test fails if one does not come back within a deadline
// far above its normal cost (milliseconds): a liveness bound, not a speed
// measurement (bench/classifier.ts measures speed).
const deadlineMs = 20_000;
const size = 100_000;
const adversarial: Record<string, string> = {
  digits: "1".repeat(size),
  "digits and spaces": "4 ".repeat(size / 2),
  "digit pairs and dashes": "12-".repeat(size / 3),
  "digits and dots": "1.".repeat(size / 2),
  "dated national-id pieces": "85.07.30-".repeat(size / 9),
  "capitals and digits of CURP, RFC and citizen cards": "GOMA850315H".repeat(size / 11),
  "citizen card pieces": "14826357 3 ".repeat(size / 11),
  "phone punctuation": "+1 (".repeat(size / 4),
  "numbers listed after a record word": "orders 4155552671 and ".repeat(size / 22),
  "service lines followed by capitalised words": "Hotline Acme Corp Ltd ".repeat(size / 22),
  "a bank table's header then rows of empty cells": `bank,account,routing\n${",,\n".repeat(size / 3)}`,
  "id type lines then value labels never closed": `ID type: x\n${"number: 1 ".repeat(size / 10)}`,
  "NRB-shaped digit groups one short": "12 1234 1234 1234 1234 1234 x ".repeat(size / 30),
  "dotted quads at the ends of URL paths": "https://a.io/1.2.3.4/".repeat(size / 21),
  "tel schemes": "tel:+1 (0)".repeat(size / 10),
  "JWT prefixes without dots": "eyJ".repeat(size / 3),
  "use verbs before password-shaped words with no object": "use Ab1!cdefgh x ".repeat(size / 17),
  "network words and colons before words run into numbers": "wifi: abcdefgh1x ".repeat(size / 17),
  "Terraform variables never closed": 'variable "db_pass" { default = "'.repeat(size / 32),
  "hyphenated digit groups after a key word": "key 1234-".repeat(size / 9),
  "password told in plain words": "the password is letmein ".repeat(size / 24),
  "password qualifiers of addresses and hosts never told": "password for a@b.c.d@e ".repeat(size / 23),
  "password questions answered with nothing": "password? it's ".repeat(size / 15),
  "password-shaped words never named a password": "with Ab12cdef, that is the ".repeat(size / 27),
  "login calls with literals never closed": "auth=('a', 'bcdef".repeat(size / 16),
  "verbs and colons after a password's word": "password lautet: ".repeat(size / 17),
  "hand-over phrases before password-shaped words": "here you go: Ab1!cdefgh ".repeat(size / 24),
  "built-in accounts and slashes": "admin/root/".repeat(size / 11),
  "login words and glued pairs never closed": "creds: a/bcdefg1 x ".repeat(size / 19),
  "Wi-Fi QR fields without a password": "WIFI:T:WPA;S:a;".repeat(size / 15),
  "passphrase words and qualifiers never told": "passphrase for the a b c d e f ".repeat(size / 31),
  "code words beside locks with no digits": "door code for the gate is ".repeat(size / 26),
  "spaced digits after a PIN word, one too many": "PIN: 1 2 3 4 5 6 7 8 9 ".repeat(size / 23),
  "secret-key groups never completed": "A3-ABCDE1-".repeat(size / 10),
  "lock nouns before opening verbs with no code": "safe opens with ".repeat(size / 16),
  "capital and digit groups after a key word": "key A1B2-".repeat(size / 9),
  "OAuth code parameters in a callback": "/callback?code=A1b2C3d4E5f6G7h8I9j0".repeat(size / 36),
  "JWT-like parts": "eyJa.".repeat(size / 5),
  "at signs": "a@".repeat(size / 2),
  "file-name words without an extension": "Nomina_marzo.".repeat(size / 13),
  "remote-shell arguments before at signs": "ssh a b c d e@f.io ".repeat(size / 19),
  "local parts without domains": "a.b_c+d@".repeat(size / 8),
  "hex and colons": "ab:".repeat(size / 3),
  "assignment keywords": "password=".repeat(size / 9),
  "prose assignments": "password is ".repeat(size / 12),
  "PINs without digits": "the PIN is ".repeat(size / 11),
  "open quotes": 'api_key="'.repeat(size / 9),
  "token characters": "aB3-".repeat(size / 4),
  "key block openings": "-----BEGIN RSA PRIVATE KEY-----".repeat(size / 31),
  "certificate blocks without end": "-----BEGIN CERTIFICATE-----\naB3dE5fG7hJ9kL1mN3pQ5rS7tV9wX1yZ ".repeat(
    size / 62,
  ),
  "key blocks without end": "-----BEGIN PRIVATE KEY-----\nAAAA".repeat(size / 32),
  "URL authorities without @": "a://b:c".repeat(size / 7),
  "URL passwords before at signs": "a://b:c@d.io".repeat(size / 12),
  "long authorities before at signs": `a://${"b:".repeat(300)}@c.io`.repeat(size / 610),
  "replies without a password": "it's ".repeat(size / 5),
  "last days without a name": "last day for ".repeat(size / 13),
  "underscores in file names": "Pay_Stub_".repeat(size / 9),
  "file names of people with an extension each": "passport_Ana_Ruiz.pdf".repeat(size / 21),
  "towns said to be hours ahead without a unit": "Adelaide is 10.5 ".repeat(size / 17),
  "people-system searches of percent escapes": `myworkday.com/s${"?q=Th%E1%BA+L%".repeat(size / 15)}`,
  "word-like given names in lower-case prose": "wait on Summer ".repeat(size / 15),
  "signature lines without a phone": "\nAna Ruiz | Head | ".repeat(size / 19),
  "other scripts between Latin words without end": "can สมชาย ทองดี ".repeat(size / 16),
  "password flags": "mysql -p ".repeat(size / 9),
  "user flags": "curl -u a:".repeat(size / 10),
  "base64 cursors": "eyJvZmZzZXQiOjEwMH0=".repeat(size / 20),
  "capitalised names": "Maria Garcia ".repeat(size / 13),
  "headlines before site names on one line": "How to Ask for a Raise | Forbes ".repeat(size / 32),
  "heading nouns and compounds": "Jahresplanung Roadmap Organización Checklist ".repeat(size / 45),
  "capitalised words": "Ab ".repeat(size / 3),
  greetings: "Hi ".repeat(size / 3),
  "addressing verbs": "ask ping ".repeat(size / 9),
  "middle initials": "Ana B. ".repeat(size / 7),
  "sign-off lines": "Many thanks\n".repeat(size / 12),
  "signature dashes": "\n— Ana".repeat(size / 6),
  "social handles": "twitter.com/ana_".repeat(size / 16),
  particles: "Ana van der ".repeat(size / 12),
  "profile paths": "/in/ab-".repeat(size / 7),
  "profile slugs of initials": "/people/ab-c-".repeat(size / 13),
  "query keys of people": "?ref=ana-&user=".repeat(size / 15),
  "notifications without participles": "Ana Ruiz hat ".repeat(size / 13),
  "lower-case words said to someone": "thank you ".repeat(size / 10),
  "surname-first pairs after a header": `To: ${"Ruiz, Ana x ".repeat(size / 12)}`,
  terms: "diabetes pip performance review ".repeat(size / 32),
  "figurative terms": "surgery on the merge ".repeat(size / 21),
  "clinical endings without a root": `${"itis".repeat(size / 8)} ${"osis ".repeat(size / 10)}`,
  "doses without a schedule": "1 mg 2 ml ".repeat(size / 10),
  "fever words without a reading": "fever is a ".repeat(size / 10),
  "temperatures without their tenth": "temp of 38 ".repeat(size / 11),
  "broken-bone openings without the part": "si è rotta il ".repeat(size / 14),
  "lab readings without their unit": "4.2 mmol/ ".repeat(size / 10),
  "possessives and body parts without an ache": "my knee my back ".repeat(size / 16),
  "short specialists without a visit": "ophtalmo cardio ".repeat(size / 16),
  "vital-sign openings without a reading": "BP 148/ SpO2 ".repeat(size / 13),
  "fracture endings in one long word": `hüft${"fraktur".repeat(size / 7)}`,
  "dosing schemes without a medicine": "1-0-1-".repeat(size / 6),
  "street starts without postal code": "12 Main Street, ".repeat(size / 16),
  "German streets without postal code": "Am Weiher 171, ".repeat(size / 15),
  "postal codes without street": "10115 Berlin ".repeat(size / 13),
  "UK postcodes": "NW1 6XE ".repeat(size / 8),
  "postal codes under short lines": "Flat 8\n10115 Berlin\n".repeat(size / 20),
  "German postal codes with prefixes": "D-10115 Berlin ".repeat(size / 15),
  "state and ZIP": "IL 62704 ".repeat(size / 9),
  "passport words": "passport number ".repeat(size / 16),
  "passport words before capitals": "passeport ABCDEFGH ".repeat(size / 19),
  "MRZ fillers": "P<GBRA<<B<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n".repeat(size / 45),
  "documents without a country": "Document: AB1234567 / ".repeat(size / 22),
  "document number labels": "Document number: passport ".repeat(size / 27),
  "fiscal-code prefixes": "RSSMRA85T10A".repeat(size / 12),
  "SIN groups": "046 454 ".repeat(size / 8),
  "Steuer-ID groups": "12 345 678 ".repeat(size / 11),
  "file-name digits": "_354835376_".repeat(size / 11),
  "account types": "checking 1234 ".repeat(size / 14),
  "routing words and digits": "routing 021000021 account ".repeat(size / 26),
  "pay figures": "$120,000 → ".repeat(size / 11),
  "calibration moves without an end": "from meets to ".repeat(size / 14),
  "HR systems without an action": "Workday - ".repeat(size / 10),
  "scorecard names without a verdict": "Ana Ruiz Lopez Vega: strong ".repeat(size / 28),
  "candidate lines without a colon": "\nZara Okafor Mac Giolla Phadraig ".repeat(size / 33),
  "signed off without a span of time": "signed me off for a ".repeat(size / 20),
  "earners without a figure": "Jake makes She earns ".repeat(size / 21),
  "possessives without a matter": "my Ana's mon mi ".repeat(size / 17),
  "subjects and tenses without a dismissal": "Ana is being was just ".repeat(size / 22),
  "bare thousands beside pay words": "salary 95k 210 base ".repeat(size / 20),
  "rating words without a verdict": "overall rating: ".repeat(size / 16),
  "write up without a person": "write up wrote ".repeat(size / 15),
  "subjects before resign without an ending": "Ana has just resign ".repeat(size / 20),
  "comp rows without a figure": "L4\t+4% ".repeat(size / 8),
  "level moves without a second level": "Ana is moving from L4 to ".repeat(size / 25),
  "hours without a cut": "cut Ana's weekly ".repeat(size / 17),
  "investigations without a person": "is being investigated ".repeat(size / 22),
  "pay columns over cells without figures": "current_base,salary\n,".repeat(size / 21),
  "level cells without a figure": "L4\t12,".repeat(size / 7),
  "leave days without a balance": "sick days Ana has ".repeat(size / 18),
  "lateness without a period": "Ana late 5 times in the ".repeat(size / 24),
  "prose without an end": "Je me fais opérer ".repeat(size / 18),
  "blame authors without a date": "(Ana van ".repeat(size / 9),
  "log authors without an address": "\nAuthor: Ana ".repeat(size / 13),
  "meeting titles without a slash": `1:1 ${"Ana ".repeat(size / 4)}`,
  "names in scripts without capitals": "美香 横井 ".repeat(size / 6),
  "feedback without a who": "feedback for Ana Ruiz ".repeat(size / 22),
  "lower-case words after addressing verbs": "ask ping hey ".repeat(size / 13),
  ratings: "rated 3 out of 5 ".repeat(size / 17),
  "word ratings without a number": '"exceeds" ('.repeat(size / 11),
  "rankings without a cycle": "bottom 10% ".repeat(size / 11),
  "departures without a name": "letting go of ".repeat(size / 14),
  "letting names without go": "letting Ana Bo ".repeat(size / 15),
  "specialist endings": "l'cardiologue ".repeat(size / 14),
  "hyphenated URL words": "https://a/salary-history-".repeat(size / 25),
  "IBAN prefixes": "DE89 ".repeat(size / 5),
  "IBAN groups joined by hyphens and dots": "DE89-3704.".repeat(size / 10),
  "Spanish CCC groups": "cuenta 2100 0813 65 ".repeat(size / 20),
  "account-number phrases without digits": "numero di conto Kontonummer N° de compte ".repeat(size / 41),
  "streets parted by dots without postal codes": "An der Alster 45 · ".repeat(size / 19),
  "phone-like URL path segments": "https://x.io/4155552671/".repeat(size / 24),
  "dotted DNI and BSN groups": "12.345.678-1112.22.".repeat(size / 19),
  "one long URL of key assignments": `https://x.io/?${"api_key=a&".repeat(size / 10)}`,
  "password words in more scripts without values": "heslo пароль パスワード: ".repeat(size / 20),
  "NINO prefixes": "AB 12 ".repeat(size / 6),
  "glued environment names": "PGPASSPASS".repeat(size / 10),
  "glued environment names without values": "AAPASSWORD=".repeat(size / 11),
  "basic credentials": "Authorization: Basic YWRt".repeat(size / 25),
  "echo into sudo": "echo a b c | sudo ".repeat(size / 18),
  "pipes without a reader": "echo a |".repeat(size / 8),
  "net user": "net user a ".repeat(size / 11),
  "PIN words before a verb": "PIN for the door is ".repeat(size / 20),
  "password words and qualifiers without a colon": "password for the a b ".repeat(size / 21),
  "user flags before -p": "az login -u a -p ".repeat(size / 17),
  "pgpass fields": "a:1:b:c:".repeat(size / 8),
  "login pairs": "a@b.io / ".repeat(size / 9),
  "login words before slashes": "login is a / ".repeat(size / 13),
  "login words without a pair": "creds for the ".repeat(size / 14),
  "paging keys": '"next_cursor": "'.repeat(size / 16),
  "name pieces": "Report_2026-".repeat(size / 12),
  ampersands: "Ernst & ".repeat(size / 8),
  "routing slashes": "021000021 / ".repeat(size / 12),
  "nationality cells": "ESP\tPCF99227\t".repeat(size / 14),
  "recipient labels": "DELIVER TO:\n".repeat(size / 12),
  "streets in capitals": "CALLE MAYOR, 64, ".repeat(size / 17),
  "han roads without a house number": "東京都千代田区丸の内建国路".repeat(size / 13),
  "town and digits without a street": "Auckland 1010, Queen ".repeat(size / 21),
  "names in scripts with vowel signs": "राहुल प्रिया ".repeat(size / 13),
  "one long line of uncased attendees": `Attendees: ${"عادل الحق, ".repeat(size / 11)}`,
  "query values": "?value=".repeat(size / 7),
  "abbreviated numbers": "passport no. of ".repeat(size / 16),
  "years after underscores": "P60_2025_".repeat(size / 9),
  "title dashes": "a - Claude ".repeat(size / 11),
  "reference prefixes": "INV-2026-".repeat(size / 9),
  "invoice amounts": "invoice for $142,000 ".repeat(size / 21),
  "example notes": "DE89 3704 0044 0532 0130 00 (".repeat(size / 29),
  "AWS key ids": "AKIAABCDEFGHIJKLMNOP ".repeat(size / 21),
  "provider prefixes": "sk-glpat-hf_SG.hvs.".repeat(size / 19),
  "hex runs": "0123456789abcdef".repeat(size / 16),
  "one long word": "a".repeat(size),
  "bank-code labels without values": "sort code sc BSB IFSC blz rib ".repeat(size / 30),
  "sort codes without accounts": "sort code 12-34-56, account ".repeat(size / 28),
  "assertions before values": "expect(isIban('".repeat(size / 16),
  "prose verbs of other languages": "lösenordet är hasło to ".repeat(size / 23),
  "login words before a user and slash": "login admin / ".repeat(size / 14),
  "users and hosts of commands": "-u a@b.io -h 10.0.0.1 ".repeat(size / 22),
  "connection-string keys": "Server=10.0.0.1;User Id=".repeat(size / 24),
  "national-id candidates with letters": "123456-789A ".repeat(size / 12),
  "grouped digits with dots and dashes": "123.456.789-".repeat(size / 12),
  "tab rows without dates": "Ana Sample\t123456789\t".repeat(size / 22),
  "Dutch postcodes without streets": "1234 AB Amsterdam ".repeat(size / 18),
  "map URLs of plus signs": `https://maps.example/${"12+Rue+".repeat(size / 7)}`,
  "flats without streets": "Flat 5, ".repeat(size / 8),
  "short user labels without passwords": "u: a ".repeat(size / 6),
  "ARN prefixes": "arn:aws:secret:".repeat(size / 15),
  "signature parameters of a signed URL without an end": `https://a.example/o?Expires=1&${"Signature=ab12".repeat(size / 14)}`,
  "hook paths of short keys": `https://a.example${"/hooks/ab12cd/".repeat(size / 14)}`,
  "reset links of many path segments": `https://a.example/reset/${"a1b2c3d4e5f6g7h8i9/".repeat(size / 19)}`,
  "bot ids before a short token": "1234567890:AAab ".repeat(size / 16),
  "device commands without values": "enable secret 0 \nusername a password ".repeat(size / 38),
  "base64 JSON openings": "eyJhdXRoIjoi ".repeat(size / 13),
  "camelCase secret keys without values": "aPassword=bToken: ".repeat(size / 18),
  "Azure Functions URLs without a code": `https://a.azurewebsites.net/api/f?${"x=1&".repeat(size / 4)}`,
  "htpasswd without arguments": "htpasswd -b ".repeat(size / 12),
  "identity-card words without numbers": "Personalausweis Nr. ".repeat(size / 20),
  "social insurance shapes": "65 170839 J ".repeat(size / 12),
  "slashed digit groups": "736028/".repeat(size / 7),
  "four-digit codes and towns without streets": "1000 Bruxelles ".repeat(size / 15),
  "Canadian province codes": "ON M5H ".repeat(size / 7),
  "markup password openings": "<password>".repeat(size / 10),
  "config keys without values": 'key="DbPassword" '.repeat(size / 17),
  "test-mode sentences": "4242 4242 4242 4242 in the sandbox ".repeat(size / 36),
  "unicode letters": "é".repeat(size),
  "house numbers before capitalised words": "12 Oak ".repeat(size / 7),
  "street words without numbers": "Calle de la Via ".repeat(size / 16),
  "street endings without numbers": "Schillerstraße ".repeat(size / 15),
  "post-office boxes without numbers": "PO Box ".repeat(size / 7),
  "clause breaks of spaces and commas without a verb": `the gym${" ,".repeat(size / 4)} ${"  ".repeat(size / 4)}x`,
  "absence words without a family": "back offline skip the ".repeat(size / 22),
  "table rows under a name heading": `first_name,last_name\n${"Ana,Ruiz\n".repeat(size / 9)}`,
  "place words and code words without digits": "Türcode garage code is code de la porte ".repeat(size / 40),
  "session cookie names without values": "sessionid=a; x_session=".repeat(size / 23),
  "base32 groups after a two-factor word": `2FA seed: ${"AB2D ".repeat(size / 5)}`,
  "seed phrase names before plain words": "seed phrase: ribbon eager ".repeat(size / 26),
  "remote-login words before slashes": "rdp a.b c / ".repeat(size / 12),
  "Teams webhook paths without a key": "https://a.webhook.office.com/webhookb2/".repeat(size / 39),
  "Oracle logins without a password": "sqlplus a/".repeat(size / 10),
  "change verbs before password words without a value": "changed the password to ".repeat(size / 24),
  "recovery-code headings over empty lines": "recovery codes\n\n".repeat(size / 16),
  "key-box words without codes": "Schlüsselkasten boîte à clés ".repeat(size / 29),
  "six-digit groups one short of a BitLocker key": "123456-".repeat(size / 7),
  "Japanese block numbers and wards without a postcode": "1-13-29 Sangenjaya, Setagaya-ku, ".repeat(
    size / 33,
  ),
  "slash-numbered houses without a postal code": "Dukelských hrdinů 1937/55, ".repeat(size / 27),
  "contact rows of e-mails and spaced digits": "a@b.no,975 56 543,".repeat(size / 18),
  "spelt-out e-mail words without a domain's end": "sven dot larsson at outlook dot ".repeat(size / 32),
  "ending verbs and debriefs without an employment or a name":
    "kündigen wir das interview debrief for consensus is ".repeat(size / 52),
  "counts made redundant without the roles, and candidacies without the noun":
    "make 12 make some people making 3 staff not to move forward with Ana's ".repeat(size / 70),
  "unspaced scripts beside HR words cut one character short": "绩升职昇育離韓연사직प्रमोशन ".repeat(size / 16),
  "question openings over a long text without a person": `how ${"is a warning valid ".repeat(size / 20)}`,
  "owners and committees before HR shapes that never close":
    "your employment with we passed on got bumped Tom's pto ".repeat(size / 55),
  "contracts not renewed without the contract": "no me renovaron el non mi hanno rinnovato ".repeat(
    size / 42,
  ),
  "passport headings over number labels without a value": "Passport • Ireland\nNumber ".repeat(size / 26),
  "value labels before one value": `${"new number -> ".repeat(size / 14)}ana@example.org`,
  "one unspaced run of Japanese": "会議の彼女と".repeat(size / 6),
  "having verbs and articles before no illness": "she has a bad the ".repeat(size / 18),
  "carers, sayings and medicines for without a complaint": "the doctor says pills for ".repeat(size / 26),
  "held abbreviations after with, clause after clause": "living with MS, ".repeat(size / 16),
  "medicine stems and pregnancy weeks without their ending": "lamotrig estoy de 12 sema 20. SS ".repeat(
    size / 32,
  ),
  "Han and kana runs without an honorific": "高橋 美咲 マリア・ガルシア たなか ゆい ".repeat(size / 24),
  "Han runs before an honorific that Han continues": "田中美咲様式".repeat(size / 6),
  "honorifics before lower-case particles without a surname": "Dr. van der de la ".repeat(size / 18),
  "given names paired with commas and no writer": "Hope, Will, Grace, and ".repeat(size / 23),
  "person labels before colons in other scripts": "連絡先: संपर्क: ".repeat(size / 15),
  "mentions of handles that never end": `@${"ana.".repeat(size / 4)}`,
  "unknown words before row cells": "Budi\t".repeat(size / 5),
  "long compounds ending in nummer before spaced digits": "Angebotsvertragsnummernummer 604 813 ".repeat(
    size / 37,
  ),
  "encoded pluses under a phone key without a number's end": "?phone=%2B4%20-.".repeat(size / 17),
  "country codes with a kept trunk zero and no number": "+340 +390 +44 0 ".repeat(size / 16),
  "at signs between runs of accented and Cyrillic letters": "åäö@жзи".repeat(size / 7),
  "long local parts before encoded at signs without a domain": `${"a.".repeat(40)}%40%40 `.repeat(size / 85),
  "switchboards and reach words before digits": "Zentrale erreichbar nå meg 030 88 ".repeat(size / 34),
  "one unbroken run of Japanese and Chinese, clinical words half written": "病院の予約系统怀".repeat(
    size / 8,
  ),
  "Korean phrases glued to the next, a person and no care": "엄마가 아파 약 ".repeat(size / 8),
  "therapy before runs of hours never a weekday": "therapy 12345 ".repeat(size / 14),
  "star signs named with no horoscope": "cancer ".repeat(size / 7),
  "health portals named with no sign-in": "doctolib ".repeat(size / 9),
  "one long line of backup-code headings": `${"backup codes: 48219930 ".repeat(size / 23)}\n`,
  "banking labels with two letters swapped": "acocunt 1 ".repeat(size / 10),
  "verdict cells under a rating column": `Name,Rating\n${"Meets,".repeat(size / 6)}`,
  "numbers after commas on one long line": "a,1234567 ".repeat(size / 10),
  "SQL rows under a phone column": "(name, phone) VALUES ('0612345678', ".repeat(size / 36),
};

// Inputs also typed into a personal messenger and into work chat, where what a message is about is judged.
const chatInputs = new Set([
  "clause breaks of spaces and commas without a verb",
  "absence words without a family",
  "unicode letters",
  "one long word",
  "value labels before one value",
  "one unspaced run of Japanese",
]);

// The worker runs TypeScript: it registers tsx's loader before importing its module.
function startWorker(onAnswer: (name: string) => void): Promise<Worker> {
  const url = new URL("./linear-time-worker.ts", import.meta.url).href;
  const worker = new Worker(
    `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(url)}); })`,
    { eval: true },
  );
  return new Promise((resolve, reject) => {
    worker.once("error", reject);
    worker.on("message", ({ name }: { name: string }) => {
      if (name === "ready") resolve(worker);
      else onAnswer(name);
    });
  });
}

describe("linear time", () => {
  let worker: Worker;
  const answers = new Map<string, () => void>();
  const answered = (name: string) => answers.get(name)?.();

  before(async () => {
    worker = await startWorker(answered);
  });
  after(() => worker.terminate());

  for (const [name, text] of Object.entries(adversarial)) {
    it(`returns on 100 kB of ${name}`, async () => {
      const returned = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), deadlineMs);
        answers.set(name, () => {
          clearTimeout(timer);
          resolve(true);
        });
        worker.postMessage({ name, text, chat: chatInputs.has(name) });
      });
      if (!returned) {
        // The worker is stuck in a pattern: stop it, and start a fresh one for the inputs after this.
        await worker.terminate();
        worker = await startWorker(answered);
      }
      assert.ok(returned, `${name}: no answer within ${deadlineMs} ms`);
    });
  }
});

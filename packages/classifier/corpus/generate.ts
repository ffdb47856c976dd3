/**
 * Writes corpus/generated.jsonl: sentences from the templates below with
 * values from @faker-js/faker (fixed seed) at known offsets. Run:
 *   node --import tsx packages/classifier/corpus/generate.ts
 *
 * Values are made here, independently of the detectors: the vocabulary of
 * health and HR phrases is written separately from the detectors' lists, and
 * generated cards, IBANs and phone numbers are checked with other code than
 * the detectors' own (validator's Luhn and IBAN checks, libphonenumber's
 * isValidPhoneNumber) so that a label never depends on the code it grades.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { faker } from "@faker-js/faker";
import { isValidPhoneNumber } from "libphonenumber-js/max";
import validator from "validator";
import type { CorpusEntry, CorpusLabel, LabelKind } from "../scripts/corpus.ts";

const seed = 4_2026;
const entriesPerGroup = { positive: 2400, negative: 1500, surface: 200, prompt: 100 };

type Slot = () => { value: string; kind?: LabelKind };

const pick = <T>(values: readonly T[]): T => faker.helpers.arrayElement(values);
const digits = (count: number) => faker.string.numeric({ length: count, allowLeadingZeros: true });

// Values -------------------------------------------------------------------

function card(): string {
  for (;;) {
    const issuer = pick(["visa", "mastercard", "amex", "discover", "jcb", "diners_club"] as const);
    const raw = faker.finance.creditCardNumber(issuer);
    const compact = raw.replace(/\D/g, "");
    if (!validator.isLuhnNumber(compact)) continue;
    const style = faker.number.int(3);
    if (style === 0) return compact;
    if (style === 1) return raw;
    // Groups of four separated by spaces, as a person types it from the card.
    return compact.replace(/(\d{4})(?=\d)/g, "$1 ");
  }
}

function iban(): string {
  for (;;) {
    const value = faker.finance.iban({ formatted: faker.datatype.boolean() });
    if (validator.isIBAN(value.replaceAll(" ", ""))) return value;
  }
}

function ssn(): string {
  for (;;) {
    const area = faker.number.int({ min: 1, max: 899 });
    if (area === 666) continue;
    const group = faker.number.int({ min: 1, max: 99 });
    const serial = faker.number.int({ min: 1, max: 9999 });
    const separator = faker.helpers.weightedArrayElement([
      { value: "-", weight: 4 },
      { value: " ", weight: 1 },
    ]);
    return [
      String(area).padStart(3, "0"),
      String(group).padStart(2, "0"),
      String(serial).padStart(4, "0"),
    ].join(separator);
  }
}

function nino(): string {
  const first = pick([..."ABCEGHJKLMNOPRSTWXYZ"]);
  const second = pick([..."ABCEGHJKLMNPRSTWXYZ"]);
  if (["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"].includes(first + second)) return nino();
  const body = digits(6);
  const suffix = pick([..."ABCD"]);
  return faker.datatype.boolean()
    ? `${first}${second} ${body.slice(0, 2)} ${body.slice(2, 4)} ${body.slice(4)} ${suffix}`
    : `${first}${second}${body}${suffix}`;
}

const dniAlphabet = "TRWAGMYFPDXBNJZSQVHLCKE";

function dni(): string {
  const number = faker.number.int({ min: 1_000_000, max: 99_999_999 });
  const letter = dniAlphabet.charAt(number % 23);
  return `${String(number).padStart(8, "0")}${faker.datatype.boolean() ? "-" : ""}${letter}`;
}

function nie(): string {
  const prefix = faker.number.int(2);
  const number = faker.number.int({ min: 0, max: 9_999_999 });
  const letter = dniAlphabet.charAt(Number(`${prefix}${String(number).padStart(7, "0")}`) % 23);
  return `${"XYZ".charAt(prefix)}${String(number).padStart(7, "0")}${letter}`;
}

function insee(): string {
  const sex = pick(["1", "2"]);
  const year = digits(2);
  const month = String(faker.number.int({ min: 1, max: 12 })).padStart(2, "0");
  const department = String(faker.number.int({ min: 1, max: 95 })).padStart(2, "0");
  const body = `${sex}${year}${month}${department}${digits(3)}${digits(3)}`;
  let remainder = 0;
  for (const char of body) remainder = (remainder * 10 + Number(char)) % 97;
  const key = String(97 - remainder).padStart(2, "0");
  return faker.datatype.boolean()
    ? `${body.slice(0, 1)} ${body.slice(1, 3)} ${body.slice(3, 5)} ${body.slice(5, 7)} ${body.slice(7, 10)} ${body.slice(10)} ${key}`
    : `${body}${key}`;
}

// Formats per country with digits drawn at random, kept only when the
// numbering plan says the result can be a real number.
const phoneFormats: readonly string[] = [
  "(###) ###-####",
  "###-###-####",
  "###.###.####",
  "+1 ### ### ####",
  "+1 (###) ###-####",
  "+44 20 #### ####",
  "+44 7### ######",
  "07### ######",
  "020 #### ####",
  "+33 6 ## ## ## ##",
  "06 ## ## ## ##",
  "+49 30 ########",
  "+49 151 ########",
  "+34 6## ### ###",
  "+39 3## ### ####",
  "+31 6 ########",
  "+91 9#### #####",
];

function phone(): string {
  for (;;) {
    const value = faker.helpers.replaceSymbols(pick(phoneFormats));
    if (isValidPhoneNumber(value, "US")) return value;
  }
}

function ipv4(): string {
  for (;;) {
    const value = faker.internet.ipv4();
    if (!/^(?:0|127|255)\./.test(value)) return value;
  }
}

function ipv6(): string {
  return faker.datatype.boolean()
    ? faker.internet.ipv6()
    : `2001:db8:${faker.string.hexadecimal({ length: 4, prefix: "" })}::${faker.number.int({ min: 1, max: 9999 })}`;
}

const alnum = (length: number) => faker.string.alphanumeric({ length, casing: "mixed" });
const upperAlnum = (length: number) => faker.string.alphanumeric({ length, casing: "upper" });

function jwt(): string {
  const header = Buffer.from(JSON.stringify({ alg: pick(["HS256", "RS256", "ES256"]), typ: "JWT" })).toString(
    "base64url",
  );
  const payload = Buffer.from(
    JSON.stringify({ sub: faker.string.uuid(), name: faker.person.firstName(), iat: faker.number.int(2e9) }),
  ).toString("base64url");
  return `${header}.${payload}.${faker.string.alphanumeric(43)}`;
}

function privateKey(): string {
  const lines = Array.from({ length: 4 }, () => faker.string.alphanumeric(64));
  const kind = pick(["RSA ", "EC ", "OPENSSH ", ""]);
  return `-----BEGIN ${kind}PRIVATE KEY-----\n${lines.join("\n")}\n-----END ${kind}PRIVATE KEY-----`;
}

function randomSecret(): string {
  // 24–48 characters of a base62 alphabet: how API keys without a prefix look.
  return alnum(faker.number.int({ min: 24, max: 48 }));
}

function password(): string {
  return faker.internet.password({
    length: faker.number.int({ min: 10, max: 16 }),
    pattern: /[A-Za-z0-9!#%&*]/,
  });
}

// Written for the corpus, not copied from the detectors: some are phrased
// differently on purpose, so recall measures the vocabulary, not an echo.
// biome-ignore format: vocabulary reads better packed
const conditions = [
  "type 2 diabetes", "asthma", "migraines", "depression", "an anxiety disorder", "breast cancer", "epilepsy",
  "high blood pressure", "Crohn's", "ADHD", "bipolar disorder", "long covid", "endometriosis", "psoriasis",
  "arthritis", "a panic disorder", "PTSD", "celiac disease", "hypothyroidism", "sleep apnea", "a herniated disc",
  "kidney stones", "gout", "lupus", "multiple sclerosis", "IBS", "eczema", "pneumonia", "shingles", "an ulcer",
];
// biome-ignore format: vocabulary reads better packed
const medications = [
  "metformin", "sertraline", "Lexapro", "insulin", "Adderall", "prednisone", "levothyroxine", "gabapentin",
  "Ozempic", "Xanax", "atorvastatin", "lisinopril", "amoxicillin", "fluoxetine", "Wellbutrin", "methotrexate",
  "Humira", "an inhaler", "antidepressants", "ibuprofen 800",
];
// biome-ignore format: vocabulary reads better packed
const clinical = [
  "blood test", "MRI scan", "biopsy", "colonoscopy", "therapy session", "psychiatrist appointment",
  "physiotherapy", "CT scan", "mammogram", "follow-up with the oncologist", "cardiologist visit",
];
// biome-ignore format: vocabulary reads better packed
const hrTopics = [
  "performance review", "performance improvement plan", "PIP", "written warning", "disciplinary hearing",
  "salary review", "pay rise", "final warning", "probation review", "exit interview", "severance package",
  "redundancy consultation", "medical leave", "maternity leave", "sick leave", "grievance", "promotion case",
  "bonus", "compensation review", "leave of absence", "harassment complaint", "demotion", "notice period",
];
const ratings = ["below expectations", "meets expectations", "exceeds expectations", "needs improvement"];

const slots: Record<string, Slot> = {
  card: () => ({ value: card(), kind: "card" }),
  iban: () => ({ value: iban(), kind: "iban" }),
  ssn: () => ({ value: ssn(), kind: "us-ssn" }),
  nino: () => ({ value: nino(), kind: "uk-nino" }),
  dni: () => ({ value: faker.datatype.boolean() ? dni() : nie(), kind: "es-dni" }),
  insee: () => ({ value: insee(), kind: "fr-insee" }),
  email: () => ({ value: faker.internet.email(), kind: "email" }),
  phone: () => ({ value: phone(), kind: "phone" }),
  ipv4: () => ({ value: ipv4(), kind: "ip" }),
  ipv6: () => ({ value: ipv6(), kind: "ip" }),
  name: () => ({ value: `${faker.person.firstName()} ${faker.person.lastName()}`, kind: "name" }),
  aws: () => ({ value: `AKIA${upperAlnum(16)}`, kind: "secret" }),
  github: () => ({ value: `ghp_${alnum(36)}`, kind: "secret" }),
  slack: () => ({ value: `xoxb-${digits(12)}-${digits(13)}-${alnum(24)}`, kind: "secret" }),
  stripe: () => ({ value: `sk_live_${alnum(24)}`, kind: "secret" }),
  google: () => ({
    value: `AIza${faker.string.fromCharacters("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-", 35)}`,
    kind: "secret",
  }),
  jwt: () => ({ value: jwt(), kind: "secret" }),
  privateKey: () => ({ value: privateKey(), kind: "secret" }),
  randomSecret: () => ({ value: randomSecret(), kind: "secret" }),
  password: () => ({ value: password(), kind: "secret" }),
  condition: () => ({ value: pick(conditions), kind: "health" }),
  medication: () => ({ value: pick(medications), kind: "health" }),
  clinical: () => ({ value: pick(clinical), kind: "health" }),
  hrTopic: () => ({ value: pick(hrTopics), kind: "hr" }),
  rating: () => ({ value: pick(ratings), kind: "hr" }),
  // Unlabelled fillers.
  first: () => ({ value: faker.person.firstName() }),
  city: () => ({ value: faker.location.city() }),
  weekday: () => ({ value: faker.date.weekday() }),
  company: () => ({ value: faker.company.name() }),
  product: () => ({ value: faker.commerce.productName() }),
  amount: () => ({ value: faker.finance.amount({ min: 5, max: 5000, dec: 2 }) }),
  orderId: () => ({
    value: `${pick(["ORD", "INV", "PO", "TKT"])}-${digits(faker.number.int({ min: 6, max: 10 }))}`,
  }),
  version: () => ({ value: faker.system.semver() }),
  sha: () => ({ value: faker.git.commitSha() }),
  shortSha: () => ({ value: faker.git.commitSha({ length: 7 }) }),
  uuid: () => ({ value: faker.string.uuid() }),
  date: () => ({ value: faker.date.recent({ days: 400, refDate: "2026-01-01" }).toISOString().slice(0, 10) }),
  time: () => ({ value: `${faker.number.int({ min: 7, max: 19 })}:${pick(["00", "15", "30", "45"])}` }),
  count: () => ({ value: String(faker.number.int({ min: 2, max: 9999 })) }),
  bigCount: () => ({ value: digits(faker.number.int({ min: 9, max: 16 })).replace(/^0/, "1") }),
  port: () => ({ value: String(faker.number.int({ min: 1024, max: 65_535 })) }),
  word: () => ({ value: faker.word.noun() }),
  phrase: () => ({ value: faker.hacker.phrase() }),
  catchPhrase: () => ({ value: faker.company.catchPhrase() }),
  commitMessage: () => ({ value: faker.git.commitMessage() }),
  userAgent: () => ({ value: faker.internet.userAgent() }),
  url: () => ({ value: faker.internet.url({ appendSlash: faker.datatype.boolean() }) }),
  objectId: () => ({ value: faker.database.mongodbObjectId() }),
  nanoid: () => ({ value: faker.string.nanoid() }),
  routing: () => ({ value: faker.finance.routingNumber() }),
  account: () => ({ value: faker.finance.accountNumber() }),
  filePath: () => ({ value: faker.system.filePath() }),
  sentence: () => ({ value: faker.lorem.sentence() }),
  jobTitle: () => ({ value: faker.person.jobTitle() }),
};

// Templates ----------------------------------------------------------------
// `{slot}` is filled from `slots`; `[[kind:text]]` is fixed text with a label.

const positiveTemplates: readonly string[] = [
  "my card number is {card} exp 09/28",
  "Can you charge {card} for the {product}?",
  "{card}",
  "use the company card {card} for the hotel in {city}",
  "paid with {card} on {date}, total {amount}",
  "please wire {amount} EUR to {iban}",
  "IBAN: {iban}",
  "New bank details for payroll: {iban} (account holder {name})",
  "{name} changed her IBAN to {iban} yesterday",
  "SSN {ssn}",
  "my social security number is {ssn}",
  "Employee {name}, SSN: {ssn}, start date {date}",
  "his NI number is {nino}",
  "National Insurance: {nino}",
  "DNI {dni}",
  "mi número de DNI es {dni}",
  "NIE/DNI del empleado: {dni}",
  "numéro de sécurité sociale : {insee}",
  "INSEE {insee}",
  "email me at {email}",
  "cc {email} on the thread",
  "{email}",
  "new account created for {email} on {date}",
  "call me on {phone}",
  "my mobile is {phone} if anything breaks",
  "Phone: {phone}",
  "reach {name} at {phone} after {time}",
  "ssh into {ipv4} and restart the worker",
  "login from unusual IP {ipv4} blocked",
  "the VPN gave me {ipv6} this morning",
  "connect to {ipv4}:{port}",
  "Hi {name}, thanks for the quick reply.",
  "Meeting with {name} moved to {weekday}",
  "{name} will cover for me on {weekday}",
  "Dear {name},",
  "Can you ask {name} to review the deck?",
  "export AWS_ACCESS_KEY_ID={aws}",
  "aws key {aws}",
  "GITHUB_TOKEN={github}",
  "use this token: {github}",
  "slack bot token {slack}",
  "STRIPE_SECRET_KEY={stripe}",
  "const stripe = new Stripe('{stripe}');",
  "GOOGLE_MAPS_KEY={google}",
  "Authorization: Bearer {jwt}",
  "here's the id token {jwt}",
  "{privateKey}",
  'api_key = "{randomSecret}"',
  "client_secret: {randomSecret}",
  "the staging secret is {randomSecret}",
  "password: {password}",
  "DB_PASSWORD={password}",
  "my password is {password}",
  "I was [[health:diagnosed]] with {condition} last year",
  "can't come in today, my {condition} is acting up",
  "the doctor switched me from {medication} to {medication}",
  "picking up my {medication} [[health:prescription]] at lunch",
  "I have a {clinical} on {weekday} morning",
  "results from the {clinical} came back, still waiting on the GP",
  "{name}'s {hrTopic} is on {weekday}",
  "we need to discuss the {hrTopic} for {name}",
  "HR asked me to prepare the {hrTopic} paperwork",
  "I got {rating} on my review again",
  "[[hr:rating]]: {rating}. Next step is a {hrTopic}",
  "she's on {hrTopic} until {date}",
];

// Ordinary work text, with numbers, ids, hashes and code that must stay `text`.
const negativeTemplates: readonly string[] = [
  "order {orderId} shipped on {date}",
  "invoice {orderId} for {amount} is overdue",
  "build {count} passed in {count} seconds",
  "bump version to {version}",
  "git commit {sha}",
  "reverted {shortSha} because it broke the build",
  "git checkout {sha} -- src/index.ts",
  "request id {uuid}",
  'const userId = "{uuid}";',
  "sha256: {sha}{sha}",
  "for (let i = 0; i < {count}; i++) { total += items[i]; }",
  "SELECT * FROM orders WHERE id = {bigCount};",
  "timestamp {bigCount} out of range",
  'if (retries > {count}) { throw new Error("gave up after {count} tries"); }',
  "listening on port {port}",
  "{count} rows affected",
  "the {product} costs {amount}",
  "standup at {time} in {city}",
  "{catchPhrase}",
  "We should {phrase}",
  "lunch with the {word} team on {weekday}?",
  "ticket {orderId} closed as duplicate",
  "deploy {version} to staging at {time}",
  "password reset link expired, requesting a new one",
  "the token limit is {count} per request",
  'function getPassword() { return prompt("Password"); }',
  "const password = req.body.password;",
  "api_key: string;",
  "see RFC {count} section {count}",
  "tracking number {bigCount}",
  "We shipped {count} units of {product} to {company}",
  "{company} renewed the contract for {count} seats",
  "the app crashed on {weekday}, stack trace attached",
  "npm install {word}@{version}",
  "pip install requests=={version}",
  "Chrome {version} breaks the date picker",
  "the meeting was a pain, but we got through the review",
  "code review for {shortSha} is done",
  "raise an exception when the queue is full",
  "the operation timed out after {count} ms",
  "{commitMessage}",
  "User-Agent: {userAgent}",
  "see {url} for details",
  "object {objectId} not found in collection {word}",
  "short link id {nanoid} expires in {count} days",
  "routing {routing}, account {account}",
  "saved to {filePath}",
  "{sentence}",
  "{sentence} {sentence}",
  "{jobTitle} at {company}, {city}",
];

// Same kinds of text, seen where the place itself says something.
// biome-ignore format: a table reads better packed
const surfaceTemplates: readonly { text: string; app: string; title: string; url?: string; field?: string }[] = [
  { text: "refill {medication} before {weekday}", app: "Firefox", title: "MyChart - Messages", url: "https://mychart.example-health.org/messages" },
  { text: "feeling better, the {condition} is under control", app: "Firefox", title: "Patient Portal", url: "https://patient.example-clinic.com/inbox" },
  { text: "transfer {amount} to {iban}", app: "Safari", title: "Online Banking", url: "https://online.examplebank.com/transfer" },
  { text: "const ANSWER = {count}; // see issue {count}", app: "Visual Studio Code", title: "index.ts — cordon" },
  { text: "{hrTopic} notes for {name}", app: "Chrome", title: "Workday", url: "https://wd5.myworkday.com/acme/d/home.htmld" },
];

// Sent to an AI assistant: the whole text is a `prompt`, and what is inside it is labelled too.
const promptTemplates: readonly string[] = [
  "Summarise this for me: {phrase}",
  "Write a polite reply to {name} declining the meeting on {weekday}",
  "Explain the difference between a {word} and a {word}",
  "Help me write my self-assessment for the [[hr:performance review]]",
  "What are the side effects of {medication}?",
  "Translate to Spanish: {catchPhrase}",
  "Is {condition} something I should tell my manager about?",
  "Give me three names for a {product} startup",
];

// Fill --------------------------------------------------------------------------

function fill(template: string): { text: string; labels: CorpusLabel[] } {
  let text = "";
  const labels: CorpusLabel[] = [];
  let i = 0;
  while (i < template.length) {
    if (template.startsWith("[[", i)) {
      const close = template.indexOf("]]", i);
      const [kind, literal = ""] = template.slice(i + 2, close).split(":");
      labels.push({ start: text.length, end: text.length + literal.length, kind: kind as LabelKind });
      text += literal;
      i = close + 2;
    } else if (template.charAt(i) === "{" && /^\{[A-Za-z0-9]+\}/.test(template.slice(i))) {
      const close = template.indexOf("}", i);
      const slot = slots[template.slice(i + 1, close)];
      if (slot === undefined) throw new Error(`unknown slot in template: ${template}`);
      const { value, kind } = slot();
      if (kind !== undefined) labels.push({ start: text.length, end: text.length + value.length, kind });
      text += value;
      i = close + 1;
    } else {
      text += template.charAt(i);
      i++;
    }
  }
  return { text, labels };
}

export function generateCorpus(): CorpusEntry[] {
  faker.seed(seed);
  const entries: CorpusEntry[] = [];
  for (let n = 0; n < entriesPerGroup.positive; n++) {
    entries.push({ id: `gen-p${n}`, ...fill(positiveTemplates[n % positiveTemplates.length] ?? "") });
  }
  for (let n = 0; n < entriesPerGroup.negative; n++) {
    entries.push({ id: `gen-n${n}`, ...fill(negativeTemplates[n % negativeTemplates.length] ?? "") });
  }
  for (let n = 0; n < entriesPerGroup.surface; n++) {
    const template = surfaceTemplates[n % surfaceTemplates.length];
    if (template === undefined) continue;
    const surface = { app: { name: template.app }, window: { title: template.title }, url: template.url };
    entries.push({ id: `gen-s${n}`, ...fill(template.text), surface });
  }
  for (let n = 0; n < entriesPerGroup.prompt; n++) {
    const { text, labels } = fill(promptTemplates[n % promptTemplates.length] ?? "");
    const prompt: CorpusLabel = { start: 0, end: text.length, kind: "prompt" };
    entries.push({ id: `gen-a${n}`, text, labels: [prompt, ...labels], eventType: "ai.prompt" });
  }
  return entries;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = path.join(path.dirname(fileURLToPath(import.meta.url)), "generated.jsonl");
  const entries = generateCorpus();
  writeFileSync(out, `${entries.map((entry) => JSON.stringify(entry)).join("\n")}\n`);
  console.log(`wrote ${entries.length} entries to ${path.relative(process.cwd(), out)}`);
}

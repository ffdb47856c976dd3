import type { Word } from "../text.ts";

/**
 * What a chat message is about: personal life (family, partners, home,
 * money, pets, life events, feelings) or work (code, releases, meetings,
 * clients). A personal message typed into work chat is a conversation the
 * product must protect as `prompt`; work talk typed into a personal messenger
 * is not. One lookup per word and per pair of words.
 */
export type ConversationTopic = "personal" | "work" | "unclear";

// biome-ignore format: word lists read better packed
const personalWords = new Set([
  // family
  "kids", "kid", "son", "daughter", "baby", "babe", "toddler", "nursery", "daycare", "mum", "mom", "mommy",
  "mummy", "mother", "dad", "daddy", "father", "parents", "grandma", "grandpa", "granny", "grandmother",
  "grandfather", "nan", "nana", "sister", "brother", "siblings", "cousin", "aunt", "auntie", "uncle", "niece",
  "nephew", "wife", "husband", "hubby", "spouse", "boyfriend", "girlfriend", "fiancé", "fiance", "fiancée",
  "fiancee", "in-laws", "stepdad", "stepmom", "stepmum",
  // partners and feelings
  "honey", "sweetheart", "darling", "anniversary", "propose", "engaged", "engagement", "wedding",
  "married", "marry", "divorce", "divorced", "breakup", "cheating", "cheated", "relationship", "dating", "lonely",
  "heartbroken", "crying", "cried", "upset", "scared", "❤️", "😘", "😍", "💕", "xoxo", "xx",
  // home and money
  "landlord", "landlady", "rent", "mortgage", "apartment", "plumber", "electrician", "groceries",
  "laundry", "dishes", "babysitter", "nanny", "lend", "borrow", "owe", "paycheck", "bills",
  // pets
  "cat", "dog", "puppy", "kitten", "vet",
  // life events
  "funeral", "passed", "birthday", "recital", "graduation", "parent-teacher", "christening", "honeymoon",
  "housewarming", "pregnant", "miscarriage",
  // the same life in the offices' other languages (de, fr, es): family, partners, break-ups, debts
  "mutter", "mama", "vater", "papa", "bruder", "schwester", "sohn", "tochter", "oma", "opa", "kinder",
  "freundin", "ehemann", "ehefrau", "scheidung", "getrennt", "trennung", "hochzeit", "schulden", "vermieter",
  "mère", "père", "frère", "sœur", "soeur", "fils", "enfants", "copain", "copine", "mari", "divorce",
  "mariage", "dettes", "propriétaire", "madre", "padre", "hermano", "hermana", "hijo", "hija", "hijos",
  "pareja", "novio", "novia", "marido", "esposa", "esposo", "divorcio", "boda", "deudas", "casero",
  // money troubles
  "debt", "debts", "payday", "skint",
  // children's care and custody, dating and going out, in en, de, fr, es, nl, it, pt
  "custody", "crèche", "kita", "kindergarten", "guardería", "creche", "asilo", "kinderopvang",
  "schatz", "chérie", "chéri", "cariño", "amore", "tesoro", "liebling", "lieverd", "querida", "querido",
  "tinder", "hinge", "bumble", "crush", "ex-wife", "ex-husband", "ex-boyfriend", "ex-girlfriend",
  "freund", "vriendin", "vriend", "moeder", "vader", "madre", "fidanzata", "fidanzato", "marito", "moglie",
  "figlio", "figlia", "mamma", "pai", "mãe", "filho", "filha", "namorada", "namorado",
]);

// biome-ignore format: word lists read better packed
const personalPhrases = new Set([
  "love you", "miss you", "date night", "broke up", "passed away", "see you tonight", "come home", "at home",
  "school play", "pick up", "the kids", "my son", "my daughter", "my mum", "my mom", "my dad", "my wife",
  "my husband", "my sister", "my brother", "my boyfriend", "my girlfriend", "my partner", "new flat",
  "new house", "the house", "the car", "your parents", "your mum", "your mom", "your dad", "got into",
  "my flat", "our flat", "the flat", "a house", "the school", "his school", "her school", "pick him", "pick her", "my parents", "my kids",
  // going out with someone, dating, moving in, fights, money worries, a sleepless night with a child
  "dinner with", "drinks with", "first date", "second date", "blind date", "wish me", "in together",
  "the fight", "a fight", "money tight", "you land", "all night", "care home", "kino mit", "cena con",
  "dîner avec",
  // telling friends a new phone number or a new home, in the offices' languages (a new address
  // alone is as often the one a parcel or payroll needs)
  "new number", "nouveau numéro", "neue nummer", "número nuevo", "nuevo número", "casa nueva",
  "nuovo numero", "nieuw nummer", "novo número",
]);

// Pairs that lean personal but are also said of work ("last night's deploy", "our new API"): half a
// word's weight, so one work word outweighs them.
// biome-ignore format: word lists read better packed
const leaningPersonalPhrases = new Set([
  "last night", "date last", "between us", "we're expecting", "come visit", "notre nouvelle", "unsere neue",
  "nuestra nueva", "nossa nova", "la nostra", "ons nieuwe", "our new", "running on",
]);

// biome-ignore format: word lists read better packed
const workWords = new Set([
  "deploy", "deployed", "deployment", "staging", "prod", "production", "pr", "prs", "merge", "merged",
  "merging", "commit", "branch", "build", "ci", "pipeline", "release", "released", "qa", "ticket", "tickets",
  "jira", "sprint", "standup", "stand-up", "sync", "meeting", "all-hands", "client", "clients", "customer",
  "customers", "quote", "invoice", "contract", "slides", "deck", "roadmap", "deadline", "launch", "feature",
  "bug", "incident", "on-call", "outage", "dashboard", "dashboards", "rollout", "review", "approved", "manager",
  "project", "report", "budget", "kpi", "okr", "spreadsheet", "repo", "server", "api", "database", "backlog",
  "handover", "onboarding", "vendor", "stakeholders", "agenda", "retro", "demo", "escalation", "sla", "lgtm",
  "hotfix", "migration", "test", "tests", "flaky", "blocked", "epic", "estimate", "office", "team",
  // data jobs and the numbers of the business
  "etl", "nightly", "cron", "batch", "backfill", "backup", "sales", "revenue", "quarterly", "forecast",
  "pipeline", "inbox", "kpis", "metrics",
  // work in the offices' other languages (de, fr, es)
  "besprechung", "kunde", "kunden", "bereitstellung", "fehler", "angebot", "rechnung", "projekt",
  "réunion", "déploiement", "serveur", "livrable", "devis", "facture", "projet", "despliegue", "reunión",
  "cliente", "clientes", "servidor", "errores", "entrega", "presupuesto", "factura", "proyecto",
]);

// Work said in two words: "on call" (the rota), where each word alone says nothing.
const workPhrases = new Set(["on call", "pull request", "code review", "the build", "the release"]);

export function conversationTopic(words: readonly Word[]): ConversationTopic {
  const { personal, work } = conversationSignals(words);
  if (personal > 0 && personal >= work) return "personal";
  if (work > 0) return "work";
  return "unclear";
}

/** How many words and pairs of words speak of personal life and of work. */
export function conversationSignals(words: readonly Word[]): { personal: number; work: number } {
  let personal = 0;
  let work = 0;
  for (let i = 0; i < words.length; i++) {
    // "my dad's flight", "my son's school": a possessive is the word it belongs to.
    const word = withoutPossessive(words[i]?.lower ?? "");
    if (personalWords.has(word)) personal++;
    if (workWords.has(word)) work++;
    const next = words[i + 1];
    const pair = next === undefined ? "" : `${word} ${withoutPossessive(next.lower)}`;
    if (personalPhrases.has(pair)) personal++;
    else if (leaningPersonalPhrases.has(pair)) personal += 0.5;
    if (workPhrases.has(pair)) work++;
  }
  return { personal, work };
}

// The writer speaking of themselves or their own family, in en, de, fr, es, it, nl, pt, sv, pl:
// "my", "me", "I'm", "mein", "mir", "je", "moi", "mon", "mi". Bare "I" is left out: "I'll do Tom's
// review" is the writer's work, while "I'm", "I've", "I was", "I got" say what happened to them.
// "We" and "our" are left out too: "we're putting Tom on a plan" is a manager's work.
// biome-ignore format: word lists read better packed
const selfWords = new Set([
  "my", "me", "mine", "myself", "i'm", "im", "i've", "ive", "i'd",
  "ich", "mich", "mir", "mein", "meine", "meinen", "meinem", "meiner", "meines",
  "je", "j'ai", "moi", "mon", "ma", "mes", "m'a", "m'ont",
  "yo", "mi", "mis", "estoy", "tengo", "io", "mio", "mia", "sono", "ho", "mijn", "ik", "eu", "meu", "minha",
  "jag", "mitt", "mam", "mój", "moja", "jestem",
]);
const selfAfterI = new Set([
  "was",
  "got",
  "am",
  "have",
  "had",
  "get",
  "need",
  "just",
  "might",
  "will",
  "can't",
  "cannot",
]);

/**
 * The writer speaks of themselves or their own: with a health or HR finding this is their
 * personal life typed into chat, which the product keeps as a conversation beside that category.
 */
export function speaksOfSelf(words: readonly Word[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const word = words[i]?.lower ?? "";
    if (selfWords.has(word) || personalWords.has(withoutPossessive(word))) return true;
    if (word === "i" && selfAfterI.has(words[i + 1]?.lower ?? "")) return true;
  }
  return false;
}

function withoutPossessive(lower: string): string {
  return lower.endsWith("'s") ? lower.slice(0, -2) : lower;
}

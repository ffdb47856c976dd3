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
  "debt", "debts",
]);

// biome-ignore format: word lists read better packed
const personalPhrases = new Set([
  "love you", "miss you", "date night", "broke up", "passed away", "see you tonight", "come home", "at home",
  "school play", "pick up", "the kids", "my son", "my daughter", "my mum", "my mom", "my dad", "my wife",
  "my husband", "my sister", "my brother", "my boyfriend", "my girlfriend", "my partner", "new flat",
  "new house", "the house", "the car", "your parents", "your mum", "your mom", "your dad", "got into",
  "my flat", "our flat", "the flat", "a house", "the school", "his school", "her school", "pick him", "pick her", "my parents", "my kids",
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
    if (workPhrases.has(pair)) work++;
  }
  if (personal > 0 && personal >= work) return "personal";
  if (work > 0) return "work";
  return "unclear";
}

// The writer speaking of themselves or their own family, in en, de, fr, es: "my", "me", "I'm",
// "mein", "mir", "je", "moi", "mon", "mi", "me". Bare "I" is left out: "I'll do Tom's review" is
// the writer's work, while "I'm", "I've", "I was", "I got" say what happened to them.
// biome-ignore format: word lists read better packed
const selfWords = new Set([
  "my", "me", "mine", "myself", "i'm", "im", "i've", "ive", "i'd", "we're", "our", "ours", "us",
  "ich", "mich", "mir", "mein", "meine", "meinen", "meinem", "meiner", "meines", "wir", "uns", "unser", "unsere",
  "je", "j'ai", "moi", "mon", "ma", "mes", "m'a", "m'ont", "nous", "notre", "nos",
  "yo", "mi", "mis", "estoy", "tengo", "nosotros", "nuestro", "nuestra",
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

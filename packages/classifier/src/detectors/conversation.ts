import type { Word } from "../text.ts";

/**
 * What a chat message is about: personal life (family, partners, home,
 * money, pets, life events, feelings) or work (code, releases, meetings,
 * clients), or it is a service's notice to its customer (a parcel, a bill, a
 * ride, a code). A personal message typed into work chat is a conversation the
 * product must protect as `prompt`; work talk or a service's text arriving in a
 * personal messenger is not. One lookup per word and per pair of words.
 */
export type ConversationTopic = "personal" | "work" | "notice" | "unclear";

// biome-ignore format: word lists read better packed
const personalWords = new Set([
  // family
  "kids", "kid", "daughter", "baby", "babe", "toddler", "nursery", "daycare", "mum", "mom", "mommy",
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
  "cat", "dog", "puppy", "kitten", "vet", "pet", "pets", "goldfish", "tortoise",
  // round eleven: godparents, teenagers, step-siblings, widowhood and baptisms; not "rabbit" (a queue),
  // "widow" (a typesetting term), "Valentine" (a name) or "evicted" (a pod)
  "godson", "goddaughter", "godmother", "teenager", "teenagers", "stepsister", "stepbrother", "widowed", "widower",
  "baptism", "quinceañera",
  // life events; a pregnancy or a miscarriage is not among them: it is the writer's health, which the
  // health category holds ("I'm 20 weeks pregnant" in work chat is no family news)
  "funeral", "birthday", "recital", "graduation", "parent-teacher", "christening", "honeymoon",
  "housewarming",
  // the same life in the offices' other languages (de, fr, es): family, partners, break-ups, debts
  "mutter", "mama", "vater", "papa", "bruder", "schwester", "sohn", "tochter", "oma", "opa", "kinder",
  "freundin", "ehemann", "ehefrau", "scheidung", "getrennt", "trennung", "hochzeit", "schulden", "vermieter",
  "mère", "père", "frère", "sœur", "soeur", "fils", "enfants", "copain", "copine", "mari", "divorce",
  "mariage", "dettes", "propriétaire", "madre", "padre", "hermano", "hermana", "hijo", "hija", "hijos",
  "pareja", "novio", "novia", "marido", "esposa", "esposo", "divorcio", "boda", "deudas", "casero",
  // money troubles
  "debt", "debts", "payday", "skint", "overdraft", "overdrawn", "dispokredit",
  // children's care and custody, dating and going out, in en, de, fr, es, nl, it, pt
  "custody", "crèche", "kita", "kindergarten", "guardería", "creche", "asilo", "kinderopvang",
  "schatz", "chérie", "chéri", "cariño", "amore", "tesoro", "liebling", "lieverd", "querida", "querido",
  "tinder", "hinge", "bumble", "crush", "ex-wife", "ex-husband", "ex-boyfriend", "ex-girlfriend",
  "freund", "vriendin", "vriend", "moeder", "vader", "madre", "fidanzata", "fidanzato", "marito", "moglie",
  "figlio", "figlia", "mamma", "pai", "mãe", "filho", "filha", "namorada", "namorado",
  // English: more family, dating, moving house, weddings, funerals, children, pets, birthdays
  "grandson", "granddaughter", "grandkids", "grandchildren", "grandparents", "mother-in-law", "father-in-law",
  "sister-in-law", "brother-in-law", "stepson", "stepdaughter", "newborn", "bf", "gf", "bae", "wifey",
  "situationship", "ghosted", "flirting", "kissed", "movers", "flatmate", "roommate", "housemate",
  "bridesmaid", "bridesmaids", "bride", "hen-do", "bachelorette", "vows", "condolences", "grieving",
  "grief", "memorial", "burial", "cremation", "homework", "playdate", "sleepover", "nappy", "nappies", "diaper",
  "diapers", "pram", "stroller", "potty", "tantrum", "teething", "bedtime", "babysit", "babysitting",
  "childminder", "half-term", "dogs", "pup", "walkies", "kennel",
  "cattery", "neutered", "spayed", "bday", "b-day",
  // trouble at home and nights out
  "boiler", "locksmith", "hangover", "hungover", "homesick", "anxious", "overwhelmed", "miserable",
  "randkę", "randce", "removals", "samenwonen", "zusammenziehen", "przeprowadzamy", "przeprowadzam",
  "mudamos", "mudámos", "mudar-nos",
  // German
  "mami", "mutti", "vati", "eltern", "großeltern", "enkel", "enkelin", "tante", "onkel", "cousine", "neffe",
  "nichte", "schwiegermutter", "schwiegervater", "schwager", "schwägerin", "verlobt", "verlobte", "verlobter",
  "verlobung", "standesamt", "trauzeuge", "trauzeugin", "beerdigung", "trauerfeier", "beileid", "verstorben",
  "gestorben", "umzug", "umziehen", "wohnung", "mitbewohner", "mitbewohnerin", "elternabend", "hausaufgaben",
  "tierarzt", "tierärztin", "hund", "katze", "welpe", "geburtstag", "geburtstagsfeier", "baby", "babysitterin",
  // French
  "maman", "mamie", "papi", "papy", "grand-mère", "grand-père", "grands-parents", "oncle", "neveu", "nièce",
  "beau-père", "belle-mère", "belle-sœur", "beau-frère", "femme", "fiancée", "enterrement", "obsèques",
  "funérailles", "condoléances", "décédé", "décédée", "deuil", "déménagement", "déménager", "déménage",
  "appartement", "coloc", "colocataire", "école", "nounou", "vétérinaire", "véto", "chien", "chaton", "chiot",
  "anniversaire", "bébé", "enfant", "fille", "gamins", "gosses", "mamy",
  // Spanish
  "mamá", "papá", "abuela", "abuelo", "abuelos", "tía", "tío", "sobrino", "sobrina", "suegra", "suegro",
  "cuñado", "cuñada", "prometido", "prometida", "entierro", "velorio", "tanatorio", "pésame", "falleció",
  "mudanza", "mudarme", "mudamos", "colegio", "deberes", "veterinario", "perro", "perrito", "gato", "gatito",
  "cumpleaños", "bebé", "niños", "niño", "niña", "hermanos", "padres",
  // Italian
  "papà", "babbo", "nonna", "nonno", "nonni", "zia", "zio", "cugino", "cugina", "nipote", "suocera", "suocero",
  "cognato", "cognata", "fratello", "sorella", "genitori", "ragazzo", "ragazza", "matrimonio", "sposa", "sposo",
  "nozze", "funerale", "condoglianze", "trasloco", "traslocare", "coinquilino", "scuola", "cane",
  "gatto", "cucciolo", "compleanno", "bambini", "bambino", "bambina", "figli",
  // Dutch
  "broer", "zus", "zusje", "broertje", "neef", "schoonmoeder", "schoonvader", "kinderen", "dochter", "zoon",
  "bruiloft", "trouwen", "verloofd", "begrafenis", "uitvaart", "gecondoleerd", "overleden", "verhuizen",
  "verhuizing", "verhuisd", "huisbaas", "verhuurder", "huisgenoot", "dierenarts", "hond", "verjaardag", "jarig",
  "oppas",
  // Portuguese
  "mamãe", "papai", "avó", "avô", "avós", "tia", "sobrinho", "sobrinha", "sogra", "sogro", "cunhado",
  "cunhada", "irmão", "irmã", "esposa", "mulher", "filhos", "casamento", "noivo", "noiva", "enterro", "velório",
  "condolências", "faleceu", "senhorio", "aluguel", "escola", "veterinário", "cachorro", "cão", "gatinho",
  "aniversário", "bebê", "crianças", "miúdos",
  // Polish
  "mamo", "tato", "babcia", "dziadek", "dziadkowie", "siostra", "ciocia", "wujek", "kuzyn", "kuzynka",
  "teściowa", "teść", "mąż", "żona", "chłopak", "dziewczyna", "narzeczony", "narzeczona", "córka", "dzieci",
  "dziecko", "rodzice", "ślub", "wesele", "pogrzeb", "kondolencje", "zmarł", "zmarła", "przeprowadzka",
  "mieszkanie", "przedszkole", "żłobek", "szkoła", "weterynarz", "kot", "szczeniak", "urodziny", "randka",
  // Swedish
  "pappa", "mormor", "morfar", "farmor", "farfar", "syster", "bror", "moster", "morbror", "farbror",
  "kusin", "svärmor", "svärfar", "sambo", "pojkvän", "flickvän", "fru", "barn", "barnen", "dotter", "bröllop",
  "förlovad", "begravning", "kondoleans", "hyresvärd", "lägenhet", "förskola",
  "dagis", "skolan", "veterinär", "katt", "valp", "födelsedag", "dejt", "dejta",
  // getting married said as a verb ("wir heiraten", "ci sposiamo", "nos casamos", "nous nous marions")
  "heiraten", "heirate", "heiratet", "verheiratet", "sposiamo", "sposarci", "sposarmi", "sposato", "sposata",
  "casamos", "casarnos", "casarme", "casaremos", "marions", "pobieramy", "gifter", "gifta", "giftermål",
  // a place of worship and its days: the writer's private life
  "church", "mosque", "synagogue", "kirche", "église", "iglesia", "chiesa", "kerk", "igreja", "kościół", "kyrkan",
  "ramadan", "diwali", "hanukkah", "shabbat", "gay", "lesbian", "bisexual", "queer", "schwul", "lesbisch",
  // round ten: a mortgage, the home being done up, a race run at the weekend, in the offices' languages
  "hipoteca", "hypothek", "hypotheek", "bolån", "bolånet", "hipoteczny", "remont", "remontu", "renovierung",
  "rénovation", "verbouwing", "renovering", "ristrutturazione", "marathon", "half-marathon", "triathlon",
  "maratón", "maratona", "maratonę",
  // round eleven: family, partners, break-ups, engagements, weddings, funerals, moving house and pets in
  // Czech, Turkish, Finnish, Romanian, Greek, Hungarian, Danish and Norwegian, in the forms chat uses most
  // (Turkish and Finnish say "my mother" in one word: "annem", "äitini"); words that are also names or
  // English ("Anne", "far", "syn") or work ("kone", Finnish for machine) are left out
  "přítelkyně", "přítelkyní", "přítelkyni", "přítel", "manželka", "manželkou", "manžel", "manželem", "máma",
  "maminka", "táta", "taťka", "tatínek", "dcera", "dcerou", "děti", "dětmi", "babička", "dědeček", "ségra",
  "brácha", "svatba", "svatbu", "svatbě", "rozvod", "pohřeb", "narozeniny", "stěhování", "stěhujeme",
  "rozcházíme", "rozešli", "rozchod",
  "annem", "annemin", "anneme", "annemle", "babam", "babamın", "babamla", "eşim", "eşimle", "karım", "kocam",
  "sevgilim", "sevgilimle", "oğlum", "kızım", "çocuklar", "çocuklarım", "çocuğum", "kardeşim", "ablam", "abim",
  "ninem", "dedem", "anneannem", "babaannem", "düğün", "düğünü", "nişanlandık", "nişanlandım", "nişanlım",
  "boşanıyoruz", "boşandık", "cenaze", "cenazesi", "taşındık", "taşınıyoruz", "kedim", "köpeğim",
  "tyttöystävä", "tyttöystäväni", "tyttöystävän", "poikaystävä", "poikaystäväni", "poikaystävän", "vaimo",
  "vaimoni", "mieheni", "äiti", "äitini", "äidin", "isäni", "lapset", "lapseni", "lasten", "poikani",
  "tyttäreni", "mummo", "mummoni", "häät", "häihin", "hautajaiset", "hautajaisiin", "syntymäpäivä",
  "syntymäpäivät", "synttärit", "muutimme", "muutto", "asuntoon", "koira", "koiran", "kissa", "kissan",
  "erosimme", "kihloihin", "naimisiin",
  "nunta", "nuntă", "nunții", "verișoara", "verișoarei", "verișorul", "vărul", "soția", "soțul", "soţia",
  "soţul", "iubita", "iubitul", "copiii", "copilul", "fiul", "fiica", "bunica", "bunicul", "bunicii",
  "înmormântare", "înmormântarea", "divorț", "divorțul", "logodna", "câinele", "pisica",
  "γιαγιά", "γιαγιάς", "παππούς", "παππού", "μαμά", "μαμάς", "μπαμπάς", "μπαμπά", "σύζυγος", "σύζυγό", "κόρη",
  "γιος", "γιο", "αδερφή", "αδερφός", "ξάδερφος", "ξαδέρφη", "γάμος", "γάμο", "γάμου", "κηδεία", "γενέθλια",
  "σκύλος", "σκύλο", "γάτα", "μετακομίσαμε", "μετακόμιση",
  "költöztünk", "költözünk", "költözés", "feleségem", "férjem", "barátnőm", "anyám", "apám", "anyukám",
  "apukám", "gyerekek", "gyerekeim", "gyerekem", "lányom", "fiam", "nagymama", "nagymamám", "nagypapa",
  "esküvő", "esküvőre", "esküvőm", "temetés", "temetésre", "születésnap", "születésnapom", "kutyám", "macskám",
  "elváltunk",
  "kona", "kæreste", "kjæreste", "børn", "børnene", "barna", "datter", "sønn", "søster", "bedstemor",
  "bestemor", "bestefar", "bryllup", "begravelse", "fødselsdag", "bursdag", "hunden", "katten", "sommerhuset",
  "sommerhus", "hytta", "svigermor", "forlovet", "skilsmisse",
  // and what the lists above lacked: a Swedish genitive ("pappas 70-årsdag") and definite forms, in-laws
  // in Portuguese, a school play in Italian, the child's doctor (the family home, 実家, is in the Japanese
  // list below), and the plumber, the boiler and the washing machine of the other languages
  "pappas", "mammas", "förskolan", "dagiset", "sogros", "recita", "pediatra", "pédiatre", "kinderarzt",
  "kinderärztin", "kinderarts", "pediatrician", "paediatrician", "barnläkare", "plombier", "fontanero",
  "klempner", "idraulico", "loodgieter", "canalizador", "chauffe-eau", "lavatrice", "lave-linge",
  "waschmaschine", "lavadora",
  // round twelve: divorcing and splitting up in the forms chat uses, in Polish, Turkish, German, Swedish and
  // Italian (the Romance and English "divorc-" words are found by their stem below); not Polish "rozwodzić
  // się" alone (also "to dwell on"), nor Dutch "gescheiden" (also "separated by commas")
  "rozwód", "rozwodu", "rozwodzie", "rozwodem", "rozwodzimy", "rozwiedziony", "rozwiedziona", "rozwiedli",
  "ayrıldık", "ayrıldım", "ayrılıyoruz", "boşanma", "boşandım", "geschieden", "skiljas", "skilsmässa",
  "separandoci",
  // round thirteen: a cat as Dutch calls it
  "kat", "poes",
  // round fourteen: a boyfriend, a break-up and a partner as Czech and Hungarian inflect them, "my parents" as
  // Turkish says it ("annemler"), a dog as the object of a Hungarian sentence
  "přítelem", "přítele", "rozešla", "rozešel", "annemler", "babamlar", "párom", "párommal", "páromnak",
  "kutyát", "kutyánk",
  // Hindi: wedding, family, partners, birthdays
  "शादी", "माँ", "मां", "मम्मी", "पापा", "पिताजी", "बेटा", "बेटी", "पति", "पत्नी", "तलाक", "परिवार", "बच्चे",
  "जन्मदिन", "भाई", "बहन", "गर्लफ्रेंड", "बॉयफ्रेंड", "सगाई",
]);

// round thirteen: an evening out or a weekend away (the cinema, a concert or a gig, a campsite), in the offices'
// languages. A plan is someone's life only with someone in it ("did you book the campsite or should I?",
// "¿vamos al cine?"); "bought the concert tickets, row 12" names no one.
// biome-ignore format: word lists read better packed
const outingWords = new Set([
  "cine", "cinema", "cinéma", "ciné", "kino", "bioscoop", "gig", "concert", "concerto", "konzert", "concierto",
  "koncert", "konsert", "campsite", "campground", "camping", "campeggio", "zelten",
]);

// "at home" is not among them: it says where the writer is ("forgot my inhaler at home"), which
// speaksOfSomeone hears, not whose life the message is about.
// biome-ignore format: word lists read better packed
const personalPhrases = new Set([
  "love you", "miss you", "date night", "broke up", "passed away", "see you tonight", "come home",
  "school play", "our son", "his son", "her son", "your son", "their son", "a son", "pick them", "picking him", "picking her", "picking them", "the kids", "my son", "my daughter", "my mum", "my mom", "my dad", "my wife",
  "my husband", "my sister", "my brother", "my boyfriend", "my girlfriend", "my partner", "new flat",
  "new house", "the house", "the car", "your parents", "your mum", "your mom", "your dad", "got into",
  "my flat", "our flat", "the flat", "a house", "the school", "his school", "her school", "pick him", "pick her", "my parents", "my kids",
  // going out with someone, dating, moving in, fights, money worries, a sleepless night with a child
  "dinner with", "drinks with", "first date", "second date", "blind date", "wish me", "in together",
  "the fight", "a fight", "money tight", "you land", "all night", "care home", "kino mit", "cena con",
  "dîner avec",
  // telling friends a new phone number or a new home, in the offices' languages (a new address
  // alone is as often the one a parcel or payroll needs)
  "à découvert", "en descubierto", "im dispo", "new number", "nouveau numéro", "neue nummer", "número nuevo", "nuevo número", "casa nueva",
  "nuovo numero", "nieuw nummer", "novo número",
  // dates, a new home, the school run, the other languages' "my wife", "my husband"
  "date with", "a date", "our date", "tinder date", "school run", "school pickup", "after school",
  "new apartment", "new place", "moving house", "moving out", "move in", "moved in", "best man", "hen do",
  "stag do", "rendez-vous avec", "mein mann", "meine frau", "mein freund", "meine freundin", "mon mari",
  "ma femme", "mon copain", "ma copine", "petit ami", "petite amie", "mi marido", "mi mujer", "mi novio",
  "mi novia", "mio marito", "mia moglie", "mio ragazzo", "mia ragazza", "mijn man", "mijn vrouw",
  "mijn vriend", "mijn vriendin", "meu marido", "minha mulher", "minha esposa", "mój mąż", "moja żona",
  "min man", "min fru", "min pojkvän", "min flickvän", "gick bort", "fyller år", "neue wohnung",
  "nouvel appart", "nuevo piso", "casa nuova", "nieuwe huis", "casa nova", "nowe mieszkanie",
  "locked out", "broke down", "burst pipe", "little one", "moving flat", "my ex", "removal van", "date tonight",
  "ci trasferiamo", "mi trasferisco", "flyttar ihop", "flytta ihop", "gaan samenwonen", "zusammen wohnen",
  // getting married, a grandmother ("gran" alone is Spanish "great"), going to mass, a reply awaited
  // round ten: splitting up said as a verb of the pair ("ci siamo lasciati", "nos separamos", "on s'est séparés",
  // "we zijn uit elkaar", "vi har gjort slut", "rozstaliśmy się"), and a driver's fines
  "siamo lasciati", "siamo separati", "nos separamos", "hemos roto", "hemos cortado", "s'est séparés",
  "sommes séparés", "uit elkaar", "gjort slut", "rozstaliśmy się", "separámos", "terminamos o", "speeding ticket",
  "parking ticket", "parking fine", "strafzettel bekommen", "multa de", "pv pour",
  "getting married", "get married", "got married", "se marie", "me marie", "nos casamos", "my gran", "with gran",
  "your gran", "visit gran", "to mass", "at mass", "texted back", "texting back", "moving flats", "moved flats",
  "moved flat", "moved house", "moving home", "moved home",
  // an adoption of a child ("adoption" alone is a feature's uptake) and coming out
  "adoption paperwork", "adoption papers", "adoption agency", "adoption hearing", "adopted a", "adopting a",
  "i'm gay", "i'm bi", "i'm trans", "i'm queer", "i'm lesbian", "coming out", "bin schwul", "suis gay", "soy gay",
  // round twelve: a partner said as chat says it ("mon mec", "kız arkadaşım") and splitting up as the pair's
  // verb ("ci stiamo separando", "uns scheiden", "beni terk etti")
  "mon mec", "ma meuf", "mon ex", "kız arkadaşım", "kız arkadaşımla", "kız arkadaşımdan", "erkek arkadaşım",
  "erkek arkadaşımla", "erkek arkadaşımdan", "beni terk", "stiamo separando", "ci separiamo", "uns scheiden",
  "nos separando",
  // round fourteen: a loan for the home ("o banco recusou o crédito da casa"), and who cooks tonight
  "crédito habitação", "prêt immobilier", "crédit immobilier", "home loan",
  "mutuo casa", "il mutuo", "kochst du", "kochen wir", "koche ich", "cook tonight", "cooking tonight",
  "who's cooking", "tu cuisines", "cocinas tú", "cocino yo", "cucini tu", "cucino io", "kook jij", "kook ik",
  "cozinhas tu", "gotujesz dziś", "lagar du",
]);

// round fourteen: a loan for the home said in three words ("o crédito da casa", "el préstamo de la casa");
// "crédito da conta" is a bank's, and "el préstamo de la empresa" a company's.
// biome-ignore format: word lists read better packed
const personalTriples = new Set([
  "crédito da casa", "empréstimo da casa", "kredyt na mieszkanie", "kredyt na dom", "lån på huset",
]);

// Pairs that lean personal but are also said of work ("last night's deploy", "our new API"): half a
// word's weight, so one work word outweighs them. Round fourteen: "last night" alone is no longer among
// them ("what a match last night" is small talk); a night one apologises for ("sorry about last night") is.
// biome-ignore format: word lists read better packed
const leaningPersonalPhrases = new Set([
  "date last", "about last", "between us", "we're expecting", "come visit", "notre nouvelle", "unsere neue",
  "nuestra nueva", "nossa nova", "la nostra", "ons nieuwe", "our new", "running on", "this weekend",
]);

// biome-ignore format: word lists read better packed
const workWords = new Set([
  "deploy", "deployed", "deployment", "staging", "prod", "production", "pr", "prs", "merge", "merged",
  "merging", "commit", "branch", "build", "pipeline", "release", "released", "qa", "ticket", "tickets",
  "jira", "sprint", "standup", "stand-up", "sync", "meeting", "all-hands", "client", "clients", "customer",
  "customers", "quote", "invoice", "contract", "slides", "deck", "roadmap", "deadline", "launch", "feature",
  "bug", "incident", "on-call", "outage", "dashboard", "dashboards", "rollout", "review", "approved", "manager",
  "project", "report", "budget", "kpi", "okr", "spreadsheet", "repo", "server", "api", "database", "backlog",
  "handover", "onboarding", "vendor", "agency", "agencies", "escalate", "escalated", "stakeholders", "agenda", "retro", "demo", "escalation", "sla", "lgtm",
  "hotfix", "migration", "test", "tests", "flaky", "blocked", "epic", "estimate", "office", "team",
  // data jobs and the numbers of the business
  "etl", "nightly", "cron", "batch", "backfill", "backup", "sales", "revenue", "quarterly", "forecast",
  "pipeline", "inbox", "kpis", "metrics",
  // work in the offices' other languages (de, fr, es)
  "besprechung", "kunde", "kunden", "bereitstellung", "fehler", "angebot", "rechnung", "projekt",
  "réunion", "déploiement", "serveur", "livrable", "devis", "facture", "projet", "despliegue", "reunión",
  "cliente", "clientes", "servidor", "errores", "entrega", "presupuesto", "factura", "proyecto",
  // code, systems and the office itself: colleagues, the offsite, working from home
  "code", "codebase", "regex", "module", "node", "nodes", "pod", "pods", "service", "services", "endpoint", "checkout", "rollback", "logs",
  "alert", "alerts", "pagerduty", "kubernetes", "k8s", "docker", "cluster", "datacenter", "vpn", "license",
  "licence", "renewal", "invoices", "procurement", "proposal", "rfp", "summit", "conference", "webinar",
  "workshop", "offsite", "colleague", "colleagues", "coworker", "coworkers", "presentation", "spec", "specs",
  "confluence", "figma", "deploys", "bugs", "meetings", "standups", "eod", "wfh", "interview", "candidate",
  "hiring", "recruiter", "okrs", "q1", "q2", "q3", "q4", "email", "emails", "calendar", "zoom", "slack",
  "docs", "excel", "powerpoint", "shift", "shifts", "rota", "timesheet", "expenses", "overtime", "task", "tasks",
  "pitch", "quota", "warehouse", "shipment", "inventory", "supplier", "suppliers", "audit", "compliance",
  "approval", "sign-off", "ceo", "cto", "cfo", "boss", "dienst", "ship", "merges", "launches", "launched",
  "template", "templates", "product", "products", "import", "export", "listings", "cdn", "maintenance", "downtime", "upgrade",
  "patch", "patching", "cutover", "go-live",
  // German, French, Spanish, Italian, Dutch, Portuguese, Polish and Swedish work talk
  "meeting", "kollege", "kollegen", "kollegin", "büro", "präsentation", "folien", "auftrag", "vertrag",
  "bericht", "homeoffice", "dienstreise", "schulung", "quartal", "umsatz", "abgabe", "mail", "kalender",
  "protokoll", "tabelle", "freigabe", "lieferung", "lieferant", "lieferanten", "vertrieb", "schicht", "dienstplan",
  "collègue", "collègues", "bureau", "présentation", "contrat", "rapport", "télétravail", "séminaire",
  "fournisseur", "équipe", "prod", "recette", "dossier", "commande", "livraison", "planning", "astreinte",
  "reuniones", "compañeros", "oficina", "presentación", "contrato", "informe", "plazo", "incidencia",
  "teletrabajo", "ventas", "proveedor", "cambios", "correo", "turno", "pedido", "guardia",
  "riunione", "colleghi", "collega", "ufficio", "clienti", "progetto", "consegna", "preventivo", "fattura",
  "contratto", "rilascio", "scadenza", "presentazione", "fornitore", "vendite", "ordine",
  "vergadering", "overleg", "collega's", "kantoor", "klant", "klanten", "offerte", "factuur", "opdracht",
  "uitrol", "thuiswerken", "presentatie", "leverancier", "rooster", "bestelling", "levering",
  "reunião", "reuniões", "colegas", "escritório", "projeto", "orçamento", "fatura", "relatório", "prazo",
  "implantação", "apresentação", "fornecedor", "vendas",
  "spotkanie", "spotkania", "biuro", "klient", "klienta", "klienci", "projekt", "faktura", "umowa", "raport",
  "wdrożenie", "serwer", "prezentacja", "zespół", "sprzedaż", "zamówienie", "dostawa",
  "möte", "mötet", "kontoret", "kund", "kunden", "kunder", "projektet", "offert", "avtal", "driftsättning",
  "leverantör", "försäljning", "mejl", "beställning", "leverans",
  // round eleven: meetings, clients, suppliers, servers and releases in Czech, Turkish, Finnish, Hungarian,
  // Romanian, Greek, Danish and Norwegian, beside their family words above
  "schůzka", "schůzku", "porada", "zákazník", "zákazníka", "dodavatel", "faktura", "nasazení", "projektu",
  "toplantı", "toplantıya", "müşteri", "müşteriye", "tedarikçi", "fatura", "sunucu", "proje", "projesi",
  "palaveri", "palaverissa", "asiakas", "asiakkaalle", "toimittaja", "lasku", "palvelin", "julkaisu", "projekti",
  "megbeszélés", "megbeszélésen", "ügyfél", "ügyfélnek", "beszállító", "számla", "szerver", "projekt",
  "ședință", "ședința", "clientul", "furnizor", "furnizorul", "factura", "serverul", "proiect", "proiectul",
  "σύσκεψη", "συνάντηση", "πελάτης", "πελάτη", "προμηθευτής", "τιμολόγιο", "έργο",
  "møde", "mødet", "møte", "møtet", "kunden", "leverandør", "leverandøren", "faktura", "projektet", "prosjekt",
  // round twelve: a warehouse's loading docks, pallets, forklifts and delivery notes in the offices'
  // languages ("LKW steht an Rampe 2"); not the lorry or the van alone, which families move house with
  "rampe", "laderampe", "rampie", "dock", "laadperron", "lastkaj", "lastkajen", "pallet", "pallets",
  "palette", "paletten", "palé", "palés", "palet", "palets", "bancale", "bancali", "pallar", "pallen",
  "palety", "paletes", "paletas", "forklift", "stapler", "gabelstapler", "heftruck", "carretilla", "muletto",
  "truckförare", "lieferschein", "frachtbrief", "albarán", "albaran", "ddt", "pakbon", "vrachtbrief",
  "fraktsedel", "fraktsedeln", "remessa", "spedition", "spediteur", "transitaire", "entrepôt", "almacén",
  "magazzino", "magazijn", "armazém", "lagret", "wareneingang", "warenausgang",
  // the week's rota as Spanish, Italian, Polish and Swedish shops and warehouses call it, stocktaking, and the
  // office's printer
  "cuadrante", "turni", "turnos", "grafik", "grafiku", "schemat", "inventur", "inventaire",
  "inventario", "inwentaryzacja", "inventering", "printer", "drucker", "imprimante", "impresora", "stampante",
  "drukarka", "skrivaren", "impressora",
  // round thirteen: approving in the business's systems ("approve the PO in SAP")
  "approve", "approves", "sap", "erp", "crm", "salesforce", "servicenow", "netsuite",
  // round fourteen: the company's help desk, and the commands of a snippet pasted into a messenger ("git rebase -i
  // HEAD~3", whose "-i" reads as "I")
  "helpdesk", "servicedesk", "service-desk", "git", "rebase", "npm", "pnpm", "npx", "yarn", "curl", "sudo",
  "ssh", "grep", "kubectl", "traceback", "stacktrace", "localhost", "stderr", "stdout",
]);

// Work said in two words: "on call" (the rota), where each word alone says nothing.
// biome-ignore format: word lists read better packed
const workPhrases = new Set([
  "on call", "pull request", "code review", "the build", "the release", "coffee machine", "team lunch",
  "delivery note", "list przewozowy", "bon de livraison",
  "the office", "mise en", "smart working", "sala de", "the call", "a call", "client call",
  // round thirteen: late to a meeting, the others told to start ("running late to the client, start without me")
  "start without",
  // round fourteen: the company's IT asked to reset an account ("asked IT to reset the shared password"), as
  // words are lower-cased "asked it"; "ask it" alone is left, being any question
  "asked it", "it support", "it department", "it helpdesk", "password reset", "reset password",
  // CI, not the Italian "ci" of "ci vediamo"
  "the ci", "ci is", "ci failed", "ci pipeline", "ci run", "ci job", "in ci",
]);

export function conversationTopic(words: readonly Word[]): ConversationTopic {
  if (sentByService(words)) return "notice";
  const { personal, work } = conversationSignals(words);
  if (personal > 0 && personal >= work) return "personal";
  if (work > 0) return "work";
  return "unclear";
}

/** How many words and pairs of words speak of personal life and of work. */
export function conversationSignals(words: readonly Word[]): { personal: number; work: number } {
  let personal = 0;
  let work = 0;
  // "emergency contact: my sister, +49 …": a record's label makes the relative after it that record's value.
  // What was said before the label stays said ("can you grab the kids at 4? mum's number if you need her: …"):
  // `beforeLabel` holds the personal count before the word ahead of the label ("my" of "my mum's number").
  let recordsRelative = false;
  let contactNumber = false;
  let beforeLabel = 0;
  let beforePrevious = 0;
  let confides: boolean | undefined;
  let outings = 0;
  let someone = false;
  // In a story's plot ("in the finale they get divorced") the family and the wedding are characters'.
  const story = tellsStory(words);
  // Set when the word before made this one part of a tree or a process ("proceso hijo", "nodo padre").
  let inTechPair = false;
  for (let i = 0; i < words.length; i++) {
    const beforeThis = personal;
    // "my dad's flight", "my son's school": a possessive is the word it belongs to.
    const word = bareWord(words[i]?.lower ?? "");
    const next = words[i + 1];
    const pair = next === undefined ? "" : `${word} ${bareWord(next.lower)}`;
    const divorcing = divorceStem.test(word);
    if (
      (personalWords.has(word) || personalWords.has(dutchDiminutiveBase(word)) || divorcing) &&
      !story &&
      !inTechPair &&
      !kinIdioms.has(pair) &&
      !nameBefore(words[i], next) &&
      !(word === "relationship" && withWorkCompany(words, i + 1))
    ) {
      personal += lifeEvents.has(word) || divorcing ? 2 : 1;
    }
    if (workWords.has(word) || workWords.has(verbStem(word)) || workWords.has(nordicDefiniteBase(word)))
      work++;
    // Japanese, Chinese and Korean write words without spaces between them: a run is searched for them.
    if (unspacedScript(word)) {
      if (!story) personal += unspacedHits(word, unspacedPersonal);
      work += unspacedHits(word, unspacedWork);
    }
    inTechPair = techKinship.has(word);
    if (personalPhrases.has(pair)) {
      // "up to date with the API" is no date; "a rendez-vous with the supplier", "dinner with the client"
      // are work's.
      if (
        !(pair === "date with" && words[i - 1]?.lower === "to") &&
        !(companyPhrases.has(pair) && withWorkCompany(words, i + 1))
      )
        personal++;
    } else if (leaningPersonalPhrases.has(pair)) {
      // Asked once per text, however often "between us" is repeated.
      if (pair === "between us") confides ??= writerConfides(words);
      if (pair !== "between us" || confides) personal += 0.5;
    }
    const third = words[i + 2];
    if (third !== undefined && personalTriples.has(`${pair} ${bareWord(third.lower)}`)) personal++;
    if (workPhrases.has(pair)) work++;
    if (!recordsRelative && (recordLabelWords.has(word) || recordLabelPairs.has(pair))) {
      recordsRelative = true;
      if (!contactNumber) beforeLabel = beforePrevious;
    }
    // "this is Gaëtan's number, the plumber she recommended: +31 6 …": the digits after the label hand it over.
    if (contactNumber && digitsAt.test(word)) recordsRelative = true;
    if (
      !contactNumber &&
      namesContactNumber(words[i]?.lower ?? "", next?.lower ?? "", words[i + 2]?.lower ?? "")
    ) {
      contactNumber = true;
      if (!recordsRelative) beforeLabel = beforePrevious;
    }
    beforePrevious = beforeThis;
    if (outingWords.has(word) && !story && !(word === "gig" && /^\d/.test(words[i - 1]?.lower ?? "")))
      outings++;
    if (someoneWords.has(word) || word === "anyone") someone = true;
  }
  const { activities, officeTreat } = sharedOccasions(words);
  if (someone) personal += outings + activities;
  // "Jolene is jarig, taart om 3 uur in de keuken": a treat in the office's kitchen is shared with the team,
  // whatever the occasion; the writer's own family outweighs it ("my daughter's birthday cake").
  if (officeTreat) work += 2;
  return { personal: recordsRelative ? beforeLabel : personal, work };
}

/**
 * "please keep it between us" is a confidence of the writer's own ("I was diagnosed with …", "Still dealing
 * with …"); "between us, Keiko is on a PIP until April" passes on a colleague's, which is work's gossip.
 */
function writerConfides(words: readonly Word[]): boolean {
  if (droppedSubjectVerb(words[0]?.lower ?? "")) return true;
  return words.some((word) => selfWords.has(word.lower) || word.lower === "i");
}

// round fourteen: a sport or an outdoor day out, in the offices' languages. Like an evening out it is someone's
// life only with someone in it, and only on a free day ("anyone up for climbing on Sunday"): "CPU usage is
// climbing" is not.
// biome-ignore format: word lists read better packed
const activityWords = new Set([
  "climbing", "bouldering", "hiking", "skiing", "kayaking", "sailing", "padel", "klettern", "bouldern",
  "wandern", "wanderung", "skifahren", "escalade", "randonnée", "rando", "senderismo", "rocódromo", "esquiar",
  "arrampicata", "escursione", "sciare", "klimmen", "boulderen", "wandelen", "skiën", "trilha", "caminhada",
  "wspinaczka", "wspinaczkę", "narty", "klättring", "klättra", "vandring", "skidor",
]);
// biome-ignore format: word lists read better packed
const freeDays = new Set([
  "saturday", "sunday", "weekend", "samstag", "sonntag", "wochenende", "samedi", "dimanche", "week-end",
  "sábado", "domingo", "finde", "sabato", "domenica", "zaterdag", "zondag", "sobota", "sobotę", "niedziela",
  "niedzielę", "lördag", "söndag", "helgen",
]);
// A treat left for the team and the office's kitchen it waits in, in the offices' languages.
// biome-ignore format: word lists read better packed
const treatWords = new Set([
  "cake", "cakes", "donuts", "doughnuts", "pastries", "croissants", "bagels", "kuchen", "torte", "taart",
  "gebak", "gâteau", "gâteaux", "tarta", "torta", "bolo", "ciasto", "tårta", "fika",
]);
// biome-ignore format: word lists read better packed
const sharedKitchens = new Set([
  "kitchen", "kitchenette", "pantry", "küche", "teeküche", "keuken", "cuisine", "cocina", "cucina",
  "cozinha", "kuchnia", "kuchni", "köket", "pentry",
]);

// "is climbing", "keeps climbing": a verb of something rising, not a day out.
// biome-ignore format: word lists read better packed
const beForms = new Set([
  "is", "are", "was", "were", "been", "be", "keeps", "kept", "still", "it's", "ist", "sind", "est", "está", "è",
  "jest", "är",
]);

/** Sports and days out planned for a free day, and a treat waiting in the office's kitchen. */
function sharedOccasions(words: readonly Word[]): { activities: number; officeTreat: boolean } {
  let activities = 0;
  let freeDay = false;
  let treat = false;
  let kitchen = false;
  for (let i = 0; i < words.length; i++) {
    const lower = bareWord(words[i]?.lower ?? "");
    if (activityWords.has(lower)) activities += beForms.has(words[i - 1]?.lower ?? "") ? 0 : 1;
    else if (freeDays.has(lower)) freeDay = true;
    else if (treatWords.has(lower)) treat = true;
    else if (sharedKitchens.has(lower)) kitchen = true;
  }
  return { activities: freeDay ? activities : 0, officeTreat: treat && kitchen };
}

// An HR record's label for the relative to call ("emergency contact", "next of kin", "Notfallkontakt", "contact
// d'urgence", "contacto de emergencia", "kontakt awaryjny"), in the offices' languages.
// biome-ignore format: word lists read better packed
const recordLabelWords = new Set(["notfallkontakt", "noodcontact", "nödkontakt", "nødkontakt", "hätäyhteyshenkilö"]);
// biome-ignore format: word lists read better packed
const recordLabelPairs = new Set([
  "emergency contact", "of kin", "contact d'urgence", "de emergencia", "di emergenza", "de emergência",
  "kontakt awaryjny", "kontaktní osoba",
]);

// round fourteen: a number's word after a possessive ("Gaëtan's number", "my mum's number") or before whose it is
// ("die Nummer von Jana", "le numéro de ma sœur"), in the offices' languages.
// biome-ignore format: word lists read better packed
const numberWords = new Set([
  "number", "numbers", "nummer", "numéro", "número", "numero", "numer", "no.", "mobile", "cell", "handynummer",
]);
// biome-ignore format: word lists read better packed
const numberOfPairs = new Set([
  "number for", "nummer von", "nummer van", "numéro de", "número de", "numero di", "número do", "número da",
  "numer do", "nummer till", "nummer för", "nummer til",
]);
// Where to reach the writer, the number after it: "text me at 482.258.3095 when you land", "ruf mich unter …
// an", "appelle-moi au …", "llámame al …", "bel me op …", "ring mig på …".
// biome-ignore format: word lists read better packed
const reachMePhrases = new Set([
  "text me at", "text me on", "call me at", "call me on", "ring me on", "ring me at", "reach me at", "reach me on",
  "whatsapp me at", "whatsapp me on", "message me at", "message me on", "ruf mich unter", "erreichst mich unter",
  "schreib mir unter", "appelle-moi au", "écris-moi au", "llámame al", "escríbeme al", "chiamami al",
  "scrivimi al", "bel me op", "app me op", "liga-me para", "ligue-me no", "zadzwoń pod", "dzwoń pod",
  "ring mig på", "nå mig på",
]);
const digitsAt = /^\+?\d/;

/**
 * "this is Gaëtan's number, the plumber she recommended: +31 6 …", "die Nummer von Jana: 0151 …", "text me
 * at 482.258.3095 when you land": a contact handed over with a word on whose it is. The people and trades named after it are the contact's
 * description, not news of anyone's life, once the digits follow.
 */
function namesContactNumber(word: string, next: string, after: string): boolean {
  const pair = `${word} ${next}`;
  if (reachMePhrases.has(pair) || reachMePhrases.has(`${pair} ${after}`)) return true;
  // "my sister's number of kids" counts; it is no phone number.
  if (after === "of") return false;
  return (word.endsWith("'s") && numberWords.has(next)) || numberOfPairs.has(pair);
}

// Meeting someone or being close to them, said of a date, a meal or a relationship: the company named in
// the three words after says whose life it is ("a relationship with the vendor" is work's).
// biome-ignore format: word lists read better packed
const companyPhrases = new Set([
  "date with", "dinner with", "drinks with", "rendez-vous avec", "dîner avec", "cena con", "kino mit",
]);

/** "rendez-vous avec le fournisseur", "relationship with the agency": work is named in the three words after `last`. */
function withWorkCompany(words: readonly Word[], last: number): boolean {
  for (const word of words.slice(last + 1, last + 4)) if (workWords.has(bareWord(word.lower))) return true;
  return false;
}

// Greetings a letter opens with, in en, de, fr, es, it, nl, pt, pl, sv.
// biome-ignore format: word lists read better packed
const letterGreetings = new Set([
  "dear", "hi", "hello", "hey", "dearest", "liebe", "lieber", "hallo", "cher", "chère", "coucou", "bonjour",
  "querida", "querido", "hola", "cara", "caro", "ciao", "beste", "lieve", "hoi", "olá", "oi", "kochana",
  "kochany", "droga", "drogi", "cześć", "kära", "hej",
]);

// Everyone the letter greets at once: "Hi all", "Hallo zusammen", "Bonjour à tous", "Hola a todos".
// biome-ignore format: word lists read better packed
const everyoneWords = new Set([
  "all", "everyone", "everybody", "zusammen", "alle", "tous", "todos", "todas", "tutti", "allemaal", "wszyscy",
  "wszystkim", "alla",
]);

/**
 * The letter opens by greeting a family member: "Dear Mum,", "ok so Hi Dad", "Liebe Oma", "Querida mamá";
 * or it greets everyone and tells private life with not a word of work in it ("Hi all, the adoption paperwork finally
 * went through", "Hi all, I've been meaning to tell you I'm gay"), as a letter to the family does.
 */
export function addressesFamily(words: readonly Word[]): boolean {
  const opening = Math.min(words.length - 1, 4);
  for (let i = 0; i < opening; i++) {
    if (!letterGreetings.has(words[i]?.lower ?? "")) continue;
    const next = words[i + 1]?.lower ?? "";
    if (personalWords.has(next) || personalWords.has(dutchDiminutiveBase(next))) return true;
    if (everyoneWords.has(next) || everyoneWords.has(words[i + 2]?.lower ?? "")) {
      const { personal, work } = conversationSignals(words);
      return personal >= 1 && work === 0;
    }
  }
  return false;
}

/** Dutch makes a family word small and fond with -je, -tje or -pje: "zoontje", "dochtertje", "hondje". */
function dutchDiminutiveBase(lower: string): string {
  if (lower.length < 5 || !lower.endsWith("je")) return "";
  const base = lower.slice(0, lower.endsWith("tje") || lower.endsWith("pje") ? -3 : -2);
  return personalWords.has(base) ? base : "";
}

/**
 * Danish, Norwegian and Swedish put the article at a noun's end: "serveren", "servern", "budgeten" are the
 * server and the budget. Only words of seven letters or more, so short words ending alike are left alone.
 */
function nordicDefiniteBase(lower: string): string {
  if (lower.length < 7) return "";
  if (lower.endsWith("en") || lower.endsWith("et")) return lower.slice(0, -2);
  if (lower.endsWith("n")) return lower.slice(0, -1);
  return "";
}

/** "deploying" is "deploy", "released" is "release": English work verbs in -ing and -ed. */
function verbStem(lower: string): string {
  if (lower.length < 6) return "";
  if (lower.endsWith("ing")) {
    const stem = lower.slice(0, -3);
    return workWords.has(stem) ? stem : `${stem}e`;
  }
  if (lower.endsWith("ed"))
    return workWords.has(lower.slice(0, -1)) ? lower.slice(0, -1) : lower.slice(0, -2);
  return "";
}

/** Hiragana, katakana, Han and Hangul: scripts whose words are not set apart by spaces. */
function unspacedScript(lower: string): boolean {
  const code = lower.charCodeAt(0);
  return code >= 0x3040 && code <= 0xd7af;
}

function unspacedHits(run: string, terms: readonly string[]): number {
  let hits = 0;
  for (const term of terms) if (run.includes(term)) hits++;
  return hits;
}

// Family, partners, break-ups, weddings and birthdays in Japanese, Chinese and Korean. "夫" alone is
// left out: it is inside "大丈夫" (all right).
// biome-ignore format: word lists read better packed
const unspacedPersonal = [
  "彼女", "彼氏", "恋人", "結婚", "離婚", "別れ", "娘", "息子", "妻", "旦那", "主人", "嫁", "母", "父", "家族",
  "子供", "子ども", "赤ちゃん", "妊娠", "誕生日", "葬式", "祖母", "祖父", "おばあちゃん", "おじいちゃん", "ママ",
  "パパ", "兄", "姉", "弟", "妹", "デート", "引っ越", "老婆", "老公", "女朋友", "男朋友", "妈妈", "爸爸", "孩子",
  "儿子", "女儿", "结婚", "离婚", "分手", "生日", "婚礼", "葬礼", "엄마", "아빠", "남자친구", "여자친구", "결혼",
  "이혼", "헤어졌", "생일", "아들", "딸", "아내", "남편", "가족", "実家",
];
// biome-ignore format: word lists read better packed
const unspacedWork = [
  "会議", "打ち合わせ", "ミーティング", "デプロイ", "リリース", "顧客", "請求書", "締め切り", "資料", "本番", "障害",
  "会议", "客户", "发布", "部署", "项目", "회의", "고객", "배포", "프로젝트",
];

// A story's plot: its episodes, finale, spoilers and chapters, in en, fr, es, it, nl, pt, pl, sv; a film or a
// series alone is an evening's plan ("the kids want to watch a movie"). "book" counts only after an article
// ("the book ends…"), as "book the vet" is an errand.
// biome-ignore format: word lists read better packed
const storyWords = new Set([
  "finale", "episode", "episodes", "spoiler", "spoilers", "novel", "sequel", "plot", "chapter", "épisode",
  "episodio", "romanzo", "aflevering", "episódio", "odcinek", "avsnitt", "novela",
]);
const storyArticles = new Set([
  "the",
  "this",
  "that",
  "a",
  "das",
  "le",
  "ce",
  "el",
  "este",
  "il",
  "questo",
  "het",
  "o",
]);
const bookWords = new Set(["book", "buch", "livre", "libro", "boek", "książka", "boken"]);

/**
 * The message tells of a series, a film or a book and of no one in it who is the writer or the reader:
 * the people in it are characters. "took my kids to a film" is the writer's own evening.
 */
export function tellsStory(words: readonly Word[]): boolean {
  let story = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]?.lower ?? "";
    if (selfWords.has(word) || readerWords.has(word)) return false;
    if (storyWords.has(word)) story = true;
    else if (bookWords.has(word) && storyArticles.has(words[i - 1]?.lower ?? "")) story = true;
  }
  return story;
}

// biome-ignore format: word lists read better packed
const readerWords = new Set([
  "i", "we", "we're", "our", "us", "you", "your", "you're", "u", "ur", "du", "dein", "deine", "wir", "unser",
  "tu", "ton", "ta", "vous", "nous", "notre", "tú", "tu", "nosotros", "nuestro", "nuestra", "noi", "nostro",
  "jij", "je", "wij", "onze", "você", "nós", "ty", "my", "wy", "nasz", "vi", "vår", "vårt", "din", "ditt",
]);

// Losses and upheavals: named at all, they make the message personal, however much work it mentions
// ("the funeral is on Saturday, can you cover my shift and the emails?"). Weddings are left at one
// word's weight: wedding shops and venues are clients too.
// biome-ignore format: word lists read better packed
const lifeEvents = new Set([
  "funeral", "divorce", "divorced", "christening", "custody", "breakup",
  "beerdigung", "scheidung", "trauerfeier", "enterrement", "obsèques", "entierro", "divorcio", "funerale",
  "begrafenis", "uitvaart", "enterro", "pogrzeb", "begravning",
]);

// Divorcing in every form English and the Romance languages give it: "divorcing", "divorciando", "divorçons",
// "divórcio", "divorziare". A loss like those above.
const divorceStem = /^(?:divorc|divorç|divórc|divorz)/;

// Family words in sayings that are about no family: "baby steps", "a sister company", "dog food".
// biome-ignore format: word lists read better packed
const kinIdioms = new Set([
  "baby steps", "sister company", "sister team", "sister site", "sister project", "big brother", "kid gloves",
  "dog food", "dog-food", "dog fooding", "cat herding", "pet project", "pet projects", "pet peeve", "pet scan",
  // a pregnancy's due date is the pregnancy, told as health: "scan went fine, baby due in May"
  "baby due",
  // a relation of tables, entities or variables: "the parent/child relationship between Order and LineItem"
  "relationship between",
]);

// Words after which a family word names a part of a tree or a process, in the offices' languages:
// "el proceso hijo", "processus enfant", "nodo padre", "processo figlio", "nó filho".
// biome-ignore format: word lists read better packed
const techKinship = new Set([
  "process", "proceso", "procesos", "processus", "processo", "processi", "processos", "prozess", "nodo", "nodos",
  "nodi", "nœud", "noeud", "nœuds", "nó", "knoten", "ticket", "tarea", "tarefa", "task", "elemento", "élément",
  "element", "epic", "épica", "container", "contenedor", "conteneur", "thread", "hilo", "component", "composant",
  "componente", "widget", "class", "classe", "clase", "klasse", "table", "tabla", "tabella", "tabelle", "branche",
  "rama", "ramo", "fenêtre", "ventana", "finestra", "janela", "fenster", "window", "répertoire", "dossier",
  "directorio", "cartella", "pasta",
]);

// The writer speaking of themselves or their own family, in en, de, fr, es, it, nl, pt, sv, pl:
// "my", "me", "I'm", "mein", "mir", "je", "moi", "mon", "mi".
// biome-ignore format: word lists read better packed
const selfWords = new Set([
  "my", "me", "mine", "myself", "i'm", "im", "i've", "ive", "i'd",
  "ich", "mich", "mir", "mein", "meine", "meinen", "meinem", "meiner", "meines",
  "je", "j'ai", "moi", "mon", "ma", "mes", "m'a", "m'ont",
  "yo", "mi", "mis", "estoy", "tengo", "io", "mio", "mia", "sono", "ho", "mijn", "ik", "eu", "meu", "minha",
  "jag", "mitt", "mam", "mój", "moja", "jestem", "मेरी", "मेरा", "मेरे", "मैं", "मुझे",
]);

function withoutPossessive(lower: string): string {
  return lower.endsWith("'s") ? lower.slice(0, -2) : lower;
}

// French and Italian elide an article or a pronoun onto the next word: "l'école", "d'anniversaire", "all'asilo".
const elision = /^(?:l|d|j|m|t|s|qu|un|dell|all|nell|dall|sull)'/;

/** The word a family or work list holds: without a possessive ("dad's") or an elided article ("l'école"). */
function bareWord(lower: string): string {
  return withoutPossessive(lower).replace(elision, "");
}

/**
 * "Mamie W. Prohaska", "Nana Akufo": a family word written as a given name before a surname or
 * an initial is a name, not the writer's grandmother.
 */
function nameBefore(word: Word | undefined, next: Word | undefined): boolean {
  if (word === undefined || next === undefined || !word.capitalised) return false;
  if (next.capitalised) return true;
  // An initial: one letter that is not a word of its own ("Mum I miss you", "Mamá y papá").
  return next.end - next.start === 1 && /^\p{L}$/u.test(next.lower) && !oneLetterWords.has(next.lower);
}

const oneLetterWords = new Set(["i", "a", "y", "e", "o", "u", "à", "è", "é", "w", "z"]);

// A note to the team about the writer's availability: whatever health or HR news it carries, its purpose
// is work ("so I'll be offline", "back Monday", "bin morgen nicht da", "je serai absent", "estoy de baja
// hasta el 5"). Words that say it alone, in en, de, fr, es, it, nl, pt, pl, sv.
// biome-ignore format: word lists read better packed
const absenceWords = new Set([
  "offline", "ooo", "ooto", "afk", "pto", "absence", "unavailable", "krankgeschrieben", "krankgemeldet",
  "arbeitsunfähig", "betriebsarzt", "abwesend", "absent", "absente", "injoignable", "ausente", "ausentes",
  "desconectado", "desconectada", "assente", "bedrijfsarts", "arboarts", "arbo-arts", "ziekgemeld", "afwezig",
  "nieobecny", "nieobecna", "niedostępny", "niedostępna", "sjukskriven", "frånvarande",
]);

// Pairs that say it: "be out", "back Monday", "out tomorrow", "from home", "leave starting", "de baja".
// biome-ignore format: word lists read better packed
const absencePhrases = new Set([
  "be out", "be off", "be away", "be late", "be back", "out tomorrow", "out today", "off tomorrow", "off today",
  "from home", "mornings only", "afternoons only", "half days", "working mornings", "working afternoons",
  "out sick", "off sick", "sick day", "further notice", "route requests", "leave from", "leave starting", "leave until",
  "leave through", "leave since", "leave for", "cover for",
  // round thirteen: away until a day ("they're out until Monday", "off till Thursday")
  "out until", "off until", "away until", "out till", "off till", "away till",
  "nicht da", "nicht erreichbar", "wieder da", "nur vormittags", "nur nachmittags",
  "arrêt maladie", "en arrêt", "de retour", "pas joignable",
  "de baja", "estaré fuera", "no estaré", "vuelvo el", "lavoro solo", "in malattia", "sarò fuori",
  "niet bereikbaar", "ziek gemeld", "de baixa", "estarei fora", "não estarei",
  "na zwolnieniu", "zwolnienie lekarskie",
]);

// After "back": a day or a time to come ("back Monday", "back next week"); not "back on the meds".
// biome-ignore format: word lists read better packed
const returnDays = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tomorrow", "tmrw", "next", "after",
]);

/**
 * A note about the writer's availability for work (an absence, a late start, a leave, working from
 * home) that names no family or private life: told in work chat, the health or HR news in it is that
 * category only, not a conversation. The same news with a family member in it ("my son has
 * chickenpox so I'm working from home") is family life, and is judged as before.
 */
export function announcesAbsence(words: readonly Word[]): boolean {
  let absence = false;
  for (let i = 0; i < words.length && !absence; i++) {
    const word = words[i]?.lower ?? "";
    const next = words[i + 1]?.lower ?? "";
    if (absenceWords.has(word) || absencePhrases.has(`${word} ${next}`)) absence = true;
    // "back Monday", "back on the 20th"; "skip the offsite", "skip the flights to the summit".
    else if (word === "back" && returnDays.has(next)) absence = true;
    // "Out 2-4pm for my follow-up", "leaving at 3", "logging off early", "I might be slower this week".
    else if (availabilityPair(word, next, words[i + 2]?.lower ?? "")) absence = true;
    // "can we move our 1:1?", "push the standup": the writer moves their work around the news.
    else if (movingVerbs.has(word)) {
      const after = words[i + 2]?.lower ?? "";
      absence =
        meetingWords.has(next) || meetingWords.has(after) || workWords.has(next) || workWords.has(after);
    } else if (word === "skip" || word === "miss") {
      const after = words[i + 2]?.lower ?? "";
      absence = workWords.has(next) || workWords.has(after) || travelWords.has(after);
    }
  }
  if (!absence) return false;
  // Half-weight pairs ("last night") name no one's private life.
  return conversationSignals(words).personal < 1;
}

// Notes on when the writer works and how much: a time away, a sign-off, a slower week, a flag to the manager.
// biome-ignore format: word lists read better packed
const availabilityWords = new Set([
  "slower", "workload", "logging-off",
]);
// biome-ignore format: word lists read better packed
const availabilityPhrases = new Set([
  "logging off", "log off", "signing off", "sign off", "leaving early", "leave early", "heading off",
  "flag it", "flag that", "reduced hours", "light duties", "früher weg", "früher gehen",
  "partir plus", "pars plus", "salgo antes", "esco prima", "eerder weg",
]);
const movingVerbs = new Set([
  "move",
  "push",
  "reschedule",
  "postpone",
  "shift",
  "verschieben",
  "décaler",
  "mover",
]);
const meetingWords = new Set([
  "1",
  "1:1",
  "1on1",
  "one-on-one",
  "call",
  "meeting",
  "standup",
  "sync",
  "catch-up",
]);

function availabilityPair(word: string, next: string, after: string): boolean {
  if (availabilityWords.has(word) || availabilityPhrases.has(`${word} ${next}`)) return true;
  // "just so you know, …": a flag to the team, said in three words.
  if (word === "so" && next === "you" && after === "know") return true;
  // "Out 2-4pm", "leaving at 3", "out from 2", "off at 4": a time of the day follows.
  if (word === "out" || word === "off" || word === "leaving") {
    const time = next === "at" || next === "from" ? after : next;
    return timeOfDay.test(time);
  }
  return false;
}

// "3", "3pm", "15h", "2-4pm": an hour or a span of hours.
const timeOfDay = /^\d{1,2}(?:am|pm|h)?(?:-\d{1,2}(?:am|pm|h)?)?$/;

const travelWords = new Set(["flights", "flight", "trip", "travel", "offsite", "conference", "summit"]);

// Someone in the message: the writer, the reader or a third person, in en, de, fr, es, it, nl, pt, pl,
// sv; common first- and second-person verbs of the languages that drop their pronouns ("llego tarde",
// "vieni stasera?"); greetings, thanks, wishes and laughter, which are said to someone.
// biome-ignore format: word lists read better packed
const someoneWords = new Set([
  "i", "i'm", "im", "i've", "ive", "i'll", "ill", "i'd", "me", "my", "mine", "myself", "you", "your", "yours",
  "you're", "youre", "you've", "you'll", "u", "ur", "ya", "y'all", "he", "she", "him", "her", "his", "hers",
  "he's", "she's", "we", "we're", "we'll", "us", "our", "they", "them", "their", "they're", "someone",
  "ich", "mich", "mir", "mein", "meine", "meinen", "meinem", "meiner", "du", "dich", "dir", "dein", "deine",
  "deinen", "deinem", "er", "sie", "ihm", "ihn", "ihr", "ihre", "wir", "uns", "unser", "unsere", "euch", "euer",
  "je", "j'ai", "moi", "mon", "ma", "mes", "tu", "toi", "ta", "tes", "te", "vous", "votre", "vos",
  "nous", "notre", "nos", "elle", "lui",
  "yo", "mi", "mí", "mis", "tú", "ti", "usted", "nosotros", "nosotras", "nuestro", "nuestra", "él", "ella",
  "os", "vosotros", "llego", "voy", "estoy", "tengo", "vienes", "puedes", "quieres", "vamos",
  "io", "mio", "mia", "miei", "tuo", "tua", "noi", "voi", "lei", "sono", "vengo", "arrivo", "vieni", "puoi",
  "vuoi", "andiamo",
  "ik", "mij", "mijn", "jij", "jou", "jouw", "jullie", "wij", "ons", "onze", "hij", "zij", "ze", "hem", "haar",
  "eu", "meu", "minha", "você", "vc", "nós", "ele", "ela", "estou", "vou", "tenho", "chego", "vens",
  "ja", "mnie", "mój", "moja", "ty", "ciebie", "nas", "ona", "jestem", "będę", "mam", "idę", "jesteś", "możesz", "idziesz", "idziemy",
  "मेरी", "मेरा", "मेरे", "मैं", "मुझे", "तुम", "आप",
  "jag", "mig", "mej", "mitt", "dig", "dej", "din", "vi", "oss", "han", "hon", "honom", "henne",
  "hi", "hey", "hello", "hiya", "hallo", "salut", "coucou", "hola", "ciao", "hoi", "oi", "olá", "cześć", "hej",
  "thanks", "thank", "thx", "ty", "danke", "merci", "gracias", "grazie", "bedankt", "obrigado", "obrigada",
  "dzięki", "dziękuję", "tack", "congrats", "congratulations", "glückwunsch", "félicitations", "felicidades",
  "enhorabuena", "auguri", "gefeliciteerd", "parabéns", "gratulacje", "grattis", "happy", "merry", "frohe",
  "joyeux", "joyeuses", "feliz", "buon", "buona", "haha", "hahaha", "lol", "lmao", "omg", "xd", "bye", "cheers",
  "night", "love", "miss", "sorry", "please", "pls", "plz",
  // kisses and hugs sign a message to someone; "kocham cię" (I love you), "hemos" (we have)
  "puss", "kram", "kramar", "bisous", "bises", "besos", "beijos", "baci", "kusjes", "buziaki", "küsschen",
  "kocham", "cię", "hemos",
  // English chat drops "I": "need to sort it", "can't sleep", "feeling awful"
  "need", "needed", "gotta", "gonna", "wanna", "can't", "cant", "feeling", "feel", "felt", "wish", "hoping",
  // where the writer is and how they are: "home safe", "landed!", "so tired", "bin gleich da"
  "home", "omw", "otw", "landed", "arrived", "outside", "late", "tired", "exhausted", "knackered", "sick",
  "safe", "leaving", "coming", "nearly", "almost", "gleich", "unterwegs", "angekommen", "müde", "zuhause",
  "daheim", "arrivé", "arrivée", "fatigué", "fatiguée", "crevé", "crevée", "llegando", "llegué", "cansado",
  "cansada", "arrivato", "arrivata", "stanco", "stanca", "thuis", "bijna", "moe", "cheguei", "chegando",
  "zmęczony", "zmęczona", "hemma", "trött", "framme",
  // meals at home and interjections said to someone
  "dinner", "breakfast", "abendessen", "dîner", "cena", "jantar", "kolacja", "middag", "ugh", "wow", "yay",
  "aww", "woohoo", "yikes", "phew", "there", "ça",
  // one's doctor is someone: "doctor thinks it's burnout"
  "doctor", "doc", "gp", "arzt", "ärztin", "médecin", "médico", "medico", "dokter", "huisarts", "lekarz", "läkare",
]);

const elidedPronoun = /^(?:j|t|m)'/;

// round fifteen: the languages that drop their pronouns say "we" and "I" in the verb's ending. Polish "-iemy",
// "-imy", "-śmy" ("rozstaniemy", "robimy", "byliśmy") and a negated "-ę" ("nie daję", "nie mogę"); Spanish and
// Portuguese "-amos", "-emos", "-imos" ("nos mudamos", "tenemos", "saímos" aside), never with a written accent,
// which marks the adjectives ("últimos", "próximos") and nouns ("préstamos"); Italian "-iamo" ("ci vediamo").
const firstPersonPlural = /(?:iemy|imy|śmy|amos|emos|imos|iamo)$/;
const writtenAccent = /[áéíóú]/;

/** A first-person verb of Polish, Spanish, Portuguese or Italian, found by its ending: the writer is in the message. */
function firstPersonVerb(lower: string, before: string): boolean {
  if (lower.length >= 5 && firstPersonPlural.test(lower) && !writtenAccent.test(lower)) return true;
  return before === "nie" && lower.length >= 4 && lower.endsWith("ę");
}
// Faces and hearts show how someone feels (😩 😊 🥲 🤗 ❤); a party popper or a ball does not.
const feelingEmoji = /[\u{1F600}-\u{1F64F}\u{1F910}-\u{1F92F}\u{1F970}-\u{1F97A}\u2764]/u;

/**
 * Someone is in the message: the writer, the reader, a third person, a greeting or thanks said to
 * someone, or a question put to the reader. "the gym is closed on Monday", "Leeds got promoted!",
 * "recipe for the lasagne is in the shared note" speak of things, not of anyone's life.
 */
export function speaksOfSomeone(text: string, words: readonly Word[]): boolean {
  // Two words or fewer are a reply or a fragment of one's day ("omw", "sounds good"), said to someone.
  if (words.length < 3 || feelingEmoji.test(text)) return true;
  if (isServiceNotice(words)) return false;
  // A story's characters are no one the writer knows, nor is a question about the plot put to anyone.
  const story = tellsStory(words);
  if (!story && text.includes("?")) return true;
  // While every word so far opens the message ("btw", "ok so", "ugh"), the next one opens its clause.
  let opening = true;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    if (someoneWords.has(word.lower) && !(story && thirdPersons.has(word.lower))) return true;
    if (!story && personalWords.has(bareWord(word.lower))) return true;
    if (!story && unspacedScript(word.lower) && unspacedHits(word.lower, unspacedSomeone) > 0) return true;
    // French and Italian elide a pronoun onto the verb: "j'arrive", "t'es où", "m'appelle".
    if (elidedPronoun.test(word.lower)) return true;
    if (firstPersonVerb(word.lower, words[i - 1]?.lower ?? "")) return true;
    // English chat drops "I" before a verb that opens a clause: "bought the tickets", "taking the bus",
    // "btw going to mass with gran".
    if (
      (opening || opensClause(text, i === 0 ? 0 : (words[i - 1] as Word).end, word.start)) &&
      droppedSubjectVerb(word.lower)
    )
      return true;
    opening = opening && messageOpeners.has(word.lower);
  }
  return false;
}

// A service's notice forwarded or pasted into a chat: it opens with its label ("Reminder:", "Rappel :") or
// with the reader's formal possessive before what the service holds for them ("Your DHL parcel arrives…",
// "Votre commande…", "Ihr Paket…"), and no one writes in it ("my", "je", "ich").
// biome-ignore format: word lists read better packed
const noticeLabels = new Set([
  "reminder", "rappel", "erinnerung", "recordatorio", "promemoria", "herinnering", "lembrete", "przypomnienie",
  "påminnelse", "notification", "avviso", "aviso",
]);
// biome-ignore format: word lists read better packed
const formalYour = new Set(["your", "votre", "vos", "ihr", "ihre", "su", "sus", "uw", "il", "la", "o", "a", "twoja", "twoje", "twój", "din", "ditt", "seu", "sua"]);
// biome-ignore format: word lists read better packed
const serviceNouns = new Set([
  "parcel", "package", "order", "delivery", "shipment", "booking", "reservation", "subscription", "payment",
  "appointment", "verification", "colis", "commande", "livraison", "réservation", "abonnement", "paiement",
  "paket", "sendung", "bestellung", "lieferung", "buchung", "zahlung", "pedido", "paquete", "envío", "reserva",
  "suscripción", "pago", "pacco", "ordine", "spedizione", "prenotazione", "pakket", "bestelling", "levering",
  "encomenda", "entrega", "paczka", "przesyłka", "zamówienie", "beställning", "leverans", "bokning",
]);

function isServiceNotice(words: readonly Word[]): boolean {
  const first = words[0]?.lower ?? "";
  const opens =
    noticeLabels.has(first) ||
    (formalYour.has(first) &&
      (serviceNouns.has(words[1]?.lower ?? "") || serviceNouns.has(words[2]?.lower ?? "")));
  if (!opens) return false;
  return !words.some((word) => selfWords.has(word.lower) || personalWords.has(bareWord(word.lower)));
}

// The reader's possessive a service opens its text with, after its own name at most ("Your parcel", "DHL: Ihr
// Paket", "Votre colis", "BRT: il tuo pacco", "Uw pakket", "A sua encomenda", "Twoja paczka", "Ditt paket").
// Not "tu", which is also the French, Italian and Portuguese "you".
// biome-ignore format: word lists read better packed
const readerPossessives = new Set([
  "your", "votre", "vos", "ihr", "ihre", "ihren", "su", "sus", "tuo", "tua", "uw", "twoja", "twój", "twoje",
  "din", "ditt", "dina", "seu", "sua",
]);
// How a service's texts tell the reader to answer or stop them: "Reply STOP", "Reply C to cancel", "Antworte
// STOP", "Répondez STOP", "Responde BAJA".
// biome-ignore format: word lists read better packed
const replyVerbs = new Set([
  "reply", "txt", "text", "sms", "antworte", "antworten", "répondez", "repondez", "responde", "responda",
  "rispondi", "antwoord", "svara", "odpowiedz", "envía", "envia",
]);
// biome-ignore format: word lists read better packed
const stopCodes = new Set(["stop", "stopp", "arret", "arrêt", "baja", "fin", "unsubscribe"]);
// biome-ignore format: word lists read better packed
const answerCodes = new Set(["y", "n", "yes", "c", "help", "info", "ja", "oui", "si", "sí", "tak", "1", "2"]);
const optOutWords = new Set(["opt-out", "unsubscribe", "abmelden", "désabonner", "désinscrire"]);
// What a service keeps for its customer, beside serviceNouns: a bill, an account, a code, a ride.
// biome-ignore format: word lists read better packed
const accountNouns = new Set([
  "bill", "account", "statement", "balance", "code", "card", "ride", "driver", "courier", "table", "item",
  "items", "rechnung", "konto", "facture", "compte", "factura", "cuenta", "fattura", "conto", "rekening",
  "fatura", "conta", "rachunek", "faktura", "räkning", "kod", "código", "codice", "pacco",
]);
// Chat's own marks, which no service writes: a kiss, a laugh, "pls", "u", the writer's "I".
// biome-ignore format: word lists read better packed
const chatMarks = new Set([
  "x", "xx", "xxx", "xo", "lol", "haha", "hahaha", "lmao", "omg", "pls", "plz", "u", "ur", "ya", "babe", "i", "i'll",
]);

/**
 * A service's text to its customer, arriving in a messenger like any other: "Vodafone: your bill of £58.31 is
 * ready. Reply STOP to opt out", "DHL: Your parcel 4206 … will be delivered today between 8:00 and 8:15", "Your
 * Uber is arriving in 3 min". Either it tells how to answer or stop it ("Reply STOP", "Reply C to cancel"), or
 * it opens, after the service's name at most, with the reader's possessive before what the service holds for
 * them (an order, a bill, a code, or the service itself by name: "Your Uber") and quotes a number (an amount, a
 * time, a reference). No one in it writes as "I", names a relative or signs with a kiss: "your train gets in at
 * 6:40" holds nothing a service keeps, "your parcel came, I put it in the shed" has a writer.
 */
export function sentByService(words: readonly Word[]): boolean {
  if (words.length < 6) return false;
  let addressed = false;
  let reference = false;
  let instructed = false;
  for (let i = 0; i < words.length; i++) {
    const lower = (words[i] as Word).lower;
    if (selfWords.has(lower) || chatMarks.has(lower) || personalWords.has(bareWord(lower))) return false;
    if (!reference && isDigitCode(lower.charCodeAt(0))) reference = true;
    const next = words[i + 1];
    if (i <= 2 && readerPossessives.has(lower) && next !== undefined && heldByService(next)) addressed = true;
    if (optOutWords.has(lower) || (lower === "opt" && next?.lower === "out")) instructed = true;
    // "Reply STOP", "Reply C to cancel", "Reply YES to confirm": a code, then what it does, if it is no stop.
    if (replyVerbs.has(lower) && next !== undefined) {
      const code = next.lower;
      if (stopCodes.has(code) || (answerCodes.has(code) && words[i + 2]?.lower === "to")) instructed = true;
    }
  }
  return instructed || (addressed && reference);
}

/** What the reader's possessive in a service's text names: an order, a bill, a code, or the service ("Uber"). */
function heldByService(word: Word): boolean {
  return serviceNouns.has(word.lower) || accountNouns.has(word.lower) || word.capitalised;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

// Words a chat message opens with before its clause: "btw", "ok so", "ugh", "lol", "anyway".
// biome-ignore format: word lists read better packed
const messageOpeners = new Set([
  "btw", "ok", "okay", "so", "ugh", "hey", "lol", "omg", "haha", "anyway", "anyways", "also", "well", "oh", "ah",
  "tbh", "fyi", "update", "yeah", "yes", "no", "nope", "welp",
]);

// The third persons of someoneWords: in a story's plot they are characters.
// biome-ignore format: word lists read better packed
const thirdPersons = new Set([
  "he", "she", "him", "her", "his", "hers", "he's", "she's", "they", "them", "their", "they're", "someone", "er",
  "sie", "ihm", "ihn", "ihr", "ihre", "elle", "lui", "él", "ella", "lei", "hij", "zij", "ze", "hem", "haar", "ele",
  "ela", "ona", "han", "hon", "honom", "henne",
]);

// The writer, the reader and the family in Japanese, Chinese and Korean: 私, 僕, あなた, 我, 你, 나, 너.
// biome-ignore format: word lists read better packed
const unspacedSomeone = [
  ...unspacedPersonal, "私", "僕", "俺", "あなた", "君", "彼", "我", "你", "她", "他", "나는", "내가", "너", "우리",
];

/** Only spaces and a clause's end (`,` `.` `!` `;`) lie between the word before and this one. */
function opensClause(text: string, from: number, to: number): boolean {
  if (from === 0) return text.slice(0, to).trim() === "";
  return clauseBreak.test(text.slice(from, to));
}

const clauseBreak = /^\s*[,.!;]\s*$/;

// Nouns that end like a verb's -ing or -ed: "morning all", "shopping centre", "the wedding".
// biome-ignore format: word lists read better packed
const nounsLikeVerbs = new Set([
  "morning", "evening", "nothing", "something", "everything", "anything", "building", "parking", "meeting",
  "wedding", "spring", "string", "ceiling", "pudding", "clothing", "shopping", "booking", "training",
  "swimming", "heating", "housing", "thing", "king", "ring", "red", "bed", "shed", "speed", "seed", "feed",
]);
const droppedSubjectVerbs = new Set([
  "got",
  "bought",
  "went",
  "made",
  "had",
  "saw",
  "lost",
  "found",
  "took",
  "just",
  "still",
  "be",
  "back",
  "off",
  "heading",
  "going",
  "gone",
  "been",
  "left",
  "came",
  "ate",
  "slept",
  "woke",
]);

function droppedSubjectVerb(lower: string): boolean {
  if (droppedSubjectVerbs.has(lower)) return true;
  if (nounsLikeVerbs.has(lower) || lower.length < 5) return false;
  return lower.endsWith("ing") || lower.endsWith("ed");
}

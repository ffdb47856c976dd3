import type { Detector } from "../detection.ts";
import { clampScore, reportThreshold, type Span } from "../span.ts";
import { endsWithPossessive, isDigit, isWordCode, type Word, withoutPossessive } from "../text.ts";
import { namesFirm } from "./firm-names.ts";
import { type NameLexicon, nameLexicon } from "./name-lexicon.ts";

// Words after which a capitalised word is a person: greetings, sign-offs,
// "with"/"from", form labels (Assignee:, Traveller:) and chat headers (Chat –).
// biome-ignore format: a word list reads better packed
const cues = new Set([
  "dear", "hi", "hello", "hey", "hiya", "morning", "evening", "thanks", "thank", "cheers", "regards", "best",
  "wishes", "sincerely", "yours", "love", "xoxo", "cc", "bcc", "with", "from", "by", "ask", "asked", "ping",
  "pinged", "call", "called", "met", "meet", "meeting", "name", "named", "manager", "colleague", "contact",
  "employee", "candidate", "patient", "customer", "client", "signed", "attn", "attendee", "attendees", "owner",
  "assignee", "reporter", "reviewer", "reviewers", "author", "approver", "traveller", "traveler", "guest",
  "passenger", "worker", "interviewer", "interview", "organizer", "organiser", "recipient", "sender", "chat",
  "dm", "loop", "for", "and", "tell", "told", "sorry", "congrats", "congratulations", "welcome", "mentor",
  "buddy", "lead", "director", "ceo", "cto", "vp", "recruiter", "hr", "via", "per", "emergency", "spouse",
  "partner", "wife", "husband", "son", "daughter", "mum", "mom", "dad", "brother", "sister", "bump", "promote",
  "promoted", "hire", "hired", "invite", "invited", "remind", "thank", "pay", "paid", "onboard", "mentoring",
  "ty", "thx", "tnx", "kudos", "props", "putting", "placing", "hallo", "hola", "bonjour", "salut", "ciao", "hej", "moin", "servus",
  // payees, account holders, participants and emergency contacts in the offices' languages
  "beneficiary", "holder", "payee", "kontoinhaber", "begünstigter", "empfänger", "bénéficiaire", "titulaire",
  "titular", "beneficiario", "asistentes", "participantes", "participants", "teilnehmer", "teilnehmende",
  "notfallkontakt", "contacto", "partecipanti", "deelnemers",
  // name fields of forms in the offices' languages ("Nachname: Wiśniewska", "Prénom : Aminata")
  "surname", "forename", "nachname", "vorname", "familienname", "prénom", "apellido", "apellidos", "cognome",
  "achternaam", "voornaam", "nazwisko", "imię",
  // the parties of a claim or a lawsuit in the offices' languages ("Claimant Tamsin Yazzie alleges …",
  // "Klägerin Anna Weber", "le demandeur Paul Martin")
  "claimant", "respondent", "plaintiff", "defendant", "appellant", "kläger", "klägerin", "beklagte", "beklagter",
  "demandeur", "demanderesse", "défendeur", "défenderesse", "demandante", "demandado", "demandada", "ricorrente",
  "resistente", "eiser", "eiseres", "gedaagde", "powód", "powódka", "pozwany", "pozwana", "kärande", "svarande",
  "requerente", "requerido", "requerida",
  // thanks in the offices' other languages: "Obrigado, Thiago", "grazie Alessandro", "dzięki Ania"
  "obrigado", "obrigada", "grazie", "gracias", "merci", "danke", "dank", "bedankt", "dankjewel", "dziękuję",
  "dzięki", "tack", "kiitos", "takk", "tak",
  // greetings in other scripts and languages: "Привет, Ольга", "Merhaba Ayşe", "שלום דנה", "नमस्ते राहुल"
  "привет", "здравствуйте", "вітаю", "привіт", "cześć", "ahoj", "merhaba", "selam", "sveiki", "labas", "tere",
  "hei", "halo", "שלום", "مرحبا", "سلام", "नमस्ते", "γεια",
  // the second word of two-word greetings and the one-word greetings of it, fr, pt, nl ("Buenos días Itziar,",
  // "Bom dia Thiago", "Buongiorno Chiara", "Bonsoir Léa")
  "días", "dias", "tardes", "noches", "dia", "buongiorno", "buonasera", "bonsoir", "coucou", "goedemiddag", "buenas",
  "goedenavond",
  // formal salutations of letters: "Sehr geehrte Frau …", "Sehr geehrte/r Saga Ekdahl", "Estimada Begoña"
  "geehrte", "geehrter", "estimado", "estimada",
  // the "Dear" of French, Spanish, Swedish and Polish letters ("Cher Monsieur Szalai", "Querida Itziar")
  "cher", "chère", "chers", "chères", "querido", "querida", "kära", "drogi", "droga",
]);
const signOffs = new Set([
  "best",
  "regards",
  "thanks",
  "cheers",
  "wishes",
  "sincerely",
  "yours",
  "love",
  "xx",
  "br",
  "kr",
  "grüße",
  "grüßen",
  "gruß",
  "cordialement",
  "salutations",
  "saludos",
  "saludo",
  "atentamente",
  "groeten",
  "hälsningar",
  "hilsen",
  "distinti",
  "thank",
  "thx",
  "ta",
  "merci",
  "gracias",
  "danke",
  // sign-offs of the offices' other languages: nl, pl, it, pt, sv/no/da, and the short German ones
  "groet",
  "groetjes",
  "pozdrawiam",
  "pozdrowienia",
  "saluti",
  "cumprimentos",
  "abraços",
  "abrazos",
  "mvh",
  "lg",
  "mfg",
  "vg",
  // the kisses and hugs that close a note to friends and family ("Bisous, Margaux", "Besos, Nerea", "Liefs,
  // Femke", "Buziaki, Ola", "Kram, Elsa", "Beijinhos, Inês", "Baci, Chiara")
  "bisous",
  "bises",
  "besos",
  "besitos",
  "abrazo",
  "baci",
  "bacioni",
  "abbracci",
  "kusjes",
  "liefs",
  "buziaki",
  "kram",
  "kramar",
  "beijos",
  "beijinhos",
  "abraço",
  "hugs",
  "kisses",
  "küsse",
  "küsschen",
]);
// A sign-off standing alone on its line may end without a comma ("Mit freundlichen Grüßen", "Many thanks").
const maxSignOffLineLength = 32;
// Weak cues: common words that introduce people often but not always; they lift less.
const weakCues = new Set([
  "for",
  "and",
  "by",
  "with",
  "from",
  "lead",
  "partner",
  "per",
  "via",
  "love",
  "best",
]);
const honorifics = new Set([
  "mr",
  "mrs",
  "ms",
  "miss",
  "dr",
  "prof",
  "sir",
  "herr",
  "herrn",
  "frau",
  "mme",
  "mlle",
  "sr",
  "sra",
  "señor",
  "señora",
  // the same courtesy in French, Italian, Dutch, Portuguese and Spanish letters
  "monsieur",
  "madame",
  "mademoiselle",
  "signor",
  "signora",
  "sig",
  "dott",
  "mevrouw",
  "meneer",
  "dhr",
  "mevr",
  "senhor",
  "senhora",
  "doña",
  // a woman doctor in Spanish and Portuguese ("Dra. Arrieta")
  "dra",
]);
const particles = new Set([
  "van",
  "von",
  "de",
  "der",
  "den",
  "da",
  "das",
  "do",
  "dos",
  "del",
  "della",
  "di",
  "du",
  "la",
  "le",
  "bin",
  "ibn",
  "al",
  "y",
  "e",
  "ten",
  "ter",
  "zu",
  // Irish and Scottish patronymics ("Niamh Mac Giolla", "Tadhg Ó Briain")
  "mac",
  "mc",
  "ó",
  "ní",
  "nic",
  "ua",
  "bint",
]);
// After a given name, these say the word is a place ("Charlotte, NC", "Austin office").
// biome-ignore format: a word list reads better packed
const placeFollowers = new Set([
  "office", "offices", "campus", "station", "airport", "street", "st", "road", "avenue", "heights", "park",
  "square", "team", "hub", "site", "region", "branch", "store", "hospital", "university", "college", "school", "tech",
  "county", "city", "centre", "center", "hotel", "building", "tower", "bridge", "lake", "river", "beach",
  "inc", "llc", "ltd", "group", "corp", "corporation", "gmbh", "plc", "ag", "sa", "holdings", "partners",
  // a group of firms in the organisation's other languages ("Schwarz Gruppe", "Grupo Bimbo" follows, "Otto Konzern")
  "gruppe", "konzern", "groupe", "gruppo",
  // golf clubs and city gates ("Augusta National", "Brandenburger Tor")
  "national", "tor",
  "sons", "associates", "foundation", "institute", "labs", "studio", "studios", "ventures", "capital",
  // firms' and sites' pages and units ("Morgan Stanley Investor Relations", "Charlotte data center")
  "investor", "investors", "consulting", "bank", "securities", "data", "datacenter", "dc", "warehouse",
  // a product's parts and pages ("Shopify Admin", "Stripe Dashboard")
  "admin", "console", "dashboard", "portal", "cloud", "docs", "analytics", "app", "apps", "platform",
  // streets named after people or trees ("Sycamore Lane", "Stirling Highway", "Abbey Road")
  "lane", "ln", "drive", "highway", "hwy", "boulevard", "blvd", "crescent", "terrace", "parkway", "pkwy", "mews",
  "rd", "ave",
  // charities, prizes and venues named after people ("Marie Curie Hospice", "Nobel Prize", "Royal Albert Hall")
  "hospice", "trust", "fund", "award", "awards", "prize", "medal", "museum", "memorial", "library", "stadium",
  "arena", "theatre", "theater", "gallery", "clinic", "academy", "scholarship", "fellowship", "lecture", "trophy",
  // hotels, restaurants and shops ("Hilton Garden Inn", "Franco Manca kitchen")
  "inn", "resort", "suites", "motel", "hostel", "lodge", "restaurant", "café", "cafe", "bistro", "pub", "grill",
  "bakery", "pharmacy", "market", "mall",
  // dishes named after people ("Caesar salad", "Margherita pizza", "Waldorf salad")
  "salad", "sandwich", "sauce", "dressing", "cake", "pie", "soup", "tart", "pudding", "cocktail", "pizza",
  // dishes named in their language ("Kung Pao chicken", "Mapo Tofu", "Dan Dan noodles")
  "tofu", "noodles", "noodle", "dumplings", "chicken", "beef", "pork", "ramen", "bowl",
  // a town's clock ("Denver timezone"; not "time": "Anna time off")
  "timezone", "tz",
  // a site's wing or gate by its compass point, in the offices' languages ("Tor Nord", "Edificio Norte",
  // "Halle Ost", "Campus Zuid"); "West" stays a surname after a cue and a given name ("with Adam West"), and
  // French "est", Spanish "sur" stay out: they are a verb and a preposition after a name ("Léa est là")
  "north", "south", "east", "west", "nord", "süd", "ost", "norte", "sud", "oeste", "noord", "zuid",
  "oost", "norr", "söder", "öst", "väst",
  // stations and airports in the offices' languages, named after their town or a person ("München Hbf",
  // "Amsterdam Centraal", "Flughafen Franz Josef Strauß" ends on the town's side)
  "hbf", "bhf", "hauptbahnhof", "bahnhof", "centraal", "flughafen", "aeropuerto", "aeroporto", "aéroport",
  "luchthaven", "flygplats", "lotnisko",
]);
// Adjectives of peoples and countries, capitalised in English, that are no one's given name.
// biome-ignore format: a word list reads better packed
const demonyms = new Set([
  "irish", "german", "french", "spanish", "italian", "dutch", "british", "english", "american", "canadian",
  "swiss", "austrian", "polish", "swedish", "danish", "norwegian", "finnish", "portuguese", "brazilian",
  "mexican", "indian", "chinese", "japanese", "korean", "australian", "scottish", "welsh", "european", "belgian",
  "greek", "turkish", "russian", "ukrainian", "czech", "hungarian", "romanian", "nigerian", "kenyan",
  "argentinian", "argentine", "chilean", "colombian", "peruvian", "filipino", "vietnamese", "thai", "indonesian",
  "egyptian", "moroccan", "israeli", "emirati", "saudi", "african", "asian", "latin", "nordic", "scandinavian",
]);
// The same adjectives in German, inflected after an article ("Tag der Deutschen Einheit", "die Europäische Union").
const germanDemonym =
  /^(?:deutsch|französisch|europäisch|spanisch|italienisch|österreichisch|schweizerisch|polnisch|niederländisch|britisch|englisch|amerikanisch|schwedisch|dänisch|norwegisch|finnisch|portugiesisch|russisch|chinesisch|japanisch|türkisch|griechisch|irisch|belgisch|tschechisch|ungarisch|afrikanisch|asiatisch)(?:e|en|er|es|em)$/;
// A name's generation, written after it ("Jr", "Sr", "III").
const generationalSuffixes = new Set(["jr", "sr", "ii", "iii", "iv"]);
// Words that begin place names ("Port Gillian", "North Berenice", "San Mateo"), not people's.
// biome-ignore format: a word list reads better packed
const placePrefixes = new Set([
  "port", "north", "south", "east", "west", "new", "lake", "mount", "mt", "fort", "saint", "st", "san", "santa",
  "los", "las", "el", "upper", "lower", "great", "little", "old", "glen", "cape", "bad", "sankt", "são",
  // streets and squares in the organisation's other languages ("Gran Vía", "Rue Oberkampf")
  "gran", "calle", "avenida", "plaza", "paseo", "rue", "avenue", "boulevard", "piazza", "via", "rua",
  // meeting rooms named after people ("Salle Eiffel", "Sala Goya", "Raum Curie") and stations
  "salle", "sala", "raum", "zaal", "aula", "room", "gare", "bahnhof", "hauptbahnhof", "estación", "stazione",
  // trade fairs and their grounds ("Messe München", "Fiera Milano", "Feria Valencia", "Foire de Paris")
  "messe", "fiera", "feria", "foire", "beurs",
  // streets of Italy, Portugal, Catalonia and Poland ("Corso Vittorio Emanuele", "Praça Luís de Camões")
  "corso", "viale", "vicolo", "largo", "travessa", "praça", "carrer", "avinguda", "passeig", "rambla", "ulica",
  "aleja", "calle",
  // coasts, ports, beaches, capes, cities and lakes before a particle ("Costa del Sol", "Puerto de la Cruz");
  // not "Isla", a given name as often as an island
  "costa", "puerto", "playa", "cabo", "ciudad", "lago", "bahía", "porto", "ponte", "château", "chateau",
  "mont", "monte",
  // a town as an office or a council ("ausgestellt Stadt Rostock", "Comune di Bologna", "Gmina Kórnik"); not
  // "Ville", a Finnish given name as often as the French town
  "stadt", "gemeinde", "landkreis", "kreis", "città", "comune", "municipio", "ayuntamiento", "gmina",
  "miasto", "gemeente", "kommune", "kommun",
  // houses, studios and shops named as a brand ("Maison Verre", "Atelier Rousseau", "Studio Ocra")
  "maison", "atelier", "studio", "galerie", "boutique", "bodega", "trattoria", "osteria", "estudio", "estúdio",
  // German streets that open with a preposition ("Unter den Linden", "Hinter der Mauer")
  "unter", "hinter",
  // hotels, stadiums, parks, museums, theatres and palaces named after people or families ("Hotel Sacher",
  // "Estadio Azteca", "Parque Retiro", "Museo Reina Sofía", "Palazzo Pitti", "Schloss Charlottenburg")
  "hotel", "estadio", "stade", "stadion", "stadio", "parque", "parc", "museo", "musée", "teatro", "théâtre",
  "palacio", "palazzo", "palais", "schloss", "castillo", "jardín", "jardin",
  // storms are given people's names ("Hurricane Milton", "Sturmtief Zeynep", "Typhoon Haiyan"); not "Storm"
  // or "Sturm", a given name and a surname too ("Storm Harper is out")
  "hurricane", "typhoon", "cyclone", "sturmtief", "orkan", "tempête", "huracán", "tifón", "tormenta", "ciclone",
  "uragano",
]);
// Street words before a name, written in lower case mid-sentence as French, Spanish and Italian do
// ("on avenue Jean Jaurès", "in calle Gabriel Miró"): the name is the street's, not a person's.
// ("via" stays out: in English it introduces a person.)
// biome-ignore format: a word list reads better packed
const streetWordsBefore = new Set([
  "rue", "avenue", "boulevard", "bd", "allée", "impasse", "quai", "place", "calle", "avenida", "avda", "paseo",
  "plaza", "corso", "viale", "piazza", "largo", "rua", "travessa", "praça", "carrer", "avinguda", "passeig",
  "ul", "ulica", "aleja", "al", "straße", "strasse",
]);
const clockOfTown =
  /^ (?:is|was|are|ist|est|está) (?:now |still )?(?:\d{1,2}(?:[.,]\d{1,2})?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half an?) ?(?:hours?|hrs?|h|stunden?|heures?|horas?) (?:ahead|behind|voraus|zurück|d'avance|de retard|adelantad[oa]|por delante|atrás)/i;
const flightVerbBefore =
  /(?:^|[^\p{L}])(?:lands?|landed|landing|touch(?:es|ed)? down|fly(?:ing)? into|flew into|departs?|departing|departed) (?:at|in|into|from) $/iu;
const machineGloss =
  /^ ?\((?:our|the|a|an|unser|unsere|notre|le|la|el|nuestro)?\s?(?:[\p{L}-]+\s){0,2}(?:bot|chatbot|robot|server|cluster|service|tool|app|room|meeting room|vm|printer|pipeline)\)/iu;
// Particles that join a street word to its namesake ("Plaza del Sol", "Rua do Ouro", "Piazza di Spagna").
const streetLinks = new Set(["del", "de", "di", "do", "da", "della", "dos", "das", "des", "du"]);
// Endings of streets written as one word ("Van Woustraat", "Schillerstraße", "Storgatan"): never a name's part.
// biome-ignore format: a word list reads better packed
const streetEndings = [
  "straat", "straße", "strasse", "gracht", "gasse", "gatan", "vägen", "plein", "kade", "singel",
  // avenues, embankments, promenades and lanes ("Kastanienallee", "Kurfürstendamm", "Beethovenlaan", "Vesterbrogade")
  "allee", "damm", "chaussee", "promenade", "laan", "gade",
];
const minStreetWordLength = 7;
// German streets and squares named after a person are hyphenated onto the street word
// ("Konrad-Adenauer-Ufer", "Rosa-Luxemburg-Platz", "Willy-Brandt-Allee"): the whole is a place.
const hyphenatedStreetEnding =
  /-(?:straße|strasse|str\.?|platz|allee|ufer|ring|weg|damm|brücke|tor|markt|gasse|chaussee|promenade|kai|haus|schule)$/;

function isStreetWord(lower: string): boolean {
  return (
    (lower.length >= minStreetWordLength && streetEndings.some((ending) => lower.endsWith(ending))) ||
    hyphenatedStreetEnding.test(lower)
  );
}
// A shipping label's or a parcel form's recipient field: its value, on the same line or the
// next, is the name of the person it goes to ("DELIVER TO:\nSNEHA SUBRAMANIAN\n…").
const recipientLabel =
  /(?:^|\n)[ \t]*(?:deliver to|ship to|recipient|consignee|addressee|empfänger|destinataire|destinatario|enviar a)[ \t]*:[ \t]*\n?[ \t]*([^\n]{3,60})/giu;
// Two to four words of letters (any script, any case), as names are printed on labels.
const printedName = /^\p{L}[\p{L}'’.-]*(?: \p{L}[\p{L}'’.-]*){1,3}$/u;
// What a recipient line holds that is not a person: a firm, a department, "c/o".
const notRecipientName =
  /(?<![\p{L}])(?:ltd|gmbh|inc|llc|plc|sa|sl|sas|bv|ag|team|department|dept|office|reception|warehouse|c\/o)(?![\p{L}])/iu;

function recipientsOfLabels(text: string): Span[] {
  const spans: Span[] = [];
  recipientLabel.lastIndex = 0;
  for (let match = recipientLabel.exec(text); match !== null; match = recipientLabel.exec(text)) {
    const value = (match[1] ?? "").trim();
    if (!printedName.test(value) || notRecipientName.test(value)) continue;
    const start = match.index + match[0].lastIndexOf(value);
    spans.push({ start, end: start + value.length, category: "pii", detector: "person-name", score: 0.75 });
  }
  return spans;
}

// A passenger as airlines' records write one, surname first in capitals, a slash, the given names and a
// title: "APIS: VERHOEVEN/JOOST MS", "1.1NAKAMURA/COLTON MR", "SOUSA MARTINS/ANA RITA MRS".
const passengerRecordName =
  /(?<![\p{L}/])(\p{Lu}[\p{Lu}'-]{1,30}(?: \p{Lu}[\p{Lu}'-]{1,30})?\/\p{Lu}[\p{Lu}'-]{1,30}(?: \p{Lu}[\p{Lu}'-]{1,30}){0,2}) (?:MR|MRS|MS|MISS|MSTR|DR|PROF)(?![\p{L}])/gu;
const minPassengerNameLetters = 7;
// A passport's machine-readable first line: its type, the issuing country, then SURNAME<<GIVEN<NAMES.
const machineReadableNames =
  /(?:^|\n)P[A-Z<][A-Z<]{3}([A-Z]{1,39}(?:<[A-Z]{1,39}){0,3})<<([A-Z]{1,39}(?:<[A-Z]{1,39}){0,3})</g;
// How far above its machine-readable line a document prints the holder's name.
const printedNameReach = 200;

/**
 * "VERHOEVEN/JOOST MS": a passenger record's name; "PASSPORT  NAKASHIMA REN\nP<USANAKASHIMA<<REN<<…": the
 * holder's name printed above a passport's machine-readable line, as that line spells it.
 */
function namesOfTravelDocuments(text: string): Span[] {
  const spans: Span[] = [];
  const push = (start: number, end: number) =>
    spans.push({ start, end, category: "pii", detector: "person-name", score: 0.8 });
  if (text.includes("/")) {
    passengerRecordName.lastIndex = 0;
    for (let match = passengerRecordName.exec(text); match !== null; match = passengerRecordName.exec(text)) {
      const name = match[1] ?? "";
      // "TCP/IP MS", "AND/OR DR": two short acronyms are no surname and given name.
      if (name.length - 1 < minPassengerNameLetters) continue;
      push(match.index, match.index + name.length);
    }
  }
  if (text.includes("<<")) {
    machineReadableNames.lastIndex = 0;
    for (
      let match = machineReadableNames.exec(text);
      match !== null;
      match = machineReadableNames.exec(text)
    ) {
      const surname = (match[1] ?? "").replaceAll("<", " ");
      const given = (match[2] ?? "").replaceAll("<", " ");
      const from = Math.max(0, match.index - printedNameReach);
      const above = text.slice(from, match.index);
      for (const printed of [`${surname} ${given}`, `${given} ${surname}`]) {
        const at = above.lastIndexOf(printed);
        if (at >= 0 && !isLetterOrDigit(above, at - 1) && !isLetterOrDigit(above, at + printed.length)) {
          push(from + at, from + at + printed.length);
          break;
        }
      }
    }
  }
  return spans;
}

// Carmakers, whose models are often named like people ("a grey Skoda Octavia", "Opel Astra", "Renault Clio"):
// the capitalised word after one is its model. Makes no one is named after open the car's name too.
// biome-ignore format: a word list reads better packed
const carMakers = new Set([
  "skoda", "škoda", "toyota", "volkswagen", "vw", "renault", "peugeot", "citroën", "citroen", "opel",
  "hyundai", "nissan", "mazda", "volvo", "subaru", "lexus", "cupra", "polestar", "seat", "fiat", "tesla",
  "bmw", "audi", "mercedes", "ford", "ferrari", "porsche", "honda", "suzuki", "mitsubishi", "lancia",
]);
// Of those, the makes that are also surnames ("Harrison Ford", "Enzo Ferrari") do not open a car alone.
// biome-ignore format: a word list reads better packed
const carMakersAlsoSurnames = new Set(["ford", "ferrari", "porsche", "honda", "suzuki", "renault", "mercedes"]);

/**
 * The name at from–to is a car or its maker: its make opens it ("Skoda Octavia"), stands just before it ("Opel
 * Astra") or is all of it without an honorific ("Mercedes-Benz and Porsche asked for the report").
 */
function namesCar(all: readonly Word[], from: number, to: number): boolean {
  const previous = all[from - 1];
  const first = all[from] as Word;
  if (to === from && carMakers.has(first.lower) && !honorifics.has(previous?.lower ?? "")) return true;
  if (previous !== undefined && previous.end + 1 === first.start && carMakers.has(previous.lower))
    return true;
  return to > from && carMakers.has(first.lower) && !carMakersAlsoSurnames.has(first.lower);
}

// AI assistants named like people (Anthropic's Claude; Mistral's Le Chat is not one).
const assistantNames = new Set(["claude", "gemini", "copilot", "perplexity", "mistral", "grok", "pi", "poe"]);

// What follows an assistant's name when the assistant is meant: its models, plans, apps and maker's suffix.
// biome-ignore format: a word list reads better packed
const assistantProducts = new Set([
  "ai", "model", "models", "api", "code", "pro", "max", "plus", "team", "enterprise", "app", "desktop",
  "opus", "sonnet", "haiku", "flash", "ultra", "nano", "advanced", "large", "small", "medium", "chat", "cli",
]);

/** The word at start–end is one side of `Word & Word`, each side a single capitalised word. */
function joinedByAmpersand(text: string, start: number, end: number): boolean {
  // Both patterns need " & " against the word; most names have none, and the patterns are rebuilt per call.
  if (!text.startsWith(" & ", start - 3) && !text.startsWith(" & ", end)) return false;
  return (
    /(?:^|[^\p{L}\s]|\s)\p{Lu}[\p{L}'’-]{0,24} & $/u.test(text.slice(Math.max(0, start - 30), start)) ||
    /^ & \p{Lu}[\p{L}'’-]{0,24}(?:[^\p{L}'’-]|$)(?!\s?\p{Lu})/u.test(text.slice(end, end + 32))
  );
}

/** `word` is the last part of a title: after " - ", " | " or " — ", and nothing but spaces after it. */
function endsTitle(text: string, start: number, end: number): boolean {
  return (
    /(?:\s[-|–—]\s|^)$/.test(text.slice(Math.max(0, start - 3), start)) &&
    text.slice(end).trim() === "" &&
    start > 0
  );
}

const browserTitleSuffix =
  /^\s[-|–—]\s(?:google chrome|chrome|mozilla firefox|firefox|safari|microsoft edge|edge|brave|brave browser|arc|opera|vivaldi|chromium)\s*$/i;

/** `word` is a page's whole title, the browser's name after it: "Claude - Firefox". */
function namesPageBeforeBrowser(text: string, start: number, end: number): boolean {
  return text.slice(0, start).trim() === "" && browserTitleSuffix.test(text.slice(end));
}

// Chat and meeting apps whose window titles name the person talked to ("Ana Souza - WhatsApp").
const chatTitleWords = new Set([
  "chat",
  "whatsapp",
  "signal",
  "telegram",
  "messenger",
  "slack",
  "teams",
  "zoom",
  "meet",
  "dm",
  "facetime",
  "skype",
  "webex",
]);
// URL path segments after which comes a person's slug (/in/maria-garcia-4b2a1, /people/jane-doe).
const peoplePaths = [
  "/in/",
  "/people/",
  "/person/",
  "/profile/",
  "/profiles/",
  "/employees/",
  "/employee/",
  "/staff/",
  "/team/",
  "/members/",
  "/directory/",
  "/u/",
  "/users/",
  "/user/",
  // a scheduling link's first segment is its owner ("calendly.com/maria-garcia/30min")
  "calendly.com/",
];

/**
 * Person names. Words are looked up in name lists shipped in packages
 * (see name-lexicon.ts); context decides what a list cannot: a greeting, a
 * sign-off, "with"/"from", a form label or a chat header before a name; a
 * transcript's "Name Surname:" at a line start; a chat window's title; a
 * profile URL's slug. Ordinary words, places and products end a name. One
 * pass over the words: each is looked up a constant number of times.
 */
export const findPersonNames: Detector = ({ text, profile, code, words }) => {
  const spans: Span[] = [];
  if (text.includes("/")) spans.push(...namesInProfileUrls(text), ...namesInHandles(text));
  if (text.includes("Users") || text.includes("/home/"))
    spans.push(
      ...namesInHomeDirectories(text, nameLexicon()),
      ...initialledAccounts(text, initialledHomeDirectory, nameLexicon()),
    );
  if (text.includes("=")) spans.push(...namesInQueryValues(text));
  if (text.includes(":") || text.includes("%3")) spans.push(...namesInSearchQualifiers(text));
  if (text.includes("/")) spans.push(...namesOfPractitionerPages(text, nameLexicon()));
  if (text.includes("=") && peopleSystemHost.test(text)) spans.push(...namesSearchedInPeopleSystems(text));
  if (text.includes("@"))
    spans.push(...mentionedHandles(text), ...initialledAccounts(text, initialledMention, nameLexicon()));
  const lexicon = nameLexicon();
  if (text.includes(".")) spans.push(...namesInFileNames(text, lexicon));
  const all = words();
  const greeted = lowercaseNameAfterGreeting(text, all, lexicon);
  if (greeted !== undefined) spans.push(greeted);
  spans.push(...lowercaseNamesAfterAddressingVerbs(text, all, lexicon));
  const opening = lowercaseNameOpeningMessage(text, all, lexicon);
  if (opening !== undefined) spans.push(opening);
  const answered =
    greeted === undefined && all.length <= maxAnsweredWords
      ? lowercaseNameAfterAcknowledgement(text, all, lexicon)
      : undefined;
  if (answered !== undefined) spans.push(answered);
  spans.push(...uncasedNamesInContext(text, all, lexicon));
  if (!code)
    spans.push(...lowercaseGivenAndSurname(text, all, lexicon), ...lowercaseColleagues(text, all, lexicon));
  if (text.includes("pan") || text.includes("Pan") || text.includes("pá"))
    spans.push(...surnamesAfterPan(text, all, lexicon));
  if (text.includes("'s") || text.includes("’s")) spans.push(...lowercaseOwners(text, all, lexicon));
  if (/[$€£]|\d/.test(text) && profile.upper > 0) spans.push(...paidPeople(text, lexicon));
  const addressed = nameAddressedAtEnd(text, all, lexicon);
  if (addressed !== undefined) spans.push(addressed);
  const vocative = text.includes(",") ? vocativeAtEnd(text, all, lexicon) : undefined;
  if (vocative !== undefined) spans.push(vocative);
  const signer = text.includes("\n\n") ? signerAtEnd(text, all, lexicon) : undefined;
  if (signer !== undefined) spans.push(signer);
  if (text.includes("(") || text.includes("Author:") || text.includes(" - "))
    spans.push(...authorsOfCommits(text, nameLexicon()));
  if (text.includes(" / ")) spans.push(...namesInMeetingTitles(text, lexicon));
  if (text.includes(" | ")) spans.push(...namesOfSignatureLines(text, lexicon));
  if (text.includes("/") || text.includes("<<")) spans.push(...namesOfTravelDocuments(text));
  const table = text.includes("\n") ? namesInTableColumns(text, lexicon) : undefined;
  if (table !== undefined) spans.push(...table.spans);
  spans.push(...namesInRecordFields(text, lexicon));
  if (text.includes("CN=")) spans.push(...namesInDirectoryEntries(text, lexicon));
  if (text.includes(":") && text.includes("\n")) spans.push(...speakersOfTranscripts(text, lexicon));
  if (text.includes(". ")) spans.push(...initialledNames(text, all, lexicon));
  if (honorificSuffixGate.test(text)) spans.push(...namesBeforeHonorificSuffixes(text));
  // Capitals outside ASCII ("Анжела", "Ľudomila") count too: the profile counts only ASCII's.
  // (Several lower-case rules may find the same word: "joshua has the keys".)
  if (profile.upper === 0 && !hasNonAscii(text)) return withoutRepeats(spans);
  if (profile.colons > 0) spans.push(...recipientsOfLabels(text));
  if (text.includes(", ")) spans.push(...surnameFirstDisplayNames(text, all, lexicon));
  let german: boolean | undefined;
  for (let i = 0; i < all.length; i++) {
    const first = all[i];
    if (first === undefined || !isNameShaped(text, first)) continue;
    // "Mr. van der Berg", "Dr. de Vries": after an honorific, a surname may begin with its particles in lower case.
    if (honorifics.has(first.lower)) {
      const surname = particleSurnameAfter(text, all, i);
      if (surname !== undefined) {
        spans.push(surname);
        while ((all[i + 1]?.end ?? Number.POSITIVE_INFINITY) <= surname.end) i++;
        continue;
      }
    }
    // Under a sign-off, a line's first capitalised word starts the signature even if it is also a word ("Maya");
    // after a greeting and before a comma it is the one greeted ("Hi Till,"); after a strong cue and before a
    // surname no list calls a word, it is a given name ("Chat | Lean Nicolay |").
    if (
      isCommon(first, lexicon) &&
      !(lineStart(text, first.start) && cueBefore(text, all, i) === "strong") &&
      !afterTitle(text, all[i - 1], first) &&
      !filledPersonField(text, all, i, lexicon) &&
      !(i === 0 && absenceOpening(text, first, lexicon)) &&
      // "Ville's bonus …": another country's given name that is also a word, opening the text as an owner.
      !(i === 0 && lexicon.givenAlsoWords.has(bare(first.lower)) && endsWithPossessive(first.lower)) &&
      !greetedByName(text, all, i) &&
      !objectOfHrAct(text, all, i, lexicon) &&
      !(lexicon.givenAlsoWords.has(bare(first.lower)) && surnameNoListKnows(text, all, i, lexicon)) &&
      !(listedAsName(first, lexicon) && addressedOrPaired(text, all, i)) &&
      !(
        (cueBefore(text, all, i) === "strong" ||
          // "Started Eliquis — …": without a cue, a verb's participle opens no name ("Mere Parata" may).
          // ("Jahresplanung Vertrieb - Confluence": a German or Romance heading noun opens no name either.)
          (!/(?:ed|ing)$/.test(first.lower) &&
            !germanNoun(bare(first.lower)) &&
            !romanceNoun(bare(first.lower), lexicon) &&
            (addressAfter(text, all[i + 1]) ||
              standsAsName(text, first, all[i + 1]) ||
              notificationAfter(text, all, i + 1)))) &&
        unlistedSurnameAfter(text, all, i, lexicon)
      ) &&
      !foreignGivenNameBeforeSurname(text, all, i, lexicon) &&
      !(
        lexicon.givenAlsoWords.has(bare(first.lower)) && capitalisedInLowercaseProse(text, all, i, lexicon)
      ) &&
      !(listedAsGiven(first, lexicon) && particleSurnameFollows(text, all, i))
    )
      continue;
    // "Irish Eircodes", "German Tax Office": a people's adjective opens no name; it describes the next word.
    if (demonyms.has(first.lower) || germanDemonym.test(first.lower)) continue;
    if (mailHeaderLabel(text, first)) continue;
    // "Herr El Amrani": after an honorific, "El", "San" or "De" begins a surname, not a place.
    const afterHonorific = honorifics.has(all[i - 1]?.lower ?? "");
    if (
      cues.has(first.lower) ||
      honorifics.has(first.lower) ||
      (placePrefixes.has(first.lower) && !afterHonorific)
    )
      continue;
    // Grow the name: capitalised words one space apart, particles ("van", "de") between them.
    let last = i;
    // "King's Cross", "Anna's Laptop": a possessive ends a name; what follows is the thing owned.
    while (last - i < 4 && !endsWithPossessive(all[last]?.lower ?? "")) {
      let next = last + 1;
      while (
        next - last <= 2 &&
        particles.has(all[next]?.lower ?? "") &&
        singleSpace(text, all[next - 1], all[next] as Word)
      )
        next++;
      // "Geburtstag von Lennart", "Anbieter von Allzweckmodellen": in German prose "von", "der", "zu" after a
      // word that is no listed given name are the preposition and the article, not a surname's particles.
      if (next > last + 1) {
        german ??= germanProse(all);
        if (
          german &&
          germanParticles.has(all[last + 1]?.lower ?? "") &&
          !listedAsGiven(all[last] as Word, lexicon)
        )
          break;
      }
      let word = all[next];
      // "Kadin G. Barrows": a middle initial and its full stop sit between given name and surname.
      if (word !== undefined && last === i && isMiddleInitial(text, all[next - 1], word, all[next + 1])) {
        next++;
        word = all[next];
        if (word !== undefined && isNameShaped(text, word) && !lexicon.calendar.has(word.lower)) {
          last = next;
          continue;
        }
        break;
      }
      if (word === undefined || !singleSpace(text, all[next - 1], word) || !isNameShaped(text, word)) break;
      // "Payslip April 2025", "Rota May 12": a month before a number is a date, not a surname.
      if (lexicon.calendar.has(word.lower) && /^ \d/.test(text.slice(word.end, word.end + 2))) break;
      // "Vertrags von Herrn Weber": an honorific begins another name; the words before it are not its part.
      if (honorifics.has(word.lower)) break;
      // A capitalised ordinary word right after a first name is a surname ("Léonie Bonnet"), unless it names a day or a place.
      const surnameLike =
        last === i &&
        !lexicon.ambiguous.has(bare(first.lower)) &&
        !placeFollowers.has(word.lower) &&
        !lexicon.calendar.has(word.lower) &&
        !lexicon.products.has(word.lower);
      // "Dawn van der Berg", "Till von der Heide": after a listed name and lower-case particles, a capitalised
      // word is the surname even when it is also a word.
      const afterParticles =
        next > last + 1 && isLowercaseWord(text, all[next - 1] as Word) && listedAsGiven(first, lexicon);
      // A long German noun ("Erstgespräch", "Teamleiterin") is never a surname, whatever comes before it.
      if (isCommon(word, lexicon) && !afterParticles && (!surnameLike || germanNoun(bare(word.lower)))) break;
      last = next;
    }
    german ??= germanProse(all);
    const score = scoreName(text, all, i, last, lexicon, code, german);
    const end = all[last]?.end ?? first.end;
    if (
      score >= 0.3 &&
      !eponymousFirms.has(text.slice(first.start, end).toLowerCase()) &&
      // "Louis Vuitton Neverfull MM": a firm named after its founder opens its product's name.
      !(last > i && eponymousFirms.has(text.slice(first.start, (all[i + 1] as Word).end).toLowerCase())) &&
      !publicFigure(text, all, i, last) &&
      !namesCar(all, i, last) &&
      !doctorBrand(all[i - 1], first, last === i)
    ) {
      spans.push({
        start: first.start,
        end: trimPossessive(text, first.start, end),
        category: "pii",
        detector: "person-name",
        score: clampScore(score),
      });
    }
    i = last;
  }
  // "| Name | Bereich |": a table's heading row holds its columns' headings, not people.
  const headerEnd = table?.headerEnd ?? -1;
  const things = text.includes("\n") ? cellsUnderThingHeadings(text) : [];
  const cells = (headerEnd < 0 ? spans : spans.filter((span) => span.start > headerEnd)).filter(
    (span) => !namesFirm(text, span.start, span.end) && !withinRange(things, span),
  );
  const people = withoutRepeats(
    withoutAssistantsTalkedOf(text, all, withoutPets(text, all, withoutRelatives(text, cells, lexicon))),
  );
  return withoutPlaceholderPeople(text, withoutNested([...people, ...repeatedMentions(text, people)]));
};

// The stand-in people of forms, fixtures and examples in the offices' languages ("John Doe", "Max
// Mustermann", "Mario Rossi", "Jan Kowalski", "Ola Nordmann"): whichever rule found them, no one's name.
// biome-ignore format: a word list reads better packed
const placeholderPeople = new Set([
  "john doe", "jane doe", "joe bloggs", "jane bloggs", "joe schmoe", "max mustermann", "erika mustermann",
  "maria musterfrau", "hans muster", "mario rossi", "maria rossi", "jan kowalski", "anna kowalska",
  "ola nordmann", "kari nordmann", "jan jansen", "jan modaal", "juan pérez", "juan perez", "fulano de tal",
  "jean dupont", "jan novák", "matti meikäläinen", "maija meikäläinen", "sven svensson", "jens hansen",
  "otto normalverbraucher", "medel svensson", "joe public", "john q. public",
  "mustermann, max", "mustermann, erika", "doe, john", "doe, jane", "rossi, mario", "kowalski, jan",
]);

function withoutPlaceholderPeople(text: string, spans: Span[]): Span[] {
  return spans.filter((span) => {
    const found = text.slice(span.start, span.end).toLowerCase();
    return !placeholderPeople.has(found) && !namesNameFields(found);
  });
}

/** "Nom Prénom", "Vorname Nachname", "Nome Cognome": a form's placeholder names its fields, not a person. */
function namesNameFields(found: string): boolean {
  const parts = found.split(" ");
  return parts.length >= 2 && parts.every((part) => nameColumns.has(part) || looseNameColumns.has(part));
}

// A signature's line: a name opening it, a pipe, then a phone number or its label ("Sue Mendoza | Portable
// +61 …", "Jan de Vries | Mobiel: 06 …", "Ana Ruiz | M: +34 …").
const signatureLine =
  /(?:^|\n)[ \t]*(\p{Lu}[\p{L}'’-]{1,24}(?: (?:van|von|de|der|den|da|del|di|du|la|le|bin|al) ?)?(?: \p{Lu}[\p{L}'’-]{1,24}){1,2}) \| (?:[^\n|]{0,40}\| )?(?:\+\d|(?:mobile|mob|mobil|mobiel|móvil|movil|cell|tel|phone|portable|handy|celular|telefon|telefone|téléphone|m|t)\.?:? ?\+?\d)/giu;

/** "Sue Mendoza | Portable +61 477 902 054": a name the given-name lists open, before a pipe and a phone. */
function namesOfSignatureLines(text: string, lexicon: NameLexicon): Span[] {
  const spans: Span[] = [];
  signatureLine.lastIndex = 0;
  for (let match = signatureLine.exec(text); match !== null; match = signatureLine.exec(text)) {
    const name = match[1] ?? "";
    const given = name.slice(0, name.indexOf(" ")).toLowerCase();
    if (!lexicon.given.has(given) || isCommonWord(given, lexicon)) continue;
    const start = match.index + match[0].indexOf(name);
    spans.push({ start, end: start + name.length, category: "pii", detector: "person-name", score: 0.7 });
  }
  return spans;
}

function isCommonWord(lower: string, lexicon: NameLexicon): boolean {
  return lexicon.common.has(lower) || lexicon.products.has(lower) || lexicon.calendar.has(lower);
}

// Kinds of documents filed under a person's name ("passport_Takahashi_N096601.pdf",
// "PIP_Jürgen_Krause_final.docx", "cv_thanh_pham_2025.docx"), squeezed to letters, in the offices' languages.
// biome-ignore format: a word list reads better packed
const documentsOfPeople = new Set([
  "passport", "pass", "pasaporte", "passeport", "reisepass", "paspoort", "passaporto", "paszport", "visa", "visum",
  "id", "ausweis", "personalausweis", "dni", "nie", "licence", "license", "cv", "resume", "résumé", "lebenslauf",
  "curriculum", "offer", "offerletter", "contract", "vertrag", "arbeitsvertrag", "contrato", "contrat", "contratto",
  "payslip", "paystub", "gehaltsabrechnung", "lohnabrechnung", "nómina", "nomina", "pip", "appraisal",
  "reference", "zeugnis", "arbeitszeugnis", "termination", "kündigung", "bewerbung", "candidature",
  "application", "candidate", "interview", "onboarding", "scan", "headshot", "sicknote", "krankmeldung",
  "attestation", "certificate", "nda", "timesheet", "review", "feedback", "1on1", "profile", "expenses",
  "abmahnung", "aufhebungsvertrag", "amonestación", "despido", "licenciement", "avertissement",
]);
// A document's state or copy in the offices' languages ("_Entwurf", "_borrador", "_Final"): never a name's part.
// biome-ignore format: a word list reads better packed
const documentStates = new Set([
  "draft", "final", "signed", "copy", "template", "revised", "updated", "new", "old", "entwurf", "vorlage",
  "kopie", "unterschrieben", "neu", "alt", "endfassung", "borrador", "plantilla", "copia", "firmado", "firmada",
  "definitivo", "brouillon", "modèle", "signé", "signée", "bozza", "modello", "firmato", "definitiva", "concept",
  "kopia", "szkic", "wzór",
]);
// A document's extension after its name's stem.
const documentExtension =
  /\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|rtf|txt|csv|pages|numbers|key|jpe?g|png|heic|tiff?)(?![\p{L}\p{N}])/giu;
const maxFileStemLength = 96;
// A line's start up to a file's extension, of words, spaces, dashes and underscores only.
const spacedFileName = /^[\p{L}\p{N}_'’. -]+$/u;
// A part of a file name that is a word of letters: "Takahashi", "Muñoz", "O'Neill".
const letterPart = /^\p{L}[\p{L}'’]{1,30}$/u;

/**
 * Names in file names joined by underscores or hyphens: a capitalised part no list calls a word, or a
 * lower-case one the name lists know, beside a document kind filed under people ("passport_", "CV-",
 * "_Offer_Letter_"); without such a kind, one the surname lists know, or a listed given name beside another part
 * ("Capacity_Obeng_draft.xlsx"). Ordinary words ("Scan", "Final", "Draft"), dates and numbers end a name.
 */
function namesInFileNames(text: string, lexicon: NameLexicon): Span[] {
  const spans: Span[] = [];
  documentExtension.lastIndex = 0;
  for (let match = documentExtension.exec(text); match !== null; match = documentExtension.exec(text)) {
    let start = match.index;
    while (start > 0 && match.index - start < maxFileStemLength && isStemCode(text.charCodeAt(start - 1)))
      start--;
    // "Aufhebungsvertrag Holmgren final.docx", "Offer Letter - Kučerová - DRAFT.docx": a file name with
    // spaces, standing alone on its line (a window's title), is one stem whose words are its parts.
    const line = text.lastIndexOf("\n", match.index - 1) + 1;
    const spaced =
      start > line &&
      match.index - line <= maxFileStemLength &&
      spacedFileName.test(text.slice(line, match.index));
    if (spaced) start = line;
    const stem = text.slice(start, match.index);
    if (!spaced && !/[_-]/.test(stem)) continue;
    const parts: { start: number; end: number; lower: string }[] = [];
    const splitter = /[^_\-.\s]+/gu;
    for (let part = splitter.exec(stem); part !== null; part = splitter.exec(stem))
      parts.push({
        start: start + part.index,
        end: start + part.index + part[0].length,
        lower: part[0].toLowerCase(),
      });
    const ofPerson = parts.some((part) => documentsOfPeople.has(part.lower));
    // Words with spaces between are a file's name only beside a document filed under people.
    if (spaced && !ofPerson) continue;
    let run: { start: number; end: number; parts: number; surname: boolean; given: boolean } | undefined;
    const close = () => {
      // (With spaces, ordinary words of other languages stand between: "Lettre de licenciement v3.docx"; a
      // run counts there only when the lists know one of its parts as a name.)
      if (spaced && run !== undefined && !run.surname && !run.given) run = undefined;
      if (run !== undefined && (ofPerson || run.surname || (run.parts >= 2 && run.given)))
        spans.push({ start: run.start, end: run.end, category: "pii", detector: "person-name", score: 0.7 });
      run = undefined;
    };
    for (const part of parts) {
      const word = text.slice(part.start, part.end);
      const kind = fileNamePart(word, part.lower, lexicon);
      if (kind === undefined || documentsOfPeople.has(part.lower) || documentStates.has(part.lower)) {
        close();
        continue;
      }
      run ??= { start: part.start, end: part.end, parts: 0, surname: false, given: false };
      run.end = part.end;
      run.parts++;
      run.surname ||= kind === "surname";
      run.given ||= kind === "given";
    }
    close();
  }
  return spans;
}

function isStemCode(code: number): boolean {
  return isWordCode(code) || code === 45 || code === 46 || code === 39 || code === 8217;
}

/** Whether a file name's part reads as a name's: a surname the lists know, another name, or neither. */
function fileNamePart(
  word: string,
  lower: string,
  lexicon: NameLexicon,
): "surname" | "given" | "name" | undefined {
  if (!letterPart.test(word)) return undefined;
  const listed = lexicon.given.has(lower) || lexicon.surnames.has(lower);
  const first = word.charAt(0);
  const capitalised = first !== first.toLowerCase() && word.slice(1) !== word.slice(1).toUpperCase();
  if (lexicon.common.has(lower) || lexicon.calendar.has(lower) || lexicon.products.has(lower)) {
    // "Offer_Letter_Baker": a capitalised surname that is also a word counts only beside a person's document.
    return capitalised && lexicon.surnames.has(lower) && !lexicon.calendar.has(lower) ? "name" : undefined;
  }
  if (lexicon.surnames.has(lower) && !lexicon.ambiguous.has(lower)) return "surname";
  if (lexicon.given.has(lower) && !lexicon.ambiguous.has(lower)) return "given";
  if (capitalised || listed) return "name";
  return undefined;
}

// Pets and their care in the offices' languages: beside them a lone given name is the animal's
// ("take Biscuit to the vet", "walk the dog, Luna is restless", "Bruno muss zum Tierarzt").
// biome-ignore format: a word list reads better packed
const petWords = new Set([
  "dog", "dogs", "doggo", "puppy", "pup", "cat", "cats", "kitty", "kitten", "vet", "vets", "vet's", "veterinarian",
  "groomer", "grooming", "kennel", "leash", "walkies", "hund", "hündin", "welpe", "katze", "kater", "tierarzt",
  "tierärztin", "gassi", "perro", "perra", "perrito", "gato", "gata", "gatito", "veterinario", "veterinaria",
  "chien", "chienne", "chiot", "chaton", "vétérinaire", "véto", "cane", "cagnolino", "gatto", "gattino", "hond",
  "hondje", "poes", "dierenarts", "pies", "psa", "psem", "kot", "kota", "weterynarz", "cão", "cachorro",
  "veterinário",
]);
// How far from a pet word a lone name is still the pet's: about one short sentence.
const petReach = 48;

/** A lone name near a pet word on its line, with no greeting, sign-off or addressing verb before it, is the pet's. */
function withoutPets(text: string, all: readonly Word[], spans: Span[]): Span[] {
  if (spans.length === 0) return spans;
  const petAt: number[] = [];
  for (const word of all) if (petWords.has(word.lower)) petAt.push(word.start);
  if (petAt.length === 0) return spans;
  const isPet = (span: Span) => {
    const name = text.slice(span.start, span.end);
    if (name.includes(" ") || endsWithPossessive(name) || text.startsWith("'s", span.end)) return false;
    // Only on the name's own line: a transcript's speaker heads the line a dog is talked of on, and is no dog.
    const sameLine = (at: number) =>
      !text.slice(Math.min(at, span.start), Math.max(at, span.end)).includes("\n");
    if (!petAt.some((at) => Math.abs(at - span.start) <= petReach && sameLine(at))) return false;
    const index = all.findIndex((word) => word.start === span.start);
    return index < 0 || cueBefore(text, all, index) !== "strong";
  };
  return spans.filter((span) => !isPet(span));
}

/** "dinner with Oma", "Hi Papa,": a relative called by a family word is no one's name, whichever rule found it. */
function withoutRelatives(text: string, spans: Span[], lexicon: NameLexicon): Span[] {
  const isRelative = (span: Span) =>
    lexicon.kinship.has(bare(text.slice(span.start, span.end).toLowerCase().replace(/^@/, "")));
  return spans.some(isRelative) ? spans.filter((span) => !isRelative(span)) : spans;
}

// Column headings that hold a person's name or part of it, squeezed to letters ("First Name", "last_name",
// "Nachname", "Prénom"), in the offices' languages.
// biome-ignore format: a word list reads better packed
const nameColumns = new Set([
  "firstname", "lastname", "givenname", "givennames", "familyname", "surname", "fullname", "middlename",
  "employeename", "contactname", "displayname", "candidatename", "customername", "patientname", "holdername",
  "accountholder", "legalname", "preferredname", "vorname", "nachname", "familienname", "prenom", "prénom",
  "nomdefamille", "nomcomplet", "nombre", "apellido", "apellidos", "nombrecompleto", "primerapellido",
  "segundoapellido", "cognome", "nomecompleto", "sobrenome", "apelido", "voornaam", "achternaam", "imię", "imie",
  "nazwisko", "förnamn", "efternamn", "fornavn", "etternavn", "efternavn", "etunimi", "sukunimi",
]);
// Headings that hold a name among other things ("name" of a package, "nom" of a product): a cell counts
// there only when a name list knows one of its words and none is an ordinary word.
const looseNameColumns = new Set([
  "name",
  "nom",
  "nome",
  "naam",
  "employee",
  "contact",
  "candidate",
  "mitarbeiter",
  // who is paid in a transfer batch: a person or a firm
  "payee",
  "beneficiary",
  "recipient",
  "empfänger",
  "bénéficiaire",
  "beneficiario",
  "destinatario",
  "begünstigter",
  // the employee, traveller or guest of a payroll, a trip or an event, in the offices' languages
  "salarié",
  "salariée",
  "employé",
  "employée",
  "empleado",
  "empleada",
  "trabajador",
  "dipendente",
  "medewerker",
  "werknemer",
  "pracownik",
  "anställd",
  "medarbetare",
  "funcionário",
  "colaborador",
  "colaboradora",
  "mitarbeiterin",
  "beschäftigte",
  "staff",
  "worker",
  "traveller",
  "traveler",
  "passenger",
  "guest",
  "attendee",
  "participant",
  "teilnehmer",
  "persona",
  "personne",
  "person",
]);
const maxTableLines = 400;
const maxHeaderLength = 400;
// What every heading above holds, to pass over the many texts whose first line names no person in one scan.
const nameHeading =
  /name|nom|naam|imi|nazw|apell|cognom|sobren|apelido|navn|namn|nimi|holder|employ|contact|candidate|mitarbeiter|payee|benef|recipient|empf|destinat|begünst|salari|emplead|trabajad|dipendent|medewerk|werkn|pracown|anställd|medarbet|funcion|colabor|beschäft|staff|worker|travel|passeng|guest|attend|particip|teilnehm|person/i;

/**
 * "first_name,last_name,dob\nYusuf,Demir,1988-04-12": under a heading row that names a column for a
 * person's name (comma, semicolon, tab or bar separated), that column's cells are names. A column whose
 * heading may hold other things ("Name", "Empfänger") holds people when the name lists know one of its
 * cells; its other cells of two or more capitalised words are then people too ("Saga Nyström" under
 * "Name", beside "Elif Yıldırım"). The heading row itself holds headings, not names ("| Name | Bereich |").
 */
function namesInTableColumns(text: string, lexicon: NameLexicon): { spans: Span[]; headerEnd: number } {
  const none = { spans: [], headerEnd: -1 };
  const heading = headingRow(text, nameHeading);
  if (heading === undefined) return none;
  const { headerEnd, separator, columns } = heading;
  if (!columns.some((column) => nameColumns.has(column) || looseNameColumns.has(column))) return none;
  const spans: Span[] = [];
  // Cells of loose columns that read as names, kept apart until one of their column is a known name.
  const pending: Span[][] = columns.map(() => []);
  const peopleColumn = columns.map(() => false);
  let lineStart = headerEnd + 1;
  for (let line = 0; line < maxTableLines && lineStart < text.length; line++) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const cells = cellsOf(text, lineStart, lineEnd, separator);
    for (let column = 0; column < cells.length && column < columns.length; column++) {
      const heading = columns[column] ?? "";
      const [start, end] = cells[column] as [number, number];
      const value = text.slice(start, end);
      if (!/^\p{Lu}[\p{L}'’.-]*(?: \p{L}[\p{L}'’.-]*){0,3}$/u.test(value)) continue;
      const span: Span = { start, end, category: "pii", detector: "person-name", score: 0.8 };
      if (nameColumns.has(heading)) spans.push(span);
      else if (looseNameColumns.has(heading)) {
        if (knownNameCell(value, lexicon)) {
          spans.push(span);
          peopleColumn[column] = true;
        } else if (looseNameCell(value, lexicon)) pending[column]?.push({ ...span, score: 0.7 });
      }
    }
    lineStart = lineEnd + 1;
  }
  for (const [column, cells] of pending.entries()) if (peopleColumn[column]) spans.push(...cells);
  return { spans, headerEnd };
}

/** A table's first line when `gate` finds a heading in it: its end, its separator and its headings squeezed to letters. */
function headingRow(
  text: string,
  gate: RegExp,
): { headerEnd: number; separator: string; columns: string[] } | undefined {
  const headerEnd = text.indexOf("\n");
  if (headerEnd < 0) return undefined;
  const header = text.slice(0, headerEnd);
  if (header.length > maxHeaderLength || !gate.test(header)) return undefined;
  const separator = [",", "\t", ";", "|"].find((candidate) => header.includes(candidate));
  if (separator === undefined) return undefined;
  const columns = cellsOf(text, 0, headerEnd, separator).map(([start, end]) =>
    text
      .slice(start, end)
      .toLowerCase()
      .replace(/[^\p{L}]/gu, ""),
  );
  return { headerEnd, separator, columns };
}

// Column headings whose cells hold firms, places or products, squeezed to letters ("company", "Firma",
// "Ville", "product_name"), in the offices' languages: a capitalised cell there is no one's name.
// biome-ignore format: a word list reads better packed
const thingColumns = new Set([
  "company", "companyname", "organisation", "organization", "org", "account", "accountname", "employer", "firm",
  "business", "vendor", "supplier", "client", "firma", "unternehmen", "arbeitgeber", "lieferant", "société",
  "societe", "entreprise", "employeur", "fournisseur", "empresa", "proveedor", "azienda", "società", "fornitore",
  "bedrijf", "organisatie", "werkgever", "leverancier", "företag", "bolag", "leverantör", "dostawca",
  "pracodawca", "city", "town", "stadt", "ort", "ville", "ciudad", "città", "stad", "plaats", "miasto",
  "cidade", "country", "land", "pays", "país", "paese", "kraj", "product", "productname", "produkt", "produit",
  "producto", "prodotto", "produto", "brand", "marke", "marque", "marca", "merk", "street", "straße", "rue",
  "calle", "via", "straat", "gata", "ulica", "rua",
]);
const thingHeading =
  /compan|organi|account|employ|firm|business|vendor|supplier|client|unternehm|arbeitg|lieferant|soci|entrepr|fourn|empresa|provee|azienda|fornit|bedrijf|werkg|leveran|företag|bolag|dostaw|pracod|city|town|stadt|ort|ville|ciudad|citt|stad|plaats|miasto|cidade|countr|land|pays|país|paese|kraj|produ|brand|marke|marque|marca|merk|stra|rue|calle|via|gata|ulica|rua/i;

/**
 * "name,company,email\nAnouk Verhoeven,Quintana Hermanos,…": the cells under a heading of firms, places
 * or products, as start–end ranges; names found there are what the heading says they are.
 */
function cellsUnderThingHeadings(text: string): [number, number][] {
  const heading = headingRow(text, thingHeading);
  if (heading === undefined) return [];
  const { headerEnd, separator, columns } = heading;
  if (!columns.some((column) => thingColumns.has(column))) return [];
  const ranges: [number, number][] = [];
  let lineStart = headerEnd + 1;
  for (let line = 0; line < maxTableLines && lineStart < text.length; line++) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const cells = cellsOf(text, lineStart, lineEnd, separator);
    for (let column = 0; column < cells.length && column < columns.length; column++)
      if (thingColumns.has(columns[column] ?? "")) ranges.push(cells[column] as [number, number]);
    lineStart = lineEnd + 1;
  }
  return ranges;
}

/** The span lies inside one of `ranges`, which are disjoint and in order: one binary search. */
function withinRange(ranges: readonly [number, number][], span: Span): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [start, end] = ranges[middle] as [number, number];
    if (span.start < start) high = middle - 1;
    else if (span.start >= end) low = middle + 1;
    else return span.end <= end;
  }
  return false;
}

/**
 * Two to four capitalised words, none a product or a date; after the first, which may be a given name
 * that is also a word ("Saga", "Till"), none a word no name list knows as a name too.
 */
function looseNameCell(value: string, lexicon: NameLexicon): boolean {
  const parts = value.split(" ");
  if (parts.length < 2) return false;
  return parts.every((part, index) => {
    const lower = bare(part.toLowerCase());
    if (lexicon.products.has(lower) || lexicon.calendar.has(lower) || !/^\p{Lu}/u.test(part)) return false;
    return (
      index === 0 ||
      !lexicon.common.has(lower) ||
      lexicon.givenAlsoWords.has(lower) ||
      lexicon.surnames.has(lower)
    );
  });
}

// Keys of records that hold a person or a firm: a value there counts when it reads as a listed name
// ("payee": "Acme GmbH" is a firm, "payee": "Ana Ruiz" a person).
const looseNameKeys = new Set([...looseNameColumns, "payee", "beneficiary", "recipient", "customer"]);
// Where a record may name a field that holds a person: JSON and JavaScript objects, log lines' key=value
// pairs, YAML, Python dicts. Every piece is bounded, so each position costs at most about 120 characters.
const recordKeyGate =
  /name|payee|benefic|recipient|customer|contact|holder|employee|candidate|mitarbeiter|imi|nazwisko|apellido|cognome|sobrenome|apelido|navn|namn|nimi|FN[:;]|VALUES/i;
const keyedValue =
  /(?<![\p{L}\p{N}_$.])["'`]?(\p{L}[\p{L}\p{N}_-]{0,30})["'`]?[ \t]{0,4}[:=][ \t]{0,4}(["'])([^"'\n\\]{1,80})\2/gu;
// A vCard's formatted name: "FN:Ana Ruiz", "FN;CHARSET=UTF-8:Ana Ruiz".
const vCardName = /(?:^|\n)FN(?:;[^:\n]{0,60})?:([^\n;]{2,80})/g;
// "INSERT INTO customers (full_name, email) VALUES ('Ana Ruiz', 'ana@…'), (…)": the columns, then each row.
const sqlColumns = /\(([\p{L}\p{N}_`"[\], \t]{1,400})\)[ \t\n]{0,4}VALUES[ \t\n]{0,4}/giu;
const maxSqlRows = 200;
// A name left in a template or a test as a stand-in: no one's.
const placeholderNames = new Set([
  "test",
  "example",
  "sample",
  "demo",
  "dummy",
  "foo",
  "bar",
  "null",
  "none",
  "unknown",
  "string",
  "name",
  "user",
  "admin",
  "doe",
  "mustermann",
  "musterfrau",
  "todo",
  "tbd",
  "n/a",
]);

/**
 * "full_name": "Ana Ruiz", name="Ana Ruiz", FN:Ana Ruiz, an SQL insert's full_name column: a record's field
 * named for a person holds one, in code and logs as much as in a form. A key or column that holds a person
 * alone (first_name, Nachname, payee_name) takes any name-shaped value; one that may hold other things
 * ("name", "contact", "payee") takes a value of two or more words of which the name lists know one.
 */
function namesInRecordFields(text: string, lexicon: NameLexicon): Span[] {
  if (!recordKeyGate.test(text)) return [];
  const spans: Span[] = [];
  // Computed once a "name" key is met: does the record also hold a way to reach a person?
  let contactRecord: boolean | undefined;
  const push = (key: string, start: number, value: string) => {
    if (!isNameKey(key)) return;
    const strict = isPersonOnlyKey(key);
    const trimmed = value.trim();
    if (!recordName(trimmed, strict, lexicon)) {
      if (squeezeKey(key) !== "name") return;
      contactRecord ??= contactKey.test(text);
      if (!contactRecord || !unlistedPersonName(trimmed, lexicon)) return;
    }
    const at = start + value.indexOf(trimmed);
    spans.push({
      start: at,
      end: at + trimmed.length,
      category: "pii",
      detector: "person-name",
      score: strict ? 0.8 : 0.75,
    });
  };
  if (text.includes('"') || text.includes("'")) {
    keyedValue.lastIndex = 0;
    for (let match = keyedValue.exec(text); match !== null; match = keyedValue.exec(text)) {
      const value = match[3] ?? "";
      push(match[1] ?? "", match.index + match[0].length - 1 - value.length, value);
      // The value's closing quote may open the next key: read on from the value's end.
      keyedValue.lastIndex = match.index + match[0].length - 1;
    }
  }
  if (text.includes("FN")) {
    vCardName.lastIndex = 0;
    for (let match = vCardName.exec(text); match !== null; match = vCardName.exec(text)) {
      const value = match[1] ?? "";
      push("fullname", match.index + match[0].length - value.length, value);
    }
  }
  if (/VALUES/i.test(text)) namesInSqlRows(text, push);
  if (text.includes(":") && text.includes("\n")) {
    yamlValue.lastIndex = 0;
    for (let match = yamlValue.exec(text); match !== null; match = yamlValue.exec(text)) {
      const value = match[2] ?? "";
      push(match[1] ?? "", match.index + match[0].length - value.length, value);
    }
  }
  return spans;
}

// A YAML mapping's unquoted value on its own line ("- name: Xiaoling Tang", "  first_name: Ilse").
const yamlValue =
  /(?<=^|\n)[ \t]{0,12}(?:- )?(\p{L}[\p{L}\p{N}_-]{0,30}):[ \t]{1,4}([^\n"'#:{}[\]|>&*]{2,80})(?=\n|$)/gu;
// The keys of a record that belongs to a person: whoever a record's phone or e-mail reaches is its "name".
const contactKey =
  /["']?\b(?:e-?mail|email_address|phone(?:_number)?|mobile|tel|telefon|telephone|téléphone|telefono|telefone|handy|cell)["']?[ \t]{0,4}[:=]/i;

/**
 * A name of two to four words, particles between, each word capitalised and ending in a lower-case letter,
 * none an ordinary word or a product: "Folasade Eze", "Ji-ho Jeong", "Ottavia D'Alessio". Where the context
 * already says a person is named (a directory's person entry, a record with a phone), the name lists need
 * not know the name, but a group, a team or a product ("Domain Admins", "Support Desk") still fails.
 */
function unlistedPersonName(value: string, lexicon: NameLexicon): boolean {
  if (value.length < 3 || value.length > 80) return false;
  const parts = value.split(" ");
  let capitalised = 0;
  for (const [index, part] of parts.entries()) {
    if (index > 0 && index < parts.length - 1 && particles.has(part)) continue;
    if (!personWord.test(part)) return false;
    const lower = bare(part.toLowerCase());
    const singular = lower.endsWith("s") ? lower.slice(0, -1) : lower;
    const listed = lexicon.given.has(lower) || lexicon.surnames.has(lower);
    if (
      !listed &&
      (lexicon.common.has(lower) ||
        lexicon.common.has(singular) ||
        lexicon.products.has(lower) ||
        lexicon.calendar.has(lower))
    )
      return false;
    if (placeholderNames.has(lower)) return false;
    capitalised++;
  }
  return capitalised >= 2 && capitalised <= 4;
}
const personWord = /^\p{Lu}(?:[\p{L}'’-]{0,30}\p{Ll})?$/u;
const hyphenatedGiven = /^\p{Lu}\p{Ll}+-\p{Lu}?\p{Ll}+$/u;

// "dn: CN=Päivi Virtanen,OU=Engineering,DC=halvard,DC=local": a directory entry's common name, followed by
// the containers it sits in.
const directoryEntry = /(?<![\p{L}\p{N}])CN=([^,=\n\\]{2,80}),(?=(?:OU|CN|DC)=)/gu;

/**
 * The person an LDAP or Active Directory entry names: its common name when that reads as a person's
 * (two to four unlisted but name-shaped words, or one listed given name, or a hyphenated given name as
 * "Madonna-Rae"). Groups and containers ("Domain Admins", "vpn-users", "Builtin") are words, not names.
 */
function namesInDirectoryEntries(text: string, lexicon: NameLexicon): Span[] {
  const spans: Span[] = [];
  directoryEntry.lastIndex = 0;
  for (let match = directoryEntry.exec(text); match !== null; match = directoryEntry.exec(text)) {
    const value = (match[1] ?? "").trim();
    const lower = bare(value.toLowerCase());
    const single =
      !value.includes(" ") &&
      (lexicon.given.has(lower) || hyphenatedGiven.test(value)) &&
      !lexicon.common.has(lower) &&
      !lexicon.products.has(lower);
    if (!single && !unlistedPersonName(value, lexicon)) continue;
    const start = match.index + 3 + (match[1] ?? "").indexOf(value);
    spans.push({ start, end: start + value.length, category: "pii", detector: "person-name", score: 0.75 });
  }
  return spans;
}

const squeezeKey = (key: string) => key.toLowerCase().replace(/[^\p{L}]/gu, "");
const isPersonOnlyKey = (key: string) => {
  const squeezed = squeezeKey(key);
  return nameColumns.has(squeezed) || squeezed === "payeename" || squeezed === "beneficiaryname";
};
const isNameKey = (key: string) => isPersonOnlyKey(key) || looseNameKeys.has(squeezeKey(key));

/** The rows after an SQL insert's columns: each quoted value goes to its column's key. */
function namesInSqlRows(text: string, push: (key: string, start: number, value: string) => void): void {
  sqlColumns.lastIndex = 0;
  for (let match = sqlColumns.exec(text); match !== null; match = sqlColumns.exec(text)) {
    const columns = (match[1] ?? "").split(",").map((column) => column.replace(/[`"[\]\s]/g, ""));
    if (!columns.some((column) => isNameKey(column))) continue;
    let at = match.index + match[0].length;
    for (let row = 0; row < maxSqlRows && text.charAt(at) === "("; row++) {
      let column = 0;
      let i = at + 1;
      // One pass over the row: quoted values in order, commas between them, ")" ends it.
      while (i < text.length && text.charAt(i) !== ")") {
        const char = text.charAt(i);
        if (char === "'") {
          const close = text.indexOf("'", i + 1);
          if (close < 0) return;
          push(columns[column] ?? "", i + 1, text.slice(i + 1, close));
          i = close + 1;
        } else {
          if (char === ",") column++;
          else if (char === "\n" && column === 0) break;
          i++;
        }
      }
      at = i + 1;
      while (text.charAt(at) === "," || text.charAt(at) === " " || text.charAt(at) === "\n") at++;
    }
  }
}

/**
 * A record's value reads as a person's name: one to four capitalised words, particles between ("Lieke van
 * der Meulen"); where the key may hold other things, two or more words, one of them a listed name and none an
 * ordinary word the lists do not also know as a name.
 */
function recordName(value: string, strict: boolean, lexicon: NameLexicon): boolean {
  if (value.length < 2 || value.length > 80) return false;
  const parts = value.split(" ");
  let capitalised = 0;
  let known = 0;
  for (const [index, part] of parts.entries()) {
    // "Lieke van der Meulen": lower-case particles between capitalised words are how surnames are written.
    if (index > 0 && particles.has(part)) {
      if (index < parts.length - 1) known++;
      continue;
    }
    if (!/^\p{Lu}[\p{L}'’.-]*$/u.test(part) || part.length > 30) return false;
    capitalised++;
    const lower = bare(part.toLowerCase());
    if (placeholderNames.has(lower)) return false;
    const listed =
      lexicon.given.has(lower) || lexicon.surnames.has(lower) || lexicon.givenAlsoWords.has(lower);
    if (listed) known++;
    else if (!strict && (lexicon.common.has(lower) || lexicon.products.has(lower))) return false;
  }
  if (capitalised === 0 || capitalised > 4) return false;
  return strict || (capitalised >= 2 && known >= 1);
}

/** Each word of the cell is a given name or a surname the lists know, or no word at all, and one is known. */
function knownNameCell(value: string, lexicon: NameLexicon): boolean {
  const parts = value.toLowerCase().split(" ");
  if (parts.length < 2) return false;
  const known = (part: string) => lexicon.given.has(part) || lexicon.surnames.has(part);
  return parts.some(known) && parts.every((part) => known(part) || !lexicon.common.has(part));
}

/** The cells of one row between `from` and `to`, trimmed of spaces and of the quotes around them. */
function cellsOf(text: string, from: number, to: number, separator: string): [number, number][] {
  const cells: [number, number][] = [];
  let start = from;
  let quoted = false;
  for (let i = from; i <= to; i++) {
    const char = i < to ? text.charAt(i) : separator;
    if (char === '"') quoted = !quoted;
    else if (char === separator && !quoted) {
      let cellStart = start;
      let cellEnd = i;
      while (cellStart < cellEnd && /[\s"]/.test(text.charAt(cellStart))) cellStart++;
      while (cellEnd > cellStart && /[\s"]/.test(text.charAt(cellEnd - 1))) cellEnd--;
      cells.push([cellStart, cellEnd]);
      start = i + 1;
    }
  }
  return cells;
}

// AI assistants and their makers: beside one of them, "Claude" or "Gemini" is another assistant.
// biome-ignore format: a word list reads better packed
const aiWords = new Set([
  "chatgpt", "openai", "anthropic", "llm", "llms", "gpt", "gpt-4", "gpt-4o", "gpt-5", "chatbot", "chatbots",
  "copilot", "gemini", "claude", "mistral", "perplexity", "grok", "deepseek", "llama",
]);

/** "ChatGPT Enterprise is approved, Claude is still in procurement": an assistant among AI words is the assistant. */
function withoutAssistantsTalkedOf(text: string, all: readonly Word[], spans: Span[]): Span[] {
  const isAssistant = (span: Span) => assistantNames.has(text.slice(span.start, span.end).toLowerCase());
  if (!spans.some(isAssistant)) return spans;
  let aiMentions = 0;
  for (const word of all) if (aiWords.has(word.lower)) aiMentions++;
  // The assistant's own name counts once; another AI word must stand beside it.
  const named = spans.filter(isAssistant).length;
  return aiMentions > named ? spans.filter((span) => !isAssistant(span)) : spans;
}

/** "PIP_Jürgen_Krause_final.docx": a name inside a longer one found by another rule is part of it. */
function withoutNested(spans: Span[]): Span[] {
  if (spans.length < 2) return spans;
  const ordered = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  let reach = -1;
  for (const span of ordered) {
    if (span.end <= reach) continue;
    kept.push(span);
    reach = Math.max(reach, span.end);
  }
  return kept.length === spans.length ? spans : kept;
}

/** One span per stretch of text: several rules may find the same name ("Author: Ana Ruiz <…>"). */
function withoutRepeats(spans: Span[]): Span[] {
  const best = new Map<string, Span>();
  for (const span of spans) {
    const key = `${span.start}:${span.end}`;
    const seen = best.get(key);
    if (seen === undefined || seen.score < span.score) best.set(key, span);
  }
  return best.size === spans.length ? spans : [...best.values()];
}

function scoreName(
  text: string,
  all: readonly Word[],
  from: number,
  to: number,
  lexicon: NameLexicon,
  code: boolean,
  german = false,
): number {
  const first = all[from] as Word;
  const lastWord = all[to] as Word;
  const firstName = bare(first.lower);
  const given =
    lexicon.given.has(firstName) ||
    (firstName.includes("-") && lexicon.given.has(firstName.slice(0, firstName.indexOf("-"))));
  const ambiguous = lexicon.ambiguous.has(firstName);
  const surname = [...all.slice(from + 1, to + 1)].some((word) => lexicon.surnames.has(bare(word.lower)));
  const cue = cueBefore(text, all, from);
  const length = to - from + 1;
  // "Martin Luther King Jr Blvd": a generational suffix sits between a street's namesake and the street word.
  const next = generationalSuffixes.has(all[to + 1]?.lower ?? "") ? all[to + 2] : all[to + 1];
  // Only a word on the same line follows the name: "Ishaq Zungu\nOffice Manager" is a signature.
  const followedByPlace =
    (next !== undefined &&
      placeFollowers.has(next.lower) &&
      !text.slice(lastWord.end, next.start).includes("\n")) ||
    (placeFollowers.has(lastWord.lower) &&
      // "Notfallkontakt: Pervin Park", "@Gina Park": after a cue, a word that is also a name ends a name that
      // starts with a given name ("Lincoln Park is closed" has no cue and stays a park).
      !(
        length >= 2 &&
        (cue !== undefined || parkedName(text, all, from, to, lexicon)) &&
        given &&
        !ambiguous &&
        (lexicon.surnames.has(lastWord.lower) || lexicon.given.has(lastWord.lower))
      )) ||
    // ("Dr. Amara Okafor, MD": after an honorific, two capitals are a degree.)
    // ("Mehmet Şahin, US passport": a country's code before a document is the person's nationality.)
    (/^, ?[A-Z]{2}\b(?! (?:[Pp]assport|[Cc]itizen|[Nn]ational|[Rr]esident|[Vv]isa))/.test(
      text.slice(lastWord.end, lastWord.end + 16),
    ) &&
      !honorifics.has(all[from - 1]?.lower ?? "")) ||
    // "Charlotte NC office", "Austin TX", "Charlotte (NC)": a US state's code right after the town.
    /^ \(?(?:NC|NY|CA|TX|FL|WA|GA|VA|MA|IL|NJ|CO|AZ|TN|SC|MN|MI|OH|MO|WI|MD|KY|UT|NV|NM|DC)\b(?![.-])/.test(
      text.slice(lastWord.end, lastWord.end + 6),
    );
  const transcript = lineStart(text, first.start) && text.charAt(lastWord.end) === ":" && length >= 2;
  const chatTitle = chatTitleAfter(text, lastWord.end);

  let score: number;
  // Two unlisted capitalised words with an English compound or plural, or a German or Romance heading noun,
  // among them: a heading ("Onboarding Checklist", "Product Roadmap", "Roadmap Produit"). Only for words no
  // list knows, so worked out only then.
  const unlisted = length >= 2 && !given && !surname;
  const heading =
    unlisted &&
    all.slice(from, to + 1).some((word) => {
      const lower = bare(word.lower);
      return (
        word.end - word.start > 1 &&
        (headingCompound(lower, lexicon) || germanNoun(lower) || romanceNoun(lower, lexicon))
      );
    });
  // An ordinary word after the first also marks a product ("Unbranded Gold"); an ordinary English word
  // opening it may be a given name no list knows ("Mere Parata"), and one closing it a surname that is a
  // word ("Radhika Young"), which a heading alone standing as a line is not.
  const ordinaryWordInside =
    heading ||
    (unlisted &&
      all
        .slice(from + 1, to + 1)
        .some(
          (word) =>
            word.end - word.start > 1 && lexicon.common.has(bare(word.lower)) && !particles.has(word.lower),
        ));
  if (length >= 2) {
    if (given && !ambiguous) score = 0.75;
    else if (given || surname) score = 0.5;
    // Two or more capitalised words no dictionary knows: most often a name from a list we lack;
    // with an ordinary word among them ("Unbranded Gold"), more often a product.
    else score = ordinaryWordInside ? 0.35 : 0.5;
    if (surname) score += 0.1;
    // "Wiederholt Termine nicht eingehalten", "Arztbrief Kardiologie liegt vor": German writes every noun
    // capitalised, so in German prose capitalised words no name list knows, one of them as long as a
    // German noun, are nouns unless a cue says a person follows ("Frau Dreyer", "mit Kettler") or a
    // particle of another language's surnames stands between them ("Niccolò Ní Bhriain").
    if (
      german &&
      unlisted &&
      cue === undefined &&
      !lexicon.givenAlsoWords.has(firstName) &&
      all.slice(from, to + 1).some((word) => word.end - word.start >= minGermanNounLength) &&
      !all.slice(from + 1, to).some((word) => particles.has(word.lower) && !germanParticles.has(word.lower))
    )
      score = Math.min(score, 0.3);
  } else {
    const alsoGiven = given || lexicon.givenAlsoWords.has(firstName);
    if (given && !ambiguous) score = 0.55;
    else if (alsoGiven) score = 0.2;
    else score = 0.15;
    // "waiting on Summer before we merge", "ugh Sky is coming to": a word English writes in lower case,
    // capitalised between lower-case words, is the given name it also is.
    if (alsoGiven && capitalisedInLowercaseProse(text, all, from, lexicon)) score = Math.max(score, 0.55);
    // "Summer and I are flying", "Grace, your password is …", "Good catch, Hope!": a given name paired with
    // the writer or spoken to is a person, even one that is also a word.
    if (alsoGiven && addressedOrPaired(text, all, from)) score = Math.max(score, 0.6);
    // 'Rewrite this: "Radhika, the report is late again"': a quoted message opening with a word and a comma
    // speaks to that word's person, when it is a given name or a word no list knows.
    if (
      (alsoGiven || !(ambiguous || lexicon.common.has(firstName) || lexicon.products.has(firstName))) &&
      !termsOfAddress.has(firstName) &&
      quotedMessageOpening.test(text.slice(Math.max(0, first.start - 3), first.start)) &&
      /^, ?\p{L}/u.test(text.slice(first.end, first.end + 3))
    )
      score = Math.max(score, 0.6);
    // "Hope said she'd babysit", "Mark texted me": only people say and text; a message opening so is about one.
    if (
      alsoGiven &&
      from === 0 &&
      speechVerbs.has(all[1]?.lower ?? "") &&
      singleSpace(text, first, all[1] as Word)
    )
      score = Math.max(score, 0.55);
    // "La ministre présente …", "La reunión de mañana": a Romance article opening a sentence before a
    // lower-case noun is the article, though a list holds "La" as a given name.
    const nextWord = all[from + 1];
    if (
      romanceArticles.has(firstName) &&
      nextWord !== undefined &&
      singleSpace(text, first, nextWord) &&
      isLowercaseWord(text, nextWord)
    )
      score = 0;
    // "Port Gillian", "New Timothy": after a place word it is a place; "Bayer, Graham and Wiza": a firm.
    const previous = all[from - 1];
    if (
      previous?.capitalised &&
      placePrefixes.has(previous.lower) &&
      singleSpace(text, previous, first) &&
      !honorifics.has(all[from - 2]?.lower ?? "")
    )
      score = 0;
    if (inListOfCapitalised(text, all, from)) score = 0;
    // "Dr Kowalczyk, Psychotherapeut": after an honorific it is a surname, in a list or not.
    // ("Dr. Oetker and Hugo Boss" joins firms by "and": that list stays firms.)
    if (
      (honorifics.has(previous?.lower ?? "") || frenchInitialHonorific(text, previous, first)) &&
      all[from + 1]?.lower !== "and"
    )
      score = 0.7;
    // "helps with MS. Is exercise safe?": after an honorific's letters in capitals and a full stop, a common
    // word opens the next sentence (MS the illness, not Ms).
    if (
      previous !== undefined &&
      honorifics.has(previous.lower) &&
      isAllCaps(text, previous) &&
      text.charAt(previous.end) === "." &&
      lexicon.common.has(firstName)
    )
      score = 0;
    // "Hi Till,", "Morning Jun,": a greeting, then the word, then a comma or a dash.
    if (greetedByName(text, all, from)) score = Math.max(score, 0.6);
    // "Antigone's new base": a possessive makes an unknown capitalised word someone's.
    if (!given && !ambiguous && endsWithPossessive(text.slice(first.start, first.end))) score = 0.55;
    // "Ville's bonus this year …", "Mark's offer": a listed given name opening the text with a possessive is
    // that person's, even one that is also a word or a town (not a month: "June's numbers").
    if (
      alsoGiven &&
      from === 0 &&
      endsWithPossessive(text.slice(first.start, first.end)) &&
      !lexicon.calendar.has(firstName) &&
      !lexicon.products.has(firstName)
    )
      score = Math.max(score, 0.55);
    // "Nikolaj has chemo on Fridays", "Santiago ist ab Montag in Elternzeit": a message that opens with a
    // word no list knows and a verb said of a person is about that person.
    const verb = all[from + 1];
    // "Mama, Taras has the school play": after a family word spoken to, the message opens anew.
    // "…; Wanjiru disagrees because …": a clause after a semicolon opens as a message does.
    // "did you hear Tenzin is leaving": what is heard of opens a clause of its own.
    const opening =
      from === 0 ||
      (from === 1 &&
        lexicon.kinship.has(bare((all[0] as Word).lower)) &&
        /^, ?$/.test(text.slice((all[0] as Word).end, first.start))) ||
      (previous !== undefined &&
        text.slice(previous.end, first.start) === "; " &&
        opinionVerbs.has(all[from + 1]?.lower ?? "")) ||
      ((previous?.lower === "hear" || previous?.lower === "heard") &&
        text.slice(previous.end, first.start) === " " &&
        all[from - 2]?.lower === "you");
    if (
      opening &&
      !lexicon.products.has(firstName) &&
      verb !== undefined &&
      singleSpace(text, first, verb) &&
      ((!given &&
        !ambiguous &&
        (saidOfPersonOpening.has(verb.lower) ||
          // "Kartini will join the vendor call": what people, not tools, will do.
          (verb.lower === "will" && doneByPeopleAfterWill.has(all[from + 2]?.lower ?? "")))) ||
        (given && otherLanguagePersonVerbs.has(verb.lower)))
    )
      score = Math.max(score, 0.55);
    // "Ioana and Yui will run the retro", "Tamsin and Ingrid are pairing": a word no list calls a word or a
    // thing, joined by "and" to a listed given name, is a given name too.
    if (!alsoGiven && !ambiguous && pairedWithGivenName(text, all, from, lexicon))
      score = Math.max(score, 0.55);
    if (unlistedPairOfPeople(text, all, from, lexicon)) score = Math.max(score, 0.55);
    // "Abebe, my private number for the weekend", "Chukwuemeka, so sorry about your dad": a word no list
    // knows, opening a message and spoken to, is a given name.
    if (
      from === 0 &&
      !given &&
      !ambiguous &&
      !lexicon.common.has(firstName) &&
      !lexicon.products.has(firstName) &&
      !lexicon.calendar.has(firstName) &&
      !termsOfAddress.has(firstName) &&
      !interjections.has(firstName) &&
      firstName.length >= minSpokenToLength &&
      !drawnOut.test(firstName) &&
      !derivedWord(firstName, lexicon) &&
      spokenToUnlistedAfter.test(text.slice(first.end, first.end + 20))
    )
      score = Math.max(score, 0.6);
    if (
      from === 0 &&
      !ambiguous &&
      !lexicon.common.has(firstName) &&
      !lexicon.products.has(firstName) &&
      befallsPerson.test(text.slice(first.end, first.end + 48))
    )
      score = Math.max(score, 0.55);
    // "Ada and Pascal are in the legacy repo", "Victoria and Albert are meeting rooms": a word joined by
    // "and" to a product, a place or an ordinary word is of that word's kind.
    if (
      (previous?.lower === "and" || previous?.lower === "or") &&
      cue !== "strong" &&
      sameKindAs(text, all, from - 2, lexicon)
    )
      score -= 0.3;
    // "at King's Cross", "near St John's Wood": a possessive before a capitalised word after "at" names a place.
    if (
      endsWithPossessive(first.lower) &&
      previous !== undefined &&
      atPlace.has(previous.lower) &&
      all[from + 1]?.capitalised === true &&
      singleSpace(text, first, all[from + 1] as Word)
    )
      score = 0;
    // "Whit Monday", "Easter Monday": a word before a weekday names a holiday.
    const following = all[from + 1];
    if (
      following !== undefined &&
      singleSpace(text, first, following) &&
      lexicon.calendar.has(following.lower)
    )
      score -= 0.5;
    // "Dr. Martens", "Dr. Oetker": firms that kept their founder's title.
    if (previous?.lower === "dr" && doctorsBrands.has(firstName)) score = 0;
    // "Schick's an Ana", "Gib's mir": a German imperative with "es" cut short is no possessive.
    if (
      endsWithPossessive(text.slice(first.start, first.end)) &&
      germanAfterImperative.has(following?.lower ?? "")
    )
      score = 0;
    // "Summer is out till Friday", "Hope starts parental leave": a message that opens with a given name,
    // even one that is also a word, and says someone is away is about that person.
    if (from === 0 && absenceOpening(text, first, lexicon)) score = Math.max(score, 0.6);
    if (objectOfHrAct(text, all, from, lexicon)) score = Math.max(score, 0.6);
    // "The Watson integration", "the Jupyter notebooks": a single word after "the" is a thing.
    if (previous?.lower === "the" && singleSpace(text, previous, first)) score -= 0.5;
    // "Hi Ceylin,": after a greeting even a name no list knows is a name.
    if (cue === "strong" && !ambiguous) score += 0.1;
    // "Offsite is near …", "The Chat Completions API": a word no list knows that is an English word's plural
    // or two English words run together is a word, unless a title, a greeting or a possessive makes it someone.
    if (
      !given &&
      !ambiguous &&
      !honorifics.has(previous?.lower ?? "") &&
      !greetedByName(text, all, from) &&
      !endsWithPossessive(first.lower) &&
      derivedWord(firstName, lexicon)
    )
      score -= 0.3;
    // "a hearing on Tuesday", "sync on April 3": alone, a weekday is a day, and a month after "on", "in",
    // "by" or before a number is a date; a month is a given name only where a cue or a title says so
    // ("meeting with April", "Ms May").
    if (
      lexicon.calendar.has(firstName) &&
      !honorifics.has(previous?.lower ?? "") &&
      (weekdays.has(firstName) ||
        datePrepositions.has(previous?.lower ?? "") ||
        /^ \d/.test(text.slice(first.end, first.end + 2)))
    )
      score = 0;
  }
  // "ab August Trainingsdaten zusammenfassen", "in March Madness": a month after a date's preposition is the date.
  if (
    length >= 2 &&
    lexicon.calendar.has(firstName) &&
    datePrepositions.has(all[from - 1]?.lower ?? "") &&
    singleSpace(text, all[from - 1], first)
  )
    score = 0;
  if (cue === "strong") score += 0.3;
  else if (cue === "weak") score += 0.15;
  // "Aurora Kouba (aurora.kouba@…)", "Milan Koprivec <milank@…>": a name followed by its address.
  if (addressAfter(text, lastWord)) score += 0.3;
  if (transcript) score += 0.35;
  // "Meiling Sun shared “Roadmap 2027” with you", "Amid Soltanova replied to a thread": an app's notification.
  if (length >= 2 && notificationAfter(text, all, to)) score += 0.3;
  // "Budiono\t28045813950\tFull-time", "Wiranto | Mobile +1 …", "Yanti: hire", "Suharti\n137 Ashgrove Avenue":
  // a word no list knows, alone as a row's first cell, before a phone's label, a hiring verdict or an address
  // line, or naming a document after a dash, is a person known by one name.
  if (
    length === 1 &&
    !given &&
    !ambiguous &&
    !lexicon.common.has(firstName) &&
    !lexicon.products.has(firstName) &&
    !derivedWord(firstName, lexicon) &&
    !chemicalEnding.test(firstName) &&
    ((lineStart(text, first.start) && mononymRow.test(text.slice(lastWord.end, lastWord.end + 24))) ||
      // "Termination letter – Sutrisno.pdf": a document named after its one-name person ("… - Entwurf.docx"
      // names the document's state).
      (!documentStates.has(firstName) &&
        /^\.(?:pdf|docx?|odt)\b/i.test(text.slice(lastWord.end, lastWord.end + 6)) &&
        / [-–—] $/.test(text.slice(Math.max(0, first.start - 3), first.start))))
  )
    score = Math.max(score, 0.55);
  if (
    length === 1 &&
    lineStart(text, first.start) &&
    !lexicon.common.has(firstName) &&
    !lexicon.products.has(firstName) &&
    notificationVerbsOfPeople.has(all[to + 1]?.lower ?? "") &&
    singleSpace(text, lastWord, all[to + 1] as Word)
  )
    score = Math.max(score, 0.6);
  // "Jun Wong\t490-97-8954", "Constant Runolfsdottir  1:51 PM", "PIP - Till Seidel.pdf": a line, a
  // sheet's first cell, a comment's author or a document's file name that is only the name.
  // ("Product Roadmap - Confluence": a heading standing alone is a page's title, not a person's.)
  if (length >= 2 && !heading && standsAsName(text, first, lastWord)) score += 0.3;
  // "Yuxuan — are you still on the hook": a message that opens with a given name and a dash addresses it.
  // ("Physio – knee rehab 18:30 - Calendar": a word no list knows before a title's further parts opens a title.)
  if (
    length === 1 &&
    from === 0 &&
    (given ||
      !(ambiguous || lexicon.common.has(firstName) || titleParts.test(text.slice(lastWord.end + 3)))) &&
    /^ [—–] \p{Ll}/u.test(text.slice(lastWord.end, lastWord.end + 4))
  )
    score = Math.max(score, 0.6);
  // "Pranay - WhatsApp": a chat window's title that begins with the word names the person talked to.
  if (chatTitle) score += length === 1 && first.start === 0 ? 0.4 : 0.3;
  if (followedByPlace) score -= 0.5;
  // "Watson skill #8544", "Jarvis integration": a single word before a software part's noun is the product.
  if (
    length === 1 &&
    cue !== "strong" &&
    productParts.has(all[to + 1]?.lower ?? "") &&
    isLowercaseWord(text, all[to + 1] as Word)
  )
    score = 0;
  // "Dawn van der Berg", "Julia van der Berg": lower-case particles between a listed name and a capitalised
  // word make a surname, even when the given name is also a word or a product.
  if (length >= 3 && particleInside(text, all, from, to) && listedAsGiven(first, lexicon))
    score = Math.max(score, 0.7);
  // "Dijkstra's algorithm", "Conway's law", "Crohn's disease": a name owning a discovery is an eponym.
  if (endsWithPossessive(lastWord.lower) && eponymNouns.has(all[to + 1]?.lower ?? "")) score = 0;
  // "the Dunning Kruger effect", "Bayes theorem": without the possessive, a lower-case eponym's noun right
  // after the name; "Brooks Law", "Bayes Theorem": capitalised as the name's last word after a name that is
  // no clear given name ("Jude Law" stays a person).
  const nounAfter = all[to + 1];
  if (
    nounAfter !== undefined &&
    eponymNouns.has(nounAfter.lower) &&
    isLowercaseWord(text, nounAfter) &&
    singleSpace(text, lastWord, nounAfter) &&
    cue !== "strong"
  )
    score = 0;
  if (
    length >= 2 &&
    eponymNouns.has(lastWord.lower) &&
    cue !== "strong" &&
    !(given && !ambiguous) &&
    !endsWithPossessive((all[to - 1] as Word).lower)
  )
    score = 0;
  // "How to Ask for a Raise | Forbes", "10 Ways to Save Money | Forbes - Google Chrome": one word after a
  // pipe that ends a headline of four or more words is the site's name.
  if (length === 1 && cue !== "strong" && siteAfterHeadline(text, first.start, lastWord.end)) score = 0;
  // "Sherlock Holmes - Wikipedia": an encyclopaedia's page is about a public figure.
  if (/^ [-–—|] Wikip[eé]dia/u.test(text.slice(lastWord.end, lastWord.end + 14))) score = 0;
  // "the garage on avenue Jean Jaurès", "Corso Vittorio Emanuele II": after a street word it names the street.
  // So after a street word and a linking particle ("Plaza del Sol", "Rua do Ouro", "Piazza di Spagna").
  const linked = streetLinks.has(all[from - 1]?.lower ?? "") && from >= 2;
  const before = all[linked ? from - 2 : from - 1];
  const streetFirst = all[linked ? from - 1 : from] as Word;
  if (
    before !== undefined &&
    (streetWordsBefore.has(before.lower) || (before.capitalised && placePrefixes.has(before.lower))) &&
    /^\.? $/.test(text.slice(before.end, streetFirst.start)) &&
    (!linked || text.slice(streetFirst.end, first.start) === " ") &&
    !honorifics.has(all[linked ? from - 3 : from - 2]?.lower ?? "")
  )
    score -= 0.6;
  if (code) score -= 0.3;
  // "Adelaide is 10.5 hours ahead", "Denver is two hours behind": a town told apart by its clock.
  if (length === 1 && clockOfTown.test(text.slice(lastWord.end, lastWord.end + 32))) score = 0;
  // "Ernst & Young", "Marks & Spencer", "Ben & Jerry's": single capitalised words joined by an
  // ampersand are how firms are named after their founders; people are joined by a word ("and").
  if (length === 1 && joinedByAmpersand(text, first.start, lastWord.end)) score = 0;
  // "flight lands at John F. Kennedy", "departing from Charles de Gaulle": after a flight's verb, an airport.
  if (flightVerbBefore.test(text.slice(Math.max(0, first.start - 24), first.start))) score -= 0.6;
  // "Jarvis (our deploy bot)", "Ada (the build server)": a bracket right after the word says it is a machine or a room.
  if (length === 1 && machineGloss.test(text.slice(lastWord.end, lastWord.end + 48))) score = 0;
  // "Kafka rebalance explained - Claude": AI assistants end their windows' titles with their own name,
  // some of which are also given names; as the title's last part, it is the assistant.
  // "Claude - Firefox": a browser adds its own name after the page's, so the assistant's is then the title's last part but one.
  // "Claude" as a whole title, "Claude models support …", "Le Chat - Mistral AI": the assistant and its products.
  // "Claude Code finished the refactor", "Gemini Advanced": a product word after it was read as a surname.
  if (length === 2 && assistantNames.has(firstName) && assistantProducts.has(lastWord.lower)) score = 0;
  if (
    length === 1 &&
    assistantNames.has(firstName) &&
    (endsTitle(text, first.start, lastWord.end) ||
      namesPageBeforeBrowser(text, first.start, lastWord.end) ||
      text.trim() === text.slice(first.start, lastWord.end) ||
      assistantProducts.has(all[to + 1]?.lower ?? "") ||
      // "Claude was down for 20 minutes": a service's state is the assistant's.
      assistantState.test(text.slice(lastWord.end, lastWord.end + 40)))
  )
    score = 0;
  // "Sagrada Família - Google Maps": a map app's title shows a place.
  if (mapAppAfter.test(text.slice(lastWord.end, lastWord.end + 20))) score = 0;
  // "Reference: Reisekosten Dez", "Betreff: Quartalsbericht Q3": the value of a field that holds no person.
  const label = all[from - 1];
  if (
    label !== undefined &&
    fieldsWithoutPeople.has(label.lower) &&
    /^:[ \t]*$/.test(text.slice(label.end, first.start))
  )
    score -= 0.5;
  // "Viele Grüße\nHina Kobayashi\nTeamleitung Buchhaltung": under the signature's name, its role.
  if (roleLineOfSignature(text, first.start)) score -= 0.6;
  // "Mary-Kate Park\nTeamleiterin Einkauf\nmobile …": on a card's second line, under its name, a role.
  if (!given && roleLineOfCard(text, first.start)) score -= 0.6;
  return score;
}

// A service's state after an assistant's name ("Claude was down", "Gemini is back up").
const assistantState =
  /^ (?:is|was|went|goes|seems|keeps) (?:(?:still|totally|completely) )?(?:down|up|back|slow|out|offline|unavailable|overloaded|lagging|timing out|hallucinating|rate[- ]limited)(?![\p{L}])/u;
// A map app's name after a title's separator.
const mapAppAfter = /^ [-–—|] (?:Google Maps|Apple Maps|Bing Maps|OpenStreetMap|Waze)(?![\p{L}])/u;
// A title's further part: a separator with spaces round it, as window titles part page, section and app.
const titleParts = / [-–—|] /;

/**
 * "Frau Winter", "Herr Schick", "Mr. Bishop": after a capitalised title a surname that is also a word is
 * a surname ("Miss" is left out: "Miss Universe"; "Dr. Martens" and its kin are firms, see doctorsBrands).
 */
function afterTitle(text: string, title: Word | undefined, word: Word): boolean {
  if (title === undefined || title.lower === "miss" || !honorifics.has(title.lower)) return false;
  const first = text.charAt(title.start);
  return first !== first.toLowerCase() && /^\.? $/.test(text.slice(title.end, word.start));
}

// Fields of forms that hold only a person: the value is the person, whatever words spell it.
// biome-ignore format: a word list reads better packed
const personOnlyFields = new Set([
  "traveller", "traveler", "passenger", "employee", "patient", "beneficiary", "payee", "kontoinhaber",
  "begünstigter", "spouse", "assignee", "approver",
]);

/** "Traveller: Scout Wood", "Employee: Destiny Rice": two capitalised words fill a person's field to its line's end. */
function filledPersonField(text: string, all: readonly Word[], at: number, lexicon: NameLexicon): boolean {
  const label = all[at - 1];
  const word = all[at] as Word;
  const next = all[at + 1];
  if (label === undefined || next === undefined || !personOnlyFields.has(label.lower)) return false;
  if (!/^:[ \t]*$/.test(text.slice(label.end, word.start))) return false;
  if (!singleSpace(text, word, next) || !isNameShaped(text, next)) return false;
  // "Approver: Finance Lead" is a role: one of the two words is a listed name.
  const listed = (lower: string) =>
    lexicon.given.has(lower) || lexicon.surnames.has(lower) || lexicon.givenAlsoWords.has(lower);
  if (!listed(word.lower) && !listed(next.lower)) return false;
  return /^[ \t]*(?:\n|\t|$)/.test(text.slice(next.end, next.end + 4));
}

const absenceAfterName =
  /^ (?:is (?:out(?! of (?!office))|off(?! (?:to|the|limits))|sick|ill|away|on (?:leave|holiday|vacation|pto|sick leave))|starts (?:parental|maternity|paternity|a (?:\d{1,3}-day )?(?:performance improvement plan|pip))|called in sick|went home sick)\b/;

// ("Paris is out of reach", "Milan is off the table": idioms of out and off say nothing of a person.)
/**
 * The text opens with a given name, then says that person is away ("Summer is out till Friday", "Poppy starts
 * a 90-day performance improvement plan"): a listed one, another country's that is also a word ("Summer"), or
 * one a list holds as a person and no list as a word ("Bronte").
 */
function absenceOpening(text: string, first: Word, lexicon: NameLexicon): boolean {
  const lower = bare(first.lower);
  const givenName =
    lexicon.given.has(lower) ||
    lexicon.givenAlsoWords.has(lower) ||
    (lexicon.ambiguous.has(lower) && !lexicon.common.has(lower) && !lexicon.products.has(lower));
  return (
    givenName && !lexicon.calendar.has(lower) && absenceAfterName.test(text.slice(first.end, first.end + 48))
  );
}

// The verbs of HR acts done to a person, and what follows the person: a plan or a warning they are put on,
// a sum of pay they are moved to ("start Bob on a performance improvement plan", "placing Milan on a formal
// warning", "bump Jazz to 176k USD"); a version is no sum ("bump Node to 20").
const putOnVerbs = new Set([
  "start",
  "starting",
  "starts",
  "put",
  "putting",
  "puts",
  "place",
  "placing",
  "places",
  "placed",
]);
const putOnWhat =
  /^ on (?:a |an |the |another |his |her |their )?(?:[\p{L}\d-]+ ){0,3}(?:plan|pip|warning|probation|notice)(?![\p{L}])/iu;
const payMoveVerbs = new Set(["bump", "bumping", "move", "moving", "raise", "raising"]);
const toSumOfPay =
  /^ to (?:[$€£]\d|\d[\d.,]*[kK]? ?(?:€|USD|EUR|GBP|CHF|SEK|NOK|DKK|PLN|brutto|gross|base)(?![\p{L}]))/u;
const hrActReach = 64;

/**
 * A capitalised word between a verb of an HR act and its plan, warning or sum is the person it is done to,
 * even a given name that is also a word ("Bob", "Jazz", "Milan"), unless it names a day or a product.
 */
function objectOfHrAct(text: string, all: readonly Word[], at: number, lexicon: NameLexicon): boolean {
  const word = all[at] as Word;
  const verb = all[at - 1];
  if (verb === undefined || text.slice(verb.end, word.start) !== " " || !isLowercaseWord(text, verb))
    return false;
  const lower = bare(word.lower);
  if (lexicon.calendar.has(lower) || lexicon.products.has(lower)) return false;
  // "placing Orders on a plan": an ordinary word must also be someone's given name to be one here.
  if (
    (lexicon.common.has(lower) || derivedWord(lower, lexicon)) &&
    !lexicon.given.has(lower) &&
    !lexicon.givenAlsoWords.has(lower)
  )
    return false;
  const after = text.slice(word.end, word.end + hrActReach);
  if (putOnVerbs.has(verb.lower)) return putOnWhat.test(after);
  if (payMoveVerbs.has(verb.lower)) return toSumOfPay.test(after);
  return (verb.lower === "letting" || verb.lower === "let") && /^ go(?![\p{L}])/u.test(after);
}

/** The word at `at` is a capitalised product, place or ordinary word, not a given name. */
function sameKindAs(text: string, all: readonly Word[], at: number, lexicon: NameLexicon): boolean {
  const word = all[at];
  if (word === undefined || !word.capitalised || singleSpace(text, all[at - 1], word)) return false;
  const lower = bare(word.lower);
  if (lexicon.products.has(lower)) return true;
  return (lexicon.ambiguous.has(lower) || lexicon.common.has(lower)) && !lexicon.surnames.has(lower);
}

// biome-ignore format: a word list reads better packed
// biome-ignore format: a word list reads better packed
const weekdays = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "montag", "dienstag", "mittwoch",
  "donnerstag", "freitag", "samstag", "sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
  "dimanche", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
]);
// biome-ignore format: a word list reads better packed
const datePrepositions = new Set([
  "on", "in", "by", "until", "till", "since", "before", "after", "early", "mid", "late", "end", "next", "last",
  "this", "every", "im", "ab", "bis", "seit", "en", "fin", "début", "desde", "hasta", "de",
]);
const doctorsBrands = new Set(["martens", "oetker", "pepper", "scholl", "hauschka", "best", "bronner"]);
// biome-ignore format: a word list reads better packed
const germanAfterImperative = new Set(["an", "mir", "dir", "uns", "ihm", "ihr", "euch", "gut", "mal", "doch", "weiter", "rüber"]);

// Words before a place that say one is at it or goes through it ("meet at Stanley Park").
const atPlace = new Set([
  "at",
  "in",
  "near",
  "the",
  "around",
  "through",
  "across",
  "past",
  "into",
  "outside",
]);

/**
 * "Tyler Park starts parental leave", "Gunnar Park macht die Eskalationen": a given name that is only a
 * given name, then a place word that is also a surname (Park), with no word before it that puts
 * someone at a place, is a person; "Lincoln Park" (Lincoln is a surname too) and "at Hyde Park" stay places.
 */
function parkedName(
  text: string,
  all: readonly Word[],
  from: number,
  to: number,
  lexicon: NameLexicon,
): boolean {
  const first = all[from] as Word;
  const previous = all[from - 1];
  return (
    to === from + 1 &&
    !lexicon.surnames.has(bare(first.lower)) &&
    !(previous !== undefined && atPlace.has(previous.lower) && singleSpace(text, previous, first))
  );
}

// What apps say someone did, in a notification or a window title that opens with their name: shared,
// replied, mentioned, invited, commented, assigned, sent, added, in en and in the present of de, fr, es, it.
// biome-ignore format: a word list reads better packed
const notificationVerbs = new Set([
  "shared", "replied", "mentioned", "invited", "commented", "assigned", "sent", "added", "reacted", "edited",
  "requested", "teilt", "partage", "comparte", "condivide",
  // a code host's review and a calendar's answer ("Mei O'Brien approved these changes", "… accepted the invite")
  "approved", "reviewed", "merged", "accepted", "declined", "uploaded", "forwarded",
]);
// Of those, what only a person does: a single word no list knows before one is someone ("Murugan shared a
// document with you"); bots and tools open, push and merge.
// (A manager's note on a report opens with the person and what they asked or want: "Baraka: asked about the band".)
const mononymRow =
  /^(?:\t[+£$€(]?\d|[ \t]+\|[ \t]+(?:mobile|mob|phone|tel|cell|portable|handy|m|t)\b|: (?:strong |no |yes |lean |hire|asked |wants |wanted |told |said |says |needs |feels |thinks |agreed |requested |would like )|\n\d{1,4}[a-z]? \p{Lu})/iu;
// Lab analytes, drugs and compounds in a results table's first cell ("Ferritin", "Creatinine", "Glucose").
const chemicalEnding = /(?:in|ine|ol|ide|ate|ase|one|ium|yl|ene|ose|ic|al|mab|nib|pril|sartan|statin)$/;
const notificationVerbsOfPeople = new Set([
  "shared",
  "replied",
  "mentioned",
  "invited",
  "reacted",
  "approved",
]);
// The auxiliaries of de, fr, es, it, nl and the pronouns between ("hat dich erwähnt", "vous a invité",
// "te ha mencionado"), then the participle that makes it a notification.
const notificationAuxiliaries = new Set(["hat", "a", "vous", "te", "ti", "heeft", "ha", "t'a"]);
// biome-ignore format: a word list reads better packed
const notificationParticiples = new Set([
  "partagé", "mentionné", "invité", "répondu", "envoyé", "commenté", "ajouté", "geteilt", "erwähnt",
  "eingeladen", "geantwortet", "gesendet", "geschickt", "kommentiert", "hinzugefügt", "compartido",
  "mencionado", "invitado", "respondido", "enviado", "comentado", "añadido", "condiviso", "menzionato",
  "invitato", "risposto", "inviato", "gedeeld", "genoemd", "uitgenodigd", "gereageerd", "gestuurd",
]);

/**
 * The words after the name that ends at `last` say what the person did in an app: "shared",
 * "replied to", "vous a partagé", "hat dich erwähnt", "te ha mencionado" (a participle within
 * three words of the auxiliary).
 */
function notificationAfter(text: string, all: readonly Word[], last: number): boolean {
  const name = all[last];
  const verb = all[last + 1];
  if (name === undefined || verb === undefined || !singleSpace(text, name, verb)) return false;
  if (notificationVerbs.has(verb.lower)) return true;
  if (!notificationAuxiliaries.has(verb.lower)) return false;
  for (let k = last + 2; k <= last + 4; k++)
    if (notificationParticiples.has(all[k]?.lower ?? "")) return true;
  return false;
}

// "Park Lane-themed slides", "Google-style docs", "Termin mit Kubernetes-Team": a word joined to one of
// these is an adjective or a group, no name.
const adjectiveCompound =
  /-(?:themed|style|styled|based|like|related|inspired|shaped|sized|owned|led|free|friendly|only|specific|wide|level|facing|compatible|powered|branded|team|teams|gruppe|group|meeting|call|sync|workshop|projekt|project|runde)$/;

// A prefix, then a capital and three or more lower-case letters ("DeFi", "LaTeX" do not fit).
const prefixedGivenName = /^(?:La|Le|De|Da|Di|Ja|Ke|Ra|Ta|Ka|Sha)\p{Lu}\p{Ll}{3,}$/u;

function isNameShaped(text: string, word: Word): boolean {
  if (!word.capitalised || word.end - word.start < 2) return false;
  if (word.lower.includes("-") && adjectiveCompound.test(word.lower)) return false;
  // "getUserName", "PersonName": an identifier has a capital inside it.
  for (let i = word.start + 1; i < word.end; i++) {
    const code = text.charCodeAt(i);
    // "McGlynn", "MacDonald": a capital after Mc or Mac is part of a surname.
    // "O'Connor", "D’Angelo": a capital after a one-letter prefix and its apostrophe too.
    const surnamePrefix =
      (i === word.start + 2 && word.lower.startsWith("mc")) ||
      (i === word.start + 3 && word.lower.startsWith("mac")) ||
      (i === word.start + 2 && (text.charCodeAt(i - 1) === 39 || text.charCodeAt(i - 1) === 8217)) ||
      // "LaToya", "DeShawn", "LeBron", "JaMarcus": given names built on a two-letter prefix keep its capital.
      (i === word.start + 2 && prefixedGivenName.test(text.slice(word.start, word.end)));
    if (isDigit(code) || (code >= 65 && code <= 90 && text.charCodeAt(i - 1) !== 45 && !surnamePrefix))
      return false;
  }
  return true;
}

function isCommon(word: Word, lexicon: NameLexicon): boolean {
  const lower = bare(word.lower);
  if (germanNoun(lower) || isStreetWord(lower) || romanceNoun(lower, lexicon)) return true;
  return lexicon.common.has(lower) && !lexicon.given.has(lower) && !lexicon.surnames.has(lower);
}

const minCompoundPartLength = 3;
const maxCompoundLength = 16;

/** A plural of a common word ("Completions") or two common words run together ("Offsite", "Workstream"). */
function derivedWord(lower: string, lexicon: NameLexicon): boolean {
  if (lexicon.surnames.has(lower) || lower.length > maxCompoundLength) return false;
  if (lower.endsWith("s") && lower.length > 4 && lexicon.common.has(lower.slice(0, -1))) return true;
  if (lower.endsWith("es") && lower.length > 5 && lexicon.common.has(lower.slice(0, -2))) return true;
  // Given names run on into a vowel far more often than English compounds do ("Macarena", not "mac" + "arena").
  if (/[aio]$/.test(lower)) return false;
  for (let k = minCompoundPartLength; k <= lower.length - minCompoundPartLength; k++) {
    const head = lower.slice(0, k);
    const tail = lower.slice(k);
    // ("Northwind": "north" is listed as a name too, but both halves are words.)
    if (
      (lexicon.common.has(head) || lexicon.ambiguous.has(head)) &&
      (lexicon.common.has(tail) || lexicon.ambiguous.has(tail))
    )
      return true;
  }
  return false;
}

// Tails with which English surnames are made of words ("Blackwood", "Goodman", "Hartley", "Whitfield").
const surnameTail =
  /(?:wood|woods|man|men|field|fields|ford|ton|well|wells|ham|worth|land|house|ridge|brook|brooks|more|ley|stone|water|waters|burn|hill|hills|gate|by|son|er|croft|dale|combe|hurst|shaw|wick|ward|ing)$/;

/**
 * "Checklist", "Roadmap", "Workstream": an English compound or plural that is no listed name and does not
 * end as English surnames made of words do.
 */
function headingCompound(lower: string, lexicon: NameLexicon): boolean {
  return (
    !lexicon.given.has(lower) &&
    !lexicon.ambiguous.has(lower) &&
    !surnameTail.test(lower) &&
    derivedWord(lower, lexicon)
  );
}

function isAllCaps(text: string, word: Word): boolean {
  const written = text.slice(word.start, word.end);
  return written.length > 1 && written === written.toUpperCase() && written !== written.toLowerCase();
}

/** After the honorific at `at`: one to three lower-case particles, then a capitalised word ("van der Berg"). */
function particleSurnameAfter(text: string, all: readonly Word[], at: number): Span | undefined {
  const title = all[at] as Word;
  let next = at + 1;
  if (!/^\.? $/.test(text.slice(title.end, all[next]?.start ?? title.end))) return undefined;
  while (
    next - at <= 3 &&
    particles.has(all[next]?.lower ?? "") &&
    isLowercaseWord(text, all[next] as Word)
  ) {
    const word = all[next + 1];
    if (word === undefined || !singleSpace(text, all[next] as Word, word)) return undefined;
    next++;
  }
  const surname = all[next];
  if (next === at + 1 || surname === undefined || !isNameShaped(text, surname)) return undefined;
  const start = (all[at + 1] as Word).start;
  return { start, end: surname.end, category: "pii", detector: "person-name", score: 0.75 };
}

// biome-ignore format: a word list reads better packed
const productParts = new Set([
  "skill", "skills", "integration", "plugin", "bot", "sdk", "api", "extension", "connector", "instance",
  "cluster", "server", "pipeline", "workspace", "module", "package", "webhook", "cron", "model", "endpoint",
]);

/** A lower-case particle stands between the words from `from` to `to` ("Dawn van der Berg"). */
function particleInside(text: string, all: readonly Word[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const word = all[k] as Word;
    if (particles.has(word.lower) && isLowercaseWord(text, word)) return true;
  }
  return false;
}

/** After the word at `at`: one to three lower-case particles, then a capitalised word ("Julia van der Berg"). */
function particleSurnameFollows(text: string, all: readonly Word[], at: number): boolean {
  let next = at + 1;
  while (
    next - at <= 3 &&
    particles.has(all[next]?.lower ?? "") &&
    isLowercaseWord(text, all[next] as Word) &&
    singleSpace(text, all[next - 1] as Word, all[next] as Word)
  )
    next++;
  const surname = all[next];
  return (
    next > at + 1 &&
    surname !== undefined &&
    singleSpace(text, all[next - 1] as Word, surname) &&
    isNameShaped(text, surname)
  );
}

/** A given name, also when a list holds it as a word or a product ("Dawn", "Julia"). */
function listedAsGiven(word: Word, lexicon: NameLexicon): boolean {
  const lower = bare(word.lower);
  return lexicon.given.has(lower) || lexicon.givenAlsoWords.has(lower) || lexicon.products.has(lower);
}

/** Some list holds the word as a name, as well as a word ("Lean", "Summer"). */
function listedAsName(word: Word, lexicon: NameLexicon): boolean {
  const lower = bare(word.lower);
  return lexicon.ambiguous.has(lower) || lexicon.givenAlsoWords.has(lower);
}

// German writes every noun capitalised; long ones end in suffixes no name does ("Wechselwirkung",
// "Erstgespräch", "Blutdrucksenker", "Identifikationsnummer"), roles too ("Teamleiterin", "Personalreferent"),
// and so do specialties, letters, clinics and data ("Kardiologie", "Arztbrief", "Hautklinik", "Stammdaten"),
// and a payment's or a trip's purpose ("Verwendungszweck", "Reisezweck").
const germanNounEnding =
  /(?:ung|ungen|keit|keiten|heit|heiten|schaft|schaften|bericht|berichte|protokoll|übersicht|konzept|freigabe|vorlage|unterlagen|tabelle|gericht|behörde|amt|ämter|gespräch|nummer|zeichen|senker|mittel|bescheinigung|vertrag|leiter|leiterin|referent|referentin|beauftragte|beauftragter|assistentin|koordinator|koordinatorin|ologie|therapie|brief|klinik|klinikum|daten|istik|torik|zweck)$/;
const minGermanNounLength = 8;

function germanNoun(lower: string): boolean {
  return lower.length >= minGermanNounLength && germanNounEnding.test(lower);
}

// Endings of Spanish, Portuguese and Italian abstract nouns and adjectives that headings are made of
// ("Planificación", "Relatório", "Estratégico", "Riunione"); given names with them ("Concepción", "Soledad")
// are in the lists and stay names.
// Marian and virtue given names built on such nouns ("Concepción", "Conceição", "Asunción", "Encarnación").
const romanceGivenStem =
  /^(?:concep|concei|asun|assun|encarna|anuncia|ascen|visita|purifica|consola|presenta|reden)/;
const romanceNounEnding =
  /(?:ción|ciones|sión|siones|ção|ções|são|sões|zione|zioni|mento|mentos|menti|ório|órios|ória|ógic[oa]s?|égic[oa]s?|ístic[oa]s?|átic[oa]s?|idad|idades|dade|dades|ità|ativ[oa]s?|itiv[oa]s?|ation|ations|ction|ctions)$/;
const minRomanceNounLength = 7;
// The longest ending is shorter than this: the test looks at the word's tail only.
const romanceEndingReach = 9;

function romanceNoun(lower: string, lexicon: NameLexicon): boolean {
  return (
    lower.length >= minRomanceNounLength &&
    romanceNounEnding.test(lower.slice(-romanceEndingReach)) &&
    !romanceGivenStem.test(lower) &&
    !lexicon.given.has(lower) &&
    !lexicon.surnames.has(lower)
  );
}

/**
 * "Maya Miettinen is covering", "Milan Rubio reprend", "Julia van der Berg": a given name of another
 * country that is also an English word, then (after particles) a surname the lists know and that is
 * no word, is a person; "Rose Gold" or "Amber Alert" end in a word.
 */
function foreignGivenNameBeforeSurname(
  text: string,
  all: readonly Word[],
  at: number,
  lexicon: NameLexicon,
): boolean {
  const first = all[at] as Word;
  const firstLower = bare(first.lower);
  // "Hugo Nyström", "Ruby Wiśniewski": a product named with a given name, before a listed surname, is that name.
  const givenNamedProduct = lexicon.products.has(firstLower) && lexicon.ambiguous.has(firstLower);
  if (!lexicon.givenAlsoWords.has(firstLower) && !givenNamedProduct) return false;
  let next = at + 1;
  while (next - at <= 3 && particles.has(all[next]?.lower ?? "")) next++;
  const surname = all[next];
  if (surname === undefined || !isNameShaped(text, surname) || surname.start - first.end > 12) return false;
  const lower = bare(surname.lower);
  return lexicon.surnames.has(lower) && !lexicon.common.has(lower) && !lexicon.ambiguous.has(lower);
}

// Words only German prose is made of (articles, pronouns, auxiliaries, prepositions, negation); none is
// English, nor a name.
// biome-ignore format: a word list reads better packed
const germanFunctionWords = new Set([
  "der", "die", "das", "den", "dem", "ein", "eine", "einen", "einem", "einer", "und", "oder", "nicht", "ist",
  "sind", "wird", "werden", "wurde", "haben", "müssen", "muss", "kann", "können", "für", "mit", "von", "vom",
  "zum", "zur", "im", "auf", "aus", "bei", "nach", "bis", "ab", "über", "wir", "sie", "ich", "auch", "noch",
  "wie", "wegen", "unter", "zwischen", "sich", "dass", "nur", "schon", "sehr", "bitte",
]);
const minGermanFunctionWords = 2;
// Particles that are also German prepositions and articles.
const germanParticles = new Set(["von", "zu", "der", "den", "dem", "das"]);

/** The text is German prose: two or more different German function words written in lower case. */
function germanProse(all: readonly Word[]): boolean {
  const seen = new Set<string>();
  for (const word of all) {
    if (!word.capitalised && germanFunctionWords.has(word.lower)) seen.add(word.lower);
    if (seen.size >= minGermanFunctionWords) return true;
  }
  return false;
}

/** "priya's" is "priya". */
function bare(lower: string): string {
  return lower.endsWith("'s") ? lower.slice(0, -2) : lower;
}

function trimPossessive(text: string, start: number, end: number): number {
  const tail = text.slice(Math.max(start, end - 2), end);
  return tail === "'s" || tail === "’s" ? end - 2 : end;
}

function singleSpace(text: string, a: Word | undefined, b: Word): boolean {
  return a !== undefined && b.start - a.end === 1 && text.charCodeAt(a.end) === 32;
}

// "check with Caio", "loop in Izolda", "coffee with Vishnu", "heard back from Sertap": a verb or an
// occasion and a linking word before a capitalised word make it a person, though the linking word alone is weak.
// biome-ignore format: a word list reads better packed
const linkingWords = new Set([
  "with", "from", "to", "in", "w", "for", "für", "pour", "para", "voor", "on",
  // "with" in es, it, pt, de, fr, nl, pl: "hablo con Guadalupe", "pranzo con Ludovica", "Treffen mit Wiebke"
  "con", "com", "mit", "avec", "met", "z", "ze",
]);
// biome-ignore format: a word list reads better packed
const leadsToPerson = new Set([
  "check", "checked", "sync", "synced", "loop", "looped", "talk", "talked", "speak", "spoke", "spoken", "chat",
  "chatted", "back", "message", "messages", "email", "feedback", "escalate", "escalated", "over", "coffee",
  "lunch", "dinner", "drinks", "call", "1:1", "meeting", "meet", "met", "date", "breakfast", "brunch", "tea",
  "beers", "waiting", "wait", "blocked", "depending", "relying", "pair",
  // standing in for someone ("can someone cover for Tendai", "filling in for Ana")
  "cover", "covering", "covered", "filling", "fill", "subbing", "standing",
  // talking, meeting and eating with someone in es, it, pt, de, fr, nl, pl
  "hablo", "hablé", "hablar", "quedé", "reunión", "cena", "comida", "almuerzo", "café", "parlo", "parlato",
  "pranzo", "riunione", "falei", "falar", "almoço", "jantar", "reunião", "sprechen", "gesprochen", "treffen",
  "termin", "mittagessen", "abendessen", "telefonat", "parlé", "parler", "déjeuner", "dîner", "réunion",
  "rendez-vous", "praten", "gesproken", "afspraak", "etentje", "gesprek", "rozmowa", "spotkanie", "obiad",
  "kolacja", "rozmawiałem", "rozmawiałam", "paired", "catching", "working", "worked", "sync-up", "catch-up", "catchup", "interview", "pairing", "session",
  "handover", "intro", "introduce", "introduced", "looping", "adding", "hear", "heard", "note", "reply", "replied", "wrote", "write",
  "this", "forwarding", "forwarded", "shout-out", "shoutout", "kudos", "props", "thanks", "credit",
  "issued", "assigned", "reassigned", "handed", "sent", "gave", "given", "offered", "promised",
  // pay, claims and warnings are for someone ("Retention bonus for Kaito", "Gehaltserhöhung für Ngozi")
  "bonus", "raise", "claim", "hearing", "warning", "increase", "promotion", "severance", "payout",
  "gehaltserhöhung", "abmahnung", "prämie", "augmentation", "prime", "avertissement", "aumento", "subida",
  "amonestación", "opslag", "waarschuwing",
]);

/** The word before, across at most a colon, dash, bar or comma: "Hi Ana", "Assignee: Ana", "Chat – Ana". */
// Greetings passed on to someone ("say hi to Mads", "send my love to Ana", "give my regards to Herr Kühn").
const greetedThrough = new Set([
  "hi",
  "hello",
  "love",
  "regards",
  "greetings",
  "congrats",
  "congratulations",
]);

function cueBefore(text: string, all: readonly Word[], at: number): "strong" | "weak" | undefined {
  const previous = all[at - 1];
  const word = all[at];
  if (word !== undefined && mentioned(text, word)) return "strong";
  if (previous === undefined || word === undefined) return undefined;
  const gap = text.slice(previous.end, word.start);
  // A sign-off may stand on the line above: "Best,\nMirza Post", "Mit freundlichen Grüßen\nEnsio Kiss".
  if (/^,?[ \t]*\n\s*$/.test(gap) && signOffs.has(previous.lower) && shortLineEndingAt(text, previous.end))
    return "strong";
  // "Liebe Grüße, Ludger", "Besos, Nerea": a short line's sign-off, a comma, then the name closing the line.
  if (
    /^, ?$/.test(gap) &&
    signOffs.has(previous.lower) &&
    // (The line's start is looked for only a sign-off line's length back, so a long line costs no more per word.)
    (previous.end <= maxSignOffLineLength ||
      newlineWithin(text, previous.end, maxSignOffLineLength + 1) >= 0) &&
    closesLine(text, word.end)
  )
    return "strong";
  // A signature after a dash on a line of its own at the end: "\n\n— Heikki".
  if (/\n[ \t]*(?:—|–|--?)[ \t]?$/.test(gap) && lastLine(text, word.end)) return "strong";
  // "say hi to Mads from me", "Qué tal Yareli!": a greeting's person after its last word.
  if (gap === " " && previous.lower === "to" && greetedThrough.has(all[at - 2]?.lower ?? "")) return "strong";
  if (
    gap === " " &&
    previous.lower === "tal" &&
    (all[at - 2]?.lower === "qué" || all[at - 2]?.lower === "que")
  )
    return "strong";
  // "Sync w/ Juha Lie": "w/" is "with".
  if (previous.lower === "w" && gap === "/ " && leadsToPerson.has(all[at - 2]?.lower ?? "")) return "strong";
  if (frenchInitialHonorific(text, previous, word)) return "strong";
  // "@Thandiwe kannst du…": a mention.
  if (mentioned(text, word)) return "strong";
  if (gap.length > 4 || gap.includes("\n") || !/^[\s:–—|,-]*$/.test(gap)) return undefined;
  // "love you Kavya", "miss you Linh": an endearment's "you" is followed by who it is said to.
  if (previous.lower === "you" && endearments.has(all[at - 2]?.lower ?? "")) return "strong";
  // "Γεια σου Νίκο", "Γεια σας κ. Παπαδόπουλε": the Greek greeting is two words.
  if ((previous.lower === "σου" || previous.lower === "σας") && all[at - 2]?.lower === "γεια")
    return "strong";
  if (honorifics.has(previous.lower)) return "strong";
  if (linkingWords.has(previous.lower) && leadsToPerson.has(all[at - 2]?.lower ?? "")) return "strong";
  // "We're letting Yuxuan go on Friday": who is let go is a person.
  if (
    (previous.lower === "letting" || previous.lower === "let") &&
    all[at + 1]?.lower === "go" &&
    gap === " "
  )
    return "strong";
  // "Sehr geehrte/r Saga Ekdahl": a form letter's salutation for either sex ends in "/r".
  if (
    previous.lower === "r" &&
    gap === " " &&
    text.slice(Math.max(0, previous.start - 9), previous.start).toLowerCase() === " geehrte/"
  )
    return "strong";
  if (!cues.has(previous.lower)) return undefined;
  return weakCues.has(previous.lower) ? "weak" : "strong";
}

function lineStart(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  return i < 0 || text.charCodeAt(i) === 10;
}

/** "Ana Souza - WhatsApp", "Ana Souza (DM) - Acme - Slack". */
const minHeadlineWords = 4;
const pipeCode = 124;
const maxHeadline = 160;
const headlineSentence =
  /^(?:how|why|what|when|where|who|which|is|are|can|should|\d)|\s(?:to|for|the|of|a|an|in|on|and|your|you|with|is|are|from|vs\.?)\s/i;
const maxBrowserSuffix = 32;

/** The word at start–end closes a title as a site's name after a headline and a pipe. */
function siteAfterHeadline(text: string, start: number, end: number): boolean {
  if (
    text.charCodeAt(start - 2) !== pipeCode ||
    text.charCodeAt(start - 1) !== 32 ||
    text.charCodeAt(start - 3) !== 32
  )
    return false;
  // A headline is short: look back at most maxHeadline characters, so a long line of pipes stays linear.
  let lineFrom = start - 3;
  while (lineFrom > 0 && start - 3 - lineFrom < maxHeadline && text.charCodeAt(lineFrom - 1) !== 10)
    lineFrom--;
  if (lineFrom > 0 && text.charCodeAt(lineFrom - 1) !== 10) return false;
  const headline = text.slice(lineFrom, start - 3);
  if (headline.includes("|")) return false;
  // A headline is written in title case: most of its words open with a capital or a digit ("notes from the
  // quarterly review | Priya" is a note named after a person).
  let words = 0;
  let capitalised = 0;
  for (const word of headline.split(" ")) {
    if (word === "") continue;
    words++;
    if (/^[\p{Lu}\d]/u.test(word)) capitalised++;
  }
  if (words < minHeadlineWords || capitalised * 2 < words) return false;
  // ... and reads as a sentence: a question's word or a number opens it, or a small word joins it ("Q3 Planning
  // Notes Draft | Priya" is a stack of nouns naming someone's document).
  if (!headlineSentence.test(headline)) return false;
  const rest = text.slice(end, end + maxBrowserSuffix + 1);
  return (
    rest === "" || rest.startsWith("\n") || (/^ [-–—] [^\n|]*$/.test(rest) && rest.length <= maxBrowserSuffix)
  );
}

function chatTitleAfter(text: string, end: number): boolean {
  const after = text.slice(end, end + 14).toLowerCase();
  const match = /^ ?(?:[-–—|]|\() ?([a-z]+)/.exec(after);
  return match?.[1] !== undefined && chatTitleWords.has(match[1]);
}

/**
 * The slug after a people path or a query key that points at a person: /in/maria-garcia-4b2a1,
 * /employees/julie-w-vaca-saiz and ?ref=theunis-fichardt name that person.
 */
function namesInProfileUrls(text: string): Span[] {
  const spans: Span[] = [];
  for (const path of peoplePaths) {
    let at = text.indexOf(path);
    while (at !== -1) {
      const start = at + path.length;
      const end = endOfNameSlug(text, start);
      if (end > start) spans.push({ start, end, category: "pii", detector: "person-name", score: 0.8 });
      at = text.indexOf(path, start);
    }
  }
  return spans;
}

// Qualifiers of code hosts' and trackers' searches whose value is a person's handle ("reviewed-by:itziar-gallardo",
// "assignee:ana-ruiz"), typed in a search box or encoded in its URL ("reviewed-by%3A…").
// biome-ignore format: a word list reads better packed
const personQualifiers = [
  "author", "reviewed-by", "review-requested", "assignee", "mentions", "involves", "commenter", "reviewer",
  "committer", "approved-by",
];

/** "is:open reviewed-by:pierluigi-rinaldi": a search qualifier's person, when the handle reads as a name's slug. */
function namesInSearchQualifiers(text: string): Span[] {
  const spans: Span[] = [];
  // Every qualifier ends in ":" or its encoding "%3A": thirty searches are spared on texts with neither.
  if (!text.includes(":") && !text.includes("%3")) return spans;
  for (const qualifier of personQualifiers) {
    for (const colon of [":", "%3A", "%3a"]) {
      const needle = `${qualifier}${colon}`;
      let at = text.indexOf(needle);
      while (at !== -1) {
        const start = at + needle.length;
        // "co-author:", "pr-reviewer:": the qualifier starts after a space, "+", "?" or "&", or the text's start.
        const before = text.charAt(at - 1);
        const end = at === 0 || " +?&=\n\t".includes(before) ? endOfNameSlug(text, start) : start;
        if (end > start) spans.push({ start, end, category: "pii", detector: "person-name", score: 0.8 });
        at = text.indexOf(needle, start);
      }
    }
  }
  return spans;
}

// Booking sites of doctors and therapists, where a path segment is the practitioner's slug: after a speciality
// and a town on Doctolib ("doctolib.fr/psychiatre/paris/aled-macaskill/booking"), first on the others
// ("doctoralia.es/ana-ruiz/psicologo/madrid", "znanylekarz.pl/jan-nowak/…", "jameda.de/…").
const practitionerPage =
  /(?:doctolib\.(?:fr|de|it)\/[a-z-]{2,40}\/[a-z0-9-]{2,40}\/|(?:doctoralia\.[a-z.]{2,6}|miodottore\.it|znanylekarz\.pl|jameda\.de|doktortakvimi\.com)\/)/g;

// Practices, centres and hospitals booked on the same sites ("centre-medical-europe", "praxis-am-markt").
// biome-ignore format: a word list reads better packed
const practiceWords = new Set([
  "centre", "center", "centro", "cabinet", "clinique", "clinic", "clinica", "clínica", "praxis", "zentrum", "mvz",
  "medical", "médical", "medico", "médico", "sante", "santé", "maison", "pole", "pôle", "hopital", "hôpital",
  "ospedale", "hospital", "poliambulatorio", "gabinet", "przychodnia", "studio", "institut", "instituto",
]);

function namesOfPractitionerPages(text: string, lexicon: NameLexicon): Span[] {
  const spans: Span[] = [];
  practitionerPage.lastIndex = 0;
  for (let match = practitionerPage.exec(text); match !== null; match = practitionerPage.exec(text)) {
    const start = match.index + match[0].length;
    const end = endOfNameSlug(text, start);
    const parts = text
      .slice(start, end)
      .toLowerCase()
      .split(/[-_.+]/);
    const practice = parts.some(
      (part) =>
        practiceWords.has(part) ||
        (lexicon.common.has(part) && !lexicon.given.has(part) && !lexicon.surnames.has(part)),
    );
    if (end > start && !practice)
      spans.push({ start, end, category: "pii", detector: "person-name", score: 0.8 });
  }
  return spans;
}

// Query keys whose value is a person's slug: a referral, a profile, a member or an owner.
const peopleQueryKeys = [
  "ref",
  "referrer",
  "user",
  "profile",
  "member",
  "person",
  "employee",
  "owner",
  "author",
  // a person's name as a form or a calendar link sends it ("?name=Jasper+van+Dijk", "&attendee=ana-ruiz")
  "name",
  "fullname",
  "full_name",
  "attendee",
  "guest",
];

function namesInQueryValues(text: string): Span[] {
  const spans: Span[] = [];
  for (const key of peopleQueryKeys) {
    const needle = `${key}=`;
    let at = text.indexOf(needle);
    while (at !== -1) {
      const start = at + needle.length;
      const separator = text.charAt(at - 1);
      if (separator === "?" || separator === "&") {
        // A query value is any slug ("?ref=admin-panel"): here the name must open with a name the lists know.
        const end = endOfNameSlug(text, start);
        const first =
          text
            .slice(start, end)
            .split(/[-_.+]/)[0]
            ?.toLowerCase() ?? "";
        const lexicon = nameLexicon();
        if (end > start && (lexicon.given.has(first) || lexicon.surnames.has(first)))
          spans.push({ start, end, category: "pii", detector: "person-name", score: 0.7 });
      }
      at = text.indexOf(needle, start);
    }
  }
  return spans;
}

// HR, recruiting and directory systems, whose search box looks people up by name.
const peopleSystemHost =
  /(?:myworkday\.com|workday\.com|bamboohr\.com|personio\.(?:de|com)|hibob\.com|successfactors\.(?:com|eu)|rippling\.com|factorialhr\.com|lattice\.com|greenhouse\.io|lever\.co|ashbyhq\.com|workable\.com|linkedin\.com\/search|peoplesoft|\/directory\/|\/people\/)/i;
// A search's query parameter, where "Thảo Lê" is written "Th%E1%BA%A3o+L%C3%AA".
const searchQuery = /[?&](?:q|query|search|term|keywords?|name)=([^&#\s]{3,120})/giu;
// Two to four words of letters, each capitalised, as a person's name is typed into a people search.
const searchedName = /^\p{Lu}[\p{L}'’-]{0,30}(?: (?:\p{Ll}{1,3} )?\p{Lu}[\p{L}'’-]{0,30}){1,3}$/u;

/**
 * "myworkday.com/…/search.htmld?q=Th%E1%BA%A3o+L%C3%AA": in an HR, recruiting or directory system, a search
 * for two to four capitalised words is a search for a person; the value is read percent-decoded.
 */
function namesSearchedInPeopleSystems(text: string): Span[] {
  const spans: Span[] = [];
  searchQuery.lastIndex = 0;
  for (let match = searchQuery.exec(text); match !== null; match = searchQuery.exec(text)) {
    const raw = match[1] ?? "";
    let value: string;
    try {
      value = decodeURIComponent(raw.replace(/\+/g, " ")).trim();
    } catch {
      continue;
    }
    if (!searchedName.test(value)) continue;
    const lexicon = nameLexicon();
    if (
      value
        .split(" ")
        .some((word) => isCommonWord(word.toLowerCase(), lexicon) && !lexicon.given.has(word.toLowerCase()))
    )
      continue;
    const start = match.index + match[0].length - raw.length;
    spans.push({ start, end: start + raw.length, category: "pii", detector: "person-name", score: 0.7 });
  }
  return spans;
}

/**
 * Where a person's slug starting at `start` ends, or `start` when there is none: two to four
 * letter-only parts joined by "-", "_" or "."; the first part with a digit ends the name, a
 * one-letter part between two others is a middle initial ("julie-w-vaca-saiz"), and a slug that
 * holds a page's word ("starter-checklist") is a page, not a person.
 */
function endOfNameSlug(text: string, start: number): number {
  let stop = start;
  while (stop < text.length && stop - start < 120 && !"/?#& \n\t".includes(text.charAt(stop))) stop++;
  // A query writes a space as "+" ("Jasper+van+Dijk"): it parts a name as "-" does.
  const parts = text.slice(start, stop).split(/[-_.+]/);
  let end = start;
  let counted = 0;
  for (let i = 0; i < parts.length && counted < 4; i++) {
    const part = parts[i] as string;
    const initial = part.length === 1 && counted > 0 && /^\p{L}{2,}$/u.test(parts[i + 1] ?? "");
    if ((part.length < 2 && !initial) || !/^\p{L}+$/u.test(part)) break;
    if (!initial) counted++;
    end = end === start ? start + part.length : end + 1 + part.length;
  }
  if (counted < 2) return start;
  const name = text
    .slice(start, end)
    .toLowerCase()
    .split(/[-_.+]/);
  return name.some((part) => pageWords.has(part)) ? start : end;
}

// Pages of a people app, whose slugs sit where a person's would ("/employee/starter-checklist").
// biome-ignore format: a word list reads better packed
const pageWords = new Set([
  "checklist", "settings", "overview", "dashboard", "onboarding", "offboarding", "edit", "new", "list", "search",
  "details", "summary", "history", "documents", "preferences", "notifications", "account", "security", "time",
  "timeline", "reports", "report", "admin", "panel", "team", "org", "chart", "directory", "profile", "home",
  "view", "page", "index", "form", "request", "requests", "approvals", "payroll", "benefits", "review",
  // a page's file ("/employees/employee.php")
  "php", "html", "htm", "aspx", "asp", "jsp", "cfm", "json", "xml", "pdf",
]);

/** "Bayer, Graham and Wiza": one capitalised word among others joined by commas and "and". */
function inListOfCapitalised(text: string, all: readonly Word[], at: number): boolean {
  const word = all[at] as Word;
  const previous = all[at - 1];
  const next = all[at + 1];
  // "from March, George covers": a month or a weekday before the comma is a date, not a firm's name.
  // "Cheers, Oluwaseun", "Thanks, Lukas": a greeting or a sign-off before the comma is no firm's name.
  const lexicon = nameLexicon();
  // "meeting Lukas and Amara", "Priya, Arjun and Kavya": given names joined by "and" or a comma are
  // people; firms named after founders put surnames there ("Graham and Wiza", "Bayer, Graham").
  const bothGiven = (other: Word | undefined) =>
    other !== undefined && clearlyGiven(word, lexicon) && clearlyGiven(other, lexicon);
  // "Ioana and Yui will run the retro": a given name before "and" and a word no list holds, alone, pair two
  // people; a firm's founders are surnames the lists hold ("Graham and Wiza").
  const givenBeforeUnlisted = (other: Word | undefined) =>
    other !== undefined &&
    clearlyGiven(word, lexicon) &&
    !/^,/.test(text.slice(Math.max(0, word.start - 2), word.start).trimStart()) &&
    all[at + 3]?.capitalised !== true &&
    !lexicon.given.has(other.lower) &&
    !lexicon.surnames.has(other.lower) &&
    !unlistedWordOrName(other.lower, lexicon);
  const joinedBefore =
    previous?.capitalised === true &&
    !bothGiven(previous) &&
    !lexicon.calendar.has(previous.lower) &&
    !cues.has(previous.lower) &&
    !signOffs.has(previous.lower) &&
    // "Mama, Garrett has the school play": a family word before the comma is spoken to, no firm's name.
    !lexicon.kinship.has(bare(previous.lower)) &&
    /^, $/.test(text.slice(previous.end, word.start));
  const joinedAfter =
    next !== undefined &&
    ((/^, $/.test(text.slice(word.end, next.start)) && next.capitalised && !bothGiven(next)) ||
      (next.lower === "and" &&
        all[at + 2]?.capitalised === true &&
        !bothGiven(all[at + 2]) &&
        !givenBeforeUnlisted(all[at + 2])));
  return joinedBefore || joinedAfter;
}

/** A given name the lists know that is neither a surname, an ordinary word nor a place. */
function clearlyGiven(word: Word, lexicon: NameLexicon): boolean {
  const lower = bare(word.lower);
  return lexicon.given.has(lower) && !lexicon.ambiguous.has(lower) && !lexicon.surnames.has(lower);
}

/** The line that ends at `end` (a sign-off) is short: the sign-off is all it holds. */
// Labels of form and payment fields whose values are things, not people, in the offices' languages.
// biome-ignore format: a word list reads better packed
const fieldsWithoutPeople = new Set([
  "reference", "ref", "memo", "purpose", "description", "subject", "amount", "project", "category", "status",
  "verwendungszweck", "betreff", "zweck", "referenz", "motif", "libellé", "objet", "référence", "concepto",
  "asunto", "referencia",
  // where a card was used or a trip booked: a firm's name ("Merchant: Hilton Garden Inn")
  "merchant", "vendor", "supplier", "händler", "commerçant", "comercio", "venue", "airline", "carrier",
]);

/**
 * Whether `at` is on the line after a signature's name: the line before it is short and the one
 * before that is a sign-off ("Best,", "Un saludo,"). That line holds a role, a team or a company.
 */
function roleLineOfSignature(text: string, at: number): boolean {
  // A role sits near its line's start: look back a bounded stretch, so one long line costs no more per word.
  const lineStart = newlineWithin(text, at, maxRoleLineReach);
  if (lineStart <= 0) return false;
  const nameStart = text.lastIndexOf("\n", lineStart - 1);
  if (nameStart <= 0 || lineStart - nameStart > 48 || text.slice(nameStart + 1, lineStart).trim() === "")
    return false;
  const signOffStart = text.lastIndexOf("\n", nameStart - 1) + 1;
  if (nameStart - signOffStart > maxSignOffLineLength) return false;
  const signOff = text
    .slice(signOffStart, nameStart)
    .trim()
    .replace(/[,!.]$/, "")
    .toLowerCase();
  const lastWord = signOff.slice(signOff.lastIndexOf(" ") + 1);
  return signOffs.has(lastWord);
}

// How far back from a word its role line may start ("Teamleitung Buchhaltung und Controlling").
const maxRoleLineReach = 120;

/** The last line break in the `reach` characters before `at`, or -1 when there is none there. */
function newlineWithin(text: string, at: number, reach: number): number {
  const from = Math.max(0, at - reach);
  const found = text.slice(from, at).lastIndexOf("\n");
  return found === -1 ? -1 : from + found;
}

function shortLineEndingAt(text: string, end: number): boolean {
  const lineStart = text.lastIndexOf("\n", end - 1) + 1;
  return end - lineStart <= maxSignOffLineLength && /^[,!.]?[ \t]*\n/.test(text.slice(end, end + 4));
}

/** Nothing but the rest of a name (up to three more words, a full stop or a bang) follows on this line. */
function closesLine(text: string, end: number): boolean {
  return /^(?: \p{Lu}[\p{L}'’-]*){0,3}[ \t!.]*(?:\n|$)/u.test(text.slice(end, end + 64));
}

/** Nothing but the rest of the name (up to three more words) follows on this line, and no line after it. */
function lastLine(text: string, end: number): boolean {
  const rest = text.slice(end, end + 64);
  return /^[\p{L} .'-]{0,48}\s*$/u.test(rest) && end + 64 >= text.length;
}

/** "G." between two words, one space before it and one after its full stop. */
function isMiddleInitial(
  text: string,
  before: Word | undefined,
  initial: Word,
  after: Word | undefined,
): boolean {
  return (
    before !== undefined &&
    after !== undefined &&
    initial.end - initial.start === 1 &&
    singleSpace(text, before, initial) &&
    text.charCodeAt(initial.start) >= 65 &&
    text.charCodeAt(initial.start) <= 90 &&
    text.slice(initial.end, after.start) === ". "
  );
}

const greetings = new Set([
  "hey",
  "hi",
  "hello",
  "hiya",
  "morning",
  "thanks",
  "thx",
  "ty",
  "yo",
  "hallo",
  "hola",
  "ciao",
]);

const questionAuxiliaries = new Set(["do", "did", "can", "could", "would", "are", "have", "got", "will"]);

/**
 * "hey ella do you have 5 min?": chat is often typed in lower case. A message that opens with a
 * greeting and then a word that is only a given name (not also an ordinary word, a place or a
 * product, as "will", "may" or "june" are) names who it greets.
 */
function lowercaseNameAfterGreeting(
  text: string,
  all: readonly Word[],
  lexicon: NameLexicon,
): Span | undefined {
  const [greeting, name] = all;
  if (greeting === undefined || name === undefined || !greetings.has(greeting.lower)) return undefined;
  if (greeting.start !== text.length - text.trimStart().length) return undefined;
  if (!/^,? $/.test(text.slice(greeting.end, name.start))) return undefined;
  if (!isLowercaseWord(text, name) || name.end - name.start < 3) return undefined;
  if (!lexicon.given.has(name.lower) || lexicon.ambiguous.has(name.lower) || lexicon.common.has(name.lower)) {
    // "hey salvador do you have 5 min?": a given name that is also a place or a product, then a question
    // put to "you", is still who is greeted (an ordinary word, "hey team do you…", is not).
    const [auxiliary, you] = [all[2], all[3]];
    if (
      lexicon.given.has(name.lower) &&
      !lexicon.common.has(name.lower) &&
      !lexicon.products.has(name.lower) &&
      auxiliary !== undefined &&
      questionAuxiliaries.has(auxiliary.lower) &&
      you?.lower === "you" &&
      singleSpace(text, name, auxiliary)
    )
      return { start: name.start, end: name.end, category: "pii", detector: "person-name", score: 0.55 };
    return unlistedLowercaseName(text, all, 1, lexicon);
  }
  return { start: name.start, end: name.end, category: "pii", detector: "person-name", score: 0.6 };
}

// Verbs whose object is a person, in chat: "ask frederick", "pinging hina again", "cc joshua".
const addressingVerbs = new Set([
  "ask",
  "asked",
  "asking",
  "ping",
  "pinged",
  "pinging",
  "cc",
  "tell",
  "told",
]);

const checkingVerbs = new Set([
  "check",
  "checking",
  "checked",
  "sync",
  "syncing",
  "synced",
  "confirm",
  "confirming",
]);
const talkingVerbs = new Set([
  "talk",
  "talking",
  "talked",
  "speak",
  "speaking",
  "spoke",
  "reach",
  "reached",
  "reply",
  "write",
]);

/**
 * A lower-case word after a verb that addresses someone is a name when the lists know it as a
 * given name and as nothing else ("ask frederick about…"; not "ask around", "ping me").
 */
function lowercaseNamesAfterAddressingVerbs(
  text: string,
  all: readonly Word[],
  lexicon: NameLexicon,
): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i + 1 < all.length; i++) {
    const verb = all[i] as Word;
    const name = all[i + 1] as Word;
    // "loop in owen", "check with arjun", "talk to xiaoling": the phrasal verb addresses whoever follows its particle.
    const loopIn =
      (verb.lower === "in" && all[i - 1]?.lower === "loop") ||
      (verb.lower === "with" && checkingVerbs.has(all[i - 1]?.lower ?? "")) ||
      (verb.lower === "to" && talkingVerbs.has(all[i - 1]?.lower ?? ""));
    if (!(addressingVerbs.has(verb.lower) || loopIn) || text.slice(verb.end, name.start) !== " ") continue;
    if (!isLowercaseWord(text, name) || name.end - name.start < 3) continue;
    if (
      !lexicon.given.has(name.lower) ||
      lexicon.ambiguous.has(name.lower) ||
      lexicon.common.has(name.lower)
    ) {
      const unlisted = unlistedLowercaseName(text, all, i + 1, lexicon);
      if (unlisted !== undefined) spans.push(unlisted);
      continue;
    }
    // "loop in owen mcallister?": a lower-case word after it that is no ordinary word completes the name.
    const surname = all[i + 2];
    const end =
      surname !== undefined &&
      text.slice(name.end, surname.start) === " " &&
      isLowercaseWord(text, surname) &&
      surname.end - surname.start >= 3 &&
      !lexicon.common.has(surname.lower) &&
      !lexicon.ambiguous.has(surname.lower) &&
      !lexicon.given.has(surname.lower) &&
      // ("ask frederick asap": an abbreviation is no surname; a listed surname, or a word closing the clause, is.)
      (lexicon.surnames.has(surname.lower) || /^[?.,!;:]/.test(text.slice(surname.end, surname.end + 1)))
        ? surname.end
        : name.end;
    // "pinging uwe heßler about it": a surname before a word that goes on addressing them, as for names no list knows.
    const withSurname = unlistedLowercaseName(text, all, i + 1, lexicon);
    const fullEnd = Math.max(end, withSurname?.end ?? end);
    spans.push({ start: name.start, end: fullEnd, category: "pii", detector: "person-name", score: 0.6 });
  }
  return spans;
}

// Sites whose first path segment is a user's handle; a handle that spells a given name and a
// surname ("/maria_garcia", "/remo.williamson") names that person.
const handleHosts = [
  "twitter.com/",
  "x.com/",
  "github.com/",
  "gitlab.com/",
  "instagram.com/",
  "facebook.com/",
  "medium.com/@",
  "behance.net/",
  "dribbble.com/",
];

function namesInHandles(text: string): Span[] {
  const spans: Span[] = [];
  for (const host of handleHosts) {
    let at = text.indexOf(host);
    while (at !== -1) {
      const start = at + host.length;
      // "x.com/" inside "dropbox.com/" is not X: the host must start at a dot, a slash or the start.
      const hostStart = at === 0 || "/.@".includes(text.charAt(at - 1));
      let stop = start;
      while (stop < text.length && stop - start < 64 && !"/?#& \n\t".includes(text.charAt(stop))) stop++;
      // "edmond-m-hamann": a middle initial between given name and surname is part of the handle.
      const parts = text
        .slice(start, stop)
        .split(/[-_.]/)
        .filter((part, i, all) => !(part.length === 1 && i > 0 && i < all.length - 1));
      const [given, family] = parts;
      if (
        hostStart &&
        parts.length >= 2 &&
        parts.length <= 3 &&
        given !== undefined &&
        family !== undefined &&
        parts.every((part) => /^\p{Ll}{2,}$/u.test(part)) &&
        nameLexicon().given.has(given) &&
        !nameLexicon().common.has(family)
      ) {
        spans.push({ start, end: stop, category: "pii", detector: "person-name", score: 0.7 });
      }
      at = text.indexOf(host, start);
    }
  }
  return spans;
}

// "@fatima.zahra can you…", "review requested from @hannah-schmidt": a chat's or code host's mention whose
// handle spells a listed given name and a surname names that person (an address's "@" follows its handle).
const mentionHandle =
  /(?<![\p{L}\p{N}._%+-])@(\p{Ll}{2,20})[._-](\p{Ll}{2,24})(?![\p{L}\p{N}@/]|[._-]\p{L})/gu;

function mentionedHandles(text: string): Span[] {
  const spans: Span[] = [];
  const lexicon = nameLexicon();
  mentionHandle.lastIndex = 0;
  for (let match = mentionHandle.exec(text); match !== null; match = mentionHandle.exec(text)) {
    const given = match[1] ?? "";
    const family = match[2] ?? "";
    const listed = lexicon.given.has(given) && !lexicon.ambiguous.has(given);
    if (lexicon.common.has(family) || !(listed || unlistedDottedHandle(text, match, lexicon))) continue;
    spans.push({
      start: match.index + 1,
      end: match.index + match[0].length,
      category: "pii",
      detector: "person-name",
      score: 0.7,
    });
  }
  return spans;
}

/**
 * "@jorg.leitner PTAL", "@dohyun.baek can you approve": a mention spelled given.family names a person even when
 * no list holds the given name, as long as neither part is a word or a tool and it is no decorator ("@numba.jit"
 * stands alone on its line or before its arguments).
 */
function unlistedDottedHandle(text: string, match: RegExpExecArray, lexicon: NameLexicon): boolean {
  const [handle, given = "", family = ""] = match;
  if (handle.charAt(given.length + 1) !== "." || family.length < 3) return false;
  const end = match.index + handle.length;
  if (/^[ \t]*(?:$|\n|\()/.test(text.slice(end, end + 8)) && lineStart(text, match.index)) return false;
  if (text.charAt(end) === "(") return false;
  return [given, family].every(
    (part) =>
      !lexicon.common.has(part) &&
      !isAccountPart(part, lexicon) &&
      !greetedGroups.has(part) &&
      /[aeiouyäöüåéèáíóú]/.test(part),
  );
}

// Words of service accounts and machines' users that the word lists lack ("web.admin", "svc.backup").
// biome-ignore format: a word list reads better packed
const accountWords = new Set([
  "admin", "sysadmin", "adm", "svc", "srv", "daemon", "www", "web", "api", "app", "ci", "cd", "bot", "backup",
  "staging", "sandbox", "demo", "tmp", "temp", "runner", "localadmin", "ubuntu", "debian", "centos", "ec", "vagrant",
  // the users of images and samples ("/home/bitnami", GitHub's "@octocat")
  "bitnami", "octocat",
]);
const isAccountPart = (part: string, lexicon: NameLexicon) =>
  lexicon.products.has(part) || addressedThings.has(part) || accountWords.has(part);

// A home directory named given.family: "/home/yasmin.haddad/…", "C:\Users\till.oberlander\…".
const homeDirectory = /(?:\/home\/|\/Users\/|\\Users\\)(\p{Ll}{2,20})\.(\p{Ll}{2,24})(?=[/\\\s'"]|$)/gu;

/**
 * Company machines name home directories after their users, given.family; the family part must be no word
 * ("svc.deploy", "jenkins.agent", "shared.drive" are accounts and folders) and neither part a tool.
 */
function namesInHomeDirectories(text: string, lexicon: NameLexicon): Span[] {
  const spans: Span[] = [];
  homeDirectory.lastIndex = 0;
  for (let match = homeDirectory.exec(text); match !== null; match = homeDirectory.exec(text)) {
    const [whole, given = "", family = ""] = match;
    if (family.length < 3 || lexicon.common.has(family) || lexicon.ambiguous.has(family)) continue;
    if (isAccountPart(given, lexicon) || isAccountPart(family, lexicon)) continue;
    const end = match.index + whole.length;
    spans.push({
      start: end - given.length - family.length - 1,
      end,
      category: "pii",
      detector: "person-name",
      score: 0.7,
    });
  }
  return spans;
}

// A home directory or a mention named by an initial and a surname, in one lower-case word: "/home/aholmboe/",
// "C:\\Users\\fchowdhury\\", "cc @rwickramasinghe".
const initialledHomeDirectory = /(?:\/home\/|\/Users\/|\\Users\\)(\p{Ll}{5,21})(?=[/\\\s'"]|$)/gu;
const initialledMention = /(?<![\p{L}\p{N}._%+-])@(\p{Ll}{6,21})(?![\p{L}\p{N}@/._-])/gu;
// Parts of machines' and teams' account names that a word list may lack inside a run-together word.
const accountInside =
  /admin|user|svc|bot|dev|ops|test|prod|stage|build|deploy|backup|team|guest|root|service|support/;
// How tools' and firms' handles end ("@coderabbitai", "@sveltejs", "@codecov").
const toolEnding = /(?:ai|hq|app|io|js|cov|ci|ify|ly|labs?)$/;
const minUnlistedSurnameLength = 6;
const minWordEndingLength = 4;

/** "tensorflow", "syncthing": a run-together name whose end is an English word is a tool's. */
function endsInWord(lower: string, lexicon: NameLexicon): boolean {
  for (let k = minWordEndingLength; k < lower.length; k++)
    if (lexicon.common.has(lower.slice(-k))) return true;
  return false;
}

/**
 * Company machines and chat handles name people by their initial and surname run together. The whole must be no
 * word, tool, listed given name or account, and the rest a listed surname, or a word no list knows that is no
 * compound of words.
 */
function initialAndSurname(account: string, lexicon: NameLexicon): boolean {
  if (
    lexicon.common.has(account) ||
    lexicon.ambiguous.has(account) ||
    lexicon.given.has(account) ||
    lexicon.surnames.has(account) ||
    isAccountPart(account, lexicon) ||
    accountInside.test(account) ||
    derivedWord(account, lexicon)
  )
    return false;
  const surname = account.slice(1);
  if (lexicon.common.has(surname) || lexicon.ambiguous.has(surname) || isAccountPart(surname, lexicon))
    return false;
  if (lexicon.surnames.has(surname)) return true;
  return (
    surname.length >= minUnlistedSurnameLength &&
    !lexicon.given.has(surname) &&
    !derivedWord(surname, lexicon) &&
    !endsInWord(account, lexicon) &&
    !toolEnding.test(account) &&
    /[aeiouy]/.test(surname)
  );
}

// A mention spoken to: at a message's start before its words, or after "cc" or "ping" ("cc @bvautrin can you…").
const mentionAddressed = /(?:^|\n|(?<![\p{L}])(?:cc|cc:|ping|ask|thanks|ty|with))[ \t]*$/iu;
// ("@halvard:registry=…" is an npm scope's line of a config, not a mention.)
const wordsAfterMention = /^[,:]?[ \t]+\p{Ll}/u;

function addressedMention(text: string, start: number, end: number): boolean {
  return (
    mentionAddressed.test(text.slice(Math.max(0, start - 10), start)) &&
    wordsAfterMention.test(text.slice(end, end + 3))
  );
}

function initialledAccounts(text: string, pattern: RegExp, lexicon: NameLexicon): Span[] {
  const spans: Span[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const account = match[1] ?? "";
    const end = match.index + match[0].length;
    if (pattern === initialledMention && !addressedMention(text, match.index, end)) continue;
    if (!initialAndSurname(account, lexicon)) continue;
    spans.push({ start: end - account.length, end, category: "pii", detector: "person-name", score: 0.6 });
  }
  return spans;
}

function hasNonAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return true;
  return false;
}

// Greetings that open a message addressed to one person ("Hi Till,", "Salut Destiny —").
// biome-ignore format: a word list reads better packed
const openingGreetings = new Set([
  "hi", "hey", "hello", "hiya", "morning", "dear", "hallo", "hola", "ciao", "salut", "bonjour", "hej", "moin",
  "servus", "olá", "oi", "cześć", "dzień", "goedemorgen", "hoi", "ty", "thanks", "thx", "cheers", "congrats",
]);
// Who a greeting may address that is not a person: a group, everyone, the assistant.
// biome-ignore format: a word list reads better packed
const greetedGroups = new Set([
  "all", "team", "everyone", "everybody", "folks", "guys", "there", "both", "again", "friends", "people",
  "world", "gang", "squad", "crew", "y'all", "you", "siri", "alexa", "zusammen", "tous", "todos", "ragazzi",
  "allemaal", "alle", "wszystkim",
]);

/** The message opens with a greeting, then this one capitalised word, then a comma, "!" or a dash. */
function greetedByName(text: string, all: readonly Word[], at: number): boolean {
  const greeting = all[at - 1];
  const word = all[at];
  if (at !== 1 || greeting === undefined || word === undefined) return false;
  if (!openingGreetings.has(greeting.lower) || greetedGroups.has(word.lower)) return false;
  if (text.slice(0, greeting.start).trim() !== "" || text.slice(greeting.end, word.start) !== " ")
    return false;
  return /^ ?[,!—–-]/.test(text.slice(word.end, word.end + 3));
}

// biome-ignore format: a word list reads better packed
const speechVerbs = new Set([
  "said", "says", "asked", "asks", "told", "texted", "messaged", "mentioned", "replied", "wrote", "emailed",
  "called", "rang", "promised", "reckons", "insists", "swears",
]);
// An opening quote at a line's start or after a colon or a space: a quoted message begins.
const quotedMessageOpening = /(?:^|[\s:])["“„«]$/u;
const pairedWithWriter = /^ (?:and|&) (?:I|me)(?![\p{L}])/u;
const writerPairedWith = /(?:^|[^\p{L}])(?:me|I) and $/u;
const spokenToAfter =
  /^, (?:you|your|you're|you've|you'll|can|could|would|please|thanks|thank|are|do|did|have|welcome|congrats|so sorry|just so you know)(?![\p{L}'])/iu;
// What follows a word no list knows that opens a message and is spoken to: the words above, or the writer's
// own news for that person ("Abebe, my private number for the weekend: …", "Chukwuemeka, so sorry about your dad").
const spokenToUnlistedAfter =
  /^, (?:you|your|you're|you've|you'll|can|could|would|please|thanks|thank|are|do|did|have|welcome|congrats|so sorry|sorry|just so you know|my|here's|here is|quick question|heads up)(?![\p{L}'])/iu;
// Interjections no list holds that open a message before a comma ("Welp, my laptop died", "Hehe, you wish").
// biome-ignore format: a word list reads better packed
const interjections = new Set([
  "welp", "hehe", "haha", "ahaha", "hahaha", "woohoo", "lmao", "lmfao", "rofl", "argh", "yikes", "sheesh", "whew",
  "phew", "yass", "yasss", "ngl", "tbh", "imho", "fwiw", "afaik", "iirc", "ooops", "uhh", "umm", "ehh", "aah",
]);
const minSpokenToLength = 4;
const drawnOut = /(\p{L})\1$/u;
// What people call those they speak to that is no name, though lists hold some as names ("Honey, can you …").
// biome-ignore format: a word list reads better packed
const termsOfAddress = new Set([
  "honey", "babe", "baby", "darling", "sweetie", "sweetheart", "love", "dear", "mate", "buddy", "pal", "hun",
  "sugar", "angel", "boss", "sir", "madam", "doc", "chief", "champ", "kiddo", "folks", "guys", "team", "all",
]);
const maxOpeningWords = 3;

/**
 * The word at `at` is paired with the writer ("Summer and I", "me and Jack") or spoken to: opening the
 * message before ", you…" ("Grace, your temporary password is …"), or after a short opening and a comma,
 * ending it or its clause ("Good catch, Hope!", "Welcome aboard, Faith, appreciated").
 */
function addressedOrPaired(text: string, all: readonly Word[], at: number): boolean {
  const word = all[at] as Word;
  if (termsOfAddress.has(word.lower)) return false;
  const after = text.slice(word.end, word.end + 12);
  if (
    pairedWithWriter.test(after) ||
    writerPairedWith.test(text.slice(Math.max(0, word.start - 9), word.start))
  )
    return true;
  if (at === 0) return spokenToAfter.test(after);
  if (text.slice(word.start - 2, word.start) !== ", " || !/^(?:[!.]|,|\s*$)/u.test(after)) return false;
  const opening = all[at - 1] as Word;
  let count = 0;
  for (let i = at - 1; i >= 0 && count <= maxOpeningWords; i--, count++) {
    const previous = all[i] as Word;
    if (i < at - 1 && !/^ $/.test(text.slice(previous.end, (all[i + 1] as Word).start))) return false;
    if (lineStart(text, previous.start)) return count < maxOpeningWords && opening.end === word.start - 2;
  }
  return false;
}

/** The next word, one space on, is capitalised and known as a surname or as nothing at all. */
const englishNounEnding = /(?:ator|izer|iser|ment|tion|sion|ness|ity|ism|ology|ware|ship|hood)$/;

/**
 * "Saga Lindahl", "Till Oberländer", "Mere Ngata": after another country's given name that is also an English
 * word, a capitalised word that no list holds as a word, a place, a product or a day is that person's surname,
 * when the name ends there.
 */
function surnameNoListKnows(text: string, all: readonly Word[], at: number, lexicon: NameLexicon): boolean {
  const word = all[at] as Word;
  const next = all[at + 1];
  if (
    next === undefined ||
    !singleSpace(text, word, next) ||
    !isNameShaped(text, next) ||
    endsWithPossessive(word.lower)
  )
    return false;
  const lower = bare(next.lower);
  const after = all[at + 2];
  return (
    // "Milan Malpensa": after a town, its airport; "Tomo Sintrom, así que …": a word of the offices' other
    // languages ("tomo", I take) opens a sentence there.
    !lexicon.ambiguous.has(bare(word.lower)) &&
    !lexicon.otherLanguageWords.has(bare(word.lower)) &&
    // "Saga Orchestrator", "Mere Christianity": an English noun's ending makes a thing's name.
    !englishNounEnding.test(lower) &&
    !lexicon.common.has(lower) &&
    !lexicon.ambiguous.has(lower) &&
    !lexicon.products.has(lower) &&
    !lexicon.calendar.has(lower) &&
    !lexicon.kinship.has(lower) &&
    !placeFollowers.has(lower) &&
    !derivedWord(lower, lexicon) &&
    !germanNoun(lower) &&
    !romanceNoun(lower, lexicon) &&
    !(after !== undefined && singleSpace(text, next, after) && after.capitalised)
  );
}

function unlistedSurnameAfter(text: string, all: readonly Word[], at: number, lexicon: NameLexicon): boolean {
  const word = all[at];
  const next = all[at + 1];
  if (word === undefined || next === undefined || !singleSpace(text, word, next) || !isNameShaped(text, next))
    return false;
  const lower = bare(next.lower);
  // "hey, Meine Oma ist …": a family word is no surname.
  if (lexicon.kinship.has(lower)) return false;
  return lexicon.surnames.has(lower) || !(lexicon.common.has(lower) || lexicon.ambiguous.has(lower));
}

/** "Dear M. Esposito": French writes Monsieur as "M." before a surname. */
function frenchInitialHonorific(text: string, previous: Word | undefined, word: Word): boolean {
  return (
    previous !== undefined &&
    previous.end - previous.start === 1 &&
    text.charAt(previous.start) === "M" &&
    text.slice(previous.end, word.start) === ". " &&
    (previous.start === 0 || !isWordCode(text.charCodeAt(previous.start - 1)))
  );
}

// "love you Kavya", "miss you Linh", "thank you Ana".
const endearments = new Set(["love", "miss", "thank", "luv"]);

// Scripts without capitals, in which a name cannot be told by its first letter: Han, kana, Hangul,
// Hebrew, Arabic, Thaana, Thai, Lao, Khmer, Myanmar, the Indic scripts (Devanagari, Bengali, Gurmukhi,
// Gujarati, Tamil, Telugu, Kannada, Malayalam, Sinhala), Georgian, Ethiopic. Their vowel signs are marks
// inside the word, as are the zero-width joiners of Persian.
const uncasedLetter =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Thaana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Georgian}\p{Script=Ethiopic}][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Thaana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Georgian}\p{Script=Ethiopic}\p{M}\u30fc\u200c\u200d]*$/u;
// (The katakana long-vowel mark "ー" belongs to no one script, but only continues kana: "ピーター".)
const maxUncasedWordLength = 12;
// Georgian surnames run long ("ცალუღელაშვილი"); Thai, written without spaces, keeps the shorter bound.
const maxSpacedUncasedWordLength = 18;
const spacedUncasedScript = /^[\p{Script=Georgian}\p{Script=Ethiopic}]/u;

function isUncasedWord(text: string, word: Word | undefined): word is Word {
  if (word === undefined) return false;
  const length = word.end - word.start;
  if (length > maxSpacedUncasedWordLength) return false;
  // "陽大's salary", "תפארת's wedding": an English possessive after the name.
  const value = withoutPossessive(text.slice(word.start, word.end));
  return (length <= maxUncasedWordLength || spacedUncasedScript.test(value)) && uncasedLetter.test(value);
}

/**
 * A name in a script without capitals ("美香 横井", "תום תבורי", "혜원 송") is one where a cased name would
 * be: after a greeting or a strong cue, before a chat title's app or "(DM)", "(Host)", "starts a",
 * "'s", or alone on the first line of a title.
 */
function uncasedNamesInContext(text: string, all: readonly Word[], lexicon: NameLexicon): Span[] {
  const spans: Span[] = [];
  const lines = peopleListLines(text);
  for (let i = 0; i < all.length; i++) {
    const first = all[i];
    // "שלום דנה", "مرحبا أحمد": a greeting in the same script is the cue, not the name's first part.
    if (!isUncasedWord(text, first) || cues.has(first.lower)) continue;
    let last = i;
    while (
      last - i < 2 &&
      isUncasedWord(text, all[last + 1]) &&
      (singleSpace(text, all[last], all[last + 1] as Word) || katakanaJoin(text, all[last], all[last + 1]))
    )
      last++;
    // "hey, मेरी शादी तय हो गई है", "hey, 彼女と別れた…": a run that goes on in its script past a name's three
    // words, or a Han or kana word longer than a name's part, is a sentence; skip the whole of it.
    if (
      (last - i === 2 &&
        isUncasedWord(text, all[last + 1]) &&
        singleSpace(text, all[last], all[last + 1] as Word)) ||
      !shortUncasedName(text, all, i, last)
    ) {
      while (isUncasedWord(text, all[last + 1]) && singleSpace(text, all[last], all[last + 1] as Word))
        last++;
      i = last;
      continue;
    }
    // "पूजा Bishop", "Sky ढकाल": a name written half in a script without capitals and half in Latin
    // letters: a listed given name before, or after it a listed name or a capitalised word no list knows.
    const before = all[i - 1];
    const next = all[last + 1];
    const givenBefore =
      before !== undefined &&
      singleSpace(text, before, first) &&
      isNameShaped(text, before) &&
      !cues.has(before.lower) &&
      !honorifics.has(before.lower) &&
      lexicon.given.has(before.lower) &&
      !lexicon.products.has(before.lower);
    const surnameAfter =
      next !== undefined &&
      singleSpace(text, all[last], next) &&
      isNameShaped(text, next) &&
      castName(next, lexicon);
    const from = givenBefore ? i - 1 : i;
    if (surnameAfter) last++;
    const end = (all[last] as Word).end;
    if (givenBefore || surnameAfter) {
      spans.push({
        start: (all[from] as Word).start,
        end: trimPossessive(text, first.start, end),
        category: "pii",
        detector: "person-name",
        score: 0.7,
      });
      i = last;
      continue;
    }
    const previous = all[i - 1];
    const gap = previous === undefined ? text.slice(0, first.start) : text.slice(previous.end, first.start);
    const after = text.slice(end, end + 16);
    const cued =
      previous !== undefined &&
      gap.length <= 4 &&
      !gap.includes("\n") &&
      (cues.has(previous.lower) ||
        uncasedCues.has(previous.lower) ||
        honorifics.has(previous.lower) ||
        openingGreetings.has(previous.lower) ||
        (previous.lower === "you" && endearments.has(all[i - 2]?.lower ?? "")) ||
        (previous.lower === "w" && gap === "/ ") ||
        (personLabels.has(previous.lower) && /^[ \t]*[:：][ \t]*$/.test(gap)) ||
        (linkingWords.has(previous.lower) && leadsToPerson.has(all[i - 2]?.lower ?? "")) ||
        (ofWords.has(previous.lower) && actsOnPerson.has(all[i - 2]?.lower ?? "")) ||
        /^[ \t]*[|/][ \t]*$/.test(gap));
    // "Hi राहुल,", "Termination of عمائم میمن", "Formal warning issued to ชวโรจน์": what cues a cased name cues this one.
    const strong = cueBefore(text, all, i) === "strong";
    // "Attendees: Yannick Roux, عادل الحق, Anne-Sophie Roux": every item of a list of people.
    const listed = /^, ?$/.test(gap) && lines.listsPeople(first.start);
    // "陽大's salary": the possessive is inside the last word.
    const possessive = endsWithPossessive(text.slice(first.start, end));
    const labelled =
      chatTitleAfter(text, end) ||
      (shortUncasedName(text, all, i, last) &&
        (/^(?:\t|[ \t]*\n[ \t]*\d{1,2}:\d{2})/.test(after) ||
          (lineStart(text, first.start) && /^[ \t]*(?:\n|$)/.test(after)))) ||
      /^ (?:takes|from|since|for|covers|wrote|owns|leads|approved|goes)\b/.test(after) ||
      /^ ?\((?:dm|host|co-host|you|me|guest|organi[sz]er|partner|spouse|wife|husband|mother|father|brother|sister|son|daughter)\)/i.test(
        after,
      ) ||
      /^(?:['’]s|(?: \/ | starts | is | has | will | joined | replied| commented| shared | approved | requested | reviewed | mentioned | invited ))/.test(
        after,
      ) ||
      /^ ?[-–—|]/.test(after) ||
      // "Contract of employment – राहुल वर्मा.pdf", "이서연,seoyeon.lee@…": a document named after them, a CSV row's address.
      /^\.(?:pdf|docx?|xlsx?|odt)\b|^,[\w.+-]{1,64}@/.test(after) ||
      possessive;
    // "ชวโรจน์ โรจนกุล: Needs improvement": a given name and a surname opening a line before a colon, as in a transcript.
    const transcript = last > i && lineStart(text, first.start) && text.charAt(end) === ":";
    // "ომარ, just so you know", "\"सन्तोष, the report is late\"": opening a message in English, it addresses someone.
    // (Not Han: a two-character word before a comma is as often a word as a name.)
    const addressed =
      (lineStart(text, first.start) || /["“«]$/.test(gap)) &&
      /^, [a-z]{2}/.test(after) &&
      !hanLike.test(text.charAt(first.start));
    if (
      cued ||
      strong ||
      transcript ||
      addressed ||
      listed ||
      embeddedInLatinSentence(text, all, i, last) ||
      (labelled && (lineStart(text, first.start) || /(?:[|/–—-]|:) ?$/.test(gap)))
    ) {
      spans.push({
        start: first.start,
        end: trimPossessive(text, first.start, end),
        category: "pii",
        detector: "person-name",
        score: 0.7,
      });
    }
    i = last;
  }
  return spans;
}

// Words that say a run in another script is a word being talked about, not a person: "what does
// ありがとう ございます mean", "translate …", "the word …", "say …".
// biome-ignore format: a word list reads better packed
const talkAboutWords = new Set([
  "mean", "means", "meaning", "translate", "translates", "translated", "translation", "word", "words", "phrase",
  "say", "says", "said", "spell", "spelled", "spelt", "pronounce", "pronounced", "write", "writes", "written",
  "called", "character", "characters", "kanji", "script", "font", "glyph", "glyphs", "string", "text", "label",
  "heißt", "bedeutet", "veut", "dire", "significa", "signifie", "übersetze", "traduce", "traduis", "traduire",
  // signs, menus and brands quoted in their own script ("the sign reads …", "the menu has …")
  "reads", "read", "sign", "menu", "dish", "dishes", "logo", "brand", "restaurant", "shop", "order", "ordered",
]);
const latinWord = /^\p{Script=Latin}[\p{Script=Latin}'’-]*$/u;

/**
 * "can สมชาย ทองดี take the 2pm", "ab Montag verstärkt たなか ゆい unser Team", "Te paso el contacto de
 * სალი ზუბიაშვილი, de compras": two or three short words in a script without capitals, set inside a
 * sentence of Latin letters (a Latin word right before and right after, a comma allowed), are a name: a
 * writer of English, German or Spanish switches script only for what has no Latin spelling of their own,
 * and in work mail and chat that is a person. Not when the sentence is about words ("what does … mean").
 */
function embeddedInLatinSentence(text: string, all: readonly Word[], from: number, to: number): boolean {
  if (to === from) return false;
  const before = all[from - 1];
  const after = all[to + 1];
  if (before === undefined || after === undefined) return false;
  const first = all[from] as Word;
  const last = all[to] as Word;
  if (!/^[ \t]{1,2}$|^: $/.test(text.slice(before.end, first.start))) return false;
  if (!/^,? $/.test(text.slice(last.end, after.start))) return false;
  if (
    !latinWord.test(text.slice(before.start, before.end)) ||
    !latinWord.test(text.slice(after.start, after.end))
  )
    return false;
  const nearby = [all[from - 3], all[from - 2], before, after, all[to + 2], all[to + 3]];
  return !nearby.some((word) => word !== undefined && talkAboutWords.has(word.lower));
}

// Japanese, Chinese and Korean put the honorific after the name: "田中さん", "高橋 美咲様", "マリア・ガルシアさん",
// "王先生", "李女士", "서연 씨". The name is a short run of Han (a surname, a space, a given name), of katakana
// (joined by a middle dot) or of hiragana words standing apart; after a Japanese honorific no Han may
// continue ("氏名" is "full name", "様々" "various", "様式" "format"), while Chinese runs on without spaces.
const honorificSuffixGate = /さん|様|さま|くん|ちゃん|氏|先生|女士|小姐|씨/u;
const beforeHonorificSuffix =
  /(?<![\p{Script=Han}\p{Script=Katakana}ー])((?:\p{Script=Han}{1,3}[ 　])?\p{Script=Han}{1,4}|\p{Script=Katakana}[\p{Script=Katakana}ー]{1,9}(?:[・･]\p{Script=Katakana}[\p{Script=Katakana}ー]{1,9})?|(?<![\p{Script=Hiragana}])(?:\p{Script=Han}{1,3}[ 　]|\p{Script=Hiragana}{2,4}[ 　])?\p{Script=Hiragana}{2,4}|(?<![\p{Script=Hangul}])\p{Script=Hangul}{2,4})[ 　]?((?:さん|様|さま|くん|ちゃん|氏|씨)(?![\p{Script=Han}々])|先生|女士|小姐)/gu;
// Words that take the same honorifics without being names: everyone, customers, family, gods, shops
// ("本屋さん"), trades and roles ("営業さん", "デザイナーさん"), set phrases ("お疲れ様", "ご苦労様", "仕様"),
// Chinese pronouns ("我先生", my husband) and Korean "uncle" and "miss".
// biome-ignore format: a word list reads better packed
const notNamesBeforeHonorifics = new Set([
  "皆", "みな", "みんな", "客", "奥", "神", "仏", "殿", "貴", "彼", "父", "母", "兄", "姉", "娘", "嫁", "婆", "爺",
  "隣", "赤", "坊", "王様", "我", "你", "他", "她", "仕", "同", "模", "多", "異", "一", "有", "左", "苦労", "世話",
  "馳走", "店員", "大家", "社長", "部長", "課長", "先生", "患者", "担当", "担当者", "旦那", "息子", "叔母",
  "叔父", "伯母", "伯父", "運転手", "先輩", "後輩", "上司", "同僚", "医者", "警察", "相手", "家族", "子供",
  "営業", "事務", "大工", "看護師", "駅員", "お客", "お父", "お母", "お兄", "お姉", "おばあ", "おじい", "おば",
  "おじ", "ねえ", "にい", "あかちゃん", "ユーザー", "デザイナー", "エンジニア", "ライター", "カメラマン",
  "パートナー", "ベンダー", "クライアント", "メンバー", "スタッフ", "リーダー", "マネージャー", "サポート",
  "オーナー", "ゲスト", "アジャ", "아저", "아가", "同様", "仕様", "模様", "多様", "異様", "一様", "有様", "皆様",
]);

function namesBeforeHonorificSuffixes(text: string): Span[] {
  const spans: Span[] = [];
  beforeHonorificSuffix.lastIndex = 0;
  for (
    let match = beforeHonorificSuffix.exec(text);
    match !== null;
    match = beforeHonorificSuffix.exec(text)
  ) {
    const name = match[1] ?? "";
    const stem = name.replace(/^.*[ 　]/u, "");
    if (
      notNamesBeforeHonorifics.has(name) ||
      notNamesBeforeHonorifics.has(stem) ||
      notNamesBeforeHonorifics.has(`${name}${match[2] ?? ""}`) ||
      /屋$/u.test(name)
    )
      continue;
    spans.push({
      start: match.index,
      end: match.index + name.length,
      category: "pii",
      detector: "person-name",
      score: 0.8,
    });
  }
  return spans;
}

// "5c1f45de (Jean-Baptiste Weiß 2026-09-15 332)": git blame's author before the date;
/**
 * "cc D. Forsberg for the review", "ask Á. Bergström": after a strong cue, an initial, its full stop and a
 * capitalised word the lists do not call an ordinary word are a person written with the initial of their
 * given name.
 */
function initialledNames(text: string, all: readonly Word[], lexicon: NameLexicon): Span[] {
  const spans: Span[] = [];
  for (let i = 1; i + 1 < all.length; i++) {
    const initial = all[i] as Word;
    if (initial.end - initial.start !== 1 || text.charAt(initial.end) !== ".") continue;
    const letter = text.charAt(initial.start);
    if (letter === letter.toLowerCase()) continue;
    const surname = all[i + 1] as Word;
    if (!/^\. ?$/.test(text.slice(initial.end, surname.start)) || !isNameShaped(text, surname)) continue;
    const lower = bare(surname.lower);
    if (lexicon.common.has(lower) && !lexicon.surnames.has(lower)) continue;
    if (lexicon.calendar.has(lower) || lexicon.products.has(lower)) continue;
    // ("Dear M. Esposito": French writes Monsieur as "M.", an honorific and no initial.)
    if (cueBefore(text, all, i) !== "strong" || frenchInitialHonorific(text, initial, surname)) continue;
    spans.push({
      start: initial.start,
      end: trimPossessive(text, initial.start, surname.end),
      category: "pii",
      detector: "person-name",
      score: 0.7,
    });
  }
  return spans;
}

// A chat transcript copied from a messenger's web page: the speaker's name alone on a line, the time under it.
const transcriptSpeaker =
  /(?:^|\n)[ \t]{0,4}(\p{Lu}[\p{L}'’-]{1,30}(?: \p{Lu}[\p{L}'’-]{1,30}){0,2})[ \t]{0,4}\n[ \t]{0,4}\d{1,2}:\d{2}(?: ?[AaPp]\.?[Mm]\.?)?[ \t]{0,4}(?=\n)/gu;
// Who stands over a message in such a transcript without being a person.
const notSpeakers = new Set([
  "you",
  "me",
  "du",
  "vous",
  "tú",
  "tu",
  "ich",
  "moi",
  "yo",
  "today",
  "yesterday",
  "heute",
  "gestern",
]);

/**
 * "Ilaria\n16:39\nare you still coming?\nÁlvaro\n21:52\nyes": a line holding only a name with a clock
 * time on the next line heads a message of a chat transcript, and the name is its speaker's. A word the
 * name lists know only as a word or a product counts when two speakers head the transcript.
 */
function speakersOfTranscripts(text: string, lexicon: NameLexicon): Span[] {
  const found: Span[] = [];
  let headers = 0;
  transcriptSpeaker.lastIndex = 0;
  for (let match = transcriptSpeaker.exec(text); match !== null; match = transcriptSpeaker.exec(text)) {
    headers++;
    const name = match[1] ?? "";
    const lower = bare(name.toLowerCase());
    if (notSpeakers.has(lower) || lexicon.calendar.has(lower) || lexicon.products.has(lower)) continue;
    const start = match.index + match[0].indexOf(name);
    const listed =
      name.includes(" ") ||
      lexicon.given.has(lower) ||
      lexicon.surnames.has(lower) ||
      lexicon.givenAlsoWords.has(lower) ||
      !lexicon.common.has(lower);
    found.push({
      start,
      end: start + name.length,
      category: "pii",
      detector: "person-name",
      score: listed ? 0.75 : 0.55,
    });
  }
  return headers >= 2 ? found : found.filter((span) => span.score > 0.6);
}

// How many names found once are looked for again, and how long a text is searched for them.
const maxRepeatedNames = 16;
const maxRepeatSearch = 20_000;
// How many repeats are added at most: each is checked against the spans found, so the work stays bounded.
const maxRepeats = 64;

/**
 * "Attendees: Ana Ruiz, Ginevra … – Ginevra to confirm the dates": a name found once is the same person
 * wherever else the text writes it, with the same capitals and as a whole word, though no cue stands
 * before it there. One indexOf walk per name found, over at most the first 20 000 characters.
 */
function repeatedMentions(text: string, spans: readonly Span[]): Span[] {
  const named = new Set<string>();
  for (const span of spans) {
    if (span.detector !== "person-name" || span.score < reportThreshold) continue;
    const name = text.slice(span.start, span.end);
    if (name.length >= 3 && /^\p{Lu}/u.test(name)) named.add(name);
    if (named.size >= maxRepeatedNames) break;
  }
  if (named.size === 0) return [];
  const covered = (start: number, end: number) => spans.some((span) => span.start < end && start < span.end);
  const repeats: Span[] = [];
  const searched = text.slice(0, maxRepeatSearch);
  for (const name of named) {
    for (let at = searched.indexOf(name); at >= 0; at = searched.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (isLetterOrDigit(text, at - 1) || isLetterOrDigit(text, end)) continue;
      if (covered(at, end) || repeats.some((span) => span.start < end && at < span.end)) continue;
      repeats.push({ start: at, end, category: "pii", detector: "person-name", score: 0.6 });
      if (repeats.length >= maxRepeats) return repeats;
    }
  }
  return repeats;
}

function isLetterOrDigit(text: string, at: number): boolean {
  return at >= 0 && at < text.length && /[\p{L}\p{N}]/u.test(text.charAt(at));
}

// "Author: Milan Koprivec <milank@…>": git log's. Both in code editors and terminals alike.
const blameAuthor =
  /\((\p{Lu}[\p{L}'’.-]{0,30}(?: (?:\p{Lu}[\p{L}'’.-]{0,30}|van|von|der|den|de|da|dos|del|bint|bin|ibn|al|el|la|le|ter|ten)){0,4}) \d{4}-\d{2}-\d{2}(?: \d{2}:\d{2}:\d{2} [+-]\d{4})? {1,4}\d{1,6}\)/gu;
const logAuthor = /(?:^|\n)[ \t]{0,8}Author:[ \t]{1,4}(\p{L}[\p{L}'’. -]{1,60}?) <[^>\n]{1,100}>/gu;
// One-line logs that print the author after a short hash: "fa91aa2 (HEAD -> main) Rework export - Joost
// Kuipers" (`--format='%h %s - %an'`) and "fa91aa2 - Joost Kuipers, 3 days ago : Rework export" (`%h - %an, %ar : %s`).
const authorName = String.raw`(\p{Lu}[\p{L}'’.-]{0,30}(?: (?:\p{Lu}[\p{L}'’.-]{0,30}|van|von|der|den|de|da|dos|del|ter|ten)){1,3})`;
const shortHash = String.raw`(?:^|\n)(?=[a-f]{0,11}\d)[0-9a-f]{7,12}`;
const onelineAuthorLast = new RegExp(
  String.raw`${shortHash} [^\n]{1,160}? - ${authorName}[ \t]*(?=\n|$)`,
  "gu",
);
const onelineAuthorFirst = new RegExp(
  String.raw`${shortHash} - ${authorName}, \d{1,3} [a-z]{3,7} ago\b`,
  "gu",
);

function authorsOfCommits(text: string, lexicon: NameLexicon): Span[] {
  const spans: Span[] = [];
  const patterns = [blameAuthor, logAuthor];
  if (text.includes(" - ")) patterns.push(onelineAuthorLast, onelineAuthorFirst);
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      const name = match[1] ?? "";
      const start = match.index + match[0].indexOf(name);
      if (!name.includes(" ") && pattern === logAuthor) continue;
      // "1a2b3c4 Deploy to prod - Blue Green": a subject's own dash before ordinary words names no author.
      if (
        (pattern === onelineAuthorLast || pattern === onelineAuthorFirst) &&
        name.split(" ").every((part) => isCommonWord(bare(part.toLowerCase()), lexicon))
      )
        continue;
      spans.push({ start, end: start + name.length, category: "pii", detector: "person-name", score: 0.8 });
    }
  }
  return spans;
}

// "1:1 Aylin / Merijn - Meeting", "Sync Vikram / Destiny Washington - Microsoft Teams", "Gespräch Lindqvist /
// Bosman - Google Calendar": a meeting title names its two people on either side of a slash.
const meetingTitle =
  /^(?:(?:meet|zoom|teams|calendar|google meet|webex) [-–—|] )?(?:(?:updated )?invitation: |accepted: |declined: |tentatively accepted: |einladung: |invitación: |invito: |uitnodiging: )?(?:1:1|1-1|1on1|1-on-1|one-on-one|sync|catch-?up|check-?in|coffee|chat|call|intro|gespräch|entretien|reunión|riunione|overleg|gesprek)\b[ :–—-]{1,3}([^/\n]{2,48}) \/ ([^\n@]{2,48}?)(?: @ [^\n]{1,100}| [-–—|] [^\n]{1,60})?$/iu;
// "Aino / Guy 1:1 - Event", "Friederike / Mark weekly - Meeting": the same with the meeting's word after the names,
// maybe after a dash and before its length ("Maialen / Annika – catch-up (30 min)").
const meetingTitleNamesFirst =
  /^([^/\n]{2,48}) \/ ([^\n]{2,48}?) (?:[-–—] )?(?:1:1|1-1|1on1|1-on-1|one-on-one|sync|weekly|biweekly|monthly|catch-?up|check-?in|coffee|chat|call|intro|gespräch|entretien|reunión|riunione|overleg|gesprek)(?: \(\d{1,3} ?min\))?(?: [-–—|] [^\n]{1,60})?$/iu;
const titleName =
  /^(?:\p{Lu}[\p{L}'’-]{0,30}|\p{Script=Han}{1,4}|\p{Script=Hangul}{1,4}|\p{Script=Hebrew}{2,12}|\p{Script=Arabic}{2,12}|van|von|der|den|de|da|bin|bint|al|el|la|le)(?: (?:\p{Lu}[\p{L}'’-]{0,30}|\p{Script=Han}{1,4}|\p{Script=Hangul}{1,4}|\p{Script=Hebrew}{2,12}|\p{Script=Arabic}{2,12}|van|von|der|den|de|da|bin|bint|al|el|la|le)){0,3}$/u;
const maxMeetingTitleLength = 160;

function namesInMeetingTitles(text: string, lexicon: NameLexicon): Span[] {
  if (text.length > maxMeetingTitleLength) return [];
  let match = meetingTitle.exec(text);
  if (match === null) {
    // With the names first, nothing before them says it is a meeting: a listed given name on one side must,
    // and an ordinary word on either side says it is teams ("Design / Eng weekly").
    match = meetingTitleNamesFirst.exec(text);
    if (match === null) return [];
    const sides = [match[1] ?? "", match[2] ?? ""].map((side) => side.trim().toLowerCase().split(" "));
    const ordinary = sides.some((words) =>
      words.some(
        (word) => lexicon.common.has(word) && !lexicon.given.has(word) && !lexicon.surnames.has(word),
      ),
    );
    if (ordinary || !sides.some((words) => lexicon.given.has(words[0] ?? ""))) return [];
  }
  const spans: Span[] = [];
  let from = 0;
  for (const side of [match[1] ?? "", match[2] ?? ""]) {
    const name = side.trim();
    const start = text.indexOf(name, from);
    from = start + name.length;
    if (name === "" || start < 0 || !titleName.test(name)) continue;
    spans.push({ start, end: start + name.length, category: "pii", detector: "person-name", score: 0.75 });
  }
  return spans;
}

/** An email address in brackets follows the word: "Aurora Kouba (aurora.kouba@…)", "<milank@…>". */
// What a person has that a thing does not: people, a desk, a shift, a leave, a review, a family event.
// biome-ignore format: a word list reads better packed
const ownedByPerson = new Set([
  "manager", "team", "boss", "desk", "shift", "shifts", "leave", "review", "reviews", "laptop", "flight",
  "wedding", "birthday", "funeral", "mum", "mom", "dad", "wife", "husband", "partner", "kids", "son",
  "daughter", "calendar", "inbox", "replacement", "backfill", "salary", "bonus", "offer", "last", "1:1",
  "one-on-one", "appointment", "surgery", "doctor", "number", "address", "email", "phone", "visa", "contract",
  "onboarding", "farewell", "leaving", "promotion",
]);

/**
 * "can you ask priya's manager", "i'll cover tomasz's shift": in lower-case chat a possessive of a word
 * that is only a given name, before something only a person has, names that person.
 */
function lowercaseOwners(text: string, all: readonly Word[], lexicon: NameLexicon): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i + 1 < all.length; i++) {
    const word = all[i] as Word;
    if (!word.lower.endsWith("'s") || !isLowercaseWord(text, word)) continue;
    const owner = word.lower.slice(0, -2);
    if (
      owner.length < 3 ||
      !lexicon.given.has(owner) ||
      lexicon.ambiguous.has(owner) ||
      lexicon.common.has(owner) ||
      !ownedByPerson.has(all[i + 1]?.lower ?? "")
    )
      continue;
    spans.push({
      start: word.start,
      end: word.end - 2,
      category: "pii",
      detector: "person-name",
      score: 0.55,
    });
  }
  return spans;
}

// Words said to someone in a message that ends with their name: "sorry about last night Tariq".
const saidToSomeone = new Set(["you", "sorry", "thanks", "thank", "love", "miss", "congrats", "ty", "thx"]);
// Words after which a capitalised word is a thing or a place, not who is spoken to ("moved to Vitest").
// biome-ignore format: a word list reads better packed
const beforeThings = new Set([
  "to", "in", "at", "on", "from", "with", "via", "for", "into", "of", "the", "a", "an", "my", "our", "your",
  "his", "her", "their", "this", "that", "use", "using", "upgrade", "install", "open", "about",
]);
// A kiss, a smiley or punctuation may follow the name at the end.
const afterAddressedName = /^(?:[ ,]*(?:x{1,3}|:\)|:-\)|<3|❤️|😘))?[ .!?]*$/u;

/**
 * "sorry about last night Tariq", "call me when you land Meera x": a lower-case message that speaks to
 * someone ("you", "sorry", "thanks") and ends with a capitalised word no list calls a word names who it
 * speaks to.
 */
function nameAddressedAtEnd(text: string, all: readonly Word[], lexicon: NameLexicon): Span | undefined {
  let last = all.length - 1;
  if (all[last]?.lower === "x" || all[last]?.lower === "xx" || all[last]?.lower === "xxx") last--;
  const name = all[last];
  const previous = all[last - 1];
  if (name === undefined || previous === undefined || last < 3) return undefined;
  if (!isNameShaped(text, name) || !afterAddressedName.test(text.slice(name.end))) return undefined;
  // "thanks for upgrading Vitest", "sorry I broke Prod": a verb's object is a thing.
  const verbBefore = previous.lower.endsWith("ing") || previous.lower.endsWith("ed");
  if (text.slice(previous.end, name.start) !== " " || beforeThings.has(previous.lower) || verbBefore)
    return undefined;
  const lower = bare(name.lower);
  if (lexicon.common.has(lower) || lexicon.ambiguous.has(lower) || lexicon.products.has(lower))
    return undefined;
  if (lexicon.calendar.has(lower) || assistantNames.has(lower)) return undefined;
  let spoken = false;
  for (let i = 0; i < last; i++) {
    const word = all[i] as Word;
    // The rest of the message is typed in lower case, as chat is.
    if (i > 0 && word.capitalised) return undefined;
    if (saidToSomeone.has(word.lower)) spoken = true;
  }
  if (!spoken) return undefined;
  return { start: name.start, end: name.end, category: "pii", detector: "person-name", score: 0.55 };
}

// Words that speak to the reader, in the offices' languages: a name after a comma at the end of their sentence is
// who they are said to ("was that you, Montserrat?", "kannst du das prüfen, Ludger?", "tu viens, Margaux ?").
// biome-ignore format: a word list reads better packed
const secondPerson = new Set([
  "you", "your", "yours", "du", "dich", "dir", "dein", "deine", "ihr", "euch", "tu", "te", "toi", "ton", "ta",
  "vous", "votre", "usted", "ustedes", "tú", "tu", "ti", "tuo", "tua", "voi", "jij", "je", "jou", "jouw", "ty",
  "ciebie", "ci", "twój", "você", "vocês", "teu", "tua", "ni", "dig", "din", "thanks", "thank", "danke", "merci",
  "gracias", "grazie", "obrigado", "obrigada", "bedankt", "dzięki", "tack",
]);
const maxVocativeSentence = 200;

/**
 * "VPN logs show your login … - was that you, Bronwen?": a name after a comma closes a sentence spoken to
 * someone (a second person or a thanks in it), the text's last; kinship words, products and days are not names.
 */
function vocativeAtEnd(text: string, all: readonly Word[], lexicon: NameLexicon): Span | undefined {
  let last = all.length - 1;
  const name = all[last];
  if (name === undefined || last < 2 || !isNameShaped(text, name) || isAllCaps(text, name)) return undefined;
  if (!/^[ \t]*[?!.]{0,3}[ \t]*$/u.test(text.slice(name.end))) return undefined;
  let first = name;
  // "…, Maria Garcia?": a given name the lists know may come before the surname.
  const before = all[last - 1];
  if (
    before !== undefined &&
    before.end + 1 === name.start &&
    isNameShaped(text, before) &&
    listedAsGiven(before, lexicon)
  ) {
    first = before;
    last--;
  }
  const comma = all[last - 1];
  if (comma === undefined || !/^, ?$/.test(text.slice(comma.end, first.start))) return undefined;
  for (const word of first === name ? [name] : [first, name]) {
    const lower = bare(word.lower);
    if (isCommonWord(lower, lexicon) || lexicon.kinship.has(lower) || assistantNames.has(lower))
      return undefined;
  }
  const from = Math.max(0, first.start - maxVocativeSentence);
  let spoken = false;
  for (let i = last - 1; i >= 0; i--) {
    const word = all[i] as Word;
    if (word.start < from || /[.!?\n]/.test(text.slice(word.end, (all[i + 1] as Word).start))) break;
    if (secondPerson.has(word.lower)) spoken = true;
  }
  if (!spoken) return undefined;
  return { start: first.start, end: name.end, category: "pii", detector: "person-name", score: 0.6 };
}

// Greetings that open a mail or a note: who signs alone at its end, after a blank line, is its writer.
// biome-ignore format: a word list reads better packed
const mailOpenings = new Set([
  "hi", "hello", "hey", "dear", "hallo", "liebe", "lieber", "bonjour", "salut", "coucou", "hola", "buenos", "buenas",
  "ciao", "buongiorno", "hej", "hoi", "beste", "cześć", "dzień", "olá", "oi", "estimado", "estimada", "cher",
  "chère", "sehr", "querido", "querida", "good", "guten", "moin", "servus", "goedemorgen", "goedemiddag", "bom",
]);
// The lines a signer's name may be followed by: an address for mail, a phone number.
const contactLine = /^[ \t]*(?:[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}|\+?[\d ()./-]{7,20})[ \t]*$/u;
const maxSignerLines = 3;

/**
 * "Hi Florencia,\n\n…\n\nMaricel", "Hello,\n…\n\nAled Ashdown\naashdown@…": a mail opened by a greeting
 * is signed by the one to three name-shaped words on its own line after a blank line, near its end.
 */
function signerAtEnd(text: string, all: readonly Word[], lexicon: NameLexicon): Span | undefined {
  if (!mailOpenings.has(all[0]?.lower ?? "")) return undefined;
  const lines = text.slice(Math.max(0, text.length - 240)).split("\n");
  let at = lines.length - 1;
  while (
    at > 0 &&
    (lines[at]?.trim() === "" || contactLine.test(lines[at] ?? "")) &&
    lines.length - at <= maxSignerLines
  )
    at--;
  const line = lines[at]?.trim() ?? "";
  if (
    at < 1 ||
    lines[at - 1]?.trim() !== "" ||
    !/^\p{Lu}[\p{L}'’-]{1,30}(?: \p{Lu}[\p{L}'’-]{1,30}){0,2}$/u.test(line)
  )
    return undefined;
  const parts = line.split(" ").map((part) => bare(part.toLowerCase()));
  if (parts.some((part) => isCommonWord(part, lexicon) || signOffs.has(part) || lexicon.kinship.has(part)))
    return undefined;
  const start = text.lastIndexOf(line);
  return { start, end: start + line.length, category: "pii", detector: "person-name", score: 0.7 };
}

// Verbs after which a lower-case given name opening a clause is its subject ("thibault is waiting on it").
// biome-ignore format: a word list reads better packed
const subjectVerbs = new Set([
  "is", "are", "was", "were", "has", "had", "will", "says", "said", "wants", "thinks", "can", "could", "should",
  "would", "did", "does", "isn't", "wasn't", "hasn't", "won't", "can't", "didn't", "doesn't",
]);
// Departments a colleague is "from" in chat ("esposito from legal says no").
// biome-ignore format: a word list reads better packed
const departments = new Set([
  "legal", "finance", "hr", "sales", "procurement", "it", "ops", "security", "payroll", "marketing", "support",
  "accounting", "compliance", "engineering", "infra", "facilities", "purchasing", "recruiting", "tax", "audit",
]);
const mentionedGiven = /(?<![\p{L}\p{N}._@])@(\p{Ll}{2,20})(?![\p{L}\p{N}._@-])/gu;

/**
 * Chat typed all in lower case names colleagues three ways: "@emre can you approve", a given name opening
 * a clause before its verb ("thibault is waiting on it", "bram and pierluigi are both out"), and a surname
 * before the department it is from ("esposito from legal says no"). Given names must be listed and no word;
 * the surname, no word of any list.
 */
function lowercaseColleagues(text: string, all: readonly Word[], lexicon: NameLexicon): Span[] {
  const spans: Span[] = [];
  const push = (start: number, end: number, score: number) =>
    spans.push({ start, end, category: "pii", detector: "person-name", score });
  const plainGiven = (lower: string) =>
    lexicon.given.has(lower) &&
    !lexicon.ambiguous.has(lower) &&
    !isCommonWord(lower, lexicon) &&
    !lexicon.otherLanguageWords.has(lower) &&
    !lexicon.kinship.has(lower) &&
    !greetedGroups.has(lower);
  if (text.includes("@")) {
    mentionedGiven.lastIndex = 0;
    for (let match = mentionedGiven.exec(text); match !== null; match = mentionedGiven.exec(text))
      if (plainGiven(match[1] ?? "")) push(match.index + 1, match.index + match[0].length, 0.7);
  }
  for (let i = 0; i < all.length; i++) {
    const word = all[i] as Word;
    if (word.capitalised || !/^\p{Ll}/u.test(text.charAt(word.start))) continue;
    const previous = all[i - 1];
    // A clause opens after a stop and a space or a line break; "amina.yusuf" is one handle.
    const opensClause =
      previous === undefined || /[.?!,;:][ \t]|\n/.test(text.slice(previous.end, word.start));
    const next = all[i + 1];
    if (next === undefined || text.slice(word.end, next.start) !== " ") continue;
    if (opensClause && plainGiven(word.lower)) {
      const other = all[i + 2];
      if (subjectVerbs.has(next.lower)) push(word.start, word.end, 0.6);
      else if (
        next.lower === "and" &&
        other !== undefined &&
        !other.capitalised &&
        plainGiven(other.lower) &&
        subjectVerbs.has(all[i + 3]?.lower ?? "")
      ) {
        push(word.start, word.end, 0.6);
        push(other.start, other.end, 0.6);
        i += 2;
      }
      continue;
    }
    // "ok so esposito from legal says no": a word no list holds, or a listed surname, before "from" a department.
    if (
      next.lower === "from" &&
      departments.has(all[i + 2]?.lower ?? "") &&
      (lexicon.surnames.has(word.lower) || !isKnownWord(word.lower, lexicon)) &&
      /^\p{L}{3,}$/u.test(word.lower)
    )
      push(word.start, word.end, 0.6);
  }
  return spans;
}

/** Any list holds the word: ordinary, product, day, name, another language's. */
function isKnownWord(lower: string, lexicon: NameLexicon): boolean {
  return (
    isCommonWord(lower, lexicon) ||
    lexicon.given.has(lower) ||
    lexicon.otherLanguageWords.has(lower) ||
    lexicon.kinship.has(lower) ||
    derivedWord(lower, lexicon)
  );
}

// A person and the pay they get, in the offices' languages: "did you see Keiko is getting $91,800 more",
// "Jonas bekommt 4.200 € brutto", "Léa touche 3 200 €", "Unai cobra 2.800 €". Firms and towns get money too,
// so the name must be no word, product or place of any list.
const paidPerson =
  /(?<![\p{L}\p{N}])(\p{Lu}[\p{Ll}'’-]{1,30}(?: \p{Lu}[\p{Ll}'’-]{1,30})?) (?:is getting|gets|will get|earns|is earning|makes|will make|bekommt|erhält|verdient|gagne|touche|cobra|gana|guadagna|prende|krijgt|dostaje|zarabia|får|tjänar|recebe|ganha) (?:[\p{Ll}]{1,12} ){0,2}(?:[$€£] ?\d|\d[\d.,\u00a0 ]{0,9} ?(?:[$€£]|k\b|eur|usd|gbp|zł|kr))/gu;

// What says a sum is someone's pay: more of it, its base, gross or net, its period.
const payAfterSum =
  /(?<![\p{L}])(?:more|extra|base|salary|bonus|raise|brutto|netto|gross|net|brut|bruto|lordo|a month|per month|a year|per year|\/yr|\/mo|im monat|pro monat|par mois|al mes|al mese|per maand|miesięcznie|i månaden|por mês)(?![\p{L}])/iu;

/** "Keiko is getting $91,800 more": a name no list calls a word, before a verb of getting pay and a sum. */
function paidPeople(text: string, lexicon: NameLexicon): Span[] {
  const spans: Span[] = [];
  // The sum is digits: a text without one names no pay, and the pattern need not try every capital.
  if (!/\d/.test(text)) return spans;
  paidPerson.lastIndex = 0;
  for (let match = paidPerson.exec(text); match !== null; match = paidPerson.exec(text)) {
    const name = match[1] ?? "";
    const parts = name.split(" ").map((part) => bare(part.toLowerCase()));
    if (
      parts.some(
        (part) => isCommonWord(part, lexicon) || lexicon.kinship.has(part) || assistantNames.has(part),
      )
    )
      continue;
    // "Spotify makes $3 per user": a name no list knows gets pay only when the sum is said to be pay.
    const sumEnd = match.index + match[0].length;
    if (!lexicon.given.has(parts[0] ?? "") && !payAfterSum.test(text.slice(sumEnd, sumEnd + 32))) continue;
    spans.push({
      start: match.index,
      end: match.index + name.length,
      category: "pii",
      detector: "person-name",
      score: 0.6,
    });
  }
  return spans;
}

// biome-ignore format: a word list reads better packed
const romanceArticles = new Set(["la", "le", "les", "el", "il", "lo", "los", "las", "gli", "una", "un", "une", "uno"]);

// Header labels of a mail's addresses, in en, de, fr, es, nl, it, pt, sv, da, no, pl.
// biome-ignore format: a word list reads better packed
const mailHeaders = new Set([
  "from", "to", "cc", "bcc", "von", "an", "de", "à", "para", "van", "aan", "da", "a", "från", "till", "fra",
  "til", "od", "do",
]);
// A quoted mail's header block goes on with its other labels ("Gesendet:", "Betreff:", "Verzonden:").
const nextMailHeader =
  /\n[ \t]*(?:gesendet|sent|envoyé|enviado|inviato|verzonden|skickat|sendt|wysłano|betreff|subject|objet|asunto|oggetto|assunto|onderwerp|ämne|emne|temat|an|to|à|para|a|aan|till|til|do|cc|date|datum|data|fecha)[ \t]?:/iu;
const mailHeaderReach = 300;

/**
 * "Von: Gijs Verhoeven <gijs@…>", "Van: …\nVerzonden: …": a header label opening its line in a quoted mail,
 * whose line holds an address or whose block goes on with another label, is the label ("Von", "Van" and
 * "Da" are names somewhere too).
 */
function mailHeaderLabel(text: string, word: Word): boolean {
  if (!mailHeaders.has(word.lower) || text.charAt(word.end) !== ":" || !lineStart(text, word.start))
    return false;
  const rest = text.slice(word.end, word.end + mailHeaderReach);
  const lineEnd = rest.indexOf("\n");
  return (lineEnd < 0 ? rest : rest.slice(0, lineEnd)).includes("@") || nextMailHeader.test(rest);
}

/**
 * "From: Okafor, Chidinma <chidinma.okafor@…>", "To: Lindqvist, Jörg; Fontaine, Aurélie": a directory
 * writes a surname, a comma and a given name. Only a name the lists know and no other word is, after a
 * capitalised word that is no ordinary word, and only before an address or in a mail's address header,
 * where a list of places or firms ("Paris, Texas") does not stand.
 */
function surnameFirstDisplayNames(text: string, all: readonly Word[], lexicon: NameLexicon): Span[] {
  const spans: Span[] = [];
  let header = false;
  for (let i = 0; i + 1 < all.length; i++) {
    const surname = all[i] as Word;
    const given = all[i + 1] as Word;
    const label = all[i - 1];
    if (label !== undefined && mailHeaders.has(label.lower) && text.charAt(label.end) === ":") header = true;
    // A header's addresses end with its line.
    if (label !== undefined && text.slice(label.end, surname.start).includes("\n")) header = false;
    if (
      text.slice(surname.end, given.start) !== ", " ||
      !isNameShaped(text, surname) ||
      !isNameShaped(text, given) ||
      isCommon(surname, lexicon) ||
      (lexicon.ambiguous.has(surname.lower) && !lexicon.surnames.has(surname.lower)) ||
      !(lexicon.given.has(given.lower) || lexicon.surnames.has(given.lower)) ||
      lexicon.ambiguous.has(given.lower)
    )
      continue;
    const after = text.slice(given.end, given.end + 2);
    if (
      addressAfter(text, given) ||
      (header && (after === "" || /^[;\n]/.test(after) || after === " <")) ||
      wholeCellOfRota(text, surname, given, lexicon)
    ) {
      spans.push({
        start: surname.start,
        end: given.end,
        category: "pii",
        detector: "person-name",
        score: 0.75,
      });
      i++;
    }
  }
  return spans;
}

/**
 * "Früh\tHedlund, Frida", "| Kowalczyk, Zofia |": in a rota's or a list's cell, a surname and a given name
 * the lists know as nothing else fill the whole cell (a town and its country do not: "Paris, France").
 */
function wholeCellOfRota(text: string, surname: Word, given: Word, lexicon: NameLexicon): boolean {
  if (
    !lexicon.given.has(given.lower) ||
    lexicon.givenAlsoWords.has(given.lower) ||
    lexicon.common.has(given.lower)
  )
    return false;
  // A tab or a pipe opens a cell; a line's start only before a listed surname, as "Grazie, Marco" and
  // "Tack, Erik" open with a thanks, not a surname.
  const before = text.slice(Math.max(0, surname.start - 2), surname.start);
  const opensCell =
    /(?:\t|\| ?)$/.test(before) ||
    ((surname.start === 0 || before.endsWith("\n")) &&
      lexicon.surnames.has(surname.lower) &&
      !cues.has(surname.lower) &&
      !signOffs.has(surname.lower));
  return opensCell && /^(?:$|[\t\n]| ?\|)/.test(text.slice(given.end, given.end + 2));
}

function addressAfter(text: string, word: Word | undefined): boolean {
  // "Thảo van der Berg,vanderberg.thao@…", "Ana Ruiz, ana.ruiz@…": a CSV row's next cell is the address.
  return word !== undefined && /^(?: ?[(<]|, ?)[\w.+-]{1,64}@/.test(text.slice(word.end, word.end + 70));
}

// A line that lists people after its label: attendees, participants, copies, invitees, in the offices' languages.
const peopleListLine =
  /^[ \t]*(?:attendees|participants|invitees|present|apologies|cc|bcc|to|teilnehmer|teilnehmende|anwesend|participantes|asistentes|partecipanti|deelnemers|uczestnicy|deltagare)[ \t]*:/i;

/**
 * Whether the line holding a position lists people, for positions asked in increasing order: the line's
 * start is found by walking forward once over the whole text, not back from each position.
 */
function peopleListLines(text: string): { listsPeople: (at: number) => boolean } {
  let cursor = 0;
  let lineBegin = 0;
  let judgedLine = -1;
  let judged = false;
  return {
    listsPeople(at: number): boolean {
      for (; cursor < at; cursor++) if (text.charCodeAt(cursor) === 10) lineBegin = cursor + 1;
      if (judgedLine !== lineBegin) {
        judgedLine = lineBegin;
        judged = peopleListLine.test(text.slice(lineBegin, lineBegin + 40));
      }
      return judged;
    },
  };
}

/** A capitalised Latin word that can be half of a mixed-script name: a listed name, or a word no list knows. */
function castName(word: Word, lexicon: NameLexicon): boolean {
  const lower = bare(word.lower);
  if (lexicon.given.has(lower) || lexicon.surnames.has(lower)) return !lexicon.products.has(lower);
  return !(lexicon.common.has(lower) || lexicon.ambiguous.has(lower) || lexicon.calendar.has(lower));
}

// "Termination of X", "il contratto di X", "Kündigung von X": an act done to a person, then "of".
const ofWords = new Set(["of", "di", "de", "von", "du", "van", "od"]);
// biome-ignore format: a word list reads better packed
const actsOnPerson = new Set([
  "termination", "dismissal", "contract", "contratto", "contrato", "contrat", "kündigung", "vertrag",
  "licenciement", "licenziamento", "despido", "ontslag", "promotion", "offer", "salary", "review",
]);

// Words before a name in a script without capitals that cased names need no help with.
// Labels of a person's field, in the scripts and languages names without capitals come in: after one and a
// colon, a name in such a script is that person ("連絡先: 王芳", "संपर्क: प्रिया शर्मा", "Ответственный: สมชาย ใจดี").
// biome-ignore format: a word list reads better packed
const personLabels = new Set([
  "contact", "kontakt", "contacto", "contatto", "contato", "responsible", "responsable", "verantwortlich",
  "ansprechpartner", "ansprechpartnerin", "連絡先", "担当", "担当者", "名前", "氏名", "联系人", "负责人", "姓名",
  "담당자", "연락처", "이름", "संपर्क", "नाम", "ผู้ติดต่อ", "ชื่อ", "ผู้รับผิดชอบ", "ответственный", "контакт",
  "исполнитель", "имя", "фио", "відповідальний", "ім'я", "sorumlu", "iletişim", "kontak", "nama", "اسم",
  "جهة", "שם", "איש",
]);

/** "マリア・ガルシア": a katakana name's parts are joined by a middle dot. */
function katakanaJoin(text: string, a: Word | undefined, b: Word | undefined): boolean {
  return a !== undefined && b !== undefined && b.start - a.end === 1 && /[・･]/u.test(text.charAt(a.end));
}

const uncasedCues = new Set([
  "put",
  "adding",
  "add",
  "looping",
  "move",
  "handover",
  "moving",
  "welcome",
  "welcoming",
]);

/**
 * The words from `first` to `last` are all there is on their line or in their cell: at a line start,
 * followed by a tab, the line's end, a chat header's time, a title's separator, or a document's
 * extension ("PIP - Till Seidel.pdf").
 */
function standsAsName(text: string, first: Word, last: Word | undefined): boolean {
  if (last === undefined) return false;
  const after = text.slice(last.end, last.end + 12);
  if (
    /^\.(?:pdf|docx?|xlsx?|pptx?|odt)\b/i.test(after) &&
    /(?:^| [-–—] |_)$/.test(text.slice(0, first.start))
  )
    return true;
  if (!lineStart(text, first.start)) return false;
  return /^(?:\t|[ \t]*\n| {1,3}\d{1,2}:\d{2}| \((?:host|guest|co-host|spouse|brother|sister|partner|mother|father|wife|husband)\)| [-–—|] )/i.test(
    after,
  );
}

// Han, kana and Hangul names are one to four characters a part ("诗雨 俞", "혜원 송"); Hebrew and Arabic
// ones longer. A longer word in those scripts on a line of its own is a sentence, not a name.
const maxHanNamePartLength = 4;
const hanLike = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

function shortUncasedName(text: string, all: readonly Word[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) {
    const word = all[i] as Word;
    if (hanLike.test(text.charAt(word.start)) && word.end - word.start > maxHanNamePartLength) return false;
  }
  return true;
}

/** A word in lower case from its first letter, in any script with case ("lihua", "rəşid", "sabīne"). */
// The Polish and Czech courtesy titles, in their cases: "pan Holmgren prosił", "u pani Nowak", "paní Veselá".
// They are not among the honorifics: "Pan" is a surname too ("Lily Pan") and "pan" an English word.
const slavicCourtesyTitles = new Set(["pan", "pani", "pana", "panu", "panem", "panią", "paní", "pane"]);

/**
 * "pan Holmgren prosił o kopię umowy", "Pani Nowak dzwoniła": after a Polish or Czech courtesy title, a
 * capitalised word no list calls an ordinary word or a product is the person's surname.
 */
function surnamesAfterPan(text: string, all: readonly Word[], lexicon: NameLexicon): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i + 1 < all.length; i++) {
    const title = all[i] as Word;
    const surname = all[i + 1] as Word;
    if (!slavicCourtesyTitles.has(title.lower) || text.slice(title.end, surname.start) !== " ") continue;
    if (!isNameShaped(text, surname)) continue;
    const lower = bare(surname.lower);
    if (
      lexicon.common.has(lower) ||
      lexicon.ambiguous.has(lower) ||
      lexicon.products.has(lower) ||
      lexicon.calendar.has(lower)
    )
      continue;
    // A capitalised title opens a sentence or a heading ("Pan Am", "Pan Tadeusz"): only a listed surname follows.
    if (!isLowercaseWord(text, title) && !lexicon.surnames.has(lower)) continue;
    spans.push({
      start: surname.start,
      end: surname.end,
      category: "pii",
      detector: "person-name",
      score: 0.7,
    });
  }
  return spans;
}

const minLowercaseNamePartLength = 3;
// Words of the offices' other languages that the name lists hold as given names or surnames: typed in lower
// case they are the words ("una festa", "vuelvo en una hora", "ella dice", "del mes", "som ali sa").
// biome-ignore format: a word list reads better packed
const lowercaseWordsNamedLikePeople = new Set([
  "una", "uno", "ella", "ela", "del", "mia", "som", "dom", "nada", "anni", "vida", "luz", "sol", "flor", "belle",
  "heja", "festa", "hora", "dia", "paz", "rosa", "lui", "dan", "ora", "casa", "mar", "fine", "era",
]);

/** A lower-case word the lists know as a given name and as nothing else. */
function onlyGivenName(lower: string, lexicon: NameLexicon): boolean {
  return (
    lower.length >= minLowercaseNamePartLength &&
    lexicon.given.has(lower) &&
    !lexicon.surnames.has(lower) &&
    !lexicon.ambiguous.has(lower) &&
    !lexicon.common.has(lower) &&
    !lexicon.givenAlsoWords.has(lower) &&
    !lexicon.products.has(lower) &&
    !lexicon.calendar.has(lower) &&
    !lexicon.kinship.has(lower)
  );
}

/**
 * "is ebba lundgren ooo today?", "frag mal bram smit", "wouter bosman bekommt …": chat typed without
 * capitals still names people by given name and surname. Only a word the lists know as a given name and
 * nothing else, then one they know as a surname and no ordinary word, count ("costa rica", "mark young"
 * do not: "costa" is a surname too, "mark" and "young" are words).
 */
function lowercaseGivenAndSurname(text: string, all: readonly Word[], lexicon: NameLexicon): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i + 1 < all.length; i++) {
    const given = all[i] as Word;
    const surname = all[i + 1] as Word;
    if (!isLowercaseWord(text, given) || !onlyGivenName(given.lower, lexicon)) continue;
    if (lowercaseWordsNamedLikePeople.has(given.lower)) continue;
    if (text.slice(given.end, surname.start) !== " " || !isLowercaseWord(text, surname)) continue;
    const lower = bare(surname.lower);
    if (
      lower.length < minLowercaseNamePartLength ||
      !lexicon.surnames.has(lower) ||
      lexicon.common.has(lower) ||
      lexicon.ambiguous.has(lower) ||
      lexicon.products.has(lower) ||
      lexicon.calendar.has(lower) ||
      lowercaseWordsNamedLikePeople.has(lower) ||
      // "sherlock holmes box set": a public or fictional figure is no one in the organisation.
      publicFigure(text, all, i, i + 1)
    )
      continue;
    spans.push({
      start: given.start,
      end: trimPossessive(text, given.start, surname.end),
      category: "pii",
      detector: "person-name",
      score: 0.6,
    });
    i++;
  }
  return spans;
}

// Hoisted: a regex literal inside isLowercaseWord made a new RegExp for every word it read.
const lowercaseWordShape = /^[\p{Ll}'-]+$/u;

function isLowercaseWord(text: string, word: Word): boolean {
  const first = text.charAt(word.start);
  return first !== first.toUpperCase() && lowercaseWordShape.test(text.slice(word.start, word.end));
}

// After "hey …" or "pinging …", words that say the one before was someone addressed: "hey lihua do you",
// "pinging rəşid again", "ask thierno about".
// biome-ignore format: a word list reads better packed
const afterAddressedPerson = new Set([
  "do", "did", "are", "can", "could", "would", "will", "again", "about", "on", "if", "when", "re", "for", "to",
  "please", "pls", "any", "got", "have", "is", "whether",
]);
// Lower-case words chat addresses that are not people: teams, hosts, tools, assistants.
// biome-ignore format: a word list reads better packed
const addressedThings = new Set([
  "prod", "dev", "qa", "ops", "devops", "sre", "infra", "legal", "finance", "support", "everyone", "team",
  "chatgpt", "gpt", "copilot", "gemini", "bot", "slackbot", "oncall", "localhost", "kubectl", "nginx", "k8s",
  "jenkins", "sentry", "datadog", "grafana", "github", "gitlab", "jira", "zendesk", "hubspot", "salesforce",
  // teams checked with ("check with frontend about it")
  "frontend", "backend", "fullstack", "helpdesk", "servicedesk", "devrel", "finops", "secops", "sysops",
  "netops", "dataops", "mlops", "webdev", "appsec", "infosec", "itsec",
]);

/**
 * "pinging lihua again", "hey adonise do you have 5 min?": a lower-case word no list knows, after a greeting or
 * a verb that addresses someone and before a word that goes on addressing them, is a given name.
 */
function unlistedLowercaseName(
  text: string,
  all: readonly Word[],
  at: number,
  lexicon: NameLexicon,
): Span | undefined {
  const name = all[at];
  const next = all[at + 1];
  if (name === undefined || name.end - name.start < 3) return undefined;
  if (addressedThings.has(name.lower) || greetedGroups.has(name.lower)) return undefined;
  // A name that is also a word ("will", "may") was judged already: only unlisted words are read here.
  if (lexicon.common.has(name.lower) || lexicon.ambiguous.has(name.lower) || lexicon.products.has(name.lower))
    return undefined;
  const gap = next === undefined ? text.slice(name.end) : text.slice(name.end, next.start);
  const goesOn =
    (next !== undefined && gap === " " && afterAddressedPerson.has(next.lower)) || /^[,?!]/.test(gap);
  if (goesOn)
    return { start: name.start, end: name.end, category: "pii", detector: "person-name", score: 0.55 };
  // "pinging uwe heßler about it": a surname no list calls a word, then a word that goes on addressing them.
  const after = all[at + 2];
  if (
    next === undefined ||
    gap !== " " ||
    !isLowercaseWord(text, next) ||
    next.end - next.start < 3 ||
    unlistedWordOrName(next.lower, lexicon) ||
    addressedThings.has(next.lower)
  )
    return undefined;
  const surnameGap = after === undefined ? text.slice(next.end) : text.slice(next.end, after.start);
  const surnameGoesOn =
    (after !== undefined && surnameGap === " " && afterAddressedPerson.has(after.lower)) ||
    /^[,?!]/.test(surnameGap);
  return surnameGoesOn
    ? { start: name.start, end: next.end, category: "pii", detector: "person-name", score: 0.55 }
    : undefined;
}

// Words before a noun, after which a capitalised word is a title's or a thing's ("the Grace period").
// biome-ignore format: a word list reads better packed
const determiners = new Set([
  "the", "a", "an", "this", "that", "these", "those", "our", "your", "their", "its", "my", "his", "her", "every",
  "each", "no", "some", "any", "der", "die", "das", "le", "la", "les", "el", "los", "las", "il", "lo", "de", "het",
]);
// biome-ignore format: a word list reads better packed
const placeWordsBefore = new Set([
  "to", "in", "at", "from", "near", "into", "around", "across", "toward", "towards", "visit", "visiting", "via",
  "flying", "moving", "moved", "moves", "live", "lives", "living", "based",
]);
// biome-ignore format: a word list reads better packed
const saidOfCapitalisedPerson = new Set([
  "is", "was", "has", "had", "will", "would", "can", "could", "said", "says", "thinks", "wants", "needs",
  "asked", "told", "texted", "called", "isn't", "wasn't", "hasn't", "won't", "can't", "before", "after", "about",
  "again", "and", "too",
]);
// biome-ignore format: a word list reads better packed
const feelingVerbs = new Set(["miss", "missed", "love", "loved", "enjoy", "enjoyed", "hate", "hated", "like", "prefer"]);
const lowercaseWord = /^\p{Ll}[\p{Ll}'’-]*$/u;

/**
 * The capitalised word at `at` sits in prose written in lower case: a lower-case word right before it (no
 * determiner, no sentence end) and one right after it, and no other capitalised word on its line but the
 * first. Then its capital is a proper noun's, and a given name that is also a word ("Summer", "Joy") is a name.
 * Months and products stay what they are ("in May we ship", "deploy Jenkins today").
 */
function capitalisedInLowercaseProse(
  text: string,
  all: readonly Word[],
  at: number,
  lexicon: NameLexicon,
): boolean {
  const word = all[at] as Word;
  const before = all[at - 1];
  const after = all[at + 1];
  const lower = bare(word.lower);
  if (
    before === undefined ||
    after === undefined ||
    lexicon.calendar.has(lower) ||
    lexicon.products.has(lower)
  )
    return false;
  if (text.slice(before.end, word.start) !== " " || !/^,? $/.test(text.slice(word.end, after.start)))
    return false;
  // "I miss Summer already", "we love Spring here": a feeling about a season capitalised as some writers do.
  if (determiners.has(before.lower) || feelingVerbs.has(before.lower) || placeWordsBefore.has(before.lower))
    return false;
  // Places, languages and peoples are capitalised in lower-case prose too ("a valid German tax id",
  // "moves to Paris, spoiler"): only what is said of a person, or a wait on one, may follow.
  if (!saidOfCapitalisedPerson.has(after.lower)) return false;
  if (
    !lowercaseWord.test(text.slice(before.start, before.end)) ||
    !lowercaseWord.test(text.slice(after.start, after.end))
  )
    return false;
  // Only the words near it are read, so that a long text pays a bounded price per candidate.
  const newline = newlineWithin(text, word.start, proseReach);
  const from = newline >= 0 ? newline + 1 : Math.max(0, word.start - proseReach);
  let to = text.indexOf("\n", word.end);
  if (to < 0 || to > word.end + proseReach) to = Math.min(text.length, word.end + proseReach);
  const around = `${text.slice(from, word.start)} ${text.slice(word.end, to)}`;
  return !otherCapitalInProse.test(around);
}
const proseReach = 120;
// A capitalised word that does not open a sentence.
const otherCapitalInProse = /[^.!?:\s]\s+["'“(]?\p{Lu}/u;

/** A word the lists call ordinary, ambiguous or a product, which a lower-case surname is not. */
function unlistedWordOrName(lower: string, lexicon: NameLexicon): boolean {
  return (
    (lexicon.common.has(lower) || lexicon.ambiguous.has(lower) || lexicon.products.has(lower)) &&
    !lexicon.surnames.has(lower)
  );
}

// "joshua has the keys to the demo tenant": a message opening with a given name and a verb said of it.
// biome-ignore format: a word list reads better packed
const saidOfPerson = new Set([
  "has", "is", "was", "will", "said", "says", "can", "wants", "needs", "takes", "covers", "owns", "knows",
  "thinks", "asked", "joined", "left", "leads",
]);

function lowercaseNameOpeningMessage(
  text: string,
  all: readonly Word[],
  lexicon: NameLexicon,
): Span | undefined {
  const [name, verb] = all;
  if (name === undefined || verb === undefined || !saidOfPerson.has(verb.lower)) return undefined;
  if (text.slice(0, name.start).trim() !== "" || text.slice(name.end, verb.start) !== " ") return undefined;
  if (!isLowercaseWord(text, name) || name.end - name.start < 3) return undefined;
  if (!lexicon.given.has(name.lower) || lexicon.ambiguous.has(name.lower) || lexicon.common.has(name.lower))
    return undefined;
  return { start: name.start, end: name.end, category: "pii", detector: "person-name", score: 0.55 };
}

// Acknowledgements a chat reply opens with, in the offices' languages ("ok ingrid – on it", "np rosalind 👍",
// "danke jörg!").
// biome-ignore format: a word list reads better packed
const acknowledgements = new Set([
  "ok", "okay", "okk", "kk", "k", "np", "thx", "ty", "thanks", "tnx", "cheers", "sure", "yep", "yup", "yes", "noted",
  "merci", "danke", "gracias", "grazie", "tack", "takk", "tak", "dzięki", "obrigado", "obrigada", "dank", "bedankt",
  "kiitos", "gerne", "vale", "oké", "oki", "okej", "jasne", "d'accord",
]);
// What follows an acknowledgement when it is no one's name: another reply ("ok parfait", "ok vale", "ok passt"),
// chat shorthand ("ok lgtm", "ok ptal") and words said to anyone ("np mate", "ok boomer"); several are given
// names somewhere (Vale, Bon, Si, Jo, Mille), but after "ok" they are the reply.
// biome-ignore format: a word list reads better packed
const repliesAfterAcknowledgement = new Set([
  "lgtm", "sgtm", "ptal", "wfm", "nvm", "idk", "imo", "imho", "tbh", "brb", "afk", "omw", "ttyl", "lmk", "wdyt",
  "asap", "ack", "gotcha", "boomer", "yall", "hun", "hon", "bby", "kthx", "thnx", "thanx", "ofc", "obv", "tmrw",
  "parfait", "parfaitement", "compris", "entendu", "noté", "bon", "voilà", "daccord", "dacc", "oui", "si", "sì",
  "perfecto", "entendido", "claro", "listo", "hecho", "bueno", "bien", "vale", "genial", "perfetto", "ottimo",
  "capito", "bene", "fatto", "certo", "passt", "klar", "genau", "erledigt", "gemacht", "prima", "toll", "top",
  "super", "mega", "jasne", "dobrze", "spoko", "tak", "nie", "bedankt", "precies", "helder", "klopt", "prima",
  "toppen", "snyggt", "bra", "kiitos", "selvä", "perfeito", "beleza", "valeu", "ja", "jo", "nej", "nee", "mille",
  "merci", "danke", "gracias", "grazie", "tack", "dzięki", "obrigado", "obrigada", "okidoki", "dank", "cheers",
]);
const maxAnsweredWords = 8;
// What may close a reply after the name: the end, punctuation, a dash that starts the rest, an emoji.
const closesReply = /^\s*(?:$|[!.,;:)]|[–—-](?:\s|$)|\p{Extended_Pictographic})/u;

/**
 * "ok imogen – on it", "np funmilayo 👍", "thx maialen!": a short reply that opens with an acknowledgement,
 * then one lower-case word that closes the reply, answers that person. A listed given name is enough; a word no
 * list knows must be no ordinary word, reply, tool or group either.
 */
function lowercaseNameAfterAcknowledgement(
  text: string,
  all: readonly Word[],
  lexicon: NameLexicon,
): Span | undefined {
  const [ack, name] = all;
  if (ack === undefined || name === undefined || !acknowledgements.has(ack.lower)) return undefined;
  if (ack.start !== text.length - text.trimStart().length || !/^,? $/.test(text.slice(ack.end, name.start)))
    return undefined;
  if (!isLowercaseWord(text, name) || name.end - name.start < 3 || name.end - name.start > 20)
    return undefined;
  if (!closesReply.test(text.slice(name.end, name.end + 8))) return undefined;
  const lower = name.lower;
  // ("merci d'avance", "grazie dell'aiuto": an elided article opens a phrase, not a name.)
  if (
    lower.includes("'") ||
    repliesAfterAcknowledgement.has(lower) ||
    acknowledgements.has(lower) ||
    addressedThings.has(lower) ||
    greetedGroups.has(lower) ||
    assistantNames.has(lower) ||
    lexicon.common.has(lower) ||
    lexicon.products.has(lower) ||
    lexicon.calendar.has(lower) ||
    lexicon.kinship.has(lower) ||
    !/[aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿąęœ]/.test(lower)
  )
    return undefined;
  const listed = lexicon.given.has(lower) && !lexicon.ambiguous.has(lower);
  return {
    start: name.start,
    end: name.end,
    category: "pii",
    detector: "person-name",
    score: listed ? 0.6 : 0.55,
  };
}

// Firms, houses and brands named after their founders, written as a person's name is: the names
// of banks, consultancies, fashion houses and carmakers engineers and sales teams write daily.
// biome-ignore format: a word list reads better packed
const eponymousFirms = new Set([
  "morgan stanley", "goldman sachs", "merrill lynch", "charles schwab", "lehman brothers", "wells fargo",
  "dow jones", "louis vuitton", "ralph lauren", "calvin klein", "tommy hilfiger", "hugo boss", "giorgio armani",
  "christian dior", "yves saint", "estée lauder", "estee lauder", "michael kors", "kate spade", "tory burch",
  "ted baker", "paul smith", "jimmy choo", "roland berger", "booz allen", "arthur andersen", "johnson controls",
  "john lewis", "walt disney", "harley-davidson", "mercedes-benz", "rolls-royce", "aston martin",
  "hewlett packard", "hewlett-packard", "procter gamble", "black decker", "marks spencer", "ernst young",
  "johnson johnson", "porsche consulting", "simon kucher", "oliver wyman", "arthur little", "bain capital",
  // brands and chains named after a person, said every day ("a Tim Hortons run", "McDonald's for lunch")
  "mercedes benz", "jack daniels", "jack daniel's", "tim hortons", "mcdonald's", "wendy's", "sainsbury's",
  "macy's", "kellogg's", "denny's", "domino's", "trader joe's", "dunkin", "ben jerry's", "martha stewart",
  // office furniture, DIY, pharma, optics and electronics named after founders ("a Herman Miller chair")
  "herman miller", "leroy merlin", "boehringer ingelheim", "eli lilly", "carl zeiss", "robert bosch",
  // health providers named after people, which end the titles of their portals ("… - Kaiser Permanente")
  "kaiser permanente", "johns hopkins", "mount sinai", "cedars sinai", "cedars-sinai", "sutter health",
  "bang olufsen", "dolce gabbana", "peek cloppenburg", "john deere", "georg jensen", "ernst klett",
]);

// People the whole world writes about: historical, famous and fictional people, quoted in quizzes, book
// clubs, slides and wiki titles; their names are no one's personal data ("Frida Kahlo's self-portraits").
// biome-ignore format: a word list reads better packed
const publicFigures = new Set([
  "frida kahlo", "julius caesar", "ada lovelace", "sherlock holmes", "albert einstein", "isaac newton",
  "marie curie", "charles darwin", "william shakespeare", "leonardo da vinci", "vincent van gogh",
  "pablo picasso", "napoleon bonaparte", "abraham lincoln", "george washington", "martin luther king",
  "martin luther", "nelson mandela", "mahatma gandhi", "winston churchill", "elon musk", "jeff bezos",
  "bill gates", "steve jobs", "mark zuckerberg", "taylor swift", "harry potter", "hermione granger",
  "frodo baggins", "luke skywalker", "darth vader", "james bond", "alan turing", "grace hopper",
  "linus torvalds", "tim berners-lee", "nikola tesla", "thomas edison", "galileo galilei", "amadeus mozart",
  "ludwig van beethoven", "johann sebastian bach", "jane austen", "charles dickens", "mark twain",
  "ernest hemingway", "george orwell", "agatha christie", "stephen king", "barack obama", "donald trump",
  "joe biden", "queen elizabeth", "elvis presley", "michael jackson", "lionel messi", "cristiano ronaldo",
  "serena williams", "roger federer", "michael jordan", "lebron james", "marilyn monroe", "che guevara",
  "karl marx", "sigmund freud", "stephen hawking", "carl sagan", "neil armstrong", "amelia earhart",
  "rosa parks", "anne frank", "florence nightingale", "mother teresa", "steve wozniak", "warren buffett",
  "oprah winfrey", "walt disney", "mickey mouse", "homer simpson", "bart simpson", "peter parker",
  "bruce wayne", "clark kent", "tony stark", "lara croft", "indiana jones", "jon snow", "hercule poirot",
  "don quixote", "sam altman", "satya nadella", "sundar pichai", "tim cook", "jensen huang", "greta thunberg",
  "vladimir putin", "emmanuel macron", "angela merkel", "olaf scholz", "pedro sánchez", "rishi sunak",
  "keir starmer", "kamala harris", "king charles", "princess diana", "jesus christ", "john lennon",
  "paul mccartney", "bob dylan", "david bowie", "freddie mercury", "adele adkins", "leo tolstoy",
  "fyodor dostoevsky", "franz kafka", "johann wolfgang von goethe", "gabriel garcía márquez", "miguel de cervantes",
  "victor hugo", "alexandre dumas", "jules verne", "simone de beauvoir", "jean-paul sartre", "claude monet",
  "salvador dalí", "salvador dali", "michelangelo buonarroti", "rembrandt van rijn", "andy warhol",
  "ada byron", "john von neumann", "edsger dijkstra", "donald knuth", "dennis ritchie", "ken thompson",
  "guido van rossum", "james gosling", "margaret hamilton", "katherine johnson", "rosalind franklin",
  "charles babbage", "blaise pascal", "rené descartes", "immanuel kant", "friedrich nietzsche", "sun tzu",
  // statesmen and artists airports, stations and squares are named after ("near Charles de Gaulle")
  "charles de gaulle", "john f kennedy", "john f. kennedy", "franz josef strauss", "franz josef strauß",
  "konrad adenauer", "willy brandt", "helmut schmidt", "václav havel", "frédéric chopin", "lech wałęsa",
  "humberto delgado", "adolfo suárez", "marco polo", "indira gandhi", "ronald reagan", "george bush",
  "fiumicino leonardo da vinci", "giuseppe garibaldi", "françois mitterrand", "georges pompidou",
]);

// What is named after its discoverer with a possessive.
// biome-ignore format: a word list reads better packed
const eponymNouns = new Set([
  "algorithm", "law", "laws", "theorem", "razor", "principle", "constant", "paradox", "conjecture", "lemma",
  "equation", "equations", "disease", "syndrome", "triangle", "hypothesis", "curve", "dilemma", "wager",
  "inequality", "formula", "transform", "criterion", "palsy", "effect",
]);

/** The name at from–to, or it and the word after it ("Charles" before "Schwab"), is a public figure's or a firm's. */
function publicFigure(text: string, all: readonly Word[], from: number, to: number): boolean {
  const first = all[from] as Word;
  const last = all[to] as Word;
  const name = withoutPossessive(text.slice(first.start, last.end).toLowerCase());
  if (publicFigures.has(name)) return true;
  // "Ada Lovelace's notes": a first name that is also a product leaves the surname alone.
  const previous = all[from - 1];
  if (previous !== undefined && first.start - previous.end === 1) {
    if (publicFigures.has(`${previous.lower} ${name}`)) return true;
  }
  const next = all[to + 1];
  if (next === undefined || next.start - last.end !== 1) return false;
  const longer = text.slice(first.start, next.end).toLowerCase();
  return publicFigures.has(longer) || eponymousFirms.has(longer);
}

// Brands named "Dr. …" after their founders: after "Dr" the word alone is the brand, not a doctor.
const doctorBrands = new Set([
  "martens",
  "oetker",
  "pepper",
  "scholl",
  "scholl's",
  "bronner",
  "bronner's",
  "hauschka",
]);

/** "Dr. Martens order shipped", "Dr. Oetker confirmed the invoice": a brand, not a doctor. */
function doctorBrand(previous: Word | undefined, word: Word, alone: boolean): boolean {
  return alone && previous?.lower === "dr" && doctorBrands.has(word.lower);
}

/** "@Thandiwe", "@Gina Park": an at sign before the word, at the start or after a space. */
function mentioned(text: string, word: Word): boolean {
  return (
    word.start > 0 &&
    text.charCodeAt(word.start - 1) === 64 &&
    (word.start === 1 || /\s/.test(text.charAt(word.start - 2)))
  );
}

// Verbs said of a person that open messages about them. German is left out: its nouns are capitalised
// too ("Hauptstraße ist gesperrt"), and so are French and Spanish prepositions ("Mándalo a …").
// "Nikolaj hat morgen …", "Lucía tiene …", "Giulia ha …", "Pieter heeft …", "Amber est en congé": has, is,
// was, starts and takes in de, fr, es, it, nl, pt, sv, pl, said after a given name, even one English also
// uses as a word ("Amber", "Jade"): English would not follow it so. After a word no list knows they are
// as often said of a drug or a street ("Elvanse ist wieder nicht lieferbar"); French "a" is also Spanish
// and Italian "to" ("Mándalo a …").
// biome-ignore format: a word list reads better packed
const personVerbsOfOtherLanguages = [
  "hat", "ist", "hatte", "nimmt", "fängt", "übernimmt", "est", "était", "avait", "prend", "commence",
  "tiene", "está", "estaba", "tenía", "empieza", "toma", "ha", "è", "era", "aveva", "inizia", "prende", "heeft",
  "neemt", "begint", "tem", "estava", "começa", "har", "ma", "jest", "był", "była",
];

const otherLanguagePersonVerbs = new Set(personVerbsOfOtherLanguages);
// biome-ignore format: a word list reads better packed
const doneByPeopleAfterWill = new Set([
  "join", "attend", "present", "host", "chair", "lead", "cover", "call", "email", "ping", "review", "approve",
  "introduce", "visit", "fly", "travel", "drive", "meet", "miss", "bring", "sign",
]);
// What only people say, think or want, after a clause's break ("…; Wanjiru disagrees because …").
// biome-ignore format: a word list reads better packed
const opinionVerbs = new Set([
  "said", "says", "asked", "asks", "thinks", "thought", "mentioned", "told", "suggested", "promised", "explained",
  "feels", "felt", "believes", "disagrees", "agrees", "wants", "objects", "prefers", "insists",
]);
// biome-ignore format: a word list reads better packed
const saidOfPersonOpening = new Set([
  "has", "is", "was", "starts", "started", "takes", "covers", "joined", "left", "resigned", "tiene", "está",
  "disagrees",
  // French "is" ("Selamawit est hospitalisé(e)")
  "est",
  // what only people say or think ("Priyanka said the build is green", "Chidi thinks we should wait")
  // (a firm confirms, agrees, replies and emails too: "Ferrero confirmed PO-2024-125843")
  "said", "says", "asked", "asks", "thinks", "thought", "mentioned", "told", "suggested", "promised",
  "explained", "feels", "felt", "believes", "texted", "messaged",
  // verbs of speech and opinion of the offices' other languages ("Baraka sagt, …", "Nkechi dit que …")
  "sagt", "meint", "findet", "fragt", "dit", "pense", "trouve", "demande", "dice", "piensa", "pregunta", "pensa",
  "chiede", "zegt", "vindt", "vraagt", "säger", "tycker", "frågar", "sier", "synes", "siger", "mener", "mówi",
  "uważa", "pyta", "diz", "acha", "pergunta",
]);

// The word for "and" of the offices' languages, that pairs two people ("Ioana and Yui", "Tamsin und Jörg").
const pairingWords = new Set(["and", "&", "und", "et", "y", "e", "en", "och", "og", "i", "oraz"]);

/** The word at `at` is joined by "and" to a given name the lists hold as nothing else, before or after it. */
function pairedWithGivenName(text: string, all: readonly Word[], at: number, lexicon: NameLexicon): boolean {
  const word = all[at] as Word;
  const lower = bare(word.lower);
  if (lexicon.common.has(lower) || lexicon.products.has(lower) || lexicon.calendar.has(lower)) return false;
  // A firm's founders come surname first ("Graham and Wiza"): before "and", only a given name that is no surname.
  const isGiven = (other: Word | undefined, surnameToo: boolean) =>
    other?.capitalised === true &&
    lexicon.given.has(other.lower) &&
    !lexicon.ambiguous.has(other.lower) &&
    !lexicon.common.has(other.lower) &&
    (surnameToo || !lexicon.surnames.has(other.lower));
  const joins = (left: Word | undefined, and: Word | undefined, right: Word | undefined) =>
    left !== undefined &&
    and !== undefined &&
    right !== undefined &&
    pairingWords.has(and.lower) &&
    text.slice(left.end, and.start) === " " &&
    text.slice(and.end, right.start) === " ";
  return (
    (joins(all[at - 2], all[at - 1], word) && isGiven(all[at - 2], false)) ||
    (joins(word, all[at + 1], all[at + 2]) && isGiven(all[at + 2], true) && all[at + 3]?.capitalised !== true)
  );
}

// What befalls a person's health or job, said right after the person: "Xiaoling tested positive", "Farhana had
// a panic attack", "Wanjiru got a written warning", "Dohyun hands in notice" (a tool has an outage, gets a
// release).
const befallsPerson =
  /^ (?:just )?(?:tested (?:positive|negative)|had (?:a |an |her |his |their )?(?:panic attack|heart attack|stroke|seizure|baby|miscarriage|surgery|operation|accident|breakdown|fall|fever|relapse)|got (?:a |an )?(?:(?:first |second |final |formal |written |verbal )*warning|promoted|promotion|fired|sacked|laid off|let go|diagnosed|engaged|married|pregnant|hired|covid|sick|a raise|the job|an offer)|hands? in (?:(?:her|his|their) )?(?:notice|resignation)|handed in (?:(?:her|his|their) )?(?:notice|resignation))(?![\p{L}])/u;

// What two people joined by "and" do or are, that tools and firms are not: pairing, meeting, out, saying.
const doneByPairOfPeople =
  /^ (?:(?:are|were|will be) (?:pairing|meeting|out|off|away|leaving|joining|coming|presenting|interviewing|travelling|traveling|getting married|on (?:leave|holiday|vacation|call))|(?:have |both |already )?(?:said|told|asked|met|agreed|paired|resigned|think|say|want|need)|will (?:join|attend|present|host|lead|cover|meet|pair))(?![\p{L}])/u;

/**
 * "Tamsin and Candela are pairing on the bug": two words no list knows, joined by "and" and followed by what
 * people do or are, are two given names, though no list holds either.
 */
function unlistedPairOfPeople(text: string, all: readonly Word[], at: number, lexicon: NameLexicon): boolean {
  const unlisted = (word: Word | undefined) => {
    if (word === undefined || !word.capitalised || !isNameShaped(text, word)) return false;
    const lower = bare(word.lower);
    return !(
      lexicon.common.has(lower) ||
      lexicon.products.has(lower) ||
      lexicon.calendar.has(lower) ||
      lexicon.ambiguous.has(lower) ||
      derivedWord(lower, lexicon)
    );
  };
  const pair = (left: number) => {
    const and = all[left + 1];
    const right = all[left + 2];
    return (
      and !== undefined &&
      right !== undefined &&
      and.lower === "and" &&
      text.slice((all[left] as Word).end, and.start) === " " &&
      text.slice(and.end, right.start) === " " &&
      unlisted(all[left]) &&
      unlisted(right) &&
      doneByPairOfPeople.test(text.slice(right.end, right.end + 40))
    );
  };
  return (all[at - 1]?.lower === "and" && at >= 2 && pair(at - 2)) || (all[at] !== undefined && pair(at));
}

/** `at` is on the second line, under a first line that is only two to four capitalised words: a card's name. */
function roleLineOfCard(text: string, at: number): boolean {
  const lineStart = newlineWithin(text, at, maxRoleLineReach);
  if (lineStart <= 0 || lineStart > maxRoleLineReach || text.lastIndexOf("\n", lineStart - 1) !== -1)
    return false;
  return /^\p{Lu}[\p{L}'’-]{1,30}(?: \p{Lu}[\p{L}'’-]{1,30}){1,3}$/u.test(text.slice(0, lineStart).trim());
}

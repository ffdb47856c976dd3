import type { Detector } from "../detection.ts";
import { clampScore, type Span } from "../span.ts";
import type { Word } from "../text.ts";

// Common given names across the languages the product meets first (en, es,
// fr, de, it, pt, in, cn romanised). Deliberately small: names are a weak
// signal, lifted by a known surname or a word that introduces a person.
// biome-ignore format: a word list reads better packed
const givenNames = new Set([
  "james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles",
  "christopher", "daniel", "matthew", "anthony", "donald", "steven", "paul", "andrew", "joshua", "kenneth",
  "kevin", "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan", "jacob", "gary",
  "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon", "benjamin", "samuel",
  "gregory", "alexander", "patrick", "raymond", "dennis", "jerry", "tyler", "aaron", "jose", "adam", "nathan",
  "henry", "douglas", "zachary", "peter", "kyle", "ethan", "walter", "noah", "jeremy", "christian", "keith",
  "roger", "terry", "austin", "sean", "gerald", "carl", "dylan", "harold", "jordan", "jesse", "bryan",
  "lawrence", "arthur", "gabriel", "bruce", "logan", "albert", "willie", "alan", "eugene", "russell", "vincent",
  "philip", "bobby", "johnny", "bradley", "roy", "ralph", "randy", "wayne", "elijah", "liam", "oliver",
  "lucas", "aiden", "jackson", "sebastian", "owen", "luke", "isaac", "leo", "julian", "levi", "caleb", "hugo",
  "oscar", "max", "felix", "theo", "louis", "leon", "finn", "elias", "jonas", "lukas", "paulo", "pedro",
  "carlos", "juan", "luis", "miguel", "javier", "alejandro", "diego", "pablo", "sergio", "jorge", "antonio",
  "manuel", "francisco", "marco", "matteo", "giovanni", "luca", "giuseppe", "pierre", "jean", "nicolas",
  "antoine", "mathieu", "julien", "thibault", "stefan", "klaus", "jurgen", "wolfgang", "hans", "dieter",
  "raj", "rahul", "amit", "arjun", "vikram", "sanjay", "wei", "jun", "hiroshi", "kenji", "omar", "ahmed",
  "mohammed", "muhammad", "ali", "hassan", "ivan", "dmitri", "sergei", "mary", "patricia", "jennifer",
  "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen", "lisa", "nancy", "betty", "margaret",
  "sandra", "ashley", "kimberly", "emily", "donna", "michelle", "carol", "amanda", "dorothy", "melissa",
  "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia", "kathleen", "amy", "angela", "shirley",
  "anna", "brenda", "pamela", "emma", "nicole", "helen", "samantha", "katherine", "christine", "debra",
  "rachel", "carolyn", "janet", "catherine", "maria", "heather", "diane", "julie", "joyce", "victoria",
  "kelly", "christina", "lauren", "joan", "evelyn", "olivia", "judith", "megan", "cheryl", "martha", "andrea",
  "frances", "hannah", "jacqueline", "ann", "gloria", "jean", "kathryn", "alice", "teresa", "sara", "janice",
  "doris", "madison", "julia", "judy", "abigail", "marie", "denise", "beverly", "amber", "theresa", "marilyn",
  "danielle", "diana", "brittany", "natalie", "sophia", "isabella", "charlotte", "ava", "mia", "amelia",
  "harper", "ella", "chloe", "zoe", "lily", "aria", "nora", "layla", "scarlett", "claire", "lucy", "alexis",
  "sofia", "camila", "valentina", "lucia", "paula", "elena", "carmen", "isabel", "ana", "laia", "marta",
  "chiara", "giulia", "francesca", "camille", "manon", "chloé", "léa", "sophie", "lena", "leonie", "hanna",
  "mila", "lea", "clara", "priya", "ananya", "divya", "pooja", "neha", "mei", "ling", "yuki", "sakura",
  "fatima", "aisha", "leila", "olga", "natasha", "tatiana", "ingrid", "astrid", "freya", "sienna", "jade",
  "kate", "jane", "tom", "tim", "ben", "sam", "alex", "chris", "matt", "mike", "dave", "steve", "nick",
  "dan", "joe", "jim", "bob", "tony", "andy", "rob", "greg", "jeff", "jen", "liz", "beth", "meg", "kim",
  "jess", "becky", "katie", "maggie", "ellie", "annie", "molly", "nina", "eva", "ruth", "irene", "vera",
]);

// Given names that are also words; they need a surname or a cue to count.
// biome-ignore format: a word list reads better packed
const wordLikeNames = new Set([
  "will", "may", "grace", "hope", "mark", "bill", "rose", "frank", "jack", "art", "faith", "joy", "june",
  "april", "august", "summer", "dawn", "holly", "ivy", "iris", "penny", "ruby", "amber", "crystal", "angel",
  "chase", "hunter", "mason", "miles", "price", "rich", "sky", "river", "harper", "jordan", "dean", "guy",
]);

// biome-ignore format: a word list reads better packed
const surnames = new Set([
  "smith", "johnson", "williams", "brown", "jones", "garcia", "miller", "davis", "rodriguez", "martinez",
  "hernandez", "lopez", "gonzalez", "wilson", "anderson", "thomas", "taylor", "moore", "jackson", "martin",
  "lee", "perez", "thompson", "white", "harris", "sanchez", "clark", "ramirez", "lewis", "robinson", "walker",
  "young", "allen", "king", "wright", "scott", "torres", "nguyen", "hill", "flores", "green", "adams",
  "nelson", "baker", "hall", "rivera", "campbell", "mitchell", "carter", "roberts", "patel", "kim", "chen",
  "wang", "singh", "kumar", "müller", "mueller", "schmidt", "schneider", "fischer", "weber", "meyer", "wagner",
  "becker", "dubois", "durand", "lefebvre", "moreau", "laurent", "bernard", "petit", "rossi", "russo",
  "ferrari", "fernandez", "gomez", "diaz", "murphy", "o'brien", "kelly", "walsh", "byrne", "evans", "davies",
  "hughes", "edwards", "cook", "morgan", "bell", "cooper", "ward", "cox", "howard", "richardson", "wood",
  "watson", "brooks", "bennett", "gray", "grey", "james", "reyes", "cruz", "myers", "long", "foster",
  "sanders", "ross", "morales", "powell", "sullivan", "russell", "ortiz", "jenkins", "gutierrez", "perry",
  "butler", "barnes", "fisher", "henderson", "coleman", "simmons", "patterson", "jordan", "reynolds",
  "hamilton", "graham", "gonzales", "alexander", "ramos", "wallace", "griffin", "west", "cole", "hayes",
  "chavez", "gibson", "bryant", "ellis", "stevens", "murray", "ford", "marshall", "owens", "mcdonald",
  "harrison", "ruiz", "kennedy", "wells", "alvarez", "woods", "mendoza", "castillo", "olson", "webb",
  "washington", "tucker", "freeman", "burns", "henry", "vasquez", "snyder", "simpson", "crawford", "jimenez",
  "porter", "mason", "shaw", "gordon", "hunter", "romero", "hicks", "dixon", "hunt", "palmer", "robertson",
  "black", "holmes", "stone", "boyd", "mills", "warren", "fox", "rose", "rice", "moreno", "ferguson",
  "nichols", "herrera", "medina", "ryan", "weaver", "daniels", "stephens", "gardner", "payne", "kelley",
  "dunn", "pierce", "arnold", "tran", "spencer", "peters", "hawkins", "grant", "hansen", "castro", "hoffman",
  "hart", "elliott", "cunningham", "knight", "bradley", "zhang", "liu", "yang", "huang", "zhao", "wu", "zhou",
  "li", "sato", "suzuki", "tanaka", "watanabe", "sharma", "gupta", "shah", "khan", "ahmed", "silva", "santos",
  "oliveira", "costa", "pereira", "novak", "kowalski", "nowak", "ivanov", "petrov", "jensen", "nielsen",
  "larsen", "andersen", "johansson", "karlsson", "nilsson", "lindberg", "berg", "virtanen", "korhonen",
]);

// Capitalised words that follow a given name but are not surnames ("Will Monday", "Grace Period").
// biome-ignore format: a word list reads better packed
const notSurnames = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
  "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "street", "st", "road", "rd", "avenue", "ave", "lane", "drive", "park", "square", "hall", "center",
  "centre", "inc", "ltd", "llc", "corp", "company", "university", "college", "school", "hospital", "period",
  "and", "or", "the", "of", "team", "group", "project", "day", "night", "version", "update", "release",
]);

const introducingWords = new Set([
  "dear",
  "hi",
  "hello",
  "hey",
  "mr",
  "mrs",
  "ms",
  "miss",
  "dr",
  "prof",
  "sir",
  "madam",
  "cc",
  "with",
  "from",
  "by",
  "to",
  "ask",
  "asked",
  "call",
  "called",
  "met",
  "meet",
  "meeting",
  "name",
  "named",
  "manager",
  "colleague",
  "contact",
  "employee",
  "candidate",
  "patient",
  "customer",
  "client",
  "thanks",
  "regards",
  "and",
  "signed",
  "attn",
  "attendee",
  "owner",
  "assignee",
  "reviewer",
  "author",
]);
const honorifics = new Set(["mr", "mrs", "ms", "miss", "dr", "prof"]);

function isNameWord(word: Word | undefined): word is Word {
  if (!word?.capitalised) return false;
  return word.end - word.start >= 2 && !notSurnames.has(word.lower) && !introducingWords.has(word.lower);
}

/**
 * Person names, as a weak signal: a capitalised given name from a short list
 * followed by a capitalised word; or two capitalised words after an
 * honorific or a word that introduces a person ("Dear", "with", "cc").
 * Scores start low and rise with a known surname or such a cue.
 */
export const findPersonNames: Detector = ({ text, profile, code, words }) => {
  if (profile.upper < 2) return [];
  const all = words();
  const spans: Span[] = [];
  for (let i = 0; i < all.length; i++) {
    const first = all[i];
    const second = all[i + 1];
    const previous = all[i - 1]?.lower ?? "";
    if (!isNameWord(first) || introducingWords.has(first.lower)) continue;
    // A name is written with one space between its parts; "Beier, King" is a list of surnames.
    if (!isNameWord(second) || text.slice(first.end, second.start) !== " ") {
      // "Dr Okafor", "Ms. Lindqvist": an honorific makes one capitalised word a name.
      if (honorifics.has(previous) && !givenNames.has(first.lower)) {
        spans.push({
          start: first.start,
          end: first.end,
          category: "pii",
          detector: "person-name",
          score: clampScore(code ? 0.35 : 0.6),
        });
      }
      continue;
    }
    const cue = introducingWords.has(previous);
    const given = givenNames.has(first.lower);
    const wordLike = wordLikeNames.has(first.lower);
    const knownSurname = surnames.has(second.lower);
    if (!(given || wordLike || cue || honorifics.has(previous))) continue;
    let score = given ? 0.55 : wordLike ? 0.3 : 0.45;
    if (knownSurname) score += 0.2;
    if (cue) score += 0.2;
    if (code) score -= 0.25;
    spans.push({
      start: first.start,
      end: second.end,
      category: "pii",
      detector: "person-name",
      score: clampScore(score),
    });
    i++;
  }
  return spans;
};

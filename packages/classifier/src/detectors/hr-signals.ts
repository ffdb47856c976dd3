import type { Detector } from "../detection.ts";
import { clampScore, type Span } from "../span.ts";
import { wordMatcher } from "../text.ts";
import { advertisesARole, employmentInGeneral, relativesJobOrPayAccount } from "./hr.ts";
import { findHrActs, writingAReference } from "./hr-acts.ts";
import { findHrRecords } from "./hr-records.ts";
import { holdsGivenName, nameLexicon } from "./name-lexicon.ts";

// A yearly pay figure: $145,000, €72.500, £68k, 140k USD. One to three digits before the
// thousands, so revenue in millions and prices in units do not match.
const payAmount =
  /(?<![\p{L}\p{N}.,])(?:[$€£] ?\d{1,3}(?:[,.]\d{3})(?![,.]?\d)|[$€£] ?\d{2,3}(?:\.\d)?k\b|\d{1,3}(?:[,. \u00a0\u202f]\d{3}) ?(?:euros?|dollars?|pounds|CHF|PLN|SEK|NOK|DKK|zł|kr)(?![\p{L}])|\d{1,3}(?:[,. \u00a0\u202f]\d{3}) ?(?:USD|EUR|GBP|€|\$|£)|\d{2,3} ?k ?(?:USD|EUR|GBP|€|\$|£)|\d{2,3}k(?= (?:base|salary|OTE|TC|total comp)\b))/giu;
const payWords = wordMatcher([
  "base",
  "salary",
  "pay",
  "paid",
  "offer",
  "bump",
  "raise",
  "comp",
  "compensation",
  "package",
  "increase",
  "annually",
  "annual",
  "per year",
  "a year",
  "p.a",
  "ote",
  "bonus",
  "equity",
  "payroll",
  "earns",
  "earning",
  // round thirteen: one's own earnings said with the verb ("I earn $119,000 as a product manager")
  "earn",
  "verdiene",
  "gagne",
  "gano",
  "guadagno",
  "verdien",
  "zarabiam",
  "tjänar",
  "ganho",
  "making",
  "band",
  "level",
  "promotion",
  "proposed",
  "new base",
  "starting",
  "accepted",
  "accepts",
  "asking for",
  "go up to",
  "counter",
  "counter-offer",
  "gross",
  "net pay",
  "take-home",
  "per annum",
  "wage",
  // the same in the offices' other languages ("Gehalt … brutto", "le salaire de … passe à", "subida salarial")
  "gehalt",
  "lohn",
  "brutto",
  "erhöhung",
  "gehaltserhöhung",
  "salaire",
  "brut",
  "augmentation",
  "salario",
  "salarial",
  "sueldo",
  "bruto",
  "anuales",
  // a year and earning, in the offices' other languages ("cobra 42.000 euros al año", "58 000 € brut annuel")
  "al año",
  "par an",
  "annuel",
  "pro jahr",
  "im jahr",
  "jährlich",
  "all'anno",
  "per jaar",
  "rocznie",
  "om året",
  "por ano",
  "cobra",
  "gana",
  "verdient",
  "gagne",
  "guadagna",
  "zarabia",
  "tjänar",
  "ganha",
  // a salary in Swedish and Portuguese as chat writes it ("lönen höjs till 48 300 kr/mån", "o teu salário passa para")
  "lön",
  "lönen",
  "salário",
  "kr/mån",
  "aumento",
  // a figure offered to or settled for someone ("is offered $185,000", "will be on £148,000 after calibration")
  "offered",
  "will be on",
  "calibration",
  "of target",
  // round fifteen: a year's or a month's pay as German compounds it and the offices' languages name it ("Jahresgehalt:
  // 55.200 €", "salaire annuel brut", "retribuzione annua lorda")
  "jahresgehalt",
  "monatsgehalt",
  "bruttogehalt",
  "bruttojahresgehalt",
  "bruttomonatsgehalt",
  "grundgehalt",
  "festgehalt",
  "zielgehalt",
  "jahresbrutto",
  "salaire annuel",
  "rémunération annuelle",
  "retribución anual",
  "retribuzione annua",
  "jaarsalaris",
  "maandsalaris",
  "wynagrodzenie roczne",
  "salário anual",
]);
// Bonuses run to four figures ("€4,589 (135% of target)"): a figure under ten thousand is pay only beside these.
const bonusWords = wordMatcher([
  "bonus",
  "bonuses",
  "prime",
  "prämie",
  "bonificación",
  "premio",
  "of target",
]);
const programmeBonus = /referral bonus|bonus pool|referral programme|referral program/;
// A monthly salary is four figures ("5.200 € brutto", "3 800 € net par mois"): pay beside these.
const monthlyPayWords = wordMatcher([
  "monatsgehalt",
  "bruttomonatsgehalt",
  "maandsalaris",
  "brutto",
  "netto",
  "brut",
  "net",
  "bruto",
  "monthly",
  "per month",
  "a month",
  "im monat",
  "monatlich",
  "pro monat",
  "par mois",
  "mensuel",
  "al mes",
  "mensual",
  "mensuales",
  "al mese",
  "mensile",
  "per maand",
  "miesięcznie",
  "i månaden",
  "kr/mån",
  "por mês",
  "brutos",
]);
// A row of a compensation sheet: a level code (L4, IC5, E6) or a change in percent (+4%) beside the figure.
const compRow = /(?<![\p{L}\p{N}])(?:(?:L|IC|E|M|P)\d{1,2}(?![\p{L}\p{N}])|[+−-]\d{1,2}(?:[.,]\d)? ?%)/u;
// "last day for Deneval Souza": someone's departure. A capitalised word after "for" is a person
// ("last day for Q3 submissions" has none; months and weekdays are excluded).
const departure =
  /(?<![\p{L}\p{N}])(?:last (?:working )?day for|(?:letting|let) go of|laying off|termination of) (?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu}\p{Ll}+/gu;
// "We're letting Thành Tín go on Friday": a name between "letting" and "go" is someone leaving.
const lettingGo =
  /(?<![\p{L}\p{N}])(?:letting|let) \p{Lu}[\p{L}'’-]{1,30}(?: \p{Lu}[\p{L}'’-]{1,30})? go(?![\p{L}\p{N}]| ahead| through| live| back)/gu;
// "we're letting wouter bosman go": the same with a name typed in lower case, whose first word must then be a given
// name ("letting things go", "let them go" name no one).
const lettingGoLowerCase =
  /(?<![\p{L}\p{N}])(?:letting|let) (\p{Ll}[\p{L}'’-]{1,30})(?: \p{Ll}[\p{L}'’-]{1,30})? go(?![\p{L}\p{N}]| ahead| through| live| back)/gu;
const arrow = /(?:→|->|=>|\bto\b)/;
// A raise said as a percentage: "a 3% raise", "4 % Gehaltserhöhung", "une augmentation de 5 %".
const percentRaise =
  /(?<![\p{L}\p{N}])(?:\d{1,2}(?:[.,]\d)? ?% (?:raise|pay rise|pay raise|pay increase|salary increase|merit increase|bump|gehaltserhöhung|lohnerhöhung|erhöhung|aumento|subida|verhoging|loonsverhoging|podwyżki|podwyżkę|löneförhöjning)(?! in (?!pay|salary|base))|(?:raise|pay rise|augmentation|aumento|gehaltserhöhung|lohnerhöhung|podwyżka|podwyżkę|verhoging) (?:of|de|di|von|van|o|på) \d{1,2}(?:[.,]\d)? ?%)(?![\p{L}\p{N}])/iu;

// "rated 2 out of 5", "calibrated at 3 (meets)", "overall score 4/5", "3 — needs improvement"; a date ("2/5/1965") is none.
const rating =
  /(?<![\p{L}\p{N}])(?:(?:rated|rating|score|scored|calibrated(?: at)?)\s?:?\s?[1-5](?:\.\d)?(?:\s?(?:out of|\/)\s?5(?![/\p{N}]))?|[1-5](?:\.\d)?\s?(?:out of|\/)\s?5(?![/\p{N}])|[1-5] \((?:below|meets|exceeds|strong|needs)[^)]{0,20}\)|["“]?(?:exceeds|meets|partially meets|below|outstanding|strong|needs improvement)["”]? \([1-5]\)|(?:bottom|top) (?:\d{1,2}|half|quartile|quarter)%?(?= (?:this|last|of the) (?:cycle|review|year|half|quarter)))/giu;
// "Overall rating: Exceeds", "rated 'meets most'": a verdict of a review cycle named as plainly as "4 out of 5".
const ratingVerdict =
  /(?<![\p{L}\p{N}])(?:overall |performance |final |year-end )?(?:rating|rated|verdict)\s?:?\s?["“']?(?:exceeds|meets|partially meets|does not meet|below expectations|outstanding|needs improvement|unsatisfactory|exceptional)(?![\p{L}])/iu;
const ratingContext = wordMatcher([
  "cycle",
  "review",
  "reviews",
  "calibration",
  "calibrated",
  "performance",
  "meets",
  "exceeds",
  "below",
  "expectations",
  "manager",
  "h1",
  "h2",
  "q1",
  "q2",
  "q3",
  "q4",
  "year-end",
  "promotion",
  "delivery",
  "overall",
  "self-assessment",
  "peer",
  "feedback",
]);
const notPeopleRating = wordMatcher([
  "stars",
  "star",
  "app",
  "apps",
  "store",
  "restaurant",
  "restaurants",
  "movie",
  "movies",
  "product",
  "products",
  "hotel",
  "hotels",
  "severity",
  "priority",
  "cvss",
  // a retry, a step or a page counted "2/5" is not a person's rating
  "retry",
  "retries",
  "attempt",
  "attempts",
  "step",
  "steps",
  "backoff",
  "page",
  "phase",
  // a pull request rated by a bot or a reviewer
  "pr",
  "prs",
  "bot",
]);
// Suppliers rated in a vendor review ("Bewertung der Lieferanten: Kettler 4/5, Dreyer 3/5"), in the offices'
// languages: read further back than the words above, since a list of ratings follows the one heading.
const supplierRating = wordMatcher([
  "vendor",
  "vendors",
  "supplier",
  "suppliers",
  "lieferant",
  "lieferanten",
  "fournisseur",
  "fournisseurs",
  "proveedor",
  "proveedores",
  "fornitore",
  "fornitori",
  "leverancier",
  "leveranciers",
  "dostawca",
  "dostawców",
  "leverantör",
  "leverantörer",
]);
// Calibration moves a person between verdicts: "from meets to exceeds", "from 3 to exceeds".
// The verdicts may be quoted and the move said with its direction: "from 'exceeds' down to 'meets'".
const ratingMove =
  /(?<![\p{L}\p{N}])from ["“'‘]?(?:[1-5]["”'’]? (?:(?:down|up|back) )?to ["“'‘]?(?:meets|exceeds|below|strong|outstanding|needs improvement)|(?:meets|exceeds|below|strong|outstanding|partially meets)["”'’]? (?:(?:down|up|back) )?to ["“'‘]?(?:[1-5]|meets|exceeds|below|strong|outstanding|needs improvement))(?![\p{L}\p{N}])/iu;

// "help me write feedback for Priya, who missed three deadlines": feedback on a person, said by who they are.
const feedbackOnPerson =
  /(?<![\p{L}\p{N}])(?:feedback|a review|an appraisal|a reference) (?:for|on|about) (?:\p{Lu}[\p{L}'’-]{1,30}(?: \p{Lu}[\p{L}'’-]{1,30})?|(?:a|an|my|our|one of my) \p{Ll}{2,20}(?: \p{Ll}{2,20})?),? who(?![\p{L}\p{N}])/u;

// An HR system's page names the change it makes to one person: "Termination - Ana Ruiz - Workday",
// "…/task/2997$77.htmld#compensation-change".
const hrSystem =
  /(?:workday|bamboohr|personio|hibob|successfactors|rippling|lattice|cultureamp|culture amp|greenhouse|ashby|workable|teamtailor|smartrecruiters|recruitee)/i;
// More HR, payroll and review tools, told by a word of a title rather than a pattern over it: a longer alternation
// cost every short text more than the rest of this detector's gates. "lever" and "namely" as words are rarely titles'
// own words beside an HR act and a person's name, which the page needs besides.
// biome-ignore format: a word list reads better packed
const hrToolWords = new Set([
  "paylocity", "paycom", "paychex", "leapsome", "15five", "zenefits", "justworks", "humaans", "charliehr", "breathehr",
  "darwinbox", "greythr", "freshteam", "jazzhr", "jobvite", "icims", "taleo", "brighthr", "betterworks", "peakon",
  "deel", "gusto", "adp", "ukg", "lever", "keka", "factorial", "namely", "hcm",
]);
// Titles and URLs are short; a long text that mentions an HR system is about it, not a page of it.
const maxHrSystemPageLength = 300;
const hrSystemAct =
  /(?:terminat|promot|demot|change job|job change|change-job|offboard|severance|leave of absence|leave-of-absence|disciplinary|compensation[ -]change|salary[ -]change)\p{L}{0,12}/iu;
// Topics an HR system has a page for whoever is signed in ("Compensation - Workday", "Performance -
// Lattice"): such a page is about one person only when the title or the address names someone.
// An applicant tracking system's offer, scorecard or rejection page is one candidate's likewise.
// The same topics in the offices' other languages ("Gehalt", "Vergütung", "Rémunération", "Sueldo").
const hrSystemTopic =
  /(?:compensation|salary|bonus|calibration|performance|offer|scorecard|rejection|payroll|onboarding|offboarding|gehalt|vergütung|rémunération|salaire|salario|sueldo|stipendio|salaris|lön|wynagrodzenie)\p{L}{0,12}/iu;
// Time off and absences are pages too ("Time Off - BambooHR", "/employees/pto/"): they are one person's
// only when the title names someone by a given name or the address by an id.
const hrSystemLeave = /(?:time[ -]off|absence|abwesenheit(?:en)?|absences|pto|leave)(?![\p{L}])/iu;
// "Ana Ruiz - Compensation - Workday" has a segment besides the page's and the app's; "Ana Ruiz's",
// "for Ana" and an id in the address ("/worker/4711/", "$77") name someone too.
const titleSegmentBreak = / [-–—|:·] /g;
// A settings, overview or report page's segment names a part of the system, not a person ("Gehalt – Einstellungen").
const navigationSegment =
  /^\s*(?:settings|einstellungen|paramètres|configuración|ajustes|impostazioni|instellingen|ustawienia|inställningar|configurações|admin|administration|overview|übersicht|aperçu|reports?|berichte|rapports|policies|richtlinien|templates|vorlagen|dashboard|home|start|startseite|accueil|inicio)\s*$/iu;
const namedInPage =
  /\p{Lu}\p{Ll}+['’]s |(?:for|of|von|de|für) \p{Lu}\p{Ll}|\/\d{3,}(?:[/?#.]|$)|\$\d+|[?&](?:id|employee|worker|person)\w*=/u;

function namesSomeone(page: string): boolean {
  const segments = page
    .split(titleSegmentBreak)
    .filter((segment) => segment.trim() !== "" && !navigationSegment.test(segment));
  if (segments.length >= 3 || namedInPage.test(page)) return true;
  // "Performance Check-in: Sofia Marin | Lattice": a page's heading with a colon before someone's given name.
  return page.includes(": ") && namesPersonOrId(page);
}

function namesPersonOrId(page: string): boolean {
  if (/\/\d{3,}(?:[/?#.]|$)|[?&](?:id|employee|worker|person)\w*=\d/u.test(page)) return true;
  return holdsGivenName(page);
}

// A page's title is cut into segments ("Termination - Ana Ruiz - Workday") or is an address; a sentence of six words or
// more runs without either.
const pageSegmentBreak = / [-–—|:·] |:\/\//u;
function readsAsSentence(text: string): boolean {
  if (pageSegmentBreak.test(text)) return false;
  let spaces = 0;
  for (let at = text.indexOf(" "); at >= 0 && spaces < 5; at = text.indexOf(" ", at + 1)) spaces++;
  return spaces >= 5;
}

// An HR system's self-service pages of one's own pay, titled in capitals ("My Pay - Workday").
const ownPayPage =
  /(?<![\p{L}])My (?:Pay|Payslips?|Pay Slips?|Pay Statements?|Compensation|Salary|Salary History|Total Rewards)(?![\p{L}])/u;

const rangeDash = /^ ?[–—-] ?$/;
const rangeEnd = /\d ?[–—-] ?$/;
const bareRangeBottom = /\d[.,\u00a0\u202f ]\d{3} ?(?:[–—-]|bis|to|à|a|tot|do|till) ?$/u;
const offeredToSomeone = wordMatcher([
  "offer",
  "offered",
  "accepted",
  "accepts",
  "counter",
  "her",
  "his",
  "my",
]);

// A salary said in thousands without a currency ("offered me 95k", "I'm on 62k", "210 base 50k sign on").
// Round thirteen: a pay band named by its level ("asked about the Senior band", "move to the L5 band"), said of a
// person: a 1:1 note headed by their name ("Baraka: …"), a given name or a pronoun. A school's senior band plays.
const levelBand =
  /(?<![\p{L}])(?:the|a|her|his|their|my|next|to) (?:senior|junior|staff|principal|lead|mid|mid-level|entry|associate|(?:L|IC|P|E|M)\d{1,2}) band(?![\p{L}])/iu;
const bandHolder =
  /^\s*\p{Lu}[\p{Ll}\p{Lu}'’-]{1,20}(?: \p{Lu}[\p{Ll}'’-]{1,20})?:|(?<![\p{L}])(?:he|she|him|her|his|i|my|me)(?![\p{L}])/u;
const basePay =
  /^ (?:base|basic)(?: (?:salary|pay|gross|brutto))?(?:[.,;!?)]|$|\s+(?:from|starting|effective|ab|dès|desde|da|vanaf|od|från|in|next|this)(?![\p{L}]))/u;
const bareThousands =
  /(?<![\p{L}\p{N}.,$€£])\d{2,3}(?:[.,]\d)?k(?![\p{L}\p{N}])|(?<![\p{L}\p{N}.,$€£])\d{2,3}(?= base(?![\p{L}\p{N}]| pair))/gu;
// What else is counted in thousands: "95k rows", "10k requests", "50k users".
const countedThings =
  /^\s?\+?\s?(?:rows|records|users|requests|req|rps|qps|tps|events|items|tokens|lines|views|downloads|stars|followers|subscribers|members|messages|msgs|files|docs|documents|pages|errors|hits|calls|ops|iops|writes|reads|keys|vectors|samples|steps|epochs|words|km|miles|mi|tickets|mau|dau|wau|arr|mrr|gmv|impressions|clicks|signups|installs|visitors|sessions|ms)(?![\p{L}])/iu;
// Words that name pay and nothing else near a bare figure; "increase", "level" or "package" do not.
const strictPayWords = wordMatcher([
  "salary",
  "base",
  "comp",
  "bonus",
  "offer",
  "offered",
  "sign on",
  "sign-on",
  "signing",
  "counter",
  "counteroffer",
  "ote",
  "tc",
  "rsus",
  "new hire",
  "relo",
  "relocation",
  "gehalt",
  "salaire",
  "sueldo",
  "salario",
  "stipendio",
  "salaris",
  "lön",
  "pensja",
  // Italian pay is said as a gross yearly figure, "RAL" ("facciamo l'offerta: 45k RAL")
  "ral",
  // and so is pay elsewhere: gross a year ("passe à 48k brut annuel", "55k brutto im Jahr", "40k bruto anual")
  "brut annuel",
  "brut par an",
  "brutto annuo",
  "brutto im jahr",
  "brutto pro jahr",
  "brutto jährlich",
  "bruto anual",
  "bruto al año",
  "bruto per jaar",
  "brutto rocznie",
]);
const basePayWords = wordMatcher([
  "salary",
  "comp",
  "bonus",
  "offer",
  "offered",
  "sign on",
  "sign-on",
  "signing",
  "equity",
  "rsus",
  "ote",
]);
// "I'm on 62k", "she makes 140k": a person before the figure earns it; "the app makes 95k a month" is revenue.
const onPay =
  /(?:(?:i['’]m|i am|she['’]s|he['’]s|they['’]re|new hire is|is now) on|(?:i|she|he|they) (?:make|makes|earn|earns|making|earning|was making|am making|is making)) $/iu;

// "Jake makes 140 and the new guy 155", "she earns 95 now": a person's pay said in thousands without a "k",
// the figure closing its clause. "Jake makes 140 commits" and "the app makes 140 a day" have more after it.
const namedPersonEarns =
  /(?<![\p{L}])(\p{Lu}\p{Ll}{1,20}|[Hh]e|[Ss]he|I|I['’]m) (?:makes|earns|make|earn|is making|am making|is on|['’]s on|on|gets paid) (\d{2,3})(?= (?:and|but|now|base|before|after|while|vs|versus)(?![\p{L}])|[,;!?]|\.(?!\d)|$)/gu;

// Round fourteen: a figure a product or a business earns ("my side project earns $12,000 a month", "die App verdient
// 5.000 € im Monat", "la boutique rapporte 3 000 €") is revenue, earned by a thing and paid to no one. Read in the 40
// characters before the figure, lower-cased. A person named after the thing ("the shop owner earns $5,000") is paid.
const earnedByAThing =
  /(?<![\p{L}])(?:apps?|appli|side project|side hustle|project|business|shop|store|startup|channel|blog|newsletter|site|website|saas|product|plugin|extension|course|podcast|rental|flat|apartment|airbnb|property|company|firm|game|book|kanal|laden|projekt|firma|boutique|entreprise|chaîne|tienda|negocio|empresa|canal|negozio|azienda|winkel|bedrijf|sklep|butik|företaget|företag|loja)(?:['’]s)? (?:(?!(?:owner|owners|manager|founder|founders|keeper|staff|worker|workers|employee|employees|assistant|clerk|person|people|guy|lead|head|director|developer|developers|engineer|engineers)(?![\p{L}]))[\p{L}-]{1,15} ){0,2}(?:earns|earned|makes|made|brings in|brought in|generates|generated|pulls in|rakes in|grosses|grossed|nets|netted|does|did|verdient|verdiente|bringt|brachte|rapporte|génère|genera|gana|factura|guadagna|fattura|rende|levert|genereert|zarabia|przynosi|generuje|tjänar|drar in|ganha|fatura|gera)(?: (?:about|around|roughly|over|almost|nearly|now|already|ungefähr|etwa|environ|unos|circa|około|ungefär))? (?:[$€£] ?)?$/iu;

// Documents and deals between firms, in the offices' languages.
const transactionWords = wordMatcher([
  "invoice",
  "invoices",
  "order",
  "po",
  "purchase order",
  "quote",
  "bill",
  "receipt",
  "deal",
  "contract",
  "subscription",
  "licence",
  "license",
  "renewal",
  "refund",
  "payment",
  // round fifteen: a sum a contract or a court orders paid ("shall pay the sum of £45,700 to"), once, not a wage
  "sum",
  "summe",
  "somme",
  "suma",
  "somma",
  "bedrag",
  "kwota",
  "belopp",
  "quantia",
  "rechnung",
  "bestellung",
  "auftrag",
  "facture",
  "commande",
  "devis",
  "factura",
  "pedido",
  "presupuesto",
  // a firm's price ("the offer from the vendor is 12k"): an offer a supplier makes is a sale, not pay
  "vendor",
  "vendors",
  "supplier",
  "suppliers",
]);
// Words that name a person's pay, which win over a transaction's words ("offer letter: $140,000 base").
const personalPayWords = wordMatcher([
  "salary",
  "base",
  "bonus",
  "comp",
  "compensation",
  "raise",
  "wage",
  "payroll",
  "ote",
  "gehalt",
  "lohn",
  "salaire",
  "salario",
  "sueldo",
  "per year",
  "a year",
  "per annum",
  "annually",
]);

// Scripts written without spaces between words, and Devanagari: the term detectors read words split by spaces,
// so HR's words in Japanese, Chinese, Korean and Hindi are found here, inside the text, after one test for the script.
const unspacedScript = /[\u0900-\u097f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
// Words only employment uses: promotion and demotion, reviews and ratings, pay and its raises, bonuses, discipline,
// improvement plans, dismissal and resignation, layoffs, leave by its kind, probation and the contract of employment.
// A promotion in Hindi ("प्रमोशन") is also a shop's offer, and "评估" (assess) is said of anything: they are not here.
// biome-ignore format: a word list reads better packed
const unspacedHrWords = [
  // Japanese
  "昇格", "昇進", "降格", "昇給", "減給", "人事評価", "評価面談", "査定結果", "懲戒", "始末書", "戒告", "譴責", "解雇",
  "雇い止め", "退職届", "退職願", "辞表", "退職します", "退職する", "退職した", "退職され", "退職予定", "退職日", "内定取り消し", "育休", "育児休業", "産休",
  "産前産後休暇", "介護休業", "休職", "病気休暇", "給与明細", "給料", "年収", "賞与", "試用期間", "雇用契約", "労働契約",
  "パワハラ", "セクハラ", "早期退職", "リストラ",
  // Chinese, simplified and traditional
  "绩效", "績效", "考核结果", "改进计划", "離職", "离职", "辞职", "辭職", "辞退", "解雇", "解僱", "开除", "開除", "裁员",
  "裁員", "工资", "工資", "薪资", "薪資", "薪水", "薪酬", "涨薪", "漲薪", "加薪", "降薪", "年终奖", "年終獎", "晋升",
  "晉升", "升职", "升職", "降职", "降職", "产假", "產假", "陪产假", "育儿假", "病假", "警告信", "记过", "處分", "处分",
  "试用期", "試用期", "劳动合同", "勞動合同", "离职证明", "录用通知", "职场霸凌", "性骚扰",
  // Korean
  "연봉", "월급", "급여", "승진", "강등", "해고", "퇴사", "사직서", "권고사직", "희망퇴직", "구조조정", "육아휴직",
  "출산휴가", "병가", "징계", "경고장", "인사평가", "성과평가", "인사고과", "수습기간", "근로계약", "연봉협상", "성과급",
  "상여금", "직장 내 괴롭힘",
  // Hindi
  "वेतन", "तनख्वाह", "तनख़्वाह", "सैलरी", "इन्क्रीमेंट", "इंक्रीमेंट", "पदोन्नति", "का प्रमोशन", "की प्रमोशन", "मेरा प्रमोशन",
  "प्रमोशन हो", "इस्तीफा", "इस्तीफ़ा", "बर्खास्त", "नौकरी से निकाल", "छंटनी", "मातृत्व अवकाश", "पितृत्व अवकाश",
  "बीमारी की छुट्टी", "चिकित्सा अवकाश", "अनुशासनात्मक", "चेतावनी पत्र", "कारण बताओ नोटिस", "परफॉर्मेंस रिव्यू",
  "अप्रेज़ल", "अप्रेजल",
];
const unspacedHrTerm = new RegExp(unspacedHrWords.join("|"), "u");

function findUnspacedHrTerm(text: string): Span | undefined {
  if (!unspacedScript.test(text)) return undefined;
  const match = unspacedHrTerm.exec(text);
  return match === null ? undefined : hrSpan(match.index, match.index + match[0].length, 0.8);
}

/**
 * HR facts that are numbers, not words: a pay figure beside pay words or
 * changing into another ("$120,000 → $135,000"), and a performance rating
 * ("rated 2 out of 5 this cycle"). Two regular-expression scans with bounded
 * quantifiers, so linear in the text.
 */
export const findHrSignals: Detector = (input) => {
  const spans = findHrFacts(input);
  // Round thirteen: a pay figure in pay news or a benefits list is no one's pay (see aboutEmploymentInGeneral).
  if (spans.length === 0 || employmentInGeneral(input)) return [];
  // Round fourteen: a job advert's figures are the role's pay, offered to no one yet (see advertisesARole).
  const advert = advertisesARole(input.text);
  return spans.filter(
    (span) =>
      !relativesJobOrPayAccount(input.text, span) &&
      !(advert && /\d/.test(input.text.slice(span.start, span.end))),
  );
};

const findHrFacts: Detector = ({ text, profile, code, words }) => {
  if (code) return [];
  const spans: Span[] = [];
  const pageWords = text.length <= maxHrSystemPageLength ? words() : [];
  const hrTool = pageWords.some((word) => hrToolWords.has(word.lower));
  if (text.length <= maxHrSystemPageLength && (hrTool || hrSystem.test(text))) {
    // Round fifteen: a sentence about the HR system ("the Workday → Okta sync terminates sessions for deactivated
    // users") is no page of it; its act is someone's only when it names them.
    const aboutTheSystem = readsAsSentence(text) && !namesPersonOrId(text);
    const action =
      (aboutTheSystem ? null : hrSystemAct.exec(text)) ??
      (namesSomeone(text) ? hrSystemTopic.exec(text) : null) ??
      (namesPersonOrId(text) ? hrSystemLeave.exec(text) : null);
    if (action !== null) spans.push(hrSpan(action.index, action.index + action[0].length, 0.8));
  }
  const ownPay = text.includes("My ") ? ownPayPage.exec(text) : null;
  if (ownPay !== null) spans.push(hrSpan(ownPay.index, ownPay.index + ownPay[0].length, 0.8));
  if (text.includes(" who")) {
    const feedback = feedbackOnPerson.exec(text);
    // "write a reference for Ana, who worked with me": a reference the writer is asked for, not an employer's record.
    const favour =
      feedback?.[0].startsWith("a reference") === true && writingAReference(text, feedback.index);
    if (feedback !== null && !favour)
      spans.push(hrSpan(feedback.index, feedback.index + feedback[0].length, 0.8));
  }
  if (text.includes("from ")) {
    const move = ratingMove.exec(text);
    if (move !== null) spans.push(hrSpan(move.index, move.index + move[0].length, 0.8));
  }
  if (
    text.includes("ast ") ||
    text.includes(" go of ") ||
    text.includes("ing off ") ||
    text.includes("ion of ")
  ) {
    departure.lastIndex = 0;
    for (let match = departure.exec(text); match !== null; match = departure.exec(text)) {
      spans.push(hrSpan(match.index, match.index + match[0].length, 0.8));
    }
  }
  if (text.includes(" band")) {
    const band = levelBand.exec(text);
    if (band !== null && (bandHolder.test(text.slice(0, 400)) || holdsGivenName(text.slice(0, 400))))
      spans.push(hrSpan(band.index, band.index + band[0].length, 0.8));
  }
  spans.push(...findHrActs(text, words()));
  spans.push(...findHrRecords(text));
  const unspaced = findUnspacedHrTerm(text);
  if (unspaced !== undefined) spans.push(unspaced);
  if (text.includes(" go")) {
    lettingGo.lastIndex = 0;
    for (let match = lettingGo.exec(text); match !== null; match = lettingGo.exec(text)) {
      spans.push(hrSpan(match.index, match.index + match[0].length, 0.8));
    }
    lettingGoLowerCase.lastIndex = 0;
    for (let match = lettingGoLowerCase.exec(text); match !== null; match = lettingGoLowerCase.exec(text)) {
      const first = match[1] ?? "";
      const lexicon = nameLexicon();
      if (lexicon.given.has(first) && !lexicon.common.has(first) && !lexicon.products.has(first))
        spans.push(hrSpan(match.index, match.index + match[0].length, 0.8));
    }
  }
  const verdict = text.includes("rat") || text.includes("verdict") ? ratingVerdict.exec(text) : null;
  if (verdict !== null && !notPeopleRating(text.slice(Math.max(0, verdict.index - 40), verdict.index + 60))) {
    spans.push(hrSpan(verdict.index, verdict.index + verdict[0].length, 0.8));
  }
  if (
    text.includes("\n") &&
    (text.includes("\t") || text.includes(";") || text.includes(",") || text.includes("|"))
  ) {
    findReviewSheetCells(text, spans);
  }
  if (profile.digits === 0) return spans;
  const raise = text.includes("%") ? percentRaise.exec(text) : null;
  if (raise !== null) spans.push(hrSpan(raise.index, raise.index + raise[0].length, 0.8));
  const amounts: { start: number; end: number }[] = [];
  payAmount.lastIndex = 0;
  for (let match = payAmount.exec(text); match !== null; match = payAmount.exec(text)) {
    amounts.push({ start: match.index, end: match.index + match[0].length });
  }
  for (const [index, amount] of amounts.entries()) {
    const around = text.slice(Math.max(0, amount.start - 40), amount.end + 40).toLowerCase();
    const next = amounts[index + 1];
    const changes =
      next !== undefined && arrow.test(text.slice(amount.end, next.start)) && next.start - amount.end < 8;
    // "invoice #1416 for €121,000 paid", "the Acme renewal at $150,000": a figure a firm bills or
    // pays another is a transaction; it is someone's pay only with words that name pay itself.
    const before = text.slice(Math.max(0, amount.start - 40), amount.start).toLowerCase();
    if (transactionWords(before) && !personalPayWords(around)) continue;
    if (earnedByAThing.test(before) && !personalPayWords(around)) continue;
    // A referral bonus or a company bonus pool is a programme's figure, not one person's pay.
    if (programmeBonus.test(around)) continue;
    // "€70,000–€90,000", "$120k - $150k": a range is a role's band in an advert, unless it is offered to someone.
    const previous = amounts[index - 1];
    // Round twelve: "65.000–80.000 €" writes the currency once, so the range's bottom is a bare figure.
    const inRange =
      (next !== undefined && rangeDash.test(text.slice(amount.end, next.start))) ||
      (previous !== undefined && rangeDash.test(text.slice(previous.end, amount.start))) ||
      bareRangeBottom.test(text.slice(Math.max(0, amount.start - 16), amount.start)) ||
      // Round fourteen: "salaire 45-55 k€" writes the range's bottom without its thousands.
      rangeEnd.test(text.slice(Math.max(0, amount.start - 8), amount.start));
    if (inRange && !offeredToSomeone(around)) continue;
    const underTenThousand = /^\D*\d[,.]\d{3}/.test(text.slice(amount.start, amount.end));
    // Round thirteen: "goes to £4,956 base" is a monthly base; "£4,956 base plus VAT" and "base price" are a price.
    const baseFollows = basePay.test(text.slice(amount.end, amount.end + 24));
    if (underTenThousand && !bonusWords(around) && !monthlyPayWords(around) && !baseFollows) continue;
    if (payWords(around) || changes || compRow.test(around))
      spans.push(hrSpan(amount.start, changes && next ? next.end : amount.end, 0.8));
  }
  if (text.includes("\t") || text.includes(",") || text.includes(";")) findCompSheetCells(text, spans);
  if (
    text.includes(" makes ") ||
    text.includes(" earns ") ||
    text.includes(" on ") ||
    text.includes(" paid ")
  ) {
    namedPersonEarns.lastIndex = 0;
    for (let earns = namedPersonEarns.exec(text); earns !== null; earns = namedPersonEarns.exec(text)) {
      const subject = earns[1] ?? "";
      if (/^(?:he|she|i|i['’]m)$/i.test(subject) || nameLexicon().given.has(subject.toLowerCase())) {
        spans.push(hrSpan(earns.index, earns.index + earns[0].length, 0.8));
      }
    }
  }
  if (text.includes("k") || text.includes(" base")) {
    // "139k base" is found above already as a pay figure.
    const amountStarts = new Set(amounts.map((amount) => amount.start));
    bareThousands.lastIndex = 0;
    for (let match = bareThousands.exec(text); match !== null; match = bareThousands.exec(text)) {
      const end = match.index + match[0].length;
      const around = text.slice(Math.max(0, match.index - 40), end + 40).toLowerCase();
      if (amountStarts.has(match.index)) continue;
      if (countedThings.test(text.slice(end, end + 16))) continue;
      // "€70-90k", "80–100k": the top of a range is a role's band, as ranges of whole figures are above.
      if (rangeEnd.test(text.slice(Math.max(0, match.index - 8), match.index)) && !offeredToSomeone(around))
        continue;
      const before = text.slice(Math.max(0, match.index - 40), match.index).toLowerCase();
      if (transactionWords(before) && !personalPayWords(around)) continue;
      if (earnedByAThing.test(before) && !personalPayWords(around)) continue;
      // "210 base" needs pay named besides the word "base" ("210 base tables" is a count).
      const pay = !match[0].endsWith("k") ? basePayWords(around) : strictPayWords(around);
      if (pay || onPay.test(text.slice(Math.max(0, match.index - 12), match.index)))
        spans.push(hrSpan(match.index, end, 0.8));
    }
  }
  rating.lastIndex = 0;
  for (let match = rating.exec(text); match !== null; match = rating.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    const around = text.slice(Math.max(0, start - 40), end + 40).toLowerCase();
    if (notPeopleRating(around) || supplierRating(text.slice(Math.max(0, start - 160), start))) continue;
    const explicit = /out of|\/|\(/.test(match[0]);
    if (ratingContext(around) || explicit) spans.push(hrSpan(start, end, ratingContext(around) ? 0.8 : 0.55));
  }
  return spans;
};

// A compensation sheet's cells: a level code with a salary-sized figure in the next cell ("L4\t118,000"), or
// a header naming pay columns ("current_base,proposed_base") over rows of such figures. A revenue sheet has
// neither (no level, no pay column), and a figure counting things ("P1,118000 tickets") is no pay.
// Round thirteen: the figure may be written in thousands or with a space ("L4\t$235k", "L4\t78 000 € bruts annuels").
const levelCell =
  /(?<![\p{L}\p{N}])(?:L|IC|E|M|P)\d{1,2}[\t,;|] ?[$€£]?(?:\d{2,3}[,. \u00a0]?\d{3}(?![\p{N}.,]\d)|\d{2,3}(?:[.,]\d)? ?k(?![\p{L}\p{N}]))/gu;
const payColumn =
  /(?:^|[\t,;|])\s?["']?(?:(?:current|proposed|new|old|annual)[_ ])?(?:base[_ ]salary|base[_ ]pay|salary|total[_ ]comp|comp|bonus|gehalt|salaire|salario|salaris|lön|pensja|(?<=(?:current|proposed|new|old)[_ ])base)(?:[_ ](?:usd|eur|gbp|amount|\d{4}))?["']?(?=\s?[\t,;|\n]|$)/imu;
const salaryCell = /(?<=[\t,;|] ?)[$€£]?\d{2,3}[,.]?\d{3}(?=\s?(?:[\t,;|\n]|$))/gu;

function findCompSheetCells(text: string, spans: Span[]): void {
  pushCellsApart(text, levelCell, spans, (end) => countedThings.test(text.slice(end, end + 16)));
  if (!text.includes("\n") || !payColumn.test(text)) return;
  pushCellsApart(text, salaryCell, spans);
}

function findReviewSheetCells(text: string, spans: Span[]): void {
  if (!ratingColumn.test(text) || !personColumn.test(text)) return;
  pushCellsApart(text, verdictCell, spans);
}

/**
 * Adds an HR span for each match of the global `cell` that overlaps no span found before the call (and is
 * not `skipped`). The matches come in order and never overlap one another, so each is checked only against
 * the spans found before, in one sweep of them sorted by start: checked against every span, a sheet of n
 * cells would cost n² checks. `reach` is the furthest end of the spans that start before the cell ends.
 */
function pushCellsApart(text: string, cell: RegExp, spans: Span[], skipped?: (end: number) => boolean): void {
  const before = spans.slice().sort((a, b) => a.start - b.start);
  let next = 0;
  let reach = -1;
  cell.lastIndex = 0;
  for (let match = cell.exec(text); match !== null; match = cell.exec(text)) {
    const end = match.index + match[0].length;
    if (skipped?.(end)) continue;
    for (let span = before[next]; span !== undefined && span.start < end; span = before[++next])
      reach = Math.max(reach, span.end);
    if (reach <= match.index) spans.push(hrSpan(match.index, end, 0.8));
  }
}

// A review sheet's cells: a header naming a rating column ("Name;Team;Rating;Calibrated") over rows whose cells
// are a review cycle's verdicts ("Below", "Meets", "Exceeds", "Erfüllt", "Dépasse", "Cumple"). A product sheet's
// ratings are stars or numbers, and a verdict word in prose has no cell around it.
const ratingColumn =
  /(?:^|[\t,;|])\s?["']?(?:(?:performance|perf|overall|final|calibrated|review)[_ ])?(?:rating|bewertung|leistungsbeurteilung|évaluation|evaluación|calificación|valutazione|beoordeling|ocena|betyg)["']?(?=\s?[\t,;|\n]|$)/imu;
// …and a column of the people rated: a product or a vendor sheet rates no one.
const personColumn =
  /(?:^|[\t,;|])\s?["']?(?:name|full name|employee|employee name|mitarbeiter|mitarbeiterin|nom|nombre|nome|naam|medewerker|imię i nazwisko|pracownik|namn|person|report)["']?(?=\s?[\t,;|\n])/imu;
const verdictCell =
  /(?<=[\t,;|] ?)["']?(?:meets(?: expectations| most| all)?|exceeds(?: expectations)?|below(?: expectations)?|partially meets|does not meet|needs improvement|needs development|outstanding|exceptional|top performer|low performer|erfüllt|teilweise erfüllt|nicht erfüllt|übertrifft|atteint|partiellement atteint|non atteint|dépasse|cumple|cumple parcialmente|no cumple|supera|voldoet|voldoet niet|overtreft)["']?(?=\s?(?:[\t,;|\n]|$))/giu;

function hrSpan(start: number, end: number, score: number): Span {
  return { start, end, category: "hr", detector: "hr-term", score: clampScore(score) };
}

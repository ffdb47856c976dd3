import { Metadata } from "libphonenumber-js/core";
import {
  type CountryCode,
  findPhoneNumbersInText,
  type PhoneNumber,
  parsePhoneNumberFromString,
} from "libphonenumber-js/max";
import numberingPlans from "libphonenumber-js/max/metadata";
import type { Detector } from "../detection.ts";
import { clampScore, type Span } from "../span.ts";
import { isDigit, isSpaceCode, isWordCode, surroundings, wordMatcher } from "../text.ts";
import { calledOtherNumberAfter, identifierShownAsExample } from "./documentation-values.ts";

// A run longer than this is a table or a number list, not a phone number;
// it is cut into windows of this size so the library never sees long input.
const maxCandidateLength = 40;
// A text with more candidates than this is a table or a dump of numbers; its
// first numbers decide the field's category, and the library's cost stays bounded.
const maxLibraryCallsPerText = 32;

function isPhoneChar(code: number): boolean {
  // 0-9 + ( ) - . / space, no-break space
  return (
    isDigit(code) ||
    code === 43 ||
    code === 40 ||
    code === 41 ||
    code === 45 ||
    code === 46 ||
    code === 47 ||
    code === 32 ||
    code === 160
  );
}

const phoneWords = wordMatcher([
  "call",
  "phone",
  "tel",
  "telephone",
  "mobile",
  "cell",
  "ring",
  "text me",
  "whatsapp",
  "contact",
  "fax",
  "reach",
  "number",
  "tél",
  "telefon",
  "teléfono",
  "nummer",
  "numéro",
  "handy",
  "portable",
  "móvil",
  "cellulare",
  "emergency",
  "emergencia",
  "notfall",
  // The word for a phone or a mobile in the languages of the offices' staff and their families
  // ("Meu celular: (11) 99247-7047", "mob: 975 56 543", "ring meg på mobil", "電話番号").
  "mob",
  "mobil",
  "mobiel",
  "mobilnummer",
  "mobilnr",
  "celular",
  "celu",
  "telefone",
  "telefono",
  "telefoon",
  "telefonnummer",
  "telefonnr",
  "tlf",
  "puhelin",
  "puh",
  "komórka",
  "komórkowy",
  "numer telefonu",
  "ring meg",
  "ring mig",
  "soita",
  // Having called or tried to ("I tried calling …", "rang her on …"), and a direct line, in the offices' languages.
  "calling",
  "called",
  "phoned",
  "phoning",
  "rang",
  "direct line",
  "landline",
  "durchwahl",
  "ligne directe",
  "línea directa",
  "linea diretta",
  "doorkiesnummer",
  "direktnummer",
  // A phone's own word in the wider region's languages ("puhelinnumero", "telefonní číslo", "τηλέφωνο").
  "puhelinnumero",
  "telefonní",
  "telefonu",
  "telefonszám",
  "τηλέφωνο",
  "τηλεφώνου",
  "κινητό",
  // Asking to be called, as people type it in the offices' and their neighbours' languages
  // ("bel me even op …", "ruf mich kurz an: …", "llámame al …", "appelle-moi au …").
  "bel me",
  "bel mij",
  "ruf mich",
  "ruf an",
  "anrufen",
  "llámame",
  "llamame",
  "appelle-moi",
  "appelez-moi",
  // The verb to call in the offices' languages ("tu peux appeler Thibault au …", "puedes llamar a Ana al …",
  // "kun je Joost bellen op …", "pode ligar para …", "du kan ringa Freja på …"); not the forms that also
  // say what someone is called ("il s'appelle", "se llama", "si chiama").
  "appeler",
  "appelez",
  "llamar",
  "chiamare",
  "bellen",
  "ligar",
  "ringa",
  "zadzwonić",
  "chiamami",
  "me liga",
  "liga-me",
  // The subscriber number's name in telecoms' and developers' data ("msisdn": "…").
  "msisdn",
  // Being reached at a number, as people offer it ("du kan nå meg på 412 91 837", "erreichbar unter …",
  // "me joindre au …", "bereikbaar op …", "raggiungibile al …", "zastihnete mě na …").
  "nå meg",
  "nå mig",
  "nå mej",
  "erreichbar",
  "erreichen",
  "erreicht",
  "erreichst",
  "joindre",
  "joignable",
  "bereikbaar",
  "raggiungibile",
  "localizable",
  "contactable",
  "zastihnete",
  "zadzwoń",
  "dzwoń",
  "電話",
  "電話番号",
  "携帯",
  "携帯番号",
  "전화",
  "전화번호",
  "휴대폰",
  "手机",
  "电话",
]);
const notPhoneWords = wordMatcher([
  "routing",
  "aba",
  "iban",
  "swift",
  "order",
  "invoice",
  "id",
  "ref",
  "tracking",
  "account",
  "build",
  "version",
  "versie",
  "versión",
  "versione",
  "serial",
  "ticket",
  "sku",
  "timestamp",
  "case",
  "shipment",
  "parcel",
  "booking",
  "reservation",
  "confirmation",
  "claim",
  "policy",
  "po",
  "batch",
  "job",
  "incident",
  "request",
  // the same words in the offices' other languages ("Auftragsnummer 14254438677", "n° de commande")
  "auftragsnummer",
  "bestellnummer",
  "rechnungsnummer",
  "kundennummer",
  "sendungsnummer",
  "vorgangsnummer",
  "commande",
  "facture",
  "dossier",
  "pedido",
  "factura",
  "expediente",
  "reference",
  "referenz",
  "référence",
  "referencia",
  "riferimento",
  "rechnung",
  // An invoice, a rental or a lease agreement in the other languages staff write ("Fatura nº 2026/004812",
  // "Rental agreement 726890663").
  "fatura",
  "factuur",
  "faktura",
  "fattura",
  "lasku",
  "agreement",
  "rental",
  "verwendungszweck",
  "betreff",
  // An account's number, in the offices' languages, is no phone number.
  "compte",
  "konto",
  "kontonummer",
  "cuenta",
  "conto",
  "rekening",
  "rekeningnummer",
  // Process, time, product and version-control numbers ("PID 4155552671", "EAN 4006381333931").
  "pid",
  "uid",
  "gid",
  "epoch",
  "unix",
  "ean",
  "gtin",
  "upc",
  "isbn",
  "commit",
  "sha",
  "hash",
  "price",
  "amount",
  "total",
  "port",
  "offset",
  "seq",
  // Abbreviated record numbers ("Rechnungsnr. 0151 2884 0917") and a conference's dial-in line or
  // meeting id, which everyone invited calls ("Dial in: +1 646 …", "Einwahl: 0800 …").
  "rechnungsnr",
  "bestellnr",
  "auftragsnr",
  "kundennr",
  "artikelnr",
  "vorgangsnr",
  "ticketnr",
  "artikel",
  "dial in",
  "dial-in",
  "einwahl",
  "einwahlnummer",
  "meeting id",
  "webinar id",
  "conference id",
  // A staff or customer record's number ("Personalnummer 03819263", "employee no. 4471902").
  "personalnummer",
  "mitarbeiternummer",
  "employee",
  "matricule",
  "empleado",
  "dipendente",
  "matricola",
  "personeelsnummer",
  // A production lot, a case file or a customer's record, in the offices' languages ("Lot
  // 218079065635361 failed QA", "Vorgang 92850317493", "zlecenie 67051778636"). Not "contract"
  // alone: "my tax id for the new contract 644460532" hands over a personal number.
  "lot",
  // A cost centre's number ("cost center 4711-0815", "Kostenstelle 4711 0815").
  "cost center",
  "cost centre",
  "kostenstelle",
  "centre de coût",
  "centro de coste",
  "vorgang",
  "zlecenie",
  "zamówienie",
  "sprawa",
  "vertragsnummer",
  "contract no",
  "customer no",
  "client no",
  "n° client",
  // An identity document's number ("carte d'identité 880692310285", "passport 533401372").
  "ssn",
  "nino",
  "bsn",
  "burgerservicenummer",
  "sofinummer",
  "nhs number",
  "nhs no",
  "steuer-id",
  "steuerid",
  // A parcel carrier's tracking number ("FedEx 7749 1234 5678", "DHL 00340434161094042557").
  "fedex",
  "ups",
  "dhl",
  "usps",
  "dpd",
  "gls",
  "hermes",
  "colissimo",
  "chronopost",
  "correos",
  "seur",
  // A company's or an article's registration ("SIRET 732 829 320 00074", "DUNS 150483782").
  "duns",
  "siret",
  "siren",
  "vat",
  "ust-idnr",
  "company number",
  "company no",
  "registration number",
  "crn",
  // The same registers in the offices' other countries ("KvK 02591342", "HRB 86123", "REGON 123456785",
  // "CVR 31852604", "KBO 0456.789.123", "P.IVA 01234567890"): a firm's number, no one's line.
  "kvk",
  "kvk-nummer",
  "handelsregister",
  "handelsregisternummer",
  "hrb",
  "hra",
  "firmenbuch",
  "rcs",
  "kbo",
  "ondernemingsnummer",
  // Not "btw" alone: "new number btw 0157 …" is English for "by the way".
  "btw-nummer",
  "cif",
  "registro mercantil",
  "partita iva",
  "p.iva",
  "nipc",
  "regon",
  "krs",
  "cvr",
  "cvr-nr",
  "artikelnummer",
  "article",
  "item",
  // An error's code ("Error code 0211-1234567", "Fehler 0x…", "erreur 4155552671").
  "error",
  "errno",
  "fehler",
  "fehlercode",
  "erreur",
  // A device's or SIM card's number ("IMEI 356938035643809").
  "imei",
  "imsi",
  "iccid",
  "meid",
  "identité",
  "identidad",
  "identità",
  "ausweis",
  "personalausweis",
  "passport",
  "passeport",
  "pasaporte",
  "reisepass",
  // A national id's own name, in its language ("CPR nummer 2906921237", "IRD number: 49820313",
  // "numéro de registre national: 85073003328", "AHV-Nummer: 756.9318.4756.25").
  "cpr",
  "pesel",
  "personnummer",
  "fødselsnummer",
  "fødselsnummeret",
  "henkilötunnus",
  "hetu",
  "registre national",
  "rijksregisternummer",
  "rijksregister",
  "ahv",
  "ahv-nummer",
  "ahv-nr",
  "avs",
  "svnr",
  "sozialversicherungsnummer",
  // Not "my number": "my number is +1 415 …" hands over a phone; Japan's My Number goes by its own script.
  "マイナンバー",
  "個人番号",
  "ird",
  "tfn",
  "aadhaar",
  "cpf",
  "codice fiscale",
  "sécurité sociale",
  "social security",
  "national insurance",
  "cartão de cidadão",
  // Records named in the plural ("orders 5834215867 and 7487259700 were refunded") and orders,
  // deliveries and invoices in the other languages staff write ("ordine 3472184596", "numer
  // zamówienia 512384907", "注文番号 0904821739").
  "orders",
  "invoices",
  "tickets",
  "cases",
  "refs",
  "ids",
  "shipments",
  "parcels",
  "bookings",
  "claims",
  "requests",
  "incidents",
  "order no",
  "bestellung",
  "auftrag",
  "lieferschein",
  "sendung",
  "commandes",
  "factures",
  "pedidos",
  "facturas",
  "albarán",
  "ordine",
  "ordini",
  "spedizione",
  "bestelling",
  "zamówienia",
  "zamówień",
  "przesyłka",
  "przesyłki",
  "faktury",
  "encomenda",
  "encomendas",
  "beställning",
  "ärende",
  "注文",
  "注文番号",
  "伝票番号",
  "追跡番号",
  "受付番号",
  "問い合わせ番号",
  "請求書番号",
  // A quote or an estimate, numbered like an order ("devis n° 0612489307", "presupuesto 612489307").
  "quote",
  "quotation",
  "estimate",
  "angebot",
  "devis",
  "presupuesto",
  "preventivo",
  // Orders, invoices and a company's registration in the wider region's languages: Finnish, Czech and
  // Slovak, Romanian, Greek, Hungarian, Croatian, Turkish, and the Nordic "Org.nr." and "ordrenummer".
  "tilausnumero",
  "tilaus",
  "tilauksen",
  "laskun",
  "laskunumero",
  "asiakasnumero",
  "viitenumero",
  "objednávky",
  "objednávka",
  "objednávce",
  "objednávku",
  "zakázky",
  "comenzii",
  "comanda",
  "comandă",
  "comenzi",
  "facturii",
  "factură",
  "παραγγελίας",
  "παραγγελία",
  "τιμολογίου",
  "τιμολόγιο",
  "rendelésszám",
  "rendelés",
  "számla",
  "számlaszám",
  "narudžba",
  "narudžbe",
  "sipariş",
  "siparis",
  "org.nr",
  "orgnr",
  "org.nummer",
  "organisasjonsnummer",
  "organisationsnummer",
  "ordrenummer",
  "ordrenr",
  "ordernummer",
  "ordernr",
  "bestillingsnummer",
  // Serial, file, account and vehicle numbers in the neighbours' languages ("numéro de série", "numero
  // pratica", "číslo účtu", "sygnatura akt", "hesap no"), and a booking's or a container's reference.
  "serie",
  "série",
  "seriennummer",
  "serienummer",
  "pratica",
  "účtu",
  "účet",
  "sygnatura",
  "hesap",
  "zakázka",
  "pnr",
  "container",
  "chassis",
  "vin",
  "fahrgestellnummer",
  "offerte",
  "oferta",
  "offert",
  "orçamento",
  "見積番号",
  "見積",
  // A browser's name before its version ("Edge 92.0.4583.23").
  "chrome",
  "chromium",
  "edge",
  "firefox",
  "safari",
  "opera",
]);

// A one-letter or short label right before the number, as signatures and cards print them
// ("T +44 20 7946 0000 | M +44 7700 900000", "Tel. 030 1234567").
const phoneLabelBefore = /(?:^|[\s|(•·,;])(?:T|M|P|F|W|H|O|Tel|Mob|Ph|Cel|Tlf|Tfn)\.?:? ?$/;
// "+44 20 7946 0000": a country code and spaced groups is how people write a phone number, not an id.
const spacedInternational = /^\s*(?:\+|00)\d{1,3}[ \u00a0]\(?\d/;

// Hosts whose paths carry a phone number: WhatsApp's click-to-chat, Telegram, Viber, Signal.
const phonePathHost = /:\/\/(?:www\.)?(?:wa\.me|api\.whatsapp\.com|t\.me|viber\.click|signal\.me)\//i;

/**
 * `https://zoom.us/j/84522319087`, `…/orders/4155552671`: digits that are a whole segment of a URL's
 * path name a record (a meeting, an order, a user), not a phone, outside the messengers' links.
 */
function urlPathRecord(text: string, begin: number, end: number): boolean {
  if (text.charAt(begin - 1) !== "/" || !/^(?:[/?#]|$)/.test(text.charAt(end))) return false;
  let tokenStart = begin;
  while (tokenStart > 0 && begin - tokenStart < 2048 && !isSpaceCode(text.charCodeAt(tokenStart - 1)))
    tokenStart--;
  const url = text.slice(tokenStart, begin);
  return url.includes("://") && !phonePathHost.test(url);
}

/** Whether the digits at `begin` are the path of a messenger's click-to-chat link (`wa.me/…`). */
function messengerLinkBefore(text: string, begin: number): boolean {
  if (text.charAt(begin - 1) !== "/") return false;
  let tokenStart = begin;
  while (tokenStart > 0 && begin - tokenStart < 64 && !isSpaceCode(text.charCodeAt(tokenStart - 1)))
    tokenStart--;
  return phonePathHost.test(text.slice(tokenStart, begin));
}

/** `at` moved back to the start of the word it falls in (at most 20 letters), so a cut word is read whole. */
function wordStartBefore(text: string, at: number): number {
  let start = at;
  while (start > 0 && at - start < 20 && /\p{L}/u.test(text.charAt(start - 1))) start--;
  return start;
}

/**
 * Phone numbers, validated by libphonenumber-js against the full numbering
 * plan metadata (`/max`). The library only ever sees short candidate runs of
 * digits and phone punctuation holding at least seven digits, so its cost is
 * bounded per candidate and the text is scanned once.
 */
export const findPhoneNumbers: Detector = ({ text, profile, code, regions, form }) => {
  if (profile.digits < 7) return [];
  const spans: Span[] = [];
  let calls = 0;
  // "?phone=%2B4917188264 19", "tel:%2B44%207723…": a plus percent-encoded in a URL glues the digits
  // to the "B" of "%2B", which the scan below takes for an id's letter. Cheap gate: "%2B" is present.
  if (text.includes("%2B") || text.includes("%2b")) calls += encodedPlusNumbers(text, spans);
  let i = 0;
  while (i < text.length && calls < maxLibraryCallsPerText) {
    if (!isPhoneChar(text.charCodeAt(i)) || text.charCodeAt(i) === 32) {
      i++;
      continue;
    }
    // A number starts with a digit, "+" or "(": "Tel." or "-" before it are not part of it.
    const first = text.charCodeAt(i);
    if (!isDigit(first) && first !== 43 && first !== 40) {
      i++;
      continue;
    }
    const start = i;
    let digits = 0;
    while (i < text.length && i - start < maxCandidateLength && isPhoneChar(text.charCodeAt(i))) {
      if (isDigit(text.charCodeAt(i))) digits++;
      i++;
    }
    // A number glued to a word ("AB5551234567", "x22405") is an id or an extension, not a phone number.
    // E.164 numbers have at most 15 digits; with an extension or two numbers side by side, 30.
    if (digits < 7 || digits > 30 || (start > 0 && isWordCode(text.charCodeAt(start - 1)))) continue;
    // "INV-2026-627879", "PO-4471-220931": digits hyphenated onto a word are a reference's parts.
    if (text.charAt(start - 1) === "-" && start > 1 && /\p{L}/u.test(text.charAt(start - 2))) continue;
    // Digits running on into hex ("i-0823986a26f8…") are the start of a hex id; "…2671x22" is an extension.
    if (isDigit(text.charCodeAt(i - 1)) && /^[a-f][0-9a-f]/i.test(text.slice(i, i + 2))) continue;
    // "131052-308T", "12345678Z": a capital glued to the end makes the run an id with its check letter.
    if (/[A-Z]/.test(text.charAt(i)) && isDigit(text.charCodeAt(i - 1))) continue;
    // "#09292795": a number after `#` is a reference or an id; phone numbers are not written so.
    if (text.charAt(start - 1) === "#") continue;
    // In a URL's query a number is a phone number only under a key that says so (`tel=`, `phone=`).
    if (text.charAt(start - 1) === "=" && !phoneQueryKeyBefore(text, start - 1)) continue;
    // "17:10:13,908", "1,234,567": a clock or a thousands separator touches the run; numbers are not written so.
    if (touchesClockOrThousands(text, start, i)) continue;
    const candidate = text.slice(start, i);
    // "from 06.03.2026.": the sentence's full stop is not part of the date.
    // "Release 6.13.176.8647 - Jenkins", "OID 1.3.6.1 (serverAuth)": what follows the last digit is not the number's.
    if (notWrittenAsPhone(candidate.replace(/\D+$/, "").trim()) || unitAfter(text, i)) continue;
    // `https://wa.me/31641021661`: a messenger's link holds the number in international digits, no plus.
    if (/^\d{8,15}$/.test(candidate) && messengerLinkBefore(text, start)) {
      calls++;
      const number = parsePhoneNumberFromString(`+${candidate}`);
      // The link's host says the path is a phone number: a range not yet assigned is still someone's.
      if (
        (number?.isValid() || number?.isPossible()) &&
        number !== undefined &&
        !noOnesLine(number, `+${candidate}`, "")
      ) {
        spans.push({ start, end: i, category: "pii", detector: "phone", score: clampScore(0.9) });
        continue;
      }
    }
    // With a country code the number says where it is from; without one, each region of the
    // organisation is tried in turn, most likely first.
    const international = /^\s*(?:\+|00)/.test(candidate);
    // "0034 937741936": 00 is the international prefix of most of the world (not of the US and
    // Canada, which dial 011); read it as "+" so that any region parses it. Same length, same offsets.
    let parsed = /^00[1-9]/.test(candidate) ? ` +${candidate.slice(2)}` : candidate;
    // "+34 (0)607 13 20 36": the bracketed trunk zero is dialled only at home; blank it, same offsets.
    parsed = parsed.replace(/^(\s*\+\d{1,3} ?)\(0\)/, "$1   ");
    const trunkZero = /^\(?0/.test(candidate);
    for (const region of international ? regions.slice(0, 1) : regions) {
      // A national number starting with 0 is written in a region whose trunk prefix is 0, and
      // one that does not, in a region without it: the other regions need not be asked.
      const trunk = trunkPrefixOf(region);
      if (!international && trunkZero !== (trunk === "0")) continue;
      if (calls >= maxLibraryCallsPerText) break;
      // The library is asked only when the region's numbering plan allows a number of this many
      // digits: seven to nine digits are no American number, and an unbroken run longer than the
      // longest number with its trunk prefix is an id. A fifth of the library's calls were such tries.
      const asked = international || candidate.includes("+") || nationalLengthFits(digits, candidate, region);
      // A try counts toward the cap whether or not the library is asked: the fallbacks below may
      // still ask it, and the cap bounds the tries, so their calls stay bounded per text.
      calls++;
      const parsedNumbers = asked ? findPhoneNumbersInText(parsed, { defaultCountry: region }) : [];
      let found = parsedNumbers.filter((number) => number.number.isValid());
      // "+34 0966 131 143", "+39 0347 281 9930": a home trunk zero kept after the country code,
      // where the country dials none; the number without it is the one meant. Same offsets.
      if (found.length === 0 && international && calls < maxLibraryCallsPerText) {
        const kept = keptTrunkZero.exec(parsed);
        if (kept !== null) {
          calls++;
          const at = kept[0].length - 1;
          found = findPhoneNumbersInText(`${parsed.slice(0, at)} ${parsed.slice(at + 1)}`).filter((number) =>
            number.number.isValid(),
          );
        }
      }
      const spaced = international && spacedInternational.test(candidate);
      const near = surroundings(text, start, i);
      // A number in a range the numbering plan has not assigned yet, but written with its country
      // code and spaced groups beside a word for phone, is still someone's number as they wrote it.
      // Under a key that names a phone (`"msisdn": "+34…"`) it is one however it is written.
      if (
        found.length === 0 &&
        international &&
        ((spaced &&
          (phoneWords(surroundings(text, start, i)) ||
            phoneLabelBefore.test(text.slice(Math.max(0, start - 6), start)) ||
            text.trim() === candidate.trim() ||
            listCell(text, start, i) ||
            contactRowCell(text, start, i) ||
            !serviceLineWords(near))) ||
          phoneFieldNamed(text, start, i))
      )
        found = possibleInternational(parsed);
      // The same for a national number in spaced groups ("call me on 348 550 3809", "emergencia … 757 892 133").
      const spacedHome = !international && spacedNational.test(withoutClosingPunctuation(candidate));
      // A service's hotline in an unassigned range is still no one's own line.
      if (
        found.length === 0 &&
        spacedHome &&
        (phoneWords(near) || contactRowCell(text, start, i)) &&
        !serviceLineWords(near)
      )
        found = possibleNational(candidate, region);
      // The North American plan's own shapes, read whatever the area code: "(597) 484-3255", "482.258.3095"
      // (an area code and an exchange that start with 2 to 9, then four digits), and "693 518 6512" or
      // "693-518-6512" (groups of three, three and four) typed alone into a field (an emergency contact's,
      // a profile's) or beside a word for phone.
      if (
        found.length === 0 &&
        !international &&
        trunk === "1" &&
        (northAmericanShape.test(withoutClosingPunctuation(candidate)) ||
          (northAmericanGroups.test(candidate.trim()) &&
            (text.trim() === candidate.trim() || phoneWords(near)))) &&
        !serviceLineWords(near)
      )
        found = possibleNational(candidate, region);
      // Colleagues and families live outside the offices' countries: a national number written in
      // spaced groups beside a word for phone ("mob: 975 56 543", "Ph: 088797 00225"), or in the cell
      // after an e-mail address of a contact row, is read in the other countries people write from.
      if (
        found.length === 0 &&
        region === lastTried(regions, international, trunkZero) &&
        ((groupedNational.test(candidate.trim()) &&
          !serviceLineWords(near) &&
          (phoneWords(near) ||
            numberLabelBefore(text, start) ||
            phoneLabelBefore.test(text.slice(Math.max(0, start - 6), start)))) ||
          (unbrokenNational.test(candidate.trim()) && phoneNamedJustBefore(text, start)) ||
          contactRowCell(text, start, i) ||
          phoneFieldNamed(text, start, i))
      )
        found = validElsewhere(candidate, international);
      for (const number of found) {
        const begin = parsed === candidate || number.startsAt > 1 ? start + number.startsAt : start;
        const end = start + number.endsAt;
        const around = surroundings(text, begin, end);
        if (
          noOnesLine(number.number, text.slice(begin, end), around) ||
          identifierShownAsExample(text, begin, end) ||
          calledOtherNumberAfter(text, end) ||
          insideIbanShape(text, begin)
        )
          continue;
        let score = number.number.isValid() ? 0.8 : 0.6;
        // Only the words just before, on the same line, say what a number is ("order 555 1234"); a job
        // title two lines up, or a US state's "ID" at the end of the line above, does not.
        // A number in between ends a label's reach: in "KvK 02591342 · Tel 020 …" the register's word names
        // the first number, not the phone after it.
        const lineBefore = text.slice(wordStartBefore(text, Math.max(0, begin - 16)), begin);
        const sameLine = lineBefore
          .slice(Math.max(lineBefore.lastIndexOf("\n"), labelReachStart(lineBefore)) + 1)
          .toLowerCase();
        const labelled =
          phoneLabelBefore.test(text.slice(Math.max(0, begin - 6), begin)) ||
          phoneFieldNamed(text, begin, end) ||
          contactRowCell(text, begin, end);
        // "Hotline: +49 30 …", "Kundenservice 089 …": a company's service line, named so right before it.
        // "+49 30 123456-0": the extension 0, which German firms give their switchboard, is one too.
        if (
          serviceLabel(sameLine) ||
          companyServiceLabel(text, begin) ||
          switchboardExtension.test(text.slice(begin, end))
        )
          continue;
        if (
          notPhoneWords(sameLine) ||
          recordNumberBefore(sameLine) ||
          urlPathRecord(text, begin, end) ||
          listedAfterRecord(text, begin)
        )
          score -= 0.35;
        else if (labelled || phoneWords(around)) score += 0.15;
        // In an editor, ids are more likely than phones, unless written the way only phones are.
        // Spaced groups are how people write a phone, and a contact card pasted into an editor is still one.
        if (code) score -= spaced || spacedHome || labelled ? 0.2 : 0.35;
        // Bare digits typed alone into a bank-details form are its routing or account number.
        if (form === "bank" && !international && text.trim() === text.slice(begin, end)) score -= 0.5;
        // Typed alone into an identity or travel form, bare digits are the id or document number it asks for.
        else if (
          (form === "identity" || form === "travel") &&
          !international &&
          text.trim() === text.slice(begin, end)
        )
          score -= 0.3;
        spans.push({ start: begin, end, category: "pii", detector: "phone", score: clampScore(score) });
      }
      if (found.length > 0) break;
    }
  }
  return spans;
};

/** Where the words after the last number of `before` start, less one: -1 when it holds no number followed by a separator. */
function labelReachStart(before: string): number {
  const lastNumber = /\d[^\d\p{L}]*[·|•][^\d]*$/u.exec(before);
  return lastNumber === null ? -1 : lastNumber.index;
}

// Ranges regulators keep for films, books and documentation, as written at home (a country code
// read back to the trunk zero): North America's 555-0100 to 555-0199 under any area code; Ofcom's
// drama numbers (mobile 07700 900, London 020 7946 0, the big cities' 496 0 and 498 0, 01632 960,
// Cardiff, Belfast, freephone and premium); ACMA's 0491 57x mobiles and 5550 landlines; ARCEP's
// fiction blocks (01 99 00 … 06 39 98). The digits are read as written, not as the library parsed
// them: a region tried earlier may have read a British drama number as its own.
const fictionNumber =
  /^(?:1?\d{3}55501\d{2}|55501\d{2}|0(?:7700900|2079460|11[3-8]4960|1[2-6]14960|1914980|1632960|2920180|2896496|8081570|9098790|3069990)\d{3}|0(?:49157|[2378]5550)\d{4}|0(?:19900|26191|35301|46571|53649|63998)\d{4})$/;

/** The digits of `written` in national form: `+44 20…` and `0044 20…` as `020…`, `+1 212…` as `212…`. */
function nationalDigits(written: string): string {
  const digits = written.replace(/\D/g, "");
  const international = /^\s*(?:\+|00)/.test(written);
  const body = /^\s*00/.test(written) ? digits.slice(2) : digits;
  if (!international) return body;
  if (body.startsWith("1")) return body.slice(1);
  if (/^(?:44|61|33)/.test(body)) return `0${body.slice(2)}`;
  return body;
}

// Words that say a premium or shared-cost number is a service's line ("Hotline: 0900 …, 1,99 €/Min").
const serviceLineWords = wordMatcher([
  "hotline",
  "helpline",
  "helpdesk",
  "service",
  "support",
  "customer",
  "kundenservice",
  "servicenummer",
  "kostenlos",
  "gebührenfrei",
  "gratuit",
  "appel",
  "gratuito",
  "atención",
  "min",
  "minute",
  "minuto",
  "freephone",
]);

// The name of a company's service line, in the offices' and their neighbours' languages. Not
// "customer" or "support" alone: "customer Anna Berg, 0151 …" and "support engineer Tom 0151 …" are people.
const serviceLabelWords = [
  "hotline",
  "helpline",
  "helpdesk",
  "service desk",
  "servicedesk",
  "customer service",
  "customer services",
  "customer care",
  "customer support",
  "support line",
  "support hotline",
  "kundenservice",
  "kundendienst",
  "kundenhotline",
  "servicenummer",
  "servicehotline",
  "service client",
  "service clients",
  "atención al cliente",
  "servicio al cliente",
  "servizio clienti",
  "assistenza clienti",
  "klantenservice",
  "kundtjänst",
  "kundeservice",
  "asiakaspalvelu",
  "obsługa klienta",
  "infolinia",
  "zákaznická linka",
  // A firm's general line, which reception answers, is no one's own either ("Switchboard +49 30 …").
  // A service's number and a freephone's name ("Service-Nummer 0900 …", "numéro vert 0 805 …").
  "service-nummer",
  "service nummer",
  "servicetelefon",
  "service-telefon",
  "service-hotline",
  "numéro vert",
  "numero verde",
  "número verde",
  "linea verde",
  "numéro azur",
  "gratisnummer",
  "freephone",
  "toll-free",
  "toll free",
  "switchboard",
  "main line",
  "main office",
  "zentrale",
  "telefonzentrale",
  "standard téléphonique",
  "centralita",
  "centralino",
  "receptie",
  "vaihde",
  "sentralbord",
  "växel",
  "お客様窓口",
  "サポートセンター",
  "客服",
];
// The service's name ends the words before the number: only a colon, "number" or "on" come between.
const serviceLabelBefore = new RegExp(
  `(?<![\\p{L}])(?:${serviceLabelWords.join("|")})(?:\\s|[:.#-]|number|nummer|numer|nr|no|tel|on|op|unter|au|al)*$`,
  "iu",
);

// A number written with "-0" after its last group: the firm's extension 0, its switchboard.
const switchboardExtension = /\d{3}-0$/;

function serviceLabel(lineBefore: string): boolean {
  return serviceLabelBefore.test(lineBefore);
}

// A compound ending in "number" names whose number it is ("Angebotsnummer 604 …", "klantnummer",
// "ordernummer", "Vertragsnr."): only a phone's own compounds (Telefon-, Handy-, Mobil-, Ruf-,
// Festnetz-, Privat-, Fax-, Durchwahl-, Kontakt-, Notfall-) name a phone. Cheap gate: the text must hold "numm" or "nr".
// Finnish and Hungarian compound the same way ("tilausnumero", "Tilausnro", "ügyfélszám"), and German
// hyphenates ("Bestell-Nr.", "Lieferschein-Nummer"); "matkapuhelinnumero" and "telefonszám" are a phone's.
const recordCompoundBefore =
  /(?<![\p{L}])(?!(?:telefon|telefoon|handy|mobil|mobilfunk|mobiel|ruf|rückruf|festnetz|privat|direkt|büro|fax|durchwahl|kontakt|contact|notfall|nood|tlf|tel|gsm|sms|whatsapp|puhelin|matkapuhelin|kännykkä|mobiili)(?:s|e)?-?(?:nummer|nr|numero|nro|szám))\p{L}{2,24}-?(?:nummer|nr\.?|numero|nro\.?|szám)(?:\s|:|#)*$/iu;

// "orders 5834215867 and 7487259700", "Rechnung 4829163705, 4829163706": a number joined to the one
// before it by a comma or a conjunction (in the offices' languages) is listed under the same word.
const listedNumberBefore =
  /(?<![\p{L}\p{N}])\d[\d \u00a0./-]{5,24}(?:\s*[,;&/+]\s*|\s+(?:and|or|und|oder|et|ou|y|o|e|en|of|och|eller|i|lub|oraz)\s+)$/iu;

/** The number at `begin` continues a list whose first number a record word names. */
function listedAfterRecord(text: string, begin: number): boolean {
  let at = begin;
  // A few numbers back at most: each step reads a bounded window.
  for (let step = 0; step < 4; step++) {
    const window = text.slice(Math.max(0, at - 40), at);
    const listed = listedNumberBefore.exec(window);
    if (listed === null) return false;
    at = at - window.length + listed.index;
    const lineBefore = text.slice(wordStartBefore(text, Math.max(0, at - 16)), at);
    const sameLine = lineBefore.slice(lineBefore.lastIndexOf("\n") + 1).toLowerCase();
    if (notPhoneWords(sameLine) || recordNumberBefore(sameLine)) return true;
  }
  return false;
}

// "Hotline Deutsche Bahn: 030 2970", "Kundenservice der Telekom 0800 …": a service line's name, then
// the company's name in one to four capitalised words, then the number.
// Case-sensitive for the company's capitals, so the label's first letter is allowed either case.
const companyServiceLabelBefore = new RegExp(
  `(?<![\\p{L}])(?:${serviceLabelWords.map((word) => `[${word.charAt(0)}${word.charAt(0).toUpperCase()}]${word.slice(1)}`).join("|")})(?:\\s(?:der|des|de|du|la|del|di|van|von|of|at|bei|chez))?(?:\\s\\p{Lu}[\\p{L}&.'-]{0,24}){1,4}\\s?[:.#-]?\\s?$`,
  "u",
);

function companyServiceLabel(text: string, begin: number): boolean {
  const window = text.slice(Math.max(0, begin - 80), begin);
  const line = window.slice(window.lastIndexOf("\n") + 1);
  return companyServiceLabelBefore.test(line);
}

function recordNumberBefore(lineBefore: string): boolean {
  return (
    (lineBefore.includes("numm") ||
      lineBefore.includes("nr") ||
      lineBefore.includes("numero") ||
      lineBefore.includes("szám")) &&
    recordCompoundBefore.test(lineBefore)
  );
}

/**
 * A number that is nobody's own line: one of the ranges kept for fiction, a toll-free number
 * (a business pays for the call), or a premium or shared-cost number called a service's line.
 */
function noOnesLine(number: PhoneNumber, written: string, around: string): boolean {
  if (fictionNumber.test(nationalDigits(written))) return true;
  const type = number.getType();
  return (
    type === "TOLL_FREE" || ((type === "PREMIUM_RATE" || type === "SHARED_COST") && serviceLineWords(around))
  );
}

// Countries colleagues and their families often write from, beyond the organisation's own regions.
// biome-ignore format: a list of codes reads better packed
const otherRegions: readonly CountryCode[] = ["NO", "SE", "DK", "FI", "NL", "BE", "PL", "CZ", "IT", "PT", "IE", "CH", "AT", "BR", "MX", "IN", "JP", "AU", "NZ", "CA"];

/** The last region the loop above tries for this candidate, after which others are asked. */
function lastTried(
  regions: readonly CountryCode[],
  international: boolean,
  trunkZero: boolean,
): CountryCode | undefined {
  if (international) return regions[0];
  let last: CountryCode | undefined;
  for (const region of regions) if (trunkZero === (trunkPrefixOf(region) === "0")) last = region;
  return last;
}

// "M 3404558854", "joignable au 3290580877": a national number in one unbroken run, read in the other
// countries people write from only when a label or a word for a phone stands right before it.
const unbrokenNational = /^\d{9,11}$/;

function phoneNamedJustBefore(text: string, start: number): boolean {
  if (phoneLabelBefore.test(text.slice(Math.max(0, start - 6), start))) return true;
  const before = text.slice(wordStartBefore(text, Math.max(0, start - 24)), start);
  // Only the words since the line's or the last number's end: "Routing number: 636139264 / Acct #: …"
  // names the first number, not the account's after it.
  const words = before.slice(Math.max(before.lastIndexOf("\n"), before.search(/\d\D*$/)) + 1);
  return phoneWords(words) && !serviceLineWords(words) && !notPhoneWords(words);
}

// "NL89 TRIO 2399 1516 07", "DE44 5001 0517 5407 3249 31": an IBAN's country, check digits and groups of
// four before the digits. Written so, the digits are an account (one whose check digits may fail, as a
// rejected or mistyped IBAN's do), never a phone number. Read from a bounded slice.
const ibanShapeBefore = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){1,7} ?$/u;

function insideIbanShape(text: string, begin: number): boolean {
  return ibanShapeBefore.test(text.slice(Math.max(0, begin - 44), begin));
}

// A national number in groups split by spaces or hyphens, or with its area code in brackets:
// "975 56 543", "070-183 45 67", "(11) 99247-7047".
const groupedNational = /^(?:\(\d{2,5}\) ?|\d{2,6}[ \u00a0-])\d{2,8}(?:[ \u00a0-]\d{2,4}){0,3}$/;

// "nr: 509 670 084", "numer 44 40 42 00": the word "number" as the Nordic, Dutch and Polish write it,
// right before spaced groups, which is how a phone is given and an id is not.
const numberLabel = /(?<![\p{L}\p{N}])(?:nr|numer|nummer|nummeret|numero)\.? ?:? ?$/iu;

function numberLabelBefore(text: string, start: number): boolean {
  return numberLabel.test(text.slice(Math.max(0, start - 12), start));
}

// An e-mail address ending right before the comma, tab, semicolon or bar that opens the cell (a pasted
// Markdown table or a pipe-separated export writes "Ana Berg | ana@x.it | 359 596 7293").
const emailCellBefore = /[\p{L}\p{N}._%+-]@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+["']?(?:[,;\t|]| \|) ?["']?$/u;

/**
 * `Ana, +31 6 7332 3114, Madrid`, a tab-separated row: a number with its country code in spaced
 * groups that fills a cell of a list or a row alone is given as someone's phone, even in a range
 * not yet assigned; an amount or a change is not written with a country code's spacing.
 */
function listCell(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && (text.charAt(from - 1) === " " || text.charAt(from - 1) === "\u00a0")) from--;
  const before = text.charAt(from - 1);
  let to = end;
  while (to < text.length && text.charAt(to) === " ") to++;
  const after = text.charAt(to);
  const opens =
    from === 0 || before === "," || before === ";" || before === "\t" || before === "\n" || before === "|";
  const closes =
    to === text.length || after === "," || after === ";" || after === "\t" || after === "\n" || after === "|";
  return opens && closes && (from > 0 || to < text.length);
}

// An e-mail address then a space, as a form's fields are typed one after the other ("ana@x.es 765 965 800").
const emailFieldBefore = /[\p{L}\p{N}._%+-]@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+ $/u;

/**
 * `[start, end)` is the cell after an e-mail address in a contact row ("Ola Berg,ola@x.no,0449 350 989"),
 * the second half of a contact given in brackets ("(ana@x.fr, +44 7772 728695)"), or the field typed
 * after an address that ends the text ("ana@x.es 765 965 800").
 */
function contactRowCell(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 64), start);
  // A SQL row quotes its values with single quotes ("…, 'ana@x.es', '070-123 45 67');").
  if (cellCloses(text.charAt(end)) || barClosesCell(text, end))
    return emailCellBefore.test(before) || (end === text.length && emailFieldBefore.test(before));
  // The scan takes the closing bracket into the candidate: the cell ends at it, or just before it.
  const close = text.charAt(end - 1) === ")" ? end - 1 : end;
  return text.charAt(close) === ")" && emailCellBefore.test(before) && before.includes("(");
}

/** Whether a bar, right at `end` or after one space, closes a cell of a pipe-separated row. */
function barClosesCell(text: string, end: number): boolean {
  return text.charAt(end) === "|" || (text.charAt(end) === " " && text.charAt(end + 1) === "|");
}

/** Whether `after` (a character, or "" at the end) closes a cell of a table or a row of values. */
function cellCloses(after: string): boolean {
  return (
    after === "" ||
    after === "\n" ||
    after === "\r" ||
    after === "," ||
    after === ";" ||
    after === "\t" ||
    after === '"' ||
    after === "'"
  );
}

// A table's header cell that names a phone column ("phone", "Mobile", "work_phone", "Telefonnummer",
// "msisdn"): "phone" anywhere in it, the other words at its start or after a separator ("hotel" is none).
const phoneColumnName =
  /^(?:[\p{L}\d _.-]{0,30}phone[\p{L}\d _.-]{0,20}|(?:[\p{L}\d.]{1,20}[ _-]){0,3}(?:tel|telephone|mobile|mobil|msisdn|cell|fax|handy|telefon|telefono|teléfono|téléphone|telefoon|gsm|whatsapp|celular|cellulare|ruf)(?:[ _.-]{1,2}[\p{L}\d]{0,20}|nr|no|number|nummer)?)$/iu;
// How far a row and its header are read: longer lines are no table a person pasted.
const maxRowChars = 400;

/**
 * `name,role,phone\nAna Ruiz,driver,0614724566`: the cell at `[start, end)` sits under a header cell,
 * on the text's first line, that names a phone column. Quoted cells ("…, 8") are skipped whole.
 */
function phoneColumnCell(text: string, start: number, end: number): boolean {
  let open = start;
  if (text.charAt(open - 1) === '"') open--;
  // A Markdown table pads its cells with spaces: "| Ana | 0612 345 678 |".
  while (text.charAt(open - 1) === " " && start - open < 4) open--;
  const separator = text.charAt(open - 1);
  if (separator !== "," && separator !== ";" && separator !== "\t" && separator !== "|") return false;
  let close = end;
  while (text.charAt(close - 1) === " ") close--;
  while (text.charAt(close) === " " && close - end < 4) close++;
  if (!cellCloses(text.charAt(close)) && text.charAt(close) !== "|") return false;
  // Both looks are bounded by a row's length, so a long line of numbers costs each candidate no more.
  const rowWindow = Math.max(0, open - maxRowChars);
  const newline = text.slice(rowWindow, open).lastIndexOf("\n");
  if (newline === -1) return false;
  const lineStart = rowWindow + newline + 1;
  const header = headerLine(text, separator, lineStart);
  if (header === undefined) return false;
  let column = 0;
  let quoted = false;
  for (let at = lineStart; at < open; at++) {
    const char = text.charAt(at);
    if (char === '"') quoted = !quoted;
    else if (char === separator && !quoted) column++;
  }
  const name =
    header
      .split(separator)
      [column]?.trim()
      .replace(/^["']|["']$/g, "") ?? "";
  return phoneColumnName.test(name);
}

/**
 * A table's header: the first of the text's first three lines, above the row at `rowStart`, that holds
 * the separator and no number of its own ("Rota, week 12\nname,phone\n…" has its title above the
 * header; "address_line1" is a column's name).
 */
const standaloneDigit = /(?<![\p{L}_])\d/u;
function headerLine(text: string, separator: string, rowStart: number): string | undefined {
  let lineStart = 0;
  for (let line = 0; line < 3 && lineStart < rowStart; line++) {
    const lineLength = text.slice(lineStart, lineStart + maxRowChars + 1).indexOf("\n");
    if (lineLength === -1) return undefined;
    const lineEnd = lineStart + lineLength;
    const candidate = text.slice(lineStart, lineEnd);
    if (candidate.includes(separator) && !standaloneDigit.test(candidate)) return candidate;
    lineStart = lineEnd + 1;
  }
  return undefined;
}

// A key or label naming a phone right before its value ("msisdn": "…", `phone_number=`, "mobilePhone: ").
// An XML element's opening tag (`<mobilePhone>`) and a PHP array's `=>` name it too.
const phoneKeyBefore =
  /(?:phone|(?<![\p{L}])(?:[\p{L}\d]{1,20}[_-])?(?:tel|mobile|mobil|msisdn|cell|fax|handy|telefon|telefono|teléfono|téléphone|telefoon|gsm|whatsapp))[\p{L}\d_-]{0,20}["']?[ \t]{0,3}(?:=>|[:=>])[ \t]{0,3}["']?$/iu;

function phoneKeyNamed(text: string, start: number): boolean {
  return phoneKeyBefore.test(text.slice(Math.max(0, start - 48), start));
}

// How far back a SQL statement's VALUES is looked for.
const maxStatementChars = 600;
const valuesKeyword = /(?<![\p{L}\d_])values\s{0,4}\(/giu;
const columnListBefore = /\(([^()]{1,300})\)\s{0,4}$/;

/**
 * `INSERT INTO people (name, phone, email) VALUES ('Ana', '0612 …', …)`: the value at `start` stands in
 * the position of a column the statement's column list names as a phone (see `phoneColumnName`).
 */
function sqlPhoneValue(text: string, start: number): boolean {
  const from = Math.max(0, start - maxStatementChars);
  const window = text.slice(from, start);
  let values: RegExpExecArray | undefined;
  valuesKeyword.lastIndex = 0;
  for (let match = valuesKeyword.exec(window); match !== null; match = valuesKeyword.exec(window))
    values = match;
  if (values === undefined) return false;
  const columns = columnListBefore.exec(window.slice(0, values.index))?.[1];
  if (columns === undefined) return false;
  // The value's place in its row: commas outside quotes since the row's opening bracket.
  let position = 0;
  let quote = "";
  for (let at = values.index + values[0].length; at < window.length; at++) {
    const char = window.charAt(at);
    if (quote !== "") {
      if (char === quote) quote = "";
    } else if (char === "'" || char === '"') quote = char;
    else if (char === ",") position++;
    else if (char === "(") position = 0;
  }
  const name =
    columns
      .split(",")
      [position]?.trim()
      .replace(/^[`"'[]|[`"'\]]$/g, "") ?? "";
  return phoneColumnName.test(name);
}

/** A key, a table's column or a SQL row's column names the value at `[start, end)` as a phone. */
function phoneFieldNamed(text: string, start: number, end: number): boolean {
  return (
    phoneKeyNamed(text, start) ||
    phoneColumnCell(text, start, end) ||
    (text.charAt(start - 1) === "'" && sqlPhoneValue(text, start))
  );
}

/** The candidate, trimmed, as a number valid in one of the other countries (or, with a plus, its own). */
function validElsewhere(
  candidate: string,
  international: boolean,
): ReturnType<typeof findPhoneNumbersInText> {
  const trimmed = candidate.trim();
  // A bracket the number did not open closes the clause around it: "(ana@x.fi, 0402 754 383)".
  const value = trimmed.endsWith(")") && !trimmed.includes("(") ? trimmed.slice(0, -1) : trimmed;
  const startsAt = candidate.indexOf(value);
  const digits = value.replace(/\D/g, "").length;
  if (digits < 7 || digits > 13) return [];
  for (const region of international ? [undefined] : otherRegions) {
    const number =
      region === undefined ? parsePhoneNumberFromString(value) : parsePhoneNumberFromString(value, region);
    if (number?.isValid()) return [{ number, startsAt, endsAt: startsAt + value.length }];
  }
  return [];
}

// North America's written shapes: "(NXX) NXX-XXXX" and "NXX.NXX.XXXX", N being 2 to 9.
const northAmericanShape = /^(?:\([2-9]\d{2}\) ?[2-9]\d{2}-|[2-9]\d{2}\.[2-9]\d{2}\.)\d{4}$/;
const northAmericanGroups = /^[2-9]\d{2}([ -])[2-9]\d{2}\1\d{4}$/;

// A national number in groups of two to five digits split by spaces: "0341 7549025", "936 28 42 91".
const spacedNational = /^\(?\d{2,5}\)?[ \u00a0]\d{2,8}(?:[ \u00a0]\d{2,4}){0,3}$/;

/** The candidate trimmed of spaces and of the full stop or dash that closes its sentence ("… unter +49 151 4105383."). */
function withoutClosingPunctuation(candidate: string): string {
  const value = candidate.trim().replace(/[ ./-]+$/, "");
  // "(ana@x.fr, +44 7772 728695)": a bracket the number did not open closes the clause around it.
  return value.endsWith(")") && !value.includes("(") ? value.slice(0, -1) : value;
}

/** The candidate, trimmed, as one possible (right length for the region) national number. */
function possibleNational(candidate: string, region: CountryCode): ReturnType<typeof findPhoneNumbersInText> {
  const value = withoutClosingPunctuation(candidate);
  const number = parsePhoneNumberFromString(value, region);
  if (number === undefined || !number.isPossible()) return [];
  const startsAt = candidate.indexOf(value);
  return [{ number, startsAt, endsAt: startsAt + value.length }];
}

/** The candidate, trimmed, as one possible (right length for its country) international number. */
function possibleInternational(candidate: string): ReturnType<typeof findPhoneNumbersInText> {
  const value = withoutClosingPunctuation(candidate);
  if (!/^\+\d[\d ()-]{6,20}\d$/.test(value)) return [];
  const number = parsePhoneNumberFromString(value);
  if (number === undefined || !number.isPossible()) return [];
  const startsAt = candidate.indexOf(value);
  return [{ number, startsAt, endsAt: startsAt + value.length }];
}

// A country code of two or three digits, then a trunk zero: "+34 0…", "+390…". (With one digit,
// +1 and +7, a zero never follows.)
// Mexico's mobiles were dialled from abroad with a 1 after the country code until 2019, and
// signatures still carry it ("+52 1 81 4541 2023"): the number without it is the one meant.
const keptTrunkZero =
  /^\s*\+(?:\d{2,3}[ \u00a0-]?0(?=\d)|52[ \u00a0-]?1(?=[ \u00a0-]?\d{2}[ \u00a0-]?\d{4}[ \u00a0-]?\d{4}(?!\d)))/;

// An encoded plus after a query's "=" or a "tel:" scheme, then digits with encoded spaces or hyphens.
const encodedPlus = /(=|tel:|callto:|sms:)%2B(\d(?:%20|[\d.-]){6,30})/gi;

/** Numbers written `%2B…` after a phone query key or scheme, pushed to `spans`; returns the library calls made. */
function encodedPlusNumbers(text: string, spans: Span[]): number {
  let calls = 0;
  for (const match of text.matchAll(encodedPlus)) {
    const [, before = "", written = ""] = match;
    const at = match.index;
    if (before === "=" && !phoneQueryKeyBefore(text, at)) continue;
    const digits = written.replace(/%20|\D/g, "");
    if (digits.length < 8 || digits.length > 15 || calls >= 4) continue;
    calls++;
    const number = parsePhoneNumberFromString(`+${digits}`);
    if (!number?.isValid() || noOnesLine(number, `+${digits}`, "")) continue;
    const start = at + before.length;
    const end = start + 3 + written.replace(/(?:%20|[.-])+$/, "").length;
    if (identifierShownAsExample(text, start, end)) continue;
    spans.push({ start, end, category: "pii", detector: "phone", score: clampScore(0.9) });
  }
  return calls;
}

/** Whether the query key before the `=` at `equals` names a phone ("phone", "tel", "mobile"). */
function phoneQueryKeyBefore(text: string, equals: number): boolean {
  const key = /[A-Za-z_-]{1,32}$/.exec(text.slice(Math.max(0, equals - 32), equals))?.[0] ?? "";
  return /phone|tel|mobile|cell|fax|msisdn|whatsapp/i.test(key);
}

const phoneScheme = /(?:^|[^\p{L}])(?:tel|callto|sip|sms|phone|mobile|fax)$/iu;

const vCardPhone = /(?:^|\n)(?:item\d{1,3}\.)?TEL(?:;[A-Za-z0-9=,"-]{1,40}){0,4}$/i;

function touchesClockOrThousands(text: string, start: number, end: number): boolean {
  const before = text.charAt(start - 1);
  const after = text.charAt(end);
  // `tel:+14065550631`, `Phone:+44…`: a URI scheme or a label, not the minutes of a clock.
  // `TEL;TYPE=CELL:+33 6…`: a vCard's phone property, its parameters between the name and the colon.
  const labelled =
    before === ":" &&
    (phoneScheme.test(text.slice(Math.max(0, start - 9), start - 1)) ||
      vCardPhone.test(text.slice(Math.max(0, start - 48), start - 1)));
  return (
    (before === ":" && !labelled) ||
    // "1,234,567" is a thousands separator; a comma after a word ends a cell of a CSV row
    // ("Ola Berg,+47 412 55 903"), and a number written with a plus or spaced groups is one there.
    // Under a phone column's header any way of writing it is one, whatever the cell before ends in;
    // after a contact's e-mail cell too.
    (before === "," &&
      !phoneColumnCell(text, start, end) &&
      (isDigit(text.charCodeAt(start - 2)) ||
        (!/^\+|\d[ (-]\d|\d[ -]\(?\d/.test(text.slice(start, end)) && !contactRowCell(text, start, end)))) ||
    // "(ana@x.fr, +44 7772 728695): …": a colon after the bracket that closes a clause is no clock's.
    (after === ":" && text.charAt(end - 1) !== ")") ||
    (after === "," && isDigit(text.charCodeAt(end + 1)))
  );
}

// Dates (14.02.2025, 2025-02-14), decimals (58.866748) and thousands in groups of three after a
// shorter first group (8 673 483) are how numbers that are not phone numbers are written.
const datePattern = /^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2})$/;
const decimalPattern = /^\d+\.\d+$/;
const thousandsPattern = /^\d{1,2}(?:[ .\u00a0]\d{3})+$/;

// IPv4 addresses and dotted versions ("10.20.0.14", "4.12.0.3"). Dotted phone numbers end in a
// group of four (US "213.509.7758") or are five pairs (FR "01.23.45.67.89").
const dottedPattern = /^\d{1,3}(?:\.\d{1,3}){2,}(?::\d{1,5})?$/;
const frenchDotted = /^\d{2}(?:\.\d{2}){4}$/;
// Spain writes nine digits 3-2-2-2 or 3-3-3 with dots ("931.73.13.02"); as long as a group is
// over 255 it cannot be an IPv4 address, and versions do not run to nine digits.
const spanishDotted = /^\d{3}(?:\.\d{2}\.\d{2}\.\d{2}|\.\d{3}\.\d{3})$/;
// 123-45-6789 is how an SSN is written; no numbering plan groups a phone number 3-2-4.
const ssnShaped = /^\d{3}-\d{2}-\d{4}$/;

// Six or more dotted groups ("1.3.6.1.4.1.8654.1") are an OID or a section number; no phone has so many.
const manyDottedGroups = /^\d+(?:\.\d+){5,}$/;
// "9.7.183.6351": four or more dotted groups, one of them a single digit, are a version; dotted
// phone numbers group their digits in twos to fours.
function versionWithSingleDigit(candidate: string): boolean {
  const groups = candidate.split(".");
  return (
    groups.length >= 4 &&
    groups.every((group) => /^\d{1,6}$/.test(group)) &&
    groups.some((group) => group.length === 1)
  );
}
// "124.0.6367.118": a browser's version (major, zero, build, patch); no phone number has a lone zero group.
const browserVersion = /^\d{1,3}\.0\.\d{1,5}\.\d{1,4}$/;
// "2026-898566": a year and a serial is how invoices and cases are numbered.
const yearSerial = /^(?:19|20)\d{2}[-/]\d{3,8}$/;
// "12-3456789": a US employer identification number; no numbering plan groups a phone 2-7.
const einShaped = /^\d{2}-\d{7}$/;

// "4979 9104 2933 9027", "3782 822463 10005": a card number's grouping (4-4-4-4, 4-4-4-3, 4-6-5), even
// when it fails its check; no national number runs to 15 digits, and no country code is written.
const cardGrouped = /^[1-9]\d{3}(?:[ -]\d{4}[ -]\d{4}[ -]\d{3,4}|[ -]\d{6}[ -]\d{5})$/;

function notWrittenAsPhone(candidate: string): boolean {
  return (
    cardGrouped.test(candidate) ||
    datePattern.test(candidate) ||
    manyDottedGroups.test(candidate) ||
    browserVersion.test(candidate) ||
    versionWithSingleDigit(candidate) ||
    yearSerial.test(candidate) ||
    einShaped.test(candidate) ||
    decimalPattern.test(candidate) ||
    thousandsPattern.test(candidate) ||
    ssnShaped.test(candidate) ||
    (dottedPattern.test(candidate) &&
      !frenchDotted.test(candidate) &&
      !(spanishDotted.test(candidate) && candidate.split(".").some((group) => Number(group) > 255)))
  );
}

const unitPattern =
  /^ ?(?:ns|µs|us|ms|s|sec|seconds|min|kb|mb|gb|tb|bytes|rows|users|records|events|items|eur|usd|gbp|chf|sek|nok|dkk|pln|czk|huf|ron|jpy|inr|vnd|krw|cny|brl|mxn|cad|aud|€|\$|£|¥|%)(?![\p{L}\p{N}])/iu;

function unitAfter(text: string, end: number): boolean {
  return unitPattern.test(text.slice(end, end + 10));
}

const trunkPrefixes = new Map<CountryCode, string>();
const nationalLengths = new Map<CountryCode, { shortest: number; longest: number }>();

/**
 * Whether a national candidate of `digits` digits can hold a number of `region`: no fewer digits than
 * the shortest number of its numbering plan, and, for an unbroken run of digits, no more than the
 * longest with the trunk prefix dialled before it (spaced or punctuated runs may hold two numbers).
 */
export function nationalLengthFits(digits: number, candidate: string, region: CountryCode): boolean {
  let lengths = nationalLengths.get(region);
  if (lengths === undefined) {
    const metadata = new Metadata(numberingPlans);
    metadata.selectNumberingPlan(region);
    const possible = metadata.numberingPlan?.possibleLengths() ?? [];
    lengths =
      possible.length === 0
        ? { shortest: 0, longest: Number.POSITIVE_INFINITY }
        : { shortest: Math.min(...possible), longest: Math.max(...possible) };
    nationalLengths.set(region, lengths);
  }
  if (digits < lengths.shortest) return false;
  return !/^\d+$/.test(candidate) || digits <= lengths.longest + trunkPrefixOf(region).length;
}

/** The region's trunk prefix ("0" in GB, DE, FR; "1" in the US; "" in ES). */
function trunkPrefixOf(region: CountryCode): string {
  let prefix = trunkPrefixes.get(region);
  if (prefix === undefined) {
    // The core's Metadata with the max build's numbering plans, because the max
    // entry point exports Metadata only as an ES module and the CommonJS build
    // would otherwise try every region and find more phones than the services do.
    const metadata = new Metadata(numberingPlans);
    metadata.selectNumberingPlan(region);
    // The typings leave out `nationalPrefix`, which the library's numbering plan has had for years.
    // A plan with no prefix (ES) holds the number 0 there, not a string: read that as none.
    const plan = metadata.numberingPlan as unknown as { nationalPrefix(): unknown } | undefined;
    const written = plan?.nationalPrefix();
    prefix = typeof written === "string" ? written : "";
    trunkPrefixes.set(region, prefix);
  }
  return prefix;
}

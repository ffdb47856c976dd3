import type { Detector } from "../detection.ts";
import { clampScore, type Span, SpanBlocks } from "../span.ts";

/**
 * Postal addresses in the shapes of the US, the UK, Germany, France and
 * Spain. An address ends in a postal code — a state and ZIP ("IL 62704"), a
 * UK postcode ("NW1 6XE"), or five digits and a town ("10115 Berlin") — and
 * begins, on the same line and at most 100 characters earlier, with a house
 * number before a street ("221 Baker Street", "12 rue de la Paix"), a street
 * word before its name ("Calle Mayor, 5", "Avenida …"), or a German street
 * ending before its number ("Hauptstraße 12"). Postal codes are found by one
 * regular-expression scan with bounded quantifiers; each is then given one
 * bounded look back, so the cost is linear in the text.
 */
// biome-ignore format: the list of states reads better packed
const usStates = new Set([
  "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
  "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK",
  "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "PR",
]);

// A town after its postal code: capitalised words, the first maybe one letter ("A Coruña").
const town = String.raw`\p{Lu}[\p{L}'-]{0,30}(?: \p{Lu}[\p{L}'-]{1,30}){0,2}`;
// After the shorter codes (four digits, PL, SE), a town written in words, not capitals: "1000 Bruxelles", not "1017 BZ".
const namedTown = String.raw`\p{Lu}\p{Ll}[\p{L}'-]{0,29}(?: \p{Lu}[\p{L}'-]{1,30}){0,2}`;
// A town in a script without capitals after five digits ("99160 อุดรธานี", "402411 臺中市" has six and is found apart).
const uncasedTown = String.raw`[\p{Script=Thai}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Han}\p{Script=Devanagari}][\p{L}\p{M}]{1,30}`;
// US state and ZIP; UK postcode (and the odd shapes some generators print, "W10L 1DA"); five digits and a town (DE, FR, ES, IT, FI); four digits, two
// capitals and a town (NL); four digits, a hyphen, three digits and a town (PT); an Eircode (IE);
// four digits and a town (BE, CH, AT, DK, NO); 2-3 digits (PL) and 3 2 digits (SE) and a town;
// a Brazilian CEP (five digits, a hyphen, three); an Australian state and postcode; a town and four or six
// digits after it (NZ "Auckland 1010", IN "Mumbai 400050", which need an English street word before);
// a Canadian province and postal code; a Mexican código postal after its "C.P." ("C.P. 38393, Ciudad de
// México"). Each needs its street.
const postalCodes = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:([A-Z]{2}) (\d{5})(?:-\d{4})?|[A-Z]{1,2}\d(?:[A-Z\d]|\d[A-Z])? ?\d[ABD-HJLNP-UW-Z]{2}|(?:[DFE]-)?(\d{5}) (?:${town}|${uncasedTown})|\d{5}-\d{3}(?: ${town})?|\d{4} ?[A-Z]{2} ${town}|\d{4}-\d{3} ${town}|(?:[AC-FHKNPRTV-Y]\d{2}|D6W) [0-9A-Z]{4}|(\d{4}|\d{2}-\d{3}|\d{3} \d{2}) ${namedTown}|(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT) \d{4}|(${namedTown})(?: -|,)? (?:\d{4}|\d{6})|(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT) [A-Z]\d[A-Z] ?\d[A-Z]\d|C\.P\. ?\d{5}(?:,? ${town})?)(?![\p{L}\p{N}])`,
  "gu",
);

// A house known by its name on the street it stands on, as English villages write it ("Rose Cottage, Church
// Lane", "The Old Rectory, Mill Road"): no house number, so the street's word must follow.
const namedHouse = String.raw`(?:\p{Lu}[\p{L}'’-]{1,20} ){1,2}(?:Cottage|Cottages|House|Farm|Farmhouse|Lodge|Barn|Manor|Mill|Villa|Grange|Rectory|Vicarage), (?:\p{Lu}[\p{L}'’-]{1,24} ){1,2}(?:Lane|Road|Street|Close|Way|Drive|Avenue|Hill|Green|Row|Walk|End)(?![\p{L}])`;
const namedHouseStart = new RegExp(`^${namedHouse}`, "u");
const namedHouseIn = new RegExp(`(?<![\\p{L}\\p{N}])${namedHouse}`, "u");
const namedHouseStreet = new RegExp(`(?<![\\p{L}\\p{N}])${namedHouse}`, "gu");

// What starts the street part: "221B Baker", "12 bis rue", "Calle Mayor", "Hauptstraße 12"; a comma after
// the number only before a street word or a name ending in one ("12, rue de la Paix", "100, MG Road"):
// "Platform 9, London NW1 2DN" and "Year 2024, London SW1A 1AA" number no house; Armenian
// names the street before its lower-case word for avenue, street, lane or highway ("Աբովյան փողոց 5").
// A flat, unit or suite before the house number belongs to the address ("Flat 5, 212 Station Road").
const streetStart =
  /(?<![\p{L}\p{N}])(?:(?:[Ff]lat|[Aa]pt\.?|[Aa]partment|[Uu]nit|[Ss]uite|[Ll]evel|[Ff]loor|Appartement|Wohnung|Piso) [\dA-Z]{1,4}, )?(?:\d{1,5}[A-Za-z]?(?: bis| ter)? (?:\p{Lu}|[\p{Script=Thai}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}]|\d{1,3}(?:st|nd|rd|th) |rue |avenue |av\. |boulevard |bd |place |allée |impasse |chemin |quai |route |cours |via |viale |piazza )|\d{1,5}[A-Za-z]?(?: bis| ter)?, (?:[Rr]ue|[Aa]venue|[Bb]oulevard|[Bb]d|[Pp]lace|[Aa]llée|[Ii]mpasse|[Cc]hemin|[Qq]uai|[Rr]oute|[Cc]ours|[Vv]ia|[Vv]iale|[Pp]iazza|[Cc]alle|[Aa]venida|[Rr]ua) |\d{1,5}[A-Za-z]?, (?=\d{1,3}(?:st|nd|rd|th) |(?:\p{Lu}[\p{L}'-]{0,24} ){1,3}(?:Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Drive|Dr|Marg|Nagar|Main|Cross)(?![\p{L}]))|(?:Calle|C\/|Avenida|Avda\.|Av\.|Plaza|Pza\.|Paseo|Camino|Carretera|Ronda|Travesía|Carrer|Avinguda|Passeig|Rúa|Rua|Travessa|Largo|Praça|Via|Viale|Piazza|Corso|Borgo|Contrada|Strada|Vicolo|Rue|Avenue|Boulevard|Chaussée|Chemin|Quai|Impasse|ul\.|ulica|Aleja|al\.) |(?:\p{Lu}[\p{L}-]{1,40} ){1,2}(?:Straße|Strasse|Str\.|Gasse|Platz|Allee|Ring|Weg|Damm|Ufer|Kai|Markt|gate|gata|gatan|vägen|gade|vej|vei|veien|vegen|katu|tie) \d|\p{Lu}[\p{L}-]{1,40} {1,2}(?:պողոտա|փողոց|նրբանցք|խճուղի) \d|\p{Lu}[\p{L}-]{0,40}(?:[Ss]traße|[Ss]trasse|[Ss]tr\.|[Ww]eg|[Pp]latz|[Aa]llee|[Gg]asse|[Rr]ing|[Dd]amm|[Uu]fer|[Cc]haussee|[Ss]teig|[Pp]fad|straat|laan|gracht|plein|kade|singel|dijk|plantsoen|gatan|gata|gade|vej|veien|vegen|vägen|stigen|gränd|torget|backen|katu|tie) \d)/u;

// Or, ending right before the postal code, a street name and its number with no street word in
// it, as German addresses often are ("Am Weiher 171, ", "Wiehbachtal 131, ", "An der Alster 45 · " on a
// letterhead, which parts street and town with a middle dot or a bar). A floor after the number is
// written "5º izq" in Spain and "1. tv" in Denmark and Norway ("Strøget 150, 1. tv, 7904 København").
const namedStreetBeforeCode =
  /(?:(?:Am|An der|An den|Im|In der|In den|Auf der|Auf dem|Zum|Zur|Unter den|Hinter der) )?\p{Lu}[\p{L}.'-]{1,40}(?: \p{Lu}[\p{L}.'-]{1,40}){0,2} \d{1,4}(?:[a-z]|-[A-Z]{1,3}|-\d{1,3}|-bis|-ter| [IVX]{1,3}| [a-z])?(?:, ?\d{1,2}(?:º|ª|\.º|\.)(?: ?\p{L}{1,6}\.?)?)?(?:, ?|,? [·|–] )$/u;

// Czech, Slovak and Polish houses carry two numbers split by a slash (the land register's and the
// street's: "Dukelských hrdinů 1937/55, ", "Marszałkowska 84/92, "); such a number ends a street
// whose later words may be lower case ("náměstí Míru 12/3", "Dukelských hrdinů").
const slashNumberedStreetBeforeCode =
  /\p{Lu}[\p{L}.'-]{1,40}(?: [\p{L}.'-]{1,40}){0,2} \d{1,5}\/\d{1,4}[a-zA-Z]?(?:, ?|,? [·|–] )$/u;

// Words that, before a number, name a release, a room, a page or a record, never a street
// ("Sprint 12, 20099 Hamburg" is a sprint and an office).
// A station's platform, an airport's terminal, a bus or tram line, an exit, a zone, an office or a lecture
// room, a building on a campus: numbered places inside a town, in the offices' and neighbours' languages.
const notStreetNames =
  /^(?:Gleis|Steig|Bahnsteig|Terminal|Voie|Binario|Andén|Anden|Perron|Peron|Spår|Spor|Plattform|Platform|Bus|Linie|Line|Ligne|Línea|Linea|Tram|Zone|Zona|Sektor|Sector|Ausgang|Eingang|Exit|Entrance|Sortie|Salida|Uscita|Bureau|Büro|Office|Oficina|Ufficio|Kantoor|Biuro|Aula|Saal|Hörsaal|Haus|Gebäude|Building|Bâtiment|Edificio|Edifício|Trakt|Flügel|Wing|Terminal|Hangar|Dock|Rampe|Stand|Parkplatz|Parkhaus|Parking|Sprint|Version|Release|Build|Phase|Step|Stage|Week|Woche|Semaine|Semana|Room|Raum|Zimmer|Salle|Sala|Page|Seite|Kapitel|Chapter|Ticket|Order|Invoice|Rechnung|Auftrag|Team|Gruppe|Group|Level|Etage|Floor|Stock|Gate|Tor|Halle|Hall|Table|Tisch|Slot|Lot|Batch|Case|Fall|Issue|Item|Artikel|Punkt|Point|Q[1-4]|KW)$/;

/** A street named without a street word before the postal code, unless its first word names something else. */
function namedStreetBefore(line: string): RegExpExecArray | null {
  const street = namedStreetBeforeCode.exec(line) ?? slashNumberedStreetBeforeCode.exec(line);
  if (street === null) return null;
  const first = /^[\p{L}.'-]+/u.exec(street[0])?.[0] ?? "";
  // "Abflug Terminal 2, …": the word the number counts names the place, wherever the name starts.
  const counted = /([\p{L}.'-]+) \d/u.exec(street[0])?.[1] ?? "";
  return notStreetNames.test(first) || notStreetNames.test(counted) ? null : street;
}

/**
 * After a four-digit code a street named without a street word ("Spalenberg 12, 4051 Basel", "Meir 78,
 * 2000 Antwerpen") counts only where an address opens: at the line's start, after a label's colon, or
 * after an address word or a preposition ("ship to", "at", "Lieferadresse:").
 */
function namedStreetOpening(before: string): RegExpExecArray | null {
  const street = namedStreetBefore(before);
  if (street === null) return null;
  const lead = before.slice(0, street.index);
  // "Paris 2024, 1000 Athletes": a year is no house number.
  if (/(?<!\d)(?:19|20)\d\d,/.test(street[0])) return null;
  return /^[ \t]*$|:[ \t]*$/.test(lead) ||
    addressCue.test(lead) ||
    prepositionBefore.test(lead) ||
    mapPlaceLead.test(lead)
    ? street
    : null;
}

// A map's URL opens the place it shows or searches for after its path or its query's key
// ("/maps/place/…", "/maps/search/?api=1&query=…", "maps?daddr=…"), its spaces already read from `+`.
const mapPlaceLead = /\/maps\b[^\s]{0,200}(?:\/place\/|\/dir\/|[?&](?:q|query|daddr|destination)=)$/;

// The English street words that let a town and its digits stand for a postal code ("22 Queen Street, Auckland 1010").
const englishStreetWord =
  /(?<![\p{L}])(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Way|Place|Pl|Crescent|Cres|Terrace|Tce|Court|Ct|Boulevard|Blvd|Parade|Highway|Hwy|Square|Marg|Nagar|Colony|Layout|Quay|Grove|Gardens|Mews|Parkway|Pkwy)\.?,/u;

// "157 Highgate, Frankton, Hamilton 3204": a house number and a street, then a suburb, then the town
// and its code, with no street word: the comma-separated places after a house number say address.
const houseNumberThenPlaces =
  /(?:^|[:/]|\s)\d{1,5}[A-Za-z]? \p{Lu}[\p{L}'-]{1,30}(?: \p{Lu}[\p{L}'-]{1,30}){0,2}, (?:\p{Lu}[\p{L}'-]{1,30}(?: \p{Lu}[\p{L}'-]{1,30})?, ){1,2}$/u;

/** A street with a house number and at least one more place before a town and its code, the code no year. */
function placesAfterHouseNumber(before: string, townAndCode: string): boolean {
  return !/(?<!\d)(?:19|20)\d\d$/.test(townAndCode) && houseNumberThenPlaces.test(before);
}

const australianStateCode = / (?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT) \d{4}$/;

const maxStreetLength = 100;
// An address block's lines between its street and its postal code: a district, a town, a flat, a building
// ("14 Albion Road\nStoke Newington\nLondon\nN16 9PH").
const maxLinesAbove = 3;
const maxLineLength = 60;
// What may stand before a postal code at the start of its own line: the town ("Tacoma, "), or nothing.
const townBeforeCode = /^\s*(?:\p{Lu}[\p{L}.' -]{0,40},? ?)?$/u;
// A line holding only a house number ("7", "12a").
const houseNumberLine = /^[ \t]*\d{1,5}[a-zA-Z]?[ \t]*$/;

/**
 * Labels and forms print addresses in capitals ("CALLE MAYOR, 64", "LINDENSTRASSE 135B"): a line
 * with no lower-case letter is read as if each word were capitalised, at the same offsets.
 */
function asWritten(line: string): string {
  if (/\p{Ll}/u.test(line) || !/\p{Lu}{2}/u.test(line)) return line;
  const cased = line.replace(/\p{L}+/gu, (word) => word.charAt(0) + word.slice(1).toLowerCase());
  return cased.length === line.length ? cased : line;
}

function streetIn(line: string): RegExpExecArray | null {
  return (
    streetStart.exec(line) ??
    namedHouseIn.exec(line) ??
    (line === asWritten(line) ? null : streetStart.exec(asWritten(line)))
  );
}

export const findPostalAddresses: Detector = (input) => {
  const found = findCasedAddresses(input);
  const { text, profile, code } = input;
  if (profile.digits < 4 || !lowerStreetWord.test(text)) return found;
  const lower = lowerCaseAddresses(text, code);
  return lower.length === 0
    ? found
    : [
        ...found,
        ...lower.filter((span) => !found.some((other) => other.start < span.end && span.start < other.end)),
      ];
};

const findCasedAddresses: Detector = ({ text: original, profile, code, form }) => {
  if (form === "address" && profile.digits >= 1) {
    const line = streetLineFilledAlone(original, code);
    if (line.length > 0) return line;
  }
  if (profile.digits < 1) return [];
  if (profile.upper < 1) return cjkAddressMark.test(original) ? cjkAddresses(original, code) : [];
  // Cheap gate first: vCards write their property names in capitals.
  const card =
    original.includes("ADR") && vCardAddressLine.test(original) ? vCardAddresses(original, code) : [];
  // A postal code has three digits at least; a street's number may have one ("5 Rue de la Paix").
  const addressForm = form === "address";
  if (profile.digits < 3) return [...card, ...streetsWithoutPostalCode(original, card, code, addressForm)];
  // A map's URL writes the spaces of the place it shows as `+` ("/maps/place/12+Rue+de+Rivoli,+75001+Paris"):
  // read it with spaces, one character for one, so offsets stay those of the URL.
  const text = /^https?:\/\/\S{0,2048}$/.test(original) ? original.replaceAll("+", " ") : original;
  const spans: Span[] = [...card];
  postalCodes.lastIndex = 0;
  for (let match = postalCodes.exec(text); match !== null; match = postalCodes.exec(text)) {
    const state = match[1];
    if (state !== undefined && !usStates.has(state)) continue;
    // "…, 28013 Madrid');": a closing quote after the town is the string's, not the town's.
    const end = match.index + match[0].replace(/'+$/, "").length;
    let lineStart = match.index;
    while (lineStart > 0 && text.charAt(lineStart - 1) !== "\n" && match.index - lineStart < maxStreetLength)
      lineStart--;
    const before = text.slice(lineStart, match.index);
    // After the shorter codes, which years and counts also look like, only a street word will do.
    const shortCode = match[4] !== undefined;
    // "Auckland 1010", "Mumbai 400050": a town before digits is only a postal code after an English street.
    // "Paddington NSW 2021" on an envelope's last line is read as a town and digits; its state makes it
    // Australia's, whose street may stand on the line above.
    if (
      match[5] !== undefined &&
      !englishStreetWord.test(before) &&
      !placesAfterHouseNumber(before, match[0]) &&
      !(australianStateCode.test(match[0]) && streetLinesAbove(text, lineStart, before) !== undefined)
    )
      continue;
    const street = streetIn(before) ?? (shortCode ? namedStreetOpening(before) : namedStreetBefore(before));
    // After a short code the street above must open with a street word ("ul. Długa 5\n31-042 Kraków").
    const start =
      street === null ? streetLinesAbove(text, lineStart, before, shortCode) : lineStart + street.index;
    const box = postBoxIn(before);
    const from =
      box === undefined ? start : start === undefined ? lineStart + box : Math.min(start, lineStart + box);
    if (from === undefined || card.some((span) => span.start <= from && end <= span.end)) continue;
    // The street part holds a house number (or a box's), and a separator before the postal code.
    const streetPart = text.slice(from, match.index);
    if (!(/\d/.test(streetPart) || namedHouseStart.test(streetPart)) || !/[,\s]$/.test(streetPart)) continue;
    spans.push({
      start: from,
      end,
      category: "pii",
      detector: "postal-address",
      score: clampScore(code ? 0.5 : 0.85),
    });
  }
  if (cjkAddressMark.test(text)) spans.push(...cjkAddresses(text, code));
  if (japaneseWard.test(text)) spans.push(...romanisedJapaneseAddresses(text, code));
  const found = [...spans, ...streetsWithoutPostalCode(text, spans, code, addressForm)];
  return placeholderWord.test(text) ? found.filter((span) => !placeholderAddress(text, span)) : found;
};

// A vCard's address property (RFC 6350 ADR, with its parameters and an Apple-style group prefix):
// "ADR;TYPE=home:;;Hauptstraße 5;Berlin;;10115;Germany". Its value is the address, its parts split
// by semicolons; the line is read up to a bounded length.
const vCardAddressLine = /(?:^|\n)(?:item\d{1,3}\.)?ADR[;:]/i;
const vCardAddress = /(?:^|\n)(?:item\d{1,3}\.)?ADR(?:;[^:\n]{0,80})?:([^\n]{1,300})/gi;

/** The value of each vCard ADR line that holds a number: from its first filled part to its last. */
function vCardAddresses(text: string, code: boolean): Span[] {
  const spans: Span[] = [];
  vCardAddress.lastIndex = 0;
  for (let match = vCardAddress.exec(text); match !== null; match = vCardAddress.exec(text)) {
    const value = match[1] ?? "";
    const filled = value.replace(/^[;\s]+/, "");
    const trimmed = filled.replace(/[;\s]+$/, "");
    // "ADR:;;;Berlin;;;Germany" names a town, no one's door: a house number or a postal code must be there.
    if (!/\d/.test(trimmed) || !/\p{L}/u.test(trimmed)) continue;
    const start = match.index + match[0].length - value.length + (value.length - filled.length);
    spans.push({
      start,
      end: start + trimmed.length,
      category: "pii",
      detector: "postal-address",
      // A contact card's property says what its value is, in an editor too.
      score: clampScore(code ? 0.7 : 0.9),
    });
  }
  return spans;
}

// Forms, schemas and templates fill an address with placeholders: Germany's "Musterstraße 1, 12345
// Musterstadt", the English-speaking world's "Anytown" and "Example Street". Such an address is no one's.
const placeholderWord = /Muster|Anytown|Example|Sample|Beispiel/i;
const placeholderPart =
  /(?<![\p{L}])(?:Muster\p{Ll}+|Anytown|Any ?[Cc]ity|(?:Example|Sample|Beispiel)(?: ?(?:Street|Road|Avenue|Lane|[Ss]tra(?:ß|ss)e|[Ww]eg|[Ss]tadt|[Oo]rt|City|Town))?)(?![\p{L}])/u;

// "123 Main Street, Anytown, ST 12345": a placeholder town right after a street found alone marks the street too.
const placeholderReach = 24;

function placeholderAddress(text: string, span: Span): boolean {
  const after = text.slice(span.end, span.end + placeholderReach);
  const sameLine = after.slice(0, after.indexOf("\n") < 0 ? after.length : after.indexOf("\n"));
  return placeholderPart.test(text.slice(span.start, span.end)) || placeholderPart.test(sameLine);
}

// Japanese addresses in Latin letters run from the block numbers up: "1-13-29 Sangenjaya, Setagaya-ku,
// Tokyo 154-0024". A ward, city, town or county with its suffix and the seven-digit postcode make one.
const japaneseWard = /-(?:ku|shi|cho|machi|gun|mura)\b/i;
const romanisedJapaneseAddress =
  /(?<![\p{L}\p{N}-])\d{1,4}(?:-\d{1,4}){1,3} \p{Lu}[\p{L}'-]{1,30}(?: \p{Lu}[\p{L}'-]{1,30})?, (?:\p{Lu}[\p{L}'-]{1,30}, )?\p{Lu}\p{Ll}{1,30}-(?:ku|shi|cho|machi|gun|mura)(?:, \p{Lu}[\p{L}-]{1,30}){0,2},? \d{3}-\d{4}(?![\p{N}])/gu;

function romanisedJapaneseAddresses(text: string, code: boolean): Span[] {
  const spans: Span[] = [];
  romanisedJapaneseAddress.lastIndex = 0;
  for (
    let match = romanisedJapaneseAddress.exec(text);
    match !== null;
    match = romanisedJapaneseAddress.exec(text)
  ) {
    // "section 1-2-3 Setup, …": a numbered part of a document, not a block of houses.
    if (countedThingBefore.test(text.slice(Math.max(0, match.index - streetCueReach), match.index))) continue;
    spans.push({
      start: match.index,
      end: match.index + match[0].length,
      category: "pii",
      detector: "postal-address",
      score: clampScore(code ? 0.5 : 0.85),
    });
  }
  return spans;
}

// Addresses written in Han and kana run from the largest part to the smallest, with no spaces: a Japanese
// one after its 〒 postcode or from its prefecture to the block numbers ("東京都千代田区丸の内1-1-1"), a
// Chinese one from its road to the house number and 號/号 ("金西路9號", "建国路88号"), then maybe a
// postal code and a town.
const cjkAddressMark = /[〒號号県都府]/;
const cjkAddress =
  /〒 ?\d{3}-\d{4}[ \u3000]?[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\dー−-]{0,40}|(?:東京都|北海道|大阪府|京都府|\p{Script=Han}{2,3}県)\p{Script=Han}{1,6}[市区郡町村][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{0,12}\d{1,4}(?:[-−丁目番地]{1,2}\d{1,4}){1,3}[号]?|\p{Script=Han}{1,10}[路街道巷](?:[一二三四五六七八九十]段)?\d{1,5}(?:巷\d{1,4})?(?:弄\d{1,4})?[號号](?:\d{1,3}樓)?(?:, ?\d{3,6} \p{Script=Han}{2,6})?/gu;

function cjkAddresses(text: string, code: boolean): Span[] {
  const spans: Span[] = [];
  cjkAddress.lastIndex = 0;
  for (let match = cjkAddress.exec(text); match !== null; match = cjkAddress.exec(text)) {
    spans.push({
      start: match.index,
      end: match.index + match[0].length,
      category: "pii",
      detector: "postal-address",
      score: clampScore(code ? 0.5 : 0.8),
    });
  }
  return spans;
}

// Post-office boxes in the shapes of the US, UK, AU, DE, NL, ES, PT, IT, FR and PL; "Postfach 10 12 34".
const postBox =
  /(?<![\p{L}\p{N}])(?:P\.? ?O\.? ?Box|Post Office Box|GPO Box|Locked Bag|Postfach|Postbus|Apartado(?: de [Cc]orreos)?|Apdo\.|Caixa Postal|Casella [Pp]ostale|Skrytka [Pp]ocztowa|B\.?P\.?|Boîte [Pp]ostale) \d{1,6}(?: \d{2}){0,2}(?![\p{L}\p{N}])/u;

/** Where a post-office box starts in the text before a postal code, if one is there. */
function postBoxIn(before: string): number | undefined {
  return postBox.exec(before)?.index;
}

// A box named alone, with no postal code after it: only its longer names, which mean nothing else ("BP" may be a firm).
const postBoxAlone =
  /(?<![\p{L}\p{N}])(?:P\.? ?O\.? ?Box|Post Office Box|GPO Box|Postfach|Postbus|Apartado de [Cc]orreos|Caixa Postal|Casella [Pp]ostale|Skrytka [Pp]ocztowa) \d{1,6}(?: \d{2}){0,2}(?![\p{L}\p{N}])/gu;

// A street without its postal code: a house number, one to three capitalised words and an English street word
// ("42 Oak Lane", "52 W 87th St"); a number and a French street word ("14 rue Oberkampf"); a Romance or Polish
// street word, its name and a number ("Calle de Toledo 48", "Via Roma 15", "ul. Floriańskiej 14"); or one word
// ending in a street word and a number ("Schillerstraße 12", "Prinsengracht 263").
const englishStreet =
  /(?<![\p{L}\p{N}.])\d{1,5}[A-Za-z]?(?:[-/]\d{1,4}[A-Za-z]?)? (?:[NSEW]\.? )?(?:(?:\p{Lu}[\p{L}'’.-]{0,24}|\d{1,3}(?:st|nd|rd|th)) ){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Way|Place|Pl|Crescent|Cres|Terrace|Gardens|Court|Ct|Boulevard|Blvd|Parkway|Pkwy|Highway|Hwy|Square|Sq|Mews|Grove|Row|Circle|Cir|Trail|Walk)\.?(?![\p{L}\p{N}-])/gu;
const numberFirstStreet =
  /(?<![\p{L}\p{N}.])\d{1,4}(?: ?bis| ?ter)?,? (?:rue|avenue|boulevard|bd|allée|impasse|quai|chemin|place|cours|route) (?:(?:de la|de l'|du|des|de|d'|l')[ ']?)?\p{Lu}[\p{L}'’-]{1,30}(?: \p{Lu}[\p{L}'’-]{1,30}){0,2}/giu;
const wordFirstStreet =
  /(?<![\p{L}\p{N}])(?:Calle|C\/|Avenida|Avda\.|Av\.|Paseo|Plaza|Carrer|Avinguda|Passeig|Rambla|Gran Vía|Rua|Travessa|Largo|Praça|Via|Viale|Piazza|Corso|Vicolo|ul\.|ulica|al\.|aleja|Rue|Avenue|Boulevard) (?:\p{L}[\p{L}'’.-]{0,30} ){0,4}\p{Lu}[\p{L}'’.-]{0,30},? \d{1,4}[A-Za-z]?(?![\p{L}\p{N}])/gu;
// A Dutch floor after the number in Roman numerals ("Van Speijkstraat 88-III") belongs to the house number.
const compoundStreet =
  /(?<![\p{L}\p{N}])\p{Lu}[\p{L}-]{2,40}(?:straße|strasse|str\.|weg|gasse|allee|straat|laan|gracht|plein|kade|singel|dijk|gatan|vägen|gade|vej) \d{1,4}(?:[a-z]|-[IVX]{1,4})?(?![\p{L}\p{N}-])/gu;
// Words within a short stretch before a street that say an address follows, in the offices' languages.
const addressCue =
  /(?<![\p{L}])(?:address|addr|adresse|adress|adressen|adresa|osoite|anschrift|dirección|direccion|domicilio|indirizzo|adres|adresu|morada|endereço|street|straße|live|lives|living|moved|moving|wohne|wohnt|wohnen|habite|habitons|vivo|vive|vivimos|abito|abita|woon|woont|wonen|mieszkam|mieszka|moro|mora|deliver|delivery|ship|shipping|send|post|courier|parcel|package|pick|drop|visit|liefern|lieferung|envoyer|livraison|enviar|envío|spedire|spedizione|bezorg|bezorgen|wysłać|enviar)(?![\p{L}])[^\n]{0,40}$/iu;
// A preposition right before the street: "at 42 Oak Lane", "au 14 rue …", "en la Calle …", "op Prinsengracht 263".
const prepositionBefore =
  /(?<![\p{L}])(?:at|to|au|à|en|en la|en el|in|in der|op|aan|na|no|przy|w|bei|chez|a|em)\s$/iu;
// After the street, what ends it as an address: its town (", Springfield", " in Leipzig"), its flat or floor
// (", Apt 3B", ", 5º izq", ", 2. OG"), the end of its clause, or when ("tomorrow", "between 9 and 12").
// "2 Main Street mockups", "Hauptstraße 12' fixtures" go on as something else. A map app's window title
// ends a street it shows or routes to ("Directions to 14 rue des Tanneurs – Apple Maps").
const streetEnds =
  /^(?: [-–—|] (?:Google Maps|Apple Maps|Bing Maps|Maps|Waze|OpenStreetMap|HERE WeGo)(?![\p{L}])|,? ?(?:[Aa]pt|APT|[Uu]nit|[Ss]uite|[Ff]lat|[Ss]te|#|[Ff]loor|[Pp]iso|[Pp]lanta|étage|[Ss]tock|OG|int\.|m\.|\/)|, ?\d{1,2}(?:º|ª|\.|e|er|st|nd|rd|th)|, ?\p{Lu}\p{Ll}|, ?[A-Z]{2}\b| (?:in|à|en|a|w|em|im) \p{Lu}\p{Ll}|[ \t]*[.;!?)]?[ \t]*(?:\n|$)|[.;!?)] | (?:tomorrow|today|tonight|at|on|by|between|before|after|from|morgen|heute|demain|mañana|domani|jutro|amanhã|um|ab|bis|tra|entre|tussen|zwischen)(?![\p{L}]))/u;
// A release, a page, a sprint or a line before a number makes it that ("version 12 Baker …").
const countedThingBefore =
  /(?<![\p{L}])(?:version|release|sprint|section|chapter|page|line|step|phase|build|issue|ticket|item|room|floor|level|gate|desk|seat|row|table|slide|week|v)\s$/iu;
const streetCueReach = 48;

// Every street shape above holds one of these words or endings; a text with none is passed over in one scan.
const anyStreetWord =
  /Street|St\b|Road|Rd\b|Ave|Lane|Ln\b|Dr\b|Drive|Close|Way\b|Pl\b|Place|Cres|Terrace|Gardens|Court|Ct\b|Blvd|Boulevard|Parkway|Pkwy|Highway|Hwy|Square|Sq\b|Mews|Grove|Row\b|Cir\b|Circle|Trail|Walk|rue |avenue |Rue |Avenue |boulevard |bd |allée |impasse |quai |chemin |place |cours |route |Calle|C\/|Avenida|Avda|Av\.|Paseo|Plaza|Carrer|Avinguda|Passeig|Rambla|Rua |Travessa|Largo|Praça|Via |Viale|Piazza|Corso|Vicolo|ul\.|ulica|al\.|aleja|straße|strasse|str\.|weg |gasse|allee|straat|laan|gracht|plein|kade|singel|dijk|gatan|vägen|gade |vej |Box|Postfach|Postbus|Apartado|Caixa|Casella|Skrytka/;

function streetsWithoutPostalCode(
  text: string,
  found: readonly Span[],
  code: boolean,
  addressForm: boolean,
): Span[] {
  if (!anyStreetWord.test(text)) return [];
  const spans: Span[] = [];
  const taken = new SpanBlocks(found);
  const add = (start: number, end: number, score: number, keyed = false) => {
    if (taken.overlaps(start, end)) return;
    const span: Span = {
      start,
      end,
      category: "pii",
      detector: "postal-address",
      // Under a key that names an address a fixture's street is one, in an editor too.
      score: clampScore(code && !keyed ? score - 0.3 : score),
    };
    spans.push(span);
    taken.add(span);
  };
  for (const pattern of [
    englishStreet,
    numberFirstStreet,
    wordFirstStreet,
    compoundStreet,
    postBoxAlone,
    namedHouseStreet,
  ]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      const before = text.slice(Math.max(0, start - streetCueReach), start);
      if (countedThingBefore.test(before)) continue;
      const after = text.slice(end, end + 16);
      // A table's cell that holds only the street ("Dana Whitfield,1847 Larkspur Ave,Columbus").
      // A row's first cell opens its line and is closed by a separator with no space after it, as a
      // table writes it ("Lindenallee 14,50968,Köln"); "126 Second Avenue, Auer Place" is a sentence.
      const cell =
        (/[,\t"]$/.test(before) && /^"?[,\t]/.test(after)) ||
        ((start === 0 || before.endsWith("\n")) && /^"?(?:,(?! )|\t)/.test(after));
      if (!cell && !streetEnds.test(after)) continue;
      // In a form that asks for an address (a checkout, a delivery page) the street is what was asked for.
      const cued =
        addressForm ||
        cell ||
        addressCue.test(before) ||
        prepositionBefore.test(before) ||
        afterLabel(text, start);
      // A one-word street with its number, or a post-office box, says what it is alone; other shapes need a
      // word or a label before them that introduces an address.
      if (cued) add(start, end, 0.75, addressKeyBefore.test(before));
      else if (pattern === compoundStreet || pattern === postBoxAlone) add(start, end, 0.6);
    }
  }
  return spans;
}

// A key of JSON, YAML or a form's data that names the street or the address ("street": "…", `address_line1: `).
const addressKeyBefore =
  /(?:street|address|addr|strasse|straße|adresse|dirección|direccion|indirizzo|adres|endereço|rue|calle)[\p{L}\d_-]{0,12}["']?[ \t]{0,2}[:=][ \t]{0,2}["']$/iu;

/** What stands before a street says an address follows: an address word, or a label's colon. */
function addressOpening(lead: string): boolean {
  return /:[ \t]*$/.test(lead) || addressCue.test(lead);
}

/** The street opens its line after a form's label. */
function afterLabel(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  // A form's label ("Address line 1: ", "Straße: "); a street line alone is read only in an address form.
  return /^[ \t]*[\p{L}\d .'-]{1,30}:[ \t]*$/u.test(text.slice(lineStart, at));
}

/**
 * An address written as a block: the street on a line of its own, then up to one more short
 * line (a town, "Flat 8", "Bâtiment A"), then the postal code at the start of its line
 * ("Calle Larios 201\n43632 Barcelona", "172 Sporer Gardens\nBrighton\nBS15 5XL"). Returns
 * where the street line starts, or undefined. Looks at most two short lines up.
 */
function streetLinesAbove(
  text: string,
  codeLineStart: number,
  beforeCode: string,
  streetWordOnly = false,
): number | undefined {
  if (codeLineStart === 0 || !townBeforeCode.test(beforeCode)) return undefined;
  let lineEnd = codeLineStart - 1;
  // Envelopes written line by line put the house number on a line of its own under its street
  // ("Calle del Pez\n7\n8º B\n41019 Sevilla").
  let numberLineBelow = false;
  for (let above = 0; above < maxLinesAbove && lineEnd >= 0; above++) {
    let lineStart = lineEnd;
    while (lineStart > 0 && text.charAt(lineStart - 1) !== "\n" && lineEnd - lineStart < maxLineLength)
      lineStart--;
    if (lineStart > 0 && text.charAt(lineStart - 1) !== "\n") return undefined;
    const line = text.slice(lineStart, lineEnd);
    const indent = line.length - line.trimStart().length;
    // "Zum Sportplatz 3": a street word inside the line ("…platz 3") must not hide the street's first words.
    const inside = streetIn(line);
    const street =
      inside !== null && inside.index === indent
        ? inside
        : streetWordOnly
          ? null
          : namedStreetBefore(`${line}, `);
    // "meine neue Anschrift ist Uhlandring 16\n50574 Köln": after an address word or a label's colon the street
    // may end its line rather than open it.
    const opens = street !== null && (street.index === indent || addressOpening(line.slice(0, street.index)));
    if (
      street !== null &&
      opens &&
      (/\d/.test(line) || numberLineBelow || namedHouseStart.test(line.slice(street.index)))
    )
      return lineStart + street.index;
    if (houseNumberLine.test(line)) numberLineBelow = true;
    lineEnd = lineStart - 1;
  }
  return undefined;
}

// A street line typed alone into an address form: a house number and a street with its word
// ("7 Station Road", "62 impasse des Acacias", "Calle de Alcalá, 64, 6º A", "Lanagracht 632a").
const streetLineAlone =
  /^(?:(?:Flat|Apt\.?|Apartment|Unit|Suite) [\dA-Z]{1,4}, )?(?:\d{1,5}[A-Za-z]?(?: bis| ter)? (?:\p{L}[\p{L}'’.-]{0,30} ){0,3}\p{L}[\p{L}'’.-]{1,30}(?:, (?:Unit|Apt\.?|Suite|Flat) [\dA-Z]{1,4})?|(?:\p{L}[\p{L}'’.-]{0,30} ){0,3}\p{L}[\p{L}'’.-]{1,30},? \d{1,5}[a-z]?(?:, \d{1,2}º ?[A-Za-z0-9ª]{0,4})?)$/u;
// Street words that make the line a street, whichever side its number is on.
const streetWord =
  /(?<![\p{L}])(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|way|place|crescent|terrace|gardens|court|square|grove|row|walk|hill|park|rue|avenue|boulevard|impasse|allée|chemin|place|quai|calle|avenida|plaza|paseo|carrer|rua|via|viale|piazza|corso|ogród|ulica|ul\.|aleja)(?![\p{L}])|(?:straße|strasse|str\.|weg|platz|allee|gasse|straat|laan|gracht|plein|kade|singel|dijk|park|plantsoen)(?![\p{L}])/iu;

function streetLineFilledAlone(text: string, code: boolean): Span[] {
  const value = text.trim();
  if (value.length > 80 || !streetLineAlone.test(value) || !streetWord.test(value)) return [];
  const start = text.indexOf(value);
  return [
    {
      start,
      end: start + value.length,
      category: "pii",
      detector: "postal-address",
      score: clampScore(code ? 0.45 : 0.7),
    },
  ];
}

// Addresses typed all in lower case, as chat is ("ship it to 75 linden court apt 5b, columbus, oh 43229",
// "ny adress: storgatan 116, 211 27 malmö"). With no capitals to say where a name starts, the street
// must have its shape whole: a house number, up to three words and an English street word last (maybe
// a flat after it); a French street word after the number; a Romance or Polish street word first and
// the number after the name; or one word ending in a street word, and its number. Then maybe a floor
// ("2º dto."), one or two towns, and a postal code with its town. Each part is bounded; the whole match
// must hold no capital, since cased addresses are read above.
const lowerStreet = String.raw`(?:\d{1,5}[a-z]?(?:-\d{1,3}|-bis)? (?:[nsew]\.? )?(?:[\p{Ll}\d][\p{Ll}\d'’.-]{0,24} ){0,3}(?:st|street|rd|road|ave|avenue|dr|drive|ln|lane|ct|court|blvd|boulevard|way|pl|place|ter|terrace|cir|circle|pkwy|parkway|hwy|highway|close|crescent|gardens|grove|row|sq|square|mews|walk|trail)\.?(?: (?:apt|unit|suite|ste|flat|#) ?[\da-z]{1,4})?|\d{1,4}(?: bis| ter)?,? (?:rue|avenue|boulevard|bd|allée|impasse|quai|chemin|place|cours|route) (?:[\p{Ll}'’-]{1,30} ){0,3}[\p{Ll}'’-]{1,30}|(?:calle|c\/|avenida|avda\.|av\.|paseo|plaza|carrer|avinguda|passeig|rambla|rua|travessa|largo|praça|via|viale|piazza|corso|vicolo|ul\.|ulica|aleja|al\.) (?:[\p{Ll}'’.-]{1,30} ){0,4}[\p{Ll}'’.-]{1,30},? \d{1,4}[a-z]?|\p{Ll}[\p{Ll}-]{2,40}(?:straße|strasse|str\.|weg|gasse|allee|platz|ring|damm|straat|laan|gracht|plein|kade|singel|dijk|markt|gatan|gata|vägen|stigen|gränd|torget|backen|gade|vej|veien|vegen|gate|katu|tie) \d{1,4}(?:[a-z]|-\d{1,3}|-bis)?)`;
const lowerFloor = String.raw`(?:, ?\d{1,2}(?:º|ª|\.º|\.) ?(?:\p{Ll}{1,6}\.?)?)?`;
const lowerTown = String.raw`\p{Ll}[\p{Ll}'-]{1,30}`;
const lowerPostalCode = String.raw`(?:(?:, ?${lowerTown}(?: ${lowerTown})?){1,2},? ([a-z]{2}) \d{5}(?:-\d{4})?|, ?${lowerTown} [a-z]{1,2}\d[a-z\d]? ?\d[abd-hjlnp-uw-z]{2}|, ?(?:\d{5}|\d{4} ?[a-z]{2}|\d{4}-\d{3}|\d{3} \d{2}|\d{2}-\d{3}|\d{4}) ${lowerTown}(?: \([a-z]{2}\))?)`;
const lowerAddress = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${lowerStreet}${lowerFloor}${lowerPostalCode}(?![\p{L}\p{N}])`,
  "gu",
);
// Cheap gate: some street word, in lower case, is in the text.
const lowerStreetWord =
  /\d (?:[a-z\d.' -]{0,40})?(?:st|rd|ave|dr|ln|ct|blvd|way|pl|court|road|street|lane|drive|avenue)\b|rue |calle|avda|avenida|via |viale|piazza|rua |ul\.|(?:straße|strasse|weg|gasse|allee|platz|straat|laan|gracht|plein|kade|singel|dijk|markt|gatan|gata|vägen|stigen|gade|vej|veien|gate|katu|tie) \d/;

/** Lower-case addresses that open after an address word, a preposition, a label's colon or the line's start. */
function lowerCaseAddresses(text: string, code: boolean): Span[] {
  const spans: Span[] = [];
  lowerAddress.lastIndex = 0;
  for (let match = lowerAddress.exec(text); match !== null; match = lowerAddress.exec(text)) {
    const state = match[1];
    if (state !== undefined && !usStates.has(state.toUpperCase())) continue;
    // The lead is read within `streetCueReach` back and from its line's start: bounded, however long the line.
    const reach = text.slice(Math.max(0, match.index - streetCueReach), match.index);
    const lead = reach.slice(reach.lastIndexOf("\n") + 1);
    if (!(/^[ \t]*$|:[ \t]*$/.test(lead) || addressCue.test(lead) || prepositionBefore.test(lead))) continue;
    spans.push({
      start: match.index,
      end: match.index + match[0].length,
      category: "pii",
      detector: "postal-address",
      score: clampScore(code ? 0.5 : 0.8),
    });
  }
  return spans;
}

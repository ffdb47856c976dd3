import { clampScore, type Span } from "../span.ts";
import { nameLexicon } from "./name-lexicon.ts";

/**
 * Round fifteen. HR records about one person found by their layout rather than their words: a payroll export whose
 * header names pay columns and a column of people, each row a person and their figures ("Mitarbeiter\tBrutto\tNetto
 * \nMalte Lützow\t9615,77\t5747,05"); a review note headed by the person reviewed ("Valutazione di Ginevra Santoro:
 * obiettivi non raggiunti"). The same words in an invoice table, a price list or a review of a tool name no person
 * in the place where the record puts one.
 */
export function findHrRecords(text: string): Span[] {
  const spans: Span[] = [];
  if (text.includes("\n") && (text.includes("\t") || text.includes(";") || text.includes("|"))) {
    const sheet = payrollSheetHeader(text);
    if (sheet !== undefined) spans.push(hrSpan(sheet.start, sheet.end));
  }
  if (text.includes(":")) {
    const heading = reviewHeading.exec(text);
    if (heading !== null && namesPerson(heading[1] ?? "") && !productReview.test(text)) {
      spans.push(hrSpan(heading.index, heading.index + heading[0].length));
    }
  }
  return spans;
}

// A sheet's pay columns, in the offices' languages: gross and net pay, a salary, a bonus, the payroll's tax.
const payCell =
  /^(?:gross|net|gross pay|net pay|gross salary|net salary|salary|base salary|base pay|bonus|brutto|netto|bruttolohn|nettolohn|bruttogehalt|nettogehalt|gehalt|lohn|auszahlung|brut|net à payer|salaire|salaire brut|salaire net|bruto|neto|sueldo|salario|salario bruto|salario neto|lordo|stipendio|retribuzione|salaris|bruto loon|netto loon|bruttolön|nettolön|lön|wynagrodzenie|wynagrodzenie brutto|wynagrodzenie netto|salário|salário bruto|salário líquido|líquido|paye|income tax|lohnsteuer|withholding)$/u;
// …and the column of the people paid.
const personCell =
  /^(?:name|full name|employee|employee name|worker|staff|mitarbeiter|mitarbeiterin|mitarbeitende|beschäftigte|nom|nom complet|salarié|salariée|employé|nombre|empleado|trabajador|nome|dipendente|naam|medewerker|werknemer|namn|anställd|medarbetare|imię i nazwisko|pracownik|funcionário|colaborador)$/u;
// Columns only a sale's table has: a tax charged on goods, a quantity, a unit price, an item or a customer. A
// payroll's "Tax" column is the employee's income tax, named as such above.
const saleCell =
  /^(?:vat|vat %|mwst|ust|tva|iva|btw|moms|tax rate|qty|quantity|menge|anzahl|quantité|cantidad|quantità|aantal|ilość|antal|quantidade|unit price|price|preis|einzelpreis|prix|prix unitaire|precio|prezzo|prijs|cena|pris|preço|item|article|artikel|product|produit|producto|prodotto|produkt|sku|customer|client|kunde|cliente|klant|klient|kund|supplier|vendor|lieferant|fournisseur|proveedor|fornitore|leverancier|dostawca|leverantör|weight|gewicht|poids|peso|kg|invoice|rechnung|facture|factura|fattura|factuur|faktura)$/u;
const cellBreak = /\s*[\t;|]\s*/u;
const maxSheetRows = 50;
const personName =
  /^\p{Lu}[\p{L}'’-]+(?: (?:\p{Lu}[\p{L}'’-]+|van|de|der|den|ter|ten|von|da|di|del|la|le|du|dos|das|y)){1,4}$/u;
// "Anna Schmidt GmbH" is a firm named after a person, billed, not paid.
const firmSuffix =
  /(?<![\p{L}])(?:gmbh|ag|kg|ohg|ug|ltd|limited|llc|llp|inc|corp|co|plc|sa|sas|sarl|sl|slu|srl|spa|bv|nv|vof|ab|as|oy|aps|lda|sp|kft)\.?$/iu;
const figure =
  /^[$€£]?\s?-?\d{1,3}(?:[.,\u00a0\u202f ]?\d{3})*(?:[.,]\d{1,2})?\s?(?:[$€£]|eur|kr|zł|chf)?$/iu;

/**
 * The header's first pay cell, when the header names pay and people and no sale, and one row under it holds a
 * person's name in the people's column and a figure in a pay column. Reads at most `maxSheetRows` lines.
 */
function payrollSheetHeader(text: string): { start: number; end: number } | undefined {
  const lines = text.split("\n", maxSheetRows);
  const header = (lines[0] ?? "").split(cellBreak).map((cell) => cell.trim().toLowerCase());
  if (header.length < 2 || header.some((cell) => saleCell.test(cell))) return undefined;
  const personAt = header.findIndex((cell) => personCell.test(cell));
  const payAt = header.findIndex((cell) => payCell.test(cell));
  if (personAt < 0 || payAt < 0) return undefined;
  for (const line of lines.slice(1)) {
    const cells = line.split(cellBreak);
    const person = (cells[personAt] ?? "").trim();
    const pay = (cells[payAt] ?? "").trim();
    if (personName.test(person) && !firmSuffix.test(person) && namesPerson(person) && figure.test(pay)) {
      const start = text.toLowerCase().indexOf(header[payAt] ?? "");
      return start < 0 ? undefined : { start, end: start + (header[payAt] ?? "").length };
    }
  }
  return undefined;
}

// "Valutazione di Ginevra Santoro: …", "Evaluación de Unai Villanueva: …", "Jahresgespräch Emre Dreßler: …",
// "Performance review – Ana Ruiz: …": a review's note headed by the person reviewed, then a colon. "Valutazione di
// Kafka Streams: …" heads a tool's, and names no given name (checked by the caller). English "Evaluation of" and
// "Assessment of" head a clinician's notes as often, so only a performance review or an appraisal counts in English.
const reviewHeading =
  /(?<![\p{L}])(?:[Pp]erformance review|[Aa]nnual review|[Aa]ppraisal|[Pp]erformance evaluation|[Jj]ahresgespräch|[Mm]itarbeitergespräch|[Mm]itarbeiterjahresgespräch|[Bb]eurteilung|[Ll]eistungsbeurteilung|[ÉéEe]valuation annuelle|[Éé]valuation|[Ee]ntretien annuel|[Ee]valuación(?: de desempeño| anual)?|[Vv]alutazione(?: annuale| delle prestazioni)?|[Bb]eoordeling|[Ff]unctioneringsgesprek|[Bb]eoordelingsgesprek|[Oo]cena(?: roczna| okresowa)?|[Aa]valiação(?: de desempenho| anual)?|[Mm]edarbetarsamtal|[Uu]tvecklingssamtal|[Bb]edömning)(?: (?:of|for|von|für|de|d['’]|di|del|de la|van|för|do|da|dla))? ?[-–—]? ?(\p{Lu}[\p{L}'’-]{1,20}(?: (?:(?:van|de|der|den|ter|von|da|di|del|la|le|du|dos|das) ){0,2}\p{Lu}[\p{L}'’-]{1,20}){1,2}) ?:/u;
// A product's or a venue's review rates with stars or points out of ten.
const productReview =
  /★|☆|(?<![\p{L}])(?:stars?|sterne|étoiles|estrellas|stelle|sterren|gwiazdk\p{L}*|stjärnor|estrelas)(?![\p{L}])|\d ?\/ ?10(?![\p{N}])/iu;

// Whether a name of two or three capitalised words holds a word the name lists know as a given name or a surname and
// as no ordinary word or product ("Unai Villanueva", not "Kafka Streams").
function namesPerson(name: string): boolean {
  const lexicon = nameLexicon();
  for (const word of name.split(" ")) {
    const lower = word.toLowerCase();
    if (lexicon.common.has(lower) || lexicon.products.has(lower)) continue;
    if (lexicon.given.has(lower) || lexicon.surnames.has(lower)) return true;
  }
  return false;
}

function hrSpan(start: number, end: number): Span {
  return { start, end, category: "hr", detector: "hr-term", score: clampScore(0.8) };
}

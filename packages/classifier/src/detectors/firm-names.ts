// Firms are named as people are: after a founder or an owner ("Marchetti Engineering", "Hermanos Quintana
// S.L.", "Holmgren Bygg AB"). What marks them is their structure, not the name: a legal form after it, or a
// word of a trade or of a family business at one of its ends. Both hold in every language the offices write.

// Legal forms written after a firm's name, with or without their full stops, in the offices' languages and
// their neighbours': "GmbH", "S.r.l.", "sp. z o.o.", "B.V.", "Lda.", "AB", "Oy".
// (Two-letter forms that are also words — "AS", "SA", "AG", "AB" — count only in capitals.)
const legalFormAfter =
  /^,? (?:GmbH|gGmbH|AG|KG|OHG|UG|e\.K\.|SE|S\.?A\.?S?|S\.?A\.?R\.?L\.?|SARL|SNC|S\.?L\.?U?|S\.?L\.?L\.?|S\.?C\.?|S\.?r\.?l\.?s?|S\.?p\.?A\.?|s\.?n\.?c\.?|B\.?V\.?|N\.?V\.?|V\.?O\.?F\.?|Lda\.?|Ltda\.?|sp\. ?z ?o\.? ?o\.?|Sp\. ?z ?o\.? ?o\.?|S\.?K\.?A\.?|AB|HB|KB|Oy|Oyj|ASA|AS|ApS|A\/S|Ltd\.?|Limited|LLC|LLP|L\.?P\.?|Inc\.?|Corp\.?|PLC|plc|Pty|Co\.)(?![\p{L}\p{N}])/u;
const maxLegalFormLength = 16;

// Words of a trade or a family firm that close a name ("Whitfield Health", "Verhoeven Retail", "Brinkmann
// Logistik", "Quintana Hermanos") or open it ("Drukarnia Pawlak", "Transportes García", "Fratelli Rossi"),
// in en, de, fr, es, it, nl, pt, pl and sv. None is a surname the lists know, and none a given name.
// biome-ignore format: a word list reads better packed
const tradeWords = new Set([
  // en
  "retail", "engineering", "foods", "health", "healthcare", "logistics", "construction", "solutions", "systems",
  "services", "software", "media", "energy", "pharma", "motors", "transport", "insurance", "industries",
  "brothers", "bros", "physio", "physiotherapy", "dental", "architects", "marketing", "properties", "realty",
  "estates", "plumbing", "electrical", "builders", "logistik", "interiors", "furniture", "manufacturing",
  "technologies", "textiles", "printing", "catering", "haulage", "accountants", "solicitors", "recruitment",
  // de
  "bau", "bauunternehmen", "technik", "elektro", "transporte", "spedition", "immobilien", "gebrüder", "söhne",
  "maschinenbau", "versicherungen", "druckerei", "metallbau", "haustechnik",
  // fr
  "frères", "fils", "bâtiment", "transports", "immobilier", "assurances", "imprimerie", "menuiserie",
  // es, pt
  "hermanos", "hermanas", "construcciones", "inmobiliaria", "transportes", "seguros", "imprenta", "irmãos",
  "construções", "imobiliária", "ferragens",
  // it
  "fratelli", "costruzioni", "arredi", "arredamenti", "trasporti", "impianti", "assicurazioni", "tipografia",
  "ingegneria", "serramenti",
  // nl
  "installatie", "installatietechniek", "bouw", "bouwbedrijf", "techniek", "makelaardij", "transportbedrijf",
  "drukkerij", "verzekeringen",
  // pl
  "drukarnia", "budownictwo", "usługi", "przedsiębiorstwo", "hurtownia",
  // sv
  "bygg", "byggnads", "entreprenad", "fastigheter", "måleri", "åkeri", "vvs",
]);

/**
 * The name at start–end is a firm's: a legal form follows it ("Hermanos Quintana S.L.", "Orsova Lda."),
 * or ends it ("Entre Orsova Lda"), or, of two words or more, one at either end is a trade's ("Marchetti
 * Engineering", "Drukarnia Pawlak").
 */
export function namesFirm(text: string, start: number, end: number): boolean {
  if (legalFormAfter.test(text.slice(end, end + maxLegalFormLength))) return true;
  const found = text.slice(start, end);
  const firstSpace = found.indexOf(" ");
  if (firstSpace < 0) return false;
  const lastSpace = found.lastIndexOf(" ");
  // "Entre Orsova Lda": the legal form may have been read as the name's last word.
  if (legalFormAfter.test(found.slice(lastSpace) + text.charAt(end))) return true;
  const first = found.slice(0, firstSpace).toLowerCase();
  const last = found.slice(lastSpace + 1).toLowerCase();
  return tradeWords.has(first) || tradeWords.has(last);
}

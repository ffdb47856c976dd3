import type { Span } from "../span.ts";

// Words that say a number is shown as an example: documentation and payment sandboxes publish
// test cards and example IBANs ("Stripe test card 4242…", "Example IBAN from the docs: DE89…").
// The offices write their docs in eight languages; German and Dutch glue the word onto its noun
// ("Beispielnummer", "voorbeeldnummer"), Polish declines it ("przykładowy"), so those are prefixes.
// A host named so (`portal.example.org/r?phone=…`) calls nothing an example: a dot or slash before
// the word, or a dot and a letter after it, make it part of a name.
const documentationWords =
  /(?<![\p{L}\p{N}@./])(?:example|examples|e\.g\.|eg\.|sample|dummy|placeholder|fake|fictional|fictitious|made-up|test (?:card|cards|number|numbers|iban|ibans|account|phone)|(?:stripe|adyen|braintree|mollie|worldpay|checkout\.com|paypal|klarna) test|testkarte|testnummer|exemple|exemples|fictif|fictive|factice|p\. ?ex\.|par ex\.|ejemplo|ejemplos|ficticio|ficticia|p\. ?ej\.|esempio|esempi|fittizio|fittizia|ad es\.|beispiel\p{L}{0,12}|z\. ?b\.|fiktiv|fiktive|voorbeeld\p{L}{0,12}|bijv\.|bv\.|fictief|exemplo|exemplos|fictício|fictícia|przykład\p{L}{0,4}|np\.|fikcyjny|fikcyjna|sandbox|docs|documentation|dokumentation)(?![\p{L}\p{N}]|\.[\p{L}\p{N}])/giu;

// Someone's own number after such a word ("for example, my card is 4111…") is theirs, not documentation.
const ownerWords =
  /(?<![\p{L}\p{N}])(?:my|our|your|his|her|their|mine|meine?n?|mon|ma|mes|notre|votre|mi|mis|nuestra?|su|mijn|mio|mia|meu|minha|mój|moja|moje|me|mich|mir|moi|mij|mnie)(?![\p{L}\p{N}])/iu;

// A new line, or a full stop, `;`, `!` or `?` before a capital: "e.g. 4242…" goes on, "Example order. Card…" does not.
const sentenceBreak = /\n|[.;!?]\s+(?=\p{Lu})|;\s/gu;

// How far before a number its sentence is read for those words.
const lookBehindChars = 48;

export interface PlaceholderOptions {
  /**
   * Filler digits (`123-45-6789`, `111222333`) count as a placeholder only with a word of
   * documentation near them. National ids ask so: a counted number seldom passes their check
   * digit, and one typed beside "SSN" is taken as the person's. Phones, cards and accounts drop
   * filler digits on sight: nobody is given `0151 23456789`.
   */
  fillerNeedsWord?: boolean;
}

/**
 * The one check every detector of numbers asks before reporting one as someone's: whether the
 * value at `[start, end)` is an identifier only in shape. It is when its digits are one digit
 * repeated (never issued), when they are filler (see `placeholderKind`), or when the text around
 * calls it an example (see `shownAsExample`).
 */
export function identifierShownAsExample(
  text: string,
  start: number,
  end: number,
  { fillerNeedsWord = false }: PlaceholderOptions = {},
): boolean {
  const kind = placeholderKind(text.slice(start, end));
  if (kind === "unissued") return true;
  if (kind === "filler" && (!fillerNeedsWord || documentationNear(text, start, end))) return true;
  return shownAsExample(text, start, end);
}

/** National ids and documents: the spans `identifierShownAsExample` calls placeholders are left out. */
export function withoutPlaceholders(text: string, spans: Span[]): Span[] {
  // Most texts have no such span: the test's closure is not even built for them.
  if (spans.length === 0) return spans;
  const placeholder = (span: Span) =>
    identifierShownAsExample(text, span.start, span.end, { fillerNeedsWord: true });
  return spans.some(placeholder) ? spans.filter((span) => !placeholder(span)) : spans;
}

// Fewer digits than this say too little to be called a placeholder: "1234" is also a real PIN's shape.
const minPlaceholderDigits = 6;
// At most this many runs of one digit each ("111222333") make filler.
const maxFillerRuns = 3;

/**
 * What a number's digits say of it. `unissued`: one digit repeated (`000000000`, `00000000T`),
 * which no issuer hands out. `filler`: a tail of one digit repeated or counting up or down by one
 * over most of the number (`600 000 000`, `030 1234567`, `123-45-6789`, `987654321`), a short block
 * repeated (`4242 4242 4242 4242`), or a few runs of one digit each, every run at least two long
 * (`111222333`). Forms, docs and test data fill numbers so; a numbering plan or an issuer hands
 * out a run of six such digits about once in a hundred thousand numbers.
 */
export function placeholderKind(value: string): "unissued" | "filler" | undefined {
  let digits = "";
  for (let i = 0; i < value.length && digits.length <= 32; i++) {
    const code = value.charCodeAt(i);
    if (code >= 48 && code <= 57) digits += value.charAt(i);
  }
  if (digits.length < minPlaceholderDigits) return undefined;
  if (digits.replaceAll(digits.charAt(0), "") === "") return "unissued";
  let tail = 1;
  let step: number | undefined;
  for (let i = digits.length - 1; i > 0; i--) {
    const difference = (digits.charCodeAt(i) - digits.charCodeAt(i - 1) + 10) % 10;
    const kind = difference === 0 ? 0 : difference === 1 ? 1 : difference === 9 ? -1 : undefined;
    if (kind === undefined || (step !== undefined && kind !== step)) break;
    step = kind;
    tail++;
  }
  if (tail >= minPlaceholderDigits && tail >= digits.length * 0.6) return "filler";
  return repeatsShortBlock(digits) || fewLongRuns(digits) ? "filler" : undefined;
}

/** Whether `value`'s digits are a placeholder of either kind (see `placeholderKind`). */
export function placeholderDigits(value: string): boolean {
  return placeholderKind(value) !== undefined;
}

/** `111222333`, `5555566666`: at most three runs of one digit each, every run at least two long. */
function fewLongRuns(digits: string): boolean {
  let runs = 1;
  let run = 1;
  for (let i = 1; i < digits.length; i++) {
    if (digits.charCodeAt(i) === digits.charCodeAt(i - 1)) {
      run++;
      continue;
    }
    runs++;
    if (run < 2 || runs > maxFillerRuns) return false;
    run = 1;
  }
  return run >= 2;
}

/** `42424242…`, `12121212…`: the whole number one block of two to four digits, three times or more. */
function repeatsShortBlock(digits: string): boolean {
  for (let block = 2; block <= 4; block++) {
    if (digits.length % block !== 0 || digits.length / block < 3) continue;
    let repeated = true;
    for (let i = block; i < digits.length && repeated; i++)
      repeated = digits.charCodeAt(i) === digits.charCodeAt(i - block);
    if (repeated) return true;
  }
  return false;
}

// Words of documentation, fixtures and tests, in the offices' languages: beside them filler digits
// are an example ("never use 123-45-6789 in tests", "Test BSN: 111222333 is the documented dummy").
const documentationNearWords =
  /(?<![\p{L}])(?:examples?|e\.g\.|dummy|tests?|testing|fake|specimen|sandbox|placeholder|format|documented|documentation|fixtures?|mock|never use|invalid|not valid|ejemplo|prueba|ficticio|no válido|beispiel|muster|ungültig|exemple|fictif|invalide|esempio|fittizio|voorbeeld|przykład\p{L}{0,4}|exemplo)(?![\p{L}])/iu;
// How far on either side of a number such a word is looked for.
const documentationReachChars = 80;

/** Whether a word of documentation, fixtures or tests stands within reach on either side of the value. */
function documentationNear(text: string, start: number, end: number): boolean {
  return documentationNearWords.test(
    text.slice(Math.max(0, start - documentationReachChars), end + documentationReachChars),
  );
}

// "4155552671 is the order number", "0151 28840917 ist die Auftragsnummer": the sentence goes on to
// name the number as a record's.
const namedOtherNumberAfter =
  /^[ \t]*(?:is|was|ist|war|est|es|è|é|is|=)[ \t]+(?:[\p{L}]{1,10}[ \t]+){0,2}(?:order|ticket|invoice|case|tracking|reference|ref|version|build|serial|booking|confirmation|auftrag|bestell|rechnung|kunden|vorgang|sendung|commande|facture|dossier|réservation|pedido|factura|reserva|ordine|fattura|bestelling|factuur|zamówieni|faktur)/iu;

/** Whether the words right after the value say it is an order's, ticket's or version's number. */
export function calledOtherNumberAfter(text: string, end: number): boolean {
  return namedOtherNumberAfter.test(text.slice(end, end + 48));
}

/**
 * Whether the clause before `start` (up to a sentence break or a new line) calls the number
 * that follows an example. Only the words before it count: "card 4111… — not an example" is not one.
 */
export function shownAsExample(text: string, start: number, end?: number): boolean {
  return (
    calledExampleBefore(text, start) ||
    assertedInTest(text, start) ||
    (end !== undefined && (annotatedAsExample(text, end) || testModeAfter(text, end)))
  );
}

// A unit test's assertion on its line before the value: `expect(isValidIban('…'))`, `assert.ok(luhn("…"))`.
const testAssertion = /(?<![\p{L}\p{N}])(?:expect|assert(?:\.\w{1,16})?|assertEquals|assertTrue)\(/u;

/** The value is the argument of a test's assertion on its line: a fixture, not someone's number. */
function assertedInTest(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - lookBehindChars), start);
  const line = before.slice(before.lastIndexOf("\n") + 1);
  return testAssertion.test(line);
}

// "Use 4242… with any future date … in test mode": a payment sandbox's instructions; "ES91 … is
// the example from the docs": the sentence goes on to call it an example.
const testModeWords =
  /(?<![\p{L}\p{N}])(?:test mode|testmodus|mode test|modo de prueba|sandbox|test environment|staging environment|the example|an example|example from|from the docs|from the documentation|sample (?:iban|card|number|value))(?![\p{L}\p{N}])/iu;

/** The rest of the value's sentence says it works only in a test mode or sandbox, or that it is an example. */
function testModeAfter(text: string, end: number): boolean {
  let rest = text.slice(end, end + lookAheadChars * 2);
  const stop = rest.search(/\n|[.!?](?:\s|$)/);
  if (stop !== -1) rest = rest.slice(0, stop);
  const word = testModeWords.exec(rest);
  return word !== null && !negation.test(rest.slice(0, word.index));
}

// How far after a number its line is read for a note about it.
const lookAheadChars = 80;
// A note that says the opposite ("(not an example)", "// real one") does not make it documentation.
const negation = /(?<![\p{L}\p{N}])(?:not|no|isn't|real|live|actual|kein|keine|pas|ne)(?![\p{L}\p{N}])/iu;

/**
 * Whether a note right after the number calls it an example: a bracket opened just after it
 * ("DE89 3704 … (example from the spec)") or a code comment later on its line
 * ("expect(isIban('DE89…')).toBe(true) // the standard example").
 */
function annotatedAsExample(text: string, end: number): boolean {
  let rest = text.slice(end, end + lookAheadChars);
  const lineEnd = rest.indexOf("\n");
  if (lineEnd !== -1) rest = rest.slice(0, lineEnd);
  let note: string | undefined;
  const bracket = /^['"`]?\s{0,2}\(([^)]*)/.exec(rest);
  if (bracket !== null) note = bracket[1];
  else {
    const comment = /(?:\/\/|\s#|\/\*)/.exec(rest);
    if (comment !== null) note = rest.slice(comment.index + comment[0].length);
  }
  if (note === undefined) return false;
  documentationWords.lastIndex = 0;
  const word = documentationWords.exec(note);
  if (word === null) return false;
  const before = note.slice(0, word.index);
  return !negation.test(before) && !ownerWords.test(before);
}

// "Ana Sample", "John Dummy": a capitalised word after a capitalised given name is a surname.
const givenNameBefore = /(?:^|[^\p{L}])\p{Lu}\p{Ll}{1,20} $/u;

/** Whether the documentation word at `index` is capitalised right after a capitalised word: a surname, in English only. */
function surnameAfterGivenName(clause: string, index: number, word: string): boolean {
  return (
    /^(?:Sample|Dummy|Fake)$/.test(word) && givenNameBefore.test(clause.slice(Math.max(0, index - 22), index))
  );
}

function calledExampleBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - lookBehindChars), start);
  let clauseStart = 0;
  sentenceBreak.lastIndex = 0;
  for (let match = sentenceBreak.exec(before); match !== null; match = sentenceBreak.exec(before)) {
    // "z. B.", "p. ex.": a full stop after a one-letter word abbreviates it, it ends no sentence.
    if (
      match[0].charAt(0) === "." &&
      /(?:^|[^\p{L}])\p{L}$/u.test(before.slice(Math.max(0, match.index - 2), match.index))
    )
      continue;
    clauseStart = match.index + match[0].length;
  }
  const clause = before.slice(clauseStart);
  let afterLastWord = -1;
  documentationWords.lastIndex = 0;
  for (let match = documentationWords.exec(clause); match !== null; match = documentationWords.exec(clause)) {
    if (surnameAfterGivenName(clause, match.index, match[0])) continue;
    afterLastWord = match.index + match[0].length;
  }
  return afterLastWord >= 0 && !ownerWords.test(clause.slice(afterLastWord));
}

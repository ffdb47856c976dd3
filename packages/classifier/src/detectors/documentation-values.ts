// Words that say a number is shown as an example: documentation and payment sandboxes publish
// test cards and example IBANs ("Stripe test card 4242…", "Example IBAN from the docs: DE89…").
const documentationWords =
  /(?<![\p{L}\p{N}])(?:example|examples|e\.g\.|sample|dummy|placeholder|fake|test (?:card|cards|number|numbers|iban|ibans|account)|testkarte|exemple|ejemplo|beispiel(?:-iban)?|sandbox|docs|documentation)(?![\p{L}\p{N}])/giu;

// Someone's own number after such a word ("for example, my card is 4111…") is theirs, not documentation.
const ownerWords =
  /(?<![\p{L}\p{N}])(?:my|our|your|his|her|their|mine|meine?n?|mon|ma|mes|notre|votre|mi|mis|nuestra?|su)(?![\p{L}\p{N}])/iu;

// A new line, or a full stop, `;`, `!` or `?` before a capital: "e.g. 4242…" goes on, "Example order. Card…" does not.
const sentenceBreak = /\n|[.;!?]\s+(?=\p{Lu})|;\s/gu;

// How far before a number its sentence is read for those words.
const lookBehindChars = 48;

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

function calledExampleBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - lookBehindChars), start);
  let clauseStart = 0;
  sentenceBreak.lastIndex = 0;
  for (let match = sentenceBreak.exec(before); match !== null; match = sentenceBreak.exec(before))
    clauseStart = match.index + match[0].length;
  const clause = before.slice(clauseStart);
  let afterLastWord = -1;
  documentationWords.lastIndex = 0;
  for (let match = documentationWords.exec(clause); match !== null; match = documentationWords.exec(clause))
    afterLastWord = match.index + match[0].length;
  return afterLastWord >= 0 && !ownerWords.test(clause.slice(afterLastWord));
}

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
export function shownAsExample(text: string, start: number): boolean {
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

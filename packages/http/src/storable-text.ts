/**
 * Strings a request carries may end up as Postgres `text`, which cannot hold
 * a NUL character, and in JSON logs and audit records, where an unpaired UTF-16
 * surrogate is not valid Unicode. Both are refused at the edge, once, for every
 * route, so no handler has to remember them and no query reaches the database
 * with bytes it would answer with an error.
 */

// A high surrogate not followed by a low one, or a low surrogate not preceded
// by a high one. Without the `u` flag the pattern sees UTF-16 code units,
// which is what makes a lone surrogate visible.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// Any C0 or C1 control character, tab and newline included.
const controlCharacter = /\p{Cc}/u;

/**
 * Why a string cannot be stored, or undefined when it can. Identifiers and
 * filters (path and query parameters) may hold no control character at all:
 * they are recorded in the access log, whose canonical form refuses them.
 */
export function unstorableTextProblem(
  text: string,
  options: { controlCharacters?: boolean } = {},
): string | undefined {
  if (text.includes("\u0000")) return "contains a NUL character";
  if (loneSurrogate.test(text)) return "contains an unpaired UTF-16 surrogate";
  if (options.controlCharacters === false && controlCharacter.test(text))
    return "contains a control character";
  return undefined;
}

/** Deeper than this and the walk stops: bodies are bounded by the parser and the schemas anyway. */
const maxDepth = 32;

export interface UnstorableText {
  /** Dotted path of the first offending value, e.g. `query.resourceId` or `body.items.3.name`. */
  field: string;
  problem: string;
}

/**
 * The first string (value or object key) under `value` that could not be
 * stored, or undefined. Walks arrays and plain objects only.
 */
export function findUnstorableText(
  value: unknown,
  path: string,
  options: { controlCharacters?: boolean } = {},
  depth = 0,
): UnstorableText | undefined {
  if (typeof value === "string") {
    const problem = unstorableTextProblem(value, options);
    return problem === undefined ? undefined : { field: path, problem };
  }
  if (depth >= maxDepth || value === null || typeof value !== "object") return undefined;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const found = findUnstorableText(value[index], `${path}.${index}`, options, depth + 1);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (Buffer.isBuffer(value)) return undefined;
  for (const [key, entry] of Object.entries(value)) {
    const keyProblem = unstorableTextProblem(key, options);
    if (keyProblem !== undefined) return { field: `${path} (a key)`, problem: keyProblem };
    const found = findUnstorableText(entry, `${path}.${key}`, options, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

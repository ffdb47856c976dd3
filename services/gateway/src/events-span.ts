const quote = 0x22;
const backslash = 0x5c;
const colon = 0x3a;
const comma = 0x2c;
const openBrace = 0x7b;
const closeBrace = 0x7d;
const openBracket = 0x5b;
const closeBracket = 0x5d;
const eventsKey = Buffer.from("events", "utf8");

/** Byte offsets of a JSON value inside a document: `json.subarray(start, end)`. */
export interface ByteSpan {
  start: number;
  end: number;
}

/**
 * Where the array that JSON.parse gives as the top-level `events` lies in a
 * JSON document, so the accepted events can be passed on as the collector
 * sent them instead of being stringified again. Only for a document
 * JSON.parse has accepted: this reads its structure, it does not check it.
 * A repeated key is resolved as JSON.parse resolves it, by the last one, and
 * a key written with escapes (`"\u0065vents"`) is decoded before it is
 * compared. Undefined when the document is not an object or its `events` is
 * not an array.
 */
export function findEventsSpan(json: Buffer): ByteSpan | undefined {
  let depth = 0;
  let expectingKey = false;
  let keyIsEvents = false;
  let eventsStart = -1;
  let found: ByteSpan | undefined;
  const length = json.length;
  // The last "events" wins, as in JSON.parse: one that is not an array undoes an earlier array.
  const notAnArray = () => {
    keyIsEvents = false;
    found = undefined;
  };
  for (let index = 0; index < length; index++) {
    const byte = json[index];
    if (byte === quote) {
      const start = index;
      let escaped = false;
      for (index++; index < length; index++) {
        const inner = json[index];
        if (inner === backslash) escaped = true;
        else if (inner === quote) {
          // A quote ends the string unless an odd run of backslashes comes before it.
          let slashes = 0;
          while (json[index - 1 - slashes] === backslash) slashes++;
          if (slashes % 2 === 0) break;
        }
      }
      if (depth === 1 && expectingKey) {
        keyIsEvents = isEventsKey(json, start, index + 1, escaped);
        expectingKey = false;
      } else if (depth === 1 && keyIsEvents) {
        notAnArray();
      }
    } else if (byte === openBrace || byte === openBracket) {
      depth++;
      if (depth === 1) {
        if (byte !== openBrace) return undefined;
        expectingKey = true;
      } else if (depth === 2 && keyIsEvents) {
        if (byte === openBracket) {
          eventsStart = index;
          keyIsEvents = false;
        } else notAnArray();
      }
    } else if (byte === closeBrace || byte === closeBracket) {
      if (depth === 2 && eventsStart >= 0) {
        found = { start: eventsStart, end: index + 1 };
        eventsStart = -1;
      }
      depth--;
    } else if (depth === 1) {
      if (byte === comma) expectingKey = true;
      // A value other than an object or array after "events" (a string, a
      // number, null): that member is not an array, and a later one may be.
      else if (byte !== colon && keyIsEvents && byte !== undefined && !isJsonSpace(byte)) notAnArray();
    }
  }
  return found;
}

function isEventsKey(json: Buffer, start: number, end: number, escaped: boolean): boolean {
  if (escaped) return JSON.parse(json.toString("utf8", start, end)) === "events";
  return (
    end - start === eventsKey.length + 2 &&
    json.compare(eventsKey, 0, eventsKey.length, start + 1, end - 1) === 0
  );
}

function isJsonSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

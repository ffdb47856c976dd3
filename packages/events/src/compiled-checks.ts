import { Ajv2020 } from "ajv/dist/2020.js";
import { z } from "zod";
import { type EventType, eventSchemas, eventTypes } from "./events.ts";

/**
 * One compiled check per event type: true when the event is valid under that
 * type's zod schema. Generated code walks an event once without building a
 * copy, where zod builds a new object per event and per nested object; at
 * tens of thousands of events a second that copying was most of the
 * gateway's validation cost.
 */
export type CompiledEventChecks = Readonly<Record<EventType, (event: unknown) => boolean>>;

// Formats are checked as zod checks them. z.uuid() is a regex that zod also
// writes into the schema as its `pattern`, which Ajv runs, so the format
// itself adds nothing. "uri" means what z.url() accepts (the WHATWG URL
// parser), not a regex reading of RFC 3986; z.url() also trims the value and
// strips tabs and newlines from what it returns, so a URL it would change
// fails here and goes to zod: an event the compiled check passes is exactly
// what zod would have returned. A format the model starts to use without an
// entry here stops the compile.
const urlSchema = z.url();
const formatChecks: Record<string, (value: string) => boolean> = {
  uuid: () => true,
  uri: (value) => value.trim() === value && !/[\t\n\r]/.test(value) && urlSchema.safeParse(value).success,
};

/**
 * Compiles the JSON Schema generated from each event type's zod schema (zod
 * stays the source of truth). Takes tens of milliseconds: call it once at
 * start-up and pass the result to `validateBatch`. The options make Ajv
 * measure and match as zod does: string lengths in UTF-16 code units,
 * patterns without the `u` flag, NaN and infinities (1e400 parses to
 * Infinity) not numbers.
 */
export function compileEventChecks(): CompiledEventChecks {
  const ajv = new Ajv2020({
    allErrors: false,
    strict: true,
    strictNumbers: true,
    unicode: false,
    unicodeRegExp: false,
    validateFormats: true,
    // `unicode: false` is deprecated but still honoured, and it is what makes
    // lengths count as zod counts; strict mode throws on anything else worth
    // saying, so the deprecation notice is the only thing not printed.
    logger: false,
    formats: Object.fromEntries(
      Object.entries(formatChecks).map(([name, validate]) => [name, { type: "string", validate }]),
    ),
  });
  const checks = {} as Record<EventType, (event: unknown) => boolean>;
  for (const type of eventTypes) {
    const validate = ajv.compile(z.toJSONSchema(eventSchemas[type], { target: "draft-2020-12" }));
    checks[type] = (event) => validate(event);
  }
  return checks;
}

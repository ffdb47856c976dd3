import { z } from "zod";
import type { CompiledEventChecks } from "./compiled-checks.ts";
import { eventSchemas, isEventType, type TelemetryEvent, telemetryEventSchema } from "./events.ts";
import { type BatchLimits, findLimitBreach, type LimitBreach } from "./limits.ts";
import { describeFieldProblems, type EventRejectionCode } from "./problems.ts";

const batchHeaderFields = {
  batchId: z.uuid().describe("unique id of the batch; a retry sends the same id and is accepted once"),
  sentAt: z.int().min(0).describe("when the collector sent it, epoch milliseconds on the collector's clock"),
  collector: z
    .strictObject({
      version: z.string().min(1).describe("version of the collector software"),
      os: z.string().min(1).describe("operating system and its version, e.g. macOS 14.5"),
    })
    .meta({ id: "Collector", description: "the software that recorded the events" }),
};

export const batchSchema = z
  .strictObject({ ...batchHeaderFields, events: z.array(telemetryEventSchema) })
  .meta({ title: "Cordon event batch v1", description: "what a collector POSTs to /v1/batches" });

export type Batch = z.infer<typeof batchSchema>;

// The header is checked whole; events are checked one by one, so that one bad
// event costs the collector that event, not the batch.
const batchHeaderSchema = z.strictObject({ ...batchHeaderFields, events: z.array(z.unknown()) });

export type BatchHeader = Omit<Batch, "events">;

/** Why a whole batch was refused; each is a code of the HTTP error model. */
export type BatchRefusalCode = "invalid_batch" | "too_many_events" | LimitBreach;

export interface EventRejection {
  /** Position of the event in the batch's `events`. */
  index: number;
  code: EventRejectionCode;
  /** Names the fields and what was expected; never contains a value. */
  reason: string;
}

export type BatchValidation =
  | { ok: true; batch: BatchHeader; accepted: TelemetryEvent[]; rejected: EventRejection[] }
  | { ok: false; code: BatchRefusalCode; reason: string };

/**
 * Checks a parsed JSON body against the limits and the model. The whole batch
 * is refused only when its header is wrong or a limit is passed; otherwise
 * valid events are accepted in their order and each invalid one is reported
 * by index. Never throws: anything unexpected is an `invalid_batch`.
 *
 * With `compiled` (from `compileEventChecks`, made once at start-up) an event
 * the compiled check passes is accepted as it came, without zod's copy; any
 * other event goes to zod, which decides and words the rejection. So the
 * compiled checks can only make validation faster, never accept what zod
 * refuses — provided they are no more lenient, which their tests hold them to.
 */
export function validateBatch(
  input: unknown,
  limits: BatchLimits,
  compiled?: CompiledEventChecks,
): BatchValidation {
  try {
    return validateUnsafely(input, limits, compiled);
  } catch {
    // Only a value that did not come from JSON.parse (a throwing getter, a
    // proxy) gets here; the caller still deserves an answer, not an exception.
    return { ok: false, code: "invalid_batch", reason: "the batch could not be read" };
  }
}

function validateUnsafely(
  input: unknown,
  limits: BatchLimits,
  compiled: CompiledEventChecks | undefined,
): BatchValidation {
  if (!isJsonObject(input)) {
    return { ok: false, code: "invalid_batch", reason: "the batch must be a JSON object" };
  }
  // Counted before anything walks the events, so an oversized batch costs nothing more.
  const events = input.events;
  if (Array.isArray(events) && events.length > limits.maxEvents) {
    return {
      ok: false,
      code: "too_many_events",
      reason: `the batch has ${events.length} events; at most ${limits.maxEvents} are accepted`,
    };
  }
  const breach = findLimitBreach(input, limits);
  if (breach === "string_too_long") {
    return {
      ok: false,
      code: breach,
      reason: `a string or field name is longer than ${limits.maxStringLength} characters`,
    };
  }
  if (breach === "nesting_too_deep") {
    return { ok: false, code: breach, reason: `the batch nests deeper than ${limits.maxDepth} levels` };
  }

  const header = batchHeaderSchema.safeParse(input);
  if (!header.success) {
    return {
      ok: false,
      code: "invalid_batch",
      reason: describeFieldProblems(header.error.issues, input).reason,
    };
  }

  const accepted: TelemetryEvent[] = [];
  const rejected: EventRejection[] = [];
  header.data.events.forEach((event, index) => {
    const result = validateEvent(event, compiled);
    if (result.ok) accepted.push(result.event);
    else rejected.push({ index, code: result.code, reason: result.reason });
  });
  const { batchId, sentAt, collector } = header.data;
  return { ok: true, batch: { batchId, sentAt, collector }, accepted, rejected };
}

/**
 * One event checked against the model as `validateBatch` checks it: the
 * compiled check first, zod for whatever it refuses. The event as zod would
 * return it, or undefined when it is not a valid event of this version.
 */
export function parseTelemetryEvent(
  event: unknown,
  compiled?: CompiledEventChecks,
): TelemetryEvent | undefined {
  const result = validateEvent(event, compiled);
  return result.ok ? result.event : undefined;
}

type EventValidation =
  | { ok: true; event: TelemetryEvent }
  | { ok: false; code: EventRejectionCode; reason: string };

function validateEvent(event: unknown, compiled: CompiledEventChecks | undefined): EventValidation {
  if (!isJsonObject(event))
    return { ok: false, code: "invalid_field", reason: "the event must be a JSON object" };
  // The type is looked at first so that an event of a type this version does
  // not know is reported as such, not as a pile of field problems.
  if (!Object.hasOwn(event, "type"))
    return { ok: false, code: "missing_field", reason: "missing field type" };
  const type = event.type;
  if (typeof type !== "string") {
    return { ok: false, code: "invalid_field", reason: "invalid field type: expected string" };
  }
  if (!isEventType(type)) {
    return { ok: false, code: "unknown_type", reason: "field type is not an event type of model v1" };
  }
  // The compiled check found it valid under this type's schema, so it is a TelemetryEvent as it stands.
  if (compiled?.[type](event) === true) return { ok: true, event: event as TelemetryEvent };
  const parsed = eventSchemas[type].safeParse(event);
  if (parsed.success) return { ok: true, event: parsed.data };
  return { ok: false, ...describeFieldProblems(parsed.error.issues, event) };
}

function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

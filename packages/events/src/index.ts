export {
  type Batch,
  type BatchHeader,
  type BatchRefusalCode,
  type BatchValidation,
  batchSchema,
  type EventRejection,
  parseTelemetryEvent,
  validateBatch,
} from "./batch.ts";
export { type CompiledEventChecks, compileEventChecks } from "./compiled-checks.ts";
export {
  type EventType,
  eventTypes,
  type InputType,
  inputTypes,
  isEventType,
  type TelemetryEvent,
  telemetryEventSchema,
} from "./events.ts";
export { exampleEvents } from "./examples.ts";
export {
  type CollectorExclusions,
  collectorExclusionsSchema,
  defaultCollectorExclusions,
  ExclusionMatcher,
  loadCollectorExclusions,
  type RecordedPlace,
} from "./exclusions.ts";
export { batchJsonSchema } from "./json-schema.ts";
export type { BatchLimits } from "./limits.ts";
export type { EventRejectionCode } from "./problems.ts";

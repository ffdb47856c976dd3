/**
 * What a sealed record on `cordon.events.raw.v1` holds once opened: the
 * accepted events of one batch, with who sent it as the gateway established
 * it from the collector's token and enrolment (never from the request body).
 */
export interface RawBatch<Event = unknown> {
  schema: typeof rawBatchSchema;
  batchId: string;
  orgId: string;
  subjectId: string;
  collectorId: string;
  /** When the gateway received it, epoch milliseconds on the gateway's clock. */
  receivedAt: number;
  /** When the collector sent it, epoch milliseconds on the collector's clock. */
  sentAt: number;
  collector: { version: string; os: string };
  events: Event[];
}

export const rawBatchSchema = "cordon.raw-batch.v1";

/** Kafka header names of a raw record: ids and versions only, never content. */
export const rawBatchHeaders = {
  schema: "cordon-schema",
  envelope: "cordon-envelope",
  batchId: "cordon-batch-id",
  collectorId: "cordon-collector-id",
  orgId: "cordon-org-id",
} as const;

export const transitEnvelopeName = "cordon.transit.v1";

export function encodeRawBatch<Event>(batch: RawBatch<Event>): Buffer {
  return Buffer.from(JSON.stringify(batch), "utf8");
}

/**
 * Parses an opened record and checks its frame; the events themselves are
 * left for the reader to validate against the event model it speaks.
 */
export function decodeRawBatch(plaintext: Buffer): RawBatch {
  const value: unknown = JSON.parse(plaintext.toString("utf8"));
  if (typeof value !== "object" || value === null) throw new TypeError("a raw batch must be a JSON object");
  const batch = value as Partial<RawBatch>;
  if (batch.schema !== rawBatchSchema) throw new TypeError("not a raw batch of a known version");
  for (const field of ["batchId", "orgId", "subjectId", "collectorId"] as const) {
    if (typeof batch[field] !== "string") throw new TypeError(`a raw batch needs ${field}`);
  }
  if (!Array.isArray(batch.events)) throw new TypeError("a raw batch needs events");
  return batch as RawBatch;
}

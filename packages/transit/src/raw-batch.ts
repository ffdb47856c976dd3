import { promisify } from "node:util";
import { constants, gunzipSync, gzip } from "node:zlib";

const gzipAsync = promisify(gzip);

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

/** A raw batch as JSON. `compressRawBatch` makes it what the gateway seals. */
export function encodeRawBatch<Event>(batch: RawBatch<Event>): Buffer {
  return Buffer.from(JSON.stringify(batch), "utf8");
}

/** Everything of a raw batch but its events. */
export type RawBatchHeader = Omit<RawBatch, "events">;

/**
 * A raw batch as JSON around events that are JSON already (an array, as
 * UTF-8): the same document `encodeRawBatch` writes, without turning the
 * events back into objects first.
 */
export function encodeRawBatchAround(header: RawBatchHeader, eventsJson: Buffer): Buffer {
  const headerJson = JSON.stringify(header);
  return Buffer.concat([
    Buffer.from(`${headerJson.slice(0, -1)},"events":`, "utf8"),
    eventsJson,
    Buffer.from("}", "utf8"),
  ]);
}

export const rawBatchCompressions = ["gzip", "none"] as const;
export type RawBatchCompression = (typeof rawBatchCompressions)[number];

/**
 * Ciphertext does not compress, so a batch is compressed before it is sealed
 * or it travels and is stored in Kafka several times larger than the gzip body
 * the collector sent. Gzip at its fastest level: most of the saving for little
 * CPU, and run on libuv's threads, not the event loop.
 */
export async function compressRawBatch(json: Buffer, compression: RawBatchCompression): Promise<Buffer> {
  if (compression === "none") return json;
  return gzipAsync(json, { level: constants.Z_BEST_SPEED });
}

/** More than any batch the gateway accepts can inflate to: a bound, so no record can exhaust memory. */
const maxRawBatchBytes = 256 * 1024 * 1024;
const gzipMagic = [0x1f, 0x8b] as const;

/**
 * Parses an opened record and checks its frame; the events themselves are
 * left for the reader to validate against the event model it speaks. The
 * plaintext is gzip (it starts with gzip's magic bytes, which JSON never
 * does) or, from gateways before compression or with it turned off, JSON.
 */
export function decodeRawBatch(plaintext: Buffer, limits: { maxBytes?: number } = {}): RawBatch {
  return parseRawBatch(inflateRawBatch(plaintext, limits));
}

/** An opened record's batch as JSON: inflated if it was compressed, bounded by `maxBytes`. */
export function inflateRawBatch(plaintext: Buffer, limits: { maxBytes?: number } = {}): Buffer {
  return plaintext[0] === gzipMagic[0] && plaintext[1] === gzipMagic[1]
    ? gunzipSync(plaintext, { maxOutputLength: limits.maxBytes ?? maxRawBatchBytes })
    : plaintext;
}

/** A raw batch's JSON parsed, its frame checked (see `decodeRawBatch`). */
export function parseRawBatch(json: Buffer): RawBatch {
  const value: unknown = JSON.parse(json.toString("utf8"));
  if (typeof value !== "object" || value === null) throw new TypeError("a raw batch must be a JSON object");
  const batch = value as Partial<RawBatch>;
  if (batch.schema !== rawBatchSchema) throw new TypeError("not a raw batch of a known version");
  for (const field of ["batchId", "orgId", "subjectId", "collectorId"] as const) {
    if (typeof batch[field] !== "string") throw new TypeError(`a raw batch needs ${field}`);
  }
  if (!Array.isArray(batch.events)) throw new TypeError("a raw batch needs events");
  return batch as RawBatch;
}

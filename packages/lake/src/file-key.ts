import { isOrgId } from "@cordon/db";
/** Where a lake file's rows came from: one Kafka partition, an inclusive range of offsets. */
export interface LakeFileSource {
  topic: string;
  partition: number;
  /** Kafka offsets are int64; kafkajs gives them as decimal strings. */
  firstOffset: string | bigint;
  lastOffset: string | bigint;
}

export interface LakeFilePlace extends LakeFileSource {
  org: string;
  /** Any instant in the file's hour (UTC); the pipeline picks it from the records, so a replay picks the same. */
  hour: Date;
  /**
   * How many times the file was compacted (rewritten without some rows, after
   * an erasure or retention): 0 or absent for the pipeline's own file. A
   * compacted file gets a name of its own, because its cells' AADs name the
   * key they were sealed for and the old object must stay readable until
   * the catalog swap.
   */
  generation?: number;
}

// Kafka's own rule for topic names.
const topicPattern = /^[A-Za-z0-9._-]{1,249}$/;
const offsetPattern = /^(0|[1-9][0-9]{0,18})$/;

/**
 * `lake/events/v1/org=<org>/date=<yyyy-mm-dd>/hour=<hh>/<topic>-<partition>-<firstOffset>-<lastOffset>.parquet`.
 * The name depends only on where the rows came from, so a replay after a
 * crash overwrites the same object instead of adding a second copy
 * (docs/invariants.md, invariant 10).
 */
export function lakeFileKey(place: LakeFilePlace): string {
  if (!isOrgId(place.org)) throw new RangeError("org must be 1-128 of [A-Za-z0-9_.-]");
  if (!topicPattern.test(place.topic)) throw new RangeError("topic is not a valid Kafka topic name");
  if (!Number.isSafeInteger(place.partition) || place.partition < 0) {
    throw new RangeError("partition must be a non-negative integer");
  }
  const first = offsetText(place.firstOffset, "firstOffset");
  const last = offsetText(place.lastOffset, "lastOffset");
  if (BigInt(first) > BigInt(last)) throw new RangeError("firstOffset is after lastOffset");
  const { date, hour } = lakeFileHour(place.hour);
  const generation = place.generation ?? 0;
  if (!Number.isSafeInteger(generation) || generation < 0) {
    throw new RangeError("generation must be a non-negative integer");
  }
  const suffix = generation === 0 ? "" : `.c${generation}`;
  return `lake/events/v1/org=${place.org}/date=${date}/hour=${String(hour).padStart(2, "0")}/${place.topic}-${place.partition}-${first}-${last}${suffix}.parquet`;
}

/** The compaction generation a lake file key names (0 for a file as the pipeline wrote it). */
export function lakeFileGeneration(key: string): number {
  const match = /\.c([1-9][0-9]{0,8})\.parquet$/.exec(key);
  return match?.[1] === undefined ? 0 : Number(match[1]);
}

/** The UTC date (`yyyy-mm-dd`) and hour (0-23) a file is placed under in the layout and the catalog. */
export function lakeFileHour(instant: Date): { date: string; hour: number } {
  if (!Number.isFinite(instant.getTime())) throw new RangeError("hour is not a valid date");
  const iso = instant.toISOString();
  return { date: iso.slice(0, 10), hour: instant.getUTCHours() };
}

function offsetText(offset: string | bigint, name: string): string {
  const text = typeof offset === "bigint" ? offset.toString() : offset;
  if (!offsetPattern.test(text)) throw new RangeError(`${name} must be a non-negative int64 in decimal`);
  return text;
}

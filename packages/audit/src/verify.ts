import type { KeyService } from "@cordon/key-service";
import { type ObjectStore, ObjectStoreError } from "@cordon/object-store";
import { chainHash, genesisHash } from "./canonical.ts";
import {
  type AuditCheckpoint,
  checkpointHash,
  checkpointObjectKey,
  checkpointSignatureValid,
  defaultCheckpointKeyPrefix,
  type SignedAuditCheckpoint,
  sequenceOfCheckpointKey,
  signedCheckpointSchema,
} from "./checkpoint.ts";
import { type AuditRecordRow, type Queryable, recordColumns, recordFromRow, toSequence } from "./rows.ts";
import type { AuditSignals } from "./signals.ts";

/**
 * Why verification failed, at `firstBadSequence`:
 * - `record_missing`: no record with that sequence (removed, or the range starts after a hole).
 * - `sequence_duplicated`: a second record claims a sequence already seen.
 * - `prev_hash_mismatch`: the record's stored previous hash is not its predecessor's hash.
 * - `hash_mismatch`: the record's content does not hash to its stored hash (changed, or reordered).
 * - `time_mismatch`: the stored timestamp differs from the hashed time string.
 * - `head_mismatch`: the records and the chain head disagree (records removed at the end, or the
 *   head wound back so that the next append would fork the chain).
 * - `checkpoint_missing`: a checkpoint row has no object in the object store.
 * - `checkpoint_unreadable`: the object is not a checkpoint, or not the one its key names.
 * - `checkpoint_signature_invalid`: the signature does not match (the object was altered).
 * - `checkpoint_row_mismatch`: the database's copy of a checkpoint is missing or differs from the signed one.
 * - `checkpoint_chain_broken`: a checkpoint does not name the previous one's hash (one was removed).
 * - `checkpoint_head_mismatch` / `checkpoint_count_mismatch`: the records a signed checkpoint
 *   covers no longer hash to its chain head, or are not as many. A chain rewritten and
 *   re-hashed end to end is found here; the break is somewhere in the checkpoint's span, and
 *   `firstBadSequence` is the first sequence of that span.
 * For the first five the sequence is the record's; for the other checkpoint
 * reasons it is the checkpoint's `lastSequence`.
 */
export type VerifyFailureReason =
  | "record_missing"
  | "sequence_duplicated"
  | "prev_hash_mismatch"
  | "hash_mismatch"
  | "time_mismatch"
  | "head_mismatch"
  | "checkpoint_missing"
  | "checkpoint_unreadable"
  | "checkpoint_signature_invalid"
  | "checkpoint_row_mismatch"
  | "checkpoint_chain_broken"
  | "checkpoint_head_mismatch"
  | "checkpoint_count_mismatch";

export type VerifyResult =
  | { ok: true; checked: number; checkpoints: number; from: number; to: number }
  | { ok: false; firstBadSequence: number; reason: VerifyFailureReason; checked: number };

export interface VerifyDeps {
  keys: Pick<KeyService, "getAuditPublicKey">;
  store: ObjectStore;
  keyPrefix?: string;
  signals?: AuditSignals;
  /** Records fetched per round trip. */
  batchSize?: number;
}

export interface VerifyRange {
  /** First sequence to check; 1 unless set. */
  from?: number;
  /** Last sequence to check; the chain head unless set. */
  to?: number;
}

type Failure = { firstBadSequence: number; reason: VerifyFailureReason };

interface CheckpointRow {
  last_sequence: string;
  checkpoint_hash: Buffer;
}

function earliest(a: Failure | undefined, b: Failure | undefined): Failure | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return b.firstBadSequence < a.firstBadSequence ? b : a;
}

/**
 * Recomputes the chain over `range` from the stored records, checks sequence
 * continuity and the chain head, and checks every signed checkpoint in the
 * range against the object store, the public audit key and the records. Runs
 * on the caller's client, whose transaction must carry the `security` role.
 * Answers with the earliest sequence at which the evidence fails.
 */
export async function verifyAuditChain(
  db: Queryable,
  deps: VerifyDeps,
  range: VerifyRange = {},
): Promise<VerifyResult> {
  const result = await verify(db, deps, range);
  deps.signals?.verifyFinished(result);
  return result;
}

async function verify(db: Queryable, deps: VerifyDeps, range: VerifyRange): Promise<VerifyResult> {
  for (const bound of [range.from, range.to]) {
    if (bound !== undefined && !Number.isSafeInteger(bound))
      throw new RangeError("from and to must be integers");
  }
  const keyPrefix = deps.keyPrefix ?? defaultCheckpointKeyPrefix;
  // Checkpoints before the head: a checkpoint written in between is then still
  // at or below the head read next, never beyond it.
  const checkpointSequences = await listCheckpointSequences(deps.store, keyPrefix);
  const { rows: heads } = await db.query<{ last_sequence: string; last_hash: Buffer }>(
    "SELECT last_sequence, last_hash FROM cordon.audit_chain_head WHERE chain = 'main'",
  );
  const head = heads[0];
  if (head === undefined) throw new Error("the audit chain head cannot be read with this identity");
  const headSequence = toSequence(head.last_sequence);
  // Records up to the newest signed checkpoint must exist even if the head was wound back.
  const end = Math.max(headSequence, checkpointSequences.at(-1) ?? 0);
  const from = Math.max(1, range.from ?? 1);
  const to = Math.min(range.to ?? end, end);
  if (to < from) return { ok: true, checked: 0, checkpoints: 0, from, to };

  const signed = await readSignedCheckpoints(deps.store, keyPrefix, checkpointSequences, from, to);
  const inRange = checkpointSequences.filter((sequence) => sequence >= from && sequence <= to);
  const scan = await scanRecords(db, from, to, new Set([...inRange, headSequence]), deps.batchSize ?? 5_000);
  let failure = scan.failure;
  if (headSequence >= from && headSequence <= to) {
    if (!scan.hashes.get(headSequence)?.equals(head.last_hash)) {
      failure = earliest(failure, { firstBadSequence: headSequence, reason: "head_mismatch" });
    }
  }
  if (scan.lastSequence > headSequence) {
    // Records beyond the head: it was wound back, and the next append would fork the chain.
    failure = earliest(failure, { firstBadSequence: headSequence + 1, reason: "head_mismatch" });
  }
  failure = earliest(
    failure,
    await checkCheckpoints(db, deps, signed, { from, to, recomputed: scan.hashes, recordFailure: failure }),
  );
  if (failure !== undefined) return { ok: false, ...failure, checked: scan.checked };
  return { ok: true, checked: scan.checked, checkpoints: inRange.length, from, to };
}

/** Sequences of the checkpoint objects under the prefix, ascending (keys are zero-padded). */
async function listCheckpointSequences(store: ObjectStore, keyPrefix: string): Promise<number[]> {
  const sequences: number[] = [];
  for await (const key of store.listKeys(keyPrefix)) {
    const sequence = sequenceOfCheckpointKey(keyPrefix, key);
    if (sequence !== undefined) sequences.push(sequence);
  }
  return sequences.sort((a, b) => a - b);
}

/**
 * The checkpoint objects in [from, to] and the one just before `from` (the
 * first in range must name its hash), by sequence. The object store is the
 * source of truth: a checkpoint row removed from the database does not hide
 * its object. An unreadable object is kept as undefined, to be reported.
 */
async function readSignedCheckpoints(
  store: ObjectStore,
  keyPrefix: string,
  sequences: readonly number[],
  from: number,
  to: number,
): Promise<Map<number, SignedAuditCheckpoint | undefined>> {
  const before = sequences.filter((sequence) => sequence < from).at(-1);
  const found = new Map<number, SignedAuditCheckpoint | undefined>();
  for (const sequence of sequences) {
    if ((sequence >= from && sequence <= to) || sequence === before) {
      found.set(sequence, await readCheckpoint(store, checkpointObjectKey(keyPrefix, sequence), sequence));
    }
  }
  return found;
}

async function readCheckpoint(
  store: ObjectStore,
  key: string,
  sequence: number,
): Promise<SignedAuditCheckpoint | undefined> {
  try {
    const parsed = signedCheckpointSchema.safeParse(JSON.parse((await store.get(key)).toString("utf8")));
    if (!parsed.success || parsed.data.checkpoint.lastSequence !== sequence) return undefined;
    return parsed.data;
  } catch (error) {
    if (error instanceof SyntaxError || (error instanceof ObjectStoreError && error.code === "not-found")) {
      return undefined;
    }
    throw error;
  }
}

interface Scan {
  checked: number;
  failure: Failure | undefined;
  /** Highest sequence read. */
  lastSequence: number;
  /** Recomputed hashes at the sequences asked to remember (checkpoints, the head). */
  hashes: Map<number, Buffer>;
}

/**
 * Reads the records in sequence order through a cursor (one plan, no keyset
 * arithmetic over duplicates an attacker may have planted), recomputing each
 * hash. It goes on after the first failure, chaining the recomputed hashes,
 * so that checkpoints later in the range are compared with what the records
 * now say.
 */
async function scanRecords(
  db: Queryable,
  from: number,
  to: number,
  remember: ReadonlySet<number>,
  batchSize: number,
): Promise<Scan> {
  const scan: Scan = { checked: 0, failure: undefined, lastSequence: 0, hashes: new Map() };
  const fail = (firstBadSequence: number, reason: VerifyFailureReason) => {
    scan.failure ??= { firstBadSequence, reason };
  };
  let previous: Buffer = genesisHash;
  if (from > 1) {
    const { rows } = await db.query<{ hash: Buffer }>(
      "SELECT hash FROM cordon.audit_records WHERE sequence = $1 ORDER BY recorded_at LIMIT 1",
      [from - 1],
    );
    if (rows[0] === undefined) fail(from - 1, "record_missing");
    else previous = rows[0].hash;
  }
  let expected = from;
  await db.query(
    `DECLARE audit_verify NO SCROLL CURSOR FOR
       SELECT ${recordColumns} FROM cordon.audit_records
        WHERE sequence BETWEEN ${from} AND ${to}
        ORDER BY sequence, recorded_at`,
  );
  try {
    for (;;) {
      const { rows } = await db.query<AuditRecordRow>(`FETCH FORWARD ${batchSize} FROM audit_verify`);
      for (const row of rows) {
        const record = recordFromRow(row);
        scan.checked += 1;
        if (record.sequence < expected) {
          fail(record.sequence, "sequence_duplicated");
          continue;
        }
        if (record.sequence > expected) fail(expected, "record_missing");
        if (!row.prev_hash.equals(previous)) fail(record.sequence, "prev_hash_mismatch");
        let recomputed: Buffer;
        try {
          recomputed = chainHash(previous, record);
        } catch {
          // A value the canonical form cannot hold (a float planted in detail) was not written by us.
          recomputed = Buffer.alloc(32, 0xff);
        }
        if (!recomputed.equals(row.hash)) fail(record.sequence, "hash_mismatch");
        if (row.recorded_at.toISOString() !== row.recorded_at_text) fail(record.sequence, "time_mismatch");
        if (remember.has(record.sequence)) scan.hashes.set(record.sequence, recomputed);
        previous = recomputed;
        expected = record.sequence + 1;
        scan.lastSequence = record.sequence;
      }
      if (rows.length < batchSize) break;
    }
  } finally {
    await db.query("CLOSE audit_verify");
  }
  if (expected <= to) fail(expected, "record_missing");
  return scan;
}

async function checkCheckpoints(
  db: Queryable,
  deps: VerifyDeps,
  signed: Map<number, SignedAuditCheckpoint | undefined>,
  scope: { from: number; to: number; recomputed: Map<number, Buffer>; recordFailure: Failure | undefined },
): Promise<Failure | undefined> {
  const { from, to } = scope;
  const { rows } = await db.query<CheckpointRow>(
    `SELECT last_sequence, checkpoint_hash FROM cordon.audit_checkpoints
      WHERE last_sequence <= $1 ORDER BY last_sequence`,
    [to],
  );
  const stored = new Map(rows.map((row) => [toSequence(row.last_sequence), row.checkpoint_hash]));
  const withoutObject = [...stored.keys()].find((sequence) => sequence >= from && !signed.has(sequence));
  const missing: Failure | undefined =
    withoutObject === undefined
      ? undefined
      : { firstBadSequence: withoutObject, reason: "checkpoint_missing" };
  const { pem } = await deps.keys.getAuditPublicKey();
  let previous: AuditCheckpoint | undefined;
  for (const [sequence, object] of signed) {
    if (sequence < from) {
      previous = object?.checkpoint;
      continue;
    }
    const failure = await checkCheckpoint(db, { sequence, object, previous, pem, stored, ...scope });
    if (failure !== undefined) return earliest(missing, failure);
    previous = object?.checkpoint;
  }
  return missing;
}

async function checkCheckpoint(
  db: Queryable,
  input: {
    sequence: number;
    object: SignedAuditCheckpoint | undefined;
    previous: AuditCheckpoint | undefined;
    pem: string;
    stored: Map<number, Buffer>;
    recomputed: Map<number, Buffer>;
    recordFailure: Failure | undefined;
  },
): Promise<Failure | undefined> {
  const { sequence, object, previous } = input;
  const at = (reason: VerifyFailureReason, firstBadSequence = sequence): Failure => ({
    firstBadSequence,
    reason,
  });
  if (object === undefined) return at("checkpoint_unreadable");
  if (!checkpointSignatureValid(object, input.pem)) return at("checkpoint_signature_invalid");
  const checkpoint = object.checkpoint;
  const row = input.stored.get(sequence);
  if (row === undefined || !row.equals(checkpointHash(checkpoint))) return at("checkpoint_row_mismatch");
  const expectedPrevious = previous === undefined ? null : checkpointHash(previous).toString("hex");
  if (checkpoint.previousCheckpointHash !== expectedPrevious) return at("checkpoint_chain_broken");
  const spanStart = (previous?.lastSequence ?? 0) + 1;
  // A record failure inside or before the span already names the break more
  // precisely than the span's first sequence could; the mismatch follows from it.
  if (input.recordFailure !== undefined && input.recordFailure.firstBadSequence <= sequence) return undefined;
  if (checkpoint.count !== sequence - spanStart + 1) return at("checkpoint_count_mismatch", spanStart);
  const { rows } = await db.query<{ count: string }>(
    "SELECT count(*) AS count FROM cordon.audit_records WHERE sequence BETWEEN $1 AND $2",
    [spanStart, sequence],
  );
  if (Number(rows[0]?.count) !== checkpoint.count) return at("checkpoint_count_mismatch", spanStart);
  if (input.recomputed.get(sequence)?.toString("hex") !== checkpoint.chainHead) {
    return at("checkpoint_head_mismatch", spanStart);
  }
  return undefined;
}

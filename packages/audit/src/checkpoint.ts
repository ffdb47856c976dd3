import { createHash, verify } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { type Pool, type RequestIdentity, withIdentity } from "@cordon/db";
import type { KeyService } from "@cordon/key-service";
import { type ObjectStore, ObjectStoreError } from "@cordon/object-store";
import type { Logger } from "@cordon/observability";
import { z } from "zod";
import { auditWriterIdentity } from "./append.ts";
import { canonicalJson } from "./canonical.ts";
import type { Queryable } from "./rows.ts";
import type { AuditSignals } from "./signals.ts";

/**
 * A statement about the chain at one point: "the record with this sequence
 * has this hash, and it is `count` records after the previous checkpoint,
 * whose hash is this". Signed with the audit signing key in KMS and written
 * where the database owner cannot rewrite it unnoticed.
 */
export interface AuditCheckpoint {
  lastSequence: number;
  /** Hash of record `lastSequence`, hex. */
  chainHead: string;
  /** Records after the previous checkpoint, up to and including `lastSequence`. */
  count: number;
  /** Hash of the previous checkpoint's canonical form, hex; null for the first. */
  previousCheckpointHash: string | null;
  /** ISO 8601 UTC, when it was taken. */
  time: string;
}

export const checkpointFormat = "cordon.audit.checkpoint.v1";
export const checkpointSigningAlgorithm = "ECDSA_SHA_256";
export const defaultCheckpointKeyPrefix = "audit/checkpoints/";

const hex32 = z.string().regex(/^[0-9a-f]{64}$/);

/** The object stored for each checkpoint; `checkpoint` is what the signature covers, canonicalised. */
export const signedCheckpointSchema = z.strictObject({
  format: z.literal(checkpointFormat),
  checkpoint: z.strictObject({
    lastSequence: z.number().int().positive(),
    chainHead: hex32,
    count: z.number().int().positive(),
    previousCheckpointHash: hex32.nullable(),
    time: z.string(),
  }),
  algorithm: z.literal(checkpointSigningAlgorithm),
  keyId: z.string(),
  /** ECDSA P-256 signature (DER), base64, over SHA-256 of the canonical checkpoint. */
  signature: z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/),
});
export type SignedAuditCheckpoint = z.infer<typeof signedCheckpointSchema>;

/** The bytes that are hashed and signed; `previousCheckpointHash` is written as null, never left out. */
export function canonicalCheckpoint(checkpoint: AuditCheckpoint): string {
  return canonicalJson({
    lastSequence: checkpoint.lastSequence,
    chainHead: checkpoint.chainHead,
    count: checkpoint.count,
    previousCheckpointHash: checkpoint.previousCheckpointHash,
    time: checkpoint.time,
  });
}

export function checkpointHash(checkpoint: AuditCheckpoint): Buffer {
  return createHash("sha256").update(canonicalCheckpoint(checkpoint), "utf8").digest();
}

/** Zero-padded so that key order is sequence order. */
export function checkpointObjectKey(keyPrefix: string, lastSequence: number): string {
  return `${keyPrefix}${String(lastSequence).padStart(20, "0")}.json`;
}

export function sequenceOfCheckpointKey(keyPrefix: string, key: string): number | undefined {
  const match = /^(\d{20})\.json$/.exec(key.slice(keyPrefix.length));
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/** Checks a signature with the exported public key: no KMS call per checkpoint. */
export function checkpointSignatureValid(signed: SignedAuditCheckpoint, publicKeyPem: string): boolean {
  try {
    return verify(
      "sha256",
      Buffer.from(canonicalCheckpoint(signed.checkpoint), "utf8"),
      publicKeyPem,
      Buffer.from(signed.signature, "base64"),
    );
  } catch {
    return false;
  }
}

/** Another writer stored a different checkpoint for the same sequence: never overwritten, always reported. */
export class CheckpointConflictError extends Error {
  constructor(key: string) {
    super(`a different checkpoint is already stored at ${key}`);
    this.name = "CheckpointConflictError";
  }
}

export interface AuditCheckpointerOptions {
  /** Pool of the application role. */
  pool: Pool;
  keys: Pick<KeyService, "signAuditDigest" | "getAuditPublicKey">;
  store: ObjectStore;
  /** Where checkpoint objects go; `audit/checkpoints/` unless set (tests use their own). */
  keyPrefix?: string;
  /** Take a checkpoint once this many records are not covered by one. */
  everyRecords: number;
  /** …or once the newest checkpoint is this old and records came after it. */
  everyMs: number;
  identity?: RequestIdentity;
  now?: () => number;
  logger?: Logger;
  signals?: AuditSignals;
}

export interface AuditCheckpointer {
  /** Takes a checkpoint if one is due; returns it, or undefined when none was due. */
  checkpointIfDue(): Promise<AuditCheckpoint | undefined>;
  /** Checks every `pollMs` until `signal` aborts; a failed attempt is logged and retried with backoff. */
  run(signal: AbortSignal, pollMs?: number): Promise<void>;
}

interface CheckpointHeadRow {
  last_sequence: string;
  last_checkpoint_hash: Buffer | null;
  last_checkpoint_time: string;
}

/**
 * Writes checkpoints every N records or M milliseconds, from any number of
 * service instances without duplicates: each attempt locks the checkpoint head
 * row (cordon.lock_audit_checkpoint_head) in its own transaction, and the
 * checkpoint row's insert trigger refuses one that does not extend that head.
 *
 * Checkpoint writers serialise among themselves, not on the chain-head lock the
 * appenders take: a checkpoint waits on KMS and the object store, and an outage
 * of either must stall checkpoints, not every audited action. Reading the
 * committed chain head is enough for a consistent checkpoint, because a
 * committed head names a record that is committed and can no longer change.
 *
 * If a previous attempt stored the object but did not commit its row, the
 * object is adopted when it states the same chain head; a different object at
 * that key is a conflict, reported and never overwritten (objects are written
 * create-only).
 */
export function createAuditCheckpointer(options: AuditCheckpointerOptions): AuditCheckpointer {
  const keyPrefix = options.keyPrefix ?? defaultCheckpointKeyPrefix;
  const now = options.now ?? Date.now;
  let publicKey: ReturnType<typeof options.keys.getAuditPublicKey> | undefined;
  const auditPublicKey = () => {
    if (publicKey === undefined) {
      const pending = options.keys.getAuditPublicKey();
      // A failed fetch must not be remembered for the life of the process.
      pending.catch(() => {
        if (publicKey === pending) publicKey = undefined;
      });
      publicKey = pending;
    }
    return publicKey;
  };

  async function due(client: Queryable) {
    const { rows } = await client.query<CheckpointHeadRow>(
      "SELECT * FROM cordon.lock_audit_checkpoint_head()",
    );
    const previous = rows[0];
    if (previous === undefined)
      throw new Error("no identity is set, so the checkpoint head cannot be locked");
    const { rows: heads } = await client.query<{ last_sequence: string; last_hash: Buffer }>(
      "SELECT last_sequence, last_hash FROM cordon.audit_chain_head WHERE chain = 'main'",
    );
    const head = heads[0];
    if (head === undefined) throw new Error("the audit chain head row is missing");
    const lastSequence = Number(head.last_sequence);
    const uncovered = lastSequence - Number(previous.last_sequence);
    if (uncovered <= 0) return undefined;
    const previousMs = Date.parse(previous.last_checkpoint_time);
    const overdue = Number.isNaN(previousMs) || now() - previousMs >= options.everyMs;
    if (uncovered < options.everyRecords && !overdue) return undefined;
    const checkpoint: AuditCheckpoint = {
      lastSequence,
      chainHead: head.last_hash.toString("hex"),
      count: uncovered,
      previousCheckpointHash: previous.last_checkpoint_hash?.toString("hex") ?? null,
      time: new Date(now()).toISOString(),
    };
    return checkpoint;
  }

  async function store(checkpoint: AuditCheckpoint): Promise<SignedAuditCheckpoint> {
    const key = checkpointObjectKey(keyPrefix, checkpoint.lastSequence);
    const { keyId, pem } = await auditPublicKey();
    const signature = await options.keys.signAuditDigest(checkpointHash(checkpoint));
    const signed: SignedAuditCheckpoint = {
      format: checkpointFormat,
      checkpoint,
      algorithm: checkpointSigningAlgorithm,
      keyId,
      signature: signature.toString("base64"),
    };
    try {
      await options.store.put(key, Buffer.from(`${JSON.stringify(signed)}\n`), {
        contentType: "application/json",
        createOnly: true,
      });
      return signed;
    } catch (error) {
      if (!(error instanceof ObjectStoreError && error.code === "already-exists")) throw error;
    }
    const existing = signedCheckpointSchema.safeParse(JSON.parse((await options.store.get(key)).toString()));
    const same =
      existing.success &&
      existing.data.checkpoint.lastSequence === checkpoint.lastSequence &&
      existing.data.checkpoint.chainHead === checkpoint.chainHead &&
      existing.data.checkpoint.count === checkpoint.count &&
      existing.data.checkpoint.previousCheckpointHash === checkpoint.previousCheckpointHash &&
      checkpointSignatureValid(existing.data, pem);
    if (!same) throw new CheckpointConflictError(key);
    return existing.data;
  }

  async function checkpointIfDue(): Promise<AuditCheckpoint | undefined> {
    try {
      const written = await withIdentity(
        options.pool,
        options.identity ?? auditWriterIdentity,
        async (client) => {
          const checkpoint = await due(client);
          if (checkpoint === undefined) return undefined;
          const signed = await store(checkpoint);
          const stored = signed.checkpoint;
          await client.query(
            `INSERT INTO cordon.audit_checkpoints (last_sequence, chain_head, record_count,
             previous_checkpoint_hash, checkpoint_time, checkpoint_hash, signature, key_id, object_key)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
            [
              stored.lastSequence,
              Buffer.from(stored.chainHead, "hex"),
              stored.count,
              stored.previousCheckpointHash === null
                ? null
                : Buffer.from(stored.previousCheckpointHash, "hex"),
              stored.time,
              checkpointHash(stored),
              Buffer.from(signed.signature, "base64"),
              signed.keyId,
              checkpointObjectKey(keyPrefix, stored.lastSequence),
            ],
          );
          return stored;
        },
      );
      if (written !== undefined) options.signals?.checkpointWritten(written.lastSequence);
      return written;
    } catch (error) {
      options.signals?.checkpointFailed();
      throw error;
    }
  }

  return {
    checkpointIfDue,
    async run(signal, pollMs = 1_000) {
      let failures = 0;
      while (!signal.aborted) {
        try {
          await checkpointIfDue();
          failures = 0;
        } catch (error) {
          failures += 1;
          options.logger?.error({ err: error, failures }, "audit checkpoint failed; retrying");
        }
        // While KMS or the object store is down, back off (up to a minute) instead of failing every tick.
        const waitMs = Math.min(pollMs * 2 ** Math.min(failures, 16), Math.max(pollMs, 60_000));
        await sleep(waitMs, undefined, { signal }).catch(() => {});
      }
    },
  };
}

/**
 * Creates the monthly partitions of the access log from this month on (UTC),
 * so records do not pile up in the default partition. Safe to call from every
 * instance at start and then daily.
 */
export async function ensureAuditPartitions(pool: Pool, monthsAhead = 3): Promise<number> {
  const { rows } = await pool.query<{ created: number }>(
    "SELECT cordon.create_audit_partitions((now() AT TIME ZONE 'UTC')::date, $1) AS created",
    [monthsAhead + 1],
  );
  return rows[0]?.created ?? 0;
}

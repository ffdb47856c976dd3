import { type Pool, type RequestIdentity, withIdentity } from "@cordon/db";
import pg from "pg";
import { chainHash } from "./canonical.ts";
import { type AuditRecord, type AuditRecordInput, parseAuditRecordInput } from "./record.ts";
import type { Queryable } from "./rows.ts";

/**
 * The identity an append runs under when the log opens its own transaction
 * (given a pool, e.g. to record a refused call that has no identity of its
 * own). Row-level security lets any identity append; only `security` reads.
 */
export const auditWriterIdentity: RequestIdentity = { principalId: "audit-writer", roles: ["audit_writer"] };

/** The record could not be written; the action it describes must not go ahead. */
export class AuditWriteError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "AuditWriteError";
  }
}

export interface AppendOptions {
  /** Identity of the transaction opened when a pool is given; `auditWriterIdentity` unless set. */
  identity?: RequestIdentity;
  /** Milliseconds since the epoch; tests pin it. */
  now?: () => number;
}

interface ChainHeadRow {
  last_sequence: string;
  last_hash: Buffer;
  last_recorded_at_text: string;
}

/**
 * Appends one record to the chain and returns it as stored.
 *
 * Given a client, the record is written in the caller's transaction, so the
 * action and its record commit together or not at all. Given a pool, it opens
 * a transaction of its own.
 *
 * How appends are serialised, and why this way: the first statement locks the
 * single chain-head row (cordon.lock_audit_chain_head, `SELECT … FOR UPDATE`)
 * and reads the previous hash; the insert's trigger then moves the head to the
 * new record. The lock is held until the caller's transaction ends, so a
 * second writer waits and then reads the head the first one committed; if the
 * first rolls back, the head it moved rolls back with its record, and the
 * second takes the same sequence: no hole, no fork. Compared with
 * `pg_advisory_xact_lock` plus reading the newest record, the head row needs no
 * read access to the log (which row-level security keeps for `security`), a
 * lock wait returns the committed head in the same statement, and the trigger
 * makes the database refuse any insert that does not extend the head by one
 * (a compare-and-swap), even from a writer that forgot the lock.
 * The price is the same for both: appends are serial, and an audited
 * transaction holds the lock from its append to its commit, so append last
 * (bench/audit.ts measures the throughput).
 */
export async function appendAuditRecord(
  db: Pool | Queryable,
  input: AuditRecordInput,
  options: AppendOptions = {},
): Promise<AuditRecord> {
  // Refuse a bad record before touching the database: it is a bug in the caller.
  const parsed = parseAuditRecordInput(input);
  if (db instanceof pg.Pool) {
    return withIdentity(db, options.identity ?? auditWriterIdentity, (client) =>
      appendInTransaction(client, parsed, options.now ?? Date.now),
    );
  }
  return appendInTransaction(db, parsed, options.now ?? Date.now);
}

async function appendInTransaction(
  client: Queryable,
  input: ReturnType<typeof parseAuditRecordInput>,
  now: () => number,
): Promise<AuditRecord> {
  try {
    const { rows } = await client.query<ChainHeadRow>("SELECT * FROM cordon.lock_audit_chain_head()");
    const head = rows[0];
    if (head === undefined) {
      throw new AuditWriteError(
        "no identity is set for the transaction, so the audit chain cannot be locked",
      );
    }
    // Never before the previous record, even if this instance's clock is behind.
    const previousMs = Date.parse(head.last_recorded_at_text);
    const time = new Date(Number.isNaN(previousMs) ? now() : Math.max(now(), previousMs)).toISOString();
    const unhashed = {
      sequence: Number(head.last_sequence) + 1,
      time,
      actor: input.actor,
      action: input.action,
      resource: input.resource,
      outcome: input.outcome,
      ...(input.reason === undefined ? {} : { reason: input.reason }),
      ...(input.purpose === undefined ? {} : { purpose: input.purpose }),
      ...(input.policyVersion === undefined ? {} : { policyVersion: input.policyVersion }),
      requestId: input.requestId,
      ...(input.orgId === undefined ? {} : { orgId: input.orgId }),
      detail: input.detail ?? {},
    };
    const hash = chainHash(head.last_hash, unhashed);
    await client.query(
      `INSERT INTO cordon.audit_records (sequence, recorded_at, recorded_at_text, actor_type, actor_id,
         actor_auth, action, resource_type, resource_id, outcome, reason, purpose, policy_version,
         request_id, org_id, detail, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
      [
        unhashed.sequence,
        time,
        time,
        input.actor.type,
        input.actor.id,
        input.actor.authMethod,
        input.action,
        input.resource.type,
        input.resource.id,
        input.outcome,
        input.reason ?? null,
        input.purpose ?? null,
        input.policyVersion ?? null,
        input.requestId,
        input.orgId ?? null,
        JSON.stringify(unhashed.detail),
        head.last_hash,
        hash,
      ],
    );
    return { ...unhashed, prevHash: head.last_hash.toString("hex"), hash: hash.toString("hex") };
  } catch (error) {
    if (error instanceof AuditWriteError) throw error;
    throw new AuditWriteError("the audit record could not be written", { cause: error });
  }
}

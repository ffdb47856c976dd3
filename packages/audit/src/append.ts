import { type Pool, type RequestIdentity, withIdentity } from "@cordon/db";
import pg from "pg";
import { chainHash } from "./canonical.ts";
import { type AuditRecord, type AuditRecordInput, parseAuditRecordInput } from "./record.ts";
import { type Queryable, toSequence } from "./rows.ts";

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
}

interface AppendedRow {
  appended_sequence: string;
  appended_time: string;
  appended_prev_hash: Buffer;
  appended_hash: Buffer;
}

/**
 * Appends one record to the chain and returns it as stored.
 *
 * Given a client, the record is written in the caller's transaction, so the
 * action and its record commit together or not at all. Given a pool, it opens
 * a transaction of its own.
 *
 * The database makes the record: cordon.append_audit_record (a function
 * running as the owner; nobody may INSERT directly) locks the chain head row,
 * assigns the next sequence, the time (clock_timestamp(), never before the
 * previous record) and the hash, and refuses an actor other than the
 * transaction's identity. The head lock is held until the caller's
 * transaction ends, so a second writer waits and then extends the head the
 * first one committed; if the first rolls back, its record and head move roll
 * back together and the second takes the same sequence: no hole, no fork. The
 * price is that appends are serial and an audited transaction holds the lock
 * from its append to its commit, so append last (bench/audit.ts measures it).
 * The hash is recomputed here from what was stored, so a database and a
 * verifier that disagree on the canonical form fail the action at once
 * instead of leaving a chain that does not verify.
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
      appendInTransaction(client, parsed),
    );
  }
  return appendInTransaction(db, parsed);
}

async function appendInTransaction(client: Queryable, input: ParsedAuditInput): Promise<AuditRecord> {
  try {
    const { rows } = await client.query<AppendedRow>(
      `SELECT * FROM cordon.append_audit_record($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      appendParameters(input),
    );
    const appended = rows[0];
    if (appended === undefined) throw new AuditWriteError("the access log returned no record");
    return recordAsStored(input, appended);
  } catch (error) {
    if (error instanceof AuditWriteError) throw error;
    throw new AuditWriteError("the audit record could not be written", { cause: error });
  }
}

/**
 * Appends several records, in order, with one statement in the caller's
 * transaction: one head lock and one commit for all of them (group commit).
 * The database function runs once per record in input order, so each record
 * extends the one before it exactly as separate appends would; if any is
 * refused the statement fails and none is written.
 */
export async function appendAuditRecordsInTransaction(
  client: Queryable,
  inputs: readonly ParsedAuditInput[],
): Promise<AuditRecord[]> {
  if (inputs.length === 0) return [];
  try {
    const columns = Array.from({ length: appendParameterCount }, (_, column) =>
      inputs.map((input) => appendParameters(input)[column] ?? null),
    );
    const { rows } = await client.query<AppendedRow>(
      `SELECT appended.* FROM unnest(${columns.map((_, column) => `$${column + 1}::${column === appendParameterCount - 1 ? "jsonb" : "text"}[]`).join(", ")})
         WITH ORDINALITY AS batch(${columns.map((_, column) => `p${column + 1}`).join(", ")}, position)
         CROSS JOIN LATERAL cordon.append_audit_record(${columns.map((_, column) => `batch.p${column + 1}`).join(", ")}) AS appended
         ORDER BY batch.position`,
      columns,
    );
    if (rows.length !== inputs.length)
      throw new AuditWriteError("the access log returned fewer records than sent");
    const records = inputs.map((input, index) => recordAsStored(input, rows[index] as AppendedRow));
    for (let index = 1; index < records.length; index++) {
      const [previous, current] = [records[index - 1], records[index]];
      if (previous === undefined || current === undefined || current.prevHash !== previous.hash) {
        throw new AuditWriteError("the access log did not chain a group's records in order");
      }
    }
    return records;
  } catch (error) {
    if (error instanceof AuditWriteError) throw error;
    throw new AuditWriteError("the audit records could not be written", { cause: error });
  }
}

export type ParsedAuditInput = ReturnType<typeof parseAuditRecordInput>;

const appendParameterCount = 13;

/** The arguments of cordon.append_audit_record, in its order. */
function appendParameters(input: ParsedAuditInput): (string | null)[] {
  return [
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
    JSON.stringify(input.detail ?? {}),
  ];
}

/**
 * The record as the database stored it. The hash is recomputed here, so a
 * database and a verifier that disagree on the canonical form fail the action
 * at once instead of leaving a chain that does not verify.
 */
function recordAsStored(input: ParsedAuditInput, appended: AppendedRow): AuditRecord {
  const unhashed = {
    sequence: toSequence(appended.appended_sequence),
    time: appended.appended_time,
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
  const hash = chainHash(appended.appended_prev_hash, unhashed);
  if (!hash.equals(appended.appended_hash)) {
    throw new AuditWriteError("the access log hashed the record differently from its verifier");
  }
  return { ...unhashed, prevHash: appended.appended_prev_hash.toString("hex"), hash: hash.toString("hex") };
}

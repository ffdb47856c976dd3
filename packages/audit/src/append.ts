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
 * The statement that appends `inputs`, in order, with every value written as
 * a literal (`literal` is the connection's `escapeLiteral`): for a
 * simple-protocol query that opens the transaction, sets its identity and
 * appends in one round trip. `recordsAsStored` reads its rows.
 */
export function appendRecordsStatement(
  inputs: readonly ParsedAuditInput[],
  literal: (value: string) => string,
): string {
  const columns = appendColumns(inputs).map(
    (values, column) =>
      `ARRAY[${values.map((value) => (value === null ? "NULL" : literal(value))).join(", ")}]::${appendParameterTypes[column]}[]`,
  );
  return `SELECT * FROM cordon.append_audit_records(${columns.join(",\n  ")})`;
}

/**
 * The records as the database stored them, checked: one row per input, each
 * chained to the one before, each hash recomputed here (see `recordAsStored`).
 */
export function recordsAsStored(
  inputs: readonly ParsedAuditInput[],
  rows: readonly unknown[],
): AuditRecord[] {
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
}

export type ParsedAuditInput = ReturnType<typeof parseAuditRecordInput>;

/** The SQL types of cordon.append_audit_record's arguments (arrays of them for append_audit_records). */
const appendParameterTypes = [...Array.from({ length: 12 }, () => "text"), "jsonb"] as const;

/** `appendParameters` of each input, as one array per argument. */
function appendColumns(inputs: readonly ParsedAuditInput[]): (string | null)[][] {
  const rows = inputs.map(appendParameters);
  return appendParameterTypes.map((_, column) => rows.map((row) => row[column] ?? null));
}

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

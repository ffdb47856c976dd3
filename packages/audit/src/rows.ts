import type pg from "pg";
import type { AuditDetail, AuditRecord } from "./record.ts";

/** Anything that runs a query: a pool client inside the caller's transaction, or a client. */
export type Queryable = Pick<pg.ClientBase, "query">;

/** The columns of cordon.audit_records, in the order `recordFromRow` reads them. */
export const recordColumns = `sequence, recorded_at, recorded_at_text, actor_type, actor_id, actor_auth, action,
  resource_type, resource_id, outcome, reason, purpose, policy_version, request_id, org_id, detail,
  prev_hash, hash`;

export interface AuditRecordRow {
  sequence: string;
  recorded_at: Date;
  recorded_at_text: string;
  actor_type: string;
  actor_id: string;
  actor_auth: string;
  action: string;
  resource_type: string;
  resource_id: string;
  outcome: string;
  reason: string | null;
  purpose: string | null;
  policy_version: string | null;
  request_id: string;
  org_id: string | null;
  detail: AuditDetail;
  prev_hash: Buffer;
  hash: Buffer;
}

/** Postgres bigint arrives as a string; sequences stay far below 2^53. */
export function toSequence(value: string | number): number {
  const sequence = Number(value);
  if (!Number.isSafeInteger(sequence)) throw new RangeError(`sequence ${value} is not a safe integer`);
  return sequence;
}

/**
 * A row as a record, without checking it: the stored values are what verify
 * hashes, so an edited row must come out edited (a type or action outside the
 * lists included), not be refused here.
 */
export function recordFromRow(row: AuditRecordRow): AuditRecord {
  const record: AuditRecord = {
    sequence: toSequence(row.sequence),
    time: row.recorded_at_text,
    actor: { type: row.actor_type, id: row.actor_id, authMethod: row.actor_auth } as AuditRecord["actor"],
    action: row.action as AuditRecord["action"],
    resource: { type: row.resource_type, id: row.resource_id },
    outcome: row.outcome as AuditRecord["outcome"],
    requestId: row.request_id,
    detail: row.detail,
    prevHash: row.prev_hash.toString("hex"),
    hash: row.hash.toString("hex"),
  };
  if (row.reason !== null) record.reason = row.reason;
  if (row.purpose !== null) record.purpose = row.purpose;
  if (row.policy_version !== null) record.policyVersion = row.policy_version;
  if (row.org_id !== null) record.orgId = row.org_id;
  return record;
}

import { createPool, type Pool } from "@cordon/db";
import type { KeyService } from "@cordon/key-service";
import type { ObjectStore } from "@cordon/object-store";
import {
  type IsolatedDatabase,
  isolatedDatabase,
  stackKeyService,
  stackObjectStore,
  testId,
} from "@cordon/testkit";
import pg from "pg";
import { appendAuditRecord } from "../append.ts";
import { chainHash, type HashedAuditRecord } from "../canonical.ts";
import type { AuditRecord, AuditRecordInput } from "../record.ts";

/**
 * What an integration test of the access log runs against: its own database,
 * the stack's KMS and S3 server, and a key prefix in the bucket no other test
 * file writes under.
 */
export interface AuditTestStack {
  db: IsolatedDatabase;
  /** Pool of the control API's login, which reads and appends to the log. */
  pool: Pool;
  /** The migrating superuser: plays the database owner who tampers. */
  admin: pg.Client;
  keys: KeyService;
  store: ObjectStore;
  keyPrefix: string;
  close(): Promise<void>;
}

export const securityIdentity = { principalId: "sec-1", orgId: "org-a", roles: ["security"] };
/** Reads and verifies the whole chain: carries no organisation. */
export const platformOperatorIdentity = { principalId: "ops-1", roles: ["platform_operator"] };

export async function auditTestStack(
  label: string,
  options: { poolSize?: number } = {},
): Promise<AuditTestStack> {
  const db = await isolatedDatabase(label);
  const admin = new pg.Client({ connectionString: db.adminUrl });
  await admin.connect();
  const pool = createPool(db.urls.control, { max: options.poolSize ?? 10 });
  const keys = stackKeyService();
  const store = stackObjectStore();
  const keyPrefix = `${testId(label)}/audit/checkpoints/`;
  return {
    db,
    pool,
    admin,
    keys,
    store,
    keyPrefix,
    async close() {
      for await (const key of store.listKeys(keyPrefix)) await store.delete(key);
      await pool.end();
      await admin.end();
      await db.drop();
    },
  };
}

/** A well-formed record input; each test overrides what it is about. */
/**
 * Writes records with chosen times straight into the table as the superuser,
 * each extending the chain head by one with the hash @cordon/audit computes
 * (the insert trigger recomputes and compares it): for tests that need
 * records at fixed times, which the append function never accepts.
 */
export async function seedRecordsAsOwner(
  admin: pg.Client,
  records: readonly { input: AuditRecordInput; time: string }[],
): Promise<void> {
  for (const { input, time } of records) {
    const { rows } = await admin.query<{ last_sequence: string; last_hash: Buffer }>(
      "SELECT last_sequence, last_hash FROM cordon.audit_chain_head WHERE chain = 'main'",
    );
    const head = rows[0];
    if (head === undefined) throw new Error("the audit chain head row is missing");
    const sequence = Number(head.last_sequence) + 1;
    const detail = input.detail ?? {};
    // Absent optional fields are left out of the canonical form, as undefined ones are.
    const hash = chainHash(head.last_hash, { ...input, sequence, time, detail } as HashedAuditRecord);
    await admin.query(
      `INSERT INTO cordon.audit_records (sequence, recorded_at, recorded_at_text, actor_type, actor_id,
         actor_auth, action, resource_type, resource_id, outcome, reason, purpose, policy_version,
         request_id, org_id, detail, prev_hash, hash)
       VALUES ($1, $2::text::timestamptz, $2::text, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
      [
        sequence,
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
        JSON.stringify(detail),
        head.last_hash,
        hash,
      ],
    );
  }
}

/**
 * Appends with a transaction identity that is the record's own actor, as a
 * route appending in its caller's transaction does (the database refuses a
 * record whose actor is not the transaction's principal).
 */
export function appendAsActor(pool: Pool, input: AuditRecordInput): Promise<AuditRecord> {
  return appendAuditRecord(pool, input, {
    identity: {
      principalId: input.actor.id,
      ...(input.orgId === undefined ? {} : { orgId: input.orgId }),
      roles: [],
    },
  });
}

export function sampleInput(overrides: Partial<AuditRecordInput> = {}): AuditRecordInput {
  return {
    actor: { type: "principal", id: "admin-1", authMethod: "jwt" },
    action: "collector.enrol",
    resource: { type: "collector", id: "c-1" },
    outcome: "allowed",
    requestId: "req-1",
    orgId: "org-a",
    detail: { subjectId: "emp-1" },
    ...overrides,
  };
}

/**
 * Runs `sql` as the superuser with every user trigger of the audit tables
 * switched off, then switches them back on: the database owner editing the
 * log behind the application's back.
 */
export async function tamperAsOwner(admin: pg.Client, sql: string, params: unknown[] = []): Promise<void> {
  await admin.query("BEGIN");
  try {
    await admin.query("ALTER TABLE cordon.audit_records DISABLE TRIGGER USER");
    await admin.query(sql, params);
    await admin.query("ALTER TABLE cordon.audit_records ENABLE TRIGGER USER");
    await admin.query("COMMIT");
  } catch (error) {
    await admin.query("ROLLBACK");
    throw error;
  }
}

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
import type { AuditRecordInput } from "../record.ts";

/**
 * What an integration test of the access log runs against: its own database,
 * the stack's KMS and S3 server, and a key prefix in the bucket no other test
 * file writes under.
 */
export interface AuditTestStack {
  db: IsolatedDatabase;
  /** Pool of the application role. */
  pool: Pool;
  /** The migrating superuser: plays the database owner who tampers. */
  admin: pg.Client;
  keys: KeyService;
  store: ObjectStore;
  keyPrefix: string;
  close(): Promise<void>;
}

export const securityIdentity = { principalId: "sec-1", orgId: "org-a", roles: ["security"] };

export async function auditTestStack(
  label: string,
  options: { poolSize?: number } = {},
): Promise<AuditTestStack> {
  const db = await isolatedDatabase(label);
  const admin = new pg.Client({ connectionString: db.adminUrl });
  await admin.connect();
  const pool = createPool(db.appUrl, { max: options.poolSize ?? 10 });
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

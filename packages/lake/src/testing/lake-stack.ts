import { createPool, type Pool } from "@cordon/db";
import type { KeyService, KmsOperation } from "@cordon/key-service";
import type { ObjectStore } from "@cordon/object-store";
import { type IsolatedDatabase, isolatedDatabase, stackKeyService, stackObjectStore } from "@cordon/testkit";

/**
 * What a lake integration test runs against: its own database, the stack's
 * KMS (every request it receives counted) and S3 server. Test files isolate
 * their objects by writing under an org of their own (`org=<testId>/`).
 */
export interface LakeTestStack {
  db: IsolatedDatabase;
  /** The pipeline's login: owns nothing, no BYPASSRLS, creates and reads subject keys. */
  pool: Pool;
  /** The exporter's login: reads subject keys. */
  exporterPool: Pool;
  /** The control API's login: staff destroy subject keys through it. */
  controlPool: Pool;
  /** The lifecycle worker's login: compaction and retention. */
  lifecyclePool: Pool;
  /** The migrating superuser: reads every row, as someone with the database files would. */
  admin: Pool;
  keys: KeyService;
  kmsCalls: KmsOperation[];
  store: ObjectStore;
  /** A KMS client of its own, as a recovery tool with nothing but KMS access would have. */
  kmsOnly(): { keys: KeyService; calls: KmsOperation[] };
  close(): Promise<void>;
}

export async function lakeTestStack(label: string): Promise<LakeTestStack> {
  const db = await isolatedDatabase(label);
  const pool = createPool(db.urls.pipeline, { max: 8 });
  const exporterPool = createPool(db.urls.exporter, { max: 4 });
  const controlPool = createPool(db.urls.control, { max: 2 });
  const lifecyclePool = createPool(db.urls.lifecycle, { max: 2 });
  const admin = createPool(db.adminUrl, { max: 2 });
  const kmsCalls: KmsOperation[] = [];
  const keys = stackKeyService({ onKmsCall: (operation) => kmsCalls.push(operation) });
  const store = stackObjectStore();
  return {
    db,
    pool,
    exporterPool,
    controlPool,
    lifecyclePool,
    admin,
    keys,
    kmsCalls,
    store,
    kmsOnly() {
      const calls: KmsOperation[] = [];
      return {
        keys: stackKeyService({ onKmsCall: (operation) => calls.push(operation) }),
        calls,
      };
    },
    async close() {
      await pool.end();
      await exporterPool.end();
      await controlPool.end();
      await lifecyclePool.end();
      await admin.end();
      await db.drop();
    },
  };
}

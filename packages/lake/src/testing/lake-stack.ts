import { createPool, type Pool } from "@cordon/db";
import { createKmsKeyService, type KeyService, type KmsOperation } from "@cordon/key-service";
import { createS3ObjectStore, type ObjectStore } from "@cordon/object-store";
import { type IsolatedDatabase, isolatedDatabase, stackEnv } from "@cordon/testkit";

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
  const env = stackEnv();
  const required = (name: string) => {
    const value = env[name];
    if (value === undefined) throw new Error(`${name} missing from the stack settings; run npm run stack:up`);
    return value;
  };
  const kmsSettings = {
    endpoint: required("KMS_ENDPOINT"),
    region: required("AWS_REGION"),
    aliasPrefix: required("KMS_ALIAS_PREFIX"),
  };
  const db = await isolatedDatabase(label);
  const pool = createPool(db.urls.pipeline, { max: 8 });
  const exporterPool = createPool(db.urls.exporter, { max: 4 });
  const controlPool = createPool(db.urls.control, { max: 2 });
  const admin = createPool(db.adminUrl, { max: 2 });
  const kmsCalls: KmsOperation[] = [];
  const keys = createKmsKeyService({ ...kmsSettings, onKmsCall: (operation) => kmsCalls.push(operation) });
  const store = createS3ObjectStore({
    endpoint: required("S3_ENDPOINT"),
    region: required("AWS_REGION"),
    bucket: required("S3_BUCKET"),
    forcePathStyle: required("S3_FORCE_PATH_STYLE") === "true",
    credentials: {
      accessKeyId: required("AWS_ACCESS_KEY_ID"),
      secretAccessKey: required("AWS_SECRET_ACCESS_KEY"),
    },
  });
  return {
    db,
    pool,
    exporterPool,
    controlPool,
    admin,
    keys,
    kmsCalls,
    store,
    kmsOnly() {
      const calls: KmsOperation[] = [];
      return {
        keys: createKmsKeyService({ ...kmsSettings, onKmsCall: (operation) => calls.push(operation) }),
        calls,
      };
    },
    async close() {
      await pool.end();
      await exporterPool.end();
      await controlPool.end();
      await admin.end();
      await db.drop();
    },
  };
}

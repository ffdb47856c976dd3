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
  /** The application role: owns nothing, no BYPASSRLS. */
  pool: Pool;
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
  const pool = createPool(db.appUrl, { max: 8 });
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
      await admin.end();
      await db.drop();
    },
  };
}

import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createPool, type Pool, withIdentity } from "@cordon/db";
import type { KeyService } from "@cordon/key-service";
import {
  createSubjectKeyring,
  destroySubjectKeys,
  keyringKeySource,
  type LakeFile,
  type LakeRow,
  readLakeFile,
  type SubjectKeyring,
  storeLakeFile,
  textFieldNames,
  writeLakeFile,
} from "@cordon/lake";
import type { ObjectStore } from "@cordon/object-store";
import { createLogger } from "@cordon/observability";
import { createLakeCatalog } from "@cordon/pipeline";
import {
  type IsolatedDatabase,
  isolatedDatabase,
  stackEnv,
  stackKeyService,
  stackObjectStore,
  testId,
} from "@cordon/testkit";
import { createLifecycleDeps } from "../app.ts";
import type { LifecycleDeps } from "../deps.ts";

const serviceDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const topic = "cordon.events.raw.v1";

/**
 * What a lifecycle test runs against: its own database, the stack's KMS and
 * S3 server, an organisation of its own (so its lake objects sit under
 * `lake/events/v1/org=<org>/`), and lake files written and catalogued the
 * way the pipeline does it.
 */
export interface LifecycleTestStack {
  db: IsolatedDatabase;
  /** The application role. */
  pool: Pool;
  /** The control API's login, for what staff do (erasure requests, retention settings). */
  controlPool: Pool;
  /** The migrating superuser: sees every row. */
  admin: Pool;
  keys: KeyService;
  store: ObjectStore;
  org: string;
  /** `lake/events/v1/org=<org>/` */
  lakePrefix: string;
  pipelineKeyring: SubjectKeyring;
  /** Writes, stores and catalogues one file of these rows (one partition per call). */
  writeFile(rows: readonly LakeRow[], hour: Date): Promise<LakeFile>;
  /** What the control API does on an erasure request: the row, and the keys destroyed. */
  eraseSubject(subjectId: string, pseudonym: string): Promise<void>;
  deps(overrides?: Partial<Pick<LifecycleDeps, "now" | "afterStep" | "keys">>): LifecycleDeps;
  /** Every catalogued file of the org, read back whole with the exporter's keys. */
  readCatalogue(): Promise<{ fileKey: string; rows: Awaited<ReturnType<typeof readLakeFile>> }[]>;
  /** Problems between catalogue and bucket: missing objects, slices that differ from footers, uncatalogued objects. */
  catalogueProblems(): Promise<string[]>;
  /** `node --import tsx services/lifecycle/src/main.ts …` with this stack's environment. */
  spawnWorker(
    args: string[],
    env?: Record<string, string>,
  ): { child: ChildProcess; exited: Promise<string | number | null>; output: string[] };
  close(): Promise<void>;
}

export async function lifecycleTestStack(label: string): Promise<LifecycleTestStack> {
  const env = stackEnv();
  const required = (name: string) => {
    const value = env[name];
    if (value === undefined) throw new Error(`${name} missing from the stack settings; run npm run stack:up`);
    return value;
  };
  const db = await isolatedDatabase(label);
  // Each part acts through its own service's login, as in production.
  const pool = createPool(db.urls.lifecycle, { max: 6 });
  const pipelinePool = createPool(db.urls.pipeline, { max: 2 });
  const exporterPool = createPool(db.urls.exporter, { max: 2 });
  const controlPool = createPool(db.urls.control, { max: 2 });
  const admin = createPool(db.adminUrl, { max: 2 });
  const keys = stackKeyService();
  const store = stackObjectStore();
  const org = testId("org").replace(/_/g, "-");
  const lakePrefix = `lake/events/v1/org=${org}/`;
  const pipelineKeyring = createSubjectKeyring({ pool: pipelinePool, keys, role: "pipeline" });
  const exporterKeyring = createSubjectKeyring({ pool: exporterPool, keys, role: "exporter", cacheTtlMs: 0 });
  const catalog = createLakeCatalog(pipelinePool);
  let partition = 0;
  const logger = createLogger({ service: "lifecycle-test", level: "silent" });

  type CataloguedSlice = { subject: string; firstRow: number; rowCount: number; keyPeriods: string[] };
  async function catalogued(): Promise<Map<string, CataloguedSlice[]>> {
    const { rows } = await admin.query<{
      file_key: string;
      subject_id: string | null;
      first_row: number;
      row_count: number;
      key_periods: string[];
    }>(
      `SELECT f.file_key, s.subject_id, s.first_row, s.row_count, s.key_periods
         FROM cordon.lake_files f LEFT JOIN cordon.lake_slices s ON s.file_key = f.file_key
        WHERE f.org_id = $1 ORDER BY f.file_key, s.first_row`,
      [org],
    );
    const files = new Map<string, CataloguedSlice[]>();
    for (const row of rows) {
      const slices = files.get(row.file_key) ?? [];
      if (row.subject_id !== null)
        slices.push({
          subject: row.subject_id,
          firstRow: row.first_row,
          rowCount: row.row_count,
          keyPeriods: row.key_periods,
        });
      files.set(row.file_key, slices);
    }
    return files;
  }

  return {
    db,
    pool,
    controlPool,
    admin,
    keys,
    store,
    org,
    lakePrefix,
    pipelineKeyring,

    async writeFile(rows, hour) {
      partition += 1;
      const file = await writeLakeFile({
        org,
        hour,
        topic,
        partition,
        firstOffset: "0",
        lastOffset: String(rows.length - 1),
        rows,
        keyring: pipelineKeyring,
      });
      await storeLakeFile(store, file);
      const outcome = await catalog.commit({
        groupId: "lifecycle-test",
        topic,
        partition,
        firstOffset: 0n,
        nextOffset: BigInt(rows.length),
        files: [file],
      });
      if (outcome.fenced) throw new Error("test catalogue commit was fenced");
      return file;
    },

    async eraseSubject(subjectId, pseudonym) {
      await withIdentity(
        controlPool,
        { orgId: org, principalId: "privacy-office", roles: ["admin"] },
        (client) =>
          client.query(
            `INSERT INTO cordon.erasures (erasure_id, org_id, subject_id, subject_pseudonym, requested_by, reason, state, keys_destroyed)
           VALUES (gen_random_uuid(), $1, $2, $3, 'privacy-office', 'test', 'keys_destroyed', 0)`,
            [org, subjectId, pseudonym],
          ),
      );
      await destroySubjectKeys(
        controlPool,
        { org, subject: pseudonym },
        { principalId: "privacy-office", roles: ["admin"] },
      );
    },

    deps(overrides = {}) {
      return createLifecycleDeps({
        config: { KEY_CACHE_TTL_SECONDS: 60 },
        pool,
        keys,
        store,
        logger,
        ...overrides,
      });
    },

    async readCatalogue() {
      const files = await catalogued();
      return Promise.all(
        [...files.keys()].map(async (fileKey) => ({
          fileKey,
          rows: await readLakeFile({
            file: await store.get(fileKey),
            expectedKey: fileKey,
            keys: keyringKeySource(exporterKeyring),
            textFields: textFieldNames,
          }),
        })),
      );
    },

    async catalogueProblems() {
      const problems: string[] = [];
      const files = await catalogued();
      for (const [fileKey, slices] of files) {
        const head = await store.head(fileKey);
        if (head === undefined) {
          problems.push(`catalogued but missing: ${fileKey}`);
          continue;
        }
        const { footer } = await readLakeFile({
          file: await store.get(fileKey),
          expectedKey: fileKey,
          columns: [],
        });
        const inFooter = footer.slices.map((slice) => ({
          subject: slice.subject,
          firstRow: slice.firstRow,
          rowCount: slice.rowCount,
          keyPeriods: slice.keyPeriods,
        }));
        if (JSON.stringify(inFooter) !== JSON.stringify(slices)) problems.push(`slices differ: ${fileKey}`);
      }
      for await (const key of store.listKeys(lakePrefix)) {
        if (!files.has(key)) problems.push(`not catalogued: ${key}`);
      }
      return problems;
    },

    spawnWorker(args, extra = {}) {
      const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts", ...args], {
        cwd: serviceDir,
        env: {
          PATH: process.env.PATH ?? "",
          DATABASE_LIFECYCLE_URL: db.urls.lifecycle,
          AWS_REGION: required("AWS_REGION"),
          AWS_ACCESS_KEY_ID: required("AWS_ACCESS_KEY_ID"),
          AWS_SECRET_ACCESS_KEY: required("AWS_SECRET_ACCESS_KEY"),
          S3_ENDPOINT: required("S3_ENDPOINT"),
          S3_BUCKET: required("S3_BUCKET"),
          S3_FORCE_PATH_STYLE: required("S3_FORCE_PATH_STYLE"),
          KMS_ENDPOINT: required("KMS_ENDPOINT"),
          KMS_ALIAS_PREFIX: required("KMS_ALIAS_PREFIX"),
          LAKE_PREFIX: lakePrefix,
          LOG_LEVEL: "warn",
          ...extra,
        },
        stdio: ["ignore", "pipe", "pipe"],
      });
      const output: string[] = [];
      child.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString("utf8")));
      child.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString("utf8")));
      const exited = new Promise<string | number | null>((resolve) =>
        child.once("exit", (code, signal) => resolve(signal ?? code)),
      );
      return { child, exited, output };
    },

    async close() {
      for await (const key of store.listKeys(lakePrefix)) await store.delete(key);
      for await (const key of store.listKeys(`lifecycle/deletion-records/org=${org}/`))
        await store.delete(key);
      await pool.end();
      await pipelinePool.end();
      await exporterPool.end();
      await controlPool.end();
      await admin.end();
      await db.drop();
    },
  };
}

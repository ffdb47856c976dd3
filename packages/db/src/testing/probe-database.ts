import { scratchDatabase } from "@cordon/stack-settings";
import pg from "pg";
import { migrateDatabase } from "../migrate.ts";
import { createPool, type Pool } from "../pool.ts";

/** A migrated database with a probe table of the test's own, and the two identities that use it. */
export interface ProbeDatabase {
  /** The migrating identity, which created the probe table. */
  admin: pg.Client;
  /** The control API's login, with one connection, so every query reuses the same session. */
  app: Pool;
  close(): Promise<void>;
}

/** Migrates a scratch database, then runs `probeSql` (which creates the probe table) as the admin. */
export async function probeDatabase(label: string, probeSql: string): Promise<ProbeDatabase> {
  const db = await scratchDatabase(label);
  await migrateDatabase(db.adminUrl);
  const admin = new pg.Client({ connectionString: db.adminUrl });
  await admin.connect();
  await admin.query(probeSql);
  const app = createPool(db.urls.control, { max: 1 });
  return {
    admin,
    app,
    async close() {
      await app.end();
      await admin.end();
      await db.drop();
    },
  };
}

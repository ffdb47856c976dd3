import {
  type IsolatedDatabase,
  type ServiceLogin,
  scratchDatabase,
  serviceLogins,
} from "@cordon/stack-settings";
import pg from "pg";
import { migrateDatabase } from "../migrate.ts";
import { createPool, type Pool } from "../pool.ts";

/** A migrated database, its migrating identity, and a small pool per service login. */
export interface LoginDatabase {
  db: IsolatedDatabase;
  admin: pg.Client;
  pools: Record<ServiceLogin, Pool>;
  close(): Promise<void>;
}

/** For tests of what each service login may do (no test kit: it depends on this package). */
export async function loginDatabase(label: string): Promise<LoginDatabase> {
  const db = await scratchDatabase(label);
  await migrateDatabase(db.adminUrl);
  const admin = new pg.Client({ connectionString: db.adminUrl });
  await admin.connect();
  const logins = Object.keys(serviceLogins) as ServiceLogin[];
  const pools = Object.fromEntries(
    logins.map((login) => [login, createPool(db.urls[login], { max: 2 })]),
  ) as Record<ServiceLogin, Pool>;
  return {
    db,
    admin,
    pools,
    async close() {
      await Promise.all(Object.values(pools).map((pool) => pool.end()));
      await admin.end();
      await db.drop();
    },
  };
}

import pg from "pg";
import { stackEnv } from "./stack-env.ts";
import { testId } from "./test-id.ts";

export interface IsolatedDatabase {
  name: string;
  /** The migrating identity (superuser locally); may SET ROLE cordon_owner. */
  adminUrl: string;
  /** The application role: owns nothing, no BYPASSRLS. */
  appUrl: string;
  drop(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * A new, empty database on the stack's Postgres server, for one test file,
 * so test files can run in parallel without seeing each other's rows. Roles
 * are cluster-wide and shared; that is what production has too. Nothing is
 * migrated: the test kit's `isolatedDatabase` does that.
 */
export async function scratchDatabase(label: string): Promise<IsolatedDatabase> {
  const env = stackEnv();
  const adminBase = env.DATABASE_URL;
  const appBase = env.DATABASE_APP_URL;
  if (adminBase === undefined || appBase === undefined) {
    throw new Error("DATABASE_URL and DATABASE_APP_URL are needed; run `npm run stack:up`");
  }
  const name = testId(label);
  const admin = new pg.Client({ connectionString: adminBase });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return {
    name,
    adminUrl: withDatabase(adminBase, name),
    appUrl: withDatabase(appBase, name),
    async drop() {
      const client = new pg.Client({ connectionString: adminBase });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

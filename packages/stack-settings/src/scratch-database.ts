import pg from "pg";
import { type ServiceLogin, serviceLogins } from "./service-logins.ts";
import { stackEnv } from "./stack-env.ts";
import { testId } from "./test-id.ts";

export interface IsolatedDatabase {
  name: string;
  /** The migrating identity (superuser locally); may SET ROLE cordon_owner. */
  adminUrl: string;
  /**
   * Each service's own login for this database (DATABASE_GATEWAY_URL…): owns
   * nothing, no BYPASSRLS, granted only what that service uses.
   */
  urls: Record<ServiceLogin, string>;
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
  const logins = Object.entries(serviceLogins) as [ServiceLogin, (typeof serviceLogins)[ServiceLogin]][];
  if (adminBase === undefined || logins.some(([, { urlVariable }]) => env[urlVariable] === undefined)) {
    const names = ["DATABASE_URL", ...logins.map(([, { urlVariable }]) => urlVariable)].join(", ");
    throw new Error(`${names} are needed; run \`npm run stack:up\``);
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
    urls: Object.fromEntries(
      logins.map(([service, { urlVariable }]) => [service, withDatabase(env[urlVariable] ?? "", name)]),
    ) as Record<ServiceLogin, string>,
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

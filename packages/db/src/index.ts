export { type RequestIdentity, withIdentity } from "./identity.ts";
export { migrateDatabase, migrationsDir } from "./migrate.ts";
export { createPool, type Pool, type PoolClient } from "./pool.ts";
export { assertSchemaCurrent, expectedMigrations, SchemaBehindError } from "./schema-version.ts";
export { type ServiceLogin, serviceLogins } from "./service-logins.ts";

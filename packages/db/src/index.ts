export {
  BatchedIdentityWrites,
  type BatchedIdentityWritesOptions,
  type SqlLiteral,
} from "./batched-writes.ts";
export {
  identitySettingValues,
  type RequestIdentity,
  setIdentityStatement,
  withIdentity,
} from "./identity.ts";
export { migrateDatabase, migrationsDir } from "./migrate.ts";
export { collectorIdPattern, isCollectorId, isOrgId, orgIdPattern } from "./org-id.ts";
export { createPool, type Pool, type PoolClient } from "./pool.ts";
export { assertSchemaCurrent, expectedMigrations, SchemaBehindError } from "./schema-version.ts";

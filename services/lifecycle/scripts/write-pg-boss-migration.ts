import { writeFileSync } from "node:fs";
import path from "node:path";
import { migrationsDir } from "@cordon/db";
import { pgBossMigration } from "./pg-boss-migration.ts";

// Run after upgrading pg-boss; a later pg-boss needs a new migration with its
// migration plan (getMigrationPlans) instead of rewriting this one.
writeFileSync(path.join(migrationsDir, "0031_pg_boss.sql"), pgBossMigration());

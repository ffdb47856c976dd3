import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { migrationsDir } from "@cordon/db";
import { pgBossMigration } from "./pg-boss-migration.ts";

describe("pg-boss schema migration", () => {
  it("is exactly what the installed pg-boss would create, so the worker can start with migrate: false", () => {
    const stored = readFileSync(path.join(migrationsDir, "0031_pg_boss.sql"), "utf8");
    assert.equal(stored, pgBossMigration());
  });
});

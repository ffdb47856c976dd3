import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { type IsolatedDatabase, scratchDatabase } from "@cordon/stack-settings";
import { migrateDatabase } from "./migrate.ts";

describe("migrateDatabase", () => {
  let db: IsolatedDatabase;
  before(async () => {
    db = await scratchDatabase("migrate");
    await migrateDatabase(db.adminUrl);
  });
  after(() => db?.drop());

  it("applies nothing to a database that is up to date", async () => {
    assert.deepEqual(await migrateDatabase(db.adminUrl), []);
  });

  it("lets services starting side by side migrate a new database once, without failing", async () => {
    const bare = await scratchDatabase("migrate_race");
    try {
      const results = await Promise.all([1, 2, 3].map(() => migrateDatabase(bare.adminUrl)));
      const appliers = results.filter((applied) => applied.length > 0);
      assert.equal(appliers.length, 1);
      assert.ok(appliers[0]?.includes("0001_roles"));
    } finally {
      await bare.drop();
    }
  });

  it("lets several new databases migrate side by side, though roles are shared by the whole server", async () => {
    const bare = await Promise.all([1, 2, 3, 4].map((n) => scratchDatabase(`roles_${n}`)));
    try {
      const results = await Promise.all(bare.map((db) => migrateDatabase(db.adminUrl)));
      for (const applied of results) assert.ok(applied.includes("0001_roles"));
    } finally {
      await Promise.all(bare.map((db) => db.drop()));
    }
  });
});

import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { scratchDatabase } from "@cordon/stack-settings";
import { createPool } from "./pool.ts";

describe("createPool", () => {
  let database: Awaited<ReturnType<typeof scratchDatabase>>;

  before(async () => {
    database = await scratchDatabase("db-pool");
  });

  after(async () => {
    await database.drop();
  });

  it("survives an idle connection ended by the server, reports it, and serves the next query on a new one", async () => {
    const errors: Error[] = [];
    const pool = createPool(database.adminUrl, { max: 2, onIdleClientError: (error) => errors.push(error) });
    const applicationName = "cordon-pool-test";
    await pool.query(`SET application_name = '${applicationName}'`);
    const admin = createPool(database.adminUrl, { max: 1 });
    try {
      // The server ends the pool's idle session, as a restart or an administrator would.
      const { rows } = await admin.query<{ ended: boolean }>(
        "SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE application_name = $1",
        [applicationName],
      );
      assert.deepEqual(
        rows.map((row) => row.ended),
        [true],
      );
      for (let poll = 0; poll < 50 && errors.length === 0; poll++)
        await new Promise((r) => setTimeout(r, 100));
      assert.equal(errors.length, 1, "the broken idle connection was reported");
      const answer = await pool.query<{ one: number }>("SELECT 1 AS one");
      assert.equal(answer.rows[0]?.one, 1);
    } finally {
      await pool.end();
      await admin.end();
    }
  });
});

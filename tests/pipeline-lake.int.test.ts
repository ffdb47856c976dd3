import assert from "node:assert/strict";
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { readLakeFile } from "@cordon/lake";
import { stackEnv } from "@cordon/testkit";
import { DuckDBInstance } from "@duckdb/node-api";
import { filesContaining, plantedCanaries } from "./lib/canaries.ts";
import { exampleBatchEvents, PipelineStack, repoRoot } from "./lib/pipeline-stack.ts";

describe("gateway → pipeline → lake, end to end", () => {
  let stack: PipelineStack;
  let running: Awaited<ReturnType<PipelineStack["startPipeline"]>>;
  const canaries = plantedCanaries();
  const password = `Pw-${randomBytes(6).toString("hex")}!`;
  const apiKey = `ghp_${randomBytes(18).toString("hex")}`;
  let accepted = 0;
  // Rows the lake holds: input into one password field is one marker row, however many events.
  let expectedRows = 0;

  before(async () => {
    stack = await PipelineStack.start("e2e-lake");
    running = await stack.startPipeline();
    const alice = await stack.enrol();
    const bob = await stack.enrol({ orgId: alice.orgId });
    const carol = await stack.enrol();
    const session = randomUUID();
    const at = (seq: number) => ({
      eventId: randomUUID(),
      sessionId: session,
      seq,
      ts: Date.now() + seq,
      app: { name: "Safari", bundleId: "com.apple.Safari" },
      window: { title: "Sign in" },
    });
    // A password typed key by key into a password field, and joined by the collector.
    const passwordKeys = [...password].map((key, index) => ({
      ...at(index),
      type: "key.press",
      key,
      code: "KeyA",
      modifiers: [],
      inputType: "password",
      fieldId: "pw-1",
    }));
    const planted = [
      ...passwordKeys,
      { ...at(100), type: "text.input", text: password, inputType: "password", fieldId: "pw-1" },
      { ...at(101), type: "clipboard.copy", text: apiKey },
      {
        ...at(102),
        type: "text.input",
        text: `export GITHUB_TOKEN=${apiKey}`,
        inputType: "text",
        fieldId: "t-1",
      },
      {
        ...at(103),
        type: "text.input",
        text: `mail me at ${canaries.email}`,
        inputType: "text",
        fieldId: "t-2",
      },
      {
        ...at(104),
        type: "text.input",
        text: `card ${canaries.card} exp 12/29`,
        inputType: "text",
        fieldId: "t-3",
      },
      { ...at(105), type: "clipboard.copy", text: `IBAN ${canaries.iban}` },
      { ...at(106), type: "screen.text", text: canaries.health },
      { ...at(107), type: "text.input", text: canaries.hr, inputType: "text", fieldId: "t-4" },
      { ...at(108), type: "ai.prompt", tool: "ChatGPT", text: canaries.prompt },
    ];
    accepted += await stack.send(alice, planted);
    accepted += await stack.send(alice, exampleBatchEvents(40));
    accepted += await stack.send(bob, exampleBatchEvents(25));
    accepted += await stack.send(carol, exampleBatchEvents(30));
    assert.equal(accepted, planted.length + 95, "the gateway accepted every event");
    // The 16 keys and the joined text.input of field pw-1 become one row.
    expectedRows = accepted - passwordKeys.length;
    await stack.waitForCatalogued(expectedRows);
  });

  after(async () => {
    await running.pipeline.stop();
    await running.pool.end();
    await stack.close();
  });

  it("catalogues exactly the events the gateway accepted, in files that exist in the lake", async () => {
    assert.equal(await stack.cataloguedEvents(), expectedRows);
    const files = await stack.cataloguedFiles();
    assert.ok(files.length >= 2, "one file per org at least");
    for (const file of files) {
      const bytes = await stack.store.get(file.file_key);
      const read = await readLakeFile({
        file: bytes,
        columns: ["event_id", "org", "subject"],
        expectedKey: file.file_key,
      });
      assert.equal(read.rows.length, file.row_count);
    }
    const { rows: offsets } = await stack.admin.query<{ next_offset: string }>(
      "SELECT next_offset FROM cordon.consumer_offsets WHERE group_id = $1 AND topic = $2",
      [stack.groupId, stack.topic],
    );
    assert.deepEqual(
      offsets.map((row) => row.next_offset),
      ["4"],
      "the offset moved past the four batches",
    );
  });

  it("never names the enrolment's subject id: slices carry the pseudonym", async () => {
    const { rows } = await stack.admin.query<{ subject_id: string }>(
      "SELECT DISTINCT subject_id FROM cordon.lake_slices",
    );
    assert.equal(rows.length, 3);
    for (const row of rows) assert.match(row.subject_id, /^[0-9a-f]{64}$/);
  });

  it("stores a password typed into a password field and a planted API key nowhere: lake, catalog, logs", async () => {
    const needles = [password, apiKey];
    const files = await stack.cataloguedFiles();
    for (const file of files) {
      const bytes = await stack.store.get(file.file_key);
      for (const needle of needles)
        assert.equal(bytes.includes(Buffer.from(needle)), false, "in a lake object");
      // Decrypted too: the values were dropped before writing, not merely encrypted.
      const keys = await import("@cordon/lake").then(({ keyringKeySource }) =>
        keyringKeySource(running.pipeline.keyring),
      );
      const read = await readLakeFile({
        file: bytes,
        keys,
        textFields: ["typed_text", "key_char", "key_code", "clipboard_text"],
      });
      for (const row of read.rows) {
        for (const value of Object.values(row.text)) {
          for (const needle of needles)
            assert.equal(value?.includes(needle) ?? false, false, "in a decrypted cell");
        }
      }
    }
    const catalog = await stack.admin.query(
      "SELECT row_to_json(f)::text AS line FROM cordon.lake_files f UNION ALL SELECT row_to_json(s)::text FROM cordon.lake_slices s",
    );
    const catalogText = catalog.rows.map((row) => String(row.line)).join("\n");
    for (const needle of needles) {
      assert.equal(catalogText.includes(needle), false, "in the catalog");
      assert.equal(running.logLines.join("").includes(needle), false, "in the pipeline's log");
    }
  });

  it("leaves a redaction marker where prohibited content was dropped", async () => {
    const markers = new Set<string>();
    for (const file of await stack.cataloguedFiles()) {
      const read = await readLakeFile({ file: await stack.store.get(file.file_key), columns: ["redacted"] });
      for (const row of read.rows)
        for (const marker of (row.plain.redacted as string[] | undefined) ?? []) markers.add(marker);
    }
    // The password field's keys and text are one typed_text marker; the API key a clipboard and a text marker.
    for (const marker of ["typed_text:credential", "clipboard_text:credential"]) {
      assert.ok(markers.has(marker), `missing ${marker}; have ${[...markers].join(", ")}`);
    }
  });

  it("leaves no planted canary of any category as plaintext in the S3 store's or Postgres's data folder (WAL included)", async () => {
    const needles = [...Object.values(canaries), password, apiKey];
    const { rows } = await stack.admin.query<{ data_directory: string }>("SHOW data_directory");
    await stack.admin.query("CHECKPOINT");
    const dataDirectory = rows[0]?.data_directory;
    assert.ok(dataDirectory !== undefined);
    const s3Folder = join(repoRoot, ".cordon", "data", "s3");
    assert.deepEqual(filesContaining(s3Folder, needles), [], "plaintext in the S3 store's folder");
    assert.deepEqual(filesContaining(dataDirectory, needles), [], "plaintext in the Postgres data folder");
    // The search works: the same routine finds a canary written in plaintext.
    const probeDir = mkdtempSync(join(tmpdir(), "cordon-probe-"));
    writeFileSync(
      join(probeDir, "probe.bin"),
      Buffer.concat([randomBytes(64), Buffer.from(canaries.email), randomBytes(64)]),
    );
    assert.equal(filesContaining(probeDir, needles).length, 1);
  });

  it("opens a lake file in DuckDB with its plaintext columns readable", async () => {
    const [file] = await stack.cataloguedFiles();
    assert.ok(file !== undefined);
    const path = join(mkdtempSync(join(tmpdir(), "cordon-duckdb-")), "lake.parquet");
    writeFileSync(path, await stack.store.get(file.file_key));
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    const reader = await connection.runAndReadAll(
      `SELECT count(*)::INTEGER AS n, count(DISTINCT event_id)::INTEGER AS ids, min(ts) IS NOT NULL AS has_ts,
              count(*) FILTER (WHERE event_type = 'pointer.move' AND x IS NOT NULL)::INTEGER AS moves
         FROM read_parquet('${path.replace(/'/g, "''")}')`,
    );
    const [row] = reader.getRowObjectsJS();
    assert.equal(row?.n, file.row_count);
    assert.equal(row?.ids, file.row_count);
    assert.equal(row?.has_ts, true);
    assert.ok(Number(row?.moves) > 0);
    connection.closeSync();
    instance.closeSync();
  });

  it("serves its counters at /metrics without content", async () => {
    const text = await running.metrics.registry.metrics();
    assert.match(text, /cordon_pipeline_events_written_total\{service="pipeline"\} \d+/);
    assert.match(text, /cordon_pipeline_kms_calls_total/);
    assert.equal(text.includes(password), false);
    void stackEnv;
  });

  // Last: it adds records after the counts the tests above check.
  it("sends a record it cannot open to the dead-letter topic with the reason, and carries on", async () => {
    const poison = randomBytes(200);
    await stack.eventLog.publish(stack.topic, [{ key: "not-a-sealed-batch", value: poison }]);
    const dave = await stack.enrol();
    const more = await stack.send(dave, exampleBatchEvents(5));
    await stack.waitForCatalogued(expectedRows + more);

    const letters = await stack.readDeadLetters(1);
    assert.equal(letters.length, 1, "one dead letter");
    const [letter] = letters;
    assert.ok(letter?.headers["cordon-dead-letter-reason"], "the reason travels as a header");
    assert.equal(letter?.headers["cordon-source-topic"], stack.topic);
    assert.ok(letter?.value.equals(poison), "the record is kept as it came, for inspection or replay");
    assert.equal(await stack.cataloguedEvents(), expectedRows + more, "nothing of it was catalogued");
  });
});

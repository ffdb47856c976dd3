// Export cost: plan latency over a catalog of one million slices, and rows per
// second an export run writes with decryption, on one core, through the real
// exporter (Postgres, KMS and S3 of the local stack).
//   node --import tsx bench/export.ts                 (needs `npm run stack:up`)
//   node --import tsx bench/export.ts 1000000 200000 30  (catalog slices, lake rows, seconds per plan phase)
import { randomUUID } from "node:crypto";
import { loadavg } from "node:os";
import { createPool, withIdentity } from "@cordon/db";
import { type ExportPlan, planExport, savePlannedSelection } from "@cordon/export-plan";
import { createExporter } from "@cordon/exporter";
import {
  createSubjectKeyring,
  type LakeRow,
  type SensitiveText,
  storeLakeFile,
  type TextField,
  writeLakeFile,
} from "@cordon/lake";
import { createLogger } from "@cordon/observability";
import { isolatedDatabase, stackKeyService, stackObjectStore, testId } from "@cordon/testkit";
import { reportFigure } from "./lib/summary.ts";

const catalogSlices = Number(process.argv[2] ?? 1_000_000);
const lakeRows = Number(process.argv[3] ?? 200_000);
const planPhaseMs = Number(process.argv[4] ?? 30) * 1000;
const exportTargetRows = 1_000_000;
const subjectsPerFile = 50;
const allEventTypes = ["pointer.move", "pointer.click", "key.press", "text.input", "window.focus"];

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(" ");
const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;

const db = await isolatedDatabase("bench_export");
const admin = createPool(db.adminUrl, { max: 2 });
// Plans are made through the control API's login, runs through the exporter's.
const pool = createPool(db.urls.control, { max: 4 });
const exporterPool = createPool(db.urls.exporter, { max: 4 });
const keys = stackKeyService();
const store = stackObjectStore();
const prefix = testId("bench-export");
const org = `bench-${randomUUID().slice(0, 8)}`;
const engineer = { orgId: org, principalId: "bench-engineer", roles: ["ml_engineer"] };

try {
  await admin.query(
    `INSERT INTO cordon.grants (grant_id, version, org_id, policy_version, grantee_type, grantee, dataset, event_types,
       categories, max_tier, purposes, valid_from, changed_by)
     VALUES ($1, 1, $2, 1, 'role', 'ml_engineer', 'events/v1', $3, '{text,pii}', 'confidential', '{model-training}',
       now() - interval '1 day', 'bench')`,
    [randomUUID(), org, allEventTypes],
  );

  // Phase 1: a catalog of `catalogSlices` slices, one file per hour with 50 subjects each.
  const files = Math.ceil(catalogSlices / subjectsPerFile);
  const catalogStart = Date.UTC(2024, 0, 1);
  let started = performance.now();
  await admin.query(
    `INSERT INTO cordon.lake_files (file_key, org_id, file_date, file_hour, topic, kafka_partition, first_offset,
        last_offset, row_count, size_bytes, first_ts, last_ts, schema_version)
     SELECT 'bench/' || f || '.parquet', $1, (to_timestamp($2 / 1000.0) + make_interval(hours => f))::date, 0,
            'bench', 0, f, f, $4::int * 100, 1000,
            to_timestamp($2 / 1000.0) + make_interval(hours => f),
            to_timestamp($2 / 1000.0) + make_interval(hours => f, mins => 59), 1
       FROM generate_series(1, $3::int) AS f`,
    [org, catalogStart, files, subjectsPerFile],
  );
  await admin.query(
    `INSERT INTO cordon.lake_slices (file_key, subject_id, org_id, first_row, row_count, categories, highest_tier,
        first_ts, last_ts)
     SELECT 'bench/' || f || '.parquet', 'subject-' || s, $1, (s - 1) * 100, 100, '{text}', 'internal',
            to_timestamp($2 / 1000.0) + make_interval(hours => f),
            to_timestamp($2 / 1000.0) + make_interval(hours => f, mins => 59)
       FROM generate_series(1, $3::int) AS f, generate_series(1, $4::int) AS s`,
    [org, catalogStart, files, subjectsPerFile],
  );
  await admin.query("ANALYZE cordon.lake_slices");
  console.log(
    `catalog: ${files * subjectsPerFile} slices (${files} files × ${subjectsPerFile} subjects) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  const hoursSpan = files;
  const planWindow = async (hours: number) => {
    const fromHour = Math.floor(Math.random() * Math.max(1, hoursSpan - hours));
    const from = new Date(catalogStart + fromHour * 3_600_000).toISOString();
    const to = new Date(catalogStart + (fromHour + hours) * 3_600_000).toISOString();
    const begin = performance.now();
    const outcome = await withIdentity(pool, engineer, (tx) =>
      planExport(tx, {
        purpose: "model-training",
        dataset: "events/v1",
        fields: ["text"],
        filter: { from, to, eventTypes: allEventTypes },
      }),
    );
    if (!outcome.ok) throw new Error(`plan refused: ${outcome.code}`);
    return { ms: performance.now() - begin, slices: outcome.plan.slices.length };
  };
  for (const hours of [24, 24 * 7]) {
    const latencies: number[] = [];
    let slices = 0;
    const until = performance.now() + planPhaseMs;
    while (performance.now() < until) {
      const result = await planWindow(hours);
      latencies.push(result.ms);
      slices = result.slices;
    }
    latencies.sort((a, b) => a - b);
    reportFigure("export", `plan over ${hours} h, p99`, quantile(latencies, 0.99), "ms");
    console.log(
      `plan over ${hours} h (${slices} slices of ${files * subjectsPerFile}): ${latencies.length} plans in ${planPhaseMs / 1000} s; ` +
        `p50 ${quantile(latencies, 0.5).toFixed(1)} ms, p95 ${quantile(latencies, 0.95).toFixed(1)} ms, p99 ${quantile(latencies, 0.99).toFixed(1)} ms; load ${load()}`,
    );
  }

  // Phase 2: real lake files of `lakeRows` rows, exported again and again by the real exporter.
  const hour = new Date(Date.UTC(2026, 5, 1, 10));
  const pipelinePool = createPool(db.urls.pipeline, { max: 2 });
  const keyring = createSubjectKeyring({ pool: pipelinePool, keys, role: "pipeline" });
  const rowsPerFile = 50_000;
  const subjects = Array.from({ length: 20 }, (_, i) => `bench-subject-${i}`);
  started = performance.now();
  for (let file = 0; file * rowsPerFile < lakeRows; file++) {
    const rows: LakeRow[] = [];
    for (let i = 0; i < Math.min(rowsPerFile, lakeRows - file * rowsPerFile); i++) {
      const subject = subjects[i % subjects.length] as string;
      const typed = i % 5 === 0;
      const text: Partial<Record<TextField, SensitiveText>> = {
        window_title: { value: `Quarterly plan ${i % 12} - Docs`, category: "text" },
        app_name: { value: "Google Chrome", category: "text" },
        ...(typed
          ? {
              typed_text: {
                value: `draft ${i} of the review notes`,
                category: i % 10 === 0 ? "pii" : "text",
              },
            }
          : {}),
      };
      rows.push({
        eventId: randomUUID(),
        eventType: typed ? "text.input" : "pointer.move",
        ts: hour.getTime() + i * 10 + file,
        seq: i,
        sessionId: `session-${subject}`,
        org,
        subject,
        ...(typed ? {} : { x: i % 1920, y: i % 1080 }),
        tier: "internal",
        categories: typed && i % 10 === 0 ? ["text", "pii"] : ["text"],
        text,
      });
    }
    const written = await writeLakeFile({
      org,
      hour,
      topic: `${prefix}-topic`,
      partition: 0,
      firstOffset: BigInt(file * 10),
      lastOffset: BigInt(file * 10 + 9),
      rows,
      keyring,
    });
    // Stored under the key it was written for: the reader refuses a moved file.
    const key = written.key;
    await storeLakeFile(store, written);
    await admin.query(
      `INSERT INTO cordon.lake_files (file_key, org_id, file_date, file_hour, topic, kafka_partition, first_offset,
          last_offset, row_count, size_bytes, first_ts, last_ts, schema_version)
       VALUES ($1, $2, $3::timestamptz::date, 10, 'bench', 0, $4, $4, $5, $6, $3, $7, 1)`,
      [key, org, written.firstTs, file * 10, written.rowCount, written.bytes.length, written.lastTs],
    );
    await admin.query(
      `INSERT INTO cordon.lake_slices (file_key, subject_id, org_id, first_row, row_count, categories, highest_tier,
          first_ts, last_ts)
       SELECT $1, s.subject, $2, s.first_row, s.row_count, '{text,pii}', 'internal', $3, $4
         FROM jsonb_to_recordset($5::jsonb) AS s(subject text, first_row int, row_count int)`,
      [
        key,
        org,
        written.firstTs,
        written.lastTs,
        JSON.stringify(
          written.slices.map((slice) => ({
            subject: slice.subject,
            first_row: slice.firstRow,
            row_count: slice.rowCount,
          })),
        ),
      ],
    );
  }
  console.log(`lake: ${lakeRows} rows written in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const exporter = createExporter({
    pool: exporterPool,
    keys,
    store,
    logger: createLogger({ service: "bench-export", level: "silent" }),
    workerId: "bench-exporter",
    keyPrefix: `${prefix}/exports/`,
    fileRows: 500_000,
    pollMs: 100,
    leaseSeconds: 600,
  });
  const window = {
    from: new Date(hour.getTime() - 60_000).toISOString(),
    to: new Date(hour.getTime() + 3_600_000).toISOString(),
  };
  let exported = 0;
  let runs = 0;
  const cpuStart = process.cpuUsage();
  started = performance.now();
  while (exported < exportTargetRows || performance.now() - started < 30_000) {
    const exportId = randomUUID();
    await withIdentity(pool, engineer, async (tx) => {
      const outcome = await planExport(tx, {
        purpose: "model-training",
        dataset: "events/v1",
        fields: ["text", "pii"],
        filter: { ...window, eventTypes: allEventTypes },
      });
      if (!outcome.ok) throw new Error(`plan refused: ${outcome.code}`);
      const plan: ExportPlan = outcome.plan;
      const { slices: _slices, hash: _hash, ...stored } = plan;
      await tx.query(
        `INSERT INTO cordon.exports (export_id, org_id, requester_id, requester_roles, purpose, dataset,
            requested_categories, granted_categories, filter, status, needs_approval, plan, plan_hash, grant_versions,
            policy_version)
         VALUES ($1, $2, $3, $4, $5, 'events/v1', $6, $6, $7, 'queued', false, $8, decode($9, 'hex'), $10, $11)`,
        [
          exportId,
          org,
          engineer.principalId,
          engineer.roles,
          plan.purpose,
          plan.fieldsGranted,
          JSON.stringify({ ...window, eventTypes: allEventTypes }),
          JSON.stringify(stored),
          plan.hash,
          JSON.stringify(plan.grantVersions),
          plan.policyVersion,
        ],
      );
      await savePlannedSelection(tx, org, exportId, plan);
    });
    await exporter.runOnce();
    const { rows } = await admin.query<{ status: string; manifest: { counts: { rows: number } } | null }>(
      "SELECT status, manifest FROM cordon.exports WHERE export_id = $1",
      [exportId],
    );
    if (rows[0]?.status !== "completed") throw new Error(`export ended ${rows[0]?.status}`);
    exported += rows[0]?.manifest?.counts.rows ?? 0;
    runs += 1;
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  reportFigure("export", "export rows per CPU second", exported / cpuSeconds, "rows/s");
  console.log(
    `export: ${runs} runs, ${exported} rows in ${seconds.toFixed(1)} s = ${Math.round(exported / seconds)} rows/s wall, ` +
      `${Math.round(exported / cpuSeconds)} rows/s per CPU second of this process (decrypt text+pii, pseudonymise, Parquet, seal, S3); load ${load()}`,
  );
} finally {
  for (const folder of [`${prefix}/`, `lake/events/v1/org=${org}/`]) {
    for await (const key of store.listKeys(folder)) await store.delete(key);
  }
  await pool.end();
  await exporterPool.end();
  await admin.end();
  await db.drop();
}

/**
 * Access-log benchmark (a script, not a test). Expects the local stack
 * (`npm run stack:up`); creates a fresh database and drops it at the end.
 *
 *   node --import tsx bench/audit.ts
 *
 * 1. Bulk-loads BENCH_AUDIT_RECORDS (default 1 000 000) records spread over
 *    the last 180 days into monthly partitions. The chain is computed in
 *    Node, in batches of 10 000 (the same `chainHash` the service uses, so the
 *    result verifies), and inserted with `INSERT … SELECT FROM unnest(…)` by
 *    the superuser with triggers off (`session_replication_role = replica`);
 *    the chain head is then set to the last record and the table analysed.
 * 2. Appends with 1, 4 and 16 concurrent writers for BENCH_AUDIT_APPEND_SECONDS
 *    (default 5) each: first every append in its own transaction (BEGIN,
 *    identity, head lock, insert, COMMIT), then through the AuditLog's group
 *    commit as the services append outside an action's transaction: appends/s,
 *    append latency p50/p99 and records per group.
 * 3. First-page latency (p50/p99 of BENCH_AUDIT_QUERIES, default 300, after a
 *    warm-up) of filtered queries as the security role, each in its own
 *    transaction as the API runs them.
 * 4. Verifies the newest BENCH_AUDIT_VERIFY records (default 200 000): records/s.
 *
 * Everything shares one host with the rest of the stack; the load average is printed.
 */
import { randomBytes } from "node:crypto";
import { availableParallelism, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import {
  type AuditAction,
  type AuditFilter,
  type AuditRecordInput,
  appendAuditRecord,
  chainHash,
  createAuditLog,
  genesisHash,
  type HashedAuditRecord,
  queryAuditRecords,
  verifyAuditChain,
} from "@cordon/audit";
import { createPool, type Pool, withIdentity } from "@cordon/db";
import { createKmsKeyService } from "@cordon/key-service";
import { createS3ObjectStore } from "@cordon/object-store";
import { isolatedDatabase, stackEnv, testId } from "@cordon/testkit";
import pg from "pg";
import { reportFigure } from "./lib/summary.ts";

const totalRecords = numberFromEnv("BENCH_AUDIT_RECORDS", 1_000_000);
const appendSeconds = numberFromEnv("BENCH_AUDIT_APPEND_SECONDS", 5);
const queryRuns = numberFromEnv("BENCH_AUDIT_QUERIES", 300);
const verifyRecords = numberFromEnv("BENCH_AUDIT_VERIFY", 200_000);
const batchSize = 10_000;
const principals = 2_000;
const resources = 50_000;
const spanMs = 180 * 86_400_000;
const security = { principalId: "bench-security", orgId: "bench-org", roles: ["security"] };

const watchdog = setTimeout(() => {
  console.error("benchmark took longer than 15 minutes; stopping");
  process.exit(2);
}, 15 * 60_000);
watchdog.unref();

function numberFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === "" ? fallback : Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** Deterministic pseudo-random numbers, so two runs query the same data. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

// Weighted like a working deployment: most records are reads of the log and routine admin,
// a few refusals and decrypts, rare exports.
const actionWeights: [AuditAction, number][] = [
  ["collector.enrol", 8],
  ["collector.revoke", 2],
  ["ingest.pause", 1],
  ["ingest.resume", 1],
  ["consent.change", 5],
  ["subject_key.create", 5],
  ["subject_key.destroy", 1],
  ["policy.change", 1],
  ["export.request", 3],
  ["export.approve", 2],
  ["export.deny", 1],
  ["export.download", 3],
  ["data.decrypt", 40],
  ["audit.query", 10],
  ["audit.export", 1],
  ["audit.verify", 1],
  ["auth.denied", 15],
];
const weightTotal = actionWeights.reduce((sum, [, weight]) => sum + weight, 0);

function pickAction(random: () => number): AuditAction {
  let roll = random() * weightTotal;
  for (const [action, weight] of actionWeights) {
    roll -= weight;
    if (roll < 0) return action;
  }
  return "data.decrypt";
}

function syntheticRecord(sequence: number, time: string, random: () => number): HashedAuditRecord {
  const action = pickAction(random);
  const denied = action === "auth.denied";
  const failed = !denied && random() < 0.02;
  return {
    sequence,
    time,
    actor: { type: "principal", id: `principal-${Math.floor(random() * principals)}`, authMethod: "jwt" },
    action,
    resource: { type: denied ? "route" : "subject", id: `resource-${Math.floor(random() * resources)}` },
    outcome: denied ? "denied" : failed ? "failed" : "allowed",
    ...(denied ? { reason: "forbidden" } : failed ? { reason: "not_found" } : {}),
    requestId: randomBytes(8).toString("hex"),
    orgId: "bench-org",
    detail: { n: sequence },
  };
}

async function bulkLoad(adminUrl: string, count: number, endMs: number): Promise<number> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const started = performance.now();
  try {
    const firstMonth = new Date(endMs - spanMs);
    await admin.query("SELECT cordon.create_audit_partitions($1::date, 8)", [
      `${firstMonth.toISOString().slice(0, 8)}01`,
    ]);
    await admin.query("SET session_replication_role = replica");
    const random = seeded(42);
    let previous = genesisHash;
    let last: { sequence: number; hash: Buffer; time: string } | undefined;
    for (let start = 1; start <= count; start += batchSize) {
      const columns: unknown[][] = Array.from({ length: 17 }, () => []);
      for (let sequence = start; sequence < Math.min(start + batchSize, count + 1); sequence++) {
        const time = new Date(endMs - spanMs + Math.floor((sequence / count) * spanMs)).toISOString();
        const record = syntheticRecord(sequence, time, random);
        const hash = chainHash(previous, record);
        const values = [
          sequence,
          time,
          record.actor.type,
          record.actor.id,
          record.actor.authMethod,
          record.action,
          record.resource.type,
          record.resource.id,
          record.outcome,
          record.reason ?? null,
          null,
          null,
          record.requestId,
          record.orgId ?? null,
          JSON.stringify(record.detail),
          previous.toString("hex"),
          hash.toString("hex"),
        ];
        for (const [index, value] of values.entries()) columns[index]?.push(value);
        previous = hash;
        last = { sequence, hash, time };
      }
      await admin.query(
        `INSERT INTO cordon.audit_records (sequence, recorded_at, recorded_at_text, actor_type, actor_id,
           actor_auth, action, resource_type, resource_id, outcome, reason, purpose, policy_version, request_id,
           org_id, detail, prev_hash, hash)
         SELECT s, t::timestamptz, t, at, ai, aa, ac, rt, ri, o, r, p, pv, q, org, d::jsonb,
                decode(ph, 'hex'), decode(h, 'hex')
           FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                       $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[],
                       $15::text[], $16::text[], $17::text[])
             AS x(s, t, at, ai, aa, ac, rt, ri, o, r, p, pv, q, org, d, ph, h)`,
        columns,
      );
    }
    await admin.query("SET session_replication_role = DEFAULT");
    if (last !== undefined) {
      await admin.query(
        `UPDATE cordon.audit_chain_head
            SET last_sequence = $1, last_hash = $2, last_recorded_at_text = $3 WHERE chain = 'main'`,
        [last.sequence, last.hash, last.time],
      );
    }
    await admin.query("ANALYZE cordon.audit_records");
  } finally {
    await admin.end();
  }
  return (performance.now() - started) / 1000;
}

interface AppendResult {
  writers: number;
  appends: number;
  seconds: number;
  latenciesMs: number[];
}

/** Who the appends are made as: the database binds the actor to the transaction's identity. */
const benchIdentity = { principalId: "bench-admin", orgId: "bench-org", roles: ["admin"] };

/**
 * `separate`: every append its own transaction (BEGIN, identity, head lock,
 * insert, COMMIT). `grouped`: through the service's AuditLog, where appends
 * that arrive while a group commits join the next one.
 */
async function measureAppends(
  appUrl: string,
  writers: number,
  mode: "separate" | "grouped",
): Promise<AppendResult & { groups: number }> {
  const pool = createPool(appUrl, { max: writers });
  const latenciesMs: number[] = [];
  let groups = 0;
  const log = createAuditLog({ pool, identity: benchIdentity, onGroupCommitted: () => groups++ });
  const append =
    mode === "separate"
      ? (record: AuditRecordInput) => appendAuditRecord(pool, record, { identity: benchIdentity })
      : (record: AuditRecordInput) => log.append(record);
  const input: AuditRecordInput = {
    actor: { type: "principal", id: benchIdentity.principalId, authMethod: "jwt" },
    action: "collector.enrol",
    resource: { type: "collector", id: "bench-collector" },
    outcome: "allowed",
    requestId: "bench",
    orgId: benchIdentity.orgId,
    detail: { subjectId: "bench-subject" },
  };
  try {
    // Warm the connections so that connecting is not measured.
    await Promise.all(Array.from({ length: writers }, () => append(input)));
    groups = 0;
    const started = performance.now();
    const deadline = started + appendSeconds * 1000;
    await Promise.all(
      Array.from({ length: writers }, async () => {
        while (performance.now() < deadline) {
          const before = performance.now();
          await append(input);
          latenciesMs.push(performance.now() - before);
        }
      }),
    );
    return {
      writers,
      appends: latenciesMs.length,
      seconds: (performance.now() - started) / 1000,
      latenciesMs,
      groups,
    };
  } finally {
    await pool.end();
  }
}

interface QueryShape {
  name: string;
  filter: (random: () => number, nowMs: number) => AuditFilter;
  /** A cursor deep into the result, to show keyset pages cost what the first does. */
  deep?: boolean;
}

const queryShapes: QueryShape[] = [
  {
    name: "actor + action + last 30 days",
    filter: (random, nowMs) => ({
      actorId: `principal-${Math.floor(random() * principals)}`,
      actions: [pickAction(random)],
      from: new Date(nowMs - 30 * 86_400_000),
      to: new Date(nowMs),
    }),
  },
  {
    name: "actor only (all time)",
    filter: (random) => ({ actorId: `principal-${Math.floor(random() * principals)}` }),
  },
  {
    name: "action + outcome + 7-day window",
    filter: (random, nowMs) => {
      const endMs = nowMs - Math.floor(random() * 150) * 86_400_000;
      return {
        actions: ["auth.denied"],
        outcome: "denied",
        from: new Date(endMs - 7 * 86_400_000),
        to: new Date(endMs),
      };
    },
  },
  {
    name: "resource id",
    filter: (random) => ({ resourceId: `resource-${Math.floor(random() * resources)}` }),
  },
  {
    name: "free text (id prefix)",
    filter: (random) => ({ idPrefix: `principal-${Math.floor(random() * principals)}` }),
  },
  { name: "no filter, cursor at the middle", filter: () => ({}), deep: true },
];

async function measureQuery(pool: Pool, shape: QueryShape, nowMs: number) {
  const random = seeded(7);
  const latenciesMs: number[] = [];
  let returned = 0;
  const middle = Buffer.from(`s:${Math.floor(totalRecords / 2)}`).toString("base64url");
  for (let run = 0; run < queryRuns + 20; run++) {
    const filter = shape.filter(random, nowMs);
    const before = performance.now();
    const page = await withIdentity(pool, security, (client) =>
      queryAuditRecords(client, filter, { limit: 50, ...(shape.deep === true ? { cursor: middle } : {}) }),
    );
    if (run >= 20) {
      latenciesMs.push(performance.now() - before);
      returned += page.records.length;
    }
  }
  latenciesMs.sort((a, b) => a - b);
  return { latenciesMs, meanReturned: returned / queryRuns };
}

function row(cells: (string | number)[], widths: number[]): string {
  return cells.map((cell, index) => String(cell).padStart(widths[index] ?? 10)).join("  ");
}

const env = stackEnv();
const db = await isolatedDatabase("bench_audit");
console.log(
  `audit benchmark: ${availableParallelism()} CPUs, load average ${loadavg()[0]?.toFixed(2)} at start, database ${db.name}`,
);
try {
  const nowMs = Date.now() - 3_600_000;
  const loadSeconds = await bulkLoad(db.adminUrl, totalRecords, nowMs);
  console.log(
    `bulk load: ${totalRecords} records (chain computed in Node in batches of ${batchSize}, INSERT … unnest, triggers off) in ${loadSeconds.toFixed(1)} s`,
  );

  console.log(
    `\nappends through the pool, ${appendSeconds} s per row: each its own transaction, then group commit; load average beside each`,
  );
  const appendWidths = [10, 8, 10, 12, 10, 10, 12, 16];
  console.log(
    row(
      ["mode", "writers", "appends", "appends/s", "p50 ms", "p99 ms", "per group", "load average"],
      appendWidths,
    ),
  );
  for (const mode of ["separate", "grouped"] as const) {
    for (const writers of [1, 4, 16]) {
      const result = await measureAppends(db.urls.control, writers, mode);
      const sorted = [...result.latenciesMs].sort((a, b) => a - b);
      reportFigure(
        "audit",
        `appends, ${mode}, ${writers} writers`,
        result.appends / result.seconds,
        "appends/s",
      );
      console.log(
        row(
          [
            mode,
            writers,
            result.appends,
            (result.appends / result.seconds).toFixed(0),
            percentile(sorted, 50).toFixed(2),
            percentile(sorted, 99).toFixed(2),
            mode === "grouped" ? (result.appends / Math.max(1, result.groups)).toFixed(1) : "1",
            loadavg()
              .map((value) => value.toFixed(2))
              .join(" "),
          ],
          appendWidths,
        ),
      );
    }
  }

  const pool = createPool(db.urls.control, { max: 2 });
  try {
    console.log(`\nfirst page (limit 50, newest first) as security, ${queryRuns} runs after 20 warm-up`);
    const queryWidths = [34, 10, 10, 14];
    console.log(row(["query", "p50 ms", "p99 ms", "mean returned"], queryWidths));
    for (const shape of queryShapes) {
      const { latenciesMs, meanReturned } = await measureQuery(pool, shape, nowMs);
      console.log(
        row(
          [
            shape.name,
            percentile(latenciesMs, 50).toFixed(2),
            percentile(latenciesMs, 99).toFixed(2),
            meanReturned.toFixed(1),
          ],
          queryWidths,
        ),
      );
    }

    const keys = createKmsKeyService({
      endpoint: env.KMS_ENDPOINT ?? "",
      region: env.AWS_REGION ?? "",
      aliasPrefix: env.KMS_ALIAS_PREFIX ?? "",
    });
    const store = createS3ObjectStore({
      endpoint: env.S3_ENDPOINT ?? "",
      region: env.AWS_REGION ?? "",
      bucket: env.S3_BUCKET ?? "",
      forcePathStyle: env.S3_FORCE_PATH_STYLE === "true",
      credentials: {
        accessKeyId: env.AWS_ACCESS_KEY_ID ?? "",
        secretAccessKey: env.AWS_SECRET_ACCESS_KEY ?? "",
      },
    });
    const head = await withIdentity(pool, security, async (client) => {
      const { rows } = await client.query<{ last: string }>(
        "SELECT last_sequence AS last FROM cordon.audit_chain_head",
      );
      return Number(rows[0]?.last);
    });
    const from = Math.max(1, head - verifyRecords + 1);
    const started = performance.now();
    const verdict = await withIdentity(pool, security, (client) =>
      verifyAuditChain(client, { keys, store, keyPrefix: `${testId("bench_audit")}/` }, { from, to: head }),
    );
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `\nverify ${from}..${head}: ${JSON.stringify(verdict)} in ${seconds.toFixed(1)} s (${((head - from + 1) / seconds).toFixed(0)} records/s)`,
    );
  } finally {
    await pool.end();
  }
  console.log(`\nload average at end ${loadavg()[0]?.toFixed(2)}`);
} finally {
  await db.drop();
}

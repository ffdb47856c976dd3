import assert from "node:assert/strict";
import { generateKeyPairSync, randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { type CollectorClient, type CollectorNotice, createCollectorClient } from "@cordon/collector-sdk";
import { parseConfig } from "@cordon/config";
import { createPool, type Pool } from "@cordon/db";
import { createKafkaEventLog, type EventLog } from "@cordon/event-log";
import { exampleEvents, type TelemetryEvent } from "@cordon/events";
import {
  collectorTokenKeyFromPem,
  createGatewayApp,
  createGatewayMetrics,
  defaultCollectorExclusions,
  gatewayConfigSchema,
} from "@cordon/gateway";
import { createKmsKeyService } from "@cordon/key-service";
import { createLogger } from "@cordon/observability";
import {
  enrolTestCollector,
  type IsolatedDatabase,
  isolatedDatabase,
  stackCollectorSecretPepper,
  stackEnv,
  testId,
} from "@cordon/testkit";
import { rawBatchHeaders } from "@cordon/transit";

/**
 * The SDK against the real gateway (built with its app factory, listening on
 * an ephemeral loopback port) and the real Kafka, KMS and Postgres of the
 * local stack. Collectors are enrolled straight into the test's database.
 */
describe("collector SDK against the real gateway", () => {
  let db: IsolatedDatabase;
  let admin: Pool;
  let appPool: Pool;
  let eventLog: EventLog;
  let gateway: Awaited<ReturnType<typeof createGatewayApp>>;
  let gatewayUrl: string;
  let topic: string;
  let spoolRoot: string;

  before(async () => {
    db = await isolatedDatabase("sdk-int");
    topic = testId("sdk-int");
    const config = parseConfig(gatewayConfigSchema, {
      ...stackEnv(),
      DATABASE_GATEWAY_URL: db.urls.gateway,
      RAW_EVENTS_TOPIC: topic,
      LOG_LEVEL: "silent",
      PAUSE_CHECK_TTL_MS: "0",
      REVOCATION_CHECK_TTL_MS: "0",
    });
    eventLog = createKafkaEventLog({
      brokers: config.KAFKA_BROKERS,
      clientId: "sdk-int-test",
      logger: () => {},
    });
    await eventLog.ensureTopics([{ topic, partitions: 1 }]);
    const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    appPool = createPool(config.DATABASE_GATEWAY_URL, { max: 5 });
    admin = createPool(db.adminUrl, { max: 2 });
    gateway = await createGatewayApp({
      config,
      logger: createLogger({ service: "sdk-int-gateway", level: "silent" }),
      pool: appPool,
      eventLog,
      keyService: createKmsKeyService({
        region: config.AWS_REGION,
        aliasPrefix: config.KMS_ALIAS_PREFIX,
        ...(config.KMS_ENDPOINT === undefined ? {} : { endpoint: config.KMS_ENDPOINT }),
      }),
      metrics: createGatewayMetrics(),
      tokenKey: collectorTokenKeyFromPem(privateKey.export({ format: "pem", type: "pkcs8" }).toString()),
      pepper: stackCollectorSecretPepper(),
      exclusions: defaultCollectorExclusions,
    });
    await gateway.listen({ host: "127.0.0.1", port: 0 });
    gatewayUrl = `http://127.0.0.1:${(gateway.server.address() as AddressInfo).port}`;
    spoolRoot = await mkdtemp(join(tmpdir(), "sdk-int-"));
  });

  after(async () => {
    await gateway.close();
    await eventLog.close();
    await appPool.end();
    await admin.end();
    await db.drop();
    await rm(spoolRoot, { recursive: true, force: true });
  });

  async function enrolledClient(
    notices: CollectorNotice[],
  ): Promise<{ client: CollectorClient; collectorId: string }> {
    const { collectorId, clientSecret } = await enrolTestCollector(admin, {
      orgId: "org-sdk",
      enrolledBy: "sdk-int-test",
    });
    const client = await createCollectorClient({
      gatewayUrl,
      clientId: collectorId,
      clientSecret,
      spoolDir: join(spoolRoot, collectorId),
      maxSpoolBytes: 8 * 1024 * 1024,
      batch: { maxEvents: 100, maxBytes: 256 * 1024, maxDelayMs: 1_000 },
      collector: { version: "sdk-int-test", os: "linux" },
      backoff: { baseDelayMs: 100 },
      onNotice: (notice) => notices.push(notice),
    });
    return { client, collectorId };
  }

  function events(count: number): TelemetryEvent[] {
    const sessionId = randomUUID();
    const kinds = Object.values(exampleEvents);
    return Array.from({ length: count }, (_, seq) => {
      const example = kinds[seq % kinds.length] as TelemetryEvent;
      return { ...example, eventId: randomUUID(), sessionId, seq };
    });
  }

  it("delivers a few hundred events: the gateway's 202 answers count every one, and Kafka has each batch once", async () => {
    const notices: CollectorNotice[] = [];
    const { client } = await enrolledClient(notices);
    const valid = events(297);
    // Not a number in JSON (NaN becomes null): the gateway must report these three by index.
    const invalid = events(3).map(
      (event) => ({ ...event, type: "pointer.move", x: Number.NaN, y: 0 }) as TelemetryEvent,
    );
    for (const event of [...valid.slice(0, 150), ...invalid, ...valid.slice(150)]) {
      assert.deepEqual(client.record(event), { recorded: true });
    }
    await client.flush();
    await client.close();

    const delivered = notices.filter((notice) => notice.type === "delivered");
    assert.equal(delivered.length, 3);
    assert.equal(
      delivered.reduce((sum, notice) => sum + notice.accepted, 0),
      297,
    );
    assert.equal(
      delivered.reduce((sum, notice) => sum + notice.rejected, 0),
      3,
    );
    for (const notice of delivered) assert.equal(notice.status, 202);

    const batchIds = delivered.map((notice) => notice.batchId);
    const published = await recordsOfTopic(eventLog, topic, batchIds.length);
    assert.deepEqual(published, batchIds);
  });

  it("a paused collector keeps its events in the spool and delivers all of them once resumed", async () => {
    const notices: CollectorNotice[] = [];
    const { client, collectorId } = await enrolledClient(notices);
    await admin.query(
      `INSERT INTO cordon.ingest_pauses (scope, scope_id, org_id, reason, retry_after_seconds, paused_by)
       VALUES ('collector', $1, 'org-sdk', 'sdk test', 1, 'sdk-int-test')`,
      [collectorId],
    );
    for (const event of events(120)) client.record(event);
    const flushed = client.flush();
    // The pause can be read from the config before the flush has sealed its batch into the spool (sealing
    // compresses and writes asynchronously), so wait for both: paused, and the batch held in the spool.
    while (!notices.some((notice) => notice.type === "paused") || client.status().spooledBatches === 0) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    assert.equal(notices.filter((notice) => notice.type === "delivered").length, 0);

    await admin.query("DELETE FROM cordon.ingest_pauses WHERE scope_id = $1", [collectorId]);
    await flushed;
    await client.close();
    const delivered = notices.filter((notice) => notice.type === "delivered");
    assert.equal(
      delivered.reduce((sum, notice) => sum + notice.accepted, 0),
      120,
    );
  });
});

async function recordsOfTopic(eventLog: EventLog, topic: string, count: number): Promise<string[]> {
  const batchIds: string[] = [];
  const stop = new AbortController();
  const consumer = await eventLog.consume({
    groupId: testId("sdk-int-reader"),
    topics: [topic],
    signal: stop.signal,
    handleBatch: async (batch) => {
      for (const record of batch.records) batchIds.push(record.headers[rawBatchHeaders.batchId] ?? "(none)");
      if (batchIds.length >= count) stop.abort();
    },
  });
  // A fail-safe so a broken test ends instead of hanging; not a timing assertion.
  const guard = setTimeout(() => stop.abort(), 60_000);
  try {
    await consumer.stopped;
  } finally {
    clearTimeout(guard);
  }
  return batchIds;
}

import { generateKeyPairSync, randomUUID } from "node:crypto";
import { gzipSync } from "node:zlib";
import { appendAuditRecord, RefusalAudit } from "@cordon/audit";
import { parseConfig } from "@cordon/config";
import { createPool, type Pool } from "@cordon/db";
import { createKafkaEventLog, type EventLog } from "@cordon/event-log";
import { defaultCollectorExclusions, type EventType, exampleEvents } from "@cordon/events";
import { createKmsKeyService, type KeyService } from "@cordon/key-service";
import { createLogger } from "@cordon/observability";
import {
  enrolTestCollector,
  type IsolatedDatabase,
  isolatedDatabase,
  stackCollectorSecretPepper,
  stackEnv,
  testId,
} from "@cordon/testkit";
import { decodeRawBatch, openBatch, type RawBatch, rawBatchHeaders } from "@cordon/transit";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { createGatewayApp } from "../app.ts";
import { type CollectorTokenKey, collectorTokenKeyFromPem } from "../auth/collector-token.ts";
import { type GatewayConfig, gatewayConfigSchema } from "../config.ts";
import { createGatewayMetrics, type GatewayMetrics } from "../metrics.ts";

/** A clock the test moves by hand, so "within the TTL" is shown without waiting. */
export class ManualClock {
  #now = 1_000_000;
  readonly now = (): number => this.#now;
  advance(ms: number): void {
    this.#now += ms;
  }
}

export interface EnrolledCollector {
  collectorId: string;
  clientSecret: string;
  orgId: string;
  subjectId: string;
}

export interface RawRecord {
  key: string | null;
  value: Buffer;
  headers: Record<string, string>;
  partition: number;
  offset: string;
}

/**
 * A gateway app built exactly as main.ts builds it, against the real local
 * stack, with a database and a topic of its own so test files can run side
 * by side. Setup (enrolment, consent, pauses) is written straight into the
 * test's database as its admin, not through the control API.
 */
export class GatewayUnderTest {
  readonly app: FastifyInstance;
  readonly config: GatewayConfig;
  readonly db: IsolatedDatabase;
  readonly admin: Pool;
  readonly eventLog: EventLog;
  readonly keyService: KeyService;
  readonly metrics: GatewayMetrics;
  readonly tokenKey: CollectorTokenKey;
  readonly clock: ManualClock;
  readonly refusalAudit: RefusalAudit;
  readonly #appPool: Pool;

  private constructor(parts: {
    app: FastifyInstance;
    config: GatewayConfig;
    db: IsolatedDatabase;
    admin: Pool;
    appPool: Pool;
    eventLog: EventLog;
    keyService: KeyService;
    metrics: GatewayMetrics;
    tokenKey: CollectorTokenKey;
    clock: ManualClock;
    refusalAudit: RefusalAudit;
  }) {
    this.app = parts.app;
    this.config = parts.config;
    this.db = parts.db;
    this.admin = parts.admin;
    this.#appPool = parts.appPool;
    this.eventLog = parts.eventLog;
    this.keyService = parts.keyService;
    this.metrics = parts.metrics;
    this.tokenKey = parts.tokenKey;
    this.clock = parts.clock;
    this.refusalAudit = parts.refusalAudit;
  }

  static async start(
    label: string,
    options: {
      env?: Record<string, string>;
      brokers?: string[];
      db?: IsolatedDatabase;
      /** Where the gateway's log lines go (e.g. to search them for a canary); silent otherwise. */
      logTo?: { write(line: string): void };
    } = {},
  ): Promise<GatewayUnderTest> {
    const stack = stackEnv();
    const db = options.db ?? (await isolatedDatabase(label));
    const topic = testId(label);
    const config = parseConfig(gatewayConfigSchema, {
      ...stack,
      DATABASE_GATEWAY_URL: db.urls.gateway,
      RAW_EVENTS_TOPIC: topic,
      LOG_LEVEL: options.logTo === undefined ? (process.env.GATEWAY_TEST_LOG_LEVEL ?? "silent") : "trace",
      // Unless a test is about the caches, every request sees the rows as they are now.
      REVOCATION_CHECK_TTL_MS: "0",
      PAUSE_CHECK_TTL_MS: "0",
      READINESS_CACHE_MS: "0",
      ...(options.brokers === undefined ? {} : { KAFKA_BROKERS: options.brokers.join(",") }),
      ...options.env,
    });
    const metrics = createGatewayMetrics();
    const eventLog = createKafkaEventLog({
      brokers: config.KAFKA_BROKERS,
      clientId: "gateway-test",
      logger: () => {},
    });
    await eventLog.ensureTopics([{ topic, partitions: 1 }]);
    const keyService = createKmsKeyService({
      region: config.AWS_REGION,
      aliasPrefix: config.KMS_ALIAS_PREFIX,
      ...(config.KMS_ENDPOINT === undefined ? {} : { endpoint: config.KMS_ENDPOINT }),
      onKmsCall: (operation) => metrics.kmsCalls.inc({ operation }),
    });
    // Generated per test file: no signing key material lives in the repository.
    const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const tokenKey = collectorTokenKeyFromPem(privateKey.export({ format: "pem", type: "pkcs8" }).toString());
    const appPool = createPool(config.DATABASE_GATEWAY_URL, { max: 10 });
    const clock = new ManualClock();
    // Flushed by the tests that count what was audited.
    const refusalAudit = new RefusalAudit({ append: (record) => appendAuditRecord(appPool, record) });
    const app = await createGatewayApp({
      config,
      logger: createLogger({ service: "gateway-test", level: config.LOG_LEVEL }, options.logTo),
      pool: appPool,
      eventLog,
      keyService,
      metrics,
      tokenKey,
      pepper: stackCollectorSecretPepper(),
      refusalAudit,
      exclusions: defaultCollectorExclusions,
      clock: clock.now,
    });
    return new GatewayUnderTest({
      app,
      config,
      db,
      admin: createPool(db.adminUrl, { max: 2 }),
      appPool,
      eventLog,
      keyService,
      metrics,
      tokenKey,
      clock,
      refusalAudit,
    });
  }

  get topic(): string {
    return this.config.RAW_EVENTS_TOPIC;
  }

  async close(options: { keepDatabase?: boolean } = {}): Promise<void> {
    await this.app.close();
    await this.eventLog.close();
    await this.#appPool.end();
    await this.admin.end();
    if (options.keepDatabase !== true) await this.db.drop();
  }

  async enrolCollector(who: { orgId?: string; subjectId?: string } = {}): Promise<EnrolledCollector> {
    return enrolTestCollector(this.admin, who);
  }

  async revokeCollector(collectorId: string): Promise<void> {
    await this.admin.query(
      "UPDATE cordon.collectors SET revoked_at = now(), revoked_by = 'test-admin' WHERE collector_id = $1",
      [collectorId],
    );
  }

  async setOptedOut(who: { orgId: string; subjectId: string }, optedOut: boolean): Promise<void> {
    await this.admin.query(
      `INSERT INTO cordon.subjects (org_id, subject_id, opted_out, consent_changed_by) VALUES ($1, $2, $3, 'test')
       ON CONFLICT (org_id, subject_id) DO UPDATE SET opted_out = excluded.opted_out, consent_changed_at = now()`,
      [who.orgId, who.subjectId, optedOut],
    );
  }

  async pause(
    scope: "global" | "org" | "collector",
    scopeId: string,
    retryAfterSeconds: number,
  ): Promise<void> {
    await this.admin.query(
      `INSERT INTO cordon.ingest_pauses (scope, scope_id, org_id, reason, retry_after_seconds, paused_by)
       VALUES ($1, $2, $3, 'test pause', $4, 'test-security')`,
      [
        scope,
        scope === "global" ? "" : scopeId,
        scope === "global" ? null : orgIdOfScope(scope, scopeId),
        retryAfterSeconds,
      ],
    );
  }

  async resume(scope: "global" | "org" | "collector", scopeId: string): Promise<void> {
    await this.admin.query("DELETE FROM cordon.ingest_pauses WHERE scope = $1 AND scope_id = $2", [
      scope,
      scope === "global" ? "" : scopeId,
    ]);
  }

  async issueToken(collector: EnrolledCollector): Promise<string> {
    const response = await this.app.inject({
      method: "POST",
      url: "/v1/auth/token",
      payload: { clientId: collector.collectorId, clientSecret: collector.clientSecret },
    });
    if (response.statusCode !== 200) throw new Error(`token request answered ${response.statusCode}`);
    return response.json().accessToken;
  }

  postBatch(
    token: string | undefined,
    body: unknown,
    options: { gzip?: boolean; headers?: Record<string, string> } = {},
  ): Promise<LightMyRequestResponse> {
    const json = typeof body === "string" || Buffer.isBuffer(body) ? body : JSON.stringify(body);
    const payload = options.gzip === true ? gzipSync(json) : json;
    return this.app.inject({
      method: "POST",
      url: "/v1/batches",
      headers: {
        "content-type": "application/json",
        ...(options.gzip === true ? { "content-encoding": "gzip" } : {}),
        ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
        ...options.headers,
      },
      payload,
    });
  }

  /** Sends a batch from a fresh collector and returns once it is acknowledged: a marker later records are ordered behind. */
  async sendMarkerBatch(): Promise<string> {
    const collector = await this.enrolCollector();
    const batch = validBatch();
    const response = await this.postBatch(await this.issueToken(collector), batch);
    if (response.statusCode !== 202) throw new Error(`marker batch answered ${response.statusCode}`);
    return batch.batchId;
  }

  /**
   * Every record of the test topic up to and including the marker batch. The
   * topic has one partition, so anything produced before the marker was sent
   * is in the result: "nothing else was produced" can be asserted without waiting.
   */
  async recordsUpToMarker(markerBatchId: string): Promise<RawRecord[]> {
    return consumeUntil(this.eventLog, this.topic, (records) =>
      records.some((record) => record.headers[rawBatchHeaders.batchId] === markerBatchId),
    );
  }

  /** Records other than markers and the ones a test expects, up to a fresh marker. */
  async allRecordsSoFar(): Promise<RawRecord[]> {
    const marker = await this.sendMarkerBatch();
    const records = await this.recordsUpToMarker(marker);
    return records.filter((record) => record.headers[rawBatchHeaders.batchId] !== marker);
  }

  async openRecord(record: RawRecord): Promise<RawBatch> {
    const opened = await openBatch(record.value, (wrapped, context) =>
      this.keyService.unwrapDataKey("transit", wrapped, context),
    );
    return decodeRawBatch(opened.plaintext);
  }
}

function orgIdOfScope(scope: "org" | "collector", scopeId: string): string {
  // The org of a collector pause is not checked by the gateway; the policy only needs it set.
  return scope === "org" ? scopeId : `org-of-${scopeId}`;
}

export async function consumeUntil(
  eventLog: EventLog,
  topic: string,
  enough: (records: RawRecord[]) => boolean,
): Promise<RawRecord[]> {
  const records: RawRecord[] = [];
  const abort = new AbortController();
  const consumer = await eventLog.consume({
    groupId: testId("gateway-reader"),
    topics: [topic],
    signal: abort.signal,
    handleBatch: async (batch) => {
      for (const record of batch.records) records.push({ ...record, partition: batch.partition });
      if (enough(records)) abort.abort();
    },
  });
  // A fail-safe so a broken test ends instead of hanging; not a timing assertion.
  const guard = setTimeout(() => abort.abort(), 60_000);
  try {
    await consumer.stopped;
  } finally {
    clearTimeout(guard);
  }
  if (!enough(records)) throw new Error(`the consumer stopped after ${records.length} records`);
  return records;
}

/** A valid event of the given type with a fresh id, as a plain object a test can bend. */
export function exampleEvent(type: EventType, sessionId: string = randomUUID()): Record<string, unknown> {
  return { ...exampleEvents[type], eventId: randomUUID(), sessionId };
}

/** A batch that passes validation: one event of each type, fresh ids. */
export function validBatch(overrides: { events?: unknown[]; batchId?: string } = {}) {
  const sessionId = randomUUID();
  return {
    batchId: overrides.batchId ?? randomUUID(),
    sentAt: Date.now(),
    collector: { version: "1.0.0-test", os: "macOS 14.5" },
    events:
      overrides.events ?? Object.values(exampleEvents).map((event) => exampleEvent(event.type, sessionId)),
  };
}

export function batchIdsOf(records: RawRecord[]): string[] {
  return records.map((record) => record.headers[rawBatchHeaders.batchId] ?? "(none)");
}

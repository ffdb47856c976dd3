import { type ChildProcess, spawn } from "node:child_process";
import { generateKeyPairSync, randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseConfig } from "@cordon/config";
import { createPool, type Pool } from "@cordon/db";
import { type ConsumedRecord, createKafkaEventLog, type EventLog, maxRecordBytes } from "@cordon/event-log";
import { exampleEvents } from "@cordon/events";
import {
  collectorTokenKeyFromPem,
  createGatewayApp,
  createGatewayMetrics,
  defaultCollectorExclusions,
  gatewayConfigSchema,
} from "@cordon/gateway";
import { createKmsKeyService, type KeyService } from "@cordon/key-service";
import { createS3ObjectStore, type ObjectStore } from "@cordon/object-store";
import { createLogger } from "@cordon/observability";
import {
  createPipelineApp,
  createPipelineMetrics,
  type PipelineApp,
  type PipelineConfig,
  type PipelineMetrics,
  pipelineConfigSchema,
} from "@cordon/pipeline";
import {
  enrolTestCollector,
  type IsolatedDatabase,
  isolatedDatabase,
  stackCollectorSecretPepper,
  stackEnv,
  testId,
} from "@cordon/testkit";
import type { FastifyInstance } from "fastify";

export const repoRoot = join(import.meta.dirname, "..", "..");

/** The stack's S3/KMS credentials, given explicitly: this process's environment does not carry them. */
function stackCredentials(): { credentials?: { accessKeyId: string; secretAccessKey: string } } {
  const { AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey } = stackEnv();
  return accessKeyId === undefined || secretAccessKey === undefined
    ? {}
    : { credentials: { accessKeyId, secretAccessKey } };
}

export interface Collector {
  collectorId: string;
  clientSecret: string;
  orgId: string;
  subjectId: string;
  token?: string;
}

/**
 * The gateway (built with its own factory, listening on an ephemeral port)
 * and everything the pipeline needs, against the real local stack, with a
 * database, a raw topic and a dead-letter topic of their own.
 */
export class PipelineStack {
  readonly db: IsolatedDatabase;
  readonly admin: Pool;
  readonly topic: string;
  readonly deadLetterTopic: string;
  readonly groupId: string;
  readonly pseudonymKeyFile: string;
  readonly gateway: FastifyInstance;
  readonly gatewayUrl: string;
  readonly eventLog: EventLog;
  readonly keyService: KeyService;
  readonly store: ObjectStore;
  readonly #gatewayPool: Pool;
  /** Batches the gateway did not answer 202, by status. */
  readonly refusals = new Map<number, number>();

  private constructor(parts: {
    db: IsolatedDatabase;
    admin: Pool;
    topic: string;
    deadLetterTopic: string;
    groupId: string;
    pseudonymKeyFile: string;
    gateway: FastifyInstance;
    gatewayUrl: string;
    eventLog: EventLog;
    keyService: KeyService;
    store: ObjectStore;
    gatewayPool: Pool;
  }) {
    this.db = parts.db;
    this.admin = parts.admin;
    this.topic = parts.topic;
    this.deadLetterTopic = parts.deadLetterTopic;
    this.groupId = parts.groupId;
    this.pseudonymKeyFile = parts.pseudonymKeyFile;
    this.gateway = parts.gateway;
    this.gatewayUrl = parts.gatewayUrl;
    this.eventLog = parts.eventLog;
    this.keyService = parts.keyService;
    this.store = parts.store;
    this.#gatewayPool = parts.gatewayPool;
  }

  static async start(label: string, options: { partitions?: number } = {}): Promise<PipelineStack> {
    const stack = stackEnv();
    const db = await isolatedDatabase(label);
    const topic = testId(`${label}-raw`);
    const deadLetterTopic = testId(`${label}-dlq`);
    const eventLog = createKafkaEventLog({
      brokers: (stack.KAFKA_BROKERS ?? "").split(","),
      clientId: "e2e",
      logger: () => {},
    });
    // The record size limit of the real topics, so a test can produce what production could carry.
    const config = { "max.message.bytes": String(maxRecordBytes) };
    await eventLog.ensureTopics([
      { topic, partitions: options.partitions ?? 1, config },
      { topic: deadLetterTopic, partitions: 1, config },
    ]);
    // Generated per test run: the local stack does not create a pseudonym key (see services/pipeline/README.md).
    const secrets = mkdtempSync(join(tmpdir(), "cordon-e2e-"));
    const pseudonymKeyFile = join(secrets, "subject-pseudonym.key");
    writeFileSync(pseudonymKeyFile, randomBytes(32).toString("hex"), { mode: 0o600 });

    const gatewayConfig = parseConfig(gatewayConfigSchema, {
      ...stack,
      DATABASE_GATEWAY_URL: db.urls.gateway,
      RAW_EVENTS_TOPIC: topic,
      LOG_LEVEL: "silent",
      REVOCATION_CHECK_TTL_MS: "0",
      PAUSE_CHECK_TTL_MS: "0",
    });
    const gatewayMetrics = createGatewayMetrics();
    const keyService = createKmsKeyService({
      region: gatewayConfig.AWS_REGION,
      aliasPrefix: gatewayConfig.KMS_ALIAS_PREFIX,
      ...(gatewayConfig.KMS_ENDPOINT === undefined ? {} : { endpoint: gatewayConfig.KMS_ENDPOINT }),
      ...stackCredentials(),
    });
    const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const gatewayPool = createPool(db.urls.gateway, { max: 10 });
    const gateway = await createGatewayApp({
      config: gatewayConfig,
      logger: createLogger({ service: "gateway-e2e", level: "silent" }),
      pool: gatewayPool,
      eventLog,
      keyService,
      metrics: gatewayMetrics,
      tokenKey: collectorTokenKeyFromPem(privateKey.export({ format: "pem", type: "pkcs8" }).toString()),
      pepper: stackCollectorSecretPepper(),
      exclusions: defaultCollectorExclusions,
    });
    await gateway.listen({ host: "127.0.0.1", port: 0 });
    const port = (gateway.server.address() as AddressInfo).port;
    const store = createS3ObjectStore({
      region: stack.AWS_REGION ?? "us-east-1",
      bucket: stack.S3_BUCKET ?? "cordon-lake",
      forcePathStyle: true,
      ...stackCredentials(),
      ...(stack.S3_ENDPOINT === undefined ? {} : { endpoint: stack.S3_ENDPOINT }),
    });
    return new PipelineStack({
      db,
      admin: createPool(db.adminUrl, { max: 3 }),
      topic,
      deadLetterTopic,
      groupId: testId(`${label}-group`),
      pseudonymKeyFile,
      gateway,
      gatewayUrl: `http://127.0.0.1:${port}`,
      eventLog,
      keyService,
      store,
      gatewayPool,
    });
  }

  /** The pipeline's environment for this stack: what main.ts reads. */
  pipelineEnv(overrides: Record<string, string> = {}): Record<string, string> {
    const stack = stackEnv();
    return {
      ...Object.fromEntries(
        Object.entries(stack).filter((entry): entry is [string, string] => entry[1] !== undefined),
      ),
      DATABASE_PIPELINE_URL: this.db.urls.pipeline,
      RAW_EVENTS_TOPIC: this.topic,
      DEAD_LETTER_TOPIC: this.deadLetterTopic,
      PIPELINE_GROUP_ID: this.groupId,
      SUBJECT_PSEUDONYM_KEY_FILE: this.pseudonymKeyFile,
      PIPELINE_METRICS_PORT: "0",
      FLUSH_IDLE_MS: "300",
      // Test batches often end mid-field and never send the key that ends it;
      // a second is enough for a next batch to arrive in these tests.
      TYPED_TEXT_HOLD_MS: "1000",
      LOG_LEVEL: "info",
      ...overrides,
    };
  }

  /** The pipeline in this process, built with its factory; its log lines go to `logLines`. */
  async startPipeline(overrides: Record<string, string> = {}): Promise<{
    pipeline: PipelineApp;
    config: PipelineConfig;
    metrics: PipelineMetrics;
    logLines: string[];
    pool: Pool;
  }> {
    const config = parseConfig(pipelineConfigSchema, this.pipelineEnv(overrides));
    const logLines: string[] = [];
    const pool = createPool(config.DATABASE_PIPELINE_URL, { max: 5 });
    const metrics = createPipelineMetrics();
    const pipeline = await createPipelineApp({
      config,
      logger: createLogger(
        { service: "pipeline-e2e", level: "trace" },
        { write: (line: string) => logLines.push(line) },
      ),
      pool,
      eventLog: this.eventLog,
      store: this.store,
      keyService: createKmsKeyService({
        region: config.AWS_REGION,
        aliasPrefix: config.KMS_ALIAS_PREFIX,
        ...(config.KMS_ENDPOINT === undefined ? {} : { endpoint: config.KMS_ENDPOINT }),
        ...stackCredentials(),
        onKmsCall: (operation) => metrics.kmsCalls.inc({ operation }),
      }),
      metrics,
    });
    await pipeline.start();
    return { pipeline, config, metrics, logLines, pool };
  }

  /**
   * The pipeline as `npm start` runs it (the node flags of its `start` script,
   * then services/pipeline/src/main.ts) with this stack's environment;
   * stdout+stderr collected.
   */
  spawnPipeline(
    overrides: Record<string, string> = {},
    /** Node flags, and another checkout whose pipeline to run (benchmarks compare two). */
    process_: { nodeArgs?: readonly string[]; checkout?: string } = {},
  ): {
    child: ChildProcess;
    output: string[];
    exited: Promise<NodeJS.Signals | number | null>;
  } {
    const root = process_.checkout ?? repoRoot;
    const child = spawn(
      process.execPath,
      [...pipelineStartFlags(root), ...(process_.nodeArgs ?? []), "services/pipeline/src/main.ts"],
      {
        cwd: root,
        env: { PATH: process.env.PATH ?? "", ...this.pipelineEnv(overrides) },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    const output: string[] = [];
    child.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString("utf8")));
    child.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString("utf8")));
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
      child.once("exit", (code, signal) => resolve(signal ?? code)),
    );
    return { child, output, exited };
  }

  async enrol(who: { orgId?: string } = {}): Promise<Collector> {
    const collector: Collector = await enrolTestCollector(this.admin, {
      ...(who.orgId === undefined ? {} : { orgId: who.orgId }),
      enrolledBy: "e2e-admin",
    });
    const response = await fetch(`${this.gatewayUrl}/v1/auth/token`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ clientId: collector.collectorId, clientSecret: collector.clientSecret }),
    });
    if (response.status !== 200) throw new Error(`token request answered ${response.status}`);
    collector.token = ((await response.json()) as { accessToken: string }).accessToken;
    return collector;
  }

  /** POSTs a batch over HTTP; returns the gateway's accepted count (0 unless 202). */
  async send(collector: Collector, events: unknown[]): Promise<number> {
    const response = await fetch(`${this.gatewayUrl}/v1/batches`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${collector.token}` },
      body: JSON.stringify({
        batchId: randomUUID(),
        sentAt: Date.now(),
        collector: { version: "1.0.0-e2e", os: "macOS 14.5" },
        events,
      }),
    });
    if (response.status !== 202) {
      this.refusals.set(response.status, (this.refusals.get(response.status) ?? 0) + 1);
      await response.body?.cancel();
      return 0;
    }
    return ((await response.json()) as { accepted: number }).accepted;
  }

  /** Events the catalog holds for this stack's topic: the sum of slice row counts. */
  async cataloguedEvents(): Promise<number> {
    const { rows } = await this.admin.query<{ events: string | null }>(
      `SELECT sum(s.row_count) AS events FROM cordon.lake_slices s
         JOIN cordon.lake_files f USING (file_key) WHERE f.topic = $1`,
      [this.topic],
    );
    return Number(rows[0]?.events ?? 0);
  }

  async cataloguedFiles(): Promise<{ file_key: string; row_count: number }[]> {
    const { rows } = await this.admin.query<{ file_key: string; row_count: number }>(
      "SELECT file_key, row_count FROM cordon.lake_files WHERE topic = $1 ORDER BY file_key",
      [this.topic],
    );
    return rows;
  }

  /** The dead-letter topic from its start, once it holds `expected` letters (or a fail-safe minute and a half passed). */
  async readDeadLetters(expected: number): Promise<ConsumedRecord[]> {
    const letters: ConsumedRecord[] = [];
    const abort = new AbortController();
    const consumer = await this.eventLog.consume({
      groupId: `${this.groupId}-dlq-check-${randomUUID().slice(0, 8)}`,
      topics: [this.deadLetterTopic],
      fromBeginning: true,
      signal: abort.signal,
      handleBatch: async (batch) => {
        letters.push(...batch.records);
        if (letters.length >= expected) abort.abort();
      },
    });
    // A fail-safe so a missing letter fails the test instead of hanging it.
    const guard = setTimeout(() => abort.abort(), 90_000);
    await consumer.stopped.finally(() => clearTimeout(guard));
    return letters;
  }

  /** Polls until the catalog holds `events` events; a fail-safe bound ends a broken test, not a timing assertion. */
  async waitForCatalogued(events: number, failSafeMs = 120_000): Promise<number> {
    const giveUp = Date.now() + failSafeMs;
    for (;;) {
      const count = await this.cataloguedEvents();
      if (count >= events || Date.now() > giveUp) return count;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  async close(): Promise<void> {
    await this.gateway.close();
    await this.eventLog.close();
    await this.#gatewayPool.end();
    await this.admin.end();
    await this.db.drop();
  }
}

/** A valid event of each type, or of one type, with fresh ids, in one session. */
export function exampleBatchEvents(
  count: number,
  sessionId: string = randomUUID(),
): Record<string, unknown>[] {
  const templates = Object.values(exampleEvents);
  return Array.from({ length: count }, (_, index) => ({
    ...templates[index % templates.length],
    eventId: randomUUID(),
    sessionId,
    seq: index,
    ts: Date.now() + index,
  }));
}

/** The node flags of the pipeline's `start` script (`node <flags…> src/main.ts`) in a checkout. */
export function pipelineStartFlags(root: string): string[] {
  const manifest = JSON.parse(readFileSync(join(root, "services/pipeline/package.json"), "utf8")) as {
    scripts: { start: string };
  };
  const words = manifest.scripts.start.trim().split(/\s+/);
  if (words[0] !== "node" || words.at(-1) !== "src/main.ts") {
    throw new Error("the pipeline's start script is expected to read `node <flags…> src/main.ts`");
  }
  return words.slice(1, -1);
}

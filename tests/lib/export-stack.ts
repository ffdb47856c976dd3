import { randomUUID } from "node:crypto";
import { createAuditLog, createAuditSignals, RefusalAudit } from "@cordon/audit";
import {
  type AuditEntry,
  auditLogSink,
  buildControlApi,
  type ControlApiDeps,
  createTestIssuer,
  type HumanTokenClaims,
  humanTokenKeysFromFile,
  type TestIssuer,
  testAudience,
  testIssuerName,
} from "@cordon/control-api";
import { createPool, type Pool } from "@cordon/db";
import { createExporter, type Exporter } from "@cordon/exporter";
import { createSubjectPseudonymizer, loadSubjectPseudonymKey } from "@cordon/lake";
import { createLogger, createMetricsRegistry } from "@cordon/observability";
import { stackCollectorSecretPepper, testId } from "@cordon/testkit";
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import { exampleBatchEvents, type PipelineStack } from "./pipeline-stack.ts";

/**
 * The control API and an exporter on a pipeline stack's database, KMS and S3:
 * requests, approvals and downloads go through the real routes, runs through
 * the real exporter, every access into the real hash-chained log.
 */
export class ExportStack {
  readonly app: FastifyInstance;
  readonly issuer: TestIssuer;
  readonly appPool: Pool;
  readonly exporterPool: Pool;
  readonly exporter: Exporter;
  readonly keyPrefix: string;
  /** Where the access log's checkpoints for this API are kept. */
  readonly auditKeyPrefix: string;
  /** The API's refused calls, audited one record per source and minute; `flushAll` writes them now. */
  readonly refusalAudit: RefusalAudit;

  private constructor(parts: {
    app: FastifyInstance;
    issuer: TestIssuer;
    appPool: Pool;
    exporterPool: Pool;
    exporter: Exporter;
    keyPrefix: string;
    auditKeyPrefix: string;
    refusalAudit: RefusalAudit;
  }) {
    this.app = parts.app;
    this.issuer = parts.issuer;
    this.appPool = parts.appPool;
    this.exporterPool = parts.exporterPool;
    this.exporter = parts.exporter;
    this.keyPrefix = parts.keyPrefix;
    this.auditKeyPrefix = parts.auditKeyPrefix;
    this.refusalAudit = parts.refusalAudit;
  }

  /**
   * `options.issuer` signs the tokens the API believes (one of the test's own
   * unless given); `options.app` adds to the API's dependencies (the console).
   */
  static async start(
    stack: PipelineStack,
    label: string,
    options: { issuer?: TestIssuer; app?: Pick<ControlApiDeps, "console" | "ingestionMetrics"> } = {},
  ): Promise<ExportStack> {
    const appPool = createPool(stack.db.urls.control, { max: 6 });
    const exporterPool = createPool(stack.db.urls.exporter, { max: 4 });
    const issuer = options.issuer ?? createTestIssuer();
    const registry = createMetricsRegistry("exports-e2e");
    const logger = createLogger({ service: "exports-e2e", level: "silent" });
    const signals = createAuditSignals({ registry, logger });
    const auditKeyPrefix = `${testId(label)}/audit/`;
    const audit = auditLogSink(createAuditLog({ pool: appPool, signals }), logger);
    const refusalAudit = new RefusalAudit({ append: (record) => audit.record(record as AuditEntry) });
    const app = buildControlApi({
      logger,
      pool: appPool,
      humanTokens: {
        issuer: testIssuerName,
        audience: testAudience,
        keys: humanTokenKeysFromFile(issuer.jwksFile),
        clockToleranceSeconds: 5,
      },
      audit,
      refusalAudit,
      auditVerification: {
        keys: stack.keyService,
        store: stack.store,
        keyPrefix: auditKeyPrefix,
        signals,
      },
      registry,
      exportFiles: { keys: stack.keyService, store: stack.store },
      // The pipeline's key: erasure and the access report find the same lake pseudonyms.
      pseudonymize: createSubjectPseudonymizer(loadSubjectPseudonymKey(stack.pseudonymKeyFile)),
      collectorSecretPepper: stackCollectorSecretPepper(),
      ...options.app,
    });
    await app.ready();
    const keyPrefix = `${testId(label)}/exports/`;
    const exporter = createExporter({
      pool: exporterPool,
      keys: stack.keyService,
      store: stack.store,
      logger,
      workerId: `exporter-${randomUUID().slice(0, 8)}`,
      keyPrefix,
      fileRows: 100_000,
      pollMs: 100,
      leaseSeconds: 300,
    });
    return new ExportStack({
      app,
      issuer,
      appPool,
      exporterPool,
      exporter,
      keyPrefix,
      auditKeyPrefix,
      refusalAudit,
    });
  }

  call(claims: HumanTokenClaims | undefined, request: InjectOptions): Promise<LightMyRequestResponse> {
    const headers = { ...(request.headers ?? {}) };
    if (claims !== undefined) headers.authorization = `Bearer ${this.issuer.mint(claims)}`;
    return this.app.inject({ ...request, headers });
  }

  /** Runs exporter passes until there is nothing left to do. */
  async drain(): Promise<void> {
    for (let pass = 0; pass < 20; pass++) if (!(await this.exporter.runOnce())) return;
  }

  async close(stack: PipelineStack): Promise<void> {
    await this.app.close();
    for (const prefix of [this.keyPrefix, this.auditKeyPrefix]) {
      for await (const key of stack.store.listKeys(prefix)) await stack.store.delete(key);
    }
    await this.appPool.end();
    await this.exporterPool.end();
    this.issuer.remove();
  }
}

/** Events of every type for one subject, `rounds` of each, in one session, at `startMs` on. */
export function subjectEvents(sessionId: string, rounds: number, startMs: number): Record<string, unknown>[] {
  return exampleBatchEvents(11 * rounds, sessionId).map((event, index) => ({
    ...event,
    ts: startMs + index * 10,
  }));
}

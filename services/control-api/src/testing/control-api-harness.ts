import { randomBytes } from "node:crypto";
import {
  type AuditSignals,
  createAuditLog,
  createAuditSignals,
  RefusalAudit,
  type VerifyDeps,
} from "@cordon/audit";
import { createPool, type Pool } from "@cordon/db";
import type { KeyService } from "@cordon/key-service";
import { createSubjectPseudonymizer, type SubjectPseudonymizer } from "@cordon/lake";
import { createLogger, createMetricsRegistry, type Registry } from "@cordon/observability";
import {
  type IsolatedDatabase,
  isolatedDatabase,
  stackCollectorSecretPepper,
  stackKeyService,
  stackObjectStore,
  testId,
} from "@cordon/testkit";
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import { buildControlApi, type ControlApiDeps } from "../app.ts";
import { type AuditEntry, type AuditSink, auditLogSink } from "../audit.ts";
import { humanTokenKeysFromFile } from "../human-token-keys.ts";
import {
  createTestIssuer,
  type HumanTokenClaims,
  type TestIssuer,
  testAudience,
  testIssuerName,
  testPlatformIssuerName,
} from "./test-issuer.ts";

/** Keeps what the routes audited, so tests can check the seam the access log plugs into. */
// What happens when the log cannot be written is tested against the real log
// (audit-routes.int.test.ts), never with a sink made to fail.
export function recordingAuditSink(): AuditSink & { entries: AuditEntry[] } {
  const sink = {
    entries: [] as AuditEntry[],
    async record(entry: AuditEntry) {
      sink.entries.push(entry);
    },
  };
  return sink;
}

export interface ControlApiHarness {
  app: FastifyInstance;
  db: IsolatedDatabase;
  /** The database owner's view, for checking what is stored; never used by the app. */
  ownerPool: Pool;
  appPool: Pool;
  issuer: TestIssuer;
  /** The platform's own issuer, with keys of its own: the only one granting platform_operator. */
  platformIssuer: TestIssuer;
  /** What the routes audited, when the harness records in memory (the default). */
  audit: ReturnType<typeof recordingAuditSink>;
  /** Checkpoint store, KMS key and key prefix of this harness; the real log writes through them. */
  auditVerification: VerifyDeps & { keys: KeyService; keyPrefix: string; signals: AuditSignals };
  registry: Registry;
  /** The lake pseudonyms this app's erasures use. */
  pseudonymize: SubjectPseudonymizer;
  /** Refused calls, audited in aggregate when flushed (`flushAll`) or when the app closes. */
  refusalAudit: RefusalAudit;
  /** Calls the app with a token minted for these claims. */
  call(claims: HumanTokenClaims | undefined, request: InjectOptions): Promise<LightMyRequestResponse>;
  /** Calls the app as a platform operator, with a token of the platform's issuer. */
  callAsPlatformOperator(sub: string, request: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** The local stack's KMS and S3 server, and a key prefix of the test file's own. */
export function stackAuditVerification(
  label: string,
  registry: Registry,
): ControlApiHarness["auditVerification"] {
  return {
    keys: stackKeyService(),
    store: stackObjectStore(),
    keyPrefix: `${testId(label)}/audit/checkpoints/`,
    signals: createAuditSignals({
      registry,
      logger: createLogger({ service: "control-api-test", level: "silent" }),
    }),
  };
}

/**
 * A control API on its own migrated database, reached through the application
 * role. Routes audit into memory unless `auditLog` is set: then into the real
 * hash-chained access log in that database.
 */
export async function startControlApi(
  label: string,
  options: {
    auditLog?: boolean;
    pseudonymKey?: Buffer;
    /** Optional parts of the app: the console, alert limits, metrics sources. */
    app?: Pick<ControlApiDeps, "console" | "auditAlertLimits" | "ingestionMetrics">;
  } = {},
): Promise<ControlApiHarness> {
  const db = await isolatedDatabase(label);
  const appPool = createPool(db.urls.control, { max: 4 });
  const ownerPool = createPool(db.adminUrl, { max: 2 });
  const issuer = createTestIssuer();
  const platformIssuer = createTestIssuer();
  const audit = recordingAuditSink();
  const registry = createMetricsRegistry("control-api-test");
  const auditVerification = stackAuditVerification(label, registry);
  const logger = createLogger({ service: "control-api-test", level: "silent" });
  const pseudonymKey = options.pseudonymKey ?? randomBytes(32);
  const pseudonymize = createSubjectPseudonymizer(pseudonymKey);
  const sink: AuditSink =
    options.auditLog === true
      ? auditLogSink(createAuditLog({ pool: appPool, signals: auditVerification.signals }), logger)
      : audit;
  const refusalAudit = new RefusalAudit({ append: (record) => sink.record(record as AuditEntry) });
  const app = buildControlApi({
    logger,
    pool: appPool,
    humanTokens: {
      issuer: testIssuerName,
      audience: testAudience,
      keys: humanTokenKeysFromFile(issuer.jwksFile),
      clockToleranceSeconds: 5,
      platform: { issuer: testPlatformIssuerName, keys: humanTokenKeysFromFile(platformIssuer.jwksFile) },
    },
    audit: sink,
    refusalAudit,
    auditVerification,
    registry,
    pseudonymize,
    collectorSecretPepper: stackCollectorSecretPepper(),
    exportFiles: { keys: auditVerification.keys, store: auditVerification.store },
    ...options.app,
  });
  await app.ready();
  return {
    app,
    db,
    ownerPool,
    appPool,
    issuer,
    platformIssuer,
    audit,
    auditVerification,
    registry,
    pseudonymize,
    refusalAudit,
    call(claims, request) {
      const headers = { ...(request.headers ?? {}) };
      if (claims !== undefined) headers.authorization = `Bearer ${issuer.mint(claims)}`;
      return app.inject({ ...request, headers });
    },
    callAsPlatformOperator(sub, request) {
      const token = platformIssuer.mint(
        { sub, roles: ["platform_operator"] },
        { issuer: testPlatformIssuerName },
      );
      return app.inject({
        ...request,
        headers: { ...(request.headers ?? {}), authorization: `Bearer ${token}` },
      });
    },
    async close() {
      await app.close();
      for await (const key of auditVerification.store.listKeys(auditVerification.keyPrefix)) {
        await auditVerification.store.delete(key);
      }
      await appPool.end();
      await ownerPool.end();
      await db.drop();
      issuer.remove();
      platformIssuer.remove();
    },
  };
}

import { createPool, type Pool } from "@cordon/db";
import { createLogger, createMetricsRegistry } from "@cordon/observability";
import { type IsolatedDatabase, isolatedDatabase } from "@cordon/testkit";
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import { buildControlApi } from "../app.ts";
import type { AuditEntry, AuditSink } from "../audit.ts";
import { humanTokenKeysFromFile } from "../human-token-keys.ts";
import {
  createTestIssuer,
  type HumanTokenClaims,
  type TestIssuer,
  testAudience,
  testIssuerName,
} from "./test-issuer.ts";

/** Keeps what the routes audited, so tests can check the seam issue 5 plugs into. */
export function recordingAuditSink(): AuditSink & { entries: AuditEntry[]; failNext: boolean } {
  const sink = {
    entries: [] as AuditEntry[],
    failNext: false,
    async record(entry: AuditEntry) {
      if (sink.failNext) {
        sink.failNext = false;
        throw new Error("audit log unwritable");
      }
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
  audit: ReturnType<typeof recordingAuditSink>;
  /** Calls the app with a token minted for these claims. */
  call(claims: HumanTokenClaims | undefined, request: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** A control API on its own migrated database, reached through the application role. */
export async function startControlApi(label: string): Promise<ControlApiHarness> {
  const db = await isolatedDatabase(label);
  const appPool = createPool(db.appUrl, { max: 4 });
  const ownerPool = createPool(db.adminUrl, { max: 2 });
  const issuer = createTestIssuer();
  const audit = recordingAuditSink();
  const app = buildControlApi({
    logger: createLogger({ service: "control-api-test", level: "silent" }),
    pool: appPool,
    humanTokens: {
      issuer: testIssuerName,
      audience: testAudience,
      keys: humanTokenKeysFromFile(issuer.jwksFile),
      clockToleranceSeconds: 5,
    },
    audit,
    registry: createMetricsRegistry("control-api-test"),
  });
  await app.ready();
  return {
    app,
    db,
    ownerPool,
    appPool,
    issuer,
    audit,
    call(claims, request) {
      const headers = { ...(request.headers ?? {}) };
      if (claims !== undefined) headers.authorization = `Bearer ${issuer.mint(claims)}`;
      return app.inject({ ...request, headers });
    },
    async close() {
      await app.close();
      await appPool.end();
      await ownerPool.end();
      await db.drop();
      issuer.remove();
    },
  };
}

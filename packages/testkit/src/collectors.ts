import { randomUUID } from "node:crypto";
import { generateCollectorSecret, hashCollectorSecret } from "@cordon/collector-credentials";

/** A collector enrolled for a test, with the client secret only the collector would know. */
export interface EnrolledCollector {
  collectorId: string;
  clientSecret: string;
  orgId: string;
  subjectId: string;
}

/** Anything that runs a query as the database's migrating identity: a pool or a client. */
export interface AdminQueryable {
  query(text: string, values?: unknown[]): Promise<unknown>;
}

/**
 * Enrols a collector straight into a test database as its admin (tests of
 * the gateway and the pipeline need one without running the control API).
 * Org and subject are fresh unless given.
 */
export async function enrolTestCollector(
  admin: AdminQueryable,
  who: { orgId?: string; subjectId?: string; label?: string; enrolledBy?: string } = {},
): Promise<EnrolledCollector> {
  const collector = {
    collectorId: randomUUID(),
    clientSecret: generateCollectorSecret(),
    orgId: who.orgId ?? `org-${randomUUID().slice(0, 8)}`,
    subjectId: who.subjectId ?? `employee-${randomUUID().slice(0, 8)}`,
  };
  await admin.query(
    `INSERT INTO cordon.collectors (collector_id, org_id, subject_id, secret_hash, label, enrolled_by)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      collector.collectorId,
      collector.orgId,
      collector.subjectId,
      await hashCollectorSecret(collector.clientSecret),
      who.label ?? null,
      who.enrolledBy ?? "test-admin",
    ],
  );
  return collector;
}

import { randomUUID } from "node:crypto";
import {
  type CollectorSecretPepper,
  generateCollectorSecret,
  hashCollectorSecret,
  loadCollectorSecretPepper,
} from "@cordon/collector-credentials";
import { stackEnv } from "@cordon/stack-settings";

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

let stackPepper: CollectorSecretPepper | undefined;

/**
 * The local stack's collector secret pepper (COLLECTOR_SECRET_PEPPER_FILE of
 * `.cordon/env`): what a gateway or control API built by a test hashes and
 * verifies client secrets under, so collectors enrolled here can get tokens.
 */
export function stackCollectorSecretPepper(): CollectorSecretPepper {
  if (stackPepper === undefined) {
    const file = stackEnv().COLLECTOR_SECRET_PEPPER_FILE;
    if (file === undefined) {
      throw new Error("the local stack has no COLLECTOR_SECRET_PEPPER_FILE: run `npm run stack:up` again");
    }
    stackPepper = loadCollectorSecretPepper(file);
  }
  return stackPepper;
}

/**
 * Enrols a collector straight into a test database as its admin (tests of
 * the gateway and the pipeline need one without running the control API).
 * Org and subject are fresh unless given; the secret is hashed under the
 * stack's pepper unless another is given.
 */
export async function enrolTestCollector(
  admin: AdminQueryable,
  who: {
    orgId?: string;
    subjectId?: string;
    label?: string;
    enrolledBy?: string;
    pepper?: CollectorSecretPepper;
  } = {},
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
      hashCollectorSecret(collector.clientSecret, who.pepper ?? stackCollectorSecretPepper()),
      who.label ?? null,
      who.enrolledBy ?? "test-admin",
    ],
  );
  return collector;
}

import { isCollectorId, type Pool, withIdentity } from "@cordon/db";

/**
 * The gateway reads enrolment, consent and pause rows under the `gateway`
 * role: row-level policies (migration 0003) let it read them, and change none.
 */
export const gatewayIdentity = { principalId: "cordon-gateway", roles: ["gateway"] } as const;

export interface CollectorCredential {
  collectorId: string;
  orgId: string;
  subjectId: string;
  secretHash: string;
  revoked: boolean;
}

export async function findCollectorCredential(
  pool: Pool,
  collectorId: string,
): Promise<CollectorCredential | undefined> {
  if (!isCollectorId(collectorId)) return undefined;
  return withIdentity(pool, gatewayIdentity, async (client) => {
    const { rows } = await client.query<{
      org_id: string;
      subject_id: string;
      secret_hash: string;
      revoked: boolean;
    }>(
      `SELECT org_id, subject_id, secret_hash, revoked_at IS NOT NULL AS revoked
         FROM cordon.collectors WHERE collector_id = $1`,
      [collectorId],
    );
    const row = rows[0];
    if (row === undefined) return undefined;
    return {
      collectorId,
      orgId: row.org_id,
      subjectId: row.subject_id,
      secretHash: row.secret_hash,
      revoked: row.revoked,
    };
  });
}

/**
 * Where a collector stands right now: still enrolled, for whom, and whether
 * that subject opted out. Checked (through a short cache) on every request,
 * so revocation and opt-out take effect even for tokens that are not expired.
 */
export interface CollectorStanding {
  collectorId: string;
  orgId: string;
  subjectId: string;
  revoked: boolean;
  optedOut: boolean;
}

export async function findCollectorStanding(
  pool: Pool,
  collectorId: string,
): Promise<CollectorStanding | undefined> {
  if (!isCollectorId(collectorId)) return undefined;
  return withIdentity(pool, gatewayIdentity, async (client) => {
    const { rows } = await client.query<{
      org_id: string;
      subject_id: string;
      revoked: boolean;
      opted_out: boolean;
    }>(
      `SELECT c.org_id, c.subject_id, c.revoked_at IS NOT NULL AS revoked,
              coalesce(s.opted_out, false) AS opted_out
         FROM cordon.collectors c
         LEFT JOIN cordon.subjects s ON s.org_id = c.org_id AND s.subject_id = c.subject_id
        WHERE c.collector_id = $1`,
      [collectorId],
    );
    const row = rows[0];
    if (row === undefined) return undefined;
    return {
      collectorId,
      orgId: row.org_id,
      subjectId: row.subject_id,
      revoked: row.revoked,
      optedOut: row.opted_out,
    };
  });
}

export type PauseScope = "global" | "org" | "collector";

export interface IngestPause {
  scope: PauseScope;
  /** '' for the global switch, else the org or collector id. */
  scopeId: string;
  retryAfterSeconds: number;
}

/** Every pause switch that is on. The table holds a handful of rows, so the gateway reads it whole. */
export async function listIngestPauses(pool: Pool): Promise<IngestPause[]> {
  return withIdentity(pool, gatewayIdentity, async (client) => {
    const { rows } = await client.query<{ scope: PauseScope; scope_id: string; retry_after_seconds: number }>(
      "SELECT scope, scope_id, retry_after_seconds FROM cordon.ingest_pauses",
    );
    return rows.map((row) => ({
      scope: row.scope,
      scopeId: row.scope_id,
      retryAfterSeconds: row.retry_after_seconds,
    }));
  });
}

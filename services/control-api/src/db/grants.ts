import type { PoolClient } from "@cordon/db";

/** One version of a grant, as the API shows it. */
export interface GrantRecord {
  grantId: string;
  version: number;
  orgId: string;
  policyVersion: number;
  grantee: { type: "principal" | "role"; id: string };
  dataset: string;
  eventTypes: string[];
  fields: string[];
  maxTier: string;
  purposes: string[];
  validFrom: string;
  validUntil: string | null;
  revoked: boolean;
  changedBy: string;
  changedAt: string;
}

/** What a steward states for a new grant or a new version of one. */
export interface GrantTerms {
  grantee: { type: "principal" | "role"; id: string };
  dataset: string;
  eventTypes: readonly string[];
  fields: readonly string[];
  maxTier: string;
  purposes: readonly string[];
  validFrom: string;
  validUntil: string | null;
}

interface GrantRow {
  grant_id: string;
  version: number;
  org_id: string;
  policy_version: string;
  grantee_type: "principal" | "role";
  grantee: string;
  dataset: string;
  event_types: string[];
  categories: string[];
  max_tier: string;
  purposes: string[];
  valid_from: Date;
  valid_until: Date | null;
  revoked: boolean;
  changed_by: string;
  changed_at: Date;
}

function toRecord(row: GrantRow): GrantRecord {
  return {
    grantId: row.grant_id,
    version: row.version,
    orgId: row.org_id,
    policyVersion: Number(row.policy_version),
    grantee: { type: row.grantee_type, id: row.grantee },
    dataset: row.dataset,
    eventTypes: row.event_types,
    fields: row.categories,
    maxTier: row.max_tier,
    purposes: row.purposes,
    validFrom: row.valid_from.toISOString(),
    validUntil: row.valid_until?.toISOString() ?? null,
    revoked: row.revoked,
    changedBy: row.changed_by,
    changedAt: row.changed_at.toISOString(),
  };
}

/**
 * Appends a version of a grant: the next version of `grantId` and the next
 * policy version of the organisation. Two concurrent changes collide on a
 * unique key and one fails (the caller answers 409); row-level security
 * refuses a grant to its own author.
 */
export async function insertGrantVersion(
  tx: PoolClient,
  grant: { grantId: string; orgId: string; terms: GrantTerms; revoked: boolean; changedBy: string },
): Promise<GrantRecord> {
  const { terms } = grant;
  const result = await tx.query<GrantRow>(
    `INSERT INTO cordon.grants (grant_id, version, org_id, policy_version, grantee_type, grantee, dataset,
        event_types, categories, max_tier, purposes, valid_from, valid_until, revoked, changed_by)
     VALUES ($1,
             (SELECT coalesce(max(version), 0) + 1 FROM cordon.grants WHERE grant_id = $1),
             $2,
             (SELECT coalesce(max(policy_version), 0) + 1 FROM cordon.grants WHERE org_id = $2),
             $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
     RETURNING *`,
    [
      grant.grantId,
      grant.orgId,
      terms.grantee.type,
      terms.grantee.id,
      terms.dataset,
      [...terms.eventTypes],
      [...terms.fields],
      terms.maxTier,
      [...terms.purposes],
      terms.validFrom,
      terms.validUntil,
      grant.revoked,
      grant.changedBy,
    ],
  );
  const row = result.rows[0];
  if (row === undefined) throw new Error("insert returned no row");
  return toRecord(row);
}

/** The newest version of a grant the caller may see, or undefined. */
export async function findGrant(tx: PoolClient, grantId: string): Promise<GrantRecord | undefined> {
  const result = await tx.query<GrantRow>(
    "SELECT * FROM cordon.grants WHERE grant_id = $1 ORDER BY version DESC LIMIT 1",
    [grantId],
  );
  const row = result.rows[0];
  return row === undefined ? undefined : toRecord(row);
}

/** The newest version of each grant the caller may see (row-level security decides which). */
export async function listGrants(
  tx: PoolClient,
  query: { includeRevoked: boolean; limit: number },
): Promise<GrantRecord[]> {
  const result = await tx.query<GrantRow>(
    `SELECT * FROM (SELECT DISTINCT ON (grant_id) * FROM cordon.grants ORDER BY grant_id, version DESC) g
      WHERE $1 OR NOT g.revoked
      ORDER BY g.changed_at DESC, g.grant_id
      LIMIT $2`,
    [query.includeRevoked, query.limit],
  );
  return result.rows.map(toRecord);
}

export function termsOf(grant: GrantRecord): GrantTerms {
  return {
    grantee: grant.grantee,
    dataset: grant.dataset,
    eventTypes: grant.eventTypes,
    fields: grant.fields,
    maxTier: grant.maxTier,
    purposes: grant.purposes,
    validFrom: grant.validFrom,
    validUntil: grant.validUntil,
  };
}

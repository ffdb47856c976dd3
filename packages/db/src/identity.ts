import type { Pool, PoolClient } from "./pool.ts";

/** Who is asking, as row-level policies see it (migrations/0002_request_identity.sql). */
export interface RequestIdentity {
  orgId?: string;
  principalId?: string;
  roles?: readonly string[];
}

/**
 * Runs `work` in one transaction whose settings carry the caller's identity.
 * The settings are transaction-local (set_config(..., true)), so a pooled
 * connection never carries one request's identity into the next.
 */
export async function withIdentity<T>(
  pool: Pool,
  identity: RequestIdentity,
  work: (client: PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query(
      `SELECT set_config('cordon.org_id', $1, true),
              set_config('cordon.principal_id', $2, true),
              set_config('cordon.roles', $3, true)`,
      [identity.orgId ?? "", identity.principalId ?? "", toPgArray(identity.roles ?? [])],
    );
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

function toPgArray(values: readonly string[]): string {
  if (values.length === 0) return "";
  return `{${values.map((value) => `"${value.replace(/["\\]/g, "\\$&")}"`).join(",")}}`;
}

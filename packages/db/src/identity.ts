import type { Pool, PoolClient } from "./pool.ts";

/** Who is asking, as row-level policies see it (migrations/0002_request_identity.sql). */
export interface RequestIdentity {
  orgId?: string;
  principalId?: string;
  roles?: readonly string[];
}

/**
 * The transaction-local settings the policies read, in the order
 * `identitySettingValues` gives their values. This and the two functions
 * below are the only place that spells the protocol.
 */
const settingNames = ["cordon.org_id", "cordon.principal_id", "cordon.roles"] as const;

/** The values of the settings; an absent part is the empty string, which no policy matches. */
export function identitySettingValues(identity: RequestIdentity): [string, string, string] {
  return [identity.orgId ?? "", identity.principalId ?? "", toPgArray(identity.roles ?? [])];
}

/**
 * The statement that sets the identity until the end of the transaction
 * (`set_config(…, true)`), so a pooled connection never carries one request's
 * identity into the next. `values` are SQL expressions in `settingNames`
 * order: placeholders for an extended-protocol query, escaped literals for a
 * simple-protocol one.
 */
export function setIdentityStatement(values: readonly [string, string, string]): string {
  return `SELECT ${settingNames.map((name, index) => `set_config('${name}', ${values[index]}, true)`).join(",\n       ")}`;
}

/** Runs `work` in one transaction whose settings carry the caller's identity. */
export async function withIdentity<T>(
  pool: Pool,
  identity: RequestIdentity,
  work: (client: PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query(setIdentityStatement(["$1", "$2", "$3"]), identitySettingValues(identity));
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

/** A Postgres text-array literal, each element quoted so commas and braces in a role stay inside it. */
function toPgArray(values: readonly string[]): string {
  if (values.length === 0) return "";
  return `{${values.map((value) => `"${value.replace(/["\\]/g, "\\$&")}"`).join(",")}}`;
}

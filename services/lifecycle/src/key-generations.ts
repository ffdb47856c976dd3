import { randomUUID } from "node:crypto";
import { type LakeCategory, lakeCategories, subjectKeyContext } from "@cordon/lake";
import { asLifecycle, type LifecycleDeps, lifecycleActor } from "./deps.ts";

interface LiveKeyRow {
  org_id: string;
  subject_id: string;
  category: LakeCategory;
  key_period: string;
  key_version: number;
  wrapped_key: Buffer;
  kms_key_id: string;
}

/**
 * Moves every live subject key onto its category's current KMS key (the one
 * the category's alias names): KMS `ReEncrypt`, so the plaintext never
 * leaves KMS, and the same encryption context. Once no live key is wrapped
 * by an older KMS key, the operator can schedule that key's deletion, and
 * every copy of what it wrapped dies with it: the destroyed (erased or
 * shredded) subject keys still sitting in Postgres backups and WAL.
 *
 * Per organisation, the new wrapped keys and a `subject_key.rewrap` record
 * with the count are one transaction. A key destroyed meanwhile is left
 * destroyed (the update only matches the live key it read). Idempotent: a
 * run after a crash picks up what is still wrapped by an old key.
 */
export async function rewrapSubjectKeys(
  deps: LifecycleDeps,
  options: { batchSize?: number } = {},
): Promise<number> {
  const batchSize = options.batchSize ?? 500;
  let total = 0;
  for (const category of lakeCategories) {
    const current = await deps.keys.currentKeyId(category);
    for (;;) {
      const { rows } = await asLifecycle(deps, (client) =>
        client.query<LiveKeyRow>(
          `SELECT org_id, subject_id, category, key_period, key_version, wrapped_key, kms_key_id
             FROM cordon.subject_keys
            WHERE category = $1 AND destroyed_at IS NULL AND kms_key_id <> $2
            ORDER BY org_id, subject_id, key_period, key_version
            LIMIT $3`,
          [category, current, batchSize],
        ),
      );
      if (rows.length === 0) break;
      const rewrapped = await Promise.all(
        rows.map(async (row) => {
          const context = subjectKeyContext(row.org_id, {
            subject: row.subject_id,
            category,
            period: row.key_period,
          });
          const next = await deps.keys.rewrapDataKey(category, row.wrapped_key, context, row.kms_key_id);
          // Otherwise the loop would find the same keys again, for ever.
          if (next.keyId !== current)
            throw new Error("KMS re-wrapped under another key than the alias names");
          return { row, next };
        }),
      );
      let updated = 0;
      for (const org of new Set(rows.map((row) => row.org_id))) {
        updated += await asLifecycle(
          deps,
          async (client) => {
            let count = 0;
            for (const { row, next } of rewrapped.filter((entry) => entry.row.org_id === org)) {
              const result = await client.query(
                `UPDATE cordon.subject_keys SET wrapped_key = $6, kms_key_id = $7
                  WHERE org_id = $1 AND subject_id = $2 AND category = $3 AND key_period = $4
                    AND key_version = $5 AND destroyed_at IS NULL AND wrapped_key = $8`,
                [
                  org,
                  row.subject_id,
                  category,
                  row.key_period,
                  row.key_version,
                  next.wrapped,
                  next.keyId,
                  row.wrapped_key,
                ],
              );
              count += result.rowCount ?? 0;
            }
            if (count > 0) {
              await deps.audit.append(
                {
                  actor: lifecycleActor,
                  action: "subject_key.rewrap",
                  resource: { type: "kms_key", id: current },
                  outcome: "allowed",
                  requestId: randomUUID(),
                  orgId: org,
                  detail: { category, rewrapped: count },
                },
                client,
              );
            }
            return count;
          },
          org,
        );
      }
      total += updated;
      // Every key of the batch was destroyed or re-wrapped by another copy
      // meanwhile; stop rather than risk spinning, the next pass goes on.
      if (updated === 0) break;
    }
  }
  return total;
}

import { randomUUID } from "node:crypto";
import { type LakeCategory, type LakeRow, lakeCategories } from "@cordon/lake";
import { compactFile, finishCompactionDeletes } from "./compaction.ts";
import { asLifecycle, type LifecycleDeps, lifecycleActor } from "./deps.ts";

/**
 * What retention is set for: each lake category (its text values expire,
 * the row stays) and each event class (the whole row expires).
 */
export type DataClass = LakeCategory | "pointer" | "key_timing" | "other";

const dayMs = 86_400_000;

/** Days each class is kept when an organisation set nothing else. */
export const defaultRetentionDays: Record<DataClass, number> = {
  prompt: 30,
  credential: 30,
  health: 30,
  text: 90,
  pii: 90,
  hr: 90,
  financial: 90,
  pointer: 180,
  key_timing: 180,
  other: 180,
};

export function eventClassOf(eventType: string): "pointer" | "key_timing" | "other" {
  if (eventType.startsWith("pointer.")) return "pointer";
  if (eventType.startsWith("key.")) return "key_timing";
  return "other";
}

export interface RetentionOutcome {
  org: string;
  /** Subject keys destroyed because their key period ended more than their category's retention ago. */
  keysShredded: Partial<Record<LakeCategory, number>>;
  filesExamined: number;
  filesRewritten: number;
  filesDeleted: number;
  rowsRemoved: number;
  textsRemoved: number;
}

async function policiesOf(deps: LifecycleDeps, org: string): Promise<Record<DataClass, number>> {
  const { rows } = await asLifecycle(deps, (client) =>
    client.query<{ data_class: DataClass; retain_days: number }>(
      "SELECT data_class, retain_days FROM cordon.retention_policies WHERE org_id = $1",
      [org],
    ),
  );
  const days = { ...defaultRetentionDays };
  for (const row of rows) days[row.data_class] = row.retain_days;
  return days;
}

/** Audit details are flat: one count per category, and the total. */
function shredDetail(counts: Partial<Record<LakeCategory, number>>): Record<string, number> {
  const detail: Record<string, number> = {
    keysShredded: Object.values(counts).reduce((sum, count) => sum + count, 0),
  };
  for (const [category, count] of Object.entries(counts)) detail[`keysShredded_${category}`] = count;
  return detail;
}

/**
 * Crypto-shreds by key period: destroys every live subject key of `org`
 * whose period ended more than its category's retention ago, and writes the
 * counts to the access log in the same transaction (no shred without its
 * record). From the commit on, every cell sealed under those keys is
 * unreadable in every copy of every file; the compaction that follows only
 * removes what can no longer be read. Running it again destroys nothing twice.
 */
export async function shredExpiredSubjectKeys(
  deps: LifecycleDeps,
  org: string,
  days: Record<DataClass, number>,
): Promise<Partial<Record<LakeCategory, number>>> {
  const nowMs = deps.now();
  return asLifecycle(deps, async (client) => {
    const { rows } = await client.query<{ category: LakeCategory; shredded: number }>(
      `WITH expiry AS (
         SELECT category, retained_until
           FROM unnest($2::text[], $3::timestamptz[]) AS e(category, retained_until)
       ), shredded AS (
         UPDATE cordon.subject_keys k
            SET wrapped_key = NULL, destroyed_at = now(), destroyed_by = $4, shredded_by_retention = true
           FROM expiry
          WHERE k.org_id = $1 AND k.category = expiry.category AND k.destroyed_at IS NULL
            AND k.period_ends_at <= expiry.retained_until
         RETURNING k.category
       )
       SELECT category, count(*)::int AS shredded FROM shredded GROUP BY category ORDER BY category`,
      [
        org,
        lakeCategories,
        lakeCategories.map((category) => new Date(nowMs - days[category] * dayMs)),
        lifecycleActor.id,
      ],
    );
    const counts: Partial<Record<LakeCategory, number>> = {};
    for (const row of rows) counts[row.category] = row.shredded;
    if (rows.length > 0) {
      await deps.audit.append(
        {
          actor: lifecycleActor,
          action: "retention.shred",
          resource: { type: "lake", id: org },
          outcome: "allowed",
          requestId: randomUUID(),
          orgId: org,
          detail: shredDetail(counts),
        },
        client,
      );
    }
    return counts;
  });
}

/**
 * Applies one organisation's retention: first the subject keys of expired
 * key periods are shredded (`shredExpiredSubjectKeys`), then every lake file old enough to hold
 * something expired is compacted without its expired rows (by event class)
 * and text values (by category); a file left with no row is deleted. Each
 * file is one compaction (its own catalog swap and audit record); the run
 * ends with one `retention.expire` record with the counts.
 */
export async function applyRetention(deps: LifecycleDeps, org: string): Promise<RetentionOutcome> {
  await finishCompactionDeletes(deps);
  const days = await policiesOf(deps, org);
  const keysShredded = await shredExpiredSubjectKeys(deps, org, days);
  await deps.afterStep?.("retention.shredded");
  const nowMs = deps.now();
  const expired = (dataClass: DataClass, ts: number) => nowMs - ts > days[dataClass] * dayMs;
  const youngestExpiring = nowMs - Math.min(...Object.values(days)) * dayMs;
  const { rows: files } = await asLifecycle(deps, (client) =>
    client.query<{ file_key: string }>(
      "SELECT file_key FROM cordon.lake_files WHERE org_id = $1 AND first_ts < $2 ORDER BY first_ts",
      [org, new Date(youngestExpiring)],
    ),
  );
  const outcome: RetentionOutcome = {
    org,
    keysShredded,
    filesExamined: files.length,
    filesRewritten: 0,
    filesDeleted: 0,
    rowsRemoved: 0,
    textsRemoved: 0,
  };
  for (const { file_key: fileKey } of files) {
    const result = await compactFile(deps, {
      fileKey,
      reason: "retention",
      dropRow: (row: LakeRow) => expired(eventClassOf(row.eventType), row.ts),
      dropText: (row, _field, category) => expired(category, row.ts),
    });
    if (result.kind !== "compacted") continue;
    if (result.newFileKey === null) outcome.filesDeleted += 1;
    else outcome.filesRewritten += 1;
    outcome.rowsRemoved += result.rowsRemoved;
    outcome.textsRemoved += result.textsRemoved;
  }
  await asLifecycle(deps, (client) =>
    deps.audit.append(
      {
        actor: lifecycleActor,
        action: "retention.expire",
        resource: { type: "lake", id: org },
        outcome: "allowed",
        requestId: randomUUID(),
        orgId: org,
        detail: {
          ...shredDetail(outcome.keysShredded),
          filesExamined: outcome.filesExamined,
          filesRewritten: outcome.filesRewritten,
          filesDeleted: outcome.filesDeleted,
          rowsRemoved: outcome.rowsRemoved,
          textsRemoved: outcome.textsRemoved,
        },
      },
      client,
    ),
  );
  return outcome;
}

/** Every organisation with lake files; retention runs per organisation. */
export async function organisationsWithLakeFiles(deps: LifecycleDeps): Promise<string[]> {
  const { rows } = await asLifecycle(deps, (client) =>
    client.query<{ org_id: string }>("SELECT DISTINCT org_id FROM cordon.lake_files ORDER BY org_id"),
  );
  return rows.map((row) => row.org_id);
}

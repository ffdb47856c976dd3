import { randomUUID } from "node:crypto";
import { asLifecycle, type LifecycleDeps, lifecycleActor } from "./deps.ts";

export interface SweepOutcome {
  objectsSeen: number;
  orphansDeleted: number;
  /** Orphans younger than the safety window: maybe a commit in flight, left alone. */
  orphansTooYoung: number;
}

/**
 * Deletes lake objects that no catalog row names, once older than the safety
 * window: a pipeline (or compaction) PUTs its file before the transaction
 * that catalogues it, so a young uncatalogued object may be a commit in
 * flight. What remains are files of a crashed writer whose records were
 * written again under the same name (or not at all), and old objects whose
 * compaction died before its delete step.
 */
export async function sweepOrphanObjects(
  deps: LifecycleDeps,
  options: { prefix: string; safetyWindowMs: number },
): Promise<SweepOutcome> {
  const outcome: SweepOutcome = { objectsSeen: 0, orphansDeleted: 0, orphansTooYoung: 0 };
  const cutoffMs = deps.now() - options.safetyWindowMs;
  let page: string[] = [];
  const flush = async () => {
    const keys = page;
    page = [];
    const { rows } = await asLifecycle(deps, (client) =>
      client.query<{ file_key: string }>("SELECT file_key FROM cordon.lake_files WHERE file_key = ANY($1)", [
        keys,
      ]),
    );
    const catalogued = new Set(rows.map((row) => row.file_key));
    for (const key of keys) {
      if (catalogued.has(key)) continue;
      const info = await deps.store.head(key);
      if (info === undefined) continue;
      if (info.lastModified.getTime() > cutoffMs) {
        outcome.orphansTooYoung += 1;
        continue;
      }
      await deps.store.delete(key);
      outcome.orphansDeleted += 1;
    }
  };
  for await (const key of deps.store.listKeys(options.prefix)) {
    outcome.objectsSeen += 1;
    page.push(key);
    if (page.length >= 500) await flush();
  }
  if (page.length > 0) await flush();
  if (outcome.orphansDeleted > 0) {
    await asLifecycle(deps, (client) =>
      deps.audit.append(
        {
          actor: lifecycleActor,
          action: "housekeeping.sweep",
          resource: { type: "lake", id: options.prefix },
          outcome: "allowed",
          requestId: randomUUID(),
          detail: { what: "orphan_objects", deleted: outcome.orphansDeleted, seen: outcome.objectsSeen },
        },
        client,
      ),
    );
  }
  return outcome;
}

/**
 * Deletes the gateway's batch-id ledger rows older than the idempotency
 * window: a retry of a batch that old can no longer come (collectors give
 * up sooner), so the row only costs space. Pending claims that old belong to
 * gateways long dead and go too.
 */
export async function expireIngestLedger(
  deps: LifecycleDeps,
  options: { olderThanMs: number },
): Promise<number> {
  const before = new Date(deps.now() - options.olderThanMs);
  return asLifecycle(deps, async (client) => {
    const deleted = await client.query("DELETE FROM cordon.ingest_batches WHERE claimed_at < $1", [before]);
    const count = deleted.rowCount ?? 0;
    if (count > 0) {
      await deps.audit.append(
        {
          actor: lifecycleActor,
          action: "housekeeping.sweep",
          resource: { type: "ingest_ledger", id: "ingest_batches" },
          outcome: "allowed",
          requestId: randomUUID(),
          detail: { what: "ingest_ledger", deleted: count },
        },
        client,
      );
    }
    return count;
  });
}

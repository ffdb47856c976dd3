import type { LifecycleConfig } from "./config.ts";
import type { LifecycleDeps } from "./deps.ts";
import { advanceErasures } from "./erasure.ts";
import { expireIngestLedger, sweepOrphanObjects } from "./housekeeping.ts";
import { rewrapSubjectKeys } from "./key-generations.ts";
import { type LifecycleQueue, lifecycleQueues } from "./queues.ts";
import { applyRetention, organisationsWithLakeFiles } from "./retention.ts";

/** One pass of a scheduled job; returns counts for the log, never content. */
export type LifecycleJob = (deps: LifecycleDeps) => Promise<Record<string, number>>;

/** The typed catalogue of scheduled jobs: queue → cron, what one pass does. */
export function lifecycleJobs(
  config: LifecycleConfig,
): Record<LifecycleQueue, { cron: string; run: LifecycleJob }> {
  return {
    [lifecycleQueues.erasures]: {
      cron: config.ERASURE_CRON,
      run: async (deps) => ({ ...(await advanceErasures(deps)) }),
    },
    [lifecycleQueues.retention]: {
      cron: config.RETENTION_CRON,
      run: async (deps) => {
        const totals = {
          orgs: 0,
          keysShredded: 0,
          filesRewritten: 0,
          filesDeleted: 0,
          rowsRemoved: 0,
          textsRemoved: 0,
          keysRewrapped: 0,
        };
        for (const org of await organisationsWithLakeFiles(deps)) {
          const outcome = await applyRetention(deps, org);
          totals.orgs += 1;
          for (const count of Object.values(outcome.keysShredded)) totals.keysShredded += count;
          totals.filesRewritten += outcome.filesRewritten;
          totals.filesDeleted += outcome.filesDeleted;
          totals.rowsRemoved += outcome.rowsRemoved;
          totals.textsRemoved += outcome.textsRemoved;
        }
        // After the shred, so keys about to die are not re-wrapped first.
        totals.keysRewrapped = await rewrapSubjectKeys(deps);
        return totals;
      },
    },
    [lifecycleQueues.housekeeping]: {
      cron: config.HOUSEKEEPING_CRON,
      run: async (deps) => {
        const sweep = await sweepOrphanObjects(deps, {
          prefix: config.LAKE_PREFIX,
          safetyWindowMs: config.ORPHAN_SAFETY_WINDOW_HOURS * 3_600_000,
        });
        const ledgerRowsDeleted = await expireIngestLedger(deps, {
          olderThanMs: config.INGEST_LEDGER_RETENTION_DAYS * 86_400_000,
        });
        return { ...sweep, ledgerRowsDeleted };
      },
    },
  };
}

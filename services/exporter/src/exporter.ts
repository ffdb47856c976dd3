import type { Pool } from "@cordon/db";
import { withIdentity } from "@cordon/db";
import { expireExport } from "./expire-export.ts";
import { type ExportRunDeps, type RunOutcome, runExport } from "./run-export.ts";

export interface ExporterOptions extends ExportRunDeps {
  pollMs: number;
  leaseSeconds: number;
  /** Failed runs of one export (crashes, not refusals) before it is given up as failed. */
  maxAttempts?: number;
}

/** The only identity that may claim across organisations: the claim functions check it. */
const claimIdentity = { principalId: "cordon-exporter", roles: ["exporter"] } as const;

type Claim = { exportId: string; orgId: string } | undefined;

async function claim(
  pool: Pool,
  fn: "claim_export_run" | "claim_export_expiry",
  worker: string,
  leaseSeconds: number,
) {
  return withIdentity(pool, claimIdentity, async (tx): Promise<Claim> => {
    const { rows } = await tx.query<{ export_id: string; org_id: string }>(
      `SELECT export_id, org_id FROM cordon.${fn}($1, $2)`,
      [worker, leaseSeconds],
    );
    const row = rows[0];
    return row === undefined ? undefined : { exportId: row.export_id, orgId: row.org_id };
  });
}

export interface Exporter {
  /** Runs one pass: at most one export run and one expiry. True when it did something. */
  runOnce(): Promise<boolean>;
  /** Polls until the signal aborts. */
  run(signal: AbortSignal): Promise<void>;
}

export function createExporter(options: ExporterOptions): Exporter {
  const maxAttempts = options.maxAttempts ?? 3;
  const { logger } = options;

  async function runClaimed(next: NonNullable<Claim>): Promise<RunOutcome> {
    try {
      return await runExport(options, next.exportId, next.orgId);
    } catch (error) {
      logger.error({ err: error, exportId: next.exportId }, "export run failed");
      // Give the claim back for another try, unless it has had its tries.
      await withIdentity(
        options.pool,
        { orgId: next.orgId, principalId: "cordon-exporter", roles: ["exporter"] },
        (tx) =>
          tx.query(
            `UPDATE cordon.exports
              SET status = CASE WHEN attempts >= $3 THEN 'failed' ELSE 'queued' END,
                  failure_code = CASE WHEN attempts >= $3 THEN 'internal' END, lease_until = NULL
            WHERE export_id = $1 AND claimed_by = $2 AND status = 'running'`,
            [next.exportId, options.workerId, maxAttempts],
          ),
      ).catch((releaseError: unknown) => logger.error({ err: releaseError }, "claim not released"));
      return { kind: "failed", code: "internal" };
    }
  }

  const exporter: Exporter = {
    async runOnce() {
      let worked = false;
      const runnable = await claim(options.pool, "claim_export_run", options.workerId, options.leaseSeconds);
      if (runnable !== undefined) {
        const outcome = await runClaimed(runnable);
        logger.info({ exportId: runnable.exportId, outcome: outcome.kind }, "export run");
        worked = true;
      }
      const expiring = await claim(
        options.pool,
        "claim_export_expiry",
        options.workerId,
        options.leaseSeconds,
      );
      if (expiring !== undefined) {
        await expireExport(options, expiring.exportId, expiring.orgId);
        logger.info({ exportId: expiring.exportId }, "export expired");
        worked = true;
      }
      return worked;
    },
    async run(signal) {
      while (!signal.aborted) {
        let worked = false;
        try {
          worked = await exporter.runOnce();
        } catch (error) {
          logger.error({ err: error }, "exporter pass failed");
        }
        if (!worked) await sleep(options.pollMs, signal);
      }
    },
  };
  return exporter;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

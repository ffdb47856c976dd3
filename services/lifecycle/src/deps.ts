import type { AuditLog } from "@cordon/audit";
import type { Pool, PoolClient, RequestIdentity } from "@cordon/db";
import { withIdentity } from "@cordon/db";
import type { KeyService } from "@cordon/key-service";
import type { SubjectKeyring } from "@cordon/lake";
import type { ObjectStore } from "@cordon/object-store";
import type { Logger } from "@cordon/observability";

/**
 * A point between two durable steps of an erasure or a compaction. Tests
 * pass a hook that SIGKILLs the process there, to show every step resumes.
 */
export const lifecycleSteps = [
  "erasure.recorded",
  "retention.shredded",
  "compaction.rewritten",
  "compaction.swapped",
  "compaction.deleted",
] as const;
export type LifecycleStep = (typeof lifecycleSteps)[number];

/** What every lifecycle job needs; built once in main.ts. */
export interface LifecycleDeps {
  /** The service's login: no table owned, no BYPASSRLS; identity `lifecycle` per transaction. */
  pool: Pool;
  keys: KeyService;
  store: ObjectStore;
  /** Keyring acting as role `lifecycle`: reads kept subjects' keys to re-seal their rows. */
  keyring: SubjectKeyring;
  audit: AuditLog;
  logger: Logger;
  /** Milliseconds now; tests move it. */
  now: () => number;
  /** Called after each durable step; a no-op in production. */
  afterStep?: (step: LifecycleStep) => Promise<void> | void;
}

/** The worker acts across organisations (a platform service), or within one when it names it. */
export function lifecycleIdentity(orgId?: string): RequestIdentity {
  return {
    ...(orgId === undefined ? {} : { orgId }),
    principalId: "lifecycle-worker",
    roles: ["lifecycle"],
  };
}

export function asLifecycle<T>(
  deps: Pick<LifecycleDeps, "pool">,
  work: (client: PoolClient) => Promise<T>,
  orgId?: string,
): Promise<T> {
  return withIdentity(deps.pool, lifecycleIdentity(orgId), work);
}

/** The actor of the worker's own audit records. */
export const lifecycleActor = { type: "service", id: "lifecycle-worker", authMethod: "service" } as const;

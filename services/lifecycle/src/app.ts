import { createAuditLog } from "@cordon/audit";
import type { Pool } from "@cordon/db";
import type { KeyService } from "@cordon/key-service";
import { createSubjectKeyring } from "@cordon/lake";
import type { ObjectStore } from "@cordon/object-store";
import type { Logger } from "@cordon/observability";
import type { LifecycleConfig } from "./config.ts";
import { type LifecycleDeps, type LifecycleStep, lifecycleIdentity } from "./deps.ts";

/** Wires the jobs' dependencies; main.ts and the tests both build them here. */
export function createLifecycleDeps(options: {
  config: Pick<LifecycleConfig, "KEY_CACHE_TTL_SECONDS">;
  pool: Pool;
  keys: KeyService;
  store: ObjectStore;
  logger: Logger;
  now?: () => number;
  afterStep?: (step: LifecycleStep) => Promise<void> | void;
}): LifecycleDeps {
  const now = options.now ?? Date.now;
  return {
    pool: options.pool,
    keys: options.keys,
    store: options.store,
    logger: options.logger,
    now,
    keyring: createSubjectKeyring({
      pool: options.pool,
      keys: options.keys,
      role: "lifecycle",
      cacheTtlMs: options.config.KEY_CACHE_TTL_SECONDS * 1000,
    }),
    audit: createAuditLog({ pool: options.pool, identity: lifecycleIdentity() }),
    ...(options.afterStep === undefined ? {} : { afterStep: options.afterStep }),
  };
}

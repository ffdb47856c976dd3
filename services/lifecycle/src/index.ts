export { createLifecycleDeps } from "./app.ts";
export { type CompactFileOutcome, type CompactFileRequest, compactFile } from "./compaction.ts";
export { type LifecycleConfig, lifecycleConfigSchema } from "./config.ts";
export { type LifecycleDeps, type LifecycleStep, lifecycleIdentity, lifecycleSteps } from "./deps.ts";
export {
  advanceErasures,
  type DeletionRecord,
  deletionRecordDigest,
  deletionRecordFormat,
  deletionRecordObjectKey,
} from "./erasure.ts";
export { expireIngestLedger, type SweepOutcome, sweepOrphanObjects } from "./housekeeping.ts";
export { type LifecycleJob, lifecycleJobs } from "./jobs.ts";
export { rewrapSubjectKeys } from "./key-generations.ts";
export { jobSchema, type LifecycleQueue, lifecycleQueues } from "./queues.ts";
export {
  applyRetention,
  type DataClass,
  defaultRetentionDays,
  eventClassOf,
  type RetentionOutcome,
  shredExpiredSubjectKeys,
} from "./retention.ts";
export { type LifecycleWorker, startLifecycleWorker } from "./worker.ts";

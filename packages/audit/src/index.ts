export { type AppendOptions, AuditWriteError, appendAuditRecord, auditWriterIdentity } from "./append.ts";
export {
  type CanonicalValue,
  canonicalAuditRecord,
  canonicalJson,
  chainHash,
  genesisHash,
  type HashedAuditRecord,
} from "./canonical.ts";
export {
  type AuditCheckpoint,
  type AuditCheckpointer,
  type AuditCheckpointerOptions,
  CheckpointConflictError,
  canonicalCheckpoint,
  checkpointFormat,
  checkpointHash,
  checkpointObjectKey,
  checkpointSignatureValid,
  createAuditCheckpointer,
  defaultCheckpointKeyPrefix,
  ensureAuditPartitions,
  type SignedAuditCheckpoint,
  signedCheckpointSchema,
} from "./checkpoint.ts";
export { type AuditLog, type AuditLogOptions, createAuditLog } from "./log.ts";
export {
  type AuditFilter,
  type AuditPage,
  type AuditPageRequest,
  auditRecordsAsNdjson,
  decodeCursor,
  encodeCursor,
  InvalidCursorError,
  queryAuditRecords,
  streamAuditRecords,
} from "./query.ts";
export {
  type ActorType,
  type AuditAction,
  type AuditDetail,
  type AuditOutcome,
  type AuditRecord,
  type AuditRecordInput,
  type AuthMethod,
  actorTypes,
  anonymousActorId,
  auditActions,
  auditDetailSchema,
  auditOutcomes,
  auditRecordInputSchema,
  authMethods,
  InvalidAuditRecordError,
  isAuditAction,
  parseAuditRecordInput,
} from "./record.ts";
export { type Refusal, RefusalAudit, type RefusalAuditOptions, type RefusedActor } from "./refusals.ts";
export {
  type AuditRecordRow,
  type Queryable,
  recordColumns as auditRecordColumns,
  recordFromRow as recordFromAuditRow,
} from "./rows.ts";
export {
  type AlertThreshold,
  type AuditAlert,
  type AuditAlertThresholds,
  type AuditSignals,
  type AuditSignalsOptions,
  createAuditSignals,
  defaultAuditAlertThresholds,
  SlidingWindow,
} from "./signals.ts";
export {
  type VerifyDeps,
  type VerifyFailureReason,
  type VerifyRange,
  type VerifyResult,
  verifyAuditChain,
} from "./verify.ts";

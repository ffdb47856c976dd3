export { buildControlApi, type ControlApiDeps } from "./app.ts";
export {
  type AuditAction,
  type AuditActor,
  type AuditEntry,
  type AuditSink,
  anonymousActor,
  auditLogSink,
  discardingAuditSink,
} from "./audit.ts";
export { type ControlApiConfig, controlApiConfigSchema } from "./config.ts";
export {
  type HumanTokenKeys,
  humanTokenKeysFromFile,
  humanTokenKeysFromUrl,
} from "./human-token-keys.ts";
export { type HumanRole, humanRoles, type Principal } from "./principal.ts";

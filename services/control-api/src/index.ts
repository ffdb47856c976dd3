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
export { builtConsoleDir, type ConsoleSettings } from "./console/serve-console.ts";
export {
  type HumanTokenKeys,
  humanTokenKeysFromFile,
  humanTokenKeysFromUrl,
} from "./human-token-keys.ts";
export { type HumanRole, humanRoles, type Principal } from "./principal.ts";
// For tests across services: an identity provider of the test's own.
export {
  createTestIssuer,
  type HumanTokenClaims,
  type TestIssuer,
  testAudience,
  testIssuerName,
} from "./testing/test-issuer.ts";

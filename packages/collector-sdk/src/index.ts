export { type BackoffPolicy, defaultBackoff, parseRetryAfter, retryDelayMs } from "./backoff.ts";
export {
  type CollectorClient,
  type CollectorClientOptions,
  type CollectorNotice,
  type CollectorStatus,
  createCollectorClient,
  type EventRejection,
  type RecordResult,
} from "./client.ts";
export type { Clock } from "./clock.ts";
export { systemClock } from "./clock.ts";
export {
  type CollectorConfig,
  type Exclusions,
  fallbackExclusions,
  isExcluded,
  parseCollectorConfig,
} from "./collector-config.ts";
export { GatewayRequestError } from "./gateway-answer.ts";

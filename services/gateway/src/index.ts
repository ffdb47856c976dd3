export { type CollectorExclusions, defaultCollectorExclusions } from "@cordon/events";
export { createGatewayApp, type GatewayAppOptions } from "./app.ts";
export {
  type CollectorTokenClaims,
  type CollectorTokenKey,
  collectorTokenAudience,
  collectorTokenKeyFromPem,
  loadCollectorTokenKey,
} from "./auth/collector-token.ts";
export { type GatewayConfig, gatewayConfigSchema } from "./config.ts";
export { createGatewayMetrics, type GatewayMetrics } from "./metrics.ts";

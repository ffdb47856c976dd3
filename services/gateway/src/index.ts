export { createGatewayApp, type GatewayAppOptions } from "./app.ts";
export {
  type CollectorTokenClaims,
  type CollectorTokenKey,
  collectorTokenAudience,
  collectorTokenKeyFromPem,
  loadCollectorTokenKey,
} from "./auth/collector-token.ts";
export { type GatewayConfig, gatewayConfigSchema } from "./config.ts";
export { type CollectorExclusions, defaultCollectorExclusions } from "./exclusions.ts";
export { createGatewayMetrics, type GatewayMetrics } from "./metrics.ts";

export { contentKeys, createLogger, type Logger, redactContent } from "./logger.ts";
export { Counter, createMetricsRegistry, Gauge, Histogram, type Registry } from "./metrics.ts";

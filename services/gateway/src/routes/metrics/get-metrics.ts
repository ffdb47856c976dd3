import type { FastifyInstance } from "fastify";
import type { GatewayMetrics } from "../../metrics.ts";

/** GET /metrics: Prometheus text exposition of this gateway instance's metrics. */
export function getMetricsRoute(app: FastifyInstance, options: { metrics: GatewayMetrics }): void {
  const { registry } = options.metrics;
  app.get("/metrics", async (_request, reply) => {
    void reply.header("content-type", registry.contentType);
    return registry.metrics();
  });
}

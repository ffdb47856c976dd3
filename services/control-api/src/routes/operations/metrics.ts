import type { Registry } from "@cordon/observability";
import type { RouteApp } from "../../route-deps.ts";

/** Prometheus scrape endpoint; keep it off the public network in production. */
export function metricsRoute(app: RouteApp, deps: { registry: Registry }): void {
  app.get(
    "/metrics",
    { schema: { summary: "Prometheus metrics", tags: ["operations"], security: [] } },
    async (_request, reply) => {
      const text = await deps.registry.metrics();
      return reply.header("content-type", deps.registry.contentType).send(text);
    },
  );
}

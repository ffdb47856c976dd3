import { HttpError } from "@cordon/http";
import type { FastifyInstance } from "fastify";
import type { ReadinessProbe } from "../../readiness.ts";

/** GET /readyz: 200 when Kafka, KMS and Postgres answer, else 503 naming which do not. */
export function getReadyzRoute(app: FastifyInstance, options: { readiness: ReadinessProbe }): void {
  app.get("/readyz", async () => {
    const report = await options.readiness.report();
    if (!report.ready) {
      throw new HttpError("dependency_unavailable", "a dependency is not answering", {
        details: { checks: report.checks },
        retryAfterSeconds: 1,
      });
    }
    return { status: "ready", checks: report.checks };
  });
}

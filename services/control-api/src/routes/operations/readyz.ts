import type { Pool } from "@cordon/db";
import { HttpError } from "@cordon/http";
import { z } from "zod";
import type { RouteApp } from "../../route-deps.ts";

/** Readiness: Postgres answers through the application role's pool. */
export function readyzRoute(app: RouteApp, deps: { pool: Pool }): void {
  app.get(
    "/readyz",
    {
      schema: {
        summary: "Readiness: Postgres is reachable",
        tags: ["operations"],
        security: [],
        response: { 200: z.object({ status: z.literal("ready") }) },
      },
    },
    async (request) => {
      try {
        await deps.pool.query("SELECT 1");
      } catch (error) {
        request.log.warn({ err: error }, "postgres unreachable");
        throw new HttpError("dependency_unavailable", "postgres is unreachable", { retryAfterSeconds: 5 });
      }
      return { status: "ready" as const };
    },
  );
}

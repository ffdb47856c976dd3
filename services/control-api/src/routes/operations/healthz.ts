import { z } from "zod";
import type { RouteApp } from "../../route-deps.ts";

/** Liveness: the process answers. Says nothing about Postgres (that is /readyz). */
export function healthzRoute(app: RouteApp): void {
  app.get(
    "/healthz",
    {
      schema: {
        summary: "Liveness",
        tags: ["operations"],
        security: [],
        response: { 200: z.object({ status: z.literal("ok") }) },
      },
    },
    async () => ({ status: "ok" as const }),
  );
}

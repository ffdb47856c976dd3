import { withIdentity } from "@cordon/db";
import { z } from "zod";
import { listPauses } from "../../db/pauses.ts";
import { identityOf } from "../../principal.ts";
import { humanTokenSecurity, type RouteApp, type RouteDeps } from "../../route-deps.ts";
import { pauseSchema } from "./pause-schema.ts";

const pauseList = z
  .object({ pauses: z.array(pauseSchema) })
  .describe("pauses in force that you may see: your organisation's, and the global one for security");

export function listPausesRoute(app: RouteApp, deps: RouteDeps): void {
  app.get(
    "/v1/admin/pause",
    {
      config: { allowedRoles: ["admin", "security", "platform_operator"] },
      schema: {
        summary: "List the ingestion pauses in force",
        tags: ["pause"],
        security: humanTokenSecurity,
        response: { 200: pauseList },
      },
    },
    async (request) => {
      const pauses = await withIdentity(deps.pool, identityOf(request.principal), listPauses);
      return { pauses };
    },
  );
}

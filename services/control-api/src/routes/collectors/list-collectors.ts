import { withIdentity } from "@cordon/db";
import { z } from "zod";
import { listCollectors } from "../../db/collectors.ts";
import { collectorIdSchema, subjectIdSchema } from "../../ids.ts";
import { identityOf } from "../../principal.ts";
import { humanTokenSecurity, type RouteApp, type RouteDeps } from "../../route-deps.ts";
import { collectorSchema } from "./collector-schema.ts";

const listQuery = z.strictObject({
  subjectId: subjectIdSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: collectorIdSchema.optional().describe("`nextCursor` of the previous page"),
});

const collectorPage = z
  .object({
    collectors: z.array(collectorSchema),
    nextCursor: collectorIdSchema.nullable().describe("pass as `cursor` for the next page; null on the last"),
  })
  .describe("collectors of the caller's organisation, newest first");

export function listCollectorsRoute(app: RouteApp, deps: RouteDeps): void {
  app.get(
    "/v1/collectors",
    {
      config: { allowedRoles: ["admin", "security"] },
      schema: {
        summary: "List the collectors of your organisation",
        tags: ["collectors"],
        security: humanTokenSecurity,
        querystring: listQuery,
        response: { 200: collectorPage },
      },
    },
    async (request) => {
      const { subjectId, limit, cursor } = request.query;
      const page = await withIdentity(deps.pool, identityOf(request.principal), (tx) =>
        listCollectors(tx, { subjectId, afterCollectorId: cursor, limit }),
      );
      const last = page.collectors.at(-1);
      return {
        collectors: page.collectors,
        nextCursor: page.hasMore && last !== undefined ? last.collectorId : null,
      };
    },
  );
}

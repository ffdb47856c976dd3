import { HttpError } from "@cordon/http";
import { z } from "zod";
import { runAudited } from "../../audited-action.ts";
import { revokeCollector } from "../../db/collectors.ts";
import { collectorIdSchema } from "../../ids.ts";
import { humanTokenSecurity, type RouteApp, type RouteDeps } from "../../route-deps.ts";
import { collectorSchema } from "./collector-schema.ts";

const revokeParams = z.strictObject({ id: collectorIdSchema });

/**
 * Revokes a collector: the gateway refuses its tokens from then on. Revoking
 * again answers the same revocation. A collector of another organisation is
 * invisible under row-level security, so it is answered like one that does
 * not exist.
 */
export function revokeCollectorRoute(app: RouteApp, deps: RouteDeps): void {
  app.post(
    "/v1/collectors/:id/revoke",
    {
      config: { allowedRoles: ["admin", "security"] },
      schema: {
        summary: "Revoke a collector (idempotent)",
        tags: ["collectors"],
        security: humanTokenSecurity,
        params: revokeParams,
        response: { 200: collectorSchema.describe("the revoked collector") },
      },
    },
    async (request) => {
      const principal = request.principal;
      const collectorId = request.params.id;
      // The outcome is recorded in the same transaction whether or not the
      // collector was found, so the transaction returns rather than throws.
      const revocation = await runAudited(deps, request, async (tx) => {
        const result = await revokeCollector(tx, collectorId, principal.id);
        return {
          value: result,
          audit: {
            action: "collector.revoke",
            resource: { type: "collector", id: collectorId },
            orgId: principal.orgId,
            ...(result === undefined
              ? { outcome: "failed" as const, reason: "not_found" }
              : { outcome: "allowed" as const, detail: { alreadyRevoked: result.alreadyRevoked } }),
          },
        };
      });
      if (revocation === undefined) throw new HttpError("not_found", "no such collector");
      return revocation.collector;
    },
  );
}

import { withIdentity } from "@cordon/db";
import { HttpError } from "@cordon/http";
import { z } from "zod";
import { actorOf } from "../../audit.ts";
import { revokeCollector } from "../../db/collectors.ts";
import { collectorIdSchema } from "../../ids.ts";
import { identityOf } from "../../principal.ts";
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
      const revocation = await withIdentity(deps.pool, identityOf(principal), async (tx) => {
        const result = await revokeCollector(tx, collectorId, principal.id);
        await deps.audit.record(
          {
            actor: actorOf(principal),
            action: "collector.revoke",
            resource: { type: "collector", id: collectorId },
            orgId: principal.orgId,
            ...(result === undefined ? { outcome: "failed", reason: "not_found" } : { outcome: "allowed" }),
            requestId: request.id,
            ...(result === undefined ? {} : { detail: { alreadyRevoked: result.alreadyRevoked } }),
          },
          tx,
        );
        return result;
      });
      if (revocation === undefined) throw new HttpError("not_found", "no such collector");
      return revocation.collector;
    },
  );
}

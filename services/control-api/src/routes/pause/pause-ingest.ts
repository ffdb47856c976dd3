import { HttpError } from "@cordon/http";
import { z } from "zod";
import { runAudited } from "../../audited-action.ts";
import { upsertPause } from "../../db/pauses.ts";
import { humanTokenSecurity, type RouteApp, type RouteDeps } from "../../route-deps.ts";
import {
  assertMayFlip,
  checkPauseTarget,
  pauseAuditTarget,
  pauseSchema,
  pauseTargetFields,
  pauseTargetOf,
  resolvePauseTarget,
} from "./pause-schema.ts";

const pauseBody = z
  .strictObject({
    ...pauseTargetFields,
    reason: z.string().min(1).max(500).describe("why, for the people who will ask"),
    retryAfterSeconds: z
      .number()
      .int()
      .min(1)
      .max(86_400)
      .default(60)
      .describe("how long collectors are told to wait before trying again"),
  })
  .superRefine(checkPauseTarget);

/**
 * Pauses ingestion for a scope: the gateway answers 503 with Retry-After and
 * collectors see it in their config. Pausing what is already paused updates
 * the reason and the retry hint.
 */
export function pauseIngestRoute(app: RouteApp, deps: RouteDeps): void {
  app.put(
    "/v1/admin/pause",
    {
      config: { allowedRoles: ["admin", "security", "platform_operator"] },
      schema: {
        summary: "Pause ingestion globally (platform operator), for your organisation, or for one collector",
        tags: ["pause"],
        security: humanTokenSecurity,
        body: pauseBody,
        response: { 200: pauseSchema.describe("the pause now in force") },
      },
    },
    async (request) => {
      const principal = request.principal;
      const target = pauseTargetOf(request.body);
      assertMayFlip(principal, target);
      const pause = await runAudited(deps, request, async (tx) => {
        const resolved = await resolvePauseTarget(tx, principal, target);
        const written =
          resolved === undefined
            ? undefined
            : await upsertPause(tx, {
                ...resolved,
                reason: request.body.reason,
                retryAfterSeconds: request.body.retryAfterSeconds,
                pausedBy: principal.id,
              });
        return {
          value: written,
          audit: {
            action: "ingest.pause",
            ...pauseAuditTarget(resolved, principal, request.body.collectorId),
            ...(written === undefined
              ? { outcome: "failed" as const, reason: "not_found" }
              : { outcome: "allowed" as const, detail: { retryAfterSeconds: written.retryAfterSeconds } }),
          },
        };
      });
      if (pause === undefined) throw new HttpError("not_found", "no such collector");
      return pause;
    },
  );
}

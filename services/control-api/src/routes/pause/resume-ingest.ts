import { HttpError } from "@cordon/http";
import { z } from "zod";
import { runAudited } from "../../audited-action.ts";
import { deletePause } from "../../db/pauses.ts";
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

const resumeBody = z.strictObject(pauseTargetFields).superRefine(checkPauseTarget);

const resumed = z
  .object({
    resumed: z.boolean().describe("false when the scope was not paused"),
    pause: pauseSchema.nullable().describe("the pause that was lifted"),
  })
  .describe("ingestion for the scope runs again");

/** Resumes ingestion for a scope. Resuming what is not paused is not an error. */
export function resumeIngestRoute(app: RouteApp, deps: RouteDeps): void {
  app.delete(
    "/v1/admin/pause",
    {
      config: { allowedRoles: ["admin", "security", "platform_operator"] },
      schema: {
        summary: "Resume ingestion for a scope",
        tags: ["pause"],
        security: humanTokenSecurity,
        body: resumeBody,
        response: { 200: resumed },
      },
    },
    async (request) => {
      const principal = request.principal;
      const target = pauseTargetOf(request.body);
      assertMayFlip(principal, target);
      const outcome = await runAudited(deps, request, async (tx) => {
        const resolved = await resolvePauseTarget(tx, principal, target);
        const lifted =
          resolved === undefined ? undefined : await deletePause(tx, resolved.scope, resolved.scopeId);
        return {
          value:
            resolved === undefined ? undefined : { resumed: lifted !== undefined, pause: lifted ?? null },
          audit: {
            action: "ingest.resume",
            ...pauseAuditTarget(resolved, principal, request.body.collectorId),
            ...(resolved === undefined
              ? { outcome: "failed" as const, reason: "not_found" }
              : { outcome: "allowed" as const, detail: { wasPaused: lifted !== undefined } }),
          },
        };
      });
      if (outcome === undefined) throw new HttpError("not_found", "no such collector");
      return outcome;
    },
  );
}

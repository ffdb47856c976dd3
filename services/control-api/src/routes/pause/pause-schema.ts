import type { PoolClient } from "@cordon/db";
import { HttpError } from "@cordon/http";
import { z } from "zod";
import { findCollector } from "../../db/collectors.ts";
import type { PauseScope } from "../../db/pauses.ts";
import { collectorIdSchema } from "../../ids.ts";
import { hasRole, orgOf, type Principal, platformOperatorRole } from "../../principal.ts";

/** Which switch: everything, the caller's organisation, or one collector of it. */
export type PauseTarget =
  | { scope: "global" }
  | { scope: "org" }
  | { scope: "collector"; collectorId: string };

/** The fields of a request body that name a switch; `collectorId` only, and always, for scope collector. */
export const pauseTargetFields = {
  scope: z.enum(["global", "org", "collector"]),
  collectorId: collectorIdSchema.optional().describe("required when scope is collector"),
};

export function checkPauseTarget(
  body: { scope: PauseScope; collectorId?: string | undefined },
  context: z.RefinementCtx,
): void {
  if ((body.scope === "collector") !== (body.collectorId !== undefined)) {
    context.addIssue({
      code: "custom",
      path: ["collectorId"],
      message: "collectorId is required for scope collector and not allowed otherwise",
    });
  }
}

export function pauseTargetOf(body: { scope: PauseScope; collectorId?: string | undefined }): PauseTarget {
  if (body.scope === "collector" && body.collectorId !== undefined) {
    return { scope: "collector", collectorId: body.collectorId };
  }
  return body.scope === "global" ? { scope: "global" } : { scope: "org" };
}

export const pauseSchema = z.object({
  scope: z.enum(["global", "org", "collector"]),
  scopeId: z.string().describe("'' for global, the org id for org, the collector id for collector"),
  orgId: z.string().nullable(),
  reason: z.string(),
  retryAfterSeconds: z.number().int(),
  pausedAt: z.iso.datetime(),
  pausedBy: z.string(),
});

/** How a pause switch is named in audit records. */
export function pauseResourceId(scope: PauseScope, scopeId: string): string {
  return scope === "global" ? "global" : `${scope}:${scopeId}`;
}

/**
 * The row a target names, for this caller. Only the platform operator may flip the global
 * switch; org and collector switches belong to the caller's own organisation,
 * and a collector the caller cannot see (another org's) is not found.
 * Row-level security enforces the same again in Postgres.
 */
export async function resolvePauseTarget(
  tx: PoolClient,
  principal: Principal,
  target: PauseTarget,
): Promise<{ scope: PauseScope; scopeId: string; orgId: string | null } | undefined> {
  switch (target.scope) {
    case "global":
      return { scope: "global", scopeId: "", orgId: null };
    case "org":
      return { scope: "org", scopeId: orgOf(principal), orgId: orgOf(principal) };
    case "collector": {
      const collector = await findCollector(tx, target.collectorId);
      if (collector === undefined) return undefined;
      return { scope: "collector", scopeId: collector.collectorId, orgId: collector.orgId };
    }
  }
}

type ResolvedPauseTarget = Awaited<ReturnType<typeof resolvePauseTarget>>;

/**
 * What the audit record of a pause or resume names: the switch, and the
 * organisation it belongs to — the asked-for collector id when it was not
 * found, so a refused attempt is still attributable.
 */
export function pauseAuditTarget(
  resolved: ResolvedPauseTarget,
  principal: Principal,
  requestedCollectorId: string | undefined,
): { resource: { type: "ingest_pause"; id: string }; orgId: string | undefined } {
  return {
    resource: {
      type: "ingest_pause",
      id:
        resolved === undefined
          ? pauseResourceId("collector", requestedCollectorId ?? "")
          : pauseResourceId(resolved.scope, resolved.scopeId),
    },
    orgId: resolved?.orgId ?? principal.orgId,
  };
}

/**
 * Refuses the global switch to anyone but the platform operator, and an
 * organisation's switches to anyone outside it, before any transaction starts.
 */
export function assertMayFlip(principal: Principal, target: PauseTarget): void {
  if (target.scope === "global" && !hasRole(principal, platformOperatorRole)) {
    throw new HttpError("forbidden", "only the platform operator may pause or resume all ingestion");
  }
  if (target.scope !== "global" && principal.orgId === undefined) {
    throw new HttpError("forbidden", "only the organisation's own staff may pause or resume its ingestion");
  }
}

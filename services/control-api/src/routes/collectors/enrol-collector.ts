import { randomUUID } from "node:crypto";
import { generateCollectorSecret, hashCollectorSecret } from "@cordon/collector-credentials";
import { z } from "zod";
import { runAudited } from "../../audited-action.ts";
import { insertCollector } from "../../db/collectors.ts";
import { collectorIdSchema, subjectIdSchema } from "../../ids.ts";
import { orgOf } from "../../principal.ts";
import { humanTokenSecurity, type RouteApp, type RouteDeps } from "../../route-deps.ts";

const enrolBody = z.strictObject({
  subjectId: subjectIdSchema,
  label: z.string().min(1).max(200).optional().describe("a name for people, e.g. the laptop's asset tag"),
});

const enrolled = z
  .object({
    collectorId: collectorIdSchema,
    clientSecret: z.string().describe("shown in this response only; Cordon keeps only a keyed hash of it"),
    subjectId: subjectIdSchema,
    orgId: z.string(),
    label: z.string().nullable(),
  })
  .describe("the new collector's client credentials");

/**
 * Enrols a collector for one subject of the caller's organisation. The
 * organisation comes from the admin's token, never from the body.
 */
export function enrolCollectorRoute(app: RouteApp, deps: RouteDeps): void {
  app.post(
    "/v1/collectors",
    {
      config: { allowedRoles: ["admin"] },
      schema: {
        summary: "Enrol a collector for a subject; returns its client secret once",
        tags: ["collectors"],
        security: humanTokenSecurity,
        body: enrolBody,
        response: { 201: enrolled },
      },
    },
    async (request, reply) => {
      const principal = request.principal;
      const collectorId = randomUUID();
      const clientSecret = generateCollectorSecret();
      const secretHash = hashCollectorSecret(clientSecret, deps.collectorSecretPepper);
      const collector = await runAudited(deps, request, async (tx) => {
        const inserted = await insertCollector(tx, {
          collectorId,
          orgId: orgOf(principal),
          subjectId: request.body.subjectId,
          label: request.body.label ?? null,
          secretHash,
          enrolledBy: principal.id,
        });
        return {
          value: inserted,
          audit: {
            action: "collector.enrol",
            resource: { type: "collector", id: collectorId },
            orgId: orgOf(principal),
            outcome: "allowed",
            detail: { subjectId: inserted.subjectId },
          },
        };
      });
      return reply.status(201).header("cache-control", "no-store").send({
        collectorId: collector.collectorId,
        clientSecret,
        subjectId: collector.subjectId,
        orgId: collector.orgId,
        label: collector.label,
      });
    },
  );
}

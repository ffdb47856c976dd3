import { randomUUID } from "node:crypto";
import {
  type ExportPlan,
  exportRequestSchema,
  type FieldRefusal,
  planExport,
  savePlannedSelection,
} from "@cordon/export-plan";
import { type ErrorCode, HttpError } from "@cordon/http";
import { runAudited } from "../../audited-action.ts";
import { type ExportRecord, insertExport } from "../../db/exports.ts";
import { orgOf } from "../../principal.ts";
import { humanTokenSecurity, type RouteApp, type RouteDeps } from "../../route-deps.ts";
import { planAnswerSchema } from "./export-schema.ts";
import { exportView, planView } from "./export-view.ts";

type Outcome =
  | { ok: true; plan: ExportPlan; record: ExportRecord | undefined }
  | { ok: false; code: ErrorCode; message: string; fieldsRefused?: FieldRefusal[] };

/**
 * Plans an export under the requester's identity and, unless it is a dry
 * run, records it: queued, or waiting for a steward when it includes
 * restricted fields or tiers. Every plan and refusal is audited under the
 * export's id, in the same transaction as the export row.
 */
export function requestExportRoute(app: RouteApp, deps: RouteDeps): void {
  app.post(
    "/v1/exports",
    {
      config: { allowedRoles: ["ml_engineer"] },
      schema: {
        summary: "Plan an export (dryRun) or ask for one",
        tags: ["exports"],
        security: humanTokenSecurity,
        body: exportRequestSchema,
        response: { 200: planAnswerSchema, 201: planAnswerSchema },
      },
    },
    async (request, reply) => {
      const principal = request.principal;
      const body = request.body;
      const exportId = randomUUID();
      const outcome = await runAudited(deps, request, async (tx) => {
        const planned = await planExport(tx, body);
        let result: Outcome;
        if (!planned.ok) {
          result = {
            ok: false,
            code: planned.code,
            message: planned.message,
            ...(planned.fieldsRefused === undefined ? {} : { fieldsRefused: planned.fieldsRefused }),
          };
        } else if (!body.dryRun && planned.plan.fieldsRefused.length > 0) {
          result = {
            ok: false,
            code: "field_not_granted",
            message: "some requested fields are not granted for this purpose; see details",
            fieldsRefused: planned.plan.fieldsRefused,
          };
        } else if (body.dryRun) {
          result = { ok: true, plan: planned.plan, record: undefined };
        } else {
          const record = await insertExport(tx, {
            exportId,
            orgId: orgOf(principal),
            requesterId: principal.id,
            requesterRoles: principal.roles,
            requestedCategories: body.fields,
            filter: body.filter,
            plan: planned.plan,
          });
          await savePlannedSelection(tx, orgOf(principal), exportId, planned.plan);
          result = { ok: true, plan: planned.plan, record };
        }
        return {
          value: result,
          audit: {
            action: body.dryRun ? "export.plan" : "export.request",
            resource: { type: "export", id: exportId },
            orgId: orgOf(principal),
            purpose: body.purpose,
            ...(result.ok
              ? {
                  outcome: "allowed",
                  policyVersion: `policy-${result.plan.policyVersion}`,
                  detail: {
                    dryRun: body.dryRun,
                    rows: result.plan.counts.rows,
                    subjects: result.plan.counts.subjects,
                    files: result.plan.counts.files,
                    fields: result.plan.fieldsGranted.join(","),
                    grants: result.plan.grantVersions
                      .map((g) => `${g.grantId}@${g.version}`)
                      .join(",")
                      .slice(0, 200),
                    needsApproval: result.plan.needsApproval,
                  },
                }
              : {
                  outcome: "denied",
                  reason: result.code,
                  detail: {
                    dryRun: body.dryRun,
                    refusedFields: (result.fieldsRefused ?? [])
                      .map((f) => `${f.field}:${f.reason}`)
                      .join(","),
                  },
                }),
          },
        };
      });
      if (!outcome.ok) {
        throw new HttpError(outcome.code, outcome.message, {
          ...(outcome.fieldsRefused === undefined
            ? {}
            : { details: { fieldsRefused: outcome.fieldsRefused } }),
        });
      }
      const answer = {
        dryRun: body.dryRun,
        plan: planView(outcome.plan),
        export: outcome.record === undefined ? null : exportView(outcome.record),
      };
      return reply.code(body.dryRun ? 200 : 201).send(answer);
    },
  );
}

import { type ErrorCode, HttpError } from "@cordon/http";
import type { FastifyRequest } from "fastify";
import { runAudited } from "../../audited-action.ts";
import { decideExport, type ExportRecord, findExport } from "../../db/exports.ts";
import type { RouteDeps } from "../../route-deps.ts";

type Decision = { kind: "approve"; planHash: string } | { kind: "deny"; reason: string };
type Outcome = { ok: true; record: ExportRecord } | { ok: false; code: ErrorCode; message: string };

/**
 * A steward's approval or denial. The steward must be of the export's
 * organisation (another organisation's export is invisible: not_found) and
 * must not be its requester; an approval names the plan hash the steward saw,
 * and a plan that changed since is not approved. Row-level security enforces
 * the same rules on the update. Refusals are audited under the export's id.
 */
export async function decideExportAs(
  deps: RouteDeps,
  request: FastifyRequest,
  exportId: string,
  decision: Decision,
) {
  const principal = request.principal;
  const outcome = await runAudited(deps, request, async (tx) => {
    const existing = await findExport(tx, exportId);
    let result: Outcome;
    if (existing === undefined) result = { ok: false, code: "not_found", message: "no such export" };
    else if (existing.requesterId === principal.id) {
      result = { ok: false, code: "self_approval_forbidden", message: "nobody decides their own export" };
    } else if (existing.status !== "pending_approval") {
      result = {
        ok: false,
        code: "conflict",
        message: `the export is ${existing.status}, not waiting for a decision`,
      };
    } else if (decision.kind === "approve" && existing.planHash !== decision.planHash) {
      result = {
        ok: false,
        code: "plan_changed",
        message: "the plan changed since you saw it; read it again",
      };
    } else {
      const decided = await decideExport(tx, { exportId, stewardId: principal.id, ...decision });
      result =
        decided === undefined
          ? { ok: false, code: "conflict", message: "the export changed meanwhile" }
          : { ok: true, record: decided };
    }
    return {
      value: result,
      audit: {
        action: decision.kind === "approve" ? "export.approve" : "export.deny",
        resource: { type: "export", id: exportId },
        orgId: principal.orgId,
        ...(existing === undefined
          ? {}
          : { purpose: existing.purpose, policyVersion: `policy-${existing.plan.policyVersion}` }),
        ...(result.ok
          ? { outcome: "allowed" }
          : {
              outcome: result.code === "not_found" || result.code === "conflict" ? "failed" : "denied",
              reason: result.code,
            }),
        ...(existing === undefined ? {} : { detail: { planHash: existing.planHash } }),
      },
    };
  });
  if (!outcome.ok) throw new HttpError(outcome.code, outcome.message);
  return outcome.record;
}

import { type AuditRecord, type VerifyDeps, verifyAuditChain } from "@cordon/audit";
import { withIdentity } from "@cordon/db";
import { HttpError } from "@cordon/http";
import { z } from "zod";
import { runAudited } from "../../audited-action.ts";
import { accessReportRecords } from "../../db/access-report.ts";
import { exportsIncludingSubject } from "../../db/subject-exports.ts";
import { subjectIdSchema } from "../../ids.ts";
import { hasRole, identityOf, orgOf } from "../../principal.ts";
import { humanTokenSecurity, type RouteApp, type RouteDeps } from "../../route-deps.ts";

const reportParams = z.strictObject({ subjectId: subjectIdSchema });

const reportEntry = z.object({
  sequence: z.int().describe("the record's place in the access log"),
  time: z.string(),
  action: z
    .string()
    .describe("e.g. export.request, export.approve, data.decrypt, export.download, consent.change"),
  outcome: z.enum(["allowed", "denied", "failed"]),
  actor: z.object({ type: z.string(), id: z.string() }).describe("who did it"),
  purpose: z.string().nullable(),
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  hash: z.string().describe("the record's chain hash, for citing it"),
});

const accessReport = z.object({
  orgId: z.string(),
  subjectId: subjectIdSchema,
  generatedAt: z.iso.datetime(),
  about: z.array(reportEntry).describe("records about the subject: consent, erasure, earlier reports"),
  exports: z
    .array(
      z.object({
        exportId: z.string(),
        records: z
          .array(reportEntry)
          .describe("request, plan, approval, decrypts and downloads of the export"),
      }),
    )
    .describe("every export whose plan included the subject"),
  truncated: z.boolean(),
  verification: z
    .object({
      ok: z.boolean(),
      from: z.int().nullable(),
      to: z.int().nullable(),
      checked: z.int(),
      reason: z.string().nullable(),
      firstBadSequence: z.int().nullable(),
    })
    .describe("the hash chain and signed checkpoints over the segment of the log these records sit in"),
});

function toEntry(record: AuditRecord): z.infer<typeof reportEntry> {
  return {
    sequence: record.sequence,
    time: record.time,
    action: record.action,
    outcome: record.outcome,
    actor: { type: record.actor.type, id: record.actor.id },
    purpose: record.purpose ?? null,
    detail: record.detail ?? {},
    hash: record.hash,
  };
}

export interface AccessReportRouteDeps extends RouteDeps {
  verification: VerifyDeps;
}

/**
 * The subject's access report: every export that included them (request,
 * plan, approval, decrypts, downloads: when, who, purpose, categories) and
 * the records about them, with the verdict of the access log's chain over
 * the segment those records sit in. The records are read under the caller's
 * identity (a subject sees only theirs); the segment is verified under the
 * narrow `audit_verifier` role, which returns only the verdict, so the
 * subject never sees another record or another person's id.
 */
export function accessReportRoute(app: RouteApp, deps: AccessReportRouteDeps): void {
  app.get(
    "/v1/subjects/:subjectId/access-report",
    {
      config: { allowedRoles: ["subject", "security"] },
      schema: {
        summary:
          "Who read a subject's data: every export that included them, verified against the access log",
        tags: ["subjects"],
        security: humanTokenSecurity,
        params: reportParams,
        response: { 200: accessReport },
      },
    },
    async (request) => {
      const principal = request.principal;
      const { subjectId } = request.params;
      if (!hasRole(principal, "security") && principal.id !== subjectId) {
        throw new HttpError("forbidden", "you may only see your own access report");
      }
      const { records, truncated } = await withIdentity(deps.pool, identityOf(principal), async (tx) => {
        const exportIds = await exportsIncludingSubject(tx, subjectId);
        return accessReportRecords(tx, orgOf(principal), subjectId, exportIds);
      });
      const first = records[0];
      const last = records.at(-1);
      const verdict =
        first === undefined || last === undefined
          ? undefined
          : await withIdentity(deps.pool, { principalId: "access-report", roles: ["audit_verifier"] }, (tx) =>
              verifyAuditChain(tx, deps.verification, { from: first.sequence, to: last.sequence }),
            );
      const exports = new Map<string, AuditRecord[]>();
      const about: AuditRecord[] = [];
      const ownPseudonym = deps.pseudonymize(orgOf(principal), subjectId);
      for (const record of records) {
        // A decrypt record names one subject's pseudonym: the report keeps the
        // subject's own and leaves out everyone else's.
        const named = record.detail?.subjectPseudonym;
        if (typeof named === "string" && named !== ownPseudonym) continue;
        if (record.resource.type === "export") {
          const list = exports.get(record.resource.id) ?? [];
          list.push(record);
          exports.set(record.resource.id, list);
        } else about.push(record);
      }
      const report = {
        orgId: orgOf(principal),
        subjectId,
        generatedAt: new Date().toISOString(),
        about: about.map(toEntry),
        exports: [...exports].map(([exportId, list]) => ({ exportId, records: list.map(toEntry) })),
        truncated,
        verification:
          verdict === undefined
            ? { ok: true, from: null, to: null, checked: 0, reason: null, firstBadSequence: null }
            : verdict.ok
              ? {
                  ok: true,
                  from: verdict.from,
                  to: verdict.to,
                  checked: verdict.checked,
                  reason: null,
                  firstBadSequence: null,
                }
              : {
                  ok: false,
                  from: first?.sequence ?? null,
                  to: last?.sequence ?? null,
                  checked: verdict.checked,
                  reason: verdict.reason,
                  firstBadSequence: verdict.firstBadSequence,
                },
      };
      // Recorded under the caller's identity, as the access log binds each record to it.
      await runAudited(deps, request, async () => ({
        value: undefined,
        audit: {
          action: "subject.access_report",
          resource: { type: "subject", id: subjectId },
          orgId: orgOf(principal),
          outcome: "allowed",
          detail: {
            exports: report.exports.length,
            records: records.length,
            verified: report.verification.ok,
          },
        },
      }));
      return report;
    },
  );
}

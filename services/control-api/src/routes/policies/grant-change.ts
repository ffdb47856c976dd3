import { HttpError } from "@cordon/http";
import type { FastifyRequest } from "fastify";
import { runAudited } from "../../audited-action.ts";
import {
  findGrant,
  type GrantRecord,
  type GrantTerms,
  insertGrantVersion,
  termsOf,
} from "../../db/grants.ts";
import { orgOf } from "../../principal.ts";
import type { RouteDeps } from "../../route-deps.ts";

type GrantChange =
  | { kind: "create"; grantId: string; terms: GrantTerms }
  | { kind: "change"; grantId: string; terms: GrantTerms }
  | { kind: "revoke"; grantId: string };

type Outcome =
  | { ok: true; grant: GrantRecord }
  | { ok: false; code: "not_found" | "self_grant_forbidden" | "conflict"; message: string };

/**
 * Writes one new version of a grant and its `policy.change` record in one
 * transaction. A steward never grants to themselves (their own id or a role
 * they hold): refused here with a clear code, and by row-level security
 * should this check ever be bypassed. Refusals are audited too; the
 * transaction returns them rather than throwing so their record commits.
 */
export async function changeGrant(
  deps: RouteDeps,
  request: FastifyRequest,
  change: GrantChange,
): Promise<GrantRecord> {
  const principal = request.principal;
  const outcome = await runAudited(deps, request, async (tx) => {
    const existing = change.kind === "create" ? undefined : await findGrant(tx, change.grantId);
    let result: Outcome;
    if (change.kind !== "create" && existing === undefined) {
      result = { ok: false, code: "not_found", message: "no such grant" };
    } else {
      const terms = change.kind === "revoke" ? termsOf(existing as GrantRecord) : change.terms;
      const selfGrant =
        (terms.grantee.type === "principal" && terms.grantee.id === principal.id) ||
        (terms.grantee.type === "role" && (principal.roles as readonly string[]).includes(terms.grantee.id));
      if (selfGrant && change.kind !== "revoke") {
        result = {
          ok: false,
          code: "self_grant_forbidden",
          message: "nobody grants to themselves or a role they hold",
        };
      } else {
        result = await insertVersion(tx, {
          grantId: change.grantId,
          orgId: orgOf(principal),
          terms,
          revoked: change.kind === "revoke",
          changedBy: principal.id,
        });
      }
    }
    return {
      value: result,
      audit: {
        action: "policy.change",
        resource: { type: "policy", id: change.grantId },
        orgId: orgOf(principal),
        ...(result.ok
          ? { outcome: "allowed" as const, policyVersion: `policy-${result.grant.policyVersion}` }
          : {
              outcome: result.code === "self_grant_forbidden" ? ("denied" as const) : ("failed" as const),
              reason: result.code,
            }),
        detail: {
          change: change.kind,
          ...(result.ok
            ? {
                grantVersion: result.grant.version,
                granteeType: result.grant.grantee.type,
                grantee: result.grant.grantee.id,
                fields: result.grant.fields.join(","),
                maxTier: result.grant.maxTier,
                purposes: result.grant.purposes.join(","),
              }
            : {}),
        },
      },
    };
  });
  if (!outcome.ok) throw new HttpError(outcome.code, outcome.message);
  return outcome.grant;
}

async function insertVersion(
  tx: Parameters<typeof insertGrantVersion>[0],
  grant: Parameters<typeof insertGrantVersion>[1],
): Promise<Outcome> {
  // A concurrent change of the same grant or organisation takes the same
  // version number; the savepoint keeps the transaction usable for the audit record.
  await tx.query("SAVEPOINT grant_version");
  try {
    const inserted = await insertGrantVersion(tx, grant);
    await tx.query("RELEASE SAVEPOINT grant_version");
    return { ok: true, grant: inserted };
  } catch (error) {
    await tx.query("ROLLBACK TO SAVEPOINT grant_version");
    if ((error as { code?: string }).code === "23505") {
      return { ok: false, code: "conflict", message: "the grant changed meanwhile; try again" };
    }
    throw error;
  }
}

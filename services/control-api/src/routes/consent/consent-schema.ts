import { HttpError } from "@cordon/http";
import { z } from "zod";
import { subjectIdSchema } from "../../ids.ts";
import { hasRole, type Principal } from "../../principal.ts";

export const consentParams = z.strictObject({ subjectId: subjectIdSchema });

export const consentSchema = z.object({
  orgId: z.string(),
  subjectId: subjectIdSchema,
  optedOut: z.boolean().describe("true: the gateway refuses this subject's events"),
  changedAt: z.iso.datetime().nullable().describe("null when the flag was never set"),
  changedBy: z.string().nullable(),
});

/**
 * Admins and security manage the consent of their organisation's subjects;
 * a subject manages only their own. Row-level security enforces the same.
 */
export function assertMayManageConsent(principal: Principal, subjectId: string): void {
  if (hasRole(principal, "admin", "security")) return;
  if (hasRole(principal, "subject") && principal.id === subjectId) return;
  throw new HttpError("forbidden", "you may only see or change your own consent");
}

import { HttpError } from "@cordon/http";
import { z } from "zod";
import { subjectIdSchema } from "../../ids.ts";
import { hasRole, type Principal } from "../../principal.ts";

export const erasureParams = z.strictObject({ subjectId: subjectIdSchema });

export const erasureSchema = z.object({
  erasureId: z.uuid(),
  orgId: z.string(),
  subjectId: subjectIdSchema,
  state: z
    .enum(["keys_destroyed", "recorded", "compacted"])
    .describe(
      "keys_destroyed: nothing of the subject decrypts any more; recorded: the signed deletion record is stored; compacted: no lake file holds their rows",
    ),
  requestedAt: z.iso.datetime(),
  requestedBy: z.string(),
  keysDestroyed: z.int().describe("subject data keys destroyed (one per category and key version)"),
  recordedAt: z.iso.datetime().nullable(),
  deletionRecordObjectKey: z.string().nullable().describe("where the signed deletion record is kept"),
  filesCompacted: z.int(),
  compactedAt: z.iso.datetime().nullable(),
});

/**
 * A subject asks for their own erasure; admin and security (the privacy
 * office) act for a subject of their organisation.
 */
export function assertMayErase(principal: Principal, subjectId: string): void {
  if (hasRole(principal, "admin", "security")) return;
  if (hasRole(principal, "subject") && principal.id === subjectId) return;
  throw new HttpError("forbidden", "you may only ask for your own erasure");
}

import { z } from "zod";
import { collectorIdSchema, subjectIdSchema } from "../../ids.ts";

/** A collector as the API shows it; there is no field that could carry its secret or hash. */
export const collectorSchema = z.object({
  collectorId: collectorIdSchema,
  orgId: z.string(),
  subjectId: subjectIdSchema,
  label: z.string().nullable(),
  enrolledAt: z.iso.datetime(),
  enrolledBy: z.string(),
  revokedAt: z.iso.datetime().nullable(),
  revokedBy: z.string().nullable(),
});

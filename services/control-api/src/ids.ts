import { z } from "zod";

/**
 * A subject (employee) id as the organisation's directory spells it. Kept to
 * a plain character set: it ends up in audit records, Kafka keys and paths.
 */
export const subjectIdSchema = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9._@:+-]+$/, "may hold letters, digits and . _ @ : + - only")
  .describe("the data subject (employee) id");

/** A collector id, which is also its OAuth-style client id. */
export const collectorIdSchema = z.uuid().describe("collector id (its client id)");

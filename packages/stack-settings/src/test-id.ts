import { randomBytes } from "node:crypto";

/**
 * A name no other test file running in parallel will pick: lower-case, safe as
 * a Postgres identifier, a Kafka topic and an S3 key segment.
 */
export function testId(label: string): string {
  const clean = label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .slice(0, 24);
  return `t_${clean}_${randomBytes(5).toString("hex")}`;
}

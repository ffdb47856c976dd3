/**
 * The one shape of an organisation id, at every boundary that takes one (a
 * human token's `org` claim, the database's CHECK constraints, the pipeline
 * before it buffers a record): it becomes an S3 key segment and a Hive
 * partition value of the lake, so no `/`, `=`, spaces or anything else. One
 * malformed id accepted upstream used to stop a pipeline partition for every
 * tenant at flush time. migrations/0012_org_id_shape.sql holds the same pattern.
 */
export const orgIdPattern = /^[A-Za-z0-9_.-]{1,128}$/;

export function isOrgId(value: string): boolean {
  return orgIdPattern.test(value);
}

/** Collector ids are UUIDs (the control API makes them); anything else cannot be enrolled and is not worth a query. */
export const collectorIdPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isCollectorId(value: string): boolean {
  return collectorIdPattern.test(value);
}

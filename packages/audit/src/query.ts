import { type Pool, type RequestIdentity, withIdentity } from "@cordon/db";
import type { ActorType, AuditAction, AuditOutcome, AuditRecord } from "./record.ts";
import { type AuditRecordRow, type Queryable, recordColumns, recordFromRow, toSequence } from "./rows.ts";

/** What a security analyst narrows the log to; every field is optional and they combine with AND. */
export interface AuditFilter {
  actorType?: ActorType;
  actorId?: string;
  actions?: readonly AuditAction[];
  resourceType?: string;
  resourceId?: string;
  outcome?: AuditOutcome;
  /** Inclusive. */
  from?: Date;
  /** Exclusive. */
  to?: Date;
  /**
   * Free text over ids: records whose actor id, resource id or request id
   * starts with it. A prefix (not a substring) so the btree indexes answer it.
   */
  idPrefix?: string;
}

export interface AuditPageRequest {
  /** `nextCursor` of the previous page. */
  cursor?: string;
  limit: number;
  /** Newest first unless `asc`. */
  order?: "asc" | "desc";
}

export interface AuditPage {
  records: AuditRecord[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

/** The cursor is opaque to callers: a sequence today, something else if the keyset changes. */
export function encodeCursor(sequence: number): string {
  return Buffer.from(`s:${sequence}`).toString("base64url");
}

export class InvalidCursorError extends Error {
  constructor() {
    super("cursor is not one this API returned");
    this.name = "InvalidCursorError";
  }
}

export function decodeCursor(cursor: string): number {
  const match = /^s:(\d{1,16})$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  if (match?.[1] === undefined) throw new InvalidCursorError();
  return toSequence(match[1]);
}

/** `LIKE` treats % and _ (and the escape \) as special; a prefix of an id must match literally. */
function likePrefix(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, "\\$&")}%`;
}

function whereClause(filter: AuditFilter, params: unknown[]): string[] {
  const conditions: string[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (filter.actorType !== undefined) conditions.push(`actor_type = ${param(filter.actorType)}`);
  if (filter.actorId !== undefined) conditions.push(`actor_id = ${param(filter.actorId)}`);
  if (filter.actions !== undefined && filter.actions.length > 0) {
    conditions.push(
      filter.actions.length === 1
        ? `action = ${param(filter.actions[0])}`
        : `action = ANY(${param(filter.actions)}::text[])`,
    );
  }
  if (filter.resourceType !== undefined) conditions.push(`resource_type = ${param(filter.resourceType)}`);
  if (filter.resourceId !== undefined) conditions.push(`resource_id = ${param(filter.resourceId)}`);
  if (filter.outcome !== undefined) conditions.push(`outcome = ${param(filter.outcome)}`);
  if (filter.from !== undefined) conditions.push(`recorded_at >= ${param(filter.from)}`);
  if (filter.to !== undefined) conditions.push(`recorded_at < ${param(filter.to)}`);
  if (filter.idPrefix !== undefined) {
    const pattern = param(likePrefix(filter.idPrefix));
    conditions.push(
      `(actor_id LIKE ${pattern} OR resource_id LIKE ${pattern} OR request_id LIKE ${pattern})`,
    );
  }
  return conditions;
}

/**
 * One page of records matching `filter`, in sequence order, by keyset: the
 * cursor is the last sequence seen, so page 10 000 costs what page 1 costs.
 * Runs on the caller's client, whose transaction must carry the `security`
 * role (row-level security shows nobody else a single record).
 */
export async function queryAuditRecords(
  db: Queryable,
  filter: AuditFilter,
  page: AuditPageRequest,
): Promise<AuditPage> {
  const params: unknown[] = [];
  const conditions = whereClause(filter, params);
  const descending = page.order !== "asc";
  if (page.cursor !== undefined) {
    params.push(decodeCursor(page.cursor));
    conditions.push(`sequence ${descending ? "<" : ">"} $${params.length}`);
  }
  params.push(page.limit + 1);
  const { rows } = await db.query<AuditRecordRow>(
    `SELECT ${recordColumns} FROM cordon.audit_records
      ${conditions.length > 0 ? `WHERE ${conditions.join(" AND ")}` : ""}
      ORDER BY sequence ${descending ? "DESC" : "ASC"}
      LIMIT $${params.length}`,
    params,
  );
  const records = rows.slice(0, page.limit).map(recordFromRow);
  const last = records.at(-1);
  return {
    records,
    nextCursor: rows.length > page.limit && last !== undefined ? encodeCursor(last.sequence) : null,
  };
}

/**
 * Every record matching `filter`, oldest first, fetched a page at a time, each
 * page in its own short transaction under `identity`: an export of millions of
 * records holds no connection or snapshot for its whole length, and a consumer
 * that reads slowly only delays the next page.
 */
export async function* streamAuditRecords(
  pool: Pool,
  identity: RequestIdentity,
  filter: AuditFilter,
  options: { pageSize?: number; signal?: AbortSignal } = {},
): AsyncGenerator<AuditRecord> {
  let cursor: string | undefined;
  do {
    options.signal?.throwIfAborted();
    const page = await withIdentity(pool, identity, (client) =>
      queryAuditRecords(client, filter, {
        limit: options.pageSize ?? 1000,
        order: "asc",
        ...(cursor === undefined ? {} : { cursor }),
      }),
    );
    yield* page.records;
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
}

/** Newline-delimited JSON, one record per line, for a SIEM to ingest. */
export async function* auditRecordsAsNdjson(records: AsyncIterable<AuditRecord>): AsyncGenerator<string> {
  for await (const record of records) yield `${JSON.stringify(record)}\n`;
}

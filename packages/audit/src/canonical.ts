import { createHash } from "node:crypto";
import type { AuditRecord } from "./record.ts";

/** A value the canonical form can encode: JSON without floats. */
export type CanonicalValue =
  | string
  | number
  | boolean
  | null
  | readonly CanonicalValue[]
  | { readonly [key: string]: CanonicalValue | undefined };

/**
 * Canonical JSON: object keys sorted by UTF-16 code unit (JavaScript's default
 * sort; every key Cordon writes is ASCII, so byte order too), no whitespace,
 * strings escaped as JSON.stringify does, integers only, keys whose value is
 * undefined left out. Two encoders that follow these rules produce the same
 * bytes, which is what a hash over it needs.
 */
export function canonicalJson(value: CanonicalValue): string {
  if (value === null || typeof value === "string" || typeof value === "boolean") {
    return JSON.stringify(value);
  }
  if (typeof value === "number") {
    if (!Number.isSafeInteger(value)) throw new RangeError("canonical JSON holds safe integers only");
    return String(value);
  }
  if (Array.isArray(value)) return `[${value.map((item: CanonicalValue) => canonicalJson(item)).join(",")}]`;
  const entries = Object.entries(value as { readonly [key: string]: CanonicalValue | undefined })
    .filter((entry): entry is [string, CanonicalValue] => entry[1] !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
}

/** The fields of a record its hash covers: everything but the hashes themselves. */
export type HashedAuditRecord = Omit<AuditRecord, "prevHash" | "hash">;

/**
 * The bytes a record's hash is computed over. Optional fields that are absent
 * are left out (never written as null); `detail` is always present, `{}` when
 * empty.
 */
export function canonicalAuditRecord(record: HashedAuditRecord): string {
  return canonicalJson({
    sequence: record.sequence,
    time: record.time,
    actor: { type: record.actor.type, id: record.actor.id, authMethod: record.actor.authMethod },
    action: record.action,
    resource: { type: record.resource.type, id: record.resource.id },
    outcome: record.outcome,
    reason: record.reason,
    purpose: record.purpose,
    policyVersion: record.policyVersion,
    requestId: record.requestId,
    orgId: record.orgId,
    detail: record.detail,
  });
}

/** The hash of the record before the first one. */
export const genesisHash: Buffer = Buffer.alloc(32);

/** SHA-256(previous record's hash, 32 raw bytes ‖ the record's canonical JSON, UTF-8). */
export function chainHash(prevHash: Uint8Array, record: HashedAuditRecord): Buffer {
  return createHash("sha256").update(prevHash).update(canonicalAuditRecord(record), "utf8").digest();
}

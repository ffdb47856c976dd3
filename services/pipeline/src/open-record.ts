import { isOrgId } from "@cordon/db";
import type { ConsumedRecord } from "@cordon/event-log";
import type { TelemetryEvent } from "@cordon/events";
import { KeyServiceError } from "@cordon/key-service";
import type { LakeRow, SubjectPseudonymizer } from "@cordon/lake";
import {
  inflateRawBatch,
  openBatch,
  parseRawBatch,
  type RawBatch,
  TransitEnvelopeError,
  type UnwrapTransitKey,
} from "@cordon/transit";
import type { SubjectPseudonym } from "./catalog.ts";
import { SchemaDriftError, validEvents } from "./lake-rows.ts";
import { TransitKeyUnansweredError } from "./transit-keys.ts";
import type { CarriedRecord } from "./typed-text-carry.ts";

/** Why a record went to the dead-letter topic; sent as a header, never with content. */
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type PoisonReason =
  | "envelope-invalid"
  | "transit-key-refused"
  /** KMS kept failing on the record's wrapped key while it unwrapped others (`TransitKeyUnansweredError`). */
  | "transit-key-unanswered"
  | "undecodable"
  | "ids-mismatch"
  | "org-id-invalid"
  /** The envelope's batch id (the key of the duplicate claim) is not a uuid. */
  | "batch-id-invalid"
  | "schema-drift"
  /** The batch names a collector that was never enrolled for its organisation and subject. */
  | "collector-unknown";

/** A raw record opened: the lake rows of its batch, or why it can never become any. */
export type OpenedRecord =
  | {
      kind: "rows";
      /** From the authenticated envelope header: what a duplicate is recognised by. */
      orgId: string;
      batchId: string;
      rows: LakeRow[];
      /** The enrolment subject of the rows and their pseudonym (export plans need the pair). */
      subject: SubjectPseudonym;
      /** Hours since the epoch of the gateway's receipt; one file never spans two. */
      hour: number;
      bytes: number;
      redacted: number;
    }
  | { kind: "poison"; reason: PoisonReason }
  /** A copy of a batch already read at another offset: it moves the offsets and adds no row. */
  | { kind: "duplicate" };

export interface OpenRecordDeps {
  unwrapTransitKey: UnwrapTransitKey;
  pseudonymize: SubjectPseudonymizer;
}

export const hourMs = 3_600_000;

/**
 * Unseals a raw record and checks its batch against the event model; its rows
 * are built once its typed text is complete (`TypedTextCarry`). A
 * record that can never be read is poison; a failure that is not the
 * record's fault (KMS unreachable, the transit key disabled) is thrown, so
 * the batch is retried, until the unwrapper finds KMS failing on this key
 * alone.
 */
export async function openRecord(record: ConsumedRecord, deps: OpenRecordDeps): Promise<CarriedRecord> {
  let opened: Awaited<ReturnType<typeof openBatch>>;
  try {
    opened = await openBatch(record.value, deps.unwrapTransitKey);
  } catch (error) {
    if (error instanceof TransitEnvelopeError) return { kind: "poison", reason: "envelope-invalid" };
    if (error instanceof KeyServiceError && error.code === "unwrap-refused") {
      return { kind: "poison", reason: "transit-key-refused" };
    }
    if (error instanceof TransitKeyUnansweredError)
      return { kind: "poison", reason: "transit-key-unanswered" };
    throw error;
  }
  let raw: RawBatch;
  // The batch's JSON, not its sealed (compressed) size, is what measures the
  // memory its rows will take: file and buffer limits count it.
  let jsonBytes: number;
  try {
    const json = inflateRawBatch(opened.plaintext);
    jsonBytes = json.length;
    raw = parseRawBatch(json);
  } catch {
    return { kind: "poison", reason: "undecodable" };
  }
  if (raw.orgId !== opened.aad.orgId || raw.collectorId !== opened.aad.collectorId) {
    return { kind: "poison", reason: "ids-mismatch" };
  }
  // Checked before buffering: an org id the lake cannot name would fail the
  // whole partition's flush, for every tenant in it, on every retry.
  if (!isOrgId(opened.aad.orgId)) return { kind: "poison", reason: "org-id-invalid" };
  if (!uuidPattern.test(opened.aad.batchId) || raw.batchId !== opened.aad.batchId) {
    return { kind: "poison", reason: "batch-id-invalid" };
  }
  let events: TelemetryEvent[];
  try {
    events = validEvents(raw.events);
  } catch (error) {
    if (error instanceof SchemaDriftError) return { kind: "poison", reason: "schema-drift" };
    throw error;
  }
  // Org from the authenticated header, subject from inside the ciphertext: the gateway took both from the credential.
  const subject = deps.pseudonymize(opened.aad.orgId, raw.subjectId);
  const receivedAt = Number.isSafeInteger(raw.receivedAt) ? raw.receivedAt : Number(record.timestamp);
  return {
    kind: "decoded",
    orgId: opened.aad.orgId,
    batchId: opened.aad.batchId,
    batch: raw,
    events,
    subject,
    subjectRef: { org: opened.aad.orgId, subjectId: raw.subjectId, pseudonym: subject },
    // Field ids are hashed per subject, under the pseudonym key, in a domain of their own.
    fieldIdOf: (fieldId: string) =>
      deps.pseudonymize(opened.aad.orgId, `field\u0000${raw.subjectId}\u0000${fieldId}`).slice(0, 32),
    hour: Math.floor(receivedAt / hourMs),
    bytes: jsonBytes,
  };
}

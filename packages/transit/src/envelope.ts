import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

/**
 * The transit envelope: how one event batch travels through Kafka. The gateway
 * seals it, the pipeline opens it; nothing in between can read it.
 *
 *   magic "CTE" | version u8 | 3 × (u16 length + UTF-8): collectorId, orgId, batchId
 *   | u16 length + UTF-8 key id | u16 length + wrapped data key | 12-byte nonce
 *   | AES-256-GCM ciphertext | 16-byte tag
 *
 * The whole header is the GCM additional data, so the ids, the key id and the
 * wrapped key cannot be changed without the tag failing: a record cannot be
 * re-labelled as another collector's or moved to another batch undetected.
 *
 * The enrolment's subject id (often an e-mail address) is not in the header:
 * it travels only inside the ciphertext (the raw batch), so no Kafka byte
 * names a person in the clear. Version 1 envelopes carried it as a fourth
 * header field; they are still opened, and that field is ignored.
 */

/** Whose batch this is; authenticated, not encrypted (they are ids, not content). */
export interface TransitAad {
  collectorId: string;
  orgId: string;
  batchId: string;
}

/** A data key as KMS gave it: use `plaintext`, ship only `wrapped`. */
export interface TransitDataKey {
  plaintext: Buffer;
  wrapped: Buffer;
  /** The KMS key that wrapped it (ARN); travels in the header for the pipeline's logs and metrics. */
  keyId: string;
}

/**
 * The KMS encryption context every transit data key is generated and unwrapped
 * with. It cannot name a batch or subject because one data key seals many
 * batches; the header's AAD binds each record to its ids instead. Changing it
 * strands every record still in Kafka, so it is versioned with the envelope.
 */
export const transitEncryptionContext: Readonly<Record<string, string>> = Object.freeze({
  purpose: "transit",
});

/** Unwraps a data key, e.g. `(wrapped, context) => keyService.unwrapDataKey("transit", wrapped, context)`. */
export type UnwrapTransitKey = (
  wrapped: Buffer,
  context: Readonly<Record<string, string>>,
) => Promise<Buffer>;

export interface OpenedBatch {
  plaintext: Buffer;
  aad: TransitAad;
  keyId: string;
  /** The wrapped data key, e.g. as a cache key for unwrapped keys. */
  wrappedKey: Buffer;
}

export class TransitEnvelopeError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "TransitEnvelopeError";
  }
}

const magic = Buffer.from("CTE", "ascii");
const envelopeVersion = 2;
/** Version 1 put the subject id in the header, between collectorId and orgId. */
const subjectInHeaderVersion = 1;
const nonceBytes = 12;
const tagBytes = 16;
const keyBytes = 32;
const maxFieldBytes = 0xffff;
const aadFields = ["collectorId", "orgId", "batchId"] as const;

/** Encrypts one batch under a transit data key, bound to its ids. */
export function sealBatch(plaintext: Buffer, key: TransitDataKey, aad: TransitAad): Buffer {
  if (key.plaintext.length !== keyBytes) {
    throw new RangeError(`a transit data key is ${keyBytes} bytes, got ${key.plaintext.length}`);
  }
  const nonce = randomBytes(nonceBytes);
  const header = Buffer.concat([
    magic,
    Buffer.from([envelopeVersion]),
    ...aadFields.map((field) => lengthPrefixed(Buffer.from(aad[field], "utf8"), field)),
    lengthPrefixed(Buffer.from(key.keyId, "utf8"), "keyId"),
    lengthPrefixed(key.wrapped, "wrapped key"),
    nonce,
  ]);
  const cipher = createCipheriv("aes-256-gcm", key.plaintext, nonce, { authTagLength: tagBytes });
  cipher.setAAD(header);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([header, ciphertext, cipher.getAuthTag()]);
}

/**
 * Opens a sealed batch: reads the header, has the caller unwrap the data key
 * (KMS, with `transitEncryptionContext`), then decrypts and checks the tag.
 * Any change to header or ciphertext is a `TransitEnvelopeError`; a refusal
 * by KMS is whatever `unwrap` throws.
 */
export async function openBatch(record: Buffer, unwrap: UnwrapTransitKey): Promise<OpenedBatch> {
  const header = readHeader(record);
  const dataKey = await unwrap(header.wrappedKey, transitEncryptionContext);
  if (dataKey.length !== keyBytes)
    throw new TransitEnvelopeError("the unwrapped data key has the wrong size");
  const body = record.subarray(header.length, record.length - tagBytes);
  const tag = record.subarray(record.length - tagBytes);
  const decipher = createDecipheriv("aes-256-gcm", dataKey, header.nonce, { authTagLength: tagBytes });
  decipher.setAAD(record.subarray(0, header.length));
  decipher.setAuthTag(tag);
  try {
    const plaintext = Buffer.concat([decipher.update(body), decipher.final()]);
    return { plaintext, aad: header.aad, keyId: header.keyId, wrappedKey: header.wrappedKey };
  } catch (error) {
    throw new TransitEnvelopeError("the record failed authentication (changed or sealed with another key)", {
      cause: error,
    });
  }
}

/** The ids of a sealed batch without decrypting it (not yet authenticated: trust them only after `openBatch`). */
export function peekBatchIds(record: Buffer): TransitAad {
  return readHeader(record).aad;
}

function lengthPrefixed(bytes: Buffer, what: string): Buffer {
  if (bytes.length > maxFieldBytes) throw new RangeError(`${what} is longer than ${maxFieldBytes} bytes`);
  const length = Buffer.alloc(2);
  length.writeUInt16BE(bytes.length);
  return Buffer.concat([length, bytes]);
}

interface EnvelopeHeader {
  length: number;
  aad: TransitAad;
  keyId: string;
  wrappedKey: Buffer;
  nonce: Buffer;
}

function readHeader(record: Buffer): EnvelopeHeader {
  let offset = 0;
  const take = (count: number): Buffer => {
    if (offset + count > record.length) throw new TransitEnvelopeError("the record is truncated");
    const slice = record.subarray(offset, offset + count);
    offset += count;
    return slice;
  };
  const takeField = (): Buffer => take(take(2).readUInt16BE(0));
  if (!take(magic.length).equals(magic)) throw new TransitEnvelopeError("not a transit envelope");
  const version = take(1)[0];
  if (version !== envelopeVersion && version !== subjectInHeaderVersion) {
    throw new TransitEnvelopeError(`unknown envelope version ${version}`);
  }
  const readText = (): string => takeField().toString("utf8");
  // Field order is the order of aadFields, as sealBatch writes them.
  const collectorId = readText();
  if (version === subjectInHeaderVersion) takeField();
  const aad: TransitAad = { collectorId, orgId: readText(), batchId: readText() };
  const keyId = readText();
  const wrappedKey = Buffer.from(takeField());
  const nonce = take(nonceBytes);
  if (record.length - offset < tagBytes) throw new TransitEnvelopeError("the record is truncated");
  return {
    length: offset,
    aad,
    keyId,
    wrappedKey,
    nonce,
  };
}

import type { KeyCategory } from "@cordon/sensitivity";

/**
 * Key/value pairs bound to a wrapped data key: KMS refuses to unwrap it
 * unless exactly the same pairs are presented, and records them in its own
 * audit trail. Callers name the place and purpose (file, subject, export).
 */
export type EncryptionContext = Readonly<Record<string, string>>;

/** A fresh AES-256 data key: use `plaintext`, store only `wrapped`. */
export interface DataKey {
  plaintext: Buffer;
  wrapped: Buffer;
  /** ARN of the KMS key that wrapped it. */
  keyId: string;
}

export interface UnwrapOptions {
  /**
   * The KMS key (ARN) that wrapped the data key, as stored beside it: asked
   * instead of the category's alias, so keys wrapped under an earlier
   * generation of the category's KMS key still open after the alias moved.
   * Only for data keys whose encryption context names their category (the
   * lake's subject keys): the context, which KMS checks, then binds the key
   * to its category, and a wrong id is only a refusal.
   */
  wrappedBy?: string;
}

export interface RewrappedDataKey {
  wrapped: Buffer;
  /** ARN of the KMS key that wraps it now. */
  keyId: string;
}

export interface AuditPublicKey {
  keyId: string;
  /** SubjectPublicKeyInfo, DER. */
  der: Buffer;
  /** SubjectPublicKeyInfo, PEM: enough for a verifier without KMS access. */
  pem: string;
}

/**
 * Cordon's view of its key management service: envelope encryption per
 * sensitivity category and the audit-log signing key. No caching here; the
 * callers bound how long they keep unwrapped keys.
 */
export interface KeyService {
  generateDataKey(category: KeyCategory, context: EncryptionContext): Promise<DataKey>;
  /**
   * Unwraps a data key with the category's key and the same context it was
   * generated with; anything else is a `KeyServiceError` with code `unwrap-refused`.
   */
  unwrapDataKey(
    category: KeyCategory,
    wrapped: Uint8Array,
    context: EncryptionContext,
    options?: UnwrapOptions,
  ): Promise<Buffer>;
  /** The KMS key (ARN) the category's alias names now: the one new data keys are wrapped under. */
  currentKeyId(category: KeyCategory): Promise<string>;
  /**
   * Moves a wrapped data key from the KMS key that wraps it (`wrappedBy`)
   * to the category's current one (KMS `ReEncrypt`: the plaintext never
   * leaves KMS), under the same context. What lets an old KMS key be
   * deleted, and with it every copy of what it wrapped (backups, WAL).
   */
  rewrapDataKey(
    category: KeyCategory,
    wrapped: Uint8Array,
    context: EncryptionContext,
    wrappedBy: string,
  ): Promise<RewrappedDataKey>;
  /** ECDSA P-256 signature (DER) over a SHA-256 digest, with the audit signing key. */
  signAuditDigest(digest: Uint8Array): Promise<Buffer>;
  /** False for a signature that does not match the digest; throws only when KMS cannot answer. */
  verifyAuditSignature(digest: Uint8Array, signature: Uint8Array): Promise<boolean>;
  getAuditPublicKey(): Promise<AuditPublicKey>;
  /** Whether KMS answers within the timeout; never throws (for /readyz). */
  isReachable(timeoutMs?: number): Promise<boolean>;
}

/**
 * - `unwrap-refused`: the wrapped key, its category's key and the context do
 *   not belong together (wrong context, wrong category, tampered bytes).
 * - `key-unavailable`: the KMS key is missing, disabled, pending deletion or
 *   not ours to use; for a crypto-shredded key this is the expected answer.
 */
export type KeyServiceErrorCode = "unwrap-refused" | "key-unavailable";

export class KeyServiceError extends Error {
  readonly code: KeyServiceErrorCode;
  /** The KMS exception name behind it, for logs. */
  readonly kmsError: string;

  constructor(code: KeyServiceErrorCode, kmsError: string, options?: { cause?: unknown }) {
    super(`${code} (${kmsError})`, options);
    this.name = "KeyServiceError";
    this.code = code;
    this.kmsError = kmsError;
  }
}

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
  unwrapDataKey(category: KeyCategory, wrapped: Uint8Array, context: EncryptionContext): Promise<Buffer>;
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

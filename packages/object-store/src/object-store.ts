import type { Readable } from "node:stream";

/**
 * The project's view of S3: what the pipeline (lake files), the exporter
 * (export files) and the audit log (checkpoints) need, and nothing of the
 * client library. Keys are relative to the one bucket the store was made for.
 */
export interface ObjectStore {
  /**
   * Stores a whole object. A stream may be of unknown length; it and any body
   * larger than one part go up as a multipart upload, so memory stays bounded.
   */
  put(key: string, body: Uint8Array | Readable, options?: PutObjectOptions): Promise<void>;
  /** The whole object in memory; a missing key is an `ObjectStoreError` with code `not-found`. */
  get(key: string): Promise<Buffer>;
  /** The object as a stream, for bodies too large to hold; a missing key is `not-found`. */
  getStream(key: string): Promise<Readable>;
  /** Size and metadata, or undefined when there is no such key. */
  head(key: string): Promise<ObjectInfo | undefined>;
  /** Every key that starts with `prefix`, in key order; pages are fetched as the caller iterates. */
  listKeys(prefix: string): AsyncIterable<string>;
  /** Removes the object; removing a key that does not exist is not an error. */
  delete(key: string): Promise<void>;
}

export interface PutObjectOptions {
  contentType?: string;
  /** Stored as `x-amz-meta-*`; S3 lower-cases the names. Never put event content here. */
  metadata?: Record<string, string>;
  /**
   * Refuse to replace an existing object (`If-None-Match: *`): for write-once
   * records such as audit checkpoints. An existing key is an `ObjectStoreError`
   * with code `already-exists` and leaves the stored object untouched.
   */
  createOnly?: boolean;
}

export interface ObjectInfo {
  key: string;
  sizeBytes: number;
  /** Quoted, as S3 sends it; a multipart object's ends in `-<number of parts>`. */
  etag: string;
  lastModified: Date;
  contentType?: string;
  metadata: Record<string, string>;
}

/**
 * Expected answers about an object. Anything else (unreachable server, bad
 * credentials, missing bucket) is thrown as it came from the client: it is a
 * fault, not an answer.
 */
export type ObjectStoreErrorCode = "not-found" | "already-exists";

export class ObjectStoreError extends Error {
  readonly code: ObjectStoreErrorCode;
  readonly key: string;

  constructor(code: ObjectStoreErrorCode, key: string, options?: { cause?: unknown }) {
    super(`${code}: ${key}`, options);
    this.name = "ObjectStoreError";
    this.code = code;
    this.key = key;
  }
}

import { Readable } from "node:stream";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  type PutObjectCommandInput,
  paginateListObjectsV2,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import {
  type ObjectInfo,
  type ObjectStore,
  ObjectStoreError,
  type PutObjectOptions,
} from "./object-store.ts";

export interface S3ObjectStoreOptions {
  /** Unset means AWS S3 in `region`; the local stack sets its S3Proxy. */
  endpoint?: string;
  region: string;
  bucket: string;
  /** Path-style URLs (`endpoint/bucket/key`), which S3Proxy and MinIO need. */
  forcePathStyle: boolean;
  /** Explicit credentials; otherwise the SDK's usual chain. */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  /**
   * Size of a multipart upload part; also the largest in-memory body sent as
   * one request. S3 needs at least 5 MiB. An upload holds up to four parts in
   * memory at once.
   */
  partSizeBytes?: number;
  /** Keys per ListObjectsV2 page; S3's maximum of 1000 unless set. */
  listPageSize?: number;
}

const defaultPartSizeBytes = 8 * 1024 * 1024;
const minimumPartSizeBytes = 5 * 1024 * 1024;

/**
 * The AWS SDK's default checksums (CRC32 on every upload, checked on download)
 * stay on: S3Proxy 4.1.0 verifies and stores them, so a corrupted body is
 * refused instead of landing in the lake.
 */
export function createS3ObjectStore(options: S3ObjectStoreOptions): ObjectStore {
  const partSizeBytes = options.partSizeBytes ?? defaultPartSizeBytes;
  if (partSizeBytes < minimumPartSizeBytes) {
    throw new RangeError(`partSizeBytes must be at least ${minimumPartSizeBytes} (S3's minimum part size)`);
  }
  const client = new S3Client({
    region: options.region,
    forcePathStyle: options.forcePathStyle,
    ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
    ...(options.credentials === undefined ? {} : { credentials: options.credentials }),
  });
  const bucket = options.bucket;

  return {
    async put(key, body, putOptions = {}) {
      const input: PutObjectCommandInput = {
        Bucket: bucket,
        Key: key,
        Body: body,
        ...(putOptions.contentType === undefined ? {} : { ContentType: putOptions.contentType }),
        ...(putOptions.metadata === undefined ? {} : { Metadata: putOptions.metadata }),
        ...(putOptions.createOnly === true ? { IfNoneMatch: "*" } : {}),
      };
      try {
        if (body instanceof Readable || body.byteLength > partSizeBytes) {
          // Upload reads the body part by part and switches to multipart only
          // when it outgrows one part; its length need not be known up front.
          await new Upload({ client, params: input, partSize: partSizeBytes }).done();
        } else {
          await client.send(new PutObjectCommand(input));
        }
      } catch (error) {
        throw asObjectStoreError(error, key, putOptions);
      }
    },

    async get(key) {
      const body = await openBody(key);
      const bytes = await body.transformToByteArray();
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    },

    async getStream(key) {
      const body = await openBody(key);
      if (!(body instanceof Readable))
        throw new TypeError("S3 client returned a body that is not a Node stream");
      return body;
    },

    async head(key) {
      try {
        const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
        const info: ObjectInfo = {
          key,
          sizeBytes: head.ContentLength ?? 0,
          etag: head.ETag ?? "",
          lastModified: head.LastModified ?? new Date(0),
          metadata: head.Metadata ?? {},
        };
        if (head.ContentType !== undefined) info.contentType = head.ContentType;
        return info;
      } catch (error) {
        const mapped = asObjectStoreError(error, key);
        if (mapped instanceof ObjectStoreError && mapped.code === "not-found") return undefined;
        throw mapped;
      }
    },

    async *listKeys(prefix) {
      const pages = paginateListObjectsV2(
        { client, pageSize: options.listPageSize ?? 1000 },
        { Bucket: bucket, Prefix: prefix },
      );
      for await (const page of pages) {
        for (const object of page.Contents ?? []) {
          if (object.Key !== undefined) yield object.Key;
        }
      }
    },

    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
    },
  };

  async function openBody(key: string) {
    try {
      const response = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      if (response.Body === undefined) throw new Error(`S3 returned no body for ${key}`);
      return response.Body;
    } catch (error) {
      throw asObjectStoreError(error, key);
    }
  }
}

/** The S3 answers that are statements about the object; everything else is passed through unchanged. */
function asObjectStoreError(error: unknown, key: string, putOptions: PutObjectOptions = {}): unknown {
  if (!(error instanceof S3ServiceException)) return error;
  switch (error.name) {
    case "NoSuchKey":
    // HEAD responses carry no body, so the SDK can only name the status.
    case "NotFound":
      return new ObjectStoreError("not-found", key, { cause: error });
    case "PreconditionFailed":
      return putOptions.createOnly === true
        ? new ObjectStoreError("already-exists", key, { cause: error })
        : error;
    default:
      return error;
  }
}

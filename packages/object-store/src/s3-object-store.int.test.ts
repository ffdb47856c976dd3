import assert from "node:assert/strict";
import { createHash, randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import { after, describe, it } from "node:test";
import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { stackEnv, testId } from "@cordon/stack-settings";
import { ObjectStoreError } from "./object-store.ts";
import { createS3ObjectStore } from "./s3-object-store.ts";

const env = stackEnv();
const required = (name: string) => env[name] ?? assert.fail(`${name} missing from the stack settings`);
const settings = {
  endpoint: required("S3_ENDPOINT"),
  region: required("AWS_REGION"),
  bucket: required("S3_BUCKET"),
  forcePathStyle: required("S3_FORCE_PATH_STYLE") === "true",
  credentials: {
    accessKeyId: required("AWS_ACCESS_KEY_ID"),
    secretAccessKey: required("AWS_SECRET_ACCESS_KEY"),
  },
};
const partSizeBytes = 5 * 1024 * 1024;
const store = createS3ObjectStore({ ...settings, partSizeBytes, listPageSize: 2 });
/** Every key this file writes starts here, so parallel runs never see each other's objects. */
const root = `${testId("object_store")}/`;

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** A stream that cannot tell its length up front, in uneven chunks, as a Parquet writer produces. */
function streamOf(bytes: Buffer): Readable {
  const chunkSizes = [1, 65_536, 100_003, 7, 250_000];
  return Readable.from(
    (function* () {
      for (let offset = 0, n = 0; offset < bytes.length; n++) {
        const size = chunkSizes[n % chunkSizes.length] ?? 1;
        yield bytes.subarray(offset, offset + size);
        offset += size;
      }
    })(),
  );
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function isObjectStoreError(code: ObjectStoreError["code"]) {
  return (error: unknown) => error instanceof ObjectStoreError && error.code === code;
}

after(async () => {
  for await (const key of store.listKeys(root)) await store.delete(key);
});

describe("S3 object store against the local stack's S3 server", () => {
  it("returns a small object byte for byte, with its size, content type and metadata", async () => {
    const key = `${root}small/file.parquet`;
    const body = randomBytes(4_321);
    await store.put(key, body, {
      contentType: "application/vnd.apache.parquet",
      metadata: { "row-count": "17" },
    });
    assert.equal(sha256(await store.get(key)), sha256(body));
    const info = await store.head(key);
    assert.equal(info?.sizeBytes, body.length);
    assert.equal(info?.contentType, "application/vnd.apache.parquet");
    assert.deepEqual(info?.metadata, { "row-count": "17" });
  });

  it("stores a stream of unknown length byte for byte and reads it back as a stream", async () => {
    const key = `${root}streamed/file.parquet`;
    const body = randomBytes(3 * 1024 * 1024 + 11);
    await store.put(key, streamOf(body));
    assert.equal(sha256(await readAll(await store.getStream(key))), sha256(body));
  });

  it("uploads a stream larger than one part in several parts, byte for byte", async () => {
    const key = `${root}multipart/file.parquet`;
    const body = randomBytes(12 * 1024 * 1024);
    await store.put(key, streamOf(body));
    const info = await store.head(key);
    assert.equal(info?.sizeBytes, body.length);
    // S3's multipart ETag ends in the part count: 12 MiB in 5 MiB parts is 3.
    assert.match(info?.etag ?? "", /-3"$/);
    assert.equal(sha256(await readAll(await store.getStream(key))), sha256(body));
  });

  it("uploads an in-memory body larger than one part in several parts, byte for byte", async () => {
    const key = `${root}multipart/buffer.parquet`;
    const body = randomBytes(partSizeBytes + 1);
    await store.put(key, body);
    assert.match((await store.head(key))?.etag ?? "", /-2"$/);
    assert.equal(sha256(await store.get(key)), sha256(body));
  });

  it("answers a missing key with undefined from head and not-found from get", async () => {
    const key = `${root}missing/nothing-here`;
    assert.equal(await store.head(key), undefined);
    await assert.rejects(store.get(key), isObjectStoreError("not-found"));
    await assert.rejects(store.getStream(key), isObjectStoreError("not-found"));
  });

  it("lists every key under a prefix across pages, and none under a sibling prefix", async () => {
    const prefix = `${root}list/part-0/`;
    const inside = [1, 2, 3, 4, 5].map((n) => `${prefix}file-${n}`);
    const sibling = `${root}list/part-00/file-1`;
    for (const key of [...inside, sibling]) await store.put(key, Buffer.from(key));
    const listed: string[] = [];
    for await (const key of store.listKeys(prefix)) listed.push(key);
    assert.deepEqual(listed, inside);
  });

  it("deletes an object, and deleting it again is not an error", async () => {
    const key = `${root}delete/file`;
    await store.put(key, Buffer.from("short-lived"));
    await store.delete(key);
    assert.equal(await store.head(key), undefined);
    await store.delete(key);
  });

  it("refuses to replace an object written create-only and keeps the first body", async () => {
    const key = `${root}checkpoints/000001.json`;
    await store.put(key, Buffer.from("first"), { createOnly: true });
    await assert.rejects(
      store.put(key, Buffer.from("second"), { createOnly: true }),
      isObjectStoreError("already-exists"),
    );
    await assert.rejects(
      store.put(key, streamOf(Buffer.from("third")), { createOnly: true }),
      isObjectStoreError("already-exists"),
    );
    assert.equal((await store.get(key)).toString(), "first");
  });

  it("the server refuses a body whose CRC32 does not match the one sent with it", async () => {
    // The SDK's default CRC32 is only worth sending if the server checks it.
    const client = new S3Client(settings);
    try {
      await assert.rejects(
        client.send(
          new PutObjectCommand({
            Bucket: settings.bucket,
            Key: `${root}checksum/corrupt`,
            Body: Buffer.from("bytes that do not match"),
            ChecksumCRC32: "AAAAAA==",
          }),
        ),
        (error: unknown) => error instanceof Error && error.name === "BadDigest",
      );
    } finally {
      client.destroy();
    }
    assert.equal(await store.head(`${root}checksum/corrupt`), undefined);
  });
});

import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { describe, it } from "node:test";
import { openExportFileStream, SealedFileError, sealExportFile } from "./sealed-file.ts";

const key = randomBytes(32);
const exportId = "0f8a3c1e-2b4d-4e6f-8a9b-0c1d2e3f4a5b";

/** Feeds the sealed bytes in small, uneven pieces, as a network stream would. */
async function open(sealed: Buffer, fileName = "part-00000.parquet", withKey = key, id = exportId) {
  const pieces: Buffer[] = [];
  for (let at = 0; at < sealed.length; at += 777) pieces.push(sealed.subarray(at, at + 777));
  return buffer(Readable.from(pieces).pipe(openExportFileStream(withKey, id, fileName)));
}

describe("sealed export files", () => {
  it("a file of several chunks opens to exactly its plaintext, streamed in pieces", async () => {
    const plaintext = randomBytes(2.5 * 1024 * 1024);
    const sealed = sealExportFile(key, exportId, "part-00000.parquet", plaintext);
    assert.ok(!sealed.includes(plaintext.subarray(0, 64)), "plaintext visible in the sealed file");
    assert.deepEqual(await open(sealed), plaintext);
  });

  it("an empty file opens to nothing", async () => {
    assert.equal(
      (await open(sealExportFile(key, exportId, "part-00000.parquet", new Uint8Array()))).length,
      0,
    );
  });

  it("refuses a file opened under another name, another export or another key", async () => {
    const sealed = sealExportFile(key, exportId, "part-00000.parquet", randomBytes(1000));
    await assert.rejects(open(sealed, "part-00001.parquet"), SealedFileError);
    await assert.rejects(open(sealed, "part-00000.parquet", key, "another-export"), SealedFileError);
    await assert.rejects(open(sealed, "part-00000.parquet", randomBytes(32)), SealedFileError);
  });

  it("refuses a truncated file, even cut exactly after a whole chunk", async () => {
    const plaintext = randomBytes(2 * 1024 * 1024 + 10);
    const sealed = sealExportFile(key, exportId, "part-00000.parquet", plaintext);
    const firstChunkEnd = 4 + 4 + 12 + 1024 * 1024 + 16;
    await assert.rejects(open(sealed.subarray(0, firstChunkEnd)), SealedFileError);
    await assert.rejects(open(sealed.subarray(0, sealed.length - 1)), SealedFileError);
  });

  it("refuses a chunk altered by one bit", async () => {
    const sealed = sealExportFile(key, exportId, "part-00000.parquet", randomBytes(5000));
    sealed[100] = (sealed[100] ?? 0) ^ 1;
    await assert.rejects(open(sealed), SealedFileError);
  });
});

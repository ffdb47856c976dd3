import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { Transform, type TransformCallback } from "node:stream";

/**
 * An export file at rest: AES-256-GCM under the export's data key, in chunks,
 * so a download is decrypted (and authenticated) chunk by chunk while it
 * streams, without holding the file. Each chunk's AAD names the export, the
 * file, the chunk's index and whether it is the last: a chunk moved to
 * another file or position, a dropped tail or a swapped file fails.
 *
 *   magic "CXF1" | chunks: u32 plaintext length | 12-byte nonce | ciphertext | 16-byte tag
 */
const magic = Buffer.from("CXF1", "ascii");
const chunkBytes = 1024 * 1024;
const nonceBytes = 12;
const tagBytes = 16;

export class SealedFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SealedFileError";
  }
}

function chunkAad(exportId: string, fileName: string, index: number, last: boolean): Buffer {
  return Buffer.from(
    `cordon-export-file/v1\u0000${exportId}\u0000${fileName}\u0000${index}\u0000${last ? 1 : 0}`,
  );
}

export function sealExportFile(
  key: Buffer,
  exportId: string,
  fileName: string,
  plaintext: Uint8Array,
): Buffer {
  const parts: Buffer[] = [magic];
  const count = Math.max(1, Math.ceil(plaintext.length / chunkBytes));
  for (let index = 0; index < count; index++) {
    const chunk = plaintext.subarray(index * chunkBytes, (index + 1) * chunkBytes);
    const nonce = randomBytes(nonceBytes);
    const cipher = createCipheriv("aes-256-gcm", key, nonce);
    cipher.setAAD(chunkAad(exportId, fileName, index, index === count - 1));
    const length = Buffer.alloc(4);
    length.writeUInt32BE(chunk.length);
    parts.push(length, nonce, cipher.update(chunk), cipher.final(), cipher.getAuthTag());
  }
  return Buffer.concat(parts);
}

/** Decrypts a sealed file as it streams; an error (never partial garbage) if any chunk fails. */
export function openExportFileStream(key: Buffer, exportId: string, fileName: string): Transform {
  let pending = Buffer.alloc(0);
  let sawMagic = false;
  let index = 0;
  let sawLast = false;

  const tryChunk = (last: boolean): Buffer | undefined => {
    if (pending.length < 4) return undefined;
    const length = pending.readUInt32BE(0);
    if (length > chunkBytes) throw new SealedFileError("chunk longer than any sealed chunk");
    const total = 4 + nonceBytes + length + tagBytes;
    if (pending.length < total) return undefined;
    const isLast = last && pending.length === total;
    const nonce = pending.subarray(4, 4 + nonceBytes);
    const body = pending.subarray(4 + nonceBytes, 4 + nonceBytes + length);
    const tag = pending.subarray(4 + nonceBytes + length, total);
    const decipher = createDecipheriv("aes-256-gcm", key, nonce);
    decipher.setAAD(chunkAad(exportId, fileName, index, isLast));
    decipher.setAuthTag(tag);
    let plain: Buffer;
    try {
      plain = Buffer.concat([decipher.update(body), decipher.final()]);
    } catch {
      throw new SealedFileError("an export file chunk does not authenticate");
    }
    pending = pending.subarray(total);
    index += 1;
    if (isLast) sawLast = true;
    return plain;
  };

  return new Transform({
    transform(data: Buffer, _encoding, callback: TransformCallback) {
      try {
        pending = Buffer.concat([pending, data]);
        if (!sawMagic) {
          if (pending.length < magic.length) return callback();
          if (!pending.subarray(0, magic.length).equals(magic))
            throw new SealedFileError("not a sealed export file");
          pending = pending.subarray(magic.length);
          sawMagic = true;
        }
        // Keep the newest complete chunk back: only at the end is it known to be the last.
        for (;;) {
          if (pending.length < 4) break;
          const total = 4 + nonceBytes + pending.readUInt32BE(0) + tagBytes;
          if (pending.length <= total) break;
          const plain = tryChunk(false);
          if (plain === undefined) break;
          this.push(plain);
        }
        callback();
      } catch (error) {
        callback(error as Error);
      }
    },
    flush(callback: TransformCallback) {
      try {
        const plain = tryChunk(true);
        if (plain !== undefined) this.push(plain);
        if (!sawLast || pending.length > 0) throw new SealedFileError("the sealed export file is truncated");
        callback();
      } catch (error) {
        callback(error as Error);
      }
    },
  });
}

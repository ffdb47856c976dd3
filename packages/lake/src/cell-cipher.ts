import { createCipheriv, createDecipheriv, hkdfSync } from "node:crypto";
import type { SensitivityCategory } from "@cordon/sensitivity";
import { type KeyPeriod, legacyKeyPeriod } from "./key-period.ts";
import type { TextField } from "./layout.ts";

/**
 * A lake cell: `0x01 ‖ nonce (12) ‖ AES-256-GCM ciphertext ‖ tag (16)`.
 * The plaintext is the UTF-8 value padded (0x80 then zeros) to a multiple of
 * 32 bytes, so a cell's length does not tell a letter from `Backspace` or a
 * short title from a long one within the same 32-byte step.
 */
const cellFormatVersion = 0x01;
const nonceBytes = 12;
const tagBytes = 16;
const paddingStepBytes = 32;
export const cellOverheadBytes = 1 + nonceBytes + tagBytes;

/** What a cell key and every AAD of its cells are bound to. */
export interface CellScope {
  dataset: string;
  fileKey: string;
  column: TextField;
  subject: string;
  category: SensitivityCategory;
  keyVersion: number;
  /** The key's period: its cells are bound to it as to its version. */
  period: KeyPeriod;
}

function scopeLabel(purpose: string, scope: CellScope): string {
  // A JSON array is self-delimiting: no two scopes encode to the same bytes.
  const label = [
    purpose,
    scope.dataset,
    scope.fileKey,
    scope.column,
    scope.subject,
    scope.category,
    scope.keyVersion,
  ];
  // Cells sealed before keys had periods keep the scope they were sealed
  // with; a weekly period lengthens the array, so no weekly scope encodes
  // like a legacy one.
  return JSON.stringify(scope.period === legacyKeyPeriod ? label : [...label, scope.period]);
}

/**
 * The key of every cell in one file, column and subject (HKDF-SHA256 from the
 * subject's data key for the category). A cell key never leaves the process
 * and is never stored; a file's cells are unreadable without the data key.
 */
export function deriveCellKey(dataKey: Uint8Array, scope: CellScope): Buffer {
  return Buffer.from(
    hkdfSync("sha256", dataKey, Buffer.alloc(0), scopeLabel("cordon-lake-cell-key/v1", scope), 32),
  );
}

/** The part of the AAD shared by all cells of a scope: computed once per file, column and subject. */
export function cellAadPrefix(scope: CellScope): Buffer {
  return Buffer.from(`${scopeLabel("cordon-lake-cell/v1", scope)}\n`, "utf8");
}

/**
 * AAD of one stored value: its scope, the file row that holds it and the
 * event ids of every row that refers to it, in row order. A cell copied to
 * another row, column or file, or a reference pointed at another value,
 * changes one of these and the cell no longer authenticates.
 */
export function cellAad(prefix: Buffer, entryRow: number, referencingEventIds: readonly string[]): Buffer {
  const tail = `${entryRow}\n${referencingEventIds.join("\n")}`;
  // One buffer, written in place: a cell's AAD is built once per cell, hundreds of thousands per file.
  const aad = Buffer.allocUnsafe(prefix.length + Buffer.byteLength(tail, "utf8"));
  prefix.copy(aad, 0);
  aad.write(tail, prefix.length, "utf8");
  return aad;
}

export function sealCell(cellKey: Buffer, nonce: Uint8Array, aad: Buffer, value: string): Buffer {
  const valueBytes = Buffer.byteLength(value, "utf8");
  const paddedBytes = Math.ceil((valueBytes + 1) / paddingStepBytes) * paddingStepBytes;
  // The cell's own buffer holds the padded plaintext first and is encrypted
  // over itself: one allocation for both.
  const cell = Buffer.allocUnsafe(cellOverheadBytes + paddedBytes);
  const body = cell.subarray(1 + nonceBytes, 1 + nonceBytes + paddedBytes);
  body.write(value, 0, "utf8");
  body.fill(0, valueBytes);
  body[valueBytes] = 0x80;
  const cipher = createCipheriv("aes-256-gcm", cellKey, nonce, { authTagLength: tagBytes });
  cipher.setAAD(aad);
  cipher.update(body).copy(body);
  cipher.final();
  cipher.getAuthTag().copy(cell, 1 + nonceBytes + paddedBytes);
  cell[0] = cellFormatVersion;
  cell.set(nonce, 1);
  return cell;
}

/** A cell that does not authenticate under this key and place: moved, altered, or the wrong key. */
export class CellAuthenticationError extends Error {
  constructor(options?: { cause?: unknown }) {
    super("lake cell does not authenticate for this key and place", options);
    this.name = "CellAuthenticationError";
  }
}

export function openCell(cellKey: Buffer, aad: Buffer, cell: Uint8Array): string {
  if (cell.length < cellOverheadBytes + paddingStepBytes || cell[0] !== cellFormatVersion) {
    throw new CellAuthenticationError();
  }
  const bytes = Buffer.from(cell.buffer, cell.byteOffset, cell.byteLength);
  const nonce = bytes.subarray(1, 1 + nonceBytes);
  const body = bytes.subarray(1 + nonceBytes, bytes.length - tagBytes);
  const tag = bytes.subarray(bytes.length - tagBytes);
  let padded: Buffer;
  try {
    const decipher = createDecipheriv("aes-256-gcm", cellKey, nonce, { authTagLength: tagBytes });
    decipher.setAAD(aad);
    decipher.setAuthTag(tag);
    padded = Buffer.concat([decipher.update(body), decipher.final()]);
  } catch (error) {
    throw new CellAuthenticationError({ cause: error });
  }
  const end = padded.lastIndexOf(0x80);
  // Authenticated bytes with bad padding can only come from a broken writer.
  if (end < 0 || padded.subarray(end + 1).some((byte) => byte !== 0)) {
    throw new Error("lake cell padding is malformed");
  }
  return padded.toString("utf8", 0, end);
}

import { type FileMetaData, parquetMetadata, parquetScan } from "hyparquet";
import { decodeFooter, type LakeFooter, LakeFooterError, type LakeSlice } from "./footer.ts";

/** A lake file parsed far enough to trust its footer: the slices tile its rows. */
export interface OpenedFile {
  buffer: ArrayBuffer;
  metadata: FileMetaData;
  footer: LakeFooter;
  rowCount: number;
}

export function openFile(file: Uint8Array | ArrayBuffer, expectedKey?: string): OpenedFile {
  const buffer =
    file instanceof ArrayBuffer
      ? file
      : (file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer);
  const metadata = parquetMetadata(buffer);
  const footer = decodeFooter(metadata.key_value_metadata);
  if (expectedKey !== undefined && footer.fileKey !== expectedKey) {
    throw new LakeFooterError("the file was written for another key; a moved lake file is not read");
  }
  const rowCount = Number(metadata.num_rows);
  checkSlices(footer.slices, rowCount);
  return { buffer, metadata, footer, rowCount };
}

function checkSlices(slices: readonly LakeSlice[], rowCount: number): void {
  let next = 0;
  for (const slice of slices) {
    if (slice.firstRow !== next) throw new LakeFooterError("lake footer slices do not tile the file");
    next += slice.rowCount;
  }
  if (next !== rowCount) throw new LakeFooterError("lake footer slices do not cover the file");
}

/** Reads whole columns over [rowStart, rowEnd), across row groups. */
export async function columnReader(opened: OpenedFile, columns: readonly string[]) {
  const scan = await parquetScan({
    file: opened.buffer,
    metadata: opened.metadata,
    columns: [...columns],
    // Ciphertext is bytes: without this hyparquet decodes it as UTF-8 and mangles it.
    utf8: false,
  });
  return async (column: string, rowStart: number, rowEnd: number): Promise<unknown[]> => {
    const values: unknown[] = [];
    for (const range of scan.ranges) {
      const start = Math.max(range.rowStart, rowStart);
      const end = Math.min(range.rowEnd, rowEnd);
      if (start >= end) continue;
      for (const value of await scan.readColumn({ column, rowStart: start, rowEnd: end })) values.push(value);
    }
    return values;
  };
}

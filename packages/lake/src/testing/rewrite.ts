import { parquetMetadata, parquetReadObjects } from "hyparquet";
import { ByteWriter, type ColumnSource, parquetWrite } from "hyparquet-writer";
import { lakeColumnNames, lakeParquetSchema, textFieldNames } from "../layout.ts";

/** The columns of a lake file as plain arrays, ciphertext as bytes. */
export type LakeColumns = Map<string, unknown[]>;

export async function readColumns(bytes: Uint8Array): Promise<LakeColumns> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const rows = await parquetReadObjects({ file: buffer, utf8: false });
  return new Map(lakeColumnNames().map((name) => [name, rows.map((row) => row[name])]));
}

/**
 * Plays someone with write access to the bucket: rewrites a lake file with
 * columns changed by `tamper`, footer untouched.
 */
export async function rewriteLakeFile(
  bytes: Uint8Array,
  tamper: (columns: LakeColumns) => void,
): Promise<Uint8Array> {
  const columns = await readColumns(bytes);
  tamper(columns);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const ciphertext = new Set<string>(textFieldNames);
  const writer = new ByteWriter();
  await parquetWrite({
    writer,
    schema: lakeParquetSchema(),
    columnData: [...columns].map(
      ([name, data]): ColumnSource => ({
        name,
        data: data as ColumnSource["data"],
        ...(ciphertext.has(name) ? { statistics: false, encoding: "PLAIN" as const } : {}),
      }),
    ),
    kvMetadata: parquetMetadata(buffer).key_value_metadata ?? [],
  });
  return writer.getBytes();
}

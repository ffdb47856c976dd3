import type { SensitivityCategory } from "@cordon/sensitivity";
import { isSensitivityCategory } from "@cordon/sensitivity";
import { parquetSchema, type SchemaTree } from "hyparquet";
import type { LakeFooter } from "./footer.ts";
import { categoryColumn, refColumn, type TextField, textFieldNames } from "./layout.ts";
import { columnReader, openFile } from "./parquet-file.ts";

export interface LakeFileInspection {
  fileKey: string;
  org: string;
  schemaVersion: number;
  dataset: string;
  createdBy: string | undefined;
  rowCount: number;
  rowGroupCount: number;
  source: LakeFooter["source"];
  columns: { name: string; type: string; statistics: boolean; encrypted: boolean }[];
  /** Per text field with values in the file: how many rows have one, how many ciphertexts, under which categories. */
  encryptedFields: {
    field: TextField;
    rows: number;
    cells: number;
    categories: Partial<Record<SensitivityCategory, number>>;
  }[];
  subjects: { subject: string; rows: number; categories: SensitivityCategory[]; highestTier: string }[];
  keys: {
    subject: string;
    category: SensitivityCategory;
    period: string;
    keyVersion: number;
    kmsKeyId: string;
    wrappedInFooter: boolean;
  }[];
}

/**
 * What `cordon lake inspect <file>` shows: schema, row count, which columns
 * are encrypted under which category, the subjects and keys the footer
 * names. Needs no key: nothing is decrypted.
 */
export async function inspectLakeFile(file: Uint8Array | ArrayBuffer): Promise<LakeFileInspection> {
  const opened = openFile(file);
  const { metadata, footer, rowCount } = opened;
  const ciphertextColumns = new Set<string>(textFieldNames);
  // Leaf path → physical type with its annotation, e.g. `BYTE_ARRAY (UTF8)` or `INT64 (TIMESTAMP_MILLIS)`.
  const typeNames = new Map<string, string>();
  const describe = (tree: SchemaTree) => {
    if (tree.children.length === 0) {
      const { type, converted_type } = tree.element;
      typeNames.set(
        tree.path.join("."),
        converted_type === undefined ? String(type) : `${type} (${converted_type})`,
      );
    }
    for (const child of tree.children) describe(child);
  };
  describe(parquetSchema(metadata));
  const columns = new Map<string, LakeFileInspection["columns"][number]>();
  for (const group of metadata.row_groups) {
    for (const chunk of group.columns) {
      const path = chunk.meta_data?.path_in_schema ?? [];
      const name = path.join(".");
      const column = columns.get(name) ?? {
        name,
        type: typeNames.get(name) ?? chunk.meta_data?.type ?? "unknown",
        statistics: false,
        encrypted: path.length === 1 && ciphertextColumns.has(name),
      };
      column.statistics ||=
        chunk.meta_data?.statistics !== undefined || chunk.column_index_offset !== undefined;
      columns.set(name, column);
    }
  }
  const read = await columnReader(
    opened,
    footer.textFields.flatMap((field) => [field, refColumn(field), categoryColumn(field)]),
  );
  const encryptedFields: LakeFileInspection["encryptedFields"] = [];
  for (const field of footer.textFields) {
    const cells = await read(field, 0, rowCount);
    const categories = await read(categoryColumn(field), 0, rowCount);
    const counts: Partial<Record<SensitivityCategory, number>> = {};
    let rows = 0;
    for (const category of categories) {
      if (typeof category !== "string" || !isSensitivityCategory(category)) continue;
      rows += 1;
      counts[category] = (counts[category] ?? 0) + 1;
    }
    encryptedFields.push({
      field,
      rows,
      cells: cells.filter((cell) => cell instanceof Uint8Array).length,
      categories: counts,
    });
  }
  return {
    fileKey: footer.fileKey,
    org: footer.org,
    schemaVersion: footer.schemaVersion,
    dataset: footer.dataset,
    createdBy: metadata.created_by,
    rowCount,
    rowGroupCount: metadata.row_groups.length,
    source: footer.source,
    columns: [...columns.values()],
    encryptedFields,
    subjects: footer.slices.map((slice) => ({
      subject: slice.subject,
      rows: slice.rowCount,
      categories: slice.categories,
      highestTier: slice.highestTier,
    })),
    keys: footer.keys.map((key) => ({
      subject: key.subject,
      category: key.category,
      period: key.period,
      keyVersion: key.keyVersion,
      kmsKeyId: key.kmsKeyId,
      wrappedInFooter: key.wrappedKey !== undefined,
    })),
  };
}

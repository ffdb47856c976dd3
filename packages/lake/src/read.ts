import { type KeyService, KeyServiceError } from "@cordon/key-service";
import type { ObjectStore } from "@cordon/object-store";
import { isSensitivityCategory, type SensitivityCategory } from "@cordon/sensitivity";
import { type FileMetaData, parquetMetadata, parquetScan, parquetSchema, type SchemaTree } from "hyparquet";
import { CellAuthenticationError, cellAad, cellAadPrefix, deriveCellKey, openCell } from "./cell-cipher.ts";
import { decodeFooter, type FooterKey, type LakeFooter, LakeFooterError, type LakeSlice } from "./footer.ts";
import { type SubjectKeyring, subjectKeyContext } from "./keyring.ts";
import {
  categoryColumn,
  type PlainColumn,
  plainColumns,
  refColumn,
  type TextField,
  textFieldNames,
} from "./layout.ts";

/**
 * Where a reader gets the plaintext subject data keys a file names. A key it
 * cannot give (destroyed, unknown, refused by KMS) is left out; the cells
 * under it come back unreadable.
 */
export interface LakeKeySource {
  openKeys(footer: LakeFooter, wanted: readonly FooterKey[]): Promise<OpenedKey[]>;
}

/** A subject data key in plaintext, for the file's subject and category it names. */
export interface OpenedKey {
  subject: string;
  category: SensitivityCategory;
  plaintext: Buffer;
}

function footerKeyId(subject: string, category: string): string {
  // Categories are a closed list of plain words: the separator cannot occur in one.
  return `${category}\u0000${subject}`;
}

/** Keys from Postgres through the keyring: what the exporter uses; destroyed keys are gone. */
export function keyringKeySource(keyring: Pick<SubjectKeyring, "keysForReading">): LakeKeySource {
  return {
    async openKeys(footer, wanted) {
      const found = await keyring.keysForReading(footer.org, wanted);
      return found.map(({ subject, category, plaintext }) => ({ subject, category, plaintext }));
    },
  };
}

/**
 * Keys from the file's own footer, unwrapped by KMS: reads a file with KMS
 * alone (Postgres lost). One KMS call per subject × category in the file.
 */
export function footerKmsKeySource(keys: Pick<KeyService, "unwrapDataKey">): LakeKeySource {
  return {
    async openKeys(footer, wanted) {
      const opened: OpenedKey[] = [];
      await Promise.all(
        wanted.map(async (entry) => {
          if (entry.wrappedKey === undefined) return;
          // The context must name this file's org, the entry's subject and
          // category: a footer entry borrowed from elsewhere is not used.
          const context = subjectKeyContext(footer.org, entry);
          if (!sameContext(context, entry.encryptionContext)) return;
          try {
            const plaintext = await keys.unwrapDataKey(entry.category, entry.wrappedKey, context);
            opened.push({ subject: entry.subject, category: entry.category, plaintext });
          } catch (error) {
            // Refused or unavailable (a destroyed KMS key): unreadable, not a fault.
            if (error instanceof KeyServiceError) return;
            throw error;
          }
        }),
      );
      return opened;
    },
  };
}

function sameContext(a: Record<string, string>, b: Record<string, string>): boolean {
  const keysA = Object.keys(a).sort();
  const keysB = Object.keys(b).sort();
  return keysA.length === keysB.length && keysA.every((key, i) => key === keysB[i] && a[key] === b[key]);
}

export interface ReadLakeFileOptions {
  file: Uint8Array | ArrayBuffer;
  /** Needed when any text field is read. */
  keys?: LakeKeySource;
  /** Plaintext columns to return; all of them unless given. */
  columns?: readonly PlainColumn[];
  /** Text fields to decrypt; none unless given. */
  textFields?: readonly TextField[];
  /** File rows [rowStart, rowEnd); the whole file unless given. */
  rowStart?: number;
  rowEnd?: number;
  /** Only rows of these subjects. */
  subjects?: readonly string[];
  /** The object key the bytes came from: a file moved or copied under another key is refused. */
  expectedKey?: string;
}

export interface LakeReadRow {
  /** Position in the file. */
  row: number;
  plain: Partial<Record<PlainColumn, unknown>>;
  text: Partial<Record<TextField, string>>;
}

/**
 * - `key-unavailable`: the subject's key is destroyed, unknown, or was refused.
 * - `tampered`: the cell does not authenticate where it is (moved, altered,
 *   or its reference or category changed).
 */
export type UnreadableReason = "key-unavailable" | "tampered";

export interface UnreadableCell {
  row: number;
  field: TextField;
  reason: UnreadableReason;
}

export interface LakeReadResult {
  footer: LakeFooter;
  rows: LakeReadRow[];
  /** Requested text cells that could not be decrypted; their rows carry no value for the field. */
  unreadable: UnreadableCell[];
}

interface OpenedFile {
  buffer: ArrayBuffer;
  metadata: FileMetaData;
  footer: LakeFooter;
  rowCount: number;
}

function openFile(file: Uint8Array | ArrayBuffer, expectedKey?: string): OpenedFile {
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
async function columnReader(opened: OpenedFile, columns: readonly string[]) {
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

/**
 * Reads chosen plaintext columns and decrypts chosen text fields for chosen
 * rows of one lake file. The exporter stands on this; it decides which
 * fields a grant allows and passes only those.
 */
export async function readLakeFile(options: ReadLakeFileOptions): Promise<LakeReadResult> {
  const opened = openFile(options.file, options.expectedKey);
  const { footer, rowCount } = opened;
  const rowStart = Math.max(0, options.rowStart ?? 0);
  const rowEnd = Math.min(rowCount, options.rowEnd ?? rowCount);
  const subjects = options.subjects === undefined ? undefined : new Set(options.subjects);
  const chosenSlices = footer.slices.filter(
    (slice) =>
      slice.firstRow < rowEnd &&
      slice.firstRow + slice.rowCount > rowStart &&
      (subjects === undefined || subjects.has(slice.subject)),
  );
  const fields = (options.textFields ?? []).filter((field) => footer.textFields.includes(field));
  const plain = options.columns ?? plainColumns;
  if (fields.length > 0 && options.keys === undefined) {
    throw new RangeError("reading text fields needs a key source");
  }
  const textColumns = fields.flatMap((field) => [field, refColumn(field), categoryColumn(field)]);
  const read = await columnReader(opened, [...new Set([...plain, "event_id", "subject", ...textColumns])]);
  const neededKeys = footer.keys.filter((key) => chosenSlices.some((slice) => slice.subject === key.subject));
  const dataKeys = new Map(
    fields.length === 0 || options.keys === undefined
      ? []
      : (await options.keys.openKeys(footer, neededKeys)).map((key) => [
          footerKeyId(key.subject, key.category),
          key.plaintext,
        ]),
  );

  const rows: LakeReadRow[] = [];
  const unreadable: UnreadableCell[] = [];
  const firstSlice = chosenSlices[0];
  const lastSlice = chosenSlices[chosenSlices.length - 1];
  if (firstSlice === undefined || lastSlice === undefined) return { footer, rows, unreadable };
  // Each column is decoded once over the span of the chosen slices; slices cut from it.
  const spanStart = firstSlice.firstRow;
  const spanEnd = lastSlice.firstRow + lastSlice.rowCount;
  const span = async (column: string) => read(column, spanStart, spanEnd);
  const plainValues = new Map<PlainColumn, unknown[]>();
  for (const column of plain) plainValues.set(column, await span(column));
  const eventIds = fields.length === 0 ? [] : ((await span("event_id")) as string[]);
  const subjectsByRow = fields.length === 0 ? [] : ((await span("subject")) as string[]);
  const fieldValues = new Map<TextField, { cells: unknown[]; refs: unknown[]; categories: unknown[] }>();
  for (const field of fields) {
    fieldValues.set(field, {
      cells: await span(field),
      refs: await span(refColumn(field)),
      categories: await span(categoryColumn(field)),
    });
  }

  for (const slice of chosenSlices) {
    const sliceStart = slice.firstRow - spanStart;
    const sliceEnd = sliceStart + slice.rowCount;
    const sliceRows: LakeReadRow[] = [];
    for (
      let row = Math.max(rowStart, slice.firstRow);
      row < Math.min(rowEnd, slice.firstRow + slice.rowCount);
      row++
    ) {
      const result: LakeReadRow = { row, plain: {}, text: {} };
      for (const [column, values] of plainValues)
        result.plain[column] = plainValue(column, values[row - spanStart]);
      sliceRows.push(result);
    }
    for (const [field, values] of fieldValues) {
      // A stored value is authenticated against every row of the slice that
      // refers to it, so the decrypter sees the whole slice.
      const decrypt = cellDecrypter({
        footer,
        field,
        offset: slice.firstRow,
        eventIds: eventIds.slice(sliceStart, sliceEnd),
        subjectsByRow: subjectsByRow.slice(sliceStart, sliceEnd),
        cells: values.cells.slice(sliceStart, sliceEnd),
        refs: values.refs.slice(sliceStart, sliceEnd),
        categories: values.categories.slice(sliceStart, sliceEnd),
        dataKeys,
      });
      for (const result of sliceRows) {
        const outcome = decrypt(result.row);
        if (outcome === undefined) continue;
        if (typeof outcome === "string") result.text[field] = outcome;
        else unreadable.push({ row: result.row, field, reason: outcome.reason });
      }
    }
    rows.push(...sliceRows);
  }
  return { footer, rows, unreadable };
}

function plainValue(column: PlainColumn, value: unknown): unknown {
  if (column === "seq" && typeof value === "bigint") return Number(value);
  return value ?? null;
}

interface FieldColumns {
  footer: LakeFooter;
  field: TextField;
  /** File row of index 0 in the arrays below. */
  offset: number;
  eventIds: readonly string[];
  subjectsByRow: readonly string[];
  cells: readonly unknown[];
  refs: readonly unknown[];
  categories: readonly unknown[];
  dataKeys: Map<string, Buffer>;
}

/** Decrypts one field's cells row by row, opening each stored value once. */
function cellDecrypter(columns: FieldColumns) {
  const { footer, field, offset } = columns;
  const at = (row: number) => row - offset;
  // Every row referring to a stored value, in row order: part of its AAD.
  const referrers = new Map<number, string[]>();
  columns.refs.forEach((ref, index) => {
    if (typeof ref !== "number") return;
    let list = referrers.get(ref);
    if (list === undefined) {
      list = [];
      referrers.set(ref, list);
    }
    list.push(columns.eventIds[index] as string);
  });
  const versionOf = new Map(
    footer.keys.map((key) => [footerKeyId(key.subject, key.category), key.keyVersion]),
  );
  const opened = new Map<number, string | { reason: UnreadableReason }>();
  // One HKDF per subject and category in the field, not per cell.
  const scopes = new Map<string, { cellKey: Buffer; aadPrefix: Buffer }>();

  /** Opens the value stored at `entry` under the category recorded on that row. */
  function open(entry: number): string | { reason: UnreadableReason } {
    const subject = columns.subjectsByRow[at(entry)] as string;
    const cell = columns.cells[at(entry)];
    const category = columns.categories[at(entry)];
    if (!(cell instanceof Uint8Array) || typeof category !== "string" || !isSensitivityCategory(category)) {
      return { reason: "tampered" };
    }
    const id = footerKeyId(subject, category);
    const dataKey = columns.dataKeys.get(id);
    const keyVersion = versionOf.get(id);
    if (dataKey === undefined || keyVersion === undefined) return { reason: "key-unavailable" };
    let scope = scopes.get(id);
    if (scope === undefined) {
      const cellScope = {
        dataset: footer.dataset,
        fileKey: footer.fileKey,
        column: field,
        subject,
        category,
        keyVersion,
      };
      scope = { cellKey: deriveCellKey(dataKey, cellScope), aadPrefix: cellAadPrefix(cellScope) };
      scopes.set(id, scope);
    }
    try {
      return openCell(scope.cellKey, cellAad(scope.aadPrefix, entry, referrers.get(entry) ?? []), cell);
    } catch (error) {
      if (error instanceof CellAuthenticationError) return { reason: "tampered" };
      throw error;
    }
  }

  return (row: number): string | { reason: UnreadableReason } | undefined => {
    const ref = columns.refs[at(row)];
    if (ref === null || ref === undefined) return undefined;
    // A reference stays inside the row's own slice (same subject, at or
    // before the row) and names the category the stored value was sealed under.
    if (
      typeof ref !== "number" ||
      ref < offset ||
      ref > row ||
      columns.subjectsByRow[at(ref)] !== columns.subjectsByRow[at(row)] ||
      columns.categories[at(ref)] !== columns.categories[at(row)]
    ) {
      return { reason: "tampered" };
    }
    let outcome = opened.get(ref);
    if (outcome === undefined) {
      outcome = open(ref);
      opened.set(ref, outcome);
    }
    return outcome;
  };
}

/** `readLakeFile` on an object of the lake bucket; refuses a file stored under another key than it was written for. */
export async function readLakeObject(
  store: Pick<ObjectStore, "get">,
  key: string,
  options: Omit<ReadLakeFileOptions, "file" | "expectedKey">,
): Promise<LakeReadResult> {
  return readLakeFile({ ...options, file: await store.get(key), expectedKey: key });
}

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
      keyVersion: key.keyVersion,
      kmsKeyId: key.kmsKeyId,
      wrappedInFooter: key.wrappedKey !== undefined,
    })),
  };
}

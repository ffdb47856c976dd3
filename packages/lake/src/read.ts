import type { ObjectStore } from "@cordon/object-store";
import { isSensitivityCategory } from "@cordon/sensitivity";
import { CellAuthenticationError, cellAad, cellAadPrefix, deriveCellKey, openCell } from "./cell-cipher.ts";
import type { LakeFooter } from "./footer.ts";
import { type KeyPeriod, keyPeriodOf, legacyKeyPeriod } from "./key-period.ts";
import type { LakeKeySource } from "./key-sources.ts";
import { categoryColumn, type PlainColumn, plainColumns, refColumn, type TextField } from "./layout.ts";
import { columnReader, openFile } from "./parquet-file.ts";

function footerKeyId(subject: string, category: string, period: KeyPeriod): string {
  // Categories and periods are plain words: the separator cannot occur in one.
  return `${category}\u0000${period}\u0000${subject}`;
}

/** A `ts` cell as epoch milliseconds (hyparquet gives a Date for the timestamp column). */
function epochMs(value: unknown): number {
  if (value instanceof Date) return value.getTime();
  if (typeof value === "bigint") return Number(value);
  return Number(value);
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
  const read = await columnReader(opened, [
    ...new Set([...plain, "event_id", "subject", "ts", ...textColumns]),
  ]);
  const neededKeys = footer.keys.filter((key) => chosenSlices.some((slice) => slice.subject === key.subject));
  const dataKeys = new Map(
    fields.length === 0 || options.keys === undefined
      ? []
      : (await options.keys.openKeys(footer, neededKeys)).map((key) => [
          footerKeyId(key.subject, key.category, key.period),
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
  const timesByRow = fields.length === 0 ? [] : (await span("ts")).map(epochMs);
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
        timesByRow: timesByRow.slice(sliceStart, sliceEnd),
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
  /** Event time of each row, epoch milliseconds: it names the key period of the row's cells. */
  timesByRow: readonly number[];
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
    footer.keys.map((key) => [footerKeyId(key.subject, key.category, key.period), key.keyVersion]),
  );
  /** The period a row's cells are sealed under: its event's week, or `legacy` in files from before periods. */
  const periodOf = (row: number, subject: string, category: string): KeyPeriod =>
    versionOf.has(footerKeyId(subject, category, legacyKeyPeriod))
      ? legacyKeyPeriod
      : keyPeriodOf(columns.timesByRow[at(row)] as number);
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
    const period = periodOf(entry, subject, category);
    const id = footerKeyId(subject, category, period);
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
        period,
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
    // before the row) and key period, and names the category the stored
    // value was sealed under.
    if (
      typeof ref !== "number" ||
      ref < offset ||
      ref > row ||
      columns.subjectsByRow[at(ref)] !== columns.subjectsByRow[at(row)] ||
      columns.categories[at(ref)] !== columns.categories[at(row)] ||
      !samePeriod(columns, ref, row)
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

/** Whether two rows' events are in the same key period (always, in a file from before periods). */
function samePeriod(columns: FieldColumns, a: number, b: number): boolean {
  if (columns.footer.keys.some((key) => key.period === legacyKeyPeriod)) return true;
  const ts = (row: number) => columns.timesByRow[row - columns.offset] as number;
  return keyPeriodOf(ts(a)) === keyPeriodOf(ts(b));
}

/** `readLakeFile` on an object of the lake bucket; refuses a file stored under another key than it was written for. */
export async function readLakeObject(
  store: Pick<ObjectStore, "get">,
  key: string,
  options: Omit<ReadLakeFileOptions, "file" | "expectedKey">,
): Promise<LakeReadResult> {
  return readLakeFile({ ...options, file: await store.get(key), expectedKey: key });
}

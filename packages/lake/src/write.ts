import { randomFillSync } from "node:crypto";
import {
  higherTier,
  isSensitivityCategory,
  isTier,
  type SensitivityCategory,
  type Tier,
} from "@cordon/sensitivity";
import type { ColumnSource } from "hyparquet-writer";
import { ByteWriter, parquetWrite } from "hyparquet-writer";
import { type CellScope, cellAad, cellAadPrefix, deriveCellKey, sealCell } from "./cell-cipher.ts";
import { type LakeFileSource, lakeFileHour, lakeFileKey } from "./file-key.ts";
import { encodeFooter, type FooterKey, type LakeSlice } from "./footer.ts";
import { type KeyPeriod, keyPeriodOf } from "./key-period.ts";
import type { SubjectDataKey, SubjectKeyName, SubjectKeyring } from "./keyring.ts";
import {
  categoryColumn,
  isTextField,
  lakeDataset,
  lakeParquetSchema,
  lakeSchemaVersion,
  refColumn,
  type TextField,
  textFieldNames,
  textFields,
} from "./layout.ts";

/** A free-text value and the category whose key must encrypt it (the most sensitive found in it). */
export interface SensitiveText {
  value: string;
  category: SensitivityCategory;
}

/** Content that was dropped before writing (docs/invariants.md, invariant 8); stored as `<field>:<category>`. */
export interface Redaction {
  field: TextField;
  category: SensitivityCategory;
}

/**
 * One classified event, as the pipeline hands it to the lake. Everything but
 * `text` is written as plaintext; every `text` value is encrypted.
 */
export interface LakeRow {
  eventId: string;
  eventType: string;
  /** Epoch milliseconds. */
  ts: number;
  seq: number;
  /** The collector's random id of the recording session, kept as it came (see README). */
  sessionId: string;
  org: string;
  /** The subject's pseudonym: the lake never sees the enrolment's subject id. */
  subject: string;
  x?: number;
  y?: number;
  dx?: number;
  dy?: number;
  button?: string;
  modifiers?: readonly string[];
  inputType?: string;
  fieldId?: string;
  tier: Tier;
  categories: readonly SensitivityCategory[];
  redactions?: readonly Redaction[];
  text: Partial<Record<TextField, SensitiveText>>;
}

export interface WriteLakeFileOptions extends LakeFileSource {
  org: string;
  /** Any instant in the file's hour (UTC): places the file in the layout. */
  hour: Date;
  /** Compaction generation (see `LakeFilePlace`); the pipeline leaves it out. */
  generation?: number;
  rows: readonly LakeRow[];
  keyring: Pick<SubjectKeyring, "keysForWriting">;
  /**
   * Put each wrapped subject key in the footer so the file can be read with
   * KMS alone. Off by default: those copies would outlive `destroySubjectKeys`
   * until the file is rewritten, and crypto-shredding (docs/invariants.md, invariant 3)
   * must take effect at once. See README, "Erasure and the footer".
   */
  footerWrappedKeys?: boolean;
  /**
   * Encrypt a repeating field's value once per subject and file (default).
   * `false` gives every row its own cell, for comparison in bench/lake.ts.
   */
  encryptRepeatsOnce?: boolean;
  rowGroupRows?: number;
}

export interface LakeFile {
  /** Object key in the lake bucket (`lakeFileKey`). */
  key: string;
  bytes: Uint8Array;
  rowCount: number;
  schemaVersion: number;
  org: string;
  /** The UTC date (`yyyy-mm-dd`) and hour (0-23) the file is placed under, as in its key. */
  date: string;
  hour: number;
  source: { topic: string; partition: number; firstOffset: string; lastOffset: string };
  firstTs: Date;
  lastTs: Date;
  /** One per subject, in file order: what the catalog stores per (file, subject). */
  slices: LakeSlice[];
  /** The subject keys the file's cells are encrypted under. */
  keys: { subject: string; category: SensitivityCategory; period: KeyPeriod; keyVersion: number }[];
  /** Text values in the rows, and ciphertexts written for them (fewer when values repeat). */
  textValueCount: number;
  cellCount: number;
}

const eventIdPattern = /^[A-Za-z0-9-]{1,64}$/;

/**
 * Builds one lake file: rows sorted by subject then time, plaintext columns
 * as they are, every text value AES-256-GCM encrypted under a key derived
 * from its subject's data key for its category, and a footer naming the keys.
 * Does not upload: the caller puts `bytes` at `key` (see `storeLakeFile`).
 */
export async function writeLakeFile(options: WriteLakeFileOptions): Promise<LakeFile> {
  const key = lakeFileKey(options);
  const rows = sortedRows(options);
  // Each row's key period, computed once: every text value of the row needs it again.
  const periods = rows.map((row) => keyPeriodOf(row.ts));
  const slices = slicesOf(rows, periods);
  const dataKeys = await options.keyring.keysForWriting(options.org, keyNamesOf(rows, periods));
  const dataKeyOf = new Map(
    dataKeys.map((dataKey) => [nameKey(dataKey.subject, dataKey.category, dataKey.period), dataKey]),
  );

  let textValueCount = 0;
  let cellCount = 0;
  const textColumns: ColumnSource[] = [];
  const presentFields: TextField[] = [];
  for (const field of textFieldNames) {
    const encrypted = encryptField(field, rows, periods, slices, {
      fileKey: key,
      dataKeyOf,
      once: textFields[field].repeats && options.encryptRepeatsOnce !== false,
    });
    textValueCount += encrypted.valueCount;
    cellCount += encrypted.cellCount;
    if (encrypted.valueCount > 0) presentFields.push(field);
    textColumns.push(
      // No statistics (min/max would copy ciphertext prefixes into the footer),
      // no dictionary and no compression: neither helps random bytes.
      { name: field, data: encrypted.cells, statistics: false, encoding: "PLAIN", codec: "UNCOMPRESSED" },
      { name: refColumn(field), data: encrypted.refs, statistics: false },
      { name: categoryColumn(field), data: encrypted.categories },
    );
  }

  const footerKeys: FooterKey[] = dataKeys.map((dataKey) => ({
    subject: dataKey.subject,
    category: dataKey.category,
    period: dataKey.period,
    keyVersion: dataKey.keyVersion,
    kmsKeyId: dataKey.kmsKeyId,
    encryptionContext: { ...dataKey.encryptionContext },
    ...(options.footerWrappedKeys === true ? { wrappedKey: dataKey.wrapped } : {}),
  }));
  const source = {
    topic: options.topic,
    partition: options.partition,
    firstOffset: String(options.firstOffset),
    lastOffset: String(options.lastOffset),
  };
  const writer = new ByteWriter();
  await parquetWrite({
    writer,
    schema: lakeParquetSchema(),
    columnData: [...plainColumnData(rows), ...textColumns],
    rowGroupSize: options.rowGroupRows ?? 100_000,
    createdBy: "cordon-lake",
    kvMetadata: encodeFooter({
      schemaVersion: lakeSchemaVersion,
      dataset: lakeDataset,
      fileKey: key,
      org: options.org,
      source,
      keys: footerKeys,
      slices,
      textFields: presentFields,
    }),
  });
  return {
    key,
    bytes: writer.getBytes(),
    rowCount: rows.length,
    schemaVersion: lakeSchemaVersion,
    org: options.org,
    ...lakeFileHour(options.hour),
    source,
    firstTs: new Date(Math.min(...slices.map((entry) => entry.firstTs.getTime()))),
    lastTs: new Date(Math.max(...slices.map((entry) => entry.lastTs.getTime()))),
    slices,
    keys: dataKeys.map(({ subject, category, period, keyVersion }) => ({
      subject,
      category,
      period,
      keyVersion,
    })),
    textValueCount,
    cellCount,
  };
}

function sortedRows(options: WriteLakeFileOptions): LakeRow[] {
  if (options.rows.length === 0) throw new RangeError("a lake file needs at least one row");
  for (const row of options.rows) {
    if (row.org !== options.org) throw new RangeError("every row of a lake file belongs to the file's org");
    // Event ids go into AADs joined by newlines; they must not contain one.
    if (!eventIdPattern.test(row.eventId)) throw new RangeError("eventId must be 1-64 of [A-Za-z0-9-]");
    if (!Number.isSafeInteger(row.ts) || !Number.isSafeInteger(row.seq)) {
      throw new RangeError("ts and seq must be integers");
    }
    if (!isTier(row.tier) || !row.categories.every(isSensitivityCategory)) {
      throw new RangeError("tier and categories must be the lake's");
    }
    // `transit` or an unknown field would be a key or column the lake has not got.
    for (const [field, text] of Object.entries(row.text)) {
      if (!isTextField(field) || (text !== undefined && !isSensitivityCategory(text.category))) {
        throw new RangeError("text fields must be lake text fields under lake categories");
      }
    }
  }
  // Subject, then time: each subject's slice is contiguous and in order. The
  // event id breaks ties so a replay of the same records sorts the same.
  return [...options.rows].sort(
    (a, b) =>
      compareText(a.subject, b.subject) || a.ts - b.ts || a.seq - b.seq || compareText(a.eventId, b.eventId),
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function nameKey(subject: string, category: string, period: KeyPeriod): string {
  // Categories and periods are plain words: the separator cannot occur in one.
  return `${category}\u0000${period}\u0000${subject}`;
}

function slicesOf(rows: readonly LakeRow[], periods: readonly KeyPeriod[]): LakeSlice[] {
  type OpenSlice = LakeSlice & { categorySet: Set<SensitivityCategory>; periodSet: Set<KeyPeriod> };
  const slices: OpenSlice[] = [];
  let current: OpenSlice | undefined;
  rows.forEach((row, index) => {
    if (current === undefined || current.subject !== row.subject) {
      current = {
        subject: row.subject,
        firstRow: index,
        rowCount: 0,
        categories: [],
        categorySet: new Set(),
        periodSet: new Set(),
        keyPeriods: [],
        highestTier: row.tier,
        firstTs: new Date(row.ts),
        lastTs: new Date(row.ts),
      };
      slices.push(current);
    }
    current.rowCount += 1;
    current.highestTier = higherTier(current.highestTier, row.tier);
    current.lastTs = new Date(row.ts);
    for (const category of row.categories) current.categorySet.add(category);
    for (const redaction of row.redactions ?? []) current.categorySet.add(redaction.category);
    for (const field in row.text) {
      const text = row.text[field as TextField];
      if (text === undefined) continue;
      current.categorySet.add(text.category);
      current.periodSet.add(periods[index] as KeyPeriod);
    }
  });
  return slices.map(({ categorySet, periodSet, ...slice }) => ({
    ...slice,
    categories: [...categorySet].sort(),
    keyPeriods: [...periodSet].sort(),
  }));
}

/** Each text value is sealed under its subject's key for its category and the week of its event. */
function keyNamesOf(rows: readonly LakeRow[], periods: readonly KeyPeriod[]): SubjectKeyName[] {
  // Rows are sorted by subject, so one subject's names are gathered at a time
  // without building a string per value.
  const names: SubjectKeyName[] = [];
  let subject: string | undefined;
  let seen = new Map<KeyPeriod, Set<SensitivityCategory>>();
  rows.forEach((row, index) => {
    if (row.subject !== subject) {
      subject = row.subject;
      seen = new Map();
    }
    const period = periods[index] as KeyPeriod;
    for (const field in row.text) {
      const text = row.text[field as TextField];
      if (text === undefined) continue;
      let categories = seen.get(period);
      if (categories === undefined) {
        categories = new Set();
        seen.set(period, categories);
      }
      if (categories.has(text.category)) continue;
      categories.add(text.category);
      names.push({ subject: row.subject, category: text.category, period });
    }
  });
  return names;
}

interface EncryptedField {
  cells: (Uint8Array | null)[];
  refs: (number | null)[];
  categories: (string | null)[];
  valueCount: number;
  cellCount: number;
}

/**
 * One text field's three columns. A value is stored as one cell on the first
 * row that uses it; that row and every later row of the same subject with
 * the same value and category refer to it (with `once`; otherwise every row
 * stores its own). The cell's AAD lists the event ids of all referring rows.
 */
function encryptField(
  field: TextField,
  rows: readonly LakeRow[],
  periods: readonly KeyPeriod[],
  slices: readonly LakeSlice[],
  context: { fileKey: string; dataKeyOf: Map<string, SubjectDataKey>; once: boolean },
): EncryptedField {
  const count = rows.length;
  const cells: (Uint8Array | null)[] = new Array(count).fill(null);
  const refs: (number | null)[] = new Array(count).fill(null);
  const categories: (string | null)[] = new Array(count).fill(null);
  const entryRows: number[] = [];
  // Event ids of the rows referring to each entry, when more than the entry's own.
  const referrers = new Map<number, string[]>();
  let valueCount = 0;

  for (const slice of slices) {
    const entryOf = context.once ? new Map<string, number>() : undefined;
    for (let row = slice.firstRow; row < slice.firstRow + slice.rowCount; row++) {
      const event = rows[row] as LakeRow;
      const text = event.text[field];
      if (text === undefined) continue;
      valueCount += 1;
      categories[row] = text.category;
      if (entryOf === undefined) {
        // Every row its own cell (keystrokes: shared cells would tell equal letters apart).
        refs[row] = row;
        entryRows.push(row);
        continue;
      }
      // A value is shared only within one key period: a row must never
      // depend on a key that retention shreds before the row expires. The
      // slice is one subject's, so its name is left out of the key.
      const dedupeKey = `${text.category}\u0000${periods[row]}\u0000${text.value}`;
      const entry = entryOf.get(dedupeKey);
      if (entry === undefined) {
        entryOf.set(dedupeKey, row);
        refs[row] = row;
        entryRows.push(row);
        continue;
      }
      refs[row] = entry;
      const others = referrers.get(entry);
      if (others === undefined) referrers.set(entry, [(rows[entry] as LakeRow).eventId, event.eventId]);
      else others.push(event.eventId);
    }
  }

  // One draw from the CSPRNG for the whole column: a call per cell costs as much as the AES.
  const nonces = Buffer.allocUnsafe(entryRows.length * 12);
  randomFillSync(nonces);
  const scopeCache = new Map<string, { cellKey: Buffer; aadPrefix: Buffer }>();
  // Rows are sorted by subject and time: consecutive cells nearly always share a scope.
  let last: { subject: string; category: SensitivityCategory; period: KeyPeriod } | undefined;
  let scope: { cellKey: Buffer; aadPrefix: Buffer } | undefined;
  entryRows.forEach((entryRow, index) => {
    const event = rows[entryRow] as LakeRow;
    const text = event.text[field] as SensitiveText;
    const period = periods[entryRow] as KeyPeriod;
    if (
      scope === undefined ||
      last?.subject !== event.subject ||
      last.category !== text.category ||
      last.period !== period
    ) {
      last = { subject: event.subject, category: text.category, period };
      const scopeId = nameKey(event.subject, text.category, period);
      scope = scopeCache.get(scopeId);
      if (scope === undefined) {
        scope = scopeOf(field, last, context);
        scopeCache.set(scopeId, scope);
      }
    }
    const aad = cellAad(scope.aadPrefix, entryRow, referrers.get(entryRow) ?? [event.eventId]);
    cells[entryRow] = sealCell(scope.cellKey, nonces.subarray(index * 12, index * 12 + 12), aad, text.value);
  });
  return { cells, refs, categories, valueCount, cellCount: entryRows.length };
}

/** The cell key and AAD prefix of one field, subject, category and period in this file. */
function scopeOf(
  field: TextField,
  name: { subject: string; category: SensitivityCategory; period: KeyPeriod },
  context: { fileKey: string; dataKeyOf: Map<string, SubjectDataKey> },
): { cellKey: Buffer; aadPrefix: Buffer } {
  const dataKey = context.dataKeyOf.get(nameKey(name.subject, name.category, name.period));
  if (dataKey === undefined) throw new Error("no data key for a subject and category the rows need");
  const cellScope: CellScope = {
    dataset: lakeDataset,
    fileKey: context.fileKey,
    column: field,
    subject: name.subject,
    category: name.category,
    keyVersion: dataKey.keyVersion,
    period: name.period,
  };
  return { cellKey: deriveCellKey(dataKey.plaintext, cellScope), aadPrefix: cellAadPrefix(cellScope) };
}

/**
 * Plaintext columns whose min/max no reader prunes by: random ids, pointer
 * coordinates, hashed field ids, references into the file. Statistics of
 * the others (time, type, subject, tier, categories) let a reader skip a
 * file or row group without opening it.
 */
const unprunedColumns = new Set([
  "event_id",
  "session_id",
  "x",
  "y",
  "dx",
  "dy",
  "modifiers",
  "field_id",
  "redacted",
]);

function plainColumnData(rows: readonly LakeRow[]): ColumnSource[] {
  const column = <T>(name: string, pick: (row: LakeRow) => T): ColumnSource => ({
    name,
    data: rows.map(pick) as ColumnSource["data"],
    ...(unprunedColumns.has(name) ? { statistics: false } : {}),
  });
  return [
    column("event_id", (row) => row.eventId),
    column("event_type", (row) => row.eventType),
    column("ts", (row) => row.ts),
    column("seq", (row) => BigInt(row.seq)),
    column("session_id", (row) => row.sessionId),
    column("subject", (row) => row.subject),
    column("org", (row) => row.org),
    column("x", (row) => row.x ?? null),
    column("y", (row) => row.y ?? null),
    column("dx", (row) => row.dx ?? null),
    column("dy", (row) => row.dy ?? null),
    column("button", (row) => row.button ?? null),
    column("modifiers", (row) => [...(row.modifiers ?? [])]),
    column("input_type", (row) => row.inputType ?? null),
    column("field_id", (row) => row.fieldId ?? null),
    column("tier", (row) => row.tier),
    column("categories", (row) => [...row.categories]),
    column("redacted", (row) =>
      (row.redactions ?? []).map((redaction) => `${redaction.field}:${redaction.category}`),
    ),
  ];
}

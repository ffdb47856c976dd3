import {
  isSensitivityCategory as isLakeCategory,
  isTier,
  type SensitivityCategory as LakeCategory,
} from "@cordon/sensitivity";
import { parquetReadObjects } from "hyparquet";
import { lakeFileGeneration } from "./file-key.ts";
import type { LakeFooter } from "./footer.ts";
import { type KeyPeriod, keyPeriodOf, legacyKeyPeriod } from "./key-period.ts";
import { keyringKeySource } from "./key-sources.ts";
import type { SubjectKeyring } from "./keyring.ts";
import { categoryColumn, type TextField, textFieldNames } from "./layout.ts";
import { type LakeReadRow, readLakeFile, type UnreadableCell } from "./read.ts";
import { type LakeFile, type LakeRow, type Redaction, type SensitiveText, writeLakeFile } from "./write.ts";

export interface CompactLakeFileOptions {
  /** The stored file and the key it is stored under. */
  file: Uint8Array;
  fileKey: string;
  /** Reads the kept subjects' keys and re-seals their cells under the new file's name. */
  keyring: Pick<SubjectKeyring, "keysForReading" | "keysForWriting">;
  /** Subjects whose rows are left out (erased subjects' pseudonyms). */
  dropSubjects?: ReadonlySet<string>;
  /** A row is left out when this says so (e.g. its event type's retention has run out). */
  dropRow?: (row: LakeRow) => boolean;
  /**
   * A text value is left out of a kept row when this says so (e.g. its
   * category has expired). A cell whose key is gone (shredded by retention)
   * is dropped when this says so, and otherwise refuses the rewrite.
   */
  dropText?: (row: LakeRow, field: TextField, category: LakeCategory) => boolean;
  /**
   * Whether retention shredded the key of this subject, category and key
   * period: a kept row's cell under such a key is dropped, since nothing
   * can read it again (an erasure's compaction meets them in files
   * retention has not rewritten yet).
   */
  shredded?: (subject: string, category: LakeCategory, period: KeyPeriod) => boolean;
}

export type CompactLakeFileResult =
  | { kind: "unchanged"; footer: LakeFooter }
  | { kind: "emptied"; footer: LakeFooter; droppedRows: number }
  | { kind: "rewritten"; footer: LakeFooter; file: LakeFile; droppedRows: number; droppedTexts: number };

/** A kept subject's cell did not decrypt: rewriting would silently lose it, so nothing is written. */
export class LakeCompactionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LakeCompactionError";
  }
}

/**
 * Rewrites one lake file without the rows (and text values) the caller
 * drops: every kept cell is decrypted with its subject's key and sealed
 * again for the new file's name (the next compaction generation), since a
 * cell's AAD binds it to its file and row. Does not store anything: the
 * caller puts `file` in the lake, swaps the catalog rows and then deletes
 * the old object. Deterministic in what it keeps, so a retry after a crash
 * writes an equivalent file under the same name.
 */
export async function compactLakeFile(options: CompactLakeFileOptions): Promise<CompactLakeFileResult> {
  const dropSubjects = options.dropSubjects ?? new Set<string>();
  const read = await readLakeFile({
    file: options.file,
    expectedKey: options.fileKey,
    keys: keyringKeySource(options.keyring),
    textFields: textFieldNames,
  });
  const { footer } = read;
  const categories = await textCategories(options.file);
  const keptRows = read.rows.filter((row) => !dropSubjects.has(String(row.plain.subject)));
  const unreadableByRow = new Map<number, UnreadableCell[]>();
  for (const cell of read.unreadable) {
    unreadableByRow.set(cell.row, [...(unreadableByRow.get(cell.row) ?? []), cell]);
  }

  let droppedTexts = 0;
  const rows: LakeRow[] = [];
  for (const read of keptRows) {
    const row = toLakeRow(read, categories, footer.org);
    // A dropped row takes its cells with it, readable or not.
    if (options.dropRow?.(row) === true) continue;
    for (const cell of unreadableByRow.get(read.row) ?? []) {
      // A cell whose key retention already shredded is one the caller drops
      // anyway; any other unreadable cell would be lost by rewriting.
      const category = categories.get(cell.field)?.[read.row];
      const dropped =
        cell.reason === "key-unavailable" &&
        typeof category === "string" &&
        isLakeCategory(category) &&
        (options.dropText?.(row, cell.field, category) === true ||
          options.shredded?.(row.subject, category, cellPeriod(footer, row, category)) === true);
      if (!dropped) {
        throw new LakeCompactionError(
          `row ${cell.row} field ${cell.field} of a kept subject is ${cell.reason}; the file is left as it is`,
        );
      }
      droppedTexts += 1;
    }
    if (options.dropText !== undefined) {
      for (const field of textFieldNames) {
        const text = row.text[field];
        if (text !== undefined && options.dropText(row, field, text.category)) {
          delete row.text[field];
          droppedTexts += 1;
        }
      }
    }
    rows.push(row);
  }

  const droppedRows = read.rows.length - rows.length;
  if (droppedRows === 0 && droppedTexts === 0) return { kind: "unchanged", footer };
  if (rows.length === 0) return { kind: "emptied", footer, droppedRows };
  const first = rows[0] as LakeRow;
  const file = await writeLakeFile({
    org: footer.org,
    // Keeps the file in its hour of the layout.
    hour: hourOfKey(options.fileKey) ?? new Date(first.ts),
    topic: footer.source.topic,
    partition: footer.source.partition,
    firstOffset: footer.source.firstOffset,
    lastOffset: footer.source.lastOffset,
    generation: lakeFileGeneration(options.fileKey) + 1,
    rows,
    keyring: options.keyring,
  });
  return { kind: "rewritten", footer, file, droppedRows, droppedTexts };
}

/** The key period a row's cell of `category` was sealed under, as the reader finds it. */
function cellPeriod(footer: LakeFooter, row: LakeRow, category: LakeCategory): KeyPeriod {
  const legacy = footer.keys.some(
    (key) => key.subject === row.subject && key.category === category && key.period === legacyKeyPeriod,
  );
  return legacy ? legacyKeyPeriod : keyPeriodOf(row.ts);
}

/** The `date=…/hour=…` a lake file key names, as an instant in that hour. */
function hourOfKey(key: string): Date | undefined {
  const match = /\/date=(\d{4}-\d{2}-\d{2})\/hour=(\d{2})\//.exec(key);
  if (match === null) return undefined;
  return new Date(`${match[1]}T${match[2]}:00:00.000Z`);
}

/** Per text field, the category each row's value was sealed under (plaintext metadata). */
async function textCategories(file: Uint8Array): Promise<Map<TextField, unknown[]>> {
  const buffer = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer;
  const columns = textFieldNames.map(categoryColumn);
  const records = await parquetReadObjects({ file: buffer, columns });
  return new Map(
    textFieldNames.map((field) => [field, records.map((record) => record[categoryColumn(field)])]),
  );
}

function optionalNumber(value: unknown): number | undefined {
  if (typeof value === "number") return value;
  if (typeof value === "bigint") return Number(value);
  return undefined;
}

function optionalText(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function textList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

function toLakeRow(read: LakeReadRow, categories: Map<TextField, unknown[]>, org: string): LakeRow {
  const plain = read.plain;
  const ts = plain.ts instanceof Date ? plain.ts.getTime() : Number(plain.ts);
  const tier = String(plain.tier);
  if (!isTier(tier)) throw new LakeCompactionError(`row ${read.row} has an unknown tier`);
  const rowCategories = textList(plain.categories).filter(isLakeCategory);
  const redactions: Redaction[] = textList(plain.redacted).flatMap((entry) => {
    const [field, category] = entry.split(":");
    return field !== undefined &&
      category !== undefined &&
      isLakeCategory(category) &&
      textFieldNames.includes(field as TextField)
      ? [{ field: field as TextField, category }]
      : [];
  });
  const text: Partial<Record<TextField, SensitiveText>> = {};
  for (const [field, value] of Object.entries(read.text) as [TextField, string][]) {
    const category = categories.get(field)?.[read.row];
    if (typeof category !== "string" || !isLakeCategory(category)) {
      throw new LakeCompactionError(`row ${read.row} field ${field} has no category`);
    }
    text[field] = { value, category };
  }
  const row: LakeRow = {
    eventId: String(plain.event_id),
    eventType: String(plain.event_type),
    ts,
    seq: Number(plain.seq),
    sessionId: String(plain.session_id),
    org,
    subject: String(plain.subject),
    tier,
    categories: rowCategories,
    text,
  };
  const numbers = { x: plain.x, y: plain.y, dx: plain.dx, dy: plain.dy };
  for (const [name, value] of Object.entries(numbers) as [keyof typeof numbers, unknown][]) {
    const number = optionalNumber(value);
    if (number !== undefined) row[name] = number;
  }
  const button = optionalText(plain.button);
  if (button !== undefined) row.button = button;
  const inputType = optionalText(plain.input_type);
  if (inputType !== undefined) row.inputType = inputType;
  const fieldId = optionalText(plain.field_id);
  if (fieldId !== undefined) row.fieldId = fieldId;
  const modifiers = textList(plain.modifiers);
  if (modifiers.length > 0) row.modifiers = modifiers;
  if (redactions.length > 0) row.redactions = redactions;
  return row;
}

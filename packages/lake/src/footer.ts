import { fieldCategories, type SensitivityCategory, type Tier, tiers } from "@cordon/sensitivity";
import type { KeyValue } from "hyparquet-writer";
import { z } from "zod";
import { isKeyPeriod, type KeyPeriod, legacyKeyPeriod } from "./key-period.ts";
import { isTextField, lakeDataset, lakeSchemaVersion, type TextField } from "./layout.ts";

/**
 * One subject's rows in a file: contiguous, because rows are sorted by
 * subject then time. The catalog stores one row per slice; later row-level
 * policies filter on it.
 */
export interface LakeSlice {
  subject: string;
  /** First file row of the slice (0-based) and how many rows follow it. */
  firstRow: number;
  rowCount: number;
  /** Every category found in the slice's events, whether or not a field of it was kept. */
  categories: SensitivityCategory[];
  highestTier: Tier;
  firstTs: Date;
  lastTs: Date;
  /** The key periods its cells are sealed under, in order (`legacy` in files from before periods). */
  keyPeriods: KeyPeriod[];
}

/**
 * A subject data key a file's cells need. With `wrappedKey` present the file
 * can be read with KMS alone (unwrap it under `encryptionContext`).
 */
export interface FooterKey {
  subject: string;
  category: SensitivityCategory;
  /** The key's period (`legacy` in files from before periods, whose footers name none). */
  period: KeyPeriod;
  keyVersion: number;
  kmsKeyId: string;
  encryptionContext: Record<string, string>;
  wrappedKey?: Buffer;
}

export interface LakeFooter {
  schemaVersion: number;
  dataset: string;
  /** The object key the file was written for; every cell's AAD names it. */
  fileKey: string;
  org: string;
  source: { topic: string; partition: number; firstOffset: string; lastOffset: string };
  keys: FooterKey[];
  slices: LakeSlice[];
  /** The text fields that have ciphertext in this file. */
  textFields: TextField[];
}

const prefix = "cordon.lake.";

const category = z.enum(fieldCategories);
const textField = z.custom<TextField>((value) => typeof value === "string" && isTextField(value));
const keyPeriod = z.string().refine(isKeyPeriod, "not a key period");
const footerKey = z.strictObject({
  subject: z.string().min(1),
  category,
  period: keyPeriod.default(legacyKeyPeriod),
  keyVersion: z.int().min(1),
  kmsKeyId: z.string().min(1),
  encryptionContext: z.record(z.string(), z.string()),
  wrappedKey: z.base64().optional(),
});
const slice = z.strictObject({
  subject: z.string().min(1),
  firstRow: z.int().min(0),
  rowCount: z.int().min(1),
  categories: z.array(category),
  highestTier: z.enum(tiers),
  firstTs: z.int(),
  lastTs: z.int(),
  keyPeriods: z.array(keyPeriod).default([legacyKeyPeriod]),
});
const source = z.strictObject({
  topic: z.string().min(1),
  partition: z.int().min(0),
  firstOffset: z.string().regex(/^[0-9]+$/),
  lastOffset: z.string().regex(/^[0-9]+$/),
});

/** The footer as Parquet key-value metadata: plain strings, JSON where structured. */
export function encodeFooter(footer: LakeFooter): KeyValue[] {
  const keys = footer.keys.map(({ wrappedKey, ...key }) =>
    wrappedKey === undefined ? key : { ...key, wrappedKey: wrappedKey.toString("base64") },
  );
  const slices = footer.slices.map((entry) => ({
    ...entry,
    firstTs: entry.firstTs.getTime(),
    lastTs: entry.lastTs.getTime(),
  }));
  return [
    { key: `${prefix}schema_version`, value: String(footer.schemaVersion) },
    { key: `${prefix}dataset`, value: footer.dataset },
    { key: `${prefix}file_key`, value: footer.fileKey },
    { key: `${prefix}org`, value: footer.org },
    { key: `${prefix}source`, value: JSON.stringify(footer.source) },
    { key: `${prefix}text_fields`, value: JSON.stringify(footer.textFields) },
    { key: `${prefix}keys`, value: JSON.stringify(keys) },
    { key: `${prefix}slices`, value: JSON.stringify(slices) },
  ];
}

/** Not a lake file this code can read: no Cordon footer, another version, or a malformed one. */
export class LakeFooterError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "LakeFooterError";
  }
}

export function decodeFooter(metadata: readonly KeyValue[] | undefined): LakeFooter {
  const values = new Map((metadata ?? []).map((entry) => [entry.key, entry.value]));
  const text = (name: string): string => {
    const value = values.get(`${prefix}${name}`);
    if (value === undefined) throw new LakeFooterError(`lake footer has no ${prefix}${name}`);
    return value;
  };
  const json = <T>(name: string, schema: z.ZodType<T>): T => {
    try {
      return schema.parse(JSON.parse(text(name)));
    } catch (error) {
      if (error instanceof LakeFooterError) throw error;
      throw new LakeFooterError(`lake footer ${prefix}${name} is malformed`, { cause: error });
    }
  };
  const schemaVersion = Number(text("schema_version"));
  if (schemaVersion !== lakeSchemaVersion) {
    throw new LakeFooterError(`lake schema version ${text("schema_version")} is not ${lakeSchemaVersion}`);
  }
  const dataset = text("dataset");
  if (dataset !== lakeDataset) throw new LakeFooterError(`lake dataset ${dataset} is not ${lakeDataset}`);
  return {
    schemaVersion,
    dataset,
    fileKey: text("file_key"),
    org: text("org"),
    source: json("source", source),
    textFields: json("text_fields", z.array(textField)),
    keys: json("keys", z.array(footerKey)).map(({ wrappedKey, ...key }) =>
      wrappedKey === undefined ? key : { ...key, wrappedKey: Buffer.from(wrappedKey, "base64") },
    ),
    slices: json("slices", z.array(slice)).map((entry) => ({
      ...entry,
      firstTs: new Date(entry.firstTs),
      lastTs: new Date(entry.lastTs),
    })),
  };
}

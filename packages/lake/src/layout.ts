import type { SchemaElement } from "hyparquet-writer";

/**
 * What a lake file is: the dataset name every cell's AAD carries, and the
 * version of the column layout and footer below. A reader refuses a version
 * it does not know instead of guessing.
 */
export const lakeDataset = "events/v1";
export const lakeSchemaVersion = 1;

/**
 * The free-text fields of an event (docs/invariants.md, invariant 1): always
 * ciphertext in the lake. `repeats` marks fields whose values recur within
 * a subject's hour and whose equality says little (the same window, the same
 * page): they are encrypted once per distinct value and subject in a file.
 * The others are encrypted per row, because equal references would turn a
 * subject's keystrokes or typed text into a substitution cipher that
 * frequency analysis reads.
 */
export const textFields = {
  typed_text: { repeats: false, about: "text typed into a field (text.input), or rebuilt from keystrokes" },
  key_char: { repeats: false, about: "key.press `key`: the character or key name" },
  key_code: { repeats: false, about: "key.press `code`: the physical key, which tells the character" },
  window_title: { repeats: true, about: "title of the foreground window" },
  url: { repeats: true, about: "address of the foreground browser tab" },
  app_name: {
    repeats: true,
    about: "foreground application (an app can itself be telling, e.g. a therapy app)",
  },
  app_bundle_id: { repeats: true, about: "bundle id or executable of the foreground application" },
  clipboard_text: { repeats: false, about: "text copied (clipboard.copy)" },
  prompt_text: { repeats: false, about: "text sent to an AI assistant (ai.prompt)" },
  prompt_tool: { repeats: true, about: "name of the AI assistant" },
  screen_text: { repeats: true, about: "text read from the screen; the same screen is read again and again" },
} as const;

export type TextField = keyof typeof textFields;
export const textFieldNames = Object.keys(textFields) as TextField[];

export function isTextField(value: string): value is TextField {
  return Object.hasOwn(textFields, value);
}

/**
 * Each text field is three Parquet columns:
 *   `<field>`           ciphertext of a distinct value, stored on the first row that uses it
 *   `<field>_ref`       per row, the file row holding its ciphertext (null: no value)
 *   `<field>_category`  per row, the category whose key encrypted it
 * The ciphertext column gets no statistics, no dictionary, no compression.
 */
export function refColumn(field: TextField): string {
  return `${field}_ref`;
}
export function categoryColumn(field: TextField): string {
  return `${field}_category`;
}

/** Plaintext columns, filterable without keys: event type, time, pseudonym, org, pointer position. */
export const plainColumns = [
  "event_id",
  "event_type",
  "ts",
  "seq",
  "session_id",
  "subject",
  "org",
  "x",
  "y",
  "dx",
  "dy",
  "button",
  "modifiers",
  "input_type",
  "field_id",
  "tier",
  "categories",
  "redacted",
] as const;
export type PlainColumn = (typeof plainColumns)[number];

const required = "REQUIRED" as const;
const optional = "OPTIONAL" as const;

function stringColumn(name: string, repetition: "REQUIRED" | "OPTIONAL"): SchemaElement {
  return { name, type: "BYTE_ARRAY", converted_type: "UTF8", repetition_type: repetition };
}

/** A list of strings in the standard three-level LIST layout, which DuckDB and Arrow read as list<string>. */
function stringListColumn(name: string): SchemaElement[] {
  return [
    { name, repetition_type: required, converted_type: "LIST", num_children: 1 },
    { name: "list", repetition_type: "REPEATED", num_children: 1 },
    stringColumn("element", required),
  ];
}

function plainSchema(): SchemaElement[] {
  return [
    stringColumn("event_id", required),
    stringColumn("event_type", required),
    { name: "ts", type: "INT64", converted_type: "TIMESTAMP_MILLIS", repetition_type: required },
    { name: "seq", type: "INT64", repetition_type: required },
    stringColumn("session_id", required),
    stringColumn("subject", required),
    stringColumn("org", required),
    { name: "x", type: "DOUBLE", repetition_type: optional },
    { name: "y", type: "DOUBLE", repetition_type: optional },
    { name: "dx", type: "DOUBLE", repetition_type: optional },
    { name: "dy", type: "DOUBLE", repetition_type: optional },
    stringColumn("button", optional),
    ...stringListColumn("modifiers"),
    stringColumn("input_type", optional),
    stringColumn("field_id", optional),
    stringColumn("tier", required),
    ...stringListColumn("categories"),
    ...stringListColumn("redacted"),
  ];
}

function textFieldSchema(field: TextField): SchemaElement[] {
  return [
    { name: field, type: "BYTE_ARRAY", repetition_type: optional },
    { name: refColumn(field), type: "INT32", repetition_type: optional },
    stringColumn(categoryColumn(field), optional),
  ];
}

/** The whole file schema, root first, as hyparquet-writer takes it. */
export function lakeParquetSchema(): SchemaElement[] {
  const columns = [...plainSchema(), ...textFieldNames.flatMap(textFieldSchema)];
  const topLevel = plainColumns.length + textFieldNames.length * 3;
  return [{ name: "root", num_children: topLevel }, ...columns];
}

/** Top-level column names in file order. */
export function lakeColumnNames(): string[] {
  return [
    ...plainColumns,
    ...textFieldNames.flatMap((field) => [field, refColumn(field), categoryColumn(field)]),
  ];
}

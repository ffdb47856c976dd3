import { type LakeReadRow, type TextField, textFieldNames } from "@cordon/lake";
import { type ColumnSource, parquetWriteBuffer } from "hyparquet-writer";

/**
 * One row of an export file. Every identifier that is the same across the
 * lake (subject, session, event id) is replaced by the export's own
 * pseudonym: two exports share no value a join could link people on.
 */
export interface ExportRow {
  eventId: string;
  subject: string;
  sessionId: string;
  eventType: string;
  ts: number;
  seq: number;
  x: number | null;
  y: number | null;
  dx: number | null;
  dy: number | null;
  button: string | null;
  inputType: string | null;
  tier: string;
  text: Partial<Record<TextField, string>>;
}

type Pseudonymize = (kind: "subject" | "session" | "event", value: string) => string;

const stringOrNull = (value: unknown) => (typeof value === "string" ? value : null);
const numberOrNull = (value: unknown) => (typeof value === "number" ? value : null);

export function exportRowOf(row: LakeReadRow, pseudonymize: Pseudonymize): ExportRow {
  const plain = row.plain;
  const ts = plain.ts instanceof Date ? plain.ts.getTime() : Number(plain.ts);
  return {
    eventId: pseudonymize("event", String(plain.event_id)),
    subject: pseudonymize("subject", String(plain.subject)),
    sessionId: pseudonymize("session", String(plain.session_id)),
    eventType: String(plain.event_type),
    ts,
    seq: Number(plain.seq),
    x: numberOrNull(plain.x),
    y: numberOrNull(plain.y),
    dx: numberOrNull(plain.dx),
    dy: numberOrNull(plain.dy),
    button: stringOrNull(plain.button),
    inputType: stringOrNull(plain.input_type),
    tier: String(plain.tier),
    text: row.text,
  };
}

/**
 * Plain Parquet (no Cordon footer, no encryption inside) that DuckDB and
 * pyarrow open as they are. Text columns are present only when some field
 * group was granted; a cell of a category that was not granted is null.
 */
export function exportParquet(rows: readonly ExportRow[], withText: boolean): Uint8Array {
  const columns: ColumnSource[] = [
    { name: "event_id", data: rows.map((row) => row.eventId), type: "STRING" },
    { name: "subject", data: rows.map((row) => row.subject), type: "STRING" },
    { name: "session_id", data: rows.map((row) => row.sessionId), type: "STRING" },
    { name: "event_type", data: rows.map((row) => row.eventType), type: "STRING" },
    { name: "ts", data: rows.map((row) => new Date(row.ts)), type: "TIMESTAMP" },
    { name: "seq", data: rows.map((row) => BigInt(row.seq)), type: "INT64" },
    { name: "x", data: rows.map((row) => row.x), type: "DOUBLE" },
    { name: "y", data: rows.map((row) => row.y), type: "DOUBLE" },
    { name: "dx", data: rows.map((row) => row.dx), type: "DOUBLE" },
    { name: "dy", data: rows.map((row) => row.dy), type: "DOUBLE" },
    { name: "button", data: rows.map((row) => row.button), type: "STRING" },
    { name: "input_type", data: rows.map((row) => row.inputType), type: "STRING" },
    { name: "tier", data: rows.map((row) => row.tier), type: "STRING" },
  ];
  if (withText) {
    for (const field of textFieldNames) {
      columns.push({ name: field, data: rows.map((row) => row.text[field] ?? null), type: "STRING" });
    }
  }
  return new Uint8Array(parquetWriteBuffer({ columnData: columns, rowGroupSize: 100_000 }));
}

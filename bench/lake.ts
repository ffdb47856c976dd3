// Lake write/read cost: Parquet + cell encryption for a realistic hour of
// telemetry, cells per row vs per distinct value, and KMS calls per million
// events through the real keyring (Postgres + KMS of the local stack).
//   node --import tsx bench/lake.ts            (needs `npm run stack:up` for the KMS part)
//   node --import tsx bench/lake.ts 20000       (fewer rows)
import { createCipheriv, randomBytes, randomFillSync, randomUUID } from "node:crypto";
import { loadavg } from "node:os";
import { createPool } from "@cordon/db";
import { createKmsKeyService } from "@cordon/key-service";
import {
  createSubjectKeyring,
  type LakeCategory,
  type LakeRow,
  readLakeFile,
  type SensitiveText,
  type SubjectDataKey,
  type SubjectKeyName,
  type TextField,
  textFieldNames,
  writeLakeFile,
} from "@cordon/lake";
import { isolatedDatabase, stackEnv } from "@cordon/testkit";
import { seededRandom } from "@cordon/testkit/seeded-random";
import { ByteWriter, parquetWrite } from "hyparquet-writer";
import { reportFigure } from "./lib/summary.ts";

const rowCount = Number(process.argv[2] ?? 100_000);
const subjectCount = 50;
const hourStartMs = Date.UTC(2026, 0, 15, 9);

const apps = [
  "Google Chrome",
  "Slack",
  "Visual Studio Code",
  "Microsoft Outlook",
  "Zoom",
  "Notion",
  "Finder",
];
const sites = ["docs.example.com", "jira.example.com", "mail.example.com", "github.com", "hr.example.com"];
const words =
  "the quarterly plan review budget customer meeting notes draft follow up with team on api latency".split(
    " ",
  );

/**
 * An hour of 50 people at work: mostly pointer movement, keystrokes in bursts,
 * a dozen windows and a few dozen pages each, so titles, URLs and app names
 * repeat heavily within a subject, as they do in real recordings.
 */
function realisticRows(org: string): LakeRow[] {
  const random = seededRandom(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const phrase = (length: number) => Array.from({ length }, () => pick(words)).join(" ");
  const rows: LakeRow[] = [];
  const perSubject = Math.ceil(rowCount / subjectCount);
  for (let s = 0; s < subjectCount && rows.length < rowCount; s++) {
    const subject = `subject-${String(s).padStart(3, "0")}`;
    const sessionId = randomUUID();
    const windows = Array.from({ length: 12 }, (_, w) => {
      const app = pick(apps);
      const site = pick(sites);
      return {
        app,
        title: `${phrase(3)} (${w}) - ${app}`,
        url: app === "Google Chrome" ? `https://${site}/${phrase(2).replace(/ /g, "/")}/${w}` : undefined,
      };
    });
    let window = pick(windows);
    for (let seq = 0; seq < perSubject && rows.length < rowCount; seq++) {
      if (random() < 0.01) window = pick(windows);
      const roll = random();
      const category: LakeCategory = random() < 0.9 ? "text" : random() < 0.5 ? "pii" : "health";
      const sealed = (value: string): SensitiveText => ({ value, category });
      const text: Partial<Record<TextField, SensitiveText>> = {
        window_title: { value: window.title, category: "text" },
        app_name: { value: window.app, category: "text" },
        ...(window.url === undefined ? {} : { url: { value: window.url, category: "text" as const } }),
      };
      let eventType = "pointer.move";
      if (roll < 0.2) {
        eventType = "key.press";
        const letter = pick(words).slice(0, 1);
        text.key_char = sealed(letter);
        text.key_code = sealed(`Key${letter.toUpperCase()}`);
      } else if (roll < 0.23) {
        eventType = "text.input";
        text.typed_text = sealed(phrase(8));
      } else if (roll < 0.24) {
        eventType = "clipboard.copy";
        text.clipboard_text = sealed(phrase(12));
      } else if (roll < 0.25) {
        eventType = "ai.prompt";
        text.prompt_text = { value: phrase(25), category: "prompt" };
        text.prompt_tool = { value: "ChatGPT", category: "prompt" };
      } else if (roll < 0.27) {
        eventType = "screen.text";
        text.screen_text = sealed(`${window.title}\n${phrase(40)}`);
      } else if (roll < 0.35) {
        eventType = "pointer.click";
      }
      rows.push({
        eventId: randomUUID(),
        eventType,
        ts: hourStartMs + Math.floor((seq / perSubject) * 3_600_000),
        seq,
        sessionId,
        org,
        subject,
        ...(eventType.startsWith("pointer")
          ? { x: Math.floor(random() * 1920), y: Math.floor(random() * 1080) }
          : {}),
        ...(eventType === "pointer.click" ? { button: "left" } : {}),
        tier: category === "text" ? "internal" : "confidential",
        categories: [...new Set(Object.values(text).map((value) => (value as SensitiveText).category))],
        text,
      });
    }
  }
  return rows;
}

/** Keys in memory: isolates Parquet + AES cost from Postgres and KMS. */
function memoryKeyring() {
  const keys = new Map<string, SubjectDataKey>();
  return {
    async keysForWriting(org: string, names: readonly SubjectKeyName[]) {
      return names.map((name) => {
        const id = `${name.subject}/${name.category}`;
        let key = keys.get(id);
        if (key === undefined) {
          key = {
            org,
            ...name,
            keyVersion: 1,
            plaintext: randomBytes(32),
            wrapped: randomBytes(184),
            kmsKeyId: "arn:aws:kms:us-east-1:000000000000:key/bench",
            encryptionContext: { purpose: "lake", org, subject: name.subject, category: name.category },
          };
          keys.set(id, key);
        }
        return key;
      });
    },
    openKeys: async (_footer: unknown, wanted: readonly SubjectKeyName[]) =>
      wanted.flatMap((name) => {
        const key = keys.get(`${name.subject}/${name.category}`);
        return key === undefined ? [] : [{ ...name, plaintext: key.plaintext }];
      }),
  };
}

function time<T>(run: () => Promise<T>): Promise<{ result: T; seconds: number }> {
  const start = process.hrtime.bigint();
  return run().then((result) => ({ result, seconds: Number(process.hrtime.bigint() - start) / 1e9 }));
}

async function median<T>(runs: number, run: () => Promise<T>) {
  const results: { result: T; seconds: number }[] = [];
  for (let i = 0; i < runs; i++) results.push(await time(run));
  results.sort((a, b) => a.seconds - b.seconds);
  return results[Math.floor(runs / 2)] as { result: T; seconds: number };
}

/**
 * The writer's rate at steady state: the same file written again and again
 * until a million rows and at least 30 seconds have gone through (the
 * medians above are single files of a second or so, which one GC pause or a
 * busy neighbour moves by a third). CPU seconds are the process's, GC threads
 * included: the figure a busy host skews least.
 */
async function steadyWrites(writeFile: () => Promise<unknown>, rowsPerFile: number) {
  const minimumRows = Number(process.env.BENCH_LAKE_ROWS ?? 1_000_000);
  const minimumSeconds = Number(process.env.BENCH_LAKE_SECONDS ?? 30);
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  let files = 0;
  let seconds = 0;
  while (files * rowsPerFile < minimumRows || seconds < minimumSeconds) {
    await writeFile();
    files += 1;
    seconds = Number(process.hrtime.bigint() - start) / 1e9;
  }
  const cpu = process.cpuUsage(cpuStart);
  const rows = files * rowsPerFile;
  return { files, rows, seconds, rowsPerSecond: rows / seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

function microsPerCell(cells: number, nonceFor: (i: number) => Buffer): number {
  const key = randomBytes(32);
  const aad = Buffer.alloc(200, 7);
  const value = Buffer.alloc(32, 1);
  const start = process.hrtime.bigint();
  for (let i = 0; i < cells; i++) {
    const cipher = createCipheriv("aes-256-gcm", key, nonceFor(i));
    cipher.setAAD(aad);
    cipher.update(value);
    cipher.final();
    cipher.getAuthTag();
  }
  return Number(process.hrtime.bigint() - start) / 1e3 / cells;
}

/** The same rows written as Parquet with plaintext text columns: the cost of Parquet alone. */
async function plainParquet(rows: readonly LakeRow[]): Promise<Uint8Array> {
  const writer = new ByteWriter();
  await parquetWrite({
    writer,
    columnData: [
      { name: "event_id", data: rows.map((row) => row.eventId), type: "STRING" },
      { name: "event_type", data: rows.map((row) => row.eventType), type: "STRING" },
      { name: "ts", data: rows.map((row) => row.ts), type: "TIMESTAMP" },
      { name: "subject", data: rows.map((row) => row.subject), type: "STRING" },
      { name: "x", data: rows.map((row) => row.x ?? null), type: "DOUBLE" },
      { name: "y", data: rows.map((row) => row.y ?? null), type: "DOUBLE" },
      ...textFieldNames.map((field) => ({
        name: field,
        data: rows.map((row) => row.text[field]?.value ?? null),
        type: "STRING" as const,
      })),
    ],
    rowGroupSize: 100_000,
  });
  return writer.getBytes();
}

const mb = (bytes: number) => bytes / 1024 / 1024;
const fixed = (value: number, digits = 1) => value.toFixed(digits);
const thousands = (value: number) => Math.round(value).toLocaleString("en-US");

function table(headers: string[], rows: (string | number)[][]) {
  const cells = [headers, ...rows.map((row) => row.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? "").length)));
  const line = (row: string[]) => row.map((cell, i) => cell.padStart(widths[i] ?? 0)).join("  ");
  console.log(line(headers));
  console.log(widths.map((width) => "-".repeat(width)).join("  "));
  for (const row of cells.slice(1)) console.log(line(row));
  console.log();
}

async function main() {
  const org = "bench-org";
  const rows = realisticRows(org);
  const textValues = rows.reduce((sum, row) => sum + Object.keys(row.text).length, 0);
  const textBytes = rows.reduce(
    (sum, row) => sum + Object.values(row.text).reduce((s, t) => s + Buffer.byteLength(t?.value ?? ""), 0),
    0,
  );
  console.log(
    `${thousands(rows.length)} rows, ${subjectCount} subjects, ${thousands(textValues)} text values (${fixed(mb(textBytes))} MB of text), node ${process.version}\n`,
  );

  const nonces = Buffer.alloc(12 * 200_000);
  randomFillSync(nonces);
  console.log("AES-256-GCM, one 32-byte cell (µs/cell)");
  table(
    ["nonce", "µs/cell"],
    [
      [
        "randomBytes(12) per cell",
        fixed(
          microsPerCell(200_000, () => randomBytes(12)),
          2,
        ),
      ],
      [
        "one randomFill per file",
        fixed(
          microsPerCell(200_000, (i) => nonces.subarray(i * 12, i * 12 + 12)),
          2,
        ),
      ],
    ],
  );

  const keyring = memoryKeyring();
  const place = {
    org,
    hour: new Date(hourStartMs),
    topic: "cordon.events.raw.v1",
    partition: 0,
    firstOffset: "0",
  };
  const write = (encryptRepeatsOnce: boolean) =>
    writeLakeFile({ ...place, lastOffset: String(rows.length - 1), rows, keyring, encryptRepeatsOnce });
  await write(true); // warm up: JIT and keys
  const plain = await median(3, () => plainParquet(rows));
  const perRow = await median(3, () => write(false));
  const perValue = await median(3, () => write(true));
  const read = await median(3, () =>
    readLakeFile({ file: perValue.result.bytes, keys: keyring, textFields: textFieldNames }),
  );
  if (read.result.unreadable.length > 0) throw new Error("bench file did not decrypt");

  const steady = await steadyWrites(() => write(true), rows.length);
  reportFigure("lake", "lake writer, one core (cells per distinct value)", steady.rowsPerSecond, "rows/s");
  console.log("Writing one lake file (median of 3)");
  table(
    ["variant", "cells", "file MB", "seconds", "rows/s", "file MB/s", "text MB/s"],
    [
      ["Parquet, text in plaintext", "-", plain.result.length, plain.seconds],
      ["Parquet + cells per row", perRow.result.cellCount, perRow.result.bytes.length, perRow.seconds],
      [
        "Parquet + cells per distinct value",
        perValue.result.cellCount,
        perValue.result.bytes.length,
        perValue.seconds,
      ],
    ].map(([name, cells, bytes, seconds]) => [
      name as string,
      typeof cells === "number" ? thousands(cells) : (cells as string),
      fixed(mb(bytes as number), 2),
      fixed(seconds as number, 3),
      thousands(rows.length / (seconds as number)),
      fixed(mb(bytes as number) / (seconds as number)),
      fixed(mb(textBytes) / (seconds as number)),
    ]),
  );
  console.log(
    `Steady state, cells per distinct value: ${steady.files} files back to back (${thousands(steady.rows)} rows, warm-up excluded; load average ${loadavg()
      .map((value) => value.toFixed(2))
      .join(" ")})`,
  );
  table(
    ["rows", "seconds", "rows/s", "CPU seconds", "rows per CPU second"],
    [
      [
        thousands(steady.rows),
        fixed(steady.seconds, 2),
        thousands(steady.rowsPerSecond),
        fixed(steady.cpuSeconds, 2),
        thousands(steady.rows / steady.cpuSeconds),
      ],
    ],
  );
  console.log("Reading it back, every text field decrypted (median of 3)");
  table(
    ["variant", "seconds", "rows/s", "file MB/s"],
    [
      [
        "cells per distinct value",
        fixed(read.seconds, 3),
        thousands(rows.length / read.seconds),
        fixed(mb(perValue.result.bytes.length) / read.seconds),
      ],
    ],
  );

  await kmsCallsPerMillion(rows);
}

/**
 * A million events through the real keyring: ten files of the bench rows,
 * each six minutes of a simulated hour later than the last, with the default
 * 15-minute cache lifetime. KMS is called per subject × category per cache
 * period; the number of events does not enter.
 */
async function kmsCallsPerMillion(rows: readonly LakeRow[]) {
  let env: Record<string, string>;
  try {
    env = stackEnv();
  } catch {
    console.log("KMS calls per million events: skipped (no local stack; run npm run stack:up)");
    return;
  }
  const db = await isolatedDatabase("bench_lake");
  const pool = createPool(db.urls.pipeline);
  try {
    const calls: string[] = [];
    const keys = createKmsKeyService({
      endpoint: env.KMS_ENDPOINT as string,
      region: env.AWS_REGION as string,
      aliasPrefix: env.KMS_ALIAS_PREFIX as string,
      onKmsCall: (operation) => calls.push(operation),
    });
    let clockMs = hourStartMs;
    const ttlMs = 15 * 60_000;
    const keyring = createSubjectKeyring({
      pool,
      keys,
      role: "pipeline",
      cacheTtlMs: ttlMs,
      now: () => clockMs,
    });
    const files = Math.ceil(1_000_000 / rows.length);
    const fileStepMs = 3_600_000 / files;
    let events = 0;
    const { seconds } = await time(async () => {
      for (let file = 0; file < files; file++) {
        const written = await writeLakeFile({
          org: "bench-org",
          hour: new Date(clockMs),
          topic: "cordon.events.raw.v1",
          partition: 0,
          firstOffset: String(file * rows.length),
          lastOffset: String((file + 1) * rows.length - 1),
          rows,
          keyring,
        });
        events += written.rowCount;
        clockMs += fileStepMs;
      }
    });
    const subjectKeys = new Set(
      rows.flatMap((row) => Object.values(row.text).map((text) => `${row.subject}/${text?.category}`)),
    ).size;
    console.log(
      `KMS calls through the real keyring (${files} files over one simulated hour, cache ${ttlMs / 60_000} min)`,
    );
    table(
      ["events", "subject keys", "GenerateDataKey", "Decrypt", "KMS calls", "per million events", "seconds"],
      [
        [
          thousands(events),
          subjectKeys,
          calls.filter((call) => call === "GenerateDataKey").length,
          calls.filter((call) => call === "Decrypt").length,
          calls.length,
          thousands((calls.length / events) * 1_000_000),
          fixed(seconds, 1),
        ],
      ],
    );
  } finally {
    await pool.end();
    await db.drop();
  }
}

await main();

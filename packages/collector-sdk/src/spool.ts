import { mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";

/** One sealed batch waiting on disk: its file holds the exact gzip body that is POSTed. */
export interface SpooledBatch {
  /** File name; sorts in the order the batches were sealed. */
  name: string;
  batchId: string;
  bytes: number;
}

/** The gateway's answer to a batch it will never accept, kept beside the batch. */
export interface RejectionAnswer {
  status: number;
  body: unknown;
  rejectedAt: number;
}

const batchSuffix = ".json.gz";
const tmpSuffix = ".tmp";
const namePattern = /^(\d{16})-([0-9a-f-]{36})\.json\.gz$/;

/**
 * A folder of sealed batches, one file per batch, oldest first. A file is
 * written once (to a temporary name, fsync'd, renamed, and the folder fsync'd)
 * and never changed after: it is either wholly there or not there, so a crash
 * at any moment leaves only complete batches and stray `.tmp` files, which
 * opening the spool removes. A delivered batch's file is deleted; a batch the
 * gateway refused for good is moved to `rejected/` with the answer.
 *
 * One client per folder: two clients sharing one would send each batch twice
 * (harmless, the gateway deduplicates by batchId) and miscount the bound.
 */
export class BatchSpool {
  readonly #pendingDir: string;
  readonly #rejectedDir: string;
  readonly #maxRejectedBatches: number;
  #pending: SpooledBatch[];
  #bytes: number;
  #nextSequence: number;

  private constructor(dir: string, maxRejectedBatches: number, pending: SpooledBatch[]) {
    this.#pendingDir = join(dir, "pending");
    this.#rejectedDir = join(dir, "rejected");
    this.#maxRejectedBatches = maxRejectedBatches;
    this.#pending = pending;
    this.#bytes = pending.reduce((sum, batch) => sum + batch.bytes, 0);
    const last = pending.at(-1);
    this.#nextSequence = last === undefined ? 1 : Number(last.name.slice(0, 16)) + 1;
  }

  static async open(dir: string, options: { maxRejectedBatches: number }): Promise<BatchSpool> {
    const pendingDir = join(dir, "pending");
    await mkdir(pendingDir, { recursive: true });
    await mkdir(join(dir, "rejected"), { recursive: true });
    const pending: SpooledBatch[] = [];
    for (const name of (await readdir(pendingDir)).sort()) {
      const path = join(pendingDir, name);
      if (name.endsWith(tmpSuffix)) {
        // A write the previous run did not finish: the batch was never reported spooled.
        await rm(path, { force: true });
        continue;
      }
      const match = namePattern.exec(name);
      if (match === null || match[2] === undefined) continue;
      pending.push({ name, batchId: match[2], bytes: (await stat(path)).size });
    }
    return new BatchSpool(dir, options.maxRejectedBatches, pending);
  }

  /** Bytes of all pending batches on disk. */
  get bytes(): number {
    return this.#bytes;
  }

  get count(): number {
    return this.#pending.length;
  }

  oldest(): SpooledBatch | undefined {
    return this.#pending[0];
  }

  newest(): SpooledBatch | undefined {
    return this.#pending.at(-1);
  }

  /** Resolves once the batch is durable: fsync'd and renamed into place. */
  async append(batchId: string, body: Buffer): Promise<SpooledBatch> {
    const name = `${String(this.#nextSequence++).padStart(16, "0")}-${batchId}${batchSuffix}`;
    const path = join(this.#pendingDir, name);
    await writeDurably(`${path}${tmpSuffix}`, body);
    await rename(`${path}${tmpSuffix}`, path);
    await syncDirectory(this.#pendingDir);
    const batch = { name, batchId, bytes: body.length };
    this.#pending.push(batch);
    this.#bytes += batch.bytes;
    return batch;
  }

  read(batch: SpooledBatch): Promise<Buffer> {
    return readFile(join(this.#pendingDir, batch.name));
  }

  /** Forgets a batch the gateway acknowledged. */
  async remove(batch: SpooledBatch): Promise<void> {
    await rm(join(this.#pendingDir, batch.name), { force: true });
    this.#forget(batch);
  }

  /**
   * Moves a batch the gateway will never accept to `rejected/`, with its answer,
   * so it is not retried forever and someone can see why. Only the newest
   * `maxRejectedBatches` are kept there.
   */
  async reject(batch: SpooledBatch, answer: RejectionAnswer): Promise<void> {
    const answerPath = join(this.#rejectedDir, batch.name.replace(batchSuffix, ".answer.json"));
    await writeFile(answerPath, `${JSON.stringify(answer, null, 2)}\n`);
    await rename(join(this.#pendingDir, batch.name), join(this.#rejectedDir, batch.name));
    this.#forget(batch);
    await this.#pruneRejected();
  }

  async rejectedBatchNames(): Promise<string[]> {
    return (await readdir(this.#rejectedDir)).filter((name) => name.endsWith(batchSuffix)).sort();
  }

  #forget(batch: SpooledBatch): void {
    const index = this.#pending.findIndex((pending) => pending.name === batch.name);
    if (index === -1) return;
    this.#pending.splice(index, 1);
    this.#bytes -= batch.bytes;
  }

  async #pruneRejected(): Promise<void> {
    const names = await this.rejectedBatchNames();
    for (const name of names.slice(0, Math.max(0, names.length - this.#maxRejectedBatches))) {
      await rm(join(this.#rejectedDir, name), { force: true });
      await rm(join(this.#rejectedDir, name.replace(batchSuffix, ".answer.json")), { force: true });
    }
  }
}

export async function writeDurably(path: string, content: Buffer | string): Promise<void> {
  const file = await open(path, "w");
  try {
    await file.writeFile(content);
    await file.sync();
  } finally {
    await file.close();
  }
}

/** Makes a rename in `dir` durable. Windows cannot open a folder for fsync; NTFS journals renames. */
export async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === "win32") return;
  const handle = await open(dir, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

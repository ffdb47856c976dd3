import { randomUUID } from "node:crypto";
import { gzipSync } from "node:zlib";
import { fallbackExclusions, isExcluded } from "@cordon/collector-sdk";
import { recordingSession } from "@cordon/simulator";
import { base, en, Faker } from "@faker-js/faker";

/**
 * Serialised events from the simulator's recording sessions (what a collector
 * would send: excluded apps already dropped), reused across bodies so that
 * building thousands of bodies costs serialisation once.
 */
export function simulatedEventPool(count: number, seed: number): string[] {
  const pool: string[] = [];
  for (let employee = 0; pool.length < count; employee++) {
    const faker = new Faker({ locale: [en, base] });
    faker.seed([seed, employee]);
    const session = recordingSession(
      { faker, employee, startMs: Date.now(), durationMs: 30 * 60_000, plantRate: 0.2 },
      [],
    );
    for (const { event } of session) {
      if (isExcluded(event, fallbackExclusions)) continue;
      pool.push(JSON.stringify(event));
      if (pool.length >= count) break;
    }
  }
  return pool;
}

export interface PreparedBody {
  batchId: string;
  /** What goes on the wire: gzip of the JSON, as the collector SDK sends it. */
  gzip: Buffer;
  jsonBytes: number;
  events: number;
}

/** `count` request bodies of `eventsPerBatch` events each, every one with its own batchId. */
export function prepareBodies(
  pool: readonly string[],
  eventsPerBatch: number,
  count: number,
): PreparedBody[] {
  const bodies: PreparedBody[] = [];
  const collector = JSON.stringify({ version: "cordon-bench/1", os: "Linux" });
  for (let index = 0; index < count; index++) {
    const start = (index * eventsPerBatch) % Math.max(1, pool.length - eventsPerBatch);
    const events = pool.slice(start, start + eventsPerBatch);
    const batchId = randomUUID();
    const json = `{"batchId":"${batchId}","sentAt":${Date.now()},"collector":${collector},"events":[${events.join(",")}]}`;
    bodies.push({ batchId, gzip: gzipSync(json), jsonBytes: Buffer.byteLength(json), events: events.length });
  }
  return bodies;
}

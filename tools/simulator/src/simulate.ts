import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import {
  type CollectorClient,
  type CollectorClientOptions,
  type CollectorNotice,
  createCollectorClient,
} from "@cordon/collector-sdk";
import { base, en, Faker } from "@faker-js/faker";
import type { CollectorCredentials } from "./enrolment.ts";
import type { PlantKind } from "./planted.ts";
import { type PlantedItem, recordingSession } from "./session.ts";

export interface SimulateOptions {
  gatewayUrl: string;
  employees: number;
  /** Length of each employee's recording session. */
  durationMs: number;
  /** One collector credential per employee (at least `employees` of them). */
  credentials: readonly CollectorCredentials[];
  /** Same seed, same sessions, same planted items. Default 42. */
  seed?: number;
  /** 1 plays in real time, 10 ten times faster, 0 as fast as the collectors take events. Default 1. */
  speed?: number;
  /** Chance that a piece of text carries a planted item. Default 0.2. */
  plantRate?: number;
  plantKinds?: readonly PlantKind[];
  /** Epoch ms of the first event of every session. Default: now. */
  startMs?: number;
  /** Each employee's collector spools under `<spoolRoot>/<clientId>`. Default: a new temporary folder. */
  spoolRoot?: string;
  batch?: CollectorClientOptions["batch"];
  /** How long collectors may keep delivering after the sessions end. Default 30 s. */
  deliverForMs?: number;
  signal?: AbortSignal;
  /** Replaces the SDK's client; for tests. */
  openCollector?: (options: CollectorClientOptions) => Promise<CollectorClient>;
}

export interface EmployeeTotals {
  /** Events the collector took into its spool. */
  recorded: number;
  /** Events the collector dropped because the app or URL is excluded. */
  excluded: number;
  /** Times the collector reported a full spool and the employee's activity had to wait. */
  backPressureWaits: number;
  batchesDelivered: number;
  batchesRefused: number;
  eventsAccepted: number;
  eventsRejected: number;
  retries: number;
  /** Batches still in the spool when the simulation stopped. */
  leftInSpool: number;
}

export interface SimulationResult {
  /** The side channel: every planted item, where it is and whether it was recorded. Never sent. */
  planted: PlantedItem[];
  perEmployee: EmployeeTotals[];
  totals: EmployeeTotals;
  elapsedMs: number;
}

const defaultBatch = { maxEvents: 500, maxBytes: 512 * 1024, maxDelayMs: 2_000 };
const collectorVersion = "cordon-simulator/1";
const operatingSystems = ["macOS 14.5", "macOS 15.1", "Windows 11 23H2", "Ubuntu 24.04"];

/** Plays `employees` recording sessions at once, each through its own collector client. */
export async function simulate(options: SimulateOptions): Promise<SimulationResult> {
  if (options.credentials.length < options.employees) {
    throw new Error(
      `${options.employees} employees need as many credentials; got ${options.credentials.length}`,
    );
  }
  const startedAt = performance.now();
  const spoolRoot = options.spoolRoot ?? (await mkdtemp(join(tmpdir(), "cordon-simulator-")));
  const startMs = options.startMs ?? Date.now();
  const planted: PlantedItem[][] = [];
  const perEmployee = await Promise.all(
    Array.from({ length: options.employees }, (_, employee) => {
      const items: PlantedItem[] = [];
      planted.push(items);
      return playEmployee(options, employee, spoolRoot, startMs, items);
    }),
  );
  const totals = perEmployee.reduce(addTotals, emptyTotals());
  return { planted: planted.flat(), perEmployee, totals, elapsedMs: performance.now() - startedAt };
}

async function playEmployee(
  options: SimulateOptions,
  employee: number,
  spoolRoot: string,
  startMs: number,
  planted: PlantedItem[],
): Promise<EmployeeTotals> {
  const credentials = options.credentials[employee];
  if (credentials === undefined) throw new Error(`no credentials for employee ${employee}`);
  const faker = new Faker({ locale: [en, base] });
  // Seeded per employee, so an employee's session does not depend on how many others play.
  faker.seed([options.seed ?? 42, employee]);
  const totals = emptyTotals();
  const open = options.openCollector ?? createCollectorClient;
  const client = await open({
    gatewayUrl: options.gatewayUrl,
    clientId: credentials.clientId,
    clientSecret: credentials.clientSecret,
    spoolDir: join(spoolRoot, credentials.clientId),
    maxSpoolBytes: 64 * 1024 * 1024,
    batch: options.batch ?? defaultBatch,
    collector: { version: collectorVersion, os: faker.helpers.arrayElement(operatingSystems) },
    onNotice: (notice) => countNotice(totals, notice),
  });

  const byEventId = new Map<string, PlantedItem>();
  const plantedSoFar = { count: 0 };
  const speed = options.speed ?? 1;
  const playStarted = performance.now();
  const session = recordingSession(
    {
      faker,
      employee,
      startMs,
      durationMs: options.durationMs,
      plantRate: options.plantRate ?? 0.2,
      ...(options.plantKinds === undefined ? {} : { plantKinds: options.plantKinds }),
    },
    planted,
  );
  let sinceYield = 0;
  for (const { offsetMs, event } of session) {
    if (options.signal?.aborted) break;
    for (const item of planted.slice(plantedSoFar.count)) byEventId.set(item.eventId, item);
    plantedSoFar.count = planted.length;
    if (speed > 0) {
      const aheadMs = playStarted + offsetMs / speed - performance.now();
      if (aheadMs > 5) await sleep(aheadMs, undefined, { signal: options.signal }).catch(() => undefined);
    } else if (++sinceYield >= 256) {
      // Let the collector compress, spool and send between bursts.
      sinceYield = 0;
      await new Promise((resolve) => setImmediate(resolve));
    }
    let result = client.record(event);
    while (!result.recorded && result.reason === "spool_full" && !options.signal?.aborted) {
      totals.backPressureWaits += 1;
      await sleep(100);
      result = client.record(event);
    }
    if (result.recorded) totals.recorded += 1;
    else if (result.reason === "excluded") totals.excluded += 1;
    const item = byEventId.get(event.eventId);
    if (item !== undefined) item.recorded = result.recorded;
  }
  await client.close({ deliverForMs: options.deliverForMs ?? 30_000 });
  totals.leftInSpool = client.status().spooledBatches;
  return totals;
}

function countNotice(totals: EmployeeTotals, notice: CollectorNotice): void {
  switch (notice.type) {
    case "delivered":
      totals.batchesDelivered += 1;
      totals.eventsAccepted += notice.accepted;
      totals.eventsRejected += notice.rejected;
      return;
    case "rejected":
      totals.batchesRefused += 1;
      return;
    case "retrying":
      totals.retries += 1;
      return;
    default:
      return;
  }
}

function emptyTotals(): EmployeeTotals {
  return {
    recorded: 0,
    excluded: 0,
    backPressureWaits: 0,
    batchesDelivered: 0,
    batchesRefused: 0,
    eventsAccepted: 0,
    eventsRejected: 0,
    retries: 0,
    leftInSpool: 0,
  };
}

function addTotals(sum: EmployeeTotals, one: EmployeeTotals): EmployeeTotals {
  const added = emptyTotals();
  for (const key of Object.keys(added) as (keyof EmployeeTotals)[]) added[key] = sum[key] + one[key];
  return added;
}

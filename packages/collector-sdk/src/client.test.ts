import assert from "node:assert/strict";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, it } from "node:test";
import {
  type CollectorClient,
  type CollectorClientOptions,
  type CollectorNotice,
  createCollectorClient,
} from "./client.ts";
import { pointerMove } from "./testing/events.ts";
import { type FakeBatch, FakeGateway } from "./testing/fake-gateway.ts";
import { ManualClock } from "./testing/manual-clock.ts";

// The batch delay timer sleeps this long; every other sleep is a retry or a pause.
const batchDelayMs = 3_600_000;
const notBatchDelay = (ms: number) => ms !== batchDelayMs;

let gateway: FakeGateway;
let spoolDir: string;
let clock: ManualClock;
const clients: CollectorClient[] = [];

beforeEach(async () => {
  gateway = await FakeGateway.start();
  spoolDir = await mkdtemp(join(tmpdir(), "collector-sdk-"));
  clock = new ManualClock();
});

afterEach(async () => {
  for (const client of clients.splice(0)) await client.close();
  await gateway.close();
  await rm(spoolDir, { recursive: true, force: true });
});

async function openClient(
  overrides: Partial<CollectorClientOptions> = {},
): Promise<{ client: CollectorClient; notices: CollectorNotice[] }> {
  const notices: CollectorNotice[] = [];
  const client = await createCollectorClient({
    gatewayUrl: gateway.url,
    clientId: "collector-1",
    clientSecret: "secret-1",
    spoolDir,
    maxSpoolBytes: 1_000_000,
    batch: { maxEvents: 50, maxBytes: 256_000, maxDelayMs: batchDelayMs },
    clock,
    random: () => 0,
    onNotice: (notice) => notices.push(notice),
    ...overrides,
  });
  clients.push(client);
  return { client, notices };
}

function recordAll(client: CollectorClient, count: number, from = 0): string[] {
  const ids: string[] = [];
  for (let seq = from; seq < from + count; seq++) {
    const event = pointerMove(seq);
    assert.deepEqual(client.record(event), { recorded: true });
    ids.push(event.eventId);
  }
  return ids;
}

function eventIdsOf(batches: FakeBatch[]): string[] {
  return batches.flatMap((batch) => batch.events.map((event) => event.eventId));
}

describe("collector client", () => {
  it("waits at least Retry-After before retrying a 503, and retries under the same batchId", async () => {
    let answered = 0;
    gateway.onBatch = () =>
      answered++ === 0
        ? {
            status: 503,
            headers: { "retry-after": "7" },
            body: { error: { code: "overloaded", message: "busy", requestId: "r" } },
          }
        : undefined;
    const { client } = await openClient();
    recordAll(client, 3);
    const flushed = client.flush();

    assert.equal(await clock.nextSleep(notBatchDelay), 7000);
    assert.equal(gateway.batchRequests().length, 1);
    clock.advance(6999);
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(gateway.batchRequests().length, 1, "no retry before Retry-After");
    clock.advance(1);
    await flushed;

    const [first, second] = gateway.batchRequests();
    assert.ok(first && second);
    assert.equal((first.json as FakeBatch).batchId, (second.json as FakeBatch).batchId);
    assert.deepEqual(first.raw, second.raw, "a retry sends the very same bytes");
  });

  it("honours Retry-After given as an HTTP date", async () => {
    let answered = 0;
    const retryAt = new Date(clock.now() + 120_000).toUTCString();
    gateway.onBatch = () =>
      answered++ === 0 ? { status: 429, headers: { "retry-after": retryAt }, body: {} } : undefined;
    const { client } = await openClient();
    recordAll(client, 1);
    const flushed = client.flush();
    assert.equal(await clock.nextSleep(notBatchDelay), 120_000);
    clock.advance(120_000);
    await flushed;
    assert.equal(gateway.accepted.length, 1);
  });

  it("sends gzip bodies with the token as a bearer credential", async () => {
    const { client } = await openClient();
    recordAll(client, 2);
    await client.flush();
    const [request] = gateway.batchRequests();
    assert.equal(request?.headers["content-encoding"], "gzip");
    assert.equal(request?.headers["content-type"], "application/json");
    assert.equal(request?.headers.authorization, "Bearer token-1");
    assert.deepEqual(request?.raw.subarray(0, 2), Buffer.from([0x1f, 0x8b]));
  });

  it("a batch sealed before a crash is re-sent by a new client on the same spool, under its batchId", async () => {
    // The first collector is offline and "crashes": it is abandoned without close().
    const offline: typeof fetch = () => Promise.reject(new TypeError("fetch failed"));
    const { client: crashed, notices } = await openClient({ fetch: offline });
    const recorded = recordAll(crashed, 30);
    await crashed.persist();
    await clock.nextSleep(notBatchDelay);
    const retrying = notices.find((notice) => notice.type === "retrying");
    assert.ok(retrying?.type === "retrying" && retrying.batchId !== undefined);
    clients.splice(clients.indexOf(crashed), 1);

    const restartClock = new ManualClock();
    const { client: restarted } = await openClient({ clock: restartClock });
    await restarted.flush();
    await gateway.acceptedAtLeast(1);

    assert.deepEqual(eventIdsOf(gateway.accepted), recorded);
    assert.equal(gateway.accepted[0]?.batchId, retrying.batchId);
    assert.equal(restarted.status().spooledBatches, 0);
  });

  it("loses nothing and keeps the order across a period of 503s", async () => {
    let unavailable = 7;
    gateway.onBatch = () =>
      unavailable-- > 0
        ? {
            status: 503,
            headers: { "retry-after": "2" },
            body: { error: { code: "dependency_unavailable", message: "kafka", requestId: "r" } },
          }
        : undefined;
    const { client } = await openClient();
    const recorded = recordAll(client, 240);
    await clock.runUntilSettled(client.flush(), notBatchDelay);
    assert.deepEqual(eventIdsOf(gateway.accepted), recorded);
    assert.equal(gateway.accepted.length, 5);
  });

  it("a batch whose answer was lost is re-sent with the same batchId and accepted once", async () => {
    let dropped = false;
    gateway.onBatch = () => {
      if (dropped) return undefined;
      dropped = true;
      return { status: 0, dropConnection: true };
    };
    const { client } = await openClient();
    const recorded = recordAll(client, 10);
    await clock.runUntilSettled(client.flush(), notBatchDelay);
    const sent = gateway.batchRequests().map((request) => (request.json as FakeBatch).batchId);
    assert.equal(sent.length, 2);
    assert.equal(sent[0], sent[1]);
    assert.deepEqual(eventIdsOf(gateway.accepted), recorded);
  });

  it("reports spool_full as back-pressure and never drops what it already spooled", async () => {
    let online = false;
    const switchable: typeof fetch = (input, init) =>
      online ? fetch(input, init) : Promise.reject(new TypeError("fetch failed"));
    const maxSpoolBytes = 8_000;
    const { client } = await openClient({
      fetch: switchable,
      maxSpoolBytes,
      batch: { maxEvents: 10, maxBytes: 4_000, maxDelayMs: batchDelayMs },
    });
    const recorded: string[] = [];
    let refused = 0;
    for (let seq = 0; seq < 500; seq++) {
      const event = pointerMove(seq);
      const result = client.record(event);
      if (result.recorded) recorded.push(event.eventId);
      else {
        assert.equal(result.reason, "spool_full");
        refused += 1;
      }
      if (seq % 10 === 9) await client.persist();
      assert.ok(client.status().spooledBytes <= maxSpoolBytes);
    }
    assert.ok(refused > 0, "the bound was reached");
    assert.ok(recorded.length > 0);

    online = true;
    await clock.runUntilSettled(client.flush(), notBatchDelay);
    assert.deepEqual(eventIdsOf(gateway.accepted), recorded);
    assert.deepEqual(client.record(pointerMove(501)), { recorded: true }, "room again once delivered");
  });

  it("refreshes the token before it expires", async () => {
    gateway.tokenLifetimeSeconds = 120;
    const { client } = await openClient();
    recordAll(client, 1);
    await client.flush();
    clock.advance(100_000);
    recordAll(client, 1, 1);
    await client.flush();
    assert.deepEqual(gateway.issuedTokens, ["token-1"], "still well within its life");
    clock.advance(10_000);
    recordAll(client, 1, 2);
    await client.flush();
    assert.deepEqual(gateway.issuedTokens, ["token-1", "token-2"]);
    assert.equal(gateway.batchRequests().at(-1)?.headers.authorization, "Bearer token-2");
  });

  it("gets a new token once when the gateway answers 401, without backing off", async () => {
    const { client } = await openClient();
    recordAll(client, 1);
    await client.flush();
    gateway.validTokens.clear();
    recordAll(client, 1, 1);
    await client.flush();
    assert.deepEqual(gateway.issuedTokens, ["token-1", "token-2"]);
    assert.deepEqual(clock.sleeps.filter(notBatchDelay), []);
    assert.equal(gateway.accepted.length, 2);
  });

  it("never records nor sends events from excluded apps and URLs", async () => {
    gateway.config = {
      paused: false,
      exclusions: {
        apps: [{ name: "1Password", reason: "password-manager" }],
        urlPatterns: [
          { hostPattern: "*bank*", reason: "banking" },
          { hostPattern: "*.health.example", reason: "health" },
        ],
      },
    };
    const { client, notices } = await openClient();
    while (!notices.some((notice) => notice.type === "config")) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    const excluded = [
      pointerMove(0, { app: "1password" }),
      pointerMove(1, { app: "Firefox", url: "https://online.bank.example/login" }),
      pointerMove(2, { app: "Firefox", url: "https://portal.health.example/records" }),
    ];
    for (const event of excluded)
      assert.deepEqual(client.record(event), { recorded: false, reason: "excluded" });
    const allowed = [
      pointerMove(3, { app: "Firefox", url: "https://portal.example/health/timesheets" }),
      pointerMove(4, { app: "Code" }),
    ];
    for (const event of allowed) assert.deepEqual(client.record(event), { recorded: true });
    await client.flush();
    assert.deepEqual(
      eventIdsOf(gateway.accepted),
      allowed.map((event) => event.eventId),
    );
  });

  it("posts nothing while the config says paused, and delivers once the pause ends", async () => {
    gateway.config = {
      paused: true,
      pause: { scope: "org", retryAfterSeconds: 30 },
      exclusions: { apps: [], urlPatterns: [] },
    };
    const { client } = await openClient();
    const recorded = recordAll(client, 5);
    const flushed = client.flush();
    assert.equal(await clock.nextSleep(notBatchDelay), 30_000);
    assert.equal(gateway.batchRequests().length, 0);
    gateway.config = { paused: false, exclusions: { apps: [], urlPatterns: [] } };
    clock.advance(30_000);
    await flushed;
    assert.deepEqual(eventIdsOf(gateway.accepted), recorded);
  });

  it("records nothing once the config says the person opted out", async () => {
    gateway.config = { recording: false, paused: false, exclusions: { apps: [], urlPatterns: [] } };
    const { client, notices } = await openClient();
    while (!notices.some((notice) => notice.type === "config")) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    assert.deepEqual(client.record(pointerMove(0)), { recorded: false, reason: "not_recording" });
    await client.flush();
    assert.equal(gateway.batchRequests().length, 0);
  });

  it("applies the exclusions saved by an earlier run before the gateway answers", async () => {
    gateway.config = {
      paused: false,
      exclusions: { apps: [{ bundleId: "com.example.Vault", reason: "secret" }], urlPatterns: [] },
    };
    const { client: first, notices } = await openClient();
    while (!notices.some((notice) => notice.type === "config")) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    await first.close();
    const offline: typeof fetch = () => Promise.reject(new TypeError("fetch failed"));
    const { client: restarted } = await openClient({ fetch: offline });
    assert.deepEqual(restarted.record(pointerMove(0, { app: "Vault", bundleId: "com.example.vault" })), {
      recorded: false,
      reason: "excluded",
    });
  });

  it("moves a batch refused with a 4xx to rejected/ with the answer and does not retry it", async () => {
    gateway.onBatch = () => ({
      status: 403,
      body: { error: { code: "subject_opted_out", message: "opted out", requestId: "r" } },
    });
    const { client, notices } = await openClient();
    recordAll(client, 4);
    await client.flush();
    assert.equal(gateway.batchRequests().length, 1);
    const rejectedDir = join(spoolDir, "rejected");
    const files = (await readdir(rejectedDir)).sort();
    assert.equal(files.length, 2);
    const answerFile = files.find((name) => name.endsWith(".answer.json"));
    assert.ok(answerFile);
    const answer = JSON.parse(await readFile(join(rejectedDir, answerFile), "utf8"));
    assert.equal(answer.status, 403);
    assert.equal(answer.body.error.code, "subject_opted_out");
    assert.ok(notices.some((notice) => notice.type === "rejected" && notice.code === "subject_opted_out"));
    assert.equal(client.status().spooledBatches, 0);
  });

  it("seals a batch by count, by bytes and by age", async () => {
    const { client } = await openClient({ batch: { maxEvents: 10, maxBytes: 1_000, maxDelayMs: 5_000 } });
    const recorded = recordAll(client, 25);
    await client.flush();
    // An event is ~210 bytes: bytes seal each batch well before it has 10 events.
    assert.ok(gateway.accepted.length >= 6);
    for (const request of gateway.batchRequests()) {
      assert.ok(Buffer.byteLength(JSON.stringify(request.json)) <= 1_000);
      assert.ok((request.json as FakeBatch).events.length < 10);
    }
    assert.deepEqual(eventIdsOf(gateway.accepted), recorded);

    const { client: byCount } = await openClientOnNewSpool({
      batch: { maxEvents: 10, maxBytes: 256_000, maxDelayMs: 5_000 },
    });
    const before = gateway.accepted.length;
    recordAll(byCount, 23);
    assert.equal(byCount.status().openEvents, 3, "two batches of 10 sealed by count");
    assert.equal(await clock.nextSleep((ms) => ms === 5_000), 5_000);
    clock.advance(5_000);
    await byCount.flush();
    assert.deepEqual(
      gateway.accepted.slice(before).map((batch) => batch.events.length),
      [10, 10, 3],
    );
  });
});

async function openClientOnNewSpool(overrides: Partial<CollectorClientOptions>) {
  spoolDir = await mkdtemp(join(tmpdir(), "collector-sdk-"));
  return openClient(overrides);
}

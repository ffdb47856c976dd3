import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import { peekBatchIds, rawBatchHeaders } from "@cordon/transit";
import {
  batchIdsOf,
  type EnrolledCollector,
  exampleEvent,
  GatewayUnderTest,
  validBatch,
} from "./testing/gateway-under-test.ts";
import { topicFiles } from "./testing/kafka-files.ts";

describe("gateway batch publishing", () => {
  let gateway: GatewayUnderTest;
  const logLines: string[] = [];

  before(async () => {
    gateway = await GatewayUnderTest.start("gw-publish", { logTo: { write: (line) => logLines.push(line) } });
  });

  after(async () => {
    await gateway.close();
  });

  const enrolWithToken = async (who: { orgId?: string } = {}): Promise<[EnrolledCollector, string]> => {
    const collector = await gateway.enrolCollector(who);
    return [collector, await gateway.issueToken(collector)];
  };

  it("answers 202 only with the record in Kafka: one sealed record per batch, keyed by collector, naming no subject id", async () => {
    const [collector, token] = await enrolWithToken();
    const batch = validBatch();

    const response = await gateway.postBatch(token, batch);

    assert.equal(response.statusCode, 202, response.body);
    assert.deepEqual(response.json(), {
      batchId: batch.batchId,
      accepted: batch.events.length,
      rejected: [],
    });
    const records = (await gateway.allRecordsSoFar()).filter(
      (record) => record.headers[rawBatchHeaders.batchId] === batch.batchId,
    );
    assert.equal(records.length, 1);
    const [record] = records;
    assert.ok(record !== undefined);
    assert.equal(record.key, collector.collectorId);
    // The enrolment's subject id (often an e-mail) is in no Kafka byte: key, headers or envelope.
    const clearBytes = [record.key ?? "", JSON.stringify(record.headers), record.value.toString("latin1")];
    assert.ok(!clearBytes.some((bytes) => bytes.includes(collector.subjectId)), "the subject id is in Kafka");
    assert.deepEqual(Object.keys(record.headers).sort(), Object.values(rawBatchHeaders).sort());
    assert.deepEqual(peekBatchIds(record.value), {
      collectorId: collector.collectorId,
      orgId: collector.orgId,
      batchId: batch.batchId,
    });

    const opened = await gateway.openRecord(record);
    assert.equal(opened.batchId, batch.batchId);
    assert.equal(opened.collectorId, collector.collectorId);
    assert.equal(opened.orgId, collector.orgId);
    assert.equal(opened.subjectId, collector.subjectId);
    assert.equal(typeof opened.receivedAt, "number");
    assert.deepEqual(opened.collector, batch.collector);
    assert.deepEqual(opened.events, batch.events);
  });

  it("passes kept events on as the collector wrote them, except a URL zod cleans, which is stored clean", async () => {
    const [, token] = await enrolWithToken();
    const asWritten = validBatch();
    // Spaced and ordered as a collector may write it: the record's events must still be these events.
    const text = `{ "events" :\n ${JSON.stringify(asWritten.events, null, 2)} , "batchId":"${asWritten.batchId}", "sentAt": ${asWritten.sentAt}, "collector": ${JSON.stringify(asWritten.collector)} }`;
    const untidy = validBatch({
      events: [{ ...exampleEvent("pointer.move"), url: " https://mail.example.com/in\tbox\n" }],
    });
    for (const body of [text, untidy]) {
      const response = await gateway.postBatch(token, body, { gzip: true });
      assert.equal(response.statusCode, 202, response.body);
      assert.equal(response.json().rejected.length, 0);
    }
    const opened = async (batchId: string) => {
      const records = await gateway.allRecordsSoFar();
      const record = records.find((candidate) => candidate.headers[rawBatchHeaders.batchId] === batchId);
      assert.ok(record !== undefined, `no record for ${batchId}`);
      return gateway.openRecord(record);
    };
    assert.deepEqual((await opened(asWritten.batchId)).events, asWritten.events);
    const [cleaned] = (await opened(untidy.batchId)).events as { url?: string }[];
    assert.equal(cleaned?.url, "https://mail.example.com/inbox");
  });

  it("takes org and subject from the enrolment: a body naming others is refused, not believed", async () => {
    const [, token] = await enrolWithToken();
    for (const field of ["orgId", "subjectId", "org", "collectorId"]) {
      const response = await gateway.postBatch(token, { ...validBatch(), [field]: "someone-else" });
      assert.equal(response.statusCode, 400, field);
      assert.equal(response.json().error.code, "invalid_batch", field);
    }
  });

  it("accepts the valid events of a batch and reports each invalid one by index, without its content", async () => {
    const [, token] = await enrolWithToken();
    const secretLooking = `value-${randomBytes(6).toString("hex")}`;
    const batch = validBatch({
      events: [
        exampleEvent("pointer.move"),
        { ...exampleEvent("pointer.move"), type: "keyboard.smash" },
        { ...exampleEvent("text.input"), surprise: secretLooking },
        exampleEvent("pointer.click"),
        { ...exampleEvent("pointer.click"), x: secretLooking },
        (() => {
          const { eventId: _dropped, ...rest } = exampleEvent("window.focus");
          return rest;
        })(),
      ],
    });

    const response = await gateway.postBatch(token, batch);

    assert.equal(response.statusCode, 202, response.body);
    const answer = response.json();
    assert.equal(answer.accepted, 2);
    assert.deepEqual(
      answer.rejected.map((r: { index: number; code: string }) => [r.index, r.code]),
      [
        [1, "unknown_type"],
        [2, "unknown_field"],
        [4, "invalid_field"],
        [5, "missing_field"],
      ],
    );
    assert.ok(!response.body.includes(secretLooking), "a rejection never echoes a value");
    const [record] = (await gateway.allRecordsSoFar()).filter(
      (r) => r.headers[rawBatchHeaders.batchId] === batch.batchId,
    );
    assert.ok(record !== undefined);
    const opened = await gateway.openRecord(record);
    assert.deepEqual(opened.events, [batch.events[0], batch.events[3]]);
  });

  it("accepts a batch id once: retries get the same answer and Kafka gets exactly one record", async () => {
    const [, token] = await enrolWithToken();
    const batch = validBatch({ events: [exampleEvent("pointer.move"), { type: "unknown" }] });
    const deduplicatedBefore = (await gateway.metrics.batchesDeduplicated.get()).values[0]?.value ?? 0;

    const first = await gateway.postBatch(token, batch);
    const retries = await Promise.all(Array.from({ length: 3 }, () => gateway.postBatch(token, batch)));

    assert.equal(first.statusCode, 202);
    for (const retry of retries) {
      assert.equal(retry.statusCode, 202);
      assert.deepEqual(retry.json(), first.json());
    }
    const copies = batchIdsOf(await gateway.allRecordsSoFar()).filter((id) => id === batch.batchId);
    assert.equal(copies.length, 1);
    const deduplicatedAfter = (await gateway.metrics.batchesDeduplicated.get()).values[0]?.value ?? 0;
    assert.equal(deduplicatedAfter - deduplicatedBefore, 3);
  });

  it("produces once when copies of a batch arrive at the same time", async () => {
    const [, token] = await enrolWithToken();
    const batch = validBatch();

    const answers = await Promise.all(Array.from({ length: 12 }, () => gateway.postBatch(token, batch)));

    // Each copy is either the answer or "still in progress, retry"; never a second produce.
    for (const answer of answers) {
      assert.ok(
        answer.statusCode === 202 || answer.json().error.code === "batch_in_progress",
        `${answer.statusCode} ${answer.body}`,
      );
      if (answer.statusCode === 503) assert.ok(Number(answer.headers["retry-after"]) > 0);
    }
    assert.ok(answers.some((answer) => answer.statusCode === 202));
    const settled = await gateway.postBatch(token, batch);
    assert.equal(settled.statusCode, 202);
    const copies = batchIdsOf(await gateway.allRecordsSoFar()).filter((id) => id === batch.batchId);
    assert.equal(copies.length, 1);
  });

  it("refuses an opted-out subject with 403 subject_opted_out and produces nothing", async () => {
    const [collector, token] = await enrolWithToken();
    await gateway.setOptedOut(collector, true);
    const batch = validBatch();

    const response = await gateway.postBatch(token, batch);

    assert.equal(response.statusCode, 403);
    assert.equal(response.json().error.code, "subject_opted_out");
    const config = await gateway.app.inject({
      method: "GET",
      url: "/v1/collector/config",
      headers: { authorization: `Bearer ${token}` },
    });
    assert.equal(config.json().recording, false);
    assert.ok(!batchIdsOf(await gateway.allRecordsSoFar()).includes(batch.batchId));

    await gateway.setOptedOut(collector, false);
    assert.equal((await gateway.postBatch(token, batch)).statusCode, 202);
  });

  for (const scope of ["global", "org", "collector"] as const) {
    it(`answers 503 ingest_paused with the pause's Retry-After under a ${scope} pause, and produces nothing`, async () => {
      const [collector, token] = await enrolWithToken();
      const [bystander, bystanderToken] = await enrolWithToken();
      const scopeId = scope === "org" ? collector.orgId : scope === "collector" ? collector.collectorId : "";
      await gateway.pause(scope, scopeId, 42);
      const batch = validBatch();
      const bystanderBatch = validBatch();
      let bystanderAnswer: number;
      try {
        const response = await gateway.postBatch(token, batch);
        assert.equal(response.statusCode, 503);
        assert.equal(response.json().error.code, "ingest_paused");
        assert.equal(response.headers["retry-after"], "42");

        const config = await gateway.app.inject({
          method: "GET",
          url: "/v1/collector/config",
          headers: { authorization: `Bearer ${token}` },
        });
        assert.equal(config.statusCode, 200);
        assert.equal(config.json().paused, true);
        assert.deepEqual(config.json().pause, { scope, retryAfterSeconds: 42 });
        bystanderAnswer = (await gateway.postBatch(bystanderToken, bystanderBatch)).statusCode;
      } finally {
        await gateway.resume(scope, scopeId);
      }
      assert.equal(
        bystanderAnswer,
        scope === "global" ? 503 : 202,
        `${bystander.orgId} under a ${scope} pause`,
      );
      const produced = batchIdsOf(await gateway.allRecordsSoFar());
      assert.ok(!produced.includes(batch.batchId));
      assert.equal((await gateway.postBatch(token, batch)).statusCode, 202, "accepted again once resumed");
    });
  }

  it("tells a collector its exclusion list and limits in GET /v1/collector/config", async () => {
    const [collector, token] = await enrolWithToken();
    const response = await gateway.app.inject({
      method: "GET",
      url: "/v1/collector/config",
      headers: { authorization: `Bearer ${token}` },
    });
    assert.equal(response.statusCode, 200);
    const config = response.json();
    assert.equal(config.collectorId, collector.collectorId);
    assert.equal(config.paused, false);
    assert.equal(config.recording, true);
    const reasons = new Set([
      ...config.exclusions.apps.map((app: { reason: string }) => app.reason),
      ...config.exclusions.urlPatterns.map((pattern: { reason: string }) => pattern.reason),
    ]);
    assert.deepEqual([...reasons].sort(), ["banking", "health", "password-manager"]);
    assert.equal(config.limits.maxEvents, gateway.config.MAX_EVENTS_PER_BATCH);
  });

  it("leaves no trace of a planted canary in the Kafka record, the broker's segment files or the logs", async () => {
    const [, token] = await enrolWithToken();
    const canary = `CANARY-${randomBytes(12).toString("hex")}`;
    const batch = validBatch({
      events: [
        { ...exampleEvent("text.input"), text: `my password is ${canary}` },
        { ...exampleEvent("window.focus"), window: { title: canary }, url: `https://example.com/${canary}` },
        { ...exampleEvent("ai.prompt"), text: canary },
        { ...exampleEvent("text.input"), text: canary, surprise: canary },
      ],
    });

    const response = await gateway.postBatch(token, batch);
    assert.equal(response.statusCode, 202);

    const [record] = (await gateway.allRecordsSoFar()).filter(
      (r) => r.headers[rawBatchHeaders.batchId] === batch.batchId,
    );
    assert.ok(record !== undefined);
    const needles = [Buffer.from(canary), Buffer.from(canary, "utf16le"), Buffer.from(canary.toLowerCase())];
    for (const needle of needles)
      assert.equal(record.value.indexOf(needle), -1, "canary in the record value");
    assert.ok(!JSON.stringify(record.headers).includes(canary));
    // It is in there, sealed: the pipeline can open it.
    assert.ok(JSON.stringify((await gateway.openRecord(record)).events).includes(canary));

    const files = topicFiles(gateway.topic);
    const segments = files.filter((file) => file.endsWith(".log"));
    assert.ok(segments.length > 0, "found the topic's segment files");
    const segmentBytes = Buffer.concat(segments.map((file) => readFileSync(file)));
    assert.notEqual(segmentBytes.indexOf(Buffer.from(batch.batchId)), -1, "the segment holds this batch");
    for (const file of files) {
      const bytes = readFileSync(file);
      for (const needle of needles) assert.equal(bytes.indexOf(needle), -1, `canary in ${file}`);
    }
    assert.ok(logLines.length > 0, "the gateway logged");
    assert.ok(
      logLines.some((line) => line.includes(batch.batchId)),
      "the logs name the batch",
    );
    assert.ok(!logLines.some((line) => line.includes(canary)), "canary in the gateway's logs");
  });

  it("reuses one KMS transit data key across batches instead of calling KMS per batch", async () => {
    const [, token] = await enrolWithToken();
    const generated = async () =>
      (await gateway.metrics.kmsCalls.get()).values.find((v) => v.labels.operation === "GenerateDataKey")
        ?.value ?? 0;
    const before = await generated();
    for (let i = 0; i < 5; i++) assert.equal((await gateway.postBatch(token, validBatch())).statusCode, 202);
    assert.ok((await generated()) <= Math.max(before, 1), "no new data key for five more batches");
  });

  it("serves /healthz, /readyz and /metrics with the ingest counters", async () => {
    assert.equal((await gateway.app.inject({ method: "GET", url: "/healthz" })).statusCode, 200);
    const ready = await gateway.app.inject({ method: "GET", url: "/readyz" });
    assert.equal(ready.statusCode, 200, ready.body);
    assert.deepEqual(ready.json().checks, { kafka: true, kms: true, postgres: true });
    const metrics = await gateway.app.inject({ method: "GET", url: "/metrics" });
    assert.equal(metrics.statusCode, 200);
    for (const name of [
      "cordon_gateway_requests_total",
      "cordon_gateway_events_accepted_total",
      'cordon_gateway_events_rejected_total{reason="unknown_type"',
      "cordon_gateway_produce_seconds_bucket",
      "cordon_gateway_produces_in_flight",
      'cordon_gateway_kms_calls_total{operation="GenerateDataKey"',
      "cordon_gateway_batches_deduplicated_total",
    ]) {
      assert.ok(metrics.body.includes(name), name);
    }
  });
});

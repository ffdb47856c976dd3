import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  batchIdsOf,
  type EnrolledCollector,
  exampleEvent,
  GatewayUnderTest,
  validBatch,
} from "./testing/gateway-under-test.ts";

/** What the gateway keeps out of Kafka even though the batch is well-formed. */
describe("gateway batch screening: exclusions and batches with no valid event", () => {
  let gateway: GatewayUnderTest;
  let collector: EnrolledCollector;
  let token: string;

  before(async () => {
    gateway = await GatewayUnderTest.start("gw-screening");
    collector = await gateway.enrolCollector();
    token = await gateway.issueToken(collector);
  });

  after(async () => {
    await gateway.close();
  });

  const fromPasswordManager = () => ({
    ...exampleEvent("window.focus"),
    app: { name: "1Password 7", bundleId: "com.agilebits.onepassword7" },
  });
  const onBankingSite = () => ({
    ...exampleEvent("text.input"),
    url: "https://online.examplebank.com/transfer",
  });

  it("drops events from an excluded app or site before sealing, answers them as excluded_source, counts them", async () => {
    const kept = exampleEvent("pointer.click");
    const batch = validBatch({ events: [fromPasswordManager(), kept, onBankingSite()] });
    const response = await gateway.postBatch(token, batch);
    assert.equal(response.statusCode, 202, response.body);
    const answer = response.json() as { accepted: number; rejected: { index: number; code: string }[] };
    assert.equal(answer.accepted, 1);
    assert.deepEqual(
      answer.rejected.map((rejection) => [rejection.index, rejection.code]),
      [
        [0, "excluded_source"],
        [2, "excluded_source"],
      ],
    );

    const records = (await gateway.allRecordsSoFar()).filter(
      (record) => batchIdsOf([record])[0] === batch.batchId,
    );
    assert.equal(records.length, 1);
    const sealed = await gateway.openRecord(records[0] as (typeof records)[number]);
    assert.deepEqual(
      sealed.events.map((event) => (event as { eventId: string }).eventId),
      [kept.eventId],
    );

    const metrics = await gateway.app.inject({ method: "GET", url: "/metrics" });
    assert.match(metrics.body, /cordon_gateway_events_excluded_total\{reason="password-manager"[^}]*\} 1/);
    assert.match(metrics.body, /cordon_gateway_events_excluded_total\{reason="banking"[^}]*\} 1/);
  });

  it("keeps the positions of invalid and excluded events apart in one answer", async () => {
    const batch = validBatch({
      events: [{ type: "no.such.type" }, fromPasswordManager(), exampleEvent("pointer.move")],
    });
    const response = await gateway.postBatch(token, batch);
    assert.equal(response.statusCode, 202, response.body);
    const answer = response.json() as { accepted: number; rejected: { index: number; code: string }[] };
    assert.equal(answer.accepted, 1);
    assert.deepEqual(
      answer.rejected.map((rejection) => [rejection.index, rejection.code]),
      [
        [0, "unknown_type"],
        [1, "excluded_source"],
      ],
    );
  });

  it("accepts a batch whose every event is excluded (202, nothing produced): there is nothing to retry", async () => {
    const batch = validBatch({ events: [fromPasswordManager(), onBankingSite()] });
    const response = await gateway.postBatch(token, batch);
    assert.equal(response.statusCode, 202, response.body);
    assert.equal(response.json().accepted, 0);
    assert.ok(!batchIdsOf(await gateway.allRecordsSoFar()).includes(batch.batchId));
  });

  it("answers 422 no_valid_events with the per-event errors when no event is valid, and produces nothing", async () => {
    const batch = validBatch({
      events: [{ type: "no.such.type" }, { ...exampleEvent("pointer.move"), x: "left" }, 42],
    });
    const response = await gateway.postBatch(token, batch);
    assert.equal(response.statusCode, 422, response.body);
    const body = response.json() as {
      error: {
        code: string;
        details: { rejected: { index: number; code: string }[]; rejectedCount: number };
      };
    };
    assert.equal(body.error.code, "no_valid_events");
    assert.equal(body.error.details.rejectedCount, 3);
    assert.deepEqual(
      body.error.details.rejected.map((rejection) => [rejection.index, rejection.code]),
      [
        [0, "unknown_type"],
        [1, "invalid_field"],
        [2, "invalid_field"],
      ],
    );
    assert.ok(!batchIdsOf(await gateway.allRecordsSoFar()).includes(batch.batchId));

    // The same batch id with valid events is taken afterwards: the refusal claimed nothing.
    const fixed = validBatch({ batchId: batch.batchId });
    assert.equal((await gateway.postBatch(token, fixed)).statusCode, 202);
  });
});

import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { rawBatchHeaders } from "@cordon/transit";
import { GatewayUnderTest, validBatch } from "./testing/gateway-under-test.ts";
import { PrivateKafka } from "./testing/private-kafka.ts";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Posts until the gateway answers something other than a 5xx, and returns
 * that answer. A fail-safe bounds it; it is not a timing assertion.
 */
async function postUntilAnswered(gateway: GatewayUnderTest, token: string, batch: unknown) {
  const giveUpAt = Date.now() + 120_000;
  for (;;) {
    const response = await gateway.postBatch(token, batch);
    if (response.statusCode < 500 || Date.now() > giveUpAt) return response;
    await pause(Number(response.headers["retry-after"] ?? 1) * 250);
  }
}

/** Asks /readyz until it is 200 or the fail-safe passes; returns the last status. */
async function readyzUntilAnswered(gateway: GatewayUnderTest): Promise<number> {
  const giveUpAt = Date.now() + 60_000;
  for (;;) {
    const { statusCode } = await gateway.app.inject({ method: "GET", url: "/readyz" });
    if (statusCode === 200 || Date.now() > giveUpAt) return statusCode;
    await pause(250);
  }
}

describe("gateway while Kafka is down", () => {
  let kafka: PrivateKafka;
  let gateway: GatewayUnderTest;

  before(async () => {
    // A broker of this test's own: killing the stack's shared broker would break every other test.
    kafka = await PrivateKafka.start();
    gateway = await GatewayUnderTest.start("gw-outage", {
      brokers: kafka.brokers,
      env: { PRODUCE_TIMEOUT_MS: "1500", MAX_IN_FLIGHT: "4", RETRY_AFTER_SECONDS: "1" },
    });
  });

  after(async () => {
    await gateway?.close();
    await kafka?.remove();
  });

  it("never answers 2xx while the broker is gone, recovers when it returns, and loses no acknowledged batch", async () => {
    const collector = await gateway.enrolCollector();
    const token = await gateway.issueToken(collector);
    const acknowledged: string[] = [];
    const beforeOutage = validBatch();
    assert.equal((await gateway.postBatch(token, beforeOutage)).statusCode, 202);
    acknowledged.push(beforeOutage.batchId);

    await kafka.kill();

    const refused: ReturnType<typeof validBatch>[] = [];
    const outageAnswers = [];
    for (let i = 0; i < 4; i++) {
      const batch = validBatch();
      outageAnswers.push(await gateway.postBatch(token, batch));
      refused.push(batch);
    }
    const concurrent = Array.from({ length: 6 }, () => validBatch());
    outageAnswers.push(...(await Promise.all(concurrent.map((batch) => gateway.postBatch(token, batch)))));
    refused.push(...concurrent);
    for (const answer of outageAnswers) {
      assert.equal(answer.statusCode, 503, answer.body);
      assert.ok(
        ["dependency_unavailable", "overloaded"].includes(answer.json().error.code),
        answer.json().error.code,
      );
      assert.ok(Number(answer.headers["retry-after"]) > 0);
    }
    const notReady = await gateway.app.inject({ method: "GET", url: "/readyz" });
    assert.equal(notReady.statusCode, 503);
    assert.equal(notReady.json().error.details.checks.kafka, false);

    await kafka.restart();

    const afterOutage = validBatch();
    const recovered = await postUntilAnswered(gateway, token, afterOutage);
    assert.equal(recovered.statusCode, 202, recovered.body);
    acknowledged.push(afterOutage.batchId);
    assert.equal(await readyzUntilAnswered(gateway), 200);

    // The collector retries what was refused; each is then accepted.
    for (const batch of refused) {
      const retry = await postUntilAnswered(gateway, token, batch);
      assert.equal(retry.statusCode, 202, retry.body);
    }
    const produced = (await gateway.allRecordsSoFar()).map(
      (record) => record.headers[rawBatchHeaders.batchId],
    );
    // Nothing acknowledged is lost, and what was acknowledged at once is there once.
    for (const batchId of acknowledged) {
      assert.equal(produced.filter((id) => id === batchId).length, 1, `batch ${batchId} is in Kafka once`);
    }
    // A refused batch is there too. A produce that failed on the client's side
    // while the broker had in fact written it could leave a second copy, which
    // the pipeline drops by batch id; "at least once" is the guarantee here.
    for (const batch of refused) {
      assert.ok(produced.includes(batch.batchId), `refused-then-retried batch ${batch.batchId} is in Kafka`);
    }
  });
});

import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, describe, it } from "node:test";
import { generateCollectorSecret, verifyCollectorSecret } from "@cordon/collector-credentials";
import { stackCollectorSecretPepper } from "@cordon/testkit";
import { GatewayUnderTest } from "../testing/gateway-under-test.ts";

const perClientPerMinute = 3;
const perAddressPerMinute = 40;

/**
 * The token endpoint under abuse: guessed secrets, unknown ids, floods from
 * one address. Each answer must be cheap, limited and audited in aggregate.
 */
describe("gateway token endpoint under abuse", () => {
  let gateway: GatewayUnderTest;
  let addressCounter = 0;
  // Each test speaks from addresses of its own, so the per-address limit of one does not spill into another.
  const freshAddress = () => `198.51.100.${++addressCounter}`;

  before(async () => {
    gateway = await GatewayUnderTest.start("gw-token-abuse", {
      env: {
        TOKEN_REQUESTS_PER_CLIENT_PER_MINUTE: String(perClientPerMinute),
        TOKEN_REQUESTS_PER_ADDRESS_PER_MINUTE: String(perAddressPerMinute),
      },
    });
  });

  after(async () => {
    await gateway.close();
  });

  const requestToken = (body: unknown, remoteAddress: string) =>
    gateway.app.inject({ method: "POST", url: "/v1/auth/token", payload: body as object, remoteAddress });

  it("stores a keyed hash (HMAC-SHA-256 under the pepper) that the gateway verifies, never a slow hash", async () => {
    const collector = await gateway.enrolCollector();
    const { rows } = await gateway.admin.query<{ secret_hash: string }>(
      "SELECT secret_hash FROM cordon.collectors WHERE collector_id = $1",
      [collector.collectorId],
    );
    const stored = rows[0]?.secret_hash ?? "";
    assert.match(stored, /^hmac-sha256\$/);
    assert.ok(verifyCollectorSecret(collector.clientSecret, stored, stackCollectorSecretPepper()));
    const answer = await requestToken(
      { clientId: collector.collectorId, clientSecret: collector.clientSecret },
      freshAddress(),
    );
    assert.equal(answer.statusCode, 200);
  });

  it("refuses to keep an enrolment under a retired scrypt hash unless it is revoked, and refuses its token requests", async () => {
    const collectorId = randomUUID();
    const secret = generateCollectorSecret();
    const scryptHash = `scrypt$32768$8$1$${Buffer.alloc(16, 1).toString("base64url")}$${Buffer.alloc(32, 2).toString("base64url")}`;
    const insert = (revoked: boolean) =>
      gateway.admin.query(
        `INSERT INTO cordon.collectors (collector_id, org_id, subject_id, secret_hash, enrolled_by, revoked_at, revoked_by)
         VALUES ($1, 'org-retired', 'employee-retired', $2, 'test-admin', $3, $4)`,
        [
          collectorId,
          scryptHash,
          revoked ? new Date() : null,
          revoked ? "system:secret-scheme-retired" : null,
        ],
      );
    await assert.rejects(insert(false), /collectors_secret_hash_scheme/);
    await insert(true);
    const answer = await requestToken({ clientId: collectorId, clientSecret: secret }, freshAddress());
    assert.equal(answer.statusCode, 401);
    assert.equal(answer.json().error.code, "invalid_credentials");
  });

  it("answers 429 with Retry-After once one client id has used its requests for the minute, from any address", async () => {
    const collector = await gateway.enrolCollector();
    const body = { clientId: collector.collectorId, clientSecret: collector.clientSecret };
    for (let i = 0; i < perClientPerMinute; i++) {
      assert.equal((await requestToken(body, freshAddress())).statusCode, 200);
    }
    const limited = await requestToken(body, freshAddress());
    assert.equal(limited.statusCode, 429);
    assert.equal(limited.json().error.code, "rate_limited");
    const retryAfter = Number(limited.headers["retry-after"]);
    assert.ok(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60, String(retryAfter));

    // Another collector is not held back by this one's limit.
    const other = await gateway.enrolCollector();
    const answer = await requestToken(
      { clientId: other.collectorId, clientSecret: other.clientSecret },
      freshAddress(),
    );
    assert.equal(answer.statusCode, 200);
  });

  it("answers 429 with Retry-After once one address has used its requests for the minute, whatever the client id", async () => {
    const address = freshAddress();
    for (let i = 0; i < perAddressPerMinute; i++) {
      const guess = await requestToken(
        { clientId: randomUUID(), clientSecret: generateCollectorSecret() },
        address,
      );
      assert.equal(guess.statusCode, 401);
    }
    const collector = await gateway.enrolCollector();
    const limited = await requestToken(
      { clientId: collector.collectorId, clientSecret: collector.clientSecret },
      address,
    );
    assert.equal(limited.statusCode, 429);
    assert.equal(limited.json().error.code, "rate_limited");
    assert.ok(Number(limited.headers["retry-after"]) >= 1);
    // The same collector from another address still gets its token.
    const elsewhere = await requestToken(
      { clientId: collector.collectorId, clientSecret: collector.clientSecret },
      freshAddress(),
    );
    assert.equal(elsewhere.statusCode, 200);
  });

  it("audits a flood of refused token requests as a handful of auth.denied records carrying the count", async () => {
    await gateway.refusalAudit.flushAll();
    const before = await gateway.admin.query<{ n: string }>(
      "SELECT count(*) AS n FROM cordon.audit_records WHERE action = 'auth.denied'",
    );
    const sources = [freshAddress(), freshAddress()];
    const floodPerSource = 150;
    const answers = new Map<number, number>();
    for (const address of sources) {
      const flood = Array.from({ length: floodPerSource }, (_, i) =>
        requestToken(
          i % 3 === 0 ? { clientId: "not-a-uuid" } : { clientId: randomUUID(), clientSecret: "guess" },
          address,
        ),
      );
      for (const answer of await Promise.all(flood)) {
        answers.set(answer.statusCode, (answers.get(answer.statusCode) ?? 0) + 1);
      }
    }
    // Past the address limit the flood is answered 429, which is a refusal too.
    assert.ok((answers.get(429) ?? 0) > 0, JSON.stringify([...answers]));
    assert.equal(answers.get(200), undefined);

    await gateway.refusalAudit.flushAll();
    const { rows } = await gateway.admin.query<{
      actor_id: string;
      reason: string;
      detail: { sourceAddress: string; refusals: number; rate_limited?: number };
    }>(
      `SELECT actor_id, reason, detail FROM cordon.audit_records
        WHERE action = 'auth.denied' AND sequence > 0 ORDER BY sequence OFFSET $1`,
      [Number(before.rows[0]?.n ?? 0)],
    );
    // One per source and minute: two sources, and at most one minute boundary crossed.
    assert.ok(rows.length >= sources.length && rows.length <= 2 * sources.length, String(rows.length));
    assert.deepEqual([...new Set(rows.map((row) => row.detail.sourceAddress))].sort(), [...sources].sort());
    const counted = rows.reduce((sum, row) => sum + row.detail.refusals, 0);
    assert.equal(counted, sources.length * floodPerSource);
    assert.ok(rows.every((row) => row.actor_id === "anonymous"));

    const metrics = await gateway.app.inject({ method: "GET", url: "/metrics" });
    const refusedTotal = [...metrics.body.matchAll(/^cordon_gateway_token_refusals_total\{[^}]*\} (\d+)/gm)]
      .map((match) => Number(match[1]))
      .reduce((sum, value) => sum + value, 0);
    assert.ok(refusedTotal >= sources.length * floodPerSource, String(refusedTotal));
  });
});

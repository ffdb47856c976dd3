import assert from "node:assert/strict";
import { generateKeyPairSync, randomUUID } from "node:crypto";
import { after, before, describe, it } from "node:test";
import {
  type GatewayUnderTest as Gateway,
  GatewayUnderTest,
  validBatch,
} from "../testing/gateway-under-test.ts";
import { signEs256, unsignedToken, verifyWithJwk } from "../testing/jwt.ts";

const revocationTtlMs = 2_000;

describe("gateway collector authentication", () => {
  let gateway: Gateway;

  before(async () => {
    // The enrolment cache keeps its production-like TTL here, on a clock the tests move.
    gateway = await GatewayUnderTest.start("gw-auth", {
      env: { REVOCATION_CHECK_TTL_MS: String(revocationTtlMs) },
    });
  });

  after(async () => {
    await gateway.close();
  });

  const claimsFor = (
    collector: { collectorId: string; subjectId: string; orgId: string },
    nowSeconds: number,
  ) => ({
    iss: gateway.config.COLLECTOR_TOKEN_ISSUER,
    aud: "cordon-gateway",
    sub: collector.collectorId,
    cid: collector.collectorId,
    sid: collector.subjectId,
    org: collector.orgId,
    iat: nowSeconds,
    exp: nowSeconds + 600,
  });

  it("issues an ES256 token naming the collector, its subject and org, verifiable with the JWKS", async () => {
    const collector = await gateway.enrolCollector();
    const response = await gateway.app.inject({
      method: "POST",
      url: "/v1/auth/token",
      payload: { clientId: collector.collectorId, clientSecret: collector.clientSecret },
    });
    assert.equal(response.statusCode, 200);
    const body = response.json();
    assert.equal(body.tokenType, "Bearer");
    assert.equal(body.expiresIn, 900);
    assert.equal(response.headers["cache-control"], "no-store");

    const jwks = (await gateway.app.inject({ method: "GET", url: "/v1/auth/jwks.json" })).json();
    assert.equal(jwks.keys.length, 1);
    const [jwk] = jwks.keys;
    assert.equal(jwk.kty, "EC");
    assert.equal(jwk.d, undefined, "the JWKS carries no private part");
    const token = verifyWithJwk(body.accessToken, jwk);
    assert.equal(token.valid, true);
    assert.equal(token.header.alg, "ES256");
    assert.equal(token.header.kid, jwk.kid);
    assert.equal(token.header.kid, gateway.tokenKey.kid);
    assert.equal(token.claims.iss, "cordon-gateway");
    assert.equal(token.claims.aud, "cordon-gateway");
    assert.equal(token.claims.sub, collector.collectorId);
    assert.equal(token.claims.cid, collector.collectorId);
    assert.equal(token.claims.sid, collector.subjectId);
    assert.equal(token.claims.org, collector.orgId);
    assert.equal(Number(token.claims.exp) - Number(token.claims.iat), 900);
  });

  it("gives the same 401 invalid_credentials for a wrong secret, an unknown id and a revoked collector", async () => {
    const collector = await gateway.enrolCollector();
    const revoked = await gateway.enrolCollector();
    await gateway.revokeCollector(revoked.collectorId);
    const attempts = [
      { clientId: collector.collectorId, clientSecret: `${collector.clientSecret}x` },
      { clientId: randomUUID(), clientSecret: collector.clientSecret },
      { clientId: "not-a-uuid", clientSecret: collector.clientSecret },
      { clientId: revoked.collectorId, clientSecret: revoked.clientSecret },
    ];
    const answers = [];
    for (const payload of attempts) {
      const response = await gateway.app.inject({ method: "POST", url: "/v1/auth/token", payload });
      assert.equal(response.statusCode, 401, JSON.stringify(payload.clientId));
      const { code, message } = response.json().error;
      answers.push({ code, message });
    }
    assert.deepEqual(new Set(answers.map((a) => JSON.stringify(a))).size, 1);
    assert.equal(answers[0]?.code, "invalid_credentials");
  });

  it("answers a malformed token request with 400, not 401 or 500", async () => {
    for (const payload of [{}, { clientId: randomUUID() }, { clientId: 1, clientSecret: 2 }]) {
      const response = await gateway.app.inject({ method: "POST", url: "/v1/auth/token", payload });
      assert.equal(response.statusCode, 400, JSON.stringify(payload));
      assert.equal(response.json().error.code, "invalid_request");
    }
  });

  it("refuses a batch without a token with 401 unauthenticated", async () => {
    const response = await gateway.postBatch(undefined, validBatch());
    assert.equal(response.statusCode, 401);
    assert.equal(response.json().error.code, "unauthenticated");
    const config = await gateway.app.inject({ method: "GET", url: "/v1/collector/config" });
    assert.equal(config.json().error.code, "unauthenticated");
  });

  it("refuses a token signed by another key with 401 invalid_token", async () => {
    const collector = await gateway.enrolCollector();
    const { privateKey: stranger } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const forged = signEs256(
      { kid: gateway.tokenKey.kid },
      claimsFor(collector, Math.floor(Date.now() / 1000)),
      stranger,
    );
    const response = await gateway.postBatch(forged, validBatch());
    assert.equal(response.statusCode, 401);
    assert.equal(response.json().error.code, "invalid_token");
  });

  it("refuses unsigned, garbled, wrong-issuer and wrong-audience tokens with 401 invalid_token", async () => {
    const collector = await gateway.enrolCollector();
    const now = Math.floor(Date.now() / 1000);
    const good = claimsFor(collector, now);
    const tokens = [
      unsignedToken(good),
      "not.a.jwt",
      "Zm9v",
      signEs256({}, { ...good, iss: "someone-else" }, gateway.tokenKey.privatePem),
      signEs256({}, { ...good, aud: "cordon-control-api" }, gateway.tokenKey.privatePem),
      signEs256({}, { ...good, cid: undefined }, gateway.tokenKey.privatePem),
    ];
    for (const token of tokens) {
      const response = await gateway.postBatch(token, validBatch());
      assert.equal(response.statusCode, 401, token.slice(0, 40));
      assert.equal(response.json().error.code, "invalid_token", token.slice(0, 40));
    }
  });

  it("refuses an expired token with 401 token_expired", async () => {
    const collector = await gateway.enrolCollector();
    const anHourAgo = Math.floor(Date.now() / 1000) - 3_600;
    const expired = signEs256({}, claimsFor(collector, anHourAgo), gateway.tokenKey.privatePem);
    const response = await gateway.postBatch(expired, validBatch());
    assert.equal(response.statusCode, 401);
    assert.equal(response.json().error.code, "token_expired");
  });

  it("refuses a token that claims another subject than the collector's enrolment", async () => {
    const collector = await gateway.enrolCollector();
    const now = Math.floor(Date.now() / 1000);
    const token = signEs256(
      {},
      { ...claimsFor(collector, now), sid: "someone-else", org: "another-org" },
      gateway.tokenKey.privatePem,
    );
    const response = await gateway.postBatch(token, validBatch());
    assert.equal(response.statusCode, 401);
    assert.equal(response.json().error.code, "invalid_token");
  });

  it("refuses an unexpired token of a revoked collector within the revocation TTL", async () => {
    const collector = await gateway.enrolCollector();
    const token = await gateway.issueToken(collector);
    const before = await gateway.postBatch(token, validBatch());
    assert.equal(before.statusCode, 202, before.body);

    await gateway.revokeCollector(collector.collectorId);
    gateway.clock.advance(revocationTtlMs);

    const afterRevocation = await gateway.postBatch(token, validBatch());
    assert.equal(afterRevocation.statusCode, 401);
    assert.equal(afterRevocation.json().error.code, "collector_revoked");
    const config = await gateway.app.inject({
      method: "GET",
      url: "/v1/collector/config",
      headers: { authorization: `Bearer ${token}` },
    });
    assert.equal(config.json().error.code, "collector_revoked");
  });

  it("refuses a batch id another collector already used with 409 batch_id_conflict", async () => {
    const first = await gateway.enrolCollector();
    const sameOrg = await gateway.enrolCollector({ orgId: first.orgId });
    const otherOrg = await gateway.enrolCollector();
    const batch = validBatch();
    assert.equal((await gateway.postBatch(await gateway.issueToken(first), batch)).statusCode, 202);

    for (const intruder of [sameOrg, otherOrg]) {
      const response = await gateway.postBatch(await gateway.issueToken(intruder), batch);
      assert.equal(response.statusCode, 409);
      assert.equal(response.json().error.code, "batch_id_conflict");
    }
    // The owner's retry still gets its own answer.
    const retry = await gateway.postBatch(await gateway.issueToken(first), batch);
    assert.equal(retry.statusCode, 202);
  });
});

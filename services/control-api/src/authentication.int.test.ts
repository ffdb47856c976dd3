import assert from "node:assert/strict";
import { createHmac, createPublicKey, type JsonWebKey, randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import { createPool } from "@cordon/db";
import { createSubjectPseudonymizer } from "@cordon/lake";
import { createLogger, createMetricsRegistry } from "@cordon/observability";
import { isolatedDatabase, stackCollectorSecretPepper } from "@cordon/testkit";
import { createSigner } from "fast-jwt";
import { buildControlApi } from "./app.ts";
import { discardingAuditSink } from "./audit.ts";
import { humanTokenKeysFromFile, humanTokenKeysFromUrl } from "./human-token-keys.ts";
import {
  type ControlApiHarness,
  stackAuditVerification,
  startControlApi,
} from "./testing/control-api-harness.ts";
import { createTestIssuer, testAudience, testIssuerName } from "./testing/test-issuer.ts";

const adminA = { sub: "admin-a", org: "org-a", roles: ["admin"] };

describe("human authentication", () => {
  let api: ControlApiHarness;
  before(async () => {
    api = await startControlApi("control_auth");
  });
  after(async () => {
    await api.close();
  });

  function listWith(authorization: string | undefined) {
    return api.app.inject({
      method: "GET",
      url: "/v1/collectors",
      headers: authorization === undefined ? {} : { authorization },
    });
  }

  function assertRefused(response: { statusCode: number; json(): unknown }, status: number, code: string) {
    assert.equal(response.statusCode, status);
    assert.equal((response.json() as { error: { code: string } }).error.code, code);
  }

  it("accepts a valid token of the configured issuer", async () => {
    assert.equal((await listWith(`Bearer ${api.issuer.mint(adminA)}`)).statusCode, 200);
  });

  it("refuses a request without a token with 401 unauthenticated", async () => {
    assertRefused(await listWith(undefined), 401, "unauthenticated");
    assertRefused(await listWith("Basic YWRtaW46YWRtaW4="), 401, "unauthenticated");
  });

  it("refuses a token signed by an unrelated key that claims the issuer's key id", async () => {
    const unrelated = createTestIssuer();
    try {
      const forged = api.issuer.mint(adminA, { signWithPem: unrelated.privateKeyPem });
      assertRefused(await listWith(`Bearer ${forged}`), 401, "invalid_token");
      const ownKid = unrelated.mint(adminA);
      assertRefused(await listWith(`Bearer ${ownKid}`), 401, "invalid_token");
    } finally {
      unrelated.remove();
    }
  });

  it("refuses an expired token with 401 token_expired", async () => {
    const expired = api.issuer.mint(adminA, { expiresInSeconds: -3600 });
    assertRefused(await listWith(`Bearer ${expired}`), 401, "token_expired");
  });

  it("refuses a token for another audience or from another issuer", async () => {
    assertRefused(
      await listWith(`Bearer ${api.issuer.mint(adminA, { audience: "cordon-gateway" })}`),
      401,
      "invalid_token",
    );
    assertRefused(
      await listWith(`Bearer ${api.issuer.mint(adminA, { issuer: "https://evil.example" })}`),
      401,
      "invalid_token",
    );
  });

  it("refuses unsigned and HMAC tokens, even when the HMAC key is the issuer's public key", async () => {
    const header = Buffer.from(JSON.stringify({ alg: "none", typ: "JWT", kid: api.issuer.kid })).toString(
      "base64url",
    );
    const payload = Buffer.from(
      JSON.stringify({
        ...adminA,
        iss: testIssuerName,
        aud: testAudience,
        exp: Math.floor(Date.now() / 1000) + 300,
      }),
    ).toString("base64url");
    assertRefused(await listWith(`Bearer ${header}.${payload}.`), 401, "invalid_token");

    // Algorithm confusion: HS256 keyed with the issuer's public key, which anyone can fetch.
    const publicPem = createPublicKey({ key: api.issuer.jwks.keys[0] as JsonWebKey, format: "jwk" })
      .export({ type: "spki", format: "pem" })
      .toString();
    const hmacHeader = Buffer.from(
      JSON.stringify({ alg: "HS256", typ: "JWT", kid: api.issuer.kid }),
    ).toString("base64url");
    const hmacSignature = createHmac("sha256", publicPem)
      .update(`${hmacHeader}.${payload}`)
      .digest("base64url");
    const hmac = `${hmacHeader}.${payload}.${hmacSignature}`;
    assertRefused(await listWith(`Bearer ${hmac}`), 401, "invalid_token");
    assertRefused(await listWith("Bearer not.a.jwt"), 401, "invalid_token");
  });

  it("refuses a token without an expiry, an org or a sub", async () => {
    const noExp = createSigner({
      key: api.issuer.privateKeyPem,
      algorithm: "ES256",
      kid: api.issuer.kid,
      iss: testIssuerName,
      aud: testAudience,
    })(adminA);
    assertRefused(await listWith(`Bearer ${noExp}`), 401, "invalid_token");
    const { org: _org, ...withoutOrg } = adminA;
    assertRefused(
      await listWith(`Bearer ${api.issuer.mint(withoutOrg as typeof adminA)}`),
      401,
      "invalid_token",
    );
    const { sub: _sub, ...withoutSub } = adminA;
    assertRefused(
      await listWith(`Bearer ${api.issuer.mint(withoutSub as typeof adminA)}`),
      401,
      "invalid_token",
    );
  });

  it("refuses a human token claiming a service role, which would widen what Postgres lets it read", async () => {
    const gateway = api.issuer.mint({ sub: "mallory", org: "org-a", roles: ["admin", "gateway"] });
    assertRefused(await listWith(`Bearer ${gateway}`), 401, "invalid_token");
  });

  it("refuses a route to a role it does not allow with 403 forbidden", async () => {
    const steward = api.issuer.mint({ sub: "steward-a", org: "org-a", roles: ["steward"] });
    assertRefused(await listWith(`Bearer ${steward}`), 403, "forbidden");
  });

  it("audits every refusal as auth.denied, naming the caller when the token was good", async () => {
    await api.refusalAudit.flushAll();
    const before = api.audit.entries.length;
    await listWith(undefined);
    await listWith(`Bearer ${api.issuer.mint({ sub: "steward-a", org: "org-a", roles: ["steward"] })}`);
    await api.refusalAudit.flushAll();
    const entries = api.audit.entries.slice(before);
    assert.equal(entries.length, 2);
    assert.deepEqual(
      entries.map((entry) => [
        entry.action,
        entry.actor.id,
        entry.actor.authMethod,
        entry.outcome,
        entry.reason,
      ]),
      [
        ["auth.denied", "anonymous", "none", "denied", "unauthenticated"],
        ["auth.denied", "steward-a", "jwt", "denied", "forbidden"],
      ],
    );
    assert.equal(entries[1]?.resource.id, "GET /v1/collectors");
    assert.deepEqual(
      entries.map((entry) => entry.detail?.refusals),
      [1, 1],
    );
  });

  it("audits a flood of refused calls as one auth.denied record per source and minute, carrying the count", async () => {
    await api.refusalAudit.flushAll();
    const before = api.audit.entries.length;
    const flood = 400;
    const answers = await Promise.all(
      Array.from({ length: flood }, (_, i) =>
        api.app.inject({
          method: "GET",
          url: "/v1/collectors",
          remoteAddress: "203.0.113.9",
          headers: i % 2 === 0 ? {} : { authorization: "Bearer not-a-token" },
        }),
      ),
    );
    assert.ok(answers.every((answer) => answer.statusCode === 401));
    assert.equal(api.audit.entries.length, before, "nothing is appended while the minute is open");
    await api.refusalAudit.flushAll();
    const entries = api.audit.entries.slice(before);
    // One minute boundary may fall inside the flood.
    assert.ok(entries.length >= 1 && entries.length <= 2, String(entries.length));
    assert.equal(
      entries.reduce((sum, entry) => sum + Number(entry.detail?.refusals), 0),
      flood,
    );
    assert.ok(entries.every((entry) => entry.detail?.sourceAddress === "203.0.113.9"));
    assert.ok(entries.every((entry) => entry.actor.id === "anonymous" && entry.action === "auth.denied"));
  });

  it("counts refusals in the metrics", async () => {
    await listWith(undefined);
    const metrics = await api.app.inject({ method: "GET", url: "/metrics" });
    assert.match(metrics.body, /cordon_control_api_auth_denied_total\{code="unauthenticated"[^}]*\} [1-9]/);
  });
});

describe("human token keys", () => {
  it("accepts RS256 tokens from an issuer with RSA keys", async () => {
    const db = await isolatedDatabase("control_auth_rsa");
    const pool = createPool(db.urls.control, { max: 2 });
    const issuer = createTestIssuer({ keyType: "rsa" });
    const registry = createMetricsRegistry("test");
    const verification = stackAuditVerification("control_auth_rsa", registry);
    try {
      const app = buildControlApi({
        logger: createLogger({ service: "test", level: "silent" }),
        pool,
        humanTokens: {
          issuer: testIssuerName,
          audience: testAudience,
          keys: humanTokenKeysFromFile(issuer.jwksFile),
          clockToleranceSeconds: 5,
        },
        audit: discardingAuditSink,
        auditVerification: verification,
        exportFiles: { keys: verification.keys, store: verification.store },
        registry,
        pseudonymize: createSubjectPseudonymizer(randomBytes(32)),
        collectorSecretPepper: stackCollectorSecretPepper(),
      });
      const ok = await app.inject({
        method: "GET",
        url: "/v1/collectors",
        headers: { authorization: `Bearer ${issuer.mint(adminA)}` },
      });
      assert.equal(ok.statusCode, 200, ok.body);
      await app.close();
    } finally {
      await pool.end();
      await db.drop();
      issuer.remove();
    }
  });

  describe("from a JWKS URL", () => {
    let server: Server;
    let fetches = 0;
    const issuer = createTestIssuer();
    before(async () => {
      server = createServer((request, response) => {
        fetches += 1;
        if (request.url !== "/idp/keys.json") {
          response.writeHead(404).end();
          return;
        }
        response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(issuer.jwks));
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    });
    after(async () => {
      await new Promise((resolve) => server.close(resolve));
      issuer.remove();
    });

    function keysFromServer() {
      const { port } = server.address() as AddressInfo;
      return humanTokenKeysFromUrl(`http://127.0.0.1:${port}/idp/keys.json`, { cacheTtlSeconds: 60 });
    }

    it("verifies with the fetched key and reuses it from the cache", async () => {
      const keys = keysFromServer();
      const fetchesBefore = fetches;
      const hint = { kid: issuer.kid, alg: "ES256" };
      const first = await keys.publicKeyFor(hint);
      const second = await keys.publicKeyFor(hint);
      assert.equal(first, second);
      assert.match(first, /BEGIN PUBLIC KEY/);
      assert.equal(fetches - fetchesBefore, 1);
    });

    it("refuses an unknown key id, and does not refetch for every forged one", async () => {
      const keys = keysFromServer();
      const fetchesBefore = fetches;
      for (const kid of ["forged-1", "forged-2", "forged-3"]) {
        await assert.rejects(keys.publicKeyFor({ kid, alg: "ES256" }), { name: "UnknownSigningKeyError" });
      }
      assert.equal(fetches - fetchesBefore, 1);
    });

    it("refuses a key id whose key type does not fit the algorithm", async () => {
      const keys = keysFromServer();
      await assert.rejects(keys.publicKeyFor({ kid: issuer.kid, alg: "RS256" }), {
        name: "UnknownSigningKeyError",
      });
    });

    it("says the keys are unavailable when the identity provider cannot be reached", async () => {
      const keys = humanTokenKeysFromUrl("http://127.0.0.1:1/keys.json", { cacheTtlSeconds: 60 });
      await assert.rejects(keys.publicKeyFor({ kid: issuer.kid, alg: "ES256" }), {
        name: "SigningKeysUnavailableError",
      });
    });
  });
});

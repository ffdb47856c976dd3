import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { createHash, generateKeyPairSync, type JsonWebKey, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { createAuditCheckpointer, createAuditLog } from "@cordon/audit";
import { verifyCollectorSecret } from "@cordon/collector-credentials";
import { auditLogSink, buildControlApi, humanTokenKeysFromFile } from "@cordon/control-api";
import { createPool, type Pool } from "@cordon/db";
import { createKmsKeyService } from "@cordon/key-service";
import { createSubjectPseudonymizer } from "@cordon/lake";
import { createS3ObjectStore } from "@cordon/object-store";
import { createLogger, createMetricsRegistry } from "@cordon/observability";
import {
  type IsolatedDatabase,
  isolatedDatabase,
  stackCollectorSecretPepper,
  stackEnv,
  testId,
} from "@cordon/testkit";
import { createSigner } from "fast-jwt";
import type { FastifyInstance } from "fastify";

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "..", "..", "..");
const mainFile = path.join(here, "main.ts");
const issuer = "https://issuer.test/cordon-cli";
const audience = "cordon-control-api-cli-test";
// The platform operator's own issuer: whole-log verification needs its token.
const platformIssuer = "https://platform.test/cordon-cli";

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  json(): Record<string, unknown>;
}

function runCordon(args: string[], env: Record<string, string>): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", mainFile, ...args],
      // Only what the test gives: no CORDON_TOKEN or stack settings leak in from the developer's shell.
      { cwd: repoRoot, env: { PATH: process.env.PATH ?? "", ...env } },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === "number" ? error.code : 1;
        resolve({ code, stdout, stderr, json: () => JSON.parse(stdout) });
      },
    );
  });
}

describe("the cordon command against a listening control API", () => {
  const stateDir = mkdtempSync(path.join(tmpdir(), "cordon-cli-"));
  const keyFile = path.join(stateDir, "dev-issuer.pem");
  const jwksFile = path.join(stateDir, "jwks.json");
  const platformJwksFile = path.join(stateDir, "platform-jwks.json");
  const platformKeys = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const platformToken = () =>
    createSigner({
      key: platformKeys.privateKey.export({ format: "pem", type: "pkcs8" }).toString(),
      algorithm: "ES256",
      kid: "platform-cli",
      iss: platformIssuer,
      aud: audience,
      expiresIn: 300_000,
    })({ sub: "ops-1", roles: ["platform_operator"] });
  let db: IsolatedDatabase;
  let pool: Pool;
  let ownerPool: Pool;
  let app: FastifyInstance;
  let env: Record<string, string>;
  // The access log's checkpoints: the stack's KMS and S3 server, under a prefix of this file's own.
  const stack = stackEnv();
  const auditKeys = createKmsKeyService({
    endpoint: stack.KMS_ENDPOINT ?? "",
    region: stack.AWS_REGION ?? "",
    aliasPrefix: stack.KMS_ALIAS_PREFIX ?? "",
  });
  const auditStore = createS3ObjectStore({
    endpoint: stack.S3_ENDPOINT ?? "",
    region: stack.AWS_REGION ?? "",
    bucket: stack.S3_BUCKET ?? "",
    forcePathStyle: stack.S3_FORCE_PATH_STYLE === "true",
    credentials: {
      accessKeyId: stack.AWS_ACCESS_KEY_ID ?? "",
      secretAccessKey: stack.AWS_SECRET_ACCESS_KEY ?? "",
    },
  });
  const auditKeyPrefix = `${testId("cli_audit")}/audit/checkpoints/`;

  before(async () => {
    const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    writeFileSync(keyFile, privateKey.export({ format: "pem", type: "pkcs8" }), { mode: 0o600 });
    const jwk: JsonWebKey = publicKey.export({ format: "jwk" });
    const kid = createHash("sha256")
      .update(JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y }))
      .digest("base64url");
    writeFileSync(jwksFile, JSON.stringify({ keys: [{ ...jwk, kid, alg: "ES256", use: "sig" }] }));

    writeFileSync(
      platformJwksFile,
      JSON.stringify({
        keys: [
          {
            ...platformKeys.publicKey.export({ format: "jwk" }),
            kid: "platform-cli",
            alg: "ES256",
            use: "sig",
          },
        ],
      }),
    );

    db = await isolatedDatabase("cli");
    pool = createPool(db.urls.control, { max: 2 });
    ownerPool = createPool(db.adminUrl, { max: 1 });
    const logger = createLogger({ service: "control-api-test", level: "silent" });
    app = buildControlApi({
      logger,
      pool,
      humanTokens: {
        issuer,
        audience,
        keys: humanTokenKeysFromFile(jwksFile),
        clockToleranceSeconds: 5,
        platform: { issuer: platformIssuer, keys: humanTokenKeysFromFile(platformJwksFile) },
      },
      audit: auditLogSink(createAuditLog({ pool }), logger),
      auditVerification: { keys: auditKeys, store: auditStore, keyPrefix: auditKeyPrefix },
      registry: createMetricsRegistry("control-api-test"),
      pseudonymize: createSubjectPseudonymizer(randomBytes(32)),
      collectorSecretPepper: stackCollectorSecretPepper(),
      exportFiles: { keys: auditKeys, store: auditStore },
    });
    await app.listen({ host: "127.0.0.1", port: 0 });
    const { port } = app.server.address() as AddressInfo;
    // The settings the local stack writes, in a state dir of the test's own: the CLI's fallback.
    writeFileSync(
      path.join(stateDir, "env"),
      [`AUTH_ISSUER=${issuer}`, `AUTH_AUDIENCE=${audience}`, `AUTH_DEV_SIGNING_KEY_FILE=${keyFile}`].join(
        "\n",
      ),
    );
    env = { CORDON_STATE_DIR: stateDir, CONTROL_API_URL: `http://127.0.0.1:${port}` };
  });

  after(async () => {
    for await (const key of auditStore.listKeys(auditKeyPrefix)) await auditStore.delete(key);
    await app.close();
    await pool.end();
    await ownerPool.end();
    await db.drop();
    rmSync(stateDir, { recursive: true, force: true });
  });

  it("token mint signs a token the control API accepts, with the claims asked for", async () => {
    const run = await runCordon(
      ["token", "mint", "--sub", "ops-1", "--org", "org-cli", "--roles", "admin,security", "--ttl", "5m"],
      env,
    );
    assert.equal(run.code, 0, run.stderr);
    const minted = run.json() as { accessToken: string; tokenType: string; expiresAt: string };
    assert.equal(minted.tokenType, "Bearer");
    const payload = JSON.parse(Buffer.from(minted.accessToken.split(".")[1] ?? "", "base64url").toString());
    assert.deepEqual(
      [payload.sub, payload.org, payload.roles, payload.exp - payload.iat],
      ["ops-1", "org-cli", ["admin", "security"], 300],
    );
    const response = await app.inject({
      method: "GET",
      url: "/v1/collectors",
      headers: { authorization: `Bearer ${minted.accessToken}` },
    });
    assert.equal(response.statusCode, 200);
  });

  it("token mint refuses without the development signing key", async () => {
    const run = await runCordon(["token", "mint", "--sub", "a", "--org", "o", "--roles", "admin"], {
      CORDON_STATE_DIR: path.join(stateDir, "nowhere"),
    });
    assert.equal(run.code, 1);
    assert.match(run.stderr, /AUTH_DEV_SIGNING_KEY_FILE/);
    assert.equal(run.stdout, "");
  });

  it("collectors enrol prints the client secret once, for the org of the minted token", async () => {
    const run = await runCordon(["collectors", "enrol", "--subject", "alice", "--label", "laptop-7"], {
      ...env,
      CORDON_ORG: "org-cli",
      CORDON_SUB: "ops-1",
      CORDON_ROLES: "admin",
    });
    assert.equal(run.code, 0, run.stderr);
    const enrolled = run.json() as { collectorId: string; clientSecret: string; orgId: string };
    assert.equal(enrolled.orgId, "org-cli");
    const stored = await ownerPool.query(
      "SELECT org_id, enrolled_by, secret_hash FROM cordon.collectors WHERE collector_id = $1",
      [enrolled.collectorId],
    );
    assert.equal(stored.rows[0].enrolled_by, "ops-1");
    assert.ok(
      verifyCollectorSecret(enrolled.clientSecret, stored.rows[0].secret_hash, stackCollectorSecretPepper()),
    );

    const listed = await runCordon(["collectors", "list", "--subject", "alice"], {
      ...env,
      CORDON_ORG: "org-cli",
    });
    assert.equal(listed.code, 0, listed.stderr);
    assert.ok(listed.stdout.includes(enrolled.collectorId));
    assert.ok(!listed.stdout.includes(enrolled.clientSecret));

    const revoked = await runCordon(["collectors", "revoke", enrolled.collectorId], {
      ...env,
      CORDON_ORG: "org-cli",
    });
    assert.equal(revoked.code, 0, revoked.stderr);
    assert.equal(typeof revoked.json().revokedAt, "string");
  });

  it("pause, pauses, resume and consent reach the API and report its refusals as JSON on stderr", async () => {
    const orgEnv = { ...env, CORDON_ORG: "org-cli" };
    const paused = await runCordon(["pause", "org", "--reason", "drill", "--retry-after", "30"], orgEnv);
    assert.equal(paused.code, 0, paused.stderr);
    assert.equal(paused.json().retryAfterSeconds, 30);
    const listed = await runCordon(["pauses"], orgEnv);
    assert.equal((listed.json().pauses as unknown[]).length, 1);
    const resumed = await runCordon(["resume", "org"], orgEnv);
    assert.equal(resumed.json().resumed, true);

    const optedOut = await runCordon(["consent", "bob", "--opt-out"], orgEnv);
    assert.equal(optedOut.json().optedOut, true);
    const shown = await runCordon(["consent", "bob"], orgEnv);
    assert.equal(shown.json().optedOut, true);
    const optInByStaff = await runCordon(["consent", "bob", "--opt-in"], orgEnv);
    assert.equal(optInByStaff.code, 1);
    assert.equal(JSON.parse(optInByStaff.stderr).error.code, "opt_in_only_by_subject");

    const refused = await runCordon(["pause", "global", "--reason", "x"], {
      ...orgEnv,
      CORDON_ROLES: "admin",
    });
    assert.equal(refused.code, 1);
    const error = JSON.parse(refused.stderr).error;
    assert.equal(error.code, "forbidden");
    assert.equal(error.status, 403);
  });

  it("subject erase, erasure and report reach the API as the subject", async () => {
    const subjectEnv = { ...env, CORDON_ORG: "org-cli", CORDON_SUB: "dora", CORDON_ROLES: "subject" };
    const erased = await runCordon(["subject", "erase", "dora", "--reason", "leaving"], subjectEnv);
    assert.equal(erased.code, 0, erased.stderr);
    assert.equal(erased.json().state, "keys_destroyed");
    const progress = await runCordon(["subject", "erasure", "dora"], subjectEnv);
    assert.equal(progress.json().subjectId, "dora");
    const report = await runCordon(["subject", "report", "dora"], subjectEnv);
    assert.equal(report.code, 0, report.stderr);
    assert.deepEqual(
      (report.json().about as { action: string }[]).map((entry) => entry.action),
      ["subject.erase"],
    );
  });

  it("uses CORDON_TOKEN when set instead of minting one", async () => {
    const run = await runCordon(["pauses"], { ...env, CORDON_TOKEN: "not-a-token" });
    assert.equal(run.code, 1);
    assert.equal(JSON.parse(run.stderr).error.code, "invalid_token");
  });

  it("audit query and export show the security role what was done, and verify the platform operator, as the API answers it", async () => {
    const securityEnv = { ...env, CORDON_ORG: "org-cli", CORDON_SUB: "sec-1", CORDON_ROLES: "security" };
    const adminEnv = { ...env, CORDON_ORG: "org-cli", CORDON_SUB: "ops-1", CORDON_ROLES: "admin" };
    for (const subject of ["carol", "dave"]) {
      assert.equal((await runCordon(["collectors", "enrol", "--subject", subject], adminEnv)).code, 0);
    }
    const query = await runCordon(
      ["audit", "query", "--action", "collector.enrol", "--limit", "5"],
      securityEnv,
    );
    assert.equal(query.code, 0, query.stderr);
    const page = query.json() as { records: { action: string; actor: { id: string } }[] };
    assert.ok(page.records.length > 0);
    assert.ok(
      page.records.every((record) => record.action === "collector.enrol" && record.actor.id === "ops-1"),
    );

    const exported = await runCordon(["audit", "export", "--actor", "ops-1"], securityEnv);
    assert.equal(exported.code, 0, exported.stderr);
    const lines = exported.stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    assert.ok(lines.length >= 2);
    assert.ok(lines.every((line) => line.actor.id === "ops-1"));

    await createAuditCheckpointer({
      pool,
      keys: auditKeys,
      store: auditStore,
      keyPrefix: auditKeyPrefix,
      everyRecords: 1,
      everyMs: 60_000,
    }).checkpointIfDue();
    const refused = await runCordon(["audit", "verify"], securityEnv);
    assert.equal(JSON.parse(refused.stderr).error.code, "forbidden");
    const verified = await runCordon(["audit", "verify"], { ...env, CORDON_TOKEN: platformToken() });
    assert.equal(verified.code, 0, verified.stderr);
    assert.equal(verified.json().ok, true);
    assert.equal(verified.json().checkpoints, 1);
  });

  it("audit verify exits with 1 and names the first bad sequence once the log was edited", async () => {
    await ownerPool.query("ALTER TABLE cordon.audit_records DISABLE TRIGGER audit_records_append_only");
    await ownerPool.query("UPDATE cordon.audit_records SET actor_id = 'someone-else' WHERE sequence = 2");
    await ownerPool.query("ALTER TABLE cordon.audit_records ENABLE TRIGGER audit_records_append_only");
    const run = await runCordon(["audit", "verify"], { ...env, CORDON_TOKEN: platformToken() });
    assert.equal(run.code, 1);
    assert.deepEqual([run.json().ok, run.json().firstBadSequence], [false, 2]);
    assert.equal(JSON.parse(run.stderr).error.code, "audit_chain_broken");
  });

  it("audit commands are refused to a role other than security", async () => {
    const run = await runCordon(["audit", "query"], { ...env, CORDON_ROLES: "admin" });
    assert.equal(run.code, 1);
    assert.equal(JSON.parse(run.stderr).error.code, "forbidden");
  });

  it("policy grant, policy list and export plan reach the API; a plan with no data is refused as too small a cohort", async () => {
    const steward = { ...env, CORDON_ORG: "org-cli", CORDON_SUB: "steward-1", CORDON_ROLES: "steward" };
    const engineer = { ...env, CORDON_ORG: "org-cli", CORDON_SUB: "engineer-1", CORDON_ROLES: "ml_engineer" };
    const granted = await runCordon(
      [
        "policy",
        "grant",
        "--role",
        "ml_engineer",
        "--fields",
        "text",
        "--event-types",
        "key.press,text.input",
        "--max-tier",
        "confidential",
        "--purposes",
        "model-training",
      ],
      steward,
    );
    assert.equal(granted.code, 0, granted.stderr);
    const grant = granted.json() as { grantId: string; version: number };
    assert.equal(grant.version, 1);
    const listed = await runCordon(["policy", "list"], engineer);
    assert.equal(listed.code, 0, listed.stderr);
    assert.deepEqual(
      (listed.json() as { grants: { grantId: string }[] }).grants.map((g) => g.grantId),
      [grant.grantId],
    );
    const planned = await runCordon(
      [
        "export",
        "plan",
        "--purpose",
        "model-training",
        "--fields",
        "text",
        "--from",
        "2026-01-01T00:00:00Z",
        "--to",
        "2026-01-02T00:00:00Z",
        "--event-types",
        "key.press",
      ],
      engineer,
    );
    assert.equal(planned.code, 1);
    assert.equal(JSON.parse(planned.stderr).error.code, "cohort_too_small");
    const selfGrant = await runCordon(
      [
        "policy",
        "grant",
        "--principal",
        "steward-1",
        "--fields",
        "text",
        "--event-types",
        "key.press",
        "--max-tier",
        "internal",
        "--purposes",
        "model-training",
      ],
      steward,
    );
    assert.equal(selfGrant.code, 1);
    assert.equal(JSON.parse(selfGrant.stderr).error.code, "self_grant_forbidden");
  });
});

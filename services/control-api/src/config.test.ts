import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ConfigError, parseConfig } from "@cordon/config";
import { controlApiConfigSchema } from "./config.ts";

const base = {
  DATABASE_CONTROL_URL: "postgres://cordon_control@127.0.0.1:5432/cordon",
  AUTH_ISSUER: "https://idp.example",
  AUTH_AUDIENCE: "cordon-control-api",
  // The access log's checkpoints go to S3, signed with the audit key in KMS.
  AWS_REGION: "eu-west-1",
  S3_BUCKET: "cordon-lake",
  // Erasure finds the subject's lake keys by the pipeline's pseudonym.
  SUBJECT_PSEUDONYM_KEY_FILE: "/run/secrets/subject-pseudonym-key",
  // New client secrets are hashed under the pepper the gateway verifies them with.
  COLLECTOR_SECRET_PEPPER_FILE: "/run/secrets/collector-secret-pepper",
};

describe("control API config", () => {
  it("takes a JWKS file for local development, with the documented defaults", () => {
    const config = parseConfig(controlApiConfigSchema, { ...base, AUTH_JWKS_FILE: "/tmp/jwks.json" });
    assert.equal(config.CONTROL_API_PORT, 8481);
    assert.equal(config.HOST, "127.0.0.1");
    assert.equal(config.AUTH_JWKS_CACHE_TTL_SECONDS, 300);
    assert.equal(config.AUDIT_CHECKPOINT_EVERY_RECORDS, 1000);
    assert.equal(config.AUDIT_CHECKPOINT_EVERY_SECONDS, 300);
    assert.equal(config.AUDIT_CHECKPOINT_KEY_PREFIX, "audit/checkpoints/");
  });

  it("names the S3 and KMS settings the access log needs when they are missing", () => {
    const { AWS_REGION: _region, S3_BUCKET: _bucket, ...withoutAws } = base;
    assert.throws(
      () => parseConfig(controlApiConfigSchema, { ...withoutAws, AUTH_JWKS_FILE: "/tmp/jwks.json" }),
      (error: unknown) =>
        error instanceof ConfigError &&
        ["AWS_REGION", "S3_BUCKET"].every((name) =>
          error.problems.some((problem) => problem.variable === name),
        ),
    );
  });

  it("takes a JWKS URL for production", () => {
    const config = parseConfig(controlApiConfigSchema, {
      ...base,
      AUTH_JWKS_URL: "https://idp.example/.well-known/jwks.json",
    });
    assert.equal(config.AUTH_JWKS_FILE, undefined);
  });

  it("needs exactly one source of signing keys, and names the variable when it is wrong", () => {
    for (const env of [
      base,
      { ...base, AUTH_JWKS_FILE: "/tmp/jwks.json", AUTH_JWKS_URL: "https://idp.example/jwks" },
    ]) {
      assert.throws(
        () => parseConfig(controlApiConfigSchema, env),
        (error: unknown) => error instanceof ConfigError && error.problems[0]?.variable === "AUTH_JWKS_URL",
      );
    }
  });

  it("refuses a plain-http JWKS URL anywhere but on this host, where an attacker on the path could swap the keys", () => {
    for (const url of [
      "http://idp.example/jwks.json",
      "http://10.0.0.5/jwks.json",
      "ftp://idp.example/jwks",
    ]) {
      assert.throws(
        () => parseConfig(controlApiConfigSchema, { ...base, AUTH_JWKS_URL: url }),
        (error: unknown) => error instanceof ConfigError && error.problems[0]?.variable === "AUTH_JWKS_URL",
        url,
      );
    }
    const local = parseConfig(controlApiConfigSchema, {
      ...base,
      AUTH_JWKS_URL: "http://127.0.0.1:9000/jwks",
    });
    assert.equal(local.AUTH_JWKS_URL, "http://127.0.0.1:9000/jwks");
  });

  it("takes a platform operator issuer only with keys of its own and a name other than the organisations' issuer", () => {
    const withFile = { ...base, AUTH_JWKS_FILE: "/tmp/jwks.json" };
    const config = parseConfig(controlApiConfigSchema, {
      ...withFile,
      PLATFORM_AUTH_ISSUER: "https://ops.cordon.example",
      PLATFORM_AUTH_JWKS_FILE: "/tmp/platform-jwks.json",
    });
    assert.equal(config.PLATFORM_AUTH_ISSUER, "https://ops.cordon.example");
    for (const env of [
      { ...withFile, PLATFORM_AUTH_ISSUER: "https://ops.cordon.example" },
      { ...withFile, PLATFORM_AUTH_JWKS_FILE: "/tmp/platform-jwks.json" },
      {
        ...withFile,
        PLATFORM_AUTH_ISSUER: base.AUTH_ISSUER,
        PLATFORM_AUTH_JWKS_FILE: "/tmp/platform-jwks.json",
      },
    ]) {
      assert.throws(
        () => parseConfig(controlApiConfigSchema, env),
        (error: unknown) =>
          error instanceof ConfigError && error.problems[0]?.variable === "PLATFORM_AUTH_ISSUER",
      );
    }
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { z } from "zod";
import { ConfigError, loadConfig, parseConfig } from "./parse.ts";
import { kafkaEnv, s3Env } from "./schemas.ts";

const schema = z.object({ ...kafkaEnv, ...s3Env, PORT: z.coerce.number().int().min(1).max(65535) });

describe("parseConfig", () => {
  it("returns typed values for a good environment", () => {
    const config = parseConfig(schema, {
      KAFKA_BROKERS: "127.0.0.1:9092, 127.0.0.1:9093",
      AWS_REGION: "eu-west-1",
      S3_BUCKET: "lake",
      PORT: "8080",
    });
    assert.deepEqual(config.KAFKA_BROKERS, ["127.0.0.1:9092", "127.0.0.1:9093"]);
    assert.equal(config.PORT, 8080);
    assert.equal(config.S3_FORCE_PATH_STYLE, true);
  });

  it("names every bad variable and never echoes its value", () => {
    const secretLooking = "not-a-port-s3cr3t";
    assert.throws(
      () => parseConfig(schema, { KAFKA_BROKERS: " , ", AWS_REGION: "eu-west-1", PORT: secretLooking }),
      (error: unknown) => {
        assert.ok(error instanceof ConfigError);
        const names = error.problems.map((p) => p.variable).sort();
        assert.deepEqual(names, ["KAFKA_BROKERS", "PORT", "S3_BUCKET"]);
        assert.ok(!error.message.includes(secretLooking));
        return true;
      },
    );
  });

  it("treats an empty variable as unset", () => {
    assert.throws(
      () => parseConfig(schema, { KAFKA_BROKERS: "", AWS_REGION: "x", S3_BUCKET: "lake", PORT: "1" }),
      (error: unknown) => error instanceof ConfigError && error.problems[0]?.variable === "KAFKA_BROKERS",
    );
  });
});

describe("loadConfig", () => {
  it("stops the process with exit code 78 on a bad environment", () => {
    let exitCode: number | undefined;
    const exit = ((code: number) => {
      exitCode = code;
      throw new Error("exited");
    }) as (code: number) => never;
    const write = process.stderr.write;
    process.stderr.write = () => true;
    try {
      assert.throws(() => loadConfig(schema, {}, exit), /exited/);
    } finally {
      process.stderr.write = write;
    }
    assert.equal(exitCode, 78);
  });
});

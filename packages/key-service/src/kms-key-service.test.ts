import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { classifyKmsError, createKmsKeyService } from "./kms-key-service.ts";

describe("classifyKmsError", () => {
  it("calls a wrong context, wrong key or tampered blob an unwrap refusal", () => {
    assert.equal(classifyKmsError("InvalidCiphertextException"), "unwrap-refused");
    assert.equal(classifyKmsError("IncorrectKeyException"), "unwrap-refused");
  });

  it("calls a missing, disabled, deleted or forbidden key unavailable", () => {
    for (const name of [
      "NotFoundException",
      "DisabledException",
      "KMSInvalidStateException",
      "KeyUnavailableException",
      "AccessDeniedException",
    ]) {
      assert.equal(classifyKmsError(name), "key-unavailable", name);
    }
  });

  it("leaves faults such as throttling to propagate unchanged", () => {
    assert.equal(classifyKmsError("ThrottlingException"), undefined);
    assert.equal(classifyKmsError("KMSInternalException"), undefined);
  });
});

describe("createKmsKeyService input checks", () => {
  // Nothing listens here: every case below must fail before a request is sent.
  const calls: string[] = [];
  const keys = createKmsKeyService({
    endpoint: "http://127.0.0.1:9",
    region: "us-east-1",
    aliasPrefix: "alias/cordon/",
    onKmsCall: (operation) => calls.push(operation),
  });

  it("refuses to wrap or unwrap a data key without an encryption context", async () => {
    await assert.rejects(keys.generateDataKey("pii", {}), RangeError);
    await assert.rejects(keys.unwrapDataKey("pii", Buffer.alloc(64), {}), RangeError);
    assert.deepEqual(calls, []);
  });

  it("signs and verifies only 32-byte SHA-256 digests", async () => {
    await assert.rejects(keys.signAuditDigest(Buffer.from("not a digest")), RangeError);
    await assert.rejects(keys.verifyAuditSignature(Buffer.alloc(48), Buffer.alloc(70)), RangeError);
    assert.deepEqual(calls, []);
  });
});

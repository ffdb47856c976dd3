import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  collectorSecretPepperFromText,
  generateCollectorSecret,
  generateCollectorSecretPepper,
  hashCollectorSecret,
  verifyCollectorSecret,
} from "./secret.ts";

const pepper = collectorSecretPepperFromText(generateCollectorSecretPepper());

describe("collector secrets", () => {
  it("verifies the secret that was hashed and nothing else", () => {
    const secret = generateCollectorSecret();
    const stored = hashCollectorSecret(secret, pepper);
    assert.equal(verifyCollectorSecret(secret, stored, pepper), true);
    assert.equal(verifyCollectorSecret(`${secret}x`, stored, pepper), false);
    assert.equal(verifyCollectorSecret(generateCollectorSecret(), stored, pepper), false);
  });

  it("is a keyed hash: the stored value verifies under no other pepper and never holds the secret", () => {
    const secret = generateCollectorSecret();
    const stored = hashCollectorSecret(secret, pepper);
    assert.match(stored, /^hmac-sha256\$[A-Za-z0-9_-]{43}$/);
    assert.ok(!stored.includes(secret));
    const otherPepper = collectorSecretPepperFromText(generateCollectorSecretPepper());
    assert.notEqual(hashCollectorSecret(secret, otherPepper), stored);
    assert.equal(verifyCollectorSecret(secret, stored, otherPepper), false);
  });

  it("treats nothing stored, a retired scrypt hash and a malformed value as a mismatch", () => {
    const secret = generateCollectorSecret();
    const digest = hashCollectorSecret(secret, pepper).split("$")[1] ?? "";
    for (const stored of [
      undefined,
      "",
      "plain",
      `scrypt$32768$8$1$c2FsdA$${digest}`,
      `hmac-sha256$${digest}$extra`,
      `hmac-sha256$${digest.slice(0, 20)}`,
      `HMAC-SHA256$${digest}`,
    ]) {
      assert.equal(verifyCollectorSecret(secret, stored, pepper), false, String(stored));
    }
  });

  it("refuses a pepper shorter than 32 bytes", () => {
    assert.throws(() => collectorSecretPepperFromText(Buffer.alloc(16, 1).toString("base64")), RangeError);
    assert.throws(() => collectorSecretPepperFromText(""), RangeError);
  });

  it("generates secrets with 256 bits of randomness", () => {
    const secret = generateCollectorSecret();
    assert.equal(Buffer.from(secret, "base64url").length, 32);
    assert.notEqual(secret, generateCollectorSecret());
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { generateCollectorSecret, hashCollectorSecret, verifyCollectorSecret } from "./secret.ts";

describe("collector secrets", () => {
  it("verifies the secret that was hashed and nothing else", async () => {
    const secret = generateCollectorSecret();
    const stored = await hashCollectorSecret(secret);
    assert.equal(await verifyCollectorSecret(secret, stored), true);
    assert.equal(await verifyCollectorSecret(`${secret}x`, stored), false);
    assert.equal(await verifyCollectorSecret(generateCollectorSecret(), stored), false);
  });

  it("never stores the secret itself, and salts every hash", async () => {
    const secret = generateCollectorSecret();
    const a = await hashCollectorSecret(secret);
    const b = await hashCollectorSecret(secret);
    assert.ok(!a.includes(secret));
    assert.notEqual(a, b);
  });

  it("treats a malformed stored hash as a mismatch", async () => {
    for (const stored of ["", "plain", "scrypt$x$y$z$salt$hash", "bcrypt$1$2$3$abc$def"]) {
      assert.equal(await verifyCollectorSecret("anything", stored), false, stored);
    }
  });

  it("generates secrets with 256 bits of randomness", () => {
    const secret = generateCollectorSecret();
    assert.equal(Buffer.from(secret, "base64url").length, 32);
    assert.notEqual(secret, generateCollectorSecret());
  });
});

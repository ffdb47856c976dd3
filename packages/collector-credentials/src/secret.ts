import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from "node:crypto";

// scrypt from Node's crypto: a memory-hard slow hash that needs no native
// add-on. Parameters are stored with each hash so they can be raised later
// without invalidating enrolled collectors.
const current = { N: 2 ** 15, r: 8, p: 1, keyLength: 32 };
const prefix = "scrypt";

function derive(secret: string, salt: Buffer, params: typeof current): Promise<Buffer> {
  const options: ScryptOptions = {
    N: params.N,
    r: params.r,
    p: params.p,
    maxmem: 128 * params.N * params.r * 2,
  };
  return new Promise((resolve, reject) => {
    scrypt(secret, salt, params.keyLength, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** A new client secret: 32 random bytes, shown to the admin once and never stored. */
export function generateCollectorSecret(): string {
  return randomBytes(32).toString("base64url");
}

/** `scrypt$N$r$p$salt$hash`, base64url parts. */
export async function hashCollectorSecret(secret: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(secret, salt, current);
  return [
    prefix,
    current.N,
    current.r,
    current.p,
    salt.toString("base64url"),
    key.toString("base64url"),
  ].join("$");
}

/** Constant-time comparison; a malformed stored hash is a mismatch, not an exception. */
export async function verifyCollectorSecret(secret: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split("$");
  if (scheme !== prefix || salt === undefined || hash === undefined) return false;
  const params = { N: Number(n), r: Number(r), p: Number(p), keyLength: 0 };
  const expected = Buffer.from(hash, "base64url");
  params.keyLength = expected.length;
  if (![params.N, params.r, params.p].every(Number.isInteger) || expected.length < 16) return false;
  const actual = await derive(secret, Buffer.from(salt, "base64url"), params);
  return timingSafeEqual(actual, expected);
}

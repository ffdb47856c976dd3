import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { readFileSync } from "node:fs";

/**
 * Client secrets are 32 random bytes, so they cannot be guessed and need no
 * slow hash: a keyed hash (HMAC-SHA-256 under a server-side pepper) is enough
 * to make a leaked `collectors` table useless without the pepper, and it costs
 * microseconds on the event loop instead of a scrypt run on the thread pool
 * that gzip inflation shares. Stored as `hmac-sha256$<digest, base64url>`.
 */
const scheme = "hmac-sha256";
const digestBytes = 32;
const minPepperBytes = 32;

/** The server-side key of collector secret hashes; the gateway and the control API hold the same one. */
export interface CollectorSecretPepper {
  readonly key: Buffer;
}

/** A pepper from its file: base64 (or hex) text of at least 32 bytes, as the local stack writes it. */
export function loadCollectorSecretPepper(path: string): CollectorSecretPepper {
  return collectorSecretPepperFromText(readFileSync(path, "utf8"));
}

export function collectorSecretPepperFromText(text: string): CollectorSecretPepper {
  const trimmed = text.trim();
  const key = /^[0-9a-f]+$/i.test(trimmed) ? Buffer.from(trimmed, "hex") : Buffer.from(trimmed, "base64");
  if (key.length < minPepperBytes) {
    throw new RangeError(`the collector secret pepper must hold at least ${minPepperBytes} bytes`);
  }
  return { key };
}

/** A fresh pepper as the text its file holds. */
export function generateCollectorSecretPepper(): string {
  return randomBytes(minPepperBytes).toString("base64");
}

/** A new client secret: 32 random bytes, shown to the admin once and never stored. */
export function generateCollectorSecret(): string {
  return randomBytes(32).toString("base64url");
}

function digestOf(secret: string, pepper: CollectorSecretPepper): Buffer {
  return createHmac("sha256", pepper.key).update(secret, "utf8").digest();
}

/** `hmac-sha256$<digest>`: what the enrolment record keeps of a client secret. */
export function hashCollectorSecret(secret: string, pepper: CollectorSecretPepper): string {
  return `${scheme}$${digestOf(secret, pepper).toString("base64url")}`;
}

// Compared against when there is no usable stored hash, so an unknown client
// id, a revoked one and a wrong secret take the same steps.
const noStoredDigest = Buffer.alloc(digestBytes);

function storedDigestOf(stored: string | undefined): Buffer | undefined {
  if (stored === undefined) return undefined;
  const [prefix, encoded, rest] = stored.split("$");
  if (prefix !== scheme || encoded === undefined || rest !== undefined) return undefined;
  const digest = Buffer.from(encoded, "base64url");
  return digest.length === digestBytes ? digest : undefined;
}

/**
 * True when `secret` is the one `stored` was made from. Always computes one
 * HMAC and one constant-time comparison, also when there is nothing stored
 * (an unknown client id) or the stored value is of another scheme (a retired
 * scrypt hash): what it costs does not tell which collector ids exist.
 */
export function verifyCollectorSecret(
  secret: string,
  stored: string | undefined,
  pepper: CollectorSecretPepper,
): boolean {
  const actual = digestOf(secret, pepper);
  const expected = storedDigestOf(stored);
  const matches = timingSafeEqual(actual, expected ?? noStoredDigest);
  return matches && expected !== undefined;
}

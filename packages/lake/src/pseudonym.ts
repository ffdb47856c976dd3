import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";

/** Turns the enrolment's (org, subject id) into the only subject name the lake ever sees. */
export type SubjectPseudonymizer = (org: string, subjectId: string) => string;

const minKeyBytes = 32;

/**
 * HMAC-SHA256 under a key kept outside Postgres and the lake, so neither a
 * catalog dump nor a file tells who a subject is, while the same person keeps
 * the same pseudonym across files (slices, erasure). The key is read as text
 * (hex or base64, e.g. from a secret store) when it decodes to ≥ 32 bytes,
 * else as raw bytes.
 */
export function loadSubjectPseudonymKey(path: string): Buffer {
  const raw = readFileSync(path);
  const text = raw.toString("utf8").trim();
  const decoded =
    /^[0-9a-f]+$/i.test(text) && text.length % 2 === 0
      ? Buffer.from(text, "hex")
      : /^[A-Za-z0-9+/_-]+=*$/.test(text)
        ? Buffer.from(text, "base64")
        : raw;
  const key = decoded.length >= minKeyBytes ? decoded : raw;
  if (key.length < minKeyBytes) {
    throw new RangeError(`SUBJECT_PSEUDONYM_KEY_FILE must hold at least ${minKeyBytes} bytes of key`);
  }
  return key;
}

export function createSubjectPseudonymizer(key: Buffer): SubjectPseudonymizer {
  const cache = new Map<string, string>();
  return (org, subjectId) => {
    // Length-prefixed, so ("ab", "c") and ("a", "bc") cannot collide.
    const input = `${org.length}:${org}\u0000${subjectId}`;
    let pseudonym = cache.get(input);
    if (pseudonym === undefined) {
      pseudonym = createHmac("sha256", key).update(input, "utf8").digest("hex");
      if (cache.size >= 100_000) cache.clear();
      cache.set(input, pseudonym);
    }
    return pseudonym;
  };
}

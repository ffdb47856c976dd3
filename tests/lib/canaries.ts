import { randomBytes, randomInt } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const token = () => randomBytes(5).toString("hex");

/** A Luhn-valid 16-digit Visa-like number, fresh per run so no other test's data can contain it. */
export function canaryCardNumber(): string {
  const digits = [4, ...Array.from({ length: 14 }, () => randomInt(10))];
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    // From the right, counting the check digit as position 1: double every second digit.
    let digit = digits[digits.length - 1 - i] as number;
    if (i % 2 === 0) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return [...digits, (10 - (sum % 10)) % 10].join("");
}

/** A German IBAN with a valid ISO 13616 checksum and random account digits. */
export function canaryIban(): string {
  const bban = Array.from({ length: 18 }, () => randomInt(10)).join("");
  const numeric = `${bban}131400`; // "DE" → 13 14, then "00"
  let remainder = 0;
  for (const char of numeric) remainder = (remainder * 10 + Number(char)) % 97;
  return `DE${String(98 - remainder).padStart(2, "0")}${bban}`;
}

export function plantedCanaries() {
  return {
    email: `canary.${token()}@example.org`,
    card: canaryCardNumber(),
    iban: canaryIban(),
    health: `my oncologist doubled the chemotherapy dose after the biopsy ${token()}`,
    hr: `performance improvement plan and final written warning for ${token()}`,
    prompt: `help me write a note to my therapist about my divorce ${token()}`,
  };
}

/** Every regular file under `root` (not following symlinks), with each needle (text or bytes) found in it. */
export function filesContaining(
  root: string,
  needles: readonly (string | Uint8Array)[],
): { file: string; needle: string }[] {
  // Bytes (e.g. a ciphertext) are named by their hex in the result.
  const buffers = needles.map((needle) =>
    typeof needle === "string"
      ? ([needle, Buffer.from(needle, "utf8")] as const)
      : ([Buffer.from(needle).toString("hex"), Buffer.from(needle)] as const),
  );
  const found: { file: string; needle: string }[] = [];
  const walk = (dir: string) => {
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of entries) {
      const path = join(dir, name);
      let stat: ReturnType<typeof statSync>;
      try {
        stat = statSync(path, { throwIfNoEntry: false }) ?? statSync(path);
      } catch {
        continue;
      }
      if (stat.isDirectory()) walk(path);
      else if (stat.isFile()) {
        let bytes: Buffer;
        try {
          bytes = readFileSync(path);
        } catch {
          continue; // vanished (temp files) or unreadable
        }
        for (const [needle, buffer] of buffers)
          if (bytes.includes(buffer)) found.push({ file: path, needle });
      }
    }
  };
  walk(root);
  return found;
}

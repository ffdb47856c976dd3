/**
 * What one lake cell's encryption costs, per library, in CPU µs (a script that
 * prints figures, not a test). Issue 11 asked whether a native AEAD would make
 * the lake writer's per-cell crypto cheaper. The candidates are installed from
 * the npm registry into this folder on first run:
 *
 *   node bench/cell-ciphers/run.mjs [cells per size]
 *
 * - Node's `aes-256-gcm`, called as `sealCell` calls it: a cipher object per
 *   cell, nonces drawn in bulk, AAD of the lake's shape.
 * - `@noble/ciphers` AES-256-GCM: same algorithm and bytes (checked), pure JS.
 * - `sodium-native` XChaCha20-Poly1305: libsodium's binding has no AES-GCM, so
 *   this is the nearest native AEAD; a different cipher than invariant 2 names.
 */
import { spawnSync } from "node:child_process";
import { createCipheriv, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { loadavg } from "node:os";
import path from "node:path";

const here = path.dirname(new URL(import.meta.url).pathname);
if (
  !existsSync(path.join(here, "node_modules", "sodium-native")) ||
  !existsSync(path.join(here, "node_modules", "@noble", "ciphers"))
) {
  console.log("installing @noble/ciphers and sodium-native from the npm registry…");
  const install = spawnSync("npm", ["install", "--no-audit", "--no-fund", "--no-package-lock"], {
    cwd: here,
    stdio: "inherit",
  });
  if (install.status !== 0) process.exit(install.status ?? 1);
}
const require = createRequire(path.join(here, "package.json"));
const sodium = require("sodium-native");
const { gcm } = await import(path.join(here, "node_modules/@noble/ciphers/aes.js"));

const cells = Number(process.argv[2] ?? 200_000);
const key = randomBytes(32);
// The shape of a lake cell's AAD: scope label, row, referring event ids.
const aad = Buffer.from(
  `cordon-lake-cell/v1\nlake\norg-acme/2026-12-05/13/raw-0-100-200.parquet\nwindow_title\n${"s".repeat(43)}\npii\n1\n2026-W49\n12\n${randomBytes(16).toString("hex")}`,
);

function cpuMicros(work) {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / cells;
}

console.log(
  `cell ciphers: ${cells} cells per size; load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}`,
);
const rows = [];
for (const size of [32, 64, 256]) {
  const value = randomBytes(size);
  const nonces = randomBytes(12 * cells);
  const longNonces = randomBytes(24 * cells);
  const nodeGcm = () => {
    for (let i = 0; i < cells; i++) {
      const cell = Buffer.allocUnsafe(1 + 12 + size + 16);
      const cipher = createCipheriv("aes-256-gcm", key, nonces.subarray(i * 12, i * 12 + 12), {
        authTagLength: 16,
      });
      cipher.setAAD(aad);
      cipher.update(value).copy(cell, 13);
      cipher.final();
      cipher.getAuthTag().copy(cell, 13 + size);
    }
  };
  const nobleGcm = () => {
    for (let i = 0; i < cells; i++) gcm(key, nonces.subarray(i * 12, i * 12 + 12), aad).encrypt(value);
  };
  const sodiumXChaCha = () => {
    for (let i = 0; i < cells; i++) {
      const cell = Buffer.allocUnsafe(1 + 24 + size + 16);
      sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
        cell.subarray(25),
        value,
        aad,
        null,
        longNonces.subarray(i * 24, i * 24 + 24),
        key,
      );
    }
  };
  // Same algorithm, same bytes: noble's output is Node's ciphertext and tag.
  const reference = createCipheriv("aes-256-gcm", key, nonces.subarray(0, 12));
  reference.setAAD(aad);
  const expected = Buffer.concat([reference.update(value), reference.final(), reference.getAuthTag()]);
  const sameBytes = Buffer.from(gcm(key, nonces.subarray(0, 12), aad).encrypt(value)).equals(expected);
  for (const warm of [nodeGcm, nobleGcm, sodiumXChaCha]) warm();
  rows.push({
    "value bytes": size,
    "node aes-256-gcm µs": Number(cpuMicros(nodeGcm).toFixed(2)),
    "@noble/ciphers aes-256-gcm µs": Number(cpuMicros(nobleGcm).toFixed(2)),
    "noble = node bytes": sameBytes,
    "sodium-native xchacha20-poly1305 µs": Number(cpuMicros(sodiumXChaCha).toFixed(2)),
  });
}
console.table(rows);
console.log(
  `load average at the end ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}`,
);

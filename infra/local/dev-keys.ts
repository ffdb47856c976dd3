import { createHash, createPublicKey, generateKeyPairSync, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { LocalServer, StackContext } from "./server.ts";

// Keys the local stack needs that production gets from its secret store and
// identity provider: the pipeline's pseudonym key, the gateway's key for collector tokens, the
// pepper collector secrets are hashed under, and a
// development issuer whose tokens the control API accepts, so the `cordon` CLI
// can act as an admin, a steward or security locally. Generated at first
// start, kept in .cordon/secrets (0600); nothing runs.
const devIssuer = "https://cordon.local/dev-issuer";
const controlApiAudience = "cordon-control-api";

function keyFiles(ctx: StackContext) {
  const dir = path.join(ctx.paths.stateDir, "secrets");
  return {
    dir,
    collectorTokenKey: path.join(dir, "collector-token-es256.pem"),
    devIssuerKey: path.join(dir, "dev-issuer-es256.pem"),
    devIssuerJwks: path.join(ctx.paths.stateDir, "dev-issuer-jwks.json"),
    subjectPseudonymKey: path.join(dir, "subject-pseudonym.key"),
    collectorSecretPepper: path.join(dir, "collector-secret-pepper.key"),
  };
}

function ensureEs256Key(file: string): void {
  if (existsSync(file)) return;
  const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  writeFileSync(file, privateKey.export({ format: "pem", type: "pkcs8" }), { mode: 0o600, flag: "wx" });
}

/** 32 random bytes as base64, the form the services' key loaders read. */
function ensureHmacKey(file: string): void {
  if (existsSync(file)) return;
  writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600, flag: "wx" });
}

/** The RFC 7638 thumbprint, so a key id changes exactly when the key does. */
export function jwkThumbprint(jwk: { crv?: string; kty?: string; x?: string; y?: string }): string {
  const canonical = JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y });
  return createHash("sha256").update(canonical).digest("base64url");
}

export const devKeys: LocalServer = {
  name: "dev-keys",
  async install(ctx) {
    const files = keyFiles(ctx);
    mkdirSync(files.dir, { recursive: true, mode: 0o700 });
    ensureEs256Key(files.collectorTokenKey);
    ensureEs256Key(files.devIssuerKey);
    // The pipeline's HMAC key for subject pseudonyms in the lake.
    ensureHmacKey(files.subjectPseudonymKey);
    // The HMAC key collector client secrets are hashed under (gateway and control API).
    ensureHmacKey(files.collectorSecretPepper);
    const jwk = createPublicKey(readFileSync(files.devIssuerKey)).export({ format: "jwk" });
    const jwks = { keys: [{ ...jwk, kid: jwkThumbprint(jwk), alg: "ES256", use: "sig" }] };
    writeFileSync(files.devIssuerJwks, `${JSON.stringify(jwks, null, 2)}\n`);
  },
  start: async () => {},
  seed: async () => {},
  async status(ctx) {
    const files = keyFiles(ctx);
    return {
      name: "dev-keys",
      running: existsSync(files.collectorTokenKey) && existsSync(files.devIssuerKey),
      endpoint: files.dir,
      detail: "signing keys for collector tokens and the development issuer",
    };
  },
  stop: async () => {},
  env(ctx) {
    const files = keyFiles(ctx);
    return {
      COLLECTOR_TOKEN_SIGNING_KEY_FILE: files.collectorTokenKey,
      AUTH_ISSUER: devIssuer,
      AUTH_AUDIENCE: controlApiAudience,
      AUTH_JWKS_FILE: files.devIssuerJwks,
      AUTH_DEV_SIGNING_KEY_FILE: files.devIssuerKey,
      SUBJECT_PSEUDONYM_KEY_FILE: files.subjectPseudonymKey,
      COLLECTOR_SECRET_PEPPER_FILE: files.collectorSecretPepper,
    };
  },
};

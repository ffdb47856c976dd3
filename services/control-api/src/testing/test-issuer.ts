import { createHash, generateKeyPairSync, type JsonWebKey } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createSigner } from "fast-jwt";

export const testIssuerName = "https://issuer.test/cordon";
export const testAudience = "cordon-control-api-test";

export const testPlatformIssuerName = "https://platform.test/cordon";

export interface HumanTokenClaims {
  sub: string;
  /** Absent in platform operator tokens. */
  org?: string;
  roles: string[];
}

export interface TestIssuer {
  /** A JWKS file holding the issuer's public key, as AUTH_JWKS_FILE points to. */
  jwksFile: string;
  /** The JWKS document itself, for serving over HTTP. */
  jwks: { keys: JsonWebKey[] };
  kid: string;
  privateKeyPem: string;
  mint(claims: HumanTokenClaims, options?: MintOptions): string;
  remove(): void;
}

export interface MintOptions {
  expiresInSeconds?: number;
  issuer?: string;
  audience?: string;
  /** Sign with this key instead of the issuer's, keeping the issuer's kid: a forgery. */
  signWithPem?: string;
  kid?: string;
  algorithm?: "ES256" | "RS256";
  /** Claims to drop or replace, for tokens that are malformed on purpose. */
  extraClaims?: Record<string, unknown>;
}

function thumbprint(jwk: JsonWebKey): string {
  const canonical =
    jwk.kty === "RSA"
      ? JSON.stringify({ e: jwk.e, kty: jwk.kty, n: jwk.n })
      : JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y });
  return createHash("sha256").update(canonical).digest("base64url");
}

/**
 * An identity provider for one test file: a key pair generated here, its
 * public half in a JWKS file in a temp dir, and a way to mint tokens with it.
 */
export function createTestIssuer(options: { keyType?: "ec" | "rsa" } = {}): TestIssuer {
  const keyType = options.keyType ?? "ec";
  const { privateKey, publicKey } =
    keyType === "ec"
      ? generateKeyPairSync("ec", { namedCurve: "P-256" })
      : generateKeyPairSync("rsa", { modulusLength: 2048 });
  const publicJwk = publicKey.export({ format: "jwk" });
  const kid = thumbprint(publicJwk);
  const algorithm = keyType === "ec" ? "ES256" : "RS256";
  const jwks = { keys: [{ ...publicJwk, kid, alg: algorithm, use: "sig" }] };
  const dir = mkdtempSync(path.join(tmpdir(), "cordon-issuer-"));
  const jwksFile = path.join(dir, "jwks.json");
  writeFileSync(jwksFile, JSON.stringify(jwks));
  const privateKeyPem = privateKey.export({ format: "pem", type: "pkcs8" }).toString();

  return {
    jwksFile,
    jwks,
    kid,
    privateKeyPem,
    mint(claims, mint = {}) {
      const sign = createSigner({
        key: mint.signWithPem ?? privateKeyPem,
        algorithm: mint.algorithm ?? algorithm,
        kid: mint.kid ?? kid,
        iss: mint.issuer ?? testIssuerName,
        aud: mint.audience ?? testAudience,
        expiresIn: (mint.expiresInSeconds ?? 300) * 1000,
      });
      return sign({ ...claims, ...mint.extraClaims });
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

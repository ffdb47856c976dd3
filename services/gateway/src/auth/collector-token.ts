import { createHash, createPrivateKey, createPublicKey } from "node:crypto";
import { readFileSync } from "node:fs";

/** The audience of every collector token: only the gateway accepts them. */
export const collectorTokenAudience = "cordon-gateway";
export const collectorTokenAlgorithm = "ES256" as const;

/**
 * The claims of a collector token. `sub` and `cid` are both the collector id
 * (`sub` for generic JWT tooling, `cid` for Cordon's own code); `sid` and
 * `org` say whose events it may send, as enrolled.
 */
export interface CollectorTokenClaims {
  sub: string;
  cid: string;
  sid: string;
  org: string;
  iss: string;
  aud: string;
  iat: number;
  exp: number;
}

/** The gateway's token signing key: the private PEM for signing, the public JWK for the JWKS. */
export interface CollectorTokenKey {
  privatePem: string;
  publicPem: string;
  /** RFC 7638 thumbprint of the public key, sent as `kid` in each token's header. */
  kid: string;
  publicJwk: CollectorTokenJwk;
}

/** A P-256 public key as a JWK (RFC 7517/7518), with the metadata a verifier picks it by. */
export interface CollectorTokenJwk {
  kty: "EC";
  crv: "P-256";
  x: string;
  y: string;
  kid: string;
  alg: typeof collectorTokenAlgorithm;
  use: "sig";
}

/** Reads a PKCS#8 PEM and refuses anything but a P-256 key, so a misconfiguration stops the start. */
export function loadCollectorTokenKey(file: string): CollectorTokenKey {
  return collectorTokenKeyFromPem(readFileSync(file, "utf8"));
}

export function collectorTokenKeyFromPem(privatePem: string): CollectorTokenKey {
  const privateKey = createPrivateKey(privatePem);
  if (privateKey.asymmetricKeyType !== "ec" || privateKey.asymmetricKeyDetails?.namedCurve !== "prime256v1") {
    throw new Error("the collector token signing key must be an EC P-256 (ES256) private key");
  }
  const publicKey = createPublicKey(privateKey);
  const { x, y } = publicKey.export({ format: "jwk" });
  if (x === undefined || y === undefined)
    throw new Error("the collector token public key has no coordinates");
  const kid = jwkThumbprint({ x, y });
  return {
    privatePem,
    publicPem: publicKey.export({ format: "pem", type: "spki" }).toString(),
    kid,
    publicJwk: { kty: "EC", crv: "P-256", x, y, kid, alg: collectorTokenAlgorithm, use: "sig" },
  };
}

/** RFC 7638: SHA-256 over the required members of an EC JWK, in lexicographic order, base64url. */
function jwkThumbprint(point: { x: string; y: string }): string {
  const canonical = JSON.stringify({ crv: "P-256", kty: "EC", x: point.x, y: point.y });
  return createHash("sha256").update(canonical).digest("base64url");
}

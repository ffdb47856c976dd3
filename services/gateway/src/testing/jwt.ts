import {
  createPrivateKey,
  createPublicKey,
  type JsonWebKey,
  type KeyObject,
  sign,
  verify,
} from "node:crypto";

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

/** Signs a JWT by hand (ES256), so a test can make tokens the gateway would never issue. */
export function signEs256(
  header: Record<string, unknown>,
  claims: Record<string, unknown>,
  key: KeyObject | string,
): string {
  const input = `${base64url({ alg: "ES256", typ: "JWT", ...header })}.${base64url(claims)}`;
  const signature = sign("sha256", Buffer.from(input), {
    key: typeof key === "string" ? createPrivateKey(key) : key,
    dsaEncoding: "ieee-p1363",
  });
  return `${input}.${signature.toString("base64url")}`;
}

/** An unsigned token (`alg: none`), the classic downgrade attempt. */
export function unsignedToken(claims: Record<string, unknown>): string {
  return `${base64url({ alg: "none", typ: "JWT" })}.${base64url(claims)}.`;
}

/** Verifies an ES256 JWT against a JWK the way an outside verifier would, and returns its parts. */
export function verifyWithJwk(token: string, jwk: Record<string, unknown>) {
  const [header, claims, signature] = token.split(".");
  if (header === undefined || claims === undefined || signature === undefined) throw new Error("not a JWT");
  const key = createPublicKey({ key: jwk as JsonWebKey, format: "jwk" });
  const valid = verify(
    "sha256",
    Buffer.from(`${header}.${claims}`),
    { key, dsaEncoding: "ieee-p1363" },
    Buffer.from(signature, "base64url"),
  );
  return {
    valid,
    header: JSON.parse(Buffer.from(header, "base64url").toString()) as Record<string, unknown>,
    claims: JSON.parse(Buffer.from(claims, "base64url").toString()) as Record<string, unknown>,
  };
}

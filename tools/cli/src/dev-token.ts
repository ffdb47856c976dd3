import { createHash, createPrivateKey, createPublicKey, type JsonWebKey } from "node:crypto";
import { readFileSync } from "node:fs";
import { createSigner } from "fast-jwt";
import { CliError } from "./cli-error.ts";
import type { CliSettings } from "./settings.ts";

export const humanRoles = ["admin", "security", "steward", "ml_engineer", "subject"] as const;

export interface DevTokenRequest {
  sub: string;
  org: string;
  roles: string[];
  ttlSeconds: number;
}

const maxTtlSeconds = 24 * 60 * 60;

/** `15m`, `1h`, `90s` or plain seconds. */
export function parseTtl(text: string): number {
  const match = /^(\d+)([smh]?)$/.exec(text.trim());
  if (match === null)
    throw new CliError("invalid_ttl", "ttl must look like 90s, 15m, 1h or a number of seconds");
  const seconds = Number(match[1]) * ({ s: 1, m: 60, h: 3600 }[match[2] as "s" | "m" | "h"] ?? 1);
  if (seconds < 1 || seconds > maxTtlSeconds) {
    throw new CliError("invalid_ttl", `ttl must be between 1 second and ${maxTtlSeconds / 3600} hours`);
  }
  return seconds;
}

export function parseRoles(text: string): string[] {
  const roles = text
    .split(",")
    .map((role) => role.trim())
    .filter((role) => role.length > 0);
  const unknown = roles.filter((role) => !(humanRoles as readonly string[]).includes(role));
  if (roles.length === 0 || unknown.length > 0) {
    throw new CliError("invalid_roles", `roles must be a comma-separated list of: ${humanRoles.join(", ")}`);
  }
  return roles;
}

/** RFC 7638 thumbprint: the key id the local stack's JWKS gives the same key. */
function thumbprint(jwk: JsonWebKey): string {
  const canonical =
    jwk.kty === "RSA"
      ? JSON.stringify({ e: jwk.e, kty: jwk.kty, n: jwk.n })
      : JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y });
  return createHash("sha256").update(canonical).digest("base64url");
}

function required(settings: CliSettings, name: string): string {
  const value = settings.get(name);
  if (value === undefined) {
    throw new CliError(
      "missing_setting",
      `${name} is not set: minting tokens is for local development (run \`npm run stack:up\`), or set CORDON_TOKEN`,
    );
  }
  return value;
}

/**
 * A human token signed with the local development issuer's key
 * (AUTH_DEV_SIGNING_KEY_FILE). Production has no such key: its tokens come
 * from the identity provider, and the CLI takes them from CORDON_TOKEN.
 */
export function mintDevToken(
  settings: CliSettings,
  request: DevTokenRequest,
  now: () => number = Date.now,
): { accessToken: string; tokenType: "Bearer"; expiresAt: string } {
  const keyFile = required(settings, "AUTH_DEV_SIGNING_KEY_FILE");
  const issuer = required(settings, "AUTH_ISSUER");
  const audience = required(settings, "AUTH_AUDIENCE");
  let pem: string;
  try {
    pem = readFileSync(keyFile, "utf8");
  } catch {
    throw new CliError("missing_setting", "AUTH_DEV_SIGNING_KEY_FILE names a file that cannot be read");
  }
  const privateKey = createPrivateKey(pem);
  const algorithm = privateKey.asymmetricKeyType === "rsa" ? "RS256" : "ES256";
  const kid = thumbprint(createPublicKey(privateKey).export({ format: "jwk" }));
  const issuedAtMs = now();
  const sign = createSigner({
    key: pem,
    algorithm,
    kid,
    iss: issuer,
    aud: audience,
    sub: request.sub,
    expiresIn: request.ttlSeconds * 1000,
    clockTimestamp: issuedAtMs,
  });
  return {
    accessToken: sign({ org: request.org, roles: request.roles }),
    tokenType: "Bearer",
    expiresAt: new Date(issuedAtMs + request.ttlSeconds * 1000).toISOString(),
  };
}

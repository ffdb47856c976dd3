import { createPublicKey, type JsonWebKey } from "node:crypto";
import { readFileSync } from "node:fs";
import buildGetJwks from "get-jwks";
import { z } from "zod";

/** The JWS header fields that pick a verification key. */
export interface TokenKeyHint {
  kid?: string | undefined;
  alg?: string | undefined;
}

/** Where the public keys of the human identity provider come from. */
export interface HumanTokenKeys {
  /** The PEM public key that verifies a token with this header. */
  publicKeyFor(hint: TokenKeyHint): Promise<string>;
}

/** No key of the issuer matches the token: the token is invalid, not the service. */
export class UnknownSigningKeyError extends Error {
  constructor() {
    super("no signing key of the issuer matches the token");
    this.name = "UnknownSigningKeyError";
  }
}

/** The issuer's JWKS could not be fetched: the service cannot judge the token now. */
export class SigningKeysUnavailableError extends Error {
  constructor(cause: unknown) {
    super("the issuer's signing keys could not be fetched", { cause });
    this.name = "SigningKeysUnavailableError";
  }
}

/** The key types each accepted algorithm needs; anything else is refused before any crypto runs. */
const keyTypeOf = { ES256: "EC", RS256: "RSA" } as const;
export const acceptedAlgorithms = Object.keys(keyTypeOf) as (keyof typeof keyTypeOf)[];

function isAccepted(alg: string | undefined): alg is keyof typeof keyTypeOf {
  return alg !== undefined && Object.hasOwn(keyTypeOf, alg);
}

const jwksSchema = z.object({
  keys: z.array(
    z
      .object({
        kid: z.string().min(1),
        kty: z.enum(["EC", "RSA"]),
        alg: z.string().optional(),
        use: z.string().optional(),
      })
      .loose(),
  ),
});

/**
 * Local development: the keys of a JWKS file, read once at start. Only keys
 * with a `kid` are used, and a token must name one of them.
 */
export function humanTokenKeysFromFile(file: string): HumanTokenKeys {
  const jwks = jwksSchema.parse(JSON.parse(readFileSync(file, "utf8")));
  const keys = new Map<string, { kty: string; alg: string | undefined; pem: string }>();
  for (const jwk of jwks.keys) {
    if (jwk.use !== undefined && jwk.use !== "sig") continue;
    const pem = createPublicKey({ key: jwk as JsonWebKey, format: "jwk" })
      .export({ type: "spki", format: "pem" })
      .toString();
    keys.set(jwk.kid, { kty: jwk.kty, alg: jwk.alg, pem });
  }
  return {
    async publicKeyFor(hint) {
      const key = hint.kid === undefined ? undefined : keys.get(hint.kid);
      if (key === undefined || !isAccepted(hint.alg) || keyTypeOf[hint.alg] !== key.kty) {
        throw new UnknownSigningKeyError();
      }
      if (key.alg !== undefined && key.alg !== hint.alg) throw new UnknownSigningKeyError();
      return key.pem;
    },
  };
}

/**
 * Production: the identity provider's JWKS URL, through get-jwks, which caches
 * each key for `cacheTtlSeconds` and falls back to the last good key when the
 * provider is briefly unreachable. The URL comes from configuration only,
 * never from the token's `iss`, so a token cannot send us to fetch keys elsewhere.
 *
 * A token naming an unknown `kid` makes get-jwks fetch the JWKS again (that is
 * how rotated keys are picked up); after such a miss, further unknown kids are
 * refused for `unknownKeyRefetchIntervalMs` without a fetch, so a flood of
 * forged tokens cannot turn into a flood of requests to the provider.
 */
export function humanTokenKeysFromUrl(
  jwksUrl: string,
  options: { cacheTtlSeconds: number; unknownKeyRefetchIntervalMs?: number; now?: () => number },
): HumanTokenKeys {
  const url = new URL(jwksUrl);
  const domain = `${url.origin}/`;
  const jwksPath = `${url.pathname}${url.search}`;
  const getJwks = buildGetJwks({ ttl: options.cacheTtlSeconds * 1000, jwksPath });
  const refetchIntervalMs = options.unknownKeyRefetchIntervalMs ?? 10_000;
  const now = options.now ?? Date.now;
  const knownKids = new Set<string>();
  let lastMissAt = Number.NEGATIVE_INFINITY;

  return {
    async publicKeyFor(hint) {
      if (hint.kid === undefined || !isAccepted(hint.alg)) throw new UnknownSigningKeyError();
      if (!knownKids.has(hint.kid) && now() - lastMissAt < refetchIntervalMs) {
        throw new UnknownSigningKeyError();
      }
      try {
        const jwk = await getJwks.getJwk({ domain, alg: hint.alg, kid: hint.kid });
        if (jwk.kty !== keyTypeOf[hint.alg]) throw new UnknownSigningKeyError();
        const pem = createPublicKey({ key: jwk as JsonWebKey, format: "jwk" })
          .export({ type: "spki", format: "pem" })
          .toString();
        knownKids.add(hint.kid);
        return pem;
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        if (error instanceof UnknownSigningKeyError || code === "JWK_NOT_FOUND" || code === "NO_JWKS") {
          lastMissAt = now();
          throw new UnknownSigningKeyError();
        }
        throw new SigningKeysUnavailableError(error);
      }
    },
  };
}

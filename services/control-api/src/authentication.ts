import type { RefusalAudit } from "@cordon/audit";
import { HttpError, tokenRefusal } from "@cordon/http";
import fastifyJwt from "@fastify/jwt";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { actorOf } from "./audit.ts";
import {
  acceptedAlgorithms,
  type HumanTokenKeys,
  SigningKeysUnavailableError,
  UnknownSigningKeyError,
} from "./human-token-keys.ts";
import type { ControlApiMetrics } from "./metrics.ts";
import { type HumanRole, hasRole, type Principal, principalFromClaims } from "./principal.ts";

declare module "fastify" {
  interface FastifyRequest {
    /**
     * The verified caller. Set by the authenticated context's onRequest hook
     * before any of its handlers runs; routes outside that context have none.
     */
    principal: Principal;
  }
  interface FastifyContextConfig {
    /** Roles that may call the route. A route without it is refused to everyone. */
    allowedRoles?: readonly HumanRole[];
  }
}

export interface HumanAuthenticationOptions {
  issuer: string;
  audience: string;
  keys: HumanTokenKeys;
  /**
   * The platform's own issuer, the only one whose tokens may carry
   * `platform_operator`, with signing keys of its own: an organisation's
   * identity provider cannot mint such a token even by naming this issuer.
   */
  platform?: { issuer: string; keys: HumanTokenKeys };
  clockToleranceSeconds: number;
  /** Where refused calls are noted: audited as one `auth.denied` record per source and minute. */
  refusals: RefusalAudit;
  metrics: ControlApiMetrics;
}

/** The `iss` of a decoded (not yet verified) token, to pick whose keys verify it. */
function issuerOf(decoded: unknown): unknown {
  return (decoded as { payload?: { iss?: unknown } }).payload?.iss;
}

/** The JWS header the key lookup needs, from @fastify/jwt's complete decode. */
function headerOf(decoded: unknown): { kid?: string; alg?: string } {
  const header = (decoded as { header?: { kid?: unknown; alg?: unknown } }).header ?? {};
  return {
    ...(typeof header.kid === "string" ? { kid: header.kid } : {}),
    ...(typeof header.alg === "string" ? { alg: header.alg } : {}),
  };
}

/** Why a token was refused, in the error model; an unexpected error goes on as it is. */
function humanTokenRefusal(error: unknown): HttpError {
  if (error instanceof UnknownSigningKeyError) {
    return new HttpError("invalid_token", "token is not signed by a key of the configured issuer");
  }
  if (error instanceof SigningKeysUnavailableError) {
    return new HttpError("dependency_unavailable", "the identity provider's keys cannot be fetched", {
      retryAfterSeconds: 5,
    });
  }
  const refusal = tokenRefusal(error, "API");
  if (refusal === undefined) throw error;
  return refusal;
}

async function authenticate(request: FastifyRequest, platformIssuer: string | undefined): Promise<void> {
  let claims: unknown;
  try {
    claims = await request.jwtVerify();
  } catch (error) {
    const refusal = humanTokenRefusal(error);
    if (refusal.code === "invalid_token") {
      request.log.info({ reason: (error as Error).message }, "token refused");
    }
    throw refusal;
  }
  const issuedBy = platformIssuer !== undefined && issuerOf({ payload: claims }) === platformIssuer;
  const principal = principalFromClaims(claims, issuedBy ? "platform" : "organisation");
  if (principal === undefined) {
    throw new HttpError("invalid_token", "token lacks a valid sub, org or roles claim");
  }
  request.principal = principal;
  const allowed = request.routeOptions.config.allowedRoles ?? [];
  if (!hasRole(principal, ...allowed)) {
    throw new HttpError("forbidden", "your roles do not allow this");
  }
}

/**
 * Makes the context it is registered in an authenticated one: every request
 * needs a human token from the configured issuer (signature, exp, iss, aud,
 * ES256/RS256 only) and a role the route allows. Refusals are counted and
 * audited as `auth.denied`, whether the hook or a handler refused, in
 * aggregate: one record per source (and caller) and minute, carrying the
 * count, so a flood of refused calls does not queue on the audit chain.
 */
export async function authenticateHumans(app: FastifyInstance, options: HumanAuthenticationOptions) {
  await app.register(fastifyJwt, {
    secret: {
      public: async (_request: FastifyRequest, decoded: unknown) => {
        const platform = options.platform;
        const keys =
          platform !== undefined && issuerOf(decoded) === platform.issuer ? platform.keys : options.keys;
        return keys.publicKeyFor(headerOf(decoded));
      },
    },
    decode: { complete: true },
    verify: {
      algorithms: acceptedAlgorithms,
      allowedIss: options.platform === undefined ? options.issuer : [options.issuer, options.platform.issuer],
      allowedAud: options.audience,
      requiredClaims: ["exp", "iss", "aud", "sub"],
      clockTolerance: options.clockToleranceSeconds * 1000,
    },
  });

  // Fastify wants every request property declared up front; it is replaced in onRequest.
  app.decorateRequest("principal", null as unknown as Principal);
  app.addHook("onRequest", (request) => authenticate(request, options.platform?.issuer));

  app.addHook("onError", async (request, _reply, error) => {
    if (!(error instanceof HttpError) || (error.status !== 401 && error.status !== 403)) return;
    options.metrics.authDenied.inc({ code: error.code });
    const principal: Principal | null = request.principal;
    options.refusals.note({
      sourceAddress: request.ip,
      route: `${request.method} ${request.routeOptions.url ?? "(unmatched)"}`,
      reason: error.code,
      requestId: request.id,
      ...(principal === null ? {} : { actor: actorOf(principal) }),
      ...(principal?.orgId === undefined ? {} : { orgId: principal.orgId }),
    });
  });
}

import { HttpError } from "@cordon/http";
import type { FastifyRequest } from "fastify";
import type { CollectorTokenClaims } from "./collector-token.ts";
import type { IngestChecks } from "./ingest-checks.ts";

/** The collector behind a request: identity from its token, org and subject from its enrolment record. */
export interface AuthenticatedCollector {
  collectorId: string;
  orgId: string;
  subjectId: string;
  /** The subject opted out of recording; checked again at most REVOCATION_CHECK_TTL_MS ago. */
  optedOut: boolean;
}

declare module "fastify" {
  interface FastifyRequest {
    /** Set by `authenticateCollector` on every collector route; null elsewhere. */
    collector: AuthenticatedCollector | null;
  }
}

/** The collector of a request that passed `authenticateCollector`. */
export function collectorOf(request: FastifyRequest): AuthenticatedCollector {
  if (request.collector === null) throw new Error("a collector route ran without authenticateCollector");
  return request.collector;
}

// @fastify/jwt's failures (and fast-jwt's, which it passes through) mapped
// onto the error model; anything else about the token is simply invalid.
const jwtFailures: Record<string, HttpError> = {
  FST_JWT_NO_AUTHORIZATION_IN_HEADER: new HttpError("unauthenticated", "a bearer token is required"),
  FST_JWT_AUTHORIZATION_TOKEN_EXPIRED: new HttpError("token_expired", "the token has expired"),
};
const invalidToken = new HttpError("invalid_token", "the token is not valid for this gateway");

/**
 * An onRequest hook: verifies the bearer token (ES256 signature, expiry,
 * issuer, audience — options set where @fastify/jwt is registered), then asks
 * the enrolment record, through a cache of at most REVOCATION_CHECK_TTL_MS,
 * whether the collector is still enrolled. So a revoked collector is refused
 * within seconds even while its token has minutes left.
 */
export function authenticateCollector(checks: IngestChecks, retryAfterSeconds: number) {
  return async (request: FastifyRequest): Promise<void> => {
    let claims: Partial<CollectorTokenClaims>;
    try {
      claims = await request.jwtVerify<Partial<CollectorTokenClaims>>();
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      throw (typeof code === "string" ? jwtFailures[code] : undefined) ?? invalidToken;
    }
    const { cid, sid, org, sub } = claims;
    if (typeof cid !== "string" || typeof sid !== "string" || typeof org !== "string" || sub !== cid) {
      throw invalidToken;
    }
    const standing = await checks.standing(cid).catch((error: unknown) => {
      request.log.warn({ collectorId: cid, err: error }, "enrolment could not be checked");
      throw new HttpError("dependency_unavailable", "the collector could not be checked; retry later", {
        retryAfterSeconds,
      });
    });
    if (standing === undefined || standing.revoked) {
      throw new HttpError("collector_revoked", "this collector's enrolment was revoked");
    }
    // The record is the authority; a token that disagrees with it was not issued for this enrolment.
    if (standing.orgId !== org || standing.subjectId !== sid) throw invalidToken;
    request.collector = {
      collectorId: cid,
      orgId: standing.orgId,
      subjectId: standing.subjectId,
      optedOut: standing.optedOut,
    };
  };
}

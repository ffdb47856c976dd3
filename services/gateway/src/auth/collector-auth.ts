import { HttpError, tokenRefusal } from "@cordon/http";
import type { FastifyRequest } from "fastify";
import type { IngestChecks } from "../ingest-checks.ts";
import type { CollectorTokenClaims } from "./collector-token.ts";

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
      // Anything else about the token is simply invalid.
      throw tokenRefusal(error, "gateway") ?? invalidToken;
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

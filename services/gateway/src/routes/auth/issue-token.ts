import { randomBytes } from "node:crypto";
import { hashCollectorSecret, verifyCollectorSecret } from "@cordon/collector-credentials";
import type { Pool } from "@cordon/db";
import { HttpError } from "@cordon/http";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { findCollectorCredential, isCollectorId } from "../../db/enrolment-records.ts";

const tokenRequestSchema = z.strictObject({
  clientId: z.string().min(1).max(128),
  clientSecret: z.string().min(1).max(512),
});

export interface IssueTokenOptions {
  pool: Pool;
  tokenTtlSeconds: number;
  retryAfterSeconds: number;
}

const invalidCredentials = () => new HttpError("invalid_credentials", "client id or secret is not valid");

/**
 * POST /v1/auth/token: a collector's client id and secret → a short-lived
 * ES256 token naming the collector, its subject and its organisation.
 * Unknown, revoked and wrong-secret all get the same answer, after the same
 * slow hash check, so the endpoint does not tell which collector ids exist.
 */
export function issueTokenRoute(app: FastifyInstance, options: IssueTokenOptions): void {
  // Hashed once, on first use: the scrypt run that an unknown client id costs.
  let decoyHash: Promise<string> | undefined;

  app.post("/v1/auth/token", async (request, reply) => {
    const parsed = tokenRequestSchema.safeParse(request.body);
    if (!parsed.success)
      throw new HttpError("invalid_request", "the body must be { clientId, clientSecret }");
    const { clientId, clientSecret } = parsed.data;

    const credential = await findCollectorCredential(options.pool, clientId).catch((error: unknown) => {
      request.log.warn({ err: error }, "collector credentials could not be read");
      throw new HttpError("dependency_unavailable", "the credentials could not be checked; retry later", {
        retryAfterSeconds: options.retryAfterSeconds,
      });
    });
    decoyHash ??= hashCollectorSecret(randomBytes(32).toString("base64url"));
    const secretMatches = await verifyCollectorSecret(
      clientSecret,
      credential?.secretHash ?? (await decoyHash),
    );

    if (credential === undefined || credential.revoked || !secretMatches) {
      const refusal = credential === undefined ? "unknown" : credential.revoked ? "revoked" : "wrong_secret";
      request.log.info(
        { collectorId: isCollectorId(clientId) ? clientId : "(not a collector id)", refusal },
        "collector token refused",
      );
      throw invalidCredentials();
    }

    const accessToken = app.jwt.sign(
      { cid: credential.collectorId, sid: credential.subjectId, org: credential.orgId },
      { sub: credential.collectorId },
    );
    request.log.info({ collectorId: credential.collectorId }, "collector token issued");
    void reply.header("cache-control", "no-store");
    return { accessToken, tokenType: "Bearer", expiresIn: options.tokenTtlSeconds };
  });
}

import type { FastifyInstance } from "fastify";
import type { CollectorTokenKey } from "../../auth/collector-token.ts";

/** GET /v1/auth/jwks.json: the public key collector tokens are signed with, for anyone who verifies them. */
export function getJwksRoute(app: FastifyInstance, options: { tokenKey: CollectorTokenKey }): void {
  const jwks = { keys: [options.tokenKey.publicJwk] };
  app.get("/v1/auth/jwks.json", async (_request, reply) => {
    void reply.header("cache-control", "public, max-age=300");
    return jwks;
  });
}

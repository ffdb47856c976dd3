import type { FastifyInstance } from "fastify";

/** GET /healthz: the process is up and serving HTTP; says nothing about its dependencies. */
export function getHealthzRoute(app: FastifyInstance): void {
  app.get("/healthz", async () => ({ status: "ok" }));
}

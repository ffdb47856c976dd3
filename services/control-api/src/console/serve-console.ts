import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { HttpError } from "@cordon/http";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/** Where the console's sign-in goes: the same issuer whose tokens the API verifies. */
export interface ConsoleSettings {
  /** The built single-page app (`vite build` of services/console). */
  distDir: string;
  oidc: {
    /** Must equal AUTH_ISSUER: the console gets its tokens from the issuer the API believes. */
    issuer: string;
    /** Where the issuer's metadata is read; `<issuer>/.well-known/openid-configuration` unless set. */
    discoveryUrl: string;
    clientId: string;
  };
}

/** The console's build output in this repository, for `npm start` and the tests. */
export const builtConsoleDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../console/dist",
);

/**
 * The console's content security policy: scripts and styles from this origin
 * only, no inline script, and network calls to this API and the identity
 * provider only, so an injected string can neither run nor send a token away.
 */
function contentSecurityPolicy(issuerOrigin: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self' ${issuerOrigin}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * Serves the web console at /console/ from the same origin as the API, so it
 * needs no CORS and its token never leaves for another origin than the
 * issuer's. The files are public (they hold no data); everything the console
 * shows comes from the authenticated /v1 routes, which check roles on every call.
 */
export async function serveConsole(app: FastifyInstance, settings: ConsoleSettings): Promise<void> {
  const csp = contentSecurityPolicy(new URL(settings.oidc.discoveryUrl).origin);
  app.addHook("onSend", async (_request, reply) => {
    reply.header("content-security-policy", csp);
    reply.header("x-content-type-options", "nosniff");
    reply.header("referrer-policy", "no-referrer");
  });

  // Pages, not API: left out of the OpenAPI document.
  const hidden = { schema: { hide: true } };
  app.get("/console/config.json", hidden, async (_request, reply) => {
    reply.header("cache-control", "no-store");
    return settings.oidc;
  });
  app.get("/console", hidden, async (_request, reply) => reply.redirect("/console/", 308));

  if (!existsSync(path.join(settings.distDir, "index.html"))) {
    // Started without a build (e.g. a bare `node src/main.ts`): say so instead of serving nothing.
    app.get("/console/", hidden, async () => {
      throw new HttpError("not_found", "the console is not built: npm run build -w @cordon/console");
    });
    return;
  }
  await app.register(fastifyStatic, {
    root: settings.distDir,
    prefix: "/console/",
    index: "index.html",
    wildcard: false,
    // Hashed asset names change with their content; only index.html must be fetched again.
    setHeaders: (reply, filePath) => {
      reply.header(
        "cache-control",
        filePath.endsWith("index.html") ? "no-cache" : "public, max-age=31536000, immutable",
      );
    },
  });
}

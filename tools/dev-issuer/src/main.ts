import { readFileSync } from "node:fs";
import { loadConfig } from "@cordon/config";
import { z } from "zod";
import { buildDevIssuer } from "./dev-issuer.ts";
import { localDevUsers } from "./seeded-users.ts";

// `npm start` runs this beside the services: the console signs people in here.
const config = loadConfig(
  z.object({
    AUTH_ISSUER: z.string().min(1).describe("`iss` of the tokens: the issuer the control API believes"),
    AUTH_AUDIENCE: z.string().min(1).describe("`aud` of access tokens: the control API"),
    AUTH_DEV_SIGNING_KEY_FILE: z.string().min(1).describe("the development issuer's private key (PEM)"),
    AUTH_JWKS_FILE: z.string().min(1).describe("the JWKS the control API verifies with: names the key's id"),
    DEV_ISSUER_PORT: z.coerce.number().int().min(1).max(65535).default(8483).describe("port to listen on"),
    DEV_ISSUER_ORG: z.string().min(1).default("local-org").describe("organisation of the seeded users"),
    CONSOLE_OIDC_CLIENT_ID: z.string().min(1).default("cordon-console").describe("the console's client id"),
    CONSOLE_URL: z.url().default("http://127.0.0.1:8481/console/").describe("where the console is served"),
  }),
);

// The key id is the one the control API's JWKS gives the key, read rather than derived again.
const jwks = z
  .object({ keys: z.array(z.object({ kid: z.string().min(1) })).min(1) })
  .parse(JSON.parse(readFileSync(config.AUTH_JWKS_FILE, "utf8")));
const kid = jwks.keys[0]?.kid ?? "";

const issuer = buildDevIssuer({
  issuer: config.AUTH_ISSUER,
  audience: config.AUTH_AUDIENCE,
  signingKey: { pem: readFileSync(config.AUTH_DEV_SIGNING_KEY_FILE, "utf8"), kid },
  users: localDevUsers(config.DEV_ISSUER_ORG),
  clients: [{ clientId: config.CONSOLE_OIDC_CLIENT_ID, redirectUris: [config.CONSOLE_URL] }],
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void issuer.app.close());
await issuer.app.listen({ host: "127.0.0.1", port: config.DEV_ISSUER_PORT });

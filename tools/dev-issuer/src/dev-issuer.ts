import { createHash, createPrivateKey, createPublicKey, randomBytes } from "node:crypto";
import fastifyCors from "@fastify/cors";
import fastifyFormbody from "@fastify/formbody";
import { createSigner } from "fast-jwt";
import Fastify, { type FastifyInstance, type FastifyReply } from "fastify";
import { z } from "zod";
import { pickerPage, refusalPage } from "./picker-page.ts";

/** The roles an organisation's identity provider may grant; the control API refuses any other. */
export const devUserRoles = ["admin", "security", "steward", "ml_engineer", "subject"] as const;

export const devUserSchema = z.strictObject({
  sub: z.string().min(1).max(256),
  name: z.string().min(1).max(200),
  org: z.string().min(1).max(64),
  roles: z.array(z.enum(devUserRoles)).min(1),
});
export type DevUser = z.infer<typeof devUserSchema>;

export interface DevClient {
  clientId: string;
  /** Exact redirect URIs; an authorization request naming another is refused, never redirected. */
  redirectUris: string[];
}

export interface DevIssuerOptions {
  /** The `iss` of every token: the issuer the control API is configured to believe (AUTH_ISSUER). */
  issuer: string;
  /** The `aud` of access tokens: the control API (AUTH_AUDIENCE). */
  audience: string;
  /**
   * The development issuer's private key (PKCS#8 PEM) and the key id the
   * control API's JWKS gives its public half, so tokens name the key that verifies them.
   */
  signingKey: { pem: string; kid: string };
  users: DevUser[];
  clients?: DevClient[];
  accessTokenTtlSeconds?: number;
  now?: () => number;
}

export interface DevIssuer {
  app: FastifyInstance;
  /** Allows another client (e.g. a console on a port chosen at start) to sign people in. */
  registerClient(client: DevClient): void;
}

const codeTtlMs = 60_000;

const authorizationQuery = z.object({
  response_type: z.literal("code"),
  client_id: z.string().min(1).max(200),
  redirect_uri: z.url(),
  scope: z
    .string()
    .max(500)
    .refine((scope) => scope.split(" ").includes("openid"), "must include openid"),
  state: z.string().min(1).max(500),
  nonce: z.string().min(1).max(500).optional(),
  // PKCE is required: without it an intercepted code would be enough to sign in.
  code_challenge: z.string().regex(/^[A-Za-z0-9_-]{43,128}$/),
  code_challenge_method: z.literal("S256"),
});
type AuthorizationRequest = z.infer<typeof authorizationQuery>;

const tokenForm = z.object({
  grant_type: z.literal("authorization_code"),
  code: z.string().min(1).max(200),
  redirect_uri: z.string().min(1).max(2000),
  client_id: z.string().min(1).max(200),
  code_verifier: z.string().regex(/^[A-Za-z0-9._~-]{43,128}$/),
});

interface IssuedCode {
  request: AuthorizationRequest;
  user: DevUser;
  expiresAtMs: number;
}

/**
 * A small OpenID Connect issuer for local development only: authorization
 * code with PKCE (S256) for public clients, a page that lets you pick one of
 * the seeded users instead of a password, and tokens signed with the
 * development issuer's key, so the control API verifies them with the JWKS it
 * already uses. Codes live in memory for a minute and are good once.
 */
export function buildDevIssuer(options: DevIssuerOptions): DevIssuer {
  const now = options.now ?? Date.now;
  const accessTokenTtlSeconds = options.accessTokenTtlSeconds ?? 900;
  const privateKey = createPrivateKey(options.signingKey.pem);
  const algorithm = privateKey.asymmetricKeyType === "rsa" ? "RS256" : "ES256";
  const publicJwk = createPublicKey(privateKey).export({ format: "jwk" });
  const kid = options.signingKey.kid;
  const jwks = { keys: [{ ...publicJwk, kid, alg: algorithm, use: "sig" }] };
  const clients = new Map<string, DevClient>((options.clients ?? []).map((c) => [c.clientId, c]));
  const codes = new Map<string, IssuedCode>();
  const users = options.users.map((user) => devUserSchema.parse(user));

  const sign = (claims: Record<string, unknown>, audience: string, ttlSeconds: number) =>
    createSigner({
      key: options.signingKey.pem,
      algorithm,
      kid,
      iss: options.issuer,
      aud: audience,
      expiresIn: ttlSeconds * 1000,
      clockTimestamp: now(),
    })(claims);

  const registeredOrigins = () =>
    new Set([...clients.values()].flatMap((client) => client.redirectUris.map((uri) => new URL(uri).origin)));

  /** The client and redirect URI are checked before anything else: an unknown one gets a page, not a redirect. */
  const clientRefusal = (clientId: string, redirectUri: string): string | undefined => {
    const client = clients.get(clientId);
    if (client === undefined) return "This application is not registered with the development issuer.";
    if (!client.redirectUris.includes(redirectUri)) return "This return address is not registered.";
    return undefined;
  };

  const app = Fastify({ logger: false });
  app.register(fastifyFormbody);
  // Only the token endpoint and the metadata are read by scripts of other origins: the console's.
  app.register(fastifyCors, {
    origin: (origin, done) => done(null, origin !== undefined && registeredOrigins().has(origin)),
    methods: ["GET", "POST"],
  });

  const oauthError = (reply: FastifyReply, status: number, error: string, description: string) =>
    reply.code(status).header("cache-control", "no-store").send({ error, error_description: description });

  app.get("/.well-known/openid-configuration", async (request) => {
    const base = `${request.protocol}://${request.host}`;
    return {
      issuer: options.issuer,
      authorization_endpoint: `${base}/authorize`,
      token_endpoint: `${base}/token`,
      jwks_uri: `${base}/jwks`,
      response_types_supported: ["code"],
      grant_types_supported: ["authorization_code"],
      code_challenge_methods_supported: ["S256"],
      subject_types_supported: ["public"],
      id_token_signing_alg_values_supported: [algorithm],
      token_endpoint_auth_methods_supported: ["none"],
      scopes_supported: ["openid", "profile"],
      authorization_response_iss_parameter_supported: true,
    };
  });

  app.get("/jwks", async () => jwks);

  app.get("/authorize", async (request, reply) => {
    const parsed = authorizationQuery.safeParse(request.query);
    reply.type("text/html; charset=utf-8").header("cache-control", "no-store");
    if (!parsed.success) {
      return reply.code(400).send(refusalPage("The sign-in request is malformed."));
    }
    const refusal = clientRefusal(parsed.data.client_id, parsed.data.redirect_uri);
    if (refusal !== undefined) return reply.code(400).send(refusalPage(refusal));
    return pickerPage(parsed.data, users);
  });

  app.post("/authorize", async (request, reply) => {
    const form = (request.body ?? {}) as Record<string, unknown>;
    const parsed = authorizationQuery.safeParse(form);
    const sub = typeof form.sub === "string" ? form.sub : undefined;
    reply.type("text/html; charset=utf-8").header("cache-control", "no-store");
    if (!parsed.success) return reply.code(400).send(refusalPage("The sign-in request is malformed."));
    const refusal = clientRefusal(parsed.data.client_id, parsed.data.redirect_uri);
    if (refusal !== undefined) return reply.code(400).send(refusalPage(refusal));
    const user = users.find((candidate) => candidate.sub === sub);
    if (user === undefined) return reply.code(400).send(refusalPage("No such user."));
    const code = randomBytes(32).toString("base64url");
    codes.set(code, { request: parsed.data, user, expiresAtMs: now() + codeTtlMs });
    const target = new URL(parsed.data.redirect_uri);
    target.searchParams.set("code", code);
    target.searchParams.set("state", parsed.data.state);
    target.searchParams.set("iss", options.issuer);
    return reply.redirect(target.toString(), 303);
  });

  app.post("/token", async (request, reply) => {
    const parsed = tokenForm.safeParse(request.body);
    if (!parsed.success) return oauthError(reply, 400, "invalid_request", "malformed token request");
    const { code, client_id: clientId, redirect_uri: redirectUri, code_verifier: verifier } = parsed.data;
    const issued = codes.get(code);
    // A code is good once, whatever happens next.
    codes.delete(code);
    if (issued === undefined || issued.expiresAtMs < now()) {
      return oauthError(reply, 400, "invalid_grant", "unknown, used or expired code");
    }
    if (issued.request.client_id !== clientId || issued.request.redirect_uri !== redirectUri) {
      return oauthError(reply, 400, "invalid_grant", "the code was issued to another client or address");
    }
    const challenge = createHash("sha256").update(verifier).digest("base64url");
    if (challenge !== issued.request.code_challenge) {
      return oauthError(reply, 400, "invalid_grant", "code_verifier does not match the challenge");
    }
    const { user } = issued;
    const accessToken = sign(
      { sub: user.sub, org: user.org, roles: user.roles },
      options.audience,
      accessTokenTtlSeconds,
    );
    const idToken = sign(
      {
        sub: user.sub,
        name: user.name,
        org: user.org,
        roles: user.roles,
        ...(issued.request.nonce === undefined ? {} : { nonce: issued.request.nonce }),
      },
      clientId,
      accessTokenTtlSeconds,
    );
    reply.header("cache-control", "no-store");
    return {
      access_token: accessToken,
      token_type: "Bearer",
      expires_in: accessTokenTtlSeconds,
      id_token: idToken,
      scope: issued.request.scope,
    };
  });

  return {
    app,
    registerClient(client) {
      clients.set(client.clientId, client);
    },
  };
}

import { HttpError } from "./errors.ts";

/**
 * A bearer token that @fastify/jwt (or fast-jwt, whose failures it passes
 * through) refused, in the error model. Which claim or check failed is for
 * the log, never for a caller probing tokens, so every other refusal is the
 * same `invalid_token`. Undefined for an error that is not a token refusal:
 * the caller decides what that is.
 */
export function tokenRefusal(error: unknown, verifier: string): HttpError | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== "string") return undefined;
  if (code === "FST_JWT_NO_AUTHORIZATION_IN_HEADER") {
    return new HttpError("unauthenticated", "a bearer token is required");
  }
  if (code === "FST_JWT_AUTHORIZATION_TOKEN_EXPIRED") {
    return new HttpError("token_expired", "the token has expired");
  }
  if (code.startsWith("FST_JWT_") || code.startsWith("FAST_JWT_")) {
    return new HttpError("invalid_token", `the token is not valid for this ${verifier}`);
  }
  return undefined;
}

import * as oauth from "oauth4webapi";

/** What the control API says about where to sign in (GET /console/config.json). */
export interface ConsoleConfig {
  issuer: string;
  discoveryUrl: string;
  clientId: string;
}

/** The signed-in person, as the identity provider's ID token names them. */
export interface Session {
  accessToken: string;
  sub: string;
  name: string;
  org: string;
  roles: string[];
  expiresAtMs: number;
}

/** What must survive the round trip to the issuer; the token itself never touches storage. */
interface PendingSignIn {
  codeVerifier: string;
  state: string;
  nonce: string;
}

const pendingKey = "cordon.console.sign-in";

export class SignInError extends Error {}

function redirectUri(): string {
  return `${window.location.origin}/console/`;
}

/** Plain http is acceptable only to an issuer on this machine (the development issuer). */
function insecureAllowed(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return protocol === "http:" && ["127.0.0.1", "localhost", "[::1]"].includes(hostname);
}

export async function loadConfig(): Promise<ConsoleConfig> {
  const response = await fetch("/console/config.json");
  if (!response.ok) throw new SignInError("the console's settings could not be read");
  return (await response.json()) as ConsoleConfig;
}

async function discover(config: ConsoleConfig): Promise<oauth.AuthorizationServer> {
  // The issuer's metadata must name exactly the issuer the API believes.
  const response = await fetch(config.discoveryUrl);
  return oauth.processDiscoveryResponse(new URL(config.issuer), response);
}

/** Sends the browser to the issuer: authorization code with PKCE (S256), state and nonce. */
export async function beginSignIn(config: ConsoleConfig): Promise<void> {
  const server = await discover(config);
  if (server.authorization_endpoint === undefined) throw new SignInError("the issuer has no sign-in page");
  const pending: PendingSignIn = {
    codeVerifier: oauth.generateRandomCodeVerifier(),
    state: oauth.generateRandomState(),
    nonce: oauth.generateRandomNonce(),
  };
  sessionStorage.setItem(pendingKey, JSON.stringify(pending));
  const url = new URL(server.authorization_endpoint);
  url.searchParams.set("response_type", "code");
  url.searchParams.set("client_id", config.clientId);
  url.searchParams.set("redirect_uri", redirectUri());
  url.searchParams.set("scope", "openid profile");
  url.searchParams.set("state", pending.state);
  url.searchParams.set("nonce", pending.nonce);
  url.searchParams.set("code_challenge", await oauth.calculatePKCECodeChallenge(pending.codeVerifier));
  url.searchParams.set("code_challenge_method", "S256");
  window.location.assign(url.toString());
}

function claimString(claims: Record<string, unknown>, name: string): string {
  const value = claims[name];
  return typeof value === "string" ? value : "";
}

/**
 * Finishes a sign-in when the issuer sent the browser back with a code;
 * undefined when this page load is not such a return. The code, state and
 * issuer are checked, the code is exchanged with the PKCE verifier, and the
 * ID token's issuer, audience, nonce and times are validated.
 */
export async function completeSignIn(config: ConsoleConfig): Promise<Session | undefined> {
  const current = new URL(window.location.href);
  if (!current.searchParams.has("code") && !current.searchParams.has("error")) return undefined;
  const stored = sessionStorage.getItem(pendingKey);
  sessionStorage.removeItem(pendingKey);
  // The code is single-use; it must not stay in the address bar or the history.
  window.history.replaceState(null, "", `${current.pathname}${current.hash}`);
  if (stored === null) throw new SignInError("no sign-in was started in this tab");
  const pending = JSON.parse(stored) as PendingSignIn;
  const server = await discover(config);
  const client: oauth.Client = { client_id: config.clientId };
  const params = oauth.validateAuthResponse(server, client, current, pending.state);
  const options =
    server.token_endpoint !== undefined && insecureAllowed(server.token_endpoint)
      ? { [oauth.allowInsecureRequests]: true }
      : {};
  const response = await oauth.authorizationCodeGrantRequest(
    server,
    client,
    oauth.None(),
    params,
    redirectUri(),
    pending.codeVerifier,
    options,
  );
  const result = await oauth.processAuthorizationCodeResponse(server, client, response, {
    expectedNonce: pending.nonce,
    requireIdToken: true,
  });
  const claims = oauth.getValidatedIdTokenClaims(result) as unknown as Record<string, unknown> | undefined;
  if (claims === undefined) throw new SignInError("the issuer returned no ID token");
  const roles = Array.isArray(claims.roles)
    ? claims.roles.filter((role): role is string => typeof role === "string")
    : [];
  return {
    accessToken: result.access_token,
    sub: claimString(claims, "sub"),
    name: claimString(claims, "name") || claimString(claims, "sub"),
    org: claimString(claims, "org"),
    roles,
    expiresAtMs: Date.now() + (result.expires_in ?? 900) * 1000,
  };
}

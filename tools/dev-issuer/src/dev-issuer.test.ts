import assert from "node:assert/strict";
import { createHash, generateKeyPairSync, randomBytes } from "node:crypto";
import { after, describe, it } from "node:test";
import { createVerifier } from "fast-jwt";
import { buildDevIssuer } from "./dev-issuer.ts";

const issuerName = "https://issuer.test/dev";
const audience = "cordon-control-api-test";
const clientId = "cordon-console";
const redirectUri = "http://127.0.0.1:9999/console/";
const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
const signingKeyPem = privateKey.export({ format: "pem", type: "pkcs8" }).toString();
const publicKeyPem = publicKey.export({ format: "pem", type: "spki" }).toString();

const issuer = buildDevIssuer({
  issuer: issuerName,
  audience,
  signingKey: { pem: signingKeyPem, kid: "dev-key-1" },
  users: [
    { sub: "stew-1", name: "Sam", org: "org-a", roles: ["steward"] },
    { sub: "emp-1", name: "Employee", org: "org-a", roles: ["subject"] },
  ],
  clients: [{ clientId, redirectUris: [redirectUri] }],
});

function pkce() {
  const verifier = randomBytes(32).toString("base64url");
  return { verifier, challenge: createHash("sha256").update(verifier).digest("base64url") };
}

function authorization(challenge: string, overrides: Record<string, string> = {}) {
  return {
    response_type: "code",
    client_id: clientId,
    redirect_uri: redirectUri,
    scope: "openid profile",
    state: "state-1",
    nonce: "nonce-1",
    code_challenge: challenge,
    code_challenge_method: "S256",
    ...overrides,
  };
}

async function pick(sub: string, challenge: string, overrides: Record<string, string> = {}) {
  return issuer.app.inject({
    method: "POST",
    url: "/authorize",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    payload: new URLSearchParams({ ...authorization(challenge, overrides), sub }).toString(),
  });
}

async function exchange(code: string, verifier: string, overrides: Record<string, string> = {}) {
  return issuer.app.inject({
    method: "POST",
    url: "/token",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    payload: new URLSearchParams({
      grant_type: "authorization_code",
      code,
      redirect_uri: redirectUri,
      client_id: clientId,
      code_verifier: verifier,
      ...overrides,
    }).toString(),
  });
}

function codeOf(location: string | undefined): string {
  return new URL(location ?? "").searchParams.get("code") ?? "";
}

describe("the development OIDC issuer", () => {
  after(() => issuer.app.close());

  it("signs in the picked user: an access token for the control API and an ID token for the console, both verifiable with its key", async () => {
    const { verifier, challenge } = pkce();
    const picked = await pick("stew-1", challenge);
    assert.equal(picked.statusCode, 303);
    const back = new URL(picked.headers.location as string);
    assert.equal(`${back.origin}${back.pathname}`, redirectUri);
    assert.equal(back.searchParams.get("state"), "state-1");
    assert.equal(back.searchParams.get("iss"), issuerName);
    const answer = await exchange(codeOf(picked.headers.location as string), verifier);
    assert.equal(answer.statusCode, 200, answer.body);
    const tokens = answer.json() as { access_token: string; id_token: string; token_type: string };
    assert.equal(tokens.token_type, "Bearer");
    const access = createVerifier({
      key: publicKeyPem,
      allowedIss: issuerName,
      allowedAud: audience,
      complete: true,
    })(tokens.access_token);
    assert.equal(access.header.kid, "dev-key-1");
    const claims = access.payload;
    assert.deepEqual([claims.sub, claims.org, claims.roles], ["stew-1", "org-a", ["steward"]]);
    const id = createVerifier({ key: publicKeyPem, allowedIss: issuerName, allowedAud: clientId })(
      tokens.id_token,
    );
    assert.equal(id.nonce, "nonce-1");
    assert.equal(id.sub, "stew-1");
  });

  it("refuses a code whose PKCE verifier does not match its challenge", async () => {
    const { challenge } = pkce();
    const picked = await pick("stew-1", challenge);
    const answer = await exchange(codeOf(picked.headers.location as string), pkce().verifier);
    assert.equal(answer.statusCode, 400);
    assert.equal((answer.json() as { error: string }).error, "invalid_grant");
  });

  it("accepts a code once: a replayed code gets no tokens", async () => {
    const { verifier, challenge } = pkce();
    const code = codeOf((await pick("emp-1", challenge)).headers.location as string);
    assert.equal((await exchange(code, verifier)).statusCode, 200);
    const replay = await exchange(code, verifier);
    assert.equal(replay.statusCode, 400);
    assert.equal((replay.json() as { error: string }).error, "invalid_grant");
  });

  it("never redirects to an address that is not registered, and never signs in without PKCE", async () => {
    const { challenge } = pkce();
    const elsewhere = await pick("stew-1", challenge, { redirect_uri: "https://attacker.example/console/" });
    assert.equal(elsewhere.statusCode, 400);
    assert.equal(elsewhere.headers.location, undefined);
    const page = await issuer.app.inject({
      method: "GET",
      url: `/authorize?${new URLSearchParams(authorization(challenge, { client_id: "someone-else" }))}`,
    });
    assert.equal(page.statusCode, 400);
    assert.doesNotMatch(page.body, /stew-1/);
    const plain = await pick("stew-1", challenge, { code_challenge_method: "plain" });
    assert.equal(plain.statusCode, 400);
  });

  it("refuses a code for another client or redirect address than it was issued to", async () => {
    const { verifier, challenge } = pkce();
    const code = codeOf((await pick("stew-1", challenge)).headers.location as string);
    const answer = await exchange(code, verifier, { redirect_uri: "http://127.0.0.1:9999/other/" });
    assert.equal(answer.statusCode, 400);
  });

  it("picks only seeded users, and escapes what it echoes into its page", async () => {
    const { challenge } = pkce();
    assert.equal((await pick("root", challenge)).statusCode, 400);
    const page = await issuer.app.inject({
      method: "GET",
      url: `/authorize?${new URLSearchParams(authorization(challenge, { state: '"><script>alert(1)</script>' }))}`,
    });
    assert.equal(page.statusCode, 200);
    assert.doesNotMatch(page.body, /<script>alert/);
    assert.match(page.body, /Sam/);
  });
});

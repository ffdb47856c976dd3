import assert from "node:assert/strict";
import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { CliError } from "./cli-error.ts";
import { mintDevToken, parseRoles, parseTtl } from "./dev-token.ts";

describe("token mint inputs", () => {
  it("reads ttls in seconds, minutes and hours, and refuses the rest", () => {
    assert.equal(parseTtl("90"), 90);
    assert.equal(parseTtl("90s"), 90);
    assert.equal(parseTtl("15m"), 900);
    assert.equal(parseTtl("2h"), 7200);
    for (const bad of ["0", "-5m", "1d", "15 minutes", "25h", ""]) {
      assert.throws(() => parseTtl(bad), CliError, bad);
    }
  });

  it("accepts only the human roles", () => {
    assert.deepEqual(parseRoles("admin, security"), ["admin", "security"]);
    assert.throws(() => parseRoles("admin,gateway"), CliError);
    assert.throws(() => parseRoles(" , "), CliError);
  });

  it("signs with the development key and names its key id the way the stack's JWKS does", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cordon-mint-"));
    try {
      const keyFile = path.join(dir, "key.pem");
      const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
      writeFileSync(keyFile, privateKey.export({ format: "pem", type: "pkcs8" }));
      const settings = new Map([
        ["AUTH_DEV_SIGNING_KEY_FILE", keyFile],
        ["AUTH_ISSUER", "https://issuer.test"],
        ["AUTH_AUDIENCE", "api"],
      ]);
      const minted = mintDevToken(
        { get: (name) => settings.get(name) },
        { sub: "s", org: "o", roles: ["admin"], ttlSeconds: 60 },
        () => Date.UTC(2030, 0, 1),
      );
      const [header, payload] = minted.accessToken
        .split(".")
        .slice(0, 2)
        .map((part) => JSON.parse(Buffer.from(part, "base64url").toString()));
      assert.equal(header.alg, "ES256");
      assert.match(header.kid, /^[A-Za-z0-9_-]{43}$/);
      assert.deepEqual(
        { iss: payload.iss, aud: payload.aud, sub: payload.sub, org: payload.org, exp: payload.exp },
        { iss: "https://issuer.test", aud: "api", sub: "s", org: "o", exp: Date.UTC(2030, 0, 1) / 1000 + 60 },
      );
      assert.equal(minted.expiresAt, "2030-01-01T00:01:00.000Z");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

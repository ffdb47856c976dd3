import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { tokenRefusal } from "./token-refusal.ts";

const failure = (code: string) => Object.assign(new Error("detail only the log may see"), { code });

describe("tokenRefusal", () => {
  it("names a missing token and an expired one, so a client knows to fetch a new one", () => {
    assert.equal(tokenRefusal(failure("FST_JWT_NO_AUTHORIZATION_IN_HEADER"), "API")?.code, "unauthenticated");
    assert.equal(tokenRefusal(failure("FST_JWT_AUTHORIZATION_TOKEN_EXPIRED"), "API")?.code, "token_expired");
  });

  it("answers every other token failure with the same invalid_token and no detail", () => {
    for (const code of [
      "FAST_JWT_INVALID_SIGNATURE",
      "FAST_JWT_CLAIM_VALUE_INVALID",
      "FST_JWT_BAD_REQUEST",
    ]) {
      const refusal = tokenRefusal(failure(code), "gateway");
      assert.equal(refusal?.code, "invalid_token");
      assert.equal(refusal?.status, 401);
      assert.equal(refusal?.message, "the token is not valid for this gateway");
    }
  });

  it("leaves an error that is not a token refusal to the caller", () => {
    assert.equal(tokenRefusal(new Error("connection reset"), "API"), undefined);
    assert.equal(tokenRefusal(failure("ECONNRESET"), "API"), undefined);
    assert.equal(tokenRefusal(null, "API"), undefined);
  });
});

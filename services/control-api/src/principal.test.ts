import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { identityOf, principalFromClaims } from "./principal.ts";

describe("principalFromClaims", () => {
  it("refuses an organisation claim the lake could not name, so it never reaches an enrolment", () => {
    for (const org of ["acme/../other", "acme=1", "acme corp", "x".repeat(129)]) {
      assert.equal(principalFromClaims({ sub: "a", org, roles: ["admin"] }), undefined, org);
    }
    assert.equal(
      principalFromClaims({ sub: "a", org: "acme.eu-1_x", roles: ["admin"] })?.orgId,
      "acme.eu-1_x",
    );
  });

  it("refuses platform_operator in an organisation's token, and an org in a platform token", () => {
    assert.equal(principalFromClaims({ sub: "a", org: "acme", roles: ["platform_operator"] }), undefined);
    assert.equal(
      principalFromClaims({ sub: "a", org: "acme", roles: ["platform_operator"] }, "platform"),
      undefined,
    );
    const operator = principalFromClaims({ sub: "ops", roles: ["platform_operator"] }, "platform");
    assert.deepEqual(operator, { id: "ops", orgId: undefined, roles: ["platform_operator"] });
    assert.ok(operator !== undefined);
    assert.equal(identityOf(operator).orgId, undefined, "the operator's transactions carry no organisation");
  });
});

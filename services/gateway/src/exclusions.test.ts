import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  collectorExclusionsSchema,
  defaultCollectorExclusions,
  loadCollectorExclusions,
} from "./exclusions.ts";

describe("collector exclusions", () => {
  it("defaults to password managers, banking and health portals", () => {
    assert.ok(collectorExclusionsSchema.safeParse(defaultCollectorExclusions).success);
    assert.equal(loadCollectorExclusions({}), defaultCollectorExclusions);
    const reasons = new Set(defaultCollectorExclusions.urlPatterns.map((pattern) => pattern.reason));
    assert.deepEqual([...reasons].sort(), ["banking", "health", "password-manager"]);
  });

  it("takes a deployment's own list as JSON", () => {
    const own = {
      apps: [{ name: "Payroll", reason: "hr" }],
      urlPatterns: [{ hostPattern: "hr.acme.com", reason: "hr" }],
    };
    assert.deepEqual(loadCollectorExclusions({ json: JSON.stringify(own) }), own);
  });

  it("refuses a list that is not JSON or does not match the schema, naming where", () => {
    assert.throws(() => loadCollectorExclusions({ json: "{apps:" }), /not valid JSON/);
    assert.throws(
      () => loadCollectorExclusions({ json: JSON.stringify({ apps: [{ reason: "x" }], urlPatterns: [] }) }),
      /apps\.0/,
    );
  });
});

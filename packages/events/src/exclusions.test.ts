import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  collectorExclusionsSchema,
  defaultCollectorExclusions,
  ExclusionMatcher,
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

  it("matches an event's app by bundle id or name and its URL's host by glob, case-insensitively", () => {
    const matcher = new ExclusionMatcher(defaultCollectorExclusions);
    const editor = { name: "Code", bundleId: "com.microsoft.VSCode" };
    assert.equal(
      matcher.reasonFor({ app: { name: "1Password", bundleId: "com.1password.1password" } }),
      "password-manager",
    );
    assert.equal(
      matcher.reasonFor({ app: { name: "whatever", bundleId: "COM.BITWARDEN.DESKTOP" } }),
      "password-manager",
    );
    assert.equal(matcher.reasonFor({ app: { name: "keepass" } }), "password-manager");
    assert.equal(matcher.reasonFor({ app: editor }), undefined);
    assert.equal(
      matcher.reasonFor({ app: editor, url: "https://my.1Password.com/vaults" }),
      "password-manager",
    );
    assert.equal(matcher.reasonFor({ app: editor, url: "https://online.mybank.example/login" }), "banking");
    assert.equal(matcher.reasonFor({ app: editor, url: "https://www.doctolib.fr/" }), "health");
    assert.equal(
      matcher.reasonFor({ app: editor, url: "https://example.com/bank/statement" }),
      undefined,
      "paths do not count",
    );
    assert.equal(matcher.reasonFor({ app: editor, url: "https://1password.com.evil.example/" }), undefined);
    assert.equal(matcher.reasonFor({ app: editor, url: "not a url" }), undefined);
  });

  it("a pattern of many stars matches only hosts that fit it", () => {
    const matcher = new ExclusionMatcher({
      apps: [],
      urlPatterns: [{ hostPattern: `${"*a".repeat(30)}*b`, reason: "test" }],
    });
    const host = `${"a".repeat(200)}.example`;
    assert.equal(matcher.reasonFor({ app: { name: "x" }, url: `https://${host}/` }), undefined);
    assert.equal(matcher.reasonFor({ app: { name: "x" }, url: `https://${"a".repeat(40)}b/` }), "test");
  });

  it("answers a URL seen before as it did the first time, also once its memory of URLs has been cleared", () => {
    const matcher = new ExclusionMatcher(defaultCollectorExclusions);
    const app = { name: "Safari" };
    const bank = "https://online.mybank.example/login";
    const work = "https://docs.example.com/page";
    for (let round = 0; round < 3; round++) {
      assert.equal(matcher.reasonFor({ app, url: bank }), "banking");
      assert.equal(matcher.reasonFor({ app, url: work }), undefined);
      assert.equal(matcher.reasonFor({ app, url: "not a url" }), undefined);
      for (let n = 0; n < 6_000; n++) matcher.reasonFor({ app, url: `https://site-${round}-${n}.example/` });
    }
  });
});

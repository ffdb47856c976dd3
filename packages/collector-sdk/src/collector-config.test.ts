import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { fallbackExclusions, isExcluded, parseCollectorConfig } from "./collector-config.ts";

const config = parseCollectorConfig({
  collectorId: "c-1",
  recording: true,
  paused: true,
  pause: { scope: "global", retryAfterSeconds: 120 },
  exclusions: {
    apps: [
      { bundleId: "com.1password.1password", name: "1Password", reason: "password-manager" },
      { name: "KeePass", reason: "password-manager" },
    ],
    urlPatterns: [
      { hostPattern: "*.1password.com", reason: "password-manager" },
      { hostPattern: "*bank*", reason: "banking" },
      { hostPattern: "*.doctolib.*", reason: "health" },
    ],
  },
  limits: { maxEvents: 2000, maxStringLength: 32768, maxDepth: 8, maxDecompressedBytes: 8388608 },
  refreshAfterSeconds: 60,
});

describe("collector config", () => {
  it("reads the gateway's answer: pause, its Retry-After, exclusions, limits", () => {
    assert.equal(config.paused, true);
    assert.equal(config.recording, true);
    assert.equal(config.retryAfterSeconds, 120);
    assert.equal(config.refreshAfterSeconds, 60);
    assert.deepEqual(config.limits, { maxEvents: 2000, maxDecompressedBytes: 8388608 });
    assert.equal(config.exclusions.apps.length, 2);
  });

  it("refuses an answer without a paused flag", () => {
    assert.throws(() => parseCollectorConfig({ exclusions: {} }), TypeError);
  });

  it("excludes apps by name or bundle id, whatever the case", () => {
    assert.ok(isExcluded({ app: { name: "1PASSWORD" } }, config.exclusions));
    assert.ok(isExcluded({ app: { name: "Other", bundleId: "COM.1password.1password" } }, config.exclusions));
    assert.ok(isExcluded({ app: { name: "keepass" } }, config.exclusions));
    assert.ok(!isExcluded({ app: { name: "Code" } }, config.exclusions));
  });

  it("excludes URLs whose host matches a glob, the bare domain of *.x included", () => {
    const excluded = [
      "https://my.1password.com/vault",
      "https://1password.com/",
      "https://online.mybank.example/login",
      "https://www.doctolib.fr/rdv",
      "not a url",
    ];
    for (const url of excluded)
      assert.ok(isExcluded({ app: { name: "Firefox" }, url }, config.exclusions), url);
    const allowed = ["https://github.com/bank-statements", "https://mail.example.com/"];
    for (const url of allowed)
      assert.ok(!isExcluded({ app: { name: "Firefox" }, url }, config.exclusions), url);
  });

  it("the fallback list covers password managers and banks before any config is known", () => {
    assert.ok(isExcluded({ app: { name: "Bitwarden" } }, fallbackExclusions));
    assert.ok(
      isExcluded({ app: { name: "Firefox" }, url: "https://www.examplebank.com" }, fallbackExclusions),
    );
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createClassifier } from "./classifier.ts";
import { parseOrganisationProfile } from "./organisation.ts";

describe("organisation profile", () => {
  it("defaults to the US and no extra apps", () => {
    const parsed = parseOrganisationProfile({});
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.profile.regions, ["US"]);
    assert.deepEqual(parsed.profile.apps, { workChat: [], personalMessenger: [], aiAssistant: [] });
  });

  it("rejects unknown regions, lower-case codes, unknown keys and empty app names, naming each", () => {
    const parsed = parseOrganisationProfile({
      regions: ["XX", "gb"],
      apps: { workChat: [""] },
      colour: "red",
    });
    assert.equal(parsed.ok, false);
    if (parsed.ok) return;
    const problems = parsed.problems.join("\n");
    assert.match(problems, /regions\.0/);
    assert.match(problems, /regions\.1/);
    assert.match(problems, /apps\.workChat\.0/);
    assert.match(problems, /colour|Unrecognized/);
  });

  it("an app the organisation calls a personal messenger makes its chat a conversation; work talk there is not", () => {
    const parsed = parseOrganisationProfile({ regions: ["GB"], apps: { personalMessenger: ["Kakao"] } });
    assert.ok(parsed.ok);
    const classifier = createClassifier({ organisation: parsed.profile });
    const where = { app: { name: "Kakao" }, window: { title: "Kakao" } };
    const personal = classifier.classifyText("love you, see you tonight", { field: "text", surface: where });
    const work = classifier.classifyText("deploy is done, can you check staging?", {
      field: "text",
      surface: where,
    });
    assert.ok(personal.categories.includes("prompt"));
    assert.ok(!work.categories.includes("prompt"));
    const elsewhere = createClassifier().classifyText("love you, see you tonight", {
      field: "text",
      surface: where,
    });
    assert.ok(!elsewhere.categories.includes("prompt"));
  });

  it("personal life typed into work chat is a conversation; work talk there is not", () => {
    const classifier = createClassifier();
    const slack = { app: { name: "Slack" }, window: { title: "#general - Acme - Slack" } };
    assert.ok(
      classifier
        .classifyText("can you pick up the kids at 5? I'm stuck here", { field: "text", surface: slack })
        .categories.includes("prompt"),
    );
    assert.ok(
      !classifier
        .classifyText("LGTM, merging once CI is green", { field: "text", surface: slack })
        .categories.includes("prompt"),
    );
  });

  it("the regions decide which national phone formats are read", () => {
    const parsed = parseOrganisationProfile({ regions: ["US", "DE"] });
    assert.ok(parsed.ok);
    const german = createClassifier({ organisation: parsed.profile }).classifyText("Tel. 030 48291736", {
      field: "text",
    });
    const usOnly = createClassifier().classifyText("Tel. 030 48291736", { field: "text" });
    assert.deepEqual(german.categories, ["pii"]);
    assert.deepEqual(usOnly.categories, ["text"]);
  });
});

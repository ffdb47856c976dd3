import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { describe, it } from "node:test";
import { type Classifier, createClassifier } from "../src/index.ts";
import type { EvalItem } from "./items.ts";
import { organisation } from "./organisation.ts";
import { scoreItems } from "./score.ts";

const typedIntoPasswordField = (text: string): EvalItem => ({
  id: "t-00000",
  split: "held-out",
  family: "password-fields",
  template: "typed",
  eventType: "text.input",
  field: "text",
  inputType: "password",
  app: "Google Chrome",
  title: "Sign in",
  text,
  labels: [{ start: 0, end: text.length, kind: "secret" }],
  topics: [],
  prohibited: "password-field",
  negative: false,
});

describe("scoring a value typed into a password field", () => {
  it("counts the value as found when the classifier drops the field, though no span of its own marks it", () => {
    const score = scoreItems([typedIntoPasswordField("Marigold!2026")], createClassifier(organisation));
    assert.deepEqual(score.byCategory.get("credential"), { labels: 1, found: 1, predicted: 0, correct: 0 });
    assert.deepEqual(score.prohibited.passwordField, { expected: 1, got: 1 });
  });

  it("counts it missed when the field comes out kept", () => {
    // A classifier that never drops anything: the scorer must not credit the field's drop it did not make.
    const real = createClassifier(organisation);
    const keepsEverything: Classifier = {
      ...real,
      classifyEvents: (events, context) =>
        real.classifyEvents(events, context).map((result) => {
          const fields = Object.fromEntries(
            Object.entries(result.fields).map(([name, field]) => [
              name,
              { ...field, prohibited: false, spans: [] },
            ]),
          );
          return { ...result, fields };
        }),
    };
    const score = scoreItems([typedIntoPasswordField("Marigold!2026")], keepsEverything);
    assert.deepEqual(score.byCategory.get("credential"), { labels: 1, found: 0, predicted: 0, correct: 0 });
    assert.equal(score.prohibited.passwordField.got, 0);
  });
});

describe("scoring false alarms by the rule that raised them", () => {
  const harmless = (text: string, negative: boolean): EvalItem => ({
    id: "t-00001",
    split: "held-out",
    family: "look-alikes",
    template: "typed",
    eventType: "text.input",
    field: "text",
    app: "Slack",
    title: "#general - Slack",
    text,
    labels: [],
    topics: [],
    negative,
  });

  it("counts a flagged hard negative under each detector that had a span in it, and a clean one under none", () => {
    const flagged = harmless("write to jonas.berglund@kalmar-freight.se about it", true);
    const clean = harmless("the build is green again", true);
    const score = scoreItems([flagged, clean], createClassifier(organisation));
    assert.deepEqual(score.negatives, { total: 2, flagged: 1, flaggedBy: new Map([["email", 1]]) });
  });

  it("counts a permitted item that came out dropped under the credential detector that dropped it", () => {
    // A GitHub token is a credential in any text; the item says it is permitted, so the scorer must
    // count the drop as wrong and name the detector that made it. The token is made up at run time.
    const token = `ghp_${randomBytes(27).toString("base64url").replace(/[-_]/g, "x").slice(0, 36)}`;
    const score = scoreItems([harmless(`token: ${token}`, false)], createClassifier(organisation));
    assert.equal(score.wronglyDropped, 1);
    assert.deepEqual(score.droppedBy, new Map([["github-token", 1]]));
  });
});

import assert from "node:assert/strict";
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

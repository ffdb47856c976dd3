import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { pipelineConfigSchema } from "./config.ts";

// Only the classifier's variables are under test: issues about the other (unset) variables are ignored.
const issuesAt = (env: Record<string, string>, variable: string) => {
  const parsed = pipelineConfigSchema.safeParse(env);
  return parsed.success ? [] : parsed.error.issues.filter((issue) => issue.path[0] === variable);
};

describe("pipeline config: the classifier's organisation profile", () => {
  it("accepts the organisation's regions and app categories as comma-separated lists", () => {
    assert.deepEqual(issuesAt({ CLASSIFIER_REGIONS: "US, GB,DE" }, "CLASSIFIER_REGIONS"), []);
    assert.deepEqual(
      issuesAt({ CLASSIFIER_PERSONAL_MESSENGER_APPS: "Kakao,Line" }, "CLASSIFIER_PERSONAL_MESSENGER_APPS"),
      [],
    );
  });

  it("stops on a region with no numbering plan, naming the variable", () => {
    const issues = issuesAt({ CLASSIFIER_REGIONS: "US,XX" }, "CLASSIFIER_REGIONS");
    assert.equal(issues.length, 1);
    assert.deepEqual(issues[0]?.path, ["CLASSIFIER_REGIONS", 1]);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectionInput } from "../detection.ts";
import { reportThreshold } from "../span.ts";
import { findHealthTerms } from "./health.ts";
import { findHrTerms } from "./hr.ts";

const health = (text: string, code = false) =>
  findHealthTerms(detectionInput(text, { code }))
    .filter((span) => span.score >= reportThreshold)
    .map((span) => text.slice(span.start, span.end));
const hr = (text: string, code = false) =>
  findHrTerms(detectionInput(text, { code }))
    .filter((span) => span.score >= reportThreshold)
    .map((span) => text.slice(span.start, span.end));

describe("health terms", () => {
  it("finds conditions, medications and clinical terms, in plural and possessive forms", () => {
    assert.deepEqual(health("my migraines are back, Crohn's flaring, on metformin"), [
      "migraines",
      "Crohn's",
      "metformin",
    ]);
    assert.deepEqual(health("booked a CT scan and a blood test"), ["CT scan", "blood test"]);
  });

  it("an ambiguous word counts only with clinical words near it", () => {
    assert.deepEqual(health("the Great Depression shaped policy"), []);
    assert.deepEqual(health("diagnosed with depression in March"), ["diagnosed", "depression"]);
    assert.deepEqual(health("ctx.stroke(); // stroke width", true), []);
  });

  it("takes the longest phrase: 'type 2 diabetes', not 'diabetes'", () => {
    assert.deepEqual(health("living with type 2 diabetes"), ["type 2 diabetes"]);
  });

  it("recognises clinical acronyms only in capitals", () => {
    assert.deepEqual(health("my IBS is worse"), ["IBS"]);
    assert.deepEqual(health("the ibs flag"), []);
  });
});

describe("HR terms", () => {
  it("finds reviews, plans, warnings, pay and leave", () => {
    assert.deepEqual(hr("performance improvement plan after a written warning"), [
      "performance improvement plan",
      "written warning",
    ]);
    assert.deepEqual(hr("her salary and sick leave"), ["salary", "sick leave"]);
    assert.deepEqual(hr("rated below expectations"), ["rated", "below expectations"]);
  });

  it("PIP in capitals is HR; pip the package installer is not", () => {
    assert.deepEqual(hr("he's on a PIP until March"), ["PIP"]);
    assert.deepEqual(hr("pip install -r requirements.txt", true), []);
    assert.deepEqual(hr("manager wants to put her on a pip for 6 weeks"), ["pip"]);
  });

  it("raise and rating in code are not HR", () => {
    assert.deepEqual(hr('raise ValueError(f"bad rating {rating}")', true), []);
  });
});

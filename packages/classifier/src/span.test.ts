import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createClassifier } from "./classifier.ts";
import { resolveOverlaps, type Span, SpanBlocks } from "./span.ts";

const span = (start: number, end: number, detector: Span["detector"], score: number): Span => ({
  start,
  end,
  category: detector === "health-term" ? "health" : detector === "hr-term" ? "hr" : "pii",
  detector,
  score,
});

describe("resolveOverlaps", () => {
  it("keeps a health term beside a surer HR term over the same words", () => {
    // "on sick leave after surgery": HR's "sick leave" (0.8) and health's "sick" (0.65).
    const kept = resolveOverlaps([span(3, 13, "hr-term", 0.8), span(3, 7, "health-term", 0.65)]);
    assert.deepEqual(kept.map((found) => found.detector).sort(), ["health-term", "hr-term"]);
  });

  it("keeps an HR term beside a surer health term over the same words", () => {
    const kept = resolveOverlaps([span(0, 10, "health-term", 0.95), span(0, 10, "hr-term", 0.8)]);
    assert.deepEqual(kept.map((found) => found.detector).sort(), ["health-term", "hr-term"]);
  });

  it("still lets terms of one category compete, and values with values", () => {
    const health = resolveOverlaps([span(0, 10, "health-term", 0.95), span(2, 6, "health-term", 0.65)]);
    assert.deepEqual(
      health.map((found) => [found.start, found.end]),
      [[0, 10]],
    );
    const values = resolveOverlaps([span(0, 19, "payment-card", 0.95), span(0, 12, "phone", 0.6)]);
    assert.deepEqual(
      values.map((found) => found.detector),
      ["payment-card"],
    );
  });
});

describe("an event about a person's health and an HR matter at once", () => {
  const classifier = createClassifier();
  const categories = (text: string) => classifier.classifyText(text, { field: "text" }).categories;

  it("is both health and HR when the health words sit inside the HR phrase", () => {
    for (const text of [
      "I'm on sick leave after surgery until the 20th",
      "Ich bin bis Freitag krankgeschrieben, Bandscheibenvorfall.",
    ]) {
      const found = categories(text);
      assert.ok(found.includes("health") && found.includes("hr"), `${text} -> ${found.join(",")}`);
    }
  });

  it("an HR phrase with no health word in it does not become health", () => {
    for (const text of ["Parental leave from 3 March for 12 weeks", "my unpaid leave starts Monday"]) {
      assert.ok(!categories(text).includes("health"), text);
    }
  });
});

describe("SpanBlocks", () => {
  const span = (start: number, end: number): Span => ({
    start,
    end,
    category: "pii",
    detector: "postal-address",
    score: 0.9,
  });

  it("finds an overlap with a span in the same block, across a block's edge and under a long span", () => {
    const blocks = new SpanBlocks([span(10, 20), span(250, 270), span(1_000, 5_000)]);
    assert.equal(blocks.overlaps(15, 16), true);
    assert.equal(blocks.overlaps(255, 258), true);
    assert.equal(blocks.overlaps(260, 300), true);
    assert.equal(blocks.overlaps(3_000, 3_010), true);
  });

  it("finds no overlap for stretches that only touch a span or lie between spans", () => {
    const blocks = new SpanBlocks([span(10, 20), span(250, 270)]);
    assert.equal(blocks.overlaps(20, 30), false);
    assert.equal(blocks.overlaps(0, 10), false);
    assert.equal(blocks.overlaps(100, 250), false);
    assert.equal(blocks.overlaps(270, 600), false);
    blocks.add(span(500, 520));
    assert.equal(blocks.overlaps(270, 600), true);
  });
});

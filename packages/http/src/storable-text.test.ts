import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findUnstorableText, unstorableTextProblem } from "./storable-text.ts";

describe("unstorableTextProblem", () => {
  it("accepts ordinary text, including paired surrogates (emoji) and other control characters", () => {
    for (const text of ["", "plain", "naïve café", "👩‍💻 ok", "tab\tand\nnewline", "\u0001\u001f"]) {
      assert.equal(unstorableTextProblem(text), undefined, JSON.stringify(text));
    }
  });

  it("names a NUL anywhere in the string", () => {
    for (const text of ["\u0000", "a\u0000", "\u0000b", "x\u0000y"]) {
      assert.equal(unstorableTextProblem(text), "contains a NUL character");
    }
  });

  it("names a lone high or low surrogate wherever it stands", () => {
    for (const text of [
      "\uD800",
      "a\uD83D",
      "\uDC00b",
      "x\uDE00y",
      "\uD83D\uD83D\uDE00",
      "\uD83D\uDE00\uDE00",
    ]) {
      assert.equal(
        unstorableTextProblem(text),
        "contains an unpaired UTF-16 surrogate",
        JSON.stringify(text),
      );
    }
  });
});

describe("unstorableTextProblem for identifiers", () => {
  it("names any control character, tab and newline included, when they are not allowed", () => {
    for (const text of ["a\u0003", "\t", "x\ny", "\u007f", "\u0085"]) {
      assert.equal(unstorableTextProblem(text, { controlCharacters: false }), "contains a control character");
      if (text !== "\u0000") assert.equal(unstorableTextProblem(text), undefined, "allowed by default");
    }
  });
});

describe("findUnstorableText", () => {
  it("finds the first bad value and names its path", () => {
    const found = findUnstorableText({ a: "ok", list: ["fine", { deep: "bad\u0000" }] }, "body");
    assert.deepEqual(found, { field: "body.list.1.deep", problem: "contains a NUL character" });
  });

  it("finds a bad object key", () => {
    const found = findUnstorableText({ "k\uD800": 1 }, "query");
    assert.equal(found?.field, "query (a key)");
  });

  it("passes numbers, booleans, null, buffers and clean nested values", () => {
    assert.equal(
      findUnstorableText({ n: 1, b: true, z: null, buf: Buffer.from([0]), x: [["y"]] }, "body"),
      undefined,
    );
  });
});

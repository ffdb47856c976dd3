import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { generateDevelopmentCorpus, generateHeldOutCorpus } from "./corpus.ts";
import type { EvalItem } from "./items.ts";

const writtenApart = (idPrefix: string) => () =>
  generateDevelopmentCorpus().filter((item) => item.id.startsWith(idPrefix));

/**
 * What every corpus written apart must hold, whichever part it is in now:
 * generated the same from its seed, numbered in order in its part, a quarter
 * hard negatives per family, and labels that fit their text.
 */
function itIsAWellFormedCorpus(
  generate: () => EvalItem[],
  part: { split: EvalItem["split"]; idPrefix: string },
): EvalItem[] {
  const items = generate();

  it("is the same every time it is generated from its seed", () => {
    assert.deepEqual(generate(), items);
  });

  it(`holds about 3,000 items, all ${part.split}, numbered in order`, () => {
    assert.ok(items.length >= 2800 && items.length <= 3200, `${items.length} items`);
    items.forEach((item, n) => {
      assert.equal(item.split, part.split);
      assert.equal(item.id, `${part.idPrefix}${String(n).padStart(5, "0")}`);
    });
  });

  it("draws about a quarter of each family's items from its hard negatives", () => {
    // Map.groupBy is Node 21+; the repo runs on Node 20.
    const byFamily = new Map<string, EvalItem[]>();
    for (const item of items) byFamily.set(item.family, [...(byFamily.get(item.family) ?? []), item]);
    assert.ok(byFamily.size >= 10, `${byFamily.size} families`);
    for (const [family, members] of byFamily) {
      const share = members.filter((item) => item.negative).length / members.length;
      assert.ok(share > 0.12 && share < 0.38, `${family}: ${(share * 100).toFixed(0)} % negatives`);
    }
  });

  it("labels only spans that lie inside their field's text, and nothing on hard negatives", () => {
    for (const item of items) {
      for (const label of item.labels) {
        assert.ok(
          0 <= label.start && label.start < label.end && label.end <= item.text.length,
          `${item.id} ${label.kind}`,
        );
      }
      if (item.negative)
        assert.deepEqual([item.labels, item.topics, item.prohibited], [[], [], undefined], item.id);
      if (item.field === "window.title") assert.equal(item.title, item.text, item.id);
      if (item.field === "url") assert.equal(item.url, item.text, item.id);
    }
  });

  return items;
}

describe("the fourth corpus, held out in round four and development since", () => {
  itIsAWellFormedCorpus(writtenApart("dev-e-"), { split: "dev", idPrefix: "dev-e-" });
});

describe("the fifth corpus, held out in round five and development since", () => {
  itIsAWellFormedCorpus(writtenApart("dev-f-"), { split: "dev", idPrefix: "dev-f-" });
});

describe("the sixth corpus, held out in round six and development since", () => {
  itIsAWellFormedCorpus(writtenApart("dev-g-"), { split: "dev", idPrefix: "dev-g-" });
});

describe("the seventh corpus, held out in round seven and development since", () => {
  itIsAWellFormedCorpus(writtenApart("dev-h-"), { split: "dev", idPrefix: "dev-h-" });
});

describe("the eighth corpus, held out in rounds seven and eight and development since", () => {
  itIsAWellFormedCorpus(writtenApart("dev-i-"), { split: "dev", idPrefix: "dev-i-" });
});

describe("the ninth corpus, held out in rounds eight and nine and development since", () => {
  itIsAWellFormedCorpus(writtenApart("dev-j-"), { split: "dev", idPrefix: "dev-j-" });
});

describe("the tenth corpus, held out in rounds nine and ten and development since", () => {
  itIsAWellFormedCorpus(writtenApart("dev-k-"), { split: "dev", idPrefix: "dev-k-" });
});

describe("the eleventh corpus, held out in rounds ten and eleven and development since", () => {
  itIsAWellFormedCorpus(writtenApart("dev-l-"), { split: "dev", idPrefix: "dev-l-" });
});

describe("the twelfth corpus, held out in rounds eleven and twelve and development since", () => {
  itIsAWellFormedCorpus(writtenApart("dev-m-"), { split: "dev", idPrefix: "dev-m-" });
});

describe("the thirteenth corpus, held out in round twelve and development since", () => {
  itIsAWellFormedCorpus(writtenApart("dev-n-"), { split: "dev", idPrefix: "dev-n-" });
});

describe("the fourteenth corpus, held out in round thirteen and development since", () => {
  itIsAWellFormedCorpus(writtenApart("dev-o-"), { split: "dev", idPrefix: "dev-o-" });
});

describe("the fifteenth corpus, held out in round fourteen and development since", () => {
  itIsAWellFormedCorpus(writtenApart("dev-p-"), { split: "dev", idPrefix: "dev-p-" });
});

describe("the held-out corpus (the sixteenth)", () => {
  const items = itIsAWellFormedCorpus(generateHeldOutCorpus, { split: "held-out", idPrefix: "held-out-" });

  it("shares no labelled item text with the development part", () => {
    const labelled = (item: EvalItem) => item.labels.length > 0 || item.topics.length > 0;
    const development = new Set(
      generateDevelopmentCorpus()
        .filter(labelled)
        .map((item) => item.text),
    );
    const shared = items.filter((item) => labelled(item) && development.has(item.text));
    assert.deepEqual(
      shared.map((item) => `${item.id} ${item.template}`),
      [],
    );
  });

  it("labels password fields as dropped and every secret as prohibited", () => {
    for (const item of items) {
      if (item.inputType === "password") assert.equal(item.prohibited, "password-field", item.id);
      else if (item.labels.some((label) => label.kind === "secret"))
        assert.equal(item.prohibited, "secret", item.id);
    }
  });
});

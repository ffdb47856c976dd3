import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { generateCorpus } from "../corpus/generate.ts";
import { checksumKinds, corpusDir, corpusFiles, loadCorpus } from "./corpus.ts";
import { evaluateCorpus, floorsBroken, ratio } from "./evaluation.ts";

// The floors are properties of the code and the committed corpus, not of time.
describe("evaluation on the committed corpus", () => {
  const evaluation = evaluateCorpus(corpusFiles.flatMap((file) => loadCorpus(file)));

  it("meets recall ≥ 0.99 on checksum-validated kinds, ≥ 0.9 on the rest, and precision ≥ 0.9 on all", () => {
    assert.deepEqual(floorsBroken(evaluation, checksumKinds), []);
  });

  it("keeps person-name recall at or above its measured 0.94", () => {
    const names = evaluation.byKind.get("name");
    assert.ok(names !== undefined);
    assert.ok(ratio(names.found, names.labels) >= 0.94, `name recall ${ratio(names.found, names.labels)}`);
  });

  it("rebuilds every typed entry exactly and prohibits every password-field entry", () => {
    assert.deepEqual(evaluation.reconstructionFailures, []);
    assert.deepEqual(evaluation.prohibited.missed, []);
    assert.ok(evaluation.prohibited.expected > 0);
  });

  it("gives every entry that names a field category that category", () => {
    assert.deepEqual(evaluation.categories.mismatched, []);
  });

  it("the committed generated corpus is exactly what the generator writes", () => {
    const committed = readFileSync(path.join(corpusDir, "generated.jsonl"), "utf8");
    const generated = `${generateCorpus()
      .map((entry) => JSON.stringify(entry))
      .join("\n")}\n`;
    assert.equal(committed, generated);
  });
});

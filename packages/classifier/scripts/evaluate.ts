/**
 * Prints span-level precision and recall per label kind and per category on
 * the committed corpus (overlap of one character counts as a match; see
 * evaluation.ts). Always exits 0: the floors are enforced by
 * evaluation.test.ts, this script is for reading.
 *   node --import tsx packages/classifier/scripts/evaluate.ts [--mistakes]
 */
import { checksumKinds, corpusFiles, loadCorpus } from "./corpus.ts";
import { evaluateCorpus, floorsBroken, formatEvaluation } from "./evaluation.ts";

const showMistakes = process.argv.includes("--mistakes");
const all = corpusFiles.flatMap((file) => loadCorpus(file));

for (const file of corpusFiles) {
  const entries = loadCorpus(file);
  console.log(formatEvaluation(evaluateCorpus(entries), `## ${file} (${entries.length} entries)`));
  console.log("");
}
const combined = evaluateCorpus(all);
console.log(formatEvaluation(combined, `## whole corpus (${all.length} entries)`));
const broken = floorsBroken(combined, checksumKinds);
console.log(
  broken.length === 0
    ? "\nall floors met (recall ≥ 0.99 on checksum kinds, ≥ 0.9 on the rest; precision ≥ 0.9)"
    : `\nfloors broken: ${broken.map((b) => `${b.what} ${b.value.toFixed(3)} < ${b.floor}`).join(", ")}`,
);
if (showMistakes) {
  for (const mistake of combined.mistakes) {
    console.log(
      `${mistake.id}: missed ${mistake.missed.join(", ") || "-"}; wrong ${mistake.wrong.join(", ") || "-"}`,
    );
  }
}

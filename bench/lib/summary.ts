import { appendFileSync } from "node:fs";
import { loadavg } from "node:os";

/** One headline figure of a benchmark, as `npm run bench` prints it in its summary. */
export interface Figure {
  bench: string;
  figure: string;
  value: number;
  unit: string;
  /** The 1-, 5- and 15-minute load averages when it was measured. */
  load: string;
}

/**
 * Records a headline figure for the summary of `npm run bench`, which sets
 * BENCH_SUMMARY_FILE; a benchmark run on its own prints its tables only.
 */
export function reportFigure(bench: string, figure: string, value: number, unit: string): void {
  const file = process.env.BENCH_SUMMARY_FILE;
  if (file === undefined || !Number.isFinite(value)) return;
  const load = loadavg()
    .map((average) => average.toFixed(2))
    .join(" ");
  const line: Figure = { bench, figure, value, unit, load };
  appendFileSync(file, `${JSON.stringify(line)}\n`);
}

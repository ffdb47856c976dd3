import { Worker } from "node:worker_threads";
import type { FieldClassification } from "../classifier.ts";

// The worker's own code: classify one text and post the categories back. It
// loads the TypeScript classifier through tsx's API, as the tests run it.
const workerSource = `
  import { parentPort, workerData } from "node:worker_threads";
  import { tsImport } from "tsx/esm/api";
  const { createClassifier } = await tsImport(workerData.classifierUrl, workerData.classifierUrl);
  const result = createClassifier().classifyText(workerData.text, { field: "text" });
  parentPort.postMessage(result.categories);
`;

/**
 * Classifies `text` in a worker thread and gives up after `deadlineMs`. A
 * pattern that backtracks catastrophically blocks the thread it runs on, so a
 * timer in the same thread could never fire; the worker is terminated
 * instead, and the promise rejects.
 */
export function classifyWithDeadline(
  text: string,
  deadlineMs: number,
): Promise<FieldClassification["categories"]> {
  const worker = new Worker(`${workerSource}`, {
    eval: true,
    workerData: { text, classifierUrl: new URL("../classifier.ts", import.meta.url).href },
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`classification did not return within ${deadlineMs} ms`));
    }, deadlineMs);
    worker.once("message", (categories: FieldClassification["categories"]) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(categories);
    });
    worker.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

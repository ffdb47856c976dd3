// Runs in a worker thread for linear-time.test.ts: classifies each adversarial
// text it is sent and answers with its name, so the test's thread stays free
// to enforce a deadline even if a pattern backtracks without end.
import { parentPort } from "node:worker_threads";
import { createClassifier } from "./classifier.ts";
import { parseOrganisationProfile } from "./organisation.ts";

const parsed = parseOrganisationProfile({ regions: ["US", "GB", "DE", "FR", "ES"] });
if (!parsed.ok) throw new Error(parsed.problems.join("; "));
const classifier = createClassifier({ organisation: parsed.profile });
const chats = [
  { app: { name: "WhatsApp" }, window: { title: "WhatsApp" } },
  { app: { name: "Slack" }, window: { title: "#team - Acme - Slack" } },
];

parentPort?.on("message", ({ name, text, chat }: { name: string; text: string; chat: boolean }) => {
  for (const field of ["text", "window.title", "url"] as const) classifier.classifyText(text, { field });
  // Chat is judged for what it is about as well: a personal messenger and work chat.
  if (chat) for (const surface of chats) classifier.classifyText(text, { field: "text", surface });
  parentPort?.postMessage({ name });
});
parentPort?.postMessage({ name: "ready" });

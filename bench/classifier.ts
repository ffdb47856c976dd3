// Classifier throughput on one core: typed-text reconstruction, segment
// classification and classifyEvents, a batch at a time as the pipeline does,
// over a realistic mix of telemetry (mostly pointer events, bursts of typing,
// window switches, some clipboard, prompts and screen text), built here from a
// fixed seed; and the same stream one classifyEvent per event, as measured
// before round ten. Pure CPU: no stack needed.
//   node --import tsx bench/classifier.ts            (200 000 events)
//   node --import tsx bench/classifier.ts 50000
import os from "node:os";
import { createClassifier, reconstructTypedText } from "@cordon/classifier";
import type { TelemetryEvent } from "@cordon/events";
import { seededRandom } from "@cordon/testkit/seeded-random";

const eventCount = Number(process.argv[2] ?? 200_000);
const sessionCount = 50;

interface Place {
  app: { name: string; bundleId?: string };
  window: { title: string };
  url?: string;
}

const places: readonly Place[] = [
  { app: { name: "Firefox" }, window: { title: "Inbox (3) - maria.lopez@example.com - Mail" }, url: "https://mail.example.com/inbox" },
  { app: { name: "Firefox" }, window: { title: "Q3 planning - Google Docs" }, url: "https://docs.google.com/document/d/1aBcD3fGhIjKlMnOpQrStUvWxYz0123456789AbCdEf/edit" },
  { app: { name: "Chrome" }, window: { title: "Pull request #4821 · acme/api" }, url: "https://github.com/acme/api/pull/4821" },
  { app: { name: "Chrome" }, window: { title: "Jira - CORE-1182 Export retries" }, url: "https://acme.atlassian.net/browse/CORE-1182" },
  { app: { name: "Slack" }, window: { title: "#team-platform - Acme - Slack" } },
  { app: { name: "Visual Studio Code" }, window: { title: "export-job.ts — api" } },
  { app: { name: "iTerm2" }, window: { title: "ssh deploy@10.20.0.14" } },
  { app: { name: "Microsoft Outlook" }, window: { title: "Calendar - Week of 12 January" } },
  { app: { name: "WhatsApp" }, window: { title: "WhatsApp" } },
  { app: { name: "ChatGPT" }, window: { title: "ChatGPT" }, url: "https://chatgpt.com/c/6789" },
  { app: { name: "Firefox" }, window: { title: "MyChart - Messages" }, url: "https://mychart.example.org/messages" },
  { app: { name: "Chrome" }, window: { title: "Workday - Performance Review 2025" }, url: "https://wd5.myworkday.com/acme/d/task.htmld" },
]; // biome-ignore format: a table reads better packed

const typedSentences = [
  "thanks, I'll take a look after lunch",
  "can we move the sync to 3pm tomorrow?",
  "the export job retries three times before it gives up",
  "my card number is 4111 1111 1111 1111 exp 09/28",
  "please send it to jane.doe@example.com",
  "call me on (415) 555-2671 when you land",
  "I have a doctor's appointment on Friday, back at 2",
  "her performance review is next week",
  "LGTM, merging once CI is green",
  "const retries = Math.min(options.retries ?? 3, 10);",
  "password: Winter2025!",
  "running late, see you at 7",
];

const screenTexts = [
  "Quarterly revenue grew 12% year over year, driven by the enterprise tier. Churn fell to 2.1%. The board asked for a plan to reach 40% gross margin by Q4, with hiring held flat and infrastructure costs down 8%. Next review: 15 March.",
  "Patient: Maria Lopez. Diagnosis: type 2 diabetes. Prescribed metformin 500 mg twice daily. Follow-up blood test in 6 weeks. Contact: +1 415 555 2671.",
  "Build #4821 passed in 6m 12s. 1,204 tests, 0 failures. Artifacts: api-4.12.0.tgz (sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08).",
];

const prompts = [
  "Summarise this thread and list the open questions",
  "Rewrite this email to sound less defensive: I already told you the numbers were wrong twice",
  "What are the side effects of sertraline?",
  "Write a SQL query that counts orders per customer per month",
];

function buildEvents(count: number, seed: number): TelemetryEvent[] {
  const random = seededRandom(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const events: TelemetryEvent[] = [];
  const sessions = Array.from({ length: sessionCount }, (_, n) => ({
    sessionId: `5a0c1e2d-3f4b-4c6d-8e9f-${n.toString(16).padStart(12, "0")}`,
    place: pick(places),
    seq: 0,
  }));
  let id = 0;
  const common = (session: (typeof sessions)[number]) => ({
    eventId: `00000000-0000-4000-8000-${(id++).toString(16).padStart(12, "0")}`,
    ts: 1_767_225_600_000 + id * 5,
    seq: session.seq++,
    sessionId: session.sessionId,
    app: session.place.app,
    window: session.place.window,
    ...(session.place.url === undefined ? {} : { url: session.place.url }),
  });
  while (events.length < count) {
    const session = pick(sessions);
    const roll = random();
    if (roll < 0.8) {
      // A run of pointer moves, the bulk of any recording.
      for (let n = 0; n < 20; n++) {
        events.push({
          type: "pointer.move",
          ...common(session),
          x: Math.floor(random() * 2560),
          y: Math.floor(random() * 1440),
        });
      }
      if (random() < 0.3)
        events.push({ type: "pointer.click", ...common(session), x: 100, y: 200, button: "left" });
      if (random() < 0.3) events.push({ type: "pointer.scroll", ...common(session), dx: 0, dy: -120 });
    } else if (roll < 0.85) {
      // A typing burst: one sentence, a typo fixed on the way, Enter at the end.
      const sentence = pick(typedSentences);
      const fieldId = `f-${Math.floor(random() * 4)}`;
      const inputType = random() < 0.03 ? "password" : "text";
      for (const char of sentence) {
        events.push({
          type: "key.press",
          ...common(session),
          key: char,
          code: char,
          modifiers: [],
          inputType,
          fieldId,
        });
        if (random() < 0.02) {
          events.push({
            type: "key.press",
            ...common(session),
            key: "x",
            code: "KeyX",
            modifiers: [],
            inputType,
            fieldId,
          });
          events.push({
            type: "key.press",
            ...common(session),
            key: "Backspace",
            code: "Backspace",
            modifiers: [],
            inputType,
            fieldId,
          });
        }
      }
      events.push({
        type: "key.press",
        ...common(session),
        key: "Enter",
        code: "Enter",
        modifiers: [],
        inputType,
        fieldId,
      });
    } else if (roll < 0.91) {
      session.place = pick(places);
      events.push({ type: "window.focus", ...common(session) });
    } else if (roll < 0.94) {
      events.push({
        type: "clipboard.copy",
        ...common(session),
        text: pick([...typedSentences, ...screenTexts]),
      });
    } else if (roll < 0.96) {
      events.push({ type: "ai.prompt", ...common(session), tool: "ChatGPT", text: pick(prompts) });
    } else if (roll < 0.98) {
      events.push({ type: "screen.text", ...common(session), text: pick(screenTexts) });
    } else {
      events.push({ type: "text.input", ...common(session), text: pick(typedSentences), inputType: "text" });
    }
  }
  return events.slice(0, count);
}

const textBearing = new Set(["key.press", "text.input", "clipboard.copy", "ai.prompt", "screen.text"]);

/**
 * What the pipeline does per batch: rebuild typed text, classify segments, classify every event
 * (since round ten with one classifyEvents call per batch; `perEvent` calls classifyEvent on each
 * event instead, as the pipeline and this bench did before, for the figures of earlier rounds).
 */
function classifyBatch(
  classifier: ReturnType<typeof createClassifier>,
  events: readonly TelemetryEvent[],
  perEvent: boolean,
) {
  const typed = classifier.classifyTypedSegments(reconstructTypedText(events));
  let prohibited = 0;
  if (perEvent) {
    for (const event of events) if (classifier.classifyEvent(event, { typed }).prohibited) prohibited++;
  } else {
    for (const found of classifier.classifyEvents(events, { typed })) if (found.prohibited) prohibited++;
  }
  return prohibited;
}

const batchSize = 5_000;
function run(
  classifier: ReturnType<typeof createClassifier>,
  events: readonly TelemetryEvent[],
  perEvent = false,
) {
  let prohibited = 0;
  for (let at = 0; at < events.length; at += batchSize)
    prohibited += classifyBatch(classifier, events.slice(at, at + batchSize), perEvent);
  return prohibited;
}

// Warm the JIT on a different stream, both ways, then measure a fresh classifier (empty cache) on the real one.
const warmUp = buildEvents(Math.min(eventCount, 50_000), 7);
run(createClassifier(), warmUp);
run(createClassifier(), warmUp, true);
const events = buildEvents(eventCount, 2026);
const counts = new Map<string, number>();
for (const event of events) counts.set(event.type, (counts.get(event.type) ?? 0) + 1);

// CPU time of this process, not wall time: the host is shared, and a busy
// neighbour would otherwise show up as a slow classifier. Wall time is printed too.
function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}
const wallStarted = process.hrtime.bigint();
const cpuStarted = cpuSeconds();
const prohibited = run(createClassifier(), events);
const totalSeconds = cpuSeconds() - cpuStarted;
const wallSeconds = Number(process.hrtime.bigint() - wallStarted) / 1e9;

// The same stream split by kind, each with a fresh classifier, for the cost of each kind.
function timed(subset: readonly TelemetryEvent[], perEvent = false): number {
  const classifier = createClassifier();
  const start = cpuSeconds();
  run(classifier, subset, perEvent);
  return ((cpuSeconds() - start) * 1e6) / Math.max(1, subset.length);
}
const textEvents = events.filter((event) => textBearing.has(event.type));
const otherEvents = events.filter((event) => !textBearing.has(event.type));
const textMicros = timed(textEvents);
const otherMicros = timed(otherEvents);
// The whole stream again, one classifyEvent per event: the path every round before ten measured, but
// for the typed segments, which classifyTypedSegments now classifies together either way.
const perEventMicros = timed(events, true);

const share = (type: string) => `${type} ${(((counts.get(type) ?? 0) / events.length) * 100).toFixed(1)}%`;
console.log(
  `cpu: ${os.cpus()[0]?.model ?? "unknown"} (one core used), node ${process.version}, load ${os.loadavg()[0]?.toFixed(2)}`,
);
console.log(`events: ${events.length} — ${[...counts.keys()].sort().map(share).join(", ")}`);
console.log(
  `all events (reconstruct + classify segments + classifyEvents per batch of ${batchSize.toLocaleString("en")}): ${Math.round(events.length / totalSeconds).toLocaleString("en")} events/s, ${((totalSeconds * 1e6) / events.length).toFixed(2)} µs/event of CPU (wall ${wallSeconds.toFixed(2)} s for ${totalSeconds.toFixed(2)} s of CPU)`,
);
console.log(
  `text-bearing events (${textEvents.length}): ${textMicros.toFixed(2)} µs/event, ${Math.round(1e6 / textMicros).toLocaleString("en")} events/s`,
);
console.log(
  `other events (${otherEvents.length}, pointer/focus/session: title and URL only): ${otherMicros.toFixed(2)} µs/event, ${Math.round(1e6 / otherMicros).toLocaleString("en")} events/s`,
);
console.log(
  `all events, one classifyEvent per event as before round ten (typed segments still classified together): ${perEventMicros.toFixed(2)} µs/event, ${Math.round(1e6 / perEventMicros).toLocaleString("en")} events/s`,
);
console.log(`events with a prohibited field: ${prohibited}`);

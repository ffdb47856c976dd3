import { randomUUID } from "node:crypto";
import type { LakeRow } from "@cordon/lake";

/**
 * A subject's hour of events: pointer moves (no text), keystrokes (`text`),
 * window titles (`text`, repeating) and AI prompts (`prompt`), each text
 * carrying `canary` so a test can look for it in stored bytes.
 */
export function subjectRows(options: {
  org: string;
  subject: string;
  count: number;
  canary: string;
  startMs: number;
  stepMs?: number;
}): LakeRow[] {
  const sessionId = randomUUID();
  const stepMs = options.stepMs ?? 1000;
  return Array.from({ length: options.count }, (_, seq): LakeRow => {
    const base = {
      eventId: randomUUID(),
      ts: options.startMs + seq * stepMs,
      seq,
      sessionId,
      org: options.org,
      subject: options.subject,
    };
    switch (seq % 4) {
      case 0:
        return {
          ...base,
          eventType: "pointer.move",
          x: seq,
          y: seq * 2,
          tier: "internal",
          categories: [],
          text: {},
        };
      case 1:
        return {
          ...base,
          eventType: "key.press",
          tier: "confidential",
          categories: ["text"],
          text: { key_char: { value: `${options.canary}k${seq}`, category: "text" } },
        };
      case 2:
        return {
          ...base,
          eventType: "window.focus",
          tier: "confidential",
          categories: ["text"],
          text: { window_title: { value: `${options.canary} report ${seq % 3}`, category: "text" } },
        };
      default:
        return {
          ...base,
          eventType: "ai.prompt",
          tier: "restricted",
          categories: ["prompt"],
          text: { prompt_text: { value: `${options.canary} prompt ${seq}`, category: "prompt" } },
        };
    }
  });
}

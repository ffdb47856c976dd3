import { randomUUID } from "node:crypto";
import type { TelemetryEvent } from "@cordon/events";

const sessionId = randomUUID();

/** A small valid event; `app` and `url` say where it was recorded. */
export function pointerMove(
  seq: number,
  place: { app?: string; bundleId?: string; url?: string } = {},
): TelemetryEvent {
  return {
    type: "pointer.move",
    eventId: randomUUID(),
    ts: 1_767_225_600_000 + seq,
    seq,
    sessionId,
    app: { name: place.app ?? "Code", ...(place.bundleId === undefined ? {} : { bundleId: place.bundleId }) },
    window: { title: "main.ts" },
    ...(place.url === undefined ? {} : { url: place.url }),
    x: seq % 1920,
    y: seq % 1080,
  };
}

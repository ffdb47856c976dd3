import type { RecordingPlace } from "./collector-config.ts";

/** One event as it waits in the open batch: already serialised, so its size is known. */
export interface PendingEvent {
  json: string;
  bytes: number;
  place: RecordingPlace;
}

export interface BatchHeader {
  batchId: string;
  sentAt: number;
  collector: { version: string; os: string };
}

// The header of a body is `{"batchId":"<uuid>","sentAt":<ms>,"collector":{…},"events":[` … `]}`;
// 98 bytes with a 13-digit sentAt; 128 bounds everything but the collector strings and the events.
const headerOverheadBytes = 128;

/** Bytes of a body holding `eventBytes` of events (with their commas), before the events are known. */
export function bodyOverheadBytes(collector: { version: string; os: string }): number {
  return headerOverheadBytes + Buffer.byteLength(JSON.stringify(collector));
}

/** Builds the JSON body of a batch from events already serialised, without parsing them again. */
export function batchBody(header: BatchHeader, events: readonly PendingEvent[]): string {
  const head = JSON.stringify(header);
  return `${head.slice(0, -1)},"events":[${events.map((event) => event.json).join(",")}]}`;
}

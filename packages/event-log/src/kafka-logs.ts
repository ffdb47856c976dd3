import { type LogEntry, logLevel } from "kafkajs";
import type { EventLogLogger, EventLogLogLevel } from "./event-log.ts";

const levels: Partial<Record<logLevel, EventLogLogLevel>> = {
  [logLevel.ERROR]: "error",
  [logLevel.WARN]: "warn",
  [logLevel.INFO]: "info",
  [logLevel.DEBUG]: "debug",
};

/**
 * Adapts kafkajs's log entries. Only scalar fields pass, so no record key,
 * value or header (kafkajs puts those in buffers, arrays and objects) can
 * reach a log line.
 */
export function forwardTo(logger: EventLogLogger): (entry: LogEntry) => void {
  return ({ namespace, level, log }) => {
    const mapped = levels[level];
    if (mapped === undefined) return;
    const { message, timestamp: _timestamp, ...rest } = log;
    // Deliberate: the producer limits its retries (see producerRetries in kafka-producer.ts).
    if (message.startsWith("Limiting retries for the idempotent producer")) return;
    const fields: Record<string, string | number | boolean> = {};
    for (const [name, value] of Object.entries(rest)) {
      if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
        fields[name] = value;
      }
    }
    logger({ level: mapped, namespace, message, fields });
  };
}

/** The default: warnings and errors to stderr as JSON lines. */
export const warnToStderr: EventLogLogger = ({ level, namespace, message, fields }) => {
  if (level !== "error" && level !== "warn") return;
  process.stderr.write(`${JSON.stringify({ level, source: `kafkajs:${namespace}`, message, ...fields })}\n`);
};

import { type DestinationStream, type Logger, pino } from "pino";

export type { Logger };

/**
 * Field names that hold what a person typed, read or saw, or a secret. Any
 * value under one of these keys, at any depth, is replaced before a line is
 * written: a log line may say which event or batch, never what was in it.
 */
export const contentKeys: ReadonlySet<string> = new Set([
  "text",
  "key",
  "code",
  "title",
  "window",
  "url",
  "clipboard",
  "prompt",
  "screenText",
  "events",
  "payload",
  "body",
  "value",
  "plaintext",
  "secret",
  "clientSecret",
  "password",
  "token",
  "authorization",
  "cookie",
]);

const censored = "[redacted]";
const maxDepth = 8;

/** A copy of `value` with every content field replaced; the input is not changed. */
export function redactContent(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== "object") return value;
  if (depth >= maxDepth) return censored;
  if (value instanceof Error) {
    return { type: value.name, message: value.message, stack: value.stack };
  }
  if (Array.isArray(value)) return value.map((item) => redactContent(item, depth + 1));
  if (Buffer.isBuffer(value) || ArrayBuffer.isView(value)) return `[${value.byteLength} bytes]`;
  const out: Record<string, unknown> = {};
  for (const [field, inner] of Object.entries(value)) {
    out[field] = contentKeys.has(field) ? censored : redactContent(inner, depth + 1);
  }
  return out;
}

/**
 * The project's logger: pino, JSON lines, one base field naming the service.
 * Redaction runs on every line's fields (not a list of paths), so a new nesting
 * of event data cannot slip past it.
 */
export function createLogger(
  options: { service: string; level?: string },
  destination?: DestinationStream,
): Logger {
  return pino(
    {
      level: options.level ?? "info",
      base: { service: options.service },
      formatters: {
        log: (fields) => redactContent(fields) as Record<string, unknown>,
      },
      // Errors go through the formatter above; pino's own serializer would run first otherwise.
      serializers: { err: (error: unknown) => error },
    },
    destination,
  );
}

import { parseRetryAfter } from "./backoff.ts";
import type { EventRejection as BatchRejection } from "./client-types.ts";

/**
 * A request to the gateway that did not succeed. `retryable` says whether the
 * same request may succeed later (network failure, 401 after a token refresh,
 * 408, 429, 5xx); a 4xx otherwise will fail the same way forever.
 */
export class GatewayRequestError extends Error {
  readonly status: number | undefined;
  readonly code: string | undefined;
  readonly retryAfterMs: number | undefined;
  readonly body: unknown;

  constructor(
    message: string,
    options: { status?: number; code?: string; retryAfterMs?: number; body?: unknown; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "GatewayRequestError";
    this.status = options.status;
    this.code = options.code;
    this.retryAfterMs = options.retryAfterMs;
    this.body = options.body;
  }

  get retryable(): boolean {
    return this.status === undefined || isRetryableStatus(this.status);
  }
}

export function isRetryableStatus(status: number): boolean {
  return status === 401 || status === 408 || status === 429 || status >= 500;
}

/** Turns a non-2xx response into an error carrying the gateway's code and Retry-After. */
export async function errorFromResponse(
  what: string,
  response: Response,
  nowMs: number,
): Promise<GatewayRequestError> {
  const body = await readBody(response);
  const code = errorCode(body);
  const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"), nowMs);
  return new GatewayRequestError(`${what}: HTTP ${response.status}${code === undefined ? "" : ` ${code}`}`, {
    status: response.status,
    ...(code === undefined ? {} : { code }),
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    body,
  });
}

export async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function errorCode(body: unknown): string | undefined {
  if (typeof body !== "object" || body === null || !("error" in body)) return undefined;
  const error = body.error;
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  return typeof error.code === "string" ? error.code : undefined;
}

/** The counts of a 202 answer to a batch; a field the gateway left out counts as none. */
export function counts(answer: unknown): {
  accepted: number;
  rejected: number;
  rejections: BatchRejection[];
} {
  const body = typeof answer === "object" && answer !== null ? (answer as Record<string, unknown>) : {};
  const rejections = Array.isArray(body.rejected) ? (body.rejected as BatchRejection[]) : [];
  const rejected = typeof body.rejected === "number" ? body.rejected : rejections.length;
  return { accepted: typeof body.accepted === "number" ? body.accepted : 0, rejected, rejections };
}

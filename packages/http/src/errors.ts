/**
 * The closed set of error codes of every Cordon HTTP API, each with its status.
 * A client can switch on `code`; the message is for people. Add a code here
 * (and nowhere else) when a new failure needs its own name.
 */
export const errorStatus = {
  // The request itself is wrong.
  invalid_request: 400,
  malformed_json: 400,
  forbidden_json_key: 400,
  string_too_long: 400,
  nesting_too_deep: 400,
  unstorable_text: 400,
  invalid_batch: 400,
  unsupported_media_type: 415,
  unsupported_encoding: 415,
  request_too_large: 413,
  decompressed_too_large: 413,
  too_many_events: 413,
  // Well-formed, but not one event of the batch is valid: nothing to take, and a retry would not help.
  no_valid_events: 422,
  // Who is asking.
  unauthenticated: 401,
  invalid_token: 401,
  token_expired: 401,
  invalid_credentials: 401,
  collector_revoked: 401,
  forbidden: 403,
  subject_opted_out: 403,
  opt_in_only_by_subject: 403,
  // Exports and grants (DESIGN.md invariants 5 and 6).
  no_grant: 403,
  purpose_not_allowed: 403,
  field_not_granted: 403,
  self_grant_forbidden: 403,
  self_approval_forbidden: 403,
  cohort_too_small: 422,
  // What is asked for.
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  batch_id_conflict: 409,
  subject_erased: 409,
  export_not_ready: 409,
  plan_changed: 409,
  export_expired: 410,
  // The service cannot take it now; the client should retry after Retry-After.
  rate_limited: 429,
  ingest_paused: 503,
  overloaded: 503,
  dependency_unavailable: 503,
  batch_in_progress: 503,
  // A bug or an unexpected failure: logged with the request id, never explained to the caller.
  internal: 500,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof errorStatus;

export interface ErrorBody {
  error: { code: ErrorCode; message: string; requestId: string; details?: unknown };
}

/**
 * An expected failure that ends a request with a 4xx/5xx. Route handlers throw
 * it (or return it through reply.send), the error handler renders it.
 */
export class HttpError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: unknown;
  readonly retryAfterSeconds: number | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options: { details?: unknown; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = "HttpError";
    this.code = code;
    this.status = errorStatus[code];
    this.details = options.details;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

export function errorBody(code: ErrorCode, message: string, requestId: string, details?: unknown): ErrorBody {
  return { error: { code, message, requestId, ...(details === undefined ? {} : { details }) } };
}

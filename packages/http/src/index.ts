export { createHttpApp, type HttpAppOptions, parseJsonBody, toHttpError } from "./app.ts";
export { type ErrorBody, type ErrorCode, errorBody, errorStatus, HttpError } from "./errors.ts";
export { tokenRefusal } from "./token-refusal.ts";

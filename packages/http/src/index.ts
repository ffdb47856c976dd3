export { createHttpApp, type HttpAppOptions, parseJsonBody, toHttpError } from "./app.ts";
export { type ErrorBody, type ErrorCode, errorBody, errorStatus, HttpError } from "./errors.ts";
export { findUnstorableText, type UnstorableText, unstorableTextProblem } from "./storable-text.ts";
export { tokenRefusal } from "./token-refusal.ts";

import { randomUUID } from "node:crypto";
import type { Logger } from "@cordon/observability";
import Fastify, {
  type FastifyBaseLogger,
  type FastifyError,
  type FastifyInstance,
  LogController,
} from "fastify";
import secureJson from "secure-json-parse";
import { errorBody, HttpError } from "./errors.ts";
import { findUnstorableText } from "./storable-text.ts";

declare module "fastify" {
  interface FastifyContextConfig {
    /**
     * The route validates its own body's strings and keeps none of them in
     * Postgres (the gateway's batches: event content only travels encrypted),
     * so the edge check of body strings is skipped for it. Query and path
     * parameters are still checked.
     */
    bodyTextUnchecked?: true;
  }
}

export interface HttpAppOptions {
  logger: Logger;
  /** Largest request body in bytes that Fastify reads; larger ones get 413 request_too_large. */
  bodyLimitBytes?: number;
  /** Trust X-Forwarded-* from a proxy in front (production behind a load balancer). */
  trustProxy?: boolean;
}

// Fastify's own failure codes, mapped onto Cordon's closed set.
const fastifyCodes: Record<string, HttpError> = {
  FST_ERR_CTP_BODY_TOO_LARGE: new HttpError("request_too_large", "request body is larger than allowed"),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: new HttpError("unsupported_media_type", "content type is not supported"),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: new HttpError(
    "invalid_request",
    "content-length does not match the body",
  ),
  FST_ERR_CTP_EMPTY_TYPE: new HttpError("unsupported_media_type", "content type is missing"),
  FST_ERR_CTP_INVALID_TYPE: new HttpError("unsupported_media_type", "content type is not valid"),
};

/** Turns anything thrown in a request into Cordon's error model. */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  const fastifyError = error as Partial<FastifyError> & { message?: string };
  if (fastifyError.validation !== undefined) {
    return new HttpError("invalid_request", fastifyError.message ?? "request is not valid");
  }
  if (fastifyError.code !== undefined) {
    const mapped = fastifyCodes[fastifyError.code];
    if (mapped !== undefined) return mapped;
  }
  if (fastifyError.statusCode === 413)
    return new HttpError("request_too_large", "request body is larger than allowed");
  return new HttpError("internal", "internal error");
}

/**
 * Parses JSON refusing `__proto__` and `constructor.prototype` keys, and says
 * which of the two failures it was (Fastify's own parser reports both as one).
 */
export function parseJsonBody(body: Buffer | string): unknown {
  try {
    return secureJson.parse(body, undefined, { protoAction: "error", constructorAction: "error" });
  } catch (error) {
    if (error instanceof SyntaxError && /forbidden prototype property/.test(error.message)) {
      throw new HttpError("forbidden_json_key", "object keys __proto__ and constructor are not allowed");
    }
    throw new HttpError("malformed_json", "body is not valid JSON");
  }
}

/**
 * The Fastify instance every Cordon HTTP service starts from: a request id on
 * every request (echoed as x-request-id), one summary log line per request,
 * JSON bodies parsed with prototype-poisoning keys refused, and one error
 * handler that writes `{ error: { code, message, requestId } }`.
 */
export function createHttpApp(options: HttpAppOptions): FastifyInstance {
  const loggerInstance: FastifyBaseLogger = options.logger;
  const app = Fastify({
    loggerInstance,
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: options.bodyLimitBytes ?? 1024 * 1024,
    trustProxy: options.trustProxy ?? false,
    requestIdHeader: false,
    genReqId: () => randomUUID(),
    return503OnClosing: true,
  });

  // JSON only: Fastify's default text/plain parser would hand a string to
  // schemas that expect an object and turn a wrong media type into a 400.
  app.removeContentTypeParser("text/plain");
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "buffer" }, (_request, body, done) => {
    if (body.length === 0) return done(new HttpError("malformed_json", "body is empty"), undefined);
    try {
      done(null, parseJsonBody(body));
    } catch (error) {
      done(error as HttpError, undefined);
    }
  });

  app.addHook("onRequest", async (request, reply) => {
    reply.header("x-request-id", request.id);
  });

  // Strings that Postgres text or a JSON log cannot hold are refused before any
  // handler or query sees them, on every route of every service. Path and
  // query parameters are ids and filters: no control character either.
  const identifiers = { controlCharacters: false };
  app.addHook("preValidation", async (request) => {
    const found =
      findUnstorableText(request.params, "params", identifiers) ??
      findUnstorableText(request.query, "query", identifiers) ??
      (request.routeOptions.config.bodyTextUnchecked === true
        ? undefined
        : findUnstorableText(request.body, "body"));
    if (found !== undefined) {
      throw new HttpError("unstorable_text", `${found.field}: ${found.problem}`, {
        details: { problems: [found] },
      });
    }
  });

  app.addHook("onResponse", async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? "(none)",
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      "request",
    );
  });

  app.setErrorHandler((error, request, reply) => {
    const httpError = toHttpError(error);
    if (httpError.status >= 500 && httpError.code === "internal") {
      request.log.error({ err: error }, "request failed");
    }
    if (httpError.retryAfterSeconds !== undefined) {
      reply.header("retry-after", String(httpError.retryAfterSeconds));
    }
    void reply
      .status(httpError.status)
      .send(errorBody(httpError.code, httpError.message, request.id, httpError.details));
  });

  app.setNotFoundHandler((request, reply) => {
    void reply.status(404).send(errorBody("not_found", "no such route", request.id));
  });

  return app;
}

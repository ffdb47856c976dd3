import { createWriteStream } from "node:fs";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { CliError } from "./cli-error.ts";
import { mintDevToken, parseRoles } from "./dev-token.ts";
import type { CliSettings } from "./settings.ts";

export const defaultControlApiUrl = "http://127.0.0.1:8481";

/** Tokens the CLI mints for itself only need to outlive one call. */
const callTokenTtlSeconds = 120;

/**
 * The bearer token for a call: CORDON_TOKEN when set (any environment),
 * otherwise a short-lived one minted with the local development key for
 * CORDON_SUB / CORDON_ORG / CORDON_ROLES.
 */
function bearerToken(settings: CliSettings): string {
  const given = settings.get("CORDON_TOKEN");
  if (given !== undefined) return given;
  return mintDevToken(settings, {
    sub: settings.get("CORDON_SUB") ?? "local-operator",
    org: settings.get("CORDON_ORG") ?? "local-org",
    roles: parseRoles(settings.get("CORDON_ROLES") ?? "admin,security"),
    ttlSeconds: callTokenTtlSeconds,
  }).accessToken;
}

/** Sends a request; a refusal becomes a CliError carrying the API's code, message and request id. */
async function sendToControlApi(
  settings: CliSettings,
  request: { method: "GET" | "POST" | "PUT" | "DELETE"; path: string; body?: unknown },
): Promise<Response> {
  const base = settings.get("CONTROL_API_URL") ?? defaultControlApiUrl;
  const url = new URL(request.path, base);
  const headers: Record<string, string> = { authorization: `Bearer ${bearerToken(settings)}` };
  if (request.body !== undefined) headers["content-type"] = "application/json";
  let response: Response;
  try {
    response = await fetch(url, {
      method: request.method,
      headers,
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
    });
  } catch (error) {
    throw new CliError("control_api_unreachable", `cannot reach the control API at ${url.origin}`, {
      cause: (error as Error).cause instanceof Error ? ((error as Error).cause as Error).message : undefined,
    });
  }
  if (response.ok) return response;
  const body = parseBody(await response.text());
  const error = (body as { error?: { code?: string; message?: string; requestId?: string } } | null)?.error;
  throw new CliError(error?.code ?? `http_${response.status}`, error?.message ?? response.statusText, {
    status: response.status,
    ...(error?.requestId === undefined ? {} : { requestId: error.requestId }),
  });
}

function parseBody(text: string): unknown {
  try {
    return text === "" ? null : JSON.parse(text);
  } catch {
    return text;
  }
}

export async function callControlApi(
  settings: CliSettings,
  request: { method: "GET" | "POST" | "PUT" | "DELETE"; path: string; body?: unknown },
): Promise<unknown> {
  const response = await sendToControlApi(settings, request);
  return parseBody(await response.text());
}

/** A GET whose body is passed on as it arrives (NDJSON exports), never held whole in memory. */
export async function* streamControlApi(settings: CliSettings, path: string): AsyncGenerator<string> {
  const response = await sendToControlApi(settings, { method: "GET", path });
  if (response.body === null) return;
  const decoder = new TextDecoder();
  for await (const chunk of response.body) yield decoder.decode(chunk, { stream: true });
  const rest = decoder.decode();
  if (rest !== "") yield rest;
}

/** A GET whose body is written to `destination` as it arrives (export files); returns the bytes written. */
export async function downloadFromControlApi(
  settings: CliSettings,
  path: string,
  destination: string,
): Promise<number> {
  const response = await sendToControlApi(settings, { method: "GET", path });
  if (response.body === null) throw new CliError("empty_download", "the control API sent no body");
  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length;
      callback(null, chunk);
    },
  });
  await pipeline(
    Readable.fromWeb(response.body as WebReadableStream),
    counter,
    createWriteStream(destination),
  );
  return bytes;
}

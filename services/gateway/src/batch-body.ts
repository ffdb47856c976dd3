import type { IncomingHttpHeaders, IncomingMessage } from "node:http";
import type { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { HttpError } from "@cordon/http";

export interface BatchBodyLimits {
  /** Bytes as sent on the wire, compressed or not. */
  maxRequestBytes: number;
  /** Bytes after gzip inflation. */
  maxDecompressedBytes: number;
}

type ContentEncoding = "identity" | "gzip";

// zlib inflates on the thread pool one output chunk at a time, and each chunk
// costs a hop back to the event loop; its default 16 KiB made a 1000-event
// batch a few dozen hops. 64 KiB halves the inflating cost and is still the
// most a bomb can overshoot `maxDecompressedBytes` by.
const inflateChunkBytes = 64 * 1024;

function contentEncodingOf(header: string | string[] | undefined): ContentEncoding {
  const value = (Array.isArray(header) ? header.join(",") : (header ?? "")).trim().toLowerCase();
  if (value === "" || value === "identity") return "identity";
  if (value === "gzip" || value === "x-gzip") return "gzip";
  throw new HttpError("unsupported_encoding", "content-encoding must be gzip or absent");
}

/** The request stream with its headers, which is what Fastify hands a body parser. */
export type RequestBodyStream = Readable & { headers: IncomingHttpHeaders };

/**
 * Reads a batch body, inflated, enforcing both byte limits while the bytes
 * arrive: the compressed size is counted as it comes off the socket, and the
 * inflated size as zlib produces it, so a gzip bomb is stopped after at most
 * `maxDecompressedBytes` (plus one zlib chunk) of output, never inflated whole.
 *
 * The JSON is left for the route to parse: Fastify keeps `request.body` until
 * the answer, which comes after Kafka acknowledged, and the parsed events of
 * every batch waiting for Kafka were most of the gateway's heap. Kept as
 * bytes, the body costs its size outside the heap instead.
 */
export function readBatchBody(payload: RequestBodyStream, limits: BatchBodyLimits): Promise<Buffer> {
  let encoding: ContentEncoding;
  try {
    encoding = contentEncodingOf(payload.headers["content-encoding"]);
  } catch (error) {
    payload.resume(); // read and dropped (the reply closes the connection), so the answer can go out
    return Promise.reject(error);
  }
  const declaredBytes = Number(payload.headers["content-length"]);
  if (declaredBytes > limits.maxRequestBytes) {
    payload.resume(); // read and dropped, so the answer can go out on this connection
    return Promise.reject(tooLarge());
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let requestBytes = 0;
    let bodyBytes = 0;
    let settled = false;
    const gunzip = encoding === "gzip" ? createGunzip({ chunkSize: inflateChunkBytes }) : undefined;

    const stop = () => {
      payload.off("data", onRequestData);
      payload.off("end", onRequestEnd);
      payload.off("error", fail);
      gunzip?.removeAllListeners();
      gunzip?.on("error", () => {}); // late errors of a destroyed inflater have no one to go to
      gunzip?.destroy();
    };
    function fail(error: unknown) {
      if (settled) return;
      settled = true;
      stop();
      // Whatever the client still sends is read and dropped, so the answer can
      // go out on this connection; nothing more of it is kept or inflated.
      payload.resume();
      reject(
        error instanceof HttpError ? error : new HttpError("invalid_request", "the body could not be read"),
      );
    }
    function finish() {
      if (settled) return;
      settled = true;
      stop();
      resolve(chunks.length === 1 && chunks[0] !== undefined ? chunks[0] : Buffer.concat(chunks, bodyBytes));
    }
    function keepBodyBytes(chunk: Buffer) {
      bodyBytes += chunk.length;
      if (gunzip !== undefined && bodyBytes > limits.maxDecompressedBytes) {
        fail(new HttpError("decompressed_too_large", "the body inflates to more bytes than allowed"));
        return;
      }
      chunks.push(chunk);
    }
    function onRequestData(chunk: Buffer) {
      requestBytes += chunk.length;
      if (requestBytes > limits.maxRequestBytes) {
        fail(tooLarge());
        return;
      }
      if (gunzip === undefined) {
        keepBodyBytes(chunk);
        return;
      }
      // Backpressure: the socket waits while zlib has unconsumed input, so a
      // fast sender cannot queue more than a chunk ahead of the counter.
      if (!gunzip.write(chunk)) {
        payload.pause();
        gunzip.once("drain", () => {
          if (!settled) payload.resume();
        });
      }
    }
    function onRequestEnd() {
      if (gunzip === undefined) finish();
      else gunzip.end();
    }

    if (gunzip !== undefined) {
      gunzip.on("data", keepBodyBytes);
      gunzip.on("end", finish);
      gunzip.on("error", () => fail(new HttpError("invalid_request", "the body is not valid gzip")));
    }
    payload.on("data", onRequestData);
    payload.on("end", onRequestEnd);
    payload.on("error", fail);
  });
}

function tooLarge(): HttpError {
  return new HttpError("request_too_large", "request body is larger than allowed");
}

/**
 * After a refusal was answered while the request body was still arriving:
 * keep reading (and dropping) what the client sends, up to `maxBytes` or
 * `maxMs`, before closing the connection. Closing at once would make the
 * kernel answer the bytes still in flight with a reset, which throws away the
 * refusal the client has not read yet. A body that ends within the bounds
 * leaves the connection as it is (answered, ready for the next request).
 */
export function lingerOverRefusedBody(
  request: IncomingMessage,
  bounds: { maxBytes: number; maxMs: number },
): void {
  if (request.complete) return;
  const socket = request.socket;
  let drainedBytes = 0;
  const done = () => {
    clearTimeout(timer);
    request.off("data", count);
    request.off("end", done);
    request.off("close", done);
  };
  const cutOff = () => {
    done();
    socket.destroy();
  };
  const count = (chunk: Buffer) => {
    drainedBytes += chunk.length;
    if (drainedBytes > bounds.maxBytes) cutOff();
  };
  const timer = setTimeout(cutOff, bounds.maxMs);
  timer.unref();
  request.on("data", count);
  request.on("end", done);
  request.on("close", done);
  request.resume();
}

import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";

export interface FakeRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The request body as sent (still gzip if it was). */
  raw: Buffer;
  /** The body decompressed and parsed, when it was JSON. */
  json: unknown;
}

export interface FakeAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Destroy the connection after the request was taken in, so the client never sees an answer. */
  dropConnection?: boolean;
}

export interface FakeBatch {
  batchId: string;
  events: { eventId: string; app: { name: string }; url?: string }[];
}

/**
 * A stand-in for the gateway's HTTP surface, for unit tests of the SDK's own
 * logic (retry, spool, token handling). It is not the product's gateway; the
 * SDK's integration test talks to the real one.
 */
export class FakeGateway {
  readonly requests: FakeRequest[] = [];
  /** Batches answered 2xx, each batchId once, in arrival order. */
  readonly accepted: FakeBatch[] = [];
  readonly issuedTokens: string[] = [];
  readonly validTokens = new Set<string>();
  tokenLifetimeSeconds = 900;
  config: unknown = { paused: false, exclusions: { apps: [], urlPatterns: [] } };
  /** Answers a batch request before the default handling; undefined falls through. */
  onBatch: (request: FakeRequest) => FakeAnswer | undefined = () => undefined;
  readonly #server: Server;
  #batchListeners: (() => void)[] = [];

  private constructor(server: Server) {
    this.#server = server;
  }

  static async start(): Promise<FakeGateway> {
    const server = createServer();
    const gateway = new FakeGateway(server);
    server.on("request", (request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        const raw = Buffer.concat(chunks);
        const fake: FakeRequest = {
          method: request.method ?? "GET",
          path: request.url ?? "/",
          headers: request.headers,
          raw,
          json: parseBody(raw, request.headers["content-encoding"]),
        };
        gateway.requests.push(fake);
        const answer = gateway.#answer(fake);
        if (answer.dropConnection === true) {
          request.socket.destroy();
          return;
        }
        response.writeHead(answer.status, { "content-type": "application/json", ...answer.headers });
        response.end(answer.body === undefined ? "" : JSON.stringify(answer.body));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return gateway;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  batchRequests(): FakeRequest[] {
    return this.requests.filter((request) => request.path === "/v1/batches");
  }

  /** Resolves once `count` distinct batches were accepted. */
  async acceptedAtLeast(count: number): Promise<void> {
    while (this.accepted.length < count) {
      await new Promise<void>((resolve) => this.#batchListeners.push(resolve));
    }
  }

  async close(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  #answer(request: FakeRequest): FakeAnswer {
    if (request.method === "POST" && request.path === "/v1/auth/token") {
      const token = `token-${this.issuedTokens.length + 1}`;
      this.issuedTokens.push(token);
      this.validTokens.add(token);
      return {
        status: 200,
        body: { accessToken: token, tokenType: "Bearer", expiresIn: this.tokenLifetimeSeconds },
      };
    }
    const token = request.headers.authorization?.replace(/^Bearer /, "");
    if (token === undefined || !this.validTokens.has(token)) {
      return { status: 401, body: { error: { code: "invalid_token", message: "no", requestId: "r" } } };
    }
    if (request.method === "GET" && request.path === "/v1/collector/config") {
      return { status: 200, body: this.config };
    }
    if (request.method === "POST" && request.path === "/v1/batches") {
      const batch = request.json as FakeBatch;
      // Taken in before the override answers, like a gateway whose reply is lost on the way back.
      const answer = this.onBatch(request);
      if (answer !== undefined && !answer.dropConnection) return answer;
      if (!this.accepted.some((seen) => seen.batchId === batch.batchId)) {
        this.accepted.push(batch);
        for (const listener of this.#batchListeners.splice(0)) listener();
      }
      return (
        answer ?? {
          status: 202,
          body: { batchId: batch.batchId, accepted: batch.events.length, rejected: [] },
        }
      );
    }
    return { status: 404, body: { error: { code: "not_found", message: "no", requestId: "r" } } };
  }
}

function parseBody(raw: Buffer, encoding: string | undefined): unknown {
  if (raw.length === 0) return undefined;
  try {
    return JSON.parse((encoding === "gzip" ? gunzipSync(raw) : raw).toString("utf8"));
  } catch {
    return undefined;
  }
}

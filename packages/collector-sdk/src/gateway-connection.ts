import { type CollectorConfig, parseCollectorConfig } from "./collector-config.ts";
import { GatewayRequestError, readBody } from "./gateway-answer.ts";
import { CollectorTokenSource, type CollectorTokenSourceOptions } from "./token.ts";

/** The gateway's address, the client credentials, and how requests are made and bounded. */
export type GatewayConnectionOptions = CollectorTokenSourceOptions;

/**
 * The two requests a collector makes with its token: posting a batch and
 * asking for its config. Each is bounded by `requestTimeoutMs` and by the
 * caller's signal; the token is fetched and renewed here.
 */
export class GatewayConnection {
  readonly #options: GatewayConnectionOptions;
  readonly #tokens: CollectorTokenSource;

  constructor(options: GatewayConnectionOptions) {
    this.#options = options;
    this.#tokens = new CollectorTokenSource(options);
  }

  /** Drops the token, e.g. after the gateway answered 401 to it. */
  invalidateToken(): void {
    this.#tokens.invalidate();
  }

  /** POST /v1/batches with a gzipped body; a network failure is a retryable `GatewayRequestError`. */
  async postBatch(body: Buffer, signal: AbortSignal): Promise<Response> {
    const token = await this.#tokens.current(signal);
    try {
      return await this.#options.fetch(new URL("/v1/batches", this.#options.gatewayUrl), {
        method: "POST",
        headers: {
          authorization: `Bearer ${token}`,
          "content-type": "application/json",
          "content-encoding": "gzip",
        },
        body,
        signal: this.#bounded(signal),
      });
    } catch (cause) {
      throw new GatewayRequestError("batch request failed", { cause });
    }
  }

  /**
   * GET /v1/collector/config: the parsed config and the answer as it came (to
   * keep on disk), or undefined when offline or refused.
   */
  async fetchConfig(signal: AbortSignal): Promise<{ config: CollectorConfig; answer: unknown } | undefined> {
    try {
      const token = await this.#tokens.current(signal);
      const response = await this.#options.fetch(new URL("/v1/collector/config", this.#options.gatewayUrl), {
        headers: { authorization: `Bearer ${token}` },
        signal: this.#bounded(signal),
      });
      if (response.status === 401) this.#tokens.invalidate();
      if (!response.ok) {
        await response.body?.cancel();
        return undefined;
      }
      const answer = await readBody(response);
      return { config: parseCollectorConfig(answer), answer };
    } catch {
      return undefined;
    }
  }

  #bounded(signal: AbortSignal): AbortSignal {
    return AbortSignal.any([signal, AbortSignal.timeout(this.#options.requestTimeoutMs)]);
  }
}

import type { Clock } from "./clock.ts";
import { errorFromResponse, GatewayRequestError, readBody } from "./gateway-answer.ts";

export interface CollectorTokenSourceOptions {
  gatewayUrl: URL;
  clientId: string;
  clientSecret: string;
  fetch: typeof fetch;
  clock: Clock;
  requestTimeoutMs: number;
}

/**
 * Holds the collector's short-lived access token and gets a new one with the
 * client credentials before the old one expires: a token is replaced once
 * less than a tenth of its life (at most a minute) is left, so a request never
 * leaves with a token about to expire on the way.
 */
export class CollectorTokenSource {
  readonly #options: CollectorTokenSourceOptions;
  #token: { value: string; refreshAt: number } | undefined;
  #pending: Promise<string> | undefined;

  constructor(options: CollectorTokenSourceOptions) {
    this.#options = options;
  }

  /** A token that is good for a while yet; concurrent callers share one exchange. */
  current(signal: AbortSignal): Promise<string> {
    const token = this.#token;
    if (token !== undefined && this.#options.clock.now() < token.refreshAt)
      return Promise.resolve(token.value);
    this.#pending ??= this.#exchange(signal).finally(() => {
      this.#pending = undefined;
    });
    return this.#pending;
  }

  /** Drops the token, e.g. after the gateway answered 401 to it. */
  invalidate(): void {
    this.#token = undefined;
  }

  async #exchange(signal: AbortSignal): Promise<string> {
    const { gatewayUrl, clientId, clientSecret, clock } = this.#options;
    let response: Response;
    try {
      response = await this.#options.fetch(new URL("/v1/auth/token", gatewayUrl), {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ clientId, clientSecret }),
        signal: AbortSignal.any([signal, AbortSignal.timeout(this.#options.requestTimeoutMs)]),
      });
    } catch (cause) {
      throw new GatewayRequestError("token request failed", { cause });
    }
    if (!response.ok) throw await errorFromResponse("token request refused", response, clock.now());
    const body = await readBody(response);
    if (
      typeof body !== "object" ||
      body === null ||
      !("accessToken" in body) ||
      typeof body.accessToken !== "string" ||
      !("expiresIn" in body) ||
      typeof body.expiresIn !== "number"
    ) {
      throw new GatewayRequestError("token response has no accessToken/expiresIn", {
        status: response.status,
      });
    }
    const lifetimeMs = body.expiresIn * 1000;
    const margin = Math.min(60_000, lifetimeMs / 10);
    this.#token = { value: body.accessToken, refreshAt: clock.now() + lifetimeMs - margin };
    return body.accessToken;
  }
}

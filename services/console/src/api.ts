/** An error answer of the control API, in its error model: a closed code and a message for people. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export type Api = ReturnType<typeof createApi>;

type Query = Record<string, string | number | undefined>;

function withQuery(path: string, query: Query | undefined): string {
  if (query === undefined) return path;
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== "") params.set(name, String(value));
  }
  const text = params.toString();
  return text === "" ? path : `${path}?${text}`;
}

async function errorOf(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as {
      error?: { code?: string; message?: string; details?: unknown };
    };
    return new ApiError(
      response.status,
      body.error?.code ?? "unknown",
      body.error?.message ?? response.statusText,
      body.error?.details,
    );
  } catch {
    return new ApiError(response.status, "unknown", response.statusText);
  }
}

/**
 * Calls the control API on this origin with the session's bearer token. The
 * token lives only in this closure (memory): not in storage a script of
 * another page could read, and gone when the tab closes.
 */
export function createApi(accessToken: string, onUnauthenticated: () => void) {
  async function send(method: string, path: string, options: { query?: Query; body?: unknown } = {}) {
    const headers: Record<string, string> = { authorization: `Bearer ${accessToken}` };
    if (options.body !== undefined) headers["content-type"] = "application/json";
    const response = await fetch(withQuery(path, options.query), {
      method,
      headers,
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    });
    if (response.status === 401) onUnauthenticated();
    if (!response.ok) throw await errorOf(response);
    return response;
  }
  return {
    async get<T>(path: string, query?: Query): Promise<T> {
      return (await (await send("GET", path, query === undefined ? {} : { query })).json()) as T;
    },
    async post<T>(path: string, body: unknown): Promise<T> {
      return (await (await send("POST", path, { body })).json()) as T;
    },
    async put<T>(path: string, body: unknown): Promise<T> {
      return (await (await send("PUT", path, { body })).json()) as T;
    },
    async delete<T>(path: string, body: unknown): Promise<T> {
      return (await (await send("DELETE", path, { body })).json()) as T;
    },
    /** The raw answer, for downloads and NDJSON. */
    async fetchBlob(path: string, query?: Query): Promise<Blob> {
      return (await send("GET", path, query === undefined ? {} : { query })).blob();
    },
  };
}

/** Hands a blob to the browser as a file download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has started reading the blob once click() returns; the URL can go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

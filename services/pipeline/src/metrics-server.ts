import { createServer, type Server } from "node:http";
import type { Registry } from "@cordon/observability";

/** GET /metrics for Prometheus and GET /healthz; nothing else, and nothing that carries content. */
export async function listenForMetrics(
  registry: Registry,
  options: { host: string; port: number },
): Promise<{ server: Server; port: number; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    if (request.method === "GET" && request.url === "/metrics") {
      registry.metrics().then(
        (body) => {
          response.writeHead(200, { "content-type": registry.contentType });
          response.end(body);
        },
        () => {
          response.writeHead(500).end();
        },
      );
      return;
    }
    if (request.method === "GET" && request.url === "/healthz") {
      response.writeHead(200, { "content-type": "application/json" }).end('{"status":"ok"}');
      return;
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : options.port;
  return {
    server,
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

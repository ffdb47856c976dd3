import type { FastifyInstance } from "fastify";

export interface RouteEntry {
  method: string;
  /** The route's URL pattern, e.g. `/v1/collectors/:collectorId/revoke`. */
  url: string;
  /** Names of its path parameters, in order. */
  params: string[];
}

const line = /^(?<indent>[│ ]*)[└├]── (?<segment>\S+)(?: \((?<methods>[^)]*)\))?$/;

/**
 * Every route an app serves, read from Fastify's own route tree
 * (`printRoutes`), so a test that walks it covers routes added later without
 * being told about them.
 */
export function routeInventory(app: FastifyInstance): RouteEntry[] {
  const entries: RouteEntry[] = [];
  const stack: string[] = [];
  for (const text of app.printRoutes({ commonPrefix: false }).split("\n")) {
    const match = line.exec(text.trimEnd());
    if (match?.groups === undefined) continue;
    const depth = (match.groups.indent ?? "").length / 4;
    stack.length = depth;
    stack.push(match.groups.segment ?? "");
    const methods = match.groups.methods;
    if (methods === undefined) continue;
    const url = stack.join("");
    const params = [...url.matchAll(/:([A-Za-z0-9_]+)/g)].map((found) => found[1] ?? "");
    for (const method of methods.split(",").map((name) => name.trim())) {
      if (method === "HEAD" || method === "OPTIONS") continue;
      entries.push({ method, url, params });
    }
  }
  return entries;
}

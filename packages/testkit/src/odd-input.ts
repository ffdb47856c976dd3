// Generated odd input for every parameter of every route of a Fastify app:
// the services' own tests use it to show that no route answers a 5xx, whatever
// strings, bytes or numbers arrive. Routes are read from the app's route tree,
// so a route added later is covered without being named.
import assert from "node:assert/strict";
import fc from "fast-check";
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";

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

const replaySeed = process.env.ODD_INPUT_SEED;
export const oddInputSeed =
  replaySeed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(replaySeed);
const runsPerTarget = 15;

/** A value as it may reach a query string or a path: text, or raw bytes that need not be UTF-8. */
type UrlValue = { text: string } | { bytes: number[] };

const oddText = fc.oneof(
  fc.constantFrom(
    "\u0000",
    "a\u0000b",
    "\uD800",
    "x\uDFFFy",
    "%00",
    "' OR '1'='1' --",
    "'); DROP TABLE cordon.audit_log; --",
    "../../etc/passwd",
    "$" + "{jndi:ldap://127.0.0.1/a}",
    "{{7*7}}",
    "\u202e\u200b\ufeff",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 👩‍💻",
    "",
    " ",
    "-1",
    "NaN",
    "Infinity",
    "1e309",
    "9".repeat(400),
    "x".repeat(5000),
    "true",
    "null",
    "[]",
    "{}",
  ),
  fc.string({ unit: "binary", maxLength: 64 }),
  fc.string({ unit: "grapheme", maxLength: 32 }),
);

const oddNumber = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.constantFrom(0, -1, 2 ** 31, 2 ** 53, -(2 ** 63), 1e308, Number.MAX_SAFE_INTEGER + 2),
);

export const oddJsonValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: oddText },
  { weight: 2, arbitrary: oddNumber },
  fc.boolean(),
  fc.constant(null),
  fc.array(oddText, { maxLength: 3 }),
  fc.dictionary(oddText, oddText, { maxKeys: 2 }),
);

const urlValue: fc.Arbitrary<UrlValue> = fc.oneof(
  { weight: 4, arbitrary: oddText.map((text) => ({ text })) },
  oddNumber.map((value) => ({ text: String(value) })),
  fc.uint8Array({ minLength: 1, maxLength: 12 }).map((bytes) => ({ bytes: [...bytes] })),
);

function percentEncoded(value: UrlValue): string {
  const bytes = "text" in value ? [...Buffer.from(value.text, "utf8")] : value.bytes;
  return bytes.map((byte) => `%${byte.toString(16).padStart(2, "0").toUpperCase()}`).join("");
}

/** Parameter names a route is known to take, from its OpenAPI entry where there is one. */
export interface RouteShape {
  query: string[];
  body: string[];
}

export type OpenApiDocument = {
  paths?: Record<
    string,
    Record<
      string,
      {
        parameters?: { name: string; in: string }[];
        requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> };
      }
    >
  >;
};

export function shapesFromOpenApi(document: OpenApiDocument): Map<string, RouteShape> {
  const shapes = new Map<string, RouteShape>();
  for (const [path, operations] of Object.entries(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(operations)) {
      const url = path.replace(/\{([^}]+)\}/g, ":$1");
      const schema = operation.requestBody?.content?.["application/json"]?.schema;
      shapes.set(`${method.toUpperCase()} ${url}`, {
        query: (operation.parameters ?? []).filter((p) => p.in === "query").map((p) => p.name),
        body: Object.keys(schema?.properties ?? {}),
      });
    }
  }
  return shapes;
}

// Names used across the APIs, tried on routes whose own names are not known.
const commonNames = [
  "reason",
  "scope",
  "scopeId",
  "subjectId",
  "optedOut",
  "purpose",
  "cursor",
  "limit",
  "q",
];

/** Where one odd value goes: a path parameter, a query parameter or a body field. */
type Target = { in: "path"; index: number; name: string } | { in: "query" | "body"; name: string };

function targetsOf(route: RouteEntry, shape: RouteShape | undefined): Target[] {
  const hasBody = route.method !== "GET" && route.method !== "DELETE";
  const query = shape?.query.length ? shape.query : commonNames;
  const body = shape?.body.length ? shape.body : commonNames;
  return [
    ...route.params.map((name, index): Target => ({ in: "path", index, name })),
    ...query.map((name): Target => ({ in: "query", name })),
    ...(hasBody ? body.map((name): Target => ({ in: "body", name })) : []),
  ];
}

/**
 * One odd value in one place and nothing else odd, so the value gets past the
 * other checks of the route and reaches whatever is behind them (a strict
 * schema refuses the whole request at its first problem).
 */
function requestWith(route: RouteEntry, target: Target, value: unknown): InjectOptions {
  let index = 0;
  const path = route.url.replace(/:([A-Za-z0-9_]+)/g, () => {
    const here = index++;
    return target.in === "path" && target.index === here ? percentEncoded(value as UrlValue) : "x";
  });
  const url = target.in === "query" ? `${path}?${target.name}=${percentEncoded(value as UrlValue)}` : path;
  const hasBody = route.method !== "GET" && route.method !== "DELETE";
  return {
    method: route.method as NonNullable<InjectOptions["method"]>,
    url,
    ...(hasBody
      ? {
          headers: { "content-type": "application/json" },
          payload: JSON.stringify(target.in === "body" ? { [target.name]: value } : {}),
        }
      : {}),
  };
}

export async function assertNoServerErrors(
  routes: RouteEntry[],
  shapes: Map<string, RouteShape>,
  send: (request: InjectOptions, authenticated: boolean) => Promise<LightMyRequestResponse>,
): Promise<number> {
  let requests = 0;
  for (const route of routes) {
    for (const target of targetsOf(route, shapes.get(`${route.method} ${route.url}`))) {
      const value: fc.Arbitrary<unknown> = target.in === "body" ? oddJsonValue : urlValue;
      const where = `${route.method} ${route.url} ${target.in}.${target.name}`;
      const run = fc.assert(
        fc.asyncProperty(value, fc.boolean(), async (odd, anonymous) => {
          requests++;
          // Mostly with a token, so the value reaches the handler; sometimes without one.
          const response = await send(requestWith(route, target, odd), !anonymous || requests % 4 !== 0);
          assert.ok(
            response.statusCode < 500,
            `answered ${response.statusCode} ${response.body.slice(0, 300)}`,
          );
        }),
        { seed: oddInputSeed, numRuns: runsPerTarget, endOnFailure: true },
      );
      await run.catch((error: unknown) => {
        throw new Error(`${where} (ODD_INPUT_SEED=${oddInputSeed}): ${(error as Error).message}`, {
          cause: error,
        });
      });
    }
  }
  return requests;
}

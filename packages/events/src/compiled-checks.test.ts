import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { seededRandom } from "@cordon/testkit/seeded-random";
import { validateBatch } from "./batch.ts";
import { compileEventChecks } from "./compiled-checks.ts";
import { type EventType, eventSchemas, eventTypes } from "./events.ts";
import { exampleEvents } from "./examples.ts";

const checks = compileEventChecks();

// Values a hostile or buggy collector might put in any field. Parsed from
// JSON where JSON can say them, so they are what the gateway really gets
// (1e400 parses to Infinity; a "__proto__" key is an own property).
const hostileValues: unknown[] = [
  null,
  true,
  false,
  0,
  -0,
  -1,
  1.5,
  -12.25,
  2 ** 53 - 1,
  2 ** 53,
  1e21,
  JSON.parse("1e400"),
  JSON.parse("-1e400"),
  Number.NaN,
  "",
  " ",
  "x",
  "0",
  "1",
  "left",
  "LEFT",
  "shift",
  "search",
  "😀",
  "\ud800",
  "a\u0000b",
  "x".repeat(65),
  "f-1",
  "f 1",
  "f-1\n",
  "ChatGPT",
  "pointer.move",
  "0d9b7c1e-5a2f-4b6c-9d8e-000000000001",
  "0D9B7C1E-5A2F-4B6C-9D8E-000000000001",
  "0d9b7c1e-5a2f-0b6c-9d8e-000000000001",
  "0d9b7c1e-5a2f-4b6c-7d8e-000000000001",
  "00000000-0000-0000-0000-000000000000",
  "ffffffff-ffff-ffff-ffff-ffffffffffff",
  "{0d9b7c1e-5a2f-4b6c-9d8e-000000000001}",
  "0d9b7c1e-5a2f-4b6c-9d8e-000000000001\n",
  "0d9b7c1e5a2f4b6c9d8e000000000001",
  "https://mail.example.com/inbox",
  " https://mail.example.com/inbox",
  "https://mail.example.com/inbox ",
  "https://mail.example.com/in\tbox",
  "https://mail.example.com/\ninbox",
  "\u00a0https://mail.example.com",
  "https://exa mple.com",
  "http://[::1]:8080/x",
  "http://256.256.256.256",
  "https://",
  "//example.com",
  "example.com",
  "mailto:jane@example.com",
  "javascript:alert(1)",
  "file:///etc/passwd",
  "about:blank",
  "https://xn--nxasmq6b.example/ü?q=ä#frag",
  [],
  ["shift"],
  ["shift", "shift"],
  ["alt", "control", "meta", "shift"],
  ["alt", "control", "meta", "shift", "alt"],
  ["Shift"],
  [1],
  [null],
  {},
  { name: "Firefox" },
  { name: "" },
  { name: "Firefox", bundleId: "" },
  { name: "Firefox", extra: 1 },
  { title: "Inbox" },
  { title: 1 },
  JSON.parse('{"__proto__": {"name": "x"}}'),
  JSON.parse('{"name": "x", "__proto__": 1}'),
];

/** Every example event, with each field removed, and with each field set to each hostile value. */
function candidatesOf(type: EventType): unknown[] {
  const example = exampleEvents[type] as Record<string, unknown>;
  const fields = new Set([
    ...Object.keys(example),
    // Fields of other types and fields no type has, so a strict object is tested as strict.
    "url",
    "fieldId",
    "modifiers",
    "text",
    "x",
    "button",
    "constructor",
    "toString",
    "subjectId",
  ]);
  const candidates: unknown[] = [example, JSON.parse(JSON.stringify(example))];
  for (const field of fields) {
    const { [field]: _removed, ...without } = example;
    candidates.push(without);
    for (const value of hostileValues) candidates.push({ ...example, [field]: value });
  }
  for (const nested of ["app", "window"] as const) {
    for (const key of ["name", "bundleId", "title", "extra"]) {
      for (const value of hostileValues) {
        const inner = example[nested] as Record<string, unknown>;
        candidates.push({ ...example, [nested]: { ...inner, [key]: value } });
      }
    }
  }
  candidates.push(null, [], "event", 1, {}, { type });
  return candidates;
}

/** Example events with a few fields at once changed, removed or added at random. */
function fuzzedCandidates(type: EventType, count: number, seed: number): unknown[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const example = exampleEvents[type] as Record<string, unknown>;
  const fields = [...Object.keys(example), "url", "fieldId", "text", "extra"];
  const candidates: unknown[] = [];
  for (let index = 0; index < count; index++) {
    const event: Record<string, unknown> = { ...example };
    const changes = 1 + Math.floor(random() * 3);
    for (let change = 0; change < changes; change++) {
      const field = pick(fields);
      if (random() < 0.2) delete event[field];
      else event[field] = pick(hostileValues);
    }
    candidates.push(event);
  }
  return candidates;
}

/**
 * The compiled check passes an event only when zod accepts it and returns it
 * unchanged; it fails every event zod refuses. The one event zod accepts and
 * the check still sends to zod is one whose URL zod trims or strips of tabs
 * and newlines: zod then accepts it and returns the cleaned copy.
 */
function assertSameVerdict(type: EventType, candidate: unknown): void {
  const byZod = eventSchemas[type].safeParse(candidate);
  const compiled = checks[type](candidate);
  const shown = `${type}: ${JSON.stringify(candidate)}`;
  if (compiled) {
    assert.ok(byZod.success, `the compiled check accepts what zod refuses, ${shown}`);
    assert.deepEqual(candidate, byZod.data, `zod would change what the compiled check passes on, ${shown}`);
  } else if (byZod.success) {
    assert.notDeepEqual(candidate, byZod.data, `the compiled check refuses what zod accepts as is, ${shown}`);
  }
}

describe("compileEventChecks", () => {
  it("accepts exactly the events zod accepts unchanged, with every field of every type set to hostile values", () => {
    let accepted = 0;
    let refused = 0;
    for (const type of eventTypes) {
      for (const candidate of candidatesOf(type)) {
        assertSameVerdict(type, candidate);
        if (checks[type](candidate)) accepted++;
        else refused++;
      }
    }
    // The set must exercise both verdicts broadly, or agreement proves little.
    assert.ok(accepted > 500, `only ${accepted} candidates were valid`);
    assert.ok(refused > 5000, `only ${refused} candidates were invalid`);
  });

  it("agrees with zod on randomly mangled events", () => {
    for (const [index, type] of eventTypes.entries()) {
      for (const candidate of fuzzedCandidates(type, 500, index + 1)) assertSameVerdict(type, candidate);
    }
  });

  it("refuses an event checked against another type's schema", () => {
    for (const type of eventTypes) {
      for (const other of eventTypes) {
        if (other !== type) assertSameVerdict(type, { ...exampleEvents[other], type });
      }
    }
  });

  it("makes validateBatch answer exactly as without it, rejections, codes and reasons included", () => {
    const limits = { maxEvents: 100_000, maxStringLength: 1000, maxDepth: 8 };
    const events = eventTypes.flatMap((type, index) => [
      ...candidatesOf(type),
      ...fuzzedCandidates(type, 100, 100 + index),
    ]);
    const batch = {
      batchId: "3e0f6d2a-8c41-4b7e-9a55-0c1d2e3f4a5b",
      sentAt: 1_767_225_660_000,
      collector: { version: "0.1.0", os: "macOS 14.5" },
      events,
    };
    const withCompiled = validateBatch(batch, limits, checks);
    const withZodOnly = validateBatch(batch, limits);
    assert.ok(withCompiled.ok && withZodOnly.ok);
    assert.deepEqual(withCompiled.rejected, withZodOnly.rejected);
    assert.deepEqual(withCompiled.accepted, withZodOnly.accepted);
    assert.ok(withCompiled.accepted.length > 0 && withCompiled.rejected.length > 0);
  });
});

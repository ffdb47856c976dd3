import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { exampleEvents } from "@cordon/events";
import { seededRandom } from "@cordon/testkit/seeded-random";
import { findEventsSpan } from "./events-span.ts";

/** The guarantee: the span, parsed, is exactly what JSON.parse makes of the document's `events`. */
function assertSpanIsEvents(text: string): void {
  const json = Buffer.from(text, "utf8");
  const parsed = JSON.parse(text) as { events?: unknown };
  const span = findEventsSpan(json);
  if (!Array.isArray(parsed.events)) {
    assert.equal(span, undefined, `a span for a document whose events is not an array: ${text}`);
    return;
  }
  assert.ok(span !== undefined, `no span found in ${text}`);
  assert.deepEqual(JSON.parse(json.toString("utf8", span.start, span.end)), parsed.events, text);
}

const events = Object.values(exampleEvents);
const header =
  '"batchId":"3e0f6d2a-8c41-4b7e-9a55-0c1d2e3f4a5b","sentAt":1,"collector":{"version":"1","os":"x"}';

describe("findEventsSpan", () => {
  it("finds the events array wherever the member stands and however the document is spaced", () => {
    const array = JSON.stringify(events);
    assertSpanIsEvents(`{${header},"events":${array}}`);
    assertSpanIsEvents(`{"events":${array},${header}}`);
    assertSpanIsEvents(JSON.stringify({ events, batchId: "b" }, null, 2));
    assertSpanIsEvents(` \r\n\t{ "events" \n : \t ${JSON.stringify(events, null, "\t")} , ${header} } \n`);
    assertSpanIsEvents('{"events":[]}');
  });

  it("takes the last of repeated keys, as JSON.parse does, even when a later one is not an array", () => {
    assertSpanIsEvents(`{"events":[{"a":1}],${header},"events":[{"b":2}]}`);
    assertSpanIsEvents('{"events":[1],"events":"no"}');
    assertSpanIsEvents('{"events":[1],"events":{"events":[2]}}');
    assertSpanIsEvents('{"events":[1],"events":null}');
    assertSpanIsEvents('{"events":[1],"events":12.5e3}');
    assertSpanIsEvents('{"events":"no","events":[3]}');
  });

  it("is not fooled by events keys below the top level, in strings, or written with escapes", () => {
    assertSpanIsEvents('{"collector":{"events":[9]},"events":[1]}');
    assertSpanIsEvents('{"x":[{"events":[9]}],"events":[1],"y":{"events":[8]}}');
    assertSpanIsEvents('{"batchId":"\\"events\\":[9]","events":[1]}');
    assertSpanIsEvents('{"events":[{"text":"]}\\\\\\"],\\"events\\":[9]"}],"z":"\\\\"}');
    assertSpanIsEvents('{"\\u0065vents":[1]}');
    assertSpanIsEvents('{"events":[1],"\\u0065vents":[2]}');
    assertSpanIsEvents('{"event\\u0073":[1],"eventsx":[2],"xevents":[3]}');
    assertSpanIsEvents('{"ev":[{"text":"\\\\"}],"events":[{"text":"\\\\\\\\"}]}');
    assertSpanIsEvents('{"events":[{"text":"héllo 😀 \\ud800 \\u0000 [{"}]}');
  });

  it("finds nothing where there is no events array", () => {
    for (const text of [
      '{"events":"x"}',
      '{"batchId":"b"}',
      "[1,2]",
      '"events"',
      "{}",
      '{"events":{}}',
      "1",
    ]) {
      assertSpanIsEvents(text);
    }
  });
});

/** Random JSON text, written by hand so that keys repeat, are escaped and spacing varies. */
function randomDocument(random: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const space = () => pick(["", "", " ", "\n", "\t ", "\r\n  "]);
  const keys = [
    '"events"',
    '"events"',
    '"\\u0065vents"',
    '"ev\\"ents"',
    '"x"',
    '"eventss"',
    '"\\\\"',
    '"ev"',
  ];
  const strings = ['"a"', '"\\\\"', '"\\""', '"]}"', '"[{\\"events\\":[1]}"', '"😀"', '"\\u005d"', '""'];
  const value = (depth: number): string => {
    const kind = depth > 3 ? Math.floor(random() * 3) : Math.floor(random() * 5);
    if (kind === 0) return pick(strings);
    if (kind === 1) return pick(["1", "-0.5e3", "true", "null", "false"]);
    if (kind === 2 && depth > 3) return "[]";
    if (kind === 2 || kind === 3) {
      const items = Array.from(
        { length: Math.floor(random() * 4) },
        () => space() + value(depth + 1) + space(),
      );
      return `[${items.join(",")}]`;
    }
    const members = Array.from(
      { length: Math.floor(random() * 4) },
      () => `${space()}${pick(keys)}${space()}:${space()}${value(depth + 1)}${space()}`,
    );
    return `{${members.join(",")}}`;
  };
  const members = Array.from(
    { length: 1 + Math.floor(random() * 5) },
    () => `${space()}${pick(keys)}${space()}:${space()}${value(1)}${space()}`,
  );
  return `${space()}{${members.join(",")}}${space()}`;
}

describe("findEventsSpan on random documents", () => {
  it("always gives the span JSON.parse reads as events, or none when events is not an array", () => {
    const random = seededRandom(20261205);
    let withArray = 0;
    for (let index = 0; index < 20_000; index++) {
      const text = randomDocument(random);
      assertSpanIsEvents(text);
      if (Array.isArray((JSON.parse(text) as { events?: unknown }).events)) withArray++;
    }
    assert.ok(withArray > 2_000, `only ${withArray} documents had an events array`);
  });
});

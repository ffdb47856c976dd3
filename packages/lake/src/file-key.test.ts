import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { lakeFileHour, lakeFileKey } from "./file-key.ts";

const place = {
  org: "org-7",
  hour: new Date(Date.UTC(2026, 2, 4, 23, 59, 59)),
  topic: "cordon.events.raw.v1",
  partition: 11,
  firstOffset: "1000",
  lastOffset: 1999n,
};

describe("lakeFileKey", () => {
  it("places a file by org, UTC date and hour, and names it after its partition and offsets", () => {
    assert.equal(
      lakeFileKey(place),
      "lake/events/v1/org=org-7/date=2026-03-04/hour=23/cordon.events.raw.v1-11-1000-1999.parquet",
    );
  });

  it("gives a replay of the same records the same name", () => {
    assert.equal(lakeFileKey({ ...place }), lakeFileKey({ ...place, lastOffset: "1999" }));
  });

  it("refuses values that would escape their key segment or are not Kafka positions", () => {
    for (const bad of [
      { org: "org/../other" },
      { org: "org=x" },
      { org: "" },
      { topic: "raw/events" },
      { partition: -1 },
      { partition: 1.5 },
      { firstOffset: "-1" },
      { firstOffset: "01" },
      { firstOffset: "2000" },
      { hour: new Date(Number.NaN) },
    ]) {
      assert.throws(() => lakeFileKey({ ...place, ...bad }), RangeError, JSON.stringify(bad));
    }
  });
});

describe("lakeFileHour", () => {
  it("gives the same UTC date and hour the key is placed under, so the catalog never parses a key", () => {
    for (const instant of [
      place.hour,
      new Date(Date.UTC(2026, 0, 1, 0, 0, 0)),
      new Date(Date.UTC(2025, 11, 31, 9, 30)),
    ]) {
      const { date, hour } = lakeFileHour(instant);
      assert.ok(
        lakeFileKey({ ...place, hour: instant }).includes(
          `/date=${date}/hour=${String(hour).padStart(2, "0")}/`,
        ),
      );
    }
    assert.deepEqual(lakeFileHour(place.hour), { date: "2026-03-04", hour: 23 });
  });
});

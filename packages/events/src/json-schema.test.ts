import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { eventTypes } from "./events.ts";
import { batchJsonSchema, batchJsonSchemaFile } from "./json-schema.ts";

describe("batch JSON Schema", () => {
  it("the committed schema/batch.v1.schema.json is what the zod schemas generate", () => {
    const committed: unknown = JSON.parse(readFileSync(batchJsonSchemaFile, "utf8"));
    assert.deepEqual(
      committed,
      batchJsonSchema(),
      "regenerate it: node --import tsx packages/events/scripts/write-json-schema.ts",
    );
  });

  it("names every event type of the model", () => {
    const defs = batchJsonSchema().$defs as Record<string, { properties?: { type?: { const?: string } } }>;
    const constTypes = Object.values(defs).flatMap((def) => def.properties?.type?.const ?? []);
    assert.deepEqual(constTypes.sort(), [...eventTypes].sort());
  });

  it("refuses unknown properties on every object it describes", () => {
    const objects: Record<string, unknown>[] = [];
    const pending: unknown[] = [batchJsonSchema()];
    while (pending.length > 0) {
      const node = pending.pop();
      if (typeof node !== "object" || node === null) continue;
      const record = node as Record<string, unknown>;
      if (record.type === "object") objects.push(record);
      pending.push(...Object.values(record));
    }
    assert.ok(objects.length > eventTypes.length, "expected an object schema per event type and more");
    for (const object of objects) assert.equal(object.additionalProperties, false);
  });
});

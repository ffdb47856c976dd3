import { fileURLToPath } from "node:url";
import { z } from "zod";
import { batchSchema } from "./batch.ts";

/**
 * The JSON Schema (draft 2020-12) of a batch, generated from the zod schemas
 * so that the two cannot say different things. Event types and shared objects
 * are named in `$defs`.
 */
export function batchJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(batchSchema, { target: "draft-2020-12" });
}

/** Where the generated schema is committed, for clients that do not run TypeScript. */
export const batchJsonSchemaFile = fileURLToPath(new URL("../schema/batch.v1.schema.json", import.meta.url));

export function batchJsonSchemaText(): string {
  return `${JSON.stringify(batchJsonSchema(), null, 2)}\n`;
}

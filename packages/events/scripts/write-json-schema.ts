// Writes schema/batch.v1.schema.json from the zod schemas, formatted the way
// the repository's Biome check expects:
//   node --import tsx packages/events/scripts/write-json-schema.ts
// json-schema.test.ts fails while the committed file says something else.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { batchJsonSchemaFile, batchJsonSchemaText } from "../src/json-schema.ts";

const repositoryRoot = fileURLToPath(new URL("../../../", import.meta.url));

writeFileSync(batchJsonSchemaFile, batchJsonSchemaText());
execFileSync("npx", ["--no-install", "biome", "format", "--write", batchJsonSchemaFile], {
  cwd: repositoryRoot,
  stdio: "inherit",
});
console.log(`wrote ${batchJsonSchemaFile}`);

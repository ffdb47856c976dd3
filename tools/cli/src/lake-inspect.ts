import { readFile } from "node:fs/promises";
import { inspectLakeFile } from "@cordon/lake";
import { Command } from "commander";

/**
 * `cordon lake inspect <file>`: a lake Parquet file's schema, row count,
 * which columns are encrypted under which category, its subjects and the
 * keys its footer names. Reads a local file; decrypts nothing, needs no key.
 */
export function buildLakeCommand(io: { print(result: unknown): void }): Command {
  const lake = new Command("lake").description("the encrypted Parquet lake");
  lake
    .command("inspect")
    .description("show a lake file's schema, row count and which columns are encrypted under which category")
    .argument("<file>", "path of a lake .parquet file (e.g. downloaded from the lake bucket)")
    .action(async (file: string) => {
      io.print(await inspectLakeFile(await readFile(file)));
    });
  return lake;
}

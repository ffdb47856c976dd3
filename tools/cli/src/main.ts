import { CliError } from "./cli-error.ts";
import { buildCordonProgram } from "./program.ts";
import { loadCliSettings } from "./settings.ts";

const program = buildCordonProgram({
  settings: loadCliSettings(),
  print: (result) => process.stdout.write(`${JSON.stringify(result, null, 2)}\n`),
  write: (text) => process.stdout.write(text),
});

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (!(error instanceof CliError)) throw error;
  const details = error.details !== null && typeof error.details === "object" ? error.details : {};
  process.stderr.write(
    `${JSON.stringify({ error: { code: error.code, message: error.message, ...details } })}\n`,
  );
  process.exitCode = 1;
}

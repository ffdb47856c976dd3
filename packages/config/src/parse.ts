import type { z } from "zod";

export interface ConfigProblem {
  variable: string;
  reason: string;
}

/** A bad environment: names every variable that is wrong, never echoes values (they may be secrets). */
export class ConfigError extends Error {
  readonly problems: ConfigProblem[];

  constructor(problems: ConfigProblem[]) {
    super(`invalid configuration: ${problems.map((p) => `${p.variable}: ${p.reason}`).join("; ")}`);
    this.name = "ConfigError";
    this.problems = problems;
  }
}

/** Parses an environment with a zod object schema whose keys are variable names. */
export function parseConfig<S extends z.ZodType>(
  schema: S,
  env: Record<string, string | undefined> = process.env,
): z.output<S> {
  // Empty strings count as unset, the way shells and env files usually mean them.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  const result = schema.safeParse(cleaned);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => ({
    variable: issue.path.map(String).join(".") || "(environment)",
    reason: issue.message,
  }));
  throw new ConfigError(problems);
}

/**
 * For a service's entry file: parse once at start; on a bad environment print
 * which variables are wrong and stop the process (exit code 78, EX_CONFIG).
 */
export function loadConfig<S extends z.ZodType>(
  schema: S,
  env: Record<string, string | undefined> = process.env,
  exit: (code: number) => never = process.exit,
): z.output<S> {
  try {
    return parseConfig(schema, env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const problem of error.problems) {
      process.stderr.write(`config: ${problem.variable}: ${problem.reason}\n`);
    }
    return exit(78);
  }
}

export { type IsolatedDatabase, scratchDatabase } from "./scratch-database.ts";
export { readEnvFile, stackEnv, stackStateDir } from "./stack-env.ts";
export { testId } from "./test-id.ts";

export { type IsolatedDatabase, isolatedDatabase } from "./database.ts";
export { readEnvFile, stackEnv, stackStateDir } from "./stack-env.ts";
export { testId } from "./test-id.ts";

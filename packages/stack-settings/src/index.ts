export { type IsolatedDatabase, scratchDatabase } from "./scratch-database.ts";
export { type ServiceLogin, serviceLogins } from "./service-logins.ts";
export { readEnvFile, stackEnv, stackStateDir } from "./stack-env.ts";
export { testId } from "./test-id.ts";

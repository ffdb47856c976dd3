export { readEnvFile, type ServiceLogin, serviceLogins, stackEnv, testId } from "@cordon/stack-settings";
export { type AdminQueryable, type EnrolledCollector, enrolTestCollector } from "./collectors.ts";
export { type IsolatedDatabase, isolatedDatabase } from "./database.ts";
export { stackKeyService, stackObjectStore, stackObjectStoreOptions } from "./stack-clients.ts";

export {
  readEnvFile,
  type ServiceLogin,
  serviceLogins,
  stackEnv,
  stackStateDir,
  testId,
} from "@cordon/stack-settings";
export {
  type AdminQueryable,
  type EnrolledCollector,
  enrolTestCollector,
  stackCollectorSecretPepper,
} from "./collectors.ts";
export { type IsolatedDatabase, isolatedDatabase } from "./database.ts";
export {
  assertNoServerErrors,
  type OpenApiDocument,
  oddInputSeed,
  oddJsonValue,
  type RouteEntry,
  type RouteShape,
  routeInventory,
  shapesFromOpenApi,
} from "./odd-input.ts";
export { stackKeyService, stackObjectStore, stackObjectStoreOptions } from "./stack-clients.ts";

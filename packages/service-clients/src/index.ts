export { kafkaEventLogFrom, kmsKeyServiceFrom, openMigratedPool, s3ObjectStoreFrom } from "./clients.ts";

export { kafkaEventLogFrom, kmsKeyServiceFrom, openServicePool, s3ObjectStoreFrom } from "./clients.ts";

export { ConfigError, loadConfig, parseConfig } from "./parse.ts";
export { awsEnv, databaseEnv, kafkaEnv, kmsEnv, s3Env, serviceEnv } from "./schemas.ts";

export { ConfigError, loadConfig, parseConfig } from "./parse.ts";
export {
  awsEnv,
  controlDatabaseEnv,
  gatewayDatabaseEnv,
  kafkaEnv,
  kmsEnv,
  pipelineDatabaseEnv,
  s3Env,
  serviceEnv,
} from "./schemas.ts";

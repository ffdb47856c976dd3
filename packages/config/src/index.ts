export { ConfigError, loadConfig, parseConfig } from "./parse.ts";
export {
  awsEnv,
  controlDatabaseEnv,
  gatewayDatabaseEnv,
  type KafkaSettings,
  type KmsSettings,
  kafkaEnv,
  kmsEnv,
  pipelineDatabaseEnv,
  type S3Settings,
  s3Env,
  serviceEnv,
} from "./schemas.ts";

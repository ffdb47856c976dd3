export { ConfigError, loadConfig, parseConfig } from "./parse.ts";
export {
  awsEnv,
  type DatabaseSettings,
  databaseEnv,
  type KafkaSettings,
  type KmsSettings,
  kafkaEnv,
  kmsEnv,
  type S3Settings,
  s3Env,
  serviceEnv,
} from "./schemas.ts";

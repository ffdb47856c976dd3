export { ConfigError, loadConfig, parseConfig } from "./parse.ts";
export {
  awsEnv,
  collectorExclusionsEnv,
  collectorSecretPepperEnv,
  controlDatabaseEnv,
  exporterDatabaseEnv,
  gatewayDatabaseEnv,
  type KafkaSettings,
  type KmsSettings,
  kafkaEnv,
  kmsEnv,
  lifecycleDatabaseEnv,
  pipelineDatabaseEnv,
  type S3Settings,
  s3Env,
  serviceEnv,
} from "./schemas.ts";

import type { DatabaseSettings, KafkaSettings, KmsSettings, S3Settings } from "@cordon/config";
import { createPool, migrateDatabase, type Pool } from "@cordon/db";
import { createKafkaEventLog, type EventLog, forwardKafkaLogs } from "@cordon/event-log";
import { createKmsKeyService, type KeyService, type KmsOperation } from "@cordon/key-service";
import { createS3ObjectStore, type ObjectStore } from "@cordon/object-store";
import type { Logger } from "@cordon/observability";

/**
 * Brings the schema up to date with the migrating identity, then opens a pool
 * as the application role. Every service starts this way, so a service that
 * starts first on a fresh database migrates it and the others wait on the
 * migration lock.
 */
export async function openMigratedPool(
  settings: DatabaseSettings,
  options: { applicationName: string; max?: number; logger: Logger },
): Promise<Pool> {
  const applied = await migrateDatabase(settings.DATABASE_URL, {
    log: (message) => options.logger.debug({ migration: message }, "migrate"),
  });
  options.logger.info({ applied }, "migrations up to date");
  return createPool(settings.DATABASE_APP_URL, {
    applicationName: options.applicationName,
    ...(options.max === undefined ? {} : { max: options.max }),
  });
}

/** The Kafka event log, with kafkajs's log lines going to the service's logger. */
export function kafkaEventLogFrom(settings: KafkaSettings, logger: Logger): EventLog {
  return createKafkaEventLog({
    brokers: settings.KAFKA_BROKERS,
    clientId: settings.KAFKA_CLIENT_ID,
    logger: forwardKafkaLogs(logger),
  });
}

/** The KMS key service; `onKmsCall` lets the service count calls in its metrics. */
export function kmsKeyServiceFrom(
  settings: KmsSettings,
  options: { onKmsCall?: (operation: KmsOperation) => void } = {},
): KeyService {
  return createKmsKeyService({
    region: settings.AWS_REGION,
    aliasPrefix: settings.KMS_ALIAS_PREFIX,
    ...(settings.KMS_ENDPOINT === undefined ? {} : { endpoint: settings.KMS_ENDPOINT }),
    ...(options.onKmsCall === undefined ? {} : { onKmsCall: options.onKmsCall }),
  });
}

/** The S3 object store of the lake bucket. */
export function s3ObjectStoreFrom(settings: S3Settings): ObjectStore {
  return createS3ObjectStore({
    region: settings.AWS_REGION,
    bucket: settings.S3_BUCKET,
    forcePathStyle: settings.S3_FORCE_PATH_STYLE,
    ...(settings.S3_ENDPOINT === undefined ? {} : { endpoint: settings.S3_ENDPOINT }),
  });
}

import type { KafkaSettings, KmsSettings, S3Settings } from "@cordon/config";
import { assertSchemaCurrent, createPool, type Pool } from "@cordon/db";
import { createKafkaEventLog, type EventLog, forwardKafkaLogs } from "@cordon/event-log";
import { createKmsKeyService, type KeyService, type KmsOperation } from "@cordon/key-service";
import { createS3ObjectStore, type ObjectStore } from "@cordon/object-store";
import type { Logger } from "@cordon/observability";

/**
 * Opens a pool as the service's own login and checks that every migration
 * this code was built with has run. Services never migrate (their logins
 * cannot): `npm run migrate` does, with the migrating identity, as a step of
 * its own; a service started on a schema behind it refuses to start.
 */
export async function openServicePool(
  databaseUrl: string,
  options: { applicationName: string; max?: number; logger: Logger },
): Promise<Pool> {
  const pool = createPool(databaseUrl, {
    applicationName: options.applicationName,
    onIdleClientError: (error) =>
      options.logger.warn({ err: error }, "an idle database connection broke; dropped"),
    ...(options.max === undefined ? {} : { max: options.max }),
  });
  try {
    await assertSchemaCurrent(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  options.logger.info("database schema is current");
  return pool;
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

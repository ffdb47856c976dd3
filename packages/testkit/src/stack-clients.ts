import { createKmsKeyService, type KeyService, type KmsKeyServiceOptions } from "@cordon/key-service";
import { createS3ObjectStore, type ObjectStore, type S3ObjectStoreOptions } from "@cordon/object-store";
import { stackEnv } from "@cordon/stack-settings";

function requiredSetting(name: string): string {
  const value = stackEnv()[name];
  if (value === undefined) throw new Error(`${name} missing from the stack settings; run npm run stack:up`);
  return value;
}

/** The settings of the stack's S3 server and its lake bucket, with the generated key pair. */
export function stackObjectStoreOptions(): S3ObjectStoreOptions {
  return {
    endpoint: requiredSetting("S3_ENDPOINT"),
    region: requiredSetting("AWS_REGION"),
    bucket: requiredSetting("S3_BUCKET"),
    forcePathStyle: requiredSetting("S3_FORCE_PATH_STYLE") === "true",
    credentials: {
      accessKeyId: requiredSetting("AWS_ACCESS_KEY_ID"),
      secretAccessKey: requiredSetting("AWS_SECRET_ACCESS_KEY"),
    },
  };
}

/** An object store on the stack's S3 server. Tests keep apart by key prefix (`testId`). */
export function stackObjectStore(): ObjectStore {
  return createS3ObjectStore(stackObjectStoreOptions());
}

/** A key service on the stack's KMS emulator; `onKmsCall` lets a test count calls. */
export function stackKeyService(options: Pick<KmsKeyServiceOptions, "onKmsCall"> = {}): KeyService {
  return createKmsKeyService({
    endpoint: requiredSetting("KMS_ENDPOINT"),
    region: requiredSetting("AWS_REGION"),
    aliasPrefix: requiredSetting("KMS_ALIAS_PREFIX"),
    ...options,
  });
}

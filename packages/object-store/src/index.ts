export {
  type ObjectInfo,
  type ObjectStore,
  ObjectStoreError,
  type ObjectStoreErrorCode,
  type PutObjectOptions,
} from "./object-store.ts";
export { createS3ObjectStore, type S3ObjectStoreOptions } from "./s3-object-store.ts";

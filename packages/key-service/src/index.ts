export { isKeyCategory, type KeyCategory, keyCategories } from "@cordon/sensitivity";
export { auditSigningKeyName, type KeyName, keyAlias } from "./key-alias.ts";
export {
  type AuditPublicKey,
  type DataKey,
  type EncryptionContext,
  type KeyService,
  KeyServiceError,
  type KeyServiceErrorCode,
  type RewrappedDataKey,
  type UnwrapOptions,
} from "./key-service.ts";
export {
  classifyKmsError,
  createKmsKeyService,
  type KmsKeyServiceOptions,
  type KmsOperation,
} from "./kms-key-service.ts";

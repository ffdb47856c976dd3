export {
  auditSigningKeyName,
  isKeyCategory,
  type KeyCategory,
  type KeyName,
  keyAlias,
  keyCategories,
} from "./categories.ts";
export {
  type AuditPublicKey,
  type DataKey,
  type EncryptionContext,
  type KeyService,
  KeyServiceError,
  type KeyServiceErrorCode,
} from "./key-service.ts";
export {
  classifyKmsError,
  createKmsKeyService,
  type KmsKeyServiceOptions,
  type KmsOperation,
} from "./kms-key-service.ts";

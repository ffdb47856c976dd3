export {
  fieldCategories as lakeCategories,
  isSensitivityCategory as isLakeCategory,
  isTier,
  type SensitivityCategory as LakeCategory,
  type Tier,
  tiers,
} from "@cordon/sensitivity";
export { insertLakeFileCatalog } from "./catalog.ts";
export { CellAuthenticationError } from "./cell-cipher.ts";
export {
  type CompactLakeFileOptions,
  type CompactLakeFileResult,
  compactLakeFile,
  LakeCompactionError,
} from "./compact.ts";
export { findCompactedLakeFile, LakeFileCompactedError, readCatalogedLakeObject } from "./compacted.ts";
export { type LakeFilePlace, type LakeFileSource, lakeFileGeneration, lakeFileKey } from "./file-key.ts";
export { type FooterKey, type LakeFooter, LakeFooterError, type LakeSlice } from "./footer.ts";
export { inspectLakeFile, type LakeFileInspection } from "./inspect.ts";
export { isKeyPeriod, type KeyPeriod, keyPeriodEnd, keyPeriodOf, legacyKeyPeriod } from "./key-period.ts";
export { footerKmsKeySource, keyringKeySource, type LakeKeySource, type OpenedKey } from "./key-sources.ts";
export {
  createSubjectKeyring,
  destroySubjectKeys,
  type KeyDestroyer,
  type SubjectDataKey,
  type SubjectKeyName,
  type SubjectKeyring,
  type SubjectKeyringOptions,
  SubjectKeysDestroyedError,
  subjectKeyContext,
} from "./keyring.ts";
export {
  categoryColumn,
  isTextField,
  lakeDataset,
  lakeSchemaVersion,
  type PlainColumn,
  plainColumns,
  refColumn,
  type TextField,
  textFieldNames,
  textFields,
} from "./layout.ts";
export {
  createSubjectPseudonymizer,
  loadSubjectPseudonymKey,
  type SubjectPseudonymizer,
} from "./pseudonym.ts";
export {
  type LakeReadResult,
  type LakeReadRow,
  type ReadLakeFileOptions,
  readLakeFile,
  readLakeObject,
  type UnreadableCell,
  type UnreadableReason,
} from "./read.ts";
export { storeLakeFile } from "./store.ts";
export {
  type LakeFile,
  type LakeRow,
  type Redaction,
  type SensitiveText,
  type WriteLakeFileOptions,
  writeLakeFile,
} from "./write.ts";

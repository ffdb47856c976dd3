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
  footerKmsKeySource,
  inspectLakeFile,
  keyringKeySource,
  type LakeFileInspection,
  type LakeKeySource,
  type LakeReadResult,
  type LakeReadRow,
  type OpenedKey,
  type ReadLakeFileOptions,
  readLakeFile,
  readLakeObject,
  type UnreadableCell,
  type UnreadableReason,
} from "./read.ts";
export {
  isLakeCategory,
  isTier,
  type LakeCategory,
  lakeCategories,
  type Tier,
  tiers,
} from "./sensitivity.ts";
export { storeLakeFile } from "./store.ts";
export {
  type LakeFile,
  type LakeRow,
  type Redaction,
  type SensitiveText,
  type WriteLakeFileOptions,
  writeLakeFile,
} from "./write.ts";

export {
  type ExportKeyUse,
  exportKeyContext,
  exportPseudonymizer,
  generateExportKey,
  unwrapExportKey,
} from "./export-keys.ts";
export { openExportFileStream, SealedFileError, sealExportFile } from "./sealed-file.ts";

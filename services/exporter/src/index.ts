export { type ExporterConfig, exporterConfigSchema } from "./config.ts";
export { expireExport } from "./expire-export.ts";
export { createExporter, type Exporter, type ExporterOptions } from "./exporter.ts";
export { type ExportRunDeps, type RunOutcome, runExport } from "./run-export.ts";

export {
  createSubjectPseudonymizer,
  loadSubjectPseudonymKey,
  type SubjectPseudonymizer,
} from "@cordon/lake";
export { createPipelineApp, type PipelineApp, type PipelineAppOptions } from "./app.ts";
export { createLakeCatalog, type LakeCatalog, type PartitionCommit } from "./catalog.ts";
export { type PipelineConfig, pipelineConfigSchema } from "./config.ts";
export { type BatchRows, lakeRowsOf, SchemaDriftError } from "./lake-rows.ts";
export { createPipelineMetrics, type PipelineMetrics } from "./metrics.ts";
export { listenForMetrics } from "./metrics-server.ts";
export {
  type CrashPoint,
  crashPoints,
  createPipeline,
  type Pipeline,
  type PoisonReason,
} from "./pipeline.ts";

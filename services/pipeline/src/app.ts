import { createClassifier } from "@cordon/classifier";
import type { Pool } from "@cordon/db";
import type { EventLog } from "@cordon/event-log";
import { ExclusionMatcher, loadCollectorExclusions } from "@cordon/events";
import type { KeyService } from "@cordon/key-service";
import {
  createSubjectKeyring,
  createSubjectPseudonymizer,
  loadSubjectPseudonymKey,
  type SubjectKeyring,
} from "@cordon/lake";
import type { ObjectStore } from "@cordon/object-store";
import type { Logger } from "@cordon/observability";
import { createLakeCatalog } from "./catalog.ts";
import { classifierOrganisation, type PipelineConfig } from "./config.ts";
import type { PipelineMetrics } from "./metrics.ts";
import { type CrashPoint, createPipeline, type Pipeline } from "./pipeline.ts";
import { createTransitKeyUnwrapper } from "./transit-keys.ts";

export interface PipelineAppOptions {
  config: PipelineConfig;
  logger: Logger;
  /** The application role's pool (no BYPASSRLS); the catalog and keyring act as role `pipeline`. */
  pool: Pool;
  eventLog: EventLog;
  store: ObjectStore;
  keyService: KeyService;
  metrics: PipelineMetrics;
  crashPoint?: (point: CrashPoint) => void;
}

export interface PipelineApp extends Pipeline {
  keyring: SubjectKeyring;
}

/** Wires the consumer from its dependencies; main.ts and the tests both build it here. */
export async function createPipelineApp(options: PipelineAppOptions): Promise<PipelineApp> {
  const { config } = options;
  await options.eventLog.ensureTopics([{ topic: config.DEAD_LETTER_TOPIC, partitions: 1 }]);
  const keyring = createSubjectKeyring({ pool: options.pool, keys: options.keyService, role: "pipeline" });
  const pipeline = createPipeline({
    config,
    logger: options.logger,
    eventLog: options.eventLog,
    store: options.store,
    catalog: createLakeCatalog(options.pool),
    keyring,
    unwrapTransitKey: createTransitKeyUnwrapper(options.keyService, {
      maxEntries: config.TRANSIT_KEY_CACHE_ENTRIES,
    }),
    classifier: createClassifier({ organisation: classifierOrganisation(config) }),
    // The gateway's list, checked again: a collector that ignores it, or a batch
    // sealed by anything but this gateway, cannot store an excluded app's events.
    exclusions: new ExclusionMatcher(
      loadCollectorExclusions({ json: config.COLLECTOR_EXCLUSIONS, file: config.COLLECTOR_EXCLUSIONS_FILE }),
    ),
    pseudonymize: createSubjectPseudonymizer(loadSubjectPseudonymKey(config.SUBJECT_PSEUDONYM_KEY_FILE)),
    metrics: options.metrics,
    ...(options.crashPoint === undefined ? {} : { crashPoint: options.crashPoint }),
  });
  return Object.assign(pipeline, { keyring });
}

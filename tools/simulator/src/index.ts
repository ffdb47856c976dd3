export { type AppKind, appCatalogue, type CatalogueApp } from "./catalogue.ts";
export {
  type CollectorCredentials,
  enrolSimulatedCollectors,
  readCredentialsFile,
} from "./enrolment.ts";
export {
  ibanWithCheckDigits,
  isIbanValid,
  isLuhnValid,
  type PlantKind,
  plantKinds,
  withLuhnCheckDigit,
} from "./planted.ts";
export { type PlantedItem, recordingSession, type SessionOptions, type TimedEvent } from "./session.ts";
export { type EmployeeTotals, type SimulateOptions, type SimulationResult, simulate } from "./simulate.ts";

export {
  categoryTiers,
  higherTier,
  mostSensitiveCategory,
  type SensitivityCategory,
  sensitivityCategories,
  type Tier,
  tierOf,
  tiers,
} from "@cordon/sensitivity";
export {
  type Classifier,
  type ClassifierOptions,
  classifyEvent,
  createClassifier,
  type EventClassification,
  type EventContext,
  type FieldClassification,
  type FreeTextField,
  type TypedTextClassifications,
} from "./classifier.ts";
export { type DetectorName, reportThreshold, type Span } from "./span.ts";
export { describeSurface, type Surface, type SurfaceInput, type SurfaceKind } from "./surface.ts";
export {
  createTypedTextReconstructor,
  reconstructTypedText,
  type TypedSegment,
  type TypedTextOptions,
  type TypedTextReconstructor,
} from "./typed-text.ts";

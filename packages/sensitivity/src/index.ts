export {
  fieldCategories,
  isKeyCategory,
  isSensitivityCategory,
  type KeyCategory,
  keyCategories,
  type SensitivityCategory,
} from "./categories.ts";
export {
  categoryTiers,
  higherTier,
  isTier,
  mostSensitiveCategory,
  sensitivityCategories,
  sortCategories,
  type Tier,
  tierOf,
  tiers,
} from "./tiers.ts";

export {
  type CollectorSecretPepper,
  collectorSecretPepperFromText,
  generateCollectorSecret,
  generateCollectorSecretPepper,
  hashCollectorSecret,
  loadCollectorSecretPepper,
  verifyCollectorSecret,
} from "./secret.ts";

export {
  type OpenedBatch,
  openBatch,
  peekBatchIds,
  sealBatch,
  type TransitAad,
  type TransitDataKey,
  TransitEnvelopeError,
  transitEncryptionContext,
  type UnwrapTransitKey,
} from "./envelope.ts";
export {
  compressRawBatch,
  decodeRawBatch,
  encodeRawBatch,
  encodeRawBatchAround,
  inflateRawBatch,
  parseRawBatch,
  type RawBatch,
  type RawBatchCompression,
  type RawBatchHeader,
  rawBatchCompressions,
  rawBatchHeaders,
  rawBatchSchema,
  transitEnvelopeName,
} from "./raw-batch.ts";
export { TransitKeyCache, type TransitKeyCacheOptions } from "./transit-key-cache.ts";

import type { KeyService } from "@cordon/key-service";
import type { UnwrapTransitKey } from "@cordon/transit";

/**
 * Unwrapped transit data keys by their wrapped bytes. The gateway seals many
 * batches with one data key, so KMS is asked once per key, not per record.
 * Bounded by entry count (oldest first); concurrent asks for one key share a call.
 */
export function createTransitKeyUnwrapper(
  keys: Pick<KeyService, "unwrapDataKey">,
  options: { maxEntries: number },
): UnwrapTransitKey {
  const unwrapped = new Map<string, Promise<Buffer>>();
  return (wrapped, context) => {
    const id = wrapped.toString("base64");
    const cached = unwrapped.get(id);
    if (cached !== undefined) return cached;
    const pending = keys.unwrapDataKey("transit", wrapped, context);
    // A refusal is not cached: the record goes to the dead-letter topic and a later one may succeed.
    pending.catch(() => unwrapped.delete(id));
    if (unwrapped.size >= options.maxEntries) {
      const oldest = unwrapped.keys().next().value;
      if (oldest !== undefined) unwrapped.delete(oldest);
    }
    unwrapped.set(id, pending);
    return pending;
  };
}

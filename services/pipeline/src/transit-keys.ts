import { type KeyService, KeyServiceError } from "@cordon/key-service";
import type { UnwrapTransitKey } from "@cordon/transit";

/**
 * KMS failed on one wrapped transit key again and again without refusing it
 * (no answer, an internal error) while it unwrapped other keys: the key is at
 * fault, not KMS, so its record is poison rather than retried for ever.
 */
export class TransitKeyUnansweredError extends Error {
  constructor(failures: number, options?: { cause?: unknown }) {
    super(`KMS failed ${failures} times on this wrapped transit key while it answered others`, options);
    this.name = "TransitKeyUnansweredError";
  }
}

type TransitKeys = Pick<KeyService, "unwrapDataKey" | "isReachable">;

/**
 * Unwrapped transit data keys by their wrapped bytes. The gateway seals many
 * batches with one data key, so KMS is asked once per key, not per record.
 * Bounded by entry count (oldest first); concurrent asks for one key share a call.
 *
 * A failure that is not KMS's refusal is thrown, so the batch is retried (KMS
 * may be down). But a hostile producer can send a wrapped key that KMS fails
 * on every time: the local emulator, for one, drops the connection on a blob
 * whose leading length byte runs past its end. So each such failure is
 * checked against another key: when KMS unwraps the last key it unwrapped
 * (or, before any, answers at all), the failure counts against this key, and
 * after `maxFailures` of them the unwrap throws `TransitKeyUnansweredError`.
 */
export function createTransitKeyUnwrapper(
  keys: TransitKeys,
  options: { maxEntries: number; maxFailures?: number },
): UnwrapTransitKey {
  const maxFailures = options.maxFailures ?? 3;
  const unwrapped = new Map<string, Promise<Buffer>>();
  const failures = new Map<string, number>();
  let lastUnwrapped: { wrapped: Buffer; context: Readonly<Record<string, string>> } | undefined;

  /** Whether KMS works for keys other than `failed`. */
  const answersOthers = async (failed: Buffer): Promise<boolean> => {
    const other = lastUnwrapped;
    if (other === undefined || other.wrapped.equals(failed)) return keys.isReachable();
    try {
      await keys.unwrapDataKey("transit", other.wrapped, other.context);
      return true;
    } catch {
      return false;
    }
  };

  const unwrap = async (id: string, wrapped: Buffer, context: Readonly<Record<string, string>>) => {
    try {
      const plaintext = await keys.unwrapDataKey("transit", wrapped, context);
      failures.delete(id);
      lastUnwrapped = { wrapped, context };
      return plaintext;
    } catch (error) {
      if (error instanceof KeyServiceError || isThrottling(error)) throw error;
      if (!(await answersOthers(wrapped))) throw error;
      const count = (failures.get(id) ?? 0) + 1;
      failures.delete(id);
      if (count >= maxFailures) throw new TransitKeyUnansweredError(count, { cause: error });
      remember(failures, id, count, options.maxEntries);
      throw error;
    }
  };

  return (wrapped, context) => {
    const id = wrapped.toString("base64");
    const cached = unwrapped.get(id);
    if (cached !== undefined) return cached;
    const pending = unwrap(id, wrapped, context);
    // A failure is not cached: the record is dead-lettered or retried, and a later one may succeed.
    pending.catch(() => unwrapped.delete(id));
    remember(unwrapped, id, pending, options.maxEntries);
    return pending;
  };
}

/** Sets `key` last in insertion order, dropping the oldest entry when the map is full. */
function remember<Value>(map: Map<string, Value>, key: string, value: Value, maxEntries: number): void {
  if (map.size >= maxEntries) {
    const oldest = map.keys().next().value;
    if (oldest !== undefined) map.delete(oldest);
  }
  map.set(key, value);
}

/** KMS asking to slow down says nothing about the key. */
function isThrottling(error: unknown): boolean {
  return error instanceof Error && error.name === "ThrottlingException";
}

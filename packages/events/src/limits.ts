/**
 * Deployment limits on one batch. Strings are measured in UTF-16 code units
 * (JavaScript `length`) and object keys count as strings. Depth counts objects
 * and arrays: the batch is depth 1, `events` 2, an event 3, its `app` or
 * `modifiers` 4 — so a valid v1 batch needs `maxDepth` of at least 4.
 */
export interface BatchLimits {
  maxEvents: number;
  maxStringLength: number;
  maxDepth: number;
}

export type LimitBreach = "string_too_long" | "nesting_too_deep";

/**
 * Walks a parsed JSON value once, before any schema sees it, and stops at the
 * first string or nesting past the limits. It keeps its own stack instead of
 * recursing, so a value nested a million deep is refused without exhausting
 * the call stack, and it never descends below `maxDepth`, so a cycle (only
 * possible in a value that did not come from JSON) ends too.
 */
export function findLimitBreach(value: unknown, limits: BatchLimits): LimitBreach | undefined {
  const pending: unknown[] = [value];
  const depths: number[] = [0];
  while (pending.length > 0) {
    const current = pending.pop();
    const parentDepth = depths.pop() ?? 0;
    if (typeof current === "string") {
      if (current.length > limits.maxStringLength) return "string_too_long";
      continue;
    }
    if (typeof current !== "object" || current === null) continue;
    const depth = parentDepth + 1;
    if (depth > limits.maxDepth) return "nesting_too_deep";
    if (Array.isArray(current)) {
      for (const item of current) {
        pending.push(item);
        depths.push(depth);
      }
      continue;
    }
    for (const [key, item] of Object.entries(current)) {
      if (key.length > limits.maxStringLength) return "string_too_long";
      pending.push(item);
      depths.push(depth);
    }
  }
  return undefined;
}

import type { z } from "zod";

/**
 * Why one event of a batch was refused. `excluded_source`: the event is valid
 * but comes from an app or site on the exclusion list, so it was dropped.
 */
export type EventRejectionCode =
  | "unknown_type"
  | "unknown_field"
  | "invalid_field"
  | "missing_field"
  | "excluded_source";

export interface FieldProblems {
  code: EventRejectionCode;
  reason: string;
}

// A reason is for the collector's developer; five problems say enough, and a
// hostile event with thousands of unknown keys must not make the answer huge.
const maxProblemsNamed = 5;

// When one event has several problems, the code names the one a collector
// developer most needs to see: a field the model does not know means the
// collector speaks another version of the model.
const codePriority: EventRejectionCode[] = ["unknown_field", "missing_field", "invalid_field"];

/**
 * Turns zod issues into a code and a reason that name fields and say what was
 * expected, built from the issue's kind and path only. Zod's own messages are
 * not used, so that no wording of a future zod version can carry a value (which
 * may be personal data) into a response or a log.
 */
export function describeFieldProblems(issues: readonly z.core.$ZodIssue[], input: unknown): FieldProblems {
  const problems: { code: EventRejectionCode; text: string }[] = [];
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        problems.push({ code: "unknown_field", text: `unknown field ${fieldPath([...issue.path, key])}` });
      }
    } else if (issue.code === "invalid_type" && !hasPath(input, issue.path)) {
      problems.push({ code: "missing_field", text: `missing field ${fieldPath(issue.path)}` });
    } else {
      problems.push({
        code: "invalid_field",
        text: `invalid field ${fieldPath(issue.path)}: ${expectation(issue)}`,
      });
    }
  }
  const code =
    codePriority.find((candidate) => problems.some((p) => p.code === candidate)) ?? "invalid_field";
  const named = problems.slice(0, maxProblemsNamed).map((p) => p.text);
  const more = problems.length - named.length;
  return { code, reason: named.join("; ") + (more > 0 ? `; and ${more} more` : "") };
}

/** `["app", "name"]` → `app.name`, `["modifiers", 0]` → `modifiers[0]`; the empty path is the object itself. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else text += text === "" ? String(segment) : `.${String(segment)}`;
  }
  return text === "" ? "(root)" : text;
}

function expectation(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return `expected ${issue.expected}`;
    case "invalid_format":
      return `expected ${issue.format === "regex" ? "a value of the documented form" : `a ${issue.format}`}`;
    case "invalid_value":
      return "not one of the allowed values";
    case "too_small":
      return `below the minimum ${measure(issue.origin)} of ${issue.minimum}`;
    case "too_big":
      return `above the maximum ${measure(issue.origin)} of ${issue.maximum}`;
    default:
      return "not valid";
  }
}

function measure(origin: string): string {
  if (origin === "string") return "length";
  if (origin === "array") return "number of items";
  return "value";
}

function hasPath(input: unknown, path: readonly PropertyKey[]): boolean {
  let current: unknown = input;
  for (const segment of path) {
    if (typeof current !== "object" || current === null || !Object.hasOwn(current, segment)) return false;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return true;
}

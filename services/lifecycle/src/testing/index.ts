export { type LifecycleTestStack, lifecycleTestStack } from "./lifecycle-stack.ts";
export { subjectRows } from "./rows.ts";

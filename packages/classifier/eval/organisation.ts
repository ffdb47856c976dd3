import type { ClassifierOptions } from "../src/index.ts";

/**
 * The organisation the evaluation corpus comes from: offices in the US, the
 * UK, Germany, France and Spain. The corpus writes phone numbers and
 * addresses of those regions in their national formats.
 */
export const organisation: ClassifierOptions = { defaultCountry: "US" };

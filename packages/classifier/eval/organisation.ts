import type { ClassifierOptions } from "../src/index.ts";
import { parseOrganisationProfile } from "../src/index.ts";

/**
 * The organisation the evaluation corpus comes from: offices in the US, the
 * UK, Germany, France and Spain, chatting in Slack, Teams, Google Chat and
 * Mattermost. The corpus writes phone numbers and addresses of those regions
 * in their national formats.
 */
const parsed = parseOrganisationProfile({
  regions: ["US", "GB", "DE", "FR", "ES"],
  apps: { workChat: ["Slack", "Microsoft Teams", "Google Chat", "Mattermost"] },
});
if (!parsed.ok)
  throw new Error(`the evaluation's organisation profile is invalid: ${parsed.problems.join("; ")}`);

export const organisation: ClassifierOptions = { organisation: parsed.profile };

import { readFile } from "node:fs/promises";
import { type CliSettings, callControlApi, loadCliSettings } from "@cordon/cli";

/** What one simulated employee's collector signs in with. */
export interface CollectorCredentials {
  clientId: string;
  clientSecret: string;
  subjectId?: string;
}

/** Reads `[{ "clientId", "clientSecret" }, …]` (extra fields such as subjectId are kept). */
export async function readCredentialsFile(path: string): Promise<CollectorCredentials[]> {
  const parsed: unknown = JSON.parse(await readFile(path, "utf8"));
  if (!Array.isArray(parsed)) throw new Error(`${path}: expected an array of { clientId, clientSecret }`);
  return parsed.map((entry: unknown, index) => {
    const { clientId, clientSecret, subjectId } = (entry ?? {}) as Record<string, unknown>;
    if (typeof clientId !== "string" || typeof clientSecret !== "string") {
      throw new Error(`${path}: entry ${index} needs string clientId and clientSecret`);
    }
    return { clientId, clientSecret, ...(typeof subjectId === "string" ? { subjectId } : {}) };
  });
}

/**
 * Enrols one collector per simulated employee through the control API, as the
 * `cordon` CLI does: with CORDON_TOKEN when set, otherwise with a short-lived
 * admin token minted with the local stack's development key.
 */
export async function enrolSimulatedCollectors(
  subjectIds: readonly string[],
  settings: CliSettings = loadCliSettings(),
): Promise<CollectorCredentials[]> {
  const enrolled: CollectorCredentials[] = [];
  for (const subjectId of subjectIds) {
    const answer = (await callControlApi(settings, {
      method: "POST",
      path: "/v1/collectors",
      body: { subjectId, label: `simulator ${subjectId}` },
    })) as { collectorId: string; clientSecret: string };
    enrolled.push({ clientId: answer.collectorId, clientSecret: answer.clientSecret, subjectId });
  }
  return enrolled;
}

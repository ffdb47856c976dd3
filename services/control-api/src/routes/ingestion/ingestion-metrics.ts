import { z } from "zod";
import { humanTokenSecurity, type RouteApp } from "../../route-deps.ts";

/** Where the gateway's and the pipeline's Prometheus endpoints are; either may be left out. */
export interface IngestionMetricsSources {
  gatewayUrl?: string;
  pipelineUrl?: string;
}

const scrapeTimeoutMs = 2_000;

const sample = z.number().nullable().describe("null when the service's metrics could not be read");

const ingestionMetrics = z.object({
  sampledAt: z.iso.datetime(),
  eventsAcceptedTotal: sample.describe("events the gateway accepted since it started (counter)"),
  eventsWrittenTotal: sample.describe("events the pipeline wrote to the lake since it started (counter)"),
  consumerLagRecords: sample.describe("records in Kafka the pipeline has not consumed yet, over partitions"),
});

/**
 * The sum of every sample of one metric in Prometheus text format. Only the
 * three series above are read, each a plain counter or gauge, so a line match
 * is enough; a general exposition-format parser would be more than this needs.
 */
export function sumOfMetric(exposition: string, name: string): number | null {
  let total: number | null = null;
  for (const line of exposition.split("\n")) {
    if (!line.startsWith(name)) continue;
    const rest = line.slice(name.length);
    if (rest[0] !== " " && rest[0] !== "{") continue;
    const value = Number(rest.slice(rest.lastIndexOf(" ") + 1));
    if (Number.isFinite(value)) total = (total ?? 0) + value;
  }
  return total;
}

async function scrape(url: string | undefined): Promise<string | undefined> {
  if (url === undefined) return undefined;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(scrapeTimeoutMs) });
    return response.ok ? await response.text() : undefined;
  } catch {
    // A service that is down shows as a gap in the chart, not as an error of this route.
    return undefined;
  }
}

/**
 * Throughput and lag for the console's ingestion chart, read from the
 * services' own /metrics (which are not reachable from a browser and carry no
 * authentication); the console turns successive counter values into rates.
 * The figures are the platform's, not one organisation's: counts only.
 */
export function ingestionMetricsRoute(app: RouteApp, sources: IngestionMetricsSources): void {
  app.get(
    "/v1/ingestion/metrics",
    {
      config: { allowedRoles: ["admin", "security"] },
      schema: {
        summary: "Ingestion throughput counters and pipeline lag, for the console's chart",
        tags: ["operations"],
        security: humanTokenSecurity,
        response: { 200: ingestionMetrics },
      },
    },
    async () => {
      const [gateway, pipeline] = await Promise.all([
        scrape(sources.gatewayUrl),
        scrape(sources.pipelineUrl),
      ]);
      const read = (text: string | undefined, name: string) =>
        text === undefined ? null : sumOfMetric(text, name);
      return {
        sampledAt: new Date().toISOString(),
        eventsAcceptedTotal: read(gateway, "cordon_gateway_events_accepted_total"),
        eventsWrittenTotal: read(pipeline, "cordon_pipeline_events_written_total"),
        consumerLagRecords: read(pipeline, "cordon_pipeline_consumer_lag_records"),
      };
    },
  );
}

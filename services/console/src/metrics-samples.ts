/** One reading of GET /v1/ingestion/metrics: counters since the services started, and the lag. */
export interface MetricsSample {
  sampledAt: string;
  eventsAcceptedTotal: number | null;
  eventsWrittenTotal: number | null;
  consumerLagRecords: number | null;
}

export interface Rates {
  labels: string[];
  acceptedPerSecond: (number | null)[];
  writtenPerSecond: (number | null)[];
  lagRecords: (number | null)[];
}

function rate(previous: number | null, current: number | null, seconds: number): number | null {
  // A counter that went down is a restarted service: that interval has no rate.
  if (previous === null || current === null || seconds <= 0 || current < previous) return null;
  return (current - previous) / seconds;
}

/** Rates between successive samples; the first sample only starts the series. */
export function ratesOf(samples: readonly MetricsSample[]): Rates {
  const rates: Rates = { labels: [], acceptedPerSecond: [], writtenPerSecond: [], lagRecords: [] };
  for (let index = 1; index < samples.length; index++) {
    const previous = samples[index - 1];
    const current = samples[index];
    if (previous === undefined || current === undefined) continue;
    const seconds = (Date.parse(current.sampledAt) - Date.parse(previous.sampledAt)) / 1000;
    rates.labels.push(current.sampledAt.slice(11, 19));
    rates.acceptedPerSecond.push(rate(previous.eventsAcceptedTotal, current.eventsAcceptedTotal, seconds));
    rates.writtenPerSecond.push(rate(previous.eventsWrittenTotal, current.eventsWrittenTotal, seconds));
    rates.lagRecords.push(current.consumerLagRecords);
  }
  return rates;
}

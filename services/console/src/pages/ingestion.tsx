import { useEffect, useState } from "preact/hooks";
import type { Api } from "../api.ts";
import type { Session } from "../auth.ts";
import { ErrorNote, formatTime, useLoad } from "../components/common.tsx";
import { LineChart } from "../components/line-chart.tsx";
import { type MetricsSample, ratesOf } from "../metrics-samples.ts";

interface Pause {
  scope: "global" | "org" | "collector";
  scopeId: string;
  reason: string;
  retryAfterSeconds: number;
  pausedAt: string;
  pausedBy: string;
}

interface Collector {
  collectorId: string;
  subjectId: string;
  label: string | null;
  enrolledAt: string;
  revokedAt: string | null;
  revokedBy: string | null;
}

const sampleEveryMs = 2_000;
const samplesKept = 60;

function Pauses(props: { api: Api }) {
  const { api } = props;
  const pauses = useLoad(() => api.get<{ pauses: Pause[] }>("/v1/admin/pause"), []);
  const [scope, setScope] = useState<"org" | "collector">("org");
  const [collectorId, setCollectorId] = useState("");
  const [reason, setReason] = useState("");
  const [error, setError] = useState<unknown>(undefined);
  const target = () => (scope === "org" ? { scope } : { scope, collectorId: collectorId.trim() });
  const act = async (action: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await action();
      pauses.reload();
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <section aria-labelledby="pause-heading">
      <h2 id="pause-heading">Pause and resume</h2>
      <form
        class="filters"
        onSubmit={(event) => {
          event.preventDefault();
          void act(() => api.put("/v1/admin/pause", { ...target(), reason }));
        }}
      >
        <div class="field">
          <label for="pause-scope">Scope</label>
          <select
            id="pause-scope"
            value={scope}
            onChange={(event) => setScope(event.currentTarget.value as "org" | "collector")}
          >
            <option value="org">the whole organisation</option>
            <option value="collector">one collector</option>
          </select>
        </div>
        {scope === "collector" && (
          <div class="field">
            <label for="pause-collector">Collector id</label>
            <input
              id="pause-collector"
              value={collectorId}
              onInput={(event) => setCollectorId(event.currentTarget.value)}
            />
          </div>
        )}
        <div class="field">
          <label for="pause-reason">Reason</label>
          <input id="pause-reason" value={reason} onInput={(event) => setReason(event.currentTarget.value)} />
        </div>
        <div class="actions">
          <button type="submit" class="danger" disabled={reason.trim() === ""}>
            Pause ingestion
          </button>
          <button
            type="button"
            class="secondary"
            onClick={() => void act(() => api.delete("/v1/admin/pause", target()))}
          >
            Resume
          </button>
        </div>
      </form>
      <ErrorNote error={error} />
      <ErrorNote error={pauses.error} />
      <h3>In force</h3>
      {pauses.value?.pauses.length === 0 && <p>Ingestion is running: no pause is in force.</p>}
      <ul>
        {pauses.value?.pauses.map((pause) => (
          <li key={`${pause.scope}-${pause.scopeId}`}>
            <strong>
              {pause.scope === "org"
                ? "Organisation"
                : pause.scope === "global"
                  ? "Everything"
                  : `Collector ${pause.scopeId}`}
            </strong>{" "}
            paused by {pause.pausedBy} at {formatTime(pause.pausedAt)}: {pause.reason}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Collectors(props: { api: Api; mayRevoke: boolean }) {
  const { api } = props;
  const collectors = useLoad(
    () => api.get<{ collectors: Collector[] }>("/v1/collectors", { limit: 100 }),
    [],
  );
  const [error, setError] = useState<unknown>(undefined);
  const revoke = async (collector: Collector) => {
    if (!window.confirm(`Revoke collector ${collector.collectorId} of ${collector.subjectId}?`)) return;
    setError(undefined);
    try {
      await api.post(`/v1/collectors/${collector.collectorId}/revoke`, {});
      collectors.reload();
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <section aria-labelledby="collectors-heading">
      <h2 id="collectors-heading">Collectors</h2>
      <ErrorNote error={collectors.error} />
      <ErrorNote error={error} />
      <table>
        <thead>
          <tr>
            <th scope="col">Collector</th>
            <th scope="col">Employee</th>
            <th scope="col">Label</th>
            <th scope="col">Enrolled</th>
            <th scope="col">State</th>
            {props.mayRevoke && <th scope="col">Revoke</th>}
          </tr>
        </thead>
        <tbody>
          {collectors.value?.collectors.map((collector) => (
            <tr key={collector.collectorId}>
              <td>
                <code>{collector.collectorId}</code>
              </td>
              <td>{collector.subjectId}</td>
              <td>{collector.label ?? "—"}</td>
              <td>{formatTime(collector.enrolledAt)}</td>
              <td>
                {collector.revokedAt === null
                  ? "active"
                  : `revoked ${formatTime(collector.revokedAt)} by ${collector.revokedBy ?? "?"}`}
              </td>
              {props.mayRevoke && (
                <td>
                  {collector.revokedAt === null && (
                    <button
                      type="button"
                      class="danger"
                      aria-label={`Revoke collector ${collector.collectorId}`}
                      onClick={() => void revoke(collector)}
                    >
                      Revoke
                    </button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Samples the services' counters every two seconds while the page is open. */
function Throughput(props: { api: Api }) {
  const { api } = props;
  const [samples, setSamples] = useState<MetricsSample[]>([]);
  const [error, setError] = useState<unknown>(undefined);
  useEffect(() => {
    let stopped = false;
    const sample = () => {
      api
        .get<MetricsSample>("/v1/ingestion/metrics")
        .then((next) => {
          if (stopped) return;
          setError(undefined);
          setSamples((previous) => [...previous, next].slice(-samplesKept));
        })
        .catch((failure: unknown) => {
          if (!stopped) setError(failure);
        });
    };
    sample();
    const timer = setInterval(sample, sampleEveryMs);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [api]);
  const rates = ratesOf(samples);
  return (
    <section aria-labelledby="throughput-heading">
      <h2 id="throughput-heading">Live throughput</h2>
      <ErrorNote error={error} />
      <LineChart
        title="Events per second"
        unit="events/s"
        labels={rates.labels}
        series={[
          { name: "accepted by the gateway", colour: "#0b57d0", values: rates.acceptedPerSecond },
          { name: "written to the lake", colour: "#b3261e", values: rates.writtenPerSecond },
        ]}
      />
      <LineChart
        title="Pipeline lag"
        unit="records"
        labels={rates.labels}
        series={[{ name: "not yet consumed", colour: "#146c2e", values: rates.lagRecords }]}
      />
    </section>
  );
}

export function IngestionPage(props: { api: Api; session: Session }) {
  return (
    <>
      <h1>Ingestion</h1>
      <Throughput api={props.api} />
      <Pauses api={props.api} />
      <Collectors
        api={props.api}
        mayRevoke={props.session.roles.some((role) => role === "admin" || role === "security")}
      />
    </>
  );
}

import { useState } from "preact/hooks";
import { type Api, ApiError } from "../api.ts";
import type { Session } from "../auth.ts";
import { ErrorNote, formatTime, useLoad } from "../components/common.tsx";

interface Consent {
  optedOut: boolean;
  changedAt: string | null;
  changedBy: string | null;
}

interface ReportEntry {
  sequence: number;
  time: string;
  action: string;
  outcome: string;
  actor: { type: string; id: string };
  purpose: string | null;
  detail: Record<string, string | number | boolean | null>;
  hash: string;
}

interface AccessReport {
  generatedAt: string;
  about: ReportEntry[];
  exports: { exportId: string; records: ReportEntry[] }[];
  truncated: boolean;
  verification: {
    ok: boolean;
    from: number | null;
    to: number | null;
    checked: number;
    reason: string | null;
  };
}

interface Erasure {
  state: "keys_destroyed" | "recorded" | "compacted";
  requestedAt: string;
  keysDestroyed: number;
  recordedAt: string | null;
  filesCompacted: number;
  compactedAt: string | null;
}

const erasureSteps = [
  { state: "keys_destroyed", text: "Your keys are destroyed: nothing of yours can be decrypted any more" },
  { state: "recorded", text: "The signed deletion record is stored" },
  { state: "compacted", text: "No file of the data lake holds your rows any more" },
] as const;

const actionText: Record<string, string> = {
  "export.request": "asked for an export",
  "export.approve": "approved the export",
  "export.run": "ran the export",
  "export.download": "downloaded the export",
  "data.decrypt": "decrypted your data",
  "consent.change": "changed your consent",
  "subject.erase": "asked for erasure",
  "subject.access_report": "read this report",
};

function EntryList(props: { entries: ReportEntry[] }) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Who</th>
          <th scope="col">What</th>
          <th scope="col">Purpose</th>
          <th scope="col">Outcome</th>
        </tr>
      </thead>
      <tbody>
        {props.entries.map((entry) => (
          <tr key={entry.sequence}>
            <td>{formatTime(entry.time)}</td>
            <td>{entry.actor.id}</td>
            <td>{actionText[entry.action] ?? entry.action}</td>
            <td>{entry.purpose ?? "—"}</td>
            <td>{entry.outcome}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ConsentSwitch(props: { api: Api; path: string }) {
  const consent = useLoad(() => props.api.get<Consent>(`${props.path}/consent`), [props.path]);
  const [error, setError] = useState<unknown>(undefined);
  const recording = consent.value !== undefined && !consent.value.optedOut;
  const change = async (optedOut: boolean) => {
    setError(undefined);
    try {
      await props.api.put(`${props.path}/consent`, { optedOut });
      consent.reload();
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <section aria-labelledby="consent-heading">
      <h2 id="consent-heading">Recording of your activity</h2>
      <ErrorNote error={consent.error} />
      {consent.value !== undefined && (
        <>
          <label class="switch">
            <input
              type="checkbox"
              role="switch"
              aria-checked={recording}
              checked={recording}
              onChange={(event) => void change(!event.currentTarget.checked)}
            />
            Record my activity for training AI models
          </label>
          <p role="status" data-testid="consent-state">
            {recording ? "You are recorded." : "You have opted out: nothing of yours is recorded."}
            {consent.value.changedAt !== null &&
              ` Last changed ${formatTime(consent.value.changedAt)} by ${consent.value.changedBy ?? "?"}.`}
          </p>
        </>
      )}
      <ErrorNote error={error} />
    </section>
  );
}

function Report(props: { api: Api; path: string }) {
  const report = useLoad(() => props.api.get<AccessReport>(`${props.path}/access-report`), [props.path]);
  const value = report.value;
  return (
    <section aria-labelledby="report-heading">
      <h2 id="report-heading">Who read your data</h2>
      <button type="button" class="secondary" onClick={() => report.reload()}>
        Refresh the report
      </button>
      <ErrorNote error={report.error} />
      {value !== undefined && (
        <>
          <p role="status" class={value.verification.ok ? "ok" : "error"} data-testid="report-verification">
            {value.verification.ok
              ? `Checked against the access log: ${value.verification.checked} records, chain intact.`
              : `The access log does not verify: ${value.verification.reason ?? "unknown"}.`}{" "}
            Generated {formatTime(value.generatedAt)}.
          </p>
          <h3>Exports that included you</h3>
          {value.exports.length === 0 && <p data-testid="no-exports">No export has included your data.</p>}
          {value.exports.map((item) => (
            <article key={item.exportId} class="card" aria-label={`Export ${item.exportId}`}>
              <h4>
                Export <code>{item.exportId}</code>
              </h4>
              <EntryList entries={item.records} />
            </article>
          ))}
          <h3>About you</h3>
          <EntryList entries={value.about} />
        </>
      )}
    </section>
  );
}

function ErasureRequest(props: { api: Api; path: string }) {
  const erasure = useLoad(async () => {
    try {
      return await props.api.get<Erasure>(`${props.path}/erasure`);
    } catch (failure) {
      if (failure instanceof ApiError && failure.code === "not_found") return null;
      throw failure;
    }
  }, [props.path]);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<unknown>(undefined);
  const ask = async () => {
    if (!window.confirm("Erase everything recorded of you? This cannot be undone.")) return;
    setError(undefined);
    try {
      await props.api.post(`${props.path}/erasure`, { reason });
      erasure.reload();
    } catch (failure) {
      setError(failure);
    }
  };
  const current = erasure.value;
  const reached =
    current === null || current === undefined ? -1 : erasureSteps.findIndex((s) => s.state === current.state);
  return (
    <section aria-labelledby="erasure-heading">
      <h2 id="erasure-heading">Erasure</h2>
      <ErrorNote error={erasure.error} />
      <ErrorNote error={error} />
      {current === null && (
        <form
          class="filters"
          onSubmit={(event) => {
            event.preventDefault();
            void ask();
          }}
        >
          <div class="field">
            <label for="erasure-reason">Why (kept with the request)</label>
            <input
              id="erasure-reason"
              value={reason}
              onInput={(event) => setReason(event.currentTarget.value)}
            />
          </div>
          <div class="actions">
            <button type="submit" class="danger" disabled={reason.trim() === ""}>
              Erase my data
            </button>
          </div>
        </form>
      )}
      {current !== null && current !== undefined && (
        <>
          <p>Asked {formatTime(current.requestedAt)}.</p>
          <ol class="progress">
            {erasureSteps.map((step, index) => (
              <li key={step.state} class={index <= reached ? "done" : "waiting"}>
                {index <= reached ? "Done: " : "Waiting: "}
                {step.text}
              </li>
            ))}
          </ol>
          <button type="button" class="secondary" onClick={() => erasure.reload()}>
            Refresh progress
          </button>
        </>
      )}
    </section>
  );
}

export function MyDataPage(props: { api: Api; session: Session }) {
  const path = `/v1/subjects/${encodeURIComponent(props.session.sub)}`;
  return (
    <>
      <h1>My data</h1>
      <ConsentSwitch api={props.api} path={path} />
      <Report api={props.api} path={path} />
      <ErasureRequest api={props.api} path={path} />
    </>
  );
}

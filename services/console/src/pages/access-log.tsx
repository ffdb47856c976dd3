import { useEffect, useState } from "preact/hooks";
import { type Api, saveBlob } from "../api.ts";
import { ErrorNote, formatTime, useLoad } from "../components/common.tsx";

interface AuditRecord {
  sequence: number;
  time: string;
  actor: { type: string; id: string; authMethod: string };
  action: string;
  resource: { type: string; id: string };
  outcome: string;
  reason?: string;
  purpose?: string;
  policyVersion?: string;
  requestId: string;
  orgId?: string;
  detail: Record<string, string | number | boolean | null>;
  prevHash: string;
  hash: string;
}

interface Verdict {
  ok: boolean;
  from: number;
  to: number;
  checked: number;
  checkpoints: number;
  reason: string | null;
  firstBadSequence: number | null;
  lastCheckpoint: { lastSequence: number; time: string; chainHead: string; keyId: string } | null;
}

interface Alert {
  kind: string;
  actorId: string | null;
  count: number;
  threshold: number;
  from: string;
  to: string;
  filter: Partial<Filters>;
}

export interface Filters {
  actorId: string;
  action: string;
  outcome: string;
  resourceType: string;
  resourceId: string;
  from: string;
  to: string;
}

const emptyFilters: Filters = {
  actorId: "",
  action: "",
  outcome: "",
  resourceType: "",
  resourceId: "",
  from: "",
  to: "",
};

const actions = [
  "auth.denied",
  "export.request",
  "export.plan",
  "export.approve",
  "export.deny",
  "export.download",
  "export.run",
  "data.decrypt",
  "consent.change",
  "subject.erase",
  "subject.access_report",
  "collector.enrol",
  "collector.revoke",
  "ingest.pause",
  "ingest.resume",
  "policy.change",
  "audit.query",
  "audit.export",
  "audit.verify",
];

const alertText: Record<string, string> = {
  auth_denied_burst: "Burst of refused calls",
  actor_exports: "Unusual number of exports by one person",
  actor_decrypts: "Unusual number of decrypts by one person",
};

/** The filters as the API's query parameters; times become ISO instants. */
function queryOf(filters: Filters): Record<string, string | undefined> {
  const iso = (local: string) => (local === "" ? undefined : new Date(local).toISOString());
  return {
    actorId: filters.actorId.trim() || undefined,
    action: filters.action || undefined,
    outcome: filters.outcome || undefined,
    resourceType: filters.resourceType.trim() || undefined,
    resourceId: filters.resourceId.trim() || undefined,
    from: iso(filters.from),
    to: iso(filters.to),
  };
}

function toLocal(iso: string): string {
  const date = new Date(iso);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

function RecordDetail(props: { record: AuditRecord; onClose: () => void }) {
  const { record } = props;
  useEffect(() => {
    document.getElementById("record-detail-heading")?.focus();
  }, [record.sequence]);
  return (
    <section class="card detail" aria-labelledby="record-detail-heading">
      <h2 id="record-detail-heading" tabIndex={-1}>
        Record {record.sequence}
      </h2>
      <dl>
        <dt>Time</dt>
        <dd>{record.time}</dd>
        <dt>Actor</dt>
        <dd>
          {record.actor.type} {record.actor.id} ({record.actor.authMethod})
        </dd>
        <dt>Action</dt>
        <dd>{record.action}</dd>
        <dt>Resource</dt>
        <dd>
          {record.resource.type} {record.resource.id}
        </dd>
        <dt>Outcome</dt>
        <dd>
          {record.outcome}
          {record.reason !== undefined && ` (${record.reason})`}
        </dd>
        {record.purpose !== undefined && (
          <>
            <dt>Purpose</dt>
            <dd>{record.purpose}</dd>
          </>
        )}
        <dt>Request id</dt>
        <dd>
          <code>{record.requestId}</code>
        </dd>
        {Object.entries(record.detail).map(([name, value]) => (
          <>
            <dt key={`${name}-name`}>{name}</dt>
            <dd key={`${name}-value`}>{String(value)}</dd>
          </>
        ))}
        <dt>Previous hash</dt>
        <dd>
          <code>{record.prevHash}</code>
        </dd>
        <dt>Hash</dt>
        <dd>
          <code>{record.hash}</code>
        </dd>
      </dl>
      <button type="button" class="secondary" onClick={props.onClose}>
        Close record
      </button>
    </section>
  );
}

function VerdictNote(props: { verdict: Verdict }) {
  const { verdict } = props;
  const checkpoint = verdict.lastCheckpoint;
  return (
    <div role="status" class={verdict.ok ? "ok" : "error"} data-testid="verdict">
      {verdict.ok ? (
        <p>
          Chain intact: {verdict.checked} records recomputed (sequences {verdict.from}–{verdict.to}),{" "}
          {verdict.checkpoints} signed checkpoints inside checked.
        </p>
      ) : (
        <p>
          Chain broken at sequence {verdict.firstBadSequence}: {verdict.reason}.
        </p>
      )}
      <p>
        {checkpoint === null
          ? "No signed checkpoint yet."
          : `Last signed checkpoint: sequence ${checkpoint.lastSequence} at ${checkpoint.time}, head ${checkpoint.chainHead.slice(0, 16)}…`}
      </p>
    </div>
  );
}

function Alerts(props: { api: Api; onShow: (filters: Filters) => void }) {
  const alerts = useLoad(() => props.api.get<{ alerts: Alert[] }>("/v1/audit/alerts"), []);
  return (
    <section aria-labelledby="alerts-heading">
      <h2 id="alerts-heading">Alerts (last 24 hours)</h2>
      <ErrorNote error={alerts.error} />
      {alerts.value?.alerts.length === 0 && <p>No alerts.</p>}
      <ul class="alerts">
        {alerts.value?.alerts.map((alert) => (
          <li key={`${alert.kind}-${alert.actorId}-${alert.from}`}>
            <strong>{alertText[alert.kind] ?? alert.kind}</strong>
            {alert.actorId !== null && ` by ${alert.actorId}`}: {alert.count} (threshold {alert.threshold}),{" "}
            {formatTime(alert.from)}–{formatTime(alert.to)}{" "}
            <button
              type="button"
              class="link"
              onClick={() =>
                props.onShow({
                  ...emptyFilters,
                  ...alert.filter,
                  from: toLocal(alert.from),
                  to: toLocal(alert.to),
                })
              }
            >
              Show its records
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function AccessLogPage(props: { api: Api }) {
  const { api } = props;
  const [draft, setDraft] = useState<Filters>(emptyFilters);
  const [applied, setApplied] = useState<Filters>(emptyFilters);
  // Cursors of the pages before the current one, for going back.
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors.at(-1);
  const page = useLoad(
    () =>
      api.get<{ records: AuditRecord[]; nextCursor: string | null }>("/v1/audit/events", {
        ...queryOf(applied),
        limit: 25,
        cursor,
      }),
    [applied, cursor],
  );
  const [selected, setSelected] = useState<AuditRecord | undefined>(undefined);
  const [verdict, setVerdict] = useState<Verdict | undefined>(undefined);
  const [actionError, setActionError] = useState<unknown>(undefined);

  const apply = (filters: Filters) => {
    setDraft(filters);
    setApplied(filters);
    setCursors([undefined]);
    setSelected(undefined);
    setVerdict(undefined);
  };
  const records = page.value?.records ?? [];
  const verify = async () => {
    setActionError(undefined);
    const sequences = records.map((record) => record.sequence);
    const from = Math.min(...sequences);
    const to = Math.max(...sequences);
    try {
      setVerdict(await api.get<Verdict>("/v1/audit/verify-records", { from, to }));
    } catch (failure) {
      setActionError(failure);
    }
  };
  const exportNdjson = async () => {
    setActionError(undefined);
    try {
      saveBlob(await api.fetchBlob("/v1/audit/events/export", queryOf(applied)), "access-log.ndjson");
    } catch (failure) {
      setActionError(failure);
    }
  };
  const field = (name: keyof Filters, label: string, kind: "text" | "time" = "text") => {
    const onInput = (event: { currentTarget: HTMLInputElement }) =>
      setDraft({ ...draft, [name]: event.currentTarget.value });
    return (
      <div class="field">
        <label for={`filter-${name}`}>{label}</label>
        {kind === "text" ? (
          <input id={`filter-${name}`} type="text" value={draft[name]} onInput={onInput} />
        ) : (
          <input id={`filter-${name}`} type="datetime-local" value={draft[name]} onInput={onInput} />
        )}
      </div>
    );
  };

  return (
    <>
      <h1>Access log</h1>
      <Alerts api={api} onShow={apply} />
      <section aria-labelledby="search-heading">
        <h2 id="search-heading">Search</h2>
        <form
          class="filters"
          onSubmit={(event) => {
            event.preventDefault();
            apply(draft);
          }}
        >
          {field("actorId", "Actor id")}
          <div class="field">
            <label for="filter-action">Action</label>
            <select
              id="filter-action"
              value={draft.action}
              onChange={(event) => setDraft({ ...draft, action: event.currentTarget.value })}
            >
              <option value="">any</option>
              {actions.map((action) => (
                <option key={action} value={action}>
                  {action}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="filter-outcome">Outcome</label>
            <select
              id="filter-outcome"
              value={draft.outcome}
              onChange={(event) => setDraft({ ...draft, outcome: event.currentTarget.value })}
            >
              <option value="">any</option>
              <option value="allowed">allowed</option>
              <option value="denied">denied</option>
              <option value="failed">failed</option>
            </select>
          </div>
          {field("resourceType", "Resource type")}
          {field("resourceId", "Resource id")}
          {field("from", "From", "time")}
          {field("to", "To", "time")}
          <div class="actions">
            <button type="submit">Search</button>
            <button type="button" class="secondary" onClick={() => apply(emptyFilters)}>
              Clear
            </button>
          </div>
        </form>
      </section>
      <section aria-labelledby="records-heading">
        <h2 id="records-heading">Records</h2>
        <div class="actions">
          <button type="button" disabled={records.length === 0} onClick={() => void verify()}>
            Verify these records
          </button>
          <button type="button" class="secondary" onClick={() => void exportNdjson()}>
            Export as NDJSON
          </button>
        </div>
        <ErrorNote error={page.error} />
        <ErrorNote error={actionError} />
        {verdict !== undefined && <VerdictNote verdict={verdict} />}
        <table>
          <caption class="visually-hidden">Access-log records, newest first</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Time</th>
              <th scope="col">Actor</th>
              <th scope="col">Action</th>
              <th scope="col">Resource</th>
              <th scope="col">Outcome</th>
              <th scope="col">Record</th>
            </tr>
          </thead>
          <tbody>
            {records.map((record) => (
              <tr key={record.sequence} class={record.outcome === "denied" ? "denied" : undefined}>
                <td>{record.sequence}</td>
                <td>{formatTime(record.time)}</td>
                <td>{record.actor.id}</td>
                <td>{record.action}</td>
                <td>
                  {record.resource.type} {record.resource.id}
                </td>
                <td>
                  {record.outcome}
                  {record.reason !== undefined && ` (${record.reason})`}
                </td>
                <td>
                  <button
                    type="button"
                    class="link"
                    aria-label={`Open record ${record.sequence}`}
                    onClick={() => setSelected(record)}
                  >
                    Open
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {page.value !== undefined && records.length === 0 && <p>No records match.</p>}
        <nav class="pager" aria-label="Pages of records">
          <button
            type="button"
            class="secondary"
            disabled={cursors.length <= 1}
            onClick={() => setCursors(cursors.slice(0, -1))}
          >
            Newer
          </button>
          <button
            type="button"
            class="secondary"
            disabled={page.value?.nextCursor === null || page.value === undefined}
            onClick={() => setCursors([...cursors, page.value?.nextCursor ?? undefined])}
          >
            Older
          </button>
        </nav>
      </section>
      {selected !== undefined && <RecordDetail record={selected} onClose={() => setSelected(undefined)} />}
    </>
  );
}

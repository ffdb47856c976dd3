import { useCallback, useEffect, useState } from "preact/hooks";
import { type Api, ApiError, saveBlob } from "../api.ts";
import type { Session } from "../auth.ts";
import { ErrorNote, formatTime, useLoad } from "../components/common.tsx";

interface Plan {
  purpose: string;
  fieldsGranted: string[];
  fieldsRefused: { field: string; reason: string }[];
  eventTypes: string[];
  eventTypesRefused: string[];
  needsApproval: boolean;
  approvalReasons: string[];
  counts: { rows: number; subjects: number; files: number; slices: number };
  policyVersion: number;
  minCohort: number;
  hash: string;
}

interface ExportFile {
  name: string;
  sizeBytes: number;
  sha256: string;
  rows: number;
}

interface ExportView {
  exportId: string;
  requesterId: string;
  purpose: string;
  status: string;
  plan: Plan;
  requestedAt: string;
  approvedBy: string | null;
  deniedBy: string | null;
  denialReason: string | null;
  completedAt: string | null;
  expiresAt: string | null;
  failureCode: string | null;
  files: ExportFile[];
}

const fieldGroups = ["text", "pii", "prompt", "health", "hr", "financial", "credential"] as const;
// Event model v1's types, written out: importing them from @cordon/events would bring its zod
// schemas into the browser bundle. A type the API does not know is refused with its name.
const eventTypes = [
  "session.start",
  "window.focus",
  "pointer.move",
  "pointer.click",
  "pointer.scroll",
  "key.press",
  "text.input",
  "clipboard.copy",
  "ai.prompt",
  "screen.text",
  "session.end",
] as const;
const purposes = ["model-training", "evaluation", "research"] as const;
const refusalText: Record<string, string> = {
  no_grant: "no grant covers it",
  purpose_not_allowed: "not granted for this purpose",
  never_exportable: "never exportable",
};

function PlanSummary(props: { plan: Plan }) {
  const { plan } = props;
  return (
    <dl class="plan">
      <dt>Rows (upper bound)</dt>
      <dd data-testid="plan-rows">{plan.counts.rows}</dd>
      <dt>Subjects</dt>
      <dd data-testid="plan-subjects">{plan.counts.subjects}</dd>
      <dt>Files</dt>
      <dd>{plan.counts.files}</dd>
      <dt>Purpose</dt>
      <dd>{plan.purpose}</dd>
      <dt>Fields granted</dt>
      <dd data-testid="plan-granted">{plan.fieldsGranted.join(", ") || "none"}</dd>
      <dt>Fields refused</dt>
      <dd data-testid="plan-refused">
        {plan.fieldsRefused.length === 0
          ? "none"
          : plan.fieldsRefused.map((f) => `${f.field} (${refusalText[f.reason] ?? f.reason})`).join(", ")}
      </dd>
      <dt>Event types</dt>
      <dd>
        {plan.eventTypes.join(", ")}
        {plan.eventTypesRefused.length > 0 && ` — refused: ${plan.eventTypesRefused.join(", ")}`}
      </dd>
      <dt>Minimum cohort (k)</dt>
      <dd>{plan.minCohort}</dd>
      <dt>Approval</dt>
      <dd>{plan.needsApproval ? `needed (${plan.approvalReasons.join(", ")})` : "not needed"}</dd>
      <dt>Policy version</dt>
      <dd>{plan.policyVersion}</dd>
      <dt>Plan hash</dt>
      <dd>
        <code title={plan.hash}>{plan.hash.slice(0, 16)}…</code>
      </dd>
    </dl>
  );
}

function Manifest(props: { files: ExportFile[]; onDownload?: (file: ExportFile) => void }) {
  if (props.files.length === 0) return <p>No files.</p>;
  return (
    <table>
      <caption class="visually-hidden">Files of the export</caption>
      <thead>
        <tr>
          <th scope="col">File</th>
          <th scope="col">Rows</th>
          <th scope="col">Bytes</th>
          <th scope="col">SHA-256</th>
          {props.onDownload !== undefined && <th scope="col">Download</th>}
        </tr>
      </thead>
      <tbody>
        {props.files.map((file) => (
          <tr key={file.name}>
            <td>{file.name}</td>
            <td>{file.rows}</td>
            <td>{file.sizeBytes}</td>
            <td>
              <code title={file.sha256}>{file.sha256.slice(0, 16)}…</code>
            </td>
            {props.onDownload !== undefined && (
              <td>
                <button type="button" onClick={() => props.onDownload?.(file)}>
                  Download {file.name}
                </button>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One export waiting for this steward: its plan, and approve or deny with a reason. */
function PendingApproval(props: { api: Api; item: ExportView; onDecided: () => void }) {
  const { api, item } = props;
  const [reason, setReason] = useState("");
  const [error, setError] = useState<unknown>(undefined);
  const decide = async (kind: "approve" | "deny") => {
    setError(undefined);
    try {
      if (kind === "approve") {
        await api.post(`/v1/exports/${item.exportId}/approve`, { planHash: item.plan.hash });
      } else {
        await api.post(`/v1/exports/${item.exportId}/deny`, { reason });
      }
      props.onDecided();
    } catch (failure) {
      setError(failure);
    }
  };
  const reasonId = `deny-reason-${item.exportId}`;
  return (
    <article class="card" aria-label={`Export ${item.exportId} requested by ${item.requesterId}`}>
      <h3>
        {item.purpose} — requested by {item.requesterId}
      </h3>
      <p class="meta">
        {formatTime(item.requestedAt)} · export <code>{item.exportId}</code>
      </p>
      <PlanSummary plan={item.plan} />
      <div class="actions">
        <button type="button" onClick={() => void decide("approve")}>
          Approve this plan
        </button>
        <label for={reasonId}>Reason for denying</label>
        <input id={reasonId} value={reason} onInput={(event) => setReason(event.currentTarget.value)} />
        <button
          type="button"
          class="danger"
          disabled={reason.trim() === ""}
          onClick={() => void decide("deny")}
        >
          Deny
        </button>
      </div>
      <ErrorNote error={error} />
    </article>
  );
}

function StewardView(props: { api: Api }) {
  const { api } = props;
  const pending = useLoad(
    () => api.get<{ exports: ExportView[] }>("/v1/exports", { status: "pending_approval" }),
    [],
  );
  const history = useLoad(() => api.get<{ exports: ExportView[] }>("/v1/exports", { limit: 50 }), []);
  const refresh = () => {
    pending.reload();
    history.reload();
  };
  const decided = (history.value?.exports ?? []).filter((item) => item.status !== "pending_approval");
  return (
    <>
      <section aria-labelledby="pending-heading">
        <h2 id="pending-heading">Waiting for your approval</h2>
        <ErrorNote error={pending.error} />
        {pending.value?.exports.length === 0 && <p>Nothing is waiting.</p>}
        {pending.value?.exports.map((item) => (
          <PendingApproval key={item.exportId} api={api} item={item} onDecided={refresh} />
        ))}
      </section>
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        <ErrorNote error={history.error} />
        <table>
          <thead>
            <tr>
              <th scope="col">Requested</th>
              <th scope="col">Requester</th>
              <th scope="col">Purpose</th>
              <th scope="col">Status</th>
              <th scope="col">Decided by</th>
              <th scope="col">Manifest</th>
            </tr>
          </thead>
          <tbody>
            {decided.map((item) => (
              <tr key={item.exportId}>
                <td>{formatTime(item.requestedAt)}</td>
                <td>{item.requesterId}</td>
                <td>{item.purpose}</td>
                <td>{item.status}</td>
                <td>
                  {item.approvedBy ?? item.deniedBy ?? "—"}
                  {item.denialReason !== null && ` (${item.denialReason})`}
                </td>
                <td>
                  {item.files.length === 0
                    ? "—"
                    : item.files
                        .map((file) => `${file.name}: ${file.rows} rows, sha256 ${file.sha256.slice(0, 12)}…`)
                        .join("; ")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}

function toLocalInput(date: Date): string {
  const shifted = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return shifted.toISOString().slice(0, 16);
}

interface Draft {
  purpose: string;
  fields: string[];
  eventTypes: string[];
  from: string;
  to: string;
}

function requestBody(draft: Draft, dryRun: boolean) {
  return {
    purpose: draft.purpose,
    dataset: "events/v1",
    fields: draft.fields,
    filter: {
      from: new Date(draft.from).toISOString(),
      to: new Date(draft.to).toISOString(),
      eventTypes: draft.eventTypes,
    },
    dryRun,
  };
}

function Refusal(props: { error: unknown }) {
  const { error } = props;
  if (!(error instanceof ApiError)) return <ErrorNote error={error} />;
  const refused = (error.details as { fieldsRefused?: { field: string; reason: string }[] } | undefined)
    ?.fieldsRefused;
  return (
    <div role="alert" class="error">
      <strong>{error.code}</strong>: {error.message}
      {refused !== undefined && (
        <ul>
          {refused.map((f) => (
            <li key={f.field}>
              {f.field}: {refusalText[f.reason] ?? f.reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function CheckboxGroup(props: {
  legend: string;
  options: readonly string[];
  chosen: string[];
  onChange: (chosen: string[]) => void;
}) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {props.options.map((option) => (
        <label key={option} class="check">
          <input
            type="checkbox"
            checked={props.chosen.includes(option)}
            onChange={(event) =>
              props.onChange(
                event.currentTarget.checked
                  ? [...props.chosen, option]
                  : props.chosen.filter((item) => item !== option),
              )
            }
          />
          {option}
        </label>
      ))}
    </fieldset>
  );
}

/** Compose a request; the plan is asked for again (dry run) whenever the draft changes. */
function EngineerView(props: { api: Api }) {
  const { api } = props;
  const now = new Date();
  const [draft, setDraft] = useState<Draft>({
    purpose: "model-training",
    fields: ["text"],
    eventTypes: [...eventTypes],
    from: toLocalInput(new Date(now.getTime() - 24 * 3_600_000)),
    to: toLocalInput(new Date(now.getTime() + 3_600_000)),
  });
  const [plan, setPlan] = useState<Plan | undefined>(undefined);
  const [planError, setPlanError] = useState<unknown>(undefined);
  const [submitError, setSubmitError] = useState<unknown>(undefined);
  const [created, setCreated] = useState<ExportView | undefined>(undefined);
  const mine = useLoad(() => api.get<{ exports: ExportView[] }>("/v1/exports", { limit: 50 }), []);

  useEffect(() => {
    if (draft.eventTypes.length === 0 || draft.from === "" || draft.to === "") return;
    // Each dry run is audited; waiting for the typing to settle keeps that to one per change.
    const timer = setTimeout(() => {
      api
        .post<{ plan: Plan }>("/v1/exports", requestBody(draft, true))
        .then((answer) => {
          setPlan(answer.plan);
          setPlanError(undefined);
        })
        .catch((failure: unknown) => {
          setPlan(undefined);
          setPlanError(failure);
        });
    }, 400);
    return () => clearTimeout(timer);
  }, [api, draft]);

  const submit = async (event: Event) => {
    event.preventDefault();
    setSubmitError(undefined);
    try {
      const answer = await api.post<{ export: ExportView }>("/v1/exports", requestBody(draft, false));
      setCreated(answer.export);
      mine.reload();
    } catch (failure) {
      setSubmitError(failure);
    }
  };
  const download = useCallback(
    async (item: ExportView, file: ExportFile) => {
      try {
        const blob = await api.fetchBlob(
          `/v1/exports/${item.exportId}/files/${encodeURIComponent(file.name)}`,
        );
        saveBlob(blob, file.name);
      } catch (failure) {
        setSubmitError(failure);
      }
    },
    [api],
  );

  return (
    <>
      <section aria-labelledby="compose-heading">
        <h2 id="compose-heading">Request an export</h2>
        <form class="compose" onSubmit={(event) => void submit(event)}>
          <label for="purpose">Purpose</label>
          <select
            id="purpose"
            value={draft.purpose}
            onChange={(event) => setDraft({ ...draft, purpose: event.currentTarget.value })}
          >
            {purposes.map((purpose) => (
              <option key={purpose} value={purpose}>
                {purpose}
              </option>
            ))}
          </select>
          <label for="from">From</label>
          <input
            id="from"
            type="datetime-local"
            value={draft.from}
            onInput={(event) => setDraft({ ...draft, from: event.currentTarget.value })}
          />
          <label for="to">To</label>
          <input
            id="to"
            type="datetime-local"
            value={draft.to}
            onInput={(event) => setDraft({ ...draft, to: event.currentTarget.value })}
          />
          <CheckboxGroup
            legend="Fields"
            options={fieldGroups}
            chosen={draft.fields}
            onChange={(fields) => setDraft({ ...draft, fields })}
          />
          <CheckboxGroup
            legend="Event types"
            options={eventTypes}
            chosen={draft.eventTypes}
            onChange={(chosen) => setDraft({ ...draft, eventTypes: chosen })}
          />
          <button type="submit">Request export</button>
        </form>
        <h3>Plan</h3>
        <div aria-live="polite">
          {plan !== undefined && <PlanSummary plan={plan} />}
          {planError !== undefined && <Refusal error={planError} />}
        </div>
        {submitError !== undefined && <Refusal error={submitError} />}
        {created !== undefined && (
          <p role="status">
            Export <code>{created.exportId}</code> is {created.status.replace("_", " ")}.
          </p>
        )}
      </section>
      <section aria-labelledby="mine-heading">
        <h2 id="mine-heading">Your exports</h2>
        <button type="button" class="secondary" onClick={() => mine.reload()}>
          Refresh
        </button>
        <ErrorNote error={mine.error} />
        {mine.value?.exports.map((item) => (
          <article key={item.exportId} class="card" aria-label={`Export ${item.exportId}`}>
            <h3>
              {item.purpose} · <span data-testid="export-status">{item.status}</span>
            </h3>
            <p class="meta">
              requested {formatTime(item.requestedAt)} · export <code>{item.exportId}</code>
              {item.expiresAt !== null && ` · expires ${formatTime(item.expiresAt)}`}
              {item.failureCode !== null && ` · failed: ${item.failureCode}`}
              {item.denialReason !== null && ` · denied: ${item.denialReason}`}
            </p>
            {item.status === "completed" && (
              <Manifest files={item.files} onDownload={(file) => void download(item, file)} />
            )}
          </article>
        ))}
      </section>
    </>
  );
}

export function ExportsPage(props: { api: Api; session: Session }) {
  const roles = props.session.roles;
  return (
    <>
      <h1>Exports</h1>
      {roles.includes("steward") && <StewardView api={props.api} />}
      {roles.includes("ml_engineer") && <EngineerView api={props.api} />}
    </>
  );
}

import { useEffect, useMemo, useState } from "preact/hooks";
import { createApi } from "./api.ts";
import { beginSignIn, type ConsoleConfig, type Session } from "./auth.ts";
import { AccessLogPage } from "./pages/access-log.tsx";
import { ExportsPage } from "./pages/exports.tsx";
import { IngestionPage } from "./pages/ingestion.tsx";
import { MyDataPage } from "./pages/my-data.tsx";
import { pageForHash, pagesFor } from "./pages.ts";

function useHash(): string {
  const [hash, setHash] = useState(window.location.hash);
  useEffect(() => {
    const changed = () => setHash(window.location.hash);
    window.addEventListener("hashchange", changed);
    return () => window.removeEventListener("hashchange", changed);
  }, []);
  return hash;
}

function SignIn(props: { config: ConsoleConfig; message: string | undefined }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  return (
    <main class="sign-in">
      <h1>Cordon console</h1>
      <p>Approve exports, read the access log, run ingestion and see who read your data.</p>
      {props.message !== undefined && <p role="alert">{props.message}</p>}
      {error !== undefined && <p role="alert">{error}</p>}
      <button
        type="button"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          beginSignIn(props.config).catch((failure: unknown) => {
            setBusy(false);
            setError(failure instanceof Error ? failure.message : "sign-in failed");
          });
        }}
      >
        Sign in with your identity provider
      </button>
      <p class="hint">Signs in at {props.config.issuer}</p>
    </main>
  );
}

export function App(props: {
  config: ConsoleConfig;
  initialSession: Session | undefined;
  signInError: string | undefined;
}) {
  const [session, setSession] = useState<Session | undefined>(props.initialSession);
  const [message, setMessage] = useState<string | undefined>(props.signInError);
  const hash = useHash();
  const api = useMemo(
    () =>
      session === undefined
        ? undefined
        : createApi(session.accessToken, () => {
            setSession(undefined);
            setMessage("Your session has ended; sign in again.");
          }),
    [session],
  );

  if (session === undefined || api === undefined) return <SignIn config={props.config} message={message} />;
  const allowed = pagesFor(session.roles);
  const current = pageForHash(hash, session.roles);
  return (
    <div class="layout">
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header>
        <span class="brand">Cordon</span>
        <nav aria-label="Pages">
          <ul>
            {allowed.map((page) => (
              <li key={page.id}>
                <a href={`#/${page.id}`} aria-current={current === page.id ? "page" : undefined}>
                  {page.title}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <span class="who">
          {session.name} · {session.roles.join(", ")} · {session.org}
        </span>
        <button type="button" class="secondary" onClick={() => setSession(undefined)}>
          Sign out
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        {current === "forbidden" && (
          <section>
            <h1>Not available</h1>
            <p role="alert">Your roles ({session.roles.join(", ")}) do not allow this page.</p>
          </section>
        )}
        {current === undefined && <p>Your roles open no page of this console.</p>}
        {current === "exports" && <ExportsPage api={api} session={session} />}
        {current === "access-log" && <AccessLogPage api={api} />}
        {current === "ingestion" && <IngestionPage api={api} session={session} />}
        {current === "my-data" && <MyDataPage api={api} session={session} />}
      </main>
    </div>
  );
}

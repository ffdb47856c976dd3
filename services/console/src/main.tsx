import { render } from "preact";
import { App } from "./app.tsx";
import { completeSignIn, loadConfig, type Session } from "./auth.ts";
import "./styles.css";

async function start(root: HTMLElement): Promise<void> {
  const config = await loadConfig();
  let session: Session | undefined;
  let signInError: string | undefined;
  try {
    session = await completeSignIn(config);
  } catch (error) {
    signInError = error instanceof Error ? error.message : "sign-in failed";
  }
  render(<App config={config} initialSession={session} signInError={signInError} />, root);
}

const root = document.getElementById("app");
if (root !== null) {
  start(root).catch((error: unknown) => {
    root.textContent = `The console could not start: ${error instanceof Error ? error.message : String(error)}`;
  });
}
